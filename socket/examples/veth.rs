//! `ip link add NAME type veth peer name PEER [mtu N]` and `ip link del NAME`, with the typed
//! `rt-link` builders. A rejected request prints the kernel's message, the attribute by its
//! named path and the policy it failed (try a peer name longer than 15 characters).
//!
//! ```text
//! cargo run -p nlcodec-socket --example veth -- add v0 v1 --mtu 1400
//! cargo run -p nlcodec-socket --example veth -- del v0
//! ```

mod common;

use nlcodec::consts::{NLM_F_CREATE, NLM_F_EXCL};
use nlcodec_families::rt_link::{ops::Dellink, ops::Newlink, Ifinfomsg};
use nlcodec_socket::{Protocol, Report};

fn main() -> Result<(), Report> {
    let cli = common::Args::parse()?;
    let args = &cli.rest;
    let mut sock = cli.open(Protocol::ROUTE)?;
    let hdr = Ifinfomsg::default();
    let (name, peer, mtu) = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["del", name] => return Ok(sock.call(Dellink, 0, &hdr, |l| l.ifname(name))?),
        ["add", name, peer] => (name, peer, None),
        ["add", name, peer, "--mtu", n] => (name, peer, Some(n.parse()?)),
        _ => return Err("usage: veth add NAME PEER [--mtu N] | veth del NAME".into()),
    };
    sock.call(Newlink, NLM_F_CREATE | NLM_F_EXCL, &hdr, |link| {
        link.ifname(name)?;
        if let Some(m) = mtu {
            link.mtu(m)?;
        }
        link.linkinfo(|i| i.data_veth(|v| v.peer(&hdr, |p| p.ifname(peer))))
    })?;
    Ok(())
}
