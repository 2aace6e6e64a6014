//! Management interface for TCP metrics.
//!
//! Generated from the kernel's `tcp_metrics.yaml` YNL spec (and `specs/overrides/` where the
//! project corrects it) by `nlcodec-gen`; do not edit.

pub mod builders;
pub mod consts;
pub mod ops;
pub mod tables;
pub mod types;
pub mod views;

pub use builders::*;
pub use consts::*;
pub use views::*;

#[allow(unused_imports)]
use crate::runtime::{GenlMsg, RawMsg};
use nlcodec::schema::{Addressing, Family, Op};

/// The operations of `tcp_metrics`.
pub static OPS: [Op; 2] = [
    Op {
        name: "get",
        c_name: "TCP_METRICS_CMD_GET",
        request: 1,
        reply: Some(1),
        header: None,
        attrs: Some(&tables::TCP_METRICS),
        do_request: Some(&[
            TCP_METRICS_ATTR_ADDR_IPV4,
            TCP_METRICS_ATTR_ADDR_IPV6,
            TCP_METRICS_ATTR_SADDR_IPV4,
            TCP_METRICS_ATTR_SADDR_IPV6,
        ]),
        do_reply: Some(&[
            TCP_METRICS_ATTR_ADDR_IPV4,
            TCP_METRICS_ATTR_ADDR_IPV6,
            TCP_METRICS_ATTR_SADDR_IPV4,
            TCP_METRICS_ATTR_SADDR_IPV6,
            TCP_METRICS_ATTR_AGE,
            TCP_METRICS_ATTR_VALS,
            TCP_METRICS_ATTR_FOPEN_MSS,
            TCP_METRICS_ATTR_FOPEN_SYN_DROPS,
            TCP_METRICS_ATTR_FOPEN_SYN_DROP_TS,
            TCP_METRICS_ATTR_FOPEN_COOKIE,
        ]),
        dump_request: None,
        dump_reply: Some(&[
            TCP_METRICS_ATTR_ADDR_IPV4,
            TCP_METRICS_ATTR_ADDR_IPV6,
            TCP_METRICS_ATTR_SADDR_IPV4,
            TCP_METRICS_ATTR_SADDR_IPV6,
            TCP_METRICS_ATTR_AGE,
            TCP_METRICS_ATTR_VALS,
            TCP_METRICS_ATTR_FOPEN_MSS,
            TCP_METRICS_ATTR_FOPEN_SYN_DROPS,
            TCP_METRICS_ATTR_FOPEN_SYN_DROP_TS,
            TCP_METRICS_ATTR_FOPEN_COOKIE,
        ]),
        notification: false,
    },
    Op {
        name: "del",
        c_name: "TCP_METRICS_CMD_DEL",
        request: 2,
        reply: None,
        header: None,
        attrs: Some(&tables::TCP_METRICS),
        do_request: Some(&[
            TCP_METRICS_ATTR_ADDR_IPV4,
            TCP_METRICS_ATTR_ADDR_IPV6,
            TCP_METRICS_ATTR_SADDR_IPV4,
            TCP_METRICS_ATTR_SADDR_IPV6,
        ]),
        do_reply: None,
        dump_request: None,
        dump_reply: None,
        notification: false,
    },
];

/// The `tcp_metrics` family: addressing, operations, multicast groups and attribute sets.
pub static FAMILY: Family = Family {
    name: "tcp_metrics",
    addressing: Addressing::Genl {
        name: "tcp_metrics",
        version: 1,
    },
    ops: &OPS,
    mcast_groups: &[],
    attr_sets: &[&tables::TCP_METRICS, &tables::METRICS],
};

/// A `tcp-metrics` message: `nlmsghdr`, `genlmsghdr`, then the attributes.
pub type TcpMetricsMsg<'a> = GenlMsg<TcpMetrics<'a>>;
