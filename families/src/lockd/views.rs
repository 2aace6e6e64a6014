//! Typed views of `lockd`: one per attribute set, parsed in one pass into a table, with
//! O(1) typed getters.

#![allow(unused_imports)]

use super::consts::*;
use super::tables;
use super::types::*;
use crate::runtime::{split_header, AttrView, Bitfield32, Entries, HwAddr, Records, Table};
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use nlcodec::family::FamilyHeader;
use nlcodec::schema::AttrSet;
use nlcodec::{Attr, Attrs, Error};

/// The `server` attributes of `lockd`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Server<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for Server<'a> {
    const SET: &'static AttrSet = &tables::SERVER;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
}
