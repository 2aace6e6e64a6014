//! Typed views of `tc`: one per attribute set, parsed in one pass into a table, with
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

/// What [`AttrsAttrs`] checks of each attribute, from the descriptors.
static ATTRS_CHECKS: [Check; 17] = Check::table(&tables::ATTRS);

/// The `attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct AttrsAttrs<'a>(Table<'a, 17>);

impl<'a> AttrView<'a> for AttrsAttrs<'a> {
    const SET: &'static AttrSet = &tables::ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ATTRS_CHECKS, attrs)
    }
}

impl<'a> AttrsAttrs<'a> {
    /// Indexes and checks a block of `attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 17> {
        &self.0
    }

    /// `TCA_KIND`
    #[inline]
    pub fn kind(&self) -> Option<&'a str> {
        self.0.str(TCA_KIND)
    }

    /// `TCA_OPTIONS`
    #[inline]
    pub fn options(&self) -> Result<Option<OptionsMsg<'a>>, Error> {
        OptionsMsg::parse(self.0.get(TCA_OPTIONS), self.0.get(TCA_KIND))
    }

    /// `TCA_STATS`
    #[inline]
    pub fn stats(&self) -> Option<TcStats> {
        self.0.fixed(TCA_STATS, TcStats::from_bytes)
    }

    /// `TCA_XSTATS`
    #[inline]
    pub fn xstats(&self) -> Result<Option<TcaStatsAppMsg<'a>>, Error> {
        TcaStatsAppMsg::parse(self.0.get(TCA_XSTATS), self.0.get(TCA_KIND))
    }

    /// `TCA_RATE`
    #[inline]
    pub fn rate(&self) -> Option<GnetEstimator> {
        self.0.fixed(TCA_RATE, GnetEstimator::from_bytes)
    }

    /// `TCA_FCNT`
    #[inline]
    pub fn fcnt(&self) -> Option<u32> {
        self.0.u32(TCA_FCNT)
    }

    /// `TCA_STATS2`
    #[inline]
    pub fn stats2(&self) -> Result<Option<TcaStatsAttrs<'a>>, Error> {
        self.0.nest(TCA_STATS2)
    }

    /// `TCA_STAB`
    #[inline]
    pub fn stab(&self) -> Result<Option<TcaStabAttrs<'a>>, Error> {
        self.0.nest(TCA_STAB)
    }

    /// `TCA_DUMP_INVISIBLE`
    #[inline]
    pub fn dump_invisible(&self) -> bool {
        self.0.flag(TCA_DUMP_INVISIBLE)
    }

    /// `TCA_CHAIN`
    #[inline]
    pub fn chain(&self) -> Option<u32> {
        self.0.u32(TCA_CHAIN)
    }

    /// `TCA_HW_OFFLOAD`
    #[inline]
    pub fn hw_offload(&self) -> Option<u8> {
        self.0.u8(TCA_HW_OFFLOAD)
    }

    /// `TCA_INGRESS_BLOCK`
    #[inline]
    pub fn ingress_block(&self) -> Option<u32> {
        self.0.u32(TCA_INGRESS_BLOCK)
    }

    /// `TCA_EGRESS_BLOCK`
    #[inline]
    pub fn egress_block(&self) -> Option<u32> {
        self.0.u32(TCA_EGRESS_BLOCK)
    }

    /// `TCA_DUMP_FLAGS`
    #[inline]
    pub fn dump_flags(&self) -> Option<Bitfield32> {
        self.0.bitfield32(TCA_DUMP_FLAGS)
    }

    /// `TCA_EXT_WARN_MSG`
    #[inline]
    pub fn ext_warn_msg(&self) -> Option<&'a str> {
        self.0.str(TCA_EXT_WARN_MSG)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_KIND if a.raw_kind() == TCA_KIND => {
                    AttrsAttrsBuilder::new(w).kind(value::str(&a))?;
                }
                TCA_OPTIONS => match OptionsMsg::parse(Some(a), self.0.get(TCA_KIND))? {
                    Some(m) => m.write_to(w, &a)?,
                    None => raw(w, &a)?,
                },
                TCA_STATS if a.raw_kind() == TCA_STATS => {
                    if a.value().len() == TcStats::LEN {
                        AttrsAttrsBuilder::new(w).stats(&TcStats::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_XSTATS => match TcaStatsAppMsg::parse(Some(a), self.0.get(TCA_KIND))? {
                    Some(m) => m.write_to(w, &a)?,
                    None => raw(w, &a)?,
                },
                TCA_RATE if a.raw_kind() == TCA_RATE => {
                    if a.value().len() == GnetEstimator::LEN {
                        AttrsAttrsBuilder::new(w).rate(&GnetEstimator::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_FCNT if a.raw_kind() == TCA_FCNT => {
                    AttrsAttrsBuilder::new(w).fcnt(value::u32(&a))?;
                }
                TCA_STATS2 => nest_like(w, &a, |w| TcaStatsAttrs::parse(a.nested())?.write_to(w))?,
                TCA_STAB => nest_like(w, &a, |w| TcaStabAttrs::parse(a.nested())?.write_to(w))?,
                TCA_PAD if a.raw_kind() == TCA_PAD => raw(w, &a)?,
                TCA_DUMP_INVISIBLE if a.raw_kind() == TCA_DUMP_INVISIBLE => {
                    if a.value().is_empty() {
                        AttrsAttrsBuilder::new(w).dump_invisible()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_CHAIN if a.raw_kind() == TCA_CHAIN => {
                    AttrsAttrsBuilder::new(w).chain(value::u32(&a))?;
                }
                TCA_HW_OFFLOAD if a.raw_kind() == TCA_HW_OFFLOAD => {
                    AttrsAttrsBuilder::new(w).hw_offload(value::u8(&a))?;
                }
                TCA_INGRESS_BLOCK if a.raw_kind() == TCA_INGRESS_BLOCK => {
                    AttrsAttrsBuilder::new(w).ingress_block(value::u32(&a))?;
                }
                TCA_EGRESS_BLOCK if a.raw_kind() == TCA_EGRESS_BLOCK => {
                    AttrsAttrsBuilder::new(w).egress_block(value::u32(&a))?;
                }
                TCA_DUMP_FLAGS if a.raw_kind() == TCA_DUMP_FLAGS => {
                    AttrsAttrsBuilder::new(w).dump_flags(Bitfield32::from_bytes(a.value()))?;
                }
                TCA_EXT_WARN_MSG if a.raw_kind() == TCA_EXT_WARN_MSG => {
                    AttrsAttrsBuilder::new(w).ext_warn_msg(value::str(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ActAttrs`] checks of each attribute, from the descriptors.
static ACT_ATTRS_CHECKS: [Check; 11] = Check::table(&tables::ACT_ATTRS);

/// The `act-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ActAttrs<'a>(Table<'a, 11>);

impl<'a> AttrView<'a> for ActAttrs<'a> {
    const SET: &'static AttrSet = &tables::ACT_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ACT_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ACT_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ActAttrs<'a> {
    /// Indexes and checks a block of `act-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 11> {
        &self.0
    }

    /// `TCA_ACT_KIND`
    #[inline]
    pub fn kind(&self) -> Option<&'a str> {
        self.0.str(TCA_ACT_KIND)
    }

    /// `TCA_ACT_OPTIONS`
    #[inline]
    pub fn options(&self) -> Result<Option<ActOptionsMsg<'a>>, Error> {
        ActOptionsMsg::parse(self.0.get(TCA_ACT_OPTIONS), self.0.get(TCA_ACT_KIND))
    }

    /// `TCA_ACT_INDEX`
    #[inline]
    pub fn index(&self) -> Option<u32> {
        self.0.u32(TCA_ACT_INDEX)
    }

    /// `TCA_ACT_STATS`
    #[inline]
    pub fn stats(&self) -> Result<Option<TcaStatsAttrs<'a>>, Error> {
        self.0.nest(TCA_ACT_STATS)
    }

    /// `TCA_ACT_COOKIE`
    #[inline]
    pub fn cookie(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_ACT_COOKIE)
    }

    /// `TCA_ACT_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<Bitfield32> {
        self.0.bitfield32(TCA_ACT_FLAGS)
    }

    /// `TCA_ACT_HW_STATS`
    #[inline]
    pub fn hw_stats(&self) -> Option<Bitfield32> {
        self.0.bitfield32(TCA_ACT_HW_STATS)
    }

    /// `TCA_ACT_USED_HW_STATS`
    #[inline]
    pub fn used_hw_stats(&self) -> Option<Bitfield32> {
        self.0.bitfield32(TCA_ACT_USED_HW_STATS)
    }

    /// `TCA_ACT_IN_HW_COUNT`
    #[inline]
    pub fn in_hw_count(&self) -> Option<u32> {
        self.0.u32(TCA_ACT_IN_HW_COUNT)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_ACT_KIND if a.raw_kind() == TCA_ACT_KIND => {
                    ActAttrsBuilder::new(w).kind(value::str(&a))?;
                }
                TCA_ACT_OPTIONS => match ActOptionsMsg::parse(Some(a), self.0.get(TCA_ACT_KIND))? {
                    Some(m) => m.write_to(w, &a)?,
                    None => raw(w, &a)?,
                },
                TCA_ACT_INDEX if a.raw_kind() == TCA_ACT_INDEX => {
                    ActAttrsBuilder::new(w).index(value::u32(&a))?;
                }
                TCA_ACT_STATS => {
                    nest_like(w, &a, |w| TcaStatsAttrs::parse(a.nested())?.write_to(w))?
                }
                TCA_ACT_PAD if a.raw_kind() == TCA_ACT_PAD => raw(w, &a)?,
                TCA_ACT_COOKIE if a.raw_kind() == TCA_ACT_COOKIE => {
                    ActAttrsBuilder::new(w).cookie(a.value())?;
                }
                TCA_ACT_FLAGS if a.raw_kind() == TCA_ACT_FLAGS => {
                    ActAttrsBuilder::new(w).flags(Bitfield32::from_bytes(a.value()))?;
                }
                TCA_ACT_HW_STATS if a.raw_kind() == TCA_ACT_HW_STATS => {
                    ActAttrsBuilder::new(w).hw_stats(Bitfield32::from_bytes(a.value()))?;
                }
                TCA_ACT_USED_HW_STATS if a.raw_kind() == TCA_ACT_USED_HW_STATS => {
                    ActAttrsBuilder::new(w).used_hw_stats(Bitfield32::from_bytes(a.value()))?;
                }
                TCA_ACT_IN_HW_COUNT if a.raw_kind() == TCA_ACT_IN_HW_COUNT => {
                    ActAttrsBuilder::new(w).in_hw_count(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ActBpfAttrs`] checks of each attribute, from the descriptors.
static ACT_BPF_ATTRS_CHECKS: [Check; 10] = Check::table(&tables::ACT_BPF_ATTRS);

/// The `act-bpf-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ActBpfAttrs<'a>(Table<'a, 10>);

impl<'a> AttrView<'a> for ActBpfAttrs<'a> {
    const SET: &'static AttrSet = &tables::ACT_BPF_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ACT_BPF_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ACT_BPF_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ActBpfAttrs<'a> {
    /// Indexes and checks a block of `act-bpf-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 10> {
        &self.0
    }

    /// `TCA_ACT_BPF_TM`
    #[inline]
    pub fn tm(&self) -> Option<TcfT> {
        self.0.fixed(TCA_ACT_BPF_TM, TcfT::from_bytes)
    }

    /// `TCA_ACT_BPF_PARMS`
    #[inline]
    pub fn parms(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_ACT_BPF_PARMS)
    }

    /// `TCA_ACT_BPF_OPS_LEN`
    #[inline]
    pub fn ops_len(&self) -> Option<u16> {
        self.0.u16(TCA_ACT_BPF_OPS_LEN)
    }

    /// `TCA_ACT_BPF_OPS`
    #[inline]
    pub fn ops(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_ACT_BPF_OPS)
    }

    /// `TCA_ACT_BPF_FD`
    #[inline]
    pub fn fd(&self) -> Option<u32> {
        self.0.u32(TCA_ACT_BPF_FD)
    }

    /// `TCA_ACT_BPF_NAME`
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(TCA_ACT_BPF_NAME)
    }

    /// `TCA_ACT_BPF_TAG`
    #[inline]
    pub fn tag(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_ACT_BPF_TAG)
    }

    /// `TCA_ACT_BPF_ID`
    #[inline]
    pub fn id(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_ACT_BPF_ID)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_ACT_BPF_TM if a.raw_kind() == TCA_ACT_BPF_TM => {
                    if a.value().len() == TcfT::LEN {
                        ActBpfAttrsBuilder::new(w).tm(&TcfT::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_ACT_BPF_PARMS if a.raw_kind() == TCA_ACT_BPF_PARMS => {
                    ActBpfAttrsBuilder::new(w).parms(a.value())?;
                }
                TCA_ACT_BPF_OPS_LEN if a.raw_kind() == TCA_ACT_BPF_OPS_LEN => {
                    ActBpfAttrsBuilder::new(w).ops_len(value::u16(&a))?;
                }
                TCA_ACT_BPF_OPS if a.raw_kind() == TCA_ACT_BPF_OPS => {
                    ActBpfAttrsBuilder::new(w).ops(a.value())?;
                }
                TCA_ACT_BPF_FD if a.raw_kind() == TCA_ACT_BPF_FD => {
                    ActBpfAttrsBuilder::new(w).fd(value::u32(&a))?;
                }
                TCA_ACT_BPF_NAME if a.raw_kind() == TCA_ACT_BPF_NAME => {
                    ActBpfAttrsBuilder::new(w).name(value::str(&a))?;
                }
                TCA_ACT_BPF_PAD if a.raw_kind() == TCA_ACT_BPF_PAD => raw(w, &a)?,
                TCA_ACT_BPF_TAG if a.raw_kind() == TCA_ACT_BPF_TAG => {
                    ActBpfAttrsBuilder::new(w).tag(a.value())?;
                }
                TCA_ACT_BPF_ID if a.raw_kind() == TCA_ACT_BPF_ID => {
                    ActBpfAttrsBuilder::new(w).id(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ActConnmarkAttrs`] checks of each attribute, from the descriptors.
static ACT_CONNMARK_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::ACT_CONNMARK_ATTRS);

/// The `act-connmark-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ActConnmarkAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for ActConnmarkAttrs<'a> {
    const SET: &'static AttrSet = &tables::ACT_CONNMARK_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ACT_CONNMARK_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ACT_CONNMARK_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ActConnmarkAttrs<'a> {
    /// Indexes and checks a block of `act-connmark-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `TCA_CONNMARK_PARMS`
    #[inline]
    pub fn parms(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_CONNMARK_PARMS)
    }

    /// `TCA_CONNMARK_TM`
    #[inline]
    pub fn tm(&self) -> Option<TcfT> {
        self.0.fixed(TCA_CONNMARK_TM, TcfT::from_bytes)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_CONNMARK_PARMS if a.raw_kind() == TCA_CONNMARK_PARMS => {
                    ActConnmarkAttrsBuilder::new(w).parms(a.value())?;
                }
                TCA_CONNMARK_TM if a.raw_kind() == TCA_CONNMARK_TM => {
                    if a.value().len() == TcfT::LEN {
                        ActConnmarkAttrsBuilder::new(w).tm(&TcfT::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_CONNMARK_PAD if a.raw_kind() == TCA_CONNMARK_PAD => raw(w, &a)?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ActCsumAttrs`] checks of each attribute, from the descriptors.
static ACT_CSUM_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::ACT_CSUM_ATTRS);

/// The `act-csum-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ActCsumAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for ActCsumAttrs<'a> {
    const SET: &'static AttrSet = &tables::ACT_CSUM_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ACT_CSUM_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ACT_CSUM_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ActCsumAttrs<'a> {
    /// Indexes and checks a block of `act-csum-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `TCA_CSUM_PARMS`
    #[inline]
    pub fn parms(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_CSUM_PARMS)
    }

    /// `TCA_CSUM_TM`
    #[inline]
    pub fn tm(&self) -> Option<TcfT> {
        self.0.fixed(TCA_CSUM_TM, TcfT::from_bytes)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_CSUM_PARMS if a.raw_kind() == TCA_CSUM_PARMS => {
                    ActCsumAttrsBuilder::new(w).parms(a.value())?;
                }
                TCA_CSUM_TM if a.raw_kind() == TCA_CSUM_TM => {
                    if a.value().len() == TcfT::LEN {
                        ActCsumAttrsBuilder::new(w).tm(&TcfT::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_CSUM_PAD if a.raw_kind() == TCA_CSUM_PAD => raw(w, &a)?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ActCtAttrs`] checks of each attribute, from the descriptors.
static ACT_CT_ATTRS_CHECKS: [Check; 19] = Check::table(&tables::ACT_CT_ATTRS);

/// The `act-ct-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ActCtAttrs<'a>(Table<'a, 19>);

impl<'a> AttrView<'a> for ActCtAttrs<'a> {
    const SET: &'static AttrSet = &tables::ACT_CT_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ACT_CT_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ACT_CT_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ActCtAttrs<'a> {
    /// Indexes and checks a block of `act-ct-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 19> {
        &self.0
    }

    /// `TCA_CT_PARMS`
    #[inline]
    pub fn parms(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_CT_PARMS)
    }

    /// `TCA_CT_TM`
    #[inline]
    pub fn tm(&self) -> Option<TcfT> {
        self.0.fixed(TCA_CT_TM, TcfT::from_bytes)
    }

    /// `TCA_CT_ACTION`
    #[inline]
    pub fn action(&self) -> Option<u16> {
        self.0.u16(TCA_CT_ACTION)
    }

    /// `TCA_CT_ZONE`
    #[inline]
    pub fn zone(&self) -> Option<u16> {
        self.0.u16(TCA_CT_ZONE)
    }

    /// `TCA_CT_MARK`
    #[inline]
    pub fn mark(&self) -> Option<u32> {
        self.0.u32(TCA_CT_MARK)
    }

    /// `TCA_CT_MARK_MASK`
    #[inline]
    pub fn mark_mask(&self) -> Option<u32> {
        self.0.u32(TCA_CT_MARK_MASK)
    }

    /// `TCA_CT_LABELS`
    #[inline]
    pub fn labels(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_CT_LABELS)
    }

    /// `TCA_CT_LABELS_MASK`
    #[inline]
    pub fn labels_mask(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_CT_LABELS_MASK)
    }

    /// `TCA_CT_NAT_IPV4_MIN`
    #[inline]
    pub fn nat_ipv4_min(&self) -> Option<u32> {
        self.0.u32_be(TCA_CT_NAT_IPV4_MIN)
    }

    /// `TCA_CT_NAT_IPV4_MAX`
    #[inline]
    pub fn nat_ipv4_max(&self) -> Option<u32> {
        self.0.u32_be(TCA_CT_NAT_IPV4_MAX)
    }

    /// `TCA_CT_NAT_IPV6_MIN`
    #[inline]
    pub fn nat_ipv6_min(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_CT_NAT_IPV6_MIN)
    }

    /// `TCA_CT_NAT_IPV6_MAX`
    #[inline]
    pub fn nat_ipv6_max(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_CT_NAT_IPV6_MAX)
    }

    /// `TCA_CT_NAT_PORT_MIN`
    #[inline]
    pub fn nat_port_min(&self) -> Option<u16> {
        self.0.u16_be(TCA_CT_NAT_PORT_MIN)
    }

    /// `TCA_CT_NAT_PORT_MAX`
    #[inline]
    pub fn nat_port_max(&self) -> Option<u16> {
        self.0.u16_be(TCA_CT_NAT_PORT_MAX)
    }

    /// `TCA_CT_HELPER_NAME`
    #[inline]
    pub fn helper_name(&self) -> Option<&'a str> {
        self.0.str(TCA_CT_HELPER_NAME)
    }

    /// `TCA_CT_HELPER_FAMILY`
    #[inline]
    pub fn helper_family(&self) -> Option<u8> {
        self.0.u8(TCA_CT_HELPER_FAMILY)
    }

    /// `TCA_CT_HELPER_PROTO`
    #[inline]
    pub fn helper_proto(&self) -> Option<u8> {
        self.0.u8(TCA_CT_HELPER_PROTO)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_CT_PARMS if a.raw_kind() == TCA_CT_PARMS => {
                    ActCtAttrsBuilder::new(w).parms(a.value())?;
                }
                TCA_CT_TM if a.raw_kind() == TCA_CT_TM => {
                    if a.value().len() == TcfT::LEN {
                        ActCtAttrsBuilder::new(w).tm(&TcfT::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_CT_ACTION if a.raw_kind() == TCA_CT_ACTION => {
                    ActCtAttrsBuilder::new(w).action(value::u16(&a))?;
                }
                TCA_CT_ZONE if a.raw_kind() == TCA_CT_ZONE => {
                    ActCtAttrsBuilder::new(w).zone(value::u16(&a))?;
                }
                TCA_CT_MARK if a.raw_kind() == TCA_CT_MARK => {
                    ActCtAttrsBuilder::new(w).mark(value::u32(&a))?;
                }
                TCA_CT_MARK_MASK if a.raw_kind() == TCA_CT_MARK_MASK => {
                    ActCtAttrsBuilder::new(w).mark_mask(value::u32(&a))?;
                }
                TCA_CT_LABELS if a.raw_kind() == TCA_CT_LABELS => {
                    ActCtAttrsBuilder::new(w).labels(a.value())?;
                }
                TCA_CT_LABELS_MASK if a.raw_kind() == TCA_CT_LABELS_MASK => {
                    ActCtAttrsBuilder::new(w).labels_mask(a.value())?;
                }
                TCA_CT_NAT_IPV4_MIN if a.raw_kind() == TCA_CT_NAT_IPV4_MIN => {
                    ActCtAttrsBuilder::new(w).nat_ipv4_min(value::u32_be(&a))?;
                }
                TCA_CT_NAT_IPV4_MAX if a.raw_kind() == TCA_CT_NAT_IPV4_MAX => {
                    ActCtAttrsBuilder::new(w).nat_ipv4_max(value::u32_be(&a))?;
                }
                TCA_CT_NAT_IPV6_MIN if a.raw_kind() == TCA_CT_NAT_IPV6_MIN => {
                    ActCtAttrsBuilder::new(w).nat_ipv6_min(a.value())?;
                }
                TCA_CT_NAT_IPV6_MAX if a.raw_kind() == TCA_CT_NAT_IPV6_MAX => {
                    ActCtAttrsBuilder::new(w).nat_ipv6_max(a.value())?;
                }
                TCA_CT_NAT_PORT_MIN if a.raw_kind() == TCA_CT_NAT_PORT_MIN => {
                    ActCtAttrsBuilder::new(w).nat_port_min(value::u16_be(&a))?;
                }
                TCA_CT_NAT_PORT_MAX if a.raw_kind() == TCA_CT_NAT_PORT_MAX => {
                    ActCtAttrsBuilder::new(w).nat_port_max(value::u16_be(&a))?;
                }
                TCA_CT_PAD if a.raw_kind() == TCA_CT_PAD => raw(w, &a)?,
                TCA_CT_HELPER_NAME if a.raw_kind() == TCA_CT_HELPER_NAME => {
                    ActCtAttrsBuilder::new(w).helper_name(value::str(&a))?;
                }
                TCA_CT_HELPER_FAMILY if a.raw_kind() == TCA_CT_HELPER_FAMILY => {
                    ActCtAttrsBuilder::new(w).helper_family(value::u8(&a))?;
                }
                TCA_CT_HELPER_PROTO if a.raw_kind() == TCA_CT_HELPER_PROTO => {
                    ActCtAttrsBuilder::new(w).helper_proto(value::u8(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ActCtinfoAttrs`] checks of each attribute, from the descriptors.
static ACT_CTINFO_ATTRS_CHECKS: [Check; 11] = Check::table(&tables::ACT_CTINFO_ATTRS);

/// The `act-ctinfo-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ActCtinfoAttrs<'a>(Table<'a, 11>);

impl<'a> AttrView<'a> for ActCtinfoAttrs<'a> {
    const SET: &'static AttrSet = &tables::ACT_CTINFO_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ACT_CTINFO_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ACT_CTINFO_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ActCtinfoAttrs<'a> {
    /// Indexes and checks a block of `act-ctinfo-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 11> {
        &self.0
    }

    /// `TCA_CTINFO_TM`
    #[inline]
    pub fn tm(&self) -> Option<TcfT> {
        self.0.fixed(TCA_CTINFO_TM, TcfT::from_bytes)
    }

    /// `TCA_CTINFO_ACT`
    #[inline]
    pub fn act(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_CTINFO_ACT)
    }

    /// `TCA_CTINFO_ZONE`
    #[inline]
    pub fn zone(&self) -> Option<u16> {
        self.0.u16(TCA_CTINFO_ZONE)
    }

    /// `TCA_CTINFO_PARMS_DSCP_MASK`
    #[inline]
    pub fn parms_dscp_mask(&self) -> Option<u32> {
        self.0.u32(TCA_CTINFO_PARMS_DSCP_MASK)
    }

    /// `TCA_CTINFO_PARMS_DSCP_STATEMASK`
    #[inline]
    pub fn parms_dscp_statemask(&self) -> Option<u32> {
        self.0.u32(TCA_CTINFO_PARMS_DSCP_STATEMASK)
    }

    /// `TCA_CTINFO_PARMS_CPMARK_MASK`
    #[inline]
    pub fn parms_cpmark_mask(&self) -> Option<u32> {
        self.0.u32(TCA_CTINFO_PARMS_CPMARK_MASK)
    }

    /// `TCA_CTINFO_STATS_DSCP_SET`
    #[inline]
    pub fn stats_dscp_set(&self) -> Option<u64> {
        self.0.u64(TCA_CTINFO_STATS_DSCP_SET)
    }

    /// `TCA_CTINFO_STATS_DSCP_ERROR`
    #[inline]
    pub fn stats_dscp_error(&self) -> Option<u64> {
        self.0.u64(TCA_CTINFO_STATS_DSCP_ERROR)
    }

    /// `TCA_CTINFO_STATS_CPMARK_SET`
    #[inline]
    pub fn stats_cpmark_set(&self) -> Option<u64> {
        self.0.u64(TCA_CTINFO_STATS_CPMARK_SET)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_CTINFO_PAD if a.raw_kind() == TCA_CTINFO_PAD => raw(w, &a)?,
                TCA_CTINFO_TM if a.raw_kind() == TCA_CTINFO_TM => {
                    if a.value().len() == TcfT::LEN {
                        ActCtinfoAttrsBuilder::new(w).tm(&TcfT::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_CTINFO_ACT if a.raw_kind() == TCA_CTINFO_ACT => {
                    ActCtinfoAttrsBuilder::new(w).act(a.value())?;
                }
                TCA_CTINFO_ZONE if a.raw_kind() == TCA_CTINFO_ZONE => {
                    ActCtinfoAttrsBuilder::new(w).zone(value::u16(&a))?;
                }
                TCA_CTINFO_PARMS_DSCP_MASK if a.raw_kind() == TCA_CTINFO_PARMS_DSCP_MASK => {
                    ActCtinfoAttrsBuilder::new(w).parms_dscp_mask(value::u32(&a))?;
                }
                TCA_CTINFO_PARMS_DSCP_STATEMASK
                    if a.raw_kind() == TCA_CTINFO_PARMS_DSCP_STATEMASK =>
                {
                    ActCtinfoAttrsBuilder::new(w).parms_dscp_statemask(value::u32(&a))?;
                }
                TCA_CTINFO_PARMS_CPMARK_MASK if a.raw_kind() == TCA_CTINFO_PARMS_CPMARK_MASK => {
                    ActCtinfoAttrsBuilder::new(w).parms_cpmark_mask(value::u32(&a))?;
                }
                TCA_CTINFO_STATS_DSCP_SET if a.raw_kind() == TCA_CTINFO_STATS_DSCP_SET => {
                    ActCtinfoAttrsBuilder::new(w).stats_dscp_set(value::u64(&a))?;
                }
                TCA_CTINFO_STATS_DSCP_ERROR if a.raw_kind() == TCA_CTINFO_STATS_DSCP_ERROR => {
                    ActCtinfoAttrsBuilder::new(w).stats_dscp_error(value::u64(&a))?;
                }
                TCA_CTINFO_STATS_CPMARK_SET if a.raw_kind() == TCA_CTINFO_STATS_CPMARK_SET => {
                    ActCtinfoAttrsBuilder::new(w).stats_cpmark_set(value::u64(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ActGateAttrs`] checks of each attribute, from the descriptors.
static ACT_GATE_ATTRS_CHECKS: [Check; 11] = Check::table(&tables::ACT_GATE_ATTRS);

/// The `act-gate-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ActGateAttrs<'a>(Table<'a, 11>);

impl<'a> AttrView<'a> for ActGateAttrs<'a> {
    const SET: &'static AttrSet = &tables::ACT_GATE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ACT_GATE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ACT_GATE_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ActGateAttrs<'a> {
    /// Indexes and checks a block of `act-gate-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 11> {
        &self.0
    }

    /// `TCA_GATE_TM`
    #[inline]
    pub fn tm(&self) -> Option<TcfT> {
        self.0.fixed(TCA_GATE_TM, TcfT::from_bytes)
    }

    /// `TCA_GATE_PARMS`
    #[inline]
    pub fn parms(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_GATE_PARMS)
    }

    /// `TCA_GATE_PRIORITY`
    #[inline]
    pub fn priority(&self) -> Option<i32> {
        self.0.i32(TCA_GATE_PRIORITY)
    }

    /// `TCA_GATE_ENTRY_LIST`
    #[inline]
    pub fn entry_list(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_GATE_ENTRY_LIST)
    }

    /// `TCA_GATE_BASE_TIME`
    #[inline]
    pub fn base_time(&self) -> Option<u64> {
        self.0.u64(TCA_GATE_BASE_TIME)
    }

    /// `TCA_GATE_CYCLE_TIME`
    #[inline]
    pub fn cycle_time(&self) -> Option<u64> {
        self.0.u64(TCA_GATE_CYCLE_TIME)
    }

    /// `TCA_GATE_CYCLE_TIME_EXT`
    #[inline]
    pub fn cycle_time_ext(&self) -> Option<u64> {
        self.0.u64(TCA_GATE_CYCLE_TIME_EXT)
    }

    /// `TCA_GATE_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<u32> {
        self.0.u32(TCA_GATE_FLAGS)
    }

    /// `TCA_GATE_CLOCKID`
    #[inline]
    pub fn clockid(&self) -> Option<i32> {
        self.0.i32(TCA_GATE_CLOCKID)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_GATE_TM if a.raw_kind() == TCA_GATE_TM => {
                    if a.value().len() == TcfT::LEN {
                        ActGateAttrsBuilder::new(w).tm(&TcfT::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_GATE_PARMS if a.raw_kind() == TCA_GATE_PARMS => {
                    ActGateAttrsBuilder::new(w).parms(a.value())?;
                }
                TCA_GATE_PAD if a.raw_kind() == TCA_GATE_PAD => raw(w, &a)?,
                TCA_GATE_PRIORITY if a.raw_kind() == TCA_GATE_PRIORITY => {
                    ActGateAttrsBuilder::new(w).priority(value::i32(&a))?;
                }
                TCA_GATE_ENTRY_LIST if a.raw_kind() == TCA_GATE_ENTRY_LIST => {
                    ActGateAttrsBuilder::new(w).entry_list(a.value())?;
                }
                TCA_GATE_BASE_TIME if a.raw_kind() == TCA_GATE_BASE_TIME => {
                    ActGateAttrsBuilder::new(w).base_time(value::u64(&a))?;
                }
                TCA_GATE_CYCLE_TIME if a.raw_kind() == TCA_GATE_CYCLE_TIME => {
                    ActGateAttrsBuilder::new(w).cycle_time(value::u64(&a))?;
                }
                TCA_GATE_CYCLE_TIME_EXT if a.raw_kind() == TCA_GATE_CYCLE_TIME_EXT => {
                    ActGateAttrsBuilder::new(w).cycle_time_ext(value::u64(&a))?;
                }
                TCA_GATE_FLAGS if a.raw_kind() == TCA_GATE_FLAGS => {
                    ActGateAttrsBuilder::new(w).flags(value::u32(&a))?;
                }
                TCA_GATE_CLOCKID if a.raw_kind() == TCA_GATE_CLOCKID => {
                    ActGateAttrsBuilder::new(w).clockid(value::i32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ActIfeAttrs`] checks of each attribute, from the descriptors.
static ACT_IFE_ATTRS_CHECKS: [Check; 8] = Check::table(&tables::ACT_IFE_ATTRS);

/// The `act-ife-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ActIfeAttrs<'a>(Table<'a, 8>);

impl<'a> AttrView<'a> for ActIfeAttrs<'a> {
    const SET: &'static AttrSet = &tables::ACT_IFE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ACT_IFE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ACT_IFE_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ActIfeAttrs<'a> {
    /// Indexes and checks a block of `act-ife-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 8> {
        &self.0
    }

    /// `TCA_IFE_PARMS`
    #[inline]
    pub fn parms(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_IFE_PARMS)
    }

    /// `TCA_IFE_TM`
    #[inline]
    pub fn tm(&self) -> Option<TcfT> {
        self.0.fixed(TCA_IFE_TM, TcfT::from_bytes)
    }

    /// `TCA_IFE_DMAC`
    #[inline]
    pub fn dmac(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_IFE_DMAC)
    }

    /// `TCA_IFE_SMAC`
    #[inline]
    pub fn smac(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_IFE_SMAC)
    }

    /// `TCA_IFE_TYPE`
    #[inline]
    pub fn type_(&self) -> Option<u16> {
        self.0.u16(TCA_IFE_TYPE)
    }

    /// `TCA_IFE_METALST`
    #[inline]
    pub fn metalst(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_IFE_METALST)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_IFE_PARMS if a.raw_kind() == TCA_IFE_PARMS => {
                    ActIfeAttrsBuilder::new(w).parms(a.value())?;
                }
                TCA_IFE_TM if a.raw_kind() == TCA_IFE_TM => {
                    if a.value().len() == TcfT::LEN {
                        ActIfeAttrsBuilder::new(w).tm(&TcfT::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_IFE_DMAC if a.raw_kind() == TCA_IFE_DMAC => {
                    ActIfeAttrsBuilder::new(w).dmac(a.value())?;
                }
                TCA_IFE_SMAC if a.raw_kind() == TCA_IFE_SMAC => {
                    ActIfeAttrsBuilder::new(w).smac(a.value())?;
                }
                TCA_IFE_TYPE if a.raw_kind() == TCA_IFE_TYPE => {
                    ActIfeAttrsBuilder::new(w).type_(value::u16(&a))?;
                }
                TCA_IFE_METALST if a.raw_kind() == TCA_IFE_METALST => {
                    ActIfeAttrsBuilder::new(w).metalst(a.value())?;
                }
                TCA_IFE_PAD if a.raw_kind() == TCA_IFE_PAD => raw(w, &a)?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ActMirredAttrs`] checks of each attribute, from the descriptors.
static ACT_MIRRED_ATTRS_CHECKS: [Check; 5] = Check::table(&tables::ACT_MIRRED_ATTRS);

/// The `act-mirred-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ActMirredAttrs<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for ActMirredAttrs<'a> {
    const SET: &'static AttrSet = &tables::ACT_MIRRED_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ACT_MIRRED_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ACT_MIRRED_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ActMirredAttrs<'a> {
    /// Indexes and checks a block of `act-mirred-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `TCA_MIRRED_TM`
    #[inline]
    pub fn tm(&self) -> Option<TcfT> {
        self.0.fixed(TCA_MIRRED_TM, TcfT::from_bytes)
    }

    /// `TCA_MIRRED_PARMS`
    #[inline]
    pub fn parms(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_MIRRED_PARMS)
    }

    /// `TCA_MIRRED_BLOCKID`
    #[inline]
    pub fn blockid(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_MIRRED_BLOCKID)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_MIRRED_TM if a.raw_kind() == TCA_MIRRED_TM => {
                    if a.value().len() == TcfT::LEN {
                        ActMirredAttrsBuilder::new(w).tm(&TcfT::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_MIRRED_PARMS if a.raw_kind() == TCA_MIRRED_PARMS => {
                    ActMirredAttrsBuilder::new(w).parms(a.value())?;
                }
                TCA_MIRRED_PAD if a.raw_kind() == TCA_MIRRED_PAD => raw(w, &a)?,
                TCA_MIRRED_BLOCKID if a.raw_kind() == TCA_MIRRED_BLOCKID => {
                    ActMirredAttrsBuilder::new(w).blockid(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ActMplsAttrs`] checks of each attribute, from the descriptors.
static ACT_MPLS_ATTRS_CHECKS: [Check; 9] = Check::table(&tables::ACT_MPLS_ATTRS);

/// The `act-mpls-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ActMplsAttrs<'a>(Table<'a, 9>);

impl<'a> AttrView<'a> for ActMplsAttrs<'a> {
    const SET: &'static AttrSet = &tables::ACT_MPLS_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ACT_MPLS_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ACT_MPLS_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ActMplsAttrs<'a> {
    /// Indexes and checks a block of `act-mpls-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 9> {
        &self.0
    }

    /// `TCA_MPLS_TM`
    #[inline]
    pub fn tm(&self) -> Option<TcfT> {
        self.0.fixed(TCA_MPLS_TM, TcfT::from_bytes)
    }

    /// `TCA_MPLS_PARMS`
    #[inline]
    pub fn parms(&self) -> Option<TcMpls> {
        self.0.fixed(TCA_MPLS_PARMS, TcMpls::from_bytes)
    }

    /// `TCA_MPLS_PROTO`
    #[inline]
    pub fn proto(&self) -> Option<u16> {
        self.0.u16_be(TCA_MPLS_PROTO)
    }

    /// `TCA_MPLS_LABEL`
    #[inline]
    pub fn label(&self) -> Option<u32> {
        self.0.u32(TCA_MPLS_LABEL)
    }

    /// `TCA_MPLS_TC`
    #[inline]
    pub fn tc(&self) -> Option<u8> {
        self.0.u8(TCA_MPLS_TC)
    }

    /// `TCA_MPLS_TTL`
    #[inline]
    pub fn ttl(&self) -> Option<u8> {
        self.0.u8(TCA_MPLS_TTL)
    }

    /// `TCA_MPLS_BOS`
    #[inline]
    pub fn bos(&self) -> Option<u8> {
        self.0.u8(TCA_MPLS_BOS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_MPLS_TM if a.raw_kind() == TCA_MPLS_TM => {
                    if a.value().len() == TcfT::LEN {
                        ActMplsAttrsBuilder::new(w).tm(&TcfT::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_MPLS_PARMS if a.raw_kind() == TCA_MPLS_PARMS => {
                    if a.value().len() == TcMpls::LEN {
                        ActMplsAttrsBuilder::new(w).parms(&TcMpls::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_MPLS_PAD if a.raw_kind() == TCA_MPLS_PAD => raw(w, &a)?,
                TCA_MPLS_PROTO if a.raw_kind() == TCA_MPLS_PROTO => {
                    ActMplsAttrsBuilder::new(w).proto(value::u16_be(&a))?;
                }
                TCA_MPLS_LABEL if a.raw_kind() == TCA_MPLS_LABEL => {
                    ActMplsAttrsBuilder::new(w).label(value::u32(&a))?;
                }
                TCA_MPLS_TC if a.raw_kind() == TCA_MPLS_TC => {
                    ActMplsAttrsBuilder::new(w).tc(value::u8(&a))?;
                }
                TCA_MPLS_TTL if a.raw_kind() == TCA_MPLS_TTL => {
                    ActMplsAttrsBuilder::new(w).ttl(value::u8(&a))?;
                }
                TCA_MPLS_BOS if a.raw_kind() == TCA_MPLS_BOS => {
                    ActMplsAttrsBuilder::new(w).bos(value::u8(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ActNatAttrs`] checks of each attribute, from the descriptors.
static ACT_NAT_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::ACT_NAT_ATTRS);

/// The `act-nat-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ActNatAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for ActNatAttrs<'a> {
    const SET: &'static AttrSet = &tables::ACT_NAT_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ACT_NAT_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ACT_NAT_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ActNatAttrs<'a> {
    /// Indexes and checks a block of `act-nat-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `TCA_NAT_PARMS`
    #[inline]
    pub fn parms(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_NAT_PARMS)
    }

    /// `TCA_NAT_TM`
    #[inline]
    pub fn tm(&self) -> Option<TcfT> {
        self.0.fixed(TCA_NAT_TM, TcfT::from_bytes)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_NAT_PARMS if a.raw_kind() == TCA_NAT_PARMS => {
                    ActNatAttrsBuilder::new(w).parms(a.value())?;
                }
                TCA_NAT_TM if a.raw_kind() == TCA_NAT_TM => {
                    if a.value().len() == TcfT::LEN {
                        ActNatAttrsBuilder::new(w).tm(&TcfT::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_NAT_PAD if a.raw_kind() == TCA_NAT_PAD => raw(w, &a)?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ActPeditAttrs`] checks of each attribute, from the descriptors.
static ACT_PEDIT_ATTRS_CHECKS: [Check; 7] = Check::table(&tables::ACT_PEDIT_ATTRS);

/// The `act-pedit-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ActPeditAttrs<'a>(Table<'a, 7>);

impl<'a> AttrView<'a> for ActPeditAttrs<'a> {
    const SET: &'static AttrSet = &tables::ACT_PEDIT_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ACT_PEDIT_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ACT_PEDIT_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ActPeditAttrs<'a> {
    /// Indexes and checks a block of `act-pedit-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 7> {
        &self.0
    }

    /// `TCA_PEDIT_TM`
    #[inline]
    pub fn tm(&self) -> Option<TcfT> {
        self.0.fixed(TCA_PEDIT_TM, TcfT::from_bytes)
    }

    /// `TCA_PEDIT_PARMS`
    #[inline]
    pub fn parms(&self) -> Option<TcPeditSel> {
        self.0.fixed(TCA_PEDIT_PARMS, TcPeditSel::from_bytes)
    }

    /// `TCA_PEDIT_PARMS_EX`
    #[inline]
    pub fn parms_ex(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_PEDIT_PARMS_EX)
    }

    /// `TCA_PEDIT_KEYS_EX`
    #[inline]
    pub fn keys_ex(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_PEDIT_KEYS_EX)
    }

    /// `TCA_PEDIT_KEY_EX`
    #[inline]
    pub fn key_ex(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_PEDIT_KEY_EX)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_PEDIT_TM if a.raw_kind() == TCA_PEDIT_TM => {
                    if a.value().len() == TcfT::LEN {
                        ActPeditAttrsBuilder::new(w).tm(&TcfT::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_PEDIT_PARMS if a.raw_kind() == TCA_PEDIT_PARMS => {
                    if a.value().len() == TcPeditSel::LEN {
                        ActPeditAttrsBuilder::new(w).parms(&TcPeditSel::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_PEDIT_PAD if a.raw_kind() == TCA_PEDIT_PAD => raw(w, &a)?,
                TCA_PEDIT_PARMS_EX if a.raw_kind() == TCA_PEDIT_PARMS_EX => {
                    ActPeditAttrsBuilder::new(w).parms_ex(a.value())?;
                }
                TCA_PEDIT_KEYS_EX if a.raw_kind() == TCA_PEDIT_KEYS_EX => {
                    ActPeditAttrsBuilder::new(w).keys_ex(a.value())?;
                }
                TCA_PEDIT_KEY_EX if a.raw_kind() == TCA_PEDIT_KEY_EX => {
                    ActPeditAttrsBuilder::new(w).key_ex(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ActSimpleAttrs`] checks of each attribute, from the descriptors.
static ACT_SIMPLE_ATTRS_CHECKS: [Check; 5] = Check::table(&tables::ACT_SIMPLE_ATTRS);

/// The `act-simple-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ActSimpleAttrs<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for ActSimpleAttrs<'a> {
    const SET: &'static AttrSet = &tables::ACT_SIMPLE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ACT_SIMPLE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ACT_SIMPLE_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ActSimpleAttrs<'a> {
    /// Indexes and checks a block of `act-simple-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `TCA_DEF_TM`
    #[inline]
    pub fn tm(&self) -> Option<TcfT> {
        self.0.fixed(TCA_DEF_TM, TcfT::from_bytes)
    }

    /// `TCA_DEF_PARMS`
    #[inline]
    pub fn parms(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_DEF_PARMS)
    }

    /// `TCA_DEF_DATA`
    #[inline]
    pub fn data(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_DEF_DATA)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_DEF_TM if a.raw_kind() == TCA_DEF_TM => {
                    if a.value().len() == TcfT::LEN {
                        ActSimpleAttrsBuilder::new(w).tm(&TcfT::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_DEF_PARMS if a.raw_kind() == TCA_DEF_PARMS => {
                    ActSimpleAttrsBuilder::new(w).parms(a.value())?;
                }
                TCA_DEF_DATA if a.raw_kind() == TCA_DEF_DATA => {
                    ActSimpleAttrsBuilder::new(w).data(a.value())?;
                }
                TCA_DEF_PAD if a.raw_kind() == TCA_DEF_PAD => raw(w, &a)?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ActSkbeditAttrs`] checks of each attribute, from the descriptors.
static ACT_SKBEDIT_ATTRS_CHECKS: [Check; 11] = Check::table(&tables::ACT_SKBEDIT_ATTRS);

/// The `act-skbedit-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ActSkbeditAttrs<'a>(Table<'a, 11>);

impl<'a> AttrView<'a> for ActSkbeditAttrs<'a> {
    const SET: &'static AttrSet = &tables::ACT_SKBEDIT_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ACT_SKBEDIT_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ACT_SKBEDIT_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ActSkbeditAttrs<'a> {
    /// Indexes and checks a block of `act-skbedit-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 11> {
        &self.0
    }

    /// `TCA_SKBEDIT_TM`
    #[inline]
    pub fn tm(&self) -> Option<TcfT> {
        self.0.fixed(TCA_SKBEDIT_TM, TcfT::from_bytes)
    }

    /// `TCA_SKBEDIT_PARMS`
    #[inline]
    pub fn parms(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_SKBEDIT_PARMS)
    }

    /// `TCA_SKBEDIT_PRIORITY`
    #[inline]
    pub fn priority(&self) -> Option<u32> {
        self.0.u32(TCA_SKBEDIT_PRIORITY)
    }

    /// `TCA_SKBEDIT_QUEUE_MAPPING`
    #[inline]
    pub fn queue_mapping(&self) -> Option<u16> {
        self.0.u16(TCA_SKBEDIT_QUEUE_MAPPING)
    }

    /// `TCA_SKBEDIT_MARK`
    #[inline]
    pub fn mark(&self) -> Option<u32> {
        self.0.u32(TCA_SKBEDIT_MARK)
    }

    /// `TCA_SKBEDIT_PTYPE`
    #[inline]
    pub fn ptype(&self) -> Option<u16> {
        self.0.u16(TCA_SKBEDIT_PTYPE)
    }

    /// `TCA_SKBEDIT_MASK`
    #[inline]
    pub fn mask(&self) -> Option<u32> {
        self.0.u32(TCA_SKBEDIT_MASK)
    }

    /// `TCA_SKBEDIT_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<u64> {
        self.0.u64(TCA_SKBEDIT_FLAGS)
    }

    /// `TCA_SKBEDIT_QUEUE_MAPPING_MAX`
    #[inline]
    pub fn queue_mapping_max(&self) -> Option<u16> {
        self.0.u16(TCA_SKBEDIT_QUEUE_MAPPING_MAX)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_SKBEDIT_TM if a.raw_kind() == TCA_SKBEDIT_TM => {
                    if a.value().len() == TcfT::LEN {
                        ActSkbeditAttrsBuilder::new(w).tm(&TcfT::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_SKBEDIT_PARMS if a.raw_kind() == TCA_SKBEDIT_PARMS => {
                    ActSkbeditAttrsBuilder::new(w).parms(a.value())?;
                }
                TCA_SKBEDIT_PRIORITY if a.raw_kind() == TCA_SKBEDIT_PRIORITY => {
                    ActSkbeditAttrsBuilder::new(w).priority(value::u32(&a))?;
                }
                TCA_SKBEDIT_QUEUE_MAPPING if a.raw_kind() == TCA_SKBEDIT_QUEUE_MAPPING => {
                    ActSkbeditAttrsBuilder::new(w).queue_mapping(value::u16(&a))?;
                }
                TCA_SKBEDIT_MARK if a.raw_kind() == TCA_SKBEDIT_MARK => {
                    ActSkbeditAttrsBuilder::new(w).mark(value::u32(&a))?;
                }
                TCA_SKBEDIT_PAD if a.raw_kind() == TCA_SKBEDIT_PAD => raw(w, &a)?,
                TCA_SKBEDIT_PTYPE if a.raw_kind() == TCA_SKBEDIT_PTYPE => {
                    ActSkbeditAttrsBuilder::new(w).ptype(value::u16(&a))?;
                }
                TCA_SKBEDIT_MASK if a.raw_kind() == TCA_SKBEDIT_MASK => {
                    ActSkbeditAttrsBuilder::new(w).mask(value::u32(&a))?;
                }
                TCA_SKBEDIT_FLAGS if a.raw_kind() == TCA_SKBEDIT_FLAGS => {
                    ActSkbeditAttrsBuilder::new(w).flags(value::u64(&a))?;
                }
                TCA_SKBEDIT_QUEUE_MAPPING_MAX if a.raw_kind() == TCA_SKBEDIT_QUEUE_MAPPING_MAX => {
                    ActSkbeditAttrsBuilder::new(w).queue_mapping_max(value::u16(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ActSkbmodAttrs`] checks of each attribute, from the descriptors.
static ACT_SKBMOD_ATTRS_CHECKS: [Check; 7] = Check::table(&tables::ACT_SKBMOD_ATTRS);

/// The `act-skbmod-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ActSkbmodAttrs<'a>(Table<'a, 7>);

impl<'a> AttrView<'a> for ActSkbmodAttrs<'a> {
    const SET: &'static AttrSet = &tables::ACT_SKBMOD_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ACT_SKBMOD_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ACT_SKBMOD_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ActSkbmodAttrs<'a> {
    /// Indexes and checks a block of `act-skbmod-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 7> {
        &self.0
    }

    /// `TCA_SKBMOD_TM`
    #[inline]
    pub fn tm(&self) -> Option<TcfT> {
        self.0.fixed(TCA_SKBMOD_TM, TcfT::from_bytes)
    }

    /// `TCA_SKBMOD_PARMS`
    #[inline]
    pub fn parms(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_SKBMOD_PARMS)
    }

    /// `TCA_SKBMOD_DMAC`
    #[inline]
    pub fn dmac(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_SKBMOD_DMAC)
    }

    /// `TCA_SKBMOD_SMAC`
    #[inline]
    pub fn smac(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_SKBMOD_SMAC)
    }

    /// `TCA_SKBMOD_ETYPE`
    #[inline]
    pub fn etype(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_SKBMOD_ETYPE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_SKBMOD_TM if a.raw_kind() == TCA_SKBMOD_TM => {
                    if a.value().len() == TcfT::LEN {
                        ActSkbmodAttrsBuilder::new(w).tm(&TcfT::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_SKBMOD_PARMS if a.raw_kind() == TCA_SKBMOD_PARMS => {
                    ActSkbmodAttrsBuilder::new(w).parms(a.value())?;
                }
                TCA_SKBMOD_DMAC if a.raw_kind() == TCA_SKBMOD_DMAC => {
                    ActSkbmodAttrsBuilder::new(w).dmac(a.value())?;
                }
                TCA_SKBMOD_SMAC if a.raw_kind() == TCA_SKBMOD_SMAC => {
                    ActSkbmodAttrsBuilder::new(w).smac(a.value())?;
                }
                TCA_SKBMOD_ETYPE if a.raw_kind() == TCA_SKBMOD_ETYPE => {
                    ActSkbmodAttrsBuilder::new(w).etype(a.value())?;
                }
                TCA_SKBMOD_PAD if a.raw_kind() == TCA_SKBMOD_PAD => raw(w, &a)?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ActTunnelKeyAttrs`] checks of each attribute, from the descriptors.
static ACT_TUNNEL_KEY_ATTRS_CHECKS: [Check; 15] = Check::table(&tables::ACT_TUNNEL_KEY_ATTRS);

/// The `act-tunnel-key-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ActTunnelKeyAttrs<'a>(Table<'a, 15>);

impl<'a> AttrView<'a> for ActTunnelKeyAttrs<'a> {
    const SET: &'static AttrSet = &tables::ACT_TUNNEL_KEY_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ACT_TUNNEL_KEY_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ACT_TUNNEL_KEY_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ActTunnelKeyAttrs<'a> {
    /// Indexes and checks a block of `act-tunnel-key-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 15> {
        &self.0
    }

    /// `TCA_TUNNEL_KEY_TM`
    #[inline]
    pub fn tm(&self) -> Option<TcfT> {
        self.0.fixed(TCA_TUNNEL_KEY_TM, TcfT::from_bytes)
    }

    /// `TCA_TUNNEL_KEY_PARMS`
    #[inline]
    pub fn parms(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_TUNNEL_KEY_PARMS)
    }

    /// `TCA_TUNNEL_KEY_ENC_IPV4_SRC`
    #[inline]
    pub fn enc_ipv4_src(&self) -> Option<u32> {
        self.0.u32_be(TCA_TUNNEL_KEY_ENC_IPV4_SRC)
    }

    /// `TCA_TUNNEL_KEY_ENC_IPV4_DST`
    #[inline]
    pub fn enc_ipv4_dst(&self) -> Option<u32> {
        self.0.u32_be(TCA_TUNNEL_KEY_ENC_IPV4_DST)
    }

    /// `TCA_TUNNEL_KEY_ENC_IPV6_SRC`
    #[inline]
    pub fn enc_ipv6_src(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_TUNNEL_KEY_ENC_IPV6_SRC)
    }

    /// `TCA_TUNNEL_KEY_ENC_IPV6_DST`
    #[inline]
    pub fn enc_ipv6_dst(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_TUNNEL_KEY_ENC_IPV6_DST)
    }

    /// `TCA_TUNNEL_KEY_ENC_KEY_ID`
    #[inline]
    pub fn enc_key_id(&self) -> Option<u64> {
        self.0.u64_be(TCA_TUNNEL_KEY_ENC_KEY_ID)
    }

    /// `TCA_TUNNEL_KEY_ENC_DST_PORT`
    #[inline]
    pub fn enc_dst_port(&self) -> Option<u16> {
        self.0.u16_be(TCA_TUNNEL_KEY_ENC_DST_PORT)
    }

    /// `TCA_TUNNEL_KEY_NO_CSUM`
    #[inline]
    pub fn no_csum(&self) -> Option<u8> {
        self.0.u8(TCA_TUNNEL_KEY_NO_CSUM)
    }

    /// `TCA_TUNNEL_KEY_ENC_OPTS`
    #[inline]
    pub fn enc_opts(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_TUNNEL_KEY_ENC_OPTS)
    }

    /// `TCA_TUNNEL_KEY_ENC_TOS`
    #[inline]
    pub fn enc_tos(&self) -> Option<u8> {
        self.0.u8(TCA_TUNNEL_KEY_ENC_TOS)
    }

    /// `TCA_TUNNEL_KEY_ENC_TTL`
    #[inline]
    pub fn enc_ttl(&self) -> Option<u8> {
        self.0.u8(TCA_TUNNEL_KEY_ENC_TTL)
    }

    /// `TCA_TUNNEL_KEY_NO_FRAG`
    #[inline]
    pub fn no_frag(&self) -> bool {
        self.0.flag(TCA_TUNNEL_KEY_NO_FRAG)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_TUNNEL_KEY_TM if a.raw_kind() == TCA_TUNNEL_KEY_TM => {
                    if a.value().len() == TcfT::LEN {
                        ActTunnelKeyAttrsBuilder::new(w).tm(&TcfT::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_TUNNEL_KEY_PARMS if a.raw_kind() == TCA_TUNNEL_KEY_PARMS => {
                    ActTunnelKeyAttrsBuilder::new(w).parms(a.value())?;
                }
                TCA_TUNNEL_KEY_ENC_IPV4_SRC if a.raw_kind() == TCA_TUNNEL_KEY_ENC_IPV4_SRC => {
                    ActTunnelKeyAttrsBuilder::new(w).enc_ipv4_src(value::u32_be(&a))?;
                }
                TCA_TUNNEL_KEY_ENC_IPV4_DST if a.raw_kind() == TCA_TUNNEL_KEY_ENC_IPV4_DST => {
                    ActTunnelKeyAttrsBuilder::new(w).enc_ipv4_dst(value::u32_be(&a))?;
                }
                TCA_TUNNEL_KEY_ENC_IPV6_SRC if a.raw_kind() == TCA_TUNNEL_KEY_ENC_IPV6_SRC => {
                    ActTunnelKeyAttrsBuilder::new(w).enc_ipv6_src(a.value())?;
                }
                TCA_TUNNEL_KEY_ENC_IPV6_DST if a.raw_kind() == TCA_TUNNEL_KEY_ENC_IPV6_DST => {
                    ActTunnelKeyAttrsBuilder::new(w).enc_ipv6_dst(a.value())?;
                }
                TCA_TUNNEL_KEY_ENC_KEY_ID if a.raw_kind() == TCA_TUNNEL_KEY_ENC_KEY_ID => {
                    ActTunnelKeyAttrsBuilder::new(w).enc_key_id(value::u64_be(&a))?;
                }
                TCA_TUNNEL_KEY_PAD if a.raw_kind() == TCA_TUNNEL_KEY_PAD => raw(w, &a)?,
                TCA_TUNNEL_KEY_ENC_DST_PORT if a.raw_kind() == TCA_TUNNEL_KEY_ENC_DST_PORT => {
                    ActTunnelKeyAttrsBuilder::new(w).enc_dst_port(value::u16_be(&a))?;
                }
                TCA_TUNNEL_KEY_NO_CSUM if a.raw_kind() == TCA_TUNNEL_KEY_NO_CSUM => {
                    ActTunnelKeyAttrsBuilder::new(w).no_csum(value::u8(&a))?;
                }
                TCA_TUNNEL_KEY_ENC_OPTS if a.raw_kind() == TCA_TUNNEL_KEY_ENC_OPTS => {
                    ActTunnelKeyAttrsBuilder::new(w).enc_opts(a.value())?;
                }
                TCA_TUNNEL_KEY_ENC_TOS if a.raw_kind() == TCA_TUNNEL_KEY_ENC_TOS => {
                    ActTunnelKeyAttrsBuilder::new(w).enc_tos(value::u8(&a))?;
                }
                TCA_TUNNEL_KEY_ENC_TTL if a.raw_kind() == TCA_TUNNEL_KEY_ENC_TTL => {
                    ActTunnelKeyAttrsBuilder::new(w).enc_ttl(value::u8(&a))?;
                }
                TCA_TUNNEL_KEY_NO_FRAG if a.raw_kind() == TCA_TUNNEL_KEY_NO_FRAG => {
                    if a.value().is_empty() {
                        ActTunnelKeyAttrsBuilder::new(w).no_frag()?;
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

/// What [`ActVlanAttrs`] checks of each attribute, from the descriptors.
static ACT_VLAN_ATTRS_CHECKS: [Check; 9] = Check::table(&tables::ACT_VLAN_ATTRS);

/// The `act-vlan-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ActVlanAttrs<'a>(Table<'a, 9>);

impl<'a> AttrView<'a> for ActVlanAttrs<'a> {
    const SET: &'static AttrSet = &tables::ACT_VLAN_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ACT_VLAN_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ACT_VLAN_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ActVlanAttrs<'a> {
    /// Indexes and checks a block of `act-vlan-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 9> {
        &self.0
    }

    /// `TCA_VLAN_TM`
    #[inline]
    pub fn tm(&self) -> Option<TcfT> {
        self.0.fixed(TCA_VLAN_TM, TcfT::from_bytes)
    }

    /// `TCA_VLAN_PARMS`
    #[inline]
    pub fn parms(&self) -> Option<TcVlan> {
        self.0.fixed(TCA_VLAN_PARMS, TcVlan::from_bytes)
    }

    /// `TCA_VLAN_PUSH_VLAN_ID`
    #[inline]
    pub fn push_vlan_id(&self) -> Option<u16> {
        self.0.u16(TCA_VLAN_PUSH_VLAN_ID)
    }

    /// `TCA_VLAN_PUSH_VLAN_PROTOCOL`
    #[inline]
    pub fn push_vlan_protocol(&self) -> Option<u16> {
        self.0.u16(TCA_VLAN_PUSH_VLAN_PROTOCOL)
    }

    /// `TCA_VLAN_PUSH_VLAN_PRIORITY`
    #[inline]
    pub fn push_vlan_priority(&self) -> Option<u8> {
        self.0.u8(TCA_VLAN_PUSH_VLAN_PRIORITY)
    }

    /// `TCA_VLAN_PUSH_ETH_DST`
    #[inline]
    pub fn push_eth_dst(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_VLAN_PUSH_ETH_DST)
    }

    /// `TCA_VLAN_PUSH_ETH_SRC`
    #[inline]
    pub fn push_eth_src(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_VLAN_PUSH_ETH_SRC)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_VLAN_TM if a.raw_kind() == TCA_VLAN_TM => {
                    if a.value().len() == TcfT::LEN {
                        ActVlanAttrsBuilder::new(w).tm(&TcfT::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_VLAN_PARMS if a.raw_kind() == TCA_VLAN_PARMS => {
                    if a.value().len() == TcVlan::LEN {
                        ActVlanAttrsBuilder::new(w).parms(&TcVlan::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_VLAN_PUSH_VLAN_ID if a.raw_kind() == TCA_VLAN_PUSH_VLAN_ID => {
                    ActVlanAttrsBuilder::new(w).push_vlan_id(value::u16(&a))?;
                }
                TCA_VLAN_PUSH_VLAN_PROTOCOL if a.raw_kind() == TCA_VLAN_PUSH_VLAN_PROTOCOL => {
                    ActVlanAttrsBuilder::new(w).push_vlan_protocol(value::u16(&a))?;
                }
                TCA_VLAN_PAD if a.raw_kind() == TCA_VLAN_PAD => raw(w, &a)?,
                TCA_VLAN_PUSH_VLAN_PRIORITY if a.raw_kind() == TCA_VLAN_PUSH_VLAN_PRIORITY => {
                    ActVlanAttrsBuilder::new(w).push_vlan_priority(value::u8(&a))?;
                }
                TCA_VLAN_PUSH_ETH_DST if a.raw_kind() == TCA_VLAN_PUSH_ETH_DST => {
                    ActVlanAttrsBuilder::new(w).push_eth_dst(a.value())?;
                }
                TCA_VLAN_PUSH_ETH_SRC if a.raw_kind() == TCA_VLAN_PUSH_ETH_SRC => {
                    ActVlanAttrsBuilder::new(w).push_eth_src(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`BasicAttrs`] checks of each attribute, from the descriptors.
static BASIC_ATTRS_CHECKS: [Check; 7] = Check::table(&tables::BASIC_ATTRS);

/// The `basic-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct BasicAttrs<'a>(Table<'a, 7>);

impl<'a> AttrView<'a> for BasicAttrs<'a> {
    const SET: &'static AttrSet = &tables::BASIC_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &BASIC_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&BASIC_ATTRS_CHECKS, attrs)
    }
}

impl<'a> BasicAttrs<'a> {
    /// Indexes and checks a block of `basic-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 7> {
        &self.0
    }

    /// `TCA_BASIC_CLASSID`
    #[inline]
    pub fn classid(&self) -> Option<u32> {
        self.0.u32(TCA_BASIC_CLASSID)
    }

    /// `TCA_BASIC_EMATCHES`
    #[inline]
    pub fn ematches(&self) -> Result<Option<EmatchAttrs<'a>>, Error> {
        self.0.nest(TCA_BASIC_EMATCHES)
    }

    /// `TCA_BASIC_ACT`
    #[inline]
    pub fn act(&self) -> Option<Entries<'a, ActAttrs<'a>>> {
        self.0.entries(TCA_BASIC_ACT)
    }

    /// `TCA_BASIC_POLICE`
    #[inline]
    pub fn police(&self) -> Result<Option<PoliceAttrs<'a>>, Error> {
        self.0.nest(TCA_BASIC_POLICE)
    }

    /// `TCA_BASIC_PCNT`
    #[inline]
    pub fn pcnt(&self) -> Option<TcBasicPcnt> {
        self.0.fixed(TCA_BASIC_PCNT, TcBasicPcnt::from_bytes)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_BASIC_CLASSID if a.raw_kind() == TCA_BASIC_CLASSID => {
                    BasicAttrsBuilder::new(w).classid(value::u32(&a))?;
                }
                TCA_BASIC_EMATCHES => {
                    nest_like(w, &a, |w| EmatchAttrs::parse(a.nested())?.write_to(w))?
                }
                TCA_BASIC_ACT => nest_like(w, &a, |w| {
                    for e in a.nested() {
                        let e = e?;
                        nest_like(w, &e, |w| ActAttrs::parse(e.nested())?.write_to(w))?;
                    }
                    Ok(())
                })?,
                TCA_BASIC_POLICE => {
                    nest_like(w, &a, |w| PoliceAttrs::parse(a.nested())?.write_to(w))?
                }
                TCA_BASIC_PCNT if a.raw_kind() == TCA_BASIC_PCNT => {
                    if a.value().len() == TcBasicPcnt::LEN {
                        BasicAttrsBuilder::new(w).pcnt(&TcBasicPcnt::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_BASIC_PAD if a.raw_kind() == TCA_BASIC_PAD => raw(w, &a)?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`BpfAttrs`] checks of each attribute, from the descriptors.
static BPF_ATTRS_CHECKS: [Check; 12] = Check::table(&tables::BPF_ATTRS);

/// The `bpf-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct BpfAttrs<'a>(Table<'a, 12>);

impl<'a> AttrView<'a> for BpfAttrs<'a> {
    const SET: &'static AttrSet = &tables::BPF_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &BPF_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&BPF_ATTRS_CHECKS, attrs)
    }
}

impl<'a> BpfAttrs<'a> {
    /// Indexes and checks a block of `bpf-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 12> {
        &self.0
    }

    /// `TCA_BPF_ACT`
    #[inline]
    pub fn act(&self) -> Option<Entries<'a, ActAttrs<'a>>> {
        self.0.entries(TCA_BPF_ACT)
    }

    /// `TCA_BPF_POLICE`
    #[inline]
    pub fn police(&self) -> Result<Option<PoliceAttrs<'a>>, Error> {
        self.0.nest(TCA_BPF_POLICE)
    }

    /// `TCA_BPF_CLASSID`
    #[inline]
    pub fn classid(&self) -> Option<u32> {
        self.0.u32(TCA_BPF_CLASSID)
    }

    /// `TCA_BPF_OPS_LEN`
    #[inline]
    pub fn ops_len(&self) -> Option<u16> {
        self.0.u16(TCA_BPF_OPS_LEN)
    }

    /// `TCA_BPF_OPS`
    #[inline]
    pub fn ops(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_BPF_OPS)
    }

    /// `TCA_BPF_FD`
    #[inline]
    pub fn fd(&self) -> Option<u32> {
        self.0.u32(TCA_BPF_FD)
    }

    /// `TCA_BPF_NAME`
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(TCA_BPF_NAME)
    }

    /// `TCA_BPF_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<u32> {
        self.0.u32(TCA_BPF_FLAGS)
    }

    /// `TCA_BPF_FLAGS_GEN`
    #[inline]
    pub fn flags_gen(&self) -> Option<u32> {
        self.0.u32(TCA_BPF_FLAGS_GEN)
    }

    /// `TCA_BPF_TAG`
    #[inline]
    pub fn tag(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_BPF_TAG)
    }

    /// `TCA_BPF_ID`
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32(TCA_BPF_ID)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_BPF_ACT => nest_like(w, &a, |w| {
                    for e in a.nested() {
                        let e = e?;
                        nest_like(w, &e, |w| ActAttrs::parse(e.nested())?.write_to(w))?;
                    }
                    Ok(())
                })?,
                TCA_BPF_POLICE => {
                    nest_like(w, &a, |w| PoliceAttrs::parse(a.nested())?.write_to(w))?
                }
                TCA_BPF_CLASSID if a.raw_kind() == TCA_BPF_CLASSID => {
                    BpfAttrsBuilder::new(w).classid(value::u32(&a))?;
                }
                TCA_BPF_OPS_LEN if a.raw_kind() == TCA_BPF_OPS_LEN => {
                    BpfAttrsBuilder::new(w).ops_len(value::u16(&a))?;
                }
                TCA_BPF_OPS if a.raw_kind() == TCA_BPF_OPS => {
                    BpfAttrsBuilder::new(w).ops(a.value())?;
                }
                TCA_BPF_FD if a.raw_kind() == TCA_BPF_FD => {
                    BpfAttrsBuilder::new(w).fd(value::u32(&a))?;
                }
                TCA_BPF_NAME if a.raw_kind() == TCA_BPF_NAME => {
                    BpfAttrsBuilder::new(w).name(value::str(&a))?;
                }
                TCA_BPF_FLAGS if a.raw_kind() == TCA_BPF_FLAGS => {
                    BpfAttrsBuilder::new(w).flags(value::u32(&a))?;
                }
                TCA_BPF_FLAGS_GEN if a.raw_kind() == TCA_BPF_FLAGS_GEN => {
                    BpfAttrsBuilder::new(w).flags_gen(value::u32(&a))?;
                }
                TCA_BPF_TAG if a.raw_kind() == TCA_BPF_TAG => {
                    BpfAttrsBuilder::new(w).tag(a.value())?;
                }
                TCA_BPF_ID if a.raw_kind() == TCA_BPF_ID => {
                    BpfAttrsBuilder::new(w).id(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`CakeAttrs`] checks of each attribute, from the descriptors.
static CAKE_ATTRS_CHECKS: [Check; 19] = Check::table(&tables::CAKE_ATTRS);

/// The `cake-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CakeAttrs<'a>(Table<'a, 19>);

impl<'a> AttrView<'a> for CakeAttrs<'a> {
    const SET: &'static AttrSet = &tables::CAKE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &CAKE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&CAKE_ATTRS_CHECKS, attrs)
    }
}

impl<'a> CakeAttrs<'a> {
    /// Indexes and checks a block of `cake-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 19> {
        &self.0
    }

    /// `TCA_CAKE_BASE_RATE64`
    #[inline]
    pub fn base_rate64(&self) -> Option<u64> {
        self.0.u64(TCA_CAKE_BASE_RATE64)
    }

    /// `TCA_CAKE_DIFFSERV_MODE`
    #[inline]
    pub fn diffserv_mode(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_DIFFSERV_MODE)
    }

    /// `TCA_CAKE_ATM`
    #[inline]
    pub fn atm(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_ATM)
    }

    /// `TCA_CAKE_FLOW_MODE`
    #[inline]
    pub fn flow_mode(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_FLOW_MODE)
    }

    /// `TCA_CAKE_OVERHEAD`
    #[inline]
    pub fn overhead(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_OVERHEAD)
    }

    /// `TCA_CAKE_RTT`
    #[inline]
    pub fn rtt(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_RTT)
    }

    /// `TCA_CAKE_TARGET`
    #[inline]
    pub fn target(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_TARGET)
    }

    /// `TCA_CAKE_AUTORATE`
    #[inline]
    pub fn autorate(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_AUTORATE)
    }

    /// `TCA_CAKE_MEMORY`
    #[inline]
    pub fn memory(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_MEMORY)
    }

    /// `TCA_CAKE_NAT`
    #[inline]
    pub fn nat(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_NAT)
    }

    /// `TCA_CAKE_RAW`
    #[inline]
    pub fn raw_attr(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_RAW)
    }

    /// `TCA_CAKE_WASH`
    #[inline]
    pub fn wash(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_WASH)
    }

    /// `TCA_CAKE_MPU`
    #[inline]
    pub fn mpu(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_MPU)
    }

    /// `TCA_CAKE_INGRESS`
    #[inline]
    pub fn ingress(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_INGRESS)
    }

    /// `TCA_CAKE_ACK_FILTER`
    #[inline]
    pub fn ack_filter(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_ACK_FILTER)
    }

    /// `TCA_CAKE_SPLIT_GSO`
    #[inline]
    pub fn split_gso(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_SPLIT_GSO)
    }

    /// `TCA_CAKE_FWMARK`
    #[inline]
    pub fn fwmark(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_FWMARK)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_CAKE_PAD if a.raw_kind() == TCA_CAKE_PAD => raw(w, &a)?,
                TCA_CAKE_BASE_RATE64 if a.raw_kind() == TCA_CAKE_BASE_RATE64 => {
                    CakeAttrsBuilder::new(w).base_rate64(value::u64(&a))?;
                }
                TCA_CAKE_DIFFSERV_MODE if a.raw_kind() == TCA_CAKE_DIFFSERV_MODE => {
                    CakeAttrsBuilder::new(w).diffserv_mode(value::u32(&a))?;
                }
                TCA_CAKE_ATM if a.raw_kind() == TCA_CAKE_ATM => {
                    CakeAttrsBuilder::new(w).atm(value::u32(&a))?;
                }
                TCA_CAKE_FLOW_MODE if a.raw_kind() == TCA_CAKE_FLOW_MODE => {
                    CakeAttrsBuilder::new(w).flow_mode(value::u32(&a))?;
                }
                TCA_CAKE_OVERHEAD if a.raw_kind() == TCA_CAKE_OVERHEAD => {
                    CakeAttrsBuilder::new(w).overhead(value::u32(&a))?;
                }
                TCA_CAKE_RTT if a.raw_kind() == TCA_CAKE_RTT => {
                    CakeAttrsBuilder::new(w).rtt(value::u32(&a))?;
                }
                TCA_CAKE_TARGET if a.raw_kind() == TCA_CAKE_TARGET => {
                    CakeAttrsBuilder::new(w).target(value::u32(&a))?;
                }
                TCA_CAKE_AUTORATE if a.raw_kind() == TCA_CAKE_AUTORATE => {
                    CakeAttrsBuilder::new(w).autorate(value::u32(&a))?;
                }
                TCA_CAKE_MEMORY if a.raw_kind() == TCA_CAKE_MEMORY => {
                    CakeAttrsBuilder::new(w).memory(value::u32(&a))?;
                }
                TCA_CAKE_NAT if a.raw_kind() == TCA_CAKE_NAT => {
                    CakeAttrsBuilder::new(w).nat(value::u32(&a))?;
                }
                TCA_CAKE_RAW if a.raw_kind() == TCA_CAKE_RAW => {
                    CakeAttrsBuilder::new(w).raw_attr(value::u32(&a))?;
                }
                TCA_CAKE_WASH if a.raw_kind() == TCA_CAKE_WASH => {
                    CakeAttrsBuilder::new(w).wash(value::u32(&a))?;
                }
                TCA_CAKE_MPU if a.raw_kind() == TCA_CAKE_MPU => {
                    CakeAttrsBuilder::new(w).mpu(value::u32(&a))?;
                }
                TCA_CAKE_INGRESS if a.raw_kind() == TCA_CAKE_INGRESS => {
                    CakeAttrsBuilder::new(w).ingress(value::u32(&a))?;
                }
                TCA_CAKE_ACK_FILTER if a.raw_kind() == TCA_CAKE_ACK_FILTER => {
                    CakeAttrsBuilder::new(w).ack_filter(value::u32(&a))?;
                }
                TCA_CAKE_SPLIT_GSO if a.raw_kind() == TCA_CAKE_SPLIT_GSO => {
                    CakeAttrsBuilder::new(w).split_gso(value::u32(&a))?;
                }
                TCA_CAKE_FWMARK if a.raw_kind() == TCA_CAKE_FWMARK => {
                    CakeAttrsBuilder::new(w).fwmark(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`CakeStatsAttrs`] checks of each attribute, from the descriptors.
static CAKE_STATS_ATTRS_CHECKS: [Check; 18] = Check::table(&tables::CAKE_STATS_ATTRS);

/// The `cake-stats-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CakeStatsAttrs<'a>(Table<'a, 18>);

impl<'a> AttrView<'a> for CakeStatsAttrs<'a> {
    const SET: &'static AttrSet = &tables::CAKE_STATS_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &CAKE_STATS_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&CAKE_STATS_ATTRS_CHECKS, attrs)
    }
}

impl<'a> CakeStatsAttrs<'a> {
    /// Indexes and checks a block of `cake-stats-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 18> {
        &self.0
    }

    /// `TCA_CAKE_STATS_CAPACITY_ESTIMATE64`
    #[inline]
    pub fn capacity_estimate64(&self) -> Option<u64> {
        self.0.u64(TCA_CAKE_STATS_CAPACITY_ESTIMATE64)
    }

    /// `TCA_CAKE_STATS_MEMORY_LIMIT`
    #[inline]
    pub fn memory_limit(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_STATS_MEMORY_LIMIT)
    }

    /// `TCA_CAKE_STATS_MEMORY_USED`
    #[inline]
    pub fn memory_used(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_STATS_MEMORY_USED)
    }

    /// `TCA_CAKE_STATS_AVG_NETOFF`
    #[inline]
    pub fn avg_netoff(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_STATS_AVG_NETOFF)
    }

    /// `TCA_CAKE_STATS_MIN_NETLEN`
    #[inline]
    pub fn min_netlen(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_STATS_MIN_NETLEN)
    }

    /// `TCA_CAKE_STATS_MAX_NETLEN`
    #[inline]
    pub fn max_netlen(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_STATS_MAX_NETLEN)
    }

    /// `TCA_CAKE_STATS_MIN_ADJLEN`
    #[inline]
    pub fn min_adjlen(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_STATS_MIN_ADJLEN)
    }

    /// `TCA_CAKE_STATS_MAX_ADJLEN`
    #[inline]
    pub fn max_adjlen(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_STATS_MAX_ADJLEN)
    }

    /// `TCA_CAKE_STATS_TIN_STATS`
    #[inline]
    pub fn tin_stats(&self) -> Option<Entries<'a, CakeTinStatsAttrs<'a>>> {
        self.0.entries(TCA_CAKE_STATS_TIN_STATS)
    }

    /// `TCA_CAKE_STATS_DEFICIT`
    #[inline]
    pub fn deficit(&self) -> Option<i32> {
        self.0.i32(TCA_CAKE_STATS_DEFICIT)
    }

    /// `TCA_CAKE_STATS_COBALT_COUNT`
    #[inline]
    pub fn cobalt_count(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_STATS_COBALT_COUNT)
    }

    /// `TCA_CAKE_STATS_DROPPING`
    #[inline]
    pub fn dropping(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_STATS_DROPPING)
    }

    /// `TCA_CAKE_STATS_DROP_NEXT_US`
    #[inline]
    pub fn drop_next_us(&self) -> Option<i32> {
        self.0.i32(TCA_CAKE_STATS_DROP_NEXT_US)
    }

    /// `TCA_CAKE_STATS_P_DROP`
    #[inline]
    pub fn p_drop(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_STATS_P_DROP)
    }

    /// `TCA_CAKE_STATS_BLUE_TIMER_US`
    #[inline]
    pub fn blue_timer_us(&self) -> Option<i32> {
        self.0.i32(TCA_CAKE_STATS_BLUE_TIMER_US)
    }

    /// `TCA_CAKE_STATS_ACTIVE_QUEUES`
    #[inline]
    pub fn active_queues(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_STATS_ACTIVE_QUEUES)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_CAKE_STATS_PAD if a.raw_kind() == TCA_CAKE_STATS_PAD => raw(w, &a)?,
                TCA_CAKE_STATS_CAPACITY_ESTIMATE64
                    if a.raw_kind() == TCA_CAKE_STATS_CAPACITY_ESTIMATE64 =>
                {
                    CakeStatsAttrsBuilder::new(w).capacity_estimate64(value::u64(&a))?;
                }
                TCA_CAKE_STATS_MEMORY_LIMIT if a.raw_kind() == TCA_CAKE_STATS_MEMORY_LIMIT => {
                    CakeStatsAttrsBuilder::new(w).memory_limit(value::u32(&a))?;
                }
                TCA_CAKE_STATS_MEMORY_USED if a.raw_kind() == TCA_CAKE_STATS_MEMORY_USED => {
                    CakeStatsAttrsBuilder::new(w).memory_used(value::u32(&a))?;
                }
                TCA_CAKE_STATS_AVG_NETOFF if a.raw_kind() == TCA_CAKE_STATS_AVG_NETOFF => {
                    CakeStatsAttrsBuilder::new(w).avg_netoff(value::u32(&a))?;
                }
                TCA_CAKE_STATS_MIN_NETLEN if a.raw_kind() == TCA_CAKE_STATS_MIN_NETLEN => {
                    CakeStatsAttrsBuilder::new(w).min_netlen(value::u32(&a))?;
                }
                TCA_CAKE_STATS_MAX_NETLEN if a.raw_kind() == TCA_CAKE_STATS_MAX_NETLEN => {
                    CakeStatsAttrsBuilder::new(w).max_netlen(value::u32(&a))?;
                }
                TCA_CAKE_STATS_MIN_ADJLEN if a.raw_kind() == TCA_CAKE_STATS_MIN_ADJLEN => {
                    CakeStatsAttrsBuilder::new(w).min_adjlen(value::u32(&a))?;
                }
                TCA_CAKE_STATS_MAX_ADJLEN if a.raw_kind() == TCA_CAKE_STATS_MAX_ADJLEN => {
                    CakeStatsAttrsBuilder::new(w).max_adjlen(value::u32(&a))?;
                }
                TCA_CAKE_STATS_TIN_STATS => nest_like(w, &a, |w| {
                    for e in a.nested() {
                        let e = e?;
                        nest_like(w, &e, |w| CakeTinStatsAttrs::parse(e.nested())?.write_to(w))?;
                    }
                    Ok(())
                })?,
                TCA_CAKE_STATS_DEFICIT if a.raw_kind() == TCA_CAKE_STATS_DEFICIT => {
                    CakeStatsAttrsBuilder::new(w).deficit(value::i32(&a))?;
                }
                TCA_CAKE_STATS_COBALT_COUNT if a.raw_kind() == TCA_CAKE_STATS_COBALT_COUNT => {
                    CakeStatsAttrsBuilder::new(w).cobalt_count(value::u32(&a))?;
                }
                TCA_CAKE_STATS_DROPPING if a.raw_kind() == TCA_CAKE_STATS_DROPPING => {
                    CakeStatsAttrsBuilder::new(w).dropping(value::u32(&a))?;
                }
                TCA_CAKE_STATS_DROP_NEXT_US if a.raw_kind() == TCA_CAKE_STATS_DROP_NEXT_US => {
                    CakeStatsAttrsBuilder::new(w).drop_next_us(value::i32(&a))?;
                }
                TCA_CAKE_STATS_P_DROP if a.raw_kind() == TCA_CAKE_STATS_P_DROP => {
                    CakeStatsAttrsBuilder::new(w).p_drop(value::u32(&a))?;
                }
                TCA_CAKE_STATS_BLUE_TIMER_US if a.raw_kind() == TCA_CAKE_STATS_BLUE_TIMER_US => {
                    CakeStatsAttrsBuilder::new(w).blue_timer_us(value::i32(&a))?;
                }
                TCA_CAKE_STATS_ACTIVE_QUEUES if a.raw_kind() == TCA_CAKE_STATS_ACTIVE_QUEUES => {
                    CakeStatsAttrsBuilder::new(w).active_queues(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`CakeTinStatsAttrs`] checks of each attribute, from the descriptors.
static CAKE_TIN_STATS_ATTRS_CHECKS: [Check; 26] = Check::table(&tables::CAKE_TIN_STATS_ATTRS);

/// The `cake-tin-stats-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CakeTinStatsAttrs<'a>(Table<'a, 26>);

impl<'a> AttrView<'a> for CakeTinStatsAttrs<'a> {
    const SET: &'static AttrSet = &tables::CAKE_TIN_STATS_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &CAKE_TIN_STATS_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&CAKE_TIN_STATS_ATTRS_CHECKS, attrs)
    }
}

impl<'a> CakeTinStatsAttrs<'a> {
    /// Indexes and checks a block of `cake-tin-stats-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 26> {
        &self.0
    }

    /// `TCA_CAKE_TIN_STATS_SENT_PACKETS`
    #[inline]
    pub fn sent_packets(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_TIN_STATS_SENT_PACKETS)
    }

    /// `TCA_CAKE_TIN_STATS_SENT_BYTES64`
    #[inline]
    pub fn sent_bytes64(&self) -> Option<u64> {
        self.0.u64(TCA_CAKE_TIN_STATS_SENT_BYTES64)
    }

    /// `TCA_CAKE_TIN_STATS_DROPPED_PACKETS`
    #[inline]
    pub fn dropped_packets(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_TIN_STATS_DROPPED_PACKETS)
    }

    /// `TCA_CAKE_TIN_STATS_DROPPED_BYTES64`
    #[inline]
    pub fn dropped_bytes64(&self) -> Option<u64> {
        self.0.u64(TCA_CAKE_TIN_STATS_DROPPED_BYTES64)
    }

    /// `TCA_CAKE_TIN_STATS_ACKS_DROPPED_PACKETS`
    #[inline]
    pub fn acks_dropped_packets(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_TIN_STATS_ACKS_DROPPED_PACKETS)
    }

    /// `TCA_CAKE_TIN_STATS_ACKS_DROPPED_BYTES64`
    #[inline]
    pub fn acks_dropped_bytes64(&self) -> Option<u64> {
        self.0.u64(TCA_CAKE_TIN_STATS_ACKS_DROPPED_BYTES64)
    }

    /// `TCA_CAKE_TIN_STATS_ECN_MARKED_PACKETS`
    #[inline]
    pub fn ecn_marked_packets(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_TIN_STATS_ECN_MARKED_PACKETS)
    }

    /// `TCA_CAKE_TIN_STATS_ECN_MARKED_BYTES64`
    #[inline]
    pub fn ecn_marked_bytes64(&self) -> Option<u64> {
        self.0.u64(TCA_CAKE_TIN_STATS_ECN_MARKED_BYTES64)
    }

    /// `TCA_CAKE_TIN_STATS_BACKLOG_PACKETS`
    #[inline]
    pub fn backlog_packets(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_TIN_STATS_BACKLOG_PACKETS)
    }

    /// `TCA_CAKE_TIN_STATS_BACKLOG_BYTES`
    #[inline]
    pub fn backlog_bytes(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_TIN_STATS_BACKLOG_BYTES)
    }

    /// `TCA_CAKE_TIN_STATS_THRESHOLD_RATE64`
    #[inline]
    pub fn threshold_rate64(&self) -> Option<u64> {
        self.0.u64(TCA_CAKE_TIN_STATS_THRESHOLD_RATE64)
    }

    /// `TCA_CAKE_TIN_STATS_TARGET_US`
    #[inline]
    pub fn target_us(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_TIN_STATS_TARGET_US)
    }

    /// `TCA_CAKE_TIN_STATS_INTERVAL_US`
    #[inline]
    pub fn interval_us(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_TIN_STATS_INTERVAL_US)
    }

    /// `TCA_CAKE_TIN_STATS_WAY_INDIRECT_HITS`
    #[inline]
    pub fn way_indirect_hits(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_TIN_STATS_WAY_INDIRECT_HITS)
    }

    /// `TCA_CAKE_TIN_STATS_WAY_MISSES`
    #[inline]
    pub fn way_misses(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_TIN_STATS_WAY_MISSES)
    }

    /// `TCA_CAKE_TIN_STATS_WAY_COLLISIONS`
    #[inline]
    pub fn way_collisions(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_TIN_STATS_WAY_COLLISIONS)
    }

    /// `TCA_CAKE_TIN_STATS_PEAK_DELAY_US`
    #[inline]
    pub fn peak_delay_us(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_TIN_STATS_PEAK_DELAY_US)
    }

    /// `TCA_CAKE_TIN_STATS_AVG_DELAY_US`
    #[inline]
    pub fn avg_delay_us(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_TIN_STATS_AVG_DELAY_US)
    }

    /// `TCA_CAKE_TIN_STATS_BASE_DELAY_US`
    #[inline]
    pub fn base_delay_us(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_TIN_STATS_BASE_DELAY_US)
    }

    /// `TCA_CAKE_TIN_STATS_SPARSE_FLOWS`
    #[inline]
    pub fn sparse_flows(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_TIN_STATS_SPARSE_FLOWS)
    }

    /// `TCA_CAKE_TIN_STATS_BULK_FLOWS`
    #[inline]
    pub fn bulk_flows(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_TIN_STATS_BULK_FLOWS)
    }

    /// `TCA_CAKE_TIN_STATS_UNRESPONSIVE_FLOWS`
    #[inline]
    pub fn unresponsive_flows(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_TIN_STATS_UNRESPONSIVE_FLOWS)
    }

    /// `TCA_CAKE_TIN_STATS_MAX_SKBLEN`
    #[inline]
    pub fn max_skblen(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_TIN_STATS_MAX_SKBLEN)
    }

    /// `TCA_CAKE_TIN_STATS_FLOW_QUANTUM`
    #[inline]
    pub fn flow_quantum(&self) -> Option<u32> {
        self.0.u32(TCA_CAKE_TIN_STATS_FLOW_QUANTUM)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_CAKE_TIN_STATS_PAD if a.raw_kind() == TCA_CAKE_TIN_STATS_PAD => raw(w, &a)?,
                TCA_CAKE_TIN_STATS_SENT_PACKETS
                    if a.raw_kind() == TCA_CAKE_TIN_STATS_SENT_PACKETS =>
                {
                    CakeTinStatsAttrsBuilder::new(w).sent_packets(value::u32(&a))?;
                }
                TCA_CAKE_TIN_STATS_SENT_BYTES64
                    if a.raw_kind() == TCA_CAKE_TIN_STATS_SENT_BYTES64 =>
                {
                    CakeTinStatsAttrsBuilder::new(w).sent_bytes64(value::u64(&a))?;
                }
                TCA_CAKE_TIN_STATS_DROPPED_PACKETS
                    if a.raw_kind() == TCA_CAKE_TIN_STATS_DROPPED_PACKETS =>
                {
                    CakeTinStatsAttrsBuilder::new(w).dropped_packets(value::u32(&a))?;
                }
                TCA_CAKE_TIN_STATS_DROPPED_BYTES64
                    if a.raw_kind() == TCA_CAKE_TIN_STATS_DROPPED_BYTES64 =>
                {
                    CakeTinStatsAttrsBuilder::new(w).dropped_bytes64(value::u64(&a))?;
                }
                TCA_CAKE_TIN_STATS_ACKS_DROPPED_PACKETS
                    if a.raw_kind() == TCA_CAKE_TIN_STATS_ACKS_DROPPED_PACKETS =>
                {
                    CakeTinStatsAttrsBuilder::new(w).acks_dropped_packets(value::u32(&a))?;
                }
                TCA_CAKE_TIN_STATS_ACKS_DROPPED_BYTES64
                    if a.raw_kind() == TCA_CAKE_TIN_STATS_ACKS_DROPPED_BYTES64 =>
                {
                    CakeTinStatsAttrsBuilder::new(w).acks_dropped_bytes64(value::u64(&a))?;
                }
                TCA_CAKE_TIN_STATS_ECN_MARKED_PACKETS
                    if a.raw_kind() == TCA_CAKE_TIN_STATS_ECN_MARKED_PACKETS =>
                {
                    CakeTinStatsAttrsBuilder::new(w).ecn_marked_packets(value::u32(&a))?;
                }
                TCA_CAKE_TIN_STATS_ECN_MARKED_BYTES64
                    if a.raw_kind() == TCA_CAKE_TIN_STATS_ECN_MARKED_BYTES64 =>
                {
                    CakeTinStatsAttrsBuilder::new(w).ecn_marked_bytes64(value::u64(&a))?;
                }
                TCA_CAKE_TIN_STATS_BACKLOG_PACKETS
                    if a.raw_kind() == TCA_CAKE_TIN_STATS_BACKLOG_PACKETS =>
                {
                    CakeTinStatsAttrsBuilder::new(w).backlog_packets(value::u32(&a))?;
                }
                TCA_CAKE_TIN_STATS_BACKLOG_BYTES
                    if a.raw_kind() == TCA_CAKE_TIN_STATS_BACKLOG_BYTES =>
                {
                    CakeTinStatsAttrsBuilder::new(w).backlog_bytes(value::u32(&a))?;
                }
                TCA_CAKE_TIN_STATS_THRESHOLD_RATE64
                    if a.raw_kind() == TCA_CAKE_TIN_STATS_THRESHOLD_RATE64 =>
                {
                    CakeTinStatsAttrsBuilder::new(w).threshold_rate64(value::u64(&a))?;
                }
                TCA_CAKE_TIN_STATS_TARGET_US if a.raw_kind() == TCA_CAKE_TIN_STATS_TARGET_US => {
                    CakeTinStatsAttrsBuilder::new(w).target_us(value::u32(&a))?;
                }
                TCA_CAKE_TIN_STATS_INTERVAL_US
                    if a.raw_kind() == TCA_CAKE_TIN_STATS_INTERVAL_US =>
                {
                    CakeTinStatsAttrsBuilder::new(w).interval_us(value::u32(&a))?;
                }
                TCA_CAKE_TIN_STATS_WAY_INDIRECT_HITS
                    if a.raw_kind() == TCA_CAKE_TIN_STATS_WAY_INDIRECT_HITS =>
                {
                    CakeTinStatsAttrsBuilder::new(w).way_indirect_hits(value::u32(&a))?;
                }
                TCA_CAKE_TIN_STATS_WAY_MISSES if a.raw_kind() == TCA_CAKE_TIN_STATS_WAY_MISSES => {
                    CakeTinStatsAttrsBuilder::new(w).way_misses(value::u32(&a))?;
                }
                TCA_CAKE_TIN_STATS_WAY_COLLISIONS
                    if a.raw_kind() == TCA_CAKE_TIN_STATS_WAY_COLLISIONS =>
                {
                    CakeTinStatsAttrsBuilder::new(w).way_collisions(value::u32(&a))?;
                }
                TCA_CAKE_TIN_STATS_PEAK_DELAY_US
                    if a.raw_kind() == TCA_CAKE_TIN_STATS_PEAK_DELAY_US =>
                {
                    CakeTinStatsAttrsBuilder::new(w).peak_delay_us(value::u32(&a))?;
                }
                TCA_CAKE_TIN_STATS_AVG_DELAY_US
                    if a.raw_kind() == TCA_CAKE_TIN_STATS_AVG_DELAY_US =>
                {
                    CakeTinStatsAttrsBuilder::new(w).avg_delay_us(value::u32(&a))?;
                }
                TCA_CAKE_TIN_STATS_BASE_DELAY_US
                    if a.raw_kind() == TCA_CAKE_TIN_STATS_BASE_DELAY_US =>
                {
                    CakeTinStatsAttrsBuilder::new(w).base_delay_us(value::u32(&a))?;
                }
                TCA_CAKE_TIN_STATS_SPARSE_FLOWS
                    if a.raw_kind() == TCA_CAKE_TIN_STATS_SPARSE_FLOWS =>
                {
                    CakeTinStatsAttrsBuilder::new(w).sparse_flows(value::u32(&a))?;
                }
                TCA_CAKE_TIN_STATS_BULK_FLOWS if a.raw_kind() == TCA_CAKE_TIN_STATS_BULK_FLOWS => {
                    CakeTinStatsAttrsBuilder::new(w).bulk_flows(value::u32(&a))?;
                }
                TCA_CAKE_TIN_STATS_UNRESPONSIVE_FLOWS
                    if a.raw_kind() == TCA_CAKE_TIN_STATS_UNRESPONSIVE_FLOWS =>
                {
                    CakeTinStatsAttrsBuilder::new(w).unresponsive_flows(value::u32(&a))?;
                }
                TCA_CAKE_TIN_STATS_MAX_SKBLEN if a.raw_kind() == TCA_CAKE_TIN_STATS_MAX_SKBLEN => {
                    CakeTinStatsAttrsBuilder::new(w).max_skblen(value::u32(&a))?;
                }
                TCA_CAKE_TIN_STATS_FLOW_QUANTUM
                    if a.raw_kind() == TCA_CAKE_TIN_STATS_FLOW_QUANTUM =>
                {
                    CakeTinStatsAttrsBuilder::new(w).flow_quantum(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`CbsAttrs`] checks of each attribute, from the descriptors.
static CBS_ATTRS_CHECKS: [Check; 2] = Check::table(&tables::CBS_ATTRS);

/// The `cbs-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CbsAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for CbsAttrs<'a> {
    const SET: &'static AttrSet = &tables::CBS_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &CBS_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&CBS_ATTRS_CHECKS, attrs)
    }
}

impl<'a> CbsAttrs<'a> {
    /// Indexes and checks a block of `cbs-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `TCA_CBS_PARMS`
    #[inline]
    pub fn parms(&self) -> Option<TcCbsQopt> {
        self.0.fixed(TCA_CBS_PARMS, TcCbsQopt::from_bytes)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_CBS_PARMS if a.raw_kind() == TCA_CBS_PARMS => {
                    if a.value().len() == TcCbsQopt::LEN {
                        CbsAttrsBuilder::new(w).parms(&TcCbsQopt::from_bytes(a.value()))?;
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

/// What [`CgroupAttrs`] checks of each attribute, from the descriptors.
static CGROUP_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::CGROUP_ATTRS);

/// The `cgroup-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CgroupAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for CgroupAttrs<'a> {
    const SET: &'static AttrSet = &tables::CGROUP_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &CGROUP_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&CGROUP_ATTRS_CHECKS, attrs)
    }
}

impl<'a> CgroupAttrs<'a> {
    /// Indexes and checks a block of `cgroup-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `TCA_CGROUP_ACT`
    #[inline]
    pub fn act(&self) -> Option<Entries<'a, ActAttrs<'a>>> {
        self.0.entries(TCA_CGROUP_ACT)
    }

    /// `TCA_CGROUP_POLICE`
    #[inline]
    pub fn police(&self) -> Result<Option<PoliceAttrs<'a>>, Error> {
        self.0.nest(TCA_CGROUP_POLICE)
    }

    /// `TCA_CGROUP_EMATCHES`
    #[inline]
    pub fn ematches(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_CGROUP_EMATCHES)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_CGROUP_ACT => nest_like(w, &a, |w| {
                    for e in a.nested() {
                        let e = e?;
                        nest_like(w, &e, |w| ActAttrs::parse(e.nested())?.write_to(w))?;
                    }
                    Ok(())
                })?,
                TCA_CGROUP_POLICE => {
                    nest_like(w, &a, |w| PoliceAttrs::parse(a.nested())?.write_to(w))?
                }
                TCA_CGROUP_EMATCHES if a.raw_kind() == TCA_CGROUP_EMATCHES => {
                    CgroupAttrsBuilder::new(w).ematches(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ChokeAttrs`] checks of each attribute, from the descriptors.
static CHOKE_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::CHOKE_ATTRS);

/// The `choke-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ChokeAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for ChokeAttrs<'a> {
    const SET: &'static AttrSet = &tables::CHOKE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &CHOKE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&CHOKE_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ChokeAttrs<'a> {
    /// Indexes and checks a block of `choke-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `TCA_CHOKE_PARMS`
    #[inline]
    pub fn parms(&self) -> Option<TcRedQopt> {
        self.0.fixed(TCA_CHOKE_PARMS, TcRedQopt::from_bytes)
    }

    /// `TCA_CHOKE_STAB`
    #[inline]
    pub fn stab(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_CHOKE_STAB)
    }

    /// `TCA_CHOKE_MAX_P`
    #[inline]
    pub fn max_p(&self) -> Option<u32> {
        self.0.u32(TCA_CHOKE_MAX_P)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_CHOKE_PARMS if a.raw_kind() == TCA_CHOKE_PARMS => {
                    if a.value().len() == TcRedQopt::LEN {
                        ChokeAttrsBuilder::new(w).parms(&TcRedQopt::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_CHOKE_STAB if a.raw_kind() == TCA_CHOKE_STAB => {
                    ChokeAttrsBuilder::new(w).stab(a.value())?;
                }
                TCA_CHOKE_MAX_P if a.raw_kind() == TCA_CHOKE_MAX_P => {
                    ChokeAttrsBuilder::new(w).max_p(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`CodelAttrs`] checks of each attribute, from the descriptors.
static CODEL_ATTRS_CHECKS: [Check; 6] = Check::table(&tables::CODEL_ATTRS);

/// The `codel-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CodelAttrs<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for CodelAttrs<'a> {
    const SET: &'static AttrSet = &tables::CODEL_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &CODEL_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&CODEL_ATTRS_CHECKS, attrs)
    }
}

impl<'a> CodelAttrs<'a> {
    /// Indexes and checks a block of `codel-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `TCA_CODEL_TARGET`
    #[inline]
    pub fn target(&self) -> Option<u32> {
        self.0.u32(TCA_CODEL_TARGET)
    }

    /// `TCA_CODEL_LIMIT`
    #[inline]
    pub fn limit(&self) -> Option<u32> {
        self.0.u32(TCA_CODEL_LIMIT)
    }

    /// `TCA_CODEL_INTERVAL`
    #[inline]
    pub fn interval(&self) -> Option<u32> {
        self.0.u32(TCA_CODEL_INTERVAL)
    }

    /// `TCA_CODEL_ECN`
    #[inline]
    pub fn ecn(&self) -> Option<u32> {
        self.0.u32(TCA_CODEL_ECN)
    }

    /// `TCA_CODEL_CE_THRESHOLD`
    #[inline]
    pub fn ce_threshold(&self) -> Option<u32> {
        self.0.u32(TCA_CODEL_CE_THRESHOLD)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_CODEL_TARGET if a.raw_kind() == TCA_CODEL_TARGET => {
                    CodelAttrsBuilder::new(w).target(value::u32(&a))?;
                }
                TCA_CODEL_LIMIT if a.raw_kind() == TCA_CODEL_LIMIT => {
                    CodelAttrsBuilder::new(w).limit(value::u32(&a))?;
                }
                TCA_CODEL_INTERVAL if a.raw_kind() == TCA_CODEL_INTERVAL => {
                    CodelAttrsBuilder::new(w).interval(value::u32(&a))?;
                }
                TCA_CODEL_ECN if a.raw_kind() == TCA_CODEL_ECN => {
                    CodelAttrsBuilder::new(w).ecn(value::u32(&a))?;
                }
                TCA_CODEL_CE_THRESHOLD if a.raw_kind() == TCA_CODEL_CE_THRESHOLD => {
                    CodelAttrsBuilder::new(w).ce_threshold(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DrrAttrs`] checks of each attribute, from the descriptors.
static DRR_ATTRS_CHECKS: [Check; 2] = Check::table(&tables::DRR_ATTRS);

/// The `drr-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DrrAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for DrrAttrs<'a> {
    const SET: &'static AttrSet = &tables::DRR_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DRR_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DRR_ATTRS_CHECKS, attrs)
    }
}

impl<'a> DrrAttrs<'a> {
    /// Indexes and checks a block of `drr-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `TCA_DRR_QUANTUM`
    #[inline]
    pub fn quantum(&self) -> Option<u32> {
        self.0.u32(TCA_DRR_QUANTUM)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_DRR_QUANTUM if a.raw_kind() == TCA_DRR_QUANTUM => {
                    DrrAttrsBuilder::new(w).quantum(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Dualpi2Attrs`] checks of each attribute, from the descriptors.
static DUALPI2_ATTRS_CHECKS: [Check; 16] = Check::table(&tables::DUALPI2_ATTRS);

/// The `dualpi2-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Dualpi2Attrs<'a>(Table<'a, 16>);

impl<'a> AttrView<'a> for Dualpi2Attrs<'a> {
    const SET: &'static AttrSet = &tables::DUALPI2_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DUALPI2_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DUALPI2_ATTRS_CHECKS, attrs)
    }
}

impl<'a> Dualpi2Attrs<'a> {
    /// Indexes and checks a block of `dualpi2-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 16> {
        &self.0
    }

    /// `TCA_DUALPI2_LIMIT`: Limit of total number of packets in queue
    #[inline]
    pub fn limit(&self) -> Option<u32> {
        self.0.u32(TCA_DUALPI2_LIMIT)
    }

    /// `TCA_DUALPI2_MEMORY_LIMIT`: Memory limit of total number of packets in queue
    #[inline]
    pub fn memory_limit(&self) -> Option<u32> {
        self.0.u32(TCA_DUALPI2_MEMORY_LIMIT)
    }

    /// `TCA_DUALPI2_TARGET`: Classic target delay in microseconds
    #[inline]
    pub fn target(&self) -> Option<u32> {
        self.0.u32(TCA_DUALPI2_TARGET)
    }

    /// `TCA_DUALPI2_TUPDATE`: Drop probability update interval time in microseconds
    #[inline]
    pub fn tupdate(&self) -> Option<u32> {
        self.0.u32(TCA_DUALPI2_TUPDATE)
    }

    /// `TCA_DUALPI2_ALPHA`: Integral gain factor in Hz for PI controller
    #[inline]
    pub fn alpha(&self) -> Option<u32> {
        self.0.u32(TCA_DUALPI2_ALPHA)
    }

    /// `TCA_DUALPI2_BETA`: Proportional gain factor in Hz for PI controller
    #[inline]
    pub fn beta(&self) -> Option<u32> {
        self.0.u32(TCA_DUALPI2_BETA)
    }

    /// `TCA_DUALPI2_STEP_THRESH_PKTS`: L4S step marking threshold in packets
    #[inline]
    pub fn step_thresh_pkts(&self) -> Option<u32> {
        self.0.u32(TCA_DUALPI2_STEP_THRESH_PKTS)
    }

    /// `TCA_DUALPI2_STEP_THRESH_US`: L4S Step marking threshold in microseconds
    #[inline]
    pub fn step_thresh_us(&self) -> Option<u32> {
        self.0.u32(TCA_DUALPI2_STEP_THRESH_US)
    }

    /// `TCA_DUALPI2_MIN_QLEN_STEP`: Packets enqueued to the L-queue can apply the step threshold when the queue length of L-queue is larger than this value. (0 is recommended)
    #[inline]
    pub fn min_qlen_step(&self) -> Option<u32> {
        self.0.u32(TCA_DUALPI2_MIN_QLEN_STEP)
    }

    /// `TCA_DUALPI2_COUPLING`: Probability coupling factor between Classic and L4S (2 is recommended)
    #[inline]
    pub fn coupling(&self) -> Option<u8> {
        self.0.u8(TCA_DUALPI2_COUPLING)
    }

    /// `TCA_DUALPI2_DROP_OVERLOAD`: Control the overload strategy (drop to preserve latency or let the queue overflow)
    #[inline]
    pub fn drop_overload(&self) -> Option<Dualpi2DropOverload> {
        self.0
            .u8(TCA_DUALPI2_DROP_OVERLOAD)
            .map(|v| Dualpi2DropOverload::from_value(v as u32))
    }

    /// `TCA_DUALPI2_DROP_EARLY`: Decide where the Classic packets are PI-based dropped or marked
    #[inline]
    pub fn drop_early(&self) -> Option<Dualpi2DropEarly> {
        self.0
            .u8(TCA_DUALPI2_DROP_EARLY)
            .map(|v| Dualpi2DropEarly::from_value(v as u32))
    }

    /// `TCA_DUALPI2_C_PROTECTION`: Classic WRR weight in percentage (from 0 to 100)
    #[inline]
    pub fn c_protection(&self) -> Option<u8> {
        self.0.u8(TCA_DUALPI2_C_PROTECTION)
    }

    /// `TCA_DUALPI2_ECN_MASK`: Configure the L-queue ECN classifier
    #[inline]
    pub fn ecn_mask(&self) -> Option<Dualpi2EcnMask> {
        self.0
            .u8(TCA_DUALPI2_ECN_MASK)
            .map(|v| Dualpi2EcnMask::from_value(v as u32))
    }

    /// `TCA_DUALPI2_SPLIT_GSO`: Split aggregated skb or not
    #[inline]
    pub fn split_gso(&self) -> Option<Dualpi2SplitGso> {
        self.0
            .u8(TCA_DUALPI2_SPLIT_GSO)
            .map(|v| Dualpi2SplitGso::from_value(v as u32))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_DUALPI2_LIMIT if a.raw_kind() == TCA_DUALPI2_LIMIT => {
                    Dualpi2AttrsBuilder::new(w).limit(value::u32(&a))?;
                }
                TCA_DUALPI2_MEMORY_LIMIT if a.raw_kind() == TCA_DUALPI2_MEMORY_LIMIT => {
                    Dualpi2AttrsBuilder::new(w).memory_limit(value::u32(&a))?;
                }
                TCA_DUALPI2_TARGET if a.raw_kind() == TCA_DUALPI2_TARGET => {
                    Dualpi2AttrsBuilder::new(w).target(value::u32(&a))?;
                }
                TCA_DUALPI2_TUPDATE if a.raw_kind() == TCA_DUALPI2_TUPDATE => {
                    Dualpi2AttrsBuilder::new(w).tupdate(value::u32(&a))?;
                }
                TCA_DUALPI2_ALPHA if a.raw_kind() == TCA_DUALPI2_ALPHA => {
                    Dualpi2AttrsBuilder::new(w).alpha(value::u32(&a))?;
                }
                TCA_DUALPI2_BETA if a.raw_kind() == TCA_DUALPI2_BETA => {
                    Dualpi2AttrsBuilder::new(w).beta(value::u32(&a))?;
                }
                TCA_DUALPI2_STEP_THRESH_PKTS if a.raw_kind() == TCA_DUALPI2_STEP_THRESH_PKTS => {
                    Dualpi2AttrsBuilder::new(w).step_thresh_pkts(value::u32(&a))?;
                }
                TCA_DUALPI2_STEP_THRESH_US if a.raw_kind() == TCA_DUALPI2_STEP_THRESH_US => {
                    Dualpi2AttrsBuilder::new(w).step_thresh_us(value::u32(&a))?;
                }
                TCA_DUALPI2_MIN_QLEN_STEP if a.raw_kind() == TCA_DUALPI2_MIN_QLEN_STEP => {
                    Dualpi2AttrsBuilder::new(w).min_qlen_step(value::u32(&a))?;
                }
                TCA_DUALPI2_COUPLING if a.raw_kind() == TCA_DUALPI2_COUPLING => {
                    Dualpi2AttrsBuilder::new(w).coupling(value::u8(&a))?;
                }
                TCA_DUALPI2_DROP_OVERLOAD if a.raw_kind() == TCA_DUALPI2_DROP_OVERLOAD => {
                    Dualpi2AttrsBuilder::new(w)
                        .drop_overload(Dualpi2DropOverload::from_value(value::u8(&a) as u32))?;
                }
                TCA_DUALPI2_DROP_EARLY if a.raw_kind() == TCA_DUALPI2_DROP_EARLY => {
                    Dualpi2AttrsBuilder::new(w)
                        .drop_early(Dualpi2DropEarly::from_value(value::u8(&a) as u32))?;
                }
                TCA_DUALPI2_C_PROTECTION if a.raw_kind() == TCA_DUALPI2_C_PROTECTION => {
                    Dualpi2AttrsBuilder::new(w).c_protection(value::u8(&a))?;
                }
                TCA_DUALPI2_ECN_MASK if a.raw_kind() == TCA_DUALPI2_ECN_MASK => {
                    Dualpi2AttrsBuilder::new(w)
                        .ecn_mask(Dualpi2EcnMask::from_value(value::u8(&a) as u32))?;
                }
                TCA_DUALPI2_SPLIT_GSO if a.raw_kind() == TCA_DUALPI2_SPLIT_GSO => {
                    Dualpi2AttrsBuilder::new(w)
                        .split_gso(Dualpi2SplitGso::from_value(value::u8(&a) as u32))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`EmatchAttrs`] checks of each attribute, from the descriptors.
static EMATCH_ATTRS_CHECKS: [Check; 3] = Check::table(&tables::EMATCH_ATTRS);

/// The `ematch-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct EmatchAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for EmatchAttrs<'a> {
    const SET: &'static AttrSet = &tables::EMATCH_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &EMATCH_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&EMATCH_ATTRS_CHECKS, attrs)
    }
}

impl<'a> EmatchAttrs<'a> {
    /// Indexes and checks a block of `ematch-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `TCA_EMATCH_TREE_HDR`
    #[inline]
    pub fn tree_hdr(&self) -> Option<TcfEmatchTreeHdr> {
        self.0
            .fixed(TCA_EMATCH_TREE_HDR, TcfEmatchTreeHdr::from_bytes)
    }

    /// `TCA_EMATCH_TREE_LIST`
    #[inline]
    pub fn tree_list(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_EMATCH_TREE_LIST)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_EMATCH_TREE_HDR if a.raw_kind() == TCA_EMATCH_TREE_HDR => {
                    if a.value().len() == TcfEmatchTreeHdr::LEN {
                        EmatchAttrsBuilder::new(w)
                            .tree_hdr(&TcfEmatchTreeHdr::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_EMATCH_TREE_LIST if a.raw_kind() == TCA_EMATCH_TREE_LIST => {
                    EmatchAttrsBuilder::new(w).tree_list(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`FlowAttrs`] checks of each attribute, from the descriptors.
static FLOW_ATTRS_CHECKS: [Check; 13] = Check::table(&tables::FLOW_ATTRS);

/// The `flow-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FlowAttrs<'a>(Table<'a, 13>);

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
    pub fn table(&self) -> &Table<'a, 13> {
        &self.0
    }

    /// `TCA_FLOW_KEYS`
    #[inline]
    pub fn keys(&self) -> Option<u32> {
        self.0.u32(TCA_FLOW_KEYS)
    }

    /// `TCA_FLOW_MODE`
    #[inline]
    pub fn mode(&self) -> Option<u32> {
        self.0.u32(TCA_FLOW_MODE)
    }

    /// `TCA_FLOW_BASECLASS`
    #[inline]
    pub fn baseclass(&self) -> Option<u32> {
        self.0.u32(TCA_FLOW_BASECLASS)
    }

    /// `TCA_FLOW_RSHIFT`
    #[inline]
    pub fn rshift(&self) -> Option<u32> {
        self.0.u32(TCA_FLOW_RSHIFT)
    }

    /// `TCA_FLOW_ADDEND`
    #[inline]
    pub fn addend(&self) -> Option<u32> {
        self.0.u32(TCA_FLOW_ADDEND)
    }

    /// `TCA_FLOW_MASK`
    #[inline]
    pub fn mask(&self) -> Option<u32> {
        self.0.u32(TCA_FLOW_MASK)
    }

    /// `TCA_FLOW_XOR`
    #[inline]
    pub fn xor(&self) -> Option<u32> {
        self.0.u32(TCA_FLOW_XOR)
    }

    /// `TCA_FLOW_DIVISOR`
    #[inline]
    pub fn divisor(&self) -> Option<u32> {
        self.0.u32(TCA_FLOW_DIVISOR)
    }

    /// `TCA_FLOW_ACT`
    #[inline]
    pub fn act(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_FLOW_ACT)
    }

    /// `TCA_FLOW_POLICE`
    #[inline]
    pub fn police(&self) -> Result<Option<PoliceAttrs<'a>>, Error> {
        self.0.nest(TCA_FLOW_POLICE)
    }

    /// `TCA_FLOW_EMATCHES`
    #[inline]
    pub fn ematches(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_FLOW_EMATCHES)
    }

    /// `TCA_FLOW_PERTURB`
    #[inline]
    pub fn perturb(&self) -> Option<u32> {
        self.0.u32(TCA_FLOW_PERTURB)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_FLOW_KEYS if a.raw_kind() == TCA_FLOW_KEYS => {
                    FlowAttrsBuilder::new(w).keys(value::u32(&a))?;
                }
                TCA_FLOW_MODE if a.raw_kind() == TCA_FLOW_MODE => {
                    FlowAttrsBuilder::new(w).mode(value::u32(&a))?;
                }
                TCA_FLOW_BASECLASS if a.raw_kind() == TCA_FLOW_BASECLASS => {
                    FlowAttrsBuilder::new(w).baseclass(value::u32(&a))?;
                }
                TCA_FLOW_RSHIFT if a.raw_kind() == TCA_FLOW_RSHIFT => {
                    FlowAttrsBuilder::new(w).rshift(value::u32(&a))?;
                }
                TCA_FLOW_ADDEND if a.raw_kind() == TCA_FLOW_ADDEND => {
                    FlowAttrsBuilder::new(w).addend(value::u32(&a))?;
                }
                TCA_FLOW_MASK if a.raw_kind() == TCA_FLOW_MASK => {
                    FlowAttrsBuilder::new(w).mask(value::u32(&a))?;
                }
                TCA_FLOW_XOR if a.raw_kind() == TCA_FLOW_XOR => {
                    FlowAttrsBuilder::new(w).xor(value::u32(&a))?;
                }
                TCA_FLOW_DIVISOR if a.raw_kind() == TCA_FLOW_DIVISOR => {
                    FlowAttrsBuilder::new(w).divisor(value::u32(&a))?;
                }
                TCA_FLOW_ACT if a.raw_kind() == TCA_FLOW_ACT => {
                    FlowAttrsBuilder::new(w).act(a.value())?;
                }
                TCA_FLOW_POLICE => {
                    nest_like(w, &a, |w| PoliceAttrs::parse(a.nested())?.write_to(w))?
                }
                TCA_FLOW_EMATCHES if a.raw_kind() == TCA_FLOW_EMATCHES => {
                    FlowAttrsBuilder::new(w).ematches(a.value())?;
                }
                TCA_FLOW_PERTURB if a.raw_kind() == TCA_FLOW_PERTURB => {
                    FlowAttrsBuilder::new(w).perturb(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`FlowerAttrs`] checks of each attribute, from the descriptors.
static FLOWER_ATTRS_CHECKS: [Check; 112] = Check::table(&tables::FLOWER_ATTRS);

/// The `flower-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FlowerAttrs<'a>(Table<'a, 112>);

impl<'a> AttrView<'a> for FlowerAttrs<'a> {
    const SET: &'static AttrSet = &tables::FLOWER_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &FLOWER_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&FLOWER_ATTRS_CHECKS, attrs)
    }
}

impl<'a> FlowerAttrs<'a> {
    /// Indexes and checks a block of `flower-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 112> {
        &self.0
    }

    /// `TCA_FLOWER_CLASSID`
    #[inline]
    pub fn classid(&self) -> Option<u32> {
        self.0.u32(TCA_FLOWER_CLASSID)
    }

    /// `TCA_FLOWER_INDEV`
    #[inline]
    pub fn indev(&self) -> Option<&'a str> {
        self.0.str(TCA_FLOWER_INDEV)
    }

    /// `TCA_FLOWER_ACT`
    #[inline]
    pub fn act(&self) -> Option<Entries<'a, ActAttrs<'a>>> {
        self.0.entries(TCA_FLOWER_ACT)
    }

    /// `TCA_FLOWER_KEY_ETH_DST`
    #[inline]
    pub fn key_eth_dst(&self) -> Option<HwAddr<'a>> {
        self.0.mac(TCA_FLOWER_KEY_ETH_DST)
    }

    /// `TCA_FLOWER_KEY_ETH_DST_MASK`
    #[inline]
    pub fn key_eth_dst_mask(&self) -> Option<HwAddr<'a>> {
        self.0.mac(TCA_FLOWER_KEY_ETH_DST_MASK)
    }

    /// `TCA_FLOWER_KEY_ETH_SRC`
    #[inline]
    pub fn key_eth_src(&self) -> Option<HwAddr<'a>> {
        self.0.mac(TCA_FLOWER_KEY_ETH_SRC)
    }

    /// `TCA_FLOWER_KEY_ETH_SRC_MASK`
    #[inline]
    pub fn key_eth_src_mask(&self) -> Option<HwAddr<'a>> {
        self.0.mac(TCA_FLOWER_KEY_ETH_SRC_MASK)
    }

    /// `TCA_FLOWER_KEY_ETH_TYPE`
    #[inline]
    pub fn key_eth_type(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_ETH_TYPE)
    }

    /// `TCA_FLOWER_KEY_IP_PROTO`
    #[inline]
    pub fn key_ip_proto(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_IP_PROTO)
    }

    /// `TCA_FLOWER_KEY_IPV4_SRC`
    #[inline]
    pub fn key_ipv4_src(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(TCA_FLOWER_KEY_IPV4_SRC)
    }

    /// `TCA_FLOWER_KEY_IPV4_SRC_MASK`
    #[inline]
    pub fn key_ipv4_src_mask(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(TCA_FLOWER_KEY_IPV4_SRC_MASK)
    }

    /// `TCA_FLOWER_KEY_IPV4_DST`
    #[inline]
    pub fn key_ipv4_dst(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(TCA_FLOWER_KEY_IPV4_DST)
    }

    /// `TCA_FLOWER_KEY_IPV4_DST_MASK`
    #[inline]
    pub fn key_ipv4_dst_mask(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(TCA_FLOWER_KEY_IPV4_DST_MASK)
    }

    /// `TCA_FLOWER_KEY_IPV6_SRC`
    #[inline]
    pub fn key_ipv6_src(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(TCA_FLOWER_KEY_IPV6_SRC)
    }

    /// `TCA_FLOWER_KEY_IPV6_SRC_MASK`
    #[inline]
    pub fn key_ipv6_src_mask(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(TCA_FLOWER_KEY_IPV6_SRC_MASK)
    }

    /// `TCA_FLOWER_KEY_IPV6_DST`
    #[inline]
    pub fn key_ipv6_dst(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(TCA_FLOWER_KEY_IPV6_DST)
    }

    /// `TCA_FLOWER_KEY_IPV6_DST_MASK`
    #[inline]
    pub fn key_ipv6_dst_mask(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(TCA_FLOWER_KEY_IPV6_DST_MASK)
    }

    /// `TCA_FLOWER_KEY_TCP_SRC`
    #[inline]
    pub fn key_tcp_src(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_TCP_SRC)
    }

    /// `TCA_FLOWER_KEY_TCP_DST`
    #[inline]
    pub fn key_tcp_dst(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_TCP_DST)
    }

    /// `TCA_FLOWER_KEY_UDP_SRC`
    #[inline]
    pub fn key_udp_src(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_UDP_SRC)
    }

    /// `TCA_FLOWER_KEY_UDP_DST`
    #[inline]
    pub fn key_udp_dst(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_UDP_DST)
    }

    /// `TCA_FLOWER_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<ClsFlags> {
        self.0.u32(TCA_FLOWER_FLAGS).map(ClsFlags)
    }

    /// `TCA_FLOWER_KEY_VLAN_ID`
    #[inline]
    pub fn key_vlan_id(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_VLAN_ID)
    }

    /// `TCA_FLOWER_KEY_VLAN_PRIO`
    #[inline]
    pub fn key_vlan_prio(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_VLAN_PRIO)
    }

    /// `TCA_FLOWER_KEY_VLAN_ETH_TYPE`
    #[inline]
    pub fn key_vlan_eth_type(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_VLAN_ETH_TYPE)
    }

    /// `TCA_FLOWER_KEY_ENC_KEY_ID`
    #[inline]
    pub fn key_enc_key_id(&self) -> Option<u32> {
        self.0.u32_be(TCA_FLOWER_KEY_ENC_KEY_ID)
    }

    /// `TCA_FLOWER_KEY_ENC_IPV4_SRC`
    #[inline]
    pub fn key_enc_ipv4_src(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(TCA_FLOWER_KEY_ENC_IPV4_SRC)
    }

    /// `TCA_FLOWER_KEY_ENC_IPV4_SRC_MASK`
    #[inline]
    pub fn key_enc_ipv4_src_mask(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(TCA_FLOWER_KEY_ENC_IPV4_SRC_MASK)
    }

    /// `TCA_FLOWER_KEY_ENC_IPV4_DST`
    #[inline]
    pub fn key_enc_ipv4_dst(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(TCA_FLOWER_KEY_ENC_IPV4_DST)
    }

    /// `TCA_FLOWER_KEY_ENC_IPV4_DST_MASK`
    #[inline]
    pub fn key_enc_ipv4_dst_mask(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(TCA_FLOWER_KEY_ENC_IPV4_DST_MASK)
    }

    /// `TCA_FLOWER_KEY_ENC_IPV6_SRC`
    #[inline]
    pub fn key_enc_ipv6_src(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(TCA_FLOWER_KEY_ENC_IPV6_SRC)
    }

    /// `TCA_FLOWER_KEY_ENC_IPV6_SRC_MASK`
    #[inline]
    pub fn key_enc_ipv6_src_mask(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(TCA_FLOWER_KEY_ENC_IPV6_SRC_MASK)
    }

    /// `TCA_FLOWER_KEY_ENC_IPV6_DST`
    #[inline]
    pub fn key_enc_ipv6_dst(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(TCA_FLOWER_KEY_ENC_IPV6_DST)
    }

    /// `TCA_FLOWER_KEY_ENC_IPV6_DST_MASK`
    #[inline]
    pub fn key_enc_ipv6_dst_mask(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(TCA_FLOWER_KEY_ENC_IPV6_DST_MASK)
    }

    /// `TCA_FLOWER_KEY_TCP_SRC_MASK`
    #[inline]
    pub fn key_tcp_src_mask(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_TCP_SRC_MASK)
    }

    /// `TCA_FLOWER_KEY_TCP_DST_MASK`
    #[inline]
    pub fn key_tcp_dst_mask(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_TCP_DST_MASK)
    }

    /// `TCA_FLOWER_KEY_UDP_SRC_MASK`
    #[inline]
    pub fn key_udp_src_mask(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_UDP_SRC_MASK)
    }

    /// `TCA_FLOWER_KEY_UDP_DST_MASK`
    #[inline]
    pub fn key_udp_dst_mask(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_UDP_DST_MASK)
    }

    /// `TCA_FLOWER_KEY_SCTP_SRC_MASK`
    #[inline]
    pub fn key_sctp_src_mask(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_SCTP_SRC_MASK)
    }

    /// `TCA_FLOWER_KEY_SCTP_DST_MASK`
    #[inline]
    pub fn key_sctp_dst_mask(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_SCTP_DST_MASK)
    }

    /// `TCA_FLOWER_KEY_SCTP_SRC`
    #[inline]
    pub fn key_sctp_src(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_SCTP_SRC)
    }

    /// `TCA_FLOWER_KEY_SCTP_DST`
    #[inline]
    pub fn key_sctp_dst(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_SCTP_DST)
    }

    /// `TCA_FLOWER_KEY_ENC_UDP_SRC_PORT`
    #[inline]
    pub fn key_enc_udp_src_port(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_ENC_UDP_SRC_PORT)
    }

    /// `TCA_FLOWER_KEY_ENC_UDP_SRC_PORT_MASK`
    #[inline]
    pub fn key_enc_udp_src_port_mask(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_ENC_UDP_SRC_PORT_MASK)
    }

    /// `TCA_FLOWER_KEY_ENC_UDP_DST_PORT`
    #[inline]
    pub fn key_enc_udp_dst_port(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_ENC_UDP_DST_PORT)
    }

    /// `TCA_FLOWER_KEY_ENC_UDP_DST_PORT_MASK`
    #[inline]
    pub fn key_enc_udp_dst_port_mask(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_ENC_UDP_DST_PORT_MASK)
    }

    /// `TCA_FLOWER_KEY_FLAGS`
    #[inline]
    pub fn key_flags(&self) -> Option<FlowerKeyCtrlFlags> {
        self.0.u32_be(TCA_FLOWER_KEY_FLAGS).map(FlowerKeyCtrlFlags)
    }

    /// `TCA_FLOWER_KEY_FLAGS_MASK`
    #[inline]
    pub fn key_flags_mask(&self) -> Option<FlowerKeyCtrlFlags> {
        self.0
            .u32_be(TCA_FLOWER_KEY_FLAGS_MASK)
            .map(FlowerKeyCtrlFlags)
    }

    /// `TCA_FLOWER_KEY_ICMPV4_CODE`
    #[inline]
    pub fn key_icmpv4_code(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_ICMPV4_CODE)
    }

    /// `TCA_FLOWER_KEY_ICMPV4_CODE_MASK`
    #[inline]
    pub fn key_icmpv4_code_mask(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_ICMPV4_CODE_MASK)
    }

    /// `TCA_FLOWER_KEY_ICMPV4_TYPE`
    #[inline]
    pub fn key_icmpv4_type(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_ICMPV4_TYPE)
    }

    /// `TCA_FLOWER_KEY_ICMPV4_TYPE_MASK`
    #[inline]
    pub fn key_icmpv4_type_mask(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_ICMPV4_TYPE_MASK)
    }

    /// `TCA_FLOWER_KEY_ICMPV6_CODE`
    #[inline]
    pub fn key_icmpv6_code(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_ICMPV6_CODE)
    }

    /// `TCA_FLOWER_KEY_ICMPV6_CODE_MASK`
    #[inline]
    pub fn key_icmpv6_code_mask(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_ICMPV6_CODE_MASK)
    }

    /// `TCA_FLOWER_KEY_ICMPV6_TYPE`
    #[inline]
    pub fn key_icmpv6_type(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_ICMPV6_TYPE)
    }

    /// `TCA_FLOWER_KEY_ICMPV6_TYPE_MASK`
    #[inline]
    pub fn key_icmpv6_type_mask(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_ICMPV6_TYPE_MASK)
    }

    /// `TCA_FLOWER_KEY_ARP_SIP`
    #[inline]
    pub fn key_arp_sip(&self) -> Option<u32> {
        self.0.u32_be(TCA_FLOWER_KEY_ARP_SIP)
    }

    /// `TCA_FLOWER_KEY_ARP_SIP_MASK`
    #[inline]
    pub fn key_arp_sip_mask(&self) -> Option<u32> {
        self.0.u32_be(TCA_FLOWER_KEY_ARP_SIP_MASK)
    }

    /// `TCA_FLOWER_KEY_ARP_TIP`
    #[inline]
    pub fn key_arp_tip(&self) -> Option<u32> {
        self.0.u32_be(TCA_FLOWER_KEY_ARP_TIP)
    }

    /// `TCA_FLOWER_KEY_ARP_TIP_MASK`
    #[inline]
    pub fn key_arp_tip_mask(&self) -> Option<u32> {
        self.0.u32_be(TCA_FLOWER_KEY_ARP_TIP_MASK)
    }

    /// `TCA_FLOWER_KEY_ARP_OP`
    #[inline]
    pub fn key_arp_op(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_ARP_OP)
    }

    /// `TCA_FLOWER_KEY_ARP_OP_MASK`
    #[inline]
    pub fn key_arp_op_mask(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_ARP_OP_MASK)
    }

    /// `TCA_FLOWER_KEY_ARP_SHA`
    #[inline]
    pub fn key_arp_sha(&self) -> Option<HwAddr<'a>> {
        self.0.mac(TCA_FLOWER_KEY_ARP_SHA)
    }

    /// `TCA_FLOWER_KEY_ARP_SHA_MASK`
    #[inline]
    pub fn key_arp_sha_mask(&self) -> Option<HwAddr<'a>> {
        self.0.mac(TCA_FLOWER_KEY_ARP_SHA_MASK)
    }

    /// `TCA_FLOWER_KEY_ARP_THA`
    #[inline]
    pub fn key_arp_tha(&self) -> Option<HwAddr<'a>> {
        self.0.mac(TCA_FLOWER_KEY_ARP_THA)
    }

    /// `TCA_FLOWER_KEY_ARP_THA_MASK`
    #[inline]
    pub fn key_arp_tha_mask(&self) -> Option<HwAddr<'a>> {
        self.0.mac(TCA_FLOWER_KEY_ARP_THA_MASK)
    }

    /// `TCA_FLOWER_KEY_MPLS_TTL`
    #[inline]
    pub fn key_mpls_ttl(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_MPLS_TTL)
    }

    /// `TCA_FLOWER_KEY_MPLS_BOS`
    #[inline]
    pub fn key_mpls_bos(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_MPLS_BOS)
    }

    /// `TCA_FLOWER_KEY_MPLS_TC`
    #[inline]
    pub fn key_mpls_tc(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_MPLS_TC)
    }

    /// `TCA_FLOWER_KEY_MPLS_LABEL`
    #[inline]
    pub fn key_mpls_label(&self) -> Option<u32> {
        self.0.u32_be(TCA_FLOWER_KEY_MPLS_LABEL)
    }

    /// `TCA_FLOWER_KEY_TCP_FLAGS`
    #[inline]
    pub fn key_tcp_flags(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_TCP_FLAGS)
    }

    /// `TCA_FLOWER_KEY_TCP_FLAGS_MASK`
    #[inline]
    pub fn key_tcp_flags_mask(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_TCP_FLAGS_MASK)
    }

    /// `TCA_FLOWER_KEY_IP_TOS`
    #[inline]
    pub fn key_ip_tos(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_IP_TOS)
    }

    /// `TCA_FLOWER_KEY_IP_TOS_MASK`
    #[inline]
    pub fn key_ip_tos_mask(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_IP_TOS_MASK)
    }

    /// `TCA_FLOWER_KEY_IP_TTL`
    #[inline]
    pub fn key_ip_ttl(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_IP_TTL)
    }

    /// `TCA_FLOWER_KEY_IP_TTL_MASK`
    #[inline]
    pub fn key_ip_ttl_mask(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_IP_TTL_MASK)
    }

    /// `TCA_FLOWER_KEY_CVLAN_ID`
    #[inline]
    pub fn key_cvlan_id(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_CVLAN_ID)
    }

    /// `TCA_FLOWER_KEY_CVLAN_PRIO`
    #[inline]
    pub fn key_cvlan_prio(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_CVLAN_PRIO)
    }

    /// `TCA_FLOWER_KEY_CVLAN_ETH_TYPE`
    #[inline]
    pub fn key_cvlan_eth_type(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_CVLAN_ETH_TYPE)
    }

    /// `TCA_FLOWER_KEY_ENC_IP_TOS`
    #[inline]
    pub fn key_enc_ip_tos(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_ENC_IP_TOS)
    }

    /// `TCA_FLOWER_KEY_ENC_IP_TOS_MASK`
    #[inline]
    pub fn key_enc_ip_tos_mask(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_ENC_IP_TOS_MASK)
    }

    /// `TCA_FLOWER_KEY_ENC_IP_TTL`
    #[inline]
    pub fn key_enc_ip_ttl(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_ENC_IP_TTL)
    }

    /// `TCA_FLOWER_KEY_ENC_IP_TTL_MASK`
    #[inline]
    pub fn key_enc_ip_ttl_mask(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_ENC_IP_TTL_MASK)
    }

    /// `TCA_FLOWER_KEY_ENC_OPTS`
    #[inline]
    pub fn key_enc_opts(&self) -> Result<Option<FlowerKeyEncOptsAttrs<'a>>, Error> {
        self.0.nest(TCA_FLOWER_KEY_ENC_OPTS)
    }

    /// `TCA_FLOWER_KEY_ENC_OPTS_MASK`
    #[inline]
    pub fn key_enc_opts_mask(&self) -> Result<Option<FlowerKeyEncOptsAttrs<'a>>, Error> {
        self.0.nest(TCA_FLOWER_KEY_ENC_OPTS_MASK)
    }

    /// `TCA_FLOWER_IN_HW_COUNT`
    #[inline]
    pub fn in_hw_count(&self) -> Option<u32> {
        self.0.u32(TCA_FLOWER_IN_HW_COUNT)
    }

    /// `TCA_FLOWER_KEY_PORT_SRC_MIN`
    #[inline]
    pub fn key_port_src_min(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_PORT_SRC_MIN)
    }

    /// `TCA_FLOWER_KEY_PORT_SRC_MAX`
    #[inline]
    pub fn key_port_src_max(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_PORT_SRC_MAX)
    }

    /// `TCA_FLOWER_KEY_PORT_DST_MIN`
    #[inline]
    pub fn key_port_dst_min(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_PORT_DST_MIN)
    }

    /// `TCA_FLOWER_KEY_PORT_DST_MAX`
    #[inline]
    pub fn key_port_dst_max(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_PORT_DST_MAX)
    }

    /// `TCA_FLOWER_KEY_CT_STATE`
    #[inline]
    pub fn key_ct_state(&self) -> Option<u16> {
        self.0.u16(TCA_FLOWER_KEY_CT_STATE)
    }

    /// `TCA_FLOWER_KEY_CT_STATE_MASK`
    #[inline]
    pub fn key_ct_state_mask(&self) -> Option<u16> {
        self.0.u16(TCA_FLOWER_KEY_CT_STATE_MASK)
    }

    /// `TCA_FLOWER_KEY_CT_ZONE`
    #[inline]
    pub fn key_ct_zone(&self) -> Option<u16> {
        self.0.u16(TCA_FLOWER_KEY_CT_ZONE)
    }

    /// `TCA_FLOWER_KEY_CT_ZONE_MASK`
    #[inline]
    pub fn key_ct_zone_mask(&self) -> Option<u16> {
        self.0.u16(TCA_FLOWER_KEY_CT_ZONE_MASK)
    }

    /// `TCA_FLOWER_KEY_CT_MARK`
    #[inline]
    pub fn key_ct_mark(&self) -> Option<u32> {
        self.0.u32(TCA_FLOWER_KEY_CT_MARK)
    }

    /// `TCA_FLOWER_KEY_CT_MARK_MASK`
    #[inline]
    pub fn key_ct_mark_mask(&self) -> Option<u32> {
        self.0.u32(TCA_FLOWER_KEY_CT_MARK_MASK)
    }

    /// `TCA_FLOWER_KEY_CT_LABELS`
    #[inline]
    pub fn key_ct_labels(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_FLOWER_KEY_CT_LABELS)
    }

    /// `TCA_FLOWER_KEY_CT_LABELS_MASK`
    #[inline]
    pub fn key_ct_labels_mask(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_FLOWER_KEY_CT_LABELS_MASK)
    }

    /// `TCA_FLOWER_KEY_MPLS_OPTS`
    #[inline]
    pub fn key_mpls_opts(&self) -> Result<Option<FlowerKeyMplsOptAttrs<'a>>, Error> {
        self.0.nest(TCA_FLOWER_KEY_MPLS_OPTS)
    }

    /// `TCA_FLOWER_KEY_HASH`
    #[inline]
    pub fn key_hash(&self) -> Option<u32> {
        self.0.u32(TCA_FLOWER_KEY_HASH)
    }

    /// `TCA_FLOWER_KEY_HASH_MASK`
    #[inline]
    pub fn key_hash_mask(&self) -> Option<u32> {
        self.0.u32(TCA_FLOWER_KEY_HASH_MASK)
    }

    /// `TCA_FLOWER_KEY_NUM_OF_VLANS`
    #[inline]
    pub fn key_num_of_vlans(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_NUM_OF_VLANS)
    }

    /// `TCA_FLOWER_KEY_PPPOE_SID`
    #[inline]
    pub fn key_pppoe_sid(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_PPPOE_SID)
    }

    /// `TCA_FLOWER_KEY_PPP_PROTO`
    #[inline]
    pub fn key_ppp_proto(&self) -> Option<u16> {
        self.0.u16_be(TCA_FLOWER_KEY_PPP_PROTO)
    }

    /// `TCA_FLOWER_KEY_L2TPV3_SID`
    #[inline]
    pub fn key_l2tpv3_sid(&self) -> Option<u32> {
        self.0.u32_be(TCA_FLOWER_KEY_L2TPV3_SID)
    }

    /// `TCA_FLOWER_L2_MISS`
    #[inline]
    pub fn l2_miss(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_L2_MISS)
    }

    /// `TCA_FLOWER_KEY_CFM`
    #[inline]
    pub fn key_cfm(&self) -> Result<Option<FlowerKeyCfmAttrs<'a>>, Error> {
        self.0.nest(TCA_FLOWER_KEY_CFM)
    }

    /// `TCA_FLOWER_KEY_SPI`
    #[inline]
    pub fn key_spi(&self) -> Option<u32> {
        self.0.u32_be(TCA_FLOWER_KEY_SPI)
    }

    /// `TCA_FLOWER_KEY_SPI_MASK`
    #[inline]
    pub fn key_spi_mask(&self) -> Option<u32> {
        self.0.u32_be(TCA_FLOWER_KEY_SPI_MASK)
    }

    /// `TCA_FLOWER_KEY_ENC_FLAGS`
    #[inline]
    pub fn key_enc_flags(&self) -> Option<FlowerKeyCtrlFlags> {
        self.0
            .u32_be(TCA_FLOWER_KEY_ENC_FLAGS)
            .map(FlowerKeyCtrlFlags)
    }

    /// `TCA_FLOWER_KEY_ENC_FLAGS_MASK`
    #[inline]
    pub fn key_enc_flags_mask(&self) -> Option<FlowerKeyCtrlFlags> {
        self.0
            .u32_be(TCA_FLOWER_KEY_ENC_FLAGS_MASK)
            .map(FlowerKeyCtrlFlags)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_FLOWER_CLASSID if a.raw_kind() == TCA_FLOWER_CLASSID => {
                    FlowerAttrsBuilder::new(w).classid(value::u32(&a))?;
                }
                TCA_FLOWER_INDEV if a.raw_kind() == TCA_FLOWER_INDEV => {
                    FlowerAttrsBuilder::new(w).indev(value::str(&a))?;
                }
                TCA_FLOWER_ACT => nest_like(w, &a, |w| {
                    for e in a.nested() {
                        let e = e?;
                        nest_like(w, &e, |w| ActAttrs::parse(e.nested())?.write_to(w))?;
                    }
                    Ok(())
                })?,
                TCA_FLOWER_KEY_ETH_DST if a.raw_kind() == TCA_FLOWER_KEY_ETH_DST => {
                    FlowerAttrsBuilder::new(w).key_eth_dst(a.value())?;
                }
                TCA_FLOWER_KEY_ETH_DST_MASK if a.raw_kind() == TCA_FLOWER_KEY_ETH_DST_MASK => {
                    FlowerAttrsBuilder::new(w).key_eth_dst_mask(a.value())?;
                }
                TCA_FLOWER_KEY_ETH_SRC if a.raw_kind() == TCA_FLOWER_KEY_ETH_SRC => {
                    FlowerAttrsBuilder::new(w).key_eth_src(a.value())?;
                }
                TCA_FLOWER_KEY_ETH_SRC_MASK if a.raw_kind() == TCA_FLOWER_KEY_ETH_SRC_MASK => {
                    FlowerAttrsBuilder::new(w).key_eth_src_mask(a.value())?;
                }
                TCA_FLOWER_KEY_ETH_TYPE if a.raw_kind() == TCA_FLOWER_KEY_ETH_TYPE => {
                    FlowerAttrsBuilder::new(w).key_eth_type(value::u16_be(&a))?;
                }
                TCA_FLOWER_KEY_IP_PROTO if a.raw_kind() == TCA_FLOWER_KEY_IP_PROTO => {
                    FlowerAttrsBuilder::new(w).key_ip_proto(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_IPV4_SRC if a.raw_kind() == TCA_FLOWER_KEY_IPV4_SRC => {
                    FlowerAttrsBuilder::new(w).key_ipv4_src(value::ipv4(&a))?;
                }
                TCA_FLOWER_KEY_IPV4_SRC_MASK if a.raw_kind() == TCA_FLOWER_KEY_IPV4_SRC_MASK => {
                    FlowerAttrsBuilder::new(w).key_ipv4_src_mask(value::ipv4(&a))?;
                }
                TCA_FLOWER_KEY_IPV4_DST if a.raw_kind() == TCA_FLOWER_KEY_IPV4_DST => {
                    FlowerAttrsBuilder::new(w).key_ipv4_dst(value::ipv4(&a))?;
                }
                TCA_FLOWER_KEY_IPV4_DST_MASK if a.raw_kind() == TCA_FLOWER_KEY_IPV4_DST_MASK => {
                    FlowerAttrsBuilder::new(w).key_ipv4_dst_mask(value::ipv4(&a))?;
                }
                TCA_FLOWER_KEY_IPV6_SRC if a.raw_kind() == TCA_FLOWER_KEY_IPV6_SRC => {
                    FlowerAttrsBuilder::new(w).key_ipv6_src(value::ipv6(&a))?;
                }
                TCA_FLOWER_KEY_IPV6_SRC_MASK if a.raw_kind() == TCA_FLOWER_KEY_IPV6_SRC_MASK => {
                    FlowerAttrsBuilder::new(w).key_ipv6_src_mask(value::ipv6(&a))?;
                }
                TCA_FLOWER_KEY_IPV6_DST if a.raw_kind() == TCA_FLOWER_KEY_IPV6_DST => {
                    FlowerAttrsBuilder::new(w).key_ipv6_dst(value::ipv6(&a))?;
                }
                TCA_FLOWER_KEY_IPV6_DST_MASK if a.raw_kind() == TCA_FLOWER_KEY_IPV6_DST_MASK => {
                    FlowerAttrsBuilder::new(w).key_ipv6_dst_mask(value::ipv6(&a))?;
                }
                TCA_FLOWER_KEY_TCP_SRC if a.raw_kind() == TCA_FLOWER_KEY_TCP_SRC => {
                    FlowerAttrsBuilder::new(w).key_tcp_src(value::u16_be(&a))?;
                }
                TCA_FLOWER_KEY_TCP_DST if a.raw_kind() == TCA_FLOWER_KEY_TCP_DST => {
                    FlowerAttrsBuilder::new(w).key_tcp_dst(value::u16_be(&a))?;
                }
                TCA_FLOWER_KEY_UDP_SRC if a.raw_kind() == TCA_FLOWER_KEY_UDP_SRC => {
                    FlowerAttrsBuilder::new(w).key_udp_src(value::u16_be(&a))?;
                }
                TCA_FLOWER_KEY_UDP_DST if a.raw_kind() == TCA_FLOWER_KEY_UDP_DST => {
                    FlowerAttrsBuilder::new(w).key_udp_dst(value::u16_be(&a))?;
                }
                TCA_FLOWER_FLAGS if a.raw_kind() == TCA_FLOWER_FLAGS => {
                    FlowerAttrsBuilder::new(w).flags(ClsFlags(value::u32(&a)))?;
                }
                TCA_FLOWER_KEY_VLAN_ID if a.raw_kind() == TCA_FLOWER_KEY_VLAN_ID => {
                    FlowerAttrsBuilder::new(w).key_vlan_id(value::u16_be(&a))?;
                }
                TCA_FLOWER_KEY_VLAN_PRIO if a.raw_kind() == TCA_FLOWER_KEY_VLAN_PRIO => {
                    FlowerAttrsBuilder::new(w).key_vlan_prio(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_VLAN_ETH_TYPE if a.raw_kind() == TCA_FLOWER_KEY_VLAN_ETH_TYPE => {
                    FlowerAttrsBuilder::new(w).key_vlan_eth_type(value::u16_be(&a))?;
                }
                TCA_FLOWER_KEY_ENC_KEY_ID if a.raw_kind() == TCA_FLOWER_KEY_ENC_KEY_ID => {
                    FlowerAttrsBuilder::new(w).key_enc_key_id(value::u32_be(&a))?;
                }
                TCA_FLOWER_KEY_ENC_IPV4_SRC if a.raw_kind() == TCA_FLOWER_KEY_ENC_IPV4_SRC => {
                    FlowerAttrsBuilder::new(w).key_enc_ipv4_src(value::ipv4(&a))?;
                }
                TCA_FLOWER_KEY_ENC_IPV4_SRC_MASK
                    if a.raw_kind() == TCA_FLOWER_KEY_ENC_IPV4_SRC_MASK =>
                {
                    FlowerAttrsBuilder::new(w).key_enc_ipv4_src_mask(value::ipv4(&a))?;
                }
                TCA_FLOWER_KEY_ENC_IPV4_DST if a.raw_kind() == TCA_FLOWER_KEY_ENC_IPV4_DST => {
                    FlowerAttrsBuilder::new(w).key_enc_ipv4_dst(value::ipv4(&a))?;
                }
                TCA_FLOWER_KEY_ENC_IPV4_DST_MASK
                    if a.raw_kind() == TCA_FLOWER_KEY_ENC_IPV4_DST_MASK =>
                {
                    FlowerAttrsBuilder::new(w).key_enc_ipv4_dst_mask(value::ipv4(&a))?;
                }
                TCA_FLOWER_KEY_ENC_IPV6_SRC if a.raw_kind() == TCA_FLOWER_KEY_ENC_IPV6_SRC => {
                    FlowerAttrsBuilder::new(w).key_enc_ipv6_src(value::ipv6(&a))?;
                }
                TCA_FLOWER_KEY_ENC_IPV6_SRC_MASK
                    if a.raw_kind() == TCA_FLOWER_KEY_ENC_IPV6_SRC_MASK =>
                {
                    FlowerAttrsBuilder::new(w).key_enc_ipv6_src_mask(value::ipv6(&a))?;
                }
                TCA_FLOWER_KEY_ENC_IPV6_DST if a.raw_kind() == TCA_FLOWER_KEY_ENC_IPV6_DST => {
                    FlowerAttrsBuilder::new(w).key_enc_ipv6_dst(value::ipv6(&a))?;
                }
                TCA_FLOWER_KEY_ENC_IPV6_DST_MASK
                    if a.raw_kind() == TCA_FLOWER_KEY_ENC_IPV6_DST_MASK =>
                {
                    FlowerAttrsBuilder::new(w).key_enc_ipv6_dst_mask(value::ipv6(&a))?;
                }
                TCA_FLOWER_KEY_TCP_SRC_MASK if a.raw_kind() == TCA_FLOWER_KEY_TCP_SRC_MASK => {
                    FlowerAttrsBuilder::new(w).key_tcp_src_mask(value::u16_be(&a))?;
                }
                TCA_FLOWER_KEY_TCP_DST_MASK if a.raw_kind() == TCA_FLOWER_KEY_TCP_DST_MASK => {
                    FlowerAttrsBuilder::new(w).key_tcp_dst_mask(value::u16_be(&a))?;
                }
                TCA_FLOWER_KEY_UDP_SRC_MASK if a.raw_kind() == TCA_FLOWER_KEY_UDP_SRC_MASK => {
                    FlowerAttrsBuilder::new(w).key_udp_src_mask(value::u16_be(&a))?;
                }
                TCA_FLOWER_KEY_UDP_DST_MASK if a.raw_kind() == TCA_FLOWER_KEY_UDP_DST_MASK => {
                    FlowerAttrsBuilder::new(w).key_udp_dst_mask(value::u16_be(&a))?;
                }
                TCA_FLOWER_KEY_SCTP_SRC_MASK if a.raw_kind() == TCA_FLOWER_KEY_SCTP_SRC_MASK => {
                    FlowerAttrsBuilder::new(w).key_sctp_src_mask(value::u16_be(&a))?;
                }
                TCA_FLOWER_KEY_SCTP_DST_MASK if a.raw_kind() == TCA_FLOWER_KEY_SCTP_DST_MASK => {
                    FlowerAttrsBuilder::new(w).key_sctp_dst_mask(value::u16_be(&a))?;
                }
                TCA_FLOWER_KEY_SCTP_SRC if a.raw_kind() == TCA_FLOWER_KEY_SCTP_SRC => {
                    FlowerAttrsBuilder::new(w).key_sctp_src(value::u16_be(&a))?;
                }
                TCA_FLOWER_KEY_SCTP_DST if a.raw_kind() == TCA_FLOWER_KEY_SCTP_DST => {
                    FlowerAttrsBuilder::new(w).key_sctp_dst(value::u16_be(&a))?;
                }
                TCA_FLOWER_KEY_ENC_UDP_SRC_PORT
                    if a.raw_kind() == TCA_FLOWER_KEY_ENC_UDP_SRC_PORT =>
                {
                    FlowerAttrsBuilder::new(w).key_enc_udp_src_port(value::u16_be(&a))?;
                }
                TCA_FLOWER_KEY_ENC_UDP_SRC_PORT_MASK
                    if a.raw_kind() == TCA_FLOWER_KEY_ENC_UDP_SRC_PORT_MASK =>
                {
                    FlowerAttrsBuilder::new(w).key_enc_udp_src_port_mask(value::u16_be(&a))?;
                }
                TCA_FLOWER_KEY_ENC_UDP_DST_PORT
                    if a.raw_kind() == TCA_FLOWER_KEY_ENC_UDP_DST_PORT =>
                {
                    FlowerAttrsBuilder::new(w).key_enc_udp_dst_port(value::u16_be(&a))?;
                }
                TCA_FLOWER_KEY_ENC_UDP_DST_PORT_MASK
                    if a.raw_kind() == TCA_FLOWER_KEY_ENC_UDP_DST_PORT_MASK =>
                {
                    FlowerAttrsBuilder::new(w).key_enc_udp_dst_port_mask(value::u16_be(&a))?;
                }
                TCA_FLOWER_KEY_FLAGS if a.raw_kind() == TCA_FLOWER_KEY_FLAGS => {
                    FlowerAttrsBuilder::new(w).key_flags(FlowerKeyCtrlFlags(value::u32_be(&a)))?;
                }
                TCA_FLOWER_KEY_FLAGS_MASK if a.raw_kind() == TCA_FLOWER_KEY_FLAGS_MASK => {
                    FlowerAttrsBuilder::new(w)
                        .key_flags_mask(FlowerKeyCtrlFlags(value::u32_be(&a)))?;
                }
                TCA_FLOWER_KEY_ICMPV4_CODE if a.raw_kind() == TCA_FLOWER_KEY_ICMPV4_CODE => {
                    FlowerAttrsBuilder::new(w).key_icmpv4_code(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_ICMPV4_CODE_MASK
                    if a.raw_kind() == TCA_FLOWER_KEY_ICMPV4_CODE_MASK =>
                {
                    FlowerAttrsBuilder::new(w).key_icmpv4_code_mask(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_ICMPV4_TYPE if a.raw_kind() == TCA_FLOWER_KEY_ICMPV4_TYPE => {
                    FlowerAttrsBuilder::new(w).key_icmpv4_type(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_ICMPV4_TYPE_MASK
                    if a.raw_kind() == TCA_FLOWER_KEY_ICMPV4_TYPE_MASK =>
                {
                    FlowerAttrsBuilder::new(w).key_icmpv4_type_mask(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_ICMPV6_CODE if a.raw_kind() == TCA_FLOWER_KEY_ICMPV6_CODE => {
                    FlowerAttrsBuilder::new(w).key_icmpv6_code(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_ICMPV6_CODE_MASK
                    if a.raw_kind() == TCA_FLOWER_KEY_ICMPV6_CODE_MASK =>
                {
                    FlowerAttrsBuilder::new(w).key_icmpv6_code_mask(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_ICMPV6_TYPE if a.raw_kind() == TCA_FLOWER_KEY_ICMPV6_TYPE => {
                    FlowerAttrsBuilder::new(w).key_icmpv6_type(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_ICMPV6_TYPE_MASK
                    if a.raw_kind() == TCA_FLOWER_KEY_ICMPV6_TYPE_MASK =>
                {
                    FlowerAttrsBuilder::new(w).key_icmpv6_type_mask(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_ARP_SIP if a.raw_kind() == TCA_FLOWER_KEY_ARP_SIP => {
                    FlowerAttrsBuilder::new(w).key_arp_sip(value::u32_be(&a))?;
                }
                TCA_FLOWER_KEY_ARP_SIP_MASK if a.raw_kind() == TCA_FLOWER_KEY_ARP_SIP_MASK => {
                    FlowerAttrsBuilder::new(w).key_arp_sip_mask(value::u32_be(&a))?;
                }
                TCA_FLOWER_KEY_ARP_TIP if a.raw_kind() == TCA_FLOWER_KEY_ARP_TIP => {
                    FlowerAttrsBuilder::new(w).key_arp_tip(value::u32_be(&a))?;
                }
                TCA_FLOWER_KEY_ARP_TIP_MASK if a.raw_kind() == TCA_FLOWER_KEY_ARP_TIP_MASK => {
                    FlowerAttrsBuilder::new(w).key_arp_tip_mask(value::u32_be(&a))?;
                }
                TCA_FLOWER_KEY_ARP_OP if a.raw_kind() == TCA_FLOWER_KEY_ARP_OP => {
                    FlowerAttrsBuilder::new(w).key_arp_op(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_ARP_OP_MASK if a.raw_kind() == TCA_FLOWER_KEY_ARP_OP_MASK => {
                    FlowerAttrsBuilder::new(w).key_arp_op_mask(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_ARP_SHA if a.raw_kind() == TCA_FLOWER_KEY_ARP_SHA => {
                    FlowerAttrsBuilder::new(w).key_arp_sha(a.value())?;
                }
                TCA_FLOWER_KEY_ARP_SHA_MASK if a.raw_kind() == TCA_FLOWER_KEY_ARP_SHA_MASK => {
                    FlowerAttrsBuilder::new(w).key_arp_sha_mask(a.value())?;
                }
                TCA_FLOWER_KEY_ARP_THA if a.raw_kind() == TCA_FLOWER_KEY_ARP_THA => {
                    FlowerAttrsBuilder::new(w).key_arp_tha(a.value())?;
                }
                TCA_FLOWER_KEY_ARP_THA_MASK if a.raw_kind() == TCA_FLOWER_KEY_ARP_THA_MASK => {
                    FlowerAttrsBuilder::new(w).key_arp_tha_mask(a.value())?;
                }
                TCA_FLOWER_KEY_MPLS_TTL if a.raw_kind() == TCA_FLOWER_KEY_MPLS_TTL => {
                    FlowerAttrsBuilder::new(w).key_mpls_ttl(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_MPLS_BOS if a.raw_kind() == TCA_FLOWER_KEY_MPLS_BOS => {
                    FlowerAttrsBuilder::new(w).key_mpls_bos(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_MPLS_TC if a.raw_kind() == TCA_FLOWER_KEY_MPLS_TC => {
                    FlowerAttrsBuilder::new(w).key_mpls_tc(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_MPLS_LABEL if a.raw_kind() == TCA_FLOWER_KEY_MPLS_LABEL => {
                    FlowerAttrsBuilder::new(w).key_mpls_label(value::u32_be(&a))?;
                }
                TCA_FLOWER_KEY_TCP_FLAGS if a.raw_kind() == TCA_FLOWER_KEY_TCP_FLAGS => {
                    FlowerAttrsBuilder::new(w).key_tcp_flags(value::u16_be(&a))?;
                }
                TCA_FLOWER_KEY_TCP_FLAGS_MASK if a.raw_kind() == TCA_FLOWER_KEY_TCP_FLAGS_MASK => {
                    FlowerAttrsBuilder::new(w).key_tcp_flags_mask(value::u16_be(&a))?;
                }
                TCA_FLOWER_KEY_IP_TOS if a.raw_kind() == TCA_FLOWER_KEY_IP_TOS => {
                    FlowerAttrsBuilder::new(w).key_ip_tos(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_IP_TOS_MASK if a.raw_kind() == TCA_FLOWER_KEY_IP_TOS_MASK => {
                    FlowerAttrsBuilder::new(w).key_ip_tos_mask(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_IP_TTL if a.raw_kind() == TCA_FLOWER_KEY_IP_TTL => {
                    FlowerAttrsBuilder::new(w).key_ip_ttl(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_IP_TTL_MASK if a.raw_kind() == TCA_FLOWER_KEY_IP_TTL_MASK => {
                    FlowerAttrsBuilder::new(w).key_ip_ttl_mask(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_CVLAN_ID if a.raw_kind() == TCA_FLOWER_KEY_CVLAN_ID => {
                    FlowerAttrsBuilder::new(w).key_cvlan_id(value::u16_be(&a))?;
                }
                TCA_FLOWER_KEY_CVLAN_PRIO if a.raw_kind() == TCA_FLOWER_KEY_CVLAN_PRIO => {
                    FlowerAttrsBuilder::new(w).key_cvlan_prio(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_CVLAN_ETH_TYPE if a.raw_kind() == TCA_FLOWER_KEY_CVLAN_ETH_TYPE => {
                    FlowerAttrsBuilder::new(w).key_cvlan_eth_type(value::u16_be(&a))?;
                }
                TCA_FLOWER_KEY_ENC_IP_TOS if a.raw_kind() == TCA_FLOWER_KEY_ENC_IP_TOS => {
                    FlowerAttrsBuilder::new(w).key_enc_ip_tos(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_ENC_IP_TOS_MASK
                    if a.raw_kind() == TCA_FLOWER_KEY_ENC_IP_TOS_MASK =>
                {
                    FlowerAttrsBuilder::new(w).key_enc_ip_tos_mask(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_ENC_IP_TTL if a.raw_kind() == TCA_FLOWER_KEY_ENC_IP_TTL => {
                    FlowerAttrsBuilder::new(w).key_enc_ip_ttl(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_ENC_IP_TTL_MASK
                    if a.raw_kind() == TCA_FLOWER_KEY_ENC_IP_TTL_MASK =>
                {
                    FlowerAttrsBuilder::new(w).key_enc_ip_ttl_mask(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_ENC_OPTS => nest_like(w, &a, |w| {
                    FlowerKeyEncOptsAttrs::parse(a.nested())?.write_to(w)
                })?,
                TCA_FLOWER_KEY_ENC_OPTS_MASK => nest_like(w, &a, |w| {
                    FlowerKeyEncOptsAttrs::parse(a.nested())?.write_to(w)
                })?,
                TCA_FLOWER_IN_HW_COUNT if a.raw_kind() == TCA_FLOWER_IN_HW_COUNT => {
                    FlowerAttrsBuilder::new(w).in_hw_count(value::u32(&a))?;
                }
                TCA_FLOWER_KEY_PORT_SRC_MIN if a.raw_kind() == TCA_FLOWER_KEY_PORT_SRC_MIN => {
                    FlowerAttrsBuilder::new(w).key_port_src_min(value::u16_be(&a))?;
                }
                TCA_FLOWER_KEY_PORT_SRC_MAX if a.raw_kind() == TCA_FLOWER_KEY_PORT_SRC_MAX => {
                    FlowerAttrsBuilder::new(w).key_port_src_max(value::u16_be(&a))?;
                }
                TCA_FLOWER_KEY_PORT_DST_MIN if a.raw_kind() == TCA_FLOWER_KEY_PORT_DST_MIN => {
                    FlowerAttrsBuilder::new(w).key_port_dst_min(value::u16_be(&a))?;
                }
                TCA_FLOWER_KEY_PORT_DST_MAX if a.raw_kind() == TCA_FLOWER_KEY_PORT_DST_MAX => {
                    FlowerAttrsBuilder::new(w).key_port_dst_max(value::u16_be(&a))?;
                }
                TCA_FLOWER_KEY_CT_STATE if a.raw_kind() == TCA_FLOWER_KEY_CT_STATE => {
                    FlowerAttrsBuilder::new(w).key_ct_state(value::u16(&a))?;
                }
                TCA_FLOWER_KEY_CT_STATE_MASK if a.raw_kind() == TCA_FLOWER_KEY_CT_STATE_MASK => {
                    FlowerAttrsBuilder::new(w).key_ct_state_mask(value::u16(&a))?;
                }
                TCA_FLOWER_KEY_CT_ZONE if a.raw_kind() == TCA_FLOWER_KEY_CT_ZONE => {
                    FlowerAttrsBuilder::new(w).key_ct_zone(value::u16(&a))?;
                }
                TCA_FLOWER_KEY_CT_ZONE_MASK if a.raw_kind() == TCA_FLOWER_KEY_CT_ZONE_MASK => {
                    FlowerAttrsBuilder::new(w).key_ct_zone_mask(value::u16(&a))?;
                }
                TCA_FLOWER_KEY_CT_MARK if a.raw_kind() == TCA_FLOWER_KEY_CT_MARK => {
                    FlowerAttrsBuilder::new(w).key_ct_mark(value::u32(&a))?;
                }
                TCA_FLOWER_KEY_CT_MARK_MASK if a.raw_kind() == TCA_FLOWER_KEY_CT_MARK_MASK => {
                    FlowerAttrsBuilder::new(w).key_ct_mark_mask(value::u32(&a))?;
                }
                TCA_FLOWER_KEY_CT_LABELS if a.raw_kind() == TCA_FLOWER_KEY_CT_LABELS => {
                    FlowerAttrsBuilder::new(w).key_ct_labels(a.value())?;
                }
                TCA_FLOWER_KEY_CT_LABELS_MASK if a.raw_kind() == TCA_FLOWER_KEY_CT_LABELS_MASK => {
                    FlowerAttrsBuilder::new(w).key_ct_labels_mask(a.value())?;
                }
                TCA_FLOWER_KEY_MPLS_OPTS => nest_like(w, &a, |w| {
                    FlowerKeyMplsOptAttrs::parse(a.nested())?.write_to(w)
                })?,
                TCA_FLOWER_KEY_HASH if a.raw_kind() == TCA_FLOWER_KEY_HASH => {
                    FlowerAttrsBuilder::new(w).key_hash(value::u32(&a))?;
                }
                TCA_FLOWER_KEY_HASH_MASK if a.raw_kind() == TCA_FLOWER_KEY_HASH_MASK => {
                    FlowerAttrsBuilder::new(w).key_hash_mask(value::u32(&a))?;
                }
                TCA_FLOWER_KEY_NUM_OF_VLANS if a.raw_kind() == TCA_FLOWER_KEY_NUM_OF_VLANS => {
                    FlowerAttrsBuilder::new(w).key_num_of_vlans(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_PPPOE_SID if a.raw_kind() == TCA_FLOWER_KEY_PPPOE_SID => {
                    FlowerAttrsBuilder::new(w).key_pppoe_sid(value::u16_be(&a))?;
                }
                TCA_FLOWER_KEY_PPP_PROTO if a.raw_kind() == TCA_FLOWER_KEY_PPP_PROTO => {
                    FlowerAttrsBuilder::new(w).key_ppp_proto(value::u16_be(&a))?;
                }
                TCA_FLOWER_KEY_L2TPV3_SID if a.raw_kind() == TCA_FLOWER_KEY_L2TPV3_SID => {
                    FlowerAttrsBuilder::new(w).key_l2tpv3_sid(value::u32_be(&a))?;
                }
                TCA_FLOWER_L2_MISS if a.raw_kind() == TCA_FLOWER_L2_MISS => {
                    FlowerAttrsBuilder::new(w).l2_miss(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_CFM => {
                    nest_like(w, &a, |w| FlowerKeyCfmAttrs::parse(a.nested())?.write_to(w))?
                }
                TCA_FLOWER_KEY_SPI if a.raw_kind() == TCA_FLOWER_KEY_SPI => {
                    FlowerAttrsBuilder::new(w).key_spi(value::u32_be(&a))?;
                }
                TCA_FLOWER_KEY_SPI_MASK if a.raw_kind() == TCA_FLOWER_KEY_SPI_MASK => {
                    FlowerAttrsBuilder::new(w).key_spi_mask(value::u32_be(&a))?;
                }
                TCA_FLOWER_KEY_ENC_FLAGS if a.raw_kind() == TCA_FLOWER_KEY_ENC_FLAGS => {
                    FlowerAttrsBuilder::new(w)
                        .key_enc_flags(FlowerKeyCtrlFlags(value::u32_be(&a)))?;
                }
                TCA_FLOWER_KEY_ENC_FLAGS_MASK if a.raw_kind() == TCA_FLOWER_KEY_ENC_FLAGS_MASK => {
                    FlowerAttrsBuilder::new(w)
                        .key_enc_flags_mask(FlowerKeyCtrlFlags(value::u32_be(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`FlowerKeyEncOptsAttrs`] checks of each attribute, from the descriptors.
static FLOWER_KEY_ENC_OPTS_ATTRS_CHECKS: [Check; 5] =
    Check::table(&tables::FLOWER_KEY_ENC_OPTS_ATTRS);

/// The `flower-key-enc-opts-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FlowerKeyEncOptsAttrs<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for FlowerKeyEncOptsAttrs<'a> {
    const SET: &'static AttrSet = &tables::FLOWER_KEY_ENC_OPTS_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &FLOWER_KEY_ENC_OPTS_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&FLOWER_KEY_ENC_OPTS_ATTRS_CHECKS, attrs)
    }
}

impl<'a> FlowerKeyEncOptsAttrs<'a> {
    /// Indexes and checks a block of `flower-key-enc-opts-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `TCA_FLOWER_KEY_ENC_OPTS_GENEVE`
    #[inline]
    pub fn geneve(&self) -> Result<Option<FlowerKeyEncOptGeneveAttrs<'a>>, Error> {
        self.0.nest(TCA_FLOWER_KEY_ENC_OPTS_GENEVE)
    }

    /// `TCA_FLOWER_KEY_ENC_OPTS_VXLAN`
    #[inline]
    pub fn vxlan(&self) -> Result<Option<FlowerKeyEncOptVxlanAttrs<'a>>, Error> {
        self.0.nest(TCA_FLOWER_KEY_ENC_OPTS_VXLAN)
    }

    /// `TCA_FLOWER_KEY_ENC_OPTS_ERSPAN`
    #[inline]
    pub fn erspan(&self) -> Result<Option<FlowerKeyEncOptErspanAttrs<'a>>, Error> {
        self.0.nest(TCA_FLOWER_KEY_ENC_OPTS_ERSPAN)
    }

    /// `TCA_FLOWER_KEY_ENC_OPTS_GTP`
    #[inline]
    pub fn gtp(&self) -> Result<Option<FlowerKeyEncOptGtpAttrs<'a>>, Error> {
        self.0.nest(TCA_FLOWER_KEY_ENC_OPTS_GTP)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_FLOWER_KEY_ENC_OPTS_GENEVE => nest_like(w, &a, |w| {
                    FlowerKeyEncOptGeneveAttrs::parse(a.nested())?.write_to(w)
                })?,
                TCA_FLOWER_KEY_ENC_OPTS_VXLAN => nest_like(w, &a, |w| {
                    FlowerKeyEncOptVxlanAttrs::parse(a.nested())?.write_to(w)
                })?,
                TCA_FLOWER_KEY_ENC_OPTS_ERSPAN => nest_like(w, &a, |w| {
                    FlowerKeyEncOptErspanAttrs::parse(a.nested())?.write_to(w)
                })?,
                TCA_FLOWER_KEY_ENC_OPTS_GTP => nest_like(w, &a, |w| {
                    FlowerKeyEncOptGtpAttrs::parse(a.nested())?.write_to(w)
                })?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`FlowerKeyEncOptGeneveAttrs`] checks of each attribute, from the descriptors.
static FLOWER_KEY_ENC_OPT_GENEVE_ATTRS_CHECKS: [Check; 4] =
    Check::table(&tables::FLOWER_KEY_ENC_OPT_GENEVE_ATTRS);

/// The `flower-key-enc-opt-geneve-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FlowerKeyEncOptGeneveAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for FlowerKeyEncOptGeneveAttrs<'a> {
    const SET: &'static AttrSet = &tables::FLOWER_KEY_ENC_OPT_GENEVE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &FLOWER_KEY_ENC_OPT_GENEVE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0
            .fill_with(&FLOWER_KEY_ENC_OPT_GENEVE_ATTRS_CHECKS, attrs)
    }
}

impl<'a> FlowerKeyEncOptGeneveAttrs<'a> {
    /// Indexes and checks a block of `flower-key-enc-opt-geneve-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `TCA_FLOWER_KEY_ENC_OPT_GENEVE_CLASS`
    #[inline]
    pub fn class(&self) -> Option<u16> {
        self.0.u16(TCA_FLOWER_KEY_ENC_OPT_GENEVE_CLASS)
    }

    /// `TCA_FLOWER_KEY_ENC_OPT_GENEVE_TYPE`
    #[inline]
    pub fn type_(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_ENC_OPT_GENEVE_TYPE)
    }

    /// `TCA_FLOWER_KEY_ENC_OPT_GENEVE_DATA`
    #[inline]
    pub fn data(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_FLOWER_KEY_ENC_OPT_GENEVE_DATA)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_FLOWER_KEY_ENC_OPT_GENEVE_CLASS
                    if a.raw_kind() == TCA_FLOWER_KEY_ENC_OPT_GENEVE_CLASS =>
                {
                    FlowerKeyEncOptGeneveAttrsBuilder::new(w).class(value::u16(&a))?;
                }
                TCA_FLOWER_KEY_ENC_OPT_GENEVE_TYPE
                    if a.raw_kind() == TCA_FLOWER_KEY_ENC_OPT_GENEVE_TYPE =>
                {
                    FlowerKeyEncOptGeneveAttrsBuilder::new(w).type_(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_ENC_OPT_GENEVE_DATA
                    if a.raw_kind() == TCA_FLOWER_KEY_ENC_OPT_GENEVE_DATA =>
                {
                    FlowerKeyEncOptGeneveAttrsBuilder::new(w).data(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`FlowerKeyEncOptVxlanAttrs`] checks of each attribute, from the descriptors.
static FLOWER_KEY_ENC_OPT_VXLAN_ATTRS_CHECKS: [Check; 2] =
    Check::table(&tables::FLOWER_KEY_ENC_OPT_VXLAN_ATTRS);

/// The `flower-key-enc-opt-vxlan-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FlowerKeyEncOptVxlanAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for FlowerKeyEncOptVxlanAttrs<'a> {
    const SET: &'static AttrSet = &tables::FLOWER_KEY_ENC_OPT_VXLAN_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &FLOWER_KEY_ENC_OPT_VXLAN_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0
            .fill_with(&FLOWER_KEY_ENC_OPT_VXLAN_ATTRS_CHECKS, attrs)
    }
}

impl<'a> FlowerKeyEncOptVxlanAttrs<'a> {
    /// Indexes and checks a block of `flower-key-enc-opt-vxlan-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `TCA_FLOWER_KEY_ENC_OPT_VXLAN_GBP`
    #[inline]
    pub fn gbp(&self) -> Option<u32> {
        self.0.u32(TCA_FLOWER_KEY_ENC_OPT_VXLAN_GBP)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_FLOWER_KEY_ENC_OPT_VXLAN_GBP
                    if a.raw_kind() == TCA_FLOWER_KEY_ENC_OPT_VXLAN_GBP =>
                {
                    FlowerKeyEncOptVxlanAttrsBuilder::new(w).gbp(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`FlowerKeyEncOptErspanAttrs`] checks of each attribute, from the descriptors.
static FLOWER_KEY_ENC_OPT_ERSPAN_ATTRS_CHECKS: [Check; 5] =
    Check::table(&tables::FLOWER_KEY_ENC_OPT_ERSPAN_ATTRS);

/// The `flower-key-enc-opt-erspan-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FlowerKeyEncOptErspanAttrs<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for FlowerKeyEncOptErspanAttrs<'a> {
    const SET: &'static AttrSet = &tables::FLOWER_KEY_ENC_OPT_ERSPAN_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &FLOWER_KEY_ENC_OPT_ERSPAN_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0
            .fill_with(&FLOWER_KEY_ENC_OPT_ERSPAN_ATTRS_CHECKS, attrs)
    }
}

impl<'a> FlowerKeyEncOptErspanAttrs<'a> {
    /// Indexes and checks a block of `flower-key-enc-opt-erspan-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `TCA_FLOWER_KEY_ENC_OPT_ERSPAN_VER`
    #[inline]
    pub fn ver(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_ENC_OPT_ERSPAN_VER)
    }

    /// `TCA_FLOWER_KEY_ENC_OPT_ERSPAN_INDEX`
    #[inline]
    pub fn index(&self) -> Option<u32> {
        self.0.u32(TCA_FLOWER_KEY_ENC_OPT_ERSPAN_INDEX)
    }

    /// `TCA_FLOWER_KEY_ENC_OPT_ERSPAN_DIR`
    #[inline]
    pub fn dir(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_ENC_OPT_ERSPAN_DIR)
    }

    /// `TCA_FLOWER_KEY_ENC_OPT_ERSPAN_HWID`
    #[inline]
    pub fn hwid(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_ENC_OPT_ERSPAN_HWID)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_FLOWER_KEY_ENC_OPT_ERSPAN_VER
                    if a.raw_kind() == TCA_FLOWER_KEY_ENC_OPT_ERSPAN_VER =>
                {
                    FlowerKeyEncOptErspanAttrsBuilder::new(w).ver(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_ENC_OPT_ERSPAN_INDEX
                    if a.raw_kind() == TCA_FLOWER_KEY_ENC_OPT_ERSPAN_INDEX =>
                {
                    FlowerKeyEncOptErspanAttrsBuilder::new(w).index(value::u32(&a))?;
                }
                TCA_FLOWER_KEY_ENC_OPT_ERSPAN_DIR
                    if a.raw_kind() == TCA_FLOWER_KEY_ENC_OPT_ERSPAN_DIR =>
                {
                    FlowerKeyEncOptErspanAttrsBuilder::new(w).dir(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_ENC_OPT_ERSPAN_HWID
                    if a.raw_kind() == TCA_FLOWER_KEY_ENC_OPT_ERSPAN_HWID =>
                {
                    FlowerKeyEncOptErspanAttrsBuilder::new(w).hwid(value::u8(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`FlowerKeyEncOptGtpAttrs`] checks of each attribute, from the descriptors.
static FLOWER_KEY_ENC_OPT_GTP_ATTRS_CHECKS: [Check; 3] =
    Check::table(&tables::FLOWER_KEY_ENC_OPT_GTP_ATTRS);

/// The `flower-key-enc-opt-gtp-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FlowerKeyEncOptGtpAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for FlowerKeyEncOptGtpAttrs<'a> {
    const SET: &'static AttrSet = &tables::FLOWER_KEY_ENC_OPT_GTP_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &FLOWER_KEY_ENC_OPT_GTP_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0
            .fill_with(&FLOWER_KEY_ENC_OPT_GTP_ATTRS_CHECKS, attrs)
    }
}

impl<'a> FlowerKeyEncOptGtpAttrs<'a> {
    /// Indexes and checks a block of `flower-key-enc-opt-gtp-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `TCA_FLOWER_KEY_ENC_OPT_GTP_PDU_TYPE`
    #[inline]
    pub fn pdu_type(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_ENC_OPT_GTP_PDU_TYPE)
    }

    /// `TCA_FLOWER_KEY_ENC_OPT_GTP_QFI`
    #[inline]
    pub fn qfi(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_ENC_OPT_GTP_QFI)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_FLOWER_KEY_ENC_OPT_GTP_PDU_TYPE
                    if a.raw_kind() == TCA_FLOWER_KEY_ENC_OPT_GTP_PDU_TYPE =>
                {
                    FlowerKeyEncOptGtpAttrsBuilder::new(w).pdu_type(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_ENC_OPT_GTP_QFI
                    if a.raw_kind() == TCA_FLOWER_KEY_ENC_OPT_GTP_QFI =>
                {
                    FlowerKeyEncOptGtpAttrsBuilder::new(w).qfi(value::u8(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`FlowerKeyMplsOptAttrs`] checks of each attribute, from the descriptors.
static FLOWER_KEY_MPLS_OPT_ATTRS_CHECKS: [Check; 6] =
    Check::table(&tables::FLOWER_KEY_MPLS_OPT_ATTRS);

/// The `flower-key-mpls-opt-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FlowerKeyMplsOptAttrs<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for FlowerKeyMplsOptAttrs<'a> {
    const SET: &'static AttrSet = &tables::FLOWER_KEY_MPLS_OPT_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &FLOWER_KEY_MPLS_OPT_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&FLOWER_KEY_MPLS_OPT_ATTRS_CHECKS, attrs)
    }
}

impl<'a> FlowerKeyMplsOptAttrs<'a> {
    /// Indexes and checks a block of `flower-key-mpls-opt-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `TCA_FLOWER_KEY_MPLS_OPT_LSE_DEPTH`
    #[inline]
    pub fn lse_depth(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_MPLS_OPT_LSE_DEPTH)
    }

    /// `TCA_FLOWER_KEY_MPLS_OPT_LSE_TTL`
    #[inline]
    pub fn lse_ttl(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_MPLS_OPT_LSE_TTL)
    }

    /// `TCA_FLOWER_KEY_MPLS_OPT_LSE_BOS`
    #[inline]
    pub fn lse_bos(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_MPLS_OPT_LSE_BOS)
    }

    /// `TCA_FLOWER_KEY_MPLS_OPT_LSE_TC`
    #[inline]
    pub fn lse_tc(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_MPLS_OPT_LSE_TC)
    }

    /// `TCA_FLOWER_KEY_MPLS_OPT_LSE_LABEL`
    #[inline]
    pub fn lse_label(&self) -> Option<u32> {
        self.0.u32(TCA_FLOWER_KEY_MPLS_OPT_LSE_LABEL)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_FLOWER_KEY_MPLS_OPT_LSE_DEPTH
                    if a.raw_kind() == TCA_FLOWER_KEY_MPLS_OPT_LSE_DEPTH =>
                {
                    FlowerKeyMplsOptAttrsBuilder::new(w).lse_depth(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_MPLS_OPT_LSE_TTL
                    if a.raw_kind() == TCA_FLOWER_KEY_MPLS_OPT_LSE_TTL =>
                {
                    FlowerKeyMplsOptAttrsBuilder::new(w).lse_ttl(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_MPLS_OPT_LSE_BOS
                    if a.raw_kind() == TCA_FLOWER_KEY_MPLS_OPT_LSE_BOS =>
                {
                    FlowerKeyMplsOptAttrsBuilder::new(w).lse_bos(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_MPLS_OPT_LSE_TC
                    if a.raw_kind() == TCA_FLOWER_KEY_MPLS_OPT_LSE_TC =>
                {
                    FlowerKeyMplsOptAttrsBuilder::new(w).lse_tc(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_MPLS_OPT_LSE_LABEL
                    if a.raw_kind() == TCA_FLOWER_KEY_MPLS_OPT_LSE_LABEL =>
                {
                    FlowerKeyMplsOptAttrsBuilder::new(w).lse_label(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`FlowerKeyCfmAttrs`] checks of each attribute, from the descriptors.
static FLOWER_KEY_CFM_ATTRS_CHECKS: [Check; 3] = Check::table(&tables::FLOWER_KEY_CFM_ATTRS);

/// The `flower-key-cfm-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FlowerKeyCfmAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for FlowerKeyCfmAttrs<'a> {
    const SET: &'static AttrSet = &tables::FLOWER_KEY_CFM_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &FLOWER_KEY_CFM_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&FLOWER_KEY_CFM_ATTRS_CHECKS, attrs)
    }
}

impl<'a> FlowerKeyCfmAttrs<'a> {
    /// Indexes and checks a block of `flower-key-cfm-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `TCA_FLOWER_KEY_CFM_MD_LEVEL`
    #[inline]
    pub fn md_level(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_CFM_MD_LEVEL)
    }

    /// `TCA_FLOWER_KEY_CFM_OPCODE`
    #[inline]
    pub fn opcode(&self) -> Option<u8> {
        self.0.u8(TCA_FLOWER_KEY_CFM_OPCODE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_FLOWER_KEY_CFM_MD_LEVEL if a.raw_kind() == TCA_FLOWER_KEY_CFM_MD_LEVEL => {
                    FlowerKeyCfmAttrsBuilder::new(w).md_level(value::u8(&a))?;
                }
                TCA_FLOWER_KEY_CFM_OPCODE if a.raw_kind() == TCA_FLOWER_KEY_CFM_OPCODE => {
                    FlowerKeyCfmAttrsBuilder::new(w).opcode(value::u8(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`FwAttrs`] checks of each attribute, from the descriptors.
static FW_ATTRS_CHECKS: [Check; 6] = Check::table(&tables::FW_ATTRS);

/// The `fw-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FwAttrs<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for FwAttrs<'a> {
    const SET: &'static AttrSet = &tables::FW_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &FW_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&FW_ATTRS_CHECKS, attrs)
    }
}

impl<'a> FwAttrs<'a> {
    /// Indexes and checks a block of `fw-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `TCA_FW_CLASSID`
    #[inline]
    pub fn classid(&self) -> Option<u32> {
        self.0.u32(TCA_FW_CLASSID)
    }

    /// `TCA_FW_POLICE`
    #[inline]
    pub fn police(&self) -> Result<Option<PoliceAttrs<'a>>, Error> {
        self.0.nest(TCA_FW_POLICE)
    }

    /// `TCA_FW_INDEV`
    #[inline]
    pub fn indev(&self) -> Option<&'a str> {
        self.0.str(TCA_FW_INDEV)
    }

    /// `TCA_FW_ACT`
    #[inline]
    pub fn act(&self) -> Option<Entries<'a, ActAttrs<'a>>> {
        self.0.entries(TCA_FW_ACT)
    }

    /// `TCA_FW_MASK`
    #[inline]
    pub fn mask(&self) -> Option<u32> {
        self.0.u32(TCA_FW_MASK)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_FW_CLASSID if a.raw_kind() == TCA_FW_CLASSID => {
                    FwAttrsBuilder::new(w).classid(value::u32(&a))?;
                }
                TCA_FW_POLICE => nest_like(w, &a, |w| PoliceAttrs::parse(a.nested())?.write_to(w))?,
                TCA_FW_INDEV if a.raw_kind() == TCA_FW_INDEV => {
                    FwAttrsBuilder::new(w).indev(value::str(&a))?;
                }
                TCA_FW_ACT => nest_like(w, &a, |w| {
                    for e in a.nested() {
                        let e = e?;
                        nest_like(w, &e, |w| ActAttrs::parse(e.nested())?.write_to(w))?;
                    }
                    Ok(())
                })?,
                TCA_FW_MASK if a.raw_kind() == TCA_FW_MASK => {
                    FwAttrsBuilder::new(w).mask(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`GredAttrs`] checks of each attribute, from the descriptors.
static GRED_ATTRS_CHECKS: [Check; 7] = Check::table(&tables::GRED_ATTRS);

/// The `gred-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct GredAttrs<'a>(Table<'a, 7>);

impl<'a> AttrView<'a> for GredAttrs<'a> {
    const SET: &'static AttrSet = &tables::GRED_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &GRED_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&GRED_ATTRS_CHECKS, attrs)
    }
}

impl<'a> GredAttrs<'a> {
    /// Indexes and checks a block of `gred-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 7> {
        &self.0
    }

    /// `TCA_GRED_PARMS`
    #[inline]
    pub fn parms(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_GRED_PARMS)
    }

    /// `TCA_GRED_STAB`
    #[inline]
    pub fn stab(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_GRED_STAB)
    }

    /// `TCA_GRED_DPS`
    #[inline]
    pub fn dps(&self) -> Option<TcGredSopt> {
        self.0.fixed(TCA_GRED_DPS, TcGredSopt::from_bytes)
    }

    /// `TCA_GRED_MAX_P`
    #[inline]
    pub fn max_p(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_GRED_MAX_P)
    }

    /// `TCA_GRED_LIMIT`
    #[inline]
    pub fn limit(&self) -> Option<u32> {
        self.0.u32(TCA_GRED_LIMIT)
    }

    /// `TCA_GRED_VQ_LIST`
    #[inline]
    pub fn vq_list(&self) -> Result<Option<TcaGredVqListAttrs<'a>>, Error> {
        self.0.nest(TCA_GRED_VQ_LIST)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_GRED_PARMS if a.raw_kind() == TCA_GRED_PARMS => {
                    GredAttrsBuilder::new(w).parms(a.value())?;
                }
                TCA_GRED_STAB if a.raw_kind() == TCA_GRED_STAB => {
                    GredAttrsBuilder::new(w).stab(a.value())?;
                }
                TCA_GRED_DPS if a.raw_kind() == TCA_GRED_DPS => {
                    if a.value().len() == TcGredSopt::LEN {
                        GredAttrsBuilder::new(w).dps(&TcGredSopt::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_GRED_MAX_P if a.raw_kind() == TCA_GRED_MAX_P => {
                    GredAttrsBuilder::new(w).max_p(a.value())?;
                }
                TCA_GRED_LIMIT if a.raw_kind() == TCA_GRED_LIMIT => {
                    GredAttrsBuilder::new(w).limit(value::u32(&a))?;
                }
                TCA_GRED_VQ_LIST => nest_like(w, &a, |w| {
                    TcaGredVqListAttrs::parse(a.nested())?.write_to(w)
                })?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`TcaGredVqListAttrs`] checks of each attribute, from the descriptors.
static TCA_GRED_VQ_LIST_ATTRS_CHECKS: [Check; 2] = Check::table(&tables::TCA_GRED_VQ_LIST_ATTRS);

/// The `tca-gred-vq-list-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TcaGredVqListAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for TcaGredVqListAttrs<'a> {
    const SET: &'static AttrSet = &tables::TCA_GRED_VQ_LIST_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &TCA_GRED_VQ_LIST_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&TCA_GRED_VQ_LIST_ATTRS_CHECKS, attrs)
    }
}

impl<'a> TcaGredVqListAttrs<'a> {
    /// Indexes and checks a block of `tca-gred-vq-list-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `TCA_GRED_VQ_ENTRY`
    #[inline]
    pub fn entry(&self) -> impl Iterator<Item = Result<TcaGredVqEntryAttrs<'a>, Error>> + 'a {
        self.0
            .all(TCA_GRED_VQ_ENTRY)
            .map(|a| TcaGredVqEntryAttrs::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_GRED_VQ_ENTRY => nest_like(w, &a, |w| {
                    TcaGredVqEntryAttrs::parse(a.nested())?.write_to(w)
                })?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`TcaGredVqEntryAttrs`] checks of each attribute, from the descriptors.
static TCA_GRED_VQ_ENTRY_ATTRS_CHECKS: [Check; 13] = Check::table(&tables::TCA_GRED_VQ_ENTRY_ATTRS);

/// The `tca-gred-vq-entry-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TcaGredVqEntryAttrs<'a>(Table<'a, 13>);

impl<'a> AttrView<'a> for TcaGredVqEntryAttrs<'a> {
    const SET: &'static AttrSet = &tables::TCA_GRED_VQ_ENTRY_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &TCA_GRED_VQ_ENTRY_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&TCA_GRED_VQ_ENTRY_ATTRS_CHECKS, attrs)
    }
}

impl<'a> TcaGredVqEntryAttrs<'a> {
    /// Indexes and checks a block of `tca-gred-vq-entry-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 13> {
        &self.0
    }

    /// `TCA_GRED_VQ_DP`
    #[inline]
    pub fn dp(&self) -> Option<u32> {
        self.0.u32(TCA_GRED_VQ_DP)
    }

    /// `TCA_GRED_VQ_STAT_BYTES`
    #[inline]
    pub fn stat_bytes(&self) -> Option<u64> {
        self.0.u64(TCA_GRED_VQ_STAT_BYTES)
    }

    /// `TCA_GRED_VQ_STAT_PACKETS`
    #[inline]
    pub fn stat_packets(&self) -> Option<u32> {
        self.0.u32(TCA_GRED_VQ_STAT_PACKETS)
    }

    /// `TCA_GRED_VQ_STAT_BACKLOG`
    #[inline]
    pub fn stat_backlog(&self) -> Option<u32> {
        self.0.u32(TCA_GRED_VQ_STAT_BACKLOG)
    }

    /// `TCA_GRED_VQ_STAT_PROB_DROP`
    #[inline]
    pub fn stat_prob_drop(&self) -> Option<u32> {
        self.0.u32(TCA_GRED_VQ_STAT_PROB_DROP)
    }

    /// `TCA_GRED_VQ_STAT_PROB_MARK`
    #[inline]
    pub fn stat_prob_mark(&self) -> Option<u32> {
        self.0.u32(TCA_GRED_VQ_STAT_PROB_MARK)
    }

    /// `TCA_GRED_VQ_STAT_FORCED_DROP`
    #[inline]
    pub fn stat_forced_drop(&self) -> Option<u32> {
        self.0.u32(TCA_GRED_VQ_STAT_FORCED_DROP)
    }

    /// `TCA_GRED_VQ_STAT_FORCED_MARK`
    #[inline]
    pub fn stat_forced_mark(&self) -> Option<u32> {
        self.0.u32(TCA_GRED_VQ_STAT_FORCED_MARK)
    }

    /// `TCA_GRED_VQ_STAT_PDROP`
    #[inline]
    pub fn stat_pdrop(&self) -> Option<u32> {
        self.0.u32(TCA_GRED_VQ_STAT_PDROP)
    }

    /// `TCA_GRED_VQ_STAT_OTHER`
    #[inline]
    pub fn stat_other(&self) -> Option<u32> {
        self.0.u32(TCA_GRED_VQ_STAT_OTHER)
    }

    /// `TCA_GRED_VQ_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<u32> {
        self.0.u32(TCA_GRED_VQ_FLAGS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_GRED_VQ_PAD if a.raw_kind() == TCA_GRED_VQ_PAD => raw(w, &a)?,
                TCA_GRED_VQ_DP if a.raw_kind() == TCA_GRED_VQ_DP => {
                    TcaGredVqEntryAttrsBuilder::new(w).dp(value::u32(&a))?;
                }
                TCA_GRED_VQ_STAT_BYTES if a.raw_kind() == TCA_GRED_VQ_STAT_BYTES => {
                    TcaGredVqEntryAttrsBuilder::new(w).stat_bytes(value::u64(&a))?;
                }
                TCA_GRED_VQ_STAT_PACKETS if a.raw_kind() == TCA_GRED_VQ_STAT_PACKETS => {
                    TcaGredVqEntryAttrsBuilder::new(w).stat_packets(value::u32(&a))?;
                }
                TCA_GRED_VQ_STAT_BACKLOG if a.raw_kind() == TCA_GRED_VQ_STAT_BACKLOG => {
                    TcaGredVqEntryAttrsBuilder::new(w).stat_backlog(value::u32(&a))?;
                }
                TCA_GRED_VQ_STAT_PROB_DROP if a.raw_kind() == TCA_GRED_VQ_STAT_PROB_DROP => {
                    TcaGredVqEntryAttrsBuilder::new(w).stat_prob_drop(value::u32(&a))?;
                }
                TCA_GRED_VQ_STAT_PROB_MARK if a.raw_kind() == TCA_GRED_VQ_STAT_PROB_MARK => {
                    TcaGredVqEntryAttrsBuilder::new(w).stat_prob_mark(value::u32(&a))?;
                }
                TCA_GRED_VQ_STAT_FORCED_DROP if a.raw_kind() == TCA_GRED_VQ_STAT_FORCED_DROP => {
                    TcaGredVqEntryAttrsBuilder::new(w).stat_forced_drop(value::u32(&a))?;
                }
                TCA_GRED_VQ_STAT_FORCED_MARK if a.raw_kind() == TCA_GRED_VQ_STAT_FORCED_MARK => {
                    TcaGredVqEntryAttrsBuilder::new(w).stat_forced_mark(value::u32(&a))?;
                }
                TCA_GRED_VQ_STAT_PDROP if a.raw_kind() == TCA_GRED_VQ_STAT_PDROP => {
                    TcaGredVqEntryAttrsBuilder::new(w).stat_pdrop(value::u32(&a))?;
                }
                TCA_GRED_VQ_STAT_OTHER if a.raw_kind() == TCA_GRED_VQ_STAT_OTHER => {
                    TcaGredVqEntryAttrsBuilder::new(w).stat_other(value::u32(&a))?;
                }
                TCA_GRED_VQ_FLAGS if a.raw_kind() == TCA_GRED_VQ_FLAGS => {
                    TcaGredVqEntryAttrsBuilder::new(w).flags(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`HfscAttrs`] checks of each attribute, from the descriptors.
static HFSC_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::HFSC_ATTRS);

/// The `hfsc-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct HfscAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for HfscAttrs<'a> {
    const SET: &'static AttrSet = &tables::HFSC_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &HFSC_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&HFSC_ATTRS_CHECKS, attrs)
    }
}

impl<'a> HfscAttrs<'a> {
    /// Indexes and checks a block of `hfsc-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `TC_A_HFSC_ATTRS_RSC`
    #[inline]
    pub fn rsc(&self) -> Option<&'a [u8]> {
        self.0.bytes(TC_A_HFSC_ATTRS_RSC)
    }

    /// `TC_A_HFSC_ATTRS_FSC`
    #[inline]
    pub fn fsc(&self) -> Option<&'a [u8]> {
        self.0.bytes(TC_A_HFSC_ATTRS_FSC)
    }

    /// `TC_A_HFSC_ATTRS_USC`
    #[inline]
    pub fn usc(&self) -> Option<&'a [u8]> {
        self.0.bytes(TC_A_HFSC_ATTRS_USC)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TC_A_HFSC_ATTRS_RSC if a.raw_kind() == TC_A_HFSC_ATTRS_RSC => {
                    HfscAttrsBuilder::new(w).rsc(a.value())?;
                }
                TC_A_HFSC_ATTRS_FSC if a.raw_kind() == TC_A_HFSC_ATTRS_FSC => {
                    HfscAttrsBuilder::new(w).fsc(a.value())?;
                }
                TC_A_HFSC_ATTRS_USC if a.raw_kind() == TC_A_HFSC_ATTRS_USC => {
                    HfscAttrsBuilder::new(w).usc(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`HhfAttrs`] checks of each attribute, from the descriptors.
static HHF_ATTRS_CHECKS: [Check; 8] = Check::table(&tables::HHF_ATTRS);

/// The `hhf-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct HhfAttrs<'a>(Table<'a, 8>);

impl<'a> AttrView<'a> for HhfAttrs<'a> {
    const SET: &'static AttrSet = &tables::HHF_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &HHF_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&HHF_ATTRS_CHECKS, attrs)
    }
}

impl<'a> HhfAttrs<'a> {
    /// Indexes and checks a block of `hhf-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 8> {
        &self.0
    }

    /// `TCA_HHF_BACKLOG_LIMIT`
    #[inline]
    pub fn backlog_limit(&self) -> Option<u32> {
        self.0.u32(TCA_HHF_BACKLOG_LIMIT)
    }

    /// `TCA_HHF_QUANTUM`
    #[inline]
    pub fn quantum(&self) -> Option<u32> {
        self.0.u32(TCA_HHF_QUANTUM)
    }

    /// `TCA_HHF_HH_FLOWS_LIMIT`
    #[inline]
    pub fn hh_flows_limit(&self) -> Option<u32> {
        self.0.u32(TCA_HHF_HH_FLOWS_LIMIT)
    }

    /// `TCA_HHF_RESET_TIMEOUT`
    #[inline]
    pub fn reset_timeout(&self) -> Option<u32> {
        self.0.u32(TCA_HHF_RESET_TIMEOUT)
    }

    /// `TCA_HHF_ADMIT_BYTES`
    #[inline]
    pub fn admit_bytes(&self) -> Option<u32> {
        self.0.u32(TCA_HHF_ADMIT_BYTES)
    }

    /// `TCA_HHF_EVICT_TIMEOUT`
    #[inline]
    pub fn evict_timeout(&self) -> Option<u32> {
        self.0.u32(TCA_HHF_EVICT_TIMEOUT)
    }

    /// `TCA_HHF_NON_HH_WEIGHT`
    #[inline]
    pub fn non_hh_weight(&self) -> Option<u32> {
        self.0.u32(TCA_HHF_NON_HH_WEIGHT)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_HHF_BACKLOG_LIMIT if a.raw_kind() == TCA_HHF_BACKLOG_LIMIT => {
                    HhfAttrsBuilder::new(w).backlog_limit(value::u32(&a))?;
                }
                TCA_HHF_QUANTUM if a.raw_kind() == TCA_HHF_QUANTUM => {
                    HhfAttrsBuilder::new(w).quantum(value::u32(&a))?;
                }
                TCA_HHF_HH_FLOWS_LIMIT if a.raw_kind() == TCA_HHF_HH_FLOWS_LIMIT => {
                    HhfAttrsBuilder::new(w).hh_flows_limit(value::u32(&a))?;
                }
                TCA_HHF_RESET_TIMEOUT if a.raw_kind() == TCA_HHF_RESET_TIMEOUT => {
                    HhfAttrsBuilder::new(w).reset_timeout(value::u32(&a))?;
                }
                TCA_HHF_ADMIT_BYTES if a.raw_kind() == TCA_HHF_ADMIT_BYTES => {
                    HhfAttrsBuilder::new(w).admit_bytes(value::u32(&a))?;
                }
                TCA_HHF_EVICT_TIMEOUT if a.raw_kind() == TCA_HHF_EVICT_TIMEOUT => {
                    HhfAttrsBuilder::new(w).evict_timeout(value::u32(&a))?;
                }
                TCA_HHF_NON_HH_WEIGHT if a.raw_kind() == TCA_HHF_NON_HH_WEIGHT => {
                    HhfAttrsBuilder::new(w).non_hh_weight(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`HtbAttrs`] checks of each attribute, from the descriptors.
static HTB_ATTRS_CHECKS: [Check; 10] = Check::table(&tables::HTB_ATTRS);

/// The `htb-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct HtbAttrs<'a>(Table<'a, 10>);

impl<'a> AttrView<'a> for HtbAttrs<'a> {
    const SET: &'static AttrSet = &tables::HTB_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &HTB_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&HTB_ATTRS_CHECKS, attrs)
    }
}

impl<'a> HtbAttrs<'a> {
    /// Indexes and checks a block of `htb-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 10> {
        &self.0
    }

    /// `TCA_HTB_PARMS`
    #[inline]
    pub fn parms(&self) -> Option<TcHtbOpt> {
        self.0.fixed(TCA_HTB_PARMS, TcHtbOpt::from_bytes)
    }

    /// `TCA_HTB_INIT`
    #[inline]
    pub fn init(&self) -> Option<TcHtbGlob> {
        self.0.fixed(TCA_HTB_INIT, TcHtbGlob::from_bytes)
    }

    /// `TCA_HTB_CTAB`
    #[inline]
    pub fn ctab(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_HTB_CTAB)
    }

    /// `TCA_HTB_RTAB`
    #[inline]
    pub fn rtab(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_HTB_RTAB)
    }

    /// `TCA_HTB_DIRECT_QLEN`
    #[inline]
    pub fn direct_qlen(&self) -> Option<u32> {
        self.0.u32(TCA_HTB_DIRECT_QLEN)
    }

    /// `TCA_HTB_RATE64`
    #[inline]
    pub fn rate64(&self) -> Option<u64> {
        self.0.u64(TCA_HTB_RATE64)
    }

    /// `TCA_HTB_CEIL64`
    #[inline]
    pub fn ceil64(&self) -> Option<u64> {
        self.0.u64(TCA_HTB_CEIL64)
    }

    /// `TCA_HTB_OFFLOAD`
    #[inline]
    pub fn offload(&self) -> bool {
        self.0.flag(TCA_HTB_OFFLOAD)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_HTB_PARMS if a.raw_kind() == TCA_HTB_PARMS => {
                    if a.value().len() == TcHtbOpt::LEN {
                        HtbAttrsBuilder::new(w).parms(&TcHtbOpt::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_HTB_INIT if a.raw_kind() == TCA_HTB_INIT => {
                    if a.value().len() == TcHtbGlob::LEN {
                        HtbAttrsBuilder::new(w).init(&TcHtbGlob::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_HTB_CTAB if a.raw_kind() == TCA_HTB_CTAB => {
                    HtbAttrsBuilder::new(w).ctab(a.value())?;
                }
                TCA_HTB_RTAB if a.raw_kind() == TCA_HTB_RTAB => {
                    HtbAttrsBuilder::new(w).rtab(a.value())?;
                }
                TCA_HTB_DIRECT_QLEN if a.raw_kind() == TCA_HTB_DIRECT_QLEN => {
                    HtbAttrsBuilder::new(w).direct_qlen(value::u32(&a))?;
                }
                TCA_HTB_RATE64 if a.raw_kind() == TCA_HTB_RATE64 => {
                    HtbAttrsBuilder::new(w).rate64(value::u64(&a))?;
                }
                TCA_HTB_CEIL64 if a.raw_kind() == TCA_HTB_CEIL64 => {
                    HtbAttrsBuilder::new(w).ceil64(value::u64(&a))?;
                }
                TCA_HTB_PAD if a.raw_kind() == TCA_HTB_PAD => raw(w, &a)?,
                TCA_HTB_OFFLOAD if a.raw_kind() == TCA_HTB_OFFLOAD => {
                    if a.value().is_empty() {
                        HtbAttrsBuilder::new(w).offload()?;
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

/// What [`MatchallAttrs`] checks of each attribute, from the descriptors.
static MATCHALL_ATTRS_CHECKS: [Check; 6] = Check::table(&tables::MATCHALL_ATTRS);

/// The `matchall-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct MatchallAttrs<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for MatchallAttrs<'a> {
    const SET: &'static AttrSet = &tables::MATCHALL_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &MATCHALL_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&MATCHALL_ATTRS_CHECKS, attrs)
    }
}

impl<'a> MatchallAttrs<'a> {
    /// Indexes and checks a block of `matchall-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `TCA_MATCHALL_CLASSID`
    #[inline]
    pub fn classid(&self) -> Option<u32> {
        self.0.u32(TCA_MATCHALL_CLASSID)
    }

    /// `TCA_MATCHALL_ACT`
    #[inline]
    pub fn act(&self) -> Option<Entries<'a, ActAttrs<'a>>> {
        self.0.entries(TCA_MATCHALL_ACT)
    }

    /// `TCA_MATCHALL_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<u32> {
        self.0.u32(TCA_MATCHALL_FLAGS)
    }

    /// `TCA_MATCHALL_PCNT`
    #[inline]
    pub fn pcnt(&self) -> Option<TcMatchallPcnt> {
        self.0.fixed(TCA_MATCHALL_PCNT, TcMatchallPcnt::from_bytes)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_MATCHALL_CLASSID if a.raw_kind() == TCA_MATCHALL_CLASSID => {
                    MatchallAttrsBuilder::new(w).classid(value::u32(&a))?;
                }
                TCA_MATCHALL_ACT => nest_like(w, &a, |w| {
                    for e in a.nested() {
                        let e = e?;
                        nest_like(w, &e, |w| ActAttrs::parse(e.nested())?.write_to(w))?;
                    }
                    Ok(())
                })?,
                TCA_MATCHALL_FLAGS if a.raw_kind() == TCA_MATCHALL_FLAGS => {
                    MatchallAttrsBuilder::new(w).flags(value::u32(&a))?;
                }
                TCA_MATCHALL_PCNT if a.raw_kind() == TCA_MATCHALL_PCNT => {
                    if a.value().len() == TcMatchallPcnt::LEN {
                        MatchallAttrsBuilder::new(w)
                            .pcnt(&TcMatchallPcnt::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_MATCHALL_PAD if a.raw_kind() == TCA_MATCHALL_PAD => raw(w, &a)?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`EtfAttrs`] checks of each attribute, from the descriptors.
static ETF_ATTRS_CHECKS: [Check; 2] = Check::table(&tables::ETF_ATTRS);

/// The `etf-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct EtfAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for EtfAttrs<'a> {
    const SET: &'static AttrSet = &tables::ETF_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ETF_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ETF_ATTRS_CHECKS, attrs)
    }
}

impl<'a> EtfAttrs<'a> {
    /// Indexes and checks a block of `etf-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `TCA_ETF_PARMS`
    #[inline]
    pub fn parms(&self) -> Option<TcEtfQopt> {
        self.0.fixed(TCA_ETF_PARMS, TcEtfQopt::from_bytes)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_ETF_PARMS if a.raw_kind() == TCA_ETF_PARMS => {
                    if a.value().len() == TcEtfQopt::LEN {
                        EtfAttrsBuilder::new(w).parms(&TcEtfQopt::from_bytes(a.value()))?;
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

/// What [`EtsAttrs`] checks of each attribute, from the descriptors.
static ETS_ATTRS_CHECKS: [Check; 7] = Check::table(&tables::ETS_ATTRS);

/// The `ets-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct EtsAttrs<'a>(Table<'a, 7>);

impl<'a> AttrView<'a> for EtsAttrs<'a> {
    const SET: &'static AttrSet = &tables::ETS_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ETS_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ETS_ATTRS_CHECKS, attrs)
    }
}

impl<'a> EtsAttrs<'a> {
    /// Indexes and checks a block of `ets-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 7> {
        &self.0
    }

    /// `TCA_ETS_NBANDS`
    #[inline]
    pub fn nbands(&self) -> Option<u8> {
        self.0.u8(TCA_ETS_NBANDS)
    }

    /// `TCA_ETS_NSTRICT`
    #[inline]
    pub fn nstrict(&self) -> Option<u8> {
        self.0.u8(TCA_ETS_NSTRICT)
    }

    /// `TCA_ETS_QUANTA`
    #[inline]
    pub fn quanta(&self) -> Result<Option<EtsAttrs<'a>>, Error> {
        self.0.nest(TCA_ETS_QUANTA)
    }

    /// `TCA_ETS_QUANTA_BAND`
    #[inline]
    pub fn quanta_band(&self) -> impl Iterator<Item = Attr<'a>> + 'a {
        self.0.all(TCA_ETS_QUANTA_BAND)
    }

    /// `TCA_ETS_PRIOMAP`
    #[inline]
    pub fn priomap(&self) -> Result<Option<EtsAttrs<'a>>, Error> {
        self.0.nest(TCA_ETS_PRIOMAP)
    }

    /// `TCA_ETS_PRIOMAP_BAND`
    #[inline]
    pub fn priomap_band(&self) -> impl Iterator<Item = Attr<'a>> + 'a {
        self.0.all(TCA_ETS_PRIOMAP_BAND)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_ETS_NBANDS if a.raw_kind() == TCA_ETS_NBANDS => {
                    EtsAttrsBuilder::new(w).nbands(value::u8(&a))?;
                }
                TCA_ETS_NSTRICT if a.raw_kind() == TCA_ETS_NSTRICT => {
                    EtsAttrsBuilder::new(w).nstrict(value::u8(&a))?;
                }
                TCA_ETS_QUANTA => nest_like(w, &a, |w| EtsAttrs::parse(a.nested())?.write_to(w))?,
                TCA_ETS_QUANTA_BAND if a.raw_kind() == TCA_ETS_QUANTA_BAND => {
                    EtsAttrsBuilder::new(w).quanta_band(value::u32(&a))?;
                }
                TCA_ETS_PRIOMAP => nest_like(w, &a, |w| EtsAttrs::parse(a.nested())?.write_to(w))?,
                TCA_ETS_PRIOMAP_BAND if a.raw_kind() == TCA_ETS_PRIOMAP_BAND => {
                    EtsAttrsBuilder::new(w).priomap_band(value::u8(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`FqAttrs`] checks of each attribute, from the descriptors.
static FQ_ATTRS_CHECKS: [Check; 18] = Check::table(&tables::FQ_ATTRS);

/// The `fq-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FqAttrs<'a>(Table<'a, 18>);

impl<'a> AttrView<'a> for FqAttrs<'a> {
    const SET: &'static AttrSet = &tables::FQ_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &FQ_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&FQ_ATTRS_CHECKS, attrs)
    }
}

impl<'a> FqAttrs<'a> {
    /// Indexes and checks a block of `fq-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 18> {
        &self.0
    }

    /// `TCA_FQ_PLIMIT`: Limit of total number of packets in queue
    #[inline]
    pub fn plimit(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_PLIMIT)
    }

    /// `TCA_FQ_FLOW_PLIMIT`: Limit of packets per flow
    #[inline]
    pub fn flow_plimit(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_FLOW_PLIMIT)
    }

    /// `TCA_FQ_QUANTUM`: RR quantum
    #[inline]
    pub fn quantum(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_QUANTUM)
    }

    /// `TCA_FQ_INITIAL_QUANTUM`: RR quantum for new flow
    #[inline]
    pub fn initial_quantum(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_INITIAL_QUANTUM)
    }

    /// `TCA_FQ_RATE_ENABLE`: Enable / disable rate limiting
    #[inline]
    pub fn rate_enable(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_RATE_ENABLE)
    }

    /// `TCA_FQ_FLOW_DEFAULT_RATE`: Obsolete, do not use
    #[inline]
    pub fn flow_default_rate(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_FLOW_DEFAULT_RATE)
    }

    /// `TCA_FQ_FLOW_MAX_RATE`: Per flow max rate
    #[inline]
    pub fn flow_max_rate(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_FLOW_MAX_RATE)
    }

    /// `TCA_FQ_BUCKETS_LOG`: log2(number of buckets)
    #[inline]
    pub fn buckets_log(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_BUCKETS_LOG)
    }

    /// `TCA_FQ_FLOW_REFILL_DELAY`: Flow credit refill delay in usec
    #[inline]
    pub fn flow_refill_delay(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_FLOW_REFILL_DELAY)
    }

    /// `TCA_FQ_ORPHAN_MASK`: Mask applied to orphaned skb hashes
    #[inline]
    pub fn orphan_mask(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_ORPHAN_MASK)
    }

    /// `TCA_FQ_LOW_RATE_THRESHOLD`: Per packet delay under this rate
    #[inline]
    pub fn low_rate_threshold(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_LOW_RATE_THRESHOLD)
    }

    /// `TCA_FQ_CE_THRESHOLD`: DCTCP-like CE marking threshold
    #[inline]
    pub fn ce_threshold(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_CE_THRESHOLD)
    }

    /// `TCA_FQ_TIMER_SLACK`
    #[inline]
    pub fn timer_slack(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_TIMER_SLACK)
    }

    /// `TCA_FQ_HORIZON`: Time horizon in usec
    #[inline]
    pub fn horizon(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_HORIZON)
    }

    /// `TCA_FQ_HORIZON_DROP`: Drop packets beyond horizon, or cap their EDT
    #[inline]
    pub fn horizon_drop(&self) -> Option<u8> {
        self.0.u8(TCA_FQ_HORIZON_DROP)
    }

    /// `TCA_FQ_PRIOMAP`
    #[inline]
    pub fn priomap(&self) -> Option<TcPrioQopt> {
        self.0.fixed(TCA_FQ_PRIOMAP, TcPrioQopt::from_bytes)
    }

    /// `TCA_FQ_WEIGHTS`: Weights for each band
    #[inline]
    pub fn weights(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_FQ_WEIGHTS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_FQ_PLIMIT if a.raw_kind() == TCA_FQ_PLIMIT => {
                    FqAttrsBuilder::new(w).plimit(value::u32(&a))?;
                }
                TCA_FQ_FLOW_PLIMIT if a.raw_kind() == TCA_FQ_FLOW_PLIMIT => {
                    FqAttrsBuilder::new(w).flow_plimit(value::u32(&a))?;
                }
                TCA_FQ_QUANTUM if a.raw_kind() == TCA_FQ_QUANTUM => {
                    FqAttrsBuilder::new(w).quantum(value::u32(&a))?;
                }
                TCA_FQ_INITIAL_QUANTUM if a.raw_kind() == TCA_FQ_INITIAL_QUANTUM => {
                    FqAttrsBuilder::new(w).initial_quantum(value::u32(&a))?;
                }
                TCA_FQ_RATE_ENABLE if a.raw_kind() == TCA_FQ_RATE_ENABLE => {
                    FqAttrsBuilder::new(w).rate_enable(value::u32(&a))?;
                }
                TCA_FQ_FLOW_DEFAULT_RATE if a.raw_kind() == TCA_FQ_FLOW_DEFAULT_RATE => {
                    FqAttrsBuilder::new(w).flow_default_rate(value::u32(&a))?;
                }
                TCA_FQ_FLOW_MAX_RATE if a.raw_kind() == TCA_FQ_FLOW_MAX_RATE => {
                    FqAttrsBuilder::new(w).flow_max_rate(value::u32(&a))?;
                }
                TCA_FQ_BUCKETS_LOG if a.raw_kind() == TCA_FQ_BUCKETS_LOG => {
                    FqAttrsBuilder::new(w).buckets_log(value::u32(&a))?;
                }
                TCA_FQ_FLOW_REFILL_DELAY if a.raw_kind() == TCA_FQ_FLOW_REFILL_DELAY => {
                    FqAttrsBuilder::new(w).flow_refill_delay(value::u32(&a))?;
                }
                TCA_FQ_ORPHAN_MASK if a.raw_kind() == TCA_FQ_ORPHAN_MASK => {
                    FqAttrsBuilder::new(w).orphan_mask(value::u32(&a))?;
                }
                TCA_FQ_LOW_RATE_THRESHOLD if a.raw_kind() == TCA_FQ_LOW_RATE_THRESHOLD => {
                    FqAttrsBuilder::new(w).low_rate_threshold(value::u32(&a))?;
                }
                TCA_FQ_CE_THRESHOLD if a.raw_kind() == TCA_FQ_CE_THRESHOLD => {
                    FqAttrsBuilder::new(w).ce_threshold(value::u32(&a))?;
                }
                TCA_FQ_TIMER_SLACK if a.raw_kind() == TCA_FQ_TIMER_SLACK => {
                    FqAttrsBuilder::new(w).timer_slack(value::u32(&a))?;
                }
                TCA_FQ_HORIZON if a.raw_kind() == TCA_FQ_HORIZON => {
                    FqAttrsBuilder::new(w).horizon(value::u32(&a))?;
                }
                TCA_FQ_HORIZON_DROP if a.raw_kind() == TCA_FQ_HORIZON_DROP => {
                    FqAttrsBuilder::new(w).horizon_drop(value::u8(&a))?;
                }
                TCA_FQ_PRIOMAP if a.raw_kind() == TCA_FQ_PRIOMAP => {
                    if a.value().len() == TcPrioQopt::LEN {
                        FqAttrsBuilder::new(w).priomap(&TcPrioQopt::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_FQ_WEIGHTS if a.raw_kind() == TCA_FQ_WEIGHTS => {
                    FqAttrsBuilder::new(w).weights(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`FqCodelAttrs`] checks of each attribute, from the descriptors.
static FQ_CODEL_ATTRS_CHECKS: [Check; 12] = Check::table(&tables::FQ_CODEL_ATTRS);

/// The `fq-codel-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FqCodelAttrs<'a>(Table<'a, 12>);

impl<'a> AttrView<'a> for FqCodelAttrs<'a> {
    const SET: &'static AttrSet = &tables::FQ_CODEL_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &FQ_CODEL_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&FQ_CODEL_ATTRS_CHECKS, attrs)
    }
}

impl<'a> FqCodelAttrs<'a> {
    /// Indexes and checks a block of `fq-codel-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 12> {
        &self.0
    }

    /// `TCA_FQ_CODEL_TARGET`
    #[inline]
    pub fn target(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_CODEL_TARGET)
    }

    /// `TCA_FQ_CODEL_LIMIT`
    #[inline]
    pub fn limit(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_CODEL_LIMIT)
    }

    /// `TCA_FQ_CODEL_INTERVAL`
    #[inline]
    pub fn interval(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_CODEL_INTERVAL)
    }

    /// `TCA_FQ_CODEL_ECN`
    #[inline]
    pub fn ecn(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_CODEL_ECN)
    }

    /// `TCA_FQ_CODEL_FLOWS`
    #[inline]
    pub fn flows(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_CODEL_FLOWS)
    }

    /// `TCA_FQ_CODEL_QUANTUM`
    #[inline]
    pub fn quantum(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_CODEL_QUANTUM)
    }

    /// `TCA_FQ_CODEL_CE_THRESHOLD`
    #[inline]
    pub fn ce_threshold(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_CODEL_CE_THRESHOLD)
    }

    /// `TCA_FQ_CODEL_DROP_BATCH_SIZE`
    #[inline]
    pub fn drop_batch_size(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_CODEL_DROP_BATCH_SIZE)
    }

    /// `TCA_FQ_CODEL_MEMORY_LIMIT`
    #[inline]
    pub fn memory_limit(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_CODEL_MEMORY_LIMIT)
    }

    /// `TCA_FQ_CODEL_CE_THRESHOLD_SELECTOR`
    #[inline]
    pub fn ce_threshold_selector(&self) -> Option<u8> {
        self.0.u8(TCA_FQ_CODEL_CE_THRESHOLD_SELECTOR)
    }

    /// `TCA_FQ_CODEL_CE_THRESHOLD_MASK`
    #[inline]
    pub fn ce_threshold_mask(&self) -> Option<u8> {
        self.0.u8(TCA_FQ_CODEL_CE_THRESHOLD_MASK)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_FQ_CODEL_TARGET if a.raw_kind() == TCA_FQ_CODEL_TARGET => {
                    FqCodelAttrsBuilder::new(w).target(value::u32(&a))?;
                }
                TCA_FQ_CODEL_LIMIT if a.raw_kind() == TCA_FQ_CODEL_LIMIT => {
                    FqCodelAttrsBuilder::new(w).limit(value::u32(&a))?;
                }
                TCA_FQ_CODEL_INTERVAL if a.raw_kind() == TCA_FQ_CODEL_INTERVAL => {
                    FqCodelAttrsBuilder::new(w).interval(value::u32(&a))?;
                }
                TCA_FQ_CODEL_ECN if a.raw_kind() == TCA_FQ_CODEL_ECN => {
                    FqCodelAttrsBuilder::new(w).ecn(value::u32(&a))?;
                }
                TCA_FQ_CODEL_FLOWS if a.raw_kind() == TCA_FQ_CODEL_FLOWS => {
                    FqCodelAttrsBuilder::new(w).flows(value::u32(&a))?;
                }
                TCA_FQ_CODEL_QUANTUM if a.raw_kind() == TCA_FQ_CODEL_QUANTUM => {
                    FqCodelAttrsBuilder::new(w).quantum(value::u32(&a))?;
                }
                TCA_FQ_CODEL_CE_THRESHOLD if a.raw_kind() == TCA_FQ_CODEL_CE_THRESHOLD => {
                    FqCodelAttrsBuilder::new(w).ce_threshold(value::u32(&a))?;
                }
                TCA_FQ_CODEL_DROP_BATCH_SIZE if a.raw_kind() == TCA_FQ_CODEL_DROP_BATCH_SIZE => {
                    FqCodelAttrsBuilder::new(w).drop_batch_size(value::u32(&a))?;
                }
                TCA_FQ_CODEL_MEMORY_LIMIT if a.raw_kind() == TCA_FQ_CODEL_MEMORY_LIMIT => {
                    FqCodelAttrsBuilder::new(w).memory_limit(value::u32(&a))?;
                }
                TCA_FQ_CODEL_CE_THRESHOLD_SELECTOR
                    if a.raw_kind() == TCA_FQ_CODEL_CE_THRESHOLD_SELECTOR =>
                {
                    FqCodelAttrsBuilder::new(w).ce_threshold_selector(value::u8(&a))?;
                }
                TCA_FQ_CODEL_CE_THRESHOLD_MASK
                    if a.raw_kind() == TCA_FQ_CODEL_CE_THRESHOLD_MASK =>
                {
                    FqCodelAttrsBuilder::new(w).ce_threshold_mask(value::u8(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`FqPieAttrs`] checks of each attribute, from the descriptors.
static FQ_PIE_ATTRS_CHECKS: [Check; 13] = Check::table(&tables::FQ_PIE_ATTRS);

/// The `fq-pie-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FqPieAttrs<'a>(Table<'a, 13>);

impl<'a> AttrView<'a> for FqPieAttrs<'a> {
    const SET: &'static AttrSet = &tables::FQ_PIE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &FQ_PIE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&FQ_PIE_ATTRS_CHECKS, attrs)
    }
}

impl<'a> FqPieAttrs<'a> {
    /// Indexes and checks a block of `fq-pie-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 13> {
        &self.0
    }

    /// `TCA_FQ_PIE_LIMIT`
    #[inline]
    pub fn limit(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_PIE_LIMIT)
    }

    /// `TCA_FQ_PIE_FLOWS`
    #[inline]
    pub fn flows(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_PIE_FLOWS)
    }

    /// `TCA_FQ_PIE_TARGET`
    #[inline]
    pub fn target(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_PIE_TARGET)
    }

    /// `TCA_FQ_PIE_TUPDATE`
    #[inline]
    pub fn tupdate(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_PIE_TUPDATE)
    }

    /// `TCA_FQ_PIE_ALPHA`
    #[inline]
    pub fn alpha(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_PIE_ALPHA)
    }

    /// `TCA_FQ_PIE_BETA`
    #[inline]
    pub fn beta(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_PIE_BETA)
    }

    /// `TCA_FQ_PIE_QUANTUM`
    #[inline]
    pub fn quantum(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_PIE_QUANTUM)
    }

    /// `TCA_FQ_PIE_MEMORY_LIMIT`
    #[inline]
    pub fn memory_limit(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_PIE_MEMORY_LIMIT)
    }

    /// `TCA_FQ_PIE_ECN_PROB`
    #[inline]
    pub fn ecn_prob(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_PIE_ECN_PROB)
    }

    /// `TCA_FQ_PIE_ECN`
    #[inline]
    pub fn ecn(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_PIE_ECN)
    }

    /// `TCA_FQ_PIE_BYTEMODE`
    #[inline]
    pub fn bytemode(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_PIE_BYTEMODE)
    }

    /// `TCA_FQ_PIE_DQ_RATE_ESTIMATOR`
    #[inline]
    pub fn dq_rate_estimator(&self) -> Option<u32> {
        self.0.u32(TCA_FQ_PIE_DQ_RATE_ESTIMATOR)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_FQ_PIE_LIMIT if a.raw_kind() == TCA_FQ_PIE_LIMIT => {
                    FqPieAttrsBuilder::new(w).limit(value::u32(&a))?;
                }
                TCA_FQ_PIE_FLOWS if a.raw_kind() == TCA_FQ_PIE_FLOWS => {
                    FqPieAttrsBuilder::new(w).flows(value::u32(&a))?;
                }
                TCA_FQ_PIE_TARGET if a.raw_kind() == TCA_FQ_PIE_TARGET => {
                    FqPieAttrsBuilder::new(w).target(value::u32(&a))?;
                }
                TCA_FQ_PIE_TUPDATE if a.raw_kind() == TCA_FQ_PIE_TUPDATE => {
                    FqPieAttrsBuilder::new(w).tupdate(value::u32(&a))?;
                }
                TCA_FQ_PIE_ALPHA if a.raw_kind() == TCA_FQ_PIE_ALPHA => {
                    FqPieAttrsBuilder::new(w).alpha(value::u32(&a))?;
                }
                TCA_FQ_PIE_BETA if a.raw_kind() == TCA_FQ_PIE_BETA => {
                    FqPieAttrsBuilder::new(w).beta(value::u32(&a))?;
                }
                TCA_FQ_PIE_QUANTUM if a.raw_kind() == TCA_FQ_PIE_QUANTUM => {
                    FqPieAttrsBuilder::new(w).quantum(value::u32(&a))?;
                }
                TCA_FQ_PIE_MEMORY_LIMIT if a.raw_kind() == TCA_FQ_PIE_MEMORY_LIMIT => {
                    FqPieAttrsBuilder::new(w).memory_limit(value::u32(&a))?;
                }
                TCA_FQ_PIE_ECN_PROB if a.raw_kind() == TCA_FQ_PIE_ECN_PROB => {
                    FqPieAttrsBuilder::new(w).ecn_prob(value::u32(&a))?;
                }
                TCA_FQ_PIE_ECN if a.raw_kind() == TCA_FQ_PIE_ECN => {
                    FqPieAttrsBuilder::new(w).ecn(value::u32(&a))?;
                }
                TCA_FQ_PIE_BYTEMODE if a.raw_kind() == TCA_FQ_PIE_BYTEMODE => {
                    FqPieAttrsBuilder::new(w).bytemode(value::u32(&a))?;
                }
                TCA_FQ_PIE_DQ_RATE_ESTIMATOR if a.raw_kind() == TCA_FQ_PIE_DQ_RATE_ESTIMATOR => {
                    FqPieAttrsBuilder::new(w).dq_rate_estimator(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`NetemAttrs`] checks of each attribute, from the descriptors.
static NETEM_ATTRS_CHECKS: [Check; 15] = Check::table(&tables::NETEM_ATTRS);

/// The `netem-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct NetemAttrs<'a>(Table<'a, 15>);

impl<'a> AttrView<'a> for NetemAttrs<'a> {
    const SET: &'static AttrSet = &tables::NETEM_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &NETEM_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&NETEM_ATTRS_CHECKS, attrs)
    }
}

impl<'a> NetemAttrs<'a> {
    /// Indexes and checks a block of `netem-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 15> {
        &self.0
    }

    /// `TCA_NETEM_CORR`
    #[inline]
    pub fn corr(&self) -> Option<TcNetemCorr> {
        self.0.fixed(TCA_NETEM_CORR, TcNetemCorr::from_bytes)
    }

    /// `TCA_NETEM_DELAY_DIST`
    #[inline]
    pub fn delay_dist(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_NETEM_DELAY_DIST)
    }

    /// `TCA_NETEM_REORDER`
    #[inline]
    pub fn reorder(&self) -> Option<TcNetemReorder> {
        self.0.fixed(TCA_NETEM_REORDER, TcNetemReorder::from_bytes)
    }

    /// `TCA_NETEM_CORRUPT`
    #[inline]
    pub fn corrupt(&self) -> Option<TcNetemCorrupt> {
        self.0.fixed(TCA_NETEM_CORRUPT, TcNetemCorrupt::from_bytes)
    }

    /// `TCA_NETEM_LOSS`
    #[inline]
    pub fn loss(&self) -> Result<Option<NetemLossAttrs<'a>>, Error> {
        self.0.nest(TCA_NETEM_LOSS)
    }

    /// `TCA_NETEM_RATE`
    #[inline]
    pub fn rate(&self) -> Option<TcNetemRate> {
        self.0.fixed(TCA_NETEM_RATE, TcNetemRate::from_bytes)
    }

    /// `TCA_NETEM_ECN`
    #[inline]
    pub fn ecn(&self) -> Option<u32> {
        self.0.u32(TCA_NETEM_ECN)
    }

    /// `TCA_NETEM_RATE64`
    #[inline]
    pub fn rate64(&self) -> Option<u64> {
        self.0.u64(TCA_NETEM_RATE64)
    }

    /// `TCA_NETEM_PAD`
    #[inline]
    pub fn pad(&self) -> Option<u32> {
        self.0.u32(TCA_NETEM_PAD)
    }

    /// `TCA_NETEM_LATENCY64`
    #[inline]
    pub fn latency64(&self) -> Option<i64> {
        self.0.i64(TCA_NETEM_LATENCY64)
    }

    /// `TCA_NETEM_JITTER64`
    #[inline]
    pub fn jitter64(&self) -> Option<i64> {
        self.0.i64(TCA_NETEM_JITTER64)
    }

    /// `TCA_NETEM_SLOT`
    #[inline]
    pub fn slot(&self) -> Option<TcNetemSlot> {
        self.0.fixed(TCA_NETEM_SLOT, TcNetemSlot::from_bytes)
    }

    /// `TCA_NETEM_SLOT_DIST`
    #[inline]
    pub fn slot_dist(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_NETEM_SLOT_DIST)
    }

    /// `TCA_NETEM_PRNG_SEED`
    #[inline]
    pub fn prng_seed(&self) -> Option<u64> {
        self.0.u64(TCA_NETEM_PRNG_SEED)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_NETEM_CORR if a.raw_kind() == TCA_NETEM_CORR => {
                    if a.value().len() == TcNetemCorr::LEN {
                        NetemAttrsBuilder::new(w).corr(&TcNetemCorr::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_NETEM_DELAY_DIST if a.raw_kind() == TCA_NETEM_DELAY_DIST => {
                    NetemAttrsBuilder::new(w).delay_dist(a.value())?;
                }
                TCA_NETEM_REORDER if a.raw_kind() == TCA_NETEM_REORDER => {
                    if a.value().len() == TcNetemReorder::LEN {
                        NetemAttrsBuilder::new(w)
                            .reorder(&TcNetemReorder::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_NETEM_CORRUPT if a.raw_kind() == TCA_NETEM_CORRUPT => {
                    if a.value().len() == TcNetemCorrupt::LEN {
                        NetemAttrsBuilder::new(w)
                            .corrupt(&TcNetemCorrupt::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_NETEM_LOSS => {
                    nest_like(w, &a, |w| NetemLossAttrs::parse(a.nested())?.write_to(w))?
                }
                TCA_NETEM_RATE if a.raw_kind() == TCA_NETEM_RATE => {
                    if a.value().len() == TcNetemRate::LEN {
                        NetemAttrsBuilder::new(w).rate(&TcNetemRate::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_NETEM_ECN if a.raw_kind() == TCA_NETEM_ECN => {
                    NetemAttrsBuilder::new(w).ecn(value::u32(&a))?;
                }
                TCA_NETEM_RATE64 if a.raw_kind() == TCA_NETEM_RATE64 => {
                    NetemAttrsBuilder::new(w).rate64(value::u64(&a))?;
                }
                TCA_NETEM_PAD if a.raw_kind() == TCA_NETEM_PAD => {
                    NetemAttrsBuilder::new(w).pad(value::u32(&a))?;
                }
                TCA_NETEM_LATENCY64 if a.raw_kind() == TCA_NETEM_LATENCY64 => {
                    NetemAttrsBuilder::new(w).latency64(value::i64(&a))?;
                }
                TCA_NETEM_JITTER64 if a.raw_kind() == TCA_NETEM_JITTER64 => {
                    NetemAttrsBuilder::new(w).jitter64(value::i64(&a))?;
                }
                TCA_NETEM_SLOT if a.raw_kind() == TCA_NETEM_SLOT => {
                    if a.value().len() == TcNetemSlot::LEN {
                        NetemAttrsBuilder::new(w).slot(&TcNetemSlot::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_NETEM_SLOT_DIST if a.raw_kind() == TCA_NETEM_SLOT_DIST => {
                    NetemAttrsBuilder::new(w).slot_dist(a.value())?;
                }
                TCA_NETEM_PRNG_SEED if a.raw_kind() == TCA_NETEM_PRNG_SEED => {
                    NetemAttrsBuilder::new(w).prng_seed(value::u64(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`NetemLossAttrs`] checks of each attribute, from the descriptors.
static NETEM_LOSS_ATTRS_CHECKS: [Check; 3] = Check::table(&tables::NETEM_LOSS_ATTRS);

/// The `netem-loss-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct NetemLossAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for NetemLossAttrs<'a> {
    const SET: &'static AttrSet = &tables::NETEM_LOSS_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &NETEM_LOSS_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&NETEM_LOSS_ATTRS_CHECKS, attrs)
    }
}

impl<'a> NetemLossAttrs<'a> {
    /// Indexes and checks a block of `netem-loss-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `NETEM_LOSS_GI`: General Intuitive - 4 state model
    #[inline]
    pub fn gi(&self) -> Option<TcNetemGimodel> {
        self.0.fixed(NETEM_LOSS_GI, TcNetemGimodel::from_bytes)
    }

    /// `NETEM_LOSS_GE`: Gilbert Elliot models
    #[inline]
    pub fn ge(&self) -> Option<TcNetemGemodel> {
        self.0.fixed(NETEM_LOSS_GE, TcNetemGemodel::from_bytes)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NETEM_LOSS_GI if a.raw_kind() == NETEM_LOSS_GI => {
                    if a.value().len() == TcNetemGimodel::LEN {
                        NetemLossAttrsBuilder::new(w).gi(&TcNetemGimodel::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NETEM_LOSS_GE if a.raw_kind() == NETEM_LOSS_GE => {
                    if a.value().len() == TcNetemGemodel::LEN {
                        NetemLossAttrsBuilder::new(w).ge(&TcNetemGemodel::from_bytes(a.value()))?;
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

/// What [`PieAttrs`] checks of each attribute, from the descriptors.
static PIE_ATTRS_CHECKS: [Check; 9] = Check::table(&tables::PIE_ATTRS);

/// The `pie-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct PieAttrs<'a>(Table<'a, 9>);

impl<'a> AttrView<'a> for PieAttrs<'a> {
    const SET: &'static AttrSet = &tables::PIE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PIE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PIE_ATTRS_CHECKS, attrs)
    }
}

impl<'a> PieAttrs<'a> {
    /// Indexes and checks a block of `pie-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 9> {
        &self.0
    }

    /// `TCA_PIE_TARGET`
    #[inline]
    pub fn target(&self) -> Option<u32> {
        self.0.u32(TCA_PIE_TARGET)
    }

    /// `TCA_PIE_LIMIT`
    #[inline]
    pub fn limit(&self) -> Option<u32> {
        self.0.u32(TCA_PIE_LIMIT)
    }

    /// `TCA_PIE_TUPDATE`
    #[inline]
    pub fn tupdate(&self) -> Option<u32> {
        self.0.u32(TCA_PIE_TUPDATE)
    }

    /// `TCA_PIE_ALPHA`
    #[inline]
    pub fn alpha(&self) -> Option<u32> {
        self.0.u32(TCA_PIE_ALPHA)
    }

    /// `TCA_PIE_BETA`
    #[inline]
    pub fn beta(&self) -> Option<u32> {
        self.0.u32(TCA_PIE_BETA)
    }

    /// `TCA_PIE_ECN`
    #[inline]
    pub fn ecn(&self) -> Option<u32> {
        self.0.u32(TCA_PIE_ECN)
    }

    /// `TCA_PIE_BYTEMODE`
    #[inline]
    pub fn bytemode(&self) -> Option<u32> {
        self.0.u32(TCA_PIE_BYTEMODE)
    }

    /// `TCA_PIE_DQ_RATE_ESTIMATOR`
    #[inline]
    pub fn dq_rate_estimator(&self) -> Option<u32> {
        self.0.u32(TCA_PIE_DQ_RATE_ESTIMATOR)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_PIE_TARGET if a.raw_kind() == TCA_PIE_TARGET => {
                    PieAttrsBuilder::new(w).target(value::u32(&a))?;
                }
                TCA_PIE_LIMIT if a.raw_kind() == TCA_PIE_LIMIT => {
                    PieAttrsBuilder::new(w).limit(value::u32(&a))?;
                }
                TCA_PIE_TUPDATE if a.raw_kind() == TCA_PIE_TUPDATE => {
                    PieAttrsBuilder::new(w).tupdate(value::u32(&a))?;
                }
                TCA_PIE_ALPHA if a.raw_kind() == TCA_PIE_ALPHA => {
                    PieAttrsBuilder::new(w).alpha(value::u32(&a))?;
                }
                TCA_PIE_BETA if a.raw_kind() == TCA_PIE_BETA => {
                    PieAttrsBuilder::new(w).beta(value::u32(&a))?;
                }
                TCA_PIE_ECN if a.raw_kind() == TCA_PIE_ECN => {
                    PieAttrsBuilder::new(w).ecn(value::u32(&a))?;
                }
                TCA_PIE_BYTEMODE if a.raw_kind() == TCA_PIE_BYTEMODE => {
                    PieAttrsBuilder::new(w).bytemode(value::u32(&a))?;
                }
                TCA_PIE_DQ_RATE_ESTIMATOR if a.raw_kind() == TCA_PIE_DQ_RATE_ESTIMATOR => {
                    PieAttrsBuilder::new(w).dq_rate_estimator(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`PoliceAttrs`] checks of each attribute, from the descriptors.
static POLICE_ATTRS_CHECKS: [Check; 12] = Check::table(&tables::POLICE_ATTRS);

/// The `police-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct PoliceAttrs<'a>(Table<'a, 12>);

impl<'a> AttrView<'a> for PoliceAttrs<'a> {
    const SET: &'static AttrSet = &tables::POLICE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &POLICE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&POLICE_ATTRS_CHECKS, attrs)
    }
}

impl<'a> PoliceAttrs<'a> {
    /// Indexes and checks a block of `police-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 12> {
        &self.0
    }

    /// `TCA_POLICE_TBF`
    #[inline]
    pub fn tbf(&self) -> Option<TcPolice> {
        self.0.fixed(TCA_POLICE_TBF, TcPolice::from_bytes)
    }

    /// `TCA_POLICE_RATE`
    #[inline]
    pub fn rate(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_POLICE_RATE)
    }

    /// `TCA_POLICE_PEAKRATE`
    #[inline]
    pub fn peakrate(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_POLICE_PEAKRATE)
    }

    /// `TCA_POLICE_AVRATE`
    #[inline]
    pub fn avrate(&self) -> Option<u32> {
        self.0.u32(TCA_POLICE_AVRATE)
    }

    /// `TCA_POLICE_RESULT`
    #[inline]
    pub fn result(&self) -> Option<u32> {
        self.0.u32(TCA_POLICE_RESULT)
    }

    /// `TCA_POLICE_TM`
    #[inline]
    pub fn tm(&self) -> Option<TcfT> {
        self.0.fixed(TCA_POLICE_TM, TcfT::from_bytes)
    }

    /// `TCA_POLICE_RATE64`
    #[inline]
    pub fn rate64(&self) -> Option<u64> {
        self.0.u64(TCA_POLICE_RATE64)
    }

    /// `TCA_POLICE_PEAKRATE64`
    #[inline]
    pub fn peakrate64(&self) -> Option<u64> {
        self.0.u64(TCA_POLICE_PEAKRATE64)
    }

    /// `TCA_POLICE_PKTRATE64`
    #[inline]
    pub fn pktrate64(&self) -> Option<u64> {
        self.0.u64(TCA_POLICE_PKTRATE64)
    }

    /// `TCA_POLICE_PKTBURST64`
    #[inline]
    pub fn pktburst64(&self) -> Option<u64> {
        self.0.u64(TCA_POLICE_PKTBURST64)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_POLICE_TBF if a.raw_kind() == TCA_POLICE_TBF => {
                    if a.value().len() == TcPolice::LEN {
                        PoliceAttrsBuilder::new(w).tbf(&TcPolice::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_POLICE_RATE if a.raw_kind() == TCA_POLICE_RATE => {
                    PoliceAttrsBuilder::new(w).rate(a.value())?;
                }
                TCA_POLICE_PEAKRATE if a.raw_kind() == TCA_POLICE_PEAKRATE => {
                    PoliceAttrsBuilder::new(w).peakrate(a.value())?;
                }
                TCA_POLICE_AVRATE if a.raw_kind() == TCA_POLICE_AVRATE => {
                    PoliceAttrsBuilder::new(w).avrate(value::u32(&a))?;
                }
                TCA_POLICE_RESULT if a.raw_kind() == TCA_POLICE_RESULT => {
                    PoliceAttrsBuilder::new(w).result(value::u32(&a))?;
                }
                TCA_POLICE_TM if a.raw_kind() == TCA_POLICE_TM => {
                    if a.value().len() == TcfT::LEN {
                        PoliceAttrsBuilder::new(w).tm(&TcfT::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_POLICE_PAD if a.raw_kind() == TCA_POLICE_PAD => raw(w, &a)?,
                TCA_POLICE_RATE64 if a.raw_kind() == TCA_POLICE_RATE64 => {
                    PoliceAttrsBuilder::new(w).rate64(value::u64(&a))?;
                }
                TCA_POLICE_PEAKRATE64 if a.raw_kind() == TCA_POLICE_PEAKRATE64 => {
                    PoliceAttrsBuilder::new(w).peakrate64(value::u64(&a))?;
                }
                TCA_POLICE_PKTRATE64 if a.raw_kind() == TCA_POLICE_PKTRATE64 => {
                    PoliceAttrsBuilder::new(w).pktrate64(value::u64(&a))?;
                }
                TCA_POLICE_PKTBURST64 if a.raw_kind() == TCA_POLICE_PKTBURST64 => {
                    PoliceAttrsBuilder::new(w).pktburst64(value::u64(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`QfqAttrs`] checks of each attribute, from the descriptors.
static QFQ_ATTRS_CHECKS: [Check; 3] = Check::table(&tables::QFQ_ATTRS);

/// The `qfq-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct QfqAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for QfqAttrs<'a> {
    const SET: &'static AttrSet = &tables::QFQ_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &QFQ_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&QFQ_ATTRS_CHECKS, attrs)
    }
}

impl<'a> QfqAttrs<'a> {
    /// Indexes and checks a block of `qfq-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `TCA_QFQ_WEIGHT`
    #[inline]
    pub fn weight(&self) -> Option<u32> {
        self.0.u32(TCA_QFQ_WEIGHT)
    }

    /// `TCA_QFQ_LMAX`
    #[inline]
    pub fn lmax(&self) -> Option<u32> {
        self.0.u32(TCA_QFQ_LMAX)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_QFQ_WEIGHT if a.raw_kind() == TCA_QFQ_WEIGHT => {
                    QfqAttrsBuilder::new(w).weight(value::u32(&a))?;
                }
                TCA_QFQ_LMAX if a.raw_kind() == TCA_QFQ_LMAX => {
                    QfqAttrsBuilder::new(w).lmax(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`RedAttrs`] checks of each attribute, from the descriptors.
static RED_ATTRS_CHECKS: [Check; 7] = Check::table(&tables::RED_ATTRS);

/// The `red-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct RedAttrs<'a>(Table<'a, 7>);

impl<'a> AttrView<'a> for RedAttrs<'a> {
    const SET: &'static AttrSet = &tables::RED_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &RED_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&RED_ATTRS_CHECKS, attrs)
    }
}

impl<'a> RedAttrs<'a> {
    /// Indexes and checks a block of `red-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 7> {
        &self.0
    }

    /// `TCA_RED_PARMS`
    #[inline]
    pub fn parms(&self) -> Option<TcRedQopt> {
        self.0.fixed(TCA_RED_PARMS, TcRedQopt::from_bytes)
    }

    /// `TCA_RED_STAB`
    #[inline]
    pub fn stab(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_RED_STAB)
    }

    /// `TCA_RED_MAX_P`
    #[inline]
    pub fn max_p(&self) -> Option<u32> {
        self.0.u32(TCA_RED_MAX_P)
    }

    /// `TCA_RED_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<Bitfield32> {
        self.0.bitfield32(TCA_RED_FLAGS)
    }

    /// `TCA_RED_EARLY_DROP_BLOCK`
    #[inline]
    pub fn early_drop_block(&self) -> Option<u32> {
        self.0.u32(TCA_RED_EARLY_DROP_BLOCK)
    }

    /// `TCA_RED_MARK_BLOCK`
    #[inline]
    pub fn mark_block(&self) -> Option<u32> {
        self.0.u32(TCA_RED_MARK_BLOCK)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_RED_PARMS if a.raw_kind() == TCA_RED_PARMS => {
                    if a.value().len() == TcRedQopt::LEN {
                        RedAttrsBuilder::new(w).parms(&TcRedQopt::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_RED_STAB if a.raw_kind() == TCA_RED_STAB => {
                    RedAttrsBuilder::new(w).stab(a.value())?;
                }
                TCA_RED_MAX_P if a.raw_kind() == TCA_RED_MAX_P => {
                    RedAttrsBuilder::new(w).max_p(value::u32(&a))?;
                }
                TCA_RED_FLAGS if a.raw_kind() == TCA_RED_FLAGS => {
                    RedAttrsBuilder::new(w).flags(Bitfield32::from_bytes(a.value()))?;
                }
                TCA_RED_EARLY_DROP_BLOCK if a.raw_kind() == TCA_RED_EARLY_DROP_BLOCK => {
                    RedAttrsBuilder::new(w).early_drop_block(value::u32(&a))?;
                }
                TCA_RED_MARK_BLOCK if a.raw_kind() == TCA_RED_MARK_BLOCK => {
                    RedAttrsBuilder::new(w).mark_block(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`RouteAttrs`] checks of each attribute, from the descriptors.
static ROUTE_ATTRS_CHECKS: [Check; 7] = Check::table(&tables::ROUTE_ATTRS);

/// The `route-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct RouteAttrs<'a>(Table<'a, 7>);

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
    pub fn table(&self) -> &Table<'a, 7> {
        &self.0
    }

    /// `TCA_ROUTE4_CLASSID`
    #[inline]
    pub fn classid(&self) -> Option<u32> {
        self.0.u32(TCA_ROUTE4_CLASSID)
    }

    /// `TCA_ROUTE4_TO`
    #[inline]
    pub fn to(&self) -> Option<u32> {
        self.0.u32(TCA_ROUTE4_TO)
    }

    /// `TCA_ROUTE4_FROM`
    #[inline]
    pub fn from(&self) -> Option<u32> {
        self.0.u32(TCA_ROUTE4_FROM)
    }

    /// `TCA_ROUTE4_IIF`
    #[inline]
    pub fn iif(&self) -> Option<u32> {
        self.0.u32(TCA_ROUTE4_IIF)
    }

    /// `TCA_ROUTE4_POLICE`
    #[inline]
    pub fn police(&self) -> Result<Option<PoliceAttrs<'a>>, Error> {
        self.0.nest(TCA_ROUTE4_POLICE)
    }

    /// `TCA_ROUTE4_ACT`
    #[inline]
    pub fn act(&self) -> Option<Entries<'a, ActAttrs<'a>>> {
        self.0.entries(TCA_ROUTE4_ACT)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_ROUTE4_CLASSID if a.raw_kind() == TCA_ROUTE4_CLASSID => {
                    RouteAttrsBuilder::new(w).classid(value::u32(&a))?;
                }
                TCA_ROUTE4_TO if a.raw_kind() == TCA_ROUTE4_TO => {
                    RouteAttrsBuilder::new(w).to(value::u32(&a))?;
                }
                TCA_ROUTE4_FROM if a.raw_kind() == TCA_ROUTE4_FROM => {
                    RouteAttrsBuilder::new(w).from(value::u32(&a))?;
                }
                TCA_ROUTE4_IIF if a.raw_kind() == TCA_ROUTE4_IIF => {
                    RouteAttrsBuilder::new(w).iif(value::u32(&a))?;
                }
                TCA_ROUTE4_POLICE => {
                    nest_like(w, &a, |w| PoliceAttrs::parse(a.nested())?.write_to(w))?
                }
                TCA_ROUTE4_ACT => nest_like(w, &a, |w| {
                    for e in a.nested() {
                        let e = e?;
                        nest_like(w, &e, |w| ActAttrs::parse(e.nested())?.write_to(w))?;
                    }
                    Ok(())
                })?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`TaprioAttrs`] checks of each attribute, from the descriptors.
static TAPRIO_ATTRS_CHECKS: [Check; 13] = Check::table(&tables::TAPRIO_ATTRS);

/// The `taprio-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TaprioAttrs<'a>(Table<'a, 13>);

impl<'a> AttrView<'a> for TaprioAttrs<'a> {
    const SET: &'static AttrSet = &tables::TAPRIO_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &TAPRIO_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&TAPRIO_ATTRS_CHECKS, attrs)
    }
}

impl<'a> TaprioAttrs<'a> {
    /// Indexes and checks a block of `taprio-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 13> {
        &self.0
    }

    /// `TCA_TAPRIO_ATTR_PRIOMAP`
    #[inline]
    pub fn priomap(&self) -> Option<TcMqprioQopt> {
        self.0
            .fixed(TCA_TAPRIO_ATTR_PRIOMAP, TcMqprioQopt::from_bytes)
    }

    /// `TCA_TAPRIO_ATTR_SCHED_ENTRY_LIST`
    #[inline]
    pub fn sched_entry_list(&self) -> Result<Option<TaprioSchedEntryList<'a>>, Error> {
        self.0.nest(TCA_TAPRIO_ATTR_SCHED_ENTRY_LIST)
    }

    /// `TCA_TAPRIO_ATTR_SCHED_BASE_TIME`
    #[inline]
    pub fn sched_base_time(&self) -> Option<i64> {
        self.0.i64(TCA_TAPRIO_ATTR_SCHED_BASE_TIME)
    }

    /// `TCA_TAPRIO_ATTR_SCHED_SINGLE_ENTRY`
    #[inline]
    pub fn sched_single_entry(&self) -> Result<Option<TaprioSchedEntry<'a>>, Error> {
        self.0.nest(TCA_TAPRIO_ATTR_SCHED_SINGLE_ENTRY)
    }

    /// `TCA_TAPRIO_ATTR_SCHED_CLOCKID`
    #[inline]
    pub fn sched_clockid(&self) -> Option<i32> {
        self.0.i32(TCA_TAPRIO_ATTR_SCHED_CLOCKID)
    }

    /// `TCA_TAPRIO_ATTR_ADMIN_SCHED`
    #[inline]
    pub fn admin_sched(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_TAPRIO_ATTR_ADMIN_SCHED)
    }

    /// `TCA_TAPRIO_ATTR_SCHED_CYCLE_TIME`
    #[inline]
    pub fn sched_cycle_time(&self) -> Option<i64> {
        self.0.i64(TCA_TAPRIO_ATTR_SCHED_CYCLE_TIME)
    }

    /// `TCA_TAPRIO_ATTR_SCHED_CYCLE_TIME_EXTENSION`
    #[inline]
    pub fn sched_cycle_time_extension(&self) -> Option<i64> {
        self.0.i64(TCA_TAPRIO_ATTR_SCHED_CYCLE_TIME_EXTENSION)
    }

    /// `TCA_TAPRIO_ATTR_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<u32> {
        self.0.u32(TCA_TAPRIO_ATTR_FLAGS)
    }

    /// `TCA_TAPRIO_ATTR_TXTIME_DELAY`
    #[inline]
    pub fn txtime_delay(&self) -> Option<u32> {
        self.0.u32(TCA_TAPRIO_ATTR_TXTIME_DELAY)
    }

    /// `TCA_TAPRIO_ATTR_TC_ENTRY`
    #[inline]
    pub fn tc_entry(&self) -> Result<Option<TaprioTcEntryAttrs<'a>>, Error> {
        self.0.nest(TCA_TAPRIO_ATTR_TC_ENTRY)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_TAPRIO_ATTR_PRIOMAP if a.raw_kind() == TCA_TAPRIO_ATTR_PRIOMAP => {
                    if a.value().len() == TcMqprioQopt::LEN {
                        TaprioAttrsBuilder::new(w).priomap(&TcMqprioQopt::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_TAPRIO_ATTR_SCHED_ENTRY_LIST => nest_like(w, &a, |w| {
                    TaprioSchedEntryList::parse(a.nested())?.write_to(w)
                })?,
                TCA_TAPRIO_ATTR_SCHED_BASE_TIME
                    if a.raw_kind() == TCA_TAPRIO_ATTR_SCHED_BASE_TIME =>
                {
                    TaprioAttrsBuilder::new(w).sched_base_time(value::i64(&a))?;
                }
                TCA_TAPRIO_ATTR_SCHED_SINGLE_ENTRY => {
                    nest_like(w, &a, |w| TaprioSchedEntry::parse(a.nested())?.write_to(w))?
                }
                TCA_TAPRIO_ATTR_SCHED_CLOCKID if a.raw_kind() == TCA_TAPRIO_ATTR_SCHED_CLOCKID => {
                    TaprioAttrsBuilder::new(w).sched_clockid(value::i32(&a))?;
                }
                TCA_TAPRIO_ATTR_PAD if a.raw_kind() == TCA_TAPRIO_ATTR_PAD => raw(w, &a)?,
                TCA_TAPRIO_ATTR_ADMIN_SCHED if a.raw_kind() == TCA_TAPRIO_ATTR_ADMIN_SCHED => {
                    TaprioAttrsBuilder::new(w).admin_sched(a.value())?;
                }
                TCA_TAPRIO_ATTR_SCHED_CYCLE_TIME
                    if a.raw_kind() == TCA_TAPRIO_ATTR_SCHED_CYCLE_TIME =>
                {
                    TaprioAttrsBuilder::new(w).sched_cycle_time(value::i64(&a))?;
                }
                TCA_TAPRIO_ATTR_SCHED_CYCLE_TIME_EXTENSION
                    if a.raw_kind() == TCA_TAPRIO_ATTR_SCHED_CYCLE_TIME_EXTENSION =>
                {
                    TaprioAttrsBuilder::new(w).sched_cycle_time_extension(value::i64(&a))?;
                }
                TCA_TAPRIO_ATTR_FLAGS if a.raw_kind() == TCA_TAPRIO_ATTR_FLAGS => {
                    TaprioAttrsBuilder::new(w).flags(value::u32(&a))?;
                }
                TCA_TAPRIO_ATTR_TXTIME_DELAY if a.raw_kind() == TCA_TAPRIO_ATTR_TXTIME_DELAY => {
                    TaprioAttrsBuilder::new(w).txtime_delay(value::u32(&a))?;
                }
                TCA_TAPRIO_ATTR_TC_ENTRY => nest_like(w, &a, |w| {
                    TaprioTcEntryAttrs::parse(a.nested())?.write_to(w)
                })?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`TaprioSchedEntryList`] checks of each attribute, from the descriptors.
static TAPRIO_SCHED_ENTRY_LIST_CHECKS: [Check; 2] = Check::table(&tables::TAPRIO_SCHED_ENTRY_LIST);

/// The `taprio-sched-entry-list` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TaprioSchedEntryList<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for TaprioSchedEntryList<'a> {
    const SET: &'static AttrSet = &tables::TAPRIO_SCHED_ENTRY_LIST;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &TAPRIO_SCHED_ENTRY_LIST_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&TAPRIO_SCHED_ENTRY_LIST_CHECKS, attrs)
    }
}

impl<'a> TaprioSchedEntryList<'a> {
    /// Indexes and checks a block of `taprio-sched-entry-list` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `TCA_TAPRIO_SCHED_ENTRY`
    #[inline]
    pub fn entry(&self) -> impl Iterator<Item = Result<TaprioSchedEntry<'a>, Error>> + 'a {
        self.0
            .all(TCA_TAPRIO_SCHED_ENTRY)
            .map(|a| TaprioSchedEntry::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_TAPRIO_SCHED_ENTRY => {
                    nest_like(w, &a, |w| TaprioSchedEntry::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`TaprioSchedEntry`] checks of each attribute, from the descriptors.
static TAPRIO_SCHED_ENTRY_CHECKS: [Check; 5] = Check::table(&tables::TAPRIO_SCHED_ENTRY);

/// The `taprio-sched-entry` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TaprioSchedEntry<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for TaprioSchedEntry<'a> {
    const SET: &'static AttrSet = &tables::TAPRIO_SCHED_ENTRY;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &TAPRIO_SCHED_ENTRY_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&TAPRIO_SCHED_ENTRY_CHECKS, attrs)
    }
}

impl<'a> TaprioSchedEntry<'a> {
    /// Indexes and checks a block of `taprio-sched-entry` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `TCA_TAPRIO_SCHED_ENTRY_INDEX`
    #[inline]
    pub fn index(&self) -> Option<u32> {
        self.0.u32(TCA_TAPRIO_SCHED_ENTRY_INDEX)
    }

    /// `TCA_TAPRIO_SCHED_ENTRY_CMD`
    #[inline]
    pub fn cmd(&self) -> Option<u8> {
        self.0.u8(TCA_TAPRIO_SCHED_ENTRY_CMD)
    }

    /// `TCA_TAPRIO_SCHED_ENTRY_GATE_MASK`
    #[inline]
    pub fn gate_mask(&self) -> Option<u32> {
        self.0.u32(TCA_TAPRIO_SCHED_ENTRY_GATE_MASK)
    }

    /// `TCA_TAPRIO_SCHED_ENTRY_INTERVAL`
    #[inline]
    pub fn interval(&self) -> Option<u32> {
        self.0.u32(TCA_TAPRIO_SCHED_ENTRY_INTERVAL)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_TAPRIO_SCHED_ENTRY_INDEX if a.raw_kind() == TCA_TAPRIO_SCHED_ENTRY_INDEX => {
                    TaprioSchedEntryBuilder::new(w).index(value::u32(&a))?;
                }
                TCA_TAPRIO_SCHED_ENTRY_CMD if a.raw_kind() == TCA_TAPRIO_SCHED_ENTRY_CMD => {
                    TaprioSchedEntryBuilder::new(w).cmd(value::u8(&a))?;
                }
                TCA_TAPRIO_SCHED_ENTRY_GATE_MASK
                    if a.raw_kind() == TCA_TAPRIO_SCHED_ENTRY_GATE_MASK =>
                {
                    TaprioSchedEntryBuilder::new(w).gate_mask(value::u32(&a))?;
                }
                TCA_TAPRIO_SCHED_ENTRY_INTERVAL
                    if a.raw_kind() == TCA_TAPRIO_SCHED_ENTRY_INTERVAL =>
                {
                    TaprioSchedEntryBuilder::new(w).interval(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`TaprioTcEntryAttrs`] checks of each attribute, from the descriptors.
static TAPRIO_TC_ENTRY_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::TAPRIO_TC_ENTRY_ATTRS);

/// The `taprio-tc-entry-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TaprioTcEntryAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for TaprioTcEntryAttrs<'a> {
    const SET: &'static AttrSet = &tables::TAPRIO_TC_ENTRY_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &TAPRIO_TC_ENTRY_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&TAPRIO_TC_ENTRY_ATTRS_CHECKS, attrs)
    }
}

impl<'a> TaprioTcEntryAttrs<'a> {
    /// Indexes and checks a block of `taprio-tc-entry-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `TCA_TAPRIO_TC_ENTRY_INDEX`
    #[inline]
    pub fn index(&self) -> Option<u32> {
        self.0.u32(TCA_TAPRIO_TC_ENTRY_INDEX)
    }

    /// `TCA_TAPRIO_TC_ENTRY_MAX_SDU`
    #[inline]
    pub fn max_sdu(&self) -> Option<u32> {
        self.0.u32(TCA_TAPRIO_TC_ENTRY_MAX_SDU)
    }

    /// `TCA_TAPRIO_TC_ENTRY_FP`
    #[inline]
    pub fn fp(&self) -> Option<u32> {
        self.0.u32(TCA_TAPRIO_TC_ENTRY_FP)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_TAPRIO_TC_ENTRY_INDEX if a.raw_kind() == TCA_TAPRIO_TC_ENTRY_INDEX => {
                    TaprioTcEntryAttrsBuilder::new(w).index(value::u32(&a))?;
                }
                TCA_TAPRIO_TC_ENTRY_MAX_SDU if a.raw_kind() == TCA_TAPRIO_TC_ENTRY_MAX_SDU => {
                    TaprioTcEntryAttrsBuilder::new(w).max_sdu(value::u32(&a))?;
                }
                TCA_TAPRIO_TC_ENTRY_FP if a.raw_kind() == TCA_TAPRIO_TC_ENTRY_FP => {
                    TaprioTcEntryAttrsBuilder::new(w).fp(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`TbfAttrs`] checks of each attribute, from the descriptors.
static TBF_ATTRS_CHECKS: [Check; 9] = Check::table(&tables::TBF_ATTRS);

/// The `tbf-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TbfAttrs<'a>(Table<'a, 9>);

impl<'a> AttrView<'a> for TbfAttrs<'a> {
    const SET: &'static AttrSet = &tables::TBF_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &TBF_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&TBF_ATTRS_CHECKS, attrs)
    }
}

impl<'a> TbfAttrs<'a> {
    /// Indexes and checks a block of `tbf-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 9> {
        &self.0
    }

    /// `TCA_TBF_PARMS`
    #[inline]
    pub fn parms(&self) -> Option<TcTbfQopt> {
        self.0.fixed(TCA_TBF_PARMS, TcTbfQopt::from_bytes)
    }

    /// `TCA_TBF_RTAB`
    #[inline]
    pub fn rtab(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_TBF_RTAB)
    }

    /// `TCA_TBF_PTAB`
    #[inline]
    pub fn ptab(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_TBF_PTAB)
    }

    /// `TCA_TBF_RATE64`
    #[inline]
    pub fn rate64(&self) -> Option<u64> {
        self.0.u64(TCA_TBF_RATE64)
    }

    /// `TCA_TBF_PRATE64`
    #[inline]
    pub fn prate64(&self) -> Option<u64> {
        self.0.u64(TCA_TBF_PRATE64)
    }

    /// `TCA_TBF_BURST`
    #[inline]
    pub fn burst(&self) -> Option<u32> {
        self.0.u32(TCA_TBF_BURST)
    }

    /// `TCA_TBF_PBURST`
    #[inline]
    pub fn pburst(&self) -> Option<u32> {
        self.0.u32(TCA_TBF_PBURST)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_TBF_PARMS if a.raw_kind() == TCA_TBF_PARMS => {
                    if a.value().len() == TcTbfQopt::LEN {
                        TbfAttrsBuilder::new(w).parms(&TcTbfQopt::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_TBF_RTAB if a.raw_kind() == TCA_TBF_RTAB => {
                    TbfAttrsBuilder::new(w).rtab(a.value())?;
                }
                TCA_TBF_PTAB if a.raw_kind() == TCA_TBF_PTAB => {
                    TbfAttrsBuilder::new(w).ptab(a.value())?;
                }
                TCA_TBF_RATE64 if a.raw_kind() == TCA_TBF_RATE64 => {
                    TbfAttrsBuilder::new(w).rate64(value::u64(&a))?;
                }
                TCA_TBF_PRATE64 if a.raw_kind() == TCA_TBF_PRATE64 => {
                    TbfAttrsBuilder::new(w).prate64(value::u64(&a))?;
                }
                TCA_TBF_BURST if a.raw_kind() == TCA_TBF_BURST => {
                    TbfAttrsBuilder::new(w).burst(value::u32(&a))?;
                }
                TCA_TBF_PBURST if a.raw_kind() == TCA_TBF_PBURST => {
                    TbfAttrsBuilder::new(w).pburst(value::u32(&a))?;
                }
                TCA_TBF_PAD if a.raw_kind() == TCA_TBF_PAD => raw(w, &a)?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ActSampleAttrs`] checks of each attribute, from the descriptors.
static ACT_SAMPLE_ATTRS_CHECKS: [Check; 7] = Check::table(&tables::ACT_SAMPLE_ATTRS);

/// The `act-sample-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ActSampleAttrs<'a>(Table<'a, 7>);

impl<'a> AttrView<'a> for ActSampleAttrs<'a> {
    const SET: &'static AttrSet = &tables::ACT_SAMPLE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ACT_SAMPLE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ACT_SAMPLE_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ActSampleAttrs<'a> {
    /// Indexes and checks a block of `act-sample-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 7> {
        &self.0
    }

    /// `TCA_SAMPLE_TM`
    #[inline]
    pub fn tm(&self) -> Option<TcfT> {
        self.0.fixed(TCA_SAMPLE_TM, TcfT::from_bytes)
    }

    /// `TCA_SAMPLE_PARMS`
    #[inline]
    pub fn parms(&self) -> Option<TcGact> {
        self.0.fixed(TCA_SAMPLE_PARMS, TcGact::from_bytes)
    }

    /// `TCA_SAMPLE_RATE`
    #[inline]
    pub fn rate(&self) -> Option<u32> {
        self.0.u32(TCA_SAMPLE_RATE)
    }

    /// `TCA_SAMPLE_TRUNC_SIZE`
    #[inline]
    pub fn trunc_size(&self) -> Option<u32> {
        self.0.u32(TCA_SAMPLE_TRUNC_SIZE)
    }

    /// `TCA_SAMPLE_PSAMPLE_GROUP`
    #[inline]
    pub fn psample_group(&self) -> Option<u32> {
        self.0.u32(TCA_SAMPLE_PSAMPLE_GROUP)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_SAMPLE_TM if a.raw_kind() == TCA_SAMPLE_TM => {
                    if a.value().len() == TcfT::LEN {
                        ActSampleAttrsBuilder::new(w).tm(&TcfT::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_SAMPLE_PARMS if a.raw_kind() == TCA_SAMPLE_PARMS => {
                    if a.value().len() == TcGact::LEN {
                        ActSampleAttrsBuilder::new(w).parms(&TcGact::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_SAMPLE_RATE if a.raw_kind() == TCA_SAMPLE_RATE => {
                    ActSampleAttrsBuilder::new(w).rate(value::u32(&a))?;
                }
                TCA_SAMPLE_TRUNC_SIZE if a.raw_kind() == TCA_SAMPLE_TRUNC_SIZE => {
                    ActSampleAttrsBuilder::new(w).trunc_size(value::u32(&a))?;
                }
                TCA_SAMPLE_PSAMPLE_GROUP if a.raw_kind() == TCA_SAMPLE_PSAMPLE_GROUP => {
                    ActSampleAttrsBuilder::new(w).psample_group(value::u32(&a))?;
                }
                TCA_SAMPLE_PAD if a.raw_kind() == TCA_SAMPLE_PAD => raw(w, &a)?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ActGactAttrs`] checks of each attribute, from the descriptors.
static ACT_GACT_ATTRS_CHECKS: [Check; 5] = Check::table(&tables::ACT_GACT_ATTRS);

/// The `act-gact-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ActGactAttrs<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for ActGactAttrs<'a> {
    const SET: &'static AttrSet = &tables::ACT_GACT_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ACT_GACT_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ACT_GACT_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ActGactAttrs<'a> {
    /// Indexes and checks a block of `act-gact-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `TCA_GACT_TM`
    #[inline]
    pub fn tm(&self) -> Option<TcfT> {
        self.0.fixed(TCA_GACT_TM, TcfT::from_bytes)
    }

    /// `TCA_GACT_PARMS`
    #[inline]
    pub fn parms(&self) -> Option<TcGact> {
        self.0.fixed(TCA_GACT_PARMS, TcGact::from_bytes)
    }

    /// `TCA_GACT_PROB`
    #[inline]
    pub fn prob(&self) -> Option<TcGactP> {
        self.0.fixed(TCA_GACT_PROB, TcGactP::from_bytes)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_GACT_TM if a.raw_kind() == TCA_GACT_TM => {
                    if a.value().len() == TcfT::LEN {
                        ActGactAttrsBuilder::new(w).tm(&TcfT::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_GACT_PARMS if a.raw_kind() == TCA_GACT_PARMS => {
                    if a.value().len() == TcGact::LEN {
                        ActGactAttrsBuilder::new(w).parms(&TcGact::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_GACT_PROB if a.raw_kind() == TCA_GACT_PROB => {
                    if a.value().len() == TcGactP::LEN {
                        ActGactAttrsBuilder::new(w).prob(&TcGactP::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_GACT_PAD if a.raw_kind() == TCA_GACT_PAD => raw(w, &a)?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`TcaStabAttrs`] checks of each attribute, from the descriptors.
static TCA_STAB_ATTRS_CHECKS: [Check; 3] = Check::table(&tables::TCA_STAB_ATTRS);

/// The `tca-stab-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TcaStabAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for TcaStabAttrs<'a> {
    const SET: &'static AttrSet = &tables::TCA_STAB_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &TCA_STAB_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&TCA_STAB_ATTRS_CHECKS, attrs)
    }
}

impl<'a> TcaStabAttrs<'a> {
    /// Indexes and checks a block of `tca-stab-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `TCA_STAB_BASE`
    #[inline]
    pub fn base(&self) -> Option<TcSizespec> {
        self.0.fixed(TCA_STAB_BASE, TcSizespec::from_bytes)
    }

    /// `TCA_STAB_DATA`
    #[inline]
    pub fn data(&self) -> Option<&'a [u8]> {
        self.0.bytes(TCA_STAB_DATA)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_STAB_BASE if a.raw_kind() == TCA_STAB_BASE => {
                    if a.value().len() == TcSizespec::LEN {
                        TcaStabAttrsBuilder::new(w).base(&TcSizespec::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_STAB_DATA if a.raw_kind() == TCA_STAB_DATA => {
                    TcaStabAttrsBuilder::new(w).data(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`TcaStatsAttrs`] checks of each attribute, from the descriptors.
static TCA_STATS_ATTRS_CHECKS: [Check; 9] = Check::table(&tables::TCA_STATS_ATTRS);

/// The `tca-stats-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TcaStatsAttrs<'a>(Table<'a, 9>);

impl<'a> AttrView<'a> for TcaStatsAttrs<'a> {
    const SET: &'static AttrSet = &tables::TCA_STATS_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &TCA_STATS_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&TCA_STATS_ATTRS_CHECKS, attrs)
    }
}

impl<'a> TcaStatsAttrs<'a> {
    /// Indexes and checks a block of `tca-stats-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 9> {
        &self.0
    }

    /// `TCA_STATS_BASIC`
    #[inline]
    pub fn basic(&self) -> Option<GnetStatsBasic> {
        self.0.fixed(TCA_STATS_BASIC, GnetStatsBasic::from_bytes)
    }

    /// `TCA_STATS_RATE_EST`
    #[inline]
    pub fn rate_est(&self) -> Option<GnetStatsRateEst> {
        self.0
            .fixed(TCA_STATS_RATE_EST, GnetStatsRateEst::from_bytes)
    }

    /// `TCA_STATS_QUEUE`
    #[inline]
    pub fn queue(&self) -> Option<GnetStatsQueue> {
        self.0.fixed(TCA_STATS_QUEUE, GnetStatsQueue::from_bytes)
    }

    /// `TCA_STATS_APP`
    #[inline]
    pub fn app(&self) -> Option<Attr<'a>> {
        self.0.get(TCA_STATS_APP)
    }

    /// `TCA_STATS_RATE_EST64`
    #[inline]
    pub fn rate_est64(&self) -> Option<GnetStatsRateEst64> {
        self.0
            .fixed(TCA_STATS_RATE_EST64, GnetStatsRateEst64::from_bytes)
    }

    /// `TCA_STATS_BASIC_HW`
    #[inline]
    pub fn basic_hw(&self) -> Option<GnetStatsBasic> {
        self.0.fixed(TCA_STATS_BASIC_HW, GnetStatsBasic::from_bytes)
    }

    /// `TCA_STATS_PKT64`
    #[inline]
    pub fn pkt64(&self) -> Option<u64> {
        self.0.u64(TCA_STATS_PKT64)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_STATS_BASIC if a.raw_kind() == TCA_STATS_BASIC => {
                    if a.value().len() == GnetStatsBasic::LEN {
                        TcaStatsAttrsBuilder::new(w)
                            .basic(&GnetStatsBasic::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_STATS_RATE_EST if a.raw_kind() == TCA_STATS_RATE_EST => {
                    if a.value().len() == GnetStatsRateEst::LEN {
                        TcaStatsAttrsBuilder::new(w)
                            .rate_est(&GnetStatsRateEst::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_STATS_QUEUE if a.raw_kind() == TCA_STATS_QUEUE => {
                    if a.value().len() == GnetStatsQueue::LEN {
                        TcaStatsAttrsBuilder::new(w)
                            .queue(&GnetStatsQueue::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_STATS_APP => raw(w, &a)?,
                TCA_STATS_RATE_EST64 if a.raw_kind() == TCA_STATS_RATE_EST64 => {
                    if a.value().len() == GnetStatsRateEst64::LEN {
                        TcaStatsAttrsBuilder::new(w)
                            .rate_est64(&GnetStatsRateEst64::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_STATS_PAD if a.raw_kind() == TCA_STATS_PAD => raw(w, &a)?,
                TCA_STATS_BASIC_HW if a.raw_kind() == TCA_STATS_BASIC_HW => {
                    if a.value().len() == GnetStatsBasic::LEN {
                        TcaStatsAttrsBuilder::new(w)
                            .basic_hw(&GnetStatsBasic::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_STATS_PKT64 if a.raw_kind() == TCA_STATS_PKT64 => {
                    TcaStatsAttrsBuilder::new(w).pkt64(value::u64(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`U32Attrs`] checks of each attribute, from the descriptors.
static U32_ATTRS_CHECKS: [Check; 13] = Check::table(&tables::U32_ATTRS);

/// The `u32-attrs` attributes of `tc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct U32Attrs<'a>(Table<'a, 13>);

impl<'a> AttrView<'a> for U32Attrs<'a> {
    const SET: &'static AttrSet = &tables::U32_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &U32_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&U32_ATTRS_CHECKS, attrs)
    }
}

impl<'a> U32Attrs<'a> {
    /// Indexes and checks a block of `u32-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 13> {
        &self.0
    }

    /// `TCA_U32_CLASSID`
    #[inline]
    pub fn classid(&self) -> Option<u32> {
        self.0.u32(TCA_U32_CLASSID)
    }

    /// `TCA_U32_HASH`
    #[inline]
    pub fn hash(&self) -> Option<u32> {
        self.0.u32(TCA_U32_HASH)
    }

    /// `TCA_U32_LINK`
    #[inline]
    pub fn link(&self) -> Option<u32> {
        self.0.u32(TCA_U32_LINK)
    }

    /// `TCA_U32_DIVISOR`
    #[inline]
    pub fn divisor(&self) -> Option<u32> {
        self.0.u32(TCA_U32_DIVISOR)
    }

    /// `TCA_U32_SEL`
    #[inline]
    pub fn sel(&self) -> Option<TcU32Sel> {
        self.0.fixed(TCA_U32_SEL, TcU32Sel::from_bytes)
    }

    /// `TCA_U32_POLICE`
    #[inline]
    pub fn police(&self) -> Result<Option<PoliceAttrs<'a>>, Error> {
        self.0.nest(TCA_U32_POLICE)
    }

    /// `TCA_U32_ACT`
    #[inline]
    pub fn act(&self) -> Option<Entries<'a, ActAttrs<'a>>> {
        self.0.entries(TCA_U32_ACT)
    }

    /// `TCA_U32_INDEV`
    #[inline]
    pub fn indev(&self) -> Option<&'a str> {
        self.0.str(TCA_U32_INDEV)
    }

    /// `TCA_U32_PCNT`
    #[inline]
    pub fn pcnt(&self) -> Option<TcU32Pcnt> {
        self.0.fixed(TCA_U32_PCNT, TcU32Pcnt::from_bytes)
    }

    /// `TCA_U32_MARK`
    #[inline]
    pub fn mark(&self) -> Option<TcU32Mark> {
        self.0.fixed(TCA_U32_MARK, TcU32Mark::from_bytes)
    }

    /// `TCA_U32_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<u32> {
        self.0.u32(TCA_U32_FLAGS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TCA_U32_CLASSID if a.raw_kind() == TCA_U32_CLASSID => {
                    U32AttrsBuilder::new(w).classid(value::u32(&a))?;
                }
                TCA_U32_HASH if a.raw_kind() == TCA_U32_HASH => {
                    U32AttrsBuilder::new(w).hash(value::u32(&a))?;
                }
                TCA_U32_LINK if a.raw_kind() == TCA_U32_LINK => {
                    U32AttrsBuilder::new(w).link(value::u32(&a))?;
                }
                TCA_U32_DIVISOR if a.raw_kind() == TCA_U32_DIVISOR => {
                    U32AttrsBuilder::new(w).divisor(value::u32(&a))?;
                }
                TCA_U32_SEL if a.raw_kind() == TCA_U32_SEL => {
                    if a.value().len() == TcU32Sel::LEN {
                        U32AttrsBuilder::new(w).sel(&TcU32Sel::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_U32_POLICE => {
                    nest_like(w, &a, |w| PoliceAttrs::parse(a.nested())?.write_to(w))?
                }
                TCA_U32_ACT => nest_like(w, &a, |w| {
                    for e in a.nested() {
                        let e = e?;
                        nest_like(w, &e, |w| ActAttrs::parse(e.nested())?.write_to(w))?;
                    }
                    Ok(())
                })?,
                TCA_U32_INDEV if a.raw_kind() == TCA_U32_INDEV => {
                    U32AttrsBuilder::new(w).indev(value::str(&a))?;
                }
                TCA_U32_PCNT if a.raw_kind() == TCA_U32_PCNT => {
                    if a.value().len() == TcU32Pcnt::LEN {
                        U32AttrsBuilder::new(w).pcnt(&TcU32Pcnt::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_U32_MARK if a.raw_kind() == TCA_U32_MARK => {
                    if a.value().len() == TcU32Mark::LEN {
                        U32AttrsBuilder::new(w).mark(&TcU32Mark::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TCA_U32_FLAGS if a.raw_kind() == TCA_U32_FLAGS => {
                    U32AttrsBuilder::new(w).flags(value::u32(&a))?;
                }
                TCA_U32_PAD if a.raw_kind() == TCA_U32_PAD => raw(w, &a)?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// The `options-msg` sub-message of `tc`, chosen by its selector wherever it sits in the block.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum OptionsMsg<'a> {
    /// Selector `basic`.
    Basic(BasicAttrs<'a>),
    /// Selector `bpf`.
    Bpf(BpfAttrs<'a>),
    /// Selector `bfifo`.
    Bfifo(TcFifoQopt),
    /// Selector `cake`.
    Cake(CakeAttrs<'a>),
    /// Selector `cbs`.
    Cbs(CbsAttrs<'a>),
    /// Selector `cgroup`.
    Cgroup(CgroupAttrs<'a>),
    /// Selector `choke`.
    Choke(ChokeAttrs<'a>),
    /// Selector `clsact`.
    Clsact(Attr<'a>),
    /// Selector `codel`.
    Codel(CodelAttrs<'a>),
    /// Selector `drr`.
    Drr(DrrAttrs<'a>),
    /// Selector `dualpi2`.
    Dualpi2(Dualpi2Attrs<'a>),
    /// Selector `etf`.
    Etf(EtfAttrs<'a>),
    /// Selector `ets`.
    Ets(EtsAttrs<'a>),
    /// Selector `flow`.
    Flow(FlowAttrs<'a>),
    /// Selector `flower`.
    Flower(FlowerAttrs<'a>),
    /// Selector `fq`.
    Fq(FqAttrs<'a>),
    /// Selector `fq_codel`.
    FqCodel(FqCodelAttrs<'a>),
    /// Selector `fq_pie`.
    FqPie(FqPieAttrs<'a>),
    /// Selector `fw`.
    Fw(FwAttrs<'a>),
    /// Selector `gred`.
    Gred(GredAttrs<'a>),
    /// Selector `hfsc`.
    Hfsc(TcHfscQopt),
    /// Selector `hhf`.
    Hhf(HhfAttrs<'a>),
    /// Selector `htb`.
    Htb(HtbAttrs<'a>),
    /// Selector `ingress`.
    Ingress(Attr<'a>),
    /// Selector `matchall`.
    Matchall(MatchallAttrs<'a>),
    /// Selector `mq`.
    Mq(Attr<'a>),
    /// Selector `mqprio`.
    Mqprio(TcMqprioQopt),
    /// Selector `multiq`.
    Multiq(TcMultiqQopt),
    /// Selector `netem`.
    Netem(TcNetemQopt, NetemAttrs<'a>),
    /// Selector `pfifo`.
    Pfifo(TcFifoQopt),
    /// Selector `pfifo_fast`.
    PfifoFast(TcPrioQopt),
    /// Selector `pfifo_head_drop`.
    PfifoHeadDrop(TcFifoQopt),
    /// Selector `pie`.
    Pie(PieAttrs<'a>),
    /// Selector `plug`.
    Plug(TcPlugQopt),
    /// Selector `prio`.
    Prio(TcPrioQopt),
    /// Selector `qfq`.
    Qfq(QfqAttrs<'a>),
    /// Selector `red`.
    Red(RedAttrs<'a>),
    /// Selector `route`.
    Route(RouteAttrs<'a>),
    /// Selector `sfb`.
    Sfb(TcSfbQopt),
    /// Selector `sfq`.
    Sfq(TcSfqQoptV1),
    /// Selector `taprio`.
    Taprio(TaprioAttrs<'a>),
    /// Selector `tbf`.
    Tbf(TbfAttrs<'a>),
    /// Selector `u32`.
    U32(U32Attrs<'a>),
    /// A selector value the spec does not know: the nest, kept raw.
    Other {
        /// The selector attribute, if the block has one.
        selector: Option<Attr<'a>>,
        /// The nest.
        attr: Attr<'a>,
    },
}

impl<'a> OptionsMsg<'a> {
    /// Parses the nest `attr` as the format `selector` names.
    pub fn parse(
        attr: Option<Attr<'a>>,
        selector: Option<Attr<'a>>,
    ) -> Result<Option<Self>, Error> {
        let Some(attr) = attr else { return Ok(None) };
        let format = selector
            .as_ref()
            .and_then(|s| tables::OPTIONS_MSG.variant_for(s.value()));
        Ok(Some(match format.map(|v| v.value) {
            Some("basic") => Self::Basic(BasicAttrs::parse(attr.nested())?),
            Some("bpf") => Self::Bpf(BpfAttrs::parse(attr.nested())?),
            Some("bfifo") => Self::Bfifo(
                <TcFifoQopt as FamilyHeader>::parse(attr.value())
                    .map_err(|e| e.shifted(attr.offset() + 4))?,
            ),
            Some("cake") => Self::Cake(CakeAttrs::parse(attr.nested())?),
            Some("cbs") => Self::Cbs(CbsAttrs::parse(attr.nested())?),
            Some("cgroup") => Self::Cgroup(CgroupAttrs::parse(attr.nested())?),
            Some("choke") => Self::Choke(ChokeAttrs::parse(attr.nested())?),
            Some("clsact") => Self::Clsact(attr),
            Some("codel") => Self::Codel(CodelAttrs::parse(attr.nested())?),
            Some("drr") => Self::Drr(DrrAttrs::parse(attr.nested())?),
            Some("dualpi2") => Self::Dualpi2(Dualpi2Attrs::parse(attr.nested())?),
            Some("etf") => Self::Etf(EtfAttrs::parse(attr.nested())?),
            Some("ets") => Self::Ets(EtsAttrs::parse(attr.nested())?),
            Some("flow") => Self::Flow(FlowAttrs::parse(attr.nested())?),
            Some("flower") => Self::Flower(FlowerAttrs::parse(attr.nested())?),
            Some("fq") => Self::Fq(FqAttrs::parse(attr.nested())?),
            Some("fq_codel") => Self::FqCodel(FqCodelAttrs::parse(attr.nested())?),
            Some("fq_pie") => Self::FqPie(FqPieAttrs::parse(attr.nested())?),
            Some("fw") => Self::Fw(FwAttrs::parse(attr.nested())?),
            Some("gred") => Self::Gred(GredAttrs::parse(attr.nested())?),
            Some("hfsc") => Self::Hfsc(
                <TcHfscQopt as FamilyHeader>::parse(attr.value())
                    .map_err(|e| e.shifted(attr.offset() + 4))?,
            ),
            Some("hhf") => Self::Hhf(HhfAttrs::parse(attr.nested())?),
            Some("htb") => Self::Htb(HtbAttrs::parse(attr.nested())?),
            Some("ingress") => Self::Ingress(attr),
            Some("matchall") => Self::Matchall(MatchallAttrs::parse(attr.nested())?),
            Some("mq") => Self::Mq(attr),
            Some("mqprio") => Self::Mqprio(
                <TcMqprioQopt as FamilyHeader>::parse(attr.value())
                    .map_err(|e| e.shifted(attr.offset() + 4))?,
            ),
            Some("multiq") => Self::Multiq(
                <TcMultiqQopt as FamilyHeader>::parse(attr.value())
                    .map_err(|e| e.shifted(attr.offset() + 4))?,
            ),
            Some("netem") => {
                let (h, v) = split_header::<TcNetemQopt, NetemAttrs<'a>>(&attr)?;
                Self::Netem(h, v)
            }
            Some("pfifo") => Self::Pfifo(
                <TcFifoQopt as FamilyHeader>::parse(attr.value())
                    .map_err(|e| e.shifted(attr.offset() + 4))?,
            ),
            Some("pfifo_fast") => Self::PfifoFast(
                <TcPrioQopt as FamilyHeader>::parse(attr.value())
                    .map_err(|e| e.shifted(attr.offset() + 4))?,
            ),
            Some("pfifo_head_drop") => Self::PfifoHeadDrop(
                <TcFifoQopt as FamilyHeader>::parse(attr.value())
                    .map_err(|e| e.shifted(attr.offset() + 4))?,
            ),
            Some("pie") => Self::Pie(PieAttrs::parse(attr.nested())?),
            Some("plug") => Self::Plug(
                <TcPlugQopt as FamilyHeader>::parse(attr.value())
                    .map_err(|e| e.shifted(attr.offset() + 4))?,
            ),
            Some("prio") => Self::Prio(
                <TcPrioQopt as FamilyHeader>::parse(attr.value())
                    .map_err(|e| e.shifted(attr.offset() + 4))?,
            ),
            Some("qfq") => Self::Qfq(QfqAttrs::parse(attr.nested())?),
            Some("red") => Self::Red(RedAttrs::parse(attr.nested())?),
            Some("route") => Self::Route(RouteAttrs::parse(attr.nested())?),
            Some("sfb") => Self::Sfb(
                <TcSfbQopt as FamilyHeader>::parse(attr.value())
                    .map_err(|e| e.shifted(attr.offset() + 4))?,
            ),
            Some("sfq") => Self::Sfq(
                <TcSfqQoptV1 as FamilyHeader>::parse(attr.value())
                    .map_err(|e| e.shifted(attr.offset() + 4))?,
            ),
            Some("taprio") => Self::Taprio(TaprioAttrs::parse(attr.nested())?),
            Some("tbf") => Self::Tbf(TbfAttrs::parse(attr.nested())?),
            Some("u32") => Self::U32(U32Attrs::parse(attr.nested())?),
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
            Self::Basic(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Bpf(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Bfifo(..) => raw(w, a),
            Self::Cake(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Cbs(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Cgroup(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Choke(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Clsact(..) => raw(w, a),
            Self::Codel(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Drr(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Dualpi2(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Etf(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Ets(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Flow(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Flower(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Fq(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::FqCodel(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::FqPie(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Fw(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Gred(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Hfsc(..) => raw(w, a),
            Self::Hhf(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Htb(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Ingress(..) => raw(w, a),
            Self::Matchall(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Mq(..) => raw(w, a),
            Self::Mqprio(..) => raw(w, a),
            Self::Multiq(..) => raw(w, a),
            Self::Netem(h, v) => nest_like_with_header(w, a, h, |w| v.write_to(w)),
            Self::Pfifo(..) => raw(w, a),
            Self::PfifoFast(..) => raw(w, a),
            Self::PfifoHeadDrop(..) => raw(w, a),
            Self::Pie(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Plug(..) => raw(w, a),
            Self::Prio(..) => raw(w, a),
            Self::Qfq(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Red(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Route(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Sfb(..) => raw(w, a),
            Self::Sfq(..) => raw(w, a),
            Self::Taprio(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Tbf(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::U32(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Other { .. } => raw(w, a),
        }
    }
}

/// The `act-options-msg` sub-message of `tc`, chosen by its selector wherever it sits in the block.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum ActOptionsMsg<'a> {
    /// Selector `bpf`.
    Bpf(ActBpfAttrs<'a>),
    /// Selector `connmark`.
    Connmark(ActConnmarkAttrs<'a>),
    /// Selector `csum`.
    Csum(ActCsumAttrs<'a>),
    /// Selector `ct`.
    Ct(ActCtAttrs<'a>),
    /// Selector `ctinfo`.
    Ctinfo(ActCtinfoAttrs<'a>),
    /// Selector `gact`.
    Gact(ActGactAttrs<'a>),
    /// Selector `gate`.
    Gate(ActGateAttrs<'a>),
    /// Selector `ife`.
    Ife(ActIfeAttrs<'a>),
    /// Selector `mirred`.
    Mirred(ActMirredAttrs<'a>),
    /// Selector `mpls`.
    Mpls(ActMplsAttrs<'a>),
    /// Selector `nat`.
    Nat(ActNatAttrs<'a>),
    /// Selector `pedit`.
    Pedit(ActPeditAttrs<'a>),
    /// Selector `police`.
    Police(PoliceAttrs<'a>),
    /// Selector `sample`.
    Sample(ActSampleAttrs<'a>),
    /// Selector `simple`.
    Simple(ActSimpleAttrs<'a>),
    /// Selector `skbedit`.
    Skbedit(ActSkbeditAttrs<'a>),
    /// Selector `skbmod`.
    Skbmod(ActSkbmodAttrs<'a>),
    /// Selector `tunnel_key`.
    TunnelKey(ActTunnelKeyAttrs<'a>),
    /// Selector `vlan`.
    Vlan(ActVlanAttrs<'a>),
    /// A selector value the spec does not know: the nest, kept raw.
    Other {
        /// The selector attribute, if the block has one.
        selector: Option<Attr<'a>>,
        /// The nest.
        attr: Attr<'a>,
    },
}

impl<'a> ActOptionsMsg<'a> {
    /// Parses the nest `attr` as the format `selector` names.
    pub fn parse(
        attr: Option<Attr<'a>>,
        selector: Option<Attr<'a>>,
    ) -> Result<Option<Self>, Error> {
        let Some(attr) = attr else { return Ok(None) };
        let format = selector
            .as_ref()
            .and_then(|s| tables::ACT_OPTIONS_MSG.variant_for(s.value()));
        Ok(Some(match format.map(|v| v.value) {
            Some("bpf") => Self::Bpf(ActBpfAttrs::parse(attr.nested())?),
            Some("connmark") => Self::Connmark(ActConnmarkAttrs::parse(attr.nested())?),
            Some("csum") => Self::Csum(ActCsumAttrs::parse(attr.nested())?),
            Some("ct") => Self::Ct(ActCtAttrs::parse(attr.nested())?),
            Some("ctinfo") => Self::Ctinfo(ActCtinfoAttrs::parse(attr.nested())?),
            Some("gact") => Self::Gact(ActGactAttrs::parse(attr.nested())?),
            Some("gate") => Self::Gate(ActGateAttrs::parse(attr.nested())?),
            Some("ife") => Self::Ife(ActIfeAttrs::parse(attr.nested())?),
            Some("mirred") => Self::Mirred(ActMirredAttrs::parse(attr.nested())?),
            Some("mpls") => Self::Mpls(ActMplsAttrs::parse(attr.nested())?),
            Some("nat") => Self::Nat(ActNatAttrs::parse(attr.nested())?),
            Some("pedit") => Self::Pedit(ActPeditAttrs::parse(attr.nested())?),
            Some("police") => Self::Police(PoliceAttrs::parse(attr.nested())?),
            Some("sample") => Self::Sample(ActSampleAttrs::parse(attr.nested())?),
            Some("simple") => Self::Simple(ActSimpleAttrs::parse(attr.nested())?),
            Some("skbedit") => Self::Skbedit(ActSkbeditAttrs::parse(attr.nested())?),
            Some("skbmod") => Self::Skbmod(ActSkbmodAttrs::parse(attr.nested())?),
            Some("tunnel_key") => Self::TunnelKey(ActTunnelKeyAttrs::parse(attr.nested())?),
            Some("vlan") => Self::Vlan(ActVlanAttrs::parse(attr.nested())?),
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
            Self::Bpf(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Connmark(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Csum(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Ct(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Ctinfo(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Gact(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Gate(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Ife(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Mirred(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Mpls(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Nat(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Pedit(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Police(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Sample(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Simple(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Skbedit(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Skbmod(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::TunnelKey(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Vlan(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Other { .. } => raw(w, a),
        }
    }
}

/// The `tca-stats-app-msg` sub-message of `tc`, chosen by its selector wherever it sits in the block.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum TcaStatsAppMsg<'a> {
    /// Selector `cake`.
    Cake(CakeStatsAttrs<'a>),
    /// Selector `choke`.
    Choke(TcChokeXstats),
    /// Selector `codel`.
    Codel(TcCodelXstats),
    /// Selector `dualpi2`.
    Dualpi2(TcDualpi2Xstats),
    /// Selector `fq`.
    Fq(TcFqQdStats),
    /// Selector `fq_codel`.
    FqCodel(TcFqCodelXstats),
    /// Selector `fq_pie`.
    FqPie(TcFqPieXstats),
    /// Selector `hhf`.
    Hhf(TcHhfXstats),
    /// Selector `pie`.
    Pie(TcPieXstats),
    /// Selector `red`.
    Red(TcRedXstats),
    /// Selector `sfb`.
    Sfb(TcSfbXstats),
    /// Selector `sfq`.
    Sfq(TcSfqXstats),
    /// A selector value the spec does not know: the nest, kept raw.
    Other {
        /// The selector attribute, if the block has one.
        selector: Option<Attr<'a>>,
        /// The nest.
        attr: Attr<'a>,
    },
}

impl<'a> TcaStatsAppMsg<'a> {
    /// Parses the nest `attr` as the format `selector` names.
    pub fn parse(
        attr: Option<Attr<'a>>,
        selector: Option<Attr<'a>>,
    ) -> Result<Option<Self>, Error> {
        let Some(attr) = attr else { return Ok(None) };
        let format = selector
            .as_ref()
            .and_then(|s| tables::TCA_STATS_APP_MSG.variant_for(s.value()));
        Ok(Some(match format.map(|v| v.value) {
            Some("cake") => Self::Cake(CakeStatsAttrs::parse(attr.nested())?),
            Some("choke") => Self::Choke(
                <TcChokeXstats as FamilyHeader>::parse(attr.value())
                    .map_err(|e| e.shifted(attr.offset() + 4))?,
            ),
            Some("codel") => Self::Codel(
                <TcCodelXstats as FamilyHeader>::parse(attr.value())
                    .map_err(|e| e.shifted(attr.offset() + 4))?,
            ),
            Some("dualpi2") => Self::Dualpi2(
                <TcDualpi2Xstats as FamilyHeader>::parse(attr.value())
                    .map_err(|e| e.shifted(attr.offset() + 4))?,
            ),
            Some("fq") => Self::Fq(
                <TcFqQdStats as FamilyHeader>::parse(attr.value())
                    .map_err(|e| e.shifted(attr.offset() + 4))?,
            ),
            Some("fq_codel") => Self::FqCodel(
                <TcFqCodelXstats as FamilyHeader>::parse(attr.value())
                    .map_err(|e| e.shifted(attr.offset() + 4))?,
            ),
            Some("fq_pie") => Self::FqPie(
                <TcFqPieXstats as FamilyHeader>::parse(attr.value())
                    .map_err(|e| e.shifted(attr.offset() + 4))?,
            ),
            Some("hhf") => Self::Hhf(
                <TcHhfXstats as FamilyHeader>::parse(attr.value())
                    .map_err(|e| e.shifted(attr.offset() + 4))?,
            ),
            Some("pie") => Self::Pie(
                <TcPieXstats as FamilyHeader>::parse(attr.value())
                    .map_err(|e| e.shifted(attr.offset() + 4))?,
            ),
            Some("red") => Self::Red(
                <TcRedXstats as FamilyHeader>::parse(attr.value())
                    .map_err(|e| e.shifted(attr.offset() + 4))?,
            ),
            Some("sfb") => Self::Sfb(
                <TcSfbXstats as FamilyHeader>::parse(attr.value())
                    .map_err(|e| e.shifted(attr.offset() + 4))?,
            ),
            Some("sfq") => Self::Sfq(
                <TcSfqXstats as FamilyHeader>::parse(attr.value())
                    .map_err(|e| e.shifted(attr.offset() + 4))?,
            ),
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
            Self::Cake(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Choke(..) => raw(w, a),
            Self::Codel(..) => raw(w, a),
            Self::Dualpi2(..) => raw(w, a),
            Self::Fq(..) => raw(w, a),
            Self::FqCodel(..) => raw(w, a),
            Self::FqPie(..) => raw(w, a),
            Self::Hhf(..) => raw(w, a),
            Self::Pie(..) => raw(w, a),
            Self::Red(..) => raw(w, a),
            Self::Sfb(..) => raw(w, a),
            Self::Sfq(..) => raw(w, a),
            Self::Other { .. } => raw(w, a),
        }
    }
}

/// Every attribute set of `tc` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 69] = [
    SetRoundtrip {
        set: &tables::ATTRS,
        run: |attrs, w| AttrsAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ACT_ATTRS,
        run: |attrs, w| ActAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ACT_BPF_ATTRS,
        run: |attrs, w| ActBpfAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ACT_CONNMARK_ATTRS,
        run: |attrs, w| ActConnmarkAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ACT_CSUM_ATTRS,
        run: |attrs, w| ActCsumAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ACT_CT_ATTRS,
        run: |attrs, w| ActCtAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ACT_CTINFO_ATTRS,
        run: |attrs, w| ActCtinfoAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ACT_GATE_ATTRS,
        run: |attrs, w| ActGateAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ACT_IFE_ATTRS,
        run: |attrs, w| ActIfeAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ACT_MIRRED_ATTRS,
        run: |attrs, w| ActMirredAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ACT_MPLS_ATTRS,
        run: |attrs, w| ActMplsAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ACT_NAT_ATTRS,
        run: |attrs, w| ActNatAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ACT_PEDIT_ATTRS,
        run: |attrs, w| ActPeditAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ACT_SIMPLE_ATTRS,
        run: |attrs, w| ActSimpleAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ACT_SKBEDIT_ATTRS,
        run: |attrs, w| ActSkbeditAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ACT_SKBMOD_ATTRS,
        run: |attrs, w| ActSkbmodAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ACT_TUNNEL_KEY_ATTRS,
        run: |attrs, w| ActTunnelKeyAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ACT_VLAN_ATTRS,
        run: |attrs, w| ActVlanAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::BASIC_ATTRS,
        run: |attrs, w| BasicAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::BPF_ATTRS,
        run: |attrs, w| BpfAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::CAKE_ATTRS,
        run: |attrs, w| CakeAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::CAKE_STATS_ATTRS,
        run: |attrs, w| CakeStatsAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::CAKE_TIN_STATS_ATTRS,
        run: |attrs, w| CakeTinStatsAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::CBS_ATTRS,
        run: |attrs, w| CbsAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::CGROUP_ATTRS,
        run: |attrs, w| CgroupAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::CHOKE_ATTRS,
        run: |attrs, w| ChokeAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::CODEL_ATTRS,
        run: |attrs, w| CodelAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DRR_ATTRS,
        run: |attrs, w| DrrAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DUALPI2_ATTRS,
        run: |attrs, w| Dualpi2Attrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::EMATCH_ATTRS,
        run: |attrs, w| EmatchAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::FLOW_ATTRS,
        run: |attrs, w| FlowAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::FLOWER_ATTRS,
        run: |attrs, w| FlowerAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::FLOWER_KEY_ENC_OPTS_ATTRS,
        run: |attrs, w| FlowerKeyEncOptsAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::FLOWER_KEY_ENC_OPT_GENEVE_ATTRS,
        run: |attrs, w| FlowerKeyEncOptGeneveAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::FLOWER_KEY_ENC_OPT_VXLAN_ATTRS,
        run: |attrs, w| FlowerKeyEncOptVxlanAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::FLOWER_KEY_ENC_OPT_ERSPAN_ATTRS,
        run: |attrs, w| FlowerKeyEncOptErspanAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::FLOWER_KEY_ENC_OPT_GTP_ATTRS,
        run: |attrs, w| FlowerKeyEncOptGtpAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::FLOWER_KEY_MPLS_OPT_ATTRS,
        run: |attrs, w| FlowerKeyMplsOptAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::FLOWER_KEY_CFM_ATTRS,
        run: |attrs, w| FlowerKeyCfmAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::FW_ATTRS,
        run: |attrs, w| FwAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::GRED_ATTRS,
        run: |attrs, w| GredAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::TCA_GRED_VQ_LIST_ATTRS,
        run: |attrs, w| TcaGredVqListAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::TCA_GRED_VQ_ENTRY_ATTRS,
        run: |attrs, w| TcaGredVqEntryAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::HFSC_ATTRS,
        run: |attrs, w| HfscAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::HHF_ATTRS,
        run: |attrs, w| HhfAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::HTB_ATTRS,
        run: |attrs, w| HtbAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::MATCHALL_ATTRS,
        run: |attrs, w| MatchallAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ETF_ATTRS,
        run: |attrs, w| EtfAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ETS_ATTRS,
        run: |attrs, w| EtsAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::FQ_ATTRS,
        run: |attrs, w| FqAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::FQ_CODEL_ATTRS,
        run: |attrs, w| FqCodelAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::FQ_PIE_ATTRS,
        run: |attrs, w| FqPieAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::NETEM_ATTRS,
        run: |attrs, w| NetemAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::NETEM_LOSS_ATTRS,
        run: |attrs, w| NetemLossAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::PIE_ATTRS,
        run: |attrs, w| PieAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::POLICE_ATTRS,
        run: |attrs, w| PoliceAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::QFQ_ATTRS,
        run: |attrs, w| QfqAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::RED_ATTRS,
        run: |attrs, w| RedAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ROUTE_ATTRS,
        run: |attrs, w| RouteAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::TAPRIO_ATTRS,
        run: |attrs, w| TaprioAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::TAPRIO_SCHED_ENTRY_LIST,
        run: |attrs, w| TaprioSchedEntryList::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::TAPRIO_SCHED_ENTRY,
        run: |attrs, w| TaprioSchedEntry::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::TAPRIO_TC_ENTRY_ATTRS,
        run: |attrs, w| TaprioTcEntryAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::TBF_ATTRS,
        run: |attrs, w| TbfAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ACT_SAMPLE_ATTRS,
        run: |attrs, w| ActSampleAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ACT_GACT_ATTRS,
        run: |attrs, w| ActGactAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::TCA_STAB_ATTRS,
        run: |attrs, w| TcaStabAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::TCA_STATS_ATTRS,
        run: |attrs, w| TcaStatsAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::U32_ATTRS,
        run: |attrs, w| U32Attrs::parse(attrs)?.write_to(w),
    },
];
