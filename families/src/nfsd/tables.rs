//! Descriptor tables of `nfsd`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `cache-type` flags.
pub static CACHE_TYPE: EnumDesc = EnumDesc::new(
    "cache-type",
    true,
    &[
        EnumEntry {
            name: "svc_export",
            c_name: "NFSD_CACHE_TYPE_SVC_EXPORT",
            value: 1,
        },
        EnumEntry {
            name: "expkey",
            c_name: "NFSD_CACHE_TYPE_EXPKEY",
            value: 2,
        },
    ],
);

/// The `export-flags` flags.
pub static EXPORT_FLAGS: EnumDesc = EnumDesc::new(
    "export-flags",
    true,
    &[
        EnumEntry {
            name: "readonly",
            c_name: "NFSD_EXPORT_FLAGS_READONLY",
            value: 1,
        },
        EnumEntry {
            name: "insecure-port",
            c_name: "NFSD_EXPORT_FLAGS_INSECURE_PORT",
            value: 2,
        },
        EnumEntry {
            name: "rootsquash",
            c_name: "NFSD_EXPORT_FLAGS_ROOTSQUASH",
            value: 4,
        },
        EnumEntry {
            name: "allsquash",
            c_name: "NFSD_EXPORT_FLAGS_ALLSQUASH",
            value: 8,
        },
        EnumEntry {
            name: "async",
            c_name: "NFSD_EXPORT_FLAGS_ASYNC",
            value: 16,
        },
        EnumEntry {
            name: "gathered-writes",
            c_name: "NFSD_EXPORT_FLAGS_GATHERED_WRITES",
            value: 32,
        },
        EnumEntry {
            name: "noreaddirplus",
            c_name: "NFSD_EXPORT_FLAGS_NOREADDIRPLUS",
            value: 64,
        },
        EnumEntry {
            name: "security-label",
            c_name: "NFSD_EXPORT_FLAGS_SECURITY_LABEL",
            value: 128,
        },
        EnumEntry {
            name: "sign-fh",
            c_name: "NFSD_EXPORT_FLAGS_SIGN_FH",
            value: 256,
        },
        EnumEntry {
            name: "nohide",
            c_name: "NFSD_EXPORT_FLAGS_NOHIDE",
            value: 512,
        },
        EnumEntry {
            name: "nosubtreecheck",
            c_name: "NFSD_EXPORT_FLAGS_NOSUBTREECHECK",
            value: 1024,
        },
        EnumEntry {
            name: "noauthnlm",
            c_name: "NFSD_EXPORT_FLAGS_NOAUTHNLM",
            value: 2048,
        },
        EnumEntry {
            name: "msnfs",
            c_name: "NFSD_EXPORT_FLAGS_MSNFS",
            value: 4096,
        },
        EnumEntry {
            name: "fsid",
            c_name: "NFSD_EXPORT_FLAGS_FSID",
            value: 8192,
        },
        EnumEntry {
            name: "crossmount",
            c_name: "NFSD_EXPORT_FLAGS_CROSSMOUNT",
            value: 16384,
        },
        EnumEntry {
            name: "noacl",
            c_name: "NFSD_EXPORT_FLAGS_NOACL",
            value: 32768,
        },
        EnumEntry {
            name: "v4root",
            c_name: "NFSD_EXPORT_FLAGS_V4ROOT",
            value: 65536,
        },
        EnumEntry {
            name: "pnfs",
            c_name: "NFSD_EXPORT_FLAGS_PNFS",
            value: 131072,
        },
    ],
);

/// The `xprtsec-mode` flags.
pub static XPRTSEC_MODE: EnumDesc = EnumDesc::new(
    "xprtsec-mode",
    true,
    &[
        EnumEntry {
            name: "none",
            c_name: "NFSD_XPRTSEC_MODE_NONE",
            value: 1,
        },
        EnumEntry {
            name: "tls",
            c_name: "NFSD_XPRTSEC_MODE_TLS",
            value: 2,
        },
        EnumEntry {
            name: "mtls",
            c_name: "NFSD_XPRTSEC_MODE_MTLS",
            value: 4,
        },
    ],
);

/// The `cache-notify` attribute set, indexed by type.
pub static CACHE_NOTIFY: AttrSet = AttrSet::new(
    "cache-notify",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "cache-type",
            "NFSD_A_CACHE_NOTIFY_CACHE_TYPE",
            1,
            AttrType::U32,
        )
        .enumeration(&CACHE_TYPE),
    ],
);

/// The `rpc-status` attribute set, indexed by type.
pub static RPC_STATUS: AttrSet = AttrSet::new(
    "rpc-status",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("xid", "NFSD_A_RPC_STATUS_XID", 1, AttrType::U32).big_endian(),
        AttrDesc::new("flags", "NFSD_A_RPC_STATUS_FLAGS", 2, AttrType::U32),
        AttrDesc::new("prog", "NFSD_A_RPC_STATUS_PROG", 3, AttrType::U32),
        AttrDesc::new("version", "NFSD_A_RPC_STATUS_VERSION", 4, AttrType::U8),
        AttrDesc::new("proc", "NFSD_A_RPC_STATUS_PROC", 5, AttrType::U32),
        AttrDesc::new(
            "service-time",
            "NFSD_A_RPC_STATUS_SERVICE_TIME",
            6,
            AttrType::S64,
        ),
        AttrDesc::new("pad", "NFSD_A_RPC_STATUS_PAD", 7, AttrType::Pad),
        AttrDesc::new("saddr4", "NFSD_A_RPC_STATUS_SADDR4", 8, AttrType::U32)
            .display(Display::Ipv4)
            .big_endian(),
        AttrDesc::new("daddr4", "NFSD_A_RPC_STATUS_DADDR4", 9, AttrType::U32)
            .display(Display::Ipv4)
            .big_endian(),
        AttrDesc::new("saddr6", "NFSD_A_RPC_STATUS_SADDR6", 10, AttrType::Binary)
            .display(Display::Ipv6),
        AttrDesc::new("daddr6", "NFSD_A_RPC_STATUS_DADDR6", 11, AttrType::Binary)
            .display(Display::Ipv6),
        AttrDesc::new("sport", "NFSD_A_RPC_STATUS_SPORT", 12, AttrType::U16).big_endian(),
        AttrDesc::new("dport", "NFSD_A_RPC_STATUS_DPORT", 13, AttrType::U16).big_endian(),
        AttrDesc::new(
            "compound-ops",
            "NFSD_A_RPC_STATUS_COMPOUND_OPS",
            14,
            AttrType::U32,
        )
        .multi(),
    ],
);

/// The `server` attribute set, indexed by type.
pub static SERVER: AttrSet = AttrSet::new(
    "server",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("threads", "NFSD_A_SERVER_THREADS", 1, AttrType::U32).multi(),
        AttrDesc::new("gracetime", "NFSD_A_SERVER_GRACETIME", 2, AttrType::U32),
        AttrDesc::new("leasetime", "NFSD_A_SERVER_LEASETIME", 3, AttrType::U32),
        AttrDesc::new("scope", "NFSD_A_SERVER_SCOPE", 4, AttrType::String),
        AttrDesc::new("min-threads", "NFSD_A_SERVER_MIN_THREADS", 5, AttrType::U32),
        AttrDesc::new("fh-key", "NFSD_A_SERVER_FH_KEY", 6, AttrType::Binary).exact_len(16),
    ],
);

/// The `version` attribute set, indexed by type.
pub static VERSION: AttrSet = AttrSet::new(
    "version",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("major", "NFSD_A_VERSION_MAJOR", 1, AttrType::U32),
        AttrDesc::new("minor", "NFSD_A_VERSION_MINOR", 2, AttrType::U32),
        AttrDesc::new("enabled", "NFSD_A_VERSION_ENABLED", 3, AttrType::Flag),
    ],
);

/// The `server-proto` attribute set, indexed by type.
pub static SERVER_PROTO: AttrSet = AttrSet::new(
    "server-proto",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("version", "NFSD_A_SERVER_PROTO_VERSION", 1, AttrType::Nest)
            .nested(&VERSION)
            .multi(),
    ],
);

/// The `sock` attribute set, indexed by type.
pub static SOCK: AttrSet = AttrSet::new(
    "sock",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("addr", "NFSD_A_SOCK_ADDR", 1, AttrType::Binary),
        AttrDesc::new(
            "transport-name",
            "NFSD_A_SOCK_TRANSPORT_NAME",
            2,
            AttrType::String,
        ),
    ],
);

/// The `server-sock` attribute set, indexed by type.
pub static SERVER_SOCK: AttrSet = AttrSet::new(
    "server-sock",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("addr", "NFSD_A_SERVER_SOCK_ADDR", 1, AttrType::Nest)
            .nested(&SOCK)
            .multi(),
    ],
);

/// The `pool-mode` attribute set, indexed by type.
pub static POOL_MODE: AttrSet = AttrSet::new(
    "pool-mode",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("mode", "NFSD_A_POOL_MODE_MODE", 1, AttrType::String),
        AttrDesc::new("npools", "NFSD_A_POOL_MODE_NPOOLS", 2, AttrType::U32),
    ],
);

/// The `fslocation` attribute set, indexed by type.
pub static FSLOCATION: AttrSet = AttrSet::new(
    "fslocation",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("host", "NFSD_A_FSLOCATION_HOST", 1, AttrType::String),
        AttrDesc::new("path", "NFSD_A_FSLOCATION_PATH", 2, AttrType::String),
    ],
);

/// The `fslocations` attribute set, indexed by type.
pub static FSLOCATIONS: AttrSet = AttrSet::new(
    "fslocations",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("location", "NFSD_A_FSLOCATIONS_LOCATION", 1, AttrType::Nest)
            .nested(&FSLOCATION)
            .multi(),
    ],
);

/// The `auth-flavor` attribute set, indexed by type.
pub static AUTH_FLAVOR: AttrSet = AttrSet::new(
    "auth-flavor",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "pseudoflavor",
            "NFSD_A_AUTH_FLAVOR_PSEUDOFLAVOR",
            1,
            AttrType::U32,
        ),
        AttrDesc::new("flags", "NFSD_A_AUTH_FLAVOR_FLAGS", 2, AttrType::U32)
            .enumeration(&EXPORT_FLAGS),
    ],
);

/// The `svc-export` attribute set, indexed by type.
pub static SVC_EXPORT: AttrSet = AttrSet::new(
    "svc-export",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("seqno", "NFSD_A_SVC_EXPORT_SEQNO", 1, AttrType::U64),
        AttrDesc::new("client", "NFSD_A_SVC_EXPORT_CLIENT", 2, AttrType::String),
        AttrDesc::new("path", "NFSD_A_SVC_EXPORT_PATH", 3, AttrType::String),
        AttrDesc::new("negative", "NFSD_A_SVC_EXPORT_NEGATIVE", 4, AttrType::Flag),
        AttrDesc::new("expiry", "NFSD_A_SVC_EXPORT_EXPIRY", 5, AttrType::U64),
        AttrDesc::new("anon-uid", "NFSD_A_SVC_EXPORT_ANON_UID", 6, AttrType::U32),
        AttrDesc::new("anon-gid", "NFSD_A_SVC_EXPORT_ANON_GID", 7, AttrType::U32),
        AttrDesc::new(
            "fslocations",
            "NFSD_A_SVC_EXPORT_FSLOCATIONS",
            8,
            AttrType::Nest,
        )
        .nested(&FSLOCATIONS),
        AttrDesc::new("uuid", "NFSD_A_SVC_EXPORT_UUID", 9, AttrType::Binary),
        AttrDesc::new("secinfo", "NFSD_A_SVC_EXPORT_SECINFO", 10, AttrType::Nest)
            .nested(&AUTH_FLAVOR)
            .multi(),
        AttrDesc::new("xprtsec", "NFSD_A_SVC_EXPORT_XPRTSEC", 11, AttrType::U32)
            .enumeration(&XPRTSEC_MODE)
            .multi(),
        AttrDesc::new("flags", "NFSD_A_SVC_EXPORT_FLAGS", 12, AttrType::U32)
            .enumeration(&EXPORT_FLAGS),
        AttrDesc::new("fsid", "NFSD_A_SVC_EXPORT_FSID", 13, AttrType::S32),
    ],
);

/// The `svc-export-reqs` attribute set, indexed by type.
pub static SVC_EXPORT_REQS: AttrSet = AttrSet::new(
    "svc-export-reqs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "requests",
            "NFSD_A_SVC_EXPORT_REQS_REQUESTS",
            1,
            AttrType::Nest,
        )
        .nested(&SVC_EXPORT)
        .multi(),
    ],
);

/// The `expkey` attribute set, indexed by type.
pub static EXPKEY: AttrSet = AttrSet::new(
    "expkey",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("seqno", "NFSD_A_EXPKEY_SEQNO", 1, AttrType::U64),
        AttrDesc::new("client", "NFSD_A_EXPKEY_CLIENT", 2, AttrType::String),
        AttrDesc::new("fsidtype", "NFSD_A_EXPKEY_FSIDTYPE", 3, AttrType::U8),
        AttrDesc::new("fsid", "NFSD_A_EXPKEY_FSID", 4, AttrType::Binary),
        AttrDesc::new("negative", "NFSD_A_EXPKEY_NEGATIVE", 5, AttrType::Flag),
        AttrDesc::new("expiry", "NFSD_A_EXPKEY_EXPIRY", 6, AttrType::U64),
        AttrDesc::new("path", "NFSD_A_EXPKEY_PATH", 7, AttrType::String),
    ],
);

/// The `expkey-reqs` attribute set, indexed by type.
pub static EXPKEY_REQS: AttrSet = AttrSet::new(
    "expkey-reqs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("requests", "NFSD_A_EXPKEY_REQS_REQUESTS", 1, AttrType::Nest)
            .nested(&EXPKEY)
            .multi(),
    ],
);

/// The `cache-flush` attribute set, indexed by type.
pub static CACHE_FLUSH: AttrSet = AttrSet::new(
    "cache-flush",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("mask", "NFSD_A_CACHE_FLUSH_MASK", 1, AttrType::U32).enumeration(&CACHE_TYPE),
    ],
);

/// The `unlock-ip` attribute set, indexed by type.
pub static UNLOCK_IP: AttrSet = AttrSet::new(
    "unlock-ip",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("address", "NFSD_A_UNLOCK_IP_ADDRESS", 1, AttrType::Binary).min_len(16),
    ],
);

/// The `unlock-filesystem` attribute set, indexed by type.
pub static UNLOCK_FILESYSTEM: AttrSet = AttrSet::new(
    "unlock-filesystem",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("path", "NFSD_A_UNLOCK_FILESYSTEM_PATH", 1, AttrType::String),
    ],
);

/// The `unlock-export` attribute set, indexed by type.
pub static UNLOCK_EXPORT: AttrSet = AttrSet::new(
    "unlock-export",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("path", "NFSD_A_UNLOCK_EXPORT_PATH", 1, AttrType::String),
    ],
);

/// The `server-proc-entry` attribute set, indexed by type.
pub static SERVER_PROC_ENTRY: AttrSet = AttrSet::new(
    "server-proc-entry",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("op", "NFSD_A_SERVER_PROC_ENTRY_OP", 1, AttrType::U32),
        AttrDesc::new("count", "NFSD_A_SERVER_PROC_ENTRY_COUNT", 2, AttrType::U64),
        AttrDesc::new("pad", "NFSD_A_SERVER_PROC_ENTRY_PAD", 3, AttrType::Pad),
    ],
);

/// The `server-stats` attribute set, indexed by type.
pub static SERVER_STATS: AttrSet = AttrSet::new(
    "server-stats",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("rc-hits", "NFSD_A_SERVER_STATS_RC_HITS", 1, AttrType::U64),
        AttrDesc::new(
            "rc-misses",
            "NFSD_A_SERVER_STATS_RC_MISSES",
            2,
            AttrType::U64,
        ),
        AttrDesc::new(
            "rc-nocache",
            "NFSD_A_SERVER_STATS_RC_NOCACHE",
            3,
            AttrType::U64,
        ),
        AttrDesc::new("pad", "NFSD_A_SERVER_STATS_PAD", 4, AttrType::Pad),
        AttrDesc::new("fh-stale", "NFSD_A_SERVER_STATS_FH_STALE", 5, AttrType::U64),
        AttrDesc::new("io-read", "NFSD_A_SERVER_STATS_IO_READ", 6, AttrType::U64),
        AttrDesc::new("io-write", "NFSD_A_SERVER_STATS_IO_WRITE", 7, AttrType::U64),
        AttrDesc::new("netcnt", "NFSD_A_SERVER_STATS_NETCNT", 8, AttrType::U32),
        AttrDesc::new(
            "netudpcnt",
            "NFSD_A_SERVER_STATS_NETUDPCNT",
            9,
            AttrType::U32,
        ),
        AttrDesc::new(
            "nettcpcnt",
            "NFSD_A_SERVER_STATS_NETTCPCNT",
            10,
            AttrType::U32,
        ),
        AttrDesc::new(
            "nettcpconn",
            "NFSD_A_SERVER_STATS_NETTCPCONN",
            11,
            AttrType::U32,
        ),
        AttrDesc::new("rpccnt", "NFSD_A_SERVER_STATS_RPCCNT", 12, AttrType::U32),
        AttrDesc::new(
            "rpcbadfmt",
            "NFSD_A_SERVER_STATS_RPCBADFMT",
            13,
            AttrType::U32,
        ),
        AttrDesc::new(
            "rpcbadauth",
            "NFSD_A_SERVER_STATS_RPCBADAUTH",
            14,
            AttrType::U32,
        ),
        AttrDesc::new(
            "rpcbadclnt",
            "NFSD_A_SERVER_STATS_RPCBADCLNT",
            15,
            AttrType::U32,
        ),
        AttrDesc::new(
            "proc2-ops",
            "NFSD_A_SERVER_STATS_PROC2_OPS",
            16,
            AttrType::Nest,
        )
        .nested(&SERVER_PROC_ENTRY)
        .multi(),
        AttrDesc::new(
            "proc3-ops",
            "NFSD_A_SERVER_STATS_PROC3_OPS",
            17,
            AttrType::Nest,
        )
        .nested(&SERVER_PROC_ENTRY)
        .multi(),
        AttrDesc::new(
            "proc4-ops",
            "NFSD_A_SERVER_STATS_PROC4_OPS",
            18,
            AttrType::Nest,
        )
        .nested(&SERVER_PROC_ENTRY)
        .multi(),
        AttrDesc::new(
            "proc4ops-ops",
            "NFSD_A_SERVER_STATS_PROC4OPS_OPS",
            19,
            AttrType::Nest,
        )
        .nested(&SERVER_PROC_ENTRY)
        .multi(),
        AttrDesc::new(
            "proc4cb-ops",
            "NFSD_A_SERVER_STATS_PROC4CB_OPS",
            20,
            AttrType::Nest,
        )
        .nested(&SERVER_PROC_ENTRY)
        .multi(),
    ],
);
