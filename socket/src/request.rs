//! Request/reply: sequence numbers, reply checks, ACKs, dumps, captures.

use crate::error::{Error, KernelError};
use crate::socket::{check_stream, Addr, Socket};
use nlcodec::consts::*;
use nlcodec::{Header, Message, Payload};

/// Messages received in answer to a request, owned: their raw bytes back to back, each
/// starting 4-byte aligned, so [`nlcodec::messages`] parses them again.
///
/// ```
/// let reply = nlcodec_socket::Reply::default();
/// assert!(reply.is_empty());
/// assert_eq!(reply.messages().count(), 0);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reply {
    bytes: Vec<u8>,
    count: usize,
    warning: Option<String>,
}

impl Reply {
    /// The data messages (control messages such as the final ACK or DONE are not kept).
    pub fn messages(&self) -> impl Iterator<Item = Message<'_>> + '_ {
        nlcodec::messages(&self.bytes).map_while(Result::ok)
    }

    /// The messages' raw bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// How many data messages there are.
    pub fn len(&self) -> usize {
        self.count
    }

    /// True when there are none (an ACK-only answer).
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The extended-ACK message of a successful ACK or DONE (a kernel warning), if any.
    pub fn warning(&self) -> Option<&str> {
        self.warning.as_deref()
    }

    fn push(&mut self, msg: &Message<'_>) {
        let start = nlcodec::consts::align(self.bytes.len());
        self.bytes.resize(start, 0);
        self.bytes.extend_from_slice(&msg.header.to_bytes());
        self.bytes.extend_from_slice(msg.payload);
        self.count += 1;
    }
}

/// What an exchange waits for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// `NLM_F_ACK` set: until the `NLMSG_ERROR` that acknowledges (or rejects).
    Ack,
    /// `NLM_F_DUMP` set: until `NLMSG_DONE` (or an early `NLMSG_ERROR`).
    Dump,
    /// Flags as the caller set them; errors are recorded, not raised.
    Capture,
}

/// Something the exchange hands to its sink.
enum Event<'a> {
    Data(Message<'a>),
    Datagram(&'a [u8]),
}

impl Socket {
    /// The next sequence number (never 0, which multicast events use).
    fn next_seq(&mut self) -> u32 {
        self.seq = self.seq.wrapping_add(1);
        if self.seq == 0 {
            self.seq = 1;
        }
        self.seq
    }

    /// Sends `request` (one message built with [`nlcodec::Writer`]) to the kernel with
    /// `NLM_F_REQUEST | NLM_F_ACK` and a fresh sequence number (both patched into the buffer),
    /// then collects its replies up to the kernel's ACK.
    ///
    /// Every reply is checked: the sender's socket address must be port 0 (the kernel); the
    /// header's `nlmsg_pid` is not verified by the kernel but the sockaddr is, so this is what
    /// stops another process from forging answers ([`Error::ForgedReply`]). Replies must carry
    /// this request's sequence number (older ones are skipped and counted, see
    /// [`stale_replies_skipped`](Self::stale_replies_skipped)) and this socket's port id
    /// ([`Error::PortMismatch`]). Multicast datagrams that arrive meanwhile are skipped.
    ///
    /// An error from the kernel comes back as [`Error::Kernel`] with the errno, the
    /// extended-ACK text and the offending attribute's path (turn extended ACKs on with
    /// [`set_ext_ack`](Self::set_ext_ack)).
    ///
    /// ```no_run
    /// use nlcodec::{Writer, family::route::IfInfoMsg, consts::*};
    /// use nlcodec_socket::{Protocol, Socket};
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let mut sock = Socket::open(Protocol::ROUTE)?;
    /// sock.set_ext_ack(true)?;
    /// let mut w = Writer::from_vec(Vec::new());
    /// w.begin_message(16, 0, 0, 0)?; // RTM_NEWLINK; flags and seq are filled in
    /// w.put_header(&IfInfoMsg::default())?;
    /// w.put_str(3, "veth0")?; // IFLA_IFNAME
    /// w.put_u32(4, 1400)?; // IFLA_MTU
    /// w.end_message()?;
    /// let mut req = w.into_vec();
    /// match sock.request(&mut req) {
    ///     Ok(_) => println!("done"),
    ///     Err(nlcodec_socket::Error::Kernel(k)) => println!("{k}; path {:?}", k.attr_path),
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
        let r = self.exchange(request, peer, Mode::Ack, &mut |ev| {
            if let Event::Data(m) = ev {
                reply.push(&m)
            }
        });
        match r {
            Ok(warning) => {
                reply.warning = warning;
                Ok(reply)
            }
            Err(Error::DumpInterrupted { .. }) => Err(Error::DumpInterrupted { partial: reply }),
            Err(e) => Err(e),
        }
    }

    /// Sends `request` with `NLM_F_REQUEST | NLM_F_DUMP` and a fresh sequence number, and
    /// collects every data message across as many datagrams as it takes, up to `NLMSG_DONE`.
    ///
    /// An error carried in `NLMSG_DONE` (strict checking) or an early `NLMSG_ERROR` comes
    /// back as [`Error::Kernel`]. A dump the kernel marked `NLM_F_DUMP_INTR` comes back as
    /// [`Error::DumpInterrupted`] holding everything received. The checks of
    /// [`request`](Self::request) apply.
    ///
    /// ```no_run
    /// use nlcodec::{Writer, family::route::IfInfoMsg};
    /// use nlcodec_socket::{Protocol, Socket};
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let mut sock = Socket::open(Protocol::ROUTE)?;
    /// let mut w = Writer::from_vec(Vec::new());
    /// w.begin_message(18, 0, 0, 0)?; // RTM_GETLINK
    /// w.put_header(&IfInfoMsg::default())?;
    /// w.end_message()?;
    /// let links = sock.dump(&mut w.into_vec())?;
    /// println!("{} links", links.len());
    /// # Ok(()) }
    /// ```
    pub fn dump(&mut self, request: &mut [u8]) -> Result<Reply, Error> {
        self.dump_to(request, Addr::KERNEL)
    }

    /// Like [`dump`](Self::dump), from another process's port id (replies must come from
    /// `peer`'s socket address).
    pub fn dump_to(&mut self, request: &mut [u8], peer: Addr) -> Result<Reply, Error> {
        let mut reply = Reply::default();
        let r = self.exchange(request, peer, Mode::Dump, &mut |ev| {
            if let Event::Data(m) = ev {
                reply.push(&m)
            }
        });
        match r {
            Ok(_) => Ok(reply),
            Err(Error::DumpInterrupted { .. }) => Err(Error::DumpInterrupted { partial: reply }),
            Err(e) => Err(e),
        }
    }

    /// Like [`dump`](Self::dump) without collecting: `f` sees each data message while it is
    /// still in the receive buffer (zero copy). On `NLM_F_DUMP_INTR` every message has still
    /// been passed to `f`, then [`Error::DumpInterrupted`] (with an empty `partial`) is
    /// returned.
    ///
    /// ```no_run
    /// # use nlcodec::{Writer, family::route::IfInfoMsg};
    /// # let mut sock = nlcodec_socket::Socket::open(nlcodec_socket::Protocol::ROUTE).unwrap();
    /// # let mut w = Writer::from_vec(Vec::new());
    /// # w.begin_message(18, 0, 0, 0).unwrap();
    /// # w.put_header(&IfInfoMsg::default()).unwrap();
    /// # w.end_message().unwrap();
    /// let mut n = 0;
    /// sock.dump_each(&mut w.into_vec(), |_msg| n += 1).unwrap();
    /// ```
    pub fn dump_each(
        &mut self,
        request: &mut [u8],
        mut f: impl FnMut(Message<'_>),
    ) -> Result<(), Error> {
        self.exchange(request, Addr::KERNEL, Mode::Dump, &mut |ev| {
            if let Event::Data(m) = ev {
                f(m)
            }
        })
        .map(|_| ())
    }

    /// Sends `request` to the kernel with the caller's flags (plus `NLM_F_REQUEST`) and a
    /// fresh sequence number, and returns the raw bytes of every reply datagram, back to
    /// back, up to the end of the answer: `NLMSG_DONE`, `NLMSG_ERROR` (error or ACK, which is
    /// recorded rather than raised), or a single non-multipart reply when no ACK was asked
    /// for. This is what the `capture` example writes into `testdata/`.
    ///
    /// The sender, sequence number and port id checks of [`request`](Self::request) apply;
    /// multicast datagrams and stale replies are left out.
    pub fn capture(&mut self, request: &mut [u8]) -> Result<Vec<u8>, Error> {
        let mut out = Vec::new();
        self.exchange(request, Addr::KERNEL, Mode::Capture, &mut |ev| {
            if let Event::Datagram(d) = ev {
                out.extend_from_slice(d)
            }
        })?;
        Ok(out)
    }

    /// The engine behind request, dump and capture. Returns the ext-ACK warning of a
    /// successful end.
    fn exchange(
        &mut self,
        request: &mut [u8],
        peer: Addr,
        mode: Mode,
        sink: &mut dyn FnMut(Event<'_>),
    ) -> Result<Option<String>, Error> {
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
        let seq = self.next_seq();
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
        let request: &[u8] = request;
        let header_len = (self.header_len)(sent.kind);
        let wants_ack = sent.has_flags(NLM_F_ACK);
        let is_dump = sent.flags & NLM_F_DUMP != 0 && mode != Mode::Ack;

        self.send_to(request, peer)?;
        if self.local.port == 0 {
            // Autobound by the send: learn the port id replies will carry.
            self.refresh_local_addr()?;
        }
        let local_port = self.local.port;

        let mut interrupted = false;
        loop {
            let (n, from) = {
                let (b, from) = self.recv_raw()?;
                (b.len(), from)
            };
            let number = self.datagrams;
            let bytes = &self.rbuf[..n];
            if from.groups != 0 && peer.groups == 0 {
                continue; // a multicast event, not an answer
            }
            if from.port != peer.port {
                return Err(Error::ForgedReply {
                    from,
                    expected: peer.port,
                    bytes: bytes.into(),
                });
            }
            check_stream(bytes, from, number)?;
            let mut finished = None;
            let mut failure = None;
            let mut relevant = false;
            for msg in nlcodec::messages(bytes).map_while(Result::ok) {
                if msg.header.seq != seq {
                    self.stale += 1;
                    continue;
                }
                relevant = true;
                if peer.port == 0 && msg.header.pid != local_port {
                    return Err(Error::PortMismatch {
                        expected: local_port,
                        got: msg.header.pid,
                        seq,
                    });
                }
                if msg.header.has_flags(NLM_F_DUMP_INTR) {
                    interrupted = true;
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
                                header_len,
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
                                header_len,
                                self.schema.map(|s| s.0),
                                true,
                            ));
                        }
                        // The kernel never ACKs a dump it started: DONE always ends it.
                        finished = Some(d.ext_ack.msg.map(str::to_owned));
                        break;
                    }
                    Payload::Data(_) => {
                        sink(Event::Data(msg));
                        let single = !msg.header.has_flags(NLM_F_MULTI);
                        if mode == Mode::Capture && single && !wants_ack && !is_dump {
                            finished = Some(None);
                        }
                    }
                }
            }
            if relevant {
                sink(Event::Datagram(bytes));
            }
            if let Some(k) = failure {
                return Err(Error::Kernel(Box::new(k)));
            }
            if let Some(warning) = finished {
                if interrupted && mode != Mode::Capture {
                    return Err(Error::DumpInterrupted {
                        partial: Reply::default(),
                    });
                }
                return Ok(warning);
            }
        }
    }
}
