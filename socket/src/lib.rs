//! # nlcodec-socket
//!
//! A thin `std` adapter that moves [`nlcodec`]'s bytes over real `AF_NETLINK` sockets. The
//! codec knows nothing of sockets; this crate depends on it, never the other way round.
//!
//! - [`Socket`]: open any netlink protocol by number ([`Protocol`]), `SOCK_RAW` or
//!   `SOCK_DGRAM` ([`Kind`]); bind to a chosen port id or let the kernel pick; join and leave
//!   multicast groups by number (also above 32) or by the legacy mask; send to the kernel, to
//!   a port id or to a group mask; receive whole datagrams (sized with
//!   `MSG_PEEK | MSG_TRUNC`, never cut) with their sender's address.
//! - Network namespaces: [`Socket::open_in`] / [`Socket::new_in`] open a socket in another
//!   namespace, named by [`Netns`] (`/run/netns/NAME`, a path, a descriptor or a process
//!   id), from any thread of a threaded program and without fork: the socket is created on
//!   a short-lived thread that enters the namespace and ends, so no thread of the caller
//!   ever changes namespace. [`Netns::open`] gives the descriptor `IFLA_NET_NS_FD` takes.
//! - Options: extended ACK, strict checking, `CAP_ACK`, `NO_ENOBUFS`, `LISTEN_ALL_NSID`,
//!   receive buffer size, non-blocking mode; the descriptor is exposed through `AsFd` /
//!   `AsRawFd` for any event loop (and, with the `tokio` feature, `AsyncSocket`).
//! - [`Socket::request`] (a `do`): `NLM_F_ACK` and a fresh sequence number, replies checked
//!   (sender sockaddr port 0, sequence number, port id), kernel errors as [`KernelError`]
//!   with the extended-ACK text, the policy and the offending attribute's named path.
//! - [`Socket::dump`] / [`Socket::dump_with`]: only dump requests ([`Error::NotDumpable`]
//!   otherwise, nothing sent); all data messages up to `NLMSG_DONE`, errors carried in
//!   `DONE`, `NLM_F_DUMP_INTR` surfaced with the partial results; the callback of
//!   `dump_with` can fail or stop early.
//! - [`Socket::transaction`]: several requests sent together, one result per message or
//!   the first error naming the message that failed; on nftables one atomic transaction
//!   (batch markers added, one datagram), elsewhere pipelined requests; one ACK per datagram,
//!   so no batch floods the receive buffer.
//! - [`Mirror`]: a typed copy of the namespace's links, addresses, routes, neighbours and
//!   rules kept current from events, resynced after `ENOBUFS`, with the kernel's silent
//!   route changes applied; each [`Change`] as it happens.
//! - Requests in flight: [`Socket::send_request`] / [`Socket::send_call`] send a `do`
//!   and return a [`Pending`] at once; [`Socket::wait`] reads its answer, in any order,
//!   each answer matched to its request by sequence number and kept while another is
//!   waited for.
//! - Kernel-side dump filters, typed: [`Socket::routes`] (one table, one output link),
//!   [`Socket::addresses`], [`Socket::links`] (one master, one kind),
//!   [`Socket::neighbours`]; a kernel that ignored the filter is [`Error::FilterIgnored`].
//! - Deadlines: every request, dump and receive ends with [`Error::Timeout`] after
//!   [`Socket::timeout`] ([`DEFAULT_TIMEOUT`], changeable); nothing waits forever unless
//!   asked to ([`Socket::recv_until`] with `None`).
//! - Transports ([`Transport`]): the same logic over the kernel ([`Kernel`]), a [`Fake`]
//!   (a closure from request bytes to reply datagrams: tests without root or kernel), a
//!   [`Replay`] of a recording, and [`Record`] (every datagram written as pcap, link type
//!   253, by the shared `nlcodec-capture` crate).
//! - Helpers: [`Socket::genl_family`] (id, version, ops, group ids; cached),
//!   [`Socket::ifindex`] / [`Socket::ifname`]; [`message`] / [`genl_message`] build requests
//!   with the generated builders, [`Reply::parse`] / [`Datagram::parse`] give typed views.
//! - Listeners: `ENOBUFS` is [`Error::EventsLost`]; a malformed datagram is
//!   [`Error::Malformed`] naming it; the socket keeps working after both.
//!
//! ## Forged replies
//!
//! Any process can send a datagram to any port id, and the `nlmsg_pid` field of a netlink
//! header is whatever the sender wrote. Only the sender's socket address, filled in by the
//! kernel, can be trusted: a reply to a kernel request must come from port id 0. This crate
//! checks it on every reply and skips the others, counted by
//! [`Socket::foreign_datagrams_skipped`], so a forged datagram can neither answer a call nor
//! abort it; [`Socket::next_event`] skips them too (before parsing them); code that
//! reads with [`Socket::recv`] should check [`Datagram::from`] itself.
//!
//! ```no_run
//! use nlcodec_families::rt_link::{ops::Getlink, Ifinfomsg};
//! use nlcodec_socket::{Protocol, Socket};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mut sock = Socket::open(Protocol::ROUTE)?;
//! for link in &sock.dump_all(Getlink, &Ifinfomsg::default())? {
//!     let link = link?;
//!     println!("{} {}", link.header.ifi_index, link.attrs.ifname().unwrap_or("?"));
//! }
//! # Ok(()) }
//! ```
//!
//! The only `unsafe` code is the `setsockopt`/`getsockopt` pair for the `SOL_NETLINK`
//! options, which rustix does not wrap (module `sys`, private), and, with the `tokio`
//! feature, tokio's `AsyncFd::register_with_interest` (unsafe since tokio 1.54).

#![deny(missing_docs)]
#![deny(unsafe_code)]

mod addr;
mod attrs;
mod batch;
mod call;
mod datagram;
mod error;
mod exchange;
pub mod fake;
mod filter;
mod genl;
mod inflight;
mod link;
mod message;
mod mirror;
mod names;
mod netns;
mod replay;
mod reply;
mod request;
mod resolve;
mod slot;
mod socket;
mod sys;
#[cfg(feature = "tokio")]
mod tokio;
mod transport;
mod typed;

#[cfg(feature = "tokio")]
pub use crate::tokio::AsyncSocket;
pub use addr::{Addr, Kind};
pub use attrs::Attrs;
pub use batch::Transaction;
pub use datagram::Datagram;
pub use error::{Error, KernelError, Op, Report};
pub use fake::{Fake, FakeRequest};
pub use filter::{AddressFilter, LinkFilter, NeighbourFilter, RouteFilter};
pub use genl::{GenlFamily, GenlGroup, GenlOp};
pub use inflight::{Outcome, Pending, Raw};
pub use message::{genl_message, message};
#[cfg(feature = "tokio")]
pub use mirror::AsyncMirror;
pub use mirror::{AnySocket, Change, Mirror, MirrorState, Mirrored, Object, DEFAULT_MIRROR_RCVBUF};
pub use names::LinkNames;
pub use netns::{Netns, NETNS_RUN_DIR};
/// The controller's fixed family id (`GENL_ID_CTRL`), re-exported from the codec.
pub use nlcodec::family::genl::GENL_ID_CTRL;
/// The netlink protocol a socket speaks: the codec's type, re-exported.
pub use nlcodec::Protocol;
pub use replay::{Record, Replay, RECORD_ENV, REPLAY_ENV};
pub use reply::Reply;
pub use socket::{Socket, DEFAULT_DUMP_RETRIES, DEFAULT_REPLY_LIMIT, DEFAULT_TIMEOUT};
/// `ControlFlow`, re-exported for [`Socket::dump_with`] callbacks.
pub use std::ops::ControlFlow;
pub use transport::{deliver, Kernel, Received, Transport};
pub use typed::{TypedIter, TypedReply};

/// The README's example, compiled as a doctest so the README cannot drift.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
