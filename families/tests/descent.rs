//! Every visitor of the one walk (`nlcodec::schema::walk`), `Dump`, the validator and
//! `NamedPath`, descends the way `AttrDesc::inner` says: on nlctrl's policy dump
//! (`CTRL_ATTR_POLICY`: entries of entries, policy index then attribute type, each a nest of
//! `NL_POLICY_TYPE_ATTR_*`), its per-operation policies (`CTRL_ATTR_OP_POLICY`: entries,
//! each a nest) and a route's `RTA_MULTIPATH` (records, each an `rtnexthop` and attributes).

use nlcodec::consts::NLM_F_MULTI;
use nlcodec::dump::Dump;
use nlcodec::family::genl::GENL_ID_CTRL;
use nlcodec::schema::{Entry, Inner, NamedPath, Siblings};
use nlcodec::{Attrs, Error, Mode, Writer};
use nlcodec_families::nlctrl::tables::CTRL_ATTRS;
use nlcodec_families::nlctrl::*;
use nlcodec_families::runtime::GenlRegistry;

/// A `CTRL_CMD_GETPOLICY` reply: policy 1, attribute 3 is a `u32` whose value is written
/// with `type_len` bytes; operation 5's `do` uses policy 1. Returns the message and the
/// offset of `NL_POLICY_TYPE_ATTR_TYPE` in it.
fn policy_reply(type_len: usize) -> (Vec<u8>, u32) {
    let mut w = Writer::from_vec(Vec::new());
    w.begin_message(GENL_ID_CTRL, NLM_F_MULTI, 1, 0).unwrap();
    w.put(&[CTRL_CMD_GETPOLICY_REPLY, 2, 0, 0]).unwrap();
    w.put_u16(CTRL_ATTR_FAMILY_ID, 0x10).unwrap();
    w.put_nested(CTRL_ATTR_POLICY, |w| {
        w.put_nested(1, |w| {
            w.put_nested(3, |w| {
                let value = [3u8, 0, 0, 0];
                w.put_attr(NL_POLICY_TYPE_ATTR_TYPE, &value[..type_len])
            })
        })
    })
    .unwrap();
    w.put_nested(CTRL_ATTR_OP_POLICY, |w| {
        w.put_nested(5, |w| w.put_u32(CTRL_ATTR_POLICY_DO, 1))
    })
    .unwrap();
    w.end_message().unwrap();
    // nlmsghdr 16, genlmsghdr 4, CTRL_ATTR_FAMILY_ID 8, then three nest headers of 4.
    (w.into_vec(), 16 + 4 + 8 + 3 * 4)
}

#[test]
fn the_descent_is_decided_by_the_descriptor() {
    let block = Siblings::new(nlcodec::attrs(&[]));
    let policy = CTRL_ATTRS.get(CTRL_ATTR_POLICY).unwrap();
    let op_policy = CTRL_ATTRS.get(CTRL_ATTR_OP_POLICY).unwrap();
    let two = Inner::Entries {
        levels: 2,
        entry: Entry::Nest(policy.nested),
    };
    assert_eq!(policy.inner(&block), two);
    let one = Inner::Entries {
        levels: 1,
        entry: Entry::Nest(op_policy.nested),
    };
    assert_eq!(op_policy.inner(&block), one);
    let id = CTRL_ATTRS.get(CTRL_ATTR_FAMILY_ID).unwrap();
    assert_eq!(id.inner(&block), Inner::Value);
}

#[test]
fn dump_names_both_levels_of_entries() {
    let (msg, _) = policy_reply(4);
    let text = Dump::new(&msg)
        .schema(&GenlRegistry::new())
        .positions(false)
        .to_string();
    let want = "  CTRL_ATTR_POLICY\n    [1]\n      [3]\n        NL_POLICY_TYPE_ATTR_TYPE ";
    assert!(text.contains(want), "{text}");
    let want = "  CTRL_ATTR_OP_POLICY\n    [5]\n      CTRL_ATTR_POLICY_DO 1\n";
    assert!(text.contains(want), "{text}");
}

#[test]
fn named_paths_go_through_both_levels() {
    let (msg, at) = policy_reply(4);
    let attrs_start = 16 + 4;
    let block = &msg[attrs_start..];
    let path = NamedPath::resolve_block(block, attrs_start, Some(&CTRL_ATTRS), at as usize)
        .expect("the offset is inside the policy");
    assert_eq!(
        path.to_string(),
        "CTRL_ATTR_POLICY / [1] / [3] / NL_POLICY_TYPE_ATTR_TYPE"
    );
    assert!(path.is_exact());
}

#[test]
fn the_validator_checks_the_innermost_entries() {
    let (good, _) = policy_reply(4);
    fn attrs(m: &[u8]) -> Attrs<'_> {
        nlcodec::messages(m).next().unwrap().unwrap().attrs(4)
    }
    for mode in [Mode::Liberal, Mode::Strict] {
        CTRL_ATTRS.validate(attrs(&good), mode).unwrap();
    }
    // A 2-byte u32 two levels down is found, at its own offset.
    let (bad, at) = policy_reply(2);
    for mode in [Mode::Liberal, Mode::Strict] {
        match CTRL_ATTRS.validate(attrs(&bad), mode) {
            Err(Error::InvalidAttr { kind, offset, .. }) => {
                assert_eq!(kind, NL_POLICY_TYPE_ATTR_TYPE);
                assert_eq!(offset as u32, at);
            }
            other => panic!("{mode:?}: {other:?}"),
        }
    }
}

/// An `RTM_NEWROUTE` with `RTA_MULTIPATH` holding two `rtnexthop`s, each with an
/// `RTA_GATEWAY`; the second record claims `second_len` bytes (16 when well formed). Returns
/// the message and the offset of the second `RTA_GATEWAY`.
fn multipath_route(second_len: u16) -> (Vec<u8>, u32) {
    use nlcodec_families::rt_route::{RTA_GATEWAY, RTA_MULTIPATH, RTM_NEWROUTE};
    let nexthop = |len: u16, ifindex: u32, gw: u8| {
        let mut r = Vec::new();
        r.extend_from_slice(&len.to_ne_bytes());
        r.extend_from_slice(&[0, 0]); // flags, hops
        r.extend_from_slice(&ifindex.to_ne_bytes());
        r.extend_from_slice(&8u16.to_ne_bytes());
        r.extend_from_slice(&RTA_GATEWAY.to_ne_bytes());
        r.extend_from_slice(&[192, 0, 2, gw]);
        r
    };
    let mut w = Writer::from_vec(Vec::new());
    w.begin_message(RTM_NEWROUTE, 0, 1, 0).unwrap();
    w.put(&[2, 24, 0, 0, 254, 3, 0, 1, 0, 0, 0, 0]).unwrap(); // rtmsg: AF_INET /24
    let mut records = nexthop(16, 1, 1);
    records.extend(nexthop(second_len, 2, 2));
    w.put_attr(RTA_MULTIPATH, &records).unwrap();
    w.end_message().unwrap();
    // nlmsghdr 16, rtmsg 12, RTA_MULTIPATH's header 4, the first record 16, the second's
    // rtnexthop 8.
    (w.into_vec(), 16 + 12 + 4 + 16 + 8)
}

#[test]
fn records_are_walked_by_every_visitor() {
    let schema = nlcodec_families::runtime::schema_of(nlcodec::Protocol::ROUTE).unwrap();
    let (msg, gateway) = multipath_route(16);
    let text = Dump::new(&msg).schema(schema).to_string();
    assert!(text.contains("\n    #1 { rtnh-len: 16,"), "{text}");
    assert!(text.contains("\n      RTA_GATEWAY 192.0.2.2\n"), "{text}");

    let desc = schema.message(msg[4].into(), &msg[16..]).unwrap();
    let path = NamedPath::resolve(&msg, &desc, gateway).unwrap();
    assert_eq!(path.to_string(), "RTA_MULTIPATH / #1 / RTA_GATEWAY");
    assert!(path.is_exact());

    let set = desc.attrs().unwrap();
    fn attrs(m: &[u8]) -> Attrs<'_> {
        Attrs::with_base(&m[16 + 12..], 16 + 12)
    }
    assert_eq!(set.validate(attrs(&msg), Mode::Strict), Ok(()));
    // The second record runs past the list.
    let (bad, _) = multipath_route(40);
    let err = set.validate(attrs(&bad), Mode::Strict).unwrap_err();
    assert!(
        matches!(
            err,
            Error::InvalidAttr {
                kind: 9,
                violation: nlcodec::Violation::BadNest,
                ..
            }
        ),
        "{err:?}"
    );
}
