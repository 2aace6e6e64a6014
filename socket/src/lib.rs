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
//! - Options: extended ACK, strict checking, `CAP_ACK`, `NO_ENOBUFS`, `LISTEN_ALL_NSID`,
//!   receive buffer size, non-blocking mode; the descriptor is exposed through `AsFd` /
//!   `AsRawFd` for any event loop (and, with the `tokio` feature, `AsyncSocket`).
//! - [`Socket::request`]: `NLM_F_ACK` and a fresh sequence number, replies checked (sender
//!   sockaddr port 0, sequence number, port id), kernel errors as [`KernelError`] with the
//!   extended-ACK text and the offending attribute's path.
//! - [`Socket::dump`] / [`Socket::dump_each`]: all data messages up to `NLMSG_DONE`, errors
//!   carried in `DONE`, and `NLM_F_DUMP_INTR` surfaced with the partial results.
//! - Listeners: `ENOBUFS` is [`Error::EventsLost`]; a malformed datagram is
//!   [`Error::Malformed`] naming it; the socket keeps working after both.
//!
//! ## Forged replies
//!
//! Any process can send a datagram to any port id, and the `nlmsg_pid` field of a netlink
//! header is whatever the sender wrote. Only the sender's socket address, filled in by the
//! kernel, can be trusted: a reply to a kernel request must come from port id 0. This crate
//! checks it on every reply and rejects the others with [`Error::ForgedReply`]; code that
//! reads with [`Socket::recv`] should check [`Datagram::from`] itself.
//!
//! ```no_run
//! use nlcodec::{Writer, AttrTable, family::route::IfInfoMsg};
//! use nlcodec_socket::{Protocol, Socket};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let mut sock = Socket::open(Protocol::ROUTE)?;
//! sock.set_ext_ack(true)?;
//! let mut w = Writer::from_vec(Vec::new());
//! w.begin_message(18, 0, 0, 0)?; // RTM_GETLINK; flags and seq are filled in
//! w.put_header(&IfInfoMsg::default())?;
//! w.end_message()?;
//! for msg in sock.dump(&mut w.into_vec())?.messages() {
//!     let tb = AttrTable::<64>::from_attrs(msg.attrs(16))?;
//!     println!("{}", tb.require(3)?.as_str()?); // IFLA_IFNAME
//! }
//! # Ok(()) }
//! ```
//!
//! The only `unsafe` code is the `setsockopt`/`getsockopt` pair for the `SOL_NETLINK`
//! options, which rustix does not wrap (module `sys`, private), and, with the `tokio`
//! feature, tokio's `AsyncFd::register_with_interest` (unsafe since tokio 1.54).

#![deny(missing_docs)]
#![deny(unsafe_code)]

mod error;
mod exchange;
pub mod fake;
mod genl;
mod link;
mod message;
pub mod pcap;
mod replay;
mod request;
mod socket;
mod sys;
#[cfg(feature = "tokio")]
mod tokio;
mod transport;

#[cfg(feature = "tokio")]
pub use crate::tokio::AsyncSocket;
pub use error::{Error, KernelError, Op};
pub use fake::{Fake, FakeRequest};
pub use genl::{GenlFamily, GenlGroup, GenlOp, GENL_ID_CTRL};
pub use message::{genl_message, message};
pub use replay::{Record, Replay};
pub use request::Reply;
pub use socket::{Addr, Datagram, Kind, Protocol, Socket, DEFAULT_TIMEOUT};
/// `ControlFlow`, re-exported for [`Socket::dump_with`] callbacks.
pub use std::ops::ControlFlow;
pub use transport::{Kernel, Transport};
