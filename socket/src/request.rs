//! Request/reply over any transport: `do` requests, dumps (collected or through a callback
//! that can fail and stop), captures; all with a deadline.

use crate::addr::Addr;
use crate::error::Error;
use crate::exchange::{keep, message, prepare, Event, Exchange, Flow, Mode};
use crate::reply::Reply;
use crate::socket::Socket;
use crate::transport::Transport;
use nlcodec::Message;
use std::time::Instant;

impl Reply {
    /// The reply of a finished exchange: with the ACK's or DONE's warning on success; on an
    /// interrupted dump, everything collected as `Error::DumpInterrupted { partial }`.
    pub(crate) fn finish(mut self, r: Result<Option<String>, Error>) -> Result<Reply, Error> {
        match r {
            Ok(warning) => {
                self.warning = warning;
                Ok(self)
            }
            Err(Error::DumpInterrupted { .. }) => Err(Error::DumpInterrupted { partial: self }),
            Err(e) => Err(e),
        }
    }
}

impl<T: Transport> Socket<T> {
    /// The next sequence number (never 0, which multicast events use).
    pub(crate) fn next_seq(&mut self) -> u32 {
        self.seq = self.seq.wrapping_add(1);
        if self.seq == 0 {
            self.seq = 1;
        }
        self.seq
    }

    /// Sends `request` (one message built with [`nlcodec::Writer`] or [`message`](crate::message))
    /// as a `do`: `NLM_F_REQUEST | NLM_F_ACK` and a fresh sequence number (both patched into
    /// the buffer), then collects its replies up to the kernel's ACK, waiting at most
    /// [`timeout`](Self::timeout) ([`Error::Timeout`]).
    ///
    /// Because the ACK is always asked for, an operation without a reply (`RTM_SETLINK`)
    /// ends too. When the socket has a schema ([`set_schema`](Self::set_schema)) and it
    /// says the message is a notification (sent by the kernel, never taken), nothing is
    /// sent: [`Error::NotDoable`].
    ///
    /// Every reply is checked: the sender's socket address must be port 0 (the kernel); the
    /// header's `nlmsg_pid` is not verified by the kernel but the sockaddr is, so this is what
    /// stops another process from forging answers: a datagram from any other sender is
    /// skipped and counted ([`foreign_datagrams_skipped`](Self::foreign_datagrams_skipped)),
    /// before it is even parsed, and the call goes on to the kernel's answer. Replies must
    /// carry this request's sequence number (older ones are skipped and counted, see
    /// [`stale_replies_skipped`](Self::stale_replies_skipped)) and this socket's port id
    /// ([`Error::PortMismatch`]). Multicast datagrams that arrive meanwhile are skipped, also
    /// those of groups above 32. `NLMSG_DONE` does not end a `do` (its ACK does). What is
    /// kept is capped by [`set_reply_limit`](Self::set_reply_limit).
    ///
    /// An error from the kernel comes back as [`Error::Kernel`] with the errno, the
    /// extended-ACK text and the offending attribute's path (turn extended ACKs on with
    /// [`set_ext_ack`](Socket::set_ext_ack)).
    ///
    /// ```no_run
    /// use nlcodec_families::rt_link::{Ifinfomsg, LinkAttrsBuilder, RTM_SETLINK};
    /// use nlcodec_socket::{message, Protocol, Socket};
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let mut sock = Socket::open(Protocol::ROUTE)?;
    /// let mut req = message(RTM_SETLINK, 0, &Ifinfomsg::default(), |w| {
    ///     LinkAttrsBuilder::new(w).ifname("veth0")?.mtu(1400)?;
    ///     Ok(())
    /// })?;
    /// match sock.request(&mut req) {
    ///     Ok(_) => println!("done"),
    ///     Err(nlcodec_socket::Error::Kernel(k)) => println!("{k}"),
    ///     Err(e) => return Err(e.into()),
    /// }
    /// # Ok(()) }
    /// ```
    pub fn request(&mut self, request: &mut [u8]) -> Result<Reply, Error> {
        self.request_to(request, Addr::KERNEL)
    }

    /// Like [`request`](Self::request), to another process's port id: replies must come
    /// from `peer`'s socket address (`nlmsg_pid` is not checked, user-space peers fill it as
    /// they like).
    pub fn request_to(&mut self, request: &mut [u8], peer: Addr) -> Result<Reply, Error> {
        let mut reply = Reply::default();
        let r = self.exchange(request, peer, Mode::Ack, true, &mut |ev, m| {
            keep(&mut reply, ev, m)
        });
        reply.finish(r)
    }

    /// Sends `request` as a dump (`NLM_F_REQUEST | NLM_F_DUMP`, a fresh sequence number) and
    /// collects every data message across as many datagrams as it takes, up to
    /// `NLMSG_DONE`, within [`timeout`](Self::timeout).
    ///
    /// Only dump requests are sent: on rtnetlink an `RTM_GET*` type, and with a schema an
    /// operation that has a dump form; anything else is [`Error::NotDumpable`] and nothing
    /// is sent (the `NLM_F_DUMP` bits would change a `NEW`/`SET` request's meaning).
    ///
    /// An error carried in `NLMSG_DONE` (strict checking) or an early `NLMSG_ERROR` comes
    /// back as [`Error::Kernel`]. A dump the kernel marked `NLM_F_DUMP_INTR` (the objects
    /// changed while they were dumped) is sent again, up to
    /// [`dump_retries`](Self::set_dump_retries) times (10 unless changed); when the last is
    /// interrupted too it comes back as [`Error::DumpInterrupted`] holding everything it
    /// received. The checks of [`request`](Self::request) apply.
    ///
    /// ```no_run
    /// use nlcodec_families::rt_link::{Ifinfomsg, RTM_GETLINK};
    /// use nlcodec_socket::{message, Protocol, Socket};
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let mut sock = Socket::open(Protocol::ROUTE)?;
    /// let links = sock.dump(&mut message(RTM_GETLINK, 0, &Ifinfomsg::default(), |_| Ok(()))?)?;
    /// println!("{} links", links.len());
    /// # Ok(()) }
    /// ```
    pub fn dump(&mut self, request: &mut [u8]) -> Result<Reply, Error> {
        self.dump_to(request, Addr::KERNEL)
    }

    /// Like [`dump`](Self::dump), from another process's port id (replies must come from
    /// `peer`'s socket address).
    pub fn dump_to(&mut self, request: &mut [u8], peer: Addr) -> Result<Reply, Error> {
        let mut attempt = 0;
        loop {
            let mut reply = Reply::default();
            let r = self.exchange(request, peer, Mode::Dump, true, &mut |ev, m| {
                keep(&mut reply, ev, m)
            });
            match r {
                Ok(_) => return Ok(reply),
                Err(Error::DumpInterrupted { .. }) if self.retry_dump(&mut attempt) => {}
                Err(Error::DumpInterrupted { .. }) => {
                    return Err(Error::DumpInterrupted { partial: reply })
                }
                Err(e) => return Err(e),
            }
        }
    }

    /// True (and counted) when an interrupted dump, attempt `attempt` (from 0), is to be
    /// sent again.
    pub(crate) fn retry_dump(&mut self, attempt: &mut u32) -> bool {
        if *attempt >= self.dump_retries {
            return false;
        }
        *attempt += 1;
        self.dumps_retried += 1;
        true
    }

    /// [`dump_with`](Self::dump_with), sent again when the kernel marks it interrupted
    /// (`NLM_F_DUMP_INTR`), up to [`dump_retries`](Self::dump_retries) times: `restart` is
    /// called before each new attempt, for the caller to drop what `f` gathered from the
    /// interrupted one (its messages may not be a consistent view). When the last attempt
    /// is interrupted too, the call returns [`Error::DumpInterrupted`] after `f` saw it all.
    ///
    /// ```
    /// use nlcodec_socket::{message, ControlFlow, Fake, Protocol, Socket};
    /// use nlcodec::consts::{NLM_F_DUMP_INTR, NLM_F_MULTI};
    /// // The first dump is interrupted, the second is not.
    /// let mut first = true;
    /// let fake = Fake::new(move |req| {
    ///     let flags = if std::mem::take(&mut first) { NLM_F_MULTI | NLM_F_DUMP_INTR } else { NLM_F_MULTI };
    ///     let mut d = req.message(16, flags, &[0; 16]);
    ///     d.extend(req.done(0));
    ///     vec![d]
    /// });
    /// let mut s = Socket::with_transport(Protocol::ROUTE, fake)?;
    /// let mut req = message(18, 0, &nlcodec_families::rt_link::Ifinfomsg::default(), |_| Ok(()))?;
    /// let links = std::cell::RefCell::new(Vec::new());
    /// s.dump_with_restart(&mut req, || Ok(links.borrow_mut().clear()), |m| {
    ///     links.borrow_mut().push(m.header.seq);
    ///     Ok::<_, nlcodec_socket::Error>(ControlFlow::Continue(()))
    /// })?;
    /// assert_eq!(*links.borrow(), [2]); // only the second dump's message
    /// # Ok::<(), nlcodec_socket::Error>(())
    /// ```
    pub fn dump_with_restart<E: From<Error>>(
        &mut self,
        request: &mut [u8],
        mut restart: impl FnMut() -> Result<(), E>,
        mut f: impl FnMut(Message<'_>) -> Result<Flow, E>,
    ) -> Result<(), E> {
        let mut attempt = 0;
        loop {
            let (failed, r) = self.stream(request, &mut |m, _| f(m));
            if let Some(e) = failed {
                return Err(e);
            }
            match r {
                Err(Error::DumpInterrupted { .. }) if self.retry_dump(&mut attempt) => restart()?,
                r => return r.map(drop).map_err(E::from),
            }
        }
    }

    /// A dump through a callback, which gets each message with the running number of the
    /// datagram that carried it: the callback's own error (which stopped it), and the
    /// dump's outcome.
    fn stream<E>(
        &mut self,
        request: &mut [u8],
        f: &mut impl FnMut(Message<'_>, u64) -> Result<Flow, E>,
    ) -> (Option<E>, Result<Option<String>, Error>) {
        let mut failed = None;
        let r = self.exchange(
            request,
            Addr::KERNEL,
            Mode::Dump,
            false,
            &mut |ev, raw| match ev {
                Event::Data(datagram) => match message(raw).map(|m| f(m, datagram)) {
                    Some(Ok(flow)) => flow,
                    None => Flow::Continue(()),
                    Some(Err(e)) => {
                        failed = Some(e);
                        Flow::Break(())
                    }
                },
                Event::Datagram => Flow::Continue(()),
            },
        );
        (failed, r)
    }

    /// A dump without collecting: `f` sees each data message while it is still in the
    /// receive buffer (zero copy) and returns `Ok(ControlFlow::Continue(()))` for more,
    /// `Ok(ControlFlow::Break(()))` to stop early, or an error, which ends the call with it.
    /// After a stop or an error the rest of the dump is still read (and dropped), so the
    /// socket is ready for the next request. The checks and deadline of
    /// [`dump`](Self::dump) apply; on `NLM_F_DUMP_INTR` every message has been passed to `f`
    /// and then [`Error::DumpInterrupted`] (with an empty `partial`) is returned.
    ///
    /// `E` is the caller's error type; socket errors convert into it.
    ///
    /// ```
    /// use nlcodec_socket::{message, Fake, Protocol, Socket};
    /// use std::ops::ControlFlow;
    /// // A fake kernel that dumps three messages.
    /// let fake = Fake::new(|req| vec![req.dump_reply(&[b"a", b"b", b"c"])]);
    /// let mut sock = Socket::with_transport(Protocol::ROUTE, fake).unwrap();
    /// let mut req = message(nlcodec_families::rt_link::RTM_GETLINK, 0, &nlcodec_families::rt_link::Ifinfomsg::default(), |_| Ok(())).unwrap();
    /// let mut seen = 0;
    /// sock.dump_with(&mut req, |_msg| {
    ///     seen += 1;
    ///     Ok::<_, nlcodec_socket::Error>(if seen == 2 { ControlFlow::Break(()) } else { ControlFlow::Continue(()) })
    /// })
    /// .unwrap();
    /// assert_eq!(seen, 2);
    /// ```
    pub fn dump_with<E: From<Error>>(
        &mut self,
        request: &mut [u8],
        mut f: impl FnMut(Message<'_>) -> Result<Flow, E>,
    ) -> Result<(), E> {
        self.dump_numbered(request, |m, _| f(m))
    }

    /// [`dump_with`](Self::dump_with) whose callback also gets the running number of the
    /// datagram that carried each message (what [`Error::Malformed`] names).
    pub(crate) fn dump_numbered<E: From<Error>>(
        &mut self,
        request: &mut [u8],
        mut f: impl FnMut(Message<'_>, u64) -> Result<Flow, E>,
    ) -> Result<(), E> {
        let (failed, r) = self.stream(request, &mut f);
        if let Some(e) = failed {
            return Err(e);
        }
        r.map(|_| ()).map_err(E::from)
    }

    /// Sends `request` to the kernel with the caller's flags (plus `NLM_F_REQUEST`) and a
    /// fresh sequence number, and returns the raw bytes of every reply datagram, back to
    /// back, up to the end of the answer: `NLMSG_DONE`, `NLMSG_ERROR` (error or ACK, which is
    /// recorded rather than raised), or a single non-multipart reply when no ACK was asked
    /// for. This is what the `capture` example writes into `testdata/`.
    ///
    /// The sender, sequence number and port id checks and the deadline of
    /// [`request`](Self::request) apply; multicast datagrams and stale replies are left out.
    ///
    /// ```
    /// use nlcodec_socket::{message, Fake, Protocol, Socket};
    /// let mut sock = Socket::with_transport(Protocol::ROUTE, Fake::new(|req| vec![req.ack()])).unwrap();
    /// let mut req = message(nlcodec_families::rt_link::RTM_SETLINK, nlcodec::consts::NLM_F_ACK, &nlcodec_families::rt_link::Ifinfomsg::default(), |_| Ok(())).unwrap();
    /// let raw = sock.capture(&mut req).unwrap();
    /// assert_eq!(nlcodec::messages(&raw).count(), 1); // the ACK
    /// ```
    pub fn capture(&mut self, request: &mut [u8]) -> Result<Vec<u8>, Error> {
        let mut out = Vec::new();
        self.exchange(request, Addr::KERNEL, Mode::Capture, true, &mut |ev, d| {
            if ev == Event::Datagram {
                out.extend_from_slice(d)
            }
            Flow::Continue(())
        })?;
        Ok(out)
    }

    /// The blocking loop behind request, dump and capture: the rest of an unfinished dump
    /// read first, then prepare, send, feed each received datagram to the state machine
    /// until it is done or the deadline passes. A dump that ends early is remembered, so
    /// the next call reads its rest before it sends.
    fn exchange(
        &mut self,
        request: &mut [u8],
        peer: Addr,
        mode: Mode,
        collects: bool,
        sink: &mut dyn FnMut(Event, &[u8]) -> Flow,
    ) -> Result<Option<String>, Error> {
        let deadline = self.deadline();
        let sent = self.prepare_exchange(request, mode)?;
        let request: &[u8] = request;
        self.io.send(request, peer, Some(deadline))?;
        let mut ex = self.start_exchange(sent, peer, mode, collects)?;
        let r = self.feed_until(&mut ex, request, deadline, true, sink);
        self.unfinished = ex.unfinished();
        r
    }

    /// Before an exchange sends: reads the rest of a dump given up on, takes a fresh sequence
    /// number and checks and patches `request` for `mode` ([`prepare`]). Shared by the
    /// blocking and the tokio socket.
    pub(crate) fn prepare_exchange(
        &mut self,
        request: &mut [u8],
        mode: Mode,
    ) -> Result<nlcodec::Header, Error> {
        self.drain_unfinished()?;
        let seq = self.next_seq();
        let schema = self.naming();
        prepare(
            request,
            mode,
            seq,
            self.protocol,
            schema.as_ref().map(|s| s.get()),
        )
    }

    /// After the request was sent: learns the port id the send bound the socket to (an
    /// unbound socket is bound by its first send), then the state machine for the answer,
    /// with the reply limit when the call collects. Shared by the blocking and the tokio
    /// socket.
    pub(crate) fn start_exchange(
        &mut self,
        sent: nlcodec::Header,
        peer: Addr,
        mode: Mode,
        collects: bool,
    ) -> Result<Exchange, Error> {
        if self.local.port == 0 {
            self.local = self.io.local_addr()?;
        }
        let header_len = (self.header_len)(sent.kind);
        let limit = if collects { self.reply_limit } else { None };
        let schema = self.naming();
        Ok(Exchange::new(
            sent,
            peer,
            mode,
            self.local.port,
            header_len,
            schema,
            self.protocol,
        )
        .with_limit(limit))
    }

    /// Receives and feeds datagrams to `ex` until it is done or `deadline` passes. The
    /// deadline is checked after every datagram too, so a peer that keeps the queue full
    /// (with stale, foreign or endless data) cannot hold the call past it; what is already
    /// queued at the deadline is still read once (a zero timeout gets an answer that is
    /// there). `wait: false` never waits for a datagram: an empty queue ends the call with
    /// [`Error::Timeout`].
    fn feed_until(
        &mut self,
        ex: &mut Exchange,
        request: &[u8],
        deadline: Instant,
        wait: bool,
        sink: &mut dyn FnMut(Event, &[u8]) -> Flow,
    ) -> Result<Option<String>, Error> {
        let started = Instant::now();
        loop {
            let until = if wait { deadline } else { Instant::now() };
            let (n, from) = self.recv_counted(Some(until), started)?;
            if let Some(w) = self.feed_received(ex, request, n, from, sink)? {
                return Ok(w);
            }
            if Instant::now() >= deadline {
                return Err(Error::Timeout {
                    waited: started.elapsed(),
                });
            }
        }
    }

    /// The datagram of `n` bytes just received from `from`, handed to `ex`, or to the
    /// request in flight it answers (kept for it, not skipped as stale). Shared by the
    /// blocking and the tokio socket.
    pub(crate) fn feed_received(
        &mut self,
        ex: &mut Exchange,
        request: &[u8],
        n: usize,
        from: Addr,
        sink: &mut dyn FnMut(Event, &[u8]) -> Flow,
    ) -> Result<Option<Option<String>>, Error> {
        let number = self.datagrams;
        let bytes = &self.rbuf[..n];
        if crate::slot::dispatch(&mut self.inflight, bytes, from, number) && !carries(bytes, ex.seq)
        {
            return Ok(None);
        }
        ex.feed(request, bytes, from, number, &mut self.skipped, sink)
    }

    /// Reads and drops the rest of a dump an earlier call gave up on, up to its
    /// `NLMSG_DONE`, without waiting: while the kernel runs a dump for a socket it keeps its
    /// next chunk queued, so an empty queue means the dump is over.
    pub(crate) fn drain_unfinished(&mut self) -> Result<(), Error> {
        let Some(u) = self.unfinished.take() else {
            return Ok(());
        };
        let mut ex = Exchange::drain(u, self.local.port);
        let deadline = self.deadline();
        match self.feed_until(
            &mut ex,
            &[],
            deadline,
            false,
            &mut |_, _| Flow::Continue(()),
        ) {
            Ok(_) | Err(Error::Timeout { .. }) => Ok(()),
            Err(e) if e.is_would_block() => Ok(()), // a non-blocking socket's empty queue
            Err(e) => Err(e),
        }
    }
}

/// True when the datagram holds a message with sequence number `seq`.
pub(crate) fn carries(bytes: &[u8], seq: u32) -> bool {
    nlcodec::messages(bytes)
        .map_while(Result::ok)
        .any(|m| m.header.seq == seq)
}
