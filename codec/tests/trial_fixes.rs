//! The four faults a user trial found: attribute types beyond a table's capacity, strings
//! with padding NULs, the width of `NLA_UINT`/`NLA_SINT`, and strict validation with types a
//! newer kernel added.

mod common;
use common::*;
use nlcodec::consts::*;
use nlcodec::schema::{AttrDesc, AttrSet, AttrType};
use nlcodec::{attrs, Attr, AttrTable, Attrs, Error, Mode, Violation};

static EMPTY: AttrSet = AttrSet::new("empty", &[]);

fn violation<T: std::fmt::Debug>(r: Result<T, Error>) -> Option<(u16, Violation)> {
    match r {
        Err(Error::InvalidAttr {
            kind, violation, ..
        }) => Some((kind, violation)),
        other => panic!("expected an InvalidAttr error, got {other:?}"),
    }
}

// ---- 1. AttrTable and types >= N ----------------------------------------------------------

#[test]
fn table_finds_types_beyond_its_capacity() {
    let block = cat(&[
        &attr(3, b"eth0\0"),
        &attr(66, &1u32.to_ne_bytes()),
        &attr(4, &1500u32.to_ne_bytes()),
        &attr(69, &[]),
        &attr(66, &2u32.to_ne_bytes()),
    ]);
    let tb = AttrTable::<8>::parse(&block).unwrap();
    assert!(tb.beyond());
    // The last one wins beyond N too.
    assert_eq!(tb.get(66).unwrap().as_u32().unwrap(), 2);
    assert_eq!(tb.get(66).unwrap().offset(), 32);
    assert_eq!(tb.require(66).unwrap().as_u32().unwrap(), 2);
    assert!(tb.require(69).unwrap().as_flag().is_ok());
    assert!(tb.get(67).is_none());
    assert_eq!(tb.require(67), Err(Error::MissingAttr { kind: 67 }));
    // In-range types in type order, then every attribute beyond N in block order.
    let got: Vec<(u16, usize)> = tb.iter().map(|a| (a.kind(), a.offset())).collect();
    assert_eq!(got, [(3, 0), (4, 20), (66, 12), (69, 28), (66, 32)]);
    assert_eq!(tb.len(), 5);
    assert!(!tb.is_empty());
}

#[test]
fn table_without_types_beyond_says_so() {
    let block = cat(&[&attr(1, &[1]), &attr(7, &[2])]);
    let tb = AttrTable::<8>::parse(&block).unwrap();
    assert!(!tb.beyond());
    assert_eq!(tb.len(), 2);
    assert!(tb.get(8).is_none() && tb.get(u16::MAX).is_none());
    let tb = AttrTable::<7>::parse(&block).unwrap();
    assert!(tb.beyond());
    assert_eq!(tb.get(7).unwrap().as_u8().unwrap(), 2);
    let empty = AttrTable::<4>::parse(&[]).unwrap();
    assert!(empty.is_empty() && !empty.beyond() && empty.get(9).is_none());
    assert_eq!(empty.len(), 0);
    let default = AttrTable::<4>::default();
    assert!(default.is_empty() && default.get(100).is_none());
    assert_eq!(default.iter().count(), 0);
}

#[test]
fn table_with_only_types_beyond_and_a_zero_capacity_table() {
    let block = cat(&[&attr(40, &[1]), &attr(41, &[2]), &attr(40, &[3]), &[0, 0]]);
    for tb in [
        AttrTable::<0>::parse(&block).unwrap(),
        AttrTable::<0>::parse_validated(&block, &EMPTY, Mode::Liberal).unwrap(),
    ] {
        assert!(tb.beyond() && !tb.is_empty());
        assert_eq!(tb.get(40).unwrap().as_u8().unwrap(), 3);
        assert_eq!(tb.get(41).unwrap().as_u8().unwrap(), 2);
        assert_eq!(tb.len(), 3);
        let kinds: Vec<u16> = tb.iter().map(|a| a.kind()).collect();
        assert_eq!(kinds, [40, 41, 40]);
    }
}

#[test]
fn table_beyond_keeps_flags_and_offsets_of_a_message_block() {
    // Offsets through Message::attrs count from the nlmsghdr, beyond N as well.
    let payload = cat(&[
        &[0u8; 16],
        &attr(2, &[9]),
        &attr(50 | NLA_F_NET_BYTEORDER, &[0, 0, 1, 0]),
    ]);
    let bytes = msg(16, 0, 1, &payload, true);
    let m = nlcodec::messages(&bytes).next().unwrap().unwrap();
    let tb = AttrTable::<4>::from_attrs(m.attrs(16)).unwrap();
    let a = tb.get(50).unwrap();
    assert_eq!((a.offset(), a.raw_kind()), (40, 50 | NLA_F_NET_BYTEORDER));
    assert_eq!(a.as_uint().unwrap(), 256);
    assert_eq!(tb.get(2).unwrap().offset(), 32);
}

#[test]
fn every_table_size_agrees_with_a_plain_walk() {
    let block = cat(&[
        &attr(0, &[0]),
        &attr(5, &[1]),
        &attr(2, &[2]),
        &attr(9, &[3]),
        &attr(5, &[4]),
        &attr(2 | NLA_F_NESTED, &[5]),
        &attr(12, &[6]),
        &attr(9, &[7]),
    ]);
    let all: Vec<Attr<'_>> = attrs(&block).map(Result::unwrap).collect();
    fn one<const N: usize>(block: &[u8], all: &[Attr<'_>]) {
        let tb = AttrTable::<N>::parse(block).unwrap();
        for k in 0..20u16 {
            let want = all.iter().rev().find(|a| a.kind() == k).copied();
            assert_eq!(tb.get(k), want, "N = {N}, kind {k}");
            assert_eq!(tb.require(k).ok(), want);
        }
        let mut want: Vec<Attr<'_>> = (0..N as u16)
            .filter_map(|k| all.iter().rev().find(|a| a.kind() == k).copied())
            .collect();
        want.extend(all.iter().filter(|a| a.kind() as usize >= N));
        assert_eq!(tb.iter().collect::<Vec<_>>(), want, "N = {N}");
        assert_eq!(tb.len(), want.len());
        assert_eq!(tb.beyond(), all.iter().any(|a| a.kind() as usize >= N));
    }
    one::<0>(&block, &all);
    one::<1>(&block, &all);
    one::<3>(&block, &all);
    one::<6>(&block, &all);
    one::<10>(&block, &all);
    one::<13>(&block, &all);
    one::<64>(&block, &all);
}

#[test]
fn strict_table_reports_duplicates_beyond_its_capacity() {
    let descs: Vec<AttrDesc> = (0..100).map(|k| d(k, AttrType::U8)).collect();
    let descs: &'static [AttrDesc] = Box::leak(descs.into_boxed_slice());
    let p: &'static AttrSet = Box::leak(Box::new(AttrSet::new("big", descs)));
    let block = cat(&[&attr(1, &[1]), &attr(70, &[1]), &attr(70, &[2])]);
    let tb = AttrTable::<8>::parse_validated(&block, p, Mode::Liberal).unwrap();
    assert_eq!(tb.get(70).unwrap().as_u8().unwrap(), 2);
    for mode in [Mode::Strict, Mode::StrictSkipUnknown] {
        assert!(matches!(
            AttrTable::<8>::parse_validated(&block, p, mode),
            Err(Error::InvalidAttr {
                kind: 70,
                offset: 16,
                violation: Violation::Duplicate,
                ..
            })
        ));
    }
}

// ---- 2. Strings and padding NULs ----------------------------------------------------------

#[test]
fn as_str_reads_up_to_the_first_nul() {
    let a = |v: &'static [u8]| Attr::new(3, v, 0);
    assert_eq!(a(b"eth0\0\0\0").as_str().unwrap(), "eth0");
    assert_eq!(a(b"eth0\0").as_str().unwrap(), "eth0");
    assert_eq!(a(b"eth0\0junk").as_str().unwrap(), "eth0");
    assert_eq!(a(b"\0").as_str().unwrap(), "");
    assert_eq!(a(b"\0\0\0\0").as_str().unwrap(), "");
    // UTF-8 is checked on the bytes before the NUL only.
    assert_eq!(a(b"ok\0\xff\xfe").as_str().unwrap(), "ok");
    assert_eq!(
        violation(a(b"\xff\0").as_str()),
        (3, Violation::InvalidUtf8).into()
    );
    for missing in [&b""[..], b"eth0", b"\xff"] {
        assert_eq!(
            violation(Attr::new(3, missing, 0).as_str()),
            (3, Violation::MissingNul).into()
        );
    }
}

#[test]
fn as_unterminated_str_never_returns_a_nul() {
    let a = |v: &'static [u8]| Attr::new(1, v, 0);
    assert_eq!(a(b"veth").as_unterminated_str().unwrap(), "veth");
    assert_eq!(a(b"veth\0").as_unterminated_str().unwrap(), "veth");
    assert_eq!(a(b"veth\0\0\0").as_unterminated_str().unwrap(), "veth");
    assert_eq!(a(b"ve\0th").as_unterminated_str().unwrap(), "ve");
    assert_eq!(a(b"").as_unterminated_str().unwrap(), "");
    assert_eq!(a(b"\0").as_unterminated_str().unwrap(), "");
    assert_eq!(a(b"x\0\xff").as_unterminated_str().unwrap(), "x");
    assert_eq!(
        violation(a(b"\xffx").as_unterminated_str()),
        (1, Violation::InvalidUtf8).into()
    );
}

static STRINGS: AttrSet = AttrSet::new(
    "strings",
    &[
        AttrDesc::UNKNOWN,
        d(1, AttrType::String).max_len(4),
        d(2, AttrType::String),
        d(3, AttrType::String).unterminated_ok().max_len(4),
        d(4, AttrType::String).unterminated_ok(),
    ],
);

fn check_str(kind: u16, value: &[u8]) -> Result<(), Error> {
    let block = attr(kind, value);
    let liberal = STRINGS.validate(attrs(&block), Mode::Liberal);
    for mode in [Mode::Strict, Mode::StrictSkipUnknown] {
        assert_eq!(STRINGS.validate(attrs(&block), mode), liberal, "{mode:?}");
    }
    liberal
}

#[test]
fn nul_string_rule_follows_the_kernel() {
    // A NUL within the first max_len + 1 bytes; bytes after it allowed...
    check_str(1, b"eth0\0").unwrap();
    check_str(1, b"eth\0").unwrap();
    check_str(1, b"et\0\0\0").unwrap(); // padding NULs
    check_str(1, b"e\0x").unwrap();
    check_str(1, b"\0").unwrap();
    // ...as long as the value without one trailing NUL is at most max_len bytes (the
    // kernel's NLA_NUL_STRING falls through to the NLA_STRING length check).
    assert_eq!(
        violation(check_str(1, b"eth0\0\0")),
        (1, Violation::TooLong { max: 4 }).into()
    );
    assert_eq!(
        violation(check_str(1, b"et\0xy")),
        (1, Violation::TooLong { max: 4 }).into()
    );
    assert_eq!(
        violation(check_str(1, b"eth01\0")),
        (1, Violation::TooLong { max: 4 }).into()
    );
    assert_eq!(
        violation(check_str(1, b"eth0")),
        (1, Violation::MissingNul).into()
    );
    assert_eq!(
        violation(check_str(1, b"")),
        (1, Violation::MissingNul).into()
    );
    // max_len 0: a NUL anywhere, no length limit.
    check_str(2, b"a-long-interface-name\0\0\0\0").unwrap();
    check_str(2, b"ab\0cd").unwrap();
    assert_eq!(
        violation(check_str(2, b"no nul")),
        (2, Violation::MissingNul).into()
    );
}

#[test]
fn string_rule_follows_the_kernel() {
    check_str(3, b"eth0").unwrap();
    check_str(3, b"eth0\0").unwrap(); // one trailing NUL does not count
    check_str(3, b"e\0th").unwrap(); // NULs inside are allowed
    assert_eq!(
        violation(check_str(3, b"eth0\0\0")),
        (3, Violation::TooLong { max: 4 }).into()
    );
    assert_eq!(
        violation(check_str(3, b"eth01")),
        (3, Violation::TooLong { max: 4 }).into()
    );
    assert_eq!(
        violation(check_str(3, b"")),
        (3, Violation::TooShort { min: 1 }).into()
    );
    check_str(4, b"anything at all, \0 any length\0\0").unwrap();
    assert_eq!(
        violation(check_str(4, b"")),
        (4, Violation::TooShort { min: 1 }).into()
    );
}

// ---- 3. NLA_UINT / NLA_SINT widths ---------------------------------------------------------

#[test]
fn as_uint_takes_exactly_four_or_eight_bytes() {
    let ne = |v: &[u8]| Attr::new(1, v, 0).as_uint();
    assert_eq!(ne(&7u32.to_ne_bytes()), Ok(7));
    assert_eq!(ne(&u64::MAX.to_ne_bytes()), Ok(u64::MAX));
    let be = Attr::new(1 | NLA_F_NET_BYTEORDER, &[0, 0, 0, 0, 0, 0, 1, 2], 0);
    assert_eq!(be.as_uint(), Ok(0x102));
    for len in [0usize, 1, 2, 3, 5, 6, 7, 9, 16] {
        let v = vec![1u8; len];
        assert_eq!(
            violation(ne(&v)),
            (1, Violation::Size { expected: 8 }).into(),
            "{len} bytes"
        );
    }
}

#[test]
fn as_unsigned_takes_one_two_four_or_eight_bytes() {
    let a = |raw: u16, v: &[u8]| Attr::new(raw, v, 0).as_unsigned();
    assert_eq!(a(1, &[0xfe]), Ok(0xfe));
    assert_eq!(a(1, &0xfedcu16.to_ne_bytes()), Ok(0xfedc));
    assert_eq!(a(1, &0xfedc_ba98u32.to_ne_bytes()), Ok(0xfedc_ba98));
    assert_eq!(a(1, &u64::MAX.to_ne_bytes()), Ok(u64::MAX));
    let be = 1 | NLA_F_NET_BYTEORDER;
    assert_eq!(a(be, &[0xfe]), Ok(0xfe));
    assert_eq!(a(be, &[0x12, 0x34]), Ok(0x1234));
    assert_eq!(a(be, &[0x12, 0x34, 0x56, 0x78]), Ok(0x1234_5678));
    assert_eq!(a(be, &[1, 2, 3, 4, 5, 6, 7, 8]), Ok(0x0102_0304_0506_0708));
    for len in [0usize, 3, 5, 6, 7, 9] {
        assert_eq!(
            violation(a(1, &vec![0; len])),
            (1, Violation::Size { expected: 8 }).into()
        );
    }
}

#[test]
fn as_sint_and_as_signed_sign_extend() {
    fn a(raw: u16, v: &[u8]) -> Attr<'_> {
        Attr::new(raw, v, 0)
    }
    assert_eq!(a(1, &(-5i32).to_ne_bytes()).as_sint(), Ok(-5));
    assert_eq!(a(1, &i32::MIN.to_ne_bytes()).as_sint(), Ok(i32::MIN as i64));
    assert_eq!(a(1, &i32::MAX.to_ne_bytes()).as_sint(), Ok(i32::MAX as i64));
    assert_eq!(a(1, &(-5i64).to_ne_bytes()).as_sint(), Ok(-5));
    assert_eq!(a(1, &i64::MIN.to_ne_bytes()).as_sint(), Ok(i64::MIN));
    let be = 1 | NLA_F_NET_BYTEORDER;
    assert_eq!(a(be, &(-300i32).to_be_bytes()).as_sint(), Ok(-300));
    assert_eq!(a(be, &(-300i64).to_be_bytes()).as_sint(), Ok(-300));
    for len in [0usize, 1, 2, 3, 5, 9] {
        assert_eq!(
            violation(a(1, &vec![0xff; len]).as_sint()),
            (1, Violation::Size { expected: 8 }).into()
        );
    }
    assert_eq!(a(1, &[0x80]).as_signed(), Ok(-128));
    assert_eq!(a(1, &[0x7f]).as_signed(), Ok(127));
    assert_eq!(a(1, &(-2i16).to_ne_bytes()).as_signed(), Ok(-2));
    assert_eq!(a(be, &[0xff, 0x38]).as_signed(), Ok(-200));
    assert_eq!(a(1, &(-7i32).to_ne_bytes()).as_signed(), Ok(-7));
    assert_eq!(a(1, &(-7i64).to_ne_bytes()).as_signed(), Ok(-7));
    assert_eq!(
        violation(a(1, &[0; 3]).as_signed()),
        (1, Violation::Size { expected: 8 }).into()
    );
}

// ---- 4. Mode::StrictSkipUnknown ------------------------------------------------------------

static INNER: AttrSet = AttrSet::new("inner", &[AttrDesc::UNKNOWN, d(1, AttrType::U8)]);
/// A 6.12-style set: types 1..=5 named but 4, nothing past 5.
static OLD: AttrSet = AttrSet::new(
    "old",
    &[
        AttrDesc::UNKNOWN,
        d(1, AttrType::U32),
        d(2, AttrType::String).max_len(15),
        d(3, AttrType::Nest).nested(&INNER),
        AttrDesc::UNKNOWN, // 4: a gap
        d(5, AttrType::Nest),
    ],
);

fn skip(block: &[u8]) -> Result<(), Error> {
    let v = OLD.validate(attrs(block), Mode::StrictSkipUnknown);
    // The table parse agrees with plain validation, and keeps what it skipped.
    let t = AttrTable::<8>::parse_validated(block, &OLD, Mode::StrictSkipUnknown);
    assert_eq!(v, t.as_ref().map(|_| ()).map_err(|e| *e));
    if let Ok(t) = t {
        assert_eq!(Ok(t), AttrTable::<8>::parse(block));
    }
    v
}

#[test]
fn skip_unknown_passes_types_past_the_set() {
    let block = cat(&[
        &attr(1, &7u32.to_ne_bytes()),
        &attr(66, &[1, 2, 3]),                // any size
        &attr(67 | NLA_F_NESTED, &[0xff; 5]), // a bad nest: not looked into
        &attr(68, &[]),
        &attr(66, &[4]), // repeats are not duplicates
        &attr(2, b"eth0\0"),
        &attr(6, &[0; 4]), // the first type past the set
    ]);
    skip(&block).unwrap();
    OLD.validate(attrs(&block), Mode::Liberal).unwrap();
    assert_eq!(
        violation(OLD.validate(attrs(&block), Mode::Strict)),
        (66, Violation::UnknownType).into()
    );
    let tb = AttrTable::<8>::parse_validated(&block, &OLD, Mode::StrictSkipUnknown).unwrap();
    assert!(tb.beyond());
    assert_eq!(tb.get(66).unwrap().as_u8().unwrap(), 4);
    assert_eq!(tb.get(6).unwrap().value(), &[0; 4]);
}

#[test]
fn skip_unknown_stays_strict_about_everything_else() {
    // Exact sizes.
    assert_eq!(
        violation(skip(&attr(1, &[0; 8]))),
        (1, Violation::Size { expected: 4 }).into()
    );
    // A hole in the table (Unspec) and type 0 are still unknown.
    assert_eq!(
        violation(skip(&attr(4, &[0; 4]))),
        (4, Violation::UnknownType).into()
    );
    assert_eq!(
        violation(skip(&attr(0, &[0; 4]))),
        (0, Violation::UnknownType).into()
    );
    assert_eq!(
        violation(EMPTY.validate(attrs(&attr(0, &[])), Mode::StrictSkipUnknown)),
        (0, Violation::UnknownType).into()
    );
    EMPTY
        .validate(attrs(&attr(1, &[])), Mode::StrictSkipUnknown)
        .unwrap();
    // NLA_F_NESTED refused on a non-nest; a nest without it is accepted (kernel replies).
    skip(&attr(3, &attr(1, &[1]))).unwrap();
    assert_eq!(
        violation(skip(&attr(1 | NLA_F_NESTED, &[0; 4]))),
        (1, Violation::NestedFlag).into()
    );
    // Duplicates of known types.
    let dup = cat(&[&attr(1, &[0; 4]), &attr(70, &[]), &attr(1, &[0; 4])]);
    assert!(matches!(
        skip(&dup),
        Err(Error::InvalidAttr {
            kind: 1,
            offset: 12,
            violation: Violation::Duplicate,
            ..
        })
    ));
    // Trailing bytes, after a skipped attribute too.
    let trailing = cat(&[&attr(1, &[0; 4]), &attr(70, &[1]), &[0, 0]]);
    assert_eq!(
        skip(&trailing),
        Err(Error::TrailingBytes { offset: 16, len: 2 })
    );
    // A malformed header is an error whatever its type.
    let bad = cat(&[&attr(1, &[0; 4]), &raw_attr_header(2, 70)]);
    assert_eq!(
        skip(&bad),
        Err(Error::AttrLenTooSmall { offset: 8, len: 2 })
    );
}

#[test]
fn skip_unknown_applies_inside_nests() {
    // The inner set knows types 0..=1: type 9 inside is skipped, a wrong size is not.
    let ok = attr(3 | NLA_F_NESTED, &cat(&[&attr(1, &[5]), &attr(9, &[0; 3])]));
    skip(&ok).unwrap();
    assert!(matches!(
        OLD.validate(attrs(&ok), Mode::Strict),
        Err(Error::InvalidAttr {
            kind: 9,
            offset: 12,
            violation: Violation::UnknownType,
            ..
        })
    ));
    let bad = attr(
        3 | NLA_F_NESTED,
        &cat(&[&attr(9, &[0; 3]), &attr(1, &[5, 6])]),
    );
    assert!(matches!(
        skip(&bad),
        Err(Error::InvalidAttr {
            kind: 1,
            offset: 12,
            violation: Violation::Size { expected: 1 },
            ..
        })
    ));
    // Trailing bytes inside a nest, with or without an inner set.
    let trailing = attr(3 | NLA_F_NESTED, &cat(&[&attr(9, &[]), &[1]]));
    assert_eq!(
        skip(&trailing),
        Err(Error::TrailingBytes { offset: 8, len: 1 })
    );
    let trailing = attr(5 | NLA_F_NESTED, &cat(&[&attr(9, &[]), &[1]]));
    assert_eq!(
        skip(&trailing),
        Err(Error::TrailingBytes { offset: 8, len: 1 })
    );
}

#[test]
fn modes_are_ordered_liberal_skip_unknown_strict() {
    // Whatever Strict accepts, StrictSkipUnknown accepts; whatever that accepts, Liberal does.
    let cases = [
        attr(1, &[0; 4]),
        attr(1, &[0; 8]),
        attr(66, &[0; 3]),
        attr(4, &[]),
        attr(0, &[]),
        cat(&[&attr(66, &[]), &attr(66, &[])]),
        cat(&[&attr(1, &[0; 4]), &[0]]),
        attr(3 | NLA_F_NESTED, &attr(9, &[])),
        attr(3, &attr(1, &[1])),
    ];
    for block in &cases {
        let r = |m| OLD.validate(attrs(block), m).is_ok();
        let (l, s, x) = (
            r(Mode::Liberal),
            r(Mode::StrictSkipUnknown),
            r(Mode::Strict),
        );
        assert!(!x || s, "{block:?}");
        assert!(!s || l, "{block:?}");
        let it = Attrs::with_base(block, 0);
        assert_eq!(OLD.validate(it, Mode::StrictSkipUnknown).is_ok(), s);
    }
    assert!(Mode::StrictSkipUnknown.is_strict() && Mode::Strict.is_strict());
    assert!(!Mode::Liberal.is_strict() && !Mode::default().is_strict());
}
