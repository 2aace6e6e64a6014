//! The seed demo, receiving side: binds a `NETLINK_USERSOCK` socket to port id `<port>` and
//! blocks until a message arrives, then prints its text and who sent it.
//!
//! ```text
//! cargo run -p nlcodec-socket --example recv -- 4242            # terminal 1
//! cargo run -p nlcodec-socket --example send -- 4242 "hello"    # terminal 2
//! ```
//!
//! No privilege is needed: any process may bind a free port id and receive unicast.

use nlcodec_socket::{Addr, Kind, Protocol, Socket};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let port: u32 = match std::env::args().nth(1).map(|p| p.parse()) {
        Some(Ok(p)) => p,
        _ => {
            eprintln!("usage: recv <port>");
            std::process::exit(2);
        }
    };
    let mut sock = Socket::new(Protocol::USERSOCK, Kind::Raw)?;
    sock.bind(Addr::port(port))?;
    eprintln!("waiting on NETLINK_USERSOCK port {port}");
    let d = sock.recv()?;
    for m in d.messages() {
        println!(
            "from port {} (type {:#x}, seq {}): {}",
            d.from.port,
            m.header.kind,
            m.header.seq,
            String::from_utf8_lossy(m.payload)
        );
    }
    Ok(())
}
