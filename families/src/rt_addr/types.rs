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

nl_enum! {
    /// The `ifa-proto` enum of `rt-addr`.
    pub enum IfaProto: u32 => tables::IFA_PROTO {
        /// `IFAPROT_UNSPEC`
        Unspec = 0,
        /// `IFAPROT_KERNEL_LO`
        KernelLo = 1,
        /// `IFAPROT_KERNEL_RA`
        KernelRa = 2,
        /// `IFAPROT_KERNEL_LL`
        KernelLl = 3,
    }
}

nl_enum! {
    /// The `address-family` enum of `rt-addr`.
    pub enum AddressFamily: u32 => tables::ADDRESS_FAMILY {
        /// `AF_UNSPEC`
        Unspec = 0,
        /// `AF_UNIX`
        Unix = 1,
        /// `AF_INET`
        Inet = 2,
        /// `AF_AX25`
        Ax25 = 3,
        /// `AF_IPX`
        Ipx = 4,
        /// `AF_APPLETALK`
        Appletalk = 5,
        /// `AF_NETROM`
        Netrom = 6,
        /// `AF_BRIDGE`
        Bridge = 7,
        /// `AF_ATMPVC`
        Atmpvc = 8,
        /// `AF_X25`
        X25 = 9,
        /// `AF_INET6`
        Inet6 = 10,
        /// `AF_ROSE`
        Rose = 11,
        /// `AF_DECNET`
        Decnet = 12,
        /// `AF_NETBEUI`
        Netbeui = 13,
        /// `AF_SECURITY`
        Security = 14,
        /// `AF_KEY`
        Key = 15,
        /// `AF_NETLINK`
        Netlink = 16,
        /// `AF_PACKET`
        Packet = 17,
        /// `AF_ASH`
        Ash = 18,
        /// `AF_ECONET`
        Econet = 19,
        /// `AF_ATMSVC`
        Atmsvc = 20,
        /// `AF_RDS`
        Rds = 21,
        /// `AF_SNA`
        Sna = 22,
        /// `AF_IRDA`
        Irda = 23,
        /// `AF_PPPOX`
        Pppox = 24,
        /// `AF_WANPIPE`
        Wanpipe = 25,
        /// `AF_LLC`
        Llc = 26,
        /// `AF_IB`
        Ib = 27,
        /// `AF_MPLS`
        Mpls = 28,
        /// `AF_CAN`
        Can = 29,
        /// `AF_TIPC`
        Tipc = 30,
        /// `AF_BLUETOOTH`
        Bluetooth = 31,
        /// `AF_IUCV`
        Iucv = 32,
        /// `AF_RXRPC`
        Rxrpc = 33,
        /// `AF_ISDN`
        Isdn = 34,
        /// `AF_PHONET`
        Phonet = 35,
        /// `AF_IEEE802154`
        Ieee802154 = 36,
        /// `AF_CAIF`
        Caif = 37,
        /// `AF_ALG`
        Alg = 38,
        /// `AF_NFC`
        Nfc = 39,
        /// `AF_VSOCK`
        Vsock = 40,
        /// `AF_KCM`
        Kcm = 41,
        /// `AF_QIPCRTR`
        Qipcrtr = 42,
        /// `AF_SMC`
        Smc = 43,
        /// `AF_XDP`
        Xdp = 44,
        /// `AF_MCTP`
        Mctp = 45,
    }
}

nl_enum! {
    /// The `rt-scope` enum of `rt-addr`.
    pub enum RtScope: u32 => tables::RT_SCOPE {
        /// `RT_SCOPE_UNIVERSE`
        Universe = 0,
        /// `RT_SCOPE_SITE`
        Site = 200,
        /// `RT_SCOPE_LINK`
        Link = 253,
        /// `RT_SCOPE_HOST`
        Host = 254,
        /// `RT_SCOPE_NOWHERE`
        Nowhere = 255,
    }
}

/// `struct ifaddrmsg` (8 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ifaddrmsg {
    /// `ifa-family`.
    pub ifa_family: AddressFamily,
    /// `ifa-prefixlen`.
    pub ifa_prefixlen: u8,
    /// `ifa-flags`.
    pub ifa_flags: IfaFlags,
    /// `ifa-scope`.
    pub ifa_scope: RtScope,
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
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            ifa_family: AddressFamily::from_value(rd::u8(b, 0) as u32),
            ifa_prefixlen: rd::u8(b, 1),
            ifa_flags: IfaFlags(rd::u8(b, 2) as u32),
            ifa_scope: RtScope::from_value(rd::u8(b, 3) as u32),
            ifa_index: rd::u32(b, 4),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u8(out, 0, self.ifa_family.value() as u8);
        wr::u8(out, 1, self.ifa_prefixlen);
        wr::u8(out, 2, self.ifa_flags.bits() as u8);
        wr::u8(out, 3, self.ifa_scope.value() as u8);
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
    #[inline]
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
