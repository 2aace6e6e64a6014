//! Typed builders of `ovs_vport`: one per attribute set, over the codec's [`Writer`] (so they
//! write into a caller's `&mut [u8]` as well as a `Vec`).

#![allow(unused_imports)]

use super::consts::*;
use super::types::*;
use crate::runtime::{put_nest_with_header, Bitfield32};
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use nlcodec::{Buffer, WriteError, Writer};

/// Writes `vport-options` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct VportOptionsBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> VportOptionsBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `OVS_TUNNEL_ATTR_DST_PORT`.
    pub fn dst_port(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVS_TUNNEL_ATTR_DST_PORT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_TUNNEL_ATTR_EXTENSION`.
    pub fn extension(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVS_TUNNEL_ATTR_EXTENSION, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `upcall-stats` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct UpcallStatsBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> UpcallStatsBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `OVS_VPORT_UPCALL_ATTR_SUCCESS`.
    pub fn success(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVS_VPORT_UPCALL_ATTR_SUCCESS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_VPORT_UPCALL_ATTR_FAIL`.
    pub fn fail(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVS_VPORT_UPCALL_ATTR_FAIL, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `vport` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct VportBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> VportBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `OVS_VPORT_ATTR_PORT_NO`.
    pub fn port_no(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVS_VPORT_ATTR_PORT_NO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_VPORT_ATTR_TYPE`.
    pub fn type_(&mut self, v: VportType) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVS_VPORT_ATTR_TYPE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_VPORT_ATTR_NAME`.
    pub fn name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(OVS_VPORT_ATTR_NAME, v)?;
        Ok(self)
    }

    /// Writes `OVS_VPORT_ATTR_OPTIONS`.
    pub fn options(
        &mut self,
        f: impl FnOnce(&mut VportOptionsBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(OVS_VPORT_ATTR_OPTIONS, |w| f(&mut VportOptionsBuilder(w)))?;
        Ok(self)
    }

    /// Writes `OVS_VPORT_ATTR_UPCALL_PID`.
    pub fn upcall_pid(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVS_VPORT_ATTR_UPCALL_PID, v)?;
        Ok(self)
    }

    /// Writes `OVS_VPORT_ATTR_STATS`.
    pub fn stats(&mut self, v: &OvsVportStats) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr_with(OVS_VPORT_ATTR_STATS, OvsVportStats::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `OVS_VPORT_ATTR_IFINDEX`.
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVS_VPORT_ATTR_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_VPORT_ATTR_NETNSID`.
    pub fn netnsid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVS_VPORT_ATTR_NETNSID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_VPORT_ATTR_UPCALL_STATS`.
    pub fn upcall_stats(
        &mut self,
        f: impl FnOnce(&mut UpcallStatsBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(OVS_VPORT_ATTR_UPCALL_STATS, |w| {
            f(&mut UpcallStatsBuilder(w))
        })?;
        Ok(self)
    }
}
