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

/// The `address-family` enum of `rt-rule`: the same definition as [`rt_addr`](crate::rt_addr), so one
/// type serves every family that has it.
pub use crate::rt_addr::AddressFamily;

/// The `rt-protocol` enum of `rt-rule`: the same definition as [`rt_neigh`](crate::rt_neigh), so one
/// type serves every family that has it.
pub use crate::rt_neigh::RtProtocol;

/// The `rt-table` enum of `rt-rule`: the same definition as [`rt_route`](crate::rt_route), so one
/// type serves every family that has it.
pub use crate::rt_route::RtTable;

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
