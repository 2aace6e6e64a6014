//! `ip link add NAME type veth peer name PEER [mtu N]` and `ip link del NAME`, with the typed
//! `rt-link` builders. A rejected request prints the kernel's message, the attribute by its
//! named path and the policy it failed (try a peer name longer than 15 characters).
//!
//! ```text
//! cargo run -p nlcodec-socket --example veth -- add v0 v1 --mtu 1400
//! cargo run -p nlcodec-socket --example veth -- del v0
//! ```

#[path = "common/mod.rs"]
mod common;

use nlcodec::consts::{NLM_F_CREATE, NLM_F_EXCL};
use nlcodec_families::rt_link::{Ifinfomsg, LinkAttrsBuilder, LinkinfoVethAttrsBuilder};
use nlcodec_families::rt_link::{RTM_DELLINK, RTM_NEWLINK};
use nlcodec_socket::message;

const USAGE: &str = "usage: veth add NAME PEER [--mtu N] | veth del NAME";

fn main() -> Result<(), common::Error> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut sock = common::route_socket()?;
    let hdr = Ifinfomsg::default();
    let mut req = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["add", name, peer, ref rest @ ..] => {
            let mtu = match rest {
                [] => None,
                ["--mtu", n] => Some(n.parse()?),
                _ => return Err(USAGE.into()),
            };
            message(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, &hdr, |w| {
                let mut link = LinkAttrsBuilder::new(w);
                link.ifname(name)?;
                if let Some(m) = mtu {
                    link.mtu(m)?;
                }
                let veth = |v: &mut LinkinfoVethAttrsBuilder<_>| {
                    v.peer(&hdr, |p| p.ifname(peer).map(drop)).map(drop)
                };
                link.linkinfo(|li| li.data_veth(veth).map(drop)).map(drop)
            })?
        }
        ["del", name] => {
            let hdr = Ifinfomsg {
                ifi_index: sock.ifindex(name)? as i32,
                ..hdr
            };
            message(RTM_DELLINK, 0, &hdr, |_| Ok(()))?
        }
        _ => return Err(USAGE.into()),
    };
    sock.request(&mut req)?;
    Ok(())
}
