//! `ip link add NAME type veth peer name PEER [mtu N]` and `ip link del NAME`, with the typed
//! `rt-link` builders. A rejected request prints the kernel's message, the attribute by its
//! named path and the policy it failed (try a peer name longer than 15 characters).
//!
//! ```text
//! cargo run -p nlcodec-socket --example veth -- add v0 v1 --mtu 1400
//! cargo run -p nlcodec-socket --example veth -- del v0
//! ```

use nlcodec::consts::{NLM_F_CREATE, NLM_F_EXCL};
use nlcodec_families::rt_link::{Ifinfomsg, LinkAttrsBuilder, RTM_DELLINK, RTM_NEWLINK};
use nlcodec_families::runtime::Rtnetlink;
use nlcodec_socket::{Protocol, Report, Socket};

fn main() -> Result<(), Report> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut sock = Socket::open(Protocol::ROUTE)?.with_schema(&Rtnetlink);
    let (name, peer, mtu) = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["del", name] => {
            let hdr = sock.link(name)?;
            sock.call(RTM_DELLINK, 0, &hdr, |_| Ok(()))?;
            return Ok(());
        }
        ["add", name, peer] => (name, peer, None),
        ["add", name, peer, "--mtu", n] => (name, peer, Some(n.parse()?)),
        _ => return Err("usage: veth add NAME PEER [--mtu N] | veth del NAME".into()),
    };
    let hdr = Ifinfomsg::default();
    sock.call(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, &hdr, |w| {
        let mut link = LinkAttrsBuilder::new(w);
        link.ifname(name)?;
        if let Some(m) = mtu {
            link.mtu(m)?;
        }
        let peer = |p: &mut LinkAttrsBuilder<_>| p.ifname(peer).map(drop);
        link.linkinfo(|li| li.data_veth(|v| v.peer(&hdr, peer).map(drop)).map(drop))
            .map(drop)
    })?;
    Ok(())
}
