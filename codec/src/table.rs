//! `AttrTable`: attributes indexed by type in one pass (libmnl's `tb[]`, the kernel's
//! `nla_parse`).

use crate::attr::{Attr, Attrs};
use crate::consts::{align, NLA_HDRLEN, NLA_TYPE_MASK};
use crate::error::{Error, Violation};
use crate::policy::{trailing, Mode, Policy, Seen};

/// Attributes of one block indexed by type: slot `t` holds the attribute of type `t`
/// (flag bits stripped). Types `>= N` are not kept. When a type appears more than once the
/// last one wins, as in the kernel (strict validation reports duplicates instead).
///
/// ```
/// use nlcodec::{AttrTable, Writer};
/// let mut buf = [0u8; 64];
/// let mut w = Writer::new(&mut buf);
/// w.begin_message(0x10, 0, 0, 0).unwrap();
/// w.put_str(3, "eth0").unwrap(); // IFLA_IFNAME
/// w.put_u32(4, 1500).unwrap(); // IFLA_MTU
/// w.end_message().unwrap();
/// let tb = AttrTable::<8>::parse(&w.as_bytes()[16..]).unwrap();
/// assert_eq!(tb.get(3).unwrap().as_str().unwrap(), "eth0");
/// assert_eq!(tb.get(4).unwrap().as_u32().unwrap(), 1500);
/// assert!(tb.get(5).is_none());
/// ```
///
/// The table is compact (4 bytes a slot plus the block reference): slot `t` holds where the
/// attribute of type `t` starts in the block, and [`get`](Self::get) rebuilds the [`Attr`]
/// from the already validated header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AttrTable<'a, const N: usize> {
    block: &'a [u8],
    base: usize,
    /// Position in `block` plus one; 0 for an empty slot.
    slots: [u32; N],
}

impl<'a, const N: usize> Default for AttrTable<'a, N> {
    fn default() -> Self {
        AttrTable {
            block: &[],
            base: 0,
            slots: [0; N],
        }
    }
}

impl<'a, const N: usize> AttrTable<'a, N> {
    /// Indexes every attribute of `block`; fails on the first malformed one.
    #[inline]
    pub fn parse(block: &'a [u8]) -> Result<Self, Error> {
        Self::from_attrs(crate::attrs(block))
    }

    /// Indexes the attributes an iterator yields (e.g. [`Message::attrs`](crate::Message::attrs)
    /// or [`Attr::nested`]).
    #[inline]
    pub fn from_attrs(mut attrs: Attrs<'a>) -> Result<Self, Error> {
        if let Some(e) = attrs.take_error() {
            return Err(e);
        }
        let mut t = Self::empty_for(&attrs);
        // The same walk as `Attrs` (same checks, same errors), without building an `Attr`
        // per attribute: this is the hot loop of every table-based parse.
        let block = t.block;
        let mut pos = 0usize;
        while let Some((h, _)) = block.get(pos..).and_then(<[u8]>::split_first_chunk::<4>) {
            let len = u16::from_ne_bytes([h[0], h[1]]) as usize;
            let kind = (u16::from_ne_bytes([h[2], h[3]]) & NLA_TYPE_MASK) as usize;
            let available = block.len() - pos;
            if len < NLA_HDRLEN || len > available {
                return Err(crate::attr::bad_len(
                    len,
                    t.base.saturating_add(pos),
                    available,
                ));
            }
            if let Some(slot) = t.slots.get_mut(kind) {
                *slot = pos as u32 + 1;
            }
            pos += align(len);
        }
        Ok(t)
    }

    #[inline(always)]
    fn empty_for(attrs: &Attrs<'a>) -> Self {
        AttrTable {
            block: attrs.trailing(),
            base: attrs.offset(),
            slots: [0; N],
        }
    }

    #[inline(always)]
    fn set(&mut self, a: &Attr<'a>) {
        if let Some(slot) = self.slots.get_mut(a.kind() as usize) {
            // Attributes are at most 2^32 bytes into a block: nlmsg_len is a u32.
            *slot = (a.offset().wrapping_sub(self.base) as u32).wrapping_add(1);
        }
    }

    /// Indexes `block` and checks every attribute against `policy` in the same pass.
    ///
    /// ```
    /// use nlcodec::{AttrTable, Error, Mode, Policy, Rule, Violation, Writer};
    /// static P: Policy = Policy::new(&[Rule::Unspec, Rule::U32, Rule::Flag]);
    /// let mut buf = [0u8; 64];
    /// let mut w = Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 0, 0).unwrap();
    /// w.put_u32(1, 7).unwrap();
    /// w.put_u32(1, 8).unwrap();
    /// w.end_message().unwrap();
    /// let block = &w.as_bytes()[16..];
    /// // Liberal: the last one wins.
    /// let tb = AttrTable::<3>::parse_with_policy(block, &P, Mode::Liberal).unwrap();
    /// assert_eq!(tb.get(1).unwrap().as_u32().unwrap(), 8);
    /// // Strict: the duplicate is an error that names the type and the offset.
    /// let err = AttrTable::<3>::parse_with_policy(block, &P, Mode::Strict).unwrap_err();
    /// assert!(matches!(err, Error::InvalidAttr { kind: 1, offset: 8, violation: Violation::Duplicate, .. }));
    /// ```
    #[inline]
    pub fn parse_with_policy(
        block: &'a [u8],
        policy: &Policy<'_>,
        mode: Mode,
    ) -> Result<Self, Error> {
        Self::from_attrs_with_policy(crate::attrs(block), policy, mode)
    }

    /// [`parse_with_policy`](Self::parse_with_policy) over an attribute iterator.
    #[inline]
    pub fn from_attrs_with_policy(
        attrs: Attrs<'a>,
        policy: &Policy<'_>,
        mode: Mode,
    ) -> Result<Self, Error> {
        let mut t = Self::empty_for(&attrs);
        let start = attrs.clone();
        let mut it = attrs;
        let mut seen = Seen::new();
        while let Some(a) = it.step() {
            policy.check(&a, mode, 0)?;
            // The table's own slots find duplicates of the types it keeps.
            let dup = match t.slots.get(a.kind() as usize) {
                Some(slot) => *slot != 0,
                None => mode == Mode::Strict && seen.insert(&a, &start),
            };
            if mode == Mode::Strict && dup {
                return Err(Error::InvalidAttr {
                    kind: a.kind(),
                    offset: a.offset(),
                    len: a.value().len(),
                    violation: Violation::Duplicate,
                });
            }
            t.set(&a);
        }
        if let Some(e) = it.take_error() {
            return Err(e);
        }
        trailing(&it, mode)?;
        Ok(t)
    }

    /// The attribute of type `kind`, if present.
    ///
    /// ```
    /// let mut buf = [0u8; 64];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 0, 0).unwrap();
    /// w.put_u32(1, 7).unwrap();
    /// w.put_flag(2).unwrap();
    /// w.end_message().unwrap();
    /// let block = &w.as_bytes()[16..];
    /// let tb = nlcodec::AttrTable::<4>::parse(block).unwrap();
    /// assert_eq!(tb.get(1).unwrap().as_u32().unwrap(), 7);
    /// assert!(tb.get(3).is_none());
    /// ```
    #[inline]
    pub fn get(&self, kind: u16) -> Option<Attr<'a>> {
        let at = (*self.slots.get(kind as usize)?).checked_sub(1)? as usize;
        let h = self.block.get(at..at + NLA_HDRLEN)?;
        let len = u16::from_ne_bytes([h[0], h[1]]) as usize;
        let raw_kind = u16::from_ne_bytes([h[2], h[3]]);
        let value = self.block.get(at + NLA_HDRLEN..at + len)?;
        Some(Attr::new(
            raw_kind,
            value,
            self.base.wrapping_add(at) as u32,
        ))
    }

    /// The attribute of type `kind`, or [`Error::MissingAttr`].
    ///
    /// ```
    /// let mut buf = [0u8; 64];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 0, 0).unwrap();
    /// w.put_u32(1, 7).unwrap();
    /// w.put_flag(2).unwrap();
    /// w.end_message().unwrap();
    /// let block = &w.as_bytes()[16..];
    /// let tb = nlcodec::AttrTable::<4>::parse(block).unwrap();
    /// assert!(tb.require(2).is_ok());
    /// assert_eq!(tb.require(3), Err(nlcodec::Error::MissingAttr { kind: 3 }));
    /// ```
    #[inline]
    pub fn require(&self, kind: u16) -> Result<Attr<'a>, Error> {
        self.get(kind).ok_or(Error::MissingAttr { kind })
    }

    /// Iterates over the present attributes in type order.
    ///
    /// ```
    /// let mut buf = [0u8; 64];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 0, 0).unwrap();
    /// w.put_u32(1, 7).unwrap();
    /// w.put_flag(2).unwrap();
    /// w.end_message().unwrap();
    /// let block = &w.as_bytes()[16..];
    /// let tb = nlcodec::AttrTable::<4>::parse(block).unwrap();
    /// let kinds: Vec<u16> = tb.iter().map(|a| a.kind()).collect();
    /// assert_eq!(kinds, [1, 2]);
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = Attr<'a>> + '_ {
        (0..N).filter_map(|k| self.get(k as u16))
    }

    /// Number of types present.
    ///
    /// ```
    /// let mut buf = [0u8; 64];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 0, 0).unwrap();
    /// w.put_u32(1, 7).unwrap();
    /// w.put_flag(2).unwrap();
    /// w.end_message().unwrap();
    /// let block = &w.as_bytes()[16..];
    /// assert_eq!(nlcodec::AttrTable::<4>::parse(block).unwrap().len(), 2);
    /// assert_eq!(nlcodec::AttrTable::<2>::parse(block).unwrap().len(), 1); // type 2 not kept
    /// ```
    pub fn len(&self) -> usize {
        self.slots.iter().filter(|s| **s != 0).count()
    }

    /// True when no attribute was kept.
    pub fn is_empty(&self) -> bool {
        self.slots.iter().all(|s| *s == 0)
    }
}
