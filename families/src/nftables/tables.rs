//! Descriptor tables of `nftables`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `meta-keys` enum.
pub static META_KEYS: EnumDesc = EnumDesc::new(
    "meta-keys",
    false,
    &[
        EnumEntry {
            name: "len",
            c_name: "NFTABLES_META_KEYS_LEN",
            value: 0,
        },
        EnumEntry {
            name: "protocol",
            c_name: "NFTABLES_META_KEYS_PROTOCOL",
            value: 1,
        },
        EnumEntry {
            name: "priority",
            c_name: "NFTABLES_META_KEYS_PRIORITY",
            value: 2,
        },
        EnumEntry {
            name: "mark",
            c_name: "NFTABLES_META_KEYS_MARK",
            value: 3,
        },
        EnumEntry {
            name: "iif",
            c_name: "NFTABLES_META_KEYS_IIF",
            value: 4,
        },
        EnumEntry {
            name: "oif",
            c_name: "NFTABLES_META_KEYS_OIF",
            value: 5,
        },
        EnumEntry {
            name: "iifname",
            c_name: "NFTABLES_META_KEYS_IIFNAME",
            value: 6,
        },
        EnumEntry {
            name: "oifname",
            c_name: "NFTABLES_META_KEYS_OIFNAME",
            value: 7,
        },
        EnumEntry {
            name: "iftype",
            c_name: "NFTABLES_META_KEYS_IFTYPE",
            value: 8,
        },
        EnumEntry {
            name: "oiftype",
            c_name: "NFTABLES_META_KEYS_OIFTYPE",
            value: 9,
        },
        EnumEntry {
            name: "skuid",
            c_name: "NFTABLES_META_KEYS_SKUID",
            value: 10,
        },
        EnumEntry {
            name: "skgid",
            c_name: "NFTABLES_META_KEYS_SKGID",
            value: 11,
        },
        EnumEntry {
            name: "nftrace",
            c_name: "NFTABLES_META_KEYS_NFTRACE",
            value: 12,
        },
        EnumEntry {
            name: "rtclassid",
            c_name: "NFTABLES_META_KEYS_RTCLASSID",
            value: 13,
        },
        EnumEntry {
            name: "secmark",
            c_name: "NFTABLES_META_KEYS_SECMARK",
            value: 14,
        },
        EnumEntry {
            name: "nfproto",
            c_name: "NFTABLES_META_KEYS_NFPROTO",
            value: 15,
        },
        EnumEntry {
            name: "l4-proto",
            c_name: "NFTABLES_META_KEYS_L4_PROTO",
            value: 16,
        },
        EnumEntry {
            name: "bri-iifname",
            c_name: "NFTABLES_META_KEYS_BRI_IIFNAME",
            value: 17,
        },
        EnumEntry {
            name: "bri-oifname",
            c_name: "NFTABLES_META_KEYS_BRI_OIFNAME",
            value: 18,
        },
        EnumEntry {
            name: "pkttype",
            c_name: "NFTABLES_META_KEYS_PKTTYPE",
            value: 19,
        },
        EnumEntry {
            name: "cpu",
            c_name: "NFTABLES_META_KEYS_CPU",
            value: 20,
        },
        EnumEntry {
            name: "iifgroup",
            c_name: "NFTABLES_META_KEYS_IIFGROUP",
            value: 21,
        },
        EnumEntry {
            name: "oifgroup",
            c_name: "NFTABLES_META_KEYS_OIFGROUP",
            value: 22,
        },
        EnumEntry {
            name: "cgroup",
            c_name: "NFTABLES_META_KEYS_CGROUP",
            value: 23,
        },
        EnumEntry {
            name: "prandom",
            c_name: "NFTABLES_META_KEYS_PRANDOM",
            value: 24,
        },
        EnumEntry {
            name: "secpath",
            c_name: "NFTABLES_META_KEYS_SECPATH",
            value: 25,
        },
        EnumEntry {
            name: "iifkind",
            c_name: "NFTABLES_META_KEYS_IIFKIND",
            value: 26,
        },
        EnumEntry {
            name: "oifkind",
            c_name: "NFTABLES_META_KEYS_OIFKIND",
            value: 27,
        },
        EnumEntry {
            name: "bri-iifpvid",
            c_name: "NFTABLES_META_KEYS_BRI_IIFPVID",
            value: 28,
        },
        EnumEntry {
            name: "bri-iifvproto",
            c_name: "NFTABLES_META_KEYS_BRI_IIFVPROTO",
            value: 29,
        },
        EnumEntry {
            name: "time-ns",
            c_name: "NFTABLES_META_KEYS_TIME_NS",
            value: 30,
        },
        EnumEntry {
            name: "time-day",
            c_name: "NFTABLES_META_KEYS_TIME_DAY",
            value: 31,
        },
        EnumEntry {
            name: "time-hour",
            c_name: "NFTABLES_META_KEYS_TIME_HOUR",
            value: 32,
        },
        EnumEntry {
            name: "sdif",
            c_name: "NFTABLES_META_KEYS_SDIF",
            value: 33,
        },
        EnumEntry {
            name: "sdifname",
            c_name: "NFTABLES_META_KEYS_SDIFNAME",
            value: 34,
        },
        EnumEntry {
            name: "bri-broute",
            c_name: "NFTABLES_META_KEYS_BRI_BROUTE",
            value: 35,
        },
    ],
);

/// The `bitwise-ops` enum.
pub static BITWISE_OPS: EnumDesc = EnumDesc::new(
    "bitwise-ops",
    false,
    &[
        EnumEntry {
            name: "mask-xor",
            c_name: "NFTABLES_BITWISE_OPS_MASK_XOR",
            value: 0,
        },
        EnumEntry {
            name: "lshift",
            c_name: "NFTABLES_BITWISE_OPS_LSHIFT",
            value: 1,
        },
        EnumEntry {
            name: "rshift",
            c_name: "NFTABLES_BITWISE_OPS_RSHIFT",
            value: 2,
        },
        EnumEntry {
            name: "and",
            c_name: "NFTABLES_BITWISE_OPS_AND",
            value: 3,
        },
        EnumEntry {
            name: "or",
            c_name: "NFTABLES_BITWISE_OPS_OR",
            value: 4,
        },
        EnumEntry {
            name: "xor",
            c_name: "NFTABLES_BITWISE_OPS_XOR",
            value: 5,
        },
    ],
);

/// The `cmp-ops` enum.
pub static CMP_OPS: EnumDesc = EnumDesc::new(
    "cmp-ops",
    false,
    &[
        EnumEntry {
            name: "eq",
            c_name: "NFTABLES_CMP_OPS_EQ",
            value: 0,
        },
        EnumEntry {
            name: "neq",
            c_name: "NFTABLES_CMP_OPS_NEQ",
            value: 1,
        },
        EnumEntry {
            name: "lt",
            c_name: "NFTABLES_CMP_OPS_LT",
            value: 2,
        },
        EnumEntry {
            name: "lte",
            c_name: "NFTABLES_CMP_OPS_LTE",
            value: 3,
        },
        EnumEntry {
            name: "gt",
            c_name: "NFTABLES_CMP_OPS_GT",
            value: 4,
        },
        EnumEntry {
            name: "gte",
            c_name: "NFTABLES_CMP_OPS_GTE",
            value: 5,
        },
    ],
);

/// The `object-type` enum.
pub static OBJECT_TYPE: EnumDesc = EnumDesc::new(
    "object-type",
    false,
    &[
        EnumEntry {
            name: "unspec",
            c_name: "NFTABLES_OBJECT_TYPE_UNSPEC",
            value: 0,
        },
        EnumEntry {
            name: "counter",
            c_name: "NFTABLES_OBJECT_TYPE_COUNTER",
            value: 1,
        },
        EnumEntry {
            name: "quota",
            c_name: "NFTABLES_OBJECT_TYPE_QUOTA",
            value: 2,
        },
        EnumEntry {
            name: "ct-helper",
            c_name: "NFTABLES_OBJECT_TYPE_CT_HELPER",
            value: 3,
        },
        EnumEntry {
            name: "limit",
            c_name: "NFTABLES_OBJECT_TYPE_LIMIT",
            value: 4,
        },
        EnumEntry {
            name: "connlimit",
            c_name: "NFTABLES_OBJECT_TYPE_CONNLIMIT",
            value: 5,
        },
        EnumEntry {
            name: "tunnel",
            c_name: "NFTABLES_OBJECT_TYPE_TUNNEL",
            value: 6,
        },
        EnumEntry {
            name: "ct-timeout",
            c_name: "NFTABLES_OBJECT_TYPE_CT_TIMEOUT",
            value: 7,
        },
        EnumEntry {
            name: "secmark",
            c_name: "NFTABLES_OBJECT_TYPE_SECMARK",
            value: 8,
        },
        EnumEntry {
            name: "ct-expect",
            c_name: "NFTABLES_OBJECT_TYPE_CT_EXPECT",
            value: 9,
        },
        EnumEntry {
            name: "synproxy",
            c_name: "NFTABLES_OBJECT_TYPE_SYNPROXY",
            value: 10,
        },
    ],
);

/// The `nat-range-flags` flags.
pub static NAT_RANGE_FLAGS: EnumDesc = EnumDesc::new(
    "nat-range-flags",
    true,
    &[
        EnumEntry {
            name: "map-ips",
            c_name: "NFTABLES_NAT_RANGE_FLAGS_MAP_IPS",
            value: 1,
        },
        EnumEntry {
            name: "proto-specified",
            c_name: "NFTABLES_NAT_RANGE_FLAGS_PROTO_SPECIFIED",
            value: 2,
        },
        EnumEntry {
            name: "proto-random",
            c_name: "NFTABLES_NAT_RANGE_FLAGS_PROTO_RANDOM",
            value: 4,
        },
        EnumEntry {
            name: "persistent",
            c_name: "NFTABLES_NAT_RANGE_FLAGS_PERSISTENT",
            value: 8,
        },
        EnumEntry {
            name: "proto-random-fully",
            c_name: "NFTABLES_NAT_RANGE_FLAGS_PROTO_RANDOM_FULLY",
            value: 16,
        },
        EnumEntry {
            name: "proto-offset",
            c_name: "NFTABLES_NAT_RANGE_FLAGS_PROTO_OFFSET",
            value: 32,
        },
        EnumEntry {
            name: "netmap",
            c_name: "NFTABLES_NAT_RANGE_FLAGS_NETMAP",
            value: 64,
        },
    ],
);

/// The `table-flags` flags.
pub static TABLE_FLAGS: EnumDesc = EnumDesc::new(
    "table-flags",
    true,
    &[
        EnumEntry {
            name: "dormant",
            c_name: "NFTABLES_TABLE_FLAGS_DORMANT",
            value: 1,
        },
        EnumEntry {
            name: "owner",
            c_name: "NFTABLES_TABLE_FLAGS_OWNER",
            value: 2,
        },
        EnumEntry {
            name: "persist",
            c_name: "NFTABLES_TABLE_FLAGS_PERSIST",
            value: 4,
        },
    ],
);

/// The `chain-flags` flags.
pub static CHAIN_FLAGS: EnumDesc = EnumDesc::new(
    "chain-flags",
    true,
    &[
        EnumEntry {
            name: "base",
            c_name: "NFTABLES_CHAIN_FLAGS_BASE",
            value: 1,
        },
        EnumEntry {
            name: "hw-offload",
            c_name: "NFTABLES_CHAIN_FLAGS_HW_OFFLOAD",
            value: 2,
        },
        EnumEntry {
            name: "binding",
            c_name: "NFTABLES_CHAIN_FLAGS_BINDING",
            value: 4,
        },
    ],
);

/// The `set-flags` flags.
pub static SET_FLAGS: EnumDesc = EnumDesc::new(
    "set-flags",
    true,
    &[
        EnumEntry {
            name: "anonymous",
            c_name: "NFTABLES_SET_FLAGS_ANONYMOUS",
            value: 1,
        },
        EnumEntry {
            name: "constant",
            c_name: "NFTABLES_SET_FLAGS_CONSTANT",
            value: 2,
        },
        EnumEntry {
            name: "interval",
            c_name: "NFTABLES_SET_FLAGS_INTERVAL",
            value: 4,
        },
        EnumEntry {
            name: "map",
            c_name: "NFTABLES_SET_FLAGS_MAP",
            value: 8,
        },
        EnumEntry {
            name: "timeout",
            c_name: "NFTABLES_SET_FLAGS_TIMEOUT",
            value: 16,
        },
        EnumEntry {
            name: "eval",
            c_name: "NFTABLES_SET_FLAGS_EVAL",
            value: 32,
        },
        EnumEntry {
            name: "object",
            c_name: "NFTABLES_SET_FLAGS_OBJECT",
            value: 64,
        },
        EnumEntry {
            name: "concat",
            c_name: "NFTABLES_SET_FLAGS_CONCAT",
            value: 128,
        },
        EnumEntry {
            name: "expr",
            c_name: "NFTABLES_SET_FLAGS_EXPR",
            value: 256,
        },
    ],
);

/// The `set-elem-flags` flags.
pub static SET_ELEM_FLAGS: EnumDesc = EnumDesc::new(
    "set-elem-flags",
    true,
    &[
        EnumEntry {
            name: "interval-end",
            c_name: "NFTABLES_SET_ELEM_FLAGS_INTERVAL_END",
            value: 1,
        },
        EnumEntry {
            name: "catchall",
            c_name: "NFTABLES_SET_ELEM_FLAGS_CATCHALL",
            value: 2,
        },
    ],
);

/// The `lookup-flags` flags.
pub static LOOKUP_FLAGS: EnumDesc = EnumDesc::new(
    "lookup-flags",
    true,
    &[EnumEntry {
        name: "invert",
        c_name: "NFTABLES_LOOKUP_FLAGS_INVERT",
        value: 1,
    }],
);

/// The `ct-keys` enum.
pub static CT_KEYS: EnumDesc = EnumDesc::new(
    "ct-keys",
    false,
    &[
        EnumEntry {
            name: "state",
            c_name: "NFTABLES_CT_KEYS_STATE",
            value: 0,
        },
        EnumEntry {
            name: "direction",
            c_name: "NFTABLES_CT_KEYS_DIRECTION",
            value: 1,
        },
        EnumEntry {
            name: "status",
            c_name: "NFTABLES_CT_KEYS_STATUS",
            value: 2,
        },
        EnumEntry {
            name: "mark",
            c_name: "NFTABLES_CT_KEYS_MARK",
            value: 3,
        },
        EnumEntry {
            name: "secmark",
            c_name: "NFTABLES_CT_KEYS_SECMARK",
            value: 4,
        },
        EnumEntry {
            name: "expiration",
            c_name: "NFTABLES_CT_KEYS_EXPIRATION",
            value: 5,
        },
        EnumEntry {
            name: "helper",
            c_name: "NFTABLES_CT_KEYS_HELPER",
            value: 6,
        },
        EnumEntry {
            name: "l3protocol",
            c_name: "NFTABLES_CT_KEYS_L3PROTOCOL",
            value: 7,
        },
        EnumEntry {
            name: "src",
            c_name: "NFTABLES_CT_KEYS_SRC",
            value: 8,
        },
        EnumEntry {
            name: "dst",
            c_name: "NFTABLES_CT_KEYS_DST",
            value: 9,
        },
        EnumEntry {
            name: "protocol",
            c_name: "NFTABLES_CT_KEYS_PROTOCOL",
            value: 10,
        },
        EnumEntry {
            name: "proto-src",
            c_name: "NFTABLES_CT_KEYS_PROTO_SRC",
            value: 11,
        },
        EnumEntry {
            name: "proto-dst",
            c_name: "NFTABLES_CT_KEYS_PROTO_DST",
            value: 12,
        },
        EnumEntry {
            name: "labels",
            c_name: "NFTABLES_CT_KEYS_LABELS",
            value: 13,
        },
        EnumEntry {
            name: "pkts",
            c_name: "NFTABLES_CT_KEYS_PKTS",
            value: 14,
        },
        EnumEntry {
            name: "bytes",
            c_name: "NFTABLES_CT_KEYS_BYTES",
            value: 15,
        },
        EnumEntry {
            name: "avgpkt",
            c_name: "NFTABLES_CT_KEYS_AVGPKT",
            value: 16,
        },
        EnumEntry {
            name: "zone",
            c_name: "NFTABLES_CT_KEYS_ZONE",
            value: 17,
        },
        EnumEntry {
            name: "eventmask",
            c_name: "NFTABLES_CT_KEYS_EVENTMASK",
            value: 18,
        },
        EnumEntry {
            name: "src-ip",
            c_name: "NFTABLES_CT_KEYS_SRC_IP",
            value: 19,
        },
        EnumEntry {
            name: "dst-ip",
            c_name: "NFTABLES_CT_KEYS_DST_IP",
            value: 20,
        },
        EnumEntry {
            name: "src-ip6",
            c_name: "NFTABLES_CT_KEYS_SRC_IP6",
            value: 21,
        },
        EnumEntry {
            name: "dst-ip6",
            c_name: "NFTABLES_CT_KEYS_DST_IP6",
            value: 22,
        },
        EnumEntry {
            name: "ct-id",
            c_name: "NFTABLES_CT_KEYS_CT_ID",
            value: 23,
        },
    ],
);

/// The `ct-direction` enum.
pub static CT_DIRECTION: EnumDesc = EnumDesc::new(
    "ct-direction",
    false,
    &[
        EnumEntry {
            name: "original",
            c_name: "NFTABLES_CT_DIRECTION_ORIGINAL",
            value: 0,
        },
        EnumEntry {
            name: "reply",
            c_name: "NFTABLES_CT_DIRECTION_REPLY",
            value: 1,
        },
    ],
);

/// The `quota-flags` flags.
pub static QUOTA_FLAGS: EnumDesc = EnumDesc::new(
    "quota-flags",
    true,
    &[
        EnumEntry {
            name: "invert",
            c_name: "NFTABLES_QUOTA_FLAGS_INVERT",
            value: 1,
        },
        EnumEntry {
            name: "depleted",
            c_name: "NFTABLES_QUOTA_FLAGS_DEPLETED",
            value: 2,
        },
    ],
);

/// The `verdict-code` enum.
pub static VERDICT_CODE: EnumDesc = EnumDesc::new(
    "verdict-code",
    false,
    &[
        EnumEntry {
            name: "continue",
            c_name: "NFTABLES_VERDICT_CODE_CONTINUE",
            value: 4294967295,
        },
        EnumEntry {
            name: "break",
            c_name: "NFTABLES_VERDICT_CODE_BREAK",
            value: 4294967294,
        },
        EnumEntry {
            name: "jump",
            c_name: "NFTABLES_VERDICT_CODE_JUMP",
            value: 4294967293,
        },
        EnumEntry {
            name: "goto",
            c_name: "NFTABLES_VERDICT_CODE_GOTO",
            value: 4294967292,
        },
        EnumEntry {
            name: "return",
            c_name: "NFTABLES_VERDICT_CODE_RETURN",
            value: 4294967291,
        },
        EnumEntry {
            name: "drop",
            c_name: "NFTABLES_VERDICT_CODE_DROP",
            value: 0,
        },
        EnumEntry {
            name: "accept",
            c_name: "NFTABLES_VERDICT_CODE_ACCEPT",
            value: 1,
        },
        EnumEntry {
            name: "stolen",
            c_name: "NFTABLES_VERDICT_CODE_STOLEN",
            value: 2,
        },
        EnumEntry {
            name: "queue",
            c_name: "NFTABLES_VERDICT_CODE_QUEUE",
            value: 3,
        },
        EnumEntry {
            name: "repeat",
            c_name: "NFTABLES_VERDICT_CODE_REPEAT",
            value: 4,
        },
    ],
);

/// The `fib-result` enum.
pub static FIB_RESULT: EnumDesc = EnumDesc::new(
    "fib-result",
    false,
    &[
        EnumEntry {
            name: "oif",
            c_name: "NFTABLES_FIB_RESULT_OIF",
            value: 0,
        },
        EnumEntry {
            name: "oifname",
            c_name: "NFTABLES_FIB_RESULT_OIFNAME",
            value: 1,
        },
        EnumEntry {
            name: "addrtype",
            c_name: "NFTABLES_FIB_RESULT_ADDRTYPE",
            value: 2,
        },
    ],
);

/// The `fib-flags` flags.
pub static FIB_FLAGS: EnumDesc = EnumDesc::new(
    "fib-flags",
    true,
    &[
        EnumEntry {
            name: "saddr",
            c_name: "NFTABLES_FIB_FLAGS_SADDR",
            value: 1,
        },
        EnumEntry {
            name: "daddr",
            c_name: "NFTABLES_FIB_FLAGS_DADDR",
            value: 2,
        },
        EnumEntry {
            name: "mark",
            c_name: "NFTABLES_FIB_FLAGS_MARK",
            value: 4,
        },
        EnumEntry {
            name: "iif",
            c_name: "NFTABLES_FIB_FLAGS_IIF",
            value: 8,
        },
        EnumEntry {
            name: "oif",
            c_name: "NFTABLES_FIB_FLAGS_OIF",
            value: 16,
        },
        EnumEntry {
            name: "present",
            c_name: "NFTABLES_FIB_FLAGS_PRESENT",
            value: 32,
        },
    ],
);

/// The `reject-types` enum.
pub static REJECT_TYPES: EnumDesc = EnumDesc::new(
    "reject-types",
    false,
    &[
        EnumEntry {
            name: "icmp-unreach",
            c_name: "NFTABLES_REJECT_TYPES_ICMP_UNREACH",
            value: 0,
        },
        EnumEntry {
            name: "tcp-rst",
            c_name: "NFTABLES_REJECT_TYPES_TCP_RST",
            value: 1,
        },
        EnumEntry {
            name: "icmpx-unreach",
            c_name: "NFTABLES_REJECT_TYPES_ICMPX_UNREACH",
            value: 2,
        },
    ],
);

/// The `reject-inet-code` enum.
pub static REJECT_INET_CODE: EnumDesc = EnumDesc::new(
    "reject-inet-code",
    false,
    &[
        EnumEntry {
            name: "icmpx-no-route",
            c_name: "NFTABLES_REJECT_INET_CODE_ICMPX_NO_ROUTE",
            value: 0,
        },
        EnumEntry {
            name: "icmpx-port-unreach",
            c_name: "NFTABLES_REJECT_INET_CODE_ICMPX_PORT_UNREACH",
            value: 1,
        },
        EnumEntry {
            name: "icmpx-host-unreach",
            c_name: "NFTABLES_REJECT_INET_CODE_ICMPX_HOST_UNREACH",
            value: 2,
        },
        EnumEntry {
            name: "icmpx-admin-prohibited",
            c_name: "NFTABLES_REJECT_INET_CODE_ICMPX_ADMIN_PROHIBITED",
            value: 3,
        },
    ],
);

/// The `payload-base` enum.
pub static PAYLOAD_BASE: EnumDesc = EnumDesc::new(
    "payload-base",
    false,
    &[
        EnumEntry {
            name: "link-layer-header",
            c_name: "NFTABLES_PAYLOAD_BASE_LINK_LAYER_HEADER",
            value: 0,
        },
        EnumEntry {
            name: "network-header",
            c_name: "NFTABLES_PAYLOAD_BASE_NETWORK_HEADER",
            value: 1,
        },
        EnumEntry {
            name: "transport-header",
            c_name: "NFTABLES_PAYLOAD_BASE_TRANSPORT_HEADER",
            value: 2,
        },
        EnumEntry {
            name: "inner-header",
            c_name: "NFTABLES_PAYLOAD_BASE_INNER_HEADER",
            value: 3,
        },
        EnumEntry {
            name: "tun-header",
            c_name: "NFTABLES_PAYLOAD_BASE_TUN_HEADER",
            value: 4,
        },
    ],
);

/// The `range-ops` enum.
pub static RANGE_OPS: EnumDesc = EnumDesc::new(
    "range-ops",
    false,
    &[
        EnumEntry {
            name: "eq",
            c_name: "NFTABLES_RANGE_OPS_EQ",
            value: 0,
        },
        EnumEntry {
            name: "neq",
            c_name: "NFTABLES_RANGE_OPS_NEQ",
            value: 1,
        },
    ],
);

/// The `registers` enum.
pub static REGISTERS: EnumDesc = EnumDesc::new(
    "registers",
    false,
    &[
        EnumEntry {
            name: "reg-verdict",
            c_name: "NFTABLES_REGISTERS_REG_VERDICT",
            value: 0,
        },
        EnumEntry {
            name: "reg-1",
            c_name: "NFTABLES_REGISTERS_REG_1",
            value: 1,
        },
        EnumEntry {
            name: "reg-2",
            c_name: "NFTABLES_REGISTERS_REG_2",
            value: 2,
        },
        EnumEntry {
            name: "reg-3",
            c_name: "NFTABLES_REGISTERS_REG_3",
            value: 3,
        },
        EnumEntry {
            name: "reg-4",
            c_name: "NFTABLES_REGISTERS_REG_4",
            value: 4,
        },
        EnumEntry {
            name: "reg32-00",
            c_name: "NFTABLES_REGISTERS_REG32_00",
            value: 8,
        },
        EnumEntry {
            name: "reg32-01",
            c_name: "NFTABLES_REGISTERS_REG32_01",
            value: 9,
        },
        EnumEntry {
            name: "reg32-02",
            c_name: "NFTABLES_REGISTERS_REG32_02",
            value: 10,
        },
        EnumEntry {
            name: "reg32-03",
            c_name: "NFTABLES_REGISTERS_REG32_03",
            value: 11,
        },
        EnumEntry {
            name: "reg32-04",
            c_name: "NFTABLES_REGISTERS_REG32_04",
            value: 12,
        },
        EnumEntry {
            name: "reg32-05",
            c_name: "NFTABLES_REGISTERS_REG32_05",
            value: 13,
        },
        EnumEntry {
            name: "reg32-06",
            c_name: "NFTABLES_REGISTERS_REG32_06",
            value: 14,
        },
        EnumEntry {
            name: "reg32-07",
            c_name: "NFTABLES_REGISTERS_REG32_07",
            value: 15,
        },
        EnumEntry {
            name: "reg32-08",
            c_name: "NFTABLES_REGISTERS_REG32_08",
            value: 16,
        },
        EnumEntry {
            name: "reg32-09",
            c_name: "NFTABLES_REGISTERS_REG32_09",
            value: 17,
        },
        EnumEntry {
            name: "reg32-10",
            c_name: "NFTABLES_REGISTERS_REG32_10",
            value: 18,
        },
        EnumEntry {
            name: "reg32-11",
            c_name: "NFTABLES_REGISTERS_REG32_11",
            value: 19,
        },
        EnumEntry {
            name: "reg32-12",
            c_name: "NFTABLES_REGISTERS_REG32_12",
            value: 20,
        },
        EnumEntry {
            name: "reg32-13",
            c_name: "NFTABLES_REGISTERS_REG32_13",
            value: 21,
        },
        EnumEntry {
            name: "reg32-14",
            c_name: "NFTABLES_REGISTERS_REG32_14",
            value: 22,
        },
        EnumEntry {
            name: "reg32-15",
            c_name: "NFTABLES_REGISTERS_REG32_15",
            value: 23,
        },
    ],
);

/// The `numgen-types` enum.
pub static NUMGEN_TYPES: EnumDesc = EnumDesc::new(
    "numgen-types",
    false,
    &[
        EnumEntry {
            name: "incremental",
            c_name: "NFTABLES_NUMGEN_TYPES_INCREMENTAL",
            value: 0,
        },
        EnumEntry {
            name: "random",
            c_name: "NFTABLES_NUMGEN_TYPES_RANDOM",
            value: 1,
        },
    ],
);

/// The `log-level` enum.
pub static LOG_LEVEL: EnumDesc = EnumDesc::new(
    "log-level",
    false,
    &[
        EnumEntry {
            name: "emerg",
            c_name: "NFTABLES_LOG_LEVEL_EMERG",
            value: 0,
        },
        EnumEntry {
            name: "alert",
            c_name: "NFTABLES_LOG_LEVEL_ALERT",
            value: 1,
        },
        EnumEntry {
            name: "crit",
            c_name: "NFTABLES_LOG_LEVEL_CRIT",
            value: 2,
        },
        EnumEntry {
            name: "err",
            c_name: "NFTABLES_LOG_LEVEL_ERR",
            value: 3,
        },
        EnumEntry {
            name: "warning",
            c_name: "NFTABLES_LOG_LEVEL_WARNING",
            value: 4,
        },
        EnumEntry {
            name: "notice",
            c_name: "NFTABLES_LOG_LEVEL_NOTICE",
            value: 5,
        },
        EnumEntry {
            name: "info",
            c_name: "NFTABLES_LOG_LEVEL_INFO",
            value: 6,
        },
        EnumEntry {
            name: "debug",
            c_name: "NFTABLES_LOG_LEVEL_DEBUG",
            value: 7,
        },
        EnumEntry {
            name: "audit",
            c_name: "NFTABLES_LOG_LEVEL_AUDIT",
            value: 8,
        },
    ],
);

/// The `log-flags` flags.
pub static LOG_FLAGS: EnumDesc = EnumDesc::new(
    "log-flags",
    true,
    &[
        EnumEntry {
            name: "tcpseq",
            c_name: "NFTABLES_LOG_FLAGS_TCPSEQ",
            value: 1,
        },
        EnumEntry {
            name: "tcpopt",
            c_name: "NFTABLES_LOG_FLAGS_TCPOPT",
            value: 2,
        },
        EnumEntry {
            name: "ipopt",
            c_name: "NFTABLES_LOG_FLAGS_IPOPT",
            value: 4,
        },
        EnumEntry {
            name: "uid",
            c_name: "NFTABLES_LOG_FLAGS_UID",
            value: 8,
        },
        EnumEntry {
            name: "nflog",
            c_name: "NFTABLES_LOG_FLAGS_NFLOG",
            value: 16,
        },
        EnumEntry {
            name: "macdecode",
            c_name: "NFTABLES_LOG_FLAGS_MACDECODE",
            value: 32,
        },
    ],
);

/// The layout of `struct nfgenmsg`.
pub static NFGENMSG: StructDesc = StructDesc::new(
    "nfgenmsg",
    "struct nfgenmsg",
    4,
    &[
        Member::new("nfgen-family", 0, 1, AttrType::U8),
        Member::new("version", 1, 1, AttrType::U8),
        Member::new("res-id", 2, 2, AttrType::U16).big_endian(),
    ],
);

/// The `log-attrs` attribute set, indexed by type.
pub static LOG_ATTRS: AttrSet = AttrSet::new(
    "log-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("group", "NFTABLES_A_LOG_ATTRS_GROUP", 1, AttrType::U16).big_endian(),
        AttrDesc::new("prefix", "NFTABLES_A_LOG_ATTRS_PREFIX", 2, AttrType::String),
        AttrDesc::new("snaplen", "NFTABLES_A_LOG_ATTRS_SNAPLEN", 3, AttrType::U32).big_endian(),
        AttrDesc::new(
            "qthreshold",
            "NFTABLES_A_LOG_ATTRS_QTHRESHOLD",
            4,
            AttrType::U16,
        )
        .big_endian(),
        AttrDesc::new("level", "NFTABLES_A_LOG_ATTRS_LEVEL", 5, AttrType::U32)
            .enumeration(&LOG_LEVEL)
            .big_endian(),
        AttrDesc::new("flags", "NFTABLES_A_LOG_ATTRS_FLAGS", 6, AttrType::U32)
            .enumeration(&LOG_FLAGS)
            .big_endian(),
    ],
);

/// The `numgen-attrs` attribute set, indexed by type.
pub static NUMGEN_ATTRS: AttrSet = AttrSet::new(
    "numgen-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("dreg", "NFTABLES_A_NUMGEN_ATTRS_DREG", 1, AttrType::U32)
            .enumeration(&REGISTERS),
        AttrDesc::new(
            "modulus",
            "NFTABLES_A_NUMGEN_ATTRS_MODULUS",
            2,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new("type", "NFTABLES_A_NUMGEN_ATTRS_TYPE", 3, AttrType::U32)
            .enumeration(&NUMGEN_TYPES)
            .big_endian(),
        AttrDesc::new("offset", "NFTABLES_A_NUMGEN_ATTRS_OFFSET", 4, AttrType::U32).big_endian(),
    ],
);

/// The `range-attrs` attribute set, indexed by type.
pub static RANGE_ATTRS: AttrSet = AttrSet::new(
    "range-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("sreg", "NFTABLES_A_RANGE_ATTRS_SREG", 1, AttrType::U32)
            .enumeration(&REGISTERS)
            .big_endian(),
        AttrDesc::new("op", "NFTABLES_A_RANGE_ATTRS_OP", 2, AttrType::U32)
            .enumeration(&RANGE_OPS)
            .big_endian()
            .max(255),
        AttrDesc::new(
            "from-data",
            "NFTABLES_A_RANGE_ATTRS_FROM_DATA",
            3,
            AttrType::Nest,
        )
        .nested(&DATA_ATTRS),
        AttrDesc::new(
            "to-data",
            "NFTABLES_A_RANGE_ATTRS_TO_DATA",
            4,
            AttrType::Nest,
        )
        .nested(&DATA_ATTRS),
    ],
);

/// The `batch-attrs` attribute set, indexed by type.
pub static BATCH_ATTRS: AttrSet = AttrSet::new(
    "batch-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("genid", "NFTABLES_A_BATCH_ATTRS_GENID", 1, AttrType::U32).big_endian(),
    ],
);

/// The `table-attrs` attribute set, indexed by type.
pub static TABLE_ATTRS: AttrSet = AttrSet::new(
    "table-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("name", "NFTABLES_A_TABLE_ATTRS_NAME", 1, AttrType::String),
        AttrDesc::new("flags", "NFTABLES_A_TABLE_ATTRS_FLAGS", 2, AttrType::U32)
            .enumeration(&TABLE_FLAGS)
            .big_endian(),
        AttrDesc::new("use", "NFTABLES_A_TABLE_ATTRS_USE", 3, AttrType::U32).big_endian(),
        AttrDesc::new("handle", "NFTABLES_A_TABLE_ATTRS_HANDLE", 4, AttrType::U64).big_endian(),
        AttrDesc::new("pad", "NFTABLES_A_TABLE_ATTRS_PAD", 5, AttrType::Pad),
        AttrDesc::new(
            "userdata",
            "NFTABLES_A_TABLE_ATTRS_USERDATA",
            6,
            AttrType::Binary,
        ),
        AttrDesc::new("owner", "NFTABLES_A_TABLE_ATTRS_OWNER", 7, AttrType::U32).big_endian(),
    ],
);

/// The `chain-attrs` attribute set, indexed by type.
pub static CHAIN_ATTRS: AttrSet = AttrSet::new(
    "chain-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("table", "NFTABLES_A_CHAIN_ATTRS_TABLE", 1, AttrType::String),
        AttrDesc::new("handle", "NFTABLES_A_CHAIN_ATTRS_HANDLE", 2, AttrType::U64).big_endian(),
        AttrDesc::new("name", "NFTABLES_A_CHAIN_ATTRS_NAME", 3, AttrType::String),
        AttrDesc::new("hook", "NFTABLES_A_CHAIN_ATTRS_HOOK", 4, AttrType::Nest)
            .nested(&NFT_HOOK_ATTRS),
        AttrDesc::new("policy", "NFTABLES_A_CHAIN_ATTRS_POLICY", 5, AttrType::U32).big_endian(),
        AttrDesc::new("use", "NFTABLES_A_CHAIN_ATTRS_USE", 6, AttrType::U32).big_endian(),
        AttrDesc::new("type", "NFTABLES_A_CHAIN_ATTRS_TYPE", 7, AttrType::String),
        AttrDesc::new(
            "counters",
            "NFTABLES_A_CHAIN_ATTRS_COUNTERS",
            8,
            AttrType::Nest,
        )
        .nested(&NFT_COUNTER_ATTRS),
        AttrDesc::UNKNOWN,
        AttrDesc::new("flags", "NFTABLES_A_CHAIN_ATTRS_FLAGS", 10, AttrType::U32)
            .enumeration(&CHAIN_FLAGS)
            .big_endian(),
        AttrDesc::new("id", "NFTABLES_A_CHAIN_ATTRS_ID", 11, AttrType::U32).big_endian(),
        AttrDesc::new(
            "userdata",
            "NFTABLES_A_CHAIN_ATTRS_USERDATA",
            12,
            AttrType::Binary,
        ),
    ],
);

/// The `counter-attrs` attribute set, indexed by type.
pub static COUNTER_ATTRS: AttrSet = AttrSet::new(
    "counter-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("bytes", "NFTABLES_A_COUNTER_ATTRS_BYTES", 1, AttrType::U64).big_endian(),
        AttrDesc::new(
            "packets",
            "NFTABLES_A_COUNTER_ATTRS_PACKETS",
            2,
            AttrType::U64,
        )
        .big_endian(),
        AttrDesc::new("pad", "NFTABLES_A_COUNTER_ATTRS_PAD", 3, AttrType::Pad),
    ],
);

/// The `nft-hook-attrs` attribute set, indexed by type.
pub static NFT_HOOK_ATTRS: AttrSet = AttrSet::new(
    "nft-hook-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("num", "NFTABLES_A_NFT_HOOK_ATTRS_NUM", 1, AttrType::U32).big_endian(),
        AttrDesc::new(
            "priority",
            "NFTABLES_A_NFT_HOOK_ATTRS_PRIORITY",
            2,
            AttrType::S32,
        )
        .big_endian(),
        AttrDesc::new("dev", "NFTABLES_A_NFT_HOOK_ATTRS_DEV", 3, AttrType::String),
        AttrDesc::new("devs", "NFTABLES_A_NFT_HOOK_ATTRS_DEVS", 4, AttrType::Nest)
            .nested(&HOOK_DEV_ATTRS),
    ],
);

/// The `hook-dev-attrs` attribute set, indexed by type.
pub static HOOK_DEV_ATTRS: AttrSet = AttrSet::new(
    "hook-dev-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "name",
            "NFTABLES_A_HOOK_DEV_ATTRS_NAME",
            1,
            AttrType::String,
        )
        .multi(),
    ],
);

/// The `nft-counter-attrs` attribute set, indexed by type.
pub static NFT_COUNTER_ATTRS: AttrSet = AttrSet::new(
    "nft-counter-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "bytes",
            "NFTABLES_A_NFT_COUNTER_ATTRS_BYTES",
            1,
            AttrType::U64,
        )
        .big_endian(),
        AttrDesc::new(
            "packets",
            "NFTABLES_A_NFT_COUNTER_ATTRS_PACKETS",
            2,
            AttrType::U64,
        )
        .big_endian(),
    ],
);

/// The `rule-attrs` attribute set, indexed by type.
pub static RULE_ATTRS: AttrSet = AttrSet::new(
    "rule-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("table", "NFTABLES_A_RULE_ATTRS_TABLE", 1, AttrType::String),
        AttrDesc::new("chain", "NFTABLES_A_RULE_ATTRS_CHAIN", 2, AttrType::String),
        AttrDesc::new("handle", "NFTABLES_A_RULE_ATTRS_HANDLE", 3, AttrType::U64).big_endian(),
        AttrDesc::new(
            "expressions",
            "NFTABLES_A_RULE_ATTRS_EXPRESSIONS",
            4,
            AttrType::Nest,
        )
        .nested(&EXPR_LIST_ATTRS),
        AttrDesc::new("compat", "NFTABLES_A_RULE_ATTRS_COMPAT", 5, AttrType::Nest)
            .nested(&RULE_COMPAT_ATTRS),
        AttrDesc::new(
            "position",
            "NFTABLES_A_RULE_ATTRS_POSITION",
            6,
            AttrType::U64,
        )
        .big_endian(),
        AttrDesc::new(
            "userdata",
            "NFTABLES_A_RULE_ATTRS_USERDATA",
            7,
            AttrType::Binary,
        ),
        AttrDesc::UNKNOWN,
        AttrDesc::new("id", "NFTABLES_A_RULE_ATTRS_ID", 9, AttrType::U32),
        AttrDesc::new(
            "position-id",
            "NFTABLES_A_RULE_ATTRS_POSITION_ID",
            10,
            AttrType::U32,
        ),
        AttrDesc::new(
            "chain-id",
            "NFTABLES_A_RULE_ATTRS_CHAIN_ID",
            11,
            AttrType::U32,
        ),
    ],
);

/// The `expr-list-attrs` attribute set, indexed by type.
pub static EXPR_LIST_ATTRS: AttrSet = AttrSet::new(
    "expr-list-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("elem", "NFTABLES_A_EXPR_LIST_ATTRS_ELEM", 1, AttrType::Nest)
            .nested(&EXPR_ATTRS)
            .multi(),
    ],
);

/// The `expr-attrs` attribute set, indexed by type.
pub static EXPR_ATTRS: AttrSet = AttrSet::new(
    "expr-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("name", "NFTABLES_A_EXPR_ATTRS_NAME", 1, AttrType::String),
        AttrDesc::new(
            "data",
            "NFTABLES_A_EXPR_ATTRS_DATA",
            2,
            AttrType::SubMessage,
        )
        .sub_message(&EXPR_OPS),
    ],
);

/// The `rule-compat-attrs` attribute set, indexed by type.
pub static RULE_COMPAT_ATTRS: AttrSet = AttrSet::new(
    "rule-compat-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "proto",
            "NFTABLES_A_RULE_COMPAT_ATTRS_PROTO",
            1,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "flags",
            "NFTABLES_A_RULE_COMPAT_ATTRS_FLAGS",
            2,
            AttrType::U32,
        )
        .big_endian(),
    ],
);

/// The `set-attrs` attribute set, indexed by type.
pub static SET_ATTRS: AttrSet = AttrSet::new(
    "set-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("table", "NFTABLES_A_SET_ATTRS_TABLE", 1, AttrType::String),
        AttrDesc::new("name", "NFTABLES_A_SET_ATTRS_NAME", 2, AttrType::String),
        AttrDesc::new("flags", "NFTABLES_A_SET_ATTRS_FLAGS", 3, AttrType::U32)
            .enumeration(&SET_FLAGS)
            .big_endian(),
        AttrDesc::new(
            "key-type",
            "NFTABLES_A_SET_ATTRS_KEY_TYPE",
            4,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new("key-len", "NFTABLES_A_SET_ATTRS_KEY_LEN", 5, AttrType::U32).big_endian(),
        AttrDesc::new(
            "data-type",
            "NFTABLES_A_SET_ATTRS_DATA_TYPE",
            6,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "data-len",
            "NFTABLES_A_SET_ATTRS_DATA_LEN",
            7,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new("policy", "NFTABLES_A_SET_ATTRS_POLICY", 8, AttrType::U32).big_endian(),
        AttrDesc::new("desc", "NFTABLES_A_SET_ATTRS_DESC", 9, AttrType::Nest)
            .nested(&SET_DESC_ATTRS),
        AttrDesc::new("id", "NFTABLES_A_SET_ATTRS_ID", 10, AttrType::U32),
        AttrDesc::new("timeout", "NFTABLES_A_SET_ATTRS_TIMEOUT", 11, AttrType::U64),
        AttrDesc::new(
            "gc-interval",
            "NFTABLES_A_SET_ATTRS_GC_INTERVAL",
            12,
            AttrType::U32,
        ),
        AttrDesc::new(
            "userdata",
            "NFTABLES_A_SET_ATTRS_USERDATA",
            13,
            AttrType::Binary,
        ),
        AttrDesc::new("pad", "NFTABLES_A_SET_ATTRS_PAD", 14, AttrType::Pad),
        AttrDesc::new(
            "obj-type",
            "NFTABLES_A_SET_ATTRS_OBJ_TYPE",
            15,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new("handle", "NFTABLES_A_SET_ATTRS_HANDLE", 16, AttrType::U64).big_endian(),
        AttrDesc::new("expr", "NFTABLES_A_SET_ATTRS_EXPR", 17, AttrType::Nest)
            .nested(&EXPR_ATTRS)
            .multi(),
        AttrDesc::new(
            "expressions",
            "NFTABLES_A_SET_ATTRS_EXPRESSIONS",
            18,
            AttrType::Nest,
        )
        .nested(&SET_LIST_ATTRS),
        AttrDesc::new("type", "NFTABLES_A_SET_ATTRS_TYPE", 19, AttrType::String),
        AttrDesc::new("count", "NFTABLES_A_SET_ATTRS_COUNT", 20, AttrType::U32).big_endian(),
    ],
);

/// The `set-desc-attrs` attribute set, indexed by type.
pub static SET_DESC_ATTRS: AttrSet = AttrSet::new(
    "set-desc-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("size", "NFTABLES_A_SET_DESC_ATTRS_SIZE", 1, AttrType::U32).big_endian(),
        AttrDesc::new(
            "concat",
            "NFTABLES_A_SET_DESC_ATTRS_CONCAT",
            2,
            AttrType::Nest,
        )
        .nested(&SET_DESC_CONCAT_ATTRS)
        .multi(),
    ],
);

/// The `set-desc-concat-attrs` attribute set, indexed by type.
pub static SET_DESC_CONCAT_ATTRS: AttrSet = AttrSet::new(
    "set-desc-concat-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "elem",
            "NFTABLES_A_SET_DESC_CONCAT_ATTRS_ELEM",
            1,
            AttrType::Nest,
        )
        .nested(&SET_FIELD_ATTRS),
    ],
);

/// The `set-field-attrs` attribute set, indexed by type.
pub static SET_FIELD_ATTRS: AttrSet = AttrSet::new(
    "set-field-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("len", "NFTABLES_A_SET_FIELD_ATTRS_LEN", 1, AttrType::U32).big_endian(),
    ],
);

/// The `set-list-attrs` attribute set, indexed by type.
pub static SET_LIST_ATTRS: AttrSet = AttrSet::new(
    "set-list-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("elem", "NFTABLES_A_SET_LIST_ATTRS_ELEM", 1, AttrType::Nest)
            .nested(&EXPR_ATTRS)
            .multi(),
    ],
);

/// The `setelem-attrs` attribute set, indexed by type.
pub static SETELEM_ATTRS: AttrSet = AttrSet::new(
    "setelem-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("key", "NFTABLES_A_SETELEM_ATTRS_KEY", 1, AttrType::Nest).nested(&DATA_ATTRS),
        AttrDesc::new("data", "NFTABLES_A_SETELEM_ATTRS_DATA", 2, AttrType::Nest)
            .nested(&DATA_ATTRS),
        AttrDesc::new(
            "flags",
            "NFTABLES_A_SETELEM_ATTRS_FLAGS",
            3,
            AttrType::Binary,
        ),
        AttrDesc::new(
            "timeout",
            "NFTABLES_A_SETELEM_ATTRS_TIMEOUT",
            4,
            AttrType::U64,
        ),
        AttrDesc::new(
            "expiration",
            "NFTABLES_A_SETELEM_ATTRS_EXPIRATION",
            5,
            AttrType::U64,
        ),
        AttrDesc::new(
            "userdata",
            "NFTABLES_A_SETELEM_ATTRS_USERDATA",
            6,
            AttrType::Binary,
        ),
        AttrDesc::new("expr", "NFTABLES_A_SETELEM_ATTRS_EXPR", 7, AttrType::Nest)
            .nested(&EXPR_ATTRS),
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "objref",
            "NFTABLES_A_SETELEM_ATTRS_OBJREF",
            9,
            AttrType::String,
        ),
        AttrDesc::new(
            "key-end",
            "NFTABLES_A_SETELEM_ATTRS_KEY_END",
            10,
            AttrType::Nest,
        )
        .nested(&DATA_ATTRS),
        AttrDesc::new(
            "expressions",
            "NFTABLES_A_SETELEM_ATTRS_EXPRESSIONS",
            11,
            AttrType::Nest,
        )
        .nested(&EXPR_LIST_ATTRS),
    ],
);

/// The `setelem-list-elem-attrs` attribute set, indexed by type.
pub static SETELEM_LIST_ELEM_ATTRS: AttrSet = AttrSet::new(
    "setelem-list-elem-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "elem",
            "NFTABLES_A_SETELEM_LIST_ELEM_ATTRS_ELEM",
            1,
            AttrType::Nest,
        )
        .nested(&SETELEM_ATTRS)
        .multi(),
    ],
);

/// The `setelem-list-attrs` attribute set, indexed by type.
pub static SETELEM_LIST_ATTRS: AttrSet = AttrSet::new(
    "setelem-list-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "table",
            "NFTABLES_A_SETELEM_LIST_ATTRS_TABLE",
            1,
            AttrType::String,
        ),
        AttrDesc::new(
            "set",
            "NFTABLES_A_SETELEM_LIST_ATTRS_SET",
            2,
            AttrType::String,
        ),
        AttrDesc::new(
            "elements",
            "NFTABLES_A_SETELEM_LIST_ATTRS_ELEMENTS",
            3,
            AttrType::Nest,
        )
        .nested(&SETELEM_LIST_ELEM_ATTRS),
        AttrDesc::new(
            "set-id",
            "NFTABLES_A_SETELEM_LIST_ATTRS_SET_ID",
            4,
            AttrType::U32,
        ),
    ],
);

/// The `gen-attrs` attribute set, indexed by type.
pub static GEN_ATTRS: AttrSet = AttrSet::new(
    "gen-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("id", "NFTABLES_A_GEN_ATTRS_ID", 1, AttrType::U32).big_endian(),
        AttrDesc::new(
            "proc-pid",
            "NFTABLES_A_GEN_ATTRS_PROC_PID",
            2,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "proc-name",
            "NFTABLES_A_GEN_ATTRS_PROC_NAME",
            3,
            AttrType::String,
        ),
    ],
);

/// The `obj-attrs` attribute set, indexed by type.
pub static OBJ_ATTRS: AttrSet = AttrSet::new(
    "obj-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("table", "NFTABLES_A_OBJ_ATTRS_TABLE", 1, AttrType::String),
        AttrDesc::new("name", "NFTABLES_A_OBJ_ATTRS_NAME", 2, AttrType::String),
        AttrDesc::new("type", "NFTABLES_A_OBJ_ATTRS_TYPE", 3, AttrType::U32)
            .enumeration(&OBJECT_TYPE)
            .big_endian(),
        AttrDesc::new("data", "NFTABLES_A_OBJ_ATTRS_DATA", 4, AttrType::SubMessage)
            .sub_message(&OBJ_DATA),
        AttrDesc::new("use", "NFTABLES_A_OBJ_ATTRS_USE", 5, AttrType::U32).big_endian(),
        AttrDesc::new("handle", "NFTABLES_A_OBJ_ATTRS_HANDLE", 6, AttrType::U64).big_endian(),
        AttrDesc::new("pad", "NFTABLES_A_OBJ_ATTRS_PAD", 7, AttrType::Pad),
        AttrDesc::new(
            "userdata",
            "NFTABLES_A_OBJ_ATTRS_USERDATA",
            8,
            AttrType::Binary,
        ),
    ],
);

/// The `quota-attrs` attribute set, indexed by type.
pub static QUOTA_ATTRS: AttrSet = AttrSet::new(
    "quota-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("bytes", "NFTABLES_A_QUOTA_ATTRS_BYTES", 1, AttrType::U64).big_endian(),
        AttrDesc::new("flags", "NFTABLES_A_QUOTA_ATTRS_FLAGS", 2, AttrType::U32)
            .enumeration(&QUOTA_FLAGS)
            .big_endian(),
        AttrDesc::new("pad", "NFTABLES_A_QUOTA_ATTRS_PAD", 3, AttrType::Pad),
        AttrDesc::new(
            "consumed",
            "NFTABLES_A_QUOTA_ATTRS_CONSUMED",
            4,
            AttrType::U64,
        )
        .big_endian(),
    ],
);

/// The `flowtable-attrs` attribute set, indexed by type.
pub static FLOWTABLE_ATTRS: AttrSet = AttrSet::new(
    "flowtable-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "table",
            "NFTABLES_A_FLOWTABLE_ATTRS_TABLE",
            1,
            AttrType::String,
        ),
        AttrDesc::new(
            "name",
            "NFTABLES_A_FLOWTABLE_ATTRS_NAME",
            2,
            AttrType::String,
        ),
        AttrDesc::new("hook", "NFTABLES_A_FLOWTABLE_ATTRS_HOOK", 3, AttrType::Nest)
            .nested(&FLOWTABLE_HOOK_ATTRS),
        AttrDesc::new("use", "NFTABLES_A_FLOWTABLE_ATTRS_USE", 4, AttrType::U32).big_endian(),
        AttrDesc::new(
            "handle",
            "NFTABLES_A_FLOWTABLE_ATTRS_HANDLE",
            5,
            AttrType::U64,
        )
        .big_endian(),
        AttrDesc::new("pad", "NFTABLES_A_FLOWTABLE_ATTRS_PAD", 6, AttrType::Pad),
        AttrDesc::new(
            "flags",
            "NFTABLES_A_FLOWTABLE_ATTRS_FLAGS",
            7,
            AttrType::U32,
        )
        .big_endian(),
    ],
);

/// The `flowtable-hook-attrs` attribute set, indexed by type.
pub static FLOWTABLE_HOOK_ATTRS: AttrSet = AttrSet::new(
    "flowtable-hook-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "num",
            "NFTABLES_A_FLOWTABLE_HOOK_ATTRS_NUM",
            1,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "priority",
            "NFTABLES_A_FLOWTABLE_HOOK_ATTRS_PRIORITY",
            2,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "devs",
            "NFTABLES_A_FLOWTABLE_HOOK_ATTRS_DEVS",
            3,
            AttrType::Nest,
        )
        .nested(&HOOK_DEV_ATTRS),
    ],
);

/// The `expr-bitwise-attrs` attribute set, indexed by type.
pub static EXPR_BITWISE_ATTRS: AttrSet = AttrSet::new(
    "expr-bitwise-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "sreg",
            "NFTABLES_A_EXPR_BITWISE_ATTRS_SREG",
            1,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "dreg",
            "NFTABLES_A_EXPR_BITWISE_ATTRS_DREG",
            2,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new("len", "NFTABLES_A_EXPR_BITWISE_ATTRS_LEN", 3, AttrType::U32).big_endian(),
        AttrDesc::new(
            "mask",
            "NFTABLES_A_EXPR_BITWISE_ATTRS_MASK",
            4,
            AttrType::Nest,
        )
        .nested(&DATA_ATTRS),
        AttrDesc::new(
            "xor",
            "NFTABLES_A_EXPR_BITWISE_ATTRS_XOR",
            5,
            AttrType::Nest,
        )
        .nested(&DATA_ATTRS),
        AttrDesc::new("op", "NFTABLES_A_EXPR_BITWISE_ATTRS_OP", 6, AttrType::U32)
            .enumeration(&BITWISE_OPS)
            .big_endian()
            .max(255),
        AttrDesc::new(
            "data",
            "NFTABLES_A_EXPR_BITWISE_ATTRS_DATA",
            7,
            AttrType::Nest,
        )
        .nested(&DATA_ATTRS),
    ],
);

/// The `expr-cmp-attrs` attribute set, indexed by type.
pub static EXPR_CMP_ATTRS: AttrSet = AttrSet::new(
    "expr-cmp-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("sreg", "NFTABLES_A_EXPR_CMP_ATTRS_SREG", 1, AttrType::U32).big_endian(),
        AttrDesc::new("op", "NFTABLES_A_EXPR_CMP_ATTRS_OP", 2, AttrType::U32)
            .enumeration(&CMP_OPS)
            .big_endian(),
        AttrDesc::new("data", "NFTABLES_A_EXPR_CMP_ATTRS_DATA", 3, AttrType::Nest)
            .nested(&DATA_ATTRS),
    ],
);

/// The `data-attrs` attribute set, indexed by type.
pub static DATA_ATTRS: AttrSet = AttrSet::new(
    "data-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("value", "NFTABLES_A_DATA_ATTRS_VALUE", 1, AttrType::Binary),
        AttrDesc::new(
            "verdict",
            "NFTABLES_A_DATA_ATTRS_VERDICT",
            2,
            AttrType::Nest,
        )
        .nested(&VERDICT_ATTRS),
    ],
);

/// The `verdict-attrs` attribute set, indexed by type.
pub static VERDICT_ATTRS: AttrSet = AttrSet::new(
    "verdict-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("code", "NFTABLES_A_VERDICT_ATTRS_CODE", 1, AttrType::U32)
            .enumeration(&VERDICT_CODE)
            .big_endian(),
        AttrDesc::new(
            "chain",
            "NFTABLES_A_VERDICT_ATTRS_CHAIN",
            2,
            AttrType::String,
        ),
        AttrDesc::new(
            "chain-id",
            "NFTABLES_A_VERDICT_ATTRS_CHAIN_ID",
            3,
            AttrType::U32,
        )
        .big_endian(),
    ],
);

/// The `expr-counter-attrs` attribute set, indexed by type.
pub static EXPR_COUNTER_ATTRS: AttrSet = AttrSet::new(
    "expr-counter-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "bytes",
            "NFTABLES_A_EXPR_COUNTER_ATTRS_BYTES",
            1,
            AttrType::U64,
        )
        .big_endian(),
        AttrDesc::new(
            "packets",
            "NFTABLES_A_EXPR_COUNTER_ATTRS_PACKETS",
            2,
            AttrType::U64,
        )
        .big_endian(),
        AttrDesc::new("pad", "NFTABLES_A_EXPR_COUNTER_ATTRS_PAD", 3, AttrType::Pad),
    ],
);

/// The `expr-fib-attrs` attribute set, indexed by type.
pub static EXPR_FIB_ATTRS: AttrSet = AttrSet::new(
    "expr-fib-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("dreg", "NFTABLES_A_EXPR_FIB_ATTRS_DREG", 1, AttrType::U32).big_endian(),
        AttrDesc::new(
            "result",
            "NFTABLES_A_EXPR_FIB_ATTRS_RESULT",
            2,
            AttrType::U32,
        )
        .enumeration(&FIB_RESULT)
        .big_endian(),
        AttrDesc::new("flags", "NFTABLES_A_EXPR_FIB_ATTRS_FLAGS", 3, AttrType::U32)
            .enumeration(&FIB_FLAGS)
            .big_endian(),
    ],
);

/// The `expr-ct-attrs` attribute set, indexed by type.
pub static EXPR_CT_ATTRS: AttrSet = AttrSet::new(
    "expr-ct-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("dreg", "NFTABLES_A_EXPR_CT_ATTRS_DREG", 1, AttrType::U32).big_endian(),
        AttrDesc::new("key", "NFTABLES_A_EXPR_CT_ATTRS_KEY", 2, AttrType::U32)
            .enumeration(&CT_KEYS)
            .big_endian(),
        AttrDesc::new(
            "direction",
            "NFTABLES_A_EXPR_CT_ATTRS_DIRECTION",
            3,
            AttrType::U8,
        )
        .enumeration(&CT_DIRECTION),
        AttrDesc::new("sreg", "NFTABLES_A_EXPR_CT_ATTRS_SREG", 4, AttrType::U32).big_endian(),
    ],
);

/// The `expr-flow-offload-attrs` attribute set, indexed by type.
pub static EXPR_FLOW_OFFLOAD_ATTRS: AttrSet = AttrSet::new(
    "expr-flow-offload-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "name",
            "NFTABLES_A_EXPR_FLOW_OFFLOAD_ATTRS_NAME",
            1,
            AttrType::String,
        ),
    ],
);

/// The `expr-immediate-attrs` attribute set, indexed by type.
pub static EXPR_IMMEDIATE_ATTRS: AttrSet = AttrSet::new(
    "expr-immediate-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "dreg",
            "NFTABLES_A_EXPR_IMMEDIATE_ATTRS_DREG",
            1,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "data",
            "NFTABLES_A_EXPR_IMMEDIATE_ATTRS_DATA",
            2,
            AttrType::Nest,
        )
        .nested(&DATA_ATTRS),
    ],
);

/// The `expr-lookup-attrs` attribute set, indexed by type.
pub static EXPR_LOOKUP_ATTRS: AttrSet = AttrSet::new(
    "expr-lookup-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "set",
            "NFTABLES_A_EXPR_LOOKUP_ATTRS_SET",
            1,
            AttrType::String,
        ),
        AttrDesc::new(
            "sreg",
            "NFTABLES_A_EXPR_LOOKUP_ATTRS_SREG",
            2,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "dreg",
            "NFTABLES_A_EXPR_LOOKUP_ATTRS_DREG",
            3,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "set-id",
            "NFTABLES_A_EXPR_LOOKUP_ATTRS_SET_ID",
            4,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "flags",
            "NFTABLES_A_EXPR_LOOKUP_ATTRS_FLAGS",
            5,
            AttrType::U32,
        )
        .enumeration(&LOOKUP_FLAGS)
        .big_endian(),
    ],
);

/// The `expr-masq-attrs` attribute set, indexed by type.
pub static EXPR_MASQ_ATTRS: AttrSet = AttrSet::new(
    "expr-masq-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "flags",
            "NFTABLES_A_EXPR_MASQ_ATTRS_FLAGS",
            1,
            AttrType::U32,
        )
        .enumeration(&NAT_RANGE_FLAGS)
        .big_endian(),
        AttrDesc::new(
            "reg-proto-min",
            "NFTABLES_A_EXPR_MASQ_ATTRS_REG_PROTO_MIN",
            2,
            AttrType::U32,
        )
        .enumeration(&REGISTERS)
        .big_endian(),
        AttrDesc::new(
            "reg-proto-max",
            "NFTABLES_A_EXPR_MASQ_ATTRS_REG_PROTO_MAX",
            3,
            AttrType::U32,
        )
        .enumeration(&REGISTERS)
        .big_endian(),
    ],
);

/// The `expr-meta-attrs` attribute set, indexed by type.
pub static EXPR_META_ATTRS: AttrSet = AttrSet::new(
    "expr-meta-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("dreg", "NFTABLES_A_EXPR_META_ATTRS_DREG", 1, AttrType::U32).big_endian(),
        AttrDesc::new("key", "NFTABLES_A_EXPR_META_ATTRS_KEY", 2, AttrType::U32)
            .enumeration(&META_KEYS)
            .big_endian(),
        AttrDesc::new("sreg", "NFTABLES_A_EXPR_META_ATTRS_SREG", 3, AttrType::U32).big_endian(),
    ],
);

/// The `expr-nat-attrs` attribute set, indexed by type.
pub static EXPR_NAT_ATTRS: AttrSet = AttrSet::new(
    "expr-nat-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("type", "NFTABLES_A_EXPR_NAT_ATTRS_TYPE", 1, AttrType::U32).big_endian(),
        AttrDesc::new(
            "family",
            "NFTABLES_A_EXPR_NAT_ATTRS_FAMILY",
            2,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "reg-addr-min",
            "NFTABLES_A_EXPR_NAT_ATTRS_REG_ADDR_MIN",
            3,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "reg-addr-max",
            "NFTABLES_A_EXPR_NAT_ATTRS_REG_ADDR_MAX",
            4,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "reg-proto-min",
            "NFTABLES_A_EXPR_NAT_ATTRS_REG_PROTO_MIN",
            5,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "reg-proto-max",
            "NFTABLES_A_EXPR_NAT_ATTRS_REG_PROTO_MAX",
            6,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new("flags", "NFTABLES_A_EXPR_NAT_ATTRS_FLAGS", 7, AttrType::U32)
            .enumeration(&NAT_RANGE_FLAGS)
            .big_endian(),
    ],
);

/// The `expr-payload-attrs` attribute set, indexed by type.
pub static EXPR_PAYLOAD_ATTRS: AttrSet = AttrSet::new(
    "expr-payload-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "dreg",
            "NFTABLES_A_EXPR_PAYLOAD_ATTRS_DREG",
            1,
            AttrType::U32,
        )
        .enumeration(&REGISTERS)
        .big_endian(),
        AttrDesc::new(
            "base",
            "NFTABLES_A_EXPR_PAYLOAD_ATTRS_BASE",
            2,
            AttrType::U32,
        )
        .enumeration(&PAYLOAD_BASE)
        .big_endian(),
        AttrDesc::new(
            "offset",
            "NFTABLES_A_EXPR_PAYLOAD_ATTRS_OFFSET",
            3,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new("len", "NFTABLES_A_EXPR_PAYLOAD_ATTRS_LEN", 4, AttrType::U32).big_endian(),
        AttrDesc::new(
            "sreg",
            "NFTABLES_A_EXPR_PAYLOAD_ATTRS_SREG",
            5,
            AttrType::U32,
        )
        .enumeration(&REGISTERS)
        .big_endian(),
        AttrDesc::new(
            "csum-type",
            "NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_TYPE",
            6,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "csum-offset",
            "NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_OFFSET",
            7,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "csum-flags",
            "NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_FLAGS",
            8,
            AttrType::U32,
        )
        .big_endian(),
    ],
);

/// The `expr-reject-attrs` attribute set, indexed by type.
pub static EXPR_REJECT_ATTRS: AttrSet = AttrSet::new(
    "expr-reject-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "type",
            "NFTABLES_A_EXPR_REJECT_ATTRS_TYPE",
            1,
            AttrType::U32,
        )
        .enumeration(&REJECT_TYPES)
        .big_endian(),
        AttrDesc::new(
            "icmp-code",
            "NFTABLES_A_EXPR_REJECT_ATTRS_ICMP_CODE",
            2,
            AttrType::U8,
        ),
    ],
);

/// The `expr-target-attrs` attribute set, indexed by type.
pub static EXPR_TARGET_ATTRS: AttrSet = AttrSet::new(
    "expr-target-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "name",
            "NFTABLES_A_EXPR_TARGET_ATTRS_NAME",
            1,
            AttrType::String,
        ),
        AttrDesc::new("rev", "NFTABLES_A_EXPR_TARGET_ATTRS_REV", 2, AttrType::U32).big_endian(),
        AttrDesc::new(
            "info",
            "NFTABLES_A_EXPR_TARGET_ATTRS_INFO",
            3,
            AttrType::Binary,
        ),
    ],
);

/// The `expr-tproxy-attrs` attribute set, indexed by type.
pub static EXPR_TPROXY_ATTRS: AttrSet = AttrSet::new(
    "expr-tproxy-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "family",
            "NFTABLES_A_EXPR_TPROXY_ATTRS_FAMILY",
            1,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "reg-addr",
            "NFTABLES_A_EXPR_TPROXY_ATTRS_REG_ADDR",
            2,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "reg-port",
            "NFTABLES_A_EXPR_TPROXY_ATTRS_REG_PORT",
            3,
            AttrType::U32,
        )
        .big_endian(),
    ],
);

/// The `expr-objref-attrs` attribute set, indexed by type.
pub static EXPR_OBJREF_ATTRS: AttrSet = AttrSet::new(
    "expr-objref-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "imm-type",
            "NFTABLES_A_EXPR_OBJREF_ATTRS_IMM_TYPE",
            1,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "imm-name",
            "NFTABLES_A_EXPR_OBJREF_ATTRS_IMM_NAME",
            2,
            AttrType::String,
        ),
        AttrDesc::new(
            "set-sreg",
            "NFTABLES_A_EXPR_OBJREF_ATTRS_SET_SREG",
            3,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "set-name",
            "NFTABLES_A_EXPR_OBJREF_ATTRS_SET_NAME",
            4,
            AttrType::String,
        ),
        AttrDesc::new(
            "set-id",
            "NFTABLES_A_EXPR_OBJREF_ATTRS_SET_ID",
            5,
            AttrType::U32,
        )
        .big_endian(),
    ],
);

/// The `compat-target-attrs` attribute set, indexed by type.
pub static COMPAT_TARGET_ATTRS: AttrSet = AttrSet::new(
    "compat-target-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "name",
            "NFTABLES_A_COMPAT_TARGET_ATTRS_NAME",
            1,
            AttrType::String,
        )
        .max_len(32),
        AttrDesc::new(
            "rev",
            "NFTABLES_A_COMPAT_TARGET_ATTRS_REV",
            2,
            AttrType::U32,
        )
        .big_endian()
        .max(255),
        AttrDesc::new(
            "info",
            "NFTABLES_A_COMPAT_TARGET_ATTRS_INFO",
            3,
            AttrType::Binary,
        ),
    ],
);

/// The `compat-match-attrs` attribute set, indexed by type.
pub static COMPAT_MATCH_ATTRS: AttrSet = AttrSet::new(
    "compat-match-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "name",
            "NFTABLES_A_COMPAT_MATCH_ATTRS_NAME",
            1,
            AttrType::String,
        )
        .max_len(32),
        AttrDesc::new("rev", "NFTABLES_A_COMPAT_MATCH_ATTRS_REV", 2, AttrType::U32)
            .big_endian()
            .max(255),
        AttrDesc::new(
            "info",
            "NFTABLES_A_COMPAT_MATCH_ATTRS_INFO",
            3,
            AttrType::Binary,
        ),
    ],
);

/// The `compat-attrs` attribute set, indexed by type.
pub static COMPAT_ATTRS: AttrSet = AttrSet::new(
    "compat-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("name", "NFTABLES_A_COMPAT_ATTRS_NAME", 1, AttrType::String).max_len(32),
        AttrDesc::new("rev", "NFTABLES_A_COMPAT_ATTRS_REV", 2, AttrType::U32)
            .big_endian()
            .max(255),
        AttrDesc::new("type", "NFTABLES_A_COMPAT_ATTRS_TYPE", 3, AttrType::U32).big_endian(),
    ],
);

/// The `expr-ops` sub-message, by selector value.
pub static EXPR_OPS: SubMessage = SubMessage::new(
    "expr-ops",
    1,
    &[
        SubVariant {
            value: "bitwise",
            header: None,
            attrs: Some(&EXPR_BITWISE_ATTRS),
        },
        SubVariant {
            value: "cmp",
            header: None,
            attrs: Some(&EXPR_CMP_ATTRS),
        },
        SubVariant {
            value: "counter",
            header: None,
            attrs: Some(&EXPR_COUNTER_ATTRS),
        },
        SubVariant {
            value: "ct",
            header: None,
            attrs: Some(&EXPR_CT_ATTRS),
        },
        SubVariant {
            value: "fib",
            header: None,
            attrs: Some(&EXPR_FIB_ATTRS),
        },
        SubVariant {
            value: "flow_offload",
            header: None,
            attrs: Some(&EXPR_FLOW_OFFLOAD_ATTRS),
        },
        SubVariant {
            value: "immediate",
            header: None,
            attrs: Some(&EXPR_IMMEDIATE_ATTRS),
        },
        SubVariant {
            value: "log",
            header: None,
            attrs: Some(&LOG_ATTRS),
        },
        SubVariant {
            value: "lookup",
            header: None,
            attrs: Some(&EXPR_LOOKUP_ATTRS),
        },
        SubVariant {
            value: "match",
            header: None,
            attrs: Some(&COMPAT_MATCH_ATTRS),
        },
        SubVariant {
            value: "meta",
            header: None,
            attrs: Some(&EXPR_META_ATTRS),
        },
        SubVariant {
            value: "nat",
            header: None,
            attrs: Some(&EXPR_NAT_ATTRS),
        },
        SubVariant {
            value: "numgen",
            header: None,
            attrs: Some(&NUMGEN_ATTRS),
        },
        SubVariant {
            value: "objref",
            header: None,
            attrs: Some(&EXPR_OBJREF_ATTRS),
        },
        SubVariant {
            value: "payload",
            header: None,
            attrs: Some(&EXPR_PAYLOAD_ATTRS),
        },
        SubVariant {
            value: "quota",
            header: None,
            attrs: Some(&QUOTA_ATTRS),
        },
        SubVariant {
            value: "range",
            header: None,
            attrs: Some(&RANGE_ATTRS),
        },
        SubVariant {
            value: "reject",
            header: None,
            attrs: Some(&EXPR_REJECT_ATTRS),
        },
        SubVariant {
            value: "target",
            header: None,
            attrs: Some(&EXPR_TARGET_ATTRS),
        },
        SubVariant {
            value: "tproxy",
            header: None,
            attrs: Some(&EXPR_TPROXY_ATTRS),
        },
        SubVariant {
            value: "masq",
            header: None,
            attrs: Some(&EXPR_MASQ_ATTRS),
        },
    ],
);

/// The `obj-data` sub-message, by selector value.
pub static OBJ_DATA: SubMessage = SubMessage::new(
    "obj-data",
    3,
    &[
        SubVariant {
            value: "counter",
            header: None,
            attrs: Some(&COUNTER_ATTRS),
        },
        SubVariant {
            value: "quota",
            header: None,
            attrs: Some(&QUOTA_ATTRS),
        },
    ],
);
