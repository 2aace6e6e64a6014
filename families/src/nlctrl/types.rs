//! The enums, flags and fixed structs of `nlctrl`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

nl_flags! {
    /// The `op-flags` flags of `nlctrl`.
    pub struct OpFlags: u32 => tables::OP_FLAGS {
        /// `NLCTRL_OP_FLAGS_ADMIN_PERM`
        const ADMIN_PERM = 1 << 0;
        /// `NLCTRL_OP_FLAGS_CMD_CAP_DO`
        const CMD_CAP_DO = 1 << 1;
        /// `NLCTRL_OP_FLAGS_CMD_CAP_DUMP`
        const CMD_CAP_DUMP = 1 << 2;
        /// `NLCTRL_OP_FLAGS_CMD_CAP_HASPOL`
        const CMD_CAP_HASPOL = 1 << 3;
        /// `NLCTRL_OP_FLAGS_UNS_ADMIN_PERM`
        const UNS_ADMIN_PERM = 1 << 4;
    }
}

nl_enum! {
    /// The `attr-type` enum of `nlctrl`.
    pub enum AttrType: u32 => tables::ATTR_TYPE {
        /// `NLCTRL_ATTR_TYPE_INVALID`
        Invalid = 0,
        /// `NLCTRL_ATTR_TYPE_FLAG`
        Flag = 1,
        /// `NLCTRL_ATTR_TYPE_U8`
        U8 = 2,
        /// `NLCTRL_ATTR_TYPE_U16`
        U16 = 3,
        /// `NLCTRL_ATTR_TYPE_U32`
        U32 = 4,
        /// `NLCTRL_ATTR_TYPE_U64`
        U64 = 5,
        /// `NLCTRL_ATTR_TYPE_S8`
        S8 = 6,
        /// `NLCTRL_ATTR_TYPE_S16`
        S16 = 7,
        /// `NLCTRL_ATTR_TYPE_S32`
        S32 = 8,
        /// `NLCTRL_ATTR_TYPE_S64`
        S64 = 9,
        /// `NLCTRL_ATTR_TYPE_BINARY`
        Binary = 10,
        /// `NLCTRL_ATTR_TYPE_STRING`
        String = 11,
        /// `NLCTRL_ATTR_TYPE_NUL_STRING`
        NulString = 12,
        /// `NLCTRL_ATTR_TYPE_NESTED`
        Nested = 13,
        /// `NLCTRL_ATTR_TYPE_NESTED_ARRAY`
        NestedArray = 14,
        /// `NLCTRL_ATTR_TYPE_BITFIELD32`
        Bitfield32 = 15,
        /// `NLCTRL_ATTR_TYPE_SINT`
        Sint = 16,
        /// `NLCTRL_ATTR_TYPE_UINT`
        Uint = 17,
    }
}
