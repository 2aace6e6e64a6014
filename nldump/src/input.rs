//! Reading the input a round at a time: about `2 * CHUNK` bytes of whole raw messages, or of
//! whole capture packets, so memory stays bounded by the largest message or packet, not by
//! the file.

use crate::{detect, Format, PacketInfo};
use nlcodec::consts::{align, NLMSG_HDRLEN};
use nlcodec::Protocol;
use nlcodec_capture::Direction;
use nlcodec_capture::{CaptureReader, Packet};
use std::io::{self, Read};
use std::time::Duration;

/// Input bytes per unit of parallel work.
pub(crate) const CHUNK: usize = 256 * 1024;

/// A message or packet at least this big is a unit of its own, printed as it is decoded
/// rather than held whole (see [`Spill`](crate::out::Spill)).
pub(crate) const BIG: usize = 1024 * 1024;

/// A datagram as `--write` records it: protocol, direction, time, bytes, sender.
pub(crate) type Record<'a> = (u16, Direction, Duration, &'a [u8], Option<u32>);

/// The input, read round by round.
pub(crate) enum Rounds<'r> {
    /// Raw messages back to back.
    Raw(RawRounds<'r>),
    /// A pcap or pcapng capture.
    Capture(CaptureRounds<'r>),
}

/// Raw input: the buffered bytes and where the round's whole messages end.
pub(crate) struct RawRounds<'r> {
    input: &'r mut dyn Read,
    buf: Vec<u8>,
    /// Valid bytes in `buf`.
    len: usize,
    /// Bytes of `buf` the current round covers.
    cut: usize,
    /// Input offset of `buf[0]`.
    base: u64,
    protocol: Protocol,
    eof: bool,
    /// A header that cannot be walked past was met: the round that holds it is the last.
    stopped: bool,
}

/// A capture: the round's packets.
pub(crate) struct CaptureRounds<'r> {
    reader: CaptureReader<Prefixed<'r>>,
    packets: Vec<Packet<'static>>,
    protocol: Option<Protocol>,
    /// Records of the round that do not parse, as messages naming packet and offset.
    errors: Vec<String>,
    done: bool,
}

/// The first bytes (read to tell the format) put back in front of the rest of the input.
pub(crate) struct Prefixed<'r> {
    head: io::Cursor<Vec<u8>>,
    rest: &'r mut dyn Read,
}

impl Read for Prefixed<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self.head.read(buf)? {
            0 => self.rest.read(buf),
            n => Ok(n),
        }
    }
}

/// Reads until `buf` is full or the input ends; the number of bytes read.
fn read_full(input: &mut dyn Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match input.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

impl<'r> Rounds<'r> {
    /// Tells the format from the first bytes; `protocol` is `--protocol`.
    pub(crate) fn new(
        input: &'r mut dyn Read,
        protocol: Option<Protocol>,
    ) -> io::Result<Rounds<'r>> {
        let mut head = [0u8; 4];
        let n = read_full(input, &mut head)?;
        Ok(match detect(&head[..n]) {
            Format::Raw => {
                let mut buf = vec![0u8; 2 * CHUNK];
                buf[..n].copy_from_slice(&head[..n]);
                Rounds::Raw(RawRounds {
                    input,
                    buf,
                    len: n,
                    cut: 0,
                    base: 0,
                    protocol: protocol.unwrap_or(Protocol::ROUTE),
                    eof: false,
                    stopped: false,
                })
            }
            Format::Pcap | Format::PcapNg => Rounds::Capture(CaptureRounds {
                reader: CaptureReader::new(Prefixed {
                    head: io::Cursor::new(head[..n].to_vec()),
                    rest: input,
                }),
                packets: Vec::new(),
                protocol,
                errors: Vec::new(),
                done: false,
            }),
        })
    }

    /// True for raw input (one "packet": the whole input).
    pub(crate) fn is_raw(&self) -> bool {
        matches!(self, Rounds::Raw(_))
    }

    /// Reads the next round; false at the end of the input.
    pub(crate) fn next_round(&mut self) -> io::Result<bool> {
        match self {
            Rounds::Raw(r) => r.next_round(),
            Rounds::Capture(c) => Ok(c.next_round()),
        }
    }

    /// Capture packets of the round (0 for raw input).
    pub(crate) fn packets(&self) -> usize {
        match self {
            Rounds::Raw(_) => 0,
            Rounds::Capture(c) => c.packets.len(),
        }
    }

    /// Takes the round's reading problems.
    pub(crate) fn take_errors(&mut self) -> Vec<String> {
        match self {
            Rounds::Raw(_) => Vec::new(),
            Rounds::Capture(c) => std::mem::take(&mut c.errors),
        }
    }

    /// The round's units of work: message-aligned slices of about `CHUNK` bytes (raw input,
    /// a message of `BIG` bytes or more alone) or packets, with where they are.
    pub(crate) fn units(&self) -> Vec<(PacketInfo, &[u8])> {
        match self {
            Rounds::Raw(r) => r.units(),
            Rounds::Capture(c) => c
                .packets
                .iter()
                .map(|p| {
                    let info = PacketInfo {
                        index: p.index,
                        offset: p.data_offset,
                        protocol: c.protocol.unwrap_or(Protocol(p.protocol)),
                        direction: Some(p.direction),
                        timestamp: Some(p.timestamp),
                        sender: p.sender,
                    };
                    (info, &p.data[..])
                })
                .collect(),
        }
    }

    /// The round's datagrams as `--write` records them: capture packets as they are, raw
    /// input one message per packet (sent when it has `NLM_F_REQUEST`, else received).
    pub(crate) fn packets_to_write(&self) -> Vec<Record<'_>> {
        match self {
            Rounds::Raw(r) => {
                let bytes = &r.buf[..r.cut];
                let mut v = Vec::new();
                let mut it = nlcodec::messages(bytes);
                loop {
                    let at = it.offset();
                    let Some(Ok(m)) = it.next() else { break };
                    let end = (at + m.header.len as usize).min(bytes.len());
                    let dir = match m.header.flags & nlcodec::consts::NLM_F_REQUEST {
                        0 => Direction::Received,
                        _ => Direction::Sent,
                    };
                    v.push((r.protocol.0, dir, Duration::ZERO, &bytes[at..end], None));
                }
                v
            }
            Rounds::Capture(c) => c
                .packets
                .iter()
                .map(|p| {
                    let proto = c.protocol.map_or(p.protocol, |p| p.0);
                    (proto, p.direction, p.timestamp, &p.data[..], p.sender)
                })
                .collect(),
        }
    }
}

impl RawRounds<'_> {
    /// Reads until `len >= target` or the end of the input, growing the buffer with what
    /// arrives (never to a length a header merely claims).
    fn fill(&mut self, target: usize) -> io::Result<()> {
        while !self.eof && self.len < target {
            if self.len == self.buf.len() {
                let grown = (self.buf.len() * 2).min(target.max(self.buf.len() + CHUNK));
                self.buf.resize(grown.max(self.len + 1), 0);
            }
            let want = self.buf.len().min(target.max(self.len + 1));
            let n = read_full(self.input, &mut self.buf[self.len..want])?;
            if n == 0 {
                self.eof = true;
            }
            self.len += n;
        }
        Ok(())
    }

    fn next_round(&mut self) -> io::Result<bool> {
        if self.cut > 0 {
            self.buf.copy_within(self.cut..self.len, 0);
            self.base += self.cut as u64;
            self.len -= self.cut;
            self.cut = 0;
        }
        if self.stopped {
            return Ok(false);
        }
        let mut target = 2 * CHUNK;
        loop {
            self.fill(target)?;
            // Whole messages, padding included, up to the end of what is buffered.
            let mut at = 0;
            let mut need = 0;
            while at < self.len {
                let rest = &self.buf[at..self.len];
                let claimed = match rest.get(..4) {
                    Some(b) if rest.len() >= NLMSG_HDRLEN => {
                        u32::from_ne_bytes([b[0], b[1], b[2], b[3]]) as usize
                    }
                    _ if self.eof => {
                        self.stopped = true; // a header cut short by the end
                        at = self.len;
                        break;
                    }
                    _ => {
                        need = at + NLMSG_HDRLEN;
                        break;
                    }
                };
                if claimed < NLMSG_HDRLEN {
                    self.stopped = true; // cannot be walked past: the round ends with it
                    at = self.len;
                    break;
                }
                let end = at.saturating_add(align(claimed));
                if end > self.len {
                    if self.eof {
                        // The last message (its padding may be missing), or one cut short.
                        self.stopped = at.saturating_add(claimed) > self.len;
                        at = self.len;
                        break;
                    }
                    need = end;
                    break;
                }
                at = end;
            }
            if at > 0 || self.eof {
                self.cut = at;
                return Ok(at > 0);
            }
            target = need.max(self.len + 1);
        }
    }

    fn units(&self) -> Vec<(PacketInfo, &[u8])> {
        let bytes = &self.buf[..self.cut];
        let info = |start: usize| PacketInfo {
            index: 1,
            offset: self.base + start as u64,
            protocol: self.protocol,
            direction: None,
            timestamp: None,
            sender: None,
        };
        let mut units = Vec::new();
        let mut start = 0;
        let mut it = nlcodec::messages(bytes);
        loop {
            let at = it.offset();
            let Some(Ok(_)) = it.next() else { break };
            let end = it.offset();
            if end - at >= BIG && at > start {
                units.push((info(start), &bytes[start..at]));
                start = at;
            }
            if end - start >= CHUNK {
                units.push((info(start), &bytes[start..end]));
                start = end;
            }
        }
        if start < bytes.len() {
            // The rest: whole messages, then a malformed tail reported from it.
            units.push((info(start), &bytes[start..]));
        }
        units
    }
}

impl CaptureRounds<'_> {
    fn next_round(&mut self) -> bool {
        self.packets.clear();
        if self.done {
            return false;
        }
        let mut size = 0;
        while size < 2 * CHUNK {
            match self.reader.next() {
                None => {
                    self.done = true;
                    break;
                }
                Some(Ok(p)) => {
                    size += p.data.len();
                    self.packets.push(p);
                }
                Some(Err(e)) => self.errors.push(e.to_string()),
            }
        }
        !self.packets.is_empty() || !self.errors.is_empty()
    }
}
