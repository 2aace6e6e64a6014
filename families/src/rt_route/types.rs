//! The enums, flags and fixed structs of `rt-route`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

/// The `rtm-type` enum of `rt-route`: the same definition as [`rt_neigh`](crate::rt_neigh), so one
/// type serves every family that has it.
pub use crate::rt_neigh::RtmType;

nl_enum! {
    /// Why the kernel deleted a route. New causes may be appended. The
    /// value space is family-agnostic, a value is never reinterpreted
    /// per address family.
    pub enum DelReason: u32 => tables::DEL_REASON {
        /// The deletion path does not record a cause.
        Unspec = 0,
        /// The RTF_EXPIRES lifetime ran out and the route was garbage collected.
        Expired = 1,
        /// A Router Advertisement withdrew the route with a zero lifetime.
        RaWithdrawn = 2,
    }
}

nl_flags! {
    /// The `rtnh-flags` flags of `rt-route`.
    pub struct RtnhFlags: u32 => tables::RTNH_FLAGS {
        /// `RTNH_F_DEAD`
        const DEAD = 1 << 0;
        /// `RTNH_F_PERVASIVE`
        const PERVASIVE = 1 << 1;
        /// `RTNH_F_ONLINK`
        const ONLINK = 1 << 2;
        /// `RTNH_F_OFFLOAD`
        const OFFLOAD = 1 << 3;
        /// `RTNH_F_LINKDOWN`
        const LINKDOWN = 1 << 4;
        /// `RTNH_F_UNRESOLVED`
        const UNRESOLVED = 1 << 5;
        /// `RTNH_F_TRAP`
        const TRAP = 1 << 6;
    }
}

nl_flags! {
    /// The `rtm-flags` flags of `rt-route`.
    pub struct RtmFlags: u32 => tables::RTM_FLAGS {
        /// `RTM_F_NOTIFY`
        const NOTIFY = 1 << 8;
        /// `RTM_F_CLONED`
        const CLONED = 1 << 9;
        /// `RTM_F_EQUALIZE`
        const EQUALIZE = 1 << 10;
        /// `RTM_F_PREFIX`
        const PREFIX = 1 << 11;
        /// `RTM_F_LOOKUP_TABLE`
        const LOOKUP_TABLE = 1 << 12;
        /// `RTM_F_FIB_MATCH`
        const FIB_MATCH = 1 << 13;
        /// `RTM_F_OFFLOAD`
        const OFFLOAD = 1 << 14;
        /// `RTM_F_TRAP`
        const TRAP = 1 << 15;
        /// `RTM_F_OFFLOAD_FAILED`
        const OFFLOAD_FAILED = 1 << 29;
    }
}

nl_enum! {
    /// The `lwtunnel-encap-type` enum of `rt-route`.
    pub enum LwtunnelEncapType: u32 => tables::LWTUNNEL_ENCAP_TYPE {
        /// `LWTUNNEL_ENCAP_NONE`
        None = 0,
        /// `LWTUNNEL_ENCAP_MPLS`
        Mpls = 1,
        /// `LWTUNNEL_ENCAP_IP`
        Ip = 2,
        /// `LWTUNNEL_ENCAP_ILA`
        Ila = 3,
        /// `LWTUNNEL_ENCAP_IP6`
        Ip6 = 4,
        /// `LWTUNNEL_ENCAP_SEG6`
        Seg6 = 5,
        /// `LWTUNNEL_ENCAP_BPF`
        Bpf = 6,
        /// `LWTUNNEL_ENCAP_SEG6_LOCAL`
        Seg6Local = 7,
        /// `LWTUNNEL_ENCAP_RPL`
        Rpl = 8,
        /// `LWTUNNEL_ENCAP_IOAM6`
        Ioam6 = 9,
        /// `LWTUNNEL_ENCAP_XFRM`
        Xfrm = 10,
    }
}

nl_enum! {
    /// The `router-pref` enum of `rt-route`.
    pub enum RouterPref: u32 => tables::ROUTER_PREF {
        /// `ICMPV6_ROUTER_PREF_MEDIUM`
        Medium = 0,
        /// `ICMPV6_ROUTER_PREF_HIGH`
        High = 1,
        /// `ICMPV6_ROUTER_PREF_INVALID`
        Invalid = 2,
        /// `ICMPV6_ROUTER_PREF_LOW`
        Low = 3,
    }
}

/// The `address-family` enum of `rt-route`: the same definition as [`rt_addr`](crate::rt_addr), so one
/// type serves every family that has it.
pub use crate::rt_addr::AddressFamily;

/// The `rt-protocol` enum of `rt-route`: the same definition as [`rt_neigh`](crate::rt_neigh), so one
/// type serves every family that has it.
pub use crate::rt_neigh::RtProtocol;

/// The `rt-scope` enum of `rt-route`: the same definition as [`rt_addr`](crate::rt_addr), so one
/// type serves every family that has it.
pub use crate::rt_addr::RtScope;

nl_enum! {
    /// The `rt-table` enum of `rt-route`.
    pub enum RtTable: u32 => tables::RT_TABLE {
        /// `RT_TABLE_UNSPEC`
        Unspec = 0,
        /// `RT_TABLE_COMPAT`
        Compat = 252,
        /// `RT_TABLE_DEFAULT`
        Default = 253,
        /// `RT_TABLE_MAIN`
        Main = 254,
        /// `RT_TABLE_LOCAL`
        Local = 255,
    }
}

/// `struct rtmsg` (12 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rtmsg {
    /// `rtm-family`.
    pub rtm_family: AddressFamily,
    /// `rtm-dst-len`.
    pub rtm_dst_len: u8,
    /// `rtm-src-len`.
    pub rtm_src_len: u8,
    /// `rtm-tos`.
    pub rtm_tos: u8,
    /// `rtm-table`.
    pub rtm_table: RtTable,
    /// `rtm-protocol`.
    pub rtm_protocol: RtProtocol,
    /// `rtm-scope`.
    pub rtm_scope: RtScope,
    /// `rtm-type`.
    pub rtm_type: RtmType,
    /// `rtm-flags`.
    pub rtm_flags: RtmFlags,
}

impl Rtmsg {
    /// Size on the wire.
    pub const LEN: usize = 12;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::RTMSG
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            rtm_family: AddressFamily::from_value(rd::u8(b, 0) as u32),
            rtm_dst_len: rd::u8(b, 1),
            rtm_src_len: rd::u8(b, 2),
            rtm_tos: rd::u8(b, 3),
            rtm_table: RtTable::from_value(rd::u8(b, 4) as u32),
            rtm_protocol: RtProtocol::from_value(rd::u8(b, 5) as u32),
            rtm_scope: RtScope::from_value(rd::u8(b, 6) as u32),
            rtm_type: RtmType::from_value(rd::u8(b, 7) as u32),
            rtm_flags: RtmFlags(rd::u32(b, 8)),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u8(out, 0, self.rtm_family.value() as u8);
        wr::u8(out, 1, self.rtm_dst_len);
        wr::u8(out, 2, self.rtm_src_len);
        wr::u8(out, 3, self.rtm_tos);
        wr::u8(out, 4, self.rtm_table.value() as u8);
        wr::u8(out, 5, self.rtm_protocol.value() as u8);
        wr::u8(out, 6, self.rtm_scope.value() as u8);
        wr::u8(out, 7, self.rtm_type.value() as u8);
        wr::u32(out, 8, self.rtm_flags.bits());
    }
}

fixed_struct!(Rtmsg);

/// `struct rta_cacheinfo` (20 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RtaCacheinfo {
    /// `rta-clntref`.
    pub rta_clntref: u32,
    /// `rta-lastuse`.
    pub rta_lastuse: u32,
    /// `rta-expires`.
    pub rta_expires: u32,
    /// `rta-error`.
    pub rta_error: u32,
    /// `rta-used`.
    pub rta_used: u32,
}

impl RtaCacheinfo {
    /// Size on the wire.
    pub const LEN: usize = 20;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::RTA_CACHEINFO
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            rta_clntref: rd::u32(b, 0),
            rta_lastuse: rd::u32(b, 4),
            rta_expires: rd::u32(b, 8),
            rta_error: rd::u32(b, 12),
            rta_used: rd::u32(b, 16),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.rta_clntref);
        wr::u32(out, 4, self.rta_lastuse);
        wr::u32(out, 8, self.rta_expires);
        wr::u32(out, 12, self.rta_error);
        wr::u32(out, 16, self.rta_used);
    }
}

fixed_struct!(RtaCacheinfo);

/// `struct rtnexthop` (8 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rtnexthop {
    /// `rtnh-len`.
    pub rtnh_len: u16,
    /// `rtnh-flags`.
    pub rtnh_flags: RtnhFlags,
    /// `rtnh-hops`.
    pub rtnh_hops: u8,
    /// `rtnh-ifindex`.
    pub rtnh_ifindex: i32,
}

impl Rtnexthop {
    /// Size on the wire.
    pub const LEN: usize = 8;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::RTNEXTHOP
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            rtnh_len: rd::u16(b, 0),
            rtnh_flags: RtnhFlags(rd::u8(b, 2) as u32),
            rtnh_hops: rd::u8(b, 3),
            rtnh_ifindex: rd::i32(b, 4),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u16(out, 0, self.rtnh_len);
        wr::u8(out, 2, self.rtnh_flags.bits() as u8);
        wr::u8(out, 3, self.rtnh_hops);
        wr::i32(out, 4, self.rtnh_ifindex);
    }
}

fixed_struct!(Rtnexthop);
