//! Typed views of `rt-route`: one per attribute set, parsed in one pass into a table, with
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

/// The `route-attrs` attributes of `rt-route`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct RouteAttrs<'a>(Table<'a, 33>);

impl<'a> AttrView<'a> for RouteAttrs<'a> {
    const SET: &'static AttrSet = &tables::ROUTE_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
    pub fn multipath(&self) -> Option<&'a [u8]> {
        self.0.bytes(RTA_MULTIPATH)
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
    pub fn table_attr(&self) -> Option<u32> {
        self.0.u32(RTA_TABLE)
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
    pub fn pref(&self) -> Option<u8> {
        self.0.u8(RTA_PREF)
    }

    /// `RTA_ENCAP_TYPE`
    #[inline]
    pub fn encap_type(&self) -> Option<u16> {
        self.0.u16(RTA_ENCAP_TYPE)
    }

    /// `RTA_ENCAP`
    #[inline]
    pub fn encap(&self) -> Option<&'a [u8]> {
        self.0.bytes(RTA_ENCAP)
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
        self.0
            .u32(RTA_DEL_REASON)
            .map(|v| DelReason::from_value(v as u32))
    }
}

/// The `metrics` attributes of `rt-route`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Metrics<'a>(Table<'a, 18>);

impl<'a> AttrView<'a> for Metrics<'a> {
    const SET: &'static AttrSet = &tables::METRICS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
}
