//! Typed builders of `tcp_metrics`: one per attribute set, over the codec's [`Writer`] (so they
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
    /// The `tcp-metrics` attribute set.
    pub enum TcpMetrics {}
    /// The `metrics` attribute set.
    pub enum Metrics {}
}

/// Writes `tcp-metrics` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type TcpMetricsBuilder<'w, B> = Builder<'w, sets::TcpMetrics, B>;

impl<B: Buffer> TcpMetricsBuilder<'_, B> {
    /// Writes `TCP_METRICS_ATTR_ADDR_IPV4`.
    pub fn addr_ipv4(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCP_METRICS_ATTR_ADDR_IPV4, &v.octets())?;
        Ok(self)
    }

    /// Writes `TCP_METRICS_ATTR_ADDR_IPV6`.
    pub fn addr_ipv6(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCP_METRICS_ATTR_ADDR_IPV6, &v.octets())?;
        Ok(self)
    }

    /// Writes `TCP_METRICS_ATTR_AGE`.
    pub fn age(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCP_METRICS_ATTR_AGE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCP_METRICS_ATTR_TW_TSVAL`: unused
    pub fn tw_tsval(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCP_METRICS_ATTR_TW_TSVAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCP_METRICS_ATTR_TW_TS_STAMP`: unused
    pub fn tw_ts_stamp(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCP_METRICS_ATTR_TW_TS_STAMP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCP_METRICS_ATTR_VALS`.
    pub fn vals(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut MetricsBuilder<'y, B>,
        ) -> Result<&'x mut MetricsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(TCP_METRICS_ATTR_VALS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TCP_METRICS_ATTR_FOPEN_MSS`.
    pub fn fopen_mss(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCP_METRICS_ATTR_FOPEN_MSS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCP_METRICS_ATTR_FOPEN_SYN_DROPS`.
    pub fn fopen_syn_drops(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCP_METRICS_ATTR_FOPEN_SYN_DROPS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCP_METRICS_ATTR_FOPEN_SYN_DROP_TS`.
    pub fn fopen_syn_drop_ts(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCP_METRICS_ATTR_FOPEN_SYN_DROP_TS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCP_METRICS_ATTR_FOPEN_COOKIE`.
    pub fn fopen_cookie(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCP_METRICS_ATTR_FOPEN_COOKIE, v)?;
        Ok(self)
    }

    /// Writes `TCP_METRICS_ATTR_SADDR_IPV4`.
    pub fn saddr_ipv4(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCP_METRICS_ATTR_SADDR_IPV4, &v.octets())?;
        Ok(self)
    }

    /// Writes `TCP_METRICS_ATTR_SADDR_IPV6`.
    pub fn saddr_ipv6(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TCP_METRICS_ATTR_SADDR_IPV6, &v.octets())?;
        Ok(self)
    }
}

/// Writes `metrics` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type MetricsBuilder<'w, B> = Builder<'w, sets::Metrics, B>;

impl<B: Buffer> MetricsBuilder<'_, B> {
    /// Writes `TCP_METRICS_A_METRICS_RTT`: Round Trip Time (RTT), in msecs with 3 bits fractional
    /// (left-shift by 3 to get the msec value).
    pub fn rtt(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCP_METRICS_A_METRICS_RTT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCP_METRICS_A_METRICS_RTTVAR`: Round Trip Time VARiance (RTT), in msecs with 2 bits fractional
    /// (left-shift by 2 to get the msec value).
    pub fn rttvar(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCP_METRICS_A_METRICS_RTTVAR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCP_METRICS_A_METRICS_SSTHRESH`: Slow Start THRESHold.
    pub fn ssthresh(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCP_METRICS_A_METRICS_SSTHRESH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCP_METRICS_A_METRICS_CWND`: Congestion Window.
    pub fn cwnd(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCP_METRICS_A_METRICS_CWND, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCP_METRICS_A_METRICS_REODERING`: Reodering metric.
    pub fn reodering(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCP_METRICS_A_METRICS_REODERING, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCP_METRICS_A_METRICS_RTT_US`: Round Trip Time (RTT), in usecs, with 3 bits fractional
    /// (left-shift by 3 to get the msec value).
    pub fn rtt_us(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCP_METRICS_A_METRICS_RTT_US, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TCP_METRICS_A_METRICS_RTTVAR_US`: Round Trip Time (RTT), in usecs, with 2 bits fractional
    /// (left-shift by 3 to get the msec value).
    pub fn rttvar_us(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TCP_METRICS_A_METRICS_RTTVAR_US, &(v).to_ne_bytes())?;
        Ok(self)
    }
}
