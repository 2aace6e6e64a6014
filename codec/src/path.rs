//! Resolving an extended-ACK byte offset to the attribute it points at.

use crate::consts::{align, NLMSG_HDRLEN};
use crate::header::parse_header;
use crate::schema::{NamedPath, Step};
use crate::MAX_NEST_DEPTH;
use core::fmt;

/// A path of attribute types from the outermost nest inward, e.g. `[IFLA_LINKINFO,
/// IFLA_INFO_KIND]`. Holds up to [`MAX_NEST_DEPTH`] entries without allocating.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct AttrPath {
    kinds: [u16; MAX_NEST_DEPTH],
    len: u8,
    exact: bool,
}

impl AttrPath {
    /// Walks the attributes of `request` (a whole message, from its `nlmsghdr` on, after a
    /// family header of `family_header_len` bytes) to the one at byte `offset` (counted from
    /// the `nlmsghdr`, as `NLMSGERR_ATTR_OFFS` and `NLMSGERR_ATTR_MISS_NEST` are).
    ///
    /// The walk descends into a value whenever the offset lies inside it and the value holds a
    /// valid attribute stream (many kernel nests lack `NLA_F_NESTED`). It returns `None` when
    /// the offset is not inside any attribute (in the family header, or past the end).
    /// [`is_exact`](Self::is_exact) tells whether the offset hit the start of the last
    /// attribute of the path, as the kernel's offsets do.
    ///
    /// ```
    /// use nlcodec::{AttrPath, Writer};
    /// let mut buf = [0u8; 64];
    /// let mut w = Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 0, 0).unwrap();
    /// w.put(&[0u8; 4]).unwrap(); // a 4-byte family header
    /// w.put_u32(1, 7).unwrap(); // at offset 20
    /// let outer = w.begin_nested(2).unwrap(); // at 28
    /// w.put_u8(9, 1).unwrap(); // at 32
    /// w.end_nested(outer).unwrap();
    /// w.end_message().unwrap();
    /// let p = AttrPath::resolve(w.as_bytes(), 4, 32).unwrap();
    /// assert_eq!(p.as_slice(), &[2, 9]);
    /// assert!(p.is_exact());
    /// assert_eq!(AttrPath::resolve(w.as_bytes(), 4, 18), None); // inside the family header
    /// ```
    pub fn resolve(request: &[u8], family_header_len: usize, offset: u32) -> Option<AttrPath> {
        let (_, h) = parse_header(request).ok()?;
        let end = (h.len as usize).clamp(NLMSG_HDRLEN, request.len());
        let payload = &request[NLMSG_HDRLEN..end];
        let offset = (offset as usize).checked_sub(NLMSG_HDRLEN)?;
        AttrPath::resolve_payload(payload, family_header_len, offset)
    }

    /// Like [`resolve`](Self::resolve) but on a message payload, with `offset` counted from
    /// the start of the payload.
    pub fn resolve_payload(
        payload: &[u8],
        family_header_len: usize,
        offset: usize,
    ) -> Option<AttrPath> {
        // The one offset walk is `NamedPath`'s; with no descriptors its steps are numbers.
        let start = align(family_header_len);
        let block = payload.get(start..)?;
        NamedPath::resolve_block(block, start, None, offset).map(|p| AttrPath::from(&p))
    }

    /// The attribute types, outermost first.
    ///
    /// ```
    /// let mut buf = [0u8; 64];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 0, 0).unwrap();
    /// w.put_nested(5, |w| w.put_u8(6, 1)).unwrap();
    /// w.end_message().unwrap();
    /// let p = nlcodec::AttrPath::resolve(w.as_bytes(), 0, 20).unwrap();
    /// assert_eq!(p.as_slice(), &[5, 6]);
    /// assert_eq!(p.to_string(), "5/6");
    /// ```
    pub fn as_slice(&self) -> &[u16] {
        &self.kinds[..self.len as usize]
    }

    /// True when the offset pointed exactly at the header of the last attribute in the path.
    pub fn is_exact(&self) -> bool {
        self.exact
    }
}

/// The numbers of a named path: each attribute's type, each entry's index, each record's
/// position (its named form is the same walk, with the descriptors).
///
/// ```
/// use nlcodec::schema::NamedPath;
/// use nlcodec::AttrPath;
/// let mut buf = [0u8; 64];
/// let mut w = nlcodec::Writer::new(&mut buf);
/// w.begin_message(0x10, 0, 0, 0).unwrap();
/// w.put_nested(5, |w| w.put_u8(6, 1)).unwrap();
/// w.end_message().unwrap();
/// let named = NamedPath::resolve_block(&w.as_bytes()[16..], 16, None, 20).unwrap();
/// assert_eq!(AttrPath::from(&named).as_slice(), &[5, 6]);
/// ```
impl From<&NamedPath> for AttrPath {
    fn from(named: &NamedPath) -> AttrPath {
        let mut path = AttrPath {
            kinds: [0; MAX_NEST_DEPTH],
            len: 0,
            exact: named.is_exact(),
        };
        for (slot, step) in path.kinds.iter_mut().zip(named.as_slice()) {
            *slot = match *step {
                Step::Attr { kind, .. } | Step::Index(kind) | Step::Record(kind) => kind,
            };
            path.len += 1;
        }
        path
    }
}

impl fmt::Debug for AttrPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.as_slice()).finish()
    }
}

impl fmt::Display for AttrPath {
    /// Writes the path as `18/1`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, k) in self.as_slice().iter().enumerate() {
            if i > 0 {
                f.write_str("/")?;
            }
            write!(f, "{k}")?;
        }
        Ok(())
    }
}
