//! Typed builders of `ovs_packet`: one per attribute set, over the codec's [`Writer`] (so they
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
    /// The `packet` attribute set.
    pub enum Packet {}
}

/// Writes `packet` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PacketBuilder<'w, B> = Builder<'w, sets::Packet, B>;

impl<B: Buffer> PacketBuilder<'_, B> {
    /// Writes `OVS_PACKET_ATTR_PACKET`: Packet data, from the start of the Ethernet header.
    pub fn packet(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_PACKET_ATTR_PACKET, v)?;
        Ok(self)
    }

    /// Writes `OVS_PACKET_ATTR_KEY`: Nested OVS_KEY_ATTR_* attributes, extracted flow key.
    /// Defined as binary because the key attribute-set belongs to the
    /// ovs_flow family spec; cross-spec references are not supported.
    pub fn key(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_PACKET_ATTR_KEY, v)?;
        Ok(self)
    }

    /// Writes `OVS_PACKET_ATTR_ACTIONS`: Nested OVS_ACTION_ATTR_* attributes.
    /// Defined as binary for the same reason as key.
    pub fn actions(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_PACKET_ATTR_ACTIONS, v)?;
        Ok(self)
    }

    /// Writes `OVS_PACKET_ATTR_USERDATA`: Opaque userspace cookie from OVS_USERSPACE_ATTR_USERDATA.
    pub fn userdata(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_PACKET_ATTR_USERDATA, v)?;
        Ok(self)
    }

    /// Writes `OVS_PACKET_ATTR_EGRESS_TUN_KEY`: Nested OVS_TUNNEL_KEY_ATTR_* for output tunnel metadata.
    pub fn egress_tun_key(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_PACKET_ATTR_EGRESS_TUN_KEY, v)?;
        Ok(self)
    }

    /// Writes `OVS_PACKET_ATTR_PROBE`: Packet operation is a feature probe, error logging suppressed.
    pub fn probe(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(OVS_PACKET_ATTR_PROBE)?;
        Ok(self)
    }

    /// Writes `OVS_PACKET_ATTR_MRU`: Maximum received IP fragment size.
    pub fn mru(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_PACKET_ATTR_MRU, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_PACKET_ATTR_LEN`: Packet size before truncation.
    pub fn len_attr(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_PACKET_ATTR_LEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_PACKET_ATTR_HASH`: Packet hash, low 32 bits are skb hash, upper bits are flags.
    pub fn hash(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_PACKET_ATTR_HASH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_PACKET_ATTR_UPCALL_PID`: Netlink PID to use for upcalls during EXECUTE processing.
    pub fn upcall_pid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_PACKET_ATTR_UPCALL_PID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}
