//! `nldump monitor` against hostile and unlucky peers, in a network namespace of its own
//! (the test's thread is moved into a fresh one; `nldump` and `ip` started from it live
//! there too): a forged event from another socket is dropped (and shown, marked, with
//! `--all-senders`); an `ENOBUFS` overflow is said in the text, the JSON and the `--write`
//! capture, and monitoring goes on.

mod common;
#[path = "../../socket/tests/netns/mod.rs"]
mod netns;

use nlcodec_socket::{Addr, Protocol, Socket};
use nldump::Options;
use serde_json::Value;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use netns::{in_netns, ip, ip_batch};

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nldump-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// The port id of the monitor's rtnetlink socket: in this namespace the only route
/// socket with multicast groups (`/proc/thread-self/net/netlink` is this thread's).
fn monitor_port() -> u32 {
    let t = Instant::now();
    loop {
        let table = std::fs::read_to_string("/proc/thread-self/net/netlink").unwrap();
        for line in table.lines().skip(1) {
            let f: Vec<&str> = line.split_whitespace().collect();
            // sk Eth Pid Groups ...
            if f.len() > 3 && f[1] == "0" && u32::from_str_radix(f[3], 16).unwrap_or(0) != 0 {
                return f[2].parse().unwrap();
            }
        }
        assert!(
            t.elapsed() < Duration::from_secs(10),
            "the monitor never subscribed"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// An RTM_NEWLINK event for a link named EVIL, as a forger would send it.
fn forged_event() -> Vec<u8> {
    use nlcodec_families::rt_link::{Ifinfomsg, LinkAttrsBuilder, RTM_NEWLINK};
    let hdr = Ifinfomsg {
        ifi_index: 99,
        ..Default::default()
    };
    nlcodec_socket::message(RTM_NEWLINK, 0, &hdr, |w| {
        LinkAttrsBuilder::new(w).ifname("EVIL").map(drop)
    })
    .unwrap()
}

fn monitor(extra: &[&str], out: &std::path::Path, pcap: &std::path::Path) -> Child {
    Command::new(env!("CARGO_BIN_EXE_nldump"))
        .args(["monitor", "link", "--json", "--duration", "4", "--write"])
        .arg(pcap)
        .args(extra)
        .stdout(std::fs::File::create(out).unwrap())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn json_lines(path: &std::path::Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn monitor_drops_forged_events_and_goes_on_after_enobufs() {
    in_netns(
        "monitor_drops_forged_events_and_goes_on_after_enobufs",
        || {
            let (out, pcap) = (scratch("default.jsonl"), scratch("default.pcap"));
            let child = monitor(&[], &out, &pcap);
            let port = monitor_port();
            let forger = Socket::open(Protocol::ROUTE).unwrap();
            forger.send_to(&forged_event(), Addr::port(port)).unwrap();
            forger.send_to(&[0u8; 20], Addr::port(port)).unwrap(); // malformed too
            ip("link add before0 type veth peer name before1");
            // Stopped, the monitor cannot read: thousands of link events overflow its buffer.
            let pid = child.id().to_string();
            assert!(Command::new("kill")
                .args(["-STOP", &pid])
                .status()
                .unwrap()
                .success());
            let batch: String = (0..600)
                .map(|i| format!("link add f{i} type veth peer name g{i}\n"))
                .collect();
            ip_batch(&batch);
            assert!(Command::new("kill")
                .args(["-CONT", &pid])
                .status()
                .unwrap()
                .success());
            std::thread::sleep(Duration::from_millis(300));
            ip("link add after0 type veth peer name after1");
            let done = child.wait_with_output().unwrap();
            let stderr = String::from_utf8_lossy(&done.stderr);
            // Lost events are a problem (exit 1), said on stderr; the forged ones are counted.
            assert_eq!(done.status.code(), Some(1), "{stderr}");
            assert!(stderr.contains("ENOBUFS"), "{stderr}");
            assert!(
                stderr.contains("2 datagram(s) from senders other than the kernel dropped"),
                "{stderr}"
            );

            let live = json_lines(&out);
            let names: Vec<&str> = live
                .iter()
                .filter_map(|v| v["msg"]["ifname"].as_str())
                .collect();
            assert!(!names.contains(&"EVIL"), "a forged event was shown");
            assert!(names.contains(&"before0"));
            let lost = live
                .iter()
                .position(|v| v["type"] == "NLMSG_OVERRUN" && v["lost"] == true)
                .expect("the loss is in the JSON");
            let after = live.iter().position(|v| v["msg"]["ifname"] == "after0");
            assert!(
                after.is_some_and(|a| a > lost),
                "monitoring went on after ENOBUFS"
            );

            // The capture says it too, at the same place, and reads back to the same messages.
            let bytes = std::fs::read(&pcap).unwrap();
            let (json, _, _) = common::run(
                &bytes,
                &Options {
                    json: true,
                    ..Options::default()
                },
            );
            let replay: Vec<Value> = json
                .lines()
                .map(|l| serde_json::from_str(l).unwrap())
                .collect();
            assert_eq!(replay.len(), live.len());
            assert_eq!(replay[lost]["type"], "NLMSG_OVERRUN");
            assert!(replay.iter().all(|v| v.get("sender").is_none()));
            let (text, _, _) = common::run(&bytes, &Options::default());
            assert!(
                text.contains("type 4 (OVERRUN)") && text.contains("data lost"),
                "{text:.2000}"
            );
        },
    );
}

#[test]
fn monitor_all_senders_shows_forged_datagrams_marked() {
    in_netns("monitor_all_senders_shows_forged_datagrams_marked", || {
        let (out, pcap) = (scratch("all.jsonl"), scratch("all.pcap"));
        let child = monitor(&["--all-senders", "--count", "2"], &out, &pcap);
        let port = monitor_port();
        let forger = Socket::open(Protocol::ROUTE).unwrap();
        forger.send_to(&forged_event(), Addr::port(port)).unwrap();
        ip("link add real0 type veth peer name real1");
        let done = child.wait_with_output().unwrap();
        assert!(
            done.status.success(),
            "{}",
            String::from_utf8_lossy(&done.stderr)
        );
        let live = json_lines(&out);
        let evil = live
            .iter()
            .find(|v| v["msg"]["ifname"] == "EVIL")
            .expect("shown");
        assert_eq!(evil["sender"], forger.local_addr().port);
        let real = live
            .iter()
            .find(|v| v["msg"]["ifname"] == "real0" || v["msg"]["ifname"] == "real1")
            .expect("a kernel event");
        assert!(real.get("sender").is_none());
        // Recorded with its sender, and shown marked when read back.
        let (text, _, _) = common::run(&std::fs::read(&pcap).unwrap(), &Options::default());
        let marked = format!("from port {} (not the kernel)", forger.local_addr().port);
        assert_eq!(text.matches(&marked).count(), 1, "{text:.3000}");
    });
}
