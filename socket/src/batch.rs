//! Batches and transactions: several requests sent together, each with its own sequence
//! number, answered with one result per message or the first error naming its message.
//!
//! How the answers are kept from overrunning the receive buffer: the kernel carries out a
//! netlink datagram inside the `sendmsg` that delivers it and queues every answer before the
//! call returns, so only one message per datagram asks for an ACK (the last one: its ACK
//! comes after every other answer to the datagram), errors come anyway, and each datagram's
//! answers are read before the next is sent. An nftables transaction is one datagram
//! (`NFNL_MSG_BATCH_BEGIN`, the messages, `NFNL_MSG_BATCH_END`: the kernel applies all of
//! it or nothing only within one), so the send buffer is raised to fit it; the batch
//! markers ask for no ACK, which kernels before 6.10 never send.

use crate::addr::Addr;
use crate::attrs::Attrs;
use crate::datagram::check_stream;
use crate::error::{Error, KernelError};
use crate::exchange::dump_bits_mean_dump;
use crate::reply::Reply;
use crate::socket::Socket;
use crate::transport::{Kernel, Transport};
use nlcodec::consts::*;
use nlcodec::{Header, Payload, Protocol, Writer};
use nlcodec_families::nftables::{self, Nfgenmsg};
use nlcodec_families::runtime::Do;
use std::ops::Range;

/// The nfnetlink subsystem of nftables (`NFNL_SUBSYS_NFTABLES`): the high byte of its
/// message types, and the `res_id` of the batch markers.
const NFTABLES_SUBSYS: u16 = nftables::NFTABLES_CMD_NEWTABLE >> 8;

/// The most request bytes in one datagram of a batch that is not a transaction: the
/// kernel's answers to a datagram wait in the receive buffer until they are read.
const DATAGRAM_BYTES: usize = 32 * 1024;

/// The most messages in one such datagram whose operation answers with data (or that the
/// socket's schema does not know): a reply can be far larger than its request (a link is
/// ~1.5 KB for a 32-byte `RTM_GETLINK`).
const REPLYING_PER_DATAGRAM: usize = 32;

/// A batch of requests being built, sent by [`commit`](Self::commit): on an nftables
/// socket (`NETLINK_NETFILTER`) one transaction the kernel applies whole or not at all, on
/// any other protocol requests pipelined (many per datagram, one ACK per datagram).
///
/// Made by [`Socket::transaction`]; it borrows the socket until it is committed or dropped
/// (dropping it sends nothing).
///
/// ```
/// use nlcodec_families::nftables::{ops::Newtable, Nfgenmsg};
/// use nlcodec_socket::{Fake, Protocol, Socket};
/// // A fake kernel that ACKs the messages that ask for it.
/// let fake = Fake::new(|req| req.messages().filter(|m| m.wants_ack()).map(|m| m.ack()).collect());
/// let mut s = Socket::with_transport(Protocol::NETFILTER, fake)?;
/// let inet = Nfgenmsg { nfgen_family: 1, ..Default::default() };
/// let mut tx = s.transaction();
/// tx.add(Newtable, nlcodec::consts::NLM_F_CREATE, &inet, |t| t.name("a"))?;
/// tx.add(Newtable, nlcodec::consts::NLM_F_CREATE, &inet, |t| t.name("b"))?;
/// let replies = tx.commit()?;
/// assert_eq!(replies.len(), 2);
/// // One datagram: BATCH_BEGIN, the two tables, BATCH_END.
/// assert_eq!(nlcodec::messages(&s.transport().requests()[0]).count(), 4);
/// # Ok::<(), nlcodec_socket::Error>(())
/// ```
#[derive(Debug)]
pub struct Transaction<'s, T: Transport = Kernel> {
    sock: &'s mut Socket<T>,
    w: Writer<Vec<u8>>,
    count: usize,
}

impl<T: Transport> Socket<T> {
    /// Starts a batch of requests ([`Transaction::add`], [`Transaction::push`]) sent
    /// together by [`Transaction::commit`]:
    ///
    /// - On `NETLINK_NETFILTER` with nftables messages, a transaction: wrapped in
    ///   `NFNL_MSG_BATCH_BEGIN` / `NFNL_MSG_BATCH_END` (`res_id` = `NFNL_SUBSYS_NFTABLES`)
    ///   and sent as one datagram (the send buffer is raised to fit), so the kernel applies
    ///   every message or none. Works on kernels that ACK the batch markers and on those
    ///   that do not (before 6.10): the markers ask for no ACK.
    /// - On any other protocol, pipelined requests: up to 32 KiB per datagram, each
    ///   datagram's answers read before the next is sent. The kernel carries each message
    ///   out on its own: when one fails, those before it took effect, and so did the
    ///   others of its datagram after it; later datagrams are not sent.
    ///
    /// Each message gets its own sequence number; only the last of each datagram asks for
    /// an ACK (errors come without asking, and that ACK comes after every other answer to
    /// the datagram), so a batch of any size never floods the receive buffer with ACKs.
    /// The answer to each datagram is waited for at most [`timeout`](Self::timeout).
    pub fn transaction(&mut self) -> Transaction<'_, T> {
        Transaction {
            sock: self,
            w: Writer::from_vec(Vec::new()),
            count: 0,
        }
    }
}

impl<T: Transport> Transaction<'_, T> {
    /// Adds the `do` request of operation `O` (as [`Socket::call`] writes it: the fixed
    /// `header`, then the attributes `attrs` writes with the operation's typed builder),
    /// with `flags` (`NLM_F_REQUEST` is added; `NLM_F_ACK` is added where needed). A
    /// request that cannot be built is an error and leaves the batch as it was.
    pub fn add<O: Do>(
        &mut self,
        op: O,
        flags: u16,
        header: &O::Header,
        attrs: impl Attrs<O::Attrs>,
    ) -> Result<&mut Self, Error> {
        let _ = op;
        self.sock
            .write_request::<O>(&mut self.w, flags, header, attrs)?;
        self.count += 1;
        Ok(self)
    }

    /// Adds one message built elsewhere (with [`message`](crate::message) or an
    /// [`nlcodec::Writer`]); its sequence number is replaced. Anything but exactly one
    /// well-formed message is [`Error::InvalidRequest`].
    ///
    /// ```
    /// use nlcodec_families::rt_link::{Ifinfomsg, RTM_SETLINK};
    /// use nlcodec_socket::{message, Fake, Protocol, Socket};
    /// let mut s = Socket::with_transport(Protocol::ROUTE, Fake::new(|_| vec![]))?;
    /// let mut tx = s.transaction();
    /// tx.push(&message(RTM_SETLINK, 0, &Ifinfomsg::default(), |_| Ok(()))?)?;
    /// assert!(tx.push(b"junk").is_err());
    /// assert_eq!(tx.len(), 1);
    /// # Ok::<(), nlcodec_socket::Error>(())
    /// ```
    pub fn push(&mut self, message: &[u8]) -> Result<&mut Self, Error> {
        let mut msgs = nlcodec::messages(message);
        let msg = match (msgs.next(), msgs.next()) {
            (Some(Ok(m)), None) => m,
            (Some(Ok(_)), Some(_)) => {
                return Err(Error::InvalidRequest {
                    reason: "more than one message (push them one by one)",
                })
            }
            _ => {
                return Err(Error::InvalidRequest {
                    reason: "not a netlink message",
                })
            }
        };
        let h = msg.header;
        let written = (|| {
            self.w.begin_message(h.kind, h.flags, 0, h.pid)?;
            self.w.put(msg.payload)?;
            self.w.end_message()
        })();
        if written.is_err() {
            self.w.cancel_message();
        }
        written?;
        self.count += 1;
        Ok(self)
    }

    /// How many messages the batch holds (without the batch markers).
    pub fn len(&self) -> usize {
        self.count
    }

    /// True when nothing was added.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Sends the batch and waits for its answers: one [`Reply`] per message, in order (the
    /// data messages answering it, if any; empty for an ACK), or the first failure as
    /// [`Error::Batch`] with the index of the message that failed (from 0, in the order
    /// added) and the kernel's error, named by the socket's schema (message name and
    /// attribute path). An empty batch sends nothing.
    pub fn commit(self) -> Result<Vec<Reply>, Error> {
        let Transaction { sock, w, count } = self;
        sock.commit_batch(w.into_vec(), count)
    }
}

/// A batch laid out for sending: every message (with the markers) and its place.
struct Plan {
    bytes: Vec<u8>,
    /// Each message's bytes in `bytes`, markers included.
    spans: Vec<Range<usize>>,
    /// The messages the caller added (the others are the batch markers).
    added: Range<usize>,
    /// The datagrams, as ranges of `spans`; the last message of each asks for the ACK.
    datagrams: Vec<Range<usize>>,
    /// The sequence number of `spans[0]`; the others follow it.
    first_seq: u32,
}

impl Plan {
    fn index(&self, seq: u32) -> Option<usize> {
        let i = seq.wrapping_sub(self.first_seq) as usize;
        (i < self.spans.len()).then_some(i)
    }

    fn datagram(&self, d: &Range<usize>) -> &[u8] {
        let start = self.spans[d.start].start;
        let end = self.spans[d.end - 1].end;
        &self.bytes[start..end]
    }
}

/// What the answers to a batch said so far.
struct Answers {
    replies: Vec<Reply>,
    /// The first failure, by message index.
    failure: Option<(usize, KernelError)>,
    /// Bytes of data messages kept, against the reply limit.
    kept: usize,
}

impl<T: Transport> Socket<T> {
    fn commit_batch(&mut self, bytes: Vec<u8>, count: usize) -> Result<Vec<Reply>, Error> {
        if count == 0 {
            return Ok(Vec::new());
        }
        self.drain_unfinished()?;
        let plan = self.plan(bytes)?;
        let mut answers = Answers {
            replies: vec![Reply::default(); plan.spans.len()],
            failure: None,
            kept: 0,
        };
        if plan.added.start == 1 {
            self.io.reserve_send(plan.bytes.len())?;
        }
        for d in &plan.datagrams {
            let deadline = self.deadline();
            self.io
                .send(plan.datagram(d), Addr::KERNEL, Some(deadline))?;
            if self.local.port == 0 {
                // An unbound socket is bound by its first send.
                self.local = self.io.local_addr()?;
            }
            self.await_datagram(&plan, d, &mut answers)?;
            if answers.failure.is_some() {
                break;
            }
        }
        if let Some((index, source)) = answers.failure {
            let added = plan.added.clone();
            return Err(Error::Batch {
                index: added.contains(&index).then(|| index - added.start),
                messages: added.len(),
                source: Box::new(Error::Kernel(Box::new(source))),
            });
        }
        Ok(answers.replies.drain(plan.added).collect())
    }

    /// Lays the batch out: checks each message, adds the nftables markers when the batch is
    /// a transaction, numbers the messages, cuts the datagrams and sets `NLM_F_ACK` on the
    /// last message of each.
    fn plan(&mut self, added: Vec<u8>) -> Result<Plan, Error> {
        let schema = self.naming();
        let mut headers = Vec::new();
        for m in nlcodec::messages(&added) {
            let m = m.map_err(|_| Error::InvalidRequest {
                reason: "not a netlink message",
            })?;
            let h = m.header;
            if self.protocol == Protocol::ROUTE
                && dump_bits_mean_dump(self.protocol, h.kind)
                && h.flags & NLM_F_DUMP == NLM_F_DUMP
            {
                return Err(Error::InvalidRequest {
                    reason: "a dump cannot be part of a batch",
                });
            }
            if let Some(d) = schema
                .as_ref()
                .and_then(|s| s.get().message(h.kind, m.payload))
            {
                if d.op.notification {
                    return Err(Error::NotDoable {
                        request: h.kind,
                        name: d.op.c_name,
                    });
                }
            }
            headers.push(h);
        }
        let netfilter = self.protocol == Protocol::NETFILTER;
        let markers = [
            nftables::NFTABLES_CMD_BATCH_BEGIN,
            nftables::NFTABLES_CMD_BATCH_END,
        ];
        if netfilter && headers.iter().any(|h| markers.contains(&h.kind)) {
            return Err(Error::InvalidRequest {
                reason: "the batch markers are added by the transaction itself",
            });
        }
        let nft = |h: &Header| h.kind >> 8 == NFTABLES_SUBSYS;
        let atomic = netfilter && headers.iter().any(nft);
        if atomic && !headers.iter().all(nft) {
            return Err(Error::InvalidRequest {
                reason: "an nftables transaction holds only nftables messages",
            });
        }
        let mut bytes = added;
        let mut spans = Vec::with_capacity(headers.len() + 2);
        if atomic {
            let (begin, end) = (marker(markers[0])?, marker(markers[1])?);
            let mut all = Vec::with_capacity(begin.len() + bytes.len() + end.len());
            all.extend_from_slice(&begin);
            all.extend_from_slice(&bytes);
            all.extend_from_slice(&end);
            bytes = all;
            spans.push(0..begin.len());
        }
        let mut at = spans.last().map_or(0, |s| s.end);
        for h in &headers {
            let len = h.len as usize;
            spans.push(at..at + len);
            at += align(len);
        }
        if atomic {
            spans.push(at..bytes.len());
        }
        let added = usize::from(atomic)..usize::from(atomic) + headers.len();
        let datagrams = if atomic {
            std::iter::once(0..spans.len()).collect()
        } else {
            self.cut(&headers)
        };
        let mut acked = vec![false; spans.len()];
        for d in &datagrams {
            acked[barrier(atomic, spans.len(), d)] = true;
        }
        let first_seq = self.seq.wrapping_add(1);
        for (i, span) in spans.iter().enumerate() {
            let start = span.start;
            let mut h = Header::parse(&bytes[start..]).map_err(|_| Error::InvalidRequest {
                reason: "not a netlink message",
            })?;
            h.seq = first_seq.wrapping_add(i as u32);
            h.flags |= NLM_F_REQUEST;
            if acked[i] {
                h.flags |= NLM_F_ACK;
            }
            bytes[start..start + NLMSG_HDRLEN].copy_from_slice(&h.to_bytes());
        }
        self.seq = first_seq.wrapping_add(spans.len() as u32 - 1);
        if self.seq == 0 {
            self.seq = 1;
        }
        Ok(Plan {
            bytes,
            spans,
            added,
            datagrams,
            first_seq,
        })
    }

    /// Cuts a batch that is not a transaction into datagrams of at most
    /// [`DATAGRAM_BYTES`] and [`REPLYING_PER_DATAGRAM`] replying messages (a single larger
    /// message goes alone).
    fn cut(&self, headers: &[Header]) -> Vec<Range<usize>> {
        let schema = self.naming();
        let replies = |h: &Header| match schema.as_ref().and_then(|s| s.get().message(h.kind, &[]))
        {
            Some(d) => d.op.do_reply.is_some(),
            None => true,
        };
        let mut out = Vec::new();
        let (mut start, mut bytes, mut replying) = (0, 0, 0);
        for (i, h) in headers.iter().enumerate() {
            let len = align(h.len as usize);
            let r = usize::from(replies(h));
            if i > start && (bytes + len > DATAGRAM_BYTES || replying + r > REPLYING_PER_DATAGRAM) {
                out.push(start..i);
                (start, bytes, replying) = (i, 0, 0);
            }
            bytes += len;
            replying += r;
        }
        out.push(start..headers.len());
        out
    }

    /// Reads the answers to datagram `d` of `plan` up to the ACK (or error) of its last
    /// message, or an error of the batch as a whole (on its `BATCH_BEGIN`).
    fn await_datagram(
        &mut self,
        plan: &Plan,
        d: &Range<usize>,
        answers: &mut Answers,
    ) -> Result<(), Error> {
        let deadline = self.deadline();
        let started = std::time::Instant::now();
        let barrier = barrier(plan.added.start == 1, plan.spans.len(), d);
        loop {
            let (n, from) = match self.recv_counted(Some(deadline), started) {
                Ok(r) => r,
                // Answers were dropped: if one said the batch failed, that is the answer.
                Err(Error::EventsLost) if answers.failure.is_some() => return Ok(()),
                Err(e) => return Err(e),
            };
            if from.is_multicast() {
                continue;
            }
            if from.port != 0 {
                self.skipped.foreign += 1;
                continue;
            }
            let number = self.datagrams;
            let bytes = &self.rbuf[..n];
            check_stream(bytes, from, number)?;
            if crate::slot::dispatch(&mut self.inflight, bytes, from, number) {
                continue; // an answer to a request in flight, kept for it
            }
            let mut done = false;
            for (msg, raw) in crate::exchange::messages_raw(bytes) {
                let Some(i) = plan.index(msg.header.seq) else {
                    self.skipped.stale += 1;
                    continue;
                };
                if msg.header.pid != self.local.port {
                    return Err(Error::PortMismatch {
                        expected: self.local.port,
                        got: msg.header.pid,
                        seq: msg.header.seq,
                    });
                }
                if !msg.is_control() {
                    answers.kept += msg.payload.len() + NLMSG_HDRLEN;
                    if let Some(limit) = self.reply_limit.filter(|&l| answers.kept > l) {
                        return Err(Error::ReplyTooLarge { limit });
                    }
                    answers.replies[i].push(raw);
                    continue;
                }
                match crate::exchange::decode(&msg, number, from, bytes)? {
                    Payload::Error(e) => {
                        if e.error != 0 && answers.failure.as_ref().is_none_or(|f| i < f.0) {
                            let sent = &plan.bytes[plan.spans[i].clone()];
                            let schema = self.naming();
                            let k = KernelError::from_error_message(
                                &e,
                                sent,
                                (self.header_len)(msg.header.kind),
                                schema.as_ref().map(|s| s.get()),
                            );
                            answers.failure = Some((i, k));
                        }
                        if e.error == 0 && i != barrier {
                            continue; // an ACK the caller asked for
                        }
                        // The barrier's answer ends the datagram; an error of the batch
                        // itself (on BATCH_BEGIN: no commit, no room for the errors) ends it
                        // with no further answer.
                        done |= i == barrier || !plan.added.contains(&i);
                    }
                    Payload::Overrun => return Err(Error::Overrun { from }),
                    Payload::Noop | Payload::Done(_) | Payload::Data(_) => {}
                }
            }
            if done {
                return Ok(());
            }
        }
    }
}

/// The message of datagram `d` (of a batch of `spans` messages) that asks for the ACK:
/// its last, or in a transaction the last before `BATCH_END` (the markers ask for none).
fn barrier(atomic: bool, spans: usize, d: &Range<usize>) -> usize {
    match atomic {
        true => spans - 2,
        false => d.end - 1,
    }
}

/// A batch marker: `NFNL_MSG_BATCH_BEGIN` or `_END` for the nftables subsystem.
fn marker(kind: u16) -> Result<Vec<u8>, Error> {
    let mut w = Writer::from_vec(Vec::new());
    w.begin_message(kind, NLM_F_REQUEST, 0, 0)?;
    w.put_header(&Nfgenmsg {
        nfgen_family: 0, // AF_UNSPEC
        version: 0,      // NFNETLINK_V0
        res_id: NFTABLES_SUBSYS,
    })?;
    w.end_message()?;
    Ok(w.into_vec())
}
