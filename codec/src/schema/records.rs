//! The walk over a record-list value (e.g. `RTA_MULTIPATH`): records that each start with
//! their own `u16` length, a fixed header, then attributes up to that length.

use crate::attr::Attrs;
use crate::consts::{align, NLA_HDRLEN};

/// One record of a record list.
#[derive(Debug, Clone)]
pub struct Record<'a> {
    /// Its index in the list, from 0.
    pub index: u16,
    /// Where it starts, counted like the attribute's own offset.
    pub offset: usize,
    /// Its own length (the `u16` it starts with).
    pub len: usize,
    /// Its fixed header's bytes.
    pub header: &'a [u8],
    /// The attributes after the header, up to the record's length.
    pub attrs: Attrs<'a>,
}

/// Where and why a record list stopped early.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RecordError {
    /// The index the bad record would have had.
    pub index: u16,
    /// Where it starts, counted like the attribute's own offset.
    pub offset: usize,
    /// The length it claims (shorter than its header, or past the value); `None` when fewer
    /// than 2 bytes were left, no room for a length.
    pub len: Option<usize>,
    /// The bytes left in the value from `offset`.
    pub available: usize,
}

/// Iterates over the records of a record-list value whose fixed header is `header_len`
/// bytes; fused after the first error.
///
/// ```
/// use nlcodec::schema::RecordWalk;
/// // Two records with a 4-byte header (u16 length first) and no attributes.
/// let mut v = [0u8; 8];
/// v[..2].copy_from_slice(&4u16.to_ne_bytes());
/// v[4..6].copy_from_slice(&4u16.to_ne_bytes());
/// let walk = RecordWalk::new(&v, 4, 100);
/// let offsets: Vec<usize> = walk.map(|r| r.unwrap().offset).collect();
/// assert_eq!(offsets, [100, 104]);
/// ```
#[derive(Debug, Clone)]
pub struct RecordWalk<'a> {
    value: &'a [u8],
    header_len: usize,
    base: usize,
    pos: usize,
    index: u16,
}

impl<'a> RecordWalk<'a> {
    /// A walk over `value`, the value of an attribute whose value starts at `base`.
    pub fn new(value: &'a [u8], header_len: usize, base: usize) -> RecordWalk<'a> {
        RecordWalk {
            value,
            header_len,
            base,
            pos: 0,
            index: 0,
        }
    }

    /// A walk over the value of the record-list attribute `a`.
    pub fn of(a: &crate::Attr<'a>, header_len: usize) -> RecordWalk<'a> {
        RecordWalk::new(a.value(), header_len, a.offset() + NLA_HDRLEN)
    }
}

impl<'a> Iterator for RecordWalk<'a> {
    type Item = Result<Record<'a>, RecordError>;

    fn next(&mut self) -> Option<Self::Item> {
        let v = self.value;
        let pos = self.pos;
        if pos >= v.len() {
            return None;
        }
        // Fused from here on, whatever happens.
        self.pos = v.len();
        let index = self.index;
        let error = |len| RecordError {
            index,
            offset: self.base + pos,
            len,
            available: v.len() - pos,
        };
        let Some(lb) = v.get(pos..pos + 2) else {
            return Some(Err(error(None)));
        };
        let len = u16::from_ne_bytes([lb[0], lb[1]]) as usize;
        if len < self.header_len.max(2) || pos + len > v.len() {
            return Some(Err(error(Some(len))));
        }
        let skip = align(self.header_len).min(len);
        self.pos = pos + align(len);
        self.index = index.wrapping_add(1);
        Some(Ok(Record {
            index,
            offset: self.base + pos,
            len,
            header: &v[pos..pos + self.header_len],
            attrs: Attrs::with_base(&v[pos + skip..pos + len], self.base + pos + skip),
        }))
    }
}

impl core::iter::FusedIterator for RecordWalk<'_> {}
