//! Typed errors: what went wrong, in which field, at which byte offset.
//!
//! Parse errors ([`Error`]) carry the byte offset of the offending structure, counted from the
//! start of the buffer handed to the parser (for attributes reached through
//! [`Message::attrs`](crate::Message::attrs), from the start of the message's `nlmsghdr`, so the
//! offsets line up with the kernel's extended-ACK offsets). Writer errors are [`WriteError`].

use core::fmt;

/// Which fixed-size structure was cut short.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Structure {
    /// A `struct nlmsghdr` (16 bytes).
    MessageHeader,
    /// A `struct nlattr` (4 bytes).
    AttrHeader,
    /// The `int error` of an `NLMSG_ERROR` or `NLMSG_DONE` payload.
    ErrorCode,
    /// The request header echoed in `struct nlmsgerr`.
    EchoedHeader,
    /// The request payload echoed in an uncapped `struct nlmsgerr`.
    EchoedPayload,
    /// A family header such as `ifinfomsg` or `genlmsghdr`.
    FamilyHeader,
}

impl fmt::Display for Structure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Structure::MessageHeader => "nlmsghdr",
            Structure::AttrHeader => "nlattr",
            Structure::ErrorCode => "error code",
            Structure::EchoedHeader => "echoed request header",
            Structure::EchoedPayload => "echoed request payload",
            Structure::FamilyHeader => "family header",
        })
    }
}

/// Why an attribute failed a policy or a typed getter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Violation {
    /// The value must be exactly `expected` bytes long.
    Size {
        /// Required length.
        expected: usize,
    },
    /// The value must be at least `min` bytes long.
    TooShort {
        /// Smallest allowed length.
        min: usize,
    },
    /// The value must be at most `max` bytes long.
    TooLong {
        /// Largest allowed length.
        max: usize,
    },
    /// A NUL-terminated string lacks its terminating NUL byte.
    MissingNul,
    /// A string is not valid UTF-8.
    InvalidUtf8,
    /// A nested attribute does not hold a valid attribute stream.
    BadNest,
    /// The attribute type is not in the policy (strict mode only).
    UnknownType,
    /// The attribute appears more than once (strict mode only).
    Duplicate,
    /// The attribute is marked `NLA_F_NESTED` but the policy does not allow a nest, or the
    /// reverse (strict mode only).
    NestedFlag,
    /// An integer lies outside the spec's `min` / `max` checks.
    OutOfRange,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Violation::Size { expected } => write!(f, "must be exactly {expected} bytes"),
            Violation::TooShort { min } => write!(f, "must be at least {min} bytes"),
            Violation::TooLong { max } => write!(f, "must be at most {max} bytes"),
            Violation::MissingNul => f.write_str("lacks its terminating NUL"),
            Violation::InvalidUtf8 => f.write_str("is not valid UTF-8"),
            Violation::BadNest => f.write_str("does not hold valid nested attributes"),
            Violation::UnknownType => f.write_str("has a type the policy does not know"),
            Violation::Duplicate => f.write_str("appears more than once"),
            Violation::NestedFlag => f.write_str("has an NLA_F_NESTED bit the policy forbids"),
            Violation::OutOfRange => f.write_str("is out of the allowed range"),
        }
    }
}

/// A parse error. Every variant names the byte offset where the problem starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Error {
    /// Fewer bytes were left than a fixed-size structure needs.
    Truncated {
        /// The structure that was cut short.
        what: Structure,
        /// Where it starts.
        offset: usize,
        /// How many bytes it needs.
        needed: usize,
        /// How many bytes were there.
        available: usize,
    },
    /// `nlmsg_len` is smaller than the 16-byte header itself.
    MessageLenTooSmall {
        /// Offset of the message.
        offset: usize,
        /// The `nlmsg_len` found there.
        len: u32,
    },
    /// `nlmsg_len` runs past the end of the buffer.
    MessageLenOverrun {
        /// Offset of the message.
        offset: usize,
        /// The `nlmsg_len` found there.
        len: u32,
        /// Bytes left in the buffer from `offset`.
        available: usize,
    },
    /// `nla_len` is smaller than the 4-byte attribute header.
    AttrLenTooSmall {
        /// Offset of the attribute.
        offset: usize,
        /// The `nla_len` found there.
        len: u16,
    },
    /// `nla_len` runs past the end of the enclosing block.
    AttrLenOverrun {
        /// Offset of the attribute.
        offset: usize,
        /// The `nla_len` found there.
        len: u16,
        /// Bytes left in the block from `offset`.
        available: usize,
    },
    /// An attribute's value breaks a typed getter or a policy.
    InvalidAttr {
        /// Attribute type, flag bits stripped.
        kind: u16,
        /// Offset of the attribute header.
        offset: usize,
        /// Length of its value.
        len: usize,
        /// What is wrong.
        violation: Violation,
    },
    /// Bytes left after the last attribute of a block (strict mode), or after the last message.
    TrailingBytes {
        /// Where the leftover bytes start.
        offset: usize,
        /// How many there are.
        len: usize,
    },
    /// Nests deeper than [`MAX_NEST_DEPTH`](crate::MAX_NEST_DEPTH).
    TooDeep {
        /// Offset of the nest that went past the limit.
        offset: usize,
    },
    /// A required attribute is absent.
    MissingAttr {
        /// The attribute type that was looked for.
        kind: u16,
    },
}

impl Error {
    /// The byte offset the error points at, if it has one.
    ///
    /// ```
    /// let err = nlcodec::messages(&[0u8; 8]).next().unwrap().unwrap_err();
    /// assert_eq!(err.offset(), Some(0));
    /// ```
    pub fn offset(&self) -> Option<usize> {
        let mut e = *self;
        e.offset_mut().map(|o| *o)
    }

    fn offset_mut(&mut self) -> Option<&mut usize> {
        match self {
            Error::Truncated { offset, .. }
            | Error::MessageLenTooSmall { offset, .. }
            | Error::MessageLenOverrun { offset, .. }
            | Error::AttrLenTooSmall { offset, .. }
            | Error::AttrLenOverrun { offset, .. }
            | Error::InvalidAttr { offset, .. }
            | Error::TrailingBytes { offset, .. }
            | Error::TooDeep { offset } => Some(offset),
            Error::MissingAttr { .. } => None,
        }
    }

    /// The same error with its offset moved by `base` bytes (saturating): for a parser that
    /// ran on a sub-slice, to report offsets from the start of the message.
    ///
    /// ```
    /// let e = nlcodec::Error::MissingAttr { kind: 1 };
    /// assert_eq!(e.shifted(16), e); // no offset to move
    /// ```
    pub fn shifted(mut self, base: usize) -> Error {
        if let Some(o) = self.offset_mut() {
            *o = o.saturating_add(base);
        }
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Error::Truncated {
                what,
                offset,
                needed,
                available,
            } => write!(
                f,
                "truncated {what} at offset {offset}: needs {needed} bytes, {available} left"
            ),
            Error::MessageLenTooSmall { offset, len } => write!(
                f,
                "nlmsg_len {len} at offset {offset} is smaller than the 16-byte header"
            ),
            Error::MessageLenOverrun {
                offset,
                len,
                available,
            } => write!(
                f,
                "nlmsg_len {len} at offset {offset} runs past the buffer ({available} bytes left)"
            ),
            Error::AttrLenTooSmall { offset, len } => write!(
                f,
                "nla_len {len} at offset {offset} is smaller than the 4-byte header"
            ),
            Error::AttrLenOverrun {
                offset,
                len,
                available,
            } => write!(
                f,
                "nla_len {len} at offset {offset} runs past its block ({available} bytes left)"
            ),
            Error::InvalidAttr {
                kind,
                offset,
                len,
                violation,
            } => write!(
                f,
                "attribute type {kind} at offset {offset} ({len}-byte value) {violation}"
            ),
            Error::TrailingBytes { offset, len } => {
                write!(f, "{len} trailing bytes at offset {offset}")
            }
            Error::TooDeep { offset } => write!(
                f,
                "nest at offset {offset} is deeper than {} levels",
                crate::MAX_NEST_DEPTH
            ),
            Error::MissingAttr { kind } => write!(f, "required attribute type {kind} is missing"),
        }
    }
}

impl core::error::Error for Error {}

/// A writer error. The writer never leaves a half-written message in its output: after an
/// error inside a message, [`Writer::as_bytes`](crate::Writer::as_bytes) still ends at the last
/// finished message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WriteError {
    /// The caller's buffer has no room for `needed` more bytes.
    BufferFull {
        /// Bytes the operation needed.
        needed: usize,
        /// Bytes that were free.
        available: usize,
    },
    /// An attribute (or nest) value is longer than a `u16` length can describe.
    AttrTooLong {
        /// Attribute type.
        kind: u16,
        /// Length of the value.
        len: usize,
    },
    /// A message is longer than a `u32` length can describe.
    MessageTooLong {
        /// Length of the message.
        len: usize,
    },
    /// An attribute or `end_message` was called with no message open.
    NoMessage,
    /// `begin_message` was called while another message was still open.
    MessageOpen,
    /// `end_message` was called with nests still open, or `end_nested` got a nest that is not
    /// the innermost open one.
    NestMismatch,
    /// An earlier error in this message poisoned it; cancel it or end it to drop it.
    Poisoned,
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            WriteError::BufferFull { needed, available } => {
                write!(f, "buffer full: needs {needed} bytes, {available} free")
            }
            WriteError::AttrTooLong { kind, len } => write!(
                f,
                "attribute type {kind}: {len}-byte value does not fit a u16 length"
            ),
            WriteError::MessageTooLong { len } => {
                write!(f, "{len}-byte message does not fit a u32 length")
            }
            WriteError::NoMessage => f.write_str("no message is open"),
            WriteError::MessageOpen => f.write_str("a message is already open"),
            WriteError::NestMismatch => f.write_str("nests are not closed in order"),
            WriteError::Poisoned => f.write_str("an earlier error poisoned this message"),
        }
    }
}

impl core::error::Error for WriteError {}
