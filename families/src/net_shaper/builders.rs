//! Typed builders of `net-shaper`: one per attribute set, over the codec's [`Writer`] (so they
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
    /// The `net-shaper` attribute set.
    pub enum NetShaper {}
    /// The `handle` attribute set.
    pub enum Handle {}
    /// The `leaf-info` attribute set.
    pub enum LeafInfo {}
    /// The `caps` attribute set.
    pub enum Caps {}
}

/// Writes `net-shaper` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type NetShaperBuilder<'w, B> = Builder<'w, sets::NetShaper, B>;

impl<B: Buffer> NetShaperBuilder<'_, B> {
    /// Writes `NET_SHAPER_A_HANDLE`: Unique identifier for the given shaper inside the owning device.
    pub fn handle(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HandleBuilder<'y, B>,
        ) -> Result<&'x mut HandleBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(NET_SHAPER_A_HANDLE, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_METRIC`: Metric used by the given shaper for bw-min, bw-max and burst.
    pub fn metric(&mut self, v: Metric) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NET_SHAPER_A_METRIC, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_BW_MIN`: Guaranteed bandwidth for the given shaper.
    pub fn bw_min(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NET_SHAPER_A_BW_MIN, small),
            Err(_) => self.w.put_u64(NET_SHAPER_A_BW_MIN, v),
        }?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_BW_MAX`: Maximum bandwidth for the given shaper or 0 when unlimited.
    pub fn bw_max(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NET_SHAPER_A_BW_MAX, small),
            Err(_) => self.w.put_u64(NET_SHAPER_A_BW_MAX, v),
        }?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_BURST`: Maximum burst-size for shaping. Should not be interpreted
    /// as a quantum.
    pub fn burst(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NET_SHAPER_A_BURST, small),
            Err(_) => self.w.put_u64(NET_SHAPER_A_BURST, v),
        }?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_PRIORITY`: Scheduling priority for the given shaper. The priority
    /// scheduling is applied to sibling shapers.
    pub fn priority(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NET_SHAPER_A_PRIORITY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_WEIGHT`: Relative weight for round robin scheduling of the
    /// given shaper.
    /// The scheduling is applied to all sibling shapers
    /// with the same priority.
    pub fn weight(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NET_SHAPER_A_WEIGHT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_IFINDEX`: Interface index owning the specified shaper.
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NET_SHAPER_A_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_PARENT`: Identifier for the parent of the affected shaper.
    /// Only needed for @group operation.
    pub fn parent(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HandleBuilder<'y, B>,
        ) -> Result<&'x mut HandleBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(NET_SHAPER_A_PARENT, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_LEAVES`: Describes a set of leaves shapers for a @group operation.
    pub fn leaves(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LeafInfoBuilder<'y, B>,
        ) -> Result<&'x mut LeafInfoBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(NET_SHAPER_A_LEAVES, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }
}

/// Writes `handle` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type HandleBuilder<'w, B> = Builder<'w, sets::Handle, B>;

impl<B: Buffer> HandleBuilder<'_, B> {
    /// Writes `NET_SHAPER_A_HANDLE_SCOPE`: Defines the shaper @id interpretation.
    pub fn scope(&mut self, v: Scope) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NET_SHAPER_A_HANDLE_SCOPE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_HANDLE_ID`: Numeric identifier of a shaper. The id semantic depends on
    /// the scope. For @queue scope it's the queue id and for @node
    /// scope it's the node identifier.
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NET_SHAPER_A_HANDLE_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `leaf-info` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LeafInfoBuilder<'w, B> = Builder<'w, sets::LeafInfo, B>;

impl<B: Buffer> LeafInfoBuilder<'_, B> {
    /// Writes `NET_SHAPER_A_HANDLE`: Unique identifier for the given shaper inside the owning device.
    pub fn handle(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HandleBuilder<'y, B>,
        ) -> Result<&'x mut HandleBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(NET_SHAPER_A_HANDLE, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_PRIORITY`: Scheduling priority for the given shaper. The priority
    /// scheduling is applied to sibling shapers.
    pub fn priority(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NET_SHAPER_A_PRIORITY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_WEIGHT`: Relative weight for round robin scheduling of the
    /// given shaper.
    /// The scheduling is applied to all sibling shapers
    /// with the same priority.
    pub fn weight(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NET_SHAPER_A_WEIGHT, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `caps` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type CapsBuilder<'w, B> = Builder<'w, sets::Caps, B>;

impl<B: Buffer> CapsBuilder<'_, B> {
    /// Writes `NET_SHAPER_A_CAPS_IFINDEX`: Interface index queried for shapers capabilities.
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NET_SHAPER_A_CAPS_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_CAPS_SCOPE`: The scope to which the queried capabilities apply.
    pub fn scope(&mut self, v: Scope) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NET_SHAPER_A_CAPS_SCOPE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_CAPS_SUPPORT_METRIC_BPS`: The device accepts 'bps' metric for bw-min, bw-max and burst.
    pub fn support_metric_bps(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NET_SHAPER_A_CAPS_SUPPORT_METRIC_BPS)?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_CAPS_SUPPORT_METRIC_PPS`: The device accepts 'pps' metric for bw-min, bw-max and burst.
    pub fn support_metric_pps(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NET_SHAPER_A_CAPS_SUPPORT_METRIC_PPS)?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_CAPS_SUPPORT_NESTING`: The device supports nesting shaper belonging to this scope
    /// below 'node' scoped shapers. Only 'queue' and 'node'
    /// scope can have flag 'support-nesting'.
    pub fn support_nesting(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NET_SHAPER_A_CAPS_SUPPORT_NESTING)?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_CAPS_SUPPORT_BW_MIN`: The device supports a minimum guaranteed B/W.
    pub fn support_bw_min(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NET_SHAPER_A_CAPS_SUPPORT_BW_MIN)?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_CAPS_SUPPORT_BW_MAX`: The device supports maximum B/W shaping.
    pub fn support_bw_max(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NET_SHAPER_A_CAPS_SUPPORT_BW_MAX)?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_CAPS_SUPPORT_BURST`: The device supports a maximum burst size.
    pub fn support_burst(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NET_SHAPER_A_CAPS_SUPPORT_BURST)?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_CAPS_SUPPORT_PRIORITY`: The device supports priority scheduling.
    pub fn support_priority(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NET_SHAPER_A_CAPS_SUPPORT_PRIORITY)?;
        Ok(self)
    }

    /// Writes `NET_SHAPER_A_CAPS_SUPPORT_WEIGHT`: The device supports weighted round robin scheduling.
    pub fn support_weight(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NET_SHAPER_A_CAPS_SUPPORT_WEIGHT)?;
        Ok(self)
    }
}
