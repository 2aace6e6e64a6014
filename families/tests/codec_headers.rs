//! The codec keeps plain-number family headers of its own (`nlcodec::family::route::IfInfoMsg`
//! and the like: the dependency-free layer its `Dump`, the socket crate and the raw parse
//! use). Each must lay out its struct exactly as the kernel's spec does: the same length, and
//! every field at the same offset with the same size and byte order. Checked here against the
//! headers generated from the specs: random bytes read and written back by both give the same
//! bytes outside the spec's padding (the codec keeps `ifinfomsg`'s pad byte as a field, the
//! spec zeroes it), so no field, offset or byte order can differ unnoticed.

use nlcodec::family::netfilter::NfGenMsg;
use nlcodec::family::route::{IfAddrMsg, IfInfoMsg, NdMsg, RtMsg, TcMsg};
use nlcodec::family::FamilyHeader;
use nlcodec::schema::{AttrType, StructDesc};
use nlcodec_families::{nftables, rt_addr, rt_link, rt_neigh, rt_route, tc};

/// Random bytes through `A` and through `B` (described by `spec`): both must write back the
/// same bytes outside the spec's padding.
fn same_layout<A: FamilyHeader, B: FamilyHeader>(what: &str, spec: &StructDesc) {
    assert_eq!(A::LEN, B::LEN, "{what}: length");
    assert_eq!(spec.len, B::LEN, "{what}: descriptor length");
    let pad: Vec<usize> = spec
        .members
        .iter()
        .filter(|m| m.ty == AttrType::Pad)
        .flat_map(|m| m.offset as usize..(m.offset + m.len) as usize)
        .collect();
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    let mut bits = [0usize; 64];
    for _ in 0..2000 {
        let input: Vec<u8> = (0..A::LEN)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                seed as u8
            })
            .collect();
        let (mut a, mut b) = (vec![0u8; A::LEN], vec![0u8; B::LEN]);
        A::parse(&input).unwrap().emit(&mut a);
        B::parse(&input).unwrap().emit(&mut b);
        for i in &pad {
            assert_eq!(
                b[*i], 0,
                "{what}: the spec's padding at {i} is written as zero"
            );
            a[*i] = 0;
        }
        assert_eq!(a, b, "{what}: codec vs generated, from {input:02x?}");
        for (i, byte) in a.iter().enumerate() {
            bits[i] += usize::from(*byte != 0);
        }
    }
    // Every byte that is not padding came through: the comparison is not of two zero buffers.
    let carried = bits.iter().filter(|n| **n > 0).count();
    assert_eq!(carried, A::LEN - pad.len(), "{what}: bytes carried");
}

#[test]
fn codec_headers_match_the_specs() {
    same_layout::<IfInfoMsg, rt_link::Ifinfomsg>("ifinfomsg", rt_link::Ifinfomsg::desc());
    same_layout::<IfAddrMsg, rt_addr::Ifaddrmsg>("ifaddrmsg", rt_addr::Ifaddrmsg::desc());
    same_layout::<RtMsg, rt_route::Rtmsg>("rtmsg", rt_route::Rtmsg::desc());
    same_layout::<NdMsg, rt_neigh::Ndmsg>("ndmsg", rt_neigh::Ndmsg::desc());
    same_layout::<TcMsg, tc::Tcmsg>("tcmsg", tc::Tcmsg::desc());
    same_layout::<NfGenMsg, nftables::Nfgenmsg>("nfgenmsg", nftables::Nfgenmsg::desc());
}
