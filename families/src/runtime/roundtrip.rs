//! Round trips: a view written back through the typed builders. Every generated view has a
//! `write_to` that does it in the order the attributes came, and every family lists its
//! sets in `ROUNDTRIP`, for tests and fuzzing.

use core::fmt;
use nlcodec::family::FamilyHeader;
use nlcodec::schema::AttrSet;
use nlcodec::{Attr, Attrs, Buffer, Error, WriteError, Writer};

/// Why a round trip failed: the input did not parse, or the output did not fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundtripError {
    /// The view rejected the input.
    Parse(Error),
    /// The writer failed (usually: the buffer is full).
    Write(WriteError),
}

impl From<Error> for RoundtripError {
    fn from(e: Error) -> Self {
        RoundtripError::Parse(e)
    }
}

impl From<WriteError> for RoundtripError {
    fn from(e: WriteError) -> Self {
        RoundtripError::Write(e)
    }
}

impl fmt::Display for RoundtripError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RoundtripError::Parse(e) => write!(f, "parse: {e}"),
            RoundtripError::Write(e) => write!(f, "write: {e}"),
        }
    }
}

/// Parses a block of one set with its view and writes it back, attribute by attribute,
/// into the open message of a writer over a caller's buffer.
pub type RoundtripFn =
    for<'a, 'b> fn(Attrs<'a>, &mut Writer<&'b mut [u8]>) -> Result<(), RoundtripError>;

/// One set's round trip, for the per-family `ROUNDTRIP` tables.
#[derive(Clone, Copy)]
pub struct SetRoundtrip {
    /// The set.
    pub set: &'static AttrSet,
    /// Parse with its view, write back through its builder.
    pub run: RoundtripFn,
}

impl fmt::Debug for SetRoundtrip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SetRoundtrip({})", self.set.name)
    }
}

/// Writes a nest with the exact type bits of `a` (with or without `NLA_F_NESTED`, as it
/// came), filled by `f`; cancelled on error.
pub fn nest_like<B: Buffer>(
    w: &mut Writer<B>,
    a: &Attr<'_>,
    f: impl FnOnce(&mut Writer<B>) -> Result<(), RoundtripError>,
) -> Result<(), RoundtripError> {
    let n = w.begin_nested_raw(a.raw_kind())?;
    match f(w) {
        Ok(()) => Ok(w.end_nested(n)?),
        Err(e) => {
            let _ = w.cancel_nested(n);
            Err(e)
        }
    }
}

/// Writes a nest like `a` that starts with the fixed header `h`, then what `f` writes.
pub fn nest_like_with_header<B: Buffer, H: FamilyHeader>(
    w: &mut Writer<B>,
    a: &Attr<'_>,
    h: &H,
    f: impl FnOnce(&mut Writer<B>) -> Result<(), RoundtripError>,
) -> Result<(), RoundtripError> {
    nest_like(w, a, |w| {
        w.put_header(h)?;
        f(w)
    })
}

/// Writes `a` back as it came (type bits and value).
#[inline]
pub fn raw<B: Buffer>(w: &mut Writer<B>, a: &Attr<'_>) -> Result<(), RoundtripError> {
    Ok(w.put_attr(a.raw_kind(), a.value())?)
}

/// Writes one record of a record list (a header whose first field is the record's `u16`
/// length, filled in here, then what `f` writes).
pub fn record_like<B: Buffer, H: FamilyHeader>(
    w: &mut Writer<B>,
    h: &H,
    f: impl FnOnce(&mut Writer<B>) -> Result<(), RoundtripError>,
) -> Result<(), RoundtripError> {
    super::build::record(w, h, f)
}
