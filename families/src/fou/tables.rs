//! Descriptor tables of `fou`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `encap-type` enum.
pub static ENCAP_TYPE: EnumDesc = EnumDesc::new(
    "encap-type",
    false,
    &[
        EnumEntry {
            name: "unspec",
            c_name: "FOU_ENCAP_UNSPEC",
            value: 0,
        },
        EnumEntry {
            name: "direct",
            c_name: "FOU_ENCAP_DIRECT",
            value: 1,
        },
        EnumEntry {
            name: "gue",
            c_name: "FOU_ENCAP_GUE",
            value: 2,
        },
    ],
);

/// The `fou` attribute set, indexed by type.
pub static FOU: AttrSet = AttrSet::new(
    "fou",
    &[
        AttrDesc::new("unspec", "FOU_ATTR_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("port", "FOU_ATTR_PORT", 1, AttrType::U16).big_endian(),
        AttrDesc::new("af", "FOU_ATTR_AF", 2, AttrType::U8),
        AttrDesc::new("ipproto", "FOU_ATTR_IPPROTO", 3, AttrType::U8).min(1),
        AttrDesc::new("type", "FOU_ATTR_TYPE", 4, AttrType::U8),
        AttrDesc::new(
            "remcsum-nopartial",
            "FOU_ATTR_REMCSUM_NOPARTIAL",
            5,
            AttrType::Flag,
        ),
        AttrDesc::new("local-v4", "FOU_ATTR_LOCAL_V4", 6, AttrType::U32),
        AttrDesc::new("local-v6", "FOU_ATTR_LOCAL_V6", 7, AttrType::Binary).exact_len(16),
        AttrDesc::new("peer-v4", "FOU_ATTR_PEER_V4", 8, AttrType::U32),
        AttrDesc::new("peer-v6", "FOU_ATTR_PEER_V6", 9, AttrType::Binary).exact_len(16),
        AttrDesc::new("peer-port", "FOU_ATTR_PEER_PORT", 10, AttrType::U16).big_endian(),
        AttrDesc::new("ifindex", "FOU_ATTR_IFINDEX", 11, AttrType::S32),
    ],
);
