//! Extended-ACK offsets resolved to named attribute paths through the descriptors.

use super::attr::{AttrDesc, AttrSet};
use super::family::{MsgDesc, Schema};
use super::inner::{header_skip, Entry, Inner};
use super::records::Record;
use super::walk::{walk, Level, List, Visitor};
use crate::ack::ErrorMessage;
use crate::attr::{Attr, Attrs};
use crate::consts::{align, NLA_HDRLEN, NLMSG_HDRLEN};
use crate::header::parse_header;
use crate::MAX_NEST_DEPTH;
use core::fmt;

/// One step of a [`NamedPath`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// An attribute: its type number and, when the spec names it, its descriptor.
    Attr {
        /// The type number (flag bits stripped).
        kind: u16,
        /// Its descriptor, if the set in force names it.
        desc: Option<&'static AttrDesc>,
    },
    /// An entry of an indexed array or nest-type-value nest, by its type number.
    Index(u16),
    /// A record of a record list (e.g. the n-th `rtnexthop` of `RTA_MULTIPATH`), from 0.
    Record(u16),
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Step::Attr { desc: Some(d), .. } => f.write_str(d.c_name),
            Step::Attr { kind, desc: None } => write!(f, "{kind}"),
            Step::Index(i) => write!(f, "[{i}]"),
            Step::Record(i) => write!(f, "#{i}"),
        }
    }
}

/// The path to the attribute an extended-ACK offset points at, with names: e.g.
/// `IFLA_LINKINFO / IFLA_INFO_DATA / VETH_INFO_PEER / IFLA_IFNAME`.
///
/// It descends into nests with the descriptor of their set, steps over a nest's own fixed
/// header (`VETH_INFO_PEER` starts with an `ifinfomsg`), into sub-messages chosen by their
/// selector wherever it sits in the block, into indexed arrays and into record lists.
/// Attributes the spec does not know appear by number. No allocation; at most
/// [`MAX_NEST_DEPTH`] steps.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct NamedPath {
    steps: [Step; MAX_NEST_DEPTH],
    len: u8,
    exact: bool,
}

impl NamedPath {
    /// Resolves `offset` (counted from the `nlmsghdr` of `request`, as `NLMSGERR_ATTR_OFFS`
    /// is) in a whole request message described by `msg`.
    ///
    /// Returns `None` when the offset does not fall inside any attribute.
    pub fn resolve(request: &[u8], msg: &MsgDesc, offset: u32) -> Option<NamedPath> {
        let (_, h) = parse_header(request).ok()?;
        let end = (h.len as usize).clamp(NLMSG_HDRLEN, request.len());
        let start = NLMSG_HDRLEN + align(msg.header_len);
        let block = request.get(start..end)?;
        NamedPath::resolve_block(block, start, msg.attrs(), offset as usize)
    }

    /// Resolves `offset` inside an attribute block that starts at byte `base` of its message,
    /// whose attributes belong to `set`.
    ///
    /// ```
    /// use nlcodec::schema::{AttrDesc, AttrSet, AttrType, NamedPath};
    /// static INNER: AttrSet = AttrSet::new("inner", &[
    ///     AttrDesc::UNKNOWN,
    ///     AttrDesc::new("name", "X_NAME", 1, AttrType::String),
    /// ]);
    /// static OUTER: AttrSet = AttrSet::new("outer", &[
    ///     AttrDesc::UNKNOWN,
    ///     AttrDesc::new("info", "X_INFO", 1, AttrType::Nest).nested(&INNER),
    /// ]);
    /// let mut buf = [0u8; 64];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 0, 0).unwrap();
    /// w.put_nested(1, |w| w.put_str(1, "abc")).unwrap();
    /// w.end_message().unwrap();
    /// let block = &w.as_bytes()[16..];
    /// let p = NamedPath::resolve_block(block, 16, Some(&OUTER), 20).unwrap();
    /// assert_eq!(p.to_string(), "X_INFO / X_NAME");
    /// assert!(p.is_exact());
    /// ```
    pub fn resolve_block(
        block: &[u8],
        base: usize,
        set: Option<&'static AttrSet>,
        offset: usize,
    ) -> Option<NamedPath> {
        let mut finder = Finder {
            path: NamedPath {
                steps: [Step::Index(0); MAX_NEST_DEPTH],
                len: 0,
                exact: false,
            },
            offset,
        };
        // `Err(Found)` only ends the walk early: the path is complete either way.
        let _ = walk(&mut finder, set, Attrs::with_base(block, base), 0);
        let path = finder.path;
        (path.len > 0).then_some(path)
    }

    fn push(&mut self, s: Step) -> bool {
        match self.steps.get_mut(self.len as usize) {
            Some(slot) => {
                *slot = s;
                self.len += 1;
                true
            }
            None => false,
        }
    }

    /// The steps, outermost first.
    pub fn as_slice(&self) -> &[Step] {
        &self.steps[..self.len as usize]
    }

    /// The descriptor of the last step, when the spec names it.
    pub fn last(&self) -> Option<&'static AttrDesc> {
        match self.as_slice().last()? {
            Step::Attr { desc, .. } => *desc,
            _ => None,
        }
    }

    /// True when the offset pointed exactly at the header of the last attribute.
    pub fn is_exact(&self) -> bool {
        self.exact
    }
}

/// [`NamedPath`]'s resolution as a [`Visitor`] of the one walk: it goes only into the
/// attribute, entry or record that holds the offset, and stops where the offset points at a
/// header, at a value, or at bytes that are not attributes.
struct Finder {
    path: NamedPath,
    offset: usize,
}

/// The path is complete: the walk ends.
struct Found;

impl Finder {
    /// Adds the step to what holds the offset at `at`: `Err` when that ends the path (no room
    /// for more steps, or the offset points at this very header).
    fn step(&mut self, s: Step, at: usize) -> Result<(), Found> {
        if !self.path.push(s) {
            return Err(Found);
        }
        if self.offset == at {
            self.path.exact = true;
            return Err(Found);
        }
        Ok(())
    }

    /// Whether the offset lies in the attributes of `a`'s value after its first `skip`
    /// bytes (and they are attributes): `Err` ends the path at `a`.
    fn inside(&self, a: &Attr<'_>, skip: usize) -> Result<(), Found> {
        let skip = skip.min(a.value().len());
        let base = a.offset() + NLA_HDRLEN + skip;
        match self.offset >= base && is_attr_stream(&a.value()[skip..], base) {
            true => Ok(()),
            false => Err(Found),
        }
    }
}

fn holds(a: &Attr<'_>, offset: usize) -> bool {
    a.offset() <= offset && offset < a.offset() + align(a.len())
}

impl<'a> Visitor<'a> for Finder {
    type Error = Found;
    type Scratch = ();

    fn attr(&mut self, a: &Attr<'a>, at: &mut Level<'a>) -> Result<Inner, Found> {
        if !holds(a, self.offset) {
            return Ok(Inner::Value);
        }
        let (kind, desc) = (a.kind(), at.desc(a));
        self.step(Step::Attr { kind, desc }, a.offset())?;
        // Not described: maybe attributes, of no known set.
        let inner = desc.map_or(Inner::UnknownFormat, |d| at.inner(d));
        match inner {
            Inner::Value => return Err(Found),
            Inner::Block { header, .. } => self.inside(a, header_skip(header))?,
            Inner::UnknownFormat | Inner::Entries { .. } => self.inside(a, 0)?,
            // Each record's place is checked by `record`.
            Inner::Records { .. } => {}
        }
        Ok(inner)
    }

    fn entry(&mut self, e: &Attr<'a>, at: &List<'a>) -> Result<bool, Found> {
        if !holds(e, self.offset) {
            return Ok(false);
        }
        self.step(Step::Index(e.kind()), e.offset())?;
        match (at.holds_entries(), at.entry()) {
            (false, Some(Entry::Value(_))) => Err(Found),
            _ => self.inside(e, 0).map(|()| true),
        }
    }

    fn record(&mut self, r: &Record<'a>, _: &List<'a>) -> Result<bool, Found> {
        if self.offset < r.offset || self.offset >= r.offset + align(r.len) {
            return Ok(false);
        }
        self.step(Step::Record(r.index), r.offset)?;
        Ok(true)
    }
}

fn is_attr_stream(block: &[u8], base: usize) -> bool {
    !block.is_empty() && Attrs::with_base(block, base).all(|r| r.is_ok())
}

impl fmt::Debug for NamedPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "NamedPath({self})")
    }
}

impl fmt::Display for NamedPath {
    /// Writes the C names joined by ` / `, unknown types as numbers.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, s) in self.as_slice().iter().enumerate() {
            if i > 0 {
                f.write_str(" / ")?;
            }
            write!(f, "{s}")?;
        }
        Ok(())
    }
}

impl NamedPath {
    /// Resolves `offset` in a whole request message whose type `schema` knows (e.g. the
    /// request a caller sent, when the kernel's reply is capped).
    ///
    /// Returns `None` when the schema does not know the message or the offset falls outside
    /// every attribute.
    pub fn resolve_with(request: &[u8], schema: &dyn Schema, offset: u32) -> Option<NamedPath> {
        let (_, h) = parse_header(request).ok()?;
        let end = (h.len as usize).clamp(NLMSG_HDRLEN, request.len());
        let msg = schema.message(h.kind, request.get(NLMSG_HDRLEN..end)?)?;
        NamedPath::resolve(request, &msg, offset)
    }
}

impl ErrorMessage<'_> {
    /// The named path of the extended-ACK offset in the echoed request (when the kernel
    /// echoed it whole, i.e. no `NLM_F_CAPPED`); with a capped reply use
    /// [`NamedPath::resolve_with`] on the request you sent.
    pub fn named_path(&self, schema: &dyn Schema) -> Option<NamedPath> {
        let offset = self.ext_ack.offset? as usize;
        let msg = schema.message(self.request.kind, self.request_payload)?;
        let hl = align(msg.header_len);
        let block = self.request_payload.get(hl..)?;
        NamedPath::resolve_block(block, NLMSG_HDRLEN + hl, msg.attrs(), offset)
    }
}
