//! The mirror on the real kernel, in private namespaces: a storm of changes made by
//! `ip -batch` while the mirror runs (a 4 KiB receive buffer: events lost, resyncs; the
//! default buffer: none lost), then the mirror equals what `ip -j` lists of every object;
//! the kernel's silent route changes (a link set down, carrier lost, a link deleted)
//! applied without a resync; and the `mirror` example's last line.

mod netns;

use netns::{ip, ip_json};
use nlcodec_socket::{Mirror, Mirrored, Netns};
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use std::time::{Duration, Instant};

/// Applies events until none has come for `idle`; returns how many changes there were.
fn settle(m: &mut Mirror, idle: Duration) -> usize {
    let mut n = 0;
    while m
        .next_change(Some(Instant::now() + idle))
        .unwrap()
        .is_some()
    {
        n += 1;
    }
    n
}

/// `ip -j [-6] ...` in the namespace `ns`.
fn ipj(ns: &str, args: &str) -> Value {
    let mut all = vec!["-n", ns];
    all.extend(args.split(' '));
    ip_json(&all)
}

/// The table's number from ip's JSON (`main`, `local` or a number; absent: main).
fn table(v: &Value) -> u32 {
    match v.get("table").and_then(Value::as_str) {
        None | Some("main") => 254,
        Some("local") => 255,
        Some("default") => 253,
        Some(n) => n.parse().unwrap(),
    }
}

/// Every route, link, address, neighbour and rule of the namespace as `ip -j` lists them,
/// each as one line of the fields both sides know.
fn from_ip(ns: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let names: HashMap<String, u64> = ipj(ns, "link show")
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["ifname"].as_str().unwrap().to_owned(),
                l["ifindex"].as_u64().unwrap(),
            )
        })
        .collect();
    for l in ipj(ns, "link show").as_array().unwrap() {
        out.insert(format!(
            "link {} {} mtu {}",
            l["ifindex"],
            l["ifname"].as_str().unwrap(),
            l["mtu"]
        ));
    }
    for (fam, args) in [
        ("4", "-4 route show table all"),
        ("6", "-6 route show table all"),
    ] {
        for r in ipj(ns, args).as_array().unwrap() {
            let mut dst = r["dst"].as_str().unwrap().to_owned();
            if dst == "default" {
                dst = if fam == "4" { "0.0.0.0/0" } else { "::/0" }.into();
            } else if !dst.contains('/') {
                dst += if fam == "4" { "/32" } else { "/128" };
            }
            let dev = r
                .get("dev")
                .and_then(Value::as_str)
                .map(|d| names[d])
                .unwrap_or(0);
            let gw = r.get("gateway").and_then(Value::as_str).unwrap_or("-");
            let down = r
                .get("flags")
                .and_then(Value::as_array)
                .is_some_and(|f| f.iter().any(|f| f == "linkdown"));
            out.insert(format!(
                "route {fam} {} {dst} dev {dev} via {gw} linkdown {down}",
                table(r)
            ));
        }
    }
    for l in ipj(ns, "addr show").as_array().unwrap() {
        for a in l["addr_info"].as_array().unwrap() {
            out.insert(format!(
                "address {}/{} dev {}",
                a["local"].as_str().unwrap(),
                a["prefixlen"],
                l["ifindex"]
            ));
        }
    }
    for n in ipj(ns, "neigh show").as_array().unwrap() {
        let lladdr = n.get("lladdr").and_then(Value::as_str).unwrap_or("-");
        out.insert(format!(
            "neighbour {} dev {} {lladdr}",
            n["dst"].as_str().unwrap(),
            names[n["dev"].as_str().unwrap()]
        ));
    }
    for (fam, args) in [("4", "-4 rule show"), ("6", "-6 rule show")] {
        for r in ipj(ns, args).as_array().unwrap() {
            out.insert(format!(
                "rule {fam} {} {}",
                r["priority"],
                r["table"].as_str().unwrap()
            ));
        }
    }
    out
}

/// The same lines from the mirror's typed views.
fn from_mirror(m: &Mirror) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for l in m.links() {
        out.insert(format!(
            "link {} {} mtu {}",
            l.header.ifi_index,
            l.attrs.ifname().unwrap(),
            l.attrs.mtu().unwrap()
        ));
    }
    for r in m.routes() {
        let fam = if r.header.rtm_family.value() == 2 {
            "4"
        } else {
            "6"
        };
        let table = r.attrs.table_attr().unwrap_or(r.header.rtm_table).value();
        let dst = match r.attrs.dst() {
            Some(d) => format!("{d}/{}", r.header.rtm_dst_len),
            None if fam == "4" => "0.0.0.0/0".into(),
            None => "::/0".into(),
        };
        let gw = r
            .attrs
            .gateway()
            .map(|g| g.to_string())
            .unwrap_or("-".into());
        let down = r.header.rtm_flags.bits() & 16 != 0; // RTNH_F_LINKDOWN
        out.insert(format!(
            "route {fam} {table} {dst} dev {} via {gw} linkdown {down}",
            r.attrs.oif().unwrap_or(0)
        ));
    }
    for a in m.addresses() {
        let ip = a.attrs.local().or(a.attrs.address()).unwrap();
        out.insert(format!(
            "address {ip}/{} dev {}",
            a.header.ifa_prefixlen, a.header.ifa_index
        ));
    }
    for n in m.neighbours() {
        let lladdr = n
            .attrs
            .lladdr()
            .map(|l| l.to_string())
            .unwrap_or("-".into());
        out.insert(format!(
            "neighbour {} dev {} {lladdr}",
            n.attrs.dst().unwrap(),
            n.header.ndm_ifindex
        ));
    }
    for r in m.rules() {
        let fam = if r.header.family.value() == 2 {
            "4"
        } else {
            "6"
        };
        let table = match r.attrs.table_attr().unwrap_or(r.header.table).value() {
            254 => "main".to_owned(),
            255 => "local".to_owned(),
            253 => "default".to_owned(),
            t => t.to_string(),
        };
        out.insert(format!(
            "rule {fam} {} {table}",
            r.attrs.priority().unwrap_or(0)
        ));
    }
    out
}

/// Settles the mirror and compares it with `ip -j`: the kernel finishes some changes on
/// its own a moment later (link carrier events are batched up to a second; IPv6 link-local
/// addresses follow the carrier), so a difference is looked at again after the next events,
/// for up to three seconds, before it fails the test.
fn assert_settles_equal(m: &mut Mirror, ns: &str, when: &str) {
    let until = Instant::now() + Duration::from_secs(3);
    loop {
        settle(m, Duration::from_millis(300));
        if from_mirror(m) == from_ip(ns) || Instant::now() > until {
            return assert_equal(m, ns, when);
        }
    }
}

fn assert_equal(m: &Mirror, ns: &str, when: &str) {
    let (ours, theirs) = (from_mirror(m), from_ip(ns));
    let missing: Vec<_> = theirs.difference(&ours).collect();
    let extra: Vec<_> = ours.difference(&theirs).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{when}: the mirror differs from ip -j: missing {missing:#?}\nextra {extra:#?}"
    );
}

/// 10,000 changes: links, addresses, routes, neighbours, then some of each deleted (a
/// link with routes through it among them).
fn storm() -> String {
    let mut b = String::new();
    for i in 0..40 {
        b += &format!(
            "link add s{i} type veth peer name p{i}\nlink set s{i} up\nlink set p{i} up\n"
        );
    }
    for i in 0..40 {
        for j in 0..25 {
            b += &format!("addr add 10.{i}.{j}.1/24 dev s{i}\n");
        }
    }
    for i in 0..40 {
        for j in 0..125 {
            b += &format!(
                "route add 172.{}.{j}.0/24 via 10.{i}.{}.2 table {}\n",
                16 + i,
                j % 25,
                100 + i % 3
            );
        }
    }
    for i in 0..40 {
        for j in 0..75 {
            b += &format!("neigh add 10.{i}.{}.{} lladdr 02:00:00:{i:02x}:{:02x}:{:02x} dev s{i} nud permanent\n", j % 25, 100 + j / 25, j % 25, j / 25);
        }
    }
    for i in 0..40 {
        for j in 0..25 {
            b += &format!("route del 172.{}.{j}.0/24 table {}\n", 16 + i, 100 + i % 3);
        }
        b += &format!("addr del 10.{i}.24.1/24 dev s{i}\n");
    }
    for i in 0..5 {
        b += &format!("link set s{i} down\n");
    }
    for i in 5..10 {
        b += &format!("link del s{i}\n");
    }
    assert!(b.lines().count() >= 10_000, "{} changes", b.lines().count());
    b
}

fn run_storm(test: &str, rcvbuf: Option<usize>) -> Option<u64> {
    let ns = netns::NamedNetns::new(test)?;
    ip(&format!("-n {} link set lo up", ns.0));
    let mut m = Mirror::open_kinds(Some(Netns::Name(&ns.0)), &Mirrored::RTNETLINK, rcvbuf).unwrap();
    assert_equal(&m, &ns.0, "before the storm");
    let batch = storm();
    let name = ns.0.clone();
    let storm = std::thread::spawn(move || {
        let started = Instant::now();
        netns::ip_batch_with(&["-n", &name], &batch);
        started.elapsed()
    });
    // The mirror keeps up while the storm runs, and settles after it.
    let mut changes = 0;
    while !storm.is_finished() {
        changes += settle(&mut m, Duration::from_millis(50));
    }
    let took = storm.join().unwrap();
    changes += settle(&mut m, Duration::from_millis(500));
    eprintln!(
        "{test}: 10,000+ changes by ip -batch in {took:?}; {changes} mirror changes, {} resyncs, {} route refreshes",
        m.resyncs(),
        m.refreshes()
    );
    assert_settles_equal(&mut m, &ns.0, "after the storm");
    Some(m.resyncs())
}

#[test]
fn a_storm_with_a_tiny_receive_buffer_resyncs_and_ends_equal() {
    if let Some(resyncs) = run_storm("mirror_storm_tiny", Some(4096)) {
        assert!(
            resyncs > 0,
            "a 4 KiB buffer lost nothing: the test proved nothing"
        );
    }
}

#[test]
fn a_storm_with_the_default_buffer_loses_nothing() {
    if let Some(resyncs) = run_storm("mirror_storm_default", None) {
        assert_eq!(resyncs, 0);
    }
}

#[test]
fn silent_route_changes_are_applied_without_a_resync() {
    let Some(ns) = netns::NamedNetns::new("mirror_silent") else {
        return;
    };
    let n = ns.0.clone();
    let run = |cmds: &str| {
        for c in cmds.lines().filter(|l| !l.trim().is_empty()) {
            ip(&format!("-n {n} {}", c.trim()));
        }
    };
    run("link set lo up
         link add a0 type veth peer name a1
         link set a0 up
         link set a1 up
         addr add 10.0.0.1/24 dev a0
         addr add 10.9.0.1/24 dev a0
         addr add fd00::1/64 dev a0 nodad
         route add 192.0.2.0/24 via 10.0.0.2
         route add 198.51.100.0/24 via 10.9.0.2 table 100
         route add 203.0.113.0/24 dev a0 src 10.9.0.1
         route add fd99::/64 via fd00::2
         neigh add 10.0.0.7 lladdr 02:00:00:00:00:07 dev a0 nud permanent");
    let mut m = Mirror::open_in(Netns::Name(&n)).unwrap();
    let steps = [
        (
            "an address whose prefix carries other routes removed",
            "addr del 10.9.0.1/24 dev a0",
        ),
        (
            "the peer down: carrier lost, routes linkdown",
            "link set a1 down",
        ),
        ("the peer up again", "link set a1 up"),
        (
            "the link set down: its IPv4 routes go silently",
            "link set a0 down",
        ),
        ("the link up again", "link set a0 up"),
        ("routes again", "route add 192.0.2.0/24 via 10.0.0.2"),
        ("the link deleted", "link del a0"),
    ];
    for (what, cmd) in steps {
        run(cmd);
        assert_settles_equal(&mut m, &n, what);
    }
    assert_eq!(m.resyncs(), 0);
    assert!(m.refreshes() > 0);
}

#[test]
fn the_mirror_example_prints_changes_and_its_last_line() {
    let Some(ns) = netns::NamedNetns::new("mirror_example") else {
        return;
    };
    let child = std::process::Command::new(netns::built("mirror"))
        .args(["--netns", &ns.0, "--idle", "1500"])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(400));
    ip(&format!("-n {} link add e0 type veth peer name e1", ns.0));
    ip(&format!("-n {} addr add 10.1.0.1/24 dev e0", ns.0));
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("+ link ") && l.contains(" e0 ")),
        "{text}"
    );
    assert!(
        lines.contains(&"+ address 10.1.0.1/24 dev 3")
            || lines
                .iter()
                .any(|l| l.starts_with("+ address 10.1.0.1/24 dev ")),
        "{text}"
    );
    // The last line, exactly: counts as ip lists them.
    let all = from_ip(&ns.0);
    let count = |kind: &str| all.iter().filter(|l| l.starts_with(kind)).count();
    assert_eq!(
        *lines.last().unwrap(),
        format!(
            "links {} addresses {} routes {} neighbours {} rules {} resyncs 0",
            count("link "),
            count("address "),
            count("route "),
            count("neighbour "),
            count("rule ")
        )
    );
}

/// Nexthops (`RTM_NEWNEXTHOP` 104, `RTM_DELNEXTHOP` 105, `RTM_GETNEXTHOP` 106,
/// `RTNLGRP_NEXTHOP` 32; no spec is vendored for them): a kind of the caller's, by `NHA_ID`.
const NEXTHOPS: Mirrored = Mirrored {
    name: "nexthops",
    new: 104,
    del: 105,
    groups: &[32],
    // struct nhmsg: 8 bytes, all zero for a dump of every nexthop.
    request: || nlcodec_socket::message(106, 0, &(), |w| w.put(&[0; 8])),
    key: |m| {
        let id = m.attrs(8).filter_map(Result::ok).find(|a| a.kind() == 1)?; // NHA_ID
        Some(id.value().to_vec())
    },
};

#[test]
fn another_kind_is_mirrored_the_same_way() {
    let Some(ns) = netns::NamedNetns::new("mirror_nexthops") else {
        return;
    };
    let n = ns.0.clone();
    for cmd in [
        "link add a0 type veth peer name a1",
        "link set a0 up",
        "link set a1 up",
        "addr add 10.0.0.1/24 dev a0",
    ] {
        ip(&format!("-n {n} {cmd}"));
    }
    ip(&format!("-n {n} nexthop add id 10 via 10.0.0.2 dev a0"));
    let open =
        || nlcodec_socket::Socket::open_in(Netns::Name(&n), nlcodec::Protocol::ROUTE).unwrap();
    let (requests, events) = (open(), open());
    events.add_memberships(NEXTHOPS.groups).unwrap();
    let mut m = Mirror::with_sockets(requests.boxed(), events.boxed(), &[NEXTHOPS]).unwrap();
    assert_eq!(m.count("nexthops"), 1);
    ip(&format!("-n {n} nexthop add id 11 via 10.0.0.3 dev a0"));
    ip(&format!("-n {n} nexthop del id 10"));
    let mut seen = Vec::new();
    while let Some(c) = m
        .next_change(Some(Instant::now() + Duration::from_millis(300)))
        .unwrap()
    {
        seen.push(match c {
            nlcodec_socket::Change::Added(_) => "added",
            nlcodec_socket::Change::Changed { .. } => "changed",
            nlcodec_socket::Change::Removed(_) => "removed",
        });
    }
    assert_eq!(seen, ["added", "removed"]);
    let ids: BTreeSet<u32> = m
        .objects("nexthops")
        .filter_map(|o| {
            let id = o
                .message()
                .attrs(8)
                .filter_map(Result::ok)
                .find(|a| a.kind() == 1)?;
            Some(u32::from_ne_bytes(id.value().try_into().ok()?))
        })
        .collect();
    let theirs: BTreeSet<u32> = ipj(&n, "nexthop show")
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_u64().unwrap() as u32)
        .collect();
    assert_eq!(ids, theirs);
    assert_eq!(ids, BTreeSet::from([11]));
}

#[test]
fn a_dump_interrupted_past_its_retries_is_taken_again_once_the_queue_is_empty() {
    use nlcodec::consts::{NLM_F_DUMP_INTR, NLM_F_MULTI};
    use nlcodec_socket::{Fake, Protocol, Socket};
    // A kernel whose first 11 link dumps (the first dump and its 10 retries) are marked
    // interrupted and hold one link; then two links, clean.
    let dumps = std::sync::Arc::new(std::sync::atomic::AtomicU32::new(0));
    let seen = dumps.clone();
    let link = |i: i32| {
        let hdr = nlcodec_families::rt_link::Ifinfomsg {
            ifi_index: i,
            ..Default::default()
        };
        let name = format!("l{i}");
        let m = nlcodec_socket::message(16, 0, &hdr, |w| {
            nlcodec_families::rt_link::LinkAttrsBuilder::new(w)
                .ifname(&name)?
                .mtu(1500)
                .map(drop)
        })
        .unwrap();
        m[16..].to_vec()
    };
    let requests = Fake::new(move |req| {
        let mut d = Vec::new();
        if req.header.kind == 18 {
            let n = seen.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let (flags, links) = match n < 11 {
                true => (NLM_F_MULTI | NLM_F_DUMP_INTR, vec![1]),
                false => (NLM_F_MULTI, vec![1, 2]),
            };
            for i in links {
                d.extend(req.message(16, flags, &link(i)));
            }
        }
        d.extend(req.done(0));
        vec![d]
    });
    let requests = Socket::with_transport(Protocol::ROUTE, requests)
        .unwrap()
        .boxed();
    let events = Socket::with_transport(Protocol::ROUTE, Fake::new(|_| vec![]))
        .unwrap()
        .boxed();
    let mut m = Mirror::with_sockets(requests, events, &Mirrored::RTNETLINK).unwrap();
    assert_eq!(m.count("links"), 1, "the partial dump, kept");
    // Nothing queued: the mirror dumps again, and reports the second link.
    let change = m.next_change(Some(Instant::now())).unwrap().unwrap();
    assert_eq!(change.to_string(), "+ link 2 l2 down");
    assert_eq!((m.count("links"), m.resyncs()), (2, 1));
    assert_eq!(dumps.load(std::sync::atomic::Ordering::Relaxed), 12);
}
