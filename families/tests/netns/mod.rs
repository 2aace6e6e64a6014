//! Shared by the kernel tests: each test body runs on a thread of its own network namespace,
//! so the host's interfaces and routes are never touched; and a socket with a receive
//! deadline, so a reply that never comes fails the test instead of hanging it.

use nlcodec_socket::{Protocol, Socket};
use rustix::thread::UnshareFlags;
use std::time::Duration;

/// Runs `f` on a thread moved into a fresh network namespace; `None` (after a loud SKIP on
/// stderr) when the machine does not allow it. Panics in `f` fail the test.
pub fn in_netns<T: Send + 'static>(
    test: &str,
    f: impl FnOnce() -> T + Send + 'static,
) -> Option<T> {
    let test = test.to_owned();
    let handle = std::thread::spawn(move || {
        // SAFETY: CLONE_NEWNET only moves this thread into a new network namespace; no file
        // descriptor table is unshared, so no other thread can observe a descriptor it does
        // not own.
        match unsafe { rustix::thread::unshare_unsafe(UnshareFlags::NEWNET) } {
            Ok(()) => Some(f()),
            Err(e) => {
                use std::io::Write;
                let _ = writeln!(
                    std::io::stderr(),
                    "\n!!!! SKIP {test}: cannot create a network namespace ({e}); this test did NOT run\n"
                );
                if std::env::var_os("NLCODEC_REQUIRE_NETNS").is_some() {
                    panic!("{test}: NLCODEC_REQUIRE_NETNS is set but unshare(CLONE_NEWNET) failed: {e}");
                }
                None
            }
        }
    });
    match handle.join() {
        Ok(v) => v,
        Err(p) => std::panic::resume_unwind(p),
    }
}

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
