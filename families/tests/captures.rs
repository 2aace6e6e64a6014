//! Every real capture in testdata/ through the typed layer:
//! - every data message is described by the schema (its type by name);
//! - every attribute, at every depth, is named by the specs and overrides (the test lists
//!   the unknown ones, and there must be none);
//! - every message decodes through its set's typed view and, written back through the typed
//!   builders (`write_to`), gives the same bytes.

use nlcodec::dump::Dump;
use nlcodec::schema::{AttrSet, Schema};
use nlcodec::Writer;
use nlcodec_families::runtime::{GenlRegistry, Rtnetlink, SetRoundtrip};
use nlcodec_families::ROUNDTRIPS;

fn testdata(name: &str) -> Vec<u8> {
    let path = format!("{}/../testdata/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn roundtrip_of(set: &'static AttrSet) -> &'static SetRoundtrip {
    ROUNDTRIPS
        .iter()
        .flat_map(|t| t.iter())
        .find(|r| std::ptr::eq(r.set, set))
        .unwrap_or_else(|| panic!("no round trip for {}", set.name))
}

/// Decodes and rebuilds every data message of `buf`; returns how many were checked.
fn roundtrip_all(name: &str, buf: &[u8], schema: &dyn Schema) -> usize {
    let mut checked = 0;
    let mut out = vec![0u8; 1 << 16];
    for msg in nlcodec::messages(buf) {
        let msg = msg.unwrap_or_else(|e| panic!("{name}: {e}"));
        let h = msg.header;
        if h.kind < nlcodec::consts::NLMSG_MIN_TYPE {
            continue;
        }
        let d = schema
            .message(h.kind, msg.payload)
            .unwrap_or_else(|| panic!("{name}: message type {} unknown", h.kind));
        let set = d
            .attrs()
            .unwrap_or_else(|| panic!("{name}: {} has no set", d.op.c_name));
        let rt = roundtrip_of(set);
        let mut w = Writer::new(&mut out);
        w.begin_message(h.kind, h.flags, h.seq, h.pid).unwrap();
        w.put(&msg.payload[..d.header_len.min(msg.payload.len())])
            .unwrap();
        (rt.run)(msg.attrs(d.header_len), &mut w)
            .unwrap_or_else(|e| panic!("{name}: {} seq {}: {e}", d.op.c_name, h.seq));
        w.end_message().unwrap();
        let original = &buf[msg_offset(buf, &msg)..][..h.len as usize];
        let rebuilt = w.as_bytes();
        if rebuilt != original {
            let at = rebuilt.iter().zip(original).position(|(a, b)| a != b);
            panic!(
                "{name}: {} at seq {} rebuilt differently (lengths {} vs {}, first difference at {at:?})\n{}",
                d.op.c_name,
                h.seq,
                rebuilt.len(),
                original.len(),
                Dump::new(original).schema(schema).offsets(true)
            );
        }
        checked += 1;
    }
    checked
}

fn msg_offset(buf: &[u8], msg: &nlcodec::Message<'_>) -> usize {
    msg.payload.as_ptr() as usize - buf.as_ptr() as usize - nlcodec::consts::NLMSG_HDRLEN
}

/// The attributes a named dump could not name (printed by number), one line each.
fn unknown_attrs(buf: &[u8], schema: &dyn Schema) -> Vec<String> {
    let text = Dump::new(buf).schema(schema).to_string();
    text.lines()
        .filter(|l| l.contains("attr type") || l.contains("(data)") || l.contains("unknown format"))
        .map(|l| l.trim().to_string())
        .collect()
}

const ROUTE_CAPTURES: &[&str] = &[
    "link-dump.bin",
    "addr-dump.bin",
    "route-dump.bin",
    "neigh-dump.bin",
];

#[test]
fn route_captures_are_fully_named() {
    for name in ROUTE_CAPTURES {
        let buf = testdata(name);
        let unknown = unknown_attrs(&buf, &Rtnetlink);
        assert!(
            unknown.is_empty(),
            "{name}: attributes the specs do not name: {unknown:#?}"
        );
    }
}

#[test]
fn genl_capture_is_fully_named() {
    let buf = testdata("genl-ctrl-dump.bin");
    let mut reg = GenlRegistry::new();
    assert!(reg.learn_all(&buf) > 0);
    let unknown = unknown_attrs(&buf, &reg);
    assert!(
        unknown.is_empty(),
        "attributes the specs do not name: {unknown:#?}"
    );
}

#[test]
fn route_captures_rebuild_byte_for_byte() {
    for name in ROUTE_CAPTURES {
        let buf = testdata(name);
        let n = roundtrip_all(name, &buf, &Rtnetlink);
        assert!(n > 0, "{name}: no data message");
    }
}

#[test]
fn genl_capture_rebuilds_byte_for_byte() {
    let buf = testdata("genl-ctrl-dump.bin");
    let mut reg = GenlRegistry::new();
    reg.learn_all(&buf);
    assert!(roundtrip_all("genl-ctrl-dump.bin", &buf, &reg) > 0);
}

/// Validates every data message of `buf` against its set in `mode`; returns the failures
/// (message, error) and how many messages were checked.
fn validate_all(buf: &[u8], schema: &dyn Schema, mode: nlcodec::Mode) -> (Vec<String>, usize) {
    let mut bad = Vec::new();
    let mut checked = 0;
    for msg in nlcodec::messages(buf).map_while(Result::ok) {
        let h = msg.header;
        let Some(d) = schema.message(h.kind, msg.payload) else {
            continue;
        };
        let Some(set) = d.attrs() else { continue };
        checked += 1;
        if let Err(e) = set.validate(msg.attrs(d.header_len), mode) {
            bad.push(format!("{} seq {}: {e}", d.op.c_name, h.seq));
        }
    }
    (bad, checked)
}

#[test]
fn every_kernel_reply_passes_the_validator_in_every_mode() {
    // What the kernel sent is valid by definition: the one validator, built from the specs,
    // must accept every message of every capture, strict modes included.
    let genl = testdata("genl-ctrl-dump.bin");
    let mut reg = GenlRegistry::new();
    reg.learn_all(&genl);
    let mut captures: Vec<(&str, Vec<u8>, &dyn Schema)> = ROUTE_CAPTURES
        .iter()
        .map(|n| (*n, testdata(n), &Rtnetlink as &dyn Schema))
        .collect();
    captures.push(("genl-ctrl-dump.bin", genl, &reg));
    for (name, buf, schema) in &captures {
        for mode in [
            nlcodec::Mode::Liberal,
            nlcodec::Mode::StrictSkipUnknown,
            nlcodec::Mode::Strict,
        ] {
            let (bad, checked) = validate_all(buf, *schema, mode);
            assert!(checked > 0, "{name}: nothing validated");
            assert!(bad.is_empty(), "{name} in {mode:?}: {bad:#?}");
        }
    }
}
