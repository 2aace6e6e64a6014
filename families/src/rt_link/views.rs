//! Typed views of `rt-link`: one per attribute set, parsed in one pass into a table, with
//! O(1) typed getters.

#![allow(unused_imports)]

use super::builders::*;
use super::consts::*;
use super::tables;
use super::types::*;
use crate::runtime::{
    nest_like, nest_like_with_header, raw, record_like, split_header, value, AttrView, Bitfield32,
    Check, Entries, HwAddr, NestedEntries, Records, RoundtripError, SetRoundtrip, Table,
};
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use nlcodec::family::FamilyHeader;
use nlcodec::schema::AttrSet;
use nlcodec::{Attr, Attrs, Buffer, Error, Writer};

/// What [`LinkAttrs`] checks of each attribute, from the descriptors.
static LINK_ATTRS_CHECKS: [Check; 70] = Check::table(&tables::LINK_ATTRS);

/// The `link-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkAttrs<'a>(Table<'a, 70>);

impl<'a> AttrView<'a> for LinkAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINK_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINK_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINK_ATTRS_CHECKS, attrs)
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
    pub fn operstate(&self) -> Option<OperState> {
        self.0
            .u8(IFLA_OPERSTATE)
            .map(|v| OperState::from_value(v as u32))
    }

    /// `IFLA_LINKMODE`
    #[inline]
    pub fn linkmode(&self) -> Option<LinkMode> {
        self.0
            .u8(IFLA_LINKMODE)
            .map(|v| LinkMode::from_value(v as u32))
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
        self.0.u32(IFLA_EXT_MASK).map(RtextFilter)
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
    pub fn event(&self) -> Option<LinkEvent> {
        self.0.u32(IFLA_EVENT).map(LinkEvent::from_value)
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
    pub fn prop_list(&self) -> Result<Option<PropListLinkAttrs<'a>>, Error> {
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
    pub fn devlink_port(&self) -> Option<Attr<'a>> {
        self.0.get(IFLA_DEVLINK_PORT)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_ADDRESS if a.raw_kind() == IFLA_ADDRESS => {
                    LinkAttrsBuilder::new(w).address(a.value())?;
                }
                IFLA_BROADCAST if a.raw_kind() == IFLA_BROADCAST => {
                    LinkAttrsBuilder::new(w).broadcast(a.value())?;
                }
                IFLA_IFNAME if a.raw_kind() == IFLA_IFNAME => {
                    LinkAttrsBuilder::new(w).ifname(value::str(&a))?;
                }
                IFLA_MTU if a.raw_kind() == IFLA_MTU => {
                    LinkAttrsBuilder::new(w).mtu(value::u32(&a))?;
                }
                IFLA_LINK if a.raw_kind() == IFLA_LINK => {
                    LinkAttrsBuilder::new(w).link(value::u32(&a))?;
                }
                IFLA_QDISC if a.raw_kind() == IFLA_QDISC => {
                    LinkAttrsBuilder::new(w).qdisc(value::str(&a))?;
                }
                IFLA_STATS if a.raw_kind() == IFLA_STATS => {
                    if a.value().len() == RtnlLinkStats::LEN {
                        LinkAttrsBuilder::new(w).stats(&RtnlLinkStats::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_COST if a.raw_kind() == IFLA_COST => raw(w, &a)?,
                IFLA_PRIORITY if a.raw_kind() == IFLA_PRIORITY => raw(w, &a)?,
                IFLA_MASTER if a.raw_kind() == IFLA_MASTER => {
                    LinkAttrsBuilder::new(w).master(value::u32(&a))?;
                }
                IFLA_WIRELESS if a.raw_kind() == IFLA_WIRELESS => {
                    LinkAttrsBuilder::new(w).wireless(a.value())?;
                }
                IFLA_PROTINFO if a.raw_kind() == IFLA_PROTINFO => {
                    LinkAttrsBuilder::new(w).protinfo(a.value())?;
                }
                IFLA_TXQLEN if a.raw_kind() == IFLA_TXQLEN => {
                    LinkAttrsBuilder::new(w).txqlen(value::u32(&a))?;
                }
                IFLA_MAP if a.raw_kind() == IFLA_MAP => {
                    if a.value().len() == RtnlLinkIfmap::LEN {
                        LinkAttrsBuilder::new(w).map(&RtnlLinkIfmap::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_WEIGHT if a.raw_kind() == IFLA_WEIGHT => {
                    LinkAttrsBuilder::new(w).weight(value::u32(&a))?;
                }
                IFLA_OPERSTATE if a.raw_kind() == IFLA_OPERSTATE => {
                    LinkAttrsBuilder::new(w)
                        .operstate(OperState::from_value(value::u8(&a) as u32))?;
                }
                IFLA_LINKMODE if a.raw_kind() == IFLA_LINKMODE => {
                    LinkAttrsBuilder::new(w)
                        .linkmode(LinkMode::from_value(value::u8(&a) as u32))?;
                }
                IFLA_LINKINFO => {
                    nest_like(w, &a, |w| LinkinfoAttrs::parse(a.nested())?.write_to(w))?
                }
                IFLA_NET_NS_PID if a.raw_kind() == IFLA_NET_NS_PID => {
                    LinkAttrsBuilder::new(w).net_ns_pid(value::u32(&a))?;
                }
                IFLA_IFALIAS if a.raw_kind() == IFLA_IFALIAS => {
                    LinkAttrsBuilder::new(w).ifalias(value::str(&a))?;
                }
                IFLA_NUM_VF if a.raw_kind() == IFLA_NUM_VF => {
                    LinkAttrsBuilder::new(w).num_vf(value::u32(&a))?;
                }
                IFLA_VFINFO_LIST => {
                    nest_like(w, &a, |w| VfinfoListAttrs::parse(a.nested())?.write_to(w))?
                }
                IFLA_STATS64 if a.raw_kind() == IFLA_STATS64 => {
                    if a.value().len() == RtnlLinkStats64::LEN {
                        LinkAttrsBuilder::new(w)
                            .stats64(&RtnlLinkStats64::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_VF_PORTS => {
                    nest_like(w, &a, |w| VfPortsAttrs::parse(a.nested())?.write_to(w))?
                }
                IFLA_PORT_SELF => {
                    nest_like(w, &a, |w| PortSelfAttrs::parse(a.nested())?.write_to(w))?
                }
                IFLA_AF_SPEC => nest_like(w, &a, |w| AfSpecAttrs::parse(a.nested())?.write_to(w))?,
                IFLA_GROUP if a.raw_kind() == IFLA_GROUP => {
                    LinkAttrsBuilder::new(w).group(value::u32(&a))?;
                }
                IFLA_NET_NS_FD if a.raw_kind() == IFLA_NET_NS_FD => {
                    LinkAttrsBuilder::new(w).net_ns_fd(value::u32(&a))?;
                }
                IFLA_EXT_MASK if a.raw_kind() == IFLA_EXT_MASK => {
                    LinkAttrsBuilder::new(w).ext_mask(RtextFilter(value::u32(&a)))?;
                }
                IFLA_PROMISCUITY if a.raw_kind() == IFLA_PROMISCUITY => {
                    LinkAttrsBuilder::new(w).promiscuity(value::u32(&a))?;
                }
                IFLA_NUM_TX_QUEUES if a.raw_kind() == IFLA_NUM_TX_QUEUES => {
                    LinkAttrsBuilder::new(w).num_tx_queues(value::u32(&a))?;
                }
                IFLA_NUM_RX_QUEUES if a.raw_kind() == IFLA_NUM_RX_QUEUES => {
                    LinkAttrsBuilder::new(w).num_rx_queues(value::u32(&a))?;
                }
                IFLA_CARRIER if a.raw_kind() == IFLA_CARRIER => {
                    LinkAttrsBuilder::new(w).carrier(value::u8(&a))?;
                }
                IFLA_PHYS_PORT_ID if a.raw_kind() == IFLA_PHYS_PORT_ID => {
                    LinkAttrsBuilder::new(w).phys_port_id(a.value())?;
                }
                IFLA_CARRIER_CHANGES if a.raw_kind() == IFLA_CARRIER_CHANGES => {
                    LinkAttrsBuilder::new(w).carrier_changes(value::u32(&a))?;
                }
                IFLA_PHYS_SWITCH_ID if a.raw_kind() == IFLA_PHYS_SWITCH_ID => {
                    LinkAttrsBuilder::new(w).phys_switch_id(a.value())?;
                }
                IFLA_LINK_NETNSID if a.raw_kind() == IFLA_LINK_NETNSID => {
                    LinkAttrsBuilder::new(w).link_netnsid(value::i32(&a))?;
                }
                IFLA_PHYS_PORT_NAME if a.raw_kind() == IFLA_PHYS_PORT_NAME => {
                    LinkAttrsBuilder::new(w).phys_port_name(value::str(&a))?;
                }
                IFLA_PROTO_DOWN if a.raw_kind() == IFLA_PROTO_DOWN => {
                    LinkAttrsBuilder::new(w).proto_down(value::u8(&a))?;
                }
                IFLA_GSO_MAX_SEGS if a.raw_kind() == IFLA_GSO_MAX_SEGS => {
                    LinkAttrsBuilder::new(w).gso_max_segs(value::u32(&a))?;
                }
                IFLA_GSO_MAX_SIZE if a.raw_kind() == IFLA_GSO_MAX_SIZE => {
                    LinkAttrsBuilder::new(w).gso_max_size(value::u32(&a))?;
                }
                IFLA_PAD if a.raw_kind() == IFLA_PAD => raw(w, &a)?,
                IFLA_XDP => nest_like(w, &a, |w| XdpAttrs::parse(a.nested())?.write_to(w))?,
                IFLA_EVENT if a.raw_kind() == IFLA_EVENT => {
                    LinkAttrsBuilder::new(w).event(LinkEvent::from_value(value::u32(&a)))?;
                }
                IFLA_NEW_NETNSID if a.raw_kind() == IFLA_NEW_NETNSID => {
                    LinkAttrsBuilder::new(w).new_netnsid(value::i32(&a))?;
                }
                IFLA_TARGET_NETNSID if a.raw_kind() == IFLA_TARGET_NETNSID => {
                    LinkAttrsBuilder::new(w).target_netnsid(value::i32(&a))?;
                }
                IFLA_CARRIER_UP_COUNT if a.raw_kind() == IFLA_CARRIER_UP_COUNT => {
                    LinkAttrsBuilder::new(w).carrier_up_count(value::u32(&a))?;
                }
                IFLA_CARRIER_DOWN_COUNT if a.raw_kind() == IFLA_CARRIER_DOWN_COUNT => {
                    LinkAttrsBuilder::new(w).carrier_down_count(value::u32(&a))?;
                }
                IFLA_NEW_IFINDEX if a.raw_kind() == IFLA_NEW_IFINDEX => {
                    LinkAttrsBuilder::new(w).new_ifindex(value::i32(&a))?;
                }
                IFLA_MIN_MTU if a.raw_kind() == IFLA_MIN_MTU => {
                    LinkAttrsBuilder::new(w).min_mtu(value::u32(&a))?;
                }
                IFLA_MAX_MTU if a.raw_kind() == IFLA_MAX_MTU => {
                    LinkAttrsBuilder::new(w).max_mtu(value::u32(&a))?;
                }
                IFLA_PROP_LIST => {
                    nest_like(w, &a, |w| PropListLinkAttrs::parse(a.nested())?.write_to(w))?
                }
                IFLA_ALT_IFNAME if a.raw_kind() == IFLA_ALT_IFNAME => {
                    LinkAttrsBuilder::new(w).alt_ifname(value::str(&a))?;
                }
                IFLA_PERM_ADDRESS if a.raw_kind() == IFLA_PERM_ADDRESS => {
                    LinkAttrsBuilder::new(w).perm_address(a.value())?;
                }
                IFLA_PROTO_DOWN_REASON if a.raw_kind() == IFLA_PROTO_DOWN_REASON => {
                    LinkAttrsBuilder::new(w).proto_down_reason(value::str(&a))?;
                }
                IFLA_PARENT_DEV_NAME if a.raw_kind() == IFLA_PARENT_DEV_NAME => {
                    LinkAttrsBuilder::new(w).parent_dev_name(value::str(&a))?;
                }
                IFLA_PARENT_DEV_BUS_NAME if a.raw_kind() == IFLA_PARENT_DEV_BUS_NAME => {
                    LinkAttrsBuilder::new(w).parent_dev_bus_name(value::str(&a))?;
                }
                IFLA_GRO_MAX_SIZE if a.raw_kind() == IFLA_GRO_MAX_SIZE => {
                    LinkAttrsBuilder::new(w).gro_max_size(value::u32(&a))?;
                }
                IFLA_TSO_MAX_SIZE if a.raw_kind() == IFLA_TSO_MAX_SIZE => {
                    LinkAttrsBuilder::new(w).tso_max_size(value::u32(&a))?;
                }
                IFLA_TSO_MAX_SEGS if a.raw_kind() == IFLA_TSO_MAX_SEGS => {
                    LinkAttrsBuilder::new(w).tso_max_segs(value::u32(&a))?;
                }
                IFLA_ALLMULTI if a.raw_kind() == IFLA_ALLMULTI => {
                    LinkAttrsBuilder::new(w).allmulti(value::u32(&a))?;
                }
                IFLA_DEVLINK_PORT if a.raw_kind() == IFLA_DEVLINK_PORT => raw(w, &a)?,
                IFLA_GSO_IPV4_MAX_SIZE if a.raw_kind() == IFLA_GSO_IPV4_MAX_SIZE => {
                    LinkAttrsBuilder::new(w).gso_ipv4_max_size(value::u32(&a))?;
                }
                IFLA_GRO_IPV4_MAX_SIZE if a.raw_kind() == IFLA_GRO_IPV4_MAX_SIZE => {
                    LinkAttrsBuilder::new(w).gro_ipv4_max_size(value::u32(&a))?;
                }
                IFLA_DPLL_PIN => {
                    nest_like(w, &a, |w| LinkDpllPinAttrs::parse(a.nested())?.write_to(w))?
                }
                IFLA_MAX_PACING_OFFLOAD_HORIZON
                    if a.raw_kind() == IFLA_MAX_PACING_OFFLOAD_HORIZON =>
                {
                    LinkAttrsBuilder::new(w).max_pacing_offload_horizon(value::uint(&a))?;
                }
                IFLA_NETNS_IMMUTABLE if a.raw_kind() == IFLA_NETNS_IMMUTABLE => {
                    LinkAttrsBuilder::new(w).netns_immutable(value::u8(&a))?;
                }
                IFLA_HEADROOM if a.raw_kind() == IFLA_HEADROOM => {
                    LinkAttrsBuilder::new(w).headroom(value::u16(&a))?;
                }
                IFLA_TAILROOM if a.raw_kind() == IFLA_TAILROOM => {
                    LinkAttrsBuilder::new(w).tailroom(value::u16(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`PropListLinkAttrs`] checks of each attribute, from the descriptors.
static PROP_LIST_LINK_ATTRS_CHECKS: [Check; 54] = Check::table(&tables::PROP_LIST_LINK_ATTRS);

/// The `prop-list-link-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct PropListLinkAttrs<'a>(Table<'a, 54>);

impl<'a> AttrView<'a> for PropListLinkAttrs<'a> {
    const SET: &'static AttrSet = &tables::PROP_LIST_LINK_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PROP_LIST_LINK_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PROP_LIST_LINK_ATTRS_CHECKS, attrs)
    }
}

impl<'a> PropListLinkAttrs<'a> {
    /// Indexes and checks a block of `prop-list-link-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 54> {
        &self.0
    }

    /// `IFLA_ALT_IFNAME`
    #[inline]
    pub fn alt_ifname(&self) -> impl Iterator<Item = &'a str> + 'a {
        self.0
            .all(IFLA_ALT_IFNAME)
            .filter_map(|a| a.as_unterminated_str().ok())
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_ALT_IFNAME if a.raw_kind() == IFLA_ALT_IFNAME => {
                    PropListLinkAttrsBuilder::new(w).alt_ifname(value::str(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`AfSpecAttrs`] checks of each attribute, from the descriptors.
static AF_SPEC_ATTRS_CHECKS: [Check; 46] = Check::table(&tables::AF_SPEC_ATTRS);

/// The `af-spec-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct AfSpecAttrs<'a>(Table<'a, 46>);

impl<'a> AttrView<'a> for AfSpecAttrs<'a> {
    const SET: &'static AttrSet = &tables::AF_SPEC_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &AF_SPEC_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&AF_SPEC_ATTRS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                AF_INET => nest_like(w, &a, |w| IflaAttrs::parse(a.nested())?.write_to(w))?,
                AF_INET6 => nest_like(w, &a, |w| Ifla6Attrs::parse(a.nested())?.write_to(w))?,
                AF_MCTP => nest_like(w, &a, |w| MctpAttrs::parse(a.nested())?.write_to(w))?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`VfinfoListAttrs`] checks of each attribute, from the descriptors.
static VFINFO_LIST_ATTRS_CHECKS: [Check; 2] = Check::table(&tables::VFINFO_LIST_ATTRS);

/// The `vfinfo-list-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct VfinfoListAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for VfinfoListAttrs<'a> {
    const SET: &'static AttrSet = &tables::VFINFO_LIST_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &VFINFO_LIST_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&VFINFO_LIST_ATTRS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_VF_INFO => nest_like(w, &a, |w| VfinfoAttrs::parse(a.nested())?.write_to(w))?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`VfinfoAttrs`] checks of each attribute, from the descriptors.
static VFINFO_ATTRS_CHECKS: [Check; 14] = Check::table(&tables::VFINFO_ATTRS);

/// The `vfinfo-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct VfinfoAttrs<'a>(Table<'a, 14>);

impl<'a> AttrView<'a> for VfinfoAttrs<'a> {
    const SET: &'static AttrSet = &tables::VFINFO_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &VFINFO_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&VFINFO_ATTRS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_VF_MAC if a.raw_kind() == IFLA_VF_MAC => {
                    if a.value().len() == IflaVfMac::LEN {
                        VfinfoAttrsBuilder::new(w).mac(&IflaVfMac::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_VF_VLAN if a.raw_kind() == IFLA_VF_VLAN => {
                    if a.value().len() == IflaVfVlan::LEN {
                        VfinfoAttrsBuilder::new(w).vlan(&IflaVfVlan::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_VF_TX_RATE if a.raw_kind() == IFLA_VF_TX_RATE => {
                    if a.value().len() == IflaVfTxRate::LEN {
                        VfinfoAttrsBuilder::new(w).tx_rate(&IflaVfTxRate::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_VF_SPOOFCHK if a.raw_kind() == IFLA_VF_SPOOFCHK => {
                    if a.value().len() == IflaVfSpoofchk::LEN {
                        VfinfoAttrsBuilder::new(w)
                            .spoofchk(&IflaVfSpoofchk::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_VF_LINK_STATE if a.raw_kind() == IFLA_VF_LINK_STATE => {
                    if a.value().len() == IflaVfLinkState::LEN {
                        VfinfoAttrsBuilder::new(w)
                            .link_state(&IflaVfLinkState::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_VF_RATE if a.raw_kind() == IFLA_VF_RATE => {
                    if a.value().len() == IflaVfRate::LEN {
                        VfinfoAttrsBuilder::new(w).rate(&IflaVfRate::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_VF_RSS_QUERY_EN if a.raw_kind() == IFLA_VF_RSS_QUERY_EN => {
                    if a.value().len() == IflaVfRssQueryEn::LEN {
                        VfinfoAttrsBuilder::new(w)
                            .rss_query_en(&IflaVfRssQueryEn::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_VF_STATS => {
                    nest_like(w, &a, |w| VfStatsAttrs::parse(a.nested())?.write_to(w))?
                }
                IFLA_VF_TRUST if a.raw_kind() == IFLA_VF_TRUST => {
                    if a.value().len() == IflaVfTrust::LEN {
                        VfinfoAttrsBuilder::new(w).trust(&IflaVfTrust::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_VF_IB_NODE_GUID if a.raw_kind() == IFLA_VF_IB_NODE_GUID => {
                    if a.value().len() == IflaVfGuid::LEN {
                        VfinfoAttrsBuilder::new(w)
                            .ib_node_guid(&IflaVfGuid::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_VF_IB_PORT_GUID if a.raw_kind() == IFLA_VF_IB_PORT_GUID => {
                    if a.value().len() == IflaVfGuid::LEN {
                        VfinfoAttrsBuilder::new(w)
                            .ib_port_guid(&IflaVfGuid::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_VF_VLAN_LIST => {
                    nest_like(w, &a, |w| VfVlanAttrs::parse(a.nested())?.write_to(w))?
                }
                IFLA_VF_BROADCAST if a.raw_kind() == IFLA_VF_BROADCAST => {
                    VfinfoAttrsBuilder::new(w).broadcast(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`VfStatsAttrs`] checks of each attribute, from the descriptors.
static VF_STATS_ATTRS_CHECKS: [Check; 9] = Check::table(&tables::VF_STATS_ATTRS);

/// The `vf-stats-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct VfStatsAttrs<'a>(Table<'a, 9>);

impl<'a> AttrView<'a> for VfStatsAttrs<'a> {
    const SET: &'static AttrSet = &tables::VF_STATS_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &VF_STATS_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&VF_STATS_ATTRS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_VF_STATS_RX_PACKETS if a.raw_kind() == IFLA_VF_STATS_RX_PACKETS => {
                    VfStatsAttrsBuilder::new(w).rx_packets(value::u64(&a))?;
                }
                IFLA_VF_STATS_TX_PACKETS if a.raw_kind() == IFLA_VF_STATS_TX_PACKETS => {
                    VfStatsAttrsBuilder::new(w).tx_packets(value::u64(&a))?;
                }
                IFLA_VF_STATS_RX_BYTES if a.raw_kind() == IFLA_VF_STATS_RX_BYTES => {
                    VfStatsAttrsBuilder::new(w).rx_bytes(value::u64(&a))?;
                }
                IFLA_VF_STATS_TX_BYTES if a.raw_kind() == IFLA_VF_STATS_TX_BYTES => {
                    VfStatsAttrsBuilder::new(w).tx_bytes(value::u64(&a))?;
                }
                IFLA_VF_STATS_BROADCAST if a.raw_kind() == IFLA_VF_STATS_BROADCAST => {
                    VfStatsAttrsBuilder::new(w).broadcast(value::u64(&a))?;
                }
                IFLA_VF_STATS_MULTICAST if a.raw_kind() == IFLA_VF_STATS_MULTICAST => {
                    VfStatsAttrsBuilder::new(w).multicast(value::u64(&a))?;
                }
                IFLA_VF_STATS_PAD if a.raw_kind() == IFLA_VF_STATS_PAD => raw(w, &a)?,
                IFLA_VF_STATS_RX_DROPPED if a.raw_kind() == IFLA_VF_STATS_RX_DROPPED => {
                    VfStatsAttrsBuilder::new(w).rx_dropped(value::u64(&a))?;
                }
                IFLA_VF_STATS_TX_DROPPED if a.raw_kind() == IFLA_VF_STATS_TX_DROPPED => {
                    VfStatsAttrsBuilder::new(w).tx_dropped(value::u64(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`VfVlanAttrs`] checks of each attribute, from the descriptors.
static VF_VLAN_ATTRS_CHECKS: [Check; 2] = Check::table(&tables::VF_VLAN_ATTRS);

/// The `vf-vlan-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct VfVlanAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for VfVlanAttrs<'a> {
    const SET: &'static AttrSet = &tables::VF_VLAN_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &VF_VLAN_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&VF_VLAN_ATTRS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_VF_VLAN_INFO if a.raw_kind() == IFLA_VF_VLAN_INFO => {
                    if a.value().len() == IflaVfVlanInfo::LEN {
                        VfVlanAttrsBuilder::new(w).info(&IflaVfVlanInfo::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`VfPortsAttrs`] checks of each attribute, from the descriptors.
static VF_PORTS_ATTRS_CHECKS: [Check; 1] = Check::table(&tables::VF_PORTS_ATTRS);

/// The `vf-ports-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct VfPortsAttrs<'a>(Table<'a, 1>);

impl<'a> AttrView<'a> for VfPortsAttrs<'a> {
    const SET: &'static AttrSet = &tables::VF_PORTS_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &VF_PORTS_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&VF_PORTS_ATTRS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            raw(w, &a)?;
        }
        Ok(())
    }
}

/// What [`PortSelfAttrs`] checks of each attribute, from the descriptors.
static PORT_SELF_ATTRS_CHECKS: [Check; 1] = Check::table(&tables::PORT_SELF_ATTRS);

/// The `port-self-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct PortSelfAttrs<'a>(Table<'a, 1>);

impl<'a> AttrView<'a> for PortSelfAttrs<'a> {
    const SET: &'static AttrSet = &tables::PORT_SELF_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PORT_SELF_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PORT_SELF_ATTRS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            raw(w, &a)?;
        }
        Ok(())
    }
}

/// What [`LinkinfoAttrs`] checks of each attribute, from the descriptors.
static LINKINFO_ATTRS_CHECKS: [Check; 6] = Check::table(&tables::LINKINFO_ATTRS);

/// The `linkinfo-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoAttrs<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for LinkinfoAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKINFO_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKINFO_ATTRS_CHECKS, attrs)
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
        LinkinfoDataMsg::parse(self.0.get(IFLA_INFO_DATA), self.0.get(IFLA_INFO_KIND))
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
            self.0.get(IFLA_INFO_SLAVE_KIND),
        )
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_INFO_KIND if a.raw_kind() == IFLA_INFO_KIND => {
                    LinkinfoAttrsBuilder::new(w).kind(value::str(&a))?;
                }
                IFLA_INFO_DATA => {
                    match LinkinfoDataMsg::parse(Some(a), self.0.get(IFLA_INFO_KIND))? {
                        Some(m) => m.write_to(w, &a)?,
                        None => raw(w, &a)?,
                    }
                }
                IFLA_INFO_XSTATS if a.raw_kind() == IFLA_INFO_XSTATS => {
                    LinkinfoAttrsBuilder::new(w).xstats(a.value())?;
                }
                IFLA_INFO_SLAVE_KIND if a.raw_kind() == IFLA_INFO_SLAVE_KIND => {
                    LinkinfoAttrsBuilder::new(w).slave_kind(value::str(&a))?;
                }
                IFLA_INFO_SLAVE_DATA => {
                    match LinkinfoMemberDataMsg::parse(Some(a), self.0.get(IFLA_INFO_SLAVE_KIND))? {
                        Some(m) => m.write_to(w, &a)?,
                        None => raw(w, &a)?,
                    }
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`LinkinfoBondAttrs`] checks of each attribute, from the descriptors.
static LINKINFO_BOND_ATTRS_CHECKS: [Check; 35] = Check::table(&tables::LINKINFO_BOND_ATTRS);

/// The `linkinfo-bond-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoBondAttrs<'a>(Table<'a, 35>);

impl<'a> AttrView<'a> for LinkinfoBondAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_BOND_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKINFO_BOND_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKINFO_BOND_ATTRS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_BOND_MODE if a.raw_kind() == IFLA_BOND_MODE => {
                    LinkinfoBondAttrsBuilder::new(w).mode(value::u8(&a))?;
                }
                IFLA_BOND_ACTIVE_SLAVE if a.raw_kind() == IFLA_BOND_ACTIVE_SLAVE => {
                    LinkinfoBondAttrsBuilder::new(w).active_slave(value::u32(&a))?;
                }
                IFLA_BOND_MIIMON if a.raw_kind() == IFLA_BOND_MIIMON => {
                    LinkinfoBondAttrsBuilder::new(w).miimon(value::u32(&a))?;
                }
                IFLA_BOND_UPDELAY if a.raw_kind() == IFLA_BOND_UPDELAY => {
                    LinkinfoBondAttrsBuilder::new(w).updelay(value::u32(&a))?;
                }
                IFLA_BOND_DOWNDELAY if a.raw_kind() == IFLA_BOND_DOWNDELAY => {
                    LinkinfoBondAttrsBuilder::new(w).downdelay(value::u32(&a))?;
                }
                IFLA_BOND_USE_CARRIER if a.raw_kind() == IFLA_BOND_USE_CARRIER => {
                    LinkinfoBondAttrsBuilder::new(w).use_carrier(value::u8(&a))?;
                }
                IFLA_BOND_ARP_INTERVAL if a.raw_kind() == IFLA_BOND_ARP_INTERVAL => {
                    LinkinfoBondAttrsBuilder::new(w).arp_interval(value::u32(&a))?;
                }
                IFLA_BOND_ARP_IP_TARGET if a.raw_kind() == IFLA_BOND_ARP_IP_TARGET => raw(w, &a)?,
                IFLA_BOND_ARP_VALIDATE if a.raw_kind() == IFLA_BOND_ARP_VALIDATE => {
                    LinkinfoBondAttrsBuilder::new(w).arp_validate(value::u32(&a))?;
                }
                IFLA_BOND_ARP_ALL_TARGETS if a.raw_kind() == IFLA_BOND_ARP_ALL_TARGETS => {
                    LinkinfoBondAttrsBuilder::new(w).arp_all_targets(value::u32(&a))?;
                }
                IFLA_BOND_PRIMARY if a.raw_kind() == IFLA_BOND_PRIMARY => {
                    LinkinfoBondAttrsBuilder::new(w).primary(value::u32(&a))?;
                }
                IFLA_BOND_PRIMARY_RESELECT if a.raw_kind() == IFLA_BOND_PRIMARY_RESELECT => {
                    LinkinfoBondAttrsBuilder::new(w).primary_reselect(value::u8(&a))?;
                }
                IFLA_BOND_FAIL_OVER_MAC if a.raw_kind() == IFLA_BOND_FAIL_OVER_MAC => {
                    LinkinfoBondAttrsBuilder::new(w).fail_over_mac(value::u8(&a))?;
                }
                IFLA_BOND_XMIT_HASH_POLICY if a.raw_kind() == IFLA_BOND_XMIT_HASH_POLICY => {
                    LinkinfoBondAttrsBuilder::new(w).xmit_hash_policy(value::u8(&a))?;
                }
                IFLA_BOND_RESEND_IGMP if a.raw_kind() == IFLA_BOND_RESEND_IGMP => {
                    LinkinfoBondAttrsBuilder::new(w).resend_igmp(value::u32(&a))?;
                }
                IFLA_BOND_NUM_PEER_NOTIF if a.raw_kind() == IFLA_BOND_NUM_PEER_NOTIF => {
                    LinkinfoBondAttrsBuilder::new(w).num_peer_notif(value::u8(&a))?;
                }
                IFLA_BOND_ALL_SLAVES_ACTIVE if a.raw_kind() == IFLA_BOND_ALL_SLAVES_ACTIVE => {
                    LinkinfoBondAttrsBuilder::new(w).all_slaves_active(value::u8(&a))?;
                }
                IFLA_BOND_MIN_LINKS if a.raw_kind() == IFLA_BOND_MIN_LINKS => {
                    LinkinfoBondAttrsBuilder::new(w).min_links(value::u32(&a))?;
                }
                IFLA_BOND_LP_INTERVAL if a.raw_kind() == IFLA_BOND_LP_INTERVAL => {
                    LinkinfoBondAttrsBuilder::new(w).lp_interval(value::u32(&a))?;
                }
                IFLA_BOND_PACKETS_PER_SLAVE if a.raw_kind() == IFLA_BOND_PACKETS_PER_SLAVE => {
                    LinkinfoBondAttrsBuilder::new(w).packets_per_slave(value::u32(&a))?;
                }
                IFLA_BOND_AD_LACP_RATE if a.raw_kind() == IFLA_BOND_AD_LACP_RATE => {
                    LinkinfoBondAttrsBuilder::new(w).ad_lacp_rate(value::u8(&a))?;
                }
                IFLA_BOND_AD_SELECT if a.raw_kind() == IFLA_BOND_AD_SELECT => {
                    LinkinfoBondAttrsBuilder::new(w).ad_select(value::u8(&a))?;
                }
                IFLA_BOND_AD_INFO => {
                    nest_like(w, &a, |w| BondAdInfoAttrs::parse(a.nested())?.write_to(w))?
                }
                IFLA_BOND_AD_ACTOR_SYS_PRIO if a.raw_kind() == IFLA_BOND_AD_ACTOR_SYS_PRIO => {
                    LinkinfoBondAttrsBuilder::new(w).ad_actor_sys_prio(value::u16(&a))?;
                }
                IFLA_BOND_AD_USER_PORT_KEY if a.raw_kind() == IFLA_BOND_AD_USER_PORT_KEY => {
                    LinkinfoBondAttrsBuilder::new(w).ad_user_port_key(value::u16(&a))?;
                }
                IFLA_BOND_AD_ACTOR_SYSTEM if a.raw_kind() == IFLA_BOND_AD_ACTOR_SYSTEM => {
                    LinkinfoBondAttrsBuilder::new(w).ad_actor_system(a.value())?;
                }
                IFLA_BOND_TLB_DYNAMIC_LB if a.raw_kind() == IFLA_BOND_TLB_DYNAMIC_LB => {
                    LinkinfoBondAttrsBuilder::new(w).tlb_dynamic_lb(value::u8(&a))?;
                }
                IFLA_BOND_PEER_NOTIF_DELAY if a.raw_kind() == IFLA_BOND_PEER_NOTIF_DELAY => {
                    LinkinfoBondAttrsBuilder::new(w).peer_notif_delay(value::u32(&a))?;
                }
                IFLA_BOND_AD_LACP_ACTIVE if a.raw_kind() == IFLA_BOND_AD_LACP_ACTIVE => {
                    LinkinfoBondAttrsBuilder::new(w).ad_lacp_active(value::u8(&a))?;
                }
                IFLA_BOND_MISSED_MAX if a.raw_kind() == IFLA_BOND_MISSED_MAX => {
                    LinkinfoBondAttrsBuilder::new(w).missed_max(value::u8(&a))?;
                }
                IFLA_BOND_NS_IP6_TARGET if a.raw_kind() == IFLA_BOND_NS_IP6_TARGET => raw(w, &a)?,
                IFLA_BOND_COUPLED_CONTROL if a.raw_kind() == IFLA_BOND_COUPLED_CONTROL => {
                    LinkinfoBondAttrsBuilder::new(w).coupled_control(value::u8(&a))?;
                }
                IFLA_BOND_BROADCAST_NEIGH if a.raw_kind() == IFLA_BOND_BROADCAST_NEIGH => {
                    LinkinfoBondAttrsBuilder::new(w).broadcast_neigh(value::u8(&a))?;
                }
                IFLA_BOND_LACP_STRICT if a.raw_kind() == IFLA_BOND_LACP_STRICT => {
                    LinkinfoBondAttrsBuilder::new(w).lacp_strict(value::u8(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`BondAdInfoAttrs`] checks of each attribute, from the descriptors.
static BOND_AD_INFO_ATTRS_CHECKS: [Check; 6] = Check::table(&tables::BOND_AD_INFO_ATTRS);

/// The `bond-ad-info-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct BondAdInfoAttrs<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for BondAdInfoAttrs<'a> {
    const SET: &'static AttrSet = &tables::BOND_AD_INFO_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &BOND_AD_INFO_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&BOND_AD_INFO_ATTRS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_BOND_AD_INFO_AGGREGATOR if a.raw_kind() == IFLA_BOND_AD_INFO_AGGREGATOR => {
                    BondAdInfoAttrsBuilder::new(w).aggregator(value::u16(&a))?;
                }
                IFLA_BOND_AD_INFO_NUM_PORTS if a.raw_kind() == IFLA_BOND_AD_INFO_NUM_PORTS => {
                    BondAdInfoAttrsBuilder::new(w).num_ports(value::u16(&a))?;
                }
                IFLA_BOND_AD_INFO_ACTOR_KEY if a.raw_kind() == IFLA_BOND_AD_INFO_ACTOR_KEY => {
                    BondAdInfoAttrsBuilder::new(w).actor_key(value::u16(&a))?;
                }
                IFLA_BOND_AD_INFO_PARTNER_KEY if a.raw_kind() == IFLA_BOND_AD_INFO_PARTNER_KEY => {
                    BondAdInfoAttrsBuilder::new(w).partner_key(value::u16(&a))?;
                }
                IFLA_BOND_AD_INFO_PARTNER_MAC if a.raw_kind() == IFLA_BOND_AD_INFO_PARTNER_MAC => {
                    BondAdInfoAttrsBuilder::new(w).partner_mac(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`BondSlaveAttrs`] checks of each attribute, from the descriptors.
static BOND_SLAVE_ATTRS_CHECKS: [Check; 10] = Check::table(&tables::BOND_SLAVE_ATTRS);

/// The `bond-slave-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct BondSlaveAttrs<'a>(Table<'a, 10>);

impl<'a> AttrView<'a> for BondSlaveAttrs<'a> {
    const SET: &'static AttrSet = &tables::BOND_SLAVE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &BOND_SLAVE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&BOND_SLAVE_ATTRS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_BOND_SLAVE_STATE if a.raw_kind() == IFLA_BOND_SLAVE_STATE => {
                    BondSlaveAttrsBuilder::new(w).state(value::u8(&a))?;
                }
                IFLA_BOND_SLAVE_MII_STATUS if a.raw_kind() == IFLA_BOND_SLAVE_MII_STATUS => {
                    BondSlaveAttrsBuilder::new(w).mii_status(value::u8(&a))?;
                }
                IFLA_BOND_SLAVE_LINK_FAILURE_COUNT
                    if a.raw_kind() == IFLA_BOND_SLAVE_LINK_FAILURE_COUNT =>
                {
                    BondSlaveAttrsBuilder::new(w).link_failure_count(value::u32(&a))?;
                }
                IFLA_BOND_SLAVE_PERM_HWADDR if a.raw_kind() == IFLA_BOND_SLAVE_PERM_HWADDR => {
                    BondSlaveAttrsBuilder::new(w).perm_hwaddr(a.value())?;
                }
                IFLA_BOND_SLAVE_QUEUE_ID if a.raw_kind() == IFLA_BOND_SLAVE_QUEUE_ID => {
                    BondSlaveAttrsBuilder::new(w).queue_id(value::u16(&a))?;
                }
                IFLA_BOND_SLAVE_AD_AGGREGATOR_ID
                    if a.raw_kind() == IFLA_BOND_SLAVE_AD_AGGREGATOR_ID =>
                {
                    BondSlaveAttrsBuilder::new(w).ad_aggregator_id(value::u16(&a))?;
                }
                IFLA_BOND_SLAVE_AD_ACTOR_OPER_PORT_STATE
                    if a.raw_kind() == IFLA_BOND_SLAVE_AD_ACTOR_OPER_PORT_STATE =>
                {
                    BondSlaveAttrsBuilder::new(w).ad_actor_oper_port_state(value::u8(&a))?;
                }
                IFLA_BOND_SLAVE_AD_PARTNER_OPER_PORT_STATE
                    if a.raw_kind() == IFLA_BOND_SLAVE_AD_PARTNER_OPER_PORT_STATE =>
                {
                    BondSlaveAttrsBuilder::new(w).ad_partner_oper_port_state(value::u16(&a))?;
                }
                IFLA_BOND_SLAVE_PRIO if a.raw_kind() == IFLA_BOND_SLAVE_PRIO => {
                    BondSlaveAttrsBuilder::new(w).prio(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`LinkinfoBridgeAttrs`] checks of each attribute, from the descriptors.
static LINKINFO_BRIDGE_ATTRS_CHECKS: [Check; 51] = Check::table(&tables::LINKINFO_BRIDGE_ATTRS);

/// The `linkinfo-bridge-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoBridgeAttrs<'a>(Table<'a, 51>);

impl<'a> AttrView<'a> for LinkinfoBridgeAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_BRIDGE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKINFO_BRIDGE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKINFO_BRIDGE_ATTRS_CHECKS, attrs)
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
        self.0.u32(IFLA_BR_STP_MODE).map(BrStpMode::from_value)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_BR_FORWARD_DELAY if a.raw_kind() == IFLA_BR_FORWARD_DELAY => {
                    LinkinfoBridgeAttrsBuilder::new(w).forward_delay(value::u32(&a))?;
                }
                IFLA_BR_HELLO_TIME if a.raw_kind() == IFLA_BR_HELLO_TIME => {
                    LinkinfoBridgeAttrsBuilder::new(w).hello_time(value::u32(&a))?;
                }
                IFLA_BR_MAX_AGE if a.raw_kind() == IFLA_BR_MAX_AGE => {
                    LinkinfoBridgeAttrsBuilder::new(w).max_age(value::u32(&a))?;
                }
                IFLA_BR_AGEING_TIME if a.raw_kind() == IFLA_BR_AGEING_TIME => {
                    LinkinfoBridgeAttrsBuilder::new(w).ageing_time(value::u32(&a))?;
                }
                IFLA_BR_STP_STATE if a.raw_kind() == IFLA_BR_STP_STATE => {
                    LinkinfoBridgeAttrsBuilder::new(w).stp_state(value::u32(&a))?;
                }
                IFLA_BR_PRIORITY if a.raw_kind() == IFLA_BR_PRIORITY => {
                    LinkinfoBridgeAttrsBuilder::new(w).priority(value::u16(&a))?;
                }
                IFLA_BR_VLAN_FILTERING if a.raw_kind() == IFLA_BR_VLAN_FILTERING => {
                    LinkinfoBridgeAttrsBuilder::new(w).vlan_filtering(value::u8(&a))?;
                }
                IFLA_BR_VLAN_PROTOCOL if a.raw_kind() == IFLA_BR_VLAN_PROTOCOL => {
                    LinkinfoBridgeAttrsBuilder::new(w).vlan_protocol(value::u16(&a))?;
                }
                IFLA_BR_GROUP_FWD_MASK if a.raw_kind() == IFLA_BR_GROUP_FWD_MASK => {
                    LinkinfoBridgeAttrsBuilder::new(w).group_fwd_mask(value::u16(&a))?;
                }
                IFLA_BR_ROOT_ID if a.raw_kind() == IFLA_BR_ROOT_ID => {
                    if a.value().len() == IflaBridgeId::LEN {
                        LinkinfoBridgeAttrsBuilder::new(w)
                            .root_id(&IflaBridgeId::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_BR_BRIDGE_ID if a.raw_kind() == IFLA_BR_BRIDGE_ID => {
                    if a.value().len() == IflaBridgeId::LEN {
                        LinkinfoBridgeAttrsBuilder::new(w)
                            .bridge_id(&IflaBridgeId::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_BR_ROOT_PORT if a.raw_kind() == IFLA_BR_ROOT_PORT => {
                    LinkinfoBridgeAttrsBuilder::new(w).root_port(value::u16(&a))?;
                }
                IFLA_BR_ROOT_PATH_COST if a.raw_kind() == IFLA_BR_ROOT_PATH_COST => {
                    LinkinfoBridgeAttrsBuilder::new(w).root_path_cost(value::u32(&a))?;
                }
                IFLA_BR_TOPOLOGY_CHANGE if a.raw_kind() == IFLA_BR_TOPOLOGY_CHANGE => {
                    LinkinfoBridgeAttrsBuilder::new(w).topology_change(value::u8(&a))?;
                }
                IFLA_BR_TOPOLOGY_CHANGE_DETECTED
                    if a.raw_kind() == IFLA_BR_TOPOLOGY_CHANGE_DETECTED =>
                {
                    LinkinfoBridgeAttrsBuilder::new(w).topology_change_detected(value::u8(&a))?;
                }
                IFLA_BR_HELLO_TIMER if a.raw_kind() == IFLA_BR_HELLO_TIMER => {
                    LinkinfoBridgeAttrsBuilder::new(w).hello_timer(value::u64(&a))?;
                }
                IFLA_BR_TCN_TIMER if a.raw_kind() == IFLA_BR_TCN_TIMER => {
                    LinkinfoBridgeAttrsBuilder::new(w).tcn_timer(value::u64(&a))?;
                }
                IFLA_BR_TOPOLOGY_CHANGE_TIMER if a.raw_kind() == IFLA_BR_TOPOLOGY_CHANGE_TIMER => {
                    LinkinfoBridgeAttrsBuilder::new(w).topology_change_timer(value::u64(&a))?;
                }
                IFLA_BR_GC_TIMER if a.raw_kind() == IFLA_BR_GC_TIMER => {
                    LinkinfoBridgeAttrsBuilder::new(w).gc_timer(value::u64(&a))?;
                }
                IFLA_BR_GROUP_ADDR if a.raw_kind() == IFLA_BR_GROUP_ADDR => {
                    LinkinfoBridgeAttrsBuilder::new(w).group_addr(a.value())?;
                }
                IFLA_BR_FDB_FLUSH if a.raw_kind() == IFLA_BR_FDB_FLUSH => {
                    LinkinfoBridgeAttrsBuilder::new(w).fdb_flush(a.value())?;
                }
                IFLA_BR_MCAST_ROUTER if a.raw_kind() == IFLA_BR_MCAST_ROUTER => {
                    LinkinfoBridgeAttrsBuilder::new(w).mcast_router(value::u8(&a))?;
                }
                IFLA_BR_MCAST_SNOOPING if a.raw_kind() == IFLA_BR_MCAST_SNOOPING => {
                    LinkinfoBridgeAttrsBuilder::new(w).mcast_snooping(value::u8(&a))?;
                }
                IFLA_BR_MCAST_QUERY_USE_IFADDR
                    if a.raw_kind() == IFLA_BR_MCAST_QUERY_USE_IFADDR =>
                {
                    LinkinfoBridgeAttrsBuilder::new(w).mcast_query_use_ifaddr(value::u8(&a))?;
                }
                IFLA_BR_MCAST_QUERIER if a.raw_kind() == IFLA_BR_MCAST_QUERIER => {
                    LinkinfoBridgeAttrsBuilder::new(w).mcast_querier(value::u8(&a))?;
                }
                IFLA_BR_MCAST_HASH_ELASTICITY if a.raw_kind() == IFLA_BR_MCAST_HASH_ELASTICITY => {
                    LinkinfoBridgeAttrsBuilder::new(w).mcast_hash_elasticity(value::u32(&a))?;
                }
                IFLA_BR_MCAST_HASH_MAX if a.raw_kind() == IFLA_BR_MCAST_HASH_MAX => {
                    LinkinfoBridgeAttrsBuilder::new(w).mcast_hash_max(value::u32(&a))?;
                }
                IFLA_BR_MCAST_LAST_MEMBER_CNT if a.raw_kind() == IFLA_BR_MCAST_LAST_MEMBER_CNT => {
                    LinkinfoBridgeAttrsBuilder::new(w).mcast_last_member_cnt(value::u32(&a))?;
                }
                IFLA_BR_MCAST_STARTUP_QUERY_CNT
                    if a.raw_kind() == IFLA_BR_MCAST_STARTUP_QUERY_CNT =>
                {
                    LinkinfoBridgeAttrsBuilder::new(w).mcast_startup_query_cnt(value::u32(&a))?;
                }
                IFLA_BR_MCAST_LAST_MEMBER_INTVL
                    if a.raw_kind() == IFLA_BR_MCAST_LAST_MEMBER_INTVL =>
                {
                    LinkinfoBridgeAttrsBuilder::new(w).mcast_last_member_intvl(value::u64(&a))?;
                }
                IFLA_BR_MCAST_MEMBERSHIP_INTVL
                    if a.raw_kind() == IFLA_BR_MCAST_MEMBERSHIP_INTVL =>
                {
                    LinkinfoBridgeAttrsBuilder::new(w).mcast_membership_intvl(value::u64(&a))?;
                }
                IFLA_BR_MCAST_QUERIER_INTVL if a.raw_kind() == IFLA_BR_MCAST_QUERIER_INTVL => {
                    LinkinfoBridgeAttrsBuilder::new(w).mcast_querier_intvl(value::u64(&a))?;
                }
                IFLA_BR_MCAST_QUERY_INTVL if a.raw_kind() == IFLA_BR_MCAST_QUERY_INTVL => {
                    LinkinfoBridgeAttrsBuilder::new(w).mcast_query_intvl(value::u64(&a))?;
                }
                IFLA_BR_MCAST_QUERY_RESPONSE_INTVL
                    if a.raw_kind() == IFLA_BR_MCAST_QUERY_RESPONSE_INTVL =>
                {
                    LinkinfoBridgeAttrsBuilder::new(w)
                        .mcast_query_response_intvl(value::u64(&a))?;
                }
                IFLA_BR_MCAST_STARTUP_QUERY_INTVL
                    if a.raw_kind() == IFLA_BR_MCAST_STARTUP_QUERY_INTVL =>
                {
                    LinkinfoBridgeAttrsBuilder::new(w).mcast_startup_query_intvl(value::u64(&a))?;
                }
                IFLA_BR_NF_CALL_IPTABLES if a.raw_kind() == IFLA_BR_NF_CALL_IPTABLES => {
                    LinkinfoBridgeAttrsBuilder::new(w).nf_call_iptables(value::u8(&a))?;
                }
                IFLA_BR_NF_CALL_IP6TABLES if a.raw_kind() == IFLA_BR_NF_CALL_IP6TABLES => {
                    LinkinfoBridgeAttrsBuilder::new(w).nf_call_ip6tables(value::u8(&a))?;
                }
                IFLA_BR_NF_CALL_ARPTABLES if a.raw_kind() == IFLA_BR_NF_CALL_ARPTABLES => {
                    LinkinfoBridgeAttrsBuilder::new(w).nf_call_arptables(value::u8(&a))?;
                }
                IFLA_BR_VLAN_DEFAULT_PVID if a.raw_kind() == IFLA_BR_VLAN_DEFAULT_PVID => {
                    LinkinfoBridgeAttrsBuilder::new(w).vlan_default_pvid(value::u16(&a))?;
                }
                IFLA_BR_PAD if a.raw_kind() == IFLA_BR_PAD => raw(w, &a)?,
                IFLA_BR_VLAN_STATS_ENABLED if a.raw_kind() == IFLA_BR_VLAN_STATS_ENABLED => {
                    LinkinfoBridgeAttrsBuilder::new(w).vlan_stats_enabled(value::u8(&a))?;
                }
                IFLA_BR_MCAST_STATS_ENABLED if a.raw_kind() == IFLA_BR_MCAST_STATS_ENABLED => {
                    LinkinfoBridgeAttrsBuilder::new(w).mcast_stats_enabled(value::u8(&a))?;
                }
                IFLA_BR_MCAST_IGMP_VERSION if a.raw_kind() == IFLA_BR_MCAST_IGMP_VERSION => {
                    LinkinfoBridgeAttrsBuilder::new(w).mcast_igmp_version(value::u8(&a))?;
                }
                IFLA_BR_MCAST_MLD_VERSION if a.raw_kind() == IFLA_BR_MCAST_MLD_VERSION => {
                    LinkinfoBridgeAttrsBuilder::new(w).mcast_mld_version(value::u8(&a))?;
                }
                IFLA_BR_VLAN_STATS_PER_PORT if a.raw_kind() == IFLA_BR_VLAN_STATS_PER_PORT => {
                    LinkinfoBridgeAttrsBuilder::new(w).vlan_stats_per_port(value::u8(&a))?;
                }
                IFLA_BR_MULTI_BOOLOPT if a.raw_kind() == IFLA_BR_MULTI_BOOLOPT => {
                    if a.value().len() == BrBooloptMulti::LEN {
                        LinkinfoBridgeAttrsBuilder::new(w)
                            .multi_boolopt(&BrBooloptMulti::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_BR_MCAST_QUERIER_STATE if a.raw_kind() == IFLA_BR_MCAST_QUERIER_STATE => {
                    LinkinfoBridgeAttrsBuilder::new(w).mcast_querier_state(a.value())?;
                }
                IFLA_BR_FDB_N_LEARNED if a.raw_kind() == IFLA_BR_FDB_N_LEARNED => {
                    LinkinfoBridgeAttrsBuilder::new(w).fdb_n_learned(value::u32(&a))?;
                }
                IFLA_BR_FDB_MAX_LEARNED if a.raw_kind() == IFLA_BR_FDB_MAX_LEARNED => {
                    LinkinfoBridgeAttrsBuilder::new(w).fdb_max_learned(value::u32(&a))?;
                }
                IFLA_BR_STP_MODE if a.raw_kind() == IFLA_BR_STP_MODE => {
                    LinkinfoBridgeAttrsBuilder::new(w)
                        .stp_mode(BrStpMode::from_value(value::u32(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`LinkinfoBrportAttrs`] checks of each attribute, from the descriptors.
static LINKINFO_BRPORT_ATTRS_CHECKS: [Check; 46] = Check::table(&tables::LINKINFO_BRPORT_ATTRS);

/// The `linkinfo-brport-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoBrportAttrs<'a>(Table<'a, 46>);

impl<'a> AttrView<'a> for LinkinfoBrportAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_BRPORT_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKINFO_BRPORT_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKINFO_BRPORT_ATTRS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_BRPORT_STATE if a.raw_kind() == IFLA_BRPORT_STATE => {
                    LinkinfoBrportAttrsBuilder::new(w).state(value::u8(&a))?;
                }
                IFLA_BRPORT_PRIORITY if a.raw_kind() == IFLA_BRPORT_PRIORITY => {
                    LinkinfoBrportAttrsBuilder::new(w).priority(value::u16(&a))?;
                }
                IFLA_BRPORT_COST if a.raw_kind() == IFLA_BRPORT_COST => {
                    LinkinfoBrportAttrsBuilder::new(w).cost(value::u32(&a))?;
                }
                IFLA_BRPORT_MODE if a.raw_kind() == IFLA_BRPORT_MODE => {
                    LinkinfoBrportAttrsBuilder::new(w).mode(value::u8(&a))?;
                }
                IFLA_BRPORT_GUARD if a.raw_kind() == IFLA_BRPORT_GUARD => {
                    LinkinfoBrportAttrsBuilder::new(w).guard(value::u8(&a))?;
                }
                IFLA_BRPORT_PROTECT if a.raw_kind() == IFLA_BRPORT_PROTECT => {
                    LinkinfoBrportAttrsBuilder::new(w).protect(value::u8(&a))?;
                }
                IFLA_BRPORT_FAST_LEAVE if a.raw_kind() == IFLA_BRPORT_FAST_LEAVE => {
                    LinkinfoBrportAttrsBuilder::new(w).fast_leave(value::u8(&a))?;
                }
                IFLA_BRPORT_LEARNING if a.raw_kind() == IFLA_BRPORT_LEARNING => {
                    LinkinfoBrportAttrsBuilder::new(w).learning(value::u8(&a))?;
                }
                IFLA_BRPORT_UNICAST_FLOOD if a.raw_kind() == IFLA_BRPORT_UNICAST_FLOOD => {
                    LinkinfoBrportAttrsBuilder::new(w).unicast_flood(value::u8(&a))?;
                }
                IFLA_BRPORT_PROXYARP if a.raw_kind() == IFLA_BRPORT_PROXYARP => {
                    LinkinfoBrportAttrsBuilder::new(w).proxyarp(value::u8(&a))?;
                }
                IFLA_BRPORT_LEARNING_SYNC if a.raw_kind() == IFLA_BRPORT_LEARNING_SYNC => {
                    LinkinfoBrportAttrsBuilder::new(w).learning_sync(value::u8(&a))?;
                }
                IFLA_BRPORT_PROXYARP_WIFI if a.raw_kind() == IFLA_BRPORT_PROXYARP_WIFI => {
                    LinkinfoBrportAttrsBuilder::new(w).proxyarp_wifi(value::u8(&a))?;
                }
                IFLA_BRPORT_ROOT_ID if a.raw_kind() == IFLA_BRPORT_ROOT_ID => {
                    if a.value().len() == IflaBridgeId::LEN {
                        LinkinfoBrportAttrsBuilder::new(w)
                            .root_id(&IflaBridgeId::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_BRPORT_BRIDGE_ID if a.raw_kind() == IFLA_BRPORT_BRIDGE_ID => {
                    if a.value().len() == IflaBridgeId::LEN {
                        LinkinfoBrportAttrsBuilder::new(w)
                            .bridge_id(&IflaBridgeId::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_BRPORT_DESIGNATED_PORT if a.raw_kind() == IFLA_BRPORT_DESIGNATED_PORT => {
                    LinkinfoBrportAttrsBuilder::new(w).designated_port(value::u16(&a))?;
                }
                IFLA_BRPORT_DESIGNATED_COST if a.raw_kind() == IFLA_BRPORT_DESIGNATED_COST => {
                    LinkinfoBrportAttrsBuilder::new(w).designated_cost(value::u16(&a))?;
                }
                IFLA_BRPORT_ID if a.raw_kind() == IFLA_BRPORT_ID => {
                    LinkinfoBrportAttrsBuilder::new(w).id(value::u16(&a))?;
                }
                IFLA_BRPORT_NO if a.raw_kind() == IFLA_BRPORT_NO => {
                    LinkinfoBrportAttrsBuilder::new(w).no(value::u16(&a))?;
                }
                IFLA_BRPORT_TOPOLOGY_CHANGE_ACK
                    if a.raw_kind() == IFLA_BRPORT_TOPOLOGY_CHANGE_ACK =>
                {
                    LinkinfoBrportAttrsBuilder::new(w).topology_change_ack(value::u8(&a))?;
                }
                IFLA_BRPORT_CONFIG_PENDING if a.raw_kind() == IFLA_BRPORT_CONFIG_PENDING => {
                    LinkinfoBrportAttrsBuilder::new(w).config_pending(value::u8(&a))?;
                }
                IFLA_BRPORT_MESSAGE_AGE_TIMER if a.raw_kind() == IFLA_BRPORT_MESSAGE_AGE_TIMER => {
                    LinkinfoBrportAttrsBuilder::new(w).message_age_timer(value::u64(&a))?;
                }
                IFLA_BRPORT_FORWARD_DELAY_TIMER
                    if a.raw_kind() == IFLA_BRPORT_FORWARD_DELAY_TIMER =>
                {
                    LinkinfoBrportAttrsBuilder::new(w).forward_delay_timer(value::u64(&a))?;
                }
                IFLA_BRPORT_HOLD_TIMER if a.raw_kind() == IFLA_BRPORT_HOLD_TIMER => {
                    LinkinfoBrportAttrsBuilder::new(w).hold_timer(value::u64(&a))?;
                }
                IFLA_BRPORT_FLUSH if a.raw_kind() == IFLA_BRPORT_FLUSH => {
                    if a.value().is_empty() {
                        LinkinfoBrportAttrsBuilder::new(w).flush()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_BRPORT_MULTICAST_ROUTER if a.raw_kind() == IFLA_BRPORT_MULTICAST_ROUTER => {
                    LinkinfoBrportAttrsBuilder::new(w).multicast_router(value::u8(&a))?;
                }
                IFLA_BRPORT_PAD if a.raw_kind() == IFLA_BRPORT_PAD => raw(w, &a)?,
                IFLA_BRPORT_MCAST_FLOOD if a.raw_kind() == IFLA_BRPORT_MCAST_FLOOD => {
                    LinkinfoBrportAttrsBuilder::new(w).mcast_flood(value::u8(&a))?;
                }
                IFLA_BRPORT_MCAST_TO_UCAST if a.raw_kind() == IFLA_BRPORT_MCAST_TO_UCAST => {
                    LinkinfoBrportAttrsBuilder::new(w).mcast_to_ucast(value::u8(&a))?;
                }
                IFLA_BRPORT_VLAN_TUNNEL if a.raw_kind() == IFLA_BRPORT_VLAN_TUNNEL => {
                    LinkinfoBrportAttrsBuilder::new(w).vlan_tunnel(value::u8(&a))?;
                }
                IFLA_BRPORT_BCAST_FLOOD if a.raw_kind() == IFLA_BRPORT_BCAST_FLOOD => {
                    LinkinfoBrportAttrsBuilder::new(w).bcast_flood(value::u8(&a))?;
                }
                IFLA_BRPORT_GROUP_FWD_MASK if a.raw_kind() == IFLA_BRPORT_GROUP_FWD_MASK => {
                    LinkinfoBrportAttrsBuilder::new(w).group_fwd_mask(value::u16(&a))?;
                }
                IFLA_BRPORT_NEIGH_SUPPRESS if a.raw_kind() == IFLA_BRPORT_NEIGH_SUPPRESS => {
                    LinkinfoBrportAttrsBuilder::new(w).neigh_suppress(value::u8(&a))?;
                }
                IFLA_BRPORT_ISOLATED if a.raw_kind() == IFLA_BRPORT_ISOLATED => {
                    LinkinfoBrportAttrsBuilder::new(w).isolated(value::u8(&a))?;
                }
                IFLA_BRPORT_BACKUP_PORT if a.raw_kind() == IFLA_BRPORT_BACKUP_PORT => {
                    LinkinfoBrportAttrsBuilder::new(w).backup_port(value::u32(&a))?;
                }
                IFLA_BRPORT_MRP_RING_OPEN if a.raw_kind() == IFLA_BRPORT_MRP_RING_OPEN => {
                    LinkinfoBrportAttrsBuilder::new(w).mrp_ring_open(value::u8(&a))?;
                }
                IFLA_BRPORT_MRP_IN_OPEN if a.raw_kind() == IFLA_BRPORT_MRP_IN_OPEN => {
                    LinkinfoBrportAttrsBuilder::new(w).mrp_in_open(value::u8(&a))?;
                }
                IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT
                    if a.raw_kind() == IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT =>
                {
                    LinkinfoBrportAttrsBuilder::new(w).mcast_eht_hosts_limit(value::u32(&a))?;
                }
                IFLA_BRPORT_MCAST_EHT_HOSTS_CNT
                    if a.raw_kind() == IFLA_BRPORT_MCAST_EHT_HOSTS_CNT =>
                {
                    LinkinfoBrportAttrsBuilder::new(w).mcast_eht_hosts_cnt(value::u32(&a))?;
                }
                IFLA_BRPORT_LOCKED if a.raw_kind() == IFLA_BRPORT_LOCKED => {
                    LinkinfoBrportAttrsBuilder::new(w).locked(value::u8(&a))?;
                }
                IFLA_BRPORT_MAB if a.raw_kind() == IFLA_BRPORT_MAB => {
                    LinkinfoBrportAttrsBuilder::new(w).mab(value::u8(&a))?;
                }
                IFLA_BRPORT_MCAST_N_GROUPS if a.raw_kind() == IFLA_BRPORT_MCAST_N_GROUPS => {
                    LinkinfoBrportAttrsBuilder::new(w).mcast_n_groups(value::u32(&a))?;
                }
                IFLA_BRPORT_MCAST_MAX_GROUPS if a.raw_kind() == IFLA_BRPORT_MCAST_MAX_GROUPS => {
                    LinkinfoBrportAttrsBuilder::new(w).mcast_max_groups(value::u32(&a))?;
                }
                IFLA_BRPORT_NEIGH_VLAN_SUPPRESS
                    if a.raw_kind() == IFLA_BRPORT_NEIGH_VLAN_SUPPRESS =>
                {
                    LinkinfoBrportAttrsBuilder::new(w).neigh_vlan_suppress(value::u8(&a))?;
                }
                IFLA_BRPORT_BACKUP_NHID if a.raw_kind() == IFLA_BRPORT_BACKUP_NHID => {
                    LinkinfoBrportAttrsBuilder::new(w).backup_nhid(value::u32(&a))?;
                }
                IFLA_BRPORT_NEIGH_FORWARD_GRAT
                    if a.raw_kind() == IFLA_BRPORT_NEIGH_FORWARD_GRAT =>
                {
                    LinkinfoBrportAttrsBuilder::new(w).neigh_forward_grat(value::u8(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`LinkinfoGreAttrs`] checks of each attribute, from the descriptors.
static LINKINFO_GRE_ATTRS_CHECKS: [Check; 25] = Check::table(&tables::LINKINFO_GRE_ATTRS);

/// The `linkinfo-gre-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoGreAttrs<'a>(Table<'a, 25>);

impl<'a> AttrView<'a> for LinkinfoGreAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_GRE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKINFO_GRE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKINFO_GRE_ATTRS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_GRE_LINK if a.raw_kind() == IFLA_GRE_LINK => {
                    LinkinfoGreAttrsBuilder::new(w).link(value::u32(&a))?;
                }
                IFLA_GRE_IFLAGS if a.raw_kind() == IFLA_GRE_IFLAGS => {
                    LinkinfoGreAttrsBuilder::new(w).iflags(value::u16_be(&a))?;
                }
                IFLA_GRE_OFLAGS if a.raw_kind() == IFLA_GRE_OFLAGS => {
                    LinkinfoGreAttrsBuilder::new(w).oflags(value::u16_be(&a))?;
                }
                IFLA_GRE_IKEY if a.raw_kind() == IFLA_GRE_IKEY => {
                    LinkinfoGreAttrsBuilder::new(w).ikey(value::u32_be(&a))?;
                }
                IFLA_GRE_OKEY if a.raw_kind() == IFLA_GRE_OKEY => {
                    LinkinfoGreAttrsBuilder::new(w).okey(value::u32_be(&a))?;
                }
                IFLA_GRE_LOCAL if a.raw_kind() == IFLA_GRE_LOCAL => match value::ip(&a) {
                    Some(ip) => {
                        LinkinfoGreAttrsBuilder::new(w).local(ip)?;
                    }
                    None => raw(w, &a)?,
                },
                IFLA_GRE_REMOTE if a.raw_kind() == IFLA_GRE_REMOTE => match value::ip(&a) {
                    Some(ip) => {
                        LinkinfoGreAttrsBuilder::new(w).remote(ip)?;
                    }
                    None => raw(w, &a)?,
                },
                IFLA_GRE_TTL if a.raw_kind() == IFLA_GRE_TTL => {
                    LinkinfoGreAttrsBuilder::new(w).ttl(value::u8(&a))?;
                }
                IFLA_GRE_TOS if a.raw_kind() == IFLA_GRE_TOS => {
                    LinkinfoGreAttrsBuilder::new(w).tos(value::u8(&a))?;
                }
                IFLA_GRE_PMTUDISC if a.raw_kind() == IFLA_GRE_PMTUDISC => {
                    LinkinfoGreAttrsBuilder::new(w).pmtudisc(value::u8(&a))?;
                }
                IFLA_GRE_ENCAP_LIMIT if a.raw_kind() == IFLA_GRE_ENCAP_LIMIT => {
                    LinkinfoGreAttrsBuilder::new(w).encap_limit(value::u8(&a))?;
                }
                IFLA_GRE_FLOWINFO if a.raw_kind() == IFLA_GRE_FLOWINFO => {
                    LinkinfoGreAttrsBuilder::new(w).flowinfo(value::u32_be(&a))?;
                }
                IFLA_GRE_FLAGS if a.raw_kind() == IFLA_GRE_FLAGS => {
                    LinkinfoGreAttrsBuilder::new(w).flags(value::u32(&a))?;
                }
                IFLA_GRE_ENCAP_TYPE if a.raw_kind() == IFLA_GRE_ENCAP_TYPE => {
                    LinkinfoGreAttrsBuilder::new(w).encap_type(value::u16(&a))?;
                }
                IFLA_GRE_ENCAP_FLAGS if a.raw_kind() == IFLA_GRE_ENCAP_FLAGS => {
                    LinkinfoGreAttrsBuilder::new(w).encap_flags(value::u16(&a))?;
                }
                IFLA_GRE_ENCAP_SPORT if a.raw_kind() == IFLA_GRE_ENCAP_SPORT => {
                    LinkinfoGreAttrsBuilder::new(w).encap_sport(value::u16_be(&a))?;
                }
                IFLA_GRE_ENCAP_DPORT if a.raw_kind() == IFLA_GRE_ENCAP_DPORT => {
                    LinkinfoGreAttrsBuilder::new(w).encap_dport(value::u16_be(&a))?;
                }
                IFLA_GRE_COLLECT_METADATA if a.raw_kind() == IFLA_GRE_COLLECT_METADATA => {
                    if a.value().is_empty() {
                        LinkinfoGreAttrsBuilder::new(w).collect_metadata()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_GRE_IGNORE_DF if a.raw_kind() == IFLA_GRE_IGNORE_DF => {
                    LinkinfoGreAttrsBuilder::new(w).ignore_df(value::u8(&a))?;
                }
                IFLA_GRE_FWMARK if a.raw_kind() == IFLA_GRE_FWMARK => {
                    LinkinfoGreAttrsBuilder::new(w).fwmark(value::u32(&a))?;
                }
                IFLA_GRE_ERSPAN_INDEX if a.raw_kind() == IFLA_GRE_ERSPAN_INDEX => {
                    LinkinfoGreAttrsBuilder::new(w).erspan_index(value::u32(&a))?;
                }
                IFLA_GRE_ERSPAN_VER if a.raw_kind() == IFLA_GRE_ERSPAN_VER => {
                    LinkinfoGreAttrsBuilder::new(w).erspan_ver(value::u8(&a))?;
                }
                IFLA_GRE_ERSPAN_DIR if a.raw_kind() == IFLA_GRE_ERSPAN_DIR => {
                    LinkinfoGreAttrsBuilder::new(w).erspan_dir(value::u8(&a))?;
                }
                IFLA_GRE_ERSPAN_HWID if a.raw_kind() == IFLA_GRE_ERSPAN_HWID => {
                    LinkinfoGreAttrsBuilder::new(w).erspan_hwid(value::u16(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`LinkinfoGre6Attrs`] checks of each attribute, from the descriptors.
static LINKINFO_GRE6_ATTRS_CHECKS: [Check; 25] = Check::table(&tables::LINKINFO_GRE6_ATTRS);

/// The `linkinfo-gre6-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoGre6Attrs<'a>(Table<'a, 25>);

impl<'a> AttrView<'a> for LinkinfoGre6Attrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_GRE6_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKINFO_GRE6_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKINFO_GRE6_ATTRS_CHECKS, attrs)
    }
}

impl<'a> LinkinfoGre6Attrs<'a> {
    /// Indexes and checks a block of `linkinfo-gre6-attrs` attributes.
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
    pub fn local(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(IFLA_GRE_LOCAL)
    }

    /// `IFLA_GRE_REMOTE`
    #[inline]
    pub fn remote(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(IFLA_GRE_REMOTE)
    }

    /// `IFLA_GRE_TTL`
    #[inline]
    pub fn ttl(&self) -> Option<u8> {
        self.0.u8(IFLA_GRE_TTL)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_GRE_LINK if a.raw_kind() == IFLA_GRE_LINK => {
                    LinkinfoGre6AttrsBuilder::new(w).link(value::u32(&a))?;
                }
                IFLA_GRE_IFLAGS if a.raw_kind() == IFLA_GRE_IFLAGS => {
                    LinkinfoGre6AttrsBuilder::new(w).iflags(value::u16_be(&a))?;
                }
                IFLA_GRE_OFLAGS if a.raw_kind() == IFLA_GRE_OFLAGS => {
                    LinkinfoGre6AttrsBuilder::new(w).oflags(value::u16_be(&a))?;
                }
                IFLA_GRE_IKEY if a.raw_kind() == IFLA_GRE_IKEY => {
                    LinkinfoGre6AttrsBuilder::new(w).ikey(value::u32_be(&a))?;
                }
                IFLA_GRE_OKEY if a.raw_kind() == IFLA_GRE_OKEY => {
                    LinkinfoGre6AttrsBuilder::new(w).okey(value::u32_be(&a))?;
                }
                IFLA_GRE_LOCAL if a.raw_kind() == IFLA_GRE_LOCAL => {
                    LinkinfoGre6AttrsBuilder::new(w).local(value::ipv6(&a))?;
                }
                IFLA_GRE_REMOTE if a.raw_kind() == IFLA_GRE_REMOTE => {
                    LinkinfoGre6AttrsBuilder::new(w).remote(value::ipv6(&a))?;
                }
                IFLA_GRE_TTL if a.raw_kind() == IFLA_GRE_TTL => {
                    LinkinfoGre6AttrsBuilder::new(w).ttl(value::u8(&a))?;
                }
                IFLA_GRE_ENCAP_LIMIT if a.raw_kind() == IFLA_GRE_ENCAP_LIMIT => {
                    LinkinfoGre6AttrsBuilder::new(w).encap_limit(value::u8(&a))?;
                }
                IFLA_GRE_FLOWINFO if a.raw_kind() == IFLA_GRE_FLOWINFO => {
                    LinkinfoGre6AttrsBuilder::new(w).flowinfo(value::u32_be(&a))?;
                }
                IFLA_GRE_FLAGS if a.raw_kind() == IFLA_GRE_FLAGS => {
                    LinkinfoGre6AttrsBuilder::new(w).flags(value::u32(&a))?;
                }
                IFLA_GRE_ENCAP_TYPE if a.raw_kind() == IFLA_GRE_ENCAP_TYPE => {
                    LinkinfoGre6AttrsBuilder::new(w).encap_type(value::u16(&a))?;
                }
                IFLA_GRE_ENCAP_FLAGS if a.raw_kind() == IFLA_GRE_ENCAP_FLAGS => {
                    LinkinfoGre6AttrsBuilder::new(w).encap_flags(value::u16(&a))?;
                }
                IFLA_GRE_ENCAP_SPORT if a.raw_kind() == IFLA_GRE_ENCAP_SPORT => {
                    LinkinfoGre6AttrsBuilder::new(w).encap_sport(value::u16_be(&a))?;
                }
                IFLA_GRE_ENCAP_DPORT if a.raw_kind() == IFLA_GRE_ENCAP_DPORT => {
                    LinkinfoGre6AttrsBuilder::new(w).encap_dport(value::u16_be(&a))?;
                }
                IFLA_GRE_COLLECT_METADATA if a.raw_kind() == IFLA_GRE_COLLECT_METADATA => {
                    if a.value().is_empty() {
                        LinkinfoGre6AttrsBuilder::new(w).collect_metadata()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_GRE_FWMARK if a.raw_kind() == IFLA_GRE_FWMARK => {
                    LinkinfoGre6AttrsBuilder::new(w).fwmark(value::u32(&a))?;
                }
                IFLA_GRE_ERSPAN_INDEX if a.raw_kind() == IFLA_GRE_ERSPAN_INDEX => {
                    LinkinfoGre6AttrsBuilder::new(w).erspan_index(value::u32(&a))?;
                }
                IFLA_GRE_ERSPAN_VER if a.raw_kind() == IFLA_GRE_ERSPAN_VER => {
                    LinkinfoGre6AttrsBuilder::new(w).erspan_ver(value::u8(&a))?;
                }
                IFLA_GRE_ERSPAN_DIR if a.raw_kind() == IFLA_GRE_ERSPAN_DIR => {
                    LinkinfoGre6AttrsBuilder::new(w).erspan_dir(value::u8(&a))?;
                }
                IFLA_GRE_ERSPAN_HWID if a.raw_kind() == IFLA_GRE_ERSPAN_HWID => {
                    LinkinfoGre6AttrsBuilder::new(w).erspan_hwid(value::u16(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`LinkinfoVtiAttrs`] checks of each attribute, from the descriptors.
static LINKINFO_VTI_ATTRS_CHECKS: [Check; 7] = Check::table(&tables::LINKINFO_VTI_ATTRS);

/// The `linkinfo-vti-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoVtiAttrs<'a>(Table<'a, 7>);

impl<'a> AttrView<'a> for LinkinfoVtiAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_VTI_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKINFO_VTI_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKINFO_VTI_ATTRS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_VTI_LINK if a.raw_kind() == IFLA_VTI_LINK => {
                    LinkinfoVtiAttrsBuilder::new(w).link(value::u32(&a))?;
                }
                IFLA_VTI_IKEY if a.raw_kind() == IFLA_VTI_IKEY => {
                    LinkinfoVtiAttrsBuilder::new(w).ikey(value::u32_be(&a))?;
                }
                IFLA_VTI_OKEY if a.raw_kind() == IFLA_VTI_OKEY => {
                    LinkinfoVtiAttrsBuilder::new(w).okey(value::u32_be(&a))?;
                }
                IFLA_VTI_LOCAL if a.raw_kind() == IFLA_VTI_LOCAL => match value::ip(&a) {
                    Some(ip) => {
                        LinkinfoVtiAttrsBuilder::new(w).local(ip)?;
                    }
                    None => raw(w, &a)?,
                },
                IFLA_VTI_REMOTE if a.raw_kind() == IFLA_VTI_REMOTE => match value::ip(&a) {
                    Some(ip) => {
                        LinkinfoVtiAttrsBuilder::new(w).remote(ip)?;
                    }
                    None => raw(w, &a)?,
                },
                IFLA_VTI_FWMARK if a.raw_kind() == IFLA_VTI_FWMARK => {
                    LinkinfoVtiAttrsBuilder::new(w).fwmark(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`LinkinfoVti6Attrs`] checks of each attribute, from the descriptors.
static LINKINFO_VTI6_ATTRS_CHECKS: [Check; 7] = Check::table(&tables::LINKINFO_VTI6_ATTRS);

/// The `linkinfo-vti6-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoVti6Attrs<'a>(Table<'a, 7>);

impl<'a> AttrView<'a> for LinkinfoVti6Attrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_VTI6_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKINFO_VTI6_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKINFO_VTI6_ATTRS_CHECKS, attrs)
    }
}

impl<'a> LinkinfoVti6Attrs<'a> {
    /// Indexes and checks a block of `linkinfo-vti6-attrs` attributes.
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
    pub fn local(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(IFLA_VTI_LOCAL)
    }

    /// `IFLA_VTI_REMOTE`
    #[inline]
    pub fn remote(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(IFLA_VTI_REMOTE)
    }

    /// `IFLA_VTI_FWMARK`
    #[inline]
    pub fn fwmark(&self) -> Option<u32> {
        self.0.u32(IFLA_VTI_FWMARK)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_VTI_LINK if a.raw_kind() == IFLA_VTI_LINK => {
                    LinkinfoVti6AttrsBuilder::new(w).link(value::u32(&a))?;
                }
                IFLA_VTI_IKEY if a.raw_kind() == IFLA_VTI_IKEY => {
                    LinkinfoVti6AttrsBuilder::new(w).ikey(value::u32_be(&a))?;
                }
                IFLA_VTI_OKEY if a.raw_kind() == IFLA_VTI_OKEY => {
                    LinkinfoVti6AttrsBuilder::new(w).okey(value::u32_be(&a))?;
                }
                IFLA_VTI_LOCAL if a.raw_kind() == IFLA_VTI_LOCAL => {
                    LinkinfoVti6AttrsBuilder::new(w).local(value::ipv6(&a))?;
                }
                IFLA_VTI_REMOTE if a.raw_kind() == IFLA_VTI_REMOTE => {
                    LinkinfoVti6AttrsBuilder::new(w).remote(value::ipv6(&a))?;
                }
                IFLA_VTI_FWMARK if a.raw_kind() == IFLA_VTI_FWMARK => {
                    LinkinfoVti6AttrsBuilder::new(w).fwmark(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`LinkinfoGeneveAttrs`] checks of each attribute, from the descriptors.
static LINKINFO_GENEVE_ATTRS_CHECKS: [Check; 19] = Check::table(&tables::LINKINFO_GENEVE_ATTRS);

/// The `linkinfo-geneve-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoGeneveAttrs<'a>(Table<'a, 19>);

impl<'a> AttrView<'a> for LinkinfoGeneveAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_GENEVE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKINFO_GENEVE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKINFO_GENEVE_ATTRS_CHECKS, attrs)
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
    pub fn df(&self) -> Option<GeneveDf> {
        self.0
            .u8(IFLA_GENEVE_DF)
            .map(|v| GeneveDf::from_value(v as u32))
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_GENEVE_ID if a.raw_kind() == IFLA_GENEVE_ID => {
                    LinkinfoGeneveAttrsBuilder::new(w).id(value::u32(&a))?;
                }
                IFLA_GENEVE_REMOTE if a.raw_kind() == IFLA_GENEVE_REMOTE => {
                    LinkinfoGeneveAttrsBuilder::new(w).remote(value::ipv4(&a))?;
                }
                IFLA_GENEVE_TTL if a.raw_kind() == IFLA_GENEVE_TTL => {
                    LinkinfoGeneveAttrsBuilder::new(w).ttl(value::u8(&a))?;
                }
                IFLA_GENEVE_TOS if a.raw_kind() == IFLA_GENEVE_TOS => {
                    LinkinfoGeneveAttrsBuilder::new(w).tos(value::u8(&a))?;
                }
                IFLA_GENEVE_PORT if a.raw_kind() == IFLA_GENEVE_PORT => {
                    LinkinfoGeneveAttrsBuilder::new(w).port(value::u16_be(&a))?;
                }
                IFLA_GENEVE_COLLECT_METADATA if a.raw_kind() == IFLA_GENEVE_COLLECT_METADATA => {
                    if a.value().is_empty() {
                        LinkinfoGeneveAttrsBuilder::new(w).collect_metadata()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_GENEVE_REMOTE6 if a.raw_kind() == IFLA_GENEVE_REMOTE6 => {
                    LinkinfoGeneveAttrsBuilder::new(w).remote6(value::ipv6(&a))?;
                }
                IFLA_GENEVE_UDP_CSUM if a.raw_kind() == IFLA_GENEVE_UDP_CSUM => {
                    LinkinfoGeneveAttrsBuilder::new(w).udp_csum(value::u8(&a))?;
                }
                IFLA_GENEVE_UDP_ZERO_CSUM6_TX if a.raw_kind() == IFLA_GENEVE_UDP_ZERO_CSUM6_TX => {
                    LinkinfoGeneveAttrsBuilder::new(w).udp_zero_csum6_tx(value::u8(&a))?;
                }
                IFLA_GENEVE_UDP_ZERO_CSUM6_RX if a.raw_kind() == IFLA_GENEVE_UDP_ZERO_CSUM6_RX => {
                    LinkinfoGeneveAttrsBuilder::new(w).udp_zero_csum6_rx(value::u8(&a))?;
                }
                IFLA_GENEVE_LABEL if a.raw_kind() == IFLA_GENEVE_LABEL => {
                    LinkinfoGeneveAttrsBuilder::new(w).label(value::u32_be(&a))?;
                }
                IFLA_GENEVE_TTL_INHERIT if a.raw_kind() == IFLA_GENEVE_TTL_INHERIT => {
                    LinkinfoGeneveAttrsBuilder::new(w).ttl_inherit(value::u8(&a))?;
                }
                IFLA_GENEVE_DF if a.raw_kind() == IFLA_GENEVE_DF => {
                    LinkinfoGeneveAttrsBuilder::new(w)
                        .df(GeneveDf::from_value(value::u8(&a) as u32))?;
                }
                IFLA_GENEVE_INNER_PROTO_INHERIT
                    if a.raw_kind() == IFLA_GENEVE_INNER_PROTO_INHERIT =>
                {
                    if a.value().is_empty() {
                        LinkinfoGeneveAttrsBuilder::new(w).inner_proto_inherit()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_GENEVE_PORT_RANGE if a.raw_kind() == IFLA_GENEVE_PORT_RANGE => {
                    if a.value().len() == IflaGenevePortRange::LEN {
                        LinkinfoGeneveAttrsBuilder::new(w)
                            .port_range(&IflaGenevePortRange::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_GENEVE_GRO_HINT if a.raw_kind() == IFLA_GENEVE_GRO_HINT => {
                    if a.value().is_empty() {
                        LinkinfoGeneveAttrsBuilder::new(w).gro_hint()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_GENEVE_LOCAL if a.raw_kind() == IFLA_GENEVE_LOCAL => {
                    LinkinfoGeneveAttrsBuilder::new(w).local(value::ipv4(&a))?;
                }
                IFLA_GENEVE_LOCAL6 if a.raw_kind() == IFLA_GENEVE_LOCAL6 => {
                    LinkinfoGeneveAttrsBuilder::new(w).local6(value::ipv6(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`LinkinfoHsrAttrs`] checks of each attribute, from the descriptors.
static LINKINFO_HSR_ATTRS_CHECKS: [Check; 9] = Check::table(&tables::LINKINFO_HSR_ATTRS);

/// The `linkinfo-hsr-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoHsrAttrs<'a>(Table<'a, 9>);

impl<'a> AttrView<'a> for LinkinfoHsrAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_HSR_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKINFO_HSR_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKINFO_HSR_ATTRS_CHECKS, attrs)
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
    pub fn protocol(&self) -> Option<HsrProtocol> {
        self.0
            .u8(IFLA_HSR_PROTOCOL)
            .map(|v| HsrProtocol::from_value(v as u32))
    }

    /// `IFLA_HSR_INTERLINK`
    #[inline]
    pub fn interlink(&self) -> Option<u32> {
        self.0.u32(IFLA_HSR_INTERLINK)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_HSR_SLAVE1 if a.raw_kind() == IFLA_HSR_SLAVE1 => {
                    LinkinfoHsrAttrsBuilder::new(w).slave1(value::u32(&a))?;
                }
                IFLA_HSR_SLAVE2 if a.raw_kind() == IFLA_HSR_SLAVE2 => {
                    LinkinfoHsrAttrsBuilder::new(w).slave2(value::u32(&a))?;
                }
                IFLA_HSR_MULTICAST_SPEC if a.raw_kind() == IFLA_HSR_MULTICAST_SPEC => {
                    LinkinfoHsrAttrsBuilder::new(w).multicast_spec(value::u8(&a))?;
                }
                IFLA_HSR_SUPERVISION_ADDR if a.raw_kind() == IFLA_HSR_SUPERVISION_ADDR => {
                    LinkinfoHsrAttrsBuilder::new(w).supervision_addr(a.value())?;
                }
                IFLA_HSR_SEQ_NR if a.raw_kind() == IFLA_HSR_SEQ_NR => {
                    LinkinfoHsrAttrsBuilder::new(w).seq_nr(value::u16(&a))?;
                }
                IFLA_HSR_VERSION if a.raw_kind() == IFLA_HSR_VERSION => {
                    LinkinfoHsrAttrsBuilder::new(w).version(value::u8(&a))?;
                }
                IFLA_HSR_PROTOCOL if a.raw_kind() == IFLA_HSR_PROTOCOL => {
                    LinkinfoHsrAttrsBuilder::new(w)
                        .protocol(HsrProtocol::from_value(value::u8(&a) as u32))?;
                }
                IFLA_HSR_INTERLINK if a.raw_kind() == IFLA_HSR_INTERLINK => {
                    LinkinfoHsrAttrsBuilder::new(w).interlink(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`LinkinfoIptunAttrs`] checks of each attribute, from the descriptors.
static LINKINFO_IPTUN_ATTRS_CHECKS: [Check; 21] = Check::table(&tables::LINKINFO_IPTUN_ATTRS);

/// The `linkinfo-iptun-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoIptunAttrs<'a>(Table<'a, 21>);

impl<'a> AttrView<'a> for LinkinfoIptunAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_IPTUN_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKINFO_IPTUN_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKINFO_IPTUN_ATTRS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_IPTUN_LINK if a.raw_kind() == IFLA_IPTUN_LINK => {
                    LinkinfoIptunAttrsBuilder::new(w).link(value::u32(&a))?;
                }
                IFLA_IPTUN_LOCAL if a.raw_kind() == IFLA_IPTUN_LOCAL => match value::ip(&a) {
                    Some(ip) => {
                        LinkinfoIptunAttrsBuilder::new(w).local(ip)?;
                    }
                    None => raw(w, &a)?,
                },
                IFLA_IPTUN_REMOTE if a.raw_kind() == IFLA_IPTUN_REMOTE => match value::ip(&a) {
                    Some(ip) => {
                        LinkinfoIptunAttrsBuilder::new(w).remote(ip)?;
                    }
                    None => raw(w, &a)?,
                },
                IFLA_IPTUN_TTL if a.raw_kind() == IFLA_IPTUN_TTL => {
                    LinkinfoIptunAttrsBuilder::new(w).ttl(value::u8(&a))?;
                }
                IFLA_IPTUN_TOS if a.raw_kind() == IFLA_IPTUN_TOS => {
                    LinkinfoIptunAttrsBuilder::new(w).tos(value::u8(&a))?;
                }
                IFLA_IPTUN_ENCAP_LIMIT if a.raw_kind() == IFLA_IPTUN_ENCAP_LIMIT => {
                    LinkinfoIptunAttrsBuilder::new(w).encap_limit(value::u8(&a))?;
                }
                IFLA_IPTUN_FLOWINFO if a.raw_kind() == IFLA_IPTUN_FLOWINFO => {
                    LinkinfoIptunAttrsBuilder::new(w).flowinfo(value::u32_be(&a))?;
                }
                IFLA_IPTUN_FLAGS if a.raw_kind() == IFLA_IPTUN_FLAGS => {
                    LinkinfoIptunAttrsBuilder::new(w).flags(value::u16_be(&a))?;
                }
                IFLA_IPTUN_PROTO if a.raw_kind() == IFLA_IPTUN_PROTO => {
                    LinkinfoIptunAttrsBuilder::new(w).proto(value::u8(&a))?;
                }
                IFLA_IPTUN_PMTUDISC if a.raw_kind() == IFLA_IPTUN_PMTUDISC => {
                    LinkinfoIptunAttrsBuilder::new(w).pmtudisc(value::u8(&a))?;
                }
                IFLA_IPTUN_6RD_PREFIX if a.raw_kind() == IFLA_IPTUN_6RD_PREFIX => {
                    LinkinfoIptunAttrsBuilder::new(w).n6rd_prefix(value::ipv6(&a))?;
                }
                IFLA_IPTUN_6RD_RELAY_PREFIX if a.raw_kind() == IFLA_IPTUN_6RD_RELAY_PREFIX => {
                    LinkinfoIptunAttrsBuilder::new(w).n6rd_relay_prefix(value::ipv4(&a))?;
                }
                IFLA_IPTUN_6RD_PREFIXLEN if a.raw_kind() == IFLA_IPTUN_6RD_PREFIXLEN => {
                    LinkinfoIptunAttrsBuilder::new(w).n6rd_prefixlen(value::u16(&a))?;
                }
                IFLA_IPTUN_6RD_RELAY_PREFIXLEN
                    if a.raw_kind() == IFLA_IPTUN_6RD_RELAY_PREFIXLEN =>
                {
                    LinkinfoIptunAttrsBuilder::new(w).n6rd_relay_prefixlen(value::u16(&a))?;
                }
                IFLA_IPTUN_ENCAP_TYPE if a.raw_kind() == IFLA_IPTUN_ENCAP_TYPE => {
                    LinkinfoIptunAttrsBuilder::new(w).encap_type(value::u16(&a))?;
                }
                IFLA_IPTUN_ENCAP_FLAGS if a.raw_kind() == IFLA_IPTUN_ENCAP_FLAGS => {
                    LinkinfoIptunAttrsBuilder::new(w).encap_flags(value::u16(&a))?;
                }
                IFLA_IPTUN_ENCAP_SPORT if a.raw_kind() == IFLA_IPTUN_ENCAP_SPORT => {
                    LinkinfoIptunAttrsBuilder::new(w).encap_sport(value::u16_be(&a))?;
                }
                IFLA_IPTUN_ENCAP_DPORT if a.raw_kind() == IFLA_IPTUN_ENCAP_DPORT => {
                    LinkinfoIptunAttrsBuilder::new(w).encap_dport(value::u16_be(&a))?;
                }
                IFLA_IPTUN_COLLECT_METADATA if a.raw_kind() == IFLA_IPTUN_COLLECT_METADATA => {
                    if a.value().is_empty() {
                        LinkinfoIptunAttrsBuilder::new(w).collect_metadata()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_IPTUN_FWMARK if a.raw_kind() == IFLA_IPTUN_FWMARK => {
                    LinkinfoIptunAttrsBuilder::new(w).fwmark(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`LinkinfoIp6tnlAttrs`] checks of each attribute, from the descriptors.
static LINKINFO_IP6TNL_ATTRS_CHECKS: [Check; 21] = Check::table(&tables::LINKINFO_IP6TNL_ATTRS);

/// The `linkinfo-ip6tnl-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoIp6tnlAttrs<'a>(Table<'a, 21>);

impl<'a> AttrView<'a> for LinkinfoIp6tnlAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_IP6TNL_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKINFO_IP6TNL_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKINFO_IP6TNL_ATTRS_CHECKS, attrs)
    }
}

impl<'a> LinkinfoIp6tnlAttrs<'a> {
    /// Indexes and checks a block of `linkinfo-ip6tnl-attrs` attributes.
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
    pub fn local(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(IFLA_IPTUN_LOCAL)
    }

    /// `IFLA_IPTUN_REMOTE`
    #[inline]
    pub fn remote(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(IFLA_IPTUN_REMOTE)
    }

    /// `IFLA_IPTUN_TTL`
    #[inline]
    pub fn ttl(&self) -> Option<u8> {
        self.0.u8(IFLA_IPTUN_TTL)
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
    pub fn flags(&self) -> Option<u32> {
        self.0.u32_be(IFLA_IPTUN_FLAGS)
    }

    /// `IFLA_IPTUN_PROTO`
    #[inline]
    pub fn proto(&self) -> Option<u8> {
        self.0.u8(IFLA_IPTUN_PROTO)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_IPTUN_LINK if a.raw_kind() == IFLA_IPTUN_LINK => {
                    LinkinfoIp6tnlAttrsBuilder::new(w).link(value::u32(&a))?;
                }
                IFLA_IPTUN_LOCAL if a.raw_kind() == IFLA_IPTUN_LOCAL => {
                    LinkinfoIp6tnlAttrsBuilder::new(w).local(value::ipv6(&a))?;
                }
                IFLA_IPTUN_REMOTE if a.raw_kind() == IFLA_IPTUN_REMOTE => {
                    LinkinfoIp6tnlAttrsBuilder::new(w).remote(value::ipv6(&a))?;
                }
                IFLA_IPTUN_TTL if a.raw_kind() == IFLA_IPTUN_TTL => {
                    LinkinfoIp6tnlAttrsBuilder::new(w).ttl(value::u8(&a))?;
                }
                IFLA_IPTUN_ENCAP_LIMIT if a.raw_kind() == IFLA_IPTUN_ENCAP_LIMIT => {
                    LinkinfoIp6tnlAttrsBuilder::new(w).encap_limit(value::u8(&a))?;
                }
                IFLA_IPTUN_FLOWINFO if a.raw_kind() == IFLA_IPTUN_FLOWINFO => {
                    LinkinfoIp6tnlAttrsBuilder::new(w).flowinfo(value::u32_be(&a))?;
                }
                IFLA_IPTUN_FLAGS if a.raw_kind() == IFLA_IPTUN_FLAGS => {
                    LinkinfoIp6tnlAttrsBuilder::new(w).flags(value::u32_be(&a))?;
                }
                IFLA_IPTUN_PROTO if a.raw_kind() == IFLA_IPTUN_PROTO => {
                    LinkinfoIp6tnlAttrsBuilder::new(w).proto(value::u8(&a))?;
                }
                IFLA_IPTUN_ENCAP_TYPE if a.raw_kind() == IFLA_IPTUN_ENCAP_TYPE => {
                    LinkinfoIp6tnlAttrsBuilder::new(w).encap_type(value::u16(&a))?;
                }
                IFLA_IPTUN_ENCAP_FLAGS if a.raw_kind() == IFLA_IPTUN_ENCAP_FLAGS => {
                    LinkinfoIp6tnlAttrsBuilder::new(w).encap_flags(value::u16(&a))?;
                }
                IFLA_IPTUN_ENCAP_SPORT if a.raw_kind() == IFLA_IPTUN_ENCAP_SPORT => {
                    LinkinfoIp6tnlAttrsBuilder::new(w).encap_sport(value::u16_be(&a))?;
                }
                IFLA_IPTUN_ENCAP_DPORT if a.raw_kind() == IFLA_IPTUN_ENCAP_DPORT => {
                    LinkinfoIp6tnlAttrsBuilder::new(w).encap_dport(value::u16_be(&a))?;
                }
                IFLA_IPTUN_COLLECT_METADATA if a.raw_kind() == IFLA_IPTUN_COLLECT_METADATA => {
                    if a.value().is_empty() {
                        LinkinfoIp6tnlAttrsBuilder::new(w).collect_metadata()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_IPTUN_FWMARK if a.raw_kind() == IFLA_IPTUN_FWMARK => {
                    LinkinfoIp6tnlAttrsBuilder::new(w).fwmark(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`LinkinfoTunAttrs`] checks of each attribute, from the descriptors.
static LINKINFO_TUN_ATTRS_CHECKS: [Check; 10] = Check::table(&tables::LINKINFO_TUN_ATTRS);

/// The `linkinfo-tun-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoTunAttrs<'a>(Table<'a, 10>);

impl<'a> AttrView<'a> for LinkinfoTunAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_TUN_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKINFO_TUN_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKINFO_TUN_ATTRS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_TUN_OWNER if a.raw_kind() == IFLA_TUN_OWNER => {
                    LinkinfoTunAttrsBuilder::new(w).owner(value::u32(&a))?;
                }
                IFLA_TUN_GROUP if a.raw_kind() == IFLA_TUN_GROUP => {
                    LinkinfoTunAttrsBuilder::new(w).group(value::u32(&a))?;
                }
                IFLA_TUN_TYPE if a.raw_kind() == IFLA_TUN_TYPE => {
                    LinkinfoTunAttrsBuilder::new(w).type_(value::u8(&a))?;
                }
                IFLA_TUN_PI if a.raw_kind() == IFLA_TUN_PI => {
                    LinkinfoTunAttrsBuilder::new(w).pi(value::u8(&a))?;
                }
                IFLA_TUN_VNET_HDR if a.raw_kind() == IFLA_TUN_VNET_HDR => {
                    LinkinfoTunAttrsBuilder::new(w).vnet_hdr(value::u8(&a))?;
                }
                IFLA_TUN_PERSIST if a.raw_kind() == IFLA_TUN_PERSIST => {
                    LinkinfoTunAttrsBuilder::new(w).persist(value::u8(&a))?;
                }
                IFLA_TUN_MULTI_QUEUE if a.raw_kind() == IFLA_TUN_MULTI_QUEUE => {
                    LinkinfoTunAttrsBuilder::new(w).multi_queue(value::u8(&a))?;
                }
                IFLA_TUN_NUM_QUEUES if a.raw_kind() == IFLA_TUN_NUM_QUEUES => {
                    LinkinfoTunAttrsBuilder::new(w).num_queues(value::u32(&a))?;
                }
                IFLA_TUN_NUM_DISABLED_QUEUES if a.raw_kind() == IFLA_TUN_NUM_DISABLED_QUEUES => {
                    LinkinfoTunAttrsBuilder::new(w).num_disabled_queues(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`LinkinfoVlanAttrs`] checks of each attribute, from the descriptors.
static LINKINFO_VLAN_ATTRS_CHECKS: [Check; 6] = Check::table(&tables::LINKINFO_VLAN_ATTRS);

/// The `linkinfo-vlan-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoVlanAttrs<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for LinkinfoVlanAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_VLAN_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKINFO_VLAN_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKINFO_VLAN_ATTRS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_VLAN_ID if a.raw_kind() == IFLA_VLAN_ID => {
                    LinkinfoVlanAttrsBuilder::new(w).id(value::u16(&a))?;
                }
                IFLA_VLAN_FLAGS if a.raw_kind() == IFLA_VLAN_FLAGS => {
                    if a.value().len() == IflaVlanFlags::LEN {
                        LinkinfoVlanAttrsBuilder::new(w)
                            .flags(&IflaVlanFlags::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_VLAN_EGRESS_QOS => {
                    nest_like(w, &a, |w| IflaVlanQos::parse(a.nested())?.write_to(w))?
                }
                IFLA_VLAN_INGRESS_QOS => {
                    nest_like(w, &a, |w| IflaVlanQos::parse(a.nested())?.write_to(w))?
                }
                IFLA_VLAN_PROTOCOL if a.raw_kind() == IFLA_VLAN_PROTOCOL => {
                    LinkinfoVlanAttrsBuilder::new(w)
                        .protocol(VlanProtocols::from_value(value::u16_be(&a) as u32))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`IflaVlanQos`] checks of each attribute, from the descriptors.
static IFLA_VLAN_QOS_CHECKS: [Check; 2] = Check::table(&tables::IFLA_VLAN_QOS);

/// The `ifla-vlan-qos` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct IflaVlanQos<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for IflaVlanQos<'a> {
    const SET: &'static AttrSet = &tables::IFLA_VLAN_QOS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &IFLA_VLAN_QOS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&IFLA_VLAN_QOS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_VLAN_QOS_MAPPING if a.raw_kind() == IFLA_VLAN_QOS_MAPPING => {
                    if a.value().len() == IflaVlanQosMapping::LEN {
                        IflaVlanQosBuilder::new(w)
                            .mapping(&IflaVlanQosMapping::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`LinkinfoVrfAttrs`] checks of each attribute, from the descriptors.
static LINKINFO_VRF_ATTRS_CHECKS: [Check; 2] = Check::table(&tables::LINKINFO_VRF_ATTRS);

/// The `linkinfo-vrf-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoVrfAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for LinkinfoVrfAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_VRF_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKINFO_VRF_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKINFO_VRF_ATTRS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_VRF_TABLE if a.raw_kind() == IFLA_VRF_TABLE => {
                    LinkinfoVrfAttrsBuilder::new(w).table_attr(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`XdpAttrs`] checks of each attribute, from the descriptors.
static XDP_ATTRS_CHECKS: [Check; 9] = Check::table(&tables::XDP_ATTRS);

/// The `xdp-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct XdpAttrs<'a>(Table<'a, 9>);

impl<'a> AttrView<'a> for XdpAttrs<'a> {
    const SET: &'static AttrSet = &tables::XDP_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &XDP_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&XDP_ATTRS_CHECKS, attrs)
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
    pub fn attached(&self) -> Option<XdpAttached> {
        self.0
            .u8(IFLA_XDP_ATTACHED)
            .map(|v| XdpAttached::from_value(v as u32))
    }

    /// `IFLA_XDP_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<XdpFlags> {
        self.0.u32(IFLA_XDP_FLAGS).map(XdpFlags)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_XDP_FD if a.raw_kind() == IFLA_XDP_FD => {
                    XdpAttrsBuilder::new(w).fd(value::i32(&a))?;
                }
                IFLA_XDP_ATTACHED if a.raw_kind() == IFLA_XDP_ATTACHED => {
                    XdpAttrsBuilder::new(w)
                        .attached(XdpAttached::from_value(value::u8(&a) as u32))?;
                }
                IFLA_XDP_FLAGS if a.raw_kind() == IFLA_XDP_FLAGS => {
                    XdpAttrsBuilder::new(w).flags(XdpFlags(value::u32(&a)))?;
                }
                IFLA_XDP_PROG_ID if a.raw_kind() == IFLA_XDP_PROG_ID => {
                    XdpAttrsBuilder::new(w).prog_id(value::u32(&a))?;
                }
                IFLA_XDP_DRV_PROG_ID if a.raw_kind() == IFLA_XDP_DRV_PROG_ID => {
                    XdpAttrsBuilder::new(w).drv_prog_id(value::u32(&a))?;
                }
                IFLA_XDP_SKB_PROG_ID if a.raw_kind() == IFLA_XDP_SKB_PROG_ID => {
                    XdpAttrsBuilder::new(w).skb_prog_id(value::u32(&a))?;
                }
                IFLA_XDP_HW_PROG_ID if a.raw_kind() == IFLA_XDP_HW_PROG_ID => {
                    XdpAttrsBuilder::new(w).hw_prog_id(value::u32(&a))?;
                }
                IFLA_XDP_EXPECTED_FD if a.raw_kind() == IFLA_XDP_EXPECTED_FD => {
                    XdpAttrsBuilder::new(w).expected_fd(value::i32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`IflaAttrs`] checks of each attribute, from the descriptors.
static IFLA_ATTRS_CHECKS: [Check; 2] = Check::table(&tables::IFLA_ATTRS);

/// The `ifla-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct IflaAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for IflaAttrs<'a> {
    const SET: &'static AttrSet = &tables::IFLA_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &IFLA_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&IFLA_ATTRS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_INET_CONF if a.raw_kind() == IFLA_INET_CONF => {
                    IflaAttrsBuilder::new(w).conf(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Ifla6Attrs`] checks of each attribute, from the descriptors.
static IFLA6_ATTRS_CHECKS: [Check; 10] = Check::table(&tables::IFLA6_ATTRS);

/// The `ifla6-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Ifla6Attrs<'a>(Table<'a, 10>);

impl<'a> AttrView<'a> for Ifla6Attrs<'a> {
    const SET: &'static AttrSet = &tables::IFLA6_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &IFLA6_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&IFLA6_ATTRS_CHECKS, attrs)
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
    pub fn addr_gen_mode(&self) -> Option<In6AddrGenMode> {
        self.0
            .u8(IFLA_INET6_ADDR_GEN_MODE)
            .map(|v| In6AddrGenMode::from_value(v as u32))
    }

    /// `IFLA_INET6_RA_MTU`
    #[inline]
    pub fn ra_mtu(&self) -> Option<u32> {
        self.0.u32(IFLA_INET6_RA_MTU)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_INET6_FLAGS if a.raw_kind() == IFLA_INET6_FLAGS => {
                    Ifla6AttrsBuilder::new(w).flags(value::u32(&a))?;
                }
                IFLA_INET6_CONF if a.raw_kind() == IFLA_INET6_CONF => {
                    Ifla6AttrsBuilder::new(w).conf(a.value())?;
                }
                IFLA_INET6_STATS if a.raw_kind() == IFLA_INET6_STATS => {
                    Ifla6AttrsBuilder::new(w).stats(a.value())?;
                }
                IFLA_INET6_MCAST if a.raw_kind() == IFLA_INET6_MCAST => {
                    Ifla6AttrsBuilder::new(w).mcast(a.value())?;
                }
                IFLA_INET6_CACHEINFO if a.raw_kind() == IFLA_INET6_CACHEINFO => {
                    if a.value().len() == IflaCacheinfo::LEN {
                        Ifla6AttrsBuilder::new(w)
                            .cacheinfo(&IflaCacheinfo::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_INET6_ICMP6STATS if a.raw_kind() == IFLA_INET6_ICMP6STATS => {
                    Ifla6AttrsBuilder::new(w).icmp6stats(a.value())?;
                }
                IFLA_INET6_TOKEN if a.raw_kind() == IFLA_INET6_TOKEN => {
                    Ifla6AttrsBuilder::new(w).token(a.value())?;
                }
                IFLA_INET6_ADDR_GEN_MODE if a.raw_kind() == IFLA_INET6_ADDR_GEN_MODE => {
                    Ifla6AttrsBuilder::new(w)
                        .addr_gen_mode(In6AddrGenMode::from_value(value::u8(&a) as u32))?;
                }
                IFLA_INET6_RA_MTU if a.raw_kind() == IFLA_INET6_RA_MTU => {
                    Ifla6AttrsBuilder::new(w).ra_mtu(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`MctpAttrs`] checks of each attribute, from the descriptors.
static MCTP_ATTRS_CHECKS: [Check; 3] = Check::table(&tables::MCTP_ATTRS);

/// The `mctp-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct MctpAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for MctpAttrs<'a> {
    const SET: &'static AttrSet = &tables::MCTP_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &MCTP_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&MCTP_ATTRS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_MCTP_NET if a.raw_kind() == IFLA_MCTP_NET => {
                    MctpAttrsBuilder::new(w).net(value::u32(&a))?;
                }
                IFLA_MCTP_PHYS_BINDING if a.raw_kind() == IFLA_MCTP_PHYS_BINDING => {
                    MctpAttrsBuilder::new(w).phys_binding(value::u8(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`StatsAttrs`] checks of each attribute, from the descriptors.
static STATS_ATTRS_CHECKS: [Check; 6] = Check::table(&tables::STATS_ATTRS);

/// The `stats-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct StatsAttrs<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for StatsAttrs<'a> {
    const SET: &'static AttrSet = &tables::STATS_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &STATS_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&STATS_ATTRS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_STATS_LINK_64 if a.raw_kind() == IFLA_STATS_LINK_64 => {
                    if a.value().len() == RtnlLinkStats64::LEN {
                        StatsAttrsBuilder::new(w)
                            .link_64(&RtnlLinkStats64::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_STATS_LINK_XSTATS if a.raw_kind() == IFLA_STATS_LINK_XSTATS => {
                    StatsAttrsBuilder::new(w).link_xstats(a.value())?;
                }
                IFLA_STATS_LINK_XSTATS_SLAVE if a.raw_kind() == IFLA_STATS_LINK_XSTATS_SLAVE => {
                    StatsAttrsBuilder::new(w).link_xstats_slave(a.value())?;
                }
                IFLA_STATS_LINK_OFFLOAD_XSTATS => {
                    nest_like(w, &a, |w| LinkOffloadXstats::parse(a.nested())?.write_to(w))?
                }
                IFLA_STATS_AF_SPEC if a.raw_kind() == IFLA_STATS_AF_SPEC => {
                    StatsAttrsBuilder::new(w).af_spec(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`LinkOffloadXstats`] checks of each attribute, from the descriptors.
static LINK_OFFLOAD_XSTATS_CHECKS: [Check; 4] = Check::table(&tables::LINK_OFFLOAD_XSTATS);

/// The `link-offload-xstats` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkOffloadXstats<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for LinkOffloadXstats<'a> {
    const SET: &'static AttrSet = &tables::LINK_OFFLOAD_XSTATS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINK_OFFLOAD_XSTATS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINK_OFFLOAD_XSTATS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_OFFLOAD_XSTATS_CPU_HIT if a.raw_kind() == IFLA_OFFLOAD_XSTATS_CPU_HIT => {
                    LinkOffloadXstatsBuilder::new(w).cpu_hit(a.value())?;
                }
                IFLA_OFFLOAD_XSTATS_HW_S_INFO => nest_like(w, &a, |w| {
                    for e in a.nested() {
                        let e = e?;
                        nest_like(w, &e, |w| HwSInfoOne::parse(e.nested())?.write_to(w))?;
                    }
                    Ok(())
                })?,
                IFLA_OFFLOAD_XSTATS_L3_STATS if a.raw_kind() == IFLA_OFFLOAD_XSTATS_L3_STATS => {
                    LinkOffloadXstatsBuilder::new(w).l3_stats(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`HwSInfoOne`] checks of each attribute, from the descriptors.
static HW_S_INFO_ONE_CHECKS: [Check; 3] = Check::table(&tables::HW_S_INFO_ONE);

/// The `hw-s-info-one` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct HwSInfoOne<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for HwSInfoOne<'a> {
    const SET: &'static AttrSet = &tables::HW_S_INFO_ONE;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &HW_S_INFO_ONE_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&HW_S_INFO_ONE_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_OFFLOAD_XSTATS_HW_S_INFO_REQUEST
                    if a.raw_kind() == IFLA_OFFLOAD_XSTATS_HW_S_INFO_REQUEST =>
                {
                    HwSInfoOneBuilder::new(w).request(value::u8(&a))?;
                }
                IFLA_OFFLOAD_XSTATS_HW_S_INFO_USED
                    if a.raw_kind() == IFLA_OFFLOAD_XSTATS_HW_S_INFO_USED =>
                {
                    HwSInfoOneBuilder::new(w).used(value::u8(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`LinkDpllPinAttrs`] checks of each attribute, from the descriptors.
static LINK_DPLL_PIN_ATTRS_CHECKS: [Check; 2] = Check::table(&tables::LINK_DPLL_PIN_ATTRS);

/// The `link-dpll-pin-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkDpllPinAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for LinkDpllPinAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINK_DPLL_PIN_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINK_DPLL_PIN_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINK_DPLL_PIN_ATTRS_CHECKS, attrs)
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

    /// `DPLL_A_PIN_ID`
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32(DPLL_A_PIN_ID)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DPLL_A_PIN_ID if a.raw_kind() == DPLL_A_PIN_ID => {
                    LinkDpllPinAttrsBuilder::new(w).id(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`LinkinfoNetkitAttrs`] checks of each attribute, from the descriptors.
static LINKINFO_NETKIT_ATTRS_CHECKS: [Check; 11] = Check::table(&tables::LINKINFO_NETKIT_ATTRS);

/// The `linkinfo-netkit-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoNetkitAttrs<'a>(Table<'a, 11>);

impl<'a> AttrView<'a> for LinkinfoNetkitAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_NETKIT_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKINFO_NETKIT_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKINFO_NETKIT_ATTRS_CHECKS, attrs)
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
    pub fn peer_info(&self) -> Result<Option<(Ifinfomsg, LinkAttrs<'a>)>, Error> {
        self.0.nest_with_header(IFLA_NETKIT_PEER_INFO)
    }

    /// `IFLA_NETKIT_PRIMARY`
    #[inline]
    pub fn primary(&self) -> Option<u8> {
        self.0.u8(IFLA_NETKIT_PRIMARY)
    }

    /// `IFLA_NETKIT_POLICY`
    #[inline]
    pub fn policy(&self) -> Option<NetkitPolicy> {
        self.0.u32(IFLA_NETKIT_POLICY).map(NetkitPolicy::from_value)
    }

    /// `IFLA_NETKIT_PEER_POLICY`
    #[inline]
    pub fn peer_policy(&self) -> Option<NetkitPolicy> {
        self.0
            .u32(IFLA_NETKIT_PEER_POLICY)
            .map(NetkitPolicy::from_value)
    }

    /// `IFLA_NETKIT_MODE`
    #[inline]
    pub fn mode(&self) -> Option<NetkitMode> {
        self.0.u32(IFLA_NETKIT_MODE).map(NetkitMode::from_value)
    }

    /// `IFLA_NETKIT_SCRUB`
    #[inline]
    pub fn scrub(&self) -> Option<NetkitScrub> {
        self.0.u32(IFLA_NETKIT_SCRUB).map(NetkitScrub::from_value)
    }

    /// `IFLA_NETKIT_PEER_SCRUB`
    #[inline]
    pub fn peer_scrub(&self) -> Option<NetkitScrub> {
        self.0
            .u32(IFLA_NETKIT_PEER_SCRUB)
            .map(NetkitScrub::from_value)
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
            .map(NetkitPairing::from_value)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_NETKIT_PEER_INFO => {
                    let (h, v) = split_header::<Ifinfomsg, LinkAttrs<'_>>(&a)?;
                    nest_like_with_header(w, &a, &h, |w| v.write_to(w))?;
                }
                IFLA_NETKIT_PRIMARY if a.raw_kind() == IFLA_NETKIT_PRIMARY => {
                    LinkinfoNetkitAttrsBuilder::new(w).primary(value::u8(&a))?;
                }
                IFLA_NETKIT_POLICY if a.raw_kind() == IFLA_NETKIT_POLICY => {
                    LinkinfoNetkitAttrsBuilder::new(w)
                        .policy(NetkitPolicy::from_value(value::u32(&a)))?;
                }
                IFLA_NETKIT_PEER_POLICY if a.raw_kind() == IFLA_NETKIT_PEER_POLICY => {
                    LinkinfoNetkitAttrsBuilder::new(w)
                        .peer_policy(NetkitPolicy::from_value(value::u32(&a)))?;
                }
                IFLA_NETKIT_MODE if a.raw_kind() == IFLA_NETKIT_MODE => {
                    LinkinfoNetkitAttrsBuilder::new(w)
                        .mode(NetkitMode::from_value(value::u32(&a)))?;
                }
                IFLA_NETKIT_SCRUB if a.raw_kind() == IFLA_NETKIT_SCRUB => {
                    LinkinfoNetkitAttrsBuilder::new(w)
                        .scrub(NetkitScrub::from_value(value::u32(&a)))?;
                }
                IFLA_NETKIT_PEER_SCRUB if a.raw_kind() == IFLA_NETKIT_PEER_SCRUB => {
                    LinkinfoNetkitAttrsBuilder::new(w)
                        .peer_scrub(NetkitScrub::from_value(value::u32(&a)))?;
                }
                IFLA_NETKIT_HEADROOM if a.raw_kind() == IFLA_NETKIT_HEADROOM => {
                    LinkinfoNetkitAttrsBuilder::new(w).headroom(value::u16(&a))?;
                }
                IFLA_NETKIT_TAILROOM if a.raw_kind() == IFLA_NETKIT_TAILROOM => {
                    LinkinfoNetkitAttrsBuilder::new(w).tailroom(value::u16(&a))?;
                }
                IFLA_NETKIT_PAIRING if a.raw_kind() == IFLA_NETKIT_PAIRING => {
                    LinkinfoNetkitAttrsBuilder::new(w)
                        .pairing(NetkitPairing::from_value(value::u32(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`LinkinfoOvpnAttrs`] checks of each attribute, from the descriptors.
static LINKINFO_OVPN_ATTRS_CHECKS: [Check; 2] = Check::table(&tables::LINKINFO_OVPN_ATTRS);

/// The `linkinfo-ovpn-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoOvpnAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for LinkinfoOvpnAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_OVPN_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKINFO_OVPN_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKINFO_OVPN_ATTRS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_OVPN_MODE if a.raw_kind() == IFLA_OVPN_MODE => {
                    LinkinfoOvpnAttrsBuilder::new(w)
                        .mode(OvpnMode::from_value(value::u8(&a) as u32))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`LinkinfoVethAttrs`] checks of each attribute, from the descriptors.
static LINKINFO_VETH_ATTRS_CHECKS: [Check; 2] = Check::table(&tables::LINKINFO_VETH_ATTRS);

/// The `linkinfo-veth-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoVethAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for LinkinfoVethAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_VETH_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKINFO_VETH_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKINFO_VETH_ATTRS_CHECKS, attrs)
    }
}

impl<'a> LinkinfoVethAttrs<'a> {
    /// Indexes and checks a block of `linkinfo-veth-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `VETH_INFO_PEER`
    #[inline]
    pub fn peer(&self) -> Result<Option<(Ifinfomsg, LinkAttrs<'a>)>, Error> {
        self.0.nest_with_header(VETH_INFO_PEER)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                VETH_INFO_PEER => {
                    let (h, v) = split_header::<Ifinfomsg, LinkAttrs<'_>>(&a)?;
                    nest_like_with_header(w, &a, &h, |w| v.write_to(w))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`LinkinfoVxcanAttrs`] checks of each attribute, from the descriptors.
static LINKINFO_VXCAN_ATTRS_CHECKS: [Check; 2] = Check::table(&tables::LINKINFO_VXCAN_ATTRS);

/// The `linkinfo-vxcan-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoVxcanAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for LinkinfoVxcanAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_VXCAN_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKINFO_VXCAN_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKINFO_VXCAN_ATTRS_CHECKS, attrs)
    }
}

impl<'a> LinkinfoVxcanAttrs<'a> {
    /// Indexes and checks a block of `linkinfo-vxcan-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `VXCAN_INFO_PEER`
    #[inline]
    pub fn peer(&self) -> Result<Option<(Ifinfomsg, LinkAttrs<'a>)>, Error> {
        self.0.nest_with_header(VXCAN_INFO_PEER)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                VXCAN_INFO_PEER => {
                    let (h, v) = split_header::<Ifinfomsg, LinkAttrs<'_>>(&a)?;
                    nest_like_with_header(w, &a, &h, |w| v.write_to(w))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`LinkinfoVxlanAttrs`] checks of each attribute, from the descriptors.
static LINKINFO_VXLAN_ATTRS_CHECKS: [Check; 35] = Check::table(&tables::LINKINFO_VXLAN_ATTRS);

/// The `linkinfo-vxlan-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoVxlanAttrs<'a>(Table<'a, 35>);

impl<'a> AttrView<'a> for LinkinfoVxlanAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_VXLAN_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKINFO_VXLAN_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKINFO_VXLAN_ATTRS_CHECKS, attrs)
    }
}

impl<'a> LinkinfoVxlanAttrs<'a> {
    /// Indexes and checks a block of `linkinfo-vxlan-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 35> {
        &self.0
    }

    /// `IFLA_VXLAN_ID`
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32(IFLA_VXLAN_ID)
    }

    /// `IFLA_VXLAN_GROUP`
    #[inline]
    pub fn group(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(IFLA_VXLAN_GROUP)
    }

    /// `IFLA_VXLAN_LINK`
    #[inline]
    pub fn link(&self) -> Option<u32> {
        self.0.u32(IFLA_VXLAN_LINK)
    }

    /// `IFLA_VXLAN_LOCAL`
    #[inline]
    pub fn local(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(IFLA_VXLAN_LOCAL)
    }

    /// `IFLA_VXLAN_TTL`
    #[inline]
    pub fn ttl(&self) -> Option<u8> {
        self.0.u8(IFLA_VXLAN_TTL)
    }

    /// `IFLA_VXLAN_TOS`
    #[inline]
    pub fn tos(&self) -> Option<u8> {
        self.0.u8(IFLA_VXLAN_TOS)
    }

    /// `IFLA_VXLAN_LEARNING`
    #[inline]
    pub fn learning(&self) -> Option<u8> {
        self.0.u8(IFLA_VXLAN_LEARNING)
    }

    /// `IFLA_VXLAN_AGEING`
    #[inline]
    pub fn ageing(&self) -> Option<u32> {
        self.0.u32(IFLA_VXLAN_AGEING)
    }

    /// `IFLA_VXLAN_LIMIT`
    #[inline]
    pub fn limit(&self) -> Option<u32> {
        self.0.u32(IFLA_VXLAN_LIMIT)
    }

    /// `IFLA_VXLAN_PORT_RANGE`
    #[inline]
    pub fn port_range(&self) -> Option<IflaVxlanPortRange> {
        self.0
            .fixed(IFLA_VXLAN_PORT_RANGE, IflaVxlanPortRange::from_bytes)
    }

    /// `IFLA_VXLAN_PROXY`
    #[inline]
    pub fn proxy(&self) -> Option<u8> {
        self.0.u8(IFLA_VXLAN_PROXY)
    }

    /// `IFLA_VXLAN_RSC`
    #[inline]
    pub fn rsc(&self) -> Option<u8> {
        self.0.u8(IFLA_VXLAN_RSC)
    }

    /// `IFLA_VXLAN_L2MISS`
    #[inline]
    pub fn l2miss(&self) -> Option<u8> {
        self.0.u8(IFLA_VXLAN_L2MISS)
    }

    /// `IFLA_VXLAN_L3MISS`
    #[inline]
    pub fn l3miss(&self) -> Option<u8> {
        self.0.u8(IFLA_VXLAN_L3MISS)
    }

    /// `IFLA_VXLAN_PORT`
    #[inline]
    pub fn port(&self) -> Option<u16> {
        self.0.u16_be(IFLA_VXLAN_PORT)
    }

    /// `IFLA_VXLAN_GROUP6`
    #[inline]
    pub fn group6(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(IFLA_VXLAN_GROUP6)
    }

    /// `IFLA_VXLAN_LOCAL6`
    #[inline]
    pub fn local6(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(IFLA_VXLAN_LOCAL6)
    }

    /// `IFLA_VXLAN_UDP_CSUM`
    #[inline]
    pub fn udp_csum(&self) -> Option<u8> {
        self.0.u8(IFLA_VXLAN_UDP_CSUM)
    }

    /// `IFLA_VXLAN_UDP_ZERO_CSUM6_TX`
    #[inline]
    pub fn udp_zero_csum6_tx(&self) -> Option<u8> {
        self.0.u8(IFLA_VXLAN_UDP_ZERO_CSUM6_TX)
    }

    /// `IFLA_VXLAN_UDP_ZERO_CSUM6_RX`
    #[inline]
    pub fn udp_zero_csum6_rx(&self) -> Option<u8> {
        self.0.u8(IFLA_VXLAN_UDP_ZERO_CSUM6_RX)
    }

    /// `IFLA_VXLAN_REMCSUM_TX`
    #[inline]
    pub fn remcsum_tx(&self) -> Option<u8> {
        self.0.u8(IFLA_VXLAN_REMCSUM_TX)
    }

    /// `IFLA_VXLAN_REMCSUM_RX`
    #[inline]
    pub fn remcsum_rx(&self) -> Option<u8> {
        self.0.u8(IFLA_VXLAN_REMCSUM_RX)
    }

    /// `IFLA_VXLAN_GBP`
    #[inline]
    pub fn gbp(&self) -> bool {
        self.0.flag(IFLA_VXLAN_GBP)
    }

    /// `IFLA_VXLAN_REMCSUM_NOPARTIAL`
    #[inline]
    pub fn remcsum_nopartial(&self) -> bool {
        self.0.flag(IFLA_VXLAN_REMCSUM_NOPARTIAL)
    }

    /// `IFLA_VXLAN_COLLECT_METADATA`
    #[inline]
    pub fn collect_metadata(&self) -> Option<u8> {
        self.0.u8(IFLA_VXLAN_COLLECT_METADATA)
    }

    /// `IFLA_VXLAN_LABEL`
    #[inline]
    pub fn label(&self) -> Option<u32> {
        self.0.u32_be(IFLA_VXLAN_LABEL)
    }

    /// `IFLA_VXLAN_GPE`
    #[inline]
    pub fn gpe(&self) -> bool {
        self.0.flag(IFLA_VXLAN_GPE)
    }

    /// `IFLA_VXLAN_TTL_INHERIT`
    #[inline]
    pub fn ttl_inherit(&self) -> bool {
        self.0.flag(IFLA_VXLAN_TTL_INHERIT)
    }

    /// `IFLA_VXLAN_DF`
    #[inline]
    pub fn df(&self) -> Option<VxlanDf> {
        self.0
            .u8(IFLA_VXLAN_DF)
            .map(|v| VxlanDf::from_value(v as u32))
    }

    /// `IFLA_VXLAN_VNIFILTER`
    #[inline]
    pub fn vnifilter(&self) -> Option<u8> {
        self.0.u8(IFLA_VXLAN_VNIFILTER)
    }

    /// `IFLA_VXLAN_LOCALBYPASS`
    #[inline]
    pub fn localbypass(&self) -> Option<u8> {
        self.0.u8(IFLA_VXLAN_LOCALBYPASS)
    }

    /// `IFLA_VXLAN_LABEL_POLICY`
    #[inline]
    pub fn label_policy(&self) -> Option<VxlanLabelPolicy> {
        self.0
            .u32(IFLA_VXLAN_LABEL_POLICY)
            .map(VxlanLabelPolicy::from_value)
    }

    /// `IFLA_VXLAN_RESERVED_BITS`
    #[inline]
    pub fn reserved_bits(&self) -> Option<&'a [u8]> {
        self.0.bytes(IFLA_VXLAN_RESERVED_BITS)
    }

    /// `IFLA_VXLAN_MC_ROUTE`
    #[inline]
    pub fn mc_route(&self) -> Option<u8> {
        self.0.u8(IFLA_VXLAN_MC_ROUTE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_VXLAN_ID if a.raw_kind() == IFLA_VXLAN_ID => {
                    LinkinfoVxlanAttrsBuilder::new(w).id(value::u32(&a))?;
                }
                IFLA_VXLAN_GROUP if a.raw_kind() == IFLA_VXLAN_GROUP => {
                    LinkinfoVxlanAttrsBuilder::new(w).group(value::ipv4(&a))?;
                }
                IFLA_VXLAN_LINK if a.raw_kind() == IFLA_VXLAN_LINK => {
                    LinkinfoVxlanAttrsBuilder::new(w).link(value::u32(&a))?;
                }
                IFLA_VXLAN_LOCAL if a.raw_kind() == IFLA_VXLAN_LOCAL => {
                    LinkinfoVxlanAttrsBuilder::new(w).local(value::ipv4(&a))?;
                }
                IFLA_VXLAN_TTL if a.raw_kind() == IFLA_VXLAN_TTL => {
                    LinkinfoVxlanAttrsBuilder::new(w).ttl(value::u8(&a))?;
                }
                IFLA_VXLAN_TOS if a.raw_kind() == IFLA_VXLAN_TOS => {
                    LinkinfoVxlanAttrsBuilder::new(w).tos(value::u8(&a))?;
                }
                IFLA_VXLAN_LEARNING if a.raw_kind() == IFLA_VXLAN_LEARNING => {
                    LinkinfoVxlanAttrsBuilder::new(w).learning(value::u8(&a))?;
                }
                IFLA_VXLAN_AGEING if a.raw_kind() == IFLA_VXLAN_AGEING => {
                    LinkinfoVxlanAttrsBuilder::new(w).ageing(value::u32(&a))?;
                }
                IFLA_VXLAN_LIMIT if a.raw_kind() == IFLA_VXLAN_LIMIT => {
                    LinkinfoVxlanAttrsBuilder::new(w).limit(value::u32(&a))?;
                }
                IFLA_VXLAN_PORT_RANGE if a.raw_kind() == IFLA_VXLAN_PORT_RANGE => {
                    if a.value().len() == IflaVxlanPortRange::LEN {
                        LinkinfoVxlanAttrsBuilder::new(w)
                            .port_range(&IflaVxlanPortRange::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_VXLAN_PROXY if a.raw_kind() == IFLA_VXLAN_PROXY => {
                    LinkinfoVxlanAttrsBuilder::new(w).proxy(value::u8(&a))?;
                }
                IFLA_VXLAN_RSC if a.raw_kind() == IFLA_VXLAN_RSC => {
                    LinkinfoVxlanAttrsBuilder::new(w).rsc(value::u8(&a))?;
                }
                IFLA_VXLAN_L2MISS if a.raw_kind() == IFLA_VXLAN_L2MISS => {
                    LinkinfoVxlanAttrsBuilder::new(w).l2miss(value::u8(&a))?;
                }
                IFLA_VXLAN_L3MISS if a.raw_kind() == IFLA_VXLAN_L3MISS => {
                    LinkinfoVxlanAttrsBuilder::new(w).l3miss(value::u8(&a))?;
                }
                IFLA_VXLAN_PORT if a.raw_kind() == IFLA_VXLAN_PORT => {
                    LinkinfoVxlanAttrsBuilder::new(w).port(value::u16_be(&a))?;
                }
                IFLA_VXLAN_GROUP6 if a.raw_kind() == IFLA_VXLAN_GROUP6 => {
                    LinkinfoVxlanAttrsBuilder::new(w).group6(value::ipv6(&a))?;
                }
                IFLA_VXLAN_LOCAL6 if a.raw_kind() == IFLA_VXLAN_LOCAL6 => {
                    LinkinfoVxlanAttrsBuilder::new(w).local6(value::ipv6(&a))?;
                }
                IFLA_VXLAN_UDP_CSUM if a.raw_kind() == IFLA_VXLAN_UDP_CSUM => {
                    LinkinfoVxlanAttrsBuilder::new(w).udp_csum(value::u8(&a))?;
                }
                IFLA_VXLAN_UDP_ZERO_CSUM6_TX if a.raw_kind() == IFLA_VXLAN_UDP_ZERO_CSUM6_TX => {
                    LinkinfoVxlanAttrsBuilder::new(w).udp_zero_csum6_tx(value::u8(&a))?;
                }
                IFLA_VXLAN_UDP_ZERO_CSUM6_RX if a.raw_kind() == IFLA_VXLAN_UDP_ZERO_CSUM6_RX => {
                    LinkinfoVxlanAttrsBuilder::new(w).udp_zero_csum6_rx(value::u8(&a))?;
                }
                IFLA_VXLAN_REMCSUM_TX if a.raw_kind() == IFLA_VXLAN_REMCSUM_TX => {
                    LinkinfoVxlanAttrsBuilder::new(w).remcsum_tx(value::u8(&a))?;
                }
                IFLA_VXLAN_REMCSUM_RX if a.raw_kind() == IFLA_VXLAN_REMCSUM_RX => {
                    LinkinfoVxlanAttrsBuilder::new(w).remcsum_rx(value::u8(&a))?;
                }
                IFLA_VXLAN_GBP if a.raw_kind() == IFLA_VXLAN_GBP => {
                    if a.value().is_empty() {
                        LinkinfoVxlanAttrsBuilder::new(w).gbp()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_VXLAN_REMCSUM_NOPARTIAL if a.raw_kind() == IFLA_VXLAN_REMCSUM_NOPARTIAL => {
                    if a.value().is_empty() {
                        LinkinfoVxlanAttrsBuilder::new(w).remcsum_nopartial()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_VXLAN_COLLECT_METADATA if a.raw_kind() == IFLA_VXLAN_COLLECT_METADATA => {
                    LinkinfoVxlanAttrsBuilder::new(w).collect_metadata(value::u8(&a))?;
                }
                IFLA_VXLAN_LABEL if a.raw_kind() == IFLA_VXLAN_LABEL => {
                    LinkinfoVxlanAttrsBuilder::new(w).label(value::u32_be(&a))?;
                }
                IFLA_VXLAN_GPE if a.raw_kind() == IFLA_VXLAN_GPE => {
                    if a.value().is_empty() {
                        LinkinfoVxlanAttrsBuilder::new(w).gpe()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_VXLAN_TTL_INHERIT if a.raw_kind() == IFLA_VXLAN_TTL_INHERIT => {
                    if a.value().is_empty() {
                        LinkinfoVxlanAttrsBuilder::new(w).ttl_inherit()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFLA_VXLAN_DF if a.raw_kind() == IFLA_VXLAN_DF => {
                    LinkinfoVxlanAttrsBuilder::new(w)
                        .df(VxlanDf::from_value(value::u8(&a) as u32))?;
                }
                IFLA_VXLAN_VNIFILTER if a.raw_kind() == IFLA_VXLAN_VNIFILTER => {
                    LinkinfoVxlanAttrsBuilder::new(w).vnifilter(value::u8(&a))?;
                }
                IFLA_VXLAN_LOCALBYPASS if a.raw_kind() == IFLA_VXLAN_LOCALBYPASS => {
                    LinkinfoVxlanAttrsBuilder::new(w).localbypass(value::u8(&a))?;
                }
                IFLA_VXLAN_LABEL_POLICY if a.raw_kind() == IFLA_VXLAN_LABEL_POLICY => {
                    LinkinfoVxlanAttrsBuilder::new(w)
                        .label_policy(VxlanLabelPolicy::from_value(value::u32(&a)))?;
                }
                IFLA_VXLAN_RESERVED_BITS if a.raw_kind() == IFLA_VXLAN_RESERVED_BITS => {
                    LinkinfoVxlanAttrsBuilder::new(w).reserved_bits(a.value())?;
                }
                IFLA_VXLAN_MC_ROUTE if a.raw_kind() == IFLA_VXLAN_MC_ROUTE => {
                    LinkinfoVxlanAttrsBuilder::new(w).mc_route(value::u8(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`LinkinfoMacvlanAttrs`] checks of each attribute, from the descriptors.
static LINKINFO_MACVLAN_ATTRS_CHECKS: [Check; 10] = Check::table(&tables::LINKINFO_MACVLAN_ATTRS);

/// The `linkinfo-macvlan-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoMacvlanAttrs<'a>(Table<'a, 10>);

impl<'a> AttrView<'a> for LinkinfoMacvlanAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_MACVLAN_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKINFO_MACVLAN_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKINFO_MACVLAN_ATTRS_CHECKS, attrs)
    }
}

impl<'a> LinkinfoMacvlanAttrs<'a> {
    /// Indexes and checks a block of `linkinfo-macvlan-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 10> {
        &self.0
    }

    /// `IFLA_MACVLAN_MODE`
    #[inline]
    pub fn mode(&self) -> Option<MacvlanMode> {
        self.0.u32(IFLA_MACVLAN_MODE).map(MacvlanMode::from_value)
    }

    /// `IFLA_MACVLAN_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<MacvlanFlags> {
        self.0
            .u16(IFLA_MACVLAN_FLAGS)
            .map(|v| MacvlanFlags(v as u32))
    }

    /// `IFLA_MACVLAN_MACADDR_MODE`
    #[inline]
    pub fn macaddr_mode(&self) -> Option<MacvlanMacaddrMode> {
        self.0
            .u32(IFLA_MACVLAN_MACADDR_MODE)
            .map(MacvlanMacaddrMode::from_value)
    }

    /// `IFLA_MACVLAN_MACADDR`
    #[inline]
    pub fn macaddr(&self) -> impl Iterator<Item = Attr<'a>> + 'a {
        self.0.all(IFLA_MACVLAN_MACADDR)
    }

    /// `IFLA_MACVLAN_MACADDR_DATA`
    #[inline]
    pub fn macaddr_data(&self) -> Result<Option<LinkinfoMacvlanAttrs<'a>>, Error> {
        self.0.nest(IFLA_MACVLAN_MACADDR_DATA)
    }

    /// `IFLA_MACVLAN_MACADDR_COUNT`
    #[inline]
    pub fn macaddr_count(&self) -> Option<u32> {
        self.0.u32(IFLA_MACVLAN_MACADDR_COUNT)
    }

    /// `IFLA_MACVLAN_BC_QUEUE_LEN`
    #[inline]
    pub fn bc_queue_len(&self) -> Option<u32> {
        self.0.u32(IFLA_MACVLAN_BC_QUEUE_LEN)
    }

    /// `IFLA_MACVLAN_BC_QUEUE_LEN_USED`
    #[inline]
    pub fn bc_queue_len_used(&self) -> Option<u32> {
        self.0.u32(IFLA_MACVLAN_BC_QUEUE_LEN_USED)
    }

    /// `IFLA_MACVLAN_BC_CUTOFF`
    #[inline]
    pub fn bc_cutoff(&self) -> Option<i32> {
        self.0.i32(IFLA_MACVLAN_BC_CUTOFF)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_MACVLAN_MODE if a.raw_kind() == IFLA_MACVLAN_MODE => {
                    LinkinfoMacvlanAttrsBuilder::new(w)
                        .mode(MacvlanMode::from_value(value::u32(&a)))?;
                }
                IFLA_MACVLAN_FLAGS if a.raw_kind() == IFLA_MACVLAN_FLAGS => {
                    LinkinfoMacvlanAttrsBuilder::new(w)
                        .flags(MacvlanFlags(value::u16(&a) as u32))?;
                }
                IFLA_MACVLAN_MACADDR_MODE if a.raw_kind() == IFLA_MACVLAN_MACADDR_MODE => {
                    LinkinfoMacvlanAttrsBuilder::new(w)
                        .macaddr_mode(MacvlanMacaddrMode::from_value(value::u32(&a)))?;
                }
                IFLA_MACVLAN_MACADDR if a.raw_kind() == IFLA_MACVLAN_MACADDR => {
                    LinkinfoMacvlanAttrsBuilder::new(w).macaddr(a.value())?;
                }
                IFLA_MACVLAN_MACADDR_DATA => nest_like(w, &a, |w| {
                    LinkinfoMacvlanAttrs::parse(a.nested())?.write_to(w)
                })?,
                IFLA_MACVLAN_MACADDR_COUNT if a.raw_kind() == IFLA_MACVLAN_MACADDR_COUNT => {
                    LinkinfoMacvlanAttrsBuilder::new(w).macaddr_count(value::u32(&a))?;
                }
                IFLA_MACVLAN_BC_QUEUE_LEN if a.raw_kind() == IFLA_MACVLAN_BC_QUEUE_LEN => {
                    LinkinfoMacvlanAttrsBuilder::new(w).bc_queue_len(value::u32(&a))?;
                }
                IFLA_MACVLAN_BC_QUEUE_LEN_USED
                    if a.raw_kind() == IFLA_MACVLAN_BC_QUEUE_LEN_USED =>
                {
                    LinkinfoMacvlanAttrsBuilder::new(w).bc_queue_len_used(value::u32(&a))?;
                }
                IFLA_MACVLAN_BC_CUTOFF if a.raw_kind() == IFLA_MACVLAN_BC_CUTOFF => {
                    LinkinfoMacvlanAttrsBuilder::new(w).bc_cutoff(value::i32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`LinkinfoIpvlanAttrs`] checks of each attribute, from the descriptors.
static LINKINFO_IPVLAN_ATTRS_CHECKS: [Check; 3] = Check::table(&tables::LINKINFO_IPVLAN_ATTRS);

/// The `linkinfo-ipvlan-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoIpvlanAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for LinkinfoIpvlanAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_IPVLAN_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKINFO_IPVLAN_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKINFO_IPVLAN_ATTRS_CHECKS, attrs)
    }
}

impl<'a> LinkinfoIpvlanAttrs<'a> {
    /// Indexes and checks a block of `linkinfo-ipvlan-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `IFLA_IPVLAN_MODE`
    #[inline]
    pub fn mode(&self) -> Option<IpvlanMode> {
        self.0
            .u16(IFLA_IPVLAN_MODE)
            .map(|v| IpvlanMode::from_value(v as u32))
    }

    /// `IFLA_IPVLAN_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<IpvlanFlags> {
        self.0.u16(IFLA_IPVLAN_FLAGS).map(|v| IpvlanFlags(v as u32))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_IPVLAN_MODE if a.raw_kind() == IFLA_IPVLAN_MODE => {
                    LinkinfoIpvlanAttrsBuilder::new(w)
                        .mode(IpvlanMode::from_value(value::u16(&a) as u32))?;
                }
                IFLA_IPVLAN_FLAGS if a.raw_kind() == IFLA_IPVLAN_FLAGS => {
                    LinkinfoIpvlanAttrsBuilder::new(w).flags(IpvlanFlags(value::u16(&a) as u32))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`LinkinfoXfrmAttrs`] checks of each attribute, from the descriptors.
static LINKINFO_XFRM_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::LINKINFO_XFRM_ATTRS);

/// The `linkinfo-xfrm-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoXfrmAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for LinkinfoXfrmAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_XFRM_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKINFO_XFRM_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKINFO_XFRM_ATTRS_CHECKS, attrs)
    }
}

impl<'a> LinkinfoXfrmAttrs<'a> {
    /// Indexes and checks a block of `linkinfo-xfrm-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `IFLA_XFRM_LINK`
    #[inline]
    pub fn link(&self) -> Option<u32> {
        self.0.u32(IFLA_XFRM_LINK)
    }

    /// `IFLA_XFRM_IF_ID`
    #[inline]
    pub fn if_id(&self) -> Option<u32> {
        self.0.u32(IFLA_XFRM_IF_ID)
    }

    /// `IFLA_XFRM_COLLECT_METADATA`
    #[inline]
    pub fn collect_metadata(&self) -> bool {
        self.0.flag(IFLA_XFRM_COLLECT_METADATA)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_XFRM_LINK if a.raw_kind() == IFLA_XFRM_LINK => {
                    LinkinfoXfrmAttrsBuilder::new(w).link(value::u32(&a))?;
                }
                IFLA_XFRM_IF_ID if a.raw_kind() == IFLA_XFRM_IF_ID => {
                    LinkinfoXfrmAttrsBuilder::new(w).if_id(value::u32(&a))?;
                }
                IFLA_XFRM_COLLECT_METADATA if a.raw_kind() == IFLA_XFRM_COLLECT_METADATA => {
                    if a.value().is_empty() {
                        LinkinfoXfrmAttrsBuilder::new(w).collect_metadata()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`LinkinfoBareudpAttrs`] checks of each attribute, from the descriptors.
static LINKINFO_BAREUDP_ATTRS_CHECKS: [Check; 5] = Check::table(&tables::LINKINFO_BAREUDP_ATTRS);

/// The `linkinfo-bareudp-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoBareudpAttrs<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for LinkinfoBareudpAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_BAREUDP_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKINFO_BAREUDP_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKINFO_BAREUDP_ATTRS_CHECKS, attrs)
    }
}

impl<'a> LinkinfoBareudpAttrs<'a> {
    /// Indexes and checks a block of `linkinfo-bareudp-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `IFLA_BAREUDP_PORT`
    #[inline]
    pub fn port(&self) -> Option<u16> {
        self.0.u16_be(IFLA_BAREUDP_PORT)
    }

    /// `IFLA_BAREUDP_ETHERTYPE`
    #[inline]
    pub fn ethertype(&self) -> Option<u16> {
        self.0.u16_be(IFLA_BAREUDP_ETHERTYPE)
    }

    /// `IFLA_BAREUDP_SRCPORT_MIN`
    #[inline]
    pub fn srcport_min(&self) -> Option<u16> {
        self.0.u16(IFLA_BAREUDP_SRCPORT_MIN)
    }

    /// `IFLA_BAREUDP_MULTIPROTO_MODE`
    #[inline]
    pub fn multiproto_mode(&self) -> bool {
        self.0.flag(IFLA_BAREUDP_MULTIPROTO_MODE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_BAREUDP_PORT if a.raw_kind() == IFLA_BAREUDP_PORT => {
                    LinkinfoBareudpAttrsBuilder::new(w).port(value::u16_be(&a))?;
                }
                IFLA_BAREUDP_ETHERTYPE if a.raw_kind() == IFLA_BAREUDP_ETHERTYPE => {
                    LinkinfoBareudpAttrsBuilder::new(w).ethertype(value::u16_be(&a))?;
                }
                IFLA_BAREUDP_SRCPORT_MIN if a.raw_kind() == IFLA_BAREUDP_SRCPORT_MIN => {
                    LinkinfoBareudpAttrsBuilder::new(w).srcport_min(value::u16(&a))?;
                }
                IFLA_BAREUDP_MULTIPROTO_MODE if a.raw_kind() == IFLA_BAREUDP_MULTIPROTO_MODE => {
                    if a.value().is_empty() {
                        LinkinfoBareudpAttrsBuilder::new(w).multiproto_mode()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`LinkinfoIpoibAttrs`] checks of each attribute, from the descriptors.
static LINKINFO_IPOIB_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::LINKINFO_IPOIB_ATTRS);

/// The `linkinfo-ipoib-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoIpoibAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for LinkinfoIpoibAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_IPOIB_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKINFO_IPOIB_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKINFO_IPOIB_ATTRS_CHECKS, attrs)
    }
}

impl<'a> LinkinfoIpoibAttrs<'a> {
    /// Indexes and checks a block of `linkinfo-ipoib-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `IFLA_IPOIB_PKEY`
    #[inline]
    pub fn pkey(&self) -> Option<u16> {
        self.0.u16(IFLA_IPOIB_PKEY)
    }

    /// `IFLA_IPOIB_MODE`
    #[inline]
    pub fn mode(&self) -> Option<IpoibMode> {
        self.0
            .u16(IFLA_IPOIB_MODE)
            .map(|v| IpoibMode::from_value(v as u32))
    }

    /// `IFLA_IPOIB_UMCAST`
    #[inline]
    pub fn umcast(&self) -> Option<u16> {
        self.0.u16(IFLA_IPOIB_UMCAST)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_IPOIB_PKEY if a.raw_kind() == IFLA_IPOIB_PKEY => {
                    LinkinfoIpoibAttrsBuilder::new(w).pkey(value::u16(&a))?;
                }
                IFLA_IPOIB_MODE if a.raw_kind() == IFLA_IPOIB_MODE => {
                    LinkinfoIpoibAttrsBuilder::new(w)
                        .mode(IpoibMode::from_value(value::u16(&a) as u32))?;
                }
                IFLA_IPOIB_UMCAST if a.raw_kind() == IFLA_IPOIB_UMCAST => {
                    LinkinfoIpoibAttrsBuilder::new(w).umcast(value::u16(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`LinkinfoMacsecAttrs`] checks of each attribute, from the descriptors.
static LINKINFO_MACSEC_ATTRS_CHECKS: [Check; 16] = Check::table(&tables::LINKINFO_MACSEC_ATTRS);

/// The `linkinfo-macsec-attrs` attributes of `rt-link`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LinkinfoMacsecAttrs<'a>(Table<'a, 16>);

impl<'a> AttrView<'a> for LinkinfoMacsecAttrs<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO_MACSEC_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKINFO_MACSEC_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKINFO_MACSEC_ATTRS_CHECKS, attrs)
    }
}

impl<'a> LinkinfoMacsecAttrs<'a> {
    /// Indexes and checks a block of `linkinfo-macsec-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 16> {
        &self.0
    }

    /// `IFLA_MACSEC_SCI`
    #[inline]
    pub fn sci(&self) -> Option<u64> {
        self.0.u64_be(IFLA_MACSEC_SCI)
    }

    /// `IFLA_MACSEC_PORT`
    #[inline]
    pub fn port(&self) -> Option<u16> {
        self.0.u16_be(IFLA_MACSEC_PORT)
    }

    /// `IFLA_MACSEC_ICV_LEN`
    #[inline]
    pub fn icv_len(&self) -> Option<u8> {
        self.0.u8(IFLA_MACSEC_ICV_LEN)
    }

    /// `IFLA_MACSEC_CIPHER_SUITE`
    #[inline]
    pub fn cipher_suite(&self) -> Option<u64> {
        self.0.u64(IFLA_MACSEC_CIPHER_SUITE)
    }

    /// `IFLA_MACSEC_WINDOW`
    #[inline]
    pub fn window(&self) -> Option<u32> {
        self.0.u32(IFLA_MACSEC_WINDOW)
    }

    /// `IFLA_MACSEC_ENCODING_SA`
    #[inline]
    pub fn encoding_sa(&self) -> Option<u8> {
        self.0.u8(IFLA_MACSEC_ENCODING_SA)
    }

    /// `IFLA_MACSEC_ENCRYPT`
    #[inline]
    pub fn encrypt(&self) -> Option<u8> {
        self.0.u8(IFLA_MACSEC_ENCRYPT)
    }

    /// `IFLA_MACSEC_PROTECT`
    #[inline]
    pub fn protect(&self) -> Option<u8> {
        self.0.u8(IFLA_MACSEC_PROTECT)
    }

    /// `IFLA_MACSEC_INC_SCI`
    #[inline]
    pub fn inc_sci(&self) -> Option<u8> {
        self.0.u8(IFLA_MACSEC_INC_SCI)
    }

    /// `IFLA_MACSEC_ES`
    #[inline]
    pub fn es(&self) -> Option<u8> {
        self.0.u8(IFLA_MACSEC_ES)
    }

    /// `IFLA_MACSEC_SCB`
    #[inline]
    pub fn scb(&self) -> Option<u8> {
        self.0.u8(IFLA_MACSEC_SCB)
    }

    /// `IFLA_MACSEC_REPLAY_PROTECT`
    #[inline]
    pub fn replay_protect(&self) -> Option<u8> {
        self.0.u8(IFLA_MACSEC_REPLAY_PROTECT)
    }

    /// `IFLA_MACSEC_VALIDATION`
    #[inline]
    pub fn validation(&self) -> Option<MacsecValidation> {
        self.0
            .u8(IFLA_MACSEC_VALIDATION)
            .map(|v| MacsecValidation::from_value(v as u32))
    }

    /// `IFLA_MACSEC_OFFLOAD`
    #[inline]
    pub fn offload(&self) -> Option<MacsecOffload> {
        self.0
            .u8(IFLA_MACSEC_OFFLOAD)
            .map(|v| MacsecOffload::from_value(v as u32))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFLA_MACSEC_SCI if a.raw_kind() == IFLA_MACSEC_SCI => {
                    LinkinfoMacsecAttrsBuilder::new(w).sci(value::u64_be(&a))?;
                }
                IFLA_MACSEC_PORT if a.raw_kind() == IFLA_MACSEC_PORT => {
                    LinkinfoMacsecAttrsBuilder::new(w).port(value::u16_be(&a))?;
                }
                IFLA_MACSEC_ICV_LEN if a.raw_kind() == IFLA_MACSEC_ICV_LEN => {
                    LinkinfoMacsecAttrsBuilder::new(w).icv_len(value::u8(&a))?;
                }
                IFLA_MACSEC_CIPHER_SUITE if a.raw_kind() == IFLA_MACSEC_CIPHER_SUITE => {
                    LinkinfoMacsecAttrsBuilder::new(w).cipher_suite(value::u64(&a))?;
                }
                IFLA_MACSEC_WINDOW if a.raw_kind() == IFLA_MACSEC_WINDOW => {
                    LinkinfoMacsecAttrsBuilder::new(w).window(value::u32(&a))?;
                }
                IFLA_MACSEC_ENCODING_SA if a.raw_kind() == IFLA_MACSEC_ENCODING_SA => {
                    LinkinfoMacsecAttrsBuilder::new(w).encoding_sa(value::u8(&a))?;
                }
                IFLA_MACSEC_ENCRYPT if a.raw_kind() == IFLA_MACSEC_ENCRYPT => {
                    LinkinfoMacsecAttrsBuilder::new(w).encrypt(value::u8(&a))?;
                }
                IFLA_MACSEC_PROTECT if a.raw_kind() == IFLA_MACSEC_PROTECT => {
                    LinkinfoMacsecAttrsBuilder::new(w).protect(value::u8(&a))?;
                }
                IFLA_MACSEC_INC_SCI if a.raw_kind() == IFLA_MACSEC_INC_SCI => {
                    LinkinfoMacsecAttrsBuilder::new(w).inc_sci(value::u8(&a))?;
                }
                IFLA_MACSEC_ES if a.raw_kind() == IFLA_MACSEC_ES => {
                    LinkinfoMacsecAttrsBuilder::new(w).es(value::u8(&a))?;
                }
                IFLA_MACSEC_SCB if a.raw_kind() == IFLA_MACSEC_SCB => {
                    LinkinfoMacsecAttrsBuilder::new(w).scb(value::u8(&a))?;
                }
                IFLA_MACSEC_REPLAY_PROTECT if a.raw_kind() == IFLA_MACSEC_REPLAY_PROTECT => {
                    LinkinfoMacsecAttrsBuilder::new(w).replay_protect(value::u8(&a))?;
                }
                IFLA_MACSEC_VALIDATION if a.raw_kind() == IFLA_MACSEC_VALIDATION => {
                    LinkinfoMacsecAttrsBuilder::new(w)
                        .validation(MacsecValidation::from_value(value::u8(&a) as u32))?;
                }
                IFLA_MACSEC_PAD if a.raw_kind() == IFLA_MACSEC_PAD => raw(w, &a)?,
                IFLA_MACSEC_OFFLOAD if a.raw_kind() == IFLA_MACSEC_OFFLOAD => {
                    LinkinfoMacsecAttrsBuilder::new(w)
                        .offload(MacsecOffload::from_value(value::u8(&a) as u32))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// The `linkinfo-data-msg` sub-message of `rt-link`, chosen by its selector wherever it sits in the block.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
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
    Ip6gre(LinkinfoGre6Attrs<'a>),
    /// Selector `geneve`.
    Geneve(LinkinfoGeneveAttrs<'a>),
    /// Selector `hsr`.
    Hsr(LinkinfoHsrAttrs<'a>),
    /// Selector `ipip`.
    Ipip(LinkinfoIptunAttrs<'a>),
    /// Selector `ip6tnl`.
    Ip6tnl(LinkinfoIp6tnlAttrs<'a>),
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
    Vti6(LinkinfoVti6Attrs<'a>),
    /// Selector `netkit`.
    Netkit(LinkinfoNetkitAttrs<'a>),
    /// Selector `ovpn`.
    Ovpn(LinkinfoOvpnAttrs<'a>),
    /// Selector `veth`.
    Veth(LinkinfoVethAttrs<'a>),
    /// Selector `vxcan`.
    Vxcan(LinkinfoVxcanAttrs<'a>),
    /// Selector `vxlan`.
    Vxlan(LinkinfoVxlanAttrs<'a>),
    /// Selector `macvlan`.
    Macvlan(LinkinfoMacvlanAttrs<'a>),
    /// Selector `macvtap`.
    Macvtap(LinkinfoMacvlanAttrs<'a>),
    /// Selector `ipvlan`.
    Ipvlan(LinkinfoIpvlanAttrs<'a>),
    /// Selector `ipvtap`.
    Ipvtap(LinkinfoIpvlanAttrs<'a>),
    /// Selector `xfrm`.
    Xfrm(LinkinfoXfrmAttrs<'a>),
    /// Selector `bareudp`.
    Bareudp(LinkinfoBareudpAttrs<'a>),
    /// Selector `ipoib`.
    Ipoib(LinkinfoIpoibAttrs<'a>),
    /// Selector `macsec`.
    Macsec(LinkinfoMacsecAttrs<'a>),
    /// Selector `ip6gretap`.
    Ip6gretap(LinkinfoGre6Attrs<'a>),
    /// Selector `ip6erspan`.
    Ip6erspan(LinkinfoGre6Attrs<'a>),
    /// A selector value the spec does not know: the nest, kept raw.
    Other {
        /// The selector attribute, if the block has one.
        selector: Option<Attr<'a>>,
        /// The nest.
        attr: Attr<'a>,
    },
}

impl<'a> LinkinfoDataMsg<'a> {
    /// Parses the nest `attr` as the format `selector` names.
    pub fn parse(
        attr: Option<Attr<'a>>,
        selector: Option<Attr<'a>>,
    ) -> Result<Option<Self>, Error> {
        let Some(attr) = attr else { return Ok(None) };
        let format = selector
            .as_ref()
            .and_then(|s| tables::LINKINFO_DATA_MSG.variant_for(s.value()));
        Ok(Some(match format.map(|v| v.value) {
            Some("bond") => Self::Bond(LinkinfoBondAttrs::parse(attr.nested())?),
            Some("bridge") => Self::Bridge(LinkinfoBridgeAttrs::parse(attr.nested())?),
            Some("erspan") => Self::Erspan(LinkinfoGreAttrs::parse(attr.nested())?),
            Some("gre") => Self::Gre(LinkinfoGreAttrs::parse(attr.nested())?),
            Some("gretap") => Self::Gretap(LinkinfoGreAttrs::parse(attr.nested())?),
            Some("ip6gre") => Self::Ip6gre(LinkinfoGre6Attrs::parse(attr.nested())?),
            Some("geneve") => Self::Geneve(LinkinfoGeneveAttrs::parse(attr.nested())?),
            Some("hsr") => Self::Hsr(LinkinfoHsrAttrs::parse(attr.nested())?),
            Some("ipip") => Self::Ipip(LinkinfoIptunAttrs::parse(attr.nested())?),
            Some("ip6tnl") => Self::Ip6tnl(LinkinfoIp6tnlAttrs::parse(attr.nested())?),
            Some("sit") => Self::Sit(LinkinfoIptunAttrs::parse(attr.nested())?),
            Some("tun") => Self::Tun(LinkinfoTunAttrs::parse(attr.nested())?),
            Some("vlan") => Self::Vlan(LinkinfoVlanAttrs::parse(attr.nested())?),
            Some("vrf") => Self::Vrf(LinkinfoVrfAttrs::parse(attr.nested())?),
            Some("vti") => Self::Vti(LinkinfoVtiAttrs::parse(attr.nested())?),
            Some("vti6") => Self::Vti6(LinkinfoVti6Attrs::parse(attr.nested())?),
            Some("netkit") => Self::Netkit(LinkinfoNetkitAttrs::parse(attr.nested())?),
            Some("ovpn") => Self::Ovpn(LinkinfoOvpnAttrs::parse(attr.nested())?),
            Some("veth") => Self::Veth(LinkinfoVethAttrs::parse(attr.nested())?),
            Some("vxcan") => Self::Vxcan(LinkinfoVxcanAttrs::parse(attr.nested())?),
            Some("vxlan") => Self::Vxlan(LinkinfoVxlanAttrs::parse(attr.nested())?),
            Some("macvlan") => Self::Macvlan(LinkinfoMacvlanAttrs::parse(attr.nested())?),
            Some("macvtap") => Self::Macvtap(LinkinfoMacvlanAttrs::parse(attr.nested())?),
            Some("ipvlan") => Self::Ipvlan(LinkinfoIpvlanAttrs::parse(attr.nested())?),
            Some("ipvtap") => Self::Ipvtap(LinkinfoIpvlanAttrs::parse(attr.nested())?),
            Some("xfrm") => Self::Xfrm(LinkinfoXfrmAttrs::parse(attr.nested())?),
            Some("bareudp") => Self::Bareudp(LinkinfoBareudpAttrs::parse(attr.nested())?),
            Some("ipoib") => Self::Ipoib(LinkinfoIpoibAttrs::parse(attr.nested())?),
            Some("macsec") => Self::Macsec(LinkinfoMacsecAttrs::parse(attr.nested())?),
            Some("ip6gretap") => Self::Ip6gretap(LinkinfoGre6Attrs::parse(attr.nested())?),
            Some("ip6erspan") => Self::Ip6erspan(LinkinfoGre6Attrs::parse(attr.nested())?),
            _ => Self::Other { selector, attr },
        }))
    }

    /// Writes the format back as the nest `a` it came in.
    pub fn write_to<B: Buffer>(
        &self,
        w: &mut Writer<B>,
        a: &Attr<'_>,
    ) -> Result<(), RoundtripError> {
        match self {
            Self::Bond(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Bridge(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Erspan(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Gre(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Gretap(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Ip6gre(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Geneve(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Hsr(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Ipip(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Ip6tnl(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Sit(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Tun(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Vlan(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Vrf(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Vti(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Vti6(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Netkit(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Ovpn(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Veth(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Vxcan(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Vxlan(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Macvlan(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Macvtap(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Ipvlan(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Ipvtap(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Xfrm(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Bareudp(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Ipoib(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Macsec(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Ip6gretap(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Ip6erspan(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Other { .. } => raw(w, a),
        }
    }
}

/// The `linkinfo-member-data-msg` sub-message of `rt-link`, chosen by its selector wherever it sits in the block.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum LinkinfoMemberDataMsg<'a> {
    /// Selector `bridge`.
    Bridge(LinkinfoBrportAttrs<'a>),
    /// Selector `bond`.
    Bond(BondSlaveAttrs<'a>),
    /// A selector value the spec does not know: the nest, kept raw.
    Other {
        /// The selector attribute, if the block has one.
        selector: Option<Attr<'a>>,
        /// The nest.
        attr: Attr<'a>,
    },
}

impl<'a> LinkinfoMemberDataMsg<'a> {
    /// Parses the nest `attr` as the format `selector` names.
    pub fn parse(
        attr: Option<Attr<'a>>,
        selector: Option<Attr<'a>>,
    ) -> Result<Option<Self>, Error> {
        let Some(attr) = attr else { return Ok(None) };
        let format = selector
            .as_ref()
            .and_then(|s| tables::LINKINFO_MEMBER_DATA_MSG.variant_for(s.value()));
        Ok(Some(match format.map(|v| v.value) {
            Some("bridge") => Self::Bridge(LinkinfoBrportAttrs::parse(attr.nested())?),
            Some("bond") => Self::Bond(BondSlaveAttrs::parse(attr.nested())?),
            _ => Self::Other { selector, attr },
        }))
    }

    /// Writes the format back as the nest `a` it came in.
    pub fn write_to<B: Buffer>(
        &self,
        w: &mut Writer<B>,
        a: &Attr<'_>,
    ) -> Result<(), RoundtripError> {
        match self {
            Self::Bridge(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Bond(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Other { .. } => raw(w, a),
        }
    }
}

/// Every attribute set of `rt-link` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 46] = [
    SetRoundtrip {
        set: &tables::LINK_ATTRS,
        run: |attrs, w| LinkAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::PROP_LIST_LINK_ATTRS,
        run: |attrs, w| PropListLinkAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::AF_SPEC_ATTRS,
        run: |attrs, w| AfSpecAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::VFINFO_LIST_ATTRS,
        run: |attrs, w| VfinfoListAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::VFINFO_ATTRS,
        run: |attrs, w| VfinfoAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::VF_STATS_ATTRS,
        run: |attrs, w| VfStatsAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::VF_VLAN_ATTRS,
        run: |attrs, w| VfVlanAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::VF_PORTS_ATTRS,
        run: |attrs, w| VfPortsAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::PORT_SELF_ATTRS,
        run: |attrs, w| PortSelfAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKINFO_ATTRS,
        run: |attrs, w| LinkinfoAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKINFO_BOND_ATTRS,
        run: |attrs, w| LinkinfoBondAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::BOND_AD_INFO_ATTRS,
        run: |attrs, w| BondAdInfoAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::BOND_SLAVE_ATTRS,
        run: |attrs, w| BondSlaveAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKINFO_BRIDGE_ATTRS,
        run: |attrs, w| LinkinfoBridgeAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKINFO_BRPORT_ATTRS,
        run: |attrs, w| LinkinfoBrportAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKINFO_GRE_ATTRS,
        run: |attrs, w| LinkinfoGreAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKINFO_GRE6_ATTRS,
        run: |attrs, w| LinkinfoGre6Attrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKINFO_VTI_ATTRS,
        run: |attrs, w| LinkinfoVtiAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKINFO_VTI6_ATTRS,
        run: |attrs, w| LinkinfoVti6Attrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKINFO_GENEVE_ATTRS,
        run: |attrs, w| LinkinfoGeneveAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKINFO_HSR_ATTRS,
        run: |attrs, w| LinkinfoHsrAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKINFO_IPTUN_ATTRS,
        run: |attrs, w| LinkinfoIptunAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKINFO_IP6TNL_ATTRS,
        run: |attrs, w| LinkinfoIp6tnlAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKINFO_TUN_ATTRS,
        run: |attrs, w| LinkinfoTunAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKINFO_VLAN_ATTRS,
        run: |attrs, w| LinkinfoVlanAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::IFLA_VLAN_QOS,
        run: |attrs, w| IflaVlanQos::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKINFO_VRF_ATTRS,
        run: |attrs, w| LinkinfoVrfAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::XDP_ATTRS,
        run: |attrs, w| XdpAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::IFLA_ATTRS,
        run: |attrs, w| IflaAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::IFLA6_ATTRS,
        run: |attrs, w| Ifla6Attrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::MCTP_ATTRS,
        run: |attrs, w| MctpAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::STATS_ATTRS,
        run: |attrs, w| StatsAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINK_OFFLOAD_XSTATS,
        run: |attrs, w| LinkOffloadXstats::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::HW_S_INFO_ONE,
        run: |attrs, w| HwSInfoOne::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINK_DPLL_PIN_ATTRS,
        run: |attrs, w| LinkDpllPinAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKINFO_NETKIT_ATTRS,
        run: |attrs, w| LinkinfoNetkitAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKINFO_OVPN_ATTRS,
        run: |attrs, w| LinkinfoOvpnAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKINFO_VETH_ATTRS,
        run: |attrs, w| LinkinfoVethAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKINFO_VXCAN_ATTRS,
        run: |attrs, w| LinkinfoVxcanAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKINFO_VXLAN_ATTRS,
        run: |attrs, w| LinkinfoVxlanAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKINFO_MACVLAN_ATTRS,
        run: |attrs, w| LinkinfoMacvlanAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKINFO_IPVLAN_ATTRS,
        run: |attrs, w| LinkinfoIpvlanAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKINFO_XFRM_ATTRS,
        run: |attrs, w| LinkinfoXfrmAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKINFO_BAREUDP_ATTRS,
        run: |attrs, w| LinkinfoBareudpAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKINFO_IPOIB_ATTRS,
        run: |attrs, w| LinkinfoIpoibAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKINFO_MACSEC_ATTRS,
        run: |attrs, w| LinkinfoMacsecAttrs::parse(attrs)?.write_to(w),
    },
];
