//! Every implementation the benches compare must handle the same stream without error and
//! count the same messages, so no benchmark measures an error path.

use nlcodec_benches::{peers, *};

#[test]
fn every_path_sees_every_message() {
    for w in workloads() {
        let n = w.messages;
        assert!(n > 0, "{w:?}");
        let b = &w.bytes[..];
        assert_eq!(header_walk(b).unwrap(), n, "{w:?} header walk");
        assert_eq!(full_parse(b).unwrap(), n, "{w:?} full parse");
        assert_eq!(typed_routes(b).unwrap(), n, "{w:?} typed routes");
        assert_eq!(plain_header_walk(b), n, "{w:?} plain header walk");
        assert_eq!(plain_full_parse(b), n, "{w:?} plain full parse");
        assert_eq!(
            peers::npr_full_parse(b).unwrap(),
            n,
            "{w:?} netlink-packet-route"
        );
        assert_eq!(peers::neli_full_parse(b).unwrap(), n, "{w:?} neli");
    }
}

#[test]
fn route_dump_is_a_full_table() {
    let w = route_dump();
    assert!(w.messages > 100_000, "{w:?}");
    let (mut v4, mut v6, mut other_tables, mut with_gw, mut done) = (0, 0, 0, 0, 0);
    for m in nlcodec::messages(&w.bytes) {
        let m = m.unwrap();
        if m.header.kind == nlcodec::consts::NLMSG_DONE {
            done += 1;
            continue;
        }
        let r = decode_route(&m).unwrap();
        match r.family {
            2 => v4 += 1,
            10 => v6 += 1,
            f => panic!("family {f}"),
        }
        other_tables += usize::from(r.table != 254 && r.table != 255);
        with_gw += usize::from(r.gateway.is_some());
    }
    assert_eq!(done, 1);
    assert!(v4 >= 60_000 && v6 >= 50_000, "{v4} IPv4, {v6} IPv6");
    assert!(other_tables >= 100, "{other_tables}");
    assert!(with_gw >= 100_000, "{with_gw}");
}

#[test]
fn strict_policy_accepts_the_kernel_dump() {
    let w = route_dump();
    assert_eq!(strict_parse(&w.bytes).unwrap(), w.messages);
}

#[test]
fn strict_policy_rejects_a_bad_attribute() {
    // Turn the first RTA_OIF (u32) of the dump into a 2-byte value by shrinking its nla_len:
    // the strict parse must fail where the plain one does not care.
    let w = route_dump();
    let (bytes, _) = with_short_oif(&w.bytes);
    assert!(strict_parse(&bytes).is_err());
    assert_eq!(plain_full_parse(&bytes), w.messages);
}

/// Asserts two buffers are equal, naming the first differing offset (not printing 10 MB).
fn same(got: &[u8], want: &[u8], what: &str) {
    let diff = got.iter().zip(want).position(|(a, b)| a != b);
    assert!(
        diff.is_none() && got.len() == want.len(),
        "{what}: {} bytes vs {}, first difference at {diff:?}",
        got.len(),
        want.len()
    );
}

#[test]
fn serializers_reproduce_the_dump() {
    let w = route_dump();
    let b = &w.bytes[..];

    let parsed = parse_for_serialize(b).unwrap();
    let mut out = vec![0u8; b.len() + 4096];
    let len = serialize(&parsed, &mut out).unwrap();
    same(&out[..len], b, "nlcodec writer");

    out.fill(0xff);
    let len = plain_serialize(&parsed, &mut out).unwrap();
    same(&out[..len], b, "plain serialize");
    assert_eq!(plain_serialize(&parsed, &mut out[..b.len() - 1]), None);

    let npr = peers::npr_parse_all(b).unwrap();
    assert_eq!(npr.len(), w.messages);
    let len = peers::npr_serialize(&npr, &mut out);
    assert_eq!(
        nlcodec::messages(&out[..len]).count(),
        w.messages,
        "netlink-packet-route"
    );

    let neli = peers::neli_parse_all(b).unwrap();
    assert_eq!(neli.len(), w.messages);
    let v = peers::neli_serialize(&neli, Vec::with_capacity(b.len())).unwrap();
    assert_eq!(nlcodec::messages(&v).count(), w.messages, "neli");
}

#[test]
fn written_routes_decode_to_the_same_routes() {
    let w = route_dump();
    let routes = collect_routes(&w.bytes).unwrap();
    assert_eq!(routes.len(), w.messages - 1);
    let mut out = vec![0u8; routes.len() * 128];
    let len = write_routes(&routes, &mut out).unwrap();
    let again = collect_routes(&out[..len]).unwrap();
    assert_eq!(again, routes);
}

#[cfg(feature = "libmnl")]
#[test]
fn libmnl_sees_every_message() {
    for w in workloads() {
        let b = &w.bytes[..];
        let data = nlcodec::messages(b)
            .filter(|m| !m.unwrap().is_control())
            .count();
        assert_eq!(libmnl::header_walk(b), w.messages, "{w:?}");
        if data > 0 {
            assert_eq!(libmnl::full_parse(b), Some(data), "{w:?}");
        }
    }
}

#[test]
fn captures_load_plain_or_gzipped() {
    use std::io::Write;
    let w = route_dump();
    let dir = std::env::temp_dir().join(format!("nlbench-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let plain = dir.join("dump.bin");
    let gz = dir.join("dump.bin.gz");
    std::fs::write(&plain, &w.bytes[..4096]).unwrap();
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(&w.bytes[..4096]).unwrap();
    std::fs::write(&gz, enc.finish().unwrap()).unwrap();
    assert_eq!(read_capture(&plain).unwrap(), &w.bytes[..4096]);
    assert_eq!(read_capture(&gz).unwrap(), &w.bytes[..4096]);
    // A capture cut in the middle of a message is refused with the offset.
    let cut = Workload::new("cut", w.bytes[..4095].to_vec()).unwrap_err();
    assert!(cut.contains("cut"), "{cut}");
    std::fs::remove_dir_all(&dir).unwrap();
}
