//! Typed builders of `netdev`: one per attribute set, over the codec's [`Writer`] (so they
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
    /// The `dev` attribute set.
    pub enum Dev {}
    /// The `io-uring-provider-info` attribute set.
    pub enum IoUringProviderInfo {}
    /// The `page-pool` attribute set.
    pub enum PagePool {}
    /// The `page-pool-info` attribute set.
    pub enum PagePoolInfo {}
    /// The `page-pool-stats` attribute set.
    pub enum PagePoolStats {}
    /// The `napi` attribute set.
    pub enum Napi {}
    /// The `xsk-info` attribute set.
    pub enum XskInfo {}
    /// The `queue` attribute set.
    pub enum Queue {}
    /// The `qstats` attribute set.
    pub enum Qstats {}
    /// The `queue-id` attribute set.
    pub enum QueueId {}
    /// The `lease` attribute set.
    pub enum Lease {}
    /// The `dmabuf` attribute set.
    pub enum Dmabuf {}
}

/// Writes `dev` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DevBuilder<'w, B> = Builder<'w, sets::Dev, B>;

impl<B: Buffer> DevBuilder<'_, B> {
    /// Writes `NETDEV_A_DEV_IFINDEX`: netdev ifindex
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NETDEV_A_DEV_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NETDEV_A_DEV_XDP_FEATURES`: Bitmask of enabled xdp-features.
    pub fn xdp_features(&mut self, v: XdpAct) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NETDEV_A_DEV_XDP_FEATURES, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NETDEV_A_DEV_XDP_ZC_MAX_SEGS`: max fragment count supported by ZC driver
    pub fn xdp_zc_max_segs(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NETDEV_A_DEV_XDP_ZC_MAX_SEGS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NETDEV_A_DEV_XDP_RX_METADATA_FEATURES`: Bitmask of supported XDP receive metadata features. See Documentation/networking/xdp-rx-metadata.rst for more details.
    pub fn xdp_rx_metadata_features(&mut self, v: XdpRxMetadata) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            NETDEV_A_DEV_XDP_RX_METADATA_FEATURES,
            &(v.bits()).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `NETDEV_A_DEV_XSK_FEATURES`: Bitmask of enabled AF_XDP features.
    pub fn xsk_features(&mut self, v: XskFlags) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NETDEV_A_DEV_XSK_FEATURES, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `io-uring-provider-info` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type IoUringProviderInfoBuilder<'w, B> = Builder<'w, sets::IoUringProviderInfo, B>;

impl<B: Buffer> IoUringProviderInfoBuilder<'_, B> {
    /// Writes `NETDEV_A_IO_URING_PROVIDER_INFO_RX_BUF_LEN`: RX buffer length in bytes for this io_uring memory provider.
    /// Reflects the rx_buf_len passed at io_uring zerocopy rx
    /// registration time.
    pub fn rx_buf_len(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self
                .w
                .put_u32(NETDEV_A_IO_URING_PROVIDER_INFO_RX_BUF_LEN, small),
            Err(_) => self
                .w
                .put_u64(NETDEV_A_IO_URING_PROVIDER_INFO_RX_BUF_LEN, v),
        }?;
        Ok(self)
    }
}

/// Writes `page-pool` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PagePoolBuilder<'w, B> = Builder<'w, sets::PagePool, B>;

impl<B: Buffer> PagePoolBuilder<'_, B> {
    /// Writes `NETDEV_A_PAGE_POOL_ID`: Unique ID of a Page Pool instance.
    pub fn id(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_PAGE_POOL_ID, small),
            Err(_) => self.w.put_u64(NETDEV_A_PAGE_POOL_ID, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_PAGE_POOL_IFINDEX`: ifindex of the netdev to which the pool belongs.
    /// May not be reported if the page pool was allocated for a netdev
    /// which got destroyed already (page pools may outlast their netdevs
    /// because they wait for all memory to be returned).
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NETDEV_A_PAGE_POOL_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NETDEV_A_PAGE_POOL_NAPI_ID`: Id of NAPI using this Page Pool instance.
    pub fn napi_id(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_PAGE_POOL_NAPI_ID, small),
            Err(_) => self.w.put_u64(NETDEV_A_PAGE_POOL_NAPI_ID, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_PAGE_POOL_INFLIGHT`: Number of outstanding references to this page pool (allocated
    /// but yet to be freed pages). Allocated pages may be held in
    /// socket receive queues, driver receive ring, page pool recycling
    /// ring, the page pool cache, etc.
    pub fn inflight(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_PAGE_POOL_INFLIGHT, small),
            Err(_) => self.w.put_u64(NETDEV_A_PAGE_POOL_INFLIGHT, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_PAGE_POOL_INFLIGHT_MEM`: Amount of memory held by inflight pages.
    pub fn inflight_mem(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_PAGE_POOL_INFLIGHT_MEM, small),
            Err(_) => self.w.put_u64(NETDEV_A_PAGE_POOL_INFLIGHT_MEM, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_PAGE_POOL_DETACH_TIME`: Seconds in CLOCK_BOOTTIME of when Page Pool was detached by
    /// the driver. Once detached Page Pool can no longer be used to
    /// allocate memory.
    /// Page Pools wait for all the memory allocated from them to be freed
    /// before truly disappearing. "Detached" Page Pools cannot be
    /// "re-attached", they are just waiting to disappear.
    /// Attribute is absent if Page Pool has not been detached, and
    /// can still be used to allocate new memory.
    pub fn detach_time(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_PAGE_POOL_DETACH_TIME, small),
            Err(_) => self.w.put_u64(NETDEV_A_PAGE_POOL_DETACH_TIME, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_PAGE_POOL_DMABUF`: ID of the dmabuf this page-pool is attached to.
    pub fn dmabuf(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NETDEV_A_PAGE_POOL_DMABUF, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NETDEV_A_PAGE_POOL_IO_URING`: io-uring memory provider information.
    pub fn io_uring(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut IoUringProviderInfoBuilder<'y, B>,
        )
            -> Result<&'x mut IoUringProviderInfoBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NETDEV_A_PAGE_POOL_IO_URING, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `page-pool-info` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PagePoolInfoBuilder<'w, B> = Builder<'w, sets::PagePoolInfo, B>;

impl<B: Buffer> PagePoolInfoBuilder<'_, B> {
    /// Writes `NETDEV_A_PAGE_POOL_ID`: Unique ID of a Page Pool instance.
    pub fn id(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_PAGE_POOL_ID, small),
            Err(_) => self.w.put_u64(NETDEV_A_PAGE_POOL_ID, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_PAGE_POOL_IFINDEX`: ifindex of the netdev to which the pool belongs.
    /// May not be reported if the page pool was allocated for a netdev
    /// which got destroyed already (page pools may outlast their netdevs
    /// because they wait for all memory to be returned).
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NETDEV_A_PAGE_POOL_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `page-pool-stats` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PagePoolStatsBuilder<'w, B> = Builder<'w, sets::PagePoolStats, B>;

impl<B: Buffer> PagePoolStatsBuilder<'_, B> {
    /// Writes `NETDEV_A_PAGE_POOL_STATS_INFO`: Page pool identifying information.
    pub fn info(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut PagePoolInfoBuilder<'y, B>,
        ) -> Result<&'x mut PagePoolInfoBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NETDEV_A_PAGE_POOL_STATS_INFO, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NETDEV_A_PAGE_POOL_STATS_ALLOC_FAST`.
    pub fn alloc_fast(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_PAGE_POOL_STATS_ALLOC_FAST, small),
            Err(_) => self.w.put_u64(NETDEV_A_PAGE_POOL_STATS_ALLOC_FAST, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_PAGE_POOL_STATS_ALLOC_SLOW`.
    pub fn alloc_slow(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_PAGE_POOL_STATS_ALLOC_SLOW, small),
            Err(_) => self.w.put_u64(NETDEV_A_PAGE_POOL_STATS_ALLOC_SLOW, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_PAGE_POOL_STATS_ALLOC_SLOW_HIGH_ORDER`.
    pub fn alloc_slow_high_order(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self
                .w
                .put_u32(NETDEV_A_PAGE_POOL_STATS_ALLOC_SLOW_HIGH_ORDER, small),
            Err(_) => self
                .w
                .put_u64(NETDEV_A_PAGE_POOL_STATS_ALLOC_SLOW_HIGH_ORDER, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_PAGE_POOL_STATS_ALLOC_EMPTY`.
    pub fn alloc_empty(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_PAGE_POOL_STATS_ALLOC_EMPTY, small),
            Err(_) => self.w.put_u64(NETDEV_A_PAGE_POOL_STATS_ALLOC_EMPTY, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_PAGE_POOL_STATS_ALLOC_REFILL`.
    pub fn alloc_refill(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_PAGE_POOL_STATS_ALLOC_REFILL, small),
            Err(_) => self.w.put_u64(NETDEV_A_PAGE_POOL_STATS_ALLOC_REFILL, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_PAGE_POOL_STATS_ALLOC_WAIVE`.
    pub fn alloc_waive(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_PAGE_POOL_STATS_ALLOC_WAIVE, small),
            Err(_) => self.w.put_u64(NETDEV_A_PAGE_POOL_STATS_ALLOC_WAIVE, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_PAGE_POOL_STATS_RECYCLE_CACHED`.
    pub fn recycle_cached(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self
                .w
                .put_u32(NETDEV_A_PAGE_POOL_STATS_RECYCLE_CACHED, small),
            Err(_) => self.w.put_u64(NETDEV_A_PAGE_POOL_STATS_RECYCLE_CACHED, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_PAGE_POOL_STATS_RECYCLE_CACHE_FULL`.
    pub fn recycle_cache_full(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self
                .w
                .put_u32(NETDEV_A_PAGE_POOL_STATS_RECYCLE_CACHE_FULL, small),
            Err(_) => self
                .w
                .put_u64(NETDEV_A_PAGE_POOL_STATS_RECYCLE_CACHE_FULL, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_PAGE_POOL_STATS_RECYCLE_RING`.
    pub fn recycle_ring(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_PAGE_POOL_STATS_RECYCLE_RING, small),
            Err(_) => self.w.put_u64(NETDEV_A_PAGE_POOL_STATS_RECYCLE_RING, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_PAGE_POOL_STATS_RECYCLE_RING_FULL`.
    pub fn recycle_ring_full(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self
                .w
                .put_u32(NETDEV_A_PAGE_POOL_STATS_RECYCLE_RING_FULL, small),
            Err(_) => self
                .w
                .put_u64(NETDEV_A_PAGE_POOL_STATS_RECYCLE_RING_FULL, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_PAGE_POOL_STATS_RECYCLE_RELEASED_REFCNT`.
    pub fn recycle_released_refcnt(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self
                .w
                .put_u32(NETDEV_A_PAGE_POOL_STATS_RECYCLE_RELEASED_REFCNT, small),
            Err(_) => self
                .w
                .put_u64(NETDEV_A_PAGE_POOL_STATS_RECYCLE_RELEASED_REFCNT, v),
        }?;
        Ok(self)
    }
}

/// Writes `napi` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type NapiBuilder<'w, B> = Builder<'w, sets::Napi, B>;

impl<B: Buffer> NapiBuilder<'_, B> {
    /// Writes `NETDEV_A_NAPI_IFINDEX`: ifindex of the netdevice to which NAPI instance belongs.
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NETDEV_A_NAPI_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NETDEV_A_NAPI_ID`: ID of the NAPI instance.
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NETDEV_A_NAPI_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NETDEV_A_NAPI_IRQ`: The associated interrupt vector number for the napi
    pub fn irq(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NETDEV_A_NAPI_IRQ, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NETDEV_A_NAPI_PID`: PID of the napi thread, if NAPI is configured to operate in threaded mode. If NAPI is not in threaded mode (i.e. uses normal softirq context), the attribute will be absent.
    pub fn pid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NETDEV_A_NAPI_PID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NETDEV_A_NAPI_DEFER_HARD_IRQS`: The number of consecutive empty polls before IRQ deferral ends and hardware IRQs are re-enabled.
    pub fn defer_hard_irqs(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NETDEV_A_NAPI_DEFER_HARD_IRQS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NETDEV_A_NAPI_GRO_FLUSH_TIMEOUT`: The timeout, in nanoseconds, of when to trigger the NAPI watchdog timer which schedules NAPI processing. Additionally, a non-zero value will also prevent GRO from flushing recent super-frames at the end of a NAPI cycle. This may add receive latency in exchange for reducing the number of frames processed by the network stack.
    pub fn gro_flush_timeout(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_NAPI_GRO_FLUSH_TIMEOUT, small),
            Err(_) => self.w.put_u64(NETDEV_A_NAPI_GRO_FLUSH_TIMEOUT, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_NAPI_IRQ_SUSPEND_TIMEOUT`: The timeout, in nanoseconds, of how long to suspend irq processing, if event polling finds events
    pub fn irq_suspend_timeout(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_NAPI_IRQ_SUSPEND_TIMEOUT, small),
            Err(_) => self.w.put_u64(NETDEV_A_NAPI_IRQ_SUSPEND_TIMEOUT, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_NAPI_THREADED`: Whether the NAPI is configured to operate in threaded polling mode. If this is set to enabled then the NAPI context operates in threaded polling mode. If this is set to busy-poll, then the threaded polling mode also busy polls.
    pub fn threaded(&mut self, v: NapiThreaded) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NETDEV_A_NAPI_THREADED, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `xsk-info` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type XskInfoBuilder<'w, B> = Builder<'w, sets::XskInfo, B>;

impl<B: Buffer> XskInfoBuilder<'_, B> {}

/// Writes `queue` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type QueueBuilder<'w, B> = Builder<'w, sets::Queue, B>;

impl<B: Buffer> QueueBuilder<'_, B> {
    /// Writes `NETDEV_A_QUEUE_ID`: Queue index; most queue types are indexed like a C array, with indexes starting at 0 and ending at queue count - 1. Queue indexes are scoped to an interface and queue type.
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NETDEV_A_QUEUE_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QUEUE_IFINDEX`: ifindex of the netdevice to which the queue belongs.
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NETDEV_A_QUEUE_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QUEUE_TYPE`: Queue type as rx, tx. Each queue type defines a separate ID space. XDP TX queues allocated in the kernel are not linked to NAPIs and thus not listed. AF_XDP queues will have more information set in the xsk attribute.
    pub fn type_(&mut self, v: QueueType) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NETDEV_A_QUEUE_TYPE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QUEUE_NAPI_ID`: ID of the NAPI instance which services this queue.
    pub fn napi_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NETDEV_A_QUEUE_NAPI_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QUEUE_DMABUF`: ID of the dmabuf attached to this queue, if any.
    pub fn dmabuf(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NETDEV_A_QUEUE_DMABUF, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QUEUE_IO_URING`: io_uring memory provider information.
    pub fn io_uring(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut IoUringProviderInfoBuilder<'y, B>,
        )
            -> Result<&'x mut IoUringProviderInfoBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NETDEV_A_QUEUE_IO_URING, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QUEUE_XSK`: XSK information for this queue, if any.
    pub fn xsk(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut XskInfoBuilder<'y, B>,
        ) -> Result<&'x mut XskInfoBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(NETDEV_A_QUEUE_XSK, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QUEUE_LEASE`: A queue from a virtual device can have a lease which refers to
    /// another queue from a physical device. This is useful for memory
    /// providers and AF_XDP operations which take an ifindex and queue id
    /// to allow applications to bind against virtual devices in containers.
    pub fn lease(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LeaseBuilder<'y, B>,
        ) -> Result<&'x mut LeaseBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(NETDEV_A_QUEUE_LEASE, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }
}

/// Writes `qstats` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type QstatsBuilder<'w, B> = Builder<'w, sets::Qstats, B>;

impl<B: Buffer> QstatsBuilder<'_, B> {
    /// Writes `NETDEV_A_QSTATS_IFINDEX`: ifindex of the netdevice to which stats belong.
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NETDEV_A_QSTATS_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_QUEUE_TYPE`: Queue type as rx, tx, for queue-id.
    pub fn queue_type(&mut self, v: QueueType) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NETDEV_A_QSTATS_QUEUE_TYPE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_QUEUE_ID`: Queue ID, if stats are scoped to a single queue instance.
    pub fn queue_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NETDEV_A_QSTATS_QUEUE_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_SCOPE`: What object type should be used to iterate over the stats.
    pub fn scope(&mut self, v: QstatsScope) -> Result<&mut Self, WriteError> {
        let v = v.bits();
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_QSTATS_SCOPE, small),
            Err(_) => self.w.put_u64(NETDEV_A_QSTATS_SCOPE, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_RX_PACKETS`: Number of wire packets successfully received and passed to the stack.
    /// For drivers supporting XDP, XDP is considered the first layer
    /// of the stack, so packets consumed by XDP are still counted here.
    pub fn rx_packets(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_QSTATS_RX_PACKETS, small),
            Err(_) => self.w.put_u64(NETDEV_A_QSTATS_RX_PACKETS, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_RX_BYTES`: Successfully received bytes, see `rx-packets`.
    pub fn rx_bytes(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_QSTATS_RX_BYTES, small),
            Err(_) => self.w.put_u64(NETDEV_A_QSTATS_RX_BYTES, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_TX_PACKETS`: Number of wire packets successfully sent. Packet is considered to be
    /// successfully sent once it is in device memory (usually this means
    /// the device has issued a DMA completion for the packet).
    pub fn tx_packets(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_QSTATS_TX_PACKETS, small),
            Err(_) => self.w.put_u64(NETDEV_A_QSTATS_TX_PACKETS, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_TX_BYTES`: Successfully sent bytes, see `tx-packets`.
    pub fn tx_bytes(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_QSTATS_TX_BYTES, small),
            Err(_) => self.w.put_u64(NETDEV_A_QSTATS_TX_BYTES, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_RX_ALLOC_FAIL`: Number of times skb or buffer allocation failed on the Rx datapath.
    /// Allocation failure may, or may not result in a packet drop, depending
    /// on driver implementation and whether system recovers quickly.
    pub fn rx_alloc_fail(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_QSTATS_RX_ALLOC_FAIL, small),
            Err(_) => self.w.put_u64(NETDEV_A_QSTATS_RX_ALLOC_FAIL, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_RX_HW_DROPS`: Number of all packets which entered the device, but never left it,
    /// including but not limited to: packets dropped due to lack of buffer
    /// space, processing errors, explicit or implicit policies and packet
    /// filters.
    pub fn rx_hw_drops(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_QSTATS_RX_HW_DROPS, small),
            Err(_) => self.w.put_u64(NETDEV_A_QSTATS_RX_HW_DROPS, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_RX_HW_DROP_OVERRUNS`: Number of packets dropped due to transient lack of resources, such as
    /// buffer space, host descriptors etc.
    pub fn rx_hw_drop_overruns(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_QSTATS_RX_HW_DROP_OVERRUNS, small),
            Err(_) => self.w.put_u64(NETDEV_A_QSTATS_RX_HW_DROP_OVERRUNS, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_RX_CSUM_COMPLETE`: Number of packets that were marked as CHECKSUM_COMPLETE.
    pub fn rx_csum_complete(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_QSTATS_RX_CSUM_COMPLETE, small),
            Err(_) => self.w.put_u64(NETDEV_A_QSTATS_RX_CSUM_COMPLETE, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_RX_CSUM_UNNECESSARY`: Number of packets that were marked as CHECKSUM_UNNECESSARY.
    pub fn rx_csum_unnecessary(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_QSTATS_RX_CSUM_UNNECESSARY, small),
            Err(_) => self.w.put_u64(NETDEV_A_QSTATS_RX_CSUM_UNNECESSARY, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_RX_CSUM_NONE`: Number of packets that were not checksummed by device.
    pub fn rx_csum_none(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_QSTATS_RX_CSUM_NONE, small),
            Err(_) => self.w.put_u64(NETDEV_A_QSTATS_RX_CSUM_NONE, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_RX_CSUM_BAD`: Number of packets with bad checksum. The packets are not discarded,
    /// but still delivered to the stack.
    pub fn rx_csum_bad(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_QSTATS_RX_CSUM_BAD, small),
            Err(_) => self.w.put_u64(NETDEV_A_QSTATS_RX_CSUM_BAD, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_RX_HW_GRO_PACKETS`: Number of packets that were coalesced from smaller packets by the
    /// device. Counts only packets coalesced with the HW-GRO netdevice
    /// feature, LRO-coalesced packets are not counted.
    pub fn rx_hw_gro_packets(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_QSTATS_RX_HW_GRO_PACKETS, small),
            Err(_) => self.w.put_u64(NETDEV_A_QSTATS_RX_HW_GRO_PACKETS, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_RX_HW_GRO_BYTES`: See `rx-hw-gro-packets`.
    pub fn rx_hw_gro_bytes(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_QSTATS_RX_HW_GRO_BYTES, small),
            Err(_) => self.w.put_u64(NETDEV_A_QSTATS_RX_HW_GRO_BYTES, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_RX_HW_GRO_WIRE_PACKETS`: Number of packets that were coalesced to bigger packetss with the
    /// HW-GRO netdevice feature. LRO-coalesced packets are not counted.
    pub fn rx_hw_gro_wire_packets(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self
                .w
                .put_u32(NETDEV_A_QSTATS_RX_HW_GRO_WIRE_PACKETS, small),
            Err(_) => self.w.put_u64(NETDEV_A_QSTATS_RX_HW_GRO_WIRE_PACKETS, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_RX_HW_GRO_WIRE_BYTES`: See `rx-hw-gro-wire-packets`.
    pub fn rx_hw_gro_wire_bytes(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_QSTATS_RX_HW_GRO_WIRE_BYTES, small),
            Err(_) => self.w.put_u64(NETDEV_A_QSTATS_RX_HW_GRO_WIRE_BYTES, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_RX_HW_DROP_RATELIMITS`: Number of the packets dropped by the device due to the received
    /// packets bitrate exceeding the device rate limit.
    pub fn rx_hw_drop_ratelimits(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_QSTATS_RX_HW_DROP_RATELIMITS, small),
            Err(_) => self.w.put_u64(NETDEV_A_QSTATS_RX_HW_DROP_RATELIMITS, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_TX_HW_DROPS`: Number of packets that arrived at the device but never left it,
    /// encompassing packets dropped for reasons such as processing errors, as
    /// well as those affected by explicitly defined policies and packet
    /// filtering criteria.
    pub fn tx_hw_drops(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_QSTATS_TX_HW_DROPS, small),
            Err(_) => self.w.put_u64(NETDEV_A_QSTATS_TX_HW_DROPS, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_TX_HW_DROP_ERRORS`: Number of packets dropped because they were invalid or malformed.
    pub fn tx_hw_drop_errors(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_QSTATS_TX_HW_DROP_ERRORS, small),
            Err(_) => self.w.put_u64(NETDEV_A_QSTATS_TX_HW_DROP_ERRORS, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_TX_CSUM_NONE`: Number of packets that did not require the device to calculate the
    /// checksum.
    pub fn tx_csum_none(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_QSTATS_TX_CSUM_NONE, small),
            Err(_) => self.w.put_u64(NETDEV_A_QSTATS_TX_CSUM_NONE, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_TX_NEEDS_CSUM`: Number of packets that required the device to calculate the checksum.
    /// This counter includes the number of GSO wire packets for which device
    /// calculated the L4 checksum.
    pub fn tx_needs_csum(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_QSTATS_TX_NEEDS_CSUM, small),
            Err(_) => self.w.put_u64(NETDEV_A_QSTATS_TX_NEEDS_CSUM, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_TX_HW_GSO_PACKETS`: Number of packets that necessitated segmentation into smaller packets
    /// by the device.
    pub fn tx_hw_gso_packets(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_QSTATS_TX_HW_GSO_PACKETS, small),
            Err(_) => self.w.put_u64(NETDEV_A_QSTATS_TX_HW_GSO_PACKETS, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_TX_HW_GSO_BYTES`: See `tx-hw-gso-packets`.
    pub fn tx_hw_gso_bytes(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_QSTATS_TX_HW_GSO_BYTES, small),
            Err(_) => self.w.put_u64(NETDEV_A_QSTATS_TX_HW_GSO_BYTES, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_TX_HW_GSO_WIRE_PACKETS`: Number of wire-sized packets generated by processing
    /// `tx-hw-gso-packets`
    pub fn tx_hw_gso_wire_packets(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self
                .w
                .put_u32(NETDEV_A_QSTATS_TX_HW_GSO_WIRE_PACKETS, small),
            Err(_) => self.w.put_u64(NETDEV_A_QSTATS_TX_HW_GSO_WIRE_PACKETS, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_TX_HW_GSO_WIRE_BYTES`: See `tx-hw-gso-wire-packets`.
    pub fn tx_hw_gso_wire_bytes(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_QSTATS_TX_HW_GSO_WIRE_BYTES, small),
            Err(_) => self.w.put_u64(NETDEV_A_QSTATS_TX_HW_GSO_WIRE_BYTES, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_TX_HW_DROP_RATELIMITS`: Number of the packets dropped by the device due to the transmit
    /// packets bitrate exceeding the device rate limit.
    pub fn tx_hw_drop_ratelimits(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_QSTATS_TX_HW_DROP_RATELIMITS, small),
            Err(_) => self.w.put_u64(NETDEV_A_QSTATS_TX_HW_DROP_RATELIMITS, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_TX_STOP`: Number of times driver paused accepting new tx packets
    /// from the stack to this queue, because the queue was full.
    /// Note that if BQL is supported and enabled on the device
    /// the networking stack will avoid queuing a lot of data at once.
    pub fn tx_stop(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_QSTATS_TX_STOP, small),
            Err(_) => self.w.put_u64(NETDEV_A_QSTATS_TX_STOP, v),
        }?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QSTATS_TX_WAKE`: Number of times driver re-started accepting send
    /// requests to this queue from the stack.
    pub fn tx_wake(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(NETDEV_A_QSTATS_TX_WAKE, small),
            Err(_) => self.w.put_u64(NETDEV_A_QSTATS_TX_WAKE, v),
        }?;
        Ok(self)
    }
}

/// Writes `queue-id` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type QueueIdBuilder<'w, B> = Builder<'w, sets::QueueId, B>;

impl<B: Buffer> QueueIdBuilder<'_, B> {
    /// Writes `NETDEV_A_QUEUE_ID`: Queue index; most queue types are indexed like a C array, with indexes starting at 0 and ending at queue count - 1. Queue indexes are scoped to an interface and queue type.
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NETDEV_A_QUEUE_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NETDEV_A_QUEUE_TYPE`: Queue type as rx, tx. Each queue type defines a separate ID space. XDP TX queues allocated in the kernel are not linked to NAPIs and thus not listed. AF_XDP queues will have more information set in the xsk attribute.
    pub fn type_(&mut self, v: QueueType) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NETDEV_A_QUEUE_TYPE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `lease` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LeaseBuilder<'w, B> = Builder<'w, sets::Lease, B>;

impl<B: Buffer> LeaseBuilder<'_, B> {
    /// Writes `NETDEV_A_LEASE_IFINDEX`: The netdev ifindex to lease the queue from.
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NETDEV_A_LEASE_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NETDEV_A_LEASE_QUEUE`: The netdev queue to lease from.
    pub fn queue(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut QueueIdBuilder<'y, B>,
        ) -> Result<&'x mut QueueIdBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(NETDEV_A_LEASE_QUEUE, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `NETDEV_A_LEASE_NETNS_ID`: The network namespace id of the netdev.
    pub fn netns_id(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NETDEV_A_LEASE_NETNS_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dmabuf` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DmabufBuilder<'w, B> = Builder<'w, sets::Dmabuf, B>;

impl<B: Buffer> DmabufBuilder<'_, B> {
    /// Writes `NETDEV_A_DMABUF_IFINDEX`: netdev ifindex to bind the dmabuf to.
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NETDEV_A_DMABUF_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NETDEV_A_DMABUF_QUEUES`: receive queues to bind the dmabuf to.
    pub fn queues(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut QueueIdBuilder<'y, B>,
        ) -> Result<&'x mut QueueIdBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NETDEV_A_DMABUF_QUEUES, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NETDEV_A_DMABUF_FD`: dmabuf file descriptor to bind.
    pub fn fd(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NETDEV_A_DMABUF_FD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NETDEV_A_DMABUF_ID`: id of the dmabuf binding
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NETDEV_A_DMABUF_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NETDEV_A_DMABUF_RX_PAGE_SIZE`: Size in bytes of each device page the NIC writes into from the bound
    /// dmabuf. Must be a power of two and \>= PAGE_SIZE; defaults to
    /// PAGE_SIZE.
    pub fn rx_page_size(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NETDEV_A_DMABUF_RX_PAGE_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }
}
