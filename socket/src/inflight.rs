//! Requests in flight: several `do` requests sent before any answer is read, each answer
//! matched to its request by sequence number (and checked against the port id, as every
//! answer is), in whatever order they are waited for.

use crate::addr::Addr;
use crate::attrs::Attrs;
use crate::datagram::check_stream;
use crate::error::Error;
use crate::exchange::{Exchange, Mode};
use crate::reply::Reply;
use crate::slot::{dispatch, Slot};
use crate::socket::Socket;
use crate::transport::Transport;
use crate::typed::TypedReply;
use nlcodec_families::runtime::{Answer, Do};
use std::marker::PhantomData;
use std::time::Instant;

/// A request sent and not yet answered: hand it to [`Socket::wait`] (or
/// `AsyncSocket::wait`, feature `tokio`) for its answer. `O` is the operation of
/// a typed request ([`Socket::send_call`]), or [`Raw`] for a request built by hand
/// ([`Socket::send_request`]).
///
/// The socket keeps each request's answer from the moment it arrives until it is waited
/// for, so waiting in any order loses nothing; a request never waited for keeps its answer
/// until the socket is dropped ([`Socket::requests_in_flight`] counts them).
#[must_use = "the answer is only read by wait()"]
#[derive(Debug)]
pub struct Pending<O = Raw> {
    pub(crate) seq: u32,
    op: PhantomData<fn() -> O>,
}

impl<O> Pending<O> {
    pub(crate) fn new(seq: u32) -> Self {
        Pending {
            seq,
            op: PhantomData,
        }
    }

    /// The request's sequence number.
    pub fn seq(&self) -> u32 {
        self.seq
    }
}

/// The [`Pending`] of a request built by hand: its answer is the [`Reply`].
#[derive(Debug)]
pub enum Raw {}

/// What waiting for a [`Pending`] returns: the [`Reply`] of a [`Raw`] request, and for a
/// typed one what [`Socket::call`] returns (`()` for an operation that only ACKs, its
/// replies as a [`TypedReply`] otherwise).
pub trait Outcome {
    /// What [`Socket::wait`] returns.
    type Output;
    /// The output of the answer's data messages.
    fn finish(reply: Reply) -> Self::Output;
}

impl Outcome for Raw {
    type Output = Reply;
    fn finish(reply: Reply) -> Reply {
        reply
    }
}

impl<O: Do> Outcome for O {
    type Output = <O::Answer as Answer>::Output<TypedReply<O>>;
    fn finish(reply: Reply) -> Self::Output {
        O::Answer::finish(TypedReply::new(reply))
    }
}

impl<T: Transport> Socket<T> {
    /// Sends `request` (one message, as for [`request`](Self::request): `NLM_F_REQUEST |
    /// NLM_F_ACK` and a fresh sequence number patched in) and returns at once, before the
    /// answer: several requests can be in flight on one socket, and [`wait`](Self::wait)
    /// reads each answer, in any order. Answers that arrive for one request while the
    /// socket waits for another (or runs a [`request`](Self::request) or a
    /// [`dump`](Self::dump)) are kept for it; errors belong to the request that caused them.
    ///
    /// ```
    /// use nlcodec_families::rt_link::{Ifinfomsg, RTM_SETLINK};
    /// use nlcodec_socket::{message, Fake, Protocol, Socket};
    /// // A kernel that refuses interface 2.
    /// let fake = Fake::new(|req| match req.bytes[20] {
    ///     2 => vec![req.error(19)],
    ///     _ => vec![req.ack()],
    /// });
    /// let mut s = Socket::with_transport(Protocol::ROUTE, fake)?;
    /// let set = |i| message(RTM_SETLINK, 0, &Ifinfomsg { ifi_index: i, ..Default::default() }, |_| Ok(()));
    /// let one = s.send_request(&mut set(1)?)?;
    /// let two = s.send_request(&mut set(2)?)?;
    /// assert_eq!(s.requests_in_flight(), 2);
    /// assert_eq!(s.wait(two).unwrap_err().kernel().unwrap().errno, 19);
    /// assert!(s.wait(one).is_ok());
    /// # Ok::<(), nlcodec_socket::Error>(())
    /// ```
    pub fn send_request(&mut self, request: &mut [u8]) -> Result<Pending, Error> {
        let sent = self.prepare_exchange(request, Mode::Ack)?;
        let deadline = self.deadline();
        self.io.send(request, Addr::KERNEL, Some(deadline))?;
        let ex = self.start_exchange(sent, Addr::KERNEL, Mode::Ack, true)?;
        self.track(ex, request);
        Ok(Pending::new(sent.seq))
    }

    /// The typed [`send_request`](Self::send_request): the `do` of operation `O` written
    /// as [`call`](Self::call) writes it, sent at once; [`wait`](Self::wait) returns what
    /// `call` returns.
    ///
    /// ```
    /// use nlcodec_families::rt_link::{ops::Setlink, Ifinfomsg};
    /// use nlcodec_socket::{Fake, Protocol, Socket};
    /// let mut s = Socket::with_transport(Protocol::ROUTE, Fake::new(|req| vec![req.ack()]))?;
    /// let lo = Ifinfomsg { ifi_index: 1, ..Default::default() };
    /// let calls: Vec<_> = (0..3)
    ///     .map(|i| s.send_call(Setlink, 0, &lo, |l| l.mtu(1400 + i)))
    ///     .collect::<Result<_, _>>()?;
    /// for c in calls {
    ///     let () = s.wait(c)?;
    /// }
    /// # Ok::<(), nlcodec_socket::Error>(())
    /// ```
    pub fn send_call<O: Do>(
        &mut self,
        op: O,
        flags: u16,
        header: &O::Header,
        attrs: impl Attrs<O::Attrs>,
    ) -> Result<Pending<O>, Error> {
        let _ = op;
        let mut req = self.typed_request::<O>(flags, header, attrs)?;
        let p = self.send_request(&mut req)?;
        Ok(Pending::new(p.seq))
    }

    /// The answer of a request in flight, read now if it has not come yet (and the answers
    /// of the others kept as they come), within [`timeout`](Self::timeout) from this call:
    /// the data messages up to the ACK, or the kernel's error for this request. A
    /// [`Pending`] of another socket is [`Error::InvalidRequest`].
    pub fn wait<O: Outcome>(&mut self, pending: Pending<O>) -> Result<O::Output, Error> {
        let seq = pending.seq;
        let deadline = self.deadline();
        let started = Instant::now();
        loop {
            if let Some(answer) = self.take_answer::<O>(seq)? {
                return answer;
            }
            if let Err(e) = self.receive_for_inflight(deadline, started) {
                if matches!(e, Error::Timeout { .. }) {
                    // Its late answer is stale from now on.
                    self.inflight.retain(|s| s.seq() != seq);
                }
                return Err(e);
            }
        }
    }

    /// The answer of request `seq` if it is complete (then forgotten), `None` while it is
    /// not; [`Error::InvalidRequest`] when no such request is in flight.
    pub(crate) fn take_answer<O: Outcome>(
        &mut self,
        seq: u32,
    ) -> Result<Option<Result<O::Output, Error>>, Error> {
        let Some(i) = self.inflight.iter().position(|s| s.seq() == seq) else {
            return Err(Error::InvalidRequest {
                reason: "no request in flight with this sequence number on this socket",
            });
        };
        let Some((reply, outcome)) = self.inflight[i].take_if_complete() else {
            return Ok(None);
        };
        self.inflight.swap_remove(i);
        Ok(Some(reply.finish(outcome).map(O::finish)))
    }

    /// How many requests sent with [`send_request`](Self::send_request) or
    /// [`send_call`](Self::send_call) have not been waited for.
    pub fn requests_in_flight(&self) -> usize {
        self.inflight.len()
    }

    /// Keeps `ex` (a request just sent) among the requests in flight.
    pub(crate) fn track(&mut self, ex: Exchange, request: &[u8]) {
        self.inflight.push(Slot {
            ex,
            request: request.to_vec(),
            reply: Reply::default(),
            outcome: None,
        });
    }

    /// Receives one datagram and hands it to the requests in flight (what none of them
    /// takes is counted stale, or foreign).
    fn receive_for_inflight(&mut self, deadline: Instant, started: Instant) -> Result<(), Error> {
        let (n, from) = self.recv_counted(Some(deadline), started)?;
        self.take_for_inflight(n, from)?;
        if Instant::now() >= deadline {
            return Err(Error::Timeout {
                waited: started.elapsed(),
            });
        }
        Ok(())
    }

    /// The datagram of `n` bytes in the receive buffer, from `from`, handed to the requests
    /// in flight. Shared with the tokio socket.
    pub(crate) fn take_for_inflight(&mut self, n: usize, from: Addr) -> Result<(), Error> {
        if from.is_multicast() {
            return Ok(());
        }
        if from.port != 0 {
            self.skipped.foreign += 1;
            return Ok(());
        }
        let number = self.datagrams;
        let bytes = &self.rbuf[..n];
        check_stream(bytes, from, number)?;
        if !dispatch(&mut self.inflight, bytes, from, number) {
            self.skipped.stale += nlcodec::messages(bytes).count() as u64;
        }
        Ok(())
    }
}
