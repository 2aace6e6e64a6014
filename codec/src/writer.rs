//! The writer: messages, family headers, attributes and nests into a caller's buffer.

use crate::consts::{align, NLA_F_NESTED, NLA_HDRLEN, NLA_MAX_VALUE_LEN, NLMSG_HDRLEN};
use crate::error::WriteError;
use crate::family::FamilyHeader;
use crate::header::Header;

/// Where a [`Writer`] puts its bytes: a fixed `&mut [u8]`, or (feature `alloc`) a growable
/// `Vec<u8>`. The bytes addressable now are its `as_ref()` / `as_mut()`.
pub trait Buffer: AsRef<[u8]> + AsMut<[u8]> {
    /// Makes at least `len` bytes addressable; false when the buffer cannot grow that far.
    fn ensure(&mut self, len: usize) -> bool;
}

impl Buffer for &mut [u8] {
    #[inline]
    fn ensure(&mut self, len: usize) -> bool {
        len <= self.len()
    }
}

#[cfg(feature = "alloc")]
impl Buffer for alloc::vec::Vec<u8> {
    #[inline]
    fn ensure(&mut self, len: usize) -> bool {
        if len > self.len() {
            self.resize(len, 0);
        }
        true
    }
}

/// An open nest, returned by [`Writer::begin_nested`] and handed back to
/// [`Writer::end_nested`] or [`Writer::cancel_nested`].
#[derive(Debug, PartialEq, Eq)]
#[must_use = "a nest must be closed with end_nested or cancel_nested"]
pub struct Nest {
    start: usize,
    depth: u32,
    /// The message the nest belongs to (see `Writer::message`): a handle kept past the end
    /// or cancellation of its message is refused by the next one.
    message: u32,
}

/// Writes netlink messages into a buffer, with no allocation on a fixed buffer.
///
/// Lengths are filled in when a message or nest ends. Attributes are padded to 4 bytes,
/// messages start 4-byte aligned, and the last message is not padded (its `nlmsg_len` never
/// counts padding it does not need). An error inside a message poisons it: the message is
/// dropped by [`end_message`](Self::end_message) (which returns the error) or
/// [`cancel_message`](Self::cancel_message), and [`as_bytes`](Self::as_bytes) only ever shows
/// finished messages.
///
/// ```
/// use nlcodec::{Writer, WriteError, consts::*};
/// let mut buf = [0u8; 48];
/// let mut w = Writer::new(&mut buf);
/// w.begin_message(18, NLM_F_REQUEST | NLM_F_DUMP, 1, 0).unwrap(); // RTM_GETLINK
/// w.put(&[0u8; 16]).unwrap(); // ifinfomsg
/// w.put_u32(29, 1).unwrap(); // IFLA_EXT_MASK
/// w.end_message().unwrap();
/// assert_eq!(w.as_bytes().len(), 40);
///
/// // A second message does not fit: it is dropped whole, the first one stays.
/// w.begin_message(18, NLM_F_REQUEST, 2, 0).unwrap_err();
/// assert_eq!(w.as_bytes().len(), 40);
/// ```
#[derive(Debug)]
pub struct Writer<B: Buffer> {
    buf: B,
    pos: usize,
    committed: usize,
    msg_start: Option<usize>,
    open_nests: u32,
    poison: Option<WriteError>,
    /// Counts `begin_message` calls, to tell nests of an earlier message from current ones.
    message: u32,
}

impl<'b> Writer<&'b mut [u8]> {
    /// A writer over a caller's fixed buffer.
    #[inline]
    pub fn new(buf: &'b mut [u8]) -> Self {
        Writer::with_buffer(buf)
    }
}

#[cfg(feature = "alloc")]
impl Writer<alloc::vec::Vec<u8>> {
    /// A writer over a growable `Vec<u8>` (cleared first).
    ///
    /// ```
    /// let mut w = nlcodec::Writer::from_vec(Vec::new());
    /// w.begin_message(0x10, 0, 1, 0).unwrap();
    /// w.put_attr(1, &[0u8; 1000]).unwrap();
    /// w.end_message().unwrap();
    /// assert_eq!(w.into_vec().len(), 1020);
    /// ```
    pub fn from_vec(mut v: alloc::vec::Vec<u8>) -> Self {
        v.clear();
        Writer::with_buffer(v)
    }

    /// The finished messages as a `Vec<u8>`.
    pub fn into_vec(self) -> alloc::vec::Vec<u8> {
        let mut v = self.buf;
        v.truncate(self.committed);
        v
    }
}

impl<B: Buffer> Writer<B> {
    /// A writer over any [`Buffer`].
    ///
    /// ```
    /// let mut buf = [0u8; 32];
    /// let w = nlcodec::Writer::with_buffer(&mut buf[..]);
    /// assert_eq!(w.position(), 0);
    /// ```
    pub fn with_buffer(buf: B) -> Self {
        Writer {
            buf,
            pos: 0,
            committed: 0,
            msg_start: None,
            open_nests: 0,
            poison: None,
            message: 0,
        }
    }

    /// The finished messages (never a message still open or dropped).
    ///
    /// ```
    /// let mut buf = [0u8; 128];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 1, 0).unwrap();
    /// assert!(w.as_bytes().is_empty()); // the open message is not shown
    /// w.end_message().unwrap();
    /// assert_eq!(w.as_bytes().len(), 16);
    /// ```
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        &self.buf.as_ref()[..self.committed]
    }

    /// The last finished message, if the writer has one since the last [`clear`](Self::clear).
    pub fn last_message(&self) -> Option<&[u8]> {
        let bytes = self.as_bytes();
        let mut last = None;
        let mut off = 0;
        for m in crate::messages(bytes).flatten() {
            last = Some(off);
            off += align(m.header.len as usize);
        }
        last.map(|o| &bytes[o..])
    }

    /// Bytes written so far, the open message included.
    ///
    /// ```
    /// let mut buf = [0u8; 128];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 1, 0).unwrap();
    /// w.put_u8(1, 1).unwrap();
    /// assert_eq!(w.position(), 24);
    /// ```
    #[inline]
    pub fn position(&self) -> usize {
        self.pos
    }

    /// Overwrites bytes already written in the open message, e.g. a record's own length
    /// field once its content is known (`struct rtnexthop`'s `rtnh_len`). Only bytes of the
    /// open message after its `nlmsghdr` can be patched; anything else is
    /// [`WriteError::NoMessage`] or [`WriteError::NestMismatch`], never a panic.
    ///
    /// ```
    /// let mut buf = [0u8; 64];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 1, 0).unwrap();
    /// let at = w.position();
    /// w.put(&[0, 0, 7, 7]).unwrap();
    /// w.patch(at, &4u16.to_ne_bytes()).unwrap();
    /// assert!(w.patch(0, &[1]).is_err()); // the nlmsghdr is the writer's
    /// w.end_message().unwrap();
    /// assert_eq!(&w.as_bytes()[16..18], &4u16.to_ne_bytes());
    /// ```
    pub fn patch(&mut self, at: usize, bytes: &[u8]) -> Result<(), WriteError> {
        let start = self.msg_start.ok_or(WriteError::NoMessage)?;
        let end = at
            .checked_add(bytes.len())
            .ok_or(WriteError::NestMismatch)?;
        if at < start + NLMSG_HDRLEN || end > self.pos {
            return Err(WriteError::NestMismatch);
        }
        match self.buf.as_mut().get_mut(at..end) {
            Some(dst) => {
                dst.copy_from_slice(bytes);
                Ok(())
            }
            None => Err(WriteError::NestMismatch),
        }
    }

    /// Forgets everything written; the buffer is reused.
    ///
    /// ```
    /// let mut buf = [0u8; 128];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 1, 0).unwrap();
    /// w.end_message().unwrap();
    /// w.clear();
    /// assert!(w.as_bytes().is_empty());
    /// ```
    pub fn clear(&mut self) {
        self.pos = 0;
        self.committed = 0;
        self.cancel_message();
    }

    /// Gives the buffer back.
    pub fn into_inner(self) -> B {
        self.buf
    }

    /// The error for a buffer that cannot reach `end` bytes.
    #[cold]
    fn full(&mut self, end: usize) -> WriteError {
        let available = self.buf.as_ref().len().saturating_sub(self.pos);
        let needed = end.saturating_sub(self.pos);
        self.poisoned(WriteError::BufferFull { needed, available })
    }

    #[cold]
    fn poisoned(&mut self, e: WriteError) -> WriteError {
        if self.msg_start.is_some() && self.poison.is_none() {
            self.poison = Some(e);
        }
        e
    }

    #[inline]
    fn check_open(&self) -> Result<(), WriteError> {
        match (self.msg_start, self.poison) {
            (None, _) => Err(WriteError::NoMessage),
            (Some(_), Some(_)) => Err(WriteError::Poisoned),
            _ => Ok(()),
        }
    }

    /// Makes room for `n` bytes at `at`, zero-filling the gap from `pos`; returns the end.
    #[inline]
    fn reserve(&mut self, at: usize, n: usize) -> Result<usize, WriteError> {
        let end = at.checked_add(n).ok_or(WriteError::BufferFull {
            needed: n,
            available: 0,
        })?;
        if !self.buf.ensure(end) {
            return Err(self.full(end));
        }
        zero_gap(&mut self.buf.as_mut()[self.pos..at]);
        Ok(end)
    }

    /// Starts a message. Its `nlmsg_len` is written by [`end_message`](Self::end_message).
    ///
    /// ```
    /// let mut buf = [0u8; 128];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(18, nlcodec::consts::NLM_F_REQUEST, 1, 0).unwrap();
    /// w.end_message().unwrap();
    /// assert_eq!(nlcodec::Header::parse(w.as_bytes()).unwrap().len, 16);
    /// ```
    pub fn begin_message(
        &mut self,
        kind: u16,
        flags: u16,
        seq: u32,
        pid: u32,
    ) -> Result<(), WriteError> {
        if self.msg_start.is_some() {
            return Err(WriteError::MessageOpen);
        }
        self.pos = self.committed;
        let start = align(self.pos);
        let end = self.reserve(start, NLMSG_HDRLEN)?;
        let h = Header {
            len: 0,
            kind,
            flags,
            seq,
            pid,
        };
        let out = &mut self.buf.as_mut()[start..end];
        if let Ok(out) = <&mut [u8; NLMSG_HDRLEN]>::try_from(out) {
            h.emit(out);
        }
        self.msg_start = Some(start);
        self.message = self.message.wrapping_add(1);
        self.pos = end;
        Ok(())
    }

    /// Writes raw bytes into the open message, unpadded: a family header, or any payload.
    ///
    /// ```
    /// let mut buf = [0u8; 128];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(18, 0, 1, 0).unwrap();
    /// w.put(&[0]).unwrap(); // a 1-byte rtgenmsg: nlmsg_len stays 17
    /// w.end_message().unwrap();
    /// assert_eq!(w.as_bytes().len(), 17);
    /// ```
    pub fn put(&mut self, bytes: &[u8]) -> Result<(), WriteError> {
        self.check_open()?;
        let end = self.reserve(self.pos, bytes.len())?;
        self.buf.as_mut()[self.pos..end].copy_from_slice(bytes);
        self.pos = end;
        Ok(())
    }

    /// Writes a family header (`ifinfomsg`, `genlmsghdr`, ...).
    ///
    /// ```
    /// use nlcodec::family::genl::GenlMsgHdr;
    /// let mut buf = [0u8; 64];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(16, 1, 1, 0).unwrap();
    /// w.put_header(&GenlMsgHdr { cmd: 3, version: 2, reserved: 0 }).unwrap();
    /// w.end_message().unwrap();
    /// assert_eq!(w.as_bytes().len(), 20);
    /// ```
    #[inline]
    pub fn put_header<H: FamilyHeader>(&mut self, h: &H) -> Result<(), WriteError> {
        self.check_open()?;
        let end = self.reserve(self.pos, H::LEN)?;
        let out = &mut self.buf.as_mut()[self.pos..end];
        // Bytes a header leaves alone (padding) go out as zeros, not as stale buffer contents.
        out.fill(0);
        h.emit(out);
        self.pos = end;
        Ok(())
    }

    /// Lays out one attribute of type `kind` with a `len`-byte value at the next aligned
    /// position: the alignment gap and the value's padding zeroed, the header written; returns
    /// the value's bytes for the caller to fill. Padding takes no branches: one zero word at
    /// `pos` covers the 0..=3 byte gap before the header, one at the end covers the padding,
    /// and the header and value go over them (both words lie inside `pos..end`, as
    /// `end - pos >= 4`).
    #[inline(always)]
    fn attr_slot(&mut self, kind: u16, len: usize) -> Result<&mut [u8], WriteError> {
        self.check_open()?;
        if len > NLA_MAX_VALUE_LEN {
            return Err(self.poisoned(WriteError::AttrTooLong { kind, len }));
        }
        let pos = self.pos;
        let start = align(pos);
        let end = start + align(NLA_HDRLEN + len);
        if !self.buf.ensure(end) {
            return Err(self.full(end));
        }
        self.pos = end;
        let buf = self.buf.as_mut();
        if let Some(w) = buf.get_mut(pos..pos + 4) {
            w.copy_from_slice(&[0; 4]);
        }
        if let Some(w) = buf.get_mut(end - 4..end) {
            w.copy_from_slice(&[0; 4]);
        }
        let out = &mut buf[start..start + NLA_HDRLEN + len];
        out[0..2].copy_from_slice(&((NLA_HDRLEN + len) as u16).to_ne_bytes());
        out[2..4].copy_from_slice(&kind.to_ne_bytes());
        Ok(&mut out[NLA_HDRLEN..])
    }

    /// Writes an attribute whose value `fill` writes in place into `len` zeroed bytes.
    ///
    /// ```
    /// let mut buf = [0u8; 128];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 1, 0).unwrap();
    /// w.put_attr_with(1, 6, |mac| mac.copy_from_slice(&[2, 0, 0, 0, 0, 1])).unwrap();
    /// w.end_message().unwrap();
    /// let a = nlcodec::attrs(&w.as_bytes()[16..]).next().unwrap().unwrap();
    /// assert_eq!(a.value(), &[2, 0, 0, 0, 0, 1]);
    /// ```
    pub fn put_attr_with(
        &mut self,
        kind: u16,
        len: usize,
        fill: impl FnOnce(&mut [u8]),
    ) -> Result<(), WriteError> {
        let value = self.attr_slot(kind, len)?;
        value.fill(0);
        fill(value);
        Ok(())
    }

    /// Writes an attribute with `value` (padded to 4 bytes). `kind` is written as given, flag
    /// bits included. A value over 65,531 bytes is [`WriteError::AttrTooLong`].
    ///
    /// ```
    /// let mut buf = [0u8; 128];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 1, 0).unwrap();
    /// w.put_attr(1, &[1, 2, 3]).unwrap(); // 7 bytes, padded to 8
    /// w.end_message().unwrap();
    /// assert_eq!(w.as_bytes().len(), 24);
    /// assert_eq!(w.put_attr(1, &[]), Err(nlcodec::WriteError::NoMessage));
    /// ```
    #[inline]
    pub fn put_attr(&mut self, kind: u16, value: &[u8]) -> Result<(), WriteError> {
        let out = self.attr_slot(kind, value.len())?;
        copy_small(out, value);
        Ok(())
    }

    /// Writes a flag attribute (empty value).
    ///
    /// ```
    /// let mut buf = [0u8; 128];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 1, 0).unwrap();
    /// w.put_flag(7).unwrap();
    /// w.end_message().unwrap();
    /// assert!(nlcodec::attrs(&w.as_bytes()[16..]).next().unwrap().unwrap().as_flag().is_ok());
    /// ```
    #[inline]
    pub fn put_flag(&mut self, kind: u16) -> Result<(), WriteError> {
        self.put_attr(kind, &[])
    }

    /// Writes a NUL-terminated string attribute.
    ///
    /// ```
    /// let mut buf = [0u8; 128];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 1, 0).unwrap();
    /// w.put_str(3, "eth0").unwrap();
    /// w.end_message().unwrap();
    /// assert_eq!(&w.as_bytes()[20..25], b"eth0\0");
    /// ```
    pub fn put_str(&mut self, kind: u16, s: &str) -> Result<(), WriteError> {
        let b = s.as_bytes();
        self.put_attr_with(kind, b.len() + 1, |v| v[..b.len()].copy_from_slice(b))
    }

    /// Starts a nest of type `kind` (`NLA_F_NESTED` is set); close it with
    /// [`end_nested`](Self::end_nested). Nests go as deep as the buffer allows.
    pub fn begin_nested(&mut self, kind: u16) -> Result<Nest, WriteError> {
        self.open_nest(kind | NLA_F_NESTED)
    }

    fn open_nest(&mut self, raw_kind: u16) -> Result<Nest, WriteError> {
        self.check_open()?;
        let start = align(self.pos);
        let end = self.reserve(start, NLA_HDRLEN)?;
        let out = &mut self.buf.as_mut()[start..end];
        out[0..2].copy_from_slice(&0u16.to_ne_bytes());
        out[2..4].copy_from_slice(&raw_kind.to_ne_bytes());
        self.pos = end;
        self.open_nests += 1;
        Ok(Nest {
            start,
            depth: self.open_nests,
            message: self.message,
        })
    }

    /// Starts a nest whose type is written exactly as given, without adding `NLA_F_NESTED`
    /// (for parsers that predate the flag, like the kernel's `nla_nest_start_noflag`).
    ///
    /// ```
    /// let mut buf = [0u8; 32];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(16, 0, 0, 0).unwrap();
    /// let n = w.begin_nested_raw(18).unwrap();
    /// w.end_nested(n).unwrap();
    /// w.end_message().unwrap();
    /// let msg = nlcodec::messages(w.as_bytes()).next().unwrap().unwrap();
    /// let a = msg.attrs(0).next().unwrap().unwrap();
    /// assert_eq!((a.kind(), a.is_nested()), (18, false));
    /// ```
    pub fn begin_nested_raw(&mut self, raw_kind: u16) -> Result<Nest, WriteError> {
        self.open_nest(raw_kind)
    }

    /// Closes the innermost open nest, writing its length.
    ///
    /// ```
    /// let mut buf = [0u8; 128];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 1, 0).unwrap();
    /// let n = w.begin_nested(1).unwrap();
    /// w.put_u32(2, 7).unwrap();
    /// w.end_nested(n).unwrap();
    /// w.end_message().unwrap();
    /// let nest = nlcodec::attrs(&w.as_bytes()[16..]).next().unwrap().unwrap();
    /// assert_eq!(nest.len(), 12);
    /// ```
    pub fn end_nested(&mut self, nest: Nest) -> Result<(), WriteError> {
        self.check_open()?;
        if nest.message != self.message || nest.depth != self.open_nests || nest.start >= self.pos {
            return Err(self.poisoned(WriteError::NestMismatch));
        }
        let len = self.pos - nest.start;
        if len > u16::MAX as usize {
            let kind = u16::from_ne_bytes([
                self.buf.as_ref()[nest.start + 2],
                self.buf.as_ref()[nest.start + 3],
            ]);
            return Err(self.poisoned(WriteError::AttrTooLong {
                kind,
                len: len - NLA_HDRLEN,
            }));
        }
        self.buf.as_mut()[nest.start..nest.start + 2].copy_from_slice(&(len as u16).to_ne_bytes());
        self.open_nests -= 1;
        Ok(())
    }

    /// Writes a nest whose contents `body` writes, closing it afterwards (the closure form of
    /// [`begin_nested`](Self::begin_nested) / [`end_nested`](Self::end_nested)).
    ///
    /// ```
    /// let mut buf = [0u8; 64];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(16, 1, 1, 0).unwrap();
    /// w.put_nested(18, |w| {
    ///     w.put_str(1, "veth")?;
    ///     w.put_nested(2, |w| w.put_u32(1, 7))
    /// })
    /// .unwrap();
    /// w.end_message().unwrap();
    /// let m = nlcodec::messages(w.as_bytes()).next().unwrap().unwrap();
    /// let info = m.attrs(0).next().unwrap().unwrap();
    /// assert_eq!(info.nested().count(), 2);
    /// ```
    pub fn put_nested(
        &mut self,
        kind: u16,
        body: impl FnOnce(&mut Self) -> Result<(), WriteError>,
    ) -> Result<(), WriteError> {
        let nest = self.begin_nested(kind)?;
        match body(self) {
            Ok(()) => self.end_nested(nest),
            Err(e) => {
                // The message is poisoned already when the body failed inside the writer;
                // make sure a caller's own error poisons it too.
                let _ = self.poisoned(e);
                Err(e)
            }
        }
    }

    /// Drops an open nest and everything written in it (like `mnl_attr_nest_cancel`).
    ///
    /// ```
    /// let mut buf = [0u8; 128];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 1, 0).unwrap();
    /// let n = w.begin_nested(1).unwrap();
    /// w.put_u32(2, 7).unwrap();
    /// w.cancel_nested(n).unwrap();
    /// w.end_message().unwrap();
    /// assert_eq!(w.as_bytes().len(), 16);
    /// ```
    pub fn cancel_nested(&mut self, nest: Nest) -> Result<(), WriteError> {
        self.check_open()?;
        if nest.message != self.message || nest.depth != self.open_nests || nest.start >= self.pos {
            return Err(self.poisoned(WriteError::NestMismatch));
        }
        self.pos = nest.start;
        self.open_nests -= 1;
        Ok(())
    }

    /// Finishes the open message, writing its `nlmsg_len`. If the message was poisoned by an
    /// earlier error, or nests are still open, it is dropped and the error returned.
    ///
    /// ```
    /// let mut buf = [0u8; 128];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 1, 0).unwrap();
    /// w.put_u32(1, 5).unwrap();
    /// w.end_message().unwrap();
    /// assert_eq!(nlcodec::Header::parse(w.as_bytes()).unwrap().len, 24);
    /// ```
    pub fn end_message(&mut self) -> Result<(), WriteError> {
        let start = self.msg_start.ok_or(WriteError::NoMessage)?;
        if let Some(e) = self.poison {
            self.cancel_message();
            return Err(e);
        }
        if self.open_nests != 0 {
            self.cancel_message();
            return Err(WriteError::NestMismatch);
        }
        let len = self.pos - start;
        let Ok(len32) = u32::try_from(len) else {
            self.cancel_message();
            return Err(WriteError::MessageTooLong { len });
        };
        self.buf.as_mut()[start..start + 4].copy_from_slice(&len32.to_ne_bytes());
        self.committed = self.pos;
        self.msg_start = None;
        Ok(())
    }

    /// Drops the open message (if any) and everything written in it.
    ///
    /// ```
    /// let mut buf = [0u8; 128];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 1, 0).unwrap();
    /// w.put_u32(1, 5).unwrap();
    /// w.cancel_message();
    /// assert!(w.as_bytes().is_empty());
    /// ```
    pub fn cancel_message(&mut self) {
        self.pos = self.committed;
        self.msg_start = None;
        self.open_nests = 0;
        self.poison = None;
    }
}

/// Zeroes an alignment gap (0 to 3 bytes) without a call to `memset`.
#[inline(always)]
fn zero_gap(gap: &mut [u8]) {
    match gap {
        [] => {}
        [a] => *a = 0,
        [a, b] => (*a, *b) = (0, 0),
        [a, b, c] => (*a, *b, *c) = (0, 0, 0),
        more => more.fill(0),
    }
}

/// Copies a value, with fixed-size moves for the common attribute sizes instead of a call
/// to `memcpy` (attribute values are mostly 1 to 16 bytes).
#[inline(always)]
fn copy_small(dst: &mut [u8], src: &[u8]) {
    macro_rules! fixed {
        ($($n:literal)*) => {
            match src.len() {
                $($n => {
                    if let (Ok(d), Ok(s)) = (<&mut [u8; $n]>::try_from(&mut *dst), <&[u8; $n]>::try_from(src)) {
                        *d = *s;
                        return;
                    }
                })*
                _ => {}
            }
        };
    }
    fixed!(1 2 4 6 8 16);
    dst.copy_from_slice(src);
}

macro_rules! typed_puts {
    ($($(#[$doc:meta])* $name:ident($ty:ty) => $conv:ident;)*) => {
        impl<B: Buffer> Writer<B> {$(
            $(#[$doc])*
            #[inline]
            pub fn $name(&mut self, kind: u16, v: $ty) -> Result<(), WriteError> {
                self.put_attr(kind, &v.$conv())
            }
        )*}
    };
}

typed_puts! {
    /// Writes a `u8` attribute.
    put_u8(u8) => to_ne_bytes;
    /// Writes a host-order `u16` attribute.
    put_u16(u16) => to_ne_bytes;
    /// Writes a host-order `u32` attribute.
    put_u32(u32) => to_ne_bytes;
    /// Writes a host-order `u64` attribute.
    put_u64(u64) => to_ne_bytes;
    /// Writes an `i8` attribute.
    put_i8(i8) => to_ne_bytes;
    /// Writes a host-order `i16` attribute.
    put_i16(i16) => to_ne_bytes;
    /// Writes a host-order `i32` attribute.
    put_i32(i32) => to_ne_bytes;
    /// Writes a host-order `i64` attribute.
    put_i64(i64) => to_ne_bytes;
    /// Writes a big-endian `u16` attribute (the type is written as given; OR in
    /// `NLA_F_NET_BYTEORDER` where the family expects it).
    put_be_u16(u16) => to_be_bytes;
    /// Writes a big-endian `u32` attribute.
    put_be_u32(u32) => to_be_bytes;
    /// Writes a big-endian `u64` attribute.
    put_be_u64(u64) => to_be_bytes;
    /// Writes a big-endian `i16` attribute.
    put_be_i16(i16) => to_be_bytes;
    /// Writes a big-endian `i32` attribute.
    put_be_i32(i32) => to_be_bytes;
    /// Writes a big-endian `i64` attribute.
    put_be_i64(i64) => to_be_bytes;
}
