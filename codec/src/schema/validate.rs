//! Validation of an attribute block against its descriptors, like the kernel's
//! `nla_policy` checks, in liberal or strict mode.

use super::attr::{AttrDesc, AttrSet};
use super::records::RecordWalk;
use super::siblings::Siblings;
use super::types::AttrType;
use super::value::sign_extend;
use crate::attr::read_unsigned;
use crate::attr::{Attr, Attrs};
use crate::consts::{align, NLA_HDRLEN};
use crate::error::{Error, Violation};
use crate::policy::{Mode, Seen};
use crate::MAX_NEST_DEPTH;

impl AttrSet {
    /// Checks every attribute of `attrs` against the set's descriptors and their checks,
    /// recursing into nests, indexed arrays, sub-messages (by their selector) and record
    /// lists. `Mode::Liberal` skips types the set does not name and accepts integers longer
    /// than their size; `Mode::Strict` rejects unknown types, wrong sizes, duplicates and
    /// trailing bytes.
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
        validate_set(Some(self), attrs, mode, 0)
    }
}

fn strictish(mode: Mode) -> bool {
    mode != Mode::Liberal
}

fn validate_set(
    set: Option<&'static AttrSet>,
    attrs: Attrs<'_>,
    mode: Mode,
    depth: usize,
) -> Result<(), Error> {
    let start = Siblings::new(attrs.clone());
    let mut it = attrs;
    let mut seen = Seen::new();
    while let Some(a) = it.step() {
        let desc = set.and_then(|s| s.get(a.kind()));
        match desc {
            Some(d) => check(d, &a, &start, mode, depth)?,
            None if set.is_some() && unknown_rejected(set, a.kind(), mode) => {
                return Err(bad(&a, Violation::UnknownType));
            }
            None => {}
        }
        // Repeats are errors in the strict modes, except for types that may repeat and
        // types StrictSkipUnknown lets through unchecked.
        let repeatable = desc.is_some_and(|d| d.multi)
            || (desc.is_none() && !unknown_rejected(set, a.kind(), mode));
        if strictish(mode) && !repeatable && seen.insert(&a, &start.attrs()) {
            return Err(bad(&a, Violation::Duplicate));
        }
    }
    if let Some(e) = it.take_error() {
        return Err(e);
    }
    crate::policy::trailing(&it, if strictish(mode) { Mode::Strict } else { mode })
}

/// Whether a type the set does not name is an error in this mode.
fn unknown_rejected(set: Option<&'static AttrSet>, kind: u16, mode: Mode) -> bool {
    match mode {
        Mode::Liberal => false,
        Mode::Strict => true,
        // Types past the end of the set are newer than the spec: let them through.
        _ => kind == 0 || set.is_some_and(|s| (kind as usize) < s.attrs.len()),
    }
}

fn bad(a: &Attr<'_>, violation: Violation) -> Error {
    Error::InvalidAttr {
        kind: a.kind(),
        offset: a.offset(),
        len: a.value().len(),
        violation,
    }
}

fn check(
    d: &'static AttrDesc,
    a: &Attr<'_>,
    siblings: &Siblings<'_>,
    mode: Mode,
    depth: usize,
) -> Result<(), Error> {
    let strict = strictish(mode);
    let v = a.value();
    let len = v.len();
    let c = &d.checks;
    if strict && a.is_nested() && !d.ty.is_nest() {
        return Err(bad(a, Violation::NestedFlag));
    }
    if let Some(n) = c.exact_len {
        if len != n as usize {
            return Err(bad(
                a,
                Violation::Size {
                    expected: n as usize,
                },
            ));
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
        AttrType::Unused | AttrType::Pad => Ok(()),
        AttrType::Flag if len != 0 => Err(bad(a, Violation::Size { expected: 0 })),
        AttrType::Flag => Ok(()),
        t if t.is_int() => {
            let size = match t {
                AttrType::Uint | AttrType::Sint if len == 4 || len == 8 => len,
                AttrType::Uint | AttrType::Sint => {
                    return Err(bad(a, Violation::Size { expected: 8 }))
                }
                _ => t.fixed_len().unwrap_or(0),
            };
            if strict && len != size {
                return Err(bad(a, Violation::Size { expected: size }));
            }
            if len < size {
                return Err(bad(a, Violation::TooShort { min: size }));
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
        AttrType::String => {
            let nul = v.iter().position(|b| *b == 0);
            if nul.is_none() && !c.unterminated_ok && strict {
                return Err(bad(a, Violation::MissingNul));
            }
            let chars = nul.unwrap_or(len);
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
        AttrType::Bitfield32 if len != 8 => Err(bad(a, Violation::Size { expected: 8 })),
        AttrType::Binary | AttrType::Bitfield32 => Ok(()),
        AttrType::Nest
        | AttrType::IndexedArray
        | AttrType::NestTypeValue
        | AttrType::SubMessage => {
            if len == 0 {
                return Ok(());
            }
            if depth + 1 >= MAX_NEST_DEPTH {
                return Err(Error::TooDeep { offset: a.offset() });
            }
            let (skip, set) = match d.ty {
                AttrType::Nest => (align(d.header.map_or(0, |h| h.len)), d.nested),
                AttrType::SubMessage => match siblings.sub_variant(d) {
                    Some(v) => (align(v.header.map_or(0, |h| h.len)), v.attrs),
                    None => return Ok(()),
                },
                _ => {
                    // Entries: each is checked as a nest of the element set (or a value).
                    let inner = a.nested();
                    let mut it = inner.clone();
                    while let Some(e) = it.step() {
                        if d.ty == AttrType::NestTypeValue && d.sub_type == AttrType::NestTypeValue
                        {
                            // Two levels of entries (nlctrl's policy id, then attribute id).
                            let mut inner = e.nested();
                            while let Some(e2) = inner.step() {
                                validate_set(d.nested, e2.nested(), mode, depth + 3)?;
                            }
                            if let Some(err) = inner.take_error() {
                                return Err(err);
                            }
                        } else if d.sub_type == AttrType::Nest || d.ty == AttrType::NestTypeValue {
                            validate_set(d.nested, e.nested(), mode, depth + 2)?;
                        }
                    }
                    if let Some(e) = it.take_error() {
                        return Err(e);
                    }
                    return Ok(());
                }
            };
            if skip > len {
                return Err(bad(a, Violation::TooShort { min: skip }));
            }
            let inner = Attrs::with_base(&v[skip..], a.offset() + NLA_HDRLEN + skip);
            match set {
                Some(s) => validate_set(Some(s), inner, mode, depth + 1),
                None => Ok(()),
            }
        }
        AttrType::RecordList => {
            for r in RecordWalk::of(a, d.header.map_or(0, |h| h.len)) {
                let r = r.map_err(|_| bad(a, Violation::BadNest))?;
                if let Some(set) = d.nested {
                    validate_set(Some(set), r.attrs, mode, depth + 1)?;
                }
            }
            Ok(())
        }
        _ => Ok(()),
    }
}
