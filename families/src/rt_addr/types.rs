//! The enums, flags and fixed structs of `rt-addr`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

nl_flags! {
    /// The `ifa-flags` flags of `rt-addr`.
    pub struct IfaFlags: u32 => tables::IFA_FLAGS {
        /// `IFA_F_SECONDARY`
        const SECONDARY = 1 << 0;
        /// `IFA_F_NODAD`
        const NODAD = 1 << 1;
        /// `IFA_F_OPTIMISTIC`
        const OPTIMISTIC = 1 << 2;
        /// `IFA_F_DADFAILED`
        const DADFAILED = 1 << 3;
        /// `IFA_F_HOMEADDRESS`
        const HOMEADDRESS = 1 << 4;
        /// `IFA_F_DEPRECATED`
        const DEPRECATED = 1 << 5;
        /// `IFA_F_TENTATIVE`
        const TENTATIVE = 1 << 6;
        /// `IFA_F_PERMANENT`
        const PERMANENT = 1 << 7;
        /// `IFA_F_MANAGETEMPADDR`
        const MANAGETEMPADDR = 1 << 8;
        /// `IFA_F_NOPREFIXROUTE`
        const NOPREFIXROUTE = 1 << 9;
        /// `IFA_F_MCAUTOJOIN`
        const MCAUTOJOIN = 1 << 10;
        /// `IFA_F_STABLE_PRIVACY`
        const STABLE_PRIVACY = 1 << 11;
    }
}

/// `struct ifaddrmsg` (8 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ifaddrmsg {
    /// `ifa-family`.
    pub ifa_family: u8,
    /// `ifa-prefixlen`.
    pub ifa_prefixlen: u8,
    /// `ifa-flags`.
    pub ifa_flags: IfaFlags,
    /// `ifa-scope`.
    pub ifa_scope: u8,
    /// `ifa-index`.
    pub ifa_index: u32,
}

impl Ifaddrmsg {
    /// Size on the wire.
    pub const LEN: usize = 8;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::IFADDRMSG
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            ifa_family: rd::u8(b, 0),
            ifa_prefixlen: rd::u8(b, 1),
            ifa_flags: IfaFlags(rd::u8(b, 2) as u32),
            ifa_scope: rd::u8(b, 3),
            ifa_index: rd::u32(b, 4),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u8(out, 0, self.ifa_family);
        wr::u8(out, 1, self.ifa_prefixlen);
        wr::u8(out, 2, self.ifa_flags.bits() as u8);
        wr::u8(out, 3, self.ifa_scope);
        wr::u32(out, 4, self.ifa_index);
    }
}

fixed_struct!(Ifaddrmsg);

/// `struct ifa_cacheinfo` (16 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IfaCacheinfo {
    /// `ifa-prefered`.
    pub ifa_prefered: u32,
    /// `ifa-valid`.
    pub ifa_valid: u32,
    /// `cstamp`.
    pub cstamp: u32,
    /// `tstamp`.
    pub tstamp: u32,
}

impl IfaCacheinfo {
    /// Size on the wire.
    pub const LEN: usize = 16;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::IFA_CACHEINFO
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            ifa_prefered: rd::u32(b, 0),
            ifa_valid: rd::u32(b, 4),
            cstamp: rd::u32(b, 8),
            tstamp: rd::u32(b, 12),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.ifa_prefered);
        wr::u32(out, 4, self.ifa_valid);
        wr::u32(out, 8, self.cstamp);
        wr::u32(out, 12, self.tstamp);
    }
}

fixed_struct!(IfaCacheinfo);
