//! # nlcodec
//!
//! A `no_std`, zero-copy, allocation-free parser and serializer for Linux netlink: message
//! streams (`nlmsghdr`), control messages (`NLMSG_ERROR` with extended ACK, `NLMSG_DONE`),
//! attributes (`nlattr`) with typed getters, tables and policies, family headers, and a writer
//! into a caller's buffer. No socket code: see the `nlcodec-socket` crate for that.
//!
//! Everything borrows from the input; nothing allocates; nothing panics on any input.
//! Parsing is built on [`nom`] (byte takes only: nom's generic number parsers cost ~3× on
//! this hot path, so fields are read with `from_ne_bytes`).
//!
//! The numbers, names and fixed headers of every kernel family come from the generated
//! crate `nlcodec-families` (built from the kernel's YNL specs), whose builders write with
//! this crate's [`Writer`] and whose views read this crate's [`Message`]s:
//!
//! ```
//! use nlcodec::{messages, Payload, Writer, consts::*};
//! use nlcodec_families::rt_link::{Ifinfomsg, LinkAttrsBuilder, LinkMsg, RTM_NEWLINK};
//!
//! // Build an RTM_NEWLINK request that sets eth0's MTU.
//! let mut buf = [0u8; 256];
//! let mut w = Writer::new(&mut buf);
//! w.begin_message(RTM_NEWLINK, NLM_F_REQUEST | NLM_F_ACK, 1, 0).unwrap();
//! w.put_header(&Ifinfomsg::default()).unwrap();
//! LinkAttrsBuilder::new(&mut w).ifname("eth0").unwrap().mtu(9000).unwrap();
//! w.end_message().unwrap();
//!
//! // Parse it back as the kernel would see it.
//! for msg in messages(w.as_bytes()) {
//!     let msg = msg.unwrap();
//!     assert!(matches!(msg.decode().unwrap(), Payload::Data(_)));
//!     let link = LinkMsg::parse(&msg).unwrap();
//!     assert_eq!((link.attrs.ifname(), link.attrs.mtu()), (Some("eth0"), Some(9000)));
//! }
//! ```
//!
//! On its own the codec reads any attribute block by type ([`AttrTable`], [`Attr`]'s typed
//! getters), resolves extended-ACK offsets to attribute paths, and prints any message
//! ([`dump::Dump`]), by name when given the families' schemas.
//!
//! Features: `alloc` adds a `Vec<u8>`-backed [`Writer`]; `std` implies `alloc`.

#![no_std]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

pub mod ack;
pub mod attr;
pub mod consts;
pub mod digits;
pub mod dump;
pub mod error;
pub mod family;
pub mod flags;
pub mod header;
pub mod message;
pub mod mode;
pub mod path;
pub mod protocol;
pub mod schema;
pub mod table;
mod wire;
pub mod writer;

pub use ack::{DoneMessage, ErrorMessage, ExtAck, PolicyDesc, PolicyType};
pub use attr::{attrs, Attr, Attrs};
pub use error::{Error, Violation, WriteError};
pub use header::Header;
pub use message::{messages, Message, Messages, Payload};
pub use mode::Mode;
pub use path::AttrPath;
pub use protocol::Protocol;
pub use table::AttrTable;
pub use writer::{Buffer, Nest, Writer};

/// The deepest nesting the codec follows when it recurses (validation, offset
/// resolution, dumps): deeper input is an [`Error::TooDeep`] or is not descended into,
/// never unbounded recursion.
pub const MAX_NEST_DEPTH: usize = 32;

/// The README's examples, compiled and run as doctests so the README cannot drift.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;

/// The codec README's examples, run as doctests too.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct CodecReadmeDoctests;
