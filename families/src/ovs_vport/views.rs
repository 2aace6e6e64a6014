//! Typed views of `ovs_vport`: one per attribute set, parsed in one pass into a table, with
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

/// The `vport-options` attributes of `ovs_vport`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct VportOptions<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for VportOptions<'a> {
    const SET: &'static AttrSet = &tables::VPORT_OPTIONS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
}

/// The `upcall-stats` attributes of `ovs_vport`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct UpcallStats<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for UpcallStats<'a> {
    const SET: &'static AttrSet = &tables::UPCALL_STATS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
}

/// The `vport` attributes of `ovs_vport`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Vport<'a>(Table<'a, 11>);

impl<'a> AttrView<'a> for Vport<'a> {
    const SET: &'static AttrSet = &tables::VPORT;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
        self.0
            .u32(OVS_VPORT_ATTR_TYPE)
            .map(|v| VportType::from_value(v as u32))
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
}
