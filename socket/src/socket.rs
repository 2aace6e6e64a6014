//! The socket itself: open, bind, options, membership, send, receive.

use crate::addr::{rustix_protocol, Addr, Kind};
use crate::datagram::{check_stream, Datagram};
use crate::error::{Error, Op};
use crate::exchange::{SchemaRef, Skipped, Unfinished};
use crate::genl::GenlFamily;
use crate::slot::Slot;
use crate::sys;
use crate::transport::{Kernel, Transport, MIN_RECV_BUF};
use nlcodec::consts::*;
use nlcodec::schema::Schema;
use nlcodec::Protocol;
use nlcodec_families::runtime::{schema_of, GenlRegistry};
use rustix::net::{AddressFamily, SocketFlags, SocketType};
use std::collections::HashMap;
use std::os::fd::{AsFd, AsRawFd, BorrowedFd, OwnedFd, RawFd};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A netlink socket.
///
/// Thin: it moves bytes built by [`nlcodec::Writer`] to the kernel (or another process) and
/// hands what comes back to [`nlcodec::messages`]. The file descriptor is exposed through
/// [`AsFd`]/[`AsRawFd`] so any event loop can poll it.
///
/// The transport `T` is the kernel by default ([`Kernel`]); the same request, dump and
/// monitor logic runs over a [`Fake`](crate::Fake) (tests without root or kernel) or a
/// [`Replay`](crate::Replay) of a recording (see [`Socket::with_transport`]).
///
/// Nothing waits forever: requests, dumps and [`recv`](Self::recv) give up with
/// [`Error::Timeout`] after [`timeout`](Self::timeout) (10 seconds unless
/// [`set_timeout`](Self::set_timeout) changed it).
///
/// ```no_run
/// use nlcodec_socket::{Protocol, Socket};
/// # fn main() -> Result<(), nlcodec_socket::Error> {
/// let mut sock = Socket::open(Protocol::ROUTE)?; // bound, the kernel picked the port id
/// sock.set_ext_ack(true)?;
/// println!("port id {}", sock.local_addr().port);
/// # Ok(()) }
/// ```
#[derive(Debug)]
pub struct Socket<T: Transport = Kernel> {
    pub(crate) io: T,
    pub(crate) protocol: Protocol,
    pub(crate) local: Addr,
    pub(crate) seq: u32,
    pub(crate) rbuf: Vec<u8>,
    pub(crate) datagrams: u64,
    pub(crate) header_len: fn(u16) -> usize,
    pub(crate) skipped: Skipped,
    pub(crate) unfinished: Option<Unfinished>,
    pub(crate) reply_limit: Option<usize>,
    pub(crate) schema: Option<SchemaRef>,
    /// The generic netlink families resolved on this socket, by id: the default schema.
    pub(crate) resolved: Option<Arc<GenlRegistry>>,
    pub(crate) timeout: Duration,
    pub(crate) genl: HashMap<String, GenlFamily>,
    /// Requests sent with `send_request` and not yet waited for.
    pub(crate) inflight: Vec<Slot>,
    /// How many times a collecting dump is sent again after `NLM_F_DUMP_INTR`.
    pub(crate) dump_retries: u32,
    /// Dumps sent again so far.
    pub(crate) dumps_retried: u64,
}

/// How many times a collecting dump is sent again when the kernel says it was interrupted
/// (`NLM_F_DUMP_INTR`), unless [`Socket::set_dump_retries`] changes it.
pub const DEFAULT_DUMP_RETRIES: u32 = 10;

/// The deadline of requests, dumps and receives unless [`Socket::set_timeout`] changes it.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// The most bytes of messages a collecting call ([`Socket::request`], [`Socket::dump`]) keeps
/// unless [`Socket::set_reply_limit`] changes it: 1 GiB, ten times a dump of a million
/// routes, so only a peer that never ends its answer reaches it.
pub const DEFAULT_REPLY_LIMIT: usize = 1 << 30;

impl Socket {
    /// Opens an unbound socket of `protocol` and `kind`, close-on-exec.
    ///
    /// The kernel binds it to a free port id at the first send; call [`bind`](Self::bind)
    /// first to choose one or to learn it.
    ///
    /// ```no_run
    /// use nlcodec_socket::{Addr, Kind, Protocol, Socket};
    /// let mut s = Socket::new(Protocol::USERSOCK, Kind::Dgram).unwrap();
    /// s.bind(Addr::port(7000)).unwrap();
    /// ```
    pub fn new(protocol: Protocol, kind: Kind) -> Result<Socket, Error> {
        let ty = match kind {
            Kind::Raw => SocketType::RAW,
            Kind::Dgram => SocketType::DGRAM,
        };
        let fd = rustix::net::socket_with(
            AddressFamily::NETLINK,
            ty,
            SocketFlags::CLOEXEC,
            rustix_protocol(protocol),
        )
        .map_err(|e| Error::io(Op::Open, e))?;
        // Every datagram then says which multicast group it came through, also above 32
        // (where the sender address has no mask bit). Best effort: before Linux 2.6.14 there
        // is no such option, and only groups 1..=32 are told apart by mask.
        let _ = sys::set_int(fd.as_fd(), NETLINK_PKTINFO, 1);
        Ok(Socket::from_parts(
            Kernel {
                fd,
                nonblocking: false.into(),
            },
            protocol,
            Addr::default(),
        ))
    }

    /// Opens a `SOCK_RAW` socket of `protocol`, binds it to a port id the kernel picks and
    /// turns extended ACKs on ([`set_ext_ack`](Self::set_ext_ack), as pyroute2 and
    /// mdlayher/netlink do), so that kernel errors come with their explanation and the
    /// offending attribute; a kernel without `NETLINK_EXT_ACK` (before 4.12) just sends
    /// plain errors. [`Socket::new`] opens one with the kernel's defaults.
    ///
    /// ```no_run
    /// let s = nlcodec_socket::Socket::open(nlcodec_socket::Protocol::GENERIC).unwrap();
    /// assert_ne!(s.local_addr().port, 0);
    /// assert!(s.ext_ack().unwrap());
    /// ```
    pub fn open(protocol: Protocol) -> Result<Socket, Error> {
        Socket::new(protocol, Kind::Raw)?.bound_with_ext_ack()
    }

    /// What [`open`](Self::open) does after `socket()`: bind to a free port id, extended
    /// ACKs on.
    pub(crate) fn bound_with_ext_ack(mut self) -> Result<Socket, Error> {
        self.bind(Addr::default())?;
        // Best effort: without it errors are plain, which is no reason to fail.
        let _ = self.set_ext_ack(true);
        Ok(self)
    }

    /// Binds to `addr`: port 0 lets the kernel pick a free port id; `groups` joins the
    /// legacy multicast groups 1..=32 by mask. Then reads back the bound address.
    ///
    /// ```no_run
    /// use nlcodec_socket::{Addr, Protocol, Socket};
    /// let mut s = Socket::new(Protocol::ROUTE, Default::default()).unwrap();
    /// s.bind(Addr { groups: 1, ..Addr::KERNEL }).unwrap(); // RTNLGRP_LINK by mask
    /// ```
    pub fn bind(&mut self, addr: Addr) -> Result<Addr, Error> {
        rustix::net::bind(&self.io.fd, &addr.to_rustix()).map_err(|e| Error::io(Op::Bind, e))?;
        self.refresh_local_addr()
    }

    /// Joins multicast group `group` (any number, including those above 32) with
    /// `NETLINK_ADD_MEMBERSHIP`.
    ///
    /// ```
    /// use nlcodec_socket::{Protocol, Socket};
    /// let s = Socket::open(Protocol::ROUTE).unwrap();
    /// s.add_membership(1).unwrap(); // RTNLGRP_LINK
    /// s.add_membership(33).unwrap(); // RTNLGRP_BRVLAN: above 32, only by number
    /// s.drop_membership(33).unwrap();
    /// ```
    pub fn add_membership(&self, group: u32) -> Result<(), Error> {
        self.set_opt(
            "NETLINK_ADD_MEMBERSHIP",
            NETLINK_ADD_MEMBERSHIP,
            group as i32,
        )
    }

    /// Joins each of `groups` ([`add_membership`](Self::add_membership)), in order; stops
    /// at the first that fails.
    ///
    /// ```
    /// use nlcodec_socket::{Protocol, Socket};
    /// let s = Socket::open(Protocol::ROUTE).unwrap();
    /// s.add_memberships(&[1, 5, 7]).unwrap(); // links, IPv4 addresses, IPv4 routes
    /// ```
    pub fn add_memberships(&self, groups: &[u32]) -> Result<(), Error> {
        groups.iter().try_for_each(|&g| self.add_membership(g))
    }

    /// Leaves multicast group `group` with `NETLINK_DROP_MEMBERSHIP`.
    pub fn drop_membership(&self, group: u32) -> Result<(), Error> {
        self.set_opt(
            "NETLINK_DROP_MEMBERSHIP",
            NETLINK_DROP_MEMBERSHIP,
            group as i32,
        )
    }

    fn set_opt(&self, name: &'static str, opt: i32, v: i32) -> Result<(), Error> {
        sys::set_int(self.io.fd.as_fd(), opt, v).map_err(|e| Error::io(Op::SockOpt(name), e))
    }

    fn get_opt(&self, name: &'static str, opt: i32) -> Result<bool, Error> {
        sys::get_int(self.io.fd.as_fd(), opt)
            .map(|v| v != 0)
            .map_err(|e| Error::io(Op::SockOpt(name), e))
    }

    /// `NETLINK_EXT_ACK`: have the kernel add extended-ACK TLVs (an explanation, the offset
    /// of the offending attribute) to its errors.
    ///
    /// ```
    /// let s = nlcodec_socket::Socket::open(nlcodec_socket::Protocol::ROUTE).unwrap();
    /// s.set_ext_ack(true).unwrap();
    /// assert!(s.ext_ack().unwrap());
    /// ```
    pub fn set_ext_ack(&self, on: bool) -> Result<(), Error> {
        self.set_opt("NETLINK_EXT_ACK", NETLINK_EXT_ACK, on as i32)
    }

    /// Reads `NETLINK_EXT_ACK`.
    pub fn ext_ack(&self) -> Result<bool, Error> {
        self.get_opt("NETLINK_EXT_ACK", NETLINK_EXT_ACK)
    }

    /// `NETLINK_GET_STRICT_CHK`: have the kernel check dump requests' headers and attributes
    /// strictly (a rejected dump ends with an `NLMSG_DONE` carrying the error).
    ///
    /// ```
    /// let s = nlcodec_socket::Socket::open(nlcodec_socket::Protocol::ROUTE).unwrap();
    /// s.set_strict_checking(true).unwrap();
    /// assert!(s.strict_checking().unwrap());
    /// ```
    pub fn set_strict_checking(&self, on: bool) -> Result<(), Error> {
        self.set_opt("NETLINK_GET_STRICT_CHK", NETLINK_GET_STRICT_CHK, on as i32)
    }

    /// Reads `NETLINK_GET_STRICT_CHK`.
    pub fn strict_checking(&self) -> Result<bool, Error> {
        self.get_opt("NETLINK_GET_STRICT_CHK", NETLINK_GET_STRICT_CHK)
    }

    /// `NETLINK_CAP_ACK`: errors echo only the request's header, not the whole request.
    pub fn set_cap_ack(&self, on: bool) -> Result<(), Error> {
        self.set_opt("NETLINK_CAP_ACK", NETLINK_CAP_ACK, on as i32)
    }

    /// `NETLINK_NO_ENOBUFS`: never report `ENOBUFS` (events are still dropped, silently).
    pub fn set_no_enobufs(&self, on: bool) -> Result<(), Error> {
        self.set_opt("NETLINK_NO_ENOBUFS", NETLINK_NO_ENOBUFS, on as i32)
    }

    /// `NETLINK_LISTEN_ALL_NSID`: receive multicast from every network namespace that has an
    /// id in this one (needs `CAP_NET_BROADCAST`).
    pub fn set_listen_all_nsid(&self, on: bool) -> Result<(), Error> {
        self.set_opt(
            "NETLINK_LISTEN_ALL_NSID",
            NETLINK_LISTEN_ALL_NSID,
            on as i32,
        )
    }

    /// `SO_RCVBUF`: the receive buffer size (the kernel doubles it and caps it at
    /// `net.core.rmem_max`).
    ///
    /// ```
    /// let s = nlcodec_socket::Socket::open(nlcodec_socket::Protocol::ROUTE).unwrap();
    /// s.set_recv_buffer_size(64 * 1024).unwrap();
    /// assert!(s.recv_buffer_size().unwrap() >= 64 * 1024);
    /// ```
    pub fn set_recv_buffer_size(&self, bytes: usize) -> Result<(), Error> {
        rustix::net::sockopt::set_socket_recv_buffer_size(&self.io.fd, bytes)
            .map_err(|e| Error::io(Op::SockOpt("SO_RCVBUF"), e))
    }

    /// `SO_RCVBUFFORCE`: like [`set_recv_buffer_size`](Self::set_recv_buffer_size) past
    /// `rmem_max` (needs `CAP_NET_ADMIN`).
    pub fn set_recv_buffer_size_force(&self, bytes: usize) -> Result<(), Error> {
        rustix::net::sockopt::set_socket_recv_buffer_size_force(&self.io.fd, bytes)
            .map_err(|e| Error::io(Op::SockOpt("SO_RCVBUFFORCE"), e))
    }

    /// Reads `SO_RCVBUF` (the doubled value the kernel really uses).
    pub fn recv_buffer_size(&self) -> Result<usize, Error> {
        rustix::net::sockopt::socket_recv_buffer_size(&self.io.fd)
            .map_err(|e| Error::io(Op::SockOpt("SO_RCVBUF"), e))
    }

    /// Switches non-blocking mode: receives then fail with an error for which
    /// [`Error::is_would_block`] is true instead of waiting.
    ///
    /// ```
    /// let mut s = nlcodec_socket::Socket::open(nlcodec_socket::Protocol::USERSOCK).unwrap();
    /// s.set_nonblocking(true).unwrap();
    /// assert!(s.recv().unwrap_err().is_would_block()); // nobody sent anything
    /// ```
    pub fn set_nonblocking(&self, on: bool) -> Result<(), Error> {
        rustix::io::ioctl_fionbio(&self.io.fd, on).map_err(|e| Error::io(Op::NonBlocking, e))?;
        self.io
            .nonblocking
            .store(on, std::sync::atomic::Ordering::Relaxed);
        Ok(())
    }

    /// Sends `bytes` to the kernel (port id 0).
    pub fn send(&self, bytes: &[u8]) -> Result<usize, Error> {
        self.send_to(bytes, Addr::KERNEL)
    }

    /// Sends `bytes` to `to`: another process's port id, or a group mask (`groups`, needs
    /// the protocol to allow it or `CAP_NET_ADMIN`).
    ///
    /// ```no_run
    /// use nlcodec_socket::{Addr, Protocol, Socket};
    /// let s = Socket::open(Protocol::USERSOCK).unwrap();
    /// s.send_to(b"...", Addr::port(4242)).unwrap();
    /// ```
    ///
    /// A peer whose receive queue is full is waited for up to the socket's
    /// [`timeout`](Self::timeout) ([`Error::Timeout`]), never forever.
    ///
    /// Sending to a group mask with port 0 also unicasts to port 0; on a protocol with no
    /// kernel socket (`NETLINK_USERSOCK`) that part fails with `ECONNREFUSED` after the
    /// group members got their copies, so that one error is taken as success here.
    pub fn send_to(&self, bytes: &[u8], to: Addr) -> Result<usize, Error> {
        let once = self
            .io
            .nonblocking
            .load(std::sync::atomic::Ordering::Relaxed);
        crate::transport::send_to(&self.io.fd, bytes, to, Some(self.deadline()), once)
    }

    /// Receives one datagram into `buf` without ever cutting it: the datagram is first
    /// peeked with `MSG_PEEK | MSG_TRUNC` to learn its size; if it does not fit,
    /// [`Error::BufferTooSmall`] says how much is needed and the datagram stays queued.
    /// Returns its length and sender.
    ///
    /// ```no_run
    /// let s = nlcodec_socket::Socket::open(nlcodec_socket::Protocol::USERSOCK).unwrap();
    /// let mut buf = [0u8; 8192];
    /// match s.recv_into(&mut buf) {
    ///     Ok((n, from)) => println!("{n} bytes from {}", from.port),
    ///     Err(nlcodec_socket::Error::BufferTooSmall { needed, .. }) => println!("need {needed}"),
    ///     Err(e) => panic!("{e}"),
    /// }
    /// ```
    ///
    /// Like every receive here it waits at most the socket's [`timeout`](Self::timeout)
    /// ([`Error::Timeout`]).
    pub fn recv_into(&self, buf: &mut [u8]) -> Result<(usize, Addr), Error> {
        let started = Instant::now();
        let once = self
            .io
            .nonblocking
            .load(std::sync::atomic::Ordering::Relaxed);
        loop {
            if !once && !self.io.wait_readable(Some(self.deadline()))? {
                return Err(Error::Timeout {
                    waited: started.elapsed(),
                });
            }
            match self.io.recv_into(buf, true) {
                Err(e) if e.is_would_block() && !once => {}
                r => return r,
            }
        }
    }
}

impl<T: Transport> Socket<T> {
    pub(crate) fn from_parts(io: T, protocol: Protocol, local: Addr) -> Socket<T> {
        Socket {
            io,
            protocol,
            local,
            seq: 0,
            rbuf: Vec::new(),
            datagrams: 0,
            header_len: nlcodec_families::runtime::family_header_len(protocol),
            skipped: Skipped::default(),
            unfinished: None,
            reply_limit: Some(DEFAULT_REPLY_LIMIT),
            schema: None,
            // A generic netlink socket names nlctrl's messages from the start.
            resolved: (protocol == Protocol::GENERIC).then(|| Arc::new(GenlRegistry::new())),
            timeout: DEFAULT_TIMEOUT,
            genl: HashMap::new(),
            inflight: Vec::new(),
            dump_retries: DEFAULT_DUMP_RETRIES,
            dumps_retried: 0,
        }
    }

    /// A socket of `protocol` over another transport: a [`Fake`](crate::Fake), a
    /// [`Replay`](crate::Replay), a [`Record`](crate::Record) or your own. Its port id is
    /// the transport's [`local_addr`](Transport::local_addr).
    ///
    /// ```
    /// use nlcodec_socket::{Fake, Protocol, Socket};
    /// let s = Socket::with_transport(Protocol::ROUTE, Fake::new(|req| vec![req.ack()])).unwrap();
    /// assert_eq!(s.local_addr().port, nlcodec_socket::Fake::PORT);
    /// ```
    pub fn with_transport(protocol: Protocol, mut io: T) -> Result<Socket<T>, Error> {
        let local = io.local_addr()?;
        Ok(Socket::from_parts(io, protocol, local))
    }

    /// The same socket (schema, timeout, sequence numbers, caches) over the transport `f`
    /// makes of this one's (a wrapper such as [`Record`](crate::Record)).
    ///
    /// ```
    /// use nlcodec_socket::{Fake, Protocol, Socket};
    /// let s = Socket::with_transport(Protocol::ROUTE, Fake::new(|_| vec![])).unwrap();
    /// let s = s.map_transport(|f| Ok(f.with_port(9))).unwrap();
    /// assert_eq!(s.local_addr().port, 4242); // the address is kept until refreshed
    /// ```
    pub fn map_transport<U: Transport>(
        self,
        f: impl FnOnce(T) -> Result<U, Error>,
    ) -> Result<Socket<U>, Error> {
        self.with_io(f)
    }

    /// The same socket state over the transport `f` makes of this one's.
    fn with_io<U: Transport, E>(self, f: impl FnOnce(T) -> Result<U, E>) -> Result<Socket<U>, E> {
        Ok(Socket {
            io: f(self.io)?,
            protocol: self.protocol,
            local: self.local,
            seq: self.seq,
            rbuf: self.rbuf,
            datagrams: self.datagrams,
            header_len: self.header_len,
            skipped: self.skipped,
            unfinished: self.unfinished,
            reply_limit: self.reply_limit,
            schema: self.schema,
            resolved: self.resolved,
            timeout: self.timeout,
            genl: self.genl,
            inflight: self.inflight,
            dump_retries: self.dump_retries,
            dumps_retried: self.dumps_retried,
        })
    }

    /// The same socket over its transport boxed: one type for the kernel, a recording and
    /// a replay, chosen at run time.
    ///
    /// ```
    /// use nlcodec_socket::{Fake, Protocol, Socket, Transport};
    /// let fake = Socket::with_transport(Protocol::ROUTE, Fake::new(|_| vec![])).unwrap();
    /// let any: Socket<Box<dyn Transport + Send>> = fake.boxed();
    /// assert_eq!(any.local_addr().port, Fake::PORT);
    /// ```
    pub fn boxed(self) -> Socket<Box<dyn Transport + Send>>
    where
        T: Send + 'static,
    {
        let boxed = |io: T| Ok::<_, core::convert::Infallible>(Box::new(io) as Box<_>);
        match self.with_io(boxed) {
            Ok(s) => s,
            Err(never) => match never {},
        }
    }

    /// The transport.
    pub fn transport(&self) -> &T {
        &self.io
    }

    /// The transport, mutably (to queue a fake's events, for instance).
    pub fn transport_mut(&mut self) -> &mut T {
        &mut self.io
    }

    /// Unwraps the transport (to finish a recording, for instance).
    pub fn into_transport(self) -> T {
        self.io
    }

    /// How long a request, a dump or a [`recv`](Self::recv) may wait in all before it
    /// fails with [`Error::Timeout`]: one deadline per call, from its start.
    ///
    /// ```
    /// use std::time::Duration;
    /// let mut s = nlcodec_socket::Socket::open(nlcodec_socket::Protocol::ROUTE).unwrap();
    /// assert_eq!(s.timeout(), nlcodec_socket::DEFAULT_TIMEOUT);
    /// s.set_timeout(Duration::from_millis(500));
    /// assert_eq!(s.timeout(), Duration::from_millis(500));
    /// ```
    pub fn set_timeout(&mut self, timeout: Duration) -> &mut Self {
        self.timeout = timeout;
        self
    }

    /// The current timeout (see [`set_timeout`](Self::set_timeout)).
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// Names kernel errors through `schema` (e.g. `nlcodec_families::runtime::Rtnetlink`): a
    /// [`KernelError`](crate::KernelError) then carries the request's name, the extended-ACK
    /// offset as a named path (descending into sub-messages and nests with their own
    /// header, such as `VETH_INFO_PEER`) and the numeric path of the same steps.
    ///
    /// Most sockets need none: a `NETLINK_ROUTE` socket names messages by the rtnetlink
    /// families compiled into `nlcodec-families` (`rt-link`, `rt-addr`, ...: their cargo
    /// features), and a generic netlink socket names nlctrl's messages and those of every
    /// family it resolved ([`genl_family`](Self::genl_family)), and a `NETLINK_NETFILTER`
    /// socket names the nftables and conntrack messages compiled in, by itself; a schema set
    /// here takes their place.
    ///
    /// ```no_run
    /// # use nlcodec::schema::{MsgDesc, Schema};
    /// # struct Names;
    /// # impl Schema for Names { fn message(&self, _: u16, _: &[u8]) -> Option<MsgDesc> { None } }
    /// # static NAMES: Names = Names;
    /// let mut s = nlcodec_socket::Socket::open(nlcodec_socket::Protocol::ROUTE).unwrap();
    /// s.set_schema(&NAMES);
    /// ```
    pub fn set_schema(&mut self, schema: &'static (dyn Schema + Sync)) -> &mut Self {
        self.schema = Some(SchemaRef::Static(schema));
        self
    }

    /// [`set_schema`](Self::set_schema), by value: for a socket built in one expression.
    ///
    /// ```
    /// use nlcodec_families::runtime::Rtnetlink;
    /// use nlcodec_socket::{Fake, Protocol, Socket};
    /// let s = Socket::with_transport(Protocol::ROUTE, Fake::new(|_| vec![]))?.with_schema(&Rtnetlink);
    /// assert_eq!(s.message_name(16, &[0; 16]), Some("RTM_NEWLINK"));
    /// # Ok::<(), nlcodec_socket::Error>(())
    /// ```
    pub fn with_schema(mut self, schema: &'static (dyn Schema + Sync)) -> Self {
        self.set_schema(schema);
        self
    }

    /// The schema requests and errors are named with: the one set, or the generic netlink
    /// families resolved on this socket, or the families compiled in of a protocol with
    /// fixed message types (rtnetlink, netfilter).
    pub(crate) fn naming(&self) -> Option<SchemaRef> {
        self.schema
            .clone()
            .or_else(|| self.resolved.clone().map(SchemaRef::Resolved))
            .or_else(|| schema_of(self.protocol).map(SchemaRef::Static))
    }

    /// Re-reads the bound address with `getsockname` (the port id is 0 until the socket is
    /// bound, explicitly or by its first send).
    ///
    /// ```
    /// use nlcodec_socket::{Kind, Protocol, Socket};
    /// let mut s = Socket::new(Protocol::ROUTE, Kind::Raw).unwrap();
    /// assert_eq!(s.refresh_local_addr().unwrap().port, 0); // not bound yet
    /// ```
    pub fn refresh_local_addr(&mut self) -> Result<Addr, Error> {
        self.local = self.io.local_addr()?;
        Ok(self.local)
    }

    /// The bound address as last read (after [`open`](Self::open), [`bind`](Self::bind) or
    /// [`refresh_local_addr`](Self::refresh_local_addr)).
    pub fn local_addr(&self) -> Addr {
        self.local
    }

    /// The protocol family the socket was opened with.
    pub fn protocol(&self) -> Protocol {
        self.protocol
    }

    /// Sets how many bytes of family header precede the attributes for each message type of
    /// this protocol, so extended-ACK offsets resolve into attribute paths. The default knows
    /// `NETLINK_ROUTE` (per type), generic netlink (4) and netfilter (4).
    ///
    /// ```no_run
    /// let mut s = nlcodec_socket::Socket::open(nlcodec_socket::Protocol::GENERIC).unwrap();
    /// s.set_family_header_len(|_| 4 + 8); // genlmsghdr + a family's own 8-byte header
    /// ```
    pub fn set_family_header_len(&mut self, f: fn(u16) -> usize) {
        self.header_len = f;
    }

    /// Receives one whole datagram into the socket's own buffer (grown as needed, at least
    /// 32 KiB), without checking its contents. For protocols that are not netlink-framed
    /// (`NETLINK_KOBJECT_UEVENT`) or for tools that want raw bytes. Waits at most the
    /// socket's [`timeout`](Self::timeout) ([`Error::Timeout`]); a listener that means to wait
    /// as long as it takes calls [`recv_raw_until(None)`](Self::recv_raw_until).
    ///
    /// ```no_run
    /// use nlcodec_socket::{Addr, Kind, Protocol, Socket};
    /// let mut s = Socket::new(Protocol::KOBJECT_UEVENT, Kind::Dgram).unwrap();
    /// s.bind(Addr::group(1)).unwrap(); // kernel uevents
    /// let (bytes, _from) = s.recv_raw().unwrap();
    /// println!("{}", String::from_utf8_lossy(bytes).replace('\0', "\n"));
    /// ```
    pub fn recv_raw(&mut self) -> Result<(&[u8], Addr), Error> {
        let deadline = self.deadline();
        self.recv_raw_until(Some(deadline))
    }

    /// Like [`recv_raw`](Self::recv_raw) with a deadline of the caller's (`None`: wait as
    /// long as it takes, for listeners that mean to).
    pub fn recv_raw_until(&mut self, deadline: Option<Instant>) -> Result<(&[u8], Addr), Error> {
        let n = self.recv_counted(deadline, Instant::now())?;
        Ok((&self.rbuf[..n.0], n.1))
    }

    /// One datagram into the receive buffer, counted; [`Error::Timeout`] at the deadline.
    pub(crate) fn recv_counted(
        &mut self,
        deadline: Option<Instant>,
        started: Instant,
    ) -> Result<(usize, Addr), Error> {
        if self.rbuf.len() < MIN_RECV_BUF {
            self.rbuf.resize(MIN_RECV_BUF, 0);
        }
        match self.io.recv(&mut self.rbuf, deadline)? {
            Some(r) => {
                self.datagrams += 1;
                Ok(r)
            }
            None => Err(Error::Timeout {
                waited: started.elapsed(),
            }),
        }
    }

    /// The deadline of an exchange starting now.
    pub(crate) fn deadline(&self) -> Instant {
        Instant::now()
            .checked_add(self.timeout)
            .unwrap_or_else(|| Instant::now() + Duration::from_secs(365 * 24 * 3600))
    }

    /// Receives one whole datagram and checks that it is a well-formed netlink message
    /// stream; a malformed one comes back as [`Error::Malformed`] naming the datagram (and the
    /// socket keeps working).
    ///
    /// `ENOBUFS` (events dropped) comes back as [`Error::EventsLost`]. Waits at most the
    /// socket's [`timeout`](Self::timeout) ([`Error::Timeout`]); a listener that means to
    /// wait as long as it takes calls [`recv_until(None)`](Self::recv_until).
    pub fn recv(&mut self) -> Result<Datagram<'_>, Error> {
        let deadline = self.deadline();
        self.recv_until(Some(deadline))
    }

    /// Like [`recv`](Self::recv) with a deadline of the caller's; `None` waits as long as it
    /// takes (a listener that means to).
    ///
    /// ```
    /// use nlcodec_socket::{Error, Fake, Protocol, Socket};
    /// use std::time::{Duration, Instant};
    /// let mut s = Socket::with_transport(Protocol::ROUTE, Fake::new(|_| vec![])).unwrap();
    /// let soon = Instant::now() + Duration::from_millis(10);
    /// assert!(matches!(s.recv_until(Some(soon)), Err(Error::Timeout { .. })));
    /// ```
    pub fn recv_until(&mut self, deadline: Option<Instant>) -> Result<Datagram<'_>, Error> {
        let at = self.recv_checked(deadline)?;
        Ok(self.datagram(at))
    }

    /// Receives and validates one datagram, leaving it in the receive buffer.
    pub(crate) fn recv_checked(
        &mut self,
        deadline: Option<Instant>,
    ) -> Result<(usize, Addr, u64), Error> {
        let (n, from) = self.recv_counted(deadline, Instant::now())?;
        let number = self.datagrams;
        check_stream(&self.rbuf[..n], from, number)?;
        Ok((n, from, number))
    }

    /// The datagram `recv_checked` left in the receive buffer.
    pub(crate) fn datagram(&self, (n, from, number): (usize, Addr, u64)) -> Datagram<'_> {
        Datagram {
            bytes: &self.rbuf[..n],
            from,
            number,
        }
    }

    /// Datagrams received so far (the number the next one gets, minus one).
    pub fn datagrams_received(&self) -> u64 {
        self.datagrams
    }

    /// Kernel replies that carried an old sequence number (answers to earlier requests that
    /// were abandoned, the rest of a dump given up on) and were skipped by
    /// [`request`](Self::request) and friends.
    pub fn stale_replies_skipped(&self) -> u64 {
        self.skipped.stale
    }

    /// Datagrams skipped by [`request`](Self::request), [`dump`](Self::dump) and
    /// [`next_event`](Self::next_event) because their sender was not the peer asked (for the
    /// kernel: a port id other than 0). Any process can send to a port id, and port ids are
    /// predictable, so such a datagram is never taken as an answer or an event, and never
    /// ends a call either: the call goes on to the real answer within its deadline.
    ///
    /// ```
    /// use nlcodec_socket::fake::{message, Delivery};
    /// use nlcodec_socket::{Addr, Fake, Protocol, Socket};
    /// let mut fake = Fake::new(|req| vec![req.ack()]);
    /// // A forged ACK for the next request, queued before the kernel's real answer.
    /// let forged = message(nlcodec::consts::NLMSG_ERROR, 0, 1, Fake::PORT, &[0; 20]);
    /// fake.push(Delivery::Datagram { bytes: forged, from: Addr::port(666) });
    /// let mut s = Socket::with_transport(Protocol::ROUTE, fake)?;
    /// let mut req = nlcodec_socket::message(nlcodec_families::rt_link::RTM_SETLINK, 0, &nlcodec_families::rt_link::Ifinfomsg::default(), |_| Ok(()))?;
    /// s.request(&mut req)?;
    /// assert_eq!(s.foreign_datagrams_skipped(), 1);
    /// # Ok::<(), nlcodec_socket::Error>(())
    /// ```
    pub fn foreign_datagrams_skipped(&self) -> u64 {
        self.skipped.foreign
    }

    /// Caps the bytes of messages one collecting call ([`request`](Self::request),
    /// [`dump`](Self::dump) and the calls built on them) keeps: past it the call ends with
    /// [`Error::ReplyTooLarge`] instead of growing without bound for a peer that streams
    /// data and never ends it. `None` removes the cap; the default is
    /// [`DEFAULT_REPLY_LIMIT`]. [`dump_with`](Self::dump_with) keeps nothing and has no cap.
    ///
    /// ```
    /// let mut s = nlcodec_socket::Socket::with_transport(
    ///     nlcodec_socket::Protocol::ROUTE,
    ///     nlcodec_socket::Fake::new(|req| vec![req.dump_reply([[0u8; 100]; 3])]),
    /// )?;
    /// s.set_reply_limit(Some(200));
    /// let mut req = nlcodec_socket::message(nlcodec_families::rt_link::RTM_GETLINK, 0, &nlcodec_families::rt_link::Ifinfomsg::default(), |_| Ok(()))?;
    /// assert!(matches!(s.dump(&mut req), Err(nlcodec_socket::Error::ReplyTooLarge { limit: 200 })));
    /// # Ok::<(), nlcodec_socket::Error>(())
    /// ```
    pub fn set_reply_limit(&mut self, bytes: Option<usize>) -> &mut Self {
        self.reply_limit = bytes;
        self
    }

    /// The reply limit (see [`set_reply_limit`](Self::set_reply_limit)).
    pub fn reply_limit(&self) -> Option<usize> {
        self.reply_limit
    }

    /// How many times a collecting dump ([`dump`](Self::dump), [`dump_all`](Self::dump_all),
    /// [`dump_filtered`](Self::dump_filtered), their tokio forms, and
    /// [`dump_with_restart`](Self::dump_with_restart)) is sent again when the kernel marks
    /// it `NLM_F_DUMP_INTR` (the objects changed while they were dumped, so the result may
    /// be inconsistent). Each retry is a whole new dump; when the last is interrupted too,
    /// the call returns [`Error::DumpInterrupted`] with its messages (the partial result,
    /// for a caller that accepts one). `0` returns it at once. Default
    /// [`DEFAULT_DUMP_RETRIES`].
    ///
    /// ```
    /// use nlcodec_socket::{Error, Fake, Protocol, Socket};
    /// // A kernel whose dumps are always interrupted.
    /// let fake = Fake::new(|req| {
    ///     let mut d = req.message(16, nlcodec::consts::NLM_F_MULTI | nlcodec::consts::NLM_F_DUMP_INTR, &[0; 16]);
    ///     d.extend(req.done(0));
    ///     vec![d]
    /// });
    /// let mut s = Socket::with_transport(Protocol::ROUTE, fake)?;
    /// s.set_dump_retries(3);
    /// let mut req = nlcodec_socket::message(18, 0, &nlcodec_families::rt_link::Ifinfomsg::default(), |_| Ok(()))?;
    /// let Err(Error::DumpInterrupted { partial }) = s.dump(&mut req) else { panic!() };
    /// assert_eq!((partial.len(), s.dumps_retried()), (1, 3));
    /// # Ok::<(), nlcodec_socket::Error>(())
    /// ```
    pub fn set_dump_retries(&mut self, retries: u32) -> &mut Self {
        self.dump_retries = retries;
        self
    }

    /// The dump retries (see [`set_dump_retries`](Self::set_dump_retries)).
    pub fn dump_retries(&self) -> u32 {
        self.dump_retries
    }

    /// How many dumps this socket has sent again after `NLM_F_DUMP_INTR` so far.
    pub fn dumps_retried(&self) -> u64 {
        self.dumps_retried
    }
}

impl AsFd for Socket {
    fn as_fd(&self) -> BorrowedFd<'_> {
        self.io.fd.as_fd()
    }
}

impl AsRawFd for Socket {
    fn as_raw_fd(&self) -> RawFd {
        self.io.fd.as_raw_fd()
    }
}

impl From<Socket> for OwnedFd {
    fn from(s: Socket) -> OwnedFd {
        s.io.fd
    }
}
