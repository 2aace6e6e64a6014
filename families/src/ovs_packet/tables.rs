//! Descriptor tables of `ovs_packet`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The layout of `struct ovs_header`.
pub static OVS_HEADER: StructDesc = StructDesc::new(
    "ovs-header",
    "struct ovs_header",
    4,
    &[Member::new("dp-ifindex", 0, 4, AttrType::U32)],
);

/// The `packet` attribute set, indexed by type.
pub static PACKET: AttrSet = AttrSet::new(
    "packet",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("packet", "OVS_PACKET_ATTR_PACKET", 1, AttrType::Binary).min_len(14),
        AttrDesc::new("key", "OVS_PACKET_ATTR_KEY", 2, AttrType::Binary),
        AttrDesc::new("actions", "OVS_PACKET_ATTR_ACTIONS", 3, AttrType::Binary),
        AttrDesc::new("userdata", "OVS_PACKET_ATTR_USERDATA", 4, AttrType::Binary),
        AttrDesc::new(
            "egress-tun-key",
            "OVS_PACKET_ATTR_EGRESS_TUN_KEY",
            5,
            AttrType::Binary,
        ),
        AttrDesc::new("unused1", "OVS_PACKET_ATTR_UNUSED1", 6, AttrType::Unused),
        AttrDesc::new("unused2", "OVS_PACKET_ATTR_UNUSED2", 7, AttrType::Unused),
        AttrDesc::new("probe", "OVS_PACKET_ATTR_PROBE", 8, AttrType::Flag),
        AttrDesc::new("mru", "OVS_PACKET_ATTR_MRU", 9, AttrType::U16),
        AttrDesc::new("len", "OVS_PACKET_ATTR_LEN", 10, AttrType::U32),
        AttrDesc::new("hash", "OVS_PACKET_ATTR_HASH", 11, AttrType::U64),
        AttrDesc::new(
            "upcall-pid",
            "OVS_PACKET_ATTR_UPCALL_PID",
            12,
            AttrType::U32,
        ),
    ],
);
