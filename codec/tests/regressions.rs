//! Regression tests for what the fuzz targets in `fuzz/` found (see `fuzz/README.md`).

use nlcodec::{messages, WriteError, Writer};

/// fuzz target `writer`: a nest handle from a cancelled message was accepted by the next
/// message when its depth matched and its start lay before the write position; it then
/// overwrote two bytes of the new message and left the new message's real nest with length 0.
#[test]
fn stale_nest_from_a_cancelled_message_is_rejected() {
    let mut buf = [0u8; 128];
    let mut w = Writer::new(&mut buf);
    w.begin_message(0x10, 0, 1, 0).unwrap();
    w.put_u32(1, 7).unwrap();
    let stale = w.begin_nested(2).unwrap(); // at 24, depth 1
    w.cancel_message();

    w.begin_message(0x10, 0, 2, 0).unwrap();
    let nest = w.begin_nested(3).unwrap(); // at 16, depth 1
    w.put_u32(4, 9).unwrap(); // 20..28
    w.put_u32(5, 9).unwrap(); // 28..36
    assert_eq!(w.end_nested(stale), Err(WriteError::NestMismatch));
    // The mismatch poisoned the message: it is dropped, and nothing corrupt is committed.
    let _ = w.end_nested(nest);
    assert!(w.end_message().is_err());
    assert!(w.as_bytes().is_empty());
}

/// The same with a handle left open in a message that `end_message` refused, and with
/// `cancel_nested`.
#[test]
fn stale_nest_after_a_refused_message_cannot_cancel() {
    let mut buf = [0u8; 128];
    let mut w = Writer::new(&mut buf);
    w.begin_message(0x10, 0, 1, 0).unwrap();
    w.put_u8(1, 1).unwrap();
    let stale = w.begin_nested(2).unwrap();
    assert_eq!(w.end_message(), Err(WriteError::NestMismatch));

    w.begin_message(0x10, 0, 2, 0).unwrap();
    let nest = w.begin_nested(3).unwrap();
    w.put_u32(4, 9).unwrap();
    w.put_u32(5, 9).unwrap();
    assert_eq!(w.cancel_nested(stale), Err(WriteError::NestMismatch));
    let _ = w.end_nested(nest);
    assert!(w.end_message().is_err());

    // A clean message afterwards is unaffected and parses.
    w.begin_message(0x10, 0, 3, 0).unwrap();
    let nest = w.begin_nested(3).unwrap();
    w.put_u32(4, 9).unwrap();
    w.end_nested(nest).unwrap();
    w.end_message().unwrap();
    let m = messages(w.as_bytes()).next().unwrap().unwrap();
    let outer = m.attrs(0).next().unwrap().unwrap();
    assert_eq!(outer.nested().next().unwrap().unwrap().as_u32(), Ok(9));
}

/// A flag that carries a value: the kernel answers `IFLA_VXLAN_TTL_INHERIT` with a byte, which
/// the spec override allows (`max-len: 1`) and the dump shows as a number; a value the spec
/// does not allow is shown in hex, apart from the length.
#[test]
fn a_flag_with_a_value_is_dumped_apart_from_its_length() {
    use nlcodec_families::rt_link::*;
    use nlcodec_families::runtime::Rtnetlink;
    let mut buf = [0u8; 256];
    let mut w = Writer::new(&mut buf);
    w.begin_message(RTM_NEWLINK, 0, 1, 0).unwrap();
    w.put_header(&Ifinfomsg::default()).unwrap();
    let li = w.begin_nested(IFLA_LINKINFO).unwrap();
    w.put_str(IFLA_INFO_KIND, "vxlan").unwrap();
    let data = w.begin_nested(IFLA_INFO_DATA).unwrap();
    w.put_u8(IFLA_VXLAN_TTL_INHERIT, 1).unwrap();
    w.put_flag(IFLA_VXLAN_GPE).unwrap();
    w.put_u8(IFLA_VXLAN_REMCSUM_NOPARTIAL, 1).unwrap();
    w.end_nested(data).unwrap();
    w.end_nested(li).unwrap();
    w.end_message().unwrap();
    let text = nlcodec::dump::Dump::new(w.as_bytes())
        .schema(&Rtnetlink)
        .offsets(true)
        .to_string();
    assert!(
        text.contains("IFLA_VXLAN_TTL_INHERIT @52 len 5 1\n"),
        "{text}"
    );
    assert!(text.contains("IFLA_VXLAN_GPE @60 len 4\n"), "{text}");
    assert!(
        text.contains("IFLA_VXLAN_REMCSUM_NOPARTIAL @64 len 5 01 (bad length)\n"),
        "{text}"
    );
}

/// Without a schema or a header length, a well-formed request is not called malformed: its
/// family header length is guessed from where the attributes start, and a payload that is no
/// attribute block at any length is shown as bytes of an unknown format.
#[test]
fn a_dump_without_a_schema_guesses_the_family_header_instead_of_crying_malformed() {
    use nlcodec::dump::Dump;
    let mut buf = [0u8; 128];
    let mut w = Writer::new(&mut buf);
    // RTM_NEWLINK: a 16-byte ifinfomsg whose index and flags do not parse as attributes.
    w.begin_message(16, 0x405, 1, 0).unwrap();
    w.put(&[0, 0, 1, 0, 0x22, 0x18, 0, 0, 0x43, 0x10, 0, 0, 0, 0, 0, 0])
        .unwrap();
    w.put_str(3, "veth0").unwrap();
    w.put_u32(4, 1500).unwrap();
    w.end_message().unwrap();
    let text = Dump::new(w.as_bytes()).to_string();
    assert!(!text.contains("malformed"), "{text}");
    assert!(
        text.contains("family header (16 bytes, guessed):"),
        "{text}"
    );
    assert!(text.contains("attr type 3 len 10"), "{text}");
    assert!(text.contains("attr type 4 len 8"), "{text}");
    // A payload that no header length turns into attributes.
    let mut w = Writer::new(&mut buf);
    w.begin_message(16, 0, 2, 0).unwrap();
    w.put(&[9, 0, 1, 0, 0xff]).unwrap(); // an nla_len of 9 with 5 bytes there
    w.end_message().unwrap();
    let text = Dump::new(w.as_bytes()).to_string();
    assert!(
        text.contains("payload (5 bytes, format unknown): 09 00 01 00 ff"),
        "{text}"
    );
    // A header length the caller gives is trusted: what does not parse after it is malformed.
    let text = Dump::new(w.as_bytes()).family_header_len(|_| 0).to_string();
    assert!(text.contains("malformed"), "{text}");
}
