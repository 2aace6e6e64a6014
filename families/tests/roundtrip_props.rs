//! Property: for every attribute set of every family, a well-formed block built from the
//! set's own descriptors (random values of each attribute's type, nests of their sets with
//! their fixed headers, sub-messages with a matching selector, indexed arrays, record lists,
//! repeated and unknown attributes, in random order) parses through the set's typed view
//! and writes back through its typed builders to the same bytes.
//!
//! The blocks come from the descriptor tables, so this covers every generated set without a
//! line of per-set test code; proptest drives the seeds.

use nlcodec::consts::{align, NLA_F_NESTED};
use nlcodec::schema::{AttrDesc, AttrSet, AttrType, Display, StructDesc};
use nlcodec::Writer;
use nlcodec_families::runtime::SetRoundtrip;
use nlcodec_families::ROUNDTRIPS;
use proptest::prelude::*;

/// A small deterministic generator (xorshift64*), seeded by proptest.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next() % n
        }
    }
    fn chance(&mut self, pct: u64) -> bool {
        self.below(100) < pct
    }
    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
}

/// One attribute: type bits and value.
fn attr(out: &mut Vec<u8>, raw_kind: u16, value: &[u8]) {
    while out.len() % 4 != 0 {
        out.push(0);
    }
    out.extend_from_slice(&((4 + value.len()) as u16).to_ne_bytes());
    out.extend_from_slice(&raw_kind.to_ne_bytes());
    out.extend_from_slice(value);
}

/// A struct's bytes: random members, zero padding (what `write_to` writes back).
fn struct_bytes(rng: &mut Rng, s: &StructDesc) -> Vec<u8> {
    let mut b = vec![0u8; s.len];
    for m in s.members {
        if m.ty == AttrType::Pad {
            continue;
        }
        let (at, len) = (m.offset as usize, m.len as usize);
        if let Some(dst) = b.get_mut(at..at + len) {
            dst.copy_from_slice(&rng.bytes(len));
        }
    }
    b
}

fn ascii(rng: &mut Rng) -> Vec<u8> {
    let n = rng.below(12) as usize;
    let mut s: Vec<u8> = (0..n).map(|_| b'a' + rng.below(26) as u8).collect();
    s.push(0);
    s
}

/// The value of one attribute of `d` (and, for sub-messages, the selector text chosen).
fn value(rng: &mut Rng, d: &AttrDesc, depth: usize, selector: Option<&str>) -> Option<Vec<u8>> {
    Some(match d.ty {
        AttrType::Unused | AttrType::Pad => return None,
        AttrType::Flag => vec![],
        AttrType::U8 | AttrType::S8 => rng.bytes(1),
        AttrType::U16 | AttrType::S16 => rng.bytes(2),
        AttrType::U32 | AttrType::S32 => rng.bytes(4),
        AttrType::U64 | AttrType::S64 | AttrType::Bitfield32 => rng.bytes(8),
        // The builders write the kernel's canonical width: 4 bytes when the value fits.
        AttrType::Uint => match rng.chance(50) {
            true => rng.bytes(4),
            false => (rng.next() | 1 << 40).to_ne_bytes().to_vec(),
        },
        AttrType::Sint => match rng.chance(50) {
            true => rng.bytes(4),
            false => ((rng.next() as i64 >> 1) | 1 << 40).to_ne_bytes().to_vec(),
        },
        AttrType::String => ascii(rng),
        AttrType::Binary => match (d.header, d.display) {
            (Some(s), _) => struct_bytes(rng, s),
            (None, Display::Ipv4) => rng.bytes(4),
            (None, Display::Ipv6) => rng.bytes(16),
            (None, Display::Ipv4OrV6) => {
                let n = if rng.chance(50) { 4 } else { 16 };
                rng.bytes(n)
            }
            (None, Display::Mac) => rng.bytes(6),
            _ => {
                let n = rng.below(20) as usize;
                rng.bytes(n)
            }
        },
        AttrType::Nest => {
            let mut v = d.header.map(|h| struct_bytes(rng, h)).unwrap_or_default();
            while v.len() % 4 != 0 {
                v.push(0);
            }
            if let Some(set) = d.nested {
                block(rng, set, depth + 1, &mut v);
            }
            v
        }
        AttrType::SubMessage => {
            let sm = d.sub_message?;
            let var = sm.variant(selector?)?;
            let mut v = var.header.map(|h| struct_bytes(rng, h)).unwrap_or_default();
            while v.len() % 4 != 0 {
                v.push(0);
            }
            if let Some(set) = var.attrs {
                block(rng, set, depth + 1, &mut v);
            }
            v
        }
        AttrType::IndexedArray | AttrType::NestTypeValue => {
            let set = d.nested?;
            let nests = d.ty == AttrType::NestTypeValue || d.sub_type == AttrType::Nest;
            if !nests {
                return None;
            }
            // Two id levels (nlctrl's policy id, then attribute id) or one.
            let two = d.ty == AttrType::NestTypeValue && d.sub_type == AttrType::NestTypeValue;
            let mut v = vec![];
            for i in 0..rng.below(3) {
                let mut inner = vec![];
                if two {
                    for j in 0..rng.below(3) {
                        let mut leaf = vec![];
                        block(rng, set, depth + 1, &mut leaf);
                        attr(&mut inner, j as u16 | NLA_F_NESTED, &leaf);
                    }
                    while inner.len() % 4 != 0 {
                        inner.push(0);
                    }
                } else {
                    block(rng, set, depth + 1, &mut inner);
                }
                attr(&mut v, i as u16 | NLA_F_NESTED, &inner);
            }
            while v.len() % 4 != 0 {
                v.push(0);
            }
            v
        }
        AttrType::RecordList => {
            let (h, set) = (d.header?, d.nested?);
            let mut v = vec![];
            for _ in 0..1 + rng.below(3) {
                let start = v.len();
                let mut rec = struct_bytes(rng, h);
                while rec.len() % 4 != 0 {
                    rec.push(0);
                }
                block(rng, set, depth + 1, &mut rec);
                // The record's own length is its first u16.
                let len = rec.len() as u16;
                rec[..2].copy_from_slice(&len.to_ne_bytes());
                v.extend_from_slice(&rec);
                while v.len() % 4 != 0 {
                    v.push(0);
                }
                let _ = start;
            }
            v
        }
        _ => return None,
    })
}

/// A random well-formed block of `set`, appended to `out`.
fn block(rng: &mut Rng, set: &'static AttrSet, depth: usize, out: &mut Vec<u8>) {
    if depth > 3 {
        return;
    }
    let known: Vec<&'static AttrDesc> = set.iter().collect();
    // Sub-messages need their selector: choose one format per selector type.
    let mut selectors: Vec<(u16, &'static str)> = vec![];
    for d in &known {
        if let Some(sm) = d.sub_message {
            // A sibling selector: a string (IFLA_INFO_KIND) or an integer (RTA_ENCAP_TYPE).
            let is_sibling = set.get(sm.selector).is_some_and(|s| {
                matches!(
                    s.ty,
                    AttrType::String | AttrType::U8 | AttrType::U16 | AttrType::U32
                )
            });
            if is_sibling
                && !sm.variants.is_empty()
                && !selectors.iter().any(|s| s.0 == sm.selector)
            {
                let v = sm.variants[rng.below(sm.variants.len() as u64) as usize];
                selectors.push((sm.selector, v.value));
            }
        }
    }
    let mut picks: Vec<&'static AttrDesc> = vec![];
    for d in &known {
        let is_selector = selectors.iter().any(|s| s.0 == d.kind);
        let n = if is_selector {
            1
        } else if rng.chance(35) {
            if d.multi {
                1 + rng.below(3)
            } else {
                1
            }
        } else {
            0
        };
        for _ in 0..n {
            picks.push(d);
        }
    }
    // Random order (the views must not care, sub-messages included).
    for i in (1..picks.len()).rev() {
        let j = rng.below(i as u64 + 1) as usize;
        picks.swap(i, j);
    }
    for d in picks {
        let selected = d
            .sub_message
            .and_then(|sm| selectors.iter().find(|s| s.0 == sm.selector).map(|s| s.1));
        let is_selector = selectors.iter().find(|s| s.0 == d.kind);
        let v = match is_selector {
            Some((_, text)) if d.ty == AttrType::String => {
                let mut t = text.as_bytes().to_vec();
                t.push(0);
                Some(t)
            }
            Some((_, text)) => {
                let n: u64 = text.parse().unwrap_or(0);
                Some(match d.ty {
                    AttrType::U8 => vec![n as u8],
                    AttrType::U16 => (n as u16).to_ne_bytes().to_vec(),
                    _ => (n as u32).to_ne_bytes().to_vec(),
                })
            }
            None => value(rng, d, depth, selected),
        };
        let Some(v) = v else { continue };
        let nested_flag = d.ty.is_nest() || d.ty == AttrType::RecordList;
        let raw = if nested_flag && rng.chance(50) {
            d.kind | NLA_F_NESTED
        } else {
            d.kind
        };
        attr(out, raw, &v);
    }
    // An attribute newer than the spec: kept raw.
    if rng.chance(20) {
        // (Far above every set: nests of subsets are read with their parent set's view.)
        let kind = 0x3000 + rng.below(0x100) as u16;
        let n = rng.below(9) as usize;
        attr(out, kind, &rng.bytes(n));
    }
    // Blocks end aligned: the kernel's nest and record lengths include the padding of their
    // last attribute.
    while out.len() % 4 != 0 {
        out.push(0);
    }
}

fn every_set() -> Vec<&'static SetRoundtrip> {
    ROUNDTRIPS.iter().flat_map(|t| t.iter()).collect()
}

fn check(seed: u64) -> Result<(), TestCaseError> {
    let sets = every_set();
    let mut rng = Rng(seed | 1);
    let mut out = vec![0u8; 1 << 16];
    for rt in sets {
        let mut input = vec![];
        block(&mut rng, rt.set, 0, &mut input);
        let mut w = Writer::new(&mut out);
        w.begin_message(0x10, 0, 0, 0).unwrap();
        let attrs = nlcodec::Attrs::with_base(&input, 16);
        if let Err(e) = (rt.run)(attrs, &mut w) {
            let at = match e {
                nlcodec_families::runtime::RoundtripError::Parse(p) => p.offset().unwrap_or(16),
                _ => 16,
            };
            let path = nlcodec::schema::NamedPath::resolve_block(&input, 16, Some(rt.set), at);
            return Err(TestCaseError::fail(format!(
                "{}: {e} at {path:?} in {input:02x?}",
                rt.set.name
            )));
        }
        w.end_message().unwrap();
        let got = &w.as_bytes()[16..];
        let want_len = align(input.len());
        let mut want = input.clone();
        want.resize(want_len, 0);
        prop_assert_eq!(got, &want[..], "set {}", rt.set.name);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
    #[test]
    fn every_set_round_trips(seed in any::<u64>()) {
        check(seed)?;
    }
}

/// The property is not vacuous: a block with a changed byte in a typed value would still
/// round-trip, but a view must reject what its descriptors forbid.
#[test]
fn views_reject_what_descriptors_forbid() {
    let rt = every_set()
        .into_iter()
        .find(|r| r.set.name == "link-attrs")
        .expect("rt-link compiled in");
    let mtu = rt.set.by_name("mtu").unwrap();
    let mut input = vec![];
    attr(&mut input, mtu.kind, &[1, 2]); // a 2-byte u32
    let mut out = vec![0u8; 256];
    let mut w = Writer::new(&mut out);
    w.begin_message(0x10, 0, 0, 0).unwrap();
    assert!((rt.run)(nlcodec::Attrs::with_base(&input, 16), &mut w).is_err());
}
