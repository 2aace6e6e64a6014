//! Typed views of `rt-rule`: one per attribute set, parsed in one pass into a table, with
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

/// What [`FibRuleAttrs`] checks of each attribute, from the descriptors.
static FIB_RULE_ATTRS_CHECKS: [Check; 31] = Check::table(&tables::FIB_RULE_ATTRS);

/// The `fib-rule-attrs` attributes of `rt-rule`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FibRuleAttrs<'a>(Table<'a, 31>);

impl<'a> AttrView<'a> for FibRuleAttrs<'a> {
    const SET: &'static AttrSet = &tables::FIB_RULE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &FIB_RULE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&FIB_RULE_ATTRS_CHECKS, attrs)
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
    pub fn table_attr(&self) -> Option<RtTable> {
        self.0.u32(FRA_TABLE).map(RtTable::from_value)
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
    pub fn protocol(&self) -> Option<RtProtocol> {
        self.0
            .u8(FRA_PROTOCOL)
            .map(|v| RtProtocol::from_value(v as u32))
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                FRA_DST if a.raw_kind() == FRA_DST => match value::ip(&a) {
                    Some(ip) => {
                        FibRuleAttrsBuilder::new(w).dst(ip)?;
                    }
                    None => raw(w, &a)?,
                },
                FRA_SRC if a.raw_kind() == FRA_SRC => match value::ip(&a) {
                    Some(ip) => {
                        FibRuleAttrsBuilder::new(w).src(ip)?;
                    }
                    None => raw(w, &a)?,
                },
                FRA_IIFNAME if a.raw_kind() == FRA_IIFNAME => {
                    FibRuleAttrsBuilder::new(w).iifname(value::str(&a))?;
                }
                FRA_GOTO if a.raw_kind() == FRA_GOTO => {
                    FibRuleAttrsBuilder::new(w).goto(value::u32(&a))?;
                }
                FRA_UNUSED2 if a.raw_kind() == FRA_UNUSED2 => raw(w, &a)?,
                FRA_PRIORITY if a.raw_kind() == FRA_PRIORITY => {
                    FibRuleAttrsBuilder::new(w).priority(value::u32(&a))?;
                }
                FRA_UNUSED3 if a.raw_kind() == FRA_UNUSED3 => raw(w, &a)?,
                FRA_UNUSED4 if a.raw_kind() == FRA_UNUSED4 => raw(w, &a)?,
                FRA_UNUSED5 if a.raw_kind() == FRA_UNUSED5 => raw(w, &a)?,
                FRA_FWMARK if a.raw_kind() == FRA_FWMARK => {
                    FibRuleAttrsBuilder::new(w).fwmark(value::u32(&a))?;
                }
                FRA_FLOW if a.raw_kind() == FRA_FLOW => {
                    FibRuleAttrsBuilder::new(w).flow(value::u32(&a))?;
                }
                FRA_TUN_ID if a.raw_kind() == FRA_TUN_ID => {
                    FibRuleAttrsBuilder::new(w).tun_id(value::u64(&a))?;
                }
                FRA_SUPPRESS_IFGROUP if a.raw_kind() == FRA_SUPPRESS_IFGROUP => {
                    FibRuleAttrsBuilder::new(w).suppress_ifgroup(value::u32(&a))?;
                }
                FRA_SUPPRESS_PREFIXLEN if a.raw_kind() == FRA_SUPPRESS_PREFIXLEN => {
                    FibRuleAttrsBuilder::new(w).suppress_prefixlen(value::u32(&a))?;
                }
                FRA_TABLE if a.raw_kind() == FRA_TABLE => {
                    FibRuleAttrsBuilder::new(w).table_attr(RtTable::from_value(value::u32(&a)))?;
                }
                FRA_FWMASK if a.raw_kind() == FRA_FWMASK => {
                    FibRuleAttrsBuilder::new(w).fwmask(value::u32(&a))?;
                }
                FRA_OIFNAME if a.raw_kind() == FRA_OIFNAME => {
                    FibRuleAttrsBuilder::new(w).oifname(value::str(&a))?;
                }
                FRA_PAD if a.raw_kind() == FRA_PAD => raw(w, &a)?,
                FRA_L3MDEV if a.raw_kind() == FRA_L3MDEV => {
                    FibRuleAttrsBuilder::new(w).l3mdev(value::u8(&a))?;
                }
                FRA_UID_RANGE if a.raw_kind() == FRA_UID_RANGE => {
                    if a.value().len() == FibRuleUidRange::LEN {
                        FibRuleAttrsBuilder::new(w)
                            .uid_range(&FibRuleUidRange::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                FRA_PROTOCOL if a.raw_kind() == FRA_PROTOCOL => {
                    FibRuleAttrsBuilder::new(w)
                        .protocol(RtProtocol::from_value(value::u8(&a) as u32))?;
                }
                FRA_IP_PROTO if a.raw_kind() == FRA_IP_PROTO => {
                    FibRuleAttrsBuilder::new(w).ip_proto(value::u8(&a))?;
                }
                FRA_SPORT_RANGE if a.raw_kind() == FRA_SPORT_RANGE => {
                    if a.value().len() == FibRulePortRange::LEN {
                        FibRuleAttrsBuilder::new(w)
                            .sport_range(&FibRulePortRange::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                FRA_DPORT_RANGE if a.raw_kind() == FRA_DPORT_RANGE => {
                    if a.value().len() == FibRulePortRange::LEN {
                        FibRuleAttrsBuilder::new(w)
                            .dport_range(&FibRulePortRange::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                FRA_DSCP if a.raw_kind() == FRA_DSCP => {
                    FibRuleAttrsBuilder::new(w).dscp(value::u8(&a))?;
                }
                FRA_FLOWLABEL if a.raw_kind() == FRA_FLOWLABEL => {
                    FibRuleAttrsBuilder::new(w).flowlabel(value::u32_be(&a))?;
                }
                FRA_FLOWLABEL_MASK if a.raw_kind() == FRA_FLOWLABEL_MASK => {
                    FibRuleAttrsBuilder::new(w).flowlabel_mask(value::u32_be(&a))?;
                }
                FRA_SPORT_MASK if a.raw_kind() == FRA_SPORT_MASK => {
                    FibRuleAttrsBuilder::new(w).sport_mask(value::u16(&a))?;
                }
                FRA_DPORT_MASK if a.raw_kind() == FRA_DPORT_MASK => {
                    FibRuleAttrsBuilder::new(w).dport_mask(value::u16(&a))?;
                }
                FRA_DSCP_MASK if a.raw_kind() == FRA_DSCP_MASK => {
                    FibRuleAttrsBuilder::new(w).dscp_mask(value::u8(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// Every attribute set of `rt-rule` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 1] = [SetRoundtrip {
    set: &tables::FIB_RULE_ATTRS,
    run: |attrs, w| FibRuleAttrs::parse(attrs)?.write_to(w),
}];
