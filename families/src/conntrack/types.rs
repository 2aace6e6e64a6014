//! The enums, flags and fixed structs of `conntrack`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

nl_flags! {
    /// The `nf-ct-tcp-flags` flags of `conntrack`.
    pub struct NfCtTcpFlags: u32 => tables::NF_CT_TCP_FLAGS {
        /// `CONNTRACK_NF_CT_TCP_FLAGS_WINDOW_SCALE`
        const WINDOW_SCALE = 1 << 0;
        /// `CONNTRACK_NF_CT_TCP_FLAGS_SACK_PERM`
        const SACK_PERM = 1 << 1;
        /// `CONNTRACK_NF_CT_TCP_FLAGS_CLOSE_INIT`
        const CLOSE_INIT = 1 << 2;
        /// `CONNTRACK_NF_CT_TCP_FLAGS_BE_LIBERAL`
        const BE_LIBERAL = 1 << 3;
        /// `CONNTRACK_NF_CT_TCP_FLAGS_UNACKED`
        const UNACKED = 1 << 4;
        /// `CONNTRACK_NF_CT_TCP_FLAGS_MAXACK`
        const MAXACK = 1 << 5;
        /// `CONNTRACK_NF_CT_TCP_FLAGS_CHALLENGE_ACK`
        const CHALLENGE_ACK = 1 << 6;
        /// `CONNTRACK_NF_CT_TCP_FLAGS_SIMULTANEOUS_OPEN`
        const SIMULTANEOUS_OPEN = 1 << 7;
    }
}

nl_enum! {
    /// The `nf-ct-tcp-state` enum of `conntrack`.
    pub enum NfCtTcpState: u32 => tables::NF_CT_TCP_STATE {
        /// `CONNTRACK_NF_CT_TCP_STATE_NONE`
        None = 0,
        /// `CONNTRACK_NF_CT_TCP_STATE_SYN_SENT`
        SynSent = 1,
        /// `CONNTRACK_NF_CT_TCP_STATE_SYN_RECV`
        SynRecv = 2,
        /// `CONNTRACK_NF_CT_TCP_STATE_ESTABLISHED`
        Established = 3,
        /// `CONNTRACK_NF_CT_TCP_STATE_FIN_WAIT`
        FinWait = 4,
        /// `CONNTRACK_NF_CT_TCP_STATE_CLOSE_WAIT`
        CloseWait = 5,
        /// `CONNTRACK_NF_CT_TCP_STATE_LAST_ACK`
        LastAck = 6,
        /// `CONNTRACK_NF_CT_TCP_STATE_TIME_WAIT`
        TimeWait = 7,
        /// `CONNTRACK_NF_CT_TCP_STATE_CLOSE`
        Close = 8,
        /// `CONNTRACK_NF_CT_TCP_STATE_SYN_SENT2`
        SynSent2 = 9,
        /// `CONNTRACK_NF_CT_TCP_STATE_MAX`
        Max = 10,
        /// `CONNTRACK_NF_CT_TCP_STATE_IGNORE`
        Ignore = 11,
        /// `CONNTRACK_NF_CT_TCP_STATE_RETRANS`
        Retrans = 12,
        /// `CONNTRACK_NF_CT_TCP_STATE_UNACK`
        Unack = 13,
        /// `CONNTRACK_NF_CT_TCP_STATE_TIMEOUT_MAX`
        TimeoutMax = 14,
    }
}

nl_enum! {
    /// The `nf-ct-sctp-state` enum of `conntrack`.
    pub enum NfCtSctpState: u32 => tables::NF_CT_SCTP_STATE {
        /// `CONNTRACK_NF_CT_SCTP_STATE_NONE`
        None = 0,
        /// `CONNTRACK_NF_CT_SCTP_STATE_CLONED`
        Cloned = 1,
        /// `CONNTRACK_NF_CT_SCTP_STATE_COOKIE_WAIT`
        CookieWait = 2,
        /// `CONNTRACK_NF_CT_SCTP_STATE_COOKIE_ECHOED`
        CookieEchoed = 3,
        /// `CONNTRACK_NF_CT_SCTP_STATE_ESTABLISHED`
        Established = 4,
        /// `CONNTRACK_NF_CT_SCTP_STATE_SHUTDOWN_SENT`
        ShutdownSent = 5,
        /// `CONNTRACK_NF_CT_SCTP_STATE_SHUTDOWN_RECEIVED`
        ShutdownReceived = 6,
        /// `CONNTRACK_NF_CT_SCTP_STATE_SHUTDOWN_ACK_SENT`
        ShutdownAckSent = 7,
        /// `CONNTRACK_NF_CT_SCTP_STATE_SHUTDOWN_HEARTBEAT_SENT`
        ShutdownHeartbeatSent = 8,
    }
}

nl_flags! {
    /// The `nf-ct-status` flags of `conntrack`.
    pub struct NfCtStatus: u32 => tables::NF_CT_STATUS {
        /// `CONNTRACK_NF_CT_STATUS_EXPECTED`
        const EXPECTED = 1 << 0;
        /// `CONNTRACK_NF_CT_STATUS_SEEN_REPLY`
        const SEEN_REPLY = 1 << 1;
        /// `CONNTRACK_NF_CT_STATUS_ASSURED`
        const ASSURED = 1 << 2;
        /// `CONNTRACK_NF_CT_STATUS_CONFIRMED`
        const CONFIRMED = 1 << 3;
        /// `CONNTRACK_NF_CT_STATUS_SRC_NAT`
        const SRC_NAT = 1 << 4;
        /// `CONNTRACK_NF_CT_STATUS_DST_NAT`
        const DST_NAT = 1 << 5;
        /// `CONNTRACK_NF_CT_STATUS_SEQ_ADJ`
        const SEQ_ADJ = 1 << 6;
        /// `CONNTRACK_NF_CT_STATUS_SRC_NAT_DONE`
        const SRC_NAT_DONE = 1 << 7;
        /// `CONNTRACK_NF_CT_STATUS_DST_NAT_DONE`
        const DST_NAT_DONE = 1 << 8;
        /// `CONNTRACK_NF_CT_STATUS_DYING`
        const DYING = 1 << 9;
        /// `CONNTRACK_NF_CT_STATUS_FIXED_TIMEOUT`
        const FIXED_TIMEOUT = 1 << 10;
        /// `CONNTRACK_NF_CT_STATUS_TEMPLATE`
        const TEMPLATE = 1 << 11;
        /// `CONNTRACK_NF_CT_STATUS_NAT_CLASH`
        const NAT_CLASH = 1 << 12;
        /// `CONNTRACK_NF_CT_STATUS_HELPER`
        const HELPER = 1 << 13;
        /// `CONNTRACK_NF_CT_STATUS_OFFLOAD`
        const OFFLOAD = 1 << 14;
        /// `CONNTRACK_NF_CT_STATUS_HW_OFFLOAD`
        const HW_OFFLOAD = 1 << 15;
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

/// `struct nf_ct_tcp_flags_mask` (2 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NfCtTcpFlagsMask {
    /// `flags`.
    pub flags: NfCtTcpFlags,
    /// `mask`.
    pub mask: NfCtTcpFlags,
}

impl NfCtTcpFlagsMask {
    /// Size on the wire.
    pub const LEN: usize = 2;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::NF_CT_TCP_FLAGS_MASK
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            flags: NfCtTcpFlags(rd::u8(b, 0) as u32),
            mask: NfCtTcpFlags(rd::u8(b, 1) as u32),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u8(out, 0, self.flags.bits() as u8);
        wr::u8(out, 1, self.mask.bits() as u8);
    }
}

fixed_struct!(NfCtTcpFlagsMask);
