//! `AttrTable`: attributes indexed by type in one pass (libmnl's `tb[]`, the kernel's
//! `nla_parse`).

use crate::attr::{Attr, Attrs};
use crate::consts::{align, NLA_HDRLEN, NLA_TYPE_MASK};
use crate::error::{Error, Violation};
use crate::mode::Mode;
use crate::schema::validate::{bad, Checker, Fast, Seen};
use crate::schema::AttrSet;
use crate::schema::Level;

/// Attributes of one block indexed by type: slot `t` holds the attribute of type `t`
/// (flag bits stripped). When a type appears more than once the last one wins, as in the
/// kernel (strict validation reports duplicates instead).
///
/// Types `>= N` have no slot but are not lost: the table remembers where the first of them
/// is, [`get`](Self::get) and [`require`](Self::require) find them by scanning the block
/// from there (the last one still wins), [`iter`](Self::iter) and [`len`](Self::len) count
/// them, and [`beyond`](Self::beyond) says whether there were any (a sign that `N` is too
/// small for what the sender knows, e.g. a newer kernel).
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
/// The table is compact (4 bytes a slot plus the block reference, its base offset and the
/// position of the first attribute beyond `N`): slot `t` holds where the attribute of type
/// `t` starts in the block, and [`get`](Self::get) rebuilds the [`Attr`] from the already
/// validated header.
///
/// ```
/// use nlcodec::{AttrTable, Writer};
/// let mut buf = [0u8; 64];
/// let mut w = Writer::new(&mut buf);
/// w.begin_message(0x10, 0, 0, 0).unwrap();
/// w.put_u32(4, 1500).unwrap(); // IFLA_MTU
/// w.put_u32(66, 1).unwrap(); // a type from a newer kernel
/// w.end_message().unwrap();
/// let tb = AttrTable::<8>::parse(&w.as_bytes()[16..]).unwrap();
/// assert!(tb.beyond());
/// assert_eq!(tb.require(66).unwrap().as_u32().unwrap(), 1); // found by a scan
/// assert_eq!(tb.len(), 2);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AttrTable<'a, const N: usize> {
    block: &'a [u8],
    base: usize,
    /// Position in `block` plus one; 0 for an empty slot.
    slots: [u32; N],
    /// Position in `block` of the first attribute of a type `>= N`, plus one; 0 for none.
    beyond: u32,
}

impl<'a, const N: usize> Default for AttrTable<'a, N> {
    fn default() -> Self {
        AttrTable {
            block: &[],
            base: 0,
            slots: [0; N],
            beyond: 0,
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
    pub fn from_attrs(attrs: Attrs<'a>) -> Result<Self, Error> {
        Self::from_attrs_checked(attrs, |_, _, _| Ok(()))
    }

    /// Like [`from_attrs`](Self::from_attrs), calling `check(kind, value, offset)` on every
    /// attribute in the same pass (kind without flag bits, offset as the iterator counts
    /// it); the first error it returns ends the parse. The typed views of
    /// `nlcodec-families` check each value against its descriptor this way.
    ///
    /// ```
    /// use nlcodec::{AttrTable, Error, Violation};
    /// let mut buf = [0u8; 64];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 0, 0).unwrap();
    /// w.put_u16(4, 1500).unwrap(); // IFLA_MTU must be 4 bytes
    /// w.end_message().unwrap();
    /// let block = nlcodec::attrs(&w.as_bytes()[16..]);
    /// let err = AttrTable::<8>::from_attrs_checked(block, |kind, v, offset| match kind {
    ///     4 if v.len() < 4 => Err(Error::InvalidAttr {
    ///         kind, offset, len: v.len(), violation: Violation::TooShort { min: 4 },
    ///     }),
    ///     _ => Ok(()),
    /// })
    /// .unwrap_err();
    /// assert!(matches!(err, Error::InvalidAttr { kind: 4, offset: 0, .. }));
    /// ```
    #[inline(always)]
    pub fn from_attrs_checked(
        attrs: Attrs<'a>,
        mut check: impl FnMut(u16, &'a [u8], usize) -> Result<(), Error>,
    ) -> Result<Self, Error> {
        // Filled inside the `Result` it is returned in: one place for the table from the
        // first slot written to the caller's (a table moved after filling reads its fresh
        // slots back through failed store forwarding, which costs more than the parse).
        let mut r = Ok(Self::empty_for(&attrs));
        if let Ok(t) = &mut r {
            if let Err(e) = t.fill(attrs, |raw_kind, value, offset, _| {
                check(raw_kind & NLA_TYPE_MASK, value, offset)
            }) {
                r = Err(e);
            }
        }
        r
    }

    /// [`from_attrs_checked`](Self::from_attrs_checked) into this table, where it is: what
    /// it held is replaced (on an error too, by a part of the new block). For a table
    /// inside a bigger value that is filled where it lives, as the typed messages of
    /// `nlcodec-families` are: a table moved after filling reads its fresh slots back
    /// through failed store forwarding, which costs more than the parse.
    ///
    /// ```
    /// use nlcodec::AttrTable;
    /// let mut tb = AttrTable::<4>::default();
    /// tb.fill_checked(nlcodec::attrs(&[8, 0, 1, 0, 7, 0, 0, 0]), |_, _, _| Ok(())).unwrap();
    /// assert_eq!(tb.get(1).unwrap().as_u32().unwrap(), 7);
    /// tb.fill_checked(nlcodec::attrs(&[4, 0, 2, 0]), |_, _, _| Ok(())).unwrap();
    /// assert!(tb.get(1).is_none() && tb.get(2).is_some());
    /// ```
    #[inline(always)]
    pub fn fill_checked(
        &mut self,
        attrs: Attrs<'a>,
        mut check: impl FnMut(u16, &'a [u8], usize) -> Result<(), Error>,
    ) -> Result<(), Error> {
        self.block = attrs.trailing();
        self.base = attrs.offset();
        self.slots = [0; N];
        self.beyond = 0;
        self.fill(attrs, |raw_kind, value, offset, _| {
            check(raw_kind & NLA_TYPE_MASK, value, offset)
        })
        .map(drop)
    }

    /// The one walk that fills a table: the same checks and errors as `Attrs`, without
    /// building an `Attr` per attribute (this is the hot loop of every table-based parse).
    /// `check(raw_kind, value, offset, taken)` sees every attribute before its slot is set,
    /// `taken` saying that the slot already holds one. `self` is the empty table of `attrs`
    /// (filled in place: a table is too big to move around per message). Returns where the
    /// walk stopped (0 to 3 bytes before the end of the block).
    #[inline(always)]
    fn fill(
        &mut self,
        mut attrs: Attrs<'a>,
        mut check: impl FnMut(u16, &'a [u8], usize, bool) -> Result<(), Error>,
    ) -> Result<usize, Error> {
        if let Some(e) = attrs.take_error() {
            return Err(e);
        }
        let t = self;
        let block = t.block;
        let mut pos = 0usize;
        while let Some((h, _)) = block.get(pos..).and_then(<[u8]>::split_first_chunk::<4>) {
            let len = u16::from_ne_bytes([h[0], h[1]]) as usize;
            let raw_kind = u16::from_ne_bytes([h[2], h[3]]);
            let kind = (raw_kind & NLA_TYPE_MASK) as usize;
            let available = block.len() - pos;
            if len < NLA_HDRLEN || len > available {
                return Err(crate::attr::bad_len(
                    len,
                    t.base.saturating_add(pos),
                    available,
                ));
            }
            let value = &block[pos + NLA_HDRLEN..pos + len];
            match t.slots.get_mut(kind) {
                Some(slot) => {
                    check(raw_kind, value, t.base.wrapping_add(pos), *slot != 0)?;
                    *slot = pos as u32 + 1;
                }
                None => {
                    check(raw_kind, value, t.base.wrapping_add(pos), false)?;
                    t.note_beyond(pos);
                }
            }
            pos += align(len);
        }
        Ok(pos.min(block.len()))
    }

    #[inline(always)]
    fn empty_for(attrs: &Attrs<'a>) -> Self {
        AttrTable {
            block: attrs.trailing(),
            base: attrs.offset(),
            slots: [0; N],
            beyond: 0,
        }
    }

    /// Records an attribute of a type `>= N` at `pos` (only the first one is kept).
    #[inline(always)]
    fn note_beyond(&mut self, pos: usize) {
        if self.beyond == 0 {
            self.beyond = (pos as u32).wrapping_add(1);
        }
    }

    /// Indexes `block` and validates every attribute against `set` in the same pass, as
    /// [`AttrSet::validate`] would (see [`Mode`]).
    ///
    /// ```
    /// use nlcodec::schema::{AttrDesc, AttrSet, AttrType};
    /// use nlcodec::{AttrTable, Error, Mode, Violation, Writer};
    /// static SET: AttrSet = AttrSet::new("s", &[
    ///     AttrDesc::UNKNOWN,
    ///     AttrDesc::new("mtu", "X_MTU", 1, AttrType::U32),
    ///     AttrDesc::new("up", "X_UP", 2, AttrType::Flag),
    /// ]);
    /// let mut buf = [0u8; 64];
    /// let mut w = Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 0, 0).unwrap();
    /// w.put_u32(1, 7).unwrap();
    /// w.put_u32(1, 8).unwrap();
    /// w.end_message().unwrap();
    /// let block = &w.as_bytes()[16..];
    /// // Liberal: the last one wins.
    /// let tb = AttrTable::<3>::parse_validated(block, &SET, Mode::Liberal).unwrap();
    /// assert_eq!(tb.get(1).unwrap().as_u32().unwrap(), 8);
    /// // Strict: the duplicate is an error that names the type and the offset.
    /// let err = AttrTable::<3>::parse_validated(block, &SET, Mode::Strict).unwrap_err();
    /// assert!(matches!(err, Error::InvalidAttr { kind: 1, offset: 8, violation: Violation::Duplicate, .. }));
    /// ```
    #[inline]
    pub fn parse_validated(
        block: &'a [u8],
        set: &'static AttrSet,
        mode: Mode,
    ) -> Result<Self, Error> {
        Self::from_attrs_validated(crate::attrs(block), set, mode)
    }

    /// [`parse_validated`](Self::parse_validated) over an attribute iterator, e.g.
    /// [`Message::attrs`](crate::Message::attrs).
    #[inline]
    pub fn from_attrs_validated(
        attrs: Attrs<'a>,
        set: &'static AttrSet,
        mode: Mode,
    ) -> Result<Self, Error> {
        // The slow path's state is made on first need: most blocks never take it.
        let start = (attrs.trailing(), attrs.offset());
        let mut slow: Option<Level<'a, Seen>> = None;
        let fast = Fast::new(mode);
        let mut r = Ok(Self::empty_for(&attrs));
        let Ok(t) = &mut r else { return r };
        let filled = t.fill(attrs, |raw_kind, value, offset, taken| {
            let kind = raw_kind & NLA_TYPE_MASK;
            let q = set.quick(kind);
            // The fast path: a plain value of a type the table keeps.
            if fast.ok(q, raw_kind, value.len()) && (kind as usize) < N {
                if taken && fast.counts_repeats(q) {
                    return Err(duplicate(raw_kind, value, offset));
                }
                return Ok(());
            }
            validated_slow::<N>(
                &mut slow,
                (set, mode, start),
                raw_kind,
                value,
                offset,
                taken,
            )
        });
        match filled {
            Err(e) => r = Err(e),
            Ok(end) => {
                let rest = t.block.len() - end;
                if mode.is_strict() && rest != 0 {
                    let offset = t.base.wrapping_add(end);
                    r = Err(Error::TrailingBytes { offset, len: rest });
                }
            }
        }
        // Filled in place, as in `from_attrs_checked`.
        r
    }

    /// The attribute of type `kind`, if present (the last one when there are several). A
    /// type `>= N` is looked for by a scan of the block from the first such attribute.
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
        match self.slots.get(kind as usize) {
            Some(slot) => self.at(*slot),
            None => self.get_beyond(kind),
        }
    }

    /// The value of the attribute of type `kind` (the last one when it repeats): what
    /// [`get`](Self::get) gives, without building the [`Attr`].
    ///
    /// ```
    /// let block = [8, 0, 4, 0, 0xdc, 0x05, 0, 0];
    /// let tb = nlcodec::AttrTable::<8>::parse(&block).unwrap();
    /// assert_eq!(tb.value(4), Some(&1500u32.to_ne_bytes()[..]));
    /// assert_eq!(tb.value(5), None);
    /// ```
    #[inline]
    pub fn value(&self, kind: u16) -> Option<&'a [u8]> {
        match self.slots.get(kind as usize) {
            Some(slot) => {
                let at = slot.checked_sub(1)? as usize;
                let (h, _) = self.block.get(at..)?.split_first_chunk::<2>()?;
                let len = u16::from_ne_bytes(*h) as usize;
                self.block.get(at + NLA_HDRLEN..at + len)
            }
            None => self.get_beyond(kind).map(|a| a.value()),
        }
    }

    #[cold]
    #[inline(never)]
    fn get_beyond(&self, kind: u16) -> Option<Attr<'a>> {
        self.beyond_attrs().filter(|a| a.kind() == kind).last()
    }

    /// The attributes of types `>= N`, in block order (duplicates included).
    fn beyond_attrs(&self) -> impl Iterator<Item = Attr<'a>> + '_ {
        let start = match self.beyond.checked_sub(1) {
            Some(at) => at as usize,
            None => self.block.len(),
        };
        let rest = self.block.get(start..).unwrap_or(&[]);
        // The block was walked when the table was built: this walk cannot fail.
        Attrs::with_base(rest, self.base.wrapping_add(start))
            .map_while(Result::ok)
            .filter(|a| a.kind() as usize >= N)
    }

    /// The whole block again, every attribute in block order (repeated types and types
    /// `>= N` included): the walk for multi-attributes and for a dump.
    ///
    /// ```
    /// let block = [8, 0, 9, 0, 1, 0, 0, 0, 8, 0, 1, 0, 7, 0, 0, 0];
    /// let tb = nlcodec::AttrTable::<4>::parse(&block).unwrap();
    /// let kinds: Vec<u16> = tb.attrs().map(|a| a.unwrap().kind()).collect();
    /// assert_eq!(kinds, [9, 1]);
    /// ```
    #[inline]
    pub fn attrs(&self) -> Attrs<'a> {
        Attrs::with_base(self.block, self.base)
    }

    /// Rebuilds the attribute a slot points at (`None` for an empty slot).
    #[inline]
    fn at(&self, slot: u32) -> Option<Attr<'a>> {
        let at = slot.checked_sub(1)? as usize;
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

    /// The attribute of type `kind`, or [`Error::MissingAttr`] when the block has none (a
    /// type `>= N` is found as [`get`](Self::get) finds it, never reported missing).
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

    /// Iterates over every present attribute: first the types below `N` in type order (the
    /// last of each type), then the attributes of types `>= N` in block order, every one of
    /// them (the table has no slot to pick the last of a repeated type `>= N`).
    ///
    /// ```
    /// let mut buf = [0u8; 64];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 0, 0).unwrap();
    /// w.put_u32(9, 1).unwrap();
    /// w.put_flag(2).unwrap();
    /// w.put_u32(1, 7).unwrap();
    /// w.put_u32(5, 3).unwrap();
    /// w.end_message().unwrap();
    /// let block = &w.as_bytes()[16..];
    /// let tb = nlcodec::AttrTable::<4>::parse(block).unwrap();
    /// let kinds: Vec<u16> = tb.iter().map(|a| a.kind()).collect();
    /// assert_eq!(kinds, [1, 2, 9, 5]);
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = Attr<'a>> + '_ {
        self.slots
            .iter()
            .filter_map(|s| self.at(*s))
            .chain(self.beyond_attrs())
    }

    /// Number of attributes [`iter`](Self::iter) yields: the types below `N` present, plus
    /// every attribute of a type `>= N`.
    ///
    /// ```
    /// let mut buf = [0u8; 64];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 0, 0).unwrap();
    /// w.put_u32(1, 7).unwrap();
    /// w.put_flag(2).unwrap();
    /// w.put_flag(2).unwrap(); // the last one wins: one type
    /// w.end_message().unwrap();
    /// let block = &w.as_bytes()[16..];
    /// assert_eq!(nlcodec::AttrTable::<4>::parse(block).unwrap().len(), 2);
    /// // Type 2 has no slot in a 2-slot table but still counts, both times.
    /// assert_eq!(nlcodec::AttrTable::<2>::parse(block).unwrap().len(), 3);
    /// ```
    pub fn len(&self) -> usize {
        self.slots.iter().filter(|s| **s != 0).count() + self.beyond_attrs().count()
    }

    /// True when the block had no attribute at all.
    ///
    /// ```
    /// assert!(nlcodec::AttrTable::<4>::parse(&[]).unwrap().is_empty());
    /// ```
    pub fn is_empty(&self) -> bool {
        self.beyond == 0 && self.slots.iter().all(|s| *s == 0)
    }

    /// True when the block had attributes of types `>= N`, beyond the table's slots. They
    /// are still found ([`get`](Self::get), [`iter`](Self::iter)), by a scan of the block
    /// rather than a slot lookup; a `true` here usually means the sender knows types the
    /// caller's `N` does not cover (a newer kernel).
    ///
    /// ```
    /// let mut buf = [0u8; 64];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 0, 0).unwrap();
    /// w.put_u32(3, 7).unwrap();
    /// w.end_message().unwrap();
    /// let block = &w.as_bytes()[16..];
    /// assert!(!nlcodec::AttrTable::<4>::parse(block).unwrap().beyond());
    /// assert!(nlcodec::AttrTable::<3>::parse(block).unwrap().beyond());
    /// ```
    #[inline]
    pub fn beyond(&self) -> bool {
        self.beyond != 0
    }
}

/// A repeated attribute, as an error.
#[cold]
fn duplicate(raw_kind: u16, value: &[u8], offset: usize) -> Error {
    bad(
        &Attr::new(raw_kind, value, offset as u32),
        Violation::Duplicate,
    )
}

/// The validated table's slow path: the full check (its state made on first need), and
/// repeats of types past the table's end looked up in a bitmap (`taken` answers for the
/// types the table keeps).
#[cold]
#[inline(never)]
fn validated_slow<'a, const N: usize>(
    slow: &mut Option<Level<'a, Seen>>,
    (set, mode, block): (&'static AttrSet, Mode, (&'a [u8], usize)),
    raw_kind: u16,
    value: &'a [u8],
    offset: usize,
    taken: bool,
) -> Result<(), Error> {
    let level = slow.get_or_insert_with(|| {
        let block = Attrs::with_base(block.0, block.1);
        Level::new(Some(set), &block, 0)
    });
    let a = Attr::new(raw_kind, value, offset as u32);
    if Checker::new(level, mode).check(raw_kind, value, offset)? {
        let dup = if (a.kind() as usize) < N {
            taken
        } else {
            level.scratch.insert(&a, &level.attrs)
        };
        if dup {
            return Err(bad(&a, Violation::Duplicate));
        }
    }
    Ok(())
}
