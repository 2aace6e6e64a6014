//! The `monitor` example on tokio (feature `tokio`): prints link events as they arrive, named
//! by message type and read through the typed `rt-link` view, stopping after `<count>` events
//! or 30 seconds.
//!
//! ```text
//! cargo run -p nlcodec-socket --features tokio --example tokio-monitor -- 3
//! ```

mod common;

use nlcodec_families::rt_link::{LinkMsg, RTNLGRP_LINK};
use nlcodec_families::runtime::Rtnetlink;
use nlcodec_socket::{AsyncSocket, Error, LinkNames, Protocol, Report};
use std::time::Duration;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Report> {
    let args = common::Args::parse()?;
    let count: usize = args
        .rest
        .first()
        .map(|c| c.parse())
        .transpose()?
        .unwrap_or(1);
    let sock = args.open(Protocol::ROUTE)?;
    sock.add_membership(RTNLGRP_LINK)?;
    let mut sock = AsyncSocket::new(sock)?;
    // Link names for `@peer`, kept from the events themselves.
    let mut names = LinkNames::default();
    let mut seen = 0;
    while seen < count {
        let d = match tokio::time::timeout(Duration::from_secs(30), sock.recv()).await {
            Err(_) => {
                eprintln!("no event for 30 s");
                break;
            }
            Ok(Err(Error::EventsLost)) => {
                eprintln!("events lost (ENOBUFS)");
                continue;
            }
            Ok(r) => r?,
        };
        for m in d.messages() {
            let link = LinkMsg::parse(&m)?;
            names.update(&m)?;
            let what = Rtnetlink::name(m.header.kind).unwrap_or("?");
            let state = link.attrs.operstate().map(|s| s.to_string().to_uppercase());
            let (name, mac) = (names.label(&link)?, link.attrs.address());
            let mac = mac.map(|a| a.to_string()).unwrap_or_default();
            let (state, flags) = (state.unwrap_or_default(), link.header.ifi_flags);
            println!("[{what}] {name:<16} {state:<14} {mac} <{flags}>");
            seen += 1;
        }
    }
    Ok(())
}
