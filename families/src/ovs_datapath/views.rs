//! Typed views of `ovs_datapath`: one per attribute set, parsed in one pass into a table, with
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

/// What [`Datapath`] checks of each attribute, from the descriptors.
static DATAPATH_CHECKS: [Check; 10] = Check::table(&tables::DATAPATH);

/// The `datapath` attributes of `ovs_datapath`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Datapath<'a>(Table<'a, 10>);

impl<'a> AttrView<'a> for Datapath<'a> {
    const SET: &'static AttrSet = &tables::DATAPATH;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DATAPATH_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DATAPATH_CHECKS, attrs)
    }
}

impl<'a> Datapath<'a> {
    /// Indexes and checks a block of `datapath` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 10> {
        &self.0
    }

    /// `OVS_DP_ATTR_NAME`
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(OVS_DP_ATTR_NAME)
    }

    /// `OVS_DP_ATTR_UPCALL_PID`: upcall pid
    #[inline]
    pub fn upcall_pid(&self) -> Option<u32> {
        self.0.u32(OVS_DP_ATTR_UPCALL_PID)
    }

    /// `OVS_DP_ATTR_STATS`
    #[inline]
    pub fn stats(&self) -> Option<OvsDpStats> {
        self.0.fixed(OVS_DP_ATTR_STATS, OvsDpStats::from_bytes)
    }

    /// `OVS_DP_ATTR_MEGAFLOW_STATS`
    #[inline]
    pub fn megaflow_stats(&self) -> Option<OvsDpMegaflowStats> {
        self.0
            .fixed(OVS_DP_ATTR_MEGAFLOW_STATS, OvsDpMegaflowStats::from_bytes)
    }

    /// `OVS_DP_ATTR_USER_FEATURES`
    #[inline]
    pub fn user_features(&self) -> Option<UserFeatures> {
        self.0.u32(OVS_DP_ATTR_USER_FEATURES).map(UserFeatures)
    }

    /// `OVS_DP_ATTR_MASKS_CACHE_SIZE`
    #[inline]
    pub fn masks_cache_size(&self) -> Option<u32> {
        self.0.u32(OVS_DP_ATTR_MASKS_CACHE_SIZE)
    }

    /// `OVS_DP_ATTR_PER_CPU_PIDS`
    #[inline]
    pub fn per_cpu_pids(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_DP_ATTR_PER_CPU_PIDS)
    }

    /// `OVS_DP_ATTR_IFINDEX`
    #[inline]
    pub fn ifindex(&self) -> Option<u32> {
        self.0.u32(OVS_DP_ATTR_IFINDEX)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVS_DP_ATTR_NAME if a.raw_kind() == OVS_DP_ATTR_NAME => {
                    DatapathBuilder::new(w).name(value::str(&a))?;
                }
                OVS_DP_ATTR_UPCALL_PID if a.raw_kind() == OVS_DP_ATTR_UPCALL_PID => {
                    DatapathBuilder::new(w).upcall_pid(value::u32(&a))?;
                }
                OVS_DP_ATTR_STATS if a.raw_kind() == OVS_DP_ATTR_STATS => {
                    if a.value().len() == OvsDpStats::LEN {
                        DatapathBuilder::new(w).stats(&OvsDpStats::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_DP_ATTR_MEGAFLOW_STATS if a.raw_kind() == OVS_DP_ATTR_MEGAFLOW_STATS => {
                    if a.value().len() == OvsDpMegaflowStats::LEN {
                        DatapathBuilder::new(w)
                            .megaflow_stats(&OvsDpMegaflowStats::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_DP_ATTR_USER_FEATURES if a.raw_kind() == OVS_DP_ATTR_USER_FEATURES => {
                    DatapathBuilder::new(w).user_features(UserFeatures(value::u32(&a)))?;
                }
                OVS_DP_ATTR_PAD if a.raw_kind() == OVS_DP_ATTR_PAD => raw(w, &a)?,
                OVS_DP_ATTR_MASKS_CACHE_SIZE if a.raw_kind() == OVS_DP_ATTR_MASKS_CACHE_SIZE => {
                    DatapathBuilder::new(w).masks_cache_size(value::u32(&a))?;
                }
                OVS_DP_ATTR_PER_CPU_PIDS if a.raw_kind() == OVS_DP_ATTR_PER_CPU_PIDS => {
                    DatapathBuilder::new(w).per_cpu_pids(a.value())?;
                }
                OVS_DP_ATTR_IFINDEX if a.raw_kind() == OVS_DP_ATTR_IFINDEX => {
                    DatapathBuilder::new(w).ifindex(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// Every attribute set of `ovs_datapath` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 1] = [SetRoundtrip {
    set: &tables::DATAPATH,
    run: |attrs, w| Datapath::parse(attrs)?.write_to(w),
}];
