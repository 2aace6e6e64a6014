//! The enums, flags and fixed structs of `wireguard`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

nl_flags! {
    /// The `wgdevice-flags` flags of `wireguard`.
    pub struct WgdeviceFlags: u32 => tables::WGDEVICE_FLAGS {
        /// `WGDEVICE_F_REPLACE_PEERS`
        const REPLACE_PEERS = 1 << 0;
    }
}

nl_flags! {
    /// The `wgpeer-flags` flags of `wireguard`.
    pub struct WgpeerFlags: u32 => tables::WGPEER_FLAGS {
        /// `WGPEER_F_REMOVE_ME`
        const REMOVE_ME = 1 << 0;
        /// `WGPEER_F_REPLACE_ALLOWEDIPS`
        const REPLACE_ALLOWEDIPS = 1 << 1;
        /// `WGPEER_F_UPDATE_ONLY`
        const UPDATE_ONLY = 1 << 2;
    }
}

nl_flags! {
    /// The `wgallowedip-flags` flags of `wireguard`.
    pub struct WgallowedipFlags: u32 => tables::WGALLOWEDIP_FLAGS {
        /// `WGALLOWEDIP_F_REMOVE_ME`
        const REMOVE_ME = 1 << 0;
    }
}

/// `struct __kernel_timespec` (16 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KernelTimespec {
    /// Number of seconds, since UNIX epoch.
    pub sec: u64,
    /// Number of nanoseconds, after the second began.
    pub nsec: u64,
}

impl KernelTimespec {
    /// Size on the wire.
    pub const LEN: usize = 16;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::__KERNEL_TIMESPEC
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            sec: rd::u64(b, 0),
            nsec: rd::u64(b, 8),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u64(out, 0, self.sec);
        wr::u64(out, 8, self.nsec);
    }
}

fixed_struct!(KernelTimespec);
