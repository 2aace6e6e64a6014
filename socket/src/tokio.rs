//! An async wrapper on tokio's `AsyncFd` (feature `tokio`).

use crate::addr::Addr;
use crate::datagram::Datagram;
use crate::error::{Error, Op};
use crate::exchange::{keep, Event, Flow, Mode, Unfinished};
use crate::filter::{route_check, route_request, RouteFilter};
use crate::inflight::{Outcome, Pending};
use crate::socket::Socket;
use crate::{Attrs, GenlFamily, Reply, TypedReply};
use futures_util::Stream;
use nlcodec::schema::Addressing;
use nlcodec_families::rt_route::ops::Getroute;
use nlcodec_families::runtime::{Answer, Do, Dump, Operation};
use std::time::Instant;
use tokio::io::unix::AsyncFd;
use tokio::io::Interest;

/// A [`Socket`] driven by tokio: the socket is switched to non-blocking mode and registered
/// with the runtime's reactor; receives and sends wait for readiness instead of blocking.
///
/// [`request`](Self::request) and [`dump`](Self::dump), and the typed
/// [`call`](Self::call), [`dump_all`](Self::dump_all) and
/// [`dump_filtered`](Self::dump_filtered), are the blocking socket's, awaited:
/// the same checks, flags and deadline ([`Socket::set_timeout`], read from the wrapped
/// socket). Use one socket for requests and another for listening, so events do not queue
/// up behind answers.
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

    /// Waits for and receives one whole, validated datagram, like [`Socket::recv`] but with
    /// no deadline of its own: an async caller bounds it with `tokio::time::timeout` (or
    /// drops the future).
    pub async fn recv(&mut self) -> Result<Datagram<'_>, Error> {
        loop {
            let mut guard = self.inner.readable_mut().await.map_err(|e| Error::Io {
                op: Op::Recv,
                source: e,
            })?;
            match guard.get_inner_mut().recv_checked(None) {
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

    /// Sends `request` as a `do` (`NLM_F_ACK` added) and awaits its replies up to the ACK,
    /// like [`Socket::request`]: typed errors, the same checks and the socket's deadline.
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), nlcodec_socket::Error> {
    /// use nlcodec_socket::{message, AsyncSocket, Protocol, Socket};
    /// let mut sock = AsyncSocket::new(Socket::open(Protocol::ROUTE)?)?;
    /// let hdr = nlcodec_families::rt_link::Ifinfomsg { ifi_index: 1, ..Default::default() };
    /// let lo = sock.request(&mut message(nlcodec_families::rt_link::RTM_GETLINK, 0, &hdr, |_| Ok(()))?).await?;
    /// assert_eq!(lo.len(), 1);
    /// # Ok(()) }
    /// ```
    pub async fn request(&mut self, request: &mut [u8]) -> Result<Reply, Error> {
        self.collect(request, Mode::Ack).await
    }

    /// Sends `request` as a dump and awaits every message up to `NLMSG_DONE`, like
    /// [`Socket::dump`] (only dump requests are sent: [`Error::NotDumpable`]; an
    /// interrupted dump is sent again, up to the socket's
    /// [`dump_retries`](Socket::set_dump_retries)).
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), nlcodec_socket::Error> {
    /// use nlcodec_socket::{message, AsyncSocket, Protocol, Socket};
    /// let mut sock = AsyncSocket::new(Socket::open(Protocol::ROUTE)?)?;
    /// let hdr = nlcodec_families::rt_link::Ifinfomsg::default();
    /// let links = sock.dump(&mut message(nlcodec_families::rt_link::RTM_GETLINK, 0, &hdr, |_| Ok(()))?).await?;
    /// println!("{} links", links.len());
    /// # Ok(()) }
    /// ```
    pub async fn dump(&mut self, request: &mut [u8]) -> Result<Reply, Error> {
        let mut attempt = 0;
        loop {
            match self.collect(request, Mode::Dump).await {
                Err(Error::DumpInterrupted { .. })
                    if self.inner.get_mut().retry_dump(&mut attempt) => {}
                r => return r,
            }
        }
    }

    /// Sends `request` as a `do` and returns at once, like [`Socket::send_request`]:
    /// several requests in flight on one socket, each answer read by [`wait`](Self::wait)
    /// in any order.
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), nlcodec_socket::Error> {
    /// use nlcodec_families::rt_link::{ops::Getlink, Ifinfomsg};
    /// use nlcodec_socket::{AsyncSocket, Protocol, Socket};
    /// let mut sock = AsyncSocket::new(Socket::open(Protocol::ROUTE)?)?;
    /// let lo = Ifinfomsg { ifi_index: 1, ..Default::default() };
    /// let a = sock.send_call(Getlink, 0, &lo, |l| Ok(l)).await?;
    /// let b = sock.send_call(Getlink, 0, &lo, |l| Ok(l)).await?;
    /// assert_eq!(sock.wait(b).await?.len(), 1);
    /// assert_eq!(sock.wait(a).await?.len(), 1);
    /// # Ok(()) }
    /// ```
    pub async fn send_request(&mut self, request: &mut [u8]) -> Result<Pending, Error> {
        let sent = self.inner.get_mut().prepare_exchange(request, Mode::Ack)?;
        self.send_to(request, Addr::KERNEL).await?;
        let s = self.inner.get_mut();
        let ex = s.start_exchange(sent, Addr::KERNEL, Mode::Ack, true)?;
        s.track(ex, request);
        Ok(Pending::new(sent.seq))
    }

    /// The typed [`send_request`](Self::send_request), like [`Socket::send_call`].
    pub async fn send_call<O: Do>(
        &mut self,
        op: O,
        flags: u16,
        header: &O::Header,
        attrs: impl Attrs<O::Attrs>,
    ) -> Result<Pending<O>, Error> {
        let _ = op;
        let mut req = self.typed_request::<O>(flags, header, attrs).await?;
        let p = self.send_request(&mut req).await?;
        Ok(Pending::new(p.seq))
    }

    /// The answer of a request in flight, like [`Socket::wait`], awaited within the
    /// socket's deadline. Dropping the future forgets the request (its answer is then
    /// skipped as stale), so a `wait` given up on keeps nothing.
    pub async fn wait<O: Outcome>(&mut self, pending: Pending<O>) -> Result<O::Output, Error> {
        let started = Instant::now();
        let deadline = self.inner.get_ref().deadline();
        let mut forget = Forget {
            socket: self,
            seq: pending.seq,
        };
        match tokio::time::timeout_at(deadline.into(), forget.answer::<O>(started)).await {
            Ok(r) => r,
            Err(_) => Err(Error::Timeout {
                waited: started.elapsed(),
            }),
        }
    }

    /// The routes the filter selects, filtered by the kernel, like [`Socket::routes`],
    /// awaited.
    pub async fn routes(&mut self, filter: &RouteFilter) -> Result<TypedReply<Getroute>, Error> {
        let reply = self.dump(&mut route_request(filter)?).await?;
        route_check(TypedReply::new(reply), filter)
    }

    /// The `dump` of operation `O` as a stream: the request is sent now, and each item is
    /// the messages of one datagram of the answer, typed, read only when the stream is
    /// polled (backpressure: the kernel writes the next part of a dump only when the last
    /// was read). The socket's deadline covers the whole dump ([`Error::Timeout`] as the
    /// last item); `NLM_F_DUMP_INTR` is [`Error::DumpInterrupted`] as the last item (a
    /// stream does not retry: what it gave cannot be taken back). Dropped half way, the
    /// rest of the dump is read by the socket's next call.
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
    /// use futures_util::StreamExt;
    /// use nlcodec_families::rt_route::{ops::Getroute, Rtmsg};
    /// use nlcodec_socket::{AsyncSocket, Protocol, Socket};
    /// let mut sock = AsyncSocket::new(Socket::open(Protocol::ROUTE)?)?;
    /// let mut chunks = std::pin::pin!(sock.dump_stream(Getroute, &Rtmsg::default()).await?);
    /// while let Some(chunk) = chunks.next().await {
    ///     for route in &chunk? {
    ///         println!("{:?}", route?.attrs.dst());
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn dump_stream<O: Dump>(
        &mut self,
        op: O,
        header: &O::Header,
    ) -> Result<impl Stream<Item = Result<TypedReply<O>, Error>> + '_, Error> {
        let _ = op;
        let mut request = self.typed_request::<O>(0, header, |a| Ok(a)).await?;
        let sent = self
            .inner
            .get_mut()
            .prepare_exchange(&mut request, Mode::Dump)?;
        // Marked before anything is awaited (see `exchange`).
        self.inner.get_mut().unfinished = Some(Unfinished { seq: sent.seq });
        let deadline = self.inner.get_ref().deadline();
        self.send_to(&request, Addr::KERNEL).await?;
        let ex = self
            .inner
            .get_mut()
            .start_exchange(sent, Addr::KERNEL, Mode::Dump, false)?;
        let state = Some(DumpStream {
            socket: self,
            request,
            ex,
            deadline,
            started: Instant::now(),
        });
        Ok(futures_util::stream::unfold(state, |state| async move {
            let mut st = state?;
            match st.next_chunk().await {
                Ok(Some(reply)) => Some((Ok(TypedReply::new(reply)), Some(st))),
                Ok(None) => None,
                Err(e) => Some((Err(e), None)),
            }
        }))
    }

    /// Kernel events as a stream: each item is the messages of one datagram (a sender
    /// other than the kernel is skipped); read only when polled, with no deadline (a
    /// listener waits as long as it takes). `ENOBUFS` is an [`Error::EventsLost`] item and
    /// the stream goes on.
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), nlcodec_socket::Error> {
    /// use futures_util::StreamExt;
    /// use nlcodec_socket::{AsyncSocket, Protocol, Socket};
    /// let sock = Socket::open(Protocol::ROUTE)?;
    /// sock.add_membership(1)?; // RTNLGRP_LINK
    /// let mut sock = AsyncSocket::new(sock)?;
    /// let mut events = std::pin::pin!(sock.events());
    /// while let Some(event) = events.next().await {
    ///     println!("{} messages", event?.len());
    /// }
    /// # Ok(()) }
    /// ```
    pub fn events(&mut self) -> impl Stream<Item = Result<Reply, Error>> + '_ {
        futures_util::stream::unfold(self, |sock| async move {
            loop {
                match sock.recv().await {
                    Ok(d) if d.from.port != 0 => continue,
                    Ok(d) => {
                        let mut reply = Reply::default();
                        crate::exchange::messages_raw(d.bytes).for_each(|(_, raw)| reply.push(raw));
                        return Some((Ok(reply), sock));
                    }
                    Err(e) => return Some((Err(e), sock)),
                }
            }
        })
    }

    /// The generic netlink family called `name`, asked of the controller once and cached,
    /// like [`Socket::genl_family`], awaited.
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), nlcodec_socket::Error> {
    /// use nlcodec_socket::{AsyncSocket, Protocol, Socket};
    /// let mut sock = AsyncSocket::new(Socket::open(Protocol::GENERIC)?)?;
    /// assert_eq!(sock.genl_family("nlctrl").await?.id, 16);
    /// # Ok(()) }
    /// ```
    pub async fn genl_family(&mut self, name: &str) -> Result<&GenlFamily, Error> {
        if !self.inner.get_ref().genl.contains_key(name) {
            let mut req = self.inner.get_ref().family_request(name)?;
            let answer = self.request(&mut req).await;
            let f = self.inner.get_ref().family_from_reply(name, answer)?;
            self.inner.get_mut().remember(f);
        }
        self.inner
            .get_ref()
            .genl
            .get(name)
            .ok_or_else(|| Error::UnknownFamily {
                name: name.to_owned(),
            })
    }

    /// The `do` of operation `O`, like [`Socket::call`], awaited: `()` for an operation that
    /// only ACKs, its replies as a [`TypedReply`] otherwise; a generic netlink family is
    /// resolved (awaited) on first use.
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), nlcodec_socket::Error> {
    /// use nlcodec_families::rt_link::{ops::Setlink, Ifinfomsg};
    /// use nlcodec_socket::{AsyncSocket, Protocol, Socket};
    /// let mut sock = AsyncSocket::new(Socket::open(Protocol::ROUTE)?)?;
    /// let lo = Ifinfomsg { ifi_index: 1, ..Default::default() };
    /// sock.call(Setlink, 0, &lo, |l| l.mtu(65536)).await?;
    /// # Ok(()) }
    /// ```
    pub async fn call<O: Do>(
        &mut self,
        op: O,
        flags: u16,
        header: &O::Header,
        attrs: impl Attrs<O::Attrs>,
    ) -> Result<<O::Answer as Answer>::Output<TypedReply<O>>, Error> {
        let _ = op;
        let mut req = self.typed_request::<O>(flags, header, attrs).await?;
        let reply = self.request(&mut req).await?;
        Ok(O::Answer::finish(TypedReply::new(reply)))
    }

    /// The `dump` of operation `O` with the fixed `header`, like [`Socket::dump_all`],
    /// awaited.
    ///
    /// ```no_run
    /// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
    /// use nlcodec_families::rt_link::{ops::Getlink, Ifinfomsg};
    /// use nlcodec_socket::{AsyncSocket, Protocol, Socket};
    /// let mut sock = AsyncSocket::new(Socket::open(Protocol::ROUTE)?)?;
    /// for link in &sock.dump_all(Getlink, &Ifinfomsg::default()).await? {
    ///     println!("{:?}", link?.attrs.ifname());
    /// }
    /// # Ok(()) }
    /// ```
    pub async fn dump_all<O: Dump>(
        &mut self,
        op: O,
        header: &O::Header,
    ) -> Result<TypedReply<O>, Error> {
        self.dump_filtered(op, header, |a| Ok(a)).await
    }

    /// The `dump` of operation `O` with request attributes, like [`Socket::dump_filtered`],
    /// awaited.
    pub async fn dump_filtered<O: Dump>(
        &mut self,
        op: O,
        header: &O::Header,
        attrs: impl Attrs<O::Attrs>,
    ) -> Result<TypedReply<O>, Error> {
        let _ = op;
        let mut req = self.typed_request::<O>(0, header, attrs).await?;
        Ok(TypedReply::new(self.dump(&mut req).await?))
    }

    /// The request of operation `O`, the family resolved first when it is a generic netlink
    /// one not yet cached (so the blocking builder never waits).
    async fn typed_request<O: Operation>(
        &mut self,
        flags: u16,
        header: &O::Header,
        attrs: impl Attrs<O::Attrs>,
    ) -> Result<Vec<u8>, Error> {
        let generic = self.inner.get_ref().protocol() == nlcodec::Protocol::GENERIC;
        if let (Addressing::Genl { name, .. }, true) = (O::FAMILY.addressing, generic) {
            self.genl_family(name).await?;
        }
        self.inner
            .get_mut()
            .typed_request::<O>(flags, header, attrs)
    }

    /// Waits for and receives one datagram into the socket's buffer, unchecked (the
    /// sender is checked before anything parses it): its length and sender.
    async fn recv_one(&mut self, started: Instant) -> Result<(usize, Addr), Error> {
        loop {
            let mut guard = self.inner.readable_mut().await.map_err(|e| Error::Io {
                op: Op::Recv,
                source: e,
            })?;
            match guard.get_inner_mut().recv_counted(None, started) {
                Err(e) if e.is_would_block() => guard.clear_ready(),
                r => return r,
            }
        }
    }

    async fn collect(&mut self, request: &mut [u8], mode: Mode) -> Result<Reply, Error> {
        let mut reply = Reply::default();
        let r = self
            .exchange(request, mode, &mut |ev, m| keep(&mut reply, ev, m))
            .await;
        reply.finish(r)
    }

    async fn exchange(
        &mut self,
        request: &mut [u8],
        mode: Mode,
        sink: &mut (dyn FnMut(Event, &[u8]) -> Flow + Send),
    ) -> Result<Option<String>, Error> {
        let started = Instant::now();
        let deadline = self.inner.get_ref().deadline();
        let sent = self.inner.get_mut().prepare_exchange(request, mode)?;
        if mode == Mode::Dump {
            // Marked before anything is awaited: when this future is dropped half way, the
            // next call still reads the rest of the dump first (no EBUSY).
            self.inner.get_mut().unfinished = Some(Unfinished { seq: sent.seq });
        }
        let request: &[u8] = request;
        let mut ex = None;
        let work = async {
            self.send_to(request, Addr::KERNEL).await?;
            let started_ex = self
                .inner
                .get_mut()
                .start_exchange(sent, Addr::KERNEL, mode, true)?;
            let ex = ex.insert(started_ex);
            loop {
                let (n, from) = self.recv_one(started).await?;
                let s = self.inner.get_mut();
                if let Some(w) = s.feed_received(ex, request, n, from, sink)? {
                    return Ok(w);
                }
                // A long dump (a datagram is always queued while it runs) takes its turn like
                // any task: past the task's budget it yields, so other tasks, timeouts and
                // cancellation get to run.
                tokio::task::consume_budget().await;
                if Instant::now() >= deadline {
                    // A peer that keeps the queue full never lets the timer fire first.
                    return Err(Error::Timeout {
                        waited: started.elapsed(),
                    });
                }
            }
        };
        let r = match tokio::time::timeout_at(deadline.into(), work).await {
            Ok(r) => r,
            Err(_) => Err(Error::Timeout {
                waited: started.elapsed(),
            }),
        };
        self.inner.get_mut().unfinished = ex.and_then(|ex| ex.unfinished());
        r
    }
}

/// A request in flight being waited for; when the wait ends without its answer (a
/// deadline, the future dropped), the request is forgotten.
struct Forget<'a> {
    socket: &'a mut AsyncSocket,
    seq: u32,
}

impl Forget<'_> {
    async fn answer<O: Outcome>(&mut self, started: Instant) -> Result<O::Output, Error> {
        let seq = self.seq;
        loop {
            if let Some(answer) = self.socket.inner.get_mut().take_answer::<O>(seq)? {
                return answer;
            }
            let (n, from) = self.socket.recv_one(started).await?;
            self.socket.inner.get_mut().take_for_inflight(n, from)?;
        }
    }
}

impl Drop for Forget<'_> {
    fn drop(&mut self) {
        // Answered: already removed. Otherwise forgotten.
        let seq = self.seq;
        self.socket
            .inner
            .get_mut()
            .inflight
            .retain(|x| x.seq() != seq);
    }
}

/// A dump being read as a stream, one datagram at a time.
struct DumpStream<'a> {
    socket: &'a mut AsyncSocket,
    request: Vec<u8>,
    ex: crate::exchange::Exchange,
    deadline: Instant,
    started: Instant,
}

impl DumpStream<'_> {
    /// The data messages of the next datagram of the answer that has any; `None` after
    /// the end.
    async fn next_chunk(&mut self) -> Result<Option<Reply>, Error> {
        if self.ex.complete {
            return Ok(None);
        }
        let deadline = self.deadline;
        let started = self.started;
        let work = async {
            loop {
                let (n, from) = self.socket.recv_one(started).await?;
                let s = self.socket.inner.get_mut();
                let mut chunk = Reply::default();
                let fed = s.feed_received(&mut self.ex, &self.request, n, from, &mut |ev, m| {
                    keep(&mut chunk, ev, m)
                });
                if self.ex.complete {
                    s.unfinished = None;
                }
                fed?;
                if !chunk.is_empty() {
                    return Ok(Some(chunk));
                }
                if self.ex.complete {
                    return Ok(None);
                }
            }
        };
        match tokio::time::timeout_at(deadline.into(), work).await {
            Ok(r) => r,
            Err(_) => Err(Error::Timeout {
                waited: started.elapsed(),
            }),
        }
    }
}
