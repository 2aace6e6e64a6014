//! Attributes: iteration and its malformed cases, typed getters, tables, policies.

mod common;
use common::*;
use nlcodec::consts::*;
use nlcodec::schema::{AttrDesc, AttrSet, AttrType};
use nlcodec::{attrs, AttrTable, Error, Mode, Violation};

#[test]
fn iterates_with_flags_split_out() {
    let block = cat(&[
        &attr(1, &[1]),
        &attr(2 | NLA_F_NESTED, &attr(7, &[0; 4])),
        &attr(3 | NLA_F_NET_BYTEORDER, &[0, 80]),
    ]);
    let got: Vec<_> = attrs(&block).collect::<Result<_, _>>().unwrap();
    assert_eq!(got.len(), 3);
    assert_eq!(
        (got[0].kind(), got[0].is_nested(), got[0].is_net_byteorder()),
        (1, false, false)
    );
    assert_eq!(
        (got[1].kind(), got[1].is_nested(), got[1].raw_kind()),
        (2, true, 2 | NLA_F_NESTED)
    );
    assert_eq!((got[2].kind(), got[2].is_net_byteorder()), (3, true));
    assert_eq!(got[2].as_be_u16().unwrap(), 80);
    assert_eq!(got[2].as_unsigned().unwrap(), 80);
    assert!(got[2].as_uint().is_err()); // NLA_UINT is 4 or 8 bytes
    assert_eq!(
        [got[0].offset(), got[1].offset(), got[2].offset()],
        [0, 8, 20]
    );
    let inner: Vec<_> = got[1].nested().collect::<Result<_, _>>().unwrap();
    assert_eq!((inner[0].kind(), inner[0].offset()), (7, 12));
}

#[test]
fn nla_len_below_four_is_an_error_for_each_value() {
    for len in 0..4u16 {
        let block = cat(&[&attr(1, &[0; 4]), &raw_attr_header(len, 9), &[0; 8]]);
        let got: Vec<_> = attrs(&block).collect();
        assert_eq!(got.len(), 2, "nla_len {len}");
        assert_eq!(got[1], Err(Error::AttrLenTooSmall { offset: 8, len }));
    }
}

#[test]
fn nla_len_past_the_block_is_an_error() {
    let block = cat(&[&raw_attr_header(100, 1), &[0; 8]]);
    let got: Vec<_> = attrs(&block).collect();
    assert_eq!(
        got,
        vec![Err(Error::AttrLenOverrun {
            offset: 0,
            len: 100,
            available: 12
        })]
    );
}

#[test]
fn nla_len_max_does_not_wrap() {
    let block = cat(&[&raw_attr_header(u16::MAX, 1), &[0; 16]]);
    assert!(matches!(
        attrs(&block).next(),
        Some(Err(Error::AttrLenOverrun { len: u16::MAX, .. }))
    ));
}

#[test]
fn last_attribute_without_padding_is_valid() {
    let mut block = attr(1, &[1, 2, 3, 4]);
    block.extend_from_slice(&raw_attr_header(5, 2));
    block.push(42); // 5-byte attribute, no padding
    let got: Vec<_> = attrs(&block).collect::<Result<_, _>>().unwrap();
    assert_eq!(got[1].as_u8().unwrap(), 42);
}

#[test]
fn up_to_three_trailing_bytes_end_the_walk_and_are_reported() {
    let block = cat(&[&attr(1, &[0; 4]), &[0xaa, 0xbb]]);
    let mut it = attrs(&block);
    assert!(it.next().unwrap().is_ok());
    assert!(it.next().is_none());
    assert_eq!(it.trailing(), &[0xaa, 0xbb]);
    assert_eq!(it.offset(), 8);
}

#[test]
fn iterator_is_fused_after_an_error() {
    let block = cat(&[&raw_attr_header(0, 1), &attr(2, &[1])]);
    let mut it = attrs(&block);
    assert!(it.next().unwrap().is_err());
    assert!(it.next().is_none());
    assert!(it.next().is_none());
}

#[test]
fn integer_getters_check_the_exact_size() {
    let cases: &[(&[u8], usize)] = &[
        (&[1], 1),
        (&[1, 2], 2),
        (&[1, 2, 3, 4], 4),
        (&[1; 8], 8),
        (&[1, 2, 3], 3),
    ];
    for (value, len) in cases {
        let block = attr(5, value);
        let a = attrs(&block).next().unwrap().unwrap();
        assert_eq!(a.as_u8().is_ok(), *len == 1);
        assert_eq!(a.as_i8().is_ok(), *len == 1);
        assert_eq!(a.as_u16().is_ok(), *len == 2);
        assert_eq!(a.as_i16().is_ok(), *len == 2);
        assert_eq!(a.as_be_u16().is_ok(), *len == 2);
        assert_eq!(a.as_u32().is_ok(), *len == 4);
        assert_eq!(a.as_i32().is_ok(), *len == 4);
        assert_eq!(a.as_be_u32().is_ok(), *len == 4);
        assert_eq!(a.as_u64().is_ok(), *len == 8);
        assert_eq!(a.as_i64().is_ok(), *len == 8);
        assert_eq!(a.as_be_u64().is_ok(), *len == 8);
    }
    let block = attr(5, &[1, 2, 3]);
    let a = attrs(&block).next().unwrap().unwrap();
    assert_eq!(
        a.as_u32(),
        Err(Error::InvalidAttr {
            kind: 5,
            offset: 0,
            len: 3,
            violation: Violation::Size { expected: 4 }
        })
    );
}

#[test]
fn integer_getters_read_host_and_network_order() {
    let v = 0x0102_0304u32;
    let block = cat(&[
        &attr(1, &v.to_ne_bytes()),
        &attr(2, &v.to_be_bytes()),
        &attr(3, &(-2i64).to_ne_bytes()),
    ]);
    let a: Vec<_> = attrs(&block).map(Result::unwrap).collect();
    assert_eq!(a[0].as_u32().unwrap(), v);
    assert_eq!(a[1].as_be_u32().unwrap(), v);
    assert_eq!(a[1].as_be_i32().unwrap(), v as i32);
    assert_eq!(a[2].as_i64().unwrap(), -2);
    assert_eq!(a[2].as_uint().unwrap(), (-2i64) as u64);
}

#[test]
fn flag_string_and_bytes_getters() {
    let block = cat(&[
        &attr(1, &[]),
        &attr(2, b"eth0\0"),
        &attr(3, b"no-nul"),
        &attr(4, &[0xff, 0xfe, 0]),
        &attr(5, b"ab\0cd\0"),
    ]);
    let a: Vec<_> = attrs(&block).map(Result::unwrap).collect();
    assert!(a[0].as_flag().is_ok());
    assert!(a[1].as_flag().is_err());
    assert_eq!(a[1].as_str().unwrap(), "eth0");
    assert!(matches!(
        a[2].as_str(),
        Err(Error::InvalidAttr {
            violation: Violation::MissingNul,
            ..
        })
    ));
    assert_eq!(a[2].as_unterminated_str().unwrap(), "no-nul");
    assert!(matches!(
        a[3].as_str(),
        Err(Error::InvalidAttr {
            violation: Violation::InvalidUtf8,
            ..
        })
    ));
    assert_eq!(a[4].as_c_bytes().unwrap(), b"ab");
    assert_eq!(a[4].as_str().unwrap(), "ab"); // up to the first NUL, as the kernel reads it
    assert_eq!(a[3].as_bytes(), &[0xff, 0xfe, 0]);
    assert!(a[0].as_str().is_err());
}

#[test]
fn table_indexes_by_type_and_last_one_wins() {
    let block = cat(&[
        &attr(1, &1u32.to_ne_bytes()),
        &attr(3, b"x\0"),
        &attr(1, &2u32.to_ne_bytes()),
        &attr(40, &[]),
    ]);
    let tb = AttrTable::<8>::parse(&block).unwrap();
    assert_eq!(tb.get(1).unwrap().as_u32().unwrap(), 2);
    assert_eq!(tb.get(3).unwrap().as_str().unwrap(), "x");
    assert!(tb.get(2).is_none());
    assert!(tb.get(40).unwrap().as_flag().is_ok()); // beyond the table: found by a scan
    assert!(tb.beyond());
    assert_eq!(tb.len(), 3);
    assert_eq!(tb.require(2), Err(Error::MissingAttr { kind: 2 }));
    let kinds: Vec<u16> = tb.iter().map(|a| a.kind()).collect();
    assert_eq!(kinds, [1, 3, 40]);
}

#[test]
fn table_fails_on_a_malformed_attribute() {
    let block = cat(&[&attr(1, &[0; 4]), &raw_attr_header(2, 1)]);
    assert_eq!(
        AttrTable::<4>::parse(&block),
        Err(Error::AttrLenTooSmall { offset: 8, len: 2 })
    );
}

fn check(block: &[u8], mode: Mode) -> Result<(), Error> {
    OUTER.validate(attrs(block), mode)
}

fn violation(r: Result<(), Error>) -> Option<(u16, Violation)> {
    match r {
        Err(Error::InvalidAttr {
            kind, violation, ..
        }) => Some((kind, violation)),
        _ => None,
    }
}

#[test]
fn validator_accepts_a_well_formed_block_in_both_modes() {
    let nest = cat(&[&attr(1, b"abc\0"), &attr(2, &[7])]);
    let block = cat(&[
        &attr(1, &[1]),
        &attr(2, &[1, 2]),
        &attr(3, &[1; 4]),
        &attr(4, &[1; 8]),
        &attr(5, &[]),
        &attr(6, b"abc"),
        &attr(7, b"anything\0"),
        &attr(8, &[1, 2, 3]),
        &attr(9 | NLA_F_NESTED, &nest),
        &attr(11, &[1; 4]),
        &attr(12, &[1; 8]),
        &attr(13 | NLA_F_NESTED, &attr(1, &[])),
    ]);
    check(&block, Mode::Liberal).unwrap();
    check(&block, Mode::Strict).unwrap();
    let tb = AttrTable::<16>::parse_validated(&block, &OUTER, Mode::Strict).unwrap();
    assert_eq!(tb.len(), 12);
}

#[test]
fn liberal_accepts_long_integers_strict_wants_exact_sizes() {
    let block = attr(3, &[1; 8]); // a u32 sent as 8 bytes
    check(&block, Mode::Liberal).unwrap();
    assert_eq!(
        violation(check(&block, Mode::Strict)),
        Some((3, Violation::Size { expected: 4 }))
    );
    let short = attr(3, &[1; 2]);
    assert_eq!(
        violation(check(&short, Mode::Liberal)),
        Some((3, Violation::TooShort { min: 4 }))
    );
}

#[test]
fn string_rules() {
    assert_eq!(
        violation(check(&attr(6, b"abcd"), Mode::Liberal)),
        Some((6, Violation::TooLong { max: 3 }))
    );
    check(&attr(6, b"abc\0"), Mode::Liberal).unwrap(); // the NUL does not count
    assert_eq!(
        violation(check(&attr(6, b""), Mode::Liberal)),
        Some((6, Violation::TooShort { min: 1 }))
    );
    assert_eq!(
        violation(check(&attr(7, b"abc"), Mode::Liberal)),
        Some((7, Violation::MissingNul))
    );
}

#[test]
fn binary_flag_and_unknown_rules() {
    assert_eq!(
        violation(check(&attr(8, &[1]), Mode::Liberal)),
        Some((8, Violation::TooShort { min: 2 }))
    );
    assert_eq!(
        violation(check(&attr(8, &[1; 5]), Mode::Liberal)),
        Some((8, Violation::TooLong { max: 4 }))
    );
    assert_eq!(
        violation(check(&attr(5, &[1]), Mode::Liberal)),
        Some((5, Violation::Size { expected: 0 }))
    );
    // A gap is skipped in liberal mode and unknown in the strict ones.
    check(&attr(10, &[]), Mode::Liberal).unwrap();
    for mode in [Mode::Strict, Mode::StrictSkipUnknown] {
        assert_eq!(
            violation(check(&attr(10, &[]), mode)),
            Some((10, Violation::UnknownType))
        );
    }
    assert_eq!(
        violation(check(&attr(12, &[1; 2]), Mode::Liberal)),
        Some((12, Violation::Size { expected: 8 }))
    );
}

#[test]
fn nested_set_is_applied_and_errors_point_inside() {
    let nest = cat(&[&attr(1, b"abcdef\0")]); // longer than max_len 4
    let block = cat(&[&attr(1, &[1]), &attr(9 | NLA_F_NESTED, &nest)]);
    match check(&block, Mode::Liberal) {
        Err(Error::InvalidAttr {
            kind: 1,
            offset: 12,
            violation: Violation::TooLong { max: 4 },
            ..
        }) => {}
        other => panic!("{other:?}"),
    }
}

#[test]
fn strict_mode_rejects_what_liberal_tolerates() {
    // Unknown type.
    let unknown = attr(30, &[1]);
    check(&unknown, Mode::Liberal).unwrap();
    assert_eq!(
        violation(check(&unknown, Mode::Strict)),
        Some((30, Violation::UnknownType))
    );
    // Type 0 / NLA_UNSPEC.
    let zero = attr(0, &[1]);
    check(&zero, Mode::Liberal).unwrap();
    assert_eq!(
        violation(check(&zero, Mode::Strict)),
        Some((0, Violation::UnknownType))
    );
    // Trailing bytes.
    let trailing = cat(&[&attr(1, &[1]), &[0, 0]]);
    check(&trailing, Mode::Liberal).unwrap();
    assert_eq!(
        check(&trailing, Mode::Strict),
        Err(Error::TrailingBytes { offset: 8, len: 2 })
    );
    // Duplicates.
    let dup = cat(&[&attr(1, &[1]), &attr(2, &[1, 2]), &attr(1, &[2])]);
    check(&dup, Mode::Liberal).unwrap();
    match check(&dup, Mode::Strict) {
        Err(Error::InvalidAttr {
            kind: 1,
            offset: 16,
            violation: Violation::Duplicate,
            ..
        }) => {}
        other => panic!("{other:?}"),
    }
    // A nest without NLA_F_NESTED is accepted (the kernel's replies have many), but
    // NLA_F_NESTED on a non-nest is not.
    let unflagged = attr(9, &attr(2, &[1]));
    check(&unflagged, Mode::Liberal).unwrap();
    check(&unflagged, Mode::Strict).unwrap();
    let flagged = attr(3 | NLA_F_NESTED, &[1; 4]);
    check(&flagged, Mode::Liberal).unwrap();
    assert_eq!(
        violation(check(&flagged, Mode::Strict)),
        Some((3, Violation::NestedFlag))
    );
    // Trailing bytes inside a nest the set does not describe.
    let bad_nest = attr(13 | NLA_F_NESTED, &cat(&[&attr(1, &[]), &[9]]));
    check(&bad_nest, Mode::Liberal).unwrap();
    assert_eq!(
        check(&bad_nest, Mode::Strict),
        Err(Error::TrailingBytes { offset: 8, len: 1 })
    );
}

#[test]
fn duplicates_of_large_types_are_found_too() {
    let descs: Vec<AttrDesc> = (0..700).map(|k| d(k, AttrType::U8)).collect();
    let descs: &'static [AttrDesc] = Box::leak(descs.into_boxed_slice());
    let set: &'static AttrSet = Box::leak(Box::new(AttrSet::new("big", descs)));
    let block = cat(&[&attr(600, &[1]), &attr(601, &[1]), &attr(600, &[2])]);
    set.validate(attrs(&block), Mode::Liberal).unwrap();
    assert!(matches!(
        set.validate(attrs(&block), Mode::Strict),
        Err(Error::InvalidAttr {
            kind: 600,
            offset: 16,
            violation: Violation::Duplicate,
            ..
        })
    ));
}

#[test]
fn self_referencing_set_stops_at_the_depth_limit() {
    static DEEP: AttrSet = AttrSet::new(
        "deep",
        &[AttrDesc::UNKNOWN, d(1, AttrType::Nest).nested(&DEEP)],
    );
    let mut block = attr(1 | NLA_F_NESTED, &[]);
    for _ in 0..40 {
        block = attr(1 | NLA_F_NESTED, &block);
    }
    assert!(matches!(
        DEEP.validate(attrs(&block), Mode::Liberal),
        Err(Error::TooDeep { .. })
    ));
    let mut shallow = attr(1 | NLA_F_NESTED, &[]);
    for _ in 0..10 {
        shallow = attr(1 | NLA_F_NESTED, &shallow);
    }
    DEEP.validate(attrs(&shallow), Mode::Strict).unwrap();
}

#[test]
fn strict_table_parse_reports_duplicates_and_trailing_bytes() {
    let dup = cat(&[&attr(1, &[1]), &attr(1, &[2])]);
    assert!(AttrTable::<16>::parse_validated(&dup, &OUTER, Mode::Strict).is_err());
    let tb = AttrTable::<16>::parse_validated(&dup, &OUTER, Mode::Liberal).unwrap();
    assert_eq!(tb.get(1).unwrap().as_u8().unwrap(), 2);
    let trailing = cat(&[&attr(1, &[1]), &[0]]);
    assert_eq!(
        AttrTable::<16>::parse_validated(&trailing, &OUTER, Mode::Strict),
        Err(Error::TrailingBytes { offset: 8, len: 1 })
    );
}

#[test]
fn a_base_near_the_top_of_usize_does_not_overflow() {
    let block = cat(&[&attr(1, &attr(2, &[1])), &attr(3, &[])]);
    let got: Vec<_> = nlcodec::Attrs::with_base(&block, usize::MAX - 2).collect();
    assert_eq!(got.len(), 2);
    assert!(got.iter().all(Result::is_ok));
    let inner = got[0].as_ref().unwrap().nested().count();
    assert_eq!(inner, 1);
}

#[test]
fn table_and_iterator_agree_on_every_malformed_block() {
    // The table has its own tight loop; it must see exactly what the iterator sees.
    let cases: Vec<Vec<u8>> = vec![
        cat(&[&attr(1, &[1]), &raw_attr_header(0, 2)]),
        cat(&[&attr(1, &[1]), &raw_attr_header(3, 2)]),
        cat(&[&attr(1, &[1]), &raw_attr_header(200, 2), &[0; 8]]),
        cat(&[&attr(1, &[1]), &[9, 9]]),
        cat(&[&attr(1, &[1, 2, 3, 4, 5])[..9]]),
        cat(&[&attr(4, &[1; 4]), &attr(4 | NLA_F_NESTED, &[2; 4])]),
        vec![],
    ];
    for block in &cases {
        for base in [0usize, 16, 36] {
            let it = nlcodec::Attrs::with_base(block, base);
            let from_iter: Result<Vec<_>, _> = it.clone().collect();
            match (AttrTable::<8>::from_attrs(it), from_iter) {
                (Ok(tb), Ok(all)) => {
                    for k in 0..8u16 {
                        assert_eq!(
                            tb.get(k),
                            all.iter().rev().find(|a| a.kind() == k).copied(),
                            "{block:?}"
                        );
                    }
                }
                (Err(a), Err(b)) => assert_eq!(a, b, "{block:?}"),
                (a, b) => panic!("table {a:?} vs iterator {b:?} on {block:?}"),
            }
        }
    }
}
