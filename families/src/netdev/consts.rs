//! The numbers of `netdev` by their kernel C names: attribute types, enum values and flag
//! bits, commands, multicast groups and constants.

/// The generic netlink family name, resolved to an id by nlctrl at run time.
pub const FAMILY_NAME: &str = "netdev";
/// The family version for `genlmsghdr.version`.
pub const FAMILY_VERSION: u8 = 1;

// Commands

/// Get / dump information about a netdev.
pub const NETDEV_CMD_DEV_GET: u8 = 1;
/// Notification about device appearing.
pub const NETDEV_CMD_DEV_ADD_NTF: u8 = 2;
/// Notification about device disappearing.
pub const NETDEV_CMD_DEV_DEL_NTF: u8 = 3;
/// Notification about device configuration being changed.
pub const NETDEV_CMD_DEV_CHANGE_NTF: u8 = 4;
/// Get / dump information about Page Pools.
/// Only Page Pools associated by the driver with a net_device
/// can be listed. ifindex will not be reported if the net_device
/// no longer exists.
pub const NETDEV_CMD_PAGE_POOL_GET: u8 = 5;
/// Notification about page pool appearing.
pub const NETDEV_CMD_PAGE_POOL_ADD_NTF: u8 = 6;
/// Notification about page pool disappearing.
pub const NETDEV_CMD_PAGE_POOL_DEL_NTF: u8 = 7;
/// Notification about page pool configuration being changed.
pub const NETDEV_CMD_PAGE_POOL_CHANGE_NTF: u8 = 8;
/// Get page pool statistics.
pub const NETDEV_CMD_PAGE_POOL_STATS_GET: u8 = 9;
/// Get queue information from the kernel. Only configured queues will be reported (as opposed to all available hardware queues).
pub const NETDEV_CMD_QUEUE_GET: u8 = 10;
/// Get information about NAPI instances configured on the system.
pub const NETDEV_CMD_NAPI_GET: u8 = 11;
/// Get / dump fine grained statistics. Which statistics are reported
/// depends on the device and the driver, and whether the driver stores
/// software counters per-queue.
pub const NETDEV_CMD_QSTATS_GET: u8 = 12;
/// Bind dmabuf to netdev
pub const NETDEV_CMD_BIND_RX: u8 = 13;
/// Set configurable NAPI instance settings.
pub const NETDEV_CMD_NAPI_SET: u8 = 14;
/// Bind dmabuf to netdev for TX
pub const NETDEV_CMD_BIND_TX: u8 = 15;
/// Create a new queue for the given netdevice. Whether this operation
/// is supported depends on the device and the driver.
pub const NETDEV_CMD_QUEUE_CREATE: u8 = 16;

// Multicast groups

/// The `mgmt` multicast group's name (its id comes from nlctrl).
pub const NETDEV_MCGRP_MGMT_NAME: &str = "mgmt";
/// The `page-pool` multicast group's name (its id comes from nlctrl).
pub const NETDEV_MCGRP_PAGE_POOL_NAME: &str = "page-pool";

// Attribute set `dev`

/// netdev ifindex
pub const NETDEV_A_DEV_IFINDEX: u16 = 1;
/// `pad` (pad) of `dev`.
pub const NETDEV_A_DEV_PAD: u16 = 2;
/// Bitmask of enabled xdp-features.
pub const NETDEV_A_DEV_XDP_FEATURES: u16 = 3;
/// max fragment count supported by ZC driver
pub const NETDEV_A_DEV_XDP_ZC_MAX_SEGS: u16 = 4;
/// Bitmask of supported XDP receive metadata features. See Documentation/networking/xdp-rx-metadata.rst for more details.
pub const NETDEV_A_DEV_XDP_RX_METADATA_FEATURES: u16 = 5;
/// Bitmask of enabled AF_XDP features.
pub const NETDEV_A_DEV_XSK_FEATURES: u16 = 6;

// Attribute set `io-uring-provider-info`

/// RX buffer length in bytes for this io_uring memory provider.
/// Reflects the rx_buf_len passed at io_uring zerocopy rx
/// registration time.
pub const NETDEV_A_IO_URING_PROVIDER_INFO_RX_BUF_LEN: u16 = 1;

// Attribute set `page-pool`

/// Unique ID of a Page Pool instance.
pub const NETDEV_A_PAGE_POOL_ID: u16 = 1;
/// ifindex of the netdev to which the pool belongs.
/// May not be reported if the page pool was allocated for a netdev
/// which got destroyed already (page pools may outlast their netdevs
/// because they wait for all memory to be returned).
pub const NETDEV_A_PAGE_POOL_IFINDEX: u16 = 2;
/// Id of NAPI using this Page Pool instance.
pub const NETDEV_A_PAGE_POOL_NAPI_ID: u16 = 3;
/// Number of outstanding references to this page pool (allocated
/// but yet to be freed pages). Allocated pages may be held in
/// socket receive queues, driver receive ring, page pool recycling
/// ring, the page pool cache, etc.
pub const NETDEV_A_PAGE_POOL_INFLIGHT: u16 = 4;
/// Amount of memory held by inflight pages.
pub const NETDEV_A_PAGE_POOL_INFLIGHT_MEM: u16 = 5;
/// Seconds in CLOCK_BOOTTIME of when Page Pool was detached by
/// the driver. Once detached Page Pool can no longer be used to
/// allocate memory.
/// Page Pools wait for all the memory allocated from them to be freed
/// before truly disappearing. "Detached" Page Pools cannot be
/// "re-attached", they are just waiting to disappear.
/// Attribute is absent if Page Pool has not been detached, and
/// can still be used to allocate new memory.
pub const NETDEV_A_PAGE_POOL_DETACH_TIME: u16 = 6;
/// ID of the dmabuf this page-pool is attached to.
pub const NETDEV_A_PAGE_POOL_DMABUF: u16 = 7;
/// io-uring memory provider information.
pub const NETDEV_A_PAGE_POOL_IO_URING: u16 = 8;

// Attribute set `page-pool-stats`

/// Page pool identifying information.
pub const NETDEV_A_PAGE_POOL_STATS_INFO: u16 = 1;
/// `alloc-fast` (uint) of `page-pool-stats`.
pub const NETDEV_A_PAGE_POOL_STATS_ALLOC_FAST: u16 = 8;
/// `alloc-slow` (uint) of `page-pool-stats`.
pub const NETDEV_A_PAGE_POOL_STATS_ALLOC_SLOW: u16 = 9;
/// `alloc-slow-high-order` (uint) of `page-pool-stats`.
pub const NETDEV_A_PAGE_POOL_STATS_ALLOC_SLOW_HIGH_ORDER: u16 = 10;
/// `alloc-empty` (uint) of `page-pool-stats`.
pub const NETDEV_A_PAGE_POOL_STATS_ALLOC_EMPTY: u16 = 11;
/// `alloc-refill` (uint) of `page-pool-stats`.
pub const NETDEV_A_PAGE_POOL_STATS_ALLOC_REFILL: u16 = 12;
/// `alloc-waive` (uint) of `page-pool-stats`.
pub const NETDEV_A_PAGE_POOL_STATS_ALLOC_WAIVE: u16 = 13;
/// `recycle-cached` (uint) of `page-pool-stats`.
pub const NETDEV_A_PAGE_POOL_STATS_RECYCLE_CACHED: u16 = 14;
/// `recycle-cache-full` (uint) of `page-pool-stats`.
pub const NETDEV_A_PAGE_POOL_STATS_RECYCLE_CACHE_FULL: u16 = 15;
/// `recycle-ring` (uint) of `page-pool-stats`.
pub const NETDEV_A_PAGE_POOL_STATS_RECYCLE_RING: u16 = 16;
/// `recycle-ring-full` (uint) of `page-pool-stats`.
pub const NETDEV_A_PAGE_POOL_STATS_RECYCLE_RING_FULL: u16 = 17;
/// `recycle-released-refcnt` (uint) of `page-pool-stats`.
pub const NETDEV_A_PAGE_POOL_STATS_RECYCLE_RELEASED_REFCNT: u16 = 18;

// Attribute set `napi`

/// ifindex of the netdevice to which NAPI instance belongs.
pub const NETDEV_A_NAPI_IFINDEX: u16 = 1;
/// ID of the NAPI instance.
pub const NETDEV_A_NAPI_ID: u16 = 2;
/// The associated interrupt vector number for the napi
pub const NETDEV_A_NAPI_IRQ: u16 = 3;
/// PID of the napi thread, if NAPI is configured to operate in threaded mode. If NAPI is not in threaded mode (i.e. uses normal softirq context), the attribute will be absent.
pub const NETDEV_A_NAPI_PID: u16 = 4;
/// The number of consecutive empty polls before IRQ deferral ends and hardware IRQs are re-enabled.
pub const NETDEV_A_NAPI_DEFER_HARD_IRQS: u16 = 5;
/// The timeout, in nanoseconds, of when to trigger the NAPI watchdog timer which schedules NAPI processing. Additionally, a non-zero value will also prevent GRO from flushing recent super-frames at the end of a NAPI cycle. This may add receive latency in exchange for reducing the number of frames processed by the network stack.
pub const NETDEV_A_NAPI_GRO_FLUSH_TIMEOUT: u16 = 6;
/// The timeout, in nanoseconds, of how long to suspend irq processing, if event polling finds events
pub const NETDEV_A_NAPI_IRQ_SUSPEND_TIMEOUT: u16 = 7;
/// Whether the NAPI is configured to operate in threaded polling mode. If this is set to enabled then the NAPI context operates in threaded polling mode. If this is set to busy-poll, then the threaded polling mode also busy polls.
pub const NETDEV_A_NAPI_THREADED: u16 = 8;

// Attribute set `xsk-info`

// Attribute set `queue`

/// Queue index; most queue types are indexed like a C array, with indexes starting at 0 and ending at queue count - 1. Queue indexes are scoped to an interface and queue type.
pub const NETDEV_A_QUEUE_ID: u16 = 1;
/// ifindex of the netdevice to which the queue belongs.
pub const NETDEV_A_QUEUE_IFINDEX: u16 = 2;
/// Queue type as rx, tx. Each queue type defines a separate ID space. XDP TX queues allocated in the kernel are not linked to NAPIs and thus not listed. AF_XDP queues will have more information set in the xsk attribute.
pub const NETDEV_A_QUEUE_TYPE: u16 = 3;
/// ID of the NAPI instance which services this queue.
pub const NETDEV_A_QUEUE_NAPI_ID: u16 = 4;
/// ID of the dmabuf attached to this queue, if any.
pub const NETDEV_A_QUEUE_DMABUF: u16 = 5;
/// io_uring memory provider information.
pub const NETDEV_A_QUEUE_IO_URING: u16 = 6;
/// XSK information for this queue, if any.
pub const NETDEV_A_QUEUE_XSK: u16 = 7;
/// A queue from a virtual device can have a lease which refers to
/// another queue from a physical device. This is useful for memory
/// providers and AF_XDP operations which take an ifindex and queue id
/// to allow applications to bind against virtual devices in containers.
pub const NETDEV_A_QUEUE_LEASE: u16 = 8;

// Attribute set `qstats`

/// ifindex of the netdevice to which stats belong.
pub const NETDEV_A_QSTATS_IFINDEX: u16 = 1;
/// Queue type as rx, tx, for queue-id.
pub const NETDEV_A_QSTATS_QUEUE_TYPE: u16 = 2;
/// Queue ID, if stats are scoped to a single queue instance.
pub const NETDEV_A_QSTATS_QUEUE_ID: u16 = 3;
/// What object type should be used to iterate over the stats.
pub const NETDEV_A_QSTATS_SCOPE: u16 = 4;
/// Number of wire packets successfully received and passed to the stack.
/// For drivers supporting XDP, XDP is considered the first layer
/// of the stack, so packets consumed by XDP are still counted here.
pub const NETDEV_A_QSTATS_RX_PACKETS: u16 = 8;
/// Successfully received bytes, see `rx-packets`.
pub const NETDEV_A_QSTATS_RX_BYTES: u16 = 9;
/// Number of wire packets successfully sent. Packet is considered to be
/// successfully sent once it is in device memory (usually this means
/// the device has issued a DMA completion for the packet).
pub const NETDEV_A_QSTATS_TX_PACKETS: u16 = 10;
/// Successfully sent bytes, see `tx-packets`.
pub const NETDEV_A_QSTATS_TX_BYTES: u16 = 11;
/// Number of times skb or buffer allocation failed on the Rx datapath.
/// Allocation failure may, or may not result in a packet drop, depending
/// on driver implementation and whether system recovers quickly.
pub const NETDEV_A_QSTATS_RX_ALLOC_FAIL: u16 = 12;
/// Number of all packets which entered the device, but never left it,
/// including but not limited to: packets dropped due to lack of buffer
/// space, processing errors, explicit or implicit policies and packet
/// filters.
pub const NETDEV_A_QSTATS_RX_HW_DROPS: u16 = 13;
/// Number of packets dropped due to transient lack of resources, such as
/// buffer space, host descriptors etc.
pub const NETDEV_A_QSTATS_RX_HW_DROP_OVERRUNS: u16 = 14;
/// Number of packets that were marked as CHECKSUM_COMPLETE.
pub const NETDEV_A_QSTATS_RX_CSUM_COMPLETE: u16 = 15;
/// Number of packets that were marked as CHECKSUM_UNNECESSARY.
pub const NETDEV_A_QSTATS_RX_CSUM_UNNECESSARY: u16 = 16;
/// Number of packets that were not checksummed by device.
pub const NETDEV_A_QSTATS_RX_CSUM_NONE: u16 = 17;
/// Number of packets with bad checksum. The packets are not discarded,
/// but still delivered to the stack.
pub const NETDEV_A_QSTATS_RX_CSUM_BAD: u16 = 18;
/// Number of packets that were coalesced from smaller packets by the
/// device. Counts only packets coalesced with the HW-GRO netdevice
/// feature, LRO-coalesced packets are not counted.
pub const NETDEV_A_QSTATS_RX_HW_GRO_PACKETS: u16 = 19;
/// See `rx-hw-gro-packets`.
pub const NETDEV_A_QSTATS_RX_HW_GRO_BYTES: u16 = 20;
/// Number of packets that were coalesced to bigger packetss with the
/// HW-GRO netdevice feature. LRO-coalesced packets are not counted.
pub const NETDEV_A_QSTATS_RX_HW_GRO_WIRE_PACKETS: u16 = 21;
/// See `rx-hw-gro-wire-packets`.
pub const NETDEV_A_QSTATS_RX_HW_GRO_WIRE_BYTES: u16 = 22;
/// Number of the packets dropped by the device due to the received
/// packets bitrate exceeding the device rate limit.
pub const NETDEV_A_QSTATS_RX_HW_DROP_RATELIMITS: u16 = 23;
/// Number of packets that arrived at the device but never left it,
/// encompassing packets dropped for reasons such as processing errors, as
/// well as those affected by explicitly defined policies and packet
/// filtering criteria.
pub const NETDEV_A_QSTATS_TX_HW_DROPS: u16 = 24;
/// Number of packets dropped because they were invalid or malformed.
pub const NETDEV_A_QSTATS_TX_HW_DROP_ERRORS: u16 = 25;
/// Number of packets that did not require the device to calculate the
/// checksum.
pub const NETDEV_A_QSTATS_TX_CSUM_NONE: u16 = 26;
/// Number of packets that required the device to calculate the checksum.
/// This counter includes the number of GSO wire packets for which device
/// calculated the L4 checksum.
pub const NETDEV_A_QSTATS_TX_NEEDS_CSUM: u16 = 27;
/// Number of packets that necessitated segmentation into smaller packets
/// by the device.
pub const NETDEV_A_QSTATS_TX_HW_GSO_PACKETS: u16 = 28;
/// See `tx-hw-gso-packets`.
pub const NETDEV_A_QSTATS_TX_HW_GSO_BYTES: u16 = 29;
/// Number of wire-sized packets generated by processing
/// `tx-hw-gso-packets`
pub const NETDEV_A_QSTATS_TX_HW_GSO_WIRE_PACKETS: u16 = 30;
/// See `tx-hw-gso-wire-packets`.
pub const NETDEV_A_QSTATS_TX_HW_GSO_WIRE_BYTES: u16 = 31;
/// Number of the packets dropped by the device due to the transmit
/// packets bitrate exceeding the device rate limit.
pub const NETDEV_A_QSTATS_TX_HW_DROP_RATELIMITS: u16 = 32;
/// Number of times driver paused accepting new tx packets
/// from the stack to this queue, because the queue was full.
/// Note that if BQL is supported and enabled on the device
/// the networking stack will avoid queuing a lot of data at once.
pub const NETDEV_A_QSTATS_TX_STOP: u16 = 33;
/// Number of times driver re-started accepting send
/// requests to this queue from the stack.
pub const NETDEV_A_QSTATS_TX_WAKE: u16 = 34;

// Attribute set `lease`

/// The netdev ifindex to lease the queue from.
pub const NETDEV_A_LEASE_IFINDEX: u16 = 1;
/// The netdev queue to lease from.
pub const NETDEV_A_LEASE_QUEUE: u16 = 2;
/// The network namespace id of the netdev.
pub const NETDEV_A_LEASE_NETNS_ID: u16 = 3;

// Attribute set `dmabuf`

/// netdev ifindex to bind the dmabuf to.
pub const NETDEV_A_DMABUF_IFINDEX: u16 = 1;
/// receive queues to bind the dmabuf to.
pub const NETDEV_A_DMABUF_QUEUES: u16 = 2;
/// dmabuf file descriptor to bind.
pub const NETDEV_A_DMABUF_FD: u16 = 3;
/// id of the dmabuf binding
pub const NETDEV_A_DMABUF_ID: u16 = 4;
/// Size in bytes of each device page the NIC writes into from the bound
/// dmabuf. Must be a power of two and \>= PAGE_SIZE; defaults to
/// PAGE_SIZE.
pub const NETDEV_A_DMABUF_RX_PAGE_SIZE: u16 = 5;

// Flags `xdp-act`

/// XDP features set supported by all drivers (XDP_ABORTED, XDP_DROP, XDP_PASS, XDP_TX)
pub const NETDEV_XDP_ACT_BASIC: u32 = 1 << 0;
/// The netdev supports XDP_REDIRECT
pub const NETDEV_XDP_ACT_REDIRECT: u32 = 1 << 1;
/// This feature informs if netdev implements ndo_xdp_xmit callback.
pub const NETDEV_XDP_ACT_NDO_XMIT: u32 = 1 << 2;
/// This feature informs if netdev supports AF_XDP in zero copy mode.
pub const NETDEV_XDP_ACT_XSK_ZEROCOPY: u32 = 1 << 3;
/// This feature informs if netdev supports XDP hw offloading.
pub const NETDEV_XDP_ACT_HW_OFFLOAD: u32 = 1 << 4;
/// This feature informs if netdev implements non-linear XDP buffer support in the driver napi callback.
pub const NETDEV_XDP_ACT_RX_SG: u32 = 1 << 5;
/// This feature informs if netdev implements non-linear XDP buffer support in ndo_xdp_xmit callback.
pub const NETDEV_XDP_ACT_NDO_XMIT_SG: u32 = 1 << 6;

// Flags `xdp-rx-metadata`

/// Device is capable of exposing receive HW timestamp via
/// bpf_xdp_metadata_rx_timestamp().
pub const NETDEV_XDP_RX_METADATA_TIMESTAMP: u32 = 1 << 0;
/// Device is capable of exposing receive packet hash via
/// bpf_xdp_metadata_rx_hash().
pub const NETDEV_XDP_RX_METADATA_HASH: u32 = 1 << 1;
/// Device is capable of exposing receive packet VLAN tag via
/// bpf_xdp_metadata_rx_vlan_tag().
pub const NETDEV_XDP_RX_METADATA_VLAN_TAG: u32 = 1 << 2;

// Flags `xsk-flags`

/// HW timestamping egress packets is supported by the driver.
pub const NETDEV_XSK_FLAGS_TX_TIMESTAMP: u32 = 1 << 0;
/// L3 checksum HW offload is supported by the driver.
pub const NETDEV_XSK_FLAGS_TX_CHECKSUM: u32 = 1 << 1;
/// Launch time HW offload is supported by the driver.
pub const NETDEV_XSK_FLAGS_TX_LAUNCH_TIME_FIFO: u32 = 1 << 2;

// Enum `queue-type`

/// `rx` of `queue-type`.
pub const NETDEV_QUEUE_TYPE_RX: u32 = 0;
/// `tx` of `queue-type`.
pub const NETDEV_QUEUE_TYPE_TX: u32 = 1;

// Flags `qstats-scope`

/// `queue` of `qstats-scope`.
pub const NETDEV_QSTATS_SCOPE_QUEUE: u32 = 1 << 0;

// Enum `napi-threaded`

/// `disabled` of `napi-threaded`.
pub const NETDEV_NAPI_THREADED_DISABLED: u32 = 0;
/// `enabled` of `napi-threaded`.
pub const NETDEV_NAPI_THREADED_ENABLED: u32 = 1;
/// `busy-poll` of `napi-threaded`.
pub const NETDEV_NAPI_THREADED_BUSY_POLL: u32 = 2;

// Constants

/// The `PAGE_SIZE` constant.
pub const PAGE_SIZE: u32 = 0;
