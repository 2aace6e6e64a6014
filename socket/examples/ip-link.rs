//! `ip -br link`: dumps the links of the current network namespace and prints one line each
//! (name`@peer`, operational state, address, flags), read through the typed `rt-link` view.
//! `NLCODEC_RECORD=FILE` records the run as pcap, `NLCODEC_REPLAY=FILE` replays one.
//!
//! ```text
//! cargo run -p nlcodec-socket --example ip-link
//! ```

mod common;

use nlcodec_families::rt_link::{ops::Getlink, Ifinfomsg};
use nlcodec_socket::{LinkNames, Protocol, Report};

fn main() -> Result<(), Report> {
    let args = common::Args::parse()?;
    let mut sock = args.open_from_env(Protocol::ROUTE)?;
    let links = sock.dump_all(Getlink, &Ifinfomsg::default())?;
    let names = LinkNames::from_reply(links.reply())?;
    for l in &links {
        let l = l?;
        let name = names.label(&l)?;
        let state = l.attrs.operstate().map(|s| s.to_string().to_uppercase());
        let mac = l.attrs.address().map(|a| a.to_string());
        let (state, mac) = (state.unwrap_or_default(), mac.unwrap_or_default());
        println!("{name:<16} {state:<14} {mac} <{}>", l.header.ifi_flags);
    }
    Ok(())
}
