//! Resolving an extended-ACK byte offset to the attribute it points at.

use crate::attr::Attrs;
use crate::consts::{align, NLA_HDRLEN, NLMSG_HDRLEN};
use crate::header::parse_header;
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
        AttrPath::resolve_with(request, family_header_len, offset, |_| 0)
    }

    /// Like [`resolve`](Self::resolve), for requests whose nests start with a fixed header
    /// of their own before their attributes (e.g. `VETH_INFO_PEER` holds an `ifinfomsg`):
    /// `inner_header_len(path)` gives the header length inside the nest at `path`.
    ///
    /// ```
    /// use nlcodec::{AttrPath, Writer};
    /// let mut buf = [0u8; 128];
    /// let mut w = Writer::new(&mut buf);
    /// w.begin_message(16, 0, 0, 0).unwrap();
    /// w.put(&[0u8; 16]).unwrap(); // ifinfomsg
    /// let info = w.begin_nested(18).unwrap(); // IFLA_LINKINFO at 32
    /// let data = w.begin_nested(2).unwrap(); // IFLA_INFO_DATA at 36
    /// let peer = w.begin_nested(1).unwrap(); // VETH_INFO_PEER at 40
    /// w.put(&[0u8; 16]).unwrap(); // the peer's ifinfomsg
    /// w.put_str(3, "p0").unwrap(); // the peer's IFLA_IFNAME at 60
    /// for n in [peer, data, info] {
    ///     w.end_nested(n).unwrap();
    /// }
    /// w.end_message().unwrap();
    /// let peer_header = |path: &[u16]| if path == [18, 2, 1] { 16 } else { 0 };
    /// let p = AttrPath::resolve_with(w.as_bytes(), 16, 60, peer_header).unwrap();
    /// assert_eq!(p.as_slice(), &[18, 2, 1, 3]);
    /// ```
    pub fn resolve_with(
        request: &[u8],
        family_header_len: usize,
        offset: u32,
        inner_header_len: impl Fn(&[u16]) -> usize,
    ) -> Option<AttrPath> {
        let (_, h) = parse_header(request).ok()?;
        let end = (h.len as usize).clamp(NLMSG_HDRLEN, request.len());
        let payload = &request[NLMSG_HDRLEN..end];
        let offset = (offset as usize).checked_sub(NLMSG_HDRLEN)?;
        AttrPath::walk(payload, family_header_len, offset, inner_header_len)
    }

    /// Like [`resolve`](Self::resolve) but on a message payload, with `offset` counted from
    /// the start of the payload.
    pub fn resolve_payload(
        payload: &[u8],
        family_header_len: usize,
        offset: usize,
    ) -> Option<AttrPath> {
        AttrPath::walk(payload, family_header_len, offset, |_| 0)
    }

    fn walk(
        payload: &[u8],
        family_header_len: usize,
        offset: usize,
        inner_header_len: impl Fn(&[u16]) -> usize,
    ) -> Option<AttrPath> {
        let start = align(family_header_len);
        let mut block = payload.get(start..)?;
        let mut base = start;
        let mut path = AttrPath {
            kinds: [0; MAX_NEST_DEPTH],
            len: 0,
            exact: false,
        };
        loop {
            let hit = Attrs::with_base(block, base)
                .map_while(Result::ok)
                .find(|a| a.offset() <= offset && offset < a.offset() + align(a.len()));
            let Some(a) = hit else {
                return (path.len > 0).then_some(path);
            };
            if path.len as usize == MAX_NEST_DEPTH {
                return Some(path);
            }
            path.kinds[path.len as usize] = a.kind();
            path.len += 1;
            if offset == a.offset() {
                path.exact = true;
                return Some(path);
            }
            let skip = align(inner_header_len(path.as_slice())).min(a.value().len());
            let inner_block = &a.value()[skip..];
            let inner_base = a.offset() + NLA_HDRLEN + skip;
            let valid = !inner_block.is_empty()
                && Attrs::with_base(inner_block, inner_base).all(|r| r.is_ok());
            if offset < inner_base || !valid {
                return Some(path);
            }
            block = inner_block;
            base = inner_base;
        }
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
