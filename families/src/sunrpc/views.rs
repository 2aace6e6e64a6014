//! Typed views of `sunrpc`: one per attribute set, parsed in one pass into a table, with
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

/// What [`CacheNotify`] checks of each attribute, from the descriptors.
static CACHE_NOTIFY_CHECKS: [Check; 2] = Check::table(&tables::CACHE_NOTIFY);

/// The `cache-notify` attributes of `sunrpc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CacheNotify<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for CacheNotify<'a> {
    const SET: &'static AttrSet = &tables::CACHE_NOTIFY;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &CACHE_NOTIFY_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&CACHE_NOTIFY_CHECKS, attrs)
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
        self.0.u32(SUNRPC_A_CACHE_NOTIFY_CACHE_TYPE).map(CacheType)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                SUNRPC_A_CACHE_NOTIFY_CACHE_TYPE
                    if a.raw_kind() == SUNRPC_A_CACHE_NOTIFY_CACHE_TYPE =>
                {
                    CacheNotifyBuilder::new(w).cache_type(CacheType(value::u32(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`IpMap`] checks of each attribute, from the descriptors.
static IP_MAP_CHECKS: [Check; 7] = Check::table(&tables::IP_MAP);

/// The `ip-map` attributes of `sunrpc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct IpMap<'a>(Table<'a, 7>);

impl<'a> AttrView<'a> for IpMap<'a> {
    const SET: &'static AttrSet = &tables::IP_MAP;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &IP_MAP_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&IP_MAP_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                SUNRPC_A_IP_MAP_SEQNO if a.raw_kind() == SUNRPC_A_IP_MAP_SEQNO => {
                    IpMapBuilder::new(w).seqno(value::u64(&a))?;
                }
                SUNRPC_A_IP_MAP_CLASS if a.raw_kind() == SUNRPC_A_IP_MAP_CLASS => {
                    IpMapBuilder::new(w).class(value::str(&a))?;
                }
                SUNRPC_A_IP_MAP_ADDR if a.raw_kind() == SUNRPC_A_IP_MAP_ADDR => {
                    IpMapBuilder::new(w).addr(value::str(&a))?;
                }
                SUNRPC_A_IP_MAP_DOMAIN if a.raw_kind() == SUNRPC_A_IP_MAP_DOMAIN => {
                    IpMapBuilder::new(w).domain(value::str(&a))?;
                }
                SUNRPC_A_IP_MAP_NEGATIVE if a.raw_kind() == SUNRPC_A_IP_MAP_NEGATIVE => {
                    if a.value().is_empty() {
                        IpMapBuilder::new(w).negative()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                SUNRPC_A_IP_MAP_EXPIRY if a.raw_kind() == SUNRPC_A_IP_MAP_EXPIRY => {
                    IpMapBuilder::new(w).expiry(value::u64(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`IpMapReqs`] checks of each attribute, from the descriptors.
static IP_MAP_REQS_CHECKS: [Check; 2] = Check::table(&tables::IP_MAP_REQS);

/// The `ip-map-reqs` attributes of `sunrpc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct IpMapReqs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for IpMapReqs<'a> {
    const SET: &'static AttrSet = &tables::IP_MAP_REQS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &IP_MAP_REQS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&IP_MAP_REQS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                SUNRPC_A_IP_MAP_REQS_REQUESTS => {
                    nest_like(w, &a, |w| IpMap::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`UnixGid`] checks of each attribute, from the descriptors.
static UNIX_GID_CHECKS: [Check; 6] = Check::table(&tables::UNIX_GID);

/// The `unix-gid` attributes of `sunrpc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct UnixGid<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for UnixGid<'a> {
    const SET: &'static AttrSet = &tables::UNIX_GID;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &UNIX_GID_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&UNIX_GID_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                SUNRPC_A_UNIX_GID_SEQNO if a.raw_kind() == SUNRPC_A_UNIX_GID_SEQNO => {
                    UnixGidBuilder::new(w).seqno(value::u64(&a))?;
                }
                SUNRPC_A_UNIX_GID_UID if a.raw_kind() == SUNRPC_A_UNIX_GID_UID => {
                    UnixGidBuilder::new(w).uid(value::u32(&a))?;
                }
                SUNRPC_A_UNIX_GID_GIDS if a.raw_kind() == SUNRPC_A_UNIX_GID_GIDS => {
                    UnixGidBuilder::new(w).gids(value::u32(&a))?;
                }
                SUNRPC_A_UNIX_GID_NEGATIVE if a.raw_kind() == SUNRPC_A_UNIX_GID_NEGATIVE => {
                    if a.value().is_empty() {
                        UnixGidBuilder::new(w).negative()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                SUNRPC_A_UNIX_GID_EXPIRY if a.raw_kind() == SUNRPC_A_UNIX_GID_EXPIRY => {
                    UnixGidBuilder::new(w).expiry(value::u64(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`UnixGidReqs`] checks of each attribute, from the descriptors.
static UNIX_GID_REQS_CHECKS: [Check; 2] = Check::table(&tables::UNIX_GID_REQS);

/// The `unix-gid-reqs` attributes of `sunrpc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct UnixGidReqs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for UnixGidReqs<'a> {
    const SET: &'static AttrSet = &tables::UNIX_GID_REQS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &UNIX_GID_REQS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&UNIX_GID_REQS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                SUNRPC_A_UNIX_GID_REQS_REQUESTS => {
                    nest_like(w, &a, |w| UnixGid::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`CacheFlush`] checks of each attribute, from the descriptors.
static CACHE_FLUSH_CHECKS: [Check; 2] = Check::table(&tables::CACHE_FLUSH);

/// The `cache-flush` attributes of `sunrpc`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CacheFlush<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for CacheFlush<'a> {
    const SET: &'static AttrSet = &tables::CACHE_FLUSH;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &CACHE_FLUSH_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&CACHE_FLUSH_CHECKS, attrs)
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
        self.0.u32(SUNRPC_A_CACHE_FLUSH_MASK).map(CacheType)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                SUNRPC_A_CACHE_FLUSH_MASK if a.raw_kind() == SUNRPC_A_CACHE_FLUSH_MASK => {
                    CacheFlushBuilder::new(w).mask(CacheType(value::u32(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// Every attribute set of `sunrpc` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 6] = [
    SetRoundtrip {
        set: &tables::CACHE_NOTIFY,
        run: |attrs, w| CacheNotify::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::IP_MAP,
        run: |attrs, w| IpMap::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::IP_MAP_REQS,
        run: |attrs, w| IpMapReqs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::UNIX_GID,
        run: |attrs, w| UnixGid::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::UNIX_GID_REQS,
        run: |attrs, w| UnixGidReqs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::CACHE_FLUSH,
        run: |attrs, w| CacheFlush::parse(attrs)?.write_to(w),
    },
];
