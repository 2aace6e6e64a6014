//! Typed views of `rt-neigh`: one per attribute set, parsed in one pass into a table, with
//! O(1) typed getters.

#![allow(unused_imports)]

use super::builders::*;
use super::consts::*;
use super::tables;
use super::types::*;
use crate::runtime::{
    nest_like, nest_like_with_header, raw, record_like, split_header, value, AttrView, Bitfield32,
    Check, Entries, HwAddr, NestedEntries, Records, RoundtripError, SetRoundtrip, Table,
};
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use nlcodec::family::FamilyHeader;
use nlcodec::schema::AttrSet;
use nlcodec::{Attr, Attrs, Buffer, Error, Writer};

/// What [`NeighbourAttrs`] checks of each attribute, from the descriptors.
static NEIGHBOUR_ATTRS_CHECKS: [Check; 18] = Check::table(&tables::NEIGHBOUR_ATTRS);

/// The `neighbour-attrs` attributes of `rt-neigh`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct NeighbourAttrs<'a>(Table<'a, 18>);

impl<'a> AttrView<'a> for NeighbourAttrs<'a> {
    const SET: &'static AttrSet = &tables::NEIGHBOUR_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &NEIGHBOUR_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&NEIGHBOUR_ATTRS_CHECKS, attrs)
    }
}

impl<'a> NeighbourAttrs<'a> {
    /// Indexes and checks a block of `neighbour-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 18> {
        &self.0
    }

    /// `NDA_UNSPEC`
    #[inline]
    pub fn unspec(&self) -> Option<&'a [u8]> {
        self.0.bytes(NDA_UNSPEC)
    }

    /// `NDA_DST`
    #[inline]
    pub fn dst(&self) -> Option<IpAddr> {
        self.0.ip(NDA_DST)
    }

    /// `NDA_LLADDR`
    #[inline]
    pub fn lladdr(&self) -> Option<HwAddr<'a>> {
        self.0.mac(NDA_LLADDR)
    }

    /// `NDA_CACHEINFO`
    #[inline]
    pub fn cacheinfo(&self) -> Option<NdaCacheinfo> {
        self.0.fixed(NDA_CACHEINFO, NdaCacheinfo::from_bytes)
    }

    /// `NDA_PROBES`
    #[inline]
    pub fn probes(&self) -> Option<u32> {
        self.0.u32(NDA_PROBES)
    }

    /// `NDA_VLAN`
    #[inline]
    pub fn vlan(&self) -> Option<u16> {
        self.0.u16(NDA_VLAN)
    }

    /// `NDA_PORT`
    #[inline]
    pub fn port(&self) -> Option<u16> {
        self.0.u16_be(NDA_PORT)
    }

    /// `NDA_VNI`
    #[inline]
    pub fn vni(&self) -> Option<u32> {
        self.0.u32(NDA_VNI)
    }

    /// `NDA_IFINDEX`
    #[inline]
    pub fn ifindex(&self) -> Option<u32> {
        self.0.u32(NDA_IFINDEX)
    }

    /// `NDA_MASTER`
    #[inline]
    pub fn master(&self) -> Option<u32> {
        self.0.u32(NDA_MASTER)
    }

    /// `NDA_LINK_NETNSID`
    #[inline]
    pub fn link_netnsid(&self) -> Option<i32> {
        self.0.i32(NDA_LINK_NETNSID)
    }

    /// `NDA_SRC_VNI`
    #[inline]
    pub fn src_vni(&self) -> Option<u32> {
        self.0.u32(NDA_SRC_VNI)
    }

    /// `NDA_PROTOCOL`
    #[inline]
    pub fn protocol(&self) -> Option<RtProtocol> {
        self.0
            .u8(NDA_PROTOCOL)
            .map(|v| RtProtocol::from_value(v as u32))
    }

    /// `NDA_NH_ID`
    #[inline]
    pub fn nh_id(&self) -> Option<u32> {
        self.0.u32(NDA_NH_ID)
    }

    /// `NDA_FDB_EXT_ATTRS`
    #[inline]
    pub fn fdb_ext_attrs(&self) -> Option<&'a [u8]> {
        self.0.bytes(NDA_FDB_EXT_ATTRS)
    }

    /// `NDA_FLAGS_EXT`
    #[inline]
    pub fn flags_ext(&self) -> Option<NtfExtFlags> {
        self.0.u32(NDA_FLAGS_EXT).map(NtfExtFlags)
    }

    /// `NDA_NDM_STATE_MASK`
    #[inline]
    pub fn ndm_state_mask(&self) -> Option<u16> {
        self.0.u16(NDA_NDM_STATE_MASK)
    }

    /// `NDA_NDM_FLAGS_MASK`
    #[inline]
    pub fn ndm_flags_mask(&self) -> Option<u8> {
        self.0.u8(NDA_NDM_FLAGS_MASK)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NDA_UNSPEC if a.raw_kind() == NDA_UNSPEC => {
                    NeighbourAttrsBuilder::new(w).unspec(a.value())?;
                }
                NDA_DST if a.raw_kind() == NDA_DST => match value::ip(&a) {
                    Some(ip) => {
                        NeighbourAttrsBuilder::new(w).dst(ip)?;
                    }
                    None => raw(w, &a)?,
                },
                NDA_LLADDR if a.raw_kind() == NDA_LLADDR => {
                    NeighbourAttrsBuilder::new(w).lladdr(a.value())?;
                }
                NDA_CACHEINFO if a.raw_kind() == NDA_CACHEINFO => {
                    if a.value().len() == NdaCacheinfo::LEN {
                        NeighbourAttrsBuilder::new(w)
                            .cacheinfo(&NdaCacheinfo::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NDA_PROBES if a.raw_kind() == NDA_PROBES => {
                    NeighbourAttrsBuilder::new(w).probes(value::u32(&a))?;
                }
                NDA_VLAN if a.raw_kind() == NDA_VLAN => {
                    NeighbourAttrsBuilder::new(w).vlan(value::u16(&a))?;
                }
                NDA_PORT if a.raw_kind() == NDA_PORT => {
                    NeighbourAttrsBuilder::new(w).port(value::u16_be(&a))?;
                }
                NDA_VNI if a.raw_kind() == NDA_VNI => {
                    NeighbourAttrsBuilder::new(w).vni(value::u32(&a))?;
                }
                NDA_IFINDEX if a.raw_kind() == NDA_IFINDEX => {
                    NeighbourAttrsBuilder::new(w).ifindex(value::u32(&a))?;
                }
                NDA_MASTER if a.raw_kind() == NDA_MASTER => {
                    NeighbourAttrsBuilder::new(w).master(value::u32(&a))?;
                }
                NDA_LINK_NETNSID if a.raw_kind() == NDA_LINK_NETNSID => {
                    NeighbourAttrsBuilder::new(w).link_netnsid(value::i32(&a))?;
                }
                NDA_SRC_VNI if a.raw_kind() == NDA_SRC_VNI => {
                    NeighbourAttrsBuilder::new(w).src_vni(value::u32(&a))?;
                }
                NDA_PROTOCOL if a.raw_kind() == NDA_PROTOCOL => {
                    NeighbourAttrsBuilder::new(w)
                        .protocol(RtProtocol::from_value(value::u8(&a) as u32))?;
                }
                NDA_NH_ID if a.raw_kind() == NDA_NH_ID => {
                    NeighbourAttrsBuilder::new(w).nh_id(value::u32(&a))?;
                }
                NDA_FDB_EXT_ATTRS if a.raw_kind() == NDA_FDB_EXT_ATTRS => {
                    NeighbourAttrsBuilder::new(w).fdb_ext_attrs(a.value())?;
                }
                NDA_FLAGS_EXT if a.raw_kind() == NDA_FLAGS_EXT => {
                    NeighbourAttrsBuilder::new(w).flags_ext(NtfExtFlags(value::u32(&a)))?;
                }
                NDA_NDM_STATE_MASK if a.raw_kind() == NDA_NDM_STATE_MASK => {
                    NeighbourAttrsBuilder::new(w).ndm_state_mask(value::u16(&a))?;
                }
                NDA_NDM_FLAGS_MASK if a.raw_kind() == NDA_NDM_FLAGS_MASK => {
                    NeighbourAttrsBuilder::new(w).ndm_flags_mask(value::u8(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`NdtAttrs`] checks of each attribute, from the descriptors.
static NDT_ATTRS_CHECKS: [Check; 10] = Check::table(&tables::NDT_ATTRS);

/// The `ndt-attrs` attributes of `rt-neigh`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct NdtAttrs<'a>(Table<'a, 10>);

impl<'a> AttrView<'a> for NdtAttrs<'a> {
    const SET: &'static AttrSet = &tables::NDT_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &NDT_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&NDT_ATTRS_CHECKS, attrs)
    }
}

impl<'a> NdtAttrs<'a> {
    /// Indexes and checks a block of `ndt-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 10> {
        &self.0
    }

    /// `NDTA_NAME`
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(NDTA_NAME)
    }

    /// `NDTA_THRESH1`
    #[inline]
    pub fn thresh1(&self) -> Option<u32> {
        self.0.u32(NDTA_THRESH1)
    }

    /// `NDTA_THRESH2`
    #[inline]
    pub fn thresh2(&self) -> Option<u32> {
        self.0.u32(NDTA_THRESH2)
    }

    /// `NDTA_THRESH3`
    #[inline]
    pub fn thresh3(&self) -> Option<u32> {
        self.0.u32(NDTA_THRESH3)
    }

    /// `NDTA_CONFIG`
    #[inline]
    pub fn config(&self) -> Option<NdtConfig> {
        self.0.fixed(NDTA_CONFIG, NdtConfig::from_bytes)
    }

    /// `NDTA_PARMS`
    #[inline]
    pub fn parms(&self) -> Result<Option<NdtpaAttrs<'a>>, Error> {
        self.0.nest(NDTA_PARMS)
    }

    /// `NDTA_STATS`
    #[inline]
    pub fn stats(&self) -> Option<NdtStats> {
        self.0.fixed(NDTA_STATS, NdtStats::from_bytes)
    }

    /// `NDTA_GC_INTERVAL`
    #[inline]
    pub fn gc_interval(&self) -> Option<u64> {
        self.0.u64(NDTA_GC_INTERVAL)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NDTA_NAME if a.raw_kind() == NDTA_NAME => {
                    NdtAttrsBuilder::new(w).name(value::str(&a))?;
                }
                NDTA_THRESH1 if a.raw_kind() == NDTA_THRESH1 => {
                    NdtAttrsBuilder::new(w).thresh1(value::u32(&a))?;
                }
                NDTA_THRESH2 if a.raw_kind() == NDTA_THRESH2 => {
                    NdtAttrsBuilder::new(w).thresh2(value::u32(&a))?;
                }
                NDTA_THRESH3 if a.raw_kind() == NDTA_THRESH3 => {
                    NdtAttrsBuilder::new(w).thresh3(value::u32(&a))?;
                }
                NDTA_CONFIG if a.raw_kind() == NDTA_CONFIG => {
                    if a.value().len() == NdtConfig::LEN {
                        NdtAttrsBuilder::new(w).config(&NdtConfig::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NDTA_PARMS => nest_like(w, &a, |w| NdtpaAttrs::parse(a.nested())?.write_to(w))?,
                NDTA_STATS if a.raw_kind() == NDTA_STATS => {
                    if a.value().len() == NdtStats::LEN {
                        NdtAttrsBuilder::new(w).stats(&NdtStats::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NDTA_GC_INTERVAL if a.raw_kind() == NDTA_GC_INTERVAL => {
                    NdtAttrsBuilder::new(w).gc_interval(value::u64(&a))?;
                }
                NDTA_PAD if a.raw_kind() == NDTA_PAD => raw(w, &a)?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`NdtpaAttrs`] checks of each attribute, from the descriptors.
static NDTPA_ATTRS_CHECKS: [Check; 20] = Check::table(&tables::NDTPA_ATTRS);

/// The `ndtpa-attrs` attributes of `rt-neigh`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct NdtpaAttrs<'a>(Table<'a, 20>);

impl<'a> AttrView<'a> for NdtpaAttrs<'a> {
    const SET: &'static AttrSet = &tables::NDTPA_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &NDTPA_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&NDTPA_ATTRS_CHECKS, attrs)
    }
}

impl<'a> NdtpaAttrs<'a> {
    /// Indexes and checks a block of `ndtpa-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 20> {
        &self.0
    }

    /// `NDTPA_IFINDEX`
    #[inline]
    pub fn ifindex(&self) -> Option<u32> {
        self.0.u32(NDTPA_IFINDEX)
    }

    /// `NDTPA_REFCNT`
    #[inline]
    pub fn refcnt(&self) -> Option<u32> {
        self.0.u32(NDTPA_REFCNT)
    }

    /// `NDTPA_REACHABLE_TIME`
    #[inline]
    pub fn reachable_time(&self) -> Option<u64> {
        self.0.u64(NDTPA_REACHABLE_TIME)
    }

    /// `NDTPA_BASE_REACHABLE_TIME`
    #[inline]
    pub fn base_reachable_time(&self) -> Option<u64> {
        self.0.u64(NDTPA_BASE_REACHABLE_TIME)
    }

    /// `NDTPA_RETRANS_TIME`
    #[inline]
    pub fn retrans_time(&self) -> Option<u64> {
        self.0.u64(NDTPA_RETRANS_TIME)
    }

    /// `NDTPA_GC_STALETIME`
    #[inline]
    pub fn gc_staletime(&self) -> Option<u64> {
        self.0.u64(NDTPA_GC_STALETIME)
    }

    /// `NDTPA_DELAY_PROBE_TIME`
    #[inline]
    pub fn delay_probe_time(&self) -> Option<u64> {
        self.0.u64(NDTPA_DELAY_PROBE_TIME)
    }

    /// `NDTPA_QUEUE_LEN`
    #[inline]
    pub fn queue_len(&self) -> Option<u32> {
        self.0.u32(NDTPA_QUEUE_LEN)
    }

    /// `NDTPA_APP_PROBES`
    #[inline]
    pub fn app_probes(&self) -> Option<u32> {
        self.0.u32(NDTPA_APP_PROBES)
    }

    /// `NDTPA_UCAST_PROBES`
    #[inline]
    pub fn ucast_probes(&self) -> Option<u32> {
        self.0.u32(NDTPA_UCAST_PROBES)
    }

    /// `NDTPA_MCAST_PROBES`
    #[inline]
    pub fn mcast_probes(&self) -> Option<u32> {
        self.0.u32(NDTPA_MCAST_PROBES)
    }

    /// `NDTPA_ANYCAST_DELAY`
    #[inline]
    pub fn anycast_delay(&self) -> Option<u64> {
        self.0.u64(NDTPA_ANYCAST_DELAY)
    }

    /// `NDTPA_PROXY_DELAY`
    #[inline]
    pub fn proxy_delay(&self) -> Option<u64> {
        self.0.u64(NDTPA_PROXY_DELAY)
    }

    /// `NDTPA_PROXY_QLEN`
    #[inline]
    pub fn proxy_qlen(&self) -> Option<u32> {
        self.0.u32(NDTPA_PROXY_QLEN)
    }

    /// `NDTPA_LOCKTIME`
    #[inline]
    pub fn locktime(&self) -> Option<u64> {
        self.0.u64(NDTPA_LOCKTIME)
    }

    /// `NDTPA_QUEUE_LENBYTES`
    #[inline]
    pub fn queue_lenbytes(&self) -> Option<u32> {
        self.0.u32(NDTPA_QUEUE_LENBYTES)
    }

    /// `NDTPA_MCAST_REPROBES`
    #[inline]
    pub fn mcast_reprobes(&self) -> Option<u32> {
        self.0.u32(NDTPA_MCAST_REPROBES)
    }

    /// `NDTPA_INTERVAL_PROBE_TIME_MS`
    #[inline]
    pub fn interval_probe_time_ms(&self) -> Option<u64> {
        self.0.u64(NDTPA_INTERVAL_PROBE_TIME_MS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NDTPA_IFINDEX if a.raw_kind() == NDTPA_IFINDEX => {
                    NdtpaAttrsBuilder::new(w).ifindex(value::u32(&a))?;
                }
                NDTPA_REFCNT if a.raw_kind() == NDTPA_REFCNT => {
                    NdtpaAttrsBuilder::new(w).refcnt(value::u32(&a))?;
                }
                NDTPA_REACHABLE_TIME if a.raw_kind() == NDTPA_REACHABLE_TIME => {
                    NdtpaAttrsBuilder::new(w).reachable_time(value::u64(&a))?;
                }
                NDTPA_BASE_REACHABLE_TIME if a.raw_kind() == NDTPA_BASE_REACHABLE_TIME => {
                    NdtpaAttrsBuilder::new(w).base_reachable_time(value::u64(&a))?;
                }
                NDTPA_RETRANS_TIME if a.raw_kind() == NDTPA_RETRANS_TIME => {
                    NdtpaAttrsBuilder::new(w).retrans_time(value::u64(&a))?;
                }
                NDTPA_GC_STALETIME if a.raw_kind() == NDTPA_GC_STALETIME => {
                    NdtpaAttrsBuilder::new(w).gc_staletime(value::u64(&a))?;
                }
                NDTPA_DELAY_PROBE_TIME if a.raw_kind() == NDTPA_DELAY_PROBE_TIME => {
                    NdtpaAttrsBuilder::new(w).delay_probe_time(value::u64(&a))?;
                }
                NDTPA_QUEUE_LEN if a.raw_kind() == NDTPA_QUEUE_LEN => {
                    NdtpaAttrsBuilder::new(w).queue_len(value::u32(&a))?;
                }
                NDTPA_APP_PROBES if a.raw_kind() == NDTPA_APP_PROBES => {
                    NdtpaAttrsBuilder::new(w).app_probes(value::u32(&a))?;
                }
                NDTPA_UCAST_PROBES if a.raw_kind() == NDTPA_UCAST_PROBES => {
                    NdtpaAttrsBuilder::new(w).ucast_probes(value::u32(&a))?;
                }
                NDTPA_MCAST_PROBES if a.raw_kind() == NDTPA_MCAST_PROBES => {
                    NdtpaAttrsBuilder::new(w).mcast_probes(value::u32(&a))?;
                }
                NDTPA_ANYCAST_DELAY if a.raw_kind() == NDTPA_ANYCAST_DELAY => {
                    NdtpaAttrsBuilder::new(w).anycast_delay(value::u64(&a))?;
                }
                NDTPA_PROXY_DELAY if a.raw_kind() == NDTPA_PROXY_DELAY => {
                    NdtpaAttrsBuilder::new(w).proxy_delay(value::u64(&a))?;
                }
                NDTPA_PROXY_QLEN if a.raw_kind() == NDTPA_PROXY_QLEN => {
                    NdtpaAttrsBuilder::new(w).proxy_qlen(value::u32(&a))?;
                }
                NDTPA_LOCKTIME if a.raw_kind() == NDTPA_LOCKTIME => {
                    NdtpaAttrsBuilder::new(w).locktime(value::u64(&a))?;
                }
                NDTPA_QUEUE_LENBYTES if a.raw_kind() == NDTPA_QUEUE_LENBYTES => {
                    NdtpaAttrsBuilder::new(w).queue_lenbytes(value::u32(&a))?;
                }
                NDTPA_MCAST_REPROBES if a.raw_kind() == NDTPA_MCAST_REPROBES => {
                    NdtpaAttrsBuilder::new(w).mcast_reprobes(value::u32(&a))?;
                }
                NDTPA_PAD if a.raw_kind() == NDTPA_PAD => raw(w, &a)?,
                NDTPA_INTERVAL_PROBE_TIME_MS if a.raw_kind() == NDTPA_INTERVAL_PROBE_TIME_MS => {
                    NdtpaAttrsBuilder::new(w).interval_probe_time_ms(value::u64(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// Every attribute set of `rt-neigh` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 3] = [
    SetRoundtrip {
        set: &tables::NEIGHBOUR_ATTRS,
        run: |attrs, w| NeighbourAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::NDT_ATTRS,
        run: |attrs, w| NdtAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::NDTPA_ATTRS,
        run: |attrs, w| NdtpaAttrs::parse(attrs)?.write_to(w),
    },
];
