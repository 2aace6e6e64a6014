//! `struct nlmsghdr`: the 16-byte header in front of every netlink message.

use crate::consts::NLMSG_HDRLEN;
use crate::error::{Error, Structure};
use crate::wire::{ne_u16, ne_u32, take_array};

/// A parsed `nlmsghdr`. All fields are in host byte order, as on the wire.
///
/// ```
/// use nlcodec::Header;
/// let h = Header { len: 20, kind: 18, flags: 0x301, seq: 7, pid: 0 };
/// let mut bytes = [0u8; 16];
/// h.emit(&mut bytes);
/// assert_eq!(Header::parse(&bytes).unwrap(), h);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Header {
    /// `nlmsg_len`: length of the message including this header, without trailing padding.
    pub len: u32,
    /// `nlmsg_type`: a control type (`NLMSG_*`) or a family message type.
    pub kind: u16,
    /// `nlmsg_flags`: `NLM_F_*` bits.
    pub flags: u16,
    /// `nlmsg_seq`: sequence number.
    pub seq: u32,
    /// `nlmsg_pid`: sending port id.
    pub pid: u32,
}

impl Header {
    /// Size of the header on the wire.
    pub const LEN: usize = NLMSG_HDRLEN;

    /// Reads a header from the first 16 bytes of `bytes` without checking `len`.
    ///
    /// Errors with [`Error::Truncated`] when fewer than 16 bytes are given.
    ///
    /// ```
    /// assert!(nlcodec::Header::parse(&[0u8; 15]).is_err());
    /// let h = nlcodec::Header::parse(&[0u8; 16]).unwrap();
    /// assert_eq!(h.len, 0); // not checked here: the stream iterator checks lengths
    /// ```
    pub fn parse(bytes: &[u8]) -> Result<Header, Error> {
        match parse_header(bytes) {
            Ok((_, h)) => Ok(h),
            Err(_) => Err(Error::Truncated {
                what: Structure::MessageHeader,
                offset: 0,
                needed: NLMSG_HDRLEN,
                available: bytes.len(),
            }),
        }
    }

    /// Writes the header into `out`.
    #[inline]
    pub fn emit(&self, out: &mut [u8; NLMSG_HDRLEN]) {
        out[0..4].copy_from_slice(&self.len.to_ne_bytes());
        out[4..6].copy_from_slice(&self.kind.to_ne_bytes());
        out[6..8].copy_from_slice(&self.flags.to_ne_bytes());
        out[8..12].copy_from_slice(&self.seq.to_ne_bytes());
        out[12..16].copy_from_slice(&self.pid.to_ne_bytes());
    }

    /// The header as its 16 wire bytes.
    ///
    /// ```
    /// let h = nlcodec::Header { len: 16, kind: 3, flags: 2, seq: 1, pid: 9 };
    /// assert_eq!(nlcodec::Header::parse(&h.to_bytes()).unwrap(), h);
    /// ```
    pub fn to_bytes(&self) -> [u8; NLMSG_HDRLEN] {
        let mut b = [0u8; NLMSG_HDRLEN];
        self.emit(&mut b);
        b
    }

    /// True when every bit of `flags` is set.
    ///
    /// ```
    /// let h = nlcodec::Header { flags: nlcodec::consts::NLM_F_DUMP, ..Default::default() };
    /// assert!(h.has_flags(nlcodec::consts::NLM_F_ROOT));
    /// ```
    #[inline]
    pub fn has_flags(&self, flags: u16) -> bool {
        self.flags & flags == flags
    }
}

/// nom parser for `nlmsghdr`: takes 16 bytes and reads the fields with `from_ne_bytes`
/// (nom's generic number parsers cost about 3× on this path; see the README).
#[inline(always)]
pub(crate) fn parse_header(input: &[u8]) -> nom::IResult<&[u8], Header, ()> {
    let (rest, b) = take_array::<NLMSG_HDRLEN>(input)?;
    Ok((
        rest,
        Header {
            len: ne_u32(b, 0),
            kind: ne_u16(b, 4),
            flags: ne_u16(b, 6),
            seq: ne_u32(b, 8),
            pid: ne_u32(b, 12),
        },
    ))
}
