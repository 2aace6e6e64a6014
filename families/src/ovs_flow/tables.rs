//! Descriptor tables of `ovs_flow`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `ovs-frag-type` enum.
pub static OVS_FRAG_TYPE: EnumDesc = EnumDesc::new(
    "ovs-frag-type",
    false,
    &[
        EnumEntry {
            name: "none",
            c_name: "OVS_FRAG_TYPE_NONE",
            value: 0,
        },
        EnumEntry {
            name: "first",
            c_name: "OVS_FRAG_TYPE_FIRST",
            value: 1,
        },
        EnumEntry {
            name: "later",
            c_name: "OVS_FRAG_TYPE_LATER",
            value: 2,
        },
        EnumEntry {
            name: "any",
            c_name: "OVS_FRAG_TYPE_ANY",
            value: 255,
        },
    ],
);

/// The `ovs-ufid-flags` flags.
pub static OVS_UFID_FLAGS: EnumDesc = EnumDesc::new(
    "ovs-ufid-flags",
    true,
    &[
        EnumEntry {
            name: "omit-key",
            c_name: "OVS_UFID_F_OMIT_KEY",
            value: 1,
        },
        EnumEntry {
            name: "omit-mask",
            c_name: "OVS_UFID_F_OMIT_MASK",
            value: 2,
        },
        EnumEntry {
            name: "omit-actions",
            c_name: "OVS_UFID_F_OMIT_ACTIONS",
            value: 4,
        },
    ],
);

/// The `ovs-hash-alg` enum.
pub static OVS_HASH_ALG: EnumDesc = EnumDesc::new(
    "ovs-hash-alg",
    false,
    &[EnumEntry {
        name: "ovs-hash-alg-l4",
        c_name: "OVS_FLOW_OVS_HASH_ALG_OVS_HASH_ALG_L4",
        value: 0,
    }],
);

/// The `ct-state-flags` flags.
pub static CT_STATE_FLAGS: EnumDesc = EnumDesc::new(
    "ct-state-flags",
    true,
    &[
        EnumEntry {
            name: "new",
            c_name: "OVS_CS_F_NEW",
            value: 1,
        },
        EnumEntry {
            name: "established",
            c_name: "OVS_CS_F_ESTABLISHED",
            value: 2,
        },
        EnumEntry {
            name: "related",
            c_name: "OVS_CS_F_RELATED",
            value: 4,
        },
        EnumEntry {
            name: "reply-dir",
            c_name: "OVS_CS_F_REPLY_DIR",
            value: 8,
        },
        EnumEntry {
            name: "invalid",
            c_name: "OVS_CS_F_INVALID",
            value: 16,
        },
        EnumEntry {
            name: "tracked",
            c_name: "OVS_CS_F_TRACKED",
            value: 32,
        },
        EnumEntry {
            name: "src-nat",
            c_name: "OVS_CS_F_SRC_NAT",
            value: 64,
        },
        EnumEntry {
            name: "dst-nat",
            c_name: "OVS_CS_F_DST_NAT",
            value: 128,
        },
    ],
);

/// The layout of `struct ovs_header`.
pub static OVS_HEADER: StructDesc = StructDesc::new(
    "ovs-header",
    "struct ovs_header",
    4,
    &[Member::new("dp-ifindex", 0, 4, AttrType::U32)],
);

/// The layout of `struct ovs_flow_stats`.
pub static OVS_FLOW_STATS: StructDesc = StructDesc::new(
    "ovs-flow-stats",
    "struct ovs_flow_stats",
    16,
    &[
        Member::new("n-packets", 0, 8, AttrType::U64),
        Member::new("n-bytes", 8, 8, AttrType::U64),
    ],
);

/// The layout of `struct ovs_key_ethernet`.
pub static OVS_KEY_ETHERNET: StructDesc = StructDesc::new(
    "ovs-key-ethernet",
    "struct ovs_key_ethernet",
    12,
    &[
        Member::new("eth-src", 0, 6, AttrType::Binary).display(Display::Mac),
        Member::new("eth-dst", 6, 6, AttrType::Binary).display(Display::Mac),
    ],
);

/// The layout of `struct ovs_key_mpls`.
pub static OVS_KEY_MPLS: StructDesc = StructDesc::new(
    "ovs-key-mpls",
    "struct ovs_key_mpls",
    4,
    &[Member::new("mpls-lse", 0, 4, AttrType::U32).big_endian()],
);

/// The layout of `struct ovs_key_ipv4`.
pub static OVS_KEY_IPV4: StructDesc = StructDesc::new(
    "ovs-key-ipv4",
    "struct ovs_key_ipv4",
    12,
    &[
        Member::new("ipv4-src", 0, 4, AttrType::U32)
            .big_endian()
            .display(Display::Ipv4),
        Member::new("ipv4-dst", 4, 4, AttrType::U32)
            .big_endian()
            .display(Display::Ipv4),
        Member::new("ipv4-proto", 8, 1, AttrType::U8),
        Member::new("ipv4-tos", 9, 1, AttrType::U8),
        Member::new("ipv4-ttl", 10, 1, AttrType::U8),
        Member::new("ipv4-frag", 11, 1, AttrType::U8).enumeration(&OVS_FRAG_TYPE),
    ],
);

/// The layout of `struct ovs_key_ipv6`.
pub static OVS_KEY_IPV6: StructDesc = StructDesc::new(
    "ovs-key-ipv6",
    "struct ovs_key_ipv6",
    40,
    &[
        Member::new("ipv6-src", 0, 16, AttrType::Binary)
            .big_endian()
            .display(Display::Ipv6),
        Member::new("ipv6-dst", 16, 16, AttrType::Binary)
            .big_endian()
            .display(Display::Ipv6),
        Member::new("ipv6-label", 32, 4, AttrType::U32).big_endian(),
        Member::new("ipv6-proto", 36, 1, AttrType::U8),
        Member::new("ipv6-tclass", 37, 1, AttrType::U8),
        Member::new("ipv6-hlimit", 38, 1, AttrType::U8),
        Member::new("ipv6-frag", 39, 1, AttrType::U8),
    ],
);

/// The layout of `struct ovs_key_ipv6_exthdrs`.
pub static OVS_KEY_IPV6_EXTHDRS: StructDesc = StructDesc::new(
    "ovs-key-ipv6-exthdrs",
    "struct ovs_key_ipv6_exthdrs",
    2,
    &[Member::new("hdrs", 0, 2, AttrType::U16)],
);

/// The layout of `struct ovs_key_tcp`.
pub static OVS_KEY_TCP: StructDesc = StructDesc::new(
    "ovs-key-tcp",
    "struct ovs_key_tcp",
    4,
    &[
        Member::new("tcp-src", 0, 2, AttrType::U16).big_endian(),
        Member::new("tcp-dst", 2, 2, AttrType::U16).big_endian(),
    ],
);

/// The layout of `struct ovs_key_udp`.
pub static OVS_KEY_UDP: StructDesc = StructDesc::new(
    "ovs-key-udp",
    "struct ovs_key_udp",
    4,
    &[
        Member::new("udp-src", 0, 2, AttrType::U16).big_endian(),
        Member::new("udp-dst", 2, 2, AttrType::U16).big_endian(),
    ],
);

/// The layout of `struct ovs_key_sctp`.
pub static OVS_KEY_SCTP: StructDesc = StructDesc::new(
    "ovs-key-sctp",
    "struct ovs_key_sctp",
    4,
    &[
        Member::new("sctp-src", 0, 2, AttrType::U16).big_endian(),
        Member::new("sctp-dst", 2, 2, AttrType::U16).big_endian(),
    ],
);

/// The layout of `struct ovs_key_icmp`.
pub static OVS_KEY_ICMP: StructDesc = StructDesc::new(
    "ovs-key-icmp",
    "struct ovs_key_icmp",
    2,
    &[
        Member::new("icmp-type", 0, 1, AttrType::U8),
        Member::new("icmp-code", 1, 1, AttrType::U8),
    ],
);

/// The layout of `struct ovs_key_arp`.
pub static OVS_KEY_ARP: StructDesc = StructDesc::new(
    "ovs-key-arp",
    "struct ovs_key_arp",
    24,
    &[
        Member::new("arp-sip", 0, 4, AttrType::U32).big_endian(),
        Member::new("arp-tip", 4, 4, AttrType::U32).big_endian(),
        Member::new("arp-op", 8, 2, AttrType::U16).big_endian(),
        Member::new("arp-sha", 10, 6, AttrType::Binary).display(Display::Mac),
        Member::new("arp-tha", 16, 6, AttrType::Binary).display(Display::Mac),
    ],
);

/// The layout of `struct ovs_key_nd`.
pub static OVS_KEY_ND: StructDesc = StructDesc::new(
    "ovs-key-nd",
    "struct ovs_key_nd",
    28,
    &[
        Member::new("nd-target", 0, 16, AttrType::Binary).big_endian(),
        Member::new("nd-sll", 16, 6, AttrType::Binary).display(Display::Mac),
        Member::new("nd-tll", 22, 6, AttrType::Binary).display(Display::Mac),
    ],
);

/// The layout of `struct ovs_key_ct_tuple_ipv4`.
pub static OVS_KEY_CT_TUPLE_IPV4: StructDesc = StructDesc::new(
    "ovs-key-ct-tuple-ipv4",
    "struct ovs_key_ct_tuple_ipv4",
    16,
    &[
        Member::new("ipv4-src", 0, 4, AttrType::U32).big_endian(),
        Member::new("ipv4-dst", 4, 4, AttrType::U32).big_endian(),
        Member::new("src-port", 8, 2, AttrType::U16).big_endian(),
        Member::new("dst-port", 10, 2, AttrType::U16).big_endian(),
        Member::new("ipv4-proto", 12, 1, AttrType::U8),
    ],
);

/// The layout of `struct ovs_action_push_vlan`.
pub static OVS_ACTION_PUSH_VLAN: StructDesc = StructDesc::new(
    "ovs-action-push-vlan",
    "struct ovs_action_push_vlan",
    4,
    &[
        Member::new("vlan-tpid", 0, 2, AttrType::U16).big_endian(),
        Member::new("vlan-tci", 2, 2, AttrType::U16).big_endian(),
    ],
);

/// The layout of `struct ovs_action_hash`.
pub static OVS_ACTION_HASH: StructDesc = StructDesc::new(
    "ovs-action-hash",
    "struct ovs_action_hash",
    8,
    &[
        Member::new("hash-alg", 0, 4, AttrType::U32),
        Member::new("hash-basis", 4, 4, AttrType::U32),
    ],
);

/// The layout of `struct ovs_action_push_mpls`.
pub static OVS_ACTION_PUSH_MPLS: StructDesc = StructDesc::new(
    "ovs-action-push-mpls",
    "struct ovs_action_push_mpls",
    8,
    &[
        Member::new("mpls-lse", 0, 4, AttrType::U32).big_endian(),
        Member::new("mpls-ethertype", 4, 4, AttrType::U32).big_endian(),
    ],
);

/// The layout of `struct ovs_action_add_mpls`.
pub static OVS_ACTION_ADD_MPLS: StructDesc = StructDesc::new(
    "ovs-action-add-mpls",
    "struct ovs_action_add_mpls",
    12,
    &[
        Member::new("mpls-lse", 0, 4, AttrType::U32).big_endian(),
        Member::new("mpls-ethertype", 4, 4, AttrType::U32).big_endian(),
        Member::new("tun-flags", 8, 2, AttrType::U16),
    ],
);

/// The `flow-attrs` attribute set, indexed by type.
pub static FLOW_ATTRS: AttrSet = AttrSet::new(
    "flow-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("key", "OVS_FLOW_ATTR_KEY", 1, AttrType::Nest).nested(&KEY_ATTRS),
        AttrDesc::new("actions", "OVS_FLOW_ATTR_ACTIONS", 2, AttrType::Nest).nested(&ACTION_ATTRS),
        AttrDesc::new("stats", "OVS_FLOW_ATTR_STATS", 3, AttrType::Binary).header(&OVS_FLOW_STATS),
        AttrDesc::new("tcp-flags", "OVS_FLOW_ATTR_TCP_FLAGS", 4, AttrType::U8),
        AttrDesc::new("used", "OVS_FLOW_ATTR_USED", 5, AttrType::U64),
        AttrDesc::new("clear", "OVS_FLOW_ATTR_CLEAR", 6, AttrType::Flag),
        AttrDesc::new("mask", "OVS_FLOW_ATTR_MASK", 7, AttrType::Nest).nested(&KEY_ATTRS),
        AttrDesc::new("probe", "OVS_FLOW_ATTR_PROBE", 8, AttrType::Binary),
        AttrDesc::new("ufid", "OVS_FLOW_ATTR_UFID", 9, AttrType::Binary).display(Display::Uuid),
        AttrDesc::new("ufid-flags", "OVS_FLOW_ATTR_UFID_FLAGS", 10, AttrType::U32)
            .enumeration(&OVS_UFID_FLAGS),
        AttrDesc::new("pad", "OVS_FLOW_ATTR_PAD", 11, AttrType::Binary),
    ],
);

/// The `key-attrs` attribute set, indexed by type.
pub static KEY_ATTRS: AttrSet = AttrSet::new(
    "key-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("encap", "OVS_KEY_ATTR_ENCAP", 1, AttrType::Nest).nested(&KEY_ATTRS),
        AttrDesc::new("priority", "OVS_KEY_ATTR_PRIORITY", 2, AttrType::U32),
        AttrDesc::new("in-port", "OVS_KEY_ATTR_IN_PORT", 3, AttrType::U32),
        AttrDesc::new("ethernet", "OVS_KEY_ATTR_ETHERNET", 4, AttrType::Binary)
            .header(&OVS_KEY_ETHERNET),
        AttrDesc::new("vlan", "OVS_KEY_ATTR_VLAN", 5, AttrType::U16).big_endian(),
        AttrDesc::new("ethertype", "OVS_KEY_ATTR_ETHERTYPE", 6, AttrType::U16).big_endian(),
        AttrDesc::new("ipv4", "OVS_KEY_ATTR_IPV4", 7, AttrType::Binary).header(&OVS_KEY_IPV4),
        AttrDesc::new("ipv6", "OVS_KEY_ATTR_IPV6", 8, AttrType::Binary).header(&OVS_KEY_IPV6),
        AttrDesc::new("tcp", "OVS_KEY_ATTR_TCP", 9, AttrType::Binary).header(&OVS_KEY_TCP),
        AttrDesc::new("udp", "OVS_KEY_ATTR_UDP", 10, AttrType::Binary).header(&OVS_KEY_UDP),
        AttrDesc::new("icmp", "OVS_KEY_ATTR_ICMP", 11, AttrType::Binary).header(&OVS_KEY_ICMP),
        AttrDesc::new("icmpv6", "OVS_KEY_ATTR_ICMPV6", 12, AttrType::Binary).header(&OVS_KEY_ICMP),
        AttrDesc::new("arp", "OVS_KEY_ATTR_ARP", 13, AttrType::Binary).header(&OVS_KEY_ARP),
        AttrDesc::new("nd", "OVS_KEY_ATTR_ND", 14, AttrType::Binary).header(&OVS_KEY_ND),
        AttrDesc::new("skb-mark", "OVS_KEY_ATTR_SKB_MARK", 15, AttrType::U32),
        AttrDesc::new("tunnel", "OVS_KEY_ATTR_TUNNEL", 16, AttrType::Nest)
            .nested(&TUNNEL_KEY_ATTRS),
        AttrDesc::new("sctp", "OVS_KEY_ATTR_SCTP", 17, AttrType::Binary).header(&OVS_KEY_SCTP),
        AttrDesc::new("tcp-flags", "OVS_KEY_ATTR_TCP_FLAGS", 18, AttrType::U16).big_endian(),
        AttrDesc::new("dp-hash", "OVS_KEY_ATTR_DP_HASH", 19, AttrType::U32),
        AttrDesc::new("recirc-id", "OVS_KEY_ATTR_RECIRC_ID", 20, AttrType::U32),
        AttrDesc::new("mpls", "OVS_KEY_ATTR_MPLS", 21, AttrType::Binary).header(&OVS_KEY_MPLS),
        AttrDesc::new("ct-state", "OVS_KEY_ATTR_CT_STATE", 22, AttrType::U32)
            .enumeration(&CT_STATE_FLAGS),
        AttrDesc::new("ct-zone", "OVS_KEY_ATTR_CT_ZONE", 23, AttrType::U16),
        AttrDesc::new("ct-mark", "OVS_KEY_ATTR_CT_MARK", 24, AttrType::U32),
        AttrDesc::new("ct-labels", "OVS_KEY_ATTR_CT_LABELS", 25, AttrType::Binary)
            .display(Display::Hex),
        AttrDesc::new(
            "ct-orig-tuple-ipv4",
            "OVS_KEY_ATTR_CT_ORIG_TUPLE_IPV4",
            26,
            AttrType::Binary,
        )
        .header(&OVS_KEY_CT_TUPLE_IPV4),
        AttrDesc::new(
            "ct-orig-tuple-ipv6",
            "OVS_KEY_ATTR_CT_ORIG_TUPLE_IPV6",
            27,
            AttrType::Binary,
        ),
        AttrDesc::new("nsh", "OVS_KEY_ATTR_NSH", 28, AttrType::Nest).nested(&OVS_NSH_KEY_ATTRS),
        AttrDesc::new("packet-type", "OVS_KEY_ATTR_PACKET_TYPE", 29, AttrType::U32).big_endian(),
        AttrDesc::new(
            "nd-extensions",
            "OVS_KEY_ATTR_ND_EXTENSIONS",
            30,
            AttrType::Binary,
        ),
        AttrDesc::new(
            "tunnel-info",
            "OVS_KEY_ATTR_TUNNEL_INFO",
            31,
            AttrType::Binary,
        ),
        AttrDesc::new(
            "ipv6-exthdrs",
            "OVS_KEY_ATTR_IPV6_EXTHDRS",
            32,
            AttrType::Binary,
        )
        .header(&OVS_KEY_IPV6_EXTHDRS),
    ],
);

/// The `action-attrs` attribute set, indexed by type.
pub static ACTION_ATTRS: AttrSet = AttrSet::new(
    "action-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("output", "OVS_ACTION_ATTR_OUTPUT", 1, AttrType::U32),
        AttrDesc::new("userspace", "OVS_ACTION_ATTR_USERSPACE", 2, AttrType::Nest)
            .nested(&USERSPACE_ATTRS),
        AttrDesc::new("set", "OVS_ACTION_ATTR_SET", 3, AttrType::Nest).nested(&KEY_ATTRS),
        AttrDesc::new(
            "push-vlan",
            "OVS_ACTION_ATTR_PUSH_VLAN",
            4,
            AttrType::Binary,
        )
        .header(&OVS_ACTION_PUSH_VLAN),
        AttrDesc::new("pop-vlan", "OVS_ACTION_ATTR_POP_VLAN", 5, AttrType::Flag),
        AttrDesc::new("sample", "OVS_ACTION_ATTR_SAMPLE", 6, AttrType::Nest).nested(&SAMPLE_ATTRS),
        AttrDesc::new("recirc", "OVS_ACTION_ATTR_RECIRC", 7, AttrType::U32),
        AttrDesc::new("hash", "OVS_ACTION_ATTR_HASH", 8, AttrType::Binary).header(&OVS_ACTION_HASH),
        AttrDesc::new(
            "push-mpls",
            "OVS_ACTION_ATTR_PUSH_MPLS",
            9,
            AttrType::Binary,
        )
        .header(&OVS_ACTION_PUSH_MPLS),
        AttrDesc::new("pop-mpls", "OVS_ACTION_ATTR_POP_MPLS", 10, AttrType::U16).big_endian(),
        AttrDesc::new(
            "set-masked",
            "OVS_ACTION_ATTR_SET_MASKED",
            11,
            AttrType::Nest,
        )
        .nested(&KEY_ATTRS),
        AttrDesc::new("ct", "OVS_ACTION_ATTR_CT", 12, AttrType::Nest).nested(&CT_ATTRS),
        AttrDesc::new("trunc", "OVS_ACTION_ATTR_TRUNC", 13, AttrType::U32),
        AttrDesc::new("push-eth", "OVS_ACTION_ATTR_PUSH_ETH", 14, AttrType::Binary),
        AttrDesc::new("pop-eth", "OVS_ACTION_ATTR_POP_ETH", 15, AttrType::Flag),
        AttrDesc::new("ct-clear", "OVS_ACTION_ATTR_CT_CLEAR", 16, AttrType::Flag),
        AttrDesc::new("push-nsh", "OVS_ACTION_ATTR_PUSH_NSH", 17, AttrType::Nest)
            .nested(&OVS_NSH_KEY_ATTRS),
        AttrDesc::new("pop-nsh", "OVS_ACTION_ATTR_POP_NSH", 18, AttrType::Flag),
        AttrDesc::new("meter", "OVS_ACTION_ATTR_METER", 19, AttrType::U32),
        AttrDesc::new("clone", "OVS_ACTION_ATTR_CLONE", 20, AttrType::Nest).nested(&ACTION_ATTRS),
        AttrDesc::new(
            "check-pkt-len",
            "OVS_ACTION_ATTR_CHECK_PKT_LEN",
            21,
            AttrType::Nest,
        )
        .nested(&CHECK_PKT_LEN_ATTRS),
        AttrDesc::new("add-mpls", "OVS_ACTION_ATTR_ADD_MPLS", 22, AttrType::Binary)
            .header(&OVS_ACTION_ADD_MPLS),
        AttrDesc::new("dec-ttl", "OVS_ACTION_ATTR_DEC_TTL", 23, AttrType::Nest)
            .nested(&DEC_TTL_ATTRS),
        AttrDesc::new("psample", "OVS_ACTION_ATTR_PSAMPLE", 24, AttrType::Nest)
            .nested(&PSAMPLE_ATTRS),
    ],
);

/// The `tunnel-key-attrs` attribute set, indexed by type.
pub static TUNNEL_KEY_ATTRS: AttrSet = AttrSet::new(
    "tunnel-key-attrs",
    &[
        AttrDesc::new("id", "OVS_TUNNEL_KEY_ATTR_ID", 0, AttrType::U64).big_endian(),
        AttrDesc::new("ipv4-src", "OVS_TUNNEL_KEY_ATTR_IPV4_SRC", 1, AttrType::U32).big_endian(),
        AttrDesc::new("ipv4-dst", "OVS_TUNNEL_KEY_ATTR_IPV4_DST", 2, AttrType::U32).big_endian(),
        AttrDesc::new("tos", "OVS_TUNNEL_KEY_ATTR_TOS", 3, AttrType::U8),
        AttrDesc::new("ttl", "OVS_TUNNEL_KEY_ATTR_TTL", 4, AttrType::U8),
        AttrDesc::new(
            "dont-fragment",
            "OVS_TUNNEL_KEY_ATTR_DONT_FRAGMENT",
            5,
            AttrType::Flag,
        ),
        AttrDesc::new("csum", "OVS_TUNNEL_KEY_ATTR_CSUM", 6, AttrType::Flag),
        AttrDesc::new("oam", "OVS_TUNNEL_KEY_ATTR_OAM", 7, AttrType::Flag),
        AttrDesc::new(
            "geneve-opts",
            "OVS_TUNNEL_KEY_ATTR_GENEVE_OPTS",
            8,
            AttrType::Binary,
        )
        .sub_type(AttrType::U32),
        AttrDesc::new("tp-src", "OVS_TUNNEL_KEY_ATTR_TP_SRC", 9, AttrType::U16).big_endian(),
        AttrDesc::new("tp-dst", "OVS_TUNNEL_KEY_ATTR_TP_DST", 10, AttrType::U16).big_endian(),
        AttrDesc::new(
            "vxlan-opts",
            "OVS_TUNNEL_KEY_ATTR_VXLAN_OPTS",
            11,
            AttrType::Nest,
        )
        .nested(&VXLAN_EXT_ATTRS),
        AttrDesc::new(
            "ipv6-src",
            "OVS_TUNNEL_KEY_ATTR_IPV6_SRC",
            12,
            AttrType::Binary,
        ),
        AttrDesc::new(
            "ipv6-dst",
            "OVS_TUNNEL_KEY_ATTR_IPV6_DST",
            13,
            AttrType::Binary,
        ),
        AttrDesc::new("pad", "OVS_TUNNEL_KEY_ATTR_PAD", 14, AttrType::Binary),
        AttrDesc::new(
            "erspan-opts",
            "OVS_TUNNEL_KEY_ATTR_ERSPAN_OPTS",
            15,
            AttrType::Binary,
        ),
        AttrDesc::new(
            "ipv4-info-bridge",
            "OVS_TUNNEL_KEY_ATTR_IPV4_INFO_BRIDGE",
            16,
            AttrType::Flag,
        ),
    ],
);

/// The `check-pkt-len-attrs` attribute set, indexed by type.
pub static CHECK_PKT_LEN_ATTRS: AttrSet = AttrSet::new(
    "check-pkt-len-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "pkt-len",
            "OVS_CHECK_PKT_LEN_ATTR_PKT_LEN",
            1,
            AttrType::U16,
        ),
        AttrDesc::new(
            "actions-if-greater",
            "OVS_CHECK_PKT_LEN_ATTR_ACTIONS_IF_GREATER",
            2,
            AttrType::Nest,
        )
        .nested(&ACTION_ATTRS),
        AttrDesc::new(
            "actions-if-less-equal",
            "OVS_CHECK_PKT_LEN_ATTR_ACTIONS_IF_LESS_EQUAL",
            3,
            AttrType::Nest,
        )
        .nested(&ACTION_ATTRS),
    ],
);

/// The `sample-attrs` attribute set, indexed by type.
pub static SAMPLE_ATTRS: AttrSet = AttrSet::new(
    "sample-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "probability",
            "OVS_SAMPLE_ATTR_PROBABILITY",
            1,
            AttrType::U32,
        ),
        AttrDesc::new("actions", "OVS_SAMPLE_ATTR_ACTIONS", 2, AttrType::Nest)
            .nested(&ACTION_ATTRS),
    ],
);

/// The `userspace-attrs` attribute set, indexed by type.
pub static USERSPACE_ATTRS: AttrSet = AttrSet::new(
    "userspace-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("pid", "OVS_USERSPACE_ATTR_PID", 1, AttrType::U32),
        AttrDesc::new(
            "userdata",
            "OVS_USERSPACE_ATTR_USERDATA",
            2,
            AttrType::Binary,
        ),
        AttrDesc::new(
            "egress-tun-port",
            "OVS_USERSPACE_ATTR_EGRESS_TUN_PORT",
            3,
            AttrType::U32,
        ),
        AttrDesc::new("actions", "OVS_USERSPACE_ATTR_ACTIONS", 4, AttrType::Flag),
    ],
);

/// The `ovs-nsh-key-attrs` attribute set, indexed by type.
pub static OVS_NSH_KEY_ATTRS: AttrSet = AttrSet::new(
    "ovs-nsh-key-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("base", "OVS_NSH_KEY_ATTR_BASE", 1, AttrType::Binary),
        AttrDesc::new("md1", "OVS_NSH_KEY_ATTR_MD1", 2, AttrType::Binary),
        AttrDesc::new("md2", "OVS_NSH_KEY_ATTR_MD2", 3, AttrType::Binary),
    ],
);

/// The `ct-attrs` attribute set, indexed by type.
pub static CT_ATTRS: AttrSet = AttrSet::new(
    "ct-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("commit", "OVS_CT_ATTR_COMMIT", 1, AttrType::Flag),
        AttrDesc::new("zone", "OVS_CT_ATTR_ZONE", 2, AttrType::U16),
        AttrDesc::new("mark", "OVS_CT_ATTR_MARK", 3, AttrType::Binary),
        AttrDesc::new("labels", "OVS_CT_ATTR_LABELS", 4, AttrType::Binary),
        AttrDesc::new("helper", "OVS_CT_ATTR_HELPER", 5, AttrType::String),
        AttrDesc::new("nat", "OVS_CT_ATTR_NAT", 6, AttrType::Nest).nested(&NAT_ATTRS),
        AttrDesc::new(
            "force-commit",
            "OVS_CT_ATTR_FORCE_COMMIT",
            7,
            AttrType::Flag,
        ),
        AttrDesc::new("eventmask", "OVS_CT_ATTR_EVENTMASK", 8, AttrType::U32),
        AttrDesc::new("timeout", "OVS_CT_ATTR_TIMEOUT", 9, AttrType::String),
    ],
);

/// The `nat-attrs` attribute set, indexed by type.
pub static NAT_ATTRS: AttrSet = AttrSet::new(
    "nat-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("src", "OVS_NAT_ATTR_SRC", 1, AttrType::Flag),
        AttrDesc::new("dst", "OVS_NAT_ATTR_DST", 2, AttrType::Flag),
        AttrDesc::new("ip-min", "OVS_NAT_ATTR_IP_MIN", 3, AttrType::Binary),
        AttrDesc::new("ip-max", "OVS_NAT_ATTR_IP_MAX", 4, AttrType::Binary),
        AttrDesc::new("proto-min", "OVS_NAT_ATTR_PROTO_MIN", 5, AttrType::U16),
        AttrDesc::new("proto-max", "OVS_NAT_ATTR_PROTO_MAX", 6, AttrType::U16),
        AttrDesc::new("persistent", "OVS_NAT_ATTR_PERSISTENT", 7, AttrType::Flag),
        AttrDesc::new("proto-hash", "OVS_NAT_ATTR_PROTO_HASH", 8, AttrType::Flag),
        AttrDesc::new(
            "proto-random",
            "OVS_NAT_ATTR_PROTO_RANDOM",
            9,
            AttrType::Flag,
        ),
    ],
);

/// The `dec-ttl-attrs` attribute set, indexed by type.
pub static DEC_TTL_ATTRS: AttrSet = AttrSet::new(
    "dec-ttl-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("action", "OVS_DEC_TTL_ATTR_ACTION", 1, AttrType::Nest).nested(&ACTION_ATTRS),
    ],
);

/// The `vxlan-ext-attrs` attribute set, indexed by type.
pub static VXLAN_EXT_ATTRS: AttrSet = AttrSet::new(
    "vxlan-ext-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("gbp", "OVS_VXLAN_EXT_GBP", 1, AttrType::U32),
    ],
);

/// The `psample-attrs` attribute set, indexed by type.
pub static PSAMPLE_ATTRS: AttrSet = AttrSet::new(
    "psample-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("group", "OVS_PSAMPLE_ATTR_GROUP", 1, AttrType::U32),
        AttrDesc::new("cookie", "OVS_PSAMPLE_ATTR_COOKIE", 2, AttrType::Binary),
    ],
);
