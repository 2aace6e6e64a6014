//! Real kernel: `nldump monitor` in a network namespace of its own (`unshare -n`, so the
//! host's interfaces and routes are never touched) records link, address and route events
//! with `--write`; nldump reads the recording back to the same messages it printed live,
//! and tshark reads it too. And nldump reads what Wireshark's own `text2pcap -l 253` makes.

mod common;
#[path = "../../socket/tests/netns/process.rs"]
mod process;

use nldump::Options;
use process::{have, run_ok};
use serde_json::Value;
use std::path::PathBuf;
use std::process::Command;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nldump-kernel-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn json_lines(s: &str) -> Vec<Value> {
    s.lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

#[test]
fn monitor_in_a_namespace_records_what_it_prints() {
    let test = "monitor_in_a_namespace_records_what_it_prints";
    if !have(
        test,
        "unshare",
        &["-n", "ip", "link", "show"],
        "NLCODEC_REQUIRE_NETNS",
    ) {
        return;
    }
    let pcap = scratch("monitor.pcap");
    let live = scratch("live.jsonl");
    let script = r#"
        "$NLDUMP" monitor link addr route --json --write "$PCAP" --duration 4 > "$LIVE" &
        sleep 1.5
        ip link add nld0 type veth peer name nld1
        ip link set nld0 up
        ip link set nld1 up
        ip addr add 192.0.2.1/24 dev nld0
        ip route add 198.51.100.0/24 via 192.0.2.2
        ip -6 addr add 2001:db8::1/64 dev nld0 nodad
        ip link del nld0
        wait
    "#;
    run_ok(
        Command::new("unshare")
            .args(["-n", "sh", "-c", script])
            .env("NLDUMP", env!("CARGO_BIN_EXE_nldump"))
            .env("PCAP", &pcap)
            .env("LIVE", &live),
    );
    let live = json_lines(&std::fs::read_to_string(&live).unwrap());
    let types: Vec<&str> = live.iter().map(|v| v["type"].as_str().unwrap()).collect();
    for t in ["RTM_NEWLINK", "RTM_NEWADDR", "RTM_NEWROUTE", "RTM_DELLINK"] {
        assert!(types.contains(&t), "{t} not in {types:?}");
    }
    assert!(
        live.iter().any(|v| v["msg"]["address"] == "192.0.2.1"),
        "no 192.0.2.1 in {live:?}"
    );
    assert!(live.iter().any(|v| v["msg"]["address"] == "2001:db8::1"));
    assert!(live.iter().any(|v| v["msg"]["dst"] == "198.51.100.0"));
    assert!(live.iter().any(|v| v["msg"]["ifname"] == "nld0"));

    // The recording decodes to the same messages.
    let bytes = std::fs::read(&pcap).unwrap();
    let (json, err, s) = common::run(
        &bytes,
        &Options {
            json: true,
            ..Options::default()
        },
    );
    assert_eq!(s.errors, 0, "{err}");
    let replay = json_lines(&json);
    assert_eq!(replay.len(), live.len());
    for (a, b) in replay.iter().zip(&live) {
        assert_eq!(a["msg"], b["msg"]);
        assert_eq!(a["header"], b["header"]);
        assert_eq!(a["packet"], b["packet"]);
        // Live, each message's offset is where the recording has it.
        assert_eq!(a["offset"], b["offset"]);
    }

    // tshark reads the recording: same packets, same message types.
    if have(test, "tshark", &["--version"], "NLCODEC_REQUIRE_TSHARK") {
        let out = Command::new("tshark")
            .arg("-r")
            .arg(&pcap)
            .args([
                "-T",
                "fields",
                "-e",
                "frame.number",
                "-e",
                "netlink-route.nltype",
            ])
            .output()
            .unwrap();
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        let theirs: Vec<(u64, Vec<u64>)> = text
            .lines()
            .map(|l| {
                let (f, t) = l.split_once('\t').unwrap();
                let types = t
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(|s| s.parse().unwrap());
                (f.parse().unwrap(), types.collect())
            })
            .collect();
        let packets = replay
            .iter()
            .map(|v| v["packet"].as_u64().unwrap())
            .max()
            .unwrap();
        assert_eq!(theirs.len() as u64, packets);
        for (frame, types) in theirs {
            let ours: Vec<u64> = replay
                .iter()
                .filter(|v| v["packet"] == frame)
                .map(|v| v["header"]["type"].as_u64().unwrap())
                .collect();
            assert_eq!(types, ours, "frame {frame}");
        }
    }
}

#[test]
fn monitor_resolves_generic_netlink_groups_by_name() {
    let test = "monitor_resolves_generic_netlink_groups_by_name";
    if !have(test, "unshare", &["-n", "true"], "NLCODEC_REQUIRE_NETNS") {
        return;
    }
    let bin = env!("CARGO_BIN_EXE_nldump");
    run_ok(Command::new("unshare").args([
        "-n",
        bin,
        "monitor",
        "nlctrl:notify",
        "--duration",
        "0.2",
    ]));
    let bad = Command::new("unshare")
        .args([
            "-n",
            bin,
            "monitor",
            "nlctrl:no-such-group",
            "--duration",
            "0.2",
        ])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(
        err.contains("no group \"no-such-group\" (it has: notify)"),
        "{err}"
    );
    let bad = Command::new("unshare")
        .args([
            "-n",
            bin,
            "monitor",
            "no-such-family:x",
            "--duration",
            "0.2",
        ])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn reads_what_text2pcap_makes() {
    let test = "reads_what_text2pcap_makes";
    if !have(test, "text2pcap", &["-h"], "NLCODEC_REQUIRE_TSHARK") {
        return;
    }
    // Two packets in text2pcap's hex dump format: the cooked header (PACKET_HOST,
    // ARPHRD_NETLINK, protocol NETLINK_ROUTE) then the first two link-dump messages.
    let raw = std::fs::read(common::testdata().join("link-dump.bin")).unwrap();
    let mut it = nlcodec::messages(&raw);
    let mut hex = String::new();
    let mut msgs = Vec::new();
    for _ in 0..2 {
        let at = it.offset();
        let m = it.next().unwrap().unwrap();
        let bytes = &raw[at..at + m.header.len as usize];
        msgs.push(bytes.to_vec());
        let mut frame = vec![0, 0, 0x03, 0x38, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        frame.extend_from_slice(bytes);
        for (i, chunk) in frame.chunks(16).enumerate() {
            hex.push_str(&format!("{:06x}", i * 16));
            for b in chunk {
                hex.push_str(&format!(" {b:02x}"));
            }
            hex.push('\n');
        }
    }
    let txt = scratch("text2pcap.txt");
    std::fs::write(&txt, hex).unwrap();
    for (format, pcapng) in [("pcap", false), ("pcapng", true)] {
        let out = scratch(&format!("text2pcap.{format}"));
        let mut cmd = Command::new("text2pcap");
        cmd.args(["-q", "-l", "253"]);
        cmd.args(["-F", format]);
        let st = cmd.arg(&txt).arg(&out).status().unwrap();
        assert!(st.success());
        let bytes = std::fs::read(&out).unwrap();
        assert_eq!(nldump::detect(&bytes) == nldump::Format::PcapNg, pcapng);
        let (text, err, s) = common::run(&bytes, &Options::default());
        assert_eq!(
            (s.errors, s.packets, s.messages),
            (0, 2, 2),
            "{format}: {err}"
        );
        let (direct, _, _) = common::run(
            &[msgs[0].clone(), msgs[1].clone()].concat(),
            &Options::default(),
        );
        // Same blocks as the raw messages, packet numbers and offsets aside.
        let body = |t: &str| -> Vec<String> {
            t.lines()
                .map(|l| l.split_once(": ").map_or(l, |x| x.1).to_string())
                .collect()
        };
        assert_eq!(body(&text), body(&direct), "{format}");
    }
}

#[test]
fn resolve_names_generic_netlink_ids_from_the_running_kernel() {
    // A read-only query of nlctrl: which families this kernel has, and their ids.
    let families = match nldump::groups::resolve_all() {
        Ok(f) => f,
        Err(e) => {
            assert!(std::env::var_os("NLCODEC_REQUIRE_NETNS").is_none(), "{e}");
            eprintln!("\n!!!! SKIP resolve test: {e}; this test did NOT run\n");
            return;
        }
    };
    // A family the specs know, other than nlctrl (whose id is fixed).
    let fam = families
        .iter()
        .find(|f| f.name != "nlctrl" && nlcodec_families::GENL.iter().any(|g| g.name == f.name))
        .expect("a generic netlink family with a spec");
    let mut w = nlcodec::Writer::from_vec(Vec::new());
    w.begin_message(fam.id, 0, 9, 0).unwrap();
    w.put(&[1, 1, 0, 0]).unwrap();
    w.end_message().unwrap();
    let file = scratch("resolve.bin");
    std::fs::write(&file, w.into_vec()).unwrap();
    let bin = env!("CARGO_BIN_EXE_nldump");
    let run = |extra: &[&str]| {
        let out = Command::new(bin)
            .args(["--protocol", "genl"])
            .args(extra)
            .arg(&file)
            .output()
            .unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    let named = format!("({})", fam.name);
    assert!(!run(&[]).contains(&named), "named without --resolve");
    let text = run(&["--resolve"]);
    assert!(text.contains(&named), "{text}");
    let text = run(&["--genl", &format!("{}={}", fam.id, fam.name)]);
    assert!(text.contains(&named), "{text}");
}

/// An nftables ruleset written by `nft -f` in a namespace of its own, dumped through a
/// recording socket: nldump names every message, every attribute and every expression
/// (its data by the expression's own attribute set), in text and in JSON.
#[test]
fn nftables_dumps_are_named_down_to_each_expression() {
    use nlcodec_families::nftables::ops::{Getchain, Getrule, Getset, Gettable};
    use nlcodec_families::nftables::Nfgenmsg;
    use nlcodec_socket::{Protocol, Socket};
    let test = "nftables_dumps_are_named_down_to_each_expression";
    if !have(test, "nft", &["--version"], "NLCODEC_REQUIRE_NFT") {
        return;
    }
    let ruleset = "table inet t {
      set s { type ipv4_addr; elements = { 192.0.2.1 } }
      chain c {
        type filter hook input priority 0; policy accept;
        ct state established accept
        ip saddr @s tcp dport 22 counter log prefix \"x\" drop
        ip saddr & 255.255.0.0 == 10.1.0.0 jump d
      }
      chain d { return; }
    }
    table ip nat {
      chain p { type nat hook postrouting priority 100; masquerade; }
    }
";
    let pcap = std::thread::spawn(move || {
        // SAFETY: only this thread's network namespace changes; no descriptor table is
        // unshared.
        if unsafe { rustix::thread::unshare_unsafe(rustix::thread::UnshareFlags::NEWNET) }.is_err()
        {
            assert!(std::env::var_os("NLCODEC_REQUIRE_NETNS").is_none());
            eprintln!("\n!!!! SKIP {test}: no network namespace; this test did NOT run\n");
            return None;
        }
        use std::io::Write;
        let mut nft = Command::new("nft")
            .args(["-f", "-"])
            .stdin(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        nft.stdin
            .take()
            .unwrap()
            .write_all(ruleset.as_bytes())
            .unwrap();
        assert!(nft.wait().unwrap().success());
        let mut s = Socket::open(Protocol::NETFILTER)
            .unwrap()
            .record(Vec::new())
            .unwrap();
        let all = Nfgenmsg::default();
        assert_eq!(s.dump_all(Gettable, &all).unwrap().len(), 2);
        assert_eq!(s.dump_all(Getchain, &all).unwrap().len(), 3);
        assert_eq!(s.dump_all(Getset, &all).unwrap().len(), 1);
        assert_eq!(s.dump_all(Getrule, &all).unwrap().len(), 5);
        Some(s.into_transport().finish().unwrap())
    })
    .join()
    .unwrap();
    let Some(pcap) = pcap else { return };
    let (text, err, s) = common::run(&pcap, &Options::default());
    assert_eq!(s.errors, 0, "{err}");
    assert!(
        !text.contains("attr type "),
        "an unnamed attribute:\n{text}"
    );
    assert!(!text.contains("unknown"), "an unknown format:\n{text}");
    for name in [
        "NFTABLES_CMD_GETRULE",
        "NFTABLES_CMD_NEWRULE",
        "NFTABLES_CMD_NEWCHAIN",
        "NFTABLES_CMD_NEWSET",
        "NFTABLES_A_EXPR_LOOKUP_ATTRS_SET \"s\"",
        "NFTABLES_A_LOG_ATTRS_PREFIX \"x\"",
        "NFTABLES_A_EXPR_ATTRS_NAME \"masq\"",
        "NFTABLES_A_VERDICT_ATTRS_CHAIN \"d\"",
        "NFTABLES_A_EXPR_CT_ATTRS_KEY",
        "NFTABLES_A_EXPR_BITWISE_ATTRS_MASK",
    ] {
        assert!(text.contains(name), "{name} not in:\n{text}");
    }
    let (json, err, s) = common::run(&pcap, &common::json());
    assert_eq!(s.errors, 0, "{err}");
    assert!(json_lines(&json)
        .iter()
        .any(|v| v["type"] == "NFTABLES_CMD_NEWRULE"));
}
