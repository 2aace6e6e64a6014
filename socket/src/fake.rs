//! A fake peer: a closure from request bytes to reply datagrams, for testing code that talks
//! netlink without root and without a kernel (in the spirit of mdlayher/netlink's
//! `nltest`).

use crate::addr::Addr;
use crate::error::Error;
use crate::transport::{deliver, Received, Transport};
use nlcodec::consts::*;
use nlcodec::Header;
use std::collections::VecDeque;
use std::fmt;
use std::time::Instant;

/// A request as the fake peer sees it, with helpers that build the kernel's usual answers
/// (sequence number and port id filled in).
///
/// ```
/// use nlcodec_socket::FakeRequest;
/// let req = nlcodec_socket::message(nlcodec_families::rt_link::RTM_SETLINK, 0, &nlcodec_families::rt_link::Ifinfomsg::default(), |_| Ok(())).unwrap();
/// let fake = FakeRequest::new(&req, 4242).unwrap();
/// let ack = fake.ack();
/// let m = nlcodec::messages(&ack).next().unwrap().unwrap();
/// assert_eq!((m.header.kind, m.header.pid), (nlcodec::consts::NLMSG_ERROR, 4242));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct FakeRequest<'a> {
    /// The request's bytes, as sent (flags and sequence number patched by the socket).
    pub bytes: &'a [u8],
    /// Its header.
    pub header: Header,
    /// The port id of the socket that sent it (replies carry it in `nlmsg_pid`).
    pub port: u32,
}

impl<'a> FakeRequest<'a> {
    /// The first message of `bytes`, seen from `port`; `None` when it does not parse.
    pub fn new(bytes: &'a [u8], port: u32) -> Option<FakeRequest<'a>> {
        let header = nlcodec::messages(bytes).next()?.ok()?.header;
        Some(FakeRequest {
            bytes,
            header,
            port,
        })
    }

    /// Each message of the datagram as a request of its own (a batch holds many), in order.
    ///
    /// ```
    /// use nlcodec_socket::FakeRequest;
    /// let mut two = nlcodec_socket::fake::message(16, nlcodec::consts::NLM_F_ACK, 1, 0, &[]);
    /// two.extend(nlcodec_socket::fake::message(17, 0, 2, 0, &[]));
    /// let req = FakeRequest::new(&two, 7).unwrap();
    /// let seqs: Vec<_> = req.messages().map(|m| (m.header.seq, m.wants_ack())).collect();
    /// assert_eq!(seqs, [(1, true), (2, false)]);
    /// ```
    pub fn messages(&self) -> impl Iterator<Item = FakeRequest<'a>> + 'a {
        let port = self.port;
        let bytes = self.bytes;
        let mut it = nlcodec::messages(bytes);
        std::iter::from_fn(move || {
            let at = it.offset();
            let m = it.next()?.ok()?;
            let end = (at + m.header.len as usize).min(bytes.len());
            Some(FakeRequest {
                bytes: &bytes[at..end],
                header: m.header,
                port,
            })
        })
    }

    /// True when the request asks for an ACK (`NLM_F_ACK`).
    pub fn wants_ack(&self) -> bool {
        self.header.has_flags(NLM_F_ACK)
    }

    /// One message answering this request: `kind`, `flags`, this request's sequence number
    /// and the socket's port id, then `payload`.
    pub fn message(&self, kind: u16, flags: u16, payload: &[u8]) -> Vec<u8> {
        message(kind, flags, self.header.seq, self.port, payload)
    }

    /// The ACK of a successful request (`NLMSG_ERROR` with error 0, the request's header
    /// echoed, capped).
    pub fn ack(&self) -> Vec<u8> {
        self.error(0)
    }

    /// An `NLMSG_ERROR` with `errno` (positive: 22 for `EINVAL`), the request's header
    /// echoed (`NLM_F_CAPPED`).
    pub fn error(&self, errno: i32) -> Vec<u8> {
        self.error_with(errno, None, None)
    }

    /// An `NLMSG_ERROR` with `errno` and extended-ACK TLVs: an explanation and the offset of
    /// the offending attribute (from the request's `nlmsghdr`).
    pub fn error_with(&self, errno: i32, msg: Option<&str>, offset: Option<u32>) -> Vec<u8> {
        let mut payload = errno.wrapping_neg().to_ne_bytes().to_vec();
        let echoed = Header {
            len: NLMSG_HDRLEN as u32,
            ..self.header
        };
        payload.extend_from_slice(&echoed.to_bytes());
        let mut flags = NLM_F_CAPPED;
        if let Some(m) = msg {
            let mut text = m.as_bytes().to_vec();
            text.push(0);
            tlv(&mut payload, NLMSGERR_ATTR_MSG, &text);
            flags |= NLM_F_ACK_TLVS;
        }
        if let Some(o) = offset {
            tlv(&mut payload, NLMSGERR_ATTR_OFFS, &o.to_ne_bytes());
            flags |= NLM_F_ACK_TLVS;
        }
        self.message(NLMSG_ERROR, flags, &payload)
    }

    /// `NLMSG_DONE` ending a dump, with error `errno` (0 for success).
    pub fn done(&self, errno: i32) -> Vec<u8> {
        self.message(NLMSG_DONE, NLM_F_MULTI, &errno.wrapping_neg().to_ne_bytes())
    }

    /// The reply type of this request's type: on rtnetlink `RTM_GETx` is answered with
    /// `RTM_NEWx` (two less); otherwise the same type.
    pub fn reply_kind(&self) -> u16 {
        let k = self.header.kind;
        if crate::exchange::rtnl_get(k) {
            k - 2
        } else {
            k
        }
    }

    /// A whole dump in one datagram: one `NLM_F_MULTI` message of type
    /// [`reply_kind`](Self::reply_kind) per payload, then `NLMSG_DONE`.
    pub fn dump_reply<P: AsRef<[u8]>>(&self, payloads: impl IntoIterator<Item = P>) -> Vec<u8> {
        let mut out = Vec::new();
        for p in payloads {
            out.extend(self.message(self.reply_kind(), NLM_F_MULTI, p.as_ref()));
        }
        out.extend(self.done(0));
        out
    }
}

/// Appends one attribute (length, type, value, padding).
fn tlv(out: &mut Vec<u8>, kind: u16, value: &[u8]) {
    out.extend_from_slice(&((4 + value.len()) as u16).to_ne_bytes());
    out.extend_from_slice(&kind.to_ne_bytes());
    out.extend_from_slice(value);
    out.resize(align(out.len()), 0);
}

/// One netlink message: header (`kind`, `flags`, `seq`, `port`) and `payload`, padded.
///
/// ```
/// let m = nlcodec_socket::fake::message(nlcodec_families::rt_link::RTM_NEWLINK, 0, 1, 0, b"abc");
/// assert_eq!(m.len(), 20);
/// ```
pub fn message(kind: u16, flags: u16, seq: u32, port: u32, payload: &[u8]) -> Vec<u8> {
    let len = NLMSG_HDRLEN + payload.len();
    let h = Header {
        len: len as u32,
        kind,
        flags,
        seq,
        pid: port,
    };
    let mut out = h.to_bytes().to_vec();
    out.extend_from_slice(payload);
    out.resize(align(len), 0);
    out
}

/// Something the fake delivers to its socket besides the handler's answers.
///
/// ```
/// use nlcodec_socket::{fake::Delivery, Addr};
/// let event = Delivery::Datagram { bytes: vec![], from: Addr::group(1) };
/// assert!(matches!(event, Delivery::Datagram { .. }));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivery {
    /// A datagram from `from` (a multicast event: `Addr::group(n)`; a forged reply: a port
    /// other than 0).
    Datagram {
        /// Its bytes.
        bytes: Vec<u8>,
        /// The sender's address, as the kernel would report it.
        from: Addr,
    },
    /// `ENOBUFS`: the receive queue overflowed and events were dropped.
    Lost,
}

type Handler = Box<dyn FnMut(&FakeRequest<'_>) -> Vec<Vec<u8>> + Send>;

/// A fake netlink peer: every datagram sent is handed to a closure, whose answer datagrams
/// are queued as if the kernel (port 0) had sent them; [`push`](Self::push) queues more
/// (multicast events, forged replies, `ENOBUFS`). When the queue is empty a receive ends at
/// once with the deadline passed, since nothing else can arrive.
///
/// ```
/// use nlcodec_socket::{message, Fake, Protocol, Socket};
/// let fake = Fake::new(|req| match req.header.kind {
///     19 => vec![req.ack()],             // RTM_SETLINK
///     _ => vec![req.error(95)],          // EOPNOTSUPP
/// });
/// let mut s = Socket::with_transport(Protocol::ROUTE, fake).unwrap();
/// let hdr = nlcodec_families::rt_link::Ifinfomsg::default();
/// assert!(s.request(&mut message(nlcodec_families::rt_link::RTM_SETLINK, 0, &hdr, |_| Ok(())).unwrap()).is_ok());
/// let e = s.request(&mut message(nlcodec_families::rt_link::RTM_NEWLINK, 0, &hdr, |_| Ok(())).unwrap()).unwrap_err();
/// assert_eq!(e.kernel().unwrap().errno, 95);
/// assert_eq!(s.transport().requests().len(), 2);
/// ```
pub struct Fake {
    handler: Handler,
    queue: VecDeque<Delivery>,
    port: u32,
    requests: Vec<Vec<u8>>,
}

impl fmt::Debug for Fake {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Fake")
            .field("port", &self.port)
            .field("queued", &self.queue.len())
            .field("requests", &self.requests.len())
            .finish()
    }
}

impl Fake {
    /// The port id a fake socket has unless [`with_port`](Self::with_port) changes it.
    pub const PORT: u32 = 4242;

    /// A fake whose answers to each request are `handler`'s datagrams.
    pub fn new(handler: impl FnMut(&FakeRequest<'_>) -> Vec<Vec<u8>> + Send + 'static) -> Fake {
        Fake {
            handler: Box::new(handler),
            queue: VecDeque::new(),
            port: Fake::PORT,
            requests: Vec::new(),
        }
    }

    /// The same fake with another port id.
    ///
    /// ```
    /// let f = nlcodec_socket::Fake::new(|_| vec![]).with_port(7);
    /// let s = nlcodec_socket::Socket::with_transport(nlcodec_socket::Protocol::ROUTE, f).unwrap();
    /// assert_eq!(s.local_addr().port, 7);
    /// ```
    pub fn with_port(mut self, port: u32) -> Fake {
        self.port = port;
        self
    }

    /// Queues a delivery behind what is already queued.
    pub fn push(&mut self, d: Delivery) {
        self.queue.push_back(d);
    }

    /// Every datagram the socket sent so far, in order.
    pub fn requests(&self) -> &[Vec<u8>] {
        &self.requests
    }
}

impl Transport for Fake {
    fn send(&mut self, bytes: &[u8], _to: Addr, _: Option<Instant>) -> Result<usize, Error> {
        self.requests.push(bytes.to_vec());
        if let Some(req) = FakeRequest::new(bytes, self.port) {
            for d in (self.handler)(&req) {
                self.queue.push_back(Delivery::Datagram {
                    bytes: d,
                    from: Addr::KERNEL,
                });
            }
        }
        Ok(bytes.len())
    }

    fn recv(&mut self, buf: &mut Vec<u8>, _deadline: Option<Instant>) -> Received {
        match self.queue.pop_front() {
            None => Ok(None),
            Some(Delivery::Lost) => Err(Error::EventsLost),
            Some(Delivery::Datagram { bytes, from }) => Ok(deliver(buf, &bytes, from)),
        }
    }

    fn local_addr(&mut self) -> Result<Addr, Error> {
        Ok(Addr::port(self.port))
    }
}
