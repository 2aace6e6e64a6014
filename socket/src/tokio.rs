//! An async wrapper on tokio's `AsyncFd` (feature `tokio`).

use crate::error::{Error, Op};
use crate::socket::{Addr, Datagram, Socket};
use tokio::io::unix::AsyncFd;
use tokio::io::Interest;

/// A [`Socket`] driven by tokio: the socket is switched to non-blocking mode and registered
/// with the runtime's reactor; receives and sends wait for readiness instead of blocking.
///
/// Requests and dumps stay on the blocking API: use a second, blocking [`Socket`] for those,
/// and this one for listening.
///
/// ```no_run
/// # async fn run() -> Result<(), nlcodec_socket::Error> {
/// use nlcodec_socket::{AsyncSocket, Protocol, Socket};
/// let sock = Socket::open(Protocol::ROUTE)?;
/// sock.add_membership(1)?; // RTNLGRP_LINK
/// let mut sock = AsyncSocket::new(sock)?;
/// loop {
///     let d = sock.recv().await?;
///     for m in d.messages() {
///         println!("event type {}", m.header.kind);
///     }
/// }
/// # }
/// ```
#[derive(Debug)]
pub struct AsyncSocket {
    inner: AsyncFd<Socket>,
}

impl AsyncSocket {
    /// Wraps `socket` (must be called inside a tokio runtime with I/O enabled).
    pub fn new(socket: Socket) -> Result<AsyncSocket, Error> {
        socket.set_nonblocking(true)?;
        // SAFETY: a `Socket` owns its `OwnedFd` and nothing in this crate ever closes or
        // replaces it while the socket lives (the field is private to the crate and set once
        // in `Socket::new`), so `as_raw_fd` returns the same open descriptor for the whole
        // life of the `AsyncFd`, as tokio requires.
        #[allow(unsafe_code)]
        let registered = unsafe {
            AsyncFd::register_with_interest(socket, Interest::READABLE | Interest::WRITABLE)
        };
        let inner = registered.map_err(|e| Error::Io {
            op: Op::Open,
            source: e.into(),
        })?;
        Ok(AsyncSocket { inner })
    }

    /// The socket, for options and membership.
    pub fn get_ref(&self) -> &Socket {
        self.inner.get_ref()
    }

    /// Unwraps the socket (still non-blocking).
    pub fn into_inner(self) -> Socket {
        self.inner.into_inner()
    }

    /// Waits for and receives one whole, validated datagram, like [`Socket::recv`].
    pub async fn recv(&mut self) -> Result<Datagram<'_>, Error> {
        loop {
            let mut guard = self.inner.readable_mut().await.map_err(|e| Error::Io {
                op: Op::Recv,
                source: e,
            })?;
            match guard.get_inner_mut().recv_checked() {
                Ok(at) => {
                    drop(guard);
                    return Ok(self.inner.get_ref().datagram(at));
                }
                Err(e) if e.is_would_block() => guard.clear_ready(),
                Err(e) => return Err(e),
            }
        }
    }

    /// Waits until the socket is writable and sends `bytes` to `to`, like
    /// [`Socket::send_to`].
    pub async fn send_to(&self, bytes: &[u8], to: Addr) -> Result<usize, Error> {
        loop {
            let mut guard = self.inner.writable().await.map_err(|e| Error::Io {
                op: Op::Send,
                source: e,
            })?;
            match guard.get_inner().send_to(bytes, to) {
                Err(e) if e.is_would_block() => guard.clear_ready(),
                r => return r,
            }
        }
    }
}
