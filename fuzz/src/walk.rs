//! Checks shared by the byte-driven targets: recursive attribute walks, typed getters,
//! tables, validation, extended-ACK TLVs and family headers.

use nlcodec::consts::*;
use nlcodec::family::genl::GenlMsgHdr;
use nlcodec::family::FamilyHeader;
use nlcodec::schema::{AttrDesc, AttrSet, AttrType, SubMessage, SubVariant};
use nlcodec::{
    attrs, Attr, AttrPath, AttrTable, Attrs, Error, ExtAck, Mode, PolicyDesc, Violation,
    MAX_NEST_DEPTH,
};
use nlcodec_families::nftables::Nfgenmsg;
use nlcodec_families::{
    rt_addr::Ifaddrmsg, rt_link::Ifinfomsg, rt_neigh::Ndmsg, rt_route::Rtmsg, tc::Tcmsg,
};

/// Asserts that `r` is the `InvalidAttr` error a getter of `a` must return for `violation`.
fn assert_invalid<T: std::fmt::Debug>(a: &Attr<'_>, r: Result<T, Error>, violation: Violation) {
    let expected = Error::InvalidAttr {
        kind: a.kind(),
        offset: a.offset(),
        len: a.value().len(),
        violation,
    };
    match r {
        Err(e) => assert_eq!(e, expected),
        Ok(v) => panic!("getter accepted {:?} as {v:?}", a.value()),
    }
}

macro_rules! check_fixed {
    ($a:expr, $v:expr, $($get:ident: $ty:ty => $from:ident),* $(,)?) => {$(
        match <[u8; core::mem::size_of::<$ty>()]>::try_from($v) {
            Ok(b) => assert_eq!($a.$get(), Ok(<$ty>::$from(b)), stringify!($get)),
            Err(_) => assert_invalid(
                $a,
                $a.$get(),
                Violation::Size { expected: core::mem::size_of::<$ty>() },
            ),
        }
    )*};
}

/// Calls every typed getter of `a` and checks each answer against the raw value bytes.
pub fn check_getters(a: &Attr<'_>) {
    let v = a.value();
    assert_eq!(a.len(), NLA_HDRLEN + v.len());
    assert_eq!(a.is_empty(), v.is_empty());
    assert_eq!(a.kind(), a.raw_kind() & NLA_TYPE_MASK);
    assert_eq!(a.is_nested(), a.raw_kind() & NLA_F_NESTED != 0);
    assert_eq!(
        a.is_net_byteorder(),
        a.raw_kind() & NLA_F_NET_BYTEORDER != 0
    );
    assert_eq!(a.as_bytes(), v);
    check_fixed!(a, v,
        as_u8: u8 => from_ne_bytes,
        as_u16: u16 => from_ne_bytes,
        as_u32: u32 => from_ne_bytes,
        as_u64: u64 => from_ne_bytes,
        as_i8: i8 => from_ne_bytes,
        as_i16: i16 => from_ne_bytes,
        as_i32: i32 => from_ne_bytes,
        as_i64: i64 => from_ne_bytes,
        as_be_u16: u16 => from_be_bytes,
        as_be_u32: u32 => from_be_bytes,
        as_be_u64: u64 => from_be_bytes,
        as_be_i16: i16 => from_be_bytes,
        as_be_i32: i32 => from_be_bytes,
        as_be_i64: i64 => from_be_bytes,
    );
    assert_eq!(a.fixed::<3>().is_ok(), v.len() == 3);

    // as_unsigned / as_signed: 1, 2, 4 or 8 bytes; as_uint / as_sint (NLA_UINT, NLA_SINT):
    // 4 or 8. Big-endian when NLA_F_NET_BYTEORDER is set; the signed ones sign-extend.
    let be = a.is_net_byteorder();
    let expect_unsigned = match v.len() {
        1 | 2 | 4 | 8 => {
            let mut x = 0u64;
            for i in 0..v.len() {
                let byte = if be || cfg!(target_endian = "big") {
                    v[i]
                } else {
                    v[v.len() - 1 - i]
                };
                x = (x << 8) | byte as u64;
            }
            Some(x)
        }
        _ => None,
    };
    let expect_signed = expect_unsigned.map(|x| match v.len() {
        1 => x as u8 as i8 as i64,
        2 => x as u16 as i16 as i64,
        4 => x as u32 as i32 as i64,
        _ => x as i64,
    });
    let variable = matches!(v.len(), 4 | 8);
    let size8 = Violation::Size { expected: 8 };
    match expect_unsigned {
        Some(x) => assert_eq!(a.as_unsigned(), Ok(x)),
        None => assert_invalid(a, a.as_unsigned(), size8),
    }
    match expect_signed {
        Some(x) => assert_eq!(a.as_signed(), Ok(x)),
        None => assert_invalid(a, a.as_signed(), size8),
    }
    match expect_unsigned.filter(|_| variable) {
        Some(x) => assert_eq!(a.as_uint(), Ok(x)),
        None => assert_invalid(a, a.as_uint(), size8),
    }
    match expect_signed.filter(|_| variable) {
        Some(x) => assert_eq!(a.as_sint(), Ok(x)),
        None => assert_invalid(a, a.as_sint(), size8),
    }

    match v.len() {
        0 => assert_eq!(a.as_flag(), Ok(())),
        _ => assert_invalid(a, a.as_flag(), Violation::Size { expected: 0 }),
    }

    // as_str: the bytes up to the first NUL, which must exist, as UTF-8.
    match v.iter().position(|b| *b == 0) {
        Some(n) => match std::str::from_utf8(&v[..n]) {
            Ok(s) => assert_eq!(a.as_str(), Ok(s)),
            Err(_) => assert_invalid(a, a.as_str(), Violation::InvalidUtf8),
        },
        None => assert_invalid(a, a.as_str(), Violation::MissingNul),
    }

    match v.iter().position(|b| *b == 0) {
        Some(n) => assert_eq!(a.as_c_bytes(), Ok(&v[..n])),
        None => assert_invalid(a, a.as_c_bytes(), Violation::MissingNul),
    }

    // as_unterminated_str: up to the first NUL if there is one, else the whole value.
    let unterminated = match v.iter().position(|b| *b == 0) {
        Some(n) => &v[..n],
        None => v,
    };
    match std::str::from_utf8(unterminated) {
        Ok(s) => assert_eq!(a.as_unterminated_str(), Ok(s)),
        Err(_) => assert_invalid(a, a.as_unterminated_str(), Violation::InvalidUtf8),
    }
}

/// Statistics of one recursive walk.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct WalkStats {
    /// Attributes seen at every level.
    pub attrs: usize,
    /// Deepest level reached (0: the block itself).
    pub max_depth: usize,
}

/// Walks the attribute block `block` that starts at `base` (as reported by `it`), checking
/// every attribute's getters and bounds, and recursing into every value that is at least one
/// attribute header long (nested or not) down to [`MAX_NEST_DEPTH`] levels.
///
/// Returns the error that ended the walk at this level, if any.
pub fn walk_attrs(
    it: Attrs<'_>,
    block: &[u8],
    base: usize,
    depth: usize,
    stats: &mut WalkStats,
) -> Option<Error> {
    stats.max_depth = stats.max_depth.max(depth);
    let end = base + block.len();
    let mut it = it;
    let mut expected_off = base;
    let mut count = 0usize;
    loop {
        assert_eq!(it.offset(), expected_off);
        match it.next() {
            None => {
                // Clean end: 0..=3 bytes left, which `trailing` reports.
                let rest = it.trailing();
                assert!(
                    rest.len() < NLA_HDRLEN,
                    "walk ended with {} bytes left",
                    rest.len()
                );
                assert_eq!(expected_off + rest.len(), end);
                assert_eq!(rest, &block[block.len() - rest.len()..]);
                assert!(it.next().is_none());
                return None;
            }
            Some(Err(e)) => {
                assert_eq!(e.offset(), Some(expected_off), "{e:?}");
                assert!(expected_off < end);
                assert!(it.next().is_none(), "attribute iterator not fused");
                assert!(it.next().is_none());
                return Some(e);
            }
            Some(Ok(a)) => {
                count += 1;
                assert!(count <= block.len() / NLA_HDRLEN, "too many attributes");
                stats.attrs += 1;
                assert_eq!(a.offset(), expected_off);
                let rel = expected_off - base;
                assert!(a.offset() + a.len() <= end, "attribute runs past its block");
                assert_eq!(&block[rel + NLA_HDRLEN..rel + a.len()], a.value());
                let raw_len = u16::from_ne_bytes([block[rel], block[rel + 1]]) as usize;
                let raw_kind = u16::from_ne_bytes([block[rel + 2], block[rel + 3]]);
                assert_eq!((a.len(), a.raw_kind()), (raw_len, raw_kind));
                check_getters(&a);
                if a.value().len() >= NLA_HDRLEN && depth + 1 < MAX_NEST_DEPTH {
                    walk_attrs(
                        a.nested(),
                        a.value(),
                        a.offset() + NLA_HDRLEN,
                        depth + 1,
                        stats,
                    );
                }
                expected_off = (expected_off + align(a.len())).min(end);
            }
        }
    }
}

/// Every attribute reachable through nests whose values are fully valid streams, with its
/// path of types; the attributes [`AttrPath::resolve_payload`] must find exactly.
pub fn exact_paths(it: Attrs<'_>, prefix: &mut Vec<u16>, out: &mut Vec<(usize, Vec<u16>)>) {
    for a in it.map_while(Result::ok) {
        prefix.push(a.kind());
        out.push((a.offset(), prefix.clone()));
        let inner = a.nested();
        if prefix.len() < MAX_NEST_DEPTH && !a.is_empty() && inner.clone().all(|r| r.is_ok()) {
            exact_paths(inner, prefix, out);
        }
        prefix.pop();
    }
}

/// Resolves the offset of every reachable attribute of the payload `payload` (family header of
/// `hl` bytes) and compares with the path the walk took; also resolves `extra` offsets.
pub fn check_resolve_payload(payload: &[u8], hl: usize, extra: &[usize]) {
    let start = align(hl);
    let Some(block) = payload.get(start..) else {
        assert_eq!(AttrPath::resolve_payload(payload, hl, 0), None);
        return;
    };
    let mut found = Vec::new();
    exact_paths(Attrs::with_base(block, start), &mut Vec::new(), &mut found);
    // Each resolution walks the block again: check a bounded sample, first and last.
    let n = found.len();
    let sample = found
        .iter()
        .enumerate()
        .filter(|(i, _)| *i < 12 || i + 12 >= n)
        .map(|(_, f)| f);
    for (off, path) in sample {
        let p = AttrPath::resolve_payload(payload, hl, *off).expect("attribute not found");
        assert_eq!(p.as_slice(), &path[..], "offset {off}");
        assert!(p.is_exact());
        let p1 = AttrPath::resolve_payload(payload, hl, off + 1).expect("inside an attribute");
        assert!(!p1.as_slice().is_empty() && p1.as_slice()[0] == path[0]);
    }
    for &off in extra {
        if let Some(p) = AttrPath::resolve_payload(payload, hl, off) {
            assert!(!p.as_slice().is_empty() && p.as_slice().len() <= MAX_NEST_DEPTH);
            assert!(
                off >= start && off < payload.len() + 3,
                "resolved {off} outside the block"
            );
            let _ = format!("{p} {p:?}");
        }
    }
}

/// Checks an [`ExtAck`] decoded from `tlvs` (first byte at `base`) against a plain walk:
/// the codec keeps the last TLV of each type.
pub fn check_ext_ack(tlvs: &[u8], base: usize, got: &Result<ExtAck<'_>, Error>) {
    let again = ExtAck::parse(tlvs, base);
    assert_eq!(&again, got);
    let Ok(ack) = got else {
        let e = got.as_ref().unwrap_err();
        let off = e.offset().expect("an ext-ACK error has an offset");
        assert!(off >= base && off < base + tlvs.len(), "{e:?}");
        return;
    };
    assert_eq!(ack.raw, tlvs);
    assert_eq!(ack.is_empty(), tlvs.is_empty());
    let mut expect = ExtAck {
        raw: tlvs,
        ..ExtAck::default()
    };
    let mut msg_bytes = None;
    for a in Attrs::with_base(tlvs, base) {
        let a = a.expect("ExtAck::parse accepted a bad TLV block");
        match a.kind() {
            // The text up to its NUL (all of it without one); `msg` only when it is UTF-8,
            // the bytes always (a peer's odd text never makes the error unreadable).
            NLMSGERR_ATTR_MSG => {
                let v = a.value();
                let text = &v[..v.iter().position(|b| *b == 0).unwrap_or(v.len())];
                expect.msg = std::str::from_utf8(text).ok();
                msg_bytes = Some(text);
            }
            NLMSGERR_ATTR_OFFS => expect.offset = Some(a.as_u32().expect("bad OFFS accepted")),
            NLMSGERR_ATTR_COOKIE => expect.cookie = Some(a.value()),
            NLMSGERR_ATTR_POLICY => {
                let p = PolicyDesc::parse(a.nested()).expect("bad POLICY accepted");
                expect.policy = Some(p);
            }
            NLMSGERR_ATTR_MISS_TYPE => {
                expect.missing_type = Some(a.as_u32().expect("bad MISS_TYPE"))
            }
            NLMSGERR_ATTR_MISS_NEST => {
                expect.missing_nest = Some(a.as_u32().expect("bad MISS_NEST"))
            }
            _ => {}
        }
    }
    assert_eq!(ack, &expect);
    assert_eq!(ack.msg_bytes(), msg_bytes);
}

/// Decodes `block` as a `NLMSGERR_ATTR_POLICY` nest and checks its fields against a walk.
pub fn check_policy_desc(block: &[u8]) {
    let Ok(p) = PolicyDesc::parse(attrs(block)) else {
        return;
    };
    // Every field comes from the last attribute of its type, which the getters accept.
    let tb = AttrTable::<16>::parse(block).expect("PolicyDesc accepted a bad block");
    if let Some(a) = tb.get(1) {
        assert_eq!(
            p.kind,
            Some(nlcodec::PolicyType::from_raw(a.as_uint().unwrap() as u32))
        );
    } else {
        assert_eq!(p.kind, None);
    }
    assert_eq!(p.min_length, tb.get(6).map(|a| a.as_u32().unwrap()));
    assert_eq!(p.max_length, tb.get(7).map(|a| a.as_u32().unwrap()));
    assert_eq!(p.mask, tb.get(12).map(|a| a.as_uint().unwrap()));
}

const fn d(kind: u16, ty: AttrType) -> AttrDesc {
    AttrDesc::new("a", "A", kind, ty)
}

/// A set with one attribute of every type and check (type 1 is a gap); types 19, 20 and 24
/// nest into [`LEAF`] and [`DEEP`], type 28 is a sub-message chosen by type 14.
pub static LEAF: AttrSet = AttrSet::new(
    "leaf",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        d(2, AttrType::Flag),
        d(3, AttrType::U8),
        d(4, AttrType::U16),
        d(5, AttrType::U32),
        d(6, AttrType::U64),
        d(7, AttrType::S8),
        d(8, AttrType::S16),
        d(9, AttrType::S32),
        d(10, AttrType::S64),
        d(11, AttrType::Uint),
        d(12, AttrType::String).unterminated_ok(),
        d(13, AttrType::String).unterminated_ok().max_len(3),
        d(14, AttrType::String),
        d(15, AttrType::String).max_len(3),
        d(16, AttrType::Binary),
        d(17, AttrType::Binary).min_len(2).max_len(6),
        d(18, AttrType::Nest),
        d(19, AttrType::Nest).nested(&LEAF),
        d(20, AttrType::Nest).nested(&DEEP),
        d(21, AttrType::U32).min(10).max(100),
        d(22, AttrType::S16).min(-5).max(5),
        d(23, AttrType::Bitfield32),
        d(24, AttrType::IndexedArray)
            .sub_type(AttrType::Nest)
            .nested(&LEAF),
        d(25, AttrType::U32).multi(),
        d(26, AttrType::Pad),
        d(27, AttrType::String).min_len(2),
        d(28, AttrType::SubMessage).sub_message(&BY_NAME),
    ],
);

/// The sub-message of [`LEAF`]'s type 28.
pub static BY_NAME: SubMessage = SubMessage::new(
    "by-name",
    14,
    &[
        SubVariant {
            value: "leaf",
            header: None,
            attrs: Some(&LEAF),
        },
        SubVariant {
            value: "deep",
            header: None,
            attrs: Some(&DEEP),
        },
    ],
);

/// A self-recursive set: every nest of type 1 or 2 is checked against this set again, so
/// validation of deep input must stop at [`MAX_NEST_DEPTH`].
pub static DEEP: AttrSet = AttrSet::new(
    "deep",
    &[
        AttrDesc::UNKNOWN,
        d(1, AttrType::Nest).nested(&DEEP),
        d(2, AttrType::Nest).nested(&DEEP),
        d(3, AttrType::Nest).nested(&LEAF),
        d(4, AttrType::U32),
    ],
);

/// The sets every block is validated against.
pub static SETS: [&AttrSet; 2] = [&LEAF, &DEEP];

/// Builds tables of `it`'s attributes and validates them against every set in every mode,
/// checking that the table, the validated table and the plain validation agree.
pub fn check_tables_and_validation(it: Attrs<'_>, block_start: usize, block_end: usize) {
    let plain = AttrTable::<32>::from_attrs(it.clone());
    let walk_err = it.clone().find_map(Result::err);
    assert_eq!(plain.as_ref().err(), walk_err.as_ref());
    if let Ok(tb) = &plain {
        // Last one wins.
        let mut last: [Option<Attr<'_>>; 32] = [None; 32];
        for a in it.clone().map_while(Result::ok) {
            if let Some(slot) = last.get_mut(a.kind() as usize) {
                *slot = Some(a);
            }
        }
        for (k, want) in last.iter().enumerate() {
            assert_eq!(tb.get(k as u16), *want);
            assert_eq!(tb.require(k as u16).ok(), *want);
        }
        // Types beyond the table are found by a scan, the last one winning too.
        let all: Vec<Attr<'_>> = it.clone().map_while(Result::ok).collect();
        let last_of = |k: u16| all.iter().rev().find(|a| a.kind() == k).copied();
        let beyond: Vec<Attr<'_>> = all.iter().filter(|a| a.kind() >= 32).copied().collect();
        assert_eq!(tb.beyond(), !beyond.is_empty());
        for a in beyond.iter().take(16) {
            assert_eq!(tb.get(a.kind()), last_of(a.kind()));
        }
        assert_eq!(tb.get(32), last_of(32));
        // iter: the slots in type order, then every attribute beyond in block order.
        let mut want: Vec<Attr<'_>> = last.iter().flatten().copied().collect();
        want.extend(beyond.iter().copied());
        assert_eq!(tb.iter().collect::<Vec<_>>(), want);
        assert_eq!(tb.len(), want.len());
        assert_eq!(tb.is_empty(), all.is_empty());
        let small = AttrTable::<1>::from_attrs(it.clone()).unwrap();
        assert_eq!(small.get(0), tb.get(0));
        assert_eq!(small.get(1), last_of(1));
        assert_eq!(small.len(), small.iter().count());
    }
    for set in SETS {
        let mut ok = [false; 3];
        let modes = [Mode::Liberal, Mode::StrictSkipUnknown, Mode::Strict];
        for (i, mode) in modes.into_iter().enumerate() {
            let v = set.validate(it.clone(), mode);
            let t = AttrTable::<32>::from_attrs_validated(it.clone(), set, mode);
            assert_eq!(v, t.map(|_| ()), "validate and parse_validated disagree");
            if let Ok(t) = t {
                assert_eq!(Ok(t), plain, "a validated table differs from the plain one");
            }
            if let Err(e) = v {
                if let Some(off) = e.offset() {
                    assert!(
                        off >= block_start && off <= block_end,
                        "{e:?} outside the block"
                    );
                }
                let _ = format!("{e}");
            }
            ok[i] = v.is_ok();
        }
        assert!(
            !ok[2] || ok[1],
            "strict accepted what strict-skip-unknown rejected"
        );
        assert!(
            !ok[1] || ok[0],
            "strict-skip-unknown accepted what liberal rejected"
        );
    }
}

/// Parses the family headers that fit in `payload`, checks that emitting them gives bytes
/// that parse back to the same header (padding is written as zeros, so the bytes may differ
/// there) and that emitting those again is a fixed point, and that those that do not fit fail.
pub fn check_family_headers(payload: &[u8]) {
    fn one<H: FamilyHeader + PartialEq + std::fmt::Debug>(payload: &[u8]) {
        match H::parse(payload) {
            Ok(h) => {
                assert!(payload.len() >= H::LEN);
                let mut out = vec![0u8; H::LEN];
                h.emit(&mut out);
                assert_eq!(H::parse(&out), Ok(h));
                let mut again = vec![0xa5u8; H::LEN];
                h.emit(&mut again);
                assert_eq!(again, out);
                // A wrong-size output is left untouched.
                let mut short = vec![0xa5u8; H::LEN + 1];
                h.emit(&mut short);
                assert!(short.iter().all(|b| *b == 0xa5));
            }
            Err(e) => {
                assert!(payload.len() < H::LEN);
                assert_eq!(e.offset(), Some(0));
            }
        }
    }
    one::<Ifinfomsg>(payload);
    one::<Ifaddrmsg>(payload);
    one::<Rtmsg>(payload);
    one::<Ndmsg>(payload);
    one::<Tcmsg>(payload);
    one::<GenlMsgHdr>(payload);
    one::<Nfgenmsg>(payload);
}

/// A `fmt::Write` sink that only counts, so formatting can be exercised without keeping text.
#[derive(Debug, Default)]
pub struct CountingSink(pub usize);

impl std::fmt::Write for CountingSink {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0 += s.len();
        Ok(())
    }
}
