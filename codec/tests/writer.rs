//! The writer: layout, limits, and what it leaves behind after an error.

mod common;
use common::*;
use nlcodec::consts::*;
use nlcodec::{messages, WriteError, Writer};
use nlcodec_families::rt_link::Ifinfomsg;

#[test]
fn writes_the_same_bytes_as_the_kernel_layout() {
    let mut buf = [0u8; 128];
    let mut w = Writer::new(&mut buf);
    w.begin_message(16, NLM_F_REQUEST | NLM_F_ACK, 77, 0)
        .unwrap();
    w.put_header(&Ifinfomsg::default()).unwrap();
    w.put_str(3, "v0").unwrap();
    let n = w.begin_nested(18).unwrap();
    w.put_str(1, "bogus").unwrap();
    w.end_nested(n).unwrap();
    w.end_message().unwrap();
    let linkinfo = attr(18 | NLA_F_NESTED, &attr(1, b"bogus\0"));
    let expect = msg(
        16,
        NLM_F_REQUEST | NLM_F_ACK,
        77,
        &cat(&[&[0u8; 16], &attr(3, b"v0\0"), &linkinfo]),
        true,
    );
    assert_eq!(w.as_bytes(), &expect[..]);
}

#[test]
fn every_typed_put_round_trips_through_its_getter() {
    let mut buf = [0u8; 512];
    let mut w = Writer::new(&mut buf);
    w.begin_message(0x10, 0, 1, 0).unwrap();
    w.put_u8(1, 0xab).unwrap();
    w.put_u16(2, 0xabcd).unwrap();
    w.put_u32(3, 0xdead_beef).unwrap();
    w.put_u64(4, u64::MAX - 1).unwrap();
    w.put_i8(5, -1).unwrap();
    w.put_i16(6, -300).unwrap();
    w.put_i32(7, -70000).unwrap();
    w.put_i64(8, i64::MIN).unwrap();
    w.put_be_u16(9 | NLA_F_NET_BYTEORDER, 443).unwrap();
    w.put_be_u32(10, 0x0a00_0001).unwrap();
    w.put_be_u64(11, 1 << 40).unwrap();
    w.put_be_i16(12, -2).unwrap();
    w.put_be_i32(13, -3).unwrap();
    w.put_be_i64(14, -4).unwrap();
    w.put_flag(15).unwrap();
    w.put_str(16, "hello").unwrap();
    w.put_attr(17, &[1, 2, 3]).unwrap();
    w.put_attr_with(18, 6, |v| v.copy_from_slice(&[2, 0, 0, 0, 0, 1]))
        .unwrap();
    w.end_message().unwrap();
    let m = messages(w.as_bytes()).next().unwrap().unwrap();
    let a: Vec<_> = m.attrs(0).map(Result::unwrap).collect();
    assert_eq!(a.len(), 18);
    assert_eq!(a[0].as_u8().unwrap(), 0xab);
    assert_eq!(a[1].as_u16().unwrap(), 0xabcd);
    assert_eq!(a[2].as_u32().unwrap(), 0xdead_beef);
    assert_eq!(a[3].as_u64().unwrap(), u64::MAX - 1);
    assert_eq!(a[4].as_i8().unwrap(), -1);
    assert_eq!(a[5].as_i16().unwrap(), -300);
    assert_eq!(a[6].as_i32().unwrap(), -70000);
    assert_eq!(a[7].as_i64().unwrap(), i64::MIN);
    assert_eq!(
        (a[8].as_be_u16().unwrap(), a[8].is_net_byteorder()),
        (443, true)
    );
    assert_eq!(a[9].as_be_u32().unwrap(), 0x0a00_0001);
    assert_eq!(a[10].as_be_u64().unwrap(), 1 << 40);
    assert_eq!(a[11].as_be_i16().unwrap(), -2);
    assert_eq!(a[12].as_be_i32().unwrap(), -3);
    assert_eq!(a[13].as_be_i64().unwrap(), -4);
    assert!(a[14].as_flag().is_ok());
    assert_eq!(a[15].as_str().unwrap(), "hello");
    assert_eq!(a[16].as_bytes(), &[1, 2, 3]);
    assert_eq!(a[17].as_bytes(), &[2, 0, 0, 0, 0, 1]);
}

#[test]
fn attribute_longer_than_u16_is_an_error_not_a_wrap() {
    let mut buf = vec![0u8; 200_000];
    let mut w = Writer::new(&mut buf);
    w.begin_message(0x10, 0, 1, 0).unwrap();
    w.put_attr(1, &vec![0u8; NLA_MAX_VALUE_LEN]).unwrap(); // the largest that fits
    assert_eq!(
        w.put_attr(2, &vec![0u8; NLA_MAX_VALUE_LEN + 1]),
        Err(WriteError::AttrTooLong {
            kind: 2,
            len: NLA_MAX_VALUE_LEN + 1
        })
    );
    // The message is poisoned: it is dropped, never left looking valid.
    assert_eq!(w.put_u8(3, 1), Err(WriteError::Poisoned));
    assert_eq!(
        w.end_message(),
        Err(WriteError::AttrTooLong {
            kind: 2,
            len: NLA_MAX_VALUE_LEN + 1
        })
    );
    assert!(w.as_bytes().is_empty());
}

#[test]
fn nest_longer_than_u16_is_an_error() {
    let mut buf = vec![0u8; 200_000];
    let mut w = Writer::new(&mut buf);
    w.begin_message(0x10, 0, 1, 0).unwrap();
    let n = w.begin_nested(7).unwrap();
    w.put_attr(1, &vec![0u8; 40_000]).unwrap();
    w.put_attr(1, &vec![0u8; 40_000]).unwrap();
    assert!(
        matches!(w.end_nested(n), Err(WriteError::AttrTooLong { kind, .. }) if kind & NLA_TYPE_MASK == 7)
    );
    assert!(w.end_message().is_err());
    assert!(w.as_bytes().is_empty());
}

#[test]
fn running_out_of_room_keeps_earlier_messages_intact() {
    let mut buf = [0u8; 60];
    let mut w = Writer::new(&mut buf);
    w.begin_message(0x10, 0, 1, 0).unwrap();
    w.put_u32(1, 1).unwrap();
    w.end_message().unwrap();
    assert_eq!(w.as_bytes().len(), 24);
    w.begin_message(0x10, 0, 2, 0).unwrap();
    w.put_u32(1, 2).unwrap();
    let err = w.put_attr(2, &[0; 16]).unwrap_err();
    assert!(matches!(err, WriteError::BufferFull { .. }), "{err:?}");
    assert_eq!(w.end_message(), Err(err));
    assert_eq!(w.as_bytes().len(), 24);
    let all: Vec<_> = messages(w.as_bytes()).collect::<Result<_, _>>().unwrap();
    assert_eq!(all.len(), 1);
    // After the failed message the writer is usable again.
    w.begin_message(0x10, 0, 3, 0).unwrap();
    w.end_message().unwrap();
    assert_eq!(messages(w.as_bytes()).count(), 2);
}

#[test]
fn zero_sized_buffer_never_panics() {
    let mut buf = [0u8; 0];
    let mut w = Writer::new(&mut buf);
    assert!(matches!(
        w.begin_message(0x10, 0, 0, 0),
        Err(WriteError::BufferFull { .. })
    ));
    assert_eq!(w.put_u8(1, 1), Err(WriteError::NoMessage));
    assert_eq!(w.end_message(), Err(WriteError::NoMessage));
    assert!(w.as_bytes().is_empty());
}

#[test]
fn misuse_is_reported() {
    let mut buf = [0u8; 256];
    let mut w = Writer::new(&mut buf);
    assert_eq!(w.put(&[1]), Err(WriteError::NoMessage));
    w.begin_message(0x10, 0, 0, 0).unwrap();
    assert_eq!(w.begin_message(0x10, 0, 0, 0), Err(WriteError::MessageOpen));
    let outer = w.begin_nested(1).unwrap();
    let inner = w.begin_nested(2).unwrap();
    // Closing the outer nest first is a mismatch.
    assert_eq!(w.end_nested(outer), Err(WriteError::NestMismatch));
    let _ = inner;
    assert!(w.end_message().is_err());
    // A message with a nest still open is dropped.
    w.begin_message(0x10, 0, 0, 0).unwrap();
    let _open = w.begin_nested(1).unwrap();
    assert_eq!(w.end_message(), Err(WriteError::NestMismatch));
    assert!(w.as_bytes().is_empty());
}

#[test]
fn nests_go_deep_and_cancel_cleanly() {
    let mut buf = [0u8; 1024];
    let mut w = Writer::new(&mut buf);
    w.begin_message(0x10, 0, 0, 0).unwrap();
    let mut stack = Vec::new();
    for i in 0..50 {
        stack.push(w.begin_nested(i).unwrap());
    }
    w.put_u8(99, 1).unwrap();
    while let Some(n) = stack.pop() {
        w.end_nested(n).unwrap();
    }
    let c = w.begin_nested(7).unwrap();
    w.put_u32(1, 5).unwrap();
    let before = w.position();
    w.cancel_nested(c).unwrap();
    assert!(w.position() < before);
    w.end_message().unwrap();
    let m = messages(w.as_bytes()).next().unwrap().unwrap();
    let mut a = m.attrs(0).next().unwrap().unwrap();
    for _ in 0..49 {
        a = a.nested().next().unwrap().unwrap();
    }
    assert_eq!(a.nested().next().unwrap().unwrap().as_u8().unwrap(), 1);
    assert_eq!(m.attrs(0).count(), 1); // the cancelled nest is gone
}

#[test]
fn unaligned_family_header_keeps_its_exact_length() {
    // rtgenmsg is 1 byte: nlmsg_len 17, and the next message starts at 20.
    let mut buf = [0u8; 64];
    let mut w = Writer::new(&mut buf);
    w.begin_message(18, NLM_F_REQUEST | NLM_F_DUMP, 1, 0)
        .unwrap();
    w.put(&[0]).unwrap();
    w.end_message().unwrap();
    assert_eq!(w.as_bytes().len(), 17);
    w.begin_message(22, NLM_F_REQUEST | NLM_F_DUMP, 2, 0)
        .unwrap();
    w.put(&[2]).unwrap();
    w.put_u32(1, 5).unwrap(); // an attribute after it starts aligned
    w.end_message().unwrap();
    let all: Vec<_> = messages(w.as_bytes()).map(Result::unwrap).collect();
    assert_eq!(all[0].header.len, 17);
    assert_eq!(all[1].header.len, 28);
    assert_eq!(
        all[1].attrs(1).next().unwrap().unwrap().as_u32().unwrap(),
        5
    );
    assert_eq!(&w.as_bytes()[17..20], &[0, 0, 0]);
}

#[test]
fn last_message_and_clear() {
    let mut buf = [0u8; 128];
    let mut w = Writer::new(&mut buf);
    assert!(w.last_message().is_none());
    for seq in 1..=3 {
        w.begin_message(0x10, 0, seq, 0).unwrap();
        w.put_u8(1, seq as u8).unwrap();
        w.end_message().unwrap();
    }
    let last = w.last_message().unwrap();
    assert_eq!(nlcodec::Header::parse(last).unwrap().seq, 3);
    w.clear();
    assert!(w.as_bytes().is_empty());
    w.begin_message(0x10, 0, 9, 0).unwrap();
    w.end_message().unwrap();
    assert_eq!(w.as_bytes().len(), 16);
}

#[cfg(feature = "alloc")]
#[test]
fn vec_writer_grows() {
    let mut w = Writer::from_vec(Vec::new());
    for seq in 0..1000 {
        w.begin_message(0x10, 0, seq, 0).unwrap();
        w.put_attr(1, &[7; 100]).unwrap();
        w.end_message().unwrap();
    }
    let v = w.into_vec();
    assert_eq!(v.len(), 1000 * 120);
    assert_eq!(messages(&v).count(), 1000);
}

#[test]
fn put_nested_closes_its_nest_and_poisons_on_error() {
    let mut buf = [0u8; 64];
    let mut w = Writer::new(&mut buf);
    w.begin_message(0x10, 0, 1, 0).unwrap();
    w.put_nested(1, |w| w.put_nested(2, |w| w.put_u8(3, 9)))
        .unwrap();
    w.end_message().unwrap();
    let expect = msg(
        0x10,
        0,
        1,
        &attr(1 | NLA_F_NESTED, &attr(2 | NLA_F_NESTED, &attr(3, &[9]))),
        true,
    );
    assert_eq!(w.as_bytes(), &expect[..]);
    // A body that runs out of room drops the whole message.
    w.begin_message(0x10, 0, 2, 0).unwrap();
    let err = w.put_nested(1, |w| w.put_attr(2, &[0; 64])).unwrap_err();
    assert!(matches!(err, WriteError::BufferFull { .. }));
    assert_eq!(w.end_message(), Err(err));
    assert_eq!(w.as_bytes(), &expect[..]);
}
