//! How hard a validator checks: the kernel's two validation levels, and a strict level that
//! lets newer attribute types through.

/// How hard [`AttrSet::validate`](crate::schema::AttrSet::validate) and
/// [`AttrTable::parse_validated`](crate::AttrTable::parse_validated) check, following the
/// kernel's validation levels.
///
/// In every mode, like the kernel whatever its level: flags are empty, `uint` values are 4 or
/// 8 bytes, strings are at least one byte and NUL-terminated unless the spec says
/// `unterminated-ok`, the spec's length and range checks hold, and a nest is empty or at
/// least one attribute header long.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Mode {
    /// Like the kernel's legacy (`nla_parse_deprecated`) validation: integers must be at
    /// least their size, types the set does not name are skipped, trailing bytes are
    /// ignored, the last of several attributes of one type wins.
    #[default]
    Liberal,
    /// Like the kernel's strict validation: exact integer sizes; type 0, the types the set
    /// does not name and the types past its end rejected; `NLA_F_NESTED` refused on
    /// anything but a nest; trailing bytes after the last attribute rejected; repeats of a
    /// type that is not `multi-attr` reported.
    ///
    /// One difference from the kernel: a nest without `NLA_F_NESTED` is accepted, because
    /// the kernel itself builds many of its replies' nests without it
    /// (`nla_nest_start_noflag`: `IFLA_LINKINFO`, `RTA_METRICS`, ...).
    Strict,
    /// [`Strict`](Mode::Strict) in every respect but one: attribute types past the end of
    /// the set are skipped, as the kernel does without `NL_VALIDATE_MAXTYPE`. For reading
    /// what a newer kernel sends with an older spec.
    ///
    /// A skipped attribute is not looked at beyond its header: no size or `NLA_F_NESTED`
    /// check, no descent into it, and repeats of it are not duplicates. Type 0 and the gaps
    /// inside the set stay rejected.
    ///
    /// ```
    /// use nlcodec::schema::{AttrDesc, AttrSet, AttrType};
    /// use nlcodec::{Error, Mode, Violation, Writer};
    /// static SET: AttrSet = AttrSet::new("s", &[
    ///     AttrDesc::UNKNOWN,
    ///     AttrDesc::new("mtu", "X_MTU", 1, AttrType::U32),
    ///     AttrDesc::UNKNOWN,
    ///     AttrDesc::new("up", "X_UP", 3, AttrType::U8),
    /// ]);
    /// let mut buf = [0u8; 64];
    /// let mut w = Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 0, 0).unwrap();
    /// w.put_u32(1, 7).unwrap();
    /// w.put_u64(66, 1).unwrap(); // a type this set does not know yet
    /// w.end_message().unwrap();
    /// let block = nlcodec::attrs(&w.as_bytes()[16..]);
    /// assert!(SET.validate(block.clone(), Mode::StrictSkipUnknown).is_ok());
    /// assert!(SET.validate(block, Mode::Strict).is_err());
    /// // A gap inside the set is still rejected.
    /// let mut w = Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 0, 0).unwrap();
    /// w.put_u32(2, 7).unwrap();
    /// w.end_message().unwrap();
    /// let block = nlcodec::attrs(&w.as_bytes()[16..]);
    /// let err = SET.validate(block, Mode::StrictSkipUnknown).unwrap_err();
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
