//! Typed views of `nfsd`: one per attribute set, parsed in one pass into a table, with
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

/// The `cache-notify` attributes of `nfsd`, indexed in one pass.
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

    /// `NFSD_A_CACHE_NOTIFY_CACHE_TYPE`
    #[inline]
    pub fn cache_type(&self) -> Option<CacheType> {
        self.0
            .u32(NFSD_A_CACHE_NOTIFY_CACHE_TYPE)
            .map(|v| CacheType(v as u32))
    }
}

/// The `rpc-status` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct RpcStatus<'a>(Table<'a, 15>);

impl<'a> AttrView<'a> for RpcStatus<'a> {
    const SET: &'static AttrSet = &tables::RPC_STATUS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
}

/// The `server` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Server<'a>(Table<'a, 7>);

impl<'a> AttrView<'a> for Server<'a> {
    const SET: &'static AttrSet = &tables::SERVER;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
}

/// The `version` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Version<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for Version<'a> {
    const SET: &'static AttrSet = &tables::VERSION;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
}

/// The `server-proto` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ServerProto<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for ServerProto<'a> {
    const SET: &'static AttrSet = &tables::SERVER_PROTO;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
}

/// The `sock` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Sock<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for Sock<'a> {
    const SET: &'static AttrSet = &tables::SOCK;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
}

/// The `server-sock` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ServerSock<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for ServerSock<'a> {
    const SET: &'static AttrSet = &tables::SERVER_SOCK;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
}

/// The `pool-mode` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct PoolMode<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for PoolMode<'a> {
    const SET: &'static AttrSet = &tables::POOL_MODE;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
}

/// The `fslocation` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Fslocation<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for Fslocation<'a> {
    const SET: &'static AttrSet = &tables::FSLOCATION;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
}

/// The `fslocations` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Fslocations<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for Fslocations<'a> {
    const SET: &'static AttrSet = &tables::FSLOCATIONS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
}

/// The `auth-flavor` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct AuthFlavor<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for AuthFlavor<'a> {
    const SET: &'static AttrSet = &tables::AUTH_FLAVOR;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
        self.0
            .u32(NFSD_A_AUTH_FLAVOR_FLAGS)
            .map(|v| ExportFlags(v as u32))
    }
}

/// The `svc-export` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SvcExport<'a>(Table<'a, 14>);

impl<'a> AttrView<'a> for SvcExport<'a> {
    const SET: &'static AttrSet = &tables::SVC_EXPORT;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
        self.0
            .u32(NFSD_A_SVC_EXPORT_FLAGS)
            .map(|v| ExportFlags(v as u32))
    }

    /// `NFSD_A_SVC_EXPORT_FSID`
    #[inline]
    pub fn fsid(&self) -> Option<i32> {
        self.0.i32(NFSD_A_SVC_EXPORT_FSID)
    }
}

/// The `svc-export-reqs` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SvcExportReqs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for SvcExportReqs<'a> {
    const SET: &'static AttrSet = &tables::SVC_EXPORT_REQS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
}

/// The `expkey` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Expkey<'a>(Table<'a, 8>);

impl<'a> AttrView<'a> for Expkey<'a> {
    const SET: &'static AttrSet = &tables::EXPKEY;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
}

/// The `expkey-reqs` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExpkeyReqs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for ExpkeyReqs<'a> {
    const SET: &'static AttrSet = &tables::EXPKEY_REQS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
}

/// The `cache-flush` attributes of `nfsd`, indexed in one pass.
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

    /// `NFSD_A_CACHE_FLUSH_MASK`
    #[inline]
    pub fn mask(&self) -> Option<CacheType> {
        self.0
            .u32(NFSD_A_CACHE_FLUSH_MASK)
            .map(|v| CacheType(v as u32))
    }
}

/// The `unlock-ip` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct UnlockIp<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for UnlockIp<'a> {
    const SET: &'static AttrSet = &tables::UNLOCK_IP;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
}

/// The `unlock-filesystem` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct UnlockFilesystem<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for UnlockFilesystem<'a> {
    const SET: &'static AttrSet = &tables::UNLOCK_FILESYSTEM;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
}

/// The `unlock-export` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct UnlockExport<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for UnlockExport<'a> {
    const SET: &'static AttrSet = &tables::UNLOCK_EXPORT;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
}

/// The `server-proc-entry` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ServerProcEntry<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for ServerProcEntry<'a> {
    const SET: &'static AttrSet = &tables::SERVER_PROC_ENTRY;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
}

/// The `server-stats` attributes of `nfsd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ServerStats<'a>(Table<'a, 21>);

impl<'a> AttrView<'a> for ServerStats<'a> {
    const SET: &'static AttrSet = &tables::SERVER_STATS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
}
