//! The generated C names of the default families against `linux-raw-sys` (the kernel's uapi
//! headers through bindgen): every constant of `rt-link`, `rt-addr`, `rt-route`, `rt-neigh`,
//! `rt-rule` and `nlctrl` that `linux-raw-sys` also defines must have its value. Attribute
//! types, message types, multicast groups, enum values and flag bits, the specs' and
//! `specs/overrides/`' alike. A name the generator gets wrong fails to compile here; a wrong
//! value fails the test.
//!
//! The lists name every such constant (they were made by comparing each family's `consts.rs`
//! with `linux-raw-sys` 0.12): a new constant that `linux-raw-sys` knows belongs in them.
//! Constants that `linux-raw-sys` lacks (its headers predate them, or it has no
//! `if_tunnel.h`, `genetlink.h`, `veth.h`, `snmp.h`, `lwtunnel.h`) are checked against the
//! kernel's values in `override_additions` where the overrides add them.

#![allow(clippy::unnecessary_cast)] // the lists cast uniformly, whatever each constant's type

use nlcodec::schema::{AttrType, Display};
use nlcodec_families::{nlctrl, rt_addr, rt_link, rt_neigh, rt_route, rt_rule};

#[test]
#[rustfmt::skip]
fn constants_match_linux_raw_sys() {
    let mut checked = 0usize;
    let mut wrong: Vec<String> = Vec::new();
    // `same!(family, path: NAME, ..)`: `family::NAME == linux_raw_sys::path::NAME`.
    macro_rules! same {
        ($fam:ident, $($p:ident)::+ : $($name:ident),+ $(,)?) => {{
            use linux_raw_sys::$($p)::+ as k;
            $(
                checked += 1;
                let (ours, kernel) = ($fam::$name as u64, k::$name as u64);
                if ours != kernel {
                    wrong.push(format!("{}::{} = {ours}, the kernel's is {kernel}", stringify!($fam), stringify!($name)));
                }
            )+
        }};
    }

    // rt_link
    same!(rt_link, netlink: RTM_NEWLINK, RTM_DELLINK, RTM_GETLINK, RTM_SETLINK, RTM_GETSTATS); // Message types
    same!(rt_link, netlink::rtnetlink_groups: RTNLGRP_LINK, RTNLGRP_STATS, RTNLGRP_IPV4_NETCONF, RTNLGRP_IPV6_NETCONF, RTNLGRP_MDB, RTNLGRP_NSID, RTNLGRP_BRVLAN); // Multicast groups
    same!(rt_link, netlink: // Attribute set link-attrs
        IFLA_ADDRESS, IFLA_BROADCAST, IFLA_IFNAME, IFLA_MTU, IFLA_LINK, IFLA_QDISC, IFLA_STATS,
        IFLA_COST, IFLA_PRIORITY, IFLA_MASTER, IFLA_WIRELESS, IFLA_PROTINFO, IFLA_TXQLEN, IFLA_MAP,
        IFLA_WEIGHT, IFLA_OPERSTATE, IFLA_LINKMODE, IFLA_LINKINFO, IFLA_NET_NS_PID, IFLA_IFALIAS,
        IFLA_NUM_VF, IFLA_VFINFO_LIST, IFLA_STATS64, IFLA_VF_PORTS, IFLA_PORT_SELF, IFLA_AF_SPEC,
        IFLA_GROUP, IFLA_NET_NS_FD, IFLA_EXT_MASK, IFLA_PROMISCUITY, IFLA_NUM_TX_QUEUES,
        IFLA_NUM_RX_QUEUES, IFLA_CARRIER, IFLA_PHYS_PORT_ID, IFLA_CARRIER_CHANGES,
        IFLA_PHYS_SWITCH_ID, IFLA_LINK_NETNSID, IFLA_PHYS_PORT_NAME, IFLA_PROTO_DOWN,
        IFLA_GSO_MAX_SEGS, IFLA_GSO_MAX_SIZE, IFLA_PAD, IFLA_XDP, IFLA_EVENT, IFLA_NEW_NETNSID,
        IFLA_TARGET_NETNSID, IFLA_CARRIER_UP_COUNT, IFLA_CARRIER_DOWN_COUNT, IFLA_NEW_IFINDEX,
        IFLA_MIN_MTU, IFLA_MAX_MTU, IFLA_PROP_LIST, IFLA_ALT_IFNAME, IFLA_PERM_ADDRESS,
        IFLA_PROTO_DOWN_REASON, IFLA_PARENT_DEV_NAME, IFLA_PARENT_DEV_BUS_NAME, IFLA_GRO_MAX_SIZE,
        IFLA_TSO_MAX_SIZE, IFLA_TSO_MAX_SEGS, IFLA_ALLMULTI, IFLA_DEVLINK_PORT,
        IFLA_GSO_IPV4_MAX_SIZE, IFLA_GRO_IPV4_MAX_SIZE, IFLA_DPLL_PIN,
        IFLA_MAX_PACING_OFFLOAD_HORIZON, IFLA_NETNS_IMMUTABLE);
    same!(rt_link, net: AF_INET, AF_INET6, AF_MCTP); // Attribute set af-spec-attrs
    same!(rt_link, netlink: IFLA_VF_INFO); // Attribute set vfinfo-list-attrs
    same!(rt_link, netlink: // Attribute set vfinfo-attrs
        IFLA_VF_MAC, IFLA_VF_VLAN, IFLA_VF_TX_RATE, IFLA_VF_SPOOFCHK, IFLA_VF_LINK_STATE,
        IFLA_VF_RATE, IFLA_VF_RSS_QUERY_EN, IFLA_VF_STATS, IFLA_VF_TRUST, IFLA_VF_IB_NODE_GUID,
        IFLA_VF_IB_PORT_GUID, IFLA_VF_VLAN_LIST, IFLA_VF_BROADCAST);
    same!(rt_link, netlink: // Attribute set vf-stats-attrs
        IFLA_VF_STATS_RX_PACKETS, IFLA_VF_STATS_TX_PACKETS, IFLA_VF_STATS_RX_BYTES,
        IFLA_VF_STATS_TX_BYTES, IFLA_VF_STATS_BROADCAST, IFLA_VF_STATS_MULTICAST, IFLA_VF_STATS_PAD,
        IFLA_VF_STATS_RX_DROPPED, IFLA_VF_STATS_TX_DROPPED);
    same!(rt_link, netlink: IFLA_VF_VLAN_INFO); // Attribute set vf-vlan-attrs
    same!(rt_link, netlink: // Attribute set linkinfo-attrs
        IFLA_INFO_KIND, IFLA_INFO_DATA, IFLA_INFO_XSTATS, IFLA_INFO_SLAVE_KIND, IFLA_INFO_SLAVE_DATA);
    same!(rt_link, netlink: // Attribute set linkinfo-bond-attrs
        IFLA_BOND_MODE, IFLA_BOND_ACTIVE_SLAVE, IFLA_BOND_MIIMON, IFLA_BOND_UPDELAY,
        IFLA_BOND_DOWNDELAY, IFLA_BOND_USE_CARRIER, IFLA_BOND_ARP_INTERVAL, IFLA_BOND_ARP_IP_TARGET,
        IFLA_BOND_ARP_VALIDATE, IFLA_BOND_ARP_ALL_TARGETS, IFLA_BOND_PRIMARY,
        IFLA_BOND_PRIMARY_RESELECT, IFLA_BOND_FAIL_OVER_MAC, IFLA_BOND_XMIT_HASH_POLICY,
        IFLA_BOND_RESEND_IGMP, IFLA_BOND_NUM_PEER_NOTIF, IFLA_BOND_ALL_SLAVES_ACTIVE,
        IFLA_BOND_MIN_LINKS, IFLA_BOND_LP_INTERVAL, IFLA_BOND_PACKETS_PER_SLAVE,
        IFLA_BOND_AD_LACP_RATE, IFLA_BOND_AD_SELECT, IFLA_BOND_AD_INFO, IFLA_BOND_AD_ACTOR_SYS_PRIO,
        IFLA_BOND_AD_USER_PORT_KEY, IFLA_BOND_AD_ACTOR_SYSTEM, IFLA_BOND_TLB_DYNAMIC_LB,
        IFLA_BOND_PEER_NOTIF_DELAY, IFLA_BOND_AD_LACP_ACTIVE, IFLA_BOND_MISSED_MAX,
        IFLA_BOND_NS_IP6_TARGET, IFLA_BOND_COUPLED_CONTROL, IFLA_BOND_BROADCAST_NEIGH);
    same!(rt_link, netlink: // Attribute set bond-ad-info-attrs
        IFLA_BOND_AD_INFO_AGGREGATOR, IFLA_BOND_AD_INFO_NUM_PORTS, IFLA_BOND_AD_INFO_ACTOR_KEY,
        IFLA_BOND_AD_INFO_PARTNER_KEY, IFLA_BOND_AD_INFO_PARTNER_MAC);
    same!(rt_link, netlink: // Attribute set bond-slave-attrs
        IFLA_BOND_SLAVE_STATE, IFLA_BOND_SLAVE_MII_STATUS, IFLA_BOND_SLAVE_LINK_FAILURE_COUNT,
        IFLA_BOND_SLAVE_PERM_HWADDR, IFLA_BOND_SLAVE_QUEUE_ID, IFLA_BOND_SLAVE_AD_AGGREGATOR_ID,
        IFLA_BOND_SLAVE_AD_ACTOR_OPER_PORT_STATE, IFLA_BOND_SLAVE_AD_PARTNER_OPER_PORT_STATE,
        IFLA_BOND_SLAVE_PRIO);
    same!(rt_link, netlink: // Attribute set linkinfo-bridge-attrs
        IFLA_BR_FORWARD_DELAY, IFLA_BR_HELLO_TIME, IFLA_BR_MAX_AGE, IFLA_BR_AGEING_TIME,
        IFLA_BR_STP_STATE, IFLA_BR_PRIORITY, IFLA_BR_VLAN_FILTERING, IFLA_BR_VLAN_PROTOCOL,
        IFLA_BR_GROUP_FWD_MASK, IFLA_BR_ROOT_ID, IFLA_BR_BRIDGE_ID, IFLA_BR_ROOT_PORT,
        IFLA_BR_ROOT_PATH_COST, IFLA_BR_TOPOLOGY_CHANGE, IFLA_BR_TOPOLOGY_CHANGE_DETECTED,
        IFLA_BR_HELLO_TIMER, IFLA_BR_TCN_TIMER, IFLA_BR_TOPOLOGY_CHANGE_TIMER, IFLA_BR_GC_TIMER,
        IFLA_BR_GROUP_ADDR, IFLA_BR_FDB_FLUSH, IFLA_BR_MCAST_ROUTER, IFLA_BR_MCAST_SNOOPING,
        IFLA_BR_MCAST_QUERY_USE_IFADDR, IFLA_BR_MCAST_QUERIER, IFLA_BR_MCAST_HASH_ELASTICITY,
        IFLA_BR_MCAST_HASH_MAX, IFLA_BR_MCAST_LAST_MEMBER_CNT, IFLA_BR_MCAST_STARTUP_QUERY_CNT,
        IFLA_BR_MCAST_LAST_MEMBER_INTVL, IFLA_BR_MCAST_MEMBERSHIP_INTVL,
        IFLA_BR_MCAST_QUERIER_INTVL, IFLA_BR_MCAST_QUERY_INTVL, IFLA_BR_MCAST_QUERY_RESPONSE_INTVL,
        IFLA_BR_MCAST_STARTUP_QUERY_INTVL, IFLA_BR_NF_CALL_IPTABLES, IFLA_BR_NF_CALL_IP6TABLES,
        IFLA_BR_NF_CALL_ARPTABLES, IFLA_BR_VLAN_DEFAULT_PVID, IFLA_BR_PAD,
        IFLA_BR_VLAN_STATS_ENABLED, IFLA_BR_MCAST_STATS_ENABLED, IFLA_BR_MCAST_IGMP_VERSION,
        IFLA_BR_MCAST_MLD_VERSION, IFLA_BR_VLAN_STATS_PER_PORT, IFLA_BR_MULTI_BOOLOPT,
        IFLA_BR_MCAST_QUERIER_STATE, IFLA_BR_FDB_N_LEARNED, IFLA_BR_FDB_MAX_LEARNED);
    same!(rt_link, netlink: // Attribute set linkinfo-brport-attrs
        IFLA_BRPORT_STATE, IFLA_BRPORT_PRIORITY, IFLA_BRPORT_COST, IFLA_BRPORT_MODE,
        IFLA_BRPORT_GUARD, IFLA_BRPORT_PROTECT, IFLA_BRPORT_FAST_LEAVE, IFLA_BRPORT_LEARNING,
        IFLA_BRPORT_UNICAST_FLOOD, IFLA_BRPORT_PROXYARP, IFLA_BRPORT_LEARNING_SYNC,
        IFLA_BRPORT_PROXYARP_WIFI, IFLA_BRPORT_ROOT_ID, IFLA_BRPORT_BRIDGE_ID,
        IFLA_BRPORT_DESIGNATED_PORT, IFLA_BRPORT_DESIGNATED_COST, IFLA_BRPORT_ID, IFLA_BRPORT_NO,
        IFLA_BRPORT_TOPOLOGY_CHANGE_ACK, IFLA_BRPORT_CONFIG_PENDING, IFLA_BRPORT_MESSAGE_AGE_TIMER,
        IFLA_BRPORT_FORWARD_DELAY_TIMER, IFLA_BRPORT_HOLD_TIMER, IFLA_BRPORT_FLUSH,
        IFLA_BRPORT_MULTICAST_ROUTER, IFLA_BRPORT_PAD, IFLA_BRPORT_MCAST_FLOOD,
        IFLA_BRPORT_MCAST_TO_UCAST, IFLA_BRPORT_VLAN_TUNNEL, IFLA_BRPORT_BCAST_FLOOD,
        IFLA_BRPORT_GROUP_FWD_MASK, IFLA_BRPORT_NEIGH_SUPPRESS, IFLA_BRPORT_ISOLATED,
        IFLA_BRPORT_BACKUP_PORT, IFLA_BRPORT_MRP_RING_OPEN, IFLA_BRPORT_MRP_IN_OPEN,
        IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT, IFLA_BRPORT_MCAST_EHT_HOSTS_CNT, IFLA_BRPORT_LOCKED,
        IFLA_BRPORT_MAB, IFLA_BRPORT_MCAST_N_GROUPS, IFLA_BRPORT_MCAST_MAX_GROUPS,
        IFLA_BRPORT_NEIGH_VLAN_SUPPRESS, IFLA_BRPORT_BACKUP_NHID);
    same!(rt_link, netlink: // Attribute set linkinfo-geneve-attrs
        IFLA_GENEVE_ID, IFLA_GENEVE_REMOTE, IFLA_GENEVE_TTL, IFLA_GENEVE_TOS, IFLA_GENEVE_PORT,
        IFLA_GENEVE_COLLECT_METADATA, IFLA_GENEVE_REMOTE6, IFLA_GENEVE_UDP_CSUM,
        IFLA_GENEVE_UDP_ZERO_CSUM6_TX, IFLA_GENEVE_UDP_ZERO_CSUM6_RX, IFLA_GENEVE_LABEL,
        IFLA_GENEVE_TTL_INHERIT, IFLA_GENEVE_DF, IFLA_GENEVE_INNER_PROTO_INHERIT,
        IFLA_GENEVE_PORT_RANGE);
    same!(rt_link, netlink: // Attribute set linkinfo-hsr-attrs
        IFLA_HSR_SLAVE1, IFLA_HSR_SLAVE2, IFLA_HSR_MULTICAST_SPEC, IFLA_HSR_SUPERVISION_ADDR,
        IFLA_HSR_SEQ_NR, IFLA_HSR_VERSION, IFLA_HSR_PROTOCOL, IFLA_HSR_INTERLINK);
    same!(rt_link, netlink: // Attribute set linkinfo-tun-attrs
        IFLA_TUN_OWNER, IFLA_TUN_GROUP, IFLA_TUN_TYPE, IFLA_TUN_PI, IFLA_TUN_VNET_HDR,
        IFLA_TUN_PERSIST, IFLA_TUN_MULTI_QUEUE, IFLA_TUN_NUM_QUEUES, IFLA_TUN_NUM_DISABLED_QUEUES);
    same!(rt_link, netlink: // Attribute set linkinfo-vlan-attrs
        IFLA_VLAN_ID, IFLA_VLAN_FLAGS, IFLA_VLAN_EGRESS_QOS, IFLA_VLAN_INGRESS_QOS,
        IFLA_VLAN_PROTOCOL);
    same!(rt_link, netlink: IFLA_VLAN_QOS_MAPPING); // Attribute set ifla-vlan-qos
    same!(rt_link, netlink: IFLA_VRF_TABLE); // Attribute set linkinfo-vrf-attrs
    same!(rt_link, netlink: // Attribute set xdp-attrs
        IFLA_XDP_FD, IFLA_XDP_ATTACHED, IFLA_XDP_FLAGS, IFLA_XDP_PROG_ID, IFLA_XDP_DRV_PROG_ID,
        IFLA_XDP_SKB_PROG_ID, IFLA_XDP_HW_PROG_ID, IFLA_XDP_EXPECTED_FD);
    same!(rt_link, netlink: IFLA_INET_CONF); // Attribute set ifla-attrs
    same!(rt_link, netlink: // Attribute set ifla6-attrs
        IFLA_INET6_FLAGS, IFLA_INET6_CONF, IFLA_INET6_STATS, IFLA_INET6_MCAST, IFLA_INET6_CACHEINFO,
        IFLA_INET6_ICMP6STATS, IFLA_INET6_TOKEN, IFLA_INET6_ADDR_GEN_MODE, IFLA_INET6_RA_MTU);
    same!(rt_link, netlink: IFLA_MCTP_NET, IFLA_MCTP_PHYS_BINDING); // Attribute set mctp-attrs
    same!(rt_link, netlink: // Attribute set stats-attrs
        IFLA_STATS_LINK_64, IFLA_STATS_LINK_XSTATS, IFLA_STATS_LINK_XSTATS_SLAVE,
        IFLA_STATS_LINK_OFFLOAD_XSTATS, IFLA_STATS_AF_SPEC);
    same!(rt_link, netlink: // Attribute set link-offload-xstats
        IFLA_OFFLOAD_XSTATS_CPU_HIT, IFLA_OFFLOAD_XSTATS_HW_S_INFO, IFLA_OFFLOAD_XSTATS_L3_STATS);
    same!(rt_link, netlink: // Attribute set hw-s-info-one
        IFLA_OFFLOAD_XSTATS_HW_S_INFO_REQUEST, IFLA_OFFLOAD_XSTATS_HW_S_INFO_USED);
    same!(rt_link, netlink: // Attribute set linkinfo-netkit-attrs
        IFLA_NETKIT_PEER_INFO, IFLA_NETKIT_PRIMARY, IFLA_NETKIT_POLICY, IFLA_NETKIT_PEER_POLICY,
        IFLA_NETKIT_MODE, IFLA_NETKIT_SCRUB, IFLA_NETKIT_PEER_SCRUB, IFLA_NETKIT_HEADROOM,
        IFLA_NETKIT_TAILROOM);
    same!(rt_link, netlink: IFLA_OVPN_MODE); // Attribute set linkinfo-ovpn-attrs
    same!(rt_link, netlink: // Attribute set linkinfo-vxlan-attrs
        IFLA_VXLAN_ID, IFLA_VXLAN_GROUP, IFLA_VXLAN_LINK, IFLA_VXLAN_LOCAL, IFLA_VXLAN_TTL,
        IFLA_VXLAN_TOS, IFLA_VXLAN_LEARNING, IFLA_VXLAN_AGEING, IFLA_VXLAN_LIMIT,
        IFLA_VXLAN_PORT_RANGE, IFLA_VXLAN_PROXY, IFLA_VXLAN_RSC, IFLA_VXLAN_L2MISS,
        IFLA_VXLAN_L3MISS, IFLA_VXLAN_PORT, IFLA_VXLAN_GROUP6, IFLA_VXLAN_LOCAL6,
        IFLA_VXLAN_UDP_CSUM, IFLA_VXLAN_UDP_ZERO_CSUM6_TX, IFLA_VXLAN_UDP_ZERO_CSUM6_RX,
        IFLA_VXLAN_REMCSUM_TX, IFLA_VXLAN_REMCSUM_RX, IFLA_VXLAN_GBP, IFLA_VXLAN_REMCSUM_NOPARTIAL,
        IFLA_VXLAN_COLLECT_METADATA, IFLA_VXLAN_LABEL, IFLA_VXLAN_GPE, IFLA_VXLAN_TTL_INHERIT,
        IFLA_VXLAN_DF, IFLA_VXLAN_VNIFILTER, IFLA_VXLAN_LOCALBYPASS, IFLA_VXLAN_LABEL_POLICY,
        IFLA_VXLAN_RESERVED_BITS, IFLA_VXLAN_MC_ROUTE);
    same!(rt_link, netlink: // Attribute set linkinfo-macvlan-attrs
        IFLA_MACVLAN_MODE, IFLA_MACVLAN_FLAGS, IFLA_MACVLAN_MACADDR_MODE, IFLA_MACVLAN_MACADDR,
        IFLA_MACVLAN_MACADDR_DATA, IFLA_MACVLAN_MACADDR_COUNT, IFLA_MACVLAN_BC_QUEUE_LEN,
        IFLA_MACVLAN_BC_QUEUE_LEN_USED, IFLA_MACVLAN_BC_CUTOFF);
    same!(rt_link, netlink: IFLA_IPVLAN_MODE, IFLA_IPVLAN_FLAGS); // Attribute set linkinfo-ipvlan-attrs
    same!(rt_link, netlink: IFLA_XFRM_LINK, IFLA_XFRM_IF_ID, IFLA_XFRM_COLLECT_METADATA); // Attribute set linkinfo-xfrm-attrs
    same!(rt_link, netlink: // Attribute set linkinfo-bareudp-attrs
        IFLA_BAREUDP_PORT, IFLA_BAREUDP_ETHERTYPE, IFLA_BAREUDP_SRCPORT_MIN,
        IFLA_BAREUDP_MULTIPROTO_MODE);
    same!(rt_link, netlink: IFLA_IPOIB_PKEY, IFLA_IPOIB_MODE, IFLA_IPOIB_UMCAST); // Attribute set linkinfo-ipoib-attrs
    same!(rt_link, netlink: // Attribute set linkinfo-macsec-attrs
        IFLA_MACSEC_SCI, IFLA_MACSEC_PORT, IFLA_MACSEC_ICV_LEN, IFLA_MACSEC_CIPHER_SUITE,
        IFLA_MACSEC_WINDOW, IFLA_MACSEC_ENCODING_SA, IFLA_MACSEC_ENCRYPT, IFLA_MACSEC_PROTECT,
        IFLA_MACSEC_INC_SCI, IFLA_MACSEC_ES, IFLA_MACSEC_SCB, IFLA_MACSEC_REPLAY_PROTECT,
        IFLA_MACSEC_VALIDATION, IFLA_MACSEC_PAD, IFLA_MACSEC_OFFLOAD);
    same!(rt_link, net::net_device_flags: // Flags ifinfo-flags
        IFF_UP, IFF_BROADCAST, IFF_DEBUG, IFF_LOOPBACK, IFF_RUNNING, IFF_PROMISC, IFF_MASTER,
        IFF_SLAVE, IFF_MULTICAST, IFF_PORTSEL, IFF_DYNAMIC, IFF_LOWER_UP, IFF_DORMANT, IFF_ECHO);
    same!(rt_link, if_ether: ETH_P_8021Q, ETH_P_8021AD); // Enum vlan-protocols
    same!(rt_link, net: // Enum ipv4-devconf
        IPV4_DEVCONF_FORWARDING, IPV4_DEVCONF_MC_FORWARDING, IPV4_DEVCONF_PROXY_ARP,
        IPV4_DEVCONF_ACCEPT_REDIRECTS, IPV4_DEVCONF_SECURE_REDIRECTS, IPV4_DEVCONF_SEND_REDIRECTS,
        IPV4_DEVCONF_SHARED_MEDIA, IPV4_DEVCONF_RP_FILTER, IPV4_DEVCONF_ACCEPT_SOURCE_ROUTE,
        IPV4_DEVCONF_BOOTP_RELAY, IPV4_DEVCONF_LOG_MARTIANS, IPV4_DEVCONF_TAG,
        IPV4_DEVCONF_ARPFILTER, IPV4_DEVCONF_MEDIUM_ID, IPV4_DEVCONF_NOXFRM, IPV4_DEVCONF_NOPOLICY,
        IPV4_DEVCONF_FORCE_IGMP_VERSION, IPV4_DEVCONF_ARP_ANNOUNCE, IPV4_DEVCONF_ARP_IGNORE,
        IPV4_DEVCONF_PROMOTE_SECONDARIES, IPV4_DEVCONF_ARP_ACCEPT, IPV4_DEVCONF_ARP_NOTIFY,
        IPV4_DEVCONF_ACCEPT_LOCAL, IPV4_DEVCONF_SRC_VMARK, IPV4_DEVCONF_PROXY_ARP_PVLAN,
        IPV4_DEVCONF_ROUTE_LOCALNET, IPV4_DEVCONF_IGMPV2_UNSOLICITED_REPORT_INTERVAL,
        IPV4_DEVCONF_IGMPV3_UNSOLICITED_REPORT_INTERVAL, IPV4_DEVCONF_IGNORE_ROUTES_WITH_LINKDOWN,
        IPV4_DEVCONF_DROP_UNICAST_IN_L2_MULTICAST, IPV4_DEVCONF_DROP_GRATUITOUS_ARP,
        IPV4_DEVCONF_BC_FORWARDING, IPV4_DEVCONF_ARP_EVICT_NOCARRIER);
    same!(rt_link, net: // Enum ipv6-devconf
        DEVCONF_FORWARDING, DEVCONF_HOPLIMIT, DEVCONF_MTU6, DEVCONF_ACCEPT_RA,
        DEVCONF_ACCEPT_REDIRECTS, DEVCONF_AUTOCONF, DEVCONF_DAD_TRANSMITS, DEVCONF_RTR_SOLICITS,
        DEVCONF_RTR_SOLICIT_INTERVAL, DEVCONF_RTR_SOLICIT_DELAY, DEVCONF_USE_TEMPADDR,
        DEVCONF_TEMP_VALID_LFT, DEVCONF_TEMP_PREFERED_LFT, DEVCONF_REGEN_MAX_RETRY,
        DEVCONF_MAX_DESYNC_FACTOR, DEVCONF_MAX_ADDRESSES, DEVCONF_FORCE_MLD_VERSION,
        DEVCONF_ACCEPT_RA_DEFRTR, DEVCONF_ACCEPT_RA_PINFO, DEVCONF_ACCEPT_RA_RTR_PREF,
        DEVCONF_RTR_PROBE_INTERVAL, DEVCONF_ACCEPT_RA_RT_INFO_MAX_PLEN, DEVCONF_PROXY_NDP,
        DEVCONF_OPTIMISTIC_DAD, DEVCONF_ACCEPT_SOURCE_ROUTE, DEVCONF_MC_FORWARDING,
        DEVCONF_DISABLE_IPV6, DEVCONF_ACCEPT_DAD, DEVCONF_FORCE_TLLAO, DEVCONF_NDISC_NOTIFY,
        DEVCONF_MLDV1_UNSOLICITED_REPORT_INTERVAL, DEVCONF_MLDV2_UNSOLICITED_REPORT_INTERVAL,
        DEVCONF_SUPPRESS_FRAG_NDISC, DEVCONF_ACCEPT_RA_FROM_LOCAL, DEVCONF_USE_OPTIMISTIC,
        DEVCONF_ACCEPT_RA_MTU, DEVCONF_STABLE_SECRET, DEVCONF_USE_OIF_ADDRS_ONLY,
        DEVCONF_ACCEPT_RA_MIN_HOP_LIMIT, DEVCONF_IGNORE_ROUTES_WITH_LINKDOWN,
        DEVCONF_DROP_UNICAST_IN_L2_MULTICAST, DEVCONF_DROP_UNSOLICITED_NA,
        DEVCONF_KEEP_ADDR_ON_DOWN, DEVCONF_RTR_SOLICIT_MAX_INTERVAL, DEVCONF_SEG6_ENABLED,
        DEVCONF_SEG6_REQUIRE_HMAC, DEVCONF_ENHANCED_DAD, DEVCONF_ADDR_GEN_MODE,
        DEVCONF_DISABLE_POLICY, DEVCONF_ACCEPT_RA_RT_INFO_MIN_PLEN, DEVCONF_NDISC_TCLASS,
        DEVCONF_RPL_SEG_ENABLED, DEVCONF_RA_DEFRTR_METRIC, DEVCONF_IOAM6_ENABLED, DEVCONF_IOAM6_ID,
        DEVCONF_IOAM6_ID_WIDE, DEVCONF_NDISC_EVICT_NOCARRIER, DEVCONF_ACCEPT_UNTRACKED_NA);
    same!(rt_link, netlink: // Enum ifla-vf-link-state-enum
        IFLA_VF_LINK_STATE_AUTO, IFLA_VF_LINK_STATE_ENABLE, IFLA_VF_LINK_STATE_DISABLE);
    same!(rt_link, netlink: // Flags rtext-filter
        RTEXT_FILTER_VF, RTEXT_FILTER_BRVLAN, RTEXT_FILTER_BRVLAN_COMPRESSED,
        RTEXT_FILTER_SKIP_STATS, RTEXT_FILTER_MRP, RTEXT_FILTER_CFM_CONFIG, RTEXT_FILTER_CFM_STATUS,
        RTEXT_FILTER_MST);
    same!(rt_link, netlink::netkit_mode: NETKIT_L2, NETKIT_L3); // Enum netkit-mode
    same!(rt_link, netlink::netkit_scrub: NETKIT_SCRUB_NONE, NETKIT_SCRUB_DEFAULT); // Enum netkit-scrub
    same!(rt_link, netlink::ovpn_mode: OVPN_MODE_P2P, OVPN_MODE_MP); // Enum ovpn-mode
    same!(rt_link, net: // Enum address-family
        AF_UNSPEC, AF_UNIX, AF_AX25, AF_IPX, AF_APPLETALK, AF_NETROM, AF_BRIDGE, AF_ATMPVC, AF_X25,
        AF_ROSE, AF_NETBEUI, AF_SECURITY, AF_KEY, AF_NETLINK, AF_PACKET, AF_ASH, AF_ECONET,
        AF_ATMSVC, AF_RDS, AF_SNA, AF_IRDA, AF_PPPOX, AF_WANPIPE, AF_LLC, AF_CAN, AF_TIPC,
        AF_BLUETOOTH, AF_IUCV, AF_RXRPC, AF_ISDN, AF_PHONET, AF_IEEE802154, AF_CAIF, AF_ALG, AF_NFC,
        AF_VSOCK, AF_KCM, AF_QIPCRTR, AF_SMC, AF_XDP);
    same!(rt_link, if_arp: // Enum arphrd
        ARPHRD_NETROM, ARPHRD_ETHER, ARPHRD_EETHER, ARPHRD_AX25, ARPHRD_PRONET, ARPHRD_CHAOS,
        ARPHRD_IEEE802, ARPHRD_ARCNET, ARPHRD_APPLETLK, ARPHRD_DLCI, ARPHRD_ATM, ARPHRD_METRICOM,
        ARPHRD_IEEE1394, ARPHRD_EUI64, ARPHRD_INFINIBAND, ARPHRD_SLIP, ARPHRD_CSLIP, ARPHRD_SLIP6,
        ARPHRD_CSLIP6, ARPHRD_RSRVD, ARPHRD_ADAPT, ARPHRD_ROSE, ARPHRD_X25, ARPHRD_HWX25,
        ARPHRD_CAN, ARPHRD_MCTP, ARPHRD_PPP, ARPHRD_CISCO, ARPHRD_LAPB, ARPHRD_DDCMP,
        ARPHRD_RAWHDLC, ARPHRD_RAWIP, ARPHRD_TUNNEL, ARPHRD_TUNNEL6, ARPHRD_FRAD, ARPHRD_SKIP,
        ARPHRD_LOOPBACK, ARPHRD_LOCALTLK, ARPHRD_FDDI, ARPHRD_BIF, ARPHRD_SIT, ARPHRD_IPDDP,
        ARPHRD_IPGRE, ARPHRD_PIMREG, ARPHRD_HIPPI, ARPHRD_ASH, ARPHRD_ECONET, ARPHRD_IRDA,
        ARPHRD_FCPP, ARPHRD_FCAL, ARPHRD_FCPL, ARPHRD_FCFABRIC, ARPHRD_IEEE802_TR, ARPHRD_IEEE80211,
        ARPHRD_IEEE80211_PRISM, ARPHRD_IEEE80211_RADIOTAP, ARPHRD_IEEE802154,
        ARPHRD_IEEE802154_MONITOR, ARPHRD_PHONET, ARPHRD_PHONET_PIPE, ARPHRD_CAIF, ARPHRD_IP6GRE,
        ARPHRD_NETLINK, ARPHRD_6LOWPAN, ARPHRD_VSOCKMON, ARPHRD_NONE, ARPHRD_VOID);
    same!(rt_link, net: // Enum oper-state
        IF_OPER_UNKNOWN, IF_OPER_NOTPRESENT, IF_OPER_DOWN, IF_OPER_LOWERLAYERDOWN, IF_OPER_TESTING,
        IF_OPER_DORMANT, IF_OPER_UP);
    same!(rt_link, net: IF_LINK_MODE_DEFAULT, IF_LINK_MODE_DORMANT, IF_LINK_MODE_TESTING); // Enum link-mode
    same!(rt_link, netlink: // Enum link-event
        IFLA_EVENT_NONE, IFLA_EVENT_REBOOT, IFLA_EVENT_FEATURES, IFLA_EVENT_BONDING_FAILOVER,
        IFLA_EVENT_NOTIFY_PEERS, IFLA_EVENT_IGMP_RESEND, IFLA_EVENT_BONDING_OPTIONS);
    same!(rt_link, netlink: // Enum xdp-attached
        XDP_ATTACHED_NONE, XDP_ATTACHED_DRV, XDP_ATTACHED_SKB, XDP_ATTACHED_HW, XDP_ATTACHED_MULTI);
    same!(rt_link, netlink: // Flags xdp-flags
        XDP_FLAGS_UPDATE_IF_NOEXIST, XDP_FLAGS_SKB_MODE, XDP_FLAGS_DRV_MODE, XDP_FLAGS_HW_MODE,
        XDP_FLAGS_REPLACE);
    same!(rt_link, netlink::in6_addr_gen_mode: // Enum in6-addr-gen-mode
        IN6_ADDR_GEN_MODE_EUI64, IN6_ADDR_GEN_MODE_NONE, IN6_ADDR_GEN_MODE_STABLE_PRIVACY,
        IN6_ADDR_GEN_MODE_RANDOM);
    same!(rt_link, netlink: HSR_PROTOCOL_HSR, HSR_PROTOCOL_PRP); // Enum hsr-protocol
    same!(rt_link, netlink::ifla_geneve_df: GENEVE_DF_UNSET, GENEVE_DF_SET, GENEVE_DF_INHERIT); // Enum geneve-df
    same!(rt_link, netlink::ifla_vxlan_df: VXLAN_DF_UNSET, VXLAN_DF_SET, VXLAN_DF_INHERIT); // Enum vxlan-df
    same!(rt_link, netlink::ifla_vxlan_label_policy: VXLAN_LABEL_FIXED, VXLAN_LABEL_INHERIT); // Enum vxlan-label-policy
    same!(rt_link, netlink::macvlan_mode: // Enum macvlan-mode
        MACVLAN_MODE_PRIVATE, MACVLAN_MODE_VEPA, MACVLAN_MODE_BRIDGE, MACVLAN_MODE_PASSTHRU,
        MACVLAN_MODE_SOURCE);
    same!(rt_link, netlink: MACVLAN_FLAG_NOPROMISC, MACVLAN_FLAG_NODST); // Flags macvlan-flags
    same!(rt_link, netlink::macvlan_macaddr_mode: // Enum macvlan-macaddr-mode
        MACVLAN_MACADDR_ADD, MACVLAN_MACADDR_DEL, MACVLAN_MACADDR_FLUSH, MACVLAN_MACADDR_SET);
    same!(rt_link, netlink::ipvlan_mode: IPVLAN_MODE_L2, IPVLAN_MODE_L3, IPVLAN_MODE_L3S); // Enum ipvlan-mode
    same!(rt_link, netlink: IPVLAN_F_PRIVATE, IPVLAN_F_VEPA); // Flags ipvlan-flags
    same!(rt_link, netlink: IPOIB_MODE_DATAGRAM, IPOIB_MODE_CONNECTED); // Enum ipoib-mode
    same!(rt_link, netlink::macsec_validation_type: // Enum macsec-validation
        MACSEC_VALIDATE_DISABLED, MACSEC_VALIDATE_CHECK, MACSEC_VALIDATE_STRICT);
    same!(rt_link, netlink::macsec_offload: // Enum macsec-offload
        MACSEC_OFFLOAD_OFF, MACSEC_OFFLOAD_PHY, MACSEC_OFFLOAD_MAC);
    // rt_addr
    same!(rt_addr, netlink: RTM_NEWADDR, RTM_DELADDR, RTM_GETADDR, RTM_GETMULTICAST); // Message types
    same!(rt_addr, netlink::rtnetlink_groups: RTNLGRP_IPV4_IFADDR, RTNLGRP_IPV6_IFADDR, RTNLGRP_IPV6_PREFIX); // Multicast groups
    same!(rt_addr, netlink: // Attribute set addr-attrs
        IFA_ADDRESS, IFA_LOCAL, IFA_LABEL, IFA_BROADCAST, IFA_ANYCAST, IFA_CACHEINFO, IFA_MULTICAST,
        IFA_FLAGS, IFA_RT_PRIORITY, IFA_TARGET_NETNSID, IFA_PROTO);
    same!(rt_addr, netlink: // Flags ifa-flags
        IFA_F_SECONDARY, IFA_F_NODAD, IFA_F_OPTIMISTIC, IFA_F_DADFAILED, IFA_F_HOMEADDRESS,
        IFA_F_DEPRECATED, IFA_F_TENTATIVE, IFA_F_PERMANENT, IFA_F_MANAGETEMPADDR,
        IFA_F_NOPREFIXROUTE, IFA_F_MCAUTOJOIN, IFA_F_STABLE_PRIVACY);
    same!(rt_addr, netlink: // Enum ifa-proto
        IFAPROT_UNSPEC, IFAPROT_KERNEL_LO, IFAPROT_KERNEL_RA, IFAPROT_KERNEL_LL);
    same!(rt_addr, net: // Enum address-family
        AF_UNSPEC, AF_UNIX, AF_INET, AF_AX25, AF_IPX, AF_APPLETALK, AF_NETROM, AF_BRIDGE, AF_ATMPVC,
        AF_X25, AF_INET6, AF_ROSE, AF_NETBEUI, AF_SECURITY, AF_KEY, AF_NETLINK, AF_PACKET, AF_ASH,
        AF_ECONET, AF_ATMSVC, AF_RDS, AF_SNA, AF_IRDA, AF_PPPOX, AF_WANPIPE, AF_LLC, AF_CAN,
        AF_TIPC, AF_BLUETOOTH, AF_IUCV, AF_RXRPC, AF_ISDN, AF_PHONET, AF_IEEE802154, AF_CAIF,
        AF_ALG, AF_NFC, AF_VSOCK, AF_KCM, AF_QIPCRTR, AF_SMC, AF_XDP, AF_MCTP);
    same!(rt_addr, netlink::rt_scope_t: // Enum rt-scope
        RT_SCOPE_UNIVERSE, RT_SCOPE_SITE, RT_SCOPE_LINK, RT_SCOPE_HOST, RT_SCOPE_NOWHERE);
    // rt_route
    same!(rt_route, netlink: RTM_GETROUTE, RTM_NEWROUTE, RTM_DELROUTE); // Message types
    same!(rt_route, netlink::rtnetlink_groups: RTNLGRP_IPV4_ROUTE, RTNLGRP_IPV6_ROUTE, RTNLGRP_IPV4_MROUTE, RTNLGRP_IPV6_MROUTE, RTNLGRP_NEXTHOP); // Multicast groups
    same!(rt_route, netlink::rtattr_type_t: // Attribute set route-attrs
        RTA_DST, RTA_SRC, RTA_IIF, RTA_OIF, RTA_GATEWAY, RTA_PRIORITY, RTA_PREFSRC, RTA_METRICS,
        RTA_MULTIPATH, RTA_PROTOINFO, RTA_FLOW, RTA_CACHEINFO, RTA_SESSION, RTA_MP_ALGO, RTA_TABLE,
        RTA_MARK, RTA_MFC_STATS, RTA_VIA, RTA_NEWDST, RTA_PREF, RTA_ENCAP_TYPE, RTA_ENCAP,
        RTA_EXPIRES, RTA_PAD, RTA_UID, RTA_TTL_PROPAGATE, RTA_IP_PROTO, RTA_SPORT, RTA_DPORT,
        RTA_NH_ID, RTA_FLOWLABEL);
    same!(rt_route, netlink: // Attribute set metrics
        RTAX_UNSPEC, RTAX_LOCK, RTAX_MTU, RTAX_WINDOW, RTAX_RTT, RTAX_RTTVAR, RTAX_SSTHRESH,
        RTAX_CWND, RTAX_ADVMSS, RTAX_REORDERING, RTAX_HOPLIMIT, RTAX_INITCWND, RTAX_FEATURES,
        RTAX_RTO_MIN, RTAX_INITRWND, RTAX_QUICKACK, RTAX_CC_ALGO, RTAX_FASTOPEN_NO_COOKIE);
    same!(rt_route, netlink: // Enum rtm-type
        RTN_UNSPEC, RTN_UNICAST, RTN_LOCAL, RTN_BROADCAST, RTN_ANYCAST, RTN_MULTICAST,
        RTN_BLACKHOLE, RTN_UNREACHABLE, RTN_PROHIBIT, RTN_THROW, RTN_NAT, RTN_XRESOLVE);
    same!(rt_route, netlink: // Flags rtnh-flags
        RTNH_F_DEAD, RTNH_F_PERVASIVE, RTNH_F_ONLINK, RTNH_F_OFFLOAD, RTNH_F_LINKDOWN,
        RTNH_F_UNRESOLVED, RTNH_F_TRAP);
    same!(rt_route, netlink: // Flags rtm-flags
        RTM_F_NOTIFY, RTM_F_CLONED, RTM_F_EQUALIZE, RTM_F_PREFIX, RTM_F_LOOKUP_TABLE,
        RTM_F_FIB_MATCH, RTM_F_OFFLOAD, RTM_F_TRAP, RTM_F_OFFLOAD_FAILED);
    same!(rt_route, net: // Enum address-family
        AF_UNSPEC, AF_UNIX, AF_INET, AF_AX25, AF_IPX, AF_APPLETALK, AF_NETROM, AF_BRIDGE, AF_ATMPVC,
        AF_X25, AF_INET6, AF_ROSE, AF_NETBEUI, AF_SECURITY, AF_KEY, AF_NETLINK, AF_PACKET, AF_ASH,
        AF_ECONET, AF_ATMSVC, AF_RDS, AF_SNA, AF_IRDA, AF_PPPOX, AF_WANPIPE, AF_LLC, AF_CAN,
        AF_TIPC, AF_BLUETOOTH, AF_IUCV, AF_RXRPC, AF_ISDN, AF_PHONET, AF_IEEE802154, AF_CAIF,
        AF_ALG, AF_NFC, AF_VSOCK, AF_KCM, AF_QIPCRTR, AF_SMC, AF_XDP, AF_MCTP);
    same!(rt_route, netlink: // Enum rt-protocol
        RTPROT_UNSPEC, RTPROT_REDIRECT, RTPROT_KERNEL, RTPROT_BOOT, RTPROT_STATIC, RTPROT_GATED,
        RTPROT_RA, RTPROT_MRT, RTPROT_ZEBRA, RTPROT_BIRD, RTPROT_DNROUTED, RTPROT_XORP, RTPROT_NTK,
        RTPROT_DHCP, RTPROT_MROUTED, RTPROT_KEEPALIVED, RTPROT_BABEL, RTPROT_OVN, RTPROT_OPENR,
        RTPROT_BGP, RTPROT_ISIS, RTPROT_OSPF, RTPROT_RIP, RTPROT_EIGRP);
    same!(rt_route, netlink::rt_scope_t: // Enum rt-scope
        RT_SCOPE_UNIVERSE, RT_SCOPE_SITE, RT_SCOPE_LINK, RT_SCOPE_HOST, RT_SCOPE_NOWHERE);
    same!(rt_route, netlink::rt_class_t: // Enum rt-table
        RT_TABLE_UNSPEC, RT_TABLE_COMPAT, RT_TABLE_DEFAULT, RT_TABLE_MAIN, RT_TABLE_LOCAL);
    // rt_neigh
    same!(rt_neigh, netlink: // Message types
        RTM_NEWNEIGH, RTM_DELNEIGH, RTM_GETNEIGH, RTM_GETNEIGHTBL, RTM_SETNEIGHTBL);
    same!(rt_neigh, netlink::rtnetlink_groups: RTNLGRP_NEIGH); // Multicast groups
    same!(rt_neigh, netlink: // Attribute set neighbour-attrs
        NDA_UNSPEC, NDA_DST, NDA_LLADDR, NDA_CACHEINFO, NDA_PROBES, NDA_VLAN, NDA_PORT, NDA_VNI,
        NDA_IFINDEX, NDA_MASTER, NDA_LINK_NETNSID, NDA_SRC_VNI, NDA_PROTOCOL, NDA_NH_ID,
        NDA_FDB_EXT_ATTRS, NDA_FLAGS_EXT, NDA_NDM_STATE_MASK, NDA_NDM_FLAGS_MASK);
    same!(rt_neigh, netlink: // Attribute set ndt-attrs
        NDTA_NAME, NDTA_THRESH1, NDTA_THRESH2, NDTA_THRESH3, NDTA_CONFIG, NDTA_PARMS, NDTA_STATS,
        NDTA_GC_INTERVAL, NDTA_PAD);
    same!(rt_neigh, netlink: // Attribute set ndtpa-attrs
        NDTPA_IFINDEX, NDTPA_REFCNT, NDTPA_REACHABLE_TIME, NDTPA_BASE_REACHABLE_TIME,
        NDTPA_RETRANS_TIME, NDTPA_GC_STALETIME, NDTPA_DELAY_PROBE_TIME, NDTPA_QUEUE_LEN,
        NDTPA_APP_PROBES, NDTPA_UCAST_PROBES, NDTPA_MCAST_PROBES, NDTPA_ANYCAST_DELAY,
        NDTPA_PROXY_DELAY, NDTPA_PROXY_QLEN, NDTPA_LOCKTIME, NDTPA_QUEUE_LENBYTES,
        NDTPA_MCAST_REPROBES, NDTPA_PAD, NDTPA_INTERVAL_PROBE_TIME_MS);
    same!(rt_neigh, netlink: // Flags nud-state
        NUD_INCOMPLETE, NUD_REACHABLE, NUD_STALE, NUD_DELAY, NUD_PROBE, NUD_FAILED, NUD_NOARP,
        NUD_PERMANENT);
    same!(rt_neigh, netlink: // Flags ntf-flags
        NTF_USE, NTF_SELF, NTF_MASTER, NTF_PROXY, NTF_EXT_LEARNED, NTF_OFFLOADED, NTF_STICKY,
        NTF_ROUTER);
    same!(rt_neigh, netlink: NTF_EXT_MANAGED, NTF_EXT_LOCKED, NTF_EXT_EXT_VALIDATED); // Flags ntf-ext-flags
    same!(rt_neigh, netlink: // Enum rtm-type
        RTN_UNSPEC, RTN_UNICAST, RTN_LOCAL, RTN_BROADCAST, RTN_ANYCAST, RTN_MULTICAST,
        RTN_BLACKHOLE, RTN_UNREACHABLE, RTN_PROHIBIT, RTN_THROW, RTN_NAT, RTN_XRESOLVE);
    same!(rt_neigh, net: // Enum address-family
        AF_UNSPEC, AF_UNIX, AF_INET, AF_AX25, AF_IPX, AF_APPLETALK, AF_NETROM, AF_BRIDGE, AF_ATMPVC,
        AF_X25, AF_INET6, AF_ROSE, AF_NETBEUI, AF_SECURITY, AF_KEY, AF_NETLINK, AF_PACKET, AF_ASH,
        AF_ECONET, AF_ATMSVC, AF_RDS, AF_SNA, AF_IRDA, AF_PPPOX, AF_WANPIPE, AF_LLC, AF_CAN,
        AF_TIPC, AF_BLUETOOTH, AF_IUCV, AF_RXRPC, AF_ISDN, AF_PHONET, AF_IEEE802154, AF_CAIF,
        AF_ALG, AF_NFC, AF_VSOCK, AF_KCM, AF_QIPCRTR, AF_SMC, AF_XDP, AF_MCTP);
    same!(rt_neigh, netlink: // Enum rt-protocol
        RTPROT_UNSPEC, RTPROT_REDIRECT, RTPROT_KERNEL, RTPROT_BOOT, RTPROT_STATIC, RTPROT_GATED,
        RTPROT_RA, RTPROT_MRT, RTPROT_ZEBRA, RTPROT_BIRD, RTPROT_DNROUTED, RTPROT_XORP, RTPROT_NTK,
        RTPROT_DHCP, RTPROT_MROUTED, RTPROT_KEEPALIVED, RTPROT_BABEL, RTPROT_OVN, RTPROT_OPENR,
        RTPROT_BGP, RTPROT_ISIS, RTPROT_OSPF, RTPROT_RIP, RTPROT_EIGRP);
    // rt_rule
    same!(rt_rule, netlink: RTM_NEWRULE, RTM_DELRULE, RTM_GETRULE); // Message types
    same!(rt_rule, netlink::rtnetlink_groups: RTNLGRP_IPV4_RULE, RTNLGRP_IPV6_RULE); // Multicast groups
    same!(rt_rule, netlink: // Attribute set fib-rule-attrs
        FRA_DST, FRA_SRC, FRA_IIFNAME, FRA_GOTO, FRA_UNUSED2, FRA_PRIORITY, FRA_UNUSED3,
        FRA_UNUSED4, FRA_UNUSED5, FRA_FWMARK, FRA_FLOW, FRA_TUN_ID, FRA_SUPPRESS_IFGROUP,
        FRA_SUPPRESS_PREFIXLEN, FRA_TABLE, FRA_FWMASK, FRA_OIFNAME, FRA_PAD, FRA_L3MDEV,
        FRA_UID_RANGE, FRA_PROTOCOL, FRA_IP_PROTO, FRA_SPORT_RANGE, FRA_DPORT_RANGE, FRA_DSCP,
        FRA_FLOWLABEL, FRA_FLOWLABEL_MASK, FRA_SPORT_MASK, FRA_DPORT_MASK, FRA_DSCP_MASK);
    same!(rt_rule, netlink: // Enum fr-act
        FR_ACT_UNSPEC, FR_ACT_TO_TBL, FR_ACT_GOTO, FR_ACT_NOP, FR_ACT_RES3, FR_ACT_RES4,
        FR_ACT_BLACKHOLE, FR_ACT_UNREACHABLE, FR_ACT_PROHIBIT);
    same!(rt_rule, netlink: // Flags fib-rule-flags
        FIB_RULE_PERMANENT, FIB_RULE_INVERT, FIB_RULE_UNRESOLVED, FIB_RULE_IIF_DETACHED,
        FIB_RULE_OIF_DETACHED, FIB_RULE_FIND_SADDR);
    same!(rt_rule, net: // Enum address-family
        AF_UNSPEC, AF_UNIX, AF_INET, AF_AX25, AF_IPX, AF_APPLETALK, AF_NETROM, AF_BRIDGE, AF_ATMPVC,
        AF_X25, AF_INET6, AF_ROSE, AF_NETBEUI, AF_SECURITY, AF_KEY, AF_NETLINK, AF_PACKET, AF_ASH,
        AF_ECONET, AF_ATMSVC, AF_RDS, AF_SNA, AF_IRDA, AF_PPPOX, AF_WANPIPE, AF_LLC, AF_CAN,
        AF_TIPC, AF_BLUETOOTH, AF_IUCV, AF_RXRPC, AF_ISDN, AF_PHONET, AF_IEEE802154, AF_CAIF,
        AF_ALG, AF_NFC, AF_VSOCK, AF_KCM, AF_QIPCRTR, AF_SMC, AF_XDP, AF_MCTP);
    same!(rt_rule, netlink: // Enum rt-protocol
        RTPROT_UNSPEC, RTPROT_REDIRECT, RTPROT_KERNEL, RTPROT_BOOT, RTPROT_STATIC, RTPROT_GATED,
        RTPROT_RA, RTPROT_MRT, RTPROT_ZEBRA, RTPROT_BIRD, RTPROT_DNROUTED, RTPROT_XORP, RTPROT_NTK,
        RTPROT_DHCP, RTPROT_MROUTED, RTPROT_KEEPALIVED, RTPROT_BABEL, RTPROT_OVN, RTPROT_OPENR,
        RTPROT_BGP, RTPROT_ISIS, RTPROT_OSPF, RTPROT_RIP, RTPROT_EIGRP);
    same!(rt_rule, netlink::rt_class_t: // Enum rt-table
        RT_TABLE_UNSPEC, RT_TABLE_COMPAT, RT_TABLE_DEFAULT, RT_TABLE_MAIN, RT_TABLE_LOCAL);
    // nlctrl
    same!(nlctrl, netlink::netlink_policy_type_attr: // Attribute set policy-attrs
        NL_POLICY_TYPE_ATTR_TYPE, NL_POLICY_TYPE_ATTR_MIN_VALUE_S, NL_POLICY_TYPE_ATTR_MAX_VALUE_S,
        NL_POLICY_TYPE_ATTR_MIN_VALUE_U, NL_POLICY_TYPE_ATTR_MAX_VALUE_U,
        NL_POLICY_TYPE_ATTR_MIN_LENGTH, NL_POLICY_TYPE_ATTR_MAX_LENGTH,
        NL_POLICY_TYPE_ATTR_POLICY_IDX, NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE,
        NL_POLICY_TYPE_ATTR_BITFIELD32_MASK, NL_POLICY_TYPE_ATTR_PAD, NL_POLICY_TYPE_ATTR_MASK);
    same!(nlctrl, netlink::netlink_attribute_type: // Enum attr-type
        NL_ATTR_TYPE_INVALID, NL_ATTR_TYPE_FLAG, NL_ATTR_TYPE_U8, NL_ATTR_TYPE_U16,
        NL_ATTR_TYPE_U32, NL_ATTR_TYPE_U64, NL_ATTR_TYPE_S8, NL_ATTR_TYPE_S16, NL_ATTR_TYPE_S32,
        NL_ATTR_TYPE_S64, NL_ATTR_TYPE_BINARY, NL_ATTR_TYPE_STRING, NL_ATTR_TYPE_NUL_STRING,
        NL_ATTR_TYPE_NESTED, NL_ATTR_TYPE_NESTED_ARRAY, NL_ATTR_TYPE_BITFIELD32, NL_ATTR_TYPE_SINT,
        NL_ATTR_TYPE_UINT);

    assert!(wrong.is_empty(), "{} of {checked} constants differ:\n{}", wrong.len(), wrong.join("\n"));
    eprintln!("c_names: {checked} constants match linux-raw-sys");
}

/// Spec entries whose names differ from the kernel's: the overrides give them the kernel's C
/// names (`c-name`), checked here against the kernel's values; AF_DECnet is upper-cased.
#[test]
fn renamed_entries_have_the_kernel_values() {
    use linux_raw_sys::net::{self, net_device_flags as iff};
    use linux_raw_sys::netlink::netkit_action;
    let pairs: &[(&str, u64, u64)] = &[
        (
            "IFF_POINTOPOINT / IFF_POINTOPOINT",
            rt_link::IFF_POINTOPOINT as u64,
            iff::IFF_POINTOPOINT as u64,
        ),
        (
            "IFF_NOTRAILERS / IFF_NOTRAILERS",
            rt_link::IFF_NOTRAILERS as u64,
            iff::IFF_NOTRAILERS as u64,
        ),
        (
            "IFF_NOARP / IFF_NOARP",
            rt_link::IFF_NOARP as u64,
            iff::IFF_NOARP as u64,
        ),
        (
            "IFF_ALLMULTI / IFF_ALLMULTI",
            rt_link::IFF_ALLMULTI as u64,
            iff::IFF_ALLMULTI as u64,
        ),
        (
            "IFF_AUTOMEDIA / IFF_AUTOMEDIA",
            rt_link::IFF_AUTOMEDIA as u64,
            iff::IFF_AUTOMEDIA as u64,
        ),
        // netkit-policy's entries are forward/blackhole; the kernel's enum netkit_action
        // calls them NETKIT_PASS and NETKIT_DROP.
        (
            "NETKIT_PASS / NETKIT_PASS",
            rt_link::NETKIT_PASS as u64,
            netkit_action::NETKIT_PASS as u64,
        ),
        (
            "NETKIT_DROP / NETKIT_DROP",
            rt_link::NETKIT_DROP as u64,
            netkit_action::NETKIT_DROP as u64,
        ),
        // C names are upper case: AF_DECnet comes out as AF_DECNET.
        (
            "rt_link AF_DECNET / AF_DECnet",
            rt_link::AF_DECNET as u64,
            net::AF_DECnet as u64,
        ),
        (
            "rt_addr AF_DECNET / AF_DECnet",
            rt_addr::AF_DECNET as u64,
            net::AF_DECnet as u64,
        ),
        (
            "rt_route AF_DECNET / AF_DECnet",
            rt_route::AF_DECNET as u64,
            net::AF_DECnet as u64,
        ),
        (
            "rt_neigh AF_DECNET / AF_DECnet",
            rt_neigh::AF_DECNET as u64,
            net::AF_DECnet as u64,
        ),
        (
            "rt_rule AF_DECNET / AF_DECnet",
            rt_rule::AF_DECNET as u64,
            net::AF_DECnet as u64,
        ),
    ];
    for (what, ours, kernel) in pairs {
        assert_eq!(ours, kernel, "{what}");
    }
}

/// What the overrides add that `linux-raw-sys` cannot check: the kernel's values from the
/// uapi headers, and the shapes (types, byte order, nesting, enums) the additions give.
#[test]
fn override_additions() {
    // veth.h, can/vxcan.h, dpll.h, and if_link.h newer than linux-raw-sys 0.12.
    assert_eq!(rt_link::VETH_INFO_PEER, 1);
    assert_eq!(rt_link::VXCAN_INFO_PEER, 1);
    assert_eq!(rt_link::DPLL_A_PIN_ID, 1);
    assert_eq!(
        (rt_link::NETKIT_DEVICE_PAIR, rt_link::NETKIT_DEVICE_SINGLE),
        (0, 1)
    );
    assert_eq!(
        (
            rt_link::BR_STP_MODE_AUTO,
            rt_link::BR_STP_MODE_USER,
            rt_link::BR_STP_MODE_KERNEL
        ),
        (0, 1, 2)
    );
    assert_eq!(rt_link::IF_OPER_UP, 6);
    assert_eq!(rt_link::IFLA_VXLAN_PORT, 15);
    assert_eq!(rt_link::IFLA_VXLAN_MC_ROUTE, 34);
    assert_eq!(rt_link::MACVLAN_MODE_SOURCE, 16);
    assert_eq!(rt_link::IPVLAN_MODE_L3S, 2);
    // linux/if_vlan.h
    assert_eq!(
        [
            rt_link::VLAN_FLAG_REORDER_HDR,
            rt_link::VLAN_FLAG_GVRP,
            rt_link::VLAN_FLAG_LOOSE_BINDING,
            rt_link::VLAN_FLAG_MVRP,
            rt_link::VLAN_FLAG_BRIDGE_BINDING
        ],
        [0x1, 0x2, 0x4, 0x8, 0x10]
    );
    // linux/snmp.h
    assert_eq!(
        (
            rt_link::ICMP6_MIB_NUM,
            rt_link::ICMP6_MIB_CSUMERRORS,
            rt_link::ICMP6_MIB_RATELIMITHOST
        ),
        (0, 5, 6)
    );
    // linux/socket.h: AF_IB and AF_MPLS are missing from linux-raw-sys.
    for v in [
        rt_link::AF_MPLS,
        rt_addr::AF_MPLS,
        rt_route::AF_MPLS,
        rt_neigh::AF_MPLS,
        rt_rule::AF_MPLS,
    ] {
        assert_eq!(v, 28);
    }
    assert_eq!(rt_route::AF_IB, 27);
    // linux/lwtunnel.h, linux/icmpv6.h
    assert_eq!(
        (
            rt_route::LWTUNNEL_ENCAP_NONE,
            rt_route::LWTUNNEL_ENCAP_SEG6_LOCAL,
            rt_route::LWTUNNEL_ENCAP_XFRM
        ),
        (0, 7, 10)
    );
    assert_eq!(
        (
            rt_route::ICMPV6_ROUTER_PREF_MEDIUM,
            rt_route::ICMPV6_ROUTER_PREF_HIGH,
            rt_route::ICMPV6_ROUTER_PREF_LOW
        ),
        (0, 1, 3)
    );
    // linux/genetlink.h
    assert_eq!(
        [
            nlctrl::GENL_ADMIN_PERM,
            nlctrl::GENL_CMD_CAP_DO,
            nlctrl::GENL_CMD_CAP_DUMP,
            nlctrl::GENL_CMD_CAP_HASPOL,
            nlctrl::GENL_UNS_ADMIN_PERM
        ],
        [0x01, 0x02, 0x04, 0x08, 0x10]
    );
    assert_eq!(
        (
            nlctrl::CTRL_CMD_GETFAMILY,
            nlctrl::CTRL_ATTR_FAMILY_ID,
            nlctrl::CTRL_ATTR_OP
        ),
        (3, 1, 10)
    );
    // The spec numbers mask 11 and pad 12; netlink.h (and linux-raw-sys) the other way round.
    assert_eq!(
        (
            nlctrl::NL_POLICY_TYPE_ATTR_PAD,
            nlctrl::NL_POLICY_TYPE_ATTR_MASK
        ),
        (11, 12)
    );
    // ipv4-devconf counts from 1 like the kernel's (the spec's entries from 0).
    assert_eq!(rt_link::IPV4_DEVCONF_FORWARDING, 1);

    // IFLA_INFO_DATA formats the overrides add, each with its attribute set.
    let data = &rt_link::tables::LINKINFO_DATA_MSG;
    for (kind, set) in [
        ("veth", "linkinfo-veth-attrs"),
        ("vxcan", "linkinfo-vxcan-attrs"),
        ("vxlan", "linkinfo-vxlan-attrs"),
        ("macvlan", "linkinfo-macvlan-attrs"),
        ("macvtap", "linkinfo-macvlan-attrs"),
        ("ipvlan", "linkinfo-ipvlan-attrs"),
        ("ipvtap", "linkinfo-ipvlan-attrs"),
        ("xfrm", "linkinfo-xfrm-attrs"),
        ("bareudp", "linkinfo-bareudp-attrs"),
        ("ipoib", "linkinfo-ipoib-attrs"),
        ("macsec", "linkinfo-macsec-attrs"),
        ("ip6gretap", "linkinfo-gre6-attrs"),
        ("ip6erspan", "linkinfo-gre6-attrs"),
        ("bond", "linkinfo-bond-attrs"), // the spec's own formats stay
    ] {
        let v = data
            .variant(kind)
            .unwrap_or_else(|| panic!("no IFLA_INFO_DATA format {kind}"));
        assert_eq!(v.attrs.map(|s| s.name), Some(set), "{kind}");
    }

    // VETH_INFO_PEER (and IFLA_NETKIT_PEER_INFO): the peer's ifinfomsg, then link attributes.
    for peer in [
        rt_link::tables::LINKINFO_VETH_ATTRS
            .get(rt_link::VETH_INFO_PEER)
            .unwrap(),
        rt_link::tables::LINKINFO_NETKIT_ATTRS
            .get(rt_link::IFLA_NETKIT_PEER_INFO)
            .unwrap(),
    ] {
        assert_eq!(peer.ty, AttrType::Nest, "{}", peer.c_name);
        assert_eq!(
            peer.header.map(|h| h.name),
            Some("ifinfomsg"),
            "{}",
            peer.c_name
        );
        assert_eq!(
            peer.nested.map(|s| s.name),
            Some("link-attrs"),
            "{}",
            peer.c_name
        );
    }

    // vxlan: addresses, network byte order, the port range struct, enums.
    let vx = &rt_link::tables::LINKINFO_VXLAN_ATTRS;
    let a = |k: u16| vx.get(k).unwrap();
    assert_eq!(
        (
            a(rt_link::IFLA_VXLAN_ID).ty,
            a(rt_link::IFLA_VXLAN_ID).checks.max
        ),
        (AttrType::U32, Some(0xff_ffff))
    );
    for k in [rt_link::IFLA_VXLAN_GROUP, rt_link::IFLA_VXLAN_LOCAL] {
        assert_eq!(
            (a(k).ty, a(k).display, a(k).big_endian),
            (AttrType::U32, Display::Ipv4, true),
            "{}",
            a(k).c_name
        );
    }
    for k in [rt_link::IFLA_VXLAN_GROUP6, rt_link::IFLA_VXLAN_LOCAL6] {
        assert_eq!(
            (a(k).ty, a(k).display),
            (AttrType::Binary, Display::Ipv6),
            "{}",
            a(k).c_name
        );
    }
    assert_eq!(
        (
            a(rt_link::IFLA_VXLAN_PORT).ty,
            a(rt_link::IFLA_VXLAN_PORT).big_endian
        ),
        (AttrType::U16, true)
    );
    let range = a(rt_link::IFLA_VXLAN_PORT_RANGE).header.unwrap();
    assert_eq!(range.len, 4);
    assert!(range
        .members
        .iter()
        .all(|m| m.ty == AttrType::U16 && m.big_endian));
    assert!(
        a(rt_link::IFLA_VXLAN_LABEL).big_endian,
        "IFLA_VXLAN_LABEL is a __be32"
    );
    for k in [
        rt_link::IFLA_VXLAN_GBP,
        rt_link::IFLA_VXLAN_GPE,
        rt_link::IFLA_VXLAN_TTL_INHERIT,
        rt_link::IFLA_VXLAN_REMCSUM_NOPARTIAL,
    ] {
        assert_eq!(a(k).ty, AttrType::Flag, "{}", a(k).c_name);
    }
    assert_eq!(
        a(rt_link::IFLA_VXLAN_DF).enumeration.map(|e| e.name),
        Some("vxlan-df")
    );
    assert_eq!(
        a(rt_link::IFLA_VXLAN_RESERVED_BITS).checks.exact_len,
        Some(8)
    );

    // macvlan and ipvlan modes decode by name.
    let mode = rt_link::tables::LINKINFO_MACVLAN_ATTRS
        .get(rt_link::IFLA_MACVLAN_MODE)
        .unwrap();
    assert_eq!(
        mode.enumeration.unwrap().find(4).unwrap().c_name,
        "MACVLAN_MODE_BRIDGE"
    );
    let mode = rt_link::tables::LINKINFO_IPVLAN_ATTRS
        .get(rt_link::IFLA_IPVLAN_MODE)
        .unwrap();
    assert_eq!(
        (mode.ty, mode.enumeration.unwrap().find(1).unwrap().c_name),
        (AttrType::U16, "IPVLAN_MODE_L3")
    );

    // Typed link attributes and header fields.
    let link = &rt_link::tables::LINK_ATTRS;
    let oper = link
        .get(rt_link::IFLA_OPERSTATE)
        .unwrap()
        .enumeration
        .unwrap();
    assert_eq!(oper.find(6).unwrap().c_name, "IF_OPER_UP");
    let mode = link
        .get(rt_link::IFLA_LINKMODE)
        .unwrap()
        .enumeration
        .unwrap();
    assert_eq!(mode.find(1).unwrap().c_name, "IF_LINK_MODE_DORMANT");
    let ifi = rt_link::Ifinfomsg::from_bytes(&[10, 0, 1, 0, 0, 0, 0, 0]);
    assert_eq!(
        (ifi.ifi_family, ifi.ifi_type),
        (rt_link::AddressFamily::Inet6, rt_link::Arphrd::Ether)
    );
    let ifi = rt_link::Ifinfomsg::from_bytes(&[0, 0, 0x04, 0x03]);
    assert_eq!(ifi.ifi_type, rt_link::Arphrd::Loopback);

    // rt-route: RTA_MULTIPATH is a list of rtnexthop records with route attributes.
    let route = &rt_route::tables::ROUTE_ATTRS;
    let mp = route.get(rt_route::RTA_MULTIPATH).unwrap();
    assert_eq!(mp.ty, AttrType::RecordList);
    assert_eq!(mp.header.map(|h| (h.name, h.len)), Some(("rtnexthop", 8)));
    assert_eq!(mp.nested.map(|s| s.name), Some("route-attrs"));
    let table = route.get(rt_route::RTA_TABLE).unwrap();
    assert_eq!(
        (
            table.ty,
            table.enumeration.unwrap().find(254).unwrap().c_name
        ),
        (AttrType::U32, "RT_TABLE_MAIN")
    );
    // family inet, dst/24, table main, protocol dhcp, scope link, type unicast.
    let rtm = rt_route::Rtmsg::from_bytes(&[2, 24, 0, 0, 254, 16, 253, 1, 0, 0, 0, 0]);
    assert_eq!(rtm.rtm_family, rt_route::AddressFamily::Inet);
    assert_eq!(rtm.rtm_table, rt_route::RtTable::Main);
    assert_eq!(rtm.rtm_protocol, rt_route::RtProtocol::Dhcp);
    assert_eq!(rtm.rtm_scope, rt_route::RtScope::Link);
    assert_eq!(rtm.rtm_type, rt_route::RtmType::Unicast);
    // A user table keeps its number.
    let rtm = rt_route::Rtmsg::from_bytes(&[10, 0, 0, 0, 100, 4, 0, 1, 0, 0, 0, 0]);
    assert_eq!(
        (rtm.rtm_table, rtm.rtm_protocol),
        (rt_route::RtTable::Other(100), rt_route::RtProtocol::Static)
    );

    // rt-addr, rt-neigh, rt-rule headers.
    let ifa = rt_addr::Ifaddrmsg::from_bytes(&[2, 24, 0, 254, 1, 0, 0, 0]);
    assert_eq!(
        (ifa.ifa_family, ifa.ifa_scope),
        (rt_addr::AddressFamily::Inet, rt_addr::RtScope::Host)
    );
    let nd = rt_neigh::tables::NEIGHBOUR_ATTRS
        .get(rt_neigh::NDA_PORT)
        .unwrap();
    assert!(nd.big_endian, "NDA_PORT is a __be16");
    let fib = rt_rule::tables::FIB_RULE_HDR
        .member("action")
        .unwrap()
        .enumeration
        .unwrap();
    assert_eq!(fib.find(1).unwrap().c_name, "FR_ACT_TO_TBL");
    assert_eq!(
        rt_neigh::tables::NUD_STATE.find(2).unwrap().c_name,
        "NUD_REACHABLE"
    );
}

/// The generated fixed headers have the kernel's sizes (`linux-raw-sys`'s uapi structs).
#[test]
fn fixed_header_sizes_match_uapi() {
    use linux_raw_sys::netlink as k;
    use nlcodec_families::{rt_addr, rt_link, rt_neigh, rt_route};
    assert_eq!(
        rt_link::Ifinfomsg::LEN,
        core::mem::size_of::<k::ifinfomsg>()
    );
    assert_eq!(
        rt_addr::Ifaddrmsg::LEN,
        core::mem::size_of::<k::ifaddrmsg>()
    );
    assert_eq!(rt_route::Rtmsg::LEN, core::mem::size_of::<k::rtmsg>());
    assert_eq!(rt_neigh::Ndmsg::LEN, core::mem::size_of::<k::ndmsg>());
}
