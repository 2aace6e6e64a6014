//! Descriptor tables of `drm-ras`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `node-type` enum.
pub static NODE_TYPE: EnumDesc = EnumDesc::new(
    "node-type",
    false,
    &[EnumEntry {
        name: "error-counter",
        c_name: "DRM_RAS_NODE_TYPE_ERROR_COUNTER",
        value: 1,
    }],
);

/// The `node-attrs` attribute set, indexed by type.
pub static NODE_ATTRS: AttrSet = AttrSet::new(
    "node-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("node-id", "DRM_RAS_A_NODE_ATTRS_NODE_ID", 1, AttrType::U32),
        AttrDesc::new(
            "device-name",
            "DRM_RAS_A_NODE_ATTRS_DEVICE_NAME",
            2,
            AttrType::String,
        ),
        AttrDesc::new(
            "node-name",
            "DRM_RAS_A_NODE_ATTRS_NODE_NAME",
            3,
            AttrType::String,
        ),
        AttrDesc::new(
            "node-type",
            "DRM_RAS_A_NODE_ATTRS_NODE_TYPE",
            4,
            AttrType::U32,
        )
        .enumeration(&NODE_TYPE),
    ],
);

/// The `error-counter-attrs` attribute set, indexed by type.
pub static ERROR_COUNTER_ATTRS: AttrSet = AttrSet::new(
    "error-counter-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "node-id",
            "DRM_RAS_A_ERROR_COUNTER_ATTRS_NODE_ID",
            1,
            AttrType::U32,
        ),
        AttrDesc::new(
            "error-id",
            "DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_ID",
            2,
            AttrType::U32,
        ),
        AttrDesc::new(
            "error-name",
            "DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_NAME",
            3,
            AttrType::String,
        ),
        AttrDesc::new(
            "error-value",
            "DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_VALUE",
            4,
            AttrType::U32,
        ),
    ],
);
