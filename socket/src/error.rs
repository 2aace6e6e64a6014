//! Typed errors: which system call failed, what the kernel said, which datagram was bad.

use crate::addr::Addr;
use crate::Reply;
use nlcodec::schema::{NamedPath, Schema, Step};
use nlcodec::PolicyDesc;
use nlcodec::{ErrorMessage, ExtAck, Header, Protocol};
use std::fmt;
use std::io;

/// The operation an I/O error came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Op {
    /// `socket(AF_NETLINK, ...)`.
    Open,
    /// `bind`.
    Bind,
    /// `getsockname`.
    LocalAddr,
    /// `sendto`.
    Send,
    /// `recvfrom` (including the `MSG_PEEK | MSG_TRUNC` sizing call).
    Recv,
    /// `setsockopt` / `getsockopt` of the named option.
    SockOpt(&'static str),
    /// `ioctl(FIONBIO)`.
    NonBlocking,
    /// Opening or entering a network namespace (`open`, `setns`).
    Netns,
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Op::Open => f.write_str("socket(AF_NETLINK)"),
            Op::Bind => f.write_str("bind"),
            Op::LocalAddr => f.write_str("getsockname"),
            Op::Send => f.write_str("sendto"),
            Op::Recv => f.write_str("recvfrom"),
            Op::SockOpt(name) => write!(f, "socket option {name}"),
            Op::NonBlocking => f.write_str("ioctl(FIONBIO)"),
            Op::Netns => f.write_str("network namespace"),
        }
    }
}

/// An error the kernel (or the peer) answered a request with: `NLMSG_ERROR` with a non-zero
/// code, or `NLMSG_DONE` carrying a negative error under strict checking.
///
/// It owns everything, so it outlives the receive buffer.
///
/// ```
/// use nlcodec_socket::KernelError;
/// let e = KernelError { errno: 22, message: Some("bad MTU".into()), ..KernelError::default() };
/// assert_eq!(e.io_error().kind(), std::io::ErrorKind::InvalidInput);
/// assert!(e.to_string().contains("bad MTU"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct KernelError {
    /// The positive errno (`EINVAL` = 22, ...).
    pub errno: i32,
    /// The extended-ACK explanation (`NLMSGERR_ATTR_MSG`), when the kernel sent one.
    pub message: Option<String>,
    /// The extended-ACK byte offset of the offending attribute in the request
    /// (`NLMSGERR_ATTR_OFFS`), counted from the request's `nlmsghdr`.
    pub offset: Option<u32>,
    /// The offset resolved against the request that was sent: attribute types from the
    /// outermost nest inward (from [`nlcodec::ExtAck::attr_path`]).
    pub attr_path: Option<Vec<u16>>,
    /// `NLMSGERR_ATTR_MISS_TYPE`: a required attribute type that was absent.
    pub missing_type: Option<u32>,
    /// `NLMSGERR_ATTR_MISS_NEST`: the offset of the nest it was missing from.
    pub missing_nest: Option<u32>,
    /// The header of the request, as echoed by the kernel (for `NLMSG_DONE`, the header of
    /// the `DONE` message itself).
    pub request: Header,
    /// True when the error came in an `NLMSG_DONE` that ended a dump.
    pub in_done: bool,
    /// `NLMSGERR_ATTR_POLICY`: what the kernel expected of the rejected attribute.
    pub policy: Option<PolicyDesc>,
    /// The request's message type by name (`RTM_NEWLINK`), when the socket has a schema
    /// ([`Socket::set_schema`](crate::Socket::set_schema)).
    pub request_name: Option<&'static str>,
    /// The offset as a named path (`IFLA_LINKINFO / IFLA_INFO_DATA / VETH_INFO_PEER /
    /// IFLA_IFNAME`), when the socket has a schema that knows the request.
    pub named_path: Option<String>,
}

impl KernelError {
    /// Builds the owned error from the codec's ext-ACK, resolving the offset against the
    /// request bytes that were sent.
    pub(crate) fn from_ext_ack(
        errno: i32,
        ext: &ExtAck<'_>,
        request: Header,
        sent: &[u8],
        family_header_len: usize,
        schema: Option<&(dyn Schema + Sync)>,
        in_done: bool,
    ) -> KernelError {
        let named = match (schema, ext.offset) {
            (Some(s), Some(o)) => NamedPath::resolve_with(sent, s, o),
            _ => None,
        };
        // The named walk knows nests with their own header: its numbers are the right path.
        let attr_path = match &named {
            Some(p) => Some(
                p.as_slice()
                    .iter()
                    .map(|s| match *s {
                        Step::Attr { kind, .. } => kind,
                        Step::Index(i) | Step::Record(i) => i,
                    })
                    .collect(),
            ),
            None => ext
                .attr_path(sent, family_header_len)
                .map(|p| p.as_slice().to_vec()),
        };
        let request_name = schema.and_then(|s| {
            let payload = sent.get(nlcodec::consts::NLMSG_HDRLEN..).unwrap_or(&[]);
            s.message(request.kind, payload).map(|m| m.op.c_name)
        });
        KernelError {
            errno,
            message: ext_text(ext),
            offset: ext.offset,
            attr_path,
            missing_type: ext.missing_type,
            missing_nest: ext.missing_nest,
            request,
            in_done,
            policy: ext.policy,
            request_name,
            named_path: named.map(|p| p.to_string()),
        }
    }

    pub(crate) fn from_error_message(
        e: &ErrorMessage<'_>,
        sent: &[u8],
        family_header_len: usize,
        schema: Option<&(dyn Schema + Sync)>,
    ) -> KernelError {
        KernelError::from_ext_ack(
            e.errno(),
            &e.ext_ack,
            e.request,
            sent,
            family_header_len,
            schema,
            false,
        )
    }

    /// The errno as a `std::io::Error` (for its kind and text).
    pub fn io_error(&self) -> io::Error {
        io::Error::from_raw_os_error(self.errno)
    }
}

impl fmt::Display for KernelError {
    /// With a schema: `RTM_NEWLINK: Numerical result out of range: Attribute failed policy
    /// validation, at IFLA_LINKINFO / IFLA_INFO_DATA / VETH_INFO_PEER / IFLA_IFNAME
    /// (string, max length 15)`. Without one, the request by number and the numeric path.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.request_name {
            Some(name) => write!(f, "{name}")?,
            None => write!(
                f,
                "request type {} seq {}",
                self.request.kind, self.request.seq
            )?,
        }
        if self.in_done {
            f.write_str(" (dump)")?;
        }
        if self.errno > 0 {
            write!(f, ": {}", strerror(self.errno))?;
        } else {
            // The kernel sends a negative errno; anything else is a peer's own code, shown
            // as it came rather than as an "Unknown error".
            write!(
                f,
                ": error code {} (not a negative errno)",
                self.errno.wrapping_neg()
            )?;
        }
        if let Some(m) = &self.message {
            write!(f, ": {m}")?;
        }
        match (&self.named_path, &self.attr_path, self.offset) {
            (Some(p), _, _) => write!(f, ", at {p}")?,
            (None, Some(p), _) => write!(f, ", at attribute path {p:?}")?,
            (None, None, Some(o)) => write!(f, ", at byte {o}")?,
            _ => {}
        }
        if let Some(p) = &self.policy {
            write!(f, " ({p})")?;
        }
        if let Some(t) = self.missing_type {
            write!(f, " (missing attribute type {t})")?;
        }
        Ok(())
    }
}

/// The extended-ACK text of an error or a warning, owned; text that is not UTF-8 is shown
/// with replacement characters rather than lost.
pub(crate) fn ext_text(ext: &ExtAck<'_>) -> Option<String> {
    match ext.msg {
        Some(m) => Some(m.to_owned()),
        None => ext
            .msg_bytes()
            .map(|b| String::from_utf8_lossy(b).into_owned()),
    }
}

/// The errno's text without the " (os error N)" that `io::Error` adds.
fn strerror(errno: i32) -> String {
    let text = io::Error::from_raw_os_error(errno).to_string();
    match text.rfind(" (os error ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

impl std::error::Error for KernelError {}

/// Everything that can go wrong on a netlink socket.
///
/// Each variant names what failed. After any of them the socket stays usable: nothing here
/// leaves it in a half-read state.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// A system call failed.
    Io {
        /// Which one.
        op: Op,
        /// The OS error.
        source: io::Error,
    },
    /// `ENOBUFS` on receive: the kernel dropped messages (typically multicast events) because
    /// the receive buffer was full. The socket stays usable; a listener must resynchronise:
    /// dump the state again and compare (the events it missed are gone for good), and may
    /// give the socket a larger receive buffer ([`Socket::set_recv_buffer_size`]).
    ///
    /// [`Socket::set_recv_buffer_size`]: crate::Socket::set_recv_buffer_size
    EventsLost,
    /// The next datagram is larger than the caller's buffer. It was left queued (only
    /// peeked), so a retry with at least `needed` bytes gets it whole.
    BufferTooSmall {
        /// Size of the datagram.
        needed: usize,
        /// Size of the buffer given.
        capacity: usize,
    },
    /// A datagram that does not parse as a netlink message stream.
    Malformed {
        /// Which datagram: the socket's running count of datagrams received, from 1.
        datagram: u64,
        /// Who sent it.
        from: Addr,
        /// Its bytes.
        bytes: Box<[u8]>,
        /// What the codec found wrong (offsets count from the start of the datagram).
        source: nlcodec::Error,
    },
    /// The kernel (or the peer) answered the request with an error (boxed: it carries the
    /// named path and the policy, and errors stay small on the happy path).
    Kernel(Box<KernelError>),
    /// A reply carries the request's sequence number but another port id in its `nlmsg_pid`.
    PortMismatch {
        /// This socket's port id.
        expected: u32,
        /// The one in the reply.
        got: u32,
        /// The reply's sequence number.
        seq: u32,
    },
    /// The answer grew past the socket's reply limit
    /// ([`Socket::set_reply_limit`](crate::Socket::set_reply_limit)): a peer that streams
    /// data and never ends it. What was received is dropped; the rest of a kernel dump is
    /// read and dropped by the next call.
    ReplyTooLarge {
        /// The limit, in bytes of collected messages.
        limit: usize,
    },
    /// `NLMSG_OVERRUN` arrived: the peer says data was lost.
    Overrun {
        /// Who sent it.
        from: Addr,
    },
    /// A dump was interrupted: the kernel set `NLM_F_DUMP_INTR` because the data changed
    /// while it was being dumped. Everything received is in `partial` (complete messages, but
    /// possibly an inconsistent view); retry the dump for a consistent one.
    DumpInterrupted {
        /// The messages received, up to and including the end of the dump.
        partial: Reply,
    },
    /// A typed call of a family that another protocol speaks (an `rt-link` operation on a
    /// `NETLINK_GENERIC` socket): nothing was sent.
    WrongProtocol {
        /// The operation's family.
        family: &'static str,
        /// The protocol the family speaks.
        needs: Protocol,
        /// The socket's protocol.
        socket: Protocol,
    },
    /// The buffer handed to `request`/`dump`/`capture` is not exactly one netlink message.
    InvalidRequest {
        /// Why.
        reason: &'static str,
    },
    /// The deadline passed before the answer was complete (see
    /// [`Socket::set_timeout`](crate::Socket::set_timeout)). Replies that arrive later carry
    /// an old sequence number and are skipped by the next request.
    Timeout {
        /// How long the call waited.
        waited: std::time::Duration,
    },
    /// [`Socket::dump`](crate::Socket::dump) (or another dump call) was given a message
    /// that is not a dump request: on rtnetlink only `RTM_GET*` types are (the `NLM_F_DUMP`
    /// bits mean `NLM_F_REPLACE | NLM_F_EXCL` on the others), and an operation the socket's
    /// schema knows must have a `dump` form. Nothing was sent.
    NotDumpable {
        /// The message type.
        request: u16,
        /// Its name, when the socket's schema knows it.
        name: Option<&'static str>,
    },
    /// [`Socket::request`](crate::Socket::request) was given a message whose operation, by
    /// the socket's schema, is a notification the kernel sends but never takes. Nothing was
    /// sent.
    NotDoable {
        /// The message type.
        request: u16,
        /// Its name.
        name: &'static str,
    },
    /// A request could not be built (out of room, a value too long for an attribute).
    Build(nlcodec::WriteError),
    /// The generic netlink controller does not know this family (not loaded, or no such
    /// name).
    UnknownFamily {
        /// The name asked for.
        name: String,
    },
    /// No interface has this name or index in the socket's network namespace.
    UnknownInterface {
        /// The name, or the index in decimal.
        name: String,
    },
    /// A [`Replay`](crate::Replay) was asked to send something the recording did not send
    /// next, or ran out of recorded requests.
    ReplayMismatch {
        /// The index of the recorded packet compared (from 0), or `None` past the end.
        packet: Option<u64>,
        /// What differs.
        reason: String,
    },
    /// Reading or writing a recording failed.
    Recording(String),
    /// A dump with a filter ([`Socket::routes`](crate::Socket::routes), ...) came back
    /// without the kernel's `NLM_F_DUMP_FILTERED` mark: the kernel did not apply the filter
    /// (strict checking is off, or the kernel is too old for it) and sent everything.
    FilterIgnored {
        /// The filter's attributes or fields.
        filter: &'static str,
    },
    /// A message of a batch ([`Socket::transaction`](crate::Socket::transaction)) failed:
    /// in an nftables transaction nothing of the batch was applied; otherwise the messages
    /// before it were (and the others of its datagram), the later datagrams were not sent.
    Batch {
        /// The message that failed, from 0 in the order added; `None` when the kernel
        /// refused the batch as a whole (on its `NFNL_MSG_BATCH_BEGIN`: the commit failed,
        /// or the subsystem is missing).
        index: Option<usize>,
        /// How many messages the batch held.
        messages: usize,
        /// What went wrong (the kernel's error, named by the socket's schema).
        source: Box<Error>,
    },
}

impl Error {
    pub(crate) fn io(op: Op, e: impl Into<io::Error>) -> Error {
        let source = e.into();
        if op == Op::Recv && source.raw_os_error() == Some(libc::ENOBUFS) {
            return Error::EventsLost;
        }
        Error::Io { op, source }
    }

    /// True for an I/O error of kind `WouldBlock` (a non-blocking socket had nothing to read).
    ///
    /// ```
    /// let e = nlcodec_socket::Error::EventsLost;
    /// assert!(!e.is_would_block());
    /// ```
    pub fn is_would_block(&self) -> bool {
        matches!(self, Error::Io { source, .. } if source.kind() == io::ErrorKind::WouldBlock)
    }

    /// The kernel's error, if this is one (also inside [`Error::Batch`]).
    pub fn kernel(&self) -> Option<&KernelError> {
        match self {
            Error::Kernel(k) => Some(k.as_ref()),
            Error::Batch { source, .. } => source.kernel(),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Io { op, source } => write!(f, "{op} failed: {source}"),
            Error::EventsLost => {
                f.write_str(
                    "ENOBUFS: the receive buffer overflowed and events were dropped: what this \
                     socket knows of the kernel's state is stale; dump it again (and keep \
                     listening: the socket still works), or give the socket a larger receive \
                     buffer (Socket::set_recv_buffer_size)",
                )
            }
            Error::BufferTooSmall { needed, capacity } => write!(
                f,
                "datagram of {needed} bytes does not fit the {capacity}-byte buffer (left queued)"
            ),
            Error::Malformed {
                datagram,
                from,
                bytes,
                source,
            } => write!(
                f,
                "malformed datagram #{datagram} ({} bytes from port {}): {source}",
                bytes.len(),
                from.port
            ),
            Error::Kernel(k) => k.fmt(f),
            Error::ReplyTooLarge { limit } => write!(
                f,
                "the answer grew past the reply limit of {limit} bytes (Socket::set_reply_limit)"
            ),
            Error::PortMismatch { expected, got, seq } => write!(
                f,
                "reply seq {seq} carries port id {got}, this socket is {expected}"
            ),
            Error::Overrun { from } => write!(f, "NLMSG_OVERRUN from port {}", from.port),
            Error::DumpInterrupted { partial } => write!(
                f,
                "dump interrupted (NLM_F_DUMP_INTR) after {} messages; retry it",
                partial.len()
            ),
            Error::WrongProtocol {
                family,
                needs,
                socket,
            } => write!(
                f,
                "{family} is spoken over {}, and this socket speaks {}: open a socket of that protocol",
                needs.name(),
                socket.name()
            ),
            Error::InvalidRequest { reason } => write!(f, "invalid request: {reason}"),
            Error::Timeout { waited } => write!(
                f,
                "no complete answer within {:.3} s (deadline passed)",
                waited.as_secs_f64()
            ),
            Error::NotDumpable { request, name } => match name {
                Some(n) => write!(
                    f,
                    "{n} has no dump form: send it with request(), not dump()"
                ),
                None => write!(
                    f,
                    "message type {request} is not a dump request: send it with request()"
                ),
            },
            Error::NotDoable { name, .. } => {
                write!(
                    f,
                    "{name} has no do form: send it with dump(), not request()"
                )
            }
            Error::Build(e) => write!(f, "building the request: {e}"),
            Error::UnknownFamily { name } => write!(f, "no generic netlink family {name:?}"),
            Error::UnknownInterface { name } => write!(f, "no interface {name}"),
            Error::ReplayMismatch { packet, reason } => match packet {
                Some(p) => write!(f, "replay: recorded packet {p}: {reason}"),
                None => write!(f, "replay: {reason}"),
            },
            Error::Recording(e) => write!(f, "recording: {e}"),
            Error::FilterIgnored { filter } => write!(
                f,
                "the kernel did not apply the dump filter ({filter}): turn strict checking on \
                 (Socket::set_strict_checking; Linux 4.20 or later)"
            ),
            Error::Batch {
                index,
                messages,
                source,
            } => match index {
                Some(i) => write!(f, "batch message {i} (of {messages}, from 0): {source}"),
                None => write!(f, "batch of {messages} messages refused as a whole: {source}"),
            },
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            Error::Malformed { source, .. } => Some(source),
            Error::Kernel(k) => Some(k.as_ref()),
            Error::Build(e) => Some(e as &(dyn std::error::Error + 'static)),
            Error::Batch { source, .. } => Some(source.as_ref()),
            _ => None,
        }
    }
}

impl From<nlcodec::WriteError> for Error {
    fn from(e: nlcodec::WriteError) -> Error {
        Error::Build(e)
    }
}

impl From<Error> for io::Error {
    fn from(e: Error) -> io::Error {
        match e {
            Error::Io { source, .. } => source,
            Error::EventsLost => io::Error::from_raw_os_error(libc::ENOBUFS),
            Error::Timeout { .. } => io::Error::new(io::ErrorKind::TimedOut, e),
            Error::Kernel(ref k) => io::Error::new(k.io_error().kind(), e),
            Error::Batch { ref source, .. } if source.kernel().is_some() => {
                let kind = source.kernel().map(|k| k.io_error().kind());
                io::Error::new(kind.unwrap_or(io::ErrorKind::Other), e)
            }
            other => io::Error::other(other),
        }
    }
}

/// The error type for a tool's `main`: any error, kept as its `Display` text, so that an
/// error returned from `main` prints that text (for a kernel error: the request by name, the
/// kernel's message, the named attribute path and the policy) rather than the `Debug` form
/// of its fields.
///
/// ```
/// use nlcodec_socket::Report;
/// fn run(mtu: &str) -> Result<u32, Report> {
///     Ok(mtu.parse::<u32>()?)
/// }
/// assert_eq!(format!("{:?}", run("15x").unwrap_err()), "invalid digit found in string");
/// let usage: Report = "usage: tool NAME".into();
/// assert_eq!(usage.text(), "usage: tool NAME");
/// ```
pub struct Report(String);

impl Report {
    /// The error's text.
    pub fn text(&self) -> &str {
        &self.0
    }
}

impl<E: fmt::Display> From<E> for Report {
    fn from(e: E) -> Report {
        Report(e.to_string())
    }
}

impl fmt::Debug for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}
