//! The enums, flags and fixed structs of `rt-link`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

nl_flags! {
    /// The `ifinfo-flags` flags of `rt-link`.
    pub struct IfinfoFlags: u32 => tables::IFINFO_FLAGS {
        /// `IFF_UP`
        const UP = 1 << 0;
        /// `IFF_BROADCAST`
        const BROADCAST = 1 << 1;
        /// `IFF_DEBUG`
        const DEBUG = 1 << 2;
        /// `IFF_LOOPBACK`
        const LOOPBACK = 1 << 3;
        /// `IFF_POINTOPOINT`
        const POINT_TO_POINT = 1 << 4;
        /// `IFF_NOTRAILERS`
        const NO_TRAILERS = 1 << 5;
        /// `IFF_RUNNING`
        const RUNNING = 1 << 6;
        /// `IFF_NOARP`
        const NO_ARP = 1 << 7;
        /// `IFF_PROMISC`
        const PROMISC = 1 << 8;
        /// `IFF_ALLMULTI`
        const ALL_MULTI = 1 << 9;
        /// `IFF_MASTER`
        const MASTER = 1 << 10;
        /// `IFF_SLAVE`
        const SLAVE = 1 << 11;
        /// `IFF_MULTICAST`
        const MULTICAST = 1 << 12;
        /// `IFF_PORTSEL`
        const PORTSEL = 1 << 13;
        /// `IFF_AUTOMEDIA`
        const AUTO_MEDIA = 1 << 14;
        /// `IFF_DYNAMIC`
        const DYNAMIC = 1 << 15;
        /// `IFF_LOWER_UP`
        const LOWER_UP = 1 << 16;
        /// `IFF_DORMANT`
        const DORMANT = 1 << 17;
        /// `IFF_ECHO`
        const ECHO = 1 << 18;
    }
}

nl_enum! {
    /// The `vlan-protocols` enum of `rt-link`.
    pub enum VlanProtocols: u32 => tables::VLAN_PROTOCOLS {
        /// `ETH_P_8021Q`
        V8021q = 33024,
        /// `ETH_P_8021AD`
        V8021ad = 34984,
    }
}

nl_enum! {
    /// The `ipv4-devconf` enum of `rt-link`.
    pub enum Ipv4Devconf: u32 => tables::IPV4_DEVCONF {
        /// `IPV4_DEVCONF_FORWARDING`
        Forwarding = 1,
        /// `IPV4_DEVCONF_MC_FORWARDING`
        McForwarding = 2,
        /// `IPV4_DEVCONF_PROXY_ARP`
        ProxyArp = 3,
        /// `IPV4_DEVCONF_ACCEPT_REDIRECTS`
        AcceptRedirects = 4,
        /// `IPV4_DEVCONF_SECURE_REDIRECTS`
        SecureRedirects = 5,
        /// `IPV4_DEVCONF_SEND_REDIRECTS`
        SendRedirects = 6,
        /// `IPV4_DEVCONF_SHARED_MEDIA`
        SharedMedia = 7,
        /// `IPV4_DEVCONF_RP_FILTER`
        RpFilter = 8,
        /// `IPV4_DEVCONF_ACCEPT_SOURCE_ROUTE`
        AcceptSourceRoute = 9,
        /// `IPV4_DEVCONF_BOOTP_RELAY`
        BootpRelay = 10,
        /// `IPV4_DEVCONF_LOG_MARTIANS`
        LogMartians = 11,
        /// `IPV4_DEVCONF_TAG`
        Tag = 12,
        /// `IPV4_DEVCONF_ARPFILTER`
        Arpfilter = 13,
        /// `IPV4_DEVCONF_MEDIUM_ID`
        MediumId = 14,
        /// `IPV4_DEVCONF_NOXFRM`
        Noxfrm = 15,
        /// `IPV4_DEVCONF_NOPOLICY`
        Nopolicy = 16,
        /// `IPV4_DEVCONF_FORCE_IGMP_VERSION`
        ForceIgmpVersion = 17,
        /// `IPV4_DEVCONF_ARP_ANNOUNCE`
        ArpAnnounce = 18,
        /// `IPV4_DEVCONF_ARP_IGNORE`
        ArpIgnore = 19,
        /// `IPV4_DEVCONF_PROMOTE_SECONDARIES`
        PromoteSecondaries = 20,
        /// `IPV4_DEVCONF_ARP_ACCEPT`
        ArpAccept = 21,
        /// `IPV4_DEVCONF_ARP_NOTIFY`
        ArpNotify = 22,
        /// `IPV4_DEVCONF_ACCEPT_LOCAL`
        AcceptLocal = 23,
        /// `IPV4_DEVCONF_SRC_VMARK`
        SrcVmark = 24,
        /// `IPV4_DEVCONF_PROXY_ARP_PVLAN`
        ProxyArpPvlan = 25,
        /// `IPV4_DEVCONF_ROUTE_LOCALNET`
        RouteLocalnet = 26,
        /// `IPV4_DEVCONF_IGMPV2_UNSOLICITED_REPORT_INTERVAL`
        Igmpv2UnsolicitedReportInterval = 27,
        /// `IPV4_DEVCONF_IGMPV3_UNSOLICITED_REPORT_INTERVAL`
        Igmpv3UnsolicitedReportInterval = 28,
        /// `IPV4_DEVCONF_IGNORE_ROUTES_WITH_LINKDOWN`
        IgnoreRoutesWithLinkdown = 29,
        /// `IPV4_DEVCONF_DROP_UNICAST_IN_L2_MULTICAST`
        DropUnicastInL2Multicast = 30,
        /// `IPV4_DEVCONF_DROP_GRATUITOUS_ARP`
        DropGratuitousArp = 31,
        /// `IPV4_DEVCONF_BC_FORWARDING`
        BcForwarding = 32,
        /// `IPV4_DEVCONF_ARP_EVICT_NOCARRIER`
        ArpEvictNocarrier = 33,
    }
}

nl_enum! {
    /// The `ipv6-devconf` enum of `rt-link`.
    pub enum Ipv6Devconf: u32 => tables::IPV6_DEVCONF {
        /// `DEVCONF_FORWARDING`
        Forwarding = 0,
        /// `DEVCONF_HOPLIMIT`
        Hoplimit = 1,
        /// `DEVCONF_MTU6`
        Mtu6 = 2,
        /// `DEVCONF_ACCEPT_RA`
        AcceptRa = 3,
        /// `DEVCONF_ACCEPT_REDIRECTS`
        AcceptRedirects = 4,
        /// `DEVCONF_AUTOCONF`
        Autoconf = 5,
        /// `DEVCONF_DAD_TRANSMITS`
        DadTransmits = 6,
        /// `DEVCONF_RTR_SOLICITS`
        RtrSolicits = 7,
        /// `DEVCONF_RTR_SOLICIT_INTERVAL`
        RtrSolicitInterval = 8,
        /// `DEVCONF_RTR_SOLICIT_DELAY`
        RtrSolicitDelay = 9,
        /// `DEVCONF_USE_TEMPADDR`
        UseTempaddr = 10,
        /// `DEVCONF_TEMP_VALID_LFT`
        TempValidLft = 11,
        /// `DEVCONF_TEMP_PREFERED_LFT`
        TempPreferedLft = 12,
        /// `DEVCONF_REGEN_MAX_RETRY`
        RegenMaxRetry = 13,
        /// `DEVCONF_MAX_DESYNC_FACTOR`
        MaxDesyncFactor = 14,
        /// `DEVCONF_MAX_ADDRESSES`
        MaxAddresses = 15,
        /// `DEVCONF_FORCE_MLD_VERSION`
        ForceMldVersion = 16,
        /// `DEVCONF_ACCEPT_RA_DEFRTR`
        AcceptRaDefrtr = 17,
        /// `DEVCONF_ACCEPT_RA_PINFO`
        AcceptRaPinfo = 18,
        /// `DEVCONF_ACCEPT_RA_RTR_PREF`
        AcceptRaRtrPref = 19,
        /// `DEVCONF_RTR_PROBE_INTERVAL`
        RtrProbeInterval = 20,
        /// `DEVCONF_ACCEPT_RA_RT_INFO_MAX_PLEN`
        AcceptRaRtInfoMaxPlen = 21,
        /// `DEVCONF_PROXY_NDP`
        ProxyNdp = 22,
        /// `DEVCONF_OPTIMISTIC_DAD`
        OptimisticDad = 23,
        /// `DEVCONF_ACCEPT_SOURCE_ROUTE`
        AcceptSourceRoute = 24,
        /// `DEVCONF_MC_FORWARDING`
        McForwarding = 25,
        /// `DEVCONF_DISABLE_IPV6`
        DisableIpv6 = 26,
        /// `DEVCONF_ACCEPT_DAD`
        AcceptDad = 27,
        /// `DEVCONF_FORCE_TLLAO`
        ForceTllao = 28,
        /// `DEVCONF_NDISC_NOTIFY`
        NdiscNotify = 29,
        /// `DEVCONF_MLDV1_UNSOLICITED_REPORT_INTERVAL`
        Mldv1UnsolicitedReportInterval = 30,
        /// `DEVCONF_MLDV2_UNSOLICITED_REPORT_INTERVAL`
        Mldv2UnsolicitedReportInterval = 31,
        /// `DEVCONF_SUPPRESS_FRAG_NDISC`
        SuppressFragNdisc = 32,
        /// `DEVCONF_ACCEPT_RA_FROM_LOCAL`
        AcceptRaFromLocal = 33,
        /// `DEVCONF_USE_OPTIMISTIC`
        UseOptimistic = 34,
        /// `DEVCONF_ACCEPT_RA_MTU`
        AcceptRaMtu = 35,
        /// `DEVCONF_STABLE_SECRET`
        StableSecret = 36,
        /// `DEVCONF_USE_OIF_ADDRS_ONLY`
        UseOifAddrsOnly = 37,
        /// `DEVCONF_ACCEPT_RA_MIN_HOP_LIMIT`
        AcceptRaMinHopLimit = 38,
        /// `DEVCONF_IGNORE_ROUTES_WITH_LINKDOWN`
        IgnoreRoutesWithLinkdown = 39,
        /// `DEVCONF_DROP_UNICAST_IN_L2_MULTICAST`
        DropUnicastInL2Multicast = 40,
        /// `DEVCONF_DROP_UNSOLICITED_NA`
        DropUnsolicitedNa = 41,
        /// `DEVCONF_KEEP_ADDR_ON_DOWN`
        KeepAddrOnDown = 42,
        /// `DEVCONF_RTR_SOLICIT_MAX_INTERVAL`
        RtrSolicitMaxInterval = 43,
        /// `DEVCONF_SEG6_ENABLED`
        Seg6Enabled = 44,
        /// `DEVCONF_SEG6_REQUIRE_HMAC`
        Seg6RequireHmac = 45,
        /// `DEVCONF_ENHANCED_DAD`
        EnhancedDad = 46,
        /// `DEVCONF_ADDR_GEN_MODE`
        AddrGenMode = 47,
        /// `DEVCONF_DISABLE_POLICY`
        DisablePolicy = 48,
        /// `DEVCONF_ACCEPT_RA_RT_INFO_MIN_PLEN`
        AcceptRaRtInfoMinPlen = 49,
        /// `DEVCONF_NDISC_TCLASS`
        NdiscTclass = 50,
        /// `DEVCONF_RPL_SEG_ENABLED`
        RplSegEnabled = 51,
        /// `DEVCONF_RA_DEFRTR_METRIC`
        RaDefrtrMetric = 52,
        /// `DEVCONF_IOAM6_ENABLED`
        Ioam6Enabled = 53,
        /// `DEVCONF_IOAM6_ID`
        Ioam6Id = 54,
        /// `DEVCONF_IOAM6_ID_WIDE`
        Ioam6IdWide = 55,
        /// `DEVCONF_NDISC_EVICT_NOCARRIER`
        NdiscEvictNocarrier = 56,
        /// `DEVCONF_ACCEPT_UNTRACKED_NA`
        AcceptUntrackedNa = 57,
    }
}

nl_enum! {
    /// The `ifla-icmp6-stats` enum of `rt-link`.
    pub enum IflaIcmp6Stats: u32 => tables::IFLA_ICMP6_STATS {
        /// `ICMP6_MIB_NUM`
        Num = 0,
        /// `ICMP6_MIB_INMSGS`
        Inmsgs = 1,
        /// `ICMP6_MIB_INERRORS`
        Inerrors = 2,
        /// `ICMP6_MIB_OUTMSGS`
        Outmsgs = 3,
        /// `ICMP6_MIB_OUTERRORS`
        Outerrors = 4,
        /// `ICMP6_MIB_CSUMERRORS`
        Csumerrors = 5,
        /// `ICMP6_MIB_RATELIMITHOST`
        Ratelimithost = 6,
    }
}

nl_enum! {
    /// The `ifla-inet6-stats` enum of `rt-link`.
    pub enum IflaInet6Stats: u32 => tables::IFLA_INET6_STATS {
        /// `RT_LINK_IFLA_INET6_STATS_NUM`
        Num = 0,
        /// `RT_LINK_IFLA_INET6_STATS_INPKTS`
        Inpkts = 1,
        /// `RT_LINK_IFLA_INET6_STATS_INOCTETS`
        Inoctets = 2,
        /// `RT_LINK_IFLA_INET6_STATS_INDELIVERS`
        Indelivers = 3,
        /// `RT_LINK_IFLA_INET6_STATS_OUTFORWDATAGRAMS`
        Outforwdatagrams = 4,
        /// `RT_LINK_IFLA_INET6_STATS_OUTPKTS`
        Outpkts = 5,
        /// `RT_LINK_IFLA_INET6_STATS_OUTOCTETS`
        Outoctets = 6,
        /// `RT_LINK_IFLA_INET6_STATS_INHDRERRORS`
        Inhdrerrors = 7,
        /// `RT_LINK_IFLA_INET6_STATS_INTOOBIGERRORS`
        Intoobigerrors = 8,
        /// `RT_LINK_IFLA_INET6_STATS_INNOROUTES`
        Innoroutes = 9,
        /// `RT_LINK_IFLA_INET6_STATS_INADDRERRORS`
        Inaddrerrors = 10,
        /// `RT_LINK_IFLA_INET6_STATS_INUNKNOWNPROTOS`
        Inunknownprotos = 11,
        /// `RT_LINK_IFLA_INET6_STATS_INTRUNCATEDPKTS`
        Intruncatedpkts = 12,
        /// `RT_LINK_IFLA_INET6_STATS_INDISCARDS`
        Indiscards = 13,
        /// `RT_LINK_IFLA_INET6_STATS_OUTDISCARDS`
        Outdiscards = 14,
        /// `RT_LINK_IFLA_INET6_STATS_OUTNOROUTES`
        Outnoroutes = 15,
        /// `RT_LINK_IFLA_INET6_STATS_REASMTIMEOUT`
        Reasmtimeout = 16,
        /// `RT_LINK_IFLA_INET6_STATS_REASMREQDS`
        Reasmreqds = 17,
        /// `RT_LINK_IFLA_INET6_STATS_REASMOKS`
        Reasmoks = 18,
        /// `RT_LINK_IFLA_INET6_STATS_REASMFAILS`
        Reasmfails = 19,
        /// `RT_LINK_IFLA_INET6_STATS_FRAGOKS`
        Fragoks = 20,
        /// `RT_LINK_IFLA_INET6_STATS_FRAGFAILS`
        Fragfails = 21,
        /// `RT_LINK_IFLA_INET6_STATS_FRAGCREATES`
        Fragcreates = 22,
        /// `RT_LINK_IFLA_INET6_STATS_INMCASTPKTS`
        Inmcastpkts = 23,
        /// `RT_LINK_IFLA_INET6_STATS_OUTMCASTPKTS`
        Outmcastpkts = 24,
        /// `RT_LINK_IFLA_INET6_STATS_INBCASTPKTS`
        Inbcastpkts = 25,
        /// `RT_LINK_IFLA_INET6_STATS_OUTBCASTPKTS`
        Outbcastpkts = 26,
        /// `RT_LINK_IFLA_INET6_STATS_INMCASTOCTETS`
        Inmcastoctets = 27,
        /// `RT_LINK_IFLA_INET6_STATS_OUTMCASTOCTETS`
        Outmcastoctets = 28,
        /// `RT_LINK_IFLA_INET6_STATS_INBCASTOCTETS`
        Inbcastoctets = 29,
        /// `RT_LINK_IFLA_INET6_STATS_OUTBCASTOCTETS`
        Outbcastoctets = 30,
        /// `RT_LINK_IFLA_INET6_STATS_CSUMERRORS`
        Csumerrors = 31,
        /// `RT_LINK_IFLA_INET6_STATS_NOECTPKTS`
        Noectpkts = 32,
        /// `RT_LINK_IFLA_INET6_STATS_ECT1_PKTS`
        Ect1Pkts = 33,
        /// `RT_LINK_IFLA_INET6_STATS_ECT0_PKTS`
        Ect0Pkts = 34,
        /// `RT_LINK_IFLA_INET6_STATS_CEPKTS`
        Cepkts = 35,
        /// `RT_LINK_IFLA_INET6_STATS_REASM_OVERLAPS`
        ReasmOverlaps = 36,
    }
}

nl_flags! {
    /// The `vlan-flags` flags of `rt-link`.
    pub struct VlanFlags: u32 => tables::VLAN_FLAGS {
        /// `VLAN_FLAG_REORDER_HDR`
        const REORDER_HDR = 1 << 0;
        /// `VLAN_FLAG_GVRP`
        const GVRP = 1 << 1;
        /// `VLAN_FLAG_LOOSE_BINDING`
        const LOOSE_BINDING = 1 << 2;
        /// `VLAN_FLAG_MVRP`
        const MVRP = 1 << 3;
        /// `VLAN_FLAG_BRIDGE_BINDING`
        const BRIDGE_BINDING = 1 << 4;
    }
}

nl_enum! {
    /// The `ifla-vf-link-state-enum` enum of `rt-link`.
    pub enum IflaVfLinkStateEnum: u32 => tables::IFLA_VF_LINK_STATE_ENUM {
        /// `IFLA_VF_LINK_STATE_AUTO`
        Auto = 0,
        /// `IFLA_VF_LINK_STATE_ENABLE`
        Enable = 1,
        /// `IFLA_VF_LINK_STATE_DISABLE`
        Disable = 2,
    }
}

nl_flags! {
    /// The `rtext-filter` flags of `rt-link`.
    pub struct RtextFilter: u32 => tables::RTEXT_FILTER {
        /// `RTEXT_FILTER_VF`
        const VF = 1 << 0;
        /// `RTEXT_FILTER_BRVLAN`
        const BRVLAN = 1 << 1;
        /// `RTEXT_FILTER_BRVLAN_COMPRESSED`
        const BRVLAN_COMPRESSED = 1 << 2;
        /// `RTEXT_FILTER_SKIP_STATS`
        const SKIP_STATS = 1 << 3;
        /// `RTEXT_FILTER_MRP`
        const MRP = 1 << 4;
        /// `RTEXT_FILTER_CFM_CONFIG`
        const CFM_CONFIG = 1 << 5;
        /// `RTEXT_FILTER_CFM_STATUS`
        const CFM_STATUS = 1 << 6;
        /// `RTEXT_FILTER_MST`
        const MST = 1 << 7;
    }
}

nl_enum! {
    /// The `netkit-policy` enum of `rt-link`.
    pub enum NetkitPolicy: u32 => tables::NETKIT_POLICY {
        /// `NETKIT_PASS`
        Forward = 0,
        /// `NETKIT_DROP`
        Blackhole = 2,
    }
}

nl_enum! {
    /// The `netkit-mode` enum of `rt-link`.
    pub enum NetkitMode: u32 => tables::NETKIT_MODE {
        /// `NETKIT_L2`
        L2 = 0,
        /// `NETKIT_L3`
        L3 = 1,
    }
}

nl_enum! {
    /// The `netkit-scrub` enum of `rt-link`.
    pub enum NetkitScrub: u32 => tables::NETKIT_SCRUB {
        /// `NETKIT_SCRUB_NONE`
        None = 0,
        /// `NETKIT_SCRUB_DEFAULT`
        Default = 1,
    }
}

nl_enum! {
    /// The `netkit-pairing` enum of `rt-link`.
    pub enum NetkitPairing: u32 => tables::NETKIT_PAIRING {
        /// `NETKIT_DEVICE_PAIR`
        Pair = 0,
        /// `NETKIT_DEVICE_SINGLE`
        Single = 1,
    }
}

nl_enum! {
    /// The `ovpn-mode` enum of `rt-link`.
    pub enum OvpnMode: u32 => tables::OVPN_MODE {
        /// `OVPN_MODE_P2P`
        P2p = 0,
        /// `OVPN_MODE_MP`
        Mp = 1,
    }
}

nl_enum! {
    /// The `br-stp-mode` enum of `rt-link`.
    pub enum BrStpMode: u32 => tables::BR_STP_MODE {
        /// `BR_STP_MODE_AUTO`
        Auto = 0,
        /// `BR_STP_MODE_USER`
        User = 1,
        /// `BR_STP_MODE_KERNEL`
        Kernel = 2,
    }
}

/// The `address-family` enum of `rt-link`: the same definition as [`rt_addr`](crate::rt_addr), so one
/// type serves every family that has it.
pub use crate::rt_addr::AddressFamily;

nl_enum! {
    /// The `arphrd` enum of `rt-link`.
    pub enum Arphrd: u32 => tables::ARPHRD {
        /// `ARPHRD_NETROM`
        Netrom = 0,
        /// `ARPHRD_ETHER`
        Ether = 1,
        /// `ARPHRD_EETHER`
        Eether = 2,
        /// `ARPHRD_AX25`
        Ax25 = 3,
        /// `ARPHRD_PRONET`
        Pronet = 4,
        /// `ARPHRD_CHAOS`
        Chaos = 5,
        /// `ARPHRD_IEEE802`
        Ieee802 = 6,
        /// `ARPHRD_ARCNET`
        Arcnet = 7,
        /// `ARPHRD_APPLETLK`
        Appletlk = 8,
        /// `ARPHRD_DLCI`
        Dlci = 15,
        /// `ARPHRD_ATM`
        Atm = 19,
        /// `ARPHRD_METRICOM`
        Metricom = 23,
        /// `ARPHRD_IEEE1394`
        Ieee1394 = 24,
        /// `ARPHRD_EUI64`
        Eui64 = 27,
        /// `ARPHRD_INFINIBAND`
        Infiniband = 32,
        /// `ARPHRD_SLIP`
        Slip = 256,
        /// `ARPHRD_CSLIP`
        Cslip = 257,
        /// `ARPHRD_SLIP6`
        Slip6 = 258,
        /// `ARPHRD_CSLIP6`
        Cslip6 = 259,
        /// `ARPHRD_RSRVD`
        Rsrvd = 260,
        /// `ARPHRD_ADAPT`
        Adapt = 264,
        /// `ARPHRD_ROSE`
        Rose = 270,
        /// `ARPHRD_X25`
        X25 = 271,
        /// `ARPHRD_HWX25`
        Hwx25 = 272,
        /// `ARPHRD_CAN`
        Can = 280,
        /// `ARPHRD_MCTP`
        Mctp = 290,
        /// `ARPHRD_PPP`
        Ppp = 512,
        /// `ARPHRD_CISCO`
        Cisco = 513,
        /// `ARPHRD_LAPB`
        Lapb = 516,
        /// `ARPHRD_DDCMP`
        Ddcmp = 517,
        /// `ARPHRD_RAWHDLC`
        Rawhdlc = 518,
        /// `ARPHRD_RAWIP`
        Rawip = 519,
        /// `ARPHRD_TUNNEL`
        Tunnel = 768,
        /// `ARPHRD_TUNNEL6`
        Tunnel6 = 769,
        /// `ARPHRD_FRAD`
        Frad = 770,
        /// `ARPHRD_SKIP`
        Skip = 771,
        /// `ARPHRD_LOOPBACK`
        Loopback = 772,
        /// `ARPHRD_LOCALTLK`
        Localtlk = 773,
        /// `ARPHRD_FDDI`
        Fddi = 774,
        /// `ARPHRD_BIF`
        Bif = 775,
        /// `ARPHRD_SIT`
        Sit = 776,
        /// `ARPHRD_IPDDP`
        Ipddp = 777,
        /// `ARPHRD_IPGRE`
        Ipgre = 778,
        /// `ARPHRD_PIMREG`
        Pimreg = 779,
        /// `ARPHRD_HIPPI`
        Hippi = 780,
        /// `ARPHRD_ASH`
        Ash = 781,
        /// `ARPHRD_ECONET`
        Econet = 782,
        /// `ARPHRD_IRDA`
        Irda = 783,
        /// `ARPHRD_FCPP`
        Fcpp = 784,
        /// `ARPHRD_FCAL`
        Fcal = 785,
        /// `ARPHRD_FCPL`
        Fcpl = 786,
        /// `ARPHRD_FCFABRIC`
        Fcfabric = 787,
        /// `ARPHRD_IEEE802_TR`
        Ieee802Tr = 800,
        /// `ARPHRD_IEEE80211`
        Ieee80211 = 801,
        /// `ARPHRD_IEEE80211_PRISM`
        Ieee80211Prism = 802,
        /// `ARPHRD_IEEE80211_RADIOTAP`
        Ieee80211Radiotap = 803,
        /// `ARPHRD_IEEE802154`
        Ieee802154 = 804,
        /// `ARPHRD_IEEE802154_MONITOR`
        Ieee802154Monitor = 805,
        /// `ARPHRD_PHONET`
        Phonet = 820,
        /// `ARPHRD_PHONET_PIPE`
        PhonetPipe = 821,
        /// `ARPHRD_CAIF`
        Caif = 822,
        /// `ARPHRD_IP6GRE`
        Ip6gre = 823,
        /// `ARPHRD_NETLINK`
        Netlink = 824,
        /// `ARPHRD_6LOWPAN`
        V6lowpan = 825,
        /// `ARPHRD_VSOCKMON`
        Vsockmon = 826,
        /// `ARPHRD_NONE`
        None = 65534,
        /// `ARPHRD_VOID`
        Void = 65535,
    }
}

nl_enum! {
    /// The `oper-state` enum of `rt-link`.
    pub enum OperState: u32 => tables::OPER_STATE {
        /// `IF_OPER_UNKNOWN`
        Unknown = 0,
        /// `IF_OPER_NOTPRESENT`
        Notpresent = 1,
        /// `IF_OPER_DOWN`
        Down = 2,
        /// `IF_OPER_LOWERLAYERDOWN`
        Lowerlayerdown = 3,
        /// `IF_OPER_TESTING`
        Testing = 4,
        /// `IF_OPER_DORMANT`
        Dormant = 5,
        /// `IF_OPER_UP`
        Up = 6,
    }
}

nl_enum! {
    /// The `link-mode` enum of `rt-link`.
    pub enum LinkMode: u32 => tables::LINK_MODE {
        /// `IF_LINK_MODE_DEFAULT`
        Default = 0,
        /// `IF_LINK_MODE_DORMANT`
        Dormant = 1,
        /// `IF_LINK_MODE_TESTING`
        Testing = 2,
    }
}

nl_enum! {
    /// The `link-event` enum of `rt-link`.
    pub enum LinkEvent: u32 => tables::LINK_EVENT {
        /// `IFLA_EVENT_NONE`
        None = 0,
        /// `IFLA_EVENT_REBOOT`
        Reboot = 1,
        /// `IFLA_EVENT_FEATURES`
        Features = 2,
        /// `IFLA_EVENT_BONDING_FAILOVER`
        BondingFailover = 3,
        /// `IFLA_EVENT_NOTIFY_PEERS`
        NotifyPeers = 4,
        /// `IFLA_EVENT_IGMP_RESEND`
        IgmpResend = 5,
        /// `IFLA_EVENT_BONDING_OPTIONS`
        BondingOptions = 6,
    }
}

nl_enum! {
    /// The `xdp-attached` enum of `rt-link`.
    pub enum XdpAttached: u32 => tables::XDP_ATTACHED {
        /// `XDP_ATTACHED_NONE`
        None = 0,
        /// `XDP_ATTACHED_DRV`
        Drv = 1,
        /// `XDP_ATTACHED_SKB`
        Skb = 2,
        /// `XDP_ATTACHED_HW`
        Hw = 3,
        /// `XDP_ATTACHED_MULTI`
        Multi = 4,
    }
}

nl_flags! {
    /// The `xdp-flags` flags of `rt-link`.
    pub struct XdpFlags: u32 => tables::XDP_FLAGS {
        /// `XDP_FLAGS_UPDATE_IF_NOEXIST`
        const UPDATE_IF_NOEXIST = 1 << 0;
        /// `XDP_FLAGS_SKB_MODE`
        const SKB_MODE = 1 << 1;
        /// `XDP_FLAGS_DRV_MODE`
        const DRV_MODE = 1 << 2;
        /// `XDP_FLAGS_HW_MODE`
        const HW_MODE = 1 << 3;
        /// `XDP_FLAGS_REPLACE`
        const REPLACE = 1 << 4;
    }
}

nl_enum! {
    /// The `in6-addr-gen-mode` enum of `rt-link`.
    pub enum In6AddrGenMode: u32 => tables::IN6_ADDR_GEN_MODE {
        /// `IN6_ADDR_GEN_MODE_EUI64`
        Eui64 = 0,
        /// `IN6_ADDR_GEN_MODE_NONE`
        None = 1,
        /// `IN6_ADDR_GEN_MODE_STABLE_PRIVACY`
        StablePrivacy = 2,
        /// `IN6_ADDR_GEN_MODE_RANDOM`
        Random = 3,
    }
}

nl_enum! {
    /// The `hsr-protocol` enum of `rt-link`.
    pub enum HsrProtocol: u32 => tables::HSR_PROTOCOL {
        /// `HSR_PROTOCOL_HSR`
        Hsr = 0,
        /// `HSR_PROTOCOL_PRP`
        Prp = 1,
    }
}

nl_enum! {
    /// The `geneve-df` enum of `rt-link`.
    pub enum GeneveDf: u32 => tables::GENEVE_DF {
        /// `GENEVE_DF_UNSET`
        Unset = 0,
        /// `GENEVE_DF_SET`
        Set = 1,
        /// `GENEVE_DF_INHERIT`
        Inherit = 2,
    }
}

nl_enum! {
    /// The `vxlan-df` enum of `rt-link`.
    pub enum VxlanDf: u32 => tables::VXLAN_DF {
        /// `VXLAN_DF_UNSET`
        Unset = 0,
        /// `VXLAN_DF_SET`
        Set = 1,
        /// `VXLAN_DF_INHERIT`
        Inherit = 2,
    }
}

nl_enum! {
    /// The `vxlan-label-policy` enum of `rt-link`.
    pub enum VxlanLabelPolicy: u32 => tables::VXLAN_LABEL_POLICY {
        /// `VXLAN_LABEL_FIXED`
        Fixed = 0,
        /// `VXLAN_LABEL_INHERIT`
        Inherit = 1,
    }
}

nl_enum! {
    /// The `macvlan-mode` enum of `rt-link`.
    pub enum MacvlanMode: u32 => tables::MACVLAN_MODE {
        /// `MACVLAN_MODE_PRIVATE`
        Private = 1,
        /// `MACVLAN_MODE_VEPA`
        Vepa = 2,
        /// `MACVLAN_MODE_BRIDGE`
        Bridge = 4,
        /// `MACVLAN_MODE_PASSTHRU`
        Passthru = 8,
        /// `MACVLAN_MODE_SOURCE`
        Source = 16,
    }
}

nl_flags! {
    /// The `macvlan-flags` flags of `rt-link`.
    pub struct MacvlanFlags: u32 => tables::MACVLAN_FLAGS {
        /// `MACVLAN_FLAG_NOPROMISC`
        const NOPROMISC = 1 << 0;
        /// `MACVLAN_FLAG_NODST`
        const NODST = 1 << 1;
    }
}

nl_enum! {
    /// The `macvlan-macaddr-mode` enum of `rt-link`.
    pub enum MacvlanMacaddrMode: u32 => tables::MACVLAN_MACADDR_MODE {
        /// `MACVLAN_MACADDR_ADD`
        Add = 0,
        /// `MACVLAN_MACADDR_DEL`
        Del = 1,
        /// `MACVLAN_MACADDR_FLUSH`
        Flush = 2,
        /// `MACVLAN_MACADDR_SET`
        Set = 3,
    }
}

nl_enum! {
    /// The `ipvlan-mode` enum of `rt-link`.
    pub enum IpvlanMode: u32 => tables::IPVLAN_MODE {
        /// `IPVLAN_MODE_L2`
        L2 = 0,
        /// `IPVLAN_MODE_L3`
        L3 = 1,
        /// `IPVLAN_MODE_L3S`
        L3s = 2,
    }
}

nl_flags! {
    /// The `ipvlan-flags` flags of `rt-link`.
    pub struct IpvlanFlags: u32 => tables::IPVLAN_FLAGS {
        /// `IPVLAN_F_PRIVATE`
        const PRIVATE = 1 << 0;
        /// `IPVLAN_F_VEPA`
        const VEPA = 1 << 1;
    }
}

nl_enum! {
    /// The `ipoib-mode` enum of `rt-link`.
    pub enum IpoibMode: u32 => tables::IPOIB_MODE {
        /// `IPOIB_MODE_DATAGRAM`
        Datagram = 0,
        /// `IPOIB_MODE_CONNECTED`
        Connected = 1,
    }
}

nl_enum! {
    /// The `macsec-validation` enum of `rt-link`.
    pub enum MacsecValidation: u32 => tables::MACSEC_VALIDATION {
        /// `MACSEC_VALIDATE_DISABLED`
        Disabled = 0,
        /// `MACSEC_VALIDATE_CHECK`
        Check = 1,
        /// `MACSEC_VALIDATE_STRICT`
        Strict = 2,
    }
}

nl_enum! {
    /// The `macsec-offload` enum of `rt-link`.
    pub enum MacsecOffload: u32 => tables::MACSEC_OFFLOAD {
        /// `MACSEC_OFFLOAD_OFF`
        Off = 0,
        /// `MACSEC_OFFLOAD_PHY`
        Phy = 1,
        /// `MACSEC_OFFLOAD_MAC`
        Mac = 2,
    }
}

/// `struct rtgenmsg` (1 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rtgenmsg {
    /// `family`.
    pub family: AddressFamily,
}

impl Rtgenmsg {
    /// Size on the wire.
    pub const LEN: usize = 1;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::RTGENMSG
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            family: AddressFamily::from_value(rd::u8(b, 0) as u32),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u8(out, 0, self.family.value() as u8);
    }
}

fixed_struct!(Rtgenmsg);

/// `struct ifinfomsg` (16 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Ifinfomsg {
    /// `ifi-family`.
    pub ifi_family: AddressFamily,
    /// `ifi-type`.
    pub ifi_type: Arphrd,
    /// `ifi-index`.
    pub ifi_index: i32,
    /// `ifi-flags`.
    pub ifi_flags: IfinfoFlags,
    /// `ifi-change`.
    pub ifi_change: IfinfoFlags,
}

impl Ifinfomsg {
    /// Size on the wire.
    pub const LEN: usize = 16;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::IFINFOMSG
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            ifi_family: AddressFamily::from_value(rd::u8(b, 0) as u32),
            ifi_type: Arphrd::from_value(rd::u16(b, 2) as u32),
            ifi_index: rd::i32(b, 4),
            ifi_flags: IfinfoFlags(rd::u32(b, 8)),
            ifi_change: IfinfoFlags(rd::u32(b, 12)),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u8(out, 0, self.ifi_family.value() as u8);
        wr::u16(out, 2, self.ifi_type.value() as u16);
        wr::i32(out, 4, self.ifi_index);
        wr::u32(out, 8, self.ifi_flags.bits());
        wr::u32(out, 12, self.ifi_change.bits());
    }
}

fixed_struct!(Ifinfomsg);

/// `struct ifla_bridge_id` (8 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IflaBridgeId {
    /// `prio`.
    pub prio: u16,
    /// `addr`.
    pub addr: [u8; 6],
}

impl IflaBridgeId {
    /// Size on the wire.
    pub const LEN: usize = 8;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::IFLA_BRIDGE_ID
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            prio: rd::u16_be(b, 0),
            addr: rd::array::<6>(b, 2),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u16_be(out, 0, self.prio);
        wr::array(out, 2, &self.addr);
    }
}

fixed_struct!(IflaBridgeId);

/// `struct ifla_cacheinfo` (16 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IflaCacheinfo {
    /// `max-reasm-len`.
    pub max_reasm_len: u32,
    /// `tstamp`.
    pub tstamp: u32,
    /// `reachable-time`.
    pub reachable_time: i32,
    /// `retrans-time`.
    pub retrans_time: u32,
}

impl IflaCacheinfo {
    /// Size on the wire.
    pub const LEN: usize = 16;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::IFLA_CACHEINFO
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            max_reasm_len: rd::u32(b, 0),
            tstamp: rd::u32(b, 4),
            reachable_time: rd::i32(b, 8),
            retrans_time: rd::u32(b, 12),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.max_reasm_len);
        wr::u32(out, 4, self.tstamp);
        wr::i32(out, 8, self.reachable_time);
        wr::u32(out, 12, self.retrans_time);
    }
}

fixed_struct!(IflaCacheinfo);

/// `struct rtnl_link_stats` (96 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RtnlLinkStats {
    /// `rx-packets`.
    pub rx_packets: u32,
    /// `tx-packets`.
    pub tx_packets: u32,
    /// `rx-bytes`.
    pub rx_bytes: u32,
    /// `tx-bytes`.
    pub tx_bytes: u32,
    /// `rx-errors`.
    pub rx_errors: u32,
    /// `tx-errors`.
    pub tx_errors: u32,
    /// `rx-dropped`.
    pub rx_dropped: u32,
    /// `tx-dropped`.
    pub tx_dropped: u32,
    /// `multicast`.
    pub multicast: u32,
    /// `collisions`.
    pub collisions: u32,
    /// `rx-length-errors`.
    pub rx_length_errors: u32,
    /// `rx-over-errors`.
    pub rx_over_errors: u32,
    /// `rx-crc-errors`.
    pub rx_crc_errors: u32,
    /// `rx-frame-errors`.
    pub rx_frame_errors: u32,
    /// `rx-fifo-errors`.
    pub rx_fifo_errors: u32,
    /// `rx-missed-errors`.
    pub rx_missed_errors: u32,
    /// `tx-aborted-errors`.
    pub tx_aborted_errors: u32,
    /// `tx-carrier-errors`.
    pub tx_carrier_errors: u32,
    /// `tx-fifo-errors`.
    pub tx_fifo_errors: u32,
    /// `tx-heartbeat-errors`.
    pub tx_heartbeat_errors: u32,
    /// `tx-window-errors`.
    pub tx_window_errors: u32,
    /// `rx-compressed`.
    pub rx_compressed: u32,
    /// `tx-compressed`.
    pub tx_compressed: u32,
    /// `rx-nohandler`.
    pub rx_nohandler: u32,
}

impl RtnlLinkStats {
    /// Size on the wire.
    pub const LEN: usize = 96;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::RTNL_LINK_STATS
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            rx_packets: rd::u32(b, 0),
            tx_packets: rd::u32(b, 4),
            rx_bytes: rd::u32(b, 8),
            tx_bytes: rd::u32(b, 12),
            rx_errors: rd::u32(b, 16),
            tx_errors: rd::u32(b, 20),
            rx_dropped: rd::u32(b, 24),
            tx_dropped: rd::u32(b, 28),
            multicast: rd::u32(b, 32),
            collisions: rd::u32(b, 36),
            rx_length_errors: rd::u32(b, 40),
            rx_over_errors: rd::u32(b, 44),
            rx_crc_errors: rd::u32(b, 48),
            rx_frame_errors: rd::u32(b, 52),
            rx_fifo_errors: rd::u32(b, 56),
            rx_missed_errors: rd::u32(b, 60),
            tx_aborted_errors: rd::u32(b, 64),
            tx_carrier_errors: rd::u32(b, 68),
            tx_fifo_errors: rd::u32(b, 72),
            tx_heartbeat_errors: rd::u32(b, 76),
            tx_window_errors: rd::u32(b, 80),
            rx_compressed: rd::u32(b, 84),
            tx_compressed: rd::u32(b, 88),
            rx_nohandler: rd::u32(b, 92),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.rx_packets);
        wr::u32(out, 4, self.tx_packets);
        wr::u32(out, 8, self.rx_bytes);
        wr::u32(out, 12, self.tx_bytes);
        wr::u32(out, 16, self.rx_errors);
        wr::u32(out, 20, self.tx_errors);
        wr::u32(out, 24, self.rx_dropped);
        wr::u32(out, 28, self.tx_dropped);
        wr::u32(out, 32, self.multicast);
        wr::u32(out, 36, self.collisions);
        wr::u32(out, 40, self.rx_length_errors);
        wr::u32(out, 44, self.rx_over_errors);
        wr::u32(out, 48, self.rx_crc_errors);
        wr::u32(out, 52, self.rx_frame_errors);
        wr::u32(out, 56, self.rx_fifo_errors);
        wr::u32(out, 60, self.rx_missed_errors);
        wr::u32(out, 64, self.tx_aborted_errors);
        wr::u32(out, 68, self.tx_carrier_errors);
        wr::u32(out, 72, self.tx_fifo_errors);
        wr::u32(out, 76, self.tx_heartbeat_errors);
        wr::u32(out, 80, self.tx_window_errors);
        wr::u32(out, 84, self.rx_compressed);
        wr::u32(out, 88, self.tx_compressed);
        wr::u32(out, 92, self.rx_nohandler);
    }
}

fixed_struct!(RtnlLinkStats);

/// `struct rtnl_link_stats64` (200 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RtnlLinkStats64 {
    /// `rx-packets`.
    pub rx_packets: u64,
    /// `tx-packets`.
    pub tx_packets: u64,
    /// `rx-bytes`.
    pub rx_bytes: u64,
    /// `tx-bytes`.
    pub tx_bytes: u64,
    /// `rx-errors`.
    pub rx_errors: u64,
    /// `tx-errors`.
    pub tx_errors: u64,
    /// `rx-dropped`.
    pub rx_dropped: u64,
    /// `tx-dropped`.
    pub tx_dropped: u64,
    /// `multicast`.
    pub multicast: u64,
    /// `collisions`.
    pub collisions: u64,
    /// `rx-length-errors`.
    pub rx_length_errors: u64,
    /// `rx-over-errors`.
    pub rx_over_errors: u64,
    /// `rx-crc-errors`.
    pub rx_crc_errors: u64,
    /// `rx-frame-errors`.
    pub rx_frame_errors: u64,
    /// `rx-fifo-errors`.
    pub rx_fifo_errors: u64,
    /// `rx-missed-errors`.
    pub rx_missed_errors: u64,
    /// `tx-aborted-errors`.
    pub tx_aborted_errors: u64,
    /// `tx-carrier-errors`.
    pub tx_carrier_errors: u64,
    /// `tx-fifo-errors`.
    pub tx_fifo_errors: u64,
    /// `tx-heartbeat-errors`.
    pub tx_heartbeat_errors: u64,
    /// `tx-window-errors`.
    pub tx_window_errors: u64,
    /// `rx-compressed`.
    pub rx_compressed: u64,
    /// `tx-compressed`.
    pub tx_compressed: u64,
    /// `rx-nohandler`.
    pub rx_nohandler: u64,
    /// `rx-otherhost-dropped`.
    pub rx_otherhost_dropped: u64,
}

impl RtnlLinkStats64 {
    /// Size on the wire.
    pub const LEN: usize = 200;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::RTNL_LINK_STATS64
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            rx_packets: rd::u64(b, 0),
            tx_packets: rd::u64(b, 8),
            rx_bytes: rd::u64(b, 16),
            tx_bytes: rd::u64(b, 24),
            rx_errors: rd::u64(b, 32),
            tx_errors: rd::u64(b, 40),
            rx_dropped: rd::u64(b, 48),
            tx_dropped: rd::u64(b, 56),
            multicast: rd::u64(b, 64),
            collisions: rd::u64(b, 72),
            rx_length_errors: rd::u64(b, 80),
            rx_over_errors: rd::u64(b, 88),
            rx_crc_errors: rd::u64(b, 96),
            rx_frame_errors: rd::u64(b, 104),
            rx_fifo_errors: rd::u64(b, 112),
            rx_missed_errors: rd::u64(b, 120),
            tx_aborted_errors: rd::u64(b, 128),
            tx_carrier_errors: rd::u64(b, 136),
            tx_fifo_errors: rd::u64(b, 144),
            tx_heartbeat_errors: rd::u64(b, 152),
            tx_window_errors: rd::u64(b, 160),
            rx_compressed: rd::u64(b, 168),
            tx_compressed: rd::u64(b, 176),
            rx_nohandler: rd::u64(b, 184),
            rx_otherhost_dropped: rd::u64(b, 192),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u64(out, 0, self.rx_packets);
        wr::u64(out, 8, self.tx_packets);
        wr::u64(out, 16, self.rx_bytes);
        wr::u64(out, 24, self.tx_bytes);
        wr::u64(out, 32, self.rx_errors);
        wr::u64(out, 40, self.tx_errors);
        wr::u64(out, 48, self.rx_dropped);
        wr::u64(out, 56, self.tx_dropped);
        wr::u64(out, 64, self.multicast);
        wr::u64(out, 72, self.collisions);
        wr::u64(out, 80, self.rx_length_errors);
        wr::u64(out, 88, self.rx_over_errors);
        wr::u64(out, 96, self.rx_crc_errors);
        wr::u64(out, 104, self.rx_frame_errors);
        wr::u64(out, 112, self.rx_fifo_errors);
        wr::u64(out, 120, self.rx_missed_errors);
        wr::u64(out, 128, self.tx_aborted_errors);
        wr::u64(out, 136, self.tx_carrier_errors);
        wr::u64(out, 144, self.tx_fifo_errors);
        wr::u64(out, 152, self.tx_heartbeat_errors);
        wr::u64(out, 160, self.tx_window_errors);
        wr::u64(out, 168, self.rx_compressed);
        wr::u64(out, 176, self.tx_compressed);
        wr::u64(out, 184, self.rx_nohandler);
        wr::u64(out, 192, self.rx_otherhost_dropped);
    }
}

fixed_struct!(RtnlLinkStats64);

/// `struct rtnl_link_ifmap` (32 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RtnlLinkIfmap {
    /// `mem-start`.
    pub mem_start: u64,
    /// `mem-end`.
    pub mem_end: u64,
    /// `base-addr`.
    pub base_addr: u64,
    /// `irq`.
    pub irq: u16,
    /// `dma`.
    pub dma: u8,
    /// `port`.
    pub port: u8,
}

impl RtnlLinkIfmap {
    /// Size on the wire.
    pub const LEN: usize = 32;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::RTNL_LINK_IFMAP
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            mem_start: rd::u64(b, 0),
            mem_end: rd::u64(b, 8),
            base_addr: rd::u64(b, 16),
            irq: rd::u16(b, 24),
            dma: rd::u8(b, 26),
            port: rd::u8(b, 27),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u64(out, 0, self.mem_start);
        wr::u64(out, 8, self.mem_end);
        wr::u64(out, 16, self.base_addr);
        wr::u16(out, 24, self.irq);
        wr::u8(out, 26, self.dma);
        wr::u8(out, 27, self.port);
    }
}

fixed_struct!(RtnlLinkIfmap);

/// `struct br_boolopt_multi` (8 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct BrBooloptMulti {
    /// `optval`.
    pub optval: u32,
    /// `optmask`.
    pub optmask: u32,
}

impl BrBooloptMulti {
    /// Size on the wire.
    pub const LEN: usize = 8;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::BR_BOOLOPT_MULTI
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            optval: rd::u32(b, 0),
            optmask: rd::u32(b, 4),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.optval);
        wr::u32(out, 4, self.optmask);
    }
}

fixed_struct!(BrBooloptMulti);

/// `struct if_stats_msg` (12 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IfStatsMsg {
    /// `family`.
    pub family: AddressFamily,
    /// `ifindex`.
    pub ifindex: u32,
    /// `filter-mask`.
    pub filter_mask: u32,
}

impl IfStatsMsg {
    /// Size on the wire.
    pub const LEN: usize = 12;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::IF_STATS_MSG
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            family: AddressFamily::from_value(rd::u8(b, 0) as u32),
            ifindex: rd::u32(b, 4),
            filter_mask: rd::u32(b, 8),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u8(out, 0, self.family.value() as u8);
        wr::u32(out, 4, self.ifindex);
        wr::u32(out, 8, self.filter_mask);
    }
}

fixed_struct!(IfStatsMsg);

/// `struct ifla_vlan_flags` (8 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IflaVlanFlags {
    /// `flags`.
    pub flags: VlanFlags,
    /// `mask`.
    pub mask: u32,
}

impl IflaVlanFlags {
    /// Size on the wire.
    pub const LEN: usize = 8;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::IFLA_VLAN_FLAGS
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            flags: VlanFlags(rd::u32(b, 0)),
            mask: rd::u32(b, 4),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.flags.bits());
        wr::u32(out, 4, self.mask);
    }
}

fixed_struct!(IflaVlanFlags);

/// `struct ifla_vlan_qos_mapping` (8 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IflaVlanQosMapping {
    /// `from`.
    pub from: u32,
    /// `to`.
    pub to: u32,
}

impl IflaVlanQosMapping {
    /// Size on the wire.
    pub const LEN: usize = 8;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::IFLA_VLAN_QOS_MAPPING
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            from: rd::u32(b, 0),
            to: rd::u32(b, 4),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.from);
        wr::u32(out, 4, self.to);
    }
}

fixed_struct!(IflaVlanQosMapping);

/// `struct ifla_geneve_port_range` (4 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IflaGenevePortRange {
    /// `low`.
    pub low: u16,
    /// `high`.
    pub high: u16,
}

impl IflaGenevePortRange {
    /// Size on the wire.
    pub const LEN: usize = 4;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::IFLA_GENEVE_PORT_RANGE
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            low: rd::u16_be(b, 0),
            high: rd::u16_be(b, 2),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u16_be(out, 0, self.low);
        wr::u16_be(out, 2, self.high);
    }
}

fixed_struct!(IflaGenevePortRange);

/// `struct ifla_vf_mac` (36 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IflaVfMac {
    /// `vf`.
    pub vf: u32,
    /// `mac`.
    pub mac: [u8; 32],
}

impl IflaVfMac {
    /// Size on the wire.
    pub const LEN: usize = 36;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::IFLA_VF_MAC
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            vf: rd::u32(b, 0),
            mac: rd::array::<32>(b, 4),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.vf);
        wr::array(out, 4, &self.mac);
    }
}

fixed_struct!(IflaVfMac);

/// `struct ifla_vf_vlan` (12 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IflaVfVlan {
    /// `vf`.
    pub vf: u32,
    /// `vlan`.
    pub vlan: u32,
    /// `qos`.
    pub qos: u32,
}

impl IflaVfVlan {
    /// Size on the wire.
    pub const LEN: usize = 12;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::IFLA_VF_VLAN
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            vf: rd::u32(b, 0),
            vlan: rd::u32(b, 4),
            qos: rd::u32(b, 8),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.vf);
        wr::u32(out, 4, self.vlan);
        wr::u32(out, 8, self.qos);
    }
}

fixed_struct!(IflaVfVlan);

/// `struct ifla_vf_tx_rate` (8 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IflaVfTxRate {
    /// `vf`.
    pub vf: u32,
    /// `rate`.
    pub rate: u32,
}

impl IflaVfTxRate {
    /// Size on the wire.
    pub const LEN: usize = 8;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::IFLA_VF_TX_RATE
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            vf: rd::u32(b, 0),
            rate: rd::u32(b, 4),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.vf);
        wr::u32(out, 4, self.rate);
    }
}

fixed_struct!(IflaVfTxRate);

/// `struct ifla_vf_spoofchk` (8 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IflaVfSpoofchk {
    /// `vf`.
    pub vf: u32,
    /// `setting`.
    pub setting: u32,
}

impl IflaVfSpoofchk {
    /// Size on the wire.
    pub const LEN: usize = 8;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::IFLA_VF_SPOOFCHK
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            vf: rd::u32(b, 0),
            setting: rd::u32(b, 4),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.vf);
        wr::u32(out, 4, self.setting);
    }
}

fixed_struct!(IflaVfSpoofchk);

/// `struct ifla_vf_link_state` (8 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IflaVfLinkState {
    /// `vf`.
    pub vf: u32,
    /// `link-state`.
    pub link_state: IflaVfLinkStateEnum,
}

impl IflaVfLinkState {
    /// Size on the wire.
    pub const LEN: usize = 8;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::IFLA_VF_LINK_STATE
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            vf: rd::u32(b, 0),
            link_state: IflaVfLinkStateEnum::from_value(rd::u32(b, 4)),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.vf);
        wr::u32(out, 4, self.link_state.value());
    }
}

fixed_struct!(IflaVfLinkState);

/// `struct ifla_vf_rate` (12 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IflaVfRate {
    /// `vf`.
    pub vf: u32,
    /// `min-tx-rate`.
    pub min_tx_rate: u32,
    /// `max-tx-rate`.
    pub max_tx_rate: u32,
}

impl IflaVfRate {
    /// Size on the wire.
    pub const LEN: usize = 12;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::IFLA_VF_RATE
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            vf: rd::u32(b, 0),
            min_tx_rate: rd::u32(b, 4),
            max_tx_rate: rd::u32(b, 8),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.vf);
        wr::u32(out, 4, self.min_tx_rate);
        wr::u32(out, 8, self.max_tx_rate);
    }
}

fixed_struct!(IflaVfRate);

/// `struct ifla_vf_rss_query_en` (8 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IflaVfRssQueryEn {
    /// `vf`.
    pub vf: u32,
    /// `setting`.
    pub setting: u32,
}

impl IflaVfRssQueryEn {
    /// Size on the wire.
    pub const LEN: usize = 8;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::IFLA_VF_RSS_QUERY_EN
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            vf: rd::u32(b, 0),
            setting: rd::u32(b, 4),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.vf);
        wr::u32(out, 4, self.setting);
    }
}

fixed_struct!(IflaVfRssQueryEn);

/// `struct ifla_vf_trust` (8 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IflaVfTrust {
    /// `vf`.
    pub vf: u32,
    /// `setting`.
    pub setting: u32,
}

impl IflaVfTrust {
    /// Size on the wire.
    pub const LEN: usize = 8;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::IFLA_VF_TRUST
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            vf: rd::u32(b, 0),
            setting: rd::u32(b, 4),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.vf);
        wr::u32(out, 4, self.setting);
    }
}

fixed_struct!(IflaVfTrust);

/// `struct ifla_vf_guid` (16 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IflaVfGuid {
    /// `vf`.
    pub vf: u32,
    /// `guid`.
    pub guid: u64,
}

impl IflaVfGuid {
    /// Size on the wire.
    pub const LEN: usize = 16;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::IFLA_VF_GUID
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            vf: rd::u32(b, 0),
            guid: rd::u64(b, 8),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.vf);
        wr::u64(out, 8, self.guid);
    }
}

fixed_struct!(IflaVfGuid);

/// `struct ifla_vf_vlan_info` (16 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IflaVfVlanInfo {
    /// `vf`.
    pub vf: u32,
    /// `vlan`.
    pub vlan: u32,
    /// `qos`.
    pub qos: u32,
    /// `vlan-proto`.
    pub vlan_proto: u32,
}

impl IflaVfVlanInfo {
    /// Size on the wire.
    pub const LEN: usize = 16;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::IFLA_VF_VLAN_INFO
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            vf: rd::u32(b, 0),
            vlan: rd::u32(b, 4),
            qos: rd::u32(b, 8),
            vlan_proto: rd::u32(b, 12),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.vf);
        wr::u32(out, 4, self.vlan);
        wr::u32(out, 8, self.qos);
        wr::u32(out, 12, self.vlan_proto);
    }
}

fixed_struct!(IflaVfVlanInfo);

/// `struct ifla_vxlan_port_range` (4 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct IflaVxlanPortRange {
    /// `low`.
    pub low: u16,
    /// `high`.
    pub high: u16,
}

impl IflaVxlanPortRange {
    /// Size on the wire.
    pub const LEN: usize = 4;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::IFLA_VXLAN_PORT_RANGE
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            low: rd::u16_be(b, 0),
            high: rd::u16_be(b, 2),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u16_be(out, 0, self.low);
        wr::u16_be(out, 2, self.high);
    }
}

fixed_struct!(IflaVxlanPortRange);
