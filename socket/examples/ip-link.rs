//! `ip -br link`: dumps the links of the current network namespace and prints one line each
//! (name, operational state, address, flags), read through the typed `rt-link` view.
//!
//! ```text
//! cargo run -p nlcodec-socket --example ip-link
//! ```

#[path = "common/mod.rs"]
mod common;

use nlcodec_families::rt_link::LinkMsg;
use nlcodec_socket::LinkNames;

fn main() -> Result<(), common::Error> {
    let mut sock = common::route_socket()?;
    let links = common::dump_links(&mut sock)?;
    let names = LinkNames::from_reply(&links)?;
    for m in links.messages() {
        println!("{}", common::link_line(&LinkMsg::parse(&m)?, &names));
    }
    Ok(())
}
