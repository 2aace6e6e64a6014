//! The enums, flags and fixed structs of `ovs_vport`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

nl_enum! {
    /// The `vport-type` enum of `ovs_vport`.
    pub enum VportType: u32 => tables::VPORT_TYPE {
        /// `OVS_VPORT_TYPE_UNSPEC`
        Unspec = 0,
        /// `OVS_VPORT_TYPE_NETDEV`
        Netdev = 1,
        /// `OVS_VPORT_TYPE_INTERNAL`
        Internal = 2,
        /// `OVS_VPORT_TYPE_GRE`
        Gre = 3,
        /// `OVS_VPORT_TYPE_VXLAN`
        Vxlan = 4,
        /// `OVS_VPORT_TYPE_GENEVE`
        Geneve = 5,
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

/// `struct ovs_vport_stats` (64 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OvsVportStats {
    /// `rx-packets`.
    pub rx_packets: u64,
    /// `tx-packets`.
    pub tx_packets: u64,
    /// `rx-bytes`.
    pub rx_bytes: u64,
    /// `tx-bytes`.
    pub tx_bytes: u64,
    /// `rx-errors`.
    pub rx_errors: u64,
    /// `tx-errors`.
    pub tx_errors: u64,
    /// `rx-dropped`.
    pub rx_dropped: u64,
    /// `tx-dropped`.
    pub tx_dropped: u64,
}

impl OvsVportStats {
    /// Size on the wire.
    pub const LEN: usize = 64;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::OVS_VPORT_STATS
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            rx_packets: rd::u64(b, 0),
            tx_packets: rd::u64(b, 8),
            rx_bytes: rd::u64(b, 16),
            tx_bytes: rd::u64(b, 24),
            rx_errors: rd::u64(b, 32),
            tx_errors: rd::u64(b, 40),
            rx_dropped: rd::u64(b, 48),
            tx_dropped: rd::u64(b, 56),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u64(out, 0, self.rx_packets);
        wr::u64(out, 8, self.tx_packets);
        wr::u64(out, 16, self.rx_bytes);
        wr::u64(out, 24, self.tx_bytes);
        wr::u64(out, 32, self.rx_errors);
        wr::u64(out, 40, self.tx_errors);
        wr::u64(out, 48, self.rx_dropped);
        wr::u64(out, 56, self.tx_dropped);
    }
}

fixed_struct!(OvsVportStats);
