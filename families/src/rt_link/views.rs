//! Typed views of `rt-link`: one per attribute set, parsed in one pass into a table, with
//! O(1) typed getters.

#![allow(unused_imports)]

use super::consts::*;
use super::tables;
use super::types::*;
use crate::runtime::{split_header, AttrView, Bitfield32, Entries, HwAddr, Records, Table};
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use nlcodec::family::FamilyHeader;
use nlcodec::schema::AttrSet;
use nlcodec::{Attr, Attrs, Error};

/// The `link-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkAttrs<'a>(Table<'a, 70>);

impl<'a> AttrView<'a> for LinkAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINK_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> LinkAttrs<'a> {
    /// Indexes and checks a block of `link-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 70> {
        &self.0
    }

    /// `IFLA_ADDRESS`
    #[inline]
    pub fn address(&self) -> Option<HwAddr<'a>> {
        self.0.mac(IFLA_ADDRESS)
    }

    /// `IFLA_BROADCAST`
    #[inline]
    pub fn broadcast(&self) -> Option<HwAddr<'a>> {
        self.0.mac(IFLA_BROADCAST)
    }

    /// `IFLA_IFNAME`
    #[inline]
    pub fn ifname(&self) -> Option<&'a str> {
        self.0.str(IFLA_IFNAME)
    }

    /// `IFLA_MTU`
    #[inline]
    pub fn mtu(&self) -> Option<u32> {
        self.0.u32(IFLA_MTU)
    }

    /// `IFLA_LINK`
    #[inline]
    pub fn link(&self) -> Option<u32> {
        self.0.u32(IFLA_LINK)
    }

    /// `IFLA_QDISC`
    #[inline]
    pub fn qdisc(&self) -> Option<&'a str> {
        self.0.str(IFLA_QDISC)
    }

    /// `IFLA_STATS`
    #[inline]
    pub fn stats(&self) -> Option<RtnlLinkStats> {
        self.0.fixed(IFLA_STATS, RtnlLinkStats::from_bytes)
    }

    /// `IFLA_MASTER`
    #[inline]
    pub fn master(&self) -> Option<u32> {
        self.0.u32(IFLA_MASTER)
    }

    /// `IFLA_WIRELESS`: struct iw_event
    #[inline]
    pub fn wireless(&self) -> Option<&'a [u8]> {
        self.0.bytes(IFLA_WIRELESS)
    }

    /// `IFLA_PROTINFO`: A nest of ifla6-attrs or linkinfo-brport-attrs
    #[inline]
    pub fn protinfo(&self) -> Option<&'a [u8]> {
        self.0.bytes(IFLA_PROTINFO)
    }

    /// `IFLA_TXQLEN`
    #[inline]
    pub fn txqlen(&self) -> Option<u32> {
        self.0.u32(IFLA_TXQLEN)
    }

    /// `IFLA_MAP`
    #[inline]
    pub fn map(&self) -> Option<RtnlLinkIfmap> {
        self.0.fixed(IFLA_MAP, RtnlLinkIfmap::from_bytes)
    }

    /// `IFLA_WEIGHT`
    #[inline]
    pub fn weight(&self) -> Option<u32> {
        self.0.u32(IFLA_WEIGHT)
    }

    /// `IFLA_OPERSTATE`
    #[inline]
    pub fn operstate(&self) -> Option<u8> {
        self.0.u8(IFLA_OPERSTATE)
    }

    /// `IFLA_LINKMODE`
    #[inline]
    pub fn linkmode(&self) -> Option<u8> {
        self.0.u8(IFLA_LINKMODE)
    }

    /// `IFLA_LINKINFO`
    #[inline]
    pub fn linkinfo(&self) -> Result<Option<LinkinfoAttrs<'a>>, Error> {
        self.0.nest(IFLA_LINKINFO)
    }

    /// `IFLA_NET_NS_PID`
    #[inline]
    pub fn net_ns_pid(&self) -> Option<u32> {
        self.0.u32(IFLA_NET_NS_PID)
    }

    /// `IFLA_IFALIAS`
    #[inline]
    pub fn ifalias(&self) -> Option<&'a str> {
        self.0.str(IFLA_IFALIAS)
    }

    /// `IFLA_NUM_VF`
    #[inline]
    pub fn num_vf(&self) -> Option<u32> {
        self.0.u32(IFLA_NUM_VF)
    }

    /// `IFLA_VFINFO_LIST`: Per-VF details. The list holds at most 256 VFs, or 128 when
    /// statistics are included, because it is one attribute and has to fit
    /// in a u16 length. A device with more VFs than that reports a
    /// truncated list; num-vf still carries the real count.
    #[inline]
    pub fn vfinfo_list(&self) -> Result<Option<VfinfoListAttrs<'a>>, Error> {
        self.0.nest(IFLA_VFINFO_LIST)
    }

    /// `IFLA_STATS64`
    #[inline]
    pub fn stats64(&self) -> Option<RtnlLinkStats64> {
        self.0.fixed(IFLA_STATS64, RtnlLinkStats64::from_bytes)
    }

    /// `IFLA_VF_PORTS`
    #[inline]
    pub fn vf_ports(&self) -> Result<Option<VfPortsAttrs<'a>>, Error> {
        self.0.nest(IFLA_VF_PORTS)
    }

    /// `IFLA_PORT_SELF`
    #[inline]
    pub fn port_self(&self) -> Result<Option<PortSelfAttrs<'a>>, Error> {
        self.0.nest(IFLA_PORT_SELF)
    }

    /// `IFLA_AF_SPEC`
    #[inline]
    pub fn af_spec(&self) -> Result<Option<AfSpecAttrs<'a>>, Error> {
        self.0.nest(IFLA_AF_SPEC)
    }

    /// `IFLA_GROUP`
    #[inline]
    pub fn group(&self) -> Option<u32> {
        self.0.u32(IFLA_GROUP)
    }

    /// `IFLA_NET_NS_FD`
    #[inline]
    pub fn net_ns_fd(&self) -> Option<u32> {
        self.0.u32(IFLA_NET_NS_FD)
    }

    /// `IFLA_EXT_MASK`
    #[inline]
    pub fn ext_mask(&self) -> Option<RtextFilter> {
        self.0.u32(IFLA_EXT_MASK).map(|v| RtextFilter(v as u32))
    }

    /// `IFLA_PROMISCUITY`
    #[inline]
    pub fn promiscuity(&self) -> Option<u32> {
        self.0.u32(IFLA_PROMISCUITY)
    }

    /// `IFLA_NUM_TX_QUEUES`
    #[inline]
    pub fn num_tx_queues(&self) -> Option<u32> {
        self.0.u32(IFLA_NUM_TX_QUEUES)
    }

    /// `IFLA_NUM_RX_QUEUES`
    #[inline]
    pub fn num_rx_queues(&self) -> Option<u32> {
        self.0.u32(IFLA_NUM_RX_QUEUES)
    }

    /// `IFLA_CARRIER`
    #[inline]
    pub fn carrier(&self) -> Option<u8> {
        self.0.u8(IFLA_CARRIER)
    }

    /// `IFLA_PHYS_PORT_ID`
    #[inline]
    pub fn phys_port_id(&self) -> Option<&'a [u8]> {
        self.0.bytes(IFLA_PHYS_PORT_ID)
    }

    /// `IFLA_CARRIER_CHANGES`
    #[inline]
    pub fn carrier_changes(&self) -> Option<u32> {
        self.0.u32(IFLA_CARRIER_CHANGES)
    }

    /// `IFLA_PHYS_SWITCH_ID`
    #[inline]
    pub fn phys_switch_id(&self) -> Option<&'a [u8]> {
        self.0.bytes(IFLA_PHYS_SWITCH_ID)
    }

    /// `IFLA_LINK_NETNSID`
    #[inline]
    pub fn link_netnsid(&self) -> Option<i32> {
        self.0.i32(IFLA_LINK_NETNSID)
    }

    /// `IFLA_PHYS_PORT_NAME`
    #[inline]
    pub fn phys_port_name(&self) -> Option<&'a str> {
        self.0.str(IFLA_PHYS_PORT_NAME)
    }

    /// `IFLA_PROTO_DOWN`
    #[inline]
    pub fn proto_down(&self) -> Option<u8> {
        self.0.u8(IFLA_PROTO_DOWN)
    }

    /// `IFLA_GSO_MAX_SEGS`
    #[inline]
    pub fn gso_max_segs(&self) -> Option<u32> {
        self.0.u32(IFLA_GSO_MAX_SEGS)
    }

    /// `IFLA_GSO_MAX_SIZE`
    #[inline]
    pub fn gso_max_size(&self) -> Option<u32> {
        self.0.u32(IFLA_GSO_MAX_SIZE)
    }

    /// `IFLA_XDP`
    #[inline]
    pub fn xdp(&self) -> Result<Option<XdpAttrs<'a>>, Error> {
        self.0.nest(IFLA_XDP)
    }

    /// `IFLA_EVENT`
    #[inline]
    pub fn event(&self) -> Option<u32> {
        self.0.u32(IFLA_EVENT)
    }

    /// `IFLA_NEW_NETNSID`
    #[inline]
    pub fn new_netnsid(&self) -> Option<i32> {
        self.0.i32(IFLA_NEW_NETNSID)
    }

    /// `IFLA_TARGET_NETNSID`
    #[inline]
    pub fn target_netnsid(&self) -> Option<i32> {
        self.0.i32(IFLA_TARGET_NETNSID)
    }

    /// `IFLA_CARRIER_UP_COUNT`
    #[inline]
    pub fn carrier_up_count(&self) -> Option<u32> {
        self.0.u32(IFLA_CARRIER_UP_COUNT)
    }

    /// `IFLA_CARRIER_DOWN_COUNT`
    #[inline]
    pub fn carrier_down_count(&self) -> Option<u32> {
        self.0.u32(IFLA_CARRIER_DOWN_COUNT)
    }

    /// `IFLA_NEW_IFINDEX`
    #[inline]
    pub fn new_ifindex(&self) -> Option<i32> {
        self.0.i32(IFLA_NEW_IFINDEX)
    }

    /// `IFLA_MIN_MTU`
    #[inline]
    pub fn min_mtu(&self) -> Option<u32> {
        self.0.u32(IFLA_MIN_MTU)
    }

    /// `IFLA_MAX_MTU`
    #[inline]
    pub fn max_mtu(&self) -> Option<u32> {
        self.0.u32(IFLA_MAX_MTU)
    }

    /// `IFLA_PROP_LIST`
    #[inline]
    pub fn prop_list(&self) -> Result<Option<LinkAttrs<'a>>, Error> {
        self.0.nest(IFLA_PROP_LIST)
    }

    /// `IFLA_ALT_IFNAME`
    #[inline]
    pub fn alt_ifname(&self) -> Option<&'a str> {
        self.0.str(IFLA_ALT_IFNAME)
    }

    /// `IFLA_PERM_ADDRESS`
    #[inline]
    pub fn perm_address(&self) -> Option<HwAddr<'a>> {
        self.0.mac(IFLA_PERM_ADDRESS)
    }

    /// `IFLA_PROTO_DOWN_REASON`
    #[inline]
    pub fn proto_down_reason(&self) -> Option<&'a str> {
        self.0.str(IFLA_PROTO_DOWN_REASON)
    }

    /// `IFLA_PARENT_DEV_NAME`
    #[inline]
    pub fn parent_dev_name(&self) -> Option<&'a str> {
        self.0.str(IFLA_PARENT_DEV_NAME)
    }

    /// `IFLA_PARENT_DEV_BUS_NAME`
    #[inline]
    pub fn parent_dev_bus_name(&self) -> Option<&'a str> {
        self.0.str(IFLA_PARENT_DEV_BUS_NAME)
    }

    /// `IFLA_GRO_MAX_SIZE`
    #[inline]
    pub fn gro_max_size(&self) -> Option<u32> {
        self.0.u32(IFLA_GRO_MAX_SIZE)
    }

    /// `IFLA_TSO_MAX_SIZE`
    #[inline]
    pub fn tso_max_size(&self) -> Option<u32> {
        self.0.u32(IFLA_TSO_MAX_SIZE)
    }

    /// `IFLA_TSO_MAX_SEGS`
    #[inline]
    pub fn tso_max_segs(&self) -> Option<u32> {
        self.0.u32(IFLA_TSO_MAX_SEGS)
    }

    /// `IFLA_ALLMULTI`
    #[inline]
    pub fn allmulti(&self) -> Option<u32> {
        self.0.u32(IFLA_ALLMULTI)
    }

    /// `IFLA_DEVLINK_PORT`
    #[inline]
    pub fn devlink_port(&self) -> Option<&'a [u8]> {
        self.0.bytes(IFLA_DEVLINK_PORT)
    }

    /// `IFLA_GSO_IPV4_MAX_SIZE`
    #[inline]
    pub fn gso_ipv4_max_size(&self) -> Option<u32> {
        self.0.u32(IFLA_GSO_IPV4_MAX_SIZE)
    }

    /// `IFLA_GRO_IPV4_MAX_SIZE`
    #[inline]
    pub fn gro_ipv4_max_size(&self) -> Option<u32> {
        self.0.u32(IFLA_GRO_IPV4_MAX_SIZE)
    }

    /// `IFLA_DPLL_PIN`
    #[inline]
    pub fn dpll_pin(&self) -> Result<Option<LinkDpllPinAttrs<'a>>, Error> {
        self.0.nest(IFLA_DPLL_PIN)
    }

    /// `IFLA_MAX_PACING_OFFLOAD_HORIZON`: EDT offload horizon supported by the device (in nsec).
    #[inline]
    pub fn max_pacing_offload_horizon(&self) -> Option<u64> {
        self.0.uint(IFLA_MAX_PACING_OFFLOAD_HORIZON)
    }

    /// `IFLA_NETNS_IMMUTABLE`
    #[inline]
    pub fn netns_immutable(&self) -> Option<u8> {
        self.0.u8(IFLA_NETNS_IMMUTABLE)
    }

    /// `IFLA_HEADROOM`
    #[inline]
    pub fn headroom(&self) -> Option<u16> {
        self.0.u16(IFLA_HEADROOM)
    }

    /// `IFLA_TAILROOM`
    #[inline]
    pub fn tailroom(&self) -> Option<u16> {
        self.0.u16(IFLA_TAILROOM)
    }
}

/// The `af-spec-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct AfSpecAttrs<'a>(Table<'a, 46>);

impl<'a> AttrView<'a> for AfSpecAttrs<'a> {
    const SET: &'static AttrSet = &tables::AF_SPEC_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> AfSpecAttrs<'a> {
    /// Indexes and checks a block of `af-spec-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 46> {
        &self.0
    }

    /// `AF_INET`
    #[inline]
    pub fn inet(&self) -> Result<Option<IflaAttrs<'a>>, Error> {
        self.0.nest(AF_INET)
    }

    /// `AF_INET6`
    #[inline]
    pub fn inet6(&self) -> Result<Option<Ifla6Attrs<'a>>, Error> {
        self.0.nest(AF_INET6)
    }

    /// `AF_MCTP`
    #[inline]
    pub fn mctp(&self) -> Result<Option<MctpAttrs<'a>>, Error> {
        self.0.nest(AF_MCTP)
    }
}

/// The `vfinfo-list-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct VfinfoListAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for VfinfoListAttrs<'a> {
    const SET: &'static AttrSet = &tables::VFINFO_LIST_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> VfinfoListAttrs<'a> {
    /// Indexes and checks a block of `vfinfo-list-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `IFLA_VF_INFO`
    #[inline]
    pub fn info(&self) -> impl Iterator<Item = Result<VfinfoAttrs<'a>, Error>> + 'a {
        self.0
            .all(IFLA_VF_INFO)
            .map(|a| VfinfoAttrs::parse(a.nested()))
    }
}

/// The `vfinfo-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct VfinfoAttrs<'a>(Table<'a, 14>);

impl<'a> AttrView<'a> for VfinfoAttrs<'a> {
    const SET: &'static AttrSet = &tables::VFINFO_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> VfinfoAttrs<'a> {
    /// Indexes and checks a block of `vfinfo-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 14> {
        &self.0
    }

    /// `IFLA_VF_MAC`
    #[inline]
    pub fn mac(&self) -> Option<IflaVfMac> {
        self.0.fixed(IFLA_VF_MAC, IflaVfMac::from_bytes)
    }

    /// `IFLA_VF_VLAN`
    #[inline]
    pub fn vlan(&self) -> Option<IflaVfVlan> {
        self.0.fixed(IFLA_VF_VLAN, IflaVfVlan::from_bytes)
    }

    /// `IFLA_VF_TX_RATE`
    #[inline]
    pub fn tx_rate(&self) -> Option<IflaVfTxRate> {
        self.0.fixed(IFLA_VF_TX_RATE, IflaVfTxRate::from_bytes)
    }

    /// `IFLA_VF_SPOOFCHK`
    #[inline]
    pub fn spoofchk(&self) -> Option<IflaVfSpoofchk> {
        self.0.fixed(IFLA_VF_SPOOFCHK, IflaVfSpoofchk::from_bytes)
    }

    /// `IFLA_VF_LINK_STATE`
    #[inline]
    pub fn link_state(&self) -> Option<IflaVfLinkState> {
        self.0
            .fixed(IFLA_VF_LINK_STATE, IflaVfLinkState::from_bytes)
    }

    /// `IFLA_VF_RATE`
    #[inline]
    pub fn rate(&self) -> Option<IflaVfRate> {
        self.0.fixed(IFLA_VF_RATE, IflaVfRate::from_bytes)
    }

    /// `IFLA_VF_RSS_QUERY_EN`
    #[inline]
    pub fn rss_query_en(&self) -> Option<IflaVfRssQueryEn> {
        self.0
            .fixed(IFLA_VF_RSS_QUERY_EN, IflaVfRssQueryEn::from_bytes)
    }

    /// `IFLA_VF_STATS`
    #[inline]
    pub fn stats(&self) -> Result<Option<VfStatsAttrs<'a>>, Error> {
        self.0.nest(IFLA_VF_STATS)
    }

    /// `IFLA_VF_TRUST`
    #[inline]
    pub fn trust(&self) -> Option<IflaVfTrust> {
        self.0.fixed(IFLA_VF_TRUST, IflaVfTrust::from_bytes)
    }

    /// `IFLA_VF_IB_NODE_GUID`
    #[inline]
    pub fn ib_node_guid(&self) -> Option<IflaVfGuid> {
        self.0.fixed(IFLA_VF_IB_NODE_GUID, IflaVfGuid::from_bytes)
    }

    /// `IFLA_VF_IB_PORT_GUID`
    #[inline]
    pub fn ib_port_guid(&self) -> Option<IflaVfGuid> {
        self.0.fixed(IFLA_VF_IB_PORT_GUID, IflaVfGuid::from_bytes)
    }

    /// `IFLA_VF_VLAN_LIST`
    #[inline]
    pub fn vlan_list(&self) -> Result<Option<VfVlanAttrs<'a>>, Error> {
        self.0.nest(IFLA_VF_VLAN_LIST)
    }

    /// `IFLA_VF_BROADCAST`
    #[inline]
    pub fn broadcast(&self) -> Option<&'a [u8]> {
        self.0.bytes(IFLA_VF_BROADCAST)
    }
}

/// The `vf-stats-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct VfStatsAttrs<'a>(Table<'a, 9>);

impl<'a> AttrView<'a> for VfStatsAttrs<'a> {
    const SET: &'static AttrSet = &tables::VF_STATS_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> VfStatsAttrs<'a> {
    /// Indexes and checks a block of `vf-stats-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 9> {
        &self.0
    }

    /// `IFLA_VF_STATS_RX_PACKETS`
    #[inline]
    pub fn rx_packets(&self) -> Option<u64> {
        self.0.u64(IFLA_VF_STATS_RX_PACKETS)
    }

    /// `IFLA_VF_STATS_TX_PACKETS`
    #[inline]
    pub fn tx_packets(&self) -> Option<u64> {
        self.0.u64(IFLA_VF_STATS_TX_PACKETS)
    }

    /// `IFLA_VF_STATS_RX_BYTES`
    #[inline]
    pub fn rx_bytes(&self) -> Option<u64> {
        self.0.u64(IFLA_VF_STATS_RX_BYTES)
    }

    /// `IFLA_VF_STATS_TX_BYTES`
    #[inline]
    pub fn tx_bytes(&self) -> Option<u64> {
        self.0.u64(IFLA_VF_STATS_TX_BYTES)
    }

    /// `IFLA_VF_STATS_BROADCAST`
    #[inline]
    pub fn broadcast(&self) -> Option<u64> {
        self.0.u64(IFLA_VF_STATS_BROADCAST)
    }

    /// `IFLA_VF_STATS_MULTICAST`
    #[inline]
    pub fn multicast(&self) -> Option<u64> {
        self.0.u64(IFLA_VF_STATS_MULTICAST)
    }

    /// `IFLA_VF_STATS_RX_DROPPED`
    #[inline]
    pub fn rx_dropped(&self) -> Option<u64> {
        self.0.u64(IFLA_VF_STATS_RX_DROPPED)
    }

    /// `IFLA_VF_STATS_TX_DROPPED`
    #[inline]
    pub fn tx_dropped(&self) -> Option<u64> {
        self.0.u64(IFLA_VF_STATS_TX_DROPPED)
    }
}

/// The `vf-vlan-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct VfVlanAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for VfVlanAttrs<'a> {
    const SET: &'static AttrSet = &tables::VF_VLAN_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> VfVlanAttrs<'a> {
    /// Indexes and checks a block of `vf-vlan-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `IFLA_VF_VLAN_INFO`
    #[inline]
    pub fn info(&self) -> impl Iterator<Item = Attr<'a>> + 'a {
        self.0.all(IFLA_VF_VLAN_INFO)
    }
}

/// The `vf-ports-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct VfPortsAttrs<'a>(Table<'a, 1>);

impl<'a> AttrView<'a> for VfPortsAttrs<'a> {
    const SET: &'static AttrSet = &tables::VF_PORTS_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> VfPortsAttrs<'a> {
    /// Indexes and checks a block of `vf-ports-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 1> {
        &self.0
    }
}

/// The `port-self-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct PortSelfAttrs<'a>(Table<'a, 1>);

impl<'a> AttrView<'a> for PortSelfAttrs<'a> {
    const SET: &'static AttrSet = &tables::PORT_SELF_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> PortSelfAttrs<'a> {
    /// Indexes and checks a block of `port-self-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 1> {
        &self.0
    }
}

/// The `linkinfo-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoAttrs<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for LinkinfoAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> LinkinfoAttrs<'a> {
    /// Indexes and checks a block of `linkinfo-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `IFLA_INFO_KIND`
    #[inline]
    pub fn kind(&self) -> Option<&'a str> {
        self.0.str(IFLA_INFO_KIND)
    }

    /// `IFLA_INFO_DATA`
    #[inline]
    pub fn data(&self) -> Result<Option<LinkinfoDataMsg<'a>>, Error> {
        LinkinfoDataMsg::parse(self.0.get(IFLA_INFO_DATA), self.0.str(IFLA_INFO_KIND))
    }

    /// `IFLA_INFO_XSTATS`
    #[inline]
    pub fn xstats(&self) -> Option<&'a [u8]> {
        self.0.bytes(IFLA_INFO_XSTATS)
    }

    /// `IFLA_INFO_SLAVE_KIND`
    #[inline]
    pub fn slave_kind(&self) -> Option<&'a str> {
        self.0.str(IFLA_INFO_SLAVE_KIND)
    }

    /// `IFLA_INFO_SLAVE_DATA`
    #[inline]
    pub fn slave_data(&self) -> Result<Option<LinkinfoMemberDataMsg<'a>>, Error> {
        LinkinfoMemberDataMsg::parse(
            self.0.get(IFLA_INFO_SLAVE_DATA),
            self.0.str(IFLA_INFO_SLAVE_KIND),
        )
    }
}

/// The `linkinfo-bond-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoBondAttrs<'a>(Table<'a, 35>);

impl<'a> AttrView<'a> for LinkinfoBondAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_BOND_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> LinkinfoBondAttrs<'a> {
    /// Indexes and checks a block of `linkinfo-bond-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 35> {
        &self.0
    }

    /// `IFLA_BOND_MODE`
    #[inline]
    pub fn mode(&self) -> Option<u8> {
        self.0.u8(IFLA_BOND_MODE)
    }

    /// `IFLA_BOND_ACTIVE_SLAVE`
    #[inline]
    pub fn active_slave(&self) -> Option<u32> {
        self.0.u32(IFLA_BOND_ACTIVE_SLAVE)
    }

    /// `IFLA_BOND_MIIMON`
    #[inline]
    pub fn miimon(&self) -> Option<u32> {
        self.0.u32(IFLA_BOND_MIIMON)
    }

    /// `IFLA_BOND_UPDELAY`
    #[inline]
    pub fn updelay(&self) -> Option<u32> {
        self.0.u32(IFLA_BOND_UPDELAY)
    }

    /// `IFLA_BOND_DOWNDELAY`
    #[inline]
    pub fn downdelay(&self) -> Option<u32> {
        self.0.u32(IFLA_BOND_DOWNDELAY)
    }

    /// `IFLA_BOND_USE_CARRIER`
    #[inline]
    pub fn use_carrier(&self) -> Option<u8> {
        self.0.u8(IFLA_BOND_USE_CARRIER)
    }

    /// `IFLA_BOND_ARP_INTERVAL`
    #[inline]
    pub fn arp_interval(&self) -> Option<u32> {
        self.0.u32(IFLA_BOND_ARP_INTERVAL)
    }

    /// `IFLA_BOND_ARP_IP_TARGET`
    #[inline]
    pub fn arp_ip_target(&self) -> Option<Attr<'a>> {
        self.0.get(IFLA_BOND_ARP_IP_TARGET)
    }

    /// `IFLA_BOND_ARP_VALIDATE`
    #[inline]
    pub fn arp_validate(&self) -> Option<u32> {
        self.0.u32(IFLA_BOND_ARP_VALIDATE)
    }

    /// `IFLA_BOND_ARP_ALL_TARGETS`
    #[inline]
    pub fn arp_all_targets(&self) -> Option<u32> {
        self.0.u32(IFLA_BOND_ARP_ALL_TARGETS)
    }

    /// `IFLA_BOND_PRIMARY`
    #[inline]
    pub fn primary(&self) -> Option<u32> {
        self.0.u32(IFLA_BOND_PRIMARY)
    }

    /// `IFLA_BOND_PRIMARY_RESELECT`
    #[inline]
    pub fn primary_reselect(&self) -> Option<u8> {
        self.0.u8(IFLA_BOND_PRIMARY_RESELECT)
    }

    /// `IFLA_BOND_FAIL_OVER_MAC`
    #[inline]
    pub fn fail_over_mac(&self) -> Option<u8> {
        self.0.u8(IFLA_BOND_FAIL_OVER_MAC)
    }

    /// `IFLA_BOND_XMIT_HASH_POLICY`
    #[inline]
    pub fn xmit_hash_policy(&self) -> Option<u8> {
        self.0.u8(IFLA_BOND_XMIT_HASH_POLICY)
    }

    /// `IFLA_BOND_RESEND_IGMP`
    #[inline]
    pub fn resend_igmp(&self) -> Option<u32> {
        self.0.u32(IFLA_BOND_RESEND_IGMP)
    }

    /// `IFLA_BOND_NUM_PEER_NOTIF`
    #[inline]
    pub fn num_peer_notif(&self) -> Option<u8> {
        self.0.u8(IFLA_BOND_NUM_PEER_NOTIF)
    }

    /// `IFLA_BOND_ALL_SLAVES_ACTIVE`
    #[inline]
    pub fn all_slaves_active(&self) -> Option<u8> {
        self.0.u8(IFLA_BOND_ALL_SLAVES_ACTIVE)
    }

    /// `IFLA_BOND_MIN_LINKS`
    #[inline]
    pub fn min_links(&self) -> Option<u32> {
        self.0.u32(IFLA_BOND_MIN_LINKS)
    }

    /// `IFLA_BOND_LP_INTERVAL`
    #[inline]
    pub fn lp_interval(&self) -> Option<u32> {
        self.0.u32(IFLA_BOND_LP_INTERVAL)
    }

    /// `IFLA_BOND_PACKETS_PER_SLAVE`
    #[inline]
    pub fn packets_per_slave(&self) -> Option<u32> {
        self.0.u32(IFLA_BOND_PACKETS_PER_SLAVE)
    }

    /// `IFLA_BOND_AD_LACP_RATE`
    #[inline]
    pub fn ad_lacp_rate(&self) -> Option<u8> {
        self.0.u8(IFLA_BOND_AD_LACP_RATE)
    }

    /// `IFLA_BOND_AD_SELECT`
    #[inline]
    pub fn ad_select(&self) -> Option<u8> {
        self.0.u8(IFLA_BOND_AD_SELECT)
    }

    /// `IFLA_BOND_AD_INFO`
    #[inline]
    pub fn ad_info(&self) -> Result<Option<BondAdInfoAttrs<'a>>, Error> {
        self.0.nest(IFLA_BOND_AD_INFO)
    }

    /// `IFLA_BOND_AD_ACTOR_SYS_PRIO`
    #[inline]
    pub fn ad_actor_sys_prio(&self) -> Option<u16> {
        self.0.u16(IFLA_BOND_AD_ACTOR_SYS_PRIO)
    }

    /// `IFLA_BOND_AD_USER_PORT_KEY`
    #[inline]
    pub fn ad_user_port_key(&self) -> Option<u16> {
        self.0.u16(IFLA_BOND_AD_USER_PORT_KEY)
    }

    /// `IFLA_BOND_AD_ACTOR_SYSTEM`
    #[inline]
    pub fn ad_actor_system(&self) -> Option<HwAddr<'a>> {
        self.0.mac(IFLA_BOND_AD_ACTOR_SYSTEM)
    }

    /// `IFLA_BOND_TLB_DYNAMIC_LB`
    #[inline]
    pub fn tlb_dynamic_lb(&self) -> Option<u8> {
        self.0.u8(IFLA_BOND_TLB_DYNAMIC_LB)
    }

    /// `IFLA_BOND_PEER_NOTIF_DELAY`
    #[inline]
    pub fn peer_notif_delay(&self) -> Option<u32> {
        self.0.u32(IFLA_BOND_PEER_NOTIF_DELAY)
    }

    /// `IFLA_BOND_AD_LACP_ACTIVE`
    #[inline]
    pub fn ad_lacp_active(&self) -> Option<u8> {
        self.0.u8(IFLA_BOND_AD_LACP_ACTIVE)
    }

    /// `IFLA_BOND_MISSED_MAX`
    #[inline]
    pub fn missed_max(&self) -> Option<u8> {
        self.0.u8(IFLA_BOND_MISSED_MAX)
    }

    /// `IFLA_BOND_NS_IP6_TARGET`
    #[inline]
    pub fn ns_ip6_target(&self) -> Option<Attr<'a>> {
        self.0.get(IFLA_BOND_NS_IP6_TARGET)
    }

    /// `IFLA_BOND_COUPLED_CONTROL`
    #[inline]
    pub fn coupled_control(&self) -> Option<u8> {
        self.0.u8(IFLA_BOND_COUPLED_CONTROL)
    }

    /// `IFLA_BOND_BROADCAST_NEIGH`
    #[inline]
    pub fn broadcast_neigh(&self) -> Option<u8> {
        self.0.u8(IFLA_BOND_BROADCAST_NEIGH)
    }

    /// `IFLA_BOND_LACP_STRICT`
    #[inline]
    pub fn lacp_strict(&self) -> Option<u8> {
        self.0.u8(IFLA_BOND_LACP_STRICT)
    }
}

/// The `bond-ad-info-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct BondAdInfoAttrs<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for BondAdInfoAttrs<'a> {
    const SET: &'static AttrSet = &tables::BOND_AD_INFO_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> BondAdInfoAttrs<'a> {
    /// Indexes and checks a block of `bond-ad-info-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `IFLA_BOND_AD_INFO_AGGREGATOR`
    #[inline]
    pub fn aggregator(&self) -> Option<u16> {
        self.0.u16(IFLA_BOND_AD_INFO_AGGREGATOR)
    }

    /// `IFLA_BOND_AD_INFO_NUM_PORTS`
    #[inline]
    pub fn num_ports(&self) -> Option<u16> {
        self.0.u16(IFLA_BOND_AD_INFO_NUM_PORTS)
    }

    /// `IFLA_BOND_AD_INFO_ACTOR_KEY`
    #[inline]
    pub fn actor_key(&self) -> Option<u16> {
        self.0.u16(IFLA_BOND_AD_INFO_ACTOR_KEY)
    }

    /// `IFLA_BOND_AD_INFO_PARTNER_KEY`
    #[inline]
    pub fn partner_key(&self) -> Option<u16> {
        self.0.u16(IFLA_BOND_AD_INFO_PARTNER_KEY)
    }

    /// `IFLA_BOND_AD_INFO_PARTNER_MAC`
    #[inline]
    pub fn partner_mac(&self) -> Option<HwAddr<'a>> {
        self.0.mac(IFLA_BOND_AD_INFO_PARTNER_MAC)
    }
}

/// The `bond-slave-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct BondSlaveAttrs<'a>(Table<'a, 10>);

impl<'a> AttrView<'a> for BondSlaveAttrs<'a> {
    const SET: &'static AttrSet = &tables::BOND_SLAVE_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> BondSlaveAttrs<'a> {
    /// Indexes and checks a block of `bond-slave-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 10> {
        &self.0
    }

    /// `IFLA_BOND_SLAVE_STATE`
    #[inline]
    pub fn state(&self) -> Option<u8> {
        self.0.u8(IFLA_BOND_SLAVE_STATE)
    }

    /// `IFLA_BOND_SLAVE_MII_STATUS`
    #[inline]
    pub fn mii_status(&self) -> Option<u8> {
        self.0.u8(IFLA_BOND_SLAVE_MII_STATUS)
    }

    /// `IFLA_BOND_SLAVE_LINK_FAILURE_COUNT`
    #[inline]
    pub fn link_failure_count(&self) -> Option<u32> {
        self.0.u32(IFLA_BOND_SLAVE_LINK_FAILURE_COUNT)
    }

    /// `IFLA_BOND_SLAVE_PERM_HWADDR`
    #[inline]
    pub fn perm_hwaddr(&self) -> Option<HwAddr<'a>> {
        self.0.mac(IFLA_BOND_SLAVE_PERM_HWADDR)
    }

    /// `IFLA_BOND_SLAVE_QUEUE_ID`
    #[inline]
    pub fn queue_id(&self) -> Option<u16> {
        self.0.u16(IFLA_BOND_SLAVE_QUEUE_ID)
    }

    /// `IFLA_BOND_SLAVE_AD_AGGREGATOR_ID`
    #[inline]
    pub fn ad_aggregator_id(&self) -> Option<u16> {
        self.0.u16(IFLA_BOND_SLAVE_AD_AGGREGATOR_ID)
    }

    /// `IFLA_BOND_SLAVE_AD_ACTOR_OPER_PORT_STATE`
    #[inline]
    pub fn ad_actor_oper_port_state(&self) -> Option<u8> {
        self.0.u8(IFLA_BOND_SLAVE_AD_ACTOR_OPER_PORT_STATE)
    }

    /// `IFLA_BOND_SLAVE_AD_PARTNER_OPER_PORT_STATE`
    #[inline]
    pub fn ad_partner_oper_port_state(&self) -> Option<u16> {
        self.0.u16(IFLA_BOND_SLAVE_AD_PARTNER_OPER_PORT_STATE)
    }

    /// `IFLA_BOND_SLAVE_PRIO`
    #[inline]
    pub fn prio(&self) -> Option<u32> {
        self.0.u32(IFLA_BOND_SLAVE_PRIO)
    }
}

/// The `linkinfo-bridge-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoBridgeAttrs<'a>(Table<'a, 51>);

impl<'a> AttrView<'a> for LinkinfoBridgeAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_BRIDGE_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> LinkinfoBridgeAttrs<'a> {
    /// Indexes and checks a block of `linkinfo-bridge-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 51> {
        &self.0
    }

    /// `IFLA_BR_FORWARD_DELAY`
    #[inline]
    pub fn forward_delay(&self) -> Option<u32> {
        self.0.u32(IFLA_BR_FORWARD_DELAY)
    }

    /// `IFLA_BR_HELLO_TIME`
    #[inline]
    pub fn hello_time(&self) -> Option<u32> {
        self.0.u32(IFLA_BR_HELLO_TIME)
    }

    /// `IFLA_BR_MAX_AGE`
    #[inline]
    pub fn max_age(&self) -> Option<u32> {
        self.0.u32(IFLA_BR_MAX_AGE)
    }

    /// `IFLA_BR_AGEING_TIME`
    #[inline]
    pub fn ageing_time(&self) -> Option<u32> {
        self.0.u32(IFLA_BR_AGEING_TIME)
    }

    /// `IFLA_BR_STP_STATE`
    #[inline]
    pub fn stp_state(&self) -> Option<u32> {
        self.0.u32(IFLA_BR_STP_STATE)
    }

    /// `IFLA_BR_PRIORITY`
    #[inline]
    pub fn priority(&self) -> Option<u16> {
        self.0.u16(IFLA_BR_PRIORITY)
    }

    /// `IFLA_BR_VLAN_FILTERING`
    #[inline]
    pub fn vlan_filtering(&self) -> Option<u8> {
        self.0.u8(IFLA_BR_VLAN_FILTERING)
    }

    /// `IFLA_BR_VLAN_PROTOCOL`
    #[inline]
    pub fn vlan_protocol(&self) -> Option<u16> {
        self.0.u16(IFLA_BR_VLAN_PROTOCOL)
    }

    /// `IFLA_BR_GROUP_FWD_MASK`
    #[inline]
    pub fn group_fwd_mask(&self) -> Option<u16> {
        self.0.u16(IFLA_BR_GROUP_FWD_MASK)
    }

    /// `IFLA_BR_ROOT_ID`
    #[inline]
    pub fn root_id(&self) -> Option<IflaBridgeId> {
        self.0.fixed(IFLA_BR_ROOT_ID, IflaBridgeId::from_bytes)
    }

    /// `IFLA_BR_BRIDGE_ID`
    #[inline]
    pub fn bridge_id(&self) -> Option<IflaBridgeId> {
        self.0.fixed(IFLA_BR_BRIDGE_ID, IflaBridgeId::from_bytes)
    }

    /// `IFLA_BR_ROOT_PORT`
    #[inline]
    pub fn root_port(&self) -> Option<u16> {
        self.0.u16(IFLA_BR_ROOT_PORT)
    }

    /// `IFLA_BR_ROOT_PATH_COST`
    #[inline]
    pub fn root_path_cost(&self) -> Option<u32> {
        self.0.u32(IFLA_BR_ROOT_PATH_COST)
    }

    /// `IFLA_BR_TOPOLOGY_CHANGE`
    #[inline]
    pub fn topology_change(&self) -> Option<u8> {
        self.0.u8(IFLA_BR_TOPOLOGY_CHANGE)
    }

    /// `IFLA_BR_TOPOLOGY_CHANGE_DETECTED`
    #[inline]
    pub fn topology_change_detected(&self) -> Option<u8> {
        self.0.u8(IFLA_BR_TOPOLOGY_CHANGE_DETECTED)
    }

    /// `IFLA_BR_HELLO_TIMER`
    #[inline]
    pub fn hello_timer(&self) -> Option<u64> {
        self.0.u64(IFLA_BR_HELLO_TIMER)
    }

    /// `IFLA_BR_TCN_TIMER`
    #[inline]
    pub fn tcn_timer(&self) -> Option<u64> {
        self.0.u64(IFLA_BR_TCN_TIMER)
    }

    /// `IFLA_BR_TOPOLOGY_CHANGE_TIMER`
    #[inline]
    pub fn topology_change_timer(&self) -> Option<u64> {
        self.0.u64(IFLA_BR_TOPOLOGY_CHANGE_TIMER)
    }

    /// `IFLA_BR_GC_TIMER`
    #[inline]
    pub fn gc_timer(&self) -> Option<u64> {
        self.0.u64(IFLA_BR_GC_TIMER)
    }

    /// `IFLA_BR_GROUP_ADDR`
    #[inline]
    pub fn group_addr(&self) -> Option<HwAddr<'a>> {
        self.0.mac(IFLA_BR_GROUP_ADDR)
    }

    /// `IFLA_BR_FDB_FLUSH`
    #[inline]
    pub fn fdb_flush(&self) -> Option<&'a [u8]> {
        self.0.bytes(IFLA_BR_FDB_FLUSH)
    }

    /// `IFLA_BR_MCAST_ROUTER`
    #[inline]
    pub fn mcast_router(&self) -> Option<u8> {
        self.0.u8(IFLA_BR_MCAST_ROUTER)
    }

    /// `IFLA_BR_MCAST_SNOOPING`
    #[inline]
    pub fn mcast_snooping(&self) -> Option<u8> {
        self.0.u8(IFLA_BR_MCAST_SNOOPING)
    }

    /// `IFLA_BR_MCAST_QUERY_USE_IFADDR`
    #[inline]
    pub fn mcast_query_use_ifaddr(&self) -> Option<u8> {
        self.0.u8(IFLA_BR_MCAST_QUERY_USE_IFADDR)
    }

    /// `IFLA_BR_MCAST_QUERIER`
    #[inline]
    pub fn mcast_querier(&self) -> Option<u8> {
        self.0.u8(IFLA_BR_MCAST_QUERIER)
    }

    /// `IFLA_BR_MCAST_HASH_ELASTICITY`
    #[inline]
    pub fn mcast_hash_elasticity(&self) -> Option<u32> {
        self.0.u32(IFLA_BR_MCAST_HASH_ELASTICITY)
    }

    /// `IFLA_BR_MCAST_HASH_MAX`
    #[inline]
    pub fn mcast_hash_max(&self) -> Option<u32> {
        self.0.u32(IFLA_BR_MCAST_HASH_MAX)
    }

    /// `IFLA_BR_MCAST_LAST_MEMBER_CNT`
    #[inline]
    pub fn mcast_last_member_cnt(&self) -> Option<u32> {
        self.0.u32(IFLA_BR_MCAST_LAST_MEMBER_CNT)
    }

    /// `IFLA_BR_MCAST_STARTUP_QUERY_CNT`
    #[inline]
    pub fn mcast_startup_query_cnt(&self) -> Option<u32> {
        self.0.u32(IFLA_BR_MCAST_STARTUP_QUERY_CNT)
    }

    /// `IFLA_BR_MCAST_LAST_MEMBER_INTVL`
    #[inline]
    pub fn mcast_last_member_intvl(&self) -> Option<u64> {
        self.0.u64(IFLA_BR_MCAST_LAST_MEMBER_INTVL)
    }

    /// `IFLA_BR_MCAST_MEMBERSHIP_INTVL`
    #[inline]
    pub fn mcast_membership_intvl(&self) -> Option<u64> {
        self.0.u64(IFLA_BR_MCAST_MEMBERSHIP_INTVL)
    }

    /// `IFLA_BR_MCAST_QUERIER_INTVL`
    #[inline]
    pub fn mcast_querier_intvl(&self) -> Option<u64> {
        self.0.u64(IFLA_BR_MCAST_QUERIER_INTVL)
    }

    /// `IFLA_BR_MCAST_QUERY_INTVL`
    #[inline]
    pub fn mcast_query_intvl(&self) -> Option<u64> {
        self.0.u64(IFLA_BR_MCAST_QUERY_INTVL)
    }

    /// `IFLA_BR_MCAST_QUERY_RESPONSE_INTVL`
    #[inline]
    pub fn mcast_query_response_intvl(&self) -> Option<u64> {
        self.0.u64(IFLA_BR_MCAST_QUERY_RESPONSE_INTVL)
    }

    /// `IFLA_BR_MCAST_STARTUP_QUERY_INTVL`
    #[inline]
    pub fn mcast_startup_query_intvl(&self) -> Option<u64> {
        self.0.u64(IFLA_BR_MCAST_STARTUP_QUERY_INTVL)
    }

    /// `IFLA_BR_NF_CALL_IPTABLES`
    #[inline]
    pub fn nf_call_iptables(&self) -> Option<u8> {
        self.0.u8(IFLA_BR_NF_CALL_IPTABLES)
    }

    /// `IFLA_BR_NF_CALL_IP6TABLES`
    #[inline]
    pub fn nf_call_ip6tables(&self) -> Option<u8> {
        self.0.u8(IFLA_BR_NF_CALL_IP6TABLES)
    }

    /// `IFLA_BR_NF_CALL_ARPTABLES`
    #[inline]
    pub fn nf_call_arptables(&self) -> Option<u8> {
        self.0.u8(IFLA_BR_NF_CALL_ARPTABLES)
    }

    /// `IFLA_BR_VLAN_DEFAULT_PVID`
    #[inline]
    pub fn vlan_default_pvid(&self) -> Option<u16> {
        self.0.u16(IFLA_BR_VLAN_DEFAULT_PVID)
    }

    /// `IFLA_BR_VLAN_STATS_ENABLED`
    #[inline]
    pub fn vlan_stats_enabled(&self) -> Option<u8> {
        self.0.u8(IFLA_BR_VLAN_STATS_ENABLED)
    }

    /// `IFLA_BR_MCAST_STATS_ENABLED`
    #[inline]
    pub fn mcast_stats_enabled(&self) -> Option<u8> {
        self.0.u8(IFLA_BR_MCAST_STATS_ENABLED)
    }

    /// `IFLA_BR_MCAST_IGMP_VERSION`
    #[inline]
    pub fn mcast_igmp_version(&self) -> Option<u8> {
        self.0.u8(IFLA_BR_MCAST_IGMP_VERSION)
    }

    /// `IFLA_BR_MCAST_MLD_VERSION`
    #[inline]
    pub fn mcast_mld_version(&self) -> Option<u8> {
        self.0.u8(IFLA_BR_MCAST_MLD_VERSION)
    }

    /// `IFLA_BR_VLAN_STATS_PER_PORT`
    #[inline]
    pub fn vlan_stats_per_port(&self) -> Option<u8> {
        self.0.u8(IFLA_BR_VLAN_STATS_PER_PORT)
    }

    /// `IFLA_BR_MULTI_BOOLOPT`
    #[inline]
    pub fn multi_boolopt(&self) -> Option<BrBooloptMulti> {
        self.0
            .fixed(IFLA_BR_MULTI_BOOLOPT, BrBooloptMulti::from_bytes)
    }

    /// `IFLA_BR_MCAST_QUERIER_STATE`
    #[inline]
    pub fn mcast_querier_state(&self) -> Option<&'a [u8]> {
        self.0.bytes(IFLA_BR_MCAST_QUERIER_STATE)
    }

    /// `IFLA_BR_FDB_N_LEARNED`
    #[inline]
    pub fn fdb_n_learned(&self) -> Option<u32> {
        self.0.u32(IFLA_BR_FDB_N_LEARNED)
    }

    /// `IFLA_BR_FDB_MAX_LEARNED`
    #[inline]
    pub fn fdb_max_learned(&self) -> Option<u32> {
        self.0.u32(IFLA_BR_FDB_MAX_LEARNED)
    }

    /// `IFLA_BR_STP_MODE`
    #[inline]
    pub fn stp_mode(&self) -> Option<BrStpMode> {
        self.0
            .u32(IFLA_BR_STP_MODE)
            .map(|v| BrStpMode::from_value(v as u32))
    }
}

/// The `linkinfo-brport-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoBrportAttrs<'a>(Table<'a, 46>);

impl<'a> AttrView<'a> for LinkinfoBrportAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_BRPORT_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> LinkinfoBrportAttrs<'a> {
    /// Indexes and checks a block of `linkinfo-brport-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 46> {
        &self.0
    }

    /// `IFLA_BRPORT_STATE`
    #[inline]
    pub fn state(&self) -> Option<u8> {
        self.0.u8(IFLA_BRPORT_STATE)
    }

    /// `IFLA_BRPORT_PRIORITY`
    #[inline]
    pub fn priority(&self) -> Option<u16> {
        self.0.u16(IFLA_BRPORT_PRIORITY)
    }

    /// `IFLA_BRPORT_COST`
    #[inline]
    pub fn cost(&self) -> Option<u32> {
        self.0.u32(IFLA_BRPORT_COST)
    }

    /// `IFLA_BRPORT_MODE`
    #[inline]
    pub fn mode(&self) -> Option<u8> {
        self.0.u8(IFLA_BRPORT_MODE)
    }

    /// `IFLA_BRPORT_GUARD`
    #[inline]
    pub fn guard(&self) -> Option<u8> {
        self.0.u8(IFLA_BRPORT_GUARD)
    }

    /// `IFLA_BRPORT_PROTECT`
    #[inline]
    pub fn protect(&self) -> Option<u8> {
        self.0.u8(IFLA_BRPORT_PROTECT)
    }

    /// `IFLA_BRPORT_FAST_LEAVE`
    #[inline]
    pub fn fast_leave(&self) -> Option<u8> {
        self.0.u8(IFLA_BRPORT_FAST_LEAVE)
    }

    /// `IFLA_BRPORT_LEARNING`
    #[inline]
    pub fn learning(&self) -> Option<u8> {
        self.0.u8(IFLA_BRPORT_LEARNING)
    }

    /// `IFLA_BRPORT_UNICAST_FLOOD`
    #[inline]
    pub fn unicast_flood(&self) -> Option<u8> {
        self.0.u8(IFLA_BRPORT_UNICAST_FLOOD)
    }

    /// `IFLA_BRPORT_PROXYARP`
    #[inline]
    pub fn proxyarp(&self) -> Option<u8> {
        self.0.u8(IFLA_BRPORT_PROXYARP)
    }

    /// `IFLA_BRPORT_LEARNING_SYNC`
    #[inline]
    pub fn learning_sync(&self) -> Option<u8> {
        self.0.u8(IFLA_BRPORT_LEARNING_SYNC)
    }

    /// `IFLA_BRPORT_PROXYARP_WIFI`
    #[inline]
    pub fn proxyarp_wifi(&self) -> Option<u8> {
        self.0.u8(IFLA_BRPORT_PROXYARP_WIFI)
    }

    /// `IFLA_BRPORT_ROOT_ID`
    #[inline]
    pub fn root_id(&self) -> Option<IflaBridgeId> {
        self.0.fixed(IFLA_BRPORT_ROOT_ID, IflaBridgeId::from_bytes)
    }

    /// `IFLA_BRPORT_BRIDGE_ID`
    #[inline]
    pub fn bridge_id(&self) -> Option<IflaBridgeId> {
        self.0
            .fixed(IFLA_BRPORT_BRIDGE_ID, IflaBridgeId::from_bytes)
    }

    /// `IFLA_BRPORT_DESIGNATED_PORT`
    #[inline]
    pub fn designated_port(&self) -> Option<u16> {
        self.0.u16(IFLA_BRPORT_DESIGNATED_PORT)
    }

    /// `IFLA_BRPORT_DESIGNATED_COST`
    #[inline]
    pub fn designated_cost(&self) -> Option<u16> {
        self.0.u16(IFLA_BRPORT_DESIGNATED_COST)
    }

    /// `IFLA_BRPORT_ID`
    #[inline]
    pub fn id(&self) -> Option<u16> {
        self.0.u16(IFLA_BRPORT_ID)
    }

    /// `IFLA_BRPORT_NO`
    #[inline]
    pub fn no(&self) -> Option<u16> {
        self.0.u16(IFLA_BRPORT_NO)
    }

    /// `IFLA_BRPORT_TOPOLOGY_CHANGE_ACK`
    #[inline]
    pub fn topology_change_ack(&self) -> Option<u8> {
        self.0.u8(IFLA_BRPORT_TOPOLOGY_CHANGE_ACK)
    }

    /// `IFLA_BRPORT_CONFIG_PENDING`
    #[inline]
    pub fn config_pending(&self) -> Option<u8> {
        self.0.u8(IFLA_BRPORT_CONFIG_PENDING)
    }

    /// `IFLA_BRPORT_MESSAGE_AGE_TIMER`
    #[inline]
    pub fn message_age_timer(&self) -> Option<u64> {
        self.0.u64(IFLA_BRPORT_MESSAGE_AGE_TIMER)
    }

    /// `IFLA_BRPORT_FORWARD_DELAY_TIMER`
    #[inline]
    pub fn forward_delay_timer(&self) -> Option<u64> {
        self.0.u64(IFLA_BRPORT_FORWARD_DELAY_TIMER)
    }

    /// `IFLA_BRPORT_HOLD_TIMER`
    #[inline]
    pub fn hold_timer(&self) -> Option<u64> {
        self.0.u64(IFLA_BRPORT_HOLD_TIMER)
    }

    /// `IFLA_BRPORT_FLUSH`
    #[inline]
    pub fn flush(&self) -> bool {
        self.0.flag(IFLA_BRPORT_FLUSH)
    }

    /// `IFLA_BRPORT_MULTICAST_ROUTER`
    #[inline]
    pub fn multicast_router(&self) -> Option<u8> {
        self.0.u8(IFLA_BRPORT_MULTICAST_ROUTER)
    }

    /// `IFLA_BRPORT_MCAST_FLOOD`
    #[inline]
    pub fn mcast_flood(&self) -> Option<u8> {
        self.0.u8(IFLA_BRPORT_MCAST_FLOOD)
    }

    /// `IFLA_BRPORT_MCAST_TO_UCAST`
    #[inline]
    pub fn mcast_to_ucast(&self) -> Option<u8> {
        self.0.u8(IFLA_BRPORT_MCAST_TO_UCAST)
    }

    /// `IFLA_BRPORT_VLAN_TUNNEL`
    #[inline]
    pub fn vlan_tunnel(&self) -> Option<u8> {
        self.0.u8(IFLA_BRPORT_VLAN_TUNNEL)
    }

    /// `IFLA_BRPORT_BCAST_FLOOD`
    #[inline]
    pub fn bcast_flood(&self) -> Option<u8> {
        self.0.u8(IFLA_BRPORT_BCAST_FLOOD)
    }

    /// `IFLA_BRPORT_GROUP_FWD_MASK`
    #[inline]
    pub fn group_fwd_mask(&self) -> Option<u16> {
        self.0.u16(IFLA_BRPORT_GROUP_FWD_MASK)
    }

    /// `IFLA_BRPORT_NEIGH_SUPPRESS`
    #[inline]
    pub fn neigh_suppress(&self) -> Option<u8> {
        self.0.u8(IFLA_BRPORT_NEIGH_SUPPRESS)
    }

    /// `IFLA_BRPORT_ISOLATED`
    #[inline]
    pub fn isolated(&self) -> Option<u8> {
        self.0.u8(IFLA_BRPORT_ISOLATED)
    }

    /// `IFLA_BRPORT_BACKUP_PORT`
    #[inline]
    pub fn backup_port(&self) -> Option<u32> {
        self.0.u32(IFLA_BRPORT_BACKUP_PORT)
    }

    /// `IFLA_BRPORT_MRP_RING_OPEN`
    #[inline]
    pub fn mrp_ring_open(&self) -> Option<u8> {
        self.0.u8(IFLA_BRPORT_MRP_RING_OPEN)
    }

    /// `IFLA_BRPORT_MRP_IN_OPEN`
    #[inline]
    pub fn mrp_in_open(&self) -> Option<u8> {
        self.0.u8(IFLA_BRPORT_MRP_IN_OPEN)
    }

    /// `IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT`
    #[inline]
    pub fn mcast_eht_hosts_limit(&self) -> Option<u32> {
        self.0.u32(IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT)
    }

    /// `IFLA_BRPORT_MCAST_EHT_HOSTS_CNT`
    #[inline]
    pub fn mcast_eht_hosts_cnt(&self) -> Option<u32> {
        self.0.u32(IFLA_BRPORT_MCAST_EHT_HOSTS_CNT)
    }

    /// `IFLA_BRPORT_LOCKED`
    #[inline]
    pub fn locked(&self) -> Option<u8> {
        self.0.u8(IFLA_BRPORT_LOCKED)
    }

    /// `IFLA_BRPORT_MAB`
    #[inline]
    pub fn mab(&self) -> Option<u8> {
        self.0.u8(IFLA_BRPORT_MAB)
    }

    /// `IFLA_BRPORT_MCAST_N_GROUPS`
    #[inline]
    pub fn mcast_n_groups(&self) -> Option<u32> {
        self.0.u32(IFLA_BRPORT_MCAST_N_GROUPS)
    }

    /// `IFLA_BRPORT_MCAST_MAX_GROUPS`
    #[inline]
    pub fn mcast_max_groups(&self) -> Option<u32> {
        self.0.u32(IFLA_BRPORT_MCAST_MAX_GROUPS)
    }

    /// `IFLA_BRPORT_NEIGH_VLAN_SUPPRESS`
    #[inline]
    pub fn neigh_vlan_suppress(&self) -> Option<u8> {
        self.0.u8(IFLA_BRPORT_NEIGH_VLAN_SUPPRESS)
    }

    /// `IFLA_BRPORT_BACKUP_NHID`
    #[inline]
    pub fn backup_nhid(&self) -> Option<u32> {
        self.0.u32(IFLA_BRPORT_BACKUP_NHID)
    }

    /// `IFLA_BRPORT_NEIGH_FORWARD_GRAT`
    #[inline]
    pub fn neigh_forward_grat(&self) -> Option<u8> {
        self.0.u8(IFLA_BRPORT_NEIGH_FORWARD_GRAT)
    }
}

/// The `linkinfo-gre-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoGreAttrs<'a>(Table<'a, 25>);

impl<'a> AttrView<'a> for LinkinfoGreAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_GRE_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> LinkinfoGreAttrs<'a> {
    /// Indexes and checks a block of `linkinfo-gre-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 25> {
        &self.0
    }

    /// `IFLA_GRE_LINK`
    #[inline]
    pub fn link(&self) -> Option<u32> {
        self.0.u32(IFLA_GRE_LINK)
    }

    /// `IFLA_GRE_IFLAGS`
    #[inline]
    pub fn iflags(&self) -> Option<u16> {
        self.0.u16_be(IFLA_GRE_IFLAGS)
    }

    /// `IFLA_GRE_OFLAGS`
    #[inline]
    pub fn oflags(&self) -> Option<u16> {
        self.0.u16_be(IFLA_GRE_OFLAGS)
    }

    /// `IFLA_GRE_IKEY`
    #[inline]
    pub fn ikey(&self) -> Option<u32> {
        self.0.u32_be(IFLA_GRE_IKEY)
    }

    /// `IFLA_GRE_OKEY`
    #[inline]
    pub fn okey(&self) -> Option<u32> {
        self.0.u32_be(IFLA_GRE_OKEY)
    }

    /// `IFLA_GRE_LOCAL`
    #[inline]
    pub fn local(&self) -> Option<IpAddr> {
        self.0.ip(IFLA_GRE_LOCAL)
    }

    /// `IFLA_GRE_REMOTE`
    #[inline]
    pub fn remote(&self) -> Option<IpAddr> {
        self.0.ip(IFLA_GRE_REMOTE)
    }

    /// `IFLA_GRE_TTL`
    #[inline]
    pub fn ttl(&self) -> Option<u8> {
        self.0.u8(IFLA_GRE_TTL)
    }

    /// `IFLA_GRE_TOS`
    #[inline]
    pub fn tos(&self) -> Option<u8> {
        self.0.u8(IFLA_GRE_TOS)
    }

    /// `IFLA_GRE_PMTUDISC`
    #[inline]
    pub fn pmtudisc(&self) -> Option<u8> {
        self.0.u8(IFLA_GRE_PMTUDISC)
    }

    /// `IFLA_GRE_ENCAP_LIMIT`
    #[inline]
    pub fn encap_limit(&self) -> Option<u8> {
        self.0.u8(IFLA_GRE_ENCAP_LIMIT)
    }

    /// `IFLA_GRE_FLOWINFO`
    #[inline]
    pub fn flowinfo(&self) -> Option<u32> {
        self.0.u32_be(IFLA_GRE_FLOWINFO)
    }

    /// `IFLA_GRE_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<u32> {
        self.0.u32(IFLA_GRE_FLAGS)
    }

    /// `IFLA_GRE_ENCAP_TYPE`
    #[inline]
    pub fn encap_type(&self) -> Option<u16> {
        self.0.u16(IFLA_GRE_ENCAP_TYPE)
    }

    /// `IFLA_GRE_ENCAP_FLAGS`
    #[inline]
    pub fn encap_flags(&self) -> Option<u16> {
        self.0.u16(IFLA_GRE_ENCAP_FLAGS)
    }

    /// `IFLA_GRE_ENCAP_SPORT`
    #[inline]
    pub fn encap_sport(&self) -> Option<u16> {
        self.0.u16_be(IFLA_GRE_ENCAP_SPORT)
    }

    /// `IFLA_GRE_ENCAP_DPORT`
    #[inline]
    pub fn encap_dport(&self) -> Option<u16> {
        self.0.u16_be(IFLA_GRE_ENCAP_DPORT)
    }

    /// `IFLA_GRE_COLLECT_METADATA`
    #[inline]
    pub fn collect_metadata(&self) -> bool {
        self.0.flag(IFLA_GRE_COLLECT_METADATA)
    }

    /// `IFLA_GRE_IGNORE_DF`
    #[inline]
    pub fn ignore_df(&self) -> Option<u8> {
        self.0.u8(IFLA_GRE_IGNORE_DF)
    }

    /// `IFLA_GRE_FWMARK`
    #[inline]
    pub fn fwmark(&self) -> Option<u32> {
        self.0.u32(IFLA_GRE_FWMARK)
    }

    /// `IFLA_GRE_ERSPAN_INDEX`
    #[inline]
    pub fn erspan_index(&self) -> Option<u32> {
        self.0.u32(IFLA_GRE_ERSPAN_INDEX)
    }

    /// `IFLA_GRE_ERSPAN_VER`
    #[inline]
    pub fn erspan_ver(&self) -> Option<u8> {
        self.0.u8(IFLA_GRE_ERSPAN_VER)
    }

    /// `IFLA_GRE_ERSPAN_DIR`
    #[inline]
    pub fn erspan_dir(&self) -> Option<u8> {
        self.0.u8(IFLA_GRE_ERSPAN_DIR)
    }

    /// `IFLA_GRE_ERSPAN_HWID`
    #[inline]
    pub fn erspan_hwid(&self) -> Option<u16> {
        self.0.u16(IFLA_GRE_ERSPAN_HWID)
    }
}

/// The `linkinfo-vti-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoVtiAttrs<'a>(Table<'a, 7>);

impl<'a> AttrView<'a> for LinkinfoVtiAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_VTI_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> LinkinfoVtiAttrs<'a> {
    /// Indexes and checks a block of `linkinfo-vti-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 7> {
        &self.0
    }

    /// `IFLA_VTI_LINK`
    #[inline]
    pub fn link(&self) -> Option<u32> {
        self.0.u32(IFLA_VTI_LINK)
    }

    /// `IFLA_VTI_IKEY`
    #[inline]
    pub fn ikey(&self) -> Option<u32> {
        self.0.u32_be(IFLA_VTI_IKEY)
    }

    /// `IFLA_VTI_OKEY`
    #[inline]
    pub fn okey(&self) -> Option<u32> {
        self.0.u32_be(IFLA_VTI_OKEY)
    }

    /// `IFLA_VTI_LOCAL`
    #[inline]
    pub fn local(&self) -> Option<IpAddr> {
        self.0.ip(IFLA_VTI_LOCAL)
    }

    /// `IFLA_VTI_REMOTE`
    #[inline]
    pub fn remote(&self) -> Option<IpAddr> {
        self.0.ip(IFLA_VTI_REMOTE)
    }

    /// `IFLA_VTI_FWMARK`
    #[inline]
    pub fn fwmark(&self) -> Option<u32> {
        self.0.u32(IFLA_VTI_FWMARK)
    }
}

/// The `linkinfo-geneve-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoGeneveAttrs<'a>(Table<'a, 19>);

impl<'a> AttrView<'a> for LinkinfoGeneveAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_GENEVE_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> LinkinfoGeneveAttrs<'a> {
    /// Indexes and checks a block of `linkinfo-geneve-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 19> {
        &self.0
    }

    /// `IFLA_GENEVE_ID`
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32(IFLA_GENEVE_ID)
    }

    /// `IFLA_GENEVE_REMOTE`
    #[inline]
    pub fn remote(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(IFLA_GENEVE_REMOTE)
    }

    /// `IFLA_GENEVE_TTL`
    #[inline]
    pub fn ttl(&self) -> Option<u8> {
        self.0.u8(IFLA_GENEVE_TTL)
    }

    /// `IFLA_GENEVE_TOS`
    #[inline]
    pub fn tos(&self) -> Option<u8> {
        self.0.u8(IFLA_GENEVE_TOS)
    }

    /// `IFLA_GENEVE_PORT`
    #[inline]
    pub fn port(&self) -> Option<u16> {
        self.0.u16_be(IFLA_GENEVE_PORT)
    }

    /// `IFLA_GENEVE_COLLECT_METADATA`
    #[inline]
    pub fn collect_metadata(&self) -> bool {
        self.0.flag(IFLA_GENEVE_COLLECT_METADATA)
    }

    /// `IFLA_GENEVE_REMOTE6`
    #[inline]
    pub fn remote6(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(IFLA_GENEVE_REMOTE6)
    }

    /// `IFLA_GENEVE_UDP_CSUM`
    #[inline]
    pub fn udp_csum(&self) -> Option<u8> {
        self.0.u8(IFLA_GENEVE_UDP_CSUM)
    }

    /// `IFLA_GENEVE_UDP_ZERO_CSUM6_TX`
    #[inline]
    pub fn udp_zero_csum6_tx(&self) -> Option<u8> {
        self.0.u8(IFLA_GENEVE_UDP_ZERO_CSUM6_TX)
    }

    /// `IFLA_GENEVE_UDP_ZERO_CSUM6_RX`
    #[inline]
    pub fn udp_zero_csum6_rx(&self) -> Option<u8> {
        self.0.u8(IFLA_GENEVE_UDP_ZERO_CSUM6_RX)
    }

    /// `IFLA_GENEVE_LABEL`
    #[inline]
    pub fn label(&self) -> Option<u32> {
        self.0.u32_be(IFLA_GENEVE_LABEL)
    }

    /// `IFLA_GENEVE_TTL_INHERIT`
    #[inline]
    pub fn ttl_inherit(&self) -> Option<u8> {
        self.0.u8(IFLA_GENEVE_TTL_INHERIT)
    }

    /// `IFLA_GENEVE_DF`
    #[inline]
    pub fn df(&self) -> Option<u8> {
        self.0.u8(IFLA_GENEVE_DF)
    }

    /// `IFLA_GENEVE_INNER_PROTO_INHERIT`
    #[inline]
    pub fn inner_proto_inherit(&self) -> bool {
        self.0.flag(IFLA_GENEVE_INNER_PROTO_INHERIT)
    }

    /// `IFLA_GENEVE_PORT_RANGE`
    #[inline]
    pub fn port_range(&self) -> Option<IflaGenevePortRange> {
        self.0
            .fixed(IFLA_GENEVE_PORT_RANGE, IflaGenevePortRange::from_bytes)
    }

    /// `IFLA_GENEVE_GRO_HINT`
    #[inline]
    pub fn gro_hint(&self) -> bool {
        self.0.flag(IFLA_GENEVE_GRO_HINT)
    }

    /// `IFLA_GENEVE_LOCAL`
    #[inline]
    pub fn local(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(IFLA_GENEVE_LOCAL)
    }

    /// `IFLA_GENEVE_LOCAL6`
    #[inline]
    pub fn local6(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(IFLA_GENEVE_LOCAL6)
    }
}

/// The `linkinfo-hsr-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoHsrAttrs<'a>(Table<'a, 9>);

impl<'a> AttrView<'a> for LinkinfoHsrAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_HSR_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> LinkinfoHsrAttrs<'a> {
    /// Indexes and checks a block of `linkinfo-hsr-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 9> {
        &self.0
    }

    /// `IFLA_HSR_SLAVE1`
    #[inline]
    pub fn slave1(&self) -> Option<u32> {
        self.0.u32(IFLA_HSR_SLAVE1)
    }

    /// `IFLA_HSR_SLAVE2`
    #[inline]
    pub fn slave2(&self) -> Option<u32> {
        self.0.u32(IFLA_HSR_SLAVE2)
    }

    /// `IFLA_HSR_MULTICAST_SPEC`
    #[inline]
    pub fn multicast_spec(&self) -> Option<u8> {
        self.0.u8(IFLA_HSR_MULTICAST_SPEC)
    }

    /// `IFLA_HSR_SUPERVISION_ADDR`
    #[inline]
    pub fn supervision_addr(&self) -> Option<HwAddr<'a>> {
        self.0.mac(IFLA_HSR_SUPERVISION_ADDR)
    }

    /// `IFLA_HSR_SEQ_NR`
    #[inline]
    pub fn seq_nr(&self) -> Option<u16> {
        self.0.u16(IFLA_HSR_SEQ_NR)
    }

    /// `IFLA_HSR_VERSION`
    #[inline]
    pub fn version(&self) -> Option<u8> {
        self.0.u8(IFLA_HSR_VERSION)
    }

    /// `IFLA_HSR_PROTOCOL`
    #[inline]
    pub fn protocol(&self) -> Option<u8> {
        self.0.u8(IFLA_HSR_PROTOCOL)
    }

    /// `IFLA_HSR_INTERLINK`
    #[inline]
    pub fn interlink(&self) -> Option<u32> {
        self.0.u32(IFLA_HSR_INTERLINK)
    }
}

/// The `linkinfo-iptun-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoIptunAttrs<'a>(Table<'a, 21>);

impl<'a> AttrView<'a> for LinkinfoIptunAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_IPTUN_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> LinkinfoIptunAttrs<'a> {
    /// Indexes and checks a block of `linkinfo-iptun-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 21> {
        &self.0
    }

    /// `IFLA_IPTUN_LINK`
    #[inline]
    pub fn link(&self) -> Option<u32> {
        self.0.u32(IFLA_IPTUN_LINK)
    }

    /// `IFLA_IPTUN_LOCAL`
    #[inline]
    pub fn local(&self) -> Option<IpAddr> {
        self.0.ip(IFLA_IPTUN_LOCAL)
    }

    /// `IFLA_IPTUN_REMOTE`
    #[inline]
    pub fn remote(&self) -> Option<IpAddr> {
        self.0.ip(IFLA_IPTUN_REMOTE)
    }

    /// `IFLA_IPTUN_TTL`
    #[inline]
    pub fn ttl(&self) -> Option<u8> {
        self.0.u8(IFLA_IPTUN_TTL)
    }

    /// `IFLA_IPTUN_TOS`
    #[inline]
    pub fn tos(&self) -> Option<u8> {
        self.0.u8(IFLA_IPTUN_TOS)
    }

    /// `IFLA_IPTUN_ENCAP_LIMIT`
    #[inline]
    pub fn encap_limit(&self) -> Option<u8> {
        self.0.u8(IFLA_IPTUN_ENCAP_LIMIT)
    }

    /// `IFLA_IPTUN_FLOWINFO`
    #[inline]
    pub fn flowinfo(&self) -> Option<u32> {
        self.0.u32_be(IFLA_IPTUN_FLOWINFO)
    }

    /// `IFLA_IPTUN_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<u16> {
        self.0.u16_be(IFLA_IPTUN_FLAGS)
    }

    /// `IFLA_IPTUN_PROTO`
    #[inline]
    pub fn proto(&self) -> Option<u8> {
        self.0.u8(IFLA_IPTUN_PROTO)
    }

    /// `IFLA_IPTUN_PMTUDISC`
    #[inline]
    pub fn pmtudisc(&self) -> Option<u8> {
        self.0.u8(IFLA_IPTUN_PMTUDISC)
    }

    /// `IFLA_IPTUN_6RD_PREFIX`
    #[inline]
    pub fn n6rd_prefix(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(IFLA_IPTUN_6RD_PREFIX)
    }

    /// `IFLA_IPTUN_6RD_RELAY_PREFIX`
    #[inline]
    pub fn n6rd_relay_prefix(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(IFLA_IPTUN_6RD_RELAY_PREFIX)
    }

    /// `IFLA_IPTUN_6RD_PREFIXLEN`
    #[inline]
    pub fn n6rd_prefixlen(&self) -> Option<u16> {
        self.0.u16(IFLA_IPTUN_6RD_PREFIXLEN)
    }

    /// `IFLA_IPTUN_6RD_RELAY_PREFIXLEN`
    #[inline]
    pub fn n6rd_relay_prefixlen(&self) -> Option<u16> {
        self.0.u16(IFLA_IPTUN_6RD_RELAY_PREFIXLEN)
    }

    /// `IFLA_IPTUN_ENCAP_TYPE`
    #[inline]
    pub fn encap_type(&self) -> Option<u16> {
        self.0.u16(IFLA_IPTUN_ENCAP_TYPE)
    }

    /// `IFLA_IPTUN_ENCAP_FLAGS`
    #[inline]
    pub fn encap_flags(&self) -> Option<u16> {
        self.0.u16(IFLA_IPTUN_ENCAP_FLAGS)
    }

    /// `IFLA_IPTUN_ENCAP_SPORT`
    #[inline]
    pub fn encap_sport(&self) -> Option<u16> {
        self.0.u16_be(IFLA_IPTUN_ENCAP_SPORT)
    }

    /// `IFLA_IPTUN_ENCAP_DPORT`
    #[inline]
    pub fn encap_dport(&self) -> Option<u16> {
        self.0.u16_be(IFLA_IPTUN_ENCAP_DPORT)
    }

    /// `IFLA_IPTUN_COLLECT_METADATA`
    #[inline]
    pub fn collect_metadata(&self) -> bool {
        self.0.flag(IFLA_IPTUN_COLLECT_METADATA)
    }

    /// `IFLA_IPTUN_FWMARK`
    #[inline]
    pub fn fwmark(&self) -> Option<u32> {
        self.0.u32(IFLA_IPTUN_FWMARK)
    }
}

/// The `linkinfo-tun-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoTunAttrs<'a>(Table<'a, 10>);

impl<'a> AttrView<'a> for LinkinfoTunAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_TUN_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> LinkinfoTunAttrs<'a> {
    /// Indexes and checks a block of `linkinfo-tun-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 10> {
        &self.0
    }

    /// `IFLA_TUN_OWNER`
    #[inline]
    pub fn owner(&self) -> Option<u32> {
        self.0.u32(IFLA_TUN_OWNER)
    }

    /// `IFLA_TUN_GROUP`
    #[inline]
    pub fn group(&self) -> Option<u32> {
        self.0.u32(IFLA_TUN_GROUP)
    }

    /// `IFLA_TUN_TYPE`
    #[inline]
    pub fn type_(&self) -> Option<u8> {
        self.0.u8(IFLA_TUN_TYPE)
    }

    /// `IFLA_TUN_PI`
    #[inline]
    pub fn pi(&self) -> Option<u8> {
        self.0.u8(IFLA_TUN_PI)
    }

    /// `IFLA_TUN_VNET_HDR`
    #[inline]
    pub fn vnet_hdr(&self) -> Option<u8> {
        self.0.u8(IFLA_TUN_VNET_HDR)
    }

    /// `IFLA_TUN_PERSIST`
    #[inline]
    pub fn persist(&self) -> Option<u8> {
        self.0.u8(IFLA_TUN_PERSIST)
    }

    /// `IFLA_TUN_MULTI_QUEUE`
    #[inline]
    pub fn multi_queue(&self) -> Option<u8> {
        self.0.u8(IFLA_TUN_MULTI_QUEUE)
    }

    /// `IFLA_TUN_NUM_QUEUES`
    #[inline]
    pub fn num_queues(&self) -> Option<u32> {
        self.0.u32(IFLA_TUN_NUM_QUEUES)
    }

    /// `IFLA_TUN_NUM_DISABLED_QUEUES`
    #[inline]
    pub fn num_disabled_queues(&self) -> Option<u32> {
        self.0.u32(IFLA_TUN_NUM_DISABLED_QUEUES)
    }
}

/// The `linkinfo-vlan-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoVlanAttrs<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for LinkinfoVlanAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_VLAN_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> LinkinfoVlanAttrs<'a> {
    /// Indexes and checks a block of `linkinfo-vlan-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `IFLA_VLAN_ID`
    #[inline]
    pub fn id(&self) -> Option<u16> {
        self.0.u16(IFLA_VLAN_ID)
    }

    /// `IFLA_VLAN_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<IflaVlanFlags> {
        self.0.fixed(IFLA_VLAN_FLAGS, IflaVlanFlags::from_bytes)
    }

    /// `IFLA_VLAN_EGRESS_QOS`
    #[inline]
    pub fn egress_qos(&self) -> Result<Option<IflaVlanQos<'a>>, Error> {
        self.0.nest(IFLA_VLAN_EGRESS_QOS)
    }

    /// `IFLA_VLAN_INGRESS_QOS`
    #[inline]
    pub fn ingress_qos(&self) -> Result<Option<IflaVlanQos<'a>>, Error> {
        self.0.nest(IFLA_VLAN_INGRESS_QOS)
    }

    /// `IFLA_VLAN_PROTOCOL`
    #[inline]
    pub fn protocol(&self) -> Option<VlanProtocols> {
        self.0
            .u16_be(IFLA_VLAN_PROTOCOL)
            .map(|v| VlanProtocols::from_value(v as u32))
    }
}

/// The `ifla-vlan-qos` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct IflaVlanQos<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for IflaVlanQos<'a> {
    const SET: &'static AttrSet = &tables::IFLA_VLAN_QOS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> IflaVlanQos<'a> {
    /// Indexes and checks a block of `ifla-vlan-qos` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `IFLA_VLAN_QOS_MAPPING`
    #[inline]
    pub fn mapping(&self) -> impl Iterator<Item = Attr<'a>> + 'a {
        self.0.all(IFLA_VLAN_QOS_MAPPING)
    }
}

/// The `linkinfo-vrf-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoVrfAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for LinkinfoVrfAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_VRF_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> LinkinfoVrfAttrs<'a> {
    /// Indexes and checks a block of `linkinfo-vrf-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `IFLA_VRF_TABLE`
    #[inline]
    pub fn table_attr(&self) -> Option<u32> {
        self.0.u32(IFLA_VRF_TABLE)
    }
}

/// The `xdp-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct XdpAttrs<'a>(Table<'a, 9>);

impl<'a> AttrView<'a> for XdpAttrs<'a> {
    const SET: &'static AttrSet = &tables::XDP_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> XdpAttrs<'a> {
    /// Indexes and checks a block of `xdp-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 9> {
        &self.0
    }

    /// `IFLA_XDP_FD`
    #[inline]
    pub fn fd(&self) -> Option<i32> {
        self.0.i32(IFLA_XDP_FD)
    }

    /// `IFLA_XDP_ATTACHED`
    #[inline]
    pub fn attached(&self) -> Option<u8> {
        self.0.u8(IFLA_XDP_ATTACHED)
    }

    /// `IFLA_XDP_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<u32> {
        self.0.u32(IFLA_XDP_FLAGS)
    }

    /// `IFLA_XDP_PROG_ID`
    #[inline]
    pub fn prog_id(&self) -> Option<u32> {
        self.0.u32(IFLA_XDP_PROG_ID)
    }

    /// `IFLA_XDP_DRV_PROG_ID`
    #[inline]
    pub fn drv_prog_id(&self) -> Option<u32> {
        self.0.u32(IFLA_XDP_DRV_PROG_ID)
    }

    /// `IFLA_XDP_SKB_PROG_ID`
    #[inline]
    pub fn skb_prog_id(&self) -> Option<u32> {
        self.0.u32(IFLA_XDP_SKB_PROG_ID)
    }

    /// `IFLA_XDP_HW_PROG_ID`
    #[inline]
    pub fn hw_prog_id(&self) -> Option<u32> {
        self.0.u32(IFLA_XDP_HW_PROG_ID)
    }

    /// `IFLA_XDP_EXPECTED_FD`
    #[inline]
    pub fn expected_fd(&self) -> Option<i32> {
        self.0.i32(IFLA_XDP_EXPECTED_FD)
    }
}

/// The `ifla-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct IflaAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for IflaAttrs<'a> {
    const SET: &'static AttrSet = &tables::IFLA_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> IflaAttrs<'a> {
    /// Indexes and checks a block of `ifla-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `IFLA_INET_CONF`: u32 indexed by ipv4-devconf - 1 on output, on input it's a nest
    #[inline]
    pub fn conf(&self) -> Option<&'a [u8]> {
        self.0.bytes(IFLA_INET_CONF)
    }
}

/// The `ifla6-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Ifla6Attrs<'a>(Table<'a, 10>);

impl<'a> AttrView<'a> for Ifla6Attrs<'a> {
    const SET: &'static AttrSet = &tables::IFLA6_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Ifla6Attrs<'a> {
    /// Indexes and checks a block of `ifla6-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 10> {
        &self.0
    }

    /// `IFLA_INET6_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<u32> {
        self.0.u32(IFLA_INET6_FLAGS)
    }

    /// `IFLA_INET6_CONF`: u32 indexed by ipv6-devconf - 1 on output, on input it's a nest
    #[inline]
    pub fn conf(&self) -> Option<&'a [u8]> {
        self.0.bytes(IFLA_INET6_CONF)
    }

    /// `IFLA_INET6_STATS`
    #[inline]
    pub fn stats(&self) -> Option<&'a [u8]> {
        self.0.bytes(IFLA_INET6_STATS)
    }

    /// `IFLA_INET6_MCAST`
    #[inline]
    pub fn mcast(&self) -> Option<&'a [u8]> {
        self.0.bytes(IFLA_INET6_MCAST)
    }

    /// `IFLA_INET6_CACHEINFO`
    #[inline]
    pub fn cacheinfo(&self) -> Option<IflaCacheinfo> {
        self.0
            .fixed(IFLA_INET6_CACHEINFO, IflaCacheinfo::from_bytes)
    }

    /// `IFLA_INET6_ICMP6STATS`
    #[inline]
    pub fn icmp6stats(&self) -> Option<&'a [u8]> {
        self.0.bytes(IFLA_INET6_ICMP6STATS)
    }

    /// `IFLA_INET6_TOKEN`
    #[inline]
    pub fn token(&self) -> Option<&'a [u8]> {
        self.0.bytes(IFLA_INET6_TOKEN)
    }

    /// `IFLA_INET6_ADDR_GEN_MODE`
    #[inline]
    pub fn addr_gen_mode(&self) -> Option<u8> {
        self.0.u8(IFLA_INET6_ADDR_GEN_MODE)
    }

    /// `IFLA_INET6_RA_MTU`
    #[inline]
    pub fn ra_mtu(&self) -> Option<u32> {
        self.0.u32(IFLA_INET6_RA_MTU)
    }
}

/// The `mctp-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct MctpAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for MctpAttrs<'a> {
    const SET: &'static AttrSet = &tables::MCTP_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> MctpAttrs<'a> {
    /// Indexes and checks a block of `mctp-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `IFLA_MCTP_NET`
    #[inline]
    pub fn net(&self) -> Option<u32> {
        self.0.u32(IFLA_MCTP_NET)
    }

    /// `IFLA_MCTP_PHYS_BINDING`
    #[inline]
    pub fn phys_binding(&self) -> Option<u8> {
        self.0.u8(IFLA_MCTP_PHYS_BINDING)
    }
}

/// The `stats-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct StatsAttrs<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for StatsAttrs<'a> {
    const SET: &'static AttrSet = &tables::STATS_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> StatsAttrs<'a> {
    /// Indexes and checks a block of `stats-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `IFLA_STATS_LINK_64`
    #[inline]
    pub fn link_64(&self) -> Option<RtnlLinkStats64> {
        self.0
            .fixed(IFLA_STATS_LINK_64, RtnlLinkStats64::from_bytes)
    }

    /// `IFLA_STATS_LINK_XSTATS`
    #[inline]
    pub fn link_xstats(&self) -> Option<&'a [u8]> {
        self.0.bytes(IFLA_STATS_LINK_XSTATS)
    }

    /// `IFLA_STATS_LINK_XSTATS_SLAVE`
    #[inline]
    pub fn link_xstats_slave(&self) -> Option<&'a [u8]> {
        self.0.bytes(IFLA_STATS_LINK_XSTATS_SLAVE)
    }

    /// `IFLA_STATS_LINK_OFFLOAD_XSTATS`
    #[inline]
    pub fn link_offload_xstats(&self) -> Result<Option<LinkOffloadXstats<'a>>, Error> {
        self.0.nest(IFLA_STATS_LINK_OFFLOAD_XSTATS)
    }

    /// `IFLA_STATS_AF_SPEC`
    #[inline]
    pub fn af_spec(&self) -> Option<&'a [u8]> {
        self.0.bytes(IFLA_STATS_AF_SPEC)
    }
}

/// The `link-offload-xstats` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkOffloadXstats<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for LinkOffloadXstats<'a> {
    const SET: &'static AttrSet = &tables::LINK_OFFLOAD_XSTATS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> LinkOffloadXstats<'a> {
    /// Indexes and checks a block of `link-offload-xstats` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `IFLA_OFFLOAD_XSTATS_CPU_HIT`
    #[inline]
    pub fn cpu_hit(&self) -> Option<&'a [u8]> {
        self.0.bytes(IFLA_OFFLOAD_XSTATS_CPU_HIT)
    }

    /// `IFLA_OFFLOAD_XSTATS_HW_S_INFO`
    #[inline]
    pub fn hw_s_info(&self) -> Option<Entries<'a, HwSInfoOne<'a>>> {
        self.0.entries(IFLA_OFFLOAD_XSTATS_HW_S_INFO)
    }

    /// `IFLA_OFFLOAD_XSTATS_L3_STATS`
    #[inline]
    pub fn l3_stats(&self) -> Option<&'a [u8]> {
        self.0.bytes(IFLA_OFFLOAD_XSTATS_L3_STATS)
    }
}

/// The `hw-s-info-one` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct HwSInfoOne<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for HwSInfoOne<'a> {
    const SET: &'static AttrSet = &tables::HW_S_INFO_ONE;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> HwSInfoOne<'a> {
    /// Indexes and checks a block of `hw-s-info-one` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `IFLA_OFFLOAD_XSTATS_HW_S_INFO_REQUEST`
    #[inline]
    pub fn request(&self) -> Option<u8> {
        self.0.u8(IFLA_OFFLOAD_XSTATS_HW_S_INFO_REQUEST)
    }

    /// `IFLA_OFFLOAD_XSTATS_HW_S_INFO_USED`
    #[inline]
    pub fn used(&self) -> Option<u8> {
        self.0.u8(IFLA_OFFLOAD_XSTATS_HW_S_INFO_USED)
    }
}

/// The `link-dpll-pin-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkDpllPinAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for LinkDpllPinAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINK_DPLL_PIN_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> LinkDpllPinAttrs<'a> {
    /// Indexes and checks a block of `link-dpll-pin-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `DPLL_A_ID`
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32(DPLL_A_ID)
    }
}

/// The `linkinfo-netkit-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoNetkitAttrs<'a>(Table<'a, 11>);

impl<'a> AttrView<'a> for LinkinfoNetkitAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_NETKIT_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> LinkinfoNetkitAttrs<'a> {
    /// Indexes and checks a block of `linkinfo-netkit-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 11> {
        &self.0
    }

    /// `IFLA_NETKIT_PEER_INFO`
    #[inline]
    pub fn peer_info(&self) -> Option<&'a [u8]> {
        self.0.bytes(IFLA_NETKIT_PEER_INFO)
    }

    /// `IFLA_NETKIT_PRIMARY`
    #[inline]
    pub fn primary(&self) -> Option<u8> {
        self.0.u8(IFLA_NETKIT_PRIMARY)
    }

    /// `IFLA_NETKIT_POLICY`
    #[inline]
    pub fn policy(&self) -> Option<NetkitPolicy> {
        self.0
            .u32(IFLA_NETKIT_POLICY)
            .map(|v| NetkitPolicy::from_value(v as u32))
    }

    /// `IFLA_NETKIT_PEER_POLICY`
    #[inline]
    pub fn peer_policy(&self) -> Option<NetkitPolicy> {
        self.0
            .u32(IFLA_NETKIT_PEER_POLICY)
            .map(|v| NetkitPolicy::from_value(v as u32))
    }

    /// `IFLA_NETKIT_MODE`
    #[inline]
    pub fn mode(&self) -> Option<NetkitMode> {
        self.0
            .u32(IFLA_NETKIT_MODE)
            .map(|v| NetkitMode::from_value(v as u32))
    }

    /// `IFLA_NETKIT_SCRUB`
    #[inline]
    pub fn scrub(&self) -> Option<NetkitScrub> {
        self.0
            .u32(IFLA_NETKIT_SCRUB)
            .map(|v| NetkitScrub::from_value(v as u32))
    }

    /// `IFLA_NETKIT_PEER_SCRUB`
    #[inline]
    pub fn peer_scrub(&self) -> Option<NetkitScrub> {
        self.0
            .u32(IFLA_NETKIT_PEER_SCRUB)
            .map(|v| NetkitScrub::from_value(v as u32))
    }

    /// `IFLA_NETKIT_HEADROOM`
    #[inline]
    pub fn headroom(&self) -> Option<u16> {
        self.0.u16(IFLA_NETKIT_HEADROOM)
    }

    /// `IFLA_NETKIT_TAILROOM`
    #[inline]
    pub fn tailroom(&self) -> Option<u16> {
        self.0.u16(IFLA_NETKIT_TAILROOM)
    }

    /// `IFLA_NETKIT_PAIRING`
    #[inline]
    pub fn pairing(&self) -> Option<NetkitPairing> {
        self.0
            .u32(IFLA_NETKIT_PAIRING)
            .map(|v| NetkitPairing::from_value(v as u32))
    }
}

/// The `linkinfo-ovpn-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoOvpnAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for LinkinfoOvpnAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_OVPN_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> LinkinfoOvpnAttrs<'a> {
    /// Indexes and checks a block of `linkinfo-ovpn-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `IFLA_OVPN_MODE`
    #[inline]
    pub fn mode(&self) -> Option<OvpnMode> {
        self.0
            .u8(IFLA_OVPN_MODE)
            .map(|v| OvpnMode::from_value(v as u32))
    }
}

/// The `linkinfo-data-msg` sub-message of `rt-link`, chosen by its selector wherever it sits in the block.
#[derive(Debug, Clone)]
pub enum LinkinfoDataMsg<'a> {
    /// Selector `bond`.
    Bond(LinkinfoBondAttrs<'a>),
    /// Selector `bridge`.
    Bridge(LinkinfoBridgeAttrs<'a>),
    /// Selector `erspan`.
    Erspan(LinkinfoGreAttrs<'a>),
    /// Selector `gre`.
    Gre(LinkinfoGreAttrs<'a>),
    /// Selector `gretap`.
    Gretap(LinkinfoGreAttrs<'a>),
    /// Selector `ip6gre`.
    Ip6gre(LinkinfoGreAttrs<'a>),
    /// Selector `geneve`.
    Geneve(LinkinfoGeneveAttrs<'a>),
    /// Selector `hsr`.
    Hsr(LinkinfoHsrAttrs<'a>),
    /// Selector `ipip`.
    Ipip(LinkinfoIptunAttrs<'a>),
    /// Selector `ip6tnl`.
    Ip6tnl(LinkinfoIptunAttrs<'a>),
    /// Selector `sit`.
    Sit(LinkinfoIptunAttrs<'a>),
    /// Selector `tun`.
    Tun(LinkinfoTunAttrs<'a>),
    /// Selector `vlan`.
    Vlan(LinkinfoVlanAttrs<'a>),
    /// Selector `vrf`.
    Vrf(LinkinfoVrfAttrs<'a>),
    /// Selector `vti`.
    Vti(LinkinfoVtiAttrs<'a>),
    /// Selector `vti6`.
    Vti6(LinkinfoVtiAttrs<'a>),
    /// Selector `netkit`.
    Netkit(LinkinfoNetkitAttrs<'a>),
    /// Selector `ovpn`.
    Ovpn(LinkinfoOvpnAttrs<'a>),
    /// A selector value the spec does not know: the nest, kept raw.
    Other {
        /// The selector's value.
        selector: Option<&'a str>,
        /// The nest.
        attr: Attr<'a>,
    },
}

impl<'a> LinkinfoDataMsg<'a> {
    /// Parses the nest `attr` as the format `selector` names.
    pub fn parse(attr: Option<Attr<'a>>, selector: Option<&'a str>) -> Result<Option<Self>, Error> {
        let Some(attr) = attr else { return Ok(None) };
        Ok(Some(match selector {
            Some("bond") => Self::Bond(LinkinfoBondAttrs::parse(attr.nested())?),
            Some("bridge") => Self::Bridge(LinkinfoBridgeAttrs::parse(attr.nested())?),
            Some("erspan") => Self::Erspan(LinkinfoGreAttrs::parse(attr.nested())?),
            Some("gre") => Self::Gre(LinkinfoGreAttrs::parse(attr.nested())?),
            Some("gretap") => Self::Gretap(LinkinfoGreAttrs::parse(attr.nested())?),
            Some("ip6gre") => Self::Ip6gre(LinkinfoGreAttrs::parse(attr.nested())?),
            Some("geneve") => Self::Geneve(LinkinfoGeneveAttrs::parse(attr.nested())?),
            Some("hsr") => Self::Hsr(LinkinfoHsrAttrs::parse(attr.nested())?),
            Some("ipip") => Self::Ipip(LinkinfoIptunAttrs::parse(attr.nested())?),
            Some("ip6tnl") => Self::Ip6tnl(LinkinfoIptunAttrs::parse(attr.nested())?),
            Some("sit") => Self::Sit(LinkinfoIptunAttrs::parse(attr.nested())?),
            Some("tun") => Self::Tun(LinkinfoTunAttrs::parse(attr.nested())?),
            Some("vlan") => Self::Vlan(LinkinfoVlanAttrs::parse(attr.nested())?),
            Some("vrf") => Self::Vrf(LinkinfoVrfAttrs::parse(attr.nested())?),
            Some("vti") => Self::Vti(LinkinfoVtiAttrs::parse(attr.nested())?),
            Some("vti6") => Self::Vti6(LinkinfoVtiAttrs::parse(attr.nested())?),
            Some("netkit") => Self::Netkit(LinkinfoNetkitAttrs::parse(attr.nested())?),
            Some("ovpn") => Self::Ovpn(LinkinfoOvpnAttrs::parse(attr.nested())?),
            selector => Self::Other { selector, attr },
        }))
    }
}

/// The `linkinfo-member-data-msg` sub-message of `rt-link`, chosen by its selector wherever it sits in the block.
#[derive(Debug, Clone)]
pub enum LinkinfoMemberDataMsg<'a> {
    /// Selector `bridge`.
    Bridge(LinkinfoBrportAttrs<'a>),
    /// Selector `bond`.
    Bond(BondSlaveAttrs<'a>),
    /// A selector value the spec does not know: the nest, kept raw.
    Other {
        /// The selector's value.
        selector: Option<&'a str>,
        /// The nest.
        attr: Attr<'a>,
    },
}

impl<'a> LinkinfoMemberDataMsg<'a> {
    /// Parses the nest `attr` as the format `selector` names.
    pub fn parse(attr: Option<Attr<'a>>, selector: Option<&'a str>) -> Result<Option<Self>, Error> {
        let Some(attr) = attr else { return Ok(None) };
        Ok(Some(match selector {
            Some("bridge") => Self::Bridge(LinkinfoBrportAttrs::parse(attr.nested())?),
            Some("bond") => Self::Bond(BondSlaveAttrs::parse(attr.nested())?),
            selector => Self::Other { selector, attr },
        }))
    }
}
