//! Descriptor tables of `ovs_vport`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `vport-type` enum.
pub static VPORT_TYPE: EnumDesc = EnumDesc::new(
    "vport-type",
    false,
    &[
        EnumEntry {
            name: "unspec",
            c_name: "OVS_VPORT_TYPE_UNSPEC",
            value: 0,
        },
        EnumEntry {
            name: "netdev",
            c_name: "OVS_VPORT_TYPE_NETDEV",
            value: 1,
        },
        EnumEntry {
            name: "internal",
            c_name: "OVS_VPORT_TYPE_INTERNAL",
            value: 2,
        },
        EnumEntry {
            name: "gre",
            c_name: "OVS_VPORT_TYPE_GRE",
            value: 3,
        },
        EnumEntry {
            name: "vxlan",
            c_name: "OVS_VPORT_TYPE_VXLAN",
            value: 4,
        },
        EnumEntry {
            name: "geneve",
            c_name: "OVS_VPORT_TYPE_GENEVE",
            value: 5,
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

/// The layout of `struct ovs_vport_stats`.
pub static OVS_VPORT_STATS: StructDesc = StructDesc::new(
    "ovs-vport-stats",
    "struct ovs_vport_stats",
    64,
    &[
        Member::new("rx-packets", 0, 8, AttrType::U64),
        Member::new("tx-packets", 8, 8, AttrType::U64),
        Member::new("rx-bytes", 16, 8, AttrType::U64),
        Member::new("tx-bytes", 24, 8, AttrType::U64),
        Member::new("rx-errors", 32, 8, AttrType::U64),
        Member::new("tx-errors", 40, 8, AttrType::U64),
        Member::new("rx-dropped", 48, 8, AttrType::U64),
        Member::new("tx-dropped", 56, 8, AttrType::U64),
    ],
);

/// The `vport-options` attribute set, indexed by type.
pub static VPORT_OPTIONS: AttrSet = AttrSet::new(
    "vport-options",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("dst-port", "OVS_TUNNEL_ATTR_DST_PORT", 1, AttrType::U32),
        AttrDesc::new("extension", "OVS_TUNNEL_ATTR_EXTENSION", 2, AttrType::U32),
    ],
);

/// The `upcall-stats` attribute set, indexed by type.
pub static UPCALL_STATS: AttrSet = AttrSet::new(
    "upcall-stats",
    &[
        AttrDesc::new("success", "OVS_VPORT_UPCALL_ATTR_SUCCESS", 0, AttrType::U64),
        AttrDesc::new("fail", "OVS_VPORT_UPCALL_ATTR_FAIL", 1, AttrType::U64),
    ],
);

/// The `vport` attribute set, indexed by type.
pub static VPORT: AttrSet = AttrSet::new(
    "vport",
    &[
        AttrDesc::new("unspec", "OVS_VPORT_ATTR_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("port-no", "OVS_VPORT_ATTR_PORT_NO", 1, AttrType::U32),
        AttrDesc::new("type", "OVS_VPORT_ATTR_TYPE", 2, AttrType::U32).enumeration(&VPORT_TYPE),
        AttrDesc::new("name", "OVS_VPORT_ATTR_NAME", 3, AttrType::String),
        AttrDesc::new("options", "OVS_VPORT_ATTR_OPTIONS", 4, AttrType::Nest)
            .nested(&VPORT_OPTIONS),
        AttrDesc::new(
            "upcall-pid",
            "OVS_VPORT_ATTR_UPCALL_PID",
            5,
            AttrType::Binary,
        )
        .sub_type(AttrType::U32),
        AttrDesc::new("stats", "OVS_VPORT_ATTR_STATS", 6, AttrType::Binary)
            .header(&OVS_VPORT_STATS),
        AttrDesc::new("pad", "OVS_VPORT_ATTR_PAD", 7, AttrType::Unused),
        AttrDesc::new("ifindex", "OVS_VPORT_ATTR_IFINDEX", 8, AttrType::U32),
        AttrDesc::new("netnsid", "OVS_VPORT_ATTR_NETNSID", 9, AttrType::U32),
        AttrDesc::new(
            "upcall-stats",
            "OVS_VPORT_ATTR_UPCALL_STATS",
            10,
            AttrType::Nest,
        )
        .nested(&UPCALL_STATS),
    ],
);
