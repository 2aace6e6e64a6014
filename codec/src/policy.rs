//! Attribute policies: per-type validation like the kernel's `nla_policy`, liberal or strict.

use crate::attr::{Attr, Attrs};
use crate::consts::NLA_HDRLEN;
use crate::error::{Error, Violation};
use crate::MAX_NEST_DEPTH;

/// What one attribute type must look like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Rule<'p> {
    /// Anything goes (`NLA_UNSPEC`); strict mode rejects it as unsupported.
    Unspec,
    /// Never allowed (`NLA_REJECT`).
    Reject,
    /// A flag: empty value.
    Flag,
    /// 1-byte unsigned integer.
    U8,
    /// 2-byte unsigned integer.
    U16,
    /// 4-byte unsigned integer.
    U32,
    /// 8-byte unsigned integer.
    U64,
    /// 1-byte signed integer.
    S8,
    /// 2-byte signed integer.
    S16,
    /// 4-byte signed integer.
    S32,
    /// 8-byte signed integer.
    S64,
    /// A variable-size unsigned integer (`NLA_UINT`): 4 or 8 bytes.
    Uint,
    /// A string, NUL optional (`NLA_STRING`): at least 1 byte; at most `max_len` bytes, not
    /// counting one trailing NUL, when `max_len` is not 0.
    String {
        /// Longest allowed string, not counting a trailing NUL; 0 means no limit.
        max_len: u16,
    },
    /// A NUL-terminated string (`NLA_NUL_STRING`), as the kernel checks it: a NUL must occur
    /// (within the first `max_len + 1` bytes when `max_len` is not 0); bytes after it, such as
    /// padding NULs, are allowed, but the whole value, not counting one trailing NUL, is at
    /// most `max_len` bytes when `max_len` is not 0.
    NulString {
        /// Longest allowed string, not counting the NUL; 0 means no limit.
        max_len: u16,
    },
    /// A nest, checked against an inner policy when one is given.
    Nested(Option<&'p Policy<'p>>),
    /// Opaque bytes between `min` and `max` long (`max == 0`: no upper limit).
    Binary {
        /// Shortest allowed value.
        min: u16,
        /// Longest allowed value; 0 means no limit.
        max: u16,
    },
}

/// How hard to check, following the kernel's two validation levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Mode {
    /// Like the kernel's legacy (`nla_parse_deprecated`) validation: integers must be at
    /// least their size, unknown types are skipped, trailing bytes are ignored, the last of
    /// several attributes of one type wins.
    #[default]
    Liberal,
    /// Like the kernel's strict validation: exact integer sizes, unknown types and type 0
    /// rejected, `NLA_F_NESTED` required on nests and refused elsewhere, trailing bytes
    /// after the last attribute rejected, duplicate attributes reported.
    Strict,
    /// [`Strict`](Mode::Strict) in every respect but one: attribute types past the end of
    /// the policy (`kind >= rules.len()`) are skipped, as the kernel does without
    /// `NL_VALIDATE_MAXTYPE`. For reading what a newer kernel sends with an older spec
    /// (e.g. the `IFLA_*` types 66 to 69 a 6.18 kernel sends that a 6.12 policy lacks).
    ///
    /// A skipped attribute is not looked at beyond its header: no size or `NLA_F_NESTED`
    /// check, no descent into it, and repeats of it are not duplicates. Everything else stays
    /// strict: exact sizes and the `NLA_F_NESTED` rules for the types the policy has; type 0,
    /// and the types inside the table that the policy marks [`Rule::Unspec`], rejected;
    /// duplicates of known types reported; trailing bytes rejected; nests checked in this
    /// same mode against their own policies.
    ///
    /// ```
    /// use nlcodec::{Error, Mode, Policy, Rule, Violation, Writer};
    /// static P: Policy = Policy::new(&[Rule::Unspec, Rule::U32, Rule::Unspec, Rule::U8]);
    /// let mut buf = [0u8; 64];
    /// let mut w = Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 0, 0).unwrap();
    /// w.put_u32(1, 7).unwrap();
    /// w.put_u64(66, 1).unwrap(); // a type this policy does not know yet
    /// w.end_message().unwrap();
    /// let block = &w.as_bytes()[16..];
    /// assert!(P.validate(block, Mode::StrictSkipUnknown).is_ok());
    /// assert!(P.validate(block, Mode::Strict).is_err());
    /// // A type inside the table that it leaves `Unspec` is still rejected.
    /// let mut w = Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 0, 0).unwrap();
    /// w.put_u32(2, 7).unwrap();
    /// w.end_message().unwrap();
    /// let err = P.validate(&w.as_bytes()[16..], Mode::StrictSkipUnknown).unwrap_err();
    /// assert!(matches!(err, Error::InvalidAttr { kind: 2, violation: Violation::UnknownType, .. }));
    /// ```
    StrictSkipUnknown,
}

impl Mode {
    /// True for the strict modes ([`Strict`](Mode::Strict) and
    /// [`StrictSkipUnknown`](Mode::StrictSkipUnknown)).
    ///
    /// ```
    /// use nlcodec::Mode;
    /// assert!(Mode::Strict.is_strict() && Mode::StrictSkipUnknown.is_strict());
    /// assert!(!Mode::Liberal.is_strict());
    /// ```
    #[inline]
    pub const fn is_strict(self) -> bool {
        !matches!(self, Mode::Liberal)
    }
}

/// A policy: one [`Rule`] per attribute type, indexed by type (like the kernel's
/// `nla_policy[]` arrays). Types past the end of the table are unknown: skipped in
/// [`Mode::Liberal`] and [`Mode::StrictSkipUnknown`], rejected in [`Mode::Strict`].
///
/// ```
/// use nlcodec::{Policy, Rule, Mode, Writer};
/// static LINKINFO: Policy = Policy::new(&[Rule::Unspec, Rule::NulString { max_len: 15 }]);
/// static LINK: Policy = Policy::new(&[
///     Rule::Unspec,
///     Rule::Binary { min: 6, max: 6 }, // IFLA_ADDRESS
///     Rule::Unspec,
///     Rule::NulString { max_len: 15 }, // IFLA_IFNAME
///     Rule::U32,                        // IFLA_MTU
/// ]);
/// let mut buf = [0u8; 64];
/// let mut w = Writer::new(&mut buf);
/// w.begin_message(0x10, 0, 0, 0).unwrap();
/// w.put_u16(4, 1500).unwrap(); // a 2-byte MTU
/// w.end_message().unwrap();
/// let block = &w.as_bytes()[16..];
/// assert!(LINK.validate(block, Mode::Strict).is_err());
/// let _ = &LINKINFO;
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy<'p> {
    rules: &'p [Rule<'p>],
}

impl<'p> Policy<'p> {
    /// A policy whose rule for type `t` is `rules[t]`.
    pub const fn new(rules: &'p [Rule<'p>]) -> Policy<'p> {
        Policy { rules }
    }

    /// The rule for `kind` (flag bits stripped), if the policy has one.
    #[inline]
    pub fn rule(&self, kind: u16) -> Option<&Rule<'p>> {
        self.rules.get(kind as usize)
    }

    /// True when `mode` checks attributes of type `kind` for duplicates: in the strict modes,
    /// except for the types [`Mode::StrictSkipUnknown`] skips.
    #[inline(always)]
    pub(crate) fn checks_duplicates(&self, kind: u16, mode: Mode) -> bool {
        match mode {
            Mode::Liberal => false,
            Mode::Strict => true,
            Mode::StrictSkipUnknown => (kind as usize) < self.rules.len(),
        }
    }

    /// Validates every attribute of `block` (offsets in errors count from its start).
    ///
    /// ```
    /// use nlcodec::{Mode, Policy, Rule};
    /// static P: Policy = Policy::new(&[Rule::Unspec, Rule::U8]);
    /// let block = [5u8, 0, 1, 0, 42, 0, 0, 0];
    /// # let mut block = block; block[..2].copy_from_slice(&5u16.to_ne_bytes()); block[2..4].copy_from_slice(&1u16.to_ne_bytes());
    /// assert!(P.validate(&block, Mode::Strict).is_ok());
    /// ```
    pub fn validate(&self, block: &[u8], mode: Mode) -> Result<(), Error> {
        self.validate_attrs(crate::attrs(block), mode)
    }

    /// Validates the attributes an iterator yields, e.g. [`Message::attrs`](crate::Message::attrs).
    pub fn validate_attrs(&self, attrs: Attrs<'_>, mode: Mode) -> Result<(), Error> {
        validate_block(self, attrs, mode, 0)
    }

    /// Checks one attribute against its rule (recursing into nests). `depth` is how many
    /// nests enclose it.
    ///
    /// The fast path settles fixed-size and binary rules with a few comparisons; anything
    /// else, and every failure, goes to [`check_full`](Self::check_full), which is the
    /// reference: the fast path only says `Ok` where `check_full` would.
    #[inline]
    pub(crate) fn check(&self, a: &Attr<'_>, mode: Mode, depth: usize) -> Result<(), Error> {
        let strict = mode.is_strict();
        let kind = a.kind();
        let len = a.value().len();
        let ok = match self.rules.get(kind as usize) {
            Some(rule) if !(strict && (kind == 0 || a.is_nested())) => {
                let exact = |n: usize| if strict { len == n } else { len >= n };
                match *rule {
                    Rule::U8 | Rule::S8 => exact(1),
                    Rule::U16 | Rule::S16 => exact(2),
                    Rule::U32 | Rule::S32 => exact(4),
                    Rule::U64 | Rule::S64 => exact(8),
                    Rule::Uint => len == 4 || len == 8,
                    Rule::Flag => len == 0,
                    Rule::Binary { min, max } => {
                        len >= min as usize && (max == 0 || len <= max as usize)
                    }
                    Rule::Unspec => !strict,
                    _ => false,
                }
            }
            // Past the end of the policy: skipped unless strict, or skip-unknown and type 0.
            None => mode == Mode::Liberal || (mode == Mode::StrictSkipUnknown && kind != 0),
            Some(_) => false,
        };
        if ok {
            Ok(())
        } else {
            self.check_full(a, mode, depth)
        }
    }

    /// The complete check, with the precise [`Violation`] on failure.
    #[inline(never)]
    fn check_full(&self, a: &Attr<'_>, mode: Mode, depth: usize) -> Result<(), Error> {
        let strict = mode.is_strict();
        let kind = a.kind();
        let bad = |violation| Error::InvalidAttr {
            kind,
            offset: a.offset(),
            len: a.value().len(),
            violation,
        };
        let rule = match self.rule(kind) {
            Some(r) if !(strict && kind == 0) => r,
            None if mode == Mode::StrictSkipUnknown && kind != 0 => return Ok(()),
            _ if strict => return Err(bad(Violation::UnknownType)),
            _ => return Ok(()),
        };
        let len = a.value().len();
        let size = |n: usize| -> Result<(), Error> {
            if strict && len != n {
                Err(bad(Violation::Size { expected: n }))
            } else if len < n {
                Err(bad(Violation::TooShort { min: n }))
            } else {
                Ok(())
            }
        };
        if strict && a.is_nested() && !matches!(rule, Rule::Nested(_)) {
            return Err(bad(Violation::NestedFlag));
        }
        match *rule {
            Rule::Unspec if strict => Err(bad(Violation::UnknownType)),
            Rule::Unspec => Ok(()),
            Rule::Reject => Err(bad(Violation::UnknownType)),
            Rule::Flag if len != 0 => Err(bad(Violation::Size { expected: 0 })),
            Rule::Flag => Ok(()),
            Rule::U8 | Rule::S8 => size(1),
            Rule::U16 | Rule::S16 => size(2),
            Rule::U32 | Rule::S32 => size(4),
            Rule::U64 | Rule::S64 => size(8),
            Rule::Uint if len == 4 || len == 8 => Ok(()),
            Rule::Uint => Err(bad(Violation::Size { expected: 8 })),
            Rule::String { max_len } => {
                let v = a.value();
                if v.is_empty() {
                    return Err(bad(Violation::TooShort { min: 1 }));
                }
                let chars = if v[len - 1] == 0 { len - 1 } else { len };
                if max_len != 0 && chars > max_len as usize {
                    return Err(bad(Violation::TooLong {
                        max: max_len as usize,
                    }));
                }
                Ok(())
            }
            Rule::NulString { max_len } => {
                // The kernel: a NUL within the first max_len + 1 bytes, then (falling through
                // to NLA_STRING) the value without one trailing NUL at most max_len bytes. The
                // second bound implies the first, so a NUL anywhere is enough to check here.
                let v = a.value();
                if !v.contains(&0) {
                    return Err(bad(Violation::MissingNul));
                }
                let chars = if v[len - 1] == 0 { len - 1 } else { len };
                if max_len != 0 && chars > max_len as usize {
                    return Err(bad(Violation::TooLong {
                        max: max_len as usize,
                    }));
                }
                Ok(())
            }
            Rule::Binary { min, max } => {
                if len < min as usize {
                    Err(bad(Violation::TooShort { min: min as usize }))
                } else if max != 0 && len > max as usize {
                    Err(bad(Violation::TooLong { max: max as usize }))
                } else {
                    Ok(())
                }
            }
            Rule::Nested(inner) => {
                if strict && !a.is_nested() {
                    return Err(bad(Violation::NestedFlag));
                }
                if len == 0 {
                    return Ok(());
                }
                if len < NLA_HDRLEN {
                    return Err(bad(Violation::BadNest));
                }
                if depth + 1 >= MAX_NEST_DEPTH {
                    return Err(Error::TooDeep { offset: a.offset() });
                }
                match inner {
                    Some(p) => validate_block(p, a.nested(), mode, depth + 1),
                    None if strict => {
                        let mut it = a.nested();
                        for r in it.by_ref() {
                            r?;
                        }
                        trailing(&it, mode)
                    }
                    None => Ok(()),
                }
            }
        }
    }
}

/// Rejects leftover bytes after the last attribute in strict mode.
#[inline]
pub(crate) fn trailing(it: &Attrs<'_>, mode: Mode) -> Result<(), Error> {
    let rest = it.trailing();
    if mode.is_strict() && !rest.is_empty() {
        return Err(Error::TrailingBytes {
            offset: it.offset(),
            len: rest.len(),
        });
    }
    Ok(())
}

/// Small set of attribute types seen so far, for duplicate detection without allocation:
/// a bitmap for types below 512, a rescan of the block for the rare larger ones.
pub(crate) struct Seen {
    bits: [u64; 8],
}

impl Seen {
    pub(crate) fn new() -> Seen {
        Seen { bits: [0; 8] }
    }

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

fn validate_block(p: &Policy<'_>, attrs: Attrs<'_>, mode: Mode, depth: usize) -> Result<(), Error> {
    let start = attrs.clone();
    let mut it = attrs;
    let mut seen = Seen::new();
    while let Some(a) = it.step() {
        p.check(&a, mode, depth)?;
        if p.checks_duplicates(a.kind(), mode) && seen.insert(&a, &start) {
            return Err(Error::InvalidAttr {
                kind: a.kind(),
                offset: a.offset(),
                len: a.value().len(),
                violation: Violation::Duplicate,
            });
        }
    }
    if let Some(e) = it.take_error() {
        return Err(e);
    }
    trailing(&it, mode)
}
