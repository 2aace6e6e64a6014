//! The views' fast length check (`Check`, one array per set built from the descriptors) never
//! lets through a value the full descriptor check rejects, for every attribute of every set
//! and every length up to past the "32 or more" bucket; and every view rejects exactly what
//! the full check rejects, through the generated parse.

use nlcodec::consts::NLA_HDRLEN;
use nlcodec::schema::AttrType;
use nlcodec_families::runtime::{Check, RoundtripError};
use nlcodec_families::ROUNDTRIPS;

/// Values of `len` bytes to try: ASCII letters, all-ones (invalid UTF-8) and zeros.
fn values(len: usize) -> [Vec<u8>; 3] {
    [vec![b'a'; len], vec![0xff; len], vec![0; len]]
}

#[test]
fn fast_check_is_never_looser_than_the_full_check() {
    let mut checked = 0usize;
    for rt in ROUNDTRIPS.iter().flat_map(|t| t.iter()) {
        for d in rt.set.iter() {
            let fast = Check::of(d);
            for len in 0..=80 {
                for v in values(len) {
                    if fast.passes(len) {
                        assert!(
                            Check::full(d, &v, 0).is_ok(),
                            "{}.{}: fast check passes {len} bytes the full check rejects",
                            rt.set.name,
                            d.name
                        );
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 100_000, "only {checked} cases");
}

#[test]
fn views_reject_exactly_what_the_full_check_rejects() {
    let (mut accepted, mut rejected) = (0usize, 0usize);
    let mut out = vec![0u8; 512];
    for rt in ROUNDTRIPS.iter().flat_map(|t| t.iter()) {
        for d in rt.set.iter() {
            // Nests, sub-messages and the like hold a block of their own: their contents are
            // the round-trip property's business.
            let plain = d.ty.is_int()
                || d.ty.fixed_len().is_some()
                || d.ty == AttrType::String
                || (d.ty == AttrType::Binary && d.header.is_none());
            if !plain {
                continue;
            }
            for len in [0, 1, 2, 3, 4, 5, 6, 8, 12, 16, 20, 40] {
                for v in values(len) {
                    let mut block = vec![];
                    block.extend_from_slice(&((NLA_HDRLEN + len) as u16).to_ne_bytes());
                    block.extend_from_slice(&d.kind.to_ne_bytes());
                    block.extend_from_slice(&v);
                    block.resize(block.len().next_multiple_of(4), 0);
                    let mut w = nlcodec::Writer::new(&mut out);
                    w.begin_message(0x10, 0, 0, 0).unwrap();
                    let view = (rt.run)(nlcodec::Attrs::with_base(&block, 0), &mut w);
                    let full = Check::full(d, &v, 0);
                    match (&full, &view) {
                        (Ok(()), Ok(_)) | (Ok(()), Err(RoundtripError::Write(_))) => accepted += 1,
                        (Err(e), Err(RoundtripError::Parse(f))) => {
                            assert_eq!(e, f, "{}.{} len {len}", rt.set.name, d.name);
                            rejected += 1;
                        }
                        _ => panic!(
                            "{}.{} len {len}: full check {full:?}, view {view:?}",
                            rt.set.name, d.name
                        ),
                    }
                }
            }
        }
    }
    assert!(
        accepted > 1000 && rejected > 1000,
        "{accepted} / {rejected}"
    );
}
