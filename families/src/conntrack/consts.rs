//! The numbers of `conntrack` by their kernel C names: attribute types, enum values and flag
//! bits, message types, multicast groups and constants.

// Message types

/// get / dump entries
pub const CONNTRACK_CMD_GET: u16 = 257;
/// dump pcpu conntrack stats
pub const CONNTRACK_CMD_GET_STATS: u16 = 260;

// Attribute set `counter-attrs`

/// `packets` (u64) of `counter-attrs`.
pub const CONNTRACK_A_COUNTER_ATTRS_PACKETS: u16 = 1;
/// `bytes` (u64) of `counter-attrs`.
pub const CONNTRACK_A_COUNTER_ATTRS_BYTES: u16 = 2;
/// `packets-old` (u32) of `counter-attrs`.
pub const CONNTRACK_A_COUNTER_ATTRS_PACKETS_OLD: u16 = 3;
/// `bytes-old` (u32) of `counter-attrs`.
pub const CONNTRACK_A_COUNTER_ATTRS_BYTES_OLD: u16 = 4;
/// `pad` (pad) of `counter-attrs`.
pub const CONNTRACK_A_COUNTER_ATTRS_PAD: u16 = 5;

// Attribute set `tuple-proto-attrs`

/// l4 protocol number
pub const CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_NUM: u16 = 1;
/// l4 source port
pub const CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_SRC_PORT: u16 = 2;
/// l4 source port
pub const CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_DST_PORT: u16 = 3;
/// l4 icmp id
pub const CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMP_ID: u16 = 4;
/// `proto-icmp-type` (u8) of `tuple-proto-attrs`.
pub const CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMP_TYPE: u16 = 5;
/// `proto-icmp-code` (u8) of `tuple-proto-attrs`.
pub const CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMP_CODE: u16 = 6;
/// l4 icmp id
pub const CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMPV6_ID: u16 = 7;
/// `proto-icmpv6-type` (u8) of `tuple-proto-attrs`.
pub const CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMPV6_TYPE: u16 = 8;
/// `proto-icmpv6-code` (u8) of `tuple-proto-attrs`.
pub const CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMPV6_CODE: u16 = 9;

// Attribute set `tuple-ip-attrs`

/// ipv4 source address
pub const CONNTRACK_A_TUPLE_IP_ATTRS_IP_V4_SRC: u16 = 1;
/// ipv4 destination address
pub const CONNTRACK_A_TUPLE_IP_ATTRS_IP_V4_DST: u16 = 2;
/// ipv6 source address
pub const CONNTRACK_A_TUPLE_IP_ATTRS_IP_V6_SRC: u16 = 3;
/// ipv6 destination address
pub const CONNTRACK_A_TUPLE_IP_ATTRS_IP_V6_DST: u16 = 4;

// Attribute set `tuple-attrs`

/// conntrack l3 information
pub const CONNTRACK_A_TUPLE_ATTRS_TUPLE_IP: u16 = 1;
/// conntrack l4 information
pub const CONNTRACK_A_TUPLE_ATTRS_TUPLE_PROTO: u16 = 2;
/// conntrack zone id
pub const CONNTRACK_A_TUPLE_ATTRS_TUPLE_ZONE: u16 = 3;

// Attribute set `protoinfo-tcp-attrs`

/// tcp connection state
pub const CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_STATE: u16 = 1;
/// window scaling factor in original direction
pub const CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_WSCALE_ORIGINAL: u16 = 2;
/// window scaling factor in reply direction
pub const CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_WSCALE_REPLY: u16 = 3;
/// `tcp-flags-original` (binary) of `protoinfo-tcp-attrs`.
pub const CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_FLAGS_ORIGINAL: u16 = 4;
/// `tcp-flags-reply` (binary) of `protoinfo-tcp-attrs`.
pub const CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_FLAGS_REPLY: u16 = 5;

// Attribute set `protoinfo-dccp-attrs`

/// dccp connection state
pub const CONNTRACK_A_PROTOINFO_DCCP_ATTRS_DCCP_STATE: u16 = 1;
/// `dccp-role` (u8) of `protoinfo-dccp-attrs`.
pub const CONNTRACK_A_PROTOINFO_DCCP_ATTRS_DCCP_ROLE: u16 = 2;
/// `dccp-handshake-seq` (u64) of `protoinfo-dccp-attrs`.
pub const CONNTRACK_A_PROTOINFO_DCCP_ATTRS_DCCP_HANDSHAKE_SEQ: u16 = 3;
/// `dccp-pad` (pad) of `protoinfo-dccp-attrs`.
pub const CONNTRACK_A_PROTOINFO_DCCP_ATTRS_DCCP_PAD: u16 = 4;

// Attribute set `protoinfo-sctp-attrs`

/// sctp connection state
pub const CONNTRACK_A_PROTOINFO_SCTP_ATTRS_SCTP_STATE: u16 = 1;
/// `vtag-original` (u32) of `protoinfo-sctp-attrs`.
pub const CONNTRACK_A_PROTOINFO_SCTP_ATTRS_VTAG_ORIGINAL: u16 = 2;
/// `vtag-reply` (u32) of `protoinfo-sctp-attrs`.
pub const CONNTRACK_A_PROTOINFO_SCTP_ATTRS_VTAG_REPLY: u16 = 3;

// Attribute set `protoinfo-attrs`

/// conntrack tcp state information
pub const CONNTRACK_A_PROTOINFO_ATTRS_PROTOINFO_TCP: u16 = 1;
/// conntrack dccp state information
pub const CONNTRACK_A_PROTOINFO_ATTRS_PROTOINFO_DCCP: u16 = 2;
/// conntrack sctp state information
pub const CONNTRACK_A_PROTOINFO_ATTRS_PROTOINFO_SCTP: u16 = 3;

// Attribute set `help-attrs`

/// helper name
pub const CONNTRACK_A_HELP_ATTRS_HELP_NAME: u16 = 1;

// Attribute set `nat-proto-attrs`

/// `nat-port-min` (u16) of `nat-proto-attrs`.
pub const CONNTRACK_A_NAT_PROTO_ATTRS_NAT_PORT_MIN: u16 = 1;
/// `nat-port-max` (u16) of `nat-proto-attrs`.
pub const CONNTRACK_A_NAT_PROTO_ATTRS_NAT_PORT_MAX: u16 = 2;

// Attribute set `nat-attrs`

/// `nat-v4-minip` (u32) of `nat-attrs`.
pub const CONNTRACK_A_NAT_ATTRS_NAT_V4_MINIP: u16 = 1;
/// `nat-v4-maxip` (u32) of `nat-attrs`.
pub const CONNTRACK_A_NAT_ATTRS_NAT_V4_MAXIP: u16 = 2;
/// `nat-v6-minip` (binary) of `nat-attrs`.
pub const CONNTRACK_A_NAT_ATTRS_NAT_V6_MINIP: u16 = 3;
/// `nat-v6-maxip` (binary) of `nat-attrs`.
pub const CONNTRACK_A_NAT_ATTRS_NAT_V6_MAXIP: u16 = 4;
/// `nat-proto` (nest) of `nat-attrs`.
pub const CONNTRACK_A_NAT_ATTRS_NAT_PROTO: u16 = 5;

// Attribute set `seqadj-attrs`

/// `correction-pos` (u32) of `seqadj-attrs`.
pub const CONNTRACK_A_SEQADJ_ATTRS_CORRECTION_POS: u16 = 1;
/// `offset-before` (u32) of `seqadj-attrs`.
pub const CONNTRACK_A_SEQADJ_ATTRS_OFFSET_BEFORE: u16 = 2;
/// `offset-after` (u32) of `seqadj-attrs`.
pub const CONNTRACK_A_SEQADJ_ATTRS_OFFSET_AFTER: u16 = 3;

// Attribute set `secctx-attrs`

/// `secctx-name` (string) of `secctx-attrs`.
pub const CONNTRACK_A_SECCTX_ATTRS_SECCTX_NAME: u16 = 1;

// Attribute set `synproxy-attrs`

/// `isn` (u32) of `synproxy-attrs`.
pub const CONNTRACK_A_SYNPROXY_ATTRS_ISN: u16 = 1;
/// `its` (u32) of `synproxy-attrs`.
pub const CONNTRACK_A_SYNPROXY_ATTRS_ITS: u16 = 2;
/// `tsoff` (u32) of `synproxy-attrs`.
pub const CONNTRACK_A_SYNPROXY_ATTRS_TSOFF: u16 = 3;

// Attribute set `filter-attrs`

/// bitmask of tuple fields to filter on, original direction
pub const CONNTRACK_A_FILTER_ATTRS_ORIG_FLAGS: u16 = 1;
/// bitmask of tuple fields to filter on, reply direction
pub const CONNTRACK_A_FILTER_ATTRS_REPLY_FLAGS: u16 = 2;

// Attribute set `conntrack-attrs`

/// conntrack l3+l4 protocol information, original direction
pub const CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_ORIG: u16 = 1;
/// conntrack l3+l4 protocol information, reply direction
pub const CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_REPLY: u16 = 2;
/// conntrack flag bits
pub const CONNTRACK_A_CONNTRACK_ATTRS_STATUS: u16 = 3;
/// `protoinfo` (nest) of `conntrack-attrs`.
pub const CONNTRACK_A_CONNTRACK_ATTRS_PROTOINFO: u16 = 4;
/// `help` (nest) of `conntrack-attrs`.
pub const CONNTRACK_A_CONNTRACK_ATTRS_HELP: u16 = 5;
/// `nat-src` (nest) of `conntrack-attrs`.
pub const CONNTRACK_A_CONNTRACK_ATTRS_NAT_SRC: u16 = 6;
/// `timeout` (u32) of `conntrack-attrs`.
pub const CONNTRACK_A_CONNTRACK_ATTRS_TIMEOUT: u16 = 7;
/// `mark` (u32) of `conntrack-attrs`.
pub const CONNTRACK_A_CONNTRACK_ATTRS_MARK: u16 = 8;
/// `counters-orig` (nest) of `conntrack-attrs`.
pub const CONNTRACK_A_CONNTRACK_ATTRS_COUNTERS_ORIG: u16 = 9;
/// `counters-reply` (nest) of `conntrack-attrs`.
pub const CONNTRACK_A_CONNTRACK_ATTRS_COUNTERS_REPLY: u16 = 10;
/// `use` (u32) of `conntrack-attrs`.
pub const CONNTRACK_A_CONNTRACK_ATTRS_USE: u16 = 11;
/// `id` (u32) of `conntrack-attrs`.
pub const CONNTRACK_A_CONNTRACK_ATTRS_ID: u16 = 12;
/// `nat-dst` (nest) of `conntrack-attrs`.
pub const CONNTRACK_A_CONNTRACK_ATTRS_NAT_DST: u16 = 13;
/// `tuple-master` (nest) of `conntrack-attrs`.
pub const CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_MASTER: u16 = 14;
/// `seq-adj-orig` (nest) of `conntrack-attrs`.
pub const CONNTRACK_A_CONNTRACK_ATTRS_SEQ_ADJ_ORIG: u16 = 15;
/// `seq-adj-reply` (nest) of `conntrack-attrs`.
pub const CONNTRACK_A_CONNTRACK_ATTRS_SEQ_ADJ_REPLY: u16 = 16;
/// obsolete
pub const CONNTRACK_A_CONNTRACK_ATTRS_SECMARK: u16 = 17;
/// conntrack zone id
pub const CONNTRACK_A_CONNTRACK_ATTRS_ZONE: u16 = 18;
/// `secctx` (nest) of `conntrack-attrs`.
pub const CONNTRACK_A_CONNTRACK_ATTRS_SECCTX: u16 = 19;
/// `timestamp` (u64) of `conntrack-attrs`.
pub const CONNTRACK_A_CONNTRACK_ATTRS_TIMESTAMP: u16 = 20;
/// `mark-mask` (u32) of `conntrack-attrs`.
pub const CONNTRACK_A_CONNTRACK_ATTRS_MARK_MASK: u16 = 21;
/// `labels` (binary) of `conntrack-attrs`.
pub const CONNTRACK_A_CONNTRACK_ATTRS_LABELS: u16 = 22;
/// `labels-mask` (binary) of `conntrack-attrs`.
pub const CONNTRACK_A_CONNTRACK_ATTRS_LABELS_MASK: u16 = 23;
/// `synproxy` (nest) of `conntrack-attrs`.
pub const CONNTRACK_A_CONNTRACK_ATTRS_SYNPROXY: u16 = 24;
/// `filter` (nest) of `conntrack-attrs`.
pub const CONNTRACK_A_CONNTRACK_ATTRS_FILTER: u16 = 25;
/// conntrack flag bits to change
pub const CONNTRACK_A_CONNTRACK_ATTRS_STATUS_MASK: u16 = 26;
/// `timestamp-event` (u64) of `conntrack-attrs`.
pub const CONNTRACK_A_CONNTRACK_ATTRS_TIMESTAMP_EVENT: u16 = 27;

// Attribute set `conntrack-stats-attrs`

/// obsolete
pub const CONNTRACK_A_CONNTRACK_STATS_ATTRS_SEARCHED: u16 = 1;
/// `found` (u32) of `conntrack-stats-attrs`.
pub const CONNTRACK_A_CONNTRACK_STATS_ATTRS_FOUND: u16 = 2;
/// obsolete
pub const CONNTRACK_A_CONNTRACK_STATS_ATTRS_NEW: u16 = 3;
/// obsolete
pub const CONNTRACK_A_CONNTRACK_STATS_ATTRS_INVALID: u16 = 4;
/// obsolete
pub const CONNTRACK_A_CONNTRACK_STATS_ATTRS_IGNORE: u16 = 5;
/// obsolete
pub const CONNTRACK_A_CONNTRACK_STATS_ATTRS_DELETE: u16 = 6;
/// obsolete
pub const CONNTRACK_A_CONNTRACK_STATS_ATTRS_DELETE_LIST: u16 = 7;
/// `insert` (u32) of `conntrack-stats-attrs`.
pub const CONNTRACK_A_CONNTRACK_STATS_ATTRS_INSERT: u16 = 8;
/// `insert-failed` (u32) of `conntrack-stats-attrs`.
pub const CONNTRACK_A_CONNTRACK_STATS_ATTRS_INSERT_FAILED: u16 = 9;
/// `drop` (u32) of `conntrack-stats-attrs`.
pub const CONNTRACK_A_CONNTRACK_STATS_ATTRS_DROP: u16 = 10;
/// `early-drop` (u32) of `conntrack-stats-attrs`.
pub const CONNTRACK_A_CONNTRACK_STATS_ATTRS_EARLY_DROP: u16 = 11;
/// `error` (u32) of `conntrack-stats-attrs`.
pub const CONNTRACK_A_CONNTRACK_STATS_ATTRS_ERROR: u16 = 12;
/// `search-restart` (u32) of `conntrack-stats-attrs`.
pub const CONNTRACK_A_CONNTRACK_STATS_ATTRS_SEARCH_RESTART: u16 = 13;
/// `clash-resolve` (u32) of `conntrack-stats-attrs`.
pub const CONNTRACK_A_CONNTRACK_STATS_ATTRS_CLASH_RESOLVE: u16 = 14;
/// `chain-toolong` (u32) of `conntrack-stats-attrs`.
pub const CONNTRACK_A_CONNTRACK_STATS_ATTRS_CHAIN_TOOLONG: u16 = 15;

// Flags `nf-ct-tcp-flags`

/// `window-scale` of `nf-ct-tcp-flags`.
pub const CONNTRACK_NF_CT_TCP_FLAGS_WINDOW_SCALE: u32 = 1 << 0;
/// `sack-perm` of `nf-ct-tcp-flags`.
pub const CONNTRACK_NF_CT_TCP_FLAGS_SACK_PERM: u32 = 1 << 1;
/// `close-init` of `nf-ct-tcp-flags`.
pub const CONNTRACK_NF_CT_TCP_FLAGS_CLOSE_INIT: u32 = 1 << 2;
/// `be-liberal` of `nf-ct-tcp-flags`.
pub const CONNTRACK_NF_CT_TCP_FLAGS_BE_LIBERAL: u32 = 1 << 3;
/// `unacked` of `nf-ct-tcp-flags`.
pub const CONNTRACK_NF_CT_TCP_FLAGS_UNACKED: u32 = 1 << 4;
/// `maxack` of `nf-ct-tcp-flags`.
pub const CONNTRACK_NF_CT_TCP_FLAGS_MAXACK: u32 = 1 << 5;
/// `challenge-ack` of `nf-ct-tcp-flags`.
pub const CONNTRACK_NF_CT_TCP_FLAGS_CHALLENGE_ACK: u32 = 1 << 6;
/// `simultaneous-open` of `nf-ct-tcp-flags`.
pub const CONNTRACK_NF_CT_TCP_FLAGS_SIMULTANEOUS_OPEN: u32 = 1 << 7;

// Enum `nf-ct-tcp-state`

/// `none` of `nf-ct-tcp-state`.
pub const CONNTRACK_NF_CT_TCP_STATE_NONE: u32 = 0;
/// `syn-sent` of `nf-ct-tcp-state`.
pub const CONNTRACK_NF_CT_TCP_STATE_SYN_SENT: u32 = 1;
/// `syn-recv` of `nf-ct-tcp-state`.
pub const CONNTRACK_NF_CT_TCP_STATE_SYN_RECV: u32 = 2;
/// `established` of `nf-ct-tcp-state`.
pub const CONNTRACK_NF_CT_TCP_STATE_ESTABLISHED: u32 = 3;
/// `fin-wait` of `nf-ct-tcp-state`.
pub const CONNTRACK_NF_CT_TCP_STATE_FIN_WAIT: u32 = 4;
/// `close-wait` of `nf-ct-tcp-state`.
pub const CONNTRACK_NF_CT_TCP_STATE_CLOSE_WAIT: u32 = 5;
/// `last-ack` of `nf-ct-tcp-state`.
pub const CONNTRACK_NF_CT_TCP_STATE_LAST_ACK: u32 = 6;
/// `time-wait` of `nf-ct-tcp-state`.
pub const CONNTRACK_NF_CT_TCP_STATE_TIME_WAIT: u32 = 7;
/// `close` of `nf-ct-tcp-state`.
pub const CONNTRACK_NF_CT_TCP_STATE_CLOSE: u32 = 8;
/// `syn-sent2` of `nf-ct-tcp-state`.
pub const CONNTRACK_NF_CT_TCP_STATE_SYN_SENT2: u32 = 9;
/// `max` of `nf-ct-tcp-state`.
pub const CONNTRACK_NF_CT_TCP_STATE_MAX: u32 = 10;
/// `ignore` of `nf-ct-tcp-state`.
pub const CONNTRACK_NF_CT_TCP_STATE_IGNORE: u32 = 11;
/// `retrans` of `nf-ct-tcp-state`.
pub const CONNTRACK_NF_CT_TCP_STATE_RETRANS: u32 = 12;
/// `unack` of `nf-ct-tcp-state`.
pub const CONNTRACK_NF_CT_TCP_STATE_UNACK: u32 = 13;
/// `timeout-max` of `nf-ct-tcp-state`.
pub const CONNTRACK_NF_CT_TCP_STATE_TIMEOUT_MAX: u32 = 14;

// Enum `nf-ct-sctp-state`

/// `none` of `nf-ct-sctp-state`.
pub const CONNTRACK_NF_CT_SCTP_STATE_NONE: u32 = 0;
/// `cloned` of `nf-ct-sctp-state`.
pub const CONNTRACK_NF_CT_SCTP_STATE_CLONED: u32 = 1;
/// `cookie-wait` of `nf-ct-sctp-state`.
pub const CONNTRACK_NF_CT_SCTP_STATE_COOKIE_WAIT: u32 = 2;
/// `cookie-echoed` of `nf-ct-sctp-state`.
pub const CONNTRACK_NF_CT_SCTP_STATE_COOKIE_ECHOED: u32 = 3;
/// `established` of `nf-ct-sctp-state`.
pub const CONNTRACK_NF_CT_SCTP_STATE_ESTABLISHED: u32 = 4;
/// `shutdown-sent` of `nf-ct-sctp-state`.
pub const CONNTRACK_NF_CT_SCTP_STATE_SHUTDOWN_SENT: u32 = 5;
/// `shutdown-received` of `nf-ct-sctp-state`.
pub const CONNTRACK_NF_CT_SCTP_STATE_SHUTDOWN_RECEIVED: u32 = 6;
/// `shutdown-ack-sent` of `nf-ct-sctp-state`.
pub const CONNTRACK_NF_CT_SCTP_STATE_SHUTDOWN_ACK_SENT: u32 = 7;
/// `shutdown-heartbeat-sent` of `nf-ct-sctp-state`.
pub const CONNTRACK_NF_CT_SCTP_STATE_SHUTDOWN_HEARTBEAT_SENT: u32 = 8;

// Flags `nf-ct-status`

/// `expected` of `nf-ct-status`.
pub const CONNTRACK_NF_CT_STATUS_EXPECTED: u32 = 1 << 0;
/// `seen-reply` of `nf-ct-status`.
pub const CONNTRACK_NF_CT_STATUS_SEEN_REPLY: u32 = 1 << 1;
/// `assured` of `nf-ct-status`.
pub const CONNTRACK_NF_CT_STATUS_ASSURED: u32 = 1 << 2;
/// `confirmed` of `nf-ct-status`.
pub const CONNTRACK_NF_CT_STATUS_CONFIRMED: u32 = 1 << 3;
/// `src-nat` of `nf-ct-status`.
pub const CONNTRACK_NF_CT_STATUS_SRC_NAT: u32 = 1 << 4;
/// `dst-nat` of `nf-ct-status`.
pub const CONNTRACK_NF_CT_STATUS_DST_NAT: u32 = 1 << 5;
/// `seq-adj` of `nf-ct-status`.
pub const CONNTRACK_NF_CT_STATUS_SEQ_ADJ: u32 = 1 << 6;
/// `src-nat-done` of `nf-ct-status`.
pub const CONNTRACK_NF_CT_STATUS_SRC_NAT_DONE: u32 = 1 << 7;
/// `dst-nat-done` of `nf-ct-status`.
pub const CONNTRACK_NF_CT_STATUS_DST_NAT_DONE: u32 = 1 << 8;
/// `dying` of `nf-ct-status`.
pub const CONNTRACK_NF_CT_STATUS_DYING: u32 = 1 << 9;
/// `fixed-timeout` of `nf-ct-status`.
pub const CONNTRACK_NF_CT_STATUS_FIXED_TIMEOUT: u32 = 1 << 10;
/// `template` of `nf-ct-status`.
pub const CONNTRACK_NF_CT_STATUS_TEMPLATE: u32 = 1 << 11;
/// `nat-clash` of `nf-ct-status`.
pub const CONNTRACK_NF_CT_STATUS_NAT_CLASH: u32 = 1 << 12;
/// `helper` of `nf-ct-status`.
pub const CONNTRACK_NF_CT_STATUS_HELPER: u32 = 1 << 13;
/// `offload` of `nf-ct-status`.
pub const CONNTRACK_NF_CT_STATUS_OFFLOAD: u32 = 1 << 14;
/// `hw-offload` of `nf-ct-status`.
pub const CONNTRACK_NF_CT_STATUS_HW_OFFLOAD: u32 = 1 << 15;
