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
