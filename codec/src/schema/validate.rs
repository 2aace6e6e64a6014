//! The validator: an attribute block checked against its descriptors like the kernel's
//! `nla_policy` checks, in the [`Mode`] asked for. The same checks serve
//! [`AttrSet::validate`] and [`AttrTable::parse_validated`](crate::AttrTable::parse_validated).

use super::attr::{quick, AttrDesc, AttrSet, Checks};
use super::inner::{header_skip, Entry, Inner};
use super::records::RecordError;
use super::types::AttrType;
use super::value::sign_extend;
use super::walk::{descend, walk, Level, List, Visitor};
use crate::attr::read_unsigned;
use crate::attr::{Attr, Attrs};
use crate::consts::{NLA_F_NESTED, NLA_HDRLEN, NLA_TYPE_MASK};
use crate::error::{Error, Violation};
use crate::mode::Mode;

impl AttrSet {
    /// Checks every attribute of `attrs` against the set's descriptors and their checks,
    /// recursing into nests, indexed arrays, sub-messages (by their selector) and record
    /// lists. See [`Mode`] for what each mode checks.
    ///
    /// ```
    /// use nlcodec::schema::{AttrDesc, AttrSet, AttrType};
    /// use nlcodec::{Error, Mode, Violation};
    /// static SET: AttrSet = AttrSet::new("s", &[
    ///     AttrDesc::UNKNOWN,
    ///     AttrDesc::new("ifname", "X_IFNAME", 1, AttrType::String).max_len(15),
    ///     AttrDesc::new("mtu", "X_MTU", 2, AttrType::U32).min(68),
    /// ]);
    /// let mut buf = [0u8; 64];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 0, 0).unwrap();
    /// w.put_str(1, "a-name-longer-than-15").unwrap();
    /// w.end_message().unwrap();
    /// let err = SET.validate(nlcodec::attrs(&w.as_bytes()[16..]), Mode::Liberal).unwrap_err();
    /// assert!(matches!(err, Error::InvalidAttr { kind: 1, violation: Violation::TooLong { max: 15 }, .. }));
    /// ```
    pub fn validate(&'static self, attrs: Attrs<'_>, mode: Mode) -> Result<(), Error> {
        walk(&mut Validator { mode }, Some(self), attrs, 0)
    }
}

/// The validator as a [`Visitor`] of the one walk: each attribute checked (going into what
/// it holds from [`Checker::check_inner`]), repeats counted per block, entries' sizes,
/// records' lengths, the depth limit and each block's end.
struct Validator {
    mode: Mode,
}

impl<'a> Visitor<'a> for Validator {
    type Error = Error;
    type Scratch = Seen;

    #[inline]
    fn attr(&mut self, a: &Attr<'a>, at: &mut Level<'a, Seen>) -> Result<Inner, Error> {
        let repeats = Checker::new(at, self.mode).check(a.raw_kind(), a.value(), a.offset())?;
        if repeats && at.scratch.insert(a, &at.attrs) {
            return Err(bad(a, Violation::Duplicate));
        }
        // `check` went into what `a` holds already.
        Ok(Inner::Value)
    }

    fn entry(&mut self, e: &Attr<'a>, at: &List<'a>) -> Result<bool, Error> {
        if let (false, Some(Entry::Value(ty))) = (at.holds_entries(), at.entry()) {
            if let Some(n) = ty.fixed_len() {
                let len = e.value().len();
                if (self.mode.is_strict() && len != n) || len < n {
                    return Err(bad(e, Violation::Size { expected: n }));
                }
            }
        }
        Ok(true)
    }

    fn bad_record(&mut self, _: RecordError, at: &List<'a>) -> Result<(), Error> {
        Err(bad(&at.attr, Violation::BadNest))
    }

    fn too_deep(&mut self, a: &Attr<'a>, _: usize) -> Result<(), Error> {
        Err(Error::TooDeep { offset: a.offset() })
    }

    fn end(&mut self, rest: Attrs<'a>, _: usize) -> Result<(), Error> {
        finish(rest, self.mode)
    }
}

/// The checks of one attribute of a block, in a mode.
pub(crate) struct Checker<'l, 'a> {
    level: &'l Level<'a, Seen>,
    mode: Mode,
}

impl<'l, 'a> Checker<'l, 'a> {
    /// The checker of the attributes of `level`'s block.
    #[inline(always)]
    pub(crate) fn new(level: &'l Level<'a, Seen>, mode: Mode) -> Checker<'l, 'a> {
        Checker { level, mode }
    }

    /// Checks one attribute of the block, given as its type with flag bits (`raw_kind`), its
    /// value and its offset. `Ok(true)` when a repeat of its type is an error in this mode
    /// (a known type that is neither `multi-attr` nor padding, strict modes).
    ///
    /// The fast path settles plain fixed-size and binary types from the set's one-byte
    /// summary; anything else, and every failure, goes to [`check_full`](Self::check_full),
    /// which is the reference: the fast path only says `Ok` where `check_full` would.
    #[inline(always)]
    pub(crate) fn check(
        &self,
        raw_kind: u16,
        value: &'a [u8],
        offset: usize,
    ) -> Result<bool, Error> {
        if let Some(set) = self.level.set() {
            let q = set.quick(raw_kind & NLA_TYPE_MASK);
            let fast = Fast::new(self.mode);
            if fast.ok(q, raw_kind, value.len()) {
                return Ok(fast.counts_repeats(q));
            }
        }
        self.check_full(&Attr::new(raw_kind, value, offset as u32))
    }

    /// The complete check of one attribute, with the precise [`Violation`] on failure.
    #[inline(never)]
    pub(crate) fn check_full(&self, a: &Attr<'a>) -> Result<bool, Error> {
        let strict = self.mode.is_strict();
        let kind = a.kind();
        let Some(set) = self.level.set() else {
            // A nest the spec says nothing about: any attributes, checked only for shape.
            return Ok(false);
        };
        let desc = match set.attrs.get(kind as usize) {
            Some(d) if d.is_known() && d.ty != AttrType::Unused && kind != 0 => d,
            Some(_) if strict => return Err(bad(a, Violation::UnknownType)),
            None if self.mode == Mode::Strict || (strict && kind == 0) => {
                return Err(bad(a, Violation::UnknownType))
            }
            // Skipped: liberal, or past the end of the set in StrictSkipUnknown.
            _ => return Ok(false),
        };
        self.check_desc(desc, a)?;
        Ok(strict && !desc.multi && desc.ty != AttrType::Pad)
    }

    fn check_desc(&self, d: &'static AttrDesc, a: &Attr<'a>) -> Result<(), Error> {
        let strict = self.mode.is_strict();
        let v = a.value();
        let len = v.len();
        let c = &d.checks;
        if strict && a.is_nested() && !d.ty.is_nest() {
            return Err(bad(a, Violation::NestedFlag));
        }
        if let Some(n) = c.exact_len {
            if len != n as usize {
                let expected = n as usize;
                return Err(bad(a, Violation::Size { expected }));
            }
        }
        if d.ty != AttrType::String {
            if let Some(n) = c.min_len {
                if len < n as usize {
                    return Err(bad(a, Violation::TooShort { min: n as usize }));
                }
            }
            if let Some(n) = c.max_len {
                if len > n as usize {
                    return Err(bad(a, Violation::TooLong { max: n as usize }));
                }
            }
        }
        match d.ty {
            AttrType::Unused | AttrType::Pad | AttrType::Binary => Ok(()),
            // A flag is empty, unless the spec gives it a `max-len` (checked above): a
            // flag the kernel answers with a byte (IFLA_VXLAN_TTL_INHERIT).
            AttrType::Flag if len != 0 && c.max_len.is_none() => {
                Err(bad(a, Violation::Size { expected: 0 }))
            }
            AttrType::Flag => Ok(()),
            t if t.is_int() => check_int(d, a, strict),
            AttrType::String => check_string(c, a),
            AttrType::Bitfield32 if len != 8 => Err(bad(a, Violation::Size { expected: 8 })),
            AttrType::Bitfield32 => Ok(()),
            _ => self.check_inner(d, a),
        }
    }

    /// What is inside a nest, sub-message, indexed array or record list, checked as
    /// [`AttrDesc::inner`] says it is laid out, by the one walk.
    fn check_inner(&self, d: &'static AttrDesc, a: &Attr<'a>) -> Result<(), Error> {
        let inner = self.level.inner(d);
        let v = a.value();
        match inner {
            // A selector that is absent or names no format the spec knows: not looked into.
            Inner::Value | Inner::UnknownFormat => return Ok(()),
            // A nest (or sub-message): empty, or a fixed header and then attributes.
            Inner::Block { header, .. } => {
                if v.is_empty() {
                    return Ok(());
                }
                let skip = header_skip(header);
                if skip > v.len() {
                    return Err(bad(a, Violation::TooShort { min: skip }));
                }
                if skip == 0 && v.len() < NLA_HDRLEN {
                    return Err(bad(a, Violation::BadNest));
                }
            }
            Inner::Entries { .. } if v.is_empty() => return Ok(()),
            Inner::Entries { .. } | Inner::Records { .. } => {}
        }
        let mut validator = Validator { mode: self.mode };
        descend(&mut validator, a, Some(d), inner, self.level.depth())
    }
}

/// The validator's fast path for one mode: from an attribute type's one-byte summary, the
/// lengths a plain value may have, without a branch per type class.
#[derive(Clone, Copy)]
pub(crate) struct Fast {
    /// Per class: which lengths are allowed in this mode (see [`lengths`]).
    lengths: &'static [u16; 8],
    /// Flag bits of the type that send an attribute to the slow path (`NLA_F_NESTED` in the
    /// strict modes: refused on anything the fast path settles).
    forbid: u16,
    /// Whether repeats count (the strict modes).
    strict: bool,
}

/// The allowed lengths of a class as one mask: bit `n` (0 to 8) allows a value of `n`
/// bytes, bit [`LONGER`] any value longer than 8.
const fn lengths(min: usize, max: usize, four_or_eight: bool) -> u16 {
    let mut mask = 0;
    let mut n = 0;
    while n <= LONGER {
        let len_ok = if n == LONGER {
            max > 8
        } else {
            n >= min && n <= max
        };
        if len_ok && (!four_or_eight || n == 4 || n == 8) {
            mask |= 1 << n;
        }
        n += 1;
    }
    mask
}

/// The bit of a [`lengths`] mask for every length above 8.
const LONGER: usize = 9;

/// Per class (`quick::SLOW`, `EMPTY`, `ANY`, `FOUR_OR_EIGHT`, sizes 1, 2, 4, 8), the strict
/// modes: exact sizes; `SLOW` admits nothing.
const LENGTHS_STRICT: [u16; 8] = [
    0,
    lengths(0, 0, false),
    lengths(0, usize::MAX, false),
    lengths(4, 8, true),
    lengths(1, 1, false),
    lengths(2, 2, false),
    lengths(4, 4, false),
    lengths(8, 8, false),
];
/// The same for the liberal mode: integers at least their size.
const LENGTHS_LIBERAL: [u16; 8] = [
    0,
    lengths(0, 0, false),
    lengths(0, usize::MAX, false),
    lengths(4, 8, true),
    lengths(1, usize::MAX, false),
    lengths(2, usize::MAX, false),
    lengths(4, usize::MAX, false),
    lengths(8, usize::MAX, false),
];

impl Fast {
    /// The fast path of `mode`.
    #[inline(always)]
    pub(crate) fn new(mode: Mode) -> Fast {
        let strict = mode.is_strict();
        Fast {
            lengths: if strict {
                &LENGTHS_STRICT
            } else {
                &LENGTHS_LIBERAL
            },
            forbid: if strict { NLA_F_NESTED } else { 0 },
            strict,
        }
    }

    /// True when the summary `q` of an attribute's type settles that a value of `len`
    /// bytes, sent with `raw_kind`, is valid.
    #[inline(always)]
    pub(crate) fn ok(self, q: u8, raw_kind: u16, len: usize) -> bool {
        let mask = self.lengths[(q & quick::CLASS) as usize];
        (mask >> len.min(LONGER)) & 1 != 0 && raw_kind & self.forbid == 0
    }

    /// True when a repeat of a type with summary `q` is an error.
    #[inline(always)]
    pub(crate) fn counts_repeats(self, q: u8) -> bool {
        self.strict && q & quick::REPEATS == 0
    }
}

fn check_int(d: &AttrDesc, a: &Attr<'_>, strict: bool) -> Result<(), Error> {
    let v = a.value();
    let len = v.len();
    let t = d.ty;
    let size = match t {
        AttrType::Uint | AttrType::Sint if len == 4 || len == 8 => len,
        AttrType::Uint | AttrType::Sint => return Err(bad(a, Violation::Size { expected: 8 })),
        _ => t.fixed_len().unwrap_or(0),
    };
    if strict && len != size {
        return Err(bad(a, Violation::Size { expected: size }));
    }
    if len < size {
        return Err(bad(a, Violation::TooShort { min: size }));
    }
    let c = &d.checks;
    if c.min.is_none() && c.max.is_none() {
        return Ok(());
    }
    let raw = read_unsigned(&v[..size], d.big_endian).unwrap_or(0);
    let out_of_range = if t.is_signed() {
        let x = sign_extend(raw, size);
        c.min.is_some_and(|m| x < m) || c.max.is_some_and(|m| x > m)
    } else {
        c.min.is_some_and(|m| m > 0 && raw < m as u64)
            || c.max.is_some_and(|m| m >= 0 && raw > m as u64)
    };
    if out_of_range {
        return Err(bad(a, Violation::OutOfRange));
    }
    Ok(())
}

/// A string, as the kernel checks `NLA_NUL_STRING` and `NLA_STRING` in every mode: at least
/// one byte; a NUL somewhere unless `unterminated-ok`; its length without one trailing NUL
/// within the spec's bounds.
fn check_string(c: &Checks, a: &Attr<'_>) -> Result<(), Error> {
    let v = a.value();
    if !c.unterminated_ok && !v.contains(&0) {
        return Err(bad(a, Violation::MissingNul));
    }
    let Some(last) = v.last() else {
        return Err(bad(a, Violation::TooShort { min: 1 }));
    };
    let chars = v.len() - usize::from(*last == 0);
    if let Some(m) = c.max_len {
        if chars > m as usize {
            return Err(bad(a, Violation::TooLong { max: m as usize }));
        }
    }
    if let Some(m) = c.min_len {
        if chars < m as usize {
            return Err(bad(a, Violation::TooShort { min: m as usize }));
        }
    }
    Ok(())
}

/// The end of a block's walk: the walk's own error, or in the strict modes, leftover bytes
/// after the last attribute.
#[inline]
pub(crate) fn finish(mut it: Attrs<'_>, mode: Mode) -> Result<(), Error> {
    if let Some(e) = it.take_error() {
        return Err(e);
    }
    let rest = it.trailing();
    if mode.is_strict() && !rest.is_empty() {
        return Err(Error::TrailingBytes {
            offset: it.offset(),
            len: rest.len(),
        });
    }
    Ok(())
}

/// The error for attribute `a`.
pub(crate) fn bad(a: &Attr<'_>, violation: Violation) -> Error {
    Error::InvalidAttr {
        kind: a.kind(),
        offset: a.offset(),
        len: a.value().len(),
        violation,
    }
}

/// Small set of attribute types seen so far, for duplicate detection without allocation:
/// a bitmap for types below 512, a rescan of the block for the rare larger ones.
#[derive(Default)]
pub(crate) struct Seen {
    bits: [u64; 8],
}

impl Seen {
    /// Records `a`; true when its type was seen before in `block` (walked up to `a`).
    #[inline]
    pub(crate) fn insert(&mut self, a: &Attr<'_>, block: &Attrs<'_>) -> bool {
        let k = a.kind() as usize;
        if k < 512 {
            let (w, b) = (k / 64, 1u64 << (k % 64));
            let dup = self.bits[w] & b != 0;
            self.bits[w] |= b;
            dup
        } else {
            block
                .clone()
                .map_while(Result::ok)
                .take_while(|o| o.offset() < a.offset())
                .any(|o| o.kind() == a.kind())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every attribute type at type numbers 0 to 24 (1 is a gap, 0 named though the strict
    /// modes refuse it); 18 to 23 again with a repeat or a check.
    static DESCS: [AttrDesc; 25] = {
        use AttrType::*;
        #[rustfmt::skip]
        let types = [
            U32, Unused, Flag, U8, U16, U32, U64, S8, S16, S32, S64, Uint, Sint, String,
            Binary, Pad, Nest, Bitfield32, U32, Binary, U32, Binary, Flag, IndexedArray, Unused,
        ];
        let mut out = [AttrDesc::UNKNOWN; 25];
        let mut k = 0;
        while k < types.len() {
            out[k] = AttrDesc::new("a", "A", k as u16, types[k]);
            k += 1;
        }
        out[1] = AttrDesc::UNKNOWN;
        out[18] = out[18].multi();
        out[19] = out[19].multi();
        out[20] = out[20].max(3);
        out[21] = out[21].min_len(2);
        out[22] = out[22].max_len(1);
        out[23] = out[23].sub_type(U16);
        out
    };
    static ALL: AttrSet = AttrSet::new("all", &DESCS);

    #[test]
    fn the_fast_path_agrees_with_the_full_check_everywhere() {
        let value = [0u8; 12];
        let block = Attrs::with_base(&[], 0);
        for mode in [Mode::Liberal, Mode::StrictSkipUnknown, Mode::Strict] {
            let level = Level::new(Some(&ALL), &block, 0);
            let c = Checker::new(&level, mode);
            for kind in 0..30u16 {
                for flags in [0, NLA_F_NESTED] {
                    for len in 0..=value.len() {
                        let v = &value[..len];
                        let fast = c.check(kind | flags, v, 8);
                        let full = c.check_full(&Attr::new(kind | flags, v, 8));
                        assert_eq!(
                            fast, full,
                            "{mode:?} type {kind} flags {flags:#x} len {len}"
                        );
                    }
                }
            }
        }
    }
}
