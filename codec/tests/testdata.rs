//! Every kernel capture in `testdata/` (made with nlcodec-socket's `capture` example, see
//! `testdata/README.md`) parses, decodes, and writes back to the same bytes.

use nlcodec::consts::*;
use nlcodec::{messages, AttrTable, Payload, Writer};
use nlcodec_families::runtime::family_header_len;
use std::path::PathBuf;

const FILES: &[&str] = &[
    "link-dump.bin",
    "addr-dump.bin",
    "route-dump.bin",
    "neigh-dump.bin",
    "genl-ctrl-dump.bin",
    "error-extack.bin",
    "error-extack-capped.bin",
    "done-strict-error.bin",
    "ack.bin",
];

fn read(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../testdata")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Walks every attribute, descending into every nest-flagged value.
fn walk(attrs: nlcodec::Attrs<'_>, depth: usize) -> usize {
    let mut n = 0;
    for a in attrs {
        let a = a.unwrap();
        n += 1;
        if a.is_nested() && depth < 8 {
            n += walk(a.nested(), depth + 1);
        }
    }
    n
}

#[test]
fn every_capture_parses_and_round_trips() {
    for name in FILES {
        let bytes = read(name);
        assert!(!bytes.is_empty(), "{name} is empty");
        let is_genl = name.starts_with("genl");
        let mut out = vec![0u8; bytes.len()];
        let mut w = Writer::new(&mut out);
        let mut count = 0;
        for msg in messages(&bytes) {
            let msg = msg.unwrap_or_else(|e| panic!("{name}: {e}"));
            let payload = msg.decode().unwrap_or_else(|e| panic!("{name}: {e}"));
            if let Payload::Data(_) = payload {
                let hl = if is_genl {
                    4
                } else {
                    family_header_len(nlcodec::Protocol::ROUTE)(msg.header.kind)
                };
                walk(msg.attrs(hl), 0);
            }
            let h = msg.header;
            w.begin_message(h.kind, h.flags, h.seq, h.pid).unwrap();
            w.put(msg.payload).unwrap();
            w.end_message().unwrap();
            count += 1;
        }
        assert!(count > 0, "{name}: no messages");
        assert_eq!(w.as_bytes(), &bytes[..], "{name}: rewritten bytes differ");
    }
}

fn only(name: &str) -> Vec<u8> {
    let bytes = read(name);
    assert_eq!(messages(&bytes).count(), 1, "{name}");
    bytes
}

#[test]
fn dumps_end_with_done_and_carry_nested_attributes() {
    for name in [
        "link-dump.bin",
        "addr-dump.bin",
        "route-dump.bin",
        "neigh-dump.bin",
        "genl-ctrl-dump.bin",
    ] {
        let bytes = read(name);
        let all: Vec<_> = messages(&bytes).map(Result::unwrap).collect();
        assert!(all.len() >= 3, "{name}: {} messages", all.len());
        let last = all.last().unwrap();
        assert!(
            matches!(last.decode().unwrap(), Payload::Done(d) if d.error == 0),
            "{name}"
        );
        for m in &all[..all.len() - 1] {
            assert!(m.header.has_flags(NLM_F_MULTI), "{name}");
            assert!(!m.is_control(), "{name}");
        }
    }
    // Links carry nests (IFLA_LINKINFO, IFLA_AF_SPEC, ...): find a veth.
    let bytes = read("link-dump.bin");
    let kinds: Vec<String> = messages(&bytes)
        .map(Result::unwrap)
        .filter(|m| !m.is_control())
        .filter_map(|m| {
            let tb = AttrTable::<64>::from_attrs(m.attrs(16)).unwrap();
            let info = tb.get(18)?; // IFLA_LINKINFO
            let kind = info
                .nested()
                .find(|a| a.as_ref().unwrap().kind() == 1)?
                .unwrap();
            Some(kind.as_str().unwrap().to_owned())
        })
        .collect();
    assert!(
        kinds.iter().filter(|k| *k == "veth").count() >= 6,
        "{kinds:?}"
    );
}

#[test]
fn error_captures_carry_ext_ack() {
    for (name, capped) in [
        ("error-extack.bin", false),
        ("error-extack-capped.bin", true),
    ] {
        let bytes = only(name);
        let msg = messages(&bytes).next().unwrap().unwrap();
        assert_eq!(msg.header.has_flags(NLM_F_CAPPED), capped, "{name}");
        assert!(msg.header.has_flags(NLM_F_ACK_TLVS), "{name}");
        let Payload::Error(e) = msg.decode().unwrap() else {
            panic!("{name}: not an error")
        };
        assert_eq!(
            e.errno(),
            34,
            "{name}: ERANGE (value shorter than the policy minimum)"
        );
        assert!(e.ext_ack.msg.is_some(), "{name}");
        let off = e.ext_ack.offset.expect("an offset");
        assert!(off > 32, "{name}: offset {off}");
        assert_eq!(e.request_payload.is_empty(), capped, "{name}");
        if !capped {
            // The echoed request resolves the offset: IFLA_LINKINFO / IFLA_INFO_DATA /
            // VETH_INFO_PEER.
            let mut req = e.request.to_bytes().to_vec();
            req.extend_from_slice(e.request_payload);
            let path = e.ext_ack.attr_path(&req, 16).unwrap();
            assert_eq!(path.as_slice(), &[18, 2, 1], "{name}");
        }
    }
}

#[test]
fn done_strict_error_and_ack() {
    let bytes = only("done-strict-error.bin");
    let msg = messages(&bytes).next().unwrap().unwrap();
    let Payload::Done(d) = msg.decode().unwrap() else {
        panic!("not DONE")
    };
    assert_eq!(d.error, -22);
    assert!(
        d.ext_ack.msg.unwrap().contains("link dump"),
        "{:?}",
        d.ext_ack.msg
    );

    let bytes = only("ack.bin");
    let msg = messages(&bytes).next().unwrap().unwrap();
    let Payload::Error(e) = msg.decode().unwrap() else {
        panic!("not an ACK")
    };
    assert!(e.is_ack());
    assert!(msg.header.has_flags(NLM_F_CAPPED));
    assert!(e.ext_ack.is_empty());
}
