//! The `attrs` target: arbitrary bytes as an attribute block, and as a request whose
//! ext-ACK offsets are resolved.

use crate::walk::{
    check_ext_ack, check_policy_desc, check_resolve_payload, check_tables_and_validation,
    walk_attrs, WalkStats,
};
use nlcodec::consts::NLMSG_HDRLEN;
use nlcodec::{attrs, AttrPath, Attrs, ExtAck, Header};

/// Walks `data` as an attribute block (recursively, every getter), builds tables, validates it
/// against the liberal and strict policies, decodes it as ext-ACK TLVs and as a policy nest,
/// then takes `data` as a request (`nlmsghdr`, family header, attributes) and resolves
/// ext-ACK offsets in it: the offset of every reachable attribute must resolve to exactly the
/// path that reached it, and arbitrary offsets must resolve inside the request or not at all.
pub fn check_attrs(data: &[u8]) {
    let mut stats = WalkStats::default();
    walk_attrs(attrs(data), data, 0, 0, &mut stats);
    check_tables_and_validation(attrs(data), 0, data.len());
    let base = 100;
    let shifted: Vec<_> = Attrs::with_base(data, base).collect();
    let plain: Vec<_> = attrs(data).collect();
    assert_eq!(shifted.len(), plain.len());
    for (s, p) in shifted.iter().zip(&plain) {
        match (s, p) {
            (Ok(s), Ok(p)) => {
                assert_eq!(s.offset(), p.offset() + base);
                assert_eq!((s.raw_kind(), s.value()), (p.raw_kind(), p.value()));
            }
            (Err(s), Err(p)) => assert_eq!(s.offset(), p.offset().map(|o| o + base)),
            _ => panic!("the base changed the walk"),
        }
    }

    let ack = ExtAck::parse(data, 36);
    check_ext_ack(data, 36, &ack);
    check_policy_desc(data);

    // The bytes as a request: the ext-ACK offsets count from its nlmsghdr.
    if data.len() >= NLMSG_HDRLEN {
        let h = Header::parse(data).expect("16 bytes");
        let end = (h.len as usize).clamp(NLMSG_HDRLEN, data.len());
        let payload = &data[NLMSG_HDRLEN..end];
        let tail = |i: usize| data.get(data.len().wrapping_sub(i)).copied().unwrap_or(0) as usize;
        let extra = [tail(1), tail(2) * 4, tail(3) + 256 * tail(4), payload.len()];
        for hl in [0usize, 4, 16] {
            check_resolve_payload(payload, hl, &extra);
            for &x in &extra {
                let whole = AttrPath::resolve(data, hl, (x + NLMSG_HDRLEN) as u32);
                assert_eq!(whole, AttrPath::resolve_payload(payload, hl, x));
            }
        }
        for x in [0u32, 1, 15, u32::MAX] {
            let _ = AttrPath::resolve(data, 0, x);
        }
    }
}
