//! Attributes (`struct nlattr`): iteration, flag bits, and typed getters that check sizes.

use crate::consts::{align, NLA_F_NESTED, NLA_F_NET_BYTEORDER, NLA_HDRLEN, NLA_TYPE_MASK};
use crate::error::{Error, Structure, Violation};
use crate::wire::{ne_u16, take_array};

/// One attribute: its full 16-bit type (flags included), its value, and where it sits.
///
/// ```
/// let mut buf = [0u8; 32];
/// let mut w = nlcodec::Writer::new(&mut buf);
/// w.begin_message(0x10, 0, 0, 0).unwrap();
/// w.put_u16(1, 0x1234).unwrap();
/// w.end_message().unwrap();
/// let a = nlcodec::attrs(&w.as_bytes()[16..]).next().unwrap().unwrap();
/// assert_eq!((a.kind(), a.as_u16().unwrap(), a.value().len()), (1, 0x1234, 2));
/// assert!(a.as_u32().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Attr<'a> {
    value: &'a [u8],
    offset: u32,
    raw_kind: u16,
}

/// Iterates over the attributes of a block. See [`attrs`].
///
/// Fused: after the first error it yields `None` forever.
#[derive(Debug, Clone)]
pub struct Attrs<'a> {
    rest: &'a [u8],
    offset: usize,
    pending: Option<Error>,
}

/// Iterates over the attributes in `block` (a payload after its family header, or a nest's
/// value).
///
/// Each attribute starts at the 4-byte aligned end of the previous one; the last one may lack
/// its padding. An `nla_len` below 4 or past the end of the block yields one typed error, then
/// the iterator ends. Up to 3 bytes after the last attribute (too few for a header) end the
/// walk quietly, as in the kernel's liberal parsing; [`Attrs::trailing`] reports them and the
/// strict policy mode rejects them. Offsets count from the start of `block`.
///
/// ```
/// let mut block = Vec::new();
/// for (kind, value) in [(3u16, &[1u8, 2, 3, 4][..]), (9, &[7])] {
///     block.extend_from_slice(&(4 + value.len() as u16).to_ne_bytes());
///     block.extend_from_slice(&kind.to_ne_bytes());
///     block.extend_from_slice(value);
/// }
/// let kinds: Vec<(u16, usize)> = nlcodec::attrs(&block)
///     .map(|a| a.map(|a| (a.kind(), a.offset())))
///     .collect::<Result<_, _>>()
///     .unwrap();
/// assert_eq!(kinds, [(3, 0), (9, 8)]); // the last one has no padding: still valid
/// ```
#[inline]
pub fn attrs(block: &[u8]) -> Attrs<'_> {
    Attrs::with_base(block, 0)
}

impl<'a> Attrs<'a> {
    /// Iterates over `block`, reporting offsets as `base + position in block`.
    #[inline]
    pub fn with_base(block: &'a [u8], base: usize) -> Attrs<'a> {
        Attrs {
            rest: block,
            offset: base,
            pending: None,
        }
    }

    pub(crate) fn failed(e: Error) -> Attrs<'a> {
        Attrs {
            rest: &[],
            offset: 0,
            pending: Some(e),
        }
    }

    /// Offset of the next attribute (or of the trailing bytes once the walk has ended).
    #[inline]
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// Bytes not yet walked. After the last attribute these are the 0 to 3 trailing bytes.
    ///
    /// ```
    /// let mut block = [0u8; 10];
    /// block[..2].copy_from_slice(&8u16.to_ne_bytes());
    /// let mut it = nlcodec::attrs(&block);
    /// assert!(it.next().unwrap().is_ok());
    /// assert!(it.next().is_none());
    /// assert_eq!(it.trailing().len(), 2);
    /// ```
    #[inline]
    pub fn trailing(&self) -> &'a [u8] {
        self.rest
    }

    /// Looks for the first attribute of type `kind` (flags stripped) in the rest of the block.
    ///
    /// ```
    /// let mut buf = [0u8; 64];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 0, 0).unwrap();
    /// w.put_u8(1, 1).unwrap();
    /// w.put_u32(2, 77).unwrap();
    /// w.end_message().unwrap();
    /// let a = nlcodec::attrs(&w.as_bytes()[16..]).find_kind(2).unwrap().unwrap();
    /// assert_eq!(a.as_u32().unwrap(), 77);
    /// ```
    pub fn find_kind(&mut self, kind: u16) -> Option<Result<Attr<'a>, Error>> {
        for a in self.by_ref() {
            match a {
                Ok(a) if a.kind() == kind => return Some(Ok(a)),
                Ok(_) => {}
                Err(e) => return Some(Err(e)),
            }
        }
        None
    }
}

impl<'a> Attrs<'a> {
    /// The next attribute, or `None` at the end of the block or at a malformed attribute
    /// (which [`take_error`](Self::take_error) then returns). The hot loops of tables and
    /// policies use this to avoid a `Result` per attribute.
    #[inline(always)]
    pub(crate) fn step(&mut self) -> Option<Attr<'a>> {
        let input = self.rest;
        // 0..=3 bytes left: the end of the block.
        let (_, h) = take_array::<NLA_HDRLEN>(input).ok()?;
        let len = ne_u16(h, 0) as usize;
        let raw_kind = ne_u16(h, 2);
        if len < NLA_HDRLEN || len > input.len() {
            return self.fail(bad_len(len, self.offset, input.len()));
        }
        let attr = Attr {
            value: &input[NLA_HDRLEN..len],
            offset: self.offset as u32,
            raw_kind,
        };
        let step = align(len).min(input.len());
        self.rest = &input[step..];
        self.offset = self.offset.wrapping_add(step);
        Some(attr)
    }

    /// The error that ended the walk, once.
    #[inline]
    pub(crate) fn take_error(&mut self) -> Option<Error> {
        self.pending.take()
    }

    #[cold]
    fn fail(&mut self, e: Error) -> Option<Attr<'a>> {
        self.rest = &[];
        self.pending = Some(e);
        None
    }
}

/// The error for an `nla_len` below 4 or past the `available` bytes of its block.
#[cold]
pub(crate) fn bad_len(len: usize, offset: usize, available: usize) -> Error {
    if len < NLA_HDRLEN {
        Error::AttrLenTooSmall {
            offset,
            len: len as u16,
        }
    } else {
        Error::AttrLenOverrun {
            offset,
            len: len as u16,
            available,
        }
    }
}

impl<'a> Iterator for Attrs<'a> {
    type Item = Result<Attr<'a>, Error>;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        match self.step() {
            Some(a) => Some(Ok(a)),
            None => self.pending.take().map(Err),
        }
    }
}

impl core::iter::FusedIterator for Attrs<'_> {}

macro_rules! int_getters {
    ($($(#[$doc:meta])* $name:ident, $be:ident => $ty:ty;)*) => {$(
        $(#[$doc])*
        #[inline]
        pub fn $name(&self) -> Result<$ty, Error> {
            self.fixed::<{ core::mem::size_of::<$ty>() }>().map(<$ty>::from_ne_bytes)
        }
    )*};
}

macro_rules! be_getters {
    ($($(#[$doc:meta])* $name:ident => $ty:ty;)*) => {$(
        $(#[$doc])*
        #[inline]
        pub fn $name(&self) -> Result<$ty, Error> {
            self.fixed::<{ core::mem::size_of::<$ty>() }>().map(<$ty>::from_be_bytes)
        }
    )*};
}

impl<'a> Attr<'a> {
    /// Builds an attribute by hand (for tests and tools that compose their own blocks).
    ///
    /// ```
    /// let a = nlcodec::Attr::new(1 | nlcodec::consts::NLA_F_NESTED, &[], 0);
    /// assert!(a.is_nested());
    /// assert_eq!(a.kind(), 1);
    /// ```
    #[inline]
    pub fn new(raw_kind: u16, value: &'a [u8], offset: u32) -> Attr<'a> {
        Attr {
            value,
            offset,
            raw_kind,
        }
    }

    /// The attribute type with the `NLA_F_NESTED` and `NLA_F_NET_BYTEORDER` bits stripped.
    ///
    /// ```
    /// let a = nlcodec::Attr::new(3 | nlcodec::consts::NLA_F_NET_BYTEORDER, &[0, 80], 0);
    /// assert_eq!((a.kind(), a.raw_kind()), (3, 0x4003));
    /// assert!(a.is_net_byteorder() && !a.is_nested());
    /// ```
    #[inline]
    pub fn kind(&self) -> u16 {
        self.raw_kind & NLA_TYPE_MASK
    }

    /// The attribute type as on the wire, flag bits included.
    #[inline]
    pub fn raw_kind(&self) -> u16 {
        self.raw_kind
    }

    /// True when the sender set `NLA_F_NESTED`.
    #[inline]
    pub fn is_nested(&self) -> bool {
        self.raw_kind & NLA_F_NESTED != 0
    }

    /// True when the sender set `NLA_F_NET_BYTEORDER`.
    #[inline]
    pub fn is_net_byteorder(&self) -> bool {
        self.raw_kind & NLA_F_NET_BYTEORDER != 0
    }

    /// The value, without header or padding.
    #[inline]
    pub fn value(&self) -> &'a [u8] {
        self.value
    }

    /// Offset of this attribute's header, counted as described on [`attrs`] and
    /// [`Message::attrs`](crate::Message::attrs). Kept as a `u32` (a netlink message is at
    /// most `u32::MAX` bytes long); an offset past that, possible only with a caller's own
    /// `base`, is truncated.
    #[inline]
    pub fn offset(&self) -> usize {
        self.offset as usize
    }

    /// `nla_len` as on the wire: header plus value, without padding.
    #[inline]
    pub fn len(&self) -> usize {
        NLA_HDRLEN + self.value.len()
    }

    /// True when the value is empty (`nla_len == 4`).
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.value.is_empty()
    }

    /// Iterates over the attributes nested in the value (whether or not `NLA_F_NESTED` is
    /// set: many kernel nests do not set it). Offsets stay relative to the outer block.
    ///
    /// ```
    /// let mut buf = [0u8; 64];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 0, 0).unwrap();
    /// let nest = w.begin_nested(18).unwrap(); // IFLA_LINKINFO
    /// w.put_str(1, "veth").unwrap(); // IFLA_INFO_KIND
    /// w.end_nested(nest).unwrap();
    /// w.end_message().unwrap();
    /// let msg = nlcodec::messages(w.as_bytes()).next().unwrap().unwrap();
    /// let linkinfo = msg.attrs(0).next().unwrap().unwrap();
    /// let kind = linkinfo.nested().next().unwrap().unwrap();
    /// assert_eq!(kind.as_str().unwrap(), "veth");
    /// assert_eq!(kind.offset(), 20);
    /// ```
    #[inline]
    pub fn nested(&self) -> Attrs<'a> {
        Attrs::with_base(self.value, (self.offset as usize).wrapping_add(NLA_HDRLEN))
    }

    #[cold]
    fn invalid(&self, violation: Violation) -> Error {
        Error::InvalidAttr {
            kind: self.kind(),
            offset: self.offset as usize,
            len: self.value.len(),
            violation,
        }
    }

    /// The value as exactly `N` bytes.
    ///
    /// ```
    /// let a = nlcodec::Attr::new(1, &[10, 0, 0, 1], 0);
    /// assert_eq!(a.fixed::<4>().unwrap(), [10, 0, 0, 1]); // an IPv4 address
    /// assert!(a.fixed::<16>().is_err());
    /// ```
    #[inline]
    pub fn fixed<const N: usize>(&self) -> Result<[u8; N], Error> {
        match <[u8; N]>::try_from(self.value) {
            Ok(a) => Ok(a),
            Err(_) => Err(self.invalid(Violation::Size { expected: N })),
        }
    }

    int_getters! {
        /// The value as a `u8` (exactly 1 byte).
        as_u8, _u8 => u8;
        /// The value as a host-order `u16` (exactly 2 bytes).
        as_u16, _u16 => u16;
        /// The value as a host-order `u32` (exactly 4 bytes).
        as_u32, _u32 => u32;
        /// The value as a host-order `u64` (exactly 8 bytes).
        as_u64, _u64 => u64;
        /// The value as an `i8` (exactly 1 byte).
        as_i8, _i8 => i8;
        /// The value as a host-order `i16` (exactly 2 bytes).
        as_i16, _i16 => i16;
        /// The value as a host-order `i32` (exactly 4 bytes).
        as_i32, _i32 => i32;
        /// The value as a host-order `i64` (exactly 8 bytes).
        as_i64, _i64 => i64;
    }

    be_getters! {
        /// The value as a big-endian (network order) `u16` (exactly 2 bytes), e.g. a port.
        as_be_u16 => u16;
        /// The value as a big-endian (network order) `u32` (exactly 4 bytes).
        as_be_u32 => u32;
        /// The value as a big-endian (network order) `u64` (exactly 8 bytes).
        as_be_u64 => u64;
        /// The value as a big-endian (network order) `i16` (exactly 2 bytes).
        as_be_i16 => i16;
        /// The value as a big-endian (network order) `i32` (exactly 4 bytes).
        as_be_i32 => i32;
        /// The value as a big-endian (network order) `i64` (exactly 8 bytes).
        as_be_i64 => i64;
    }

    /// A variable-size unsigned integer (the kernel's `NLA_UINT`, `nla_get_uint`): exactly 4
    /// or 8 bytes, in host order, or in network order when the sender set
    /// `NLA_F_NET_BYTEORDER`. Any other size is a [`Violation::Size`] error (`expected: 8`);
    /// [`as_unsigned`](Self::as_unsigned) also takes 1 and 2 bytes.
    ///
    /// ```
    /// use nlcodec::{consts::NLA_F_NET_BYTEORDER, Attr};
    /// let be = Attr::new(1 | NLA_F_NET_BYTEORDER, &[0, 0, 1, 0], 0);
    /// assert_eq!(be.as_uint().unwrap(), 256);
    /// let bytes = (1u64 << 40).to_ne_bytes();
    /// assert_eq!(Attr::new(1, &bytes, 0).as_uint().unwrap(), 1 << 40);
    /// assert!(Attr::new(1, &[7, 0], 0).as_uint().is_err()); // NLA_UINT is never 2 bytes
    /// ```
    #[inline]
    pub fn as_uint(&self) -> Result<u64, Error> {
        match self.value.len() {
            4 | 8 => self.as_unsigned(),
            _ => Err(self.invalid(Violation::Size { expected: 8 })),
        }
    }

    /// An unsigned integer of any of the sizes 1, 2, 4 or 8 bytes, zero-extended, in host
    /// order, or in network order when the sender set `NLA_F_NET_BYTEORDER`. For attributes
    /// whose width varies by kernel version or by field; any other size is a
    /// [`Violation::Size`] error (`expected: 8`).
    ///
    /// ```
    /// use nlcodec::{consts::NLA_F_NET_BYTEORDER, Attr};
    /// assert_eq!(Attr::new(1, &[200], 0).as_unsigned().unwrap(), 200);
    /// assert_eq!(Attr::new(1, &515u16.to_ne_bytes(), 0).as_unsigned().unwrap(), 515);
    /// let port = Attr::new(2 | NLA_F_NET_BYTEORDER, &[0x1f, 0x90], 0);
    /// assert_eq!(port.as_unsigned().unwrap(), 8080);
    /// assert!(Attr::new(1, &[1, 2, 3], 0).as_unsigned().is_err());
    /// ```
    pub fn as_unsigned(&self) -> Result<u64, Error> {
        read_unsigned(self.value, self.is_net_byteorder())
            .ok_or_else(|| self.invalid(Violation::Size { expected: 8 }))
    }

    /// A variable-size signed integer (the kernel's `NLA_SINT`, `nla_get_sint`): exactly 4
    /// or 8 bytes, sign-extended, in host order, or in network order when the sender set
    /// `NLA_F_NET_BYTEORDER`. Any other size is a [`Violation::Size`] error (`expected: 8`);
    /// [`as_signed`](Self::as_signed) also takes 1 and 2 bytes.
    ///
    /// ```
    /// use nlcodec::Attr;
    /// assert_eq!(Attr::new(1, &(-5i32).to_ne_bytes(), 0).as_sint().unwrap(), -5);
    /// assert_eq!(Attr::new(1, &i64::MIN.to_ne_bytes(), 0).as_sint().unwrap(), i64::MIN);
    /// assert!(Attr::new(1, &[0xff], 0).as_sint().is_err()); // NLA_SINT is never 1 byte
    /// ```
    #[inline]
    pub fn as_sint(&self) -> Result<i64, Error> {
        match self.value.len() {
            4 | 8 => self.as_signed(),
            _ => Err(self.invalid(Violation::Size { expected: 8 })),
        }
    }

    /// A signed integer of any of the sizes 1, 2, 4 or 8 bytes, sign-extended, in host
    /// order, or in network order when the sender set `NLA_F_NET_BYTEORDER`; any other size
    /// is a [`Violation::Size`] error (`expected: 8`).
    ///
    /// ```
    /// use nlcodec::{consts::NLA_F_NET_BYTEORDER, Attr};
    /// assert_eq!(Attr::new(1, &[0xff], 0).as_signed().unwrap(), -1);
    /// let be = Attr::new(1 | NLA_F_NET_BYTEORDER, &[0xff, 0xfe], 0);
    /// assert_eq!(be.as_signed().unwrap(), -2);
    /// assert!(Attr::new(1, &[0; 5], 0).as_signed().is_err());
    /// ```
    pub fn as_signed(&self) -> Result<i64, Error> {
        let u = self.as_unsigned()?;
        // Sign-extend from the value's width (1, 2, 4 or 8 bytes: as_unsigned checked it).
        let shift = 64 - 8 * self.value.len() as u32;
        Ok(((u << shift) as i64) >> shift)
    }

    /// A flag attribute: present, with an empty value.
    ///
    /// ```
    /// assert!(nlcodec::Attr::new(1, &[], 0).as_flag().is_ok());
    /// assert!(nlcodec::Attr::new(1, &[0], 0).as_flag().is_err());
    /// ```
    #[inline]
    pub fn as_flag(&self) -> Result<(), Error> {
        if self.value.is_empty() {
            Ok(())
        } else {
            Err(self.invalid(Violation::Size { expected: 0 }))
        }
    }

    /// A NUL-terminated string (`NLA_NUL_STRING`), read as the kernel reads it: the bytes up
    /// to the first NUL, which must exist ([`Violation::MissingNul`] otherwise) and must be
    /// UTF-8 ([`Violation::InvalidUtf8`] otherwise). Anything after the first NUL (padding
    /// NULs some kernels send, or junk) is ignored.
    ///
    /// ```
    /// use nlcodec::Attr;
    /// assert_eq!(Attr::new(3, b"eth0\0", 0).as_str().unwrap(), "eth0");
    /// assert_eq!(Attr::new(3, b"eth0\0\0\0", 0).as_str().unwrap(), "eth0"); // padded
    /// assert!(Attr::new(3, b"eth0", 0).as_str().is_err()); // no NUL
    /// ```
    pub fn as_str(&self) -> Result<&'a str, Error> {
        let s = self.as_c_bytes()?;
        core::str::from_utf8(s).map_err(|_| self.invalid(Violation::InvalidUtf8))
    }

    /// The value as a NUL-terminated C string: its bytes up to the first NUL, which must exist.
    ///
    /// ```
    /// let a = nlcodec::Attr::new(1, b"ab\0junk", 0);
    /// assert_eq!(a.as_c_bytes().unwrap(), b"ab");
    /// ```
    pub fn as_c_bytes(&self) -> Result<&'a [u8], Error> {
        match self.value.iter().position(|b| *b == 0) {
            Some(n) => Ok(&self.value[..n]),
            None => Err(self.invalid(Violation::MissingNul)),
        }
    }

    /// A string whose NUL is optional (`NLA_STRING`): the bytes up to the first NUL if there
    /// is one, else the whole value; they must be UTF-8. The result never contains a NUL: a
    /// trailing NUL, padding NULs and anything after them are dropped, as the kernel, which
    /// reads the copied string as a C string, never sees them.
    ///
    /// ```
    /// use nlcodec::Attr;
    /// assert_eq!(Attr::new(1, b"veth", 0).as_unterminated_str().unwrap(), "veth");
    /// assert_eq!(Attr::new(1, b"veth\0", 0).as_unterminated_str().unwrap(), "veth");
    /// assert_eq!(Attr::new(1, b"veth\0\0\0", 0).as_unterminated_str().unwrap(), "veth");
    /// ```
    pub fn as_unterminated_str(&self) -> Result<&'a str, Error> {
        let v = match self.value.iter().position(|b| *b == 0) {
            Some(n) => &self.value[..n],
            None => self.value,
        };
        core::str::from_utf8(v).map_err(|_| self.invalid(Violation::InvalidUtf8))
    }

    /// The raw value bytes (`NLA_BINARY`); never fails.
    #[inline]
    pub fn as_bytes(&self) -> &'a [u8] {
        self.value
    }
}

/// An unsigned integer of 1, 2, 4 or 8 bytes, in network order when `big_endian`, else in
/// host order; `None` for any other length.
///
/// ```
/// use nlcodec::attr::read_unsigned;
/// assert_eq!(read_unsigned(&[0, 1], true), Some(1));
/// assert_eq!(read_unsigned(&7u32.to_ne_bytes(), false), Some(7));
/// assert_eq!(read_unsigned(&[0; 3], false), None);
/// ```
#[inline]
pub fn read_unsigned(v: &[u8], big_endian: bool) -> Option<u64> {
    fn pick<const N: usize>(v: &[u8]) -> Option<[u8; N]> {
        v.try_into().ok()
    }
    Some(match v.len() {
        1 => v[0] as u64,
        2 => {
            let b = pick::<2>(v)?;
            (if big_endian {
                u16::from_be_bytes(b)
            } else {
                u16::from_ne_bytes(b)
            }) as u64
        }
        4 => {
            let b = pick::<4>(v)?;
            (if big_endian {
                u32::from_be_bytes(b)
            } else {
                u32::from_ne_bytes(b)
            }) as u64
        }
        8 => {
            let b = pick::<8>(v)?;
            if big_endian {
                u64::from_be_bytes(b)
            } else {
                u64::from_ne_bytes(b)
            }
        }
        _ => return None,
    })
}

/// Parses the 4-byte attribute header at the start of `bytes`: `(nla_len, nla_type)`.
///
/// ```
/// let mut h = [0u8; 4];
/// h[..2].copy_from_slice(&8u16.to_ne_bytes());
/// h[2..].copy_from_slice(&0x8001u16.to_ne_bytes());
/// assert_eq!(nlcodec::attr::parse_attr_header(&h).unwrap(), (8, 0x8001));
/// ```
pub fn parse_attr_header(bytes: &[u8]) -> Result<(u16, u16), Error> {
    match take_array::<NLA_HDRLEN>(bytes) {
        Ok((_, h)) => Ok((ne_u16(h, 0), ne_u16(h, 2))),
        Err(_) => Err(Error::Truncated {
            what: Structure::AttrHeader,
            offset: 0,
            needed: NLA_HDRLEN,
            available: bytes.len(),
        }),
    }
}
