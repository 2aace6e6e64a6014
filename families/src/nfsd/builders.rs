//! Typed builders of `nfsd`: one per attribute set, over the codec's [`Writer`] (so they
//! write into a caller's `&mut [u8]` as well as a `Vec`).

#![allow(unused_imports)]

use super::consts::*;
use super::types::*;
use crate::runtime::{put_nest_with_header, Bitfield32};
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use nlcodec::{Buffer, WriteError, Writer};

/// Writes `cache-notify` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct CacheNotifyBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> CacheNotifyBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `NFSD_A_CACHE_NOTIFY_CACHE_TYPE`.
    pub fn cache_type(&mut self, v: CacheType) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_CACHE_NOTIFY_CACHE_TYPE, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `rpc-status` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct RpcStatusBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> RpcStatusBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `NFSD_A_RPC_STATUS_XID`.
    pub fn xid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NFSD_A_RPC_STATUS_XID, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_RPC_STATUS_FLAGS`.
    pub fn flags(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_RPC_STATUS_FLAGS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_RPC_STATUS_PROG`.
    pub fn prog(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_RPC_STATUS_PROG, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_RPC_STATUS_VERSION`.
    pub fn version(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_RPC_STATUS_VERSION, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_RPC_STATUS_PROC`.
    pub fn proc(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_RPC_STATUS_PROC, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_RPC_STATUS_SERVICE_TIME`.
    pub fn service_time(&mut self, v: i64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_RPC_STATUS_SERVICE_TIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_RPC_STATUS_SADDR4`.
    pub fn saddr4(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NFSD_A_RPC_STATUS_SADDR4, &v.octets())?;
        Ok(self)
    }

    /// Writes `NFSD_A_RPC_STATUS_DADDR4`.
    pub fn daddr4(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NFSD_A_RPC_STATUS_DADDR4, &v.octets())?;
        Ok(self)
    }

    /// Writes `NFSD_A_RPC_STATUS_SADDR6`.
    pub fn saddr6(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NFSD_A_RPC_STATUS_SADDR6, &v.octets())?;
        Ok(self)
    }

    /// Writes `NFSD_A_RPC_STATUS_DADDR6`.
    pub fn daddr6(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NFSD_A_RPC_STATUS_DADDR6, &v.octets())?;
        Ok(self)
    }

    /// Writes `NFSD_A_RPC_STATUS_SPORT`.
    pub fn sport(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_RPC_STATUS_SPORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_RPC_STATUS_DPORT`.
    pub fn dport(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_RPC_STATUS_DPORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_RPC_STATUS_COMPOUND_OPS`.
    pub fn compound_ops(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_RPC_STATUS_COMPOUND_OPS, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `server` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct ServerBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> ServerBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `NFSD_A_SERVER_THREADS`.
    pub fn threads(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NFSD_A_SERVER_THREADS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_GRACETIME`.
    pub fn gracetime(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_SERVER_GRACETIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_LEASETIME`.
    pub fn leasetime(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_SERVER_LEASETIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_SCOPE`.
    pub fn scope(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(NFSD_A_SERVER_SCOPE, v)?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_MIN_THREADS`.
    pub fn min_threads(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_SERVER_MIN_THREADS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_FH_KEY`.
    pub fn fh_key(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NFSD_A_SERVER_FH_KEY, v)?;
        Ok(self)
    }
}

/// Writes `version` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct VersionBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> VersionBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `NFSD_A_VERSION_MAJOR`.
    pub fn major(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NFSD_A_VERSION_MAJOR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_VERSION_MINOR`.
    pub fn minor(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NFSD_A_VERSION_MINOR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_VERSION_ENABLED`.
    pub fn enabled(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(NFSD_A_VERSION_ENABLED)?;
        Ok(self)
    }
}

/// Writes `server-proto` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct ServerProtoBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> ServerProtoBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `NFSD_A_SERVER_PROTO_VERSION`.
    pub fn version(
        &mut self,
        f: impl FnOnce(&mut VersionBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(NFSD_A_SERVER_PROTO_VERSION, |w| f(&mut VersionBuilder(w)))?;
        Ok(self)
    }
}

/// Writes `sock` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct SockBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> SockBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `NFSD_A_SOCK_ADDR`.
    pub fn addr(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NFSD_A_SOCK_ADDR, v)?;
        Ok(self)
    }

    /// Writes `NFSD_A_SOCK_TRANSPORT_NAME`.
    pub fn transport_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(NFSD_A_SOCK_TRANSPORT_NAME, v)?;
        Ok(self)
    }
}

/// Writes `server-sock` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct ServerSockBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> ServerSockBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `NFSD_A_SERVER_SOCK_ADDR`.
    pub fn addr(
        &mut self,
        f: impl FnOnce(&mut SockBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(NFSD_A_SERVER_SOCK_ADDR, |w| f(&mut SockBuilder(w)))?;
        Ok(self)
    }
}

/// Writes `pool-mode` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct PoolModeBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> PoolModeBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `NFSD_A_POOL_MODE_MODE`.
    pub fn mode(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(NFSD_A_POOL_MODE_MODE, v)?;
        Ok(self)
    }

    /// Writes `NFSD_A_POOL_MODE_NPOOLS`.
    pub fn npools(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_POOL_MODE_NPOOLS, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `fslocation` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct FslocationBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> FslocationBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `NFSD_A_FSLOCATION_HOST`.
    pub fn host(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(NFSD_A_FSLOCATION_HOST, v)?;
        Ok(self)
    }

    /// Writes `NFSD_A_FSLOCATION_PATH`.
    pub fn path(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(NFSD_A_FSLOCATION_PATH, v)?;
        Ok(self)
    }
}

/// Writes `fslocations` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct FslocationsBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> FslocationsBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `NFSD_A_FSLOCATIONS_LOCATION`.
    pub fn location(
        &mut self,
        f: impl FnOnce(&mut FslocationBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(NFSD_A_FSLOCATIONS_LOCATION, |w| {
            f(&mut FslocationBuilder(w))
        })?;
        Ok(self)
    }
}

/// Writes `auth-flavor` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct AuthFlavorBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> AuthFlavorBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `NFSD_A_AUTH_FLAVOR_PSEUDOFLAVOR`.
    pub fn pseudoflavor(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_AUTH_FLAVOR_PSEUDOFLAVOR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_AUTH_FLAVOR_FLAGS`.
    pub fn flags(&mut self, v: ExportFlags) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_AUTH_FLAVOR_FLAGS, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `svc-export` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct SvcExportBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> SvcExportBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `NFSD_A_SVC_EXPORT_SEQNO`.
    pub fn seqno(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_SVC_EXPORT_SEQNO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SVC_EXPORT_CLIENT`.
    pub fn client(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(NFSD_A_SVC_EXPORT_CLIENT, v)?;
        Ok(self)
    }

    /// Writes `NFSD_A_SVC_EXPORT_PATH`.
    pub fn path(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(NFSD_A_SVC_EXPORT_PATH, v)?;
        Ok(self)
    }

    /// Writes `NFSD_A_SVC_EXPORT_NEGATIVE`.
    pub fn negative(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(NFSD_A_SVC_EXPORT_NEGATIVE)?;
        Ok(self)
    }

    /// Writes `NFSD_A_SVC_EXPORT_EXPIRY`.
    pub fn expiry(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_SVC_EXPORT_EXPIRY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SVC_EXPORT_ANON_UID`.
    pub fn anon_uid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_SVC_EXPORT_ANON_UID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SVC_EXPORT_ANON_GID`.
    pub fn anon_gid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_SVC_EXPORT_ANON_GID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SVC_EXPORT_FSLOCATIONS`.
    pub fn fslocations(
        &mut self,
        f: impl FnOnce(&mut FslocationsBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(NFSD_A_SVC_EXPORT_FSLOCATIONS, |w| {
            f(&mut FslocationsBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `NFSD_A_SVC_EXPORT_UUID`.
    pub fn uuid(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NFSD_A_SVC_EXPORT_UUID, v)?;
        Ok(self)
    }

    /// Writes `NFSD_A_SVC_EXPORT_SECINFO`.
    pub fn secinfo(
        &mut self,
        f: impl FnOnce(&mut AuthFlavorBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(NFSD_A_SVC_EXPORT_SECINFO, |w| f(&mut AuthFlavorBuilder(w)))?;
        Ok(self)
    }

    /// Writes `NFSD_A_SVC_EXPORT_XPRTSEC`.
    pub fn xprtsec(&mut self, v: XprtsecMode) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_SVC_EXPORT_XPRTSEC, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SVC_EXPORT_FLAGS`.
    pub fn flags(&mut self, v: ExportFlags) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_SVC_EXPORT_FLAGS, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SVC_EXPORT_FSID`.
    pub fn fsid(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_SVC_EXPORT_FSID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `svc-export-reqs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct SvcExportReqsBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> SvcExportReqsBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `NFSD_A_SVC_EXPORT_REQS_REQUESTS`.
    pub fn requests(
        &mut self,
        f: impl FnOnce(&mut SvcExportBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(NFSD_A_SVC_EXPORT_REQS_REQUESTS, |w| {
            f(&mut SvcExportBuilder(w))
        })?;
        Ok(self)
    }
}

/// Writes `expkey` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct ExpkeyBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> ExpkeyBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `NFSD_A_EXPKEY_SEQNO`.
    pub fn seqno(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NFSD_A_EXPKEY_SEQNO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_EXPKEY_CLIENT`.
    pub fn client(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(NFSD_A_EXPKEY_CLIENT, v)?;
        Ok(self)
    }

    /// Writes `NFSD_A_EXPKEY_FSIDTYPE`.
    pub fn fsidtype(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_EXPKEY_FSIDTYPE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_EXPKEY_FSID`.
    pub fn fsid(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NFSD_A_EXPKEY_FSID, v)?;
        Ok(self)
    }

    /// Writes `NFSD_A_EXPKEY_NEGATIVE`.
    pub fn negative(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(NFSD_A_EXPKEY_NEGATIVE)?;
        Ok(self)
    }

    /// Writes `NFSD_A_EXPKEY_EXPIRY`.
    pub fn expiry(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NFSD_A_EXPKEY_EXPIRY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_EXPKEY_PATH`.
    pub fn path(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(NFSD_A_EXPKEY_PATH, v)?;
        Ok(self)
    }
}

/// Writes `expkey-reqs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct ExpkeyReqsBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> ExpkeyReqsBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `NFSD_A_EXPKEY_REQS_REQUESTS`.
    pub fn requests(
        &mut self,
        f: impl FnOnce(&mut ExpkeyBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(NFSD_A_EXPKEY_REQS_REQUESTS, |w| f(&mut ExpkeyBuilder(w)))?;
        Ok(self)
    }
}

/// Writes `cache-flush` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct CacheFlushBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> CacheFlushBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `NFSD_A_CACHE_FLUSH_MASK`.
    pub fn mask(&mut self, v: CacheType) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_CACHE_FLUSH_MASK, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `unlock-ip` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct UnlockIpBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> UnlockIpBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `NFSD_A_UNLOCK_IP_ADDRESS`: struct sockaddr_in or struct sockaddr_in6.
    pub fn address(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NFSD_A_UNLOCK_IP_ADDRESS, v)?;
        Ok(self)
    }
}

/// Writes `unlock-filesystem` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct UnlockFilesystemBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> UnlockFilesystemBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `NFSD_A_UNLOCK_FILESYSTEM_PATH`: Filesystem path whose state should be released.
    pub fn path(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(NFSD_A_UNLOCK_FILESYSTEM_PATH, v)?;
        Ok(self)
    }
}

/// Writes `unlock-export` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct UnlockExportBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> UnlockExportBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `NFSD_A_UNLOCK_EXPORT_PATH`: Export path whose NFSv4 state should be revoked. All state (opens, locks, delegations, layouts) acquired through any export of this path is revoked, regardless of which client holds the state. Intended for use after all clients have been unexported from a given path, enabling the underlying filesystem to be unmounted.
    pub fn path(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(NFSD_A_UNLOCK_EXPORT_PATH, v)?;
        Ok(self)
    }
}

/// Writes `server-proc-entry` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct ServerProcEntryBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> ServerProcEntryBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `NFSD_A_SERVER_PROC_ENTRY_OP`.
    pub fn op(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_SERVER_PROC_ENTRY_OP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_PROC_ENTRY_COUNT`.
    pub fn count(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_SERVER_PROC_ENTRY_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `server-stats` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct ServerStatsBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> ServerStatsBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `NFSD_A_SERVER_STATS_RC_HITS`.
    pub fn rc_hits(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_SERVER_STATS_RC_HITS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_RC_MISSES`.
    pub fn rc_misses(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_SERVER_STATS_RC_MISSES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_RC_NOCACHE`.
    pub fn rc_nocache(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_SERVER_STATS_RC_NOCACHE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_FH_STALE`.
    pub fn fh_stale(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_SERVER_STATS_FH_STALE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_IO_READ`.
    pub fn io_read(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_SERVER_STATS_IO_READ, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_IO_WRITE`.
    pub fn io_write(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_SERVER_STATS_IO_WRITE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_NETCNT`.
    pub fn netcnt(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_SERVER_STATS_NETCNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_NETUDPCNT`.
    pub fn netudpcnt(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_SERVER_STATS_NETUDPCNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_NETTCPCNT`.
    pub fn nettcpcnt(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_SERVER_STATS_NETTCPCNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_NETTCPCONN`.
    pub fn nettcpconn(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_SERVER_STATS_NETTCPCONN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_RPCCNT`.
    pub fn rpccnt(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_SERVER_STATS_RPCCNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_RPCBADFMT`.
    pub fn rpcbadfmt(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_SERVER_STATS_RPCBADFMT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_RPCBADAUTH`.
    pub fn rpcbadauth(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_SERVER_STATS_RPCBADAUTH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_RPCBADCLNT`.
    pub fn rpcbadclnt(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NFSD_A_SERVER_STATS_RPCBADCLNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_PROC2_OPS`.
    pub fn proc2_ops(
        &mut self,
        f: impl FnOnce(&mut ServerProcEntryBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(NFSD_A_SERVER_STATS_PROC2_OPS, |w| {
            f(&mut ServerProcEntryBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_PROC3_OPS`.
    pub fn proc3_ops(
        &mut self,
        f: impl FnOnce(&mut ServerProcEntryBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(NFSD_A_SERVER_STATS_PROC3_OPS, |w| {
            f(&mut ServerProcEntryBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_PROC4_OPS`.
    pub fn proc4_ops(
        &mut self,
        f: impl FnOnce(&mut ServerProcEntryBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(NFSD_A_SERVER_STATS_PROC4_OPS, |w| {
            f(&mut ServerProcEntryBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_PROC4OPS_OPS`.
    pub fn proc4ops_ops(
        &mut self,
        f: impl FnOnce(&mut ServerProcEntryBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(NFSD_A_SERVER_STATS_PROC4OPS_OPS, |w| {
            f(&mut ServerProcEntryBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_PROC4CB_OPS`.
    pub fn proc4cb_ops(
        &mut self,
        f: impl FnOnce(&mut ServerProcEntryBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(NFSD_A_SERVER_STATS_PROC4CB_OPS, |w| {
            f(&mut ServerProcEntryBuilder(w))
        })?;
        Ok(self)
    }
}
