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
        /// `GENL_ADMIN_PERM`
        const ADMIN_PERM = 1 << 0;
        /// `GENL_CMD_CAP_DO`
        const CMD_CAP_DO = 1 << 1;
        /// `GENL_CMD_CAP_DUMP`
        const CMD_CAP_DUMP = 1 << 2;
        /// `GENL_CMD_CAP_HASPOL`
        const CMD_CAP_HASPOL = 1 << 3;
        /// `GENL_UNS_ADMIN_PERM`
        const UNS_ADMIN_PERM = 1 << 4;
    }
}

nl_enum! {
    /// The `attr-type` enum of `nlctrl`.
    pub enum AttrType: u32 => tables::ATTR_TYPE {
        /// `NL_ATTR_TYPE_INVALID`
        Invalid = 0,
        /// `NL_ATTR_TYPE_FLAG`
        Flag = 1,
        /// `NL_ATTR_TYPE_U8`
        U8 = 2,
        /// `NL_ATTR_TYPE_U16`
        U16 = 3,
        /// `NL_ATTR_TYPE_U32`
        U32 = 4,
        /// `NL_ATTR_TYPE_U64`
        U64 = 5,
        /// `NL_ATTR_TYPE_S8`
        S8 = 6,
        /// `NL_ATTR_TYPE_S16`
        S16 = 7,
        /// `NL_ATTR_TYPE_S32`
        S32 = 8,
        /// `NL_ATTR_TYPE_S64`
        S64 = 9,
        /// `NL_ATTR_TYPE_BINARY`
        Binary = 10,
        /// `NL_ATTR_TYPE_STRING`
        String = 11,
        /// `NL_ATTR_TYPE_NUL_STRING`
        NulString = 12,
        /// `NL_ATTR_TYPE_NESTED`
        Nested = 13,
        /// `NL_ATTR_TYPE_NESTED_ARRAY`
        NestedArray = 14,
        /// `NL_ATTR_TYPE_BITFIELD32`
        Bitfield32 = 15,
        /// `NL_ATTR_TYPE_SINT`
        Sint = 16,
        /// `NL_ATTR_TYPE_UINT`
        Uint = 17,
    }
}
