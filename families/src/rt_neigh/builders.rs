//! Typed builders of `rt-neigh`: one per attribute set, over the codec's [`Writer`] (so they
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
    /// The `neighbour-attrs` attribute set.
    pub enum NeighbourAttrs {}
    /// The `ndt-attrs` attribute set.
    pub enum NdtAttrs {}
    /// The `ndtpa-attrs` attribute set.
    pub enum NdtpaAttrs {}
}

/// Writes `neighbour-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type NeighbourAttrsBuilder<'w, B> = Builder<'w, sets::NeighbourAttrs, B>;

impl<B: Buffer> NeighbourAttrsBuilder<'_, B> {
    /// Writes `NDA_UNSPEC`.
    pub fn unspec(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDA_UNSPEC, v)?;
        Ok(self)
    }

    /// Writes `NDA_DST`.
    pub fn dst(&mut self, v: IpAddr) -> Result<&mut Self, WriteError> {
        match v {
            IpAddr::V4(v) => self.w.put_attr(NDA_DST, &v.octets()),
            IpAddr::V6(v) => self.w.put_attr(NDA_DST, &v.octets()),
        }?;
        Ok(self)
    }

    /// Writes `NDA_LLADDR`.
    pub fn lladdr(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDA_LLADDR, v)?;
        Ok(self)
    }

    /// Writes `NDA_CACHEINFO`.
    pub fn cacheinfo(&mut self, v: &NdaCacheinfo) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(NDA_CACHEINFO, NdaCacheinfo::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `NDA_PROBES`.
    pub fn probes(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDA_PROBES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDA_VLAN`.
    pub fn vlan(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDA_VLAN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDA_PORT`.
    pub fn port(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDA_PORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NDA_VNI`.
    pub fn vni(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDA_VNI, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDA_IFINDEX`.
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDA_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDA_MASTER`.
    pub fn master(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDA_MASTER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDA_LINK_NETNSID`.
    pub fn link_netnsid(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDA_LINK_NETNSID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDA_SRC_VNI`.
    pub fn src_vni(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDA_SRC_VNI, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDA_PROTOCOL`.
    pub fn protocol(&mut self, v: RtProtocol) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NDA_PROTOCOL, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDA_NH_ID`.
    pub fn nh_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDA_NH_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDA_FDB_EXT_ATTRS`.
    pub fn fdb_ext_attrs(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDA_FDB_EXT_ATTRS, v)?;
        Ok(self)
    }

    /// Writes `NDA_FLAGS_EXT`.
    pub fn flags_ext(&mut self, v: NtfExtFlags) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDA_FLAGS_EXT, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDA_NDM_STATE_MASK`.
    pub fn ndm_state_mask(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDA_NDM_STATE_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDA_NDM_FLAGS_MASK`.
    pub fn ndm_flags_mask(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDA_NDM_FLAGS_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `ndt-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type NdtAttrsBuilder<'w, B> = Builder<'w, sets::NdtAttrs, B>;

impl<B: Buffer> NdtAttrsBuilder<'_, B> {
    /// Writes `NDTA_NAME`.
    pub fn name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NDTA_NAME, v)?;
        Ok(self)
    }

    /// Writes `NDTA_THRESH1`.
    pub fn thresh1(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDTA_THRESH1, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTA_THRESH2`.
    pub fn thresh2(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDTA_THRESH2, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTA_THRESH3`.
    pub fn thresh3(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDTA_THRESH3, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTA_CONFIG`.
    pub fn config(&mut self, v: &NdtConfig) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(NDTA_CONFIG, NdtConfig::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `NDTA_PARMS`.
    pub fn parms(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut NdtpaAttrsBuilder<'y, B>,
        ) -> Result<&'x mut NdtpaAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(NDTA_PARMS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `NDTA_STATS`.
    pub fn stats(&mut self, v: &NdtStats) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(NDTA_STATS, NdtStats::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `NDTA_GC_INTERVAL`.
    pub fn gc_interval(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDTA_GC_INTERVAL, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `ndtpa-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type NdtpaAttrsBuilder<'w, B> = Builder<'w, sets::NdtpaAttrs, B>;

impl<B: Buffer> NdtpaAttrsBuilder<'_, B> {
    /// Writes `NDTPA_IFINDEX`.
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDTPA_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_REFCNT`.
    pub fn refcnt(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDTPA_REFCNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_REACHABLE_TIME`.
    pub fn reachable_time(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDTPA_REACHABLE_TIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_BASE_REACHABLE_TIME`.
    pub fn base_reachable_time(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NDTPA_BASE_REACHABLE_TIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_RETRANS_TIME`.
    pub fn retrans_time(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDTPA_RETRANS_TIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_GC_STALETIME`.
    pub fn gc_staletime(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDTPA_GC_STALETIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_DELAY_PROBE_TIME`.
    pub fn delay_probe_time(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NDTPA_DELAY_PROBE_TIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_QUEUE_LEN`.
    pub fn queue_len(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDTPA_QUEUE_LEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_APP_PROBES`.
    pub fn app_probes(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDTPA_APP_PROBES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_UCAST_PROBES`.
    pub fn ucast_probes(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDTPA_UCAST_PROBES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_MCAST_PROBES`.
    pub fn mcast_probes(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDTPA_MCAST_PROBES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_ANYCAST_DELAY`.
    pub fn anycast_delay(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDTPA_ANYCAST_DELAY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_PROXY_DELAY`.
    pub fn proxy_delay(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDTPA_PROXY_DELAY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_PROXY_QLEN`.
    pub fn proxy_qlen(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDTPA_PROXY_QLEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_LOCKTIME`.
    pub fn locktime(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDTPA_LOCKTIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_QUEUE_LENBYTES`.
    pub fn queue_lenbytes(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDTPA_QUEUE_LENBYTES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_MCAST_REPROBES`.
    pub fn mcast_reprobes(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NDTPA_MCAST_REPROBES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NDTPA_INTERVAL_PROBE_TIME_MS`.
    pub fn interval_probe_time_ms(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NDTPA_INTERVAL_PROBE_TIME_MS, &(v).to_ne_bytes())?;
        Ok(self)
    }
}
