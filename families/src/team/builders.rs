//! Typed builders of `team`: one per attribute set, over the codec's [`Writer`] (so they
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
    /// The `team` attribute set.
    pub enum Team {}
    /// The `item-option` attribute set.
    pub enum ItemOption {}
    /// The `attr-option` attribute set.
    pub enum AttrOption {}
    /// The `item-port` attribute set.
    pub enum ItemPort {}
    /// The `attr-port` attribute set.
    pub enum AttrPort {}
}

/// Writes `team` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type TeamBuilder<'w, B> = Builder<'w, sets::Team, B>;

impl<B: Buffer> TeamBuilder<'_, B> {
    /// Writes `TEAM_ATTR_TEAM_IFINDEX`.
    pub fn team_ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TEAM_ATTR_TEAM_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TEAM_ATTR_LIST_OPTION`.
    pub fn list_option(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ItemOptionBuilder<'y, B>,
        ) -> Result<&'x mut ItemOptionBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(TEAM_ATTR_LIST_OPTION, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `TEAM_ATTR_LIST_PORT`.
    pub fn list_port(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ItemPortBuilder<'y, B>,
        ) -> Result<&'x mut ItemPortBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(TEAM_ATTR_LIST_PORT, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }
}

/// Writes `item-option` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ItemOptionBuilder<'w, B> = Builder<'w, sets::ItemOption, B>;

impl<B: Buffer> ItemOptionBuilder<'_, B> {
    /// Writes `TEAM_ATTR_ITEM_OPTION`.
    pub fn option(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut AttrOptionBuilder<'y, B>,
        ) -> Result<&'x mut AttrOptionBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(TEAM_ATTR_ITEM_OPTION, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }
}

/// Writes `attr-option` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type AttrOptionBuilder<'w, B> = Builder<'w, sets::AttrOption, B>;

impl<B: Buffer> AttrOptionBuilder<'_, B> {
    /// Writes `TEAM_ATTR_OPTION_NAME`.
    pub fn name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(TEAM_ATTR_OPTION_NAME, v)?;
        Ok(self)
    }

    /// Writes `TEAM_ATTR_OPTION_CHANGED`.
    pub fn changed(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(TEAM_ATTR_OPTION_CHANGED)?;
        Ok(self)
    }

    /// Writes `TEAM_ATTR_OPTION_TYPE`.
    pub fn type_(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TEAM_ATTR_OPTION_TYPE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TEAM_ATTR_OPTION_DATA`.
    pub fn data(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TEAM_ATTR_OPTION_DATA, v)?;
        Ok(self)
    }

    /// Writes `TEAM_ATTR_OPTION_REMOVED`.
    pub fn removed(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(TEAM_ATTR_OPTION_REMOVED)?;
        Ok(self)
    }

    /// Writes `TEAM_ATTR_OPTION_PORT_IFINDEX`: for per-port options
    pub fn port_ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TEAM_ATTR_OPTION_PORT_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TEAM_ATTR_OPTION_ARRAY_INDEX`: for array options
    pub fn array_index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TEAM_ATTR_OPTION_ARRAY_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `item-port` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ItemPortBuilder<'w, B> = Builder<'w, sets::ItemPort, B>;

impl<B: Buffer> ItemPortBuilder<'_, B> {
    /// Writes `TEAM_ATTR_ITEM_PORT`.
    pub fn port(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut AttrPortBuilder<'y, B>,
        ) -> Result<&'x mut AttrPortBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(TEAM_ATTR_ITEM_PORT, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }
}

/// Writes `attr-port` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type AttrPortBuilder<'w, B> = Builder<'w, sets::AttrPort, B>;

impl<B: Buffer> AttrPortBuilder<'_, B> {
    /// Writes `TEAM_ATTR_PORT_IFINDEX`.
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(TEAM_ATTR_PORT_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TEAM_ATTR_PORT_CHANGED`.
    pub fn changed(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(TEAM_ATTR_PORT_CHANGED)?;
        Ok(self)
    }

    /// Writes `TEAM_ATTR_PORT_LINKUP`.
    pub fn linkup(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(TEAM_ATTR_PORT_LINKUP)?;
        Ok(self)
    }

    /// Writes `TEAM_ATTR_PORT_SPEED`.
    pub fn speed(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TEAM_ATTR_PORT_SPEED, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TEAM_ATTR_PORT_DUPLEX`.
    pub fn duplex(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(TEAM_ATTR_PORT_DUPLEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `TEAM_ATTR_PORT_REMOVED`.
    pub fn removed(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(TEAM_ATTR_PORT_REMOVED)?;
        Ok(self)
    }
}
