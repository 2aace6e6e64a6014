//! Typed views of `ovs_vport`: one per attribute set, parsed in one pass into a table, with
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

/// What [`VportOptions`] checks of each attribute, from the descriptors.
static VPORT_OPTIONS_CHECKS: [Check; 3] = Check::table(&tables::VPORT_OPTIONS);

/// The `vport-options` attributes of `ovs_vport`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct VportOptions<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for VportOptions<'a> {
    const SET: &'static AttrSet = &tables::VPORT_OPTIONS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &VPORT_OPTIONS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&VPORT_OPTIONS_CHECKS, attrs)
    }
}

impl<'a> VportOptions<'a> {
    /// Indexes and checks a block of `vport-options` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `OVS_TUNNEL_ATTR_DST_PORT`
    #[inline]
    pub fn dst_port(&self) -> Option<u32> {
        self.0.u32(OVS_TUNNEL_ATTR_DST_PORT)
    }

    /// `OVS_TUNNEL_ATTR_EXTENSION`
    #[inline]
    pub fn extension(&self) -> Option<u32> {
        self.0.u32(OVS_TUNNEL_ATTR_EXTENSION)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVS_TUNNEL_ATTR_DST_PORT if a.raw_kind() == OVS_TUNNEL_ATTR_DST_PORT => {
                    VportOptionsBuilder::new(w).dst_port(value::u32(&a))?;
                }
                OVS_TUNNEL_ATTR_EXTENSION if a.raw_kind() == OVS_TUNNEL_ATTR_EXTENSION => {
                    VportOptionsBuilder::new(w).extension(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`UpcallStats`] checks of each attribute, from the descriptors.
static UPCALL_STATS_CHECKS: [Check; 2] = Check::table(&tables::UPCALL_STATS);

/// The `upcall-stats` attributes of `ovs_vport`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct UpcallStats<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for UpcallStats<'a> {
    const SET: &'static AttrSet = &tables::UPCALL_STATS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &UPCALL_STATS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&UPCALL_STATS_CHECKS, attrs)
    }
}

impl<'a> UpcallStats<'a> {
    /// Indexes and checks a block of `upcall-stats` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `OVS_VPORT_UPCALL_ATTR_SUCCESS`
    #[inline]
    pub fn success(&self) -> Option<u64> {
        self.0.u64(OVS_VPORT_UPCALL_ATTR_SUCCESS)
    }

    /// `OVS_VPORT_UPCALL_ATTR_FAIL`
    #[inline]
    pub fn fail(&self) -> Option<u64> {
        self.0.u64(OVS_VPORT_UPCALL_ATTR_FAIL)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVS_VPORT_UPCALL_ATTR_SUCCESS if a.raw_kind() == OVS_VPORT_UPCALL_ATTR_SUCCESS => {
                    UpcallStatsBuilder::new(w).success(value::u64(&a))?;
                }
                OVS_VPORT_UPCALL_ATTR_FAIL if a.raw_kind() == OVS_VPORT_UPCALL_ATTR_FAIL => {
                    UpcallStatsBuilder::new(w).fail(value::u64(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Vport`] checks of each attribute, from the descriptors.
static VPORT_CHECKS: [Check; 11] = Check::table(&tables::VPORT);

/// The `vport` attributes of `ovs_vport`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Vport<'a>(Table<'a, 11>);

impl<'a> AttrView<'a> for Vport<'a> {
    const SET: &'static AttrSet = &tables::VPORT;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &VPORT_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&VPORT_CHECKS, attrs)
    }
}

impl<'a> Vport<'a> {
    /// Indexes and checks a block of `vport` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 11> {
        &self.0
    }

    /// `OVS_VPORT_ATTR_PORT_NO`
    #[inline]
    pub fn port_no(&self) -> Option<u32> {
        self.0.u32(OVS_VPORT_ATTR_PORT_NO)
    }

    /// `OVS_VPORT_ATTR_TYPE`
    #[inline]
    pub fn type_(&self) -> Option<VportType> {
        self.0.u32(OVS_VPORT_ATTR_TYPE).map(VportType::from_value)
    }

    /// `OVS_VPORT_ATTR_NAME`
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(OVS_VPORT_ATTR_NAME)
    }

    /// `OVS_VPORT_ATTR_OPTIONS`
    #[inline]
    pub fn options(&self) -> Result<Option<VportOptions<'a>>, Error> {
        self.0.nest(OVS_VPORT_ATTR_OPTIONS)
    }

    /// `OVS_VPORT_ATTR_UPCALL_PID`
    #[inline]
    pub fn upcall_pid(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_VPORT_ATTR_UPCALL_PID)
    }

    /// `OVS_VPORT_ATTR_STATS`
    #[inline]
    pub fn stats(&self) -> Option<OvsVportStats> {
        self.0
            .fixed(OVS_VPORT_ATTR_STATS, OvsVportStats::from_bytes)
    }

    /// `OVS_VPORT_ATTR_IFINDEX`
    #[inline]
    pub fn ifindex(&self) -> Option<u32> {
        self.0.u32(OVS_VPORT_ATTR_IFINDEX)
    }

    /// `OVS_VPORT_ATTR_NETNSID`
    #[inline]
    pub fn netnsid(&self) -> Option<u32> {
        self.0.u32(OVS_VPORT_ATTR_NETNSID)
    }

    /// `OVS_VPORT_ATTR_UPCALL_STATS`
    #[inline]
    pub fn upcall_stats(&self) -> Result<Option<UpcallStats<'a>>, Error> {
        self.0.nest(OVS_VPORT_ATTR_UPCALL_STATS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVS_VPORT_ATTR_UNSPEC if a.raw_kind() == OVS_VPORT_ATTR_UNSPEC => raw(w, &a)?,
                OVS_VPORT_ATTR_PORT_NO if a.raw_kind() == OVS_VPORT_ATTR_PORT_NO => {
                    VportBuilder::new(w).port_no(value::u32(&a))?;
                }
                OVS_VPORT_ATTR_TYPE if a.raw_kind() == OVS_VPORT_ATTR_TYPE => {
                    VportBuilder::new(w).type_(VportType::from_value(value::u32(&a)))?;
                }
                OVS_VPORT_ATTR_NAME if a.raw_kind() == OVS_VPORT_ATTR_NAME => {
                    VportBuilder::new(w).name(value::str(&a))?;
                }
                OVS_VPORT_ATTR_OPTIONS => {
                    nest_like(w, &a, |w| VportOptions::parse(a.nested())?.write_to(w))?
                }
                OVS_VPORT_ATTR_UPCALL_PID if a.raw_kind() == OVS_VPORT_ATTR_UPCALL_PID => {
                    VportBuilder::new(w).upcall_pid(a.value())?;
                }
                OVS_VPORT_ATTR_STATS if a.raw_kind() == OVS_VPORT_ATTR_STATS => {
                    if a.value().len() == OvsVportStats::LEN {
                        VportBuilder::new(w).stats(&OvsVportStats::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_VPORT_ATTR_PAD if a.raw_kind() == OVS_VPORT_ATTR_PAD => raw(w, &a)?,
                OVS_VPORT_ATTR_IFINDEX if a.raw_kind() == OVS_VPORT_ATTR_IFINDEX => {
                    VportBuilder::new(w).ifindex(value::u32(&a))?;
                }
                OVS_VPORT_ATTR_NETNSID if a.raw_kind() == OVS_VPORT_ATTR_NETNSID => {
                    VportBuilder::new(w).netnsid(value::u32(&a))?;
                }
                OVS_VPORT_ATTR_UPCALL_STATS => {
                    nest_like(w, &a, |w| UpcallStats::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// Every attribute set of `ovs_vport` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 3] = [
    SetRoundtrip {
        set: &tables::VPORT_OPTIONS,
        run: |attrs, w| VportOptions::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::UPCALL_STATS,
        run: |attrs, w| UpcallStats::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::VPORT,
        run: |attrs, w| Vport::parse(attrs)?.write_to(w),
    },
];
