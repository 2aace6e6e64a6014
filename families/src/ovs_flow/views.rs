//! Typed views of `ovs_flow`: one per attribute set, parsed in one pass into a table, with
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

/// What [`FlowAttrs`] checks of each attribute, from the descriptors.
static FLOW_ATTRS_CHECKS: [Check; 12] = Check::table(&tables::FLOW_ATTRS);

/// The `flow-attrs` attributes of `ovs_flow`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FlowAttrs<'a>(Table<'a, 12>);

impl<'a> AttrView<'a> for FlowAttrs<'a> {
    const SET: &'static AttrSet = &tables::FLOW_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &FLOW_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&FLOW_ATTRS_CHECKS, attrs)
    }
}

impl<'a> FlowAttrs<'a> {
    /// Indexes and checks a block of `flow-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 12> {
        &self.0
    }

    /// `OVS_FLOW_ATTR_KEY`: Nested attributes specifying the flow key. Always present in
    /// notifications. Required for all requests (except dumps).
    #[inline]
    pub fn key(&self) -> Result<Option<KeyAttrs<'a>>, Error> {
        self.0.nest(OVS_FLOW_ATTR_KEY)
    }

    /// `OVS_FLOW_ATTR_ACTIONS`: Nested attributes specifying the actions to take for packets that
    /// match the key. Always present in notifications. Required for
    /// OVS_FLOW_CMD_NEW requests, optional for OVS_FLOW_CMD_SET requests.  An
    /// OVS_FLOW_CMD_SET without OVS_FLOW_ATTR_ACTIONS will not modify the
    /// actions.  To clear the actions, an OVS_FLOW_ATTR_ACTIONS without any
    /// nested attributes must be given.
    #[inline]
    pub fn actions(&self) -> Result<Option<ActionAttrs<'a>>, Error> {
        self.0.nest(OVS_FLOW_ATTR_ACTIONS)
    }

    /// `OVS_FLOW_ATTR_STATS`: Statistics for this flow. Present in notifications if the stats would
    /// be nonzero. Ignored in requests.
    #[inline]
    pub fn stats(&self) -> Option<OvsFlowStats> {
        self.0.fixed(OVS_FLOW_ATTR_STATS, OvsFlowStats::from_bytes)
    }

    /// `OVS_FLOW_ATTR_TCP_FLAGS`: An 8-bit value giving the ORed value of all of the TCP flags seen on
    /// packets in this flow. Only present in notifications for TCP flows, and
    /// only if it would be nonzero. Ignored in requests.
    #[inline]
    pub fn tcp_flags(&self) -> Option<u8> {
        self.0.u8(OVS_FLOW_ATTR_TCP_FLAGS)
    }

    /// `OVS_FLOW_ATTR_USED`: A 64-bit integer giving the time, in milliseconds on the system
    /// monotonic clock, at which a packet was last processed for this
    /// flow. Only present in notifications if a packet has been processed for
    /// this flow. Ignored in requests.
    #[inline]
    pub fn used(&self) -> Option<u64> {
        self.0.u64(OVS_FLOW_ATTR_USED)
    }

    /// `OVS_FLOW_ATTR_CLEAR`: If present in a OVS_FLOW_CMD_SET request, clears the last-used time,
    /// accumulated TCP flags, and statistics for this flow.  Otherwise
    /// ignored in requests. Never present in notifications.
    #[inline]
    pub fn clear(&self) -> bool {
        self.0.flag(OVS_FLOW_ATTR_CLEAR)
    }

    /// `OVS_FLOW_ATTR_MASK`: Nested attributes specifying the mask bits for wildcarded flow
    /// match. Mask bit value '1' specifies exact match with corresponding
    /// flow key bit, while mask bit value '0' specifies a wildcarded
    /// match. Omitting attribute is treated as wildcarding all corresponding
    /// fields. Optional for all requests. If not present, all flow key bits
    /// are exact match bits.
    #[inline]
    pub fn mask(&self) -> Result<Option<KeyAttrs<'a>>, Error> {
        self.0.nest(OVS_FLOW_ATTR_MASK)
    }

    /// `OVS_FLOW_ATTR_PROBE`: Flow operation is a feature probe, error logging should be suppressed.
    #[inline]
    pub fn probe(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_FLOW_ATTR_PROBE)
    }

    /// `OVS_FLOW_ATTR_UFID`: A value between 1-16 octets specifying a unique identifier for the
    /// flow. Causes the flow to be indexed by this value rather than the
    /// value of the OVS_FLOW_ATTR_KEY attribute. Optional for all
    /// requests. Present in notifications if the flow was created with this
    /// attribute.
    #[inline]
    pub fn ufid(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_FLOW_ATTR_UFID)
    }

    /// `OVS_FLOW_ATTR_UFID_FLAGS`: A 32-bit value of ORed flags that provide alternative semantics for
    /// flow installation and retrieval. Optional for all requests.
    #[inline]
    pub fn ufid_flags(&self) -> Option<OvsUfidFlags> {
        self.0.u32(OVS_FLOW_ATTR_UFID_FLAGS).map(OvsUfidFlags)
    }

    /// `OVS_FLOW_ATTR_PAD`
    #[inline]
    pub fn pad(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_FLOW_ATTR_PAD)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVS_FLOW_ATTR_KEY => {
                    nest_like(w, &a, |w| KeyAttrs::parse(a.nested())?.write_to(w))?
                }
                OVS_FLOW_ATTR_ACTIONS => {
                    nest_like(w, &a, |w| ActionAttrs::parse(a.nested())?.write_to(w))?
                }
                OVS_FLOW_ATTR_STATS if a.raw_kind() == OVS_FLOW_ATTR_STATS => {
                    if a.value().len() == OvsFlowStats::LEN {
                        FlowAttrsBuilder::new(w).stats(&OvsFlowStats::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_FLOW_ATTR_TCP_FLAGS if a.raw_kind() == OVS_FLOW_ATTR_TCP_FLAGS => {
                    FlowAttrsBuilder::new(w).tcp_flags(value::u8(&a))?;
                }
                OVS_FLOW_ATTR_USED if a.raw_kind() == OVS_FLOW_ATTR_USED => {
                    FlowAttrsBuilder::new(w).used(value::u64(&a))?;
                }
                OVS_FLOW_ATTR_CLEAR if a.raw_kind() == OVS_FLOW_ATTR_CLEAR => {
                    if a.value().is_empty() {
                        FlowAttrsBuilder::new(w).clear()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_FLOW_ATTR_MASK => {
                    nest_like(w, &a, |w| KeyAttrs::parse(a.nested())?.write_to(w))?
                }
                OVS_FLOW_ATTR_PROBE if a.raw_kind() == OVS_FLOW_ATTR_PROBE => {
                    FlowAttrsBuilder::new(w).probe(a.value())?;
                }
                OVS_FLOW_ATTR_UFID if a.raw_kind() == OVS_FLOW_ATTR_UFID => {
                    FlowAttrsBuilder::new(w).ufid(a.value())?;
                }
                OVS_FLOW_ATTR_UFID_FLAGS if a.raw_kind() == OVS_FLOW_ATTR_UFID_FLAGS => {
                    FlowAttrsBuilder::new(w).ufid_flags(OvsUfidFlags(value::u32(&a)))?;
                }
                OVS_FLOW_ATTR_PAD if a.raw_kind() == OVS_FLOW_ATTR_PAD => {
                    FlowAttrsBuilder::new(w).pad(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`KeyAttrs`] checks of each attribute, from the descriptors.
static KEY_ATTRS_CHECKS: [Check; 33] = Check::table(&tables::KEY_ATTRS);

/// The `key-attrs` attributes of `ovs_flow`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct KeyAttrs<'a>(Table<'a, 33>);

impl<'a> AttrView<'a> for KeyAttrs<'a> {
    const SET: &'static AttrSet = &tables::KEY_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &KEY_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&KEY_ATTRS_CHECKS, attrs)
    }
}

impl<'a> KeyAttrs<'a> {
    /// Indexes and checks a block of `key-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 33> {
        &self.0
    }

    /// `OVS_KEY_ATTR_ENCAP`
    #[inline]
    pub fn encap(&self) -> Result<Option<KeyAttrs<'a>>, Error> {
        self.0.nest(OVS_KEY_ATTR_ENCAP)
    }

    /// `OVS_KEY_ATTR_PRIORITY`
    #[inline]
    pub fn priority(&self) -> Option<u32> {
        self.0.u32(OVS_KEY_ATTR_PRIORITY)
    }

    /// `OVS_KEY_ATTR_IN_PORT`
    #[inline]
    pub fn in_port(&self) -> Option<u32> {
        self.0.u32(OVS_KEY_ATTR_IN_PORT)
    }

    /// `OVS_KEY_ATTR_ETHERNET`: struct ovs_key_ethernet
    #[inline]
    pub fn ethernet(&self) -> Option<OvsKeyEthernet> {
        self.0
            .fixed(OVS_KEY_ATTR_ETHERNET, OvsKeyEthernet::from_bytes)
    }

    /// `OVS_KEY_ATTR_VLAN`
    #[inline]
    pub fn vlan(&self) -> Option<u16> {
        self.0.u16_be(OVS_KEY_ATTR_VLAN)
    }

    /// `OVS_KEY_ATTR_ETHERTYPE`
    #[inline]
    pub fn ethertype(&self) -> Option<u16> {
        self.0.u16_be(OVS_KEY_ATTR_ETHERTYPE)
    }

    /// `OVS_KEY_ATTR_IPV4`
    #[inline]
    pub fn ipv4(&self) -> Option<OvsKeyIpv4> {
        self.0.fixed(OVS_KEY_ATTR_IPV4, OvsKeyIpv4::from_bytes)
    }

    /// `OVS_KEY_ATTR_IPV6`: struct ovs_key_ipv6
    #[inline]
    pub fn ipv6(&self) -> Option<OvsKeyIpv6> {
        self.0.fixed(OVS_KEY_ATTR_IPV6, OvsKeyIpv6::from_bytes)
    }

    /// `OVS_KEY_ATTR_TCP`
    #[inline]
    pub fn tcp(&self) -> Option<OvsKeyTcp> {
        self.0.fixed(OVS_KEY_ATTR_TCP, OvsKeyTcp::from_bytes)
    }

    /// `OVS_KEY_ATTR_UDP`
    #[inline]
    pub fn udp(&self) -> Option<OvsKeyUdp> {
        self.0.fixed(OVS_KEY_ATTR_UDP, OvsKeyUdp::from_bytes)
    }

    /// `OVS_KEY_ATTR_ICMP`
    #[inline]
    pub fn icmp(&self) -> Option<OvsKeyIcmp> {
        self.0.fixed(OVS_KEY_ATTR_ICMP, OvsKeyIcmp::from_bytes)
    }

    /// `OVS_KEY_ATTR_ICMPV6`
    #[inline]
    pub fn icmpv6(&self) -> Option<OvsKeyIcmp> {
        self.0.fixed(OVS_KEY_ATTR_ICMPV6, OvsKeyIcmp::from_bytes)
    }

    /// `OVS_KEY_ATTR_ARP`: struct ovs_key_arp
    #[inline]
    pub fn arp(&self) -> Option<OvsKeyArp> {
        self.0.fixed(OVS_KEY_ATTR_ARP, OvsKeyArp::from_bytes)
    }

    /// `OVS_KEY_ATTR_ND`: struct ovs_key_nd
    #[inline]
    pub fn nd(&self) -> Option<OvsKeyNd> {
        self.0.fixed(OVS_KEY_ATTR_ND, OvsKeyNd::from_bytes)
    }

    /// `OVS_KEY_ATTR_SKB_MARK`
    #[inline]
    pub fn skb_mark(&self) -> Option<u32> {
        self.0.u32(OVS_KEY_ATTR_SKB_MARK)
    }

    /// `OVS_KEY_ATTR_TUNNEL`
    #[inline]
    pub fn tunnel(&self) -> Result<Option<TunnelKeyAttrs<'a>>, Error> {
        self.0.nest(OVS_KEY_ATTR_TUNNEL)
    }

    /// `OVS_KEY_ATTR_SCTP`
    #[inline]
    pub fn sctp(&self) -> Option<OvsKeySctp> {
        self.0.fixed(OVS_KEY_ATTR_SCTP, OvsKeySctp::from_bytes)
    }

    /// `OVS_KEY_ATTR_TCP_FLAGS`
    #[inline]
    pub fn tcp_flags(&self) -> Option<u16> {
        self.0.u16_be(OVS_KEY_ATTR_TCP_FLAGS)
    }

    /// `OVS_KEY_ATTR_DP_HASH`: Value 0 indicates the hash is not computed by the datapath.
    #[inline]
    pub fn dp_hash(&self) -> Option<u32> {
        self.0.u32(OVS_KEY_ATTR_DP_HASH)
    }

    /// `OVS_KEY_ATTR_RECIRC_ID`
    #[inline]
    pub fn recirc_id(&self) -> Option<u32> {
        self.0.u32(OVS_KEY_ATTR_RECIRC_ID)
    }

    /// `OVS_KEY_ATTR_MPLS`
    #[inline]
    pub fn mpls(&self) -> Option<OvsKeyMpls> {
        self.0.fixed(OVS_KEY_ATTR_MPLS, OvsKeyMpls::from_bytes)
    }

    /// `OVS_KEY_ATTR_CT_STATE`
    #[inline]
    pub fn ct_state(&self) -> Option<CtStateFlags> {
        self.0.u32(OVS_KEY_ATTR_CT_STATE).map(CtStateFlags)
    }

    /// `OVS_KEY_ATTR_CT_ZONE`: connection tracking zone
    #[inline]
    pub fn ct_zone(&self) -> Option<u16> {
        self.0.u16(OVS_KEY_ATTR_CT_ZONE)
    }

    /// `OVS_KEY_ATTR_CT_MARK`: connection tracking mark
    #[inline]
    pub fn ct_mark(&self) -> Option<u32> {
        self.0.u32(OVS_KEY_ATTR_CT_MARK)
    }

    /// `OVS_KEY_ATTR_CT_LABELS`: 16-octet connection tracking label
    #[inline]
    pub fn ct_labels(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_KEY_ATTR_CT_LABELS)
    }

    /// `OVS_KEY_ATTR_CT_ORIG_TUPLE_IPV4`
    #[inline]
    pub fn ct_orig_tuple_ipv4(&self) -> Option<OvsKeyCtTupleIpv4> {
        self.0.fixed(
            OVS_KEY_ATTR_CT_ORIG_TUPLE_IPV4,
            OvsKeyCtTupleIpv4::from_bytes,
        )
    }

    /// `OVS_KEY_ATTR_CT_ORIG_TUPLE_IPV6`: struct ovs_key_ct_tuple_ipv6
    #[inline]
    pub fn ct_orig_tuple_ipv6(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_KEY_ATTR_CT_ORIG_TUPLE_IPV6)
    }

    /// `OVS_KEY_ATTR_NSH`
    #[inline]
    pub fn nsh(&self) -> Result<Option<OvsNshKeyAttrs<'a>>, Error> {
        self.0.nest(OVS_KEY_ATTR_NSH)
    }

    /// `OVS_KEY_ATTR_PACKET_TYPE`: Should not be sent to the kernel
    #[inline]
    pub fn packet_type(&self) -> Option<u32> {
        self.0.u32_be(OVS_KEY_ATTR_PACKET_TYPE)
    }

    /// `OVS_KEY_ATTR_ND_EXTENSIONS`: Should not be sent to the kernel
    #[inline]
    pub fn nd_extensions(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_KEY_ATTR_ND_EXTENSIONS)
    }

    /// `OVS_KEY_ATTR_TUNNEL_INFO`: struct ip_tunnel_info
    #[inline]
    pub fn tunnel_info(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_KEY_ATTR_TUNNEL_INFO)
    }

    /// `OVS_KEY_ATTR_IPV6_EXTHDRS`: struct ovs_key_ipv6_exthdr
    #[inline]
    pub fn ipv6_exthdrs(&self) -> Option<OvsKeyIpv6Exthdrs> {
        self.0
            .fixed(OVS_KEY_ATTR_IPV6_EXTHDRS, OvsKeyIpv6Exthdrs::from_bytes)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVS_KEY_ATTR_ENCAP => {
                    nest_like(w, &a, |w| KeyAttrs::parse(a.nested())?.write_to(w))?
                }
                OVS_KEY_ATTR_PRIORITY if a.raw_kind() == OVS_KEY_ATTR_PRIORITY => {
                    KeyAttrsBuilder::new(w).priority(value::u32(&a))?;
                }
                OVS_KEY_ATTR_IN_PORT if a.raw_kind() == OVS_KEY_ATTR_IN_PORT => {
                    KeyAttrsBuilder::new(w).in_port(value::u32(&a))?;
                }
                OVS_KEY_ATTR_ETHERNET if a.raw_kind() == OVS_KEY_ATTR_ETHERNET => {
                    if a.value().len() == OvsKeyEthernet::LEN {
                        KeyAttrsBuilder::new(w).ethernet(&OvsKeyEthernet::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_KEY_ATTR_VLAN if a.raw_kind() == OVS_KEY_ATTR_VLAN => {
                    KeyAttrsBuilder::new(w).vlan(value::u16_be(&a))?;
                }
                OVS_KEY_ATTR_ETHERTYPE if a.raw_kind() == OVS_KEY_ATTR_ETHERTYPE => {
                    KeyAttrsBuilder::new(w).ethertype(value::u16_be(&a))?;
                }
                OVS_KEY_ATTR_IPV4 if a.raw_kind() == OVS_KEY_ATTR_IPV4 => {
                    if a.value().len() == OvsKeyIpv4::LEN {
                        KeyAttrsBuilder::new(w).ipv4(&OvsKeyIpv4::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_KEY_ATTR_IPV6 if a.raw_kind() == OVS_KEY_ATTR_IPV6 => {
                    if a.value().len() == OvsKeyIpv6::LEN {
                        KeyAttrsBuilder::new(w).ipv6(&OvsKeyIpv6::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_KEY_ATTR_TCP if a.raw_kind() == OVS_KEY_ATTR_TCP => {
                    if a.value().len() == OvsKeyTcp::LEN {
                        KeyAttrsBuilder::new(w).tcp(&OvsKeyTcp::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_KEY_ATTR_UDP if a.raw_kind() == OVS_KEY_ATTR_UDP => {
                    if a.value().len() == OvsKeyUdp::LEN {
                        KeyAttrsBuilder::new(w).udp(&OvsKeyUdp::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_KEY_ATTR_ICMP if a.raw_kind() == OVS_KEY_ATTR_ICMP => {
                    if a.value().len() == OvsKeyIcmp::LEN {
                        KeyAttrsBuilder::new(w).icmp(&OvsKeyIcmp::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_KEY_ATTR_ICMPV6 if a.raw_kind() == OVS_KEY_ATTR_ICMPV6 => {
                    if a.value().len() == OvsKeyIcmp::LEN {
                        KeyAttrsBuilder::new(w).icmpv6(&OvsKeyIcmp::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_KEY_ATTR_ARP if a.raw_kind() == OVS_KEY_ATTR_ARP => {
                    if a.value().len() == OvsKeyArp::LEN {
                        KeyAttrsBuilder::new(w).arp(&OvsKeyArp::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_KEY_ATTR_ND if a.raw_kind() == OVS_KEY_ATTR_ND => {
                    if a.value().len() == OvsKeyNd::LEN {
                        KeyAttrsBuilder::new(w).nd(&OvsKeyNd::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_KEY_ATTR_SKB_MARK if a.raw_kind() == OVS_KEY_ATTR_SKB_MARK => {
                    KeyAttrsBuilder::new(w).skb_mark(value::u32(&a))?;
                }
                OVS_KEY_ATTR_TUNNEL => {
                    nest_like(w, &a, |w| TunnelKeyAttrs::parse(a.nested())?.write_to(w))?
                }
                OVS_KEY_ATTR_SCTP if a.raw_kind() == OVS_KEY_ATTR_SCTP => {
                    if a.value().len() == OvsKeySctp::LEN {
                        KeyAttrsBuilder::new(w).sctp(&OvsKeySctp::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_KEY_ATTR_TCP_FLAGS if a.raw_kind() == OVS_KEY_ATTR_TCP_FLAGS => {
                    KeyAttrsBuilder::new(w).tcp_flags(value::u16_be(&a))?;
                }
                OVS_KEY_ATTR_DP_HASH if a.raw_kind() == OVS_KEY_ATTR_DP_HASH => {
                    KeyAttrsBuilder::new(w).dp_hash(value::u32(&a))?;
                }
                OVS_KEY_ATTR_RECIRC_ID if a.raw_kind() == OVS_KEY_ATTR_RECIRC_ID => {
                    KeyAttrsBuilder::new(w).recirc_id(value::u32(&a))?;
                }
                OVS_KEY_ATTR_MPLS if a.raw_kind() == OVS_KEY_ATTR_MPLS => {
                    if a.value().len() == OvsKeyMpls::LEN {
                        KeyAttrsBuilder::new(w).mpls(&OvsKeyMpls::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_KEY_ATTR_CT_STATE if a.raw_kind() == OVS_KEY_ATTR_CT_STATE => {
                    KeyAttrsBuilder::new(w).ct_state(CtStateFlags(value::u32(&a)))?;
                }
                OVS_KEY_ATTR_CT_ZONE if a.raw_kind() == OVS_KEY_ATTR_CT_ZONE => {
                    KeyAttrsBuilder::new(w).ct_zone(value::u16(&a))?;
                }
                OVS_KEY_ATTR_CT_MARK if a.raw_kind() == OVS_KEY_ATTR_CT_MARK => {
                    KeyAttrsBuilder::new(w).ct_mark(value::u32(&a))?;
                }
                OVS_KEY_ATTR_CT_LABELS if a.raw_kind() == OVS_KEY_ATTR_CT_LABELS => {
                    KeyAttrsBuilder::new(w).ct_labels(a.value())?;
                }
                OVS_KEY_ATTR_CT_ORIG_TUPLE_IPV4
                    if a.raw_kind() == OVS_KEY_ATTR_CT_ORIG_TUPLE_IPV4 =>
                {
                    if a.value().len() == OvsKeyCtTupleIpv4::LEN {
                        KeyAttrsBuilder::new(w)
                            .ct_orig_tuple_ipv4(&OvsKeyCtTupleIpv4::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_KEY_ATTR_CT_ORIG_TUPLE_IPV6
                    if a.raw_kind() == OVS_KEY_ATTR_CT_ORIG_TUPLE_IPV6 =>
                {
                    KeyAttrsBuilder::new(w).ct_orig_tuple_ipv6(a.value())?;
                }
                OVS_KEY_ATTR_NSH => {
                    nest_like(w, &a, |w| OvsNshKeyAttrs::parse(a.nested())?.write_to(w))?
                }
                OVS_KEY_ATTR_PACKET_TYPE if a.raw_kind() == OVS_KEY_ATTR_PACKET_TYPE => {
                    KeyAttrsBuilder::new(w).packet_type(value::u32_be(&a))?;
                }
                OVS_KEY_ATTR_ND_EXTENSIONS if a.raw_kind() == OVS_KEY_ATTR_ND_EXTENSIONS => {
                    KeyAttrsBuilder::new(w).nd_extensions(a.value())?;
                }
                OVS_KEY_ATTR_TUNNEL_INFO if a.raw_kind() == OVS_KEY_ATTR_TUNNEL_INFO => {
                    KeyAttrsBuilder::new(w).tunnel_info(a.value())?;
                }
                OVS_KEY_ATTR_IPV6_EXTHDRS if a.raw_kind() == OVS_KEY_ATTR_IPV6_EXTHDRS => {
                    if a.value().len() == OvsKeyIpv6Exthdrs::LEN {
                        KeyAttrsBuilder::new(w)
                            .ipv6_exthdrs(&OvsKeyIpv6Exthdrs::from_bytes(a.value()))?;
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

/// What [`ActionAttrs`] checks of each attribute, from the descriptors.
static ACTION_ATTRS_CHECKS: [Check; 25] = Check::table(&tables::ACTION_ATTRS);

/// The `action-attrs` attributes of `ovs_flow`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ActionAttrs<'a>(Table<'a, 25>);

impl<'a> AttrView<'a> for ActionAttrs<'a> {
    const SET: &'static AttrSet = &tables::ACTION_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ACTION_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ACTION_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ActionAttrs<'a> {
    /// Indexes and checks a block of `action-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 25> {
        &self.0
    }

    /// `OVS_ACTION_ATTR_OUTPUT`: ovs port number in datapath
    #[inline]
    pub fn output(&self) -> Option<u32> {
        self.0.u32(OVS_ACTION_ATTR_OUTPUT)
    }

    /// `OVS_ACTION_ATTR_USERSPACE`
    #[inline]
    pub fn userspace(&self) -> Result<Option<UserspaceAttrs<'a>>, Error> {
        self.0.nest(OVS_ACTION_ATTR_USERSPACE)
    }

    /// `OVS_ACTION_ATTR_SET`: Replaces the contents of an existing header. The single nested
    /// attribute specifies a header to modify and its value.
    #[inline]
    pub fn set(&self) -> Result<Option<KeyAttrs<'a>>, Error> {
        self.0.nest(OVS_ACTION_ATTR_SET)
    }

    /// `OVS_ACTION_ATTR_PUSH_VLAN`: Push a new outermost 802.1Q or 802.1ad header onto the packet.
    #[inline]
    pub fn push_vlan(&self) -> Option<OvsActionPushVlan> {
        self.0
            .fixed(OVS_ACTION_ATTR_PUSH_VLAN, OvsActionPushVlan::from_bytes)
    }

    /// `OVS_ACTION_ATTR_POP_VLAN`: Pop the outermost 802.1Q or 802.1ad header from the packet.
    #[inline]
    pub fn pop_vlan(&self) -> bool {
        self.0.flag(OVS_ACTION_ATTR_POP_VLAN)
    }

    /// `OVS_ACTION_ATTR_SAMPLE`: Probabilistically executes actions, as specified in the nested
    /// attributes.
    #[inline]
    pub fn sample(&self) -> Result<Option<SampleAttrs<'a>>, Error> {
        self.0.nest(OVS_ACTION_ATTR_SAMPLE)
    }

    /// `OVS_ACTION_ATTR_RECIRC`: recirc id
    #[inline]
    pub fn recirc(&self) -> Option<u32> {
        self.0.u32(OVS_ACTION_ATTR_RECIRC)
    }

    /// `OVS_ACTION_ATTR_HASH`
    #[inline]
    pub fn hash(&self) -> Option<OvsActionHash> {
        self.0
            .fixed(OVS_ACTION_ATTR_HASH, OvsActionHash::from_bytes)
    }

    /// `OVS_ACTION_ATTR_PUSH_MPLS`: Push a new MPLS label stack entry onto the top of the packets MPLS
    /// label stack. Set the ethertype of the encapsulating frame to either
    /// ETH_P_MPLS_UC or ETH_P_MPLS_MC to indicate the new packet contents.
    #[inline]
    pub fn push_mpls(&self) -> Option<OvsActionPushMpls> {
        self.0
            .fixed(OVS_ACTION_ATTR_PUSH_MPLS, OvsActionPushMpls::from_bytes)
    }

    /// `OVS_ACTION_ATTR_POP_MPLS`: ethertype
    #[inline]
    pub fn pop_mpls(&self) -> Option<u16> {
        self.0.u16_be(OVS_ACTION_ATTR_POP_MPLS)
    }

    /// `OVS_ACTION_ATTR_SET_MASKED`: Replaces the contents of an existing header. A nested attribute
    /// specifies a header to modify, its value, and a mask. For every bit set
    /// in the mask, the corresponding bit value is copied from the value to
    /// the packet header field, rest of the bits are left unchanged. The
    /// non-masked value bits must be passed in as zeroes. Masking is not
    /// supported for the OVS_KEY_ATTR_TUNNEL attribute.
    #[inline]
    pub fn set_masked(&self) -> Result<Option<KeyAttrs<'a>>, Error> {
        self.0.nest(OVS_ACTION_ATTR_SET_MASKED)
    }

    /// `OVS_ACTION_ATTR_CT`: Track the connection. Populate the conntrack-related entries
    /// in the flow key.
    #[inline]
    pub fn ct(&self) -> Result<Option<CtAttrs<'a>>, Error> {
        self.0.nest(OVS_ACTION_ATTR_CT)
    }

    /// `OVS_ACTION_ATTR_TRUNC`: struct ovs_action_trunc is a u32 max length
    #[inline]
    pub fn trunc(&self) -> Option<u32> {
        self.0.u32(OVS_ACTION_ATTR_TRUNC)
    }

    /// `OVS_ACTION_ATTR_PUSH_ETH`: struct ovs_action_push_eth
    #[inline]
    pub fn push_eth(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_ACTION_ATTR_PUSH_ETH)
    }

    /// `OVS_ACTION_ATTR_POP_ETH`
    #[inline]
    pub fn pop_eth(&self) -> bool {
        self.0.flag(OVS_ACTION_ATTR_POP_ETH)
    }

    /// `OVS_ACTION_ATTR_CT_CLEAR`
    #[inline]
    pub fn ct_clear(&self) -> bool {
        self.0.flag(OVS_ACTION_ATTR_CT_CLEAR)
    }

    /// `OVS_ACTION_ATTR_PUSH_NSH`: Push NSH header to the packet.
    #[inline]
    pub fn push_nsh(&self) -> Result<Option<OvsNshKeyAttrs<'a>>, Error> {
        self.0.nest(OVS_ACTION_ATTR_PUSH_NSH)
    }

    /// `OVS_ACTION_ATTR_POP_NSH`: Pop the outermost NSH header off the packet.
    #[inline]
    pub fn pop_nsh(&self) -> bool {
        self.0.flag(OVS_ACTION_ATTR_POP_NSH)
    }

    /// `OVS_ACTION_ATTR_METER`: Run packet through a meter, which may drop the packet, or modify the
    /// packet (e.g., change the DSCP field)
    #[inline]
    pub fn meter(&self) -> Option<u32> {
        self.0.u32(OVS_ACTION_ATTR_METER)
    }

    /// `OVS_ACTION_ATTR_CLONE`: Make a copy of the packet and execute a list of actions without
    /// affecting the original packet and key.
    #[inline]
    pub fn clone_attr(&self) -> Result<Option<ActionAttrs<'a>>, Error> {
        self.0.nest(OVS_ACTION_ATTR_CLONE)
    }

    /// `OVS_ACTION_ATTR_CHECK_PKT_LEN`: Check the packet length and execute a set of actions if greater than
    /// the specified packet length, else execute another set of actions.
    #[inline]
    pub fn check_pkt_len(&self) -> Result<Option<CheckPktLenAttrs<'a>>, Error> {
        self.0.nest(OVS_ACTION_ATTR_CHECK_PKT_LEN)
    }

    /// `OVS_ACTION_ATTR_ADD_MPLS`: Push a new MPLS label stack entry at the start of the packet or at the
    /// start of the l3 header depending on the value of l3 tunnel flag in the
    /// tun_flags field of this OVS_ACTION_ATTR_ADD_MPLS argument.
    #[inline]
    pub fn add_mpls(&self) -> Option<OvsActionAddMpls> {
        self.0
            .fixed(OVS_ACTION_ATTR_ADD_MPLS, OvsActionAddMpls::from_bytes)
    }

    /// `OVS_ACTION_ATTR_DEC_TTL`
    #[inline]
    pub fn dec_ttl(&self) -> Result<Option<DecTtlAttrs<'a>>, Error> {
        self.0.nest(OVS_ACTION_ATTR_DEC_TTL)
    }

    /// `OVS_ACTION_ATTR_PSAMPLE`: Sends a packet sample to psample for external observation.
    #[inline]
    pub fn psample(&self) -> Result<Option<PsampleAttrs<'a>>, Error> {
        self.0.nest(OVS_ACTION_ATTR_PSAMPLE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVS_ACTION_ATTR_OUTPUT if a.raw_kind() == OVS_ACTION_ATTR_OUTPUT => {
                    ActionAttrsBuilder::new(w).output(value::u32(&a))?;
                }
                OVS_ACTION_ATTR_USERSPACE => {
                    nest_like(w, &a, |w| UserspaceAttrs::parse(a.nested())?.write_to(w))?
                }
                OVS_ACTION_ATTR_SET => {
                    nest_like(w, &a, |w| KeyAttrs::parse(a.nested())?.write_to(w))?
                }
                OVS_ACTION_ATTR_PUSH_VLAN if a.raw_kind() == OVS_ACTION_ATTR_PUSH_VLAN => {
                    if a.value().len() == OvsActionPushVlan::LEN {
                        ActionAttrsBuilder::new(w)
                            .push_vlan(&OvsActionPushVlan::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_ACTION_ATTR_POP_VLAN if a.raw_kind() == OVS_ACTION_ATTR_POP_VLAN => {
                    if a.value().is_empty() {
                        ActionAttrsBuilder::new(w).pop_vlan()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_ACTION_ATTR_SAMPLE => {
                    nest_like(w, &a, |w| SampleAttrs::parse(a.nested())?.write_to(w))?
                }
                OVS_ACTION_ATTR_RECIRC if a.raw_kind() == OVS_ACTION_ATTR_RECIRC => {
                    ActionAttrsBuilder::new(w).recirc(value::u32(&a))?;
                }
                OVS_ACTION_ATTR_HASH if a.raw_kind() == OVS_ACTION_ATTR_HASH => {
                    if a.value().len() == OvsActionHash::LEN {
                        ActionAttrsBuilder::new(w).hash(&OvsActionHash::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_ACTION_ATTR_PUSH_MPLS if a.raw_kind() == OVS_ACTION_ATTR_PUSH_MPLS => {
                    if a.value().len() == OvsActionPushMpls::LEN {
                        ActionAttrsBuilder::new(w)
                            .push_mpls(&OvsActionPushMpls::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_ACTION_ATTR_POP_MPLS if a.raw_kind() == OVS_ACTION_ATTR_POP_MPLS => {
                    ActionAttrsBuilder::new(w).pop_mpls(value::u16_be(&a))?;
                }
                OVS_ACTION_ATTR_SET_MASKED => {
                    nest_like(w, &a, |w| KeyAttrs::parse(a.nested())?.write_to(w))?
                }
                OVS_ACTION_ATTR_CT => {
                    nest_like(w, &a, |w| CtAttrs::parse(a.nested())?.write_to(w))?
                }
                OVS_ACTION_ATTR_TRUNC if a.raw_kind() == OVS_ACTION_ATTR_TRUNC => {
                    ActionAttrsBuilder::new(w).trunc(value::u32(&a))?;
                }
                OVS_ACTION_ATTR_PUSH_ETH if a.raw_kind() == OVS_ACTION_ATTR_PUSH_ETH => {
                    ActionAttrsBuilder::new(w).push_eth(a.value())?;
                }
                OVS_ACTION_ATTR_POP_ETH if a.raw_kind() == OVS_ACTION_ATTR_POP_ETH => {
                    if a.value().is_empty() {
                        ActionAttrsBuilder::new(w).pop_eth()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_ACTION_ATTR_CT_CLEAR if a.raw_kind() == OVS_ACTION_ATTR_CT_CLEAR => {
                    if a.value().is_empty() {
                        ActionAttrsBuilder::new(w).ct_clear()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_ACTION_ATTR_PUSH_NSH => {
                    nest_like(w, &a, |w| OvsNshKeyAttrs::parse(a.nested())?.write_to(w))?
                }
                OVS_ACTION_ATTR_POP_NSH if a.raw_kind() == OVS_ACTION_ATTR_POP_NSH => {
                    if a.value().is_empty() {
                        ActionAttrsBuilder::new(w).pop_nsh()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_ACTION_ATTR_METER if a.raw_kind() == OVS_ACTION_ATTR_METER => {
                    ActionAttrsBuilder::new(w).meter(value::u32(&a))?;
                }
                OVS_ACTION_ATTR_CLONE => {
                    nest_like(w, &a, |w| ActionAttrs::parse(a.nested())?.write_to(w))?
                }
                OVS_ACTION_ATTR_CHECK_PKT_LEN => {
                    nest_like(w, &a, |w| CheckPktLenAttrs::parse(a.nested())?.write_to(w))?
                }
                OVS_ACTION_ATTR_ADD_MPLS if a.raw_kind() == OVS_ACTION_ATTR_ADD_MPLS => {
                    if a.value().len() == OvsActionAddMpls::LEN {
                        ActionAttrsBuilder::new(w)
                            .add_mpls(&OvsActionAddMpls::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_ACTION_ATTR_DEC_TTL => {
                    nest_like(w, &a, |w| DecTtlAttrs::parse(a.nested())?.write_to(w))?
                }
                OVS_ACTION_ATTR_PSAMPLE => {
                    nest_like(w, &a, |w| PsampleAttrs::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`TunnelKeyAttrs`] checks of each attribute, from the descriptors.
static TUNNEL_KEY_ATTRS_CHECKS: [Check; 17] = Check::table(&tables::TUNNEL_KEY_ATTRS);

/// The `tunnel-key-attrs` attributes of `ovs_flow`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TunnelKeyAttrs<'a>(Table<'a, 17>);

impl<'a> AttrView<'a> for TunnelKeyAttrs<'a> {
    const SET: &'static AttrSet = &tables::TUNNEL_KEY_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &TUNNEL_KEY_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&TUNNEL_KEY_ATTRS_CHECKS, attrs)
    }
}

impl<'a> TunnelKeyAttrs<'a> {
    /// Indexes and checks a block of `tunnel-key-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 17> {
        &self.0
    }

    /// `OVS_TUNNEL_KEY_ATTR_ID`
    #[inline]
    pub fn id(&self) -> Option<u64> {
        self.0.u64_be(OVS_TUNNEL_KEY_ATTR_ID)
    }

    /// `OVS_TUNNEL_KEY_ATTR_IPV4_SRC`
    #[inline]
    pub fn ipv4_src(&self) -> Option<u32> {
        self.0.u32_be(OVS_TUNNEL_KEY_ATTR_IPV4_SRC)
    }

    /// `OVS_TUNNEL_KEY_ATTR_IPV4_DST`
    #[inline]
    pub fn ipv4_dst(&self) -> Option<u32> {
        self.0.u32_be(OVS_TUNNEL_KEY_ATTR_IPV4_DST)
    }

    /// `OVS_TUNNEL_KEY_ATTR_TOS`
    #[inline]
    pub fn tos(&self) -> Option<u8> {
        self.0.u8(OVS_TUNNEL_KEY_ATTR_TOS)
    }

    /// `OVS_TUNNEL_KEY_ATTR_TTL`
    #[inline]
    pub fn ttl(&self) -> Option<u8> {
        self.0.u8(OVS_TUNNEL_KEY_ATTR_TTL)
    }

    /// `OVS_TUNNEL_KEY_ATTR_DONT_FRAGMENT`
    #[inline]
    pub fn dont_fragment(&self) -> bool {
        self.0.flag(OVS_TUNNEL_KEY_ATTR_DONT_FRAGMENT)
    }

    /// `OVS_TUNNEL_KEY_ATTR_CSUM`
    #[inline]
    pub fn csum(&self) -> bool {
        self.0.flag(OVS_TUNNEL_KEY_ATTR_CSUM)
    }

    /// `OVS_TUNNEL_KEY_ATTR_OAM`
    #[inline]
    pub fn oam(&self) -> bool {
        self.0.flag(OVS_TUNNEL_KEY_ATTR_OAM)
    }

    /// `OVS_TUNNEL_KEY_ATTR_GENEVE_OPTS`
    #[inline]
    pub fn geneve_opts(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_TUNNEL_KEY_ATTR_GENEVE_OPTS)
    }

    /// `OVS_TUNNEL_KEY_ATTR_TP_SRC`
    #[inline]
    pub fn tp_src(&self) -> Option<u16> {
        self.0.u16_be(OVS_TUNNEL_KEY_ATTR_TP_SRC)
    }

    /// `OVS_TUNNEL_KEY_ATTR_TP_DST`
    #[inline]
    pub fn tp_dst(&self) -> Option<u16> {
        self.0.u16_be(OVS_TUNNEL_KEY_ATTR_TP_DST)
    }

    /// `OVS_TUNNEL_KEY_ATTR_VXLAN_OPTS`
    #[inline]
    pub fn vxlan_opts(&self) -> Result<Option<VxlanExtAttrs<'a>>, Error> {
        self.0.nest(OVS_TUNNEL_KEY_ATTR_VXLAN_OPTS)
    }

    /// `OVS_TUNNEL_KEY_ATTR_IPV6_SRC`: struct in6_addr source IPv6 address
    #[inline]
    pub fn ipv6_src(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_TUNNEL_KEY_ATTR_IPV6_SRC)
    }

    /// `OVS_TUNNEL_KEY_ATTR_IPV6_DST`: struct in6_addr destination IPv6 address
    #[inline]
    pub fn ipv6_dst(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_TUNNEL_KEY_ATTR_IPV6_DST)
    }

    /// `OVS_TUNNEL_KEY_ATTR_PAD`
    #[inline]
    pub fn pad(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_TUNNEL_KEY_ATTR_PAD)
    }

    /// `OVS_TUNNEL_KEY_ATTR_ERSPAN_OPTS`: struct erspan_metadata
    #[inline]
    pub fn erspan_opts(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_TUNNEL_KEY_ATTR_ERSPAN_OPTS)
    }

    /// `OVS_TUNNEL_KEY_ATTR_IPV4_INFO_BRIDGE`
    #[inline]
    pub fn ipv4_info_bridge(&self) -> bool {
        self.0.flag(OVS_TUNNEL_KEY_ATTR_IPV4_INFO_BRIDGE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVS_TUNNEL_KEY_ATTR_ID if a.raw_kind() == OVS_TUNNEL_KEY_ATTR_ID => {
                    TunnelKeyAttrsBuilder::new(w).id(value::u64_be(&a))?;
                }
                OVS_TUNNEL_KEY_ATTR_IPV4_SRC if a.raw_kind() == OVS_TUNNEL_KEY_ATTR_IPV4_SRC => {
                    TunnelKeyAttrsBuilder::new(w).ipv4_src(value::u32_be(&a))?;
                }
                OVS_TUNNEL_KEY_ATTR_IPV4_DST if a.raw_kind() == OVS_TUNNEL_KEY_ATTR_IPV4_DST => {
                    TunnelKeyAttrsBuilder::new(w).ipv4_dst(value::u32_be(&a))?;
                }
                OVS_TUNNEL_KEY_ATTR_TOS if a.raw_kind() == OVS_TUNNEL_KEY_ATTR_TOS => {
                    TunnelKeyAttrsBuilder::new(w).tos(value::u8(&a))?;
                }
                OVS_TUNNEL_KEY_ATTR_TTL if a.raw_kind() == OVS_TUNNEL_KEY_ATTR_TTL => {
                    TunnelKeyAttrsBuilder::new(w).ttl(value::u8(&a))?;
                }
                OVS_TUNNEL_KEY_ATTR_DONT_FRAGMENT
                    if a.raw_kind() == OVS_TUNNEL_KEY_ATTR_DONT_FRAGMENT =>
                {
                    if a.value().is_empty() {
                        TunnelKeyAttrsBuilder::new(w).dont_fragment()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_TUNNEL_KEY_ATTR_CSUM if a.raw_kind() == OVS_TUNNEL_KEY_ATTR_CSUM => {
                    if a.value().is_empty() {
                        TunnelKeyAttrsBuilder::new(w).csum()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_TUNNEL_KEY_ATTR_OAM if a.raw_kind() == OVS_TUNNEL_KEY_ATTR_OAM => {
                    if a.value().is_empty() {
                        TunnelKeyAttrsBuilder::new(w).oam()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_TUNNEL_KEY_ATTR_GENEVE_OPTS
                    if a.raw_kind() == OVS_TUNNEL_KEY_ATTR_GENEVE_OPTS =>
                {
                    TunnelKeyAttrsBuilder::new(w).geneve_opts(a.value())?;
                }
                OVS_TUNNEL_KEY_ATTR_TP_SRC if a.raw_kind() == OVS_TUNNEL_KEY_ATTR_TP_SRC => {
                    TunnelKeyAttrsBuilder::new(w).tp_src(value::u16_be(&a))?;
                }
                OVS_TUNNEL_KEY_ATTR_TP_DST if a.raw_kind() == OVS_TUNNEL_KEY_ATTR_TP_DST => {
                    TunnelKeyAttrsBuilder::new(w).tp_dst(value::u16_be(&a))?;
                }
                OVS_TUNNEL_KEY_ATTR_VXLAN_OPTS => {
                    nest_like(w, &a, |w| VxlanExtAttrs::parse(a.nested())?.write_to(w))?
                }
                OVS_TUNNEL_KEY_ATTR_IPV6_SRC if a.raw_kind() == OVS_TUNNEL_KEY_ATTR_IPV6_SRC => {
                    TunnelKeyAttrsBuilder::new(w).ipv6_src(a.value())?;
                }
                OVS_TUNNEL_KEY_ATTR_IPV6_DST if a.raw_kind() == OVS_TUNNEL_KEY_ATTR_IPV6_DST => {
                    TunnelKeyAttrsBuilder::new(w).ipv6_dst(a.value())?;
                }
                OVS_TUNNEL_KEY_ATTR_PAD if a.raw_kind() == OVS_TUNNEL_KEY_ATTR_PAD => {
                    TunnelKeyAttrsBuilder::new(w).pad(a.value())?;
                }
                OVS_TUNNEL_KEY_ATTR_ERSPAN_OPTS
                    if a.raw_kind() == OVS_TUNNEL_KEY_ATTR_ERSPAN_OPTS =>
                {
                    TunnelKeyAttrsBuilder::new(w).erspan_opts(a.value())?;
                }
                OVS_TUNNEL_KEY_ATTR_IPV4_INFO_BRIDGE
                    if a.raw_kind() == OVS_TUNNEL_KEY_ATTR_IPV4_INFO_BRIDGE =>
                {
                    if a.value().is_empty() {
                        TunnelKeyAttrsBuilder::new(w).ipv4_info_bridge()?;
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

/// What [`CheckPktLenAttrs`] checks of each attribute, from the descriptors.
static CHECK_PKT_LEN_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::CHECK_PKT_LEN_ATTRS);

/// The `check-pkt-len-attrs` attributes of `ovs_flow`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CheckPktLenAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for CheckPktLenAttrs<'a> {
    const SET: &'static AttrSet = &tables::CHECK_PKT_LEN_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &CHECK_PKT_LEN_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&CHECK_PKT_LEN_ATTRS_CHECKS, attrs)
    }
}

impl<'a> CheckPktLenAttrs<'a> {
    /// Indexes and checks a block of `check-pkt-len-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `OVS_CHECK_PKT_LEN_ATTR_PKT_LEN`
    #[inline]
    pub fn pkt_len(&self) -> Option<u16> {
        self.0.u16(OVS_CHECK_PKT_LEN_ATTR_PKT_LEN)
    }

    /// `OVS_CHECK_PKT_LEN_ATTR_ACTIONS_IF_GREATER`
    #[inline]
    pub fn actions_if_greater(&self) -> Result<Option<ActionAttrs<'a>>, Error> {
        self.0.nest(OVS_CHECK_PKT_LEN_ATTR_ACTIONS_IF_GREATER)
    }

    /// `OVS_CHECK_PKT_LEN_ATTR_ACTIONS_IF_LESS_EQUAL`
    #[inline]
    pub fn actions_if_less_equal(&self) -> Result<Option<ActionAttrs<'a>>, Error> {
        self.0.nest(OVS_CHECK_PKT_LEN_ATTR_ACTIONS_IF_LESS_EQUAL)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVS_CHECK_PKT_LEN_ATTR_PKT_LEN
                    if a.raw_kind() == OVS_CHECK_PKT_LEN_ATTR_PKT_LEN =>
                {
                    CheckPktLenAttrsBuilder::new(w).pkt_len(value::u16(&a))?;
                }
                OVS_CHECK_PKT_LEN_ATTR_ACTIONS_IF_GREATER => {
                    nest_like(w, &a, |w| ActionAttrs::parse(a.nested())?.write_to(w))?
                }
                OVS_CHECK_PKT_LEN_ATTR_ACTIONS_IF_LESS_EQUAL => {
                    nest_like(w, &a, |w| ActionAttrs::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`SampleAttrs`] checks of each attribute, from the descriptors.
static SAMPLE_ATTRS_CHECKS: [Check; 3] = Check::table(&tables::SAMPLE_ATTRS);

/// The `sample-attrs` attributes of `ovs_flow`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SampleAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for SampleAttrs<'a> {
    const SET: &'static AttrSet = &tables::SAMPLE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &SAMPLE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&SAMPLE_ATTRS_CHECKS, attrs)
    }
}

impl<'a> SampleAttrs<'a> {
    /// Indexes and checks a block of `sample-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `OVS_SAMPLE_ATTR_PROBABILITY`
    #[inline]
    pub fn probability(&self) -> Option<u32> {
        self.0.u32(OVS_SAMPLE_ATTR_PROBABILITY)
    }

    /// `OVS_SAMPLE_ATTR_ACTIONS`
    #[inline]
    pub fn actions(&self) -> Result<Option<ActionAttrs<'a>>, Error> {
        self.0.nest(OVS_SAMPLE_ATTR_ACTIONS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVS_SAMPLE_ATTR_PROBABILITY if a.raw_kind() == OVS_SAMPLE_ATTR_PROBABILITY => {
                    SampleAttrsBuilder::new(w).probability(value::u32(&a))?;
                }
                OVS_SAMPLE_ATTR_ACTIONS => {
                    nest_like(w, &a, |w| ActionAttrs::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`UserspaceAttrs`] checks of each attribute, from the descriptors.
static USERSPACE_ATTRS_CHECKS: [Check; 5] = Check::table(&tables::USERSPACE_ATTRS);

/// The `userspace-attrs` attributes of `ovs_flow`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct UserspaceAttrs<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for UserspaceAttrs<'a> {
    const SET: &'static AttrSet = &tables::USERSPACE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &USERSPACE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&USERSPACE_ATTRS_CHECKS, attrs)
    }
}

impl<'a> UserspaceAttrs<'a> {
    /// Indexes and checks a block of `userspace-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `OVS_USERSPACE_ATTR_PID`
    #[inline]
    pub fn pid(&self) -> Option<u32> {
        self.0.u32(OVS_USERSPACE_ATTR_PID)
    }

    /// `OVS_USERSPACE_ATTR_USERDATA`
    #[inline]
    pub fn userdata(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_USERSPACE_ATTR_USERDATA)
    }

    /// `OVS_USERSPACE_ATTR_EGRESS_TUN_PORT`
    #[inline]
    pub fn egress_tun_port(&self) -> Option<u32> {
        self.0.u32(OVS_USERSPACE_ATTR_EGRESS_TUN_PORT)
    }

    /// `OVS_USERSPACE_ATTR_ACTIONS`
    #[inline]
    pub fn actions(&self) -> bool {
        self.0.flag(OVS_USERSPACE_ATTR_ACTIONS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVS_USERSPACE_ATTR_PID if a.raw_kind() == OVS_USERSPACE_ATTR_PID => {
                    UserspaceAttrsBuilder::new(w).pid(value::u32(&a))?;
                }
                OVS_USERSPACE_ATTR_USERDATA if a.raw_kind() == OVS_USERSPACE_ATTR_USERDATA => {
                    UserspaceAttrsBuilder::new(w).userdata(a.value())?;
                }
                OVS_USERSPACE_ATTR_EGRESS_TUN_PORT
                    if a.raw_kind() == OVS_USERSPACE_ATTR_EGRESS_TUN_PORT =>
                {
                    UserspaceAttrsBuilder::new(w).egress_tun_port(value::u32(&a))?;
                }
                OVS_USERSPACE_ATTR_ACTIONS if a.raw_kind() == OVS_USERSPACE_ATTR_ACTIONS => {
                    if a.value().is_empty() {
                        UserspaceAttrsBuilder::new(w).actions()?;
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

/// What [`OvsNshKeyAttrs`] checks of each attribute, from the descriptors.
static OVS_NSH_KEY_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::OVS_NSH_KEY_ATTRS);

/// The `ovs-nsh-key-attrs` attributes of `ovs_flow`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct OvsNshKeyAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for OvsNshKeyAttrs<'a> {
    const SET: &'static AttrSet = &tables::OVS_NSH_KEY_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &OVS_NSH_KEY_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&OVS_NSH_KEY_ATTRS_CHECKS, attrs)
    }
}

impl<'a> OvsNshKeyAttrs<'a> {
    /// Indexes and checks a block of `ovs-nsh-key-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `OVS_NSH_KEY_ATTR_BASE`
    #[inline]
    pub fn base(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_NSH_KEY_ATTR_BASE)
    }

    /// `OVS_NSH_KEY_ATTR_MD1`
    #[inline]
    pub fn md1(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_NSH_KEY_ATTR_MD1)
    }

    /// `OVS_NSH_KEY_ATTR_MD2`
    #[inline]
    pub fn md2(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_NSH_KEY_ATTR_MD2)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVS_NSH_KEY_ATTR_BASE if a.raw_kind() == OVS_NSH_KEY_ATTR_BASE => {
                    OvsNshKeyAttrsBuilder::new(w).base(a.value())?;
                }
                OVS_NSH_KEY_ATTR_MD1 if a.raw_kind() == OVS_NSH_KEY_ATTR_MD1 => {
                    OvsNshKeyAttrsBuilder::new(w).md1(a.value())?;
                }
                OVS_NSH_KEY_ATTR_MD2 if a.raw_kind() == OVS_NSH_KEY_ATTR_MD2 => {
                    OvsNshKeyAttrsBuilder::new(w).md2(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`CtAttrs`] checks of each attribute, from the descriptors.
static CT_ATTRS_CHECKS: [Check; 10] = Check::table(&tables::CT_ATTRS);

/// The `ct-attrs` attributes of `ovs_flow`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CtAttrs<'a>(Table<'a, 10>);

impl<'a> AttrView<'a> for CtAttrs<'a> {
    const SET: &'static AttrSet = &tables::CT_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &CT_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&CT_ATTRS_CHECKS, attrs)
    }
}

impl<'a> CtAttrs<'a> {
    /// Indexes and checks a block of `ct-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 10> {
        &self.0
    }

    /// `OVS_CT_ATTR_COMMIT`
    #[inline]
    pub fn commit(&self) -> bool {
        self.0.flag(OVS_CT_ATTR_COMMIT)
    }

    /// `OVS_CT_ATTR_ZONE`
    #[inline]
    pub fn zone(&self) -> Option<u16> {
        self.0.u16(OVS_CT_ATTR_ZONE)
    }

    /// `OVS_CT_ATTR_MARK`
    #[inline]
    pub fn mark(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_CT_ATTR_MARK)
    }

    /// `OVS_CT_ATTR_LABELS`
    #[inline]
    pub fn labels(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_CT_ATTR_LABELS)
    }

    /// `OVS_CT_ATTR_HELPER`
    #[inline]
    pub fn helper(&self) -> Option<&'a str> {
        self.0.str(OVS_CT_ATTR_HELPER)
    }

    /// `OVS_CT_ATTR_NAT`
    #[inline]
    pub fn nat(&self) -> Result<Option<NatAttrs<'a>>, Error> {
        self.0.nest(OVS_CT_ATTR_NAT)
    }

    /// `OVS_CT_ATTR_FORCE_COMMIT`
    #[inline]
    pub fn force_commit(&self) -> bool {
        self.0.flag(OVS_CT_ATTR_FORCE_COMMIT)
    }

    /// `OVS_CT_ATTR_EVENTMASK`
    #[inline]
    pub fn eventmask(&self) -> Option<u32> {
        self.0.u32(OVS_CT_ATTR_EVENTMASK)
    }

    /// `OVS_CT_ATTR_TIMEOUT`
    #[inline]
    pub fn timeout(&self) -> Option<&'a str> {
        self.0.str(OVS_CT_ATTR_TIMEOUT)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVS_CT_ATTR_COMMIT if a.raw_kind() == OVS_CT_ATTR_COMMIT => {
                    if a.value().is_empty() {
                        CtAttrsBuilder::new(w).commit()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_CT_ATTR_ZONE if a.raw_kind() == OVS_CT_ATTR_ZONE => {
                    CtAttrsBuilder::new(w).zone(value::u16(&a))?;
                }
                OVS_CT_ATTR_MARK if a.raw_kind() == OVS_CT_ATTR_MARK => {
                    CtAttrsBuilder::new(w).mark(a.value())?;
                }
                OVS_CT_ATTR_LABELS if a.raw_kind() == OVS_CT_ATTR_LABELS => {
                    CtAttrsBuilder::new(w).labels(a.value())?;
                }
                OVS_CT_ATTR_HELPER if a.raw_kind() == OVS_CT_ATTR_HELPER => {
                    CtAttrsBuilder::new(w).helper(value::str(&a))?;
                }
                OVS_CT_ATTR_NAT => nest_like(w, &a, |w| NatAttrs::parse(a.nested())?.write_to(w))?,
                OVS_CT_ATTR_FORCE_COMMIT if a.raw_kind() == OVS_CT_ATTR_FORCE_COMMIT => {
                    if a.value().is_empty() {
                        CtAttrsBuilder::new(w).force_commit()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_CT_ATTR_EVENTMASK if a.raw_kind() == OVS_CT_ATTR_EVENTMASK => {
                    CtAttrsBuilder::new(w).eventmask(value::u32(&a))?;
                }
                OVS_CT_ATTR_TIMEOUT if a.raw_kind() == OVS_CT_ATTR_TIMEOUT => {
                    CtAttrsBuilder::new(w).timeout(value::str(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`NatAttrs`] checks of each attribute, from the descriptors.
static NAT_ATTRS_CHECKS: [Check; 10] = Check::table(&tables::NAT_ATTRS);

/// The `nat-attrs` attributes of `ovs_flow`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct NatAttrs<'a>(Table<'a, 10>);

impl<'a> AttrView<'a> for NatAttrs<'a> {
    const SET: &'static AttrSet = &tables::NAT_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &NAT_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&NAT_ATTRS_CHECKS, attrs)
    }
}

impl<'a> NatAttrs<'a> {
    /// Indexes and checks a block of `nat-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 10> {
        &self.0
    }

    /// `OVS_NAT_ATTR_SRC`
    #[inline]
    pub fn src(&self) -> bool {
        self.0.flag(OVS_NAT_ATTR_SRC)
    }

    /// `OVS_NAT_ATTR_DST`
    #[inline]
    pub fn dst(&self) -> bool {
        self.0.flag(OVS_NAT_ATTR_DST)
    }

    /// `OVS_NAT_ATTR_IP_MIN`
    #[inline]
    pub fn ip_min(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_NAT_ATTR_IP_MIN)
    }

    /// `OVS_NAT_ATTR_IP_MAX`
    #[inline]
    pub fn ip_max(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_NAT_ATTR_IP_MAX)
    }

    /// `OVS_NAT_ATTR_PROTO_MIN`
    #[inline]
    pub fn proto_min(&self) -> Option<u16> {
        self.0.u16(OVS_NAT_ATTR_PROTO_MIN)
    }

    /// `OVS_NAT_ATTR_PROTO_MAX`
    #[inline]
    pub fn proto_max(&self) -> Option<u16> {
        self.0.u16(OVS_NAT_ATTR_PROTO_MAX)
    }

    /// `OVS_NAT_ATTR_PERSISTENT`
    #[inline]
    pub fn persistent(&self) -> bool {
        self.0.flag(OVS_NAT_ATTR_PERSISTENT)
    }

    /// `OVS_NAT_ATTR_PROTO_HASH`
    #[inline]
    pub fn proto_hash(&self) -> bool {
        self.0.flag(OVS_NAT_ATTR_PROTO_HASH)
    }

    /// `OVS_NAT_ATTR_PROTO_RANDOM`
    #[inline]
    pub fn proto_random(&self) -> bool {
        self.0.flag(OVS_NAT_ATTR_PROTO_RANDOM)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVS_NAT_ATTR_SRC if a.raw_kind() == OVS_NAT_ATTR_SRC => {
                    if a.value().is_empty() {
                        NatAttrsBuilder::new(w).src()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_NAT_ATTR_DST if a.raw_kind() == OVS_NAT_ATTR_DST => {
                    if a.value().is_empty() {
                        NatAttrsBuilder::new(w).dst()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_NAT_ATTR_IP_MIN if a.raw_kind() == OVS_NAT_ATTR_IP_MIN => {
                    NatAttrsBuilder::new(w).ip_min(a.value())?;
                }
                OVS_NAT_ATTR_IP_MAX if a.raw_kind() == OVS_NAT_ATTR_IP_MAX => {
                    NatAttrsBuilder::new(w).ip_max(a.value())?;
                }
                OVS_NAT_ATTR_PROTO_MIN if a.raw_kind() == OVS_NAT_ATTR_PROTO_MIN => {
                    NatAttrsBuilder::new(w).proto_min(value::u16(&a))?;
                }
                OVS_NAT_ATTR_PROTO_MAX if a.raw_kind() == OVS_NAT_ATTR_PROTO_MAX => {
                    NatAttrsBuilder::new(w).proto_max(value::u16(&a))?;
                }
                OVS_NAT_ATTR_PERSISTENT if a.raw_kind() == OVS_NAT_ATTR_PERSISTENT => {
                    if a.value().is_empty() {
                        NatAttrsBuilder::new(w).persistent()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_NAT_ATTR_PROTO_HASH if a.raw_kind() == OVS_NAT_ATTR_PROTO_HASH => {
                    if a.value().is_empty() {
                        NatAttrsBuilder::new(w).proto_hash()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_NAT_ATTR_PROTO_RANDOM if a.raw_kind() == OVS_NAT_ATTR_PROTO_RANDOM => {
                    if a.value().is_empty() {
                        NatAttrsBuilder::new(w).proto_random()?;
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

/// What [`DecTtlAttrs`] checks of each attribute, from the descriptors.
static DEC_TTL_ATTRS_CHECKS: [Check; 2] = Check::table(&tables::DEC_TTL_ATTRS);

/// The `dec-ttl-attrs` attributes of `ovs_flow`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DecTtlAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for DecTtlAttrs<'a> {
    const SET: &'static AttrSet = &tables::DEC_TTL_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DEC_TTL_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DEC_TTL_ATTRS_CHECKS, attrs)
    }
}

impl<'a> DecTtlAttrs<'a> {
    /// Indexes and checks a block of `dec-ttl-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `OVS_DEC_TTL_ATTR_ACTION`
    #[inline]
    pub fn action(&self) -> Result<Option<ActionAttrs<'a>>, Error> {
        self.0.nest(OVS_DEC_TTL_ATTR_ACTION)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVS_DEC_TTL_ATTR_ACTION => {
                    nest_like(w, &a, |w| ActionAttrs::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`VxlanExtAttrs`] checks of each attribute, from the descriptors.
static VXLAN_EXT_ATTRS_CHECKS: [Check; 2] = Check::table(&tables::VXLAN_EXT_ATTRS);

/// The `vxlan-ext-attrs` attributes of `ovs_flow`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct VxlanExtAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for VxlanExtAttrs<'a> {
    const SET: &'static AttrSet = &tables::VXLAN_EXT_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &VXLAN_EXT_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&VXLAN_EXT_ATTRS_CHECKS, attrs)
    }
}

impl<'a> VxlanExtAttrs<'a> {
    /// Indexes and checks a block of `vxlan-ext-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `OVS_VXLAN_EXT_GBP`
    #[inline]
    pub fn gbp(&self) -> Option<u32> {
        self.0.u32(OVS_VXLAN_EXT_GBP)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVS_VXLAN_EXT_GBP if a.raw_kind() == OVS_VXLAN_EXT_GBP => {
                    VxlanExtAttrsBuilder::new(w).gbp(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`PsampleAttrs`] checks of each attribute, from the descriptors.
static PSAMPLE_ATTRS_CHECKS: [Check; 3] = Check::table(&tables::PSAMPLE_ATTRS);

/// The `psample-attrs` attributes of `ovs_flow`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct PsampleAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for PsampleAttrs<'a> {
    const SET: &'static AttrSet = &tables::PSAMPLE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PSAMPLE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PSAMPLE_ATTRS_CHECKS, attrs)
    }
}

impl<'a> PsampleAttrs<'a> {
    /// Indexes and checks a block of `psample-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `OVS_PSAMPLE_ATTR_GROUP`
    #[inline]
    pub fn group(&self) -> Option<u32> {
        self.0.u32(OVS_PSAMPLE_ATTR_GROUP)
    }

    /// `OVS_PSAMPLE_ATTR_COOKIE`
    #[inline]
    pub fn cookie(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_PSAMPLE_ATTR_COOKIE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVS_PSAMPLE_ATTR_GROUP if a.raw_kind() == OVS_PSAMPLE_ATTR_GROUP => {
                    PsampleAttrsBuilder::new(w).group(value::u32(&a))?;
                }
                OVS_PSAMPLE_ATTR_COOKIE if a.raw_kind() == OVS_PSAMPLE_ATTR_COOKIE => {
                    PsampleAttrsBuilder::new(w).cookie(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// Every attribute set of `ovs_flow` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 13] = [
    SetRoundtrip {
        set: &tables::FLOW_ATTRS,
        run: |attrs, w| FlowAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::KEY_ATTRS,
        run: |attrs, w| KeyAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ACTION_ATTRS,
        run: |attrs, w| ActionAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::TUNNEL_KEY_ATTRS,
        run: |attrs, w| TunnelKeyAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::CHECK_PKT_LEN_ATTRS,
        run: |attrs, w| CheckPktLenAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::SAMPLE_ATTRS,
        run: |attrs, w| SampleAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::USERSPACE_ATTRS,
        run: |attrs, w| UserspaceAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::OVS_NSH_KEY_ATTRS,
        run: |attrs, w| OvsNshKeyAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::CT_ATTRS,
        run: |attrs, w| CtAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::NAT_ATTRS,
        run: |attrs, w| NatAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DEC_TTL_ATTRS,
        run: |attrs, w| DecTtlAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::VXLAN_EXT_ATTRS,
        run: |attrs, w| VxlanExtAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::PSAMPLE_ATTRS,
        run: |attrs, w| PsampleAttrs::parse(attrs)?.write_to(w),
    },
];
