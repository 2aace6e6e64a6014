//! The enums, flags and fixed structs of `drm-ras`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

nl_enum! {
    /// Type of the node. Currently, only error-counter nodes are supported, which expose reliability counters for a hardware/software component.
    pub enum NodeType: u32 => tables::NODE_TYPE {
        /// `DRM_RAS_NODE_TYPE_ERROR_COUNTER`
        ErrorCounter = 1,
    }
}
