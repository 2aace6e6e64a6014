//! Typed views of `team`: one per attribute set, parsed in one pass into a table, with
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

/// What [`Team`] checks of each attribute, from the descriptors.
static TEAM_CHECKS: [Check; 4] = Check::table(&tables::TEAM);

/// The team nested layout of get/set msg looks like::
///
/// \[TEAM_ATTR_LIST_OPTION\]
/// \[TEAM_ATTR_ITEM_OPTION\]
/// \[TEAM_ATTR_OPTION_*\], ...
/// \[TEAM_ATTR_ITEM_OPTION\]
/// \[TEAM_ATTR_OPTION_*\], ...
/// ...
/// \[TEAM_ATTR_LIST_PORT\]
/// \[TEAM_ATTR_ITEM_PORT\]
/// \[TEAM_ATTR_PORT_*\], ...
/// \[TEAM_ATTR_ITEM_PORT\]
/// \[TEAM_ATTR_PORT_*\], ...
/// ...
#[derive(Debug, Clone)]
pub struct Team<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for Team<'a> {
    const SET: &'static AttrSet = &tables::TEAM;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &TEAM_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&TEAM_CHECKS, attrs)
    }
}

impl<'a> Team<'a> {
    /// Indexes and checks a block of `team` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `TEAM_ATTR_TEAM_IFINDEX`
    #[inline]
    pub fn team_ifindex(&self) -> Option<u32> {
        self.0.u32(TEAM_ATTR_TEAM_IFINDEX)
    }

    /// `TEAM_ATTR_LIST_OPTION`
    #[inline]
    pub fn list_option(&self) -> Result<Option<ItemOption<'a>>, Error> {
        self.0.nest(TEAM_ATTR_LIST_OPTION)
    }

    /// `TEAM_ATTR_LIST_PORT`
    #[inline]
    pub fn list_port(&self) -> Result<Option<ItemPort<'a>>, Error> {
        self.0.nest(TEAM_ATTR_LIST_PORT)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TEAM_ATTR_UNSPEC if a.raw_kind() == TEAM_ATTR_UNSPEC => raw(w, &a)?,
                TEAM_ATTR_TEAM_IFINDEX if a.raw_kind() == TEAM_ATTR_TEAM_IFINDEX => {
                    TeamBuilder::new(w).team_ifindex(value::u32(&a))?;
                }
                TEAM_ATTR_LIST_OPTION => {
                    nest_like(w, &a, |w| ItemOption::parse(a.nested())?.write_to(w))?
                }
                TEAM_ATTR_LIST_PORT => {
                    nest_like(w, &a, |w| ItemPort::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ItemOption`] checks of each attribute, from the descriptors.
static ITEM_OPTION_CHECKS: [Check; 2] = Check::table(&tables::ITEM_OPTION);

/// The `item-option` attributes of `team`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ItemOption<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for ItemOption<'a> {
    const SET: &'static AttrSet = &tables::ITEM_OPTION;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ITEM_OPTION_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ITEM_OPTION_CHECKS, attrs)
    }
}

impl<'a> ItemOption<'a> {
    /// Indexes and checks a block of `item-option` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `TEAM_ATTR_ITEM_OPTION`
    #[inline]
    pub fn option(&self) -> Result<Option<AttrOption<'a>>, Error> {
        self.0.nest(TEAM_ATTR_ITEM_OPTION)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TEAM_ATTR_ITEM_OPTION_UNSPEC if a.raw_kind() == TEAM_ATTR_ITEM_OPTION_UNSPEC => {
                    raw(w, &a)?
                }
                TEAM_ATTR_ITEM_OPTION => {
                    nest_like(w, &a, |w| AttrOption::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`AttrOption`] checks of each attribute, from the descriptors.
static ATTR_OPTION_CHECKS: [Check; 8] = Check::table(&tables::ATTR_OPTION);

/// The `attr-option` attributes of `team`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct AttrOption<'a>(Table<'a, 8>);

impl<'a> AttrView<'a> for AttrOption<'a> {
    const SET: &'static AttrSet = &tables::ATTR_OPTION;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ATTR_OPTION_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ATTR_OPTION_CHECKS, attrs)
    }
}

impl<'a> AttrOption<'a> {
    /// Indexes and checks a block of `attr-option` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 8> {
        &self.0
    }

    /// `TEAM_ATTR_OPTION_NAME`
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(TEAM_ATTR_OPTION_NAME)
    }

    /// `TEAM_ATTR_OPTION_CHANGED`
    #[inline]
    pub fn changed(&self) -> bool {
        self.0.flag(TEAM_ATTR_OPTION_CHANGED)
    }

    /// `TEAM_ATTR_OPTION_TYPE`
    #[inline]
    pub fn type_(&self) -> Option<u8> {
        self.0.u8(TEAM_ATTR_OPTION_TYPE)
    }

    /// `TEAM_ATTR_OPTION_DATA`
    #[inline]
    pub fn data(&self) -> Option<&'a [u8]> {
        self.0.bytes(TEAM_ATTR_OPTION_DATA)
    }

    /// `TEAM_ATTR_OPTION_REMOVED`
    #[inline]
    pub fn removed(&self) -> bool {
        self.0.flag(TEAM_ATTR_OPTION_REMOVED)
    }

    /// `TEAM_ATTR_OPTION_PORT_IFINDEX`: for per-port options
    #[inline]
    pub fn port_ifindex(&self) -> Option<u32> {
        self.0.u32(TEAM_ATTR_OPTION_PORT_IFINDEX)
    }

    /// `TEAM_ATTR_OPTION_ARRAY_INDEX`: for array options
    #[inline]
    pub fn array_index(&self) -> Option<u32> {
        self.0.u32(TEAM_ATTR_OPTION_ARRAY_INDEX)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TEAM_ATTR_OPTION_UNSPEC if a.raw_kind() == TEAM_ATTR_OPTION_UNSPEC => raw(w, &a)?,
                TEAM_ATTR_OPTION_NAME if a.raw_kind() == TEAM_ATTR_OPTION_NAME => {
                    AttrOptionBuilder::new(w).name(value::str(&a))?;
                }
                TEAM_ATTR_OPTION_CHANGED if a.raw_kind() == TEAM_ATTR_OPTION_CHANGED => {
                    if a.value().is_empty() {
                        AttrOptionBuilder::new(w).changed()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TEAM_ATTR_OPTION_TYPE if a.raw_kind() == TEAM_ATTR_OPTION_TYPE => {
                    AttrOptionBuilder::new(w).type_(value::u8(&a))?;
                }
                TEAM_ATTR_OPTION_DATA if a.raw_kind() == TEAM_ATTR_OPTION_DATA => {
                    AttrOptionBuilder::new(w).data(a.value())?;
                }
                TEAM_ATTR_OPTION_REMOVED if a.raw_kind() == TEAM_ATTR_OPTION_REMOVED => {
                    if a.value().is_empty() {
                        AttrOptionBuilder::new(w).removed()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TEAM_ATTR_OPTION_PORT_IFINDEX if a.raw_kind() == TEAM_ATTR_OPTION_PORT_IFINDEX => {
                    AttrOptionBuilder::new(w).port_ifindex(value::u32(&a))?;
                }
                TEAM_ATTR_OPTION_ARRAY_INDEX if a.raw_kind() == TEAM_ATTR_OPTION_ARRAY_INDEX => {
                    AttrOptionBuilder::new(w).array_index(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ItemPort`] checks of each attribute, from the descriptors.
static ITEM_PORT_CHECKS: [Check; 2] = Check::table(&tables::ITEM_PORT);

/// The `item-port` attributes of `team`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ItemPort<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for ItemPort<'a> {
    const SET: &'static AttrSet = &tables::ITEM_PORT;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ITEM_PORT_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ITEM_PORT_CHECKS, attrs)
    }
}

impl<'a> ItemPort<'a> {
    /// Indexes and checks a block of `item-port` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `TEAM_ATTR_ITEM_PORT`
    #[inline]
    pub fn port(&self) -> Result<Option<AttrPort<'a>>, Error> {
        self.0.nest(TEAM_ATTR_ITEM_PORT)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TEAM_ATTR_ITEM_PORT_UNSPEC if a.raw_kind() == TEAM_ATTR_ITEM_PORT_UNSPEC => {
                    raw(w, &a)?
                }
                TEAM_ATTR_ITEM_PORT => {
                    nest_like(w, &a, |w| AttrPort::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`AttrPort`] checks of each attribute, from the descriptors.
static ATTR_PORT_CHECKS: [Check; 7] = Check::table(&tables::ATTR_PORT);

/// The `attr-port` attributes of `team`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct AttrPort<'a>(Table<'a, 7>);

impl<'a> AttrView<'a> for AttrPort<'a> {
    const SET: &'static AttrSet = &tables::ATTR_PORT;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ATTR_PORT_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ATTR_PORT_CHECKS, attrs)
    }
}

impl<'a> AttrPort<'a> {
    /// Indexes and checks a block of `attr-port` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 7> {
        &self.0
    }

    /// `TEAM_ATTR_PORT_IFINDEX`
    #[inline]
    pub fn ifindex(&self) -> Option<u32> {
        self.0.u32(TEAM_ATTR_PORT_IFINDEX)
    }

    /// `TEAM_ATTR_PORT_CHANGED`
    #[inline]
    pub fn changed(&self) -> bool {
        self.0.flag(TEAM_ATTR_PORT_CHANGED)
    }

    /// `TEAM_ATTR_PORT_LINKUP`
    #[inline]
    pub fn linkup(&self) -> bool {
        self.0.flag(TEAM_ATTR_PORT_LINKUP)
    }

    /// `TEAM_ATTR_PORT_SPEED`
    #[inline]
    pub fn speed(&self) -> Option<u32> {
        self.0.u32(TEAM_ATTR_PORT_SPEED)
    }

    /// `TEAM_ATTR_PORT_DUPLEX`
    #[inline]
    pub fn duplex(&self) -> Option<u8> {
        self.0.u8(TEAM_ATTR_PORT_DUPLEX)
    }

    /// `TEAM_ATTR_PORT_REMOVED`
    #[inline]
    pub fn removed(&self) -> bool {
        self.0.flag(TEAM_ATTR_PORT_REMOVED)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                TEAM_ATTR_PORT_UNSPEC if a.raw_kind() == TEAM_ATTR_PORT_UNSPEC => raw(w, &a)?,
                TEAM_ATTR_PORT_IFINDEX if a.raw_kind() == TEAM_ATTR_PORT_IFINDEX => {
                    AttrPortBuilder::new(w).ifindex(value::u32(&a))?;
                }
                TEAM_ATTR_PORT_CHANGED if a.raw_kind() == TEAM_ATTR_PORT_CHANGED => {
                    if a.value().is_empty() {
                        AttrPortBuilder::new(w).changed()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TEAM_ATTR_PORT_LINKUP if a.raw_kind() == TEAM_ATTR_PORT_LINKUP => {
                    if a.value().is_empty() {
                        AttrPortBuilder::new(w).linkup()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                TEAM_ATTR_PORT_SPEED if a.raw_kind() == TEAM_ATTR_PORT_SPEED => {
                    AttrPortBuilder::new(w).speed(value::u32(&a))?;
                }
                TEAM_ATTR_PORT_DUPLEX if a.raw_kind() == TEAM_ATTR_PORT_DUPLEX => {
                    AttrPortBuilder::new(w).duplex(value::u8(&a))?;
                }
                TEAM_ATTR_PORT_REMOVED if a.raw_kind() == TEAM_ATTR_PORT_REMOVED => {
                    if a.value().is_empty() {
                        AttrPortBuilder::new(w).removed()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// Every attribute set of `team` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 5] = [
    SetRoundtrip {
        set: &tables::TEAM,
        run: |attrs, w| Team::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ITEM_OPTION,
        run: |attrs, w| ItemOption::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ATTR_OPTION,
        run: |attrs, w| AttrOption::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ITEM_PORT,
        run: |attrs, w| ItemPort::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ATTR_PORT,
        run: |attrs, w| AttrPort::parse(attrs)?.write_to(w),
    },
];
