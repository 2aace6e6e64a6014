//! Descriptor tables of `lockd`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `server` attribute set, indexed by type.
pub static SERVER: AttrSet = AttrSet::new(
    "server",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("gracetime", "LOCKD_A_SERVER_GRACETIME", 1, AttrType::U32),
        AttrDesc::new("tcp-port", "LOCKD_A_SERVER_TCP_PORT", 2, AttrType::U16),
        AttrDesc::new("udp-port", "LOCKD_A_SERVER_UDP_PORT", 3, AttrType::U16),
    ],
);
