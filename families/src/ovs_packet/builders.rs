//! Typed builders of `ovs_packet`: one per attribute set, over the codec's [`Writer`] (so they
//! write into a caller's `&mut [u8]` as well as a `Vec`).

#![allow(unused_imports)]

use super::consts::*;
use super::types::*;
use crate::runtime::{put_nest_with_header, Bitfield32};
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use nlcodec::{Buffer, WriteError, Writer};

/// Writes `packet` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct PacketBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> PacketBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `OVS_PACKET_ATTR_PACKET`: Packet data, from the start of the Ethernet header.
    pub fn packet(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVS_PACKET_ATTR_PACKET, v)?;
        Ok(self)
    }

    /// Writes `OVS_PACKET_ATTR_KEY`: Nested OVS_KEY_ATTR_* attributes, extracted flow key.
    /// Defined as binary because the key attribute-set belongs to the
    /// ovs_flow family spec; cross-spec references are not supported.
    pub fn key(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVS_PACKET_ATTR_KEY, v)?;
        Ok(self)
    }

    /// Writes `OVS_PACKET_ATTR_ACTIONS`: Nested OVS_ACTION_ATTR_* attributes.
    /// Defined as binary for the same reason as key.
    pub fn actions(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVS_PACKET_ATTR_ACTIONS, v)?;
        Ok(self)
    }

    /// Writes `OVS_PACKET_ATTR_USERDATA`: Opaque userspace cookie from OVS_USERSPACE_ATTR_USERDATA.
    pub fn userdata(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVS_PACKET_ATTR_USERDATA, v)?;
        Ok(self)
    }

    /// Writes `OVS_PACKET_ATTR_EGRESS_TUN_KEY`: Nested OVS_TUNNEL_KEY_ATTR_* for output tunnel metadata.
    pub fn egress_tun_key(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVS_PACKET_ATTR_EGRESS_TUN_KEY, v)?;
        Ok(self)
    }

    /// Writes `OVS_PACKET_ATTR_PROBE`: Packet operation is a feature probe, error logging suppressed.
    pub fn probe(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(OVS_PACKET_ATTR_PROBE)?;
        Ok(self)
    }

    /// Writes `OVS_PACKET_ATTR_MRU`: Maximum received IP fragment size.
    pub fn mru(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVS_PACKET_ATTR_MRU, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_PACKET_ATTR_LEN`: Packet size before truncation.
    pub fn len_attr(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVS_PACKET_ATTR_LEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_PACKET_ATTR_HASH`: Packet hash, low 32 bits are skb hash, upper bits are flags.
    pub fn hash(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVS_PACKET_ATTR_HASH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_PACKET_ATTR_UPCALL_PID`: Netlink PID to use for upcalls during EXECUTE processing.
    pub fn upcall_pid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVS_PACKET_ATTR_UPCALL_PID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}
