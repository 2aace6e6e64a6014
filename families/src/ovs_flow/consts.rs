//! The numbers of `ovs_flow` by their kernel C names: attribute types, enum values and flag
//! bits, commands, multicast groups and constants.

/// The generic netlink family name, resolved to an id by nlctrl at run time.
pub const FAMILY_NAME: &str = "ovs_flow";
/// The family version for `genlmsghdr.version`.
pub const FAMILY_VERSION: u8 = 1;

// Commands

/// Get / dump OVS flow configuration and state
pub const OVS_FLOW_CMD_GET: u8 = 3;
/// Create OVS flow configuration in a data path
pub const OVS_FLOW_CMD_NEW: u8 = 1;

// Multicast groups

/// The `ovs_flow` multicast group's name (its id comes from nlctrl).
pub const OVS_FLOW_MCGRP_OVS_FLOW_NAME: &str = "ovs_flow";

// Attribute set `flow-attrs`

/// Nested attributes specifying the flow key. Always present in
/// notifications. Required for all requests (except dumps).
pub const OVS_FLOW_ATTR_KEY: u16 = 1;
/// Nested attributes specifying the actions to take for packets that
/// match the key. Always present in notifications. Required for
/// OVS_FLOW_CMD_NEW requests, optional for OVS_FLOW_CMD_SET requests.  An
/// OVS_FLOW_CMD_SET without OVS_FLOW_ATTR_ACTIONS will not modify the
/// actions.  To clear the actions, an OVS_FLOW_ATTR_ACTIONS without any
/// nested attributes must be given.
pub const OVS_FLOW_ATTR_ACTIONS: u16 = 2;
/// Statistics for this flow. Present in notifications if the stats would
/// be nonzero. Ignored in requests.
pub const OVS_FLOW_ATTR_STATS: u16 = 3;
/// An 8-bit value giving the ORed value of all of the TCP flags seen on
/// packets in this flow. Only present in notifications for TCP flows, and
/// only if it would be nonzero. Ignored in requests.
pub const OVS_FLOW_ATTR_TCP_FLAGS: u16 = 4;
/// A 64-bit integer giving the time, in milliseconds on the system
/// monotonic clock, at which a packet was last processed for this
/// flow. Only present in notifications if a packet has been processed for
/// this flow. Ignored in requests.
pub const OVS_FLOW_ATTR_USED: u16 = 5;
/// If present in a OVS_FLOW_CMD_SET request, clears the last-used time,
/// accumulated TCP flags, and statistics for this flow.  Otherwise
/// ignored in requests. Never present in notifications.
pub const OVS_FLOW_ATTR_CLEAR: u16 = 6;
/// Nested attributes specifying the mask bits for wildcarded flow
/// match. Mask bit value '1' specifies exact match with corresponding
/// flow key bit, while mask bit value '0' specifies a wildcarded
/// match. Omitting attribute is treated as wildcarding all corresponding
/// fields. Optional for all requests. If not present, all flow key bits
/// are exact match bits.
pub const OVS_FLOW_ATTR_MASK: u16 = 7;
/// Flow operation is a feature probe, error logging should be suppressed.
pub const OVS_FLOW_ATTR_PROBE: u16 = 8;
/// A value between 1-16 octets specifying a unique identifier for the
/// flow. Causes the flow to be indexed by this value rather than the
/// value of the OVS_FLOW_ATTR_KEY attribute. Optional for all
/// requests. Present in notifications if the flow was created with this
/// attribute.
pub const OVS_FLOW_ATTR_UFID: u16 = 9;
/// A 32-bit value of ORed flags that provide alternative semantics for
/// flow installation and retrieval. Optional for all requests.
pub const OVS_FLOW_ATTR_UFID_FLAGS: u16 = 10;
/// `pad` (binary) of `flow-attrs`.
pub const OVS_FLOW_ATTR_PAD: u16 = 11;

// Attribute set `key-attrs`

/// `encap` (nest) of `key-attrs`.
pub const OVS_KEY_ATTR_ENCAP: u16 = 1;
/// `priority` (u32) of `key-attrs`.
pub const OVS_KEY_ATTR_PRIORITY: u16 = 2;
/// `in-port` (u32) of `key-attrs`.
pub const OVS_KEY_ATTR_IN_PORT: u16 = 3;
/// struct ovs_key_ethernet
pub const OVS_KEY_ATTR_ETHERNET: u16 = 4;
/// `vlan` (u16) of `key-attrs`.
pub const OVS_KEY_ATTR_VLAN: u16 = 5;
/// `ethertype` (u16) of `key-attrs`.
pub const OVS_KEY_ATTR_ETHERTYPE: u16 = 6;
/// `ipv4` (binary) of `key-attrs`.
pub const OVS_KEY_ATTR_IPV4: u16 = 7;
/// struct ovs_key_ipv6
pub const OVS_KEY_ATTR_IPV6: u16 = 8;
/// `tcp` (binary) of `key-attrs`.
pub const OVS_KEY_ATTR_TCP: u16 = 9;
/// `udp` (binary) of `key-attrs`.
pub const OVS_KEY_ATTR_UDP: u16 = 10;
/// `icmp` (binary) of `key-attrs`.
pub const OVS_KEY_ATTR_ICMP: u16 = 11;
/// `icmpv6` (binary) of `key-attrs`.
pub const OVS_KEY_ATTR_ICMPV6: u16 = 12;
/// struct ovs_key_arp
pub const OVS_KEY_ATTR_ARP: u16 = 13;
/// struct ovs_key_nd
pub const OVS_KEY_ATTR_ND: u16 = 14;
/// `skb-mark` (u32) of `key-attrs`.
pub const OVS_KEY_ATTR_SKB_MARK: u16 = 15;
/// `tunnel` (nest) of `key-attrs`.
pub const OVS_KEY_ATTR_TUNNEL: u16 = 16;
/// `sctp` (binary) of `key-attrs`.
pub const OVS_KEY_ATTR_SCTP: u16 = 17;
/// `tcp-flags` (u16) of `key-attrs`.
pub const OVS_KEY_ATTR_TCP_FLAGS: u16 = 18;
/// Value 0 indicates the hash is not computed by the datapath.
pub const OVS_KEY_ATTR_DP_HASH: u16 = 19;
/// `recirc-id` (u32) of `key-attrs`.
pub const OVS_KEY_ATTR_RECIRC_ID: u16 = 20;
/// `mpls` (binary) of `key-attrs`.
pub const OVS_KEY_ATTR_MPLS: u16 = 21;
/// `ct-state` (u32) of `key-attrs`.
pub const OVS_KEY_ATTR_CT_STATE: u16 = 22;
/// connection tracking zone
pub const OVS_KEY_ATTR_CT_ZONE: u16 = 23;
/// connection tracking mark
pub const OVS_KEY_ATTR_CT_MARK: u16 = 24;
/// 16-octet connection tracking label
pub const OVS_KEY_ATTR_CT_LABELS: u16 = 25;
/// `ct-orig-tuple-ipv4` (binary) of `key-attrs`.
pub const OVS_KEY_ATTR_CT_ORIG_TUPLE_IPV4: u16 = 26;
/// struct ovs_key_ct_tuple_ipv6
pub const OVS_KEY_ATTR_CT_ORIG_TUPLE_IPV6: u16 = 27;
/// `nsh` (nest) of `key-attrs`.
pub const OVS_KEY_ATTR_NSH: u16 = 28;
/// Should not be sent to the kernel
pub const OVS_KEY_ATTR_PACKET_TYPE: u16 = 29;
/// Should not be sent to the kernel
pub const OVS_KEY_ATTR_ND_EXTENSIONS: u16 = 30;
/// struct ip_tunnel_info
pub const OVS_KEY_ATTR_TUNNEL_INFO: u16 = 31;
/// struct ovs_key_ipv6_exthdr
pub const OVS_KEY_ATTR_IPV6_EXTHDRS: u16 = 32;

// Attribute set `action-attrs`

/// ovs port number in datapath
pub const OVS_ACTION_ATTR_OUTPUT: u16 = 1;
/// `userspace` (nest) of `action-attrs`.
pub const OVS_ACTION_ATTR_USERSPACE: u16 = 2;
/// Replaces the contents of an existing header. The single nested
/// attribute specifies a header to modify and its value.
pub const OVS_ACTION_ATTR_SET: u16 = 3;
/// Push a new outermost 802.1Q or 802.1ad header onto the packet.
pub const OVS_ACTION_ATTR_PUSH_VLAN: u16 = 4;
/// Pop the outermost 802.1Q or 802.1ad header from the packet.
pub const OVS_ACTION_ATTR_POP_VLAN: u16 = 5;
/// Probabilistically executes actions, as specified in the nested
/// attributes.
pub const OVS_ACTION_ATTR_SAMPLE: u16 = 6;
/// recirc id
pub const OVS_ACTION_ATTR_RECIRC: u16 = 7;
/// `hash` (binary) of `action-attrs`.
pub const OVS_ACTION_ATTR_HASH: u16 = 8;
/// Push a new MPLS label stack entry onto the top of the packets MPLS
/// label stack. Set the ethertype of the encapsulating frame to either
/// ETH_P_MPLS_UC or ETH_P_MPLS_MC to indicate the new packet contents.
pub const OVS_ACTION_ATTR_PUSH_MPLS: u16 = 9;
/// ethertype
pub const OVS_ACTION_ATTR_POP_MPLS: u16 = 10;
/// Replaces the contents of an existing header. A nested attribute
/// specifies a header to modify, its value, and a mask. For every bit set
/// in the mask, the corresponding bit value is copied from the value to
/// the packet header field, rest of the bits are left unchanged. The
/// non-masked value bits must be passed in as zeroes. Masking is not
/// supported for the OVS_KEY_ATTR_TUNNEL attribute.
pub const OVS_ACTION_ATTR_SET_MASKED: u16 = 11;
/// Track the connection. Populate the conntrack-related entries
/// in the flow key.
pub const OVS_ACTION_ATTR_CT: u16 = 12;
/// struct ovs_action_trunc is a u32 max length
pub const OVS_ACTION_ATTR_TRUNC: u16 = 13;
/// struct ovs_action_push_eth
pub const OVS_ACTION_ATTR_PUSH_ETH: u16 = 14;
/// `pop-eth` (flag) of `action-attrs`.
pub const OVS_ACTION_ATTR_POP_ETH: u16 = 15;
/// `ct-clear` (flag) of `action-attrs`.
pub const OVS_ACTION_ATTR_CT_CLEAR: u16 = 16;
/// Push NSH header to the packet.
pub const OVS_ACTION_ATTR_PUSH_NSH: u16 = 17;
/// Pop the outermost NSH header off the packet.
pub const OVS_ACTION_ATTR_POP_NSH: u16 = 18;
/// Run packet through a meter, which may drop the packet, or modify the
/// packet (e.g., change the DSCP field)
pub const OVS_ACTION_ATTR_METER: u16 = 19;
/// Make a copy of the packet and execute a list of actions without
/// affecting the original packet and key.
pub const OVS_ACTION_ATTR_CLONE: u16 = 20;
/// Check the packet length and execute a set of actions if greater than
/// the specified packet length, else execute another set of actions.
pub const OVS_ACTION_ATTR_CHECK_PKT_LEN: u16 = 21;
/// Push a new MPLS label stack entry at the start of the packet or at the
/// start of the l3 header depending on the value of l3 tunnel flag in the
/// tun_flags field of this OVS_ACTION_ATTR_ADD_MPLS argument.
pub const OVS_ACTION_ATTR_ADD_MPLS: u16 = 22;
/// `dec-ttl` (nest) of `action-attrs`.
pub const OVS_ACTION_ATTR_DEC_TTL: u16 = 23;
/// Sends a packet sample to psample for external observation.
pub const OVS_ACTION_ATTR_PSAMPLE: u16 = 24;

// Attribute set `tunnel-key-attrs`

/// `id` (u64) of `tunnel-key-attrs`.
pub const OVS_TUNNEL_KEY_ATTR_ID: u16 = 0;
/// `ipv4-src` (u32) of `tunnel-key-attrs`.
pub const OVS_TUNNEL_KEY_ATTR_IPV4_SRC: u16 = 1;
/// `ipv4-dst` (u32) of `tunnel-key-attrs`.
pub const OVS_TUNNEL_KEY_ATTR_IPV4_DST: u16 = 2;
/// `tos` (u8) of `tunnel-key-attrs`.
pub const OVS_TUNNEL_KEY_ATTR_TOS: u16 = 3;
/// `ttl` (u8) of `tunnel-key-attrs`.
pub const OVS_TUNNEL_KEY_ATTR_TTL: u16 = 4;
/// `dont-fragment` (flag) of `tunnel-key-attrs`.
pub const OVS_TUNNEL_KEY_ATTR_DONT_FRAGMENT: u16 = 5;
/// `csum` (flag) of `tunnel-key-attrs`.
pub const OVS_TUNNEL_KEY_ATTR_CSUM: u16 = 6;
/// `oam` (flag) of `tunnel-key-attrs`.
pub const OVS_TUNNEL_KEY_ATTR_OAM: u16 = 7;
/// `geneve-opts` (binary) of `tunnel-key-attrs`.
pub const OVS_TUNNEL_KEY_ATTR_GENEVE_OPTS: u16 = 8;
/// `tp-src` (u16) of `tunnel-key-attrs`.
pub const OVS_TUNNEL_KEY_ATTR_TP_SRC: u16 = 9;
/// `tp-dst` (u16) of `tunnel-key-attrs`.
pub const OVS_TUNNEL_KEY_ATTR_TP_DST: u16 = 10;
/// `vxlan-opts` (nest) of `tunnel-key-attrs`.
pub const OVS_TUNNEL_KEY_ATTR_VXLAN_OPTS: u16 = 11;
/// struct in6_addr source IPv6 address
pub const OVS_TUNNEL_KEY_ATTR_IPV6_SRC: u16 = 12;
/// struct in6_addr destination IPv6 address
pub const OVS_TUNNEL_KEY_ATTR_IPV6_DST: u16 = 13;
/// `pad` (binary) of `tunnel-key-attrs`.
pub const OVS_TUNNEL_KEY_ATTR_PAD: u16 = 14;
/// struct erspan_metadata
pub const OVS_TUNNEL_KEY_ATTR_ERSPAN_OPTS: u16 = 15;
/// `ipv4-info-bridge` (flag) of `tunnel-key-attrs`.
pub const OVS_TUNNEL_KEY_ATTR_IPV4_INFO_BRIDGE: u16 = 16;

// Attribute set `check-pkt-len-attrs`

/// `pkt-len` (u16) of `check-pkt-len-attrs`.
pub const OVS_CHECK_PKT_LEN_ATTR_PKT_LEN: u16 = 1;
/// `actions-if-greater` (nest) of `check-pkt-len-attrs`.
pub const OVS_CHECK_PKT_LEN_ATTR_ACTIONS_IF_GREATER: u16 = 2;
/// `actions-if-less-equal` (nest) of `check-pkt-len-attrs`.
pub const OVS_CHECK_PKT_LEN_ATTR_ACTIONS_IF_LESS_EQUAL: u16 = 3;

// Attribute set `sample-attrs`

/// `probability` (u32) of `sample-attrs`.
pub const OVS_SAMPLE_ATTR_PROBABILITY: u16 = 1;
/// `actions` (nest) of `sample-attrs`.
pub const OVS_SAMPLE_ATTR_ACTIONS: u16 = 2;

// Attribute set `userspace-attrs`

/// `pid` (u32) of `userspace-attrs`.
pub const OVS_USERSPACE_ATTR_PID: u16 = 1;
/// `userdata` (binary) of `userspace-attrs`.
pub const OVS_USERSPACE_ATTR_USERDATA: u16 = 2;
/// `egress-tun-port` (u32) of `userspace-attrs`.
pub const OVS_USERSPACE_ATTR_EGRESS_TUN_PORT: u16 = 3;
/// `actions` (flag) of `userspace-attrs`.
pub const OVS_USERSPACE_ATTR_ACTIONS: u16 = 4;

// Attribute set `ovs-nsh-key-attrs`

/// `base` (binary) of `ovs-nsh-key-attrs`.
pub const OVS_NSH_KEY_ATTR_BASE: u16 = 1;
/// `md1` (binary) of `ovs-nsh-key-attrs`.
pub const OVS_NSH_KEY_ATTR_MD1: u16 = 2;
/// `md2` (binary) of `ovs-nsh-key-attrs`.
pub const OVS_NSH_KEY_ATTR_MD2: u16 = 3;

// Attribute set `ct-attrs`

/// `commit` (flag) of `ct-attrs`.
pub const OVS_CT_ATTR_COMMIT: u16 = 1;
/// `zone` (u16) of `ct-attrs`.
pub const OVS_CT_ATTR_ZONE: u16 = 2;
/// `mark` (binary) of `ct-attrs`.
pub const OVS_CT_ATTR_MARK: u16 = 3;
/// `labels` (binary) of `ct-attrs`.
pub const OVS_CT_ATTR_LABELS: u16 = 4;
/// `helper` (string) of `ct-attrs`.
pub const OVS_CT_ATTR_HELPER: u16 = 5;
/// `nat` (nest) of `ct-attrs`.
pub const OVS_CT_ATTR_NAT: u16 = 6;
/// `force-commit` (flag) of `ct-attrs`.
pub const OVS_CT_ATTR_FORCE_COMMIT: u16 = 7;
/// `eventmask` (u32) of `ct-attrs`.
pub const OVS_CT_ATTR_EVENTMASK: u16 = 8;
/// `timeout` (string) of `ct-attrs`.
pub const OVS_CT_ATTR_TIMEOUT: u16 = 9;

// Attribute set `nat-attrs`

/// `src` (flag) of `nat-attrs`.
pub const OVS_NAT_ATTR_SRC: u16 = 1;
/// `dst` (flag) of `nat-attrs`.
pub const OVS_NAT_ATTR_DST: u16 = 2;
/// `ip-min` (binary) of `nat-attrs`.
pub const OVS_NAT_ATTR_IP_MIN: u16 = 3;
/// `ip-max` (binary) of `nat-attrs`.
pub const OVS_NAT_ATTR_IP_MAX: u16 = 4;
/// `proto-min` (u16) of `nat-attrs`.
pub const OVS_NAT_ATTR_PROTO_MIN: u16 = 5;
/// `proto-max` (u16) of `nat-attrs`.
pub const OVS_NAT_ATTR_PROTO_MAX: u16 = 6;
/// `persistent` (flag) of `nat-attrs`.
pub const OVS_NAT_ATTR_PERSISTENT: u16 = 7;
/// `proto-hash` (flag) of `nat-attrs`.
pub const OVS_NAT_ATTR_PROTO_HASH: u16 = 8;
/// `proto-random` (flag) of `nat-attrs`.
pub const OVS_NAT_ATTR_PROTO_RANDOM: u16 = 9;

// Attribute set `dec-ttl-attrs`

/// `action` (nest) of `dec-ttl-attrs`.
pub const OVS_DEC_TTL_ATTR_ACTION: u16 = 1;

// Attribute set `vxlan-ext-attrs`

/// `gbp` (u32) of `vxlan-ext-attrs`.
pub const OVS_VXLAN_EXT_GBP: u16 = 1;

// Attribute set `psample-attrs`

/// `group` (u32) of `psample-attrs`.
pub const OVS_PSAMPLE_ATTR_GROUP: u16 = 1;
/// `cookie` (binary) of `psample-attrs`.
pub const OVS_PSAMPLE_ATTR_COOKIE: u16 = 2;

// Enum `ovs-frag-type`

/// Packet is not a fragment.
pub const OVS_FRAG_TYPE_NONE: u32 = 0;
/// Packet is a fragment with offset 0.
pub const OVS_FRAG_TYPE_FIRST: u32 = 1;
/// Packet is a fragment with nonzero offset.
pub const OVS_FRAG_TYPE_LATER: u32 = 2;
/// `any` of `ovs-frag-type`.
pub const OVS_FRAG_TYPE_ANY: u32 = 255;

// Flags `ovs-ufid-flags`

/// `omit-key` of `ovs-ufid-flags`.
pub const OVS_UFID_F_OMIT_KEY: u32 = 1 << 0;
/// `omit-mask` of `ovs-ufid-flags`.
pub const OVS_UFID_F_OMIT_MASK: u32 = 1 << 1;
/// `omit-actions` of `ovs-ufid-flags`.
pub const OVS_UFID_F_OMIT_ACTIONS: u32 = 1 << 2;

// Enum `ovs-hash-alg`

/// `ovs-hash-alg-l4` of `ovs-hash-alg`.
pub const OVS_FLOW_OVS_HASH_ALG_OVS_HASH_ALG_L4: u32 = 0;

// Flags `ct-state-flags`

/// Beginning of a new connection.
pub const OVS_CS_F_NEW: u32 = 1 << 0;
/// Part of an existing connenction
pub const OVS_CS_F_ESTABLISHED: u32 = 1 << 1;
/// Related to an existing connection.
pub const OVS_CS_F_RELATED: u32 = 1 << 2;
/// Flow is in the reply direction.
pub const OVS_CS_F_REPLY_DIR: u32 = 1 << 3;
/// Could not track the connection.
pub const OVS_CS_F_INVALID: u32 = 1 << 4;
/// Conntrack has occurred.
pub const OVS_CS_F_TRACKED: u32 = 1 << 5;
/// Packet's source address/port was mangled by NAT.
pub const OVS_CS_F_SRC_NAT: u32 = 1 << 6;
/// Packet's destination address/port was mangled by NAT.
pub const OVS_CS_F_DST_NAT: u32 = 1 << 7;
