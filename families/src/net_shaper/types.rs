//! The enums, flags and fixed structs of `net-shaper`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

nl_enum! {
    /// Defines the shaper @id interpretation.
    pub enum Scope: u32 => tables::SCOPE {
        /// The scope is not specified.
        Unspec = 0,
        /// The main shaper for the given network device.
        Netdev = 1,
        /// The shaper is attached to the given device queue,
        /// the @id represents the queue number.
        Queue = 2,
        /// The shaper allows grouping of queues or other
        /// node shapers; can be nested in either @netdev
        /// shapers or other @node shapers, allowing placement
        /// in any location of the scheduling tree, except
        /// leaves and root.
        Node = 3,
    }
}

nl_enum! {
    /// Different metric supported by the shaper.
    pub enum Metric: u32 => tables::METRIC {
        /// Shaper operates on a bits per second basis.
        Bps = 0,
        /// Shaper operates on a packets per second basis.
        Pps = 1,
    }
}
