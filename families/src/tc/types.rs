//! The enums, flags and fixed structs of `tc`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

nl_flags! {
    /// The `cls-flags` flags of `tc`.
    pub struct ClsFlags: u32 => tables::CLS_FLAGS {
        /// `TC_CLS_FLAGS_SKIP_HW`
        const SKIP_HW = 1 << 0;
        /// `TC_CLS_FLAGS_SKIP_SW`
        const SKIP_SW = 1 << 1;
        /// `TC_CLS_FLAGS_IN_HW`
        const IN_HW = 1 << 2;
        /// `TC_CLS_FLAGS_NOT_IN_NW`
        const NOT_IN_NW = 1 << 3;
        /// `TC_CLS_FLAGS_VERBOSE`
        const VERBOSE = 1 << 4;
    }
}

nl_flags! {
    /// The `flower-key-ctrl-flags` flags of `tc`.
    pub struct FlowerKeyCtrlFlags: u32 => tables::FLOWER_KEY_CTRL_FLAGS {
        /// `TCA_FLOWER_KEY_FLAGS_FRAG`
        const FRAG = 1 << 0;
        /// `TCA_FLOWER_KEY_FLAGS_FIRSTFRAG`
        const FIRSTFRAG = 1 << 1;
        /// `TCA_FLOWER_KEY_FLAGS_TUNCSUM`
        const TUNCSUM = 1 << 2;
        /// `TCA_FLOWER_KEY_FLAGS_TUNDF`
        const TUNDF = 1 << 3;
        /// `TCA_FLOWER_KEY_FLAGS_TUNOAM`
        const TUNOAM = 1 << 4;
        /// `TCA_FLOWER_KEY_FLAGS_TUNCRIT`
        const TUNCRIT = 1 << 5;
    }
}

nl_enum! {
    /// The `dualpi2-drop-overload` enum of `tc`.
    pub enum Dualpi2DropOverload: u32 => tables::DUALPI2_DROP_OVERLOAD {
        /// `TC_DUALPI2_DROP_OVERLOAD_OVERFLOW`
        Overflow = 0,
        /// `TC_DUALPI2_DROP_OVERLOAD_DROP`
        Drop = 1,
    }
}

nl_enum! {
    /// The `dualpi2-drop-early` enum of `tc`.
    pub enum Dualpi2DropEarly: u32 => tables::DUALPI2_DROP_EARLY {
        /// `TC_DUALPI2_DROP_EARLY_DROP_DEQUEUE`
        DropDequeue = 0,
        /// `TC_DUALPI2_DROP_EARLY_DROP_ENQUEUE`
        DropEnqueue = 1,
    }
}

nl_enum! {
    /// The `dualpi2-ecn-mask` enum of `tc`.
    pub enum Dualpi2EcnMask: u32 => tables::DUALPI2_ECN_MASK {
        /// `TC_DUALPI2_ECN_MASK_L4S_ECT`
        L4sEct = 1,
        /// `TC_DUALPI2_ECN_MASK_CLA_ECT`
        ClaEct = 2,
        /// `TC_DUALPI2_ECN_MASK_ANY_ECT`
        AnyEct = 3,
    }
}

nl_enum! {
    /// The `dualpi2-split-gso` enum of `tc`.
    pub enum Dualpi2SplitGso: u32 => tables::DUALPI2_SPLIT_GSO {
        /// `TC_DUALPI2_SPLIT_GSO_NO_SPLIT_GSO`
        NoSplitGso = 0,
        /// `TC_DUALPI2_SPLIT_GSO_SPLIT_GSO`
        SplitGso = 1,
    }
}

/// `struct tcmsg` (20 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Tcmsg {
    /// `family`.
    pub family: u8,
    /// `ifindex`.
    pub ifindex: i32,
    /// `handle`.
    pub handle: u32,
    /// `parent`.
    pub parent: u32,
    /// `info`.
    pub info: u32,
}

impl Tcmsg {
    /// Size on the wire.
    pub const LEN: usize = 20;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TCMSG
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            family: rd::u8(b, 0),
            ifindex: rd::i32(b, 4),
            handle: rd::u32(b, 8),
            parent: rd::u32(b, 12),
            info: rd::u32(b, 16),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u8(out, 0, self.family);
        wr::i32(out, 4, self.ifindex);
        wr::u32(out, 8, self.handle);
        wr::u32(out, 12, self.parent);
        wr::u32(out, 16, self.info);
    }
}

fixed_struct!(Tcmsg);

/// `struct tc_stats` (40 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcStats {
    /// Number of enqueued bytes
    pub bytes: u64,
    /// Number of enqueued packets
    pub packets: u32,
    /// Packets dropped because of lack of resources
    pub drops: u32,
    /// Number of throttle events when this flow goes out of allocated
    /// bandwidth
    pub overlimits: u32,
    /// Current flow byte rate
    pub bps: u32,
    /// Current flow packet rate
    pub pps: u32,
    /// `qlen`.
    pub qlen: u32,
    /// `backlog`.
    pub backlog: u32,
}

impl TcStats {
    /// Size on the wire.
    pub const LEN: usize = 40;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_STATS
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            bytes: rd::u64(b, 0),
            packets: rd::u32(b, 8),
            drops: rd::u32(b, 12),
            overlimits: rd::u32(b, 16),
            bps: rd::u32(b, 20),
            pps: rd::u32(b, 24),
            qlen: rd::u32(b, 28),
            backlog: rd::u32(b, 32),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u64(out, 0, self.bytes);
        wr::u32(out, 8, self.packets);
        wr::u32(out, 12, self.drops);
        wr::u32(out, 16, self.overlimits);
        wr::u32(out, 20, self.bps);
        wr::u32(out, 24, self.pps);
        wr::u32(out, 28, self.qlen);
        wr::u32(out, 32, self.backlog);
    }
}

fixed_struct!(TcStats);

/// `struct tc_cbs_qopt` (20 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcCbsQopt {
    /// `offload`.
    pub offload: u8,
    /// `hicredit`.
    pub hicredit: i32,
    /// `locredit`.
    pub locredit: i32,
    /// `idleslope`.
    pub idleslope: i32,
    /// `sendslope`.
    pub sendslope: i32,
}

impl TcCbsQopt {
    /// Size on the wire.
    pub const LEN: usize = 20;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_CBS_QOPT
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            offload: rd::u8(b, 0),
            hicredit: rd::i32(b, 4),
            locredit: rd::i32(b, 8),
            idleslope: rd::i32(b, 12),
            sendslope: rd::i32(b, 16),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u8(out, 0, self.offload);
        wr::i32(out, 4, self.hicredit);
        wr::i32(out, 8, self.locredit);
        wr::i32(out, 12, self.idleslope);
        wr::i32(out, 16, self.sendslope);
    }
}

fixed_struct!(TcCbsQopt);

/// `struct tc_etf_qopt` (12 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcEtfQopt {
    /// `delta`.
    pub delta: i32,
    /// `clockid`.
    pub clockid: i32,
    /// `flags`.
    pub flags: i32,
}

impl TcEtfQopt {
    /// Size on the wire.
    pub const LEN: usize = 12;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_ETF_QOPT
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            delta: rd::i32(b, 0),
            clockid: rd::i32(b, 4),
            flags: rd::i32(b, 8),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::i32(out, 0, self.delta);
        wr::i32(out, 4, self.clockid);
        wr::i32(out, 8, self.flags);
    }
}

fixed_struct!(TcEtfQopt);

/// `struct tc_fifo_qopt` (4 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcFifoQopt {
    /// Queue length; bytes for bfifo, packets for pfifo
    pub limit: u32,
}

impl TcFifoQopt {
    /// Size on the wire.
    pub const LEN: usize = 4;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_FIFO_QOPT
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            limit: rd::u32(b, 0),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.limit);
    }
}

fixed_struct!(TcFifoQopt);

/// `struct tc_htb_opt` (20 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcHtbOpt {
    /// `buffer`.
    pub buffer: u32,
    /// `cbuffer`.
    pub cbuffer: u32,
    /// `quantum`.
    pub quantum: u32,
    /// `level`.
    pub level: u32,
    /// `prio`.
    pub prio: u32,
}

impl TcHtbOpt {
    /// Size on the wire.
    pub const LEN: usize = 20;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_HTB_OPT
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            buffer: rd::u32(b, 0),
            cbuffer: rd::u32(b, 4),
            quantum: rd::u32(b, 8),
            level: rd::u32(b, 12),
            prio: rd::u32(b, 16),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.buffer);
        wr::u32(out, 4, self.cbuffer);
        wr::u32(out, 8, self.quantum);
        wr::u32(out, 12, self.level);
        wr::u32(out, 16, self.prio);
    }
}

fixed_struct!(TcHtbOpt);

/// `struct tc_htb_glob` (20 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcHtbGlob {
    /// `version`.
    pub version: u32,
    /// bps-\>quantum divisor
    pub rate2quantum: u32,
    /// Default class number
    pub defcls: u32,
    /// Debug flags
    pub debug: u32,
    /// Count of non shaped packets
    pub direct_pkts: u32,
}

impl TcHtbGlob {
    /// Size on the wire.
    pub const LEN: usize = 20;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_HTB_GLOB
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            version: rd::u32(b, 0),
            rate2quantum: rd::u32(b, 4),
            defcls: rd::u32(b, 8),
            debug: rd::u32(b, 12),
            direct_pkts: rd::u32(b, 16),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.version);
        wr::u32(out, 4, self.rate2quantum);
        wr::u32(out, 8, self.defcls);
        wr::u32(out, 12, self.debug);
        wr::u32(out, 16, self.direct_pkts);
    }
}

fixed_struct!(TcHtbGlob);

/// `struct tc_gred_qopt` (52 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcGredQopt {
    /// HARD maximal queue length in bytes
    pub limit: u32,
    /// Min average length threshold in bytes
    pub qth_min: u32,
    /// Max average length threshold in bytes
    pub qth_max: u32,
    /// Up to 2^32 DPs
    pub dp: u32,
    /// `backlog`.
    pub backlog: u32,
    /// `qave`.
    pub qave: u32,
    /// `forced`.
    pub forced: u32,
    /// `early`.
    pub early: u32,
    /// `other`.
    pub other: u32,
    /// `pdrop`.
    pub pdrop: u32,
    /// log(W)
    pub wlog: u8,
    /// log(P_max / (qth-max - qth-min))
    pub plog: u8,
    /// cell size for idle damping
    pub scell_log: u8,
    /// Priority of this VQ
    pub prio: u8,
    /// `packets`.
    pub packets: u32,
    /// `bytesin`.
    pub bytesin: u32,
}

impl TcGredQopt {
    /// Size on the wire.
    pub const LEN: usize = 52;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_GRED_QOPT
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            limit: rd::u32(b, 0),
            qth_min: rd::u32(b, 4),
            qth_max: rd::u32(b, 8),
            dp: rd::u32(b, 12),
            backlog: rd::u32(b, 16),
            qave: rd::u32(b, 20),
            forced: rd::u32(b, 24),
            early: rd::u32(b, 28),
            other: rd::u32(b, 32),
            pdrop: rd::u32(b, 36),
            wlog: rd::u8(b, 40),
            plog: rd::u8(b, 41),
            scell_log: rd::u8(b, 42),
            prio: rd::u8(b, 43),
            packets: rd::u32(b, 44),
            bytesin: rd::u32(b, 48),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.limit);
        wr::u32(out, 4, self.qth_min);
        wr::u32(out, 8, self.qth_max);
        wr::u32(out, 12, self.dp);
        wr::u32(out, 16, self.backlog);
        wr::u32(out, 20, self.qave);
        wr::u32(out, 24, self.forced);
        wr::u32(out, 28, self.early);
        wr::u32(out, 32, self.other);
        wr::u32(out, 36, self.pdrop);
        wr::u8(out, 40, self.wlog);
        wr::u8(out, 41, self.plog);
        wr::u8(out, 42, self.scell_log);
        wr::u8(out, 43, self.prio);
        wr::u32(out, 44, self.packets);
        wr::u32(out, 48, self.bytesin);
    }
}

fixed_struct!(TcGredQopt);

/// `struct tc_gred_sopt` (12 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcGredSopt {
    /// `DPs`.
    pub dps: u32,
    /// `def-DP`.
    pub def_dp: u32,
    /// `grio`.
    pub grio: u8,
    /// `flags`.
    pub flags: u8,
}

impl TcGredSopt {
    /// Size on the wire.
    pub const LEN: usize = 12;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_GRED_SOPT
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            dps: rd::u32(b, 0),
            def_dp: rd::u32(b, 4),
            grio: rd::u8(b, 8),
            flags: rd::u8(b, 9),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.dps);
        wr::u32(out, 4, self.def_dp);
        wr::u8(out, 8, self.grio);
        wr::u8(out, 9, self.flags);
    }
}

fixed_struct!(TcGredSopt);

/// `struct tc_hfsc_qopt` (2 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcHfscQopt {
    /// `defcls`.
    pub defcls: u16,
}

impl TcHfscQopt {
    /// Size on the wire.
    pub const LEN: usize = 2;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_HFSC_QOPT
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            defcls: rd::u16(b, 0),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u16(out, 0, self.defcls);
    }
}

fixed_struct!(TcHfscQopt);

/// `struct tc_mqprio_qopt` (82 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcMqprioQopt {
    /// `num-tc`.
    pub num_tc: u8,
    /// `prio-tc-map`.
    pub prio_tc_map: [u8; 16],
    /// `hw`.
    pub hw: u8,
    /// `count`.
    pub count: [u8; 32],
    /// `offset`.
    pub offset: [u8; 32],
}

impl TcMqprioQopt {
    /// Size on the wire.
    pub const LEN: usize = 82;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_MQPRIO_QOPT
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            num_tc: rd::u8(b, 0),
            prio_tc_map: rd::array::<16>(b, 1),
            hw: rd::u8(b, 17),
            count: rd::array::<32>(b, 18),
            offset: rd::array::<32>(b, 50),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u8(out, 0, self.num_tc);
        wr::array(out, 1, &self.prio_tc_map);
        wr::u8(out, 17, self.hw);
        wr::array(out, 18, &self.count);
        wr::array(out, 50, &self.offset);
    }
}

fixed_struct!(TcMqprioQopt);

/// `struct tc_multiq_qopt` (4 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcMultiqQopt {
    /// Number of bands
    pub bands: u16,
    /// Maximum number of queues
    pub max_bands: u16,
}

impl TcMultiqQopt {
    /// Size on the wire.
    pub const LEN: usize = 4;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_MULTIQ_QOPT
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            bands: rd::u16(b, 0),
            max_bands: rd::u16(b, 2),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u16(out, 0, self.bands);
        wr::u16(out, 2, self.max_bands);
    }
}

fixed_struct!(TcMultiqQopt);

/// `struct tc_netem_qopt` (24 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcNetemQopt {
    /// Added delay in microseconds
    pub latency: u32,
    /// Fifo limit in packets
    pub limit: u32,
    /// Random packet loss (0=none, ~0=100%)
    pub loss: u32,
    /// Re-ordering gap (0 for none)
    pub gap: u32,
    /// Random packet duplication (0=none, ~0=100%)
    pub duplicate: u32,
    /// Random jitter latency in microseconds
    pub jitter: u32,
}

impl TcNetemQopt {
    /// Size on the wire.
    pub const LEN: usize = 24;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_NETEM_QOPT
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            latency: rd::u32(b, 0),
            limit: rd::u32(b, 4),
            loss: rd::u32(b, 8),
            gap: rd::u32(b, 12),
            duplicate: rd::u32(b, 16),
            jitter: rd::u32(b, 20),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.latency);
        wr::u32(out, 4, self.limit);
        wr::u32(out, 8, self.loss);
        wr::u32(out, 12, self.gap);
        wr::u32(out, 16, self.duplicate);
        wr::u32(out, 20, self.jitter);
    }
}

fixed_struct!(TcNetemQopt);

/// State transition probabilities for 4 state model
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcNetemGimodel {
    /// `p13`.
    pub p13: u32,
    /// `p31`.
    pub p31: u32,
    /// `p32`.
    pub p32: u32,
    /// `p14`.
    pub p14: u32,
    /// `p23`.
    pub p23: u32,
}

impl TcNetemGimodel {
    /// Size on the wire.
    pub const LEN: usize = 20;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_NETEM_GIMODEL
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            p13: rd::u32(b, 0),
            p31: rd::u32(b, 4),
            p32: rd::u32(b, 8),
            p14: rd::u32(b, 12),
            p23: rd::u32(b, 16),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.p13);
        wr::u32(out, 4, self.p31);
        wr::u32(out, 8, self.p32);
        wr::u32(out, 12, self.p14);
        wr::u32(out, 16, self.p23);
    }
}

fixed_struct!(TcNetemGimodel);

/// Gilbert-Elliot models
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcNetemGemodel {
    /// `p`.
    pub p: u32,
    /// `r`.
    pub r: u32,
    /// `h`.
    pub h: u32,
    /// `k1`.
    pub k1: u32,
}

impl TcNetemGemodel {
    /// Size on the wire.
    pub const LEN: usize = 16;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_NETEM_GEMODEL
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            p: rd::u32(b, 0),
            r: rd::u32(b, 4),
            h: rd::u32(b, 8),
            k1: rd::u32(b, 12),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.p);
        wr::u32(out, 4, self.r);
        wr::u32(out, 8, self.h);
        wr::u32(out, 12, self.k1);
    }
}

fixed_struct!(TcNetemGemodel);

/// `struct tc_netem_corr` (12 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcNetemCorr {
    /// Delay correlation
    pub delay_corr: u32,
    /// Packet loss correlation
    pub loss_corr: u32,
    /// Duplicate correlation
    pub dup_corr: u32,
}

impl TcNetemCorr {
    /// Size on the wire.
    pub const LEN: usize = 12;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_NETEM_CORR
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            delay_corr: rd::u32(b, 0),
            loss_corr: rd::u32(b, 4),
            dup_corr: rd::u32(b, 8),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.delay_corr);
        wr::u32(out, 4, self.loss_corr);
        wr::u32(out, 8, self.dup_corr);
    }
}

fixed_struct!(TcNetemCorr);

/// `struct tc_netem_reorder` (8 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcNetemReorder {
    /// `probability`.
    pub probability: u32,
    /// `correlation`.
    pub correlation: u32,
}

impl TcNetemReorder {
    /// Size on the wire.
    pub const LEN: usize = 8;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_NETEM_REORDER
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            probability: rd::u32(b, 0),
            correlation: rd::u32(b, 4),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.probability);
        wr::u32(out, 4, self.correlation);
    }
}

fixed_struct!(TcNetemReorder);

/// `struct tc_netem_corrupt` (8 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcNetemCorrupt {
    /// `probability`.
    pub probability: u32,
    /// `correlation`.
    pub correlation: u32,
}

impl TcNetemCorrupt {
    /// Size on the wire.
    pub const LEN: usize = 8;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_NETEM_CORRUPT
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            probability: rd::u32(b, 0),
            correlation: rd::u32(b, 4),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.probability);
        wr::u32(out, 4, self.correlation);
    }
}

fixed_struct!(TcNetemCorrupt);

/// `struct tc_netem_rate` (16 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcNetemRate {
    /// `rate`.
    pub rate: u32,
    /// `packet-overhead`.
    pub packet_overhead: i32,
    /// `cell-size`.
    pub cell_size: u32,
    /// `cell-overhead`.
    pub cell_overhead: i32,
}

impl TcNetemRate {
    /// Size on the wire.
    pub const LEN: usize = 16;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_NETEM_RATE
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            rate: rd::u32(b, 0),
            packet_overhead: rd::i32(b, 4),
            cell_size: rd::u32(b, 8),
            cell_overhead: rd::i32(b, 12),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.rate);
        wr::i32(out, 4, self.packet_overhead);
        wr::u32(out, 8, self.cell_size);
        wr::i32(out, 12, self.cell_overhead);
    }
}

fixed_struct!(TcNetemRate);

/// `struct tc_netem_slot` (40 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcNetemSlot {
    /// `min-delay`.
    pub min_delay: i64,
    /// `max-delay`.
    pub max_delay: i64,
    /// `max-packets`.
    pub max_packets: i32,
    /// `max-bytes`.
    pub max_bytes: i32,
    /// `dist-delay`.
    pub dist_delay: i64,
    /// `dist-jitter`.
    pub dist_jitter: i64,
}

impl TcNetemSlot {
    /// Size on the wire.
    pub const LEN: usize = 40;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_NETEM_SLOT
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            min_delay: rd::i64(b, 0),
            max_delay: rd::i64(b, 8),
            max_packets: rd::i32(b, 16),
            max_bytes: rd::i32(b, 20),
            dist_delay: rd::i64(b, 24),
            dist_jitter: rd::i64(b, 32),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::i64(out, 0, self.min_delay);
        wr::i64(out, 8, self.max_delay);
        wr::i32(out, 16, self.max_packets);
        wr::i32(out, 20, self.max_bytes);
        wr::i64(out, 24, self.dist_delay);
        wr::i64(out, 32, self.dist_jitter);
    }
}

fixed_struct!(TcNetemSlot);

/// `struct tc_plug_qopt` (8 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcPlugQopt {
    /// `action`.
    pub action: i32,
    /// `limit`.
    pub limit: u32,
}

impl TcPlugQopt {
    /// Size on the wire.
    pub const LEN: usize = 8;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_PLUG_QOPT
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            action: rd::i32(b, 0),
            limit: rd::u32(b, 4),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::i32(out, 0, self.action);
        wr::u32(out, 4, self.limit);
    }
}

fixed_struct!(TcPlugQopt);

/// `struct tc_prio_qopt` (20 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcPrioQopt {
    /// Number of bands
    pub bands: u32,
    /// Map of logical priority -\> PRIO band
    pub priomap: [u8; 16],
}

impl TcPrioQopt {
    /// Size on the wire.
    pub const LEN: usize = 20;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_PRIO_QOPT
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            bands: rd::u32(b, 0),
            priomap: rd::array::<16>(b, 4),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.bands);
        wr::array(out, 4, &self.priomap);
    }
}

fixed_struct!(TcPrioQopt);

/// `struct tc_red_qopt` (16 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcRedQopt {
    /// Hard queue length in packets
    pub limit: u32,
    /// Min average threshold in packets
    pub qth_min: u32,
    /// Max average threshold in packets
    pub qth_max: u32,
    /// log(W)
    pub wlog: u8,
    /// log(P_max / (qth-max - qth-min))
    pub plog: u8,
    /// Cell size for idle damping
    pub scell_log: u8,
    /// `flags`.
    pub flags: u8,
}

impl TcRedQopt {
    /// Size on the wire.
    pub const LEN: usize = 16;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_RED_QOPT
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            limit: rd::u32(b, 0),
            qth_min: rd::u32(b, 4),
            qth_max: rd::u32(b, 8),
            wlog: rd::u8(b, 12),
            plog: rd::u8(b, 13),
            scell_log: rd::u8(b, 14),
            flags: rd::u8(b, 15),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.limit);
        wr::u32(out, 4, self.qth_min);
        wr::u32(out, 8, self.qth_max);
        wr::u8(out, 12, self.wlog);
        wr::u8(out, 13, self.plog);
        wr::u8(out, 14, self.scell_log);
        wr::u8(out, 15, self.flags);
    }
}

fixed_struct!(TcRedQopt);

/// `struct tc_sfb_qopt` (36 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcSfbQopt {
    /// `rehash-interval`.
    pub rehash_interval: u32,
    /// `warmup-time`.
    pub warmup_time: u32,
    /// `max`.
    pub max: u32,
    /// `bin-size`.
    pub bin_size: u32,
    /// `increment`.
    pub increment: u32,
    /// `decrement`.
    pub decrement: u32,
    /// `limit`.
    pub limit: u32,
    /// `penalty-rate`.
    pub penalty_rate: u32,
    /// `penalty-burst`.
    pub penalty_burst: u32,
}

impl TcSfbQopt {
    /// Size on the wire.
    pub const LEN: usize = 36;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_SFB_QOPT
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            rehash_interval: rd::u32(b, 0),
            warmup_time: rd::u32(b, 4),
            max: rd::u32(b, 8),
            bin_size: rd::u32(b, 12),
            increment: rd::u32(b, 16),
            decrement: rd::u32(b, 20),
            limit: rd::u32(b, 24),
            penalty_rate: rd::u32(b, 28),
            penalty_burst: rd::u32(b, 32),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.rehash_interval);
        wr::u32(out, 4, self.warmup_time);
        wr::u32(out, 8, self.max);
        wr::u32(out, 12, self.bin_size);
        wr::u32(out, 16, self.increment);
        wr::u32(out, 20, self.decrement);
        wr::u32(out, 24, self.limit);
        wr::u32(out, 28, self.penalty_rate);
        wr::u32(out, 32, self.penalty_burst);
    }
}

fixed_struct!(TcSfbQopt);

/// `struct tc_sfq_qopt` (20 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcSfqQopt {
    /// Bytes per round allocated to flow
    pub quantum: u32,
    /// Period of hash perturbation
    pub perturb_period: i32,
    /// Maximal packets in queue
    pub limit: u32,
    /// Hash divisor
    pub divisor: u32,
    /// Maximal number of flows
    pub flows: u32,
}

impl TcSfqQopt {
    /// Size on the wire.
    pub const LEN: usize = 20;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_SFQ_QOPT
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            quantum: rd::u32(b, 0),
            perturb_period: rd::i32(b, 4),
            limit: rd::u32(b, 8),
            divisor: rd::u32(b, 12),
            flows: rd::u32(b, 16),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.quantum);
        wr::i32(out, 4, self.perturb_period);
        wr::u32(out, 8, self.limit);
        wr::u32(out, 12, self.divisor);
        wr::u32(out, 16, self.flows);
    }
}

fixed_struct!(TcSfqQopt);

/// `struct tc_sfqred_stats` (24 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcSfqredStats {
    /// Early drops, below max threshold
    pub prob_drop: u32,
    /// Early drops, after max threshold
    pub forced_drop: u32,
    /// Marked packets, below max threshold
    pub prob_mark: u32,
    /// Marked packets, after max threshold
    pub forced_mark: u32,
    /// Marked packets, below max threshold
    pub prob_mark_head: u32,
    /// Marked packets, after max threshold
    pub forced_mark_head: u32,
}

impl TcSfqredStats {
    /// Size on the wire.
    pub const LEN: usize = 24;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_SFQRED_STATS
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            prob_drop: rd::u32(b, 0),
            forced_drop: rd::u32(b, 4),
            prob_mark: rd::u32(b, 8),
            forced_mark: rd::u32(b, 12),
            prob_mark_head: rd::u32(b, 16),
            forced_mark_head: rd::u32(b, 20),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.prob_drop);
        wr::u32(out, 4, self.forced_drop);
        wr::u32(out, 8, self.prob_mark);
        wr::u32(out, 12, self.forced_mark);
        wr::u32(out, 16, self.prob_mark_head);
        wr::u32(out, 20, self.forced_mark_head);
    }
}

fixed_struct!(TcSfqredStats);

/// `struct tc_sfq_qopt_v1` (28 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcSfqQoptV1 {
    /// Maximum number of packets per flow
    pub depth: u32,
    /// `headdrop`.
    pub headdrop: u32,
    /// HARD maximal flow queue length in bytes
    pub limit: u32,
    /// Min average length threshold in bytes
    pub qth_min: u32,
    /// Max average length threshold in bytes
    pub qth_max: u32,
    /// log(W)
    pub wlog: u8,
    /// log(P_max / (qth-max - qth-min))
    pub plog: u8,
    /// Cell size for idle damping
    pub scell_log: u8,
    /// `flags`.
    pub flags: u8,
    /// probability, high resolution
    pub max_p: u32,
}

impl TcSfqQoptV1 {
    /// Size on the wire.
    pub const LEN: usize = 28;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_SFQ_QOPT_V1
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            depth: rd::u32(b, 0),
            headdrop: rd::u32(b, 4),
            limit: rd::u32(b, 8),
            qth_min: rd::u32(b, 12),
            qth_max: rd::u32(b, 16),
            wlog: rd::u8(b, 20),
            plog: rd::u8(b, 21),
            scell_log: rd::u8(b, 22),
            flags: rd::u8(b, 23),
            max_p: rd::u32(b, 24),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.depth);
        wr::u32(out, 4, self.headdrop);
        wr::u32(out, 8, self.limit);
        wr::u32(out, 12, self.qth_min);
        wr::u32(out, 16, self.qth_max);
        wr::u8(out, 20, self.wlog);
        wr::u8(out, 21, self.plog);
        wr::u8(out, 22, self.scell_log);
        wr::u8(out, 23, self.flags);
        wr::u32(out, 24, self.max_p);
    }
}

fixed_struct!(TcSfqQoptV1);

/// `struct tc_ratespec` (12 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcRatespec {
    /// `cell-log`.
    pub cell_log: u8,
    /// `linklayer`.
    pub linklayer: u8,
    /// `overhead`.
    pub overhead: u8,
    /// `cell-align`.
    pub cell_align: u8,
    /// `mpu`.
    pub mpu: u8,
    /// `rate`.
    pub rate: u32,
}

impl TcRatespec {
    /// Size on the wire.
    pub const LEN: usize = 12;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_RATESPEC
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            cell_log: rd::u8(b, 0),
            linklayer: rd::u8(b, 1),
            overhead: rd::u8(b, 2),
            cell_align: rd::u8(b, 3),
            mpu: rd::u8(b, 4),
            rate: rd::u32(b, 8),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u8(out, 0, self.cell_log);
        wr::u8(out, 1, self.linklayer);
        wr::u8(out, 2, self.overhead);
        wr::u8(out, 3, self.cell_align);
        wr::u8(out, 4, self.mpu);
        wr::u32(out, 8, self.rate);
    }
}

fixed_struct!(TcRatespec);

/// `struct tc_tbf_qopt` (12 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcTbfQopt {
    /// `limit`.
    pub limit: u32,
    /// `buffer`.
    pub buffer: u32,
    /// `mtu`.
    pub mtu: u32,
}

impl TcTbfQopt {
    /// Size on the wire.
    pub const LEN: usize = 12;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_TBF_QOPT
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            limit: rd::u32(b, 0),
            buffer: rd::u32(b, 4),
            mtu: rd::u32(b, 8),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.limit);
        wr::u32(out, 4, self.buffer);
        wr::u32(out, 8, self.mtu);
    }
}

fixed_struct!(TcTbfQopt);

/// `struct tc_sizespec` (24 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcSizespec {
    /// `cell-log`.
    pub cell_log: u8,
    /// `size-log`.
    pub size_log: u8,
    /// `cell-align`.
    pub cell_align: i16,
    /// `overhead`.
    pub overhead: i32,
    /// `linklayer`.
    pub linklayer: u32,
    /// `mpu`.
    pub mpu: u32,
    /// `mtu`.
    pub mtu: u32,
    /// `tsize`.
    pub tsize: u32,
}

impl TcSizespec {
    /// Size on the wire.
    pub const LEN: usize = 24;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_SIZESPEC
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            cell_log: rd::u8(b, 0),
            size_log: rd::u8(b, 1),
            cell_align: rd::i16(b, 2),
            overhead: rd::i32(b, 4),
            linklayer: rd::u32(b, 8),
            mpu: rd::u32(b, 12),
            mtu: rd::u32(b, 16),
            tsize: rd::u32(b, 20),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u8(out, 0, self.cell_log);
        wr::u8(out, 1, self.size_log);
        wr::i16(out, 2, self.cell_align);
        wr::i32(out, 4, self.overhead);
        wr::u32(out, 8, self.linklayer);
        wr::u32(out, 12, self.mpu);
        wr::u32(out, 16, self.mtu);
        wr::u32(out, 20, self.tsize);
    }
}

fixed_struct!(TcSizespec);

/// `struct gnet_estimator` (2 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct GnetEstimator {
    /// Sampling period
    pub interval: i8,
    /// The log() of measurement window weight
    pub ewma_log: u8,
}

impl GnetEstimator {
    /// Size on the wire.
    pub const LEN: usize = 2;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::GNET_ESTIMATOR
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            interval: rd::i8(b, 0),
            ewma_log: rd::u8(b, 1),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::i8(out, 0, self.interval);
        wr::u8(out, 1, self.ewma_log);
    }
}

fixed_struct!(GnetEstimator);

/// `struct tc_choke_xstats` (20 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcChokeXstats {
    /// Early drops
    pub early: u32,
    /// Drops due to queue limits
    pub pdrop: u32,
    /// Drops due to drop() calls
    pub other: u32,
    /// Marked packets
    pub marked: u32,
    /// Drops due to flow match
    pub matched: u32,
}

impl TcChokeXstats {
    /// Size on the wire.
    pub const LEN: usize = 20;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_CHOKE_XSTATS
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            early: rd::u32(b, 0),
            pdrop: rd::u32(b, 4),
            other: rd::u32(b, 8),
            marked: rd::u32(b, 12),
            matched: rd::u32(b, 16),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.early);
        wr::u32(out, 4, self.pdrop);
        wr::u32(out, 8, self.other);
        wr::u32(out, 12, self.marked);
        wr::u32(out, 16, self.matched);
    }
}

fixed_struct!(TcChokeXstats);

/// `struct tc_codel_xstats` (36 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcCodelXstats {
    /// Largest packet we've seen so far
    pub maxpacket: u32,
    /// How many drops we've done since the last time we entered dropping
    /// state
    pub count: u32,
    /// Count at entry to dropping state
    pub lastcount: u32,
    /// in-queue delay seen by most recently dequeued packet
    pub ldelay: u32,
    /// Time to drop next packet
    pub drop_next: i32,
    /// Number of times max qdisc packet limit was hit
    pub drop_overlimit: u32,
    /// Number of packets we've ECN marked instead of dropped
    pub ecn_mark: u32,
    /// Are we in a dropping state?
    pub dropping: u32,
    /// Number of CE marked packets because of ce-threshold
    pub ce_mark: u32,
}

impl TcCodelXstats {
    /// Size on the wire.
    pub const LEN: usize = 36;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_CODEL_XSTATS
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            maxpacket: rd::u32(b, 0),
            count: rd::u32(b, 4),
            lastcount: rd::u32(b, 8),
            ldelay: rd::u32(b, 12),
            drop_next: rd::i32(b, 16),
            drop_overlimit: rd::u32(b, 20),
            ecn_mark: rd::u32(b, 24),
            dropping: rd::u32(b, 28),
            ce_mark: rd::u32(b, 32),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.maxpacket);
        wr::u32(out, 4, self.count);
        wr::u32(out, 8, self.lastcount);
        wr::u32(out, 12, self.ldelay);
        wr::i32(out, 16, self.drop_next);
        wr::u32(out, 20, self.drop_overlimit);
        wr::u32(out, 24, self.ecn_mark);
        wr::u32(out, 28, self.dropping);
        wr::u32(out, 32, self.ce_mark);
    }
}

fixed_struct!(TcCodelXstats);

/// `struct tc_fq_codel_xstats` (40 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcFqCodelXstats {
    /// `type`.
    pub type_: u32,
    /// Largest packet we've seen so far
    pub maxpacket: u32,
    /// Number of times max qdisc packet limit was hit
    pub drop_overlimit: u32,
    /// Number of packets we ECN marked instead of being dropped
    pub ecn_mark: u32,
    /// Number of times packets created a new flow
    pub new_flow_count: u32,
    /// Count of flows in new list
    pub new_flows_len: u32,
    /// Count of flows in old list
    pub old_flows_len: u32,
    /// Packets above ce-threshold
    pub ce_mark: u32,
    /// Memory usage in bytes
    pub memory_usage: u32,
    /// `drop-overmemory`.
    pub drop_overmemory: u32,
}

impl TcFqCodelXstats {
    /// Size on the wire.
    pub const LEN: usize = 40;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_FQ_CODEL_XSTATS
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            type_: rd::u32(b, 0),
            maxpacket: rd::u32(b, 4),
            drop_overlimit: rd::u32(b, 8),
            ecn_mark: rd::u32(b, 12),
            new_flow_count: rd::u32(b, 16),
            new_flows_len: rd::u32(b, 20),
            old_flows_len: rd::u32(b, 24),
            ce_mark: rd::u32(b, 28),
            memory_usage: rd::u32(b, 32),
            drop_overmemory: rd::u32(b, 36),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.type_);
        wr::u32(out, 4, self.maxpacket);
        wr::u32(out, 8, self.drop_overlimit);
        wr::u32(out, 12, self.ecn_mark);
        wr::u32(out, 16, self.new_flow_count);
        wr::u32(out, 20, self.new_flows_len);
        wr::u32(out, 24, self.old_flows_len);
        wr::u32(out, 28, self.ce_mark);
        wr::u32(out, 32, self.memory_usage);
        wr::u32(out, 36, self.drop_overmemory);
    }
}

fixed_struct!(TcFqCodelXstats);

/// `struct tc_dualpi2_xstats` (48 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcDualpi2Xstats {
    /// Current base PI probability
    pub prob: u32,
    /// Current C-queue delay in microseconds
    pub delay_c: u32,
    /// Current L-queue delay in microseconds
    pub delay_l: u32,
    /// Number of packets enqueued in the C-queue
    pub pkts_in_c: u32,
    /// Number of packets enqueued in the L-queue
    pub pkts_in_l: u32,
    /// Maximum number of packets seen by the DualPI2
    pub maxq: u32,
    /// All packets marked with ECN
    pub ecn_mark: u32,
    /// Only packets marked with ECN due to L-queue step AQM
    pub step_mark: u32,
    /// Current credit value for WRR
    pub credit: i32,
    /// Memory used in bytes by the DualPI2
    pub memory_used: u32,
    /// Maximum memory used in bytes by the DualPI2
    pub max_memory_used: u32,
    /// Memory limit in bytes
    pub memory_limit: u32,
}

impl TcDualpi2Xstats {
    /// Size on the wire.
    pub const LEN: usize = 48;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_DUALPI2_XSTATS
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            prob: rd::u32(b, 0),
            delay_c: rd::u32(b, 4),
            delay_l: rd::u32(b, 8),
            pkts_in_c: rd::u32(b, 12),
            pkts_in_l: rd::u32(b, 16),
            maxq: rd::u32(b, 20),
            ecn_mark: rd::u32(b, 24),
            step_mark: rd::u32(b, 28),
            credit: rd::i32(b, 32),
            memory_used: rd::u32(b, 36),
            max_memory_used: rd::u32(b, 40),
            memory_limit: rd::u32(b, 44),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.prob);
        wr::u32(out, 4, self.delay_c);
        wr::u32(out, 8, self.delay_l);
        wr::u32(out, 12, self.pkts_in_c);
        wr::u32(out, 16, self.pkts_in_l);
        wr::u32(out, 20, self.maxq);
        wr::u32(out, 24, self.ecn_mark);
        wr::u32(out, 28, self.step_mark);
        wr::i32(out, 32, self.credit);
        wr::u32(out, 36, self.memory_used);
        wr::u32(out, 40, self.max_memory_used);
        wr::u32(out, 44, self.memory_limit);
    }
}

fixed_struct!(TcDualpi2Xstats);

/// `struct tc_fq_pie_xstats` (36 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcFqPieXstats {
    /// Total number of packets enqueued
    pub packets_in: u32,
    /// Packets dropped due to fq_pie_action
    pub dropped: u32,
    /// Dropped due to lack of space in queue
    pub overlimit: u32,
    /// Dropped due to lack of memory in queue
    pub overmemory: u32,
    /// Packets marked with ECN
    pub ecn_mark: u32,
    /// Count of new flows created by packets
    pub new_flow_count: u32,
    /// Count of flows in new list
    pub new_flows_len: u32,
    /// Count of flows in old list
    pub old_flows_len: u32,
    /// Total memory across all queues
    pub memory_usage: u32,
}

impl TcFqPieXstats {
    /// Size on the wire.
    pub const LEN: usize = 36;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_FQ_PIE_XSTATS
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            packets_in: rd::u32(b, 0),
            dropped: rd::u32(b, 4),
            overlimit: rd::u32(b, 8),
            overmemory: rd::u32(b, 12),
            ecn_mark: rd::u32(b, 16),
            new_flow_count: rd::u32(b, 20),
            new_flows_len: rd::u32(b, 24),
            old_flows_len: rd::u32(b, 28),
            memory_usage: rd::u32(b, 32),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.packets_in);
        wr::u32(out, 4, self.dropped);
        wr::u32(out, 8, self.overlimit);
        wr::u32(out, 12, self.overmemory);
        wr::u32(out, 16, self.ecn_mark);
        wr::u32(out, 20, self.new_flow_count);
        wr::u32(out, 24, self.new_flows_len);
        wr::u32(out, 28, self.old_flows_len);
        wr::u32(out, 32, self.memory_usage);
    }
}

fixed_struct!(TcFqPieXstats);

/// `struct tc_fq_qd_stats` (152 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcFqQdStats {
    /// `gc-flows`.
    pub gc_flows: u64,
    /// obsolete
    pub highprio_packets: u64,
    /// obsolete
    pub tcp_retrans: u64,
    /// `throttled`.
    pub throttled: u64,
    /// `flows-plimit`.
    pub flows_plimit: u64,
    /// `pkts-too-long`.
    pub pkts_too_long: u64,
    /// `allocation-errors`.
    pub allocation_errors: u64,
    /// `time-next-delayed-flow`.
    pub time_next_delayed_flow: i64,
    /// `flows`.
    pub flows: u32,
    /// `inactive-flows`.
    pub inactive_flows: u32,
    /// `throttled-flows`.
    pub throttled_flows: u32,
    /// `unthrottle-latency-ns`.
    pub unthrottle_latency_ns: u32,
    /// Packets above ce-threshold
    pub ce_mark: u64,
    /// `horizon-drops`.
    pub horizon_drops: u64,
    /// `horizon-caps`.
    pub horizon_caps: u64,
    /// `fastpath-packets`.
    pub fastpath_packets: u64,
    /// `band-drops`.
    pub band_drops: [u8; 24],
    /// `band-pkt-count`.
    pub band_pkt_count: [u8; 12],
}

impl TcFqQdStats {
    /// Size on the wire.
    pub const LEN: usize = 152;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_FQ_QD_STATS
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            gc_flows: rd::u64(b, 0),
            highprio_packets: rd::u64(b, 8),
            tcp_retrans: rd::u64(b, 16),
            throttled: rd::u64(b, 24),
            flows_plimit: rd::u64(b, 32),
            pkts_too_long: rd::u64(b, 40),
            allocation_errors: rd::u64(b, 48),
            time_next_delayed_flow: rd::i64(b, 56),
            flows: rd::u32(b, 64),
            inactive_flows: rd::u32(b, 68),
            throttled_flows: rd::u32(b, 72),
            unthrottle_latency_ns: rd::u32(b, 76),
            ce_mark: rd::u64(b, 80),
            horizon_drops: rd::u64(b, 88),
            horizon_caps: rd::u64(b, 96),
            fastpath_packets: rd::u64(b, 104),
            band_drops: rd::array::<24>(b, 112),
            band_pkt_count: rd::array::<12>(b, 136),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u64(out, 0, self.gc_flows);
        wr::u64(out, 8, self.highprio_packets);
        wr::u64(out, 16, self.tcp_retrans);
        wr::u64(out, 24, self.throttled);
        wr::u64(out, 32, self.flows_plimit);
        wr::u64(out, 40, self.pkts_too_long);
        wr::u64(out, 48, self.allocation_errors);
        wr::i64(out, 56, self.time_next_delayed_flow);
        wr::u32(out, 64, self.flows);
        wr::u32(out, 68, self.inactive_flows);
        wr::u32(out, 72, self.throttled_flows);
        wr::u32(out, 76, self.unthrottle_latency_ns);
        wr::u64(out, 80, self.ce_mark);
        wr::u64(out, 88, self.horizon_drops);
        wr::u64(out, 96, self.horizon_caps);
        wr::u64(out, 104, self.fastpath_packets);
        wr::array(out, 112, &self.band_drops);
        wr::array(out, 136, &self.band_pkt_count);
    }
}

fixed_struct!(TcFqQdStats);

/// `struct tc_hhf_xstats` (16 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcHhfXstats {
    /// Number of times max qdisc packet limit was hit
    pub drop_overlimit: u32,
    /// Number of times max heavy-hitters was hit
    pub hh_overlimit: u32,
    /// Number of captured heavy-hitters so far
    pub hh_tot_count: u32,
    /// Number of current heavy-hitters
    pub hh_cur_count: u32,
}

impl TcHhfXstats {
    /// Size on the wire.
    pub const LEN: usize = 16;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_HHF_XSTATS
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            drop_overlimit: rd::u32(b, 0),
            hh_overlimit: rd::u32(b, 4),
            hh_tot_count: rd::u32(b, 8),
            hh_cur_count: rd::u32(b, 12),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.drop_overlimit);
        wr::u32(out, 4, self.hh_overlimit);
        wr::u32(out, 8, self.hh_tot_count);
        wr::u32(out, 12, self.hh_cur_count);
    }
}

fixed_struct!(TcHhfXstats);

/// `struct tc_pie_xstats` (40 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcPieXstats {
    /// Current probability
    pub prob: u64,
    /// Current delay in ms
    pub delay: u32,
    /// Current average dq rate in bits/pie-time
    pub avg_dq_rate: u32,
    /// Is avg-dq-rate being calculated?
    pub dq_rate_estimating: u32,
    /// Total number of packets enqueued
    pub packets_in: u32,
    /// Packets dropped due to pie action
    pub dropped: u32,
    /// Dropped due to lack of space in queue
    pub overlimit: u32,
    /// Maximum queue size
    pub maxq: u32,
    /// Packets marked with ECN
    pub ecn_mark: u32,
}

impl TcPieXstats {
    /// Size on the wire.
    pub const LEN: usize = 40;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_PIE_XSTATS
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            prob: rd::u64(b, 0),
            delay: rd::u32(b, 8),
            avg_dq_rate: rd::u32(b, 12),
            dq_rate_estimating: rd::u32(b, 16),
            packets_in: rd::u32(b, 20),
            dropped: rd::u32(b, 24),
            overlimit: rd::u32(b, 28),
            maxq: rd::u32(b, 32),
            ecn_mark: rd::u32(b, 36),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u64(out, 0, self.prob);
        wr::u32(out, 8, self.delay);
        wr::u32(out, 12, self.avg_dq_rate);
        wr::u32(out, 16, self.dq_rate_estimating);
        wr::u32(out, 20, self.packets_in);
        wr::u32(out, 24, self.dropped);
        wr::u32(out, 28, self.overlimit);
        wr::u32(out, 32, self.maxq);
        wr::u32(out, 36, self.ecn_mark);
    }
}

fixed_struct!(TcPieXstats);

/// `struct tc_red_xstats` (16 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcRedXstats {
    /// Early drops
    pub early: u32,
    /// Drops due to queue limits
    pub pdrop: u32,
    /// Drops due to drop() calls
    pub other: u32,
    /// Marked packets
    pub marked: u32,
}

impl TcRedXstats {
    /// Size on the wire.
    pub const LEN: usize = 16;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_RED_XSTATS
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            early: rd::u32(b, 0),
            pdrop: rd::u32(b, 4),
            other: rd::u32(b, 8),
            marked: rd::u32(b, 12),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.early);
        wr::u32(out, 4, self.pdrop);
        wr::u32(out, 8, self.other);
        wr::u32(out, 12, self.marked);
    }
}

fixed_struct!(TcRedXstats);

/// `struct tc_sfb_xstats` (36 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcSfbXstats {
    /// `earlydrop`.
    pub earlydrop: u32,
    /// `penaltydrop`.
    pub penaltydrop: u32,
    /// `bucketdrop`.
    pub bucketdrop: u32,
    /// `queuedrop`.
    pub queuedrop: u32,
    /// drops in child qdisc
    pub childdrop: u32,
    /// `marked`.
    pub marked: u32,
    /// `maxqlen`.
    pub maxqlen: u32,
    /// `maxprob`.
    pub maxprob: u32,
    /// `avgprob`.
    pub avgprob: u32,
}

impl TcSfbXstats {
    /// Size on the wire.
    pub const LEN: usize = 36;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_SFB_XSTATS
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            earlydrop: rd::u32(b, 0),
            penaltydrop: rd::u32(b, 4),
            bucketdrop: rd::u32(b, 8),
            queuedrop: rd::u32(b, 12),
            childdrop: rd::u32(b, 16),
            marked: rd::u32(b, 20),
            maxqlen: rd::u32(b, 24),
            maxprob: rd::u32(b, 28),
            avgprob: rd::u32(b, 32),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.earlydrop);
        wr::u32(out, 4, self.penaltydrop);
        wr::u32(out, 8, self.bucketdrop);
        wr::u32(out, 12, self.queuedrop);
        wr::u32(out, 16, self.childdrop);
        wr::u32(out, 20, self.marked);
        wr::u32(out, 24, self.maxqlen);
        wr::u32(out, 28, self.maxprob);
        wr::u32(out, 32, self.avgprob);
    }
}

fixed_struct!(TcSfbXstats);

/// `struct tc_sfq_xstats` (4 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcSfqXstats {
    /// `allot`.
    pub allot: i32,
}

impl TcSfqXstats {
    /// Size on the wire.
    pub const LEN: usize = 4;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_SFQ_XSTATS
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            allot: rd::i32(b, 0),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::i32(out, 0, self.allot);
    }
}

fixed_struct!(TcSfqXstats);

/// `struct gnet_stats_basic` (16 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct GnetStatsBasic {
    /// `bytes`.
    pub bytes: u64,
    /// `packets`.
    pub packets: u32,
}

impl GnetStatsBasic {
    /// Size on the wire.
    pub const LEN: usize = 16;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::GNET_STATS_BASIC
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            bytes: rd::u64(b, 0),
            packets: rd::u32(b, 8),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u64(out, 0, self.bytes);
        wr::u32(out, 8, self.packets);
    }
}

fixed_struct!(GnetStatsBasic);

/// `struct gnet_stats_rate_est` (8 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct GnetStatsRateEst {
    /// `bps`.
    pub bps: u32,
    /// `pps`.
    pub pps: u32,
}

impl GnetStatsRateEst {
    /// Size on the wire.
    pub const LEN: usize = 8;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::GNET_STATS_RATE_EST
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            bps: rd::u32(b, 0),
            pps: rd::u32(b, 4),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.bps);
        wr::u32(out, 4, self.pps);
    }
}

fixed_struct!(GnetStatsRateEst);

/// `struct gnet_stats_rate_est64` (16 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct GnetStatsRateEst64 {
    /// `bps`.
    pub bps: u64,
    /// `pps`.
    pub pps: u64,
}

impl GnetStatsRateEst64 {
    /// Size on the wire.
    pub const LEN: usize = 16;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::GNET_STATS_RATE_EST64
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            bps: rd::u64(b, 0),
            pps: rd::u64(b, 8),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u64(out, 0, self.bps);
        wr::u64(out, 8, self.pps);
    }
}

fixed_struct!(GnetStatsRateEst64);

/// `struct gnet_stats_queue` (20 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct GnetStatsQueue {
    /// `qlen`.
    pub qlen: u32,
    /// `backlog`.
    pub backlog: u32,
    /// `drops`.
    pub drops: u32,
    /// `requeues`.
    pub requeues: u32,
    /// `overlimits`.
    pub overlimits: u32,
}

impl GnetStatsQueue {
    /// Size on the wire.
    pub const LEN: usize = 20;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::GNET_STATS_QUEUE
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            qlen: rd::u32(b, 0),
            backlog: rd::u32(b, 4),
            drops: rd::u32(b, 8),
            requeues: rd::u32(b, 12),
            overlimits: rd::u32(b, 16),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.qlen);
        wr::u32(out, 4, self.backlog);
        wr::u32(out, 8, self.drops);
        wr::u32(out, 12, self.requeues);
        wr::u32(out, 16, self.overlimits);
    }
}

fixed_struct!(GnetStatsQueue);

/// `struct tc_u32_key` (16 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcU32Key {
    /// `mask`.
    pub mask: u32,
    /// `val`.
    pub val: u32,
    /// `off`.
    pub off: i32,
    /// `offmask`.
    pub offmask: i32,
}

impl TcU32Key {
    /// Size on the wire.
    pub const LEN: usize = 16;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_U32_KEY
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            mask: rd::u32_be(b, 0),
            val: rd::u32_be(b, 4),
            off: rd::i32(b, 8),
            offmask: rd::i32(b, 12),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32_be(out, 0, self.mask);
        wr::u32_be(out, 4, self.val);
        wr::i32(out, 8, self.off);
        wr::i32(out, 12, self.offmask);
    }
}

fixed_struct!(TcU32Key);

/// `struct tc_u32_mark` (12 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcU32Mark {
    /// `val`.
    pub val: u32,
    /// `mask`.
    pub mask: u32,
    /// `success`.
    pub success: u32,
}

impl TcU32Mark {
    /// Size on the wire.
    pub const LEN: usize = 12;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_U32_MARK
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            val: rd::u32(b, 0),
            mask: rd::u32(b, 4),
            success: rd::u32(b, 8),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.val);
        wr::u32(out, 4, self.mask);
        wr::u32(out, 8, self.success);
    }
}

fixed_struct!(TcU32Mark);

/// `struct tc_u32_sel` (16 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcU32Sel {
    /// `flags`.
    pub flags: u8,
    /// `offshift`.
    pub offshift: u8,
    /// `nkeys`.
    pub nkeys: u8,
    /// `offmask`.
    pub offmask: u16,
    /// `off`.
    pub off: u16,
    /// `offoff`.
    pub offoff: i16,
    /// `hoff`.
    pub hoff: i16,
    /// `hmask`.
    pub hmask: u32,
}

impl TcU32Sel {
    /// Size on the wire.
    pub const LEN: usize = 16;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_U32_SEL
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            flags: rd::u8(b, 0),
            offshift: rd::u8(b, 1),
            nkeys: rd::u8(b, 2),
            offmask: rd::u16_be(b, 4),
            off: rd::u16(b, 6),
            offoff: rd::i16(b, 8),
            hoff: rd::i16(b, 10),
            hmask: rd::u32_be(b, 12),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u8(out, 0, self.flags);
        wr::u8(out, 1, self.offshift);
        wr::u8(out, 2, self.nkeys);
        wr::u16_be(out, 4, self.offmask);
        wr::u16(out, 6, self.off);
        wr::i16(out, 8, self.offoff);
        wr::i16(out, 10, self.hoff);
        wr::u32_be(out, 12, self.hmask);
    }
}

fixed_struct!(TcU32Sel);

/// `struct tc_u32_pcnt` (24 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcU32Pcnt {
    /// `rcnt`.
    pub rcnt: u64,
    /// `rhit`.
    pub rhit: u64,
    /// `kcnts`.
    pub kcnts: u64,
}

impl TcU32Pcnt {
    /// Size on the wire.
    pub const LEN: usize = 24;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_U32_PCNT
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            rcnt: rd::u64(b, 0),
            rhit: rd::u64(b, 8),
            kcnts: rd::u64(b, 16),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u64(out, 0, self.rcnt);
        wr::u64(out, 8, self.rhit);
        wr::u64(out, 16, self.kcnts);
    }
}

fixed_struct!(TcU32Pcnt);

/// `struct tcf_t` (32 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcfT {
    /// `install`.
    pub install: u64,
    /// `lastuse`.
    pub lastuse: u64,
    /// `expires`.
    pub expires: u64,
    /// `firstuse`.
    pub firstuse: u64,
}

impl TcfT {
    /// Size on the wire.
    pub const LEN: usize = 32;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TCF_T
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            install: rd::u64(b, 0),
            lastuse: rd::u64(b, 8),
            expires: rd::u64(b, 16),
            firstuse: rd::u64(b, 24),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u64(out, 0, self.install);
        wr::u64(out, 8, self.lastuse);
        wr::u64(out, 16, self.expires);
        wr::u64(out, 24, self.firstuse);
    }
}

fixed_struct!(TcfT);

/// `struct tc_gact` (20 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcGact {
    /// `index`.
    pub index: u32,
    /// `capab`.
    pub capab: u32,
    /// `action`.
    pub action: i32,
    /// `refcnt`.
    pub refcnt: i32,
    /// `bindcnt`.
    pub bindcnt: i32,
}

impl TcGact {
    /// Size on the wire.
    pub const LEN: usize = 20;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_GACT
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            index: rd::u32(b, 0),
            capab: rd::u32(b, 4),
            action: rd::i32(b, 8),
            refcnt: rd::i32(b, 12),
            bindcnt: rd::i32(b, 16),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.index);
        wr::u32(out, 4, self.capab);
        wr::i32(out, 8, self.action);
        wr::i32(out, 12, self.refcnt);
        wr::i32(out, 16, self.bindcnt);
    }
}

fixed_struct!(TcGact);

/// `struct tc_gact_p` (8 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcGactP {
    /// `ptype`.
    pub ptype: u16,
    /// `pval`.
    pub pval: u16,
    /// `paction`.
    pub paction: i32,
}

impl TcGactP {
    /// Size on the wire.
    pub const LEN: usize = 8;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_GACT_P
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            ptype: rd::u16(b, 0),
            pval: rd::u16(b, 2),
            paction: rd::i32(b, 4),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u16(out, 0, self.ptype);
        wr::u16(out, 2, self.pval);
        wr::i32(out, 4, self.paction);
    }
}

fixed_struct!(TcGactP);

/// `struct tcf_ematch_tree_hdr` (4 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcfEmatchTreeHdr {
    /// `nmatches`.
    pub nmatches: u16,
    /// `progid`.
    pub progid: u16,
}

impl TcfEmatchTreeHdr {
    /// Size on the wire.
    pub const LEN: usize = 4;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TCF_EMATCH_TREE_HDR
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            nmatches: rd::u16(b, 0),
            progid: rd::u16(b, 2),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u16(out, 0, self.nmatches);
        wr::u16(out, 2, self.progid);
    }
}

fixed_struct!(TcfEmatchTreeHdr);

/// `struct tc_basic_pcnt` (16 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcBasicPcnt {
    /// `rcnt`.
    pub rcnt: u64,
    /// `rhit`.
    pub rhit: u64,
}

impl TcBasicPcnt {
    /// Size on the wire.
    pub const LEN: usize = 16;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_BASIC_PCNT
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            rcnt: rd::u64(b, 0),
            rhit: rd::u64(b, 8),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u64(out, 0, self.rcnt);
        wr::u64(out, 8, self.rhit);
    }
}

fixed_struct!(TcBasicPcnt);

/// `struct tc_matchall_pcnt` (8 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcMatchallPcnt {
    /// `rhit`.
    pub rhit: u64,
}

impl TcMatchallPcnt {
    /// Size on the wire.
    pub const LEN: usize = 8;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_MATCHALL_PCNT
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            rhit: rd::u64(b, 0),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u64(out, 0, self.rhit);
    }
}

fixed_struct!(TcMatchallPcnt);

/// `struct tc_mpls` (24 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcMpls {
    /// `index`.
    pub index: u32,
    /// `capab`.
    pub capab: u32,
    /// `action`.
    pub action: i32,
    /// `refcnt`.
    pub refcnt: i32,
    /// `bindcnt`.
    pub bindcnt: i32,
    /// `m-action`.
    pub m_action: i32,
}

impl TcMpls {
    /// Size on the wire.
    pub const LEN: usize = 24;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_MPLS
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            index: rd::u32(b, 0),
            capab: rd::u32(b, 4),
            action: rd::i32(b, 8),
            refcnt: rd::i32(b, 12),
            bindcnt: rd::i32(b, 16),
            m_action: rd::i32(b, 20),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.index);
        wr::u32(out, 4, self.capab);
        wr::i32(out, 8, self.action);
        wr::i32(out, 12, self.refcnt);
        wr::i32(out, 16, self.bindcnt);
        wr::i32(out, 20, self.m_action);
    }
}

fixed_struct!(TcMpls);

/// `struct tc_police` (32 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcPolice {
    /// `index`.
    pub index: u32,
    /// `action`.
    pub action: i32,
    /// `limit`.
    pub limit: u32,
    /// `burst`.
    pub burst: u32,
    /// `mtu`.
    pub mtu: u32,
    /// `refcnt`.
    pub refcnt: i32,
    /// `bindcnt`.
    pub bindcnt: i32,
    /// `capab`.
    pub capab: u32,
}

impl TcPolice {
    /// Size on the wire.
    pub const LEN: usize = 32;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_POLICE
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            index: rd::u32(b, 0),
            action: rd::i32(b, 4),
            limit: rd::u32(b, 8),
            burst: rd::u32(b, 12),
            mtu: rd::u32(b, 16),
            refcnt: rd::i32(b, 20),
            bindcnt: rd::i32(b, 24),
            capab: rd::u32(b, 28),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.index);
        wr::i32(out, 4, self.action);
        wr::u32(out, 8, self.limit);
        wr::u32(out, 12, self.burst);
        wr::u32(out, 16, self.mtu);
        wr::i32(out, 20, self.refcnt);
        wr::i32(out, 24, self.bindcnt);
        wr::u32(out, 28, self.capab);
    }
}

fixed_struct!(TcPolice);

/// `struct tc_pedit_sel` (24 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcPeditSel {
    /// `index`.
    pub index: u32,
    /// `capab`.
    pub capab: u32,
    /// `action`.
    pub action: i32,
    /// `refcnt`.
    pub refcnt: i32,
    /// `bindcnt`.
    pub bindcnt: i32,
    /// `nkeys`.
    pub nkeys: u8,
    /// `flags`.
    pub flags: u8,
}

impl TcPeditSel {
    /// Size on the wire.
    pub const LEN: usize = 24;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_PEDIT_SEL
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            index: rd::u32(b, 0),
            capab: rd::u32(b, 4),
            action: rd::i32(b, 8),
            refcnt: rd::i32(b, 12),
            bindcnt: rd::i32(b, 16),
            nkeys: rd::u8(b, 20),
            flags: rd::u8(b, 21),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.index);
        wr::u32(out, 4, self.capab);
        wr::i32(out, 8, self.action);
        wr::i32(out, 12, self.refcnt);
        wr::i32(out, 16, self.bindcnt);
        wr::u8(out, 20, self.nkeys);
        wr::u8(out, 21, self.flags);
    }
}

fixed_struct!(TcPeditSel);

/// `struct tc_pedit_key` (24 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcPeditKey {
    /// `mask`.
    pub mask: u32,
    /// `val`.
    pub val: u32,
    /// `off`.
    pub off: u32,
    /// `at`.
    pub at: u32,
    /// `offmask`.
    pub offmask: u32,
    /// `shift`.
    pub shift: u32,
}

impl TcPeditKey {
    /// Size on the wire.
    pub const LEN: usize = 24;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_PEDIT_KEY
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            mask: rd::u32(b, 0),
            val: rd::u32(b, 4),
            off: rd::u32(b, 8),
            at: rd::u32(b, 12),
            offmask: rd::u32(b, 16),
            shift: rd::u32(b, 20),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.mask);
        wr::u32(out, 4, self.val);
        wr::u32(out, 8, self.off);
        wr::u32(out, 12, self.at);
        wr::u32(out, 16, self.offmask);
        wr::u32(out, 20, self.shift);
    }
}

fixed_struct!(TcPeditKey);

/// `struct tc_vlan` (24 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TcVlan {
    /// `index`.
    pub index: u32,
    /// `capab`.
    pub capab: u32,
    /// `action`.
    pub action: i32,
    /// `refcnt`.
    pub refcnt: i32,
    /// `bindcnt`.
    pub bindcnt: i32,
    /// `v-action`.
    pub v_action: i32,
}

impl TcVlan {
    /// Size on the wire.
    pub const LEN: usize = 24;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::TC_VLAN
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            index: rd::u32(b, 0),
            capab: rd::u32(b, 4),
            action: rd::i32(b, 8),
            refcnt: rd::i32(b, 12),
            bindcnt: rd::i32(b, 16),
            v_action: rd::i32(b, 20),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.index);
        wr::u32(out, 4, self.capab);
        wr::i32(out, 8, self.action);
        wr::i32(out, 12, self.refcnt);
        wr::i32(out, 16, self.bindcnt);
        wr::i32(out, 20, self.v_action);
    }
}

fixed_struct!(TcVlan);
