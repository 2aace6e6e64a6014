//! The enums, flags and fixed structs of `netdev`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

nl_flags! {
    /// The `xdp-act` flags of `netdev`.
    pub struct XdpAct: u64 => tables::XDP_ACT {
        /// XDP features set supported by all drivers (XDP_ABORTED, XDP_DROP, XDP_PASS, XDP_TX)
        const BASIC = 1 << 0;
        /// The netdev supports XDP_REDIRECT
        const REDIRECT = 1 << 1;
        /// This feature informs if netdev implements ndo_xdp_xmit callback.
        const NDO_XMIT = 1 << 2;
        /// This feature informs if netdev supports AF_XDP in zero copy mode.
        const XSK_ZEROCOPY = 1 << 3;
        /// This feature informs if netdev supports XDP hw offloading.
        const HW_OFFLOAD = 1 << 4;
        /// This feature informs if netdev implements non-linear XDP buffer support in the driver napi callback.
        const RX_SG = 1 << 5;
        /// This feature informs if netdev implements non-linear XDP buffer support in ndo_xdp_xmit callback.
        const NDO_XMIT_SG = 1 << 6;
    }
}

nl_flags! {
    /// The `xdp-rx-metadata` flags of `netdev`.
    pub struct XdpRxMetadata: u64 => tables::XDP_RX_METADATA {
        /// Device is capable of exposing receive HW timestamp via
        /// bpf_xdp_metadata_rx_timestamp().
        const TIMESTAMP = 1 << 0;
        /// Device is capable of exposing receive packet hash via
        /// bpf_xdp_metadata_rx_hash().
        const HASH = 1 << 1;
        /// Device is capable of exposing receive packet VLAN tag via
        /// bpf_xdp_metadata_rx_vlan_tag().
        const VLAN_TAG = 1 << 2;
    }
}

nl_flags! {
    /// The `xsk-flags` flags of `netdev`.
    pub struct XskFlags: u64 => tables::XSK_FLAGS {
        /// HW timestamping egress packets is supported by the driver.
        const TX_TIMESTAMP = 1 << 0;
        /// L3 checksum HW offload is supported by the driver.
        const TX_CHECKSUM = 1 << 1;
        /// Launch time HW offload is supported by the driver.
        const TX_LAUNCH_TIME_FIFO = 1 << 2;
    }
}

nl_enum! {
    /// The `queue-type` enum of `netdev`.
    pub enum QueueType: u32 => tables::QUEUE_TYPE {
        /// `NETDEV_QUEUE_TYPE_RX`
        Rx = 0,
        /// `NETDEV_QUEUE_TYPE_TX`
        Tx = 1,
    }
}

nl_flags! {
    /// The `qstats-scope` flags of `netdev`.
    pub struct QstatsScope: u64 => tables::QSTATS_SCOPE {
        /// `NETDEV_QSTATS_SCOPE_QUEUE`
        const QUEUE = 1 << 0;
    }
}

nl_enum! {
    /// The `napi-threaded` enum of `netdev`.
    pub enum NapiThreaded: u32 => tables::NAPI_THREADED {
        /// `NETDEV_NAPI_THREADED_DISABLED`
        Disabled = 0,
        /// `NETDEV_NAPI_THREADED_ENABLED`
        Enabled = 1,
        /// `NETDEV_NAPI_THREADED_BUSY_POLL`
        BusyPoll = 2,
    }
}
