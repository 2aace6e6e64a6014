//! Descriptor tables of `rt-link`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `ifinfo-flags` flags.
pub static IFINFO_FLAGS: EnumDesc = EnumDesc::new(
    "ifinfo-flags",
    true,
    &[
        EnumEntry {
            name: "up",
            c_name: "IFF_UP",
            value: 1,
        },
        EnumEntry {
            name: "broadcast",
            c_name: "IFF_BROADCAST",
            value: 2,
        },
        EnumEntry {
            name: "debug",
            c_name: "IFF_DEBUG",
            value: 4,
        },
        EnumEntry {
            name: "loopback",
            c_name: "IFF_LOOPBACK",
            value: 8,
        },
        EnumEntry {
            name: "point-to-point",
            c_name: "IFF_POINTOPOINT",
            value: 16,
        },
        EnumEntry {
            name: "no-trailers",
            c_name: "IFF_NOTRAILERS",
            value: 32,
        },
        EnumEntry {
            name: "running",
            c_name: "IFF_RUNNING",
            value: 64,
        },
        EnumEntry {
            name: "no-arp",
            c_name: "IFF_NOARP",
            value: 128,
        },
        EnumEntry {
            name: "promisc",
            c_name: "IFF_PROMISC",
            value: 256,
        },
        EnumEntry {
            name: "all-multi",
            c_name: "IFF_ALLMULTI",
            value: 512,
        },
        EnumEntry {
            name: "master",
            c_name: "IFF_MASTER",
            value: 1024,
        },
        EnumEntry {
            name: "slave",
            c_name: "IFF_SLAVE",
            value: 2048,
        },
        EnumEntry {
            name: "multicast",
            c_name: "IFF_MULTICAST",
            value: 4096,
        },
        EnumEntry {
            name: "portsel",
            c_name: "IFF_PORTSEL",
            value: 8192,
        },
        EnumEntry {
            name: "auto-media",
            c_name: "IFF_AUTOMEDIA",
            value: 16384,
        },
        EnumEntry {
            name: "dynamic",
            c_name: "IFF_DYNAMIC",
            value: 32768,
        },
        EnumEntry {
            name: "lower-up",
            c_name: "IFF_LOWER_UP",
            value: 65536,
        },
        EnumEntry {
            name: "dormant",
            c_name: "IFF_DORMANT",
            value: 131072,
        },
        EnumEntry {
            name: "echo",
            c_name: "IFF_ECHO",
            value: 262144,
        },
    ],
);

/// The `vlan-protocols` enum.
pub static VLAN_PROTOCOLS: EnumDesc = EnumDesc::new(
    "vlan-protocols",
    false,
    &[
        EnumEntry {
            name: "8021q",
            c_name: "ETH_P_8021Q",
            value: 33024,
        },
        EnumEntry {
            name: "8021ad",
            c_name: "ETH_P_8021AD",
            value: 34984,
        },
    ],
);

/// The `ipv4-devconf` enum.
pub static IPV4_DEVCONF: EnumDesc = EnumDesc::new(
    "ipv4-devconf",
    false,
    &[
        EnumEntry {
            name: "forwarding",
            c_name: "IPV4_DEVCONF_FORWARDING",
            value: 1,
        },
        EnumEntry {
            name: "mc-forwarding",
            c_name: "IPV4_DEVCONF_MC_FORWARDING",
            value: 2,
        },
        EnumEntry {
            name: "proxy-arp",
            c_name: "IPV4_DEVCONF_PROXY_ARP",
            value: 3,
        },
        EnumEntry {
            name: "accept-redirects",
            c_name: "IPV4_DEVCONF_ACCEPT_REDIRECTS",
            value: 4,
        },
        EnumEntry {
            name: "secure-redirects",
            c_name: "IPV4_DEVCONF_SECURE_REDIRECTS",
            value: 5,
        },
        EnumEntry {
            name: "send-redirects",
            c_name: "IPV4_DEVCONF_SEND_REDIRECTS",
            value: 6,
        },
        EnumEntry {
            name: "shared-media",
            c_name: "IPV4_DEVCONF_SHARED_MEDIA",
            value: 7,
        },
        EnumEntry {
            name: "rp-filter",
            c_name: "IPV4_DEVCONF_RP_FILTER",
            value: 8,
        },
        EnumEntry {
            name: "accept-source-route",
            c_name: "IPV4_DEVCONF_ACCEPT_SOURCE_ROUTE",
            value: 9,
        },
        EnumEntry {
            name: "bootp-relay",
            c_name: "IPV4_DEVCONF_BOOTP_RELAY",
            value: 10,
        },
        EnumEntry {
            name: "log-martians",
            c_name: "IPV4_DEVCONF_LOG_MARTIANS",
            value: 11,
        },
        EnumEntry {
            name: "tag",
            c_name: "IPV4_DEVCONF_TAG",
            value: 12,
        },
        EnumEntry {
            name: "arpfilter",
            c_name: "IPV4_DEVCONF_ARPFILTER",
            value: 13,
        },
        EnumEntry {
            name: "medium-id",
            c_name: "IPV4_DEVCONF_MEDIUM_ID",
            value: 14,
        },
        EnumEntry {
            name: "noxfrm",
            c_name: "IPV4_DEVCONF_NOXFRM",
            value: 15,
        },
        EnumEntry {
            name: "nopolicy",
            c_name: "IPV4_DEVCONF_NOPOLICY",
            value: 16,
        },
        EnumEntry {
            name: "force-igmp-version",
            c_name: "IPV4_DEVCONF_FORCE_IGMP_VERSION",
            value: 17,
        },
        EnumEntry {
            name: "arp-announce",
            c_name: "IPV4_DEVCONF_ARP_ANNOUNCE",
            value: 18,
        },
        EnumEntry {
            name: "arp-ignore",
            c_name: "IPV4_DEVCONF_ARP_IGNORE",
            value: 19,
        },
        EnumEntry {
            name: "promote-secondaries",
            c_name: "IPV4_DEVCONF_PROMOTE_SECONDARIES",
            value: 20,
        },
        EnumEntry {
            name: "arp-accept",
            c_name: "IPV4_DEVCONF_ARP_ACCEPT",
            value: 21,
        },
        EnumEntry {
            name: "arp-notify",
            c_name: "IPV4_DEVCONF_ARP_NOTIFY",
            value: 22,
        },
        EnumEntry {
            name: "accept-local",
            c_name: "IPV4_DEVCONF_ACCEPT_LOCAL",
            value: 23,
        },
        EnumEntry {
            name: "src-vmark",
            c_name: "IPV4_DEVCONF_SRC_VMARK",
            value: 24,
        },
        EnumEntry {
            name: "proxy-arp-pvlan",
            c_name: "IPV4_DEVCONF_PROXY_ARP_PVLAN",
            value: 25,
        },
        EnumEntry {
            name: "route-localnet",
            c_name: "IPV4_DEVCONF_ROUTE_LOCALNET",
            value: 26,
        },
        EnumEntry {
            name: "igmpv2-unsolicited-report-interval",
            c_name: "IPV4_DEVCONF_IGMPV2_UNSOLICITED_REPORT_INTERVAL",
            value: 27,
        },
        EnumEntry {
            name: "igmpv3-unsolicited-report-interval",
            c_name: "IPV4_DEVCONF_IGMPV3_UNSOLICITED_REPORT_INTERVAL",
            value: 28,
        },
        EnumEntry {
            name: "ignore-routes-with-linkdown",
            c_name: "IPV4_DEVCONF_IGNORE_ROUTES_WITH_LINKDOWN",
            value: 29,
        },
        EnumEntry {
            name: "drop-unicast-in-l2-multicast",
            c_name: "IPV4_DEVCONF_DROP_UNICAST_IN_L2_MULTICAST",
            value: 30,
        },
        EnumEntry {
            name: "drop-gratuitous-arp",
            c_name: "IPV4_DEVCONF_DROP_GRATUITOUS_ARP",
            value: 31,
        },
        EnumEntry {
            name: "bc-forwarding",
            c_name: "IPV4_DEVCONF_BC_FORWARDING",
            value: 32,
        },
        EnumEntry {
            name: "arp-evict-nocarrier",
            c_name: "IPV4_DEVCONF_ARP_EVICT_NOCARRIER",
            value: 33,
        },
    ],
);

/// The `ipv6-devconf` enum.
pub static IPV6_DEVCONF: EnumDesc = EnumDesc::new(
    "ipv6-devconf",
    false,
    &[
        EnumEntry {
            name: "forwarding",
            c_name: "DEVCONF_FORWARDING",
            value: 0,
        },
        EnumEntry {
            name: "hoplimit",
            c_name: "DEVCONF_HOPLIMIT",
            value: 1,
        },
        EnumEntry {
            name: "mtu6",
            c_name: "DEVCONF_MTU6",
            value: 2,
        },
        EnumEntry {
            name: "accept-ra",
            c_name: "DEVCONF_ACCEPT_RA",
            value: 3,
        },
        EnumEntry {
            name: "accept-redirects",
            c_name: "DEVCONF_ACCEPT_REDIRECTS",
            value: 4,
        },
        EnumEntry {
            name: "autoconf",
            c_name: "DEVCONF_AUTOCONF",
            value: 5,
        },
        EnumEntry {
            name: "dad-transmits",
            c_name: "DEVCONF_DAD_TRANSMITS",
            value: 6,
        },
        EnumEntry {
            name: "rtr-solicits",
            c_name: "DEVCONF_RTR_SOLICITS",
            value: 7,
        },
        EnumEntry {
            name: "rtr-solicit-interval",
            c_name: "DEVCONF_RTR_SOLICIT_INTERVAL",
            value: 8,
        },
        EnumEntry {
            name: "rtr-solicit-delay",
            c_name: "DEVCONF_RTR_SOLICIT_DELAY",
            value: 9,
        },
        EnumEntry {
            name: "use-tempaddr",
            c_name: "DEVCONF_USE_TEMPADDR",
            value: 10,
        },
        EnumEntry {
            name: "temp-valid-lft",
            c_name: "DEVCONF_TEMP_VALID_LFT",
            value: 11,
        },
        EnumEntry {
            name: "temp-prefered-lft",
            c_name: "DEVCONF_TEMP_PREFERED_LFT",
            value: 12,
        },
        EnumEntry {
            name: "regen-max-retry",
            c_name: "DEVCONF_REGEN_MAX_RETRY",
            value: 13,
        },
        EnumEntry {
            name: "max-desync-factor",
            c_name: "DEVCONF_MAX_DESYNC_FACTOR",
            value: 14,
        },
        EnumEntry {
            name: "max-addresses",
            c_name: "DEVCONF_MAX_ADDRESSES",
            value: 15,
        },
        EnumEntry {
            name: "force-mld-version",
            c_name: "DEVCONF_FORCE_MLD_VERSION",
            value: 16,
        },
        EnumEntry {
            name: "accept-ra-defrtr",
            c_name: "DEVCONF_ACCEPT_RA_DEFRTR",
            value: 17,
        },
        EnumEntry {
            name: "accept-ra-pinfo",
            c_name: "DEVCONF_ACCEPT_RA_PINFO",
            value: 18,
        },
        EnumEntry {
            name: "accept-ra-rtr-pref",
            c_name: "DEVCONF_ACCEPT_RA_RTR_PREF",
            value: 19,
        },
        EnumEntry {
            name: "rtr-probe-interval",
            c_name: "DEVCONF_RTR_PROBE_INTERVAL",
            value: 20,
        },
        EnumEntry {
            name: "accept-ra-rt-info-max-plen",
            c_name: "DEVCONF_ACCEPT_RA_RT_INFO_MAX_PLEN",
            value: 21,
        },
        EnumEntry {
            name: "proxy-ndp",
            c_name: "DEVCONF_PROXY_NDP",
            value: 22,
        },
        EnumEntry {
            name: "optimistic-dad",
            c_name: "DEVCONF_OPTIMISTIC_DAD",
            value: 23,
        },
        EnumEntry {
            name: "accept-source-route",
            c_name: "DEVCONF_ACCEPT_SOURCE_ROUTE",
            value: 24,
        },
        EnumEntry {
            name: "mc-forwarding",
            c_name: "DEVCONF_MC_FORWARDING",
            value: 25,
        },
        EnumEntry {
            name: "disable-ipv6",
            c_name: "DEVCONF_DISABLE_IPV6",
            value: 26,
        },
        EnumEntry {
            name: "accept-dad",
            c_name: "DEVCONF_ACCEPT_DAD",
            value: 27,
        },
        EnumEntry {
            name: "force-tllao",
            c_name: "DEVCONF_FORCE_TLLAO",
            value: 28,
        },
        EnumEntry {
            name: "ndisc-notify",
            c_name: "DEVCONF_NDISC_NOTIFY",
            value: 29,
        },
        EnumEntry {
            name: "mldv1-unsolicited-report-interval",
            c_name: "DEVCONF_MLDV1_UNSOLICITED_REPORT_INTERVAL",
            value: 30,
        },
        EnumEntry {
            name: "mldv2-unsolicited-report-interval",
            c_name: "DEVCONF_MLDV2_UNSOLICITED_REPORT_INTERVAL",
            value: 31,
        },
        EnumEntry {
            name: "suppress-frag-ndisc",
            c_name: "DEVCONF_SUPPRESS_FRAG_NDISC",
            value: 32,
        },
        EnumEntry {
            name: "accept-ra-from-local",
            c_name: "DEVCONF_ACCEPT_RA_FROM_LOCAL",
            value: 33,
        },
        EnumEntry {
            name: "use-optimistic",
            c_name: "DEVCONF_USE_OPTIMISTIC",
            value: 34,
        },
        EnumEntry {
            name: "accept-ra-mtu",
            c_name: "DEVCONF_ACCEPT_RA_MTU",
            value: 35,
        },
        EnumEntry {
            name: "stable-secret",
            c_name: "DEVCONF_STABLE_SECRET",
            value: 36,
        },
        EnumEntry {
            name: "use-oif-addrs-only",
            c_name: "DEVCONF_USE_OIF_ADDRS_ONLY",
            value: 37,
        },
        EnumEntry {
            name: "accept-ra-min-hop-limit",
            c_name: "DEVCONF_ACCEPT_RA_MIN_HOP_LIMIT",
            value: 38,
        },
        EnumEntry {
            name: "ignore-routes-with-linkdown",
            c_name: "DEVCONF_IGNORE_ROUTES_WITH_LINKDOWN",
            value: 39,
        },
        EnumEntry {
            name: "drop-unicast-in-l2-multicast",
            c_name: "DEVCONF_DROP_UNICAST_IN_L2_MULTICAST",
            value: 40,
        },
        EnumEntry {
            name: "drop-unsolicited-na",
            c_name: "DEVCONF_DROP_UNSOLICITED_NA",
            value: 41,
        },
        EnumEntry {
            name: "keep-addr-on-down",
            c_name: "DEVCONF_KEEP_ADDR_ON_DOWN",
            value: 42,
        },
        EnumEntry {
            name: "rtr-solicit-max-interval",
            c_name: "DEVCONF_RTR_SOLICIT_MAX_INTERVAL",
            value: 43,
        },
        EnumEntry {
            name: "seg6-enabled",
            c_name: "DEVCONF_SEG6_ENABLED",
            value: 44,
        },
        EnumEntry {
            name: "seg6-require-hmac",
            c_name: "DEVCONF_SEG6_REQUIRE_HMAC",
            value: 45,
        },
        EnumEntry {
            name: "enhanced-dad",
            c_name: "DEVCONF_ENHANCED_DAD",
            value: 46,
        },
        EnumEntry {
            name: "addr-gen-mode",
            c_name: "DEVCONF_ADDR_GEN_MODE",
            value: 47,
        },
        EnumEntry {
            name: "disable-policy",
            c_name: "DEVCONF_DISABLE_POLICY",
            value: 48,
        },
        EnumEntry {
            name: "accept-ra-rt-info-min-plen",
            c_name: "DEVCONF_ACCEPT_RA_RT_INFO_MIN_PLEN",
            value: 49,
        },
        EnumEntry {
            name: "ndisc-tclass",
            c_name: "DEVCONF_NDISC_TCLASS",
            value: 50,
        },
        EnumEntry {
            name: "rpl-seg-enabled",
            c_name: "DEVCONF_RPL_SEG_ENABLED",
            value: 51,
        },
        EnumEntry {
            name: "ra-defrtr-metric",
            c_name: "DEVCONF_RA_DEFRTR_METRIC",
            value: 52,
        },
        EnumEntry {
            name: "ioam6-enabled",
            c_name: "DEVCONF_IOAM6_ENABLED",
            value: 53,
        },
        EnumEntry {
            name: "ioam6-id",
            c_name: "DEVCONF_IOAM6_ID",
            value: 54,
        },
        EnumEntry {
            name: "ioam6-id-wide",
            c_name: "DEVCONF_IOAM6_ID_WIDE",
            value: 55,
        },
        EnumEntry {
            name: "ndisc-evict-nocarrier",
            c_name: "DEVCONF_NDISC_EVICT_NOCARRIER",
            value: 56,
        },
        EnumEntry {
            name: "accept-untracked-na",
            c_name: "DEVCONF_ACCEPT_UNTRACKED_NA",
            value: 57,
        },
    ],
);

/// The `ifla-icmp6-stats` enum.
pub static IFLA_ICMP6_STATS: EnumDesc = EnumDesc::new(
    "ifla-icmp6-stats",
    false,
    &[
        EnumEntry {
            name: "num",
            c_name: "ICMP6_MIB_NUM",
            value: 0,
        },
        EnumEntry {
            name: "inmsgs",
            c_name: "ICMP6_MIB_INMSGS",
            value: 1,
        },
        EnumEntry {
            name: "inerrors",
            c_name: "ICMP6_MIB_INERRORS",
            value: 2,
        },
        EnumEntry {
            name: "outmsgs",
            c_name: "ICMP6_MIB_OUTMSGS",
            value: 3,
        },
        EnumEntry {
            name: "outerrors",
            c_name: "ICMP6_MIB_OUTERRORS",
            value: 4,
        },
        EnumEntry {
            name: "csumerrors",
            c_name: "ICMP6_MIB_CSUMERRORS",
            value: 5,
        },
        EnumEntry {
            name: "ratelimithost",
            c_name: "ICMP6_MIB_RATELIMITHOST",
            value: 6,
        },
    ],
);

/// The `ifla-inet6-stats` enum.
pub static IFLA_INET6_STATS: EnumDesc = EnumDesc::new(
    "ifla-inet6-stats",
    false,
    &[
        EnumEntry {
            name: "num",
            c_name: "RT_LINK_IFLA_INET6_STATS_NUM",
            value: 0,
        },
        EnumEntry {
            name: "inpkts",
            c_name: "RT_LINK_IFLA_INET6_STATS_INPKTS",
            value: 1,
        },
        EnumEntry {
            name: "inoctets",
            c_name: "RT_LINK_IFLA_INET6_STATS_INOCTETS",
            value: 2,
        },
        EnumEntry {
            name: "indelivers",
            c_name: "RT_LINK_IFLA_INET6_STATS_INDELIVERS",
            value: 3,
        },
        EnumEntry {
            name: "outforwdatagrams",
            c_name: "RT_LINK_IFLA_INET6_STATS_OUTFORWDATAGRAMS",
            value: 4,
        },
        EnumEntry {
            name: "outpkts",
            c_name: "RT_LINK_IFLA_INET6_STATS_OUTPKTS",
            value: 5,
        },
        EnumEntry {
            name: "outoctets",
            c_name: "RT_LINK_IFLA_INET6_STATS_OUTOCTETS",
            value: 6,
        },
        EnumEntry {
            name: "inhdrerrors",
            c_name: "RT_LINK_IFLA_INET6_STATS_INHDRERRORS",
            value: 7,
        },
        EnumEntry {
            name: "intoobigerrors",
            c_name: "RT_LINK_IFLA_INET6_STATS_INTOOBIGERRORS",
            value: 8,
        },
        EnumEntry {
            name: "innoroutes",
            c_name: "RT_LINK_IFLA_INET6_STATS_INNOROUTES",
            value: 9,
        },
        EnumEntry {
            name: "inaddrerrors",
            c_name: "RT_LINK_IFLA_INET6_STATS_INADDRERRORS",
            value: 10,
        },
        EnumEntry {
            name: "inunknownprotos",
            c_name: "RT_LINK_IFLA_INET6_STATS_INUNKNOWNPROTOS",
            value: 11,
        },
        EnumEntry {
            name: "intruncatedpkts",
            c_name: "RT_LINK_IFLA_INET6_STATS_INTRUNCATEDPKTS",
            value: 12,
        },
        EnumEntry {
            name: "indiscards",
            c_name: "RT_LINK_IFLA_INET6_STATS_INDISCARDS",
            value: 13,
        },
        EnumEntry {
            name: "outdiscards",
            c_name: "RT_LINK_IFLA_INET6_STATS_OUTDISCARDS",
            value: 14,
        },
        EnumEntry {
            name: "outnoroutes",
            c_name: "RT_LINK_IFLA_INET6_STATS_OUTNOROUTES",
            value: 15,
        },
        EnumEntry {
            name: "reasmtimeout",
            c_name: "RT_LINK_IFLA_INET6_STATS_REASMTIMEOUT",
            value: 16,
        },
        EnumEntry {
            name: "reasmreqds",
            c_name: "RT_LINK_IFLA_INET6_STATS_REASMREQDS",
            value: 17,
        },
        EnumEntry {
            name: "reasmoks",
            c_name: "RT_LINK_IFLA_INET6_STATS_REASMOKS",
            value: 18,
        },
        EnumEntry {
            name: "reasmfails",
            c_name: "RT_LINK_IFLA_INET6_STATS_REASMFAILS",
            value: 19,
        },
        EnumEntry {
            name: "fragoks",
            c_name: "RT_LINK_IFLA_INET6_STATS_FRAGOKS",
            value: 20,
        },
        EnumEntry {
            name: "fragfails",
            c_name: "RT_LINK_IFLA_INET6_STATS_FRAGFAILS",
            value: 21,
        },
        EnumEntry {
            name: "fragcreates",
            c_name: "RT_LINK_IFLA_INET6_STATS_FRAGCREATES",
            value: 22,
        },
        EnumEntry {
            name: "inmcastpkts",
            c_name: "RT_LINK_IFLA_INET6_STATS_INMCASTPKTS",
            value: 23,
        },
        EnumEntry {
            name: "outmcastpkts",
            c_name: "RT_LINK_IFLA_INET6_STATS_OUTMCASTPKTS",
            value: 24,
        },
        EnumEntry {
            name: "inbcastpkts",
            c_name: "RT_LINK_IFLA_INET6_STATS_INBCASTPKTS",
            value: 25,
        },
        EnumEntry {
            name: "outbcastpkts",
            c_name: "RT_LINK_IFLA_INET6_STATS_OUTBCASTPKTS",
            value: 26,
        },
        EnumEntry {
            name: "inmcastoctets",
            c_name: "RT_LINK_IFLA_INET6_STATS_INMCASTOCTETS",
            value: 27,
        },
        EnumEntry {
            name: "outmcastoctets",
            c_name: "RT_LINK_IFLA_INET6_STATS_OUTMCASTOCTETS",
            value: 28,
        },
        EnumEntry {
            name: "inbcastoctets",
            c_name: "RT_LINK_IFLA_INET6_STATS_INBCASTOCTETS",
            value: 29,
        },
        EnumEntry {
            name: "outbcastoctets",
            c_name: "RT_LINK_IFLA_INET6_STATS_OUTBCASTOCTETS",
            value: 30,
        },
        EnumEntry {
            name: "csumerrors",
            c_name: "RT_LINK_IFLA_INET6_STATS_CSUMERRORS",
            value: 31,
        },
        EnumEntry {
            name: "noectpkts",
            c_name: "RT_LINK_IFLA_INET6_STATS_NOECTPKTS",
            value: 32,
        },
        EnumEntry {
            name: "ect1-pkts",
            c_name: "RT_LINK_IFLA_INET6_STATS_ECT1_PKTS",
            value: 33,
        },
        EnumEntry {
            name: "ect0-pkts",
            c_name: "RT_LINK_IFLA_INET6_STATS_ECT0_PKTS",
            value: 34,
        },
        EnumEntry {
            name: "cepkts",
            c_name: "RT_LINK_IFLA_INET6_STATS_CEPKTS",
            value: 35,
        },
        EnumEntry {
            name: "reasm-overlaps",
            c_name: "RT_LINK_IFLA_INET6_STATS_REASM_OVERLAPS",
            value: 36,
        },
    ],
);

/// The `vlan-flags` flags.
pub static VLAN_FLAGS: EnumDesc = EnumDesc::new(
    "vlan-flags",
    true,
    &[
        EnumEntry {
            name: "reorder-hdr",
            c_name: "VLAN_FLAG_REORDER_HDR",
            value: 1,
        },
        EnumEntry {
            name: "gvrp",
            c_name: "VLAN_FLAG_GVRP",
            value: 2,
        },
        EnumEntry {
            name: "loose-binding",
            c_name: "VLAN_FLAG_LOOSE_BINDING",
            value: 4,
        },
        EnumEntry {
            name: "mvrp",
            c_name: "VLAN_FLAG_MVRP",
            value: 8,
        },
        EnumEntry {
            name: "bridge-binding",
            c_name: "VLAN_FLAG_BRIDGE_BINDING",
            value: 16,
        },
    ],
);

/// The `ifla-vf-link-state-enum` enum.
pub static IFLA_VF_LINK_STATE_ENUM: EnumDesc = EnumDesc::new(
    "ifla-vf-link-state-enum",
    false,
    &[
        EnumEntry {
            name: "auto",
            c_name: "IFLA_VF_LINK_STATE_AUTO",
            value: 0,
        },
        EnumEntry {
            name: "enable",
            c_name: "IFLA_VF_LINK_STATE_ENABLE",
            value: 1,
        },
        EnumEntry {
            name: "disable",
            c_name: "IFLA_VF_LINK_STATE_DISABLE",
            value: 2,
        },
    ],
);

/// The `rtext-filter` flags.
pub static RTEXT_FILTER: EnumDesc = EnumDesc::new(
    "rtext-filter",
    true,
    &[
        EnumEntry {
            name: "vf",
            c_name: "RTEXT_FILTER_VF",
            value: 1,
        },
        EnumEntry {
            name: "brvlan",
            c_name: "RTEXT_FILTER_BRVLAN",
            value: 2,
        },
        EnumEntry {
            name: "brvlan-compressed",
            c_name: "RTEXT_FILTER_BRVLAN_COMPRESSED",
            value: 4,
        },
        EnumEntry {
            name: "skip-stats",
            c_name: "RTEXT_FILTER_SKIP_STATS",
            value: 8,
        },
        EnumEntry {
            name: "mrp",
            c_name: "RTEXT_FILTER_MRP",
            value: 16,
        },
        EnumEntry {
            name: "cfm-config",
            c_name: "RTEXT_FILTER_CFM_CONFIG",
            value: 32,
        },
        EnumEntry {
            name: "cfm-status",
            c_name: "RTEXT_FILTER_CFM_STATUS",
            value: 64,
        },
        EnumEntry {
            name: "mst",
            c_name: "RTEXT_FILTER_MST",
            value: 128,
        },
    ],
);

/// The `netkit-policy` enum.
pub static NETKIT_POLICY: EnumDesc = EnumDesc::new(
    "netkit-policy",
    false,
    &[
        EnumEntry {
            name: "forward",
            c_name: "NETKIT_PASS",
            value: 0,
        },
        EnumEntry {
            name: "blackhole",
            c_name: "NETKIT_DROP",
            value: 2,
        },
    ],
);

/// The `netkit-mode` enum.
pub static NETKIT_MODE: EnumDesc = EnumDesc::new(
    "netkit-mode",
    false,
    &[
        EnumEntry {
            name: "l2",
            c_name: "NETKIT_L2",
            value: 0,
        },
        EnumEntry {
            name: "l3",
            c_name: "NETKIT_L3",
            value: 1,
        },
    ],
);

/// The `netkit-scrub` enum.
pub static NETKIT_SCRUB: EnumDesc = EnumDesc::new(
    "netkit-scrub",
    false,
    &[
        EnumEntry {
            name: "none",
            c_name: "NETKIT_SCRUB_NONE",
            value: 0,
        },
        EnumEntry {
            name: "default",
            c_name: "NETKIT_SCRUB_DEFAULT",
            value: 1,
        },
    ],
);

/// The `netkit-pairing` enum.
pub static NETKIT_PAIRING: EnumDesc = EnumDesc::new(
    "netkit-pairing",
    false,
    &[
        EnumEntry {
            name: "pair",
            c_name: "NETKIT_DEVICE_PAIR",
            value: 0,
        },
        EnumEntry {
            name: "single",
            c_name: "NETKIT_DEVICE_SINGLE",
            value: 1,
        },
    ],
);

/// The `ovpn-mode` enum.
pub static OVPN_MODE: EnumDesc = EnumDesc::new(
    "ovpn-mode",
    false,
    &[
        EnumEntry {
            name: "p2p",
            c_name: "OVPN_MODE_P2P",
            value: 0,
        },
        EnumEntry {
            name: "mp",
            c_name: "OVPN_MODE_MP",
            value: 1,
        },
    ],
);

/// The `br-stp-mode` enum.
pub static BR_STP_MODE: EnumDesc = EnumDesc::new(
    "br-stp-mode",
    false,
    &[
        EnumEntry {
            name: "auto",
            c_name: "BR_STP_MODE_AUTO",
            value: 0,
        },
        EnumEntry {
            name: "user",
            c_name: "BR_STP_MODE_USER",
            value: 1,
        },
        EnumEntry {
            name: "kernel",
            c_name: "BR_STP_MODE_KERNEL",
            value: 2,
        },
    ],
);

/// The `address-family` enum: the table of [`rt_addr`](crate::rt_addr), whose type this family shares.
pub use crate::rt_addr::tables::ADDRESS_FAMILY;

/// The `arphrd` enum.
pub static ARPHRD: EnumDesc = EnumDesc::new(
    "arphrd",
    false,
    &[
        EnumEntry {
            name: "netrom",
            c_name: "ARPHRD_NETROM",
            value: 0,
        },
        EnumEntry {
            name: "ether",
            c_name: "ARPHRD_ETHER",
            value: 1,
        },
        EnumEntry {
            name: "eether",
            c_name: "ARPHRD_EETHER",
            value: 2,
        },
        EnumEntry {
            name: "ax25",
            c_name: "ARPHRD_AX25",
            value: 3,
        },
        EnumEntry {
            name: "pronet",
            c_name: "ARPHRD_PRONET",
            value: 4,
        },
        EnumEntry {
            name: "chaos",
            c_name: "ARPHRD_CHAOS",
            value: 5,
        },
        EnumEntry {
            name: "ieee802",
            c_name: "ARPHRD_IEEE802",
            value: 6,
        },
        EnumEntry {
            name: "arcnet",
            c_name: "ARPHRD_ARCNET",
            value: 7,
        },
        EnumEntry {
            name: "appletlk",
            c_name: "ARPHRD_APPLETLK",
            value: 8,
        },
        EnumEntry {
            name: "dlci",
            c_name: "ARPHRD_DLCI",
            value: 15,
        },
        EnumEntry {
            name: "atm",
            c_name: "ARPHRD_ATM",
            value: 19,
        },
        EnumEntry {
            name: "metricom",
            c_name: "ARPHRD_METRICOM",
            value: 23,
        },
        EnumEntry {
            name: "ieee1394",
            c_name: "ARPHRD_IEEE1394",
            value: 24,
        },
        EnumEntry {
            name: "eui64",
            c_name: "ARPHRD_EUI64",
            value: 27,
        },
        EnumEntry {
            name: "infiniband",
            c_name: "ARPHRD_INFINIBAND",
            value: 32,
        },
        EnumEntry {
            name: "slip",
            c_name: "ARPHRD_SLIP",
            value: 256,
        },
        EnumEntry {
            name: "cslip",
            c_name: "ARPHRD_CSLIP",
            value: 257,
        },
        EnumEntry {
            name: "slip6",
            c_name: "ARPHRD_SLIP6",
            value: 258,
        },
        EnumEntry {
            name: "cslip6",
            c_name: "ARPHRD_CSLIP6",
            value: 259,
        },
        EnumEntry {
            name: "rsrvd",
            c_name: "ARPHRD_RSRVD",
            value: 260,
        },
        EnumEntry {
            name: "adapt",
            c_name: "ARPHRD_ADAPT",
            value: 264,
        },
        EnumEntry {
            name: "rose",
            c_name: "ARPHRD_ROSE",
            value: 270,
        },
        EnumEntry {
            name: "x25",
            c_name: "ARPHRD_X25",
            value: 271,
        },
        EnumEntry {
            name: "hwx25",
            c_name: "ARPHRD_HWX25",
            value: 272,
        },
        EnumEntry {
            name: "can",
            c_name: "ARPHRD_CAN",
            value: 280,
        },
        EnumEntry {
            name: "mctp",
            c_name: "ARPHRD_MCTP",
            value: 290,
        },
        EnumEntry {
            name: "ppp",
            c_name: "ARPHRD_PPP",
            value: 512,
        },
        EnumEntry {
            name: "cisco",
            c_name: "ARPHRD_CISCO",
            value: 513,
        },
        EnumEntry {
            name: "lapb",
            c_name: "ARPHRD_LAPB",
            value: 516,
        },
        EnumEntry {
            name: "ddcmp",
            c_name: "ARPHRD_DDCMP",
            value: 517,
        },
        EnumEntry {
            name: "rawhdlc",
            c_name: "ARPHRD_RAWHDLC",
            value: 518,
        },
        EnumEntry {
            name: "rawip",
            c_name: "ARPHRD_RAWIP",
            value: 519,
        },
        EnumEntry {
            name: "tunnel",
            c_name: "ARPHRD_TUNNEL",
            value: 768,
        },
        EnumEntry {
            name: "tunnel6",
            c_name: "ARPHRD_TUNNEL6",
            value: 769,
        },
        EnumEntry {
            name: "frad",
            c_name: "ARPHRD_FRAD",
            value: 770,
        },
        EnumEntry {
            name: "skip",
            c_name: "ARPHRD_SKIP",
            value: 771,
        },
        EnumEntry {
            name: "loopback",
            c_name: "ARPHRD_LOOPBACK",
            value: 772,
        },
        EnumEntry {
            name: "localtlk",
            c_name: "ARPHRD_LOCALTLK",
            value: 773,
        },
        EnumEntry {
            name: "fddi",
            c_name: "ARPHRD_FDDI",
            value: 774,
        },
        EnumEntry {
            name: "bif",
            c_name: "ARPHRD_BIF",
            value: 775,
        },
        EnumEntry {
            name: "sit",
            c_name: "ARPHRD_SIT",
            value: 776,
        },
        EnumEntry {
            name: "ipddp",
            c_name: "ARPHRD_IPDDP",
            value: 777,
        },
        EnumEntry {
            name: "ipgre",
            c_name: "ARPHRD_IPGRE",
            value: 778,
        },
        EnumEntry {
            name: "pimreg",
            c_name: "ARPHRD_PIMREG",
            value: 779,
        },
        EnumEntry {
            name: "hippi",
            c_name: "ARPHRD_HIPPI",
            value: 780,
        },
        EnumEntry {
            name: "ash",
            c_name: "ARPHRD_ASH",
            value: 781,
        },
        EnumEntry {
            name: "econet",
            c_name: "ARPHRD_ECONET",
            value: 782,
        },
        EnumEntry {
            name: "irda",
            c_name: "ARPHRD_IRDA",
            value: 783,
        },
        EnumEntry {
            name: "fcpp",
            c_name: "ARPHRD_FCPP",
            value: 784,
        },
        EnumEntry {
            name: "fcal",
            c_name: "ARPHRD_FCAL",
            value: 785,
        },
        EnumEntry {
            name: "fcpl",
            c_name: "ARPHRD_FCPL",
            value: 786,
        },
        EnumEntry {
            name: "fcfabric",
            c_name: "ARPHRD_FCFABRIC",
            value: 787,
        },
        EnumEntry {
            name: "ieee802-tr",
            c_name: "ARPHRD_IEEE802_TR",
            value: 800,
        },
        EnumEntry {
            name: "ieee80211",
            c_name: "ARPHRD_IEEE80211",
            value: 801,
        },
        EnumEntry {
            name: "ieee80211-prism",
            c_name: "ARPHRD_IEEE80211_PRISM",
            value: 802,
        },
        EnumEntry {
            name: "ieee80211-radiotap",
            c_name: "ARPHRD_IEEE80211_RADIOTAP",
            value: 803,
        },
        EnumEntry {
            name: "ieee802154",
            c_name: "ARPHRD_IEEE802154",
            value: 804,
        },
        EnumEntry {
            name: "ieee802154-monitor",
            c_name: "ARPHRD_IEEE802154_MONITOR",
            value: 805,
        },
        EnumEntry {
            name: "phonet",
            c_name: "ARPHRD_PHONET",
            value: 820,
        },
        EnumEntry {
            name: "phonet-pipe",
            c_name: "ARPHRD_PHONET_PIPE",
            value: 821,
        },
        EnumEntry {
            name: "caif",
            c_name: "ARPHRD_CAIF",
            value: 822,
        },
        EnumEntry {
            name: "ip6gre",
            c_name: "ARPHRD_IP6GRE",
            value: 823,
        },
        EnumEntry {
            name: "netlink",
            c_name: "ARPHRD_NETLINK",
            value: 824,
        },
        EnumEntry {
            name: "6lowpan",
            c_name: "ARPHRD_6LOWPAN",
            value: 825,
        },
        EnumEntry {
            name: "vsockmon",
            c_name: "ARPHRD_VSOCKMON",
            value: 826,
        },
        EnumEntry {
            name: "none",
            c_name: "ARPHRD_NONE",
            value: 65534,
        },
        EnumEntry {
            name: "void",
            c_name: "ARPHRD_VOID",
            value: 65535,
        },
    ],
);

/// The `oper-state` enum.
pub static OPER_STATE: EnumDesc = EnumDesc::new(
    "oper-state",
    false,
    &[
        EnumEntry {
            name: "unknown",
            c_name: "IF_OPER_UNKNOWN",
            value: 0,
        },
        EnumEntry {
            name: "notpresent",
            c_name: "IF_OPER_NOTPRESENT",
            value: 1,
        },
        EnumEntry {
            name: "down",
            c_name: "IF_OPER_DOWN",
            value: 2,
        },
        EnumEntry {
            name: "lowerlayerdown",
            c_name: "IF_OPER_LOWERLAYERDOWN",
            value: 3,
        },
        EnumEntry {
            name: "testing",
            c_name: "IF_OPER_TESTING",
            value: 4,
        },
        EnumEntry {
            name: "dormant",
            c_name: "IF_OPER_DORMANT",
            value: 5,
        },
        EnumEntry {
            name: "up",
            c_name: "IF_OPER_UP",
            value: 6,
        },
    ],
);

/// The `link-mode` enum.
pub static LINK_MODE: EnumDesc = EnumDesc::new(
    "link-mode",
    false,
    &[
        EnumEntry {
            name: "default",
            c_name: "IF_LINK_MODE_DEFAULT",
            value: 0,
        },
        EnumEntry {
            name: "dormant",
            c_name: "IF_LINK_MODE_DORMANT",
            value: 1,
        },
        EnumEntry {
            name: "testing",
            c_name: "IF_LINK_MODE_TESTING",
            value: 2,
        },
    ],
);

/// The `link-event` enum.
pub static LINK_EVENT: EnumDesc = EnumDesc::new(
    "link-event",
    false,
    &[
        EnumEntry {
            name: "none",
            c_name: "IFLA_EVENT_NONE",
            value: 0,
        },
        EnumEntry {
            name: "reboot",
            c_name: "IFLA_EVENT_REBOOT",
            value: 1,
        },
        EnumEntry {
            name: "features",
            c_name: "IFLA_EVENT_FEATURES",
            value: 2,
        },
        EnumEntry {
            name: "bonding-failover",
            c_name: "IFLA_EVENT_BONDING_FAILOVER",
            value: 3,
        },
        EnumEntry {
            name: "notify-peers",
            c_name: "IFLA_EVENT_NOTIFY_PEERS",
            value: 4,
        },
        EnumEntry {
            name: "igmp-resend",
            c_name: "IFLA_EVENT_IGMP_RESEND",
            value: 5,
        },
        EnumEntry {
            name: "bonding-options",
            c_name: "IFLA_EVENT_BONDING_OPTIONS",
            value: 6,
        },
    ],
);

/// The `xdp-attached` enum.
pub static XDP_ATTACHED: EnumDesc = EnumDesc::new(
    "xdp-attached",
    false,
    &[
        EnumEntry {
            name: "none",
            c_name: "XDP_ATTACHED_NONE",
            value: 0,
        },
        EnumEntry {
            name: "drv",
            c_name: "XDP_ATTACHED_DRV",
            value: 1,
        },
        EnumEntry {
            name: "skb",
            c_name: "XDP_ATTACHED_SKB",
            value: 2,
        },
        EnumEntry {
            name: "hw",
            c_name: "XDP_ATTACHED_HW",
            value: 3,
        },
        EnumEntry {
            name: "multi",
            c_name: "XDP_ATTACHED_MULTI",
            value: 4,
        },
    ],
);

/// The `xdp-flags` flags.
pub static XDP_FLAGS: EnumDesc = EnumDesc::new(
    "xdp-flags",
    true,
    &[
        EnumEntry {
            name: "update-if-noexist",
            c_name: "XDP_FLAGS_UPDATE_IF_NOEXIST",
            value: 1,
        },
        EnumEntry {
            name: "skb-mode",
            c_name: "XDP_FLAGS_SKB_MODE",
            value: 2,
        },
        EnumEntry {
            name: "drv-mode",
            c_name: "XDP_FLAGS_DRV_MODE",
            value: 4,
        },
        EnumEntry {
            name: "hw-mode",
            c_name: "XDP_FLAGS_HW_MODE",
            value: 8,
        },
        EnumEntry {
            name: "replace",
            c_name: "XDP_FLAGS_REPLACE",
            value: 16,
        },
    ],
);

/// The `in6-addr-gen-mode` enum.
pub static IN6_ADDR_GEN_MODE: EnumDesc = EnumDesc::new(
    "in6-addr-gen-mode",
    false,
    &[
        EnumEntry {
            name: "eui64",
            c_name: "IN6_ADDR_GEN_MODE_EUI64",
            value: 0,
        },
        EnumEntry {
            name: "none",
            c_name: "IN6_ADDR_GEN_MODE_NONE",
            value: 1,
        },
        EnumEntry {
            name: "stable-privacy",
            c_name: "IN6_ADDR_GEN_MODE_STABLE_PRIVACY",
            value: 2,
        },
        EnumEntry {
            name: "random",
            c_name: "IN6_ADDR_GEN_MODE_RANDOM",
            value: 3,
        },
    ],
);

/// The `hsr-protocol` enum.
pub static HSR_PROTOCOL: EnumDesc = EnumDesc::new(
    "hsr-protocol",
    false,
    &[
        EnumEntry {
            name: "hsr",
            c_name: "HSR_PROTOCOL_HSR",
            value: 0,
        },
        EnumEntry {
            name: "prp",
            c_name: "HSR_PROTOCOL_PRP",
            value: 1,
        },
    ],
);

/// The `geneve-df` enum.
pub static GENEVE_DF: EnumDesc = EnumDesc::new(
    "geneve-df",
    false,
    &[
        EnumEntry {
            name: "unset",
            c_name: "GENEVE_DF_UNSET",
            value: 0,
        },
        EnumEntry {
            name: "set",
            c_name: "GENEVE_DF_SET",
            value: 1,
        },
        EnumEntry {
            name: "inherit",
            c_name: "GENEVE_DF_INHERIT",
            value: 2,
        },
    ],
);

/// The `vxlan-df` enum.
pub static VXLAN_DF: EnumDesc = EnumDesc::new(
    "vxlan-df",
    false,
    &[
        EnumEntry {
            name: "unset",
            c_name: "VXLAN_DF_UNSET",
            value: 0,
        },
        EnumEntry {
            name: "set",
            c_name: "VXLAN_DF_SET",
            value: 1,
        },
        EnumEntry {
            name: "inherit",
            c_name: "VXLAN_DF_INHERIT",
            value: 2,
        },
    ],
);

/// The `vxlan-label-policy` enum.
pub static VXLAN_LABEL_POLICY: EnumDesc = EnumDesc::new(
    "vxlan-label-policy",
    false,
    &[
        EnumEntry {
            name: "fixed",
            c_name: "VXLAN_LABEL_FIXED",
            value: 0,
        },
        EnumEntry {
            name: "inherit",
            c_name: "VXLAN_LABEL_INHERIT",
            value: 1,
        },
    ],
);

/// The `macvlan-mode` enum.
pub static MACVLAN_MODE: EnumDesc = EnumDesc::new(
    "macvlan-mode",
    false,
    &[
        EnumEntry {
            name: "private",
            c_name: "MACVLAN_MODE_PRIVATE",
            value: 1,
        },
        EnumEntry {
            name: "vepa",
            c_name: "MACVLAN_MODE_VEPA",
            value: 2,
        },
        EnumEntry {
            name: "bridge",
            c_name: "MACVLAN_MODE_BRIDGE",
            value: 4,
        },
        EnumEntry {
            name: "passthru",
            c_name: "MACVLAN_MODE_PASSTHRU",
            value: 8,
        },
        EnumEntry {
            name: "source",
            c_name: "MACVLAN_MODE_SOURCE",
            value: 16,
        },
    ],
);

/// The `macvlan-flags` flags.
pub static MACVLAN_FLAGS: EnumDesc = EnumDesc::new(
    "macvlan-flags",
    true,
    &[
        EnumEntry {
            name: "nopromisc",
            c_name: "MACVLAN_FLAG_NOPROMISC",
            value: 1,
        },
        EnumEntry {
            name: "nodst",
            c_name: "MACVLAN_FLAG_NODST",
            value: 2,
        },
    ],
);

/// The `macvlan-macaddr-mode` enum.
pub static MACVLAN_MACADDR_MODE: EnumDesc = EnumDesc::new(
    "macvlan-macaddr-mode",
    false,
    &[
        EnumEntry {
            name: "add",
            c_name: "MACVLAN_MACADDR_ADD",
            value: 0,
        },
        EnumEntry {
            name: "del",
            c_name: "MACVLAN_MACADDR_DEL",
            value: 1,
        },
        EnumEntry {
            name: "flush",
            c_name: "MACVLAN_MACADDR_FLUSH",
            value: 2,
        },
        EnumEntry {
            name: "set",
            c_name: "MACVLAN_MACADDR_SET",
            value: 3,
        },
    ],
);

/// The `ipvlan-mode` enum.
pub static IPVLAN_MODE: EnumDesc = EnumDesc::new(
    "ipvlan-mode",
    false,
    &[
        EnumEntry {
            name: "l2",
            c_name: "IPVLAN_MODE_L2",
            value: 0,
        },
        EnumEntry {
            name: "l3",
            c_name: "IPVLAN_MODE_L3",
            value: 1,
        },
        EnumEntry {
            name: "l3s",
            c_name: "IPVLAN_MODE_L3S",
            value: 2,
        },
    ],
);

/// The `ipvlan-flags` flags.
pub static IPVLAN_FLAGS: EnumDesc = EnumDesc::new(
    "ipvlan-flags",
    true,
    &[
        EnumEntry {
            name: "private",
            c_name: "IPVLAN_F_PRIVATE",
            value: 1,
        },
        EnumEntry {
            name: "vepa",
            c_name: "IPVLAN_F_VEPA",
            value: 2,
        },
    ],
);

/// The `ipoib-mode` enum.
pub static IPOIB_MODE: EnumDesc = EnumDesc::new(
    "ipoib-mode",
    false,
    &[
        EnumEntry {
            name: "datagram",
            c_name: "IPOIB_MODE_DATAGRAM",
            value: 0,
        },
        EnumEntry {
            name: "connected",
            c_name: "IPOIB_MODE_CONNECTED",
            value: 1,
        },
    ],
);

/// The `macsec-validation` enum.
pub static MACSEC_VALIDATION: EnumDesc = EnumDesc::new(
    "macsec-validation",
    false,
    &[
        EnumEntry {
            name: "disabled",
            c_name: "MACSEC_VALIDATE_DISABLED",
            value: 0,
        },
        EnumEntry {
            name: "check",
            c_name: "MACSEC_VALIDATE_CHECK",
            value: 1,
        },
        EnumEntry {
            name: "strict",
            c_name: "MACSEC_VALIDATE_STRICT",
            value: 2,
        },
    ],
);

/// The `macsec-offload` enum.
pub static MACSEC_OFFLOAD: EnumDesc = EnumDesc::new(
    "macsec-offload",
    false,
    &[
        EnumEntry {
            name: "off",
            c_name: "MACSEC_OFFLOAD_OFF",
            value: 0,
        },
        EnumEntry {
            name: "phy",
            c_name: "MACSEC_OFFLOAD_PHY",
            value: 1,
        },
        EnumEntry {
            name: "mac",
            c_name: "MACSEC_OFFLOAD_MAC",
            value: 2,
        },
    ],
);

/// The layout of `struct rtgenmsg`.
pub static RTGENMSG: StructDesc = StructDesc::new(
    "rtgenmsg",
    "struct rtgenmsg",
    1,
    &[Member::new("family", 0, 1, AttrType::U8).enumeration(&ADDRESS_FAMILY)],
);

/// The layout of `struct ifinfomsg`.
pub static IFINFOMSG: StructDesc = StructDesc::new(
    "ifinfomsg",
    "struct ifinfomsg",
    16,
    &[
        Member::new("ifi-family", 0, 1, AttrType::U8).enumeration(&ADDRESS_FAMILY),
        Member::new("pad", 1, 1, AttrType::Pad),
        Member::new("ifi-type", 2, 2, AttrType::U16).enumeration(&ARPHRD),
        Member::new("ifi-index", 4, 4, AttrType::S32),
        Member::new("ifi-flags", 8, 4, AttrType::U32).enumeration(&IFINFO_FLAGS),
        Member::new("ifi-change", 12, 4, AttrType::U32).enumeration(&IFINFO_FLAGS),
    ],
);

/// The layout of `struct ifla_bridge_id`.
pub static IFLA_BRIDGE_ID: StructDesc = StructDesc::new(
    "ifla-bridge-id",
    "struct ifla_bridge_id",
    8,
    &[
        Member::new("prio", 0, 2, AttrType::U16).big_endian(),
        Member::new("addr", 2, 6, AttrType::Binary).display(Display::Mac),
    ],
);

/// The layout of `struct ifla_cacheinfo`.
pub static IFLA_CACHEINFO: StructDesc = StructDesc::new(
    "ifla-cacheinfo",
    "struct ifla_cacheinfo",
    16,
    &[
        Member::new("max-reasm-len", 0, 4, AttrType::U32),
        Member::new("tstamp", 4, 4, AttrType::U32),
        Member::new("reachable-time", 8, 4, AttrType::S32),
        Member::new("retrans-time", 12, 4, AttrType::U32),
    ],
);

/// The layout of `struct rtnl_link_stats`.
pub static RTNL_LINK_STATS: StructDesc = StructDesc::new(
    "rtnl-link-stats",
    "struct rtnl_link_stats",
    96,
    &[
        Member::new("rx-packets", 0, 4, AttrType::U32),
        Member::new("tx-packets", 4, 4, AttrType::U32),
        Member::new("rx-bytes", 8, 4, AttrType::U32),
        Member::new("tx-bytes", 12, 4, AttrType::U32),
        Member::new("rx-errors", 16, 4, AttrType::U32),
        Member::new("tx-errors", 20, 4, AttrType::U32),
        Member::new("rx-dropped", 24, 4, AttrType::U32),
        Member::new("tx-dropped", 28, 4, AttrType::U32),
        Member::new("multicast", 32, 4, AttrType::U32),
        Member::new("collisions", 36, 4, AttrType::U32),
        Member::new("rx-length-errors", 40, 4, AttrType::U32),
        Member::new("rx-over-errors", 44, 4, AttrType::U32),
        Member::new("rx-crc-errors", 48, 4, AttrType::U32),
        Member::new("rx-frame-errors", 52, 4, AttrType::U32),
        Member::new("rx-fifo-errors", 56, 4, AttrType::U32),
        Member::new("rx-missed-errors", 60, 4, AttrType::U32),
        Member::new("tx-aborted-errors", 64, 4, AttrType::U32),
        Member::new("tx-carrier-errors", 68, 4, AttrType::U32),
        Member::new("tx-fifo-errors", 72, 4, AttrType::U32),
        Member::new("tx-heartbeat-errors", 76, 4, AttrType::U32),
        Member::new("tx-window-errors", 80, 4, AttrType::U32),
        Member::new("rx-compressed", 84, 4, AttrType::U32),
        Member::new("tx-compressed", 88, 4, AttrType::U32),
        Member::new("rx-nohandler", 92, 4, AttrType::U32),
    ],
);

/// The layout of `struct rtnl_link_stats64`.
pub static RTNL_LINK_STATS64: StructDesc = StructDesc::new(
    "rtnl-link-stats64",
    "struct rtnl_link_stats64",
    200,
    &[
        Member::new("rx-packets", 0, 8, AttrType::U64),
        Member::new("tx-packets", 8, 8, AttrType::U64),
        Member::new("rx-bytes", 16, 8, AttrType::U64),
        Member::new("tx-bytes", 24, 8, AttrType::U64),
        Member::new("rx-errors", 32, 8, AttrType::U64),
        Member::new("tx-errors", 40, 8, AttrType::U64),
        Member::new("rx-dropped", 48, 8, AttrType::U64),
        Member::new("tx-dropped", 56, 8, AttrType::U64),
        Member::new("multicast", 64, 8, AttrType::U64),
        Member::new("collisions", 72, 8, AttrType::U64),
        Member::new("rx-length-errors", 80, 8, AttrType::U64),
        Member::new("rx-over-errors", 88, 8, AttrType::U64),
        Member::new("rx-crc-errors", 96, 8, AttrType::U64),
        Member::new("rx-frame-errors", 104, 8, AttrType::U64),
        Member::new("rx-fifo-errors", 112, 8, AttrType::U64),
        Member::new("rx-missed-errors", 120, 8, AttrType::U64),
        Member::new("tx-aborted-errors", 128, 8, AttrType::U64),
        Member::new("tx-carrier-errors", 136, 8, AttrType::U64),
        Member::new("tx-fifo-errors", 144, 8, AttrType::U64),
        Member::new("tx-heartbeat-errors", 152, 8, AttrType::U64),
        Member::new("tx-window-errors", 160, 8, AttrType::U64),
        Member::new("rx-compressed", 168, 8, AttrType::U64),
        Member::new("tx-compressed", 176, 8, AttrType::U64),
        Member::new("rx-nohandler", 184, 8, AttrType::U64),
        Member::new("rx-otherhost-dropped", 192, 8, AttrType::U64),
    ],
);

/// The layout of `struct rtnl_link_ifmap`.
pub static RTNL_LINK_IFMAP: StructDesc = StructDesc::new(
    "rtnl-link-ifmap",
    "struct rtnl_link_ifmap",
    32,
    &[
        Member::new("mem-start", 0, 8, AttrType::U64),
        Member::new("mem-end", 8, 8, AttrType::U64),
        Member::new("base-addr", 16, 8, AttrType::U64),
        Member::new("irq", 24, 2, AttrType::U16),
        Member::new("dma", 26, 1, AttrType::U8),
        Member::new("port", 27, 1, AttrType::U8),
    ],
);

/// The layout of `struct br_boolopt_multi`.
pub static BR_BOOLOPT_MULTI: StructDesc = StructDesc::new(
    "br-boolopt-multi",
    "struct br_boolopt_multi",
    8,
    &[
        Member::new("optval", 0, 4, AttrType::U32),
        Member::new("optmask", 4, 4, AttrType::U32),
    ],
);

/// The layout of `struct if_stats_msg`.
pub static IF_STATS_MSG: StructDesc = StructDesc::new(
    "if-stats-msg",
    "struct if_stats_msg",
    12,
    &[
        Member::new("family", 0, 1, AttrType::U8).enumeration(&ADDRESS_FAMILY),
        Member::new("pad", 1, 3, AttrType::Pad),
        Member::new("ifindex", 4, 4, AttrType::U32),
        Member::new("filter-mask", 8, 4, AttrType::U32),
    ],
);

/// The layout of `struct ifla_vlan_flags`.
pub static IFLA_VLAN_FLAGS: StructDesc = StructDesc::new(
    "ifla-vlan-flags",
    "struct ifla_vlan_flags",
    8,
    &[
        Member::new("flags", 0, 4, AttrType::U32).enumeration(&VLAN_FLAGS),
        Member::new("mask", 4, 4, AttrType::U32).display(Display::Hex),
    ],
);

/// The layout of `struct ifla_vlan_qos_mapping`.
pub static IFLA_VLAN_QOS_MAPPING: StructDesc = StructDesc::new(
    "ifla-vlan-qos-mapping",
    "struct ifla_vlan_qos_mapping",
    8,
    &[
        Member::new("from", 0, 4, AttrType::U32),
        Member::new("to", 4, 4, AttrType::U32),
    ],
);

/// The layout of `struct ifla_geneve_port_range`.
pub static IFLA_GENEVE_PORT_RANGE: StructDesc = StructDesc::new(
    "ifla-geneve-port-range",
    "struct ifla_geneve_port_range",
    4,
    &[
        Member::new("low", 0, 2, AttrType::U16).big_endian(),
        Member::new("high", 2, 2, AttrType::U16).big_endian(),
    ],
);

/// The layout of `struct ifla_vf_mac`.
pub static IFLA_VF_MAC: StructDesc = StructDesc::new(
    "ifla-vf-mac",
    "struct ifla_vf_mac",
    36,
    &[
        Member::new("vf", 0, 4, AttrType::U32),
        Member::new("mac", 4, 32, AttrType::Binary),
    ],
);

/// The layout of `struct ifla_vf_vlan`.
pub static IFLA_VF_VLAN: StructDesc = StructDesc::new(
    "ifla-vf-vlan",
    "struct ifla_vf_vlan",
    12,
    &[
        Member::new("vf", 0, 4, AttrType::U32),
        Member::new("vlan", 4, 4, AttrType::U32),
        Member::new("qos", 8, 4, AttrType::U32),
    ],
);

/// The layout of `struct ifla_vf_tx_rate`.
pub static IFLA_VF_TX_RATE: StructDesc = StructDesc::new(
    "ifla-vf-tx-rate",
    "struct ifla_vf_tx_rate",
    8,
    &[
        Member::new("vf", 0, 4, AttrType::U32),
        Member::new("rate", 4, 4, AttrType::U32),
    ],
);

/// The layout of `struct ifla_vf_spoofchk`.
pub static IFLA_VF_SPOOFCHK: StructDesc = StructDesc::new(
    "ifla-vf-spoofchk",
    "struct ifla_vf_spoofchk",
    8,
    &[
        Member::new("vf", 0, 4, AttrType::U32),
        Member::new("setting", 4, 4, AttrType::U32),
    ],
);

/// The layout of `struct ifla_vf_link_state`.
pub static IFLA_VF_LINK_STATE: StructDesc = StructDesc::new(
    "ifla-vf-link-state",
    "struct ifla_vf_link_state",
    8,
    &[
        Member::new("vf", 0, 4, AttrType::U32),
        Member::new("link-state", 4, 4, AttrType::U32).enumeration(&IFLA_VF_LINK_STATE_ENUM),
    ],
);

/// The layout of `struct ifla_vf_rate`.
pub static IFLA_VF_RATE: StructDesc = StructDesc::new(
    "ifla-vf-rate",
    "struct ifla_vf_rate",
    12,
    &[
        Member::new("vf", 0, 4, AttrType::U32),
        Member::new("min-tx-rate", 4, 4, AttrType::U32),
        Member::new("max-tx-rate", 8, 4, AttrType::U32),
    ],
);

/// The layout of `struct ifla_vf_rss_query_en`.
pub static IFLA_VF_RSS_QUERY_EN: StructDesc = StructDesc::new(
    "ifla-vf-rss-query-en",
    "struct ifla_vf_rss_query_en",
    8,
    &[
        Member::new("vf", 0, 4, AttrType::U32),
        Member::new("setting", 4, 4, AttrType::U32),
    ],
);

/// The layout of `struct ifla_vf_trust`.
pub static IFLA_VF_TRUST: StructDesc = StructDesc::new(
    "ifla-vf-trust",
    "struct ifla_vf_trust",
    8,
    &[
        Member::new("vf", 0, 4, AttrType::U32),
        Member::new("setting", 4, 4, AttrType::U32),
    ],
);

/// The layout of `struct ifla_vf_guid`.
pub static IFLA_VF_GUID: StructDesc = StructDesc::new(
    "ifla-vf-guid",
    "struct ifla_vf_guid",
    16,
    &[
        Member::new("vf", 0, 4, AttrType::U32),
        Member::new("guid", 8, 8, AttrType::U64),
    ],
);

/// The layout of `struct ifla_vf_vlan_info`.
pub static IFLA_VF_VLAN_INFO: StructDesc = StructDesc::new(
    "ifla-vf-vlan-info",
    "struct ifla_vf_vlan_info",
    16,
    &[
        Member::new("vf", 0, 4, AttrType::U32),
        Member::new("vlan", 4, 4, AttrType::U32),
        Member::new("qos", 8, 4, AttrType::U32),
        Member::new("vlan-proto", 12, 4, AttrType::U32),
    ],
);

/// The layout of `struct ifla_vxlan_port_range`.
pub static IFLA_VXLAN_PORT_RANGE: StructDesc = StructDesc::new(
    "ifla-vxlan-port-range",
    "struct ifla_vxlan_port_range",
    4,
    &[
        Member::new("low", 0, 2, AttrType::U16).big_endian(),
        Member::new("high", 2, 2, AttrType::U16).big_endian(),
    ],
);

/// The `link-attrs` attribute set, indexed by type.
pub static LINK_ATTRS: AttrSet = AttrSet::new(
    "link-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("address", "IFLA_ADDRESS", 1, AttrType::Binary).display(Display::Mac),
        AttrDesc::new("broadcast", "IFLA_BROADCAST", 2, AttrType::Binary).display(Display::Mac),
        AttrDesc::new("ifname", "IFLA_IFNAME", 3, AttrType::String),
        AttrDesc::new("mtu", "IFLA_MTU", 4, AttrType::U32),
        AttrDesc::new("link", "IFLA_LINK", 5, AttrType::U32),
        AttrDesc::new("qdisc", "IFLA_QDISC", 6, AttrType::String),
        AttrDesc::new("stats", "IFLA_STATS", 7, AttrType::Binary).header(&RTNL_LINK_STATS),
        AttrDesc::new("cost", "IFLA_COST", 8, AttrType::Unused),
        AttrDesc::new("priority", "IFLA_PRIORITY", 9, AttrType::Unused),
        AttrDesc::new("master", "IFLA_MASTER", 10, AttrType::U32),
        AttrDesc::new("wireless", "IFLA_WIRELESS", 11, AttrType::Binary),
        AttrDesc::new("protinfo", "IFLA_PROTINFO", 12, AttrType::Binary),
        AttrDesc::new("txqlen", "IFLA_TXQLEN", 13, AttrType::U32),
        AttrDesc::new("map", "IFLA_MAP", 14, AttrType::Binary).header(&RTNL_LINK_IFMAP),
        AttrDesc::new("weight", "IFLA_WEIGHT", 15, AttrType::U32),
        AttrDesc::new("operstate", "IFLA_OPERSTATE", 16, AttrType::U8).enumeration(&OPER_STATE),
        AttrDesc::new("linkmode", "IFLA_LINKMODE", 17, AttrType::U8).enumeration(&LINK_MODE),
        AttrDesc::new("linkinfo", "IFLA_LINKINFO", 18, AttrType::Nest).nested(&LINKINFO_ATTRS),
        AttrDesc::new("net-ns-pid", "IFLA_NET_NS_PID", 19, AttrType::U32),
        AttrDesc::new("ifalias", "IFLA_IFALIAS", 20, AttrType::String),
        AttrDesc::new("num-vf", "IFLA_NUM_VF", 21, AttrType::U32),
        AttrDesc::new("vfinfo-list", "IFLA_VFINFO_LIST", 22, AttrType::Nest)
            .nested(&VFINFO_LIST_ATTRS),
        AttrDesc::new("stats64", "IFLA_STATS64", 23, AttrType::Binary).header(&RTNL_LINK_STATS64),
        AttrDesc::new("vf-ports", "IFLA_VF_PORTS", 24, AttrType::Nest).nested(&VF_PORTS_ATTRS),
        AttrDesc::new("port-self", "IFLA_PORT_SELF", 25, AttrType::Nest).nested(&PORT_SELF_ATTRS),
        AttrDesc::new("af-spec", "IFLA_AF_SPEC", 26, AttrType::Nest).nested(&AF_SPEC_ATTRS),
        AttrDesc::new("group", "IFLA_GROUP", 27, AttrType::U32),
        AttrDesc::new("net-ns-fd", "IFLA_NET_NS_FD", 28, AttrType::U32),
        AttrDesc::new("ext-mask", "IFLA_EXT_MASK", 29, AttrType::U32).enumeration(&RTEXT_FILTER),
        AttrDesc::new("promiscuity", "IFLA_PROMISCUITY", 30, AttrType::U32),
        AttrDesc::new("num-tx-queues", "IFLA_NUM_TX_QUEUES", 31, AttrType::U32),
        AttrDesc::new("num-rx-queues", "IFLA_NUM_RX_QUEUES", 32, AttrType::U32),
        AttrDesc::new("carrier", "IFLA_CARRIER", 33, AttrType::U8),
        AttrDesc::new("phys-port-id", "IFLA_PHYS_PORT_ID", 34, AttrType::Binary),
        AttrDesc::new("carrier-changes", "IFLA_CARRIER_CHANGES", 35, AttrType::U32),
        AttrDesc::new(
            "phys-switch-id",
            "IFLA_PHYS_SWITCH_ID",
            36,
            AttrType::Binary,
        ),
        AttrDesc::new("link-netnsid", "IFLA_LINK_NETNSID", 37, AttrType::S32),
        AttrDesc::new(
            "phys-port-name",
            "IFLA_PHYS_PORT_NAME",
            38,
            AttrType::String,
        ),
        AttrDesc::new("proto-down", "IFLA_PROTO_DOWN", 39, AttrType::U8),
        AttrDesc::new("gso-max-segs", "IFLA_GSO_MAX_SEGS", 40, AttrType::U32),
        AttrDesc::new("gso-max-size", "IFLA_GSO_MAX_SIZE", 41, AttrType::U32),
        AttrDesc::new("pad", "IFLA_PAD", 42, AttrType::Pad),
        AttrDesc::new("xdp", "IFLA_XDP", 43, AttrType::Nest).nested(&XDP_ATTRS),
        AttrDesc::new("event", "IFLA_EVENT", 44, AttrType::U32).enumeration(&LINK_EVENT),
        AttrDesc::new("new-netnsid", "IFLA_NEW_NETNSID", 45, AttrType::S32),
        AttrDesc::new("target-netnsid", "IFLA_TARGET_NETNSID", 46, AttrType::S32),
        AttrDesc::new(
            "carrier-up-count",
            "IFLA_CARRIER_UP_COUNT",
            47,
            AttrType::U32,
        ),
        AttrDesc::new(
            "carrier-down-count",
            "IFLA_CARRIER_DOWN_COUNT",
            48,
            AttrType::U32,
        ),
        AttrDesc::new("new-ifindex", "IFLA_NEW_IFINDEX", 49, AttrType::S32),
        AttrDesc::new("min-mtu", "IFLA_MIN_MTU", 50, AttrType::U32),
        AttrDesc::new("max-mtu", "IFLA_MAX_MTU", 51, AttrType::U32),
        AttrDesc::new("prop-list", "IFLA_PROP_LIST", 52, AttrType::Nest)
            .nested(&PROP_LIST_LINK_ATTRS),
        AttrDesc::new("alt-ifname", "IFLA_ALT_IFNAME", 53, AttrType::String),
        AttrDesc::new("perm-address", "IFLA_PERM_ADDRESS", 54, AttrType::Binary)
            .display(Display::Mac),
        AttrDesc::new(
            "proto-down-reason",
            "IFLA_PROTO_DOWN_REASON",
            55,
            AttrType::String,
        ),
        AttrDesc::new(
            "parent-dev-name",
            "IFLA_PARENT_DEV_NAME",
            56,
            AttrType::String,
        ),
        AttrDesc::new(
            "parent-dev-bus-name",
            "IFLA_PARENT_DEV_BUS_NAME",
            57,
            AttrType::String,
        ),
        AttrDesc::new("gro-max-size", "IFLA_GRO_MAX_SIZE", 58, AttrType::U32),
        AttrDesc::new("tso-max-size", "IFLA_TSO_MAX_SIZE", 59, AttrType::U32),
        AttrDesc::new("tso-max-segs", "IFLA_TSO_MAX_SEGS", 60, AttrType::U32),
        AttrDesc::new("allmulti", "IFLA_ALLMULTI", 61, AttrType::U32),
        AttrDesc::new("devlink-port", "IFLA_DEVLINK_PORT", 62, AttrType::Nest),
        AttrDesc::new(
            "gso-ipv4-max-size",
            "IFLA_GSO_IPV4_MAX_SIZE",
            63,
            AttrType::U32,
        ),
        AttrDesc::new(
            "gro-ipv4-max-size",
            "IFLA_GRO_IPV4_MAX_SIZE",
            64,
            AttrType::U32,
        ),
        AttrDesc::new("dpll-pin", "IFLA_DPLL_PIN", 65, AttrType::Nest).nested(&LINK_DPLL_PIN_ATTRS),
        AttrDesc::new(
            "max-pacing-offload-horizon",
            "IFLA_MAX_PACING_OFFLOAD_HORIZON",
            66,
            AttrType::Uint,
        ),
        AttrDesc::new("netns-immutable", "IFLA_NETNS_IMMUTABLE", 67, AttrType::U8),
        AttrDesc::new("headroom", "IFLA_HEADROOM", 68, AttrType::U16),
        AttrDesc::new("tailroom", "IFLA_TAILROOM", 69, AttrType::U16),
    ],
);

/// The `prop-list-link-attrs` attribute set, indexed by type.
pub static PROP_LIST_LINK_ATTRS: AttrSet = AttrSet::new(
    "prop-list-link-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::new("alt-ifname", "IFLA_ALT_IFNAME", 53, AttrType::String).multi(),
    ],
);

/// The `af-spec-attrs` attribute set, indexed by type.
pub static AF_SPEC_ATTRS: AttrSet = AttrSet::new(
    "af-spec-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::new("inet", "AF_INET", 2, AttrType::Nest).nested(&IFLA_ATTRS),
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::new("inet6", "AF_INET6", 10, AttrType::Nest).nested(&IFLA6_ATTRS),
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::new("mctp", "AF_MCTP", 45, AttrType::Nest).nested(&MCTP_ATTRS),
    ],
);

/// The `vfinfo-list-attrs` attribute set, indexed by type.
pub static VFINFO_LIST_ATTRS: AttrSet = AttrSet::new(
    "vfinfo-list-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("info", "IFLA_VF_INFO", 1, AttrType::Nest)
            .nested(&VFINFO_ATTRS)
            .multi(),
    ],
);

/// The `vfinfo-attrs` attribute set, indexed by type.
pub static VFINFO_ATTRS: AttrSet = AttrSet::new(
    "vfinfo-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("mac", "IFLA_VF_MAC", 1, AttrType::Binary).header(&IFLA_VF_MAC),
        AttrDesc::new("vlan", "IFLA_VF_VLAN", 2, AttrType::Binary).header(&IFLA_VF_VLAN),
        AttrDesc::new("tx-rate", "IFLA_VF_TX_RATE", 3, AttrType::Binary).header(&IFLA_VF_TX_RATE),
        AttrDesc::new("spoofchk", "IFLA_VF_SPOOFCHK", 4, AttrType::Binary)
            .header(&IFLA_VF_SPOOFCHK),
        AttrDesc::new("link-state", "IFLA_VF_LINK_STATE", 5, AttrType::Binary)
            .header(&IFLA_VF_LINK_STATE),
        AttrDesc::new("rate", "IFLA_VF_RATE", 6, AttrType::Binary).header(&IFLA_VF_RATE),
        AttrDesc::new("rss-query-en", "IFLA_VF_RSS_QUERY_EN", 7, AttrType::Binary)
            .header(&IFLA_VF_RSS_QUERY_EN),
        AttrDesc::new("stats", "IFLA_VF_STATS", 8, AttrType::Nest).nested(&VF_STATS_ATTRS),
        AttrDesc::new("trust", "IFLA_VF_TRUST", 9, AttrType::Binary).header(&IFLA_VF_TRUST),
        AttrDesc::new("ib-node-guid", "IFLA_VF_IB_NODE_GUID", 10, AttrType::Binary)
            .header(&IFLA_VF_GUID),
        AttrDesc::new("ib-port-guid", "IFLA_VF_IB_PORT_GUID", 11, AttrType::Binary)
            .header(&IFLA_VF_GUID),
        AttrDesc::new("vlan-list", "IFLA_VF_VLAN_LIST", 12, AttrType::Nest).nested(&VF_VLAN_ATTRS),
        AttrDesc::new("broadcast", "IFLA_VF_BROADCAST", 13, AttrType::Binary),
    ],
);

/// The `vf-stats-attrs` attribute set, indexed by type.
pub static VF_STATS_ATTRS: AttrSet = AttrSet::new(
    "vf-stats-attrs",
    &[
        AttrDesc::new("rx-packets", "IFLA_VF_STATS_RX_PACKETS", 0, AttrType::U64),
        AttrDesc::new("tx-packets", "IFLA_VF_STATS_TX_PACKETS", 1, AttrType::U64),
        AttrDesc::new("rx-bytes", "IFLA_VF_STATS_RX_BYTES", 2, AttrType::U64),
        AttrDesc::new("tx-bytes", "IFLA_VF_STATS_TX_BYTES", 3, AttrType::U64),
        AttrDesc::new("broadcast", "IFLA_VF_STATS_BROADCAST", 4, AttrType::U64),
        AttrDesc::new("multicast", "IFLA_VF_STATS_MULTICAST", 5, AttrType::U64),
        AttrDesc::new("pad", "IFLA_VF_STATS_PAD", 6, AttrType::Pad),
        AttrDesc::new("rx-dropped", "IFLA_VF_STATS_RX_DROPPED", 7, AttrType::U64),
        AttrDesc::new("tx-dropped", "IFLA_VF_STATS_TX_DROPPED", 8, AttrType::U64),
    ],
);

/// The `vf-vlan-attrs` attribute set, indexed by type.
pub static VF_VLAN_ATTRS: AttrSet = AttrSet::new(
    "vf-vlan-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("info", "IFLA_VF_VLAN_INFO", 1, AttrType::Binary)
            .header(&IFLA_VF_VLAN_INFO)
            .multi(),
    ],
);

/// The `vf-ports-attrs` attribute set, indexed by type.
pub static VF_PORTS_ATTRS: AttrSet = AttrSet::new("vf-ports-attrs", &[]);

/// The `port-self-attrs` attribute set, indexed by type.
pub static PORT_SELF_ATTRS: AttrSet = AttrSet::new("port-self-attrs", &[]);

/// The `linkinfo-attrs` attribute set, indexed by type.
pub static LINKINFO_ATTRS: AttrSet = AttrSet::new(
    "linkinfo-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("kind", "IFLA_INFO_KIND", 1, AttrType::String),
        AttrDesc::new("data", "IFLA_INFO_DATA", 2, AttrType::SubMessage)
            .sub_message(&LINKINFO_DATA_MSG),
        AttrDesc::new("xstats", "IFLA_INFO_XSTATS", 3, AttrType::Binary),
        AttrDesc::new("slave-kind", "IFLA_INFO_SLAVE_KIND", 4, AttrType::String),
        AttrDesc::new(
            "slave-data",
            "IFLA_INFO_SLAVE_DATA",
            5,
            AttrType::SubMessage,
        )
        .sub_message(&LINKINFO_MEMBER_DATA_MSG),
    ],
);

/// The `linkinfo-bond-attrs` attribute set, indexed by type.
pub static LINKINFO_BOND_ATTRS: AttrSet = AttrSet::new(
    "linkinfo-bond-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("mode", "IFLA_BOND_MODE", 1, AttrType::U8),
        AttrDesc::new("active-slave", "IFLA_BOND_ACTIVE_SLAVE", 2, AttrType::U32),
        AttrDesc::new("miimon", "IFLA_BOND_MIIMON", 3, AttrType::U32),
        AttrDesc::new("updelay", "IFLA_BOND_UPDELAY", 4, AttrType::U32),
        AttrDesc::new("downdelay", "IFLA_BOND_DOWNDELAY", 5, AttrType::U32),
        AttrDesc::new("use-carrier", "IFLA_BOND_USE_CARRIER", 6, AttrType::U8),
        AttrDesc::new("arp-interval", "IFLA_BOND_ARP_INTERVAL", 7, AttrType::U32),
        AttrDesc::new(
            "arp-ip-target",
            "IFLA_BOND_ARP_IP_TARGET",
            8,
            AttrType::IndexedArray,
        )
        .sub_type(AttrType::U32)
        .display(Display::Ipv4)
        .big_endian(),
        AttrDesc::new("arp-validate", "IFLA_BOND_ARP_VALIDATE", 9, AttrType::U32),
        AttrDesc::new(
            "arp-all-targets",
            "IFLA_BOND_ARP_ALL_TARGETS",
            10,
            AttrType::U32,
        ),
        AttrDesc::new("primary", "IFLA_BOND_PRIMARY", 11, AttrType::U32),
        AttrDesc::new(
            "primary-reselect",
            "IFLA_BOND_PRIMARY_RESELECT",
            12,
            AttrType::U8,
        ),
        AttrDesc::new("fail-over-mac", "IFLA_BOND_FAIL_OVER_MAC", 13, AttrType::U8),
        AttrDesc::new(
            "xmit-hash-policy",
            "IFLA_BOND_XMIT_HASH_POLICY",
            14,
            AttrType::U8,
        ),
        AttrDesc::new("resend-igmp", "IFLA_BOND_RESEND_IGMP", 15, AttrType::U32),
        AttrDesc::new(
            "num-peer-notif",
            "IFLA_BOND_NUM_PEER_NOTIF",
            16,
            AttrType::U8,
        ),
        AttrDesc::new(
            "all-slaves-active",
            "IFLA_BOND_ALL_SLAVES_ACTIVE",
            17,
            AttrType::U8,
        ),
        AttrDesc::new("min-links", "IFLA_BOND_MIN_LINKS", 18, AttrType::U32),
        AttrDesc::new("lp-interval", "IFLA_BOND_LP_INTERVAL", 19, AttrType::U32),
        AttrDesc::new(
            "packets-per-slave",
            "IFLA_BOND_PACKETS_PER_SLAVE",
            20,
            AttrType::U32,
        ),
        AttrDesc::new("ad-lacp-rate", "IFLA_BOND_AD_LACP_RATE", 21, AttrType::U8),
        AttrDesc::new("ad-select", "IFLA_BOND_AD_SELECT", 22, AttrType::U8),
        AttrDesc::new("ad-info", "IFLA_BOND_AD_INFO", 23, AttrType::Nest)
            .nested(&BOND_AD_INFO_ATTRS),
        AttrDesc::new(
            "ad-actor-sys-prio",
            "IFLA_BOND_AD_ACTOR_SYS_PRIO",
            24,
            AttrType::U16,
        ),
        AttrDesc::new(
            "ad-user-port-key",
            "IFLA_BOND_AD_USER_PORT_KEY",
            25,
            AttrType::U16,
        ),
        AttrDesc::new(
            "ad-actor-system",
            "IFLA_BOND_AD_ACTOR_SYSTEM",
            26,
            AttrType::Binary,
        )
        .display(Display::Mac),
        AttrDesc::new(
            "tlb-dynamic-lb",
            "IFLA_BOND_TLB_DYNAMIC_LB",
            27,
            AttrType::U8,
        ),
        AttrDesc::new(
            "peer-notif-delay",
            "IFLA_BOND_PEER_NOTIF_DELAY",
            28,
            AttrType::U32,
        ),
        AttrDesc::new(
            "ad-lacp-active",
            "IFLA_BOND_AD_LACP_ACTIVE",
            29,
            AttrType::U8,
        ),
        AttrDesc::new("missed-max", "IFLA_BOND_MISSED_MAX", 30, AttrType::U8),
        AttrDesc::new(
            "ns-ip6-target",
            "IFLA_BOND_NS_IP6_TARGET",
            31,
            AttrType::IndexedArray,
        )
        .sub_type(AttrType::Binary)
        .display(Display::Ipv6)
        .exact_len(16),
        AttrDesc::new(
            "coupled-control",
            "IFLA_BOND_COUPLED_CONTROL",
            32,
            AttrType::U8,
        ),
        AttrDesc::new(
            "broadcast-neigh",
            "IFLA_BOND_BROADCAST_NEIGH",
            33,
            AttrType::U8,
        ),
        AttrDesc::new("lacp-strict", "IFLA_BOND_LACP_STRICT", 34, AttrType::U8),
    ],
);

/// The `bond-ad-info-attrs` attribute set, indexed by type.
pub static BOND_AD_INFO_ATTRS: AttrSet = AttrSet::new(
    "bond-ad-info-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "aggregator",
            "IFLA_BOND_AD_INFO_AGGREGATOR",
            1,
            AttrType::U16,
        ),
        AttrDesc::new("num-ports", "IFLA_BOND_AD_INFO_NUM_PORTS", 2, AttrType::U16),
        AttrDesc::new("actor-key", "IFLA_BOND_AD_INFO_ACTOR_KEY", 3, AttrType::U16),
        AttrDesc::new(
            "partner-key",
            "IFLA_BOND_AD_INFO_PARTNER_KEY",
            4,
            AttrType::U16,
        ),
        AttrDesc::new(
            "partner-mac",
            "IFLA_BOND_AD_INFO_PARTNER_MAC",
            5,
            AttrType::Binary,
        )
        .display(Display::Mac),
    ],
);

/// The `bond-slave-attrs` attribute set, indexed by type.
pub static BOND_SLAVE_ATTRS: AttrSet = AttrSet::new(
    "bond-slave-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("state", "IFLA_BOND_SLAVE_STATE", 1, AttrType::U8),
        AttrDesc::new("mii-status", "IFLA_BOND_SLAVE_MII_STATUS", 2, AttrType::U8),
        AttrDesc::new(
            "link-failure-count",
            "IFLA_BOND_SLAVE_LINK_FAILURE_COUNT",
            3,
            AttrType::U32,
        ),
        AttrDesc::new(
            "perm-hwaddr",
            "IFLA_BOND_SLAVE_PERM_HWADDR",
            4,
            AttrType::Binary,
        )
        .display(Display::Mac),
        AttrDesc::new("queue-id", "IFLA_BOND_SLAVE_QUEUE_ID", 5, AttrType::U16),
        AttrDesc::new(
            "ad-aggregator-id",
            "IFLA_BOND_SLAVE_AD_AGGREGATOR_ID",
            6,
            AttrType::U16,
        ),
        AttrDesc::new(
            "ad-actor-oper-port-state",
            "IFLA_BOND_SLAVE_AD_ACTOR_OPER_PORT_STATE",
            7,
            AttrType::U8,
        ),
        AttrDesc::new(
            "ad-partner-oper-port-state",
            "IFLA_BOND_SLAVE_AD_PARTNER_OPER_PORT_STATE",
            8,
            AttrType::U16,
        ),
        AttrDesc::new("prio", "IFLA_BOND_SLAVE_PRIO", 9, AttrType::U32),
    ],
);

/// The `linkinfo-bridge-attrs` attribute set, indexed by type.
pub static LINKINFO_BRIDGE_ATTRS: AttrSet = AttrSet::new(
    "linkinfo-bridge-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("forward-delay", "IFLA_BR_FORWARD_DELAY", 1, AttrType::U32),
        AttrDesc::new("hello-time", "IFLA_BR_HELLO_TIME", 2, AttrType::U32),
        AttrDesc::new("max-age", "IFLA_BR_MAX_AGE", 3, AttrType::U32),
        AttrDesc::new("ageing-time", "IFLA_BR_AGEING_TIME", 4, AttrType::U32),
        AttrDesc::new("stp-state", "IFLA_BR_STP_STATE", 5, AttrType::U32),
        AttrDesc::new("priority", "IFLA_BR_PRIORITY", 6, AttrType::U16),
        AttrDesc::new("vlan-filtering", "IFLA_BR_VLAN_FILTERING", 7, AttrType::U8),
        AttrDesc::new("vlan-protocol", "IFLA_BR_VLAN_PROTOCOL", 8, AttrType::U16),
        AttrDesc::new("group-fwd-mask", "IFLA_BR_GROUP_FWD_MASK", 9, AttrType::U16),
        AttrDesc::new("root-id", "IFLA_BR_ROOT_ID", 10, AttrType::Binary).header(&IFLA_BRIDGE_ID),
        AttrDesc::new("bridge-id", "IFLA_BR_BRIDGE_ID", 11, AttrType::Binary)
            .header(&IFLA_BRIDGE_ID),
        AttrDesc::new("root-port", "IFLA_BR_ROOT_PORT", 12, AttrType::U16),
        AttrDesc::new(
            "root-path-cost",
            "IFLA_BR_ROOT_PATH_COST",
            13,
            AttrType::U32,
        ),
        AttrDesc::new(
            "topology-change",
            "IFLA_BR_TOPOLOGY_CHANGE",
            14,
            AttrType::U8,
        ),
        AttrDesc::new(
            "topology-change-detected",
            "IFLA_BR_TOPOLOGY_CHANGE_DETECTED",
            15,
            AttrType::U8,
        ),
        AttrDesc::new("hello-timer", "IFLA_BR_HELLO_TIMER", 16, AttrType::U64),
        AttrDesc::new("tcn-timer", "IFLA_BR_TCN_TIMER", 17, AttrType::U64),
        AttrDesc::new(
            "topology-change-timer",
            "IFLA_BR_TOPOLOGY_CHANGE_TIMER",
            18,
            AttrType::U64,
        ),
        AttrDesc::new("gc-timer", "IFLA_BR_GC_TIMER", 19, AttrType::U64),
        AttrDesc::new("group-addr", "IFLA_BR_GROUP_ADDR", 20, AttrType::Binary)
            .display(Display::Mac),
        AttrDesc::new("fdb-flush", "IFLA_BR_FDB_FLUSH", 21, AttrType::Binary),
        AttrDesc::new("mcast-router", "IFLA_BR_MCAST_ROUTER", 22, AttrType::U8),
        AttrDesc::new("mcast-snooping", "IFLA_BR_MCAST_SNOOPING", 23, AttrType::U8),
        AttrDesc::new(
            "mcast-query-use-ifaddr",
            "IFLA_BR_MCAST_QUERY_USE_IFADDR",
            24,
            AttrType::U8,
        ),
        AttrDesc::new("mcast-querier", "IFLA_BR_MCAST_QUERIER", 25, AttrType::U8),
        AttrDesc::new(
            "mcast-hash-elasticity",
            "IFLA_BR_MCAST_HASH_ELASTICITY",
            26,
            AttrType::U32,
        ),
        AttrDesc::new(
            "mcast-hash-max",
            "IFLA_BR_MCAST_HASH_MAX",
            27,
            AttrType::U32,
        ),
        AttrDesc::new(
            "mcast-last-member-cnt",
            "IFLA_BR_MCAST_LAST_MEMBER_CNT",
            28,
            AttrType::U32,
        ),
        AttrDesc::new(
            "mcast-startup-query-cnt",
            "IFLA_BR_MCAST_STARTUP_QUERY_CNT",
            29,
            AttrType::U32,
        ),
        AttrDesc::new(
            "mcast-last-member-intvl",
            "IFLA_BR_MCAST_LAST_MEMBER_INTVL",
            30,
            AttrType::U64,
        ),
        AttrDesc::new(
            "mcast-membership-intvl",
            "IFLA_BR_MCAST_MEMBERSHIP_INTVL",
            31,
            AttrType::U64,
        ),
        AttrDesc::new(
            "mcast-querier-intvl",
            "IFLA_BR_MCAST_QUERIER_INTVL",
            32,
            AttrType::U64,
        ),
        AttrDesc::new(
            "mcast-query-intvl",
            "IFLA_BR_MCAST_QUERY_INTVL",
            33,
            AttrType::U64,
        ),
        AttrDesc::new(
            "mcast-query-response-intvl",
            "IFLA_BR_MCAST_QUERY_RESPONSE_INTVL",
            34,
            AttrType::U64,
        ),
        AttrDesc::new(
            "mcast-startup-query-intvl",
            "IFLA_BR_MCAST_STARTUP_QUERY_INTVL",
            35,
            AttrType::U64,
        ),
        AttrDesc::new(
            "nf-call-iptables",
            "IFLA_BR_NF_CALL_IPTABLES",
            36,
            AttrType::U8,
        ),
        AttrDesc::new(
            "nf-call-ip6tables",
            "IFLA_BR_NF_CALL_IP6TABLES",
            37,
            AttrType::U8,
        ),
        AttrDesc::new(
            "nf-call-arptables",
            "IFLA_BR_NF_CALL_ARPTABLES",
            38,
            AttrType::U8,
        ),
        AttrDesc::new(
            "vlan-default-pvid",
            "IFLA_BR_VLAN_DEFAULT_PVID",
            39,
            AttrType::U16,
        ),
        AttrDesc::new("pad", "IFLA_BR_PAD", 40, AttrType::Pad),
        AttrDesc::new(
            "vlan-stats-enabled",
            "IFLA_BR_VLAN_STATS_ENABLED",
            41,
            AttrType::U8,
        ),
        AttrDesc::new(
            "mcast-stats-enabled",
            "IFLA_BR_MCAST_STATS_ENABLED",
            42,
            AttrType::U8,
        ),
        AttrDesc::new(
            "mcast-igmp-version",
            "IFLA_BR_MCAST_IGMP_VERSION",
            43,
            AttrType::U8,
        ),
        AttrDesc::new(
            "mcast-mld-version",
            "IFLA_BR_MCAST_MLD_VERSION",
            44,
            AttrType::U8,
        ),
        AttrDesc::new(
            "vlan-stats-per-port",
            "IFLA_BR_VLAN_STATS_PER_PORT",
            45,
            AttrType::U8,
        ),
        AttrDesc::new(
            "multi-boolopt",
            "IFLA_BR_MULTI_BOOLOPT",
            46,
            AttrType::Binary,
        )
        .header(&BR_BOOLOPT_MULTI),
        AttrDesc::new(
            "mcast-querier-state",
            "IFLA_BR_MCAST_QUERIER_STATE",
            47,
            AttrType::Binary,
        ),
        AttrDesc::new("fdb-n-learned", "IFLA_BR_FDB_N_LEARNED", 48, AttrType::U32),
        AttrDesc::new(
            "fdb-max-learned",
            "IFLA_BR_FDB_MAX_LEARNED",
            49,
            AttrType::U32,
        ),
        AttrDesc::new("stp-mode", "IFLA_BR_STP_MODE", 50, AttrType::U32).enumeration(&BR_STP_MODE),
    ],
);

/// The `linkinfo-brport-attrs` attribute set, indexed by type.
pub static LINKINFO_BRPORT_ATTRS: AttrSet = AttrSet::new(
    "linkinfo-brport-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("state", "IFLA_BRPORT_STATE", 1, AttrType::U8),
        AttrDesc::new("priority", "IFLA_BRPORT_PRIORITY", 2, AttrType::U16),
        AttrDesc::new("cost", "IFLA_BRPORT_COST", 3, AttrType::U32),
        AttrDesc::new("mode", "IFLA_BRPORT_MODE", 4, AttrType::U8),
        AttrDesc::new("guard", "IFLA_BRPORT_GUARD", 5, AttrType::U8),
        AttrDesc::new("protect", "IFLA_BRPORT_PROTECT", 6, AttrType::U8),
        AttrDesc::new("fast-leave", "IFLA_BRPORT_FAST_LEAVE", 7, AttrType::U8),
        AttrDesc::new("learning", "IFLA_BRPORT_LEARNING", 8, AttrType::U8),
        AttrDesc::new(
            "unicast-flood",
            "IFLA_BRPORT_UNICAST_FLOOD",
            9,
            AttrType::U8,
        ),
        AttrDesc::new("proxyarp", "IFLA_BRPORT_PROXYARP", 10, AttrType::U8),
        AttrDesc::new(
            "learning-sync",
            "IFLA_BRPORT_LEARNING_SYNC",
            11,
            AttrType::U8,
        ),
        AttrDesc::new(
            "proxyarp-wifi",
            "IFLA_BRPORT_PROXYARP_WIFI",
            12,
            AttrType::U8,
        ),
        AttrDesc::new("root-id", "IFLA_BRPORT_ROOT_ID", 13, AttrType::Binary)
            .header(&IFLA_BRIDGE_ID),
        AttrDesc::new("bridge-id", "IFLA_BRPORT_BRIDGE_ID", 14, AttrType::Binary)
            .header(&IFLA_BRIDGE_ID),
        AttrDesc::new(
            "designated-port",
            "IFLA_BRPORT_DESIGNATED_PORT",
            15,
            AttrType::U16,
        ),
        AttrDesc::new(
            "designated-cost",
            "IFLA_BRPORT_DESIGNATED_COST",
            16,
            AttrType::U16,
        ),
        AttrDesc::new("id", "IFLA_BRPORT_ID", 17, AttrType::U16),
        AttrDesc::new("no", "IFLA_BRPORT_NO", 18, AttrType::U16),
        AttrDesc::new(
            "topology-change-ack",
            "IFLA_BRPORT_TOPOLOGY_CHANGE_ACK",
            19,
            AttrType::U8,
        ),
        AttrDesc::new(
            "config-pending",
            "IFLA_BRPORT_CONFIG_PENDING",
            20,
            AttrType::U8,
        ),
        AttrDesc::new(
            "message-age-timer",
            "IFLA_BRPORT_MESSAGE_AGE_TIMER",
            21,
            AttrType::U64,
        ),
        AttrDesc::new(
            "forward-delay-timer",
            "IFLA_BRPORT_FORWARD_DELAY_TIMER",
            22,
            AttrType::U64,
        ),
        AttrDesc::new("hold-timer", "IFLA_BRPORT_HOLD_TIMER", 23, AttrType::U64),
        AttrDesc::new("flush", "IFLA_BRPORT_FLUSH", 24, AttrType::Flag),
        AttrDesc::new(
            "multicast-router",
            "IFLA_BRPORT_MULTICAST_ROUTER",
            25,
            AttrType::U8,
        ),
        AttrDesc::new("pad", "IFLA_BRPORT_PAD", 26, AttrType::Pad),
        AttrDesc::new("mcast-flood", "IFLA_BRPORT_MCAST_FLOOD", 27, AttrType::U8),
        AttrDesc::new(
            "mcast-to-ucast",
            "IFLA_BRPORT_MCAST_TO_UCAST",
            28,
            AttrType::U8,
        ),
        AttrDesc::new("vlan-tunnel", "IFLA_BRPORT_VLAN_TUNNEL", 29, AttrType::U8),
        AttrDesc::new("bcast-flood", "IFLA_BRPORT_BCAST_FLOOD", 30, AttrType::U8),
        AttrDesc::new(
            "group-fwd-mask",
            "IFLA_BRPORT_GROUP_FWD_MASK",
            31,
            AttrType::U16,
        ),
        AttrDesc::new(
            "neigh-suppress",
            "IFLA_BRPORT_NEIGH_SUPPRESS",
            32,
            AttrType::U8,
        ),
        AttrDesc::new("isolated", "IFLA_BRPORT_ISOLATED", 33, AttrType::U8),
        AttrDesc::new("backup-port", "IFLA_BRPORT_BACKUP_PORT", 34, AttrType::U32),
        AttrDesc::new(
            "mrp-ring-open",
            "IFLA_BRPORT_MRP_RING_OPEN",
            35,
            AttrType::U8,
        ),
        AttrDesc::new("mrp-in-open", "IFLA_BRPORT_MRP_IN_OPEN", 36, AttrType::U8),
        AttrDesc::new(
            "mcast-eht-hosts-limit",
            "IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT",
            37,
            AttrType::U32,
        ),
        AttrDesc::new(
            "mcast-eht-hosts-cnt",
            "IFLA_BRPORT_MCAST_EHT_HOSTS_CNT",
            38,
            AttrType::U32,
        ),
        AttrDesc::new("locked", "IFLA_BRPORT_LOCKED", 39, AttrType::U8),
        AttrDesc::new("mab", "IFLA_BRPORT_MAB", 40, AttrType::U8),
        AttrDesc::new(
            "mcast-n-groups",
            "IFLA_BRPORT_MCAST_N_GROUPS",
            41,
            AttrType::U32,
        ),
        AttrDesc::new(
            "mcast-max-groups",
            "IFLA_BRPORT_MCAST_MAX_GROUPS",
            42,
            AttrType::U32,
        ),
        AttrDesc::new(
            "neigh-vlan-suppress",
            "IFLA_BRPORT_NEIGH_VLAN_SUPPRESS",
            43,
            AttrType::U8,
        ),
        AttrDesc::new("backup-nhid", "IFLA_BRPORT_BACKUP_NHID", 44, AttrType::U32),
        AttrDesc::new(
            "neigh-forward-grat",
            "IFLA_BRPORT_NEIGH_FORWARD_GRAT",
            45,
            AttrType::U8,
        ),
    ],
);

/// The `linkinfo-gre-attrs` attribute set, indexed by type.
pub static LINKINFO_GRE_ATTRS: AttrSet = AttrSet::new(
    "linkinfo-gre-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("link", "IFLA_GRE_LINK", 1, AttrType::U32),
        AttrDesc::new("iflags", "IFLA_GRE_IFLAGS", 2, AttrType::U16).big_endian(),
        AttrDesc::new("oflags", "IFLA_GRE_OFLAGS", 3, AttrType::U16).big_endian(),
        AttrDesc::new("ikey", "IFLA_GRE_IKEY", 4, AttrType::U32).big_endian(),
        AttrDesc::new("okey", "IFLA_GRE_OKEY", 5, AttrType::U32).big_endian(),
        AttrDesc::new("local", "IFLA_GRE_LOCAL", 6, AttrType::Binary).display(Display::Ipv4OrV6),
        AttrDesc::new("remote", "IFLA_GRE_REMOTE", 7, AttrType::Binary).display(Display::Ipv4OrV6),
        AttrDesc::new("ttl", "IFLA_GRE_TTL", 8, AttrType::U8),
        AttrDesc::new("tos", "IFLA_GRE_TOS", 9, AttrType::U8),
        AttrDesc::new("pmtudisc", "IFLA_GRE_PMTUDISC", 10, AttrType::U8),
        AttrDesc::new("encap-limit", "IFLA_GRE_ENCAP_LIMIT", 11, AttrType::U8),
        AttrDesc::new("flowinfo", "IFLA_GRE_FLOWINFO", 12, AttrType::U32).big_endian(),
        AttrDesc::new("flags", "IFLA_GRE_FLAGS", 13, AttrType::U32),
        AttrDesc::new("encap-type", "IFLA_GRE_ENCAP_TYPE", 14, AttrType::U16),
        AttrDesc::new("encap-flags", "IFLA_GRE_ENCAP_FLAGS", 15, AttrType::U16),
        AttrDesc::new("encap-sport", "IFLA_GRE_ENCAP_SPORT", 16, AttrType::U16).big_endian(),
        AttrDesc::new("encap-dport", "IFLA_GRE_ENCAP_DPORT", 17, AttrType::U16).big_endian(),
        AttrDesc::new(
            "collect-metadata",
            "IFLA_GRE_COLLECT_METADATA",
            18,
            AttrType::Flag,
        ),
        AttrDesc::new("ignore-df", "IFLA_GRE_IGNORE_DF", 19, AttrType::U8),
        AttrDesc::new("fwmark", "IFLA_GRE_FWMARK", 20, AttrType::U32),
        AttrDesc::new("erspan-index", "IFLA_GRE_ERSPAN_INDEX", 21, AttrType::U32),
        AttrDesc::new("erspan-ver", "IFLA_GRE_ERSPAN_VER", 22, AttrType::U8),
        AttrDesc::new("erspan-dir", "IFLA_GRE_ERSPAN_DIR", 23, AttrType::U8),
        AttrDesc::new("erspan-hwid", "IFLA_GRE_ERSPAN_HWID", 24, AttrType::U16),
    ],
);

/// The `linkinfo-gre6-attrs` attribute set, indexed by type.
pub static LINKINFO_GRE6_ATTRS: AttrSet = AttrSet::new(
    "linkinfo-gre6-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("link", "IFLA_GRE_LINK", 1, AttrType::U32),
        AttrDesc::new("iflags", "IFLA_GRE_IFLAGS", 2, AttrType::U16).big_endian(),
        AttrDesc::new("oflags", "IFLA_GRE_OFLAGS", 3, AttrType::U16).big_endian(),
        AttrDesc::new("ikey", "IFLA_GRE_IKEY", 4, AttrType::U32).big_endian(),
        AttrDesc::new("okey", "IFLA_GRE_OKEY", 5, AttrType::U32).big_endian(),
        AttrDesc::new("local", "IFLA_GRE_LOCAL", 6, AttrType::Binary).display(Display::Ipv6),
        AttrDesc::new("remote", "IFLA_GRE_REMOTE", 7, AttrType::Binary).display(Display::Ipv6),
        AttrDesc::new("ttl", "IFLA_GRE_TTL", 8, AttrType::U8),
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::new("encap-limit", "IFLA_GRE_ENCAP_LIMIT", 11, AttrType::U8),
        AttrDesc::new("flowinfo", "IFLA_GRE_FLOWINFO", 12, AttrType::U32).big_endian(),
        AttrDesc::new("flags", "IFLA_GRE_FLAGS", 13, AttrType::U32),
        AttrDesc::new("encap-type", "IFLA_GRE_ENCAP_TYPE", 14, AttrType::U16),
        AttrDesc::new("encap-flags", "IFLA_GRE_ENCAP_FLAGS", 15, AttrType::U16),
        AttrDesc::new("encap-sport", "IFLA_GRE_ENCAP_SPORT", 16, AttrType::U16).big_endian(),
        AttrDesc::new("encap-dport", "IFLA_GRE_ENCAP_DPORT", 17, AttrType::U16).big_endian(),
        AttrDesc::new(
            "collect-metadata",
            "IFLA_GRE_COLLECT_METADATA",
            18,
            AttrType::Flag,
        ),
        AttrDesc::UNKNOWN,
        AttrDesc::new("fwmark", "IFLA_GRE_FWMARK", 20, AttrType::U32),
        AttrDesc::new("erspan-index", "IFLA_GRE_ERSPAN_INDEX", 21, AttrType::U32),
        AttrDesc::new("erspan-ver", "IFLA_GRE_ERSPAN_VER", 22, AttrType::U8),
        AttrDesc::new("erspan-dir", "IFLA_GRE_ERSPAN_DIR", 23, AttrType::U8),
        AttrDesc::new("erspan-hwid", "IFLA_GRE_ERSPAN_HWID", 24, AttrType::U16),
    ],
);

/// The `linkinfo-vti-attrs` attribute set, indexed by type.
pub static LINKINFO_VTI_ATTRS: AttrSet = AttrSet::new(
    "linkinfo-vti-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("link", "IFLA_VTI_LINK", 1, AttrType::U32),
        AttrDesc::new("ikey", "IFLA_VTI_IKEY", 2, AttrType::U32).big_endian(),
        AttrDesc::new("okey", "IFLA_VTI_OKEY", 3, AttrType::U32).big_endian(),
        AttrDesc::new("local", "IFLA_VTI_LOCAL", 4, AttrType::Binary).display(Display::Ipv4OrV6),
        AttrDesc::new("remote", "IFLA_VTI_REMOTE", 5, AttrType::Binary).display(Display::Ipv4OrV6),
        AttrDesc::new("fwmark", "IFLA_VTI_FWMARK", 6, AttrType::U32),
    ],
);

/// The `linkinfo-vti6-attrs` attribute set, indexed by type.
pub static LINKINFO_VTI6_ATTRS: AttrSet = AttrSet::new(
    "linkinfo-vti6-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("link", "IFLA_VTI_LINK", 1, AttrType::U32),
        AttrDesc::new("ikey", "IFLA_VTI_IKEY", 2, AttrType::U32).big_endian(),
        AttrDesc::new("okey", "IFLA_VTI_OKEY", 3, AttrType::U32).big_endian(),
        AttrDesc::new("local", "IFLA_VTI_LOCAL", 4, AttrType::Binary).display(Display::Ipv6),
        AttrDesc::new("remote", "IFLA_VTI_REMOTE", 5, AttrType::Binary).display(Display::Ipv6),
        AttrDesc::new("fwmark", "IFLA_VTI_FWMARK", 6, AttrType::U32),
    ],
);

/// The `linkinfo-geneve-attrs` attribute set, indexed by type.
pub static LINKINFO_GENEVE_ATTRS: AttrSet = AttrSet::new(
    "linkinfo-geneve-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("id", "IFLA_GENEVE_ID", 1, AttrType::U32),
        AttrDesc::new("remote", "IFLA_GENEVE_REMOTE", 2, AttrType::U32)
            .display(Display::Ipv4)
            .big_endian(),
        AttrDesc::new("ttl", "IFLA_GENEVE_TTL", 3, AttrType::U8),
        AttrDesc::new("tos", "IFLA_GENEVE_TOS", 4, AttrType::U8),
        AttrDesc::new("port", "IFLA_GENEVE_PORT", 5, AttrType::U16).big_endian(),
        AttrDesc::new(
            "collect-metadata",
            "IFLA_GENEVE_COLLECT_METADATA",
            6,
            AttrType::Flag,
        ),
        AttrDesc::new("remote6", "IFLA_GENEVE_REMOTE6", 7, AttrType::Binary).display(Display::Ipv6),
        AttrDesc::new("udp-csum", "IFLA_GENEVE_UDP_CSUM", 8, AttrType::U8),
        AttrDesc::new(
            "udp-zero-csum6-tx",
            "IFLA_GENEVE_UDP_ZERO_CSUM6_TX",
            9,
            AttrType::U8,
        ),
        AttrDesc::new(
            "udp-zero-csum6-rx",
            "IFLA_GENEVE_UDP_ZERO_CSUM6_RX",
            10,
            AttrType::U8,
        ),
        AttrDesc::new("label", "IFLA_GENEVE_LABEL", 11, AttrType::U32).big_endian(),
        AttrDesc::new("ttl-inherit", "IFLA_GENEVE_TTL_INHERIT", 12, AttrType::U8),
        AttrDesc::new("df", "IFLA_GENEVE_DF", 13, AttrType::U8).enumeration(&GENEVE_DF),
        AttrDesc::new(
            "inner-proto-inherit",
            "IFLA_GENEVE_INNER_PROTO_INHERIT",
            14,
            AttrType::Flag,
        ),
        AttrDesc::new("port-range", "IFLA_GENEVE_PORT_RANGE", 15, AttrType::Binary)
            .header(&IFLA_GENEVE_PORT_RANGE),
        AttrDesc::new("gro-hint", "IFLA_GENEVE_GRO_HINT", 16, AttrType::Flag),
        AttrDesc::new("local", "IFLA_GENEVE_LOCAL", 17, AttrType::U32)
            .display(Display::Ipv4)
            .big_endian(),
        AttrDesc::new("local6", "IFLA_GENEVE_LOCAL6", 18, AttrType::Binary).display(Display::Ipv6),
    ],
);

/// The `linkinfo-hsr-attrs` attribute set, indexed by type.
pub static LINKINFO_HSR_ATTRS: AttrSet = AttrSet::new(
    "linkinfo-hsr-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("slave1", "IFLA_HSR_SLAVE1", 1, AttrType::U32),
        AttrDesc::new("slave2", "IFLA_HSR_SLAVE2", 2, AttrType::U32),
        AttrDesc::new("multicast-spec", "IFLA_HSR_MULTICAST_SPEC", 3, AttrType::U8),
        AttrDesc::new(
            "supervision-addr",
            "IFLA_HSR_SUPERVISION_ADDR",
            4,
            AttrType::Binary,
        )
        .display(Display::Mac),
        AttrDesc::new("seq-nr", "IFLA_HSR_SEQ_NR", 5, AttrType::U16),
        AttrDesc::new("version", "IFLA_HSR_VERSION", 6, AttrType::U8),
        AttrDesc::new("protocol", "IFLA_HSR_PROTOCOL", 7, AttrType::U8).enumeration(&HSR_PROTOCOL),
        AttrDesc::new("interlink", "IFLA_HSR_INTERLINK", 8, AttrType::U32),
    ],
);

/// The `linkinfo-iptun-attrs` attribute set, indexed by type.
pub static LINKINFO_IPTUN_ATTRS: AttrSet = AttrSet::new(
    "linkinfo-iptun-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("link", "IFLA_IPTUN_LINK", 1, AttrType::U32),
        AttrDesc::new("local", "IFLA_IPTUN_LOCAL", 2, AttrType::Binary).display(Display::Ipv4OrV6),
        AttrDesc::new("remote", "IFLA_IPTUN_REMOTE", 3, AttrType::Binary)
            .display(Display::Ipv4OrV6),
        AttrDesc::new("ttl", "IFLA_IPTUN_TTL", 4, AttrType::U8),
        AttrDesc::new("tos", "IFLA_IPTUN_TOS", 5, AttrType::U8),
        AttrDesc::new("encap-limit", "IFLA_IPTUN_ENCAP_LIMIT", 6, AttrType::U8),
        AttrDesc::new("flowinfo", "IFLA_IPTUN_FLOWINFO", 7, AttrType::U32).big_endian(),
        AttrDesc::new("flags", "IFLA_IPTUN_FLAGS", 8, AttrType::U16).big_endian(),
        AttrDesc::new("proto", "IFLA_IPTUN_PROTO", 9, AttrType::U8),
        AttrDesc::new("pmtudisc", "IFLA_IPTUN_PMTUDISC", 10, AttrType::U8),
        AttrDesc::new("6rd-prefix", "IFLA_IPTUN_6RD_PREFIX", 11, AttrType::Binary)
            .display(Display::Ipv6),
        AttrDesc::new(
            "6rd-relay-prefix",
            "IFLA_IPTUN_6RD_RELAY_PREFIX",
            12,
            AttrType::U32,
        )
        .display(Display::Ipv4)
        .big_endian(),
        AttrDesc::new(
            "6rd-prefixlen",
            "IFLA_IPTUN_6RD_PREFIXLEN",
            13,
            AttrType::U16,
        ),
        AttrDesc::new(
            "6rd-relay-prefixlen",
            "IFLA_IPTUN_6RD_RELAY_PREFIXLEN",
            14,
            AttrType::U16,
        ),
        AttrDesc::new("encap-type", "IFLA_IPTUN_ENCAP_TYPE", 15, AttrType::U16),
        AttrDesc::new("encap-flags", "IFLA_IPTUN_ENCAP_FLAGS", 16, AttrType::U16),
        AttrDesc::new("encap-sport", "IFLA_IPTUN_ENCAP_SPORT", 17, AttrType::U16).big_endian(),
        AttrDesc::new("encap-dport", "IFLA_IPTUN_ENCAP_DPORT", 18, AttrType::U16).big_endian(),
        AttrDesc::new(
            "collect-metadata",
            "IFLA_IPTUN_COLLECT_METADATA",
            19,
            AttrType::Flag,
        ),
        AttrDesc::new("fwmark", "IFLA_IPTUN_FWMARK", 20, AttrType::U32),
    ],
);

/// The `linkinfo-ip6tnl-attrs` attribute set, indexed by type.
pub static LINKINFO_IP6TNL_ATTRS: AttrSet = AttrSet::new(
    "linkinfo-ip6tnl-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("link", "IFLA_IPTUN_LINK", 1, AttrType::U32),
        AttrDesc::new("local", "IFLA_IPTUN_LOCAL", 2, AttrType::Binary).display(Display::Ipv6),
        AttrDesc::new("remote", "IFLA_IPTUN_REMOTE", 3, AttrType::Binary).display(Display::Ipv6),
        AttrDesc::new("ttl", "IFLA_IPTUN_TTL", 4, AttrType::U8),
        AttrDesc::UNKNOWN,
        AttrDesc::new("encap-limit", "IFLA_IPTUN_ENCAP_LIMIT", 6, AttrType::U8),
        AttrDesc::new("flowinfo", "IFLA_IPTUN_FLOWINFO", 7, AttrType::U32).big_endian(),
        AttrDesc::new("flags", "IFLA_IPTUN_FLAGS", 8, AttrType::U32).big_endian(),
        AttrDesc::new("proto", "IFLA_IPTUN_PROTO", 9, AttrType::U8),
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::new("encap-type", "IFLA_IPTUN_ENCAP_TYPE", 15, AttrType::U16),
        AttrDesc::new("encap-flags", "IFLA_IPTUN_ENCAP_FLAGS", 16, AttrType::U16),
        AttrDesc::new("encap-sport", "IFLA_IPTUN_ENCAP_SPORT", 17, AttrType::U16).big_endian(),
        AttrDesc::new("encap-dport", "IFLA_IPTUN_ENCAP_DPORT", 18, AttrType::U16).big_endian(),
        AttrDesc::new(
            "collect-metadata",
            "IFLA_IPTUN_COLLECT_METADATA",
            19,
            AttrType::Flag,
        ),
        AttrDesc::new("fwmark", "IFLA_IPTUN_FWMARK", 20, AttrType::U32),
    ],
);

/// The `linkinfo-tun-attrs` attribute set, indexed by type.
pub static LINKINFO_TUN_ATTRS: AttrSet = AttrSet::new(
    "linkinfo-tun-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("owner", "IFLA_TUN_OWNER", 1, AttrType::U32),
        AttrDesc::new("group", "IFLA_TUN_GROUP", 2, AttrType::U32),
        AttrDesc::new("type", "IFLA_TUN_TYPE", 3, AttrType::U8),
        AttrDesc::new("pi", "IFLA_TUN_PI", 4, AttrType::U8),
        AttrDesc::new("vnet-hdr", "IFLA_TUN_VNET_HDR", 5, AttrType::U8),
        AttrDesc::new("persist", "IFLA_TUN_PERSIST", 6, AttrType::U8),
        AttrDesc::new("multi-queue", "IFLA_TUN_MULTI_QUEUE", 7, AttrType::U8),
        AttrDesc::new("num-queues", "IFLA_TUN_NUM_QUEUES", 8, AttrType::U32),
        AttrDesc::new(
            "num-disabled-queues",
            "IFLA_TUN_NUM_DISABLED_QUEUES",
            9,
            AttrType::U32,
        ),
    ],
);

/// The `linkinfo-vlan-attrs` attribute set, indexed by type.
pub static LINKINFO_VLAN_ATTRS: AttrSet = AttrSet::new(
    "linkinfo-vlan-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("id", "IFLA_VLAN_ID", 1, AttrType::U16),
        AttrDesc::new("flags", "IFLA_VLAN_FLAGS", 2, AttrType::Binary).header(&IFLA_VLAN_FLAGS),
        AttrDesc::new("egress-qos", "IFLA_VLAN_EGRESS_QOS", 3, AttrType::Nest)
            .nested(&IFLA_VLAN_QOS),
        AttrDesc::new("ingress-qos", "IFLA_VLAN_INGRESS_QOS", 4, AttrType::Nest)
            .nested(&IFLA_VLAN_QOS),
        AttrDesc::new("protocol", "IFLA_VLAN_PROTOCOL", 5, AttrType::U16)
            .enumeration(&VLAN_PROTOCOLS)
            .big_endian(),
    ],
);

/// The `ifla-vlan-qos` attribute set, indexed by type.
pub static IFLA_VLAN_QOS: AttrSet = AttrSet::new(
    "ifla-vlan-qos",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("mapping", "IFLA_VLAN_QOS_MAPPING", 1, AttrType::Binary)
            .header(&IFLA_VLAN_QOS_MAPPING)
            .multi(),
    ],
);

/// The `linkinfo-vrf-attrs` attribute set, indexed by type.
pub static LINKINFO_VRF_ATTRS: AttrSet = AttrSet::new(
    "linkinfo-vrf-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("table", "IFLA_VRF_TABLE", 1, AttrType::U32),
    ],
);

/// The `xdp-attrs` attribute set, indexed by type.
pub static XDP_ATTRS: AttrSet = AttrSet::new(
    "xdp-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("fd", "IFLA_XDP_FD", 1, AttrType::S32),
        AttrDesc::new("attached", "IFLA_XDP_ATTACHED", 2, AttrType::U8).enumeration(&XDP_ATTACHED),
        AttrDesc::new("flags", "IFLA_XDP_FLAGS", 3, AttrType::U32).enumeration(&XDP_FLAGS),
        AttrDesc::new("prog-id", "IFLA_XDP_PROG_ID", 4, AttrType::U32),
        AttrDesc::new("drv-prog-id", "IFLA_XDP_DRV_PROG_ID", 5, AttrType::U32),
        AttrDesc::new("skb-prog-id", "IFLA_XDP_SKB_PROG_ID", 6, AttrType::U32),
        AttrDesc::new("hw-prog-id", "IFLA_XDP_HW_PROG_ID", 7, AttrType::U32),
        AttrDesc::new("expected-fd", "IFLA_XDP_EXPECTED_FD", 8, AttrType::S32),
    ],
);

/// The `ifla-attrs` attribute set, indexed by type.
pub static IFLA_ATTRS: AttrSet = AttrSet::new(
    "ifla-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("conf", "IFLA_INET_CONF", 1, AttrType::Binary)
            .sub_type(AttrType::U32)
            .index_names(&IPV4_DEVCONF),
    ],
);

/// The `ifla6-attrs` attribute set, indexed by type.
pub static IFLA6_ATTRS: AttrSet = AttrSet::new(
    "ifla6-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("flags", "IFLA_INET6_FLAGS", 1, AttrType::U32),
        AttrDesc::new("conf", "IFLA_INET6_CONF", 2, AttrType::Binary)
            .sub_type(AttrType::U32)
            .index_names(&IPV6_DEVCONF),
        AttrDesc::new("stats", "IFLA_INET6_STATS", 3, AttrType::Binary)
            .sub_type(AttrType::U64)
            .index_names(&IFLA_INET6_STATS),
        AttrDesc::new("mcast", "IFLA_INET6_MCAST", 4, AttrType::Binary),
        AttrDesc::new("cacheinfo", "IFLA_INET6_CACHEINFO", 5, AttrType::Binary)
            .header(&IFLA_CACHEINFO),
        AttrDesc::new("icmp6stats", "IFLA_INET6_ICMP6STATS", 6, AttrType::Binary)
            .sub_type(AttrType::U64)
            .index_names(&IFLA_ICMP6_STATS),
        AttrDesc::new("token", "IFLA_INET6_TOKEN", 7, AttrType::Binary),
        AttrDesc::new("addr-gen-mode", "IFLA_INET6_ADDR_GEN_MODE", 8, AttrType::U8)
            .enumeration(&IN6_ADDR_GEN_MODE),
        AttrDesc::new("ra-mtu", "IFLA_INET6_RA_MTU", 9, AttrType::U32),
    ],
);

/// The `mctp-attrs` attribute set, indexed by type.
pub static MCTP_ATTRS: AttrSet = AttrSet::new(
    "mctp-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("net", "IFLA_MCTP_NET", 1, AttrType::U32),
        AttrDesc::new("phys-binding", "IFLA_MCTP_PHYS_BINDING", 2, AttrType::U8),
    ],
);

/// The `stats-attrs` attribute set, indexed by type.
pub static STATS_ATTRS: AttrSet = AttrSet::new(
    "stats-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("link-64", "IFLA_STATS_LINK_64", 1, AttrType::Binary)
            .header(&RTNL_LINK_STATS64),
        AttrDesc::new("link-xstats", "IFLA_STATS_LINK_XSTATS", 2, AttrType::Binary),
        AttrDesc::new(
            "link-xstats-slave",
            "IFLA_STATS_LINK_XSTATS_SLAVE",
            3,
            AttrType::Binary,
        ),
        AttrDesc::new(
            "link-offload-xstats",
            "IFLA_STATS_LINK_OFFLOAD_XSTATS",
            4,
            AttrType::Nest,
        )
        .nested(&LINK_OFFLOAD_XSTATS),
        AttrDesc::new("af-spec", "IFLA_STATS_AF_SPEC", 5, AttrType::Binary),
    ],
);

/// The `link-offload-xstats` attribute set, indexed by type.
pub static LINK_OFFLOAD_XSTATS: AttrSet = AttrSet::new(
    "link-offload-xstats",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "cpu-hit",
            "IFLA_OFFLOAD_XSTATS_CPU_HIT",
            1,
            AttrType::Binary,
        ),
        AttrDesc::new(
            "hw-s-info",
            "IFLA_OFFLOAD_XSTATS_HW_S_INFO",
            2,
            AttrType::IndexedArray,
        )
        .sub_type(AttrType::Nest)
        .nested(&HW_S_INFO_ONE),
        AttrDesc::new(
            "l3-stats",
            "IFLA_OFFLOAD_XSTATS_L3_STATS",
            3,
            AttrType::Binary,
        ),
    ],
);

/// The `hw-s-info-one` attribute set, indexed by type.
pub static HW_S_INFO_ONE: AttrSet = AttrSet::new(
    "hw-s-info-one",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "request",
            "IFLA_OFFLOAD_XSTATS_HW_S_INFO_REQUEST",
            1,
            AttrType::U8,
        ),
        AttrDesc::new(
            "used",
            "IFLA_OFFLOAD_XSTATS_HW_S_INFO_USED",
            2,
            AttrType::U8,
        ),
    ],
);

/// The `link-dpll-pin-attrs` attribute set, indexed by type.
pub static LINK_DPLL_PIN_ATTRS: AttrSet = AttrSet::new(
    "link-dpll-pin-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("id", "DPLL_A_PIN_ID", 1, AttrType::U32),
    ],
);

/// The `linkinfo-netkit-attrs` attribute set, indexed by type.
pub static LINKINFO_NETKIT_ATTRS: AttrSet = AttrSet::new(
    "linkinfo-netkit-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("peer-info", "IFLA_NETKIT_PEER_INFO", 1, AttrType::Nest)
            .nested(&LINK_ATTRS)
            .header(&IFINFOMSG),
        AttrDesc::new("primary", "IFLA_NETKIT_PRIMARY", 2, AttrType::U8),
        AttrDesc::new("policy", "IFLA_NETKIT_POLICY", 3, AttrType::U32).enumeration(&NETKIT_POLICY),
        AttrDesc::new("peer-policy", "IFLA_NETKIT_PEER_POLICY", 4, AttrType::U32)
            .enumeration(&NETKIT_POLICY),
        AttrDesc::new("mode", "IFLA_NETKIT_MODE", 5, AttrType::U32).enumeration(&NETKIT_MODE),
        AttrDesc::new("scrub", "IFLA_NETKIT_SCRUB", 6, AttrType::U32).enumeration(&NETKIT_SCRUB),
        AttrDesc::new("peer-scrub", "IFLA_NETKIT_PEER_SCRUB", 7, AttrType::U32)
            .enumeration(&NETKIT_SCRUB),
        AttrDesc::new("headroom", "IFLA_NETKIT_HEADROOM", 8, AttrType::U16),
        AttrDesc::new("tailroom", "IFLA_NETKIT_TAILROOM", 9, AttrType::U16),
        AttrDesc::new("pairing", "IFLA_NETKIT_PAIRING", 10, AttrType::U32)
            .enumeration(&NETKIT_PAIRING),
    ],
);

/// The `linkinfo-ovpn-attrs` attribute set, indexed by type.
pub static LINKINFO_OVPN_ATTRS: AttrSet = AttrSet::new(
    "linkinfo-ovpn-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("mode", "IFLA_OVPN_MODE", 1, AttrType::U8).enumeration(&OVPN_MODE),
    ],
);

/// The `linkinfo-veth-attrs` attribute set, indexed by type.
pub static LINKINFO_VETH_ATTRS: AttrSet = AttrSet::new(
    "linkinfo-veth-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("peer", "VETH_INFO_PEER", 1, AttrType::Nest)
            .nested(&LINK_ATTRS)
            .header(&IFINFOMSG),
    ],
);

/// The `linkinfo-vxcan-attrs` attribute set, indexed by type.
pub static LINKINFO_VXCAN_ATTRS: AttrSet = AttrSet::new(
    "linkinfo-vxcan-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("peer", "VXCAN_INFO_PEER", 1, AttrType::Nest)
            .nested(&LINK_ATTRS)
            .header(&IFINFOMSG),
    ],
);

/// The `linkinfo-vxlan-attrs` attribute set, indexed by type.
pub static LINKINFO_VXLAN_ATTRS: AttrSet = AttrSet::new(
    "linkinfo-vxlan-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("id", "IFLA_VXLAN_ID", 1, AttrType::U32).max(16777215),
        AttrDesc::new("group", "IFLA_VXLAN_GROUP", 2, AttrType::U32)
            .display(Display::Ipv4)
            .big_endian(),
        AttrDesc::new("link", "IFLA_VXLAN_LINK", 3, AttrType::U32),
        AttrDesc::new("local", "IFLA_VXLAN_LOCAL", 4, AttrType::U32)
            .display(Display::Ipv4)
            .big_endian(),
        AttrDesc::new("ttl", "IFLA_VXLAN_TTL", 5, AttrType::U8),
        AttrDesc::new("tos", "IFLA_VXLAN_TOS", 6, AttrType::U8),
        AttrDesc::new("learning", "IFLA_VXLAN_LEARNING", 7, AttrType::U8),
        AttrDesc::new("ageing", "IFLA_VXLAN_AGEING", 8, AttrType::U32),
        AttrDesc::new("limit", "IFLA_VXLAN_LIMIT", 9, AttrType::U32),
        AttrDesc::new("port-range", "IFLA_VXLAN_PORT_RANGE", 10, AttrType::Binary)
            .header(&IFLA_VXLAN_PORT_RANGE),
        AttrDesc::new("proxy", "IFLA_VXLAN_PROXY", 11, AttrType::U8),
        AttrDesc::new("rsc", "IFLA_VXLAN_RSC", 12, AttrType::U8),
        AttrDesc::new("l2miss", "IFLA_VXLAN_L2MISS", 13, AttrType::U8),
        AttrDesc::new("l3miss", "IFLA_VXLAN_L3MISS", 14, AttrType::U8),
        AttrDesc::new("port", "IFLA_VXLAN_PORT", 15, AttrType::U16).big_endian(),
        AttrDesc::new("group6", "IFLA_VXLAN_GROUP6", 16, AttrType::Binary).display(Display::Ipv6),
        AttrDesc::new("local6", "IFLA_VXLAN_LOCAL6", 17, AttrType::Binary).display(Display::Ipv6),
        AttrDesc::new("udp-csum", "IFLA_VXLAN_UDP_CSUM", 18, AttrType::U8),
        AttrDesc::new(
            "udp-zero-csum6-tx",
            "IFLA_VXLAN_UDP_ZERO_CSUM6_TX",
            19,
            AttrType::U8,
        ),
        AttrDesc::new(
            "udp-zero-csum6-rx",
            "IFLA_VXLAN_UDP_ZERO_CSUM6_RX",
            20,
            AttrType::U8,
        ),
        AttrDesc::new("remcsum-tx", "IFLA_VXLAN_REMCSUM_TX", 21, AttrType::U8),
        AttrDesc::new("remcsum-rx", "IFLA_VXLAN_REMCSUM_RX", 22, AttrType::U8),
        AttrDesc::new("gbp", "IFLA_VXLAN_GBP", 23, AttrType::Flag),
        AttrDesc::new(
            "remcsum-nopartial",
            "IFLA_VXLAN_REMCSUM_NOPARTIAL",
            24,
            AttrType::Flag,
        ),
        AttrDesc::new(
            "collect-metadata",
            "IFLA_VXLAN_COLLECT_METADATA",
            25,
            AttrType::U8,
        ),
        AttrDesc::new("label", "IFLA_VXLAN_LABEL", 26, AttrType::U32)
            .display(Display::Hex)
            .big_endian(),
        AttrDesc::new("gpe", "IFLA_VXLAN_GPE", 27, AttrType::Flag),
        AttrDesc::new("ttl-inherit", "IFLA_VXLAN_TTL_INHERIT", 28, AttrType::Flag).max_len(1),
        AttrDesc::new("df", "IFLA_VXLAN_DF", 29, AttrType::U8).enumeration(&VXLAN_DF),
        AttrDesc::new("vnifilter", "IFLA_VXLAN_VNIFILTER", 30, AttrType::U8),
        AttrDesc::new("localbypass", "IFLA_VXLAN_LOCALBYPASS", 31, AttrType::U8).max(1),
        AttrDesc::new("label-policy", "IFLA_VXLAN_LABEL_POLICY", 32, AttrType::U32)
            .enumeration(&VXLAN_LABEL_POLICY)
            .max(1),
        AttrDesc::new(
            "reserved-bits",
            "IFLA_VXLAN_RESERVED_BITS",
            33,
            AttrType::Binary,
        )
        .display(Display::Hex)
        .exact_len(8),
        AttrDesc::new("mc-route", "IFLA_VXLAN_MC_ROUTE", 34, AttrType::U8).max(1),
    ],
);

/// The `linkinfo-macvlan-attrs` attribute set, indexed by type.
pub static LINKINFO_MACVLAN_ATTRS: AttrSet = AttrSet::new(
    "linkinfo-macvlan-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("mode", "IFLA_MACVLAN_MODE", 1, AttrType::U32).enumeration(&MACVLAN_MODE),
        AttrDesc::new("flags", "IFLA_MACVLAN_FLAGS", 2, AttrType::U16).enumeration(&MACVLAN_FLAGS),
        AttrDesc::new(
            "macaddr-mode",
            "IFLA_MACVLAN_MACADDR_MODE",
            3,
            AttrType::U32,
        )
        .enumeration(&MACVLAN_MACADDR_MODE),
        AttrDesc::new("macaddr", "IFLA_MACVLAN_MACADDR", 4, AttrType::Binary)
            .display(Display::Mac)
            .multi(),
        AttrDesc::new(
            "macaddr-data",
            "IFLA_MACVLAN_MACADDR_DATA",
            5,
            AttrType::Nest,
        )
        .nested(&LINKINFO_MACVLAN_ATTRS),
        AttrDesc::new(
            "macaddr-count",
            "IFLA_MACVLAN_MACADDR_COUNT",
            6,
            AttrType::U32,
        ),
        AttrDesc::new(
            "bc-queue-len",
            "IFLA_MACVLAN_BC_QUEUE_LEN",
            7,
            AttrType::U32,
        ),
        AttrDesc::new(
            "bc-queue-len-used",
            "IFLA_MACVLAN_BC_QUEUE_LEN_USED",
            8,
            AttrType::U32,
        ),
        AttrDesc::new("bc-cutoff", "IFLA_MACVLAN_BC_CUTOFF", 9, AttrType::S32),
    ],
);

/// The `linkinfo-ipvlan-attrs` attribute set, indexed by type.
pub static LINKINFO_IPVLAN_ATTRS: AttrSet = AttrSet::new(
    "linkinfo-ipvlan-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("mode", "IFLA_IPVLAN_MODE", 1, AttrType::U16).enumeration(&IPVLAN_MODE),
        AttrDesc::new("flags", "IFLA_IPVLAN_FLAGS", 2, AttrType::U16).enumeration(&IPVLAN_FLAGS),
    ],
);

/// The `linkinfo-xfrm-attrs` attribute set, indexed by type.
pub static LINKINFO_XFRM_ATTRS: AttrSet = AttrSet::new(
    "linkinfo-xfrm-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("link", "IFLA_XFRM_LINK", 1, AttrType::U32),
        AttrDesc::new("if-id", "IFLA_XFRM_IF_ID", 2, AttrType::U32),
        AttrDesc::new(
            "collect-metadata",
            "IFLA_XFRM_COLLECT_METADATA",
            3,
            AttrType::Flag,
        ),
    ],
);

/// The `linkinfo-bareudp-attrs` attribute set, indexed by type.
pub static LINKINFO_BAREUDP_ATTRS: AttrSet = AttrSet::new(
    "linkinfo-bareudp-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("port", "IFLA_BAREUDP_PORT", 1, AttrType::U16).big_endian(),
        AttrDesc::new("ethertype", "IFLA_BAREUDP_ETHERTYPE", 2, AttrType::U16)
            .display(Display::Hex)
            .big_endian(),
        AttrDesc::new("srcport-min", "IFLA_BAREUDP_SRCPORT_MIN", 3, AttrType::U16),
        AttrDesc::new(
            "multiproto-mode",
            "IFLA_BAREUDP_MULTIPROTO_MODE",
            4,
            AttrType::Flag,
        ),
    ],
);

/// The `linkinfo-ipoib-attrs` attribute set, indexed by type.
pub static LINKINFO_IPOIB_ATTRS: AttrSet = AttrSet::new(
    "linkinfo-ipoib-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("pkey", "IFLA_IPOIB_PKEY", 1, AttrType::U16).display(Display::Hex),
        AttrDesc::new("mode", "IFLA_IPOIB_MODE", 2, AttrType::U16).enumeration(&IPOIB_MODE),
        AttrDesc::new("umcast", "IFLA_IPOIB_UMCAST", 3, AttrType::U16),
    ],
);

/// The `linkinfo-macsec-attrs` attribute set, indexed by type.
pub static LINKINFO_MACSEC_ATTRS: AttrSet = AttrSet::new(
    "linkinfo-macsec-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("sci", "IFLA_MACSEC_SCI", 1, AttrType::U64)
            .display(Display::Hex)
            .big_endian(),
        AttrDesc::new("port", "IFLA_MACSEC_PORT", 2, AttrType::U16).big_endian(),
        AttrDesc::new("icv-len", "IFLA_MACSEC_ICV_LEN", 3, AttrType::U8),
        AttrDesc::new("cipher-suite", "IFLA_MACSEC_CIPHER_SUITE", 4, AttrType::U64)
            .display(Display::Hex),
        AttrDesc::new("window", "IFLA_MACSEC_WINDOW", 5, AttrType::U32),
        AttrDesc::new("encoding-sa", "IFLA_MACSEC_ENCODING_SA", 6, AttrType::U8),
        AttrDesc::new("encrypt", "IFLA_MACSEC_ENCRYPT", 7, AttrType::U8),
        AttrDesc::new("protect", "IFLA_MACSEC_PROTECT", 8, AttrType::U8),
        AttrDesc::new("inc-sci", "IFLA_MACSEC_INC_SCI", 9, AttrType::U8),
        AttrDesc::new("es", "IFLA_MACSEC_ES", 10, AttrType::U8),
        AttrDesc::new("scb", "IFLA_MACSEC_SCB", 11, AttrType::U8),
        AttrDesc::new(
            "replay-protect",
            "IFLA_MACSEC_REPLAY_PROTECT",
            12,
            AttrType::U8,
        ),
        AttrDesc::new("validation", "IFLA_MACSEC_VALIDATION", 13, AttrType::U8)
            .enumeration(&MACSEC_VALIDATION),
        AttrDesc::new("pad", "IFLA_MACSEC_PAD", 14, AttrType::Pad),
        AttrDesc::new("offload", "IFLA_MACSEC_OFFLOAD", 15, AttrType::U8)
            .enumeration(&MACSEC_OFFLOAD),
    ],
);

/// The `linkinfo-data-msg` sub-message, by selector value.
pub static LINKINFO_DATA_MSG: SubMessage = SubMessage::new(
    "linkinfo-data-msg",
    1,
    &[
        SubVariant {
            value: "bond",
            header: None,
            attrs: Some(&LINKINFO_BOND_ATTRS),
        },
        SubVariant {
            value: "bridge",
            header: None,
            attrs: Some(&LINKINFO_BRIDGE_ATTRS),
        },
        SubVariant {
            value: "erspan",
            header: None,
            attrs: Some(&LINKINFO_GRE_ATTRS),
        },
        SubVariant {
            value: "gre",
            header: None,
            attrs: Some(&LINKINFO_GRE_ATTRS),
        },
        SubVariant {
            value: "gretap",
            header: None,
            attrs: Some(&LINKINFO_GRE_ATTRS),
        },
        SubVariant {
            value: "ip6gre",
            header: None,
            attrs: Some(&LINKINFO_GRE6_ATTRS),
        },
        SubVariant {
            value: "geneve",
            header: None,
            attrs: Some(&LINKINFO_GENEVE_ATTRS),
        },
        SubVariant {
            value: "hsr",
            header: None,
            attrs: Some(&LINKINFO_HSR_ATTRS),
        },
        SubVariant {
            value: "ipip",
            header: None,
            attrs: Some(&LINKINFO_IPTUN_ATTRS),
        },
        SubVariant {
            value: "ip6tnl",
            header: None,
            attrs: Some(&LINKINFO_IP6TNL_ATTRS),
        },
        SubVariant {
            value: "sit",
            header: None,
            attrs: Some(&LINKINFO_IPTUN_ATTRS),
        },
        SubVariant {
            value: "tun",
            header: None,
            attrs: Some(&LINKINFO_TUN_ATTRS),
        },
        SubVariant {
            value: "vlan",
            header: None,
            attrs: Some(&LINKINFO_VLAN_ATTRS),
        },
        SubVariant {
            value: "vrf",
            header: None,
            attrs: Some(&LINKINFO_VRF_ATTRS),
        },
        SubVariant {
            value: "vti",
            header: None,
            attrs: Some(&LINKINFO_VTI_ATTRS),
        },
        SubVariant {
            value: "vti6",
            header: None,
            attrs: Some(&LINKINFO_VTI6_ATTRS),
        },
        SubVariant {
            value: "netkit",
            header: None,
            attrs: Some(&LINKINFO_NETKIT_ATTRS),
        },
        SubVariant {
            value: "ovpn",
            header: None,
            attrs: Some(&LINKINFO_OVPN_ATTRS),
        },
        SubVariant {
            value: "veth",
            header: None,
            attrs: Some(&LINKINFO_VETH_ATTRS),
        },
        SubVariant {
            value: "vxcan",
            header: None,
            attrs: Some(&LINKINFO_VXCAN_ATTRS),
        },
        SubVariant {
            value: "vxlan",
            header: None,
            attrs: Some(&LINKINFO_VXLAN_ATTRS),
        },
        SubVariant {
            value: "macvlan",
            header: None,
            attrs: Some(&LINKINFO_MACVLAN_ATTRS),
        },
        SubVariant {
            value: "macvtap",
            header: None,
            attrs: Some(&LINKINFO_MACVLAN_ATTRS),
        },
        SubVariant {
            value: "ipvlan",
            header: None,
            attrs: Some(&LINKINFO_IPVLAN_ATTRS),
        },
        SubVariant {
            value: "ipvtap",
            header: None,
            attrs: Some(&LINKINFO_IPVLAN_ATTRS),
        },
        SubVariant {
            value: "xfrm",
            header: None,
            attrs: Some(&LINKINFO_XFRM_ATTRS),
        },
        SubVariant {
            value: "bareudp",
            header: None,
            attrs: Some(&LINKINFO_BAREUDP_ATTRS),
        },
        SubVariant {
            value: "ipoib",
            header: None,
            attrs: Some(&LINKINFO_IPOIB_ATTRS),
        },
        SubVariant {
            value: "macsec",
            header: None,
            attrs: Some(&LINKINFO_MACSEC_ATTRS),
        },
        SubVariant {
            value: "ip6gretap",
            header: None,
            attrs: Some(&LINKINFO_GRE6_ATTRS),
        },
        SubVariant {
            value: "ip6erspan",
            header: None,
            attrs: Some(&LINKINFO_GRE6_ATTRS),
        },
    ],
);

/// The `linkinfo-member-data-msg` sub-message, by selector value.
pub static LINKINFO_MEMBER_DATA_MSG: SubMessage = SubMessage::new(
    "linkinfo-member-data-msg",
    4,
    &[
        SubVariant {
            value: "bridge",
            header: None,
            attrs: Some(&LINKINFO_BRPORT_ATTRS),
        },
        SubVariant {
            value: "bond",
            header: None,
            attrs: Some(&BOND_SLAVE_ATTRS),
        },
    ],
);
