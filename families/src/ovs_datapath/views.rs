//! Typed views of `ovs_datapath`: one per attribute set, parsed in one pass into a table, with
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

/// The `datapath` attributes of `ovs_datapath`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Datapath<'a>(Table<'a, 10>);

impl<'a> AttrView<'a> for Datapath<'a> {
    const SET: &'static AttrSet = &tables::DATAPATH;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
        self.0
            .u32(OVS_DP_ATTR_USER_FEATURES)
            .map(|v| UserFeatures(v as u32))
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
}
