//! The seed demo's multicast variant, sending side: sends `<text>` once to
//! `NETLINK_USERSOCK` group `<group>` (1..=32); every member receives it.
//!
//! ```text
//! cargo run -p nlcodec-socket --example mcast-send -- 3 "hi all"
//! ```
//!
//! Sending to a group needs `CAP_NET_ADMIN` unless the protocol allows unprivileged senders
//! (see the README for `NETLINK_USERSOCK`).

use nlcodec::consts::{NLMSG_MIN_TYPE, NLM_F_REQUEST};
use nlcodec::Writer;
use nlcodec_socket::{Addr, Protocol, Socket};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(Ok(group)), Some(text)) = (args.first().map(|p| p.parse::<u32>()), args.get(1))
    else {
        eprintln!("usage: mcast-send <group> <text>");
        std::process::exit(2);
    };
    if !(1..=32).contains(&group) {
        eprintln!("mcast-send: sending addresses groups by mask, so only 1..=32");
        std::process::exit(2);
    }
    let sock = Socket::open(Protocol::USERSOCK)?;
    let mut w = Writer::from_vec(Vec::new());
    w.begin_message(NLMSG_MIN_TYPE, NLM_F_REQUEST, 1, sock.local_addr().port)?;
    w.put(text.as_bytes())?;
    w.end_message()?;
    sock.send_to(w.as_bytes(), Addr::group(group))?;
    eprintln!("sent to group {group}");
    Ok(())
}
