//! Hand-built wire bytes for the tests, independent of the codec's own writer.
#![allow(dead_code)]

use nlcodec::schema::{AttrDesc, AttrSet, AttrType};

/// Appends an `nlmsghdr` with the given fields.
pub fn hdr(out: &mut Vec<u8>, len: u32, kind: u16, flags: u16, seq: u32, pid: u32) {
    out.extend_from_slice(&len.to_ne_bytes());
    out.extend_from_slice(&kind.to_ne_bytes());
    out.extend_from_slice(&flags.to_ne_bytes());
    out.extend_from_slice(&seq.to_ne_bytes());
    out.extend_from_slice(&pid.to_ne_bytes());
}

/// A whole message: header (with the right length) plus payload, padded to 4 when `pad`.
pub fn msg(kind: u16, flags: u16, seq: u32, payload: &[u8], pad: bool) -> Vec<u8> {
    let mut v = Vec::new();
    hdr(&mut v, 16 + payload.len() as u32, kind, flags, seq, 0);
    v.extend_from_slice(payload);
    if pad {
        while v.len() % 4 != 0 {
            v.push(0);
        }
    }
    v
}

/// An attribute with its padding.
pub fn attr(kind: u16, value: &[u8]) -> Vec<u8> {
    let mut v = Vec::new();
    v.extend_from_slice(&(4 + value.len() as u16).to_ne_bytes());
    v.extend_from_slice(&kind.to_ne_bytes());
    v.extend_from_slice(value);
    while v.len() % 4 != 0 {
        v.push(0);
    }
    v
}

/// A raw attribute header with an arbitrary `nla_len`.
pub fn raw_attr_header(len: u16, kind: u16) -> Vec<u8> {
    let mut v = Vec::new();
    v.extend_from_slice(&len.to_ne_bytes());
    v.extend_from_slice(&kind.to_ne_bytes());
    v
}

/// Concatenates byte vectors.
pub fn cat(parts: &[&[u8]]) -> Vec<u8> {
    parts.iter().flat_map(|p| p.iter().copied()).collect()
}

/// A descriptor for the tests: the same names for every type.
pub const fn d(kind: u16, ty: AttrType) -> AttrDesc {
    AttrDesc::new("a", "A", kind, ty)
}

/// The nest of [`OUTER`]'s type 9.
pub static INNER: AttrSet = AttrSet::new(
    "inner",
    &[
        AttrDesc::UNKNOWN,
        d(1, AttrType::String).max_len(4),
        d(2, AttrType::U8),
    ],
);
/// One attribute of most types and checks (type 10 is a gap, 13 an undescribed nest).
pub static OUTER: AttrSet = AttrSet::new(
    "outer",
    &[
        AttrDesc::UNKNOWN,
        d(1, AttrType::U8),
        d(2, AttrType::U16),
        d(3, AttrType::U32),
        d(4, AttrType::U64),
        d(5, AttrType::Flag),
        d(6, AttrType::String).unterminated_ok().max_len(3),
        d(7, AttrType::String),
        d(8, AttrType::Binary).min_len(2).max_len(4),
        d(9, AttrType::Nest).nested(&INNER),
        AttrDesc::UNKNOWN, // 10: a gap
        d(11, AttrType::S32),
        d(12, AttrType::Uint),
        d(13, AttrType::Nest),
    ],
);
