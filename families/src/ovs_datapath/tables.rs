//! Descriptor tables of `ovs_datapath`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `user-features` flags.
pub static USER_FEATURES: EnumDesc = EnumDesc::new(
    "user-features",
    true,
    &[
        EnumEntry {
            name: "unaligned",
            c_name: "OVS_DP_F_UNALIGNED",
            value: 1,
        },
        EnumEntry {
            name: "vport-pids",
            c_name: "OVS_DP_F_VPORT_PIDS",
            value: 2,
        },
        EnumEntry {
            name: "tc-recirc-sharing",
            c_name: "OVS_DP_F_TC_RECIRC_SHARING",
            value: 4,
        },
        EnumEntry {
            name: "dispatch-upcall-per-cpu",
            c_name: "OVS_DP_F_DISPATCH_UPCALL_PER_CPU",
            value: 8,
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

/// The layout of `struct ovs_dp_stats`.
pub static OVS_DP_STATS: StructDesc = StructDesc::new(
    "ovs-dp-stats",
    "struct ovs_dp_stats",
    32,
    &[
        Member::new("n-hit", 0, 8, AttrType::U64),
        Member::new("n-missed", 8, 8, AttrType::U64),
        Member::new("n-lost", 16, 8, AttrType::U64),
        Member::new("n-flows", 24, 8, AttrType::U64),
    ],
);

/// The layout of `struct ovs_dp_megaflow_stats`.
pub static OVS_DP_MEGAFLOW_STATS: StructDesc = StructDesc::new(
    "ovs-dp-megaflow-stats",
    "struct ovs_dp_megaflow_stats",
    32,
    &[
        Member::new("n-mask-hit", 0, 8, AttrType::U64),
        Member::new("n-masks", 8, 4, AttrType::U32),
        Member::new("padding", 12, 4, AttrType::U32),
        Member::new("n-cache-hit", 16, 8, AttrType::U64),
        Member::new("pad1", 24, 8, AttrType::U64),
    ],
);

/// The `datapath` attribute set, indexed by type.
pub static DATAPATH: AttrSet = AttrSet::new(
    "datapath",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("name", "OVS_DP_ATTR_NAME", 1, AttrType::String),
        AttrDesc::new("upcall-pid", "OVS_DP_ATTR_UPCALL_PID", 2, AttrType::U32),
        AttrDesc::new("stats", "OVS_DP_ATTR_STATS", 3, AttrType::Binary).header(&OVS_DP_STATS),
        AttrDesc::new(
            "megaflow-stats",
            "OVS_DP_ATTR_MEGAFLOW_STATS",
            4,
            AttrType::Binary,
        )
        .header(&OVS_DP_MEGAFLOW_STATS),
        AttrDesc::new(
            "user-features",
            "OVS_DP_ATTR_USER_FEATURES",
            5,
            AttrType::U32,
        )
        .enumeration(&USER_FEATURES),
        AttrDesc::new("pad", "OVS_DP_ATTR_PAD", 6, AttrType::Unused),
        AttrDesc::new(
            "masks-cache-size",
            "OVS_DP_ATTR_MASKS_CACHE_SIZE",
            7,
            AttrType::U32,
        ),
        AttrDesc::new(
            "per-cpu-pids",
            "OVS_DP_ATTR_PER_CPU_PIDS",
            8,
            AttrType::Binary,
        )
        .sub_type(AttrType::U32),
        AttrDesc::new("ifindex", "OVS_DP_ATTR_IFINDEX", 9, AttrType::U32),
    ],
);
