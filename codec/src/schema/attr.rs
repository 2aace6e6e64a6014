//! Attribute descriptors and attribute sets.

use super::types::{AttrType, Display, EnumDesc, StructDesc};

/// The spec's `checks:` on an attribute (the kernel's `nla_policy` bounds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Checks {
    /// Smallest allowed integer value.
    pub min: Option<i64>,
    /// Largest allowed integer value.
    pub max: Option<i64>,
    /// Shortest allowed value, in bytes.
    pub min_len: Option<u16>,
    /// Longest allowed value, in bytes (for strings: characters, NUL not counted).
    pub max_len: Option<u16>,
    /// Required exact value length.
    pub exact_len: Option<u16>,
    /// A string that may lack its terminating NUL.
    pub unterminated_ok: bool,
}

impl Checks {
    /// No checks.
    pub const NONE: Checks = Checks {
        min: None,
        max: None,
        min_len: None,
        max_len: None,
        exact_len: None,
        unterminated_ok: false,
    };
}

/// What one attribute type of a set is: names, wire type, where its nested attributes are
/// described, and its checks.
///
/// Built with `const` methods so generated tables read as one line per attribute:
///
/// ```
/// use nlcodec::schema::{AttrDesc, AttrType, Display};
/// const ADDRESS: AttrDesc =
///     AttrDesc::new("address", "IFLA_ADDRESS", 1, AttrType::Binary).display(Display::Mac);
/// assert_eq!(ADDRESS.display, Display::Mac);
/// assert!(ADDRESS.is_known());
/// assert!(!AttrDesc::UNKNOWN.is_known());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AttrDesc {
    /// The spec's name (`ifname`); empty for a gap in a set.
    pub name: &'static str,
    /// The C name (`IFLA_IFNAME`).
    pub c_name: &'static str,
    /// The attribute type number.
    pub kind: u16,
    /// The wire type.
    pub ty: AttrType,
    /// For [`AttrType::IndexedArray`]: the type of each entry.
    pub sub_type: AttrType,
    /// How to show the value.
    pub display: Display,
    /// True when the value is big-endian on the wire.
    pub big_endian: bool,
    /// True when the attribute may appear several times (`multi-attr`).
    pub multi: bool,
    /// The set of the attributes inside (nests, arrays, record lists).
    pub nested: Option<&'static AttrSet>,
    /// The sub-message (for [`AttrType::SubMessage`]).
    pub sub_message: Option<&'static SubMessage>,
    /// For binary values: the struct they hold. For nests and record lists: the fixed header
    /// at the start of the value (or of each record) before the attributes.
    pub header: Option<&'static StructDesc>,
    /// The enum or flags set an integer's values come from.
    pub enumeration: Option<&'static EnumDesc>,
    /// For a C array (binary with an integer [`sub_type`](Self::sub_type), e.g.
    /// `IFLA_INET_CONF`): the enum whose entries name its elements, element `i` by the entry
    /// of value `i` + the enum's smallest value (this project's spec extension `index-enum`).
    pub index_names: Option<&'static EnumDesc>,
    /// The spec's checks.
    pub checks: Checks,
}

impl AttrDesc {
    /// The placeholder for a type number a set does not name.
    pub const UNKNOWN: AttrDesc = AttrDesc::new("", "", 0, AttrType::Unused);

    /// An attribute of type number `kind`.
    pub const fn new(name: &'static str, c_name: &'static str, kind: u16, ty: AttrType) -> Self {
        AttrDesc {
            name,
            c_name,
            kind,
            ty,
            sub_type: AttrType::Unused,
            display: Display::None,
            big_endian: false,
            multi: false,
            nested: None,
            sub_message: None,
            header: None,
            enumeration: None,
            index_names: None,
            checks: Checks::NONE,
        }
    }

    /// True unless this is a gap ([`AttrDesc::UNKNOWN`]).
    pub const fn is_known(&self) -> bool {
        !self.name.is_empty()
    }

    /// Sets the set of the attributes inside.
    pub const fn nested(mut self, set: &'static AttrSet) -> Self {
        self.nested = Some(set);
        self
    }

    /// Sets the entry type of an indexed array.
    pub const fn sub_type(mut self, t: AttrType) -> Self {
        self.sub_type = t;
        self
    }

    /// Sets the sub-message.
    pub const fn sub_message(mut self, m: &'static SubMessage) -> Self {
        self.sub_message = Some(m);
        self
    }

    /// Sets the struct of a binary value, or the fixed header of a nest or record.
    pub const fn header(mut self, s: &'static StructDesc) -> Self {
        self.header = Some(s);
        self
    }

    /// Sets the enum or flags set of the values.
    pub const fn enumeration(mut self, e: &'static EnumDesc) -> Self {
        self.enumeration = Some(e);
        self
    }

    /// Sets the enum that names a C array's elements.
    pub const fn index_names(mut self, e: &'static EnumDesc) -> Self {
        self.index_names = Some(e);
        self
    }

    /// Sets the display hint.
    pub const fn display(mut self, d: Display) -> Self {
        self.display = d;
        self
    }

    /// Marks the value big-endian.
    pub const fn big_endian(mut self) -> Self {
        self.big_endian = true;
        self
    }

    /// Marks the attribute as one that may repeat.
    pub const fn multi(mut self) -> Self {
        self.multi = true;
        self
    }

    /// Sets all checks at once.
    pub const fn checks(mut self, c: Checks) -> Self {
        self.checks = c;
        self
    }

    /// Sets the smallest allowed value.
    pub const fn min(mut self, v: i64) -> Self {
        self.checks.min = Some(v);
        self
    }

    /// Sets the largest allowed value.
    pub const fn max(mut self, v: i64) -> Self {
        self.checks.max = Some(v);
        self
    }

    /// Sets the shortest allowed length.
    pub const fn min_len(mut self, n: u16) -> Self {
        self.checks.min_len = Some(n);
        self
    }

    /// Sets the longest allowed length (strings: characters without the NUL).
    pub const fn max_len(mut self, n: u16) -> Self {
        self.checks.max_len = Some(n);
        self
    }

    /// Sets the exact length.
    pub const fn exact_len(mut self, n: u16) -> Self {
        self.checks.exact_len = Some(n);
        self
    }

    /// Lets a string lack its NUL.
    pub const fn unterminated_ok(mut self) -> Self {
        self.checks.unterminated_ok = true;
        self
    }

    /// The shortest value this attribute may have, from its type and checks: what a reader
    /// needs before it can use the value (integers: their size, `uint`: 4, structs: nothing,
    /// since the kernel grows them and older ones are shorter).
    pub const fn min_value_len(&self) -> usize {
        if let Some(n) = self.checks.exact_len {
            return n as usize;
        }
        let from_type = match self.ty {
            AttrType::Uint | AttrType::Sint => 4,
            t => match t.fixed_len() {
                Some(n) => n,
                None => 0,
            },
        };
        match self.checks.min_len {
            Some(n) if n as usize > from_type => n as usize,
            _ => from_type,
        }
    }
}

/// The attributes of one set, indexed by type number: `attrs[t]` describes type `t`
/// (gaps hold [`AttrDesc::UNKNOWN`]).
///
/// Built only by [`AttrSet::new`], which also derives, at compile time, a one-byte summary
/// of each of the set's first 64 types for the validator's fast path.
///
/// Sets refer to each other, and to themselves (nftables' expressions hold expressions):
/// two sets are equal when they are the same table (same name, same descriptors in
/// memory), and `Debug` shows the name and size, so neither recurses.
///
/// ```
/// use nlcodec::schema::{AttrDesc, AttrSet, AttrType};
/// // A set whose attribute 1 nests the set itself.
/// static SELF: AttrSet = AttrSet::new("expr", &[
///     AttrDesc::UNKNOWN,
///     AttrDesc::new("expr", "X_EXPR", 1, AttrType::Nest).nested(&SELF),
/// ]);
/// let d = SELF.get(1).unwrap();
/// assert_eq!(d, &{ *d }); // compares the nested set by identity, no recursion
/// assert_eq!(format!("{SELF:?}"), "AttrSet(\"expr\", 2 types)");
/// ```
#[derive(Clone, Copy)]
pub struct AttrSet {
    /// The spec's name (`link-attrs`).
    pub name: &'static str,
    /// The descriptors, indexed by type number.
    pub attrs: &'static [AttrDesc],
    quick: [u8; QUICK_TYPES],
}

impl PartialEq for AttrSet {
    fn eq(&self, other: &AttrSet) -> bool {
        self.name == other.name && core::ptr::eq(self.attrs, other.attrs)
    }
}

impl Eq for AttrSet {}

impl core::fmt::Debug for AttrSet {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "AttrSet({:?}, {} types)", self.name, self.attrs.len())
    }
}

/// How many types of a set (from 0) have a one-byte summary for the validator's fast path;
/// the types above are checked by their full descriptor.
pub(crate) const QUICK_TYPES: usize = 64;

/// The one-byte summaries: the low three bits say what a plain value of the type must look
/// like (`quick::SLOW`: ask the full descriptor), the high bit that it may repeat.
pub(crate) mod quick {
    use super::{AttrDesc, AttrType};

    /// No fast answer: a gap, type 0, a string, a nest, a value with checks, ...
    pub(crate) const SLOW: u8 = 0;
    /// Empty (a flag).
    pub(crate) const EMPTY: u8 = 1;
    /// Any length (binary, padding).
    pub(crate) const ANY: u8 = 2;
    /// 4 or 8 bytes (`uint`, `sint`).
    pub(crate) const FOUR_OR_EIGHT: u8 = 3;
    /// 1, 2, 4 or 8 bytes: `SIZE_1 + log2(size)`, exact in the strict modes, at least that
    /// long in the liberal one.
    pub(crate) const SIZE_1: u8 = 4;
    /// The class bits.
    pub(crate) const CLASS: u8 = 7;
    /// May repeat in the strict modes (`multi-attr`, padding).
    pub(crate) const REPEATS: u8 = 0x80;

    /// The summary of `d`, at type number `kind`.
    pub(crate) const fn of(d: &AttrDesc, kind: usize) -> u8 {
        let c = &d.checks;
        let plain = c.min.is_none()
            && c.max.is_none()
            && c.min_len.is_none()
            && c.max_len.is_none()
            && c.exact_len.is_none();
        if kind == 0 || !d.is_known() || !plain {
            return SLOW;
        }
        let class = match d.ty {
            AttrType::Flag => EMPTY,
            AttrType::Binary | AttrType::Pad => ANY,
            AttrType::Uint | AttrType::Sint => FOUR_OR_EIGHT,
            AttrType::U8 | AttrType::S8 => SIZE_1,
            AttrType::U16 | AttrType::S16 => SIZE_1 + 1,
            AttrType::U32 | AttrType::S32 => SIZE_1 + 2,
            AttrType::U64 | AttrType::S64 => SIZE_1 + 3,
            _ => return SLOW,
        };
        if d.multi || matches!(d.ty, AttrType::Pad) {
            class | REPEATS
        } else {
            class
        }
    }
}

impl AttrSet {
    /// A set whose descriptor for type `t` is `attrs[t]`.
    pub const fn new(name: &'static str, attrs: &'static [AttrDesc]) -> AttrSet {
        let mut q = [quick::SLOW; QUICK_TYPES];
        let mut t = 0;
        while t < attrs.len() && t < QUICK_TYPES {
            q[t] = quick::of(&attrs[t], t);
            t += 1;
        }
        AttrSet {
            name,
            attrs,
            quick: q,
        }
    }

    /// The fast-path summary of type `kind` ([`quick::SLOW`] past [`QUICK_TYPES`]).
    #[inline(always)]
    pub(crate) fn quick(&self, kind: u16) -> u8 {
        self.quick
            .get(kind as usize)
            .copied()
            .unwrap_or(quick::SLOW)
    }

    /// The descriptor of type `kind` (flag bits must already be stripped), if the set names it.
    #[inline]
    pub fn get(&self, kind: u16) -> Option<&'static AttrDesc> {
        self.attrs.get(kind as usize).filter(|d| d.is_known())
    }

    /// The descriptor called `name` (the spec's name, e.g. `ifname`).
    pub fn by_name(&self, name: &str) -> Option<&'static AttrDesc> {
        self.attrs.iter().find(|d| d.is_known() && d.name == name)
    }

    /// The highest type number the set names.
    pub fn max_kind(&self) -> u16 {
        self.attrs.len().saturating_sub(1) as u16
    }

    /// Iterates over the named descriptors, in type order.
    pub fn iter(&self) -> impl Iterator<Item = &'static AttrDesc> {
        self.attrs.iter().filter(|d| d.is_known())
    }
}

/// One format of a sub-message: the selector value that picks it, and what the nest holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SubVariant {
    /// The selector's value (e.g. `veth` for `IFLA_INFO_KIND`).
    pub value: &'static str,
    /// A fixed header at the start of the nest, before the attributes.
    pub header: Option<&'static StructDesc>,
    /// The attributes after it.
    pub attrs: Option<&'static AttrSet>,
}

/// A sub-message: a nest whose content depends on a sibling selector attribute (found
/// anywhere in the same block, before or after the nest).
///
/// ```
/// use nlcodec::schema::{SubMessage, SubVariant};
/// static DATA: SubMessage = SubMessage::new("linkinfo-data-msg", 1, &[
///     SubVariant { value: "veth", header: None, attrs: None },
/// ]);
/// assert!(DATA.variant("veth").is_some());
/// assert!(DATA.variant("bogus").is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SubMessage {
    /// The spec's name (`linkinfo-data-msg`).
    pub name: &'static str,
    /// The type number of the selector attribute in the same block.
    pub selector: u16,
    /// The known formats.
    pub variants: &'static [SubVariant],
}

impl SubMessage {
    /// A sub-message selected by attribute type `selector` of the same block.
    pub const fn new(
        name: &'static str,
        selector: u16,
        variants: &'static [SubVariant],
    ) -> SubMessage {
        SubMessage {
            name,
            selector,
            variants,
        }
    }

    /// The format for selector value `value`.
    pub fn variant(&self, value: &str) -> Option<&'static SubVariant> {
        self.variants.iter().find(|v| v.value == value)
    }

    /// The format a selector attribute's value picks: a string (up to its first NUL, e.g.
    /// `IFLA_INFO_KIND` = `veth`), or an integer of 1, 2, 4 or 8 bytes in host order
    /// matched against numeric format values (e.g. `RTA_ENCAP_TYPE` = 1 picks `1`).
    ///
    /// ```
    /// use nlcodec::schema::{SubMessage, SubVariant};
    /// static ENCAP: SubMessage = SubMessage::new("encap", 21, &[
    ///     SubVariant { value: "1", header: None, attrs: None },
    ///     SubVariant { value: "veth", header: None, attrs: None },
    /// ]);
    /// assert_eq!(ENCAP.variant_for(&1u16.to_ne_bytes()).unwrap().value, "1");
    /// assert_eq!(ENCAP.variant_for(b"veth\0").unwrap().value, "veth");
    /// assert!(ENCAP.variant_for(&7u16.to_ne_bytes()).is_none());
    /// ```
    pub fn variant_for(&self, selector: &[u8]) -> Option<&'static SubVariant> {
        if let Some(v) = selector_text(selector).and_then(|t| self.variant(t)) {
            return Some(v);
        }
        let n = crate::attr::read_unsigned(selector, false)?;
        self.variants
            .iter()
            .find(|v| v.value.parse::<u64>().ok() == Some(n))
    }
}

/// A selector's value as text: a string up to its first NUL.
pub(crate) fn selector_text(v: &[u8]) -> Option<&str> {
    let end = v.iter().position(|b| *b == 0).unwrap_or(v.len());
    core::str::from_utf8(&v[..end]).ok()
}
