//! Typed views of `ovs_packet`: one per attribute set, parsed in one pass into a table, with
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

/// What [`Packet`] checks of each attribute, from the descriptors.
static PACKET_CHECKS: [Check; 13] = Check::table(&tables::PACKET);

/// The `packet` attributes of `ovs_packet`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Packet<'a>(Table<'a, 13>);

impl<'a> AttrView<'a> for Packet<'a> {
    const SET: &'static AttrSet = &tables::PACKET;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PACKET_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PACKET_CHECKS, attrs)
    }
}

impl<'a> Packet<'a> {
    /// Indexes and checks a block of `packet` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 13> {
        &self.0
    }

    /// `OVS_PACKET_ATTR_PACKET`: Packet data, from the start of the Ethernet header.
    #[inline]
    pub fn packet(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_PACKET_ATTR_PACKET)
    }

    /// `OVS_PACKET_ATTR_KEY`: Nested OVS_KEY_ATTR_* attributes, extracted flow key.
    /// Defined as binary because the key attribute-set belongs to the
    /// ovs_flow family spec; cross-spec references are not supported.
    #[inline]
    pub fn key(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_PACKET_ATTR_KEY)
    }

    /// `OVS_PACKET_ATTR_ACTIONS`: Nested OVS_ACTION_ATTR_* attributes.
    /// Defined as binary for the same reason as key.
    #[inline]
    pub fn actions(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_PACKET_ATTR_ACTIONS)
    }

    /// `OVS_PACKET_ATTR_USERDATA`: Opaque userspace cookie from OVS_USERSPACE_ATTR_USERDATA.
    #[inline]
    pub fn userdata(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_PACKET_ATTR_USERDATA)
    }

    /// `OVS_PACKET_ATTR_EGRESS_TUN_KEY`: Nested OVS_TUNNEL_KEY_ATTR_* for output tunnel metadata.
    #[inline]
    pub fn egress_tun_key(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVS_PACKET_ATTR_EGRESS_TUN_KEY)
    }

    /// `OVS_PACKET_ATTR_PROBE`: Packet operation is a feature probe, error logging suppressed.
    #[inline]
    pub fn probe(&self) -> bool {
        self.0.flag(OVS_PACKET_ATTR_PROBE)
    }

    /// `OVS_PACKET_ATTR_MRU`: Maximum received IP fragment size.
    #[inline]
    pub fn mru(&self) -> Option<u16> {
        self.0.u16(OVS_PACKET_ATTR_MRU)
    }

    /// `OVS_PACKET_ATTR_LEN`: Packet size before truncation.
    #[inline]
    pub fn len_attr(&self) -> Option<u32> {
        self.0.u32(OVS_PACKET_ATTR_LEN)
    }

    /// `OVS_PACKET_ATTR_HASH`: Packet hash, low 32 bits are skb hash, upper bits are flags.
    #[inline]
    pub fn hash(&self) -> Option<u64> {
        self.0.u64(OVS_PACKET_ATTR_HASH)
    }

    /// `OVS_PACKET_ATTR_UPCALL_PID`: Netlink PID to use for upcalls during EXECUTE processing.
    #[inline]
    pub fn upcall_pid(&self) -> Option<u32> {
        self.0.u32(OVS_PACKET_ATTR_UPCALL_PID)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVS_PACKET_ATTR_PACKET if a.raw_kind() == OVS_PACKET_ATTR_PACKET => {
                    PacketBuilder::new(w).packet(a.value())?;
                }
                OVS_PACKET_ATTR_KEY if a.raw_kind() == OVS_PACKET_ATTR_KEY => {
                    PacketBuilder::new(w).key(a.value())?;
                }
                OVS_PACKET_ATTR_ACTIONS if a.raw_kind() == OVS_PACKET_ATTR_ACTIONS => {
                    PacketBuilder::new(w).actions(a.value())?;
                }
                OVS_PACKET_ATTR_USERDATA if a.raw_kind() == OVS_PACKET_ATTR_USERDATA => {
                    PacketBuilder::new(w).userdata(a.value())?;
                }
                OVS_PACKET_ATTR_EGRESS_TUN_KEY
                    if a.raw_kind() == OVS_PACKET_ATTR_EGRESS_TUN_KEY =>
                {
                    PacketBuilder::new(w).egress_tun_key(a.value())?;
                }
                OVS_PACKET_ATTR_UNUSED1 if a.raw_kind() == OVS_PACKET_ATTR_UNUSED1 => raw(w, &a)?,
                OVS_PACKET_ATTR_UNUSED2 if a.raw_kind() == OVS_PACKET_ATTR_UNUSED2 => raw(w, &a)?,
                OVS_PACKET_ATTR_PROBE if a.raw_kind() == OVS_PACKET_ATTR_PROBE => {
                    if a.value().is_empty() {
                        PacketBuilder::new(w).probe()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                OVS_PACKET_ATTR_MRU if a.raw_kind() == OVS_PACKET_ATTR_MRU => {
                    PacketBuilder::new(w).mru(value::u16(&a))?;
                }
                OVS_PACKET_ATTR_LEN if a.raw_kind() == OVS_PACKET_ATTR_LEN => {
                    PacketBuilder::new(w).len_attr(value::u32(&a))?;
                }
                OVS_PACKET_ATTR_HASH if a.raw_kind() == OVS_PACKET_ATTR_HASH => {
                    PacketBuilder::new(w).hash(value::u64(&a))?;
                }
                OVS_PACKET_ATTR_UPCALL_PID if a.raw_kind() == OVS_PACKET_ATTR_UPCALL_PID => {
                    PacketBuilder::new(w).upcall_pid(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// Every attribute set of `ovs_packet` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 1] = [SetRoundtrip {
    set: &tables::PACKET,
    run: |attrs, w| Packet::parse(attrs)?.write_to(w),
}];
