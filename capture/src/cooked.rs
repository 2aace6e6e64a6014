//! The Linux cooked header in front of every netlink packet, and a packet read back.

use crate::{Error, ErrorKind, ARPHRD_NETLINK, COOKED_HEADER_LEN, PACKET_HOST, PACKET_OUTGOING};
use std::borrow::Cow;
use std::time::Duration;

/// Which way a datagram went, from the cooked header's packet type.
///
/// ```
/// use nlcodec_capture::Direction;
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
    /// assert_eq!(nlcodec_capture::Direction::Received.packet_type(), 0);
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
    /// use nlcodec_capture::Direction;
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
/// use nlcodec_capture::{cooked_header, Direction};
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
/// use nlcodec_capture::{Direction, Packet};
/// let p = Packet::from_cooked(3, 24, std::time::Duration::ZERO,
///     &[0, 0, 3, 56, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 16, 1, 2])?;
/// assert_eq!((p.protocol, p.direction, &p.data[..]), (16, Direction::Received, &[1u8, 2][..]));
/// # Ok::<(), nlcodec_capture::Error>(())
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
    /// the kernel (`nldump monitor --all-senders`, [`PcapWriter::write_from`](crate::PcapWriter::write_from)): a 4-byte
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
