//! Typed builders of `rt-route`: one per attribute set, over the codec's [`Writer`] (so they
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
    /// The `route-attrs` attribute set.
    pub enum RouteAttrs {}
    /// The `metrics` attribute set.
    pub enum Metrics {}
    /// The `encap-mpls-attrs` attribute set.
    pub enum EncapMplsAttrs {}
    /// The `encap-ip-attrs` attribute set.
    pub enum EncapIpAttrs {}
    /// The `encap-ip6-attrs` attribute set.
    pub enum EncapIp6Attrs {}
    /// The `encap-bpf-attrs` attribute set.
    pub enum EncapBpfAttrs {}
    /// The `encap-bpf-prog-attrs` attribute set.
    pub enum EncapBpfProgAttrs {}
}

/// Writes `route-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type RouteAttrsBuilder<'w, B> = Builder<'w, sets::RouteAttrs, B>;

impl<B: Buffer> RouteAttrsBuilder<'_, B> {
    /// Writes `RTA_DST`.
    pub fn dst(&mut self, v: IpAddr) -> Result<&mut Self, WriteError> {
        match v {
            IpAddr::V4(v) => self.w.put_attr(RTA_DST, &v.octets()),
            IpAddr::V6(v) => self.w.put_attr(RTA_DST, &v.octets()),
        }?;
        Ok(self)
    }

    /// Writes `RTA_SRC`.
    pub fn src(&mut self, v: IpAddr) -> Result<&mut Self, WriteError> {
        match v {
            IpAddr::V4(v) => self.w.put_attr(RTA_SRC, &v.octets()),
            IpAddr::V6(v) => self.w.put_attr(RTA_SRC, &v.octets()),
        }?;
        Ok(self)
    }

    /// Writes `RTA_IIF`.
    pub fn iif(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTA_IIF, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTA_OIF`.
    pub fn oif(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTA_OIF, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTA_GATEWAY`.
    pub fn gateway(&mut self, v: IpAddr) -> Result<&mut Self, WriteError> {
        match v {
            IpAddr::V4(v) => self.w.put_attr(RTA_GATEWAY, &v.octets()),
            IpAddr::V6(v) => self.w.put_attr(RTA_GATEWAY, &v.octets()),
        }?;
        Ok(self)
    }

    /// Writes `RTA_PRIORITY`.
    pub fn priority(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTA_PRIORITY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTA_PREFSRC`.
    pub fn prefsrc(&mut self, v: IpAddr) -> Result<&mut Self, WriteError> {
        match v {
            IpAddr::V4(v) => self.w.put_attr(RTA_PREFSRC, &v.octets()),
            IpAddr::V6(v) => self.w.put_attr(RTA_PREFSRC, &v.octets()),
        }?;
        Ok(self)
    }

    /// Writes `RTA_METRICS`.
    pub fn metrics(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut MetricsBuilder<'y, B>,
        ) -> Result<&'x mut MetricsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(RTA_METRICS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `RTA_MULTIPATH`.
    pub fn multipath(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(RTA_MULTIPATH, f)?;
        Ok(self)
    }

    /// Writes `RTA_PROTOINFO`.
    pub fn protoinfo(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTA_PROTOINFO, v)?;
        Ok(self)
    }

    /// Writes `RTA_FLOW`.
    pub fn flow(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTA_FLOW, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTA_CACHEINFO`.
    pub fn cacheinfo(&mut self, v: &RtaCacheinfo) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(RTA_CACHEINFO, RtaCacheinfo::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `RTA_SESSION`.
    pub fn session(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTA_SESSION, v)?;
        Ok(self)
    }

    /// Writes `RTA_MP_ALGO`.
    pub fn mp_algo(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTA_MP_ALGO, v)?;
        Ok(self)
    }

    /// Writes `RTA_TABLE`.
    pub fn table_attr(&mut self, v: RtTable) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTA_TABLE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTA_MARK`.
    pub fn mark(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTA_MARK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTA_MFC_STATS`.
    pub fn mfc_stats(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTA_MFC_STATS, v)?;
        Ok(self)
    }

    /// Writes `RTA_VIA`.
    pub fn via(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTA_VIA, v)?;
        Ok(self)
    }

    /// Writes `RTA_NEWDST`.
    pub fn newdst(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTA_NEWDST, v)?;
        Ok(self)
    }

    /// Writes `RTA_PREF`.
    pub fn pref(&mut self, v: RouterPref) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(RTA_PREF, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTA_ENCAP_TYPE`.
    pub fn encap_type(&mut self, v: LwtunnelEncapType) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(RTA_ENCAP_TYPE, &(v.value() as u16).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTA_ENCAP`.
    pub fn encap_mpls(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut EncapMplsAttrsBuilder<'y, B>,
        ) -> Result<&'x mut EncapMplsAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_u16(RTA_ENCAP_TYPE, 1)?;
        self.w
            .put_nested(RTA_ENCAP, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `RTA_ENCAP`.
    pub fn encap_ip(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut EncapIpAttrsBuilder<'y, B>,
        ) -> Result<&'x mut EncapIpAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_u16(RTA_ENCAP_TYPE, 2)?;
        self.w
            .put_nested(RTA_ENCAP, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `RTA_ENCAP`.
    pub fn encap_ip6(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut EncapIp6AttrsBuilder<'y, B>,
        ) -> Result<&'x mut EncapIp6AttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_u16(RTA_ENCAP_TYPE, 4)?;
        self.w
            .put_nested(RTA_ENCAP, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `RTA_ENCAP`.
    pub fn encap_bpf(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut EncapBpfAttrsBuilder<'y, B>,
        ) -> Result<&'x mut EncapBpfAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_u16(RTA_ENCAP_TYPE, 6)?;
        self.w
            .put_nested(RTA_ENCAP, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `RTA_ENCAP`.
    pub fn encap_raw(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(RTA_ENCAP, f)?;
        Ok(self)
    }

    /// Writes `RTA_EXPIRES`.
    pub fn expires(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTA_EXPIRES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTA_PAD`.
    pub fn pad(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTA_PAD, v)?;
        Ok(self)
    }

    /// Writes `RTA_UID`.
    pub fn uid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTA_UID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTA_TTL_PROPAGATE`.
    pub fn ttl_propagate(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTA_TTL_PROPAGATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTA_IP_PROTO`.
    pub fn ip_proto(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTA_IP_PROTO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTA_SPORT`.
    pub fn sport(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTA_SPORT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTA_DPORT`.
    pub fn dport(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTA_DPORT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTA_NH_ID`.
    pub fn nh_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTA_NH_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTA_FLOWLABEL`.
    pub fn flowlabel(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTA_FLOWLABEL, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `RTA_DEL_REASON`: Emitted only on RTM_DELROUTE notifications, and only when the
    /// deletion path records a cause. An absent attribute means
    /// either an older kernel or a deletion path that does not
    /// record its cause, consumers must treat absent and unspec
    /// identically. Currently only IPv6 deletion paths record a
    /// cause. The attribute is notification-only, the kernel rejects
    /// it in requests.
    pub fn del_reason(&mut self, v: DelReason) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(RTA_DEL_REASON, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `metrics` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type MetricsBuilder<'w, B> = Builder<'w, sets::Metrics, B>;

impl<B: Buffer> MetricsBuilder<'_, B> {
    /// Writes `RTAX_LOCK`.
    pub fn lock(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTAX_LOCK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTAX_MTU`.
    pub fn mtu(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTAX_MTU, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTAX_WINDOW`.
    pub fn window(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTAX_WINDOW, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTAX_RTT`.
    pub fn rtt(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTAX_RTT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTAX_RTTVAR`.
    pub fn rttvar(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTAX_RTTVAR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTAX_SSTHRESH`.
    pub fn ssthresh(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTAX_SSTHRESH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTAX_CWND`.
    pub fn cwnd(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTAX_CWND, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTAX_ADVMSS`.
    pub fn advmss(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTAX_ADVMSS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTAX_REORDERING`.
    pub fn reordering(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTAX_REORDERING, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTAX_HOPLIMIT`.
    pub fn hoplimit(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTAX_HOPLIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTAX_INITCWND`.
    pub fn initcwnd(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTAX_INITCWND, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTAX_FEATURES`.
    pub fn features(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTAX_FEATURES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTAX_RTO_MIN`.
    pub fn rto_min(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTAX_RTO_MIN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTAX_INITRWND`.
    pub fn initrwnd(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTAX_INITRWND, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTAX_QUICKACK`.
    pub fn quickack(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(RTAX_QUICKACK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `RTAX_CC_ALGO`.
    pub fn cc_algo(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(RTAX_CC_ALGO, v)?;
        Ok(self)
    }

    /// Writes `RTAX_FASTOPEN_NO_COOKIE`.
    pub fn fastopen_no_cookie(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(RTAX_FASTOPEN_NO_COOKIE, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `encap-mpls-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type EncapMplsAttrsBuilder<'w, B> = Builder<'w, sets::EncapMplsAttrs, B>;

impl<B: Buffer> EncapMplsAttrsBuilder<'_, B> {
    /// Writes `MPLS_IPTUNNEL_DST`: The label stack to push
    pub fn dst(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(MPLS_IPTUNNEL_DST, v)?;
        Ok(self)
    }

    /// Writes `MPLS_IPTUNNEL_TTL`.
    pub fn ttl(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(MPLS_IPTUNNEL_TTL, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `encap-ip-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type EncapIpAttrsBuilder<'w, B> = Builder<'w, sets::EncapIpAttrs, B>;

impl<B: Buffer> EncapIpAttrsBuilder<'_, B> {
    /// Writes `LWTUNNEL_IP_ID`.
    pub fn id(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(LWTUNNEL_IP_ID, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `LWTUNNEL_IP_DST`.
    pub fn dst(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(LWTUNNEL_IP_DST, &v.octets())?;
        Ok(self)
    }

    /// Writes `LWTUNNEL_IP_SRC`.
    pub fn src(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(LWTUNNEL_IP_SRC, &v.octets())?;
        Ok(self)
    }

    /// Writes `LWTUNNEL_IP_TTL`.
    pub fn ttl(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(LWTUNNEL_IP_TTL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `LWTUNNEL_IP_TOS`.
    pub fn tos(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(LWTUNNEL_IP_TOS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `LWTUNNEL_IP_FLAGS`.
    pub fn flags(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(LWTUNNEL_IP_FLAGS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `LWTUNNEL_IP_OPTS`.
    pub fn opts(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(LWTUNNEL_IP_OPTS, v)?;
        Ok(self)
    }
}

/// Writes `encap-ip6-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type EncapIp6AttrsBuilder<'w, B> = Builder<'w, sets::EncapIp6Attrs, B>;

impl<B: Buffer> EncapIp6AttrsBuilder<'_, B> {
    /// Writes `LWTUNNEL_IP6_ID`.
    pub fn id(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(LWTUNNEL_IP6_ID, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `LWTUNNEL_IP6_DST`.
    pub fn dst(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(LWTUNNEL_IP6_DST, &v.octets())?;
        Ok(self)
    }

    /// Writes `LWTUNNEL_IP6_SRC`.
    pub fn src(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(LWTUNNEL_IP6_SRC, &v.octets())?;
        Ok(self)
    }

    /// Writes `LWTUNNEL_IP6_HOPLIMIT`.
    pub fn hoplimit(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(LWTUNNEL_IP6_HOPLIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `LWTUNNEL_IP6_TC`.
    pub fn tc(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(LWTUNNEL_IP6_TC, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `LWTUNNEL_IP6_FLAGS`.
    pub fn flags(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(LWTUNNEL_IP6_FLAGS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `LWTUNNEL_IP6_OPTS`.
    pub fn opts(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(LWTUNNEL_IP6_OPTS, v)?;
        Ok(self)
    }
}

/// Writes `encap-bpf-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type EncapBpfAttrsBuilder<'w, B> = Builder<'w, sets::EncapBpfAttrs, B>;

impl<B: Buffer> EncapBpfAttrsBuilder<'_, B> {
    /// Writes `LWT_BPF_IN`.
    pub fn in_(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut EncapBpfProgAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut EncapBpfProgAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(LWT_BPF_IN, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `LWT_BPF_OUT`.
    pub fn out(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut EncapBpfProgAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut EncapBpfProgAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(LWT_BPF_OUT, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `LWT_BPF_XMIT`.
    pub fn xmit(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut EncapBpfProgAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut EncapBpfProgAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(LWT_BPF_XMIT, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `LWT_BPF_XMIT_HEADROOM`.
    pub fn xmit_headroom(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(LWT_BPF_XMIT_HEADROOM, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `encap-bpf-prog-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type EncapBpfProgAttrsBuilder<'w, B> = Builder<'w, sets::EncapBpfProgAttrs, B>;

impl<B: Buffer> EncapBpfProgAttrsBuilder<'_, B> {
    /// Writes `LWT_BPF_PROG_FD`.
    pub fn fd(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(LWT_BPF_PROG_FD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `LWT_BPF_PROG_NAME`.
    pub fn name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(LWT_BPF_PROG_NAME, v)?;
        Ok(self)
    }
}
