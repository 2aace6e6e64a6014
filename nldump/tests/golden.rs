//! Golden outputs: every capture in testdata/ decoded to text and to JSON, compared with the
//! expected files in tests/golden/. After a reviewed change, regenerate them with
//!
//! ```sh
//! UPDATE_GOLDEN=1 cargo test -p nldump --test golden
//! ```
//!
//! and read the diff before committing.

mod common;

use common::{captures, protocol_of, run};
use nldump::Options;
use std::path::Path;

fn golden(name: &str, actual: &str) -> Result<(), String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return Ok(());
    }
    let expected = std::fs::read_to_string(&path).map_err(|e| {
        format!(
            "{}: {e} (run with UPDATE_GOLDEN=1 to create it)",
            path.display()
        )
    })?;
    if expected == actual {
        return Ok(());
    }
    let line = expected
        .lines()
        .zip(actual.lines())
        .position(|(a, b)| a != b)
        .unwrap_or(expected.lines().count().min(actual.lines().count()));
    Err(format!(
        "{name} differs from the golden file at line {}:\n  expected: {:?}\n  actual:   {:?}\n\
         (UPDATE_GOLDEN=1 cargo test -p nldump --test golden regenerates it; review the diff)",
        line + 1,
        expected.lines().nth(line),
        actual.lines().nth(line)
    ))
}

#[test]
fn every_capture_matches_its_golden_text_and_json() {
    let files = captures();
    assert!(files.len() >= 9, "testdata/ holds {} captures", files.len());
    let mut failures = Vec::new();
    for f in &files {
        let name = f.file_name().unwrap().to_str().unwrap();
        let bytes = std::fs::read(f).unwrap();
        let opts = Options {
            protocol: Some(protocol_of(f)).filter(|_| name.ends_with(".bin")),
            ..Options::default()
        };
        let (text, err, s) = run(&bytes, &opts);
        assert_eq!(s.errors, 0, "{name}: {err}");
        assert!(s.messages > 0, "{name}: no message");
        failures.extend(golden(&format!("{name}.txt"), &text).err());
        let json_opts = Options { json: true, ..opts };
        let (json, _, js) = run(&bytes, &json_opts);
        assert_eq!(js.messages, s.messages);
        failures.extend(golden(&format!("{name}.jsonl"), &json).err());
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The fast text renderer writes what the codec's `Dump` writes, byte for byte, on every
/// capture (and on the 110k-route bench capture when it can be unpacked).
/// Requests whose flag bits from 0x100 up mean what their operation says: a dump, a create,
/// a delete (header only, `ifinfomsg` of zeros).
fn requests() -> Vec<u8> {
    let mut w = nlcodec::Writer::from_vec(Vec::new());
    for (kind, flags) in [(18, 0x301), (16, 0x605), (17, 0x105)] {
        w.begin_message(kind, flags, 1, 0).unwrap();
        w.put_header(&nlcodec_families::rt_link::Ifinfomsg::default())
            .unwrap();
        w.end_message().unwrap();
    }
    w.into_vec()
}

/// The flag bits from 0x100 up are named by the operation (here in the fast text; the test
/// above checks `Dump` writes the same).
#[test]
fn request_flags_are_named_by_their_operation() {
    let opts = Options {
        protocol: Some(nlcodec::Protocol::ROUTE),
        ..Options::default()
    };
    let (text, err, s) = run(&requests(), &opts);
    assert_eq!(s.errors, 0, "{err}");
    for want in [
        "type 18 (RTM_GETLINK) flags 0x0301 [REQUEST,ROOT,MATCH]",
        "type 16 (RTM_NEWLINK) flags 0x0605 [REQUEST,ACK,EXCL,CREATE]",
        "type 17 (RTM_DELLINK) flags 0x0105 [REQUEST,ACK,NONREC]",
    ] {
        assert!(text.contains(want), "{want} not in\n{text}");
    }
}

/// The JSON output parses back, one object per message, and says what the bytes say.
#[test]
fn json_parses_back_and_agrees_with_the_bytes() {
    for f in captures()
        .iter()
        .filter(|f| f.extension().unwrap() == "bin")
    {
        let bytes = std::fs::read(f).unwrap();
        let opts = Options {
            json: true,
            protocol: Some(protocol_of(f)),
            ..Options::default()
        };
        let (json, _, _) = run(&bytes, &opts);
        let msgs: Vec<_> = nlcodec::messages(&bytes).map(Result::unwrap).collect();
        let lines: Vec<serde_json::Value> = json
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{f:?}: {e}: {l}")))
            .collect();
        assert_eq!(lines.len(), msgs.len(), "{f:?}");
        let mut offset = 0u64;
        for (v, m) in lines.iter().zip(&msgs) {
            assert_eq!(v["header"]["type"], m.header.kind, "{f:?}");
            assert_eq!(v["header"]["len"], m.header.len, "{f:?}");
            assert_eq!(v["header"]["seq"], m.header.seq, "{f:?}");
            assert_eq!(v["offset"], offset, "{f:?}");
            offset += u64::from(m.header.len + 3) & !3;
            if m.header.kind >= 16 {
                assert!(v["msg"].is_object(), "{f:?}: {v}");
                assert!(v["op"].is_string(), "{f:?}: no spec for {v}");
            }
        }
    }
}

#[test]
fn json_values_use_ynl_formats() {
    let bytes = std::fs::read(common::testdata().join("link-dump.bin")).unwrap();
    let opts = Options {
        json: true,
        ..Options::default()
    };
    let (json, _, _) = run(&bytes, &opts);
    let veth: serde_json::Value = json
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|v| v["msg"]["ifname"] == "veth0")
        .expect("veth0 in the link dump");
    let msg = &veth["msg"];
    // MAC addresses as text, enums by name, flags as lists of names, nests as objects.
    let mac = msg["address"].as_str().unwrap();
    assert_eq!(mac.len(), 17, "{mac}");
    assert_eq!(mac.matches(':').count(), 5, "{mac}");
    assert_eq!(msg["ifi-type"], "ether");
    assert!(msg["ifi-flags"].as_array().unwrap().contains(&"up".into()));
    assert_eq!(msg["linkinfo"]["kind"], "veth");
    assert!(msg["mtu"].is_u64());

    let bytes = std::fs::read(common::testdata().join("addr-dump.bin")).unwrap();
    let (json, _, _) = run(&bytes, &opts);
    let v4 = json
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|v| v["msg"]["ifa-family"] == "inet" && v["msg"]["label"] != "lo")
        .expect("an IPv4 address");
    let addr: std::net::Ipv4Addr = v4["msg"]["address"].as_str().unwrap().parse().unwrap();
    assert!(!addr.is_loopback());
}

#[test]
fn extended_ack_is_named_with_its_path() {
    let bytes = std::fs::read(common::testdata().join("error-extack.bin")).unwrap();
    let (text, _, _) = run(&bytes, &Options::default());
    assert!(
        text.contains("IFLA_LINKINFO / IFLA_INFO_DATA / VETH_INFO_PEER"),
        "{text}"
    );
    let opts = Options {
        json: true,
        ..Options::default()
    };
    let (json, _, _) = run(&bytes, &opts);
    let v: serde_json::Value = serde_json::from_str(json.lines().next().unwrap()).unwrap();
    assert_eq!(v["error"]["errno"], -34);
    assert_eq!(
        v["error"]["ext-ack"]["path"],
        "IFLA_LINKINFO / IFLA_INFO_DATA / VETH_INFO_PEER"
    );
    assert_eq!(v["error"]["request"]["type-name"], "RTM_NEWLINK");
}
