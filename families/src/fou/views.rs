//! Typed views of `fou`: one per attribute set, parsed in one pass into a table, with
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

/// What [`Fou`] checks of each attribute, from the descriptors.
static FOU_CHECKS: [Check; 12] = Check::table(&tables::FOU);

/// The `fou` attributes of `fou`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Fou<'a>(Table<'a, 12>);

impl<'a> AttrView<'a> for Fou<'a> {
    const SET: &'static AttrSet = &tables::FOU;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &FOU_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&FOU_CHECKS, attrs)
    }
}

impl<'a> Fou<'a> {
    /// Indexes and checks a block of `fou` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 12> {
        &self.0
    }

    /// `FOU_ATTR_PORT`
    #[inline]
    pub fn port(&self) -> Option<u16> {
        self.0.u16_be(FOU_ATTR_PORT)
    }

    /// `FOU_ATTR_AF`
    #[inline]
    pub fn af(&self) -> Option<u8> {
        self.0.u8(FOU_ATTR_AF)
    }

    /// `FOU_ATTR_IPPROTO`
    #[inline]
    pub fn ipproto(&self) -> Option<u8> {
        self.0.u8(FOU_ATTR_IPPROTO)
    }

    /// `FOU_ATTR_TYPE`
    #[inline]
    pub fn type_(&self) -> Option<u8> {
        self.0.u8(FOU_ATTR_TYPE)
    }

    /// `FOU_ATTR_REMCSUM_NOPARTIAL`
    #[inline]
    pub fn remcsum_nopartial(&self) -> bool {
        self.0.flag(FOU_ATTR_REMCSUM_NOPARTIAL)
    }

    /// `FOU_ATTR_LOCAL_V4`
    #[inline]
    pub fn local_v4(&self) -> Option<u32> {
        self.0.u32(FOU_ATTR_LOCAL_V4)
    }

    /// `FOU_ATTR_LOCAL_V6`
    #[inline]
    pub fn local_v6(&self) -> Option<&'a [u8]> {
        self.0.bytes(FOU_ATTR_LOCAL_V6)
    }

    /// `FOU_ATTR_PEER_V4`
    #[inline]
    pub fn peer_v4(&self) -> Option<u32> {
        self.0.u32(FOU_ATTR_PEER_V4)
    }

    /// `FOU_ATTR_PEER_V6`
    #[inline]
    pub fn peer_v6(&self) -> Option<&'a [u8]> {
        self.0.bytes(FOU_ATTR_PEER_V6)
    }

    /// `FOU_ATTR_PEER_PORT`
    #[inline]
    pub fn peer_port(&self) -> Option<u16> {
        self.0.u16_be(FOU_ATTR_PEER_PORT)
    }

    /// `FOU_ATTR_IFINDEX`
    #[inline]
    pub fn ifindex(&self) -> Option<i32> {
        self.0.i32(FOU_ATTR_IFINDEX)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                FOU_ATTR_UNSPEC if a.raw_kind() == FOU_ATTR_UNSPEC => raw(w, &a)?,
                FOU_ATTR_PORT if a.raw_kind() == FOU_ATTR_PORT => {
                    FouBuilder::new(w).port(value::u16_be(&a))?;
                }
                FOU_ATTR_AF if a.raw_kind() == FOU_ATTR_AF => {
                    FouBuilder::new(w).af(value::u8(&a))?;
                }
                FOU_ATTR_IPPROTO if a.raw_kind() == FOU_ATTR_IPPROTO => {
                    FouBuilder::new(w).ipproto(value::u8(&a))?;
                }
                FOU_ATTR_TYPE if a.raw_kind() == FOU_ATTR_TYPE => {
                    FouBuilder::new(w).type_(value::u8(&a))?;
                }
                FOU_ATTR_REMCSUM_NOPARTIAL if a.raw_kind() == FOU_ATTR_REMCSUM_NOPARTIAL => {
                    if a.value().is_empty() {
                        FouBuilder::new(w).remcsum_nopartial()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                FOU_ATTR_LOCAL_V4 if a.raw_kind() == FOU_ATTR_LOCAL_V4 => {
                    FouBuilder::new(w).local_v4(value::u32(&a))?;
                }
                FOU_ATTR_LOCAL_V6 if a.raw_kind() == FOU_ATTR_LOCAL_V6 => {
                    FouBuilder::new(w).local_v6(a.value())?;
                }
                FOU_ATTR_PEER_V4 if a.raw_kind() == FOU_ATTR_PEER_V4 => {
                    FouBuilder::new(w).peer_v4(value::u32(&a))?;
                }
                FOU_ATTR_PEER_V6 if a.raw_kind() == FOU_ATTR_PEER_V6 => {
                    FouBuilder::new(w).peer_v6(a.value())?;
                }
                FOU_ATTR_PEER_PORT if a.raw_kind() == FOU_ATTR_PEER_PORT => {
                    FouBuilder::new(w).peer_port(value::u16_be(&a))?;
                }
                FOU_ATTR_IFINDEX if a.raw_kind() == FOU_ATTR_IFINDEX => {
                    FouBuilder::new(w).ifindex(value::i32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// Every attribute set of `fou` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 1] = [SetRoundtrip {
    set: &tables::FOU,
    run: |attrs, w| Fou::parse(attrs)?.write_to(w),
}];
