//! Typed views of `drm-ras`: one per attribute set, parsed in one pass into a table, with
//! O(1) typed getters.

#![allow(unused_imports)]

use super::builders::*;
use super::consts::*;
use super::tables;
use super::types::*;
use crate::runtime::{
    nest_like, nest_like_with_header, raw, record_like, split_header, value, AttrView, Bitfield32,
    Check, Entries, HwAddr, NestedEntries, Records, RoundtripError, SetRoundtrip, Table,
};
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use nlcodec::family::FamilyHeader;
use nlcodec::schema::AttrSet;
use nlcodec::{Attr, Attrs, Buffer, Error, Writer};

/// What [`NodeAttrs`] checks of each attribute, from the descriptors.
static NODE_ATTRS_CHECKS: [Check; 5] = Check::table(&tables::NODE_ATTRS);

/// The `node-attrs` attributes of `drm-ras`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct NodeAttrs<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for NodeAttrs<'a> {
    const SET: &'static AttrSet = &tables::NODE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &NODE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&NODE_ATTRS_CHECKS, attrs)
    }
}

impl<'a> NodeAttrs<'a> {
    /// Indexes and checks a block of `node-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `DRM_RAS_A_NODE_ATTRS_NODE_ID`: Unique identifier for the node. Assigned dynamically by the DRM RAS core upon registration.
    #[inline]
    pub fn node_id(&self) -> Option<u32> {
        self.0.u32(DRM_RAS_A_NODE_ATTRS_NODE_ID)
    }

    /// `DRM_RAS_A_NODE_ATTRS_DEVICE_NAME`: Device name chosen by the driver at registration. Can be a PCI BDF, UUID, or module name if unique.
    #[inline]
    pub fn device_name(&self) -> Option<&'a str> {
        self.0.str(DRM_RAS_A_NODE_ATTRS_DEVICE_NAME)
    }

    /// `DRM_RAS_A_NODE_ATTRS_NODE_NAME`: Node name chosen by the driver at registration. Can be an IP block name, or any name that identifies the RAS node inside the device.
    #[inline]
    pub fn node_name(&self) -> Option<&'a str> {
        self.0.str(DRM_RAS_A_NODE_ATTRS_NODE_NAME)
    }

    /// `DRM_RAS_A_NODE_ATTRS_NODE_TYPE`: Type of this node, identifying its function.
    #[inline]
    pub fn node_type(&self) -> Option<NodeType> {
        self.0
            .u32(DRM_RAS_A_NODE_ATTRS_NODE_TYPE)
            .map(NodeType::from_value)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DRM_RAS_A_NODE_ATTRS_NODE_ID if a.raw_kind() == DRM_RAS_A_NODE_ATTRS_NODE_ID => {
                    NodeAttrsBuilder::new(w).node_id(value::u32(&a))?;
                }
                DRM_RAS_A_NODE_ATTRS_DEVICE_NAME
                    if a.raw_kind() == DRM_RAS_A_NODE_ATTRS_DEVICE_NAME =>
                {
                    NodeAttrsBuilder::new(w).device_name(value::str(&a))?;
                }
                DRM_RAS_A_NODE_ATTRS_NODE_NAME
                    if a.raw_kind() == DRM_RAS_A_NODE_ATTRS_NODE_NAME =>
                {
                    NodeAttrsBuilder::new(w).node_name(value::str(&a))?;
                }
                DRM_RAS_A_NODE_ATTRS_NODE_TYPE
                    if a.raw_kind() == DRM_RAS_A_NODE_ATTRS_NODE_TYPE =>
                {
                    NodeAttrsBuilder::new(w).node_type(NodeType::from_value(value::u32(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ErrorCounterAttrs`] checks of each attribute, from the descriptors.
static ERROR_COUNTER_ATTRS_CHECKS: [Check; 5] = Check::table(&tables::ERROR_COUNTER_ATTRS);

/// The `error-counter-attrs` attributes of `drm-ras`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ErrorCounterAttrs<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for ErrorCounterAttrs<'a> {
    const SET: &'static AttrSet = &tables::ERROR_COUNTER_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ERROR_COUNTER_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ERROR_COUNTER_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ErrorCounterAttrs<'a> {
    /// Indexes and checks a block of `error-counter-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `DRM_RAS_A_ERROR_COUNTER_ATTRS_NODE_ID`: Node ID targeted by this error counter operation.
    #[inline]
    pub fn node_id(&self) -> Option<u32> {
        self.0.u32(DRM_RAS_A_ERROR_COUNTER_ATTRS_NODE_ID)
    }

    /// `DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_ID`: Unique identifier for a specific error counter within an node.
    #[inline]
    pub fn error_id(&self) -> Option<u32> {
        self.0.u32(DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_ID)
    }

    /// `DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_NAME`: Name of the error.
    #[inline]
    pub fn error_name(&self) -> Option<&'a str> {
        self.0.str(DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_NAME)
    }

    /// `DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_VALUE`: Current value of the requested error counter.
    #[inline]
    pub fn error_value(&self) -> Option<u32> {
        self.0.u32(DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_VALUE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DRM_RAS_A_ERROR_COUNTER_ATTRS_NODE_ID
                    if a.raw_kind() == DRM_RAS_A_ERROR_COUNTER_ATTRS_NODE_ID =>
                {
                    ErrorCounterAttrsBuilder::new(w).node_id(value::u32(&a))?;
                }
                DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_ID
                    if a.raw_kind() == DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_ID =>
                {
                    ErrorCounterAttrsBuilder::new(w).error_id(value::u32(&a))?;
                }
                DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_NAME
                    if a.raw_kind() == DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_NAME =>
                {
                    ErrorCounterAttrsBuilder::new(w).error_name(value::str(&a))?;
                }
                DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_VALUE
                    if a.raw_kind() == DRM_RAS_A_ERROR_COUNTER_ATTRS_ERROR_VALUE =>
                {
                    ErrorCounterAttrsBuilder::new(w).error_value(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// Every attribute set of `drm-ras` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 2] = [
    SetRoundtrip {
        set: &tables::NODE_ATTRS,
        run: |attrs, w| NodeAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ERROR_COUNTER_ATTRS,
        run: |attrs, w| ErrorCounterAttrs::parse(attrs)?.write_to(w),
    },
];
