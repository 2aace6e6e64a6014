//! What can be wrong with a capture, and where.

use crate::{ARPHRD_NETLINK, COOKED_HEADER_LEN, LINKTYPE_NETLINK, MAX_RECORD};
use pcap_file::PcapError;
use std::fmt;

/// What went wrong, and where: the packet number (the packet being read, from 1) and the
/// byte offset in the capture.
#[derive(Debug)]
pub struct Error {
    /// Number of the packet concerned (for a damaged container record: the number the next
    /// packet would have had).
    pub packet: u64,
    /// Byte offset in the capture where the bad record starts.
    pub offset: u64,
    /// What was wrong.
    pub kind: ErrorKind,
}

/// The kinds of [`Error`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Reading or writing failed.
    Io(std::io::Error),
    /// The input starts with neither a pcap nor a pcapng magic number.
    NotACapture {
        /// The first four bytes.
        magic: [u8; 4],
    },
    /// The capture (or a pcapng interface) is not of link type 253.
    WrongLinkType {
        /// The link type found.
        linktype: u32,
    },
    /// The input ends inside a record.
    Truncated {
        /// Bytes left after the last complete record.
        have: usize,
    },
    /// A record or block length is beyond [`MAX_RECORD`]: a corrupt file.
    TooLong {
        /// The length claimed.
        len: u64,
    },
    /// A malformed container field, as the `pcap-file` crate names it.
    Malformed(String),
    /// A packet shorter than the cooked header.
    ShortCookedHeader {
        /// The packet's captured length.
        len: usize,
    },
    /// The cooked header's hardware type is not `ARPHRD_NETLINK`.
    NotNetlink {
        /// The hardware type found.
        hatype: u16,
    },
    /// The packet was cut by the capture's snapshot length.
    CutBySnaplen {
        /// Bytes captured.
        captured: u32,
        /// Bytes on the wire.
        original: u32,
    },
    /// A pcapng packet names an interface that was not described.
    UnknownInterface {
        /// The interface id.
        id: u32,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "packet {} at byte offset {}: {}",
            self.packet, self.offset, self.kind
        )
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ErrorKind::Io(e) => write!(f, "I/O error: {e}"),
            ErrorKind::NotACapture { magic } => {
                write!(f, "not a pcap or pcapng file (magic {magic:02x?})")
            }
            ErrorKind::WrongLinkType { linktype } => write!(
                f,
                "link type {linktype}, not LINKTYPE_NETLINK ({LINKTYPE_NETLINK})"
            ),
            ErrorKind::Truncated { have } => {
                write!(f, "capture truncated: {have} bytes left, record incomplete")
            }
            ErrorKind::TooLong { len } => {
                write!(f, "record length {len} beyond {MAX_RECORD}: corrupt length")
            }
            ErrorKind::Malformed(what) => write!(f, "malformed capture: {what}"),
            ErrorKind::ShortCookedHeader { len } => write!(
                f,
                "packet of {len} bytes, shorter than the {COOKED_HEADER_LEN}-byte cooked header"
            ),
            ErrorKind::NotNetlink { hatype } => write!(
                f,
                "cooked header hardware type {hatype}, not ARPHRD_NETLINK ({ARPHRD_NETLINK})"
            ),
            ErrorKind::CutBySnaplen { captured, original } => write!(
                f,
                "packet cut by the snapshot length: {captured} of {original} bytes captured"
            ),
            ErrorKind::UnknownInterface { id } => {
                write!(f, "packet on interface {id}, which no block describes")
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io(e) => Some(e),
            _ => None,
        }
    }
}

pub(crate) fn convert(e: PcapError, packet: u64, offset: u64) -> Error {
    let kind = match e {
        PcapError::IoError(io) => ErrorKind::Io(io),
        PcapError::IncompleteBuffer => ErrorKind::Truncated { have: 0 },
        other => ErrorKind::Malformed(other.to_string()),
    };
    Error {
        packet,
        offset,
        kind,
    }
}
