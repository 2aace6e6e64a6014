//! Descriptor tables of `netdev`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `xdp-act` flags.
pub static XDP_ACT: EnumDesc = EnumDesc::new(
    "xdp-act",
    true,
    &[
        EnumEntry {
            name: "basic",
            c_name: "NETDEV_XDP_ACT_BASIC",
            value: 1,
        },
        EnumEntry {
            name: "redirect",
            c_name: "NETDEV_XDP_ACT_REDIRECT",
            value: 2,
        },
        EnumEntry {
            name: "ndo-xmit",
            c_name: "NETDEV_XDP_ACT_NDO_XMIT",
            value: 4,
        },
        EnumEntry {
            name: "xsk-zerocopy",
            c_name: "NETDEV_XDP_ACT_XSK_ZEROCOPY",
            value: 8,
        },
        EnumEntry {
            name: "hw-offload",
            c_name: "NETDEV_XDP_ACT_HW_OFFLOAD",
            value: 16,
        },
        EnumEntry {
            name: "rx-sg",
            c_name: "NETDEV_XDP_ACT_RX_SG",
            value: 32,
        },
        EnumEntry {
            name: "ndo-xmit-sg",
            c_name: "NETDEV_XDP_ACT_NDO_XMIT_SG",
            value: 64,
        },
    ],
);

/// The `xdp-rx-metadata` flags.
pub static XDP_RX_METADATA: EnumDesc = EnumDesc::new(
    "xdp-rx-metadata",
    true,
    &[
        EnumEntry {
            name: "timestamp",
            c_name: "NETDEV_XDP_RX_METADATA_TIMESTAMP",
            value: 1,
        },
        EnumEntry {
            name: "hash",
            c_name: "NETDEV_XDP_RX_METADATA_HASH",
            value: 2,
        },
        EnumEntry {
            name: "vlan-tag",
            c_name: "NETDEV_XDP_RX_METADATA_VLAN_TAG",
            value: 4,
        },
    ],
);

/// The `xsk-flags` flags.
pub static XSK_FLAGS: EnumDesc = EnumDesc::new(
    "xsk-flags",
    true,
    &[
        EnumEntry {
            name: "tx-timestamp",
            c_name: "NETDEV_XSK_FLAGS_TX_TIMESTAMP",
            value: 1,
        },
        EnumEntry {
            name: "tx-checksum",
            c_name: "NETDEV_XSK_FLAGS_TX_CHECKSUM",
            value: 2,
        },
        EnumEntry {
            name: "tx-launch-time-fifo",
            c_name: "NETDEV_XSK_FLAGS_TX_LAUNCH_TIME_FIFO",
            value: 4,
        },
    ],
);

/// The `queue-type` enum.
pub static QUEUE_TYPE: EnumDesc = EnumDesc::new(
    "queue-type",
    false,
    &[
        EnumEntry {
            name: "rx",
            c_name: "NETDEV_QUEUE_TYPE_RX",
            value: 0,
        },
        EnumEntry {
            name: "tx",
            c_name: "NETDEV_QUEUE_TYPE_TX",
            value: 1,
        },
    ],
);

/// The `qstats-scope` flags.
pub static QSTATS_SCOPE: EnumDesc = EnumDesc::new(
    "qstats-scope",
    true,
    &[EnumEntry {
        name: "queue",
        c_name: "NETDEV_QSTATS_SCOPE_QUEUE",
        value: 1,
    }],
);

/// The `napi-threaded` enum.
pub static NAPI_THREADED: EnumDesc = EnumDesc::new(
    "napi-threaded",
    false,
    &[
        EnumEntry {
            name: "disabled",
            c_name: "NETDEV_NAPI_THREADED_DISABLED",
            value: 0,
        },
        EnumEntry {
            name: "enabled",
            c_name: "NETDEV_NAPI_THREADED_ENABLED",
            value: 1,
        },
        EnumEntry {
            name: "busy-poll",
            c_name: "NETDEV_NAPI_THREADED_BUSY_POLL",
            value: 2,
        },
    ],
);

/// The `dev` attribute set, indexed by type.
pub static DEV: AttrSet = AttrSet::new(
    "dev",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("ifindex", "NETDEV_A_DEV_IFINDEX", 1, AttrType::U32).min(1),
        AttrDesc::new("pad", "NETDEV_A_DEV_PAD", 2, AttrType::Pad),
        AttrDesc::new(
            "xdp-features",
            "NETDEV_A_DEV_XDP_FEATURES",
            3,
            AttrType::U64,
        )
        .enumeration(&XDP_ACT),
        AttrDesc::new(
            "xdp-zc-max-segs",
            "NETDEV_A_DEV_XDP_ZC_MAX_SEGS",
            4,
            AttrType::U32,
        )
        .min(1),
        AttrDesc::new(
            "xdp-rx-metadata-features",
            "NETDEV_A_DEV_XDP_RX_METADATA_FEATURES",
            5,
            AttrType::U64,
        )
        .enumeration(&XDP_RX_METADATA),
        AttrDesc::new(
            "xsk-features",
            "NETDEV_A_DEV_XSK_FEATURES",
            6,
            AttrType::U64,
        )
        .enumeration(&XSK_FLAGS),
    ],
);

/// The `io-uring-provider-info` attribute set, indexed by type.
pub static IO_URING_PROVIDER_INFO: AttrSet = AttrSet::new(
    "io-uring-provider-info",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "rx-buf-len",
            "NETDEV_A_IO_URING_PROVIDER_INFO_RX_BUF_LEN",
            1,
            AttrType::Uint,
        ),
    ],
);

/// The `page-pool` attribute set, indexed by type.
pub static PAGE_POOL: AttrSet = AttrSet::new(
    "page-pool",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("id", "NETDEV_A_PAGE_POOL_ID", 1, AttrType::Uint)
            .min(1)
            .max(4294967295),
        AttrDesc::new("ifindex", "NETDEV_A_PAGE_POOL_IFINDEX", 2, AttrType::U32)
            .min(1)
            .max(2147483647),
        AttrDesc::new("napi-id", "NETDEV_A_PAGE_POOL_NAPI_ID", 3, AttrType::Uint)
            .min(1)
            .max(4294967295),
        AttrDesc::new("inflight", "NETDEV_A_PAGE_POOL_INFLIGHT", 4, AttrType::Uint),
        AttrDesc::new(
            "inflight-mem",
            "NETDEV_A_PAGE_POOL_INFLIGHT_MEM",
            5,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "detach-time",
            "NETDEV_A_PAGE_POOL_DETACH_TIME",
            6,
            AttrType::Uint,
        ),
        AttrDesc::new("dmabuf", "NETDEV_A_PAGE_POOL_DMABUF", 7, AttrType::U32),
        AttrDesc::new("io-uring", "NETDEV_A_PAGE_POOL_IO_URING", 8, AttrType::Nest)
            .nested(&IO_URING_PROVIDER_INFO),
    ],
);

/// The `page-pool-info` attribute set, indexed by type.
pub static PAGE_POOL_INFO: AttrSet = AttrSet::new(
    "page-pool-info",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("id", "NETDEV_A_PAGE_POOL_ID", 1, AttrType::Uint)
            .min(1)
            .max(4294967295),
        AttrDesc::new("ifindex", "NETDEV_A_PAGE_POOL_IFINDEX", 2, AttrType::U32)
            .min(1)
            .max(2147483647),
    ],
);

/// The `page-pool-stats` attribute set, indexed by type.
pub static PAGE_POOL_STATS: AttrSet = AttrSet::new(
    "page-pool-stats",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("info", "NETDEV_A_PAGE_POOL_STATS_INFO", 1, AttrType::Nest)
            .nested(&PAGE_POOL_INFO),
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "alloc-fast",
            "NETDEV_A_PAGE_POOL_STATS_ALLOC_FAST",
            8,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "alloc-slow",
            "NETDEV_A_PAGE_POOL_STATS_ALLOC_SLOW",
            9,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "alloc-slow-high-order",
            "NETDEV_A_PAGE_POOL_STATS_ALLOC_SLOW_HIGH_ORDER",
            10,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "alloc-empty",
            "NETDEV_A_PAGE_POOL_STATS_ALLOC_EMPTY",
            11,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "alloc-refill",
            "NETDEV_A_PAGE_POOL_STATS_ALLOC_REFILL",
            12,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "alloc-waive",
            "NETDEV_A_PAGE_POOL_STATS_ALLOC_WAIVE",
            13,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "recycle-cached",
            "NETDEV_A_PAGE_POOL_STATS_RECYCLE_CACHED",
            14,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "recycle-cache-full",
            "NETDEV_A_PAGE_POOL_STATS_RECYCLE_CACHE_FULL",
            15,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "recycle-ring",
            "NETDEV_A_PAGE_POOL_STATS_RECYCLE_RING",
            16,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "recycle-ring-full",
            "NETDEV_A_PAGE_POOL_STATS_RECYCLE_RING_FULL",
            17,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "recycle-released-refcnt",
            "NETDEV_A_PAGE_POOL_STATS_RECYCLE_RELEASED_REFCNT",
            18,
            AttrType::Uint,
        ),
    ],
);

/// The `napi` attribute set, indexed by type.
pub static NAPI: AttrSet = AttrSet::new(
    "napi",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("ifindex", "NETDEV_A_NAPI_IFINDEX", 1, AttrType::U32).min(1),
        AttrDesc::new("id", "NETDEV_A_NAPI_ID", 2, AttrType::U32),
        AttrDesc::new("irq", "NETDEV_A_NAPI_IRQ", 3, AttrType::U32),
        AttrDesc::new("pid", "NETDEV_A_NAPI_PID", 4, AttrType::U32),
        AttrDesc::new(
            "defer-hard-irqs",
            "NETDEV_A_NAPI_DEFER_HARD_IRQS",
            5,
            AttrType::U32,
        )
        .max(2147483647),
        AttrDesc::new(
            "gro-flush-timeout",
            "NETDEV_A_NAPI_GRO_FLUSH_TIMEOUT",
            6,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "irq-suspend-timeout",
            "NETDEV_A_NAPI_IRQ_SUSPEND_TIMEOUT",
            7,
            AttrType::Uint,
        ),
        AttrDesc::new("threaded", "NETDEV_A_NAPI_THREADED", 8, AttrType::U32)
            .enumeration(&NAPI_THREADED),
    ],
);

/// The `xsk-info` attribute set, indexed by type.
pub static XSK_INFO: AttrSet = AttrSet::new("xsk-info", &[]);

/// The `queue` attribute set, indexed by type.
pub static QUEUE: AttrSet = AttrSet::new(
    "queue",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("id", "NETDEV_A_QUEUE_ID", 1, AttrType::U32),
        AttrDesc::new("ifindex", "NETDEV_A_QUEUE_IFINDEX", 2, AttrType::U32).min(1),
        AttrDesc::new("type", "NETDEV_A_QUEUE_TYPE", 3, AttrType::U32).enumeration(&QUEUE_TYPE),
        AttrDesc::new("napi-id", "NETDEV_A_QUEUE_NAPI_ID", 4, AttrType::U32),
        AttrDesc::new("dmabuf", "NETDEV_A_QUEUE_DMABUF", 5, AttrType::U32),
        AttrDesc::new("io-uring", "NETDEV_A_QUEUE_IO_URING", 6, AttrType::Nest)
            .nested(&IO_URING_PROVIDER_INFO),
        AttrDesc::new("xsk", "NETDEV_A_QUEUE_XSK", 7, AttrType::Nest).nested(&XSK_INFO),
        AttrDesc::new("lease", "NETDEV_A_QUEUE_LEASE", 8, AttrType::Nest).nested(&LEASE),
    ],
);

/// The `qstats` attribute set, indexed by type.
pub static QSTATS: AttrSet = AttrSet::new(
    "qstats",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("ifindex", "NETDEV_A_QSTATS_IFINDEX", 1, AttrType::U32).min(1),
        AttrDesc::new("queue-type", "NETDEV_A_QSTATS_QUEUE_TYPE", 2, AttrType::U32)
            .enumeration(&QUEUE_TYPE),
        AttrDesc::new("queue-id", "NETDEV_A_QSTATS_QUEUE_ID", 3, AttrType::U32),
        AttrDesc::new("scope", "NETDEV_A_QSTATS_SCOPE", 4, AttrType::Uint)
            .enumeration(&QSTATS_SCOPE),
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "rx-packets",
            "NETDEV_A_QSTATS_RX_PACKETS",
            8,
            AttrType::Uint,
        ),
        AttrDesc::new("rx-bytes", "NETDEV_A_QSTATS_RX_BYTES", 9, AttrType::Uint),
        AttrDesc::new(
            "tx-packets",
            "NETDEV_A_QSTATS_TX_PACKETS",
            10,
            AttrType::Uint,
        ),
        AttrDesc::new("tx-bytes", "NETDEV_A_QSTATS_TX_BYTES", 11, AttrType::Uint),
        AttrDesc::new(
            "rx-alloc-fail",
            "NETDEV_A_QSTATS_RX_ALLOC_FAIL",
            12,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "rx-hw-drops",
            "NETDEV_A_QSTATS_RX_HW_DROPS",
            13,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "rx-hw-drop-overruns",
            "NETDEV_A_QSTATS_RX_HW_DROP_OVERRUNS",
            14,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "rx-csum-complete",
            "NETDEV_A_QSTATS_RX_CSUM_COMPLETE",
            15,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "rx-csum-unnecessary",
            "NETDEV_A_QSTATS_RX_CSUM_UNNECESSARY",
            16,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "rx-csum-none",
            "NETDEV_A_QSTATS_RX_CSUM_NONE",
            17,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "rx-csum-bad",
            "NETDEV_A_QSTATS_RX_CSUM_BAD",
            18,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "rx-hw-gro-packets",
            "NETDEV_A_QSTATS_RX_HW_GRO_PACKETS",
            19,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "rx-hw-gro-bytes",
            "NETDEV_A_QSTATS_RX_HW_GRO_BYTES",
            20,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "rx-hw-gro-wire-packets",
            "NETDEV_A_QSTATS_RX_HW_GRO_WIRE_PACKETS",
            21,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "rx-hw-gro-wire-bytes",
            "NETDEV_A_QSTATS_RX_HW_GRO_WIRE_BYTES",
            22,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "rx-hw-drop-ratelimits",
            "NETDEV_A_QSTATS_RX_HW_DROP_RATELIMITS",
            23,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "tx-hw-drops",
            "NETDEV_A_QSTATS_TX_HW_DROPS",
            24,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "tx-hw-drop-errors",
            "NETDEV_A_QSTATS_TX_HW_DROP_ERRORS",
            25,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "tx-csum-none",
            "NETDEV_A_QSTATS_TX_CSUM_NONE",
            26,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "tx-needs-csum",
            "NETDEV_A_QSTATS_TX_NEEDS_CSUM",
            27,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "tx-hw-gso-packets",
            "NETDEV_A_QSTATS_TX_HW_GSO_PACKETS",
            28,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "tx-hw-gso-bytes",
            "NETDEV_A_QSTATS_TX_HW_GSO_BYTES",
            29,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "tx-hw-gso-wire-packets",
            "NETDEV_A_QSTATS_TX_HW_GSO_WIRE_PACKETS",
            30,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "tx-hw-gso-wire-bytes",
            "NETDEV_A_QSTATS_TX_HW_GSO_WIRE_BYTES",
            31,
            AttrType::Uint,
        ),
        AttrDesc::new(
            "tx-hw-drop-ratelimits",
            "NETDEV_A_QSTATS_TX_HW_DROP_RATELIMITS",
            32,
            AttrType::Uint,
        ),
        AttrDesc::new("tx-stop", "NETDEV_A_QSTATS_TX_STOP", 33, AttrType::Uint),
        AttrDesc::new("tx-wake", "NETDEV_A_QSTATS_TX_WAKE", 34, AttrType::Uint),
    ],
);

/// The `queue-id` attribute set, indexed by type.
pub static QUEUE_ID: AttrSet = AttrSet::new(
    "queue-id",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("id", "NETDEV_A_QUEUE_ID", 1, AttrType::U32),
        AttrDesc::UNKNOWN,
        AttrDesc::new("type", "NETDEV_A_QUEUE_TYPE", 3, AttrType::U32).enumeration(&QUEUE_TYPE),
    ],
);

/// The `lease` attribute set, indexed by type.
pub static LEASE: AttrSet = AttrSet::new(
    "lease",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("ifindex", "NETDEV_A_LEASE_IFINDEX", 1, AttrType::U32).min(1),
        AttrDesc::new("queue", "NETDEV_A_LEASE_QUEUE", 2, AttrType::Nest).nested(&QUEUE_ID),
        AttrDesc::new("netns-id", "NETDEV_A_LEASE_NETNS_ID", 3, AttrType::S32).min(0),
    ],
);

/// The `dmabuf` attribute set, indexed by type.
pub static DMABUF: AttrSet = AttrSet::new(
    "dmabuf",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("ifindex", "NETDEV_A_DMABUF_IFINDEX", 1, AttrType::U32).min(1),
        AttrDesc::new("queues", "NETDEV_A_DMABUF_QUEUES", 2, AttrType::Nest)
            .nested(&QUEUE_ID)
            .multi(),
        AttrDesc::new("fd", "NETDEV_A_DMABUF_FD", 3, AttrType::U32),
        AttrDesc::new("id", "NETDEV_A_DMABUF_ID", 4, AttrType::U32).min(1),
        AttrDesc::new(
            "rx-page-size",
            "NETDEV_A_DMABUF_RX_PAGE_SIZE",
            5,
            AttrType::U32,
        )
        .min(0)
        .max(4294967295),
    ],
);
