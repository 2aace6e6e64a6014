//! Typed views of `ethtool`: one per attribute set, parsed in one pass into a table, with
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

/// What [`Header`] checks of each attribute, from the descriptors.
static HEADER_CHECKS: [Check; 5] = Check::table(&tables::HEADER);

/// The `header` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Header<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for Header<'a> {
    const SET: &'static AttrSet = &tables::HEADER;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &HEADER_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&HEADER_CHECKS, attrs)
    }
}

impl<'a> Header<'a> {
    /// Indexes and checks a block of `header` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `ETHTOOL_A_HEADER_DEV_INDEX`
    #[inline]
    pub fn dev_index(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_HEADER_DEV_INDEX)
    }

    /// `ETHTOOL_A_HEADER_DEV_NAME`
    #[inline]
    pub fn dev_name(&self) -> Option<&'a str> {
        self.0.str(ETHTOOL_A_HEADER_DEV_NAME)
    }

    /// `ETHTOOL_A_HEADER_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<HeaderFlags> {
        self.0.u32(ETHTOOL_A_HEADER_FLAGS).map(HeaderFlags)
    }

    /// `ETHTOOL_A_HEADER_PHY_INDEX`
    #[inline]
    pub fn phy_index(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_HEADER_PHY_INDEX)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_HEADER_UNSPEC if a.raw_kind() == ETHTOOL_A_HEADER_UNSPEC => raw(w, &a)?,
                ETHTOOL_A_HEADER_DEV_INDEX if a.raw_kind() == ETHTOOL_A_HEADER_DEV_INDEX => {
                    HeaderBuilder::new(w).dev_index(value::u32(&a))?;
                }
                ETHTOOL_A_HEADER_DEV_NAME if a.raw_kind() == ETHTOOL_A_HEADER_DEV_NAME => {
                    HeaderBuilder::new(w).dev_name(value::str(&a))?;
                }
                ETHTOOL_A_HEADER_FLAGS if a.raw_kind() == ETHTOOL_A_HEADER_FLAGS => {
                    HeaderBuilder::new(w).flags(HeaderFlags(value::u32(&a)))?;
                }
                ETHTOOL_A_HEADER_PHY_INDEX if a.raw_kind() == ETHTOOL_A_HEADER_PHY_INDEX => {
                    HeaderBuilder::new(w).phy_index(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`BitsetBit`] checks of each attribute, from the descriptors.
static BITSET_BIT_CHECKS: [Check; 4] = Check::table(&tables::BITSET_BIT);

/// The `bitset-bit` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct BitsetBit<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for BitsetBit<'a> {
    const SET: &'static AttrSet = &tables::BITSET_BIT;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &BITSET_BIT_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&BITSET_BIT_CHECKS, attrs)
    }
}

impl<'a> BitsetBit<'a> {
    /// Indexes and checks a block of `bitset-bit` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `ETHTOOL_A_BITSET_BIT_INDEX`
    #[inline]
    pub fn index(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_BITSET_BIT_INDEX)
    }

    /// `ETHTOOL_A_BITSET_BIT_NAME`
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(ETHTOOL_A_BITSET_BIT_NAME)
    }

    /// `ETHTOOL_A_BITSET_BIT_VALUE`
    #[inline]
    pub fn value(&self) -> bool {
        self.0.flag(ETHTOOL_A_BITSET_BIT_VALUE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_BITSET_BIT_UNSPEC if a.raw_kind() == ETHTOOL_A_BITSET_BIT_UNSPEC => {
                    raw(w, &a)?
                }
                ETHTOOL_A_BITSET_BIT_INDEX if a.raw_kind() == ETHTOOL_A_BITSET_BIT_INDEX => {
                    BitsetBitBuilder::new(w).index(value::u32(&a))?;
                }
                ETHTOOL_A_BITSET_BIT_NAME if a.raw_kind() == ETHTOOL_A_BITSET_BIT_NAME => {
                    BitsetBitBuilder::new(w).name(value::str(&a))?;
                }
                ETHTOOL_A_BITSET_BIT_VALUE if a.raw_kind() == ETHTOOL_A_BITSET_BIT_VALUE => {
                    if a.value().is_empty() {
                        BitsetBitBuilder::new(w).value()?;
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

/// What [`BitsetBits`] checks of each attribute, from the descriptors.
static BITSET_BITS_CHECKS: [Check; 2] = Check::table(&tables::BITSET_BITS);

/// The `bitset-bits` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct BitsetBits<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for BitsetBits<'a> {
    const SET: &'static AttrSet = &tables::BITSET_BITS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &BITSET_BITS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&BITSET_BITS_CHECKS, attrs)
    }
}

impl<'a> BitsetBits<'a> {
    /// Indexes and checks a block of `bitset-bits` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `ETHTOOL_A_BITSET_BITS_BIT`
    #[inline]
    pub fn bit(&self) -> impl Iterator<Item = Result<BitsetBit<'a>, Error>> + 'a {
        self.0
            .all(ETHTOOL_A_BITSET_BITS_BIT)
            .map(|a| BitsetBit::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_BITSET_BITS_UNSPEC if a.raw_kind() == ETHTOOL_A_BITSET_BITS_UNSPEC => {
                    raw(w, &a)?
                }
                ETHTOOL_A_BITSET_BITS_BIT => {
                    nest_like(w, &a, |w| BitsetBit::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Bitset`] checks of each attribute, from the descriptors.
static BITSET_CHECKS: [Check; 6] = Check::table(&tables::BITSET);

/// The `bitset` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Bitset<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for Bitset<'a> {
    const SET: &'static AttrSet = &tables::BITSET;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &BITSET_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&BITSET_CHECKS, attrs)
    }
}

impl<'a> Bitset<'a> {
    /// Indexes and checks a block of `bitset` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `ETHTOOL_A_BITSET_NOMASK`
    #[inline]
    pub fn nomask(&self) -> bool {
        self.0.flag(ETHTOOL_A_BITSET_NOMASK)
    }

    /// `ETHTOOL_A_BITSET_SIZE`
    #[inline]
    pub fn size(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_BITSET_SIZE)
    }

    /// `ETHTOOL_A_BITSET_BITS`
    #[inline]
    pub fn bits(&self) -> Result<Option<BitsetBits<'a>>, Error> {
        self.0.nest(ETHTOOL_A_BITSET_BITS)
    }

    /// `ETHTOOL_A_BITSET_VALUE`
    #[inline]
    pub fn value(&self) -> Option<&'a [u8]> {
        self.0.bytes(ETHTOOL_A_BITSET_VALUE)
    }

    /// `ETHTOOL_A_BITSET_MASK`
    #[inline]
    pub fn mask(&self) -> Option<&'a [u8]> {
        self.0.bytes(ETHTOOL_A_BITSET_MASK)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_BITSET_UNSPEC if a.raw_kind() == ETHTOOL_A_BITSET_UNSPEC => raw(w, &a)?,
                ETHTOOL_A_BITSET_NOMASK if a.raw_kind() == ETHTOOL_A_BITSET_NOMASK => {
                    if a.value().is_empty() {
                        BitsetBuilder::new(w).nomask()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                ETHTOOL_A_BITSET_SIZE if a.raw_kind() == ETHTOOL_A_BITSET_SIZE => {
                    BitsetBuilder::new(w).size(value::u32(&a))?;
                }
                ETHTOOL_A_BITSET_BITS => {
                    nest_like(w, &a, |w| BitsetBits::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_BITSET_VALUE if a.raw_kind() == ETHTOOL_A_BITSET_VALUE => {
                    BitsetBuilder::new(w).value(a.value())?;
                }
                ETHTOOL_A_BITSET_MASK if a.raw_kind() == ETHTOOL_A_BITSET_MASK => {
                    BitsetBuilder::new(w).mask(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`StringAttrs`] checks of each attribute, from the descriptors.
static STRING_CHECKS: [Check; 3] = Check::table(&tables::STRING);

/// The `string` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct StringAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for StringAttrs<'a> {
    const SET: &'static AttrSet = &tables::STRING;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &STRING_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&STRING_CHECKS, attrs)
    }
}

impl<'a> StringAttrs<'a> {
    /// Indexes and checks a block of `string` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `ETHTOOL_A_STRING_INDEX`
    #[inline]
    pub fn index(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_STRING_INDEX)
    }

    /// `ETHTOOL_A_STRING_VALUE`
    #[inline]
    pub fn value(&self) -> Option<&'a str> {
        self.0.str(ETHTOOL_A_STRING_VALUE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_STRING_UNSPEC if a.raw_kind() == ETHTOOL_A_STRING_UNSPEC => raw(w, &a)?,
                ETHTOOL_A_STRING_INDEX if a.raw_kind() == ETHTOOL_A_STRING_INDEX => {
                    StringAttrsBuilder::new(w).index(value::u32(&a))?;
                }
                ETHTOOL_A_STRING_VALUE if a.raw_kind() == ETHTOOL_A_STRING_VALUE => {
                    StringAttrsBuilder::new(w).value(value::str(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Strings`] checks of each attribute, from the descriptors.
static STRINGS_CHECKS: [Check; 2] = Check::table(&tables::STRINGS);

/// The `strings` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Strings<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for Strings<'a> {
    const SET: &'static AttrSet = &tables::STRINGS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &STRINGS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&STRINGS_CHECKS, attrs)
    }
}

impl<'a> Strings<'a> {
    /// Indexes and checks a block of `strings` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `ETHTOOL_A_STRINGS_STRING`
    #[inline]
    pub fn string(&self) -> impl Iterator<Item = Result<StringAttrs<'a>, Error>> + 'a {
        self.0
            .all(ETHTOOL_A_STRINGS_STRING)
            .map(|a| StringAttrs::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_STRINGS_UNSPEC if a.raw_kind() == ETHTOOL_A_STRINGS_UNSPEC => raw(w, &a)?,
                ETHTOOL_A_STRINGS_STRING => {
                    nest_like(w, &a, |w| StringAttrs::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`StringsetAttrs`] checks of each attribute, from the descriptors.
static STRINGSET_SET_CHECKS: [Check; 4] = Check::table(&tables::STRINGSET_SET);

/// The `stringset` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct StringsetAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for StringsetAttrs<'a> {
    const SET: &'static AttrSet = &tables::STRINGSET_SET;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &STRINGSET_SET_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&STRINGSET_SET_CHECKS, attrs)
    }
}

impl<'a> StringsetAttrs<'a> {
    /// Indexes and checks a block of `stringset` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `ETHTOOL_A_STRINGSET_ID`
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_STRINGSET_ID)
    }

    /// `ETHTOOL_A_STRINGSET_COUNT`
    #[inline]
    pub fn count(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_STRINGSET_COUNT)
    }

    /// `ETHTOOL_A_STRINGSET_STRINGS`
    #[inline]
    pub fn strings(&self) -> impl Iterator<Item = Result<Strings<'a>, Error>> + 'a {
        self.0
            .all(ETHTOOL_A_STRINGSET_STRINGS)
            .map(|a| Strings::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_STRINGSET_UNSPEC if a.raw_kind() == ETHTOOL_A_STRINGSET_UNSPEC => {
                    raw(w, &a)?
                }
                ETHTOOL_A_STRINGSET_ID if a.raw_kind() == ETHTOOL_A_STRINGSET_ID => {
                    StringsetAttrsBuilder::new(w).id(value::u32(&a))?;
                }
                ETHTOOL_A_STRINGSET_COUNT if a.raw_kind() == ETHTOOL_A_STRINGSET_COUNT => {
                    StringsetAttrsBuilder::new(w).count(value::u32(&a))?;
                }
                ETHTOOL_A_STRINGSET_STRINGS => {
                    nest_like(w, &a, |w| Strings::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Stringsets`] checks of each attribute, from the descriptors.
static STRINGSETS_CHECKS: [Check; 2] = Check::table(&tables::STRINGSETS);

/// The `stringsets` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Stringsets<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for Stringsets<'a> {
    const SET: &'static AttrSet = &tables::STRINGSETS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &STRINGSETS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&STRINGSETS_CHECKS, attrs)
    }
}

impl<'a> Stringsets<'a> {
    /// Indexes and checks a block of `stringsets` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `ETHTOOL_A_STRINGSETS_STRINGSET`
    #[inline]
    pub fn stringset(&self) -> impl Iterator<Item = Result<StringsetAttrs<'a>, Error>> + 'a {
        self.0
            .all(ETHTOOL_A_STRINGSETS_STRINGSET)
            .map(|a| StringsetAttrs::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_STRINGSETS_UNSPEC if a.raw_kind() == ETHTOOL_A_STRINGSETS_UNSPEC => {
                    raw(w, &a)?
                }
                ETHTOOL_A_STRINGSETS_STRINGSET => {
                    nest_like(w, &a, |w| StringsetAttrs::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Strset`] checks of each attribute, from the descriptors.
static STRSET_CHECKS: [Check; 4] = Check::table(&tables::STRSET);

/// The `strset` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Strset<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for Strset<'a> {
    const SET: &'static AttrSet = &tables::STRSET;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &STRSET_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&STRSET_CHECKS, attrs)
    }
}

impl<'a> Strset<'a> {
    /// Indexes and checks a block of `strset` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `ETHTOOL_A_STRSET_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_STRSET_HEADER)
    }

    /// `ETHTOOL_A_STRSET_STRINGSETS`
    #[inline]
    pub fn stringsets(&self) -> Result<Option<Stringsets<'a>>, Error> {
        self.0.nest(ETHTOOL_A_STRSET_STRINGSETS)
    }

    /// `ETHTOOL_A_STRSET_COUNTS_ONLY`
    #[inline]
    pub fn counts_only(&self) -> bool {
        self.0.flag(ETHTOOL_A_STRSET_COUNTS_ONLY)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_STRSET_UNSPEC if a.raw_kind() == ETHTOOL_A_STRSET_UNSPEC => raw(w, &a)?,
                ETHTOOL_A_STRSET_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_STRSET_STRINGSETS => {
                    nest_like(w, &a, |w| Stringsets::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_STRSET_COUNTS_ONLY if a.raw_kind() == ETHTOOL_A_STRSET_COUNTS_ONLY => {
                    if a.value().is_empty() {
                        StrsetBuilder::new(w).counts_only()?;
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

/// What [`Privflags`] checks of each attribute, from the descriptors.
static PRIVFLAGS_CHECKS: [Check; 3] = Check::table(&tables::PRIVFLAGS);

/// The `privflags` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Privflags<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for Privflags<'a> {
    const SET: &'static AttrSet = &tables::PRIVFLAGS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PRIVFLAGS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PRIVFLAGS_CHECKS, attrs)
    }
}

impl<'a> Privflags<'a> {
    /// Indexes and checks a block of `privflags` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `ETHTOOL_A_PRIVFLAGS_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_PRIVFLAGS_HEADER)
    }

    /// `ETHTOOL_A_PRIVFLAGS_FLAGS`
    #[inline]
    pub fn flags(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_PRIVFLAGS_FLAGS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_PRIVFLAGS_UNSPEC if a.raw_kind() == ETHTOOL_A_PRIVFLAGS_UNSPEC => {
                    raw(w, &a)?
                }
                ETHTOOL_A_PRIVFLAGS_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_PRIVFLAGS_FLAGS => {
                    nest_like(w, &a, |w| Bitset::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Rings`] checks of each attribute, from the descriptors.
static RINGS_CHECKS: [Check; 19] = Check::table(&tables::RINGS);

/// The `rings` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Rings<'a>(Table<'a, 19>);

impl<'a> AttrView<'a> for Rings<'a> {
    const SET: &'static AttrSet = &tables::RINGS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &RINGS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&RINGS_CHECKS, attrs)
    }
}

impl<'a> Rings<'a> {
    /// Indexes and checks a block of `rings` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 19> {
        &self.0
    }

    /// `ETHTOOL_A_RINGS_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_RINGS_HEADER)
    }

    /// `ETHTOOL_A_RINGS_RX_MAX`
    #[inline]
    pub fn rx_max(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RINGS_RX_MAX)
    }

    /// `ETHTOOL_A_RINGS_RX_MINI_MAX`
    #[inline]
    pub fn rx_mini_max(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RINGS_RX_MINI_MAX)
    }

    /// `ETHTOOL_A_RINGS_RX_JUMBO_MAX`
    #[inline]
    pub fn rx_jumbo_max(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RINGS_RX_JUMBO_MAX)
    }

    /// `ETHTOOL_A_RINGS_TX_MAX`
    #[inline]
    pub fn tx_max(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RINGS_TX_MAX)
    }

    /// `ETHTOOL_A_RINGS_RX`
    #[inline]
    pub fn rx(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RINGS_RX)
    }

    /// `ETHTOOL_A_RINGS_RX_MINI`
    #[inline]
    pub fn rx_mini(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RINGS_RX_MINI)
    }

    /// `ETHTOOL_A_RINGS_RX_JUMBO`
    #[inline]
    pub fn rx_jumbo(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RINGS_RX_JUMBO)
    }

    /// `ETHTOOL_A_RINGS_TX`
    #[inline]
    pub fn tx(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RINGS_TX)
    }

    /// `ETHTOOL_A_RINGS_RX_BUF_LEN`
    #[inline]
    pub fn rx_buf_len(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RINGS_RX_BUF_LEN)
    }

    /// `ETHTOOL_A_RINGS_TCP_DATA_SPLIT`
    #[inline]
    pub fn tcp_data_split(&self) -> Option<TcpDataSplit> {
        self.0
            .u8(ETHTOOL_A_RINGS_TCP_DATA_SPLIT)
            .map(|v| TcpDataSplit::from_value(v as u32))
    }

    /// `ETHTOOL_A_RINGS_CQE_SIZE`
    #[inline]
    pub fn cqe_size(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RINGS_CQE_SIZE)
    }

    /// `ETHTOOL_A_RINGS_TX_PUSH`
    #[inline]
    pub fn tx_push(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_RINGS_TX_PUSH)
    }

    /// `ETHTOOL_A_RINGS_RX_PUSH`
    #[inline]
    pub fn rx_push(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_RINGS_RX_PUSH)
    }

    /// `ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN`
    #[inline]
    pub fn tx_push_buf_len(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN)
    }

    /// `ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN_MAX`
    #[inline]
    pub fn tx_push_buf_len_max(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN_MAX)
    }

    /// `ETHTOOL_A_RINGS_HDS_THRESH`
    #[inline]
    pub fn hds_thresh(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RINGS_HDS_THRESH)
    }

    /// `ETHTOOL_A_RINGS_HDS_THRESH_MAX`
    #[inline]
    pub fn hds_thresh_max(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RINGS_HDS_THRESH_MAX)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_RINGS_UNSPEC if a.raw_kind() == ETHTOOL_A_RINGS_UNSPEC => raw(w, &a)?,
                ETHTOOL_A_RINGS_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_RINGS_RX_MAX if a.raw_kind() == ETHTOOL_A_RINGS_RX_MAX => {
                    RingsBuilder::new(w).rx_max(value::u32(&a))?;
                }
                ETHTOOL_A_RINGS_RX_MINI_MAX if a.raw_kind() == ETHTOOL_A_RINGS_RX_MINI_MAX => {
                    RingsBuilder::new(w).rx_mini_max(value::u32(&a))?;
                }
                ETHTOOL_A_RINGS_RX_JUMBO_MAX if a.raw_kind() == ETHTOOL_A_RINGS_RX_JUMBO_MAX => {
                    RingsBuilder::new(w).rx_jumbo_max(value::u32(&a))?;
                }
                ETHTOOL_A_RINGS_TX_MAX if a.raw_kind() == ETHTOOL_A_RINGS_TX_MAX => {
                    RingsBuilder::new(w).tx_max(value::u32(&a))?;
                }
                ETHTOOL_A_RINGS_RX if a.raw_kind() == ETHTOOL_A_RINGS_RX => {
                    RingsBuilder::new(w).rx(value::u32(&a))?;
                }
                ETHTOOL_A_RINGS_RX_MINI if a.raw_kind() == ETHTOOL_A_RINGS_RX_MINI => {
                    RingsBuilder::new(w).rx_mini(value::u32(&a))?;
                }
                ETHTOOL_A_RINGS_RX_JUMBO if a.raw_kind() == ETHTOOL_A_RINGS_RX_JUMBO => {
                    RingsBuilder::new(w).rx_jumbo(value::u32(&a))?;
                }
                ETHTOOL_A_RINGS_TX if a.raw_kind() == ETHTOOL_A_RINGS_TX => {
                    RingsBuilder::new(w).tx(value::u32(&a))?;
                }
                ETHTOOL_A_RINGS_RX_BUF_LEN if a.raw_kind() == ETHTOOL_A_RINGS_RX_BUF_LEN => {
                    RingsBuilder::new(w).rx_buf_len(value::u32(&a))?;
                }
                ETHTOOL_A_RINGS_TCP_DATA_SPLIT
                    if a.raw_kind() == ETHTOOL_A_RINGS_TCP_DATA_SPLIT =>
                {
                    RingsBuilder::new(w)
                        .tcp_data_split(TcpDataSplit::from_value(value::u8(&a) as u32))?;
                }
                ETHTOOL_A_RINGS_CQE_SIZE if a.raw_kind() == ETHTOOL_A_RINGS_CQE_SIZE => {
                    RingsBuilder::new(w).cqe_size(value::u32(&a))?;
                }
                ETHTOOL_A_RINGS_TX_PUSH if a.raw_kind() == ETHTOOL_A_RINGS_TX_PUSH => {
                    RingsBuilder::new(w).tx_push(value::u8(&a))?;
                }
                ETHTOOL_A_RINGS_RX_PUSH if a.raw_kind() == ETHTOOL_A_RINGS_RX_PUSH => {
                    RingsBuilder::new(w).rx_push(value::u8(&a))?;
                }
                ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN
                    if a.raw_kind() == ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN =>
                {
                    RingsBuilder::new(w).tx_push_buf_len(value::u32(&a))?;
                }
                ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN_MAX
                    if a.raw_kind() == ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN_MAX =>
                {
                    RingsBuilder::new(w).tx_push_buf_len_max(value::u32(&a))?;
                }
                ETHTOOL_A_RINGS_HDS_THRESH if a.raw_kind() == ETHTOOL_A_RINGS_HDS_THRESH => {
                    RingsBuilder::new(w).hds_thresh(value::u32(&a))?;
                }
                ETHTOOL_A_RINGS_HDS_THRESH_MAX
                    if a.raw_kind() == ETHTOOL_A_RINGS_HDS_THRESH_MAX =>
                {
                    RingsBuilder::new(w).hds_thresh_max(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`MmStat`] checks of each attribute, from the descriptors.
static MM_STAT_CHECKS: [Check; 8] = Check::table(&tables::MM_STAT);

/// MAC Merge (802.3)
#[derive(Debug, Clone)]
pub struct MmStat<'a>(Table<'a, 8>);

impl<'a> AttrView<'a> for MmStat<'a> {
    const SET: &'static AttrSet = &tables::MM_STAT;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &MM_STAT_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&MM_STAT_CHECKS, attrs)
    }
}

impl<'a> MmStat<'a> {
    /// Indexes and checks a block of `mm-stat` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 8> {
        &self.0
    }

    /// `ETHTOOL_A_MM_STAT_REASSEMBLY_ERRORS`: aMACMergeFrameAssErrorCount
    #[inline]
    pub fn reassembly_errors(&self) -> Option<u64> {
        self.0.u64(ETHTOOL_A_MM_STAT_REASSEMBLY_ERRORS)
    }

    /// `ETHTOOL_A_MM_STAT_SMD_ERRORS`: aMACMergeFrameSmdErrorCount
    #[inline]
    pub fn smd_errors(&self) -> Option<u64> {
        self.0.u64(ETHTOOL_A_MM_STAT_SMD_ERRORS)
    }

    /// `ETHTOOL_A_MM_STAT_REASSEMBLY_OK`: aMACMergeFrameAssOkCount
    #[inline]
    pub fn reassembly_ok(&self) -> Option<u64> {
        self.0.u64(ETHTOOL_A_MM_STAT_REASSEMBLY_OK)
    }

    /// `ETHTOOL_A_MM_STAT_RX_FRAG_COUNT`: aMACMergeFragCountRx
    #[inline]
    pub fn rx_frag_count(&self) -> Option<u64> {
        self.0.u64(ETHTOOL_A_MM_STAT_RX_FRAG_COUNT)
    }

    /// `ETHTOOL_A_MM_STAT_TX_FRAG_COUNT`: aMACMergeFragCountTx
    #[inline]
    pub fn tx_frag_count(&self) -> Option<u64> {
        self.0.u64(ETHTOOL_A_MM_STAT_TX_FRAG_COUNT)
    }

    /// `ETHTOOL_A_MM_STAT_HOLD_COUNT`: aMACMergeHoldCount
    #[inline]
    pub fn hold_count(&self) -> Option<u64> {
        self.0.u64(ETHTOOL_A_MM_STAT_HOLD_COUNT)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_MM_STAT_UNSPEC if a.raw_kind() == ETHTOOL_A_MM_STAT_UNSPEC => raw(w, &a)?,
                ETHTOOL_A_MM_STAT_PAD if a.raw_kind() == ETHTOOL_A_MM_STAT_PAD => raw(w, &a)?,
                ETHTOOL_A_MM_STAT_REASSEMBLY_ERRORS
                    if a.raw_kind() == ETHTOOL_A_MM_STAT_REASSEMBLY_ERRORS =>
                {
                    MmStatBuilder::new(w).reassembly_errors(value::u64(&a))?;
                }
                ETHTOOL_A_MM_STAT_SMD_ERRORS if a.raw_kind() == ETHTOOL_A_MM_STAT_SMD_ERRORS => {
                    MmStatBuilder::new(w).smd_errors(value::u64(&a))?;
                }
                ETHTOOL_A_MM_STAT_REASSEMBLY_OK
                    if a.raw_kind() == ETHTOOL_A_MM_STAT_REASSEMBLY_OK =>
                {
                    MmStatBuilder::new(w).reassembly_ok(value::u64(&a))?;
                }
                ETHTOOL_A_MM_STAT_RX_FRAG_COUNT
                    if a.raw_kind() == ETHTOOL_A_MM_STAT_RX_FRAG_COUNT =>
                {
                    MmStatBuilder::new(w).rx_frag_count(value::u64(&a))?;
                }
                ETHTOOL_A_MM_STAT_TX_FRAG_COUNT
                    if a.raw_kind() == ETHTOOL_A_MM_STAT_TX_FRAG_COUNT =>
                {
                    MmStatBuilder::new(w).tx_frag_count(value::u64(&a))?;
                }
                ETHTOOL_A_MM_STAT_HOLD_COUNT if a.raw_kind() == ETHTOOL_A_MM_STAT_HOLD_COUNT => {
                    MmStatBuilder::new(w).hold_count(value::u64(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Mm`] checks of each attribute, from the descriptors.
static MM_CHECKS: [Check; 12] = Check::table(&tables::MM);

/// The `mm` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Mm<'a>(Table<'a, 12>);

impl<'a> AttrView<'a> for Mm<'a> {
    const SET: &'static AttrSet = &tables::MM;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &MM_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&MM_CHECKS, attrs)
    }
}

impl<'a> Mm<'a> {
    /// Indexes and checks a block of `mm` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 12> {
        &self.0
    }

    /// `ETHTOOL_A_MM_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_MM_HEADER)
    }

    /// `ETHTOOL_A_MM_PMAC_ENABLED`
    #[inline]
    pub fn pmac_enabled(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_MM_PMAC_ENABLED)
    }

    /// `ETHTOOL_A_MM_TX_ENABLED`
    #[inline]
    pub fn tx_enabled(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_MM_TX_ENABLED)
    }

    /// `ETHTOOL_A_MM_TX_ACTIVE`
    #[inline]
    pub fn tx_active(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_MM_TX_ACTIVE)
    }

    /// `ETHTOOL_A_MM_TX_MIN_FRAG_SIZE`
    #[inline]
    pub fn tx_min_frag_size(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_MM_TX_MIN_FRAG_SIZE)
    }

    /// `ETHTOOL_A_MM_RX_MIN_FRAG_SIZE`
    #[inline]
    pub fn rx_min_frag_size(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_MM_RX_MIN_FRAG_SIZE)
    }

    /// `ETHTOOL_A_MM_VERIFY_ENABLED`
    #[inline]
    pub fn verify_enabled(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_MM_VERIFY_ENABLED)
    }

    /// `ETHTOOL_A_MM_VERIFY_STATUS`
    #[inline]
    pub fn verify_status(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_MM_VERIFY_STATUS)
    }

    /// `ETHTOOL_A_MM_VERIFY_TIME`
    #[inline]
    pub fn verify_time(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_MM_VERIFY_TIME)
    }

    /// `ETHTOOL_A_MM_MAX_VERIFY_TIME`
    #[inline]
    pub fn max_verify_time(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_MM_MAX_VERIFY_TIME)
    }

    /// `ETHTOOL_A_MM_STATS`
    #[inline]
    pub fn stats(&self) -> Result<Option<MmStat<'a>>, Error> {
        self.0.nest(ETHTOOL_A_MM_STATS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_MM_UNSPEC if a.raw_kind() == ETHTOOL_A_MM_UNSPEC => raw(w, &a)?,
                ETHTOOL_A_MM_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_MM_PMAC_ENABLED if a.raw_kind() == ETHTOOL_A_MM_PMAC_ENABLED => {
                    MmBuilder::new(w).pmac_enabled(value::u8(&a))?;
                }
                ETHTOOL_A_MM_TX_ENABLED if a.raw_kind() == ETHTOOL_A_MM_TX_ENABLED => {
                    MmBuilder::new(w).tx_enabled(value::u8(&a))?;
                }
                ETHTOOL_A_MM_TX_ACTIVE if a.raw_kind() == ETHTOOL_A_MM_TX_ACTIVE => {
                    MmBuilder::new(w).tx_active(value::u8(&a))?;
                }
                ETHTOOL_A_MM_TX_MIN_FRAG_SIZE if a.raw_kind() == ETHTOOL_A_MM_TX_MIN_FRAG_SIZE => {
                    MmBuilder::new(w).tx_min_frag_size(value::u32(&a))?;
                }
                ETHTOOL_A_MM_RX_MIN_FRAG_SIZE if a.raw_kind() == ETHTOOL_A_MM_RX_MIN_FRAG_SIZE => {
                    MmBuilder::new(w).rx_min_frag_size(value::u32(&a))?;
                }
                ETHTOOL_A_MM_VERIFY_ENABLED if a.raw_kind() == ETHTOOL_A_MM_VERIFY_ENABLED => {
                    MmBuilder::new(w).verify_enabled(value::u8(&a))?;
                }
                ETHTOOL_A_MM_VERIFY_STATUS if a.raw_kind() == ETHTOOL_A_MM_VERIFY_STATUS => {
                    MmBuilder::new(w).verify_status(value::u8(&a))?;
                }
                ETHTOOL_A_MM_VERIFY_TIME if a.raw_kind() == ETHTOOL_A_MM_VERIFY_TIME => {
                    MmBuilder::new(w).verify_time(value::u32(&a))?;
                }
                ETHTOOL_A_MM_MAX_VERIFY_TIME if a.raw_kind() == ETHTOOL_A_MM_MAX_VERIFY_TIME => {
                    MmBuilder::new(w).max_verify_time(value::u32(&a))?;
                }
                ETHTOOL_A_MM_STATS => nest_like(w, &a, |w| MmStat::parse(a.nested())?.write_to(w))?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Linkinfo`] checks of each attribute, from the descriptors.
static LINKINFO_CHECKS: [Check; 7] = Check::table(&tables::LINKINFO);

/// The `linkinfo` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Linkinfo<'a>(Table<'a, 7>);

impl<'a> AttrView<'a> for Linkinfo<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKINFO_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKINFO_CHECKS, attrs)
    }
}

impl<'a> Linkinfo<'a> {
    /// Indexes and checks a block of `linkinfo` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 7> {
        &self.0
    }

    /// `ETHTOOL_A_LINKINFO_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_LINKINFO_HEADER)
    }

    /// `ETHTOOL_A_LINKINFO_PORT`
    #[inline]
    pub fn port(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_LINKINFO_PORT)
    }

    /// `ETHTOOL_A_LINKINFO_PHYADDR`
    #[inline]
    pub fn phyaddr(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_LINKINFO_PHYADDR)
    }

    /// `ETHTOOL_A_LINKINFO_TP_MDIX`
    #[inline]
    pub fn tp_mdix(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_LINKINFO_TP_MDIX)
    }

    /// `ETHTOOL_A_LINKINFO_TP_MDIX_CTRL`
    #[inline]
    pub fn tp_mdix_ctrl(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_LINKINFO_TP_MDIX_CTRL)
    }

    /// `ETHTOOL_A_LINKINFO_TRANSCEIVER`
    #[inline]
    pub fn transceiver(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_LINKINFO_TRANSCEIVER)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_LINKINFO_UNSPEC if a.raw_kind() == ETHTOOL_A_LINKINFO_UNSPEC => {
                    raw(w, &a)?
                }
                ETHTOOL_A_LINKINFO_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_LINKINFO_PORT if a.raw_kind() == ETHTOOL_A_LINKINFO_PORT => {
                    LinkinfoBuilder::new(w).port(value::u8(&a))?;
                }
                ETHTOOL_A_LINKINFO_PHYADDR if a.raw_kind() == ETHTOOL_A_LINKINFO_PHYADDR => {
                    LinkinfoBuilder::new(w).phyaddr(value::u8(&a))?;
                }
                ETHTOOL_A_LINKINFO_TP_MDIX if a.raw_kind() == ETHTOOL_A_LINKINFO_TP_MDIX => {
                    LinkinfoBuilder::new(w).tp_mdix(value::u8(&a))?;
                }
                ETHTOOL_A_LINKINFO_TP_MDIX_CTRL
                    if a.raw_kind() == ETHTOOL_A_LINKINFO_TP_MDIX_CTRL =>
                {
                    LinkinfoBuilder::new(w).tp_mdix_ctrl(value::u8(&a))?;
                }
                ETHTOOL_A_LINKINFO_TRANSCEIVER
                    if a.raw_kind() == ETHTOOL_A_LINKINFO_TRANSCEIVER =>
                {
                    LinkinfoBuilder::new(w).transceiver(value::u8(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Linkmodes`] checks of each attribute, from the descriptors.
static LINKMODES_CHECKS: [Check; 11] = Check::table(&tables::LINKMODES);

/// The `linkmodes` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Linkmodes<'a>(Table<'a, 11>);

impl<'a> AttrView<'a> for Linkmodes<'a> {
    const SET: &'static AttrSet = &tables::LINKMODES;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKMODES_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKMODES_CHECKS, attrs)
    }
}

impl<'a> Linkmodes<'a> {
    /// Indexes and checks a block of `linkmodes` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 11> {
        &self.0
    }

    /// `ETHTOOL_A_LINKMODES_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_LINKMODES_HEADER)
    }

    /// `ETHTOOL_A_LINKMODES_AUTONEG`
    #[inline]
    pub fn autoneg(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_LINKMODES_AUTONEG)
    }

    /// `ETHTOOL_A_LINKMODES_OURS`
    #[inline]
    pub fn ours(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_LINKMODES_OURS)
    }

    /// `ETHTOOL_A_LINKMODES_PEER`
    #[inline]
    pub fn peer(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_LINKMODES_PEER)
    }

    /// `ETHTOOL_A_LINKMODES_SPEED`
    #[inline]
    pub fn speed(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_LINKMODES_SPEED)
    }

    /// `ETHTOOL_A_LINKMODES_DUPLEX`
    #[inline]
    pub fn duplex(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_LINKMODES_DUPLEX)
    }

    /// `ETHTOOL_A_LINKMODES_MASTER_SLAVE_CFG`
    #[inline]
    pub fn master_slave_cfg(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_LINKMODES_MASTER_SLAVE_CFG)
    }

    /// `ETHTOOL_A_LINKMODES_MASTER_SLAVE_STATE`
    #[inline]
    pub fn master_slave_state(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_LINKMODES_MASTER_SLAVE_STATE)
    }

    /// `ETHTOOL_A_LINKMODES_LANES`
    #[inline]
    pub fn lanes(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_LINKMODES_LANES)
    }

    /// `ETHTOOL_A_LINKMODES_RATE_MATCHING`
    #[inline]
    pub fn rate_matching(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_LINKMODES_RATE_MATCHING)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_LINKMODES_UNSPEC if a.raw_kind() == ETHTOOL_A_LINKMODES_UNSPEC => {
                    raw(w, &a)?
                }
                ETHTOOL_A_LINKMODES_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_LINKMODES_AUTONEG if a.raw_kind() == ETHTOOL_A_LINKMODES_AUTONEG => {
                    LinkmodesBuilder::new(w).autoneg(value::u8(&a))?;
                }
                ETHTOOL_A_LINKMODES_OURS => {
                    nest_like(w, &a, |w| Bitset::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_LINKMODES_PEER => {
                    nest_like(w, &a, |w| Bitset::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_LINKMODES_SPEED if a.raw_kind() == ETHTOOL_A_LINKMODES_SPEED => {
                    LinkmodesBuilder::new(w).speed(value::u32(&a))?;
                }
                ETHTOOL_A_LINKMODES_DUPLEX if a.raw_kind() == ETHTOOL_A_LINKMODES_DUPLEX => {
                    LinkmodesBuilder::new(w).duplex(value::u8(&a))?;
                }
                ETHTOOL_A_LINKMODES_MASTER_SLAVE_CFG
                    if a.raw_kind() == ETHTOOL_A_LINKMODES_MASTER_SLAVE_CFG =>
                {
                    LinkmodesBuilder::new(w).master_slave_cfg(value::u8(&a))?;
                }
                ETHTOOL_A_LINKMODES_MASTER_SLAVE_STATE
                    if a.raw_kind() == ETHTOOL_A_LINKMODES_MASTER_SLAVE_STATE =>
                {
                    LinkmodesBuilder::new(w).master_slave_state(value::u8(&a))?;
                }
                ETHTOOL_A_LINKMODES_LANES if a.raw_kind() == ETHTOOL_A_LINKMODES_LANES => {
                    LinkmodesBuilder::new(w).lanes(value::u32(&a))?;
                }
                ETHTOOL_A_LINKMODES_RATE_MATCHING
                    if a.raw_kind() == ETHTOOL_A_LINKMODES_RATE_MATCHING =>
                {
                    LinkmodesBuilder::new(w).rate_matching(value::u8(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Linkstate`] checks of each attribute, from the descriptors.
static LINKSTATE_CHECKS: [Check; 8] = Check::table(&tables::LINKSTATE);

/// The `linkstate` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Linkstate<'a>(Table<'a, 8>);

impl<'a> AttrView<'a> for Linkstate<'a> {
    const SET: &'static AttrSet = &tables::LINKSTATE;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LINKSTATE_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LINKSTATE_CHECKS, attrs)
    }
}

impl<'a> Linkstate<'a> {
    /// Indexes and checks a block of `linkstate` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 8> {
        &self.0
    }

    /// `ETHTOOL_A_LINKSTATE_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_LINKSTATE_HEADER)
    }

    /// `ETHTOOL_A_LINKSTATE_LINK`
    #[inline]
    pub fn link(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_LINKSTATE_LINK)
    }

    /// `ETHTOOL_A_LINKSTATE_SQI`
    #[inline]
    pub fn sqi(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_LINKSTATE_SQI)
    }

    /// `ETHTOOL_A_LINKSTATE_SQI_MAX`
    #[inline]
    pub fn sqi_max(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_LINKSTATE_SQI_MAX)
    }

    /// `ETHTOOL_A_LINKSTATE_EXT_STATE`
    #[inline]
    pub fn ext_state(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_LINKSTATE_EXT_STATE)
    }

    /// `ETHTOOL_A_LINKSTATE_EXT_SUBSTATE`
    #[inline]
    pub fn ext_substate(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_LINKSTATE_EXT_SUBSTATE)
    }

    /// `ETHTOOL_A_LINKSTATE_EXT_DOWN_CNT`
    #[inline]
    pub fn ext_down_cnt(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_LINKSTATE_EXT_DOWN_CNT)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_LINKSTATE_UNSPEC if a.raw_kind() == ETHTOOL_A_LINKSTATE_UNSPEC => {
                    raw(w, &a)?
                }
                ETHTOOL_A_LINKSTATE_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_LINKSTATE_LINK if a.raw_kind() == ETHTOOL_A_LINKSTATE_LINK => {
                    LinkstateBuilder::new(w).link(value::u8(&a))?;
                }
                ETHTOOL_A_LINKSTATE_SQI if a.raw_kind() == ETHTOOL_A_LINKSTATE_SQI => {
                    LinkstateBuilder::new(w).sqi(value::u32(&a))?;
                }
                ETHTOOL_A_LINKSTATE_SQI_MAX if a.raw_kind() == ETHTOOL_A_LINKSTATE_SQI_MAX => {
                    LinkstateBuilder::new(w).sqi_max(value::u32(&a))?;
                }
                ETHTOOL_A_LINKSTATE_EXT_STATE if a.raw_kind() == ETHTOOL_A_LINKSTATE_EXT_STATE => {
                    LinkstateBuilder::new(w).ext_state(value::u8(&a))?;
                }
                ETHTOOL_A_LINKSTATE_EXT_SUBSTATE
                    if a.raw_kind() == ETHTOOL_A_LINKSTATE_EXT_SUBSTATE =>
                {
                    LinkstateBuilder::new(w).ext_substate(value::u8(&a))?;
                }
                ETHTOOL_A_LINKSTATE_EXT_DOWN_CNT
                    if a.raw_kind() == ETHTOOL_A_LINKSTATE_EXT_DOWN_CNT =>
                {
                    LinkstateBuilder::new(w).ext_down_cnt(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Debug`] checks of each attribute, from the descriptors.
static DEBUG_CHECKS: [Check; 3] = Check::table(&tables::DEBUG);

/// The `debug` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Debug<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for Debug<'a> {
    const SET: &'static AttrSet = &tables::DEBUG;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DEBUG_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DEBUG_CHECKS, attrs)
    }
}

impl<'a> Debug<'a> {
    /// Indexes and checks a block of `debug` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `ETHTOOL_A_DEBUG_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_DEBUG_HEADER)
    }

    /// `ETHTOOL_A_DEBUG_MSGMASK`
    #[inline]
    pub fn msgmask(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_DEBUG_MSGMASK)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_DEBUG_UNSPEC if a.raw_kind() == ETHTOOL_A_DEBUG_UNSPEC => raw(w, &a)?,
                ETHTOOL_A_DEBUG_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_DEBUG_MSGMASK => {
                    nest_like(w, &a, |w| Bitset::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Wol`] checks of each attribute, from the descriptors.
static WOL_CHECKS: [Check; 4] = Check::table(&tables::WOL);

/// The `wol` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Wol<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for Wol<'a> {
    const SET: &'static AttrSet = &tables::WOL;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &WOL_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&WOL_CHECKS, attrs)
    }
}

impl<'a> Wol<'a> {
    /// Indexes and checks a block of `wol` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `ETHTOOL_A_WOL_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_WOL_HEADER)
    }

    /// `ETHTOOL_A_WOL_MODES`
    #[inline]
    pub fn modes(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_WOL_MODES)
    }

    /// `ETHTOOL_A_WOL_SOPASS`
    #[inline]
    pub fn sopass(&self) -> Option<&'a [u8]> {
        self.0.bytes(ETHTOOL_A_WOL_SOPASS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_WOL_UNSPEC if a.raw_kind() == ETHTOOL_A_WOL_UNSPEC => raw(w, &a)?,
                ETHTOOL_A_WOL_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_WOL_MODES => {
                    nest_like(w, &a, |w| Bitset::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_WOL_SOPASS if a.raw_kind() == ETHTOOL_A_WOL_SOPASS => {
                    WolBuilder::new(w).sopass(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Features`] checks of each attribute, from the descriptors.
static FEATURES_CHECKS: [Check; 6] = Check::table(&tables::FEATURES);

/// The `features` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Features<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for Features<'a> {
    const SET: &'static AttrSet = &tables::FEATURES;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &FEATURES_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&FEATURES_CHECKS, attrs)
    }
}

impl<'a> Features<'a> {
    /// Indexes and checks a block of `features` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `ETHTOOL_A_FEATURES_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_FEATURES_HEADER)
    }

    /// `ETHTOOL_A_FEATURES_HW`
    #[inline]
    pub fn hw(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_FEATURES_HW)
    }

    /// `ETHTOOL_A_FEATURES_WANTED`
    #[inline]
    pub fn wanted(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_FEATURES_WANTED)
    }

    /// `ETHTOOL_A_FEATURES_ACTIVE`
    #[inline]
    pub fn active(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_FEATURES_ACTIVE)
    }

    /// `ETHTOOL_A_FEATURES_NOCHANGE`
    #[inline]
    pub fn nochange(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_FEATURES_NOCHANGE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_FEATURES_UNSPEC if a.raw_kind() == ETHTOOL_A_FEATURES_UNSPEC => {
                    raw(w, &a)?
                }
                ETHTOOL_A_FEATURES_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_FEATURES_HW => {
                    nest_like(w, &a, |w| Bitset::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_FEATURES_WANTED => {
                    nest_like(w, &a, |w| Bitset::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_FEATURES_ACTIVE => {
                    nest_like(w, &a, |w| Bitset::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_FEATURES_NOCHANGE => {
                    nest_like(w, &a, |w| Bitset::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Channels`] checks of each attribute, from the descriptors.
static CHANNELS_CHECKS: [Check; 10] = Check::table(&tables::CHANNELS);

/// The `channels` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Channels<'a>(Table<'a, 10>);

impl<'a> AttrView<'a> for Channels<'a> {
    const SET: &'static AttrSet = &tables::CHANNELS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &CHANNELS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&CHANNELS_CHECKS, attrs)
    }
}

impl<'a> Channels<'a> {
    /// Indexes and checks a block of `channels` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 10> {
        &self.0
    }

    /// `ETHTOOL_A_CHANNELS_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_CHANNELS_HEADER)
    }

    /// `ETHTOOL_A_CHANNELS_RX_MAX`
    #[inline]
    pub fn rx_max(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_CHANNELS_RX_MAX)
    }

    /// `ETHTOOL_A_CHANNELS_TX_MAX`
    #[inline]
    pub fn tx_max(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_CHANNELS_TX_MAX)
    }

    /// `ETHTOOL_A_CHANNELS_OTHER_MAX`
    #[inline]
    pub fn other_max(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_CHANNELS_OTHER_MAX)
    }

    /// `ETHTOOL_A_CHANNELS_COMBINED_MAX`
    #[inline]
    pub fn combined_max(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_CHANNELS_COMBINED_MAX)
    }

    /// `ETHTOOL_A_CHANNELS_RX_COUNT`
    #[inline]
    pub fn rx_count(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_CHANNELS_RX_COUNT)
    }

    /// `ETHTOOL_A_CHANNELS_TX_COUNT`
    #[inline]
    pub fn tx_count(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_CHANNELS_TX_COUNT)
    }

    /// `ETHTOOL_A_CHANNELS_OTHER_COUNT`
    #[inline]
    pub fn other_count(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_CHANNELS_OTHER_COUNT)
    }

    /// `ETHTOOL_A_CHANNELS_COMBINED_COUNT`
    #[inline]
    pub fn combined_count(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_CHANNELS_COMBINED_COUNT)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_CHANNELS_UNSPEC if a.raw_kind() == ETHTOOL_A_CHANNELS_UNSPEC => {
                    raw(w, &a)?
                }
                ETHTOOL_A_CHANNELS_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_CHANNELS_RX_MAX if a.raw_kind() == ETHTOOL_A_CHANNELS_RX_MAX => {
                    ChannelsBuilder::new(w).rx_max(value::u32(&a))?;
                }
                ETHTOOL_A_CHANNELS_TX_MAX if a.raw_kind() == ETHTOOL_A_CHANNELS_TX_MAX => {
                    ChannelsBuilder::new(w).tx_max(value::u32(&a))?;
                }
                ETHTOOL_A_CHANNELS_OTHER_MAX if a.raw_kind() == ETHTOOL_A_CHANNELS_OTHER_MAX => {
                    ChannelsBuilder::new(w).other_max(value::u32(&a))?;
                }
                ETHTOOL_A_CHANNELS_COMBINED_MAX
                    if a.raw_kind() == ETHTOOL_A_CHANNELS_COMBINED_MAX =>
                {
                    ChannelsBuilder::new(w).combined_max(value::u32(&a))?;
                }
                ETHTOOL_A_CHANNELS_RX_COUNT if a.raw_kind() == ETHTOOL_A_CHANNELS_RX_COUNT => {
                    ChannelsBuilder::new(w).rx_count(value::u32(&a))?;
                }
                ETHTOOL_A_CHANNELS_TX_COUNT if a.raw_kind() == ETHTOOL_A_CHANNELS_TX_COUNT => {
                    ChannelsBuilder::new(w).tx_count(value::u32(&a))?;
                }
                ETHTOOL_A_CHANNELS_OTHER_COUNT
                    if a.raw_kind() == ETHTOOL_A_CHANNELS_OTHER_COUNT =>
                {
                    ChannelsBuilder::new(w).other_count(value::u32(&a))?;
                }
                ETHTOOL_A_CHANNELS_COMBINED_COUNT
                    if a.raw_kind() == ETHTOOL_A_CHANNELS_COMBINED_COUNT =>
                {
                    ChannelsBuilder::new(w).combined_count(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`IrqModeration`] checks of each attribute, from the descriptors.
static IRQ_MODERATION_CHECKS: [Check; 4] = Check::table(&tables::IRQ_MODERATION);

/// The `irq-moderation` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct IrqModeration<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for IrqModeration<'a> {
    const SET: &'static AttrSet = &tables::IRQ_MODERATION;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &IRQ_MODERATION_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&IRQ_MODERATION_CHECKS, attrs)
    }
}

impl<'a> IrqModeration<'a> {
    /// Indexes and checks a block of `irq-moderation` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `ETHTOOL_A_IRQ_MODERATION_USEC`
    #[inline]
    pub fn usec(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_IRQ_MODERATION_USEC)
    }

    /// `ETHTOOL_A_IRQ_MODERATION_PKTS`
    #[inline]
    pub fn pkts(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_IRQ_MODERATION_PKTS)
    }

    /// `ETHTOOL_A_IRQ_MODERATION_COMPS`
    #[inline]
    pub fn comps(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_IRQ_MODERATION_COMPS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_IRQ_MODERATION_UNSPEC
                    if a.raw_kind() == ETHTOOL_A_IRQ_MODERATION_UNSPEC =>
                {
                    raw(w, &a)?
                }
                ETHTOOL_A_IRQ_MODERATION_USEC if a.raw_kind() == ETHTOOL_A_IRQ_MODERATION_USEC => {
                    IrqModerationBuilder::new(w).usec(value::u32(&a))?;
                }
                ETHTOOL_A_IRQ_MODERATION_PKTS if a.raw_kind() == ETHTOOL_A_IRQ_MODERATION_PKTS => {
                    IrqModerationBuilder::new(w).pkts(value::u32(&a))?;
                }
                ETHTOOL_A_IRQ_MODERATION_COMPS
                    if a.raw_kind() == ETHTOOL_A_IRQ_MODERATION_COMPS =>
                {
                    IrqModerationBuilder::new(w).comps(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Profile`] checks of each attribute, from the descriptors.
static PROFILE_CHECKS: [Check; 2] = Check::table(&tables::PROFILE);

/// The `profile` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Profile<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for Profile<'a> {
    const SET: &'static AttrSet = &tables::PROFILE;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PROFILE_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PROFILE_CHECKS, attrs)
    }
}

impl<'a> Profile<'a> {
    /// Indexes and checks a block of `profile` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `ETHTOOL_A_PROFILE_IRQ_MODERATION`
    #[inline]
    pub fn irq_moderation(&self) -> impl Iterator<Item = Result<IrqModeration<'a>, Error>> + 'a {
        self.0
            .all(ETHTOOL_A_PROFILE_IRQ_MODERATION)
            .map(|a| IrqModeration::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_PROFILE_UNSPEC if a.raw_kind() == ETHTOOL_A_PROFILE_UNSPEC => raw(w, &a)?,
                ETHTOOL_A_PROFILE_IRQ_MODERATION => {
                    nest_like(w, &a, |w| IrqModeration::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Coalesce`] checks of each attribute, from the descriptors.
static COALESCE_CHECKS: [Check; 33] = Check::table(&tables::COALESCE);

/// The `coalesce` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Coalesce<'a>(Table<'a, 33>);

impl<'a> AttrView<'a> for Coalesce<'a> {
    const SET: &'static AttrSet = &tables::COALESCE;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &COALESCE_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&COALESCE_CHECKS, attrs)
    }
}

impl<'a> Coalesce<'a> {
    /// Indexes and checks a block of `coalesce` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 33> {
        &self.0
    }

    /// `ETHTOOL_A_COALESCE_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_COALESCE_HEADER)
    }

    /// `ETHTOOL_A_COALESCE_RX_USECS`
    #[inline]
    pub fn rx_usecs(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_RX_USECS)
    }

    /// `ETHTOOL_A_COALESCE_RX_MAX_FRAMES`
    #[inline]
    pub fn rx_max_frames(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_RX_MAX_FRAMES)
    }

    /// `ETHTOOL_A_COALESCE_RX_USECS_IRQ`
    #[inline]
    pub fn rx_usecs_irq(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_RX_USECS_IRQ)
    }

    /// `ETHTOOL_A_COALESCE_RX_MAX_FRAMES_IRQ`
    #[inline]
    pub fn rx_max_frames_irq(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_RX_MAX_FRAMES_IRQ)
    }

    /// `ETHTOOL_A_COALESCE_TX_USECS`
    #[inline]
    pub fn tx_usecs(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_TX_USECS)
    }

    /// `ETHTOOL_A_COALESCE_TX_MAX_FRAMES`
    #[inline]
    pub fn tx_max_frames(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_TX_MAX_FRAMES)
    }

    /// `ETHTOOL_A_COALESCE_TX_USECS_IRQ`
    #[inline]
    pub fn tx_usecs_irq(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_TX_USECS_IRQ)
    }

    /// `ETHTOOL_A_COALESCE_TX_MAX_FRAMES_IRQ`
    #[inline]
    pub fn tx_max_frames_irq(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_TX_MAX_FRAMES_IRQ)
    }

    /// `ETHTOOL_A_COALESCE_STATS_BLOCK_USECS`
    #[inline]
    pub fn stats_block_usecs(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_STATS_BLOCK_USECS)
    }

    /// `ETHTOOL_A_COALESCE_USE_ADAPTIVE_RX`
    #[inline]
    pub fn use_adaptive_rx(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_COALESCE_USE_ADAPTIVE_RX)
    }

    /// `ETHTOOL_A_COALESCE_USE_ADAPTIVE_TX`
    #[inline]
    pub fn use_adaptive_tx(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_COALESCE_USE_ADAPTIVE_TX)
    }

    /// `ETHTOOL_A_COALESCE_PKT_RATE_LOW`
    #[inline]
    pub fn pkt_rate_low(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_PKT_RATE_LOW)
    }

    /// `ETHTOOL_A_COALESCE_RX_USECS_LOW`
    #[inline]
    pub fn rx_usecs_low(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_RX_USECS_LOW)
    }

    /// `ETHTOOL_A_COALESCE_RX_MAX_FRAMES_LOW`
    #[inline]
    pub fn rx_max_frames_low(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_RX_MAX_FRAMES_LOW)
    }

    /// `ETHTOOL_A_COALESCE_TX_USECS_LOW`
    #[inline]
    pub fn tx_usecs_low(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_TX_USECS_LOW)
    }

    /// `ETHTOOL_A_COALESCE_TX_MAX_FRAMES_LOW`
    #[inline]
    pub fn tx_max_frames_low(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_TX_MAX_FRAMES_LOW)
    }

    /// `ETHTOOL_A_COALESCE_PKT_RATE_HIGH`
    #[inline]
    pub fn pkt_rate_high(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_PKT_RATE_HIGH)
    }

    /// `ETHTOOL_A_COALESCE_RX_USECS_HIGH`
    #[inline]
    pub fn rx_usecs_high(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_RX_USECS_HIGH)
    }

    /// `ETHTOOL_A_COALESCE_RX_MAX_FRAMES_HIGH`
    #[inline]
    pub fn rx_max_frames_high(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_RX_MAX_FRAMES_HIGH)
    }

    /// `ETHTOOL_A_COALESCE_TX_USECS_HIGH`
    #[inline]
    pub fn tx_usecs_high(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_TX_USECS_HIGH)
    }

    /// `ETHTOOL_A_COALESCE_TX_MAX_FRAMES_HIGH`
    #[inline]
    pub fn tx_max_frames_high(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_TX_MAX_FRAMES_HIGH)
    }

    /// `ETHTOOL_A_COALESCE_RATE_SAMPLE_INTERVAL`
    #[inline]
    pub fn rate_sample_interval(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_RATE_SAMPLE_INTERVAL)
    }

    /// `ETHTOOL_A_COALESCE_USE_CQE_MODE_TX`
    #[inline]
    pub fn use_cqe_mode_tx(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_COALESCE_USE_CQE_MODE_TX)
    }

    /// `ETHTOOL_A_COALESCE_USE_CQE_MODE_RX`
    #[inline]
    pub fn use_cqe_mode_rx(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_COALESCE_USE_CQE_MODE_RX)
    }

    /// `ETHTOOL_A_COALESCE_TX_AGGR_MAX_BYTES`
    #[inline]
    pub fn tx_aggr_max_bytes(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_TX_AGGR_MAX_BYTES)
    }

    /// `ETHTOOL_A_COALESCE_TX_AGGR_MAX_FRAMES`
    #[inline]
    pub fn tx_aggr_max_frames(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_TX_AGGR_MAX_FRAMES)
    }

    /// `ETHTOOL_A_COALESCE_TX_AGGR_TIME_USECS`
    #[inline]
    pub fn tx_aggr_time_usecs(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_TX_AGGR_TIME_USECS)
    }

    /// `ETHTOOL_A_COALESCE_RX_PROFILE`
    #[inline]
    pub fn rx_profile(&self) -> Result<Option<Profile<'a>>, Error> {
        self.0.nest(ETHTOOL_A_COALESCE_RX_PROFILE)
    }

    /// `ETHTOOL_A_COALESCE_TX_PROFILE`
    #[inline]
    pub fn tx_profile(&self) -> Result<Option<Profile<'a>>, Error> {
        self.0.nest(ETHTOOL_A_COALESCE_TX_PROFILE)
    }

    /// `ETHTOOL_A_COALESCE_RX_CQE_FRAMES`
    #[inline]
    pub fn rx_cqe_frames(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_RX_CQE_FRAMES)
    }

    /// `ETHTOOL_A_COALESCE_RX_CQE_NSECS`
    #[inline]
    pub fn rx_cqe_nsecs(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_RX_CQE_NSECS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_COALESCE_UNSPEC if a.raw_kind() == ETHTOOL_A_COALESCE_UNSPEC => {
                    raw(w, &a)?
                }
                ETHTOOL_A_COALESCE_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_COALESCE_RX_USECS if a.raw_kind() == ETHTOOL_A_COALESCE_RX_USECS => {
                    CoalesceBuilder::new(w).rx_usecs(value::u32(&a))?;
                }
                ETHTOOL_A_COALESCE_RX_MAX_FRAMES
                    if a.raw_kind() == ETHTOOL_A_COALESCE_RX_MAX_FRAMES =>
                {
                    CoalesceBuilder::new(w).rx_max_frames(value::u32(&a))?;
                }
                ETHTOOL_A_COALESCE_RX_USECS_IRQ
                    if a.raw_kind() == ETHTOOL_A_COALESCE_RX_USECS_IRQ =>
                {
                    CoalesceBuilder::new(w).rx_usecs_irq(value::u32(&a))?;
                }
                ETHTOOL_A_COALESCE_RX_MAX_FRAMES_IRQ
                    if a.raw_kind() == ETHTOOL_A_COALESCE_RX_MAX_FRAMES_IRQ =>
                {
                    CoalesceBuilder::new(w).rx_max_frames_irq(value::u32(&a))?;
                }
                ETHTOOL_A_COALESCE_TX_USECS if a.raw_kind() == ETHTOOL_A_COALESCE_TX_USECS => {
                    CoalesceBuilder::new(w).tx_usecs(value::u32(&a))?;
                }
                ETHTOOL_A_COALESCE_TX_MAX_FRAMES
                    if a.raw_kind() == ETHTOOL_A_COALESCE_TX_MAX_FRAMES =>
                {
                    CoalesceBuilder::new(w).tx_max_frames(value::u32(&a))?;
                }
                ETHTOOL_A_COALESCE_TX_USECS_IRQ
                    if a.raw_kind() == ETHTOOL_A_COALESCE_TX_USECS_IRQ =>
                {
                    CoalesceBuilder::new(w).tx_usecs_irq(value::u32(&a))?;
                }
                ETHTOOL_A_COALESCE_TX_MAX_FRAMES_IRQ
                    if a.raw_kind() == ETHTOOL_A_COALESCE_TX_MAX_FRAMES_IRQ =>
                {
                    CoalesceBuilder::new(w).tx_max_frames_irq(value::u32(&a))?;
                }
                ETHTOOL_A_COALESCE_STATS_BLOCK_USECS
                    if a.raw_kind() == ETHTOOL_A_COALESCE_STATS_BLOCK_USECS =>
                {
                    CoalesceBuilder::new(w).stats_block_usecs(value::u32(&a))?;
                }
                ETHTOOL_A_COALESCE_USE_ADAPTIVE_RX
                    if a.raw_kind() == ETHTOOL_A_COALESCE_USE_ADAPTIVE_RX =>
                {
                    CoalesceBuilder::new(w).use_adaptive_rx(value::u8(&a))?;
                }
                ETHTOOL_A_COALESCE_USE_ADAPTIVE_TX
                    if a.raw_kind() == ETHTOOL_A_COALESCE_USE_ADAPTIVE_TX =>
                {
                    CoalesceBuilder::new(w).use_adaptive_tx(value::u8(&a))?;
                }
                ETHTOOL_A_COALESCE_PKT_RATE_LOW
                    if a.raw_kind() == ETHTOOL_A_COALESCE_PKT_RATE_LOW =>
                {
                    CoalesceBuilder::new(w).pkt_rate_low(value::u32(&a))?;
                }
                ETHTOOL_A_COALESCE_RX_USECS_LOW
                    if a.raw_kind() == ETHTOOL_A_COALESCE_RX_USECS_LOW =>
                {
                    CoalesceBuilder::new(w).rx_usecs_low(value::u32(&a))?;
                }
                ETHTOOL_A_COALESCE_RX_MAX_FRAMES_LOW
                    if a.raw_kind() == ETHTOOL_A_COALESCE_RX_MAX_FRAMES_LOW =>
                {
                    CoalesceBuilder::new(w).rx_max_frames_low(value::u32(&a))?;
                }
                ETHTOOL_A_COALESCE_TX_USECS_LOW
                    if a.raw_kind() == ETHTOOL_A_COALESCE_TX_USECS_LOW =>
                {
                    CoalesceBuilder::new(w).tx_usecs_low(value::u32(&a))?;
                }
                ETHTOOL_A_COALESCE_TX_MAX_FRAMES_LOW
                    if a.raw_kind() == ETHTOOL_A_COALESCE_TX_MAX_FRAMES_LOW =>
                {
                    CoalesceBuilder::new(w).tx_max_frames_low(value::u32(&a))?;
                }
                ETHTOOL_A_COALESCE_PKT_RATE_HIGH
                    if a.raw_kind() == ETHTOOL_A_COALESCE_PKT_RATE_HIGH =>
                {
                    CoalesceBuilder::new(w).pkt_rate_high(value::u32(&a))?;
                }
                ETHTOOL_A_COALESCE_RX_USECS_HIGH
                    if a.raw_kind() == ETHTOOL_A_COALESCE_RX_USECS_HIGH =>
                {
                    CoalesceBuilder::new(w).rx_usecs_high(value::u32(&a))?;
                }
                ETHTOOL_A_COALESCE_RX_MAX_FRAMES_HIGH
                    if a.raw_kind() == ETHTOOL_A_COALESCE_RX_MAX_FRAMES_HIGH =>
                {
                    CoalesceBuilder::new(w).rx_max_frames_high(value::u32(&a))?;
                }
                ETHTOOL_A_COALESCE_TX_USECS_HIGH
                    if a.raw_kind() == ETHTOOL_A_COALESCE_TX_USECS_HIGH =>
                {
                    CoalesceBuilder::new(w).tx_usecs_high(value::u32(&a))?;
                }
                ETHTOOL_A_COALESCE_TX_MAX_FRAMES_HIGH
                    if a.raw_kind() == ETHTOOL_A_COALESCE_TX_MAX_FRAMES_HIGH =>
                {
                    CoalesceBuilder::new(w).tx_max_frames_high(value::u32(&a))?;
                }
                ETHTOOL_A_COALESCE_RATE_SAMPLE_INTERVAL
                    if a.raw_kind() == ETHTOOL_A_COALESCE_RATE_SAMPLE_INTERVAL =>
                {
                    CoalesceBuilder::new(w).rate_sample_interval(value::u32(&a))?;
                }
                ETHTOOL_A_COALESCE_USE_CQE_MODE_TX
                    if a.raw_kind() == ETHTOOL_A_COALESCE_USE_CQE_MODE_TX =>
                {
                    CoalesceBuilder::new(w).use_cqe_mode_tx(value::u8(&a))?;
                }
                ETHTOOL_A_COALESCE_USE_CQE_MODE_RX
                    if a.raw_kind() == ETHTOOL_A_COALESCE_USE_CQE_MODE_RX =>
                {
                    CoalesceBuilder::new(w).use_cqe_mode_rx(value::u8(&a))?;
                }
                ETHTOOL_A_COALESCE_TX_AGGR_MAX_BYTES
                    if a.raw_kind() == ETHTOOL_A_COALESCE_TX_AGGR_MAX_BYTES =>
                {
                    CoalesceBuilder::new(w).tx_aggr_max_bytes(value::u32(&a))?;
                }
                ETHTOOL_A_COALESCE_TX_AGGR_MAX_FRAMES
                    if a.raw_kind() == ETHTOOL_A_COALESCE_TX_AGGR_MAX_FRAMES =>
                {
                    CoalesceBuilder::new(w).tx_aggr_max_frames(value::u32(&a))?;
                }
                ETHTOOL_A_COALESCE_TX_AGGR_TIME_USECS
                    if a.raw_kind() == ETHTOOL_A_COALESCE_TX_AGGR_TIME_USECS =>
                {
                    CoalesceBuilder::new(w).tx_aggr_time_usecs(value::u32(&a))?;
                }
                ETHTOOL_A_COALESCE_RX_PROFILE => {
                    nest_like(w, &a, |w| Profile::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_COALESCE_TX_PROFILE => {
                    nest_like(w, &a, |w| Profile::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_COALESCE_RX_CQE_FRAMES
                    if a.raw_kind() == ETHTOOL_A_COALESCE_RX_CQE_FRAMES =>
                {
                    CoalesceBuilder::new(w).rx_cqe_frames(value::u32(&a))?;
                }
                ETHTOOL_A_COALESCE_RX_CQE_NSECS
                    if a.raw_kind() == ETHTOOL_A_COALESCE_RX_CQE_NSECS =>
                {
                    CoalesceBuilder::new(w).rx_cqe_nsecs(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`PauseStat`] checks of each attribute, from the descriptors.
static PAUSE_STAT_CHECKS: [Check; 5] = Check::table(&tables::PAUSE_STAT);

/// The `pause-stat` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct PauseStat<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for PauseStat<'a> {
    const SET: &'static AttrSet = &tables::PAUSE_STAT;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PAUSE_STAT_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PAUSE_STAT_CHECKS, attrs)
    }
}

impl<'a> PauseStat<'a> {
    /// Indexes and checks a block of `pause-stat` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `ETHTOOL_A_PAUSE_STAT_TX_FRAMES`
    #[inline]
    pub fn tx_frames(&self) -> Option<u64> {
        self.0.u64(ETHTOOL_A_PAUSE_STAT_TX_FRAMES)
    }

    /// `ETHTOOL_A_PAUSE_STAT_RX_FRAMES`
    #[inline]
    pub fn rx_frames(&self) -> Option<u64> {
        self.0.u64(ETHTOOL_A_PAUSE_STAT_RX_FRAMES)
    }

    /// `ETHTOOL_A_PAUSE_STAT_TX_PAUSE_STORM_EVENTS`: TX pause storm event count. Increments each time device detects that its pause assertion condition has been true for too long for normal operation. As a result, the device has temporarily disabled its own Pause TX function to protect the network from itself. This counter should never increment under normal overload conditions; it indicates catastrophic failure like an OS crash. The rate of incrementing is implementation specific.
    #[inline]
    pub fn tx_pause_storm_events(&self) -> Option<u64> {
        self.0.u64(ETHTOOL_A_PAUSE_STAT_TX_PAUSE_STORM_EVENTS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_PAUSE_STAT_UNSPEC if a.raw_kind() == ETHTOOL_A_PAUSE_STAT_UNSPEC => {
                    raw(w, &a)?
                }
                ETHTOOL_A_PAUSE_STAT_PAD if a.raw_kind() == ETHTOOL_A_PAUSE_STAT_PAD => raw(w, &a)?,
                ETHTOOL_A_PAUSE_STAT_TX_FRAMES
                    if a.raw_kind() == ETHTOOL_A_PAUSE_STAT_TX_FRAMES =>
                {
                    PauseStatBuilder::new(w).tx_frames(value::u64(&a))?;
                }
                ETHTOOL_A_PAUSE_STAT_RX_FRAMES
                    if a.raw_kind() == ETHTOOL_A_PAUSE_STAT_RX_FRAMES =>
                {
                    PauseStatBuilder::new(w).rx_frames(value::u64(&a))?;
                }
                ETHTOOL_A_PAUSE_STAT_TX_PAUSE_STORM_EVENTS
                    if a.raw_kind() == ETHTOOL_A_PAUSE_STAT_TX_PAUSE_STORM_EVENTS =>
                {
                    PauseStatBuilder::new(w).tx_pause_storm_events(value::u64(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Pause`] checks of each attribute, from the descriptors.
static PAUSE_CHECKS: [Check; 7] = Check::table(&tables::PAUSE);

/// The `pause` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Pause<'a>(Table<'a, 7>);

impl<'a> AttrView<'a> for Pause<'a> {
    const SET: &'static AttrSet = &tables::PAUSE;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PAUSE_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PAUSE_CHECKS, attrs)
    }
}

impl<'a> Pause<'a> {
    /// Indexes and checks a block of `pause` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 7> {
        &self.0
    }

    /// `ETHTOOL_A_PAUSE_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_PAUSE_HEADER)
    }

    /// `ETHTOOL_A_PAUSE_AUTONEG`
    #[inline]
    pub fn autoneg(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_PAUSE_AUTONEG)
    }

    /// `ETHTOOL_A_PAUSE_RX`
    #[inline]
    pub fn rx(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_PAUSE_RX)
    }

    /// `ETHTOOL_A_PAUSE_TX`
    #[inline]
    pub fn tx(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_PAUSE_TX)
    }

    /// `ETHTOOL_A_PAUSE_STATS`
    #[inline]
    pub fn stats(&self) -> Result<Option<PauseStat<'a>>, Error> {
        self.0.nest(ETHTOOL_A_PAUSE_STATS)
    }

    /// `ETHTOOL_A_PAUSE_STATS_SRC`
    #[inline]
    pub fn stats_src(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PAUSE_STATS_SRC)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_PAUSE_UNSPEC if a.raw_kind() == ETHTOOL_A_PAUSE_UNSPEC => raw(w, &a)?,
                ETHTOOL_A_PAUSE_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_PAUSE_AUTONEG if a.raw_kind() == ETHTOOL_A_PAUSE_AUTONEG => {
                    PauseBuilder::new(w).autoneg(value::u8(&a))?;
                }
                ETHTOOL_A_PAUSE_RX if a.raw_kind() == ETHTOOL_A_PAUSE_RX => {
                    PauseBuilder::new(w).rx(value::u8(&a))?;
                }
                ETHTOOL_A_PAUSE_TX if a.raw_kind() == ETHTOOL_A_PAUSE_TX => {
                    PauseBuilder::new(w).tx(value::u8(&a))?;
                }
                ETHTOOL_A_PAUSE_STATS => {
                    nest_like(w, &a, |w| PauseStat::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_PAUSE_STATS_SRC if a.raw_kind() == ETHTOOL_A_PAUSE_STATS_SRC => {
                    PauseBuilder::new(w).stats_src(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Eee`] checks of each attribute, from the descriptors.
static EEE_CHECKS: [Check; 8] = Check::table(&tables::EEE);

/// The `eee` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Eee<'a>(Table<'a, 8>);

impl<'a> AttrView<'a> for Eee<'a> {
    const SET: &'static AttrSet = &tables::EEE;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &EEE_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&EEE_CHECKS, attrs)
    }
}

impl<'a> Eee<'a> {
    /// Indexes and checks a block of `eee` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 8> {
        &self.0
    }

    /// `ETHTOOL_A_EEE_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_EEE_HEADER)
    }

    /// `ETHTOOL_A_EEE_MODES_OURS`
    #[inline]
    pub fn modes_ours(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_EEE_MODES_OURS)
    }

    /// `ETHTOOL_A_EEE_MODES_PEER`
    #[inline]
    pub fn modes_peer(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_EEE_MODES_PEER)
    }

    /// `ETHTOOL_A_EEE_ACTIVE`
    #[inline]
    pub fn active(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_EEE_ACTIVE)
    }

    /// `ETHTOOL_A_EEE_ENABLED`
    #[inline]
    pub fn enabled(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_EEE_ENABLED)
    }

    /// `ETHTOOL_A_EEE_TX_LPI_ENABLED`
    #[inline]
    pub fn tx_lpi_enabled(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_EEE_TX_LPI_ENABLED)
    }

    /// `ETHTOOL_A_EEE_TX_LPI_TIMER`
    #[inline]
    pub fn tx_lpi_timer(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_EEE_TX_LPI_TIMER)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_EEE_UNSPEC if a.raw_kind() == ETHTOOL_A_EEE_UNSPEC => raw(w, &a)?,
                ETHTOOL_A_EEE_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_EEE_MODES_OURS => {
                    nest_like(w, &a, |w| Bitset::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_EEE_MODES_PEER => {
                    nest_like(w, &a, |w| Bitset::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_EEE_ACTIVE if a.raw_kind() == ETHTOOL_A_EEE_ACTIVE => {
                    EeeBuilder::new(w).active(value::u8(&a))?;
                }
                ETHTOOL_A_EEE_ENABLED if a.raw_kind() == ETHTOOL_A_EEE_ENABLED => {
                    EeeBuilder::new(w).enabled(value::u8(&a))?;
                }
                ETHTOOL_A_EEE_TX_LPI_ENABLED if a.raw_kind() == ETHTOOL_A_EEE_TX_LPI_ENABLED => {
                    EeeBuilder::new(w).tx_lpi_enabled(value::u8(&a))?;
                }
                ETHTOOL_A_EEE_TX_LPI_TIMER if a.raw_kind() == ETHTOOL_A_EEE_TX_LPI_TIMER => {
                    EeeBuilder::new(w).tx_lpi_timer(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`TsStat`] checks of each attribute, from the descriptors.
static TS_STAT_CHECKS: [Check; 5] = Check::table(&tables::TS_STAT);

/// The `ts-stat` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TsStat<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for TsStat<'a> {
    const SET: &'static AttrSet = &tables::TS_STAT;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &TS_STAT_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&TS_STAT_CHECKS, attrs)
    }
}

impl<'a> TsStat<'a> {
    /// Indexes and checks a block of `ts-stat` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `ETHTOOL_A_TS_STAT_TX_PKTS`
    #[inline]
    pub fn tx_pkts(&self) -> Option<u64> {
        self.0.uint(ETHTOOL_A_TS_STAT_TX_PKTS)
    }

    /// `ETHTOOL_A_TS_STAT_TX_LOST`
    #[inline]
    pub fn tx_lost(&self) -> Option<u64> {
        self.0.uint(ETHTOOL_A_TS_STAT_TX_LOST)
    }

    /// `ETHTOOL_A_TS_STAT_TX_ERR`
    #[inline]
    pub fn tx_err(&self) -> Option<u64> {
        self.0.uint(ETHTOOL_A_TS_STAT_TX_ERR)
    }

    /// `ETHTOOL_A_TS_STAT_TX_ONESTEP_PKTS_UNCONFIRMED`
    #[inline]
    pub fn tx_onestep_pkts_unconfirmed(&self) -> Option<u64> {
        self.0.uint(ETHTOOL_A_TS_STAT_TX_ONESTEP_PKTS_UNCONFIRMED)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_TS_STAT_UNSPEC if a.raw_kind() == ETHTOOL_A_TS_STAT_UNSPEC => raw(w, &a)?,
                ETHTOOL_A_TS_STAT_TX_PKTS if a.raw_kind() == ETHTOOL_A_TS_STAT_TX_PKTS => {
                    TsStatBuilder::new(w).tx_pkts(value::uint(&a))?;
                }
                ETHTOOL_A_TS_STAT_TX_LOST if a.raw_kind() == ETHTOOL_A_TS_STAT_TX_LOST => {
                    TsStatBuilder::new(w).tx_lost(value::uint(&a))?;
                }
                ETHTOOL_A_TS_STAT_TX_ERR if a.raw_kind() == ETHTOOL_A_TS_STAT_TX_ERR => {
                    TsStatBuilder::new(w).tx_err(value::uint(&a))?;
                }
                ETHTOOL_A_TS_STAT_TX_ONESTEP_PKTS_UNCONFIRMED
                    if a.raw_kind() == ETHTOOL_A_TS_STAT_TX_ONESTEP_PKTS_UNCONFIRMED =>
                {
                    TsStatBuilder::new(w).tx_onestep_pkts_unconfirmed(value::uint(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`TsHwtstampProvider`] checks of each attribute, from the descriptors.
static TS_HWTSTAMP_PROVIDER_CHECKS: [Check; 3] = Check::table(&tables::TS_HWTSTAMP_PROVIDER);

/// The `ts-hwtstamp-provider` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TsHwtstampProvider<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for TsHwtstampProvider<'a> {
    const SET: &'static AttrSet = &tables::TS_HWTSTAMP_PROVIDER;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &TS_HWTSTAMP_PROVIDER_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&TS_HWTSTAMP_PROVIDER_CHECKS, attrs)
    }
}

impl<'a> TsHwtstampProvider<'a> {
    /// Indexes and checks a block of `ts-hwtstamp-provider` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `ETHTOOL_A_TS_HWTSTAMP_PROVIDER_INDEX`
    #[inline]
    pub fn index(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_TS_HWTSTAMP_PROVIDER_INDEX)
    }

    /// `ETHTOOL_A_TS_HWTSTAMP_PROVIDER_QUALIFIER`
    #[inline]
    pub fn qualifier(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_TS_HWTSTAMP_PROVIDER_QUALIFIER)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_TS_HWTSTAMP_PROVIDER_UNSPEC
                    if a.raw_kind() == ETHTOOL_A_TS_HWTSTAMP_PROVIDER_UNSPEC =>
                {
                    raw(w, &a)?
                }
                ETHTOOL_A_TS_HWTSTAMP_PROVIDER_INDEX
                    if a.raw_kind() == ETHTOOL_A_TS_HWTSTAMP_PROVIDER_INDEX =>
                {
                    TsHwtstampProviderBuilder::new(w).index(value::u32(&a))?;
                }
                ETHTOOL_A_TS_HWTSTAMP_PROVIDER_QUALIFIER
                    if a.raw_kind() == ETHTOOL_A_TS_HWTSTAMP_PROVIDER_QUALIFIER =>
                {
                    TsHwtstampProviderBuilder::new(w).qualifier(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Tsinfo`] checks of each attribute, from the descriptors.
static TSINFO_CHECKS: [Check; 10] = Check::table(&tables::TSINFO);

/// The `tsinfo` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Tsinfo<'a>(Table<'a, 10>);

impl<'a> AttrView<'a> for Tsinfo<'a> {
    const SET: &'static AttrSet = &tables::TSINFO;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &TSINFO_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&TSINFO_CHECKS, attrs)
    }
}

impl<'a> Tsinfo<'a> {
    /// Indexes and checks a block of `tsinfo` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 10> {
        &self.0
    }

    /// `ETHTOOL_A_TSINFO_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TSINFO_HEADER)
    }

    /// `ETHTOOL_A_TSINFO_TIMESTAMPING`
    #[inline]
    pub fn timestamping(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TSINFO_TIMESTAMPING)
    }

    /// `ETHTOOL_A_TSINFO_TX_TYPES`
    #[inline]
    pub fn tx_types(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TSINFO_TX_TYPES)
    }

    /// `ETHTOOL_A_TSINFO_RX_FILTERS`
    #[inline]
    pub fn rx_filters(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TSINFO_RX_FILTERS)
    }

    /// `ETHTOOL_A_TSINFO_PHC_INDEX`
    #[inline]
    pub fn phc_index(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_TSINFO_PHC_INDEX)
    }

    /// `ETHTOOL_A_TSINFO_STATS`
    #[inline]
    pub fn stats(&self) -> Result<Option<TsStat<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TSINFO_STATS)
    }

    /// `ETHTOOL_A_TSINFO_HWTSTAMP_PROVIDER`
    #[inline]
    pub fn hwtstamp_provider(&self) -> Result<Option<TsHwtstampProvider<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TSINFO_HWTSTAMP_PROVIDER)
    }

    /// `ETHTOOL_A_TSINFO_HWTSTAMP_SOURCE`
    #[inline]
    pub fn hwtstamp_source(&self) -> Option<HwtstampSource> {
        self.0
            .u32(ETHTOOL_A_TSINFO_HWTSTAMP_SOURCE)
            .map(HwtstampSource::from_value)
    }

    /// `ETHTOOL_A_TSINFO_HWTSTAMP_PHYINDEX`
    #[inline]
    pub fn hwtstamp_phyindex(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_TSINFO_HWTSTAMP_PHYINDEX)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_TSINFO_UNSPEC if a.raw_kind() == ETHTOOL_A_TSINFO_UNSPEC => raw(w, &a)?,
                ETHTOOL_A_TSINFO_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_TSINFO_TIMESTAMPING => {
                    nest_like(w, &a, |w| Bitset::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_TSINFO_TX_TYPES => {
                    nest_like(w, &a, |w| Bitset::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_TSINFO_RX_FILTERS => {
                    nest_like(w, &a, |w| Bitset::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_TSINFO_PHC_INDEX if a.raw_kind() == ETHTOOL_A_TSINFO_PHC_INDEX => {
                    TsinfoBuilder::new(w).phc_index(value::u32(&a))?;
                }
                ETHTOOL_A_TSINFO_STATS => {
                    nest_like(w, &a, |w| TsStat::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_TSINFO_HWTSTAMP_PROVIDER => nest_like(w, &a, |w| {
                    TsHwtstampProvider::parse(a.nested())?.write_to(w)
                })?,
                ETHTOOL_A_TSINFO_HWTSTAMP_SOURCE
                    if a.raw_kind() == ETHTOOL_A_TSINFO_HWTSTAMP_SOURCE =>
                {
                    TsinfoBuilder::new(w)
                        .hwtstamp_source(HwtstampSource::from_value(value::u32(&a)))?;
                }
                ETHTOOL_A_TSINFO_HWTSTAMP_PHYINDEX
                    if a.raw_kind() == ETHTOOL_A_TSINFO_HWTSTAMP_PHYINDEX =>
                {
                    TsinfoBuilder::new(w).hwtstamp_phyindex(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`CableResult`] checks of each attribute, from the descriptors.
static CABLE_RESULT_CHECKS: [Check; 4] = Check::table(&tables::CABLE_RESULT);

/// The `cable-result` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CableResult<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for CableResult<'a> {
    const SET: &'static AttrSet = &tables::CABLE_RESULT;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &CABLE_RESULT_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&CABLE_RESULT_CHECKS, attrs)
    }
}

impl<'a> CableResult<'a> {
    /// Indexes and checks a block of `cable-result` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `ETHTOOL_A_CABLE_RESULT_PAIR`: ETHTOOL_A_CABLE_PAIR
    #[inline]
    pub fn pair(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_CABLE_RESULT_PAIR)
    }

    /// `ETHTOOL_A_CABLE_RESULT_CODE`: ETHTOOL_A_CABLE_RESULT_CODE
    #[inline]
    pub fn code(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_CABLE_RESULT_CODE)
    }

    /// `ETHTOOL_A_CABLE_RESULT_SRC`: ETHTOOL_A_CABLE_INF_SRC
    #[inline]
    pub fn src(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_CABLE_RESULT_SRC)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_CABLE_RESULT_UNSPEC if a.raw_kind() == ETHTOOL_A_CABLE_RESULT_UNSPEC => {
                    raw(w, &a)?
                }
                ETHTOOL_A_CABLE_RESULT_PAIR if a.raw_kind() == ETHTOOL_A_CABLE_RESULT_PAIR => {
                    CableResultBuilder::new(w).pair(value::u8(&a))?;
                }
                ETHTOOL_A_CABLE_RESULT_CODE if a.raw_kind() == ETHTOOL_A_CABLE_RESULT_CODE => {
                    CableResultBuilder::new(w).code(value::u8(&a))?;
                }
                ETHTOOL_A_CABLE_RESULT_SRC if a.raw_kind() == ETHTOOL_A_CABLE_RESULT_SRC => {
                    CableResultBuilder::new(w).src(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`CableFaultLength`] checks of each attribute, from the descriptors.
static CABLE_FAULT_LENGTH_CHECKS: [Check; 4] = Check::table(&tables::CABLE_FAULT_LENGTH);

/// The `cable-fault-length` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CableFaultLength<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for CableFaultLength<'a> {
    const SET: &'static AttrSet = &tables::CABLE_FAULT_LENGTH;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &CABLE_FAULT_LENGTH_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&CABLE_FAULT_LENGTH_CHECKS, attrs)
    }
}

impl<'a> CableFaultLength<'a> {
    /// Indexes and checks a block of `cable-fault-length` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `ETHTOOL_A_CABLE_FAULT_LENGTH_PAIR`
    #[inline]
    pub fn pair(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_CABLE_FAULT_LENGTH_PAIR)
    }

    /// `ETHTOOL_A_CABLE_FAULT_LENGTH_CM`
    #[inline]
    pub fn cm(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_CABLE_FAULT_LENGTH_CM)
    }

    /// `ETHTOOL_A_CABLE_FAULT_LENGTH_SRC`
    #[inline]
    pub fn src(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_CABLE_FAULT_LENGTH_SRC)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_CABLE_FAULT_LENGTH_UNSPEC
                    if a.raw_kind() == ETHTOOL_A_CABLE_FAULT_LENGTH_UNSPEC =>
                {
                    raw(w, &a)?
                }
                ETHTOOL_A_CABLE_FAULT_LENGTH_PAIR
                    if a.raw_kind() == ETHTOOL_A_CABLE_FAULT_LENGTH_PAIR =>
                {
                    CableFaultLengthBuilder::new(w).pair(value::u8(&a))?;
                }
                ETHTOOL_A_CABLE_FAULT_LENGTH_CM
                    if a.raw_kind() == ETHTOOL_A_CABLE_FAULT_LENGTH_CM =>
                {
                    CableFaultLengthBuilder::new(w).cm(value::u32(&a))?;
                }
                ETHTOOL_A_CABLE_FAULT_LENGTH_SRC
                    if a.raw_kind() == ETHTOOL_A_CABLE_FAULT_LENGTH_SRC =>
                {
                    CableFaultLengthBuilder::new(w).src(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`CableNest`] checks of each attribute, from the descriptors.
static CABLE_NEST_CHECKS: [Check; 3] = Check::table(&tables::CABLE_NEST);

/// The `cable-nest` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CableNest<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for CableNest<'a> {
    const SET: &'static AttrSet = &tables::CABLE_NEST;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &CABLE_NEST_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&CABLE_NEST_CHECKS, attrs)
    }
}

impl<'a> CableNest<'a> {
    /// Indexes and checks a block of `cable-nest` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `ETHTOOL_A_CABLE_NEST_RESULT`
    #[inline]
    pub fn result(&self) -> Result<Option<CableResult<'a>>, Error> {
        self.0.nest(ETHTOOL_A_CABLE_NEST_RESULT)
    }

    /// `ETHTOOL_A_CABLE_NEST_FAULT_LENGTH`
    #[inline]
    pub fn fault_length(&self) -> Result<Option<CableFaultLength<'a>>, Error> {
        self.0.nest(ETHTOOL_A_CABLE_NEST_FAULT_LENGTH)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_CABLE_NEST_UNSPEC if a.raw_kind() == ETHTOOL_A_CABLE_NEST_UNSPEC => {
                    raw(w, &a)?
                }
                ETHTOOL_A_CABLE_NEST_RESULT => {
                    nest_like(w, &a, |w| CableResult::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_CABLE_NEST_FAULT_LENGTH => {
                    nest_like(w, &a, |w| CableFaultLength::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`CableTest`] checks of each attribute, from the descriptors.
static CABLE_TEST_CHECKS: [Check; 2] = Check::table(&tables::CABLE_TEST);

/// The `cable-test` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CableTest<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for CableTest<'a> {
    const SET: &'static AttrSet = &tables::CABLE_TEST;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &CABLE_TEST_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&CABLE_TEST_CHECKS, attrs)
    }
}

impl<'a> CableTest<'a> {
    /// Indexes and checks a block of `cable-test` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `ETHTOOL_A_CABLE_TEST_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_CABLE_TEST_HEADER)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_CABLE_TEST_UNSPEC if a.raw_kind() == ETHTOOL_A_CABLE_TEST_UNSPEC => {
                    raw(w, &a)?
                }
                ETHTOOL_A_CABLE_TEST_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`CableTestNtf`] checks of each attribute, from the descriptors.
static CABLE_TEST_NTF_CHECKS: [Check; 4] = Check::table(&tables::CABLE_TEST_NTF);

/// The `cable-test-ntf` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CableTestNtf<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for CableTestNtf<'a> {
    const SET: &'static AttrSet = &tables::CABLE_TEST_NTF;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &CABLE_TEST_NTF_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&CABLE_TEST_NTF_CHECKS, attrs)
    }
}

impl<'a> CableTestNtf<'a> {
    /// Indexes and checks a block of `cable-test-ntf` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `ETHTOOL_A_CABLE_TEST_NTF_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_CABLE_TEST_NTF_HEADER)
    }

    /// `ETHTOOL_A_CABLE_TEST_NTF_STATUS`: _STARTED/_COMPLETE
    #[inline]
    pub fn status(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_CABLE_TEST_NTF_STATUS)
    }

    /// `ETHTOOL_A_CABLE_TEST_NTF_NEST`
    #[inline]
    pub fn nest(&self) -> Result<Option<CableNest<'a>>, Error> {
        self.0.nest(ETHTOOL_A_CABLE_TEST_NTF_NEST)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_CABLE_TEST_NTF_UNSPEC
                    if a.raw_kind() == ETHTOOL_A_CABLE_TEST_NTF_UNSPEC =>
                {
                    raw(w, &a)?
                }
                ETHTOOL_A_CABLE_TEST_NTF_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_CABLE_TEST_NTF_STATUS
                    if a.raw_kind() == ETHTOOL_A_CABLE_TEST_NTF_STATUS =>
                {
                    CableTestNtfBuilder::new(w).status(value::u8(&a))?;
                }
                ETHTOOL_A_CABLE_TEST_NTF_NEST => {
                    nest_like(w, &a, |w| CableNest::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`CableTestTdrCfg`] checks of each attribute, from the descriptors.
static CABLE_TEST_TDR_CFG_CHECKS: [Check; 5] = Check::table(&tables::CABLE_TEST_TDR_CFG);

/// The `cable-test-tdr-cfg` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CableTestTdrCfg<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for CableTestTdrCfg<'a> {
    const SET: &'static AttrSet = &tables::CABLE_TEST_TDR_CFG;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &CABLE_TEST_TDR_CFG_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&CABLE_TEST_TDR_CFG_CHECKS, attrs)
    }
}

impl<'a> CableTestTdrCfg<'a> {
    /// Indexes and checks a block of `cable-test-tdr-cfg` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `ETHTOOL_A_CABLE_TEST_TDR_CFG_FIRST`
    #[inline]
    pub fn first(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_CABLE_TEST_TDR_CFG_FIRST)
    }

    /// `ETHTOOL_A_CABLE_TEST_TDR_CFG_LAST`
    #[inline]
    pub fn last(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_CABLE_TEST_TDR_CFG_LAST)
    }

    /// `ETHTOOL_A_CABLE_TEST_TDR_CFG_STEP`
    #[inline]
    pub fn step(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_CABLE_TEST_TDR_CFG_STEP)
    }

    /// `ETHTOOL_A_CABLE_TEST_TDR_CFG_PAIR`
    #[inline]
    pub fn pair(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_CABLE_TEST_TDR_CFG_PAIR)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_CABLE_TEST_TDR_CFG_UNSPEC
                    if a.raw_kind() == ETHTOOL_A_CABLE_TEST_TDR_CFG_UNSPEC =>
                {
                    raw(w, &a)?
                }
                ETHTOOL_A_CABLE_TEST_TDR_CFG_FIRST
                    if a.raw_kind() == ETHTOOL_A_CABLE_TEST_TDR_CFG_FIRST =>
                {
                    CableTestTdrCfgBuilder::new(w).first(value::u32(&a))?;
                }
                ETHTOOL_A_CABLE_TEST_TDR_CFG_LAST
                    if a.raw_kind() == ETHTOOL_A_CABLE_TEST_TDR_CFG_LAST =>
                {
                    CableTestTdrCfgBuilder::new(w).last(value::u32(&a))?;
                }
                ETHTOOL_A_CABLE_TEST_TDR_CFG_STEP
                    if a.raw_kind() == ETHTOOL_A_CABLE_TEST_TDR_CFG_STEP =>
                {
                    CableTestTdrCfgBuilder::new(w).step(value::u32(&a))?;
                }
                ETHTOOL_A_CABLE_TEST_TDR_CFG_PAIR
                    if a.raw_kind() == ETHTOOL_A_CABLE_TEST_TDR_CFG_PAIR =>
                {
                    CableTestTdrCfgBuilder::new(w).pair(value::u8(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`CableTestTdrNtf`] checks of each attribute, from the descriptors.
static CABLE_TEST_TDR_NTF_CHECKS: [Check; 4] = Check::table(&tables::CABLE_TEST_TDR_NTF);

/// The `cable-test-tdr-ntf` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CableTestTdrNtf<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for CableTestTdrNtf<'a> {
    const SET: &'static AttrSet = &tables::CABLE_TEST_TDR_NTF;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &CABLE_TEST_TDR_NTF_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&CABLE_TEST_TDR_NTF_CHECKS, attrs)
    }
}

impl<'a> CableTestTdrNtf<'a> {
    /// Indexes and checks a block of `cable-test-tdr-ntf` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `ETHTOOL_A_CABLE_TEST_TDR_NTF_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_CABLE_TEST_TDR_NTF_HEADER)
    }

    /// `ETHTOOL_A_CABLE_TEST_TDR_NTF_STATUS`
    #[inline]
    pub fn status(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_CABLE_TEST_TDR_NTF_STATUS)
    }

    /// `ETHTOOL_A_CABLE_TEST_TDR_NTF_NEST`
    #[inline]
    pub fn nest(&self) -> Result<Option<CableNest<'a>>, Error> {
        self.0.nest(ETHTOOL_A_CABLE_TEST_TDR_NTF_NEST)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_CABLE_TEST_TDR_NTF_UNSPEC
                    if a.raw_kind() == ETHTOOL_A_CABLE_TEST_TDR_NTF_UNSPEC =>
                {
                    raw(w, &a)?
                }
                ETHTOOL_A_CABLE_TEST_TDR_NTF_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_CABLE_TEST_TDR_NTF_STATUS
                    if a.raw_kind() == ETHTOOL_A_CABLE_TEST_TDR_NTF_STATUS =>
                {
                    CableTestTdrNtfBuilder::new(w).status(value::u8(&a))?;
                }
                ETHTOOL_A_CABLE_TEST_TDR_NTF_NEST => {
                    nest_like(w, &a, |w| CableNest::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`CableTestTdr`] checks of each attribute, from the descriptors.
static CABLE_TEST_TDR_CHECKS: [Check; 3] = Check::table(&tables::CABLE_TEST_TDR);

/// The `cable-test-tdr` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CableTestTdr<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for CableTestTdr<'a> {
    const SET: &'static AttrSet = &tables::CABLE_TEST_TDR;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &CABLE_TEST_TDR_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&CABLE_TEST_TDR_CHECKS, attrs)
    }
}

impl<'a> CableTestTdr<'a> {
    /// Indexes and checks a block of `cable-test-tdr` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `ETHTOOL_A_CABLE_TEST_TDR_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_CABLE_TEST_TDR_HEADER)
    }

    /// `ETHTOOL_A_CABLE_TEST_TDR_CFG`
    #[inline]
    pub fn cfg(&self) -> Result<Option<CableTestTdrCfg<'a>>, Error> {
        self.0.nest(ETHTOOL_A_CABLE_TEST_TDR_CFG)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_CABLE_TEST_TDR_UNSPEC
                    if a.raw_kind() == ETHTOOL_A_CABLE_TEST_TDR_UNSPEC =>
                {
                    raw(w, &a)?
                }
                ETHTOOL_A_CABLE_TEST_TDR_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_CABLE_TEST_TDR_CFG => {
                    nest_like(w, &a, |w| CableTestTdrCfg::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`TunnelUdpEntry`] checks of each attribute, from the descriptors.
static TUNNEL_UDP_ENTRY_CHECKS: [Check; 3] = Check::table(&tables::TUNNEL_UDP_ENTRY);

/// The `tunnel-udp-entry` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TunnelUdpEntry<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for TunnelUdpEntry<'a> {
    const SET: &'static AttrSet = &tables::TUNNEL_UDP_ENTRY;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &TUNNEL_UDP_ENTRY_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&TUNNEL_UDP_ENTRY_CHECKS, attrs)
    }
}

impl<'a> TunnelUdpEntry<'a> {
    /// Indexes and checks a block of `tunnel-udp-entry` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `ETHTOOL_A_TUNNEL_UDP_ENTRY_PORT`
    #[inline]
    pub fn port(&self) -> Option<u16> {
        self.0.u16_be(ETHTOOL_A_TUNNEL_UDP_ENTRY_PORT)
    }

    /// `ETHTOOL_A_TUNNEL_UDP_ENTRY_TYPE`
    #[inline]
    pub fn type_(&self) -> Option<UdpTunnelType> {
        self.0
            .u32(ETHTOOL_A_TUNNEL_UDP_ENTRY_TYPE)
            .map(UdpTunnelType::from_value)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_TUNNEL_UDP_ENTRY_UNSPEC
                    if a.raw_kind() == ETHTOOL_A_TUNNEL_UDP_ENTRY_UNSPEC =>
                {
                    raw(w, &a)?
                }
                ETHTOOL_A_TUNNEL_UDP_ENTRY_PORT
                    if a.raw_kind() == ETHTOOL_A_TUNNEL_UDP_ENTRY_PORT =>
                {
                    TunnelUdpEntryBuilder::new(w).port(value::u16_be(&a))?;
                }
                ETHTOOL_A_TUNNEL_UDP_ENTRY_TYPE
                    if a.raw_kind() == ETHTOOL_A_TUNNEL_UDP_ENTRY_TYPE =>
                {
                    TunnelUdpEntryBuilder::new(w)
                        .type_(UdpTunnelType::from_value(value::u32(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`TunnelUdpTable`] checks of each attribute, from the descriptors.
static TUNNEL_UDP_TABLE_CHECKS: [Check; 4] = Check::table(&tables::TUNNEL_UDP_TABLE);

/// The `tunnel-udp-table` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TunnelUdpTable<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for TunnelUdpTable<'a> {
    const SET: &'static AttrSet = &tables::TUNNEL_UDP_TABLE;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &TUNNEL_UDP_TABLE_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&TUNNEL_UDP_TABLE_CHECKS, attrs)
    }
}

impl<'a> TunnelUdpTable<'a> {
    /// Indexes and checks a block of `tunnel-udp-table` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `ETHTOOL_A_TUNNEL_UDP_TABLE_SIZE`
    #[inline]
    pub fn size(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_TUNNEL_UDP_TABLE_SIZE)
    }

    /// `ETHTOOL_A_TUNNEL_UDP_TABLE_TYPES`
    #[inline]
    pub fn types(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TUNNEL_UDP_TABLE_TYPES)
    }

    /// `ETHTOOL_A_TUNNEL_UDP_TABLE_ENTRY`
    #[inline]
    pub fn entry(&self) -> impl Iterator<Item = Result<TunnelUdpEntry<'a>, Error>> + 'a {
        self.0
            .all(ETHTOOL_A_TUNNEL_UDP_TABLE_ENTRY)
            .map(|a| TunnelUdpEntry::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_TUNNEL_UDP_TABLE_UNSPEC
                    if a.raw_kind() == ETHTOOL_A_TUNNEL_UDP_TABLE_UNSPEC =>
                {
                    raw(w, &a)?
                }
                ETHTOOL_A_TUNNEL_UDP_TABLE_SIZE
                    if a.raw_kind() == ETHTOOL_A_TUNNEL_UDP_TABLE_SIZE =>
                {
                    TunnelUdpTableBuilder::new(w).size(value::u32(&a))?;
                }
                ETHTOOL_A_TUNNEL_UDP_TABLE_TYPES => {
                    nest_like(w, &a, |w| Bitset::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_TUNNEL_UDP_TABLE_ENTRY => {
                    nest_like(w, &a, |w| TunnelUdpEntry::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`TunnelUdp`] checks of each attribute, from the descriptors.
static TUNNEL_UDP_CHECKS: [Check; 2] = Check::table(&tables::TUNNEL_UDP);

/// The `tunnel-udp` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TunnelUdp<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for TunnelUdp<'a> {
    const SET: &'static AttrSet = &tables::TUNNEL_UDP;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &TUNNEL_UDP_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&TUNNEL_UDP_CHECKS, attrs)
    }
}

impl<'a> TunnelUdp<'a> {
    /// Indexes and checks a block of `tunnel-udp` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `ETHTOOL_A_TUNNEL_UDP_TABLE`
    #[inline]
    pub fn table_attr(&self) -> Result<Option<TunnelUdpTable<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TUNNEL_UDP_TABLE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_TUNNEL_UDP_UNSPEC if a.raw_kind() == ETHTOOL_A_TUNNEL_UDP_UNSPEC => {
                    raw(w, &a)?
                }
                ETHTOOL_A_TUNNEL_UDP_TABLE => {
                    nest_like(w, &a, |w| TunnelUdpTable::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`TunnelInfo`] checks of each attribute, from the descriptors.
static TUNNEL_INFO_CHECKS: [Check; 3] = Check::table(&tables::TUNNEL_INFO);

/// The `tunnel-info` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TunnelInfo<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for TunnelInfo<'a> {
    const SET: &'static AttrSet = &tables::TUNNEL_INFO;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &TUNNEL_INFO_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&TUNNEL_INFO_CHECKS, attrs)
    }
}

impl<'a> TunnelInfo<'a> {
    /// Indexes and checks a block of `tunnel-info` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `ETHTOOL_A_TUNNEL_INFO_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TUNNEL_INFO_HEADER)
    }

    /// `ETHTOOL_A_TUNNEL_INFO_UDP_PORTS`
    #[inline]
    pub fn udp_ports(&self) -> Result<Option<TunnelUdp<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TUNNEL_INFO_UDP_PORTS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_TUNNEL_INFO_UNSPEC if a.raw_kind() == ETHTOOL_A_TUNNEL_INFO_UNSPEC => {
                    raw(w, &a)?
                }
                ETHTOOL_A_TUNNEL_INFO_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_TUNNEL_INFO_UDP_PORTS => {
                    nest_like(w, &a, |w| TunnelUdp::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`FecHist`] checks of each attribute, from the descriptors.
static FEC_HIST_CHECKS: [Check; 6] = Check::table(&tables::FEC_HIST);

/// The `fec-hist` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FecHist<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for FecHist<'a> {
    const SET: &'static AttrSet = &tables::FEC_HIST;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &FEC_HIST_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&FEC_HIST_CHECKS, attrs)
    }
}

impl<'a> FecHist<'a> {
    /// Indexes and checks a block of `fec-hist` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `ETHTOOL_A_FEC_HIST_BIN_LOW`: Low bound of FEC bin (inclusive)
    #[inline]
    pub fn bin_low(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_FEC_HIST_BIN_LOW)
    }

    /// `ETHTOOL_A_FEC_HIST_BIN_HIGH`: High bound of FEC bin (inclusive)
    #[inline]
    pub fn bin_high(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_FEC_HIST_BIN_HIGH)
    }

    /// `ETHTOOL_A_FEC_HIST_BIN_VAL`: Error count in the bin (optional if per-lane values exist)
    #[inline]
    pub fn bin_val(&self) -> Option<u64> {
        self.0.uint(ETHTOOL_A_FEC_HIST_BIN_VAL)
    }

    /// `ETHTOOL_A_FEC_HIST_BIN_VAL_PER_LANE`: An array of per-lane error counters in the bin (optional)
    #[inline]
    pub fn bin_val_per_lane(&self) -> Option<&'a [u8]> {
        self.0.bytes(ETHTOOL_A_FEC_HIST_BIN_VAL_PER_LANE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_FEC_HIST_PAD if a.raw_kind() == ETHTOOL_A_FEC_HIST_PAD => raw(w, &a)?,
                ETHTOOL_A_FEC_HIST_BIN_LOW if a.raw_kind() == ETHTOOL_A_FEC_HIST_BIN_LOW => {
                    FecHistBuilder::new(w).bin_low(value::u32(&a))?;
                }
                ETHTOOL_A_FEC_HIST_BIN_HIGH if a.raw_kind() == ETHTOOL_A_FEC_HIST_BIN_HIGH => {
                    FecHistBuilder::new(w).bin_high(value::u32(&a))?;
                }
                ETHTOOL_A_FEC_HIST_BIN_VAL if a.raw_kind() == ETHTOOL_A_FEC_HIST_BIN_VAL => {
                    FecHistBuilder::new(w).bin_val(value::uint(&a))?;
                }
                ETHTOOL_A_FEC_HIST_BIN_VAL_PER_LANE
                    if a.raw_kind() == ETHTOOL_A_FEC_HIST_BIN_VAL_PER_LANE =>
                {
                    FecHistBuilder::new(w).bin_val_per_lane(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`FecStat`] checks of each attribute, from the descriptors.
static FEC_STAT_CHECKS: [Check; 6] = Check::table(&tables::FEC_STAT);

/// The `fec-stat` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FecStat<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for FecStat<'a> {
    const SET: &'static AttrSet = &tables::FEC_STAT;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &FEC_STAT_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&FEC_STAT_CHECKS, attrs)
    }
}

impl<'a> FecStat<'a> {
    /// Indexes and checks a block of `fec-stat` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `ETHTOOL_A_FEC_STAT_CORRECTED`
    #[inline]
    pub fn corrected(&self) -> Option<&'a [u8]> {
        self.0.bytes(ETHTOOL_A_FEC_STAT_CORRECTED)
    }

    /// `ETHTOOL_A_FEC_STAT_UNCORR`
    #[inline]
    pub fn uncorr(&self) -> Option<&'a [u8]> {
        self.0.bytes(ETHTOOL_A_FEC_STAT_UNCORR)
    }

    /// `ETHTOOL_A_FEC_STAT_CORR_BITS`
    #[inline]
    pub fn corr_bits(&self) -> Option<&'a [u8]> {
        self.0.bytes(ETHTOOL_A_FEC_STAT_CORR_BITS)
    }

    /// `ETHTOOL_A_FEC_STAT_HIST`
    #[inline]
    pub fn hist(&self) -> impl Iterator<Item = Result<FecHist<'a>, Error>> + 'a {
        self.0
            .all(ETHTOOL_A_FEC_STAT_HIST)
            .map(|a| FecHist::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_FEC_STAT_UNSPEC if a.raw_kind() == ETHTOOL_A_FEC_STAT_UNSPEC => {
                    raw(w, &a)?
                }
                ETHTOOL_A_FEC_STAT_PAD if a.raw_kind() == ETHTOOL_A_FEC_STAT_PAD => raw(w, &a)?,
                ETHTOOL_A_FEC_STAT_CORRECTED if a.raw_kind() == ETHTOOL_A_FEC_STAT_CORRECTED => {
                    FecStatBuilder::new(w).corrected(a.value())?;
                }
                ETHTOOL_A_FEC_STAT_UNCORR if a.raw_kind() == ETHTOOL_A_FEC_STAT_UNCORR => {
                    FecStatBuilder::new(w).uncorr(a.value())?;
                }
                ETHTOOL_A_FEC_STAT_CORR_BITS if a.raw_kind() == ETHTOOL_A_FEC_STAT_CORR_BITS => {
                    FecStatBuilder::new(w).corr_bits(a.value())?;
                }
                ETHTOOL_A_FEC_STAT_HIST => {
                    nest_like(w, &a, |w| FecHist::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Fec`] checks of each attribute, from the descriptors.
static FEC_CHECKS: [Check; 6] = Check::table(&tables::FEC);

/// The `fec` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Fec<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for Fec<'a> {
    const SET: &'static AttrSet = &tables::FEC;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &FEC_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&FEC_CHECKS, attrs)
    }
}

impl<'a> Fec<'a> {
    /// Indexes and checks a block of `fec` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `ETHTOOL_A_FEC_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_FEC_HEADER)
    }

    /// `ETHTOOL_A_FEC_MODES`
    #[inline]
    pub fn modes(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_FEC_MODES)
    }

    /// `ETHTOOL_A_FEC_AUTO`
    #[inline]
    pub fn auto(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_FEC_AUTO)
    }

    /// `ETHTOOL_A_FEC_ACTIVE`
    #[inline]
    pub fn active(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_FEC_ACTIVE)
    }

    /// `ETHTOOL_A_FEC_STATS`
    #[inline]
    pub fn stats(&self) -> Result<Option<FecStat<'a>>, Error> {
        self.0.nest(ETHTOOL_A_FEC_STATS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_FEC_UNSPEC if a.raw_kind() == ETHTOOL_A_FEC_UNSPEC => raw(w, &a)?,
                ETHTOOL_A_FEC_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_FEC_MODES => {
                    nest_like(w, &a, |w| Bitset::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_FEC_AUTO if a.raw_kind() == ETHTOOL_A_FEC_AUTO => {
                    FecBuilder::new(w).auto(value::u8(&a))?;
                }
                ETHTOOL_A_FEC_ACTIVE if a.raw_kind() == ETHTOOL_A_FEC_ACTIVE => {
                    FecBuilder::new(w).active(value::u32(&a))?;
                }
                ETHTOOL_A_FEC_STATS => {
                    nest_like(w, &a, |w| FecStat::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ModuleEeprom`] checks of each attribute, from the descriptors.
static MODULE_EEPROM_CHECKS: [Check; 8] = Check::table(&tables::MODULE_EEPROM);

/// The `module-eeprom` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ModuleEeprom<'a>(Table<'a, 8>);

impl<'a> AttrView<'a> for ModuleEeprom<'a> {
    const SET: &'static AttrSet = &tables::MODULE_EEPROM;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &MODULE_EEPROM_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&MODULE_EEPROM_CHECKS, attrs)
    }
}

impl<'a> ModuleEeprom<'a> {
    /// Indexes and checks a block of `module-eeprom` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 8> {
        &self.0
    }

    /// `ETHTOOL_A_MODULE_EEPROM_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_MODULE_EEPROM_HEADER)
    }

    /// `ETHTOOL_A_MODULE_EEPROM_OFFSET`
    #[inline]
    pub fn offset(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_MODULE_EEPROM_OFFSET)
    }

    /// `ETHTOOL_A_MODULE_EEPROM_LENGTH`
    #[inline]
    pub fn length(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_MODULE_EEPROM_LENGTH)
    }

    /// `ETHTOOL_A_MODULE_EEPROM_PAGE`
    #[inline]
    pub fn page(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_MODULE_EEPROM_PAGE)
    }

    /// `ETHTOOL_A_MODULE_EEPROM_BANK`
    #[inline]
    pub fn bank(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_MODULE_EEPROM_BANK)
    }

    /// `ETHTOOL_A_MODULE_EEPROM_I2C_ADDRESS`
    #[inline]
    pub fn i2c_address(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_MODULE_EEPROM_I2C_ADDRESS)
    }

    /// `ETHTOOL_A_MODULE_EEPROM_DATA`
    #[inline]
    pub fn data(&self) -> Option<&'a [u8]> {
        self.0.bytes(ETHTOOL_A_MODULE_EEPROM_DATA)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_MODULE_EEPROM_UNSPEC
                    if a.raw_kind() == ETHTOOL_A_MODULE_EEPROM_UNSPEC =>
                {
                    raw(w, &a)?
                }
                ETHTOOL_A_MODULE_EEPROM_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_MODULE_EEPROM_OFFSET
                    if a.raw_kind() == ETHTOOL_A_MODULE_EEPROM_OFFSET =>
                {
                    ModuleEepromBuilder::new(w).offset(value::u32(&a))?;
                }
                ETHTOOL_A_MODULE_EEPROM_LENGTH
                    if a.raw_kind() == ETHTOOL_A_MODULE_EEPROM_LENGTH =>
                {
                    ModuleEepromBuilder::new(w).length(value::u32(&a))?;
                }
                ETHTOOL_A_MODULE_EEPROM_PAGE if a.raw_kind() == ETHTOOL_A_MODULE_EEPROM_PAGE => {
                    ModuleEepromBuilder::new(w).page(value::u8(&a))?;
                }
                ETHTOOL_A_MODULE_EEPROM_BANK if a.raw_kind() == ETHTOOL_A_MODULE_EEPROM_BANK => {
                    ModuleEepromBuilder::new(w).bank(value::u8(&a))?;
                }
                ETHTOOL_A_MODULE_EEPROM_I2C_ADDRESS
                    if a.raw_kind() == ETHTOOL_A_MODULE_EEPROM_I2C_ADDRESS =>
                {
                    ModuleEepromBuilder::new(w).i2c_address(value::u8(&a))?;
                }
                ETHTOOL_A_MODULE_EEPROM_DATA if a.raw_kind() == ETHTOOL_A_MODULE_EEPROM_DATA => {
                    ModuleEepromBuilder::new(w).data(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`StatsGrp`] checks of each attribute, from the descriptors.
static STATS_GRP_CHECKS: [Check; 10] = Check::table(&tables::STATS_GRP);

/// The `stats-grp` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct StatsGrp<'a>(Table<'a, 10>);

impl<'a> AttrView<'a> for StatsGrp<'a> {
    const SET: &'static AttrSet = &tables::STATS_GRP;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &STATS_GRP_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&STATS_GRP_CHECKS, attrs)
    }
}

impl<'a> StatsGrp<'a> {
    /// Indexes and checks a block of `stats-grp` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 10> {
        &self.0
    }

    /// `ETHTOOL_A_STATS_GRP_ID`
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_STATS_GRP_ID)
    }

    /// `ETHTOOL_A_STATS_GRP_SS_ID`
    #[inline]
    pub fn ss_id(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_STATS_GRP_SS_ID)
    }

    /// `ETHTOOL_A_STATS_GRP_STAT`
    #[inline]
    pub fn stat(&self) -> Option<u64> {
        self.0.u64(ETHTOOL_A_STATS_GRP_STAT)
    }

    /// `ETHTOOL_A_STATS_GRP_HIST_RX`
    #[inline]
    pub fn hist_rx(&self) -> Result<Option<StatsGrpHist<'a>>, Error> {
        self.0.nest(ETHTOOL_A_STATS_GRP_HIST_RX)
    }

    /// `ETHTOOL_A_STATS_GRP_HIST_TX`
    #[inline]
    pub fn hist_tx(&self) -> Result<Option<StatsGrpHist<'a>>, Error> {
        self.0.nest(ETHTOOL_A_STATS_GRP_HIST_TX)
    }

    /// `ETHTOOL_A_STATS_GRP_HIST_BKT_LOW`
    #[inline]
    pub fn hist_bkt_low(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_STATS_GRP_HIST_BKT_LOW)
    }

    /// `ETHTOOL_A_STATS_GRP_HIST_BKT_HI`
    #[inline]
    pub fn hist_bkt_hi(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_STATS_GRP_HIST_BKT_HI)
    }

    /// `ETHTOOL_A_STATS_GRP_HIST_VAL`
    #[inline]
    pub fn hist_val(&self) -> Option<u64> {
        self.0.u64(ETHTOOL_A_STATS_GRP_HIST_VAL)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_STATS_GRP_UNSPEC if a.raw_kind() == ETHTOOL_A_STATS_GRP_UNSPEC => {
                    raw(w, &a)?
                }
                ETHTOOL_A_STATS_GRP_PAD if a.raw_kind() == ETHTOOL_A_STATS_GRP_PAD => raw(w, &a)?,
                ETHTOOL_A_STATS_GRP_ID if a.raw_kind() == ETHTOOL_A_STATS_GRP_ID => {
                    StatsGrpBuilder::new(w).id(value::u32(&a))?;
                }
                ETHTOOL_A_STATS_GRP_SS_ID if a.raw_kind() == ETHTOOL_A_STATS_GRP_SS_ID => {
                    StatsGrpBuilder::new(w).ss_id(value::u32(&a))?;
                }
                ETHTOOL_A_STATS_GRP_STAT if a.raw_kind() == ETHTOOL_A_STATS_GRP_STAT => {
                    StatsGrpBuilder::new(w).stat(value::u64(&a))?;
                }
                ETHTOOL_A_STATS_GRP_HIST_RX => {
                    nest_like(w, &a, |w| StatsGrpHist::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_STATS_GRP_HIST_TX => {
                    nest_like(w, &a, |w| StatsGrpHist::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_STATS_GRP_HIST_BKT_LOW
                    if a.raw_kind() == ETHTOOL_A_STATS_GRP_HIST_BKT_LOW =>
                {
                    StatsGrpBuilder::new(w).hist_bkt_low(value::u32(&a))?;
                }
                ETHTOOL_A_STATS_GRP_HIST_BKT_HI
                    if a.raw_kind() == ETHTOOL_A_STATS_GRP_HIST_BKT_HI =>
                {
                    StatsGrpBuilder::new(w).hist_bkt_hi(value::u32(&a))?;
                }
                ETHTOOL_A_STATS_GRP_HIST_VAL if a.raw_kind() == ETHTOOL_A_STATS_GRP_HIST_VAL => {
                    StatsGrpBuilder::new(w).hist_val(value::u64(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`StatsGrpHist`] checks of each attribute, from the descriptors.
static STATS_GRP_HIST_CHECKS: [Check; 10] = Check::table(&tables::STATS_GRP_HIST);

/// The `stats-grp-hist` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct StatsGrpHist<'a>(Table<'a, 10>);

impl<'a> AttrView<'a> for StatsGrpHist<'a> {
    const SET: &'static AttrSet = &tables::STATS_GRP_HIST;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &STATS_GRP_HIST_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&STATS_GRP_HIST_CHECKS, attrs)
    }
}

impl<'a> StatsGrpHist<'a> {
    /// Indexes and checks a block of `stats-grp-hist` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 10> {
        &self.0
    }

    /// `ETHTOOL_A_STATS_GRP_HIST_BKT_LOW`
    #[inline]
    pub fn hist_bkt_low(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_STATS_GRP_HIST_BKT_LOW)
    }

    /// `ETHTOOL_A_STATS_GRP_HIST_BKT_HI`
    #[inline]
    pub fn hist_bkt_hi(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_STATS_GRP_HIST_BKT_HI)
    }

    /// `ETHTOOL_A_STATS_GRP_HIST_VAL`
    #[inline]
    pub fn hist_val(&self) -> Option<u64> {
        self.0.u64(ETHTOOL_A_STATS_GRP_HIST_VAL)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_STATS_GRP_HIST_BKT_LOW
                    if a.raw_kind() == ETHTOOL_A_STATS_GRP_HIST_BKT_LOW =>
                {
                    StatsGrpHistBuilder::new(w).hist_bkt_low(value::u32(&a))?;
                }
                ETHTOOL_A_STATS_GRP_HIST_BKT_HI
                    if a.raw_kind() == ETHTOOL_A_STATS_GRP_HIST_BKT_HI =>
                {
                    StatsGrpHistBuilder::new(w).hist_bkt_hi(value::u32(&a))?;
                }
                ETHTOOL_A_STATS_GRP_HIST_VAL if a.raw_kind() == ETHTOOL_A_STATS_GRP_HIST_VAL => {
                    StatsGrpHistBuilder::new(w).hist_val(value::u64(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Stats`] checks of each attribute, from the descriptors.
static STATS_CHECKS: [Check; 6] = Check::table(&tables::STATS);

/// The `stats` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Stats<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for Stats<'a> {
    const SET: &'static AttrSet = &tables::STATS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &STATS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&STATS_CHECKS, attrs)
    }
}

impl<'a> Stats<'a> {
    /// Indexes and checks a block of `stats` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `ETHTOOL_A_STATS_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_STATS_HEADER)
    }

    /// `ETHTOOL_A_STATS_GROUPS`
    #[inline]
    pub fn groups(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_STATS_GROUPS)
    }

    /// `ETHTOOL_A_STATS_GRP`
    #[inline]
    pub fn grp(&self) -> Result<Option<StatsGrp<'a>>, Error> {
        self.0.nest(ETHTOOL_A_STATS_GRP)
    }

    /// `ETHTOOL_A_STATS_SRC`
    #[inline]
    pub fn src(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_STATS_SRC)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_STATS_UNSPEC if a.raw_kind() == ETHTOOL_A_STATS_UNSPEC => raw(w, &a)?,
                ETHTOOL_A_STATS_PAD if a.raw_kind() == ETHTOOL_A_STATS_PAD => raw(w, &a)?,
                ETHTOOL_A_STATS_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_STATS_GROUPS => {
                    nest_like(w, &a, |w| Bitset::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_STATS_GRP => {
                    nest_like(w, &a, |w| StatsGrp::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_STATS_SRC if a.raw_kind() == ETHTOOL_A_STATS_SRC => {
                    StatsBuilder::new(w).src(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`PhcVclocks`] checks of each attribute, from the descriptors.
static PHC_VCLOCKS_CHECKS: [Check; 4] = Check::table(&tables::PHC_VCLOCKS);

/// The `phc-vclocks` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct PhcVclocks<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for PhcVclocks<'a> {
    const SET: &'static AttrSet = &tables::PHC_VCLOCKS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PHC_VCLOCKS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PHC_VCLOCKS_CHECKS, attrs)
    }
}

impl<'a> PhcVclocks<'a> {
    /// Indexes and checks a block of `phc-vclocks` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `ETHTOOL_A_PHC_VCLOCKS_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_PHC_VCLOCKS_HEADER)
    }

    /// `ETHTOOL_A_PHC_VCLOCKS_NUM`
    #[inline]
    pub fn num(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PHC_VCLOCKS_NUM)
    }

    /// `ETHTOOL_A_PHC_VCLOCKS_INDEX`
    #[inline]
    pub fn index(&self) -> Option<&'a [u8]> {
        self.0.bytes(ETHTOOL_A_PHC_VCLOCKS_INDEX)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_PHC_VCLOCKS_UNSPEC if a.raw_kind() == ETHTOOL_A_PHC_VCLOCKS_UNSPEC => {
                    raw(w, &a)?
                }
                ETHTOOL_A_PHC_VCLOCKS_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_PHC_VCLOCKS_NUM if a.raw_kind() == ETHTOOL_A_PHC_VCLOCKS_NUM => {
                    PhcVclocksBuilder::new(w).num(value::u32(&a))?;
                }
                ETHTOOL_A_PHC_VCLOCKS_INDEX if a.raw_kind() == ETHTOOL_A_PHC_VCLOCKS_INDEX => {
                    PhcVclocksBuilder::new(w).index(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Module`] checks of each attribute, from the descriptors.
static MODULE_CHECKS: [Check; 4] = Check::table(&tables::MODULE);

/// The `module` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Module<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for Module<'a> {
    const SET: &'static AttrSet = &tables::MODULE;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &MODULE_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&MODULE_CHECKS, attrs)
    }
}

impl<'a> Module<'a> {
    /// Indexes and checks a block of `module` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `ETHTOOL_A_MODULE_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_MODULE_HEADER)
    }

    /// `ETHTOOL_A_MODULE_POWER_MODE_POLICY`
    #[inline]
    pub fn power_mode_policy(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_MODULE_POWER_MODE_POLICY)
    }

    /// `ETHTOOL_A_MODULE_POWER_MODE`
    #[inline]
    pub fn power_mode(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_MODULE_POWER_MODE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_MODULE_UNSPEC if a.raw_kind() == ETHTOOL_A_MODULE_UNSPEC => raw(w, &a)?,
                ETHTOOL_A_MODULE_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_MODULE_POWER_MODE_POLICY
                    if a.raw_kind() == ETHTOOL_A_MODULE_POWER_MODE_POLICY =>
                {
                    ModuleBuilder::new(w).power_mode_policy(value::u8(&a))?;
                }
                ETHTOOL_A_MODULE_POWER_MODE if a.raw_kind() == ETHTOOL_A_MODULE_POWER_MODE => {
                    ModuleBuilder::new(w).power_mode(value::u8(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`C33PsePwLimit`] checks of each attribute, from the descriptors.
static C33_PSE_PW_LIMIT_CHECKS: [Check; 3] = Check::table(&tables::C33_PSE_PW_LIMIT);

/// The `c33-pse-pw-limit` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct C33PsePwLimit<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for C33PsePwLimit<'a> {
    const SET: &'static AttrSet = &tables::C33_PSE_PW_LIMIT;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &C33_PSE_PW_LIMIT_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&C33_PSE_PW_LIMIT_CHECKS, attrs)
    }
}

impl<'a> C33PsePwLimit<'a> {
    /// Indexes and checks a block of `c33-pse-pw-limit` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `ETHTOOL_A_C33_PSE_PW_LIMIT_MIN`
    #[inline]
    pub fn min(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_C33_PSE_PW_LIMIT_MIN)
    }

    /// `ETHTOOL_A_C33_PSE_PW_LIMIT_MAX`
    #[inline]
    pub fn max(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_C33_PSE_PW_LIMIT_MAX)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_C33_PSE_PW_LIMIT_UNSPEC
                    if a.raw_kind() == ETHTOOL_A_C33_PSE_PW_LIMIT_UNSPEC =>
                {
                    raw(w, &a)?
                }
                ETHTOOL_A_C33_PSE_PW_LIMIT_MIN
                    if a.raw_kind() == ETHTOOL_A_C33_PSE_PW_LIMIT_MIN =>
                {
                    C33PsePwLimitBuilder::new(w).min(value::u32(&a))?;
                }
                ETHTOOL_A_C33_PSE_PW_LIMIT_MAX
                    if a.raw_kind() == ETHTOOL_A_C33_PSE_PW_LIMIT_MAX =>
                {
                    C33PsePwLimitBuilder::new(w).max(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Pse`] checks of each attribute, from the descriptors.
static PSE_CHECKS: [Check; 17] = Check::table(&tables::PSE);

/// The `pse` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Pse<'a>(Table<'a, 17>);

impl<'a> AttrView<'a> for Pse<'a> {
    const SET: &'static AttrSet = &tables::PSE;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PSE_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PSE_CHECKS, attrs)
    }
}

impl<'a> Pse<'a> {
    /// Indexes and checks a block of `pse` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 17> {
        &self.0
    }

    /// `ETHTOOL_A_PSE_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_PSE_HEADER)
    }

    /// `ETHTOOL_A_PODL_PSE_ADMIN_STATE`
    #[inline]
    pub fn podl_pse_admin_state(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PODL_PSE_ADMIN_STATE)
    }

    /// `ETHTOOL_A_PODL_PSE_ADMIN_CONTROL`
    #[inline]
    pub fn podl_pse_admin_control(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PODL_PSE_ADMIN_CONTROL)
    }

    /// `ETHTOOL_A_PODL_PSE_PW_D_STATUS`
    #[inline]
    pub fn podl_pse_pw_d_status(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PODL_PSE_PW_D_STATUS)
    }

    /// `ETHTOOL_A_C33_PSE_ADMIN_STATE`
    #[inline]
    pub fn c33_pse_admin_state(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_C33_PSE_ADMIN_STATE)
    }

    /// `ETHTOOL_A_C33_PSE_ADMIN_CONTROL`
    #[inline]
    pub fn c33_pse_admin_control(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_C33_PSE_ADMIN_CONTROL)
    }

    /// `ETHTOOL_A_C33_PSE_PW_D_STATUS`
    #[inline]
    pub fn c33_pse_pw_d_status(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_C33_PSE_PW_D_STATUS)
    }

    /// `ETHTOOL_A_C33_PSE_PW_CLASS`
    #[inline]
    pub fn c33_pse_pw_class(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_C33_PSE_PW_CLASS)
    }

    /// `ETHTOOL_A_C33_PSE_ACTUAL_PW`
    #[inline]
    pub fn c33_pse_actual_pw(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_C33_PSE_ACTUAL_PW)
    }

    /// `ETHTOOL_A_C33_PSE_EXT_STATE`
    #[inline]
    pub fn c33_pse_ext_state(&self) -> Option<C33PseExtState> {
        self.0
            .u32(ETHTOOL_A_C33_PSE_EXT_STATE)
            .map(C33PseExtState::from_value)
    }

    /// `ETHTOOL_A_C33_PSE_EXT_SUBSTATE`
    #[inline]
    pub fn c33_pse_ext_substate(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_C33_PSE_EXT_SUBSTATE)
    }

    /// `ETHTOOL_A_C33_PSE_AVAIL_PW_LIMIT`
    #[inline]
    pub fn c33_pse_avail_pw_limit(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_C33_PSE_AVAIL_PW_LIMIT)
    }

    /// `ETHTOOL_A_C33_PSE_PW_LIMIT_RANGES`
    #[inline]
    pub fn c33_pse_pw_limit_ranges(
        &self,
    ) -> impl Iterator<Item = Result<C33PsePwLimit<'a>, Error>> + 'a {
        self.0
            .all(ETHTOOL_A_C33_PSE_PW_LIMIT_RANGES)
            .map(|a| C33PsePwLimit::parse(a.nested()))
    }

    /// `ETHTOOL_A_PSE_PW_D_ID`
    #[inline]
    pub fn pse_pw_d_id(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PSE_PW_D_ID)
    }

    /// `ETHTOOL_A_PSE_PRIO_MAX`
    #[inline]
    pub fn pse_prio_max(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PSE_PRIO_MAX)
    }

    /// `ETHTOOL_A_PSE_PRIO`
    #[inline]
    pub fn pse_prio(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PSE_PRIO)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_PSE_UNSPEC if a.raw_kind() == ETHTOOL_A_PSE_UNSPEC => raw(w, &a)?,
                ETHTOOL_A_PSE_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_PODL_PSE_ADMIN_STATE
                    if a.raw_kind() == ETHTOOL_A_PODL_PSE_ADMIN_STATE =>
                {
                    PseBuilder::new(w).podl_pse_admin_state(value::u32(&a))?;
                }
                ETHTOOL_A_PODL_PSE_ADMIN_CONTROL
                    if a.raw_kind() == ETHTOOL_A_PODL_PSE_ADMIN_CONTROL =>
                {
                    PseBuilder::new(w).podl_pse_admin_control(value::u32(&a))?;
                }
                ETHTOOL_A_PODL_PSE_PW_D_STATUS
                    if a.raw_kind() == ETHTOOL_A_PODL_PSE_PW_D_STATUS =>
                {
                    PseBuilder::new(w).podl_pse_pw_d_status(value::u32(&a))?;
                }
                ETHTOOL_A_C33_PSE_ADMIN_STATE if a.raw_kind() == ETHTOOL_A_C33_PSE_ADMIN_STATE => {
                    PseBuilder::new(w).c33_pse_admin_state(value::u32(&a))?;
                }
                ETHTOOL_A_C33_PSE_ADMIN_CONTROL
                    if a.raw_kind() == ETHTOOL_A_C33_PSE_ADMIN_CONTROL =>
                {
                    PseBuilder::new(w).c33_pse_admin_control(value::u32(&a))?;
                }
                ETHTOOL_A_C33_PSE_PW_D_STATUS if a.raw_kind() == ETHTOOL_A_C33_PSE_PW_D_STATUS => {
                    PseBuilder::new(w).c33_pse_pw_d_status(value::u32(&a))?;
                }
                ETHTOOL_A_C33_PSE_PW_CLASS if a.raw_kind() == ETHTOOL_A_C33_PSE_PW_CLASS => {
                    PseBuilder::new(w).c33_pse_pw_class(value::u32(&a))?;
                }
                ETHTOOL_A_C33_PSE_ACTUAL_PW if a.raw_kind() == ETHTOOL_A_C33_PSE_ACTUAL_PW => {
                    PseBuilder::new(w).c33_pse_actual_pw(value::u32(&a))?;
                }
                ETHTOOL_A_C33_PSE_EXT_STATE if a.raw_kind() == ETHTOOL_A_C33_PSE_EXT_STATE => {
                    PseBuilder::new(w)
                        .c33_pse_ext_state(C33PseExtState::from_value(value::u32(&a)))?;
                }
                ETHTOOL_A_C33_PSE_EXT_SUBSTATE
                    if a.raw_kind() == ETHTOOL_A_C33_PSE_EXT_SUBSTATE =>
                {
                    PseBuilder::new(w).c33_pse_ext_substate(value::u32(&a))?;
                }
                ETHTOOL_A_C33_PSE_AVAIL_PW_LIMIT
                    if a.raw_kind() == ETHTOOL_A_C33_PSE_AVAIL_PW_LIMIT =>
                {
                    PseBuilder::new(w).c33_pse_avail_pw_limit(value::u32(&a))?;
                }
                ETHTOOL_A_C33_PSE_PW_LIMIT_RANGES => {
                    nest_like(w, &a, |w| C33PsePwLimit::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_PSE_PW_D_ID if a.raw_kind() == ETHTOOL_A_PSE_PW_D_ID => {
                    PseBuilder::new(w).pse_pw_d_id(value::u32(&a))?;
                }
                ETHTOOL_A_PSE_PRIO_MAX if a.raw_kind() == ETHTOOL_A_PSE_PRIO_MAX => {
                    PseBuilder::new(w).pse_prio_max(value::u32(&a))?;
                }
                ETHTOOL_A_PSE_PRIO if a.raw_kind() == ETHTOOL_A_PSE_PRIO => {
                    PseBuilder::new(w).pse_prio(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Flow`] checks of each attribute, from the descriptors.
static FLOW_CHECKS: [Check; 28] = Check::table(&tables::FLOW);

/// Flow types, corresponding to those defined in the old
/// ethtool header for RXFH and RXNFC as ${PROTO}_FLOW.
/// The values are not matching the old ones to avoid carrying
/// into Netlink the IP_USER_FLOW vs IPV4_FLOW vs IPV4_USER_FLOW confusion.
#[derive(Debug, Clone)]
pub struct Flow<'a>(Table<'a, 28>);

impl<'a> AttrView<'a> for Flow<'a> {
    const SET: &'static AttrSet = &tables::FLOW;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &FLOW_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&FLOW_CHECKS, attrs)
    }
}

impl<'a> Flow<'a> {
    /// Indexes and checks a block of `flow` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 28> {
        &self.0
    }

    /// `ETHTOOL_A_FLOW_ETHER`
    #[inline]
    pub fn ether(&self) -> Option<RxfhFields> {
        self.0.uint(ETHTOOL_A_FLOW_ETHER).map(RxfhFields)
    }

    /// `ETHTOOL_A_FLOW_IP4`
    #[inline]
    pub fn ip4(&self) -> Option<RxfhFields> {
        self.0.uint(ETHTOOL_A_FLOW_IP4).map(RxfhFields)
    }

    /// `ETHTOOL_A_FLOW_IP6`
    #[inline]
    pub fn ip6(&self) -> Option<RxfhFields> {
        self.0.uint(ETHTOOL_A_FLOW_IP6).map(RxfhFields)
    }

    /// `ETHTOOL_A_FLOW_TCP4`
    #[inline]
    pub fn tcp4(&self) -> Option<RxfhFields> {
        self.0.uint(ETHTOOL_A_FLOW_TCP4).map(RxfhFields)
    }

    /// `ETHTOOL_A_FLOW_TCP6`
    #[inline]
    pub fn tcp6(&self) -> Option<RxfhFields> {
        self.0.uint(ETHTOOL_A_FLOW_TCP6).map(RxfhFields)
    }

    /// `ETHTOOL_A_FLOW_UDP4`
    #[inline]
    pub fn udp4(&self) -> Option<RxfhFields> {
        self.0.uint(ETHTOOL_A_FLOW_UDP4).map(RxfhFields)
    }

    /// `ETHTOOL_A_FLOW_UDP6`
    #[inline]
    pub fn udp6(&self) -> Option<RxfhFields> {
        self.0.uint(ETHTOOL_A_FLOW_UDP6).map(RxfhFields)
    }

    /// `ETHTOOL_A_FLOW_SCTP4`
    #[inline]
    pub fn sctp4(&self) -> Option<RxfhFields> {
        self.0.uint(ETHTOOL_A_FLOW_SCTP4).map(RxfhFields)
    }

    /// `ETHTOOL_A_FLOW_SCTP6`
    #[inline]
    pub fn sctp6(&self) -> Option<RxfhFields> {
        self.0.uint(ETHTOOL_A_FLOW_SCTP6).map(RxfhFields)
    }

    /// `ETHTOOL_A_FLOW_AH4`
    #[inline]
    pub fn ah4(&self) -> Option<RxfhFields> {
        self.0.uint(ETHTOOL_A_FLOW_AH4).map(RxfhFields)
    }

    /// `ETHTOOL_A_FLOW_AH6`
    #[inline]
    pub fn ah6(&self) -> Option<RxfhFields> {
        self.0.uint(ETHTOOL_A_FLOW_AH6).map(RxfhFields)
    }

    /// `ETHTOOL_A_FLOW_ESP4`
    #[inline]
    pub fn esp4(&self) -> Option<RxfhFields> {
        self.0.uint(ETHTOOL_A_FLOW_ESP4).map(RxfhFields)
    }

    /// `ETHTOOL_A_FLOW_ESP6`
    #[inline]
    pub fn esp6(&self) -> Option<RxfhFields> {
        self.0.uint(ETHTOOL_A_FLOW_ESP6).map(RxfhFields)
    }

    /// `ETHTOOL_A_FLOW_AH_ESP4`
    #[inline]
    pub fn ah_esp4(&self) -> Option<RxfhFields> {
        self.0.uint(ETHTOOL_A_FLOW_AH_ESP4).map(RxfhFields)
    }

    /// `ETHTOOL_A_FLOW_AH_ESP6`
    #[inline]
    pub fn ah_esp6(&self) -> Option<RxfhFields> {
        self.0.uint(ETHTOOL_A_FLOW_AH_ESP6).map(RxfhFields)
    }

    /// `ETHTOOL_A_FLOW_GTPU4`
    #[inline]
    pub fn gtpu4(&self) -> Option<RxfhFields> {
        self.0.uint(ETHTOOL_A_FLOW_GTPU4).map(RxfhFields)
    }

    /// `ETHTOOL_A_FLOW_GTPU6`
    #[inline]
    pub fn gtpu6(&self) -> Option<RxfhFields> {
        self.0.uint(ETHTOOL_A_FLOW_GTPU6).map(RxfhFields)
    }

    /// `ETHTOOL_A_FLOW_GTPC4`
    #[inline]
    pub fn gtpc4(&self) -> Option<RxfhFields> {
        self.0.uint(ETHTOOL_A_FLOW_GTPC4).map(RxfhFields)
    }

    /// `ETHTOOL_A_FLOW_GTPC6`
    #[inline]
    pub fn gtpc6(&self) -> Option<RxfhFields> {
        self.0.uint(ETHTOOL_A_FLOW_GTPC6).map(RxfhFields)
    }

    /// `ETHTOOL_A_FLOW_GTPC_TEID4`
    #[inline]
    pub fn gtpc_teid4(&self) -> Option<RxfhFields> {
        self.0.uint(ETHTOOL_A_FLOW_GTPC_TEID4).map(RxfhFields)
    }

    /// `ETHTOOL_A_FLOW_GTPC_TEID6`
    #[inline]
    pub fn gtpc_teid6(&self) -> Option<RxfhFields> {
        self.0.uint(ETHTOOL_A_FLOW_GTPC_TEID6).map(RxfhFields)
    }

    /// `ETHTOOL_A_FLOW_GTPU_EH4`
    #[inline]
    pub fn gtpu_eh4(&self) -> Option<RxfhFields> {
        self.0.uint(ETHTOOL_A_FLOW_GTPU_EH4).map(RxfhFields)
    }

    /// `ETHTOOL_A_FLOW_GTPU_EH6`
    #[inline]
    pub fn gtpu_eh6(&self) -> Option<RxfhFields> {
        self.0.uint(ETHTOOL_A_FLOW_GTPU_EH6).map(RxfhFields)
    }

    /// `ETHTOOL_A_FLOW_GTPU_UL4`
    #[inline]
    pub fn gtpu_ul4(&self) -> Option<RxfhFields> {
        self.0.uint(ETHTOOL_A_FLOW_GTPU_UL4).map(RxfhFields)
    }

    /// `ETHTOOL_A_FLOW_GTPU_UL6`
    #[inline]
    pub fn gtpu_ul6(&self) -> Option<RxfhFields> {
        self.0.uint(ETHTOOL_A_FLOW_GTPU_UL6).map(RxfhFields)
    }

    /// `ETHTOOL_A_FLOW_GTPU_DL4`
    #[inline]
    pub fn gtpu_dl4(&self) -> Option<RxfhFields> {
        self.0.uint(ETHTOOL_A_FLOW_GTPU_DL4).map(RxfhFields)
    }

    /// `ETHTOOL_A_FLOW_GTPU_DL6`
    #[inline]
    pub fn gtpu_dl6(&self) -> Option<RxfhFields> {
        self.0.uint(ETHTOOL_A_FLOW_GTPU_DL6).map(RxfhFields)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_FLOW_ETHER if a.raw_kind() == ETHTOOL_A_FLOW_ETHER => {
                    FlowBuilder::new(w).ether(RxfhFields(value::uint(&a)))?;
                }
                ETHTOOL_A_FLOW_IP4 if a.raw_kind() == ETHTOOL_A_FLOW_IP4 => {
                    FlowBuilder::new(w).ip4(RxfhFields(value::uint(&a)))?;
                }
                ETHTOOL_A_FLOW_IP6 if a.raw_kind() == ETHTOOL_A_FLOW_IP6 => {
                    FlowBuilder::new(w).ip6(RxfhFields(value::uint(&a)))?;
                }
                ETHTOOL_A_FLOW_TCP4 if a.raw_kind() == ETHTOOL_A_FLOW_TCP4 => {
                    FlowBuilder::new(w).tcp4(RxfhFields(value::uint(&a)))?;
                }
                ETHTOOL_A_FLOW_TCP6 if a.raw_kind() == ETHTOOL_A_FLOW_TCP6 => {
                    FlowBuilder::new(w).tcp6(RxfhFields(value::uint(&a)))?;
                }
                ETHTOOL_A_FLOW_UDP4 if a.raw_kind() == ETHTOOL_A_FLOW_UDP4 => {
                    FlowBuilder::new(w).udp4(RxfhFields(value::uint(&a)))?;
                }
                ETHTOOL_A_FLOW_UDP6 if a.raw_kind() == ETHTOOL_A_FLOW_UDP6 => {
                    FlowBuilder::new(w).udp6(RxfhFields(value::uint(&a)))?;
                }
                ETHTOOL_A_FLOW_SCTP4 if a.raw_kind() == ETHTOOL_A_FLOW_SCTP4 => {
                    FlowBuilder::new(w).sctp4(RxfhFields(value::uint(&a)))?;
                }
                ETHTOOL_A_FLOW_SCTP6 if a.raw_kind() == ETHTOOL_A_FLOW_SCTP6 => {
                    FlowBuilder::new(w).sctp6(RxfhFields(value::uint(&a)))?;
                }
                ETHTOOL_A_FLOW_AH4 if a.raw_kind() == ETHTOOL_A_FLOW_AH4 => {
                    FlowBuilder::new(w).ah4(RxfhFields(value::uint(&a)))?;
                }
                ETHTOOL_A_FLOW_AH6 if a.raw_kind() == ETHTOOL_A_FLOW_AH6 => {
                    FlowBuilder::new(w).ah6(RxfhFields(value::uint(&a)))?;
                }
                ETHTOOL_A_FLOW_ESP4 if a.raw_kind() == ETHTOOL_A_FLOW_ESP4 => {
                    FlowBuilder::new(w).esp4(RxfhFields(value::uint(&a)))?;
                }
                ETHTOOL_A_FLOW_ESP6 if a.raw_kind() == ETHTOOL_A_FLOW_ESP6 => {
                    FlowBuilder::new(w).esp6(RxfhFields(value::uint(&a)))?;
                }
                ETHTOOL_A_FLOW_AH_ESP4 if a.raw_kind() == ETHTOOL_A_FLOW_AH_ESP4 => {
                    FlowBuilder::new(w).ah_esp4(RxfhFields(value::uint(&a)))?;
                }
                ETHTOOL_A_FLOW_AH_ESP6 if a.raw_kind() == ETHTOOL_A_FLOW_AH_ESP6 => {
                    FlowBuilder::new(w).ah_esp6(RxfhFields(value::uint(&a)))?;
                }
                ETHTOOL_A_FLOW_GTPU4 if a.raw_kind() == ETHTOOL_A_FLOW_GTPU4 => {
                    FlowBuilder::new(w).gtpu4(RxfhFields(value::uint(&a)))?;
                }
                ETHTOOL_A_FLOW_GTPU6 if a.raw_kind() == ETHTOOL_A_FLOW_GTPU6 => {
                    FlowBuilder::new(w).gtpu6(RxfhFields(value::uint(&a)))?;
                }
                ETHTOOL_A_FLOW_GTPC4 if a.raw_kind() == ETHTOOL_A_FLOW_GTPC4 => {
                    FlowBuilder::new(w).gtpc4(RxfhFields(value::uint(&a)))?;
                }
                ETHTOOL_A_FLOW_GTPC6 if a.raw_kind() == ETHTOOL_A_FLOW_GTPC6 => {
                    FlowBuilder::new(w).gtpc6(RxfhFields(value::uint(&a)))?;
                }
                ETHTOOL_A_FLOW_GTPC_TEID4 if a.raw_kind() == ETHTOOL_A_FLOW_GTPC_TEID4 => {
                    FlowBuilder::new(w).gtpc_teid4(RxfhFields(value::uint(&a)))?;
                }
                ETHTOOL_A_FLOW_GTPC_TEID6 if a.raw_kind() == ETHTOOL_A_FLOW_GTPC_TEID6 => {
                    FlowBuilder::new(w).gtpc_teid6(RxfhFields(value::uint(&a)))?;
                }
                ETHTOOL_A_FLOW_GTPU_EH4 if a.raw_kind() == ETHTOOL_A_FLOW_GTPU_EH4 => {
                    FlowBuilder::new(w).gtpu_eh4(RxfhFields(value::uint(&a)))?;
                }
                ETHTOOL_A_FLOW_GTPU_EH6 if a.raw_kind() == ETHTOOL_A_FLOW_GTPU_EH6 => {
                    FlowBuilder::new(w).gtpu_eh6(RxfhFields(value::uint(&a)))?;
                }
                ETHTOOL_A_FLOW_GTPU_UL4 if a.raw_kind() == ETHTOOL_A_FLOW_GTPU_UL4 => {
                    FlowBuilder::new(w).gtpu_ul4(RxfhFields(value::uint(&a)))?;
                }
                ETHTOOL_A_FLOW_GTPU_UL6 if a.raw_kind() == ETHTOOL_A_FLOW_GTPU_UL6 => {
                    FlowBuilder::new(w).gtpu_ul6(RxfhFields(value::uint(&a)))?;
                }
                ETHTOOL_A_FLOW_GTPU_DL4 if a.raw_kind() == ETHTOOL_A_FLOW_GTPU_DL4 => {
                    FlowBuilder::new(w).gtpu_dl4(RxfhFields(value::uint(&a)))?;
                }
                ETHTOOL_A_FLOW_GTPU_DL6 if a.raw_kind() == ETHTOOL_A_FLOW_GTPU_DL6 => {
                    FlowBuilder::new(w).gtpu_dl6(RxfhFields(value::uint(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Rss`] checks of each attribute, from the descriptors.
static RSS_CHECKS: [Check; 9] = Check::table(&tables::RSS);

/// The `rss` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Rss<'a>(Table<'a, 9>);

impl<'a> AttrView<'a> for Rss<'a> {
    const SET: &'static AttrSet = &tables::RSS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &RSS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&RSS_CHECKS, attrs)
    }
}

impl<'a> Rss<'a> {
    /// Indexes and checks a block of `rss` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 9> {
        &self.0
    }

    /// `ETHTOOL_A_RSS_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_RSS_HEADER)
    }

    /// `ETHTOOL_A_RSS_CONTEXT`
    #[inline]
    pub fn context(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RSS_CONTEXT)
    }

    /// `ETHTOOL_A_RSS_HFUNC`
    #[inline]
    pub fn hfunc(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RSS_HFUNC)
    }

    /// `ETHTOOL_A_RSS_INDIR`
    #[inline]
    pub fn indir(&self) -> Option<&'a [u8]> {
        self.0.bytes(ETHTOOL_A_RSS_INDIR)
    }

    /// `ETHTOOL_A_RSS_HKEY`
    #[inline]
    pub fn hkey(&self) -> Option<&'a [u8]> {
        self.0.bytes(ETHTOOL_A_RSS_HKEY)
    }

    /// `ETHTOOL_A_RSS_INPUT_XFRM`
    #[inline]
    pub fn input_xfrm(&self) -> Option<InputXfrm> {
        self.0.u32(ETHTOOL_A_RSS_INPUT_XFRM).map(InputXfrm)
    }

    /// `ETHTOOL_A_RSS_START_CONTEXT`
    #[inline]
    pub fn start_context(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RSS_START_CONTEXT)
    }

    /// `ETHTOOL_A_RSS_FLOW_HASH`
    #[inline]
    pub fn flow_hash(&self) -> Result<Option<Flow<'a>>, Error> {
        self.0.nest(ETHTOOL_A_RSS_FLOW_HASH)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_RSS_UNSPEC if a.raw_kind() == ETHTOOL_A_RSS_UNSPEC => raw(w, &a)?,
                ETHTOOL_A_RSS_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_RSS_CONTEXT if a.raw_kind() == ETHTOOL_A_RSS_CONTEXT => {
                    RssBuilder::new(w).context(value::u32(&a))?;
                }
                ETHTOOL_A_RSS_HFUNC if a.raw_kind() == ETHTOOL_A_RSS_HFUNC => {
                    RssBuilder::new(w).hfunc(value::u32(&a))?;
                }
                ETHTOOL_A_RSS_INDIR if a.raw_kind() == ETHTOOL_A_RSS_INDIR => {
                    RssBuilder::new(w).indir(a.value())?;
                }
                ETHTOOL_A_RSS_HKEY if a.raw_kind() == ETHTOOL_A_RSS_HKEY => {
                    RssBuilder::new(w).hkey(a.value())?;
                }
                ETHTOOL_A_RSS_INPUT_XFRM if a.raw_kind() == ETHTOOL_A_RSS_INPUT_XFRM => {
                    RssBuilder::new(w).input_xfrm(InputXfrm(value::u32(&a)))?;
                }
                ETHTOOL_A_RSS_START_CONTEXT if a.raw_kind() == ETHTOOL_A_RSS_START_CONTEXT => {
                    RssBuilder::new(w).start_context(value::u32(&a))?;
                }
                ETHTOOL_A_RSS_FLOW_HASH => {
                    nest_like(w, &a, |w| Flow::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Plca`] checks of each attribute, from the descriptors.
static PLCA_CHECKS: [Check; 10] = Check::table(&tables::PLCA);

/// The `plca` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Plca<'a>(Table<'a, 10>);

impl<'a> AttrView<'a> for Plca<'a> {
    const SET: &'static AttrSet = &tables::PLCA;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PLCA_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PLCA_CHECKS, attrs)
    }
}

impl<'a> Plca<'a> {
    /// Indexes and checks a block of `plca` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 10> {
        &self.0
    }

    /// `ETHTOOL_A_PLCA_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_PLCA_HEADER)
    }

    /// `ETHTOOL_A_PLCA_VERSION`
    #[inline]
    pub fn version(&self) -> Option<u16> {
        self.0.u16(ETHTOOL_A_PLCA_VERSION)
    }

    /// `ETHTOOL_A_PLCA_ENABLED`
    #[inline]
    pub fn enabled(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_PLCA_ENABLED)
    }

    /// `ETHTOOL_A_PLCA_STATUS`
    #[inline]
    pub fn status(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_PLCA_STATUS)
    }

    /// `ETHTOOL_A_PLCA_NODE_CNT`
    #[inline]
    pub fn node_cnt(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PLCA_NODE_CNT)
    }

    /// `ETHTOOL_A_PLCA_NODE_ID`
    #[inline]
    pub fn node_id(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PLCA_NODE_ID)
    }

    /// `ETHTOOL_A_PLCA_TO_TMR`
    #[inline]
    pub fn to_tmr(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PLCA_TO_TMR)
    }

    /// `ETHTOOL_A_PLCA_BURST_CNT`
    #[inline]
    pub fn burst_cnt(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PLCA_BURST_CNT)
    }

    /// `ETHTOOL_A_PLCA_BURST_TMR`
    #[inline]
    pub fn burst_tmr(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PLCA_BURST_TMR)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_PLCA_UNSPEC if a.raw_kind() == ETHTOOL_A_PLCA_UNSPEC => raw(w, &a)?,
                ETHTOOL_A_PLCA_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_PLCA_VERSION if a.raw_kind() == ETHTOOL_A_PLCA_VERSION => {
                    PlcaBuilder::new(w).version(value::u16(&a))?;
                }
                ETHTOOL_A_PLCA_ENABLED if a.raw_kind() == ETHTOOL_A_PLCA_ENABLED => {
                    PlcaBuilder::new(w).enabled(value::u8(&a))?;
                }
                ETHTOOL_A_PLCA_STATUS if a.raw_kind() == ETHTOOL_A_PLCA_STATUS => {
                    PlcaBuilder::new(w).status(value::u8(&a))?;
                }
                ETHTOOL_A_PLCA_NODE_CNT if a.raw_kind() == ETHTOOL_A_PLCA_NODE_CNT => {
                    PlcaBuilder::new(w).node_cnt(value::u32(&a))?;
                }
                ETHTOOL_A_PLCA_NODE_ID if a.raw_kind() == ETHTOOL_A_PLCA_NODE_ID => {
                    PlcaBuilder::new(w).node_id(value::u32(&a))?;
                }
                ETHTOOL_A_PLCA_TO_TMR if a.raw_kind() == ETHTOOL_A_PLCA_TO_TMR => {
                    PlcaBuilder::new(w).to_tmr(value::u32(&a))?;
                }
                ETHTOOL_A_PLCA_BURST_CNT if a.raw_kind() == ETHTOOL_A_PLCA_BURST_CNT => {
                    PlcaBuilder::new(w).burst_cnt(value::u32(&a))?;
                }
                ETHTOOL_A_PLCA_BURST_TMR if a.raw_kind() == ETHTOOL_A_PLCA_BURST_TMR => {
                    PlcaBuilder::new(w).burst_tmr(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ModuleFwFlash`] checks of each attribute, from the descriptors.
static MODULE_FW_FLASH_CHECKS: [Check; 8] = Check::table(&tables::MODULE_FW_FLASH);

/// The `module-fw-flash` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ModuleFwFlash<'a>(Table<'a, 8>);

impl<'a> AttrView<'a> for ModuleFwFlash<'a> {
    const SET: &'static AttrSet = &tables::MODULE_FW_FLASH;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &MODULE_FW_FLASH_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&MODULE_FW_FLASH_CHECKS, attrs)
    }
}

impl<'a> ModuleFwFlash<'a> {
    /// Indexes and checks a block of `module-fw-flash` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 8> {
        &self.0
    }

    /// `ETHTOOL_A_MODULE_FW_FLASH_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_MODULE_FW_FLASH_HEADER)
    }

    /// `ETHTOOL_A_MODULE_FW_FLASH_FILE_NAME`
    #[inline]
    pub fn file_name(&self) -> Option<&'a str> {
        self.0.str(ETHTOOL_A_MODULE_FW_FLASH_FILE_NAME)
    }

    /// `ETHTOOL_A_MODULE_FW_FLASH_PASSWORD`
    #[inline]
    pub fn password(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_MODULE_FW_FLASH_PASSWORD)
    }

    /// `ETHTOOL_A_MODULE_FW_FLASH_STATUS`
    #[inline]
    pub fn status(&self) -> Option<ModuleFwFlashStatus> {
        self.0
            .u32(ETHTOOL_A_MODULE_FW_FLASH_STATUS)
            .map(ModuleFwFlashStatus::from_value)
    }

    /// `ETHTOOL_A_MODULE_FW_FLASH_STATUS_MSG`
    #[inline]
    pub fn status_msg(&self) -> Option<&'a str> {
        self.0.str(ETHTOOL_A_MODULE_FW_FLASH_STATUS_MSG)
    }

    /// `ETHTOOL_A_MODULE_FW_FLASH_DONE`
    #[inline]
    pub fn done(&self) -> Option<u64> {
        self.0.uint(ETHTOOL_A_MODULE_FW_FLASH_DONE)
    }

    /// `ETHTOOL_A_MODULE_FW_FLASH_TOTAL`
    #[inline]
    pub fn total(&self) -> Option<u64> {
        self.0.uint(ETHTOOL_A_MODULE_FW_FLASH_TOTAL)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_MODULE_FW_FLASH_UNSPEC
                    if a.raw_kind() == ETHTOOL_A_MODULE_FW_FLASH_UNSPEC =>
                {
                    raw(w, &a)?
                }
                ETHTOOL_A_MODULE_FW_FLASH_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_MODULE_FW_FLASH_FILE_NAME
                    if a.raw_kind() == ETHTOOL_A_MODULE_FW_FLASH_FILE_NAME =>
                {
                    ModuleFwFlashBuilder::new(w).file_name(value::str(&a))?;
                }
                ETHTOOL_A_MODULE_FW_FLASH_PASSWORD
                    if a.raw_kind() == ETHTOOL_A_MODULE_FW_FLASH_PASSWORD =>
                {
                    ModuleFwFlashBuilder::new(w).password(value::u32(&a))?;
                }
                ETHTOOL_A_MODULE_FW_FLASH_STATUS
                    if a.raw_kind() == ETHTOOL_A_MODULE_FW_FLASH_STATUS =>
                {
                    ModuleFwFlashBuilder::new(w)
                        .status(ModuleFwFlashStatus::from_value(value::u32(&a)))?;
                }
                ETHTOOL_A_MODULE_FW_FLASH_STATUS_MSG
                    if a.raw_kind() == ETHTOOL_A_MODULE_FW_FLASH_STATUS_MSG =>
                {
                    ModuleFwFlashBuilder::new(w).status_msg(value::str(&a))?;
                }
                ETHTOOL_A_MODULE_FW_FLASH_DONE
                    if a.raw_kind() == ETHTOOL_A_MODULE_FW_FLASH_DONE =>
                {
                    ModuleFwFlashBuilder::new(w).done(value::uint(&a))?;
                }
                ETHTOOL_A_MODULE_FW_FLASH_TOTAL
                    if a.raw_kind() == ETHTOOL_A_MODULE_FW_FLASH_TOTAL =>
                {
                    ModuleFwFlashBuilder::new(w).total(value::uint(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Phy`] checks of each attribute, from the descriptors.
static PHY_CHECKS: [Check; 9] = Check::table(&tables::PHY);

/// The `phy` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Phy<'a>(Table<'a, 9>);

impl<'a> AttrView<'a> for Phy<'a> {
    const SET: &'static AttrSet = &tables::PHY;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PHY_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PHY_CHECKS, attrs)
    }
}

impl<'a> Phy<'a> {
    /// Indexes and checks a block of `phy` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 9> {
        &self.0
    }

    /// `ETHTOOL_A_PHY_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_PHY_HEADER)
    }

    /// `ETHTOOL_A_PHY_INDEX`
    #[inline]
    pub fn index(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PHY_INDEX)
    }

    /// `ETHTOOL_A_PHY_DRVNAME`
    #[inline]
    pub fn drvname(&self) -> Option<&'a str> {
        self.0.str(ETHTOOL_A_PHY_DRVNAME)
    }

    /// `ETHTOOL_A_PHY_NAME`
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(ETHTOOL_A_PHY_NAME)
    }

    /// `ETHTOOL_A_PHY_UPSTREAM_TYPE`
    #[inline]
    pub fn upstream_type(&self) -> Option<PhyUpstreamType> {
        self.0
            .u32(ETHTOOL_A_PHY_UPSTREAM_TYPE)
            .map(PhyUpstreamType::from_value)
    }

    /// `ETHTOOL_A_PHY_UPSTREAM_INDEX`
    #[inline]
    pub fn upstream_index(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PHY_UPSTREAM_INDEX)
    }

    /// `ETHTOOL_A_PHY_UPSTREAM_SFP_NAME`
    #[inline]
    pub fn upstream_sfp_name(&self) -> Option<&'a str> {
        self.0.str(ETHTOOL_A_PHY_UPSTREAM_SFP_NAME)
    }

    /// `ETHTOOL_A_PHY_DOWNSTREAM_SFP_NAME`
    #[inline]
    pub fn downstream_sfp_name(&self) -> Option<&'a str> {
        self.0.str(ETHTOOL_A_PHY_DOWNSTREAM_SFP_NAME)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_PHY_UNSPEC if a.raw_kind() == ETHTOOL_A_PHY_UNSPEC => raw(w, &a)?,
                ETHTOOL_A_PHY_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_PHY_INDEX if a.raw_kind() == ETHTOOL_A_PHY_INDEX => {
                    PhyBuilder::new(w).index(value::u32(&a))?;
                }
                ETHTOOL_A_PHY_DRVNAME if a.raw_kind() == ETHTOOL_A_PHY_DRVNAME => {
                    PhyBuilder::new(w).drvname(value::str(&a))?;
                }
                ETHTOOL_A_PHY_NAME if a.raw_kind() == ETHTOOL_A_PHY_NAME => {
                    PhyBuilder::new(w).name(value::str(&a))?;
                }
                ETHTOOL_A_PHY_UPSTREAM_TYPE if a.raw_kind() == ETHTOOL_A_PHY_UPSTREAM_TYPE => {
                    PhyBuilder::new(w)
                        .upstream_type(PhyUpstreamType::from_value(value::u32(&a)))?;
                }
                ETHTOOL_A_PHY_UPSTREAM_INDEX if a.raw_kind() == ETHTOOL_A_PHY_UPSTREAM_INDEX => {
                    PhyBuilder::new(w).upstream_index(value::u32(&a))?;
                }
                ETHTOOL_A_PHY_UPSTREAM_SFP_NAME
                    if a.raw_kind() == ETHTOOL_A_PHY_UPSTREAM_SFP_NAME =>
                {
                    PhyBuilder::new(w).upstream_sfp_name(value::str(&a))?;
                }
                ETHTOOL_A_PHY_DOWNSTREAM_SFP_NAME
                    if a.raw_kind() == ETHTOOL_A_PHY_DOWNSTREAM_SFP_NAME =>
                {
                    PhyBuilder::new(w).downstream_sfp_name(value::str(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Tsconfig`] checks of each attribute, from the descriptors.
static TSCONFIG_CHECKS: [Check; 6] = Check::table(&tables::TSCONFIG);

/// The `tsconfig` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Tsconfig<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for Tsconfig<'a> {
    const SET: &'static AttrSet = &tables::TSCONFIG;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &TSCONFIG_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&TSCONFIG_CHECKS, attrs)
    }
}

impl<'a> Tsconfig<'a> {
    /// Indexes and checks a block of `tsconfig` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `ETHTOOL_A_TSCONFIG_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TSCONFIG_HEADER)
    }

    /// `ETHTOOL_A_TSCONFIG_HWTSTAMP_PROVIDER`
    #[inline]
    pub fn hwtstamp_provider(&self) -> Result<Option<TsHwtstampProvider<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TSCONFIG_HWTSTAMP_PROVIDER)
    }

    /// `ETHTOOL_A_TSCONFIG_TX_TYPES`
    #[inline]
    pub fn tx_types(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TSCONFIG_TX_TYPES)
    }

    /// `ETHTOOL_A_TSCONFIG_RX_FILTERS`
    #[inline]
    pub fn rx_filters(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TSCONFIG_RX_FILTERS)
    }

    /// `ETHTOOL_A_TSCONFIG_HWTSTAMP_FLAGS`
    #[inline]
    pub fn hwtstamp_flags(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TSCONFIG_HWTSTAMP_FLAGS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_TSCONFIG_UNSPEC if a.raw_kind() == ETHTOOL_A_TSCONFIG_UNSPEC => {
                    raw(w, &a)?
                }
                ETHTOOL_A_TSCONFIG_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_TSCONFIG_HWTSTAMP_PROVIDER => nest_like(w, &a, |w| {
                    TsHwtstampProvider::parse(a.nested())?.write_to(w)
                })?,
                ETHTOOL_A_TSCONFIG_TX_TYPES => {
                    nest_like(w, &a, |w| Bitset::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_TSCONFIG_RX_FILTERS => {
                    nest_like(w, &a, |w| Bitset::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_TSCONFIG_HWTSTAMP_FLAGS => {
                    nest_like(w, &a, |w| Bitset::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`PseNtf`] checks of each attribute, from the descriptors.
static PSE_NTF_CHECKS: [Check; 3] = Check::table(&tables::PSE_NTF);

/// The `pse-ntf` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct PseNtf<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for PseNtf<'a> {
    const SET: &'static AttrSet = &tables::PSE_NTF;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PSE_NTF_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PSE_NTF_CHECKS, attrs)
    }
}

impl<'a> PseNtf<'a> {
    /// Indexes and checks a block of `pse-ntf` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `ETHTOOL_A_PSE_NTF_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_PSE_NTF_HEADER)
    }

    /// `ETHTOOL_A_PSE_NTF_EVENTS`: List of events reported by the PSE controller
    #[inline]
    pub fn events(&self) -> Option<PseEvent> {
        self.0.uint(ETHTOOL_A_PSE_NTF_EVENTS).map(PseEvent)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_PSE_NTF_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_PSE_NTF_EVENTS if a.raw_kind() == ETHTOOL_A_PSE_NTF_EVENTS => {
                    PseNtfBuilder::new(w).events(PseEvent(value::uint(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`MseCapabilities`] checks of each attribute, from the descriptors.
static MSE_CAPABILITIES_CHECKS: [Check; 5] = Check::table(&tables::MSE_CAPABILITIES);

/// MSE capabilities attribute set
#[derive(Debug, Clone)]
pub struct MseCapabilities<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for MseCapabilities<'a> {
    const SET: &'static AttrSet = &tables::MSE_CAPABILITIES;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &MSE_CAPABILITIES_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&MSE_CAPABILITIES_CHECKS, attrs)
    }
}

impl<'a> MseCapabilities<'a> {
    /// Indexes and checks a block of `mse-capabilities` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `ETHTOOL_A_MSE_CAPABILITIES_MAX_AVERAGE_MSE`
    #[inline]
    pub fn max_average_mse(&self) -> Option<u64> {
        self.0.uint(ETHTOOL_A_MSE_CAPABILITIES_MAX_AVERAGE_MSE)
    }

    /// `ETHTOOL_A_MSE_CAPABILITIES_MAX_PEAK_MSE`
    #[inline]
    pub fn max_peak_mse(&self) -> Option<u64> {
        self.0.uint(ETHTOOL_A_MSE_CAPABILITIES_MAX_PEAK_MSE)
    }

    /// `ETHTOOL_A_MSE_CAPABILITIES_REFRESH_RATE_PS`
    #[inline]
    pub fn refresh_rate_ps(&self) -> Option<u64> {
        self.0.uint(ETHTOOL_A_MSE_CAPABILITIES_REFRESH_RATE_PS)
    }

    /// `ETHTOOL_A_MSE_CAPABILITIES_NUM_SYMBOLS`
    #[inline]
    pub fn num_symbols(&self) -> Option<u64> {
        self.0.uint(ETHTOOL_A_MSE_CAPABILITIES_NUM_SYMBOLS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_MSE_CAPABILITIES_MAX_AVERAGE_MSE
                    if a.raw_kind() == ETHTOOL_A_MSE_CAPABILITIES_MAX_AVERAGE_MSE =>
                {
                    MseCapabilitiesBuilder::new(w).max_average_mse(value::uint(&a))?;
                }
                ETHTOOL_A_MSE_CAPABILITIES_MAX_PEAK_MSE
                    if a.raw_kind() == ETHTOOL_A_MSE_CAPABILITIES_MAX_PEAK_MSE =>
                {
                    MseCapabilitiesBuilder::new(w).max_peak_mse(value::uint(&a))?;
                }
                ETHTOOL_A_MSE_CAPABILITIES_REFRESH_RATE_PS
                    if a.raw_kind() == ETHTOOL_A_MSE_CAPABILITIES_REFRESH_RATE_PS =>
                {
                    MseCapabilitiesBuilder::new(w).refresh_rate_ps(value::uint(&a))?;
                }
                ETHTOOL_A_MSE_CAPABILITIES_NUM_SYMBOLS
                    if a.raw_kind() == ETHTOOL_A_MSE_CAPABILITIES_NUM_SYMBOLS =>
                {
                    MseCapabilitiesBuilder::new(w).num_symbols(value::uint(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`MseSnapshot`] checks of each attribute, from the descriptors.
static MSE_SNAPSHOT_CHECKS: [Check; 4] = Check::table(&tables::MSE_SNAPSHOT);

/// MSE snapshot attribute set
#[derive(Debug, Clone)]
pub struct MseSnapshot<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for MseSnapshot<'a> {
    const SET: &'static AttrSet = &tables::MSE_SNAPSHOT;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &MSE_SNAPSHOT_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&MSE_SNAPSHOT_CHECKS, attrs)
    }
}

impl<'a> MseSnapshot<'a> {
    /// Indexes and checks a block of `mse-snapshot` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `ETHTOOL_A_MSE_SNAPSHOT_AVERAGE_MSE`
    #[inline]
    pub fn average_mse(&self) -> Option<u64> {
        self.0.uint(ETHTOOL_A_MSE_SNAPSHOT_AVERAGE_MSE)
    }

    /// `ETHTOOL_A_MSE_SNAPSHOT_PEAK_MSE`
    #[inline]
    pub fn peak_mse(&self) -> Option<u64> {
        self.0.uint(ETHTOOL_A_MSE_SNAPSHOT_PEAK_MSE)
    }

    /// `ETHTOOL_A_MSE_SNAPSHOT_WORST_PEAK_MSE`
    #[inline]
    pub fn worst_peak_mse(&self) -> Option<u64> {
        self.0.uint(ETHTOOL_A_MSE_SNAPSHOT_WORST_PEAK_MSE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_MSE_SNAPSHOT_AVERAGE_MSE
                    if a.raw_kind() == ETHTOOL_A_MSE_SNAPSHOT_AVERAGE_MSE =>
                {
                    MseSnapshotBuilder::new(w).average_mse(value::uint(&a))?;
                }
                ETHTOOL_A_MSE_SNAPSHOT_PEAK_MSE
                    if a.raw_kind() == ETHTOOL_A_MSE_SNAPSHOT_PEAK_MSE =>
                {
                    MseSnapshotBuilder::new(w).peak_mse(value::uint(&a))?;
                }
                ETHTOOL_A_MSE_SNAPSHOT_WORST_PEAK_MSE
                    if a.raw_kind() == ETHTOOL_A_MSE_SNAPSHOT_WORST_PEAK_MSE =>
                {
                    MseSnapshotBuilder::new(w).worst_peak_mse(value::uint(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Mse`] checks of each attribute, from the descriptors.
static MSE_CHECKS: [Check; 9] = Check::table(&tables::MSE);

/// The `mse` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Mse<'a>(Table<'a, 9>);

impl<'a> AttrView<'a> for Mse<'a> {
    const SET: &'static AttrSet = &tables::MSE;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &MSE_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&MSE_CHECKS, attrs)
    }
}

impl<'a> Mse<'a> {
    /// Indexes and checks a block of `mse` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 9> {
        &self.0
    }

    /// `ETHTOOL_A_MSE_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_MSE_HEADER)
    }

    /// `ETHTOOL_A_MSE_CAPABILITIES`
    #[inline]
    pub fn capabilities(&self) -> Result<Option<MseCapabilities<'a>>, Error> {
        self.0.nest(ETHTOOL_A_MSE_CAPABILITIES)
    }

    /// `ETHTOOL_A_MSE_CHANNEL_A`
    #[inline]
    pub fn channel_a(&self) -> Result<Option<MseSnapshot<'a>>, Error> {
        self.0.nest(ETHTOOL_A_MSE_CHANNEL_A)
    }

    /// `ETHTOOL_A_MSE_CHANNEL_B`
    #[inline]
    pub fn channel_b(&self) -> Result<Option<MseSnapshot<'a>>, Error> {
        self.0.nest(ETHTOOL_A_MSE_CHANNEL_B)
    }

    /// `ETHTOOL_A_MSE_CHANNEL_C`
    #[inline]
    pub fn channel_c(&self) -> Result<Option<MseSnapshot<'a>>, Error> {
        self.0.nest(ETHTOOL_A_MSE_CHANNEL_C)
    }

    /// `ETHTOOL_A_MSE_CHANNEL_D`
    #[inline]
    pub fn channel_d(&self) -> Result<Option<MseSnapshot<'a>>, Error> {
        self.0.nest(ETHTOOL_A_MSE_CHANNEL_D)
    }

    /// `ETHTOOL_A_MSE_WORST_CHANNEL`
    #[inline]
    pub fn worst_channel(&self) -> Result<Option<MseSnapshot<'a>>, Error> {
        self.0.nest(ETHTOOL_A_MSE_WORST_CHANNEL)
    }

    /// `ETHTOOL_A_MSE_LINK`
    #[inline]
    pub fn link(&self) -> Result<Option<MseSnapshot<'a>>, Error> {
        self.0.nest(ETHTOOL_A_MSE_LINK)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                ETHTOOL_A_MSE_HEADER => {
                    nest_like(w, &a, |w| Header::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_MSE_CAPABILITIES => {
                    nest_like(w, &a, |w| MseCapabilities::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_MSE_CHANNEL_A => {
                    nest_like(w, &a, |w| MseSnapshot::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_MSE_CHANNEL_B => {
                    nest_like(w, &a, |w| MseSnapshot::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_MSE_CHANNEL_C => {
                    nest_like(w, &a, |w| MseSnapshot::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_MSE_CHANNEL_D => {
                    nest_like(w, &a, |w| MseSnapshot::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_MSE_WORST_CHANNEL => {
                    nest_like(w, &a, |w| MseSnapshot::parse(a.nested())?.write_to(w))?
                }
                ETHTOOL_A_MSE_LINK => {
                    nest_like(w, &a, |w| MseSnapshot::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// Every attribute set of `ethtool` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 62] = [
    SetRoundtrip {
        set: &tables::HEADER,
        run: |attrs, w| Header::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::BITSET_BIT,
        run: |attrs, w| BitsetBit::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::BITSET_BITS,
        run: |attrs, w| BitsetBits::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::BITSET,
        run: |attrs, w| Bitset::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::STRING,
        run: |attrs, w| StringAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::STRINGS,
        run: |attrs, w| Strings::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::STRINGSET_SET,
        run: |attrs, w| StringsetAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::STRINGSETS,
        run: |attrs, w| Stringsets::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::STRSET,
        run: |attrs, w| Strset::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::PRIVFLAGS,
        run: |attrs, w| Privflags::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::RINGS,
        run: |attrs, w| Rings::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::MM_STAT,
        run: |attrs, w| MmStat::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::MM,
        run: |attrs, w| Mm::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKINFO,
        run: |attrs, w| Linkinfo::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKMODES,
        run: |attrs, w| Linkmodes::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LINKSTATE,
        run: |attrs, w| Linkstate::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DEBUG,
        run: |attrs, w| Debug::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::WOL,
        run: |attrs, w| Wol::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::FEATURES,
        run: |attrs, w| Features::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::CHANNELS,
        run: |attrs, w| Channels::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::IRQ_MODERATION,
        run: |attrs, w| IrqModeration::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::PROFILE,
        run: |attrs, w| Profile::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::COALESCE,
        run: |attrs, w| Coalesce::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::PAUSE_STAT,
        run: |attrs, w| PauseStat::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::PAUSE,
        run: |attrs, w| Pause::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::EEE,
        run: |attrs, w| Eee::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::TS_STAT,
        run: |attrs, w| TsStat::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::TS_HWTSTAMP_PROVIDER,
        run: |attrs, w| TsHwtstampProvider::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::TSINFO,
        run: |attrs, w| Tsinfo::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::CABLE_RESULT,
        run: |attrs, w| CableResult::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::CABLE_FAULT_LENGTH,
        run: |attrs, w| CableFaultLength::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::CABLE_NEST,
        run: |attrs, w| CableNest::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::CABLE_TEST,
        run: |attrs, w| CableTest::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::CABLE_TEST_NTF,
        run: |attrs, w| CableTestNtf::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::CABLE_TEST_TDR_CFG,
        run: |attrs, w| CableTestTdrCfg::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::CABLE_TEST_TDR_NTF,
        run: |attrs, w| CableTestTdrNtf::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::CABLE_TEST_TDR,
        run: |attrs, w| CableTestTdr::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::TUNNEL_UDP_ENTRY,
        run: |attrs, w| TunnelUdpEntry::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::TUNNEL_UDP_TABLE,
        run: |attrs, w| TunnelUdpTable::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::TUNNEL_UDP,
        run: |attrs, w| TunnelUdp::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::TUNNEL_INFO,
        run: |attrs, w| TunnelInfo::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::FEC_HIST,
        run: |attrs, w| FecHist::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::FEC_STAT,
        run: |attrs, w| FecStat::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::FEC,
        run: |attrs, w| Fec::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::MODULE_EEPROM,
        run: |attrs, w| ModuleEeprom::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::STATS_GRP,
        run: |attrs, w| StatsGrp::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::STATS_GRP_HIST,
        run: |attrs, w| StatsGrpHist::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::STATS,
        run: |attrs, w| Stats::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::PHC_VCLOCKS,
        run: |attrs, w| PhcVclocks::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::MODULE,
        run: |attrs, w| Module::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::C33_PSE_PW_LIMIT,
        run: |attrs, w| C33PsePwLimit::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::PSE,
        run: |attrs, w| Pse::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::FLOW,
        run: |attrs, w| Flow::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::RSS,
        run: |attrs, w| Rss::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::PLCA,
        run: |attrs, w| Plca::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::MODULE_FW_FLASH,
        run: |attrs, w| ModuleFwFlash::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::PHY,
        run: |attrs, w| Phy::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::TSCONFIG,
        run: |attrs, w| Tsconfig::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::PSE_NTF,
        run: |attrs, w| PseNtf::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::MSE_CAPABILITIES,
        run: |attrs, w| MseCapabilities::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::MSE_SNAPSHOT,
        run: |attrs, w| MseSnapshot::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::MSE,
        run: |attrs, w| Mse::parse(attrs)?.write_to(w),
    },
];
