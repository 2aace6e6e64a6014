//! Typed views of `dev-energymodel`: one per attribute set, parsed in one pass into a table, with
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

/// What [`PerfDomain`] checks of each attribute, from the descriptors.
static PERF_DOMAIN_CHECKS: [Check; 5] = Check::table(&tables::PERF_DOMAIN);

/// Information on a single performance domains.
#[derive(Debug, Clone)]
pub struct PerfDomain<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for PerfDomain<'a> {
    const SET: &'static AttrSet = &tables::PERF_DOMAIN;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PERF_DOMAIN_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PERF_DOMAIN_CHECKS, attrs)
    }
}

impl<'a> PerfDomain<'a> {
    /// Indexes and checks a block of `perf-domain` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `DEV_ENERGYMODEL_A_PERF_DOMAIN_PERF_DOMAIN_ID`: A unique ID number for each performance domain.
    #[inline]
    pub fn perf_domain_id(&self) -> Option<u32> {
        self.0.u32(DEV_ENERGYMODEL_A_PERF_DOMAIN_PERF_DOMAIN_ID)
    }

    /// `DEV_ENERGYMODEL_A_PERF_DOMAIN_FLAGS`: Bitmask of performance domain flags.
    #[inline]
    pub fn flags(&self) -> Option<PerfDomainFlags> {
        self.0
            .u64(DEV_ENERGYMODEL_A_PERF_DOMAIN_FLAGS)
            .map(PerfDomainFlags)
    }

    /// `DEV_ENERGYMODEL_A_PERF_DOMAIN_CPUS`: CPUs that belong to this performance domain.
    #[inline]
    pub fn cpus(&self) -> impl Iterator<Item = Attr<'a>> + 'a {
        self.0.all(DEV_ENERGYMODEL_A_PERF_DOMAIN_CPUS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEV_ENERGYMODEL_A_PERF_DOMAIN_PAD
                    if a.raw_kind() == DEV_ENERGYMODEL_A_PERF_DOMAIN_PAD =>
                {
                    raw(w, &a)?
                }
                DEV_ENERGYMODEL_A_PERF_DOMAIN_PERF_DOMAIN_ID
                    if a.raw_kind() == DEV_ENERGYMODEL_A_PERF_DOMAIN_PERF_DOMAIN_ID =>
                {
                    PerfDomainBuilder::new(w).perf_domain_id(value::u32(&a))?;
                }
                DEV_ENERGYMODEL_A_PERF_DOMAIN_FLAGS
                    if a.raw_kind() == DEV_ENERGYMODEL_A_PERF_DOMAIN_FLAGS =>
                {
                    PerfDomainBuilder::new(w).flags(PerfDomainFlags(value::u64(&a)))?;
                }
                DEV_ENERGYMODEL_A_PERF_DOMAIN_CPUS
                    if a.raw_kind() == DEV_ENERGYMODEL_A_PERF_DOMAIN_CPUS =>
                {
                    PerfDomainBuilder::new(w).cpus(value::u64(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`PerfTable`] checks of each attribute, from the descriptors.
static PERF_TABLE_CHECKS: [Check; 3] = Check::table(&tables::PERF_TABLE);

/// Performance states table.
#[derive(Debug, Clone)]
pub struct PerfTable<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for PerfTable<'a> {
    const SET: &'static AttrSet = &tables::PERF_TABLE;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PERF_TABLE_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PERF_TABLE_CHECKS, attrs)
    }
}

impl<'a> PerfTable<'a> {
    /// Indexes and checks a block of `perf-table` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `DEV_ENERGYMODEL_A_PERF_TABLE_PERF_DOMAIN_ID`: A unique ID number for each performance domain.
    #[inline]
    pub fn perf_domain_id(&self) -> Option<u32> {
        self.0.u32(DEV_ENERGYMODEL_A_PERF_TABLE_PERF_DOMAIN_ID)
    }

    /// `DEV_ENERGYMODEL_A_PERF_TABLE_PERF_STATE`
    #[inline]
    pub fn perf_state(&self) -> impl Iterator<Item = Result<PerfState<'a>, Error>> + 'a {
        self.0
            .all(DEV_ENERGYMODEL_A_PERF_TABLE_PERF_STATE)
            .map(|a| PerfState::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEV_ENERGYMODEL_A_PERF_TABLE_PERF_DOMAIN_ID
                    if a.raw_kind() == DEV_ENERGYMODEL_A_PERF_TABLE_PERF_DOMAIN_ID =>
                {
                    PerfTableBuilder::new(w).perf_domain_id(value::u32(&a))?;
                }
                DEV_ENERGYMODEL_A_PERF_TABLE_PERF_STATE => {
                    nest_like(w, &a, |w| PerfState::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`PerfState`] checks of each attribute, from the descriptors.
static PERF_STATE_CHECKS: [Check; 7] = Check::table(&tables::PERF_STATE);

/// Performance state of a performance domain.
#[derive(Debug, Clone)]
pub struct PerfState<'a>(Table<'a, 7>);

impl<'a> AttrView<'a> for PerfState<'a> {
    const SET: &'static AttrSet = &tables::PERF_STATE;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PERF_STATE_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PERF_STATE_CHECKS, attrs)
    }
}

impl<'a> PerfState<'a> {
    /// Indexes and checks a block of `perf-state` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 7> {
        &self.0
    }

    /// `DEV_ENERGYMODEL_A_PERF_STATE_PERFORMANCE`: CPU performance (capacity) at a given frequency.
    #[inline]
    pub fn performance(&self) -> Option<u64> {
        self.0.u64(DEV_ENERGYMODEL_A_PERF_STATE_PERFORMANCE)
    }

    /// `DEV_ENERGYMODEL_A_PERF_STATE_FREQUENCY`: The frequency in KHz, for consistency with CPUFreq.
    #[inline]
    pub fn frequency(&self) -> Option<u64> {
        self.0.u64(DEV_ENERGYMODEL_A_PERF_STATE_FREQUENCY)
    }

    /// `DEV_ENERGYMODEL_A_PERF_STATE_POWER`: The power consumed at this level (by 1 CPU or by a registered device). It can be a total power: static and dynamic.
    #[inline]
    pub fn power(&self) -> Option<u64> {
        self.0.u64(DEV_ENERGYMODEL_A_PERF_STATE_POWER)
    }

    /// `DEV_ENERGYMODEL_A_PERF_STATE_COST`: The cost coefficient associated with this level, used during energy calculation. Equal to: power * max_frequency / frequency.
    #[inline]
    pub fn cost(&self) -> Option<u64> {
        self.0.u64(DEV_ENERGYMODEL_A_PERF_STATE_COST)
    }

    /// `DEV_ENERGYMODEL_A_PERF_STATE_FLAGS`: Bitmask of performance state flags.
    #[inline]
    pub fn flags(&self) -> Option<PerfStateFlags> {
        self.0
            .u64(DEV_ENERGYMODEL_A_PERF_STATE_FLAGS)
            .map(PerfStateFlags)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEV_ENERGYMODEL_A_PERF_STATE_PAD
                    if a.raw_kind() == DEV_ENERGYMODEL_A_PERF_STATE_PAD =>
                {
                    raw(w, &a)?
                }
                DEV_ENERGYMODEL_A_PERF_STATE_PERFORMANCE
                    if a.raw_kind() == DEV_ENERGYMODEL_A_PERF_STATE_PERFORMANCE =>
                {
                    PerfStateBuilder::new(w).performance(value::u64(&a))?;
                }
                DEV_ENERGYMODEL_A_PERF_STATE_FREQUENCY
                    if a.raw_kind() == DEV_ENERGYMODEL_A_PERF_STATE_FREQUENCY =>
                {
                    PerfStateBuilder::new(w).frequency(value::u64(&a))?;
                }
                DEV_ENERGYMODEL_A_PERF_STATE_POWER
                    if a.raw_kind() == DEV_ENERGYMODEL_A_PERF_STATE_POWER =>
                {
                    PerfStateBuilder::new(w).power(value::u64(&a))?;
                }
                DEV_ENERGYMODEL_A_PERF_STATE_COST
                    if a.raw_kind() == DEV_ENERGYMODEL_A_PERF_STATE_COST =>
                {
                    PerfStateBuilder::new(w).cost(value::u64(&a))?;
                }
                DEV_ENERGYMODEL_A_PERF_STATE_FLAGS
                    if a.raw_kind() == DEV_ENERGYMODEL_A_PERF_STATE_FLAGS =>
                {
                    PerfStateBuilder::new(w).flags(PerfStateFlags(value::u64(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// Every attribute set of `dev-energymodel` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 3] = [
    SetRoundtrip {
        set: &tables::PERF_DOMAIN,
        run: |attrs, w| PerfDomain::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::PERF_TABLE,
        run: |attrs, w| PerfTable::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::PERF_STATE,
        run: |attrs, w| PerfState::parse(attrs)?.write_to(w),
    },
];
