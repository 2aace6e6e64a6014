//! Typed builders of `rt-neigh`: one per attribute set, over the codec's [`Writer`] (so they
//! write into a caller's `&mut [u8]` as well as a `Vec`).

#![allow(unused_imports)]

use super::consts::*;
use super::types::*;
use crate::runtime::{put_nest_with_header, Bitfield32};
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use nlcodec::{Buffer, WriteError, Writer};

/// Writes `neighbour-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct NeighbourAttrsBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> NeighbourAttrsBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `NDA_UNSPEC`.
    pub fn unspec(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDA_UNSPEC, v)?;
        Ok(self)
    }

    /// Writes `NDA_DST`.
    pub fn dst(&mut self, v: IpAddr) -> Result<&mut Self, WriteError> {
        match v {
            IpAddr::V4(v) => self.0.put_attr(NDA_DST, &v.octets()),
            IpAddr::V6(v) => self.0.put_attr(NDA_DST, &v.octets()),
        }?;
        Ok(self)
    }

    /// Writes `NDA_LLADDR`.
    pub fn lladdr(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDA_LLADDR, v)?;
        Ok(self)
    }

    /// Writes `NDA_CACHEINFO`.
    pub fn cacheinfo(&mut self, v: &NdaCacheinfo) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr_with(NDA_CACHEINFO, NdaCacheinfo::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `NDA_PROBES`.
    pub fn probes(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDA_PROBES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDA_VLAN`.
    pub fn vlan(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDA_VLAN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDA_PORT`.
    pub fn port(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDA_PORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NDA_VNI`.
    pub fn vni(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDA_VNI, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDA_IFINDEX`.
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDA_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDA_MASTER`.
    pub fn master(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDA_MASTER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDA_LINK_NETNSID`.
    pub fn link_netnsid(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDA_LINK_NETNSID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDA_SRC_VNI`.
    pub fn src_vni(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDA_SRC_VNI, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDA_PROTOCOL`.
    pub fn protocol(&mut self, v: RtProtocol) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NDA_PROTOCOL, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDA_NH_ID`.
    pub fn nh_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDA_NH_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDA_FDB_EXT_ATTRS`.
    pub fn fdb_ext_attrs(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDA_FDB_EXT_ATTRS, v)?;
        Ok(self)
    }

    /// Writes `NDA_FLAGS_EXT`.
    pub fn flags_ext(&mut self, v: NtfExtFlags) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDA_FLAGS_EXT, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDA_NDM_STATE_MASK`.
    pub fn ndm_state_mask(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDA_NDM_STATE_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDA_NDM_FLAGS_MASK`.
    pub fn ndm_flags_mask(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDA_NDM_FLAGS_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `ndt-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct NdtAttrsBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> NdtAttrsBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `NDTA_NAME`.
    pub fn name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(NDTA_NAME, v)?;
        Ok(self)
    }

    /// Writes `NDTA_THRESH1`.
    pub fn thresh1(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDTA_THRESH1, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTA_THRESH2`.
    pub fn thresh2(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDTA_THRESH2, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTA_THRESH3`.
    pub fn thresh3(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDTA_THRESH3, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTA_CONFIG`.
    pub fn config(&mut self, v: &NdtConfig) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr_with(NDTA_CONFIG, NdtConfig::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `NDTA_PARMS`.
    pub fn parms(
        &mut self,
        f: impl FnOnce(&mut NdtpaAttrsBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(NDTA_PARMS, |w| f(&mut NdtpaAttrsBuilder(w)))?;
        Ok(self)
    }

    /// Writes `NDTA_STATS`.
    pub fn stats(&mut self, v: &NdtStats) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr_with(NDTA_STATS, NdtStats::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `NDTA_GC_INTERVAL`.
    pub fn gc_interval(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDTA_GC_INTERVAL, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `ndtpa-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct NdtpaAttrsBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> NdtpaAttrsBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `NDTPA_IFINDEX`.
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDTPA_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_REFCNT`.
    pub fn refcnt(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDTPA_REFCNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_REACHABLE_TIME`.
    pub fn reachable_time(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDTPA_REACHABLE_TIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_BASE_REACHABLE_TIME`.
    pub fn base_reachable_time(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NDTPA_BASE_REACHABLE_TIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_RETRANS_TIME`.
    pub fn retrans_time(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDTPA_RETRANS_TIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_GC_STALETIME`.
    pub fn gc_staletime(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDTPA_GC_STALETIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_DELAY_PROBE_TIME`.
    pub fn delay_probe_time(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NDTPA_DELAY_PROBE_TIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_QUEUE_LEN`.
    pub fn queue_len(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDTPA_QUEUE_LEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_APP_PROBES`.
    pub fn app_probes(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDTPA_APP_PROBES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_UCAST_PROBES`.
    pub fn ucast_probes(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDTPA_UCAST_PROBES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_MCAST_PROBES`.
    pub fn mcast_probes(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDTPA_MCAST_PROBES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_ANYCAST_DELAY`.
    pub fn anycast_delay(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDTPA_ANYCAST_DELAY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_PROXY_DELAY`.
    pub fn proxy_delay(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDTPA_PROXY_DELAY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_PROXY_QLEN`.
    pub fn proxy_qlen(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDTPA_PROXY_QLEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_LOCKTIME`.
    pub fn locktime(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDTPA_LOCKTIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_QUEUE_LENBYTES`.
    pub fn queue_lenbytes(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDTPA_QUEUE_LENBYTES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_MCAST_REPROBES`.
    pub fn mcast_reprobes(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(NDTPA_MCAST_REPROBES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_INTERVAL_PROBE_TIME_MS`.
    pub fn interval_probe_time_ms(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(NDTPA_INTERVAL_PROBE_TIME_MS, &(v).to_ne_bytes())?;
        Ok(self)
    }
}
