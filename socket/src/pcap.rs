//! Netlink captures as pcap files: one reader and one writer, shared by `nldump` and by
//! record/replay.
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
//! sections and interfaces, `if_tsresol`), from any [`Read`], a little at a time.
//!
//! The container formats are parsed by the `pcap-file` crate: it reads and writes both pcap and
//! pcapng, and its sans-IO parsers (`PcapParser`, `PcapNgParser`) work on byte slices, which
//! lets this module say at which byte offset every packet and every error sits and skip a
//! bad record without losing the rest. (`pcap-parser`, nom-based, would have done for
//! reading, but writing needs its optional serializer; one crate for both keeps one model.)
//!
//! ```
//! use nlcodec_socket::pcap::{CaptureReader, Direction, PcapWriter};
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
//! # Ok::<(), nlcodec_socket::pcap::Error>(())
//! ```

use pcap_file::pcap::{PcapHeader, PcapParser, RawPcapPacket};
use pcap_file::pcapng::blocks::interface_description::InterfaceDescriptionOption;
use pcap_file::pcapng::{Block, PcapNgParser};
use pcap_file::{DataLink, Endianness, PcapError, TsResolution};
use std::borrow::Cow;
use std::fmt;
use std::io::{Read, Write};
use std::time::Duration;

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

/// Which way a datagram went, from the cooked header's packet type.
///
/// ```
/// use nlcodec_socket::pcap::Direction;
/// assert_eq!(Direction::Sent.packet_type(), 4);
/// assert_eq!(Direction::from_packet_type(0), Direction::Received);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    /// To the capturing side (`PACKET_HOST`, 0; any type other than `PACKET_OUTGOING` reads
    /// as received).
    Received,
    /// From the capturing side (`PACKET_OUTGOING`, 4).
    Sent,
}

impl Direction {
    /// The cooked header's packet type for this direction.
    ///
    /// ```
    /// assert_eq!(nlcodec_socket::pcap::Direction::Received.packet_type(), 0);
    /// ```
    pub fn packet_type(self) -> u16 {
        match self {
            Direction::Received => PACKET_HOST,
            Direction::Sent => PACKET_OUTGOING,
        }
    }

    /// The direction of a cooked header's packet type: `PACKET_OUTGOING` is sent, anything
    /// else received (an `nlmon` device may report other types; [`Packet::packet_type`] keeps
    /// the raw value).
    ///
    /// ```
    /// use nlcodec_socket::pcap::Direction;
    /// assert_eq!(Direction::from_packet_type(4), Direction::Sent);
    /// ```
    pub fn from_packet_type(packet_type: u16) -> Direction {
        if packet_type == PACKET_OUTGOING {
            Direction::Sent
        } else {
            Direction::Received
        }
    }
}

/// The 16-byte cooked header for one netlink datagram.
///
/// ```
/// use nlcodec_socket::pcap::{cooked_header, Direction};
/// let h = cooked_header(16, Direction::Sent);
/// assert_eq!(h[..4], [0, 4, 0x03, 0x38]); // PACKET_OUTGOING, ARPHRD_NETLINK = 824
/// assert_eq!(h[14..], [0, 16]); // NETLINK_GENERIC
/// ```
pub fn cooked_header(protocol: u16, direction: Direction) -> [u8; COOKED_HEADER_LEN] {
    let mut h = [0u8; COOKED_HEADER_LEN];
    h[0..2].copy_from_slice(&direction.packet_type().to_be_bytes());
    h[2..4].copy_from_slice(&ARPHRD_NETLINK.to_be_bytes());
    h[14..16].copy_from_slice(&protocol.to_be_bytes());
    h
}

/// One captured netlink datagram.
///
/// ```
/// use nlcodec_socket::pcap::{Direction, Packet};
/// let p = Packet::from_cooked(3, 24, std::time::Duration::ZERO,
///     &[0, 0, 3, 56, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 1, 2])?;
/// assert_eq!((p.protocol, p.direction, &p.data[..]), (16, Direction::Received, &[1u8, 2][..]));
/// # Ok::<(), nlcodec_socket::pcap::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Packet<'a> {
    /// The packet's number in the capture, from 1, as Wireshark counts frames.
    pub index: u64,
    /// Byte offset in the file of the packet's record (pcap) or block (pcapng).
    pub offset: u64,
    /// Byte offset in the file of the netlink bytes ([`data`](Self::data)), past the record
    /// header and the cooked header.
    pub data_offset: u64,
    /// Capture time, since the Unix epoch.
    pub timestamp: Duration,
    /// The netlink protocol, from the cooked header (`NETLINK_ROUTE` = 0, ...).
    pub protocol: u16,
    /// Which way the datagram went.
    pub direction: Direction,
    /// The cooked header's raw packet type.
    pub packet_type: u16,
    /// The datagram's length on the wire, cooked header included, as the capture records it.
    pub orig_len: u32,
    /// The sender's port id, when the recorder marked a datagram that did not come from
    /// the kernel (`nldump monitor --all-senders`, [`PcapWriter::write_from`]): a 4-byte
    /// link-layer address in the cooked header. `None` for the kernel's datagrams and for
    /// captures that do not say (an `nlmon` device's).
    pub sender: Option<u32>,
    /// The netlink bytes: everything after the cooked header.
    pub data: Cow<'a, [u8]>,
}

impl<'a> Packet<'a> {
    /// Splits a captured frame (cooked header and netlink bytes) into a packet; `index` and
    /// `offset` say where it came from, for errors.
    pub fn from_cooked(
        index: u64,
        offset: u64,
        timestamp: Duration,
        frame: &'a [u8],
    ) -> Result<Packet<'a>, Error> {
        let err = |kind| Error {
            packet: index,
            offset,
            kind,
        };
        if frame.len() < COOKED_HEADER_LEN {
            return Err(err(ErrorKind::ShortCookedHeader { len: frame.len() }));
        }
        let be = |i: usize| u16::from_be_bytes([frame[i], frame[i + 1]]);
        let hatype = be(2);
        if hatype != ARPHRD_NETLINK {
            return Err(err(ErrorKind::NotNetlink { hatype }));
        }
        let packet_type = be(0);
        Ok(Packet {
            index,
            offset,
            data_offset: offset + COOKED_HEADER_LEN as u64,
            timestamp,
            protocol: be(14),
            direction: Direction::from_packet_type(packet_type),
            packet_type,
            orig_len: frame.len() as u32,
            sender: match be(4) {
                4 => Some(u32::from_be_bytes([frame[6], frame[7], frame[8], frame[9]])),
                _ => None,
            },
            data: Cow::Borrowed(&frame[COOKED_HEADER_LEN..]),
        })
    }

    /// The same packet owning its bytes.
    pub fn into_owned(self) -> Packet<'static> {
        Packet {
            data: Cow::Owned(self.data.into_owned()),
            ..self
        }
    }
}

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

/// Writes netlink datagrams as a pcap capture of link type 253 that Wireshark and tshark
/// decode as netlink.
///
/// ```
/// use nlcodec_socket::pcap::{Direction, PcapWriter};
/// let mut w = PcapWriter::new(Vec::new())?;
/// w.write(16, Direction::Sent, std::time::Duration::from_millis(5), &[0u8; 20])?;
/// let bytes = w.into_inner();
/// assert_eq!(bytes.len(), 24 + 16 + 16 + 20); // global header, record header, cooked, data
/// # Ok::<(), nlcodec_socket::pcap::Error>(())
/// ```
pub struct PcapWriter<W: Write> {
    inner: pcap_file::pcap::PcapWriter<W>,
    frame: Vec<u8>,
    count: u64,
}

impl<W: Write> PcapWriter<W> {
    /// Writes the global header (host byte order, microsecond timestamps, link type 253).
    pub fn new(w: W) -> Result<Self, Error> {
        let header = PcapHeader {
            snaplen: SNAPLEN,
            datalink: DataLink::NETLINK,
            ts_resolution: TsResolution::MicroSecond,
            endianness: if cfg!(target_endian = "big") {
                Endianness::Big
            } else {
                Endianness::Little
            },
            ..PcapHeader::default()
        };
        let inner =
            pcap_file::pcap::PcapWriter::with_header(w, header).map_err(|e| convert(e, 1, 0))?;
        Ok(PcapWriter {
            inner,
            frame: Vec::new(),
            count: 0,
        })
    }

    /// Writes one datagram: the cooked header for `protocol` and `direction`, then `bytes`.
    /// `timestamp` is the time since the Unix epoch.
    pub fn write(
        &mut self,
        protocol: u16,
        direction: Direction,
        timestamp: Duration,
        bytes: &[u8],
    ) -> Result<(), Error> {
        self.write_from(protocol, direction, timestamp, bytes, None)
    }

    /// Like [`write`](Self::write), marking the datagram with its sender's port id when it
    /// is not the kernel (`Some`): a 4-byte link-layer address in the cooked header, read
    /// back as [`Packet::sender`].
    ///
    /// ```
    /// use nlcodec_socket::pcap::{CaptureSlice, Direction, PcapWriter};
    /// let mut w = PcapWriter::new(Vec::new())?;
    /// w.write_from(0, Direction::Received, std::time::Duration::ZERO, &[0u8; 16], Some(4242))?;
    /// w.write(0, Direction::Received, std::time::Duration::ZERO, &[0u8; 16])?;
    /// let file = w.into_inner();
    /// let senders: Vec<_> = CaptureSlice::new(&file).map(|p| p.unwrap().sender).collect();
    /// assert_eq!(senders, [Some(4242), None]);
    /// # Ok::<(), nlcodec_socket::pcap::Error>(())
    /// ```
    pub fn write_from(
        &mut self,
        protocol: u16,
        direction: Direction,
        timestamp: Duration,
        bytes: &[u8],
        sender: Option<u32>,
    ) -> Result<(), Error> {
        self.count += 1;
        let err = |kind| Error {
            packet: self.count,
            offset: 0,
            kind,
        };
        let len = COOKED_HEADER_LEN + bytes.len();
        if len > SNAPLEN as usize {
            return Err(err(ErrorKind::TooLong { len: len as u64 }));
        }
        self.frame.clear();
        let mut header = cooked_header(protocol, direction);
        if let Some(port) = sender {
            header[4..6].copy_from_slice(&4u16.to_be_bytes());
            header[6..10].copy_from_slice(&port.to_be_bytes());
        }
        self.frame.extend_from_slice(&header);
        self.frame.extend_from_slice(bytes);
        let packet = pcap_file::pcap::PcapPacket::new(timestamp, len as u32, &self.frame);
        let count = self.count;
        self.inner
            .write_packet(&packet)
            .map_err(|e| convert(e, count, 0))?;
        Ok(())
    }

    /// The number of datagrams written.
    pub fn count(&self) -> u64 {
        self.count
    }

    /// Gives back the underlying writer (flush it if it buffers).
    pub fn into_inner(self) -> W {
        self.inner.into_writer()
    }
}

fn convert(e: PcapError, packet: u64, offset: u64) -> Error {
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

/// Timestamp resolution of one pcapng interface (units per second as a power of 10 or 2).
#[derive(Clone, Copy)]
struct TsResol(u8);

impl TsResol {
    fn to_duration(self, units: u64) -> Duration {
        let r = self.0;
        if r & 0x80 == 0 {
            let exp = u32::from(r.min(19));
            let per_sec = 10u64.pow(exp);
            let secs = units / per_sec;
            let frac = units % per_sec;
            let nanos = if exp <= 9 {
                frac * 10u64.pow(9 - exp)
            } else {
                frac / 10u64.pow(exp - 9)
            };
            Duration::new(secs, nanos as u32)
        } else {
            let exp = u32::from(r & 0x7f).min(63);
            let per_sec = 1u64 << exp;
            let secs = units >> exp;
            let frac = units & (per_sec - 1);
            let nanos = (u128::from(frac) * 1_000_000_000 / u128::from(per_sec)) as u32;
            Duration::new(secs, nanos)
        }
    }
}

struct Interface {
    linktype: u32,
    tsresol: TsResol,
}

enum Format {
    /// Nothing read yet.
    Start,
    Pcap(PcapParser, TsResolution, u32),
    PcapNg(Box<PcapNgParser>, Vec<Interface>),
    /// A fatal error was reported: nothing more can be read.
    Done,
}

/// Reads a pcap or pcapng netlink capture from any [`Read`], a record at a time.
///
/// An iterator of [`Packet`]s. Every bad record is an [`Error`] naming the packet number and
/// byte offset, and reading goes on with the next record wherever the container's lengths
/// still say where it is; after an error that leaves nothing to go on from (not a capture,
/// wrong link type of a pcap file, truncated input, a corrupt record length) the iterator
/// ends.
///
/// ```
/// use nlcodec_socket::pcap::{CaptureReader, Direction, ErrorKind, PcapWriter};
/// use std::time::Duration;
/// let mut w = PcapWriter::new(Vec::new())?;
/// w.write(0, Direction::Sent, Duration::ZERO, &[0u8; 16])?;
/// w.write(0, Direction::Received, Duration::ZERO, &[0u8; 20])?;
/// let mut file = w.into_inner();
/// file.truncate(file.len() - 5); // cut the second packet short
/// let mut r = CaptureReader::new(&file[..]);
/// assert_eq!(r.next().unwrap()?.direction, Direction::Sent);
/// let e = r.next().unwrap().unwrap_err();
/// assert_eq!((e.packet, e.offset), (2, 24 + 16 + 32));
/// assert!(matches!(e.kind, ErrorKind::Truncated { .. }));
/// assert!(r.next().is_none());
/// # Ok::<(), nlcodec_socket::pcap::Error>(())
/// ```
pub struct CaptureReader<R: Read> {
    reader: R,
    buf: Vec<u8>,
    /// End of the bytes read into `buf`.
    end: usize,
    /// Start of the unread bytes in `buf`.
    pos: usize,
    /// File offset of `buf[0]`.
    base: u64,
    eof: bool,
    format: Format,
    /// Packets seen so far (the number of the last one).
    index: u64,
}

const CHUNK: usize = 64 * 1024;

/// The packet of one record: its cooked frame parsed, `orig_len` kept; a record cut by the
/// snapshot length (`cut`: the original length) is an error even when the frame parses.
fn record_packet(
    index: u64,
    offset: u64,
    frame_start: u64,
    ts: Duration,
    frame: &[u8],
    orig: u32,
    cut: Option<u32>,
) -> Result<Packet<'_>, Error> {
    let mut packet = Packet::from_cooked(index, offset, ts, frame)?;
    packet.data_offset = offset + frame_start + COOKED_HEADER_LEN as u64;
    match cut {
        Some(original) => Err(Error {
            packet: index,
            offset,
            kind: ErrorKind::CutBySnaplen {
                captured: frame.len() as u32,
                original,
            },
        }),
        None => Ok(Packet {
            orig_len: orig,
            ..packet
        }),
    }
}

enum Step {
    /// A packet, consuming `usize` bytes.
    Packet(usize, u64, Duration, u32, u32, Option<u32>),
    /// A non-packet record, consumed.
    Skip(usize),
    NeedMore,
    /// An error about the record, which is skipped by `usize` bytes.
    Bad(usize, ErrorKind),
    /// An error after which nothing more can be read.
    Fatal(ErrorKind),
}

impl<R: Read> CaptureReader<R> {
    /// A reader over `reader`; nothing is read until the first call to `next`.
    pub fn new(reader: R) -> Self {
        CaptureReader {
            reader,
            buf: Vec::new(),
            end: 0,
            pos: 0,
            base: 0,
            eof: false,
            format: Format::Start,
            index: 0,
        }
    }

    /// The link type of the capture once known (always 253 once a packet was returned).
    pub fn is_pcapng(&self) -> bool {
        matches!(self.format, Format::PcapNg(..))
    }

    /// Reads more bytes; false at end of input.
    fn fill(&mut self) -> Result<bool, std::io::Error> {
        if self.eof {
            return Ok(false);
        }
        if self.end == self.buf.len() {
            // Full: drop what was consumed, else grow (doubling, so a record of any size
            // costs amortised linear time).
            if self.pos > 0 {
                self.buf.copy_within(self.pos..self.end, 0);
                self.base += self.pos as u64;
                self.end -= self.pos;
                self.pos = 0;
            }
            if self.end == self.buf.len() {
                let grow = CHUNK.max(self.buf.len());
                self.buf.resize(self.buf.len() + grow, 0);
            }
        }
        let n = loop {
            match self.reader.read(&mut self.buf[self.end..]) {
                Ok(n) => break n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        };
        self.end += n;
        if n == 0 {
            self.eof = true;
        }
        Ok(n > 0)
    }

    fn offset(&self) -> u64 {
        self.base + self.pos as u64
    }

    fn error(&mut self, packet: u64, kind: ErrorKind, fatal: bool) -> Error {
        if fatal {
            self.format = Format::Done;
        }
        Error {
            packet,
            offset: self.offset(),
            kind,
        }
    }
}

/// Reads the file header at the start of `data`: the bytes it took, `None` when more are
/// needed.
fn start(format: &mut Format, data: &[u8]) -> Result<Option<usize>, ErrorKind> {
    if data.len() < 4 {
        return Ok(None);
    }
    let magic = [data[0], data[1], data[2], data[3]];
    if magic == [0x0a, 0x0d, 0x0d, 0x0a] {
        if data.len() >= 12 {
            let len = block_len(data, None);
            if len > MAX_RECORD as u64 {
                return Err(ErrorKind::TooLong { len });
            }
        }
        match PcapNgParser::new(data) {
            Ok((rem, parser)) => {
                let used = data.len() - rem.len();
                *format = Format::PcapNg(Box::new(parser), Vec::new());
                Ok(Some(used))
            }
            Err(PcapError::IncompleteBuffer) => Ok(None),
            Err(e) => Err(ErrorKind::Malformed(e.to_string())),
        }
    } else if matches!(
        u32::from_be_bytes(magic),
        0xA1B2C3D4 | 0xA1B23C4D | 0xD4C3B2A1 | 0x4D3CB2A1
    ) {
        match PcapParser::new(data) {
            Ok((rem, parser)) => {
                let header = parser.header();
                let linktype = u32::from(header.datalink);
                if linktype != LINKTYPE_NETLINK {
                    return Err(ErrorKind::WrongLinkType { linktype });
                }
                let used = data.len() - rem.len();
                *format = Format::Pcap(parser, header.ts_resolution, header.snaplen);
                Ok(Some(used))
            }
            Err(PcapError::IncompleteBuffer) => Ok(None),
            Err(e) => Err(ErrorKind::Malformed(e.to_string())),
        }
    } else {
        Err(ErrorKind::NotACapture { magic })
    }
}

/// Reads the next record at the start of `data`.
fn step(format: &mut Format, data: &[u8]) -> Step {
    match format {
        Format::Pcap(parser, resolution, snaplen) => {
            if data.len() >= 16 {
                let incl = match parser.header().endianness {
                    Endianness::Big => u32::from_be_bytes([data[8], data[9], data[10], data[11]]),
                    Endianness::Little => {
                        u32::from_le_bytes([data[8], data[9], data[10], data[11]])
                    }
                };
                if incl as usize > MAX_RECORD {
                    return Step::Fatal(ErrorKind::TooLong { len: incl.into() });
                }
            }
            match parser.next_raw_packet(data) {
                Ok((rem, raw)) => {
                    let used = data.len() - rem.len();
                    let RawPcapPacket {
                        ts_sec,
                        ts_frac,
                        incl_len,
                        orig_len,
                        ..
                    } = raw;
                    let nanos = match resolution {
                        TsResolution::MicroSecond => u64::from(ts_frac) * 1000,
                        TsResolution::NanoSecond => u64::from(ts_frac),
                    };
                    let ts = Duration::from_secs(ts_sec.into()) + Duration::from_nanos(nanos);
                    let cut = (incl_len < orig_len).then_some(orig_len);
                    let _ = snaplen;
                    Step::Packet(used, 16, ts, incl_len, orig_len, cut)
                }
                Err(PcapError::IncompleteBuffer) => Step::NeedMore,
                Err(e) => Step::Fatal(ErrorKind::Malformed(e.to_string())),
            }
        }
        Format::PcapNg(parser, ifaces) => {
            if data.len() < 12 {
                return Step::NeedMore;
            }
            let big = matches!(parser.section().endianness, Endianness::Big);
            let len = block_len(data, Some(big));
            if len > MAX_RECORD as u64 {
                return Step::Fatal(ErrorKind::TooLong { len });
            }
            // The block's extent first, so that a block whose body is bad can be skipped.
            if len % 4 != 0 || len < 12 {
                return Step::Fatal(ErrorKind::Malformed(format!(
                    "pcapng block length {len}: not a multiple of 4 of at least 12"
                )));
            }
            let used = len as usize;
            if data.len() < used {
                return Step::NeedMore;
            }
            let sections_before = parser.section().clone();
            match parser.next_block(data) {
                Ok((_, block)) => match block {
                    Block::SectionHeader(_) => {
                        ifaces.clear();
                        Step::Skip(used)
                    }
                    Block::InterfaceDescription(idb) => {
                        let tsresol = idb
                            .options
                            .iter()
                            .find_map(|o| match o {
                                InterfaceDescriptionOption::IfTsResol(r) => Some(*r),
                                _ => None,
                            })
                            .unwrap_or(6);
                        ifaces.push(Interface {
                            linktype: u32::from(idb.linktype),
                            tsresol: TsResol(tsresol),
                        });
                        Step::Skip(used)
                    }
                    Block::EnhancedPacket(epb) => {
                        let Some(iface) = ifaces.get(epb.interface_id as usize) else {
                            return Step::Bad(
                                used,
                                ErrorKind::UnknownInterface {
                                    id: epb.interface_id,
                                },
                            );
                        };
                        if iface.linktype != LINKTYPE_NETLINK {
                            return Step::Bad(
                                used,
                                ErrorKind::WrongLinkType {
                                    linktype: iface.linktype,
                                },
                            );
                        }
                        // pcap-file reads the raw 64-bit count as nanoseconds; the unit is
                        // the interface's if_tsresol (microseconds by default).
                        let units = epb.timestamp.as_nanos() as u64;
                        let ts = iface.tsresol.to_duration(units);
                        let data_start = epb.data.as_ptr() as usize - data.as_ptr() as usize;
                        let incl = epb.data.len() as u32;
                        let cut = (incl < epb.original_len).then_some(epb.original_len);
                        Step::Packet(used, data_start as u64, ts, incl, epb.original_len, cut)
                    }
                    Block::SimplePacket(spb) => {
                        let Some(iface) = ifaces.first() else {
                            return Step::Bad(used, ErrorKind::UnknownInterface { id: 0 });
                        };
                        if iface.linktype != LINKTYPE_NETLINK {
                            return Step::Bad(
                                used,
                                ErrorKind::WrongLinkType {
                                    linktype: iface.linktype,
                                },
                            );
                        }
                        let data_start = spb.data.as_ptr() as usize - data.as_ptr() as usize;
                        let incl = spb.data.len() as u32;
                        let cut = (incl < spb.original_len).then_some(spb.original_len);
                        Step::Packet(
                            used,
                            data_start as u64,
                            Duration::ZERO,
                            incl,
                            spb.original_len,
                            cut,
                        )
                    }
                    Block::Packet(pb) => {
                        let Some(iface) = ifaces.get(usize::from(pb.interface_id)) else {
                            return Step::Bad(
                                used,
                                ErrorKind::UnknownInterface {
                                    id: pb.interface_id.into(),
                                },
                            );
                        };
                        if iface.linktype != LINKTYPE_NETLINK {
                            return Step::Bad(
                                used,
                                ErrorKind::WrongLinkType {
                                    linktype: iface.linktype,
                                },
                            );
                        }
                        let ts = iface.tsresol.to_duration(pb.timestamp);
                        let data_start = pb.data.as_ptr() as usize - data.as_ptr() as usize;
                        let incl = pb.data.len() as u32;
                        let cut = (incl < pb.original_len).then_some(pb.original_len);
                        Step::Packet(used, data_start as u64, ts, incl, pb.original_len, cut)
                    }
                    _ => Step::Skip(used),
                },
                // The whole block is there: a body that reads past its end is malformed.
                Err(PcapError::IncompleteBuffer) => Step::Bad(
                    used,
                    ErrorKind::Malformed("pcapng block body shorter than its fields".into()),
                ),
                Err(e) => {
                    // The parser may have dropped its section on a bad section header;
                    // keep reading with the one before.
                    if parser.section().endianness != sections_before.endianness {
                        return Step::Fatal(ErrorKind::Malformed(e.to_string()));
                    }
                    Step::Bad(used, ErrorKind::Malformed(e.to_string()))
                }
            }
        }
        Format::Start | Format::Done => Step::NeedMore,
    }
}

/// The total length of the pcapng block at the start of `data` (at least 12 bytes), in the
/// section's byte order (`None`: a section header, whose byte order its magic tells).
fn block_len(data: &[u8], big: Option<bool>) -> u64 {
    let big = big.unwrap_or_else(|| data.len() >= 12 && data[8..12] == [0x1a, 0x2b, 0x3c, 0x4d]);
    let b = [data[4], data[5], data[6], data[7]];
    u64::from(if big {
        u32::from_be_bytes(b)
    } else {
        u32::from_le_bytes(b)
    })
}

impl<R: Read> Iterator for CaptureReader<R> {
    type Item = Result<Packet<'static>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if matches!(self.format, Format::Done) {
                return None;
            }
            if matches!(self.format, Format::Start) {
                match start(&mut self.format, &self.buf[self.pos..self.end]) {
                    Ok(Some(used)) => {
                        self.pos += used;
                        continue;
                    }
                    Ok(None) => {}
                    Err(kind) => return Some(Err(self.error(1, kind, true))),
                }
            } else {
                match step(&mut self.format, &self.buf[self.pos..self.end]) {
                    Step::Packet(used, data_start, ts, incl, orig, cut) => {
                        self.index += 1;
                        let index = self.index;
                        let offset = self.offset();
                        let start = self.pos + data_start as usize;
                        let frame = &self.buf[start..start + incl as usize];
                        let result = record_packet(index, offset, data_start, ts, frame, orig, cut);
                        let result = result.map(Packet::into_owned);
                        self.pos += used;
                        return Some(result);
                    }
                    Step::Skip(used) => {
                        self.pos += used;
                        continue;
                    }
                    Step::Bad(used, kind) => {
                        self.index += 1;
                        let e = self.error(self.index, kind, false);
                        self.pos += used;
                        return Some(Err(e));
                    }
                    Step::Fatal(kind) => return Some(Err(self.error(self.index + 1, kind, true))),
                    Step::NeedMore => {}
                }
            }
            // More bytes are needed.
            match self.fill() {
                Ok(true) => {}
                Ok(false) => {
                    let have = self.end - self.pos;
                    self.format = Format::Done;
                    if have == 0 {
                        return None;
                    }
                    let packet = self.index + 1;
                    return Some(Err(self.error(packet, ErrorKind::Truncated { have }, true)));
                }
                Err(e) => {
                    let packet = self.index + 1;
                    return Some(Err(self.error(packet, ErrorKind::Io(e), true)));
                }
            }
        }
    }
}

/// Reads a pcap or pcapng netlink capture held in memory, without copying: its packets
/// borrow from the slice. Same records, numbers, offsets and errors as [`CaptureReader`]
/// (the end of the slice is the end of the input).
///
/// ```
/// use nlcodec_socket::pcap::{CaptureSlice, Direction, PcapWriter};
/// let mut w = PcapWriter::new(Vec::new())?;
/// w.write(0, Direction::Received, std::time::Duration::ZERO, &[0u8; 16])?;
/// let file = w.into_inner();
/// let p = CaptureSlice::new(&file).next().unwrap()?;
/// assert!(matches!(p.data, std::borrow::Cow::Borrowed(_)));
/// assert_eq!(p.data.as_ptr() as usize - file.as_ptr() as usize, 24 + 16 + 16);
/// # Ok::<(), nlcodec_socket::pcap::Error>(())
/// ```
pub struct CaptureSlice<'a> {
    data: &'a [u8],
    pos: usize,
    format: Format,
    index: u64,
}

impl<'a> CaptureSlice<'a> {
    /// A reader over `data`.
    pub fn new(data: &'a [u8]) -> Self {
        CaptureSlice {
            data,
            pos: 0,
            format: Format::Start,
            index: 0,
        }
    }

    fn fail(&mut self, packet: u64, kind: ErrorKind, fatal: bool) -> Error {
        if fatal {
            self.format = Format::Done;
        }
        Error {
            packet,
            offset: self.pos as u64,
            kind,
        }
    }
}

impl<'a> Iterator for CaptureSlice<'a> {
    type Item = Result<Packet<'a>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let data: &'a [u8] = &self.data[self.pos..];
            let step = match self.format {
                Format::Done => return None,
                Format::Start => match start(&mut self.format, data) {
                    Ok(Some(used)) => {
                        self.pos += used;
                        continue;
                    }
                    Ok(None) => Step::NeedMore,
                    Err(kind) => return Some(Err(self.fail(1, kind, true))),
                },
                _ => step(&mut self.format, data),
            };
            match step {
                Step::Packet(used, data_start, ts, incl, orig, cut) => {
                    self.index += 1;
                    let (index, offset) = (self.index, self.pos as u64);
                    let at = data_start as usize;
                    let frame = &data[at..at + incl as usize];
                    self.pos += used;
                    return Some(record_packet(
                        index, offset, data_start, ts, frame, orig, cut,
                    ));
                }
                Step::Skip(used) => self.pos += used,
                Step::Bad(used, kind) => {
                    self.index += 1;
                    let e = self.fail(self.index, kind, false);
                    self.pos += used;
                    return Some(Err(e));
                }
                Step::Fatal(kind) => return Some(Err(self.fail(self.index + 1, kind, true))),
                Step::NeedMore => {
                    let have = data.len();
                    self.format = Format::Done;
                    if have == 0 {
                        return None;
                    }
                    let packet = self.index + 1;
                    return Some(Err(self.fail(packet, ErrorKind::Truncated { have }, true)));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pcap_file::pcapng::blocks::enhanced_packet::EnhancedPacketBlock;
    use pcap_file::pcapng::blocks::interface_description::InterfaceDescriptionBlock;
    use pcap_file::pcapng::PcapNgWriter;

    const DONE: [u8; 20] = [20, 0, 0, 0, 3, 0, 2, 0, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    fn capture(n: usize) -> Vec<u8> {
        let mut w = PcapWriter::new(Vec::new()).unwrap();
        for i in 0..n {
            let dir = if i % 2 == 0 {
                Direction::Sent
            } else {
                Direction::Received
            };
            w.write(
                i as u16,
                dir,
                Duration::new(1_700_000_000, 123_456_000),
                &DONE,
            )
            .unwrap();
        }
        w.into_inner()
    }

    /// A reader that hands out one byte per call: every record crosses a refill.
    struct Trickle<'a>(&'a [u8]);
    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            if self.0.is_empty() || buf.is_empty() {
                return Ok(0);
            }
            buf[0] = self.0[0];
            self.0 = &self.0[1..];
            Ok(1)
        }
    }

    #[test]
    fn writes_the_cooked_header_in_network_order() {
        let file = capture(1);
        assert_eq!(&file[20..24], &253u32.to_ne_bytes());
        let frame = &file[40..];
        assert_eq!(
            &frame[..16],
            &[0, 4, 3, 56, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]
        );
        assert_eq!(&frame[16..], &DONE);
    }

    #[test]
    fn round_trip_keeps_everything_and_counts_from_one() {
        let file = capture(5);
        for packets in [
            CaptureReader::new(&file[..])
                .collect::<Result<Vec<_>, _>>()
                .unwrap(),
            CaptureReader::new(Trickle(&file))
                .collect::<Result<Vec<_>, _>>()
                .unwrap(),
        ] {
            assert_eq!(packets.len(), 5);
            for (i, p) in packets.iter().enumerate() {
                assert_eq!(p.index, i as u64 + 1);
                assert_eq!(p.offset, 24 + i as u64 * 52);
                assert_eq!(p.protocol, i as u16);
                assert_eq!(p.direction == Direction::Sent, i % 2 == 0);
                assert_eq!(p.timestamp, Duration::new(1_700_000_000, 123_456_000));
                assert_eq!(&p.data[..], &DONE);
            }
        }
    }

    #[test]
    fn reads_big_endian_nanosecond_pcap() {
        let header = PcapHeader {
            datalink: DataLink::NETLINK,
            ts_resolution: TsResolution::NanoSecond,
            endianness: Endianness::Big,
            ..PcapHeader::default()
        };
        let mut w = pcap_file::pcap::PcapWriter::with_header(Vec::new(), header).unwrap();
        let mut frame = cooked_header(16, Direction::Received).to_vec();
        frame.extend_from_slice(&DONE);
        let ts = Duration::new(5, 7);
        w.write_packet(&pcap_file::pcap::PcapPacket::new(
            ts,
            frame.len() as u32,
            &frame,
        ))
        .unwrap();
        let file = w.into_writer();
        let p = CaptureReader::new(&file[..]).next().unwrap().unwrap();
        assert_eq!((p.protocol, p.timestamp, &p.data[..]), (16, ts, &DONE[..]));
    }

    fn pcapng(linktypes: &[(DataLink, Option<u8>)], packets: &[(u32, u64)]) -> Vec<u8> {
        let mut w = PcapNgWriter::new(Vec::new()).unwrap();
        for &(lt, resol) in linktypes {
            let mut idb = InterfaceDescriptionBlock::new(lt, 0);
            if let Some(r) = resol {
                idb.options.push(InterfaceDescriptionOption::IfTsResol(r));
            }
            w.write_pcapng_block(idb).unwrap();
        }
        let mut frame = cooked_header(0, Direction::Sent).to_vec();
        frame.extend_from_slice(&DONE);
        for &(iface, units) in packets {
            w.write_pcapng_block(EnhancedPacketBlock {
                interface_id: iface,
                timestamp: Duration::from_nanos(units),
                original_len: frame.len() as u32,
                data: Cow::Borrowed(&frame),
                options: vec![],
            })
            .unwrap();
        }
        w.into_inner()
    }

    /// Where each block of a little-endian pcapng file ends.
    fn block_ends(file: &[u8]) -> Vec<usize> {
        let mut ends = vec![];
        let mut at = 0;
        while at < file.len() {
            at += u32::from_le_bytes(file[at + 4..at + 8].try_into().unwrap()) as usize;
            ends.push(at);
        }
        ends
    }

    #[test]
    fn reads_pcapng_with_timestamp_resolution() {
        let file = pcapng(
            &[(DataLink::NETLINK, None), (DataLink::NETLINK, Some(9))],
            &[(0, 1_500_000), (1, 1_500_000_000)],
        );
        let packets: Vec<_> = CaptureReader::new(Trickle(&file))
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(packets.len(), 2);
        assert_eq!(packets[0].timestamp, Duration::from_millis(1500));
        assert_eq!(packets[1].timestamp, Duration::from_millis(1500));
        assert_eq!(packets[1].index, 2);
        assert_eq!(&packets[1].data[..], &DONE);
    }

    #[test]
    fn pcapng_packet_on_a_wrong_interface_is_an_error_and_reading_goes_on() {
        let file = pcapng(
            &[(DataLink::ETHERNET, None), (DataLink::NETLINK, None)],
            &[(0, 1), (1, 2), (1, 3), (1, 4)],
        );
        // The third packet names an interface that no block describes.
        let mut file = file;
        let third = block_ends(&file)[4];
        file[third + 8..third + 12].copy_from_slice(&7u32.to_le_bytes());
        let items: Vec<_> = CaptureReader::new(&file[..]).collect();
        assert_eq!(items.len(), 4);
        let e = items[0].as_ref().unwrap_err();
        assert!(
            matches!(e.kind, ErrorKind::WrongLinkType { linktype: 1 }),
            "{e}"
        );
        assert_eq!(e.packet, 1);
        assert_eq!(items[1].as_ref().unwrap().index, 2);
        let e = items[2].as_ref().unwrap_err();
        assert!(
            matches!(e.kind, ErrorKind::UnknownInterface { id: 7 }),
            "{e}"
        );
        assert_eq!(items[3].as_ref().unwrap().index, 4);
    }

    #[test]
    fn wrong_link_type_is_typed_and_final() {
        let mut file = capture(2);
        file[20..24].copy_from_slice(&1u32.to_ne_bytes());
        let items: Vec<_> = CaptureReader::new(&file[..]).collect();
        assert_eq!(items.len(), 1);
        let e = items[0].as_ref().unwrap_err();
        assert!(matches!(e.kind, ErrorKind::WrongLinkType { linktype: 1 }));
        assert_eq!((e.packet, e.offset), (1, 0));
    }

    #[test]
    fn not_a_capture_and_empty_input() {
        let e = CaptureReader::new(&DONE[..]).next().unwrap().unwrap_err();
        assert!(matches!(
            e.kind,
            ErrorKind::NotACapture {
                magic: [20, 0, 0, 0]
            }
        ));
        assert!(CaptureReader::new(&[][..]).next().is_none());
        let e = CaptureReader::new(&[0xd4, 0xc3][..])
            .next()
            .unwrap()
            .unwrap_err();
        assert!(matches!(e.kind, ErrorKind::Truncated { have: 2 }));
    }

    #[test]
    fn every_truncation_is_an_error_never_a_panic() {
        let file = capture(3);
        for cut in 0..file.len() {
            let items: Vec<_> = CaptureReader::new(&file[..cut]).collect();
            let good = items.iter().filter(|r| r.is_ok()).count();
            let whole = cut.saturating_sub(24) / 52;
            assert_eq!(good, whole.min(3), "cut at {cut}");
            let complete = cut == 0 || (cut >= 24 && (cut - 24) % 52 == 0);
            assert_eq!(items.len() - good, usize::from(!complete), "cut at {cut}");
        }
        let ng = pcapng(&[(DataLink::NETLINK, None)], &[(0, 1), (0, 2)]);
        let ends = block_ends(&ng);
        for cut in 1..ng.len() {
            let items: Vec<_> = CaptureReader::new(&ng[..cut]).collect();
            let error = items.iter().any(Result::is_err);
            assert_eq!(error, !ends.contains(&cut), "cut at {cut}");
        }
    }

    fn summary<'a>(items: impl Iterator<Item = Result<Packet<'a>, Error>>) -> Vec<String> {
        items
            .map(|r| match r {
                Ok(p) => format!("{} {} {:?}", p.index, p.offset, p.data),
                Err(e) => e.to_string(),
            })
            .collect()
    }

    #[test]
    fn slice_reader_agrees_with_the_streaming_reader() {
        let mut files = vec![capture(3)];
        files.push(pcapng(&[(DataLink::NETLINK, None)], &[(0, 1), (0, 2)]));
        let mut bad = capture(3);
        bad[24 + 52 + 18] = 0;
        files.push(bad);
        for file in files {
            for cut in 0..=file.len() {
                let f = &file[..cut];
                assert_eq!(
                    summary(CaptureSlice::new(f)),
                    summary(CaptureReader::new(f)),
                    "cut at {cut}"
                );
            }
        }
    }

    #[test]
    fn bad_cooked_header_names_the_packet_and_reading_goes_on() {
        let mut file = capture(3);
        let second = 24 + 52;
        file[second + 16 + 2] = 0; // hatype of packet 2
        let items: Vec<_> = CaptureReader::new(&file[..]).collect();
        assert_eq!(items.len(), 3);
        let e = items[1].as_ref().unwrap_err();
        assert_eq!((e.packet, e.offset), (2, second as u64));
        assert!(
            matches!(e.kind, ErrorKind::NotNetlink { hatype: 56 }),
            "{e}"
        );
        assert!(e.to_string().starts_with("packet 2 at byte offset 76: "));
        assert_eq!(items[2].as_ref().unwrap().index, 3);
    }

    #[test]
    fn corrupt_length_is_refused_before_allocating() {
        let mut file = capture(2);
        file[24 + 8..24 + 12].copy_from_slice(&u32::MAX.to_ne_bytes());
        let items: Vec<_> = CaptureReader::new(&file[..]).collect();
        assert_eq!(items.len(), 1);
        let e = items[0].as_ref().unwrap_err();
        assert!(matches!(e.kind, ErrorKind::TooLong { .. }), "{e}");
        assert_eq!((e.packet, e.offset), (1, 24));
    }

    #[test]
    fn short_packet_and_snaplen_cut() {
        let mut w = PcapWriter::new(Vec::new()).unwrap();
        w.write(0, Direction::Received, Duration::ZERO, &DONE)
            .unwrap();
        let mut file = w.into_inner();
        // orig_len larger than incl_len: the capture cut the packet.
        file[24 + 12..24 + 16].copy_from_slice(&100u32.to_ne_bytes());
        let e = CaptureReader::new(&file[..]).next().unwrap().unwrap_err();
        assert!(matches!(
            e.kind,
            ErrorKind::CutBySnaplen {
                captured: 36,
                original: 100
            }
        ));
        let e = Packet::from_cooked(9, 3, Duration::ZERO, &[0; 5]).unwrap_err();
        assert!(matches!(e.kind, ErrorKind::ShortCookedHeader { len: 5 }));
        assert_eq!((e.packet, e.offset), (9, 3));
    }

    #[test]
    fn timestamp_resolutions() {
        assert_eq!(TsResol(6).to_duration(2_000_001), Duration::new(2, 1000));
        assert_eq!(
            TsResol(12).to_duration(3_000_000_000_007),
            Duration::new(3, 0)
        );
        assert_eq!(
            TsResol(0x80 | 10).to_duration(1024 + 512),
            Duration::new(1, 500_000_000)
        );
        let _ = TsResol(0xff).to_duration(u64::MAX);
        let _ = TsResol(0x7f).to_duration(u64::MAX);
    }
}
