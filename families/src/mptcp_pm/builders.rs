//! Typed builders of `mptcp_pm`: one per attribute set, over the codec's [`Writer`] (so they
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
    /// The `address` attribute set.
    pub enum Address {}
    /// The `subflow-attribute` attribute set.
    pub enum SubflowAttribute {}
    /// The `endpoint` attribute set.
    pub enum Endpoint {}
    /// The `attr` attribute set.
    pub enum AttrAttrs {}
    /// The `event-attr` attribute set.
    pub enum EventAttr {}
}

/// Writes `address` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type AddressBuilder<'w, B> = Builder<'w, sets::Address, B>;

impl<B: Buffer> AddressBuilder<'_, B> {
    /// Writes `MPTCP_PM_ADDR_ATTR_FAMILY`.
    pub fn family(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(MPTCP_PM_ADDR_ATTR_FAMILY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_PM_ADDR_ATTR_ID`.
    pub fn id(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(MPTCP_PM_ADDR_ATTR_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_PM_ADDR_ATTR_ADDR4`.
    pub fn addr4(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(MPTCP_PM_ADDR_ATTR_ADDR4, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_PM_ADDR_ATTR_ADDR6`.
    pub fn addr6(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(MPTCP_PM_ADDR_ATTR_ADDR6, v)?;
        Ok(self)
    }

    /// Writes `MPTCP_PM_ADDR_ATTR_PORT`.
    pub fn port(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(MPTCP_PM_ADDR_ATTR_PORT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_PM_ADDR_ATTR_FLAGS`.
    pub fn flags(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(MPTCP_PM_ADDR_ATTR_FLAGS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_PM_ADDR_ATTR_IF_IDX`.
    pub fn if_idx(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(MPTCP_PM_ADDR_ATTR_IF_IDX, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `subflow-attribute` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type SubflowAttributeBuilder<'w, B> = Builder<'w, sets::SubflowAttribute, B>;

impl<B: Buffer> SubflowAttributeBuilder<'_, B> {
    /// Writes `MPTCP_SUBFLOW_ATTR_TOKEN_REM`.
    pub fn token_rem(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(MPTCP_SUBFLOW_ATTR_TOKEN_REM, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_SUBFLOW_ATTR_TOKEN_LOC`.
    pub fn token_loc(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(MPTCP_SUBFLOW_ATTR_TOKEN_LOC, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_SUBFLOW_ATTR_RELWRITE_SEQ`.
    pub fn relwrite_seq(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(MPTCP_SUBFLOW_ATTR_RELWRITE_SEQ, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_SUBFLOW_ATTR_MAP_SEQ`.
    pub fn map_seq(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(MPTCP_SUBFLOW_ATTR_MAP_SEQ, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_SUBFLOW_ATTR_MAP_SFSEQ`.
    pub fn map_sfseq(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(MPTCP_SUBFLOW_ATTR_MAP_SFSEQ, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_SUBFLOW_ATTR_SSN_OFFSET`.
    pub fn ssn_offset(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(MPTCP_SUBFLOW_ATTR_SSN_OFFSET, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_SUBFLOW_ATTR_MAP_DATALEN`.
    pub fn map_datalen(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(MPTCP_SUBFLOW_ATTR_MAP_DATALEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_SUBFLOW_ATTR_FLAGS`.
    pub fn flags(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(MPTCP_SUBFLOW_ATTR_FLAGS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_SUBFLOW_ATTR_ID_REM`.
    pub fn id_rem(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(MPTCP_SUBFLOW_ATTR_ID_REM, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_SUBFLOW_ATTR_ID_LOC`.
    pub fn id_loc(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(MPTCP_SUBFLOW_ATTR_ID_LOC, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `endpoint` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type EndpointBuilder<'w, B> = Builder<'w, sets::Endpoint, B>;

impl<B: Buffer> EndpointBuilder<'_, B> {
    /// Writes `MPTCP_PM_ENDPOINT_ADDR`.
    pub fn addr(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut AddressBuilder<'y, B>,
        ) -> Result<&'x mut AddressBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(MPTCP_PM_ENDPOINT_ADDR, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `attr` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type AttrAttrsBuilder<'w, B> = Builder<'w, sets::AttrAttrs, B>;

impl<B: Buffer> AttrAttrsBuilder<'_, B> {
    /// Writes `MPTCP_PM_ATTR_ADDR`.
    pub fn addr(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut AddressBuilder<'y, B>,
        ) -> Result<&'x mut AddressBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(MPTCP_PM_ATTR_ADDR, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `MPTCP_PM_ATTR_RCV_ADD_ADDRS`.
    pub fn rcv_add_addrs(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(MPTCP_PM_ATTR_RCV_ADD_ADDRS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_PM_ATTR_SUBFLOWS`.
    pub fn subflows(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(MPTCP_PM_ATTR_SUBFLOWS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_PM_ATTR_TOKEN`.
    pub fn token(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(MPTCP_PM_ATTR_TOKEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_PM_ATTR_LOC_ID`.
    pub fn loc_id(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(MPTCP_PM_ATTR_LOC_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_PM_ATTR_ADDR_REMOTE`.
    pub fn addr_remote(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut AddressBuilder<'y, B>,
        ) -> Result<&'x mut AddressBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(MPTCP_PM_ATTR_ADDR_REMOTE, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `event-attr` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type EventAttrBuilder<'w, B> = Builder<'w, sets::EventAttr, B>;

impl<B: Buffer> EventAttrBuilder<'_, B> {
    /// Writes `MPTCP_ATTR_TOKEN`.
    pub fn token(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(MPTCP_ATTR_TOKEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_ATTR_FAMILY`.
    pub fn family(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(MPTCP_ATTR_FAMILY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_ATTR_LOC_ID`.
    pub fn loc_id(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(MPTCP_ATTR_LOC_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_ATTR_REM_ID`.
    pub fn rem_id(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(MPTCP_ATTR_REM_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_ATTR_SADDR4`.
    pub fn saddr4(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(MPTCP_ATTR_SADDR4, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_ATTR_SADDR6`.
    pub fn saddr6(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(MPTCP_ATTR_SADDR6, v)?;
        Ok(self)
    }

    /// Writes `MPTCP_ATTR_DADDR4`.
    pub fn daddr4(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(MPTCP_ATTR_DADDR4, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_ATTR_DADDR6`.
    pub fn daddr6(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(MPTCP_ATTR_DADDR6, v)?;
        Ok(self)
    }

    /// Writes `MPTCP_ATTR_SPORT`.
    pub fn sport(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(MPTCP_ATTR_SPORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_ATTR_DPORT`.
    pub fn dport(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(MPTCP_ATTR_DPORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_ATTR_BACKUP`.
    pub fn backup(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(MPTCP_ATTR_BACKUP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_ATTR_ERROR`.
    pub fn error(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(MPTCP_ATTR_ERROR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_ATTR_FLAGS`.
    pub fn flags(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(MPTCP_ATTR_FLAGS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_ATTR_TIMEOUT`.
    pub fn timeout(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(MPTCP_ATTR_TIMEOUT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_ATTR_IF_IDX`.
    pub fn if_idx(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(MPTCP_ATTR_IF_IDX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_ATTR_RESET_REASON`.
    pub fn reset_reason(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(MPTCP_ATTR_RESET_REASON, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_ATTR_RESET_FLAGS`.
    pub fn reset_flags(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(MPTCP_ATTR_RESET_FLAGS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `MPTCP_ATTR_SERVER_SIDE`: Deprecated: use 'flags'
    pub fn server_side(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(MPTCP_ATTR_SERVER_SIDE, &(v).to_ne_bytes())?;
        Ok(self)
    }
}
