//! Typed views of `tcp_metrics`: one per attribute set, parsed in one pass into a table, with
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

/// What [`TcpMetrics`] checks of each attribute, from the descriptors.
static TCP_METRICS_CHECKS: [Check; 14] = Check::table(&tables::TCP_METRICS);

/// The `tcp-metrics` attributes of `tcp_metrics`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TcpMetrics<'a>(Table<'a, 14>);

impl<'a> AttrView<'a> for TcpMetrics<'a> {
    const SET: &'static AttrSet = &tables::TCP_METRICS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &TCP_METRICS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&TCP_METRICS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCP_METRICS_ATTR_ADDR_IPV4 if a.raw_kind() == TCP_METRICS_ATTR_ADDR_IPV4 => {
                    TcpMetricsBuilder::new(w).addr_ipv4(value::ipv4(&a))?;
                }
                TCP_METRICS_ATTR_ADDR_IPV6 if a.raw_kind() == TCP_METRICS_ATTR_ADDR_IPV6 => {
                    TcpMetricsBuilder::new(w).addr_ipv6(value::ipv6(&a))?;
                }
                TCP_METRICS_ATTR_AGE if a.raw_kind() == TCP_METRICS_ATTR_AGE => {
                    TcpMetricsBuilder::new(w).age(value::u64(&a))?;
                }
                TCP_METRICS_ATTR_TW_TSVAL if a.raw_kind() == TCP_METRICS_ATTR_TW_TSVAL => {
                    TcpMetricsBuilder::new(w).tw_tsval(value::u32(&a))?;
                }
                TCP_METRICS_ATTR_TW_TS_STAMP if a.raw_kind() == TCP_METRICS_ATTR_TW_TS_STAMP => {
                    TcpMetricsBuilder::new(w).tw_ts_stamp(value::i32(&a))?;
                }
                TCP_METRICS_ATTR_VALS => {
                    nest_like(w, &a, |w| Metrics::parse(a.nested())?.write_to(w))?
                }
                TCP_METRICS_ATTR_FOPEN_MSS if a.raw_kind() == TCP_METRICS_ATTR_FOPEN_MSS => {
                    TcpMetricsBuilder::new(w).fopen_mss(value::u16(&a))?;
                }
                TCP_METRICS_ATTR_FOPEN_SYN_DROPS
                    if a.raw_kind() == TCP_METRICS_ATTR_FOPEN_SYN_DROPS =>
                {
                    TcpMetricsBuilder::new(w).fopen_syn_drops(value::u16(&a))?;
                }
                TCP_METRICS_ATTR_FOPEN_SYN_DROP_TS
                    if a.raw_kind() == TCP_METRICS_ATTR_FOPEN_SYN_DROP_TS =>
                {
                    TcpMetricsBuilder::new(w).fopen_syn_drop_ts(value::u64(&a))?;
                }
                TCP_METRICS_ATTR_FOPEN_COOKIE if a.raw_kind() == TCP_METRICS_ATTR_FOPEN_COOKIE => {
                    TcpMetricsBuilder::new(w).fopen_cookie(a.value())?;
                }
                TCP_METRICS_ATTR_SADDR_IPV4 if a.raw_kind() == TCP_METRICS_ATTR_SADDR_IPV4 => {
                    TcpMetricsBuilder::new(w).saddr_ipv4(value::ipv4(&a))?;
                }
                TCP_METRICS_ATTR_SADDR_IPV6 if a.raw_kind() == TCP_METRICS_ATTR_SADDR_IPV6 => {
                    TcpMetricsBuilder::new(w).saddr_ipv6(value::ipv6(&a))?;
                }
                TCP_METRICS_ATTR_PAD if a.raw_kind() == TCP_METRICS_ATTR_PAD => raw(w, &a)?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Metrics`] checks of each attribute, from the descriptors.
static METRICS_CHECKS: [Check; 8] = Check::table(&tables::METRICS);

/// Attributes with metrics. Note that the values here do not match
/// the TCP_METRIC_* defines in the kernel, because kernel defines
/// are off-by one (e.g. rtt is defined as enum 0, while netlink carries
/// attribute type 1).
#[derive(Debug, Clone)]
pub struct Metrics<'a>(Table<'a, 8>);

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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCP_METRICS_A_METRICS_RTT if a.raw_kind() == TCP_METRICS_A_METRICS_RTT => {
                    MetricsBuilder::new(w).rtt(value::u32(&a))?;
                }
                TCP_METRICS_A_METRICS_RTTVAR if a.raw_kind() == TCP_METRICS_A_METRICS_RTTVAR => {
                    MetricsBuilder::new(w).rttvar(value::u32(&a))?;
                }
                TCP_METRICS_A_METRICS_SSTHRESH
                    if a.raw_kind() == TCP_METRICS_A_METRICS_SSTHRESH =>
                {
                    MetricsBuilder::new(w).ssthresh(value::u32(&a))?;
                }
                TCP_METRICS_A_METRICS_CWND if a.raw_kind() == TCP_METRICS_A_METRICS_CWND => {
                    MetricsBuilder::new(w).cwnd(value::u32(&a))?;
                }
                TCP_METRICS_A_METRICS_REODERING
                    if a.raw_kind() == TCP_METRICS_A_METRICS_REODERING =>
                {
                    MetricsBuilder::new(w).reodering(value::u32(&a))?;
                }
                TCP_METRICS_A_METRICS_RTT_US if a.raw_kind() == TCP_METRICS_A_METRICS_RTT_US => {
                    MetricsBuilder::new(w).rtt_us(value::u32(&a))?;
                }
                TCP_METRICS_A_METRICS_RTTVAR_US
                    if a.raw_kind() == TCP_METRICS_A_METRICS_RTTVAR_US =>
                {
                    MetricsBuilder::new(w).rttvar_us(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// Every attribute set of `tcp_metrics` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 2] = [
    SetRoundtrip {
        set: &tables::TCP_METRICS,
        run: |attrs, w| TcpMetrics::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::METRICS,
        run: |attrs, w| Metrics::parse(attrs)?.write_to(w),
    },
];
