//! Typed views of `nfsd`: one per attribute set, parsed in one pass into a table, with
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

/// The `cache-notify` attributes of `nfsd`, indexed in one pass.
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

    /// `NFSD_A_CACHE_NOTIFY_CACHE_TYPE`
    #[inline]
    pub fn cache_type(&self) -> Option<CacheType> {
        self.0.u32(NFSD_A_CACHE_NOTIFY_CACHE_TYPE).map(CacheType)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFSD_A_CACHE_NOTIFY_CACHE_TYPE
                    if a.raw_kind() == NFSD_A_CACHE_NOTIFY_CACHE_TYPE =>
                {
                    CacheNotifyBuilder::new(w).cache_type(CacheType(value::u32(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`RpcStatus`] checks of each attribute, from the descriptors.
static RPC_STATUS_CHECKS: [Check; 15] = Check::table(&tables::RPC_STATUS);

/// The `rpc-status` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct RpcStatus<'a>(Table<'a, 15>);

impl<'a> AttrView<'a> for RpcStatus<'a> {
    const SET: &'static AttrSet = &tables::RPC_STATUS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &RPC_STATUS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&RPC_STATUS_CHECKS, attrs)
    }
}

impl<'a> RpcStatus<'a> {
    /// Indexes and checks a block of `rpc-status` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 15> {
        &self.0
    }

    /// `NFSD_A_RPC_STATUS_XID`
    #[inline]
    pub fn xid(&self) -> Option<u32> {
        self.0.u32_be(NFSD_A_RPC_STATUS_XID)
    }

    /// `NFSD_A_RPC_STATUS_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<u32> {
        self.0.u32(NFSD_A_RPC_STATUS_FLAGS)
    }

    /// `NFSD_A_RPC_STATUS_PROG`
    #[inline]
    pub fn prog(&self) -> Option<u32> {
        self.0.u32(NFSD_A_RPC_STATUS_PROG)
    }

    /// `NFSD_A_RPC_STATUS_VERSION`
    #[inline]
    pub fn version(&self) -> Option<u8> {
        self.0.u8(NFSD_A_RPC_STATUS_VERSION)
    }

    /// `NFSD_A_RPC_STATUS_PROC`
    #[inline]
    pub fn proc(&self) -> Option<u32> {
        self.0.u32(NFSD_A_RPC_STATUS_PROC)
    }

    /// `NFSD_A_RPC_STATUS_SERVICE_TIME`
    #[inline]
    pub fn service_time(&self) -> Option<i64> {
        self.0.i64(NFSD_A_RPC_STATUS_SERVICE_TIME)
    }

    /// `NFSD_A_RPC_STATUS_SADDR4`
    #[inline]
    pub fn saddr4(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(NFSD_A_RPC_STATUS_SADDR4)
    }

    /// `NFSD_A_RPC_STATUS_DADDR4`
    #[inline]
    pub fn daddr4(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(NFSD_A_RPC_STATUS_DADDR4)
    }

    /// `NFSD_A_RPC_STATUS_SADDR6`
    #[inline]
    pub fn saddr6(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(NFSD_A_RPC_STATUS_SADDR6)
    }

    /// `NFSD_A_RPC_STATUS_DADDR6`
    #[inline]
    pub fn daddr6(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(NFSD_A_RPC_STATUS_DADDR6)
    }

    /// `NFSD_A_RPC_STATUS_SPORT`
    #[inline]
    pub fn sport(&self) -> Option<u16> {
        self.0.u16_be(NFSD_A_RPC_STATUS_SPORT)
    }

    /// `NFSD_A_RPC_STATUS_DPORT`
    #[inline]
    pub fn dport(&self) -> Option<u16> {
        self.0.u16_be(NFSD_A_RPC_STATUS_DPORT)
    }

    /// `NFSD_A_RPC_STATUS_COMPOUND_OPS`
    #[inline]
    pub fn compound_ops(&self) -> impl Iterator<Item = Attr<'a>> + 'a {
        self.0.all(NFSD_A_RPC_STATUS_COMPOUND_OPS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFSD_A_RPC_STATUS_XID if a.raw_kind() == NFSD_A_RPC_STATUS_XID => {
                    RpcStatusBuilder::new(w).xid(value::u32_be(&a))?;
                }
                NFSD_A_RPC_STATUS_FLAGS if a.raw_kind() == NFSD_A_RPC_STATUS_FLAGS => {
                    RpcStatusBuilder::new(w).flags(value::u32(&a))?;
                }
                NFSD_A_RPC_STATUS_PROG if a.raw_kind() == NFSD_A_RPC_STATUS_PROG => {
                    RpcStatusBuilder::new(w).prog(value::u32(&a))?;
                }
                NFSD_A_RPC_STATUS_VERSION if a.raw_kind() == NFSD_A_RPC_STATUS_VERSION => {
                    RpcStatusBuilder::new(w).version(value::u8(&a))?;
                }
                NFSD_A_RPC_STATUS_PROC if a.raw_kind() == NFSD_A_RPC_STATUS_PROC => {
                    RpcStatusBuilder::new(w).proc(value::u32(&a))?;
                }
                NFSD_A_RPC_STATUS_SERVICE_TIME
                    if a.raw_kind() == NFSD_A_RPC_STATUS_SERVICE_TIME =>
                {
                    RpcStatusBuilder::new(w).service_time(value::i64(&a))?;
                }
                NFSD_A_RPC_STATUS_PAD if a.raw_kind() == NFSD_A_RPC_STATUS_PAD => raw(w, &a)?,
                NFSD_A_RPC_STATUS_SADDR4 if a.raw_kind() == NFSD_A_RPC_STATUS_SADDR4 => {
                    RpcStatusBuilder::new(w).saddr4(value::ipv4(&a))?;
                }
                NFSD_A_RPC_STATUS_DADDR4 if a.raw_kind() == NFSD_A_RPC_STATUS_DADDR4 => {
                    RpcStatusBuilder::new(w).daddr4(value::ipv4(&a))?;
                }
                NFSD_A_RPC_STATUS_SADDR6 if a.raw_kind() == NFSD_A_RPC_STATUS_SADDR6 => {
                    RpcStatusBuilder::new(w).saddr6(value::ipv6(&a))?;
                }
                NFSD_A_RPC_STATUS_DADDR6 if a.raw_kind() == NFSD_A_RPC_STATUS_DADDR6 => {
                    RpcStatusBuilder::new(w).daddr6(value::ipv6(&a))?;
                }
                NFSD_A_RPC_STATUS_SPORT if a.raw_kind() == NFSD_A_RPC_STATUS_SPORT => {
                    RpcStatusBuilder::new(w).sport(value::u16_be(&a))?;
                }
                NFSD_A_RPC_STATUS_DPORT if a.raw_kind() == NFSD_A_RPC_STATUS_DPORT => {
                    RpcStatusBuilder::new(w).dport(value::u16_be(&a))?;
                }
                NFSD_A_RPC_STATUS_COMPOUND_OPS
                    if a.raw_kind() == NFSD_A_RPC_STATUS_COMPOUND_OPS =>
                {
                    RpcStatusBuilder::new(w).compound_ops(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Server`] checks of each attribute, from the descriptors.
static SERVER_CHECKS: [Check; 7] = Check::table(&tables::SERVER);

/// The `server` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Server<'a>(Table<'a, 7>);

impl<'a> AttrView<'a> for Server<'a> {
    const SET: &'static AttrSet = &tables::SERVER;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &SERVER_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&SERVER_CHECKS, attrs)
    }
}

impl<'a> Server<'a> {
    /// Indexes and checks a block of `server` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 7> {
        &self.0
    }

    /// `NFSD_A_SERVER_THREADS`
    #[inline]
    pub fn threads(&self) -> impl Iterator<Item = Attr<'a>> + 'a {
        self.0.all(NFSD_A_SERVER_THREADS)
    }

    /// `NFSD_A_SERVER_GRACETIME`
    #[inline]
    pub fn gracetime(&self) -> Option<u32> {
        self.0.u32(NFSD_A_SERVER_GRACETIME)
    }

    /// `NFSD_A_SERVER_LEASETIME`
    #[inline]
    pub fn leasetime(&self) -> Option<u32> {
        self.0.u32(NFSD_A_SERVER_LEASETIME)
    }

    /// `NFSD_A_SERVER_SCOPE`
    #[inline]
    pub fn scope(&self) -> Option<&'a str> {
        self.0.str(NFSD_A_SERVER_SCOPE)
    }

    /// `NFSD_A_SERVER_MIN_THREADS`
    #[inline]
    pub fn min_threads(&self) -> Option<u32> {
        self.0.u32(NFSD_A_SERVER_MIN_THREADS)
    }

    /// `NFSD_A_SERVER_FH_KEY`
    #[inline]
    pub fn fh_key(&self) -> Option<&'a [u8]> {
        self.0.bytes(NFSD_A_SERVER_FH_KEY)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFSD_A_SERVER_THREADS if a.raw_kind() == NFSD_A_SERVER_THREADS => {
                    ServerBuilder::new(w).threads(value::u32(&a))?;
                }
                NFSD_A_SERVER_GRACETIME if a.raw_kind() == NFSD_A_SERVER_GRACETIME => {
                    ServerBuilder::new(w).gracetime(value::u32(&a))?;
                }
                NFSD_A_SERVER_LEASETIME if a.raw_kind() == NFSD_A_SERVER_LEASETIME => {
                    ServerBuilder::new(w).leasetime(value::u32(&a))?;
                }
                NFSD_A_SERVER_SCOPE if a.raw_kind() == NFSD_A_SERVER_SCOPE => {
                    ServerBuilder::new(w).scope(value::str(&a))?;
                }
                NFSD_A_SERVER_MIN_THREADS if a.raw_kind() == NFSD_A_SERVER_MIN_THREADS => {
                    ServerBuilder::new(w).min_threads(value::u32(&a))?;
                }
                NFSD_A_SERVER_FH_KEY if a.raw_kind() == NFSD_A_SERVER_FH_KEY => {
                    ServerBuilder::new(w).fh_key(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Version`] checks of each attribute, from the descriptors.
static VERSION_CHECKS: [Check; 4] = Check::table(&tables::VERSION);

/// The `version` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Version<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for Version<'a> {
    const SET: &'static AttrSet = &tables::VERSION;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &VERSION_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&VERSION_CHECKS, attrs)
    }
}

impl<'a> Version<'a> {
    /// Indexes and checks a block of `version` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFSD_A_VERSION_MAJOR`
    #[inline]
    pub fn major(&self) -> Option<u32> {
        self.0.u32(NFSD_A_VERSION_MAJOR)
    }

    /// `NFSD_A_VERSION_MINOR`
    #[inline]
    pub fn minor(&self) -> Option<u32> {
        self.0.u32(NFSD_A_VERSION_MINOR)
    }

    /// `NFSD_A_VERSION_ENABLED`
    #[inline]
    pub fn enabled(&self) -> bool {
        self.0.flag(NFSD_A_VERSION_ENABLED)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFSD_A_VERSION_MAJOR if a.raw_kind() == NFSD_A_VERSION_MAJOR => {
                    VersionBuilder::new(w).major(value::u32(&a))?;
                }
                NFSD_A_VERSION_MINOR if a.raw_kind() == NFSD_A_VERSION_MINOR => {
                    VersionBuilder::new(w).minor(value::u32(&a))?;
                }
                NFSD_A_VERSION_ENABLED if a.raw_kind() == NFSD_A_VERSION_ENABLED => {
                    if a.value().is_empty() {
                        VersionBuilder::new(w).enabled()?;
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

/// What [`ServerProto`] checks of each attribute, from the descriptors.
static SERVER_PROTO_CHECKS: [Check; 2] = Check::table(&tables::SERVER_PROTO);

/// The `server-proto` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ServerProto<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for ServerProto<'a> {
    const SET: &'static AttrSet = &tables::SERVER_PROTO;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &SERVER_PROTO_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&SERVER_PROTO_CHECKS, attrs)
    }
}

impl<'a> ServerProto<'a> {
    /// Indexes and checks a block of `server-proto` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `NFSD_A_SERVER_PROTO_VERSION`
    #[inline]
    pub fn version(&self) -> impl Iterator<Item = Result<Version<'a>, Error>> + 'a {
        self.0
            .all(NFSD_A_SERVER_PROTO_VERSION)
            .map(|a| Version::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFSD_A_SERVER_PROTO_VERSION => {
                    nest_like(w, &a, |w| Version::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Sock`] checks of each attribute, from the descriptors.
static SOCK_CHECKS: [Check; 3] = Check::table(&tables::SOCK);

/// The `sock` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Sock<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for Sock<'a> {
    const SET: &'static AttrSet = &tables::SOCK;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &SOCK_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&SOCK_CHECKS, attrs)
    }
}

impl<'a> Sock<'a> {
    /// Indexes and checks a block of `sock` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `NFSD_A_SOCK_ADDR`
    #[inline]
    pub fn addr(&self) -> Option<&'a [u8]> {
        self.0.bytes(NFSD_A_SOCK_ADDR)
    }

    /// `NFSD_A_SOCK_TRANSPORT_NAME`
    #[inline]
    pub fn transport_name(&self) -> Option<&'a str> {
        self.0.str(NFSD_A_SOCK_TRANSPORT_NAME)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFSD_A_SOCK_ADDR if a.raw_kind() == NFSD_A_SOCK_ADDR => {
                    SockBuilder::new(w).addr(a.value())?;
                }
                NFSD_A_SOCK_TRANSPORT_NAME if a.raw_kind() == NFSD_A_SOCK_TRANSPORT_NAME => {
                    SockBuilder::new(w).transport_name(value::str(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ServerSock`] checks of each attribute, from the descriptors.
static SERVER_SOCK_CHECKS: [Check; 2] = Check::table(&tables::SERVER_SOCK);

/// The `server-sock` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ServerSock<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for ServerSock<'a> {
    const SET: &'static AttrSet = &tables::SERVER_SOCK;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &SERVER_SOCK_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&SERVER_SOCK_CHECKS, attrs)
    }
}

impl<'a> ServerSock<'a> {
    /// Indexes and checks a block of `server-sock` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `NFSD_A_SERVER_SOCK_ADDR`
    #[inline]
    pub fn addr(&self) -> impl Iterator<Item = Result<Sock<'a>, Error>> + 'a {
        self.0
            .all(NFSD_A_SERVER_SOCK_ADDR)
            .map(|a| Sock::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFSD_A_SERVER_SOCK_ADDR => {
                    nest_like(w, &a, |w| Sock::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`PoolMode`] checks of each attribute, from the descriptors.
static POOL_MODE_CHECKS: [Check; 3] = Check::table(&tables::POOL_MODE);

/// The `pool-mode` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct PoolMode<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for PoolMode<'a> {
    const SET: &'static AttrSet = &tables::POOL_MODE;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &POOL_MODE_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&POOL_MODE_CHECKS, attrs)
    }
}

impl<'a> PoolMode<'a> {
    /// Indexes and checks a block of `pool-mode` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `NFSD_A_POOL_MODE_MODE`
    #[inline]
    pub fn mode(&self) -> Option<&'a str> {
        self.0.str(NFSD_A_POOL_MODE_MODE)
    }

    /// `NFSD_A_POOL_MODE_NPOOLS`
    #[inline]
    pub fn npools(&self) -> Option<u32> {
        self.0.u32(NFSD_A_POOL_MODE_NPOOLS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFSD_A_POOL_MODE_MODE if a.raw_kind() == NFSD_A_POOL_MODE_MODE => {
                    PoolModeBuilder::new(w).mode(value::str(&a))?;
                }
                NFSD_A_POOL_MODE_NPOOLS if a.raw_kind() == NFSD_A_POOL_MODE_NPOOLS => {
                    PoolModeBuilder::new(w).npools(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Fslocation`] checks of each attribute, from the descriptors.
static FSLOCATION_CHECKS: [Check; 3] = Check::table(&tables::FSLOCATION);

/// The `fslocation` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Fslocation<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for Fslocation<'a> {
    const SET: &'static AttrSet = &tables::FSLOCATION;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &FSLOCATION_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&FSLOCATION_CHECKS, attrs)
    }
}

impl<'a> Fslocation<'a> {
    /// Indexes and checks a block of `fslocation` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `NFSD_A_FSLOCATION_HOST`
    #[inline]
    pub fn host(&self) -> Option<&'a str> {
        self.0.str(NFSD_A_FSLOCATION_HOST)
    }

    /// `NFSD_A_FSLOCATION_PATH`
    #[inline]
    pub fn path(&self) -> Option<&'a str> {
        self.0.str(NFSD_A_FSLOCATION_PATH)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFSD_A_FSLOCATION_HOST if a.raw_kind() == NFSD_A_FSLOCATION_HOST => {
                    FslocationBuilder::new(w).host(value::str(&a))?;
                }
                NFSD_A_FSLOCATION_PATH if a.raw_kind() == NFSD_A_FSLOCATION_PATH => {
                    FslocationBuilder::new(w).path(value::str(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Fslocations`] checks of each attribute, from the descriptors.
static FSLOCATIONS_CHECKS: [Check; 2] = Check::table(&tables::FSLOCATIONS);

/// The `fslocations` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Fslocations<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for Fslocations<'a> {
    const SET: &'static AttrSet = &tables::FSLOCATIONS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &FSLOCATIONS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&FSLOCATIONS_CHECKS, attrs)
    }
}

impl<'a> Fslocations<'a> {
    /// Indexes and checks a block of `fslocations` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `NFSD_A_FSLOCATIONS_LOCATION`
    #[inline]
    pub fn location(&self) -> impl Iterator<Item = Result<Fslocation<'a>, Error>> + 'a {
        self.0
            .all(NFSD_A_FSLOCATIONS_LOCATION)
            .map(|a| Fslocation::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFSD_A_FSLOCATIONS_LOCATION => {
                    nest_like(w, &a, |w| Fslocation::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`AuthFlavor`] checks of each attribute, from the descriptors.
static AUTH_FLAVOR_CHECKS: [Check; 3] = Check::table(&tables::AUTH_FLAVOR);

/// The `auth-flavor` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct AuthFlavor<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for AuthFlavor<'a> {
    const SET: &'static AttrSet = &tables::AUTH_FLAVOR;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &AUTH_FLAVOR_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&AUTH_FLAVOR_CHECKS, attrs)
    }
}

impl<'a> AuthFlavor<'a> {
    /// Indexes and checks a block of `auth-flavor` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `NFSD_A_AUTH_FLAVOR_PSEUDOFLAVOR`
    #[inline]
    pub fn pseudoflavor(&self) -> Option<u32> {
        self.0.u32(NFSD_A_AUTH_FLAVOR_PSEUDOFLAVOR)
    }

    /// `NFSD_A_AUTH_FLAVOR_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<ExportFlags> {
        self.0.u32(NFSD_A_AUTH_FLAVOR_FLAGS).map(ExportFlags)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFSD_A_AUTH_FLAVOR_PSEUDOFLAVOR
                    if a.raw_kind() == NFSD_A_AUTH_FLAVOR_PSEUDOFLAVOR =>
                {
                    AuthFlavorBuilder::new(w).pseudoflavor(value::u32(&a))?;
                }
                NFSD_A_AUTH_FLAVOR_FLAGS if a.raw_kind() == NFSD_A_AUTH_FLAVOR_FLAGS => {
                    AuthFlavorBuilder::new(w).flags(ExportFlags(value::u32(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`SvcExport`] checks of each attribute, from the descriptors.
static SVC_EXPORT_CHECKS: [Check; 14] = Check::table(&tables::SVC_EXPORT);

/// The `svc-export` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SvcExport<'a>(Table<'a, 14>);

impl<'a> AttrView<'a> for SvcExport<'a> {
    const SET: &'static AttrSet = &tables::SVC_EXPORT;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &SVC_EXPORT_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&SVC_EXPORT_CHECKS, attrs)
    }
}

impl<'a> SvcExport<'a> {
    /// Indexes and checks a block of `svc-export` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 14> {
        &self.0
    }

    /// `NFSD_A_SVC_EXPORT_SEQNO`
    #[inline]
    pub fn seqno(&self) -> Option<u64> {
        self.0.u64(NFSD_A_SVC_EXPORT_SEQNO)
    }

    /// `NFSD_A_SVC_EXPORT_CLIENT`
    #[inline]
    pub fn client(&self) -> Option<&'a str> {
        self.0.str(NFSD_A_SVC_EXPORT_CLIENT)
    }

    /// `NFSD_A_SVC_EXPORT_PATH`
    #[inline]
    pub fn path(&self) -> Option<&'a str> {
        self.0.str(NFSD_A_SVC_EXPORT_PATH)
    }

    /// `NFSD_A_SVC_EXPORT_NEGATIVE`
    #[inline]
    pub fn negative(&self) -> bool {
        self.0.flag(NFSD_A_SVC_EXPORT_NEGATIVE)
    }

    /// `NFSD_A_SVC_EXPORT_EXPIRY`
    #[inline]
    pub fn expiry(&self) -> Option<u64> {
        self.0.u64(NFSD_A_SVC_EXPORT_EXPIRY)
    }

    /// `NFSD_A_SVC_EXPORT_ANON_UID`
    #[inline]
    pub fn anon_uid(&self) -> Option<u32> {
        self.0.u32(NFSD_A_SVC_EXPORT_ANON_UID)
    }

    /// `NFSD_A_SVC_EXPORT_ANON_GID`
    #[inline]
    pub fn anon_gid(&self) -> Option<u32> {
        self.0.u32(NFSD_A_SVC_EXPORT_ANON_GID)
    }

    /// `NFSD_A_SVC_EXPORT_FSLOCATIONS`
    #[inline]
    pub fn fslocations(&self) -> Result<Option<Fslocations<'a>>, Error> {
        self.0.nest(NFSD_A_SVC_EXPORT_FSLOCATIONS)
    }

    /// `NFSD_A_SVC_EXPORT_UUID`
    #[inline]
    pub fn uuid(&self) -> Option<&'a [u8]> {
        self.0.bytes(NFSD_A_SVC_EXPORT_UUID)
    }

    /// `NFSD_A_SVC_EXPORT_SECINFO`
    #[inline]
    pub fn secinfo(&self) -> impl Iterator<Item = Result<AuthFlavor<'a>, Error>> + 'a {
        self.0
            .all(NFSD_A_SVC_EXPORT_SECINFO)
            .map(|a| AuthFlavor::parse(a.nested()))
    }

    /// `NFSD_A_SVC_EXPORT_XPRTSEC`
    #[inline]
    pub fn xprtsec(&self) -> impl Iterator<Item = Attr<'a>> + 'a {
        self.0.all(NFSD_A_SVC_EXPORT_XPRTSEC)
    }

    /// `NFSD_A_SVC_EXPORT_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<ExportFlags> {
        self.0.u32(NFSD_A_SVC_EXPORT_FLAGS).map(ExportFlags)
    }

    /// `NFSD_A_SVC_EXPORT_FSID`
    #[inline]
    pub fn fsid(&self) -> Option<i32> {
        self.0.i32(NFSD_A_SVC_EXPORT_FSID)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFSD_A_SVC_EXPORT_SEQNO if a.raw_kind() == NFSD_A_SVC_EXPORT_SEQNO => {
                    SvcExportBuilder::new(w).seqno(value::u64(&a))?;
                }
                NFSD_A_SVC_EXPORT_CLIENT if a.raw_kind() == NFSD_A_SVC_EXPORT_CLIENT => {
                    SvcExportBuilder::new(w).client(value::str(&a))?;
                }
                NFSD_A_SVC_EXPORT_PATH if a.raw_kind() == NFSD_A_SVC_EXPORT_PATH => {
                    SvcExportBuilder::new(w).path(value::str(&a))?;
                }
                NFSD_A_SVC_EXPORT_NEGATIVE if a.raw_kind() == NFSD_A_SVC_EXPORT_NEGATIVE => {
                    if a.value().is_empty() {
                        SvcExportBuilder::new(w).negative()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NFSD_A_SVC_EXPORT_EXPIRY if a.raw_kind() == NFSD_A_SVC_EXPORT_EXPIRY => {
                    SvcExportBuilder::new(w).expiry(value::u64(&a))?;
                }
                NFSD_A_SVC_EXPORT_ANON_UID if a.raw_kind() == NFSD_A_SVC_EXPORT_ANON_UID => {
                    SvcExportBuilder::new(w).anon_uid(value::u32(&a))?;
                }
                NFSD_A_SVC_EXPORT_ANON_GID if a.raw_kind() == NFSD_A_SVC_EXPORT_ANON_GID => {
                    SvcExportBuilder::new(w).anon_gid(value::u32(&a))?;
                }
                NFSD_A_SVC_EXPORT_FSLOCATIONS => {
                    nest_like(w, &a, |w| Fslocations::parse(a.nested())?.write_to(w))?
                }
                NFSD_A_SVC_EXPORT_UUID if a.raw_kind() == NFSD_A_SVC_EXPORT_UUID => {
                    SvcExportBuilder::new(w).uuid(a.value())?;
                }
                NFSD_A_SVC_EXPORT_SECINFO => {
                    nest_like(w, &a, |w| AuthFlavor::parse(a.nested())?.write_to(w))?
                }
                NFSD_A_SVC_EXPORT_XPRTSEC if a.raw_kind() == NFSD_A_SVC_EXPORT_XPRTSEC => {
                    SvcExportBuilder::new(w).xprtsec(XprtsecMode(value::u32(&a)))?;
                }
                NFSD_A_SVC_EXPORT_FLAGS if a.raw_kind() == NFSD_A_SVC_EXPORT_FLAGS => {
                    SvcExportBuilder::new(w).flags(ExportFlags(value::u32(&a)))?;
                }
                NFSD_A_SVC_EXPORT_FSID if a.raw_kind() == NFSD_A_SVC_EXPORT_FSID => {
                    SvcExportBuilder::new(w).fsid(value::i32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`SvcExportReqs`] checks of each attribute, from the descriptors.
static SVC_EXPORT_REQS_CHECKS: [Check; 2] = Check::table(&tables::SVC_EXPORT_REQS);

/// The `svc-export-reqs` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SvcExportReqs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for SvcExportReqs<'a> {
    const SET: &'static AttrSet = &tables::SVC_EXPORT_REQS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &SVC_EXPORT_REQS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&SVC_EXPORT_REQS_CHECKS, attrs)
    }
}

impl<'a> SvcExportReqs<'a> {
    /// Indexes and checks a block of `svc-export-reqs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `NFSD_A_SVC_EXPORT_REQS_REQUESTS`
    #[inline]
    pub fn requests(&self) -> impl Iterator<Item = Result<SvcExport<'a>, Error>> + 'a {
        self.0
            .all(NFSD_A_SVC_EXPORT_REQS_REQUESTS)
            .map(|a| SvcExport::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFSD_A_SVC_EXPORT_REQS_REQUESTS => {
                    nest_like(w, &a, |w| SvcExport::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Expkey`] checks of each attribute, from the descriptors.
static EXPKEY_CHECKS: [Check; 8] = Check::table(&tables::EXPKEY);

/// The `expkey` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Expkey<'a>(Table<'a, 8>);

impl<'a> AttrView<'a> for Expkey<'a> {
    const SET: &'static AttrSet = &tables::EXPKEY;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &EXPKEY_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&EXPKEY_CHECKS, attrs)
    }
}

impl<'a> Expkey<'a> {
    /// Indexes and checks a block of `expkey` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 8> {
        &self.0
    }

    /// `NFSD_A_EXPKEY_SEQNO`
    #[inline]
    pub fn seqno(&self) -> Option<u64> {
        self.0.u64(NFSD_A_EXPKEY_SEQNO)
    }

    /// `NFSD_A_EXPKEY_CLIENT`
    #[inline]
    pub fn client(&self) -> Option<&'a str> {
        self.0.str(NFSD_A_EXPKEY_CLIENT)
    }

    /// `NFSD_A_EXPKEY_FSIDTYPE`
    #[inline]
    pub fn fsidtype(&self) -> Option<u8> {
        self.0.u8(NFSD_A_EXPKEY_FSIDTYPE)
    }

    /// `NFSD_A_EXPKEY_FSID`
    #[inline]
    pub fn fsid(&self) -> Option<&'a [u8]> {
        self.0.bytes(NFSD_A_EXPKEY_FSID)
    }

    /// `NFSD_A_EXPKEY_NEGATIVE`
    #[inline]
    pub fn negative(&self) -> bool {
        self.0.flag(NFSD_A_EXPKEY_NEGATIVE)
    }

    /// `NFSD_A_EXPKEY_EXPIRY`
    #[inline]
    pub fn expiry(&self) -> Option<u64> {
        self.0.u64(NFSD_A_EXPKEY_EXPIRY)
    }

    /// `NFSD_A_EXPKEY_PATH`
    #[inline]
    pub fn path(&self) -> Option<&'a str> {
        self.0.str(NFSD_A_EXPKEY_PATH)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFSD_A_EXPKEY_SEQNO if a.raw_kind() == NFSD_A_EXPKEY_SEQNO => {
                    ExpkeyBuilder::new(w).seqno(value::u64(&a))?;
                }
                NFSD_A_EXPKEY_CLIENT if a.raw_kind() == NFSD_A_EXPKEY_CLIENT => {
                    ExpkeyBuilder::new(w).client(value::str(&a))?;
                }
                NFSD_A_EXPKEY_FSIDTYPE if a.raw_kind() == NFSD_A_EXPKEY_FSIDTYPE => {
                    ExpkeyBuilder::new(w).fsidtype(value::u8(&a))?;
                }
                NFSD_A_EXPKEY_FSID if a.raw_kind() == NFSD_A_EXPKEY_FSID => {
                    ExpkeyBuilder::new(w).fsid(a.value())?;
                }
                NFSD_A_EXPKEY_NEGATIVE if a.raw_kind() == NFSD_A_EXPKEY_NEGATIVE => {
                    if a.value().is_empty() {
                        ExpkeyBuilder::new(w).negative()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NFSD_A_EXPKEY_EXPIRY if a.raw_kind() == NFSD_A_EXPKEY_EXPIRY => {
                    ExpkeyBuilder::new(w).expiry(value::u64(&a))?;
                }
                NFSD_A_EXPKEY_PATH if a.raw_kind() == NFSD_A_EXPKEY_PATH => {
                    ExpkeyBuilder::new(w).path(value::str(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ExpkeyReqs`] checks of each attribute, from the descriptors.
static EXPKEY_REQS_CHECKS: [Check; 2] = Check::table(&tables::EXPKEY_REQS);

/// The `expkey-reqs` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExpkeyReqs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for ExpkeyReqs<'a> {
    const SET: &'static AttrSet = &tables::EXPKEY_REQS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &EXPKEY_REQS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&EXPKEY_REQS_CHECKS, attrs)
    }
}

impl<'a> ExpkeyReqs<'a> {
    /// Indexes and checks a block of `expkey-reqs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `NFSD_A_EXPKEY_REQS_REQUESTS`
    #[inline]
    pub fn requests(&self) -> impl Iterator<Item = Result<Expkey<'a>, Error>> + 'a {
        self.0
            .all(NFSD_A_EXPKEY_REQS_REQUESTS)
            .map(|a| Expkey::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFSD_A_EXPKEY_REQS_REQUESTS => {
                    nest_like(w, &a, |w| Expkey::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`CacheFlush`] checks of each attribute, from the descriptors.
static CACHE_FLUSH_CHECKS: [Check; 2] = Check::table(&tables::CACHE_FLUSH);

/// The `cache-flush` attributes of `nfsd`, indexed in one pass.
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

    /// `NFSD_A_CACHE_FLUSH_MASK`
    #[inline]
    pub fn mask(&self) -> Option<CacheType> {
        self.0.u32(NFSD_A_CACHE_FLUSH_MASK).map(CacheType)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFSD_A_CACHE_FLUSH_MASK if a.raw_kind() == NFSD_A_CACHE_FLUSH_MASK => {
                    CacheFlushBuilder::new(w).mask(CacheType(value::u32(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`UnlockIp`] checks of each attribute, from the descriptors.
static UNLOCK_IP_CHECKS: [Check; 2] = Check::table(&tables::UNLOCK_IP);

/// The `unlock-ip` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct UnlockIp<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for UnlockIp<'a> {
    const SET: &'static AttrSet = &tables::UNLOCK_IP;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &UNLOCK_IP_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&UNLOCK_IP_CHECKS, attrs)
    }
}

impl<'a> UnlockIp<'a> {
    /// Indexes and checks a block of `unlock-ip` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `NFSD_A_UNLOCK_IP_ADDRESS`: struct sockaddr_in or struct sockaddr_in6.
    #[inline]
    pub fn address(&self) -> Option<&'a [u8]> {
        self.0.bytes(NFSD_A_UNLOCK_IP_ADDRESS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFSD_A_UNLOCK_IP_ADDRESS if a.raw_kind() == NFSD_A_UNLOCK_IP_ADDRESS => {
                    UnlockIpBuilder::new(w).address(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`UnlockFilesystem`] checks of each attribute, from the descriptors.
static UNLOCK_FILESYSTEM_CHECKS: [Check; 2] = Check::table(&tables::UNLOCK_FILESYSTEM);

/// The `unlock-filesystem` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct UnlockFilesystem<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for UnlockFilesystem<'a> {
    const SET: &'static AttrSet = &tables::UNLOCK_FILESYSTEM;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &UNLOCK_FILESYSTEM_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&UNLOCK_FILESYSTEM_CHECKS, attrs)
    }
}

impl<'a> UnlockFilesystem<'a> {
    /// Indexes and checks a block of `unlock-filesystem` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `NFSD_A_UNLOCK_FILESYSTEM_PATH`: Filesystem path whose state should be released.
    #[inline]
    pub fn path(&self) -> Option<&'a str> {
        self.0.str(NFSD_A_UNLOCK_FILESYSTEM_PATH)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFSD_A_UNLOCK_FILESYSTEM_PATH if a.raw_kind() == NFSD_A_UNLOCK_FILESYSTEM_PATH => {
                    UnlockFilesystemBuilder::new(w).path(value::str(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`UnlockExport`] checks of each attribute, from the descriptors.
static UNLOCK_EXPORT_CHECKS: [Check; 2] = Check::table(&tables::UNLOCK_EXPORT);

/// The `unlock-export` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct UnlockExport<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for UnlockExport<'a> {
    const SET: &'static AttrSet = &tables::UNLOCK_EXPORT;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &UNLOCK_EXPORT_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&UNLOCK_EXPORT_CHECKS, attrs)
    }
}

impl<'a> UnlockExport<'a> {
    /// Indexes and checks a block of `unlock-export` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `NFSD_A_UNLOCK_EXPORT_PATH`: Export path whose NFSv4 state should be revoked. All state (opens, locks, delegations, layouts) acquired through any export of this path is revoked, regardless of which client holds the state. Intended for use after all clients have been unexported from a given path, enabling the underlying filesystem to be unmounted.
    #[inline]
    pub fn path(&self) -> Option<&'a str> {
        self.0.str(NFSD_A_UNLOCK_EXPORT_PATH)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFSD_A_UNLOCK_EXPORT_PATH if a.raw_kind() == NFSD_A_UNLOCK_EXPORT_PATH => {
                    UnlockExportBuilder::new(w).path(value::str(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ServerProcEntry`] checks of each attribute, from the descriptors.
static SERVER_PROC_ENTRY_CHECKS: [Check; 4] = Check::table(&tables::SERVER_PROC_ENTRY);

/// The `server-proc-entry` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ServerProcEntry<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for ServerProcEntry<'a> {
    const SET: &'static AttrSet = &tables::SERVER_PROC_ENTRY;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &SERVER_PROC_ENTRY_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&SERVER_PROC_ENTRY_CHECKS, attrs)
    }
}

impl<'a> ServerProcEntry<'a> {
    /// Indexes and checks a block of `server-proc-entry` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFSD_A_SERVER_PROC_ENTRY_OP`
    #[inline]
    pub fn op(&self) -> Option<u32> {
        self.0.u32(NFSD_A_SERVER_PROC_ENTRY_OP)
    }

    /// `NFSD_A_SERVER_PROC_ENTRY_COUNT`
    #[inline]
    pub fn count(&self) -> Option<u64> {
        self.0.u64(NFSD_A_SERVER_PROC_ENTRY_COUNT)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFSD_A_SERVER_PROC_ENTRY_OP if a.raw_kind() == NFSD_A_SERVER_PROC_ENTRY_OP => {
                    ServerProcEntryBuilder::new(w).op(value::u32(&a))?;
                }
                NFSD_A_SERVER_PROC_ENTRY_COUNT
                    if a.raw_kind() == NFSD_A_SERVER_PROC_ENTRY_COUNT =>
                {
                    ServerProcEntryBuilder::new(w).count(value::u64(&a))?;
                }
                NFSD_A_SERVER_PROC_ENTRY_PAD if a.raw_kind() == NFSD_A_SERVER_PROC_ENTRY_PAD => {
                    raw(w, &a)?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ServerStats`] checks of each attribute, from the descriptors.
static SERVER_STATS_CHECKS: [Check; 21] = Check::table(&tables::SERVER_STATS);

/// The `server-stats` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ServerStats<'a>(Table<'a, 21>);

impl<'a> AttrView<'a> for ServerStats<'a> {
    const SET: &'static AttrSet = &tables::SERVER_STATS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &SERVER_STATS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&SERVER_STATS_CHECKS, attrs)
    }
}

impl<'a> ServerStats<'a> {
    /// Indexes and checks a block of `server-stats` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 21> {
        &self.0
    }

    /// `NFSD_A_SERVER_STATS_RC_HITS`
    #[inline]
    pub fn rc_hits(&self) -> Option<u64> {
        self.0.u64(NFSD_A_SERVER_STATS_RC_HITS)
    }

    /// `NFSD_A_SERVER_STATS_RC_MISSES`
    #[inline]
    pub fn rc_misses(&self) -> Option<u64> {
        self.0.u64(NFSD_A_SERVER_STATS_RC_MISSES)
    }

    /// `NFSD_A_SERVER_STATS_RC_NOCACHE`
    #[inline]
    pub fn rc_nocache(&self) -> Option<u64> {
        self.0.u64(NFSD_A_SERVER_STATS_RC_NOCACHE)
    }

    /// `NFSD_A_SERVER_STATS_FH_STALE`
    #[inline]
    pub fn fh_stale(&self) -> Option<u64> {
        self.0.u64(NFSD_A_SERVER_STATS_FH_STALE)
    }

    /// `NFSD_A_SERVER_STATS_IO_READ`
    #[inline]
    pub fn io_read(&self) -> Option<u64> {
        self.0.u64(NFSD_A_SERVER_STATS_IO_READ)
    }

    /// `NFSD_A_SERVER_STATS_IO_WRITE`
    #[inline]
    pub fn io_write(&self) -> Option<u64> {
        self.0.u64(NFSD_A_SERVER_STATS_IO_WRITE)
    }

    /// `NFSD_A_SERVER_STATS_NETCNT`
    #[inline]
    pub fn netcnt(&self) -> Option<u32> {
        self.0.u32(NFSD_A_SERVER_STATS_NETCNT)
    }

    /// `NFSD_A_SERVER_STATS_NETUDPCNT`
    #[inline]
    pub fn netudpcnt(&self) -> Option<u32> {
        self.0.u32(NFSD_A_SERVER_STATS_NETUDPCNT)
    }

    /// `NFSD_A_SERVER_STATS_NETTCPCNT`
    #[inline]
    pub fn nettcpcnt(&self) -> Option<u32> {
        self.0.u32(NFSD_A_SERVER_STATS_NETTCPCNT)
    }

    /// `NFSD_A_SERVER_STATS_NETTCPCONN`
    #[inline]
    pub fn nettcpconn(&self) -> Option<u32> {
        self.0.u32(NFSD_A_SERVER_STATS_NETTCPCONN)
    }

    /// `NFSD_A_SERVER_STATS_RPCCNT`
    #[inline]
    pub fn rpccnt(&self) -> Option<u32> {
        self.0.u32(NFSD_A_SERVER_STATS_RPCCNT)
    }

    /// `NFSD_A_SERVER_STATS_RPCBADFMT`
    #[inline]
    pub fn rpcbadfmt(&self) -> Option<u32> {
        self.0.u32(NFSD_A_SERVER_STATS_RPCBADFMT)
    }

    /// `NFSD_A_SERVER_STATS_RPCBADAUTH`
    #[inline]
    pub fn rpcbadauth(&self) -> Option<u32> {
        self.0.u32(NFSD_A_SERVER_STATS_RPCBADAUTH)
    }

    /// `NFSD_A_SERVER_STATS_RPCBADCLNT`
    #[inline]
    pub fn rpcbadclnt(&self) -> Option<u32> {
        self.0.u32(NFSD_A_SERVER_STATS_RPCBADCLNT)
    }

    /// `NFSD_A_SERVER_STATS_PROC2_OPS`
    #[inline]
    pub fn proc2_ops(&self) -> impl Iterator<Item = Result<ServerProcEntry<'a>, Error>> + 'a {
        self.0
            .all(NFSD_A_SERVER_STATS_PROC2_OPS)
            .map(|a| ServerProcEntry::parse(a.nested()))
    }

    /// `NFSD_A_SERVER_STATS_PROC3_OPS`
    #[inline]
    pub fn proc3_ops(&self) -> impl Iterator<Item = Result<ServerProcEntry<'a>, Error>> + 'a {
        self.0
            .all(NFSD_A_SERVER_STATS_PROC3_OPS)
            .map(|a| ServerProcEntry::parse(a.nested()))
    }

    /// `NFSD_A_SERVER_STATS_PROC4_OPS`
    #[inline]
    pub fn proc4_ops(&self) -> impl Iterator<Item = Result<ServerProcEntry<'a>, Error>> + 'a {
        self.0
            .all(NFSD_A_SERVER_STATS_PROC4_OPS)
            .map(|a| ServerProcEntry::parse(a.nested()))
    }

    /// `NFSD_A_SERVER_STATS_PROC4OPS_OPS`
    #[inline]
    pub fn proc4ops_ops(&self) -> impl Iterator<Item = Result<ServerProcEntry<'a>, Error>> + 'a {
        self.0
            .all(NFSD_A_SERVER_STATS_PROC4OPS_OPS)
            .map(|a| ServerProcEntry::parse(a.nested()))
    }

    /// `NFSD_A_SERVER_STATS_PROC4CB_OPS`
    #[inline]
    pub fn proc4cb_ops(&self) -> impl Iterator<Item = Result<ServerProcEntry<'a>, Error>> + 'a {
        self.0
            .all(NFSD_A_SERVER_STATS_PROC4CB_OPS)
            .map(|a| ServerProcEntry::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NFSD_A_SERVER_STATS_RC_HITS if a.raw_kind() == NFSD_A_SERVER_STATS_RC_HITS => {
                    ServerStatsBuilder::new(w).rc_hits(value::u64(&a))?;
                }
                NFSD_A_SERVER_STATS_RC_MISSES if a.raw_kind() == NFSD_A_SERVER_STATS_RC_MISSES => {
                    ServerStatsBuilder::new(w).rc_misses(value::u64(&a))?;
                }
                NFSD_A_SERVER_STATS_RC_NOCACHE
                    if a.raw_kind() == NFSD_A_SERVER_STATS_RC_NOCACHE =>
                {
                    ServerStatsBuilder::new(w).rc_nocache(value::u64(&a))?;
                }
                NFSD_A_SERVER_STATS_PAD if a.raw_kind() == NFSD_A_SERVER_STATS_PAD => raw(w, &a)?,
                NFSD_A_SERVER_STATS_FH_STALE if a.raw_kind() == NFSD_A_SERVER_STATS_FH_STALE => {
                    ServerStatsBuilder::new(w).fh_stale(value::u64(&a))?;
                }
                NFSD_A_SERVER_STATS_IO_READ if a.raw_kind() == NFSD_A_SERVER_STATS_IO_READ => {
                    ServerStatsBuilder::new(w).io_read(value::u64(&a))?;
                }
                NFSD_A_SERVER_STATS_IO_WRITE if a.raw_kind() == NFSD_A_SERVER_STATS_IO_WRITE => {
                    ServerStatsBuilder::new(w).io_write(value::u64(&a))?;
                }
                NFSD_A_SERVER_STATS_NETCNT if a.raw_kind() == NFSD_A_SERVER_STATS_NETCNT => {
                    ServerStatsBuilder::new(w).netcnt(value::u32(&a))?;
                }
                NFSD_A_SERVER_STATS_NETUDPCNT if a.raw_kind() == NFSD_A_SERVER_STATS_NETUDPCNT => {
                    ServerStatsBuilder::new(w).netudpcnt(value::u32(&a))?;
                }
                NFSD_A_SERVER_STATS_NETTCPCNT if a.raw_kind() == NFSD_A_SERVER_STATS_NETTCPCNT => {
                    ServerStatsBuilder::new(w).nettcpcnt(value::u32(&a))?;
                }
                NFSD_A_SERVER_STATS_NETTCPCONN
                    if a.raw_kind() == NFSD_A_SERVER_STATS_NETTCPCONN =>
                {
                    ServerStatsBuilder::new(w).nettcpconn(value::u32(&a))?;
                }
                NFSD_A_SERVER_STATS_RPCCNT if a.raw_kind() == NFSD_A_SERVER_STATS_RPCCNT => {
                    ServerStatsBuilder::new(w).rpccnt(value::u32(&a))?;
                }
                NFSD_A_SERVER_STATS_RPCBADFMT if a.raw_kind() == NFSD_A_SERVER_STATS_RPCBADFMT => {
                    ServerStatsBuilder::new(w).rpcbadfmt(value::u32(&a))?;
                }
                NFSD_A_SERVER_STATS_RPCBADAUTH
                    if a.raw_kind() == NFSD_A_SERVER_STATS_RPCBADAUTH =>
                {
                    ServerStatsBuilder::new(w).rpcbadauth(value::u32(&a))?;
                }
                NFSD_A_SERVER_STATS_RPCBADCLNT
                    if a.raw_kind() == NFSD_A_SERVER_STATS_RPCBADCLNT =>
                {
                    ServerStatsBuilder::new(w).rpcbadclnt(value::u32(&a))?;
                }
                NFSD_A_SERVER_STATS_PROC2_OPS => {
                    nest_like(w, &a, |w| ServerProcEntry::parse(a.nested())?.write_to(w))?
                }
                NFSD_A_SERVER_STATS_PROC3_OPS => {
                    nest_like(w, &a, |w| ServerProcEntry::parse(a.nested())?.write_to(w))?
                }
                NFSD_A_SERVER_STATS_PROC4_OPS => {
                    nest_like(w, &a, |w| ServerProcEntry::parse(a.nested())?.write_to(w))?
                }
                NFSD_A_SERVER_STATS_PROC4OPS_OPS => {
                    nest_like(w, &a, |w| ServerProcEntry::parse(a.nested())?.write_to(w))?
                }
                NFSD_A_SERVER_STATS_PROC4CB_OPS => {
                    nest_like(w, &a, |w| ServerProcEntry::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// Every attribute set of `nfsd` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 21] = [
    SetRoundtrip {
        set: &tables::CACHE_NOTIFY,
        run: |attrs, w| CacheNotify::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::RPC_STATUS,
        run: |attrs, w| RpcStatus::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::SERVER,
        run: |attrs, w| Server::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::VERSION,
        run: |attrs, w| Version::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::SERVER_PROTO,
        run: |attrs, w| ServerProto::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::SOCK,
        run: |attrs, w| Sock::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::SERVER_SOCK,
        run: |attrs, w| ServerSock::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::POOL_MODE,
        run: |attrs, w| PoolMode::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::FSLOCATION,
        run: |attrs, w| Fslocation::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::FSLOCATIONS,
        run: |attrs, w| Fslocations::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::AUTH_FLAVOR,
        run: |attrs, w| AuthFlavor::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::SVC_EXPORT,
        run: |attrs, w| SvcExport::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::SVC_EXPORT_REQS,
        run: |attrs, w| SvcExportReqs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::EXPKEY,
        run: |attrs, w| Expkey::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::EXPKEY_REQS,
        run: |attrs, w| ExpkeyReqs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::CACHE_FLUSH,
        run: |attrs, w| CacheFlush::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::UNLOCK_IP,
        run: |attrs, w| UnlockIp::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::UNLOCK_FILESYSTEM,
        run: |attrs, w| UnlockFilesystem::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::UNLOCK_EXPORT,
        run: |attrs, w| UnlockExport::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::SERVER_PROC_ENTRY,
        run: |attrs, w| ServerProcEntry::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::SERVER_STATS,
        run: |attrs, w| ServerStats::parse(attrs)?.write_to(w),
    },
];
