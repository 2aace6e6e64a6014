//! Typed builders of `nfsd`: one per attribute set, over the codec's [`Writer`] (so they
//! write into a caller's `&mut [u8]` as well as a `Vec`).

#![allow(unused_imports)]

use super::consts::*;
use super::types::*;
use crate::runtime::{put_nest_with_header, Bitfield32, Builder};
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use nlcodec::{Buffer, WriteError, Writer};

/// Markers of the attribute sets, one per set: the `S` of [`Builder`] (and of the
/// operations' `Attrs`).
pub mod sets {
    /// The `cache-notify` attribute set.
    pub enum CacheNotify {}
    /// The `rpc-status` attribute set.
    pub enum RpcStatus {}
    /// The `server` attribute set.
    pub enum Server {}
    /// The `version` attribute set.
    pub enum Version {}
    /// The `server-proto` attribute set.
    pub enum ServerProto {}
    /// The `sock` attribute set.
    pub enum Sock {}
    /// The `server-sock` attribute set.
    pub enum ServerSock {}
    /// The `pool-mode` attribute set.
    pub enum PoolMode {}
    /// The `fslocation` attribute set.
    pub enum Fslocation {}
    /// The `fslocations` attribute set.
    pub enum Fslocations {}
    /// The `auth-flavor` attribute set.
    pub enum AuthFlavor {}
    /// The `svc-export` attribute set.
    pub enum SvcExport {}
    /// The `svc-export-reqs` attribute set.
    pub enum SvcExportReqs {}
    /// The `expkey` attribute set.
    pub enum Expkey {}
    /// The `expkey-reqs` attribute set.
    pub enum ExpkeyReqs {}
    /// The `cache-flush` attribute set.
    pub enum CacheFlush {}
    /// The `unlock-ip` attribute set.
    pub enum UnlockIp {}
    /// The `unlock-filesystem` attribute set.
    pub enum UnlockFilesystem {}
    /// The `unlock-export` attribute set.
    pub enum UnlockExport {}
    /// The `server-proc-entry` attribute set.
    pub enum ServerProcEntry {}
    /// The `server-stats` attribute set.
    pub enum ServerStats {}
}

/// Writes `cache-notify` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type CacheNotifyBuilder<'w, B> = Builder<'w, sets::CacheNotify, B>;

impl<B: Buffer> CacheNotifyBuilder<'_, B> {
    /// Writes `NFSD_A_CACHE_NOTIFY_CACHE_TYPE`.
    pub fn cache_type(&mut self, v: CacheType) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_CACHE_NOTIFY_CACHE_TYPE, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `rpc-status` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type RpcStatusBuilder<'w, B> = Builder<'w, sets::RpcStatus, B>;

impl<B: Buffer> RpcStatusBuilder<'_, B> {
    /// Writes `NFSD_A_RPC_STATUS_XID`.
    pub fn xid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NFSD_A_RPC_STATUS_XID, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_RPC_STATUS_FLAGS`.
    pub fn flags(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_RPC_STATUS_FLAGS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_RPC_STATUS_PROG`.
    pub fn prog(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_RPC_STATUS_PROG, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_RPC_STATUS_VERSION`.
    pub fn version(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_RPC_STATUS_VERSION, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_RPC_STATUS_PROC`.
    pub fn proc(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_RPC_STATUS_PROC, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_RPC_STATUS_SERVICE_TIME`.
    pub fn service_time(&mut self, v: i64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_RPC_STATUS_SERVICE_TIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_RPC_STATUS_SADDR4`.
    pub fn saddr4(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NFSD_A_RPC_STATUS_SADDR4, &v.octets())?;
        Ok(self)
    }

    /// Writes `NFSD_A_RPC_STATUS_DADDR4`.
    pub fn daddr4(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NFSD_A_RPC_STATUS_DADDR4, &v.octets())?;
        Ok(self)
    }

    /// Writes `NFSD_A_RPC_STATUS_SADDR6`.
    pub fn saddr6(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NFSD_A_RPC_STATUS_SADDR6, &v.octets())?;
        Ok(self)
    }

    /// Writes `NFSD_A_RPC_STATUS_DADDR6`.
    pub fn daddr6(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NFSD_A_RPC_STATUS_DADDR6, &v.octets())?;
        Ok(self)
    }

    /// Writes `NFSD_A_RPC_STATUS_SPORT`.
    pub fn sport(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_RPC_STATUS_SPORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_RPC_STATUS_DPORT`.
    pub fn dport(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_RPC_STATUS_DPORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_RPC_STATUS_COMPOUND_OPS`.
    pub fn compound_ops(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_RPC_STATUS_COMPOUND_OPS, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `server` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ServerBuilder<'w, B> = Builder<'w, sets::Server, B>;

impl<B: Buffer> ServerBuilder<'_, B> {
    /// Writes `NFSD_A_SERVER_THREADS`.
    pub fn threads(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NFSD_A_SERVER_THREADS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_GRACETIME`.
    pub fn gracetime(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_SERVER_GRACETIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_LEASETIME`.
    pub fn leasetime(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_SERVER_LEASETIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_SCOPE`.
    pub fn scope(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFSD_A_SERVER_SCOPE, v)?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_MIN_THREADS`.
    pub fn min_threads(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_SERVER_MIN_THREADS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_FH_KEY`.
    pub fn fh_key(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NFSD_A_SERVER_FH_KEY, v)?;
        Ok(self)
    }
}

/// Writes `version` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type VersionBuilder<'w, B> = Builder<'w, sets::Version, B>;

impl<B: Buffer> VersionBuilder<'_, B> {
    /// Writes `NFSD_A_VERSION_MAJOR`.
    pub fn major(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NFSD_A_VERSION_MAJOR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_VERSION_MINOR`.
    pub fn minor(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NFSD_A_VERSION_MINOR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_VERSION_ENABLED`.
    pub fn enabled(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NFSD_A_VERSION_ENABLED)?;
        Ok(self)
    }
}

/// Writes `server-proto` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ServerProtoBuilder<'w, B> = Builder<'w, sets::ServerProto, B>;

impl<B: Buffer> ServerProtoBuilder<'_, B> {
    /// Writes `NFSD_A_SERVER_PROTO_VERSION`.
    pub fn version(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut VersionBuilder<'y, B>,
        ) -> Result<&'x mut VersionBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFSD_A_SERVER_PROTO_VERSION, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `sock` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type SockBuilder<'w, B> = Builder<'w, sets::Sock, B>;

impl<B: Buffer> SockBuilder<'_, B> {
    /// Writes `NFSD_A_SOCK_ADDR`.
    pub fn addr(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NFSD_A_SOCK_ADDR, v)?;
        Ok(self)
    }

    /// Writes `NFSD_A_SOCK_TRANSPORT_NAME`.
    pub fn transport_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFSD_A_SOCK_TRANSPORT_NAME, v)?;
        Ok(self)
    }
}

/// Writes `server-sock` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ServerSockBuilder<'w, B> = Builder<'w, sets::ServerSock, B>;

impl<B: Buffer> ServerSockBuilder<'_, B> {
    /// Writes `NFSD_A_SERVER_SOCK_ADDR`.
    pub fn addr(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut SockBuilder<'y, B>,
        ) -> Result<&'x mut SockBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFSD_A_SERVER_SOCK_ADDR, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `pool-mode` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PoolModeBuilder<'w, B> = Builder<'w, sets::PoolMode, B>;

impl<B: Buffer> PoolModeBuilder<'_, B> {
    /// Writes `NFSD_A_POOL_MODE_MODE`.
    pub fn mode(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFSD_A_POOL_MODE_MODE, v)?;
        Ok(self)
    }

    /// Writes `NFSD_A_POOL_MODE_NPOOLS`.
    pub fn npools(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_POOL_MODE_NPOOLS, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `fslocation` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FslocationBuilder<'w, B> = Builder<'w, sets::Fslocation, B>;

impl<B: Buffer> FslocationBuilder<'_, B> {
    /// Writes `NFSD_A_FSLOCATION_HOST`.
    pub fn host(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFSD_A_FSLOCATION_HOST, v)?;
        Ok(self)
    }

    /// Writes `NFSD_A_FSLOCATION_PATH`.
    pub fn path(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFSD_A_FSLOCATION_PATH, v)?;
        Ok(self)
    }
}

/// Writes `fslocations` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FslocationsBuilder<'w, B> = Builder<'w, sets::Fslocations, B>;

impl<B: Buffer> FslocationsBuilder<'_, B> {
    /// Writes `NFSD_A_FSLOCATIONS_LOCATION`.
    pub fn location(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FslocationBuilder<'y, B>,
        ) -> Result<&'x mut FslocationBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFSD_A_FSLOCATIONS_LOCATION, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `auth-flavor` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type AuthFlavorBuilder<'w, B> = Builder<'w, sets::AuthFlavor, B>;

impl<B: Buffer> AuthFlavorBuilder<'_, B> {
    /// Writes `NFSD_A_AUTH_FLAVOR_PSEUDOFLAVOR`.
    pub fn pseudoflavor(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_AUTH_FLAVOR_PSEUDOFLAVOR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_AUTH_FLAVOR_FLAGS`.
    pub fn flags(&mut self, v: ExportFlags) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_AUTH_FLAVOR_FLAGS, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `svc-export` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type SvcExportBuilder<'w, B> = Builder<'w, sets::SvcExport, B>;

impl<B: Buffer> SvcExportBuilder<'_, B> {
    /// Writes `NFSD_A_SVC_EXPORT_SEQNO`.
    pub fn seqno(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_SVC_EXPORT_SEQNO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SVC_EXPORT_CLIENT`.
    pub fn client(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFSD_A_SVC_EXPORT_CLIENT, v)?;
        Ok(self)
    }

    /// Writes `NFSD_A_SVC_EXPORT_PATH`.
    pub fn path(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFSD_A_SVC_EXPORT_PATH, v)?;
        Ok(self)
    }

    /// Writes `NFSD_A_SVC_EXPORT_NEGATIVE`.
    pub fn negative(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NFSD_A_SVC_EXPORT_NEGATIVE)?;
        Ok(self)
    }

    /// Writes `NFSD_A_SVC_EXPORT_EXPIRY`.
    pub fn expiry(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_SVC_EXPORT_EXPIRY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SVC_EXPORT_ANON_UID`.
    pub fn anon_uid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_SVC_EXPORT_ANON_UID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SVC_EXPORT_ANON_GID`.
    pub fn anon_gid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_SVC_EXPORT_ANON_GID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SVC_EXPORT_FSLOCATIONS`.
    pub fn fslocations(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FslocationsBuilder<'y, B>,
        ) -> Result<&'x mut FslocationsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFSD_A_SVC_EXPORT_FSLOCATIONS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFSD_A_SVC_EXPORT_UUID`.
    pub fn uuid(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NFSD_A_SVC_EXPORT_UUID, v)?;
        Ok(self)
    }

    /// Writes `NFSD_A_SVC_EXPORT_SECINFO`.
    pub fn secinfo(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut AuthFlavorBuilder<'y, B>,
        ) -> Result<&'x mut AuthFlavorBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFSD_A_SVC_EXPORT_SECINFO, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFSD_A_SVC_EXPORT_XPRTSEC`.
    pub fn xprtsec(&mut self, v: XprtsecMode) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_SVC_EXPORT_XPRTSEC, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SVC_EXPORT_FLAGS`.
    pub fn flags(&mut self, v: ExportFlags) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_SVC_EXPORT_FLAGS, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SVC_EXPORT_FSID`.
    pub fn fsid(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_SVC_EXPORT_FSID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `svc-export-reqs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type SvcExportReqsBuilder<'w, B> = Builder<'w, sets::SvcExportReqs, B>;

impl<B: Buffer> SvcExportReqsBuilder<'_, B> {
    /// Writes `NFSD_A_SVC_EXPORT_REQS_REQUESTS`.
    pub fn requests(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut SvcExportBuilder<'y, B>,
        ) -> Result<&'x mut SvcExportBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFSD_A_SVC_EXPORT_REQS_REQUESTS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `expkey` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ExpkeyBuilder<'w, B> = Builder<'w, sets::Expkey, B>;

impl<B: Buffer> ExpkeyBuilder<'_, B> {
    /// Writes `NFSD_A_EXPKEY_SEQNO`.
    pub fn seqno(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NFSD_A_EXPKEY_SEQNO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_EXPKEY_CLIENT`.
    pub fn client(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFSD_A_EXPKEY_CLIENT, v)?;
        Ok(self)
    }

    /// Writes `NFSD_A_EXPKEY_FSIDTYPE`.
    pub fn fsidtype(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_EXPKEY_FSIDTYPE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_EXPKEY_FSID`.
    pub fn fsid(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NFSD_A_EXPKEY_FSID, v)?;
        Ok(self)
    }

    /// Writes `NFSD_A_EXPKEY_NEGATIVE`.
    pub fn negative(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NFSD_A_EXPKEY_NEGATIVE)?;
        Ok(self)
    }

    /// Writes `NFSD_A_EXPKEY_EXPIRY`.
    pub fn expiry(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NFSD_A_EXPKEY_EXPIRY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_EXPKEY_PATH`.
    pub fn path(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFSD_A_EXPKEY_PATH, v)?;
        Ok(self)
    }
}

/// Writes `expkey-reqs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ExpkeyReqsBuilder<'w, B> = Builder<'w, sets::ExpkeyReqs, B>;

impl<B: Buffer> ExpkeyReqsBuilder<'_, B> {
    /// Writes `NFSD_A_EXPKEY_REQS_REQUESTS`.
    pub fn requests(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ExpkeyBuilder<'y, B>,
        ) -> Result<&'x mut ExpkeyBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFSD_A_EXPKEY_REQS_REQUESTS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `cache-flush` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type CacheFlushBuilder<'w, B> = Builder<'w, sets::CacheFlush, B>;

impl<B: Buffer> CacheFlushBuilder<'_, B> {
    /// Writes `NFSD_A_CACHE_FLUSH_MASK`.
    pub fn mask(&mut self, v: CacheType) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_CACHE_FLUSH_MASK, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `unlock-ip` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type UnlockIpBuilder<'w, B> = Builder<'w, sets::UnlockIp, B>;

impl<B: Buffer> UnlockIpBuilder<'_, B> {
    /// Writes `NFSD_A_UNLOCK_IP_ADDRESS`: struct sockaddr_in or struct sockaddr_in6.
    pub fn address(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NFSD_A_UNLOCK_IP_ADDRESS, v)?;
        Ok(self)
    }
}

/// Writes `unlock-filesystem` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type UnlockFilesystemBuilder<'w, B> = Builder<'w, sets::UnlockFilesystem, B>;

impl<B: Buffer> UnlockFilesystemBuilder<'_, B> {
    /// Writes `NFSD_A_UNLOCK_FILESYSTEM_PATH`: Filesystem path whose state should be released.
    pub fn path(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFSD_A_UNLOCK_FILESYSTEM_PATH, v)?;
        Ok(self)
    }
}

/// Writes `unlock-export` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type UnlockExportBuilder<'w, B> = Builder<'w, sets::UnlockExport, B>;

impl<B: Buffer> UnlockExportBuilder<'_, B> {
    /// Writes `NFSD_A_UNLOCK_EXPORT_PATH`: Export path whose NFSv4 state should be revoked. All state (opens, locks, delegations, layouts) acquired through any export of this path is revoked, regardless of which client holds the state. Intended for use after all clients have been unexported from a given path, enabling the underlying filesystem to be unmounted.
    pub fn path(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFSD_A_UNLOCK_EXPORT_PATH, v)?;
        Ok(self)
    }
}

/// Writes `server-proc-entry` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ServerProcEntryBuilder<'w, B> = Builder<'w, sets::ServerProcEntry, B>;

impl<B: Buffer> ServerProcEntryBuilder<'_, B> {
    /// Writes `NFSD_A_SERVER_PROC_ENTRY_OP`.
    pub fn op(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_SERVER_PROC_ENTRY_OP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_PROC_ENTRY_COUNT`.
    pub fn count(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_SERVER_PROC_ENTRY_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `server-stats` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ServerStatsBuilder<'w, B> = Builder<'w, sets::ServerStats, B>;

impl<B: Buffer> ServerStatsBuilder<'_, B> {
    /// Writes `NFSD_A_SERVER_STATS_RC_HITS`.
    pub fn rc_hits(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_SERVER_STATS_RC_HITS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_RC_MISSES`.
    pub fn rc_misses(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_SERVER_STATS_RC_MISSES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_RC_NOCACHE`.
    pub fn rc_nocache(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_SERVER_STATS_RC_NOCACHE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_FH_STALE`.
    pub fn fh_stale(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_SERVER_STATS_FH_STALE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_IO_READ`.
    pub fn io_read(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_SERVER_STATS_IO_READ, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_IO_WRITE`.
    pub fn io_write(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_SERVER_STATS_IO_WRITE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_NETCNT`.
    pub fn netcnt(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_SERVER_STATS_NETCNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_NETUDPCNT`.
    pub fn netudpcnt(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_SERVER_STATS_NETUDPCNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_NETTCPCNT`.
    pub fn nettcpcnt(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_SERVER_STATS_NETTCPCNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_NETTCPCONN`.
    pub fn nettcpconn(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_SERVER_STATS_NETTCPCONN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_RPCCNT`.
    pub fn rpccnt(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_SERVER_STATS_RPCCNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_RPCBADFMT`.
    pub fn rpcbadfmt(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_SERVER_STATS_RPCBADFMT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_RPCBADAUTH`.
    pub fn rpcbadauth(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_SERVER_STATS_RPCBADAUTH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_RPCBADCLNT`.
    pub fn rpcbadclnt(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFSD_A_SERVER_STATS_RPCBADCLNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_PROC2_OPS`.
    pub fn proc2_ops(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ServerProcEntryBuilder<'y, B>,
        ) -> Result<&'x mut ServerProcEntryBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFSD_A_SERVER_STATS_PROC2_OPS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_PROC3_OPS`.
    pub fn proc3_ops(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ServerProcEntryBuilder<'y, B>,
        ) -> Result<&'x mut ServerProcEntryBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFSD_A_SERVER_STATS_PROC3_OPS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_PROC4_OPS`.
    pub fn proc4_ops(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ServerProcEntryBuilder<'y, B>,
        ) -> Result<&'x mut ServerProcEntryBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFSD_A_SERVER_STATS_PROC4_OPS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_PROC4OPS_OPS`.
    pub fn proc4ops_ops(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ServerProcEntryBuilder<'y, B>,
        ) -> Result<&'x mut ServerProcEntryBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFSD_A_SERVER_STATS_PROC4OPS_OPS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFSD_A_SERVER_STATS_PROC4CB_OPS`.
    pub fn proc4cb_ops(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ServerProcEntryBuilder<'y, B>,
        ) -> Result<&'x mut ServerProcEntryBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFSD_A_SERVER_STATS_PROC4CB_OPS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}
