//! Typed views of `tcp_metrics`: one per attribute set, parsed in one pass into a table, with
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

/// The `tcp-metrics` attributes of `tcp_metrics`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TcpMetrics<'a>(Table<'a, 14>);

impl<'a> AttrView<'a> for TcpMetrics<'a> {
    const SET: &'static AttrSet = &tables::TCP_METRICS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> TcpMetrics<'a> {
    /// Indexes and checks a block of `tcp-metrics` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 14> {
        &self.0
    }

    /// `TCP_METRICS_ATTR_ADDR_IPV4`
    #[inline]
    pub fn addr_ipv4(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(TCP_METRICS_ATTR_ADDR_IPV4)
    }

    /// `TCP_METRICS_ATTR_ADDR_IPV6`
    #[inline]
    pub fn addr_ipv6(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(TCP_METRICS_ATTR_ADDR_IPV6)
    }

    /// `TCP_METRICS_ATTR_AGE`
    #[inline]
    pub fn age(&self) -> Option<u64> {
        self.0.u64(TCP_METRICS_ATTR_AGE)
    }

    /// `TCP_METRICS_ATTR_TW_TSVAL`: unused
    #[inline]
    pub fn tw_tsval(&self) -> Option<u32> {
        self.0.u32(TCP_METRICS_ATTR_TW_TSVAL)
    }

    /// `TCP_METRICS_ATTR_TW_TS_STAMP`: unused
    #[inline]
    pub fn tw_ts_stamp(&self) -> Option<i32> {
        self.0.i32(TCP_METRICS_ATTR_TW_TS_STAMP)
    }

    /// `TCP_METRICS_ATTR_VALS`
    #[inline]
    pub fn vals(&self) -> Result<Option<Metrics<'a>>, Error> {
        self.0.nest(TCP_METRICS_ATTR_VALS)
    }

    /// `TCP_METRICS_ATTR_FOPEN_MSS`
    #[inline]
    pub fn fopen_mss(&self) -> Option<u16> {
        self.0.u16(TCP_METRICS_ATTR_FOPEN_MSS)
    }

    /// `TCP_METRICS_ATTR_FOPEN_SYN_DROPS`
    #[inline]
    pub fn fopen_syn_drops(&self) -> Option<u16> {
        self.0.u16(TCP_METRICS_ATTR_FOPEN_SYN_DROPS)
    }

    /// `TCP_METRICS_ATTR_FOPEN_SYN_DROP_TS`
    #[inline]
    pub fn fopen_syn_drop_ts(&self) -> Option<u64> {
        self.0.u64(TCP_METRICS_ATTR_FOPEN_SYN_DROP_TS)
    }

    /// `TCP_METRICS_ATTR_FOPEN_COOKIE`
    #[inline]
    pub fn fopen_cookie(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCP_METRICS_ATTR_FOPEN_COOKIE)
    }

    /// `TCP_METRICS_ATTR_SADDR_IPV4`
    #[inline]
    pub fn saddr_ipv4(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(TCP_METRICS_ATTR_SADDR_IPV4)
    }

    /// `TCP_METRICS_ATTR_SADDR_IPV6`
    #[inline]
    pub fn saddr_ipv6(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(TCP_METRICS_ATTR_SADDR_IPV6)
    }
}

/// Attributes with metrics. Note that the values here do not match
/// the TCP_METRIC_* defines in the kernel, because kernel defines
/// are off-by one (e.g. rtt is defined as enum 0, while netlink carries
/// attribute type 1).
#[derive(Debug, Clone)]
pub struct Metrics<'a>(Table<'a, 8>);

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
    pub fn table(&self) -> &Table<'a, 8> {
        &self.0
    }

    /// `TCP_METRICS_A_METRICS_RTT`: Round Trip Time (RTT), in msecs with 3 bits fractional
    /// (left-shift by 3 to get the msec value).
    #[inline]
    pub fn rtt(&self) -> Option<u32> {
        self.0.u32(TCP_METRICS_A_METRICS_RTT)
    }

    /// `TCP_METRICS_A_METRICS_RTTVAR`: Round Trip Time VARiance (RTT), in msecs with 2 bits fractional
    /// (left-shift by 2 to get the msec value).
    #[inline]
    pub fn rttvar(&self) -> Option<u32> {
        self.0.u32(TCP_METRICS_A_METRICS_RTTVAR)
    }

    /// `TCP_METRICS_A_METRICS_SSTHRESH`: Slow Start THRESHold.
    #[inline]
    pub fn ssthresh(&self) -> Option<u32> {
        self.0.u32(TCP_METRICS_A_METRICS_SSTHRESH)
    }

    /// `TCP_METRICS_A_METRICS_CWND`: Congestion Window.
    #[inline]
    pub fn cwnd(&self) -> Option<u32> {
        self.0.u32(TCP_METRICS_A_METRICS_CWND)
    }

    /// `TCP_METRICS_A_METRICS_REODERING`: Reodering metric.
    #[inline]
    pub fn reodering(&self) -> Option<u32> {
        self.0.u32(TCP_METRICS_A_METRICS_REODERING)
    }

    /// `TCP_METRICS_A_METRICS_RTT_US`: Round Trip Time (RTT), in usecs, with 3 bits fractional
    /// (left-shift by 3 to get the msec value).
    #[inline]
    pub fn rtt_us(&self) -> Option<u32> {
        self.0.u32(TCP_METRICS_A_METRICS_RTT_US)
    }

    /// `TCP_METRICS_A_METRICS_RTTVAR_US`: Round Trip Time (RTT), in usecs, with 2 bits fractional
    /// (left-shift by 3 to get the msec value).
    #[inline]
    pub fn rttvar_us(&self) -> Option<u32> {
        self.0.u32(TCP_METRICS_A_METRICS_RTTVAR_US)
    }
}
