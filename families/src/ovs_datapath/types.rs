//! The enums, flags and fixed structs of `ovs_datapath`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

nl_flags! {
    /// The `user-features` flags of `ovs_datapath`.
    pub struct UserFeatures: u32 => tables::USER_FEATURES {
        /// Allow last Netlink attribute to be unaligned
        const UNALIGNED = 1 << 0;
        /// Allow datapath to associate multiple Netlink PIDs to each vport
        const VPORT_PIDS = 1 << 1;
        /// Allow tc offload recirc sharing
        const TC_RECIRC_SHARING = 1 << 2;
        /// Allow per-cpu dispatch of upcalls
        const DISPATCH_UPCALL_PER_CPU = 1 << 3;
    }
}

/// `struct ovs_header` (4 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OvsHeader {
    /// `dp-ifindex`.
    pub dp_ifindex: u32,
}

impl OvsHeader {
    /// Size on the wire.
    pub const LEN: usize = 4;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::OVS_HEADER
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            dp_ifindex: rd::u32(b, 0),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.dp_ifindex);
    }
}

fixed_struct!(OvsHeader);

/// `struct ovs_dp_stats` (32 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OvsDpStats {
    /// `n-hit`.
    pub n_hit: u64,
    /// `n-missed`.
    pub n_missed: u64,
    /// `n-lost`.
    pub n_lost: u64,
    /// `n-flows`.
    pub n_flows: u64,
}

impl OvsDpStats {
    /// Size on the wire.
    pub const LEN: usize = 32;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::OVS_DP_STATS
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            n_hit: rd::u64(b, 0),
            n_missed: rd::u64(b, 8),
            n_lost: rd::u64(b, 16),
            n_flows: rd::u64(b, 24),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u64(out, 0, self.n_hit);
        wr::u64(out, 8, self.n_missed);
        wr::u64(out, 16, self.n_lost);
        wr::u64(out, 24, self.n_flows);
    }
}

fixed_struct!(OvsDpStats);

/// `struct ovs_dp_megaflow_stats` (32 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OvsDpMegaflowStats {
    /// `n-mask-hit`.
    pub n_mask_hit: u64,
    /// `n-masks`.
    pub n_masks: u32,
    /// `padding`.
    pub padding: u32,
    /// `n-cache-hit`.
    pub n_cache_hit: u64,
    /// `pad1`.
    pub pad1: u64,
}

impl OvsDpMegaflowStats {
    /// Size on the wire.
    pub const LEN: usize = 32;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::OVS_DP_MEGAFLOW_STATS
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            n_mask_hit: rd::u64(b, 0),
            n_masks: rd::u32(b, 8),
            padding: rd::u32(b, 12),
            n_cache_hit: rd::u64(b, 16),
            pad1: rd::u64(b, 24),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u64(out, 0, self.n_mask_hit);
        wr::u32(out, 8, self.n_masks);
        wr::u32(out, 12, self.padding);
        wr::u64(out, 16, self.n_cache_hit);
        wr::u64(out, 24, self.pad1);
    }
}

fixed_struct!(OvsDpMegaflowStats);
