//! The enums, flags and fixed structs of `dev-energymodel`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

nl_flags! {
    /// The `perf-state-flags` flags of `dev-energymodel`.
    pub struct PerfStateFlags: u64 => tables::PERF_STATE_FLAGS {
        /// The performance state is inefficient. There is in this perf-domain, another performance state with a higher frequency but a lower or equal power cost.
        const PERF_STATE_INEFFICIENT = 1 << 0;
    }
}

nl_flags! {
    /// The `perf-domain-flags` flags of `dev-energymodel`.
    pub struct PerfDomainFlags: u64 => tables::PERF_DOMAIN_FLAGS {
        /// The power values are in micro-Watts or some other scale.
        const PERF_DOMAIN_MICROWATTS = 1 << 0;
        /// Skip inefficient states when estimating energy consumption.
        const PERF_DOMAIN_SKIP_INEFFICIENCIES = 1 << 1;
        /// The power values are artificial and might be created by platform missing real power information.
        const PERF_DOMAIN_ARTIFICIAL = 1 << 2;
    }
}
