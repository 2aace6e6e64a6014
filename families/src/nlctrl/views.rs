//! Typed views of `nlctrl`: one per attribute set, parsed in one pass into a table, with
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

/// What [`CtrlAttrs`] checks of each attribute, from the descriptors.
static CTRL_ATTRS_CHECKS: [Check; 11] = Check::table(&tables::CTRL_ATTRS);

/// The `ctrl-attrs` attributes of `nlctrl`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CtrlAttrs<'a>(Table<'a, 11>);

impl<'a> AttrView<'a> for CtrlAttrs<'a> {
    const SET: &'static AttrSet = &tables::CTRL_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &CTRL_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&CTRL_ATTRS_CHECKS, attrs)
    }
}

impl<'a> CtrlAttrs<'a> {
    /// Indexes and checks a block of `ctrl-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 11> {
        &self.0
    }

    /// `CTRL_ATTR_FAMILY_ID`
    #[inline]
    pub fn family_id(&self) -> Option<u16> {
        self.0.u16(CTRL_ATTR_FAMILY_ID)
    }

    /// `CTRL_ATTR_FAMILY_NAME`
    #[inline]
    pub fn family_name(&self) -> Option<&'a str> {
        self.0.str(CTRL_ATTR_FAMILY_NAME)
    }

    /// `CTRL_ATTR_VERSION`
    #[inline]
    pub fn version(&self) -> Option<u32> {
        self.0.u32(CTRL_ATTR_VERSION)
    }

    /// `CTRL_ATTR_HDRSIZE`
    #[inline]
    pub fn hdrsize(&self) -> Option<u32> {
        self.0.u32(CTRL_ATTR_HDRSIZE)
    }

    /// `CTRL_ATTR_MAXATTR`
    #[inline]
    pub fn maxattr(&self) -> Option<u32> {
        self.0.u32(CTRL_ATTR_MAXATTR)
    }

    /// `CTRL_ATTR_OPS`
    #[inline]
    pub fn ops(&self) -> Option<Entries<'a, OpAttrs<'a>>> {
        self.0.entries(CTRL_ATTR_OPS)
    }

    /// `CTRL_ATTR_MCAST_GROUPS`
    #[inline]
    pub fn mcast_groups(&self) -> Option<Entries<'a, McastGroupAttrs<'a>>> {
        self.0.entries(CTRL_ATTR_MCAST_GROUPS)
    }

    /// `CTRL_ATTR_POLICY`
    #[inline]
    pub fn policy(&self) -> Option<NestedEntries<'a, PolicyAttrs<'a>>> {
        self.0.entries2(CTRL_ATTR_POLICY)
    }

    /// `CTRL_ATTR_OP_POLICY`
    #[inline]
    pub fn op_policy(&self) -> Option<Entries<'a, OpPolicyAttrs<'a>>> {
        self.0.entries(CTRL_ATTR_OP_POLICY)
    }

    /// `CTRL_ATTR_OP`
    #[inline]
    pub fn op(&self) -> Option<u32> {
        self.0.u32(CTRL_ATTR_OP)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                CTRL_ATTR_FAMILY_ID if a.raw_kind() == CTRL_ATTR_FAMILY_ID => {
                    CtrlAttrsBuilder::new(w).family_id(value::u16(&a))?;
                }
                CTRL_ATTR_FAMILY_NAME if a.raw_kind() == CTRL_ATTR_FAMILY_NAME => {
                    CtrlAttrsBuilder::new(w).family_name(value::str(&a))?;
                }
                CTRL_ATTR_VERSION if a.raw_kind() == CTRL_ATTR_VERSION => {
                    CtrlAttrsBuilder::new(w).version(value::u32(&a))?;
                }
                CTRL_ATTR_HDRSIZE if a.raw_kind() == CTRL_ATTR_HDRSIZE => {
                    CtrlAttrsBuilder::new(w).hdrsize(value::u32(&a))?;
                }
                CTRL_ATTR_MAXATTR if a.raw_kind() == CTRL_ATTR_MAXATTR => {
                    CtrlAttrsBuilder::new(w).maxattr(value::u32(&a))?;
                }
                CTRL_ATTR_OPS => nest_like(w, &a, |w| {
                    for e in a.nested() {
                        let e = e?;
                        nest_like(w, &e, |w| OpAttrs::parse(e.nested())?.write_to(w))?;
                    }
                    Ok(())
                })?,
                CTRL_ATTR_MCAST_GROUPS => nest_like(w, &a, |w| {
                    for e in a.nested() {
                        let e = e?;
                        nest_like(w, &e, |w| McastGroupAttrs::parse(e.nested())?.write_to(w))?;
                    }
                    Ok(())
                })?,
                CTRL_ATTR_POLICY => nest_like(w, &a, |w| {
                    for e in a.nested() {
                        let e = e?;
                        nest_like(w, &e, |w| {
                            for e2 in e.nested() {
                                let e2 = e2?;
                                nest_like(w, &e2, |w| {
                                    PolicyAttrs::parse(e2.nested())?.write_to(w)
                                })?;
                            }
                            Ok(())
                        })?;
                    }
                    Ok(())
                })?,
                CTRL_ATTR_OP_POLICY => nest_like(w, &a, |w| {
                    for e in a.nested() {
                        let e = e?;
                        nest_like(w, &e, |w| OpPolicyAttrs::parse(e.nested())?.write_to(w))?;
                    }
                    Ok(())
                })?,
                CTRL_ATTR_OP if a.raw_kind() == CTRL_ATTR_OP => {
                    CtrlAttrsBuilder::new(w).op(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`McastGroupAttrs`] checks of each attribute, from the descriptors.
static MCAST_GROUP_ATTRS_CHECKS: [Check; 3] = Check::table(&tables::MCAST_GROUP_ATTRS);

/// The `mcast-group-attrs` attributes of `nlctrl`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct McastGroupAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for McastGroupAttrs<'a> {
    const SET: &'static AttrSet = &tables::MCAST_GROUP_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &MCAST_GROUP_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&MCAST_GROUP_ATTRS_CHECKS, attrs)
    }
}

impl<'a> McastGroupAttrs<'a> {
    /// Indexes and checks a block of `mcast-group-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `CTRL_ATTR_MCAST_GRP_NAME`
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(CTRL_ATTR_MCAST_GRP_NAME)
    }

    /// `CTRL_ATTR_MCAST_GRP_ID`
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32(CTRL_ATTR_MCAST_GRP_ID)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                CTRL_ATTR_MCAST_GRP_NAME if a.raw_kind() == CTRL_ATTR_MCAST_GRP_NAME => {
                    McastGroupAttrsBuilder::new(w).name(value::str(&a))?;
                }
                CTRL_ATTR_MCAST_GRP_ID if a.raw_kind() == CTRL_ATTR_MCAST_GRP_ID => {
                    McastGroupAttrsBuilder::new(w).id(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`OpAttrs`] checks of each attribute, from the descriptors.
static OP_ATTRS_CHECKS: [Check; 3] = Check::table(&tables::OP_ATTRS);

/// The `op-attrs` attributes of `nlctrl`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct OpAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for OpAttrs<'a> {
    const SET: &'static AttrSet = &tables::OP_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &OP_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&OP_ATTRS_CHECKS, attrs)
    }
}

impl<'a> OpAttrs<'a> {
    /// Indexes and checks a block of `op-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `CTRL_ATTR_OP_ID`
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32(CTRL_ATTR_OP_ID)
    }

    /// `CTRL_ATTR_OP_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<OpFlags> {
        self.0.u32(CTRL_ATTR_OP_FLAGS).map(OpFlags)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                CTRL_ATTR_OP_ID if a.raw_kind() == CTRL_ATTR_OP_ID => {
                    OpAttrsBuilder::new(w).id(value::u32(&a))?;
                }
                CTRL_ATTR_OP_FLAGS if a.raw_kind() == CTRL_ATTR_OP_FLAGS => {
                    OpAttrsBuilder::new(w).flags(OpFlags(value::u32(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`PolicyAttrs`] checks of each attribute, from the descriptors.
static POLICY_ATTRS_CHECKS: [Check; 13] = Check::table(&tables::POLICY_ATTRS);

/// The `policy-attrs` attributes of `nlctrl`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct PolicyAttrs<'a>(Table<'a, 13>);

impl<'a> AttrView<'a> for PolicyAttrs<'a> {
    const SET: &'static AttrSet = &tables::POLICY_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &POLICY_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&POLICY_ATTRS_CHECKS, attrs)
    }
}

impl<'a> PolicyAttrs<'a> {
    /// Indexes and checks a block of `policy-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 13> {
        &self.0
    }

    /// `NL_POLICY_TYPE_ATTR_TYPE`
    #[inline]
    pub fn type_(&self) -> Option<AttrType> {
        self.0
            .u32(NL_POLICY_TYPE_ATTR_TYPE)
            .map(AttrType::from_value)
    }

    /// `NL_POLICY_TYPE_ATTR_MIN_VALUE_S`
    #[inline]
    pub fn min_value_s(&self) -> Option<i64> {
        self.0.i64(NL_POLICY_TYPE_ATTR_MIN_VALUE_S)
    }

    /// `NL_POLICY_TYPE_ATTR_MAX_VALUE_S`
    #[inline]
    pub fn max_value_s(&self) -> Option<i64> {
        self.0.i64(NL_POLICY_TYPE_ATTR_MAX_VALUE_S)
    }

    /// `NL_POLICY_TYPE_ATTR_MIN_VALUE_U`
    #[inline]
    pub fn min_value_u(&self) -> Option<u64> {
        self.0.u64(NL_POLICY_TYPE_ATTR_MIN_VALUE_U)
    }

    /// `NL_POLICY_TYPE_ATTR_MAX_VALUE_U`
    #[inline]
    pub fn max_value_u(&self) -> Option<u64> {
        self.0.u64(NL_POLICY_TYPE_ATTR_MAX_VALUE_U)
    }

    /// `NL_POLICY_TYPE_ATTR_MIN_LENGTH`
    #[inline]
    pub fn min_length(&self) -> Option<u32> {
        self.0.u32(NL_POLICY_TYPE_ATTR_MIN_LENGTH)
    }

    /// `NL_POLICY_TYPE_ATTR_MAX_LENGTH`
    #[inline]
    pub fn max_length(&self) -> Option<u32> {
        self.0.u32(NL_POLICY_TYPE_ATTR_MAX_LENGTH)
    }

    /// `NL_POLICY_TYPE_ATTR_POLICY_IDX`
    #[inline]
    pub fn policy_idx(&self) -> Option<u32> {
        self.0.u32(NL_POLICY_TYPE_ATTR_POLICY_IDX)
    }

    /// `NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE`
    #[inline]
    pub fn policy_maxtype(&self) -> Option<u32> {
        self.0.u32(NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE)
    }

    /// `NL_POLICY_TYPE_ATTR_BITFIELD32_MASK`
    #[inline]
    pub fn bitfield32_mask(&self) -> Option<u32> {
        self.0.u32(NL_POLICY_TYPE_ATTR_BITFIELD32_MASK)
    }

    /// `NL_POLICY_TYPE_ATTR_MASK`
    #[inline]
    pub fn mask(&self) -> Option<u64> {
        self.0.u64(NL_POLICY_TYPE_ATTR_MASK)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NL_POLICY_TYPE_ATTR_TYPE if a.raw_kind() == NL_POLICY_TYPE_ATTR_TYPE => {
                    PolicyAttrsBuilder::new(w).type_(AttrType::from_value(value::u32(&a)))?;
                }
                NL_POLICY_TYPE_ATTR_MIN_VALUE_S
                    if a.raw_kind() == NL_POLICY_TYPE_ATTR_MIN_VALUE_S =>
                {
                    PolicyAttrsBuilder::new(w).min_value_s(value::i64(&a))?;
                }
                NL_POLICY_TYPE_ATTR_MAX_VALUE_S
                    if a.raw_kind() == NL_POLICY_TYPE_ATTR_MAX_VALUE_S =>
                {
                    PolicyAttrsBuilder::new(w).max_value_s(value::i64(&a))?;
                }
                NL_POLICY_TYPE_ATTR_MIN_VALUE_U
                    if a.raw_kind() == NL_POLICY_TYPE_ATTR_MIN_VALUE_U =>
                {
                    PolicyAttrsBuilder::new(w).min_value_u(value::u64(&a))?;
                }
                NL_POLICY_TYPE_ATTR_MAX_VALUE_U
                    if a.raw_kind() == NL_POLICY_TYPE_ATTR_MAX_VALUE_U =>
                {
                    PolicyAttrsBuilder::new(w).max_value_u(value::u64(&a))?;
                }
                NL_POLICY_TYPE_ATTR_MIN_LENGTH
                    if a.raw_kind() == NL_POLICY_TYPE_ATTR_MIN_LENGTH =>
                {
                    PolicyAttrsBuilder::new(w).min_length(value::u32(&a))?;
                }
                NL_POLICY_TYPE_ATTR_MAX_LENGTH
                    if a.raw_kind() == NL_POLICY_TYPE_ATTR_MAX_LENGTH =>
                {
                    PolicyAttrsBuilder::new(w).max_length(value::u32(&a))?;
                }
                NL_POLICY_TYPE_ATTR_POLICY_IDX
                    if a.raw_kind() == NL_POLICY_TYPE_ATTR_POLICY_IDX =>
                {
                    PolicyAttrsBuilder::new(w).policy_idx(value::u32(&a))?;
                }
                NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE
                    if a.raw_kind() == NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE =>
                {
                    PolicyAttrsBuilder::new(w).policy_maxtype(value::u32(&a))?;
                }
                NL_POLICY_TYPE_ATTR_BITFIELD32_MASK
                    if a.raw_kind() == NL_POLICY_TYPE_ATTR_BITFIELD32_MASK =>
                {
                    PolicyAttrsBuilder::new(w).bitfield32_mask(value::u32(&a))?;
                }
                NL_POLICY_TYPE_ATTR_PAD if a.raw_kind() == NL_POLICY_TYPE_ATTR_PAD => raw(w, &a)?,
                NL_POLICY_TYPE_ATTR_MASK if a.raw_kind() == NL_POLICY_TYPE_ATTR_MASK => {
                    PolicyAttrsBuilder::new(w).mask(value::u64(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`OpPolicyAttrs`] checks of each attribute, from the descriptors.
static OP_POLICY_ATTRS_CHECKS: [Check; 3] = Check::table(&tables::OP_POLICY_ATTRS);

/// The `op-policy-attrs` attributes of `nlctrl`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct OpPolicyAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for OpPolicyAttrs<'a> {
    const SET: &'static AttrSet = &tables::OP_POLICY_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &OP_POLICY_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&OP_POLICY_ATTRS_CHECKS, attrs)
    }
}

impl<'a> OpPolicyAttrs<'a> {
    /// Indexes and checks a block of `op-policy-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `CTRL_ATTR_POLICY_DO`
    #[inline]
    pub fn do_(&self) -> Option<u32> {
        self.0.u32(CTRL_ATTR_POLICY_DO)
    }

    /// `CTRL_ATTR_POLICY_DUMP`
    #[inline]
    pub fn dump(&self) -> Option<u32> {
        self.0.u32(CTRL_ATTR_POLICY_DUMP)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                CTRL_ATTR_POLICY_DO if a.raw_kind() == CTRL_ATTR_POLICY_DO => {
                    OpPolicyAttrsBuilder::new(w).do_(value::u32(&a))?;
                }
                CTRL_ATTR_POLICY_DUMP if a.raw_kind() == CTRL_ATTR_POLICY_DUMP => {
                    OpPolicyAttrsBuilder::new(w).dump(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// Every attribute set of `nlctrl` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 5] = [
    SetRoundtrip {
        set: &tables::CTRL_ATTRS,
        run: |attrs, w| CtrlAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::MCAST_GROUP_ATTRS,
        run: |attrs, w| McastGroupAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::OP_ATTRS,
        run: |attrs, w| OpAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::POLICY_ATTRS,
        run: |attrs, w| PolicyAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::OP_POLICY_ATTRS,
        run: |attrs, w| OpPolicyAttrs::parse(attrs)?.write_to(w),
    },
];
