//! Every constant the codec defines, checked against the kernel's uapi as `linux-raw-sys`
//! publishes it.

use linux_raw_sys::netlink as k;
use nlcodec::ack::policy_attr;
use nlcodec::consts::*;
use nlcodec::PolicyType;

#[test]
fn message_types_and_flags_match_uapi() {
    assert_eq!(NLMSG_NOOP as u32, k::NLMSG_NOOP);
    assert_eq!(NLMSG_ERROR as u32, k::NLMSG_ERROR);
    assert_eq!(NLMSG_DONE as u32, k::NLMSG_DONE);
    assert_eq!(NLMSG_OVERRUN as u32, k::NLMSG_OVERRUN);
    assert_eq!(NLMSG_MIN_TYPE as u32, k::NLMSG_MIN_TYPE);
    let flags = [
        (NLM_F_REQUEST, k::NLM_F_REQUEST),
        (NLM_F_MULTI, k::NLM_F_MULTI),
        (NLM_F_ACK, k::NLM_F_ACK),
        (NLM_F_ECHO, k::NLM_F_ECHO),
        (NLM_F_DUMP_INTR, k::NLM_F_DUMP_INTR),
        (NLM_F_DUMP_FILTERED, k::NLM_F_DUMP_FILTERED),
        (NLM_F_ROOT, k::NLM_F_ROOT),
        (NLM_F_MATCH, k::NLM_F_MATCH),
        (NLM_F_ATOMIC, k::NLM_F_ATOMIC),
        (NLM_F_DUMP, k::NLM_F_DUMP),
        (NLM_F_REPLACE, k::NLM_F_REPLACE),
        (NLM_F_EXCL, k::NLM_F_EXCL),
        (NLM_F_CREATE, k::NLM_F_CREATE),
        (NLM_F_APPEND, k::NLM_F_APPEND),
        (NLM_F_NONREC, k::NLM_F_NONREC),
        (NLM_F_BULK, k::NLM_F_BULK),
        (NLM_F_CAPPED, k::NLM_F_CAPPED),
        (NLM_F_ACK_TLVS, k::NLM_F_ACK_TLVS),
    ];
    for (ours, theirs) in flags {
        assert_eq!(ours as u32, theirs);
    }
    assert_eq!(ALIGNTO as u32, k::NLMSG_ALIGNTO);
}

#[test]
fn attribute_bits_match_uapi() {
    assert_eq!(NLA_F_NESTED as u32, k::NLA_F_NESTED);
    assert_eq!(NLA_F_NET_BYTEORDER as u32, k::NLA_F_NET_BYTEORDER);
    assert_eq!(NLA_TYPE_MASK, k::NLA_TYPE_MASK as u16);
    assert_eq!(NLA_HDRLEN, core::mem::size_of::<k::nlattr>());
    assert_eq!(NLMSG_HDRLEN, core::mem::size_of::<k::nlmsghdr>());
    assert_eq!(NLMSGERR_LEN, core::mem::size_of::<k::nlmsgerr>());
}

#[test]
fn extack_and_policy_numbers_match_uapi() {
    use k::netlink_attribute_type as t;
    use k::netlink_policy_type_attr as p;
    use k::nlmsgerr_attrs as e;
    assert_eq!(NLMSGERR_ATTR_MSG, e::NLMSGERR_ATTR_MSG as u16);
    assert_eq!(NLMSGERR_ATTR_OFFS, e::NLMSGERR_ATTR_OFFS as u16);
    assert_eq!(NLMSGERR_ATTR_COOKIE, e::NLMSGERR_ATTR_COOKIE as u16);
    assert_eq!(NLMSGERR_ATTR_POLICY, e::NLMSGERR_ATTR_POLICY as u16);
    assert_eq!(NLMSGERR_ATTR_MISS_TYPE, e::NLMSGERR_ATTR_MISS_TYPE as u16);
    assert_eq!(NLMSGERR_ATTR_MISS_NEST, e::NLMSGERR_ATTR_MISS_NEST as u16);
    let pairs = [
        (policy_attr::TYPE, p::NL_POLICY_TYPE_ATTR_TYPE),
        (policy_attr::MIN_VALUE_S, p::NL_POLICY_TYPE_ATTR_MIN_VALUE_S),
        (policy_attr::MAX_VALUE_S, p::NL_POLICY_TYPE_ATTR_MAX_VALUE_S),
        (policy_attr::MIN_VALUE_U, p::NL_POLICY_TYPE_ATTR_MIN_VALUE_U),
        (policy_attr::MAX_VALUE_U, p::NL_POLICY_TYPE_ATTR_MAX_VALUE_U),
        (policy_attr::MIN_LENGTH, p::NL_POLICY_TYPE_ATTR_MIN_LENGTH),
        (policy_attr::MAX_LENGTH, p::NL_POLICY_TYPE_ATTR_MAX_LENGTH),
        (policy_attr::POLICY_IDX, p::NL_POLICY_TYPE_ATTR_POLICY_IDX),
        (
            policy_attr::POLICY_MAXTYPE,
            p::NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE,
        ),
        (
            policy_attr::BITFIELD32_MASK,
            p::NL_POLICY_TYPE_ATTR_BITFIELD32_MASK,
        ),
        (policy_attr::PAD, p::NL_POLICY_TYPE_ATTR_PAD),
        (policy_attr::MASK, p::NL_POLICY_TYPE_ATTR_MASK),
    ];
    for (ours, theirs) in pairs {
        assert_eq!(ours, theirs as u16);
    }
    let types = [
        (PolicyType::Invalid, t::NL_ATTR_TYPE_INVALID),
        (PolicyType::Flag, t::NL_ATTR_TYPE_FLAG),
        (PolicyType::U8, t::NL_ATTR_TYPE_U8),
        (PolicyType::U16, t::NL_ATTR_TYPE_U16),
        (PolicyType::U32, t::NL_ATTR_TYPE_U32),
        (PolicyType::U64, t::NL_ATTR_TYPE_U64),
        (PolicyType::S8, t::NL_ATTR_TYPE_S8),
        (PolicyType::S16, t::NL_ATTR_TYPE_S16),
        (PolicyType::S32, t::NL_ATTR_TYPE_S32),
        (PolicyType::S64, t::NL_ATTR_TYPE_S64),
        (PolicyType::Binary, t::NL_ATTR_TYPE_BINARY),
        (PolicyType::String, t::NL_ATTR_TYPE_STRING),
        (PolicyType::NulString, t::NL_ATTR_TYPE_NUL_STRING),
        (PolicyType::Nested, t::NL_ATTR_TYPE_NESTED),
        (PolicyType::NestedArray, t::NL_ATTR_TYPE_NESTED_ARRAY),
        (PolicyType::Bitfield32, t::NL_ATTR_TYPE_BITFIELD32),
        (PolicyType::Sint, t::NL_ATTR_TYPE_SINT),
        (PolicyType::Uint, t::NL_ATTR_TYPE_UINT),
    ];
    for (ours, theirs) in types {
        assert_eq!(PolicyType::from_raw(theirs as u32), ours);
    }
    assert_eq!(PolicyType::from_raw(99), PolicyType::Other(99));
}

#[test]
fn socket_options_match_uapi() {
    assert_eq!(SOL_NETLINK as u32, linux_raw_sys::net::SOL_NETLINK);
    assert_eq!(NETLINK_ADD_MEMBERSHIP as u32, k::NETLINK_ADD_MEMBERSHIP);
    assert_eq!(NETLINK_DROP_MEMBERSHIP as u32, k::NETLINK_DROP_MEMBERSHIP);
    assert_eq!(NETLINK_PKTINFO as u32, k::NETLINK_PKTINFO);
    assert_eq!(NETLINK_NO_ENOBUFS as u32, k::NETLINK_NO_ENOBUFS);
    assert_eq!(NETLINK_LISTEN_ALL_NSID as u32, k::NETLINK_LISTEN_ALL_NSID);
    assert_eq!(NETLINK_CAP_ACK as u32, k::NETLINK_CAP_ACK);
    assert_eq!(NETLINK_EXT_ACK as u32, k::NETLINK_EXT_ACK);
    assert_eq!(NETLINK_GET_STRICT_CHK as u32, k::NETLINK_GET_STRICT_CHK);
}

#[test]
fn protocol_numbers_match_uapi() {
    use nlcodec::Protocol;
    let named = [
        (Protocol::ROUTE, k::NETLINK_ROUTE),
        (Protocol::USERSOCK, k::NETLINK_USERSOCK),
        (Protocol::SOCK_DIAG, k::NETLINK_SOCK_DIAG),
        (Protocol::XFRM, k::NETLINK_XFRM),
        (Protocol::AUDIT, k::NETLINK_AUDIT),
        (Protocol::CONNECTOR, k::NETLINK_CONNECTOR),
        (Protocol::NETFILTER, k::NETLINK_NETFILTER),
        (Protocol::KOBJECT_UEVENT, k::NETLINK_KOBJECT_UEVENT),
        (Protocol::GENERIC, k::NETLINK_GENERIC),
    ];
    for (p, n) in named {
        assert_eq!(u32::from(p.0), n, "{}", p.name());
    }
    for (name, n) in [
        ("firewall", k::NETLINK_FIREWALL),
        ("nflog", k::NETLINK_NFLOG),
        ("selinux", k::NETLINK_SELINUX),
        ("iscsi", k::NETLINK_ISCSI),
        ("fib_lookup", k::NETLINK_FIB_LOOKUP),
        ("ip6_fw", k::NETLINK_IP6_FW),
        ("dnrtmsg", k::NETLINK_DNRTMSG),
        ("scsitransport", k::NETLINK_SCSITRANSPORT),
        ("ecryptfs", k::NETLINK_ECRYPTFS),
        ("rdma", k::NETLINK_RDMA),
        ("crypto", k::NETLINK_CRYPTO),
        ("smc", k::NETLINK_SMC),
    ] {
        assert_eq!(
            Protocol::from_name(name).map(|p| u32::from(p.0)),
            Some(n),
            "{name}"
        );
    }
}
