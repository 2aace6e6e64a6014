//! The enums, flags and fixed structs of `nftables`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

nl_enum! {
    /// The `meta-keys` enum of `nftables`.
    pub enum MetaKeys: u32 => tables::META_KEYS {
        /// `NFTABLES_META_KEYS_LEN`
        Len = 0,
        /// `NFTABLES_META_KEYS_PROTOCOL`
        Protocol = 1,
        /// `NFTABLES_META_KEYS_PRIORITY`
        Priority = 2,
        /// `NFTABLES_META_KEYS_MARK`
        Mark = 3,
        /// `NFTABLES_META_KEYS_IIF`
        Iif = 4,
        /// `NFTABLES_META_KEYS_OIF`
        Oif = 5,
        /// `NFTABLES_META_KEYS_IIFNAME`
        Iifname = 6,
        /// `NFTABLES_META_KEYS_OIFNAME`
        Oifname = 7,
        /// `NFTABLES_META_KEYS_IFTYPE`
        Iftype = 8,
        /// `NFTABLES_META_KEYS_OIFTYPE`
        Oiftype = 9,
        /// `NFTABLES_META_KEYS_SKUID`
        Skuid = 10,
        /// `NFTABLES_META_KEYS_SKGID`
        Skgid = 11,
        /// `NFTABLES_META_KEYS_NFTRACE`
        Nftrace = 12,
        /// `NFTABLES_META_KEYS_RTCLASSID`
        Rtclassid = 13,
        /// `NFTABLES_META_KEYS_SECMARK`
        Secmark = 14,
        /// `NFTABLES_META_KEYS_NFPROTO`
        Nfproto = 15,
        /// `NFTABLES_META_KEYS_L4_PROTO`
        L4Proto = 16,
        /// `NFTABLES_META_KEYS_BRI_IIFNAME`
        BriIifname = 17,
        /// `NFTABLES_META_KEYS_BRI_OIFNAME`
        BriOifname = 18,
        /// `NFTABLES_META_KEYS_PKTTYPE`
        Pkttype = 19,
        /// `NFTABLES_META_KEYS_CPU`
        Cpu = 20,
        /// `NFTABLES_META_KEYS_IIFGROUP`
        Iifgroup = 21,
        /// `NFTABLES_META_KEYS_OIFGROUP`
        Oifgroup = 22,
        /// `NFTABLES_META_KEYS_CGROUP`
        Cgroup = 23,
        /// `NFTABLES_META_KEYS_PRANDOM`
        Prandom = 24,
        /// `NFTABLES_META_KEYS_SECPATH`
        Secpath = 25,
        /// `NFTABLES_META_KEYS_IIFKIND`
        Iifkind = 26,
        /// `NFTABLES_META_KEYS_OIFKIND`
        Oifkind = 27,
        /// `NFTABLES_META_KEYS_BRI_IIFPVID`
        BriIifpvid = 28,
        /// `NFTABLES_META_KEYS_BRI_IIFVPROTO`
        BriIifvproto = 29,
        /// `NFTABLES_META_KEYS_TIME_NS`
        TimeNs = 30,
        /// `NFTABLES_META_KEYS_TIME_DAY`
        TimeDay = 31,
        /// `NFTABLES_META_KEYS_TIME_HOUR`
        TimeHour = 32,
        /// `NFTABLES_META_KEYS_SDIF`
        Sdif = 33,
        /// `NFTABLES_META_KEYS_SDIFNAME`
        Sdifname = 34,
        /// `NFTABLES_META_KEYS_BRI_BROUTE`
        BriBroute = 35,
    }
}

nl_enum! {
    /// The `bitwise-ops` enum of `nftables`.
    pub enum BitwiseOps: u32 => tables::BITWISE_OPS {
        /// mask-and-xor operation used to implement NOT, AND, OR and XOR boolean operations
        MaskXor = 0,
        /// `NFTABLES_BITWISE_OPS_LSHIFT`
        Lshift = 1,
        /// `NFTABLES_BITWISE_OPS_RSHIFT`
        Rshift = 2,
        /// `NFTABLES_BITWISE_OPS_AND`
        And = 3,
        /// `NFTABLES_BITWISE_OPS_OR`
        Or = 4,
        /// `NFTABLES_BITWISE_OPS_XOR`
        Xor = 5,
    }
}

nl_enum! {
    /// The `cmp-ops` enum of `nftables`.
    pub enum CmpOps: u32 => tables::CMP_OPS {
        /// `NFTABLES_CMP_OPS_EQ`
        Eq = 0,
        /// `NFTABLES_CMP_OPS_NEQ`
        Neq = 1,
        /// `NFTABLES_CMP_OPS_LT`
        Lt = 2,
        /// `NFTABLES_CMP_OPS_LTE`
        Lte = 3,
        /// `NFTABLES_CMP_OPS_GT`
        Gt = 4,
        /// `NFTABLES_CMP_OPS_GTE`
        Gte = 5,
    }
}

nl_enum! {
    /// The `object-type` enum of `nftables`.
    pub enum ObjectType: u32 => tables::OBJECT_TYPE {
        /// `NFTABLES_OBJECT_TYPE_UNSPEC`
        Unspec = 0,
        /// `NFTABLES_OBJECT_TYPE_COUNTER`
        Counter = 1,
        /// `NFTABLES_OBJECT_TYPE_QUOTA`
        Quota = 2,
        /// `NFTABLES_OBJECT_TYPE_CT_HELPER`
        CtHelper = 3,
        /// `NFTABLES_OBJECT_TYPE_LIMIT`
        Limit = 4,
        /// `NFTABLES_OBJECT_TYPE_CONNLIMIT`
        Connlimit = 5,
        /// `NFTABLES_OBJECT_TYPE_TUNNEL`
        Tunnel = 6,
        /// `NFTABLES_OBJECT_TYPE_CT_TIMEOUT`
        CtTimeout = 7,
        /// `NFTABLES_OBJECT_TYPE_SECMARK`
        Secmark = 8,
        /// `NFTABLES_OBJECT_TYPE_CT_EXPECT`
        CtExpect = 9,
        /// `NFTABLES_OBJECT_TYPE_SYNPROXY`
        Synproxy = 10,
    }
}

nl_flags! {
    /// The `nat-range-flags` flags of `nftables`.
    pub struct NatRangeFlags: u32 => tables::NAT_RANGE_FLAGS {
        /// `NFTABLES_NAT_RANGE_FLAGS_MAP_IPS`
        const MAP_IPS = 1 << 0;
        /// `NFTABLES_NAT_RANGE_FLAGS_PROTO_SPECIFIED`
        const PROTO_SPECIFIED = 1 << 1;
        /// `NFTABLES_NAT_RANGE_FLAGS_PROTO_RANDOM`
        const PROTO_RANDOM = 1 << 2;
        /// `NFTABLES_NAT_RANGE_FLAGS_PERSISTENT`
        const PERSISTENT = 1 << 3;
        /// `NFTABLES_NAT_RANGE_FLAGS_PROTO_RANDOM_FULLY`
        const PROTO_RANDOM_FULLY = 1 << 4;
        /// `NFTABLES_NAT_RANGE_FLAGS_PROTO_OFFSET`
        const PROTO_OFFSET = 1 << 5;
        /// `NFTABLES_NAT_RANGE_FLAGS_NETMAP`
        const NETMAP = 1 << 6;
    }
}

nl_flags! {
    /// The `table-flags` flags of `nftables`.
    pub struct TableFlags: u32 => tables::TABLE_FLAGS {
        /// `NFTABLES_TABLE_FLAGS_DORMANT`
        const DORMANT = 1 << 0;
        /// `NFTABLES_TABLE_FLAGS_OWNER`
        const OWNER = 1 << 1;
        /// `NFTABLES_TABLE_FLAGS_PERSIST`
        const PERSIST = 1 << 2;
    }
}

nl_flags! {
    /// The `chain-flags` flags of `nftables`.
    pub struct ChainFlags: u32 => tables::CHAIN_FLAGS {
        /// `NFTABLES_CHAIN_FLAGS_BASE`
        const BASE = 1 << 0;
        /// `NFTABLES_CHAIN_FLAGS_HW_OFFLOAD`
        const HW_OFFLOAD = 1 << 1;
        /// `NFTABLES_CHAIN_FLAGS_BINDING`
        const BINDING = 1 << 2;
    }
}

nl_flags! {
    /// The `set-flags` flags of `nftables`.
    pub struct SetFlags: u32 => tables::SET_FLAGS {
        /// `NFTABLES_SET_FLAGS_ANONYMOUS`
        const ANONYMOUS = 1 << 0;
        /// `NFTABLES_SET_FLAGS_CONSTANT`
        const CONSTANT = 1 << 1;
        /// `NFTABLES_SET_FLAGS_INTERVAL`
        const INTERVAL = 1 << 2;
        /// `NFTABLES_SET_FLAGS_MAP`
        const MAP = 1 << 3;
        /// `NFTABLES_SET_FLAGS_TIMEOUT`
        const TIMEOUT = 1 << 4;
        /// `NFTABLES_SET_FLAGS_EVAL`
        const EVAL = 1 << 5;
        /// `NFTABLES_SET_FLAGS_OBJECT`
        const OBJECT = 1 << 6;
        /// `NFTABLES_SET_FLAGS_CONCAT`
        const CONCAT = 1 << 7;
        /// `NFTABLES_SET_FLAGS_EXPR`
        const EXPR = 1 << 8;
    }
}

nl_flags! {
    /// The `set-elem-flags` flags of `nftables`.
    pub struct SetElemFlags: u32 => tables::SET_ELEM_FLAGS {
        /// `NFTABLES_SET_ELEM_FLAGS_INTERVAL_END`
        const INTERVAL_END = 1 << 0;
        /// `NFTABLES_SET_ELEM_FLAGS_CATCHALL`
        const CATCHALL = 1 << 1;
    }
}

nl_flags! {
    /// The `lookup-flags` flags of `nftables`.
    pub struct LookupFlags: u32 => tables::LOOKUP_FLAGS {
        /// `NFTABLES_LOOKUP_FLAGS_INVERT`
        const INVERT = 1 << 0;
    }
}

nl_enum! {
    /// The `ct-keys` enum of `nftables`.
    pub enum CtKeys: u32 => tables::CT_KEYS {
        /// `NFTABLES_CT_KEYS_STATE`
        State = 0,
        /// `NFTABLES_CT_KEYS_DIRECTION`
        Direction = 1,
        /// `NFTABLES_CT_KEYS_STATUS`
        Status = 2,
        /// `NFTABLES_CT_KEYS_MARK`
        Mark = 3,
        /// `NFTABLES_CT_KEYS_SECMARK`
        Secmark = 4,
        /// `NFTABLES_CT_KEYS_EXPIRATION`
        Expiration = 5,
        /// `NFTABLES_CT_KEYS_HELPER`
        Helper = 6,
        /// `NFTABLES_CT_KEYS_L3PROTOCOL`
        L3protocol = 7,
        /// `NFTABLES_CT_KEYS_SRC`
        Src = 8,
        /// `NFTABLES_CT_KEYS_DST`
        Dst = 9,
        /// `NFTABLES_CT_KEYS_PROTOCOL`
        Protocol = 10,
        /// `NFTABLES_CT_KEYS_PROTO_SRC`
        ProtoSrc = 11,
        /// `NFTABLES_CT_KEYS_PROTO_DST`
        ProtoDst = 12,
        /// `NFTABLES_CT_KEYS_LABELS`
        Labels = 13,
        /// `NFTABLES_CT_KEYS_PKTS`
        Pkts = 14,
        /// `NFTABLES_CT_KEYS_BYTES`
        Bytes = 15,
        /// `NFTABLES_CT_KEYS_AVGPKT`
        Avgpkt = 16,
        /// `NFTABLES_CT_KEYS_ZONE`
        Zone = 17,
        /// `NFTABLES_CT_KEYS_EVENTMASK`
        Eventmask = 18,
        /// `NFTABLES_CT_KEYS_SRC_IP`
        SrcIp = 19,
        /// `NFTABLES_CT_KEYS_DST_IP`
        DstIp = 20,
        /// `NFTABLES_CT_KEYS_SRC_IP6`
        SrcIp6 = 21,
        /// `NFTABLES_CT_KEYS_DST_IP6`
        DstIp6 = 22,
        /// `NFTABLES_CT_KEYS_CT_ID`
        CtId = 23,
    }
}

nl_enum! {
    /// The `ct-direction` enum of `nftables`.
    pub enum CtDirection: u32 => tables::CT_DIRECTION {
        /// `NFTABLES_CT_DIRECTION_ORIGINAL`
        Original = 0,
        /// `NFTABLES_CT_DIRECTION_REPLY`
        Reply = 1,
    }
}

nl_flags! {
    /// The `quota-flags` flags of `nftables`.
    pub struct QuotaFlags: u32 => tables::QUOTA_FLAGS {
        /// `NFTABLES_QUOTA_FLAGS_INVERT`
        const INVERT = 1 << 0;
        /// `NFTABLES_QUOTA_FLAGS_DEPLETED`
        const DEPLETED = 1 << 1;
    }
}

nl_enum! {
    /// The `verdict-code` enum of `nftables`.
    pub enum VerdictCode: u32 => tables::VERDICT_CODE {
        /// `NFTABLES_VERDICT_CODE_CONTINUE`
        Continue = 4294967295,
        /// `NFTABLES_VERDICT_CODE_BREAK`
        Break = 4294967294,
        /// `NFTABLES_VERDICT_CODE_JUMP`
        Jump = 4294967293,
        /// `NFTABLES_VERDICT_CODE_GOTO`
        Goto = 4294967292,
        /// `NFTABLES_VERDICT_CODE_RETURN`
        Return = 4294967291,
        /// `NFTABLES_VERDICT_CODE_DROP`
        Drop = 0,
        /// `NFTABLES_VERDICT_CODE_ACCEPT`
        Accept = 1,
        /// `NFTABLES_VERDICT_CODE_STOLEN`
        Stolen = 2,
        /// `NFTABLES_VERDICT_CODE_QUEUE`
        Queue = 3,
        /// `NFTABLES_VERDICT_CODE_REPEAT`
        Repeat = 4,
    }
}

nl_enum! {
    /// The `fib-result` enum of `nftables`.
    pub enum FibResult: u32 => tables::FIB_RESULT {
        /// `NFTABLES_FIB_RESULT_OIF`
        Oif = 0,
        /// `NFTABLES_FIB_RESULT_OIFNAME`
        Oifname = 1,
        /// `NFTABLES_FIB_RESULT_ADDRTYPE`
        Addrtype = 2,
    }
}

nl_flags! {
    /// The `fib-flags` flags of `nftables`.
    pub struct FibFlags: u32 => tables::FIB_FLAGS {
        /// `NFTABLES_FIB_FLAGS_SADDR`
        const SADDR = 1 << 0;
        /// `NFTABLES_FIB_FLAGS_DADDR`
        const DADDR = 1 << 1;
        /// `NFTABLES_FIB_FLAGS_MARK`
        const MARK = 1 << 2;
        /// `NFTABLES_FIB_FLAGS_IIF`
        const IIF = 1 << 3;
        /// `NFTABLES_FIB_FLAGS_OIF`
        const OIF = 1 << 4;
        /// `NFTABLES_FIB_FLAGS_PRESENT`
        const PRESENT = 1 << 5;
    }
}

nl_enum! {
    /// The `reject-types` enum of `nftables`.
    pub enum RejectTypes: u32 => tables::REJECT_TYPES {
        /// `NFTABLES_REJECT_TYPES_ICMP_UNREACH`
        IcmpUnreach = 0,
        /// `NFTABLES_REJECT_TYPES_TCP_RST`
        TcpRst = 1,
        /// `NFTABLES_REJECT_TYPES_ICMPX_UNREACH`
        IcmpxUnreach = 2,
    }
}

nl_enum! {
    /// These codes are mapped to real ICMP and ICMPv6 codes.
    pub enum RejectInetCode: u32 => tables::REJECT_INET_CODE {
        /// `NFTABLES_REJECT_INET_CODE_ICMPX_NO_ROUTE`
        IcmpxNoRoute = 0,
        /// `NFTABLES_REJECT_INET_CODE_ICMPX_PORT_UNREACH`
        IcmpxPortUnreach = 1,
        /// `NFTABLES_REJECT_INET_CODE_ICMPX_HOST_UNREACH`
        IcmpxHostUnreach = 2,
        /// `NFTABLES_REJECT_INET_CODE_ICMPX_ADMIN_PROHIBITED`
        IcmpxAdminProhibited = 3,
    }
}

nl_enum! {
    /// The `payload-base` enum of `nftables`.
    pub enum PayloadBase: u32 => tables::PAYLOAD_BASE {
        /// `NFTABLES_PAYLOAD_BASE_LINK_LAYER_HEADER`
        LinkLayerHeader = 0,
        /// `NFTABLES_PAYLOAD_BASE_NETWORK_HEADER`
        NetworkHeader = 1,
        /// `NFTABLES_PAYLOAD_BASE_TRANSPORT_HEADER`
        TransportHeader = 2,
        /// `NFTABLES_PAYLOAD_BASE_INNER_HEADER`
        InnerHeader = 3,
        /// `NFTABLES_PAYLOAD_BASE_TUN_HEADER`
        TunHeader = 4,
    }
}

nl_enum! {
    /// Range operator
    pub enum RangeOps: u32 => tables::RANGE_OPS {
        /// `NFTABLES_RANGE_OPS_EQ`
        Eq = 0,
        /// `NFTABLES_RANGE_OPS_NEQ`
        Neq = 1,
    }
}

nl_enum! {
    /// nf_tables registers.
    /// nf_tables used to have five registers: a verdict register and four data
    /// registers of size 16. The data registers have been changed to 16 registers
    /// of size 4. For compatibility reasons, the NFT_REG_\[1-4\] registers still
    /// map to areas of size 16, the 4 byte registers are addressed using
    /// NFT_REG32_00 - NFT_REG32_15.
    pub enum Registers: u32 => tables::REGISTERS {
        /// `NFTABLES_REGISTERS_REG_VERDICT`
        RegVerdict = 0,
        /// `NFTABLES_REGISTERS_REG_1`
        Reg1 = 1,
        /// `NFTABLES_REGISTERS_REG_2`
        Reg2 = 2,
        /// `NFTABLES_REGISTERS_REG_3`
        Reg3 = 3,
        /// `NFTABLES_REGISTERS_REG_4`
        Reg4 = 4,
        /// `NFTABLES_REGISTERS_REG32_00`
        Reg3200 = 8,
        /// `NFTABLES_REGISTERS_REG32_01`
        Reg3201 = 9,
        /// `NFTABLES_REGISTERS_REG32_02`
        Reg3202 = 10,
        /// `NFTABLES_REGISTERS_REG32_03`
        Reg3203 = 11,
        /// `NFTABLES_REGISTERS_REG32_04`
        Reg3204 = 12,
        /// `NFTABLES_REGISTERS_REG32_05`
        Reg3205 = 13,
        /// `NFTABLES_REGISTERS_REG32_06`
        Reg3206 = 14,
        /// `NFTABLES_REGISTERS_REG32_07`
        Reg3207 = 15,
        /// `NFTABLES_REGISTERS_REG32_08`
        Reg3208 = 16,
        /// `NFTABLES_REGISTERS_REG32_09`
        Reg3209 = 17,
        /// `NFTABLES_REGISTERS_REG32_10`
        Reg3210 = 18,
        /// `NFTABLES_REGISTERS_REG32_11`
        Reg3211 = 19,
        /// `NFTABLES_REGISTERS_REG32_12`
        Reg3212 = 20,
        /// `NFTABLES_REGISTERS_REG32_13`
        Reg3213 = 21,
        /// `NFTABLES_REGISTERS_REG32_14`
        Reg3214 = 22,
        /// `NFTABLES_REGISTERS_REG32_15`
        Reg3215 = 23,
    }
}

nl_enum! {
    /// The `numgen-types` enum of `nftables`.
    pub enum NumgenTypes: u32 => tables::NUMGEN_TYPES {
        /// `NFTABLES_NUMGEN_TYPES_INCREMENTAL`
        Incremental = 0,
        /// `NFTABLES_NUMGEN_TYPES_RANDOM`
        Random = 1,
    }
}

nl_enum! {
    /// nf_tables log levels
    pub enum LogLevel: u32 => tables::LOG_LEVEL {
        /// system is unusable
        Emerg = 0,
        /// action must be taken immediately
        Alert = 1,
        /// critical conditions
        Crit = 2,
        /// error conditions
        Err = 3,
        /// warning conditions
        Warning = 4,
        /// normal but significant condition
        Notice = 5,
        /// informational
        Info = 6,
        /// debug-level messages
        Debug = 7,
        /// enabling audit logging
        Audit = 8,
    }
}

nl_flags! {
    /// nf_tables log flags
    pub struct LogFlags: u32 => tables::LOG_FLAGS {
        /// Log TCP sequence numbers
        const TCPSEQ = 1 << 0;
        /// Log TCP options
        const TCPOPT = 1 << 1;
        /// Log IP options
        const IPOPT = 1 << 2;
        /// Log UID owning local socket
        const UID = 1 << 3;
        /// Unsupported, don't reuse
        const NFLOG = 1 << 4;
        /// Decode MAC header
        const MACDECODE = 1 << 5;
    }
}

/// `struct nfgenmsg` (4 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Nfgenmsg {
    /// `nfgen-family`.
    pub nfgen_family: u8,
    /// `version`.
    pub version: u8,
    /// `res-id`.
    pub res_id: u16,
}

impl Nfgenmsg {
    /// Size on the wire.
    pub const LEN: usize = 4;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::NFGENMSG
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            nfgen_family: rd::u8(b, 0),
            version: rd::u8(b, 1),
            res_id: rd::u16_be(b, 2),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u8(out, 0, self.nfgen_family);
        wr::u8(out, 1, self.version);
        wr::u16_be(out, 2, self.res_id);
    }
}

fixed_struct!(Nfgenmsg);
