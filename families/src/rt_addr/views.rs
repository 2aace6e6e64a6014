//! Typed views of `rt-addr`: one per attribute set, parsed in one pass into a table, with
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

/// The `addr-attrs` attributes of `rt-addr`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct AddrAttrs<'a>(Table<'a, 13>);

impl<'a> AttrView<'a> for AddrAttrs<'a> {
    const SET: &'static AttrSet = &tables::ADDR_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> AddrAttrs<'a> {
    /// Indexes and checks a block of `addr-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 13> {
        &self.0
    }

    /// `IFA_ADDRESS`
    #[inline]
    pub fn address(&self) -> Option<IpAddr> {
        self.0.ip(IFA_ADDRESS)
    }

    /// `IFA_LOCAL`
    #[inline]
    pub fn local(&self) -> Option<IpAddr> {
        self.0.ip(IFA_LOCAL)
    }

    /// `IFA_LABEL`
    #[inline]
    pub fn label(&self) -> Option<&'a str> {
        self.0.str(IFA_LABEL)
    }

    /// `IFA_BROADCAST`
    #[inline]
    pub fn broadcast(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(IFA_BROADCAST)
    }

    /// `IFA_ANYCAST`
    #[inline]
    pub fn anycast(&self) -> Option<&'a [u8]> {
        self.0.bytes(IFA_ANYCAST)
    }

    /// `IFA_CACHEINFO`
    #[inline]
    pub fn cacheinfo(&self) -> Option<IfaCacheinfo> {
        self.0.fixed(IFA_CACHEINFO, IfaCacheinfo::from_bytes)
    }

    /// `IFA_MULTICAST`
    #[inline]
    pub fn multicast(&self) -> Option<&'a [u8]> {
        self.0.bytes(IFA_MULTICAST)
    }

    /// `IFA_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<IfaFlags> {
        self.0.u32(IFA_FLAGS).map(|v| IfaFlags(v as u32))
    }

    /// `IFA_RT_PRIORITY`
    #[inline]
    pub fn rt_priority(&self) -> Option<u32> {
        self.0.u32(IFA_RT_PRIORITY)
    }

    /// `IFA_TARGET_NETNSID`
    #[inline]
    pub fn target_netnsid(&self) -> Option<&'a [u8]> {
        self.0.bytes(IFA_TARGET_NETNSID)
    }

    /// `IFA_PROTO`
    #[inline]
    pub fn proto(&self) -> Option<u8> {
        self.0.u8(IFA_PROTO)
    }

    /// `IFA_MC_USERS`
    #[inline]
    pub fn mc_users(&self) -> Option<u32> {
        self.0.u32(IFA_MC_USERS)
    }
}
