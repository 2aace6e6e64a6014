//! The numbers of `tc` by their kernel C names: attribute types, enum values and flag
//! bits, message types, multicast groups and constants.

// Message types

/// Create new tc qdisc.
pub const RTM_NEWQDISC: u16 = 36;
/// Delete existing tc qdisc.
pub const RTM_DELQDISC: u16 = 37;
/// Get / dump tc qdisc information.
pub const RTM_GETQDISC: u16 = 38;
/// Get / dump tc traffic class information.
pub const RTM_NEWTCLASS: u16 = 40;
/// Get / dump tc traffic class information.
pub const RTM_DELTCLASS: u16 = 41;
/// Get / dump tc traffic class information.
pub const RTM_GETTCLASS: u16 = 42;
/// Get / dump tc filter information.
pub const RTM_NEWTFILTER: u16 = 44;
/// Get / dump tc filter information.
pub const RTM_DELTFILTER: u16 = 45;
/// Get / dump tc filter information.
pub const RTM_GETTFILTER: u16 = 46;
/// Get / dump tc chain information.
pub const RTM_NEWCHAIN: u16 = 100;
/// Get / dump tc chain information.
pub const RTM_DELCHAIN: u16 = 101;
/// Get / dump tc chain information.
pub const RTM_GETCHAIN: u16 = 102;

// Multicast groups

/// The `rtnlgrp-tc` multicast group.
pub const RTNLGRP_TC: u32 = 4;

// Attribute set `attrs`

/// `kind` (string) of `attrs`.
pub const TCA_KIND: u16 = 1;
/// `options` (sub-message) of `attrs`.
pub const TCA_OPTIONS: u16 = 2;
/// `stats` (binary) of `attrs`.
pub const TCA_STATS: u16 = 3;
/// `xstats` (sub-message) of `attrs`.
pub const TCA_XSTATS: u16 = 4;
/// `rate` (binary) of `attrs`.
pub const TCA_RATE: u16 = 5;
/// `fcnt` (u32) of `attrs`.
pub const TCA_FCNT: u16 = 6;
/// `stats2` (nest) of `attrs`.
pub const TCA_STATS2: u16 = 7;
/// `stab` (nest) of `attrs`.
pub const TCA_STAB: u16 = 8;
/// `pad` (pad) of `attrs`.
pub const TCA_PAD: u16 = 9;
/// `dump-invisible` (flag) of `attrs`.
pub const TCA_DUMP_INVISIBLE: u16 = 10;
/// `chain` (u32) of `attrs`.
pub const TCA_CHAIN: u16 = 11;
/// `hw-offload` (u8) of `attrs`.
pub const TCA_HW_OFFLOAD: u16 = 12;
/// `ingress-block` (u32) of `attrs`.
pub const TCA_INGRESS_BLOCK: u16 = 13;
/// `egress-block` (u32) of `attrs`.
pub const TCA_EGRESS_BLOCK: u16 = 14;
/// `dump-flags` (bitfield32) of `attrs`.
pub const TCA_DUMP_FLAGS: u16 = 15;
/// `ext-warn-msg` (string) of `attrs`.
pub const TCA_EXT_WARN_MSG: u16 = 16;

// Attribute set `act-attrs`

/// `kind` (string) of `act-attrs`.
pub const TCA_ACT_KIND: u16 = 1;
/// `options` (sub-message) of `act-attrs`.
pub const TCA_ACT_OPTIONS: u16 = 2;
/// `index` (u32) of `act-attrs`.
pub const TCA_ACT_INDEX: u16 = 3;
/// `stats` (nest) of `act-attrs`.
pub const TCA_ACT_STATS: u16 = 4;
/// `pad` (pad) of `act-attrs`.
pub const TCA_ACT_PAD: u16 = 5;
/// `cookie` (binary) of `act-attrs`.
pub const TCA_ACT_COOKIE: u16 = 6;
/// `flags` (bitfield32) of `act-attrs`.
pub const TCA_ACT_FLAGS: u16 = 7;
/// `hw-stats` (bitfield32) of `act-attrs`.
pub const TCA_ACT_HW_STATS: u16 = 8;
/// `used-hw-stats` (bitfield32) of `act-attrs`.
pub const TCA_ACT_USED_HW_STATS: u16 = 9;
/// `in-hw-count` (u32) of `act-attrs`.
pub const TCA_ACT_IN_HW_COUNT: u16 = 10;

// Attribute set `act-bpf-attrs`

/// `tm` (binary) of `act-bpf-attrs`.
pub const TCA_ACT_BPF_TM: u16 = 1;
/// `parms` (binary) of `act-bpf-attrs`.
pub const TCA_ACT_BPF_PARMS: u16 = 2;
/// `ops-len` (u16) of `act-bpf-attrs`.
pub const TCA_ACT_BPF_OPS_LEN: u16 = 3;
/// `ops` (binary) of `act-bpf-attrs`.
pub const TCA_ACT_BPF_OPS: u16 = 4;
/// `fd` (u32) of `act-bpf-attrs`.
pub const TCA_ACT_BPF_FD: u16 = 5;
/// `name` (string) of `act-bpf-attrs`.
pub const TCA_ACT_BPF_NAME: u16 = 6;
/// `pad` (pad) of `act-bpf-attrs`.
pub const TCA_ACT_BPF_PAD: u16 = 7;
/// `tag` (binary) of `act-bpf-attrs`.
pub const TCA_ACT_BPF_TAG: u16 = 8;
/// `id` (binary) of `act-bpf-attrs`.
pub const TCA_ACT_BPF_ID: u16 = 9;

// Attribute set `act-connmark-attrs`

/// `parms` (binary) of `act-connmark-attrs`.
pub const TCA_CONNMARK_PARMS: u16 = 1;
/// `tm` (binary) of `act-connmark-attrs`.
pub const TCA_CONNMARK_TM: u16 = 2;
/// `pad` (pad) of `act-connmark-attrs`.
pub const TCA_CONNMARK_PAD: u16 = 3;

// Attribute set `act-csum-attrs`

/// `parms` (binary) of `act-csum-attrs`.
pub const TCA_CSUM_PARMS: u16 = 1;
/// `tm` (binary) of `act-csum-attrs`.
pub const TCA_CSUM_TM: u16 = 2;
/// `pad` (pad) of `act-csum-attrs`.
pub const TCA_CSUM_PAD: u16 = 3;

// Attribute set `act-ct-attrs`

/// `parms` (binary) of `act-ct-attrs`.
pub const TCA_CT_PARMS: u16 = 1;
/// `tm` (binary) of `act-ct-attrs`.
pub const TCA_CT_TM: u16 = 2;
/// `action` (u16) of `act-ct-attrs`.
pub const TCA_CT_ACTION: u16 = 3;
/// `zone` (u16) of `act-ct-attrs`.
pub const TCA_CT_ZONE: u16 = 4;
/// `mark` (u32) of `act-ct-attrs`.
pub const TCA_CT_MARK: u16 = 5;
/// `mark-mask` (u32) of `act-ct-attrs`.
pub const TCA_CT_MARK_MASK: u16 = 6;
/// `labels` (binary) of `act-ct-attrs`.
pub const TCA_CT_LABELS: u16 = 7;
/// `labels-mask` (binary) of `act-ct-attrs`.
pub const TCA_CT_LABELS_MASK: u16 = 8;
/// `nat-ipv4-min` (u32) of `act-ct-attrs`.
pub const TCA_CT_NAT_IPV4_MIN: u16 = 9;
/// `nat-ipv4-max` (u32) of `act-ct-attrs`.
pub const TCA_CT_NAT_IPV4_MAX: u16 = 10;
/// `nat-ipv6-min` (binary) of `act-ct-attrs`.
pub const TCA_CT_NAT_IPV6_MIN: u16 = 11;
/// `nat-ipv6-max` (binary) of `act-ct-attrs`.
pub const TCA_CT_NAT_IPV6_MAX: u16 = 12;
/// `nat-port-min` (u16) of `act-ct-attrs`.
pub const TCA_CT_NAT_PORT_MIN: u16 = 13;
/// `nat-port-max` (u16) of `act-ct-attrs`.
pub const TCA_CT_NAT_PORT_MAX: u16 = 14;
/// `pad` (pad) of `act-ct-attrs`.
pub const TCA_CT_PAD: u16 = 15;
/// `helper-name` (string) of `act-ct-attrs`.
pub const TCA_CT_HELPER_NAME: u16 = 16;
/// `helper-family` (u8) of `act-ct-attrs`.
pub const TCA_CT_HELPER_FAMILY: u16 = 17;
/// `helper-proto` (u8) of `act-ct-attrs`.
pub const TCA_CT_HELPER_PROTO: u16 = 18;

// Attribute set `act-ctinfo-attrs`

/// `pad` (pad) of `act-ctinfo-attrs`.
pub const TCA_CTINFO_PAD: u16 = 1;
/// `tm` (binary) of `act-ctinfo-attrs`.
pub const TCA_CTINFO_TM: u16 = 2;
/// `act` (binary) of `act-ctinfo-attrs`.
pub const TCA_CTINFO_ACT: u16 = 3;
/// `zone` (u16) of `act-ctinfo-attrs`.
pub const TCA_CTINFO_ZONE: u16 = 4;
/// `parms-dscp-mask` (u32) of `act-ctinfo-attrs`.
pub const TCA_CTINFO_PARMS_DSCP_MASK: u16 = 5;
/// `parms-dscp-statemask` (u32) of `act-ctinfo-attrs`.
pub const TCA_CTINFO_PARMS_DSCP_STATEMASK: u16 = 6;
/// `parms-cpmark-mask` (u32) of `act-ctinfo-attrs`.
pub const TCA_CTINFO_PARMS_CPMARK_MASK: u16 = 7;
/// `stats-dscp-set` (u64) of `act-ctinfo-attrs`.
pub const TCA_CTINFO_STATS_DSCP_SET: u16 = 8;
/// `stats-dscp-error` (u64) of `act-ctinfo-attrs`.
pub const TCA_CTINFO_STATS_DSCP_ERROR: u16 = 9;
/// `stats-cpmark-set` (u64) of `act-ctinfo-attrs`.
pub const TCA_CTINFO_STATS_CPMARK_SET: u16 = 10;

// Attribute set `act-gate-attrs`

/// `tm` (binary) of `act-gate-attrs`.
pub const TCA_GATE_TM: u16 = 1;
/// `parms` (binary) of `act-gate-attrs`.
pub const TCA_GATE_PARMS: u16 = 2;
/// `pad` (pad) of `act-gate-attrs`.
pub const TCA_GATE_PAD: u16 = 3;
/// `priority` (s32) of `act-gate-attrs`.
pub const TCA_GATE_PRIORITY: u16 = 4;
/// `entry-list` (binary) of `act-gate-attrs`.
pub const TCA_GATE_ENTRY_LIST: u16 = 5;
/// `base-time` (u64) of `act-gate-attrs`.
pub const TCA_GATE_BASE_TIME: u16 = 6;
/// `cycle-time` (u64) of `act-gate-attrs`.
pub const TCA_GATE_CYCLE_TIME: u16 = 7;
/// `cycle-time-ext` (u64) of `act-gate-attrs`.
pub const TCA_GATE_CYCLE_TIME_EXT: u16 = 8;
/// `flags` (u32) of `act-gate-attrs`.
pub const TCA_GATE_FLAGS: u16 = 9;
/// `clockid` (s32) of `act-gate-attrs`.
pub const TCA_GATE_CLOCKID: u16 = 10;

// Attribute set `act-ife-attrs`

/// `parms` (binary) of `act-ife-attrs`.
pub const TCA_IFE_PARMS: u16 = 1;
/// `tm` (binary) of `act-ife-attrs`.
pub const TCA_IFE_TM: u16 = 2;
/// `dmac` (binary) of `act-ife-attrs`.
pub const TCA_IFE_DMAC: u16 = 3;
/// `smac` (binary) of `act-ife-attrs`.
pub const TCA_IFE_SMAC: u16 = 4;
/// `type` (u16) of `act-ife-attrs`.
pub const TCA_IFE_TYPE: u16 = 5;
/// `metalst` (binary) of `act-ife-attrs`.
pub const TCA_IFE_METALST: u16 = 6;
/// `pad` (pad) of `act-ife-attrs`.
pub const TCA_IFE_PAD: u16 = 7;

// Attribute set `act-mirred-attrs`

/// `tm` (binary) of `act-mirred-attrs`.
pub const TCA_MIRRED_TM: u16 = 1;
/// `parms` (binary) of `act-mirred-attrs`.
pub const TCA_MIRRED_PARMS: u16 = 2;
/// `pad` (pad) of `act-mirred-attrs`.
pub const TCA_MIRRED_PAD: u16 = 3;
/// `blockid` (binary) of `act-mirred-attrs`.
pub const TCA_MIRRED_BLOCKID: u16 = 4;

// Attribute set `act-mpls-attrs`

/// `tm` (binary) of `act-mpls-attrs`.
pub const TCA_MPLS_TM: u16 = 1;
/// `parms` (binary) of `act-mpls-attrs`.
pub const TCA_MPLS_PARMS: u16 = 2;
/// `pad` (pad) of `act-mpls-attrs`.
pub const TCA_MPLS_PAD: u16 = 3;
/// `proto` (u16) of `act-mpls-attrs`.
pub const TCA_MPLS_PROTO: u16 = 4;
/// `label` (u32) of `act-mpls-attrs`.
pub const TCA_MPLS_LABEL: u16 = 5;
/// `tc` (u8) of `act-mpls-attrs`.
pub const TCA_MPLS_TC: u16 = 6;
/// `ttl` (u8) of `act-mpls-attrs`.
pub const TCA_MPLS_TTL: u16 = 7;
/// `bos` (u8) of `act-mpls-attrs`.
pub const TCA_MPLS_BOS: u16 = 8;

// Attribute set `act-nat-attrs`

/// `parms` (binary) of `act-nat-attrs`.
pub const TCA_NAT_PARMS: u16 = 1;
/// `tm` (binary) of `act-nat-attrs`.
pub const TCA_NAT_TM: u16 = 2;
/// `pad` (pad) of `act-nat-attrs`.
pub const TCA_NAT_PAD: u16 = 3;

// Attribute set `act-pedit-attrs`

/// `tm` (binary) of `act-pedit-attrs`.
pub const TCA_PEDIT_TM: u16 = 1;
/// `parms` (binary) of `act-pedit-attrs`.
pub const TCA_PEDIT_PARMS: u16 = 2;
/// `pad` (pad) of `act-pedit-attrs`.
pub const TCA_PEDIT_PAD: u16 = 3;
/// `parms-ex` (binary) of `act-pedit-attrs`.
pub const TCA_PEDIT_PARMS_EX: u16 = 4;
/// `keys-ex` (binary) of `act-pedit-attrs`.
pub const TCA_PEDIT_KEYS_EX: u16 = 5;
/// `key-ex` (binary) of `act-pedit-attrs`.
pub const TCA_PEDIT_KEY_EX: u16 = 6;

// Attribute set `act-simple-attrs`

/// `tm` (binary) of `act-simple-attrs`.
pub const TCA_DEF_TM: u16 = 1;
/// `parms` (binary) of `act-simple-attrs`.
pub const TCA_DEF_PARMS: u16 = 2;
/// `data` (binary) of `act-simple-attrs`.
pub const TCA_DEF_DATA: u16 = 3;
/// `pad` (pad) of `act-simple-attrs`.
pub const TCA_DEF_PAD: u16 = 4;

// Attribute set `act-skbedit-attrs`

/// `tm` (binary) of `act-skbedit-attrs`.
pub const TCA_SKBEDIT_TM: u16 = 1;
/// `parms` (binary) of `act-skbedit-attrs`.
pub const TCA_SKBEDIT_PARMS: u16 = 2;
/// `priority` (u32) of `act-skbedit-attrs`.
pub const TCA_SKBEDIT_PRIORITY: u16 = 3;
/// `queue-mapping` (u16) of `act-skbedit-attrs`.
pub const TCA_SKBEDIT_QUEUE_MAPPING: u16 = 4;
/// `mark` (u32) of `act-skbedit-attrs`.
pub const TCA_SKBEDIT_MARK: u16 = 5;
/// `pad` (pad) of `act-skbedit-attrs`.
pub const TCA_SKBEDIT_PAD: u16 = 6;
/// `ptype` (u16) of `act-skbedit-attrs`.
pub const TCA_SKBEDIT_PTYPE: u16 = 7;
/// `mask` (u32) of `act-skbedit-attrs`.
pub const TCA_SKBEDIT_MASK: u16 = 8;
/// `flags` (u64) of `act-skbedit-attrs`.
pub const TCA_SKBEDIT_FLAGS: u16 = 9;
/// `queue-mapping-max` (u16) of `act-skbedit-attrs`.
pub const TCA_SKBEDIT_QUEUE_MAPPING_MAX: u16 = 10;

// Attribute set `act-skbmod-attrs`

/// `tm` (binary) of `act-skbmod-attrs`.
pub const TCA_SKBMOD_TM: u16 = 1;
/// `parms` (binary) of `act-skbmod-attrs`.
pub const TCA_SKBMOD_PARMS: u16 = 2;
/// `dmac` (binary) of `act-skbmod-attrs`.
pub const TCA_SKBMOD_DMAC: u16 = 3;
/// `smac` (binary) of `act-skbmod-attrs`.
pub const TCA_SKBMOD_SMAC: u16 = 4;
/// `etype` (binary) of `act-skbmod-attrs`.
pub const TCA_SKBMOD_ETYPE: u16 = 5;
/// `pad` (pad) of `act-skbmod-attrs`.
pub const TCA_SKBMOD_PAD: u16 = 6;

// Attribute set `act-tunnel-key-attrs`

/// `tm` (binary) of `act-tunnel-key-attrs`.
pub const TCA_TUNNEL_KEY_TM: u16 = 1;
/// `parms` (binary) of `act-tunnel-key-attrs`.
pub const TCA_TUNNEL_KEY_PARMS: u16 = 2;
/// `enc-ipv4-src` (u32) of `act-tunnel-key-attrs`.
pub const TCA_TUNNEL_KEY_ENC_IPV4_SRC: u16 = 3;
/// `enc-ipv4-dst` (u32) of `act-tunnel-key-attrs`.
pub const TCA_TUNNEL_KEY_ENC_IPV4_DST: u16 = 4;
/// `enc-ipv6-src` (binary) of `act-tunnel-key-attrs`.
pub const TCA_TUNNEL_KEY_ENC_IPV6_SRC: u16 = 5;
/// `enc-ipv6-dst` (binary) of `act-tunnel-key-attrs`.
pub const TCA_TUNNEL_KEY_ENC_IPV6_DST: u16 = 6;
/// `enc-key-id` (u64) of `act-tunnel-key-attrs`.
pub const TCA_TUNNEL_KEY_ENC_KEY_ID: u16 = 7;
/// `pad` (pad) of `act-tunnel-key-attrs`.
pub const TCA_TUNNEL_KEY_PAD: u16 = 8;
/// `enc-dst-port` (u16) of `act-tunnel-key-attrs`.
pub const TCA_TUNNEL_KEY_ENC_DST_PORT: u16 = 9;
/// `no-csum` (u8) of `act-tunnel-key-attrs`.
pub const TCA_TUNNEL_KEY_NO_CSUM: u16 = 10;
/// `enc-opts` (binary) of `act-tunnel-key-attrs`.
pub const TCA_TUNNEL_KEY_ENC_OPTS: u16 = 11;
/// `enc-tos` (u8) of `act-tunnel-key-attrs`.
pub const TCA_TUNNEL_KEY_ENC_TOS: u16 = 12;
/// `enc-ttl` (u8) of `act-tunnel-key-attrs`.
pub const TCA_TUNNEL_KEY_ENC_TTL: u16 = 13;
/// `no-frag` (flag) of `act-tunnel-key-attrs`.
pub const TCA_TUNNEL_KEY_NO_FRAG: u16 = 14;

// Attribute set `act-vlan-attrs`

/// `tm` (binary) of `act-vlan-attrs`.
pub const TCA_VLAN_TM: u16 = 1;
/// `parms` (binary) of `act-vlan-attrs`.
pub const TCA_VLAN_PARMS: u16 = 2;
/// `push-vlan-id` (u16) of `act-vlan-attrs`.
pub const TCA_VLAN_PUSH_VLAN_ID: u16 = 3;
/// `push-vlan-protocol` (u16) of `act-vlan-attrs`.
pub const TCA_VLAN_PUSH_VLAN_PROTOCOL: u16 = 4;
/// `pad` (pad) of `act-vlan-attrs`.
pub const TCA_VLAN_PAD: u16 = 5;
/// `push-vlan-priority` (u8) of `act-vlan-attrs`.
pub const TCA_VLAN_PUSH_VLAN_PRIORITY: u16 = 6;
/// `push-eth-dst` (binary) of `act-vlan-attrs`.
pub const TCA_VLAN_PUSH_ETH_DST: u16 = 7;
/// `push-eth-src` (binary) of `act-vlan-attrs`.
pub const TCA_VLAN_PUSH_ETH_SRC: u16 = 8;

// Attribute set `basic-attrs`

/// `classid` (u32) of `basic-attrs`.
pub const TCA_BASIC_CLASSID: u16 = 1;
/// `ematches` (nest) of `basic-attrs`.
pub const TCA_BASIC_EMATCHES: u16 = 2;
/// `act` (indexed-array) of `basic-attrs`.
pub const TCA_BASIC_ACT: u16 = 3;
/// `police` (nest) of `basic-attrs`.
pub const TCA_BASIC_POLICE: u16 = 4;
/// `pcnt` (binary) of `basic-attrs`.
pub const TCA_BASIC_PCNT: u16 = 5;
/// `pad` (pad) of `basic-attrs`.
pub const TCA_BASIC_PAD: u16 = 6;

// Attribute set `bpf-attrs`

/// `act` (indexed-array) of `bpf-attrs`.
pub const TCA_BPF_ACT: u16 = 1;
/// `police` (nest) of `bpf-attrs`.
pub const TCA_BPF_POLICE: u16 = 2;
/// `classid` (u32) of `bpf-attrs`.
pub const TCA_BPF_CLASSID: u16 = 3;
/// `ops-len` (u16) of `bpf-attrs`.
pub const TCA_BPF_OPS_LEN: u16 = 4;
/// `ops` (binary) of `bpf-attrs`.
pub const TCA_BPF_OPS: u16 = 5;
/// `fd` (u32) of `bpf-attrs`.
pub const TCA_BPF_FD: u16 = 6;
/// `name` (string) of `bpf-attrs`.
pub const TCA_BPF_NAME: u16 = 7;
/// `flags` (u32) of `bpf-attrs`.
pub const TCA_BPF_FLAGS: u16 = 8;
/// `flags-gen` (u32) of `bpf-attrs`.
pub const TCA_BPF_FLAGS_GEN: u16 = 9;
/// `tag` (binary) of `bpf-attrs`.
pub const TCA_BPF_TAG: u16 = 10;
/// `id` (u32) of `bpf-attrs`.
pub const TCA_BPF_ID: u16 = 11;

// Attribute set `cake-attrs`

/// `pad` (pad) of `cake-attrs`.
pub const TCA_CAKE_PAD: u16 = 1;
/// `base-rate64` (u64) of `cake-attrs`.
pub const TCA_CAKE_BASE_RATE64: u16 = 2;
/// `diffserv-mode` (u32) of `cake-attrs`.
pub const TCA_CAKE_DIFFSERV_MODE: u16 = 3;
/// `atm` (u32) of `cake-attrs`.
pub const TCA_CAKE_ATM: u16 = 4;
/// `flow-mode` (u32) of `cake-attrs`.
pub const TCA_CAKE_FLOW_MODE: u16 = 5;
/// `overhead` (u32) of `cake-attrs`.
pub const TCA_CAKE_OVERHEAD: u16 = 6;
/// `rtt` (u32) of `cake-attrs`.
pub const TCA_CAKE_RTT: u16 = 7;
/// `target` (u32) of `cake-attrs`.
pub const TCA_CAKE_TARGET: u16 = 8;
/// `autorate` (u32) of `cake-attrs`.
pub const TCA_CAKE_AUTORATE: u16 = 9;
/// `memory` (u32) of `cake-attrs`.
pub const TCA_CAKE_MEMORY: u16 = 10;
/// `nat` (u32) of `cake-attrs`.
pub const TCA_CAKE_NAT: u16 = 11;
/// `raw` (u32) of `cake-attrs`.
pub const TCA_CAKE_RAW: u16 = 12;
/// `wash` (u32) of `cake-attrs`.
pub const TCA_CAKE_WASH: u16 = 13;
/// `mpu` (u32) of `cake-attrs`.
pub const TCA_CAKE_MPU: u16 = 14;
/// `ingress` (u32) of `cake-attrs`.
pub const TCA_CAKE_INGRESS: u16 = 15;
/// `ack-filter` (u32) of `cake-attrs`.
pub const TCA_CAKE_ACK_FILTER: u16 = 16;
/// `split-gso` (u32) of `cake-attrs`.
pub const TCA_CAKE_SPLIT_GSO: u16 = 17;
/// `fwmark` (u32) of `cake-attrs`.
pub const TCA_CAKE_FWMARK: u16 = 18;

// Attribute set `cake-stats-attrs`

/// `pad` (pad) of `cake-stats-attrs`.
pub const TCA_CAKE_STATS_PAD: u16 = 1;
/// `capacity-estimate64` (u64) of `cake-stats-attrs`.
pub const TCA_CAKE_STATS_CAPACITY_ESTIMATE64: u16 = 2;
/// `memory-limit` (u32) of `cake-stats-attrs`.
pub const TCA_CAKE_STATS_MEMORY_LIMIT: u16 = 3;
/// `memory-used` (u32) of `cake-stats-attrs`.
pub const TCA_CAKE_STATS_MEMORY_USED: u16 = 4;
/// `avg-netoff` (u32) of `cake-stats-attrs`.
pub const TCA_CAKE_STATS_AVG_NETOFF: u16 = 5;
/// `min-netlen` (u32) of `cake-stats-attrs`.
pub const TCA_CAKE_STATS_MIN_NETLEN: u16 = 6;
/// `max-netlen` (u32) of `cake-stats-attrs`.
pub const TCA_CAKE_STATS_MAX_NETLEN: u16 = 7;
/// `min-adjlen` (u32) of `cake-stats-attrs`.
pub const TCA_CAKE_STATS_MIN_ADJLEN: u16 = 8;
/// `max-adjlen` (u32) of `cake-stats-attrs`.
pub const TCA_CAKE_STATS_MAX_ADJLEN: u16 = 9;
/// `tin-stats` (indexed-array) of `cake-stats-attrs`.
pub const TCA_CAKE_STATS_TIN_STATS: u16 = 10;
/// `deficit` (s32) of `cake-stats-attrs`.
pub const TCA_CAKE_STATS_DEFICIT: u16 = 11;
/// `cobalt-count` (u32) of `cake-stats-attrs`.
pub const TCA_CAKE_STATS_COBALT_COUNT: u16 = 12;
/// `dropping` (u32) of `cake-stats-attrs`.
pub const TCA_CAKE_STATS_DROPPING: u16 = 13;
/// `drop-next-us` (s32) of `cake-stats-attrs`.
pub const TCA_CAKE_STATS_DROP_NEXT_US: u16 = 14;
/// `p-drop` (u32) of `cake-stats-attrs`.
pub const TCA_CAKE_STATS_P_DROP: u16 = 15;
/// `blue-timer-us` (s32) of `cake-stats-attrs`.
pub const TCA_CAKE_STATS_BLUE_TIMER_US: u16 = 16;
/// `active-queues` (u32) of `cake-stats-attrs`.
pub const TCA_CAKE_STATS_ACTIVE_QUEUES: u16 = 17;

// Attribute set `cake-tin-stats-attrs`

/// `pad` (pad) of `cake-tin-stats-attrs`.
pub const TCA_CAKE_TIN_STATS_PAD: u16 = 1;
/// `sent-packets` (u32) of `cake-tin-stats-attrs`.
pub const TCA_CAKE_TIN_STATS_SENT_PACKETS: u16 = 2;
/// `sent-bytes64` (u64) of `cake-tin-stats-attrs`.
pub const TCA_CAKE_TIN_STATS_SENT_BYTES64: u16 = 3;
/// `dropped-packets` (u32) of `cake-tin-stats-attrs`.
pub const TCA_CAKE_TIN_STATS_DROPPED_PACKETS: u16 = 4;
/// `dropped-bytes64` (u64) of `cake-tin-stats-attrs`.
pub const TCA_CAKE_TIN_STATS_DROPPED_BYTES64: u16 = 5;
/// `acks-dropped-packets` (u32) of `cake-tin-stats-attrs`.
pub const TCA_CAKE_TIN_STATS_ACKS_DROPPED_PACKETS: u16 = 6;
/// `acks-dropped-bytes64` (u64) of `cake-tin-stats-attrs`.
pub const TCA_CAKE_TIN_STATS_ACKS_DROPPED_BYTES64: u16 = 7;
/// `ecn-marked-packets` (u32) of `cake-tin-stats-attrs`.
pub const TCA_CAKE_TIN_STATS_ECN_MARKED_PACKETS: u16 = 8;
/// `ecn-marked-bytes64` (u64) of `cake-tin-stats-attrs`.
pub const TCA_CAKE_TIN_STATS_ECN_MARKED_BYTES64: u16 = 9;
/// `backlog-packets` (u32) of `cake-tin-stats-attrs`.
pub const TCA_CAKE_TIN_STATS_BACKLOG_PACKETS: u16 = 10;
/// `backlog-bytes` (u32) of `cake-tin-stats-attrs`.
pub const TCA_CAKE_TIN_STATS_BACKLOG_BYTES: u16 = 11;
/// `threshold-rate64` (u64) of `cake-tin-stats-attrs`.
pub const TCA_CAKE_TIN_STATS_THRESHOLD_RATE64: u16 = 12;
/// `target-us` (u32) of `cake-tin-stats-attrs`.
pub const TCA_CAKE_TIN_STATS_TARGET_US: u16 = 13;
/// `interval-us` (u32) of `cake-tin-stats-attrs`.
pub const TCA_CAKE_TIN_STATS_INTERVAL_US: u16 = 14;
/// `way-indirect-hits` (u32) of `cake-tin-stats-attrs`.
pub const TCA_CAKE_TIN_STATS_WAY_INDIRECT_HITS: u16 = 15;
/// `way-misses` (u32) of `cake-tin-stats-attrs`.
pub const TCA_CAKE_TIN_STATS_WAY_MISSES: u16 = 16;
/// `way-collisions` (u32) of `cake-tin-stats-attrs`.
pub const TCA_CAKE_TIN_STATS_WAY_COLLISIONS: u16 = 17;
/// `peak-delay-us` (u32) of `cake-tin-stats-attrs`.
pub const TCA_CAKE_TIN_STATS_PEAK_DELAY_US: u16 = 18;
/// `avg-delay-us` (u32) of `cake-tin-stats-attrs`.
pub const TCA_CAKE_TIN_STATS_AVG_DELAY_US: u16 = 19;
/// `base-delay-us` (u32) of `cake-tin-stats-attrs`.
pub const TCA_CAKE_TIN_STATS_BASE_DELAY_US: u16 = 20;
/// `sparse-flows` (u32) of `cake-tin-stats-attrs`.
pub const TCA_CAKE_TIN_STATS_SPARSE_FLOWS: u16 = 21;
/// `bulk-flows` (u32) of `cake-tin-stats-attrs`.
pub const TCA_CAKE_TIN_STATS_BULK_FLOWS: u16 = 22;
/// `unresponsive-flows` (u32) of `cake-tin-stats-attrs`.
pub const TCA_CAKE_TIN_STATS_UNRESPONSIVE_FLOWS: u16 = 23;
/// `max-skblen` (u32) of `cake-tin-stats-attrs`.
pub const TCA_CAKE_TIN_STATS_MAX_SKBLEN: u16 = 24;
/// `flow-quantum` (u32) of `cake-tin-stats-attrs`.
pub const TCA_CAKE_TIN_STATS_FLOW_QUANTUM: u16 = 25;

// Attribute set `cbs-attrs`

/// `parms` (binary) of `cbs-attrs`.
pub const TCA_CBS_PARMS: u16 = 1;

// Attribute set `cgroup-attrs`

/// `act` (indexed-array) of `cgroup-attrs`.
pub const TCA_CGROUP_ACT: u16 = 1;
/// `police` (nest) of `cgroup-attrs`.
pub const TCA_CGROUP_POLICE: u16 = 2;
/// `ematches` (binary) of `cgroup-attrs`.
pub const TCA_CGROUP_EMATCHES: u16 = 3;

// Attribute set `choke-attrs`

/// `parms` (binary) of `choke-attrs`.
pub const TCA_CHOKE_PARMS: u16 = 1;
/// `stab` (binary) of `choke-attrs`.
pub const TCA_CHOKE_STAB: u16 = 2;
/// `max-p` (u32) of `choke-attrs`.
pub const TCA_CHOKE_MAX_P: u16 = 3;

// Attribute set `codel-attrs`

/// `target` (u32) of `codel-attrs`.
pub const TCA_CODEL_TARGET: u16 = 1;
/// `limit` (u32) of `codel-attrs`.
pub const TCA_CODEL_LIMIT: u16 = 2;
/// `interval` (u32) of `codel-attrs`.
pub const TCA_CODEL_INTERVAL: u16 = 3;
/// `ecn` (u32) of `codel-attrs`.
pub const TCA_CODEL_ECN: u16 = 4;
/// `ce-threshold` (u32) of `codel-attrs`.
pub const TCA_CODEL_CE_THRESHOLD: u16 = 5;

// Attribute set `drr-attrs`

/// `quantum` (u32) of `drr-attrs`.
pub const TCA_DRR_QUANTUM: u16 = 1;

// Attribute set `dualpi2-attrs`

/// Limit of total number of packets in queue
pub const TCA_DUALPI2_LIMIT: u16 = 1;
/// Memory limit of total number of packets in queue
pub const TCA_DUALPI2_MEMORY_LIMIT: u16 = 2;
/// Classic target delay in microseconds
pub const TCA_DUALPI2_TARGET: u16 = 3;
/// Drop probability update interval time in microseconds
pub const TCA_DUALPI2_TUPDATE: u16 = 4;
/// Integral gain factor in Hz for PI controller
pub const TCA_DUALPI2_ALPHA: u16 = 5;
/// Proportional gain factor in Hz for PI controller
pub const TCA_DUALPI2_BETA: u16 = 6;
/// L4S step marking threshold in packets
pub const TCA_DUALPI2_STEP_THRESH_PKTS: u16 = 7;
/// L4S Step marking threshold in microseconds
pub const TCA_DUALPI2_STEP_THRESH_US: u16 = 8;
/// Packets enqueued to the L-queue can apply the step threshold when the queue length of L-queue is larger than this value. (0 is recommended)
pub const TCA_DUALPI2_MIN_QLEN_STEP: u16 = 9;
/// Probability coupling factor between Classic and L4S (2 is recommended)
pub const TCA_DUALPI2_COUPLING: u16 = 10;
/// Control the overload strategy (drop to preserve latency or let the queue overflow)
pub const TCA_DUALPI2_DROP_OVERLOAD: u16 = 11;
/// Decide where the Classic packets are PI-based dropped or marked
pub const TCA_DUALPI2_DROP_EARLY: u16 = 12;
/// Classic WRR weight in percentage (from 0 to 100)
pub const TCA_DUALPI2_C_PROTECTION: u16 = 13;
/// Configure the L-queue ECN classifier
pub const TCA_DUALPI2_ECN_MASK: u16 = 14;
/// Split aggregated skb or not
pub const TCA_DUALPI2_SPLIT_GSO: u16 = 15;

// Attribute set `ematch-attrs`

/// `tree-hdr` (binary) of `ematch-attrs`.
pub const TCA_EMATCH_TREE_HDR: u16 = 1;
/// `tree-list` (binary) of `ematch-attrs`.
pub const TCA_EMATCH_TREE_LIST: u16 = 2;

// Attribute set `flow-attrs`

/// `keys` (u32) of `flow-attrs`.
pub const TCA_FLOW_KEYS: u16 = 1;
/// `mode` (u32) of `flow-attrs`.
pub const TCA_FLOW_MODE: u16 = 2;
/// `baseclass` (u32) of `flow-attrs`.
pub const TCA_FLOW_BASECLASS: u16 = 3;
/// `rshift` (u32) of `flow-attrs`.
pub const TCA_FLOW_RSHIFT: u16 = 4;
/// `addend` (u32) of `flow-attrs`.
pub const TCA_FLOW_ADDEND: u16 = 5;
/// `mask` (u32) of `flow-attrs`.
pub const TCA_FLOW_MASK: u16 = 6;
/// `xor` (u32) of `flow-attrs`.
pub const TCA_FLOW_XOR: u16 = 7;
/// `divisor` (u32) of `flow-attrs`.
pub const TCA_FLOW_DIVISOR: u16 = 8;
/// `act` (binary) of `flow-attrs`.
pub const TCA_FLOW_ACT: u16 = 9;
/// `police` (nest) of `flow-attrs`.
pub const TCA_FLOW_POLICE: u16 = 10;
/// `ematches` (binary) of `flow-attrs`.
pub const TCA_FLOW_EMATCHES: u16 = 11;
/// `perturb` (u32) of `flow-attrs`.
pub const TCA_FLOW_PERTURB: u16 = 12;

// Attribute set `flower-attrs`

/// `classid` (u32) of `flower-attrs`.
pub const TCA_FLOWER_CLASSID: u16 = 1;
/// `indev` (string) of `flower-attrs`.
pub const TCA_FLOWER_INDEV: u16 = 2;
/// `act` (indexed-array) of `flower-attrs`.
pub const TCA_FLOWER_ACT: u16 = 3;
/// `key-eth-dst` (binary) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ETH_DST: u16 = 4;
/// `key-eth-dst-mask` (binary) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ETH_DST_MASK: u16 = 5;
/// `key-eth-src` (binary) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ETH_SRC: u16 = 6;
/// `key-eth-src-mask` (binary) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ETH_SRC_MASK: u16 = 7;
/// `key-eth-type` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ETH_TYPE: u16 = 8;
/// `key-ip-proto` (u8) of `flower-attrs`.
pub const TCA_FLOWER_KEY_IP_PROTO: u16 = 9;
/// `key-ipv4-src` (u32) of `flower-attrs`.
pub const TCA_FLOWER_KEY_IPV4_SRC: u16 = 10;
/// `key-ipv4-src-mask` (u32) of `flower-attrs`.
pub const TCA_FLOWER_KEY_IPV4_SRC_MASK: u16 = 11;
/// `key-ipv4-dst` (u32) of `flower-attrs`.
pub const TCA_FLOWER_KEY_IPV4_DST: u16 = 12;
/// `key-ipv4-dst-mask` (u32) of `flower-attrs`.
pub const TCA_FLOWER_KEY_IPV4_DST_MASK: u16 = 13;
/// `key-ipv6-src` (binary) of `flower-attrs`.
pub const TCA_FLOWER_KEY_IPV6_SRC: u16 = 14;
/// `key-ipv6-src-mask` (binary) of `flower-attrs`.
pub const TCA_FLOWER_KEY_IPV6_SRC_MASK: u16 = 15;
/// `key-ipv6-dst` (binary) of `flower-attrs`.
pub const TCA_FLOWER_KEY_IPV6_DST: u16 = 16;
/// `key-ipv6-dst-mask` (binary) of `flower-attrs`.
pub const TCA_FLOWER_KEY_IPV6_DST_MASK: u16 = 17;
/// `key-tcp-src` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_TCP_SRC: u16 = 18;
/// `key-tcp-dst` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_TCP_DST: u16 = 19;
/// `key-udp-src` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_UDP_SRC: u16 = 20;
/// `key-udp-dst` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_UDP_DST: u16 = 21;
/// `flags` (u32) of `flower-attrs`.
pub const TCA_FLOWER_FLAGS: u16 = 22;
/// `key-vlan-id` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_VLAN_ID: u16 = 23;
/// `key-vlan-prio` (u8) of `flower-attrs`.
pub const TCA_FLOWER_KEY_VLAN_PRIO: u16 = 24;
/// `key-vlan-eth-type` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_VLAN_ETH_TYPE: u16 = 25;
/// `key-enc-key-id` (u32) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ENC_KEY_ID: u16 = 26;
/// `key-enc-ipv4-src` (u32) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ENC_IPV4_SRC: u16 = 27;
/// `key-enc-ipv4-src-mask` (u32) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ENC_IPV4_SRC_MASK: u16 = 28;
/// `key-enc-ipv4-dst` (u32) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ENC_IPV4_DST: u16 = 29;
/// `key-enc-ipv4-dst-mask` (u32) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ENC_IPV4_DST_MASK: u16 = 30;
/// `key-enc-ipv6-src` (binary) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ENC_IPV6_SRC: u16 = 31;
/// `key-enc-ipv6-src-mask` (binary) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ENC_IPV6_SRC_MASK: u16 = 32;
/// `key-enc-ipv6-dst` (binary) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ENC_IPV6_DST: u16 = 33;
/// `key-enc-ipv6-dst-mask` (binary) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ENC_IPV6_DST_MASK: u16 = 34;
/// `key-tcp-src-mask` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_TCP_SRC_MASK: u16 = 35;
/// `key-tcp-dst-mask` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_TCP_DST_MASK: u16 = 36;
/// `key-udp-src-mask` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_UDP_SRC_MASK: u16 = 37;
/// `key-udp-dst-mask` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_UDP_DST_MASK: u16 = 38;
/// `key-sctp-src-mask` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_SCTP_SRC_MASK: u16 = 39;
/// `key-sctp-dst-mask` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_SCTP_DST_MASK: u16 = 40;
/// `key-sctp-src` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_SCTP_SRC: u16 = 41;
/// `key-sctp-dst` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_SCTP_DST: u16 = 42;
/// `key-enc-udp-src-port` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ENC_UDP_SRC_PORT: u16 = 43;
/// `key-enc-udp-src-port-mask` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ENC_UDP_SRC_PORT_MASK: u16 = 44;
/// `key-enc-udp-dst-port` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ENC_UDP_DST_PORT: u16 = 45;
/// `key-enc-udp-dst-port-mask` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ENC_UDP_DST_PORT_MASK: u16 = 46;
/// `key-flags` (u32) of `flower-attrs`.
pub const TCA_FLOWER_KEY_FLAGS: u16 = 47;
/// `key-flags-mask` (u32) of `flower-attrs`.
pub const TCA_FLOWER_KEY_FLAGS_MASK: u16 = 48;
/// `key-icmpv4-code` (u8) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ICMPV4_CODE: u16 = 49;
/// `key-icmpv4-code-mask` (u8) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ICMPV4_CODE_MASK: u16 = 50;
/// `key-icmpv4-type` (u8) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ICMPV4_TYPE: u16 = 51;
/// `key-icmpv4-type-mask` (u8) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ICMPV4_TYPE_MASK: u16 = 52;
/// `key-icmpv6-code` (u8) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ICMPV6_CODE: u16 = 53;
/// `key-icmpv6-code-mask` (u8) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ICMPV6_CODE_MASK: u16 = 54;
/// `key-icmpv6-type` (u8) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ICMPV6_TYPE: u16 = 55;
/// `key-icmpv6-type-mask` (u8) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ICMPV6_TYPE_MASK: u16 = 56;
/// `key-arp-sip` (u32) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ARP_SIP: u16 = 57;
/// `key-arp-sip-mask` (u32) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ARP_SIP_MASK: u16 = 58;
/// `key-arp-tip` (u32) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ARP_TIP: u16 = 59;
/// `key-arp-tip-mask` (u32) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ARP_TIP_MASK: u16 = 60;
/// `key-arp-op` (u8) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ARP_OP: u16 = 61;
/// `key-arp-op-mask` (u8) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ARP_OP_MASK: u16 = 62;
/// `key-arp-sha` (binary) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ARP_SHA: u16 = 63;
/// `key-arp-sha-mask` (binary) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ARP_SHA_MASK: u16 = 64;
/// `key-arp-tha` (binary) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ARP_THA: u16 = 65;
/// `key-arp-tha-mask` (binary) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ARP_THA_MASK: u16 = 66;
/// `key-mpls-ttl` (u8) of `flower-attrs`.
pub const TCA_FLOWER_KEY_MPLS_TTL: u16 = 67;
/// `key-mpls-bos` (u8) of `flower-attrs`.
pub const TCA_FLOWER_KEY_MPLS_BOS: u16 = 68;
/// `key-mpls-tc` (u8) of `flower-attrs`.
pub const TCA_FLOWER_KEY_MPLS_TC: u16 = 69;
/// `key-mpls-label` (u32) of `flower-attrs`.
pub const TCA_FLOWER_KEY_MPLS_LABEL: u16 = 70;
/// `key-tcp-flags` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_TCP_FLAGS: u16 = 71;
/// `key-tcp-flags-mask` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_TCP_FLAGS_MASK: u16 = 72;
/// `key-ip-tos` (u8) of `flower-attrs`.
pub const TCA_FLOWER_KEY_IP_TOS: u16 = 73;
/// `key-ip-tos-mask` (u8) of `flower-attrs`.
pub const TCA_FLOWER_KEY_IP_TOS_MASK: u16 = 74;
/// `key-ip-ttl` (u8) of `flower-attrs`.
pub const TCA_FLOWER_KEY_IP_TTL: u16 = 75;
/// `key-ip-ttl-mask` (u8) of `flower-attrs`.
pub const TCA_FLOWER_KEY_IP_TTL_MASK: u16 = 76;
/// `key-cvlan-id` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_CVLAN_ID: u16 = 77;
/// `key-cvlan-prio` (u8) of `flower-attrs`.
pub const TCA_FLOWER_KEY_CVLAN_PRIO: u16 = 78;
/// `key-cvlan-eth-type` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_CVLAN_ETH_TYPE: u16 = 79;
/// `key-enc-ip-tos` (u8) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ENC_IP_TOS: u16 = 80;
/// `key-enc-ip-tos-mask` (u8) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ENC_IP_TOS_MASK: u16 = 81;
/// `key-enc-ip-ttl` (u8) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ENC_IP_TTL: u16 = 82;
/// `key-enc-ip-ttl-mask` (u8) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ENC_IP_TTL_MASK: u16 = 83;
/// `key-enc-opts` (nest) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ENC_OPTS: u16 = 84;
/// `key-enc-opts-mask` (nest) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ENC_OPTS_MASK: u16 = 85;
/// `in-hw-count` (u32) of `flower-attrs`.
pub const TCA_FLOWER_IN_HW_COUNT: u16 = 86;
/// `key-port-src-min` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_PORT_SRC_MIN: u16 = 87;
/// `key-port-src-max` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_PORT_SRC_MAX: u16 = 88;
/// `key-port-dst-min` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_PORT_DST_MIN: u16 = 89;
/// `key-port-dst-max` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_PORT_DST_MAX: u16 = 90;
/// `key-ct-state` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_CT_STATE: u16 = 91;
/// `key-ct-state-mask` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_CT_STATE_MASK: u16 = 92;
/// `key-ct-zone` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_CT_ZONE: u16 = 93;
/// `key-ct-zone-mask` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_CT_ZONE_MASK: u16 = 94;
/// `key-ct-mark` (u32) of `flower-attrs`.
pub const TCA_FLOWER_KEY_CT_MARK: u16 = 95;
/// `key-ct-mark-mask` (u32) of `flower-attrs`.
pub const TCA_FLOWER_KEY_CT_MARK_MASK: u16 = 96;
/// `key-ct-labels` (binary) of `flower-attrs`.
pub const TCA_FLOWER_KEY_CT_LABELS: u16 = 97;
/// `key-ct-labels-mask` (binary) of `flower-attrs`.
pub const TCA_FLOWER_KEY_CT_LABELS_MASK: u16 = 98;
/// `key-mpls-opts` (nest) of `flower-attrs`.
pub const TCA_FLOWER_KEY_MPLS_OPTS: u16 = 99;
/// `key-hash` (u32) of `flower-attrs`.
pub const TCA_FLOWER_KEY_HASH: u16 = 100;
/// `key-hash-mask` (u32) of `flower-attrs`.
pub const TCA_FLOWER_KEY_HASH_MASK: u16 = 101;
/// `key-num-of-vlans` (u8) of `flower-attrs`.
pub const TCA_FLOWER_KEY_NUM_OF_VLANS: u16 = 102;
/// `key-pppoe-sid` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_PPPOE_SID: u16 = 103;
/// `key-ppp-proto` (u16) of `flower-attrs`.
pub const TCA_FLOWER_KEY_PPP_PROTO: u16 = 104;
/// `key-l2tpv3-sid` (u32) of `flower-attrs`.
pub const TCA_FLOWER_KEY_L2TPV3_SID: u16 = 105;
/// `l2-miss` (u8) of `flower-attrs`.
pub const TCA_FLOWER_L2_MISS: u16 = 106;
/// `key-cfm` (nest) of `flower-attrs`.
pub const TCA_FLOWER_KEY_CFM: u16 = 107;
/// `key-spi` (u32) of `flower-attrs`.
pub const TCA_FLOWER_KEY_SPI: u16 = 108;
/// `key-spi-mask` (u32) of `flower-attrs`.
pub const TCA_FLOWER_KEY_SPI_MASK: u16 = 109;
/// `key-enc-flags` (u32) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ENC_FLAGS: u16 = 110;
/// `key-enc-flags-mask` (u32) of `flower-attrs`.
pub const TCA_FLOWER_KEY_ENC_FLAGS_MASK: u16 = 111;

// Attribute set `flower-key-enc-opts-attrs`

/// `geneve` (nest) of `flower-key-enc-opts-attrs`.
pub const TCA_FLOWER_KEY_ENC_OPTS_GENEVE: u16 = 1;
/// `vxlan` (nest) of `flower-key-enc-opts-attrs`.
pub const TCA_FLOWER_KEY_ENC_OPTS_VXLAN: u16 = 2;
/// `erspan` (nest) of `flower-key-enc-opts-attrs`.
pub const TCA_FLOWER_KEY_ENC_OPTS_ERSPAN: u16 = 3;
/// `gtp` (nest) of `flower-key-enc-opts-attrs`.
pub const TCA_FLOWER_KEY_ENC_OPTS_GTP: u16 = 4;

// Attribute set `flower-key-enc-opt-geneve-attrs`

/// `class` (u16) of `flower-key-enc-opt-geneve-attrs`.
pub const TCA_FLOWER_KEY_ENC_OPT_GENEVE_CLASS: u16 = 1;
/// `type` (u8) of `flower-key-enc-opt-geneve-attrs`.
pub const TCA_FLOWER_KEY_ENC_OPT_GENEVE_TYPE: u16 = 2;
/// `data` (binary) of `flower-key-enc-opt-geneve-attrs`.
pub const TCA_FLOWER_KEY_ENC_OPT_GENEVE_DATA: u16 = 3;

// Attribute set `flower-key-enc-opt-vxlan-attrs`

/// `gbp` (u32) of `flower-key-enc-opt-vxlan-attrs`.
pub const TCA_FLOWER_KEY_ENC_OPT_VXLAN_GBP: u16 = 1;

// Attribute set `flower-key-enc-opt-erspan-attrs`

/// `ver` (u8) of `flower-key-enc-opt-erspan-attrs`.
pub const TCA_FLOWER_KEY_ENC_OPT_ERSPAN_VER: u16 = 1;
/// `index` (u32) of `flower-key-enc-opt-erspan-attrs`.
pub const TCA_FLOWER_KEY_ENC_OPT_ERSPAN_INDEX: u16 = 2;
/// `dir` (u8) of `flower-key-enc-opt-erspan-attrs`.
pub const TCA_FLOWER_KEY_ENC_OPT_ERSPAN_DIR: u16 = 3;
/// `hwid` (u8) of `flower-key-enc-opt-erspan-attrs`.
pub const TCA_FLOWER_KEY_ENC_OPT_ERSPAN_HWID: u16 = 4;

// Attribute set `flower-key-enc-opt-gtp-attrs`

/// `pdu-type` (u8) of `flower-key-enc-opt-gtp-attrs`.
pub const TCA_FLOWER_KEY_ENC_OPT_GTP_PDU_TYPE: u16 = 1;
/// `qfi` (u8) of `flower-key-enc-opt-gtp-attrs`.
pub const TCA_FLOWER_KEY_ENC_OPT_GTP_QFI: u16 = 2;

// Attribute set `flower-key-mpls-opt-attrs`

/// `lse-depth` (u8) of `flower-key-mpls-opt-attrs`.
pub const TCA_FLOWER_KEY_MPLS_OPT_LSE_DEPTH: u16 = 1;
/// `lse-ttl` (u8) of `flower-key-mpls-opt-attrs`.
pub const TCA_FLOWER_KEY_MPLS_OPT_LSE_TTL: u16 = 2;
/// `lse-bos` (u8) of `flower-key-mpls-opt-attrs`.
pub const TCA_FLOWER_KEY_MPLS_OPT_LSE_BOS: u16 = 3;
/// `lse-tc` (u8) of `flower-key-mpls-opt-attrs`.
pub const TCA_FLOWER_KEY_MPLS_OPT_LSE_TC: u16 = 4;
/// `lse-label` (u32) of `flower-key-mpls-opt-attrs`.
pub const TCA_FLOWER_KEY_MPLS_OPT_LSE_LABEL: u16 = 5;

// Attribute set `flower-key-cfm-attrs`

/// `md-level` (u8) of `flower-key-cfm-attrs`.
pub const TCA_FLOWER_KEY_CFM_MD_LEVEL: u16 = 1;
/// `opcode` (u8) of `flower-key-cfm-attrs`.
pub const TCA_FLOWER_KEY_CFM_OPCODE: u16 = 2;

// Attribute set `fw-attrs`

/// `classid` (u32) of `fw-attrs`.
pub const TCA_FW_CLASSID: u16 = 1;
/// `police` (nest) of `fw-attrs`.
pub const TCA_FW_POLICE: u16 = 2;
/// `indev` (string) of `fw-attrs`.
pub const TCA_FW_INDEV: u16 = 3;
/// `act` (indexed-array) of `fw-attrs`.
pub const TCA_FW_ACT: u16 = 4;
/// `mask` (u32) of `fw-attrs`.
pub const TCA_FW_MASK: u16 = 5;

// Attribute set `gred-attrs`

/// `parms` (binary) of `gred-attrs`.
pub const TCA_GRED_PARMS: u16 = 1;
/// `stab` (binary) of `gred-attrs`.
pub const TCA_GRED_STAB: u16 = 2;
/// `dps` (binary) of `gred-attrs`.
pub const TCA_GRED_DPS: u16 = 3;
/// `max-p` (binary) of `gred-attrs`.
pub const TCA_GRED_MAX_P: u16 = 4;
/// `limit` (u32) of `gred-attrs`.
pub const TCA_GRED_LIMIT: u16 = 5;
/// `vq-list` (nest) of `gred-attrs`.
pub const TCA_GRED_VQ_LIST: u16 = 6;

// Attribute set `tca-gred-vq-list-attrs`

/// `entry` (nest) of `tca-gred-vq-list-attrs`.
pub const TCA_GRED_VQ_ENTRY: u16 = 1;

// Attribute set `tca-gred-vq-entry-attrs`

/// `pad` (pad) of `tca-gred-vq-entry-attrs`.
pub const TCA_GRED_VQ_PAD: u16 = 1;
/// `dp` (u32) of `tca-gred-vq-entry-attrs`.
pub const TCA_GRED_VQ_DP: u16 = 2;
/// `stat-bytes` (u64) of `tca-gred-vq-entry-attrs`.
pub const TCA_GRED_VQ_STAT_BYTES: u16 = 3;
/// `stat-packets` (u32) of `tca-gred-vq-entry-attrs`.
pub const TCA_GRED_VQ_STAT_PACKETS: u16 = 4;
/// `stat-backlog` (u32) of `tca-gred-vq-entry-attrs`.
pub const TCA_GRED_VQ_STAT_BACKLOG: u16 = 5;
/// `stat-prob-drop` (u32) of `tca-gred-vq-entry-attrs`.
pub const TCA_GRED_VQ_STAT_PROB_DROP: u16 = 6;
/// `stat-prob-mark` (u32) of `tca-gred-vq-entry-attrs`.
pub const TCA_GRED_VQ_STAT_PROB_MARK: u16 = 7;
/// `stat-forced-drop` (u32) of `tca-gred-vq-entry-attrs`.
pub const TCA_GRED_VQ_STAT_FORCED_DROP: u16 = 8;
/// `stat-forced-mark` (u32) of `tca-gred-vq-entry-attrs`.
pub const TCA_GRED_VQ_STAT_FORCED_MARK: u16 = 9;
/// `stat-pdrop` (u32) of `tca-gred-vq-entry-attrs`.
pub const TCA_GRED_VQ_STAT_PDROP: u16 = 10;
/// `stat-other` (u32) of `tca-gred-vq-entry-attrs`.
pub const TCA_GRED_VQ_STAT_OTHER: u16 = 11;
/// `flags` (u32) of `tca-gred-vq-entry-attrs`.
pub const TCA_GRED_VQ_FLAGS: u16 = 12;

// Attribute set `hfsc-attrs`

/// `rsc` (binary) of `hfsc-attrs`.
pub const TC_A_HFSC_ATTRS_RSC: u16 = 1;
/// `fsc` (binary) of `hfsc-attrs`.
pub const TC_A_HFSC_ATTRS_FSC: u16 = 2;
/// `usc` (binary) of `hfsc-attrs`.
pub const TC_A_HFSC_ATTRS_USC: u16 = 3;

// Attribute set `hhf-attrs`

/// `backlog-limit` (u32) of `hhf-attrs`.
pub const TCA_HHF_BACKLOG_LIMIT: u16 = 1;
/// `quantum` (u32) of `hhf-attrs`.
pub const TCA_HHF_QUANTUM: u16 = 2;
/// `hh-flows-limit` (u32) of `hhf-attrs`.
pub const TCA_HHF_HH_FLOWS_LIMIT: u16 = 3;
/// `reset-timeout` (u32) of `hhf-attrs`.
pub const TCA_HHF_RESET_TIMEOUT: u16 = 4;
/// `admit-bytes` (u32) of `hhf-attrs`.
pub const TCA_HHF_ADMIT_BYTES: u16 = 5;
/// `evict-timeout` (u32) of `hhf-attrs`.
pub const TCA_HHF_EVICT_TIMEOUT: u16 = 6;
/// `non-hh-weight` (u32) of `hhf-attrs`.
pub const TCA_HHF_NON_HH_WEIGHT: u16 = 7;

// Attribute set `htb-attrs`

/// `parms` (binary) of `htb-attrs`.
pub const TCA_HTB_PARMS: u16 = 1;
/// `init` (binary) of `htb-attrs`.
pub const TCA_HTB_INIT: u16 = 2;
/// `ctab` (binary) of `htb-attrs`.
pub const TCA_HTB_CTAB: u16 = 3;
/// `rtab` (binary) of `htb-attrs`.
pub const TCA_HTB_RTAB: u16 = 4;
/// `direct-qlen` (u32) of `htb-attrs`.
pub const TCA_HTB_DIRECT_QLEN: u16 = 5;
/// `rate64` (u64) of `htb-attrs`.
pub const TCA_HTB_RATE64: u16 = 6;
/// `ceil64` (u64) of `htb-attrs`.
pub const TCA_HTB_CEIL64: u16 = 7;
/// `pad` (pad) of `htb-attrs`.
pub const TCA_HTB_PAD: u16 = 8;
/// `offload` (flag) of `htb-attrs`.
pub const TCA_HTB_OFFLOAD: u16 = 9;

// Attribute set `matchall-attrs`

/// `classid` (u32) of `matchall-attrs`.
pub const TCA_MATCHALL_CLASSID: u16 = 1;
/// `act` (indexed-array) of `matchall-attrs`.
pub const TCA_MATCHALL_ACT: u16 = 2;
/// `flags` (u32) of `matchall-attrs`.
pub const TCA_MATCHALL_FLAGS: u16 = 3;
/// `pcnt` (binary) of `matchall-attrs`.
pub const TCA_MATCHALL_PCNT: u16 = 4;
/// `pad` (pad) of `matchall-attrs`.
pub const TCA_MATCHALL_PAD: u16 = 5;

// Attribute set `etf-attrs`

/// `parms` (binary) of `etf-attrs`.
pub const TCA_ETF_PARMS: u16 = 1;

// Attribute set `ets-attrs`

/// `nbands` (u8) of `ets-attrs`.
pub const TCA_ETS_NBANDS: u16 = 1;
/// `nstrict` (u8) of `ets-attrs`.
pub const TCA_ETS_NSTRICT: u16 = 2;
/// `quanta` (nest) of `ets-attrs`.
pub const TCA_ETS_QUANTA: u16 = 3;
/// `quanta-band` (u32) of `ets-attrs`.
pub const TCA_ETS_QUANTA_BAND: u16 = 4;
/// `priomap` (nest) of `ets-attrs`.
pub const TCA_ETS_PRIOMAP: u16 = 5;
/// `priomap-band` (u8) of `ets-attrs`.
pub const TCA_ETS_PRIOMAP_BAND: u16 = 6;

// Attribute set `fq-attrs`

/// Limit of total number of packets in queue
pub const TCA_FQ_PLIMIT: u16 = 1;
/// Limit of packets per flow
pub const TCA_FQ_FLOW_PLIMIT: u16 = 2;
/// RR quantum
pub const TCA_FQ_QUANTUM: u16 = 3;
/// RR quantum for new flow
pub const TCA_FQ_INITIAL_QUANTUM: u16 = 4;
/// Enable / disable rate limiting
pub const TCA_FQ_RATE_ENABLE: u16 = 5;
/// Obsolete, do not use
pub const TCA_FQ_FLOW_DEFAULT_RATE: u16 = 6;
/// Per flow max rate
pub const TCA_FQ_FLOW_MAX_RATE: u16 = 7;
/// log2(number of buckets)
pub const TCA_FQ_BUCKETS_LOG: u16 = 8;
/// Flow credit refill delay in usec
pub const TCA_FQ_FLOW_REFILL_DELAY: u16 = 9;
/// Mask applied to orphaned skb hashes
pub const TCA_FQ_ORPHAN_MASK: u16 = 10;
/// Per packet delay under this rate
pub const TCA_FQ_LOW_RATE_THRESHOLD: u16 = 11;
/// DCTCP-like CE marking threshold
pub const TCA_FQ_CE_THRESHOLD: u16 = 12;
/// `timer-slack` (u32) of `fq-attrs`.
pub const TCA_FQ_TIMER_SLACK: u16 = 13;
/// Time horizon in usec
pub const TCA_FQ_HORIZON: u16 = 14;
/// Drop packets beyond horizon, or cap their EDT
pub const TCA_FQ_HORIZON_DROP: u16 = 15;
/// `priomap` (binary) of `fq-attrs`.
pub const TCA_FQ_PRIOMAP: u16 = 16;
/// Weights for each band
pub const TCA_FQ_WEIGHTS: u16 = 17;

// Attribute set `fq-codel-attrs`

/// `target` (u32) of `fq-codel-attrs`.
pub const TCA_FQ_CODEL_TARGET: u16 = 1;
/// `limit` (u32) of `fq-codel-attrs`.
pub const TCA_FQ_CODEL_LIMIT: u16 = 2;
/// `interval` (u32) of `fq-codel-attrs`.
pub const TCA_FQ_CODEL_INTERVAL: u16 = 3;
/// `ecn` (u32) of `fq-codel-attrs`.
pub const TCA_FQ_CODEL_ECN: u16 = 4;
/// `flows` (u32) of `fq-codel-attrs`.
pub const TCA_FQ_CODEL_FLOWS: u16 = 5;
/// `quantum` (u32) of `fq-codel-attrs`.
pub const TCA_FQ_CODEL_QUANTUM: u16 = 6;
/// `ce-threshold` (u32) of `fq-codel-attrs`.
pub const TCA_FQ_CODEL_CE_THRESHOLD: u16 = 7;
/// `drop-batch-size` (u32) of `fq-codel-attrs`.
pub const TCA_FQ_CODEL_DROP_BATCH_SIZE: u16 = 8;
/// `memory-limit` (u32) of `fq-codel-attrs`.
pub const TCA_FQ_CODEL_MEMORY_LIMIT: u16 = 9;
/// `ce-threshold-selector` (u8) of `fq-codel-attrs`.
pub const TCA_FQ_CODEL_CE_THRESHOLD_SELECTOR: u16 = 10;
/// `ce-threshold-mask` (u8) of `fq-codel-attrs`.
pub const TCA_FQ_CODEL_CE_THRESHOLD_MASK: u16 = 11;

// Attribute set `fq-pie-attrs`

/// `limit` (u32) of `fq-pie-attrs`.
pub const TCA_FQ_PIE_LIMIT: u16 = 1;
/// `flows` (u32) of `fq-pie-attrs`.
pub const TCA_FQ_PIE_FLOWS: u16 = 2;
/// `target` (u32) of `fq-pie-attrs`.
pub const TCA_FQ_PIE_TARGET: u16 = 3;
/// `tupdate` (u32) of `fq-pie-attrs`.
pub const TCA_FQ_PIE_TUPDATE: u16 = 4;
/// `alpha` (u32) of `fq-pie-attrs`.
pub const TCA_FQ_PIE_ALPHA: u16 = 5;
/// `beta` (u32) of `fq-pie-attrs`.
pub const TCA_FQ_PIE_BETA: u16 = 6;
/// `quantum` (u32) of `fq-pie-attrs`.
pub const TCA_FQ_PIE_QUANTUM: u16 = 7;
/// `memory-limit` (u32) of `fq-pie-attrs`.
pub const TCA_FQ_PIE_MEMORY_LIMIT: u16 = 8;
/// `ecn-prob` (u32) of `fq-pie-attrs`.
pub const TCA_FQ_PIE_ECN_PROB: u16 = 9;
/// `ecn` (u32) of `fq-pie-attrs`.
pub const TCA_FQ_PIE_ECN: u16 = 10;
/// `bytemode` (u32) of `fq-pie-attrs`.
pub const TCA_FQ_PIE_BYTEMODE: u16 = 11;
/// `dq-rate-estimator` (u32) of `fq-pie-attrs`.
pub const TCA_FQ_PIE_DQ_RATE_ESTIMATOR: u16 = 12;

// Attribute set `netem-attrs`

/// `corr` (binary) of `netem-attrs`.
pub const TCA_NETEM_CORR: u16 = 1;
/// `delay-dist` (binary) of `netem-attrs`.
pub const TCA_NETEM_DELAY_DIST: u16 = 2;
/// `reorder` (binary) of `netem-attrs`.
pub const TCA_NETEM_REORDER: u16 = 3;
/// `corrupt` (binary) of `netem-attrs`.
pub const TCA_NETEM_CORRUPT: u16 = 4;
/// `loss` (nest) of `netem-attrs`.
pub const TCA_NETEM_LOSS: u16 = 5;
/// `rate` (binary) of `netem-attrs`.
pub const TCA_NETEM_RATE: u16 = 6;
/// `ecn` (u32) of `netem-attrs`.
pub const TCA_NETEM_ECN: u16 = 7;
/// `rate64` (u64) of `netem-attrs`.
pub const TCA_NETEM_RATE64: u16 = 8;
/// `pad` (u32) of `netem-attrs`.
pub const TCA_NETEM_PAD: u16 = 9;
/// `latency64` (s64) of `netem-attrs`.
pub const TCA_NETEM_LATENCY64: u16 = 10;
/// `jitter64` (s64) of `netem-attrs`.
pub const TCA_NETEM_JITTER64: u16 = 11;
/// `slot` (binary) of `netem-attrs`.
pub const TCA_NETEM_SLOT: u16 = 12;
/// `slot-dist` (binary) of `netem-attrs`.
pub const TCA_NETEM_SLOT_DIST: u16 = 13;
/// `prng-seed` (u64) of `netem-attrs`.
pub const TCA_NETEM_PRNG_SEED: u16 = 14;

// Attribute set `netem-loss-attrs`

/// General Intuitive - 4 state model
pub const NETEM_LOSS_GI: u16 = 1;
/// Gilbert Elliot models
pub const NETEM_LOSS_GE: u16 = 2;

// Attribute set `pie-attrs`

/// `target` (u32) of `pie-attrs`.
pub const TCA_PIE_TARGET: u16 = 1;
/// `limit` (u32) of `pie-attrs`.
pub const TCA_PIE_LIMIT: u16 = 2;
/// `tupdate` (u32) of `pie-attrs`.
pub const TCA_PIE_TUPDATE: u16 = 3;
/// `alpha` (u32) of `pie-attrs`.
pub const TCA_PIE_ALPHA: u16 = 4;
/// `beta` (u32) of `pie-attrs`.
pub const TCA_PIE_BETA: u16 = 5;
/// `ecn` (u32) of `pie-attrs`.
pub const TCA_PIE_ECN: u16 = 6;
/// `bytemode` (u32) of `pie-attrs`.
pub const TCA_PIE_BYTEMODE: u16 = 7;
/// `dq-rate-estimator` (u32) of `pie-attrs`.
pub const TCA_PIE_DQ_RATE_ESTIMATOR: u16 = 8;

// Attribute set `police-attrs`

/// `tbf` (binary) of `police-attrs`.
pub const TCA_POLICE_TBF: u16 = 1;
/// `rate` (binary) of `police-attrs`.
pub const TCA_POLICE_RATE: u16 = 2;
/// `peakrate` (binary) of `police-attrs`.
pub const TCA_POLICE_PEAKRATE: u16 = 3;
/// `avrate` (u32) of `police-attrs`.
pub const TCA_POLICE_AVRATE: u16 = 4;
/// `result` (u32) of `police-attrs`.
pub const TCA_POLICE_RESULT: u16 = 5;
/// `tm` (binary) of `police-attrs`.
pub const TCA_POLICE_TM: u16 = 6;
/// `pad` (pad) of `police-attrs`.
pub const TCA_POLICE_PAD: u16 = 7;
/// `rate64` (u64) of `police-attrs`.
pub const TCA_POLICE_RATE64: u16 = 8;
/// `peakrate64` (u64) of `police-attrs`.
pub const TCA_POLICE_PEAKRATE64: u16 = 9;
/// `pktrate64` (u64) of `police-attrs`.
pub const TCA_POLICE_PKTRATE64: u16 = 10;
/// `pktburst64` (u64) of `police-attrs`.
pub const TCA_POLICE_PKTBURST64: u16 = 11;

// Attribute set `qfq-attrs`

/// `weight` (u32) of `qfq-attrs`.
pub const TCA_QFQ_WEIGHT: u16 = 1;
/// `lmax` (u32) of `qfq-attrs`.
pub const TCA_QFQ_LMAX: u16 = 2;

// Attribute set `red-attrs`

/// `parms` (binary) of `red-attrs`.
pub const TCA_RED_PARMS: u16 = 1;
/// `stab` (binary) of `red-attrs`.
pub const TCA_RED_STAB: u16 = 2;
/// `max-p` (u32) of `red-attrs`.
pub const TCA_RED_MAX_P: u16 = 3;
/// `flags` (bitfield32) of `red-attrs`.
pub const TCA_RED_FLAGS: u16 = 4;
/// `early-drop-block` (u32) of `red-attrs`.
pub const TCA_RED_EARLY_DROP_BLOCK: u16 = 5;
/// `mark-block` (u32) of `red-attrs`.
pub const TCA_RED_MARK_BLOCK: u16 = 6;

// Attribute set `route-attrs`

/// `classid` (u32) of `route-attrs`.
pub const TCA_ROUTE4_CLASSID: u16 = 1;
/// `to` (u32) of `route-attrs`.
pub const TCA_ROUTE4_TO: u16 = 2;
/// `from` (u32) of `route-attrs`.
pub const TCA_ROUTE4_FROM: u16 = 3;
/// `iif` (u32) of `route-attrs`.
pub const TCA_ROUTE4_IIF: u16 = 4;
/// `police` (nest) of `route-attrs`.
pub const TCA_ROUTE4_POLICE: u16 = 5;
/// `act` (indexed-array) of `route-attrs`.
pub const TCA_ROUTE4_ACT: u16 = 6;

// Attribute set `taprio-attrs`

/// `priomap` (binary) of `taprio-attrs`.
pub const TCA_TAPRIO_ATTR_PRIOMAP: u16 = 1;
/// `sched-entry-list` (nest) of `taprio-attrs`.
pub const TCA_TAPRIO_ATTR_SCHED_ENTRY_LIST: u16 = 2;
/// `sched-base-time` (s64) of `taprio-attrs`.
pub const TCA_TAPRIO_ATTR_SCHED_BASE_TIME: u16 = 3;
/// `sched-single-entry` (nest) of `taprio-attrs`.
pub const TCA_TAPRIO_ATTR_SCHED_SINGLE_ENTRY: u16 = 4;
/// `sched-clockid` (s32) of `taprio-attrs`.
pub const TCA_TAPRIO_ATTR_SCHED_CLOCKID: u16 = 5;
/// `pad` (pad) of `taprio-attrs`.
pub const TCA_TAPRIO_ATTR_PAD: u16 = 6;
/// `admin-sched` (binary) of `taprio-attrs`.
pub const TCA_TAPRIO_ATTR_ADMIN_SCHED: u16 = 7;
/// `sched-cycle-time` (s64) of `taprio-attrs`.
pub const TCA_TAPRIO_ATTR_SCHED_CYCLE_TIME: u16 = 8;
/// `sched-cycle-time-extension` (s64) of `taprio-attrs`.
pub const TCA_TAPRIO_ATTR_SCHED_CYCLE_TIME_EXTENSION: u16 = 9;
/// `flags` (u32) of `taprio-attrs`.
pub const TCA_TAPRIO_ATTR_FLAGS: u16 = 10;
/// `txtime-delay` (u32) of `taprio-attrs`.
pub const TCA_TAPRIO_ATTR_TXTIME_DELAY: u16 = 11;
/// `tc-entry` (nest) of `taprio-attrs`.
pub const TCA_TAPRIO_ATTR_TC_ENTRY: u16 = 12;

// Attribute set `taprio-sched-entry-list`

/// `entry` (nest) of `taprio-sched-entry-list`.
pub const TCA_TAPRIO_SCHED_ENTRY: u16 = 1;

// Attribute set `taprio-sched-entry`

/// `index` (u32) of `taprio-sched-entry`.
pub const TCA_TAPRIO_SCHED_ENTRY_INDEX: u16 = 1;
/// `cmd` (u8) of `taprio-sched-entry`.
pub const TCA_TAPRIO_SCHED_ENTRY_CMD: u16 = 2;
/// `gate-mask` (u32) of `taprio-sched-entry`.
pub const TCA_TAPRIO_SCHED_ENTRY_GATE_MASK: u16 = 3;
/// `interval` (u32) of `taprio-sched-entry`.
pub const TCA_TAPRIO_SCHED_ENTRY_INTERVAL: u16 = 4;

// Attribute set `taprio-tc-entry-attrs`

/// `index` (u32) of `taprio-tc-entry-attrs`.
pub const TCA_TAPRIO_TC_ENTRY_INDEX: u16 = 1;
/// `max-sdu` (u32) of `taprio-tc-entry-attrs`.
pub const TCA_TAPRIO_TC_ENTRY_MAX_SDU: u16 = 2;
/// `fp` (u32) of `taprio-tc-entry-attrs`.
pub const TCA_TAPRIO_TC_ENTRY_FP: u16 = 3;

// Attribute set `tbf-attrs`

/// `parms` (binary) of `tbf-attrs`.
pub const TCA_TBF_PARMS: u16 = 1;
/// `rtab` (binary) of `tbf-attrs`.
pub const TCA_TBF_RTAB: u16 = 2;
/// `ptab` (binary) of `tbf-attrs`.
pub const TCA_TBF_PTAB: u16 = 3;
/// `rate64` (u64) of `tbf-attrs`.
pub const TCA_TBF_RATE64: u16 = 4;
/// `prate64` (u64) of `tbf-attrs`.
pub const TCA_TBF_PRATE64: u16 = 5;
/// `burst` (u32) of `tbf-attrs`.
pub const TCA_TBF_BURST: u16 = 6;
/// `pburst` (u32) of `tbf-attrs`.
pub const TCA_TBF_PBURST: u16 = 7;
/// `pad` (pad) of `tbf-attrs`.
pub const TCA_TBF_PAD: u16 = 8;

// Attribute set `act-sample-attrs`

/// `tm` (binary) of `act-sample-attrs`.
pub const TCA_SAMPLE_TM: u16 = 1;
/// `parms` (binary) of `act-sample-attrs`.
pub const TCA_SAMPLE_PARMS: u16 = 2;
/// `rate` (u32) of `act-sample-attrs`.
pub const TCA_SAMPLE_RATE: u16 = 3;
/// `trunc-size` (u32) of `act-sample-attrs`.
pub const TCA_SAMPLE_TRUNC_SIZE: u16 = 4;
/// `psample-group` (u32) of `act-sample-attrs`.
pub const TCA_SAMPLE_PSAMPLE_GROUP: u16 = 5;
/// `pad` (pad) of `act-sample-attrs`.
pub const TCA_SAMPLE_PAD: u16 = 6;

// Attribute set `act-gact-attrs`

/// `tm` (binary) of `act-gact-attrs`.
pub const TCA_GACT_TM: u16 = 1;
/// `parms` (binary) of `act-gact-attrs`.
pub const TCA_GACT_PARMS: u16 = 2;
/// `prob` (binary) of `act-gact-attrs`.
pub const TCA_GACT_PROB: u16 = 3;
/// `pad` (pad) of `act-gact-attrs`.
pub const TCA_GACT_PAD: u16 = 4;

// Attribute set `tca-stab-attrs`

/// `base` (binary) of `tca-stab-attrs`.
pub const TCA_STAB_BASE: u16 = 1;
/// `data` (binary) of `tca-stab-attrs`.
pub const TCA_STAB_DATA: u16 = 2;

// Attribute set `tca-stats-attrs`

/// `basic` (binary) of `tca-stats-attrs`.
pub const TCA_STATS_BASIC: u16 = 1;
/// `rate-est` (binary) of `tca-stats-attrs`.
pub const TCA_STATS_RATE_EST: u16 = 2;
/// `queue` (binary) of `tca-stats-attrs`.
pub const TCA_STATS_QUEUE: u16 = 3;
/// `app` (sub-message) of `tca-stats-attrs`.
pub const TCA_STATS_APP: u16 = 4;
/// `rate-est64` (binary) of `tca-stats-attrs`.
pub const TCA_STATS_RATE_EST64: u16 = 5;
/// `pad` (pad) of `tca-stats-attrs`.
pub const TCA_STATS_PAD: u16 = 6;
/// `basic-hw` (binary) of `tca-stats-attrs`.
pub const TCA_STATS_BASIC_HW: u16 = 7;
/// `pkt64` (u64) of `tca-stats-attrs`.
pub const TCA_STATS_PKT64: u16 = 8;

// Attribute set `u32-attrs`

/// `classid` (u32) of `u32-attrs`.
pub const TCA_U32_CLASSID: u16 = 1;
/// `hash` (u32) of `u32-attrs`.
pub const TCA_U32_HASH: u16 = 2;
/// `link` (u32) of `u32-attrs`.
pub const TCA_U32_LINK: u16 = 3;
/// `divisor` (u32) of `u32-attrs`.
pub const TCA_U32_DIVISOR: u16 = 4;
/// `sel` (binary) of `u32-attrs`.
pub const TCA_U32_SEL: u16 = 5;
/// `police` (nest) of `u32-attrs`.
pub const TCA_U32_POLICE: u16 = 6;
/// `act` (indexed-array) of `u32-attrs`.
pub const TCA_U32_ACT: u16 = 7;
/// `indev` (string) of `u32-attrs`.
pub const TCA_U32_INDEV: u16 = 8;
/// `pcnt` (binary) of `u32-attrs`.
pub const TCA_U32_PCNT: u16 = 9;
/// `mark` (binary) of `u32-attrs`.
pub const TCA_U32_MARK: u16 = 10;
/// `flags` (u32) of `u32-attrs`.
pub const TCA_U32_FLAGS: u16 = 11;
/// `pad` (pad) of `u32-attrs`.
pub const TCA_U32_PAD: u16 = 12;

// Flags `cls-flags`

/// `skip-hw` of `cls-flags`.
pub const TC_CLS_FLAGS_SKIP_HW: u32 = 1 << 0;
/// `skip-sw` of `cls-flags`.
pub const TC_CLS_FLAGS_SKIP_SW: u32 = 1 << 1;
/// `in-hw` of `cls-flags`.
pub const TC_CLS_FLAGS_IN_HW: u32 = 1 << 2;
/// `not-in-nw` of `cls-flags`.
pub const TC_CLS_FLAGS_NOT_IN_NW: u32 = 1 << 3;
/// `verbose` of `cls-flags`.
pub const TC_CLS_FLAGS_VERBOSE: u32 = 1 << 4;

// Flags `flower-key-ctrl-flags`

/// `frag` of `flower-key-ctrl-flags`.
pub const TCA_FLOWER_KEY_FLAGS_FRAG: u32 = 1 << 0;
/// `firstfrag` of `flower-key-ctrl-flags`.
pub const TCA_FLOWER_KEY_FLAGS_FIRSTFRAG: u32 = 1 << 1;
/// `tuncsum` of `flower-key-ctrl-flags`.
pub const TCA_FLOWER_KEY_FLAGS_TUNCSUM: u32 = 1 << 2;
/// `tundf` of `flower-key-ctrl-flags`.
pub const TCA_FLOWER_KEY_FLAGS_TUNDF: u32 = 1 << 3;
/// `tunoam` of `flower-key-ctrl-flags`.
pub const TCA_FLOWER_KEY_FLAGS_TUNOAM: u32 = 1 << 4;
/// `tuncrit` of `flower-key-ctrl-flags`.
pub const TCA_FLOWER_KEY_FLAGS_TUNCRIT: u32 = 1 << 5;

// Enum `dualpi2-drop-overload`

/// `overflow` of `dualpi2-drop-overload`.
pub const TC_DUALPI2_DROP_OVERLOAD_OVERFLOW: u32 = 0;
/// `drop` of `dualpi2-drop-overload`.
pub const TC_DUALPI2_DROP_OVERLOAD_DROP: u32 = 1;

// Enum `dualpi2-drop-early`

/// `drop-dequeue` of `dualpi2-drop-early`.
pub const TC_DUALPI2_DROP_EARLY_DROP_DEQUEUE: u32 = 0;
/// `drop-enqueue` of `dualpi2-drop-early`.
pub const TC_DUALPI2_DROP_EARLY_DROP_ENQUEUE: u32 = 1;

// Enum `dualpi2-ecn-mask`

/// `l4s-ect` of `dualpi2-ecn-mask`.
pub const TC_DUALPI2_ECN_MASK_L4S_ECT: u32 = 1;
/// `cla-ect` of `dualpi2-ecn-mask`.
pub const TC_DUALPI2_ECN_MASK_CLA_ECT: u32 = 2;
/// `any-ect` of `dualpi2-ecn-mask`.
pub const TC_DUALPI2_ECN_MASK_ANY_ECT: u32 = 3;

// Enum `dualpi2-split-gso`

/// `no-split-gso` of `dualpi2-split-gso`.
pub const TC_DUALPI2_SPLIT_GSO_NO_SPLIT_GSO: u32 = 0;
/// `split-gso` of `dualpi2-split-gso`.
pub const TC_DUALPI2_SPLIT_GSO_SPLIT_GSO: u32 = 1;
