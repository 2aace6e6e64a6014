//! The `monitor` example on tokio (feature `tokio`): prints link events as they arrive,
//! stopping after `<count>` events or 30 seconds.
//!
//! ```text
//! cargo run -p nlcodec-socket --features tokio --example tokio-monitor -- 3
//! ```

use nlcodec::family::route::RTNLGRP_LINK;
use nlcodec_socket::{AsyncSocket, Error, Protocol, Socket};
use std::time::Duration;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let count: usize = std::env::args()
        .nth(1)
        .map(|c| c.parse())
        .transpose()?
        .unwrap_or(1);
    let sock = Socket::open(Protocol::ROUTE)?;
    sock.add_membership(RTNLGRP_LINK)?;
    let mut sock = AsyncSocket::new(sock)?;
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
            println!(
                "link event: type {} ({} bytes)",
                m.header.kind, m.header.len
            );
            seen += 1;
        }
    }
    Ok(())
}
