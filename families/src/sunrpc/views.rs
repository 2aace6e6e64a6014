//! Typed views of `sunrpc`: one per attribute set, parsed in one pass into a table, with
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

/// The `cache-notify` attributes of `sunrpc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CacheNotify<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for CacheNotify<'a> {
    const SET: &'static AttrSet = &tables::CACHE_NOTIFY;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> CacheNotify<'a> {
    /// Indexes and checks a block of `cache-notify` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `SUNRPC_A_CACHE_NOTIFY_CACHE_TYPE`
    #[inline]
    pub fn cache_type(&self) -> Option<CacheType> {
        self.0
            .u32(SUNRPC_A_CACHE_NOTIFY_CACHE_TYPE)
            .map(|v| CacheType(v as u32))
    }
}

/// The `ip-map` attributes of `sunrpc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct IpMap<'a>(Table<'a, 7>);

impl<'a> AttrView<'a> for IpMap<'a> {
    const SET: &'static AttrSet = &tables::IP_MAP;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> IpMap<'a> {
    /// Indexes and checks a block of `ip-map` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 7> {
        &self.0
    }

    /// `SUNRPC_A_IP_MAP_SEQNO`
    #[inline]
    pub fn seqno(&self) -> Option<u64> {
        self.0.u64(SUNRPC_A_IP_MAP_SEQNO)
    }

    /// `SUNRPC_A_IP_MAP_CLASS`
    #[inline]
    pub fn class(&self) -> Option<&'a str> {
        self.0.str(SUNRPC_A_IP_MAP_CLASS)
    }

    /// `SUNRPC_A_IP_MAP_ADDR`
    #[inline]
    pub fn addr(&self) -> Option<&'a str> {
        self.0.str(SUNRPC_A_IP_MAP_ADDR)
    }

    /// `SUNRPC_A_IP_MAP_DOMAIN`
    #[inline]
    pub fn domain(&self) -> Option<&'a str> {
        self.0.str(SUNRPC_A_IP_MAP_DOMAIN)
    }

    /// `SUNRPC_A_IP_MAP_NEGATIVE`
    #[inline]
    pub fn negative(&self) -> bool {
        self.0.flag(SUNRPC_A_IP_MAP_NEGATIVE)
    }

    /// `SUNRPC_A_IP_MAP_EXPIRY`
    #[inline]
    pub fn expiry(&self) -> Option<u64> {
        self.0.u64(SUNRPC_A_IP_MAP_EXPIRY)
    }
}

/// The `ip-map-reqs` attributes of `sunrpc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct IpMapReqs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for IpMapReqs<'a> {
    const SET: &'static AttrSet = &tables::IP_MAP_REQS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> IpMapReqs<'a> {
    /// Indexes and checks a block of `ip-map-reqs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `SUNRPC_A_IP_MAP_REQS_REQUESTS`
    #[inline]
    pub fn requests(&self) -> impl Iterator<Item = Result<IpMap<'a>, Error>> + 'a {
        self.0
            .all(SUNRPC_A_IP_MAP_REQS_REQUESTS)
            .map(|a| IpMap::parse(a.nested()))
    }
}

/// The `unix-gid` attributes of `sunrpc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct UnixGid<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for UnixGid<'a> {
    const SET: &'static AttrSet = &tables::UNIX_GID;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> UnixGid<'a> {
    /// Indexes and checks a block of `unix-gid` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `SUNRPC_A_UNIX_GID_SEQNO`
    #[inline]
    pub fn seqno(&self) -> Option<u64> {
        self.0.u64(SUNRPC_A_UNIX_GID_SEQNO)
    }

    /// `SUNRPC_A_UNIX_GID_UID`
    #[inline]
    pub fn uid(&self) -> Option<u32> {
        self.0.u32(SUNRPC_A_UNIX_GID_UID)
    }

    /// `SUNRPC_A_UNIX_GID_GIDS`
    #[inline]
    pub fn gids(&self) -> impl Iterator<Item = Attr<'a>> + 'a {
        self.0.all(SUNRPC_A_UNIX_GID_GIDS)
    }

    /// `SUNRPC_A_UNIX_GID_NEGATIVE`
    #[inline]
    pub fn negative(&self) -> bool {
        self.0.flag(SUNRPC_A_UNIX_GID_NEGATIVE)
    }

    /// `SUNRPC_A_UNIX_GID_EXPIRY`
    #[inline]
    pub fn expiry(&self) -> Option<u64> {
        self.0.u64(SUNRPC_A_UNIX_GID_EXPIRY)
    }
}

/// The `unix-gid-reqs` attributes of `sunrpc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct UnixGidReqs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for UnixGidReqs<'a> {
    const SET: &'static AttrSet = &tables::UNIX_GID_REQS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> UnixGidReqs<'a> {
    /// Indexes and checks a block of `unix-gid-reqs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `SUNRPC_A_UNIX_GID_REQS_REQUESTS`
    #[inline]
    pub fn requests(&self) -> impl Iterator<Item = Result<UnixGid<'a>, Error>> + 'a {
        self.0
            .all(SUNRPC_A_UNIX_GID_REQS_REQUESTS)
            .map(|a| UnixGid::parse(a.nested()))
    }
}

/// The `cache-flush` attributes of `sunrpc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CacheFlush<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for CacheFlush<'a> {
    const SET: &'static AttrSet = &tables::CACHE_FLUSH;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> CacheFlush<'a> {
    /// Indexes and checks a block of `cache-flush` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `SUNRPC_A_CACHE_FLUSH_MASK`
    #[inline]
    pub fn mask(&self) -> Option<CacheType> {
        self.0
            .u32(SUNRPC_A_CACHE_FLUSH_MASK)
            .map(|v| CacheType(v as u32))
    }
}
