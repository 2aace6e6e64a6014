//! Typed builders of `ovs_vport`: one per attribute set, over the codec's [`Writer`] (so they
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
    /// The `vport-options` attribute set.
    pub enum VportOptions {}
    /// The `upcall-stats` attribute set.
    pub enum UpcallStats {}
    /// The `vport` attribute set.
    pub enum Vport {}
}

/// Writes `vport-options` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type VportOptionsBuilder<'w, B> = Builder<'w, sets::VportOptions, B>;

impl<B: Buffer> VportOptionsBuilder<'_, B> {
    /// Writes `OVS_TUNNEL_ATTR_DST_PORT`.
    pub fn dst_port(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_TUNNEL_ATTR_DST_PORT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_TUNNEL_ATTR_EXTENSION`.
    pub fn extension(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_TUNNEL_ATTR_EXTENSION, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `upcall-stats` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type UpcallStatsBuilder<'w, B> = Builder<'w, sets::UpcallStats, B>;

impl<B: Buffer> UpcallStatsBuilder<'_, B> {
    /// Writes `OVS_VPORT_UPCALL_ATTR_SUCCESS`.
    pub fn success(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_VPORT_UPCALL_ATTR_SUCCESS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_VPORT_UPCALL_ATTR_FAIL`.
    pub fn fail(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_VPORT_UPCALL_ATTR_FAIL, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `vport` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type VportBuilder<'w, B> = Builder<'w, sets::Vport, B>;

impl<B: Buffer> VportBuilder<'_, B> {
    /// Writes `OVS_VPORT_ATTR_PORT_NO`.
    pub fn port_no(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_VPORT_ATTR_PORT_NO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_VPORT_ATTR_TYPE`.
    pub fn type_(&mut self, v: VportType) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_VPORT_ATTR_TYPE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_VPORT_ATTR_NAME`.
    pub fn name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(OVS_VPORT_ATTR_NAME, v)?;
        Ok(self)
    }

    /// Writes `OVS_VPORT_ATTR_OPTIONS`.
    pub fn options(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut VportOptionsBuilder<'y, B>,
        ) -> Result<&'x mut VportOptionsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(OVS_VPORT_ATTR_OPTIONS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `OVS_VPORT_ATTR_UPCALL_PID`.
    pub fn upcall_pid(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_VPORT_ATTR_UPCALL_PID, v)?;
        Ok(self)
    }

    /// Writes `OVS_VPORT_ATTR_STATS`.
    pub fn stats(&mut self, v: &OvsVportStats) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(OVS_VPORT_ATTR_STATS, OvsVportStats::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `OVS_VPORT_ATTR_IFINDEX`.
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_VPORT_ATTR_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_VPORT_ATTR_NETNSID`.
    pub fn netnsid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_VPORT_ATTR_NETNSID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_VPORT_ATTR_UPCALL_STATS`.
    pub fn upcall_stats(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut UpcallStatsBuilder<'y, B>,
        ) -> Result<&'x mut UpcallStatsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(OVS_VPORT_ATTR_UPCALL_STATS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}
