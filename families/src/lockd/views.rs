//! Typed views of `lockd`: one per attribute set, parsed in one pass into a table, with
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

/// What [`Server`] checks of each attribute, from the descriptors.
static SERVER_CHECKS: [Check; 4] = Check::table(&tables::SERVER);

/// The `server` attributes of `lockd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Server<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for Server<'a> {
    const SET: &'static AttrSet = &tables::SERVER;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &SERVER_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&SERVER_CHECKS, attrs)
    }
}

impl<'a> Server<'a> {
    /// Indexes and checks a block of `server` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `LOCKD_A_SERVER_GRACETIME`
    #[inline]
    pub fn gracetime(&self) -> Option<u32> {
        self.0.u32(LOCKD_A_SERVER_GRACETIME)
    }

    /// `LOCKD_A_SERVER_TCP_PORT`
    #[inline]
    pub fn tcp_port(&self) -> Option<u16> {
        self.0.u16(LOCKD_A_SERVER_TCP_PORT)
    }

    /// `LOCKD_A_SERVER_UDP_PORT`
    #[inline]
    pub fn udp_port(&self) -> Option<u16> {
        self.0.u16(LOCKD_A_SERVER_UDP_PORT)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                LOCKD_A_SERVER_GRACETIME if a.raw_kind() == LOCKD_A_SERVER_GRACETIME => {
                    ServerBuilder::new(w).gracetime(value::u32(&a))?;
                }
                LOCKD_A_SERVER_TCP_PORT if a.raw_kind() == LOCKD_A_SERVER_TCP_PORT => {
                    ServerBuilder::new(w).tcp_port(value::u16(&a))?;
                }
                LOCKD_A_SERVER_UDP_PORT if a.raw_kind() == LOCKD_A_SERVER_UDP_PORT => {
                    ServerBuilder::new(w).udp_port(value::u16(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// Every attribute set of `lockd` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 1] = [SetRoundtrip {
    set: &tables::SERVER,
    run: |attrs, w| Server::parse(attrs)?.write_to(w),
}];
