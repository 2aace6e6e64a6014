//! Typed views of `nlctrl`: one per attribute set, parsed in one pass into a table, with
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

/// The `ctrl-attrs` attributes of `nlctrl`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CtrlAttrs<'a>(Table<'a, 11>);

impl<'a> AttrView<'a> for CtrlAttrs<'a> {
    const SET: &'static AttrSet = &tables::CTRL_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
    pub fn policy(&self) -> Option<Entries<'a, PolicyAttrs<'a>>> {
        self.0.entries(CTRL_ATTR_POLICY)
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
}

/// The `mcast-group-attrs` attributes of `nlctrl`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct McastGroupAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for McastGroupAttrs<'a> {
    const SET: &'static AttrSet = &tables::MCAST_GROUP_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
}

/// The `op-attrs` attributes of `nlctrl`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct OpAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for OpAttrs<'a> {
    const SET: &'static AttrSet = &tables::OP_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
        self.0.u32(CTRL_ATTR_OP_FLAGS).map(|v| OpFlags(v as u32))
    }
}

/// The `policy-attrs` attributes of `nlctrl`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct PolicyAttrs<'a>(Table<'a, 13>);

impl<'a> AttrView<'a> for PolicyAttrs<'a> {
    const SET: &'static AttrSet = &tables::POLICY_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
            .map(|v| AttrType::from_value(v as u32))
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
}

/// The `op-policy-attrs` attributes of `nlctrl`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct OpPolicyAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for OpPolicyAttrs<'a> {
    const SET: &'static AttrSet = &tables::OP_POLICY_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
}
