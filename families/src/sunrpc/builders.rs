//! Typed builders of `sunrpc`: one per attribute set, over the codec's [`Writer`] (so they
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
    /// The `ip-map` attribute set.
    pub enum IpMap {}
    /// The `ip-map-reqs` attribute set.
    pub enum IpMapReqs {}
    /// The `unix-gid` attribute set.
    pub enum UnixGid {}
    /// The `unix-gid-reqs` attribute set.
    pub enum UnixGidReqs {}
    /// The `cache-flush` attribute set.
    pub enum CacheFlush {}
}

/// Writes `cache-notify` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type CacheNotifyBuilder<'w, B> = Builder<'w, sets::CacheNotify, B>;

impl<B: Buffer> CacheNotifyBuilder<'_, B> {
    /// Writes `SUNRPC_A_CACHE_NOTIFY_CACHE_TYPE`.
    pub fn cache_type(&mut self, v: CacheType) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(SUNRPC_A_CACHE_NOTIFY_CACHE_TYPE, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `ip-map` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type IpMapBuilder<'w, B> = Builder<'w, sets::IpMap, B>;

impl<B: Buffer> IpMapBuilder<'_, B> {
    /// Writes `SUNRPC_A_IP_MAP_SEQNO`.
    pub fn seqno(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(SUNRPC_A_IP_MAP_SEQNO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `SUNRPC_A_IP_MAP_CLASS`.
    pub fn class(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(SUNRPC_A_IP_MAP_CLASS, v)?;
        Ok(self)
    }

    /// Writes `SUNRPC_A_IP_MAP_ADDR`.
    pub fn addr(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(SUNRPC_A_IP_MAP_ADDR, v)?;
        Ok(self)
    }

    /// Writes `SUNRPC_A_IP_MAP_DOMAIN`.
    pub fn domain(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(SUNRPC_A_IP_MAP_DOMAIN, v)?;
        Ok(self)
    }

    /// Writes `SUNRPC_A_IP_MAP_NEGATIVE`.
    pub fn negative(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(SUNRPC_A_IP_MAP_NEGATIVE)?;
        Ok(self)
    }

    /// Writes `SUNRPC_A_IP_MAP_EXPIRY`.
    pub fn expiry(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(SUNRPC_A_IP_MAP_EXPIRY, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `ip-map-reqs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type IpMapReqsBuilder<'w, B> = Builder<'w, sets::IpMapReqs, B>;

impl<B: Buffer> IpMapReqsBuilder<'_, B> {
    /// Writes `SUNRPC_A_IP_MAP_REQS_REQUESTS`.
    pub fn requests(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut IpMapBuilder<'y, B>,
        ) -> Result<&'x mut IpMapBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(SUNRPC_A_IP_MAP_REQS_REQUESTS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `unix-gid` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type UnixGidBuilder<'w, B> = Builder<'w, sets::UnixGid, B>;

impl<B: Buffer> UnixGidBuilder<'_, B> {
    /// Writes `SUNRPC_A_UNIX_GID_SEQNO`.
    pub fn seqno(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(SUNRPC_A_UNIX_GID_SEQNO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `SUNRPC_A_UNIX_GID_UID`.
    pub fn uid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(SUNRPC_A_UNIX_GID_UID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `SUNRPC_A_UNIX_GID_GIDS`.
    pub fn gids(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(SUNRPC_A_UNIX_GID_GIDS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `SUNRPC_A_UNIX_GID_NEGATIVE`.
    pub fn negative(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(SUNRPC_A_UNIX_GID_NEGATIVE)?;
        Ok(self)
    }

    /// Writes `SUNRPC_A_UNIX_GID_EXPIRY`.
    pub fn expiry(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(SUNRPC_A_UNIX_GID_EXPIRY, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `unix-gid-reqs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type UnixGidReqsBuilder<'w, B> = Builder<'w, sets::UnixGidReqs, B>;

impl<B: Buffer> UnixGidReqsBuilder<'_, B> {
    /// Writes `SUNRPC_A_UNIX_GID_REQS_REQUESTS`.
    pub fn requests(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut UnixGidBuilder<'y, B>,
        ) -> Result<&'x mut UnixGidBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(SUNRPC_A_UNIX_GID_REQS_REQUESTS, |w| {
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
    /// Writes `SUNRPC_A_CACHE_FLUSH_MASK`.
    pub fn mask(&mut self, v: CacheType) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(SUNRPC_A_CACHE_FLUSH_MASK, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }
}
