//! The enums, flags and fixed structs of `sunrpc`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

nl_flags! {
    /// The `cache-type` flags of `sunrpc`.
    pub struct CacheType: u32 => tables::CACHE_TYPE {
        /// `SUNRPC_CACHE_TYPE_IP_MAP`
        const IP_MAP = 1 << 0;
        /// `SUNRPC_CACHE_TYPE_UNIX_GID`
        const UNIX_GID = 1 << 1;
    }
}
