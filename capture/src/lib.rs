//! # nlcodec-capture
//!
//! Netlink captures as pcap files: one reader and one writer, shared by `nldump` and by the
//! socket crate's record/replay (`nlcodec-socket`).
//!
//! A netlink capture has link type [`LINKTYPE_NETLINK`] (253). Each packet is one netlink
//! datagram behind a 16-byte Linux cooked ("SLL") header, as an `nlmon` device produces:
//!
//! | bytes | field | here |
//! |---|---|---|
//! | 0..2 | packet type, big-endian | [`Direction`]: `PACKET_HOST` (0) received, `PACKET_OUTGOING` (4) sent |
//! | 2..4 | ARPHRD type, big-endian | [`ARPHRD_NETLINK`] (824) |
//! | 4..6 | link-layer address length, big-endian | 0 |
//! | 6..14 | link-layer address | zero |
//! | 14..16 | protocol, big-endian | the netlink protocol (`NETLINK_ROUTE` = 0, `NETLINK_GENERIC` = 16, ...) |
//!
//! The netlink messages after it keep the host's byte order, as on the socket.
//!
//! [`PcapWriter`] writes classic pcap; [`CaptureReader`] reads classic pcap (either byte
//! order, micro- or nanosecond timestamps) and pcapng (either byte order, any number of
//! sections and interfaces, `if_tsresol`), from any [`Read`](std::io::Read), a little at a
//! time.
//!
//! The container formats are parsed by the `pcap-file` crate: it reads and writes both pcap and
//! pcapng, and its sans-IO parsers (`PcapParser`, `PcapNgParser`) work on byte slices, which
//! lets this module say at which byte offset every packet and every error sits and skip a
//! bad record without losing the rest. (`pcap-parser`, nom-based, would have done for
//! reading, but writing needs its optional serializer; one crate for both keeps one model.)
//!
//! ```
//! use nlcodec_capture::{CaptureReader, Direction, PcapWriter};
//! use std::time::Duration;
//!
//! // NLMSG_DONE, 20 bytes, as one datagram received on a NETLINK_ROUTE socket.
//! let done = [20, 0, 0, 0, 3, 0, 2, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
//! let mut w = PcapWriter::new(Vec::new())?;
//! w.write(0, Direction::Received, Duration::from_secs(1_700_000_000), &done)?;
//! let file = w.into_inner();
//!
//! let packets: Vec<_> = CaptureReader::new(&file[..]).collect::<Result<_, _>>()?;
//! assert_eq!(packets.len(), 1);
//! assert_eq!(packets[0].index, 1);
//! assert_eq!(packets[0].protocol, 0);
//! assert_eq!(packets[0].direction, Direction::Received);
//! assert_eq!(&packets[0].data[..], &done[..]);
//! # Ok::<(), nlcodec_capture::Error>(())
//! ```

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod cooked;
mod error;
mod reader;
mod walk;
mod writer;

pub use cooked::{cooked_header, Direction, Packet};
pub use error::{Error, ErrorKind};
pub use reader::{CaptureReader, CaptureSlice};
pub use writer::PcapWriter;

/// The pcap link type of netlink captures (`LINKTYPE_NETLINK`).
pub const LINKTYPE_NETLINK: u32 = 253;
/// The hardware type in the cooked header of a netlink packet (`ARPHRD_NETLINK`).
pub const ARPHRD_NETLINK: u16 = 824;
/// Length of the Linux cooked header in front of every netlink packet.
pub const COOKED_HEADER_LEN: usize = 16;
/// Cooked-header packet type of a datagram received by the capturing side (`PACKET_HOST`).
pub const PACKET_HOST: u16 = 0;
/// Cooked-header packet type of a datagram sent by the capturing side (`PACKET_OUTGOING`).
pub const PACKET_OUTGOING: u16 = 4;
/// The snapshot length written into new captures; no netlink datagram is longer.
pub const SNAPLEN: u32 = 262_144;
/// The longest packet record or pcapng block the reader accepts; longer ones are corrupt
/// lengths, refused before any allocation.
pub const MAX_RECORD: usize = 16 << 20;

#[cfg(test)]
mod tests;
