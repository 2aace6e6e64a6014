//! Typed builders of `lockd`: one per attribute set, over the codec's [`Writer`] (so they
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
    /// The `server` attribute set.
    pub enum Server {}
}

/// Writes `server` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ServerBuilder<'w, B> = Builder<'w, sets::Server, B>;

impl<B: Buffer> ServerBuilder<'_, B> {
    /// Writes `LOCKD_A_SERVER_GRACETIME`.
    pub fn gracetime(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(LOCKD_A_SERVER_GRACETIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `LOCKD_A_SERVER_TCP_PORT`.
    pub fn tcp_port(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(LOCKD_A_SERVER_TCP_PORT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `LOCKD_A_SERVER_UDP_PORT`.
    pub fn udp_port(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(LOCKD_A_SERVER_UDP_PORT, &(v).to_ne_bytes())?;
        Ok(self)
    }
}
