//! `ethtool-link DEV`: a link's port, PHY address and transceiver from ethtool's generic
//! netlink family (`ETHTOOL_MSG_LINKINFO_GET`), as `ethtool DEV` shows them. The family is
//! resolved by name, and from then on its errors come back named by its spec
//! (`... No such device: no device matches name, at ETHTOOL_A_LINKINFO_HEADER /
//! ETHTOOL_A_HEADER_DEV_NAME`).
//!
//! ```text
//! cargo run -p nlcodec-socket --example ethtool-link -- eth0
//! ```

use nlcodec_families::ethtool::{LinkinfoBuilder, LinkinfoMsg, ETHTOOL_MSG_LINKINFO_GET};
use nlcodec_socket::{genl_message, Protocol, Report, Socket};

fn main() -> Result<(), Report> {
    let dev = std::env::args().nth(1).ok_or("usage: ethtool-link DEV")?;
    let mut sock = Socket::open(Protocol::GENERIC)?;
    let ethtool = sock.genl_family("ethtool")?;
    let mut req = genl_message(ethtool, ETHTOOL_MSG_LINKINFO_GET, 0, |w| {
        let mut info = LinkinfoBuilder::new(w);
        info.header(|h| h.dev_name(&dev).map(drop)).map(drop)
    })?;
    for info in sock.request(&mut req)?.parse(LinkinfoMsg::parse) {
        let a = info?.attrs;
        let (port, phy, xcvr) = (a.port(), a.phyaddr(), a.transceiver());
        println!("{dev}: port {port:?} phyaddr {phy:?} transceiver {xcvr:?}");
    }
    Ok(())
}
