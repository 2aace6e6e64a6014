//! `ethtool-link DEV`: a link's port, PHY address and transceiver from ethtool's generic
//! netlink family (`ETHTOOL_MSG_LINKINFO_GET`, one typed call), as `ethtool DEV` shows them.
//! The family is resolved by name on first use, and its errors come back named by its spec
//! (`... No such device: no device matches name, at ETHTOOL_A_LINKINFO_HEADER /
//! ETHTOOL_A_HEADER_DEV_NAME`).
//!
//! ```text
//! cargo run -p nlcodec-socket --example ethtool-link -- eth0
//! ```

mod common;

use nlcodec_families::ethtool::ops::LinkinfoGet;
use nlcodec_socket::{Protocol, Report};

fn main() -> Result<(), Report> {
    let args = common::Args::parse()?;
    let dev = args.rest.first().ok_or("usage: ethtool-link DEV")?;
    let mut sock = args.open(Protocol::GENERIC)?;
    for info in &sock.call(LinkinfoGet, 0, &(), |i| i.header(|h| h.dev_name(dev)))? {
        let a = info?.attrs;
        let (port, phy, xcvr) = (a.port(), a.phyaddr(), a.transceiver());
        println!("{dev}: port {port:?} phyaddr {phy:?} transceiver {xcvr:?}");
    }
    Ok(())
}
