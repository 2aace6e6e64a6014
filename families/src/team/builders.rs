//! Typed builders of `team`: one per attribute set, over the codec's [`Writer`] (so they
//! write into a caller's `&mut [u8]` as well as a `Vec`).

#![allow(unused_imports)]

use super::consts::*;
use super::types::*;
use crate::runtime::{put_nest_with_header, Bitfield32};
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use nlcodec::{Buffer, WriteError, Writer};

/// Writes `team` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct TeamBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> TeamBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `TEAM_ATTR_TEAM_IFINDEX`.
    pub fn team_ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(TEAM_ATTR_TEAM_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TEAM_ATTR_LIST_OPTION`.
    pub fn list_option(
        &mut self,
        f: impl FnOnce(&mut ItemOptionBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(TEAM_ATTR_LIST_OPTION, |w| f(&mut ItemOptionBuilder(w)))?;
        Ok(self)
    }

    /// Writes `TEAM_ATTR_LIST_PORT`.
    pub fn list_port(
        &mut self,
        f: impl FnOnce(&mut ItemPortBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(TEAM_ATTR_LIST_PORT, |w| f(&mut ItemPortBuilder(w)))?;
        Ok(self)
    }
}

/// Writes `item-option` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct ItemOptionBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> ItemOptionBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `TEAM_ATTR_ITEM_OPTION`.
    pub fn option(
        &mut self,
        f: impl FnOnce(&mut AttrOptionBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(TEAM_ATTR_ITEM_OPTION, |w| f(&mut AttrOptionBuilder(w)))?;
        Ok(self)
    }
}

/// Writes `attr-option` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct AttrOptionBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> AttrOptionBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `TEAM_ATTR_OPTION_NAME`.
    pub fn name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(TEAM_ATTR_OPTION_NAME, v)?;
        Ok(self)
    }

    /// Writes `TEAM_ATTR_OPTION_CHANGED`.
    pub fn changed(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(TEAM_ATTR_OPTION_CHANGED)?;
        Ok(self)
    }

    /// Writes `TEAM_ATTR_OPTION_TYPE`.
    pub fn type_(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.0.put_attr(TEAM_ATTR_OPTION_TYPE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TEAM_ATTR_OPTION_DATA`.
    pub fn data(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.0.put_attr(TEAM_ATTR_OPTION_DATA, v)?;
        Ok(self)
    }

    /// Writes `TEAM_ATTR_OPTION_REMOVED`.
    pub fn removed(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(TEAM_ATTR_OPTION_REMOVED)?;
        Ok(self)
    }

    /// Writes `TEAM_ATTR_OPTION_PORT_IFINDEX`: for per-port options
    pub fn port_ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(TEAM_ATTR_OPTION_PORT_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TEAM_ATTR_OPTION_ARRAY_INDEX`: for array options
    pub fn array_index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(TEAM_ATTR_OPTION_ARRAY_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `item-port` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct ItemPortBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> ItemPortBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `TEAM_ATTR_ITEM_PORT`.
    pub fn port(
        &mut self,
        f: impl FnOnce(&mut AttrPortBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(TEAM_ATTR_ITEM_PORT, |w| f(&mut AttrPortBuilder(w)))?;
        Ok(self)
    }
}

/// Writes `attr-port` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct AttrPortBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> AttrPortBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `TEAM_ATTR_PORT_IFINDEX`.
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(TEAM_ATTR_PORT_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TEAM_ATTR_PORT_CHANGED`.
    pub fn changed(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(TEAM_ATTR_PORT_CHANGED)?;
        Ok(self)
    }

    /// Writes `TEAM_ATTR_PORT_LINKUP`.
    pub fn linkup(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(TEAM_ATTR_PORT_LINKUP)?;
        Ok(self)
    }

    /// Writes `TEAM_ATTR_PORT_SPEED`.
    pub fn speed(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(TEAM_ATTR_PORT_SPEED, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TEAM_ATTR_PORT_DUPLEX`.
    pub fn duplex(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.0.put_attr(TEAM_ATTR_PORT_DUPLEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TEAM_ATTR_PORT_REMOVED`.
    pub fn removed(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(TEAM_ATTR_PORT_REMOVED)?;
        Ok(self)
    }
}
