//! Typed builders of `rt-link`: one per attribute set, over the codec's [`Writer`] (so they
//! write into a caller's `&mut [u8]` as well as a `Vec`).

#![allow(unused_imports)]

use super::consts::*;
use super::types::*;
use crate::runtime::{put_nest_with_header, Bitfield32, Builder};
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use nlcodec::{Buffer, WriteError, Writer};

/// Markers of the attribute sets, one per set: the `S` of [`Builder`] (and of the
/// operations' `Attrs`).
pub mod sets {
    /// The `link-attrs` attribute set.
    pub enum LinkAttrs {}
    /// The `prop-list-link-attrs` attribute set.
    pub enum PropListLinkAttrs {}
    /// The `af-spec-attrs` attribute set.
    pub enum AfSpecAttrs {}
    /// The `vfinfo-list-attrs` attribute set.
    pub enum VfinfoListAttrs {}
    /// The `vfinfo-attrs` attribute set.
    pub enum VfinfoAttrs {}
    /// The `vf-stats-attrs` attribute set.
    pub enum VfStatsAttrs {}
    /// The `vf-vlan-attrs` attribute set.
    pub enum VfVlanAttrs {}
    /// The `vf-ports-attrs` attribute set.
    pub enum VfPortsAttrs {}
    /// The `port-self-attrs` attribute set.
    pub enum PortSelfAttrs {}
    /// The `linkinfo-attrs` attribute set.
    pub enum LinkinfoAttrs {}
    /// The `linkinfo-bond-attrs` attribute set.
    pub enum LinkinfoBondAttrs {}
    /// The `bond-ad-info-attrs` attribute set.
    pub enum BondAdInfoAttrs {}
    /// The `bond-slave-attrs` attribute set.
    pub enum BondSlaveAttrs {}
    /// The `linkinfo-bridge-attrs` attribute set.
    pub enum LinkinfoBridgeAttrs {}
    /// The `linkinfo-brport-attrs` attribute set.
    pub enum LinkinfoBrportAttrs {}
    /// The `linkinfo-gre-attrs` attribute set.
    pub enum LinkinfoGreAttrs {}
    /// The `linkinfo-gre6-attrs` attribute set.
    pub enum LinkinfoGre6Attrs {}
    /// The `linkinfo-vti-attrs` attribute set.
    pub enum LinkinfoVtiAttrs {}
    /// The `linkinfo-vti6-attrs` attribute set.
    pub enum LinkinfoVti6Attrs {}
    /// The `linkinfo-geneve-attrs` attribute set.
    pub enum LinkinfoGeneveAttrs {}
    /// The `linkinfo-hsr-attrs` attribute set.
    pub enum LinkinfoHsrAttrs {}
    /// The `linkinfo-iptun-attrs` attribute set.
    pub enum LinkinfoIptunAttrs {}
    /// The `linkinfo-ip6tnl-attrs` attribute set.
    pub enum LinkinfoIp6tnlAttrs {}
    /// The `linkinfo-tun-attrs` attribute set.
    pub enum LinkinfoTunAttrs {}
    /// The `linkinfo-vlan-attrs` attribute set.
    pub enum LinkinfoVlanAttrs {}
    /// The `ifla-vlan-qos` attribute set.
    pub enum IflaVlanQos {}
    /// The `linkinfo-vrf-attrs` attribute set.
    pub enum LinkinfoVrfAttrs {}
    /// The `xdp-attrs` attribute set.
    pub enum XdpAttrs {}
    /// The `ifla-attrs` attribute set.
    pub enum IflaAttrs {}
    /// The `ifla6-attrs` attribute set.
    pub enum Ifla6Attrs {}
    /// The `mctp-attrs` attribute set.
    pub enum MctpAttrs {}
    /// The `stats-attrs` attribute set.
    pub enum StatsAttrs {}
    /// The `link-offload-xstats` attribute set.
    pub enum LinkOffloadXstats {}
    /// The `hw-s-info-one` attribute set.
    pub enum HwSInfoOne {}
    /// The `link-dpll-pin-attrs` attribute set.
    pub enum LinkDpllPinAttrs {}
    /// The `linkinfo-netkit-attrs` attribute set.
    pub enum LinkinfoNetkitAttrs {}
    /// The `linkinfo-ovpn-attrs` attribute set.
    pub enum LinkinfoOvpnAttrs {}
    /// The `linkinfo-veth-attrs` attribute set.
    pub enum LinkinfoVethAttrs {}
    /// The `linkinfo-vxcan-attrs` attribute set.
    pub enum LinkinfoVxcanAttrs {}
    /// The `linkinfo-vxlan-attrs` attribute set.
    pub enum LinkinfoVxlanAttrs {}
    /// The `linkinfo-macvlan-attrs` attribute set.
    pub enum LinkinfoMacvlanAttrs {}
    /// The `linkinfo-ipvlan-attrs` attribute set.
    pub enum LinkinfoIpvlanAttrs {}
    /// The `linkinfo-xfrm-attrs` attribute set.
    pub enum LinkinfoXfrmAttrs {}
    /// The `linkinfo-bareudp-attrs` attribute set.
    pub enum LinkinfoBareudpAttrs {}
    /// The `linkinfo-ipoib-attrs` attribute set.
    pub enum LinkinfoIpoibAttrs {}
    /// The `linkinfo-macsec-attrs` attribute set.
    pub enum LinkinfoMacsecAttrs {}
}

/// Writes `link-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkAttrsBuilder<'w, B> = Builder<'w, sets::LinkAttrs, B>;

impl<B: Buffer> LinkAttrsBuilder<'_, B> {
    /// Writes `IFLA_ADDRESS`.
    pub fn address(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_ADDRESS, v)?;
        Ok(self)
    }

    /// Writes `IFLA_BROADCAST`.
    pub fn broadcast(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BROADCAST, v)?;
        Ok(self)
    }

    /// Writes `IFLA_IFNAME`.
    pub fn ifname(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_IFNAME, v)?;
        Ok(self)
    }

    /// Writes `IFLA_MTU`.
    pub fn mtu(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_MTU, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_LINK`.
    pub fn link(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_LINK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_QDISC`.
    pub fn qdisc(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_QDISC, v)?;
        Ok(self)
    }

    /// Writes `IFLA_STATS`.
    pub fn stats(&mut self, v: &RtnlLinkStats) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(IFLA_STATS, RtnlLinkStats::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `IFLA_MASTER`.
    pub fn master(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_MASTER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_WIRELESS`: struct iw_event
    pub fn wireless(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_WIRELESS, v)?;
        Ok(self)
    }

    /// Writes `IFLA_PROTINFO`: A nest of ifla6-attrs or linkinfo-brport-attrs
    pub fn protinfo(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_PROTINFO, v)?;
        Ok(self)
    }

    /// Writes `IFLA_TXQLEN`.
    pub fn txqlen(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_TXQLEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_MAP`.
    pub fn map(&mut self, v: &RtnlLinkIfmap) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(IFLA_MAP, RtnlLinkIfmap::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `IFLA_WEIGHT`.
    pub fn weight(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_WEIGHT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_OPERSTATE`.
    pub fn operstate(&mut self, v: OperState) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_OPERSTATE, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_LINKMODE`.
    pub fn linkmode(&mut self, v: LinkMode) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_LINKMODE, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_LINKINFO`.
    pub fn linkinfo(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoAttrsBuilder<'y, B>,
        ) -> Result<&'x mut LinkinfoAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(IFLA_LINKINFO, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_NET_NS_PID`.
    pub fn net_ns_pid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_NET_NS_PID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_IFALIAS`.
    pub fn ifalias(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_IFALIAS, v)?;
        Ok(self)
    }

    /// Writes `IFLA_NUM_VF`.
    pub fn num_vf(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_NUM_VF, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VFINFO_LIST`: Per-VF details. The list holds at most 256 VFs, or 128 when
    /// statistics are included, because it is one attribute and has to fit
    /// in a u16 length. A device with more VFs than that reports a
    /// truncated list; num-vf still carries the real count.
    pub fn vfinfo_list(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut VfinfoListAttrsBuilder<'y, B>,
        ) -> Result<&'x mut VfinfoListAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(IFLA_VFINFO_LIST, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_STATS64`.
    pub fn stats64(&mut self, v: &RtnlLinkStats64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(IFLA_STATS64, RtnlLinkStats64::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `IFLA_VF_PORTS`.
    pub fn vf_ports(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut VfPortsAttrsBuilder<'y, B>,
        ) -> Result<&'x mut VfPortsAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(IFLA_VF_PORTS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_PORT_SELF`.
    pub fn port_self(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut PortSelfAttrsBuilder<'y, B>,
        ) -> Result<&'x mut PortSelfAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(IFLA_PORT_SELF, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_AF_SPEC`.
    pub fn af_spec(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut AfSpecAttrsBuilder<'y, B>,
        ) -> Result<&'x mut AfSpecAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(IFLA_AF_SPEC, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_GROUP`.
    pub fn group(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GROUP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_NET_NS_FD`.
    pub fn net_ns_fd(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_NET_NS_FD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_EXT_MASK`.
    pub fn ext_mask(&mut self, v: RtextFilter) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_EXT_MASK, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_PROMISCUITY`.
    pub fn promiscuity(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_PROMISCUITY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_NUM_TX_QUEUES`.
    pub fn num_tx_queues(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_NUM_TX_QUEUES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_NUM_RX_QUEUES`.
    pub fn num_rx_queues(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_NUM_RX_QUEUES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_CARRIER`.
    pub fn carrier(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_CARRIER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_PHYS_PORT_ID`.
    pub fn phys_port_id(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_PHYS_PORT_ID, v)?;
        Ok(self)
    }

    /// Writes `IFLA_CARRIER_CHANGES`.
    pub fn carrier_changes(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_CARRIER_CHANGES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_PHYS_SWITCH_ID`.
    pub fn phys_switch_id(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_PHYS_SWITCH_ID, v)?;
        Ok(self)
    }

    /// Writes `IFLA_LINK_NETNSID`.
    pub fn link_netnsid(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_LINK_NETNSID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_PHYS_PORT_NAME`.
    pub fn phys_port_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_PHYS_PORT_NAME, v)?;
        Ok(self)
    }

    /// Writes `IFLA_PROTO_DOWN`.
    pub fn proto_down(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_PROTO_DOWN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GSO_MAX_SEGS`.
    pub fn gso_max_segs(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GSO_MAX_SEGS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GSO_MAX_SIZE`.
    pub fn gso_max_size(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GSO_MAX_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_XDP`.
    pub fn xdp(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut XdpAttrsBuilder<'y, B>,
        ) -> Result<&'x mut XdpAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(IFLA_XDP, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_EVENT`.
    pub fn event(&mut self, v: LinkEvent) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_EVENT, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_NEW_NETNSID`.
    pub fn new_netnsid(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_NEW_NETNSID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_TARGET_NETNSID`.
    pub fn target_netnsid(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_TARGET_NETNSID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_CARRIER_UP_COUNT`.
    pub fn carrier_up_count(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_CARRIER_UP_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_CARRIER_DOWN_COUNT`.
    pub fn carrier_down_count(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_CARRIER_DOWN_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_NEW_IFINDEX`.
    pub fn new_ifindex(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_NEW_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_MIN_MTU`.
    pub fn min_mtu(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_MIN_MTU, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_MAX_MTU`.
    pub fn max_mtu(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_MAX_MTU, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_PROP_LIST`.
    pub fn prop_list(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut PropListLinkAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut PropListLinkAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(IFLA_PROP_LIST, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_ALT_IFNAME`.
    pub fn alt_ifname(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_ALT_IFNAME, v)?;
        Ok(self)
    }

    /// Writes `IFLA_PERM_ADDRESS`.
    pub fn perm_address(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_PERM_ADDRESS, v)?;
        Ok(self)
    }

    /// Writes `IFLA_PROTO_DOWN_REASON`.
    pub fn proto_down_reason(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_PROTO_DOWN_REASON, v)?;
        Ok(self)
    }

    /// Writes `IFLA_PARENT_DEV_NAME`.
    pub fn parent_dev_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_PARENT_DEV_NAME, v)?;
        Ok(self)
    }

    /// Writes `IFLA_PARENT_DEV_BUS_NAME`.
    pub fn parent_dev_bus_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_PARENT_DEV_BUS_NAME, v)?;
        Ok(self)
    }

    /// Writes `IFLA_GRO_MAX_SIZE`.
    pub fn gro_max_size(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRO_MAX_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_TSO_MAX_SIZE`.
    pub fn tso_max_size(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_TSO_MAX_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_TSO_MAX_SEGS`.
    pub fn tso_max_segs(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_TSO_MAX_SEGS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_ALLMULTI`.
    pub fn allmulti(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_ALLMULTI, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_DEVLINK_PORT`.
    pub fn devlink_port(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(IFLA_DEVLINK_PORT, f)?;
        Ok(self)
    }

    /// Writes `IFLA_GSO_IPV4_MAX_SIZE`.
    pub fn gso_ipv4_max_size(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_GSO_IPV4_MAX_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRO_IPV4_MAX_SIZE`.
    pub fn gro_ipv4_max_size(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_GRO_IPV4_MAX_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_DPLL_PIN`.
    pub fn dpll_pin(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkDpllPinAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkDpllPinAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(IFLA_DPLL_PIN, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_MAX_PACING_OFFLOAD_HORIZON`: EDT offload horizon supported by the device (in nsec).
    pub fn max_pacing_offload_horizon(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(IFLA_MAX_PACING_OFFLOAD_HORIZON, small),
            Err(_) => self.w.put_u64(IFLA_MAX_PACING_OFFLOAD_HORIZON, v),
        }?;
        Ok(self)
    }

    /// Writes `IFLA_NETNS_IMMUTABLE`.
    pub fn netns_immutable(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_NETNS_IMMUTABLE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_HEADROOM`.
    pub fn headroom(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_HEADROOM, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_TAILROOM`.
    pub fn tailroom(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_TAILROOM, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `prop-list-link-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PropListLinkAttrsBuilder<'w, B> = Builder<'w, sets::PropListLinkAttrs, B>;

impl<B: Buffer> PropListLinkAttrsBuilder<'_, B> {
    /// Writes `IFLA_ALT_IFNAME`.
    pub fn alt_ifname(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_ALT_IFNAME, v)?;
        Ok(self)
    }
}

/// Writes `af-spec-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type AfSpecAttrsBuilder<'w, B> = Builder<'w, sets::AfSpecAttrs, B>;

impl<B: Buffer> AfSpecAttrsBuilder<'_, B> {
    /// Writes `AF_INET`.
    pub fn inet(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut IflaAttrsBuilder<'y, B>,
        ) -> Result<&'x mut IflaAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(AF_INET, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `AF_INET6`.
    pub fn inet6(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut Ifla6AttrsBuilder<'y, B>,
        ) -> Result<&'x mut Ifla6AttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(AF_INET6, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `AF_MCTP`.
    pub fn mctp(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut MctpAttrsBuilder<'y, B>,
        ) -> Result<&'x mut MctpAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(AF_MCTP, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }
}

/// Writes `vfinfo-list-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type VfinfoListAttrsBuilder<'w, B> = Builder<'w, sets::VfinfoListAttrs, B>;

impl<B: Buffer> VfinfoListAttrsBuilder<'_, B> {
    /// Writes `IFLA_VF_INFO`.
    pub fn info(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut VfinfoAttrsBuilder<'y, B>,
        ) -> Result<&'x mut VfinfoAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(IFLA_VF_INFO, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }
}

/// Writes `vfinfo-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type VfinfoAttrsBuilder<'w, B> = Builder<'w, sets::VfinfoAttrs, B>;

impl<B: Buffer> VfinfoAttrsBuilder<'_, B> {
    /// Writes `IFLA_VF_MAC`.
    pub fn mac(&mut self, v: &IflaVfMac) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(IFLA_VF_MAC, IflaVfMac::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `IFLA_VF_VLAN`.
    pub fn vlan(&mut self, v: &IflaVfVlan) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(IFLA_VF_VLAN, IflaVfVlan::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `IFLA_VF_TX_RATE`.
    pub fn tx_rate(&mut self, v: &IflaVfTxRate) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(IFLA_VF_TX_RATE, IflaVfTxRate::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `IFLA_VF_SPOOFCHK`.
    pub fn spoofchk(&mut self, v: &IflaVfSpoofchk) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(IFLA_VF_SPOOFCHK, IflaVfSpoofchk::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `IFLA_VF_LINK_STATE`.
    pub fn link_state(&mut self, v: &IflaVfLinkState) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(IFLA_VF_LINK_STATE, IflaVfLinkState::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `IFLA_VF_RATE`.
    pub fn rate(&mut self, v: &IflaVfRate) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(IFLA_VF_RATE, IflaVfRate::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `IFLA_VF_RSS_QUERY_EN`.
    pub fn rss_query_en(&mut self, v: &IflaVfRssQueryEn) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(IFLA_VF_RSS_QUERY_EN, IflaVfRssQueryEn::LEN, |b| {
                v.write_to(b)
            })?;
        Ok(self)
    }

    /// Writes `IFLA_VF_STATS`.
    pub fn stats(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut VfStatsAttrsBuilder<'y, B>,
        ) -> Result<&'x mut VfStatsAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(IFLA_VF_STATS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_VF_TRUST`.
    pub fn trust(&mut self, v: &IflaVfTrust) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(IFLA_VF_TRUST, IflaVfTrust::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `IFLA_VF_IB_NODE_GUID`.
    pub fn ib_node_guid(&mut self, v: &IflaVfGuid) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(IFLA_VF_IB_NODE_GUID, IflaVfGuid::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `IFLA_VF_IB_PORT_GUID`.
    pub fn ib_port_guid(&mut self, v: &IflaVfGuid) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(IFLA_VF_IB_PORT_GUID, IflaVfGuid::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `IFLA_VF_VLAN_LIST`.
    pub fn vlan_list(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut VfVlanAttrsBuilder<'y, B>,
        ) -> Result<&'x mut VfVlanAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(IFLA_VF_VLAN_LIST, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_VF_BROADCAST`.
    pub fn broadcast(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VF_BROADCAST, v)?;
        Ok(self)
    }
}

/// Writes `vf-stats-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type VfStatsAttrsBuilder<'w, B> = Builder<'w, sets::VfStatsAttrs, B>;

impl<B: Buffer> VfStatsAttrsBuilder<'_, B> {
    /// Writes `IFLA_VF_STATS_RX_PACKETS`.
    pub fn rx_packets(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_VF_STATS_RX_PACKETS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VF_STATS_TX_PACKETS`.
    pub fn tx_packets(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_VF_STATS_TX_PACKETS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VF_STATS_RX_BYTES`.
    pub fn rx_bytes(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_VF_STATS_RX_BYTES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VF_STATS_TX_BYTES`.
    pub fn tx_bytes(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_VF_STATS_TX_BYTES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VF_STATS_BROADCAST`.
    pub fn broadcast(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_VF_STATS_BROADCAST, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VF_STATS_MULTICAST`.
    pub fn multicast(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_VF_STATS_MULTICAST, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VF_STATS_RX_DROPPED`.
    pub fn rx_dropped(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_VF_STATS_RX_DROPPED, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VF_STATS_TX_DROPPED`.
    pub fn tx_dropped(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_VF_STATS_TX_DROPPED, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `vf-vlan-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type VfVlanAttrsBuilder<'w, B> = Builder<'w, sets::VfVlanAttrs, B>;

impl<B: Buffer> VfVlanAttrsBuilder<'_, B> {
    /// Writes `IFLA_VF_VLAN_INFO`.
    pub fn info(&mut self, v: &IflaVfVlanInfo) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(IFLA_VF_VLAN_INFO, IflaVfVlanInfo::LEN, |b| v.write_to(b))?;
        Ok(self)
    }
}

/// Writes `vf-ports-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type VfPortsAttrsBuilder<'w, B> = Builder<'w, sets::VfPortsAttrs, B>;

impl<B: Buffer> VfPortsAttrsBuilder<'_, B> {}

/// Writes `port-self-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PortSelfAttrsBuilder<'w, B> = Builder<'w, sets::PortSelfAttrs, B>;

impl<B: Buffer> PortSelfAttrsBuilder<'_, B> {}

/// Writes `linkinfo-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkinfoAttrsBuilder<'w, B> = Builder<'w, sets::LinkinfoAttrs, B>;

impl<B: Buffer> LinkinfoAttrsBuilder<'_, B> {
    /// Writes `IFLA_INFO_KIND`.
    pub fn kind(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, v)?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_bond(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoBondAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoBondAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "bond")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_bridge(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoBridgeAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoBridgeAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "bridge")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_erspan(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoGreAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoGreAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "erspan")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_gre(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoGreAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoGreAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "gre")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_gretap(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoGreAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoGreAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "gretap")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_ip6gre(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoGre6AttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoGre6AttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "ip6gre")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_geneve(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoGeneveAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoGeneveAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "geneve")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_hsr(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoHsrAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoHsrAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "hsr")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_ipip(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoIptunAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoIptunAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "ipip")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_ip6tnl(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoIp6tnlAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoIp6tnlAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "ip6tnl")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_sit(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoIptunAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoIptunAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "sit")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_tun(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoTunAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoTunAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "tun")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_vlan(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoVlanAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoVlanAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "vlan")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_vrf(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoVrfAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoVrfAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "vrf")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_vti(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoVtiAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoVtiAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "vti")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_vti6(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoVti6AttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoVti6AttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "vti6")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_netkit(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoNetkitAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoNetkitAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "netkit")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_ovpn(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoOvpnAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoOvpnAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "ovpn")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_veth(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoVethAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoVethAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "veth")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_vxcan(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoVxcanAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoVxcanAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "vxcan")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_vxlan(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoVxlanAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoVxlanAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "vxlan")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_macvlan(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoMacvlanAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoMacvlanAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "macvlan")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_macvtap(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoMacvlanAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoMacvlanAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "macvtap")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_ipvlan(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoIpvlanAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoIpvlanAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "ipvlan")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_ipvtap(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoIpvlanAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoIpvlanAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "ipvtap")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_xfrm(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoXfrmAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoXfrmAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "xfrm")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_bareudp(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoBareudpAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoBareudpAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "bareudp")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_ipoib(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoIpoibAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoIpoibAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "ipoib")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_macsec(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoMacsecAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoMacsecAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "macsec")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_ip6gretap(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoGre6AttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoGre6AttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "ip6gretap")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_ip6erspan(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoGre6AttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoGre6AttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_KIND, "ip6erspan")?;
        self.w
            .put_nested(IFLA_INFO_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_DATA`.
    pub fn data_raw(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(IFLA_INFO_DATA, f)?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_XSTATS`.
    pub fn xstats(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_INFO_XSTATS, v)?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_SLAVE_KIND`.
    pub fn slave_kind(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_SLAVE_KIND, v)?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_SLAVE_DATA`.
    pub fn slave_data_bridge(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoBrportAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoBrportAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_SLAVE_KIND, "bridge")?;
        self.w
            .put_nested(IFLA_INFO_SLAVE_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_SLAVE_DATA`.
    pub fn slave_data_bond(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BondSlaveAttrsBuilder<'y, B>,
        ) -> Result<&'x mut BondSlaveAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(IFLA_INFO_SLAVE_KIND, "bond")?;
        self.w
            .put_nested(IFLA_INFO_SLAVE_DATA, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_INFO_SLAVE_DATA`.
    pub fn slave_data_raw(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(IFLA_INFO_SLAVE_DATA, f)?;
        Ok(self)
    }
}

/// Writes `linkinfo-bond-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkinfoBondAttrsBuilder<'w, B> = Builder<'w, sets::LinkinfoBondAttrs, B>;

impl<B: Buffer> LinkinfoBondAttrsBuilder<'_, B> {
    /// Writes `IFLA_BOND_MODE`.
    pub fn mode(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BOND_MODE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_ACTIVE_SLAVE`.
    pub fn active_slave(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BOND_ACTIVE_SLAVE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_MIIMON`.
    pub fn miimon(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BOND_MIIMON, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_UPDELAY`.
    pub fn updelay(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BOND_UPDELAY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_DOWNDELAY`.
    pub fn downdelay(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BOND_DOWNDELAY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_USE_CARRIER`.
    pub fn use_carrier(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BOND_USE_CARRIER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_ARP_INTERVAL`.
    pub fn arp_interval(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BOND_ARP_INTERVAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_ARP_IP_TARGET`.
    pub fn arp_ip_target(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(IFLA_BOND_ARP_IP_TARGET, f)?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_ARP_VALIDATE`.
    pub fn arp_validate(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BOND_ARP_VALIDATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_ARP_ALL_TARGETS`.
    pub fn arp_all_targets(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BOND_ARP_ALL_TARGETS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_PRIMARY`.
    pub fn primary(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BOND_PRIMARY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_PRIMARY_RESELECT`.
    pub fn primary_reselect(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BOND_PRIMARY_RESELECT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_FAIL_OVER_MAC`.
    pub fn fail_over_mac(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BOND_FAIL_OVER_MAC, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_XMIT_HASH_POLICY`.
    pub fn xmit_hash_policy(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BOND_XMIT_HASH_POLICY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_RESEND_IGMP`.
    pub fn resend_igmp(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BOND_RESEND_IGMP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_NUM_PEER_NOTIF`.
    pub fn num_peer_notif(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BOND_NUM_PEER_NOTIF, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_ALL_SLAVES_ACTIVE`.
    pub fn all_slaves_active(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BOND_ALL_SLAVES_ACTIVE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_MIN_LINKS`.
    pub fn min_links(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BOND_MIN_LINKS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_LP_INTERVAL`.
    pub fn lp_interval(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BOND_LP_INTERVAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_PACKETS_PER_SLAVE`.
    pub fn packets_per_slave(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BOND_PACKETS_PER_SLAVE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_AD_LACP_RATE`.
    pub fn ad_lacp_rate(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BOND_AD_LACP_RATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_AD_SELECT`.
    pub fn ad_select(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BOND_AD_SELECT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_AD_INFO`.
    pub fn ad_info(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BondAdInfoAttrsBuilder<'y, B>,
        ) -> Result<&'x mut BondAdInfoAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(IFLA_BOND_AD_INFO, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_AD_ACTOR_SYS_PRIO`.
    pub fn ad_actor_sys_prio(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BOND_AD_ACTOR_SYS_PRIO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_AD_USER_PORT_KEY`.
    pub fn ad_user_port_key(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BOND_AD_USER_PORT_KEY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_AD_ACTOR_SYSTEM`.
    pub fn ad_actor_system(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BOND_AD_ACTOR_SYSTEM, v)?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_TLB_DYNAMIC_LB`.
    pub fn tlb_dynamic_lb(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BOND_TLB_DYNAMIC_LB, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_PEER_NOTIF_DELAY`.
    pub fn peer_notif_delay(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BOND_PEER_NOTIF_DELAY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_AD_LACP_ACTIVE`.
    pub fn ad_lacp_active(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BOND_AD_LACP_ACTIVE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_MISSED_MAX`.
    pub fn missed_max(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BOND_MISSED_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_NS_IP6_TARGET`.
    pub fn ns_ip6_target(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(IFLA_BOND_NS_IP6_TARGET, f)?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_COUPLED_CONTROL`.
    pub fn coupled_control(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BOND_COUPLED_CONTROL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_BROADCAST_NEIGH`.
    pub fn broadcast_neigh(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BOND_BROADCAST_NEIGH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_LACP_STRICT`.
    pub fn lacp_strict(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BOND_LACP_STRICT, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `bond-ad-info-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type BondAdInfoAttrsBuilder<'w, B> = Builder<'w, sets::BondAdInfoAttrs, B>;

impl<B: Buffer> BondAdInfoAttrsBuilder<'_, B> {
    /// Writes `IFLA_BOND_AD_INFO_AGGREGATOR`.
    pub fn aggregator(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BOND_AD_INFO_AGGREGATOR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_AD_INFO_NUM_PORTS`.
    pub fn num_ports(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BOND_AD_INFO_NUM_PORTS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_AD_INFO_ACTOR_KEY`.
    pub fn actor_key(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BOND_AD_INFO_ACTOR_KEY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_AD_INFO_PARTNER_KEY`.
    pub fn partner_key(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BOND_AD_INFO_PARTNER_KEY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_AD_INFO_PARTNER_MAC`.
    pub fn partner_mac(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BOND_AD_INFO_PARTNER_MAC, v)?;
        Ok(self)
    }
}

/// Writes `bond-slave-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type BondSlaveAttrsBuilder<'w, B> = Builder<'w, sets::BondSlaveAttrs, B>;

impl<B: Buffer> BondSlaveAttrsBuilder<'_, B> {
    /// Writes `IFLA_BOND_SLAVE_STATE`.
    pub fn state(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BOND_SLAVE_STATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_SLAVE_MII_STATUS`.
    pub fn mii_status(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BOND_SLAVE_MII_STATUS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_SLAVE_LINK_FAILURE_COUNT`.
    pub fn link_failure_count(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BOND_SLAVE_LINK_FAILURE_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_SLAVE_PERM_HWADDR`.
    pub fn perm_hwaddr(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BOND_SLAVE_PERM_HWADDR, v)?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_SLAVE_QUEUE_ID`.
    pub fn queue_id(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BOND_SLAVE_QUEUE_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_SLAVE_AD_AGGREGATOR_ID`.
    pub fn ad_aggregator_id(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BOND_SLAVE_AD_AGGREGATOR_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_SLAVE_AD_ACTOR_OPER_PORT_STATE`.
    pub fn ad_actor_oper_port_state(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BOND_SLAVE_AD_ACTOR_OPER_PORT_STATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_SLAVE_AD_PARTNER_OPER_PORT_STATE`.
    pub fn ad_partner_oper_port_state(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            IFLA_BOND_SLAVE_AD_PARTNER_OPER_PORT_STATE,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `IFLA_BOND_SLAVE_PRIO`.
    pub fn prio(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BOND_SLAVE_PRIO, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `linkinfo-bridge-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkinfoBridgeAttrsBuilder<'w, B> = Builder<'w, sets::LinkinfoBridgeAttrs, B>;

impl<B: Buffer> LinkinfoBridgeAttrsBuilder<'_, B> {
    /// Writes `IFLA_BR_FORWARD_DELAY`.
    pub fn forward_delay(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BR_FORWARD_DELAY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_HELLO_TIME`.
    pub fn hello_time(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BR_HELLO_TIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_MAX_AGE`.
    pub fn max_age(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BR_MAX_AGE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_AGEING_TIME`.
    pub fn ageing_time(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BR_AGEING_TIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_STP_STATE`.
    pub fn stp_state(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BR_STP_STATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_PRIORITY`.
    pub fn priority(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BR_PRIORITY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_VLAN_FILTERING`.
    pub fn vlan_filtering(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_VLAN_FILTERING, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_VLAN_PROTOCOL`.
    pub fn vlan_protocol(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BR_VLAN_PROTOCOL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_GROUP_FWD_MASK`.
    pub fn group_fwd_mask(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_GROUP_FWD_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_ROOT_ID`.
    pub fn root_id(&mut self, v: &IflaBridgeId) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(IFLA_BR_ROOT_ID, IflaBridgeId::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `IFLA_BR_BRIDGE_ID`.
    pub fn bridge_id(&mut self, v: &IflaBridgeId) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(IFLA_BR_BRIDGE_ID, IflaBridgeId::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `IFLA_BR_ROOT_PORT`.
    pub fn root_port(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BR_ROOT_PORT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_ROOT_PATH_COST`.
    pub fn root_path_cost(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_ROOT_PATH_COST, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_TOPOLOGY_CHANGE`.
    pub fn topology_change(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_TOPOLOGY_CHANGE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_TOPOLOGY_CHANGE_DETECTED`.
    pub fn topology_change_detected(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_TOPOLOGY_CHANGE_DETECTED, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_HELLO_TIMER`.
    pub fn hello_timer(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BR_HELLO_TIMER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_TCN_TIMER`.
    pub fn tcn_timer(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BR_TCN_TIMER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_TOPOLOGY_CHANGE_TIMER`.
    pub fn topology_change_timer(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_TOPOLOGY_CHANGE_TIMER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_GC_TIMER`.
    pub fn gc_timer(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BR_GC_TIMER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_GROUP_ADDR`.
    pub fn group_addr(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BR_GROUP_ADDR, v)?;
        Ok(self)
    }

    /// Writes `IFLA_BR_FDB_FLUSH`.
    pub fn fdb_flush(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BR_FDB_FLUSH, v)?;
        Ok(self)
    }

    /// Writes `IFLA_BR_MCAST_ROUTER`.
    pub fn mcast_router(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BR_MCAST_ROUTER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_MCAST_SNOOPING`.
    pub fn mcast_snooping(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_MCAST_SNOOPING, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_MCAST_QUERY_USE_IFADDR`.
    pub fn mcast_query_use_ifaddr(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_MCAST_QUERY_USE_IFADDR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_MCAST_QUERIER`.
    pub fn mcast_querier(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BR_MCAST_QUERIER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_MCAST_HASH_ELASTICITY`.
    pub fn mcast_hash_elasticity(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_MCAST_HASH_ELASTICITY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_MCAST_HASH_MAX`.
    pub fn mcast_hash_max(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_MCAST_HASH_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_MCAST_LAST_MEMBER_CNT`.
    pub fn mcast_last_member_cnt(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_MCAST_LAST_MEMBER_CNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_MCAST_STARTUP_QUERY_CNT`.
    pub fn mcast_startup_query_cnt(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_MCAST_STARTUP_QUERY_CNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_MCAST_LAST_MEMBER_INTVL`.
    pub fn mcast_last_member_intvl(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_MCAST_LAST_MEMBER_INTVL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_MCAST_MEMBERSHIP_INTVL`.
    pub fn mcast_membership_intvl(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_MCAST_MEMBERSHIP_INTVL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_MCAST_QUERIER_INTVL`.
    pub fn mcast_querier_intvl(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_MCAST_QUERIER_INTVL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_MCAST_QUERY_INTVL`.
    pub fn mcast_query_intvl(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_MCAST_QUERY_INTVL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_MCAST_QUERY_RESPONSE_INTVL`.
    pub fn mcast_query_response_intvl(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_MCAST_QUERY_RESPONSE_INTVL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_MCAST_STARTUP_QUERY_INTVL`.
    pub fn mcast_startup_query_intvl(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_MCAST_STARTUP_QUERY_INTVL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_NF_CALL_IPTABLES`.
    pub fn nf_call_iptables(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_NF_CALL_IPTABLES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_NF_CALL_IP6TABLES`.
    pub fn nf_call_ip6tables(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_NF_CALL_IP6TABLES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_NF_CALL_ARPTABLES`.
    pub fn nf_call_arptables(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_NF_CALL_ARPTABLES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_VLAN_DEFAULT_PVID`.
    pub fn vlan_default_pvid(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_VLAN_DEFAULT_PVID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_VLAN_STATS_ENABLED`.
    pub fn vlan_stats_enabled(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_VLAN_STATS_ENABLED, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_MCAST_STATS_ENABLED`.
    pub fn mcast_stats_enabled(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_MCAST_STATS_ENABLED, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_MCAST_IGMP_VERSION`.
    pub fn mcast_igmp_version(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_MCAST_IGMP_VERSION, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_MCAST_MLD_VERSION`.
    pub fn mcast_mld_version(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_MCAST_MLD_VERSION, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_VLAN_STATS_PER_PORT`.
    pub fn vlan_stats_per_port(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_VLAN_STATS_PER_PORT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_MULTI_BOOLOPT`.
    pub fn multi_boolopt(&mut self, v: &BrBooloptMulti) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(IFLA_BR_MULTI_BOOLOPT, BrBooloptMulti::LEN, |b| {
                v.write_to(b)
            })?;
        Ok(self)
    }

    /// Writes `IFLA_BR_MCAST_QUERIER_STATE`.
    pub fn mcast_querier_state(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BR_MCAST_QUERIER_STATE, v)?;
        Ok(self)
    }

    /// Writes `IFLA_BR_FDB_N_LEARNED`.
    pub fn fdb_n_learned(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BR_FDB_N_LEARNED, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_FDB_MAX_LEARNED`.
    pub fn fdb_max_learned(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_FDB_MAX_LEARNED, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BR_STP_MODE`.
    pub fn stp_mode(&mut self, v: BrStpMode) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BR_STP_MODE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `linkinfo-brport-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkinfoBrportAttrsBuilder<'w, B> = Builder<'w, sets::LinkinfoBrportAttrs, B>;

impl<B: Buffer> LinkinfoBrportAttrsBuilder<'_, B> {
    /// Writes `IFLA_BRPORT_STATE`.
    pub fn state(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BRPORT_STATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_PRIORITY`.
    pub fn priority(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BRPORT_PRIORITY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_COST`.
    pub fn cost(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BRPORT_COST, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_MODE`.
    pub fn mode(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BRPORT_MODE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_GUARD`.
    pub fn guard(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BRPORT_GUARD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_PROTECT`.
    pub fn protect(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BRPORT_PROTECT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_FAST_LEAVE`.
    pub fn fast_leave(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BRPORT_FAST_LEAVE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_LEARNING`.
    pub fn learning(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BRPORT_LEARNING, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_UNICAST_FLOOD`.
    pub fn unicast_flood(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BRPORT_UNICAST_FLOOD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_PROXYARP`.
    pub fn proxyarp(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BRPORT_PROXYARP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_LEARNING_SYNC`.
    pub fn learning_sync(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BRPORT_LEARNING_SYNC, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_PROXYARP_WIFI`.
    pub fn proxyarp_wifi(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BRPORT_PROXYARP_WIFI, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_ROOT_ID`.
    pub fn root_id(&mut self, v: &IflaBridgeId) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(IFLA_BRPORT_ROOT_ID, IflaBridgeId::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_BRIDGE_ID`.
    pub fn bridge_id(&mut self, v: &IflaBridgeId) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(IFLA_BRPORT_BRIDGE_ID, IflaBridgeId::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_DESIGNATED_PORT`.
    pub fn designated_port(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BRPORT_DESIGNATED_PORT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_DESIGNATED_COST`.
    pub fn designated_cost(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BRPORT_DESIGNATED_COST, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_ID`.
    pub fn id(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BRPORT_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_NO`.
    pub fn no(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BRPORT_NO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_TOPOLOGY_CHANGE_ACK`.
    pub fn topology_change_ack(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BRPORT_TOPOLOGY_CHANGE_ACK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_CONFIG_PENDING`.
    pub fn config_pending(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BRPORT_CONFIG_PENDING, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_MESSAGE_AGE_TIMER`.
    pub fn message_age_timer(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BRPORT_MESSAGE_AGE_TIMER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_FORWARD_DELAY_TIMER`.
    pub fn forward_delay_timer(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BRPORT_FORWARD_DELAY_TIMER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_HOLD_TIMER`.
    pub fn hold_timer(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BRPORT_HOLD_TIMER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_FLUSH`.
    pub fn flush(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(IFLA_BRPORT_FLUSH)?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_MULTICAST_ROUTER`.
    pub fn multicast_router(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BRPORT_MULTICAST_ROUTER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_MCAST_FLOOD`.
    pub fn mcast_flood(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BRPORT_MCAST_FLOOD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_MCAST_TO_UCAST`.
    pub fn mcast_to_ucast(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BRPORT_MCAST_TO_UCAST, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_VLAN_TUNNEL`.
    pub fn vlan_tunnel(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BRPORT_VLAN_TUNNEL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_BCAST_FLOOD`.
    pub fn bcast_flood(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BRPORT_BCAST_FLOOD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_GROUP_FWD_MASK`.
    pub fn group_fwd_mask(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BRPORT_GROUP_FWD_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_NEIGH_SUPPRESS`.
    pub fn neigh_suppress(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BRPORT_NEIGH_SUPPRESS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_ISOLATED`.
    pub fn isolated(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BRPORT_ISOLATED, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_BACKUP_PORT`.
    pub fn backup_port(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BRPORT_BACKUP_PORT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_MRP_RING_OPEN`.
    pub fn mrp_ring_open(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BRPORT_MRP_RING_OPEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_MRP_IN_OPEN`.
    pub fn mrp_in_open(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BRPORT_MRP_IN_OPEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT`.
    pub fn mcast_eht_hosts_limit(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_MCAST_EHT_HOSTS_CNT`.
    pub fn mcast_eht_hosts_cnt(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BRPORT_MCAST_EHT_HOSTS_CNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_LOCKED`.
    pub fn locked(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BRPORT_LOCKED, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_MAB`.
    pub fn mab(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BRPORT_MAB, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_MCAST_N_GROUPS`.
    pub fn mcast_n_groups(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BRPORT_MCAST_N_GROUPS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_MCAST_MAX_GROUPS`.
    pub fn mcast_max_groups(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BRPORT_MCAST_MAX_GROUPS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_NEIGH_VLAN_SUPPRESS`.
    pub fn neigh_vlan_suppress(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BRPORT_NEIGH_VLAN_SUPPRESS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_BACKUP_NHID`.
    pub fn backup_nhid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BRPORT_BACKUP_NHID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BRPORT_NEIGH_FORWARD_GRAT`.
    pub fn neigh_forward_grat(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BRPORT_NEIGH_FORWARD_GRAT, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `linkinfo-gre-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkinfoGreAttrsBuilder<'w, B> = Builder<'w, sets::LinkinfoGreAttrs, B>;

impl<B: Buffer> LinkinfoGreAttrsBuilder<'_, B> {
    /// Writes `IFLA_GRE_LINK`.
    pub fn link(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_LINK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_IFLAGS`.
    pub fn iflags(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_IFLAGS, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_OFLAGS`.
    pub fn oflags(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_OFLAGS, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_IKEY`.
    pub fn ikey(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_IKEY, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_OKEY`.
    pub fn okey(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_OKEY, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_LOCAL`.
    pub fn local(&mut self, v: IpAddr) -> Result<&mut Self, WriteError> {
        match v {
            IpAddr::V4(v) => self.w.put_attr(IFLA_GRE_LOCAL, &v.octets()),
            IpAddr::V6(v) => self.w.put_attr(IFLA_GRE_LOCAL, &v.octets()),
        }?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_REMOTE`.
    pub fn remote(&mut self, v: IpAddr) -> Result<&mut Self, WriteError> {
        match v {
            IpAddr::V4(v) => self.w.put_attr(IFLA_GRE_REMOTE, &v.octets()),
            IpAddr::V6(v) => self.w.put_attr(IFLA_GRE_REMOTE, &v.octets()),
        }?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_TTL`.
    pub fn ttl(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_TTL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_TOS`.
    pub fn tos(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_TOS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_PMTUDISC`.
    pub fn pmtudisc(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_PMTUDISC, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_ENCAP_LIMIT`.
    pub fn encap_limit(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_ENCAP_LIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_FLOWINFO`.
    pub fn flowinfo(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_FLOWINFO, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_FLAGS`.
    pub fn flags(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_FLAGS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_ENCAP_TYPE`.
    pub fn encap_type(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_ENCAP_TYPE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_ENCAP_FLAGS`.
    pub fn encap_flags(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_ENCAP_FLAGS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_ENCAP_SPORT`.
    pub fn encap_sport(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_ENCAP_SPORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_ENCAP_DPORT`.
    pub fn encap_dport(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_ENCAP_DPORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_COLLECT_METADATA`.
    pub fn collect_metadata(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(IFLA_GRE_COLLECT_METADATA)?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_IGNORE_DF`.
    pub fn ignore_df(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_IGNORE_DF, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_FWMARK`.
    pub fn fwmark(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_FWMARK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_ERSPAN_INDEX`.
    pub fn erspan_index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_ERSPAN_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_ERSPAN_VER`.
    pub fn erspan_ver(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_ERSPAN_VER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_ERSPAN_DIR`.
    pub fn erspan_dir(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_ERSPAN_DIR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_ERSPAN_HWID`.
    pub fn erspan_hwid(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_ERSPAN_HWID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `linkinfo-gre6-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkinfoGre6AttrsBuilder<'w, B> = Builder<'w, sets::LinkinfoGre6Attrs, B>;

impl<B: Buffer> LinkinfoGre6AttrsBuilder<'_, B> {
    /// Writes `IFLA_GRE_LINK`.
    pub fn link(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_LINK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_IFLAGS`.
    pub fn iflags(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_IFLAGS, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_OFLAGS`.
    pub fn oflags(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_OFLAGS, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_IKEY`.
    pub fn ikey(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_IKEY, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_OKEY`.
    pub fn okey(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_OKEY, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_LOCAL`.
    pub fn local(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_LOCAL, &v.octets())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_REMOTE`.
    pub fn remote(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_REMOTE, &v.octets())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_TTL`.
    pub fn ttl(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_TTL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_ENCAP_LIMIT`.
    pub fn encap_limit(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_ENCAP_LIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_FLOWINFO`.
    pub fn flowinfo(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_FLOWINFO, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_FLAGS`.
    pub fn flags(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_FLAGS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_ENCAP_TYPE`.
    pub fn encap_type(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_ENCAP_TYPE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_ENCAP_FLAGS`.
    pub fn encap_flags(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_ENCAP_FLAGS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_ENCAP_SPORT`.
    pub fn encap_sport(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_ENCAP_SPORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_ENCAP_DPORT`.
    pub fn encap_dport(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_ENCAP_DPORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_COLLECT_METADATA`.
    pub fn collect_metadata(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(IFLA_GRE_COLLECT_METADATA)?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_FWMARK`.
    pub fn fwmark(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_FWMARK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_ERSPAN_INDEX`.
    pub fn erspan_index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_ERSPAN_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_ERSPAN_VER`.
    pub fn erspan_ver(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_ERSPAN_VER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_ERSPAN_DIR`.
    pub fn erspan_dir(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_ERSPAN_DIR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GRE_ERSPAN_HWID`.
    pub fn erspan_hwid(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GRE_ERSPAN_HWID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `linkinfo-vti-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkinfoVtiAttrsBuilder<'w, B> = Builder<'w, sets::LinkinfoVtiAttrs, B>;

impl<B: Buffer> LinkinfoVtiAttrsBuilder<'_, B> {
    /// Writes `IFLA_VTI_LINK`.
    pub fn link(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VTI_LINK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VTI_IKEY`.
    pub fn ikey(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VTI_IKEY, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VTI_OKEY`.
    pub fn okey(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VTI_OKEY, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VTI_LOCAL`.
    pub fn local(&mut self, v: IpAddr) -> Result<&mut Self, WriteError> {
        match v {
            IpAddr::V4(v) => self.w.put_attr(IFLA_VTI_LOCAL, &v.octets()),
            IpAddr::V6(v) => self.w.put_attr(IFLA_VTI_LOCAL, &v.octets()),
        }?;
        Ok(self)
    }

    /// Writes `IFLA_VTI_REMOTE`.
    pub fn remote(&mut self, v: IpAddr) -> Result<&mut Self, WriteError> {
        match v {
            IpAddr::V4(v) => self.w.put_attr(IFLA_VTI_REMOTE, &v.octets()),
            IpAddr::V6(v) => self.w.put_attr(IFLA_VTI_REMOTE, &v.octets()),
        }?;
        Ok(self)
    }

    /// Writes `IFLA_VTI_FWMARK`.
    pub fn fwmark(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VTI_FWMARK, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `linkinfo-vti6-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkinfoVti6AttrsBuilder<'w, B> = Builder<'w, sets::LinkinfoVti6Attrs, B>;

impl<B: Buffer> LinkinfoVti6AttrsBuilder<'_, B> {
    /// Writes `IFLA_VTI_LINK`.
    pub fn link(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VTI_LINK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VTI_IKEY`.
    pub fn ikey(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VTI_IKEY, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VTI_OKEY`.
    pub fn okey(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VTI_OKEY, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VTI_LOCAL`.
    pub fn local(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VTI_LOCAL, &v.octets())?;
        Ok(self)
    }

    /// Writes `IFLA_VTI_REMOTE`.
    pub fn remote(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VTI_REMOTE, &v.octets())?;
        Ok(self)
    }

    /// Writes `IFLA_VTI_FWMARK`.
    pub fn fwmark(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VTI_FWMARK, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `linkinfo-geneve-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkinfoGeneveAttrsBuilder<'w, B> = Builder<'w, sets::LinkinfoGeneveAttrs, B>;

impl<B: Buffer> LinkinfoGeneveAttrsBuilder<'_, B> {
    /// Writes `IFLA_GENEVE_ID`.
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GENEVE_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GENEVE_REMOTE`.
    pub fn remote(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GENEVE_REMOTE, &v.octets())?;
        Ok(self)
    }

    /// Writes `IFLA_GENEVE_TTL`.
    pub fn ttl(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GENEVE_TTL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GENEVE_TOS`.
    pub fn tos(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GENEVE_TOS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GENEVE_PORT`.
    pub fn port(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GENEVE_PORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GENEVE_COLLECT_METADATA`.
    pub fn collect_metadata(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(IFLA_GENEVE_COLLECT_METADATA)?;
        Ok(self)
    }

    /// Writes `IFLA_GENEVE_REMOTE6`.
    pub fn remote6(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GENEVE_REMOTE6, &v.octets())?;
        Ok(self)
    }

    /// Writes `IFLA_GENEVE_UDP_CSUM`.
    pub fn udp_csum(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GENEVE_UDP_CSUM, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GENEVE_UDP_ZERO_CSUM6_TX`.
    pub fn udp_zero_csum6_tx(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_GENEVE_UDP_ZERO_CSUM6_TX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GENEVE_UDP_ZERO_CSUM6_RX`.
    pub fn udp_zero_csum6_rx(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_GENEVE_UDP_ZERO_CSUM6_RX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GENEVE_LABEL`.
    pub fn label(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GENEVE_LABEL, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GENEVE_TTL_INHERIT`.
    pub fn ttl_inherit(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_GENEVE_TTL_INHERIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GENEVE_DF`.
    pub fn df(&mut self, v: GeneveDf) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_GENEVE_DF, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_GENEVE_INNER_PROTO_INHERIT`.
    pub fn inner_proto_inherit(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(IFLA_GENEVE_INNER_PROTO_INHERIT)?;
        Ok(self)
    }

    /// Writes `IFLA_GENEVE_PORT_RANGE`.
    pub fn port_range(&mut self, v: &IflaGenevePortRange) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(IFLA_GENEVE_PORT_RANGE, IflaGenevePortRange::LEN, |b| {
                v.write_to(b)
            })?;
        Ok(self)
    }

    /// Writes `IFLA_GENEVE_GRO_HINT`.
    pub fn gro_hint(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(IFLA_GENEVE_GRO_HINT)?;
        Ok(self)
    }

    /// Writes `IFLA_GENEVE_LOCAL`.
    pub fn local(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GENEVE_LOCAL, &v.octets())?;
        Ok(self)
    }

    /// Writes `IFLA_GENEVE_LOCAL6`.
    pub fn local6(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_GENEVE_LOCAL6, &v.octets())?;
        Ok(self)
    }
}

/// Writes `linkinfo-hsr-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkinfoHsrAttrsBuilder<'w, B> = Builder<'w, sets::LinkinfoHsrAttrs, B>;

impl<B: Buffer> LinkinfoHsrAttrsBuilder<'_, B> {
    /// Writes `IFLA_HSR_SLAVE1`.
    pub fn slave1(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_HSR_SLAVE1, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_HSR_SLAVE2`.
    pub fn slave2(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_HSR_SLAVE2, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_HSR_MULTICAST_SPEC`.
    pub fn multicast_spec(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_HSR_MULTICAST_SPEC, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_HSR_SUPERVISION_ADDR`.
    pub fn supervision_addr(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_HSR_SUPERVISION_ADDR, v)?;
        Ok(self)
    }

    /// Writes `IFLA_HSR_SEQ_NR`.
    pub fn seq_nr(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_HSR_SEQ_NR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_HSR_VERSION`.
    pub fn version(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_HSR_VERSION, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_HSR_PROTOCOL`.
    pub fn protocol(&mut self, v: HsrProtocol) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_HSR_PROTOCOL, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_HSR_INTERLINK`.
    pub fn interlink(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_HSR_INTERLINK, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `linkinfo-iptun-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkinfoIptunAttrsBuilder<'w, B> = Builder<'w, sets::LinkinfoIptunAttrs, B>;

impl<B: Buffer> LinkinfoIptunAttrsBuilder<'_, B> {
    /// Writes `IFLA_IPTUN_LINK`.
    pub fn link(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_IPTUN_LINK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_LOCAL`.
    pub fn local(&mut self, v: IpAddr) -> Result<&mut Self, WriteError> {
        match v {
            IpAddr::V4(v) => self.w.put_attr(IFLA_IPTUN_LOCAL, &v.octets()),
            IpAddr::V6(v) => self.w.put_attr(IFLA_IPTUN_LOCAL, &v.octets()),
        }?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_REMOTE`.
    pub fn remote(&mut self, v: IpAddr) -> Result<&mut Self, WriteError> {
        match v {
            IpAddr::V4(v) => self.w.put_attr(IFLA_IPTUN_REMOTE, &v.octets()),
            IpAddr::V6(v) => self.w.put_attr(IFLA_IPTUN_REMOTE, &v.octets()),
        }?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_TTL`.
    pub fn ttl(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_IPTUN_TTL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_TOS`.
    pub fn tos(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_IPTUN_TOS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_ENCAP_LIMIT`.
    pub fn encap_limit(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_IPTUN_ENCAP_LIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_FLOWINFO`.
    pub fn flowinfo(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_IPTUN_FLOWINFO, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_FLAGS`.
    pub fn flags(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_IPTUN_FLAGS, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_PROTO`.
    pub fn proto(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_IPTUN_PROTO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_PMTUDISC`.
    pub fn pmtudisc(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_IPTUN_PMTUDISC, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_6RD_PREFIX`.
    pub fn n6rd_prefix(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_IPTUN_6RD_PREFIX, &v.octets())?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_6RD_RELAY_PREFIX`.
    pub fn n6rd_relay_prefix(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_IPTUN_6RD_RELAY_PREFIX, &v.octets())?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_6RD_PREFIXLEN`.
    pub fn n6rd_prefixlen(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_IPTUN_6RD_PREFIXLEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_6RD_RELAY_PREFIXLEN`.
    pub fn n6rd_relay_prefixlen(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_IPTUN_6RD_RELAY_PREFIXLEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_ENCAP_TYPE`.
    pub fn encap_type(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_IPTUN_ENCAP_TYPE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_ENCAP_FLAGS`.
    pub fn encap_flags(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_IPTUN_ENCAP_FLAGS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_ENCAP_SPORT`.
    pub fn encap_sport(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_IPTUN_ENCAP_SPORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_ENCAP_DPORT`.
    pub fn encap_dport(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_IPTUN_ENCAP_DPORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_COLLECT_METADATA`.
    pub fn collect_metadata(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(IFLA_IPTUN_COLLECT_METADATA)?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_FWMARK`.
    pub fn fwmark(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_IPTUN_FWMARK, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `linkinfo-ip6tnl-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkinfoIp6tnlAttrsBuilder<'w, B> = Builder<'w, sets::LinkinfoIp6tnlAttrs, B>;

impl<B: Buffer> LinkinfoIp6tnlAttrsBuilder<'_, B> {
    /// Writes `IFLA_IPTUN_LINK`.
    pub fn link(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_IPTUN_LINK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_LOCAL`.
    pub fn local(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_IPTUN_LOCAL, &v.octets())?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_REMOTE`.
    pub fn remote(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_IPTUN_REMOTE, &v.octets())?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_TTL`.
    pub fn ttl(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_IPTUN_TTL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_ENCAP_LIMIT`.
    pub fn encap_limit(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_IPTUN_ENCAP_LIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_FLOWINFO`.
    pub fn flowinfo(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_IPTUN_FLOWINFO, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_FLAGS`.
    pub fn flags(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_IPTUN_FLAGS, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_PROTO`.
    pub fn proto(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_IPTUN_PROTO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_ENCAP_TYPE`.
    pub fn encap_type(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_IPTUN_ENCAP_TYPE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_ENCAP_FLAGS`.
    pub fn encap_flags(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_IPTUN_ENCAP_FLAGS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_ENCAP_SPORT`.
    pub fn encap_sport(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_IPTUN_ENCAP_SPORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_ENCAP_DPORT`.
    pub fn encap_dport(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_IPTUN_ENCAP_DPORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_COLLECT_METADATA`.
    pub fn collect_metadata(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(IFLA_IPTUN_COLLECT_METADATA)?;
        Ok(self)
    }

    /// Writes `IFLA_IPTUN_FWMARK`.
    pub fn fwmark(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_IPTUN_FWMARK, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `linkinfo-tun-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkinfoTunAttrsBuilder<'w, B> = Builder<'w, sets::LinkinfoTunAttrs, B>;

impl<B: Buffer> LinkinfoTunAttrsBuilder<'_, B> {
    /// Writes `IFLA_TUN_OWNER`.
    pub fn owner(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_TUN_OWNER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_TUN_GROUP`.
    pub fn group(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_TUN_GROUP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_TUN_TYPE`.
    pub fn type_(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_TUN_TYPE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_TUN_PI`.
    pub fn pi(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_TUN_PI, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_TUN_VNET_HDR`.
    pub fn vnet_hdr(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_TUN_VNET_HDR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_TUN_PERSIST`.
    pub fn persist(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_TUN_PERSIST, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_TUN_MULTI_QUEUE`.
    pub fn multi_queue(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_TUN_MULTI_QUEUE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_TUN_NUM_QUEUES`.
    pub fn num_queues(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_TUN_NUM_QUEUES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_TUN_NUM_DISABLED_QUEUES`.
    pub fn num_disabled_queues(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_TUN_NUM_DISABLED_QUEUES, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `linkinfo-vlan-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkinfoVlanAttrsBuilder<'w, B> = Builder<'w, sets::LinkinfoVlanAttrs, B>;

impl<B: Buffer> LinkinfoVlanAttrsBuilder<'_, B> {
    /// Writes `IFLA_VLAN_ID`.
    pub fn id(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VLAN_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VLAN_FLAGS`.
    pub fn flags(&mut self, v: &IflaVlanFlags) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(IFLA_VLAN_FLAGS, IflaVlanFlags::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `IFLA_VLAN_EGRESS_QOS`.
    pub fn egress_qos(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut IflaVlanQosBuilder<'y, B>,
        ) -> Result<&'x mut IflaVlanQosBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(IFLA_VLAN_EGRESS_QOS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_VLAN_INGRESS_QOS`.
    pub fn ingress_qos(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut IflaVlanQosBuilder<'y, B>,
        ) -> Result<&'x mut IflaVlanQosBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(IFLA_VLAN_INGRESS_QOS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `IFLA_VLAN_PROTOCOL`.
    pub fn protocol(&mut self, v: VlanProtocols) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_VLAN_PROTOCOL, &(v.value() as u16).to_be_bytes())?;
        Ok(self)
    }
}

/// Writes `ifla-vlan-qos` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type IflaVlanQosBuilder<'w, B> = Builder<'w, sets::IflaVlanQos, B>;

impl<B: Buffer> IflaVlanQosBuilder<'_, B> {
    /// Writes `IFLA_VLAN_QOS_MAPPING`.
    pub fn mapping(&mut self, v: &IflaVlanQosMapping) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(IFLA_VLAN_QOS_MAPPING, IflaVlanQosMapping::LEN, |b| {
                v.write_to(b)
            })?;
        Ok(self)
    }
}

/// Writes `linkinfo-vrf-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkinfoVrfAttrsBuilder<'w, B> = Builder<'w, sets::LinkinfoVrfAttrs, B>;

impl<B: Buffer> LinkinfoVrfAttrsBuilder<'_, B> {
    /// Writes `IFLA_VRF_TABLE`.
    pub fn table_attr(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VRF_TABLE, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `xdp-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type XdpAttrsBuilder<'w, B> = Builder<'w, sets::XdpAttrs, B>;

impl<B: Buffer> XdpAttrsBuilder<'_, B> {
    /// Writes `IFLA_XDP_FD`.
    pub fn fd(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_XDP_FD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_XDP_ATTACHED`.
    pub fn attached(&mut self, v: XdpAttached) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_XDP_ATTACHED, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_XDP_FLAGS`.
    pub fn flags(&mut self, v: XdpFlags) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_XDP_FLAGS, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_XDP_PROG_ID`.
    pub fn prog_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_XDP_PROG_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_XDP_DRV_PROG_ID`.
    pub fn drv_prog_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_XDP_DRV_PROG_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_XDP_SKB_PROG_ID`.
    pub fn skb_prog_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_XDP_SKB_PROG_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_XDP_HW_PROG_ID`.
    pub fn hw_prog_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_XDP_HW_PROG_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_XDP_EXPECTED_FD`.
    pub fn expected_fd(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_XDP_EXPECTED_FD, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `ifla-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type IflaAttrsBuilder<'w, B> = Builder<'w, sets::IflaAttrs, B>;

impl<B: Buffer> IflaAttrsBuilder<'_, B> {
    /// Writes `IFLA_INET_CONF`: u32 indexed by ipv4-devconf - 1 on output, on input it's a nest
    pub fn conf(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_INET_CONF, v)?;
        Ok(self)
    }
}

/// Writes `ifla6-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type Ifla6AttrsBuilder<'w, B> = Builder<'w, sets::Ifla6Attrs, B>;

impl<B: Buffer> Ifla6AttrsBuilder<'_, B> {
    /// Writes `IFLA_INET6_FLAGS`.
    pub fn flags(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_INET6_FLAGS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_INET6_CONF`: u32 indexed by ipv6-devconf - 1 on output, on input it's a nest
    pub fn conf(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_INET6_CONF, v)?;
        Ok(self)
    }

    /// Writes `IFLA_INET6_STATS`.
    pub fn stats(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_INET6_STATS, v)?;
        Ok(self)
    }

    /// Writes `IFLA_INET6_MCAST`.
    pub fn mcast(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_INET6_MCAST, v)?;
        Ok(self)
    }

    /// Writes `IFLA_INET6_CACHEINFO`.
    pub fn cacheinfo(&mut self, v: &IflaCacheinfo) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(IFLA_INET6_CACHEINFO, IflaCacheinfo::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `IFLA_INET6_ICMP6STATS`.
    pub fn icmp6stats(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_INET6_ICMP6STATS, v)?;
        Ok(self)
    }

    /// Writes `IFLA_INET6_TOKEN`.
    pub fn token(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_INET6_TOKEN, v)?;
        Ok(self)
    }

    /// Writes `IFLA_INET6_ADDR_GEN_MODE`.
    pub fn addr_gen_mode(&mut self, v: In6AddrGenMode) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_INET6_ADDR_GEN_MODE, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_INET6_RA_MTU`.
    pub fn ra_mtu(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_INET6_RA_MTU, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `mctp-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type MctpAttrsBuilder<'w, B> = Builder<'w, sets::MctpAttrs, B>;

impl<B: Buffer> MctpAttrsBuilder<'_, B> {
    /// Writes `IFLA_MCTP_NET`.
    pub fn net(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_MCTP_NET, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_MCTP_PHYS_BINDING`.
    pub fn phys_binding(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_MCTP_PHYS_BINDING, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `stats-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type StatsAttrsBuilder<'w, B> = Builder<'w, sets::StatsAttrs, B>;

impl<B: Buffer> StatsAttrsBuilder<'_, B> {
    /// Writes `IFLA_STATS_LINK_64`.
    pub fn link_64(&mut self, v: &RtnlLinkStats64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(IFLA_STATS_LINK_64, RtnlLinkStats64::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `IFLA_STATS_LINK_XSTATS`.
    pub fn link_xstats(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_STATS_LINK_XSTATS, v)?;
        Ok(self)
    }

    /// Writes `IFLA_STATS_LINK_XSTATS_SLAVE`.
    pub fn link_xstats_slave(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_STATS_LINK_XSTATS_SLAVE, v)?;
        Ok(self)
    }

    /// Writes `IFLA_STATS_LINK_OFFLOAD_XSTATS`.
    pub fn link_offload_xstats(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkOffloadXstatsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkOffloadXstatsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(IFLA_STATS_LINK_OFFLOAD_XSTATS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `IFLA_STATS_AF_SPEC`.
    pub fn af_spec(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_STATS_AF_SPEC, v)?;
        Ok(self)
    }
}

/// Writes `link-offload-xstats` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkOffloadXstatsBuilder<'w, B> = Builder<'w, sets::LinkOffloadXstats, B>;

impl<B: Buffer> LinkOffloadXstatsBuilder<'_, B> {
    /// Writes `IFLA_OFFLOAD_XSTATS_CPU_HIT`.
    pub fn cpu_hit(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_OFFLOAD_XSTATS_CPU_HIT, v)?;
        Ok(self)
    }

    /// Writes `IFLA_OFFLOAD_XSTATS_HW_S_INFO`.
    pub fn hw_s_info(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(IFLA_OFFLOAD_XSTATS_HW_S_INFO, f)?;
        Ok(self)
    }

    /// Writes `IFLA_OFFLOAD_XSTATS_L3_STATS`.
    pub fn l3_stats(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_OFFLOAD_XSTATS_L3_STATS, v)?;
        Ok(self)
    }
}

/// Writes `hw-s-info-one` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type HwSInfoOneBuilder<'w, B> = Builder<'w, sets::HwSInfoOne, B>;

impl<B: Buffer> HwSInfoOneBuilder<'_, B> {
    /// Writes `IFLA_OFFLOAD_XSTATS_HW_S_INFO_REQUEST`.
    pub fn request(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_OFFLOAD_XSTATS_HW_S_INFO_REQUEST, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_OFFLOAD_XSTATS_HW_S_INFO_USED`.
    pub fn used(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_OFFLOAD_XSTATS_HW_S_INFO_USED, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `link-dpll-pin-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkDpllPinAttrsBuilder<'w, B> = Builder<'w, sets::LinkDpllPinAttrs, B>;

impl<B: Buffer> LinkDpllPinAttrsBuilder<'_, B> {
    /// Writes `DPLL_A_PIN_ID`.
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DPLL_A_PIN_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `linkinfo-netkit-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkinfoNetkitAttrsBuilder<'w, B> = Builder<'w, sets::LinkinfoNetkitAttrs, B>;

impl<B: Buffer> LinkinfoNetkitAttrsBuilder<'_, B> {
    /// Writes `IFLA_NETKIT_PEER_INFO`.
    pub fn peer_info(
        &mut self,
        header: &Ifinfomsg,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkAttrsBuilder<'y, B>,
        ) -> Result<&'x mut LinkAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        put_nest_with_header(self.w, IFLA_NETKIT_PEER_INFO, header, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `IFLA_NETKIT_PRIMARY`.
    pub fn primary(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_NETKIT_PRIMARY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_NETKIT_POLICY`.
    pub fn policy(&mut self, v: NetkitPolicy) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_NETKIT_POLICY, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_NETKIT_PEER_POLICY`.
    pub fn peer_policy(&mut self, v: NetkitPolicy) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_NETKIT_PEER_POLICY, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_NETKIT_MODE`.
    pub fn mode(&mut self, v: NetkitMode) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_NETKIT_MODE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_NETKIT_SCRUB`.
    pub fn scrub(&mut self, v: NetkitScrub) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_NETKIT_SCRUB, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_NETKIT_PEER_SCRUB`.
    pub fn peer_scrub(&mut self, v: NetkitScrub) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_NETKIT_PEER_SCRUB, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_NETKIT_HEADROOM`.
    pub fn headroom(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_NETKIT_HEADROOM, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_NETKIT_TAILROOM`.
    pub fn tailroom(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_NETKIT_TAILROOM, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_NETKIT_PAIRING`.
    pub fn pairing(&mut self, v: NetkitPairing) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_NETKIT_PAIRING, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `linkinfo-ovpn-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkinfoOvpnAttrsBuilder<'w, B> = Builder<'w, sets::LinkinfoOvpnAttrs, B>;

impl<B: Buffer> LinkinfoOvpnAttrsBuilder<'_, B> {
    /// Writes `IFLA_OVPN_MODE`.
    pub fn mode(&mut self, v: OvpnMode) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_OVPN_MODE, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `linkinfo-veth-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkinfoVethAttrsBuilder<'w, B> = Builder<'w, sets::LinkinfoVethAttrs, B>;

impl<B: Buffer> LinkinfoVethAttrsBuilder<'_, B> {
    /// Writes `VETH_INFO_PEER`.
    pub fn peer(
        &mut self,
        header: &Ifinfomsg,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkAttrsBuilder<'y, B>,
        ) -> Result<&'x mut LinkAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        put_nest_with_header(self.w, VETH_INFO_PEER, header, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `linkinfo-vxcan-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkinfoVxcanAttrsBuilder<'w, B> = Builder<'w, sets::LinkinfoVxcanAttrs, B>;

impl<B: Buffer> LinkinfoVxcanAttrsBuilder<'_, B> {
    /// Writes `VXCAN_INFO_PEER`.
    pub fn peer(
        &mut self,
        header: &Ifinfomsg,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkAttrsBuilder<'y, B>,
        ) -> Result<&'x mut LinkAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        put_nest_with_header(self.w, VXCAN_INFO_PEER, header, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `linkinfo-vxlan-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkinfoVxlanAttrsBuilder<'w, B> = Builder<'w, sets::LinkinfoVxlanAttrs, B>;

impl<B: Buffer> LinkinfoVxlanAttrsBuilder<'_, B> {
    /// Writes `IFLA_VXLAN_ID`.
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VXLAN_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_GROUP`.
    pub fn group(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VXLAN_GROUP, &v.octets())?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_LINK`.
    pub fn link(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VXLAN_LINK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_LOCAL`.
    pub fn local(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VXLAN_LOCAL, &v.octets())?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_TTL`.
    pub fn ttl(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VXLAN_TTL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_TOS`.
    pub fn tos(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VXLAN_TOS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_LEARNING`.
    pub fn learning(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VXLAN_LEARNING, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_AGEING`.
    pub fn ageing(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VXLAN_AGEING, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_LIMIT`.
    pub fn limit(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VXLAN_LIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_PORT_RANGE`.
    pub fn port_range(&mut self, v: &IflaVxlanPortRange) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(IFLA_VXLAN_PORT_RANGE, IflaVxlanPortRange::LEN, |b| {
                v.write_to(b)
            })?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_PROXY`.
    pub fn proxy(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VXLAN_PROXY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_RSC`.
    pub fn rsc(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VXLAN_RSC, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_L2MISS`.
    pub fn l2miss(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VXLAN_L2MISS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_L3MISS`.
    pub fn l3miss(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VXLAN_L3MISS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_PORT`.
    pub fn port(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VXLAN_PORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_GROUP6`.
    pub fn group6(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VXLAN_GROUP6, &v.octets())?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_LOCAL6`.
    pub fn local6(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VXLAN_LOCAL6, &v.octets())?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_UDP_CSUM`.
    pub fn udp_csum(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VXLAN_UDP_CSUM, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_UDP_ZERO_CSUM6_TX`.
    pub fn udp_zero_csum6_tx(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_VXLAN_UDP_ZERO_CSUM6_TX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_UDP_ZERO_CSUM6_RX`.
    pub fn udp_zero_csum6_rx(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_VXLAN_UDP_ZERO_CSUM6_RX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_REMCSUM_TX`.
    pub fn remcsum_tx(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VXLAN_REMCSUM_TX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_REMCSUM_RX`.
    pub fn remcsum_rx(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VXLAN_REMCSUM_RX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_GBP`.
    pub fn gbp(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(IFLA_VXLAN_GBP)?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_REMCSUM_NOPARTIAL`.
    pub fn remcsum_nopartial(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(IFLA_VXLAN_REMCSUM_NOPARTIAL)?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_COLLECT_METADATA`.
    pub fn collect_metadata(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_VXLAN_COLLECT_METADATA, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_LABEL`.
    pub fn label(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VXLAN_LABEL, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_GPE`.
    pub fn gpe(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(IFLA_VXLAN_GPE)?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_TTL_INHERIT`.
    pub fn ttl_inherit(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(IFLA_VXLAN_TTL_INHERIT)?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_DF`.
    pub fn df(&mut self, v: VxlanDf) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_VXLAN_DF, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_VNIFILTER`.
    pub fn vnifilter(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VXLAN_VNIFILTER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_LOCALBYPASS`.
    pub fn localbypass(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_VXLAN_LOCALBYPASS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_LABEL_POLICY`.
    pub fn label_policy(&mut self, v: VxlanLabelPolicy) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_VXLAN_LABEL_POLICY, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_RESERVED_BITS`.
    pub fn reserved_bits(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VXLAN_RESERVED_BITS, v)?;
        Ok(self)
    }

    /// Writes `IFLA_VXLAN_MC_ROUTE`.
    pub fn mc_route(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_VXLAN_MC_ROUTE, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `linkinfo-macvlan-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkinfoMacvlanAttrsBuilder<'w, B> = Builder<'w, sets::LinkinfoMacvlanAttrs, B>;

impl<B: Buffer> LinkinfoMacvlanAttrsBuilder<'_, B> {
    /// Writes `IFLA_MACVLAN_MODE`.
    pub fn mode(&mut self, v: MacvlanMode) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_MACVLAN_MODE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_MACVLAN_FLAGS`.
    pub fn flags(&mut self, v: MacvlanFlags) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_MACVLAN_FLAGS, &(v.bits() as u16).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_MACVLAN_MACADDR_MODE`.
    pub fn macaddr_mode(&mut self, v: MacvlanMacaddrMode) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_MACVLAN_MACADDR_MODE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_MACVLAN_MACADDR`.
    pub fn macaddr(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_MACVLAN_MACADDR, v)?;
        Ok(self)
    }

    /// Writes `IFLA_MACVLAN_MACADDR_DATA`.
    pub fn macaddr_data(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LinkinfoMacvlanAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut LinkinfoMacvlanAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(IFLA_MACVLAN_MACADDR_DATA, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `IFLA_MACVLAN_MACADDR_COUNT`.
    pub fn macaddr_count(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_MACVLAN_MACADDR_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_MACVLAN_BC_QUEUE_LEN`.
    pub fn bc_queue_len(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_MACVLAN_BC_QUEUE_LEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_MACVLAN_BC_QUEUE_LEN_USED`.
    pub fn bc_queue_len_used(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_MACVLAN_BC_QUEUE_LEN_USED, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_MACVLAN_BC_CUTOFF`.
    pub fn bc_cutoff(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_MACVLAN_BC_CUTOFF, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `linkinfo-ipvlan-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkinfoIpvlanAttrsBuilder<'w, B> = Builder<'w, sets::LinkinfoIpvlanAttrs, B>;

impl<B: Buffer> LinkinfoIpvlanAttrsBuilder<'_, B> {
    /// Writes `IFLA_IPVLAN_MODE`.
    pub fn mode(&mut self, v: IpvlanMode) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_IPVLAN_MODE, &(v.value() as u16).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_IPVLAN_FLAGS`.
    pub fn flags(&mut self, v: IpvlanFlags) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_IPVLAN_FLAGS, &(v.bits() as u16).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `linkinfo-xfrm-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkinfoXfrmAttrsBuilder<'w, B> = Builder<'w, sets::LinkinfoXfrmAttrs, B>;

impl<B: Buffer> LinkinfoXfrmAttrsBuilder<'_, B> {
    /// Writes `IFLA_XFRM_LINK`.
    pub fn link(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_XFRM_LINK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_XFRM_IF_ID`.
    pub fn if_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_XFRM_IF_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_XFRM_COLLECT_METADATA`.
    pub fn collect_metadata(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(IFLA_XFRM_COLLECT_METADATA)?;
        Ok(self)
    }
}

/// Writes `linkinfo-bareudp-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkinfoBareudpAttrsBuilder<'w, B> = Builder<'w, sets::LinkinfoBareudpAttrs, B>;

impl<B: Buffer> LinkinfoBareudpAttrsBuilder<'_, B> {
    /// Writes `IFLA_BAREUDP_PORT`.
    pub fn port(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_BAREUDP_PORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BAREUDP_ETHERTYPE`.
    pub fn ethertype(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BAREUDP_ETHERTYPE, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BAREUDP_SRCPORT_MIN`.
    pub fn srcport_min(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_BAREUDP_SRCPORT_MIN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_BAREUDP_MULTIPROTO_MODE`.
    pub fn multiproto_mode(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(IFLA_BAREUDP_MULTIPROTO_MODE)?;
        Ok(self)
    }
}

/// Writes `linkinfo-ipoib-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkinfoIpoibAttrsBuilder<'w, B> = Builder<'w, sets::LinkinfoIpoibAttrs, B>;

impl<B: Buffer> LinkinfoIpoibAttrsBuilder<'_, B> {
    /// Writes `IFLA_IPOIB_PKEY`.
    pub fn pkey(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_IPOIB_PKEY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_IPOIB_MODE`.
    pub fn mode(&mut self, v: IpoibMode) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_IPOIB_MODE, &(v.value() as u16).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_IPOIB_UMCAST`.
    pub fn umcast(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_IPOIB_UMCAST, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `linkinfo-macsec-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LinkinfoMacsecAttrsBuilder<'w, B> = Builder<'w, sets::LinkinfoMacsecAttrs, B>;

impl<B: Buffer> LinkinfoMacsecAttrsBuilder<'_, B> {
    /// Writes `IFLA_MACSEC_SCI`.
    pub fn sci(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_MACSEC_SCI, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_MACSEC_PORT`.
    pub fn port(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_MACSEC_PORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_MACSEC_ICV_LEN`.
    pub fn icv_len(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_MACSEC_ICV_LEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_MACSEC_CIPHER_SUITE`.
    pub fn cipher_suite(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_MACSEC_CIPHER_SUITE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_MACSEC_WINDOW`.
    pub fn window(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_MACSEC_WINDOW, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_MACSEC_ENCODING_SA`.
    pub fn encoding_sa(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_MACSEC_ENCODING_SA, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_MACSEC_ENCRYPT`.
    pub fn encrypt(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_MACSEC_ENCRYPT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_MACSEC_PROTECT`.
    pub fn protect(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_MACSEC_PROTECT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_MACSEC_INC_SCI`.
    pub fn inc_sci(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_MACSEC_INC_SCI, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_MACSEC_ES`.
    pub fn es(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_MACSEC_ES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_MACSEC_SCB`.
    pub fn scb(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(IFLA_MACSEC_SCB, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_MACSEC_REPLAY_PROTECT`.
    pub fn replay_protect(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_MACSEC_REPLAY_PROTECT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_MACSEC_VALIDATION`.
    pub fn validation(&mut self, v: MacsecValidation) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_MACSEC_VALIDATION, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `IFLA_MACSEC_OFFLOAD`.
    pub fn offload(&mut self, v: MacsecOffload) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(IFLA_MACSEC_OFFLOAD, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }
}
