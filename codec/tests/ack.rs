//! Control messages as the kernel lays them out (`netlink_ack`, `netlink_dump_done`):
//! ACKs, errors with and without `NLM_F_CAPPED`, extended-ACK TLVs, `NLMSG_DONE`.

mod common;
use common::*;
use nlcodec::consts::*;
use nlcodec::error::Structure;
use nlcodec::{messages, Error, Header, Payload, PolicyType};

/// A request as user space would send it: RTM_NEWLINK, ifinfomsg, IFLA_IFNAME "v0",
/// IFLA_LINKINFO { IFLA_INFO_KIND "bogus" }.
fn request() -> Vec<u8> {
    let info_kind = attr(1, b"bogus\0");
    let linkinfo = attr(18 | NLA_F_NESTED, &info_kind);
    let payload = cat(&[&[0u8; 16], &attr(3, b"v0\0"), &linkinfo]);
    msg(
        16,
        NLM_F_REQUEST | NLM_F_ACK | NLM_F_CREATE,
        77,
        &payload,
        true,
    )
}

fn decode(buf: &[u8]) -> Payload<'_> {
    let m = messages(buf).next().unwrap().unwrap();
    m.decode().unwrap()
}

fn error_payload(code: i32, echoed: &[u8], tlvs: &[u8]) -> Vec<u8> {
    let mut p = code.to_ne_bytes().to_vec();
    p.extend_from_slice(echoed);
    while p.len() % 4 != 0 {
        p.push(0);
    }
    p.extend_from_slice(tlvs);
    p
}

#[test]
fn plain_ack_is_capped_with_no_tlvs() {
    let req = request();
    let p = error_payload(0, &req[..16], &[]);
    let buf = msg(NLMSG_ERROR, NLM_F_CAPPED, 77, &p, true);
    let Payload::Error(e) = decode(&buf) else {
        panic!("not an error")
    };
    assert!(e.is_ack());
    assert_eq!(e.errno(), 0);
    assert_eq!(e.request, Header::parse(&req).unwrap());
    assert!(e.request_payload.is_empty());
    assert!(e.ext_ack.is_empty());
}

#[test]
fn uncapped_error_echoes_the_whole_request() {
    let req = request();
    let p = error_payload(-22, &req, &[]);
    let buf = msg(NLMSG_ERROR, 0, 77, &p, true);
    let Payload::Error(e) = decode(&buf) else {
        panic!()
    };
    assert_eq!(e.error, -22);
    assert_eq!(e.errno(), 22);
    assert_eq!(e.request_payload, &req[16..]);
    assert!(e.ext_ack.msg.is_none());
}

#[test]
fn uncapped_error_with_ext_ack_reads_tlvs_after_the_aligned_echo() {
    // An echoed request of unaligned length: the TLVs start at 4 + NLMSG_ALIGN(len).
    let req = msg(16, NLM_F_REQUEST | NLM_F_ACK, 3, &[0u8; 17], false); // 33 bytes
    assert_eq!(req.len(), 33);
    let tlvs = cat(&[
        &attr(NLMSGERR_ATTR_MSG, b"Unknown device type\0"),
        &attr(NLMSGERR_ATTR_OFFS, &40u32.to_ne_bytes()),
    ]);
    let p = error_payload(-95, &req, &tlvs);
    assert_eq!(p.len(), 4 + 36 + tlvs.len());
    let buf = msg(NLMSG_ERROR, NLM_F_ACK_TLVS, 3, &p, true);
    let Payload::Error(e) = decode(&buf) else {
        panic!()
    };
    assert_eq!(e.request.len, 33);
    assert_eq!(e.request_payload.len(), 17);
    assert_eq!(e.ext_ack.msg, Some("Unknown device type"));
    assert_eq!(e.ext_ack.offset, Some(40));
}

#[test]
fn capped_error_with_ext_ack_reads_tlvs_right_after_the_header() {
    let req = request();
    let tlvs = cat(&[
        &attr(NLMSGERR_ATTR_MSG, b"Unknown device type\0"),
        &attr(NLMSGERR_ATTR_OFFS, &44u32.to_ne_bytes()),
    ]);
    let p = error_payload(-95, &req[..16], &tlvs);
    let buf = msg(NLMSG_ERROR, NLM_F_CAPPED | NLM_F_ACK_TLVS, 77, &p, true);
    let Payload::Error(e) = decode(&buf) else {
        panic!()
    };
    assert!(e.request_payload.is_empty());
    assert_eq!(e.ext_ack.msg, Some("Unknown device type"));
    assert_eq!(e.ext_ack.offset, Some(44));
    // The offset resolves against the request we sent: IFLA_LINKINFO / IFLA_INFO_KIND.
    let path = e.ext_ack.attr_path(&req, 16).unwrap();
    assert_eq!(path.as_slice(), &[18, 1]);
    assert!(path.is_exact());
}

#[test]
fn capped_flag_is_read_from_the_outer_header_not_the_echoed_one() {
    // The echoed request happens to carry 0x100 (NLM_F_ROOT on a GET); the outer header is
    // not capped, so the whole request is echoed and the TLVs follow it.
    let req = msg(18, NLM_F_REQUEST | NLM_F_ROOT, 9, &[0u8; 16], true);
    let tlvs = attr(NLMSGERR_ATTR_MSG, b"bad\0");
    let p = error_payload(-1, &req, &tlvs);
    let buf = msg(NLMSG_ERROR, NLM_F_ACK_TLVS, 9, &p, true);
    let Payload::Error(e) = decode(&buf) else {
        panic!()
    };
    assert_eq!(e.request_payload.len(), 16);
    assert_eq!(e.ext_ack.msg, Some("bad"));
}

#[test]
fn tlvs_are_ignored_without_ack_tlvs_flag() {
    let req = request();
    let p = error_payload(-1, &req[..16], &attr(NLMSGERR_ATTR_MSG, b"x\0"));
    let buf = msg(NLMSG_ERROR, NLM_F_CAPPED, 1, &p, true);
    let Payload::Error(e) = decode(&buf) else {
        panic!()
    };
    assert!(e.ext_ack.msg.is_none());
}

#[test]
fn success_ack_can_carry_a_warning() {
    let req = request();
    let p = error_payload(
        0,
        &req[..16],
        &attr(NLMSGERR_ATTR_MSG, b"deprecated attribute\0"),
    );
    let buf = msg(NLMSG_ERROR, NLM_F_CAPPED | NLM_F_ACK_TLVS, 1, &p, true);
    let Payload::Error(e) = decode(&buf) else {
        panic!()
    };
    assert!(e.is_ack());
    assert_eq!(e.ext_ack.msg, Some("deprecated attribute"));
}

#[test]
fn every_ext_ack_tlv_is_decoded() {
    let policy = cat(&[
        &attr(1, &4u32.to_ne_bytes()), // NL_ATTR_TYPE_U32
        &attr(4, &1u64.to_ne_bytes()),
        &attr(5, &4094u64.to_ne_bytes()),
        &attr(2, &(-5i64).to_ne_bytes()),
        &attr(3, &7i32.to_ne_bytes()),
        &attr(6, &2u32.to_ne_bytes()),
        &attr(7, &16u32.to_ne_bytes()),
        &attr(8, &3u32.to_ne_bytes()),
        &attr(9, &12u32.to_ne_bytes()),
        &attr(10, &0xffu32.to_ne_bytes()),
        &attr(12, &0xf0u64.to_ne_bytes()),
        &attr(99, &[1, 2, 3]),
    ]);
    let tlvs = cat(&[
        &attr(NLMSGERR_ATTR_MSG, b"Attribute failed policy validation\0"),
        &attr(NLMSGERR_ATTR_OFFS, &36u32.to_ne_bytes()),
        &attr(NLMSGERR_ATTR_COOKIE, &[0xde, 0xad, 0xbe, 0xef, 1, 2, 3, 4]),
        &attr(NLMSGERR_ATTR_POLICY | NLA_F_NESTED, &policy),
        &attr(NLMSGERR_ATTR_MISS_TYPE, &5u32.to_ne_bytes()),
        &attr(NLMSGERR_ATTR_MISS_NEST, &40u32.to_ne_bytes()),
        &attr(200, b"future tlv"),
    ]);
    let req = request();
    let p = error_payload(-34, &req[..16], &tlvs);
    let buf = msg(NLMSG_ERROR, NLM_F_CAPPED | NLM_F_ACK_TLVS, 1, &p, true);
    let Payload::Error(e) = decode(&buf) else {
        panic!()
    };
    let a = e.ext_ack;
    assert_eq!(a.msg, Some("Attribute failed policy validation"));
    assert_eq!(a.offset, Some(36));
    assert_eq!(a.cookie, Some(&[0xde, 0xad, 0xbe, 0xef, 1, 2, 3, 4][..]));
    assert_eq!(a.missing_type, Some(5));
    assert_eq!(a.missing_nest, Some(40));
    assert_eq!(a.raw, &tlvs[..]);
    let pol = a.policy.unwrap();
    assert_eq!(pol.kind, Some(PolicyType::U32));
    assert_eq!(pol.min_value_u, Some(1));
    assert_eq!(pol.max_value_u, Some(4094));
    assert_eq!(pol.min_value_s, Some(-5));
    assert_eq!(pol.max_value_s, Some(7));
    assert_eq!(pol.min_length, Some(2));
    assert_eq!(pol.max_length, Some(16));
    assert_eq!(pol.policy_idx, Some(3));
    assert_eq!(pol.policy_maxtype, Some(12));
    assert_eq!(pol.bitfield32_mask, Some(0xff));
    assert_eq!(pol.mask, Some(0xf0));
}

#[test]
fn malformed_ext_ack_tlv_is_an_error_with_its_offset() {
    let req = request();
    let tlvs = attr(NLMSGERR_ATTR_OFFS, &[1, 2]); // a 2-byte u32
    let p = error_payload(-1, &req[..16], &tlvs);
    let buf = msg(NLMSG_ERROR, NLM_F_CAPPED | NLM_F_ACK_TLVS, 1, &p, true);
    let m = messages(&buf).next().unwrap().unwrap();
    match m.decode() {
        Err(Error::InvalidAttr {
            kind: NLMSGERR_ATTR_OFFS,
            offset: 36,
            len: 2,
            ..
        }) => {}
        other => panic!("{other:?}"),
    }
}

#[test]
fn error_payload_too_short_for_the_code() {
    let buf = msg(NLMSG_ERROR, 0, 1, &[1, 2], true);
    let m = messages(&buf).next().unwrap().unwrap();
    assert_eq!(
        m.decode(),
        Err(Error::Truncated {
            what: Structure::ErrorCode,
            offset: 16,
            needed: 4,
            available: 2
        })
    );
}

#[test]
fn error_payload_too_short_for_the_echoed_header() {
    let buf = msg(NLMSG_ERROR, 0, 1, &[0; 10], true);
    let m = messages(&buf).next().unwrap().unwrap();
    assert!(matches!(
        m.decode(),
        Err(Error::Truncated {
            what: Structure::EchoedHeader,
            offset: 20,
            ..
        })
    ));
}

#[test]
fn uncapped_echo_longer_than_the_payload_is_an_error() {
    let req = request();
    let p = error_payload(-1, &req[..24], &[]); // header says more than was echoed
    let buf = msg(NLMSG_ERROR, 0, 1, &p, true);
    let m = messages(&buf).next().unwrap().unwrap();
    assert!(matches!(
        m.decode(),
        Err(Error::Truncated {
            what: Structure::EchoedPayload,
            ..
        })
    ));
}

#[test]
fn uncapped_echo_with_len_below_sixteen_is_an_error() {
    let mut echoed = Vec::new();
    hdr(&mut echoed, 3, 16, 0, 0, 0);
    let p = error_payload(-1, &echoed, &[]);
    let buf = msg(NLMSG_ERROR, 0, 1, &p, true);
    let m = messages(&buf).next().unwrap().unwrap();
    assert_eq!(
        m.decode(),
        Err(Error::MessageLenTooSmall { offset: 20, len: 3 })
    );
}

#[test]
fn zero_length_done_is_a_clean_end() {
    let buf = msg(NLMSG_DONE, NLM_F_MULTI, 1, &[], true);
    let Payload::Done(d) = decode(&buf) else {
        panic!()
    };
    assert_eq!(d.error, 0);
    assert!(d.ext_ack.is_empty());
}

#[test]
fn done_with_error_and_tlvs() {
    let p = cat(&[
        &(-22i32).to_ne_bytes(),
        &attr(NLMSGERR_ATTR_MSG, b"Invalid header for link dump\0"),
    ]);
    let buf = msg(NLMSG_DONE, NLM_F_MULTI | NLM_F_ACK_TLVS, 1, &p, true);
    let Payload::Done(d) = decode(&buf) else {
        panic!()
    };
    assert_eq!(d.error, -22);
    assert_eq!(d.errno(), 22);
    assert_eq!(d.ext_ack.msg, Some("Invalid header for link dump"));
}

#[test]
fn done_with_a_cut_error_code_is_an_error() {
    let buf = msg(NLMSG_DONE, NLM_F_MULTI, 1, &[0, 0], false);
    let m = messages(&buf).next().unwrap().unwrap();
    assert!(matches!(
        m.decode(),
        Err(Error::Truncated {
            what: Structure::ErrorCode,
            ..
        })
    ));
}

#[test]
fn noop_overrun_and_data() {
    let noop = msg(NLMSG_NOOP, 0, 1, &[], true);
    let over = msg(NLMSG_OVERRUN, 0, 2, &[], true);
    let data = msg(0x10, 0, 3, &[1, 2, 3, 4], true);
    let buf = cat(&[&noop, &over, &data]);
    let kinds: Vec<_> = messages(&buf)
        .map(|m| m.unwrap().decode().unwrap())
        .collect();
    assert_eq!(
        kinds,
        vec![
            Payload::Noop,
            Payload::Overrun,
            Payload::Data(&[1, 2, 3, 4])
        ]
    );
}

#[test]
fn echoed_attr_path_works_on_an_uncapped_error() {
    let req = request();
    let tlvs = attr(NLMSGERR_ATTR_OFFS, &44u32.to_ne_bytes());
    let p = error_payload(-95, &req, &tlvs);
    let buf = msg(NLMSG_ERROR, NLM_F_ACK_TLVS, 77, &p, true);
    let Payload::Error(e) = decode(&buf) else {
        panic!()
    };
    assert_eq!(e.echoed_attr_path(16).unwrap().as_slice(), &[18, 1]);
}

#[test]
fn attr_path_handles_offsets_outside_attributes() {
    let req = request();
    let ack = nlcodec::ExtAck {
        offset: Some(4),
        ..Default::default()
    };
    assert_eq!(ack.attr_path(&req, 16), None); // inside the nlmsghdr
    let ack = nlcodec::ExtAck {
        offset: Some(20),
        ..Default::default()
    };
    assert_eq!(ack.attr_path(&req, 16), None); // inside ifinfomsg
    let ack = nlcodec::ExtAck {
        offset: Some(1000),
        ..Default::default()
    };
    assert_eq!(ack.attr_path(&req, 16), None); // past the end
    let ack = nlcodec::ExtAck {
        offset: Some(32),
        ..Default::default()
    };
    assert_eq!(ack.attr_path(&req, 16).unwrap().as_slice(), &[3]); // IFLA_IFNAME
    let ack = nlcodec::ExtAck {
        offset: Some(46),
        ..Default::default()
    };
    let p = ack.attr_path(&req, 16).unwrap(); // inside IFLA_INFO_KIND's header
    assert_eq!(p.as_slice(), &[18, 1]);
    assert!(!p.is_exact());
    assert_eq!(nlcodec::ExtAck::default().attr_path(&req, 16), None);
}

#[test]
fn attr_path_stops_at_the_depth_limit() {
    // 40 nests deep, offset pointing at the innermost attribute.
    let mut inner = attr(1, &[1, 2, 3, 4]);
    for _ in 0..40 {
        inner = attr(2 | NLA_F_NESTED, &inner);
    }
    let req = msg(0x10, 0, 1, &inner, true);
    let innermost = 16 + 40 * 4;
    let p = nlcodec::AttrPath::resolve(&req, 0, innermost as u32).unwrap();
    assert_eq!(p.as_slice().len(), nlcodec::MAX_NEST_DEPTH);
}

#[test]
fn missing_nest_resolves_against_the_request() {
    let req = request();
    let ack = nlcodec::ExtAck {
        missing_type: Some(2),
        missing_nest: Some(40),
        ..Default::default()
    };
    assert_eq!(ack.missing_nest_path(&req, 16).unwrap().as_slice(), &[18]); // IFLA_LINKINFO
    assert_eq!(nlcodec::ExtAck::default().missing_nest_path(&req, 16), None);
}
