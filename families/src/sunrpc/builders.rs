//! Typed builders of `sunrpc`: one per attribute set, over the codec's [`Writer`] (so they
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

    /// Writes `SUNRPC_A_CACHE_NOTIFY_CACHE_TYPE`.
    pub fn cache_type(&mut self, v: CacheType) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(SUNRPC_A_CACHE_NOTIFY_CACHE_TYPE, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `ip-map` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct IpMapBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> IpMapBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `SUNRPC_A_IP_MAP_SEQNO`.
    pub fn seqno(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0.put_attr(SUNRPC_A_IP_MAP_SEQNO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `SUNRPC_A_IP_MAP_CLASS`.
    pub fn class(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(SUNRPC_A_IP_MAP_CLASS, v)?;
        Ok(self)
    }

    /// Writes `SUNRPC_A_IP_MAP_ADDR`.
    pub fn addr(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(SUNRPC_A_IP_MAP_ADDR, v)?;
        Ok(self)
    }

    /// Writes `SUNRPC_A_IP_MAP_DOMAIN`.
    pub fn domain(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(SUNRPC_A_IP_MAP_DOMAIN, v)?;
        Ok(self)
    }

    /// Writes `SUNRPC_A_IP_MAP_NEGATIVE`.
    pub fn negative(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(SUNRPC_A_IP_MAP_NEGATIVE)?;
        Ok(self)
    }

    /// Writes `SUNRPC_A_IP_MAP_EXPIRY`.
    pub fn expiry(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(SUNRPC_A_IP_MAP_EXPIRY, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `ip-map-reqs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct IpMapReqsBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> IpMapReqsBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `SUNRPC_A_IP_MAP_REQS_REQUESTS`.
    pub fn requests(
        &mut self,
        f: impl FnOnce(&mut IpMapBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(SUNRPC_A_IP_MAP_REQS_REQUESTS, |w| f(&mut IpMapBuilder(w)))?;
        Ok(self)
    }
}

/// Writes `unix-gid` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct UnixGidBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> UnixGidBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `SUNRPC_A_UNIX_GID_SEQNO`.
    pub fn seqno(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(SUNRPC_A_UNIX_GID_SEQNO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `SUNRPC_A_UNIX_GID_UID`.
    pub fn uid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(SUNRPC_A_UNIX_GID_UID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `SUNRPC_A_UNIX_GID_GIDS`.
    pub fn gids(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(SUNRPC_A_UNIX_GID_GIDS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `SUNRPC_A_UNIX_GID_NEGATIVE`.
    pub fn negative(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(SUNRPC_A_UNIX_GID_NEGATIVE)?;
        Ok(self)
    }

    /// Writes `SUNRPC_A_UNIX_GID_EXPIRY`.
    pub fn expiry(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(SUNRPC_A_UNIX_GID_EXPIRY, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `unix-gid-reqs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct UnixGidReqsBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> UnixGidReqsBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `SUNRPC_A_UNIX_GID_REQS_REQUESTS`.
    pub fn requests(
        &mut self,
        f: impl FnOnce(&mut UnixGidBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(SUNRPC_A_UNIX_GID_REQS_REQUESTS, |w| {
            f(&mut UnixGidBuilder(w))
        })?;
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

    /// Writes `SUNRPC_A_CACHE_FLUSH_MASK`.
    pub fn mask(&mut self, v: CacheType) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(SUNRPC_A_CACHE_FLUSH_MASK, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }
}
