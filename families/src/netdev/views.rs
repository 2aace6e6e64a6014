//! Typed views of `netdev`: one per attribute set, parsed in one pass into a table, with
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

/// What [`Dev`] checks of each attribute, from the descriptors.
static DEV_CHECKS: [Check; 7] = Check::table(&tables::DEV);

/// The `dev` attributes of `netdev`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Dev<'a>(Table<'a, 7>);

impl<'a> AttrView<'a> for Dev<'a> {
    const SET: &'static AttrSet = &tables::DEV;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DEV_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DEV_CHECKS, attrs)
    }
}

impl<'a> Dev<'a> {
    /// Indexes and checks a block of `dev` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 7> {
        &self.0
    }

    /// `NETDEV_A_DEV_IFINDEX`: netdev ifindex
    #[inline]
    pub fn ifindex(&self) -> Option<u32> {
        self.0.u32(NETDEV_A_DEV_IFINDEX)
    }

    /// `NETDEV_A_DEV_XDP_FEATURES`: Bitmask of enabled xdp-features.
    #[inline]
    pub fn xdp_features(&self) -> Option<XdpAct> {
        self.0.u64(NETDEV_A_DEV_XDP_FEATURES).map(XdpAct)
    }

    /// `NETDEV_A_DEV_XDP_ZC_MAX_SEGS`: max fragment count supported by ZC driver
    #[inline]
    pub fn xdp_zc_max_segs(&self) -> Option<u32> {
        self.0.u32(NETDEV_A_DEV_XDP_ZC_MAX_SEGS)
    }

    /// `NETDEV_A_DEV_XDP_RX_METADATA_FEATURES`: Bitmask of supported XDP receive metadata features. See Documentation/networking/xdp-rx-metadata.rst for more details.
    #[inline]
    pub fn xdp_rx_metadata_features(&self) -> Option<XdpRxMetadata> {
        self.0
            .u64(NETDEV_A_DEV_XDP_RX_METADATA_FEATURES)
            .map(XdpRxMetadata)
    }

    /// `NETDEV_A_DEV_XSK_FEATURES`: Bitmask of enabled AF_XDP features.
    #[inline]
    pub fn xsk_features(&self) -> Option<XskFlags> {
        self.0.u64(NETDEV_A_DEV_XSK_FEATURES).map(XskFlags)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NETDEV_A_DEV_IFINDEX if a.raw_kind() == NETDEV_A_DEV_IFINDEX => {
                    DevBuilder::new(w).ifindex(value::u32(&a))?;
                }
                NETDEV_A_DEV_PAD if a.raw_kind() == NETDEV_A_DEV_PAD => raw(w, &a)?,
                NETDEV_A_DEV_XDP_FEATURES if a.raw_kind() == NETDEV_A_DEV_XDP_FEATURES => {
                    DevBuilder::new(w).xdp_features(XdpAct(value::u64(&a)))?;
                }
                NETDEV_A_DEV_XDP_ZC_MAX_SEGS if a.raw_kind() == NETDEV_A_DEV_XDP_ZC_MAX_SEGS => {
                    DevBuilder::new(w).xdp_zc_max_segs(value::u32(&a))?;
                }
                NETDEV_A_DEV_XDP_RX_METADATA_FEATURES
                    if a.raw_kind() == NETDEV_A_DEV_XDP_RX_METADATA_FEATURES =>
                {
                    DevBuilder::new(w).xdp_rx_metadata_features(XdpRxMetadata(value::u64(&a)))?;
                }
                NETDEV_A_DEV_XSK_FEATURES if a.raw_kind() == NETDEV_A_DEV_XSK_FEATURES => {
                    DevBuilder::new(w).xsk_features(XskFlags(value::u64(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`IoUringProviderInfo`] checks of each attribute, from the descriptors.
static IO_URING_PROVIDER_INFO_CHECKS: [Check; 2] = Check::table(&tables::IO_URING_PROVIDER_INFO);

/// The `io-uring-provider-info` attributes of `netdev`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct IoUringProviderInfo<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for IoUringProviderInfo<'a> {
    const SET: &'static AttrSet = &tables::IO_URING_PROVIDER_INFO;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &IO_URING_PROVIDER_INFO_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&IO_URING_PROVIDER_INFO_CHECKS, attrs)
    }
}

impl<'a> IoUringProviderInfo<'a> {
    /// Indexes and checks a block of `io-uring-provider-info` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `NETDEV_A_IO_URING_PROVIDER_INFO_RX_BUF_LEN`: RX buffer length in bytes for this io_uring memory provider.
    /// Reflects the rx_buf_len passed at io_uring zerocopy rx
    /// registration time.
    #[inline]
    pub fn rx_buf_len(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_IO_URING_PROVIDER_INFO_RX_BUF_LEN)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NETDEV_A_IO_URING_PROVIDER_INFO_RX_BUF_LEN
                    if a.raw_kind() == NETDEV_A_IO_URING_PROVIDER_INFO_RX_BUF_LEN =>
                {
                    IoUringProviderInfoBuilder::new(w).rx_buf_len(value::uint(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`PagePool`] checks of each attribute, from the descriptors.
static PAGE_POOL_CHECKS: [Check; 9] = Check::table(&tables::PAGE_POOL);

/// The `page-pool` attributes of `netdev`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct PagePool<'a>(Table<'a, 9>);

impl<'a> AttrView<'a> for PagePool<'a> {
    const SET: &'static AttrSet = &tables::PAGE_POOL;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PAGE_POOL_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PAGE_POOL_CHECKS, attrs)
    }
}

impl<'a> PagePool<'a> {
    /// Indexes and checks a block of `page-pool` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 9> {
        &self.0
    }

    /// `NETDEV_A_PAGE_POOL_ID`: Unique ID of a Page Pool instance.
    #[inline]
    pub fn id(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_PAGE_POOL_ID)
    }

    /// `NETDEV_A_PAGE_POOL_IFINDEX`: ifindex of the netdev to which the pool belongs.
    /// May not be reported if the page pool was allocated for a netdev
    /// which got destroyed already (page pools may outlast their netdevs
    /// because they wait for all memory to be returned).
    #[inline]
    pub fn ifindex(&self) -> Option<u32> {
        self.0.u32(NETDEV_A_PAGE_POOL_IFINDEX)
    }

    /// `NETDEV_A_PAGE_POOL_NAPI_ID`: Id of NAPI using this Page Pool instance.
    #[inline]
    pub fn napi_id(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_PAGE_POOL_NAPI_ID)
    }

    /// `NETDEV_A_PAGE_POOL_INFLIGHT`: Number of outstanding references to this page pool (allocated
    /// but yet to be freed pages). Allocated pages may be held in
    /// socket receive queues, driver receive ring, page pool recycling
    /// ring, the page pool cache, etc.
    #[inline]
    pub fn inflight(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_PAGE_POOL_INFLIGHT)
    }

    /// `NETDEV_A_PAGE_POOL_INFLIGHT_MEM`: Amount of memory held by inflight pages.
    #[inline]
    pub fn inflight_mem(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_PAGE_POOL_INFLIGHT_MEM)
    }

    /// `NETDEV_A_PAGE_POOL_DETACH_TIME`: Seconds in CLOCK_BOOTTIME of when Page Pool was detached by
    /// the driver. Once detached Page Pool can no longer be used to
    /// allocate memory.
    /// Page Pools wait for all the memory allocated from them to be freed
    /// before truly disappearing. "Detached" Page Pools cannot be
    /// "re-attached", they are just waiting to disappear.
    /// Attribute is absent if Page Pool has not been detached, and
    /// can still be used to allocate new memory.
    #[inline]
    pub fn detach_time(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_PAGE_POOL_DETACH_TIME)
    }

    /// `NETDEV_A_PAGE_POOL_DMABUF`: ID of the dmabuf this page-pool is attached to.
    #[inline]
    pub fn dmabuf(&self) -> Option<u32> {
        self.0.u32(NETDEV_A_PAGE_POOL_DMABUF)
    }

    /// `NETDEV_A_PAGE_POOL_IO_URING`: io-uring memory provider information.
    #[inline]
    pub fn io_uring(&self) -> Result<Option<IoUringProviderInfo<'a>>, Error> {
        self.0.nest(NETDEV_A_PAGE_POOL_IO_URING)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NETDEV_A_PAGE_POOL_ID if a.raw_kind() == NETDEV_A_PAGE_POOL_ID => {
                    PagePoolBuilder::new(w).id(value::uint(&a))?;
                }
                NETDEV_A_PAGE_POOL_IFINDEX if a.raw_kind() == NETDEV_A_PAGE_POOL_IFINDEX => {
                    PagePoolBuilder::new(w).ifindex(value::u32(&a))?;
                }
                NETDEV_A_PAGE_POOL_NAPI_ID if a.raw_kind() == NETDEV_A_PAGE_POOL_NAPI_ID => {
                    PagePoolBuilder::new(w).napi_id(value::uint(&a))?;
                }
                NETDEV_A_PAGE_POOL_INFLIGHT if a.raw_kind() == NETDEV_A_PAGE_POOL_INFLIGHT => {
                    PagePoolBuilder::new(w).inflight(value::uint(&a))?;
                }
                NETDEV_A_PAGE_POOL_INFLIGHT_MEM
                    if a.raw_kind() == NETDEV_A_PAGE_POOL_INFLIGHT_MEM =>
                {
                    PagePoolBuilder::new(w).inflight_mem(value::uint(&a))?;
                }
                NETDEV_A_PAGE_POOL_DETACH_TIME
                    if a.raw_kind() == NETDEV_A_PAGE_POOL_DETACH_TIME =>
                {
                    PagePoolBuilder::new(w).detach_time(value::uint(&a))?;
                }
                NETDEV_A_PAGE_POOL_DMABUF if a.raw_kind() == NETDEV_A_PAGE_POOL_DMABUF => {
                    PagePoolBuilder::new(w).dmabuf(value::u32(&a))?;
                }
                NETDEV_A_PAGE_POOL_IO_URING => nest_like(w, &a, |w| {
                    IoUringProviderInfo::parse(a.nested())?.write_to(w)
                })?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`PagePoolInfo`] checks of each attribute, from the descriptors.
static PAGE_POOL_INFO_CHECKS: [Check; 3] = Check::table(&tables::PAGE_POOL_INFO);

/// The `page-pool-info` attributes of `netdev`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct PagePoolInfo<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for PagePoolInfo<'a> {
    const SET: &'static AttrSet = &tables::PAGE_POOL_INFO;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PAGE_POOL_INFO_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PAGE_POOL_INFO_CHECKS, attrs)
    }
}

impl<'a> PagePoolInfo<'a> {
    /// Indexes and checks a block of `page-pool-info` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `NETDEV_A_PAGE_POOL_ID`: Unique ID of a Page Pool instance.
    #[inline]
    pub fn id(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_PAGE_POOL_ID)
    }

    /// `NETDEV_A_PAGE_POOL_IFINDEX`: ifindex of the netdev to which the pool belongs.
    /// May not be reported if the page pool was allocated for a netdev
    /// which got destroyed already (page pools may outlast their netdevs
    /// because they wait for all memory to be returned).
    #[inline]
    pub fn ifindex(&self) -> Option<u32> {
        self.0.u32(NETDEV_A_PAGE_POOL_IFINDEX)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NETDEV_A_PAGE_POOL_ID if a.raw_kind() == NETDEV_A_PAGE_POOL_ID => {
                    PagePoolInfoBuilder::new(w).id(value::uint(&a))?;
                }
                NETDEV_A_PAGE_POOL_IFINDEX if a.raw_kind() == NETDEV_A_PAGE_POOL_IFINDEX => {
                    PagePoolInfoBuilder::new(w).ifindex(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`PagePoolStats`] checks of each attribute, from the descriptors.
static PAGE_POOL_STATS_CHECKS: [Check; 19] = Check::table(&tables::PAGE_POOL_STATS);

/// Page pool statistics, see docs for struct page_pool_stats
/// for information about individual statistics.
#[derive(Debug, Clone)]
pub struct PagePoolStats<'a>(Table<'a, 19>);

impl<'a> AttrView<'a> for PagePoolStats<'a> {
    const SET: &'static AttrSet = &tables::PAGE_POOL_STATS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PAGE_POOL_STATS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PAGE_POOL_STATS_CHECKS, attrs)
    }
}

impl<'a> PagePoolStats<'a> {
    /// Indexes and checks a block of `page-pool-stats` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 19> {
        &self.0
    }

    /// `NETDEV_A_PAGE_POOL_STATS_INFO`: Page pool identifying information.
    #[inline]
    pub fn info(&self) -> Result<Option<PagePoolInfo<'a>>, Error> {
        self.0.nest(NETDEV_A_PAGE_POOL_STATS_INFO)
    }

    /// `NETDEV_A_PAGE_POOL_STATS_ALLOC_FAST`
    #[inline]
    pub fn alloc_fast(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_PAGE_POOL_STATS_ALLOC_FAST)
    }

    /// `NETDEV_A_PAGE_POOL_STATS_ALLOC_SLOW`
    #[inline]
    pub fn alloc_slow(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_PAGE_POOL_STATS_ALLOC_SLOW)
    }

    /// `NETDEV_A_PAGE_POOL_STATS_ALLOC_SLOW_HIGH_ORDER`
    #[inline]
    pub fn alloc_slow_high_order(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_PAGE_POOL_STATS_ALLOC_SLOW_HIGH_ORDER)
    }

    /// `NETDEV_A_PAGE_POOL_STATS_ALLOC_EMPTY`
    #[inline]
    pub fn alloc_empty(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_PAGE_POOL_STATS_ALLOC_EMPTY)
    }

    /// `NETDEV_A_PAGE_POOL_STATS_ALLOC_REFILL`
    #[inline]
    pub fn alloc_refill(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_PAGE_POOL_STATS_ALLOC_REFILL)
    }

    /// `NETDEV_A_PAGE_POOL_STATS_ALLOC_WAIVE`
    #[inline]
    pub fn alloc_waive(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_PAGE_POOL_STATS_ALLOC_WAIVE)
    }

    /// `NETDEV_A_PAGE_POOL_STATS_RECYCLE_CACHED`
    #[inline]
    pub fn recycle_cached(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_PAGE_POOL_STATS_RECYCLE_CACHED)
    }

    /// `NETDEV_A_PAGE_POOL_STATS_RECYCLE_CACHE_FULL`
    #[inline]
    pub fn recycle_cache_full(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_PAGE_POOL_STATS_RECYCLE_CACHE_FULL)
    }

    /// `NETDEV_A_PAGE_POOL_STATS_RECYCLE_RING`
    #[inline]
    pub fn recycle_ring(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_PAGE_POOL_STATS_RECYCLE_RING)
    }

    /// `NETDEV_A_PAGE_POOL_STATS_RECYCLE_RING_FULL`
    #[inline]
    pub fn recycle_ring_full(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_PAGE_POOL_STATS_RECYCLE_RING_FULL)
    }

    /// `NETDEV_A_PAGE_POOL_STATS_RECYCLE_RELEASED_REFCNT`
    #[inline]
    pub fn recycle_released_refcnt(&self) -> Option<u64> {
        self.0
            .uint(NETDEV_A_PAGE_POOL_STATS_RECYCLE_RELEASED_REFCNT)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NETDEV_A_PAGE_POOL_STATS_INFO => {
                    nest_like(w, &a, |w| PagePoolInfo::parse(a.nested())?.write_to(w))?
                }
                NETDEV_A_PAGE_POOL_STATS_ALLOC_FAST
                    if a.raw_kind() == NETDEV_A_PAGE_POOL_STATS_ALLOC_FAST =>
                {
                    PagePoolStatsBuilder::new(w).alloc_fast(value::uint(&a))?;
                }
                NETDEV_A_PAGE_POOL_STATS_ALLOC_SLOW
                    if a.raw_kind() == NETDEV_A_PAGE_POOL_STATS_ALLOC_SLOW =>
                {
                    PagePoolStatsBuilder::new(w).alloc_slow(value::uint(&a))?;
                }
                NETDEV_A_PAGE_POOL_STATS_ALLOC_SLOW_HIGH_ORDER
                    if a.raw_kind() == NETDEV_A_PAGE_POOL_STATS_ALLOC_SLOW_HIGH_ORDER =>
                {
                    PagePoolStatsBuilder::new(w).alloc_slow_high_order(value::uint(&a))?;
                }
                NETDEV_A_PAGE_POOL_STATS_ALLOC_EMPTY
                    if a.raw_kind() == NETDEV_A_PAGE_POOL_STATS_ALLOC_EMPTY =>
                {
                    PagePoolStatsBuilder::new(w).alloc_empty(value::uint(&a))?;
                }
                NETDEV_A_PAGE_POOL_STATS_ALLOC_REFILL
                    if a.raw_kind() == NETDEV_A_PAGE_POOL_STATS_ALLOC_REFILL =>
                {
                    PagePoolStatsBuilder::new(w).alloc_refill(value::uint(&a))?;
                }
                NETDEV_A_PAGE_POOL_STATS_ALLOC_WAIVE
                    if a.raw_kind() == NETDEV_A_PAGE_POOL_STATS_ALLOC_WAIVE =>
                {
                    PagePoolStatsBuilder::new(w).alloc_waive(value::uint(&a))?;
                }
                NETDEV_A_PAGE_POOL_STATS_RECYCLE_CACHED
                    if a.raw_kind() == NETDEV_A_PAGE_POOL_STATS_RECYCLE_CACHED =>
                {
                    PagePoolStatsBuilder::new(w).recycle_cached(value::uint(&a))?;
                }
                NETDEV_A_PAGE_POOL_STATS_RECYCLE_CACHE_FULL
                    if a.raw_kind() == NETDEV_A_PAGE_POOL_STATS_RECYCLE_CACHE_FULL =>
                {
                    PagePoolStatsBuilder::new(w).recycle_cache_full(value::uint(&a))?;
                }
                NETDEV_A_PAGE_POOL_STATS_RECYCLE_RING
                    if a.raw_kind() == NETDEV_A_PAGE_POOL_STATS_RECYCLE_RING =>
                {
                    PagePoolStatsBuilder::new(w).recycle_ring(value::uint(&a))?;
                }
                NETDEV_A_PAGE_POOL_STATS_RECYCLE_RING_FULL
                    if a.raw_kind() == NETDEV_A_PAGE_POOL_STATS_RECYCLE_RING_FULL =>
                {
                    PagePoolStatsBuilder::new(w).recycle_ring_full(value::uint(&a))?;
                }
                NETDEV_A_PAGE_POOL_STATS_RECYCLE_RELEASED_REFCNT
                    if a.raw_kind() == NETDEV_A_PAGE_POOL_STATS_RECYCLE_RELEASED_REFCNT =>
                {
                    PagePoolStatsBuilder::new(w).recycle_released_refcnt(value::uint(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Napi`] checks of each attribute, from the descriptors.
static NAPI_CHECKS: [Check; 9] = Check::table(&tables::NAPI);

/// The `napi` attributes of `netdev`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Napi<'a>(Table<'a, 9>);

impl<'a> AttrView<'a> for Napi<'a> {
    const SET: &'static AttrSet = &tables::NAPI;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &NAPI_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&NAPI_CHECKS, attrs)
    }
}

impl<'a> Napi<'a> {
    /// Indexes and checks a block of `napi` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 9> {
        &self.0
    }

    /// `NETDEV_A_NAPI_IFINDEX`: ifindex of the netdevice to which NAPI instance belongs.
    #[inline]
    pub fn ifindex(&self) -> Option<u32> {
        self.0.u32(NETDEV_A_NAPI_IFINDEX)
    }

    /// `NETDEV_A_NAPI_ID`: ID of the NAPI instance.
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32(NETDEV_A_NAPI_ID)
    }

    /// `NETDEV_A_NAPI_IRQ`: The associated interrupt vector number for the napi
    #[inline]
    pub fn irq(&self) -> Option<u32> {
        self.0.u32(NETDEV_A_NAPI_IRQ)
    }

    /// `NETDEV_A_NAPI_PID`: PID of the napi thread, if NAPI is configured to operate in threaded mode. If NAPI is not in threaded mode (i.e. uses normal softirq context), the attribute will be absent.
    #[inline]
    pub fn pid(&self) -> Option<u32> {
        self.0.u32(NETDEV_A_NAPI_PID)
    }

    /// `NETDEV_A_NAPI_DEFER_HARD_IRQS`: The number of consecutive empty polls before IRQ deferral ends and hardware IRQs are re-enabled.
    #[inline]
    pub fn defer_hard_irqs(&self) -> Option<u32> {
        self.0.u32(NETDEV_A_NAPI_DEFER_HARD_IRQS)
    }

    /// `NETDEV_A_NAPI_GRO_FLUSH_TIMEOUT`: The timeout, in nanoseconds, of when to trigger the NAPI watchdog timer which schedules NAPI processing. Additionally, a non-zero value will also prevent GRO from flushing recent super-frames at the end of a NAPI cycle. This may add receive latency in exchange for reducing the number of frames processed by the network stack.
    #[inline]
    pub fn gro_flush_timeout(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_NAPI_GRO_FLUSH_TIMEOUT)
    }

    /// `NETDEV_A_NAPI_IRQ_SUSPEND_TIMEOUT`: The timeout, in nanoseconds, of how long to suspend irq processing, if event polling finds events
    #[inline]
    pub fn irq_suspend_timeout(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_NAPI_IRQ_SUSPEND_TIMEOUT)
    }

    /// `NETDEV_A_NAPI_THREADED`: Whether the NAPI is configured to operate in threaded polling mode. If this is set to enabled then the NAPI context operates in threaded polling mode. If this is set to busy-poll, then the threaded polling mode also busy polls.
    #[inline]
    pub fn threaded(&self) -> Option<NapiThreaded> {
        self.0
            .u32(NETDEV_A_NAPI_THREADED)
            .map(NapiThreaded::from_value)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NETDEV_A_NAPI_IFINDEX if a.raw_kind() == NETDEV_A_NAPI_IFINDEX => {
                    NapiBuilder::new(w).ifindex(value::u32(&a))?;
                }
                NETDEV_A_NAPI_ID if a.raw_kind() == NETDEV_A_NAPI_ID => {
                    NapiBuilder::new(w).id(value::u32(&a))?;
                }
                NETDEV_A_NAPI_IRQ if a.raw_kind() == NETDEV_A_NAPI_IRQ => {
                    NapiBuilder::new(w).irq(value::u32(&a))?;
                }
                NETDEV_A_NAPI_PID if a.raw_kind() == NETDEV_A_NAPI_PID => {
                    NapiBuilder::new(w).pid(value::u32(&a))?;
                }
                NETDEV_A_NAPI_DEFER_HARD_IRQS if a.raw_kind() == NETDEV_A_NAPI_DEFER_HARD_IRQS => {
                    NapiBuilder::new(w).defer_hard_irqs(value::u32(&a))?;
                }
                NETDEV_A_NAPI_GRO_FLUSH_TIMEOUT
                    if a.raw_kind() == NETDEV_A_NAPI_GRO_FLUSH_TIMEOUT =>
                {
                    NapiBuilder::new(w).gro_flush_timeout(value::uint(&a))?;
                }
                NETDEV_A_NAPI_IRQ_SUSPEND_TIMEOUT
                    if a.raw_kind() == NETDEV_A_NAPI_IRQ_SUSPEND_TIMEOUT =>
                {
                    NapiBuilder::new(w).irq_suspend_timeout(value::uint(&a))?;
                }
                NETDEV_A_NAPI_THREADED if a.raw_kind() == NETDEV_A_NAPI_THREADED => {
                    NapiBuilder::new(w).threaded(NapiThreaded::from_value(value::u32(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`XskInfo`] checks of each attribute, from the descriptors.
static XSK_INFO_CHECKS: [Check; 1] = Check::table(&tables::XSK_INFO);

/// The `xsk-info` attributes of `netdev`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct XskInfo<'a>(Table<'a, 1>);

impl<'a> AttrView<'a> for XskInfo<'a> {
    const SET: &'static AttrSet = &tables::XSK_INFO;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &XSK_INFO_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&XSK_INFO_CHECKS, attrs)
    }
}

impl<'a> XskInfo<'a> {
    /// Indexes and checks a block of `xsk-info` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 1> {
        &self.0
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            raw(w, &a)?;
        }
        Ok(())
    }
}

/// What [`Queue`] checks of each attribute, from the descriptors.
static QUEUE_CHECKS: [Check; 9] = Check::table(&tables::QUEUE);

/// The `queue` attributes of `netdev`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Queue<'a>(Table<'a, 9>);

impl<'a> AttrView<'a> for Queue<'a> {
    const SET: &'static AttrSet = &tables::QUEUE;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &QUEUE_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&QUEUE_CHECKS, attrs)
    }
}

impl<'a> Queue<'a> {
    /// Indexes and checks a block of `queue` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 9> {
        &self.0
    }

    /// `NETDEV_A_QUEUE_ID`: Queue index; most queue types are indexed like a C array, with indexes starting at 0 and ending at queue count - 1. Queue indexes are scoped to an interface and queue type.
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32(NETDEV_A_QUEUE_ID)
    }

    /// `NETDEV_A_QUEUE_IFINDEX`: ifindex of the netdevice to which the queue belongs.
    #[inline]
    pub fn ifindex(&self) -> Option<u32> {
        self.0.u32(NETDEV_A_QUEUE_IFINDEX)
    }

    /// `NETDEV_A_QUEUE_TYPE`: Queue type as rx, tx. Each queue type defines a separate ID space. XDP TX queues allocated in the kernel are not linked to NAPIs and thus not listed. AF_XDP queues will have more information set in the xsk attribute.
    #[inline]
    pub fn type_(&self) -> Option<QueueType> {
        self.0.u32(NETDEV_A_QUEUE_TYPE).map(QueueType::from_value)
    }

    /// `NETDEV_A_QUEUE_NAPI_ID`: ID of the NAPI instance which services this queue.
    #[inline]
    pub fn napi_id(&self) -> Option<u32> {
        self.0.u32(NETDEV_A_QUEUE_NAPI_ID)
    }

    /// `NETDEV_A_QUEUE_DMABUF`: ID of the dmabuf attached to this queue, if any.
    #[inline]
    pub fn dmabuf(&self) -> Option<u32> {
        self.0.u32(NETDEV_A_QUEUE_DMABUF)
    }

    /// `NETDEV_A_QUEUE_IO_URING`: io_uring memory provider information.
    #[inline]
    pub fn io_uring(&self) -> Result<Option<IoUringProviderInfo<'a>>, Error> {
        self.0.nest(NETDEV_A_QUEUE_IO_URING)
    }

    /// `NETDEV_A_QUEUE_XSK`: XSK information for this queue, if any.
    #[inline]
    pub fn xsk(&self) -> Result<Option<XskInfo<'a>>, Error> {
        self.0.nest(NETDEV_A_QUEUE_XSK)
    }

    /// `NETDEV_A_QUEUE_LEASE`: A queue from a virtual device can have a lease which refers to
    /// another queue from a physical device. This is useful for memory
    /// providers and AF_XDP operations which take an ifindex and queue id
    /// to allow applications to bind against virtual devices in containers.
    #[inline]
    pub fn lease(&self) -> Result<Option<Lease<'a>>, Error> {
        self.0.nest(NETDEV_A_QUEUE_LEASE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NETDEV_A_QUEUE_ID if a.raw_kind() == NETDEV_A_QUEUE_ID => {
                    QueueBuilder::new(w).id(value::u32(&a))?;
                }
                NETDEV_A_QUEUE_IFINDEX if a.raw_kind() == NETDEV_A_QUEUE_IFINDEX => {
                    QueueBuilder::new(w).ifindex(value::u32(&a))?;
                }
                NETDEV_A_QUEUE_TYPE if a.raw_kind() == NETDEV_A_QUEUE_TYPE => {
                    QueueBuilder::new(w).type_(QueueType::from_value(value::u32(&a)))?;
                }
                NETDEV_A_QUEUE_NAPI_ID if a.raw_kind() == NETDEV_A_QUEUE_NAPI_ID => {
                    QueueBuilder::new(w).napi_id(value::u32(&a))?;
                }
                NETDEV_A_QUEUE_DMABUF if a.raw_kind() == NETDEV_A_QUEUE_DMABUF => {
                    QueueBuilder::new(w).dmabuf(value::u32(&a))?;
                }
                NETDEV_A_QUEUE_IO_URING => nest_like(w, &a, |w| {
                    IoUringProviderInfo::parse(a.nested())?.write_to(w)
                })?,
                NETDEV_A_QUEUE_XSK => {
                    nest_like(w, &a, |w| XskInfo::parse(a.nested())?.write_to(w))?
                }
                NETDEV_A_QUEUE_LEASE => {
                    nest_like(w, &a, |w| Lease::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Qstats`] checks of each attribute, from the descriptors.
static QSTATS_CHECKS: [Check; 35] = Check::table(&tables::QSTATS);

/// Get device statistics, scoped to a device or a queue.
/// These statistics extend (and partially duplicate) statistics available
/// in struct rtnl_link_stats64.
/// Value of the `scope` attribute determines how statistics are
/// aggregated. When aggregated for the entire device the statistics
/// represent the total number of events since last explicit reset of
/// the device (i.e. not a reconfiguration like changing queue count).
/// When reported per-queue, however, the statistics may not add
/// up to the total number of events, will only be reported for currently
/// active objects, and will likely report the number of events since last
/// reconfiguration.
#[derive(Debug, Clone)]
pub struct Qstats<'a>(Table<'a, 35>);

impl<'a> AttrView<'a> for Qstats<'a> {
    const SET: &'static AttrSet = &tables::QSTATS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &QSTATS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&QSTATS_CHECKS, attrs)
    }
}

impl<'a> Qstats<'a> {
    /// Indexes and checks a block of `qstats` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 35> {
        &self.0
    }

    /// `NETDEV_A_QSTATS_IFINDEX`: ifindex of the netdevice to which stats belong.
    #[inline]
    pub fn ifindex(&self) -> Option<u32> {
        self.0.u32(NETDEV_A_QSTATS_IFINDEX)
    }

    /// `NETDEV_A_QSTATS_QUEUE_TYPE`: Queue type as rx, tx, for queue-id.
    #[inline]
    pub fn queue_type(&self) -> Option<QueueType> {
        self.0
            .u32(NETDEV_A_QSTATS_QUEUE_TYPE)
            .map(QueueType::from_value)
    }

    /// `NETDEV_A_QSTATS_QUEUE_ID`: Queue ID, if stats are scoped to a single queue instance.
    #[inline]
    pub fn queue_id(&self) -> Option<u32> {
        self.0.u32(NETDEV_A_QSTATS_QUEUE_ID)
    }

    /// `NETDEV_A_QSTATS_SCOPE`: What object type should be used to iterate over the stats.
    #[inline]
    pub fn scope(&self) -> Option<QstatsScope> {
        self.0.uint(NETDEV_A_QSTATS_SCOPE).map(QstatsScope)
    }

    /// `NETDEV_A_QSTATS_RX_PACKETS`: Number of wire packets successfully received and passed to the stack.
    /// For drivers supporting XDP, XDP is considered the first layer
    /// of the stack, so packets consumed by XDP are still counted here.
    #[inline]
    pub fn rx_packets(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_QSTATS_RX_PACKETS)
    }

    /// `NETDEV_A_QSTATS_RX_BYTES`: Successfully received bytes, see `rx-packets`.
    #[inline]
    pub fn rx_bytes(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_QSTATS_RX_BYTES)
    }

    /// `NETDEV_A_QSTATS_TX_PACKETS`: Number of wire packets successfully sent. Packet is considered to be
    /// successfully sent once it is in device memory (usually this means
    /// the device has issued a DMA completion for the packet).
    #[inline]
    pub fn tx_packets(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_QSTATS_TX_PACKETS)
    }

    /// `NETDEV_A_QSTATS_TX_BYTES`: Successfully sent bytes, see `tx-packets`.
    #[inline]
    pub fn tx_bytes(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_QSTATS_TX_BYTES)
    }

    /// `NETDEV_A_QSTATS_RX_ALLOC_FAIL`: Number of times skb or buffer allocation failed on the Rx datapath.
    /// Allocation failure may, or may not result in a packet drop, depending
    /// on driver implementation and whether system recovers quickly.
    #[inline]
    pub fn rx_alloc_fail(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_QSTATS_RX_ALLOC_FAIL)
    }

    /// `NETDEV_A_QSTATS_RX_HW_DROPS`: Number of all packets which entered the device, but never left it,
    /// including but not limited to: packets dropped due to lack of buffer
    /// space, processing errors, explicit or implicit policies and packet
    /// filters.
    #[inline]
    pub fn rx_hw_drops(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_QSTATS_RX_HW_DROPS)
    }

    /// `NETDEV_A_QSTATS_RX_HW_DROP_OVERRUNS`: Number of packets dropped due to transient lack of resources, such as
    /// buffer space, host descriptors etc.
    #[inline]
    pub fn rx_hw_drop_overruns(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_QSTATS_RX_HW_DROP_OVERRUNS)
    }

    /// `NETDEV_A_QSTATS_RX_CSUM_COMPLETE`: Number of packets that were marked as CHECKSUM_COMPLETE.
    #[inline]
    pub fn rx_csum_complete(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_QSTATS_RX_CSUM_COMPLETE)
    }

    /// `NETDEV_A_QSTATS_RX_CSUM_UNNECESSARY`: Number of packets that were marked as CHECKSUM_UNNECESSARY.
    #[inline]
    pub fn rx_csum_unnecessary(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_QSTATS_RX_CSUM_UNNECESSARY)
    }

    /// `NETDEV_A_QSTATS_RX_CSUM_NONE`: Number of packets that were not checksummed by device.
    #[inline]
    pub fn rx_csum_none(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_QSTATS_RX_CSUM_NONE)
    }

    /// `NETDEV_A_QSTATS_RX_CSUM_BAD`: Number of packets with bad checksum. The packets are not discarded,
    /// but still delivered to the stack.
    #[inline]
    pub fn rx_csum_bad(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_QSTATS_RX_CSUM_BAD)
    }

    /// `NETDEV_A_QSTATS_RX_HW_GRO_PACKETS`: Number of packets that were coalesced from smaller packets by the
    /// device. Counts only packets coalesced with the HW-GRO netdevice
    /// feature, LRO-coalesced packets are not counted.
    #[inline]
    pub fn rx_hw_gro_packets(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_QSTATS_RX_HW_GRO_PACKETS)
    }

    /// `NETDEV_A_QSTATS_RX_HW_GRO_BYTES`: See `rx-hw-gro-packets`.
    #[inline]
    pub fn rx_hw_gro_bytes(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_QSTATS_RX_HW_GRO_BYTES)
    }

    /// `NETDEV_A_QSTATS_RX_HW_GRO_WIRE_PACKETS`: Number of packets that were coalesced to bigger packetss with the
    /// HW-GRO netdevice feature. LRO-coalesced packets are not counted.
    #[inline]
    pub fn rx_hw_gro_wire_packets(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_QSTATS_RX_HW_GRO_WIRE_PACKETS)
    }

    /// `NETDEV_A_QSTATS_RX_HW_GRO_WIRE_BYTES`: See `rx-hw-gro-wire-packets`.
    #[inline]
    pub fn rx_hw_gro_wire_bytes(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_QSTATS_RX_HW_GRO_WIRE_BYTES)
    }

    /// `NETDEV_A_QSTATS_RX_HW_DROP_RATELIMITS`: Number of the packets dropped by the device due to the received
    /// packets bitrate exceeding the device rate limit.
    #[inline]
    pub fn rx_hw_drop_ratelimits(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_QSTATS_RX_HW_DROP_RATELIMITS)
    }

    /// `NETDEV_A_QSTATS_TX_HW_DROPS`: Number of packets that arrived at the device but never left it,
    /// encompassing packets dropped for reasons such as processing errors, as
    /// well as those affected by explicitly defined policies and packet
    /// filtering criteria.
    #[inline]
    pub fn tx_hw_drops(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_QSTATS_TX_HW_DROPS)
    }

    /// `NETDEV_A_QSTATS_TX_HW_DROP_ERRORS`: Number of packets dropped because they were invalid or malformed.
    #[inline]
    pub fn tx_hw_drop_errors(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_QSTATS_TX_HW_DROP_ERRORS)
    }

    /// `NETDEV_A_QSTATS_TX_CSUM_NONE`: Number of packets that did not require the device to calculate the
    /// checksum.
    #[inline]
    pub fn tx_csum_none(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_QSTATS_TX_CSUM_NONE)
    }

    /// `NETDEV_A_QSTATS_TX_NEEDS_CSUM`: Number of packets that required the device to calculate the checksum.
    /// This counter includes the number of GSO wire packets for which device
    /// calculated the L4 checksum.
    #[inline]
    pub fn tx_needs_csum(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_QSTATS_TX_NEEDS_CSUM)
    }

    /// `NETDEV_A_QSTATS_TX_HW_GSO_PACKETS`: Number of packets that necessitated segmentation into smaller packets
    /// by the device.
    #[inline]
    pub fn tx_hw_gso_packets(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_QSTATS_TX_HW_GSO_PACKETS)
    }

    /// `NETDEV_A_QSTATS_TX_HW_GSO_BYTES`: See `tx-hw-gso-packets`.
    #[inline]
    pub fn tx_hw_gso_bytes(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_QSTATS_TX_HW_GSO_BYTES)
    }

    /// `NETDEV_A_QSTATS_TX_HW_GSO_WIRE_PACKETS`: Number of wire-sized packets generated by processing
    /// `tx-hw-gso-packets`
    #[inline]
    pub fn tx_hw_gso_wire_packets(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_QSTATS_TX_HW_GSO_WIRE_PACKETS)
    }

    /// `NETDEV_A_QSTATS_TX_HW_GSO_WIRE_BYTES`: See `tx-hw-gso-wire-packets`.
    #[inline]
    pub fn tx_hw_gso_wire_bytes(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_QSTATS_TX_HW_GSO_WIRE_BYTES)
    }

    /// `NETDEV_A_QSTATS_TX_HW_DROP_RATELIMITS`: Number of the packets dropped by the device due to the transmit
    /// packets bitrate exceeding the device rate limit.
    #[inline]
    pub fn tx_hw_drop_ratelimits(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_QSTATS_TX_HW_DROP_RATELIMITS)
    }

    /// `NETDEV_A_QSTATS_TX_STOP`: Number of times driver paused accepting new tx packets
    /// from the stack to this queue, because the queue was full.
    /// Note that if BQL is supported and enabled on the device
    /// the networking stack will avoid queuing a lot of data at once.
    #[inline]
    pub fn tx_stop(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_QSTATS_TX_STOP)
    }

    /// `NETDEV_A_QSTATS_TX_WAKE`: Number of times driver re-started accepting send
    /// requests to this queue from the stack.
    #[inline]
    pub fn tx_wake(&self) -> Option<u64> {
        self.0.uint(NETDEV_A_QSTATS_TX_WAKE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NETDEV_A_QSTATS_IFINDEX if a.raw_kind() == NETDEV_A_QSTATS_IFINDEX => {
                    QstatsBuilder::new(w).ifindex(value::u32(&a))?;
                }
                NETDEV_A_QSTATS_QUEUE_TYPE if a.raw_kind() == NETDEV_A_QSTATS_QUEUE_TYPE => {
                    QstatsBuilder::new(w).queue_type(QueueType::from_value(value::u32(&a)))?;
                }
                NETDEV_A_QSTATS_QUEUE_ID if a.raw_kind() == NETDEV_A_QSTATS_QUEUE_ID => {
                    QstatsBuilder::new(w).queue_id(value::u32(&a))?;
                }
                NETDEV_A_QSTATS_SCOPE if a.raw_kind() == NETDEV_A_QSTATS_SCOPE => {
                    QstatsBuilder::new(w).scope(QstatsScope(value::uint(&a)))?;
                }
                NETDEV_A_QSTATS_RX_PACKETS if a.raw_kind() == NETDEV_A_QSTATS_RX_PACKETS => {
                    QstatsBuilder::new(w).rx_packets(value::uint(&a))?;
                }
                NETDEV_A_QSTATS_RX_BYTES if a.raw_kind() == NETDEV_A_QSTATS_RX_BYTES => {
                    QstatsBuilder::new(w).rx_bytes(value::uint(&a))?;
                }
                NETDEV_A_QSTATS_TX_PACKETS if a.raw_kind() == NETDEV_A_QSTATS_TX_PACKETS => {
                    QstatsBuilder::new(w).tx_packets(value::uint(&a))?;
                }
                NETDEV_A_QSTATS_TX_BYTES if a.raw_kind() == NETDEV_A_QSTATS_TX_BYTES => {
                    QstatsBuilder::new(w).tx_bytes(value::uint(&a))?;
                }
                NETDEV_A_QSTATS_RX_ALLOC_FAIL if a.raw_kind() == NETDEV_A_QSTATS_RX_ALLOC_FAIL => {
                    QstatsBuilder::new(w).rx_alloc_fail(value::uint(&a))?;
                }
                NETDEV_A_QSTATS_RX_HW_DROPS if a.raw_kind() == NETDEV_A_QSTATS_RX_HW_DROPS => {
                    QstatsBuilder::new(w).rx_hw_drops(value::uint(&a))?;
                }
                NETDEV_A_QSTATS_RX_HW_DROP_OVERRUNS
                    if a.raw_kind() == NETDEV_A_QSTATS_RX_HW_DROP_OVERRUNS =>
                {
                    QstatsBuilder::new(w).rx_hw_drop_overruns(value::uint(&a))?;
                }
                NETDEV_A_QSTATS_RX_CSUM_COMPLETE
                    if a.raw_kind() == NETDEV_A_QSTATS_RX_CSUM_COMPLETE =>
                {
                    QstatsBuilder::new(w).rx_csum_complete(value::uint(&a))?;
                }
                NETDEV_A_QSTATS_RX_CSUM_UNNECESSARY
                    if a.raw_kind() == NETDEV_A_QSTATS_RX_CSUM_UNNECESSARY =>
                {
                    QstatsBuilder::new(w).rx_csum_unnecessary(value::uint(&a))?;
                }
                NETDEV_A_QSTATS_RX_CSUM_NONE if a.raw_kind() == NETDEV_A_QSTATS_RX_CSUM_NONE => {
                    QstatsBuilder::new(w).rx_csum_none(value::uint(&a))?;
                }
                NETDEV_A_QSTATS_RX_CSUM_BAD if a.raw_kind() == NETDEV_A_QSTATS_RX_CSUM_BAD => {
                    QstatsBuilder::new(w).rx_csum_bad(value::uint(&a))?;
                }
                NETDEV_A_QSTATS_RX_HW_GRO_PACKETS
                    if a.raw_kind() == NETDEV_A_QSTATS_RX_HW_GRO_PACKETS =>
                {
                    QstatsBuilder::new(w).rx_hw_gro_packets(value::uint(&a))?;
                }
                NETDEV_A_QSTATS_RX_HW_GRO_BYTES
                    if a.raw_kind() == NETDEV_A_QSTATS_RX_HW_GRO_BYTES =>
                {
                    QstatsBuilder::new(w).rx_hw_gro_bytes(value::uint(&a))?;
                }
                NETDEV_A_QSTATS_RX_HW_GRO_WIRE_PACKETS
                    if a.raw_kind() == NETDEV_A_QSTATS_RX_HW_GRO_WIRE_PACKETS =>
                {
                    QstatsBuilder::new(w).rx_hw_gro_wire_packets(value::uint(&a))?;
                }
                NETDEV_A_QSTATS_RX_HW_GRO_WIRE_BYTES
                    if a.raw_kind() == NETDEV_A_QSTATS_RX_HW_GRO_WIRE_BYTES =>
                {
                    QstatsBuilder::new(w).rx_hw_gro_wire_bytes(value::uint(&a))?;
                }
                NETDEV_A_QSTATS_RX_HW_DROP_RATELIMITS
                    if a.raw_kind() == NETDEV_A_QSTATS_RX_HW_DROP_RATELIMITS =>
                {
                    QstatsBuilder::new(w).rx_hw_drop_ratelimits(value::uint(&a))?;
                }
                NETDEV_A_QSTATS_TX_HW_DROPS if a.raw_kind() == NETDEV_A_QSTATS_TX_HW_DROPS => {
                    QstatsBuilder::new(w).tx_hw_drops(value::uint(&a))?;
                }
                NETDEV_A_QSTATS_TX_HW_DROP_ERRORS
                    if a.raw_kind() == NETDEV_A_QSTATS_TX_HW_DROP_ERRORS =>
                {
                    QstatsBuilder::new(w).tx_hw_drop_errors(value::uint(&a))?;
                }
                NETDEV_A_QSTATS_TX_CSUM_NONE if a.raw_kind() == NETDEV_A_QSTATS_TX_CSUM_NONE => {
                    QstatsBuilder::new(w).tx_csum_none(value::uint(&a))?;
                }
                NETDEV_A_QSTATS_TX_NEEDS_CSUM if a.raw_kind() == NETDEV_A_QSTATS_TX_NEEDS_CSUM => {
                    QstatsBuilder::new(w).tx_needs_csum(value::uint(&a))?;
                }
                NETDEV_A_QSTATS_TX_HW_GSO_PACKETS
                    if a.raw_kind() == NETDEV_A_QSTATS_TX_HW_GSO_PACKETS =>
                {
                    QstatsBuilder::new(w).tx_hw_gso_packets(value::uint(&a))?;
                }
                NETDEV_A_QSTATS_TX_HW_GSO_BYTES
                    if a.raw_kind() == NETDEV_A_QSTATS_TX_HW_GSO_BYTES =>
                {
                    QstatsBuilder::new(w).tx_hw_gso_bytes(value::uint(&a))?;
                }
                NETDEV_A_QSTATS_TX_HW_GSO_WIRE_PACKETS
                    if a.raw_kind() == NETDEV_A_QSTATS_TX_HW_GSO_WIRE_PACKETS =>
                {
                    QstatsBuilder::new(w).tx_hw_gso_wire_packets(value::uint(&a))?;
                }
                NETDEV_A_QSTATS_TX_HW_GSO_WIRE_BYTES
                    if a.raw_kind() == NETDEV_A_QSTATS_TX_HW_GSO_WIRE_BYTES =>
                {
                    QstatsBuilder::new(w).tx_hw_gso_wire_bytes(value::uint(&a))?;
                }
                NETDEV_A_QSTATS_TX_HW_DROP_RATELIMITS
                    if a.raw_kind() == NETDEV_A_QSTATS_TX_HW_DROP_RATELIMITS =>
                {
                    QstatsBuilder::new(w).tx_hw_drop_ratelimits(value::uint(&a))?;
                }
                NETDEV_A_QSTATS_TX_STOP if a.raw_kind() == NETDEV_A_QSTATS_TX_STOP => {
                    QstatsBuilder::new(w).tx_stop(value::uint(&a))?;
                }
                NETDEV_A_QSTATS_TX_WAKE if a.raw_kind() == NETDEV_A_QSTATS_TX_WAKE => {
                    QstatsBuilder::new(w).tx_wake(value::uint(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`QueueId`] checks of each attribute, from the descriptors.
static QUEUE_ID_CHECKS: [Check; 4] = Check::table(&tables::QUEUE_ID);

/// The `queue-id` attributes of `netdev`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct QueueId<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for QueueId<'a> {
    const SET: &'static AttrSet = &tables::QUEUE_ID;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &QUEUE_ID_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&QUEUE_ID_CHECKS, attrs)
    }
}

impl<'a> QueueId<'a> {
    /// Indexes and checks a block of `queue-id` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NETDEV_A_QUEUE_ID`: Queue index; most queue types are indexed like a C array, with indexes starting at 0 and ending at queue count - 1. Queue indexes are scoped to an interface and queue type.
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32(NETDEV_A_QUEUE_ID)
    }

    /// `NETDEV_A_QUEUE_TYPE`: Queue type as rx, tx. Each queue type defines a separate ID space. XDP TX queues allocated in the kernel are not linked to NAPIs and thus not listed. AF_XDP queues will have more information set in the xsk attribute.
    #[inline]
    pub fn type_(&self) -> Option<QueueType> {
        self.0.u32(NETDEV_A_QUEUE_TYPE).map(QueueType::from_value)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NETDEV_A_QUEUE_ID if a.raw_kind() == NETDEV_A_QUEUE_ID => {
                    QueueIdBuilder::new(w).id(value::u32(&a))?;
                }
                NETDEV_A_QUEUE_TYPE if a.raw_kind() == NETDEV_A_QUEUE_TYPE => {
                    QueueIdBuilder::new(w).type_(QueueType::from_value(value::u32(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Lease`] checks of each attribute, from the descriptors.
static LEASE_CHECKS: [Check; 4] = Check::table(&tables::LEASE);

/// The `lease` attributes of `netdev`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Lease<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for Lease<'a> {
    const SET: &'static AttrSet = &tables::LEASE;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &LEASE_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&LEASE_CHECKS, attrs)
    }
}

impl<'a> Lease<'a> {
    /// Indexes and checks a block of `lease` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NETDEV_A_LEASE_IFINDEX`: The netdev ifindex to lease the queue from.
    #[inline]
    pub fn ifindex(&self) -> Option<u32> {
        self.0.u32(NETDEV_A_LEASE_IFINDEX)
    }

    /// `NETDEV_A_LEASE_QUEUE`: The netdev queue to lease from.
    #[inline]
    pub fn queue(&self) -> Result<Option<QueueId<'a>>, Error> {
        self.0.nest(NETDEV_A_LEASE_QUEUE)
    }

    /// `NETDEV_A_LEASE_NETNS_ID`: The network namespace id of the netdev.
    #[inline]
    pub fn netns_id(&self) -> Option<i32> {
        self.0.i32(NETDEV_A_LEASE_NETNS_ID)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NETDEV_A_LEASE_IFINDEX if a.raw_kind() == NETDEV_A_LEASE_IFINDEX => {
                    LeaseBuilder::new(w).ifindex(value::u32(&a))?;
                }
                NETDEV_A_LEASE_QUEUE => {
                    nest_like(w, &a, |w| QueueId::parse(a.nested())?.write_to(w))?
                }
                NETDEV_A_LEASE_NETNS_ID if a.raw_kind() == NETDEV_A_LEASE_NETNS_ID => {
                    LeaseBuilder::new(w).netns_id(value::i32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Dmabuf`] checks of each attribute, from the descriptors.
static DMABUF_CHECKS: [Check; 6] = Check::table(&tables::DMABUF);

/// The `dmabuf` attributes of `netdev`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Dmabuf<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for Dmabuf<'a> {
    const SET: &'static AttrSet = &tables::DMABUF;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DMABUF_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DMABUF_CHECKS, attrs)
    }
}

impl<'a> Dmabuf<'a> {
    /// Indexes and checks a block of `dmabuf` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `NETDEV_A_DMABUF_IFINDEX`: netdev ifindex to bind the dmabuf to.
    #[inline]
    pub fn ifindex(&self) -> Option<u32> {
        self.0.u32(NETDEV_A_DMABUF_IFINDEX)
    }

    /// `NETDEV_A_DMABUF_QUEUES`: receive queues to bind the dmabuf to.
    #[inline]
    pub fn queues(&self) -> impl Iterator<Item = Result<QueueId<'a>, Error>> + 'a {
        self.0
            .all(NETDEV_A_DMABUF_QUEUES)
            .map(|a| QueueId::parse(a.nested()))
    }

    /// `NETDEV_A_DMABUF_FD`: dmabuf file descriptor to bind.
    #[inline]
    pub fn fd(&self) -> Option<u32> {
        self.0.u32(NETDEV_A_DMABUF_FD)
    }

    /// `NETDEV_A_DMABUF_ID`: id of the dmabuf binding
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32(NETDEV_A_DMABUF_ID)
    }

    /// `NETDEV_A_DMABUF_RX_PAGE_SIZE`: Size in bytes of each device page the NIC writes into from the bound
    /// dmabuf. Must be a power of two and \>= PAGE_SIZE; defaults to
    /// PAGE_SIZE.
    #[inline]
    pub fn rx_page_size(&self) -> Option<u32> {
        self.0.u32(NETDEV_A_DMABUF_RX_PAGE_SIZE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NETDEV_A_DMABUF_IFINDEX if a.raw_kind() == NETDEV_A_DMABUF_IFINDEX => {
                    DmabufBuilder::new(w).ifindex(value::u32(&a))?;
                }
                NETDEV_A_DMABUF_QUEUES => {
                    nest_like(w, &a, |w| QueueId::parse(a.nested())?.write_to(w))?
                }
                NETDEV_A_DMABUF_FD if a.raw_kind() == NETDEV_A_DMABUF_FD => {
                    DmabufBuilder::new(w).fd(value::u32(&a))?;
                }
                NETDEV_A_DMABUF_ID if a.raw_kind() == NETDEV_A_DMABUF_ID => {
                    DmabufBuilder::new(w).id(value::u32(&a))?;
                }
                NETDEV_A_DMABUF_RX_PAGE_SIZE if a.raw_kind() == NETDEV_A_DMABUF_RX_PAGE_SIZE => {
                    DmabufBuilder::new(w).rx_page_size(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// Every attribute set of `netdev` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 12] = [
    SetRoundtrip {
        set: &tables::DEV,
        run: |attrs, w| Dev::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::IO_URING_PROVIDER_INFO,
        run: |attrs, w| IoUringProviderInfo::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::PAGE_POOL,
        run: |attrs, w| PagePool::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::PAGE_POOL_INFO,
        run: |attrs, w| PagePoolInfo::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::PAGE_POOL_STATS,
        run: |attrs, w| PagePoolStats::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::NAPI,
        run: |attrs, w| Napi::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::XSK_INFO,
        run: |attrs, w| XskInfo::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::QUEUE,
        run: |attrs, w| Queue::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::QSTATS,
        run: |attrs, w| Qstats::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::QUEUE_ID,
        run: |attrs, w| QueueId::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::LEASE,
        run: |attrs, w| Lease::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DMABUF,
        run: |attrs, w| Dmabuf::parse(attrs)?.write_to(w),
    },
];
