//! Typed builders of `ovs_datapath`: one per attribute set, over the codec's [`Writer`] (so they
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
    /// The `datapath` attribute set.
    pub enum Datapath {}
}

/// Writes `datapath` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DatapathBuilder<'w, B> = Builder<'w, sets::Datapath, B>;

impl<B: Buffer> DatapathBuilder<'_, B> {
    /// Writes `OVS_DP_ATTR_NAME`.
    pub fn name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(OVS_DP_ATTR_NAME, v)?;
        Ok(self)
    }

    /// Writes `OVS_DP_ATTR_UPCALL_PID`: upcall pid
    pub fn upcall_pid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_DP_ATTR_UPCALL_PID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_DP_ATTR_STATS`.
    pub fn stats(&mut self, v: &OvsDpStats) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(OVS_DP_ATTR_STATS, OvsDpStats::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `OVS_DP_ATTR_MEGAFLOW_STATS`.
    pub fn megaflow_stats(&mut self, v: &OvsDpMegaflowStats) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(OVS_DP_ATTR_MEGAFLOW_STATS, OvsDpMegaflowStats::LEN, |b| {
                v.write_to(b)
            })?;
        Ok(self)
    }

    /// Writes `OVS_DP_ATTR_USER_FEATURES`.
    pub fn user_features(&mut self, v: UserFeatures) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_DP_ATTR_USER_FEATURES, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_DP_ATTR_MASKS_CACHE_SIZE`.
    pub fn masks_cache_size(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_DP_ATTR_MASKS_CACHE_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_DP_ATTR_PER_CPU_PIDS`.
    pub fn per_cpu_pids(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_DP_ATTR_PER_CPU_PIDS, v)?;
        Ok(self)
    }

    /// Writes `OVS_DP_ATTR_IFINDEX`.
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_DP_ATTR_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }
}
