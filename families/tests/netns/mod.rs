//! Shared by the kernel tests: each test body runs on a thread of its own network namespace,
//! so the host's interfaces and routes are never touched; and a socket with a receive
//! deadline, so a reply that never comes fails the test instead of hanging it.

use nlcodec_socket::{Protocol, Socket};
use std::time::Duration;

// The namespace runner is the socket crate's (one copy for both test suites).
#[path = "../../../socket/tests/netns/mod.rs"]
mod runner;

pub use runner::in_netns;

/// A socket of `protocol` with extended ACKs on and a 5-second receive deadline.
pub fn socket(protocol: Protocol) -> Socket {
    let s = Socket::open(protocol).unwrap();
    s.set_ext_ack(true).unwrap();
    rustix::net::sockopt::set_socket_timeout(
        &s,
        rustix::net::sockopt::Timeout::Recv,
        Some(Duration::from_secs(5)),
    )
    .unwrap();
    s
}
