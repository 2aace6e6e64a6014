//! The transport seam: what moves datagrams for a [`Socket`](crate::Socket). The request,
//! dump and monitor logic is the same over the kernel ([`Kernel`]), a fake
//! ([`Fake`](crate::Fake)) or a recording ([`Replay`](crate::Replay)).

use crate::addr::Addr;
use crate::error::{Error, Op};
use crate::sys;
use rustix::event::{PollFd, PollFlags, Timespec};
use rustix::net::SendFlags;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd, RawFd};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

/// What [`Transport::recv`] returns: the length and sender of the datagram received, or
/// `None` when the deadline passed first.
pub type Received = Result<Option<(usize, Addr)>, Error>;

/// Moves whole datagrams between a [`Socket`](crate::Socket) and its peer.
///
/// Implement it to run the crate's request, dump and monitor logic over something else than
/// a kernel socket. A receive that would wait past its deadline returns `Ok(None)`: nothing
/// in this crate waits forever unless the caller asked for it (`deadline: None`).
///
/// ```
/// use nlcodec_socket::{Addr, Error, Protocol, Received, Socket, Transport};
/// use std::time::Instant;
///
/// /// A peer that never answers.
/// struct Silent;
/// impl Transport for Silent {
///     fn send(&mut self, bytes: &[u8], _: Addr, _: Option<Instant>) -> Result<usize, Error> {
///         Ok(bytes.len())
///     }
///     fn recv(&mut self, _: &mut Vec<u8>, _: Option<Instant>) -> Received {
///         Ok(None)
///     }
///     fn local_addr(&mut self) -> Result<Addr, Error> { Ok(Addr::port(1)) }
/// }
///
/// let mut s = Socket::with_transport(Protocol::ROUTE, Silent).unwrap();
/// let mut req = nlcodec_socket::message(nlcodec_families::rt_link::RTM_GETLINK, 0, &nlcodec_families::rt_link::Ifinfomsg::default(), |_| Ok(())).unwrap();
/// assert!(matches!(s.dump(&mut req), Err(Error::Timeout { .. })));
/// ```
pub trait Transport {
    /// Sends one datagram to `to`, giving up with [`Error::Timeout`] at `deadline` (a
    /// peer whose receive queue stays full); returns the bytes sent.
    fn send(&mut self, bytes: &[u8], to: Addr, deadline: Option<Instant>) -> Result<usize, Error>;

    /// Receives one whole datagram into `buf` (grown as needed, never cut), waiting at most
    /// until `deadline` (`None`: as long as it takes). Returns its length and sender, or
    /// `None` when the deadline passed first.
    fn recv(&mut self, buf: &mut Vec<u8>, deadline: Option<Instant>) -> Received;

    /// The address replies are sent to (the port id the peer fills into its answers).
    fn local_addr(&mut self) -> Result<Addr, Error>;

    /// Makes room for one datagram of `len` bytes to be sent whole: a transaction
    /// ([`Socket::transaction`](crate::Socket::transaction)) must go in one datagram, since
    /// the kernel applies all of it or nothing only within one. The kernel transport raises
    /// `SO_SNDBUF` when it is smaller; in-memory transports need nothing (the default).
    fn reserve_send(&mut self, len: usize) -> Result<(), Error> {
        let _ = len;
        Ok(())
    }
}

/// A boxed transport is one too, so the transport can be chosen at run time (the kernel, or
/// a replay of a recording) behind one type.
///
/// ```
/// use nlcodec_socket::{Fake, Protocol, Socket, Transport};
/// let t: Box<dyn Transport + Send> = Box::new(Fake::new(|req| vec![req.ack()]));
/// let mut s: Socket<Box<dyn Transport + Send>> = Socket::with_transport(Protocol::ROUTE, t).unwrap();
/// let mut req = nlcodec_socket::message(nlcodec_families::rt_link::RTM_SETLINK, 0, &nlcodec_families::rt_link::Ifinfomsg::default(), |_| Ok(())).unwrap();
/// assert!(s.request(&mut req).is_ok());
/// ```
impl<T: Transport + ?Sized> Transport for Box<T> {
    fn send(&mut self, bytes: &[u8], to: Addr, deadline: Option<Instant>) -> Result<usize, Error> {
        (**self).send(bytes, to, deadline)
    }

    fn recv(&mut self, buf: &mut Vec<u8>, deadline: Option<Instant>) -> Received {
        (**self).recv(buf, deadline)
    }

    fn local_addr(&mut self) -> Result<Addr, Error> {
        (**self).local_addr()
    }

    fn reserve_send(&mut self, len: usize) -> Result<(), Error> {
        (**self).reserve_send(len)
    }
}

/// The real transport: an open `AF_NETLINK` socket descriptor.
///
/// ```
/// use nlcodec_socket::{Kernel, Protocol, Socket};
/// let s: Socket<Kernel> = Socket::open(Protocol::ROUTE).unwrap();
/// assert_ne!(s.local_addr().port, 0);
/// ```
#[derive(Debug)]
pub struct Kernel {
    pub(crate) fd: OwnedFd,
    /// Set by `Socket::set_nonblocking`: receives then try once instead of waiting.
    pub(crate) nonblocking: AtomicBool,
}

impl Kernel {
    /// Receives one datagram into `buf` without ever cutting it (see
    /// [`Socket::recv_into`](crate::Socket::recv_into)); `dontwait` adds `MSG_DONTWAIT`.
    ///
    /// The size is learnt first with `MSG_PEEK | MSG_TRUNC` into an empty buffer (nothing is
    /// copied); the datagram is then read once, with its multicast group
    /// (`NETLINK_PKTINFO`).
    pub(crate) fn recv_into(&self, buf: &mut [u8], dontwait: bool) -> Result<(usize, Addr), Error> {
        let wait = if dontwait { libc::MSG_DONTWAIT } else { 0 };
        let peek = sys::recv_msg(self.fd.as_fd(), &mut [], libc::MSG_PEEK | wait)
            .map_err(|e| Error::io(Op::Recv, e))?;
        if peek.len > buf.len() {
            return Err(Error::BufferTooSmall {
                needed: peek.len,
                capacity: buf.len(),
            });
        }
        let got = sys::recv_msg(self.fd.as_fd(), buf, wait).map_err(|e| Error::io(Op::Recv, e))?;
        if got.len > buf.len() {
            // Another thread swapped the queue between the two calls; never hand back a cut
            // datagram.
            return Err(Error::BufferTooSmall {
                needed: got.len,
                capacity: buf.len(),
            });
        }
        let from = Addr {
            port: got.port,
            groups: got.groups,
            group: got.group,
        };
        Ok((got.len, from))
    }

    /// Waits until the descriptor is readable or `deadline` passes (false).
    pub(crate) fn wait_readable(&self, deadline: Option<Instant>) -> Result<bool, Error> {
        loop {
            // Past the deadline the poll still runs once, with a zero timeout: what is already
            // queued is read even with a zero timeout.
            let left = deadline.map(|d| d.saturating_duration_since(Instant::now()));
            let timeout = left.map(|left| {
                Timespec::try_from(left).unwrap_or(Timespec {
                    tv_sec: i64::MAX,
                    tv_nsec: 0,
                })
            });
            let mut fds = [PollFd::new(&self.fd, PollFlags::IN)];
            match rustix::event::poll(&mut fds, timeout.as_ref()) {
                Ok(0) if left.is_some_and(|l| l.is_zero()) => return Ok(false),
                Ok(0) => continue, // loop re-checks the deadline
                Ok(_) => return Ok(true),
                Err(rustix::io::Errno::INTR) => continue,
                Err(e) => return Err(Error::io(Op::Recv, e)),
            }
        }
    }
}

/// The smallest receive buffer kept (the kernel's own dump chunks stay below 32 KiB; larger
/// datagrams grow it).
pub(crate) const MIN_RECV_BUF: usize = 32 * 1024;

impl Transport for Kernel {
    fn send(&mut self, bytes: &[u8], to: Addr, deadline: Option<Instant>) -> Result<usize, Error> {
        let once = self.nonblocking.load(Ordering::Relaxed);
        send_to(&self.fd, bytes, to, deadline, once)
    }

    fn recv(&mut self, buf: &mut Vec<u8>, deadline: Option<Instant>) -> Received {
        if buf.len() < MIN_RECV_BUF {
            buf.resize(MIN_RECV_BUF, 0);
        }
        let once = self.nonblocking.load(Ordering::Relaxed);
        // What is queued already is read without a poll first: during a dump the kernel
        // queues the next chunk while the previous one is read, so the poll is only made
        // (and only waits) when the queue is empty.
        let mut poll = false;
        loop {
            if poll && !self.wait_readable(deadline)? {
                return Ok(None);
            }
            match self.recv_into(buf, true) {
                Ok(r) => return Ok(Some(r)),
                Err(Error::BufferTooSmall { needed, .. }) => buf.resize(needed, 0),
                // Nothing queued (or readable but gone to another reader): wait.
                Err(e) if e.is_would_block() && !once => poll = true,
                Err(e) => return Err(e),
            }
        }
    }

    fn local_addr(&mut self) -> Result<Addr, Error> {
        let any = rustix::net::getsockname(&self.fd).map_err(|e| Error::io(Op::LocalAddr, e))?;
        let nl = rustix::net::netlink::SocketAddrNetlink::try_from(any)
            .map_err(|e| Error::io(Op::LocalAddr, e))?;
        Ok(Addr::from_rustix(nl))
    }

    /// The kernel refuses a datagram longer than the send buffer less 32 bytes
    /// (`EMSGSIZE`): the buffer is raised to fit, with `SO_SNDBUFFORCE` (past
    /// `net.core.wmem_max`, with `CAP_NET_ADMIN`) or else `SO_SNDBUF`.
    fn reserve_send(&mut self, len: usize) -> Result<(), Error> {
        use rustix::net::sockopt;
        let need = len.saturating_add(64);
        let have = sockopt::socket_send_buffer_size(&self.fd)
            .map_err(|e| Error::io(Op::SockOpt("SO_SNDBUF"), e))?;
        if have >= need {
            return Ok(());
        }
        // The kernel doubles what is set (half of it is bookkeeping).
        let set = need.div_ceil(2);
        sockopt::set_socket_send_buffer_size_force(&self.fd, set)
            .or_else(|_| sockopt::set_socket_send_buffer_size(&self.fd, set))
            .map_err(|e| Error::io(Op::SockOpt("SO_SNDBUF"), e))
    }
}

/// `sendto` without blocking: a full receive queue at a user-space peer (`EAGAIN`) is
/// retried every millisecond until `deadline` ([`Error::Timeout`]), or returned at once
/// when `once` (a non-blocking socket). The one `ECONNREFUSED` of a group send on a
/// kernel-less protocol is taken as success (see [`Socket::send_to`](crate::Socket::send_to)).
pub(crate) fn send_to(
    fd: &OwnedFd,
    bytes: &[u8],
    to: Addr,
    deadline: Option<Instant>,
    once: bool,
) -> Result<usize, Error> {
    let started = Instant::now();
    loop {
        match rustix::net::sendto(fd, bytes, SendFlags::DONTWAIT, &to.to_rustix()) {
            Err(rustix::io::Errno::CONNREFUSED) if to.groups != 0 && to.port == 0 => {
                return Ok(bytes.len())
            }
            Err(rustix::io::Errno::AGAIN) if !once => {
                if deadline.is_some_and(|d| Instant::now() >= d) {
                    return Err(Error::Timeout {
                        waited: started.elapsed(),
                    });
                }
                std::thread::sleep(std::time::Duration::from_millis(1));
            }
            Err(rustix::io::Errno::INTR) => {}
            r => return r.map_err(|e| Error::io(Op::Send, e)),
        }
    }
}

impl AsFd for Kernel {
    fn as_fd(&self) -> BorrowedFd<'_> {
        self.fd.as_fd()
    }
}

impl AsRawFd for Kernel {
    fn as_raw_fd(&self) -> RawFd {
        self.fd.as_raw_fd()
    }
}

/// What an in-memory transport's [`Transport::recv`] returns for a datagram it holds: the
/// bytes copied to the front of `buf` (grown to fit, never cut), their length and sender.
///
/// ```
/// use nlcodec_socket::{deliver, Addr};
/// let mut buf = Vec::new();
/// assert_eq!(deliver(&mut buf, b"abc", Addr::KERNEL), Some((3, Addr::KERNEL)));
/// assert_eq!(&buf[..3], b"abc");
/// ```
pub fn deliver(buf: &mut Vec<u8>, bytes: &[u8], from: Addr) -> Option<(usize, Addr)> {
    if buf.len() < bytes.len() {
        buf.resize(bytes.len(), 0);
    }
    buf[..bytes.len()].copy_from_slice(bytes);
    Some((bytes.len(), from))
}
