//! Typed views of `rt-rule`: one per attribute set, parsed in one pass into a table, with
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

/// The `fib-rule-attrs` attributes of `rt-rule`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FibRuleAttrs<'a>(Table<'a, 31>);

impl<'a> AttrView<'a> for FibRuleAttrs<'a> {
    const SET: &'static AttrSet = &tables::FIB_RULE_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> FibRuleAttrs<'a> {
    /// Indexes and checks a block of `fib-rule-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 31> {
        &self.0
    }

    /// `FRA_DST`
    #[inline]
    pub fn dst(&self) -> Option<IpAddr> {
        self.0.ip(FRA_DST)
    }

    /// `FRA_SRC`
    #[inline]
    pub fn src(&self) -> Option<IpAddr> {
        self.0.ip(FRA_SRC)
    }

    /// `FRA_IIFNAME`
    #[inline]
    pub fn iifname(&self) -> Option<&'a str> {
        self.0.str(FRA_IIFNAME)
    }

    /// `FRA_GOTO`
    #[inline]
    pub fn goto(&self) -> Option<u32> {
        self.0.u32(FRA_GOTO)
    }

    /// `FRA_PRIORITY`
    #[inline]
    pub fn priority(&self) -> Option<u32> {
        self.0.u32(FRA_PRIORITY)
    }

    /// `FRA_FWMARK`
    #[inline]
    pub fn fwmark(&self) -> Option<u32> {
        self.0.u32(FRA_FWMARK)
    }

    /// `FRA_FLOW`
    #[inline]
    pub fn flow(&self) -> Option<u32> {
        self.0.u32(FRA_FLOW)
    }

    /// `FRA_TUN_ID`
    #[inline]
    pub fn tun_id(&self) -> Option<u64> {
        self.0.u64(FRA_TUN_ID)
    }

    /// `FRA_SUPPRESS_IFGROUP`
    #[inline]
    pub fn suppress_ifgroup(&self) -> Option<u32> {
        self.0.u32(FRA_SUPPRESS_IFGROUP)
    }

    /// `FRA_SUPPRESS_PREFIXLEN`
    #[inline]
    pub fn suppress_prefixlen(&self) -> Option<u32> {
        self.0.u32(FRA_SUPPRESS_PREFIXLEN)
    }

    /// `FRA_TABLE`
    #[inline]
    pub fn table_attr(&self) -> Option<u32> {
        self.0.u32(FRA_TABLE)
    }

    /// `FRA_FWMASK`
    #[inline]
    pub fn fwmask(&self) -> Option<u32> {
        self.0.u32(FRA_FWMASK)
    }

    /// `FRA_OIFNAME`
    #[inline]
    pub fn oifname(&self) -> Option<&'a str> {
        self.0.str(FRA_OIFNAME)
    }

    /// `FRA_L3MDEV`
    #[inline]
    pub fn l3mdev(&self) -> Option<u8> {
        self.0.u8(FRA_L3MDEV)
    }

    /// `FRA_UID_RANGE`
    #[inline]
    pub fn uid_range(&self) -> Option<FibRuleUidRange> {
        self.0.fixed(FRA_UID_RANGE, FibRuleUidRange::from_bytes)
    }

    /// `FRA_PROTOCOL`
    #[inline]
    pub fn protocol(&self) -> Option<u8> {
        self.0.u8(FRA_PROTOCOL)
    }

    /// `FRA_IP_PROTO`
    #[inline]
    pub fn ip_proto(&self) -> Option<u8> {
        self.0.u8(FRA_IP_PROTO)
    }

    /// `FRA_SPORT_RANGE`
    #[inline]
    pub fn sport_range(&self) -> Option<FibRulePortRange> {
        self.0.fixed(FRA_SPORT_RANGE, FibRulePortRange::from_bytes)
    }

    /// `FRA_DPORT_RANGE`
    #[inline]
    pub fn dport_range(&self) -> Option<FibRulePortRange> {
        self.0.fixed(FRA_DPORT_RANGE, FibRulePortRange::from_bytes)
    }

    /// `FRA_DSCP`
    #[inline]
    pub fn dscp(&self) -> Option<u8> {
        self.0.u8(FRA_DSCP)
    }

    /// `FRA_FLOWLABEL`
    #[inline]
    pub fn flowlabel(&self) -> Option<u32> {
        self.0.u32_be(FRA_FLOWLABEL)
    }

    /// `FRA_FLOWLABEL_MASK`
    #[inline]
    pub fn flowlabel_mask(&self) -> Option<u32> {
        self.0.u32_be(FRA_FLOWLABEL_MASK)
    }

    /// `FRA_SPORT_MASK`
    #[inline]
    pub fn sport_mask(&self) -> Option<u16> {
        self.0.u16(FRA_SPORT_MASK)
    }

    /// `FRA_DPORT_MASK`
    #[inline]
    pub fn dport_mask(&self) -> Option<u16> {
        self.0.u16(FRA_DPORT_MASK)
    }

    /// `FRA_DSCP_MASK`
    #[inline]
    pub fn dscp_mask(&self) -> Option<u8> {
        self.0.u8(FRA_DSCP_MASK)
    }
}
