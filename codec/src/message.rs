//! Streams of messages: one buffer, many `nlmsghdr`-framed messages, each padded to 4 bytes.

use crate::ack::{DoneMessage, ErrorMessage};
use crate::attr::Attrs;
use crate::consts::{align, NLMSG_DONE, NLMSG_ERROR, NLMSG_HDRLEN, NLMSG_NOOP, NLMSG_OVERRUN};
use crate::error::{Error, Structure};
use crate::header::{parse_header, Header};

/// One netlink message: its header and the bytes after it, up to `nlmsg_len`.
///
/// ```
/// let mut buf = [0u8; 32];
/// let mut w = nlcodec::Writer::new(&mut buf);
/// w.begin_message(0x10, 0, 1, 0).unwrap();
/// w.put(&[0xaa, 0xbb, 0xcc, 0xdd]).unwrap();
/// w.end_message().unwrap();
/// let msg = nlcodec::messages(w.as_bytes()).next().unwrap().unwrap();
/// assert_eq!((msg.header.kind, msg.header.len), (0x10, 20));
/// assert_eq!(msg.payload, &[0xaa, 0xbb, 0xcc, 0xdd]);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Message<'a> {
    /// The message header.
    pub header: Header,
    /// The payload: `nlmsg_len - 16` bytes, without trailing padding.
    pub payload: &'a [u8],
}

/// A decoded payload: the four control messages, or family data.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Payload<'a> {
    /// `NLMSG_NOOP`.
    Noop,
    /// `NLMSG_ERROR`: an error, or an acknowledgement when its error code is 0.
    Error(ErrorMessage<'a>),
    /// `NLMSG_DONE`: the end of a dump, with its error code.
    Done(DoneMessage<'a>),
    /// `NLMSG_OVERRUN`.
    Overrun,
    /// Any other type: family data (family header, then attributes).
    Data(&'a [u8]),
}

impl<'a> Message<'a> {
    /// Decodes the control messages; any other type comes back as [`Payload::Data`].
    ///
    /// ```
    /// use nlcodec::{Payload, Writer, consts::*};
    /// let mut buf = [0u8; 64];
    /// let mut w = Writer::new(&mut buf);
    /// w.begin_message(NLMSG_DONE, NLM_F_MULTI, 1, 0).unwrap();
    /// w.put(&0i32.to_ne_bytes()).unwrap();
    /// w.end_message().unwrap();
    /// let msg = nlcodec::messages(w.as_bytes()).next().unwrap().unwrap();
    /// assert!(matches!(msg.decode().unwrap(), Payload::Done(d) if d.error == 0));
    /// ```
    pub fn decode(&self) -> Result<Payload<'a>, Error> {
        Ok(match self.header.kind {
            NLMSG_NOOP => Payload::Noop,
            NLMSG_ERROR => Payload::Error(ErrorMessage::parse(&self.header, self.payload)?),
            NLMSG_DONE => Payload::Done(DoneMessage::parse(&self.header, self.payload)?),
            NLMSG_OVERRUN => Payload::Overrun,
            _ => Payload::Data(self.payload),
        })
    }

    /// True for `NLMSG_NOOP`, `NLMSG_ERROR`, `NLMSG_DONE` and `NLMSG_OVERRUN` (types below 0x10).
    ///
    /// ```
    /// let m = nlcodec::Message { header: nlcodec::Header { kind: 2, ..Default::default() }, payload: &[] };
    /// assert!(m.is_control());
    /// ```
    #[inline]
    pub fn is_control(&self) -> bool {
        self.header.kind < crate::consts::NLMSG_MIN_TYPE
    }

    /// The attributes after a family header of `family_header_len` bytes (rounded up to 4).
    ///
    /// Attribute offsets in errors and [`Attr::offset`](crate::Attr::offset) count from the
    /// start of this message's `nlmsghdr`, like the kernel's extended-ACK offsets. A payload
    /// shorter than the family header gives an error on the first call to `next`.
    ///
    /// ```
    /// use nlcodec::{Writer, consts::*};
    /// let mut buf = [0u8; 64];
    /// let mut w = Writer::new(&mut buf);
    /// w.begin_message(18, NLM_F_REQUEST, 1, 0).unwrap();
    /// w.put(&[0u8; 16]).unwrap(); // ifinfomsg
    /// w.put_u32(4, 1500).unwrap(); // IFLA_MTU
    /// w.end_message().unwrap();
    /// let msg = nlcodec::messages(w.as_bytes()).next().unwrap().unwrap();
    /// let mtu = msg.attrs(16).next().unwrap().unwrap();
    /// assert_eq!((mtu.kind(), mtu.as_u32().unwrap(), mtu.offset()), (4, 1500, 32));
    /// ```
    #[inline]
    pub fn attrs(&self, family_header_len: usize) -> Attrs<'a> {
        if self.payload.len() < family_header_len {
            return Attrs::failed(self.short_family_header(family_header_len));
        }
        // An unaligned family header at the very end has no padding after it: no attributes.
        let skip = align(family_header_len).min(self.payload.len());
        Attrs::with_base(&self.payload[skip..], NLMSG_HDRLEN + skip)
    }

    /// The payload's family header of `len` bytes, or a [`Error::Truncated`] error.
    ///
    /// ```
    /// let m = nlcodec::Message { header: Default::default(), payload: &[1, 2, 3, 4, 5] };
    /// assert_eq!(m.family_header(4).unwrap(), &[1, 2, 3, 4]);
    /// assert!(m.family_header(8).is_err());
    /// ```
    pub fn family_header(&self, len: usize) -> Result<&'a [u8], Error> {
        self.payload
            .get(..len)
            .ok_or_else(|| self.short_family_header(len))
    }

    #[cold]
    fn short_family_header(&self, needed: usize) -> Error {
        Error::Truncated {
            what: Structure::FamilyHeader,
            offset: NLMSG_HDRLEN,
            needed,
            available: self.payload.len(),
        }
    }
}

/// Iterates over the messages of a buffer. See [`messages`].
///
/// Fused: after the first error it yields `None` forever, so a `nlmsg_len` of 0 can never
/// make it loop.
#[derive(Debug, Clone)]
pub struct Messages<'a> {
    rest: &'a [u8],
    offset: usize,
    done: bool,
}

/// Iterates over every message in `buf`.
///
/// Each message starts at the 4-byte aligned end of the previous one; the last one may lack its
/// trailing padding. A header cut short, a `nlmsg_len` below 16 or past the end of the buffer
/// yields one typed error naming the offset, then the iterator ends.
///
/// ```
/// use nlcodec::{Writer, Error};
/// let mut buf = [0u8; 64];
/// let mut w = Writer::new(&mut buf);
/// for seq in 1..=3 {
///     w.begin_message(0x10, 0, seq, 0).unwrap();
///     w.end_message().unwrap();
/// }
/// let seqs: Vec<u32> = nlcodec::messages(w.as_bytes()).map(|m| m.unwrap().header.seq).collect();
/// assert_eq!(seqs, [1, 2, 3]);
///
/// let mut bad = w.as_bytes().to_vec();
/// bad[16..20].copy_from_slice(&0u32.to_ne_bytes()); // second message: nlmsg_len = 0
/// let all: Vec<_> = nlcodec::messages(&bad).collect();
/// assert_eq!(all.len(), 2);
/// assert_eq!(all[1], Err(Error::MessageLenTooSmall { offset: 16, len: 0 }));
/// ```
#[inline]
pub fn messages(buf: &[u8]) -> Messages<'_> {
    Messages {
        rest: buf,
        offset: 0,
        done: false,
    }
}

impl<'a> Messages<'a> {
    /// Byte offset of the next message in the buffer.
    #[inline]
    pub fn offset(&self) -> usize {
        self.offset
    }

    #[cold]
    fn fail(&mut self, e: Error) -> Option<Result<Message<'a>, Error>> {
        self.done = true;
        self.rest = &[];
        Some(Err(e))
    }
}

impl<'a> Iterator for Messages<'a> {
    type Item = Result<Message<'a>, Error>;

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        if self.rest.is_empty() || self.done {
            return None;
        }
        let input = self.rest;
        let header = match parse_header(input) {
            Ok((_, h)) => h,
            Err(_) => {
                return self.fail(Error::Truncated {
                    what: Structure::MessageHeader,
                    offset: self.offset,
                    needed: NLMSG_HDRLEN,
                    available: input.len(),
                })
            }
        };
        let len = header.len as usize;
        if len < NLMSG_HDRLEN {
            return self.fail(Error::MessageLenTooSmall {
                offset: self.offset,
                len: header.len,
            });
        }
        if len > input.len() {
            return self.fail(Error::MessageLenOverrun {
                offset: self.offset,
                len: header.len,
                available: input.len(),
            });
        }
        let payload = &input[NLMSG_HDRLEN..len];
        let step = align(len).min(input.len());
        self.rest = &input[step..];
        self.offset = self.offset.wrapping_add(step);
        Some(Ok(Message { header, payload }))
    }
}

impl core::iter::FusedIterator for Messages<'_> {}
