//! The seed demo's multicast variant, receiving side: joins `NETLINK_USERSOCK` group
//! `<group>` (1..=32) and prints every message sent to it. Start several; each gets a copy.
//!
//! ```text
//! cargo run -p nlcodec-socket --example mcast-recv -- 3         # terminals 1, 2, 3...
//! cargo run -p nlcodec-socket --example mcast-send -- 3 "hi all"
//! ```
//!
//! Joining a group needs `CAP_NET_ADMIN` unless the protocol allows unprivileged receivers
//! (see the README for `NETLINK_USERSOCK` on this kernel).

use nlcodec_socket::{Protocol, Socket};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let group: u32 = match std::env::args().nth(1).map(|p| p.parse()) {
        Some(Ok(g)) => g,
        _ => {
            eprintln!("usage: mcast-recv <group> [count]");
            std::process::exit(2);
        }
    };
    let count: usize = std::env::args()
        .nth(2)
        .map(|c| c.parse())
        .transpose()?
        .unwrap_or(1);
    let mut sock = Socket::open(Protocol::USERSOCK)?;
    sock.add_membership(group)?;
    let me = sock.local_addr().port;
    eprintln!("port {me} listening on NETLINK_USERSOCK group {group}");
    for _ in 0..count {
        let d = sock.recv()?;
        for m in d.messages() {
            println!(
                "port {me} got from port {} (group mask {:#x}): {}",
                d.from.port,
                d.from.groups,
                String::from_utf8_lossy(m.payload)
            );
        }
    }
    Ok(())
}
