//! The enums, flags and fixed structs of `fou`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

nl_enum! {
    /// The `encap-type` enum of `fou`.
    pub enum EncapType: u32 => tables::ENCAP_TYPE {
        /// `FOU_ENCAP_UNSPEC`
        Unspec = 0,
        /// `FOU_ENCAP_DIRECT`
        Direct = 1,
        /// `FOU_ENCAP_GUE`
        Gue = 2,
    }
}
