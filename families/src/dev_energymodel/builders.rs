//! Typed builders of `dev-energymodel`: one per attribute set, over the codec's [`Writer`] (so they
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
    /// The `perf-domain` attribute set.
    pub enum PerfDomain {}
    /// The `perf-table` attribute set.
    pub enum PerfTable {}
    /// The `perf-state` attribute set.
    pub enum PerfState {}
}

/// Writes `perf-domain` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PerfDomainBuilder<'w, B> = Builder<'w, sets::PerfDomain, B>;

impl<B: Buffer> PerfDomainBuilder<'_, B> {
    /// Writes `DEV_ENERGYMODEL_A_PERF_DOMAIN_PERF_DOMAIN_ID`: A unique ID number for each performance domain.
    pub fn perf_domain_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            DEV_ENERGYMODEL_A_PERF_DOMAIN_PERF_DOMAIN_ID,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEV_ENERGYMODEL_A_PERF_DOMAIN_FLAGS`: Bitmask of performance domain flags.
    pub fn flags(&mut self, v: PerfDomainFlags) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            DEV_ENERGYMODEL_A_PERF_DOMAIN_FLAGS,
            &(v.bits()).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEV_ENERGYMODEL_A_PERF_DOMAIN_CPUS`: CPUs that belong to this performance domain.
    pub fn cpus(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEV_ENERGYMODEL_A_PERF_DOMAIN_CPUS, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `perf-table` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PerfTableBuilder<'w, B> = Builder<'w, sets::PerfTable, B>;

impl<B: Buffer> PerfTableBuilder<'_, B> {
    /// Writes `DEV_ENERGYMODEL_A_PERF_TABLE_PERF_DOMAIN_ID`: A unique ID number for each performance domain.
    pub fn perf_domain_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            DEV_ENERGYMODEL_A_PERF_TABLE_PERF_DOMAIN_ID,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEV_ENERGYMODEL_A_PERF_TABLE_PERF_STATE`.
    pub fn perf_state(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut PerfStateBuilder<'y, B>,
        ) -> Result<&'x mut PerfStateBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(DEV_ENERGYMODEL_A_PERF_TABLE_PERF_STATE, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }
}

/// Writes `perf-state` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PerfStateBuilder<'w, B> = Builder<'w, sets::PerfState, B>;

impl<B: Buffer> PerfStateBuilder<'_, B> {
    /// Writes `DEV_ENERGYMODEL_A_PERF_STATE_PERFORMANCE`: CPU performance (capacity) at a given frequency.
    pub fn performance(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEV_ENERGYMODEL_A_PERF_STATE_PERFORMANCE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEV_ENERGYMODEL_A_PERF_STATE_FREQUENCY`: The frequency in KHz, for consistency with CPUFreq.
    pub fn frequency(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEV_ENERGYMODEL_A_PERF_STATE_FREQUENCY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEV_ENERGYMODEL_A_PERF_STATE_POWER`: The power consumed at this level (by 1 CPU or by a registered device). It can be a total power: static and dynamic.
    pub fn power(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEV_ENERGYMODEL_A_PERF_STATE_POWER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEV_ENERGYMODEL_A_PERF_STATE_COST`: The cost coefficient associated with this level, used during energy calculation. Equal to: power * max_frequency / frequency.
    pub fn cost(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEV_ENERGYMODEL_A_PERF_STATE_COST, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEV_ENERGYMODEL_A_PERF_STATE_FLAGS`: Bitmask of performance state flags.
    pub fn flags(&mut self, v: PerfStateFlags) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            DEV_ENERGYMODEL_A_PERF_STATE_FLAGS,
            &(v.bits()).to_ne_bytes(),
        )?;
        Ok(self)
    }
}
