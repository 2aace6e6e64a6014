//! Typed builders of `ovs_datapath`: one per attribute set, over the codec's [`Writer`] (so they
//! write into a caller's `&mut [u8]` as well as a `Vec`).

#![allow(unused_imports)]

use super::consts::*;
use super::types::*;
use crate::runtime::{put_nest_with_header, Bitfield32};
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use nlcodec::{Buffer, WriteError, Writer};

/// Writes `datapath` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DatapathBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DatapathBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `OVS_DP_ATTR_NAME`.
    pub fn name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(OVS_DP_ATTR_NAME, v)?;
        Ok(self)
    }

    /// Writes `OVS_DP_ATTR_UPCALL_PID`: upcall pid
    pub fn upcall_pid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVS_DP_ATTR_UPCALL_PID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_DP_ATTR_STATS`.
    pub fn stats(&mut self, v: &OvsDpStats) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr_with(OVS_DP_ATTR_STATS, OvsDpStats::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `OVS_DP_ATTR_MEGAFLOW_STATS`.
    pub fn megaflow_stats(&mut self, v: &OvsDpMegaflowStats) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr_with(OVS_DP_ATTR_MEGAFLOW_STATS, OvsDpMegaflowStats::LEN, |b| {
                v.write_to(b)
            })?;
        Ok(self)
    }

    /// Writes `OVS_DP_ATTR_USER_FEATURES`.
    pub fn user_features(&mut self, v: UserFeatures) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVS_DP_ATTR_USER_FEATURES, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_DP_ATTR_MASKS_CACHE_SIZE`.
    pub fn masks_cache_size(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVS_DP_ATTR_MASKS_CACHE_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_DP_ATTR_PER_CPU_PIDS`.
    pub fn per_cpu_pids(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVS_DP_ATTR_PER_CPU_PIDS, v)?;
        Ok(self)
    }

    /// Writes `OVS_DP_ATTR_IFINDEX`.
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVS_DP_ATTR_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }
}
