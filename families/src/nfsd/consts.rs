//! The numbers of `nfsd` by their kernel C names: attribute types, enum values and flag
//! bits, commands, multicast groups and constants.

/// The generic netlink family name, resolved to an id by nlctrl at run time.
pub const FAMILY_NAME: &str = "nfsd";
/// The family version for `genlmsghdr.version`.
pub const FAMILY_VERSION: u8 = 1;

// Commands

/// dump pending nfsd rpc
pub const NFSD_CMD_RPC_STATUS_GET: u8 = 1;
/// set the maximum number of running threads
pub const NFSD_CMD_THREADS_SET: u8 = 2;
/// get the maximum number of running threads
pub const NFSD_CMD_THREADS_GET: u8 = 3;
/// set nfs enabled versions
pub const NFSD_CMD_VERSION_SET: u8 = 4;
/// get nfs enabled versions
pub const NFSD_CMD_VERSION_GET: u8 = 5;
/// set nfs running sockets
pub const NFSD_CMD_LISTENER_SET: u8 = 6;
/// get nfs running listeners
pub const NFSD_CMD_LISTENER_GET: u8 = 7;
/// set the current server pool-mode
pub const NFSD_CMD_POOL_MODE_SET: u8 = 8;
/// get info about server pool-mode
pub const NFSD_CMD_POOL_MODE_GET: u8 = 9;
/// Notification that there are cache requests that need servicing
pub const NFSD_CMD_CACHE_NOTIFY: u8 = 10;
/// Dump all pending svc_export requests
pub const NFSD_CMD_SVC_EXPORT_GET_REQS: u8 = 11;
/// Respond to one or more svc_export requests
pub const NFSD_CMD_SVC_EXPORT_SET_REQS: u8 = 12;
/// Dump all pending expkey requests
pub const NFSD_CMD_EXPKEY_GET_REQS: u8 = 13;
/// Respond to one or more expkey requests
pub const NFSD_CMD_EXPKEY_SET_REQS: u8 = 14;
/// Flush nfsd caches (svc_export and/or expkey)
pub const NFSD_CMD_CACHE_FLUSH: u8 = 15;
/// release NLM locks held by an IP address
pub const NFSD_CMD_UNLOCK_IP: u8 = 16;
/// revoke NFS state under a filesystem path
pub const NFSD_CMD_UNLOCK_FILESYSTEM: u8 = 17;
/// Revoke NFSv4 state acquired through exports of a given path. Unlike unlock-filesystem, which operates at superblock granularity, this command targets only state associated with a specific export path. Userspace (exportfs -u) sends this after removing the last client for a path so the underlying filesystem can be unmounted.
pub const NFSD_CMD_UNLOCK_EXPORT: u8 = 18;
/// dump NFS server statistics
pub const NFSD_CMD_SERVER_STATS_GET: u8 = 19;

// Multicast groups

/// The `none` multicast group's name (its id comes from nlctrl).
pub const NFSD_MCGRP_NONE_NAME: &str = "none";
/// The `exportd` multicast group's name (its id comes from nlctrl).
pub const NFSD_MCGRP_EXPORTD_NAME: &str = "exportd";

// Attribute set `cache-notify`

/// `cache-type` (u32) of `cache-notify`.
pub const NFSD_A_CACHE_NOTIFY_CACHE_TYPE: u16 = 1;

// Attribute set `rpc-status`

/// `xid` (u32) of `rpc-status`.
pub const NFSD_A_RPC_STATUS_XID: u16 = 1;
/// `flags` (u32) of `rpc-status`.
pub const NFSD_A_RPC_STATUS_FLAGS: u16 = 2;
/// `prog` (u32) of `rpc-status`.
pub const NFSD_A_RPC_STATUS_PROG: u16 = 3;
/// `version` (u8) of `rpc-status`.
pub const NFSD_A_RPC_STATUS_VERSION: u16 = 4;
/// `proc` (u32) of `rpc-status`.
pub const NFSD_A_RPC_STATUS_PROC: u16 = 5;
/// `service-time` (s64) of `rpc-status`.
pub const NFSD_A_RPC_STATUS_SERVICE_TIME: u16 = 6;
/// `pad` (pad) of `rpc-status`.
pub const NFSD_A_RPC_STATUS_PAD: u16 = 7;
/// `saddr4` (u32) of `rpc-status`.
pub const NFSD_A_RPC_STATUS_SADDR4: u16 = 8;
/// `daddr4` (u32) of `rpc-status`.
pub const NFSD_A_RPC_STATUS_DADDR4: u16 = 9;
/// `saddr6` (binary) of `rpc-status`.
pub const NFSD_A_RPC_STATUS_SADDR6: u16 = 10;
/// `daddr6` (binary) of `rpc-status`.
pub const NFSD_A_RPC_STATUS_DADDR6: u16 = 11;
/// `sport` (u16) of `rpc-status`.
pub const NFSD_A_RPC_STATUS_SPORT: u16 = 12;
/// `dport` (u16) of `rpc-status`.
pub const NFSD_A_RPC_STATUS_DPORT: u16 = 13;
/// `compound-ops` (u32) of `rpc-status`.
pub const NFSD_A_RPC_STATUS_COMPOUND_OPS: u16 = 14;

// Attribute set `server`

/// `threads` (u32) of `server`.
pub const NFSD_A_SERVER_THREADS: u16 = 1;
/// `gracetime` (u32) of `server`.
pub const NFSD_A_SERVER_GRACETIME: u16 = 2;
/// `leasetime` (u32) of `server`.
pub const NFSD_A_SERVER_LEASETIME: u16 = 3;
/// `scope` (string) of `server`.
pub const NFSD_A_SERVER_SCOPE: u16 = 4;
/// `min-threads` (u32) of `server`.
pub const NFSD_A_SERVER_MIN_THREADS: u16 = 5;
/// `fh-key` (binary) of `server`.
pub const NFSD_A_SERVER_FH_KEY: u16 = 6;

// Attribute set `version`

/// `major` (u32) of `version`.
pub const NFSD_A_VERSION_MAJOR: u16 = 1;
/// `minor` (u32) of `version`.
pub const NFSD_A_VERSION_MINOR: u16 = 2;
/// `enabled` (flag) of `version`.
pub const NFSD_A_VERSION_ENABLED: u16 = 3;

// Attribute set `server-proto`

/// `version` (nest) of `server-proto`.
pub const NFSD_A_SERVER_PROTO_VERSION: u16 = 1;

// Attribute set `sock`

/// `addr` (binary) of `sock`.
pub const NFSD_A_SOCK_ADDR: u16 = 1;
/// `transport-name` (string) of `sock`.
pub const NFSD_A_SOCK_TRANSPORT_NAME: u16 = 2;

// Attribute set `server-sock`

/// `addr` (nest) of `server-sock`.
pub const NFSD_A_SERVER_SOCK_ADDR: u16 = 1;

// Attribute set `pool-mode`

/// `mode` (string) of `pool-mode`.
pub const NFSD_A_POOL_MODE_MODE: u16 = 1;
/// `npools` (u32) of `pool-mode`.
pub const NFSD_A_POOL_MODE_NPOOLS: u16 = 2;

// Attribute set `fslocation`

/// `host` (string) of `fslocation`.
pub const NFSD_A_FSLOCATION_HOST: u16 = 1;
/// `path` (string) of `fslocation`.
pub const NFSD_A_FSLOCATION_PATH: u16 = 2;

// Attribute set `fslocations`

/// `location` (nest) of `fslocations`.
pub const NFSD_A_FSLOCATIONS_LOCATION: u16 = 1;

// Attribute set `auth-flavor`

/// `pseudoflavor` (u32) of `auth-flavor`.
pub const NFSD_A_AUTH_FLAVOR_PSEUDOFLAVOR: u16 = 1;
/// `flags` (u32) of `auth-flavor`.
pub const NFSD_A_AUTH_FLAVOR_FLAGS: u16 = 2;

// Attribute set `svc-export`

/// `seqno` (u64) of `svc-export`.
pub const NFSD_A_SVC_EXPORT_SEQNO: u16 = 1;
/// `client` (string) of `svc-export`.
pub const NFSD_A_SVC_EXPORT_CLIENT: u16 = 2;
/// `path` (string) of `svc-export`.
pub const NFSD_A_SVC_EXPORT_PATH: u16 = 3;
/// `negative` (flag) of `svc-export`.
pub const NFSD_A_SVC_EXPORT_NEGATIVE: u16 = 4;
/// `expiry` (u64) of `svc-export`.
pub const NFSD_A_SVC_EXPORT_EXPIRY: u16 = 5;
/// `anon-uid` (u32) of `svc-export`.
pub const NFSD_A_SVC_EXPORT_ANON_UID: u16 = 6;
/// `anon-gid` (u32) of `svc-export`.
pub const NFSD_A_SVC_EXPORT_ANON_GID: u16 = 7;
/// `fslocations` (nest) of `svc-export`.
pub const NFSD_A_SVC_EXPORT_FSLOCATIONS: u16 = 8;
/// `uuid` (binary) of `svc-export`.
pub const NFSD_A_SVC_EXPORT_UUID: u16 = 9;
/// `secinfo` (nest) of `svc-export`.
pub const NFSD_A_SVC_EXPORT_SECINFO: u16 = 10;
/// `xprtsec` (u32) of `svc-export`.
pub const NFSD_A_SVC_EXPORT_XPRTSEC: u16 = 11;
/// `flags` (u32) of `svc-export`.
pub const NFSD_A_SVC_EXPORT_FLAGS: u16 = 12;
/// `fsid` (s32) of `svc-export`.
pub const NFSD_A_SVC_EXPORT_FSID: u16 = 13;

// Attribute set `svc-export-reqs`

/// `requests` (nest) of `svc-export-reqs`.
pub const NFSD_A_SVC_EXPORT_REQS_REQUESTS: u16 = 1;

// Attribute set `expkey`

/// `seqno` (u64) of `expkey`.
pub const NFSD_A_EXPKEY_SEQNO: u16 = 1;
/// `client` (string) of `expkey`.
pub const NFSD_A_EXPKEY_CLIENT: u16 = 2;
/// `fsidtype` (u8) of `expkey`.
pub const NFSD_A_EXPKEY_FSIDTYPE: u16 = 3;
/// `fsid` (binary) of `expkey`.
pub const NFSD_A_EXPKEY_FSID: u16 = 4;
/// `negative` (flag) of `expkey`.
pub const NFSD_A_EXPKEY_NEGATIVE: u16 = 5;
/// `expiry` (u64) of `expkey`.
pub const NFSD_A_EXPKEY_EXPIRY: u16 = 6;
/// `path` (string) of `expkey`.
pub const NFSD_A_EXPKEY_PATH: u16 = 7;

// Attribute set `expkey-reqs`

/// `requests` (nest) of `expkey-reqs`.
pub const NFSD_A_EXPKEY_REQS_REQUESTS: u16 = 1;

// Attribute set `cache-flush`

/// `mask` (u32) of `cache-flush`.
pub const NFSD_A_CACHE_FLUSH_MASK: u16 = 1;

// Attribute set `unlock-ip`

/// struct sockaddr_in or struct sockaddr_in6.
pub const NFSD_A_UNLOCK_IP_ADDRESS: u16 = 1;

// Attribute set `unlock-filesystem`

/// Filesystem path whose state should be released.
pub const NFSD_A_UNLOCK_FILESYSTEM_PATH: u16 = 1;

// Attribute set `unlock-export`

/// Export path whose NFSv4 state should be revoked. All state (opens, locks, delegations, layouts) acquired through any export of this path is revoked, regardless of which client holds the state. Intended for use after all clients have been unexported from a given path, enabling the underlying filesystem to be unmounted.
pub const NFSD_A_UNLOCK_EXPORT_PATH: u16 = 1;

// Attribute set `server-proc-entry`

/// `op` (u32) of `server-proc-entry`.
pub const NFSD_A_SERVER_PROC_ENTRY_OP: u16 = 1;
/// `count` (u64) of `server-proc-entry`.
pub const NFSD_A_SERVER_PROC_ENTRY_COUNT: u16 = 2;
/// `pad` (pad) of `server-proc-entry`.
pub const NFSD_A_SERVER_PROC_ENTRY_PAD: u16 = 3;

// Attribute set `server-stats`

/// `rc-hits` (u64) of `server-stats`.
pub const NFSD_A_SERVER_STATS_RC_HITS: u16 = 1;
/// `rc-misses` (u64) of `server-stats`.
pub const NFSD_A_SERVER_STATS_RC_MISSES: u16 = 2;
/// `rc-nocache` (u64) of `server-stats`.
pub const NFSD_A_SERVER_STATS_RC_NOCACHE: u16 = 3;
/// `pad` (pad) of `server-stats`.
pub const NFSD_A_SERVER_STATS_PAD: u16 = 4;
/// `fh-stale` (u64) of `server-stats`.
pub const NFSD_A_SERVER_STATS_FH_STALE: u16 = 5;
/// `io-read` (u64) of `server-stats`.
pub const NFSD_A_SERVER_STATS_IO_READ: u16 = 6;
/// `io-write` (u64) of `server-stats`.
pub const NFSD_A_SERVER_STATS_IO_WRITE: u16 = 7;
/// `netcnt` (u32) of `server-stats`.
pub const NFSD_A_SERVER_STATS_NETCNT: u16 = 8;
/// `netudpcnt` (u32) of `server-stats`.
pub const NFSD_A_SERVER_STATS_NETUDPCNT: u16 = 9;
/// `nettcpcnt` (u32) of `server-stats`.
pub const NFSD_A_SERVER_STATS_NETTCPCNT: u16 = 10;
/// `nettcpconn` (u32) of `server-stats`.
pub const NFSD_A_SERVER_STATS_NETTCPCONN: u16 = 11;
/// `rpccnt` (u32) of `server-stats`.
pub const NFSD_A_SERVER_STATS_RPCCNT: u16 = 12;
/// `rpcbadfmt` (u32) of `server-stats`.
pub const NFSD_A_SERVER_STATS_RPCBADFMT: u16 = 13;
/// `rpcbadauth` (u32) of `server-stats`.
pub const NFSD_A_SERVER_STATS_RPCBADAUTH: u16 = 14;
/// `rpcbadclnt` (u32) of `server-stats`.
pub const NFSD_A_SERVER_STATS_RPCBADCLNT: u16 = 15;
/// `proc2-ops` (nest) of `server-stats`.
pub const NFSD_A_SERVER_STATS_PROC2_OPS: u16 = 16;
/// `proc3-ops` (nest) of `server-stats`.
pub const NFSD_A_SERVER_STATS_PROC3_OPS: u16 = 17;
/// `proc4-ops` (nest) of `server-stats`.
pub const NFSD_A_SERVER_STATS_PROC4_OPS: u16 = 18;
/// `proc4ops-ops` (nest) of `server-stats`.
pub const NFSD_A_SERVER_STATS_PROC4OPS_OPS: u16 = 19;
/// `proc4cb-ops` (nest) of `server-stats`.
pub const NFSD_A_SERVER_STATS_PROC4CB_OPS: u16 = 20;

// Flags `cache-type`

/// `svc_export` of `cache-type`.
pub const NFSD_CACHE_TYPE_SVC_EXPORT: u32 = 1 << 0;
/// `expkey` of `cache-type`.
pub const NFSD_CACHE_TYPE_EXPKEY: u32 = 1 << 1;

// Flags `export-flags`

/// `readonly` of `export-flags`.
pub const NFSD_EXPORT_FLAGS_READONLY: u32 = 1 << 0;
/// `insecure-port` of `export-flags`.
pub const NFSD_EXPORT_FLAGS_INSECURE_PORT: u32 = 1 << 1;
/// `rootsquash` of `export-flags`.
pub const NFSD_EXPORT_FLAGS_ROOTSQUASH: u32 = 1 << 2;
/// `allsquash` of `export-flags`.
pub const NFSD_EXPORT_FLAGS_ALLSQUASH: u32 = 1 << 3;
/// `async` of `export-flags`.
pub const NFSD_EXPORT_FLAGS_ASYNC: u32 = 1 << 4;
/// `gathered-writes` of `export-flags`.
pub const NFSD_EXPORT_FLAGS_GATHERED_WRITES: u32 = 1 << 5;
/// `noreaddirplus` of `export-flags`.
pub const NFSD_EXPORT_FLAGS_NOREADDIRPLUS: u32 = 1 << 6;
/// `security-label` of `export-flags`.
pub const NFSD_EXPORT_FLAGS_SECURITY_LABEL: u32 = 1 << 7;
/// `sign-fh` of `export-flags`.
pub const NFSD_EXPORT_FLAGS_SIGN_FH: u32 = 1 << 8;
/// `nohide` of `export-flags`.
pub const NFSD_EXPORT_FLAGS_NOHIDE: u32 = 1 << 9;
/// `nosubtreecheck` of `export-flags`.
pub const NFSD_EXPORT_FLAGS_NOSUBTREECHECK: u32 = 1 << 10;
/// `noauthnlm` of `export-flags`.
pub const NFSD_EXPORT_FLAGS_NOAUTHNLM: u32 = 1 << 11;
/// `msnfs` of `export-flags`.
pub const NFSD_EXPORT_FLAGS_MSNFS: u32 = 1 << 12;
/// `fsid` of `export-flags`.
pub const NFSD_EXPORT_FLAGS_FSID: u32 = 1 << 13;
/// `crossmount` of `export-flags`.
pub const NFSD_EXPORT_FLAGS_CROSSMOUNT: u32 = 1 << 14;
/// `noacl` of `export-flags`.
pub const NFSD_EXPORT_FLAGS_NOACL: u32 = 1 << 15;
/// `v4root` of `export-flags`.
pub const NFSD_EXPORT_FLAGS_V4ROOT: u32 = 1 << 16;
/// `pnfs` of `export-flags`.
pub const NFSD_EXPORT_FLAGS_PNFS: u32 = 1 << 17;

// Flags `xprtsec-mode`

/// `none` of `xprtsec-mode`.
pub const NFSD_XPRTSEC_MODE_NONE: u32 = 1 << 0;
/// `tls` of `xprtsec-mode`.
pub const NFSD_XPRTSEC_MODE_TLS: u32 = 1 << 1;
/// `mtls` of `xprtsec-mode`.
pub const NFSD_XPRTSEC_MODE_MTLS: u32 = 1 << 2;
