//! Descriptor tables of `tcp_metrics`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `tcp-metrics` attribute set, indexed by type.
pub static TCP_METRICS: AttrSet = AttrSet::new(
    "tcp-metrics",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("addr-ipv4", "TCP_METRICS_ATTR_ADDR_IPV4", 1, AttrType::U32)
            .display(Display::Ipv4)
            .big_endian(),
        AttrDesc::new(
            "addr-ipv6",
            "TCP_METRICS_ATTR_ADDR_IPV6",
            2,
            AttrType::Binary,
        )
        .display(Display::Ipv6)
        .big_endian()
        .min_len(16),
        AttrDesc::new("age", "TCP_METRICS_ATTR_AGE", 3, AttrType::U64),
        AttrDesc::new("tw-tsval", "TCP_METRICS_ATTR_TW_TSVAL", 4, AttrType::U32),
        AttrDesc::new(
            "tw-ts-stamp",
            "TCP_METRICS_ATTR_TW_TS_STAMP",
            5,
            AttrType::S32,
        ),
        AttrDesc::new("vals", "TCP_METRICS_ATTR_VALS", 6, AttrType::Nest).nested(&METRICS),
        AttrDesc::new("fopen-mss", "TCP_METRICS_ATTR_FOPEN_MSS", 7, AttrType::U16),
        AttrDesc::new(
            "fopen-syn-drops",
            "TCP_METRICS_ATTR_FOPEN_SYN_DROPS",
            8,
            AttrType::U16,
        ),
        AttrDesc::new(
            "fopen-syn-drop-ts",
            "TCP_METRICS_ATTR_FOPEN_SYN_DROP_TS",
            9,
            AttrType::U64,
        ),
        AttrDesc::new(
            "fopen-cookie",
            "TCP_METRICS_ATTR_FOPEN_COOKIE",
            10,
            AttrType::Binary,
        )
        .min_len(16),
        AttrDesc::new(
            "saddr-ipv4",
            "TCP_METRICS_ATTR_SADDR_IPV4",
            11,
            AttrType::U32,
        )
        .display(Display::Ipv4)
        .big_endian(),
        AttrDesc::new(
            "saddr-ipv6",
            "TCP_METRICS_ATTR_SADDR_IPV6",
            12,
            AttrType::Binary,
        )
        .display(Display::Ipv6)
        .big_endian()
        .min_len(16),
        AttrDesc::new("pad", "TCP_METRICS_ATTR_PAD", 13, AttrType::Pad),
    ],
);

/// The `metrics` attribute set, indexed by type.
pub static METRICS: AttrSet = AttrSet::new(
    "metrics",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("rtt", "TCP_METRICS_A_METRICS_RTT", 1, AttrType::U32),
        AttrDesc::new("rttvar", "TCP_METRICS_A_METRICS_RTTVAR", 2, AttrType::U32),
        AttrDesc::new(
            "ssthresh",
            "TCP_METRICS_A_METRICS_SSTHRESH",
            3,
            AttrType::U32,
        ),
        AttrDesc::new("cwnd", "TCP_METRICS_A_METRICS_CWND", 4, AttrType::U32),
        AttrDesc::new(
            "reodering",
            "TCP_METRICS_A_METRICS_REODERING",
            5,
            AttrType::U32,
        ),
        AttrDesc::new("rtt-us", "TCP_METRICS_A_METRICS_RTT_US", 6, AttrType::U32),
        AttrDesc::new(
            "rttvar-us",
            "TCP_METRICS_A_METRICS_RTTVAR_US",
            7,
            AttrType::U32,
        ),
    ],
);
