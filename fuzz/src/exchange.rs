//! Target `exchange`: the socket's request/answer state machine (`nlcodec_socket`) against
//! arbitrary sequences of reply datagrams.
//!
//! The input is a list of calls (`do`, dump, dump with an early stop, capture, the next
//! event, a plain receive), each with the datagrams the peer and others deliver for it:
//! ACKs, errors and `NLMSG_DONE` with any code, data (`NLM_F_MULTI`, `NLM_F_DUMP_INTR`),
//! several messages per datagram, `NOOP`, `OVERRUN`, truncated and garbage bytes, `ENOBUFS`,
//! for the call's sequence number, an old one or any other, from the kernel, from another
//! port id (forged), or through a multicast group (with its mask bit, above 32 with only its
//! number, or with only the mask as kernels before `NETLINK_PKTINFO` report it). The
//! datagrams are made when the call sends its request, so they can carry its sequence
//! number, and go through a transport that delivers them in order (an empty queue is the
//! deadline passing).
//!
//! Invariants, for every call:
//! - no panic, and the call returns (well within its deadline: nothing here waits);
//! - nothing from a sender other than the kernel, nor any multicast datagram, is returned
//!   as an answer: forged and multicast datagrams carry a marker that no reply, event or
//!   error may hold; an event (`next_event`) comes from port 0;
//! - a call succeeds only if the kernel really sent its end: a `do` an ACK (error 0) of its
//!   sequence number, a dump an `NLMSG_DONE` without error; a kernel error carries a code
//!   the kernel really sent for that sequence number;
//! - a reply never holds more data messages than the kernel sent for the call;
//!
//! and at the end the socket serves a clean call: once what is left queued has come out
//! (each leftover can end at most one call with an error), a `do` answered by a plain ACK
//! succeeds, with no data but what a leftover from the kernel sent with its sequence number
//! (which is, to the socket, the kernel's reply).

use arbitrary::{Arbitrary, Unstructured};
use nlcodec::consts::*;
use nlcodec_socket::{Addr, Error, Protocol, Received, Socket, Transport};
use std::collections::VecDeque;
use std::ops::ControlFlow;
use std::time::{Duration, Instant};

/// Bytes every forged or multicast payload holds.
const MARKER: &[u8; 8] = b"NOTYOURS";

/// One call and what is delivered for it.
#[derive(Arbitrary, Debug)]
pub struct Call {
    kind: CallKind,
    replies: Vec<Reply>,
}

/// What the caller does.
#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum CallKind {
    /// `request` (RTM_SETLINK).
    Do,
    /// `dump` (RTM_GETLINK).
    Dump,
    /// `dump_with`, stopping after this many messages.
    DumpStop(u8),
    /// `capture`, with or without `NLM_F_ACK`.
    Capture(bool),
    /// `next_event`.
    NextEvent,
    /// `recv`.
    Recv,
}

/// One datagram delivered.
#[derive(Arbitrary, Debug)]
pub struct Reply {
    from: From,
    seq: Seq,
    wrong_pid: bool,
    what: Vec<What>,
}

/// Who sends it.
#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum From {
    /// The kernel, unicast.
    Kernel,
    /// Another process.
    Port(u32),
    /// A multicast group by number (mask bit too for 1..=32).
    Group(u8),
    /// A multicast group by mask only (no `NETLINK_PKTINFO`).
    Mask(u32),
}

/// Which sequence number its messages carry.
#[derive(Arbitrary, Debug, Clone, Copy)]
pub enum Seq {
    /// The call's.
    Current,
    /// The call's minus one (an earlier call's).
    Previous,
    /// Any.
    Other(u32),
}

/// One message of the datagram, or something that is not one.
#[derive(Arbitrary, Debug, Clone)]
pub enum What {
    /// `NLMSG_ERROR` with this error field (0: an ACK).
    Error(i32),
    /// `NLMSG_DONE` with this error field.
    Done(i32),
    /// An empty `NLMSG_DONE`.
    ShortDone,
    /// A data message.
    Data {
        /// `NLM_F_MULTI` set.
        multi: bool,
        /// `NLM_F_DUMP_INTR` set.
        intr: bool,
    },
    /// `NLMSG_NOOP`.
    Noop,
    /// `NLMSG_OVERRUN`.
    Overrun,
    /// Bytes that do not walk as messages.
    Garbage(Vec<u8>),
    /// `ENOBUFS` instead of a datagram.
    Lost,
}

/// What a delivered datagram was, for the invariants.
#[derive(Debug, Clone)]
struct Sent {
    kernel: bool,
    seq: u32,
    what: Vec<What>,
}

/// A transport that turns the current call's replies into datagrams when the call sends.
struct Scripted {
    pending: Vec<Reply>,
    queue: VecDeque<Option<(Vec<u8>, Addr)>>,
    sent: Vec<Sent>,
    last_seq: u32,
}

impl Scripted {
    fn materialize(&mut self, seq: u32) {
        for r in std::mem::take(&mut self.pending) {
            let (addr, kernel) = match r.from {
                From::Kernel => (Addr::KERNEL, true),
                From::Port(p) => (Addr::port(p.max(1)), false),
                From::Group(g) => (Addr::group(u32::from(g.max(1))), false),
                From::Mask(m) => (
                    Addr {
                        groups: m.max(1),
                        ..Addr::KERNEL
                    },
                    false,
                ),
            };
            let s = match r.seq {
                Seq::Current => seq,
                Seq::Previous => seq.wrapping_sub(1),
                Seq::Other(n) => n,
            };
            let pid = if r.wrong_pid { PORT ^ 1 } else { PORT };
            let mut bytes = Vec::new();
            let mut lost = false;
            for w in r.what.iter().take(8) {
                match w {
                    What::Lost => lost = true,
                    w => bytes.extend(message(w, s, pid, kernel)),
                }
            }
            if lost {
                self.queue.push_back(None);
            }
            if !bytes.is_empty() {
                self.sent.push(Sent {
                    kernel,
                    seq: s,
                    what: r.what.clone(),
                });
                self.queue.push_back(Some((bytes, addr)));
            }
        }
    }
}

/// The port id of the socket under test.
const PORT: u32 = 4242;

fn message(w: &What, seq: u32, pid: u32, kernel: bool) -> Vec<u8> {
    let msg = |kind: u16, flags: u16, payload: &[u8]| {
        let mut p = payload.to_vec();
        if !kernel {
            p.extend_from_slice(MARKER);
        }
        nlcodec_socket::fake::message(kind, flags, seq, pid, &p)
    };
    let echoed = nlcodec::Header {
        len: 16,
        kind: 19,
        flags: NLM_F_REQUEST | NLM_F_ACK,
        seq,
        pid,
    }
    .to_bytes();
    match w {
        What::Error(e) => {
            let mut p = e.to_ne_bytes().to_vec();
            p.extend_from_slice(&echoed);
            msg(NLMSG_ERROR, NLM_F_CAPPED, &p)
        }
        What::Done(e) => msg(NLMSG_DONE, NLM_F_MULTI, &e.to_ne_bytes()),
        What::ShortDone => msg(NLMSG_DONE, NLM_F_MULTI, &[]),
        What::Data { multi, intr } => {
            let mut flags = 0;
            if *multi {
                flags |= NLM_F_MULTI;
            }
            if *intr {
                flags |= NLM_F_DUMP_INTR;
            }
            msg(16, flags, &[0u8; 16])
        }
        What::Noop => msg(NLMSG_NOOP, 0, &[]),
        What::Overrun => msg(NLMSG_OVERRUN, 0, &[]),
        What::Garbage(b) => {
            let mut b: Vec<u8> = b.iter().copied().take(64).collect();
            if !kernel {
                b.extend_from_slice(MARKER);
            }
            b
        }
        What::Lost => Vec::new(),
    }
}

impl Transport for Scripted {
    fn send(&mut self, bytes: &[u8], _: Addr, _: Option<Instant>) -> Result<usize, Error> {
        let seq = nlcodec::Header::parse(bytes).map_or(0, |h| h.seq);
        self.last_seq = seq;
        self.materialize(seq);
        Ok(bytes.len())
    }

    fn recv(&mut self, buf: &mut Vec<u8>, _: Option<Instant>) -> Received {
        match self.queue.pop_front() {
            None => Ok(None),
            Some(None) => Err(Error::EventsLost),
            Some(Some((bytes, from))) => Ok(nlcodec_socket::deliver(buf, &bytes, from)),
        }
    }

    fn local_addr(&mut self) -> Result<Addr, Error> {
        Ok(Addr::port(PORT))
    }
}

fn holds_marker(bytes: &[u8]) -> bool {
    bytes.windows(MARKER.len()).any(|w| w == MARKER)
}

/// What the kernel (unicast, port 0) sent so far for sequence number `seq`.
fn kernel_sent(sent: &[Sent], seq: u32) -> impl Iterator<Item = &What> {
    sent.iter()
        .filter(move |s| s.kernel && s.seq == seq)
        .flat_map(|s| s.what.iter())
}

fn check_result(
    sock: &Socket<Scripted>,
    kind: CallKind,
    result: Result<Option<nlcodec_socket::Reply>, Error>,
) {
    let t = sock.transport();
    let seq = t.last_seq;
    match &result {
        Ok(Some(reply)) => {
            assert!(
                !holds_marker(reply.as_bytes()),
                "a forged message in a reply"
            );
            let data = kernel_sent(&t.sent, seq)
                .filter(|w| matches!(w, What::Data { .. }))
                .count();
            assert!(reply.len() <= data, "{} messages, {data} sent", reply.len());
        }
        Ok(None) => {}
        Err(Error::Kernel(k)) => {
            let code = k.errno.wrapping_neg();
            let sent = kernel_sent(&t.sent, seq)
                .any(|w| matches!(w, What::Error(e) | What::Done(e) if *e == code));
            assert!(
                sent,
                "kernel error {code} for seq {seq} never sent by the kernel"
            );
        }
        // An answer's datagram: the kernel's, unicast. (`recv` hands over any datagram, and
        // `next_event` any of the kernel's, multicast ones included.)
        Err(Error::Malformed { from, bytes, .. }) => match kind {
            CallKind::Recv => {}
            CallKind::NextEvent => assert_eq!(from.port, 0, "a forged event named malformed"),
            _ => {
                assert_eq!(
                    *from,
                    Addr::KERNEL,
                    "a datagram not from the kernel named malformed"
                );
                assert!(!holds_marker(bytes));
            }
        },
        Err(_) => {}
    }
    let ended = |ok: &dyn Fn(&What) -> bool| kernel_sent(&t.sent, seq).any(ok);
    match (kind, &result) {
        (CallKind::Do, Ok(_)) => {
            assert!(
                ended(&|w| matches!(w, What::Error(0))),
                "do ended without its ACK"
            );
        }
        (CallKind::Dump | CallKind::DumpStop(_), Ok(_)) => assert!(
            ended(&|w| matches!(w, What::Done(0) | What::ShortDone)),
            "dump ended without its DONE"
        ),
        _ => {}
    }
}

fn getlink() -> Vec<u8> {
    nlcodec_socket::fake::message(18, 0, 0, 0, &[0u8; 16])
}

fn setlink() -> Vec<u8> {
    nlcodec_socket::fake::message(19, 0, 0, 0, &[0u8; 16])
}

/// Runs the calls of `data` against the scripted peer and checks the invariants.
pub fn check_exchange(data: &[u8]) {
    check_calls(data);
    crate::mirror::check_mirror(data);
}

/// The calls of [`check_exchange`].
fn check_calls(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let Ok(calls) = Vec::<Call>::arbitrary(&mut u) else {
        return;
    };
    let t = Scripted {
        pending: Vec::new(),
        queue: VecDeque::new(),
        sent: Vec::new(),
        last_seq: 0,
    };
    let mut sock = Socket::with_transport(Protocol::ROUTE, t).unwrap();
    sock.set_timeout(Duration::from_millis(200));
    sock.set_reply_limit(Some(4096));
    for call in calls.into_iter().take(12) {
        sock.transport_mut().pending = call.replies;
        let started = Instant::now();
        let kind = call.kind;
        let result = match kind {
            CallKind::Do => sock.request(&mut setlink()).map(Some),
            CallKind::Dump => sock.dump(&mut getlink()).map(Some),
            CallKind::DumpStop(n) => {
                let mut seen = 0u8;
                sock.dump_with(&mut getlink(), |m| {
                    assert!(!holds_marker(m.payload), "a forged message in a dump");
                    seen = seen.saturating_add(1);
                    Ok::<_, Error>(if seen > n {
                        ControlFlow::Break(())
                    } else {
                        ControlFlow::Continue(())
                    })
                })
                .map(|()| None)
            }
            CallKind::Capture(ack) => {
                let mut req = setlink();
                if ack {
                    req[6..8].copy_from_slice(&NLM_F_ACK.to_ne_bytes());
                }
                match sock.capture(&mut req) {
                    Ok(raw) => {
                        assert!(!holds_marker(&raw), "a forged datagram captured");
                        Ok(None)
                    }
                    Err(e) => Err(e),
                }
            }
            CallKind::NextEvent | CallKind::Recv => {
                let seq = sock.transport().last_seq;
                sock.transport_mut().materialize(seq);
                let d = match kind {
                    CallKind::NextEvent => sock.next_event().map(|d| (d.from, d.bytes.to_vec())),
                    _ => sock.recv().map(|d| (d.from, d.bytes.to_vec())),
                };
                if let (CallKind::NextEvent, Ok((from, bytes))) = (kind, &d) {
                    assert_eq!(from.port, 0, "an event from another port");
                    // Multicast events carry the marker (they are not answers); a kernel
                    // unicast datagram does not.
                    assert_eq!(holds_marker(bytes), from.is_multicast());
                }
                d.map(|_| None)
            }
        };
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "{kind:?} took too long"
        );
        check_result(&sock, kind, result);
    }
    // The socket serves a clean call once the leftovers are out.
    let leftovers = sock.transport().queue.len();
    for attempt in 0..=leftovers {
        sock.transport_mut().pending = vec![Reply {
            from: From::Kernel,
            seq: Seq::Current,
            wrong_pid: false,
            what: vec![What::Error(0)],
        }];
        match sock.request(&mut setlink()) {
            Ok(r) => {
                // Empty, unless a leftover from the kernel carries this call's sequence
                // number and data: to the socket that is the kernel's reply.
                let t = sock.transport();
                let data = kernel_sent(&t.sent, t.last_seq)
                    .filter(|w| matches!(w, What::Data { .. }))
                    .count();
                assert!(r.len() <= data, "{} messages, {data} sent", r.len());
                return;
            }
            Err(e) => assert!(
                attempt < leftovers,
                "the socket does not serve a clean call: {e} ({leftovers} leftovers)"
            ),
        }
    }
}
