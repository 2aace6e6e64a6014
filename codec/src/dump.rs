//! A human-readable dump of a netlink buffer, in the spirit of libmnl's `mnl_nlmsg_fprintf`:
//! every header field, control messages decoded, every attribute with its offset, nests
//! indented. Works on `core::fmt` alone.

use crate::attr::Attrs;
use crate::consts::*;
use crate::message::{messages, Message, Payload};
use crate::MAX_NEST_DEPTH;
use core::fmt;

/// Formats a buffer of messages; see [`Dump::new`].
#[derive(Clone, Copy)]
pub struct Dump<'a> {
    buf: &'a [u8],
    header_len: fn(u16) -> usize,
    max_value: usize,
}

impl fmt::Debug for Dump<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Dump")
            .field("len", &self.buf.len())
            .finish()
    }
}

impl<'a> Dump<'a> {
    /// Dumps `buf`, taking every data message's payload as attributes after no family header
    /// (set one with [`family_header_len`](Self::family_header_len)).
    ///
    /// ```
    /// use nlcodec::{dump::Dump, Writer, consts::*};
    /// let mut buf = [0u8; 64];
    /// let mut w = Writer::new(&mut buf);
    /// w.begin_message(16, NLM_F_MULTI, 1, 0).unwrap();
    /// w.put(&[0u8; 16]).unwrap();
    /// w.put_str(3, "lo").unwrap();
    /// w.end_message().unwrap();
    /// let text = Dump::new(w.as_bytes()).family_header_len(|_| 16).to_string();
    /// assert!(text.contains("type 16"), "{text}");
    /// assert!(text.contains("\"lo\""), "{text}");
    /// ```
    pub fn new(buf: &'a [u8]) -> Dump<'a> {
        Dump {
            buf,
            header_len: |_| 0,
            max_value: 64,
        }
    }

    /// Sets the family header length for a message type (e.g.
    /// [`route::header_len`](crate::family::route::header_len)).
    pub fn family_header_len(mut self, f: fn(u16) -> usize) -> Dump<'a> {
        self.header_len = f;
        self
    }

    /// Shows at most `n` bytes of each binary value (default 64).
    ///
    /// ```
    /// let mut buf = [0u8; 64];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(0x10, 0, 0, 0).unwrap();
    /// w.put_attr(1, &[0xab; 20]).unwrap();
    /// w.end_message().unwrap();
    /// let text = nlcodec::dump::Dump::new(w.as_bytes()).max_value_bytes(4).to_string();
    /// assert!(text.contains("ab ab ab ab ... (20 bytes)"), "{text}");
    /// ```
    pub fn max_value_bytes(mut self, n: usize) -> Dump<'a> {
        self.max_value = n;
        self
    }

    fn message(&self, f: &mut fmt::Formatter<'_>, at: usize, m: &Message<'_>) -> fmt::Result {
        let h = &m.header;
        write!(
            f,
            "message at {at}: len {} type {} ({}) flags {:#06x}",
            h.len,
            h.kind,
            kind_name(h.kind),
            h.flags
        )?;
        flag_names(f, h.kind, h.flags)?;
        writeln!(f, " seq {} pid {}", h.seq, h.pid)?;
        match m.decode() {
            Err(e) => writeln!(f, "  malformed: {e}"),
            Ok(Payload::Noop) | Ok(Payload::Overrun) => Ok(()),
            Ok(Payload::Error(e)) => {
                if e.is_ack() {
                    writeln!(f, "  ack")?;
                } else {
                    writeln!(f, "  error {} (errno {})", e.error, e.errno())?;
                }
                let r = &e.request;
                writeln!(
                    f,
                    "  request: len {} type {} flags {:#06x} seq {} pid {} ({} payload bytes echoed)",
                    r.len,
                    r.kind,
                    r.flags,
                    r.seq,
                    r.pid,
                    e.request_payload.len()
                )?;
                ext_ack(f, &e.ext_ack)?;
                match e.echoed_attr_path((self.header_len)(r.kind)) {
                    Some(p) => writeln!(f, "  ext-ack offset points at attribute path {p}"),
                    None => Ok(()),
                }
            }
            Ok(Payload::Done(d)) => {
                writeln!(f, "  done, error {}", d.error)?;
                ext_ack(f, &d.ext_ack)
            }
            Ok(Payload::Data(p)) => {
                let hl = (self.header_len)(h.kind);
                if hl > 0 {
                    write!(f, "  family header ({hl} bytes):")?;
                    hex(f, p.get(..hl).unwrap_or(p), self.max_value)?;
                    writeln!(f)?;
                }
                self.attrs(f, m.attrs(hl), 1)
            }
        }
    }

    fn attrs(&self, f: &mut fmt::Formatter<'_>, it: Attrs<'_>, depth: usize) -> fmt::Result {
        for a in it {
            let a = match a {
                Ok(a) => a,
                Err(e) => return writeln!(f, "{:indent$}malformed: {e}", "", indent = depth * 2),
            };
            write!(
                f,
                "{:indent$}attr type {} len {} at {}",
                "",
                a.kind(),
                a.len(),
                a.offset(),
                indent = depth * 2
            )?;
            if a.is_nested() {
                f.write_str(" [NESTED]")?;
            }
            if a.is_net_byteorder() {
                f.write_str(" [NET_BYTEORDER]")?;
            }
            let v = a.value();
            // Many kernel nests lack NLA_F_NESTED: a value longer than 8 bytes that is a
            // well-formed attribute stream to its last byte is shown as a nest too.
            let guessed = !a.is_nested() && v.len() > 8 && {
                let mut it = a.nested();
                it.by_ref().all(|r| r.is_ok()) && it.trailing().is_empty()
            };
            if guessed {
                f.write_str(" [nest?]")?;
            }
            if (a.is_nested() || guessed) && depth < MAX_NEST_DEPTH {
                writeln!(f)?;
                self.attrs(f, a.nested(), depth + 1)?;
                continue;
            }
            match (a.as_str(), v.len()) {
                (Ok(s), n) if n > 1 && s.bytes().all(|b| (0x20..0x7f).contains(&b)) => {
                    writeln!(f, ": \"{s}\"")?
                }
                (_, 1) => writeln!(f, ": u8 {}", v[0])?,
                (_, 2) => writeln!(f, ": u16 {}", a.as_u16().unwrap_or(0))?,
                (_, 4) => writeln!(f, ": u32 {}", a.as_u32().unwrap_or(0))?,
                (_, 8) => writeln!(f, ": u64 {}", a.as_u64().unwrap_or(0))?,
                (_, 0) => writeln!(f)?,
                _ => {
                    f.write_str(":")?;
                    hex(f, v, self.max_value)?;
                    writeln!(f)?
                }
            }
        }
        Ok(())
    }
}

fn hex(f: &mut fmt::Formatter<'_>, v: &[u8], max: usize) -> fmt::Result {
    for b in v.iter().take(max) {
        write!(f, " {b:02x}")?;
    }
    if v.len() > max {
        write!(f, " ... ({} bytes)", v.len())?;
    }
    Ok(())
}

fn ext_ack(f: &mut fmt::Formatter<'_>, a: &crate::ExtAck<'_>) -> fmt::Result {
    if let Some(m) = a.msg {
        writeln!(f, "  ext-ack msg: \"{m}\"")?;
    }
    if let Some(o) = a.offset {
        writeln!(f, "  ext-ack offset: {o}")?;
    }
    if let Some(c) = a.cookie {
        f.write_str("  ext-ack cookie:")?;
        hex(f, c, 64)?;
        writeln!(f)?;
    }
    if let Some(p) = a.policy {
        writeln!(f, "  ext-ack policy: {p:?}")?;
    }
    if let Some(t) = a.missing_type {
        writeln!(f, "  ext-ack missing type: {t}")?;
    }
    if let Some(n) = a.missing_nest {
        writeln!(f, "  ext-ack missing nest at: {n}")?;
    }
    Ok(())
}

fn kind_name(kind: u16) -> &'static str {
    match kind {
        NLMSG_NOOP => "NOOP",
        NLMSG_ERROR => "ERROR",
        NLMSG_DONE => "DONE",
        NLMSG_OVERRUN => "OVERRUN",
        k if k < NLMSG_MIN_TYPE => "reserved",
        _ => "data",
    }
}

fn flag_names(f: &mut fmt::Formatter<'_>, kind: u16, flags: u16) -> fmt::Result {
    let common = [
        (NLM_F_REQUEST, "REQUEST"),
        (NLM_F_MULTI, "MULTI"),
        (NLM_F_ACK, "ACK"),
        (NLM_F_ECHO, "ECHO"),
        (NLM_F_DUMP_INTR, "DUMP_INTR"),
        (NLM_F_DUMP_FILTERED, "DUMP_FILTERED"),
    ];
    let ack = [(NLM_F_CAPPED, "CAPPED"), (NLM_F_ACK_TLVS, "ACK_TLVS")];
    let mut first = true;
    let mut put = |f: &mut fmt::Formatter<'_>, name: &str| -> fmt::Result {
        let r = f.write_str(if first { " [" } else { "," });
        first = false;
        r?;
        f.write_str(name)
    };
    for (bit, name) in common {
        if flags & bit != 0 {
            put(f, name)?;
        }
    }
    if kind == NLMSG_ERROR || kind == NLMSG_DONE {
        for (bit, name) in ack {
            if flags & bit != 0 {
                put(f, name)?;
            }
        }
    }
    if !first {
        f.write_str("]")?;
    }
    Ok(())
}

impl fmt::Display for Dump<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut it = messages(self.buf);
        loop {
            let at = it.offset();
            match it.next() {
                None => return Ok(()),
                Some(Ok(m)) => self.message(f, at, &m)?,
                Some(Err(e)) => return writeln!(f, "malformed stream: {e}"),
            }
        }
    }
}
