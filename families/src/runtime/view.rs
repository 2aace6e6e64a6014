//! The checked attribute table behind every generated view, and the iterators for
//! repeated attributes, indexed arrays and record lists.

use super::addr::{Bitfield32, HwAddr};
use super::check::Check;
use core::marker::PhantomData;
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use nlcodec::consts::align;
use nlcodec::family::FamilyHeader;
use nlcodec::schema::{AttrSet, RecordWalk};
use nlcodec::{Attr, AttrTable, Attrs, Error, Violation};

/// A typed view of one attribute set (generated for every set): parsed in one pass.
pub trait AttrView<'a>: Sized {
    /// The set's descriptors.
    const SET: &'static AttrSet;

    /// Indexes and checks the attributes of a block.
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error>;

    /// A view of no attributes: where an in-place parse ([`fill`](Self::fill)) starts.
    fn empty() -> Self;

    /// Indexes and checks the attributes of a block into this view, where it is (what it
    /// held is replaced): how a view inside a typed message is parsed without a move
    /// ([`RawMsg::parse_then`](super::RawMsg::parse_then)).
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error>;
}

/// The attributes of one block indexed by type, each checked against its descriptor in the
/// same pass (integers at least their size, `uint` 4 or 8 bytes, strings UTF-8 up to their
/// first NUL, addresses their exact length), so the typed getters cannot fail.
///
/// `N` is the set's highest type plus one; attributes of higher types (sent by a newer
/// kernel) stay reachable through [`get`](Self::get) and [`unknown`](Self::unknown).
///
/// ```
/// use nlcodec::schema::{AttrDesc, AttrSet, AttrType};
/// use nlcodec_families::runtime::Table;
/// static SET: AttrSet = AttrSet::new("demo", &[
///     AttrDesc::UNKNOWN,
///     AttrDesc::new("mtu", "X_MTU", 1, AttrType::U32),
///     AttrDesc::new("name", "X_NAME", 2, AttrType::String),
/// ]);
/// let mut buf = [0u8; 64];
/// let mut w = nlcodec::Writer::new(&mut buf);
/// w.begin_message(16, 0, 0, 0).unwrap();
/// w.put_u32(1, 1500).unwrap();
/// w.put_str(2, "eth0").unwrap();
/// w.put_u8(7, 1).unwrap(); // a type the set does not know
/// w.end_message().unwrap();
/// let t = Table::<3>::parse(&SET, nlcodec::attrs(&w.as_bytes()[16..])).unwrap();
/// assert_eq!(t.u32(1), Some(1500));
/// assert_eq!(t.str(2), Some("eth0"));
/// assert_eq!(t.unknown().map(|a| a.kind()).collect::<Vec<_>>(), [7]);
///
/// // A 2-byte value where the set says u32 is an error naming the attribute.
/// let mut w = nlcodec::Writer::new(&mut buf);
/// w.begin_message(16, 0, 0, 0).unwrap();
/// w.put_u16(1, 1500).unwrap();
/// w.end_message().unwrap();
/// assert!(Table::<3>::parse(&SET, nlcodec::attrs(&w.as_bytes()[16..])).is_err());
/// ```
#[derive(Debug, Clone)]
pub struct Table<'a, const N: usize> {
    set: &'static AttrSet,
    tb: AttrTable<'a, N>,
}

impl<'a, const N: usize> Table<'a, N> {
    /// Indexes `attrs` by type and checks every value against `set`'s descriptors.
    ///
    /// The generated views use [`parse_with`](Self::parse_with) and a check table built at
    /// compile time instead; this reads each attribute's descriptor as it goes.
    #[inline]
    pub fn parse(set: &'static AttrSet, attrs: Attrs<'a>) -> Result<Self, Error> {
        let tb = AttrTable::from_attrs_checked(attrs, |kind, v, offset| {
            match set.attrs.get(kind as usize) {
                Some(d) if !Check::of(d).passes(v.len()) => Check::full(d, v, offset),
                _ => Ok(()),
            }
        })?;
        Ok(Table { set, tb })
    }

    /// Like [`parse`](Self::parse), with the set's checks precomputed by
    /// [`Check::table`]: one four-byte load and one compare per attribute in the common case.
    ///
    /// ```
    /// use nlcodec::schema::{AttrDesc, AttrSet, AttrType};
    /// use nlcodec_families::runtime::{Check, Table};
    /// static SET: AttrSet = AttrSet::new("demo", &[
    ///     AttrDesc::UNKNOWN,
    ///     AttrDesc::new("mtu", "X_MTU", 1, AttrType::U32),
    /// ]);
    /// static CHECKS: [Check; 2] = Check::table(&SET);
    /// let block = [8, 0, 1, 0, 0xdc, 0x05, 0, 0];
    /// let t = Table::parse_with(&SET, &CHECKS, nlcodec::attrs(&block)).unwrap();
    /// assert_eq!(t.u32(1), Some(1500));
    /// assert!(Table::parse_with(&SET, &CHECKS, nlcodec::attrs(&[6, 0, 1, 0, 1, 2, 0, 0])).is_err());
    /// ```
    #[inline(always)]
    pub fn parse_with(
        set: &'static AttrSet,
        checks: &'static [Check; N],
        attrs: Attrs<'a>,
    ) -> Result<Self, Error> {
        let tb = AttrTable::from_attrs_checked(attrs, checked(set, checks))?;
        Ok(Table { set, tb })
    }

    /// A table of `set` holding no attributes: where [`fill_with`](Self::fill_with) starts.
    #[inline(always)]
    pub fn empty(set: &'static AttrSet) -> Self {
        Table {
            set,
            tb: AttrTable::default(),
        }
    }

    /// [`parse_with`](Self::parse_with) into this table, where it is (what it held is
    /// replaced): how a view inside a typed message is parsed without a move.
    ///
    /// ```
    /// use nlcodec::schema::{AttrDesc, AttrSet, AttrType};
    /// use nlcodec_families::runtime::{Check, Table};
    /// static SET: AttrSet = AttrSet::new("demo", &[
    ///     AttrDesc::UNKNOWN,
    ///     AttrDesc::new("mtu", "X_MTU", 1, AttrType::U32),
    /// ]);
    /// static CHECKS: [Check; 2] = Check::table(&SET);
    /// let mut t = Table::empty(&SET);
    /// assert_eq!(t.u32(1), None);
    /// t.fill_with(&CHECKS, nlcodec::attrs(&[8, 0, 1, 0, 0xdc, 0x05, 0, 0])).unwrap();
    /// assert_eq!(t.u32(1), Some(1500));
    /// ```
    #[inline(always)]
    pub fn fill_with(
        &mut self,
        checks: &'static [Check; N],
        attrs: Attrs<'a>,
    ) -> Result<(), Error> {
        self.tb.fill_checked(attrs, checked(self.set, checks))
    }

    /// The block again, as an attribute iterator in block order.
    #[inline]
    fn attrs(&self) -> Attrs<'a> {
        self.tb.attrs()
    }

    /// The set's descriptors.
    pub fn set(&self) -> &'static AttrSet {
        self.set
    }

    /// The attribute of type `kind` (the last one when it repeats), known to the set or not.
    #[inline]
    pub fn get(&self, kind: u16) -> Option<Attr<'a>> {
        self.tb.get(kind)
    }

    /// Every attribute of type `kind`, in order (for `multi-attr` attributes).
    pub fn all(&self, kind: u16) -> impl Iterator<Item = Attr<'a>> + 'a {
        self.attrs()
            .map_while(Result::ok)
            .filter(move |a| a.kind() == kind)
    }

    /// Every attribute, in block order.
    pub fn iter(&self) -> impl Iterator<Item = Attr<'a>> + 'a {
        self.attrs().map_while(Result::ok)
    }

    /// The attributes whose type the set does not name (newer than the spec, or foreign).
    pub fn unknown(&self) -> impl Iterator<Item = Attr<'a>> + 'a {
        let set = self.set;
        self.iter().filter(move |a| set.get(a.kind()).is_none())
    }

    /// A flag: true when the attribute is present without a value (a flag as requests and
    /// most replies carry it) or with a value that is not all zeros (some replies report a
    /// flag as a `u8` 0 or 1, always present: the kernel's `vxlan_fill_info` does so for
    /// `IFLA_VXLAN_TTL_INHERIT`, whose policy is `NLA_FLAG`).
    ///
    /// ```
    /// use nlcodec::schema::{AttrDesc, AttrSet, AttrType};
    /// use nlcodec_families::runtime::Table;
    /// static SET: AttrSet = AttrSet::new("demo", &[
    ///     AttrDesc::UNKNOWN,
    ///     AttrDesc::new("on", "X_ON", 1, AttrType::Flag),
    /// ]);
    /// let flag = |block: &[u8]| Table::<2>::parse(&SET, nlcodec::attrs(block)).unwrap().flag(1);
    /// assert!(flag(&[4, 0, 1, 0])); // present, no value
    /// assert!(flag(&[5, 0, 1, 0, 1, 0, 0, 0])); // a u8 1
    /// assert!(!flag(&[5, 0, 1, 0, 0, 0, 0, 0])); // a u8 0
    /// assert!(!flag(&[])); // absent
    /// ```
    #[inline]
    pub fn flag(&self, kind: u16) -> bool {
        self.tb
            .value(kind)
            .is_some_and(|v| v.is_empty() || v.iter().any(|b| *b != 0))
    }

    /// The value bytes.
    #[inline]
    pub fn bytes(&self, kind: u16) -> Option<&'a [u8]> {
        self.tb.value(kind)
    }

    #[inline(always)]
    fn chunk<const M: usize>(&self, kind: u16) -> Option<[u8; M]> {
        self.bytes(kind)?.first_chunk::<M>().copied()
    }

    /// A `u8`.
    #[inline]
    pub fn u8(&self, kind: u16) -> Option<u8> {
        self.chunk::<1>(kind).map(|b| b[0])
    }

    /// A host-order `u16`.
    #[inline]
    pub fn u16(&self, kind: u16) -> Option<u16> {
        self.chunk(kind).map(u16::from_ne_bytes)
    }

    /// A host-order `u32`.
    #[inline]
    pub fn u32(&self, kind: u16) -> Option<u32> {
        self.chunk(kind).map(u32::from_ne_bytes)
    }

    /// A host-order `u64`.
    #[inline]
    pub fn u64(&self, kind: u16) -> Option<u64> {
        self.chunk(kind).map(u64::from_ne_bytes)
    }

    /// An `i8`.
    #[inline]
    pub fn i8(&self, kind: u16) -> Option<i8> {
        self.chunk::<1>(kind).map(|b| b[0] as i8)
    }

    /// A host-order `i16`.
    #[inline]
    pub fn i16(&self, kind: u16) -> Option<i16> {
        self.chunk(kind).map(i16::from_ne_bytes)
    }

    /// A host-order `i32`.
    #[inline]
    pub fn i32(&self, kind: u16) -> Option<i32> {
        self.chunk(kind).map(i32::from_ne_bytes)
    }

    /// A host-order `i64`.
    #[inline]
    pub fn i64(&self, kind: u16) -> Option<i64> {
        self.chunk(kind).map(i64::from_ne_bytes)
    }

    /// A big-endian `u16`.
    #[inline]
    pub fn u16_be(&self, kind: u16) -> Option<u16> {
        self.chunk(kind).map(u16::from_be_bytes)
    }

    /// A big-endian `u32`.
    #[inline]
    pub fn u32_be(&self, kind: u16) -> Option<u32> {
        self.chunk(kind).map(u32::from_be_bytes)
    }

    /// A big-endian `u64`.
    #[inline]
    pub fn u64_be(&self, kind: u16) -> Option<u64> {
        self.chunk(kind).map(u64::from_be_bytes)
    }

    /// A big-endian `i16`.
    #[inline]
    pub fn i16_be(&self, kind: u16) -> Option<i16> {
        self.chunk(kind).map(i16::from_be_bytes)
    }

    /// A big-endian `i32`.
    #[inline]
    pub fn i32_be(&self, kind: u16) -> Option<i32> {
        self.chunk(kind).map(i32::from_be_bytes)
    }

    /// A big-endian `i64`.
    #[inline]
    pub fn i64_be(&self, kind: u16) -> Option<i64> {
        self.chunk(kind).map(i64::from_be_bytes)
    }

    /// A `uint` (4 or 8 bytes, host order).
    #[inline]
    pub fn uint(&self, kind: u16) -> Option<u64> {
        let v = self.bytes(kind)?;
        match v.len() {
            4 => v.first_chunk().map(|b| u32::from_ne_bytes(*b) as u64),
            _ => v.first_chunk().map(|b| u64::from_ne_bytes(*b)),
        }
    }

    /// A `sint` (4 or 8 bytes, host order, sign-extended).
    #[inline]
    pub fn sint(&self, kind: u16) -> Option<i64> {
        let v = self.bytes(kind)?;
        match v.len() {
            4 => v.first_chunk().map(|b| i32::from_ne_bytes(*b) as i64),
            _ => v.first_chunk().map(|b| i64::from_ne_bytes(*b)),
        }
    }

    /// A string, up to its first NUL.
    #[inline]
    pub fn str(&self, kind: u16) -> Option<&'a str> {
        self.get(kind).and_then(|a| super::value::text(&a))
    }

    /// A link-layer address.
    #[inline]
    pub fn mac(&self, kind: u16) -> Option<HwAddr<'a>> {
        self.bytes(kind).map(HwAddr::new)
    }

    /// An IPv4 address (4 bytes in network order).
    #[inline]
    pub fn ipv4(&self, kind: u16) -> Option<Ipv4Addr> {
        self.chunk::<4>(kind).map(Ipv4Addr::from)
    }

    /// An IPv6 address.
    #[inline]
    pub fn ipv6(&self, kind: u16) -> Option<Ipv6Addr> {
        self.chunk::<16>(kind).map(Ipv6Addr::from)
    }

    /// An IPv4 or IPv6 address, by length.
    #[inline]
    pub fn ip(&self, kind: u16) -> Option<IpAddr> {
        attr_ip(self.bytes(kind)?)
    }

    /// An `nla_bitfield32`.
    #[inline]
    pub fn bitfield32(&self, kind: u16) -> Option<Bitfield32> {
        self.bytes(kind).map(Bitfield32::from_bytes)
    }

    /// A fixed struct held in a binary value (zeros where the value is shorter).
    #[inline]
    pub fn fixed<S>(&self, kind: u16, read: fn(&[u8]) -> S) -> Option<S> {
        self.bytes(kind).map(read)
    }

    /// A nest, parsed as the view `V`.
    #[inline]
    pub fn nest<V: AttrView<'a>>(&self, kind: u16) -> Result<Option<V>, Error> {
        self.get(kind).map(|a| V::parse(a.nested())).transpose()
    }

    /// A nest that starts with a fixed header `H` before the attributes of `V` (e.g.
    /// `VETH_INFO_PEER`: an `ifinfomsg`, then link attributes).
    pub fn nest_with_header<H: FamilyHeader, V: AttrView<'a>>(
        &self,
        kind: u16,
    ) -> Result<Option<(H, V)>, Error> {
        let Some(a) = self.get(kind) else {
            return Ok(None);
        };
        Ok(Some(split_header(&a)?))
    }

    /// The entries of an indexed array or nest-type-value nest, each a nest of `V`.
    pub fn entries<V: AttrView<'a>>(&self, kind: u16) -> Option<Entries<'a, V>> {
        self.get(kind).map(|a| Entries::new(&a))
    }

    /// The entries of a two-level nest-type-value nest (nlctrl's `CTRL_ATTR_POLICY`: policy
    /// id, then attribute id), each inner entry a nest of `V`.
    pub fn entries2<V: AttrView<'a>>(&self, kind: u16) -> Option<NestedEntries<'a, V>> {
        self.get(kind).map(|a| NestedEntries {
            inner: a.nested(),
            _v: PhantomData,
        })
    }

    /// The records of a record list (e.g. `RTA_MULTIPATH`): each a header `H` that starts
    /// with its own `u16` length, then attributes of `V`.
    pub fn records<H: FamilyHeader, V: AttrView<'a>>(
        &self,
        kind: u16,
    ) -> Option<Records<'a, H, V>> {
        self.get(kind).map(|a| Records::new(&a))
    }
}

/// The check of each attribute against a precomputed check table: one load and one
/// compare in the common case, the full check of its descriptor otherwise.
#[inline(always)]
fn checked<'a, const N: usize>(
    set: &'static AttrSet,
    checks: &'static [Check; N],
) -> impl FnMut(u16, &'a [u8], usize) -> Result<(), Error> {
    move |kind, v, offset| match checks.get(kind as usize) {
        Some(c) if !c.passes(v.len()) => full_check(set, kind, v, offset),
        _ => Ok(()),
    }
}

/// The full check of an attribute whose length did not pass the fast one (out of the hot
/// loop: the descriptor is only looked up here).
#[cold]
#[inline(never)]
fn full_check(set: &AttrSet, kind: u16, v: &[u8], offset: usize) -> Result<(), Error> {
    match set.attrs.get(kind as usize) {
        Some(d) => Check::full(d, v, offset),
        None => Ok(()),
    }
}

fn attr_ip(v: &[u8]) -> Option<IpAddr> {
    match v.len() {
        4 => v.first_chunk::<4>().map(|b| IpAddr::V4(Ipv4Addr::from(*b))),
        16 => v
            .first_chunk::<16>()
            .map(|b| IpAddr::V6(Ipv6Addr::from(*b))),
        _ => None,
    }
}

/// Splits a nest that starts with a fixed header `H` into the header and the view of the
/// attributes after it (offsets in errors stay counted from the message start).
pub fn split_header<'a, H: FamilyHeader, V: AttrView<'a>>(a: &Attr<'a>) -> Result<(H, V), Error> {
    let v = a.value();
    let h = H::parse(v).map_err(|e| e.shifted(a.offset() + nlcodec::consts::NLA_HDRLEN))?;
    let skip = align(H::LEN).min(v.len());
    let attrs = Attrs::with_base(&v[skip..], a.offset() + nlcodec::consts::NLA_HDRLEN + skip);
    Ok((h, V::parse(attrs)?))
}

/// The entries of an indexed array: `(index, view)` pairs.
#[derive(Debug, Clone)]
pub struct Entries<'a, V> {
    inner: Attrs<'a>,
    _v: PhantomData<V>,
}

impl<'a, V: AttrView<'a>> Iterator for Entries<'a, V> {
    type Item = Result<(u16, V), Error>;

    fn next(&mut self) -> Option<Self::Item> {
        match self.inner.next()? {
            Ok(a) => Some(V::parse(a.nested()).map(|v| (a.kind(), v))),
            Err(e) => Some(Err(e)),
        }
    }
}

impl<'a, V> Entries<'a, V> {
    /// The entries of the nest `a`.
    pub fn new(a: &Attr<'a>) -> Self {
        Entries {
            inner: a.nested(),
            _v: PhantomData,
        }
    }
}

/// The outer entries of a two-level nest-type-value nest: `(id, inner entries)` pairs.
#[derive(Debug, Clone)]
pub struct NestedEntries<'a, V> {
    inner: Attrs<'a>,
    _v: PhantomData<V>,
}

impl<'a, V: AttrView<'a>> Iterator for NestedEntries<'a, V> {
    type Item = Result<(u16, Entries<'a, V>), Error>;

    fn next(&mut self) -> Option<Self::Item> {
        match self.inner.next()? {
            Ok(a) => Some(Ok((a.kind(), Entries::new(&a)))),
            Err(e) => Some(Err(e)),
        }
    }
}

/// The records of a record list: `(header, view)` pairs.
#[derive(Debug, Clone)]
pub struct Records<'a, H, V> {
    walk: RecordWalk<'a>,
    _v: PhantomData<(H, V)>,
}

impl<'a, H: FamilyHeader, V> Records<'a, H, V> {
    /// The records of the record-list attribute `a`.
    pub fn new(a: &Attr<'a>) -> Self {
        Records {
            walk: RecordWalk::of(a, H::LEN),
            _v: PhantomData,
        }
    }
}

impl<'a, H: FamilyHeader, V: AttrView<'a>> Iterator for Records<'a, H, V> {
    type Item = Result<(H, V), Error>;

    fn next(&mut self) -> Option<Self::Item> {
        let r = match self.walk.next()? {
            Ok(r) => r,
            Err(e) => {
                return Some(Err(Error::InvalidAttr {
                    kind: 0,
                    offset: e.offset,
                    len: e.available,
                    violation: Violation::BadNest,
                }))
            }
        };
        let header = match H::parse(r.header) {
            Ok(h) => h,
            Err(e) => return Some(Err(e.shifted(r.offset))),
        };
        Some(V::parse(r.attrs).map(|v| (header, v)))
    }
}
