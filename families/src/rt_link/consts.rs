//! The numbers of `rt-link` by their kernel C names: attribute types, enum values and flag
//! bits, message types, multicast groups and constants.

// Message types

/// Create a new link.
pub const RTM_NEWLINK: u16 = 16;
/// Delete an existing link.
pub const RTM_DELLINK: u16 = 17;
/// Get / dump information about a link.
pub const RTM_GETLINK: u16 = 18;
/// Set information about a link.
pub const RTM_SETLINK: u16 = 19;
/// Get / dump link stats.
pub const RTM_GETSTATS: u16 = 94;

// Multicast groups

/// The `rtnlgrp-link` multicast group.
pub const RTNLGRP_LINK: u32 = 1;
/// The `rtnlgrp-stats` multicast group.
pub const RTNLGRP_STATS: u32 = 36;
/// The `rtnlgrp-ipv4-netconf` multicast group.
pub const RTNLGRP_IPV4_NETCONF: u32 = 24;
/// The `rtnlgrp-ipv6-netconf` multicast group.
pub const RTNLGRP_IPV6_NETCONF: u32 = 25;
/// The `rtnlgrp-mdb` multicast group.
pub const RTNLGRP_MDB: u32 = 26;
/// The `rtnlgrp-nsid` multicast group.
pub const RTNLGRP_NSID: u32 = 28;
/// The `rtnlgrp-brvlan` multicast group.
pub const RTNLGRP_BRVLAN: u32 = 33;

// Attribute set `link-attrs`

/// `address` (binary) of `link-attrs`.
pub const IFLA_ADDRESS: u16 = 1;
/// `broadcast` (binary) of `link-attrs`.
pub const IFLA_BROADCAST: u16 = 2;
/// `ifname` (string) of `link-attrs`.
pub const IFLA_IFNAME: u16 = 3;
/// `mtu` (u32) of `link-attrs`.
pub const IFLA_MTU: u16 = 4;
/// `link` (u32) of `link-attrs`.
pub const IFLA_LINK: u16 = 5;
/// `qdisc` (string) of `link-attrs`.
pub const IFLA_QDISC: u16 = 6;
/// `stats` (binary) of `link-attrs`.
pub const IFLA_STATS: u16 = 7;
/// `cost` (unused) of `link-attrs`.
pub const IFLA_COST: u16 = 8;
/// `priority` (unused) of `link-attrs`.
pub const IFLA_PRIORITY: u16 = 9;
/// `master` (u32) of `link-attrs`.
pub const IFLA_MASTER: u16 = 10;
/// struct iw_event
pub const IFLA_WIRELESS: u16 = 11;
/// A nest of ifla6-attrs or linkinfo-brport-attrs
pub const IFLA_PROTINFO: u16 = 12;
/// `txqlen` (u32) of `link-attrs`.
pub const IFLA_TXQLEN: u16 = 13;
/// `map` (binary) of `link-attrs`.
pub const IFLA_MAP: u16 = 14;
/// `weight` (u32) of `link-attrs`.
pub const IFLA_WEIGHT: u16 = 15;
/// `operstate` (u8) of `link-attrs`.
pub const IFLA_OPERSTATE: u16 = 16;
/// `linkmode` (u8) of `link-attrs`.
pub const IFLA_LINKMODE: u16 = 17;
/// `linkinfo` (nest) of `link-attrs`.
pub const IFLA_LINKINFO: u16 = 18;
/// `net-ns-pid` (u32) of `link-attrs`.
pub const IFLA_NET_NS_PID: u16 = 19;
/// `ifalias` (string) of `link-attrs`.
pub const IFLA_IFALIAS: u16 = 20;
/// `num-vf` (u32) of `link-attrs`.
pub const IFLA_NUM_VF: u16 = 21;
/// Per-VF details. The list holds at most 256 VFs, or 128 when
/// statistics are included, because it is one attribute and has to fit
/// in a u16 length. A device with more VFs than that reports a
/// truncated list; num-vf still carries the real count.
pub const IFLA_VFINFO_LIST: u16 = 22;
/// `stats64` (binary) of `link-attrs`.
pub const IFLA_STATS64: u16 = 23;
/// `vf-ports` (nest) of `link-attrs`.
pub const IFLA_VF_PORTS: u16 = 24;
/// `port-self` (nest) of `link-attrs`.
pub const IFLA_PORT_SELF: u16 = 25;
/// `af-spec` (nest) of `link-attrs`.
pub const IFLA_AF_SPEC: u16 = 26;
/// `group` (u32) of `link-attrs`.
pub const IFLA_GROUP: u16 = 27;
/// `net-ns-fd` (u32) of `link-attrs`.
pub const IFLA_NET_NS_FD: u16 = 28;
/// `ext-mask` (u32) of `link-attrs`.
pub const IFLA_EXT_MASK: u16 = 29;
/// `promiscuity` (u32) of `link-attrs`.
pub const IFLA_PROMISCUITY: u16 = 30;
/// `num-tx-queues` (u32) of `link-attrs`.
pub const IFLA_NUM_TX_QUEUES: u16 = 31;
/// `num-rx-queues` (u32) of `link-attrs`.
pub const IFLA_NUM_RX_QUEUES: u16 = 32;
/// `carrier` (u8) of `link-attrs`.
pub const IFLA_CARRIER: u16 = 33;
/// `phys-port-id` (binary) of `link-attrs`.
pub const IFLA_PHYS_PORT_ID: u16 = 34;
/// `carrier-changes` (u32) of `link-attrs`.
pub const IFLA_CARRIER_CHANGES: u16 = 35;
/// `phys-switch-id` (binary) of `link-attrs`.
pub const IFLA_PHYS_SWITCH_ID: u16 = 36;
/// `link-netnsid` (s32) of `link-attrs`.
pub const IFLA_LINK_NETNSID: u16 = 37;
/// `phys-port-name` (string) of `link-attrs`.
pub const IFLA_PHYS_PORT_NAME: u16 = 38;
/// `proto-down` (u8) of `link-attrs`.
pub const IFLA_PROTO_DOWN: u16 = 39;
/// `gso-max-segs` (u32) of `link-attrs`.
pub const IFLA_GSO_MAX_SEGS: u16 = 40;
/// `gso-max-size` (u32) of `link-attrs`.
pub const IFLA_GSO_MAX_SIZE: u16 = 41;
/// `pad` (pad) of `link-attrs`.
pub const IFLA_PAD: u16 = 42;
/// `xdp` (nest) of `link-attrs`.
pub const IFLA_XDP: u16 = 43;
/// `event` (u32) of `link-attrs`.
pub const IFLA_EVENT: u16 = 44;
/// `new-netnsid` (s32) of `link-attrs`.
pub const IFLA_NEW_NETNSID: u16 = 45;
/// `target-netnsid` (s32) of `link-attrs`.
pub const IFLA_TARGET_NETNSID: u16 = 46;
/// `carrier-up-count` (u32) of `link-attrs`.
pub const IFLA_CARRIER_UP_COUNT: u16 = 47;
/// `carrier-down-count` (u32) of `link-attrs`.
pub const IFLA_CARRIER_DOWN_COUNT: u16 = 48;
/// `new-ifindex` (s32) of `link-attrs`.
pub const IFLA_NEW_IFINDEX: u16 = 49;
/// `min-mtu` (u32) of `link-attrs`.
pub const IFLA_MIN_MTU: u16 = 50;
/// `max-mtu` (u32) of `link-attrs`.
pub const IFLA_MAX_MTU: u16 = 51;
/// `prop-list` (nest) of `link-attrs`.
pub const IFLA_PROP_LIST: u16 = 52;
/// `alt-ifname` (string) of `link-attrs`.
pub const IFLA_ALT_IFNAME: u16 = 53;
/// `perm-address` (binary) of `link-attrs`.
pub const IFLA_PERM_ADDRESS: u16 = 54;
/// `proto-down-reason` (string) of `link-attrs`.
pub const IFLA_PROTO_DOWN_REASON: u16 = 55;
/// `parent-dev-name` (string) of `link-attrs`.
pub const IFLA_PARENT_DEV_NAME: u16 = 56;
/// `parent-dev-bus-name` (string) of `link-attrs`.
pub const IFLA_PARENT_DEV_BUS_NAME: u16 = 57;
/// `gro-max-size` (u32) of `link-attrs`.
pub const IFLA_GRO_MAX_SIZE: u16 = 58;
/// `tso-max-size` (u32) of `link-attrs`.
pub const IFLA_TSO_MAX_SIZE: u16 = 59;
/// `tso-max-segs` (u32) of `link-attrs`.
pub const IFLA_TSO_MAX_SEGS: u16 = 60;
/// `allmulti` (u32) of `link-attrs`.
pub const IFLA_ALLMULTI: u16 = 61;
/// `devlink-port` (nest) of `link-attrs`.
pub const IFLA_DEVLINK_PORT: u16 = 62;
/// `gso-ipv4-max-size` (u32) of `link-attrs`.
pub const IFLA_GSO_IPV4_MAX_SIZE: u16 = 63;
/// `gro-ipv4-max-size` (u32) of `link-attrs`.
pub const IFLA_GRO_IPV4_MAX_SIZE: u16 = 64;
/// `dpll-pin` (nest) of `link-attrs`.
pub const IFLA_DPLL_PIN: u16 = 65;
/// EDT offload horizon supported by the device (in nsec).
pub const IFLA_MAX_PACING_OFFLOAD_HORIZON: u16 = 66;
/// `netns-immutable` (u8) of `link-attrs`.
pub const IFLA_NETNS_IMMUTABLE: u16 = 67;
/// `headroom` (u16) of `link-attrs`.
pub const IFLA_HEADROOM: u16 = 68;
/// `tailroom` (u16) of `link-attrs`.
pub const IFLA_TAILROOM: u16 = 69;

// Attribute set `af-spec-attrs`

/// `inet` (nest) of `af-spec-attrs`.
pub const AF_INET: u16 = 2;
/// `inet6` (nest) of `af-spec-attrs`.
pub const AF_INET6: u16 = 10;
/// `mctp` (nest) of `af-spec-attrs`.
pub const AF_MCTP: u16 = 45;

// Attribute set `vfinfo-list-attrs`

/// `info` (nest) of `vfinfo-list-attrs`.
pub const IFLA_VF_INFO: u16 = 1;

// Attribute set `vfinfo-attrs`

/// `mac` (binary) of `vfinfo-attrs`.
pub const IFLA_VF_MAC: u16 = 1;
/// `vlan` (binary) of `vfinfo-attrs`.
pub const IFLA_VF_VLAN: u16 = 2;
/// `tx-rate` (binary) of `vfinfo-attrs`.
pub const IFLA_VF_TX_RATE: u16 = 3;
/// `spoofchk` (binary) of `vfinfo-attrs`.
pub const IFLA_VF_SPOOFCHK: u16 = 4;
/// `link-state` (binary) of `vfinfo-attrs`.
pub const IFLA_VF_LINK_STATE: u16 = 5;
/// `rate` (binary) of `vfinfo-attrs`.
pub const IFLA_VF_RATE: u16 = 6;
/// `rss-query-en` (binary) of `vfinfo-attrs`.
pub const IFLA_VF_RSS_QUERY_EN: u16 = 7;
/// `stats` (nest) of `vfinfo-attrs`.
pub const IFLA_VF_STATS: u16 = 8;
/// `trust` (binary) of `vfinfo-attrs`.
pub const IFLA_VF_TRUST: u16 = 9;
/// `ib-node-guid` (binary) of `vfinfo-attrs`.
pub const IFLA_VF_IB_NODE_GUID: u16 = 10;
/// `ib-port-guid` (binary) of `vfinfo-attrs`.
pub const IFLA_VF_IB_PORT_GUID: u16 = 11;
/// `vlan-list` (nest) of `vfinfo-attrs`.
pub const IFLA_VF_VLAN_LIST: u16 = 12;
/// `broadcast` (binary) of `vfinfo-attrs`.
pub const IFLA_VF_BROADCAST: u16 = 13;

// Attribute set `vf-stats-attrs`

/// `rx-packets` (u64) of `vf-stats-attrs`.
pub const IFLA_VF_STATS_RX_PACKETS: u16 = 0;
/// `tx-packets` (u64) of `vf-stats-attrs`.
pub const IFLA_VF_STATS_TX_PACKETS: u16 = 1;
/// `rx-bytes` (u64) of `vf-stats-attrs`.
pub const IFLA_VF_STATS_RX_BYTES: u16 = 2;
/// `tx-bytes` (u64) of `vf-stats-attrs`.
pub const IFLA_VF_STATS_TX_BYTES: u16 = 3;
/// `broadcast` (u64) of `vf-stats-attrs`.
pub const IFLA_VF_STATS_BROADCAST: u16 = 4;
/// `multicast` (u64) of `vf-stats-attrs`.
pub const IFLA_VF_STATS_MULTICAST: u16 = 5;
/// `pad` (pad) of `vf-stats-attrs`.
pub const IFLA_VF_STATS_PAD: u16 = 6;
/// `rx-dropped` (u64) of `vf-stats-attrs`.
pub const IFLA_VF_STATS_RX_DROPPED: u16 = 7;
/// `tx-dropped` (u64) of `vf-stats-attrs`.
pub const IFLA_VF_STATS_TX_DROPPED: u16 = 8;

// Attribute set `vf-vlan-attrs`

/// `info` (binary) of `vf-vlan-attrs`.
pub const IFLA_VF_VLAN_INFO: u16 = 1;

// Attribute set `vf-ports-attrs`

// Attribute set `port-self-attrs`

// Attribute set `linkinfo-attrs`

/// `kind` (string) of `linkinfo-attrs`.
pub const IFLA_INFO_KIND: u16 = 1;
/// `data` (sub-message) of `linkinfo-attrs`.
pub const IFLA_INFO_DATA: u16 = 2;
/// `xstats` (binary) of `linkinfo-attrs`.
pub const IFLA_INFO_XSTATS: u16 = 3;
/// `slave-kind` (string) of `linkinfo-attrs`.
pub const IFLA_INFO_SLAVE_KIND: u16 = 4;
/// `slave-data` (sub-message) of `linkinfo-attrs`.
pub const IFLA_INFO_SLAVE_DATA: u16 = 5;

// Attribute set `linkinfo-bond-attrs`

/// `mode` (u8) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_MODE: u16 = 1;
/// `active-slave` (u32) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_ACTIVE_SLAVE: u16 = 2;
/// `miimon` (u32) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_MIIMON: u16 = 3;
/// `updelay` (u32) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_UPDELAY: u16 = 4;
/// `downdelay` (u32) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_DOWNDELAY: u16 = 5;
/// `use-carrier` (u8) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_USE_CARRIER: u16 = 6;
/// `arp-interval` (u32) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_ARP_INTERVAL: u16 = 7;
/// `arp-ip-target` (indexed-array) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_ARP_IP_TARGET: u16 = 8;
/// `arp-validate` (u32) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_ARP_VALIDATE: u16 = 9;
/// `arp-all-targets` (u32) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_ARP_ALL_TARGETS: u16 = 10;
/// `primary` (u32) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_PRIMARY: u16 = 11;
/// `primary-reselect` (u8) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_PRIMARY_RESELECT: u16 = 12;
/// `fail-over-mac` (u8) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_FAIL_OVER_MAC: u16 = 13;
/// `xmit-hash-policy` (u8) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_XMIT_HASH_POLICY: u16 = 14;
/// `resend-igmp` (u32) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_RESEND_IGMP: u16 = 15;
/// `num-peer-notif` (u8) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_NUM_PEER_NOTIF: u16 = 16;
/// `all-slaves-active` (u8) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_ALL_SLAVES_ACTIVE: u16 = 17;
/// `min-links` (u32) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_MIN_LINKS: u16 = 18;
/// `lp-interval` (u32) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_LP_INTERVAL: u16 = 19;
/// `packets-per-slave` (u32) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_PACKETS_PER_SLAVE: u16 = 20;
/// `ad-lacp-rate` (u8) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_AD_LACP_RATE: u16 = 21;
/// `ad-select` (u8) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_AD_SELECT: u16 = 22;
/// `ad-info` (nest) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_AD_INFO: u16 = 23;
/// `ad-actor-sys-prio` (u16) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_AD_ACTOR_SYS_PRIO: u16 = 24;
/// `ad-user-port-key` (u16) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_AD_USER_PORT_KEY: u16 = 25;
/// `ad-actor-system` (binary) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_AD_ACTOR_SYSTEM: u16 = 26;
/// `tlb-dynamic-lb` (u8) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_TLB_DYNAMIC_LB: u16 = 27;
/// `peer-notif-delay` (u32) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_PEER_NOTIF_DELAY: u16 = 28;
/// `ad-lacp-active` (u8) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_AD_LACP_ACTIVE: u16 = 29;
/// `missed-max` (u8) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_MISSED_MAX: u16 = 30;
/// `ns-ip6-target` (indexed-array) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_NS_IP6_TARGET: u16 = 31;
/// `coupled-control` (u8) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_COUPLED_CONTROL: u16 = 32;
/// `broadcast-neigh` (u8) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_BROADCAST_NEIGH: u16 = 33;
/// `lacp-strict` (u8) of `linkinfo-bond-attrs`.
pub const IFLA_BOND_LACP_STRICT: u16 = 34;

// Attribute set `bond-ad-info-attrs`

/// `aggregator` (u16) of `bond-ad-info-attrs`.
pub const IFLA_BOND_AD_INFO_AGGREGATOR: u16 = 1;
/// `num-ports` (u16) of `bond-ad-info-attrs`.
pub const IFLA_BOND_AD_INFO_NUM_PORTS: u16 = 2;
/// `actor-key` (u16) of `bond-ad-info-attrs`.
pub const IFLA_BOND_AD_INFO_ACTOR_KEY: u16 = 3;
/// `partner-key` (u16) of `bond-ad-info-attrs`.
pub const IFLA_BOND_AD_INFO_PARTNER_KEY: u16 = 4;
/// `partner-mac` (binary) of `bond-ad-info-attrs`.
pub const IFLA_BOND_AD_INFO_PARTNER_MAC: u16 = 5;

// Attribute set `bond-slave-attrs`

/// `state` (u8) of `bond-slave-attrs`.
pub const IFLA_BOND_SLAVE_STATE: u16 = 1;
/// `mii-status` (u8) of `bond-slave-attrs`.
pub const IFLA_BOND_SLAVE_MII_STATUS: u16 = 2;
/// `link-failure-count` (u32) of `bond-slave-attrs`.
pub const IFLA_BOND_SLAVE_LINK_FAILURE_COUNT: u16 = 3;
/// `perm-hwaddr` (binary) of `bond-slave-attrs`.
pub const IFLA_BOND_SLAVE_PERM_HWADDR: u16 = 4;
/// `queue-id` (u16) of `bond-slave-attrs`.
pub const IFLA_BOND_SLAVE_QUEUE_ID: u16 = 5;
/// `ad-aggregator-id` (u16) of `bond-slave-attrs`.
pub const IFLA_BOND_SLAVE_AD_AGGREGATOR_ID: u16 = 6;
/// `ad-actor-oper-port-state` (u8) of `bond-slave-attrs`.
pub const IFLA_BOND_SLAVE_AD_ACTOR_OPER_PORT_STATE: u16 = 7;
/// `ad-partner-oper-port-state` (u16) of `bond-slave-attrs`.
pub const IFLA_BOND_SLAVE_AD_PARTNER_OPER_PORT_STATE: u16 = 8;
/// `prio` (u32) of `bond-slave-attrs`.
pub const IFLA_BOND_SLAVE_PRIO: u16 = 9;

// Attribute set `linkinfo-bridge-attrs`

/// `forward-delay` (u32) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_FORWARD_DELAY: u16 = 1;
/// `hello-time` (u32) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_HELLO_TIME: u16 = 2;
/// `max-age` (u32) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_MAX_AGE: u16 = 3;
/// `ageing-time` (u32) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_AGEING_TIME: u16 = 4;
/// `stp-state` (u32) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_STP_STATE: u16 = 5;
/// `priority` (u16) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_PRIORITY: u16 = 6;
/// `vlan-filtering` (u8) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_VLAN_FILTERING: u16 = 7;
/// `vlan-protocol` (u16) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_VLAN_PROTOCOL: u16 = 8;
/// `group-fwd-mask` (u16) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_GROUP_FWD_MASK: u16 = 9;
/// `root-id` (binary) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_ROOT_ID: u16 = 10;
/// `bridge-id` (binary) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_BRIDGE_ID: u16 = 11;
/// `root-port` (u16) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_ROOT_PORT: u16 = 12;
/// `root-path-cost` (u32) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_ROOT_PATH_COST: u16 = 13;
/// `topology-change` (u8) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_TOPOLOGY_CHANGE: u16 = 14;
/// `topology-change-detected` (u8) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_TOPOLOGY_CHANGE_DETECTED: u16 = 15;
/// `hello-timer` (u64) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_HELLO_TIMER: u16 = 16;
/// `tcn-timer` (u64) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_TCN_TIMER: u16 = 17;
/// `topology-change-timer` (u64) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_TOPOLOGY_CHANGE_TIMER: u16 = 18;
/// `gc-timer` (u64) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_GC_TIMER: u16 = 19;
/// `group-addr` (binary) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_GROUP_ADDR: u16 = 20;
/// `fdb-flush` (binary) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_FDB_FLUSH: u16 = 21;
/// `mcast-router` (u8) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_MCAST_ROUTER: u16 = 22;
/// `mcast-snooping` (u8) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_MCAST_SNOOPING: u16 = 23;
/// `mcast-query-use-ifaddr` (u8) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_MCAST_QUERY_USE_IFADDR: u16 = 24;
/// `mcast-querier` (u8) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_MCAST_QUERIER: u16 = 25;
/// `mcast-hash-elasticity` (u32) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_MCAST_HASH_ELASTICITY: u16 = 26;
/// `mcast-hash-max` (u32) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_MCAST_HASH_MAX: u16 = 27;
/// `mcast-last-member-cnt` (u32) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_MCAST_LAST_MEMBER_CNT: u16 = 28;
/// `mcast-startup-query-cnt` (u32) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_MCAST_STARTUP_QUERY_CNT: u16 = 29;
/// `mcast-last-member-intvl` (u64) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_MCAST_LAST_MEMBER_INTVL: u16 = 30;
/// `mcast-membership-intvl` (u64) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_MCAST_MEMBERSHIP_INTVL: u16 = 31;
/// `mcast-querier-intvl` (u64) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_MCAST_QUERIER_INTVL: u16 = 32;
/// `mcast-query-intvl` (u64) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_MCAST_QUERY_INTVL: u16 = 33;
/// `mcast-query-response-intvl` (u64) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_MCAST_QUERY_RESPONSE_INTVL: u16 = 34;
/// `mcast-startup-query-intvl` (u64) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_MCAST_STARTUP_QUERY_INTVL: u16 = 35;
/// `nf-call-iptables` (u8) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_NF_CALL_IPTABLES: u16 = 36;
/// `nf-call-ip6tables` (u8) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_NF_CALL_IP6TABLES: u16 = 37;
/// `nf-call-arptables` (u8) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_NF_CALL_ARPTABLES: u16 = 38;
/// `vlan-default-pvid` (u16) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_VLAN_DEFAULT_PVID: u16 = 39;
/// `pad` (pad) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_PAD: u16 = 40;
/// `vlan-stats-enabled` (u8) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_VLAN_STATS_ENABLED: u16 = 41;
/// `mcast-stats-enabled` (u8) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_MCAST_STATS_ENABLED: u16 = 42;
/// `mcast-igmp-version` (u8) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_MCAST_IGMP_VERSION: u16 = 43;
/// `mcast-mld-version` (u8) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_MCAST_MLD_VERSION: u16 = 44;
/// `vlan-stats-per-port` (u8) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_VLAN_STATS_PER_PORT: u16 = 45;
/// `multi-boolopt` (binary) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_MULTI_BOOLOPT: u16 = 46;
/// `mcast-querier-state` (binary) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_MCAST_QUERIER_STATE: u16 = 47;
/// `fdb-n-learned` (u32) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_FDB_N_LEARNED: u16 = 48;
/// `fdb-max-learned` (u32) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_FDB_MAX_LEARNED: u16 = 49;
/// `stp-mode` (u32) of `linkinfo-bridge-attrs`.
pub const IFLA_BR_STP_MODE: u16 = 50;

// Attribute set `linkinfo-brport-attrs`

/// `state` (u8) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_STATE: u16 = 1;
/// `priority` (u16) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_PRIORITY: u16 = 2;
/// `cost` (u32) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_COST: u16 = 3;
/// `mode` (u8) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_MODE: u16 = 4;
/// `guard` (u8) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_GUARD: u16 = 5;
/// `protect` (u8) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_PROTECT: u16 = 6;
/// `fast-leave` (u8) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_FAST_LEAVE: u16 = 7;
/// `learning` (u8) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_LEARNING: u16 = 8;
/// `unicast-flood` (u8) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_UNICAST_FLOOD: u16 = 9;
/// `proxyarp` (u8) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_PROXYARP: u16 = 10;
/// `learning-sync` (u8) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_LEARNING_SYNC: u16 = 11;
/// `proxyarp-wifi` (u8) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_PROXYARP_WIFI: u16 = 12;
/// `root-id` (binary) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_ROOT_ID: u16 = 13;
/// `bridge-id` (binary) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_BRIDGE_ID: u16 = 14;
/// `designated-port` (u16) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_DESIGNATED_PORT: u16 = 15;
/// `designated-cost` (u16) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_DESIGNATED_COST: u16 = 16;
/// `id` (u16) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_ID: u16 = 17;
/// `no` (u16) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_NO: u16 = 18;
/// `topology-change-ack` (u8) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_TOPOLOGY_CHANGE_ACK: u16 = 19;
/// `config-pending` (u8) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_CONFIG_PENDING: u16 = 20;
/// `message-age-timer` (u64) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_MESSAGE_AGE_TIMER: u16 = 21;
/// `forward-delay-timer` (u64) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_FORWARD_DELAY_TIMER: u16 = 22;
/// `hold-timer` (u64) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_HOLD_TIMER: u16 = 23;
/// `flush` (flag) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_FLUSH: u16 = 24;
/// `multicast-router` (u8) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_MULTICAST_ROUTER: u16 = 25;
/// `pad` (pad) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_PAD: u16 = 26;
/// `mcast-flood` (u8) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_MCAST_FLOOD: u16 = 27;
/// `mcast-to-ucast` (u8) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_MCAST_TO_UCAST: u16 = 28;
/// `vlan-tunnel` (u8) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_VLAN_TUNNEL: u16 = 29;
/// `bcast-flood` (u8) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_BCAST_FLOOD: u16 = 30;
/// `group-fwd-mask` (u16) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_GROUP_FWD_MASK: u16 = 31;
/// `neigh-suppress` (u8) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_NEIGH_SUPPRESS: u16 = 32;
/// `isolated` (u8) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_ISOLATED: u16 = 33;
/// `backup-port` (u32) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_BACKUP_PORT: u16 = 34;
/// `mrp-ring-open` (u8) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_MRP_RING_OPEN: u16 = 35;
/// `mrp-in-open` (u8) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_MRP_IN_OPEN: u16 = 36;
/// `mcast-eht-hosts-limit` (u32) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT: u16 = 37;
/// `mcast-eht-hosts-cnt` (u32) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_MCAST_EHT_HOSTS_CNT: u16 = 38;
/// `locked` (u8) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_LOCKED: u16 = 39;
/// `mab` (u8) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_MAB: u16 = 40;
/// `mcast-n-groups` (u32) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_MCAST_N_GROUPS: u16 = 41;
/// `mcast-max-groups` (u32) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_MCAST_MAX_GROUPS: u16 = 42;
/// `neigh-vlan-suppress` (u8) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_NEIGH_VLAN_SUPPRESS: u16 = 43;
/// `backup-nhid` (u32) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_BACKUP_NHID: u16 = 44;
/// `neigh-forward-grat` (u8) of `linkinfo-brport-attrs`.
pub const IFLA_BRPORT_NEIGH_FORWARD_GRAT: u16 = 45;

// Attribute set `linkinfo-gre-attrs`

/// `link` (u32) of `linkinfo-gre-attrs`.
pub const IFLA_GRE_LINK: u16 = 1;
/// `iflags` (u16) of `linkinfo-gre-attrs`.
pub const IFLA_GRE_IFLAGS: u16 = 2;
/// `oflags` (u16) of `linkinfo-gre-attrs`.
pub const IFLA_GRE_OFLAGS: u16 = 3;
/// `ikey` (u32) of `linkinfo-gre-attrs`.
pub const IFLA_GRE_IKEY: u16 = 4;
/// `okey` (u32) of `linkinfo-gre-attrs`.
pub const IFLA_GRE_OKEY: u16 = 5;
/// `local` (binary) of `linkinfo-gre-attrs`.
pub const IFLA_GRE_LOCAL: u16 = 6;
/// `remote` (binary) of `linkinfo-gre-attrs`.
pub const IFLA_GRE_REMOTE: u16 = 7;
/// `ttl` (u8) of `linkinfo-gre-attrs`.
pub const IFLA_GRE_TTL: u16 = 8;
/// `tos` (u8) of `linkinfo-gre-attrs`.
pub const IFLA_GRE_TOS: u16 = 9;
/// `pmtudisc` (u8) of `linkinfo-gre-attrs`.
pub const IFLA_GRE_PMTUDISC: u16 = 10;
/// `encap-limit` (u8) of `linkinfo-gre-attrs`.
pub const IFLA_GRE_ENCAP_LIMIT: u16 = 11;
/// `flowinfo` (u32) of `linkinfo-gre-attrs`.
pub const IFLA_GRE_FLOWINFO: u16 = 12;
/// `flags` (u32) of `linkinfo-gre-attrs`.
pub const IFLA_GRE_FLAGS: u16 = 13;
/// `encap-type` (u16) of `linkinfo-gre-attrs`.
pub const IFLA_GRE_ENCAP_TYPE: u16 = 14;
/// `encap-flags` (u16) of `linkinfo-gre-attrs`.
pub const IFLA_GRE_ENCAP_FLAGS: u16 = 15;
/// `encap-sport` (u16) of `linkinfo-gre-attrs`.
pub const IFLA_GRE_ENCAP_SPORT: u16 = 16;
/// `encap-dport` (u16) of `linkinfo-gre-attrs`.
pub const IFLA_GRE_ENCAP_DPORT: u16 = 17;
/// `collect-metadata` (flag) of `linkinfo-gre-attrs`.
pub const IFLA_GRE_COLLECT_METADATA: u16 = 18;
/// `ignore-df` (u8) of `linkinfo-gre-attrs`.
pub const IFLA_GRE_IGNORE_DF: u16 = 19;
/// `fwmark` (u32) of `linkinfo-gre-attrs`.
pub const IFLA_GRE_FWMARK: u16 = 20;
/// `erspan-index` (u32) of `linkinfo-gre-attrs`.
pub const IFLA_GRE_ERSPAN_INDEX: u16 = 21;
/// `erspan-ver` (u8) of `linkinfo-gre-attrs`.
pub const IFLA_GRE_ERSPAN_VER: u16 = 22;
/// `erspan-dir` (u8) of `linkinfo-gre-attrs`.
pub const IFLA_GRE_ERSPAN_DIR: u16 = 23;
/// `erspan-hwid` (u16) of `linkinfo-gre-attrs`.
pub const IFLA_GRE_ERSPAN_HWID: u16 = 24;

// Attribute set `linkinfo-vti-attrs`

/// `link` (u32) of `linkinfo-vti-attrs`.
pub const IFLA_VTI_LINK: u16 = 1;
/// `ikey` (u32) of `linkinfo-vti-attrs`.
pub const IFLA_VTI_IKEY: u16 = 2;
/// `okey` (u32) of `linkinfo-vti-attrs`.
pub const IFLA_VTI_OKEY: u16 = 3;
/// `local` (binary) of `linkinfo-vti-attrs`.
pub const IFLA_VTI_LOCAL: u16 = 4;
/// `remote` (binary) of `linkinfo-vti-attrs`.
pub const IFLA_VTI_REMOTE: u16 = 5;
/// `fwmark` (u32) of `linkinfo-vti-attrs`.
pub const IFLA_VTI_FWMARK: u16 = 6;

// Attribute set `linkinfo-geneve-attrs`

/// `id` (u32) of `linkinfo-geneve-attrs`.
pub const IFLA_GENEVE_ID: u16 = 1;
/// `remote` (u32) of `linkinfo-geneve-attrs`.
pub const IFLA_GENEVE_REMOTE: u16 = 2;
/// `ttl` (u8) of `linkinfo-geneve-attrs`.
pub const IFLA_GENEVE_TTL: u16 = 3;
/// `tos` (u8) of `linkinfo-geneve-attrs`.
pub const IFLA_GENEVE_TOS: u16 = 4;
/// `port` (u16) of `linkinfo-geneve-attrs`.
pub const IFLA_GENEVE_PORT: u16 = 5;
/// `collect-metadata` (flag) of `linkinfo-geneve-attrs`.
pub const IFLA_GENEVE_COLLECT_METADATA: u16 = 6;
/// `remote6` (binary) of `linkinfo-geneve-attrs`.
pub const IFLA_GENEVE_REMOTE6: u16 = 7;
/// `udp-csum` (u8) of `linkinfo-geneve-attrs`.
pub const IFLA_GENEVE_UDP_CSUM: u16 = 8;
/// `udp-zero-csum6-tx` (u8) of `linkinfo-geneve-attrs`.
pub const IFLA_GENEVE_UDP_ZERO_CSUM6_TX: u16 = 9;
/// `udp-zero-csum6-rx` (u8) of `linkinfo-geneve-attrs`.
pub const IFLA_GENEVE_UDP_ZERO_CSUM6_RX: u16 = 10;
/// `label` (u32) of `linkinfo-geneve-attrs`.
pub const IFLA_GENEVE_LABEL: u16 = 11;
/// `ttl-inherit` (u8) of `linkinfo-geneve-attrs`.
pub const IFLA_GENEVE_TTL_INHERIT: u16 = 12;
/// `df` (u8) of `linkinfo-geneve-attrs`.
pub const IFLA_GENEVE_DF: u16 = 13;
/// `inner-proto-inherit` (flag) of `linkinfo-geneve-attrs`.
pub const IFLA_GENEVE_INNER_PROTO_INHERIT: u16 = 14;
/// `port-range` (binary) of `linkinfo-geneve-attrs`.
pub const IFLA_GENEVE_PORT_RANGE: u16 = 15;
/// `gro-hint` (flag) of `linkinfo-geneve-attrs`.
pub const IFLA_GENEVE_GRO_HINT: u16 = 16;
/// `local` (u32) of `linkinfo-geneve-attrs`.
pub const IFLA_GENEVE_LOCAL: u16 = 17;
/// `local6` (binary) of `linkinfo-geneve-attrs`.
pub const IFLA_GENEVE_LOCAL6: u16 = 18;

// Attribute set `linkinfo-hsr-attrs`

/// `slave1` (u32) of `linkinfo-hsr-attrs`.
pub const IFLA_HSR_SLAVE1: u16 = 1;
/// `slave2` (u32) of `linkinfo-hsr-attrs`.
pub const IFLA_HSR_SLAVE2: u16 = 2;
/// `multicast-spec` (u8) of `linkinfo-hsr-attrs`.
pub const IFLA_HSR_MULTICAST_SPEC: u16 = 3;
/// `supervision-addr` (binary) of `linkinfo-hsr-attrs`.
pub const IFLA_HSR_SUPERVISION_ADDR: u16 = 4;
/// `seq-nr` (u16) of `linkinfo-hsr-attrs`.
pub const IFLA_HSR_SEQ_NR: u16 = 5;
/// `version` (u8) of `linkinfo-hsr-attrs`.
pub const IFLA_HSR_VERSION: u16 = 6;
/// `protocol` (u8) of `linkinfo-hsr-attrs`.
pub const IFLA_HSR_PROTOCOL: u16 = 7;
/// `interlink` (u32) of `linkinfo-hsr-attrs`.
pub const IFLA_HSR_INTERLINK: u16 = 8;

// Attribute set `linkinfo-iptun-attrs`

/// `link` (u32) of `linkinfo-iptun-attrs`.
pub const IFLA_IPTUN_LINK: u16 = 1;
/// `local` (binary) of `linkinfo-iptun-attrs`.
pub const IFLA_IPTUN_LOCAL: u16 = 2;
/// `remote` (binary) of `linkinfo-iptun-attrs`.
pub const IFLA_IPTUN_REMOTE: u16 = 3;
/// `ttl` (u8) of `linkinfo-iptun-attrs`.
pub const IFLA_IPTUN_TTL: u16 = 4;
/// `tos` (u8) of `linkinfo-iptun-attrs`.
pub const IFLA_IPTUN_TOS: u16 = 5;
/// `encap-limit` (u8) of `linkinfo-iptun-attrs`.
pub const IFLA_IPTUN_ENCAP_LIMIT: u16 = 6;
/// `flowinfo` (u32) of `linkinfo-iptun-attrs`.
pub const IFLA_IPTUN_FLOWINFO: u16 = 7;
/// `flags` (u16) of `linkinfo-iptun-attrs`.
pub const IFLA_IPTUN_FLAGS: u16 = 8;
/// `proto` (u8) of `linkinfo-iptun-attrs`.
pub const IFLA_IPTUN_PROTO: u16 = 9;
/// `pmtudisc` (u8) of `linkinfo-iptun-attrs`.
pub const IFLA_IPTUN_PMTUDISC: u16 = 10;
/// `6rd-prefix` (binary) of `linkinfo-iptun-attrs`.
pub const IFLA_IPTUN_6RD_PREFIX: u16 = 11;
/// `6rd-relay-prefix` (u32) of `linkinfo-iptun-attrs`.
pub const IFLA_IPTUN_6RD_RELAY_PREFIX: u16 = 12;
/// `6rd-prefixlen` (u16) of `linkinfo-iptun-attrs`.
pub const IFLA_IPTUN_6RD_PREFIXLEN: u16 = 13;
/// `6rd-relay-prefixlen` (u16) of `linkinfo-iptun-attrs`.
pub const IFLA_IPTUN_6RD_RELAY_PREFIXLEN: u16 = 14;
/// `encap-type` (u16) of `linkinfo-iptun-attrs`.
pub const IFLA_IPTUN_ENCAP_TYPE: u16 = 15;
/// `encap-flags` (u16) of `linkinfo-iptun-attrs`.
pub const IFLA_IPTUN_ENCAP_FLAGS: u16 = 16;
/// `encap-sport` (u16) of `linkinfo-iptun-attrs`.
pub const IFLA_IPTUN_ENCAP_SPORT: u16 = 17;
/// `encap-dport` (u16) of `linkinfo-iptun-attrs`.
pub const IFLA_IPTUN_ENCAP_DPORT: u16 = 18;
/// `collect-metadata` (flag) of `linkinfo-iptun-attrs`.
pub const IFLA_IPTUN_COLLECT_METADATA: u16 = 19;
/// `fwmark` (u32) of `linkinfo-iptun-attrs`.
pub const IFLA_IPTUN_FWMARK: u16 = 20;

// Attribute set `linkinfo-tun-attrs`

/// `owner` (u32) of `linkinfo-tun-attrs`.
pub const IFLA_TUN_OWNER: u16 = 1;
/// `group` (u32) of `linkinfo-tun-attrs`.
pub const IFLA_TUN_GROUP: u16 = 2;
/// `type` (u8) of `linkinfo-tun-attrs`.
pub const IFLA_TUN_TYPE: u16 = 3;
/// `pi` (u8) of `linkinfo-tun-attrs`.
pub const IFLA_TUN_PI: u16 = 4;
/// `vnet-hdr` (u8) of `linkinfo-tun-attrs`.
pub const IFLA_TUN_VNET_HDR: u16 = 5;
/// `persist` (u8) of `linkinfo-tun-attrs`.
pub const IFLA_TUN_PERSIST: u16 = 6;
/// `multi-queue` (u8) of `linkinfo-tun-attrs`.
pub const IFLA_TUN_MULTI_QUEUE: u16 = 7;
/// `num-queues` (u32) of `linkinfo-tun-attrs`.
pub const IFLA_TUN_NUM_QUEUES: u16 = 8;
/// `num-disabled-queues` (u32) of `linkinfo-tun-attrs`.
pub const IFLA_TUN_NUM_DISABLED_QUEUES: u16 = 9;

// Attribute set `linkinfo-vlan-attrs`

/// `id` (u16) of `linkinfo-vlan-attrs`.
pub const IFLA_VLAN_ID: u16 = 1;
/// `flags` (binary) of `linkinfo-vlan-attrs`.
pub const IFLA_VLAN_FLAGS: u16 = 2;
/// `egress-qos` (nest) of `linkinfo-vlan-attrs`.
pub const IFLA_VLAN_EGRESS_QOS: u16 = 3;
/// `ingress-qos` (nest) of `linkinfo-vlan-attrs`.
pub const IFLA_VLAN_INGRESS_QOS: u16 = 4;
/// `protocol` (u16) of `linkinfo-vlan-attrs`.
pub const IFLA_VLAN_PROTOCOL: u16 = 5;

// Attribute set `ifla-vlan-qos`

/// `mapping` (binary) of `ifla-vlan-qos`.
pub const IFLA_VLAN_QOS_MAPPING: u16 = 1;

// Attribute set `linkinfo-vrf-attrs`

/// `table` (u32) of `linkinfo-vrf-attrs`.
pub const IFLA_VRF_TABLE: u16 = 1;

// Attribute set `xdp-attrs`

/// `fd` (s32) of `xdp-attrs`.
pub const IFLA_XDP_FD: u16 = 1;
/// `attached` (u8) of `xdp-attrs`.
pub const IFLA_XDP_ATTACHED: u16 = 2;
/// `flags` (u32) of `xdp-attrs`.
pub const IFLA_XDP_FLAGS: u16 = 3;
/// `prog-id` (u32) of `xdp-attrs`.
pub const IFLA_XDP_PROG_ID: u16 = 4;
/// `drv-prog-id` (u32) of `xdp-attrs`.
pub const IFLA_XDP_DRV_PROG_ID: u16 = 5;
/// `skb-prog-id` (u32) of `xdp-attrs`.
pub const IFLA_XDP_SKB_PROG_ID: u16 = 6;
/// `hw-prog-id` (u32) of `xdp-attrs`.
pub const IFLA_XDP_HW_PROG_ID: u16 = 7;
/// `expected-fd` (s32) of `xdp-attrs`.
pub const IFLA_XDP_EXPECTED_FD: u16 = 8;

// Attribute set `ifla-attrs`

/// u32 indexed by ipv4-devconf - 1 on output, on input it's a nest
pub const IFLA_INET_CONF: u16 = 1;

// Attribute set `ifla6-attrs`

/// `flags` (u32) of `ifla6-attrs`.
pub const IFLA_INET6_FLAGS: u16 = 1;
/// u32 indexed by ipv6-devconf - 1 on output, on input it's a nest
pub const IFLA_INET6_CONF: u16 = 2;
/// `stats` (binary) of `ifla6-attrs`.
pub const IFLA_INET6_STATS: u16 = 3;
/// `mcast` (binary) of `ifla6-attrs`.
pub const IFLA_INET6_MCAST: u16 = 4;
/// `cacheinfo` (binary) of `ifla6-attrs`.
pub const IFLA_INET6_CACHEINFO: u16 = 5;
/// `icmp6stats` (binary) of `ifla6-attrs`.
pub const IFLA_INET6_ICMP6STATS: u16 = 6;
/// `token` (binary) of `ifla6-attrs`.
pub const IFLA_INET6_TOKEN: u16 = 7;
/// `addr-gen-mode` (u8) of `ifla6-attrs`.
pub const IFLA_INET6_ADDR_GEN_MODE: u16 = 8;
/// `ra-mtu` (u32) of `ifla6-attrs`.
pub const IFLA_INET6_RA_MTU: u16 = 9;

// Attribute set `mctp-attrs`

/// `net` (u32) of `mctp-attrs`.
pub const IFLA_MCTP_NET: u16 = 1;
/// `phys-binding` (u8) of `mctp-attrs`.
pub const IFLA_MCTP_PHYS_BINDING: u16 = 2;

// Attribute set `stats-attrs`

/// `link-64` (binary) of `stats-attrs`.
pub const IFLA_STATS_LINK_64: u16 = 1;
/// `link-xstats` (binary) of `stats-attrs`.
pub const IFLA_STATS_LINK_XSTATS: u16 = 2;
/// `link-xstats-slave` (binary) of `stats-attrs`.
pub const IFLA_STATS_LINK_XSTATS_SLAVE: u16 = 3;
/// `link-offload-xstats` (nest) of `stats-attrs`.
pub const IFLA_STATS_LINK_OFFLOAD_XSTATS: u16 = 4;
/// `af-spec` (binary) of `stats-attrs`.
pub const IFLA_STATS_AF_SPEC: u16 = 5;

// Attribute set `link-offload-xstats`

/// `cpu-hit` (binary) of `link-offload-xstats`.
pub const IFLA_OFFLOAD_XSTATS_CPU_HIT: u16 = 1;
/// `hw-s-info` (indexed-array) of `link-offload-xstats`.
pub const IFLA_OFFLOAD_XSTATS_HW_S_INFO: u16 = 2;
/// `l3-stats` (binary) of `link-offload-xstats`.
pub const IFLA_OFFLOAD_XSTATS_L3_STATS: u16 = 3;

// Attribute set `hw-s-info-one`

/// `request` (u8) of `hw-s-info-one`.
pub const IFLA_OFFLOAD_XSTATS_HW_S_INFO_REQUEST: u16 = 1;
/// `used` (u8) of `hw-s-info-one`.
pub const IFLA_OFFLOAD_XSTATS_HW_S_INFO_USED: u16 = 2;

// Attribute set `link-dpll-pin-attrs`

/// `id` (u32) of `link-dpll-pin-attrs`.
pub const DPLL_A_PIN_ID: u16 = 1;

// Attribute set `linkinfo-netkit-attrs`

/// `peer-info` (nest) of `linkinfo-netkit-attrs`.
pub const IFLA_NETKIT_PEER_INFO: u16 = 1;
/// `primary` (u8) of `linkinfo-netkit-attrs`.
pub const IFLA_NETKIT_PRIMARY: u16 = 2;
/// `policy` (u32) of `linkinfo-netkit-attrs`.
pub const IFLA_NETKIT_POLICY: u16 = 3;
/// `peer-policy` (u32) of `linkinfo-netkit-attrs`.
pub const IFLA_NETKIT_PEER_POLICY: u16 = 4;
/// `mode` (u32) of `linkinfo-netkit-attrs`.
pub const IFLA_NETKIT_MODE: u16 = 5;
/// `scrub` (u32) of `linkinfo-netkit-attrs`.
pub const IFLA_NETKIT_SCRUB: u16 = 6;
/// `peer-scrub` (u32) of `linkinfo-netkit-attrs`.
pub const IFLA_NETKIT_PEER_SCRUB: u16 = 7;
/// `headroom` (u16) of `linkinfo-netkit-attrs`.
pub const IFLA_NETKIT_HEADROOM: u16 = 8;
/// `tailroom` (u16) of `linkinfo-netkit-attrs`.
pub const IFLA_NETKIT_TAILROOM: u16 = 9;
/// `pairing` (u32) of `linkinfo-netkit-attrs`.
pub const IFLA_NETKIT_PAIRING: u16 = 10;

// Attribute set `linkinfo-ovpn-attrs`

/// `mode` (u8) of `linkinfo-ovpn-attrs`.
pub const IFLA_OVPN_MODE: u16 = 1;

// Attribute set `linkinfo-veth-attrs`

/// `peer` (nest) of `linkinfo-veth-attrs`.
pub const VETH_INFO_PEER: u16 = 1;

// Attribute set `linkinfo-vxcan-attrs`

/// `peer` (nest) of `linkinfo-vxcan-attrs`.
pub const VXCAN_INFO_PEER: u16 = 1;

// Attribute set `linkinfo-vxlan-attrs`

/// `id` (u32) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_ID: u16 = 1;
/// `group` (u32) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_GROUP: u16 = 2;
/// `link` (u32) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_LINK: u16 = 3;
/// `local` (u32) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_LOCAL: u16 = 4;
/// `ttl` (u8) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_TTL: u16 = 5;
/// `tos` (u8) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_TOS: u16 = 6;
/// `learning` (u8) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_LEARNING: u16 = 7;
/// `ageing` (u32) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_AGEING: u16 = 8;
/// `limit` (u32) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_LIMIT: u16 = 9;
/// `port-range` (binary) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_PORT_RANGE: u16 = 10;
/// `proxy` (u8) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_PROXY: u16 = 11;
/// `rsc` (u8) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_RSC: u16 = 12;
/// `l2miss` (u8) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_L2MISS: u16 = 13;
/// `l3miss` (u8) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_L3MISS: u16 = 14;
/// `port` (u16) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_PORT: u16 = 15;
/// `group6` (binary) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_GROUP6: u16 = 16;
/// `local6` (binary) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_LOCAL6: u16 = 17;
/// `udp-csum` (u8) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_UDP_CSUM: u16 = 18;
/// `udp-zero-csum6-tx` (u8) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_UDP_ZERO_CSUM6_TX: u16 = 19;
/// `udp-zero-csum6-rx` (u8) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_UDP_ZERO_CSUM6_RX: u16 = 20;
/// `remcsum-tx` (u8) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_REMCSUM_TX: u16 = 21;
/// `remcsum-rx` (u8) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_REMCSUM_RX: u16 = 22;
/// `gbp` (flag) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_GBP: u16 = 23;
/// `remcsum-nopartial` (flag) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_REMCSUM_NOPARTIAL: u16 = 24;
/// `collect-metadata` (u8) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_COLLECT_METADATA: u16 = 25;
/// `label` (u32) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_LABEL: u16 = 26;
/// `gpe` (flag) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_GPE: u16 = 27;
/// `ttl-inherit` (flag) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_TTL_INHERIT: u16 = 28;
/// `df` (u8) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_DF: u16 = 29;
/// `vnifilter` (u8) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_VNIFILTER: u16 = 30;
/// `localbypass` (u8) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_LOCALBYPASS: u16 = 31;
/// `label-policy` (u32) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_LABEL_POLICY: u16 = 32;
/// `reserved-bits` (binary) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_RESERVED_BITS: u16 = 33;
/// `mc-route` (u8) of `linkinfo-vxlan-attrs`.
pub const IFLA_VXLAN_MC_ROUTE: u16 = 34;

// Attribute set `linkinfo-macvlan-attrs`

/// `mode` (u32) of `linkinfo-macvlan-attrs`.
pub const IFLA_MACVLAN_MODE: u16 = 1;
/// `flags` (u16) of `linkinfo-macvlan-attrs`.
pub const IFLA_MACVLAN_FLAGS: u16 = 2;
/// `macaddr-mode` (u32) of `linkinfo-macvlan-attrs`.
pub const IFLA_MACVLAN_MACADDR_MODE: u16 = 3;
/// `macaddr` (binary) of `linkinfo-macvlan-attrs`.
pub const IFLA_MACVLAN_MACADDR: u16 = 4;
/// `macaddr-data` (nest) of `linkinfo-macvlan-attrs`.
pub const IFLA_MACVLAN_MACADDR_DATA: u16 = 5;
/// `macaddr-count` (u32) of `linkinfo-macvlan-attrs`.
pub const IFLA_MACVLAN_MACADDR_COUNT: u16 = 6;
/// `bc-queue-len` (u32) of `linkinfo-macvlan-attrs`.
pub const IFLA_MACVLAN_BC_QUEUE_LEN: u16 = 7;
/// `bc-queue-len-used` (u32) of `linkinfo-macvlan-attrs`.
pub const IFLA_MACVLAN_BC_QUEUE_LEN_USED: u16 = 8;
/// `bc-cutoff` (s32) of `linkinfo-macvlan-attrs`.
pub const IFLA_MACVLAN_BC_CUTOFF: u16 = 9;

// Attribute set `linkinfo-ipvlan-attrs`

/// `mode` (u16) of `linkinfo-ipvlan-attrs`.
pub const IFLA_IPVLAN_MODE: u16 = 1;
/// `flags` (u16) of `linkinfo-ipvlan-attrs`.
pub const IFLA_IPVLAN_FLAGS: u16 = 2;

// Attribute set `linkinfo-xfrm-attrs`

/// `link` (u32) of `linkinfo-xfrm-attrs`.
pub const IFLA_XFRM_LINK: u16 = 1;
/// `if-id` (u32) of `linkinfo-xfrm-attrs`.
pub const IFLA_XFRM_IF_ID: u16 = 2;
/// `collect-metadata` (flag) of `linkinfo-xfrm-attrs`.
pub const IFLA_XFRM_COLLECT_METADATA: u16 = 3;

// Attribute set `linkinfo-bareudp-attrs`

/// `port` (u16) of `linkinfo-bareudp-attrs`.
pub const IFLA_BAREUDP_PORT: u16 = 1;
/// `ethertype` (u16) of `linkinfo-bareudp-attrs`.
pub const IFLA_BAREUDP_ETHERTYPE: u16 = 2;
/// `srcport-min` (u16) of `linkinfo-bareudp-attrs`.
pub const IFLA_BAREUDP_SRCPORT_MIN: u16 = 3;
/// `multiproto-mode` (flag) of `linkinfo-bareudp-attrs`.
pub const IFLA_BAREUDP_MULTIPROTO_MODE: u16 = 4;

// Attribute set `linkinfo-ipoib-attrs`

/// `pkey` (u16) of `linkinfo-ipoib-attrs`.
pub const IFLA_IPOIB_PKEY: u16 = 1;
/// `mode` (u16) of `linkinfo-ipoib-attrs`.
pub const IFLA_IPOIB_MODE: u16 = 2;
/// `umcast` (u16) of `linkinfo-ipoib-attrs`.
pub const IFLA_IPOIB_UMCAST: u16 = 3;

// Attribute set `linkinfo-macsec-attrs`

/// `sci` (u64) of `linkinfo-macsec-attrs`.
pub const IFLA_MACSEC_SCI: u16 = 1;
/// `port` (u16) of `linkinfo-macsec-attrs`.
pub const IFLA_MACSEC_PORT: u16 = 2;
/// `icv-len` (u8) of `linkinfo-macsec-attrs`.
pub const IFLA_MACSEC_ICV_LEN: u16 = 3;
/// `cipher-suite` (u64) of `linkinfo-macsec-attrs`.
pub const IFLA_MACSEC_CIPHER_SUITE: u16 = 4;
/// `window` (u32) of `linkinfo-macsec-attrs`.
pub const IFLA_MACSEC_WINDOW: u16 = 5;
/// `encoding-sa` (u8) of `linkinfo-macsec-attrs`.
pub const IFLA_MACSEC_ENCODING_SA: u16 = 6;
/// `encrypt` (u8) of `linkinfo-macsec-attrs`.
pub const IFLA_MACSEC_ENCRYPT: u16 = 7;
/// `protect` (u8) of `linkinfo-macsec-attrs`.
pub const IFLA_MACSEC_PROTECT: u16 = 8;
/// `inc-sci` (u8) of `linkinfo-macsec-attrs`.
pub const IFLA_MACSEC_INC_SCI: u16 = 9;
/// `es` (u8) of `linkinfo-macsec-attrs`.
pub const IFLA_MACSEC_ES: u16 = 10;
/// `scb` (u8) of `linkinfo-macsec-attrs`.
pub const IFLA_MACSEC_SCB: u16 = 11;
/// `replay-protect` (u8) of `linkinfo-macsec-attrs`.
pub const IFLA_MACSEC_REPLAY_PROTECT: u16 = 12;
/// `validation` (u8) of `linkinfo-macsec-attrs`.
pub const IFLA_MACSEC_VALIDATION: u16 = 13;
/// `pad` (pad) of `linkinfo-macsec-attrs`.
pub const IFLA_MACSEC_PAD: u16 = 14;
/// `offload` (u8) of `linkinfo-macsec-attrs`.
pub const IFLA_MACSEC_OFFLOAD: u16 = 15;

// Flags `ifinfo-flags`

/// `up` of `ifinfo-flags`.
pub const IFF_UP: u32 = 1 << 0;
/// `broadcast` of `ifinfo-flags`.
pub const IFF_BROADCAST: u32 = 1 << 1;
/// `debug` of `ifinfo-flags`.
pub const IFF_DEBUG: u32 = 1 << 2;
/// `loopback` of `ifinfo-flags`.
pub const IFF_LOOPBACK: u32 = 1 << 3;
/// `point-to-point` of `ifinfo-flags`.
pub const IFF_POINTOPOINT: u32 = 1 << 4;
/// `no-trailers` of `ifinfo-flags`.
pub const IFF_NOTRAILERS: u32 = 1 << 5;
/// `running` of `ifinfo-flags`.
pub const IFF_RUNNING: u32 = 1 << 6;
/// `no-arp` of `ifinfo-flags`.
pub const IFF_NOARP: u32 = 1 << 7;
/// `promisc` of `ifinfo-flags`.
pub const IFF_PROMISC: u32 = 1 << 8;
/// `all-multi` of `ifinfo-flags`.
pub const IFF_ALLMULTI: u32 = 1 << 9;
/// `master` of `ifinfo-flags`.
pub const IFF_MASTER: u32 = 1 << 10;
/// `slave` of `ifinfo-flags`.
pub const IFF_SLAVE: u32 = 1 << 11;
/// `multicast` of `ifinfo-flags`.
pub const IFF_MULTICAST: u32 = 1 << 12;
/// `portsel` of `ifinfo-flags`.
pub const IFF_PORTSEL: u32 = 1 << 13;
/// `auto-media` of `ifinfo-flags`.
pub const IFF_AUTOMEDIA: u32 = 1 << 14;
/// `dynamic` of `ifinfo-flags`.
pub const IFF_DYNAMIC: u32 = 1 << 15;
/// `lower-up` of `ifinfo-flags`.
pub const IFF_LOWER_UP: u32 = 1 << 16;
/// `dormant` of `ifinfo-flags`.
pub const IFF_DORMANT: u32 = 1 << 17;
/// `echo` of `ifinfo-flags`.
pub const IFF_ECHO: u32 = 1 << 18;

// Enum `vlan-protocols`

/// `8021q` of `vlan-protocols`.
pub const ETH_P_8021Q: u32 = 33024;
/// `8021ad` of `vlan-protocols`.
pub const ETH_P_8021AD: u32 = 34984;

// Enum `ipv4-devconf`

/// `forwarding` of `ipv4-devconf`.
pub const IPV4_DEVCONF_FORWARDING: u32 = 1;
/// `mc-forwarding` of `ipv4-devconf`.
pub const IPV4_DEVCONF_MC_FORWARDING: u32 = 2;
/// `proxy-arp` of `ipv4-devconf`.
pub const IPV4_DEVCONF_PROXY_ARP: u32 = 3;
/// `accept-redirects` of `ipv4-devconf`.
pub const IPV4_DEVCONF_ACCEPT_REDIRECTS: u32 = 4;
/// `secure-redirects` of `ipv4-devconf`.
pub const IPV4_DEVCONF_SECURE_REDIRECTS: u32 = 5;
/// `send-redirects` of `ipv4-devconf`.
pub const IPV4_DEVCONF_SEND_REDIRECTS: u32 = 6;
/// `shared-media` of `ipv4-devconf`.
pub const IPV4_DEVCONF_SHARED_MEDIA: u32 = 7;
/// `rp-filter` of `ipv4-devconf`.
pub const IPV4_DEVCONF_RP_FILTER: u32 = 8;
/// `accept-source-route` of `ipv4-devconf`.
pub const IPV4_DEVCONF_ACCEPT_SOURCE_ROUTE: u32 = 9;
/// `bootp-relay` of `ipv4-devconf`.
pub const IPV4_DEVCONF_BOOTP_RELAY: u32 = 10;
/// `log-martians` of `ipv4-devconf`.
pub const IPV4_DEVCONF_LOG_MARTIANS: u32 = 11;
/// `tag` of `ipv4-devconf`.
pub const IPV4_DEVCONF_TAG: u32 = 12;
/// `arpfilter` of `ipv4-devconf`.
pub const IPV4_DEVCONF_ARPFILTER: u32 = 13;
/// `medium-id` of `ipv4-devconf`.
pub const IPV4_DEVCONF_MEDIUM_ID: u32 = 14;
/// `noxfrm` of `ipv4-devconf`.
pub const IPV4_DEVCONF_NOXFRM: u32 = 15;
/// `nopolicy` of `ipv4-devconf`.
pub const IPV4_DEVCONF_NOPOLICY: u32 = 16;
/// `force-igmp-version` of `ipv4-devconf`.
pub const IPV4_DEVCONF_FORCE_IGMP_VERSION: u32 = 17;
/// `arp-announce` of `ipv4-devconf`.
pub const IPV4_DEVCONF_ARP_ANNOUNCE: u32 = 18;
/// `arp-ignore` of `ipv4-devconf`.
pub const IPV4_DEVCONF_ARP_IGNORE: u32 = 19;
/// `promote-secondaries` of `ipv4-devconf`.
pub const IPV4_DEVCONF_PROMOTE_SECONDARIES: u32 = 20;
/// `arp-accept` of `ipv4-devconf`.
pub const IPV4_DEVCONF_ARP_ACCEPT: u32 = 21;
/// `arp-notify` of `ipv4-devconf`.
pub const IPV4_DEVCONF_ARP_NOTIFY: u32 = 22;
/// `accept-local` of `ipv4-devconf`.
pub const IPV4_DEVCONF_ACCEPT_LOCAL: u32 = 23;
/// `src-vmark` of `ipv4-devconf`.
pub const IPV4_DEVCONF_SRC_VMARK: u32 = 24;
/// `proxy-arp-pvlan` of `ipv4-devconf`.
pub const IPV4_DEVCONF_PROXY_ARP_PVLAN: u32 = 25;
/// `route-localnet` of `ipv4-devconf`.
pub const IPV4_DEVCONF_ROUTE_LOCALNET: u32 = 26;
/// `igmpv2-unsolicited-report-interval` of `ipv4-devconf`.
pub const IPV4_DEVCONF_IGMPV2_UNSOLICITED_REPORT_INTERVAL: u32 = 27;
/// `igmpv3-unsolicited-report-interval` of `ipv4-devconf`.
pub const IPV4_DEVCONF_IGMPV3_UNSOLICITED_REPORT_INTERVAL: u32 = 28;
/// `ignore-routes-with-linkdown` of `ipv4-devconf`.
pub const IPV4_DEVCONF_IGNORE_ROUTES_WITH_LINKDOWN: u32 = 29;
/// `drop-unicast-in-l2-multicast` of `ipv4-devconf`.
pub const IPV4_DEVCONF_DROP_UNICAST_IN_L2_MULTICAST: u32 = 30;
/// `drop-gratuitous-arp` of `ipv4-devconf`.
pub const IPV4_DEVCONF_DROP_GRATUITOUS_ARP: u32 = 31;
/// `bc-forwarding` of `ipv4-devconf`.
pub const IPV4_DEVCONF_BC_FORWARDING: u32 = 32;
/// `arp-evict-nocarrier` of `ipv4-devconf`.
pub const IPV4_DEVCONF_ARP_EVICT_NOCARRIER: u32 = 33;

// Enum `ipv6-devconf`

/// `forwarding` of `ipv6-devconf`.
pub const DEVCONF_FORWARDING: u32 = 0;
/// `hoplimit` of `ipv6-devconf`.
pub const DEVCONF_HOPLIMIT: u32 = 1;
/// `mtu6` of `ipv6-devconf`.
pub const DEVCONF_MTU6: u32 = 2;
/// `accept-ra` of `ipv6-devconf`.
pub const DEVCONF_ACCEPT_RA: u32 = 3;
/// `accept-redirects` of `ipv6-devconf`.
pub const DEVCONF_ACCEPT_REDIRECTS: u32 = 4;
/// `autoconf` of `ipv6-devconf`.
pub const DEVCONF_AUTOCONF: u32 = 5;
/// `dad-transmits` of `ipv6-devconf`.
pub const DEVCONF_DAD_TRANSMITS: u32 = 6;
/// `rtr-solicits` of `ipv6-devconf`.
pub const DEVCONF_RTR_SOLICITS: u32 = 7;
/// `rtr-solicit-interval` of `ipv6-devconf`.
pub const DEVCONF_RTR_SOLICIT_INTERVAL: u32 = 8;
/// `rtr-solicit-delay` of `ipv6-devconf`.
pub const DEVCONF_RTR_SOLICIT_DELAY: u32 = 9;
/// `use-tempaddr` of `ipv6-devconf`.
pub const DEVCONF_USE_TEMPADDR: u32 = 10;
/// `temp-valid-lft` of `ipv6-devconf`.
pub const DEVCONF_TEMP_VALID_LFT: u32 = 11;
/// `temp-prefered-lft` of `ipv6-devconf`.
pub const DEVCONF_TEMP_PREFERED_LFT: u32 = 12;
/// `regen-max-retry` of `ipv6-devconf`.
pub const DEVCONF_REGEN_MAX_RETRY: u32 = 13;
/// `max-desync-factor` of `ipv6-devconf`.
pub const DEVCONF_MAX_DESYNC_FACTOR: u32 = 14;
/// `max-addresses` of `ipv6-devconf`.
pub const DEVCONF_MAX_ADDRESSES: u32 = 15;
/// `force-mld-version` of `ipv6-devconf`.
pub const DEVCONF_FORCE_MLD_VERSION: u32 = 16;
/// `accept-ra-defrtr` of `ipv6-devconf`.
pub const DEVCONF_ACCEPT_RA_DEFRTR: u32 = 17;
/// `accept-ra-pinfo` of `ipv6-devconf`.
pub const DEVCONF_ACCEPT_RA_PINFO: u32 = 18;
/// `accept-ra-rtr-pref` of `ipv6-devconf`.
pub const DEVCONF_ACCEPT_RA_RTR_PREF: u32 = 19;
/// `rtr-probe-interval` of `ipv6-devconf`.
pub const DEVCONF_RTR_PROBE_INTERVAL: u32 = 20;
/// `accept-ra-rt-info-max-plen` of `ipv6-devconf`.
pub const DEVCONF_ACCEPT_RA_RT_INFO_MAX_PLEN: u32 = 21;
/// `proxy-ndp` of `ipv6-devconf`.
pub const DEVCONF_PROXY_NDP: u32 = 22;
/// `optimistic-dad` of `ipv6-devconf`.
pub const DEVCONF_OPTIMISTIC_DAD: u32 = 23;
/// `accept-source-route` of `ipv6-devconf`.
pub const DEVCONF_ACCEPT_SOURCE_ROUTE: u32 = 24;
/// `mc-forwarding` of `ipv6-devconf`.
pub const DEVCONF_MC_FORWARDING: u32 = 25;
/// `disable-ipv6` of `ipv6-devconf`.
pub const DEVCONF_DISABLE_IPV6: u32 = 26;
/// `accept-dad` of `ipv6-devconf`.
pub const DEVCONF_ACCEPT_DAD: u32 = 27;
/// `force-tllao` of `ipv6-devconf`.
pub const DEVCONF_FORCE_TLLAO: u32 = 28;
/// `ndisc-notify` of `ipv6-devconf`.
pub const DEVCONF_NDISC_NOTIFY: u32 = 29;
/// `mldv1-unsolicited-report-interval` of `ipv6-devconf`.
pub const DEVCONF_MLDV1_UNSOLICITED_REPORT_INTERVAL: u32 = 30;
/// `mldv2-unsolicited-report-interval` of `ipv6-devconf`.
pub const DEVCONF_MLDV2_UNSOLICITED_REPORT_INTERVAL: u32 = 31;
/// `suppress-frag-ndisc` of `ipv6-devconf`.
pub const DEVCONF_SUPPRESS_FRAG_NDISC: u32 = 32;
/// `accept-ra-from-local` of `ipv6-devconf`.
pub const DEVCONF_ACCEPT_RA_FROM_LOCAL: u32 = 33;
/// `use-optimistic` of `ipv6-devconf`.
pub const DEVCONF_USE_OPTIMISTIC: u32 = 34;
/// `accept-ra-mtu` of `ipv6-devconf`.
pub const DEVCONF_ACCEPT_RA_MTU: u32 = 35;
/// `stable-secret` of `ipv6-devconf`.
pub const DEVCONF_STABLE_SECRET: u32 = 36;
/// `use-oif-addrs-only` of `ipv6-devconf`.
pub const DEVCONF_USE_OIF_ADDRS_ONLY: u32 = 37;
/// `accept-ra-min-hop-limit` of `ipv6-devconf`.
pub const DEVCONF_ACCEPT_RA_MIN_HOP_LIMIT: u32 = 38;
/// `ignore-routes-with-linkdown` of `ipv6-devconf`.
pub const DEVCONF_IGNORE_ROUTES_WITH_LINKDOWN: u32 = 39;
/// `drop-unicast-in-l2-multicast` of `ipv6-devconf`.
pub const DEVCONF_DROP_UNICAST_IN_L2_MULTICAST: u32 = 40;
/// `drop-unsolicited-na` of `ipv6-devconf`.
pub const DEVCONF_DROP_UNSOLICITED_NA: u32 = 41;
/// `keep-addr-on-down` of `ipv6-devconf`.
pub const DEVCONF_KEEP_ADDR_ON_DOWN: u32 = 42;
/// `rtr-solicit-max-interval` of `ipv6-devconf`.
pub const DEVCONF_RTR_SOLICIT_MAX_INTERVAL: u32 = 43;
/// `seg6-enabled` of `ipv6-devconf`.
pub const DEVCONF_SEG6_ENABLED: u32 = 44;
/// `seg6-require-hmac` of `ipv6-devconf`.
pub const DEVCONF_SEG6_REQUIRE_HMAC: u32 = 45;
/// `enhanced-dad` of `ipv6-devconf`.
pub const DEVCONF_ENHANCED_DAD: u32 = 46;
/// `addr-gen-mode` of `ipv6-devconf`.
pub const DEVCONF_ADDR_GEN_MODE: u32 = 47;
/// `disable-policy` of `ipv6-devconf`.
pub const DEVCONF_DISABLE_POLICY: u32 = 48;
/// `accept-ra-rt-info-min-plen` of `ipv6-devconf`.
pub const DEVCONF_ACCEPT_RA_RT_INFO_MIN_PLEN: u32 = 49;
/// `ndisc-tclass` of `ipv6-devconf`.
pub const DEVCONF_NDISC_TCLASS: u32 = 50;
/// `rpl-seg-enabled` of `ipv6-devconf`.
pub const DEVCONF_RPL_SEG_ENABLED: u32 = 51;
/// `ra-defrtr-metric` of `ipv6-devconf`.
pub const DEVCONF_RA_DEFRTR_METRIC: u32 = 52;
/// `ioam6-enabled` of `ipv6-devconf`.
pub const DEVCONF_IOAM6_ENABLED: u32 = 53;
/// `ioam6-id` of `ipv6-devconf`.
pub const DEVCONF_IOAM6_ID: u32 = 54;
/// `ioam6-id-wide` of `ipv6-devconf`.
pub const DEVCONF_IOAM6_ID_WIDE: u32 = 55;
/// `ndisc-evict-nocarrier` of `ipv6-devconf`.
pub const DEVCONF_NDISC_EVICT_NOCARRIER: u32 = 56;
/// `accept-untracked-na` of `ipv6-devconf`.
pub const DEVCONF_ACCEPT_UNTRACKED_NA: u32 = 57;

// Enum `ifla-icmp6-stats`

/// `num` of `ifla-icmp6-stats`.
pub const ICMP6_MIB_NUM: u32 = 0;
/// `inmsgs` of `ifla-icmp6-stats`.
pub const ICMP6_MIB_INMSGS: u32 = 1;
/// `inerrors` of `ifla-icmp6-stats`.
pub const ICMP6_MIB_INERRORS: u32 = 2;
/// `outmsgs` of `ifla-icmp6-stats`.
pub const ICMP6_MIB_OUTMSGS: u32 = 3;
/// `outerrors` of `ifla-icmp6-stats`.
pub const ICMP6_MIB_OUTERRORS: u32 = 4;
/// `csumerrors` of `ifla-icmp6-stats`.
pub const ICMP6_MIB_CSUMERRORS: u32 = 5;
/// `ratelimithost` of `ifla-icmp6-stats`.
pub const ICMP6_MIB_RATELIMITHOST: u32 = 6;

// Enum `ifla-inet6-stats`

/// `num` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_NUM: u32 = 0;
/// `inpkts` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_INPKTS: u32 = 1;
/// `inoctets` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_INOCTETS: u32 = 2;
/// `indelivers` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_INDELIVERS: u32 = 3;
/// `outforwdatagrams` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_OUTFORWDATAGRAMS: u32 = 4;
/// `outpkts` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_OUTPKTS: u32 = 5;
/// `outoctets` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_OUTOCTETS: u32 = 6;
/// `inhdrerrors` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_INHDRERRORS: u32 = 7;
/// `intoobigerrors` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_INTOOBIGERRORS: u32 = 8;
/// `innoroutes` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_INNOROUTES: u32 = 9;
/// `inaddrerrors` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_INADDRERRORS: u32 = 10;
/// `inunknownprotos` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_INUNKNOWNPROTOS: u32 = 11;
/// `intruncatedpkts` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_INTRUNCATEDPKTS: u32 = 12;
/// `indiscards` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_INDISCARDS: u32 = 13;
/// `outdiscards` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_OUTDISCARDS: u32 = 14;
/// `outnoroutes` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_OUTNOROUTES: u32 = 15;
/// `reasmtimeout` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_REASMTIMEOUT: u32 = 16;
/// `reasmreqds` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_REASMREQDS: u32 = 17;
/// `reasmoks` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_REASMOKS: u32 = 18;
/// `reasmfails` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_REASMFAILS: u32 = 19;
/// `fragoks` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_FRAGOKS: u32 = 20;
/// `fragfails` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_FRAGFAILS: u32 = 21;
/// `fragcreates` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_FRAGCREATES: u32 = 22;
/// `inmcastpkts` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_INMCASTPKTS: u32 = 23;
/// `outmcastpkts` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_OUTMCASTPKTS: u32 = 24;
/// `inbcastpkts` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_INBCASTPKTS: u32 = 25;
/// `outbcastpkts` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_OUTBCASTPKTS: u32 = 26;
/// `inmcastoctets` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_INMCASTOCTETS: u32 = 27;
/// `outmcastoctets` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_OUTMCASTOCTETS: u32 = 28;
/// `inbcastoctets` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_INBCASTOCTETS: u32 = 29;
/// `outbcastoctets` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_OUTBCASTOCTETS: u32 = 30;
/// `csumerrors` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_CSUMERRORS: u32 = 31;
/// `noectpkts` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_NOECTPKTS: u32 = 32;
/// `ect1-pkts` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_ECT1_PKTS: u32 = 33;
/// `ect0-pkts` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_ECT0_PKTS: u32 = 34;
/// `cepkts` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_CEPKTS: u32 = 35;
/// `reasm-overlaps` of `ifla-inet6-stats`.
pub const RT_LINK_IFLA_INET6_STATS_REASM_OVERLAPS: u32 = 36;

// Flags `vlan-flags`

/// `reorder-hdr` of `vlan-flags`.
pub const VLAN_FLAG_REORDER_HDR: u32 = 1 << 0;
/// `gvrp` of `vlan-flags`.
pub const VLAN_FLAG_GVRP: u32 = 1 << 1;
/// `loose-binding` of `vlan-flags`.
pub const VLAN_FLAG_LOOSE_BINDING: u32 = 1 << 2;
/// `mvrp` of `vlan-flags`.
pub const VLAN_FLAG_MVRP: u32 = 1 << 3;
/// `bridge-binding` of `vlan-flags`.
pub const VLAN_FLAG_BRIDGE_BINDING: u32 = 1 << 4;

// Enum `ifla-vf-link-state-enum`

/// `auto` of `ifla-vf-link-state-enum`.
pub const IFLA_VF_LINK_STATE_AUTO: u32 = 0;
/// `enable` of `ifla-vf-link-state-enum`.
pub const IFLA_VF_LINK_STATE_ENABLE: u32 = 1;
/// `disable` of `ifla-vf-link-state-enum`.
pub const IFLA_VF_LINK_STATE_DISABLE: u32 = 2;

// Flags `rtext-filter`

/// `vf` of `rtext-filter`.
pub const RTEXT_FILTER_VF: u32 = 1 << 0;
/// `brvlan` of `rtext-filter`.
pub const RTEXT_FILTER_BRVLAN: u32 = 1 << 1;
/// `brvlan-compressed` of `rtext-filter`.
pub const RTEXT_FILTER_BRVLAN_COMPRESSED: u32 = 1 << 2;
/// `skip-stats` of `rtext-filter`.
pub const RTEXT_FILTER_SKIP_STATS: u32 = 1 << 3;
/// `mrp` of `rtext-filter`.
pub const RTEXT_FILTER_MRP: u32 = 1 << 4;
/// `cfm-config` of `rtext-filter`.
pub const RTEXT_FILTER_CFM_CONFIG: u32 = 1 << 5;
/// `cfm-status` of `rtext-filter`.
pub const RTEXT_FILTER_CFM_STATUS: u32 = 1 << 6;
/// `mst` of `rtext-filter`.
pub const RTEXT_FILTER_MST: u32 = 1 << 7;

// Enum `netkit-policy`

/// `forward` of `netkit-policy`.
pub const NETKIT_PASS: u32 = 0;
/// `blackhole` of `netkit-policy`.
pub const NETKIT_DROP: u32 = 2;

// Enum `netkit-mode`

/// `l2` of `netkit-mode`.
pub const NETKIT_L2: u32 = 0;
/// `l3` of `netkit-mode`.
pub const NETKIT_L3: u32 = 1;

// Enum `netkit-scrub`

/// `none` of `netkit-scrub`.
pub const NETKIT_SCRUB_NONE: u32 = 0;
/// `default` of `netkit-scrub`.
pub const NETKIT_SCRUB_DEFAULT: u32 = 1;

// Enum `netkit-pairing`

/// `pair` of `netkit-pairing`.
pub const NETKIT_DEVICE_PAIR: u32 = 0;
/// `single` of `netkit-pairing`.
pub const NETKIT_DEVICE_SINGLE: u32 = 1;

// Enum `ovpn-mode`

/// `p2p` of `ovpn-mode`.
pub const OVPN_MODE_P2P: u32 = 0;
/// `mp` of `ovpn-mode`.
pub const OVPN_MODE_MP: u32 = 1;

// Enum `br-stp-mode`

/// `auto` of `br-stp-mode`.
pub const BR_STP_MODE_AUTO: u32 = 0;
/// `user` of `br-stp-mode`.
pub const BR_STP_MODE_USER: u32 = 1;
/// `kernel` of `br-stp-mode`.
pub const BR_STP_MODE_KERNEL: u32 = 2;

// Enum `address-family`

/// `unspec` of `address-family`.
pub const AF_UNSPEC: u32 = 0;
/// `unix` of `address-family`.
pub const AF_UNIX: u32 = 1;
/// `ax25` of `address-family`.
pub const AF_AX25: u32 = 3;
/// `ipx` of `address-family`.
pub const AF_IPX: u32 = 4;
/// `appletalk` of `address-family`.
pub const AF_APPLETALK: u32 = 5;
/// `netrom` of `address-family`.
pub const AF_NETROM: u32 = 6;
/// `bridge` of `address-family`.
pub const AF_BRIDGE: u32 = 7;
/// `atmpvc` of `address-family`.
pub const AF_ATMPVC: u32 = 8;
/// `x25` of `address-family`.
pub const AF_X25: u32 = 9;
/// `rose` of `address-family`.
pub const AF_ROSE: u32 = 11;
/// `decnet` of `address-family`.
pub const AF_DECNET: u32 = 12;
/// `netbeui` of `address-family`.
pub const AF_NETBEUI: u32 = 13;
/// `security` of `address-family`.
pub const AF_SECURITY: u32 = 14;
/// `key` of `address-family`.
pub const AF_KEY: u32 = 15;
/// `netlink` of `address-family`.
pub const AF_NETLINK: u32 = 16;
/// `packet` of `address-family`.
pub const AF_PACKET: u32 = 17;
/// `ash` of `address-family`.
pub const AF_ASH: u32 = 18;
/// `econet` of `address-family`.
pub const AF_ECONET: u32 = 19;
/// `atmsvc` of `address-family`.
pub const AF_ATMSVC: u32 = 20;
/// `rds` of `address-family`.
pub const AF_RDS: u32 = 21;
/// `sna` of `address-family`.
pub const AF_SNA: u32 = 22;
/// `irda` of `address-family`.
pub const AF_IRDA: u32 = 23;
/// `pppox` of `address-family`.
pub const AF_PPPOX: u32 = 24;
/// `wanpipe` of `address-family`.
pub const AF_WANPIPE: u32 = 25;
/// `llc` of `address-family`.
pub const AF_LLC: u32 = 26;
/// `ib` of `address-family`.
pub const AF_IB: u32 = 27;
/// `mpls` of `address-family`.
pub const AF_MPLS: u32 = 28;
/// `can` of `address-family`.
pub const AF_CAN: u32 = 29;
/// `tipc` of `address-family`.
pub const AF_TIPC: u32 = 30;
/// `bluetooth` of `address-family`.
pub const AF_BLUETOOTH: u32 = 31;
/// `iucv` of `address-family`.
pub const AF_IUCV: u32 = 32;
/// `rxrpc` of `address-family`.
pub const AF_RXRPC: u32 = 33;
/// `isdn` of `address-family`.
pub const AF_ISDN: u32 = 34;
/// `phonet` of `address-family`.
pub const AF_PHONET: u32 = 35;
/// `ieee802154` of `address-family`.
pub const AF_IEEE802154: u32 = 36;
/// `caif` of `address-family`.
pub const AF_CAIF: u32 = 37;
/// `alg` of `address-family`.
pub const AF_ALG: u32 = 38;
/// `nfc` of `address-family`.
pub const AF_NFC: u32 = 39;
/// `vsock` of `address-family`.
pub const AF_VSOCK: u32 = 40;
/// `kcm` of `address-family`.
pub const AF_KCM: u32 = 41;
/// `qipcrtr` of `address-family`.
pub const AF_QIPCRTR: u32 = 42;
/// `smc` of `address-family`.
pub const AF_SMC: u32 = 43;
/// `xdp` of `address-family`.
pub const AF_XDP: u32 = 44;

// Enum `arphrd`

/// `netrom` of `arphrd`.
pub const ARPHRD_NETROM: u32 = 0;
/// `ether` of `arphrd`.
pub const ARPHRD_ETHER: u32 = 1;
/// `eether` of `arphrd`.
pub const ARPHRD_EETHER: u32 = 2;
/// `ax25` of `arphrd`.
pub const ARPHRD_AX25: u32 = 3;
/// `pronet` of `arphrd`.
pub const ARPHRD_PRONET: u32 = 4;
/// `chaos` of `arphrd`.
pub const ARPHRD_CHAOS: u32 = 5;
/// `ieee802` of `arphrd`.
pub const ARPHRD_IEEE802: u32 = 6;
/// `arcnet` of `arphrd`.
pub const ARPHRD_ARCNET: u32 = 7;
/// `appletlk` of `arphrd`.
pub const ARPHRD_APPLETLK: u32 = 8;
/// `dlci` of `arphrd`.
pub const ARPHRD_DLCI: u32 = 15;
/// `atm` of `arphrd`.
pub const ARPHRD_ATM: u32 = 19;
/// `metricom` of `arphrd`.
pub const ARPHRD_METRICOM: u32 = 23;
/// `ieee1394` of `arphrd`.
pub const ARPHRD_IEEE1394: u32 = 24;
/// `eui64` of `arphrd`.
pub const ARPHRD_EUI64: u32 = 27;
/// `infiniband` of `arphrd`.
pub const ARPHRD_INFINIBAND: u32 = 32;
/// `slip` of `arphrd`.
pub const ARPHRD_SLIP: u32 = 256;
/// `cslip` of `arphrd`.
pub const ARPHRD_CSLIP: u32 = 257;
/// `slip6` of `arphrd`.
pub const ARPHRD_SLIP6: u32 = 258;
/// `cslip6` of `arphrd`.
pub const ARPHRD_CSLIP6: u32 = 259;
/// `rsrvd` of `arphrd`.
pub const ARPHRD_RSRVD: u32 = 260;
/// `adapt` of `arphrd`.
pub const ARPHRD_ADAPT: u32 = 264;
/// `rose` of `arphrd`.
pub const ARPHRD_ROSE: u32 = 270;
/// `x25` of `arphrd`.
pub const ARPHRD_X25: u32 = 271;
/// `hwx25` of `arphrd`.
pub const ARPHRD_HWX25: u32 = 272;
/// `can` of `arphrd`.
pub const ARPHRD_CAN: u32 = 280;
/// `mctp` of `arphrd`.
pub const ARPHRD_MCTP: u32 = 290;
/// `ppp` of `arphrd`.
pub const ARPHRD_PPP: u32 = 512;
/// `cisco` of `arphrd`.
pub const ARPHRD_CISCO: u32 = 513;
/// `lapb` of `arphrd`.
pub const ARPHRD_LAPB: u32 = 516;
/// `ddcmp` of `arphrd`.
pub const ARPHRD_DDCMP: u32 = 517;
/// `rawhdlc` of `arphrd`.
pub const ARPHRD_RAWHDLC: u32 = 518;
/// `rawip` of `arphrd`.
pub const ARPHRD_RAWIP: u32 = 519;
/// `tunnel` of `arphrd`.
pub const ARPHRD_TUNNEL: u32 = 768;
/// `tunnel6` of `arphrd`.
pub const ARPHRD_TUNNEL6: u32 = 769;
/// `frad` of `arphrd`.
pub const ARPHRD_FRAD: u32 = 770;
/// `skip` of `arphrd`.
pub const ARPHRD_SKIP: u32 = 771;
/// `loopback` of `arphrd`.
pub const ARPHRD_LOOPBACK: u32 = 772;
/// `localtlk` of `arphrd`.
pub const ARPHRD_LOCALTLK: u32 = 773;
/// `fddi` of `arphrd`.
pub const ARPHRD_FDDI: u32 = 774;
/// `bif` of `arphrd`.
pub const ARPHRD_BIF: u32 = 775;
/// `sit` of `arphrd`.
pub const ARPHRD_SIT: u32 = 776;
/// `ipddp` of `arphrd`.
pub const ARPHRD_IPDDP: u32 = 777;
/// `ipgre` of `arphrd`.
pub const ARPHRD_IPGRE: u32 = 778;
/// `pimreg` of `arphrd`.
pub const ARPHRD_PIMREG: u32 = 779;
/// `hippi` of `arphrd`.
pub const ARPHRD_HIPPI: u32 = 780;
/// `ash` of `arphrd`.
pub const ARPHRD_ASH: u32 = 781;
/// `econet` of `arphrd`.
pub const ARPHRD_ECONET: u32 = 782;
/// `irda` of `arphrd`.
pub const ARPHRD_IRDA: u32 = 783;
/// `fcpp` of `arphrd`.
pub const ARPHRD_FCPP: u32 = 784;
/// `fcal` of `arphrd`.
pub const ARPHRD_FCAL: u32 = 785;
/// `fcpl` of `arphrd`.
pub const ARPHRD_FCPL: u32 = 786;
/// `fcfabric` of `arphrd`.
pub const ARPHRD_FCFABRIC: u32 = 787;
/// `ieee802-tr` of `arphrd`.
pub const ARPHRD_IEEE802_TR: u32 = 800;
/// `ieee80211` of `arphrd`.
pub const ARPHRD_IEEE80211: u32 = 801;
/// `ieee80211-prism` of `arphrd`.
pub const ARPHRD_IEEE80211_PRISM: u32 = 802;
/// `ieee80211-radiotap` of `arphrd`.
pub const ARPHRD_IEEE80211_RADIOTAP: u32 = 803;
/// `ieee802154` of `arphrd`.
pub const ARPHRD_IEEE802154: u32 = 804;
/// `ieee802154-monitor` of `arphrd`.
pub const ARPHRD_IEEE802154_MONITOR: u32 = 805;
/// `phonet` of `arphrd`.
pub const ARPHRD_PHONET: u32 = 820;
/// `phonet-pipe` of `arphrd`.
pub const ARPHRD_PHONET_PIPE: u32 = 821;
/// `caif` of `arphrd`.
pub const ARPHRD_CAIF: u32 = 822;
/// `ip6gre` of `arphrd`.
pub const ARPHRD_IP6GRE: u32 = 823;
/// `netlink` of `arphrd`.
pub const ARPHRD_NETLINK: u32 = 824;
/// `6lowpan` of `arphrd`.
pub const ARPHRD_6LOWPAN: u32 = 825;
/// `vsockmon` of `arphrd`.
pub const ARPHRD_VSOCKMON: u32 = 826;
/// `none` of `arphrd`.
pub const ARPHRD_NONE: u32 = 65534;
/// `void` of `arphrd`.
pub const ARPHRD_VOID: u32 = 65535;

// Enum `oper-state`

/// `unknown` of `oper-state`.
pub const IF_OPER_UNKNOWN: u32 = 0;
/// `notpresent` of `oper-state`.
pub const IF_OPER_NOTPRESENT: u32 = 1;
/// `down` of `oper-state`.
pub const IF_OPER_DOWN: u32 = 2;
/// `lowerlayerdown` of `oper-state`.
pub const IF_OPER_LOWERLAYERDOWN: u32 = 3;
/// `testing` of `oper-state`.
pub const IF_OPER_TESTING: u32 = 4;
/// `dormant` of `oper-state`.
pub const IF_OPER_DORMANT: u32 = 5;
/// `up` of `oper-state`.
pub const IF_OPER_UP: u32 = 6;

// Enum `link-mode`

/// `default` of `link-mode`.
pub const IF_LINK_MODE_DEFAULT: u32 = 0;
/// `dormant` of `link-mode`.
pub const IF_LINK_MODE_DORMANT: u32 = 1;
/// `testing` of `link-mode`.
pub const IF_LINK_MODE_TESTING: u32 = 2;

// Enum `link-event`

/// `none` of `link-event`.
pub const IFLA_EVENT_NONE: u32 = 0;
/// `reboot` of `link-event`.
pub const IFLA_EVENT_REBOOT: u32 = 1;
/// `features` of `link-event`.
pub const IFLA_EVENT_FEATURES: u32 = 2;
/// `bonding-failover` of `link-event`.
pub const IFLA_EVENT_BONDING_FAILOVER: u32 = 3;
/// `notify-peers` of `link-event`.
pub const IFLA_EVENT_NOTIFY_PEERS: u32 = 4;
/// `igmp-resend` of `link-event`.
pub const IFLA_EVENT_IGMP_RESEND: u32 = 5;
/// `bonding-options` of `link-event`.
pub const IFLA_EVENT_BONDING_OPTIONS: u32 = 6;

// Enum `xdp-attached`

/// `none` of `xdp-attached`.
pub const XDP_ATTACHED_NONE: u32 = 0;
/// `drv` of `xdp-attached`.
pub const XDP_ATTACHED_DRV: u32 = 1;
/// `skb` of `xdp-attached`.
pub const XDP_ATTACHED_SKB: u32 = 2;
/// `hw` of `xdp-attached`.
pub const XDP_ATTACHED_HW: u32 = 3;
/// `multi` of `xdp-attached`.
pub const XDP_ATTACHED_MULTI: u32 = 4;

// Flags `xdp-flags`

/// `update-if-noexist` of `xdp-flags`.
pub const XDP_FLAGS_UPDATE_IF_NOEXIST: u32 = 1 << 0;
/// `skb-mode` of `xdp-flags`.
pub const XDP_FLAGS_SKB_MODE: u32 = 1 << 1;
/// `drv-mode` of `xdp-flags`.
pub const XDP_FLAGS_DRV_MODE: u32 = 1 << 2;
/// `hw-mode` of `xdp-flags`.
pub const XDP_FLAGS_HW_MODE: u32 = 1 << 3;
/// `replace` of `xdp-flags`.
pub const XDP_FLAGS_REPLACE: u32 = 1 << 4;

// Enum `in6-addr-gen-mode`

/// `eui64` of `in6-addr-gen-mode`.
pub const IN6_ADDR_GEN_MODE_EUI64: u32 = 0;
/// `none` of `in6-addr-gen-mode`.
pub const IN6_ADDR_GEN_MODE_NONE: u32 = 1;
/// `stable-privacy` of `in6-addr-gen-mode`.
pub const IN6_ADDR_GEN_MODE_STABLE_PRIVACY: u32 = 2;
/// `random` of `in6-addr-gen-mode`.
pub const IN6_ADDR_GEN_MODE_RANDOM: u32 = 3;

// Enum `hsr-protocol`

/// `hsr` of `hsr-protocol`.
pub const HSR_PROTOCOL_HSR: u32 = 0;
/// `prp` of `hsr-protocol`.
pub const HSR_PROTOCOL_PRP: u32 = 1;

// Enum `geneve-df`

/// `unset` of `geneve-df`.
pub const GENEVE_DF_UNSET: u32 = 0;
/// `set` of `geneve-df`.
pub const GENEVE_DF_SET: u32 = 1;
/// `inherit` of `geneve-df`.
pub const GENEVE_DF_INHERIT: u32 = 2;

// Enum `vxlan-df`

/// `unset` of `vxlan-df`.
pub const VXLAN_DF_UNSET: u32 = 0;
/// `set` of `vxlan-df`.
pub const VXLAN_DF_SET: u32 = 1;
/// `inherit` of `vxlan-df`.
pub const VXLAN_DF_INHERIT: u32 = 2;

// Enum `vxlan-label-policy`

/// `fixed` of `vxlan-label-policy`.
pub const VXLAN_LABEL_FIXED: u32 = 0;
/// `inherit` of `vxlan-label-policy`.
pub const VXLAN_LABEL_INHERIT: u32 = 1;

// Enum `macvlan-mode`

/// `private` of `macvlan-mode`.
pub const MACVLAN_MODE_PRIVATE: u32 = 1;
/// `vepa` of `macvlan-mode`.
pub const MACVLAN_MODE_VEPA: u32 = 2;
/// `bridge` of `macvlan-mode`.
pub const MACVLAN_MODE_BRIDGE: u32 = 4;
/// `passthru` of `macvlan-mode`.
pub const MACVLAN_MODE_PASSTHRU: u32 = 8;
/// `source` of `macvlan-mode`.
pub const MACVLAN_MODE_SOURCE: u32 = 16;

// Flags `macvlan-flags`

/// `nopromisc` of `macvlan-flags`.
pub const MACVLAN_FLAG_NOPROMISC: u32 = 1 << 0;
/// `nodst` of `macvlan-flags`.
pub const MACVLAN_FLAG_NODST: u32 = 1 << 1;

// Enum `macvlan-macaddr-mode`

/// `add` of `macvlan-macaddr-mode`.
pub const MACVLAN_MACADDR_ADD: u32 = 0;
/// `del` of `macvlan-macaddr-mode`.
pub const MACVLAN_MACADDR_DEL: u32 = 1;
/// `flush` of `macvlan-macaddr-mode`.
pub const MACVLAN_MACADDR_FLUSH: u32 = 2;
/// `set` of `macvlan-macaddr-mode`.
pub const MACVLAN_MACADDR_SET: u32 = 3;

// Enum `ipvlan-mode`

/// `l2` of `ipvlan-mode`.
pub const IPVLAN_MODE_L2: u32 = 0;
/// `l3` of `ipvlan-mode`.
pub const IPVLAN_MODE_L3: u32 = 1;
/// `l3s` of `ipvlan-mode`.
pub const IPVLAN_MODE_L3S: u32 = 2;

// Flags `ipvlan-flags`

/// `private` of `ipvlan-flags`.
pub const IPVLAN_F_PRIVATE: u32 = 1 << 0;
/// `vepa` of `ipvlan-flags`.
pub const IPVLAN_F_VEPA: u32 = 1 << 1;

// Enum `ipoib-mode`

/// `datagram` of `ipoib-mode`.
pub const IPOIB_MODE_DATAGRAM: u32 = 0;
/// `connected` of `ipoib-mode`.
pub const IPOIB_MODE_CONNECTED: u32 = 1;

// Enum `macsec-validation`

/// `disabled` of `macsec-validation`.
pub const MACSEC_VALIDATE_DISABLED: u32 = 0;
/// `check` of `macsec-validation`.
pub const MACSEC_VALIDATE_CHECK: u32 = 1;
/// `strict` of `macsec-validation`.
pub const MACSEC_VALIDATE_STRICT: u32 = 2;

// Enum `macsec-offload`

/// `off` of `macsec-offload`.
pub const MACSEC_OFFLOAD_OFF: u32 = 0;
/// `phy` of `macsec-offload`.
pub const MACSEC_OFFLOAD_PHY: u32 = 1;
/// `mac` of `macsec-offload`.
pub const MACSEC_OFFLOAD_MAC: u32 = 2;
