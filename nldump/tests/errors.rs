//! Bad input: every problem is reported with the packet number and byte offset, decoding
//! goes on with the next packet, and the summary (the exit status) says something was wrong.

mod common;

use common::{run, testdata};
use nlcodec_capture::{Direction, PcapWriter};
use nldump::Options;
use std::time::Duration;

fn link_messages() -> Vec<Vec<u8>> {
    let bytes = std::fs::read(testdata().join("link-dump.bin")).unwrap();
    let mut it = nlcodec::messages(&bytes);
    let mut out = Vec::new();
    loop {
        let at = it.offset();
        match it.next() {
            Some(Ok(m)) => out.push(bytes[at..at + m.header.len as usize].to_vec()),
            _ => return out,
        }
    }
}

fn pcap(packets: &[Vec<u8>]) -> Vec<u8> {
    let mut w = PcapWriter::new(Vec::new()).unwrap();
    for p in packets {
        w.write(0, Direction::Received, Duration::from_secs(7), p)
            .unwrap();
    }
    w.into_inner()
}

#[test]
fn malformed_messages_are_named_and_decoding_goes_on() {
    let msgs = link_messages();
    let mut bad_len = msgs[1].clone();
    bad_len[0..4].copy_from_slice(&60000u32.to_ne_bytes()); // nlmsg_len past the datagram
    let mut bad_attr = msgs[2].clone();
    // The first attribute after ifinfomsg (16 + 16 bytes in): nla_len past the message.
    bad_attr[32..34].copy_from_slice(&0xfff0u16.to_ne_bytes());
    let file = pcap(&[msgs[0].clone(), bad_len, bad_attr, msgs[3].clone()]);
    let (text, err, s) = run(&file, &Options::default());
    assert_eq!(s.errors, 2, "{err}");
    assert_eq!(s.packets, 4);
    let lines: Vec<&str> = err.lines().collect();
    // Packet 2's record starts after the global header and packet 1's record.
    let p2_data = 24 + 16 + (16 + msgs[0].len()) + 16 + 16;
    assert!(
        lines[0].starts_with(&format!(
            "nldump: packet 2 at byte offset {p2_data}: malformed"
        )),
        "{err}"
    );
    assert!(lines[1].contains("packet 3 message"), "{err}");
    assert!(lines[1].contains("nla_len 65520 at offset 32"), "{err}");
    // Packets 1, 3 (whose header still decodes) and 4 are printed.
    assert!(text.contains("packet 1 "), "{text}");
    assert!(text.contains("packet 4 "), "{text}");
}

#[test]
fn truncated_capture_reports_the_packet_and_keeps_what_came_before() {
    let msgs = link_messages();
    let mut file = pcap(&msgs[..3]);
    file.truncate(file.len() - 10);
    let (text, err, s) = run(&file, &Options::default());
    assert_eq!(s.errors, 1, "{err}");
    assert!(err.contains("packet 3 at byte offset"), "{err}");
    assert!(err.contains("truncated"), "{err}");
    assert_eq!(s.messages, 2);
    assert!(text.contains("IFLA_IFNAME \"lo\""));
}

#[test]
fn wrong_link_type_is_an_error() {
    let mut file = pcap(&link_messages()[..1]);
    file[20..24].copy_from_slice(&1u32.to_ne_bytes()); // LINKTYPE_ETHERNET
    let (text, err, s) = run(&file, &Options::default());
    assert_eq!(s.errors, 1);
    assert!(
        err.contains("link type 1, not LINKTYPE_NETLINK (253)"),
        "{err}"
    );
    assert!(text.is_empty());
}

#[test]
fn raw_stream_error_names_the_offset() {
    let bytes = std::fs::read(testdata().join("route-dump.bin")).unwrap();
    let mut cut = bytes.clone();
    cut.truncate(bytes.len() - 7);
    let (_, err, s) = run(&cut, &Options::default());
    assert_eq!(s.errors, 1);
    assert!(err.contains("packet 1 at byte offset"), "{err}");
    assert!(s.messages > 40);
}

#[test]
fn filters_and_stats() {
    let bytes = std::fs::read(testdata().join("route-dump.bin")).unwrap();
    let mut opts = Options::default();
    opts.filter.types.push("done".into());
    opts.stats = true;
    let (text, _, s) = run(&bytes, &opts);
    assert_eq!(s.shown, 1);
    assert!(text.contains("(DONE)"), "{text}");
    assert!(text.contains("45  rt-route RTM_NEWROUTE"), "{text}");
    let mut opts = Options::default();
    opts.filter.types.push("newroute".into());
    opts.filter.seqs.push(2);
    let (_, _, s) = run(&bytes, &opts);
    assert_eq!(s.shown, 0, "the capture's sequence number is 1");
    let mut opts = Options::default();
    opts.filter.families.push("rt-route".into());
    let (_, _, s) = run(&bytes, &opts);
    assert_eq!(s.shown, 45);

    let genl = std::fs::read(testdata().join("genl-ctrl-dump.bin")).unwrap();
    let mut opts = Options {
        protocol: Some(nlcodec::Protocol::GENERIC),
        ..Options::default()
    };
    opts.filter.types.push("getfamily".into());
    let (_, _, s) = run(&genl, &opts);
    assert_eq!(s.shown, s.messages - 1, "all but DONE");
}

#[test]
fn genl_ids_given_by_hand_or_learnt_from_the_capture() {
    let genl = std::fs::read(testdata().join("genl-ctrl-dump.bin")).unwrap();
    // A made-up ethtool message with id 99: named only when 99 is known to be ethtool.
    let mut w = nlcodec::Writer::from_vec(Vec::new());
    w.begin_message(99, 0, 5, 0).unwrap();
    w.put(&[1, 1, 0, 0]).unwrap(); // ETHTOOL_MSG_STRSET_GET
    w.end_message().unwrap();
    let msg = w.into_vec();
    let opts = Options {
        protocol: Some(nlcodec::Protocol::GENERIC),
        ..Options::default()
    };
    let (text, _, _) = run(&msg, &opts);
    assert!(text.contains("type 99 (data)"), "{text}");
    let opts = Options {
        protocol: Some(nlcodec::Protocol::GENERIC),
        genl: vec![(99, "ethtool".into())],
        ..Options::default()
    };
    let (text, _, _) = run(&msg, &opts);
    assert!(text.contains("(ethtool)"), "{text}");
    // The ctrl dump announces ids: its own families are named by them.
    let (text, _, _) = run(
        &genl,
        &Options {
            protocol: Some(nlcodec::Protocol::GENERIC),
            ..Options::default()
        },
    );
    assert!(text.contains("genl nlctrl: cmd 1"), "{text}");
}

#[test]
fn a_value_the_spec_forbids_is_reported_with_its_attribute_and_offset() {
    // Two RTM_NEWLINKs the kernel's own policy would refuse: a 2-byte IFLA_MTU (a u32), and
    // an IFLA_IFNAME without its NUL.
    let mut w = nlcodec::Writer::from_vec(Vec::new());
    w.begin_message(16, 0, 1, 0).unwrap();
    w.put(&[0u8; 16]).unwrap();
    w.put_str(3, "lo").unwrap(); // IFLA_IFNAME, fine
    w.put_u16(4, 1500).unwrap(); // IFLA_MTU, 2 bytes instead of 4
    w.end_message().unwrap();
    let mut nameless = nlcodec::Writer::from_vec(Vec::new());
    nameless.begin_message(16, 0, 2, 0).unwrap();
    nameless.put(&[0u8; 16]).unwrap();
    nameless.put_attr(3, b"eth0").unwrap(); // IFLA_IFNAME without its NUL
    nameless.end_message().unwrap();
    let file = pcap(&[w.into_vec(), nameless.into_vec()]);
    let (text, err, s) = run(&file, &Options::default());
    assert_eq!(s.errors, 2, "{err}");
    let lines: Vec<&str> = err.lines().collect();
    assert!(
        lines[0].ends_with(
            "attribute type 4 at offset 40 (2-byte value) must be at least 4 bytes \
             (offsets within the message)"
        ),
        "{err}"
    );
    assert!(
        lines[1].ends_with(
            "attribute type 3 at offset 32 (4-byte value) lacks its terminating NUL \
             (offsets within the message)"
        ),
        "{err}"
    );
    // Both messages are still printed.
    assert!(text.contains("IFLA_MTU"), "{text}");
    assert!(text.contains("IFLA_IFNAME"), "{text}");
}

#[test]
fn a_filter_name_nldump_does_not_know_is_a_usage_error_naming_the_closest() {
    let file = testdata().join("link-dump.bin");
    for (args, want) in [
        (
            ["--type", "RTM_NEWLNK"],
            "nldump: unknown message type \"RTM_NEWLNK\" (did you mean RTM_NEWLINK?)",
        ),
        (
            ["--family", "rt-lnk"],
            "nldump: unknown family \"rt-lnk\" (did you mean rt-link?)",
        ),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_nldump"))
            .args(args)
            .arg(&file)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.lines().next(), Some(want), "{err}");
    }
    // Known names in every spelling still filter.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_nldump"))
        .args(["--type", "newlink,NLMSG_DONE", "--family", "rt-link,route"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("RTM_NEWLINK"));
}

#[test]
fn an_input_without_messages_or_without_a_match_says_so() {
    let dir = std::env::temp_dir().join(format!("nldump-empty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let empty = dir.join("empty.bin");
    std::fs::write(&empty, b"").unwrap();
    let no_packets = dir.join("no-packets.pcap");
    std::fs::write(&no_packets, pcap(&[])).unwrap();
    let nldump = |args: &[&str], file: &std::path::Path| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_nldump"))
            .args(args)
            .arg(file)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        (out.status.code(), out.stdout.is_empty(), err)
    };
    for f in [&empty, &no_packets] {
        let (code, quiet, err) = nldump(&[], f);
        assert_eq!((code, quiet), (Some(0), true), "{err}");
        assert_eq!(
            err,
            format!("nldump: {}: no netlink messages\n", f.display())
        );
    }
    let links = testdata().join("link-dump.bin");
    let (code, quiet, err) = nldump(&["--seq", "4242"], &links);
    assert_eq!((code, quiet), (Some(0), true), "{err}");
    assert_eq!(
        err,
        format!(
            "nldump: {}: none of its 8 messages passed the filters\n",
            links.display()
        )
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
