//! The enums, flags and fixed structs of `rt-neigh`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

nl_flags! {
    /// The `nud-state` flags of `rt-neigh`.
    pub struct NudState: u32 => tables::NUD_STATE {
        /// `NUD_INCOMPLETE`
        const INCOMPLETE = 1 << 0;
        /// `NUD_REACHABLE`
        const REACHABLE = 1 << 1;
        /// `NUD_STALE`
        const STALE = 1 << 2;
        /// `NUD_DELAY`
        const DELAY = 1 << 3;
        /// `NUD_PROBE`
        const PROBE = 1 << 4;
        /// `NUD_FAILED`
        const FAILED = 1 << 5;
        /// `NUD_NOARP`
        const NOARP = 1 << 6;
        /// `NUD_PERMANENT`
        const PERMANENT = 1 << 7;
    }
}

nl_flags! {
    /// The `ntf-flags` flags of `rt-neigh`.
    pub struct NtfFlags: u32 => tables::NTF_FLAGS {
        /// `NTF_USE`
        const USE = 1 << 0;
        /// `NTF_SELF`
        const SELF = 1 << 1;
        /// `NTF_MASTER`
        const MASTER = 1 << 2;
        /// `NTF_PROXY`
        const PROXY = 1 << 3;
        /// `NTF_EXT_LEARNED`
        const EXT_LEARNED = 1 << 4;
        /// `NTF_OFFLOADED`
        const OFFLOADED = 1 << 5;
        /// `NTF_STICKY`
        const STICKY = 1 << 6;
        /// `NTF_ROUTER`
        const ROUTER = 1 << 7;
    }
}

nl_flags! {
    /// The `ntf-ext-flags` flags of `rt-neigh`.
    pub struct NtfExtFlags: u32 => tables::NTF_EXT_FLAGS {
        /// `NTF_EXT_MANAGED`
        const MANAGED = 1 << 0;
        /// `NTF_EXT_LOCKED`
        const LOCKED = 1 << 1;
        /// `NTF_EXT_EXT_VALIDATED`
        const EXT_VALIDATED = 1 << 2;
    }
}

nl_enum! {
    /// The `rtm-type` enum of `rt-neigh`.
    pub enum RtmType: u32 => tables::RTM_TYPE {
        /// `RTN_UNSPEC`
        Unspec = 0,
        /// `RTN_UNICAST`
        Unicast = 1,
        /// `RTN_LOCAL`
        Local = 2,
        /// `RTN_BROADCAST`
        Broadcast = 3,
        /// `RTN_ANYCAST`
        Anycast = 4,
        /// `RTN_MULTICAST`
        Multicast = 5,
        /// `RTN_BLACKHOLE`
        Blackhole = 6,
        /// `RTN_UNREACHABLE`
        Unreachable = 7,
        /// `RTN_PROHIBIT`
        Prohibit = 8,
        /// `RTN_THROW`
        Throw = 9,
        /// `RTN_NAT`
        Nat = 10,
        /// `RTN_XRESOLVE`
        Xresolve = 11,
    }
}

/// The `address-family` enum of `rt-neigh`: the same definition as [`rt_addr`](crate::rt_addr), so one
/// type serves every family that has it.
pub use crate::rt_addr::AddressFamily;

nl_enum! {
    /// The `rt-protocol` enum of `rt-neigh`.
    pub enum RtProtocol: u32 => tables::RT_PROTOCOL {
        /// `RTPROT_UNSPEC`
        Unspec = 0,
        /// `RTPROT_REDIRECT`
        Redirect = 1,
        /// `RTPROT_KERNEL`
        Kernel = 2,
        /// `RTPROT_BOOT`
        Boot = 3,
        /// `RTPROT_STATIC`
        Static = 4,
        /// `RTPROT_GATED`
        Gated = 8,
        /// `RTPROT_RA`
        Ra = 9,
        /// `RTPROT_MRT`
        Mrt = 10,
        /// `RTPROT_ZEBRA`
        Zebra = 11,
        /// `RTPROT_BIRD`
        Bird = 12,
        /// `RTPROT_DNROUTED`
        Dnrouted = 13,
        /// `RTPROT_XORP`
        Xorp = 14,
        /// `RTPROT_NTK`
        Ntk = 15,
        /// `RTPROT_DHCP`
        Dhcp = 16,
        /// `RTPROT_MROUTED`
        Mrouted = 17,
        /// `RTPROT_KEEPALIVED`
        Keepalived = 18,
        /// `RTPROT_BABEL`
        Babel = 42,
        /// `RTPROT_OVN`
        Ovn = 84,
        /// `RTPROT_OPENR`
        Openr = 99,
        /// `RTPROT_BGP`
        Bgp = 186,
        /// `RTPROT_ISIS`
        Isis = 187,
        /// `RTPROT_OSPF`
        Ospf = 188,
        /// `RTPROT_RIP`
        Rip = 189,
        /// `RTPROT_EIGRP`
        Eigrp = 192,
    }
}

/// `struct ndmsg` (12 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ndmsg {
    /// `ndm-family`.
    pub ndm_family: AddressFamily,
    /// `ndm-ifindex`.
    pub ndm_ifindex: i32,
    /// `ndm-state`.
    pub ndm_state: NudState,
    /// `ndm-flags`.
    pub ndm_flags: NtfFlags,
    /// `ndm-type`.
    pub ndm_type: RtmType,
}

impl Ndmsg {
    /// Size on the wire.
    pub const LEN: usize = 12;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::NDMSG
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            ndm_family: AddressFamily::from_value(rd::u8(b, 0) as u32),
            ndm_ifindex: rd::i32(b, 4),
            ndm_state: NudState(rd::u16(b, 8) as u32),
            ndm_flags: NtfFlags(rd::u8(b, 10) as u32),
            ndm_type: RtmType::from_value(rd::u8(b, 11) as u32),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u8(out, 0, self.ndm_family.value() as u8);
        wr::i32(out, 4, self.ndm_ifindex);
        wr::u16(out, 8, self.ndm_state.bits() as u16);
        wr::u8(out, 10, self.ndm_flags.bits() as u8);
        wr::u8(out, 11, self.ndm_type.value() as u8);
    }
}

fixed_struct!(Ndmsg);

/// `struct ndtmsg` (4 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ndtmsg {
    /// `family`.
    pub family: AddressFamily,
}

impl Ndtmsg {
    /// Size on the wire.
    pub const LEN: usize = 4;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::NDTMSG
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            family: AddressFamily::from_value(rd::u8(b, 0) as u32),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u8(out, 0, self.family.value() as u8);
    }
}

fixed_struct!(Ndtmsg);

/// `struct nda_cacheinfo` (16 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NdaCacheinfo {
    /// `confirmed`.
    pub confirmed: u32,
    /// `used`.
    pub used: u32,
    /// `updated`.
    pub updated: u32,
    /// `refcnt`.
    pub refcnt: u32,
}

impl NdaCacheinfo {
    /// Size on the wire.
    pub const LEN: usize = 16;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::NDA_CACHEINFO
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            confirmed: rd::u32(b, 0),
            used: rd::u32(b, 4),
            updated: rd::u32(b, 8),
            refcnt: rd::u32(b, 12),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.confirmed);
        wr::u32(out, 4, self.used);
        wr::u32(out, 8, self.updated);
        wr::u32(out, 12, self.refcnt);
    }
}

fixed_struct!(NdaCacheinfo);

/// `struct ndt_config` (32 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NdtConfig {
    /// `key-len`.
    pub key_len: u16,
    /// `entry-size`.
    pub entry_size: u16,
    /// `entries`.
    pub entries: u32,
    /// `last-flush`.
    pub last_flush: u32,
    /// `last-rand`.
    pub last_rand: u32,
    /// `hash-rnd`.
    pub hash_rnd: u32,
    /// `hash-mask`.
    pub hash_mask: u32,
    /// `hash-chain-gc`.
    pub hash_chain_gc: u32,
    /// `proxy-qlen`.
    pub proxy_qlen: u32,
}

impl NdtConfig {
    /// Size on the wire.
    pub const LEN: usize = 32;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::NDT_CONFIG
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            key_len: rd::u16(b, 0),
            entry_size: rd::u16(b, 2),
            entries: rd::u32(b, 4),
            last_flush: rd::u32(b, 8),
            last_rand: rd::u32(b, 12),
            hash_rnd: rd::u32(b, 16),
            hash_mask: rd::u32(b, 20),
            hash_chain_gc: rd::u32(b, 24),
            proxy_qlen: rd::u32(b, 28),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u16(out, 0, self.key_len);
        wr::u16(out, 2, self.entry_size);
        wr::u32(out, 4, self.entries);
        wr::u32(out, 8, self.last_flush);
        wr::u32(out, 12, self.last_rand);
        wr::u32(out, 16, self.hash_rnd);
        wr::u32(out, 20, self.hash_mask);
        wr::u32(out, 24, self.hash_chain_gc);
        wr::u32(out, 28, self.proxy_qlen);
    }
}

fixed_struct!(NdtConfig);

/// `struct ndt_stats` (88 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NdtStats {
    /// `allocs`.
    pub allocs: u64,
    /// `destroys`.
    pub destroys: u64,
    /// `hash-grows`.
    pub hash_grows: u64,
    /// `res-failed`.
    pub res_failed: u64,
    /// `lookups`.
    pub lookups: u64,
    /// `hits`.
    pub hits: u64,
    /// `rcv-probes-mcast`.
    pub rcv_probes_mcast: u64,
    /// `rcv-probes-ucast`.
    pub rcv_probes_ucast: u64,
    /// `periodic-gc-runs`.
    pub periodic_gc_runs: u64,
    /// `forced-gc-runs`.
    pub forced_gc_runs: u64,
    /// `table-fulls`.
    pub table_fulls: u64,
}

impl NdtStats {
    /// Size on the wire.
    pub const LEN: usize = 88;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::NDT_STATS
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            allocs: rd::u64(b, 0),
            destroys: rd::u64(b, 8),
            hash_grows: rd::u64(b, 16),
            res_failed: rd::u64(b, 24),
            lookups: rd::u64(b, 32),
            hits: rd::u64(b, 40),
            rcv_probes_mcast: rd::u64(b, 48),
            rcv_probes_ucast: rd::u64(b, 56),
            periodic_gc_runs: rd::u64(b, 64),
            forced_gc_runs: rd::u64(b, 72),
            table_fulls: rd::u64(b, 80),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u64(out, 0, self.allocs);
        wr::u64(out, 8, self.destroys);
        wr::u64(out, 16, self.hash_grows);
        wr::u64(out, 24, self.res_failed);
        wr::u64(out, 32, self.lookups);
        wr::u64(out, 40, self.hits);
        wr::u64(out, 48, self.rcv_probes_mcast);
        wr::u64(out, 56, self.rcv_probes_ucast);
        wr::u64(out, 64, self.periodic_gc_runs);
        wr::u64(out, 72, self.forced_gc_runs);
        wr::u64(out, 80, self.table_fulls);
    }
}

fixed_struct!(NdtStats);
