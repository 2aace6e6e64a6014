//! The enums, flags and fixed structs of `rt-route`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

nl_enum! {
    /// The `rtm-type` enum of `rt-route`.
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

/// `struct rtmsg` (12 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rtmsg {
    /// `rtm-family`.
    pub rtm_family: u8,
    /// `rtm-dst-len`.
    pub rtm_dst_len: u8,
    /// `rtm-src-len`.
    pub rtm_src_len: u8,
    /// `rtm-tos`.
    pub rtm_tos: u8,
    /// `rtm-table`.
    pub rtm_table: u8,
    /// `rtm-protocol`.
    pub rtm_protocol: u8,
    /// `rtm-scope`.
    pub rtm_scope: u8,
    /// `rtm-type`.
    pub rtm_type: RtmType,
    /// `rtm-flags`.
    pub rtm_flags: u32,
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
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            rtm_family: rd::u8(b, 0),
            rtm_dst_len: rd::u8(b, 1),
            rtm_src_len: rd::u8(b, 2),
            rtm_tos: rd::u8(b, 3),
            rtm_table: rd::u8(b, 4),
            rtm_protocol: rd::u8(b, 5),
            rtm_scope: rd::u8(b, 6),
            rtm_type: RtmType::from_value(rd::u8(b, 7) as u32),
            rtm_flags: rd::u32(b, 8),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u8(out, 0, self.rtm_family);
        wr::u8(out, 1, self.rtm_dst_len);
        wr::u8(out, 2, self.rtm_src_len);
        wr::u8(out, 3, self.rtm_tos);
        wr::u8(out, 4, self.rtm_table);
        wr::u8(out, 5, self.rtm_protocol);
        wr::u8(out, 6, self.rtm_scope);
        wr::u8(out, 7, self.rtm_type.value() as u8);
        wr::u32(out, 8, self.rtm_flags);
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
