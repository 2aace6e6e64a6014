//! Wireshark agrees: tshark reads every pcap nldump writes (each shipped capture converted
//! with `--write`) and finds the same packets, message types and top-level attribute types
//! as nldump's JSON output.
//!
//! Needs `tshark` (scripts/test-all installs it). Without it the tests print a loud SKIP,
//! unless `NLCODEC_REQUIRE_TSHARK` is set, which makes them fail instead.

mod common;
#[path = "../../socket/tests/netns/process.rs"]
mod process;

use common::{captures, protocol_of, run};
use nlcodec::schema::Schema;
use nlcodec_families::runtime::{GenlRegistry, Rtnetlink};
use nldump::Options;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// True when tshark runs; else a SKIP (or a failure when it is required).
pub fn have_tshark(test: &str) -> bool {
    process::have(test, "tshark", &["--version"], "NLCODEC_REQUIRE_TSHARK")
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("nldump-tshark-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn tshark(args: &[&str], file: &Path) -> String {
    process::stdout_ok(Command::new("tshark").arg("-r").arg(file).args(args))
}

fn int(s: &str) -> u64 {
    match s.strip_prefix("0x") {
        Some(h) => u64::from_str_radix(h, 16).unwrap(),
        None => s.parse().unwrap(),
    }
}

/// Per frame: the number of message headers tshark saw and the first message's type.
fn tshark_types(file: &Path) -> BTreeMap<u64, (usize, u64)> {
    let fields = [
        "-T",
        "fields",
        "-E",
        "aggregator=,",
        "-e",
        "frame.number",
        "-e",
        "netlink.hdr_len",
        "-e",
        "netlink-route.nltype",
        "-e",
        "genl.family_id",
        "-e",
        "netlink.hdr_type",
    ];
    let mut frames = BTreeMap::new();
    for line in tshark(&fields, file).lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        let frame = int(cols[0]);
        let lens = cols[1].split(',').filter(|s| !s.is_empty()).count();
        let first = cols[2..]
            .iter()
            .find(|c| !c.is_empty())
            .map(|c| int(c.split(',').next().unwrap()))
            .unwrap_or(u64::MAX);
        frames.insert(frame, (lens, first));
    }
    frames
}

/// Per frame: the top-level attribute types (flags masked off), sorted.
fn tshark_attrs(file: &Path) -> BTreeMap<u64, Vec<u64>> {
    let json: Value =
        serde_json::from_str(&tshark(&["-T", "json", "--no-duplicate-keys"], file)).unwrap();
    let mut out = BTreeMap::new();
    for pkt in json.as_array().unwrap() {
        let layers = pkt["_source"]["layers"].as_object().unwrap();
        let frame = int(layers["frame"]["frame.number"].as_str().unwrap());
        let mut types = Vec::new();
        // The protocol layers after the cooked header's ("netlink"); a layer that appears
        // twice is an array.
        let objects: Vec<&serde_json::Map<String, Value>> = layers
            .iter()
            .filter(|(k, _)| *k != "frame" && *k != "netlink")
            .flat_map(|(_, v)| match v {
                Value::Array(a) => a.iter().filter_map(Value::as_object).collect::<Vec<_>>(),
                other => other.as_object().into_iter().collect(),
            })
            .collect();
        for (k, v) in objects.into_iter().flatten() {
            if !k.starts_with("Attribute") {
                continue;
            }
            let entries = match v {
                Value::Array(a) => a.clone(),
                other => vec![other.clone()],
            };
            for e in entries {
                if let Some(t) = e["netlink.attr_type"].as_str() {
                    types.push(int(t) & 0x3fff);
                }
            }
        }
        types.sort();
        out.insert(frame, types);
    }
    out
}

/// The top-level attribute types of one of nldump's JSON messages, from its YNL names.
fn nldump_attrs(v: &Value, bytes: &[u8], schema: &dyn Schema) -> Option<Vec<u64>> {
    let msg = nlcodec::messages(bytes).next()?.ok()?;
    let desc = schema.message(msg.header.kind, msg.payload)?;
    let set = desc.attrs()?;
    let mut types = Vec::new();
    for (k, val) in v["msg"].as_object()? {
        if desc.op.header.is_some_and(|h| h.member(k).is_some()) {
            continue;
        }
        if let Some(n) = k.strip_prefix("attr-") {
            types.push(n.parse().unwrap());
            continue;
        }
        let d = set
            .by_name(k)
            .unwrap_or_else(|| panic!("{k} is not in {}", set.name));
        let n = match (d.multi, val) {
            (true, Value::Array(a)) => a.len(),
            _ => 1,
        };
        for _ in 0..n {
            types.push(u64::from(d.kind));
        }
    }
    types.sort();
    Some(types)
}

#[test]
fn tshark_reads_every_capture_nldump_writes_and_agrees() {
    if !have_tshark("tshark_reads_every_capture_nldump_writes_and_agrees") {
        return;
    }
    let mut compared_attrs = 0;
    let mut not_dissected = Vec::new();
    for f in captures()
        .iter()
        .filter(|f| f.extension().unwrap() == "bin")
    {
        let name = f.file_name().unwrap().to_str().unwrap();
        let raw = std::fs::read(f).unwrap();
        let pcap = scratch(&format!("{name}.pcap"));
        let proto = protocol_of(f);
        let opts = Options {
            protocol: Some(proto),
            write: Some(pcap.clone()),
            ..Options::default()
        };
        run(&raw, &opts);
        // nldump's own reading of the pcap it wrote.
        let bytes = std::fs::read(&pcap).unwrap();
        let (json, err, s) = run(
            &bytes,
            &Options {
                json: true,
                ..Options::default()
            },
        );
        assert_eq!(s.errors, 0, "{name}: {err}");
        let lines: Vec<Value> = json
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        let types = tshark_types(&pcap);
        assert_eq!(types.len(), lines.len(), "{name}: packets");
        let attrs = tshark_attrs(&pcap);
        let mut reg = GenlRegistry::new();
        reg.learn_all(&raw);
        let schema: &dyn Schema = if proto == nlcodec::Protocol::GENERIC {
            &reg
        } else {
            &Rtnetlink
        };
        let msgs: Vec<&[u8]> = {
            let mut v = Vec::new();
            let mut it = nlcodec::messages(&raw);
            loop {
                let at = it.offset();
                match it.next() {
                    Some(Ok(m)) => v.push(&raw[at..at + m.header.len as usize]),
                    _ => break,
                }
            }
            v
        };
        for (v, m) in lines.iter().zip(&msgs) {
            let frame = v["packet"].as_u64().unwrap();
            let (count, kind) = types[&frame];
            let ty = v["header"]["type"].as_u64().unwrap();
            assert_eq!(kind, ty, "{name} frame {frame}: message type");
            // tshark counts the request header echoed in an NLMSG_ERROR as a second one.
            let expected = if ty == 2 && v["error"]["request"].is_object() {
                2
            } else {
                1
            };
            assert_eq!(count, expected, "{name} frame {frame}: message headers");
            if let Some(ours) = nldump_attrs(v, m, schema) {
                let theirs = &attrs[&frame];
                if theirs.is_empty() {
                    // tshark 4.0 does not dissect every message's attributes (neighbours).
                    not_dissected.push(format!("{name}#{frame}"));
                    continue;
                }
                assert_eq!(
                    &ours, theirs,
                    "{name} frame {frame}: top-level attribute types"
                );
                compared_attrs += 1;
            }
        }
    }
    eprintln!(
        "top-level attribute types agree on {compared_attrs} messages; tshark dissected no \
         attributes of {}: {}",
        not_dissected.len(),
        not_dissected.join(" ")
    );
    assert!(
        compared_attrs >= 70,
        "only {compared_attrs} messages compared"
    );
}
