//! The numbers of `dev-energymodel` by their kernel C names: attribute types, enum values and flag
//! bits, commands, multicast groups and constants.

/// The generic netlink family name, resolved to an id by nlctrl at run time.
pub const FAMILY_NAME: &str = "dev-energymodel";
/// The family version for `genlmsghdr.version`.
pub const FAMILY_VERSION: u8 = 1;

// Commands

/// Get the list of information for all performance domains.
pub const DEV_ENERGYMODEL_CMD_GET_PERF_DOMAINS: u8 = 1;
/// Get the energy model table of a performance domain.
pub const DEV_ENERGYMODEL_CMD_GET_PERF_TABLE: u8 = 2;
/// A performance domain is created.
pub const DEV_ENERGYMODEL_CMD_PERF_DOMAIN_CREATED: u8 = 3;
/// A performance domain is updated.
pub const DEV_ENERGYMODEL_CMD_PERF_DOMAIN_UPDATED: u8 = 4;
/// A performance domain is deleted.
pub const DEV_ENERGYMODEL_CMD_PERF_DOMAIN_DELETED: u8 = 5;

// Multicast groups

/// The `event` multicast group's name (its id comes from nlctrl).
pub const DEV_ENERGYMODEL_MCGRP_EVENT_NAME: &str = "event";

// Attribute set `perf-domain`

/// `pad` (pad) of `perf-domain`.
pub const DEV_ENERGYMODEL_A_PERF_DOMAIN_PAD: u16 = 1;
/// A unique ID number for each performance domain.
pub const DEV_ENERGYMODEL_A_PERF_DOMAIN_PERF_DOMAIN_ID: u16 = 2;
/// Bitmask of performance domain flags.
pub const DEV_ENERGYMODEL_A_PERF_DOMAIN_FLAGS: u16 = 3;
/// CPUs that belong to this performance domain.
pub const DEV_ENERGYMODEL_A_PERF_DOMAIN_CPUS: u16 = 4;

// Attribute set `perf-table`

/// A unique ID number for each performance domain.
pub const DEV_ENERGYMODEL_A_PERF_TABLE_PERF_DOMAIN_ID: u16 = 1;
/// `perf-state` (nest) of `perf-table`.
pub const DEV_ENERGYMODEL_A_PERF_TABLE_PERF_STATE: u16 = 2;

// Attribute set `perf-state`

/// `pad` (pad) of `perf-state`.
pub const DEV_ENERGYMODEL_A_PERF_STATE_PAD: u16 = 1;
/// CPU performance (capacity) at a given frequency.
pub const DEV_ENERGYMODEL_A_PERF_STATE_PERFORMANCE: u16 = 2;
/// The frequency in KHz, for consistency with CPUFreq.
pub const DEV_ENERGYMODEL_A_PERF_STATE_FREQUENCY: u16 = 3;
/// The power consumed at this level (by 1 CPU or by a registered device). It can be a total power: static and dynamic.
pub const DEV_ENERGYMODEL_A_PERF_STATE_POWER: u16 = 4;
/// The cost coefficient associated with this level, used during energy calculation. Equal to: power * max_frequency / frequency.
pub const DEV_ENERGYMODEL_A_PERF_STATE_COST: u16 = 5;
/// Bitmask of performance state flags.
pub const DEV_ENERGYMODEL_A_PERF_STATE_FLAGS: u16 = 6;

// Flags `perf-state-flags`

/// The performance state is inefficient. There is in this perf-domain, another performance state with a higher frequency but a lower or equal power cost.
pub const DEV_ENERGYMODEL_PERF_STATE_FLAGS_PERF_STATE_INEFFICIENT: u32 = 1 << 0;

// Flags `perf-domain-flags`

/// The power values are in micro-Watts or some other scale.
pub const DEV_ENERGYMODEL_PERF_DOMAIN_FLAGS_PERF_DOMAIN_MICROWATTS: u32 = 1 << 0;
/// Skip inefficient states when estimating energy consumption.
pub const DEV_ENERGYMODEL_PERF_DOMAIN_FLAGS_PERF_DOMAIN_SKIP_INEFFICIENCIES: u32 = 1 << 1;
/// The power values are artificial and might be created by platform missing real power information.
pub const DEV_ENERGYMODEL_PERF_DOMAIN_FLAGS_PERF_DOMAIN_ARTIFICIAL: u32 = 1 << 2;
