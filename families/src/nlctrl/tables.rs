//! Descriptor tables of `nlctrl`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `op-flags` flags.
pub static OP_FLAGS: EnumDesc = EnumDesc::new(
    "op-flags",
    true,
    &[
        EnumEntry {
            name: "admin-perm",
            c_name: "GENL_ADMIN_PERM",
            value: 1,
        },
        EnumEntry {
            name: "cmd-cap-do",
            c_name: "GENL_CMD_CAP_DO",
            value: 2,
        },
        EnumEntry {
            name: "cmd-cap-dump",
            c_name: "GENL_CMD_CAP_DUMP",
            value: 4,
        },
        EnumEntry {
            name: "cmd-cap-haspol",
            c_name: "GENL_CMD_CAP_HASPOL",
            value: 8,
        },
        EnumEntry {
            name: "uns-admin-perm",
            c_name: "GENL_UNS_ADMIN_PERM",
            value: 16,
        },
    ],
);

/// The `attr-type` enum.
pub static ATTR_TYPE: EnumDesc = EnumDesc::new(
    "attr-type",
    false,
    &[
        EnumEntry {
            name: "invalid",
            c_name: "NL_ATTR_TYPE_INVALID",
            value: 0,
        },
        EnumEntry {
            name: "flag",
            c_name: "NL_ATTR_TYPE_FLAG",
            value: 1,
        },
        EnumEntry {
            name: "u8",
            c_name: "NL_ATTR_TYPE_U8",
            value: 2,
        },
        EnumEntry {
            name: "u16",
            c_name: "NL_ATTR_TYPE_U16",
            value: 3,
        },
        EnumEntry {
            name: "u32",
            c_name: "NL_ATTR_TYPE_U32",
            value: 4,
        },
        EnumEntry {
            name: "u64",
            c_name: "NL_ATTR_TYPE_U64",
            value: 5,
        },
        EnumEntry {
            name: "s8",
            c_name: "NL_ATTR_TYPE_S8",
            value: 6,
        },
        EnumEntry {
            name: "s16",
            c_name: "NL_ATTR_TYPE_S16",
            value: 7,
        },
        EnumEntry {
            name: "s32",
            c_name: "NL_ATTR_TYPE_S32",
            value: 8,
        },
        EnumEntry {
            name: "s64",
            c_name: "NL_ATTR_TYPE_S64",
            value: 9,
        },
        EnumEntry {
            name: "binary",
            c_name: "NL_ATTR_TYPE_BINARY",
            value: 10,
        },
        EnumEntry {
            name: "string",
            c_name: "NL_ATTR_TYPE_STRING",
            value: 11,
        },
        EnumEntry {
            name: "nul-string",
            c_name: "NL_ATTR_TYPE_NUL_STRING",
            value: 12,
        },
        EnumEntry {
            name: "nested",
            c_name: "NL_ATTR_TYPE_NESTED",
            value: 13,
        },
        EnumEntry {
            name: "nested-array",
            c_name: "NL_ATTR_TYPE_NESTED_ARRAY",
            value: 14,
        },
        EnumEntry {
            name: "bitfield32",
            c_name: "NL_ATTR_TYPE_BITFIELD32",
            value: 15,
        },
        EnumEntry {
            name: "sint",
            c_name: "NL_ATTR_TYPE_SINT",
            value: 16,
        },
        EnumEntry {
            name: "uint",
            c_name: "NL_ATTR_TYPE_UINT",
            value: 17,
        },
    ],
);

/// The `ctrl-attrs` attribute set, indexed by type.
pub static CTRL_ATTRS: AttrSet = AttrSet::new(
    "ctrl-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("family-id", "CTRL_ATTR_FAMILY_ID", 1, AttrType::U16),
        AttrDesc::new("family-name", "CTRL_ATTR_FAMILY_NAME", 2, AttrType::String),
        AttrDesc::new("version", "CTRL_ATTR_VERSION", 3, AttrType::U32),
        AttrDesc::new("hdrsize", "CTRL_ATTR_HDRSIZE", 4, AttrType::U32),
        AttrDesc::new("maxattr", "CTRL_ATTR_MAXATTR", 5, AttrType::U32),
        AttrDesc::new("ops", "CTRL_ATTR_OPS", 6, AttrType::IndexedArray)
            .sub_type(AttrType::Nest)
            .nested(&OP_ATTRS),
        AttrDesc::new(
            "mcast-groups",
            "CTRL_ATTR_MCAST_GROUPS",
            7,
            AttrType::IndexedArray,
        )
        .sub_type(AttrType::Nest)
        .nested(&MCAST_GROUP_ATTRS),
        AttrDesc::new("policy", "CTRL_ATTR_POLICY", 8, AttrType::NestTypeValue)
            .sub_type(AttrType::NestTypeValue)
            .nested(&POLICY_ATTRS),
        AttrDesc::new(
            "op-policy",
            "CTRL_ATTR_OP_POLICY",
            9,
            AttrType::NestTypeValue,
        )
        .nested(&OP_POLICY_ATTRS),
        AttrDesc::new("op", "CTRL_ATTR_OP", 10, AttrType::U32),
    ],
);

/// The `mcast-group-attrs` attribute set, indexed by type.
pub static MCAST_GROUP_ATTRS: AttrSet = AttrSet::new(
    "mcast-group-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("name", "CTRL_ATTR_MCAST_GRP_NAME", 1, AttrType::String),
        AttrDesc::new("id", "CTRL_ATTR_MCAST_GRP_ID", 2, AttrType::U32),
    ],
);

/// The `op-attrs` attribute set, indexed by type.
pub static OP_ATTRS: AttrSet = AttrSet::new(
    "op-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("id", "CTRL_ATTR_OP_ID", 1, AttrType::U32),
        AttrDesc::new("flags", "CTRL_ATTR_OP_FLAGS", 2, AttrType::U32).enumeration(&OP_FLAGS),
    ],
);

/// The `policy-attrs` attribute set, indexed by type.
pub static POLICY_ATTRS: AttrSet = AttrSet::new(
    "policy-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("type", "NL_POLICY_TYPE_ATTR_TYPE", 1, AttrType::U32).enumeration(&ATTR_TYPE),
        AttrDesc::new(
            "min-value-s",
            "NL_POLICY_TYPE_ATTR_MIN_VALUE_S",
            2,
            AttrType::S64,
        ),
        AttrDesc::new(
            "max-value-s",
            "NL_POLICY_TYPE_ATTR_MAX_VALUE_S",
            3,
            AttrType::S64,
        ),
        AttrDesc::new(
            "min-value-u",
            "NL_POLICY_TYPE_ATTR_MIN_VALUE_U",
            4,
            AttrType::U64,
        ),
        AttrDesc::new(
            "max-value-u",
            "NL_POLICY_TYPE_ATTR_MAX_VALUE_U",
            5,
            AttrType::U64,
        ),
        AttrDesc::new(
            "min-length",
            "NL_POLICY_TYPE_ATTR_MIN_LENGTH",
            6,
            AttrType::U32,
        ),
        AttrDesc::new(
            "max-length",
            "NL_POLICY_TYPE_ATTR_MAX_LENGTH",
            7,
            AttrType::U32,
        ),
        AttrDesc::new(
            "policy-idx",
            "NL_POLICY_TYPE_ATTR_POLICY_IDX",
            8,
            AttrType::U32,
        ),
        AttrDesc::new(
            "policy-maxtype",
            "NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE",
            9,
            AttrType::U32,
        ),
        AttrDesc::new(
            "bitfield32-mask",
            "NL_POLICY_TYPE_ATTR_BITFIELD32_MASK",
            10,
            AttrType::U32,
        ),
        AttrDesc::new("pad", "NL_POLICY_TYPE_ATTR_PAD", 11, AttrType::Pad),
        AttrDesc::new("mask", "NL_POLICY_TYPE_ATTR_MASK", 12, AttrType::U64),
    ],
);

/// The `op-policy-attrs` attribute set, indexed by type.
pub static OP_POLICY_ATTRS: AttrSet = AttrSet::new(
    "op-policy-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("do", "CTRL_ATTR_POLICY_DO", 1, AttrType::U32),
        AttrDesc::new("dump", "CTRL_ATTR_POLICY_DUMP", 2, AttrType::U32),
    ],
);
