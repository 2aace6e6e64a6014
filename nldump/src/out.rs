//! Where the printers write: a `String` (a part decoded on a worker thread, written out
//! later in order), or a [`Spill`] that writes itself out to the output every 64 KiB, so a
//! single huge message is printed in constant memory.

use std::fmt;
use std::io::{self, Write};

/// What the JSON and text printers append to.
pub trait Out: fmt::Write {
    /// Appends one character.
    fn push(&mut self, c: char);
    /// Appends a string.
    fn push_str(&mut self, s: &str);
}

impl Out for String {
    #[inline]
    fn push(&mut self, c: char) {
        String::push(self, c)
    }

    #[inline]
    fn push_str(&mut self, s: &str) {
        String::push_str(self, s)
    }
}

/// Bytes held before a [`Spill`] writes them out.
const SPILL: usize = 64 * 1024;

/// A buffer that writes itself to `sink` whenever it holds 64 KiB or more. A write
/// error is kept (and what follows dropped) until [`finish`](Self::finish) returns it.
pub struct Spill<'a> {
    buf: String,
    sink: &'a mut dyn Write,
    failed: Option<io::Error>,
}

impl<'a> Spill<'a> {
    /// A spill into `sink`, starting with `start` (already printed text of this message).
    pub fn new(sink: &'a mut dyn Write, start: String) -> Spill<'a> {
        Spill {
            buf: start,
            sink,
            failed: None,
        }
    }

    fn spill(&mut self, at_least: usize) {
        if self.buf.len() < at_least {
            return;
        }
        if self.failed.is_none() {
            if let Err(e) = self.sink.write_all(self.buf.as_bytes()) {
                self.failed = Some(e);
            }
        }
        self.buf.clear();
    }

    /// Writes out what is left; the first write error, if any.
    pub fn finish(mut self) -> io::Result<()> {
        self.spill(0);
        match self.failed {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }
}

impl fmt::Write for Spill<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.buf.push_str(s);
        self.spill(SPILL);
        Ok(())
    }
}

impl Out for Spill<'_> {
    fn push(&mut self, c: char) {
        self.buf.push(c);
        self.spill(SPILL);
    }

    fn push_str(&mut self, s: &str) {
        self.buf.push_str(s);
        self.spill(SPILL);
    }
}
