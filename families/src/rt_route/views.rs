//! Typed views of `rt-route`: one per attribute set, parsed in one pass into a table, with
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

/// What [`RouteAttrs`] checks of each attribute, from the descriptors.
static ROUTE_ATTRS_CHECKS: [Check; 33] = Check::table(&tables::ROUTE_ATTRS);

/// The `route-attrs` attributes of `rt-route`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct RouteAttrs<'a>(Table<'a, 33>);

impl<'a> AttrView<'a> for RouteAttrs<'a> {
    const SET: &'static AttrSet = &tables::ROUTE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ROUTE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ROUTE_ATTRS_CHECKS, attrs)
    }
}

impl<'a> RouteAttrs<'a> {
    /// Indexes and checks a block of `route-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 33> {
        &self.0
    }

    /// `RTA_DST`
    #[inline]
    pub fn dst(&self) -> Option<IpAddr> {
        self.0.ip(RTA_DST)
    }

    /// `RTA_SRC`
    #[inline]
    pub fn src(&self) -> Option<IpAddr> {
        self.0.ip(RTA_SRC)
    }

    /// `RTA_IIF`
    #[inline]
    pub fn iif(&self) -> Option<u32> {
        self.0.u32(RTA_IIF)
    }

    /// `RTA_OIF`
    #[inline]
    pub fn oif(&self) -> Option<u32> {
        self.0.u32(RTA_OIF)
    }

    /// `RTA_GATEWAY`
    #[inline]
    pub fn gateway(&self) -> Option<IpAddr> {
        self.0.ip(RTA_GATEWAY)
    }

    /// `RTA_PRIORITY`
    #[inline]
    pub fn priority(&self) -> Option<u32> {
        self.0.u32(RTA_PRIORITY)
    }

    /// `RTA_PREFSRC`
    #[inline]
    pub fn prefsrc(&self) -> Option<IpAddr> {
        self.0.ip(RTA_PREFSRC)
    }

    /// `RTA_METRICS`
    #[inline]
    pub fn metrics(&self) -> Result<Option<Metrics<'a>>, Error> {
        self.0.nest(RTA_METRICS)
    }

    /// `RTA_MULTIPATH`
    #[inline]
    pub fn multipath(&self) -> Option<Records<'a, Rtnexthop, RouteAttrs<'a>>> {
        self.0.records(RTA_MULTIPATH)
    }

    /// `RTA_PROTOINFO`
    #[inline]
    pub fn protoinfo(&self) -> Option<&'a [u8]> {
        self.0.bytes(RTA_PROTOINFO)
    }

    /// `RTA_FLOW`
    #[inline]
    pub fn flow(&self) -> Option<u32> {
        self.0.u32(RTA_FLOW)
    }

    /// `RTA_CACHEINFO`
    #[inline]
    pub fn cacheinfo(&self) -> Option<RtaCacheinfo> {
        self.0.fixed(RTA_CACHEINFO, RtaCacheinfo::from_bytes)
    }

    /// `RTA_SESSION`
    #[inline]
    pub fn session(&self) -> Option<&'a [u8]> {
        self.0.bytes(RTA_SESSION)
    }

    /// `RTA_MP_ALGO`
    #[inline]
    pub fn mp_algo(&self) -> Option<&'a [u8]> {
        self.0.bytes(RTA_MP_ALGO)
    }

    /// `RTA_TABLE`
    #[inline]
    pub fn table_attr(&self) -> Option<RtTable> {
        self.0.u32(RTA_TABLE).map(RtTable::from_value)
    }

    /// `RTA_MARK`
    #[inline]
    pub fn mark(&self) -> Option<u32> {
        self.0.u32(RTA_MARK)
    }

    /// `RTA_MFC_STATS`
    #[inline]
    pub fn mfc_stats(&self) -> Option<&'a [u8]> {
        self.0.bytes(RTA_MFC_STATS)
    }

    /// `RTA_VIA`
    #[inline]
    pub fn via(&self) -> Option<&'a [u8]> {
        self.0.bytes(RTA_VIA)
    }

    /// `RTA_NEWDST`
    #[inline]
    pub fn newdst(&self) -> Option<&'a [u8]> {
        self.0.bytes(RTA_NEWDST)
    }

    /// `RTA_PREF`
    #[inline]
    pub fn pref(&self) -> Option<RouterPref> {
        self.0
            .u8(RTA_PREF)
            .map(|v| RouterPref::from_value(v as u32))
    }

    /// `RTA_ENCAP_TYPE`
    #[inline]
    pub fn encap_type(&self) -> Option<LwtunnelEncapType> {
        self.0
            .u16(RTA_ENCAP_TYPE)
            .map(|v| LwtunnelEncapType::from_value(v as u32))
    }

    /// `RTA_ENCAP`
    #[inline]
    pub fn encap(&self) -> Result<Option<RouteEncapMsg<'a>>, Error> {
        RouteEncapMsg::parse(self.0.get(RTA_ENCAP), self.0.get(RTA_ENCAP_TYPE))
    }

    /// `RTA_EXPIRES`
    #[inline]
    pub fn expires(&self) -> Option<u32> {
        self.0.u32(RTA_EXPIRES)
    }

    /// `RTA_PAD`
    #[inline]
    pub fn pad(&self) -> Option<&'a [u8]> {
        self.0.bytes(RTA_PAD)
    }

    /// `RTA_UID`
    #[inline]
    pub fn uid(&self) -> Option<u32> {
        self.0.u32(RTA_UID)
    }

    /// `RTA_TTL_PROPAGATE`
    #[inline]
    pub fn ttl_propagate(&self) -> Option<u8> {
        self.0.u8(RTA_TTL_PROPAGATE)
    }

    /// `RTA_IP_PROTO`
    #[inline]
    pub fn ip_proto(&self) -> Option<u8> {
        self.0.u8(RTA_IP_PROTO)
    }

    /// `RTA_SPORT`
    #[inline]
    pub fn sport(&self) -> Option<u16> {
        self.0.u16(RTA_SPORT)
    }

    /// `RTA_DPORT`
    #[inline]
    pub fn dport(&self) -> Option<u16> {
        self.0.u16(RTA_DPORT)
    }

    /// `RTA_NH_ID`
    #[inline]
    pub fn nh_id(&self) -> Option<u32> {
        self.0.u32(RTA_NH_ID)
    }

    /// `RTA_FLOWLABEL`
    #[inline]
    pub fn flowlabel(&self) -> Option<u32> {
        self.0.u32_be(RTA_FLOWLABEL)
    }

    /// `RTA_DEL_REASON`: Emitted only on RTM_DELROUTE notifications, and only when the
    /// deletion path records a cause. An absent attribute means
    /// either an older kernel or a deletion path that does not
    /// record its cause, consumers must treat absent and unspec
    /// identically. Currently only IPv6 deletion paths record a
    /// cause. The attribute is notification-only, the kernel rejects
    /// it in requests.
    #[inline]
    pub fn del_reason(&self) -> Option<DelReason> {
        self.0.u32(RTA_DEL_REASON).map(DelReason::from_value)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                RTA_DST if a.raw_kind() == RTA_DST => match value::ip(&a) {
                    Some(ip) => {
                        RouteAttrsBuilder::new(w).dst(ip)?;
                    }
                    None => raw(w, &a)?,
                },
                RTA_SRC if a.raw_kind() == RTA_SRC => match value::ip(&a) {
                    Some(ip) => {
                        RouteAttrsBuilder::new(w).src(ip)?;
                    }
                    None => raw(w, &a)?,
                },
                RTA_IIF if a.raw_kind() == RTA_IIF => {
                    RouteAttrsBuilder::new(w).iif(value::u32(&a))?;
                }
                RTA_OIF if a.raw_kind() == RTA_OIF => {
                    RouteAttrsBuilder::new(w).oif(value::u32(&a))?;
                }
                RTA_GATEWAY if a.raw_kind() == RTA_GATEWAY => match value::ip(&a) {
                    Some(ip) => {
                        RouteAttrsBuilder::new(w).gateway(ip)?;
                    }
                    None => raw(w, &a)?,
                },
                RTA_PRIORITY if a.raw_kind() == RTA_PRIORITY => {
                    RouteAttrsBuilder::new(w).priority(value::u32(&a))?;
                }
                RTA_PREFSRC if a.raw_kind() == RTA_PREFSRC => match value::ip(&a) {
                    Some(ip) => {
                        RouteAttrsBuilder::new(w).prefsrc(ip)?;
                    }
                    None => raw(w, &a)?,
                },
                RTA_METRICS => nest_like(w, &a, |w| Metrics::parse(a.nested())?.write_to(w))?,
                RTA_MULTIPATH => nest_like(w, &a, |w| {
                    for r in Records::<Rtnexthop, RouteAttrs<'_>>::new(&a) {
                        let (h, v) = r?;
                        record_like(w, &h, |w| v.write_to(w))?;
                    }
                    Ok(())
                })?,
                RTA_PROTOINFO if a.raw_kind() == RTA_PROTOINFO => {
                    RouteAttrsBuilder::new(w).protoinfo(a.value())?;
                }
                RTA_FLOW if a.raw_kind() == RTA_FLOW => {
                    RouteAttrsBuilder::new(w).flow(value::u32(&a))?;
                }
                RTA_CACHEINFO if a.raw_kind() == RTA_CACHEINFO => {
                    if a.value().len() == RtaCacheinfo::LEN {
                        RouteAttrsBuilder::new(w)
                            .cacheinfo(&RtaCacheinfo::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                RTA_SESSION if a.raw_kind() == RTA_SESSION => {
                    RouteAttrsBuilder::new(w).session(a.value())?;
                }
                RTA_MP_ALGO if a.raw_kind() == RTA_MP_ALGO => {
                    RouteAttrsBuilder::new(w).mp_algo(a.value())?;
                }
                RTA_TABLE if a.raw_kind() == RTA_TABLE => {
                    RouteAttrsBuilder::new(w).table_attr(RtTable::from_value(value::u32(&a)))?;
                }
                RTA_MARK if a.raw_kind() == RTA_MARK => {
                    RouteAttrsBuilder::new(w).mark(value::u32(&a))?;
                }
                RTA_MFC_STATS if a.raw_kind() == RTA_MFC_STATS => {
                    RouteAttrsBuilder::new(w).mfc_stats(a.value())?;
                }
                RTA_VIA if a.raw_kind() == RTA_VIA => {
                    RouteAttrsBuilder::new(w).via(a.value())?;
                }
                RTA_NEWDST if a.raw_kind() == RTA_NEWDST => {
                    RouteAttrsBuilder::new(w).newdst(a.value())?;
                }
                RTA_PREF if a.raw_kind() == RTA_PREF => {
                    RouteAttrsBuilder::new(w).pref(RouterPref::from_value(value::u8(&a) as u32))?;
                }
                RTA_ENCAP_TYPE if a.raw_kind() == RTA_ENCAP_TYPE => {
                    RouteAttrsBuilder::new(w)
                        .encap_type(LwtunnelEncapType::from_value(value::u16(&a) as u32))?;
                }
                RTA_ENCAP => match RouteEncapMsg::parse(Some(a), self.0.get(RTA_ENCAP_TYPE))? {
                    Some(m) => m.write_to(w, &a)?,
                    None => raw(w, &a)?,
                },
                RTA_EXPIRES if a.raw_kind() == RTA_EXPIRES => {
                    RouteAttrsBuilder::new(w).expires(value::u32(&a))?;
                }
                RTA_PAD if a.raw_kind() == RTA_PAD => {
                    RouteAttrsBuilder::new(w).pad(a.value())?;
                }
                RTA_UID if a.raw_kind() == RTA_UID => {
                    RouteAttrsBuilder::new(w).uid(value::u32(&a))?;
                }
                RTA_TTL_PROPAGATE if a.raw_kind() == RTA_TTL_PROPAGATE => {
                    RouteAttrsBuilder::new(w).ttl_propagate(value::u8(&a))?;
                }
                RTA_IP_PROTO if a.raw_kind() == RTA_IP_PROTO => {
                    RouteAttrsBuilder::new(w).ip_proto(value::u8(&a))?;
                }
                RTA_SPORT if a.raw_kind() == RTA_SPORT => {
                    RouteAttrsBuilder::new(w).sport(value::u16(&a))?;
                }
                RTA_DPORT if a.raw_kind() == RTA_DPORT => {
                    RouteAttrsBuilder::new(w).dport(value::u16(&a))?;
                }
                RTA_NH_ID if a.raw_kind() == RTA_NH_ID => {
                    RouteAttrsBuilder::new(w).nh_id(value::u32(&a))?;
                }
                RTA_FLOWLABEL if a.raw_kind() == RTA_FLOWLABEL => {
                    RouteAttrsBuilder::new(w).flowlabel(value::u32_be(&a))?;
                }
                RTA_DEL_REASON if a.raw_kind() == RTA_DEL_REASON => {
                    RouteAttrsBuilder::new(w).del_reason(DelReason::from_value(value::u32(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Metrics`] checks of each attribute, from the descriptors.
static METRICS_CHECKS: [Check; 18] = Check::table(&tables::METRICS);

/// The `metrics` attributes of `rt-route`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Metrics<'a>(Table<'a, 18>);

impl<'a> AttrView<'a> for Metrics<'a> {
    const SET: &'static AttrSet = &tables::METRICS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &METRICS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&METRICS_CHECKS, attrs)
    }
}

impl<'a> Metrics<'a> {
    /// Indexes and checks a block of `metrics` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 18> {
        &self.0
    }

    /// `RTAX_LOCK`
    #[inline]
    pub fn lock(&self) -> Option<u32> {
        self.0.u32(RTAX_LOCK)
    }

    /// `RTAX_MTU`
    #[inline]
    pub fn mtu(&self) -> Option<u32> {
        self.0.u32(RTAX_MTU)
    }

    /// `RTAX_WINDOW`
    #[inline]
    pub fn window(&self) -> Option<u32> {
        self.0.u32(RTAX_WINDOW)
    }

    /// `RTAX_RTT`
    #[inline]
    pub fn rtt(&self) -> Option<u32> {
        self.0.u32(RTAX_RTT)
    }

    /// `RTAX_RTTVAR`
    #[inline]
    pub fn rttvar(&self) -> Option<u32> {
        self.0.u32(RTAX_RTTVAR)
    }

    /// `RTAX_SSTHRESH`
    #[inline]
    pub fn ssthresh(&self) -> Option<u32> {
        self.0.u32(RTAX_SSTHRESH)
    }

    /// `RTAX_CWND`
    #[inline]
    pub fn cwnd(&self) -> Option<u32> {
        self.0.u32(RTAX_CWND)
    }

    /// `RTAX_ADVMSS`
    #[inline]
    pub fn advmss(&self) -> Option<u32> {
        self.0.u32(RTAX_ADVMSS)
    }

    /// `RTAX_REORDERING`
    #[inline]
    pub fn reordering(&self) -> Option<u32> {
        self.0.u32(RTAX_REORDERING)
    }

    /// `RTAX_HOPLIMIT`
    #[inline]
    pub fn hoplimit(&self) -> Option<u32> {
        self.0.u32(RTAX_HOPLIMIT)
    }

    /// `RTAX_INITCWND`
    #[inline]
    pub fn initcwnd(&self) -> Option<u32> {
        self.0.u32(RTAX_INITCWND)
    }

    /// `RTAX_FEATURES`
    #[inline]
    pub fn features(&self) -> Option<u32> {
        self.0.u32(RTAX_FEATURES)
    }

    /// `RTAX_RTO_MIN`
    #[inline]
    pub fn rto_min(&self) -> Option<u32> {
        self.0.u32(RTAX_RTO_MIN)
    }

    /// `RTAX_INITRWND`
    #[inline]
    pub fn initrwnd(&self) -> Option<u32> {
        self.0.u32(RTAX_INITRWND)
    }

    /// `RTAX_QUICKACK`
    #[inline]
    pub fn quickack(&self) -> Option<u32> {
        self.0.u32(RTAX_QUICKACK)
    }

    /// `RTAX_CC_ALGO`
    #[inline]
    pub fn cc_algo(&self) -> Option<&'a str> {
        self.0.str(RTAX_CC_ALGO)
    }

    /// `RTAX_FASTOPEN_NO_COOKIE`
    #[inline]
    pub fn fastopen_no_cookie(&self) -> Option<u32> {
        self.0.u32(RTAX_FASTOPEN_NO_COOKIE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                RTAX_UNSPEC if a.raw_kind() == RTAX_UNSPEC => raw(w, &a)?,
                RTAX_LOCK if a.raw_kind() == RTAX_LOCK => {
                    MetricsBuilder::new(w).lock(value::u32(&a))?;
                }
                RTAX_MTU if a.raw_kind() == RTAX_MTU => {
                    MetricsBuilder::new(w).mtu(value::u32(&a))?;
                }
                RTAX_WINDOW if a.raw_kind() == RTAX_WINDOW => {
                    MetricsBuilder::new(w).window(value::u32(&a))?;
                }
                RTAX_RTT if a.raw_kind() == RTAX_RTT => {
                    MetricsBuilder::new(w).rtt(value::u32(&a))?;
                }
                RTAX_RTTVAR if a.raw_kind() == RTAX_RTTVAR => {
                    MetricsBuilder::new(w).rttvar(value::u32(&a))?;
                }
                RTAX_SSTHRESH if a.raw_kind() == RTAX_SSTHRESH => {
                    MetricsBuilder::new(w).ssthresh(value::u32(&a))?;
                }
                RTAX_CWND if a.raw_kind() == RTAX_CWND => {
                    MetricsBuilder::new(w).cwnd(value::u32(&a))?;
                }
                RTAX_ADVMSS if a.raw_kind() == RTAX_ADVMSS => {
                    MetricsBuilder::new(w).advmss(value::u32(&a))?;
                }
                RTAX_REORDERING if a.raw_kind() == RTAX_REORDERING => {
                    MetricsBuilder::new(w).reordering(value::u32(&a))?;
                }
                RTAX_HOPLIMIT if a.raw_kind() == RTAX_HOPLIMIT => {
                    MetricsBuilder::new(w).hoplimit(value::u32(&a))?;
                }
                RTAX_INITCWND if a.raw_kind() == RTAX_INITCWND => {
                    MetricsBuilder::new(w).initcwnd(value::u32(&a))?;
                }
                RTAX_FEATURES if a.raw_kind() == RTAX_FEATURES => {
                    MetricsBuilder::new(w).features(value::u32(&a))?;
                }
                RTAX_RTO_MIN if a.raw_kind() == RTAX_RTO_MIN => {
                    MetricsBuilder::new(w).rto_min(value::u32(&a))?;
                }
                RTAX_INITRWND if a.raw_kind() == RTAX_INITRWND => {
                    MetricsBuilder::new(w).initrwnd(value::u32(&a))?;
                }
                RTAX_QUICKACK if a.raw_kind() == RTAX_QUICKACK => {
                    MetricsBuilder::new(w).quickack(value::u32(&a))?;
                }
                RTAX_CC_ALGO if a.raw_kind() == RTAX_CC_ALGO => {
                    MetricsBuilder::new(w).cc_algo(value::str(&a))?;
                }
                RTAX_FASTOPEN_NO_COOKIE if a.raw_kind() == RTAX_FASTOPEN_NO_COOKIE => {
                    MetricsBuilder::new(w).fastopen_no_cookie(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`EncapMplsAttrs`] checks of each attribute, from the descriptors.
static ENCAP_MPLS_ATTRS_CHECKS: [Check; 3] = Check::table(&tables::ENCAP_MPLS_ATTRS);

/// The `encap-mpls-attrs` attributes of `rt-route`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct EncapMplsAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for EncapMplsAttrs<'a> {
    const SET: &'static AttrSet = &tables::ENCAP_MPLS_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ENCAP_MPLS_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ENCAP_MPLS_ATTRS_CHECKS, attrs)
    }
}

impl<'a> EncapMplsAttrs<'a> {
    /// Indexes and checks a block of `encap-mpls-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `MPLS_IPTUNNEL_DST`: The label stack to push
    #[inline]
    pub fn dst(&self) -> Option<&'a [u8]> {
        self.0.bytes(MPLS_IPTUNNEL_DST)
    }

    /// `MPLS_IPTUNNEL_TTL`
    #[inline]
    pub fn ttl(&self) -> Option<u8> {
        self.0.u8(MPLS_IPTUNNEL_TTL)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                MPLS_IPTUNNEL_DST if a.raw_kind() == MPLS_IPTUNNEL_DST => {
                    EncapMplsAttrsBuilder::new(w).dst(a.value())?;
                }
                MPLS_IPTUNNEL_TTL if a.raw_kind() == MPLS_IPTUNNEL_TTL => {
                    EncapMplsAttrsBuilder::new(w).ttl(value::u8(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`EncapIpAttrs`] checks of each attribute, from the descriptors.
static ENCAP_IP_ATTRS_CHECKS: [Check; 9] = Check::table(&tables::ENCAP_IP_ATTRS);

/// The `encap-ip-attrs` attributes of `rt-route`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct EncapIpAttrs<'a>(Table<'a, 9>);

impl<'a> AttrView<'a> for EncapIpAttrs<'a> {
    const SET: &'static AttrSet = &tables::ENCAP_IP_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ENCAP_IP_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ENCAP_IP_ATTRS_CHECKS, attrs)
    }
}

impl<'a> EncapIpAttrs<'a> {
    /// Indexes and checks a block of `encap-ip-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 9> {
        &self.0
    }

    /// `LWTUNNEL_IP_ID`
    #[inline]
    pub fn id(&self) -> Option<u64> {
        self.0.u64_be(LWTUNNEL_IP_ID)
    }

    /// `LWTUNNEL_IP_DST`
    #[inline]
    pub fn dst(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(LWTUNNEL_IP_DST)
    }

    /// `LWTUNNEL_IP_SRC`
    #[inline]
    pub fn src(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(LWTUNNEL_IP_SRC)
    }

    /// `LWTUNNEL_IP_TTL`
    #[inline]
    pub fn ttl(&self) -> Option<u8> {
        self.0.u8(LWTUNNEL_IP_TTL)
    }

    /// `LWTUNNEL_IP_TOS`
    #[inline]
    pub fn tos(&self) -> Option<u8> {
        self.0.u8(LWTUNNEL_IP_TOS)
    }

    /// `LWTUNNEL_IP_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<u16> {
        self.0.u16(LWTUNNEL_IP_FLAGS)
    }

    /// `LWTUNNEL_IP_OPTS`
    #[inline]
    pub fn opts(&self) -> Option<&'a [u8]> {
        self.0.bytes(LWTUNNEL_IP_OPTS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                LWTUNNEL_IP_ID if a.raw_kind() == LWTUNNEL_IP_ID => {
                    EncapIpAttrsBuilder::new(w).id(value::u64_be(&a))?;
                }
                LWTUNNEL_IP_DST if a.raw_kind() == LWTUNNEL_IP_DST => {
                    EncapIpAttrsBuilder::new(w).dst(value::ipv4(&a))?;
                }
                LWTUNNEL_IP_SRC if a.raw_kind() == LWTUNNEL_IP_SRC => {
                    EncapIpAttrsBuilder::new(w).src(value::ipv4(&a))?;
                }
                LWTUNNEL_IP_TTL if a.raw_kind() == LWTUNNEL_IP_TTL => {
                    EncapIpAttrsBuilder::new(w).ttl(value::u8(&a))?;
                }
                LWTUNNEL_IP_TOS if a.raw_kind() == LWTUNNEL_IP_TOS => {
                    EncapIpAttrsBuilder::new(w).tos(value::u8(&a))?;
                }
                LWTUNNEL_IP_FLAGS if a.raw_kind() == LWTUNNEL_IP_FLAGS => {
                    EncapIpAttrsBuilder::new(w).flags(value::u16(&a))?;
                }
                LWTUNNEL_IP_PAD if a.raw_kind() == LWTUNNEL_IP_PAD => raw(w, &a)?,
                LWTUNNEL_IP_OPTS if a.raw_kind() == LWTUNNEL_IP_OPTS => {
                    EncapIpAttrsBuilder::new(w).opts(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`EncapIp6Attrs`] checks of each attribute, from the descriptors.
static ENCAP_IP6_ATTRS_CHECKS: [Check; 9] = Check::table(&tables::ENCAP_IP6_ATTRS);

/// The `encap-ip6-attrs` attributes of `rt-route`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct EncapIp6Attrs<'a>(Table<'a, 9>);

impl<'a> AttrView<'a> for EncapIp6Attrs<'a> {
    const SET: &'static AttrSet = &tables::ENCAP_IP6_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ENCAP_IP6_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ENCAP_IP6_ATTRS_CHECKS, attrs)
    }
}

impl<'a> EncapIp6Attrs<'a> {
    /// Indexes and checks a block of `encap-ip6-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 9> {
        &self.0
    }

    /// `LWTUNNEL_IP6_ID`
    #[inline]
    pub fn id(&self) -> Option<u64> {
        self.0.u64_be(LWTUNNEL_IP6_ID)
    }

    /// `LWTUNNEL_IP6_DST`
    #[inline]
    pub fn dst(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(LWTUNNEL_IP6_DST)
    }

    /// `LWTUNNEL_IP6_SRC`
    #[inline]
    pub fn src(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(LWTUNNEL_IP6_SRC)
    }

    /// `LWTUNNEL_IP6_HOPLIMIT`
    #[inline]
    pub fn hoplimit(&self) -> Option<u8> {
        self.0.u8(LWTUNNEL_IP6_HOPLIMIT)
    }

    /// `LWTUNNEL_IP6_TC`
    #[inline]
    pub fn tc(&self) -> Option<u8> {
        self.0.u8(LWTUNNEL_IP6_TC)
    }

    /// `LWTUNNEL_IP6_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<u16> {
        self.0.u16(LWTUNNEL_IP6_FLAGS)
    }

    /// `LWTUNNEL_IP6_OPTS`
    #[inline]
    pub fn opts(&self) -> Option<&'a [u8]> {
        self.0.bytes(LWTUNNEL_IP6_OPTS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                LWTUNNEL_IP6_ID if a.raw_kind() == LWTUNNEL_IP6_ID => {
                    EncapIp6AttrsBuilder::new(w).id(value::u64_be(&a))?;
                }
                LWTUNNEL_IP6_DST if a.raw_kind() == LWTUNNEL_IP6_DST => {
                    EncapIp6AttrsBuilder::new(w).dst(value::ipv6(&a))?;
                }
                LWTUNNEL_IP6_SRC if a.raw_kind() == LWTUNNEL_IP6_SRC => {
                    EncapIp6AttrsBuilder::new(w).src(value::ipv6(&a))?;
                }
                LWTUNNEL_IP6_HOPLIMIT if a.raw_kind() == LWTUNNEL_IP6_HOPLIMIT => {
                    EncapIp6AttrsBuilder::new(w).hoplimit(value::u8(&a))?;
                }
                LWTUNNEL_IP6_TC if a.raw_kind() == LWTUNNEL_IP6_TC => {
                    EncapIp6AttrsBuilder::new(w).tc(value::u8(&a))?;
                }
                LWTUNNEL_IP6_FLAGS if a.raw_kind() == LWTUNNEL_IP6_FLAGS => {
                    EncapIp6AttrsBuilder::new(w).flags(value::u16(&a))?;
                }
                LWTUNNEL_IP6_PAD if a.raw_kind() == LWTUNNEL_IP6_PAD => raw(w, &a)?,
                LWTUNNEL_IP6_OPTS if a.raw_kind() == LWTUNNEL_IP6_OPTS => {
                    EncapIp6AttrsBuilder::new(w).opts(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`EncapBpfAttrs`] checks of each attribute, from the descriptors.
static ENCAP_BPF_ATTRS_CHECKS: [Check; 5] = Check::table(&tables::ENCAP_BPF_ATTRS);

/// The `encap-bpf-attrs` attributes of `rt-route`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct EncapBpfAttrs<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for EncapBpfAttrs<'a> {
    const SET: &'static AttrSet = &tables::ENCAP_BPF_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ENCAP_BPF_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ENCAP_BPF_ATTRS_CHECKS, attrs)
    }
}

impl<'a> EncapBpfAttrs<'a> {
    /// Indexes and checks a block of `encap-bpf-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `LWT_BPF_IN`
    #[inline]
    pub fn in_(&self) -> Result<Option<EncapBpfProgAttrs<'a>>, Error> {
        self.0.nest(LWT_BPF_IN)
    }

    /// `LWT_BPF_OUT`
    #[inline]
    pub fn out(&self) -> Result<Option<EncapBpfProgAttrs<'a>>, Error> {
        self.0.nest(LWT_BPF_OUT)
    }

    /// `LWT_BPF_XMIT`
    #[inline]
    pub fn xmit(&self) -> Result<Option<EncapBpfProgAttrs<'a>>, Error> {
        self.0.nest(LWT_BPF_XMIT)
    }

    /// `LWT_BPF_XMIT_HEADROOM`
    #[inline]
    pub fn xmit_headroom(&self) -> Option<u32> {
        self.0.u32(LWT_BPF_XMIT_HEADROOM)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                LWT_BPF_IN => {
                    nest_like(w, &a, |w| EncapBpfProgAttrs::parse(a.nested())?.write_to(w))?
                }
                LWT_BPF_OUT => {
                    nest_like(w, &a, |w| EncapBpfProgAttrs::parse(a.nested())?.write_to(w))?
                }
                LWT_BPF_XMIT => {
                    nest_like(w, &a, |w| EncapBpfProgAttrs::parse(a.nested())?.write_to(w))?
                }
                LWT_BPF_XMIT_HEADROOM if a.raw_kind() == LWT_BPF_XMIT_HEADROOM => {
                    EncapBpfAttrsBuilder::new(w).xmit_headroom(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`EncapBpfProgAttrs`] checks of each attribute, from the descriptors.
static ENCAP_BPF_PROG_ATTRS_CHECKS: [Check; 3] = Check::table(&tables::ENCAP_BPF_PROG_ATTRS);

/// The `encap-bpf-prog-attrs` attributes of `rt-route`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct EncapBpfProgAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for EncapBpfProgAttrs<'a> {
    const SET: &'static AttrSet = &tables::ENCAP_BPF_PROG_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ENCAP_BPF_PROG_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ENCAP_BPF_PROG_ATTRS_CHECKS, attrs)
    }
}

impl<'a> EncapBpfProgAttrs<'a> {
    /// Indexes and checks a block of `encap-bpf-prog-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `LWT_BPF_PROG_FD`
    #[inline]
    pub fn fd(&self) -> Option<u32> {
        self.0.u32(LWT_BPF_PROG_FD)
    }

    /// `LWT_BPF_PROG_NAME`
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(LWT_BPF_PROG_NAME)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                LWT_BPF_PROG_FD if a.raw_kind() == LWT_BPF_PROG_FD => {
                    EncapBpfProgAttrsBuilder::new(w).fd(value::u32(&a))?;
                }
                LWT_BPF_PROG_NAME if a.raw_kind() == LWT_BPF_PROG_NAME => {
                    EncapBpfProgAttrsBuilder::new(w).name(value::str(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// The `route-encap-msg` sub-message of `rt-route`, chosen by its selector wherever it sits in the block.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum RouteEncapMsg<'a> {
    /// Selector `1`.
    Mpls(EncapMplsAttrs<'a>),
    /// Selector `2`.
    Ip(EncapIpAttrs<'a>),
    /// Selector `4`.
    Ip6(EncapIp6Attrs<'a>),
    /// Selector `6`.
    Bpf(EncapBpfAttrs<'a>),
    /// A selector value the spec does not know: the nest, kept raw.
    Other {
        /// The selector attribute, if the block has one.
        selector: Option<Attr<'a>>,
        /// The nest.
        attr: Attr<'a>,
    },
}

impl<'a> RouteEncapMsg<'a> {
    /// Parses the nest `attr` as the format `selector` names.
    pub fn parse(
        attr: Option<Attr<'a>>,
        selector: Option<Attr<'a>>,
    ) -> Result<Option<Self>, Error> {
        let Some(attr) = attr else { return Ok(None) };
        let format = selector
            .as_ref()
            .and_then(|s| tables::ROUTE_ENCAP_MSG.variant_for(s.value()));
        Ok(Some(match format.map(|v| v.value) {
            Some("1") => Self::Mpls(EncapMplsAttrs::parse(attr.nested())?),
            Some("2") => Self::Ip(EncapIpAttrs::parse(attr.nested())?),
            Some("4") => Self::Ip6(EncapIp6Attrs::parse(attr.nested())?),
            Some("6") => Self::Bpf(EncapBpfAttrs::parse(attr.nested())?),
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
            Self::Mpls(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Ip(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Ip6(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Bpf(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Other { .. } => raw(w, a),
        }
    }
}

/// Every attribute set of `rt-route` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 7] = [
    SetRoundtrip {
        set: &tables::ROUTE_ATTRS,
        run: |attrs, w| RouteAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::METRICS,
        run: |attrs, w| Metrics::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ENCAP_MPLS_ATTRS,
        run: |attrs, w| EncapMplsAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ENCAP_IP_ATTRS,
        run: |attrs, w| EncapIpAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ENCAP_IP6_ATTRS,
        run: |attrs, w| EncapIp6Attrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ENCAP_BPF_ATTRS,
        run: |attrs, w| EncapBpfAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ENCAP_BPF_PROG_ATTRS,
        run: |attrs, w| EncapBpfProgAttrs::parse(attrs)?.write_to(w),
    },
];
