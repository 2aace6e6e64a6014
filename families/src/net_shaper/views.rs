//! Typed views of `net-shaper`: one per attribute set, parsed in one pass into a table, with
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

/// What [`NetShaper`] checks of each attribute, from the descriptors.
static NET_SHAPER_CHECKS: [Check; 11] = Check::table(&tables::NET_SHAPER);

/// The `net-shaper` attributes of `net-shaper`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct NetShaper<'a>(Table<'a, 11>);

impl<'a> AttrView<'a> for NetShaper<'a> {
    const SET: &'static AttrSet = &tables::NET_SHAPER;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &NET_SHAPER_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&NET_SHAPER_CHECKS, attrs)
    }
}

impl<'a> NetShaper<'a> {
    /// Indexes and checks a block of `net-shaper` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 11> {
        &self.0
    }

    /// `NET_SHAPER_A_HANDLE`: Unique identifier for the given shaper inside the owning device.
    #[inline]
    pub fn handle(&self) -> Result<Option<Handle<'a>>, Error> {
        self.0.nest(NET_SHAPER_A_HANDLE)
    }

    /// `NET_SHAPER_A_METRIC`: Metric used by the given shaper for bw-min, bw-max and burst.
    #[inline]
    pub fn metric(&self) -> Option<Metric> {
        self.0.u32(NET_SHAPER_A_METRIC).map(Metric::from_value)
    }

    /// `NET_SHAPER_A_BW_MIN`: Guaranteed bandwidth for the given shaper.
    #[inline]
    pub fn bw_min(&self) -> Option<u64> {
        self.0.uint(NET_SHAPER_A_BW_MIN)
    }

    /// `NET_SHAPER_A_BW_MAX`: Maximum bandwidth for the given shaper or 0 when unlimited.
    #[inline]
    pub fn bw_max(&self) -> Option<u64> {
        self.0.uint(NET_SHAPER_A_BW_MAX)
    }

    /// `NET_SHAPER_A_BURST`: Maximum burst-size for shaping. Should not be interpreted
    /// as a quantum.
    #[inline]
    pub fn burst(&self) -> Option<u64> {
        self.0.uint(NET_SHAPER_A_BURST)
    }

    /// `NET_SHAPER_A_PRIORITY`: Scheduling priority for the given shaper. The priority
    /// scheduling is applied to sibling shapers.
    #[inline]
    pub fn priority(&self) -> Option<u32> {
        self.0.u32(NET_SHAPER_A_PRIORITY)
    }

    /// `NET_SHAPER_A_WEIGHT`: Relative weight for round robin scheduling of the
    /// given shaper.
    /// The scheduling is applied to all sibling shapers
    /// with the same priority.
    #[inline]
    pub fn weight(&self) -> Option<u32> {
        self.0.u32(NET_SHAPER_A_WEIGHT)
    }

    /// `NET_SHAPER_A_IFINDEX`: Interface index owning the specified shaper.
    #[inline]
    pub fn ifindex(&self) -> Option<u32> {
        self.0.u32(NET_SHAPER_A_IFINDEX)
    }

    /// `NET_SHAPER_A_PARENT`: Identifier for the parent of the affected shaper.
    /// Only needed for @group operation.
    #[inline]
    pub fn parent(&self) -> Result<Option<Handle<'a>>, Error> {
        self.0.nest(NET_SHAPER_A_PARENT)
    }

    /// `NET_SHAPER_A_LEAVES`: Describes a set of leaves shapers for a @group operation.
    #[inline]
    pub fn leaves(&self) -> impl Iterator<Item = Result<LeafInfo<'a>, Error>> + 'a {
        self.0
            .all(NET_SHAPER_A_LEAVES)
            .map(|a| LeafInfo::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NET_SHAPER_A_HANDLE => {
                    nest_like(w, &a, |w| Handle::parse(a.nested())?.write_to(w))?
                }
                NET_SHAPER_A_METRIC if a.raw_kind() == NET_SHAPER_A_METRIC => {
                    NetShaperBuilder::new(w).metric(Metric::from_value(value::u32(&a)))?;
                }
                NET_SHAPER_A_BW_MIN if a.raw_kind() == NET_SHAPER_A_BW_MIN => {
                    NetShaperBuilder::new(w).bw_min(value::uint(&a))?;
                }
                NET_SHAPER_A_BW_MAX if a.raw_kind() == NET_SHAPER_A_BW_MAX => {
                    NetShaperBuilder::new(w).bw_max(value::uint(&a))?;
                }
                NET_SHAPER_A_BURST if a.raw_kind() == NET_SHAPER_A_BURST => {
                    NetShaperBuilder::new(w).burst(value::uint(&a))?;
                }
                NET_SHAPER_A_PRIORITY if a.raw_kind() == NET_SHAPER_A_PRIORITY => {
                    NetShaperBuilder::new(w).priority(value::u32(&a))?;
                }
                NET_SHAPER_A_WEIGHT if a.raw_kind() == NET_SHAPER_A_WEIGHT => {
                    NetShaperBuilder::new(w).weight(value::u32(&a))?;
                }
                NET_SHAPER_A_IFINDEX if a.raw_kind() == NET_SHAPER_A_IFINDEX => {
                    NetShaperBuilder::new(w).ifindex(value::u32(&a))?;
                }
                NET_SHAPER_A_PARENT => {
                    nest_like(w, &a, |w| Handle::parse(a.nested())?.write_to(w))?
                }
                NET_SHAPER_A_LEAVES => {
                    nest_like(w, &a, |w| LeafInfo::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Handle`] checks of each attribute, from the descriptors.
static HANDLE_CHECKS: [Check; 3] = Check::table(&tables::HANDLE);

/// The `handle` attributes of `net-shaper`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Handle<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for Handle<'a> {
    const SET: &'static AttrSet = &tables::HANDLE;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &HANDLE_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&HANDLE_CHECKS, attrs)
    }
}

impl<'a> Handle<'a> {
    /// Indexes and checks a block of `handle` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `NET_SHAPER_A_HANDLE_SCOPE`: Defines the shaper @id interpretation.
    #[inline]
    pub fn scope(&self) -> Option<Scope> {
        self.0.u32(NET_SHAPER_A_HANDLE_SCOPE).map(Scope::from_value)
    }

    /// `NET_SHAPER_A_HANDLE_ID`: Numeric identifier of a shaper. The id semantic depends on
    /// the scope. For @queue scope it's the queue id and for @node
    /// scope it's the node identifier.
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32(NET_SHAPER_A_HANDLE_ID)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NET_SHAPER_A_HANDLE_SCOPE if a.raw_kind() == NET_SHAPER_A_HANDLE_SCOPE => {
                    HandleBuilder::new(w).scope(Scope::from_value(value::u32(&a)))?;
                }
                NET_SHAPER_A_HANDLE_ID if a.raw_kind() == NET_SHAPER_A_HANDLE_ID => {
                    HandleBuilder::new(w).id(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`LeafInfo`] checks of each attribute, from the descriptors.
static LEAF_INFO_CHECKS: [Check; 8] = Check::table(&tables::LEAF_INFO);

/// The `leaf-info` attributes of `net-shaper`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct LeafInfo<'a>(Table<'a, 8>);

impl<'a> AttrView<'a> for LeafInfo<'a> {
    const SET: &'static AttrSet = &tables::LEAF_INFO;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LEAF_INFO_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LEAF_INFO_CHECKS, attrs)
    }
}

impl<'a> LeafInfo<'a> {
    /// Indexes and checks a block of `leaf-info` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 8> {
        &self.0
    }

    /// `NET_SHAPER_A_HANDLE`: Unique identifier for the given shaper inside the owning device.
    #[inline]
    pub fn handle(&self) -> Result<Option<Handle<'a>>, Error> {
        self.0.nest(NET_SHAPER_A_HANDLE)
    }

    /// `NET_SHAPER_A_PRIORITY`: Scheduling priority for the given shaper. The priority
    /// scheduling is applied to sibling shapers.
    #[inline]
    pub fn priority(&self) -> Option<u32> {
        self.0.u32(NET_SHAPER_A_PRIORITY)
    }

    /// `NET_SHAPER_A_WEIGHT`: Relative weight for round robin scheduling of the
    /// given shaper.
    /// The scheduling is applied to all sibling shapers
    /// with the same priority.
    #[inline]
    pub fn weight(&self) -> Option<u32> {
        self.0.u32(NET_SHAPER_A_WEIGHT)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NET_SHAPER_A_HANDLE => {
                    nest_like(w, &a, |w| Handle::parse(a.nested())?.write_to(w))?
                }
                NET_SHAPER_A_PRIORITY if a.raw_kind() == NET_SHAPER_A_PRIORITY => {
                    LeafInfoBuilder::new(w).priority(value::u32(&a))?;
                }
                NET_SHAPER_A_WEIGHT if a.raw_kind() == NET_SHAPER_A_WEIGHT => {
                    LeafInfoBuilder::new(w).weight(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Caps`] checks of each attribute, from the descriptors.
static CAPS_CHECKS: [Check; 11] = Check::table(&tables::CAPS);

/// The `caps` attributes of `net-shaper`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Caps<'a>(Table<'a, 11>);

impl<'a> AttrView<'a> for Caps<'a> {
    const SET: &'static AttrSet = &tables::CAPS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &CAPS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&CAPS_CHECKS, attrs)
    }
}

impl<'a> Caps<'a> {
    /// Indexes and checks a block of `caps` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 11> {
        &self.0
    }

    /// `NET_SHAPER_A_CAPS_IFINDEX`: Interface index queried for shapers capabilities.
    #[inline]
    pub fn ifindex(&self) -> Option<u32> {
        self.0.u32(NET_SHAPER_A_CAPS_IFINDEX)
    }

    /// `NET_SHAPER_A_CAPS_SCOPE`: The scope to which the queried capabilities apply.
    #[inline]
    pub fn scope(&self) -> Option<Scope> {
        self.0.u32(NET_SHAPER_A_CAPS_SCOPE).map(Scope::from_value)
    }

    /// `NET_SHAPER_A_CAPS_SUPPORT_METRIC_BPS`: The device accepts 'bps' metric for bw-min, bw-max and burst.
    #[inline]
    pub fn support_metric_bps(&self) -> bool {
        self.0.flag(NET_SHAPER_A_CAPS_SUPPORT_METRIC_BPS)
    }

    /// `NET_SHAPER_A_CAPS_SUPPORT_METRIC_PPS`: The device accepts 'pps' metric for bw-min, bw-max and burst.
    #[inline]
    pub fn support_metric_pps(&self) -> bool {
        self.0.flag(NET_SHAPER_A_CAPS_SUPPORT_METRIC_PPS)
    }

    /// `NET_SHAPER_A_CAPS_SUPPORT_NESTING`: The device supports nesting shaper belonging to this scope
    /// below 'node' scoped shapers. Only 'queue' and 'node'
    /// scope can have flag 'support-nesting'.
    #[inline]
    pub fn support_nesting(&self) -> bool {
        self.0.flag(NET_SHAPER_A_CAPS_SUPPORT_NESTING)
    }

    /// `NET_SHAPER_A_CAPS_SUPPORT_BW_MIN`: The device supports a minimum guaranteed B/W.
    #[inline]
    pub fn support_bw_min(&self) -> bool {
        self.0.flag(NET_SHAPER_A_CAPS_SUPPORT_BW_MIN)
    }

    /// `NET_SHAPER_A_CAPS_SUPPORT_BW_MAX`: The device supports maximum B/W shaping.
    #[inline]
    pub fn support_bw_max(&self) -> bool {
        self.0.flag(NET_SHAPER_A_CAPS_SUPPORT_BW_MAX)
    }

    /// `NET_SHAPER_A_CAPS_SUPPORT_BURST`: The device supports a maximum burst size.
    #[inline]
    pub fn support_burst(&self) -> bool {
        self.0.flag(NET_SHAPER_A_CAPS_SUPPORT_BURST)
    }

    /// `NET_SHAPER_A_CAPS_SUPPORT_PRIORITY`: The device supports priority scheduling.
    #[inline]
    pub fn support_priority(&self) -> bool {
        self.0.flag(NET_SHAPER_A_CAPS_SUPPORT_PRIORITY)
    }

    /// `NET_SHAPER_A_CAPS_SUPPORT_WEIGHT`: The device supports weighted round robin scheduling.
    #[inline]
    pub fn support_weight(&self) -> bool {
        self.0.flag(NET_SHAPER_A_CAPS_SUPPORT_WEIGHT)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NET_SHAPER_A_CAPS_IFINDEX if a.raw_kind() == NET_SHAPER_A_CAPS_IFINDEX => {
                    CapsBuilder::new(w).ifindex(value::u32(&a))?;
                }
                NET_SHAPER_A_CAPS_SCOPE if a.raw_kind() == NET_SHAPER_A_CAPS_SCOPE => {
                    CapsBuilder::new(w).scope(Scope::from_value(value::u32(&a)))?;
                }
                NET_SHAPER_A_CAPS_SUPPORT_METRIC_BPS
                    if a.raw_kind() == NET_SHAPER_A_CAPS_SUPPORT_METRIC_BPS =>
                {
                    if a.value().is_empty() {
                        CapsBuilder::new(w).support_metric_bps()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NET_SHAPER_A_CAPS_SUPPORT_METRIC_PPS
                    if a.raw_kind() == NET_SHAPER_A_CAPS_SUPPORT_METRIC_PPS =>
                {
                    if a.value().is_empty() {
                        CapsBuilder::new(w).support_metric_pps()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NET_SHAPER_A_CAPS_SUPPORT_NESTING
                    if a.raw_kind() == NET_SHAPER_A_CAPS_SUPPORT_NESTING =>
                {
                    if a.value().is_empty() {
                        CapsBuilder::new(w).support_nesting()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NET_SHAPER_A_CAPS_SUPPORT_BW_MIN
                    if a.raw_kind() == NET_SHAPER_A_CAPS_SUPPORT_BW_MIN =>
                {
                    if a.value().is_empty() {
                        CapsBuilder::new(w).support_bw_min()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NET_SHAPER_A_CAPS_SUPPORT_BW_MAX
                    if a.raw_kind() == NET_SHAPER_A_CAPS_SUPPORT_BW_MAX =>
                {
                    if a.value().is_empty() {
                        CapsBuilder::new(w).support_bw_max()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NET_SHAPER_A_CAPS_SUPPORT_BURST
                    if a.raw_kind() == NET_SHAPER_A_CAPS_SUPPORT_BURST =>
                {
                    if a.value().is_empty() {
                        CapsBuilder::new(w).support_burst()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NET_SHAPER_A_CAPS_SUPPORT_PRIORITY
                    if a.raw_kind() == NET_SHAPER_A_CAPS_SUPPORT_PRIORITY =>
                {
                    if a.value().is_empty() {
                        CapsBuilder::new(w).support_priority()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NET_SHAPER_A_CAPS_SUPPORT_WEIGHT
                    if a.raw_kind() == NET_SHAPER_A_CAPS_SUPPORT_WEIGHT =>
                {
                    if a.value().is_empty() {
                        CapsBuilder::new(w).support_weight()?;
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

/// Every attribute set of `net-shaper` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 4] = [
    SetRoundtrip {
        set: &tables::NET_SHAPER,
        run: |attrs, w| NetShaper::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::HANDLE,
        run: |attrs, w| Handle::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LEAF_INFO,
        run: |attrs, w| LeafInfo::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::CAPS,
        run: |attrs, w| Caps::parse(attrs)?.write_to(w),
    },
];
