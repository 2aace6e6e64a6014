//! Descriptor tables of `team`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `team` attribute set, indexed by type.
pub static TEAM: AttrSet = AttrSet::new(
    "team",
    &[
        AttrDesc::new("unspec", "TEAM_ATTR_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("team-ifindex", "TEAM_ATTR_TEAM_IFINDEX", 1, AttrType::U32),
        AttrDesc::new("list-option", "TEAM_ATTR_LIST_OPTION", 2, AttrType::Nest)
            .nested(&ITEM_OPTION),
        AttrDesc::new("list-port", "TEAM_ATTR_LIST_PORT", 3, AttrType::Nest).nested(&ITEM_PORT),
    ],
);

/// The `item-option` attribute set, indexed by type.
pub static ITEM_OPTION: AttrSet = AttrSet::new(
    "item-option",
    &[
        AttrDesc::new(
            "option-unspec",
            "TEAM_ATTR_ITEM_OPTION_UNSPEC",
            0,
            AttrType::Unused,
        ),
        AttrDesc::new("option", "TEAM_ATTR_ITEM_OPTION", 1, AttrType::Nest).nested(&ATTR_OPTION),
    ],
);

/// The `attr-option` attribute set, indexed by type.
pub static ATTR_OPTION: AttrSet = AttrSet::new(
    "attr-option",
    &[
        AttrDesc::new("unspec", "TEAM_ATTR_OPTION_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("name", "TEAM_ATTR_OPTION_NAME", 1, AttrType::String)
            .max_len(32)
            .unterminated_ok(),
        AttrDesc::new("changed", "TEAM_ATTR_OPTION_CHANGED", 2, AttrType::Flag),
        AttrDesc::new("type", "TEAM_ATTR_OPTION_TYPE", 3, AttrType::U8),
        AttrDesc::new("data", "TEAM_ATTR_OPTION_DATA", 4, AttrType::Binary),
        AttrDesc::new("removed", "TEAM_ATTR_OPTION_REMOVED", 5, AttrType::Flag),
        AttrDesc::new(
            "port-ifindex",
            "TEAM_ATTR_OPTION_PORT_IFINDEX",
            6,
            AttrType::U32,
        ),
        AttrDesc::new(
            "array-index",
            "TEAM_ATTR_OPTION_ARRAY_INDEX",
            7,
            AttrType::U32,
        ),
    ],
);

/// The `item-port` attribute set, indexed by type.
pub static ITEM_PORT: AttrSet = AttrSet::new(
    "item-port",
    &[
        AttrDesc::new(
            "port-unspec",
            "TEAM_ATTR_ITEM_PORT_UNSPEC",
            0,
            AttrType::Unused,
        ),
        AttrDesc::new("port", "TEAM_ATTR_ITEM_PORT", 1, AttrType::Nest).nested(&ATTR_PORT),
    ],
);

/// The `attr-port` attribute set, indexed by type.
pub static ATTR_PORT: AttrSet = AttrSet::new(
    "attr-port",
    &[
        AttrDesc::new("unspec", "TEAM_ATTR_PORT_UNSPEC", 0, AttrType::Unused),
        AttrDesc::new("ifindex", "TEAM_ATTR_PORT_IFINDEX", 1, AttrType::U32),
        AttrDesc::new("changed", "TEAM_ATTR_PORT_CHANGED", 2, AttrType::Flag),
        AttrDesc::new("linkup", "TEAM_ATTR_PORT_LINKUP", 3, AttrType::Flag),
        AttrDesc::new("speed", "TEAM_ATTR_PORT_SPEED", 4, AttrType::U32),
        AttrDesc::new("duplex", "TEAM_ATTR_PORT_DUPLEX", 5, AttrType::U8),
        AttrDesc::new("removed", "TEAM_ATTR_PORT_REMOVED", 6, AttrType::Flag),
    ],
);
