//! The enums, flags and fixed structs of `rt-rule`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

nl_enum! {
    /// The `fr-act` enum of `rt-rule`.
    pub enum FrAct: u32 => tables::FR_ACT {
        /// `FR_ACT_UNSPEC`
        Unspec = 0,
        /// `FR_ACT_TO_TBL`
        ToTbl = 1,
        /// `FR_ACT_GOTO`
        Goto = 2,
        /// `FR_ACT_NOP`
        Nop = 3,
        /// `FR_ACT_RES3`
        Res3 = 4,
        /// `FR_ACT_RES4`
        Res4 = 5,
        /// `FR_ACT_BLACKHOLE`
        Blackhole = 6,
        /// `FR_ACT_UNREACHABLE`
        Unreachable = 7,
        /// `FR_ACT_PROHIBIT`
        Prohibit = 8,
    }
}

nl_flags! {
    /// The `fib-rule-flags` flags of `rt-rule`.
    pub struct FibRuleFlags: u32 => tables::FIB_RULE_FLAGS {
        /// `FIB_RULE_PERMANENT`
        const PERMANENT = 1 << 0;
        /// `FIB_RULE_INVERT`
        const INVERT = 1 << 1;
        /// `FIB_RULE_UNRESOLVED`
        const UNRESOLVED = 1 << 2;
        /// `FIB_RULE_IIF_DETACHED`
        const IIF_DETACHED = 1 << 3;
        /// `FIB_RULE_OIF_DETACHED`
        const OIF_DETACHED = 1 << 4;
        /// `FIB_RULE_FIND_SADDR`
        const FIND_SADDR = 1 << 16;
    }
}

nl_enum! {
    /// The `address-family` enum of `rt-rule`.
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
    /// The `rt-protocol` enum of `rt-rule`.
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

nl_enum! {
    /// The `rt-table` enum of `rt-rule`.
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

/// `struct rtgenmsg` (4 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rtgenmsg {
    /// `family`.
    pub family: AddressFamily,
}

impl Rtgenmsg {
    /// Size on the wire.
    pub const LEN: usize = 4;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::RTGENMSG
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

fixed_struct!(Rtgenmsg);

/// `struct fib_rule_hdr` (12 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FibRuleHdr {
    /// `family`.
    pub family: AddressFamily,
    /// `dst-len`.
    pub dst_len: u8,
    /// `src-len`.
    pub src_len: u8,
    /// `tos`.
    pub tos: u8,
    /// `table`.
    pub table: RtTable,
    /// `action`.
    pub action: FrAct,
    /// `flags`.
    pub flags: FibRuleFlags,
}

impl FibRuleHdr {
    /// Size on the wire.
    pub const LEN: usize = 12;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::FIB_RULE_HDR
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            family: AddressFamily::from_value(rd::u8(b, 0) as u32),
            dst_len: rd::u8(b, 1),
            src_len: rd::u8(b, 2),
            tos: rd::u8(b, 3),
            table: RtTable::from_value(rd::u8(b, 4) as u32),
            action: FrAct::from_value(rd::u8(b, 7) as u32),
            flags: FibRuleFlags(rd::u32(b, 8)),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u8(out, 0, self.family.value() as u8);
        wr::u8(out, 1, self.dst_len);
        wr::u8(out, 2, self.src_len);
        wr::u8(out, 3, self.tos);
        wr::u8(out, 4, self.table.value() as u8);
        wr::u8(out, 7, self.action.value() as u8);
        wr::u32(out, 8, self.flags.bits());
    }
}

fixed_struct!(FibRuleHdr);

/// `struct fib_rule_port_range` (4 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FibRulePortRange {
    /// `start`.
    pub start: u16,
    /// `end`.
    pub end: u16,
}

impl FibRulePortRange {
    /// Size on the wire.
    pub const LEN: usize = 4;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::FIB_RULE_PORT_RANGE
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            start: rd::u16(b, 0),
            end: rd::u16(b, 2),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u16(out, 0, self.start);
        wr::u16(out, 2, self.end);
    }
}

fixed_struct!(FibRulePortRange);

/// `struct fib_rule_uid_range` (8 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FibRuleUidRange {
    /// `start`.
    pub start: u32,
    /// `end`.
    pub end: u32,
}

impl FibRuleUidRange {
    /// Size on the wire.
    pub const LEN: usize = 8;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::FIB_RULE_UID_RANGE
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            start: rd::u32(b, 0),
            end: rd::u32(b, 4),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.start);
        wr::u32(out, 4, self.end);
    }
}

fixed_struct!(FibRuleUidRange);
