//! Typed builders of `nlctrl`: one per attribute set, over the codec's [`Writer`] (so they
//! write into a caller's `&mut [u8]` as well as a `Vec`).

#![allow(unused_imports)]

use super::consts::*;
use super::types::*;
use crate::runtime::{put_nest_with_header, Bitfield32, Builder};
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use nlcodec::{Buffer, WriteError, Writer};

/// Markers of the attribute sets, one per set: the `S` of [`Builder`] (and of the
/// operations' `Attrs`).
pub mod sets {
    /// The `ctrl-attrs` attribute set.
    pub enum CtrlAttrs {}
    /// The `mcast-group-attrs` attribute set.
    pub enum McastGroupAttrs {}
    /// The `op-attrs` attribute set.
    pub enum OpAttrs {}
    /// The `policy-attrs` attribute set.
    pub enum PolicyAttrs {}
    /// The `op-policy-attrs` attribute set.
    pub enum OpPolicyAttrs {}
}

/// Writes `ctrl-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type CtrlAttrsBuilder<'w, B> = Builder<'w, sets::CtrlAttrs, B>;

impl<B: Buffer> CtrlAttrsBuilder<'_, B> {
    /// Writes `CTRL_ATTR_FAMILY_ID`.
    pub fn family_id(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(CTRL_ATTR_FAMILY_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `CTRL_ATTR_FAMILY_NAME`.
    pub fn family_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(CTRL_ATTR_FAMILY_NAME, v)?;
        Ok(self)
    }

    /// Writes `CTRL_ATTR_VERSION`.
    pub fn version(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(CTRL_ATTR_VERSION, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `CTRL_ATTR_HDRSIZE`.
    pub fn hdrsize(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(CTRL_ATTR_HDRSIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `CTRL_ATTR_MAXATTR`.
    pub fn maxattr(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(CTRL_ATTR_MAXATTR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `CTRL_ATTR_OPS`.
    pub fn ops(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(CTRL_ATTR_OPS, f)?;
        Ok(self)
    }

    /// Writes `CTRL_ATTR_MCAST_GROUPS`.
    pub fn mcast_groups(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(CTRL_ATTR_MCAST_GROUPS, f)?;
        Ok(self)
    }

    /// Writes `CTRL_ATTR_POLICY`.
    pub fn policy(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(CTRL_ATTR_POLICY, f)?;
        Ok(self)
    }

    /// Writes `CTRL_ATTR_OP_POLICY`.
    pub fn op_policy(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(CTRL_ATTR_OP_POLICY, f)?;
        Ok(self)
    }

    /// Writes `CTRL_ATTR_OP`.
    pub fn op(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(CTRL_ATTR_OP, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `mcast-group-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type McastGroupAttrsBuilder<'w, B> = Builder<'w, sets::McastGroupAttrs, B>;

impl<B: Buffer> McastGroupAttrsBuilder<'_, B> {
    /// Writes `CTRL_ATTR_MCAST_GRP_NAME`.
    pub fn name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(CTRL_ATTR_MCAST_GRP_NAME, v)?;
        Ok(self)
    }

    /// Writes `CTRL_ATTR_MCAST_GRP_ID`.
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CTRL_ATTR_MCAST_GRP_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `op-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type OpAttrsBuilder<'w, B> = Builder<'w, sets::OpAttrs, B>;

impl<B: Buffer> OpAttrsBuilder<'_, B> {
    /// Writes `CTRL_ATTR_OP_ID`.
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(CTRL_ATTR_OP_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `CTRL_ATTR_OP_FLAGS`.
    pub fn flags(&mut self, v: OpFlags) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CTRL_ATTR_OP_FLAGS, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `policy-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PolicyAttrsBuilder<'w, B> = Builder<'w, sets::PolicyAttrs, B>;

impl<B: Buffer> PolicyAttrsBuilder<'_, B> {
    /// Writes `NL_POLICY_TYPE_ATTR_TYPE`.
    pub fn type_(&mut self, v: AttrType) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL_POLICY_TYPE_ATTR_TYPE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL_POLICY_TYPE_ATTR_MIN_VALUE_S`.
    pub fn min_value_s(&mut self, v: i64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL_POLICY_TYPE_ATTR_MIN_VALUE_S, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL_POLICY_TYPE_ATTR_MAX_VALUE_S`.
    pub fn max_value_s(&mut self, v: i64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL_POLICY_TYPE_ATTR_MAX_VALUE_S, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL_POLICY_TYPE_ATTR_MIN_VALUE_U`.
    pub fn min_value_u(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL_POLICY_TYPE_ATTR_MIN_VALUE_U, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL_POLICY_TYPE_ATTR_MAX_VALUE_U`.
    pub fn max_value_u(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL_POLICY_TYPE_ATTR_MAX_VALUE_U, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL_POLICY_TYPE_ATTR_MIN_LENGTH`.
    pub fn min_length(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL_POLICY_TYPE_ATTR_MIN_LENGTH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL_POLICY_TYPE_ATTR_MAX_LENGTH`.
    pub fn max_length(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL_POLICY_TYPE_ATTR_MAX_LENGTH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL_POLICY_TYPE_ATTR_POLICY_IDX`.
    pub fn policy_idx(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL_POLICY_TYPE_ATTR_POLICY_IDX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE`.
    pub fn policy_maxtype(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL_POLICY_TYPE_ATTR_POLICY_MAXTYPE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL_POLICY_TYPE_ATTR_BITFIELD32_MASK`.
    pub fn bitfield32_mask(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL_POLICY_TYPE_ATTR_BITFIELD32_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL_POLICY_TYPE_ATTR_MASK`.
    pub fn mask(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL_POLICY_TYPE_ATTR_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `op-policy-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type OpPolicyAttrsBuilder<'w, B> = Builder<'w, sets::OpPolicyAttrs, B>;

impl<B: Buffer> OpPolicyAttrsBuilder<'_, B> {
    /// Writes `CTRL_ATTR_POLICY_DO`.
    pub fn do_(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(CTRL_ATTR_POLICY_DO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `CTRL_ATTR_POLICY_DUMP`.
    pub fn dump(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(CTRL_ATTR_POLICY_DUMP, &(v).to_ne_bytes())?;
        Ok(self)
    }
}
