//! Typed builders of `psp`: one per attribute set, over the codec's [`Writer`] (so they
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
    /// The `assoc-dev-info` attribute set.
    pub enum AssocDevInfo {}
    /// The `dev` attribute set.
    pub enum Dev {}
    /// The `assoc` attribute set.
    pub enum Assoc {}
    /// The `keys` attribute set.
    pub enum Keys {}
    /// The `stats` attribute set.
    pub enum Stats {}
}

/// Writes `assoc-dev-info` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type AssocDevInfoBuilder<'w, B> = Builder<'w, sets::AssocDevInfo, B>;

impl<B: Buffer> AssocDevInfoBuilder<'_, B> {
    /// Writes `PSP_A_ASSOC_DEV_INFO_IFINDEX`: ifindex of an associated network device.
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(PSP_A_ASSOC_DEV_INFO_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `PSP_A_ASSOC_DEV_INFO_NSID`: Network namespace ID of the associated device.
    pub fn nsid(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(PSP_A_ASSOC_DEV_INFO_NSID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dev` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DevBuilder<'w, B> = Builder<'w, sets::Dev, B>;

impl<B: Buffer> DevBuilder<'_, B> {
    /// Writes `PSP_A_DEV_ID`: PSP device ID.
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(PSP_A_DEV_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `PSP_A_DEV_IFINDEX`: ifindex of the main netdevice linked to the PSP device,
    /// or the ifindex to associate with the PSP device.
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(PSP_A_DEV_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `PSP_A_DEV_PSP_VERSIONS_CAP`: Bitmask of PSP versions supported by the device.
    pub fn psp_versions_cap(&mut self, v: Version) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(PSP_A_DEV_PSP_VERSIONS_CAP, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `PSP_A_DEV_PSP_VERSIONS_ENA`: Bitmask of currently enabled (accepted on Rx) PSP versions.
    pub fn psp_versions_ena(&mut self, v: Version) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(PSP_A_DEV_PSP_VERSIONS_ENA, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `PSP_A_DEV_ASSOC_LIST`: List of associated virtual devices.
    pub fn assoc_list(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut AssocDevInfoBuilder<'y, B>,
        ) -> Result<&'x mut AssocDevInfoBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(PSP_A_DEV_ASSOC_LIST, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `PSP_A_DEV_NSID`: Network namespace ID for the device to associate/disassociate.
    /// Optional for dev-assoc and dev-disassoc; if not present, the
    /// device is looked up in the caller's network namespace.
    pub fn nsid(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(PSP_A_DEV_NSID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `PSP_A_DEV_BY_ASSOCIATION`: Flag indicating the PSP device is an associated device from a
    /// different network namespace.
    /// Present when in associated namespace, absent when in primary/host
    /// namespace.
    pub fn by_association(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(PSP_A_DEV_BY_ASSOCIATION)?;
        Ok(self)
    }
}

/// Writes `assoc` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type AssocBuilder<'w, B> = Builder<'w, sets::Assoc, B>;

impl<B: Buffer> AssocBuilder<'_, B> {
    /// Writes `PSP_A_ASSOC_DEV_ID`: PSP device ID.
    pub fn dev_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(PSP_A_ASSOC_DEV_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `PSP_A_ASSOC_VERSION`: PSP versions (AEAD and protocol version) used by this association,
    /// dictates the size of the key.
    pub fn version(&mut self, v: Version) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(PSP_A_ASSOC_VERSION, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `PSP_A_ASSOC_RX_KEY`.
    pub fn rx_key(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut KeysBuilder<'y, B>,
        ) -> Result<&'x mut KeysBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(PSP_A_ASSOC_RX_KEY, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `PSP_A_ASSOC_TX_KEY`.
    pub fn tx_key(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut KeysBuilder<'y, B>,
        ) -> Result<&'x mut KeysBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(PSP_A_ASSOC_TX_KEY, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `PSP_A_ASSOC_SOCK_FD`: Sockets which should be bound to the association immediately.
    pub fn sock_fd(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(PSP_A_ASSOC_SOCK_FD, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `keys` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type KeysBuilder<'w, B> = Builder<'w, sets::Keys, B>;

impl<B: Buffer> KeysBuilder<'_, B> {
    /// Writes `PSP_A_KEYS_KEY`.
    pub fn key(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(PSP_A_KEYS_KEY, v)?;
        Ok(self)
    }

    /// Writes `PSP_A_KEYS_SPI`: Security Parameters Index (SPI) of the association.
    pub fn spi(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(PSP_A_KEYS_SPI, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `stats` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type StatsBuilder<'w, B> = Builder<'w, sets::Stats, B>;

impl<B: Buffer> StatsBuilder<'_, B> {
    /// Writes `PSP_A_STATS_DEV_ID`: PSP device ID.
    pub fn dev_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(PSP_A_STATS_DEV_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `PSP_A_STATS_KEY_ROTATIONS`: Number of key rotations during the lifetime of the device.
    /// Kernel statistic.
    pub fn key_rotations(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(PSP_A_STATS_KEY_ROTATIONS, small),
            Err(_) => self.w.put_u64(PSP_A_STATS_KEY_ROTATIONS, v),
        }?;
        Ok(self)
    }

    /// Writes `PSP_A_STATS_STALE_EVENTS`: Number of times a socket's Rx got shut down due to using
    /// a key which went stale (fully rotated out).
    /// Kernel statistic.
    pub fn stale_events(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(PSP_A_STATS_STALE_EVENTS, small),
            Err(_) => self.w.put_u64(PSP_A_STATS_STALE_EVENTS, v),
        }?;
        Ok(self)
    }

    /// Writes `PSP_A_STATS_RX_PACKETS`: Number of successfully processed and authenticated PSP packets.
    /// Device statistic (from the PSP spec).
    pub fn rx_packets(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(PSP_A_STATS_RX_PACKETS, small),
            Err(_) => self.w.put_u64(PSP_A_STATS_RX_PACKETS, v),
        }?;
        Ok(self)
    }

    /// Writes `PSP_A_STATS_RX_BYTES`: Number of successfully authenticated PSP bytes received, counting from
    /// the first byte after the IV through the last byte of payload.
    /// The fixed initial portion of the PSP header (16 bytes)
    /// and the PSP trailer/ICV (16 bytes) are not included in this count.
    /// Device statistic (from the PSP spec).
    pub fn rx_bytes(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(PSP_A_STATS_RX_BYTES, small),
            Err(_) => self.w.put_u64(PSP_A_STATS_RX_BYTES, v),
        }?;
        Ok(self)
    }

    /// Writes `PSP_A_STATS_RX_AUTH_FAIL`: Number of received PSP packets with unsuccessful authentication.
    /// Device statistic (from the PSP spec).
    pub fn rx_auth_fail(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(PSP_A_STATS_RX_AUTH_FAIL, small),
            Err(_) => self.w.put_u64(PSP_A_STATS_RX_AUTH_FAIL, v),
        }?;
        Ok(self)
    }

    /// Writes `PSP_A_STATS_RX_ERROR`: Number of received PSP packets with length/framing errors.
    /// Device statistic (from the PSP spec).
    pub fn rx_error(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(PSP_A_STATS_RX_ERROR, small),
            Err(_) => self.w.put_u64(PSP_A_STATS_RX_ERROR, v),
        }?;
        Ok(self)
    }

    /// Writes `PSP_A_STATS_RX_BAD`: Number of received PSP packets with miscellaneous errors
    /// (invalid master key indicated by SPI, unsupported version, etc.)
    /// Device statistic (from the PSP spec).
    pub fn rx_bad(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(PSP_A_STATS_RX_BAD, small),
            Err(_) => self.w.put_u64(PSP_A_STATS_RX_BAD, v),
        }?;
        Ok(self)
    }

    /// Writes `PSP_A_STATS_TX_PACKETS`: Number of successfully processed PSP packets for transmission.
    /// Device statistic (from the PSP spec).
    pub fn tx_packets(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(PSP_A_STATS_TX_PACKETS, small),
            Err(_) => self.w.put_u64(PSP_A_STATS_TX_PACKETS, v),
        }?;
        Ok(self)
    }

    /// Writes `PSP_A_STATS_TX_BYTES`: Number of successfully processed PSP bytes for transmit, counting from
    /// the first byte after the IV through the last byte of payload.
    /// The fixed initial portion of the PSP header (16 bytes)
    /// and the PSP trailer/ICV (16 bytes) are not included in this count.
    /// Device statistic (from the PSP spec).
    pub fn tx_bytes(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(PSP_A_STATS_TX_BYTES, small),
            Err(_) => self.w.put_u64(PSP_A_STATS_TX_BYTES, v),
        }?;
        Ok(self)
    }

    /// Writes `PSP_A_STATS_TX_ERROR`: Number of PSP packets for transmission with errors.
    /// Device statistic (from the PSP spec).
    pub fn tx_error(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(PSP_A_STATS_TX_ERROR, small),
            Err(_) => self.w.put_u64(PSP_A_STATS_TX_ERROR, v),
        }?;
        Ok(self)
    }
}
