//! Typed views of `mptcp_pm`: one per attribute set, parsed in one pass into a table, with
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

/// What [`Address`] checks of each attribute, from the descriptors.
static ADDRESS_CHECKS: [Check; 8] = Check::table(&tables::ADDRESS);

/// The `address` attributes of `mptcp_pm`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Address<'a>(Table<'a, 8>);

impl<'a> AttrView<'a> for Address<'a> {
    const SET: &'static AttrSet = &tables::ADDRESS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ADDRESS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ADDRESS_CHECKS, attrs)
    }
}

impl<'a> Address<'a> {
    /// Indexes and checks a block of `address` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 8> {
        &self.0
    }

    /// `MPTCP_PM_ADDR_ATTR_FAMILY`
    #[inline]
    pub fn family(&self) -> Option<u16> {
        self.0.u16(MPTCP_PM_ADDR_ATTR_FAMILY)
    }

    /// `MPTCP_PM_ADDR_ATTR_ID`
    #[inline]
    pub fn id(&self) -> Option<u8> {
        self.0.u8(MPTCP_PM_ADDR_ATTR_ID)
    }

    /// `MPTCP_PM_ADDR_ATTR_ADDR4`
    #[inline]
    pub fn addr4(&self) -> Option<u32> {
        self.0.u32_be(MPTCP_PM_ADDR_ATTR_ADDR4)
    }

    /// `MPTCP_PM_ADDR_ATTR_ADDR6`
    #[inline]
    pub fn addr6(&self) -> Option<&'a [u8]> {
        self.0.bytes(MPTCP_PM_ADDR_ATTR_ADDR6)
    }

    /// `MPTCP_PM_ADDR_ATTR_PORT`
    #[inline]
    pub fn port(&self) -> Option<u16> {
        self.0.u16(MPTCP_PM_ADDR_ATTR_PORT)
    }

    /// `MPTCP_PM_ADDR_ATTR_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<u32> {
        self.0.u32(MPTCP_PM_ADDR_ATTR_FLAGS)
    }

    /// `MPTCP_PM_ADDR_ATTR_IF_IDX`
    #[inline]
    pub fn if_idx(&self) -> Option<i32> {
        self.0.i32(MPTCP_PM_ADDR_ATTR_IF_IDX)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                MPTCP_PM_ADDR_ATTR_UNSPEC if a.raw_kind() == MPTCP_PM_ADDR_ATTR_UNSPEC => {
                    raw(w, &a)?
                }
                MPTCP_PM_ADDR_ATTR_FAMILY if a.raw_kind() == MPTCP_PM_ADDR_ATTR_FAMILY => {
                    AddressBuilder::new(w).family(value::u16(&a))?;
                }
                MPTCP_PM_ADDR_ATTR_ID if a.raw_kind() == MPTCP_PM_ADDR_ATTR_ID => {
                    AddressBuilder::new(w).id(value::u8(&a))?;
                }
                MPTCP_PM_ADDR_ATTR_ADDR4 if a.raw_kind() == MPTCP_PM_ADDR_ATTR_ADDR4 => {
                    AddressBuilder::new(w).addr4(value::u32_be(&a))?;
                }
                MPTCP_PM_ADDR_ATTR_ADDR6 if a.raw_kind() == MPTCP_PM_ADDR_ATTR_ADDR6 => {
                    AddressBuilder::new(w).addr6(a.value())?;
                }
                MPTCP_PM_ADDR_ATTR_PORT if a.raw_kind() == MPTCP_PM_ADDR_ATTR_PORT => {
                    AddressBuilder::new(w).port(value::u16(&a))?;
                }
                MPTCP_PM_ADDR_ATTR_FLAGS if a.raw_kind() == MPTCP_PM_ADDR_ATTR_FLAGS => {
                    AddressBuilder::new(w).flags(value::u32(&a))?;
                }
                MPTCP_PM_ADDR_ATTR_IF_IDX if a.raw_kind() == MPTCP_PM_ADDR_ATTR_IF_IDX => {
                    AddressBuilder::new(w).if_idx(value::i32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`SubflowAttribute`] checks of each attribute, from the descriptors.
static SUBFLOW_ATTRIBUTE_CHECKS: [Check; 12] = Check::table(&tables::SUBFLOW_ATTRIBUTE);

/// The `subflow-attribute` attributes of `mptcp_pm`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SubflowAttribute<'a>(Table<'a, 12>);

impl<'a> AttrView<'a> for SubflowAttribute<'a> {
    const SET: &'static AttrSet = &tables::SUBFLOW_ATTRIBUTE;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &SUBFLOW_ATTRIBUTE_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&SUBFLOW_ATTRIBUTE_CHECKS, attrs)
    }
}

impl<'a> SubflowAttribute<'a> {
    /// Indexes and checks a block of `subflow-attribute` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 12> {
        &self.0
    }

    /// `MPTCP_SUBFLOW_ATTR_TOKEN_REM`
    #[inline]
    pub fn token_rem(&self) -> Option<u32> {
        self.0.u32(MPTCP_SUBFLOW_ATTR_TOKEN_REM)
    }

    /// `MPTCP_SUBFLOW_ATTR_TOKEN_LOC`
    #[inline]
    pub fn token_loc(&self) -> Option<u32> {
        self.0.u32(MPTCP_SUBFLOW_ATTR_TOKEN_LOC)
    }

    /// `MPTCP_SUBFLOW_ATTR_RELWRITE_SEQ`
    #[inline]
    pub fn relwrite_seq(&self) -> Option<u32> {
        self.0.u32(MPTCP_SUBFLOW_ATTR_RELWRITE_SEQ)
    }

    /// `MPTCP_SUBFLOW_ATTR_MAP_SEQ`
    #[inline]
    pub fn map_seq(&self) -> Option<u64> {
        self.0.u64(MPTCP_SUBFLOW_ATTR_MAP_SEQ)
    }

    /// `MPTCP_SUBFLOW_ATTR_MAP_SFSEQ`
    #[inline]
    pub fn map_sfseq(&self) -> Option<u32> {
        self.0.u32(MPTCP_SUBFLOW_ATTR_MAP_SFSEQ)
    }

    /// `MPTCP_SUBFLOW_ATTR_SSN_OFFSET`
    #[inline]
    pub fn ssn_offset(&self) -> Option<u32> {
        self.0.u32(MPTCP_SUBFLOW_ATTR_SSN_OFFSET)
    }

    /// `MPTCP_SUBFLOW_ATTR_MAP_DATALEN`
    #[inline]
    pub fn map_datalen(&self) -> Option<u16> {
        self.0.u16(MPTCP_SUBFLOW_ATTR_MAP_DATALEN)
    }

    /// `MPTCP_SUBFLOW_ATTR_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<u32> {
        self.0.u32(MPTCP_SUBFLOW_ATTR_FLAGS)
    }

    /// `MPTCP_SUBFLOW_ATTR_ID_REM`
    #[inline]
    pub fn id_rem(&self) -> Option<u8> {
        self.0.u8(MPTCP_SUBFLOW_ATTR_ID_REM)
    }

    /// `MPTCP_SUBFLOW_ATTR_ID_LOC`
    #[inline]
    pub fn id_loc(&self) -> Option<u8> {
        self.0.u8(MPTCP_SUBFLOW_ATTR_ID_LOC)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                MPTCP_SUBFLOW_ATTR_UNSPEC if a.raw_kind() == MPTCP_SUBFLOW_ATTR_UNSPEC => {
                    raw(w, &a)?
                }
                MPTCP_SUBFLOW_ATTR_TOKEN_REM if a.raw_kind() == MPTCP_SUBFLOW_ATTR_TOKEN_REM => {
                    SubflowAttributeBuilder::new(w).token_rem(value::u32(&a))?;
                }
                MPTCP_SUBFLOW_ATTR_TOKEN_LOC if a.raw_kind() == MPTCP_SUBFLOW_ATTR_TOKEN_LOC => {
                    SubflowAttributeBuilder::new(w).token_loc(value::u32(&a))?;
                }
                MPTCP_SUBFLOW_ATTR_RELWRITE_SEQ
                    if a.raw_kind() == MPTCP_SUBFLOW_ATTR_RELWRITE_SEQ =>
                {
                    SubflowAttributeBuilder::new(w).relwrite_seq(value::u32(&a))?;
                }
                MPTCP_SUBFLOW_ATTR_MAP_SEQ if a.raw_kind() == MPTCP_SUBFLOW_ATTR_MAP_SEQ => {
                    SubflowAttributeBuilder::new(w).map_seq(value::u64(&a))?;
                }
                MPTCP_SUBFLOW_ATTR_MAP_SFSEQ if a.raw_kind() == MPTCP_SUBFLOW_ATTR_MAP_SFSEQ => {
                    SubflowAttributeBuilder::new(w).map_sfseq(value::u32(&a))?;
                }
                MPTCP_SUBFLOW_ATTR_SSN_OFFSET if a.raw_kind() == MPTCP_SUBFLOW_ATTR_SSN_OFFSET => {
                    SubflowAttributeBuilder::new(w).ssn_offset(value::u32(&a))?;
                }
                MPTCP_SUBFLOW_ATTR_MAP_DATALEN
                    if a.raw_kind() == MPTCP_SUBFLOW_ATTR_MAP_DATALEN =>
                {
                    SubflowAttributeBuilder::new(w).map_datalen(value::u16(&a))?;
                }
                MPTCP_SUBFLOW_ATTR_FLAGS if a.raw_kind() == MPTCP_SUBFLOW_ATTR_FLAGS => {
                    SubflowAttributeBuilder::new(w).flags(value::u32(&a))?;
                }
                MPTCP_SUBFLOW_ATTR_ID_REM if a.raw_kind() == MPTCP_SUBFLOW_ATTR_ID_REM => {
                    SubflowAttributeBuilder::new(w).id_rem(value::u8(&a))?;
                }
                MPTCP_SUBFLOW_ATTR_ID_LOC if a.raw_kind() == MPTCP_SUBFLOW_ATTR_ID_LOC => {
                    SubflowAttributeBuilder::new(w).id_loc(value::u8(&a))?;
                }
                MPTCP_SUBFLOW_ATTR_PAD if a.raw_kind() == MPTCP_SUBFLOW_ATTR_PAD => raw(w, &a)?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Endpoint`] checks of each attribute, from the descriptors.
static ENDPOINT_CHECKS: [Check; 2] = Check::table(&tables::ENDPOINT);

/// The `endpoint` attributes of `mptcp_pm`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Endpoint<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for Endpoint<'a> {
    const SET: &'static AttrSet = &tables::ENDPOINT;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ENDPOINT_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ENDPOINT_CHECKS, attrs)
    }
}

impl<'a> Endpoint<'a> {
    /// Indexes and checks a block of `endpoint` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `MPTCP_PM_ENDPOINT_ADDR`
    #[inline]
    pub fn addr(&self) -> Result<Option<Address<'a>>, Error> {
        self.0.nest(MPTCP_PM_ENDPOINT_ADDR)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                MPTCP_PM_ENDPOINT_ADDR => {
                    nest_like(w, &a, |w| Address::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`AttrAttrs`] checks of each attribute, from the descriptors.
static ATTR_CHECKS: [Check; 7] = Check::table(&tables::ATTR);

/// The `attr` attributes of `mptcp_pm`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct AttrAttrs<'a>(Table<'a, 7>);

impl<'a> AttrView<'a> for AttrAttrs<'a> {
    const SET: &'static AttrSet = &tables::ATTR;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ATTR_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ATTR_CHECKS, attrs)
    }
}

impl<'a> AttrAttrs<'a> {
    /// Indexes and checks a block of `attr` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 7> {
        &self.0
    }

    /// `MPTCP_PM_ATTR_ADDR`
    #[inline]
    pub fn addr(&self) -> Result<Option<Address<'a>>, Error> {
        self.0.nest(MPTCP_PM_ATTR_ADDR)
    }

    /// `MPTCP_PM_ATTR_RCV_ADD_ADDRS`
    #[inline]
    pub fn rcv_add_addrs(&self) -> Option<u32> {
        self.0.u32(MPTCP_PM_ATTR_RCV_ADD_ADDRS)
    }

    /// `MPTCP_PM_ATTR_SUBFLOWS`
    #[inline]
    pub fn subflows(&self) -> Option<u32> {
        self.0.u32(MPTCP_PM_ATTR_SUBFLOWS)
    }

    /// `MPTCP_PM_ATTR_TOKEN`
    #[inline]
    pub fn token(&self) -> Option<u32> {
        self.0.u32(MPTCP_PM_ATTR_TOKEN)
    }

    /// `MPTCP_PM_ATTR_LOC_ID`
    #[inline]
    pub fn loc_id(&self) -> Option<u8> {
        self.0.u8(MPTCP_PM_ATTR_LOC_ID)
    }

    /// `MPTCP_PM_ATTR_ADDR_REMOTE`
    #[inline]
    pub fn addr_remote(&self) -> Result<Option<Address<'a>>, Error> {
        self.0.nest(MPTCP_PM_ATTR_ADDR_REMOTE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                MPTCP_PM_ATTR_UNSPEC if a.raw_kind() == MPTCP_PM_ATTR_UNSPEC => raw(w, &a)?,
                MPTCP_PM_ATTR_ADDR => {
                    nest_like(w, &a, |w| Address::parse(a.nested())?.write_to(w))?
                }
                MPTCP_PM_ATTR_RCV_ADD_ADDRS if a.raw_kind() == MPTCP_PM_ATTR_RCV_ADD_ADDRS => {
                    AttrAttrsBuilder::new(w).rcv_add_addrs(value::u32(&a))?;
                }
                MPTCP_PM_ATTR_SUBFLOWS if a.raw_kind() == MPTCP_PM_ATTR_SUBFLOWS => {
                    AttrAttrsBuilder::new(w).subflows(value::u32(&a))?;
                }
                MPTCP_PM_ATTR_TOKEN if a.raw_kind() == MPTCP_PM_ATTR_TOKEN => {
                    AttrAttrsBuilder::new(w).token(value::u32(&a))?;
                }
                MPTCP_PM_ATTR_LOC_ID if a.raw_kind() == MPTCP_PM_ATTR_LOC_ID => {
                    AttrAttrsBuilder::new(w).loc_id(value::u8(&a))?;
                }
                MPTCP_PM_ATTR_ADDR_REMOTE => {
                    nest_like(w, &a, |w| Address::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`EventAttr`] checks of each attribute, from the descriptors.
static EVENT_ATTR_CHECKS: [Check; 19] = Check::table(&tables::EVENT_ATTR);

/// The `event-attr` attributes of `mptcp_pm`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct EventAttr<'a>(Table<'a, 19>);

impl<'a> AttrView<'a> for EventAttr<'a> {
    const SET: &'static AttrSet = &tables::EVENT_ATTR;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &EVENT_ATTR_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&EVENT_ATTR_CHECKS, attrs)
    }
}

impl<'a> EventAttr<'a> {
    /// Indexes and checks a block of `event-attr` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 19> {
        &self.0
    }

    /// `MPTCP_ATTR_TOKEN`
    #[inline]
    pub fn token(&self) -> Option<u32> {
        self.0.u32(MPTCP_ATTR_TOKEN)
    }

    /// `MPTCP_ATTR_FAMILY`
    #[inline]
    pub fn family(&self) -> Option<u16> {
        self.0.u16(MPTCP_ATTR_FAMILY)
    }

    /// `MPTCP_ATTR_LOC_ID`
    #[inline]
    pub fn loc_id(&self) -> Option<u8> {
        self.0.u8(MPTCP_ATTR_LOC_ID)
    }

    /// `MPTCP_ATTR_REM_ID`
    #[inline]
    pub fn rem_id(&self) -> Option<u8> {
        self.0.u8(MPTCP_ATTR_REM_ID)
    }

    /// `MPTCP_ATTR_SADDR4`
    #[inline]
    pub fn saddr4(&self) -> Option<u32> {
        self.0.u32_be(MPTCP_ATTR_SADDR4)
    }

    /// `MPTCP_ATTR_SADDR6`
    #[inline]
    pub fn saddr6(&self) -> Option<&'a [u8]> {
        self.0.bytes(MPTCP_ATTR_SADDR6)
    }

    /// `MPTCP_ATTR_DADDR4`
    #[inline]
    pub fn daddr4(&self) -> Option<u32> {
        self.0.u32_be(MPTCP_ATTR_DADDR4)
    }

    /// `MPTCP_ATTR_DADDR6`
    #[inline]
    pub fn daddr6(&self) -> Option<&'a [u8]> {
        self.0.bytes(MPTCP_ATTR_DADDR6)
    }

    /// `MPTCP_ATTR_SPORT`
    #[inline]
    pub fn sport(&self) -> Option<u16> {
        self.0.u16_be(MPTCP_ATTR_SPORT)
    }

    /// `MPTCP_ATTR_DPORT`
    #[inline]
    pub fn dport(&self) -> Option<u16> {
        self.0.u16_be(MPTCP_ATTR_DPORT)
    }

    /// `MPTCP_ATTR_BACKUP`
    #[inline]
    pub fn backup(&self) -> Option<u8> {
        self.0.u8(MPTCP_ATTR_BACKUP)
    }

    /// `MPTCP_ATTR_ERROR`
    #[inline]
    pub fn error(&self) -> Option<u8> {
        self.0.u8(MPTCP_ATTR_ERROR)
    }

    /// `MPTCP_ATTR_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<u16> {
        self.0.u16(MPTCP_ATTR_FLAGS)
    }

    /// `MPTCP_ATTR_TIMEOUT`
    #[inline]
    pub fn timeout(&self) -> Option<u32> {
        self.0.u32(MPTCP_ATTR_TIMEOUT)
    }

    /// `MPTCP_ATTR_IF_IDX`
    #[inline]
    pub fn if_idx(&self) -> Option<i32> {
        self.0.i32(MPTCP_ATTR_IF_IDX)
    }

    /// `MPTCP_ATTR_RESET_REASON`
    #[inline]
    pub fn reset_reason(&self) -> Option<u32> {
        self.0.u32(MPTCP_ATTR_RESET_REASON)
    }

    /// `MPTCP_ATTR_RESET_FLAGS`
    #[inline]
    pub fn reset_flags(&self) -> Option<u32> {
        self.0.u32(MPTCP_ATTR_RESET_FLAGS)
    }

    /// `MPTCP_ATTR_SERVER_SIDE`: Deprecated: use 'flags'
    #[inline]
    pub fn server_side(&self) -> Option<u8> {
        self.0.u8(MPTCP_ATTR_SERVER_SIDE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                MPTCP_ATTR_UNSPEC if a.raw_kind() == MPTCP_ATTR_UNSPEC => raw(w, &a)?,
                MPTCP_ATTR_TOKEN if a.raw_kind() == MPTCP_ATTR_TOKEN => {
                    EventAttrBuilder::new(w).token(value::u32(&a))?;
                }
                MPTCP_ATTR_FAMILY if a.raw_kind() == MPTCP_ATTR_FAMILY => {
                    EventAttrBuilder::new(w).family(value::u16(&a))?;
                }
                MPTCP_ATTR_LOC_ID if a.raw_kind() == MPTCP_ATTR_LOC_ID => {
                    EventAttrBuilder::new(w).loc_id(value::u8(&a))?;
                }
                MPTCP_ATTR_REM_ID if a.raw_kind() == MPTCP_ATTR_REM_ID => {
                    EventAttrBuilder::new(w).rem_id(value::u8(&a))?;
                }
                MPTCP_ATTR_SADDR4 if a.raw_kind() == MPTCP_ATTR_SADDR4 => {
                    EventAttrBuilder::new(w).saddr4(value::u32_be(&a))?;
                }
                MPTCP_ATTR_SADDR6 if a.raw_kind() == MPTCP_ATTR_SADDR6 => {
                    EventAttrBuilder::new(w).saddr6(a.value())?;
                }
                MPTCP_ATTR_DADDR4 if a.raw_kind() == MPTCP_ATTR_DADDR4 => {
                    EventAttrBuilder::new(w).daddr4(value::u32_be(&a))?;
                }
                MPTCP_ATTR_DADDR6 if a.raw_kind() == MPTCP_ATTR_DADDR6 => {
                    EventAttrBuilder::new(w).daddr6(a.value())?;
                }
                MPTCP_ATTR_SPORT if a.raw_kind() == MPTCP_ATTR_SPORT => {
                    EventAttrBuilder::new(w).sport(value::u16_be(&a))?;
                }
                MPTCP_ATTR_DPORT if a.raw_kind() == MPTCP_ATTR_DPORT => {
                    EventAttrBuilder::new(w).dport(value::u16_be(&a))?;
                }
                MPTCP_ATTR_BACKUP if a.raw_kind() == MPTCP_ATTR_BACKUP => {
                    EventAttrBuilder::new(w).backup(value::u8(&a))?;
                }
                MPTCP_ATTR_ERROR if a.raw_kind() == MPTCP_ATTR_ERROR => {
                    EventAttrBuilder::new(w).error(value::u8(&a))?;
                }
                MPTCP_ATTR_FLAGS if a.raw_kind() == MPTCP_ATTR_FLAGS => {
                    EventAttrBuilder::new(w).flags(value::u16(&a))?;
                }
                MPTCP_ATTR_TIMEOUT if a.raw_kind() == MPTCP_ATTR_TIMEOUT => {
                    EventAttrBuilder::new(w).timeout(value::u32(&a))?;
                }
                MPTCP_ATTR_IF_IDX if a.raw_kind() == MPTCP_ATTR_IF_IDX => {
                    EventAttrBuilder::new(w).if_idx(value::i32(&a))?;
                }
                MPTCP_ATTR_RESET_REASON if a.raw_kind() == MPTCP_ATTR_RESET_REASON => {
                    EventAttrBuilder::new(w).reset_reason(value::u32(&a))?;
                }
                MPTCP_ATTR_RESET_FLAGS if a.raw_kind() == MPTCP_ATTR_RESET_FLAGS => {
                    EventAttrBuilder::new(w).reset_flags(value::u32(&a))?;
                }
                MPTCP_ATTR_SERVER_SIDE if a.raw_kind() == MPTCP_ATTR_SERVER_SIDE => {
                    EventAttrBuilder::new(w).server_side(value::u8(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// Every attribute set of `mptcp_pm` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 5] = [
    SetRoundtrip {
        set: &tables::ADDRESS,
        run: |attrs, w| Address::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::SUBFLOW_ATTRIBUTE,
        run: |attrs, w| SubflowAttribute::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ENDPOINT,
        run: |attrs, w| Endpoint::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ATTR,
        run: |attrs, w| AttrAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::EVENT_ATTR,
        run: |attrs, w| EventAttr::parse(attrs)?.write_to(w),
    },
];
