//! Typed builders of `fou`: one per attribute set, over the codec's [`Writer`] (so they
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
    /// The `fou` attribute set.
    pub enum Fou {}
}

/// Writes `fou` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FouBuilder<'w, B> = Builder<'w, sets::Fou, B>;

impl<B: Buffer> FouBuilder<'_, B> {
    /// Writes `FOU_ATTR_PORT`.
    pub fn port(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(FOU_ATTR_PORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `FOU_ATTR_AF`.
    pub fn af(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(FOU_ATTR_AF, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `FOU_ATTR_IPPROTO`.
    pub fn ipproto(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(FOU_ATTR_IPPROTO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `FOU_ATTR_TYPE`.
    pub fn type_(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(FOU_ATTR_TYPE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `FOU_ATTR_REMCSUM_NOPARTIAL`.
    pub fn remcsum_nopartial(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(FOU_ATTR_REMCSUM_NOPARTIAL)?;
        Ok(self)
    }

    /// Writes `FOU_ATTR_LOCAL_V4`.
    pub fn local_v4(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(FOU_ATTR_LOCAL_V4, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `FOU_ATTR_LOCAL_V6`.
    pub fn local_v6(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(FOU_ATTR_LOCAL_V6, v)?;
        Ok(self)
    }

    /// Writes `FOU_ATTR_PEER_V4`.
    pub fn peer_v4(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(FOU_ATTR_PEER_V4, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `FOU_ATTR_PEER_V6`.
    pub fn peer_v6(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(FOU_ATTR_PEER_V6, v)?;
        Ok(self)
    }

    /// Writes `FOU_ATTR_PEER_PORT`.
    pub fn peer_port(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(FOU_ATTR_PEER_PORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `FOU_ATTR_IFINDEX`.
    pub fn ifindex(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(FOU_ATTR_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }
}
