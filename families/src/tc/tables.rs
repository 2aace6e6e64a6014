//! Descriptor tables of `tc`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `cls-flags` flags.
pub static CLS_FLAGS: EnumDesc = EnumDesc::new(
    "cls-flags",
    true,
    &[
        EnumEntry {
            name: "skip-hw",
            c_name: "TC_CLS_FLAGS_SKIP_HW",
            value: 1,
        },
        EnumEntry {
            name: "skip-sw",
            c_name: "TC_CLS_FLAGS_SKIP_SW",
            value: 2,
        },
        EnumEntry {
            name: "in-hw",
            c_name: "TC_CLS_FLAGS_IN_HW",
            value: 4,
        },
        EnumEntry {
            name: "not-in-nw",
            c_name: "TC_CLS_FLAGS_NOT_IN_NW",
            value: 8,
        },
        EnumEntry {
            name: "verbose",
            c_name: "TC_CLS_FLAGS_VERBOSE",
            value: 16,
        },
    ],
);

/// The `flower-key-ctrl-flags` flags.
pub static FLOWER_KEY_CTRL_FLAGS: EnumDesc = EnumDesc::new(
    "flower-key-ctrl-flags",
    true,
    &[
        EnumEntry {
            name: "frag",
            c_name: "TCA_FLOWER_KEY_FLAGS_FRAG",
            value: 1,
        },
        EnumEntry {
            name: "firstfrag",
            c_name: "TCA_FLOWER_KEY_FLAGS_FIRSTFRAG",
            value: 2,
        },
        EnumEntry {
            name: "tuncsum",
            c_name: "TCA_FLOWER_KEY_FLAGS_TUNCSUM",
            value: 4,
        },
        EnumEntry {
            name: "tundf",
            c_name: "TCA_FLOWER_KEY_FLAGS_TUNDF",
            value: 8,
        },
        EnumEntry {
            name: "tunoam",
            c_name: "TCA_FLOWER_KEY_FLAGS_TUNOAM",
            value: 16,
        },
        EnumEntry {
            name: "tuncrit",
            c_name: "TCA_FLOWER_KEY_FLAGS_TUNCRIT",
            value: 32,
        },
    ],
);

/// The `dualpi2-drop-overload` enum.
pub static DUALPI2_DROP_OVERLOAD: EnumDesc = EnumDesc::new(
    "dualpi2-drop-overload",
    false,
    &[
        EnumEntry {
            name: "overflow",
            c_name: "TC_DUALPI2_DROP_OVERLOAD_OVERFLOW",
            value: 0,
        },
        EnumEntry {
            name: "drop",
            c_name: "TC_DUALPI2_DROP_OVERLOAD_DROP",
            value: 1,
        },
    ],
);

/// The `dualpi2-drop-early` enum.
pub static DUALPI2_DROP_EARLY: EnumDesc = EnumDesc::new(
    "dualpi2-drop-early",
    false,
    &[
        EnumEntry {
            name: "drop-dequeue",
            c_name: "TC_DUALPI2_DROP_EARLY_DROP_DEQUEUE",
            value: 0,
        },
        EnumEntry {
            name: "drop-enqueue",
            c_name: "TC_DUALPI2_DROP_EARLY_DROP_ENQUEUE",
            value: 1,
        },
    ],
);

/// The `dualpi2-ecn-mask` enum.
pub static DUALPI2_ECN_MASK: EnumDesc = EnumDesc::new(
    "dualpi2-ecn-mask",
    false,
    &[
        EnumEntry {
            name: "l4s-ect",
            c_name: "TC_DUALPI2_ECN_MASK_L4S_ECT",
            value: 1,
        },
        EnumEntry {
            name: "cla-ect",
            c_name: "TC_DUALPI2_ECN_MASK_CLA_ECT",
            value: 2,
        },
        EnumEntry {
            name: "any-ect",
            c_name: "TC_DUALPI2_ECN_MASK_ANY_ECT",
            value: 3,
        },
    ],
);

/// The `dualpi2-split-gso` enum.
pub static DUALPI2_SPLIT_GSO: EnumDesc = EnumDesc::new(
    "dualpi2-split-gso",
    false,
    &[
        EnumEntry {
            name: "no-split-gso",
            c_name: "TC_DUALPI2_SPLIT_GSO_NO_SPLIT_GSO",
            value: 0,
        },
        EnumEntry {
            name: "split-gso",
            c_name: "TC_DUALPI2_SPLIT_GSO_SPLIT_GSO",
            value: 1,
        },
    ],
);

/// The layout of `struct tcmsg`.
pub static TCMSG: StructDesc = StructDesc::new(
    "tcmsg",
    "struct tcmsg",
    20,
    &[
        Member::new("family", 0, 1, AttrType::U8),
        Member::new("pad", 1, 3, AttrType::Pad),
        Member::new("ifindex", 4, 4, AttrType::S32),
        Member::new("handle", 8, 4, AttrType::U32),
        Member::new("parent", 12, 4, AttrType::U32),
        Member::new("info", 16, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_stats`.
pub static TC_STATS: StructDesc = StructDesc::new(
    "tc-stats",
    "struct tc_stats",
    40,
    &[
        Member::new("bytes", 0, 8, AttrType::U64),
        Member::new("packets", 8, 4, AttrType::U32),
        Member::new("drops", 12, 4, AttrType::U32),
        Member::new("overlimits", 16, 4, AttrType::U32),
        Member::new("bps", 20, 4, AttrType::U32),
        Member::new("pps", 24, 4, AttrType::U32),
        Member::new("qlen", 28, 4, AttrType::U32),
        Member::new("backlog", 32, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_cbs_qopt`.
pub static TC_CBS_QOPT: StructDesc = StructDesc::new(
    "tc-cbs-qopt",
    "struct tc_cbs_qopt",
    20,
    &[
        Member::new("offload", 0, 1, AttrType::U8),
        Member::new("pad", 1, 3, AttrType::Pad),
        Member::new("hicredit", 4, 4, AttrType::S32),
        Member::new("locredit", 8, 4, AttrType::S32),
        Member::new("idleslope", 12, 4, AttrType::S32),
        Member::new("sendslope", 16, 4, AttrType::S32),
    ],
);

/// The layout of `struct tc_etf_qopt`.
pub static TC_ETF_QOPT: StructDesc = StructDesc::new(
    "tc-etf-qopt",
    "struct tc_etf_qopt",
    12,
    &[
        Member::new("delta", 0, 4, AttrType::S32),
        Member::new("clockid", 4, 4, AttrType::S32),
        Member::new("flags", 8, 4, AttrType::S32),
    ],
);

/// The layout of `struct tc_fifo_qopt`.
pub static TC_FIFO_QOPT: StructDesc = StructDesc::new(
    "tc-fifo-qopt",
    "struct tc_fifo_qopt",
    4,
    &[Member::new("limit", 0, 4, AttrType::U32)],
);

/// The layout of `struct tc_htb_opt`.
pub static TC_HTB_OPT: StructDesc = StructDesc::new(
    "tc-htb-opt",
    "struct tc_htb_opt",
    20,
    &[
        Member::new("rate", 0, 0, AttrType::Binary),
        Member::new("ceil", 0, 0, AttrType::Binary),
        Member::new("buffer", 0, 4, AttrType::U32),
        Member::new("cbuffer", 4, 4, AttrType::U32),
        Member::new("quantum", 8, 4, AttrType::U32),
        Member::new("level", 12, 4, AttrType::U32),
        Member::new("prio", 16, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_htb_glob`.
pub static TC_HTB_GLOB: StructDesc = StructDesc::new(
    "tc-htb-glob",
    "struct tc_htb_glob",
    20,
    &[
        Member::new("version", 0, 4, AttrType::U32),
        Member::new("rate2quantum", 4, 4, AttrType::U32),
        Member::new("defcls", 8, 4, AttrType::U32),
        Member::new("debug", 12, 4, AttrType::U32),
        Member::new("direct-pkts", 16, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_gred_qopt`.
pub static TC_GRED_QOPT: StructDesc = StructDesc::new(
    "tc-gred-qopt",
    "struct tc_gred_qopt",
    52,
    &[
        Member::new("limit", 0, 4, AttrType::U32),
        Member::new("qth-min", 4, 4, AttrType::U32),
        Member::new("qth-max", 8, 4, AttrType::U32),
        Member::new("DP", 12, 4, AttrType::U32),
        Member::new("backlog", 16, 4, AttrType::U32),
        Member::new("qave", 20, 4, AttrType::U32),
        Member::new("forced", 24, 4, AttrType::U32),
        Member::new("early", 28, 4, AttrType::U32),
        Member::new("other", 32, 4, AttrType::U32),
        Member::new("pdrop", 36, 4, AttrType::U32),
        Member::new("Wlog", 40, 1, AttrType::U8),
        Member::new("Plog", 41, 1, AttrType::U8),
        Member::new("Scell-log", 42, 1, AttrType::U8),
        Member::new("prio", 43, 1, AttrType::U8),
        Member::new("packets", 44, 4, AttrType::U32),
        Member::new("bytesin", 48, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_gred_sopt`.
pub static TC_GRED_SOPT: StructDesc = StructDesc::new(
    "tc-gred-sopt",
    "struct tc_gred_sopt",
    12,
    &[
        Member::new("DPs", 0, 4, AttrType::U32),
        Member::new("def-DP", 4, 4, AttrType::U32),
        Member::new("grio", 8, 1, AttrType::U8),
        Member::new("flags", 9, 1, AttrType::U8),
        Member::new("pad", 10, 2, AttrType::Pad),
    ],
);

/// The layout of `struct tc_hfsc_qopt`.
pub static TC_HFSC_QOPT: StructDesc = StructDesc::new(
    "tc-hfsc-qopt",
    "struct tc_hfsc_qopt",
    2,
    &[Member::new("defcls", 0, 2, AttrType::U16)],
);

/// The layout of `struct tc_mqprio_qopt`.
pub static TC_MQPRIO_QOPT: StructDesc = StructDesc::new(
    "tc-mqprio-qopt",
    "struct tc_mqprio_qopt",
    82,
    &[
        Member::new("num-tc", 0, 1, AttrType::U8),
        Member::new("prio-tc-map", 1, 16, AttrType::Binary),
        Member::new("hw", 17, 1, AttrType::U8),
        Member::new("count", 18, 32, AttrType::Binary),
        Member::new("offset", 50, 32, AttrType::Binary),
    ],
);

/// The layout of `struct tc_multiq_qopt`.
pub static TC_MULTIQ_QOPT: StructDesc = StructDesc::new(
    "tc-multiq-qopt",
    "struct tc_multiq_qopt",
    4,
    &[
        Member::new("bands", 0, 2, AttrType::U16),
        Member::new("max-bands", 2, 2, AttrType::U16),
    ],
);

/// The layout of `struct tc_netem_qopt`.
pub static TC_NETEM_QOPT: StructDesc = StructDesc::new(
    "tc-netem-qopt",
    "struct tc_netem_qopt",
    24,
    &[
        Member::new("latency", 0, 4, AttrType::U32),
        Member::new("limit", 4, 4, AttrType::U32),
        Member::new("loss", 8, 4, AttrType::U32),
        Member::new("gap", 12, 4, AttrType::U32),
        Member::new("duplicate", 16, 4, AttrType::U32),
        Member::new("jitter", 20, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_netem_gimodel`.
pub static TC_NETEM_GIMODEL: StructDesc = StructDesc::new(
    "tc-netem-gimodel",
    "struct tc_netem_gimodel",
    20,
    &[
        Member::new("p13", 0, 4, AttrType::U32),
        Member::new("p31", 4, 4, AttrType::U32),
        Member::new("p32", 8, 4, AttrType::U32),
        Member::new("p14", 12, 4, AttrType::U32),
        Member::new("p23", 16, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_netem_gemodel`.
pub static TC_NETEM_GEMODEL: StructDesc = StructDesc::new(
    "tc-netem-gemodel",
    "struct tc_netem_gemodel",
    16,
    &[
        Member::new("p", 0, 4, AttrType::U32),
        Member::new("r", 4, 4, AttrType::U32),
        Member::new("h", 8, 4, AttrType::U32),
        Member::new("k1", 12, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_netem_corr`.
pub static TC_NETEM_CORR: StructDesc = StructDesc::new(
    "tc-netem-corr",
    "struct tc_netem_corr",
    12,
    &[
        Member::new("delay-corr", 0, 4, AttrType::U32),
        Member::new("loss-corr", 4, 4, AttrType::U32),
        Member::new("dup-corr", 8, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_netem_reorder`.
pub static TC_NETEM_REORDER: StructDesc = StructDesc::new(
    "tc-netem-reorder",
    "struct tc_netem_reorder",
    8,
    &[
        Member::new("probability", 0, 4, AttrType::U32),
        Member::new("correlation", 4, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_netem_corrupt`.
pub static TC_NETEM_CORRUPT: StructDesc = StructDesc::new(
    "tc-netem-corrupt",
    "struct tc_netem_corrupt",
    8,
    &[
        Member::new("probability", 0, 4, AttrType::U32),
        Member::new("correlation", 4, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_netem_rate`.
pub static TC_NETEM_RATE: StructDesc = StructDesc::new(
    "tc-netem-rate",
    "struct tc_netem_rate",
    16,
    &[
        Member::new("rate", 0, 4, AttrType::U32),
        Member::new("packet-overhead", 4, 4, AttrType::S32),
        Member::new("cell-size", 8, 4, AttrType::U32),
        Member::new("cell-overhead", 12, 4, AttrType::S32),
    ],
);

/// The layout of `struct tc_netem_slot`.
pub static TC_NETEM_SLOT: StructDesc = StructDesc::new(
    "tc-netem-slot",
    "struct tc_netem_slot",
    40,
    &[
        Member::new("min-delay", 0, 8, AttrType::S64),
        Member::new("max-delay", 8, 8, AttrType::S64),
        Member::new("max-packets", 16, 4, AttrType::S32),
        Member::new("max-bytes", 20, 4, AttrType::S32),
        Member::new("dist-delay", 24, 8, AttrType::S64),
        Member::new("dist-jitter", 32, 8, AttrType::S64),
    ],
);

/// The layout of `struct tc_plug_qopt`.
pub static TC_PLUG_QOPT: StructDesc = StructDesc::new(
    "tc-plug-qopt",
    "struct tc_plug_qopt",
    8,
    &[
        Member::new("action", 0, 4, AttrType::S32),
        Member::new("limit", 4, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_prio_qopt`.
pub static TC_PRIO_QOPT: StructDesc = StructDesc::new(
    "tc-prio-qopt",
    "struct tc_prio_qopt",
    20,
    &[
        Member::new("bands", 0, 4, AttrType::U32),
        Member::new("priomap", 4, 16, AttrType::Binary),
    ],
);

/// The layout of `struct tc_red_qopt`.
pub static TC_RED_QOPT: StructDesc = StructDesc::new(
    "tc-red-qopt",
    "struct tc_red_qopt",
    16,
    &[
        Member::new("limit", 0, 4, AttrType::U32),
        Member::new("qth-min", 4, 4, AttrType::U32),
        Member::new("qth-max", 8, 4, AttrType::U32),
        Member::new("Wlog", 12, 1, AttrType::U8),
        Member::new("Plog", 13, 1, AttrType::U8),
        Member::new("Scell-log", 14, 1, AttrType::U8),
        Member::new("flags", 15, 1, AttrType::U8),
    ],
);

/// The layout of `struct tc_sfb_qopt`.
pub static TC_SFB_QOPT: StructDesc = StructDesc::new(
    "tc-sfb-qopt",
    "struct tc_sfb_qopt",
    36,
    &[
        Member::new("rehash-interval", 0, 4, AttrType::U32),
        Member::new("warmup-time", 4, 4, AttrType::U32),
        Member::new("max", 8, 4, AttrType::U32),
        Member::new("bin-size", 12, 4, AttrType::U32),
        Member::new("increment", 16, 4, AttrType::U32),
        Member::new("decrement", 20, 4, AttrType::U32),
        Member::new("limit", 24, 4, AttrType::U32),
        Member::new("penalty-rate", 28, 4, AttrType::U32),
        Member::new("penalty-burst", 32, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_sfq_qopt`.
pub static TC_SFQ_QOPT: StructDesc = StructDesc::new(
    "tc-sfq-qopt",
    "struct tc_sfq_qopt",
    20,
    &[
        Member::new("quantum", 0, 4, AttrType::U32),
        Member::new("perturb-period", 4, 4, AttrType::S32),
        Member::new("limit", 8, 4, AttrType::U32),
        Member::new("divisor", 12, 4, AttrType::U32),
        Member::new("flows", 16, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_sfqred_stats`.
pub static TC_SFQRED_STATS: StructDesc = StructDesc::new(
    "tc-sfqred-stats",
    "struct tc_sfqred_stats",
    24,
    &[
        Member::new("prob-drop", 0, 4, AttrType::U32),
        Member::new("forced-drop", 4, 4, AttrType::U32),
        Member::new("prob-mark", 8, 4, AttrType::U32),
        Member::new("forced-mark", 12, 4, AttrType::U32),
        Member::new("prob-mark-head", 16, 4, AttrType::U32),
        Member::new("forced-mark-head", 20, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_sfq_qopt_v1`.
pub static TC_SFQ_QOPT_V1: StructDesc = StructDesc::new(
    "tc-sfq-qopt-v1",
    "struct tc_sfq_qopt_v1",
    28,
    &[
        Member::new("v0", 0, 0, AttrType::Binary),
        Member::new("depth", 0, 4, AttrType::U32),
        Member::new("headdrop", 4, 4, AttrType::U32),
        Member::new("limit", 8, 4, AttrType::U32),
        Member::new("qth-min", 12, 4, AttrType::U32),
        Member::new("qth-max", 16, 4, AttrType::U32),
        Member::new("Wlog", 20, 1, AttrType::U8),
        Member::new("Plog", 21, 1, AttrType::U8),
        Member::new("Scell-log", 22, 1, AttrType::U8),
        Member::new("flags", 23, 1, AttrType::U8),
        Member::new("max-P", 24, 4, AttrType::U32),
        Member::new("stats", 28, 0, AttrType::Binary),
    ],
);

/// The layout of `struct tc_ratespec`.
pub static TC_RATESPEC: StructDesc = StructDesc::new(
    "tc-ratespec",
    "struct tc_ratespec",
    12,
    &[
        Member::new("cell-log", 0, 1, AttrType::U8),
        Member::new("linklayer", 1, 1, AttrType::U8),
        Member::new("overhead", 2, 1, AttrType::U8),
        Member::new("cell-align", 3, 1, AttrType::U8),
        Member::new("mpu", 4, 1, AttrType::U8),
        Member::new("rate", 8, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_tbf_qopt`.
pub static TC_TBF_QOPT: StructDesc = StructDesc::new(
    "tc-tbf-qopt",
    "struct tc_tbf_qopt",
    12,
    &[
        Member::new("rate", 0, 0, AttrType::Binary),
        Member::new("peakrate", 0, 0, AttrType::Binary),
        Member::new("limit", 0, 4, AttrType::U32),
        Member::new("buffer", 4, 4, AttrType::U32),
        Member::new("mtu", 8, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_sizespec`.
pub static TC_SIZESPEC: StructDesc = StructDesc::new(
    "tc-sizespec",
    "struct tc_sizespec",
    24,
    &[
        Member::new("cell-log", 0, 1, AttrType::U8),
        Member::new("size-log", 1, 1, AttrType::U8),
        Member::new("cell-align", 2, 2, AttrType::S16),
        Member::new("overhead", 4, 4, AttrType::S32),
        Member::new("linklayer", 8, 4, AttrType::U32),
        Member::new("mpu", 12, 4, AttrType::U32),
        Member::new("mtu", 16, 4, AttrType::U32),
        Member::new("tsize", 20, 4, AttrType::U32),
    ],
);

/// The layout of `struct gnet_estimator`.
pub static GNET_ESTIMATOR: StructDesc = StructDesc::new(
    "gnet-estimator",
    "struct gnet_estimator",
    2,
    &[
        Member::new("interval", 0, 1, AttrType::S8),
        Member::new("ewma-log", 1, 1, AttrType::U8),
    ],
);

/// The layout of `struct tc_choke_xstats`.
pub static TC_CHOKE_XSTATS: StructDesc = StructDesc::new(
    "tc-choke-xstats",
    "struct tc_choke_xstats",
    20,
    &[
        Member::new("early", 0, 4, AttrType::U32),
        Member::new("pdrop", 4, 4, AttrType::U32),
        Member::new("other", 8, 4, AttrType::U32),
        Member::new("marked", 12, 4, AttrType::U32),
        Member::new("matched", 16, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_codel_xstats`.
pub static TC_CODEL_XSTATS: StructDesc = StructDesc::new(
    "tc-codel-xstats",
    "struct tc_codel_xstats",
    36,
    &[
        Member::new("maxpacket", 0, 4, AttrType::U32),
        Member::new("count", 4, 4, AttrType::U32),
        Member::new("lastcount", 8, 4, AttrType::U32),
        Member::new("ldelay", 12, 4, AttrType::U32),
        Member::new("drop-next", 16, 4, AttrType::S32),
        Member::new("drop-overlimit", 20, 4, AttrType::U32),
        Member::new("ecn-mark", 24, 4, AttrType::U32),
        Member::new("dropping", 28, 4, AttrType::U32),
        Member::new("ce-mark", 32, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_fq_codel_xstats`.
pub static TC_FQ_CODEL_XSTATS: StructDesc = StructDesc::new(
    "tc-fq-codel-xstats",
    "struct tc_fq_codel_xstats",
    40,
    &[
        Member::new("type", 0, 4, AttrType::U32),
        Member::new("maxpacket", 4, 4, AttrType::U32),
        Member::new("drop-overlimit", 8, 4, AttrType::U32),
        Member::new("ecn-mark", 12, 4, AttrType::U32),
        Member::new("new-flow-count", 16, 4, AttrType::U32),
        Member::new("new-flows-len", 20, 4, AttrType::U32),
        Member::new("old-flows-len", 24, 4, AttrType::U32),
        Member::new("ce-mark", 28, 4, AttrType::U32),
        Member::new("memory-usage", 32, 4, AttrType::U32),
        Member::new("drop-overmemory", 36, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_dualpi2_xstats`.
pub static TC_DUALPI2_XSTATS: StructDesc = StructDesc::new(
    "tc-dualpi2-xstats",
    "struct tc_dualpi2_xstats",
    48,
    &[
        Member::new("prob", 0, 4, AttrType::U32),
        Member::new("delay-c", 4, 4, AttrType::U32),
        Member::new("delay-l", 8, 4, AttrType::U32),
        Member::new("pkts-in-c", 12, 4, AttrType::U32),
        Member::new("pkts-in-l", 16, 4, AttrType::U32),
        Member::new("maxq", 20, 4, AttrType::U32),
        Member::new("ecn-mark", 24, 4, AttrType::U32),
        Member::new("step-mark", 28, 4, AttrType::U32),
        Member::new("credit", 32, 4, AttrType::S32),
        Member::new("memory-used", 36, 4, AttrType::U32),
        Member::new("max-memory-used", 40, 4, AttrType::U32),
        Member::new("memory-limit", 44, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_fq_pie_xstats`.
pub static TC_FQ_PIE_XSTATS: StructDesc = StructDesc::new(
    "tc-fq-pie-xstats",
    "struct tc_fq_pie_xstats",
    36,
    &[
        Member::new("packets-in", 0, 4, AttrType::U32),
        Member::new("dropped", 4, 4, AttrType::U32),
        Member::new("overlimit", 8, 4, AttrType::U32),
        Member::new("overmemory", 12, 4, AttrType::U32),
        Member::new("ecn-mark", 16, 4, AttrType::U32),
        Member::new("new-flow-count", 20, 4, AttrType::U32),
        Member::new("new-flows-len", 24, 4, AttrType::U32),
        Member::new("old-flows-len", 28, 4, AttrType::U32),
        Member::new("memory-usage", 32, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_fq_qd_stats`.
pub static TC_FQ_QD_STATS: StructDesc = StructDesc::new(
    "tc-fq-qd-stats",
    "struct tc_fq_qd_stats",
    152,
    &[
        Member::new("gc-flows", 0, 8, AttrType::U64),
        Member::new("highprio-packets", 8, 8, AttrType::U64),
        Member::new("tcp-retrans", 16, 8, AttrType::U64),
        Member::new("throttled", 24, 8, AttrType::U64),
        Member::new("flows-plimit", 32, 8, AttrType::U64),
        Member::new("pkts-too-long", 40, 8, AttrType::U64),
        Member::new("allocation-errors", 48, 8, AttrType::U64),
        Member::new("time-next-delayed-flow", 56, 8, AttrType::S64),
        Member::new("flows", 64, 4, AttrType::U32),
        Member::new("inactive-flows", 68, 4, AttrType::U32),
        Member::new("throttled-flows", 72, 4, AttrType::U32),
        Member::new("unthrottle-latency-ns", 76, 4, AttrType::U32),
        Member::new("ce-mark", 80, 8, AttrType::U64),
        Member::new("horizon-drops", 88, 8, AttrType::U64),
        Member::new("horizon-caps", 96, 8, AttrType::U64),
        Member::new("fastpath-packets", 104, 8, AttrType::U64),
        Member::new("band-drops", 112, 24, AttrType::Binary),
        Member::new("band-pkt-count", 136, 12, AttrType::Binary),
        Member::new("pad", 148, 4, AttrType::Pad),
    ],
);

/// The layout of `struct tc_hhf_xstats`.
pub static TC_HHF_XSTATS: StructDesc = StructDesc::new(
    "tc-hhf-xstats",
    "struct tc_hhf_xstats",
    16,
    &[
        Member::new("drop-overlimit", 0, 4, AttrType::U32),
        Member::new("hh-overlimit", 4, 4, AttrType::U32),
        Member::new("hh-tot-count", 8, 4, AttrType::U32),
        Member::new("hh-cur-count", 12, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_pie_xstats`.
pub static TC_PIE_XSTATS: StructDesc = StructDesc::new(
    "tc-pie-xstats",
    "struct tc_pie_xstats",
    40,
    &[
        Member::new("prob", 0, 8, AttrType::U64),
        Member::new("delay", 8, 4, AttrType::U32),
        Member::new("avg-dq-rate", 12, 4, AttrType::U32),
        Member::new("dq-rate-estimating", 16, 4, AttrType::U32),
        Member::new("packets-in", 20, 4, AttrType::U32),
        Member::new("dropped", 24, 4, AttrType::U32),
        Member::new("overlimit", 28, 4, AttrType::U32),
        Member::new("maxq", 32, 4, AttrType::U32),
        Member::new("ecn-mark", 36, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_red_xstats`.
pub static TC_RED_XSTATS: StructDesc = StructDesc::new(
    "tc-red-xstats",
    "struct tc_red_xstats",
    16,
    &[
        Member::new("early", 0, 4, AttrType::U32),
        Member::new("pdrop", 4, 4, AttrType::U32),
        Member::new("other", 8, 4, AttrType::U32),
        Member::new("marked", 12, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_sfb_xstats`.
pub static TC_SFB_XSTATS: StructDesc = StructDesc::new(
    "tc-sfb-xstats",
    "struct tc_sfb_xstats",
    36,
    &[
        Member::new("earlydrop", 0, 4, AttrType::U32),
        Member::new("penaltydrop", 4, 4, AttrType::U32),
        Member::new("bucketdrop", 8, 4, AttrType::U32),
        Member::new("queuedrop", 12, 4, AttrType::U32),
        Member::new("childdrop", 16, 4, AttrType::U32),
        Member::new("marked", 20, 4, AttrType::U32),
        Member::new("maxqlen", 24, 4, AttrType::U32),
        Member::new("maxprob", 28, 4, AttrType::U32),
        Member::new("avgprob", 32, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_sfq_xstats`.
pub static TC_SFQ_XSTATS: StructDesc = StructDesc::new(
    "tc-sfq-xstats",
    "struct tc_sfq_xstats",
    4,
    &[Member::new("allot", 0, 4, AttrType::S32)],
);

/// The layout of `struct gnet_stats_basic`.
pub static GNET_STATS_BASIC: StructDesc = StructDesc::new(
    "gnet-stats-basic",
    "struct gnet_stats_basic",
    16,
    &[
        Member::new("bytes", 0, 8, AttrType::U64),
        Member::new("packets", 8, 4, AttrType::U32),
    ],
);

/// The layout of `struct gnet_stats_rate_est`.
pub static GNET_STATS_RATE_EST: StructDesc = StructDesc::new(
    "gnet-stats-rate-est",
    "struct gnet_stats_rate_est",
    8,
    &[
        Member::new("bps", 0, 4, AttrType::U32),
        Member::new("pps", 4, 4, AttrType::U32),
    ],
);

/// The layout of `struct gnet_stats_rate_est64`.
pub static GNET_STATS_RATE_EST64: StructDesc = StructDesc::new(
    "gnet-stats-rate-est64",
    "struct gnet_stats_rate_est64",
    16,
    &[
        Member::new("bps", 0, 8, AttrType::U64),
        Member::new("pps", 8, 8, AttrType::U64),
    ],
);

/// The layout of `struct gnet_stats_queue`.
pub static GNET_STATS_QUEUE: StructDesc = StructDesc::new(
    "gnet-stats-queue",
    "struct gnet_stats_queue",
    20,
    &[
        Member::new("qlen", 0, 4, AttrType::U32),
        Member::new("backlog", 4, 4, AttrType::U32),
        Member::new("drops", 8, 4, AttrType::U32),
        Member::new("requeues", 12, 4, AttrType::U32),
        Member::new("overlimits", 16, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_u32_key`.
pub static TC_U32_KEY: StructDesc = StructDesc::new(
    "tc-u32-key",
    "struct tc_u32_key",
    16,
    &[
        Member::new("mask", 0, 4, AttrType::U32).big_endian(),
        Member::new("val", 4, 4, AttrType::U32).big_endian(),
        Member::new("off", 8, 4, AttrType::S32),
        Member::new("offmask", 12, 4, AttrType::S32),
    ],
);

/// The layout of `struct tc_u32_mark`.
pub static TC_U32_MARK: StructDesc = StructDesc::new(
    "tc-u32-mark",
    "struct tc_u32_mark",
    12,
    &[
        Member::new("val", 0, 4, AttrType::U32),
        Member::new("mask", 4, 4, AttrType::U32),
        Member::new("success", 8, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_u32_sel`.
pub static TC_U32_SEL: StructDesc = StructDesc::new(
    "tc-u32-sel",
    "struct tc_u32_sel",
    16,
    &[
        Member::new("flags", 0, 1, AttrType::U8),
        Member::new("offshift", 1, 1, AttrType::U8),
        Member::new("nkeys", 2, 1, AttrType::U8),
        Member::new("offmask", 4, 2, AttrType::U16).big_endian(),
        Member::new("off", 6, 2, AttrType::U16),
        Member::new("offoff", 8, 2, AttrType::S16),
        Member::new("hoff", 10, 2, AttrType::S16),
        Member::new("hmask", 12, 4, AttrType::U32).big_endian(),
        Member::new("keys", 16, 0, AttrType::Binary),
    ],
);

/// The layout of `struct tc_u32_pcnt`.
pub static TC_U32_PCNT: StructDesc = StructDesc::new(
    "tc-u32-pcnt",
    "struct tc_u32_pcnt",
    24,
    &[
        Member::new("rcnt", 0, 8, AttrType::U64),
        Member::new("rhit", 8, 8, AttrType::U64),
        Member::new("kcnts", 16, 8, AttrType::U64),
    ],
);

/// The layout of `struct tcf_t`.
pub static TCF_T: StructDesc = StructDesc::new(
    "tcf-t",
    "struct tcf_t",
    32,
    &[
        Member::new("install", 0, 8, AttrType::U64),
        Member::new("lastuse", 8, 8, AttrType::U64),
        Member::new("expires", 16, 8, AttrType::U64),
        Member::new("firstuse", 24, 8, AttrType::U64),
    ],
);

/// The layout of `struct tc_gact`.
pub static TC_GACT: StructDesc = StructDesc::new(
    "tc-gact",
    "struct tc_gact",
    20,
    &[
        Member::new("index", 0, 4, AttrType::U32),
        Member::new("capab", 4, 4, AttrType::U32),
        Member::new("action", 8, 4, AttrType::S32),
        Member::new("refcnt", 12, 4, AttrType::S32),
        Member::new("bindcnt", 16, 4, AttrType::S32),
    ],
);

/// The layout of `struct tc_gact_p`.
pub static TC_GACT_P: StructDesc = StructDesc::new(
    "tc-gact-p",
    "struct tc_gact_p",
    8,
    &[
        Member::new("ptype", 0, 2, AttrType::U16),
        Member::new("pval", 2, 2, AttrType::U16),
        Member::new("paction", 4, 4, AttrType::S32),
    ],
);

/// The layout of `struct tcf_ematch_tree_hdr`.
pub static TCF_EMATCH_TREE_HDR: StructDesc = StructDesc::new(
    "tcf-ematch-tree-hdr",
    "struct tcf_ematch_tree_hdr",
    4,
    &[
        Member::new("nmatches", 0, 2, AttrType::U16),
        Member::new("progid", 2, 2, AttrType::U16),
    ],
);

/// The layout of `struct tc_basic_pcnt`.
pub static TC_BASIC_PCNT: StructDesc = StructDesc::new(
    "tc-basic-pcnt",
    "struct tc_basic_pcnt",
    16,
    &[
        Member::new("rcnt", 0, 8, AttrType::U64),
        Member::new("rhit", 8, 8, AttrType::U64),
    ],
);

/// The layout of `struct tc_matchall_pcnt`.
pub static TC_MATCHALL_PCNT: StructDesc = StructDesc::new(
    "tc-matchall-pcnt",
    "struct tc_matchall_pcnt",
    8,
    &[Member::new("rhit", 0, 8, AttrType::U64)],
);

/// The layout of `struct tc_mpls`.
pub static TC_MPLS: StructDesc = StructDesc::new(
    "tc-mpls",
    "struct tc_mpls",
    24,
    &[
        Member::new("index", 0, 4, AttrType::U32),
        Member::new("capab", 4, 4, AttrType::U32),
        Member::new("action", 8, 4, AttrType::S32),
        Member::new("refcnt", 12, 4, AttrType::S32),
        Member::new("bindcnt", 16, 4, AttrType::S32),
        Member::new("m-action", 20, 4, AttrType::S32),
    ],
);

/// The layout of `struct tc_police`.
pub static TC_POLICE: StructDesc = StructDesc::new(
    "tc-police",
    "struct tc_police",
    32,
    &[
        Member::new("index", 0, 4, AttrType::U32),
        Member::new("action", 4, 4, AttrType::S32),
        Member::new("limit", 8, 4, AttrType::U32),
        Member::new("burst", 12, 4, AttrType::U32),
        Member::new("mtu", 16, 4, AttrType::U32),
        Member::new("rate", 20, 0, AttrType::Binary),
        Member::new("peakrate", 20, 0, AttrType::Binary),
        Member::new("refcnt", 20, 4, AttrType::S32),
        Member::new("bindcnt", 24, 4, AttrType::S32),
        Member::new("capab", 28, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_pedit_sel`.
pub static TC_PEDIT_SEL: StructDesc = StructDesc::new(
    "tc-pedit-sel",
    "struct tc_pedit_sel",
    24,
    &[
        Member::new("index", 0, 4, AttrType::U32),
        Member::new("capab", 4, 4, AttrType::U32),
        Member::new("action", 8, 4, AttrType::S32),
        Member::new("refcnt", 12, 4, AttrType::S32),
        Member::new("bindcnt", 16, 4, AttrType::S32),
        Member::new("nkeys", 20, 1, AttrType::U8),
        Member::new("flags", 21, 1, AttrType::U8),
        Member::new("keys", 22, 0, AttrType::Binary),
    ],
);

/// The layout of `struct tc_pedit_key`.
pub static TC_PEDIT_KEY: StructDesc = StructDesc::new(
    "tc-pedit-key",
    "struct tc_pedit_key",
    24,
    &[
        Member::new("mask", 0, 4, AttrType::U32),
        Member::new("val", 4, 4, AttrType::U32),
        Member::new("off", 8, 4, AttrType::U32),
        Member::new("at", 12, 4, AttrType::U32),
        Member::new("offmask", 16, 4, AttrType::U32),
        Member::new("shift", 20, 4, AttrType::U32),
    ],
);

/// The layout of `struct tc_vlan`.
pub static TC_VLAN: StructDesc = StructDesc::new(
    "tc-vlan",
    "struct tc_vlan",
    24,
    &[
        Member::new("index", 0, 4, AttrType::U32),
        Member::new("capab", 4, 4, AttrType::U32),
        Member::new("action", 8, 4, AttrType::S32),
        Member::new("refcnt", 12, 4, AttrType::S32),
        Member::new("bindcnt", 16, 4, AttrType::S32),
        Member::new("v-action", 20, 4, AttrType::S32),
    ],
);

/// The `attrs` attribute set, indexed by type.
pub static ATTRS: AttrSet = AttrSet::new(
    "attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("kind", "TCA_KIND", 1, AttrType::String),
        AttrDesc::new("options", "TCA_OPTIONS", 2, AttrType::SubMessage).sub_message(&OPTIONS_MSG),
        AttrDesc::new("stats", "TCA_STATS", 3, AttrType::Binary).header(&TC_STATS),
        AttrDesc::new("xstats", "TCA_XSTATS", 4, AttrType::SubMessage)
            .sub_message(&TCA_STATS_APP_MSG),
        AttrDesc::new("rate", "TCA_RATE", 5, AttrType::Binary).header(&GNET_ESTIMATOR),
        AttrDesc::new("fcnt", "TCA_FCNT", 6, AttrType::U32),
        AttrDesc::new("stats2", "TCA_STATS2", 7, AttrType::Nest).nested(&TCA_STATS_ATTRS),
        AttrDesc::new("stab", "TCA_STAB", 8, AttrType::Nest).nested(&TCA_STAB_ATTRS),
        AttrDesc::new("pad", "TCA_PAD", 9, AttrType::Pad),
        AttrDesc::new("dump-invisible", "TCA_DUMP_INVISIBLE", 10, AttrType::Flag),
        AttrDesc::new("chain", "TCA_CHAIN", 11, AttrType::U32),
        AttrDesc::new("hw-offload", "TCA_HW_OFFLOAD", 12, AttrType::U8),
        AttrDesc::new("ingress-block", "TCA_INGRESS_BLOCK", 13, AttrType::U32),
        AttrDesc::new("egress-block", "TCA_EGRESS_BLOCK", 14, AttrType::U32),
        AttrDesc::new("dump-flags", "TCA_DUMP_FLAGS", 15, AttrType::Bitfield32),
        AttrDesc::new("ext-warn-msg", "TCA_EXT_WARN_MSG", 16, AttrType::String),
    ],
);

/// The `act-attrs` attribute set, indexed by type.
pub static ACT_ATTRS: AttrSet = AttrSet::new(
    "act-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("kind", "TCA_ACT_KIND", 1, AttrType::String),
        AttrDesc::new("options", "TCA_ACT_OPTIONS", 2, AttrType::SubMessage)
            .sub_message(&ACT_OPTIONS_MSG),
        AttrDesc::new("index", "TCA_ACT_INDEX", 3, AttrType::U32),
        AttrDesc::new("stats", "TCA_ACT_STATS", 4, AttrType::Nest).nested(&TCA_STATS_ATTRS),
        AttrDesc::new("pad", "TCA_ACT_PAD", 5, AttrType::Pad),
        AttrDesc::new("cookie", "TCA_ACT_COOKIE", 6, AttrType::Binary),
        AttrDesc::new("flags", "TCA_ACT_FLAGS", 7, AttrType::Bitfield32),
        AttrDesc::new("hw-stats", "TCA_ACT_HW_STATS", 8, AttrType::Bitfield32),
        AttrDesc::new(
            "used-hw-stats",
            "TCA_ACT_USED_HW_STATS",
            9,
            AttrType::Bitfield32,
        ),
        AttrDesc::new("in-hw-count", "TCA_ACT_IN_HW_COUNT", 10, AttrType::U32),
    ],
);

/// The `act-bpf-attrs` attribute set, indexed by type.
pub static ACT_BPF_ATTRS: AttrSet = AttrSet::new(
    "act-bpf-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("tm", "TCA_ACT_BPF_TM", 1, AttrType::Binary).header(&TCF_T),
        AttrDesc::new("parms", "TCA_ACT_BPF_PARMS", 2, AttrType::Binary),
        AttrDesc::new("ops-len", "TCA_ACT_BPF_OPS_LEN", 3, AttrType::U16),
        AttrDesc::new("ops", "TCA_ACT_BPF_OPS", 4, AttrType::Binary),
        AttrDesc::new("fd", "TCA_ACT_BPF_FD", 5, AttrType::U32),
        AttrDesc::new("name", "TCA_ACT_BPF_NAME", 6, AttrType::String),
        AttrDesc::new("pad", "TCA_ACT_BPF_PAD", 7, AttrType::Pad),
        AttrDesc::new("tag", "TCA_ACT_BPF_TAG", 8, AttrType::Binary),
        AttrDesc::new("id", "TCA_ACT_BPF_ID", 9, AttrType::Binary),
    ],
);

/// The `act-connmark-attrs` attribute set, indexed by type.
pub static ACT_CONNMARK_ATTRS: AttrSet = AttrSet::new(
    "act-connmark-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("parms", "TCA_CONNMARK_PARMS", 1, AttrType::Binary),
        AttrDesc::new("tm", "TCA_CONNMARK_TM", 2, AttrType::Binary).header(&TCF_T),
        AttrDesc::new("pad", "TCA_CONNMARK_PAD", 3, AttrType::Pad),
    ],
);

/// The `act-csum-attrs` attribute set, indexed by type.
pub static ACT_CSUM_ATTRS: AttrSet = AttrSet::new(
    "act-csum-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("parms", "TCA_CSUM_PARMS", 1, AttrType::Binary),
        AttrDesc::new("tm", "TCA_CSUM_TM", 2, AttrType::Binary).header(&TCF_T),
        AttrDesc::new("pad", "TCA_CSUM_PAD", 3, AttrType::Pad),
    ],
);

/// The `act-ct-attrs` attribute set, indexed by type.
pub static ACT_CT_ATTRS: AttrSet = AttrSet::new(
    "act-ct-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("parms", "TCA_CT_PARMS", 1, AttrType::Binary),
        AttrDesc::new("tm", "TCA_CT_TM", 2, AttrType::Binary).header(&TCF_T),
        AttrDesc::new("action", "TCA_CT_ACTION", 3, AttrType::U16),
        AttrDesc::new("zone", "TCA_CT_ZONE", 4, AttrType::U16),
        AttrDesc::new("mark", "TCA_CT_MARK", 5, AttrType::U32),
        AttrDesc::new("mark-mask", "TCA_CT_MARK_MASK", 6, AttrType::U32),
        AttrDesc::new("labels", "TCA_CT_LABELS", 7, AttrType::Binary),
        AttrDesc::new("labels-mask", "TCA_CT_LABELS_MASK", 8, AttrType::Binary),
        AttrDesc::new("nat-ipv4-min", "TCA_CT_NAT_IPV4_MIN", 9, AttrType::U32).big_endian(),
        AttrDesc::new("nat-ipv4-max", "TCA_CT_NAT_IPV4_MAX", 10, AttrType::U32).big_endian(),
        AttrDesc::new("nat-ipv6-min", "TCA_CT_NAT_IPV6_MIN", 11, AttrType::Binary),
        AttrDesc::new("nat-ipv6-max", "TCA_CT_NAT_IPV6_MAX", 12, AttrType::Binary),
        AttrDesc::new("nat-port-min", "TCA_CT_NAT_PORT_MIN", 13, AttrType::U16).big_endian(),
        AttrDesc::new("nat-port-max", "TCA_CT_NAT_PORT_MAX", 14, AttrType::U16).big_endian(),
        AttrDesc::new("pad", "TCA_CT_PAD", 15, AttrType::Pad),
        AttrDesc::new("helper-name", "TCA_CT_HELPER_NAME", 16, AttrType::String),
        AttrDesc::new("helper-family", "TCA_CT_HELPER_FAMILY", 17, AttrType::U8),
        AttrDesc::new("helper-proto", "TCA_CT_HELPER_PROTO", 18, AttrType::U8),
    ],
);

/// The `act-ctinfo-attrs` attribute set, indexed by type.
pub static ACT_CTINFO_ATTRS: AttrSet = AttrSet::new(
    "act-ctinfo-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("pad", "TCA_CTINFO_PAD", 1, AttrType::Pad),
        AttrDesc::new("tm", "TCA_CTINFO_TM", 2, AttrType::Binary).header(&TCF_T),
        AttrDesc::new("act", "TCA_CTINFO_ACT", 3, AttrType::Binary),
        AttrDesc::new("zone", "TCA_CTINFO_ZONE", 4, AttrType::U16),
        AttrDesc::new(
            "parms-dscp-mask",
            "TCA_CTINFO_PARMS_DSCP_MASK",
            5,
            AttrType::U32,
        ),
        AttrDesc::new(
            "parms-dscp-statemask",
            "TCA_CTINFO_PARMS_DSCP_STATEMASK",
            6,
            AttrType::U32,
        ),
        AttrDesc::new(
            "parms-cpmark-mask",
            "TCA_CTINFO_PARMS_CPMARK_MASK",
            7,
            AttrType::U32,
        ),
        AttrDesc::new(
            "stats-dscp-set",
            "TCA_CTINFO_STATS_DSCP_SET",
            8,
            AttrType::U64,
        ),
        AttrDesc::new(
            "stats-dscp-error",
            "TCA_CTINFO_STATS_DSCP_ERROR",
            9,
            AttrType::U64,
        ),
        AttrDesc::new(
            "stats-cpmark-set",
            "TCA_CTINFO_STATS_CPMARK_SET",
            10,
            AttrType::U64,
        ),
    ],
);

/// The `act-gate-attrs` attribute set, indexed by type.
pub static ACT_GATE_ATTRS: AttrSet = AttrSet::new(
    "act-gate-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("tm", "TCA_GATE_TM", 1, AttrType::Binary).header(&TCF_T),
        AttrDesc::new("parms", "TCA_GATE_PARMS", 2, AttrType::Binary),
        AttrDesc::new("pad", "TCA_GATE_PAD", 3, AttrType::Pad),
        AttrDesc::new("priority", "TCA_GATE_PRIORITY", 4, AttrType::S32),
        AttrDesc::new("entry-list", "TCA_GATE_ENTRY_LIST", 5, AttrType::Binary),
        AttrDesc::new("base-time", "TCA_GATE_BASE_TIME", 6, AttrType::U64),
        AttrDesc::new("cycle-time", "TCA_GATE_CYCLE_TIME", 7, AttrType::U64),
        AttrDesc::new(
            "cycle-time-ext",
            "TCA_GATE_CYCLE_TIME_EXT",
            8,
            AttrType::U64,
        ),
        AttrDesc::new("flags", "TCA_GATE_FLAGS", 9, AttrType::U32),
        AttrDesc::new("clockid", "TCA_GATE_CLOCKID", 10, AttrType::S32),
    ],
);

/// The `act-ife-attrs` attribute set, indexed by type.
pub static ACT_IFE_ATTRS: AttrSet = AttrSet::new(
    "act-ife-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("parms", "TCA_IFE_PARMS", 1, AttrType::Binary),
        AttrDesc::new("tm", "TCA_IFE_TM", 2, AttrType::Binary).header(&TCF_T),
        AttrDesc::new("dmac", "TCA_IFE_DMAC", 3, AttrType::Binary),
        AttrDesc::new("smac", "TCA_IFE_SMAC", 4, AttrType::Binary),
        AttrDesc::new("type", "TCA_IFE_TYPE", 5, AttrType::U16),
        AttrDesc::new("metalst", "TCA_IFE_METALST", 6, AttrType::Binary),
        AttrDesc::new("pad", "TCA_IFE_PAD", 7, AttrType::Pad),
    ],
);

/// The `act-mirred-attrs` attribute set, indexed by type.
pub static ACT_MIRRED_ATTRS: AttrSet = AttrSet::new(
    "act-mirred-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("tm", "TCA_MIRRED_TM", 1, AttrType::Binary).header(&TCF_T),
        AttrDesc::new("parms", "TCA_MIRRED_PARMS", 2, AttrType::Binary),
        AttrDesc::new("pad", "TCA_MIRRED_PAD", 3, AttrType::Pad),
        AttrDesc::new("blockid", "TCA_MIRRED_BLOCKID", 4, AttrType::Binary),
    ],
);

/// The `act-mpls-attrs` attribute set, indexed by type.
pub static ACT_MPLS_ATTRS: AttrSet = AttrSet::new(
    "act-mpls-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("tm", "TCA_MPLS_TM", 1, AttrType::Binary).header(&TCF_T),
        AttrDesc::new("parms", "TCA_MPLS_PARMS", 2, AttrType::Binary).header(&TC_MPLS),
        AttrDesc::new("pad", "TCA_MPLS_PAD", 3, AttrType::Pad),
        AttrDesc::new("proto", "TCA_MPLS_PROTO", 4, AttrType::U16).big_endian(),
        AttrDesc::new("label", "TCA_MPLS_LABEL", 5, AttrType::U32),
        AttrDesc::new("tc", "TCA_MPLS_TC", 6, AttrType::U8),
        AttrDesc::new("ttl", "TCA_MPLS_TTL", 7, AttrType::U8),
        AttrDesc::new("bos", "TCA_MPLS_BOS", 8, AttrType::U8),
    ],
);

/// The `act-nat-attrs` attribute set, indexed by type.
pub static ACT_NAT_ATTRS: AttrSet = AttrSet::new(
    "act-nat-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("parms", "TCA_NAT_PARMS", 1, AttrType::Binary),
        AttrDesc::new("tm", "TCA_NAT_TM", 2, AttrType::Binary).header(&TCF_T),
        AttrDesc::new("pad", "TCA_NAT_PAD", 3, AttrType::Pad),
    ],
);

/// The `act-pedit-attrs` attribute set, indexed by type.
pub static ACT_PEDIT_ATTRS: AttrSet = AttrSet::new(
    "act-pedit-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("tm", "TCA_PEDIT_TM", 1, AttrType::Binary).header(&TCF_T),
        AttrDesc::new("parms", "TCA_PEDIT_PARMS", 2, AttrType::Binary).header(&TC_PEDIT_SEL),
        AttrDesc::new("pad", "TCA_PEDIT_PAD", 3, AttrType::Pad),
        AttrDesc::new("parms-ex", "TCA_PEDIT_PARMS_EX", 4, AttrType::Binary),
        AttrDesc::new("keys-ex", "TCA_PEDIT_KEYS_EX", 5, AttrType::Binary),
        AttrDesc::new("key-ex", "TCA_PEDIT_KEY_EX", 6, AttrType::Binary),
    ],
);

/// The `act-simple-attrs` attribute set, indexed by type.
pub static ACT_SIMPLE_ATTRS: AttrSet = AttrSet::new(
    "act-simple-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("tm", "TCA_DEF_TM", 1, AttrType::Binary).header(&TCF_T),
        AttrDesc::new("parms", "TCA_DEF_PARMS", 2, AttrType::Binary),
        AttrDesc::new("data", "TCA_DEF_DATA", 3, AttrType::Binary),
        AttrDesc::new("pad", "TCA_DEF_PAD", 4, AttrType::Pad),
    ],
);

/// The `act-skbedit-attrs` attribute set, indexed by type.
pub static ACT_SKBEDIT_ATTRS: AttrSet = AttrSet::new(
    "act-skbedit-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("tm", "TCA_SKBEDIT_TM", 1, AttrType::Binary).header(&TCF_T),
        AttrDesc::new("parms", "TCA_SKBEDIT_PARMS", 2, AttrType::Binary),
        AttrDesc::new("priority", "TCA_SKBEDIT_PRIORITY", 3, AttrType::U32),
        AttrDesc::new(
            "queue-mapping",
            "TCA_SKBEDIT_QUEUE_MAPPING",
            4,
            AttrType::U16,
        ),
        AttrDesc::new("mark", "TCA_SKBEDIT_MARK", 5, AttrType::U32),
        AttrDesc::new("pad", "TCA_SKBEDIT_PAD", 6, AttrType::Pad),
        AttrDesc::new("ptype", "TCA_SKBEDIT_PTYPE", 7, AttrType::U16),
        AttrDesc::new("mask", "TCA_SKBEDIT_MASK", 8, AttrType::U32),
        AttrDesc::new("flags", "TCA_SKBEDIT_FLAGS", 9, AttrType::U64),
        AttrDesc::new(
            "queue-mapping-max",
            "TCA_SKBEDIT_QUEUE_MAPPING_MAX",
            10,
            AttrType::U16,
        ),
    ],
);

/// The `act-skbmod-attrs` attribute set, indexed by type.
pub static ACT_SKBMOD_ATTRS: AttrSet = AttrSet::new(
    "act-skbmod-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("tm", "TCA_SKBMOD_TM", 1, AttrType::Binary).header(&TCF_T),
        AttrDesc::new("parms", "TCA_SKBMOD_PARMS", 2, AttrType::Binary),
        AttrDesc::new("dmac", "TCA_SKBMOD_DMAC", 3, AttrType::Binary),
        AttrDesc::new("smac", "TCA_SKBMOD_SMAC", 4, AttrType::Binary),
        AttrDesc::new("etype", "TCA_SKBMOD_ETYPE", 5, AttrType::Binary),
        AttrDesc::new("pad", "TCA_SKBMOD_PAD", 6, AttrType::Pad),
    ],
);

/// The `act-tunnel-key-attrs` attribute set, indexed by type.
pub static ACT_TUNNEL_KEY_ATTRS: AttrSet = AttrSet::new(
    "act-tunnel-key-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("tm", "TCA_TUNNEL_KEY_TM", 1, AttrType::Binary).header(&TCF_T),
        AttrDesc::new("parms", "TCA_TUNNEL_KEY_PARMS", 2, AttrType::Binary),
        AttrDesc::new(
            "enc-ipv4-src",
            "TCA_TUNNEL_KEY_ENC_IPV4_SRC",
            3,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "enc-ipv4-dst",
            "TCA_TUNNEL_KEY_ENC_IPV4_DST",
            4,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "enc-ipv6-src",
            "TCA_TUNNEL_KEY_ENC_IPV6_SRC",
            5,
            AttrType::Binary,
        ),
        AttrDesc::new(
            "enc-ipv6-dst",
            "TCA_TUNNEL_KEY_ENC_IPV6_DST",
            6,
            AttrType::Binary,
        ),
        AttrDesc::new("enc-key-id", "TCA_TUNNEL_KEY_ENC_KEY_ID", 7, AttrType::U64).big_endian(),
        AttrDesc::new("pad", "TCA_TUNNEL_KEY_PAD", 8, AttrType::Pad),
        AttrDesc::new(
            "enc-dst-port",
            "TCA_TUNNEL_KEY_ENC_DST_PORT",
            9,
            AttrType::U16,
        )
        .big_endian(),
        AttrDesc::new("no-csum", "TCA_TUNNEL_KEY_NO_CSUM", 10, AttrType::U8),
        AttrDesc::new("enc-opts", "TCA_TUNNEL_KEY_ENC_OPTS", 11, AttrType::Binary),
        AttrDesc::new("enc-tos", "TCA_TUNNEL_KEY_ENC_TOS", 12, AttrType::U8),
        AttrDesc::new("enc-ttl", "TCA_TUNNEL_KEY_ENC_TTL", 13, AttrType::U8),
        AttrDesc::new("no-frag", "TCA_TUNNEL_KEY_NO_FRAG", 14, AttrType::Flag),
    ],
);

/// The `act-vlan-attrs` attribute set, indexed by type.
pub static ACT_VLAN_ATTRS: AttrSet = AttrSet::new(
    "act-vlan-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("tm", "TCA_VLAN_TM", 1, AttrType::Binary).header(&TCF_T),
        AttrDesc::new("parms", "TCA_VLAN_PARMS", 2, AttrType::Binary).header(&TC_VLAN),
        AttrDesc::new("push-vlan-id", "TCA_VLAN_PUSH_VLAN_ID", 3, AttrType::U16),
        AttrDesc::new(
            "push-vlan-protocol",
            "TCA_VLAN_PUSH_VLAN_PROTOCOL",
            4,
            AttrType::U16,
        ),
        AttrDesc::new("pad", "TCA_VLAN_PAD", 5, AttrType::Pad),
        AttrDesc::new(
            "push-vlan-priority",
            "TCA_VLAN_PUSH_VLAN_PRIORITY",
            6,
            AttrType::U8,
        ),
        AttrDesc::new("push-eth-dst", "TCA_VLAN_PUSH_ETH_DST", 7, AttrType::Binary),
        AttrDesc::new("push-eth-src", "TCA_VLAN_PUSH_ETH_SRC", 8, AttrType::Binary),
    ],
);

/// The `basic-attrs` attribute set, indexed by type.
pub static BASIC_ATTRS: AttrSet = AttrSet::new(
    "basic-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("classid", "TCA_BASIC_CLASSID", 1, AttrType::U32),
        AttrDesc::new("ematches", "TCA_BASIC_EMATCHES", 2, AttrType::Nest).nested(&EMATCH_ATTRS),
        AttrDesc::new("act", "TCA_BASIC_ACT", 3, AttrType::IndexedArray)
            .sub_type(AttrType::Nest)
            .nested(&ACT_ATTRS),
        AttrDesc::new("police", "TCA_BASIC_POLICE", 4, AttrType::Nest).nested(&POLICE_ATTRS),
        AttrDesc::new("pcnt", "TCA_BASIC_PCNT", 5, AttrType::Binary).header(&TC_BASIC_PCNT),
        AttrDesc::new("pad", "TCA_BASIC_PAD", 6, AttrType::Pad),
    ],
);

/// The `bpf-attrs` attribute set, indexed by type.
pub static BPF_ATTRS: AttrSet = AttrSet::new(
    "bpf-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("act", "TCA_BPF_ACT", 1, AttrType::IndexedArray)
            .sub_type(AttrType::Nest)
            .nested(&ACT_ATTRS),
        AttrDesc::new("police", "TCA_BPF_POLICE", 2, AttrType::Nest).nested(&POLICE_ATTRS),
        AttrDesc::new("classid", "TCA_BPF_CLASSID", 3, AttrType::U32),
        AttrDesc::new("ops-len", "TCA_BPF_OPS_LEN", 4, AttrType::U16),
        AttrDesc::new("ops", "TCA_BPF_OPS", 5, AttrType::Binary),
        AttrDesc::new("fd", "TCA_BPF_FD", 6, AttrType::U32),
        AttrDesc::new("name", "TCA_BPF_NAME", 7, AttrType::String),
        AttrDesc::new("flags", "TCA_BPF_FLAGS", 8, AttrType::U32),
        AttrDesc::new("flags-gen", "TCA_BPF_FLAGS_GEN", 9, AttrType::U32),
        AttrDesc::new("tag", "TCA_BPF_TAG", 10, AttrType::Binary),
        AttrDesc::new("id", "TCA_BPF_ID", 11, AttrType::U32),
    ],
);

/// The `cake-attrs` attribute set, indexed by type.
pub static CAKE_ATTRS: AttrSet = AttrSet::new(
    "cake-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("pad", "TCA_CAKE_PAD", 1, AttrType::Pad),
        AttrDesc::new("base-rate64", "TCA_CAKE_BASE_RATE64", 2, AttrType::U64),
        AttrDesc::new("diffserv-mode", "TCA_CAKE_DIFFSERV_MODE", 3, AttrType::U32),
        AttrDesc::new("atm", "TCA_CAKE_ATM", 4, AttrType::U32),
        AttrDesc::new("flow-mode", "TCA_CAKE_FLOW_MODE", 5, AttrType::U32),
        AttrDesc::new("overhead", "TCA_CAKE_OVERHEAD", 6, AttrType::U32),
        AttrDesc::new("rtt", "TCA_CAKE_RTT", 7, AttrType::U32),
        AttrDesc::new("target", "TCA_CAKE_TARGET", 8, AttrType::U32),
        AttrDesc::new("autorate", "TCA_CAKE_AUTORATE", 9, AttrType::U32),
        AttrDesc::new("memory", "TCA_CAKE_MEMORY", 10, AttrType::U32),
        AttrDesc::new("nat", "TCA_CAKE_NAT", 11, AttrType::U32),
        AttrDesc::new("raw", "TCA_CAKE_RAW", 12, AttrType::U32),
        AttrDesc::new("wash", "TCA_CAKE_WASH", 13, AttrType::U32),
        AttrDesc::new("mpu", "TCA_CAKE_MPU", 14, AttrType::U32),
        AttrDesc::new("ingress", "TCA_CAKE_INGRESS", 15, AttrType::U32),
        AttrDesc::new("ack-filter", "TCA_CAKE_ACK_FILTER", 16, AttrType::U32),
        AttrDesc::new("split-gso", "TCA_CAKE_SPLIT_GSO", 17, AttrType::U32),
        AttrDesc::new("fwmark", "TCA_CAKE_FWMARK", 18, AttrType::U32),
    ],
);

/// The `cake-stats-attrs` attribute set, indexed by type.
pub static CAKE_STATS_ATTRS: AttrSet = AttrSet::new(
    "cake-stats-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("pad", "TCA_CAKE_STATS_PAD", 1, AttrType::Pad),
        AttrDesc::new(
            "capacity-estimate64",
            "TCA_CAKE_STATS_CAPACITY_ESTIMATE64",
            2,
            AttrType::U64,
        ),
        AttrDesc::new(
            "memory-limit",
            "TCA_CAKE_STATS_MEMORY_LIMIT",
            3,
            AttrType::U32,
        ),
        AttrDesc::new(
            "memory-used",
            "TCA_CAKE_STATS_MEMORY_USED",
            4,
            AttrType::U32,
        ),
        AttrDesc::new("avg-netoff", "TCA_CAKE_STATS_AVG_NETOFF", 5, AttrType::U32),
        AttrDesc::new("min-netlen", "TCA_CAKE_STATS_MIN_NETLEN", 6, AttrType::U32),
        AttrDesc::new("max-netlen", "TCA_CAKE_STATS_MAX_NETLEN", 7, AttrType::U32),
        AttrDesc::new("min-adjlen", "TCA_CAKE_STATS_MIN_ADJLEN", 8, AttrType::U32),
        AttrDesc::new("max-adjlen", "TCA_CAKE_STATS_MAX_ADJLEN", 9, AttrType::U32),
        AttrDesc::new(
            "tin-stats",
            "TCA_CAKE_STATS_TIN_STATS",
            10,
            AttrType::IndexedArray,
        )
        .sub_type(AttrType::Nest)
        .nested(&CAKE_TIN_STATS_ATTRS),
        AttrDesc::new("deficit", "TCA_CAKE_STATS_DEFICIT", 11, AttrType::S32),
        AttrDesc::new(
            "cobalt-count",
            "TCA_CAKE_STATS_COBALT_COUNT",
            12,
            AttrType::U32,
        ),
        AttrDesc::new("dropping", "TCA_CAKE_STATS_DROPPING", 13, AttrType::U32),
        AttrDesc::new(
            "drop-next-us",
            "TCA_CAKE_STATS_DROP_NEXT_US",
            14,
            AttrType::S32,
        ),
        AttrDesc::new("p-drop", "TCA_CAKE_STATS_P_DROP", 15, AttrType::U32),
        AttrDesc::new(
            "blue-timer-us",
            "TCA_CAKE_STATS_BLUE_TIMER_US",
            16,
            AttrType::S32,
        ),
        AttrDesc::new(
            "active-queues",
            "TCA_CAKE_STATS_ACTIVE_QUEUES",
            17,
            AttrType::U32,
        ),
    ],
);

/// The `cake-tin-stats-attrs` attribute set, indexed by type.
pub static CAKE_TIN_STATS_ATTRS: AttrSet = AttrSet::new(
    "cake-tin-stats-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("pad", "TCA_CAKE_TIN_STATS_PAD", 1, AttrType::Pad),
        AttrDesc::new(
            "sent-packets",
            "TCA_CAKE_TIN_STATS_SENT_PACKETS",
            2,
            AttrType::U32,
        ),
        AttrDesc::new(
            "sent-bytes64",
            "TCA_CAKE_TIN_STATS_SENT_BYTES64",
            3,
            AttrType::U64,
        ),
        AttrDesc::new(
            "dropped-packets",
            "TCA_CAKE_TIN_STATS_DROPPED_PACKETS",
            4,
            AttrType::U32,
        ),
        AttrDesc::new(
            "dropped-bytes64",
            "TCA_CAKE_TIN_STATS_DROPPED_BYTES64",
            5,
            AttrType::U64,
        ),
        AttrDesc::new(
            "acks-dropped-packets",
            "TCA_CAKE_TIN_STATS_ACKS_DROPPED_PACKETS",
            6,
            AttrType::U32,
        ),
        AttrDesc::new(
            "acks-dropped-bytes64",
            "TCA_CAKE_TIN_STATS_ACKS_DROPPED_BYTES64",
            7,
            AttrType::U64,
        ),
        AttrDesc::new(
            "ecn-marked-packets",
            "TCA_CAKE_TIN_STATS_ECN_MARKED_PACKETS",
            8,
            AttrType::U32,
        ),
        AttrDesc::new(
            "ecn-marked-bytes64",
            "TCA_CAKE_TIN_STATS_ECN_MARKED_BYTES64",
            9,
            AttrType::U64,
        ),
        AttrDesc::new(
            "backlog-packets",
            "TCA_CAKE_TIN_STATS_BACKLOG_PACKETS",
            10,
            AttrType::U32,
        ),
        AttrDesc::new(
            "backlog-bytes",
            "TCA_CAKE_TIN_STATS_BACKLOG_BYTES",
            11,
            AttrType::U32,
        ),
        AttrDesc::new(
            "threshold-rate64",
            "TCA_CAKE_TIN_STATS_THRESHOLD_RATE64",
            12,
            AttrType::U64,
        ),
        AttrDesc::new(
            "target-us",
            "TCA_CAKE_TIN_STATS_TARGET_US",
            13,
            AttrType::U32,
        ),
        AttrDesc::new(
            "interval-us",
            "TCA_CAKE_TIN_STATS_INTERVAL_US",
            14,
            AttrType::U32,
        ),
        AttrDesc::new(
            "way-indirect-hits",
            "TCA_CAKE_TIN_STATS_WAY_INDIRECT_HITS",
            15,
            AttrType::U32,
        ),
        AttrDesc::new(
            "way-misses",
            "TCA_CAKE_TIN_STATS_WAY_MISSES",
            16,
            AttrType::U32,
        ),
        AttrDesc::new(
            "way-collisions",
            "TCA_CAKE_TIN_STATS_WAY_COLLISIONS",
            17,
            AttrType::U32,
        ),
        AttrDesc::new(
            "peak-delay-us",
            "TCA_CAKE_TIN_STATS_PEAK_DELAY_US",
            18,
            AttrType::U32,
        ),
        AttrDesc::new(
            "avg-delay-us",
            "TCA_CAKE_TIN_STATS_AVG_DELAY_US",
            19,
            AttrType::U32,
        ),
        AttrDesc::new(
            "base-delay-us",
            "TCA_CAKE_TIN_STATS_BASE_DELAY_US",
            20,
            AttrType::U32,
        ),
        AttrDesc::new(
            "sparse-flows",
            "TCA_CAKE_TIN_STATS_SPARSE_FLOWS",
            21,
            AttrType::U32,
        ),
        AttrDesc::new(
            "bulk-flows",
            "TCA_CAKE_TIN_STATS_BULK_FLOWS",
            22,
            AttrType::U32,
        ),
        AttrDesc::new(
            "unresponsive-flows",
            "TCA_CAKE_TIN_STATS_UNRESPONSIVE_FLOWS",
            23,
            AttrType::U32,
        ),
        AttrDesc::new(
            "max-skblen",
            "TCA_CAKE_TIN_STATS_MAX_SKBLEN",
            24,
            AttrType::U32,
        ),
        AttrDesc::new(
            "flow-quantum",
            "TCA_CAKE_TIN_STATS_FLOW_QUANTUM",
            25,
            AttrType::U32,
        ),
    ],
);

/// The `cbs-attrs` attribute set, indexed by type.
pub static CBS_ATTRS: AttrSet = AttrSet::new(
    "cbs-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("parms", "TCA_CBS_PARMS", 1, AttrType::Binary).header(&TC_CBS_QOPT),
    ],
);

/// The `cgroup-attrs` attribute set, indexed by type.
pub static CGROUP_ATTRS: AttrSet = AttrSet::new(
    "cgroup-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("act", "TCA_CGROUP_ACT", 1, AttrType::IndexedArray)
            .sub_type(AttrType::Nest)
            .nested(&ACT_ATTRS),
        AttrDesc::new("police", "TCA_CGROUP_POLICE", 2, AttrType::Nest).nested(&POLICE_ATTRS),
        AttrDesc::new("ematches", "TCA_CGROUP_EMATCHES", 3, AttrType::Binary),
    ],
);

/// The `choke-attrs` attribute set, indexed by type.
pub static CHOKE_ATTRS: AttrSet = AttrSet::new(
    "choke-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("parms", "TCA_CHOKE_PARMS", 1, AttrType::Binary).header(&TC_RED_QOPT),
        AttrDesc::new("stab", "TCA_CHOKE_STAB", 2, AttrType::Binary)
            .min_len(256)
            .max_len(256),
        AttrDesc::new("max-p", "TCA_CHOKE_MAX_P", 3, AttrType::U32),
    ],
);

/// The `codel-attrs` attribute set, indexed by type.
pub static CODEL_ATTRS: AttrSet = AttrSet::new(
    "codel-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("target", "TCA_CODEL_TARGET", 1, AttrType::U32),
        AttrDesc::new("limit", "TCA_CODEL_LIMIT", 2, AttrType::U32),
        AttrDesc::new("interval", "TCA_CODEL_INTERVAL", 3, AttrType::U32),
        AttrDesc::new("ecn", "TCA_CODEL_ECN", 4, AttrType::U32),
        AttrDesc::new("ce-threshold", "TCA_CODEL_CE_THRESHOLD", 5, AttrType::U32),
    ],
);

/// The `drr-attrs` attribute set, indexed by type.
pub static DRR_ATTRS: AttrSet = AttrSet::new(
    "drr-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("quantum", "TCA_DRR_QUANTUM", 1, AttrType::U32),
    ],
);

/// The `dualpi2-attrs` attribute set, indexed by type.
pub static DUALPI2_ATTRS: AttrSet = AttrSet::new(
    "dualpi2-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("limit", "TCA_DUALPI2_LIMIT", 1, AttrType::U32),
        AttrDesc::new("memory-limit", "TCA_DUALPI2_MEMORY_LIMIT", 2, AttrType::U32),
        AttrDesc::new("target", "TCA_DUALPI2_TARGET", 3, AttrType::U32),
        AttrDesc::new("tupdate", "TCA_DUALPI2_TUPDATE", 4, AttrType::U32),
        AttrDesc::new("alpha", "TCA_DUALPI2_ALPHA", 5, AttrType::U32),
        AttrDesc::new("beta", "TCA_DUALPI2_BETA", 6, AttrType::U32),
        AttrDesc::new(
            "step-thresh-pkts",
            "TCA_DUALPI2_STEP_THRESH_PKTS",
            7,
            AttrType::U32,
        ),
        AttrDesc::new(
            "step-thresh-us",
            "TCA_DUALPI2_STEP_THRESH_US",
            8,
            AttrType::U32,
        ),
        AttrDesc::new(
            "min-qlen-step",
            "TCA_DUALPI2_MIN_QLEN_STEP",
            9,
            AttrType::U32,
        ),
        AttrDesc::new("coupling", "TCA_DUALPI2_COUPLING", 10, AttrType::U8),
        AttrDesc::new(
            "drop-overload",
            "TCA_DUALPI2_DROP_OVERLOAD",
            11,
            AttrType::U8,
        )
        .enumeration(&DUALPI2_DROP_OVERLOAD),
        AttrDesc::new("drop-early", "TCA_DUALPI2_DROP_EARLY", 12, AttrType::U8)
            .enumeration(&DUALPI2_DROP_EARLY),
        AttrDesc::new("c-protection", "TCA_DUALPI2_C_PROTECTION", 13, AttrType::U8),
        AttrDesc::new("ecn-mask", "TCA_DUALPI2_ECN_MASK", 14, AttrType::U8)
            .enumeration(&DUALPI2_ECN_MASK),
        AttrDesc::new("split-gso", "TCA_DUALPI2_SPLIT_GSO", 15, AttrType::U8)
            .enumeration(&DUALPI2_SPLIT_GSO),
    ],
);

/// The `ematch-attrs` attribute set, indexed by type.
pub static EMATCH_ATTRS: AttrSet = AttrSet::new(
    "ematch-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("tree-hdr", "TCA_EMATCH_TREE_HDR", 1, AttrType::Binary)
            .header(&TCF_EMATCH_TREE_HDR),
        AttrDesc::new("tree-list", "TCA_EMATCH_TREE_LIST", 2, AttrType::Binary),
    ],
);

/// The `flow-attrs` attribute set, indexed by type.
pub static FLOW_ATTRS: AttrSet = AttrSet::new(
    "flow-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("keys", "TCA_FLOW_KEYS", 1, AttrType::U32),
        AttrDesc::new("mode", "TCA_FLOW_MODE", 2, AttrType::U32),
        AttrDesc::new("baseclass", "TCA_FLOW_BASECLASS", 3, AttrType::U32),
        AttrDesc::new("rshift", "TCA_FLOW_RSHIFT", 4, AttrType::U32),
        AttrDesc::new("addend", "TCA_FLOW_ADDEND", 5, AttrType::U32),
        AttrDesc::new("mask", "TCA_FLOW_MASK", 6, AttrType::U32),
        AttrDesc::new("xor", "TCA_FLOW_XOR", 7, AttrType::U32),
        AttrDesc::new("divisor", "TCA_FLOW_DIVISOR", 8, AttrType::U32),
        AttrDesc::new("act", "TCA_FLOW_ACT", 9, AttrType::Binary),
        AttrDesc::new("police", "TCA_FLOW_POLICE", 10, AttrType::Nest).nested(&POLICE_ATTRS),
        AttrDesc::new("ematches", "TCA_FLOW_EMATCHES", 11, AttrType::Binary),
        AttrDesc::new("perturb", "TCA_FLOW_PERTURB", 12, AttrType::U32),
    ],
);

/// The `flower-attrs` attribute set, indexed by type.
pub static FLOWER_ATTRS: AttrSet = AttrSet::new(
    "flower-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("classid", "TCA_FLOWER_CLASSID", 1, AttrType::U32),
        AttrDesc::new("indev", "TCA_FLOWER_INDEV", 2, AttrType::String),
        AttrDesc::new("act", "TCA_FLOWER_ACT", 3, AttrType::IndexedArray)
            .sub_type(AttrType::Nest)
            .nested(&ACT_ATTRS),
        AttrDesc::new("key-eth-dst", "TCA_FLOWER_KEY_ETH_DST", 4, AttrType::Binary)
            .display(Display::Mac),
        AttrDesc::new(
            "key-eth-dst-mask",
            "TCA_FLOWER_KEY_ETH_DST_MASK",
            5,
            AttrType::Binary,
        )
        .display(Display::Mac),
        AttrDesc::new("key-eth-src", "TCA_FLOWER_KEY_ETH_SRC", 6, AttrType::Binary)
            .display(Display::Mac),
        AttrDesc::new(
            "key-eth-src-mask",
            "TCA_FLOWER_KEY_ETH_SRC_MASK",
            7,
            AttrType::Binary,
        )
        .display(Display::Mac),
        AttrDesc::new("key-eth-type", "TCA_FLOWER_KEY_ETH_TYPE", 8, AttrType::U16).big_endian(),
        AttrDesc::new("key-ip-proto", "TCA_FLOWER_KEY_IP_PROTO", 9, AttrType::U8),
        AttrDesc::new("key-ipv4-src", "TCA_FLOWER_KEY_IPV4_SRC", 10, AttrType::U32)
            .display(Display::Ipv4)
            .big_endian(),
        AttrDesc::new(
            "key-ipv4-src-mask",
            "TCA_FLOWER_KEY_IPV4_SRC_MASK",
            11,
            AttrType::U32,
        )
        .display(Display::Ipv4)
        .big_endian(),
        AttrDesc::new("key-ipv4-dst", "TCA_FLOWER_KEY_IPV4_DST", 12, AttrType::U32)
            .display(Display::Ipv4)
            .big_endian(),
        AttrDesc::new(
            "key-ipv4-dst-mask",
            "TCA_FLOWER_KEY_IPV4_DST_MASK",
            13,
            AttrType::U32,
        )
        .display(Display::Ipv4)
        .big_endian(),
        AttrDesc::new(
            "key-ipv6-src",
            "TCA_FLOWER_KEY_IPV6_SRC",
            14,
            AttrType::Binary,
        )
        .display(Display::Ipv6),
        AttrDesc::new(
            "key-ipv6-src-mask",
            "TCA_FLOWER_KEY_IPV6_SRC_MASK",
            15,
            AttrType::Binary,
        )
        .display(Display::Ipv6),
        AttrDesc::new(
            "key-ipv6-dst",
            "TCA_FLOWER_KEY_IPV6_DST",
            16,
            AttrType::Binary,
        )
        .display(Display::Ipv6),
        AttrDesc::new(
            "key-ipv6-dst-mask",
            "TCA_FLOWER_KEY_IPV6_DST_MASK",
            17,
            AttrType::Binary,
        )
        .display(Display::Ipv6),
        AttrDesc::new("key-tcp-src", "TCA_FLOWER_KEY_TCP_SRC", 18, AttrType::U16).big_endian(),
        AttrDesc::new("key-tcp-dst", "TCA_FLOWER_KEY_TCP_DST", 19, AttrType::U16).big_endian(),
        AttrDesc::new("key-udp-src", "TCA_FLOWER_KEY_UDP_SRC", 20, AttrType::U16).big_endian(),
        AttrDesc::new("key-udp-dst", "TCA_FLOWER_KEY_UDP_DST", 21, AttrType::U16).big_endian(),
        AttrDesc::new("flags", "TCA_FLOWER_FLAGS", 22, AttrType::U32).enumeration(&CLS_FLAGS),
        AttrDesc::new("key-vlan-id", "TCA_FLOWER_KEY_VLAN_ID", 23, AttrType::U16).big_endian(),
        AttrDesc::new(
            "key-vlan-prio",
            "TCA_FLOWER_KEY_VLAN_PRIO",
            24,
            AttrType::U8,
        ),
        AttrDesc::new(
            "key-vlan-eth-type",
            "TCA_FLOWER_KEY_VLAN_ETH_TYPE",
            25,
            AttrType::U16,
        )
        .big_endian(),
        AttrDesc::new(
            "key-enc-key-id",
            "TCA_FLOWER_KEY_ENC_KEY_ID",
            26,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "key-enc-ipv4-src",
            "TCA_FLOWER_KEY_ENC_IPV4_SRC",
            27,
            AttrType::U32,
        )
        .display(Display::Ipv4)
        .big_endian(),
        AttrDesc::new(
            "key-enc-ipv4-src-mask",
            "TCA_FLOWER_KEY_ENC_IPV4_SRC_MASK",
            28,
            AttrType::U32,
        )
        .display(Display::Ipv4)
        .big_endian(),
        AttrDesc::new(
            "key-enc-ipv4-dst",
            "TCA_FLOWER_KEY_ENC_IPV4_DST",
            29,
            AttrType::U32,
        )
        .display(Display::Ipv4)
        .big_endian(),
        AttrDesc::new(
            "key-enc-ipv4-dst-mask",
            "TCA_FLOWER_KEY_ENC_IPV4_DST_MASK",
            30,
            AttrType::U32,
        )
        .display(Display::Ipv4)
        .big_endian(),
        AttrDesc::new(
            "key-enc-ipv6-src",
            "TCA_FLOWER_KEY_ENC_IPV6_SRC",
            31,
            AttrType::Binary,
        )
        .display(Display::Ipv6),
        AttrDesc::new(
            "key-enc-ipv6-src-mask",
            "TCA_FLOWER_KEY_ENC_IPV6_SRC_MASK",
            32,
            AttrType::Binary,
        )
        .display(Display::Ipv6),
        AttrDesc::new(
            "key-enc-ipv6-dst",
            "TCA_FLOWER_KEY_ENC_IPV6_DST",
            33,
            AttrType::Binary,
        )
        .display(Display::Ipv6),
        AttrDesc::new(
            "key-enc-ipv6-dst-mask",
            "TCA_FLOWER_KEY_ENC_IPV6_DST_MASK",
            34,
            AttrType::Binary,
        )
        .display(Display::Ipv6),
        AttrDesc::new(
            "key-tcp-src-mask",
            "TCA_FLOWER_KEY_TCP_SRC_MASK",
            35,
            AttrType::U16,
        )
        .big_endian(),
        AttrDesc::new(
            "key-tcp-dst-mask",
            "TCA_FLOWER_KEY_TCP_DST_MASK",
            36,
            AttrType::U16,
        )
        .big_endian(),
        AttrDesc::new(
            "key-udp-src-mask",
            "TCA_FLOWER_KEY_UDP_SRC_MASK",
            37,
            AttrType::U16,
        )
        .big_endian(),
        AttrDesc::new(
            "key-udp-dst-mask",
            "TCA_FLOWER_KEY_UDP_DST_MASK",
            38,
            AttrType::U16,
        )
        .big_endian(),
        AttrDesc::new(
            "key-sctp-src-mask",
            "TCA_FLOWER_KEY_SCTP_SRC_MASK",
            39,
            AttrType::U16,
        )
        .big_endian(),
        AttrDesc::new(
            "key-sctp-dst-mask",
            "TCA_FLOWER_KEY_SCTP_DST_MASK",
            40,
            AttrType::U16,
        )
        .big_endian(),
        AttrDesc::new("key-sctp-src", "TCA_FLOWER_KEY_SCTP_SRC", 41, AttrType::U16).big_endian(),
        AttrDesc::new("key-sctp-dst", "TCA_FLOWER_KEY_SCTP_DST", 42, AttrType::U16).big_endian(),
        AttrDesc::new(
            "key-enc-udp-src-port",
            "TCA_FLOWER_KEY_ENC_UDP_SRC_PORT",
            43,
            AttrType::U16,
        )
        .big_endian(),
        AttrDesc::new(
            "key-enc-udp-src-port-mask",
            "TCA_FLOWER_KEY_ENC_UDP_SRC_PORT_MASK",
            44,
            AttrType::U16,
        )
        .big_endian(),
        AttrDesc::new(
            "key-enc-udp-dst-port",
            "TCA_FLOWER_KEY_ENC_UDP_DST_PORT",
            45,
            AttrType::U16,
        )
        .big_endian(),
        AttrDesc::new(
            "key-enc-udp-dst-port-mask",
            "TCA_FLOWER_KEY_ENC_UDP_DST_PORT_MASK",
            46,
            AttrType::U16,
        )
        .big_endian(),
        AttrDesc::new("key-flags", "TCA_FLOWER_KEY_FLAGS", 47, AttrType::U32)
            .enumeration(&FLOWER_KEY_CTRL_FLAGS)
            .big_endian(),
        AttrDesc::new(
            "key-flags-mask",
            "TCA_FLOWER_KEY_FLAGS_MASK",
            48,
            AttrType::U32,
        )
        .enumeration(&FLOWER_KEY_CTRL_FLAGS)
        .big_endian(),
        AttrDesc::new(
            "key-icmpv4-code",
            "TCA_FLOWER_KEY_ICMPV4_CODE",
            49,
            AttrType::U8,
        ),
        AttrDesc::new(
            "key-icmpv4-code-mask",
            "TCA_FLOWER_KEY_ICMPV4_CODE_MASK",
            50,
            AttrType::U8,
        ),
        AttrDesc::new(
            "key-icmpv4-type",
            "TCA_FLOWER_KEY_ICMPV4_TYPE",
            51,
            AttrType::U8,
        ),
        AttrDesc::new(
            "key-icmpv4-type-mask",
            "TCA_FLOWER_KEY_ICMPV4_TYPE_MASK",
            52,
            AttrType::U8,
        ),
        AttrDesc::new(
            "key-icmpv6-code",
            "TCA_FLOWER_KEY_ICMPV6_CODE",
            53,
            AttrType::U8,
        ),
        AttrDesc::new(
            "key-icmpv6-code-mask",
            "TCA_FLOWER_KEY_ICMPV6_CODE_MASK",
            54,
            AttrType::U8,
        ),
        AttrDesc::new(
            "key-icmpv6-type",
            "TCA_FLOWER_KEY_ICMPV6_TYPE",
            55,
            AttrType::U8,
        ),
        AttrDesc::new(
            "key-icmpv6-type-mask",
            "TCA_FLOWER_KEY_ICMPV6_TYPE_MASK",
            56,
            AttrType::U8,
        ),
        AttrDesc::new("key-arp-sip", "TCA_FLOWER_KEY_ARP_SIP", 57, AttrType::U32).big_endian(),
        AttrDesc::new(
            "key-arp-sip-mask",
            "TCA_FLOWER_KEY_ARP_SIP_MASK",
            58,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new("key-arp-tip", "TCA_FLOWER_KEY_ARP_TIP", 59, AttrType::U32).big_endian(),
        AttrDesc::new(
            "key-arp-tip-mask",
            "TCA_FLOWER_KEY_ARP_TIP_MASK",
            60,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new("key-arp-op", "TCA_FLOWER_KEY_ARP_OP", 61, AttrType::U8),
        AttrDesc::new(
            "key-arp-op-mask",
            "TCA_FLOWER_KEY_ARP_OP_MASK",
            62,
            AttrType::U8,
        ),
        AttrDesc::new(
            "key-arp-sha",
            "TCA_FLOWER_KEY_ARP_SHA",
            63,
            AttrType::Binary,
        )
        .display(Display::Mac),
        AttrDesc::new(
            "key-arp-sha-mask",
            "TCA_FLOWER_KEY_ARP_SHA_MASK",
            64,
            AttrType::Binary,
        )
        .display(Display::Mac),
        AttrDesc::new(
            "key-arp-tha",
            "TCA_FLOWER_KEY_ARP_THA",
            65,
            AttrType::Binary,
        )
        .display(Display::Mac),
        AttrDesc::new(
            "key-arp-tha-mask",
            "TCA_FLOWER_KEY_ARP_THA_MASK",
            66,
            AttrType::Binary,
        )
        .display(Display::Mac),
        AttrDesc::new("key-mpls-ttl", "TCA_FLOWER_KEY_MPLS_TTL", 67, AttrType::U8),
        AttrDesc::new("key-mpls-bos", "TCA_FLOWER_KEY_MPLS_BOS", 68, AttrType::U8),
        AttrDesc::new("key-mpls-tc", "TCA_FLOWER_KEY_MPLS_TC", 69, AttrType::U8),
        AttrDesc::new(
            "key-mpls-label",
            "TCA_FLOWER_KEY_MPLS_LABEL",
            70,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "key-tcp-flags",
            "TCA_FLOWER_KEY_TCP_FLAGS",
            71,
            AttrType::U16,
        )
        .big_endian(),
        AttrDesc::new(
            "key-tcp-flags-mask",
            "TCA_FLOWER_KEY_TCP_FLAGS_MASK",
            72,
            AttrType::U16,
        )
        .big_endian(),
        AttrDesc::new("key-ip-tos", "TCA_FLOWER_KEY_IP_TOS", 73, AttrType::U8),
        AttrDesc::new(
            "key-ip-tos-mask",
            "TCA_FLOWER_KEY_IP_TOS_MASK",
            74,
            AttrType::U8,
        ),
        AttrDesc::new("key-ip-ttl", "TCA_FLOWER_KEY_IP_TTL", 75, AttrType::U8),
        AttrDesc::new(
            "key-ip-ttl-mask",
            "TCA_FLOWER_KEY_IP_TTL_MASK",
            76,
            AttrType::U8,
        ),
        AttrDesc::new("key-cvlan-id", "TCA_FLOWER_KEY_CVLAN_ID", 77, AttrType::U16).big_endian(),
        AttrDesc::new(
            "key-cvlan-prio",
            "TCA_FLOWER_KEY_CVLAN_PRIO",
            78,
            AttrType::U8,
        ),
        AttrDesc::new(
            "key-cvlan-eth-type",
            "TCA_FLOWER_KEY_CVLAN_ETH_TYPE",
            79,
            AttrType::U16,
        )
        .big_endian(),
        AttrDesc::new(
            "key-enc-ip-tos",
            "TCA_FLOWER_KEY_ENC_IP_TOS",
            80,
            AttrType::U8,
        ),
        AttrDesc::new(
            "key-enc-ip-tos-mask",
            "TCA_FLOWER_KEY_ENC_IP_TOS_MASK",
            81,
            AttrType::U8,
        ),
        AttrDesc::new(
            "key-enc-ip-ttl",
            "TCA_FLOWER_KEY_ENC_IP_TTL",
            82,
            AttrType::U8,
        ),
        AttrDesc::new(
            "key-enc-ip-ttl-mask",
            "TCA_FLOWER_KEY_ENC_IP_TTL_MASK",
            83,
            AttrType::U8,
        ),
        AttrDesc::new(
            "key-enc-opts",
            "TCA_FLOWER_KEY_ENC_OPTS",
            84,
            AttrType::Nest,
        )
        .nested(&FLOWER_KEY_ENC_OPTS_ATTRS),
        AttrDesc::new(
            "key-enc-opts-mask",
            "TCA_FLOWER_KEY_ENC_OPTS_MASK",
            85,
            AttrType::Nest,
        )
        .nested(&FLOWER_KEY_ENC_OPTS_ATTRS),
        AttrDesc::new("in-hw-count", "TCA_FLOWER_IN_HW_COUNT", 86, AttrType::U32),
        AttrDesc::new(
            "key-port-src-min",
            "TCA_FLOWER_KEY_PORT_SRC_MIN",
            87,
            AttrType::U16,
        )
        .big_endian(),
        AttrDesc::new(
            "key-port-src-max",
            "TCA_FLOWER_KEY_PORT_SRC_MAX",
            88,
            AttrType::U16,
        )
        .big_endian(),
        AttrDesc::new(
            "key-port-dst-min",
            "TCA_FLOWER_KEY_PORT_DST_MIN",
            89,
            AttrType::U16,
        )
        .big_endian(),
        AttrDesc::new(
            "key-port-dst-max",
            "TCA_FLOWER_KEY_PORT_DST_MAX",
            90,
            AttrType::U16,
        )
        .big_endian(),
        AttrDesc::new("key-ct-state", "TCA_FLOWER_KEY_CT_STATE", 91, AttrType::U16),
        AttrDesc::new(
            "key-ct-state-mask",
            "TCA_FLOWER_KEY_CT_STATE_MASK",
            92,
            AttrType::U16,
        ),
        AttrDesc::new("key-ct-zone", "TCA_FLOWER_KEY_CT_ZONE", 93, AttrType::U16),
        AttrDesc::new(
            "key-ct-zone-mask",
            "TCA_FLOWER_KEY_CT_ZONE_MASK",
            94,
            AttrType::U16,
        ),
        AttrDesc::new("key-ct-mark", "TCA_FLOWER_KEY_CT_MARK", 95, AttrType::U32),
        AttrDesc::new(
            "key-ct-mark-mask",
            "TCA_FLOWER_KEY_CT_MARK_MASK",
            96,
            AttrType::U32,
        ),
        AttrDesc::new(
            "key-ct-labels",
            "TCA_FLOWER_KEY_CT_LABELS",
            97,
            AttrType::Binary,
        ),
        AttrDesc::new(
            "key-ct-labels-mask",
            "TCA_FLOWER_KEY_CT_LABELS_MASK",
            98,
            AttrType::Binary,
        ),
        AttrDesc::new(
            "key-mpls-opts",
            "TCA_FLOWER_KEY_MPLS_OPTS",
            99,
            AttrType::Nest,
        )
        .nested(&FLOWER_KEY_MPLS_OPT_ATTRS),
        AttrDesc::new("key-hash", "TCA_FLOWER_KEY_HASH", 100, AttrType::U32),
        AttrDesc::new(
            "key-hash-mask",
            "TCA_FLOWER_KEY_HASH_MASK",
            101,
            AttrType::U32,
        ),
        AttrDesc::new(
            "key-num-of-vlans",
            "TCA_FLOWER_KEY_NUM_OF_VLANS",
            102,
            AttrType::U8,
        ),
        AttrDesc::new(
            "key-pppoe-sid",
            "TCA_FLOWER_KEY_PPPOE_SID",
            103,
            AttrType::U16,
        )
        .big_endian(),
        AttrDesc::new(
            "key-ppp-proto",
            "TCA_FLOWER_KEY_PPP_PROTO",
            104,
            AttrType::U16,
        )
        .big_endian(),
        AttrDesc::new(
            "key-l2tpv3-sid",
            "TCA_FLOWER_KEY_L2TPV3_SID",
            105,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new("l2-miss", "TCA_FLOWER_L2_MISS", 106, AttrType::U8),
        AttrDesc::new("key-cfm", "TCA_FLOWER_KEY_CFM", 107, AttrType::Nest)
            .nested(&FLOWER_KEY_CFM_ATTRS),
        AttrDesc::new("key-spi", "TCA_FLOWER_KEY_SPI", 108, AttrType::U32).big_endian(),
        AttrDesc::new(
            "key-spi-mask",
            "TCA_FLOWER_KEY_SPI_MASK",
            109,
            AttrType::U32,
        )
        .big_endian(),
        AttrDesc::new(
            "key-enc-flags",
            "TCA_FLOWER_KEY_ENC_FLAGS",
            110,
            AttrType::U32,
        )
        .enumeration(&FLOWER_KEY_CTRL_FLAGS)
        .big_endian(),
        AttrDesc::new(
            "key-enc-flags-mask",
            "TCA_FLOWER_KEY_ENC_FLAGS_MASK",
            111,
            AttrType::U32,
        )
        .enumeration(&FLOWER_KEY_CTRL_FLAGS)
        .big_endian(),
    ],
);

/// The `flower-key-enc-opts-attrs` attribute set, indexed by type.
pub static FLOWER_KEY_ENC_OPTS_ATTRS: AttrSet = AttrSet::new(
    "flower-key-enc-opts-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "geneve",
            "TCA_FLOWER_KEY_ENC_OPTS_GENEVE",
            1,
            AttrType::Nest,
        )
        .nested(&FLOWER_KEY_ENC_OPT_GENEVE_ATTRS),
        AttrDesc::new("vxlan", "TCA_FLOWER_KEY_ENC_OPTS_VXLAN", 2, AttrType::Nest)
            .nested(&FLOWER_KEY_ENC_OPT_VXLAN_ATTRS),
        AttrDesc::new(
            "erspan",
            "TCA_FLOWER_KEY_ENC_OPTS_ERSPAN",
            3,
            AttrType::Nest,
        )
        .nested(&FLOWER_KEY_ENC_OPT_ERSPAN_ATTRS),
        AttrDesc::new("gtp", "TCA_FLOWER_KEY_ENC_OPTS_GTP", 4, AttrType::Nest)
            .nested(&FLOWER_KEY_ENC_OPT_GTP_ATTRS),
    ],
);

/// The `flower-key-enc-opt-geneve-attrs` attribute set, indexed by type.
pub static FLOWER_KEY_ENC_OPT_GENEVE_ATTRS: AttrSet = AttrSet::new(
    "flower-key-enc-opt-geneve-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "class",
            "TCA_FLOWER_KEY_ENC_OPT_GENEVE_CLASS",
            1,
            AttrType::U16,
        ),
        AttrDesc::new(
            "type",
            "TCA_FLOWER_KEY_ENC_OPT_GENEVE_TYPE",
            2,
            AttrType::U8,
        ),
        AttrDesc::new(
            "data",
            "TCA_FLOWER_KEY_ENC_OPT_GENEVE_DATA",
            3,
            AttrType::Binary,
        ),
    ],
);

/// The `flower-key-enc-opt-vxlan-attrs` attribute set, indexed by type.
pub static FLOWER_KEY_ENC_OPT_VXLAN_ATTRS: AttrSet = AttrSet::new(
    "flower-key-enc-opt-vxlan-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("gbp", "TCA_FLOWER_KEY_ENC_OPT_VXLAN_GBP", 1, AttrType::U32),
    ],
);

/// The `flower-key-enc-opt-erspan-attrs` attribute set, indexed by type.
pub static FLOWER_KEY_ENC_OPT_ERSPAN_ATTRS: AttrSet = AttrSet::new(
    "flower-key-enc-opt-erspan-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("ver", "TCA_FLOWER_KEY_ENC_OPT_ERSPAN_VER", 1, AttrType::U8),
        AttrDesc::new(
            "index",
            "TCA_FLOWER_KEY_ENC_OPT_ERSPAN_INDEX",
            2,
            AttrType::U32,
        ),
        AttrDesc::new("dir", "TCA_FLOWER_KEY_ENC_OPT_ERSPAN_DIR", 3, AttrType::U8),
        AttrDesc::new(
            "hwid",
            "TCA_FLOWER_KEY_ENC_OPT_ERSPAN_HWID",
            4,
            AttrType::U8,
        ),
    ],
);

/// The `flower-key-enc-opt-gtp-attrs` attribute set, indexed by type.
pub static FLOWER_KEY_ENC_OPT_GTP_ATTRS: AttrSet = AttrSet::new(
    "flower-key-enc-opt-gtp-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "pdu-type",
            "TCA_FLOWER_KEY_ENC_OPT_GTP_PDU_TYPE",
            1,
            AttrType::U8,
        ),
        AttrDesc::new("qfi", "TCA_FLOWER_KEY_ENC_OPT_GTP_QFI", 2, AttrType::U8),
    ],
);

/// The `flower-key-mpls-opt-attrs` attribute set, indexed by type.
pub static FLOWER_KEY_MPLS_OPT_ATTRS: AttrSet = AttrSet::new(
    "flower-key-mpls-opt-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "lse-depth",
            "TCA_FLOWER_KEY_MPLS_OPT_LSE_DEPTH",
            1,
            AttrType::U8,
        ),
        AttrDesc::new(
            "lse-ttl",
            "TCA_FLOWER_KEY_MPLS_OPT_LSE_TTL",
            2,
            AttrType::U8,
        ),
        AttrDesc::new(
            "lse-bos",
            "TCA_FLOWER_KEY_MPLS_OPT_LSE_BOS",
            3,
            AttrType::U8,
        ),
        AttrDesc::new("lse-tc", "TCA_FLOWER_KEY_MPLS_OPT_LSE_TC", 4, AttrType::U8),
        AttrDesc::new(
            "lse-label",
            "TCA_FLOWER_KEY_MPLS_OPT_LSE_LABEL",
            5,
            AttrType::U32,
        ),
    ],
);

/// The `flower-key-cfm-attrs` attribute set, indexed by type.
pub static FLOWER_KEY_CFM_ATTRS: AttrSet = AttrSet::new(
    "flower-key-cfm-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("md-level", "TCA_FLOWER_KEY_CFM_MD_LEVEL", 1, AttrType::U8),
        AttrDesc::new("opcode", "TCA_FLOWER_KEY_CFM_OPCODE", 2, AttrType::U8),
    ],
);

/// The `fw-attrs` attribute set, indexed by type.
pub static FW_ATTRS: AttrSet = AttrSet::new(
    "fw-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("classid", "TCA_FW_CLASSID", 1, AttrType::U32),
        AttrDesc::new("police", "TCA_FW_POLICE", 2, AttrType::Nest).nested(&POLICE_ATTRS),
        AttrDesc::new("indev", "TCA_FW_INDEV", 3, AttrType::String),
        AttrDesc::new("act", "TCA_FW_ACT", 4, AttrType::IndexedArray)
            .sub_type(AttrType::Nest)
            .nested(&ACT_ATTRS),
        AttrDesc::new("mask", "TCA_FW_MASK", 5, AttrType::U32),
    ],
);

/// The `gred-attrs` attribute set, indexed by type.
pub static GRED_ATTRS: AttrSet = AttrSet::new(
    "gred-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("parms", "TCA_GRED_PARMS", 1, AttrType::Binary),
        AttrDesc::new("stab", "TCA_GRED_STAB", 2, AttrType::Binary).sub_type(AttrType::U8),
        AttrDesc::new("dps", "TCA_GRED_DPS", 3, AttrType::Binary).header(&TC_GRED_SOPT),
        AttrDesc::new("max-p", "TCA_GRED_MAX_P", 4, AttrType::Binary).sub_type(AttrType::U32),
        AttrDesc::new("limit", "TCA_GRED_LIMIT", 5, AttrType::U32),
        AttrDesc::new("vq-list", "TCA_GRED_VQ_LIST", 6, AttrType::Nest)
            .nested(&TCA_GRED_VQ_LIST_ATTRS),
    ],
);

/// The `tca-gred-vq-list-attrs` attribute set, indexed by type.
pub static TCA_GRED_VQ_LIST_ATTRS: AttrSet = AttrSet::new(
    "tca-gred-vq-list-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("entry", "TCA_GRED_VQ_ENTRY", 1, AttrType::Nest)
            .nested(&TCA_GRED_VQ_ENTRY_ATTRS)
            .multi(),
    ],
);

/// The `tca-gred-vq-entry-attrs` attribute set, indexed by type.
pub static TCA_GRED_VQ_ENTRY_ATTRS: AttrSet = AttrSet::new(
    "tca-gred-vq-entry-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("pad", "TCA_GRED_VQ_PAD", 1, AttrType::Pad),
        AttrDesc::new("dp", "TCA_GRED_VQ_DP", 2, AttrType::U32),
        AttrDesc::new("stat-bytes", "TCA_GRED_VQ_STAT_BYTES", 3, AttrType::U64),
        AttrDesc::new("stat-packets", "TCA_GRED_VQ_STAT_PACKETS", 4, AttrType::U32),
        AttrDesc::new("stat-backlog", "TCA_GRED_VQ_STAT_BACKLOG", 5, AttrType::U32),
        AttrDesc::new(
            "stat-prob-drop",
            "TCA_GRED_VQ_STAT_PROB_DROP",
            6,
            AttrType::U32,
        ),
        AttrDesc::new(
            "stat-prob-mark",
            "TCA_GRED_VQ_STAT_PROB_MARK",
            7,
            AttrType::U32,
        ),
        AttrDesc::new(
            "stat-forced-drop",
            "TCA_GRED_VQ_STAT_FORCED_DROP",
            8,
            AttrType::U32,
        ),
        AttrDesc::new(
            "stat-forced-mark",
            "TCA_GRED_VQ_STAT_FORCED_MARK",
            9,
            AttrType::U32,
        ),
        AttrDesc::new("stat-pdrop", "TCA_GRED_VQ_STAT_PDROP", 10, AttrType::U32),
        AttrDesc::new("stat-other", "TCA_GRED_VQ_STAT_OTHER", 11, AttrType::U32),
        AttrDesc::new("flags", "TCA_GRED_VQ_FLAGS", 12, AttrType::U32),
    ],
);

/// The `hfsc-attrs` attribute set, indexed by type.
pub static HFSC_ATTRS: AttrSet = AttrSet::new(
    "hfsc-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("rsc", "TC_A_HFSC_ATTRS_RSC", 1, AttrType::Binary),
        AttrDesc::new("fsc", "TC_A_HFSC_ATTRS_FSC", 2, AttrType::Binary),
        AttrDesc::new("usc", "TC_A_HFSC_ATTRS_USC", 3, AttrType::Binary),
    ],
);

/// The `hhf-attrs` attribute set, indexed by type.
pub static HHF_ATTRS: AttrSet = AttrSet::new(
    "hhf-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("backlog-limit", "TCA_HHF_BACKLOG_LIMIT", 1, AttrType::U32),
        AttrDesc::new("quantum", "TCA_HHF_QUANTUM", 2, AttrType::U32),
        AttrDesc::new("hh-flows-limit", "TCA_HHF_HH_FLOWS_LIMIT", 3, AttrType::U32),
        AttrDesc::new("reset-timeout", "TCA_HHF_RESET_TIMEOUT", 4, AttrType::U32),
        AttrDesc::new("admit-bytes", "TCA_HHF_ADMIT_BYTES", 5, AttrType::U32),
        AttrDesc::new("evict-timeout", "TCA_HHF_EVICT_TIMEOUT", 6, AttrType::U32),
        AttrDesc::new("non-hh-weight", "TCA_HHF_NON_HH_WEIGHT", 7, AttrType::U32),
    ],
);

/// The `htb-attrs` attribute set, indexed by type.
pub static HTB_ATTRS: AttrSet = AttrSet::new(
    "htb-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("parms", "TCA_HTB_PARMS", 1, AttrType::Binary).header(&TC_HTB_OPT),
        AttrDesc::new("init", "TCA_HTB_INIT", 2, AttrType::Binary).header(&TC_HTB_GLOB),
        AttrDesc::new("ctab", "TCA_HTB_CTAB", 3, AttrType::Binary),
        AttrDesc::new("rtab", "TCA_HTB_RTAB", 4, AttrType::Binary),
        AttrDesc::new("direct-qlen", "TCA_HTB_DIRECT_QLEN", 5, AttrType::U32),
        AttrDesc::new("rate64", "TCA_HTB_RATE64", 6, AttrType::U64),
        AttrDesc::new("ceil64", "TCA_HTB_CEIL64", 7, AttrType::U64),
        AttrDesc::new("pad", "TCA_HTB_PAD", 8, AttrType::Pad),
        AttrDesc::new("offload", "TCA_HTB_OFFLOAD", 9, AttrType::Flag),
    ],
);

/// The `matchall-attrs` attribute set, indexed by type.
pub static MATCHALL_ATTRS: AttrSet = AttrSet::new(
    "matchall-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("classid", "TCA_MATCHALL_CLASSID", 1, AttrType::U32),
        AttrDesc::new("act", "TCA_MATCHALL_ACT", 2, AttrType::IndexedArray)
            .sub_type(AttrType::Nest)
            .nested(&ACT_ATTRS),
        AttrDesc::new("flags", "TCA_MATCHALL_FLAGS", 3, AttrType::U32),
        AttrDesc::new("pcnt", "TCA_MATCHALL_PCNT", 4, AttrType::Binary).header(&TC_MATCHALL_PCNT),
        AttrDesc::new("pad", "TCA_MATCHALL_PAD", 5, AttrType::Pad),
    ],
);

/// The `etf-attrs` attribute set, indexed by type.
pub static ETF_ATTRS: AttrSet = AttrSet::new(
    "etf-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("parms", "TCA_ETF_PARMS", 1, AttrType::Binary).header(&TC_ETF_QOPT),
    ],
);

/// The `ets-attrs` attribute set, indexed by type.
pub static ETS_ATTRS: AttrSet = AttrSet::new(
    "ets-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("nbands", "TCA_ETS_NBANDS", 1, AttrType::U8),
        AttrDesc::new("nstrict", "TCA_ETS_NSTRICT", 2, AttrType::U8),
        AttrDesc::new("quanta", "TCA_ETS_QUANTA", 3, AttrType::Nest).nested(&ETS_ATTRS),
        AttrDesc::new("quanta-band", "TCA_ETS_QUANTA_BAND", 4, AttrType::U32).multi(),
        AttrDesc::new("priomap", "TCA_ETS_PRIOMAP", 5, AttrType::Nest).nested(&ETS_ATTRS),
        AttrDesc::new("priomap-band", "TCA_ETS_PRIOMAP_BAND", 6, AttrType::U8).multi(),
    ],
);

/// The `fq-attrs` attribute set, indexed by type.
pub static FQ_ATTRS: AttrSet = AttrSet::new(
    "fq-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("plimit", "TCA_FQ_PLIMIT", 1, AttrType::U32),
        AttrDesc::new("flow-plimit", "TCA_FQ_FLOW_PLIMIT", 2, AttrType::U32),
        AttrDesc::new("quantum", "TCA_FQ_QUANTUM", 3, AttrType::U32),
        AttrDesc::new(
            "initial-quantum",
            "TCA_FQ_INITIAL_QUANTUM",
            4,
            AttrType::U32,
        ),
        AttrDesc::new("rate-enable", "TCA_FQ_RATE_ENABLE", 5, AttrType::U32),
        AttrDesc::new(
            "flow-default-rate",
            "TCA_FQ_FLOW_DEFAULT_RATE",
            6,
            AttrType::U32,
        ),
        AttrDesc::new("flow-max-rate", "TCA_FQ_FLOW_MAX_RATE", 7, AttrType::U32),
        AttrDesc::new("buckets-log", "TCA_FQ_BUCKETS_LOG", 8, AttrType::U32),
        AttrDesc::new(
            "flow-refill-delay",
            "TCA_FQ_FLOW_REFILL_DELAY",
            9,
            AttrType::U32,
        ),
        AttrDesc::new("orphan-mask", "TCA_FQ_ORPHAN_MASK", 10, AttrType::U32),
        AttrDesc::new(
            "low-rate-threshold",
            "TCA_FQ_LOW_RATE_THRESHOLD",
            11,
            AttrType::U32,
        ),
        AttrDesc::new("ce-threshold", "TCA_FQ_CE_THRESHOLD", 12, AttrType::U32),
        AttrDesc::new("timer-slack", "TCA_FQ_TIMER_SLACK", 13, AttrType::U32),
        AttrDesc::new("horizon", "TCA_FQ_HORIZON", 14, AttrType::U32),
        AttrDesc::new("horizon-drop", "TCA_FQ_HORIZON_DROP", 15, AttrType::U8),
        AttrDesc::new("priomap", "TCA_FQ_PRIOMAP", 16, AttrType::Binary).header(&TC_PRIO_QOPT),
        AttrDesc::new("weights", "TCA_FQ_WEIGHTS", 17, AttrType::Binary).sub_type(AttrType::S32),
    ],
);

/// The `fq-codel-attrs` attribute set, indexed by type.
pub static FQ_CODEL_ATTRS: AttrSet = AttrSet::new(
    "fq-codel-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("target", "TCA_FQ_CODEL_TARGET", 1, AttrType::U32),
        AttrDesc::new("limit", "TCA_FQ_CODEL_LIMIT", 2, AttrType::U32),
        AttrDesc::new("interval", "TCA_FQ_CODEL_INTERVAL", 3, AttrType::U32),
        AttrDesc::new("ecn", "TCA_FQ_CODEL_ECN", 4, AttrType::U32),
        AttrDesc::new("flows", "TCA_FQ_CODEL_FLOWS", 5, AttrType::U32),
        AttrDesc::new("quantum", "TCA_FQ_CODEL_QUANTUM", 6, AttrType::U32),
        AttrDesc::new(
            "ce-threshold",
            "TCA_FQ_CODEL_CE_THRESHOLD",
            7,
            AttrType::U32,
        ),
        AttrDesc::new(
            "drop-batch-size",
            "TCA_FQ_CODEL_DROP_BATCH_SIZE",
            8,
            AttrType::U32,
        ),
        AttrDesc::new(
            "memory-limit",
            "TCA_FQ_CODEL_MEMORY_LIMIT",
            9,
            AttrType::U32,
        ),
        AttrDesc::new(
            "ce-threshold-selector",
            "TCA_FQ_CODEL_CE_THRESHOLD_SELECTOR",
            10,
            AttrType::U8,
        ),
        AttrDesc::new(
            "ce-threshold-mask",
            "TCA_FQ_CODEL_CE_THRESHOLD_MASK",
            11,
            AttrType::U8,
        ),
    ],
);

/// The `fq-pie-attrs` attribute set, indexed by type.
pub static FQ_PIE_ATTRS: AttrSet = AttrSet::new(
    "fq-pie-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("limit", "TCA_FQ_PIE_LIMIT", 1, AttrType::U32),
        AttrDesc::new("flows", "TCA_FQ_PIE_FLOWS", 2, AttrType::U32),
        AttrDesc::new("target", "TCA_FQ_PIE_TARGET", 3, AttrType::U32),
        AttrDesc::new("tupdate", "TCA_FQ_PIE_TUPDATE", 4, AttrType::U32),
        AttrDesc::new("alpha", "TCA_FQ_PIE_ALPHA", 5, AttrType::U32),
        AttrDesc::new("beta", "TCA_FQ_PIE_BETA", 6, AttrType::U32),
        AttrDesc::new("quantum", "TCA_FQ_PIE_QUANTUM", 7, AttrType::U32),
        AttrDesc::new("memory-limit", "TCA_FQ_PIE_MEMORY_LIMIT", 8, AttrType::U32),
        AttrDesc::new("ecn-prob", "TCA_FQ_PIE_ECN_PROB", 9, AttrType::U32),
        AttrDesc::new("ecn", "TCA_FQ_PIE_ECN", 10, AttrType::U32),
        AttrDesc::new("bytemode", "TCA_FQ_PIE_BYTEMODE", 11, AttrType::U32),
        AttrDesc::new(
            "dq-rate-estimator",
            "TCA_FQ_PIE_DQ_RATE_ESTIMATOR",
            12,
            AttrType::U32,
        ),
    ],
);

/// The `netem-attrs` attribute set, indexed by type.
pub static NETEM_ATTRS: AttrSet = AttrSet::new(
    "netem-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("corr", "TCA_NETEM_CORR", 1, AttrType::Binary).header(&TC_NETEM_CORR),
        AttrDesc::new("delay-dist", "TCA_NETEM_DELAY_DIST", 2, AttrType::Binary)
            .sub_type(AttrType::S16),
        AttrDesc::new("reorder", "TCA_NETEM_REORDER", 3, AttrType::Binary)
            .header(&TC_NETEM_REORDER),
        AttrDesc::new("corrupt", "TCA_NETEM_CORRUPT", 4, AttrType::Binary)
            .header(&TC_NETEM_CORRUPT),
        AttrDesc::new("loss", "TCA_NETEM_LOSS", 5, AttrType::Nest).nested(&NETEM_LOSS_ATTRS),
        AttrDesc::new("rate", "TCA_NETEM_RATE", 6, AttrType::Binary).header(&TC_NETEM_RATE),
        AttrDesc::new("ecn", "TCA_NETEM_ECN", 7, AttrType::U32),
        AttrDesc::new("rate64", "TCA_NETEM_RATE64", 8, AttrType::U64),
        AttrDesc::new("pad", "TCA_NETEM_PAD", 9, AttrType::U32),
        AttrDesc::new("latency64", "TCA_NETEM_LATENCY64", 10, AttrType::S64),
        AttrDesc::new("jitter64", "TCA_NETEM_JITTER64", 11, AttrType::S64),
        AttrDesc::new("slot", "TCA_NETEM_SLOT", 12, AttrType::Binary).header(&TC_NETEM_SLOT),
        AttrDesc::new("slot-dist", "TCA_NETEM_SLOT_DIST", 13, AttrType::Binary)
            .sub_type(AttrType::S16),
        AttrDesc::new("prng-seed", "TCA_NETEM_PRNG_SEED", 14, AttrType::U64),
    ],
);

/// The `netem-loss-attrs` attribute set, indexed by type.
pub static NETEM_LOSS_ATTRS: AttrSet = AttrSet::new(
    "netem-loss-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("gi", "NETEM_LOSS_GI", 1, AttrType::Binary).header(&TC_NETEM_GIMODEL),
        AttrDesc::new("ge", "NETEM_LOSS_GE", 2, AttrType::Binary).header(&TC_NETEM_GEMODEL),
    ],
);

/// The `pie-attrs` attribute set, indexed by type.
pub static PIE_ATTRS: AttrSet = AttrSet::new(
    "pie-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("target", "TCA_PIE_TARGET", 1, AttrType::U32),
        AttrDesc::new("limit", "TCA_PIE_LIMIT", 2, AttrType::U32),
        AttrDesc::new("tupdate", "TCA_PIE_TUPDATE", 3, AttrType::U32),
        AttrDesc::new("alpha", "TCA_PIE_ALPHA", 4, AttrType::U32),
        AttrDesc::new("beta", "TCA_PIE_BETA", 5, AttrType::U32),
        AttrDesc::new("ecn", "TCA_PIE_ECN", 6, AttrType::U32),
        AttrDesc::new("bytemode", "TCA_PIE_BYTEMODE", 7, AttrType::U32),
        AttrDesc::new(
            "dq-rate-estimator",
            "TCA_PIE_DQ_RATE_ESTIMATOR",
            8,
            AttrType::U32,
        ),
    ],
);

/// The `police-attrs` attribute set, indexed by type.
pub static POLICE_ATTRS: AttrSet = AttrSet::new(
    "police-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("tbf", "TCA_POLICE_TBF", 1, AttrType::Binary).header(&TC_POLICE),
        AttrDesc::new("rate", "TCA_POLICE_RATE", 2, AttrType::Binary),
        AttrDesc::new("peakrate", "TCA_POLICE_PEAKRATE", 3, AttrType::Binary),
        AttrDesc::new("avrate", "TCA_POLICE_AVRATE", 4, AttrType::U32),
        AttrDesc::new("result", "TCA_POLICE_RESULT", 5, AttrType::U32),
        AttrDesc::new("tm", "TCA_POLICE_TM", 6, AttrType::Binary).header(&TCF_T),
        AttrDesc::new("pad", "TCA_POLICE_PAD", 7, AttrType::Pad),
        AttrDesc::new("rate64", "TCA_POLICE_RATE64", 8, AttrType::U64),
        AttrDesc::new("peakrate64", "TCA_POLICE_PEAKRATE64", 9, AttrType::U64),
        AttrDesc::new("pktrate64", "TCA_POLICE_PKTRATE64", 10, AttrType::U64),
        AttrDesc::new("pktburst64", "TCA_POLICE_PKTBURST64", 11, AttrType::U64),
    ],
);

/// The `qfq-attrs` attribute set, indexed by type.
pub static QFQ_ATTRS: AttrSet = AttrSet::new(
    "qfq-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("weight", "TCA_QFQ_WEIGHT", 1, AttrType::U32),
        AttrDesc::new("lmax", "TCA_QFQ_LMAX", 2, AttrType::U32),
    ],
);

/// The `red-attrs` attribute set, indexed by type.
pub static RED_ATTRS: AttrSet = AttrSet::new(
    "red-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("parms", "TCA_RED_PARMS", 1, AttrType::Binary).header(&TC_RED_QOPT),
        AttrDesc::new("stab", "TCA_RED_STAB", 2, AttrType::Binary),
        AttrDesc::new("max-p", "TCA_RED_MAX_P", 3, AttrType::U32),
        AttrDesc::new("flags", "TCA_RED_FLAGS", 4, AttrType::Bitfield32),
        AttrDesc::new(
            "early-drop-block",
            "TCA_RED_EARLY_DROP_BLOCK",
            5,
            AttrType::U32,
        ),
        AttrDesc::new("mark-block", "TCA_RED_MARK_BLOCK", 6, AttrType::U32),
    ],
);

/// The `route-attrs` attribute set, indexed by type.
pub static ROUTE_ATTRS: AttrSet = AttrSet::new(
    "route-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("classid", "TCA_ROUTE4_CLASSID", 1, AttrType::U32),
        AttrDesc::new("to", "TCA_ROUTE4_TO", 2, AttrType::U32),
        AttrDesc::new("from", "TCA_ROUTE4_FROM", 3, AttrType::U32),
        AttrDesc::new("iif", "TCA_ROUTE4_IIF", 4, AttrType::U32),
        AttrDesc::new("police", "TCA_ROUTE4_POLICE", 5, AttrType::Nest).nested(&POLICE_ATTRS),
        AttrDesc::new("act", "TCA_ROUTE4_ACT", 6, AttrType::IndexedArray)
            .sub_type(AttrType::Nest)
            .nested(&ACT_ATTRS),
    ],
);

/// The `taprio-attrs` attribute set, indexed by type.
pub static TAPRIO_ATTRS: AttrSet = AttrSet::new(
    "taprio-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("priomap", "TCA_TAPRIO_ATTR_PRIOMAP", 1, AttrType::Binary)
            .header(&TC_MQPRIO_QOPT),
        AttrDesc::new(
            "sched-entry-list",
            "TCA_TAPRIO_ATTR_SCHED_ENTRY_LIST",
            2,
            AttrType::Nest,
        )
        .nested(&TAPRIO_SCHED_ENTRY_LIST),
        AttrDesc::new(
            "sched-base-time",
            "TCA_TAPRIO_ATTR_SCHED_BASE_TIME",
            3,
            AttrType::S64,
        ),
        AttrDesc::new(
            "sched-single-entry",
            "TCA_TAPRIO_ATTR_SCHED_SINGLE_ENTRY",
            4,
            AttrType::Nest,
        )
        .nested(&TAPRIO_SCHED_ENTRY),
        AttrDesc::new(
            "sched-clockid",
            "TCA_TAPRIO_ATTR_SCHED_CLOCKID",
            5,
            AttrType::S32,
        ),
        AttrDesc::new("pad", "TCA_TAPRIO_ATTR_PAD", 6, AttrType::Pad),
        AttrDesc::new(
            "admin-sched",
            "TCA_TAPRIO_ATTR_ADMIN_SCHED",
            7,
            AttrType::Binary,
        ),
        AttrDesc::new(
            "sched-cycle-time",
            "TCA_TAPRIO_ATTR_SCHED_CYCLE_TIME",
            8,
            AttrType::S64,
        ),
        AttrDesc::new(
            "sched-cycle-time-extension",
            "TCA_TAPRIO_ATTR_SCHED_CYCLE_TIME_EXTENSION",
            9,
            AttrType::S64,
        ),
        AttrDesc::new("flags", "TCA_TAPRIO_ATTR_FLAGS", 10, AttrType::U32),
        AttrDesc::new(
            "txtime-delay",
            "TCA_TAPRIO_ATTR_TXTIME_DELAY",
            11,
            AttrType::U32,
        ),
        AttrDesc::new("tc-entry", "TCA_TAPRIO_ATTR_TC_ENTRY", 12, AttrType::Nest)
            .nested(&TAPRIO_TC_ENTRY_ATTRS),
    ],
);

/// The `taprio-sched-entry-list` attribute set, indexed by type.
pub static TAPRIO_SCHED_ENTRY_LIST: AttrSet = AttrSet::new(
    "taprio-sched-entry-list",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("entry", "TCA_TAPRIO_SCHED_ENTRY", 1, AttrType::Nest)
            .nested(&TAPRIO_SCHED_ENTRY)
            .multi(),
    ],
);

/// The `taprio-sched-entry` attribute set, indexed by type.
pub static TAPRIO_SCHED_ENTRY: AttrSet = AttrSet::new(
    "taprio-sched-entry",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("index", "TCA_TAPRIO_SCHED_ENTRY_INDEX", 1, AttrType::U32),
        AttrDesc::new("cmd", "TCA_TAPRIO_SCHED_ENTRY_CMD", 2, AttrType::U8),
        AttrDesc::new(
            "gate-mask",
            "TCA_TAPRIO_SCHED_ENTRY_GATE_MASK",
            3,
            AttrType::U32,
        ),
        AttrDesc::new(
            "interval",
            "TCA_TAPRIO_SCHED_ENTRY_INTERVAL",
            4,
            AttrType::U32,
        ),
    ],
);

/// The `taprio-tc-entry-attrs` attribute set, indexed by type.
pub static TAPRIO_TC_ENTRY_ATTRS: AttrSet = AttrSet::new(
    "taprio-tc-entry-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("index", "TCA_TAPRIO_TC_ENTRY_INDEX", 1, AttrType::U32),
        AttrDesc::new("max-sdu", "TCA_TAPRIO_TC_ENTRY_MAX_SDU", 2, AttrType::U32),
        AttrDesc::new("fp", "TCA_TAPRIO_TC_ENTRY_FP", 3, AttrType::U32),
    ],
);

/// The `tbf-attrs` attribute set, indexed by type.
pub static TBF_ATTRS: AttrSet = AttrSet::new(
    "tbf-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("parms", "TCA_TBF_PARMS", 1, AttrType::Binary).header(&TC_TBF_QOPT),
        AttrDesc::new("rtab", "TCA_TBF_RTAB", 2, AttrType::Binary),
        AttrDesc::new("ptab", "TCA_TBF_PTAB", 3, AttrType::Binary),
        AttrDesc::new("rate64", "TCA_TBF_RATE64", 4, AttrType::U64),
        AttrDesc::new("prate64", "TCA_TBF_PRATE64", 5, AttrType::U64),
        AttrDesc::new("burst", "TCA_TBF_BURST", 6, AttrType::U32),
        AttrDesc::new("pburst", "TCA_TBF_PBURST", 7, AttrType::U32),
        AttrDesc::new("pad", "TCA_TBF_PAD", 8, AttrType::Pad),
    ],
);

/// The `act-sample-attrs` attribute set, indexed by type.
pub static ACT_SAMPLE_ATTRS: AttrSet = AttrSet::new(
    "act-sample-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("tm", "TCA_SAMPLE_TM", 1, AttrType::Binary).header(&TCF_T),
        AttrDesc::new("parms", "TCA_SAMPLE_PARMS", 2, AttrType::Binary).header(&TC_GACT),
        AttrDesc::new("rate", "TCA_SAMPLE_RATE", 3, AttrType::U32),
        AttrDesc::new("trunc-size", "TCA_SAMPLE_TRUNC_SIZE", 4, AttrType::U32),
        AttrDesc::new(
            "psample-group",
            "TCA_SAMPLE_PSAMPLE_GROUP",
            5,
            AttrType::U32,
        ),
        AttrDesc::new("pad", "TCA_SAMPLE_PAD", 6, AttrType::Pad),
    ],
);

/// The `act-gact-attrs` attribute set, indexed by type.
pub static ACT_GACT_ATTRS: AttrSet = AttrSet::new(
    "act-gact-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("tm", "TCA_GACT_TM", 1, AttrType::Binary).header(&TCF_T),
        AttrDesc::new("parms", "TCA_GACT_PARMS", 2, AttrType::Binary).header(&TC_GACT),
        AttrDesc::new("prob", "TCA_GACT_PROB", 3, AttrType::Binary).header(&TC_GACT_P),
        AttrDesc::new("pad", "TCA_GACT_PAD", 4, AttrType::Pad),
    ],
);

/// The `tca-stab-attrs` attribute set, indexed by type.
pub static TCA_STAB_ATTRS: AttrSet = AttrSet::new(
    "tca-stab-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("base", "TCA_STAB_BASE", 1, AttrType::Binary).header(&TC_SIZESPEC),
        AttrDesc::new("data", "TCA_STAB_DATA", 2, AttrType::Binary),
    ],
);

/// The `tca-stats-attrs` attribute set, indexed by type.
pub static TCA_STATS_ATTRS: AttrSet = AttrSet::new(
    "tca-stats-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("basic", "TCA_STATS_BASIC", 1, AttrType::Binary).header(&GNET_STATS_BASIC),
        AttrDesc::new("rate-est", "TCA_STATS_RATE_EST", 2, AttrType::Binary)
            .header(&GNET_STATS_RATE_EST),
        AttrDesc::new("queue", "TCA_STATS_QUEUE", 3, AttrType::Binary).header(&GNET_STATS_QUEUE),
        AttrDesc::new("app", "TCA_STATS_APP", 4, AttrType::SubMessage)
            .sub_message(&TCA_STATS_APP_MSG),
        AttrDesc::new("rate-est64", "TCA_STATS_RATE_EST64", 5, AttrType::Binary)
            .header(&GNET_STATS_RATE_EST64),
        AttrDesc::new("pad", "TCA_STATS_PAD", 6, AttrType::Pad),
        AttrDesc::new("basic-hw", "TCA_STATS_BASIC_HW", 7, AttrType::Binary)
            .header(&GNET_STATS_BASIC),
        AttrDesc::new("pkt64", "TCA_STATS_PKT64", 8, AttrType::U64),
    ],
);

/// The `u32-attrs` attribute set, indexed by type.
pub static U32_ATTRS: AttrSet = AttrSet::new(
    "u32-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("classid", "TCA_U32_CLASSID", 1, AttrType::U32),
        AttrDesc::new("hash", "TCA_U32_HASH", 2, AttrType::U32),
        AttrDesc::new("link", "TCA_U32_LINK", 3, AttrType::U32),
        AttrDesc::new("divisor", "TCA_U32_DIVISOR", 4, AttrType::U32),
        AttrDesc::new("sel", "TCA_U32_SEL", 5, AttrType::Binary).header(&TC_U32_SEL),
        AttrDesc::new("police", "TCA_U32_POLICE", 6, AttrType::Nest).nested(&POLICE_ATTRS),
        AttrDesc::new("act", "TCA_U32_ACT", 7, AttrType::IndexedArray)
            .sub_type(AttrType::Nest)
            .nested(&ACT_ATTRS),
        AttrDesc::new("indev", "TCA_U32_INDEV", 8, AttrType::String),
        AttrDesc::new("pcnt", "TCA_U32_PCNT", 9, AttrType::Binary).header(&TC_U32_PCNT),
        AttrDesc::new("mark", "TCA_U32_MARK", 10, AttrType::Binary).header(&TC_U32_MARK),
        AttrDesc::new("flags", "TCA_U32_FLAGS", 11, AttrType::U32),
        AttrDesc::new("pad", "TCA_U32_PAD", 12, AttrType::Pad),
    ],
);

/// The `options-msg` sub-message, by selector value.
pub static OPTIONS_MSG: SubMessage = SubMessage::new(
    "options-msg",
    1,
    &[
        SubVariant {
            value: "basic",
            header: None,
            attrs: Some(&BASIC_ATTRS),
        },
        SubVariant {
            value: "bpf",
            header: None,
            attrs: Some(&BPF_ATTRS),
        },
        SubVariant {
            value: "bfifo",
            header: Some(&TC_FIFO_QOPT),
            attrs: None,
        },
        SubVariant {
            value: "cake",
            header: None,
            attrs: Some(&CAKE_ATTRS),
        },
        SubVariant {
            value: "cbs",
            header: None,
            attrs: Some(&CBS_ATTRS),
        },
        SubVariant {
            value: "cgroup",
            header: None,
            attrs: Some(&CGROUP_ATTRS),
        },
        SubVariant {
            value: "choke",
            header: None,
            attrs: Some(&CHOKE_ATTRS),
        },
        SubVariant {
            value: "clsact",
            header: None,
            attrs: None,
        },
        SubVariant {
            value: "codel",
            header: None,
            attrs: Some(&CODEL_ATTRS),
        },
        SubVariant {
            value: "drr",
            header: None,
            attrs: Some(&DRR_ATTRS),
        },
        SubVariant {
            value: "dualpi2",
            header: None,
            attrs: Some(&DUALPI2_ATTRS),
        },
        SubVariant {
            value: "etf",
            header: None,
            attrs: Some(&ETF_ATTRS),
        },
        SubVariant {
            value: "ets",
            header: None,
            attrs: Some(&ETS_ATTRS),
        },
        SubVariant {
            value: "flow",
            header: None,
            attrs: Some(&FLOW_ATTRS),
        },
        SubVariant {
            value: "flower",
            header: None,
            attrs: Some(&FLOWER_ATTRS),
        },
        SubVariant {
            value: "fq",
            header: None,
            attrs: Some(&FQ_ATTRS),
        },
        SubVariant {
            value: "fq_codel",
            header: None,
            attrs: Some(&FQ_CODEL_ATTRS),
        },
        SubVariant {
            value: "fq_pie",
            header: None,
            attrs: Some(&FQ_PIE_ATTRS),
        },
        SubVariant {
            value: "fw",
            header: None,
            attrs: Some(&FW_ATTRS),
        },
        SubVariant {
            value: "gred",
            header: None,
            attrs: Some(&GRED_ATTRS),
        },
        SubVariant {
            value: "hfsc",
            header: Some(&TC_HFSC_QOPT),
            attrs: None,
        },
        SubVariant {
            value: "hhf",
            header: None,
            attrs: Some(&HHF_ATTRS),
        },
        SubVariant {
            value: "htb",
            header: None,
            attrs: Some(&HTB_ATTRS),
        },
        SubVariant {
            value: "ingress",
            header: None,
            attrs: None,
        },
        SubVariant {
            value: "matchall",
            header: None,
            attrs: Some(&MATCHALL_ATTRS),
        },
        SubVariant {
            value: "mq",
            header: None,
            attrs: None,
        },
        SubVariant {
            value: "mqprio",
            header: Some(&TC_MQPRIO_QOPT),
            attrs: None,
        },
        SubVariant {
            value: "multiq",
            header: Some(&TC_MULTIQ_QOPT),
            attrs: None,
        },
        SubVariant {
            value: "netem",
            header: Some(&TC_NETEM_QOPT),
            attrs: Some(&NETEM_ATTRS),
        },
        SubVariant {
            value: "pfifo",
            header: Some(&TC_FIFO_QOPT),
            attrs: None,
        },
        SubVariant {
            value: "pfifo_fast",
            header: Some(&TC_PRIO_QOPT),
            attrs: None,
        },
        SubVariant {
            value: "pfifo_head_drop",
            header: Some(&TC_FIFO_QOPT),
            attrs: None,
        },
        SubVariant {
            value: "pie",
            header: None,
            attrs: Some(&PIE_ATTRS),
        },
        SubVariant {
            value: "plug",
            header: Some(&TC_PLUG_QOPT),
            attrs: None,
        },
        SubVariant {
            value: "prio",
            header: Some(&TC_PRIO_QOPT),
            attrs: None,
        },
        SubVariant {
            value: "qfq",
            header: None,
            attrs: Some(&QFQ_ATTRS),
        },
        SubVariant {
            value: "red",
            header: None,
            attrs: Some(&RED_ATTRS),
        },
        SubVariant {
            value: "route",
            header: None,
            attrs: Some(&ROUTE_ATTRS),
        },
        SubVariant {
            value: "sfb",
            header: Some(&TC_SFB_QOPT),
            attrs: None,
        },
        SubVariant {
            value: "sfq",
            header: Some(&TC_SFQ_QOPT_V1),
            attrs: None,
        },
        SubVariant {
            value: "taprio",
            header: None,
            attrs: Some(&TAPRIO_ATTRS),
        },
        SubVariant {
            value: "tbf",
            header: None,
            attrs: Some(&TBF_ATTRS),
        },
        SubVariant {
            value: "u32",
            header: None,
            attrs: Some(&U32_ATTRS),
        },
    ],
);

/// The `act-options-msg` sub-message, by selector value.
pub static ACT_OPTIONS_MSG: SubMessage = SubMessage::new(
    "act-options-msg",
    1,
    &[
        SubVariant {
            value: "bpf",
            header: None,
            attrs: Some(&ACT_BPF_ATTRS),
        },
        SubVariant {
            value: "connmark",
            header: None,
            attrs: Some(&ACT_CONNMARK_ATTRS),
        },
        SubVariant {
            value: "csum",
            header: None,
            attrs: Some(&ACT_CSUM_ATTRS),
        },
        SubVariant {
            value: "ct",
            header: None,
            attrs: Some(&ACT_CT_ATTRS),
        },
        SubVariant {
            value: "ctinfo",
            header: None,
            attrs: Some(&ACT_CTINFO_ATTRS),
        },
        SubVariant {
            value: "gact",
            header: None,
            attrs: Some(&ACT_GACT_ATTRS),
        },
        SubVariant {
            value: "gate",
            header: None,
            attrs: Some(&ACT_GATE_ATTRS),
        },
        SubVariant {
            value: "ife",
            header: None,
            attrs: Some(&ACT_IFE_ATTRS),
        },
        SubVariant {
            value: "mirred",
            header: None,
            attrs: Some(&ACT_MIRRED_ATTRS),
        },
        SubVariant {
            value: "mpls",
            header: None,
            attrs: Some(&ACT_MPLS_ATTRS),
        },
        SubVariant {
            value: "nat",
            header: None,
            attrs: Some(&ACT_NAT_ATTRS),
        },
        SubVariant {
            value: "pedit",
            header: None,
            attrs: Some(&ACT_PEDIT_ATTRS),
        },
        SubVariant {
            value: "police",
            header: None,
            attrs: Some(&POLICE_ATTRS),
        },
        SubVariant {
            value: "sample",
            header: None,
            attrs: Some(&ACT_SAMPLE_ATTRS),
        },
        SubVariant {
            value: "simple",
            header: None,
            attrs: Some(&ACT_SIMPLE_ATTRS),
        },
        SubVariant {
            value: "skbedit",
            header: None,
            attrs: Some(&ACT_SKBEDIT_ATTRS),
        },
        SubVariant {
            value: "skbmod",
            header: None,
            attrs: Some(&ACT_SKBMOD_ATTRS),
        },
        SubVariant {
            value: "tunnel_key",
            header: None,
            attrs: Some(&ACT_TUNNEL_KEY_ATTRS),
        },
        SubVariant {
            value: "vlan",
            header: None,
            attrs: Some(&ACT_VLAN_ATTRS),
        },
    ],
);

/// The `tca-stats-app-msg` sub-message, by selector value.
pub static TCA_STATS_APP_MSG: SubMessage = SubMessage::new(
    "tca-stats-app-msg",
    1,
    &[
        SubVariant {
            value: "cake",
            header: None,
            attrs: Some(&CAKE_STATS_ATTRS),
        },
        SubVariant {
            value: "choke",
            header: Some(&TC_CHOKE_XSTATS),
            attrs: None,
        },
        SubVariant {
            value: "codel",
            header: Some(&TC_CODEL_XSTATS),
            attrs: None,
        },
        SubVariant {
            value: "dualpi2",
            header: Some(&TC_DUALPI2_XSTATS),
            attrs: None,
        },
        SubVariant {
            value: "fq",
            header: Some(&TC_FQ_QD_STATS),
            attrs: None,
        },
        SubVariant {
            value: "fq_codel",
            header: Some(&TC_FQ_CODEL_XSTATS),
            attrs: None,
        },
        SubVariant {
            value: "fq_pie",
            header: Some(&TC_FQ_PIE_XSTATS),
            attrs: None,
        },
        SubVariant {
            value: "hhf",
            header: Some(&TC_HHF_XSTATS),
            attrs: None,
        },
        SubVariant {
            value: "pie",
            header: Some(&TC_PIE_XSTATS),
            attrs: None,
        },
        SubVariant {
            value: "red",
            header: Some(&TC_RED_XSTATS),
            attrs: None,
        },
        SubVariant {
            value: "sfb",
            header: Some(&TC_SFB_XSTATS),
            attrs: None,
        },
        SubVariant {
            value: "sfq",
            header: Some(&TC_SFQ_XSTATS),
            attrs: None,
        },
    ],
);
