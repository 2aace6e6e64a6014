//! Descriptor tables of `conntrack`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `nf-ct-tcp-flags` flags.
pub static NF_CT_TCP_FLAGS: EnumDesc = EnumDesc::new(
    "nf-ct-tcp-flags",
    true,
    &[
        EnumEntry {
            name: "window-scale",
            c_name: "CONNTRACK_NF_CT_TCP_FLAGS_WINDOW_SCALE",
            value: 1,
        },
        EnumEntry {
            name: "sack-perm",
            c_name: "CONNTRACK_NF_CT_TCP_FLAGS_SACK_PERM",
            value: 2,
        },
        EnumEntry {
            name: "close-init",
            c_name: "CONNTRACK_NF_CT_TCP_FLAGS_CLOSE_INIT",
            value: 4,
        },
        EnumEntry {
            name: "be-liberal",
            c_name: "CONNTRACK_NF_CT_TCP_FLAGS_BE_LIBERAL",
            value: 8,
        },
        EnumEntry {
            name: "unacked",
            c_name: "CONNTRACK_NF_CT_TCP_FLAGS_UNACKED",
            value: 16,
        },
        EnumEntry {
            name: "maxack",
            c_name: "CONNTRACK_NF_CT_TCP_FLAGS_MAXACK",
            value: 32,
        },
        EnumEntry {
            name: "challenge-ack",
            c_name: "CONNTRACK_NF_CT_TCP_FLAGS_CHALLENGE_ACK",
            value: 64,
        },
        EnumEntry {
            name: "simultaneous-open",
            c_name: "CONNTRACK_NF_CT_TCP_FLAGS_SIMULTANEOUS_OPEN",
            value: 128,
        },
    ],
);

/// The `nf-ct-tcp-state` enum.
pub static NF_CT_TCP_STATE: EnumDesc = EnumDesc::new(
    "nf-ct-tcp-state",
    false,
    &[
        EnumEntry {
            name: "none",
            c_name: "CONNTRACK_NF_CT_TCP_STATE_NONE",
            value: 0,
        },
        EnumEntry {
            name: "syn-sent",
            c_name: "CONNTRACK_NF_CT_TCP_STATE_SYN_SENT",
            value: 1,
        },
        EnumEntry {
            name: "syn-recv",
            c_name: "CONNTRACK_NF_CT_TCP_STATE_SYN_RECV",
            value: 2,
        },
        EnumEntry {
            name: "established",
            c_name: "CONNTRACK_NF_CT_TCP_STATE_ESTABLISHED",
            value: 3,
        },
        EnumEntry {
            name: "fin-wait",
            c_name: "CONNTRACK_NF_CT_TCP_STATE_FIN_WAIT",
            value: 4,
        },
        EnumEntry {
            name: "close-wait",
            c_name: "CONNTRACK_NF_CT_TCP_STATE_CLOSE_WAIT",
            value: 5,
        },
        EnumEntry {
            name: "last-ack",
            c_name: "CONNTRACK_NF_CT_TCP_STATE_LAST_ACK",
            value: 6,
        },
        EnumEntry {
            name: "time-wait",
            c_name: "CONNTRACK_NF_CT_TCP_STATE_TIME_WAIT",
            value: 7,
        },
        EnumEntry {
            name: "close",
            c_name: "CONNTRACK_NF_CT_TCP_STATE_CLOSE",
            value: 8,
        },
        EnumEntry {
            name: "syn-sent2",
            c_name: "CONNTRACK_NF_CT_TCP_STATE_SYN_SENT2",
            value: 9,
        },
        EnumEntry {
            name: "max",
            c_name: "CONNTRACK_NF_CT_TCP_STATE_MAX",
            value: 10,
        },
        EnumEntry {
            name: "ignore",
            c_name: "CONNTRACK_NF_CT_TCP_STATE_IGNORE",
            value: 11,
        },
        EnumEntry {
            name: "retrans",
            c_name: "CONNTRACK_NF_CT_TCP_STATE_RETRANS",
            value: 12,
        },
        EnumEntry {
            name: "unack",
            c_name: "CONNTRACK_NF_CT_TCP_STATE_UNACK",
            value: 13,
        },
        EnumEntry {
            name: "timeout-max",
            c_name: "CONNTRACK_NF_CT_TCP_STATE_TIMEOUT_MAX",
            value: 14,
        },
    ],
);

/// The `nf-ct-sctp-state` enum.
pub static NF_CT_SCTP_STATE: EnumDesc = EnumDesc::new(
    "nf-ct-sctp-state",
    false,
    &[
        EnumEntry {
            name: "none",
            c_name: "CONNTRACK_NF_CT_SCTP_STATE_NONE",
            value: 0,
        },
        EnumEntry {
            name: "cloned",
            c_name: "CONNTRACK_NF_CT_SCTP_STATE_CLONED",
            value: 1,
        },
        EnumEntry {
            name: "cookie-wait",
            c_name: "CONNTRACK_NF_CT_SCTP_STATE_COOKIE_WAIT",
            value: 2,
        },
        EnumEntry {
            name: "cookie-echoed",
            c_name: "CONNTRACK_NF_CT_SCTP_STATE_COOKIE_ECHOED",
            value: 3,
        },
        EnumEntry {
            name: "established",
            c_name: "CONNTRACK_NF_CT_SCTP_STATE_ESTABLISHED",
            value: 4,
        },
        EnumEntry {
            name: "shutdown-sent",
            c_name: "CONNTRACK_NF_CT_SCTP_STATE_SHUTDOWN_SENT",
            value: 5,
        },
        EnumEntry {
            name: "shutdown-received",
            c_name: "CONNTRACK_NF_CT_SCTP_STATE_SHUTDOWN_RECEIVED",
            value: 6,
        },
        EnumEntry {
            name: "shutdown-ack-sent",
            c_name: "CONNTRACK_NF_CT_SCTP_STATE_SHUTDOWN_ACK_SENT",
            value: 7,
        },
        EnumEntry {
            name: "shutdown-heartbeat-sent",
            c_name: "CONNTRACK_NF_CT_SCTP_STATE_SHUTDOWN_HEARTBEAT_SENT",
            value: 8,
        },
    ],
);

/// The `nf-ct-status` flags.
pub static NF_CT_STATUS: EnumDesc = EnumDesc::new(
    "nf-ct-status",
    true,
    &[
        EnumEntry {
            name: "expected",
            c_name: "CONNTRACK_NF_CT_STATUS_EXPECTED",
            value: 1,
        },
        EnumEntry {
            name: "seen-reply",
            c_name: "CONNTRACK_NF_CT_STATUS_SEEN_REPLY",
            value: 2,
        },
        EnumEntry {
            name: "assured",
            c_name: "CONNTRACK_NF_CT_STATUS_ASSURED",
            value: 4,
        },
        EnumEntry {
            name: "confirmed",
            c_name: "CONNTRACK_NF_CT_STATUS_CONFIRMED",
            value: 8,
        },
        EnumEntry {
            name: "src-nat",
            c_name: "CONNTRACK_NF_CT_STATUS_SRC_NAT",
            value: 16,
        },
        EnumEntry {
            name: "dst-nat",
            c_name: "CONNTRACK_NF_CT_STATUS_DST_NAT",
            value: 32,
        },
        EnumEntry {
            name: "seq-adj",
            c_name: "CONNTRACK_NF_CT_STATUS_SEQ_ADJ",
            value: 64,
        },
        EnumEntry {
            name: "src-nat-done",
            c_name: "CONNTRACK_NF_CT_STATUS_SRC_NAT_DONE",
            value: 128,
        },
        EnumEntry {
            name: "dst-nat-done",
            c_name: "CONNTRACK_NF_CT_STATUS_DST_NAT_DONE",
            value: 256,
        },
        EnumEntry {
            name: "dying",
            c_name: "CONNTRACK_NF_CT_STATUS_DYING",
            value: 512,
        },
        EnumEntry {
            name: "fixed-timeout",
            c_name: "CONNTRACK_NF_CT_STATUS_FIXED_TIMEOUT",
            value: 1024,
        },
        EnumEntry {
            name: "template",
            c_name: "CONNTRACK_NF_CT_STATUS_TEMPLATE",
            value: 2048,
        },
        EnumEntry {
            name: "nat-clash",
            c_name: "CONNTRACK_NF_CT_STATUS_NAT_CLASH",
            value: 4096,
        },
        EnumEntry {
            name: "helper",
            c_name: "CONNTRACK_NF_CT_STATUS_HELPER",
            value: 8192,
        },
        EnumEntry {
            name: "offload",
            c_name: "CONNTRACK_NF_CT_STATUS_OFFLOAD",
            value: 16384,
        },
        EnumEntry {
            name: "hw-offload",
            c_name: "CONNTRACK_NF_CT_STATUS_HW_OFFLOAD",
            value: 32768,
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

/// The layout of `struct nf_ct_tcp_flags_mask`.
pub static NF_CT_TCP_FLAGS_MASK: StructDesc = StructDesc::new(
    "nf-ct-tcp-flags-mask",
    "struct nf_ct_tcp_flags_mask",
    2,
    &[
        Member::new("flags", 0, 1, AttrType::U8).enumeration(&NF_CT_TCP_FLAGS),
        Member::new("mask", 1, 1, AttrType::U8).enumeration(&NF_CT_TCP_FLAGS),
    ],
);

/// The `counter-attrs` attribute set, indexed by type.
pub static COUNTER_ATTRS: AttrSet = AttrSet::new(
    "counter-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "packets",
            "CONNTRACK_A_COUNTER_ATTRS_PACKETS",
            1,
            AttrType::U64,
        )
        .big_endian(),
        AttrDesc::new("bytes", "CONNTRACK_A_COUNTER_ATTRS_BYTES", 2, AttrType::U64).big_endian(),
        AttrDesc::new(
            "packets-old",
            "CONNTRACK_A_COUNTER_ATTRS_PACKETS_OLD",
            3,
            AttrType::U32,
        ),
        AttrDesc::new(
            "bytes-old",
            "CONNTRACK_A_COUNTER_ATTRS_BYTES_OLD",
            4,
            AttrType::U32,
        ),
        AttrDesc::new("pad", "CONNTRACK_A_COUNTER_ATTRS_PAD", 5, AttrType::Pad),
    ],
);

/// The `tuple-proto-attrs` attribute set, indexed by type.
pub static TUPLE_PROTO_ATTRS: AttrSet = AttrSet::new(
    "tuple-proto-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "proto-num",
            "CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_NUM",
            1,
            AttrType::U8,
        ),
        AttrDesc::new(
            "proto-src-port",
            "CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_SRC_PORT",
            2,
            AttrType::U16,
        )
        .big_endian(),
        AttrDesc::new(
            "proto-dst-port",
            "CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_DST_PORT",
            3,
            AttrType::U16,
        )
        .big_endian(),
        AttrDesc::new(
            "proto-icmp-id",
            "CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMP_ID",
            4,
            AttrType::U16,
        )
        .big_endian(),
        AttrDesc::new(
            "proto-icmp-type",
            "CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMP_TYPE",
            5,
            AttrType::U8,
        ),
        AttrDesc::new(
            "proto-icmp-code",
            "CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMP_CODE",
            6,
            AttrType::U8,
        ),
        AttrDesc::new(
            "proto-icmpv6-id",
            "CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMPV6_ID",
            7,
            AttrType::U16,
        )
        .big_endian(),
        AttrDesc::new(
            "proto-icmpv6-type",
            "CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMPV6_TYPE",
            8,
            AttrType::U8,
        ),
        AttrDesc::new(
            "proto-icmpv6-code",
            "CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMPV6_CODE",
            9,
            AttrType::U8,
        ),
    ],
);

/// The `tuple-ip-attrs` attribute set, indexed by type.
pub static TUPLE_IP_ATTRS: AttrSet = AttrSet::new(
    "tuple-ip-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "ip-v4-src",
            "CONNTRACK_A_TUPLE_IP_ATTRS_IP_V4_SRC",
            1,
            AttrType::U32,
        )
        .display(Display::Ipv4)
        .big_endian(),
        AttrDesc::new(
            "ip-v4-dst",
            "CONNTRACK_A_TUPLE_IP_ATTRS_IP_V4_DST",
            2,
            AttrType::U32,
        )
        .display(Display::Ipv4)
        .big_endian(),
        AttrDesc::new(
            "ip-v6-src",
            "CONNTRACK_A_TUPLE_IP_ATTRS_IP_V6_SRC",
            3,
            AttrType::Binary,
        )
        .display(Display::Ipv6)
        .big_endian()
        .min_len(16),
        AttrDesc::new(
            "ip-v6-dst",
            "CONNTRACK_A_TUPLE_IP_ATTRS_IP_V6_DST",
            4,
            AttrType::Binary,
        )
        .display(Display::Ipv6)
        .big_endian()
        .min_len(16),
    ],
);

/// The `tuple-attrs` attribute set, indexed by type.
pub static TUPLE_ATTRS: AttrSet = AttrSet::new(
    "tuple-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "tuple-ip",
            "CONNTRACK_A_TUPLE_ATTRS_TUPLE_IP",
            1,
            AttrType::Nest,
        )
        .nested(&TUPLE_IP_ATTRS),
        AttrDesc::new(
            "tuple-proto",
            "CONNTRACK_A_TUPLE_ATTRS_TUPLE_PROTO",
            2,
            AttrType::Nest,
        )
        .nested(&TUPLE_PROTO_ATTRS),
        AttrDesc::new(
            "tuple-zone",
            "CONNTRACK_A_TUPLE_ATTRS_TUPLE_ZONE",
            3,
            AttrType::U16,
        )
        .big_endian(),
    ],
);

/// The `protoinfo-tcp-attrs` attribute set, indexed by type.
pub static PROTOINFO_TCP_ATTRS: AttrSet = AttrSet::new(
    "protoinfo-tcp-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "tcp-state",
            "CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_STATE",
            1,
            AttrType::U8,
        )
        .enumeration(&NF_CT_TCP_STATE),
        AttrDesc::new(
            "tcp-wscale-original",
            "CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_WSCALE_ORIGINAL",
            2,
            AttrType::U8,
        ),
        AttrDesc::new(
            "tcp-wscale-reply",
            "CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_WSCALE_REPLY",
            3,
            AttrType::U8,
        ),
        AttrDesc::new(
            "tcp-flags-original",
            "CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_FLAGS_ORIGINAL",
            4,
            AttrType::Binary,
        )
        .header(&NF_CT_TCP_FLAGS_MASK),
        AttrDesc::new(
            "tcp-flags-reply",
            "CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_FLAGS_REPLY",
            5,
            AttrType::Binary,
        )
        .header(&NF_CT_TCP_FLAGS_MASK),
    ],
);

/// The `protoinfo-dccp-attrs` attribute set, indexed by type.
pub static PROTOINFO_DCCP_ATTRS: AttrSet = AttrSet::new(
    "protoinfo-dccp-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "dccp-state",
            "CONNTRACK_A_PROTOINFO_DCCP_ATTRS_DCCP_STATE",
            1,
            AttrType::U8,
        ),
        AttrDesc::new(
            "dccp-role",
            "CONNTRACK_A_PROTOINFO_DCCP_ATTRS_DCCP_ROLE",
            2,
            AttrType::U8,
        ),
        AttrDesc::new(
            "dccp-handshake-seq",
            "CONNTRACK_A_PROTOINFO_DCCP_ATTRS_DCCP_HANDSHAKE_SEQ",
            3,
            AttrType::U64,
        )
        .big_endian(),
        AttrDesc::new(
            "dccp-pad",
            "CONNTRACK_A_PROTOINFO_DCCP_ATTRS_DCCP_PAD",
            4,
            AttrType::Pad,
        ),
    ],
);

/// The `protoinfo-sctp-attrs` attribute set, indexed by type.
pub static PROTOINFO_SCTP_ATTRS: AttrSet = AttrSet::new(
    "protoinfo-sctp-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "sctp-state",
            "CONNTRACK_A_PROTOINFO_SCTP_ATTRS_SCTP_STATE",
            1,
            AttrType::U8,
        )
        .enumeration(&NF_CT_SCTP_STATE),
        AttrDesc::new(
            "vtag-original",
            "CONNTRACK_A_PROTOINFO_SCTP_ATTRS_VTAG_ORIGINAL",
            2,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "vtag-reply",
            "CONNTRACK_A_PROTOINFO_SCTP_ATTRS_VTAG_REPLY",
            3,
            AttrType::U32,
        )
        .big_endian(),
    ],
);

/// The `protoinfo-attrs` attribute set, indexed by type.
pub static PROTOINFO_ATTRS: AttrSet = AttrSet::new(
    "protoinfo-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "protoinfo-tcp",
            "CONNTRACK_A_PROTOINFO_ATTRS_PROTOINFO_TCP",
            1,
            AttrType::Nest,
        )
        .nested(&PROTOINFO_TCP_ATTRS),
        AttrDesc::new(
            "protoinfo-dccp",
            "CONNTRACK_A_PROTOINFO_ATTRS_PROTOINFO_DCCP",
            2,
            AttrType::Nest,
        )
        .nested(&PROTOINFO_DCCP_ATTRS),
        AttrDesc::new(
            "protoinfo-sctp",
            "CONNTRACK_A_PROTOINFO_ATTRS_PROTOINFO_SCTP",
            3,
            AttrType::Nest,
        )
        .nested(&PROTOINFO_SCTP_ATTRS),
    ],
);

/// The `help-attrs` attribute set, indexed by type.
pub static HELP_ATTRS: AttrSet = AttrSet::new(
    "help-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "help-name",
            "CONNTRACK_A_HELP_ATTRS_HELP_NAME",
            1,
            AttrType::String,
        ),
    ],
);

/// The `nat-proto-attrs` attribute set, indexed by type.
pub static NAT_PROTO_ATTRS: AttrSet = AttrSet::new(
    "nat-proto-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "nat-port-min",
            "CONNTRACK_A_NAT_PROTO_ATTRS_NAT_PORT_MIN",
            1,
            AttrType::U16,
        )
        .big_endian(),
        AttrDesc::new(
            "nat-port-max",
            "CONNTRACK_A_NAT_PROTO_ATTRS_NAT_PORT_MAX",
            2,
            AttrType::U16,
        )
        .big_endian(),
    ],
);

/// The `nat-attrs` attribute set, indexed by type.
pub static NAT_ATTRS: AttrSet = AttrSet::new(
    "nat-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "nat-v4-minip",
            "CONNTRACK_A_NAT_ATTRS_NAT_V4_MINIP",
            1,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "nat-v4-maxip",
            "CONNTRACK_A_NAT_ATTRS_NAT_V4_MAXIP",
            2,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "nat-v6-minip",
            "CONNTRACK_A_NAT_ATTRS_NAT_V6_MINIP",
            3,
            AttrType::Binary,
        ),
        AttrDesc::new(
            "nat-v6-maxip",
            "CONNTRACK_A_NAT_ATTRS_NAT_V6_MAXIP",
            4,
            AttrType::Binary,
        ),
        AttrDesc::new(
            "nat-proto",
            "CONNTRACK_A_NAT_ATTRS_NAT_PROTO",
            5,
            AttrType::Nest,
        )
        .nested(&NAT_PROTO_ATTRS),
    ],
);

/// The `seqadj-attrs` attribute set, indexed by type.
pub static SEQADJ_ATTRS: AttrSet = AttrSet::new(
    "seqadj-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "correction-pos",
            "CONNTRACK_A_SEQADJ_ATTRS_CORRECTION_POS",
            1,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "offset-before",
            "CONNTRACK_A_SEQADJ_ATTRS_OFFSET_BEFORE",
            2,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "offset-after",
            "CONNTRACK_A_SEQADJ_ATTRS_OFFSET_AFTER",
            3,
            AttrType::U32,
        )
        .big_endian(),
    ],
);

/// The `secctx-attrs` attribute set, indexed by type.
pub static SECCTX_ATTRS: AttrSet = AttrSet::new(
    "secctx-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "secctx-name",
            "CONNTRACK_A_SECCTX_ATTRS_SECCTX_NAME",
            1,
            AttrType::String,
        ),
    ],
);

/// The `synproxy-attrs` attribute set, indexed by type.
pub static SYNPROXY_ATTRS: AttrSet = AttrSet::new(
    "synproxy-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("isn", "CONNTRACK_A_SYNPROXY_ATTRS_ISN", 1, AttrType::U32).big_endian(),
        AttrDesc::new("its", "CONNTRACK_A_SYNPROXY_ATTRS_ITS", 2, AttrType::U32).big_endian(),
        AttrDesc::new(
            "tsoff",
            "CONNTRACK_A_SYNPROXY_ATTRS_TSOFF",
            3,
            AttrType::U32,
        )
        .big_endian(),
    ],
);

/// The `filter-attrs` attribute set, indexed by type.
pub static FILTER_ATTRS: AttrSet = AttrSet::new(
    "filter-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "orig-flags",
            "CONNTRACK_A_FILTER_ATTRS_ORIG_FLAGS",
            1,
            AttrType::U32,
        ),
        AttrDesc::new(
            "reply-flags",
            "CONNTRACK_A_FILTER_ATTRS_REPLY_FLAGS",
            2,
            AttrType::U32,
        ),
    ],
);

/// The `conntrack-attrs` attribute set, indexed by type.
pub static CONNTRACK_ATTRS: AttrSet = AttrSet::new(
    "conntrack-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "tuple-orig",
            "CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_ORIG",
            1,
            AttrType::Nest,
        )
        .nested(&TUPLE_ATTRS),
        AttrDesc::new(
            "tuple-reply",
            "CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_REPLY",
            2,
            AttrType::Nest,
        )
        .nested(&TUPLE_ATTRS),
        AttrDesc::new(
            "status",
            "CONNTRACK_A_CONNTRACK_ATTRS_STATUS",
            3,
            AttrType::U32,
        )
        .enumeration(&NF_CT_STATUS)
        .big_endian(),
        AttrDesc::new(
            "protoinfo",
            "CONNTRACK_A_CONNTRACK_ATTRS_PROTOINFO",
            4,
            AttrType::Nest,
        )
        .nested(&PROTOINFO_ATTRS),
        AttrDesc::new(
            "help",
            "CONNTRACK_A_CONNTRACK_ATTRS_HELP",
            5,
            AttrType::Nest,
        )
        .nested(&HELP_ATTRS),
        AttrDesc::new(
            "nat-src",
            "CONNTRACK_A_CONNTRACK_ATTRS_NAT_SRC",
            6,
            AttrType::Nest,
        )
        .nested(&NAT_ATTRS),
        AttrDesc::new(
            "timeout",
            "CONNTRACK_A_CONNTRACK_ATTRS_TIMEOUT",
            7,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new("mark", "CONNTRACK_A_CONNTRACK_ATTRS_MARK", 8, AttrType::U32).big_endian(),
        AttrDesc::new(
            "counters-orig",
            "CONNTRACK_A_CONNTRACK_ATTRS_COUNTERS_ORIG",
            9,
            AttrType::Nest,
        )
        .nested(&COUNTER_ATTRS),
        AttrDesc::new(
            "counters-reply",
            "CONNTRACK_A_CONNTRACK_ATTRS_COUNTERS_REPLY",
            10,
            AttrType::Nest,
        )
        .nested(&COUNTER_ATTRS),
        AttrDesc::new("use", "CONNTRACK_A_CONNTRACK_ATTRS_USE", 11, AttrType::U32).big_endian(),
        AttrDesc::new("id", "CONNTRACK_A_CONNTRACK_ATTRS_ID", 12, AttrType::U32).big_endian(),
        AttrDesc::new(
            "nat-dst",
            "CONNTRACK_A_CONNTRACK_ATTRS_NAT_DST",
            13,
            AttrType::Nest,
        )
        .nested(&NAT_ATTRS),
        AttrDesc::new(
            "tuple-master",
            "CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_MASTER",
            14,
            AttrType::Nest,
        )
        .nested(&TUPLE_ATTRS),
        AttrDesc::new(
            "seq-adj-orig",
            "CONNTRACK_A_CONNTRACK_ATTRS_SEQ_ADJ_ORIG",
            15,
            AttrType::Nest,
        )
        .nested(&SEQADJ_ATTRS),
        AttrDesc::new(
            "seq-adj-reply",
            "CONNTRACK_A_CONNTRACK_ATTRS_SEQ_ADJ_REPLY",
            16,
            AttrType::Nest,
        )
        .nested(&SEQADJ_ATTRS),
        AttrDesc::new(
            "secmark",
            "CONNTRACK_A_CONNTRACK_ATTRS_SECMARK",
            17,
            AttrType::Binary,
        ),
        AttrDesc::new(
            "zone",
            "CONNTRACK_A_CONNTRACK_ATTRS_ZONE",
            18,
            AttrType::U16,
        )
        .big_endian(),
        AttrDesc::new(
            "secctx",
            "CONNTRACK_A_CONNTRACK_ATTRS_SECCTX",
            19,
            AttrType::Nest,
        )
        .nested(&SECCTX_ATTRS),
        AttrDesc::new(
            "timestamp",
            "CONNTRACK_A_CONNTRACK_ATTRS_TIMESTAMP",
            20,
            AttrType::U64,
        )
        .big_endian(),
        AttrDesc::new(
            "mark-mask",
            "CONNTRACK_A_CONNTRACK_ATTRS_MARK_MASK",
            21,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "labels",
            "CONNTRACK_A_CONNTRACK_ATTRS_LABELS",
            22,
            AttrType::Binary,
        ),
        AttrDesc::new(
            "labels-mask",
            "CONNTRACK_A_CONNTRACK_ATTRS_LABELS_MASK",
            23,
            AttrType::Binary,
        ),
        AttrDesc::new(
            "synproxy",
            "CONNTRACK_A_CONNTRACK_ATTRS_SYNPROXY",
            24,
            AttrType::Nest,
        )
        .nested(&SYNPROXY_ATTRS),
        AttrDesc::new(
            "filter",
            "CONNTRACK_A_CONNTRACK_ATTRS_FILTER",
            25,
            AttrType::Nest,
        )
        .nested(&FILTER_ATTRS),
        AttrDesc::new(
            "status-mask",
            "CONNTRACK_A_CONNTRACK_ATTRS_STATUS_MASK",
            26,
            AttrType::U32,
        )
        .enumeration(&NF_CT_STATUS)
        .big_endian(),
        AttrDesc::new(
            "timestamp-event",
            "CONNTRACK_A_CONNTRACK_ATTRS_TIMESTAMP_EVENT",
            27,
            AttrType::U64,
        )
        .big_endian(),
    ],
);

/// The `conntrack-stats-attrs` attribute set, indexed by type.
pub static CONNTRACK_STATS_ATTRS: AttrSet = AttrSet::new(
    "conntrack-stats-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "searched",
            "CONNTRACK_A_CONNTRACK_STATS_ATTRS_SEARCHED",
            1,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "found",
            "CONNTRACK_A_CONNTRACK_STATS_ATTRS_FOUND",
            2,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "new",
            "CONNTRACK_A_CONNTRACK_STATS_ATTRS_NEW",
            3,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "invalid",
            "CONNTRACK_A_CONNTRACK_STATS_ATTRS_INVALID",
            4,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "ignore",
            "CONNTRACK_A_CONNTRACK_STATS_ATTRS_IGNORE",
            5,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "delete",
            "CONNTRACK_A_CONNTRACK_STATS_ATTRS_DELETE",
            6,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "delete-list",
            "CONNTRACK_A_CONNTRACK_STATS_ATTRS_DELETE_LIST",
            7,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "insert",
            "CONNTRACK_A_CONNTRACK_STATS_ATTRS_INSERT",
            8,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "insert-failed",
            "CONNTRACK_A_CONNTRACK_STATS_ATTRS_INSERT_FAILED",
            9,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "drop",
            "CONNTRACK_A_CONNTRACK_STATS_ATTRS_DROP",
            10,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "early-drop",
            "CONNTRACK_A_CONNTRACK_STATS_ATTRS_EARLY_DROP",
            11,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "error",
            "CONNTRACK_A_CONNTRACK_STATS_ATTRS_ERROR",
            12,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "search-restart",
            "CONNTRACK_A_CONNTRACK_STATS_ATTRS_SEARCH_RESTART",
            13,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "clash-resolve",
            "CONNTRACK_A_CONNTRACK_STATS_ATTRS_CLASH_RESOLVE",
            14,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "chain-toolong",
            "CONNTRACK_A_CONNTRACK_STATS_ATTRS_CHAIN_TOOLONG",
            15,
            AttrType::U32,
        )
        .big_endian(),
    ],
);
