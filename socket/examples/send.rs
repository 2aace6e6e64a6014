//! The seed demo, sending side: wraps `<text>` in one netlink message (type
//! `NLMSG_MIN_TYPE`) and sends it over `NETLINK_USERSOCK` to port id `<port>`.
//!
//! ```text
//! cargo run -p nlcodec-socket --example send -- 4242 "hello"
//! ```
//!
//! Unicast to another process's port id needs `CAP_NET_ADMIN` unless the protocol allows
//! unprivileged sending; `NETLINK_USERSOCK` does, so no privilege is needed.

use nlcodec::consts::{NLMSG_MIN_TYPE, NLM_F_REQUEST};
use nlcodec::Writer;
use nlcodec_socket::{Addr, Protocol, Socket};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(Ok(port)), Some(text)) = (args.first().map(|p| p.parse::<u32>()), args.get(1)) else {
        eprintln!("usage: send <port> <text>");
        std::process::exit(2);
    };
    let sock = Socket::open(Protocol::USERSOCK)?;
    let mut w = Writer::from_vec(Vec::new());
    w.begin_message(NLMSG_MIN_TYPE, NLM_F_REQUEST, 1, sock.local_addr().port)?;
    w.put(text.as_bytes())?;
    w.end_message()?;
    let n = sock.send_to(w.as_bytes(), Addr::port(port))?;
    eprintln!(
        "sent {n} bytes from port {} to port {port}",
        sock.local_addr().port
    );
    Ok(())
}
