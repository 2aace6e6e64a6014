//! The one walk over attributes by their descriptors. [`walk`] goes through a block of
//! attributes and, wherever a [`Visitor`] asks, into what an attribute holds as
//! [`AttrDesc::inner`] lays it out: a nest or sub-message after its fixed header, one or two
//! levels of numbered entries, a list of records. It keeps the depth and stops at
//! [`MAX_NEST_DEPTH`]; the visitor says what each attribute, entry and record means.
//! [`Dump`](crate::dump::Dump), the validator, [`NamedPath`](super::NamedPath) and nldump's
//! JSON are visitors.

use super::attr::{AttrDesc, AttrSet};
use super::inner::{attrs_after, header_skip, Entry, Inner};
use super::records::{Record, RecordError, RecordWalk};
use super::siblings::Siblings;
use super::types::StructDesc;
use crate::attr::{Attr, Attrs};
use crate::MAX_NEST_DEPTH;
use core::cell::OnceCell;

/// One block being walked: its set, how deep it is, its attributes from the start (where a
/// sub-message finds its selector, looked up on first need), and the visitor's scratch state
/// for this block.
pub struct Level<'a, S = ()> {
    set: Option<&'static AttrSet>,
    depth: usize,
    pub(crate) attrs: Attrs<'a>,
    siblings: OnceCell<Siblings<'a>>,
    /// The visitor's state for this block ([`Visitor::Scratch`]), made new for each block.
    pub scratch: S,
}

impl<'a, S: Default> Level<'a, S> {
    /// The block `attrs` iterates, of `set` (`None`: attributes the spec does not describe),
    /// `depth` levels down (0: a message's own attributes).
    #[inline]
    pub(crate) fn new(set: Option<&'static AttrSet>, attrs: &Attrs<'a>, depth: usize) -> Self {
        Level {
            set,
            depth,
            attrs: attrs.clone(),
            siblings: OnceCell::new(),
            scratch: S::default(),
        }
    }
}

impl<'a, S> Level<'a, S> {
    /// The set the block's attributes belong to.
    #[inline]
    pub fn set(&self) -> Option<&'static AttrSet> {
        self.set
    }

    /// The descriptor of `a`, when the block's set names its type.
    #[inline]
    pub fn desc(&self, a: &Attr<'_>) -> Option<&'static AttrDesc> {
        self.set?.get(a.kind())
    }

    /// How deep the block is: 0 for a message's own attributes, one more for each nest, level
    /// of entries or record list above it.
    #[inline]
    pub fn depth(&self) -> usize {
        self.depth
    }

    /// The block's attributes, from its start.
    #[inline]
    pub fn attrs(&self) -> &Attrs<'a> {
        &self.attrs
    }

    /// The block seen from its sub-messages (selectors looked up once).
    #[inline]
    pub fn siblings(&self) -> &Siblings<'a> {
        self.siblings
            .get_or_init(|| Siblings::new(self.attrs.clone()))
    }

    /// What an attribute of descriptor `d` in this block holds (its sub-message's format
    /// chosen by the selector in this block).
    #[inline]
    pub fn inner(&self, d: &'static AttrDesc) -> Inner {
        d.inner(self.siblings())
    }

    /// True when what an attribute of this block holds is still within [`MAX_NEST_DEPTH`]:
    /// otherwise the walk calls [`Visitor::too_deep`] instead of going in.
    #[inline]
    pub fn can_descend(&self) -> bool {
        self.depth + 1 < MAX_NEST_DEPTH
    }
}

/// The list a numbered entry or a record belongs to, as the walk reports it with each.
#[derive(Debug, Clone, Copy)]
pub struct List<'a> {
    /// The attribute (or, for entries of entries, the outer entry) whose value is the list.
    pub attr: Attr<'a>,
    /// The descriptor of the attribute the list belongs to.
    pub of: Option<&'static AttrDesc>,
    /// The layout: [`Inner::Entries`], with `levels` counted from this list down (2 when
    /// each entry holds entries), or [`Inner::Records`].
    pub inner: Inner,
    /// How deep the entries or records are.
    pub depth: usize,
}

impl List<'_> {
    /// True when each entry holds another level of entries.
    pub fn holds_entries(&self) -> bool {
        matches!(self.inner, Inner::Entries { levels, .. } if levels > 1)
    }

    /// What each innermost entry holds (`None` for records).
    pub fn entry(&self) -> Option<Entry> {
        match self.inner {
            Inner::Entries { entry, .. } => Some(entry),
            _ => None,
        }
    }

    /// Each record's fixed header (`None` for entries, or records without one).
    pub fn header(&self) -> Option<&'static StructDesc> {
        match self.inner {
            Inner::Records { header, .. } => header,
            _ => None,
        }
    }
}

/// What the walk reports, and where it asks which way to go. Every method but
/// [`attr`](Self::attr) does nothing by default; an error from any of them ends the walk
/// with that error.
pub trait Visitor<'a> {
    /// What ends the walk early (`core::fmt::Error` for a printer, a validation error, ...).
    type Error;
    /// Per-block state ([`Level::scratch`]), made new for every block (e.g. the types seen
    /// so far).
    type Scratch: Default;

    /// One attribute of the block `at`. Returns what to go into: usually
    /// `at.inner(desc)` for `at.desc(a)`, or [`Inner::Value`] to step over it.
    fn attr(
        &mut self,
        a: &Attr<'a>,
        at: &mut Level<'a, Self::Scratch>,
    ) -> Result<Inner, Self::Error>;

    /// After what `a` holds was walked (or found too deep): `inner` is what `attr` returned,
    /// `depth` the depth of `a`'s block.
    fn leave(&mut self, a: &Attr<'a>, inner: Inner, depth: usize) -> Result<(), Self::Error> {
        let _ = (a, inner, depth);
        Ok(())
    }

    /// One numbered entry of the list `at`: it holds another level of entries
    /// ([`List::holds_entries`]) or [`List::entry`] (a nest or a value). Returns whether to
    /// go into it (a value has nothing to go into).
    fn entry(&mut self, e: &Attr<'a>, at: &List<'a>) -> Result<bool, Self::Error> {
        let _ = (e, at);
        Ok(true)
    }

    /// After an entry [`entry`](Self::entry) went into.
    fn leave_entry(&mut self, e: &Attr<'a>, at: &List<'a>) -> Result<(), Self::Error> {
        let _ = (e, at);
        Ok(())
    }

    /// One record of the record list `at`. Returns whether to go into its attributes.
    fn record(&mut self, r: &Record<'a>, at: &List<'a>) -> Result<bool, Self::Error> {
        let _ = (r, at);
        Ok(true)
    }

    /// After a record [`record`](Self::record) went into.
    fn leave_record(&mut self, r: &Record<'a>, at: &List<'a>) -> Result<(), Self::Error> {
        let _ = (r, at);
        Ok(())
    }

    /// A record of the list `at` whose length is wrong; the list ends here.
    fn bad_record(&mut self, e: RecordError, at: &List<'a>) -> Result<(), Self::Error> {
        let _ = (e, at);
        Ok(())
    }

    /// `a` (an attribute or an entry at `depth`) holds more than [`MAX_NEST_DEPTH`] allows:
    /// not gone into.
    fn too_deep(&mut self, a: &Attr<'a>, depth: usize) -> Result<(), Self::Error> {
        let _ = (a, depth);
        Ok(())
    }

    /// The end of a block (of attributes or entries) `depth` deep: `rest` is the walk where
    /// it stopped. Its `next()` is the error, if a malformed attribute ended it, and its
    /// [`trailing`](Attrs::trailing) the bytes after the last attribute.
    fn end(&mut self, rest: Attrs<'a>, depth: usize) -> Result<(), Self::Error> {
        let _ = (rest, depth);
        Ok(())
    }
}

/// Walks the block `attrs` of `set`, `depth` deep, with `v`.
///
/// ```
/// use nlcodec::schema::{walk, AttrDesc, AttrSet, AttrType, Inner, Level, Visitor};
/// use nlcodec::Attr;
/// static INNER: AttrSet = AttrSet::new("inner", &[
///     AttrDesc::UNKNOWN,
///     AttrDesc::new("name", "X_NAME", 1, AttrType::String),
/// ]);
/// static OUTER: AttrSet = AttrSet::new("outer", &[
///     AttrDesc::UNKNOWN,
///     AttrDesc::new("info", "X_INFO", 1, AttrType::Nest).nested(&INNER),
/// ]);
/// /// Collects `depth:C_NAME` of every attribute the spec names.
/// struct Names(Vec<String>);
/// impl<'a> Visitor<'a> for Names {
///     type Error = ();
///     type Scratch = ();
///     fn attr(&mut self, a: &Attr<'a>, at: &mut Level<'a>) -> Result<Inner, ()> {
///         let Some(d) = at.desc(a) else { return Ok(Inner::Value) };
///         self.0.push(format!("{}:{}", at.depth(), d.c_name));
///         Ok(at.inner(d))
///     }
/// }
/// let mut buf = [0u8; 64];
/// let mut w = nlcodec::Writer::new(&mut buf);
/// w.begin_message(0x10, 0, 0, 0).unwrap();
/// w.put_nested(1, |w| w.put_str(1, "abc")).unwrap();
/// w.end_message().unwrap();
/// let mut names = Names(Vec::new());
/// walk(&mut names, Some(&OUTER), nlcodec::attrs(&w.as_bytes()[16..]), 0).unwrap();
/// assert_eq!(names.0, ["0:X_INFO", "1:X_NAME"]);
/// ```
pub fn walk<'a, V: Visitor<'a>>(
    v: &mut V,
    set: Option<&'static AttrSet>,
    attrs: Attrs<'a>,
    depth: usize,
) -> Result<(), V::Error> {
    let mut level = Level::new(set, &attrs, depth);
    let mut it = attrs;
    while let Some(a) = it.step() {
        let inner = v.attr(&a, &mut level)?;
        if inner != Inner::Value {
            descend(v, &a, level.desc(&a), inner, depth)?;
        }
    }
    v.end(it, depth)
}

/// Walks what `a` (of descriptor `desc`, in a block `depth` deep) holds, laid out as `inner`,
/// then calls [`Visitor::leave`]. [`walk`] calls it for every attribute its visitor goes
/// into; a visitor calls it itself to take an attribute out of order (nldump's JSON gathers
/// the repeats of a multi-attribute into one list).
pub fn descend<'a, V: Visitor<'a>>(
    v: &mut V,
    a: &Attr<'a>,
    desc: Option<&'static AttrDesc>,
    inner: Inner,
    depth: usize,
) -> Result<(), V::Error> {
    if depth + 1 >= MAX_NEST_DEPTH {
        v.too_deep(a, depth)?;
        return v.leave(a, inner, depth);
    }
    let list = List {
        attr: *a,
        of: desc,
        inner,
        depth: depth + 1,
    };
    match inner {
        Inner::Value => {}
        Inner::Block { header, set, .. } => {
            walk(v, set, attrs_after(a, header_skip(header)), depth + 1)?
        }
        Inner::UnknownFormat => walk(v, None, attrs_after(a, 0), depth + 1)?,
        Inner::Entries { .. } => entries(v, list, attrs_after(a, 0))?,
        Inner::Records { set, .. } => records(v, list, set)?,
    }
    v.leave(a, inner, depth)
}

/// The entries of the list `at`.
fn entries<'a, V: Visitor<'a>>(v: &mut V, at: List<'a>, mut it: Attrs<'a>) -> Result<(), V::Error> {
    let Inner::Entries { levels, entry } = at.inner else {
        return Ok(());
    };
    let depth = at.depth;
    while let Some(e) = it.step() {
        if !v.entry(&e, &at)? {
            continue;
        }
        let holds_attrs = levels > 1 || matches!(entry, Entry::Nest(_));
        if holds_attrs && depth + 1 >= MAX_NEST_DEPTH {
            v.too_deep(&e, depth)?;
        } else if levels > 1 {
            let inner = Inner::Entries {
                levels: levels - 1,
                entry,
            };
            let below = List {
                attr: e,
                inner,
                depth: depth + 1,
                ..at
            };
            entries(v, below, e.nested())?;
        } else if let Entry::Nest(set) = entry {
            walk(v, set, e.nested(), depth + 1)?;
        }
        v.leave_entry(&e, &at)?;
    }
    v.end(it, depth)
}

/// The records of the record list `at`, whose attributes are of `set`.
fn records<'a, V: Visitor<'a>>(
    v: &mut V,
    at: List<'a>,
    set: Option<&'static AttrSet>,
) -> Result<(), V::Error> {
    let header_len = at.header().map_or(0, |h| h.len);
    for r in RecordWalk::of(&at.attr, header_len) {
        let r = match r {
            Ok(r) => r,
            Err(e) => return v.bad_record(e, &at),
        };
        if !v.record(&r, &at)? {
            continue;
        }
        if at.depth + 1 >= MAX_NEST_DEPTH {
            v.too_deep(&at.attr, at.depth)?;
        } else {
            walk(v, set, r.attrs.clone(), at.depth + 1)?;
        }
        v.leave_record(&r, &at)?;
    }
    Ok(())
}
