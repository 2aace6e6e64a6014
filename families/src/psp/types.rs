//! The enums, flags and fixed structs of `psp`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

nl_enum! {
    /// The `version` enum of `psp`.
    pub enum Version: u32 => tables::VERSION {
        /// `PSP_VERSION_HDR0_AES_GCM_128`
        Hdr0AesGcm128 = 0,
        /// `PSP_VERSION_HDR0_AES_GCM_256`
        Hdr0AesGcm256 = 1,
        /// `PSP_VERSION_HDR0_AES_GMAC_128`
        Hdr0AesGmac128 = 2,
        /// `PSP_VERSION_HDR0_AES_GMAC_256`
        Hdr0AesGmac256 = 3,
    }
}
