//! Typed builders of `wireguard`: one per attribute set, over the codec's [`Writer`] (so they
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
    /// The `wgdevice` attribute set.
    pub enum Wgdevice {}
    /// The `wgpeer` attribute set.
    pub enum Wgpeer {}
    /// The `wgallowedip` attribute set.
    pub enum Wgallowedip {}
}

/// Writes `wgdevice` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type WgdeviceBuilder<'w, B> = Builder<'w, sets::Wgdevice, B>;

impl<B: Buffer> WgdeviceBuilder<'_, B> {
    /// Writes `WGDEVICE_A_IFINDEX`.
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(WGDEVICE_A_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `WGDEVICE_A_IFNAME`.
    pub fn ifname(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(WGDEVICE_A_IFNAME, v)?;
        Ok(self)
    }

    /// Writes `WGDEVICE_A_PRIVATE_KEY`: Set to all zeros to remove.
    pub fn private_key(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(WGDEVICE_A_PRIVATE_KEY, v)?;
        Ok(self)
    }

    /// Writes `WGDEVICE_A_PUBLIC_KEY`.
    pub fn public_key(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(WGDEVICE_A_PUBLIC_KEY, v)?;
        Ok(self)
    }

    /// Writes `WGDEVICE_A_FLAGS`: ``0`` or ``WGDEVICE_F_REPLACE_PEERS`` if all current peers should be
    /// removed prior to adding the list below.
    pub fn flags(&mut self, v: WgdeviceFlags) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(WGDEVICE_A_FLAGS, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `WGDEVICE_A_LISTEN_PORT`: Set as ``0`` to choose randomly.
    pub fn listen_port(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(WGDEVICE_A_LISTEN_PORT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `WGDEVICE_A_FWMARK`: Set as ``0`` to disable.
    pub fn fwmark(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(WGDEVICE_A_FWMARK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `WGDEVICE_A_PEERS`: The index/type parameter is unused on ``SET_DEVICE`` operations and is
    /// zero on ``GET_DEVICE`` operations.
    pub fn peers(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(WGDEVICE_A_PEERS, f)?;
        Ok(self)
    }
}

/// Writes `wgpeer` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type WgpeerBuilder<'w, B> = Builder<'w, sets::Wgpeer, B>;

impl<B: Buffer> WgpeerBuilder<'_, B> {
    /// Writes `WGPEER_A_PUBLIC_KEY`.
    pub fn public_key(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(WGPEER_A_PUBLIC_KEY, v)?;
        Ok(self)
    }

    /// Writes `WGPEER_A_PRESHARED_KEY`: Set as all zeros to remove.
    pub fn preshared_key(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(WGPEER_A_PRESHARED_KEY, v)?;
        Ok(self)
    }

    /// Writes `WGPEER_A_FLAGS`: ``0`` and/or ``WGPEER_F_REMOVE_ME`` if the specified peer should not
    /// exist at the end of the operation, rather than added/updated and/or
    /// ``WGPEER_F_REPLACE_ALLOWEDIPS`` if all current allowed IPs of this
    /// peer should be removed prior to adding the list below and/or
    /// ``WGPEER_F_UPDATE_ONLY`` if the peer should only be set if it already
    /// exists.
    pub fn flags(&mut self, v: WgpeerFlags) -> Result<&mut Self, WriteError> {
        self.w.put_attr(WGPEER_A_FLAGS, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `WGPEER_A_ENDPOINT`: struct sockaddr_in or struct sockaddr_in6
    pub fn endpoint(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(WGPEER_A_ENDPOINT, v)?;
        Ok(self)
    }

    /// Writes `WGPEER_A_PERSISTENT_KEEPALIVE_INTERVAL`: Set as ``0`` to disable.
    pub fn persistent_keepalive_interval(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(WGPEER_A_PERSISTENT_KEEPALIVE_INTERVAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `WGPEER_A_LAST_HANDSHAKE_TIME`.
    pub fn last_handshake_time(&mut self, v: &KernelTimespec) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(WGPEER_A_LAST_HANDSHAKE_TIME, KernelTimespec::LEN, |b| {
                v.write_to(b)
            })?;
        Ok(self)
    }

    /// Writes `WGPEER_A_RX_BYTES`.
    pub fn rx_bytes(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(WGPEER_A_RX_BYTES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `WGPEER_A_TX_BYTES`.
    pub fn tx_bytes(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(WGPEER_A_TX_BYTES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `WGPEER_A_ALLOWEDIPS`: The index/type parameter is unused on ``SET_DEVICE`` operations and is
    /// zero on ``GET_DEVICE`` operations.
    pub fn allowedips(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(WGPEER_A_ALLOWEDIPS, f)?;
        Ok(self)
    }

    /// Writes `WGPEER_A_PROTOCOL_VERSION`: Should not be set or used at all by most users of this API, as the
    /// most recent protocol will be used when this is unset. Otherwise,
    /// must be set to ``1``.
    pub fn protocol_version(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(WGPEER_A_PROTOCOL_VERSION, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `wgallowedip` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type WgallowedipBuilder<'w, B> = Builder<'w, sets::Wgallowedip, B>;

impl<B: Buffer> WgallowedipBuilder<'_, B> {
    /// Writes `WGALLOWEDIP_A_FAMILY`: IP family, either ``AF_INET`` or ``AF_INET6``.
    pub fn family(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(WGALLOWEDIP_A_FAMILY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `WGALLOWEDIP_A_IPADDR`: Either ``struct in_addr`` or ``struct in6_addr``.
    pub fn ipaddr(&mut self, v: IpAddr) -> Result<&mut Self, WriteError> {
        match v {
            IpAddr::V4(v) => self.w.put_attr(WGALLOWEDIP_A_IPADDR, &v.octets()),
            IpAddr::V6(v) => self.w.put_attr(WGALLOWEDIP_A_IPADDR, &v.octets()),
        }?;
        Ok(self)
    }

    /// Writes `WGALLOWEDIP_A_CIDR_MASK`.
    pub fn cidr_mask(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(WGALLOWEDIP_A_CIDR_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `WGALLOWEDIP_A_FLAGS`: ``WGALLOWEDIP_F_REMOVE_ME`` if the specified IP should be removed;
    /// otherwise, this IP will be added if it is not already present.
    pub fn flags(&mut self, v: WgallowedipFlags) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(WGALLOWEDIP_A_FLAGS, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }
}
