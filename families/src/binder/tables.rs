//! Descriptor tables of `binder`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `report` attribute set, indexed by type.
pub static REPORT: AttrSet = AttrSet::new(
    "report",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("error", "BINDER_A_REPORT_ERROR", 1, AttrType::U32),
        AttrDesc::new("context", "BINDER_A_REPORT_CONTEXT", 2, AttrType::String),
        AttrDesc::new("from-pid", "BINDER_A_REPORT_FROM_PID", 3, AttrType::U32),
        AttrDesc::new("from-tid", "BINDER_A_REPORT_FROM_TID", 4, AttrType::U32),
        AttrDesc::new("to-pid", "BINDER_A_REPORT_TO_PID", 5, AttrType::U32),
        AttrDesc::new("to-tid", "BINDER_A_REPORT_TO_TID", 6, AttrType::U32),
        AttrDesc::new("is-reply", "BINDER_A_REPORT_IS_REPLY", 7, AttrType::Flag),
        AttrDesc::new("flags", "BINDER_A_REPORT_FLAGS", 8, AttrType::U32),
        AttrDesc::new("code", "BINDER_A_REPORT_CODE", 9, AttrType::U32),
        AttrDesc::new("data-size", "BINDER_A_REPORT_DATA_SIZE", 10, AttrType::U32),
    ],
);
