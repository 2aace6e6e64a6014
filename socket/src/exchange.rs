//! The request/answer state machine, without I/O: the blocking [`Socket`](crate::Socket)
//! and the tokio wrapper feed it the datagrams they receive.
//!
//! It checks each reply (sender, sequence number, port id), collects data messages, turns
//! `NLMSG_ERROR` and errors in `NLMSG_DONE` into [`KernelError`], and notes
//! `NLM_F_DUMP_INTR`.

use crate::error::{Error, KernelError};
use crate::socket::{check_stream, Addr, Protocol, SchemaRef};
use nlcodec::consts::*;
use nlcodec::{Header, Message, Payload};
use std::ops::ControlFlow;

/// What an exchange waits for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Mode {
    /// A `do`: `NLM_F_ACK` set, until the `NLMSG_ERROR` that acknowledges (or rejects).
    Ack,
    /// `NLM_F_DUMP` set: until `NLMSG_DONE` (or an early `NLMSG_ERROR`).
    Dump,
    /// Flags as the caller set them; errors are recorded, not raised.
    Capture,
}

/// Something the exchange hands to its sink.
pub(crate) enum Event<'a> {
    Data(Message<'a>),
    Datagram(&'a [u8]),
}

/// The sink's answer: go on, or stop handing data (the rest of the answer is still read,
/// so the socket is left clean).
pub(crate) type Flow = ControlFlow<()>;

/// One request in flight.
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
}

/// Checks that `request` is one message fit for `mode` and patches its flags and sequence
/// number. Returns the header as sent.
pub(crate) fn prepare(
    request: &mut [u8],
    mode: Mode,
    seq: u32,
    protocol: Protocol,
    schema: Option<SchemaRef>,
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
        .and_then(|s| s.0.message(first.kind, payload))
        .map(|d| d.op);
    match mode {
        Mode::Dump => {
            // rtnetlink dumps only RTM_GET* (type & 3 == 2); on the others the same bits mean
            // NLM_F_REPLACE | NLM_F_EXCL.
            let route_get =
                protocol != Protocol::ROUTE || (first.kind >= RTM_BASE && first.kind & 3 == 2);
            if !route_get || op.is_some_and(|o| !o.has_dump()) {
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
        Mode::Capture => {}
    }
    let flags = first.flags
        | NLM_F_REQUEST
        | match mode {
            Mode::Ack => NLM_F_ACK,
            Mode::Dump => NLM_F_DUMP,
            Mode::Capture => 0,
        };
    let sent = Header {
        seq,
        flags,
        ..first
    };
    request[..NLMSG_HDRLEN].copy_from_slice(&sent.to_bytes());
    Ok(sent)
}

/// The first rtnetlink message type (`RTM_NEWLINK`).
const RTM_BASE: u16 = 16;

impl Exchange {
    pub(crate) fn new(
        sent: Header,
        peer: Addr,
        mode: Mode,
        local_port: u32,
        header_len: usize,
        schema: Option<SchemaRef>,
    ) -> Exchange {
        Exchange {
            seq: sent.seq,
            peer,
            mode,
            local_port,
            header_len,
            schema,
            wants_ack: sent.has_flags(NLM_F_ACK),
            is_dump: sent.flags & NLM_F_DUMP != 0 && mode != Mode::Ack,
            interrupted: false,
            stopped: false,
        }
    }

    /// Takes one received datagram. `Ok(Some(warning))` when the answer is complete (with
    /// the ext-ACK warning of a successful end), `Ok(None)` to read on.
    pub(crate) fn feed(
        &mut self,
        request: &[u8],
        bytes: &[u8],
        from: Addr,
        number: u64,
        stale: &mut u64,
        sink: &mut dyn FnMut(Event<'_>) -> Flow,
    ) -> Result<Option<Option<String>>, Error> {
        if from.groups != 0 && self.peer.groups == 0 {
            return Ok(None); // a multicast event, not an answer
        }
        if from.port != self.peer.port {
            return Err(Error::ForgedReply {
                from,
                expected: self.peer.port,
                bytes: bytes.into(),
            });
        }
        check_stream(bytes, from, number)?;
        let mode = self.mode;
        let mut finished = None;
        let mut failure = None;
        let mut relevant = false;
        for msg in nlcodec::messages(bytes).map_while(Result::ok) {
            if msg.header.seq != self.seq {
                *stale += 1;
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
            let payload = msg.decode().map_err(|source| Error::Malformed {
                datagram: number,
                from,
                bytes: bytes.into(),
                source,
            })?;
            match payload {
                Payload::Noop => {}
                Payload::Overrun => {
                    if mode != Mode::Capture {
                        return Err(Error::Overrun { from });
                    }
                }
                Payload::Error(e) => {
                    if e.error != 0 && mode != Mode::Capture {
                        failure = Some(KernelError::from_error_message(
                            &e,
                            request,
                            self.header_len,
                            self.schema.map(|s| s.0),
                        ));
                    }
                    finished = Some(e.ext_ack.msg.map(str::to_owned));
                    break;
                }
                Payload::Done(d) => {
                    if d.error != 0 && mode != Mode::Capture {
                        failure = Some(KernelError::from_ext_ack(
                            d.error.wrapping_neg(),
                            &d.ext_ack,
                            msg.header,
                            request,
                            self.header_len,
                            self.schema.map(|s| s.0),
                            true,
                        ));
                    }
                    // The kernel never ACKs a dump it started: DONE always ends it.
                    finished = Some(d.ext_ack.msg.map(str::to_owned));
                    break;
                }
                Payload::Data(_) => {
                    if !self.stopped && sink(Event::Data(msg)).is_break() {
                        self.stopped = true;
                    }
                    let single = !msg.header.has_flags(NLM_F_MULTI);
                    if mode == Mode::Capture && single && !self.wants_ack && !self.is_dump {
                        finished = Some(None);
                    }
                }
            }
        }
        if relevant {
            let _ = sink(Event::Datagram(bytes));
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
}
