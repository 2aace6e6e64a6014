//! Typed views of `nftables`: one per attribute set, parsed in one pass into a table, with
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

/// What [`LogAttrs`] checks of each attribute, from the descriptors.
static LOG_ATTRS_CHECKS: [Check; 7] = Check::table(&tables::LOG_ATTRS);

/// log expression netlink attributes
#[derive(Debug, Clone)]
pub struct LogAttrs<'a>(Table<'a, 7>);

impl<'a> AttrView<'a> for LogAttrs<'a> {
    const SET: &'static AttrSet = &tables::LOG_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LOG_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LOG_ATTRS_CHECKS, attrs)
    }
}

impl<'a> LogAttrs<'a> {
    /// Indexes and checks a block of `log-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 7> {
        &self.0
    }

    /// `NFTABLES_A_LOG_ATTRS_GROUP`: netlink group to send messages to
    #[inline]
    pub fn group(&self) -> Option<u16> {
        self.0.u16_be(NFTABLES_A_LOG_ATTRS_GROUP)
    }

    /// `NFTABLES_A_LOG_ATTRS_PREFIX`: prefix to prepend to log messages
    #[inline]
    pub fn prefix(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_LOG_ATTRS_PREFIX)
    }

    /// `NFTABLES_A_LOG_ATTRS_SNAPLEN`: length of payload to include in netlink message
    #[inline]
    pub fn snaplen(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_LOG_ATTRS_SNAPLEN)
    }

    /// `NFTABLES_A_LOG_ATTRS_QTHRESHOLD`: queue threshold
    #[inline]
    pub fn qthreshold(&self) -> Option<u16> {
        self.0.u16_be(NFTABLES_A_LOG_ATTRS_QTHRESHOLD)
    }

    /// `NFTABLES_A_LOG_ATTRS_LEVEL`: log level
    #[inline]
    pub fn level(&self) -> Option<LogLevel> {
        self.0
            .u32_be(NFTABLES_A_LOG_ATTRS_LEVEL)
            .map(LogLevel::from_value)
    }

    /// `NFTABLES_A_LOG_ATTRS_FLAGS`: logging flags
    #[inline]
    pub fn flags(&self) -> Option<LogFlags> {
        self.0.u32_be(NFTABLES_A_LOG_ATTRS_FLAGS).map(LogFlags)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_LOG_ATTRS_GROUP if a.raw_kind() == NFTABLES_A_LOG_ATTRS_GROUP => {
                    LogAttrsBuilder::new(w).group(value::u16_be(&a))?;
                }
                NFTABLES_A_LOG_ATTRS_PREFIX if a.raw_kind() == NFTABLES_A_LOG_ATTRS_PREFIX => {
                    LogAttrsBuilder::new(w).prefix(value::str(&a))?;
                }
                NFTABLES_A_LOG_ATTRS_SNAPLEN if a.raw_kind() == NFTABLES_A_LOG_ATTRS_SNAPLEN => {
                    LogAttrsBuilder::new(w).snaplen(value::u32_be(&a))?;
                }
                NFTABLES_A_LOG_ATTRS_QTHRESHOLD
                    if a.raw_kind() == NFTABLES_A_LOG_ATTRS_QTHRESHOLD =>
                {
                    LogAttrsBuilder::new(w).qthreshold(value::u16_be(&a))?;
                }
                NFTABLES_A_LOG_ATTRS_LEVEL if a.raw_kind() == NFTABLES_A_LOG_ATTRS_LEVEL => {
                    LogAttrsBuilder::new(w).level(LogLevel::from_value(value::u32_be(&a)))?;
                }
                NFTABLES_A_LOG_ATTRS_FLAGS if a.raw_kind() == NFTABLES_A_LOG_ATTRS_FLAGS => {
                    LogAttrsBuilder::new(w).flags(LogFlags(value::u32_be(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`NumgenAttrs`] checks of each attribute, from the descriptors.
static NUMGEN_ATTRS_CHECKS: [Check; 5] = Check::table(&tables::NUMGEN_ATTRS);

/// nf_tables number generator expression netlink attributes
#[derive(Debug, Clone)]
pub struct NumgenAttrs<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for NumgenAttrs<'a> {
    const SET: &'static AttrSet = &tables::NUMGEN_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &NUMGEN_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&NUMGEN_ATTRS_CHECKS, attrs)
    }
}

impl<'a> NumgenAttrs<'a> {
    /// Indexes and checks a block of `numgen-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `NFTABLES_A_NUMGEN_ATTRS_DREG`: destination register
    #[inline]
    pub fn dreg(&self) -> Option<Registers> {
        self.0
            .u32(NFTABLES_A_NUMGEN_ATTRS_DREG)
            .map(Registers::from_value)
    }

    /// `NFTABLES_A_NUMGEN_ATTRS_MODULUS`: maximum counter value
    #[inline]
    pub fn modulus(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_NUMGEN_ATTRS_MODULUS)
    }

    /// `NFTABLES_A_NUMGEN_ATTRS_TYPE`: operation type
    #[inline]
    pub fn type_(&self) -> Option<NumgenTypes> {
        self.0
            .u32_be(NFTABLES_A_NUMGEN_ATTRS_TYPE)
            .map(NumgenTypes::from_value)
    }

    /// `NFTABLES_A_NUMGEN_ATTRS_OFFSET`: offset to be added to the counter
    #[inline]
    pub fn offset(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_NUMGEN_ATTRS_OFFSET)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_NUMGEN_ATTRS_DREG if a.raw_kind() == NFTABLES_A_NUMGEN_ATTRS_DREG => {
                    NumgenAttrsBuilder::new(w).dreg(Registers::from_value(value::u32(&a)))?;
                }
                NFTABLES_A_NUMGEN_ATTRS_MODULUS
                    if a.raw_kind() == NFTABLES_A_NUMGEN_ATTRS_MODULUS =>
                {
                    NumgenAttrsBuilder::new(w).modulus(value::u32_be(&a))?;
                }
                NFTABLES_A_NUMGEN_ATTRS_TYPE if a.raw_kind() == NFTABLES_A_NUMGEN_ATTRS_TYPE => {
                    NumgenAttrsBuilder::new(w).type_(NumgenTypes::from_value(value::u32_be(&a)))?;
                }
                NFTABLES_A_NUMGEN_ATTRS_OFFSET
                    if a.raw_kind() == NFTABLES_A_NUMGEN_ATTRS_OFFSET =>
                {
                    NumgenAttrsBuilder::new(w).offset(value::u32_be(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`RangeAttrs`] checks of each attribute, from the descriptors.
static RANGE_ATTRS_CHECKS: [Check; 5] = Check::table(&tables::RANGE_ATTRS);

/// The `range-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct RangeAttrs<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for RangeAttrs<'a> {
    const SET: &'static AttrSet = &tables::RANGE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &RANGE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&RANGE_ATTRS_CHECKS, attrs)
    }
}

impl<'a> RangeAttrs<'a> {
    /// Indexes and checks a block of `range-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `NFTABLES_A_RANGE_ATTRS_SREG`: source register of data to compare
    #[inline]
    pub fn sreg(&self) -> Option<Registers> {
        self.0
            .u32_be(NFTABLES_A_RANGE_ATTRS_SREG)
            .map(Registers::from_value)
    }

    /// `NFTABLES_A_RANGE_ATTRS_OP`: cmp operation
    #[inline]
    pub fn op(&self) -> Option<RangeOps> {
        self.0
            .u32_be(NFTABLES_A_RANGE_ATTRS_OP)
            .map(RangeOps::from_value)
    }

    /// `NFTABLES_A_RANGE_ATTRS_FROM_DATA`: data range from
    #[inline]
    pub fn from_data(&self) -> Result<Option<DataAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_RANGE_ATTRS_FROM_DATA)
    }

    /// `NFTABLES_A_RANGE_ATTRS_TO_DATA`: data range to
    #[inline]
    pub fn to_data(&self) -> Result<Option<DataAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_RANGE_ATTRS_TO_DATA)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_RANGE_ATTRS_SREG if a.raw_kind() == NFTABLES_A_RANGE_ATTRS_SREG => {
                    RangeAttrsBuilder::new(w).sreg(Registers::from_value(value::u32_be(&a)))?;
                }
                NFTABLES_A_RANGE_ATTRS_OP if a.raw_kind() == NFTABLES_A_RANGE_ATTRS_OP => {
                    RangeAttrsBuilder::new(w).op(RangeOps::from_value(value::u32_be(&a)))?;
                }
                NFTABLES_A_RANGE_ATTRS_FROM_DATA => {
                    nest_like(w, &a, |w| DataAttrs::parse(a.nested())?.write_to(w))?
                }
                NFTABLES_A_RANGE_ATTRS_TO_DATA => {
                    nest_like(w, &a, |w| DataAttrs::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`BatchAttrs`] checks of each attribute, from the descriptors.
static BATCH_ATTRS_CHECKS: [Check; 2] = Check::table(&tables::BATCH_ATTRS);

/// The `batch-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct BatchAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for BatchAttrs<'a> {
    const SET: &'static AttrSet = &tables::BATCH_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &BATCH_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&BATCH_ATTRS_CHECKS, attrs)
    }
}

impl<'a> BatchAttrs<'a> {
    /// Indexes and checks a block of `batch-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `NFTABLES_A_BATCH_ATTRS_GENID`: generation ID for this changeset
    #[inline]
    pub fn genid(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_BATCH_ATTRS_GENID)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_BATCH_ATTRS_GENID if a.raw_kind() == NFTABLES_A_BATCH_ATTRS_GENID => {
                    BatchAttrsBuilder::new(w).genid(value::u32_be(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`TableAttrs`] checks of each attribute, from the descriptors.
static TABLE_ATTRS_CHECKS: [Check; 8] = Check::table(&tables::TABLE_ATTRS);

/// The `table-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TableAttrs<'a>(Table<'a, 8>);

impl<'a> AttrView<'a> for TableAttrs<'a> {
    const SET: &'static AttrSet = &tables::TABLE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &TABLE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&TABLE_ATTRS_CHECKS, attrs)
    }
}

impl<'a> TableAttrs<'a> {
    /// Indexes and checks a block of `table-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 8> {
        &self.0
    }

    /// `NFTABLES_A_TABLE_ATTRS_NAME`: name of the table
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_TABLE_ATTRS_NAME)
    }

    /// `NFTABLES_A_TABLE_ATTRS_FLAGS`: bitmask of flags
    #[inline]
    pub fn flags(&self) -> Option<TableFlags> {
        self.0.u32_be(NFTABLES_A_TABLE_ATTRS_FLAGS).map(TableFlags)
    }

    /// `NFTABLES_A_TABLE_ATTRS_USE`: number of chains in this table
    #[inline]
    pub fn use_(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_TABLE_ATTRS_USE)
    }

    /// `NFTABLES_A_TABLE_ATTRS_HANDLE`: numeric handle of the table
    #[inline]
    pub fn handle(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_TABLE_ATTRS_HANDLE)
    }

    /// `NFTABLES_A_TABLE_ATTRS_USERDATA`: user data
    #[inline]
    pub fn userdata(&self) -> Option<&'a [u8]> {
        self.0.bytes(NFTABLES_A_TABLE_ATTRS_USERDATA)
    }

    /// `NFTABLES_A_TABLE_ATTRS_OWNER`: owner of this table through netlink portID
    #[inline]
    pub fn owner(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_TABLE_ATTRS_OWNER)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_TABLE_ATTRS_NAME if a.raw_kind() == NFTABLES_A_TABLE_ATTRS_NAME => {
                    TableAttrsBuilder::new(w).name(value::str(&a))?;
                }
                NFTABLES_A_TABLE_ATTRS_FLAGS if a.raw_kind() == NFTABLES_A_TABLE_ATTRS_FLAGS => {
                    TableAttrsBuilder::new(w).flags(TableFlags(value::u32_be(&a)))?;
                }
                NFTABLES_A_TABLE_ATTRS_USE if a.raw_kind() == NFTABLES_A_TABLE_ATTRS_USE => {
                    TableAttrsBuilder::new(w).use_(value::u32_be(&a))?;
                }
                NFTABLES_A_TABLE_ATTRS_HANDLE if a.raw_kind() == NFTABLES_A_TABLE_ATTRS_HANDLE => {
                    TableAttrsBuilder::new(w).handle(value::u64_be(&a))?;
                }
                NFTABLES_A_TABLE_ATTRS_PAD if a.raw_kind() == NFTABLES_A_TABLE_ATTRS_PAD => {
                    raw(w, &a)?
                }
                NFTABLES_A_TABLE_ATTRS_USERDATA
                    if a.raw_kind() == NFTABLES_A_TABLE_ATTRS_USERDATA =>
                {
                    TableAttrsBuilder::new(w).userdata(a.value())?;
                }
                NFTABLES_A_TABLE_ATTRS_OWNER if a.raw_kind() == NFTABLES_A_TABLE_ATTRS_OWNER => {
                    TableAttrsBuilder::new(w).owner(value::u32_be(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ChainAttrs`] checks of each attribute, from the descriptors.
static CHAIN_ATTRS_CHECKS: [Check; 13] = Check::table(&tables::CHAIN_ATTRS);

/// The `chain-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ChainAttrs<'a>(Table<'a, 13>);

impl<'a> AttrView<'a> for ChainAttrs<'a> {
    const SET: &'static AttrSet = &tables::CHAIN_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &CHAIN_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&CHAIN_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ChainAttrs<'a> {
    /// Indexes and checks a block of `chain-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 13> {
        &self.0
    }

    /// `NFTABLES_A_CHAIN_ATTRS_TABLE`: name of the table containing the chain
    #[inline]
    pub fn table_attr(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_CHAIN_ATTRS_TABLE)
    }

    /// `NFTABLES_A_CHAIN_ATTRS_HANDLE`: numeric handle of the chain
    #[inline]
    pub fn handle(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_CHAIN_ATTRS_HANDLE)
    }

    /// `NFTABLES_A_CHAIN_ATTRS_NAME`: name of the chain
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_CHAIN_ATTRS_NAME)
    }

    /// `NFTABLES_A_CHAIN_ATTRS_HOOK`: hook specification for basechains
    #[inline]
    pub fn hook(&self) -> Result<Option<NftHookAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_CHAIN_ATTRS_HOOK)
    }

    /// `NFTABLES_A_CHAIN_ATTRS_POLICY`: numeric policy of the chain
    #[inline]
    pub fn policy(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_CHAIN_ATTRS_POLICY)
    }

    /// `NFTABLES_A_CHAIN_ATTRS_USE`: number of references to this chain
    #[inline]
    pub fn use_(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_CHAIN_ATTRS_USE)
    }

    /// `NFTABLES_A_CHAIN_ATTRS_TYPE`: type name of the chain
    #[inline]
    pub fn type_(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_CHAIN_ATTRS_TYPE)
    }

    /// `NFTABLES_A_CHAIN_ATTRS_COUNTERS`: counter specification of the chain
    #[inline]
    pub fn counters(&self) -> Result<Option<NftCounterAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_CHAIN_ATTRS_COUNTERS)
    }

    /// `NFTABLES_A_CHAIN_ATTRS_FLAGS`: chain flags
    #[inline]
    pub fn flags(&self) -> Option<ChainFlags> {
        self.0.u32_be(NFTABLES_A_CHAIN_ATTRS_FLAGS).map(ChainFlags)
    }

    /// `NFTABLES_A_CHAIN_ATTRS_ID`: uniquely identifies a chain in a transaction
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_CHAIN_ATTRS_ID)
    }

    /// `NFTABLES_A_CHAIN_ATTRS_USERDATA`: user data
    #[inline]
    pub fn userdata(&self) -> Option<&'a [u8]> {
        self.0.bytes(NFTABLES_A_CHAIN_ATTRS_USERDATA)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_CHAIN_ATTRS_TABLE if a.raw_kind() == NFTABLES_A_CHAIN_ATTRS_TABLE => {
                    ChainAttrsBuilder::new(w).table_attr(value::str(&a))?;
                }
                NFTABLES_A_CHAIN_ATTRS_HANDLE if a.raw_kind() == NFTABLES_A_CHAIN_ATTRS_HANDLE => {
                    ChainAttrsBuilder::new(w).handle(value::u64_be(&a))?;
                }
                NFTABLES_A_CHAIN_ATTRS_NAME if a.raw_kind() == NFTABLES_A_CHAIN_ATTRS_NAME => {
                    ChainAttrsBuilder::new(w).name(value::str(&a))?;
                }
                NFTABLES_A_CHAIN_ATTRS_HOOK => {
                    nest_like(w, &a, |w| NftHookAttrs::parse(a.nested())?.write_to(w))?
                }
                NFTABLES_A_CHAIN_ATTRS_POLICY if a.raw_kind() == NFTABLES_A_CHAIN_ATTRS_POLICY => {
                    ChainAttrsBuilder::new(w).policy(value::u32_be(&a))?;
                }
                NFTABLES_A_CHAIN_ATTRS_USE if a.raw_kind() == NFTABLES_A_CHAIN_ATTRS_USE => {
                    ChainAttrsBuilder::new(w).use_(value::u32_be(&a))?;
                }
                NFTABLES_A_CHAIN_ATTRS_TYPE if a.raw_kind() == NFTABLES_A_CHAIN_ATTRS_TYPE => {
                    ChainAttrsBuilder::new(w).type_(value::str(&a))?;
                }
                NFTABLES_A_CHAIN_ATTRS_COUNTERS => {
                    nest_like(w, &a, |w| NftCounterAttrs::parse(a.nested())?.write_to(w))?
                }
                NFTABLES_A_CHAIN_ATTRS_FLAGS if a.raw_kind() == NFTABLES_A_CHAIN_ATTRS_FLAGS => {
                    ChainAttrsBuilder::new(w).flags(ChainFlags(value::u32_be(&a)))?;
                }
                NFTABLES_A_CHAIN_ATTRS_ID if a.raw_kind() == NFTABLES_A_CHAIN_ATTRS_ID => {
                    ChainAttrsBuilder::new(w).id(value::u32_be(&a))?;
                }
                NFTABLES_A_CHAIN_ATTRS_USERDATA
                    if a.raw_kind() == NFTABLES_A_CHAIN_ATTRS_USERDATA =>
                {
                    ChainAttrsBuilder::new(w).userdata(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`CounterAttrs`] checks of each attribute, from the descriptors.
static COUNTER_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::COUNTER_ATTRS);

/// The `counter-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CounterAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for CounterAttrs<'a> {
    const SET: &'static AttrSet = &tables::COUNTER_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &COUNTER_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&COUNTER_ATTRS_CHECKS, attrs)
    }
}

impl<'a> CounterAttrs<'a> {
    /// Indexes and checks a block of `counter-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFTABLES_A_COUNTER_ATTRS_BYTES`
    #[inline]
    pub fn bytes(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_COUNTER_ATTRS_BYTES)
    }

    /// `NFTABLES_A_COUNTER_ATTRS_PACKETS`
    #[inline]
    pub fn packets(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_COUNTER_ATTRS_PACKETS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_COUNTER_ATTRS_BYTES
                    if a.raw_kind() == NFTABLES_A_COUNTER_ATTRS_BYTES =>
                {
                    CounterAttrsBuilder::new(w).bytes(value::u64_be(&a))?;
                }
                NFTABLES_A_COUNTER_ATTRS_PACKETS
                    if a.raw_kind() == NFTABLES_A_COUNTER_ATTRS_PACKETS =>
                {
                    CounterAttrsBuilder::new(w).packets(value::u64_be(&a))?;
                }
                NFTABLES_A_COUNTER_ATTRS_PAD if a.raw_kind() == NFTABLES_A_COUNTER_ATTRS_PAD => {
                    raw(w, &a)?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`NftHookAttrs`] checks of each attribute, from the descriptors.
static NFT_HOOK_ATTRS_CHECKS: [Check; 5] = Check::table(&tables::NFT_HOOK_ATTRS);

/// The `nft-hook-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct NftHookAttrs<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for NftHookAttrs<'a> {
    const SET: &'static AttrSet = &tables::NFT_HOOK_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &NFT_HOOK_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&NFT_HOOK_ATTRS_CHECKS, attrs)
    }
}

impl<'a> NftHookAttrs<'a> {
    /// Indexes and checks a block of `nft-hook-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `NFTABLES_A_NFT_HOOK_ATTRS_NUM`
    #[inline]
    pub fn num(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_NFT_HOOK_ATTRS_NUM)
    }

    /// `NFTABLES_A_NFT_HOOK_ATTRS_PRIORITY`
    #[inline]
    pub fn priority(&self) -> Option<i32> {
        self.0.i32_be(NFTABLES_A_NFT_HOOK_ATTRS_PRIORITY)
    }

    /// `NFTABLES_A_NFT_HOOK_ATTRS_DEV`: net device name
    #[inline]
    pub fn dev(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_NFT_HOOK_ATTRS_DEV)
    }

    /// `NFTABLES_A_NFT_HOOK_ATTRS_DEVS`: list of net devices
    #[inline]
    pub fn devs(&self) -> Result<Option<HookDevAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_NFT_HOOK_ATTRS_DEVS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_NFT_HOOK_ATTRS_NUM if a.raw_kind() == NFTABLES_A_NFT_HOOK_ATTRS_NUM => {
                    NftHookAttrsBuilder::new(w).num(value::u32_be(&a))?;
                }
                NFTABLES_A_NFT_HOOK_ATTRS_PRIORITY
                    if a.raw_kind() == NFTABLES_A_NFT_HOOK_ATTRS_PRIORITY =>
                {
                    NftHookAttrsBuilder::new(w).priority(value::i32_be(&a))?;
                }
                NFTABLES_A_NFT_HOOK_ATTRS_DEV if a.raw_kind() == NFTABLES_A_NFT_HOOK_ATTRS_DEV => {
                    NftHookAttrsBuilder::new(w).dev(value::str(&a))?;
                }
                NFTABLES_A_NFT_HOOK_ATTRS_DEVS => {
                    nest_like(w, &a, |w| HookDevAttrs::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`HookDevAttrs`] checks of each attribute, from the descriptors.
static HOOK_DEV_ATTRS_CHECKS: [Check; 2] = Check::table(&tables::HOOK_DEV_ATTRS);

/// The `hook-dev-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct HookDevAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for HookDevAttrs<'a> {
    const SET: &'static AttrSet = &tables::HOOK_DEV_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &HOOK_DEV_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&HOOK_DEV_ATTRS_CHECKS, attrs)
    }
}

impl<'a> HookDevAttrs<'a> {
    /// Indexes and checks a block of `hook-dev-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `NFTABLES_A_HOOK_DEV_ATTRS_NAME`
    #[inline]
    pub fn name(&self) -> impl Iterator<Item = &'a str> + 'a {
        self.0
            .all(NFTABLES_A_HOOK_DEV_ATTRS_NAME)
            .filter_map(|a| a.as_unterminated_str().ok())
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_HOOK_DEV_ATTRS_NAME
                    if a.raw_kind() == NFTABLES_A_HOOK_DEV_ATTRS_NAME =>
                {
                    HookDevAttrsBuilder::new(w).name(value::str(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`NftCounterAttrs`] checks of each attribute, from the descriptors.
static NFT_COUNTER_ATTRS_CHECKS: [Check; 3] = Check::table(&tables::NFT_COUNTER_ATTRS);

/// The `nft-counter-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct NftCounterAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for NftCounterAttrs<'a> {
    const SET: &'static AttrSet = &tables::NFT_COUNTER_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &NFT_COUNTER_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&NFT_COUNTER_ATTRS_CHECKS, attrs)
    }
}

impl<'a> NftCounterAttrs<'a> {
    /// Indexes and checks a block of `nft-counter-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `NFTABLES_A_NFT_COUNTER_ATTRS_BYTES`
    #[inline]
    pub fn bytes(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_NFT_COUNTER_ATTRS_BYTES)
    }

    /// `NFTABLES_A_NFT_COUNTER_ATTRS_PACKETS`
    #[inline]
    pub fn packets(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_NFT_COUNTER_ATTRS_PACKETS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_NFT_COUNTER_ATTRS_BYTES
                    if a.raw_kind() == NFTABLES_A_NFT_COUNTER_ATTRS_BYTES =>
                {
                    NftCounterAttrsBuilder::new(w).bytes(value::u64_be(&a))?;
                }
                NFTABLES_A_NFT_COUNTER_ATTRS_PACKETS
                    if a.raw_kind() == NFTABLES_A_NFT_COUNTER_ATTRS_PACKETS =>
                {
                    NftCounterAttrsBuilder::new(w).packets(value::u64_be(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`RuleAttrs`] checks of each attribute, from the descriptors.
static RULE_ATTRS_CHECKS: [Check; 12] = Check::table(&tables::RULE_ATTRS);

/// The `rule-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct RuleAttrs<'a>(Table<'a, 12>);

impl<'a> AttrView<'a> for RuleAttrs<'a> {
    const SET: &'static AttrSet = &tables::RULE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &RULE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&RULE_ATTRS_CHECKS, attrs)
    }
}

impl<'a> RuleAttrs<'a> {
    /// Indexes and checks a block of `rule-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 12> {
        &self.0
    }

    /// `NFTABLES_A_RULE_ATTRS_TABLE`: name of the table containing the rule
    #[inline]
    pub fn table_attr(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_RULE_ATTRS_TABLE)
    }

    /// `NFTABLES_A_RULE_ATTRS_CHAIN`: name of the chain containing the rule
    #[inline]
    pub fn chain(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_RULE_ATTRS_CHAIN)
    }

    /// `NFTABLES_A_RULE_ATTRS_HANDLE`: numeric handle of the rule
    #[inline]
    pub fn handle(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_RULE_ATTRS_HANDLE)
    }

    /// `NFTABLES_A_RULE_ATTRS_EXPRESSIONS`: list of expressions
    #[inline]
    pub fn expressions(&self) -> Result<Option<ExprListAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_RULE_ATTRS_EXPRESSIONS)
    }

    /// `NFTABLES_A_RULE_ATTRS_COMPAT`: compatibility specifications of the rule
    #[inline]
    pub fn compat(&self) -> Result<Option<RuleCompatAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_RULE_ATTRS_COMPAT)
    }

    /// `NFTABLES_A_RULE_ATTRS_POSITION`: numeric handle of the previous rule
    #[inline]
    pub fn position(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_RULE_ATTRS_POSITION)
    }

    /// `NFTABLES_A_RULE_ATTRS_USERDATA`: user data
    #[inline]
    pub fn userdata(&self) -> Option<&'a [u8]> {
        self.0.bytes(NFTABLES_A_RULE_ATTRS_USERDATA)
    }

    /// `NFTABLES_A_RULE_ATTRS_ID`: uniquely identifies a rule in a transaction
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32(NFTABLES_A_RULE_ATTRS_ID)
    }

    /// `NFTABLES_A_RULE_ATTRS_POSITION_ID`: transaction unique identifier of the previous rule
    #[inline]
    pub fn position_id(&self) -> Option<u32> {
        self.0.u32(NFTABLES_A_RULE_ATTRS_POSITION_ID)
    }

    /// `NFTABLES_A_RULE_ATTRS_CHAIN_ID`: add the rule to chain by ID, alternative to chain name
    #[inline]
    pub fn chain_id(&self) -> Option<u32> {
        self.0.u32(NFTABLES_A_RULE_ATTRS_CHAIN_ID)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_RULE_ATTRS_TABLE if a.raw_kind() == NFTABLES_A_RULE_ATTRS_TABLE => {
                    RuleAttrsBuilder::new(w).table_attr(value::str(&a))?;
                }
                NFTABLES_A_RULE_ATTRS_CHAIN if a.raw_kind() == NFTABLES_A_RULE_ATTRS_CHAIN => {
                    RuleAttrsBuilder::new(w).chain(value::str(&a))?;
                }
                NFTABLES_A_RULE_ATTRS_HANDLE if a.raw_kind() == NFTABLES_A_RULE_ATTRS_HANDLE => {
                    RuleAttrsBuilder::new(w).handle(value::u64_be(&a))?;
                }
                NFTABLES_A_RULE_ATTRS_EXPRESSIONS => {
                    nest_like(w, &a, |w| ExprListAttrs::parse(a.nested())?.write_to(w))?
                }
                NFTABLES_A_RULE_ATTRS_COMPAT => {
                    nest_like(w, &a, |w| RuleCompatAttrs::parse(a.nested())?.write_to(w))?
                }
                NFTABLES_A_RULE_ATTRS_POSITION
                    if a.raw_kind() == NFTABLES_A_RULE_ATTRS_POSITION =>
                {
                    RuleAttrsBuilder::new(w).position(value::u64_be(&a))?;
                }
                NFTABLES_A_RULE_ATTRS_USERDATA
                    if a.raw_kind() == NFTABLES_A_RULE_ATTRS_USERDATA =>
                {
                    RuleAttrsBuilder::new(w).userdata(a.value())?;
                }
                NFTABLES_A_RULE_ATTRS_ID if a.raw_kind() == NFTABLES_A_RULE_ATTRS_ID => {
                    RuleAttrsBuilder::new(w).id(value::u32(&a))?;
                }
                NFTABLES_A_RULE_ATTRS_POSITION_ID
                    if a.raw_kind() == NFTABLES_A_RULE_ATTRS_POSITION_ID =>
                {
                    RuleAttrsBuilder::new(w).position_id(value::u32(&a))?;
                }
                NFTABLES_A_RULE_ATTRS_CHAIN_ID
                    if a.raw_kind() == NFTABLES_A_RULE_ATTRS_CHAIN_ID =>
                {
                    RuleAttrsBuilder::new(w).chain_id(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ExprListAttrs`] checks of each attribute, from the descriptors.
static EXPR_LIST_ATTRS_CHECKS: [Check; 2] = Check::table(&tables::EXPR_LIST_ATTRS);

/// The `expr-list-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprListAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for ExprListAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_LIST_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &EXPR_LIST_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&EXPR_LIST_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ExprListAttrs<'a> {
    /// Indexes and checks a block of `expr-list-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_LIST_ATTRS_ELEM`
    #[inline]
    pub fn elem(&self) -> impl Iterator<Item = Result<ExprAttrs<'a>, Error>> + 'a {
        self.0
            .all(NFTABLES_A_EXPR_LIST_ATTRS_ELEM)
            .map(|a| ExprAttrs::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_EXPR_LIST_ATTRS_ELEM => {
                    nest_like(w, &a, |w| ExprAttrs::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ExprAttrs`] checks of each attribute, from the descriptors.
static EXPR_ATTRS_CHECKS: [Check; 3] = Check::table(&tables::EXPR_ATTRS);

/// The `expr-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for ExprAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &EXPR_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&EXPR_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ExprAttrs<'a> {
    /// Indexes and checks a block of `expr-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_ATTRS_NAME`: name of the expression type
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_EXPR_ATTRS_NAME)
    }

    /// `NFTABLES_A_EXPR_ATTRS_DATA`: type specific data
    #[inline]
    pub fn data(&self) -> Result<Option<ExprOps<'a>>, Error> {
        ExprOps::parse(
            self.0.get(NFTABLES_A_EXPR_ATTRS_DATA),
            self.0.get(NFTABLES_A_EXPR_ATTRS_NAME),
        )
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_EXPR_ATTRS_NAME if a.raw_kind() == NFTABLES_A_EXPR_ATTRS_NAME => {
                    ExprAttrsBuilder::new(w).name(value::str(&a))?;
                }
                NFTABLES_A_EXPR_ATTRS_DATA => {
                    match ExprOps::parse(Some(a), self.0.get(NFTABLES_A_EXPR_ATTRS_NAME))? {
                        Some(m) => m.write_to(w, &a)?,
                        None => raw(w, &a)?,
                    }
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`RuleCompatAttrs`] checks of each attribute, from the descriptors.
static RULE_COMPAT_ATTRS_CHECKS: [Check; 3] = Check::table(&tables::RULE_COMPAT_ATTRS);

/// The `rule-compat-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct RuleCompatAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for RuleCompatAttrs<'a> {
    const SET: &'static AttrSet = &tables::RULE_COMPAT_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &RULE_COMPAT_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&RULE_COMPAT_ATTRS_CHECKS, attrs)
    }
}

impl<'a> RuleCompatAttrs<'a> {
    /// Indexes and checks a block of `rule-compat-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `NFTABLES_A_RULE_COMPAT_ATTRS_PROTO`: numeric value of the handled protocol
    #[inline]
    pub fn proto(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_RULE_COMPAT_ATTRS_PROTO)
    }

    /// `NFTABLES_A_RULE_COMPAT_ATTRS_FLAGS`: bitmask of flags
    #[inline]
    pub fn flags(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_RULE_COMPAT_ATTRS_FLAGS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_RULE_COMPAT_ATTRS_PROTO
                    if a.raw_kind() == NFTABLES_A_RULE_COMPAT_ATTRS_PROTO =>
                {
                    RuleCompatAttrsBuilder::new(w).proto(value::u32_be(&a))?;
                }
                NFTABLES_A_RULE_COMPAT_ATTRS_FLAGS
                    if a.raw_kind() == NFTABLES_A_RULE_COMPAT_ATTRS_FLAGS =>
                {
                    RuleCompatAttrsBuilder::new(w).flags(value::u32_be(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`SetAttrs`] checks of each attribute, from the descriptors.
static SET_ATTRS_CHECKS: [Check; 21] = Check::table(&tables::SET_ATTRS);

/// The `set-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SetAttrs<'a>(Table<'a, 21>);

impl<'a> AttrView<'a> for SetAttrs<'a> {
    const SET: &'static AttrSet = &tables::SET_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &SET_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&SET_ATTRS_CHECKS, attrs)
    }
}

impl<'a> SetAttrs<'a> {
    /// Indexes and checks a block of `set-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 21> {
        &self.0
    }

    /// `NFTABLES_A_SET_ATTRS_TABLE`: table name
    #[inline]
    pub fn table_attr(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_SET_ATTRS_TABLE)
    }

    /// `NFTABLES_A_SET_ATTRS_NAME`: set name
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_SET_ATTRS_NAME)
    }

    /// `NFTABLES_A_SET_ATTRS_FLAGS`: bitmask of enum nft_set_flags
    #[inline]
    pub fn flags(&self) -> Option<SetFlags> {
        self.0.u32_be(NFTABLES_A_SET_ATTRS_FLAGS).map(SetFlags)
    }

    /// `NFTABLES_A_SET_ATTRS_KEY_TYPE`: key data type, informational purpose only
    #[inline]
    pub fn key_type(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_SET_ATTRS_KEY_TYPE)
    }

    /// `NFTABLES_A_SET_ATTRS_KEY_LEN`: key data length
    #[inline]
    pub fn key_len(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_SET_ATTRS_KEY_LEN)
    }

    /// `NFTABLES_A_SET_ATTRS_DATA_TYPE`: mapping data type
    #[inline]
    pub fn data_type(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_SET_ATTRS_DATA_TYPE)
    }

    /// `NFTABLES_A_SET_ATTRS_DATA_LEN`: mapping data length
    #[inline]
    pub fn data_len(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_SET_ATTRS_DATA_LEN)
    }

    /// `NFTABLES_A_SET_ATTRS_POLICY`: selection policy
    #[inline]
    pub fn policy(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_SET_ATTRS_POLICY)
    }

    /// `NFTABLES_A_SET_ATTRS_DESC`: set description
    #[inline]
    pub fn desc(&self) -> Result<Option<SetDescAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_SET_ATTRS_DESC)
    }

    /// `NFTABLES_A_SET_ATTRS_ID`: uniquely identifies a set in a transaction
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32(NFTABLES_A_SET_ATTRS_ID)
    }

    /// `NFTABLES_A_SET_ATTRS_TIMEOUT`: default timeout value
    #[inline]
    pub fn timeout(&self) -> Option<u64> {
        self.0.u64(NFTABLES_A_SET_ATTRS_TIMEOUT)
    }

    /// `NFTABLES_A_SET_ATTRS_GC_INTERVAL`: garbage collection interval
    #[inline]
    pub fn gc_interval(&self) -> Option<u32> {
        self.0.u32(NFTABLES_A_SET_ATTRS_GC_INTERVAL)
    }

    /// `NFTABLES_A_SET_ATTRS_USERDATA`: user data
    #[inline]
    pub fn userdata(&self) -> Option<&'a [u8]> {
        self.0.bytes(NFTABLES_A_SET_ATTRS_USERDATA)
    }

    /// `NFTABLES_A_SET_ATTRS_OBJ_TYPE`: stateful object type
    #[inline]
    pub fn obj_type(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_SET_ATTRS_OBJ_TYPE)
    }

    /// `NFTABLES_A_SET_ATTRS_HANDLE`: set handle
    #[inline]
    pub fn handle(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_SET_ATTRS_HANDLE)
    }

    /// `NFTABLES_A_SET_ATTRS_EXPR`: set expression
    #[inline]
    pub fn expr(&self) -> impl Iterator<Item = Result<ExprAttrs<'a>, Error>> + 'a {
        self.0
            .all(NFTABLES_A_SET_ATTRS_EXPR)
            .map(|a| ExprAttrs::parse(a.nested()))
    }

    /// `NFTABLES_A_SET_ATTRS_EXPRESSIONS`: list of expressions
    #[inline]
    pub fn expressions(&self) -> Result<Option<SetListAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_SET_ATTRS_EXPRESSIONS)
    }

    /// `NFTABLES_A_SET_ATTRS_TYPE`: set backend type
    #[inline]
    pub fn type_(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_SET_ATTRS_TYPE)
    }

    /// `NFTABLES_A_SET_ATTRS_COUNT`: number of set elements
    #[inline]
    pub fn count(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_SET_ATTRS_COUNT)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_SET_ATTRS_TABLE if a.raw_kind() == NFTABLES_A_SET_ATTRS_TABLE => {
                    SetAttrsBuilder::new(w).table_attr(value::str(&a))?;
                }
                NFTABLES_A_SET_ATTRS_NAME if a.raw_kind() == NFTABLES_A_SET_ATTRS_NAME => {
                    SetAttrsBuilder::new(w).name(value::str(&a))?;
                }
                NFTABLES_A_SET_ATTRS_FLAGS if a.raw_kind() == NFTABLES_A_SET_ATTRS_FLAGS => {
                    SetAttrsBuilder::new(w).flags(SetFlags(value::u32_be(&a)))?;
                }
                NFTABLES_A_SET_ATTRS_KEY_TYPE if a.raw_kind() == NFTABLES_A_SET_ATTRS_KEY_TYPE => {
                    SetAttrsBuilder::new(w).key_type(value::u32_be(&a))?;
                }
                NFTABLES_A_SET_ATTRS_KEY_LEN if a.raw_kind() == NFTABLES_A_SET_ATTRS_KEY_LEN => {
                    SetAttrsBuilder::new(w).key_len(value::u32_be(&a))?;
                }
                NFTABLES_A_SET_ATTRS_DATA_TYPE
                    if a.raw_kind() == NFTABLES_A_SET_ATTRS_DATA_TYPE =>
                {
                    SetAttrsBuilder::new(w).data_type(value::u32_be(&a))?;
                }
                NFTABLES_A_SET_ATTRS_DATA_LEN if a.raw_kind() == NFTABLES_A_SET_ATTRS_DATA_LEN => {
                    SetAttrsBuilder::new(w).data_len(value::u32_be(&a))?;
                }
                NFTABLES_A_SET_ATTRS_POLICY if a.raw_kind() == NFTABLES_A_SET_ATTRS_POLICY => {
                    SetAttrsBuilder::new(w).policy(value::u32_be(&a))?;
                }
                NFTABLES_A_SET_ATTRS_DESC => {
                    nest_like(w, &a, |w| SetDescAttrs::parse(a.nested())?.write_to(w))?
                }
                NFTABLES_A_SET_ATTRS_ID if a.raw_kind() == NFTABLES_A_SET_ATTRS_ID => {
                    SetAttrsBuilder::new(w).id(value::u32(&a))?;
                }
                NFTABLES_A_SET_ATTRS_TIMEOUT if a.raw_kind() == NFTABLES_A_SET_ATTRS_TIMEOUT => {
                    SetAttrsBuilder::new(w).timeout(value::u64(&a))?;
                }
                NFTABLES_A_SET_ATTRS_GC_INTERVAL
                    if a.raw_kind() == NFTABLES_A_SET_ATTRS_GC_INTERVAL =>
                {
                    SetAttrsBuilder::new(w).gc_interval(value::u32(&a))?;
                }
                NFTABLES_A_SET_ATTRS_USERDATA if a.raw_kind() == NFTABLES_A_SET_ATTRS_USERDATA => {
                    SetAttrsBuilder::new(w).userdata(a.value())?;
                }
                NFTABLES_A_SET_ATTRS_PAD if a.raw_kind() == NFTABLES_A_SET_ATTRS_PAD => raw(w, &a)?,
                NFTABLES_A_SET_ATTRS_OBJ_TYPE if a.raw_kind() == NFTABLES_A_SET_ATTRS_OBJ_TYPE => {
                    SetAttrsBuilder::new(w).obj_type(value::u32_be(&a))?;
                }
                NFTABLES_A_SET_ATTRS_HANDLE if a.raw_kind() == NFTABLES_A_SET_ATTRS_HANDLE => {
                    SetAttrsBuilder::new(w).handle(value::u64_be(&a))?;
                }
                NFTABLES_A_SET_ATTRS_EXPR => {
                    nest_like(w, &a, |w| ExprAttrs::parse(a.nested())?.write_to(w))?
                }
                NFTABLES_A_SET_ATTRS_EXPRESSIONS => {
                    nest_like(w, &a, |w| SetListAttrs::parse(a.nested())?.write_to(w))?
                }
                NFTABLES_A_SET_ATTRS_TYPE if a.raw_kind() == NFTABLES_A_SET_ATTRS_TYPE => {
                    SetAttrsBuilder::new(w).type_(value::str(&a))?;
                }
                NFTABLES_A_SET_ATTRS_COUNT if a.raw_kind() == NFTABLES_A_SET_ATTRS_COUNT => {
                    SetAttrsBuilder::new(w).count(value::u32_be(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`SetDescAttrs`] checks of each attribute, from the descriptors.
static SET_DESC_ATTRS_CHECKS: [Check; 3] = Check::table(&tables::SET_DESC_ATTRS);

/// The `set-desc-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SetDescAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for SetDescAttrs<'a> {
    const SET: &'static AttrSet = &tables::SET_DESC_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &SET_DESC_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&SET_DESC_ATTRS_CHECKS, attrs)
    }
}

impl<'a> SetDescAttrs<'a> {
    /// Indexes and checks a block of `set-desc-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `NFTABLES_A_SET_DESC_ATTRS_SIZE`: number of elements in set
    #[inline]
    pub fn size(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_SET_DESC_ATTRS_SIZE)
    }

    /// `NFTABLES_A_SET_DESC_ATTRS_CONCAT`: description of field concatenation
    #[inline]
    pub fn concat(&self) -> impl Iterator<Item = Result<SetDescConcatAttrs<'a>, Error>> + 'a {
        self.0
            .all(NFTABLES_A_SET_DESC_ATTRS_CONCAT)
            .map(|a| SetDescConcatAttrs::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_SET_DESC_ATTRS_SIZE
                    if a.raw_kind() == NFTABLES_A_SET_DESC_ATTRS_SIZE =>
                {
                    SetDescAttrsBuilder::new(w).size(value::u32_be(&a))?;
                }
                NFTABLES_A_SET_DESC_ATTRS_CONCAT => nest_like(w, &a, |w| {
                    SetDescConcatAttrs::parse(a.nested())?.write_to(w)
                })?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`SetDescConcatAttrs`] checks of each attribute, from the descriptors.
static SET_DESC_CONCAT_ATTRS_CHECKS: [Check; 2] = Check::table(&tables::SET_DESC_CONCAT_ATTRS);

/// The `set-desc-concat-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SetDescConcatAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for SetDescConcatAttrs<'a> {
    const SET: &'static AttrSet = &tables::SET_DESC_CONCAT_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &SET_DESC_CONCAT_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&SET_DESC_CONCAT_ATTRS_CHECKS, attrs)
    }
}

impl<'a> SetDescConcatAttrs<'a> {
    /// Indexes and checks a block of `set-desc-concat-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `NFTABLES_A_SET_DESC_CONCAT_ATTRS_ELEM`
    #[inline]
    pub fn elem(&self) -> Result<Option<SetFieldAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_SET_DESC_CONCAT_ATTRS_ELEM)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_SET_DESC_CONCAT_ATTRS_ELEM => {
                    nest_like(w, &a, |w| SetFieldAttrs::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`SetFieldAttrs`] checks of each attribute, from the descriptors.
static SET_FIELD_ATTRS_CHECKS: [Check; 2] = Check::table(&tables::SET_FIELD_ATTRS);

/// The `set-field-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SetFieldAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for SetFieldAttrs<'a> {
    const SET: &'static AttrSet = &tables::SET_FIELD_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &SET_FIELD_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&SET_FIELD_ATTRS_CHECKS, attrs)
    }
}

impl<'a> SetFieldAttrs<'a> {
    /// Indexes and checks a block of `set-field-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `NFTABLES_A_SET_FIELD_ATTRS_LEN`
    #[inline]
    pub fn len_attr(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_SET_FIELD_ATTRS_LEN)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_SET_FIELD_ATTRS_LEN
                    if a.raw_kind() == NFTABLES_A_SET_FIELD_ATTRS_LEN =>
                {
                    SetFieldAttrsBuilder::new(w).len_attr(value::u32_be(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`SetListAttrs`] checks of each attribute, from the descriptors.
static SET_LIST_ATTRS_CHECKS: [Check; 2] = Check::table(&tables::SET_LIST_ATTRS);

/// The `set-list-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SetListAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for SetListAttrs<'a> {
    const SET: &'static AttrSet = &tables::SET_LIST_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &SET_LIST_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&SET_LIST_ATTRS_CHECKS, attrs)
    }
}

impl<'a> SetListAttrs<'a> {
    /// Indexes and checks a block of `set-list-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `NFTABLES_A_SET_LIST_ATTRS_ELEM`
    #[inline]
    pub fn elem(&self) -> impl Iterator<Item = Result<ExprAttrs<'a>, Error>> + 'a {
        self.0
            .all(NFTABLES_A_SET_LIST_ATTRS_ELEM)
            .map(|a| ExprAttrs::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_SET_LIST_ATTRS_ELEM => {
                    nest_like(w, &a, |w| ExprAttrs::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`SetelemAttrs`] checks of each attribute, from the descriptors.
static SETELEM_ATTRS_CHECKS: [Check; 12] = Check::table(&tables::SETELEM_ATTRS);

/// The `setelem-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SetelemAttrs<'a>(Table<'a, 12>);

impl<'a> AttrView<'a> for SetelemAttrs<'a> {
    const SET: &'static AttrSet = &tables::SETELEM_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &SETELEM_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&SETELEM_ATTRS_CHECKS, attrs)
    }
}

impl<'a> SetelemAttrs<'a> {
    /// Indexes and checks a block of `setelem-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 12> {
        &self.0
    }

    /// `NFTABLES_A_SETELEM_ATTRS_KEY`: key value
    #[inline]
    pub fn key(&self) -> Result<Option<DataAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_SETELEM_ATTRS_KEY)
    }

    /// `NFTABLES_A_SETELEM_ATTRS_DATA`: data value of mapping
    #[inline]
    pub fn data(&self) -> Result<Option<DataAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_SETELEM_ATTRS_DATA)
    }

    /// `NFTABLES_A_SETELEM_ATTRS_FLAGS`: bitmask of nft_set_elem_flags
    #[inline]
    pub fn flags(&self) -> Option<&'a [u8]> {
        self.0.bytes(NFTABLES_A_SETELEM_ATTRS_FLAGS)
    }

    /// `NFTABLES_A_SETELEM_ATTRS_TIMEOUT`: timeout value
    #[inline]
    pub fn timeout(&self) -> Option<u64> {
        self.0.u64(NFTABLES_A_SETELEM_ATTRS_TIMEOUT)
    }

    /// `NFTABLES_A_SETELEM_ATTRS_EXPIRATION`: expiration time
    #[inline]
    pub fn expiration(&self) -> Option<u64> {
        self.0.u64(NFTABLES_A_SETELEM_ATTRS_EXPIRATION)
    }

    /// `NFTABLES_A_SETELEM_ATTRS_USERDATA`: user data
    #[inline]
    pub fn userdata(&self) -> Option<&'a [u8]> {
        self.0.bytes(NFTABLES_A_SETELEM_ATTRS_USERDATA)
    }

    /// `NFTABLES_A_SETELEM_ATTRS_EXPR`: expression
    #[inline]
    pub fn expr(&self) -> Result<Option<ExprAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_SETELEM_ATTRS_EXPR)
    }

    /// `NFTABLES_A_SETELEM_ATTRS_OBJREF`: stateful object reference
    #[inline]
    pub fn objref(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_SETELEM_ATTRS_OBJREF)
    }

    /// `NFTABLES_A_SETELEM_ATTRS_KEY_END`: closing key value
    #[inline]
    pub fn key_end(&self) -> Result<Option<DataAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_SETELEM_ATTRS_KEY_END)
    }

    /// `NFTABLES_A_SETELEM_ATTRS_EXPRESSIONS`: list of expressions
    #[inline]
    pub fn expressions(&self) -> Result<Option<ExprListAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_SETELEM_ATTRS_EXPRESSIONS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_SETELEM_ATTRS_KEY => {
                    nest_like(w, &a, |w| DataAttrs::parse(a.nested())?.write_to(w))?
                }
                NFTABLES_A_SETELEM_ATTRS_DATA => {
                    nest_like(w, &a, |w| DataAttrs::parse(a.nested())?.write_to(w))?
                }
                NFTABLES_A_SETELEM_ATTRS_FLAGS
                    if a.raw_kind() == NFTABLES_A_SETELEM_ATTRS_FLAGS =>
                {
                    SetelemAttrsBuilder::new(w).flags(a.value())?;
                }
                NFTABLES_A_SETELEM_ATTRS_TIMEOUT
                    if a.raw_kind() == NFTABLES_A_SETELEM_ATTRS_TIMEOUT =>
                {
                    SetelemAttrsBuilder::new(w).timeout(value::u64(&a))?;
                }
                NFTABLES_A_SETELEM_ATTRS_EXPIRATION
                    if a.raw_kind() == NFTABLES_A_SETELEM_ATTRS_EXPIRATION =>
                {
                    SetelemAttrsBuilder::new(w).expiration(value::u64(&a))?;
                }
                NFTABLES_A_SETELEM_ATTRS_USERDATA
                    if a.raw_kind() == NFTABLES_A_SETELEM_ATTRS_USERDATA =>
                {
                    SetelemAttrsBuilder::new(w).userdata(a.value())?;
                }
                NFTABLES_A_SETELEM_ATTRS_EXPR => {
                    nest_like(w, &a, |w| ExprAttrs::parse(a.nested())?.write_to(w))?
                }
                NFTABLES_A_SETELEM_ATTRS_OBJREF
                    if a.raw_kind() == NFTABLES_A_SETELEM_ATTRS_OBJREF =>
                {
                    SetelemAttrsBuilder::new(w).objref(value::str(&a))?;
                }
                NFTABLES_A_SETELEM_ATTRS_KEY_END => {
                    nest_like(w, &a, |w| DataAttrs::parse(a.nested())?.write_to(w))?
                }
                NFTABLES_A_SETELEM_ATTRS_EXPRESSIONS => {
                    nest_like(w, &a, |w| ExprListAttrs::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`SetelemListElemAttrs`] checks of each attribute, from the descriptors.
static SETELEM_LIST_ELEM_ATTRS_CHECKS: [Check; 2] = Check::table(&tables::SETELEM_LIST_ELEM_ATTRS);

/// The `setelem-list-elem-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SetelemListElemAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for SetelemListElemAttrs<'a> {
    const SET: &'static AttrSet = &tables::SETELEM_LIST_ELEM_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &SETELEM_LIST_ELEM_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&SETELEM_LIST_ELEM_ATTRS_CHECKS, attrs)
    }
}

impl<'a> SetelemListElemAttrs<'a> {
    /// Indexes and checks a block of `setelem-list-elem-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `NFTABLES_A_SETELEM_LIST_ELEM_ATTRS_ELEM`
    #[inline]
    pub fn elem(&self) -> impl Iterator<Item = Result<SetelemAttrs<'a>, Error>> + 'a {
        self.0
            .all(NFTABLES_A_SETELEM_LIST_ELEM_ATTRS_ELEM)
            .map(|a| SetelemAttrs::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_SETELEM_LIST_ELEM_ATTRS_ELEM => {
                    nest_like(w, &a, |w| SetelemAttrs::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`SetelemListAttrs`] checks of each attribute, from the descriptors.
static SETELEM_LIST_ATTRS_CHECKS: [Check; 5] = Check::table(&tables::SETELEM_LIST_ATTRS);

/// The `setelem-list-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SetelemListAttrs<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for SetelemListAttrs<'a> {
    const SET: &'static AttrSet = &tables::SETELEM_LIST_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &SETELEM_LIST_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&SETELEM_LIST_ATTRS_CHECKS, attrs)
    }
}

impl<'a> SetelemListAttrs<'a> {
    /// Indexes and checks a block of `setelem-list-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `NFTABLES_A_SETELEM_LIST_ATTRS_TABLE`
    #[inline]
    pub fn table_attr(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_SETELEM_LIST_ATTRS_TABLE)
    }

    /// `NFTABLES_A_SETELEM_LIST_ATTRS_SET`
    #[inline]
    pub fn set(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_SETELEM_LIST_ATTRS_SET)
    }

    /// `NFTABLES_A_SETELEM_LIST_ATTRS_ELEMENTS`
    #[inline]
    pub fn elements(&self) -> Result<Option<SetelemListElemAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_SETELEM_LIST_ATTRS_ELEMENTS)
    }

    /// `NFTABLES_A_SETELEM_LIST_ATTRS_SET_ID`
    #[inline]
    pub fn set_id(&self) -> Option<u32> {
        self.0.u32(NFTABLES_A_SETELEM_LIST_ATTRS_SET_ID)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_SETELEM_LIST_ATTRS_TABLE
                    if a.raw_kind() == NFTABLES_A_SETELEM_LIST_ATTRS_TABLE =>
                {
                    SetelemListAttrsBuilder::new(w).table_attr(value::str(&a))?;
                }
                NFTABLES_A_SETELEM_LIST_ATTRS_SET
                    if a.raw_kind() == NFTABLES_A_SETELEM_LIST_ATTRS_SET =>
                {
                    SetelemListAttrsBuilder::new(w).set(value::str(&a))?;
                }
                NFTABLES_A_SETELEM_LIST_ATTRS_ELEMENTS => nest_like(w, &a, |w| {
                    SetelemListElemAttrs::parse(a.nested())?.write_to(w)
                })?,
                NFTABLES_A_SETELEM_LIST_ATTRS_SET_ID
                    if a.raw_kind() == NFTABLES_A_SETELEM_LIST_ATTRS_SET_ID =>
                {
                    SetelemListAttrsBuilder::new(w).set_id(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`GenAttrs`] checks of each attribute, from the descriptors.
static GEN_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::GEN_ATTRS);

/// The `gen-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct GenAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for GenAttrs<'a> {
    const SET: &'static AttrSet = &tables::GEN_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &GEN_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&GEN_ATTRS_CHECKS, attrs)
    }
}

impl<'a> GenAttrs<'a> {
    /// Indexes and checks a block of `gen-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFTABLES_A_GEN_ATTRS_ID`: ruleset generation id
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_GEN_ATTRS_ID)
    }

    /// `NFTABLES_A_GEN_ATTRS_PROC_PID`
    #[inline]
    pub fn proc_pid(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_GEN_ATTRS_PROC_PID)
    }

    /// `NFTABLES_A_GEN_ATTRS_PROC_NAME`
    #[inline]
    pub fn proc_name(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_GEN_ATTRS_PROC_NAME)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_GEN_ATTRS_ID if a.raw_kind() == NFTABLES_A_GEN_ATTRS_ID => {
                    GenAttrsBuilder::new(w).id(value::u32_be(&a))?;
                }
                NFTABLES_A_GEN_ATTRS_PROC_PID if a.raw_kind() == NFTABLES_A_GEN_ATTRS_PROC_PID => {
                    GenAttrsBuilder::new(w).proc_pid(value::u32_be(&a))?;
                }
                NFTABLES_A_GEN_ATTRS_PROC_NAME
                    if a.raw_kind() == NFTABLES_A_GEN_ATTRS_PROC_NAME =>
                {
                    GenAttrsBuilder::new(w).proc_name(value::str(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ObjAttrs`] checks of each attribute, from the descriptors.
static OBJ_ATTRS_CHECKS: [Check; 9] = Check::table(&tables::OBJ_ATTRS);

/// The `obj-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ObjAttrs<'a>(Table<'a, 9>);

impl<'a> AttrView<'a> for ObjAttrs<'a> {
    const SET: &'static AttrSet = &tables::OBJ_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &OBJ_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&OBJ_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ObjAttrs<'a> {
    /// Indexes and checks a block of `obj-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 9> {
        &self.0
    }

    /// `NFTABLES_A_OBJ_ATTRS_TABLE`: name of the table containing the expression
    #[inline]
    pub fn table_attr(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_OBJ_ATTRS_TABLE)
    }

    /// `NFTABLES_A_OBJ_ATTRS_NAME`: name of this expression type
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_OBJ_ATTRS_NAME)
    }

    /// `NFTABLES_A_OBJ_ATTRS_TYPE`: stateful object type
    #[inline]
    pub fn type_(&self) -> Option<ObjectType> {
        self.0
            .u32_be(NFTABLES_A_OBJ_ATTRS_TYPE)
            .map(ObjectType::from_value)
    }

    /// `NFTABLES_A_OBJ_ATTRS_DATA`: stateful object data
    #[inline]
    pub fn data(&self) -> Result<Option<ObjData<'a>>, Error> {
        ObjData::parse(
            self.0.get(NFTABLES_A_OBJ_ATTRS_DATA),
            self.0.get(NFTABLES_A_OBJ_ATTRS_TYPE),
        )
    }

    /// `NFTABLES_A_OBJ_ATTRS_USE`: number of references to this expression
    #[inline]
    pub fn use_(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_OBJ_ATTRS_USE)
    }

    /// `NFTABLES_A_OBJ_ATTRS_HANDLE`: object handle
    #[inline]
    pub fn handle(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_OBJ_ATTRS_HANDLE)
    }

    /// `NFTABLES_A_OBJ_ATTRS_USERDATA`: user data
    #[inline]
    pub fn userdata(&self) -> Option<&'a [u8]> {
        self.0.bytes(NFTABLES_A_OBJ_ATTRS_USERDATA)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_OBJ_ATTRS_TABLE if a.raw_kind() == NFTABLES_A_OBJ_ATTRS_TABLE => {
                    ObjAttrsBuilder::new(w).table_attr(value::str(&a))?;
                }
                NFTABLES_A_OBJ_ATTRS_NAME if a.raw_kind() == NFTABLES_A_OBJ_ATTRS_NAME => {
                    ObjAttrsBuilder::new(w).name(value::str(&a))?;
                }
                NFTABLES_A_OBJ_ATTRS_TYPE if a.raw_kind() == NFTABLES_A_OBJ_ATTRS_TYPE => {
                    ObjAttrsBuilder::new(w).type_(ObjectType::from_value(value::u32_be(&a)))?;
                }
                NFTABLES_A_OBJ_ATTRS_DATA => {
                    match ObjData::parse(Some(a), self.0.get(NFTABLES_A_OBJ_ATTRS_TYPE))? {
                        Some(m) => m.write_to(w, &a)?,
                        None => raw(w, &a)?,
                    }
                }
                NFTABLES_A_OBJ_ATTRS_USE if a.raw_kind() == NFTABLES_A_OBJ_ATTRS_USE => {
                    ObjAttrsBuilder::new(w).use_(value::u32_be(&a))?;
                }
                NFTABLES_A_OBJ_ATTRS_HANDLE if a.raw_kind() == NFTABLES_A_OBJ_ATTRS_HANDLE => {
                    ObjAttrsBuilder::new(w).handle(value::u64_be(&a))?;
                }
                NFTABLES_A_OBJ_ATTRS_PAD if a.raw_kind() == NFTABLES_A_OBJ_ATTRS_PAD => raw(w, &a)?,
                NFTABLES_A_OBJ_ATTRS_USERDATA if a.raw_kind() == NFTABLES_A_OBJ_ATTRS_USERDATA => {
                    ObjAttrsBuilder::new(w).userdata(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`QuotaAttrs`] checks of each attribute, from the descriptors.
static QUOTA_ATTRS_CHECKS: [Check; 5] = Check::table(&tables::QUOTA_ATTRS);

/// The `quota-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct QuotaAttrs<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for QuotaAttrs<'a> {
    const SET: &'static AttrSet = &tables::QUOTA_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &QUOTA_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&QUOTA_ATTRS_CHECKS, attrs)
    }
}

impl<'a> QuotaAttrs<'a> {
    /// Indexes and checks a block of `quota-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `NFTABLES_A_QUOTA_ATTRS_BYTES`
    #[inline]
    pub fn bytes(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_QUOTA_ATTRS_BYTES)
    }

    /// `NFTABLES_A_QUOTA_ATTRS_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<QuotaFlags> {
        self.0.u32_be(NFTABLES_A_QUOTA_ATTRS_FLAGS).map(QuotaFlags)
    }

    /// `NFTABLES_A_QUOTA_ATTRS_CONSUMED`
    #[inline]
    pub fn consumed(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_QUOTA_ATTRS_CONSUMED)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_QUOTA_ATTRS_BYTES if a.raw_kind() == NFTABLES_A_QUOTA_ATTRS_BYTES => {
                    QuotaAttrsBuilder::new(w).bytes(value::u64_be(&a))?;
                }
                NFTABLES_A_QUOTA_ATTRS_FLAGS if a.raw_kind() == NFTABLES_A_QUOTA_ATTRS_FLAGS => {
                    QuotaAttrsBuilder::new(w).flags(QuotaFlags(value::u32_be(&a)))?;
                }
                NFTABLES_A_QUOTA_ATTRS_PAD if a.raw_kind() == NFTABLES_A_QUOTA_ATTRS_PAD => {
                    raw(w, &a)?
                }
                NFTABLES_A_QUOTA_ATTRS_CONSUMED
                    if a.raw_kind() == NFTABLES_A_QUOTA_ATTRS_CONSUMED =>
                {
                    QuotaAttrsBuilder::new(w).consumed(value::u64_be(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`FlowtableAttrs`] checks of each attribute, from the descriptors.
static FLOWTABLE_ATTRS_CHECKS: [Check; 8] = Check::table(&tables::FLOWTABLE_ATTRS);

/// The `flowtable-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FlowtableAttrs<'a>(Table<'a, 8>);

impl<'a> AttrView<'a> for FlowtableAttrs<'a> {
    const SET: &'static AttrSet = &tables::FLOWTABLE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &FLOWTABLE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&FLOWTABLE_ATTRS_CHECKS, attrs)
    }
}

impl<'a> FlowtableAttrs<'a> {
    /// Indexes and checks a block of `flowtable-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 8> {
        &self.0
    }

    /// `NFTABLES_A_FLOWTABLE_ATTRS_TABLE`
    #[inline]
    pub fn table_attr(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_FLOWTABLE_ATTRS_TABLE)
    }

    /// `NFTABLES_A_FLOWTABLE_ATTRS_NAME`
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_FLOWTABLE_ATTRS_NAME)
    }

    /// `NFTABLES_A_FLOWTABLE_ATTRS_HOOK`
    #[inline]
    pub fn hook(&self) -> Result<Option<FlowtableHookAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_FLOWTABLE_ATTRS_HOOK)
    }

    /// `NFTABLES_A_FLOWTABLE_ATTRS_USE`
    #[inline]
    pub fn use_(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_FLOWTABLE_ATTRS_USE)
    }

    /// `NFTABLES_A_FLOWTABLE_ATTRS_HANDLE`
    #[inline]
    pub fn handle(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_FLOWTABLE_ATTRS_HANDLE)
    }

    /// `NFTABLES_A_FLOWTABLE_ATTRS_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_FLOWTABLE_ATTRS_FLAGS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_FLOWTABLE_ATTRS_TABLE
                    if a.raw_kind() == NFTABLES_A_FLOWTABLE_ATTRS_TABLE =>
                {
                    FlowtableAttrsBuilder::new(w).table_attr(value::str(&a))?;
                }
                NFTABLES_A_FLOWTABLE_ATTRS_NAME
                    if a.raw_kind() == NFTABLES_A_FLOWTABLE_ATTRS_NAME =>
                {
                    FlowtableAttrsBuilder::new(w).name(value::str(&a))?;
                }
                NFTABLES_A_FLOWTABLE_ATTRS_HOOK => nest_like(w, &a, |w| {
                    FlowtableHookAttrs::parse(a.nested())?.write_to(w)
                })?,
                NFTABLES_A_FLOWTABLE_ATTRS_USE
                    if a.raw_kind() == NFTABLES_A_FLOWTABLE_ATTRS_USE =>
                {
                    FlowtableAttrsBuilder::new(w).use_(value::u32_be(&a))?;
                }
                NFTABLES_A_FLOWTABLE_ATTRS_HANDLE
                    if a.raw_kind() == NFTABLES_A_FLOWTABLE_ATTRS_HANDLE =>
                {
                    FlowtableAttrsBuilder::new(w).handle(value::u64_be(&a))?;
                }
                NFTABLES_A_FLOWTABLE_ATTRS_PAD
                    if a.raw_kind() == NFTABLES_A_FLOWTABLE_ATTRS_PAD =>
                {
                    raw(w, &a)?
                }
                NFTABLES_A_FLOWTABLE_ATTRS_FLAGS
                    if a.raw_kind() == NFTABLES_A_FLOWTABLE_ATTRS_FLAGS =>
                {
                    FlowtableAttrsBuilder::new(w).flags(value::u32_be(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`FlowtableHookAttrs`] checks of each attribute, from the descriptors.
static FLOWTABLE_HOOK_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::FLOWTABLE_HOOK_ATTRS);

/// The `flowtable-hook-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FlowtableHookAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for FlowtableHookAttrs<'a> {
    const SET: &'static AttrSet = &tables::FLOWTABLE_HOOK_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &FLOWTABLE_HOOK_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&FLOWTABLE_HOOK_ATTRS_CHECKS, attrs)
    }
}

impl<'a> FlowtableHookAttrs<'a> {
    /// Indexes and checks a block of `flowtable-hook-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFTABLES_A_FLOWTABLE_HOOK_ATTRS_NUM`
    #[inline]
    pub fn num(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_FLOWTABLE_HOOK_ATTRS_NUM)
    }

    /// `NFTABLES_A_FLOWTABLE_HOOK_ATTRS_PRIORITY`
    #[inline]
    pub fn priority(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_FLOWTABLE_HOOK_ATTRS_PRIORITY)
    }

    /// `NFTABLES_A_FLOWTABLE_HOOK_ATTRS_DEVS`
    #[inline]
    pub fn devs(&self) -> Result<Option<HookDevAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_FLOWTABLE_HOOK_ATTRS_DEVS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_FLOWTABLE_HOOK_ATTRS_NUM
                    if a.raw_kind() == NFTABLES_A_FLOWTABLE_HOOK_ATTRS_NUM =>
                {
                    FlowtableHookAttrsBuilder::new(w).num(value::u32_be(&a))?;
                }
                NFTABLES_A_FLOWTABLE_HOOK_ATTRS_PRIORITY
                    if a.raw_kind() == NFTABLES_A_FLOWTABLE_HOOK_ATTRS_PRIORITY =>
                {
                    FlowtableHookAttrsBuilder::new(w).priority(value::u32_be(&a))?;
                }
                NFTABLES_A_FLOWTABLE_HOOK_ATTRS_DEVS => {
                    nest_like(w, &a, |w| HookDevAttrs::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ExprBitwiseAttrs`] checks of each attribute, from the descriptors.
static EXPR_BITWISE_ATTRS_CHECKS: [Check; 8] = Check::table(&tables::EXPR_BITWISE_ATTRS);

/// The bitwise expression supports boolean and shift operations. It
/// implements the boolean operations by performing the following
/// operation::
///
/// dreg = (sreg & mask) ^ xor
///
/// with these mask and xor values:
///
/// op      mask    xor
/// ----    ----    ---
/// NOT:     1       1
/// OR:     ~x       x
/// XOR:     1       x
/// AND:     x       0
#[derive(Debug, Clone)]
pub struct ExprBitwiseAttrs<'a>(Table<'a, 8>);

impl<'a> AttrView<'a> for ExprBitwiseAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_BITWISE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &EXPR_BITWISE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&EXPR_BITWISE_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ExprBitwiseAttrs<'a> {
    /// Indexes and checks a block of `expr-bitwise-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 8> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_BITWISE_ATTRS_SREG`
    #[inline]
    pub fn sreg(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_BITWISE_ATTRS_SREG)
    }

    /// `NFTABLES_A_EXPR_BITWISE_ATTRS_DREG`
    #[inline]
    pub fn dreg(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_BITWISE_ATTRS_DREG)
    }

    /// `NFTABLES_A_EXPR_BITWISE_ATTRS_LEN`
    #[inline]
    pub fn len_attr(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_BITWISE_ATTRS_LEN)
    }

    /// `NFTABLES_A_EXPR_BITWISE_ATTRS_MASK`
    #[inline]
    pub fn mask(&self) -> Result<Option<DataAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_EXPR_BITWISE_ATTRS_MASK)
    }

    /// `NFTABLES_A_EXPR_BITWISE_ATTRS_XOR`
    #[inline]
    pub fn xor(&self) -> Result<Option<DataAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_EXPR_BITWISE_ATTRS_XOR)
    }

    /// `NFTABLES_A_EXPR_BITWISE_ATTRS_OP`
    #[inline]
    pub fn op(&self) -> Option<BitwiseOps> {
        self.0
            .u32_be(NFTABLES_A_EXPR_BITWISE_ATTRS_OP)
            .map(BitwiseOps::from_value)
    }

    /// `NFTABLES_A_EXPR_BITWISE_ATTRS_DATA`
    #[inline]
    pub fn data(&self) -> Result<Option<DataAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_EXPR_BITWISE_ATTRS_DATA)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_EXPR_BITWISE_ATTRS_SREG
                    if a.raw_kind() == NFTABLES_A_EXPR_BITWISE_ATTRS_SREG =>
                {
                    ExprBitwiseAttrsBuilder::new(w).sreg(value::u32_be(&a))?;
                }
                NFTABLES_A_EXPR_BITWISE_ATTRS_DREG
                    if a.raw_kind() == NFTABLES_A_EXPR_BITWISE_ATTRS_DREG =>
                {
                    ExprBitwiseAttrsBuilder::new(w).dreg(value::u32_be(&a))?;
                }
                NFTABLES_A_EXPR_BITWISE_ATTRS_LEN
                    if a.raw_kind() == NFTABLES_A_EXPR_BITWISE_ATTRS_LEN =>
                {
                    ExprBitwiseAttrsBuilder::new(w).len_attr(value::u32_be(&a))?;
                }
                NFTABLES_A_EXPR_BITWISE_ATTRS_MASK => {
                    nest_like(w, &a, |w| DataAttrs::parse(a.nested())?.write_to(w))?
                }
                NFTABLES_A_EXPR_BITWISE_ATTRS_XOR => {
                    nest_like(w, &a, |w| DataAttrs::parse(a.nested())?.write_to(w))?
                }
                NFTABLES_A_EXPR_BITWISE_ATTRS_OP
                    if a.raw_kind() == NFTABLES_A_EXPR_BITWISE_ATTRS_OP =>
                {
                    ExprBitwiseAttrsBuilder::new(w)
                        .op(BitwiseOps::from_value(value::u32_be(&a)))?;
                }
                NFTABLES_A_EXPR_BITWISE_ATTRS_DATA => {
                    nest_like(w, &a, |w| DataAttrs::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ExprCmpAttrs`] checks of each attribute, from the descriptors.
static EXPR_CMP_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::EXPR_CMP_ATTRS);

/// The `expr-cmp-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprCmpAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for ExprCmpAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_CMP_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &EXPR_CMP_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&EXPR_CMP_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ExprCmpAttrs<'a> {
    /// Indexes and checks a block of `expr-cmp-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_CMP_ATTRS_SREG`
    #[inline]
    pub fn sreg(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_CMP_ATTRS_SREG)
    }

    /// `NFTABLES_A_EXPR_CMP_ATTRS_OP`
    #[inline]
    pub fn op(&self) -> Option<CmpOps> {
        self.0
            .u32_be(NFTABLES_A_EXPR_CMP_ATTRS_OP)
            .map(CmpOps::from_value)
    }

    /// `NFTABLES_A_EXPR_CMP_ATTRS_DATA`
    #[inline]
    pub fn data(&self) -> Result<Option<DataAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_EXPR_CMP_ATTRS_DATA)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_EXPR_CMP_ATTRS_SREG
                    if a.raw_kind() == NFTABLES_A_EXPR_CMP_ATTRS_SREG =>
                {
                    ExprCmpAttrsBuilder::new(w).sreg(value::u32_be(&a))?;
                }
                NFTABLES_A_EXPR_CMP_ATTRS_OP if a.raw_kind() == NFTABLES_A_EXPR_CMP_ATTRS_OP => {
                    ExprCmpAttrsBuilder::new(w).op(CmpOps::from_value(value::u32_be(&a)))?;
                }
                NFTABLES_A_EXPR_CMP_ATTRS_DATA => {
                    nest_like(w, &a, |w| DataAttrs::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DataAttrs`] checks of each attribute, from the descriptors.
static DATA_ATTRS_CHECKS: [Check; 3] = Check::table(&tables::DATA_ATTRS);

/// The `data-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DataAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for DataAttrs<'a> {
    const SET: &'static AttrSet = &tables::DATA_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DATA_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DATA_ATTRS_CHECKS, attrs)
    }
}

impl<'a> DataAttrs<'a> {
    /// Indexes and checks a block of `data-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `NFTABLES_A_DATA_ATTRS_VALUE`
    #[inline]
    pub fn value(&self) -> Option<&'a [u8]> {
        self.0.bytes(NFTABLES_A_DATA_ATTRS_VALUE)
    }

    /// `NFTABLES_A_DATA_ATTRS_VERDICT`
    #[inline]
    pub fn verdict(&self) -> Result<Option<VerdictAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_DATA_ATTRS_VERDICT)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_DATA_ATTRS_VALUE if a.raw_kind() == NFTABLES_A_DATA_ATTRS_VALUE => {
                    DataAttrsBuilder::new(w).value(a.value())?;
                }
                NFTABLES_A_DATA_ATTRS_VERDICT => {
                    nest_like(w, &a, |w| VerdictAttrs::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`VerdictAttrs`] checks of each attribute, from the descriptors.
static VERDICT_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::VERDICT_ATTRS);

/// The `verdict-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct VerdictAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for VerdictAttrs<'a> {
    const SET: &'static AttrSet = &tables::VERDICT_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &VERDICT_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&VERDICT_ATTRS_CHECKS, attrs)
    }
}

impl<'a> VerdictAttrs<'a> {
    /// Indexes and checks a block of `verdict-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFTABLES_A_VERDICT_ATTRS_CODE`: nf_tables verdict
    #[inline]
    pub fn code(&self) -> Option<VerdictCode> {
        self.0
            .u32_be(NFTABLES_A_VERDICT_ATTRS_CODE)
            .map(VerdictCode::from_value)
    }

    /// `NFTABLES_A_VERDICT_ATTRS_CHAIN`: jump target chain name
    #[inline]
    pub fn chain(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_VERDICT_ATTRS_CHAIN)
    }

    /// `NFTABLES_A_VERDICT_ATTRS_CHAIN_ID`: jump target chain ID
    #[inline]
    pub fn chain_id(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_VERDICT_ATTRS_CHAIN_ID)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_VERDICT_ATTRS_CODE if a.raw_kind() == NFTABLES_A_VERDICT_ATTRS_CODE => {
                    VerdictAttrsBuilder::new(w).code(VerdictCode::from_value(value::u32_be(&a)))?;
                }
                NFTABLES_A_VERDICT_ATTRS_CHAIN
                    if a.raw_kind() == NFTABLES_A_VERDICT_ATTRS_CHAIN =>
                {
                    VerdictAttrsBuilder::new(w).chain(value::str(&a))?;
                }
                NFTABLES_A_VERDICT_ATTRS_CHAIN_ID
                    if a.raw_kind() == NFTABLES_A_VERDICT_ATTRS_CHAIN_ID =>
                {
                    VerdictAttrsBuilder::new(w).chain_id(value::u32_be(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ExprCounterAttrs`] checks of each attribute, from the descriptors.
static EXPR_COUNTER_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::EXPR_COUNTER_ATTRS);

/// The `expr-counter-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprCounterAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for ExprCounterAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_COUNTER_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &EXPR_COUNTER_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&EXPR_COUNTER_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ExprCounterAttrs<'a> {
    /// Indexes and checks a block of `expr-counter-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_COUNTER_ATTRS_BYTES`: Number of bytes
    #[inline]
    pub fn bytes(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_EXPR_COUNTER_ATTRS_BYTES)
    }

    /// `NFTABLES_A_EXPR_COUNTER_ATTRS_PACKETS`: Number of packets
    #[inline]
    pub fn packets(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_EXPR_COUNTER_ATTRS_PACKETS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_EXPR_COUNTER_ATTRS_BYTES
                    if a.raw_kind() == NFTABLES_A_EXPR_COUNTER_ATTRS_BYTES =>
                {
                    ExprCounterAttrsBuilder::new(w).bytes(value::u64_be(&a))?;
                }
                NFTABLES_A_EXPR_COUNTER_ATTRS_PACKETS
                    if a.raw_kind() == NFTABLES_A_EXPR_COUNTER_ATTRS_PACKETS =>
                {
                    ExprCounterAttrsBuilder::new(w).packets(value::u64_be(&a))?;
                }
                NFTABLES_A_EXPR_COUNTER_ATTRS_PAD
                    if a.raw_kind() == NFTABLES_A_EXPR_COUNTER_ATTRS_PAD =>
                {
                    raw(w, &a)?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ExprFibAttrs`] checks of each attribute, from the descriptors.
static EXPR_FIB_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::EXPR_FIB_ATTRS);

/// The `expr-fib-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprFibAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for ExprFibAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_FIB_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &EXPR_FIB_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&EXPR_FIB_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ExprFibAttrs<'a> {
    /// Indexes and checks a block of `expr-fib-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_FIB_ATTRS_DREG`
    #[inline]
    pub fn dreg(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_FIB_ATTRS_DREG)
    }

    /// `NFTABLES_A_EXPR_FIB_ATTRS_RESULT`
    #[inline]
    pub fn result(&self) -> Option<FibResult> {
        self.0
            .u32_be(NFTABLES_A_EXPR_FIB_ATTRS_RESULT)
            .map(FibResult::from_value)
    }

    /// `NFTABLES_A_EXPR_FIB_ATTRS_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<FibFlags> {
        self.0.u32_be(NFTABLES_A_EXPR_FIB_ATTRS_FLAGS).map(FibFlags)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_EXPR_FIB_ATTRS_DREG
                    if a.raw_kind() == NFTABLES_A_EXPR_FIB_ATTRS_DREG =>
                {
                    ExprFibAttrsBuilder::new(w).dreg(value::u32_be(&a))?;
                }
                NFTABLES_A_EXPR_FIB_ATTRS_RESULT
                    if a.raw_kind() == NFTABLES_A_EXPR_FIB_ATTRS_RESULT =>
                {
                    ExprFibAttrsBuilder::new(w).result(FibResult::from_value(value::u32_be(&a)))?;
                }
                NFTABLES_A_EXPR_FIB_ATTRS_FLAGS
                    if a.raw_kind() == NFTABLES_A_EXPR_FIB_ATTRS_FLAGS =>
                {
                    ExprFibAttrsBuilder::new(w).flags(FibFlags(value::u32_be(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ExprCtAttrs`] checks of each attribute, from the descriptors.
static EXPR_CT_ATTRS_CHECKS: [Check; 5] = Check::table(&tables::EXPR_CT_ATTRS);

/// The `expr-ct-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprCtAttrs<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for ExprCtAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_CT_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &EXPR_CT_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&EXPR_CT_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ExprCtAttrs<'a> {
    /// Indexes and checks a block of `expr-ct-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_CT_ATTRS_DREG`
    #[inline]
    pub fn dreg(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_CT_ATTRS_DREG)
    }

    /// `NFTABLES_A_EXPR_CT_ATTRS_KEY`
    #[inline]
    pub fn key(&self) -> Option<CtKeys> {
        self.0
            .u32_be(NFTABLES_A_EXPR_CT_ATTRS_KEY)
            .map(CtKeys::from_value)
    }

    /// `NFTABLES_A_EXPR_CT_ATTRS_DIRECTION`
    #[inline]
    pub fn direction(&self) -> Option<CtDirection> {
        self.0
            .u8(NFTABLES_A_EXPR_CT_ATTRS_DIRECTION)
            .map(|v| CtDirection::from_value(v as u32))
    }

    /// `NFTABLES_A_EXPR_CT_ATTRS_SREG`
    #[inline]
    pub fn sreg(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_CT_ATTRS_SREG)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_EXPR_CT_ATTRS_DREG if a.raw_kind() == NFTABLES_A_EXPR_CT_ATTRS_DREG => {
                    ExprCtAttrsBuilder::new(w).dreg(value::u32_be(&a))?;
                }
                NFTABLES_A_EXPR_CT_ATTRS_KEY if a.raw_kind() == NFTABLES_A_EXPR_CT_ATTRS_KEY => {
                    ExprCtAttrsBuilder::new(w).key(CtKeys::from_value(value::u32_be(&a)))?;
                }
                NFTABLES_A_EXPR_CT_ATTRS_DIRECTION
                    if a.raw_kind() == NFTABLES_A_EXPR_CT_ATTRS_DIRECTION =>
                {
                    ExprCtAttrsBuilder::new(w)
                        .direction(CtDirection::from_value(value::u8(&a) as u32))?;
                }
                NFTABLES_A_EXPR_CT_ATTRS_SREG if a.raw_kind() == NFTABLES_A_EXPR_CT_ATTRS_SREG => {
                    ExprCtAttrsBuilder::new(w).sreg(value::u32_be(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ExprFlowOffloadAttrs`] checks of each attribute, from the descriptors.
static EXPR_FLOW_OFFLOAD_ATTRS_CHECKS: [Check; 2] = Check::table(&tables::EXPR_FLOW_OFFLOAD_ATTRS);

/// The `expr-flow-offload-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprFlowOffloadAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for ExprFlowOffloadAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_FLOW_OFFLOAD_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &EXPR_FLOW_OFFLOAD_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&EXPR_FLOW_OFFLOAD_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ExprFlowOffloadAttrs<'a> {
    /// Indexes and checks a block of `expr-flow-offload-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_FLOW_OFFLOAD_ATTRS_NAME`: Flow offload table name
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_EXPR_FLOW_OFFLOAD_ATTRS_NAME)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_EXPR_FLOW_OFFLOAD_ATTRS_NAME
                    if a.raw_kind() == NFTABLES_A_EXPR_FLOW_OFFLOAD_ATTRS_NAME =>
                {
                    ExprFlowOffloadAttrsBuilder::new(w).name(value::str(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ExprImmediateAttrs`] checks of each attribute, from the descriptors.
static EXPR_IMMEDIATE_ATTRS_CHECKS: [Check; 3] = Check::table(&tables::EXPR_IMMEDIATE_ATTRS);

/// The `expr-immediate-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprImmediateAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for ExprImmediateAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_IMMEDIATE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &EXPR_IMMEDIATE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&EXPR_IMMEDIATE_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ExprImmediateAttrs<'a> {
    /// Indexes and checks a block of `expr-immediate-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_IMMEDIATE_ATTRS_DREG`
    #[inline]
    pub fn dreg(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_IMMEDIATE_ATTRS_DREG)
    }

    /// `NFTABLES_A_EXPR_IMMEDIATE_ATTRS_DATA`
    #[inline]
    pub fn data(&self) -> Result<Option<DataAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_EXPR_IMMEDIATE_ATTRS_DATA)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_EXPR_IMMEDIATE_ATTRS_DREG
                    if a.raw_kind() == NFTABLES_A_EXPR_IMMEDIATE_ATTRS_DREG =>
                {
                    ExprImmediateAttrsBuilder::new(w).dreg(value::u32_be(&a))?;
                }
                NFTABLES_A_EXPR_IMMEDIATE_ATTRS_DATA => {
                    nest_like(w, &a, |w| DataAttrs::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ExprLookupAttrs`] checks of each attribute, from the descriptors.
static EXPR_LOOKUP_ATTRS_CHECKS: [Check; 6] = Check::table(&tables::EXPR_LOOKUP_ATTRS);

/// The `expr-lookup-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprLookupAttrs<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for ExprLookupAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_LOOKUP_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &EXPR_LOOKUP_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&EXPR_LOOKUP_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ExprLookupAttrs<'a> {
    /// Indexes and checks a block of `expr-lookup-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_LOOKUP_ATTRS_SET`: Name of set to use
    #[inline]
    pub fn set(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_EXPR_LOOKUP_ATTRS_SET)
    }

    /// `NFTABLES_A_EXPR_LOOKUP_ATTRS_SREG`
    #[inline]
    pub fn sreg(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_LOOKUP_ATTRS_SREG)
    }

    /// `NFTABLES_A_EXPR_LOOKUP_ATTRS_DREG`
    #[inline]
    pub fn dreg(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_LOOKUP_ATTRS_DREG)
    }

    /// `NFTABLES_A_EXPR_LOOKUP_ATTRS_SET_ID`: ID of set to use
    #[inline]
    pub fn set_id(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_LOOKUP_ATTRS_SET_ID)
    }

    /// `NFTABLES_A_EXPR_LOOKUP_ATTRS_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<LookupFlags> {
        self.0
            .u32_be(NFTABLES_A_EXPR_LOOKUP_ATTRS_FLAGS)
            .map(LookupFlags)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_EXPR_LOOKUP_ATTRS_SET
                    if a.raw_kind() == NFTABLES_A_EXPR_LOOKUP_ATTRS_SET =>
                {
                    ExprLookupAttrsBuilder::new(w).set(value::str(&a))?;
                }
                NFTABLES_A_EXPR_LOOKUP_ATTRS_SREG
                    if a.raw_kind() == NFTABLES_A_EXPR_LOOKUP_ATTRS_SREG =>
                {
                    ExprLookupAttrsBuilder::new(w).sreg(value::u32_be(&a))?;
                }
                NFTABLES_A_EXPR_LOOKUP_ATTRS_DREG
                    if a.raw_kind() == NFTABLES_A_EXPR_LOOKUP_ATTRS_DREG =>
                {
                    ExprLookupAttrsBuilder::new(w).dreg(value::u32_be(&a))?;
                }
                NFTABLES_A_EXPR_LOOKUP_ATTRS_SET_ID
                    if a.raw_kind() == NFTABLES_A_EXPR_LOOKUP_ATTRS_SET_ID =>
                {
                    ExprLookupAttrsBuilder::new(w).set_id(value::u32_be(&a))?;
                }
                NFTABLES_A_EXPR_LOOKUP_ATTRS_FLAGS
                    if a.raw_kind() == NFTABLES_A_EXPR_LOOKUP_ATTRS_FLAGS =>
                {
                    ExprLookupAttrsBuilder::new(w).flags(LookupFlags(value::u32_be(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ExprMasqAttrs`] checks of each attribute, from the descriptors.
static EXPR_MASQ_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::EXPR_MASQ_ATTRS);

/// The `expr-masq-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprMasqAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for ExprMasqAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_MASQ_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &EXPR_MASQ_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&EXPR_MASQ_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ExprMasqAttrs<'a> {
    /// Indexes and checks a block of `expr-masq-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_MASQ_ATTRS_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<NatRangeFlags> {
        self.0
            .u32_be(NFTABLES_A_EXPR_MASQ_ATTRS_FLAGS)
            .map(NatRangeFlags)
    }

    /// `NFTABLES_A_EXPR_MASQ_ATTRS_REG_PROTO_MIN`
    #[inline]
    pub fn reg_proto_min(&self) -> Option<Registers> {
        self.0
            .u32_be(NFTABLES_A_EXPR_MASQ_ATTRS_REG_PROTO_MIN)
            .map(Registers::from_value)
    }

    /// `NFTABLES_A_EXPR_MASQ_ATTRS_REG_PROTO_MAX`
    #[inline]
    pub fn reg_proto_max(&self) -> Option<Registers> {
        self.0
            .u32_be(NFTABLES_A_EXPR_MASQ_ATTRS_REG_PROTO_MAX)
            .map(Registers::from_value)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_EXPR_MASQ_ATTRS_FLAGS
                    if a.raw_kind() == NFTABLES_A_EXPR_MASQ_ATTRS_FLAGS =>
                {
                    ExprMasqAttrsBuilder::new(w).flags(NatRangeFlags(value::u32_be(&a)))?;
                }
                NFTABLES_A_EXPR_MASQ_ATTRS_REG_PROTO_MIN
                    if a.raw_kind() == NFTABLES_A_EXPR_MASQ_ATTRS_REG_PROTO_MIN =>
                {
                    ExprMasqAttrsBuilder::new(w)
                        .reg_proto_min(Registers::from_value(value::u32_be(&a)))?;
                }
                NFTABLES_A_EXPR_MASQ_ATTRS_REG_PROTO_MAX
                    if a.raw_kind() == NFTABLES_A_EXPR_MASQ_ATTRS_REG_PROTO_MAX =>
                {
                    ExprMasqAttrsBuilder::new(w)
                        .reg_proto_max(Registers::from_value(value::u32_be(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ExprMetaAttrs`] checks of each attribute, from the descriptors.
static EXPR_META_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::EXPR_META_ATTRS);

/// The `expr-meta-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprMetaAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for ExprMetaAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_META_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &EXPR_META_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&EXPR_META_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ExprMetaAttrs<'a> {
    /// Indexes and checks a block of `expr-meta-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_META_ATTRS_DREG`
    #[inline]
    pub fn dreg(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_META_ATTRS_DREG)
    }

    /// `NFTABLES_A_EXPR_META_ATTRS_KEY`
    #[inline]
    pub fn key(&self) -> Option<MetaKeys> {
        self.0
            .u32_be(NFTABLES_A_EXPR_META_ATTRS_KEY)
            .map(MetaKeys::from_value)
    }

    /// `NFTABLES_A_EXPR_META_ATTRS_SREG`
    #[inline]
    pub fn sreg(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_META_ATTRS_SREG)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_EXPR_META_ATTRS_DREG
                    if a.raw_kind() == NFTABLES_A_EXPR_META_ATTRS_DREG =>
                {
                    ExprMetaAttrsBuilder::new(w).dreg(value::u32_be(&a))?;
                }
                NFTABLES_A_EXPR_META_ATTRS_KEY
                    if a.raw_kind() == NFTABLES_A_EXPR_META_ATTRS_KEY =>
                {
                    ExprMetaAttrsBuilder::new(w).key(MetaKeys::from_value(value::u32_be(&a)))?;
                }
                NFTABLES_A_EXPR_META_ATTRS_SREG
                    if a.raw_kind() == NFTABLES_A_EXPR_META_ATTRS_SREG =>
                {
                    ExprMetaAttrsBuilder::new(w).sreg(value::u32_be(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ExprNatAttrs`] checks of each attribute, from the descriptors.
static EXPR_NAT_ATTRS_CHECKS: [Check; 8] = Check::table(&tables::EXPR_NAT_ATTRS);

/// The `expr-nat-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprNatAttrs<'a>(Table<'a, 8>);

impl<'a> AttrView<'a> for ExprNatAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_NAT_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &EXPR_NAT_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&EXPR_NAT_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ExprNatAttrs<'a> {
    /// Indexes and checks a block of `expr-nat-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 8> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_NAT_ATTRS_TYPE`
    #[inline]
    pub fn type_(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_NAT_ATTRS_TYPE)
    }

    /// `NFTABLES_A_EXPR_NAT_ATTRS_FAMILY`
    #[inline]
    pub fn family(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_NAT_ATTRS_FAMILY)
    }

    /// `NFTABLES_A_EXPR_NAT_ATTRS_REG_ADDR_MIN`
    #[inline]
    pub fn reg_addr_min(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_NAT_ATTRS_REG_ADDR_MIN)
    }

    /// `NFTABLES_A_EXPR_NAT_ATTRS_REG_ADDR_MAX`
    #[inline]
    pub fn reg_addr_max(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_NAT_ATTRS_REG_ADDR_MAX)
    }

    /// `NFTABLES_A_EXPR_NAT_ATTRS_REG_PROTO_MIN`
    #[inline]
    pub fn reg_proto_min(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_NAT_ATTRS_REG_PROTO_MIN)
    }

    /// `NFTABLES_A_EXPR_NAT_ATTRS_REG_PROTO_MAX`
    #[inline]
    pub fn reg_proto_max(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_NAT_ATTRS_REG_PROTO_MAX)
    }

    /// `NFTABLES_A_EXPR_NAT_ATTRS_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<NatRangeFlags> {
        self.0
            .u32_be(NFTABLES_A_EXPR_NAT_ATTRS_FLAGS)
            .map(NatRangeFlags)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_EXPR_NAT_ATTRS_TYPE
                    if a.raw_kind() == NFTABLES_A_EXPR_NAT_ATTRS_TYPE =>
                {
                    ExprNatAttrsBuilder::new(w).type_(value::u32_be(&a))?;
                }
                NFTABLES_A_EXPR_NAT_ATTRS_FAMILY
                    if a.raw_kind() == NFTABLES_A_EXPR_NAT_ATTRS_FAMILY =>
                {
                    ExprNatAttrsBuilder::new(w).family(value::u32_be(&a))?;
                }
                NFTABLES_A_EXPR_NAT_ATTRS_REG_ADDR_MIN
                    if a.raw_kind() == NFTABLES_A_EXPR_NAT_ATTRS_REG_ADDR_MIN =>
                {
                    ExprNatAttrsBuilder::new(w).reg_addr_min(value::u32_be(&a))?;
                }
                NFTABLES_A_EXPR_NAT_ATTRS_REG_ADDR_MAX
                    if a.raw_kind() == NFTABLES_A_EXPR_NAT_ATTRS_REG_ADDR_MAX =>
                {
                    ExprNatAttrsBuilder::new(w).reg_addr_max(value::u32_be(&a))?;
                }
                NFTABLES_A_EXPR_NAT_ATTRS_REG_PROTO_MIN
                    if a.raw_kind() == NFTABLES_A_EXPR_NAT_ATTRS_REG_PROTO_MIN =>
                {
                    ExprNatAttrsBuilder::new(w).reg_proto_min(value::u32_be(&a))?;
                }
                NFTABLES_A_EXPR_NAT_ATTRS_REG_PROTO_MAX
                    if a.raw_kind() == NFTABLES_A_EXPR_NAT_ATTRS_REG_PROTO_MAX =>
                {
                    ExprNatAttrsBuilder::new(w).reg_proto_max(value::u32_be(&a))?;
                }
                NFTABLES_A_EXPR_NAT_ATTRS_FLAGS
                    if a.raw_kind() == NFTABLES_A_EXPR_NAT_ATTRS_FLAGS =>
                {
                    ExprNatAttrsBuilder::new(w).flags(NatRangeFlags(value::u32_be(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ExprPayloadAttrs`] checks of each attribute, from the descriptors.
static EXPR_PAYLOAD_ATTRS_CHECKS: [Check; 9] = Check::table(&tables::EXPR_PAYLOAD_ATTRS);

/// nf_tables payload expression netlink attributes
#[derive(Debug, Clone)]
pub struct ExprPayloadAttrs<'a>(Table<'a, 9>);

impl<'a> AttrView<'a> for ExprPayloadAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_PAYLOAD_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &EXPR_PAYLOAD_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&EXPR_PAYLOAD_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ExprPayloadAttrs<'a> {
    /// Indexes and checks a block of `expr-payload-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 9> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_PAYLOAD_ATTRS_DREG`: destination register to load data into
    #[inline]
    pub fn dreg(&self) -> Option<Registers> {
        self.0
            .u32_be(NFTABLES_A_EXPR_PAYLOAD_ATTRS_DREG)
            .map(Registers::from_value)
    }

    /// `NFTABLES_A_EXPR_PAYLOAD_ATTRS_BASE`: payload base
    #[inline]
    pub fn base(&self) -> Option<PayloadBase> {
        self.0
            .u32_be(NFTABLES_A_EXPR_PAYLOAD_ATTRS_BASE)
            .map(PayloadBase::from_value)
    }

    /// `NFTABLES_A_EXPR_PAYLOAD_ATTRS_OFFSET`: payload offset relative to base
    #[inline]
    pub fn offset(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_PAYLOAD_ATTRS_OFFSET)
    }

    /// `NFTABLES_A_EXPR_PAYLOAD_ATTRS_LEN`: payload length
    #[inline]
    pub fn len_attr(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_PAYLOAD_ATTRS_LEN)
    }

    /// `NFTABLES_A_EXPR_PAYLOAD_ATTRS_SREG`: source register to load data from
    #[inline]
    pub fn sreg(&self) -> Option<Registers> {
        self.0
            .u32_be(NFTABLES_A_EXPR_PAYLOAD_ATTRS_SREG)
            .map(Registers::from_value)
    }

    /// `NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_TYPE`: checksum type
    #[inline]
    pub fn csum_type(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_TYPE)
    }

    /// `NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_OFFSET`: checksum offset relative to base
    #[inline]
    pub fn csum_offset(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_OFFSET)
    }

    /// `NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_FLAGS`: checksum flags
    #[inline]
    pub fn csum_flags(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_FLAGS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_EXPR_PAYLOAD_ATTRS_DREG
                    if a.raw_kind() == NFTABLES_A_EXPR_PAYLOAD_ATTRS_DREG =>
                {
                    ExprPayloadAttrsBuilder::new(w)
                        .dreg(Registers::from_value(value::u32_be(&a)))?;
                }
                NFTABLES_A_EXPR_PAYLOAD_ATTRS_BASE
                    if a.raw_kind() == NFTABLES_A_EXPR_PAYLOAD_ATTRS_BASE =>
                {
                    ExprPayloadAttrsBuilder::new(w)
                        .base(PayloadBase::from_value(value::u32_be(&a)))?;
                }
                NFTABLES_A_EXPR_PAYLOAD_ATTRS_OFFSET
                    if a.raw_kind() == NFTABLES_A_EXPR_PAYLOAD_ATTRS_OFFSET =>
                {
                    ExprPayloadAttrsBuilder::new(w).offset(value::u32_be(&a))?;
                }
                NFTABLES_A_EXPR_PAYLOAD_ATTRS_LEN
                    if a.raw_kind() == NFTABLES_A_EXPR_PAYLOAD_ATTRS_LEN =>
                {
                    ExprPayloadAttrsBuilder::new(w).len_attr(value::u32_be(&a))?;
                }
                NFTABLES_A_EXPR_PAYLOAD_ATTRS_SREG
                    if a.raw_kind() == NFTABLES_A_EXPR_PAYLOAD_ATTRS_SREG =>
                {
                    ExprPayloadAttrsBuilder::new(w)
                        .sreg(Registers::from_value(value::u32_be(&a)))?;
                }
                NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_TYPE
                    if a.raw_kind() == NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_TYPE =>
                {
                    ExprPayloadAttrsBuilder::new(w).csum_type(value::u32_be(&a))?;
                }
                NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_OFFSET
                    if a.raw_kind() == NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_OFFSET =>
                {
                    ExprPayloadAttrsBuilder::new(w).csum_offset(value::u32_be(&a))?;
                }
                NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_FLAGS
                    if a.raw_kind() == NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_FLAGS =>
                {
                    ExprPayloadAttrsBuilder::new(w).csum_flags(value::u32_be(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ExprRejectAttrs`] checks of each attribute, from the descriptors.
static EXPR_REJECT_ATTRS_CHECKS: [Check; 3] = Check::table(&tables::EXPR_REJECT_ATTRS);

/// The `expr-reject-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprRejectAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for ExprRejectAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_REJECT_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &EXPR_REJECT_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&EXPR_REJECT_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ExprRejectAttrs<'a> {
    /// Indexes and checks a block of `expr-reject-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_REJECT_ATTRS_TYPE`
    #[inline]
    pub fn type_(&self) -> Option<RejectTypes> {
        self.0
            .u32_be(NFTABLES_A_EXPR_REJECT_ATTRS_TYPE)
            .map(RejectTypes::from_value)
    }

    /// `NFTABLES_A_EXPR_REJECT_ATTRS_ICMP_CODE`
    #[inline]
    pub fn icmp_code(&self) -> Option<u8> {
        self.0.u8(NFTABLES_A_EXPR_REJECT_ATTRS_ICMP_CODE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_EXPR_REJECT_ATTRS_TYPE
                    if a.raw_kind() == NFTABLES_A_EXPR_REJECT_ATTRS_TYPE =>
                {
                    ExprRejectAttrsBuilder::new(w)
                        .type_(RejectTypes::from_value(value::u32_be(&a)))?;
                }
                NFTABLES_A_EXPR_REJECT_ATTRS_ICMP_CODE
                    if a.raw_kind() == NFTABLES_A_EXPR_REJECT_ATTRS_ICMP_CODE =>
                {
                    ExprRejectAttrsBuilder::new(w).icmp_code(value::u8(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ExprTargetAttrs`] checks of each attribute, from the descriptors.
static EXPR_TARGET_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::EXPR_TARGET_ATTRS);

/// The `expr-target-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprTargetAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for ExprTargetAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_TARGET_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &EXPR_TARGET_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&EXPR_TARGET_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ExprTargetAttrs<'a> {
    /// Indexes and checks a block of `expr-target-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_TARGET_ATTRS_NAME`
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_EXPR_TARGET_ATTRS_NAME)
    }

    /// `NFTABLES_A_EXPR_TARGET_ATTRS_REV`
    #[inline]
    pub fn rev(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_TARGET_ATTRS_REV)
    }

    /// `NFTABLES_A_EXPR_TARGET_ATTRS_INFO`
    #[inline]
    pub fn info(&self) -> Option<&'a [u8]> {
        self.0.bytes(NFTABLES_A_EXPR_TARGET_ATTRS_INFO)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_EXPR_TARGET_ATTRS_NAME
                    if a.raw_kind() == NFTABLES_A_EXPR_TARGET_ATTRS_NAME =>
                {
                    ExprTargetAttrsBuilder::new(w).name(value::str(&a))?;
                }
                NFTABLES_A_EXPR_TARGET_ATTRS_REV
                    if a.raw_kind() == NFTABLES_A_EXPR_TARGET_ATTRS_REV =>
                {
                    ExprTargetAttrsBuilder::new(w).rev(value::u32_be(&a))?;
                }
                NFTABLES_A_EXPR_TARGET_ATTRS_INFO
                    if a.raw_kind() == NFTABLES_A_EXPR_TARGET_ATTRS_INFO =>
                {
                    ExprTargetAttrsBuilder::new(w).info(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ExprTproxyAttrs`] checks of each attribute, from the descriptors.
static EXPR_TPROXY_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::EXPR_TPROXY_ATTRS);

/// The `expr-tproxy-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprTproxyAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for ExprTproxyAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_TPROXY_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &EXPR_TPROXY_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&EXPR_TPROXY_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ExprTproxyAttrs<'a> {
    /// Indexes and checks a block of `expr-tproxy-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_TPROXY_ATTRS_FAMILY`
    #[inline]
    pub fn family(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_TPROXY_ATTRS_FAMILY)
    }

    /// `NFTABLES_A_EXPR_TPROXY_ATTRS_REG_ADDR`
    #[inline]
    pub fn reg_addr(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_TPROXY_ATTRS_REG_ADDR)
    }

    /// `NFTABLES_A_EXPR_TPROXY_ATTRS_REG_PORT`
    #[inline]
    pub fn reg_port(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_TPROXY_ATTRS_REG_PORT)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_EXPR_TPROXY_ATTRS_FAMILY
                    if a.raw_kind() == NFTABLES_A_EXPR_TPROXY_ATTRS_FAMILY =>
                {
                    ExprTproxyAttrsBuilder::new(w).family(value::u32_be(&a))?;
                }
                NFTABLES_A_EXPR_TPROXY_ATTRS_REG_ADDR
                    if a.raw_kind() == NFTABLES_A_EXPR_TPROXY_ATTRS_REG_ADDR =>
                {
                    ExprTproxyAttrsBuilder::new(w).reg_addr(value::u32_be(&a))?;
                }
                NFTABLES_A_EXPR_TPROXY_ATTRS_REG_PORT
                    if a.raw_kind() == NFTABLES_A_EXPR_TPROXY_ATTRS_REG_PORT =>
                {
                    ExprTproxyAttrsBuilder::new(w).reg_port(value::u32_be(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ExprObjrefAttrs`] checks of each attribute, from the descriptors.
static EXPR_OBJREF_ATTRS_CHECKS: [Check; 6] = Check::table(&tables::EXPR_OBJREF_ATTRS);

/// The `expr-objref-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprObjrefAttrs<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for ExprObjrefAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_OBJREF_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &EXPR_OBJREF_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&EXPR_OBJREF_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ExprObjrefAttrs<'a> {
    /// Indexes and checks a block of `expr-objref-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_OBJREF_ATTRS_IMM_TYPE`
    #[inline]
    pub fn imm_type(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_OBJREF_ATTRS_IMM_TYPE)
    }

    /// `NFTABLES_A_EXPR_OBJREF_ATTRS_IMM_NAME`: object name
    #[inline]
    pub fn imm_name(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_EXPR_OBJREF_ATTRS_IMM_NAME)
    }

    /// `NFTABLES_A_EXPR_OBJREF_ATTRS_SET_SREG`
    #[inline]
    pub fn set_sreg(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_OBJREF_ATTRS_SET_SREG)
    }

    /// `NFTABLES_A_EXPR_OBJREF_ATTRS_SET_NAME`: name of object map
    #[inline]
    pub fn set_name(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_EXPR_OBJREF_ATTRS_SET_NAME)
    }

    /// `NFTABLES_A_EXPR_OBJREF_ATTRS_SET_ID`: id of object map
    #[inline]
    pub fn set_id(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_OBJREF_ATTRS_SET_ID)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_EXPR_OBJREF_ATTRS_IMM_TYPE
                    if a.raw_kind() == NFTABLES_A_EXPR_OBJREF_ATTRS_IMM_TYPE =>
                {
                    ExprObjrefAttrsBuilder::new(w).imm_type(value::u32_be(&a))?;
                }
                NFTABLES_A_EXPR_OBJREF_ATTRS_IMM_NAME
                    if a.raw_kind() == NFTABLES_A_EXPR_OBJREF_ATTRS_IMM_NAME =>
                {
                    ExprObjrefAttrsBuilder::new(w).imm_name(value::str(&a))?;
                }
                NFTABLES_A_EXPR_OBJREF_ATTRS_SET_SREG
                    if a.raw_kind() == NFTABLES_A_EXPR_OBJREF_ATTRS_SET_SREG =>
                {
                    ExprObjrefAttrsBuilder::new(w).set_sreg(value::u32_be(&a))?;
                }
                NFTABLES_A_EXPR_OBJREF_ATTRS_SET_NAME
                    if a.raw_kind() == NFTABLES_A_EXPR_OBJREF_ATTRS_SET_NAME =>
                {
                    ExprObjrefAttrsBuilder::new(w).set_name(value::str(&a))?;
                }
                NFTABLES_A_EXPR_OBJREF_ATTRS_SET_ID
                    if a.raw_kind() == NFTABLES_A_EXPR_OBJREF_ATTRS_SET_ID =>
                {
                    ExprObjrefAttrsBuilder::new(w).set_id(value::u32_be(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`CompatTargetAttrs`] checks of each attribute, from the descriptors.
static COMPAT_TARGET_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::COMPAT_TARGET_ATTRS);

/// The `compat-target-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CompatTargetAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for CompatTargetAttrs<'a> {
    const SET: &'static AttrSet = &tables::COMPAT_TARGET_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &COMPAT_TARGET_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&COMPAT_TARGET_ATTRS_CHECKS, attrs)
    }
}

impl<'a> CompatTargetAttrs<'a> {
    /// Indexes and checks a block of `compat-target-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFTABLES_A_COMPAT_TARGET_ATTRS_NAME`
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_COMPAT_TARGET_ATTRS_NAME)
    }

    /// `NFTABLES_A_COMPAT_TARGET_ATTRS_REV`
    #[inline]
    pub fn rev(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_COMPAT_TARGET_ATTRS_REV)
    }

    /// `NFTABLES_A_COMPAT_TARGET_ATTRS_INFO`
    #[inline]
    pub fn info(&self) -> Option<&'a [u8]> {
        self.0.bytes(NFTABLES_A_COMPAT_TARGET_ATTRS_INFO)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_COMPAT_TARGET_ATTRS_NAME
                    if a.raw_kind() == NFTABLES_A_COMPAT_TARGET_ATTRS_NAME =>
                {
                    CompatTargetAttrsBuilder::new(w).name(value::str(&a))?;
                }
                NFTABLES_A_COMPAT_TARGET_ATTRS_REV
                    if a.raw_kind() == NFTABLES_A_COMPAT_TARGET_ATTRS_REV =>
                {
                    CompatTargetAttrsBuilder::new(w).rev(value::u32_be(&a))?;
                }
                NFTABLES_A_COMPAT_TARGET_ATTRS_INFO
                    if a.raw_kind() == NFTABLES_A_COMPAT_TARGET_ATTRS_INFO =>
                {
                    CompatTargetAttrsBuilder::new(w).info(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`CompatMatchAttrs`] checks of each attribute, from the descriptors.
static COMPAT_MATCH_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::COMPAT_MATCH_ATTRS);

/// The `compat-match-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CompatMatchAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for CompatMatchAttrs<'a> {
    const SET: &'static AttrSet = &tables::COMPAT_MATCH_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &COMPAT_MATCH_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&COMPAT_MATCH_ATTRS_CHECKS, attrs)
    }
}

impl<'a> CompatMatchAttrs<'a> {
    /// Indexes and checks a block of `compat-match-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFTABLES_A_COMPAT_MATCH_ATTRS_NAME`
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_COMPAT_MATCH_ATTRS_NAME)
    }

    /// `NFTABLES_A_COMPAT_MATCH_ATTRS_REV`
    #[inline]
    pub fn rev(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_COMPAT_MATCH_ATTRS_REV)
    }

    /// `NFTABLES_A_COMPAT_MATCH_ATTRS_INFO`
    #[inline]
    pub fn info(&self) -> Option<&'a [u8]> {
        self.0.bytes(NFTABLES_A_COMPAT_MATCH_ATTRS_INFO)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_COMPAT_MATCH_ATTRS_NAME
                    if a.raw_kind() == NFTABLES_A_COMPAT_MATCH_ATTRS_NAME =>
                {
                    CompatMatchAttrsBuilder::new(w).name(value::str(&a))?;
                }
                NFTABLES_A_COMPAT_MATCH_ATTRS_REV
                    if a.raw_kind() == NFTABLES_A_COMPAT_MATCH_ATTRS_REV =>
                {
                    CompatMatchAttrsBuilder::new(w).rev(value::u32_be(&a))?;
                }
                NFTABLES_A_COMPAT_MATCH_ATTRS_INFO
                    if a.raw_kind() == NFTABLES_A_COMPAT_MATCH_ATTRS_INFO =>
                {
                    CompatMatchAttrsBuilder::new(w).info(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`CompatAttrs`] checks of each attribute, from the descriptors.
static COMPAT_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::COMPAT_ATTRS);

/// The `compat-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CompatAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for CompatAttrs<'a> {
    const SET: &'static AttrSet = &tables::COMPAT_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &COMPAT_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&COMPAT_ATTRS_CHECKS, attrs)
    }
}

impl<'a> CompatAttrs<'a> {
    /// Indexes and checks a block of `compat-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFTABLES_A_COMPAT_ATTRS_NAME`
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_COMPAT_ATTRS_NAME)
    }

    /// `NFTABLES_A_COMPAT_ATTRS_REV`
    #[inline]
    pub fn rev(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_COMPAT_ATTRS_REV)
    }

    /// `NFTABLES_A_COMPAT_ATTRS_TYPE`
    #[inline]
    pub fn type_(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_COMPAT_ATTRS_TYPE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFTABLES_A_COMPAT_ATTRS_NAME if a.raw_kind() == NFTABLES_A_COMPAT_ATTRS_NAME => {
                    CompatAttrsBuilder::new(w).name(value::str(&a))?;
                }
                NFTABLES_A_COMPAT_ATTRS_REV if a.raw_kind() == NFTABLES_A_COMPAT_ATTRS_REV => {
                    CompatAttrsBuilder::new(w).rev(value::u32_be(&a))?;
                }
                NFTABLES_A_COMPAT_ATTRS_TYPE if a.raw_kind() == NFTABLES_A_COMPAT_ATTRS_TYPE => {
                    CompatAttrsBuilder::new(w).type_(value::u32_be(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// The `expr-ops` sub-message of `nftables`, chosen by its selector wherever it sits in the block.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum ExprOps<'a> {
    /// Selector `bitwise`.
    Bitwise(ExprBitwiseAttrs<'a>),
    /// Selector `cmp`.
    Cmp(ExprCmpAttrs<'a>),
    /// Selector `counter`.
    Counter(ExprCounterAttrs<'a>),
    /// Selector `ct`.
    Ct(ExprCtAttrs<'a>),
    /// Selector `fib`.
    Fib(ExprFibAttrs<'a>),
    /// Selector `flow_offload`.
    FlowOffload(ExprFlowOffloadAttrs<'a>),
    /// Selector `immediate`.
    Immediate(ExprImmediateAttrs<'a>),
    /// Selector `log`.
    Log(LogAttrs<'a>),
    /// Selector `lookup`.
    Lookup(ExprLookupAttrs<'a>),
    /// Selector `match`.
    Match(CompatMatchAttrs<'a>),
    /// Selector `meta`.
    Meta(ExprMetaAttrs<'a>),
    /// Selector `nat`.
    Nat(ExprNatAttrs<'a>),
    /// Selector `numgen`.
    Numgen(NumgenAttrs<'a>),
    /// Selector `objref`.
    Objref(ExprObjrefAttrs<'a>),
    /// Selector `payload`.
    Payload(ExprPayloadAttrs<'a>),
    /// Selector `quota`.
    Quota(QuotaAttrs<'a>),
    /// Selector `range`.
    Range(RangeAttrs<'a>),
    /// Selector `reject`.
    Reject(ExprRejectAttrs<'a>),
    /// Selector `target`.
    Target(ExprTargetAttrs<'a>),
    /// Selector `tproxy`.
    Tproxy(ExprTproxyAttrs<'a>),
    /// Selector `masq`.
    Masq(ExprMasqAttrs<'a>),
    /// A selector value the spec does not know: the nest, kept raw.
    Other {
        /// The selector attribute, if the block has one.
        selector: Option<Attr<'a>>,
        /// The nest.
        attr: Attr<'a>,
    },
}

impl<'a> ExprOps<'a> {
    /// Parses the nest `attr` as the format `selector` names.
    pub fn parse(
        attr: Option<Attr<'a>>,
        selector: Option<Attr<'a>>,
    ) -> Result<Option<Self>, Error> {
        let Some(attr) = attr else { return Ok(None) };
        let format = selector
            .as_ref()
            .and_then(|s| tables::EXPR_OPS.variant_for(s.value()));
        Ok(Some(match format.map(|v| v.value) {
            Some("bitwise") => Self::Bitwise(ExprBitwiseAttrs::parse(attr.nested())?),
            Some("cmp") => Self::Cmp(ExprCmpAttrs::parse(attr.nested())?),
            Some("counter") => Self::Counter(ExprCounterAttrs::parse(attr.nested())?),
            Some("ct") => Self::Ct(ExprCtAttrs::parse(attr.nested())?),
            Some("fib") => Self::Fib(ExprFibAttrs::parse(attr.nested())?),
            Some("flow_offload") => Self::FlowOffload(ExprFlowOffloadAttrs::parse(attr.nested())?),
            Some("immediate") => Self::Immediate(ExprImmediateAttrs::parse(attr.nested())?),
            Some("log") => Self::Log(LogAttrs::parse(attr.nested())?),
            Some("lookup") => Self::Lookup(ExprLookupAttrs::parse(attr.nested())?),
            Some("match") => Self::Match(CompatMatchAttrs::parse(attr.nested())?),
            Some("meta") => Self::Meta(ExprMetaAttrs::parse(attr.nested())?),
            Some("nat") => Self::Nat(ExprNatAttrs::parse(attr.nested())?),
            Some("numgen") => Self::Numgen(NumgenAttrs::parse(attr.nested())?),
            Some("objref") => Self::Objref(ExprObjrefAttrs::parse(attr.nested())?),
            Some("payload") => Self::Payload(ExprPayloadAttrs::parse(attr.nested())?),
            Some("quota") => Self::Quota(QuotaAttrs::parse(attr.nested())?),
            Some("range") => Self::Range(RangeAttrs::parse(attr.nested())?),
            Some("reject") => Self::Reject(ExprRejectAttrs::parse(attr.nested())?),
            Some("target") => Self::Target(ExprTargetAttrs::parse(attr.nested())?),
            Some("tproxy") => Self::Tproxy(ExprTproxyAttrs::parse(attr.nested())?),
            Some("masq") => Self::Masq(ExprMasqAttrs::parse(attr.nested())?),
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
            Self::Bitwise(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Cmp(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Counter(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Ct(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Fib(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::FlowOffload(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Immediate(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Log(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Lookup(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Match(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Meta(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Nat(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Numgen(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Objref(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Payload(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Quota(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Range(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Reject(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Target(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Tproxy(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Masq(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Other { .. } => raw(w, a),
        }
    }
}

/// The `obj-data` sub-message of `nftables`, chosen by its selector wherever it sits in the block.
#[derive(Debug, Clone)]
#[allow(clippy::large_enum_variant)]
#[non_exhaustive]
pub enum ObjData<'a> {
    /// Selector `counter`.
    Counter(CounterAttrs<'a>),
    /// Selector `quota`.
    Quota(QuotaAttrs<'a>),
    /// A selector value the spec does not know: the nest, kept raw.
    Other {
        /// The selector attribute, if the block has one.
        selector: Option<Attr<'a>>,
        /// The nest.
        attr: Attr<'a>,
    },
}

impl<'a> ObjData<'a> {
    /// Parses the nest `attr` as the format `selector` names.
    pub fn parse(
        attr: Option<Attr<'a>>,
        selector: Option<Attr<'a>>,
    ) -> Result<Option<Self>, Error> {
        let Some(attr) = attr else { return Ok(None) };
        let format = selector
            .as_ref()
            .and_then(|s| tables::OBJ_DATA.variant_for(s.value()));
        Ok(Some(match format.map(|v| v.value) {
            Some("counter") => Self::Counter(CounterAttrs::parse(attr.nested())?),
            Some("quota") => Self::Quota(QuotaAttrs::parse(attr.nested())?),
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
            Self::Counter(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Quota(v) => nest_like(w, a, |w| v.write_to(w)),
            Self::Other { .. } => raw(w, a),
        }
    }
}

/// Every attribute set of `nftables` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 48] = [
    SetRoundtrip {
        set: &tables::LOG_ATTRS,
        run: |attrs, w| LogAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::NUMGEN_ATTRS,
        run: |attrs, w| NumgenAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::RANGE_ATTRS,
        run: |attrs, w| RangeAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::BATCH_ATTRS,
        run: |attrs, w| BatchAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::TABLE_ATTRS,
        run: |attrs, w| TableAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::CHAIN_ATTRS,
        run: |attrs, w| ChainAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::COUNTER_ATTRS,
        run: |attrs, w| CounterAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::NFT_HOOK_ATTRS,
        run: |attrs, w| NftHookAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::HOOK_DEV_ATTRS,
        run: |attrs, w| HookDevAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::NFT_COUNTER_ATTRS,
        run: |attrs, w| NftCounterAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::RULE_ATTRS,
        run: |attrs, w| RuleAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::EXPR_LIST_ATTRS,
        run: |attrs, w| ExprListAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::EXPR_ATTRS,
        run: |attrs, w| ExprAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::RULE_COMPAT_ATTRS,
        run: |attrs, w| RuleCompatAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::SET_ATTRS,
        run: |attrs, w| SetAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::SET_DESC_ATTRS,
        run: |attrs, w| SetDescAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::SET_DESC_CONCAT_ATTRS,
        run: |attrs, w| SetDescConcatAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::SET_FIELD_ATTRS,
        run: |attrs, w| SetFieldAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::SET_LIST_ATTRS,
        run: |attrs, w| SetListAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::SETELEM_ATTRS,
        run: |attrs, w| SetelemAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::SETELEM_LIST_ELEM_ATTRS,
        run: |attrs, w| SetelemListElemAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::SETELEM_LIST_ATTRS,
        run: |attrs, w| SetelemListAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::GEN_ATTRS,
        run: |attrs, w| GenAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::OBJ_ATTRS,
        run: |attrs, w| ObjAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::QUOTA_ATTRS,
        run: |attrs, w| QuotaAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::FLOWTABLE_ATTRS,
        run: |attrs, w| FlowtableAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::FLOWTABLE_HOOK_ATTRS,
        run: |attrs, w| FlowtableHookAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::EXPR_BITWISE_ATTRS,
        run: |attrs, w| ExprBitwiseAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::EXPR_CMP_ATTRS,
        run: |attrs, w| ExprCmpAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DATA_ATTRS,
        run: |attrs, w| DataAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::VERDICT_ATTRS,
        run: |attrs, w| VerdictAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::EXPR_COUNTER_ATTRS,
        run: |attrs, w| ExprCounterAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::EXPR_FIB_ATTRS,
        run: |attrs, w| ExprFibAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::EXPR_CT_ATTRS,
        run: |attrs, w| ExprCtAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::EXPR_FLOW_OFFLOAD_ATTRS,
        run: |attrs, w| ExprFlowOffloadAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::EXPR_IMMEDIATE_ATTRS,
        run: |attrs, w| ExprImmediateAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::EXPR_LOOKUP_ATTRS,
        run: |attrs, w| ExprLookupAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::EXPR_MASQ_ATTRS,
        run: |attrs, w| ExprMasqAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::EXPR_META_ATTRS,
        run: |attrs, w| ExprMetaAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::EXPR_NAT_ATTRS,
        run: |attrs, w| ExprNatAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::EXPR_PAYLOAD_ATTRS,
        run: |attrs, w| ExprPayloadAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::EXPR_REJECT_ATTRS,
        run: |attrs, w| ExprRejectAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::EXPR_TARGET_ATTRS,
        run: |attrs, w| ExprTargetAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::EXPR_TPROXY_ATTRS,
        run: |attrs, w| ExprTproxyAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::EXPR_OBJREF_ATTRS,
        run: |attrs, w| ExprObjrefAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::COMPAT_TARGET_ATTRS,
        run: |attrs, w| CompatTargetAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::COMPAT_MATCH_ATTRS,
        run: |attrs, w| CompatMatchAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::COMPAT_ATTRS,
        run: |attrs, w| CompatAttrs::parse(attrs)?.write_to(w),
    },
];
