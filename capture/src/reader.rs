//! The two readers: a streaming one over any `Read`, and one over bytes in memory that
//! borrows from them.

use crate::walk::{Walk, Walked};
use crate::{Error, Packet};
use std::io::Read;

/// Reads a pcap or pcapng netlink capture from any [`Read`], a record at a time.
///
/// An iterator of [`Packet`]s. Every bad record is an [`Error`] naming the packet number and
/// byte offset, and reading goes on with the next record wherever the container's lengths
/// still say where it is; after an error that leaves nothing to go on from (not a capture,
/// wrong link type of a pcap file, truncated input, a corrupt record length) the iterator
/// ends.
///
/// ```
/// use nlcodec_capture::{CaptureReader, Direction, ErrorKind, PcapWriter};
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
/// # Ok::<(), nlcodec_capture::Error>(())
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
    walk: Walk,
}

const CHUNK: usize = 64 * 1024;

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
            walk: Walk::new(),
        }
    }

    /// True once the file header said pcapng (the link type of a returned packet is always
    /// 253).
    pub fn is_pcapng(&self) -> bool {
        self.walk.is_pcapng()
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
}

impl<R: Read> Iterator for CaptureReader<R> {
    type Item = Result<Packet<'static>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let offset = self.base + self.pos as u64;
            let unread = &self.buf[self.pos..self.end];
            match self.walk.next(unread, offset, self.eof) {
                Walked::Item(item, used) => {
                    let item = item.map(Packet::into_owned);
                    self.pos += used;
                    return Some(item);
                }
                Walked::Done => return None,
                Walked::NeedMore(used) => {
                    self.pos += used;
                    if let Err(e) = self.fill() {
                        let e = self.walk.fail_io(e, self.base + self.pos as u64);
                        return Some(Err(e));
                    }
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
/// use nlcodec_capture::{CaptureSlice, Direction, PcapWriter};
/// let mut w = PcapWriter::new(Vec::new())?;
/// w.write(0, Direction::Received, std::time::Duration::ZERO, &[0u8; 16])?;
/// let file = w.into_inner();
/// let p = CaptureSlice::new(&file).next().unwrap()?;
/// assert!(matches!(p.data, std::borrow::Cow::Borrowed(_)));
/// assert_eq!(p.data.as_ptr() as usize - file.as_ptr() as usize, 24 + 16 + 16);
/// # Ok::<(), nlcodec_capture::Error>(())
/// ```
pub struct CaptureSlice<'a> {
    data: &'a [u8],
    pos: usize,
    walk: Walk,
}

impl<'a> CaptureSlice<'a> {
    /// A reader over `data`.
    pub fn new(data: &'a [u8]) -> Self {
        CaptureSlice {
            data,
            pos: 0,
            walk: Walk::new(),
        }
    }
}

impl<'a> Iterator for CaptureSlice<'a> {
    type Item = Result<Packet<'a>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        let data: &'a [u8] = self.data;
        // The end of the slice is the end of the input: the walk never asks for more.
        match self.walk.next(&data[self.pos..], self.pos as u64, true) {
            Walked::Item(item, used) => {
                self.pos += used;
                Some(item)
            }
            Walked::NeedMore(_) | Walked::Done => None,
        }
    }
}
