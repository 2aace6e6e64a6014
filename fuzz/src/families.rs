//! The `families` target: arbitrary bytes through every descriptor table, policy and typed
//! view that `nlcodec-gen` generated for the kernel's families (`nlcodec-families`, feature
//! `all`).
//!
//! Input layout: byte 0 picks the family (`nlcodec_families::ALL`, modulo its length), byte 1
//! the attribute set (`family.attr_sets`, modulo), the rest is the attribute block. The block
//! is then
//!
//! - validated against the set (`AttrSet::validate`) in `Mode::Liberal` and `Mode::Strict`:
//!   strict never accepts what liberal rejects, every error points inside the block;
//! - parsed through the set's typed view (found by its `AttrView::SET`), and the verdict
//!   compared with a reference (a plain `Attrs` walk plus the descriptor checks the views
//!   promise); when it parses, every getter of the view is called, nested views, sub-messages,
//!   multi-attr iterators, indexed arrays and record lists recursively (the visitors are
//!   written by `build.rs` from the generated source): a getter answers `Some` exactly when its
//!   attribute is present (the checks made at parse time are what the typed getters rely on),
//!   iterators yield one item per attribute, and the table under each view agrees with a
//!   plain walk (last one wins, unknown types, beyond-`N` types);
//! - wrapped in a message of an operation of the family that carries the set (or of the
//!   family's first operation with attributes) and dumped through `Dump` with the `Rtnetlink`
//!   schema and with a `GenlRegistry` that knows the family; the raw input is also dumped as
//!   a message stream with both, and fed to `GenlRegistry::learn_all`;
//! - searched with `NamedPath::resolve_block` at the header of every top-level attribute
//!   (exactly that attribute, by its descriptor) and at offsets derived from the input, and
//!   with `NamedPath::resolve_with` in the wrapped message;
//! - walked with the codec's one walk (`nlcodec::schema::walk`) by a visitor that notes every
//!   attribute, entry and record it reaches and the steps that lead there: each lies inside
//!   the block, no deeper than `MAX_NEST_DEPTH`, and `NamedPath` finds the same steps at its
//!   offset (or stops short of it, not exact, where a block on the way is not a clean
//!   attribute stream);
//! - for the default families, the wrapped message is parsed through the message aliases
//!   (`LinkMsg`, `AddrMsg`, `RouteMsg`, `NeighbourMsg`, `FibRuleMsg`, `CtrlMsg`) and their
//!   views visited.

use std::collections::{BTreeMap, HashMap};
use std::fmt::{self, Write as _};
use std::sync::OnceLock;

use nlcodec::consts::{align, NLA_HDRLEN, NLMSG_HDRLEN};
use nlcodec::dump::Dump;
use nlcodec::schema::{
    walk, Addressing, AttrDesc, AttrSet, AttrType, Display, Family, Inner, Level, List, NamedPath,
    Op, Record, Schema, Step, Visitor,
};
use nlcodec::{Attr, Attrs, Error, Mode, Violation};
use nlcodec_families::runtime::{GenlRegistry, Rtnetlink, Table};

/// Where a block's attributes start in the message the fuzz input stands for (after
/// `nlmsghdr` and a 4-byte family header).
const BASE: usize = 20;

/// The id the wrapped generic netlink messages get.
const GENL_ID: u16 = 0x30;

/// How deep the visitors follow nested views.
const MAX_VISIT_DEPTH: u32 = 24;

/// A `fmt::Write` that throws the text away (after making sure it is valid).
struct Sink(usize);

impl fmt::Write for Sink {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0 += s.len();
        Ok(())
    }
}

/// The visit context: nesting depth and the byte range every error offset must fall in.
#[derive(Debug, Clone, Copy)]
pub struct Cx {
    depth: u32,
    lo: usize,
    hi: usize,
}

/// What a getter returned, reduced to what can be checked against the table.
pub enum Shape {
    /// A flag: `true` when set.
    Flag(bool),
    /// An `Option`: `true` when `Some`.
    Option(bool),
    /// A nest or sub-message: `Some(true)` for `Ok(Some)`, `Some(false)` for `Ok(None)`,
    /// `None` for an error.
    Nest(Option<bool>),
    /// A multi-attr iterator: how many items it yielded.
    Multi(usize),
    /// Anything else.
    Other,
}

impl Cx {
    /// A context for a block that spans `lo..hi` of its message.
    pub fn new(lo: usize, hi: usize) -> Cx {
        Cx { depth: 0, lo, hi }
    }

    /// One level deeper, or `None` past [`MAX_VISIT_DEPTH`].
    pub fn deeper(&self) -> Option<Cx> {
        (self.depth < MAX_VISIT_DEPTH).then_some(Cx {
            depth: self.depth + 1,
            ..*self
        })
    }

    /// An error from a view: its offset must point inside the block.
    pub fn err(&self, e: &Error) {
        if let Some(o) = e.offset() {
            assert!(
                (self.lo..=self.hi).contains(&o),
                "error offset {o} outside the block {}..{}: {e:?}",
                self.lo,
                self.hi
            );
        }
        let _ = write!(Sink(0), "{e}");
    }

    /// A getter's answer against the table: present exactly when the attribute is.
    pub fn getter<const N: usize>(&self, t: &Table<'_, N>, kind: u16, name: &str, got: Shape) {
        let present = t.get(kind);
        if let Some(a) = &present {
            assert_eq!(a.kind(), kind, "{name}: table slot holds another type");
        }
        // A flag is set when present empty or with a nonzero value (a u8 0/1 in replies).
        let set = present.as_ref().is_some_and(flag_set);
        let present = present.is_some();
        match got {
            Shape::Flag(b) => assert_eq!(b, set, "{name}: flag vs type {kind}'s value"),
            Shape::Option(b) => {
                assert_eq!(b, present, "{name}: answer vs presence of type {kind}")
            }
            Shape::Nest(Some(b)) => assert_eq!(b, present, "{name}: Ok(None) vs presence"),
            Shape::Nest(None) => assert!(present, "{name}: an error for an absent attribute"),
            Shape::Multi(n) => {
                let want = t.iter().filter(|a| a.kind() == kind).count();
                assert_eq!(n, want, "{name}: items vs attributes of type {kind}");
            }
            Shape::Other => {}
        }
    }
}

/// What a flag getter must answer for an attribute that is present: set when its value is
/// empty or not all zeros.
fn flag_set(a: &nlcodec::Attr<'_>) -> bool {
    a.value().is_empty() || a.value().iter().any(|b| *b != 0)
}

/// Implemented (by `build.rs`) for every typed view and sub-message enum: calls every getter.
pub trait Visit {
    /// Calls every getter and visits what they return.
    fn visit(&self, cx: &Cx);
}

/// Dispatch helper: views and sub-messages are visited, everything else formatted.
pub struct Probe<'r, T>(pub &'r T);

/// Picked when `T` is a view or a sub-message enum.
pub trait ViaVisit {
    /// Visits the value.
    fn probe(&self, cx: &Cx);
}

impl<T: Visit> ViaVisit for &Probe<'_, T> {
    fn probe(&self, cx: &Cx) {
        self.0.visit(cx)
    }
}

/// Picked for every other value: formatted with `Debug` into a sink.
pub trait ViaDebug {
    /// Formats the value.
    fn probe(&self, cx: &Cx);
}

impl<T: fmt::Debug> ViaDebug for Probe<'_, T> {
    fn probe(&self, _cx: &Cx) {
        let _ = write!(Sink(0), "{:?}", self.0);
    }
}

macro_rules! touch {
    ($cx:expr, $x:expr) => {{
        #[allow(unused_imports)]
        use $crate::families::{ViaDebug as _, ViaVisit as _};
        (&&$crate::families::Probe(&$x)).probe($cx)
    }};
}

/// A typed view: its set, its name, and a function that parses a block through it and, when
/// that succeeds, visits the view.
pub struct ViewEntry {
    /// The set the view reads (`AttrView::SET`).
    pub set: &'static AttrSet,
    /// `family::View`.
    pub name: &'static str,
    /// Parses and visits.
    pub run: for<'a> fn(Attrs<'a>, &Cx) -> Result<(), Error>,
}

mod generated {
    #![allow(clippy::all, unused_variables, unused_braces)]
    use super::{check_table, Cx, Shape, ViewEntry, Visit};
    use nlcodec_families::runtime::AttrView;
    // Written by nlcodec-gen with the families (gen/src/emit/visit.rs).
    include!("family_views.rs");
}

pub use generated::{COVERED, VIEWS};

/// The table under a view against a plain walk of its block.
pub fn check_table<const N: usize>(t: &Table<'_, N>, set: &'static AttrSet, cx: &Cx) {
    assert!(
        std::ptr::eq(t.set(), set),
        "the view's table has another set"
    );
    let mut last = BTreeMap::new();
    for a in t.iter() {
        last.insert(a.kind(), a.offset());
    }
    for (&kind, &offset) in &last {
        let got = t
            .get(kind)
            .expect("an attribute of the block is missing from the table");
        assert_eq!(
            (got.kind(), got.offset()),
            (kind, offset),
            "not the last one"
        );
        assert_eq!(t.flag(kind), flag_set(&got), "flag of type {kind}");
        assert_eq!(t.bytes(kind), Some(got.value()));
    }
    for a in t.unknown() {
        assert!(
            set.get(a.kind()).is_none(),
            "unknown() yielded a named type"
        );
    }
    let named = t.iter().filter(|a| set.get(a.kind()).is_some()).count();
    assert_eq!(named + t.unknown().count(), t.iter().count());
    for a in t.iter() {
        assert!(a.offset() >= cx.lo && a.offset() + NLA_HDRLEN + a.value().len() <= cx.hi);
    }
}

/// The checks a view makes at parse time, written again from the `Table` docs: integers at
/// least their size, `uint`/`sint` 4 or 8 bytes, strings UTF-8 up to their first NUL,
/// addresses their exact length; the first structural error of the walk or failed check wins.
pub fn reference_parse(set: &'static AttrSet, attrs: Attrs<'_>) -> Result<(), Error> {
    for a in attrs {
        let a = a?;
        let Some(d) = set.attrs.get(a.kind() as usize) else {
            continue;
        };
        let v = a.value();
        let len = v.len();
        let bad = |violation| Error::InvalidAttr {
            kind: a.kind(),
            offset: a.offset(),
            len,
            violation,
        };
        let min = match d.ty {
            AttrType::U8 | AttrType::S8 => 1,
            AttrType::U16 | AttrType::S16 => 2,
            AttrType::U32 | AttrType::S32 => 4,
            AttrType::U64 | AttrType::S64 | AttrType::Bitfield32 => 8,
            _ => 0,
        };
        if len < min {
            return Err(bad(Violation::TooShort { min }));
        }
        match d.ty {
            AttrType::Uint | AttrType::Sint if len != 4 && len != 8 => {
                return Err(bad(Violation::Size { expected: 8 }))
            }
            AttrType::String => {
                let end = v.iter().position(|b| *b == 0).unwrap_or(len);
                if std::str::from_utf8(&v[..end]).is_err() {
                    return Err(bad(Violation::InvalidUtf8));
                }
            }
            AttrType::Binary if d.header.is_none() => {
                let ok = match d.display {
                    Display::Ipv4 => len == 4,
                    Display::Ipv6 => len == 16,
                    Display::Ipv4OrV6 => len == 4 || len == 16,
                    _ => true,
                };
                if !ok {
                    let expected = if d.display == Display::Ipv4 { 4 } else { 16 };
                    return Err(bad(Violation::Size { expected }));
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// The view whose `SET` is `set`.
pub fn view_for(set: &'static AttrSet) -> Option<&'static ViewEntry> {
    VIEWS.iter().find(|v| std::ptr::eq(v.set, set))
}

/// The view that reads `set`: its own, or for a set the spec declares `subset-of` another
/// (which gets no view of its own: the getters that reach it return the parent's view) the
/// first view of the family whose set names every attribute of `set` alike.
pub fn view_or_parent(fam: &'static Family, set: &'static AttrSet) -> Option<&'static ViewEntry> {
    static CACHE: OnceLock<HashMap<usize, Option<&'static ViewEntry>>> = OnceLock::new();
    let cache = CACHE.get_or_init(|| {
        let mut m = HashMap::new();
        for fam in nlcodec_families::ALL {
            for &set in fam.attr_sets {
                let v = view_for(set).or_else(|| {
                    fam.attr_sets
                        .iter()
                        .filter(|p| covers(p, set))
                        .find_map(|p| view_for(p))
                });
                m.insert(set as *const AttrSet as usize, v);
            }
        }
        m
    });
    let _ = fam;
    cache
        .get(&(set as *const AttrSet as usize))
        .copied()
        .flatten()
}

/// True when `parent` names every attribute `sub` names, with the same C name (a subset may
/// override a type: `linkinfo-ip6tnl-attrs` has a `u32` `IFLA_IPTUN_FLAGS` where its parent
/// `linkinfo-iptun-attrs` has a `u16`).
fn covers(parent: &AttrSet, sub: &AttrSet) -> bool {
    !std::ptr::eq(parent, sub)
        && sub
            .attrs
            .iter()
            .filter(|d| d.is_known())
            .all(|d| parent.get(d.kind).is_some_and(|p| p.c_name == d.c_name))
}

/// The operation whose messages carry `set` at the top level, else the first with a set.
fn op_for(fam: &'static Family, set: &'static AttrSet) -> Option<&'static Op> {
    let with = |o: &&Op| o.attrs.is_some_and(|s| std::ptr::eq(s, set));
    fam.ops
        .iter()
        .find(with)
        .or_else(|| fam.ops.iter().find(|o| o.attrs.is_some()))
}

/// `block` wrapped in a message of `op`: `nlmsghdr`, `genlmsghdr` for generic netlink, the
/// operation's fixed header (filled from `fill`, zeros past its end), then the attributes.
fn wrap(fam: &'static Family, op: &'static Op, fill: &[u8], block: &[u8]) -> Vec<u8> {
    let (kind, mut payload) = match fam.addressing {
        Addressing::Raw { .. } => (op.request, Vec::new()),
        Addressing::Genl { version, .. } => (GENL_ID, vec![op.request as u8, version, 0, 0]),
    };
    let fixed = op.header.map_or(0, |h| h.len);
    payload.extend((0..fixed).map(|i| fill.get(i).copied().unwrap_or(0)));
    payload.resize(align(payload.len()), 0);
    let mut m = Vec::with_capacity(NLMSG_HDRLEN + payload.len() + block.len());
    let len = (NLMSG_HDRLEN + payload.len() + block.len()) as u32;
    m.extend_from_slice(&len.to_ne_bytes());
    m.extend_from_slice(&kind.to_ne_bytes());
    m.extend_from_slice(&0x0102u16.to_ne_bytes());
    m.extend_from_slice(&7u32.to_ne_bytes());
    m.extend_from_slice(&0u32.to_ne_bytes());
    m.extend_from_slice(&payload);
    m.extend_from_slice(block);
    m
}

fn dump_both(buf: &[u8], reg: &GenlRegistry) {
    let mut s = Sink(0);
    write!(s, "{}", Dump::new(buf).schema(&Rtnetlink).offsets(true)).expect("dump");
    write!(s, "{}", Dump::new(buf).schema(reg)).expect("dump");
}

/// Checks a named path found for `offset` in the block at `base` read as `set`.
fn check_path(p: &NamedPath, set: &'static AttrSet, block: &[u8], base: usize, offset: usize) {
    let steps = p.as_slice();
    assert!(!steps.is_empty() && steps.len() <= nlcodec::MAX_NEST_DEPTH);
    let _ = write!(Sink(0), "{p} {p:?}");
    // The first step is the top-level attribute that holds the offset.
    let top = Attrs::with_base(block, base)
        .map_while(Result::ok)
        .find(|a| a.offset() <= offset && offset < a.offset() + align(a.len()))
        .expect("a path for an offset outside every attribute");
    match steps[0] {
        Step::Attr { kind, desc } => {
            assert_eq!(kind, top.kind());
            assert_eq!(
                desc.map(|d| d as *const AttrDesc),
                set.get(kind).map(|d| d as *const _)
            );
        }
        s => panic!("a block of a set starts with {s:?}"),
    }
}

/// What the one walk reaches: every attribute, entry and record, with the steps that lead
/// there (one per level, as `NamedPath` names them).
struct Places {
    steps: Vec<Step>,
    found: Vec<(usize, Vec<Step>)>,
    lo: usize,
    hi: usize,
}

impl Places {
    fn note(&mut self, step: Step, offset: usize, len: usize, depth: usize) {
        assert!(
            depth < nlcodec::MAX_NEST_DEPTH,
            "the walk went {depth} deep"
        );
        assert!(
            offset >= self.lo && offset + len <= self.hi,
            "{offset}+{len} outside"
        );
        self.steps.truncate(depth);
        assert_eq!(self.steps.len(), depth, "a level skipped");
        self.steps.push(step);
        if self.found.len() < 256 {
            self.found.push((offset, self.steps.clone()));
        }
    }
}

impl<'a> Visitor<'a> for Places {
    type Error = ();
    type Scratch = ();

    fn attr(&mut self, a: &Attr<'a>, at: &mut Level<'a>) -> Result<Inner, ()> {
        let (kind, desc) = (a.kind(), at.desc(a));
        self.note(Step::Attr { kind, desc }, a.offset(), a.len(), at.depth());
        Ok(desc.map_or(Inner::UnknownFormat, |d| at.inner(d)))
    }

    fn entry(&mut self, e: &Attr<'a>, at: &List<'a>) -> Result<bool, ()> {
        self.note(Step::Index(e.kind()), e.offset(), e.len(), at.depth);
        Ok(true)
    }

    fn record(&mut self, r: &Record<'a>, at: &List<'a>) -> Result<bool, ()> {
        self.note(Step::Record(r.index), r.offset, r.len, at.depth);
        Ok(true)
    }
}

/// The walk and `NamedPath` agree on every place the walk reaches in `block`.
fn check_places(set: &'static AttrSet, block: &[u8]) {
    let mut places = Places {
        steps: Vec::new(),
        found: Vec::new(),
        lo: BASE,
        hi: BASE + block.len(),
    };
    let _ = walk(&mut places, Some(set), Attrs::with_base(block, BASE), 0);
    for (offset, steps) in places.found {
        let p = NamedPath::resolve_block(block, BASE, Some(set), offset)
            .expect("a place the walk reached resolves");
        let got = p.as_slice();
        assert!(got.len() <= steps.len(), "{p:?} is deeper than {steps:?}");
        assert_eq!(got, &steps[..got.len()], "at {offset}");
        assert_eq!(p.is_exact(), got.len() == steps.len(), "{p:?} vs {steps:?}");
    }
}

/// The `families` check; see the module docs.
pub fn check_families(data: &[u8]) {
    let all = nlcodec_families::ALL;
    let (Some(&f), Some(&s)) = (data.first(), data.get(1)) else {
        return;
    };
    let fam: &'static Family = all[f as usize % all.len()];
    if fam.attr_sets.is_empty() {
        return;
    }
    let set: &'static AttrSet = fam.attr_sets[s as usize % fam.attr_sets.len()];
    let block = &data[2..];
    let attrs = || Attrs::with_base(block, BASE);
    let end = BASE + block.len();
    let cx = Cx::new(BASE, end);

    // Policies.
    let liberal = set.validate(attrs(), Mode::Liberal);
    let strict = set.validate(attrs(), Mode::Strict);
    for r in [&liberal, &strict] {
        if let Err(e) = r {
            cx.err(e);
        }
    }
    assert!(
        liberal.is_ok() || strict.is_err(),
        "{}/{}: strict accepted what liberal rejected: {liberal:?}",
        fam.name,
        set.name
    );

    // The typed view, against the reference verdict.
    if let Some(v) = view_or_parent(fam, set) {
        let got = (v.run)(attrs(), &cx);
        assert_eq!(got, reference_parse(v.set, attrs()), "{}: verdict", v.name);
        if let Err(e) = &got {
            cx.err(e);
        }
    }

    // Named paths in the block.
    for a in attrs().map_while(Result::ok) {
        let p = NamedPath::resolve_block(block, BASE, Some(set), a.offset())
            .expect("the header of a top-level attribute resolves");
        check_path(&p, set, block, BASE, a.offset());
        assert!(p.is_exact() && p.as_slice().len() == 1, "{p:?}");
    }
    let tail = |i: usize| data.get(data.len().wrapping_sub(i)).copied().unwrap_or(0) as usize;
    for off in [
        BASE + tail(1),
        BASE + tail(2) * 4 + tail(3),
        BASE + 256 * tail(4) + tail(5),
        BASE.saturating_sub(1),
        end,
    ] {
        match NamedPath::resolve_block(block, BASE, Some(set), off) {
            Some(p) => check_path(&p, set, block, BASE, off),
            None => {
                let inside = attrs()
                    .map_while(Result::ok)
                    .any(|a| a.offset() <= off && off < a.offset() + align(a.len()));
                assert!(
                    !inside,
                    "offset {off} inside an attribute resolved to nothing"
                );
            }
        }
    }

    check_places(set, block);

    // Dumps, and the block in a message.
    let mut reg = GenlRegistry::new();
    reg.learn_all(data);
    dump_both(data, &reg);
    if let Addressing::Genl { name, .. } = fam.addressing {
        assert!(reg.insert(GENL_ID, name).is_some(), "{name} is compiled in");
    }
    if let Some(op) = op_for(fam, set) {
        let msg = wrap(fam, op, block, block);
        dump_both(&msg, &reg);
        let hl = match fam.addressing {
            Addressing::Raw { .. } => align(op.header.map_or(0, |h| h.len)),
            Addressing::Genl { .. } => align(4 + op.header.map_or(0, |h| h.len)),
        };
        for off in [
            NLMSG_HDRLEN + hl,
            NLMSG_HDRLEN + hl + tail(1) * 4,
            msg.len(),
        ] {
            let _ = NamedPath::resolve_with(&msg, &Rtnetlink, off as u32);
            if let Some(p) = NamedPath::resolve_with(&msg, &reg, off as u32) {
                let _ = write!(Sink(0), "{p}");
            }
        }
        typed_messages(fam, &msg);
    }
}

/// The default families' message aliases, called explicitly on the wrapped message.
fn typed_messages(fam: &'static Family, msg: &[u8]) {
    use nlcodec_families::{nlctrl, rt_addr, rt_link, rt_neigh, rt_route, rt_rule};
    let Some(Ok(m)) = nlcodec::messages(msg).next() else {
        panic!("the wrapped message does not parse");
    };
    let cx = &Cx::new(0, msg.len());
    macro_rules! run {
        ($ty:ty) => {
            match <$ty>::parse(&m) {
                Ok(p) => {
                    let _ = write!(Sink(0), "{:?}", p.nlmsg);
                    touch!(cx, p.attrs);
                }
                Err(e) => cx.err(&e),
            }
        };
    }
    match fam.name {
        "rt-link" => run!(rt_link::LinkMsg<'_>),
        "rt-addr" => run!(rt_addr::AddrMsg<'_>),
        "rt-route" => run!(rt_route::RouteMsg<'_>),
        "rt-neigh" => run!(rt_neigh::NeighbourMsg<'_>),
        "rt-rule" => run!(rt_rule::FibRuleMsg<'_>),
        "nlctrl" => run!(nlctrl::CtrlMsg<'_>),
        _ => {}
    }
}

/// Seeds for this target from a capture: every message that `schema` knows (`Rtnetlink`
/// for rtnetlink captures, a `GenlRegistry` for generic netlink ones), as
/// `[family index, set index, attribute block]`.
pub fn seeds_from_capture(capture: &[u8], schema: &dyn Schema) -> Vec<Vec<u8>> {
    let all = nlcodec_families::ALL;
    let mut out = Vec::new();
    for m in nlcodec::messages(capture).map_while(Result::ok) {
        let Some(d) = schema.message(m.header.kind, m.payload) else {
            continue;
        };
        let Some(set) = d.attrs() else { continue };
        let fi = all.iter().position(|f| std::ptr::eq(*f, d.family));
        let si = d
            .family
            .attr_sets
            .iter()
            .position(|s| std::ptr::eq(*s, set));
        let (Some(fi), Some(si)) = (fi, si) else {
            continue;
        };
        let Some(block) = m.payload.get(d.header_len..) else {
            continue;
        };
        let mut seed = vec![fi as u8, si as u8];
        seed.extend_from_slice(block);
        out.push(seed);
    }
    out
}
