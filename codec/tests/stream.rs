//! The message stream: framing, padding, and every malformed case with its offset.

mod common;
use common::*;
use nlcodec::error::Structure;
use nlcodec::{messages, Error, Header};

#[test]
fn walks_several_padded_messages() {
    let a = msg(0x10, 0, 1, &[1, 2, 3, 4, 5], true); // len 21, padded to 24
    let b = msg(0x11, 2, 2, &[], true);
    let c = msg(0x12, 0, 3, &[9; 8], true);
    let buf = cat(&[&a, &b, &c]);
    let got: Vec<_> = messages(&buf).collect::<Result<_, _>>().unwrap();
    assert_eq!(got.len(), 3);
    assert_eq!(
        got[0].header,
        Header {
            len: 21,
            kind: 0x10,
            flags: 0,
            seq: 1,
            pid: 0
        }
    );
    assert_eq!(got[0].payload, &[1, 2, 3, 4, 5]);
    assert_eq!(got[1].header.seq, 2);
    assert!(got[1].payload.is_empty());
    assert_eq!(got[2].payload, &[9; 8]);
}

#[test]
fn last_message_without_padding_is_valid() {
    let a = msg(0x10, 0, 1, &[1, 2, 3, 4, 5], true);
    let b = msg(0x10, 0, 2, &[7, 7, 7], false); // 19 bytes, no padding
    let buf = cat(&[&a, &b]);
    assert_eq!(buf.len(), 24 + 19);
    let got: Vec<_> = messages(&buf).collect::<Result<_, _>>().unwrap();
    assert_eq!(got.len(), 2);
    assert_eq!(got[1].payload, &[7, 7, 7]);
}

#[test]
fn empty_buffer_yields_nothing() {
    assert_eq!(messages(&[]).count(), 0);
}

#[test]
fn len_zero_is_an_error_once_then_the_iterator_is_fused() {
    let mut buf = Vec::new();
    hdr(&mut buf, 0, 0x10, 0, 1, 0);
    let mut it = messages(&buf);
    assert_eq!(
        it.next(),
        Some(Err(Error::MessageLenTooSmall { offset: 0, len: 0 }))
    );
    for _ in 0..10 {
        assert_eq!(it.next(), None);
    }
}

#[test]
fn len_below_header_size_names_offset_and_len() {
    let good = msg(0x10, 0, 1, &[0; 4], true);
    let mut bad = Vec::new();
    hdr(&mut bad, 15, 0x10, 0, 2, 0);
    let buf = cat(&[&good, &bad]);
    let got: Vec<_> = messages(&buf).collect();
    assert_eq!(got.len(), 2);
    assert!(got[0].is_ok());
    assert_eq!(
        got[1],
        Err(Error::MessageLenTooSmall {
            offset: 20,
            len: 15
        })
    );
}

#[test]
fn len_exactly_sixteen_is_an_empty_message() {
    let mut buf = Vec::new();
    hdr(&mut buf, 16, 0x10, 0, 1, 0);
    let m = messages(&buf).next().unwrap().unwrap();
    assert!(m.payload.is_empty());
}

#[test]
fn len_past_the_end_is_an_overrun() {
    let mut buf = Vec::new();
    hdr(&mut buf, 64, 0x10, 0, 1, 0);
    buf.extend_from_slice(&[0; 8]);
    assert_eq!(
        messages(&buf).collect::<Vec<_>>(),
        vec![Err(Error::MessageLenOverrun {
            offset: 0,
            len: 64,
            available: 24
        })]
    );
}

#[test]
fn huge_len_does_not_wrap() {
    let mut buf = Vec::new();
    hdr(&mut buf, u32::MAX, 0x10, 0, 1, 0);
    assert!(matches!(
        messages(&buf).next(),
        Some(Err(Error::MessageLenOverrun { len: u32::MAX, .. }))
    ));
}

#[test]
fn truncated_header_after_a_good_message() {
    let good = msg(0x10, 0, 1, &[], true);
    let buf = cat(&[&good, &[1, 2, 3, 4, 5, 6, 7]]);
    let got: Vec<_> = messages(&buf).collect();
    assert_eq!(
        got[1],
        Err(Error::Truncated {
            what: Structure::MessageHeader,
            offset: 16,
            needed: 16,
            available: 7
        })
    );
    assert_eq!(got.len(), 2);
}

#[test]
fn offset_tracks_the_next_message() {
    let a = msg(0x10, 0, 1, &[1], true);
    let b = msg(0x10, 0, 2, &[], true);
    let buf = cat(&[&a, &b]);
    let mut it = messages(&buf);
    assert_eq!(it.offset(), 0);
    it.next();
    assert_eq!(it.offset(), 20);
    it.next();
    assert_eq!(it.offset(), 36);
}

#[test]
fn errors_display_what_and_where() {
    let e = Error::MessageLenOverrun {
        offset: 40,
        len: 100,
        available: 20,
    };
    let s = e.to_string();
    assert!(
        s.contains("nlmsg_len 100") && s.contains("offset 40"),
        "{s}"
    );
    assert_eq!(e.offset(), Some(40));
}

#[test]
fn unaligned_family_header_at_the_end_has_no_attributes() {
    let buf = msg(0x10, 0, 1, &[7; 15], false);
    let m = messages(&buf).next().unwrap().unwrap();
    assert_eq!(m.attrs(15).count(), 0);
    // A payload shorter than the family header is an error that says so.
    assert_eq!(
        m.attrs(16).next(),
        Some(Err(Error::Truncated {
            what: Structure::FamilyHeader,
            offset: 16,
            needed: 16,
            available: 15
        }))
    );
    assert!(m.family_header(16).is_err());
    assert_eq!(m.family_header(15).unwrap(), &[7; 15]);
}
