//! The request/answer state machine, without I/O: the blocking [`Socket`](crate::Socket)
//! and the tokio wrapper feed it the datagrams they receive.
//!
//! It checks each reply (sender, sequence number, port id), collects data messages, turns
//! `NLMSG_ERROR` and errors in `NLMSG_DONE` into [`KernelError`], and notes
//! `NLM_F_DUMP_INTR`.

use crate::addr::Addr;
use crate::datagram::check_stream;
use crate::error::{ext_text, Error, KernelError};
use crate::reply::Reply;
use nlcodec::consts::*;
use nlcodec::schema::Schema;
use nlcodec::Protocol;
use nlcodec::{Header, Message, Payload};
use nlcodec_families::rt_link::RTM_NEWLINK;
use nlcodec_families::runtime::GenlRegistry;
use std::ops::ControlFlow;
use std::sync::Arc;

/// The schema a socket names requests and errors with: one the caller set
/// ([`Socket::set_schema`](crate::Socket::set_schema)), or by default, on a generic netlink
/// socket, the families it resolved.
#[derive(Clone)]
pub(crate) enum SchemaRef {
    /// Set by the caller.
    Static(&'static (dyn Schema + Sync)),
    /// The generic netlink families this socket resolved, by the ids the kernel gave them.
    Resolved(Arc<GenlRegistry>),
}

impl SchemaRef {
    pub(crate) fn get(&self) -> &(dyn Schema + Sync) {
        match self {
            SchemaRef::Static(s) => *s,
            SchemaRef::Resolved(r) => &**r,
        }
    }
}

impl std::fmt::Debug for SchemaRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            SchemaRef::Static(_) => "Schema",
            SchemaRef::Resolved(_) => "ResolvedGenlFamilies",
        })
    }
}

/// What an exchange waits for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Mode {
    /// A `do`: `NLM_F_ACK` set, until the `NLMSG_ERROR` that acknowledges (or rejects).
    Ack,
    /// `NLM_F_DUMP` set: until `NLMSG_DONE` (or an early `NLMSG_ERROR`).
    Dump,
    /// Flags as the caller set them; errors are recorded, not raised.
    Capture,
    /// The rest of a dump an earlier call gave up on (a deadline, a malformed datagram):
    /// everything of its sequence number is read and dropped, up to its `NLMSG_DONE`, so the
    /// kernel finishes it and takes the next dump instead of answering `EBUSY`.
    Drain,
}

/// What the exchange hands to its sink with some bytes. The sink gets the kind and the
/// bytes as two arguments, both in registers: an enum carrying the slice would be passed
/// through memory, and reading it back right after it was written stalls on store
/// forwarding (measured: a sixth of a streaming dump's user time).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Event {
    /// A data message as it was received: header and payload, `nlmsg_len` bytes, with the
    /// running number of the datagram that carried it. Raw bytes rather than a
    /// [`Message`]: a sink that wants the message reads its header again from the receive
    /// buffer ([`message`]), where copying a just built `Message` would stall the same way.
    Data(u64),
    /// A whole datagram that carried part of the answer.
    Datagram,
}

/// The message of [`Event::Data`]'s bytes (checked by the exchange, so never `None` there).
#[inline(always)]
pub(crate) fn message(raw: &[u8]) -> Option<Message<'_>> {
    nlcodec::messages(raw).next().and_then(Result::ok)
}

/// The messages of a datagram up to the first malformed one (as
/// [`nlcodec::messages`]), each with its bytes as received (`nlmsg_len` of them).
pub(crate) fn messages_raw(bytes: &[u8]) -> impl Iterator<Item = (Message<'_>, &[u8])> {
    let mut stream = nlcodec::messages(bytes);
    std::iter::from_fn(move || {
        let at = stream.offset();
        let msg = stream.next()?.ok()?;
        Some((msg, bytes.get(at..at + msg.header.len as usize)?))
    })
}

/// The sink of a call that collects: keeps each data message in `reply`, goes on.
pub(crate) fn keep(reply: &mut Reply, ev: Event, bytes: &[u8]) -> Flow {
    if matches!(ev, Event::Data(_)) {
        reply.push(bytes);
    }
    Flow::Continue(())
}

/// The sink's answer: go on, or stop handing data (the rest of the answer is still read,
/// so the socket is left clean).
pub(crate) type Flow = ControlFlow<()>;

/// What a socket skipped while it waited for answers.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Skipped {
    /// Messages with another sequence number (answers to abandoned requests).
    pub(crate) stale: u64,
    /// Datagrams from a sender other than the peer asked (forged, or another process's).
    pub(crate) foreign: u64,
}

/// A dump the kernel may still be running for this socket: an exchange that ended before its
/// `NLMSG_DONE`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Unfinished {
    pub(crate) seq: u32,
}

/// One request in flight.
#[derive(Debug)]
pub(crate) struct Exchange {
    pub(crate) seq: u32,
    peer: Addr,
    mode: Mode,
    local_port: u32,
    header_len: usize,
    schema: Option<SchemaRef>,
    wants_ack: bool,
    is_dump: bool,
    interrupted: bool,
    stopped: bool,
    /// The answer's end (`NLMSG_DONE`, or the `NLMSG_ERROR` that ends it) was read.
    pub(crate) complete: bool,
    /// Data bytes handed to a collecting sink so far, and the most allowed.
    collected: usize,
    limit: Option<usize>,
}

/// Checks that `request` is one message fit for `mode` and patches its flags and sequence
/// number. Returns the header as sent.
pub(crate) fn prepare(
    request: &mut [u8],
    mode: Mode,
    seq: u32,
    protocol: Protocol,
    schema: Option<&(dyn Schema + Sync)>,
) -> Result<Header, Error> {
    let mut msgs = nlcodec::messages(request);
    let first = match msgs.next() {
        Some(Ok(m)) => m.header,
        Some(Err(_)) => {
            return Err(Error::InvalidRequest {
                reason: "not a netlink message",
            })
        }
        None => {
            return Err(Error::InvalidRequest {
                reason: "empty buffer",
            })
        }
    };
    if msgs.next().is_some() {
        return Err(Error::InvalidRequest {
            reason: "more than one message",
        });
    }
    let payload = request.get(NLMSG_HDRLEN..first.len as usize).unwrap_or(&[]);
    let op = schema
        .and_then(|s| s.message(first.kind, payload))
        .map(|d| d.op);
    match mode {
        Mode::Dump => {
            if !dump_bits_mean_dump(protocol, first.kind) || op.is_some_and(|o| !o.has_dump()) {
                return Err(Error::NotDumpable {
                    request: first.kind,
                    name: op.map(|o| o.c_name),
                });
            }
        }
        Mode::Ack => {
            if let Some(o) = op {
                // Only a notification is certain misuse: the specs leave out some `do`
                // forms the kernel has (IPv6 RTM_GETADDR), and the kernel refuses those
                // itself without hanging.
                if o.notification {
                    return Err(Error::NotDoable {
                        request: first.kind,
                        name: o.c_name,
                    });
                }
            }
        }
        Mode::Capture | Mode::Drain => {}
    }
    let flags = first.flags
        | NLM_F_REQUEST
        | match mode {
            Mode::Ack => NLM_F_ACK,
            Mode::Dump => NLM_F_DUMP,
            Mode::Capture | Mode::Drain => 0,
        };
    let sent = Header {
        seq,
        flags,
        ..first
    };
    request[..NLMSG_HDRLEN].copy_from_slice(&sent.to_bytes());
    Ok(sent)
}

impl Exchange {
    pub(crate) fn new(
        sent: Header,
        peer: Addr,
        mode: Mode,
        local_port: u32,
        header_len: usize,
        schema: Option<SchemaRef>,
        protocol: Protocol,
    ) -> Exchange {
        Exchange {
            seq: sent.seq,
            peer,
            mode,
            local_port,
            header_len,
            schema,
            wants_ack: sent.has_flags(NLM_F_ACK),
            is_dump: mode == Mode::Dump
                || mode == Mode::Drain
                || (sent.has_flags(NLM_F_DUMP) && dump_bits_mean_dump(protocol, sent.kind)),
            interrupted: false,
            stopped: false,
            complete: false,
            collected: 0,
            limit: None,
        }
    }

    /// The exchange that reads and drops the rest of the unfinished dump `u`.
    pub(crate) fn drain(u: Unfinished, local_port: u32) -> Exchange {
        let sent = Header {
            seq: u.seq,
            flags: NLM_F_REQUEST | NLM_F_DUMP,
            ..Header::default()
        };
        Exchange::new(
            sent,
            Addr::KERNEL,
            Mode::Drain,
            local_port,
            0,
            None,
            Protocol(0),
        )
    }

    /// Caps the data bytes a collecting call keeps ([`Error::ReplyTooLarge`] past it).
    pub(crate) fn with_limit(mut self, limit: Option<usize>) -> Exchange {
        self.limit = limit;
        self
    }

    /// True when the kernel may still be dumping for this exchange: a dump that ended
    /// (by error or deadline) before its `NLMSG_DONE`.
    pub(crate) fn unfinished(&self) -> Option<Unfinished> {
        let kernel_dump = self.is_dump && self.peer == Addr::KERNEL;
        (kernel_dump && !self.complete).then_some(Unfinished { seq: self.seq })
    }

    /// Takes one received datagram. `Ok(Some(warning))` when the answer is complete (with
    /// the ext-ACK warning of a successful end), `Ok(None)` to read on.
    ///
    /// What is not part of the answer is skipped, never an error: multicast events, datagrams
    /// from a sender other than the peer (anyone can send to a port id; only the sender
    /// address, filled in by the kernel, can be trusted), messages of other sequence numbers,
    /// an ACK in a dump and `NLMSG_DONE` in a `do`. The sender is checked before anything is
    /// parsed, so a forged malformed datagram is skipped too.
    pub(crate) fn feed(
        &mut self,
        request: &[u8],
        bytes: &[u8],
        from: Addr,
        number: u64,
        skipped: &mut Skipped,
        sink: &mut dyn FnMut(Event, &[u8]) -> Flow,
    ) -> Result<Option<Option<String>>, Error> {
        if from.is_multicast() {
            return Ok(None); // an event, not an answer
        }
        if from.port != self.peer.port {
            skipped.foreign += 1;
            return Ok(None);
        }
        check_stream(bytes, from, number)?;
        let mode = self.mode;
        let mut finished = None;
        let mut failure = None;
        let mut relevant = false;
        for (msg, raw) in messages_raw(bytes) {
            if msg.header.seq != self.seq || mode == Mode::Drain {
                skipped.stale += 1;
                if msg.header.seq == self.seq && matches!(msg.header.kind, NLMSG_DONE | NLMSG_ERROR)
                {
                    finished = Some(None);
                    break;
                }
                continue;
            }
            relevant = true;
            if self.peer.port == 0 && msg.header.pid != self.local_port {
                return Err(Error::PortMismatch {
                    expected: self.local_port,
                    got: msg.header.pid,
                    seq: self.seq,
                });
            }
            if msg.header.has_flags(NLM_F_DUMP_INTR) {
                self.interrupted = true;
            }
            // Data messages go straight to the sink: only control messages are decoded (a
            // decoded payload is a few hundred bytes to move, for every message of a dump).
            if !msg.is_control() {
                if self.data(&msg, raw, number, sink)? {
                    finished = Some(None);
                }
                continue;
            }
            match decode(&msg, number, from, bytes)? {
                Payload::Noop => {}
                Payload::Overrun => {
                    if mode != Mode::Capture {
                        return Err(Error::Overrun { from });
                    }
                }
                // The kernel never ACKs a dump (it answers with data and NLMSG_DONE): an ACK
                // here ends nothing.
                Payload::Error(e) if e.error == 0 && self.is_dump && !self.wants_ack => {}
                Payload::Error(e) => {
                    if e.error != 0 && mode != Mode::Capture {
                        failure = Some(KernelError::from_error_message(
                            &e,
                            request,
                            self.header_len,
                            self.schema.as_ref().map(SchemaRef::get),
                        ));
                    }
                    finished = Some(ext_text(&e.ext_ack));
                    break;
                }
                // A `do` ends with its ACK; a DONE there (from a multipart reply) ends nothing.
                Payload::Done(_) if mode == Mode::Ack && !self.is_dump => {}
                Payload::Done(d) => {
                    if d.error != 0 && mode != Mode::Capture {
                        failure = Some(KernelError::from_ext_ack(
                            d.errno(),
                            &d.ext_ack,
                            msg.header,
                            request,
                            self.header_len,
                            self.schema.as_ref().map(SchemaRef::get),
                            true,
                        ));
                    }
                    // The kernel never ACKs a dump it started: DONE always ends it.
                    finished = Some(ext_text(&d.ext_ack));
                    break;
                }
                Payload::Data(_) => {
                    if self.data(&msg, raw, number, sink)? {
                        finished = Some(None);
                    }
                }
            }
        }
        if relevant {
            let _ = sink(Event::Datagram, bytes);
        }
        if finished.is_some() {
            self.complete = true;
        }
        if let Some(k) = failure {
            return Err(Error::Kernel(Box::new(k)));
        }
        if let Some(warning) = finished {
            if self.interrupted && mode != Mode::Capture {
                return Err(Error::DumpInterrupted {
                    partial: Default::default(),
                });
            }
            return Ok(Some(warning));
        }
        Ok(None)
    }

    /// One data message of the answer: counted against the reply limit and handed to the
    /// sink (unless it asked to stop). True when it ends the answer: a single reply to a
    /// capture that asked for no ACK.
    #[inline(always)]
    fn data(
        &mut self,
        msg: &Message<'_>,
        raw: &[u8],
        number: u64,
        sink: &mut dyn FnMut(Event, &[u8]) -> Flow,
    ) -> Result<bool, Error> {
        if let Some(limit) = self.limit {
            self.collected = self.collected.saturating_add(msg.payload.len() + 16);
            if self.collected > limit {
                return Err(Error::ReplyTooLarge { limit });
            }
        }
        if !self.stopped && sink(Event::Data(number), raw).is_break() {
            self.stopped = true;
        }
        let single = !msg.header.has_flags(NLM_F_MULTI);
        Ok(self.mode == Mode::Capture && single && !self.wants_ack && !self.is_dump)
    }
}

/// True when `NLM_F_DUMP` (`NLM_F_ROOT | NLM_F_MATCH`) on a message of `kind` asks for a
/// dump: on rtnetlink only [`rtnl_get`] types, where the same bits mean
/// `NLM_F_REPLACE | NLM_F_EXCL` on the others.
pub(crate) fn dump_bits_mean_dump(protocol: Protocol, kind: u16) -> bool {
    protocol != Protocol::ROUTE || rtnl_get(kind)
}

/// True for an rtnetlink `RTM_GET*` type: from `RTM_NEWLINK` (the first rtnetlink type) on,
/// each object has four types, new, del, get, set, so a get is `type & 3 == 2`.
pub(crate) fn rtnl_get(kind: u16) -> bool {
    kind >= RTM_NEWLINK && kind & 3 == 2
}

/// A control message of datagram `number` (`bytes`, from `from`) decoded; one that does
/// not decode is [`Error::Malformed`] naming the datagram.
pub(crate) fn decode<'a>(
    msg: &Message<'a>,
    number: u64,
    from: Addr,
    bytes: &[u8],
) -> Result<Payload<'a>, Error> {
    msg.decode().map_err(|source| Error::Malformed {
        datagram: number,
        from,
        bytes: bytes.into(),
        source,
    })
}
