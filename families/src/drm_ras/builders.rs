//! Typed builders of `drm-ras`: one per attribute set, over the codec's [`Writer`] (so they
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
    /// The `node-attrs` attribute set.
    pub enum NodeAttrs {}
    /// The `error-counter-attrs` attribute set.
    pub enum ErrorCounterAttrs {}
}

/// Writes `node-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type NodeAttrsBuilder<'w, B> = Builder<'w, sets::NodeAttrs, B>;

impl<B: Buffer> NodeAttrsBuilder<'_, B> {
    /// Writes `DRM_RAS_A_NODE_ATTRS_NODE_ID`: Unique identifier for the node. Assigned dynamically by the DRM RAS core upon registration.
    pub fn node_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DRM_RAS_A_NODE_ATTRS_NODE_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DRM_RAS_A_NODE_ATTRS_DEVICE_NAME`: Device name chosen by the driver at registration. Can be a PCI BDF, UUID, or module name if unique.
    pub fn device_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DRM_RAS_A_NODE_ATTRS_DEVICE_NAME, v)?;
        Ok(self)
    }

    /// Writes `DRM_RAS_A_NODE_ATTRS_NODE_NAME`: Node name chosen by the driver at registration. Can be an IP block name, or any name that identifies the RAS node inside the device.
    pub fn node_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DRM_RAS_A_NODE_ATTRS_NODE_NAME, v)?;
        Ok(self)
    }

    /// Writes `DRM_RAS_A_NODE_ATTRS_NODE_TYPE`: Type of this node, identifying its function.
    pub fn node_type(&mut self, v: NodeType) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DRM_RAS_A_NODE_ATTRS_NODE_TYPE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `error-counter-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ErrorCounterAttrsBuilder<'w, B> = Builder<'w, sets::ErrorCounterAttrs, B>;

impl<B: Buffer> ErrorCounterAttrsBuilder<'_, B> {
    /// Writes `DRM_RAS_A_ERROR_COUNTER_ATTRS_NODE_ID`: Node ID targeted by this error counter operation.
    pub fn node_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DRM_RAS_A_ERROR_COUNTER_ATTRS_NODE_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_ID`: Unique identifier for a specific error counter within an node.
    pub fn error_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_NAME`: Name of the error.
    pub fn error_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w
            .put_str(DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_NAME, v)?;
        Ok(self)
    }

    /// Writes `DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_VALUE`: Current value of the requested error counter.
    pub fn error_value(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_VALUE,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }
}
