//! Writing netlink datagrams as a pcap capture.

use crate::error::convert;
use crate::{cooked_header, Direction, Error, ErrorKind, COOKED_HEADER_LEN, SNAPLEN};
use pcap_file::pcap::PcapHeader;
use pcap_file::{DataLink, Endianness, TsResolution};
use std::io::Write;
use std::time::Duration;

/// Writes netlink datagrams as a pcap capture of link type 253 that Wireshark and tshark
/// decode as netlink.
///
/// ```
/// use nlcodec_capture::{Direction, PcapWriter};
/// let mut w = PcapWriter::new(Vec::new())?;
/// w.write(16, Direction::Sent, std::time::Duration::from_millis(5), &[0u8; 20])?;
/// let bytes = w.into_inner();
/// assert_eq!(bytes.len(), 24 + 16 + 16 + 20); // global header, record header, cooked, data
/// # Ok::<(), nlcodec_capture::Error>(())
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
    /// back as [`Packet::sender`](crate::Packet::sender).
    ///
    /// ```
    /// use nlcodec_capture::{CaptureSlice, Direction, PcapWriter};
    /// let mut w = PcapWriter::new(Vec::new())?;
    /// w.write_from(0, Direction::Received, std::time::Duration::ZERO, &[0u8; 16], Some(4242))?;
    /// w.write(0, Direction::Received, std::time::Duration::ZERO, &[0u8; 16])?;
    /// let file = w.into_inner();
    /// let senders: Vec<_> = CaptureSlice::new(&file).map(|p| p.unwrap().sender).collect();
    /// assert_eq!(senders, [Some(4242), None]);
    /// # Ok::<(), nlcodec_capture::Error>(())
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
