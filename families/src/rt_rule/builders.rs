//! Typed builders of `rt-rule`: one per attribute set, over the codec's [`Writer`] (so they
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
    /// The `fib-rule-attrs` attribute set.
    pub enum FibRuleAttrs {}
}

/// Writes `fib-rule-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FibRuleAttrsBuilder<'w, B> = Builder<'w, sets::FibRuleAttrs, B>;

impl<B: Buffer> FibRuleAttrsBuilder<'_, B> {
    /// Writes `FRA_DST`.
    pub fn dst(&mut self, v: IpAddr) -> Result<&mut Self, WriteError> {
        match v {
            IpAddr::V4(v) => self.w.put_attr(FRA_DST, &v.octets()),
            IpAddr::V6(v) => self.w.put_attr(FRA_DST, &v.octets()),
        }?;
        Ok(self)
    }

    /// Writes `FRA_SRC`.
    pub fn src(&mut self, v: IpAddr) -> Result<&mut Self, WriteError> {
        match v {
            IpAddr::V4(v) => self.w.put_attr(FRA_SRC, &v.octets()),
            IpAddr::V6(v) => self.w.put_attr(FRA_SRC, &v.octets()),
        }?;
        Ok(self)
    }

    /// Writes `FRA_IIFNAME`.
    pub fn iifname(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(FRA_IIFNAME, v)?;
        Ok(self)
    }

    /// Writes `FRA_GOTO`.
    pub fn goto(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(FRA_GOTO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `FRA_PRIORITY`.
    pub fn priority(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(FRA_PRIORITY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `FRA_FWMARK`.
    pub fn fwmark(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(FRA_FWMARK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `FRA_FLOW`.
    pub fn flow(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(FRA_FLOW, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `FRA_TUN_ID`.
    pub fn tun_id(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(FRA_TUN_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `FRA_SUPPRESS_IFGROUP`.
    pub fn suppress_ifgroup(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(FRA_SUPPRESS_IFGROUP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `FRA_SUPPRESS_PREFIXLEN`.
    pub fn suppress_prefixlen(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(FRA_SUPPRESS_PREFIXLEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `FRA_TABLE`.
    pub fn table_attr(&mut self, v: RtTable) -> Result<&mut Self, WriteError> {
        self.w.put_attr(FRA_TABLE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `FRA_FWMASK`.
    pub fn fwmask(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(FRA_FWMASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `FRA_OIFNAME`.
    pub fn oifname(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(FRA_OIFNAME, v)?;
        Ok(self)
    }

    /// Writes `FRA_L3MDEV`.
    pub fn l3mdev(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(FRA_L3MDEV, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `FRA_UID_RANGE`.
    pub fn uid_range(&mut self, v: &FibRuleUidRange) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(FRA_UID_RANGE, FibRuleUidRange::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `FRA_PROTOCOL`.
    pub fn protocol(&mut self, v: RtProtocol) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(FRA_PROTOCOL, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `FRA_IP_PROTO`.
    pub fn ip_proto(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(FRA_IP_PROTO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `FRA_SPORT_RANGE`.
    pub fn sport_range(&mut self, v: &FibRulePortRange) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(FRA_SPORT_RANGE, FibRulePortRange::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `FRA_DPORT_RANGE`.
    pub fn dport_range(&mut self, v: &FibRulePortRange) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(FRA_DPORT_RANGE, FibRulePortRange::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `FRA_DSCP`.
    pub fn dscp(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(FRA_DSCP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `FRA_FLOWLABEL`.
    pub fn flowlabel(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(FRA_FLOWLABEL, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `FRA_FLOWLABEL_MASK`.
    pub fn flowlabel_mask(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(FRA_FLOWLABEL_MASK, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `FRA_SPORT_MASK`.
    pub fn sport_mask(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(FRA_SPORT_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `FRA_DPORT_MASK`.
    pub fn dport_mask(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(FRA_DPORT_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `FRA_DSCP_MASK`.
    pub fn dscp_mask(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(FRA_DSCP_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }
}
