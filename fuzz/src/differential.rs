//! The `differential` target: the codec's walks against a plain walk written from the
//! kernel's macros (`include/uapi/linux/netlink.h`, `include/net/netlink.h`).
//!
//! The reference follows the macros literally, with the kernel's signed remaining length:
//!
//! - `NLMSG_OK(nlh, len)`: `len >= 16 && nlh->nlmsg_len >= 16 && nlh->nlmsg_len <= len`;
//!   `NLMSG_NEXT` subtracts `NLMSG_ALIGN(nlmsg_len)` from `len` (which may go negative).
//! - `nla_ok(nla, rem)`: `rem >= 4 && nla->nla_len >= 4 && nla->nla_len <= rem`;
//!   `nla_next` subtracts `NLA_ALIGN(nla_len)`.
//! - `nlmsg_parse(nlh, hdrlen, ...)`: `-EINVAL` when `nlmsg_len < NLMSG_LENGTH(hdrlen)`;
//!   otherwise the attributes are the `nlmsg_len - NLMSG_SPACE(hdrlen)` bytes at
//!   `NLMSG_ALIGN(hdrlen)`, none at all when that length is negative.
//!
//! Where the macros simply stop, the codec gives a verdict. The differences are intended and
//! encoded exactly in [`expected_msg_error`] and [`expected_attr_end`]:
//!
//! 1. A message header whose `nlmsg_len` is below 16 or past the end: the macros stop, the
//!    codec yields `MessageLenTooSmall` / `MessageLenOverrun` at that offset.
//! 2. 1 to 15 bytes after the last message: the macros stop, the codec yields
//!    `Truncated { MessageHeader }` at that offset.
//! 3. An attribute header whose `nla_len` is below 4 or past the end of its block: the macros
//!    stop, the codec yields `AttrLenTooSmall` / `AttrLenOverrun`.
//! 4. 1 to 3 bytes after the last attribute: both stop quietly; the codec keeps them in
//!    `Attrs::trailing`.
//!
//! A payload shorter than the family header is `-EINVAL` for `nlmsg_parse` and
//! `Truncated { FamilyHeader }` for the codec. A payload at least `hdrlen` but less than
//! `NLMSG_ALIGN(hdrlen)` long (a family header whose size is not a multiple of 4, at the very
//! end) has no attributes for both ([`check_message_attrs`] checks this with a 5-byte header).

use nlcodec::consts::{align, NLA_HDRLEN, NLMSG_HDRLEN, NLMSG_MIN_TYPE};
use nlcodec::error::Structure;
use nlcodec::{messages, Attrs, Error, MAX_NEST_DEPTH};
use nlcodec_families::runtime::family_header_len;

/// How a reference walk ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefEnd {
    /// The remaining length reached 0 or went negative: every byte was walked.
    Clean,
    /// Fewer bytes than a header were left at `offset`.
    Short {
        /// Where the leftover bytes start.
        offset: usize,
        /// How many there are.
        len: usize,
    },
    /// The header at `offset` failed the length test.
    BadLen {
        /// Where the header starts.
        offset: usize,
        /// The length field found there.
        len: u32,
        /// Bytes left from `offset`.
        available: usize,
    },
}

/// A reference walk: the `(offset, length)` of every element it accepted, and how it ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefWalk {
    /// Offset and length field of each accepted message or attribute.
    pub items: Vec<(usize, usize)>,
    /// How the walk ended.
    pub end: RefEnd,
}

fn read_u16(b: &[u8], at: usize) -> u16 {
    u16::from_ne_bytes([b[at], b[at + 1]])
}

fn read_u32(b: &[u8], at: usize) -> u32 {
    u32::from_ne_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

/// `for (nlh = buf, len = buf.len(); NLMSG_OK(nlh, len); nlh = NLMSG_NEXT(nlh, len))`.
pub fn ref_messages(buf: &[u8]) -> RefWalk {
    let mut items = Vec::new();
    let mut off = 0usize;
    let mut rem = buf.len() as i64;
    loop {
        if rem <= 0 {
            return RefWalk {
                items,
                end: RefEnd::Clean,
            };
        }
        if rem < NLMSG_HDRLEN as i64 {
            return RefWalk {
                items,
                end: RefEnd::Short {
                    offset: off,
                    len: rem as usize,
                },
            };
        }
        let len = read_u32(buf, off);
        if (len as i64) < NLMSG_HDRLEN as i64 || len as i64 > rem {
            return RefWalk {
                items,
                end: RefEnd::BadLen {
                    offset: off,
                    len,
                    available: rem as usize,
                },
            };
        }
        items.push((off, len as usize));
        let step = align(len as usize);
        off += step;
        rem -= step as i64;
    }
}

/// `nla_for_each_attr(nla, head, len, rem)`, offsets reported from `base`.
pub fn ref_attrs(block: &[u8], base: usize) -> RefWalk {
    let mut items = Vec::new();
    let mut off = 0usize;
    let mut rem = block.len() as i64;
    loop {
        if rem <= 0 {
            return RefWalk {
                items,
                end: RefEnd::Clean,
            };
        }
        if rem < NLA_HDRLEN as i64 {
            return RefWalk {
                items,
                end: RefEnd::Short {
                    offset: base + off,
                    len: rem as usize,
                },
            };
        }
        let len = read_u16(block, off);
        if (len as usize) < NLA_HDRLEN || len as i64 > rem {
            return RefWalk {
                items,
                end: RefEnd::BadLen {
                    offset: base + off,
                    len: len as u32,
                    available: rem as usize,
                },
            };
        }
        items.push((base + off, len as usize));
        let step = align(len as usize);
        off += step;
        rem -= step as i64;
    }
}

/// The codec error a message stream must end with, given how the reference walk ended
/// (differences 1 and 2).
pub fn expected_msg_error(end: RefEnd) -> Option<Error> {
    match end {
        RefEnd::Clean => None,
        RefEnd::Short { offset, len } => Some(Error::Truncated {
            what: Structure::MessageHeader,
            offset,
            needed: NLMSG_HDRLEN,
            available: len,
        }),
        RefEnd::BadLen { offset, len, .. } if (len as usize) < NLMSG_HDRLEN => {
            Some(Error::MessageLenTooSmall { offset, len })
        }
        RefEnd::BadLen {
            offset,
            len,
            available,
        } => Some(Error::MessageLenOverrun {
            offset,
            len,
            available,
        }),
    }
}

/// The codec's verdict on an attribute block, given how the reference walk ended
/// (differences 3 and 4): `Ok(n)` is a quiet end with `n` trailing bytes.
pub fn expected_attr_end(end: RefEnd) -> Result<usize, Error> {
    match end {
        RefEnd::Clean => Ok(0),
        RefEnd::Short { len, .. } => Ok(len),
        RefEnd::BadLen { offset, len, .. } if (len as usize) < NLA_HDRLEN => {
            Err(Error::AttrLenTooSmall {
                offset,
                len: len as u16,
            })
        }
        RefEnd::BadLen {
            offset,
            len,
            available,
        } => Err(Error::AttrLenOverrun {
            offset,
            len: len as u16,
            available,
        }),
    }
}

/// Compares the codec's walk of one attribute block with the reference, then recurses into
/// every value of at least 4 bytes (nested flag or not) down to [`MAX_NEST_DEPTH`] levels.
pub fn compare_attrs(it: Attrs<'_>, block: &[u8], base: usize, depth: usize) {
    let reference = ref_attrs(block, base);
    let mut it = it;
    let mut got = Vec::new();
    let mut err = None;
    for r in it.by_ref() {
        match r {
            Ok(a) => got.push(a),
            Err(e) => err = Some(e),
        }
    }
    let items: Vec<(usize, usize)> = got.iter().map(|a| (a.offset(), a.len())).collect();
    assert_eq!(
        items, reference.items,
        "attribute boundaries differ at depth {depth}"
    );
    let verdict = match err {
        Some(e) => Err(e),
        None => Ok(it.trailing().len()),
    };
    assert_eq!(
        verdict,
        expected_attr_end(reference.end),
        "attribute verdicts differ at depth {depth}"
    );
    if depth + 1 < MAX_NEST_DEPTH {
        for a in got {
            if a.value().len() >= NLA_HDRLEN {
                compare_attrs(a.nested(), a.value(), a.offset() + NLA_HDRLEN, depth + 1);
            }
        }
    }
}

/// `nlmsg_parse` against `Message::attrs` for a family header of `hl` bytes.
pub fn check_message_attrs(m: &nlcodec::Message<'_>, hl: usize) {
    let nlmsg_len = m.header.len as usize;
    let attrs = m.attrs(hl);
    if nlmsg_len < NLMSG_HDRLEN + hl {
        // -EINVAL in the kernel; the codec: the family header is cut short.
        let first = attrs.clone().next();
        assert!(
            matches!(
                first,
                Some(Err(Error::Truncated {
                    what: Structure::FamilyHeader,
                    ..
                }))
            ),
            "short family header: {first:?}"
        );
        return;
    }
    // The kernel's attribute block: `nlmsg_len - NLMSG_SPACE(hdrlen)` bytes at
    // `NLMSG_ALIGN(hdrlen)`, nothing when that is negative (an unaligned family header at the
    // very end of the message). The codec must see the same block.
    let attrlen = nlmsg_len as i64 - align(NLMSG_HDRLEN + hl) as i64;
    let start = align(hl).min(m.payload.len());
    assert_eq!(m.payload.len() - start, attrlen.max(0) as usize);
    compare_attrs(attrs, &m.payload[start..], NLMSG_HDRLEN + start, 0);
}

/// Runs the codec and the reference over `data` as a message stream (same messages, same
/// verdict), then over every message's attributes (after no family header, after the
/// rtnetlink family header its type implies, and after an unaligned 5-byte header), and over
/// `data` as one attribute block; nests are compared recursively.
pub fn check_differential(data: &[u8]) {
    let reference = ref_messages(data);
    let mut got = Vec::new();
    let mut err = None;
    for r in messages(data) {
        match r {
            Ok(m) => got.push(m),
            Err(e) => err = Some(e),
        }
    }
    let mut offsets = Vec::with_capacity(got.len());
    let mut off = 0;
    for m in &got {
        offsets.push((off, m.header.len as usize));
        off += align(m.header.len as usize);
    }
    assert_eq!(offsets, reference.items, "message boundaries differ");
    assert_eq!(
        err,
        expected_msg_error(reference.end),
        "stream verdicts differ"
    );

    for m in &got {
        check_message_attrs(m, 0);
        if m.header.kind >= NLMSG_MIN_TYPE {
            let hl = family_header_len(nlcodec::Protocol::ROUTE)(m.header.kind);
            if hl != 0 {
                check_message_attrs(m, hl);
            }
        }
        check_message_attrs(m, 5);
    }
    compare_attrs(nlcodec::attrs(data), data, 0, 0);
}
