//! The tokio wrapper, in a private network namespace (see `kernel.rs` for the rules).
#![cfg(feature = "tokio")]

use nlcodec::Writer;
use nlcodec_socket::{Addr, AsyncSocket, Protocol, Socket};
use rustix::thread::UnshareFlags;
use std::io::Write;
use std::time::Duration;

#[test]
fn async_socket_receives_user_messages_and_link_events() {
    let ok = std::thread::spawn(|| {
        // SAFETY: CLONE_NEWNET only moves this thread to a new network namespace; no file
        // descriptor table is unshared.
        if let Err(e) = unsafe { rustix::thread::unshare_unsafe(UnshareFlags::NEWNET) } {
            let _ = writeln!(
                std::io::stderr(),
                "\n!!!! SKIP async test: no network namespace ({e}); this test did NOT run\n"
            );
            assert!(
                std::env::var_os("NLCODEC_REQUIRE_NETNS").is_none(),
                "unshare failed: {e}"
            );
            return false;
        }
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        rt.block_on(async {
            let rx = Socket::open(Protocol::USERSOCK).unwrap();
            let port = rx.local_addr().port;
            let mut rx = AsyncSocket::new(rx).unwrap();
            let tx = AsyncSocket::new(Socket::open(Protocol::USERSOCK).unwrap()).unwrap();
            let mut w = Writer::from_vec(Vec::new());
            w.begin_message(0x10, 0, 7, 0).unwrap();
            w.put(b"async hello").unwrap();
            w.end_message().unwrap();
            let sender = async {
                tokio::time::sleep(Duration::from_millis(50)).await;
                tx.send_to(w.as_bytes(), Addr::port(port)).await.unwrap();
            };
            let receiver = async {
                let d = tokio::time::timeout(Duration::from_secs(5), rx.recv())
                    .await
                    .unwrap()
                    .unwrap();
                (d.from.port, d.messages().next().unwrap().payload.to_vec())
            };
            let ((), (from, payload)) = tokio::join!(sender, receiver);
            assert_eq!(from, tx.get_ref().local_addr().port);
            assert_eq!(payload, b"async hello");
        });
        true
    })
    .join()
    .unwrap();
    let _ = ok;
}
