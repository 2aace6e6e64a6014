//! Typed builders of `net-shaper`: one per attribute set, over the codec's [`Writer`] (so they
//! write into a caller's `&mut [u8]` as well as a `Vec`).

#![allow(unused_imports)]

use super::consts::*;
use super::types::*;
use crate::runtime::{put_nest_with_header, Bitfield32};
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use nlcodec::{Buffer, WriteError, Writer};

/// Writes `net-shaper` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct NetShaperBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> NetShaperBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `NET_SHAPER_A_HANDLE`: Unique identifier for the given shaper inside the owning device.
    pub fn handle(
        &mut self,
        f: impl FnOnce(&mut HandleBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(NET_SHAPER_A_HANDLE, |w| f(&mut HandleBuilder(w)))?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_METRIC`: Metric used by the given shaper for bw-min, bw-max and burst.
    pub fn metric(&mut self, v: Metric) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NET_SHAPER_A_METRIC, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_BW_MIN`: Guaranteed bandwidth for the given shaper.
    pub fn bw_min(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.0.put_u32(NET_SHAPER_A_BW_MIN, small),
            Err(_) => self.0.put_u64(NET_SHAPER_A_BW_MIN, v),
        }?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_BW_MAX`: Maximum bandwidth for the given shaper or 0 when unlimited.
    pub fn bw_max(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.0.put_u32(NET_SHAPER_A_BW_MAX, small),
            Err(_) => self.0.put_u64(NET_SHAPER_A_BW_MAX, v),
        }?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_BURST`: Maximum burst-size for shaping. Should not be interpreted
    /// as a quantum.
    pub fn burst(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.0.put_u32(NET_SHAPER_A_BURST, small),
            Err(_) => self.0.put_u64(NET_SHAPER_A_BURST, v),
        }?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_PRIORITY`: Scheduling priority for the given shaper. The priority
    /// scheduling is applied to sibling shapers.
    pub fn priority(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NET_SHAPER_A_PRIORITY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_WEIGHT`: Relative weight for round robin scheduling of the
    /// given shaper.
    /// The scheduling is applied to all sibling shapers
    /// with the same priority.
    pub fn weight(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NET_SHAPER_A_WEIGHT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_IFINDEX`: Interface index owning the specified shaper.
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NET_SHAPER_A_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_PARENT`: Identifier for the parent of the affected shaper.
    /// Only needed for @group operation.
    pub fn parent(
        &mut self,
        f: impl FnOnce(&mut HandleBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(NET_SHAPER_A_PARENT, |w| f(&mut HandleBuilder(w)))?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_LEAVES`: Describes a set of leaves shapers for a @group operation.
    pub fn leaves(
        &mut self,
        f: impl FnOnce(&mut LeafInfoBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(NET_SHAPER_A_LEAVES, |w| f(&mut LeafInfoBuilder(w)))?;
        Ok(self)
    }
}

/// Writes `handle` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct HandleBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> HandleBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `NET_SHAPER_A_HANDLE_SCOPE`: Defines the shaper @id interpretation.
    pub fn scope(&mut self, v: Scope) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NET_SHAPER_A_HANDLE_SCOPE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_HANDLE_ID`: Numeric identifier of a shaper. The id semantic depends on
    /// the scope. For @queue scope it's the queue id and for @node
    /// scope it's the node identifier.
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NET_SHAPER_A_HANDLE_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `leaf-info` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct LeafInfoBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> LeafInfoBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `NET_SHAPER_A_HANDLE`: Unique identifier for the given shaper inside the owning device.
    pub fn handle(
        &mut self,
        f: impl FnOnce(&mut HandleBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(NET_SHAPER_A_HANDLE, |w| f(&mut HandleBuilder(w)))?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_PRIORITY`: Scheduling priority for the given shaper. The priority
    /// scheduling is applied to sibling shapers.
    pub fn priority(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NET_SHAPER_A_PRIORITY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_WEIGHT`: Relative weight for round robin scheduling of the
    /// given shaper.
    /// The scheduling is applied to all sibling shapers
    /// with the same priority.
    pub fn weight(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NET_SHAPER_A_WEIGHT, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `caps` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct CapsBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> CapsBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `NET_SHAPER_A_CAPS_IFINDEX`: Interface index queried for shapers capabilities.
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NET_SHAPER_A_CAPS_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_CAPS_SCOPE`: The scope to which the queried capabilities apply.
    pub fn scope(&mut self, v: Scope) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NET_SHAPER_A_CAPS_SCOPE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_CAPS_SUPPORT_METRIC_BPS`: The device accepts 'bps' metric for bw-min, bw-max and burst.
    pub fn support_metric_bps(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(NET_SHAPER_A_CAPS_SUPPORT_METRIC_BPS)?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_CAPS_SUPPORT_METRIC_PPS`: The device accepts 'pps' metric for bw-min, bw-max and burst.
    pub fn support_metric_pps(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(NET_SHAPER_A_CAPS_SUPPORT_METRIC_PPS)?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_CAPS_SUPPORT_NESTING`: The device supports nesting shaper belonging to this scope
    /// below 'node' scoped shapers. Only 'queue' and 'node'
    /// scope can have flag 'support-nesting'.
    pub fn support_nesting(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(NET_SHAPER_A_CAPS_SUPPORT_NESTING)?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_CAPS_SUPPORT_BW_MIN`: The device supports a minimum guaranteed B/W.
    pub fn support_bw_min(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(NET_SHAPER_A_CAPS_SUPPORT_BW_MIN)?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_CAPS_SUPPORT_BW_MAX`: The device supports maximum B/W shaping.
    pub fn support_bw_max(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(NET_SHAPER_A_CAPS_SUPPORT_BW_MAX)?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_CAPS_SUPPORT_BURST`: The device supports a maximum burst size.
    pub fn support_burst(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(NET_SHAPER_A_CAPS_SUPPORT_BURST)?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_CAPS_SUPPORT_PRIORITY`: The device supports priority scheduling.
    pub fn support_priority(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(NET_SHAPER_A_CAPS_SUPPORT_PRIORITY)?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_CAPS_SUPPORT_WEIGHT`: The device supports weighted round robin scheduling.
    pub fn support_weight(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(NET_SHAPER_A_CAPS_SUPPORT_WEIGHT)?;
        Ok(self)
    }
}
