//! A human-readable dump of a netlink buffer, in the spirit of libmnl's `mnl_nlmsg_fprintf`:
//! every header field, control messages decoded, every attribute with its offset, nests
//! indented. Works on `core::fmt` alone.

use crate::attr::{Attr, Attrs};
use crate::consts::*;
use crate::digits;
use crate::flags::{FlagContext, FlagNames};
use crate::message::{messages, Message, Payload};
use crate::schema::{
    walk, write_value, AttrDesc, AttrSet, AttrType, Entry, Inner, Level, List, MsgDesc, Record,
    RecordError, Schema, StructDesc, StructValue, Visitor,
};
use crate::MAX_NEST_DEPTH;
use core::fmt::{self, Write as _};

/// Formats a buffer of messages; see [`Dump::new`].
#[derive(Clone, Copy)]
pub struct Dump<'a> {
    buf: &'a [u8],
    /// The family header length per type, when the caller gave one.
    header_len: Option<fn(u16) -> usize>,
    max_value: usize,
    schema: Option<&'a dyn Schema>,
    offsets: bool,
    positions: bool,
}

impl fmt::Debug for Dump<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Dump")
            .field("len", &self.buf.len())
            .finish()
    }
}

impl<'a> Dump<'a> {
    /// Dumps `buf`. A data message that no [`schema`](Self::schema) describes is shown after
    /// the family header [`family_header_len`](Self::family_header_len) gives; without one,
    /// after the shortest header (a multiple of 4 bytes) behind which the payload is exactly
    /// a block of attributes (`family header (16 bytes, guessed)`), or, when there is none,
    /// as bytes of an unknown format: a well-formed message is never called malformed.
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
            header_len: None,
            max_value: 64,
            schema: None,
            offsets: false,
            positions: true,
        }
    }

    /// Names everything through a schema (e.g. `nlcodec_families::RTNETLINK`): message types,
    /// fixed headers field by field, attributes by C name with typed values (enums and
    /// flags by name, addresses, strings), nested sets, sub-messages chosen by their
    /// selector, and extended-ACK offsets as named paths. Messages the schema does not know
    /// are dumped by number, as without one.
    ///
    /// ```
    /// use nlcodec::schema::{Addressing, AttrDesc, AttrSet, AttrType, Family, MsgDesc, Op, Schema};
    /// use nlcodec::Protocol;
    /// static SET: AttrSet = AttrSet::new("link-attrs", &[
    ///     AttrDesc::UNKNOWN,
    ///     AttrDesc::UNKNOWN,
    ///     AttrDesc::UNKNOWN,
    ///     AttrDesc::new("ifname", "IFLA_IFNAME", 3, AttrType::String),
    /// ]);
    /// static OPS: [Op; 1] = [Op {
    ///     name: "newlink", c_name: "RTM_NEWLINK", request: 16, reply: None, header: None,
    ///     attrs: Some(&SET), do_request: None, do_reply: None, dump_request: None,
    ///     dump_reply: None, notification: false,
    /// }];
    /// static FAM: Family = Family {
    ///     name: "demo", addressing: Addressing::Raw { protocol: Protocol::ROUTE }, ops: &OPS, mcast_groups: &[],
    ///     attr_sets: &[&SET],
    /// };
    /// struct Demo;
    /// impl Schema for Demo {
    ///     fn message(&self, kind: u16, _: &[u8]) -> Option<MsgDesc> {
    ///         MsgDesc::new(&FAM, kind)
    ///     }
    /// }
    /// let mut buf = [0u8; 64];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(16, 0, 1, 0).unwrap();
    /// w.put_str(3, "lo").unwrap();
    /// w.end_message().unwrap();
    /// let text = nlcodec::dump::Dump::new(w.as_bytes()).schema(&Demo).to_string();
    /// assert!(text.contains("type 16 (RTM_NEWLINK)"), "{text}");
    /// assert!(text.contains("IFLA_IFNAME \"lo\""), "{text}");
    /// ```
    pub fn schema(mut self, schema: &'a dyn Schema) -> Dump<'a> {
        self.schema = Some(schema);
        self
    }

    /// Adds each attribute's offset and length to its line (`@20 len 7`), to match against
    /// extended-ACK offsets (named dumps leave them out by default).
    pub fn offsets(mut self, on: bool) -> Dump<'a> {
        self.offsets = on;
        self
    }

    /// Starts each message's line with its position, `message at N: ` (on by default); a
    /// tool that prints its own prefix turns it off.
    ///
    /// ```
    /// let mut buf = [0u8; 16];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(3, 0, 1, 0).unwrap(); // NLMSG_DONE, no payload
    /// w.end_message().unwrap();
    /// let dump = nlcodec::dump::Dump::new(w.as_bytes());
    /// assert!(dump.to_string().starts_with("message at 0: len 16"));
    /// assert!(dump.positions(false).to_string().starts_with("len 16"));
    /// ```
    pub fn positions(mut self, on: bool) -> Dump<'a> {
        self.positions = on;
        self
    }

    /// Sets the family header length for a message type (e.g.
    /// `nlcodec_families::runtime::family_header_len(Protocol::ROUTE)`, which knows each
    /// rtnetlink type's fixed header from the generated families).
    pub fn family_header_len(mut self, f: fn(u16) -> usize) -> Dump<'a> {
        self.header_len = Some(f);
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

    fn message(&self, f: &mut Buf<'_, '_>, at: usize, m: &Message<'_>) -> fmt::Result {
        let h = &m.header;
        let desc = match h.kind >= NLMSG_MIN_TYPE {
            true => self.schema.and_then(|s| s.message(h.kind, m.payload)),
            false => None,
        };
        // Raw families: the message type is the operation; generic netlink: the family.
        let name = desc.map_or_else(
            || kind_name(h.kind),
            |d| match d.family.base_header_len() {
                0 => d.op.c_name,
                _ => d.family.name,
            },
        );
        if self.positions {
            f.write_str("message at ")?;
            digits::write_u64(f, at as u64)?;
            f.write_str(": ")?;
        }
        f.write_str("len ")?;
        digits::write_u64(f, h.len.into())?;
        f.write_str(" type ")?;
        digits::write_u64(f, h.kind.into())?;
        f.write_str(" (")?;
        f.write_str(name)?;
        f.write_str(") flags ")?;
        digits::write_hex_padded(f, h.flags.into(), 4)?;
        let ctx = FlagContext::of(h.kind, desc.as_ref().map(|d| d.op.name));
        flag_names(f, FlagNames::new(h.flags, ctx))?;
        f.write_str(" seq ")?;
        digits::write_u64(f, h.seq.into())?;
        f.write_str(" pid ")?;
        digits::write_u64(f, h.pid.into())?;
        f.write_str("\n")?;
        match m.decode() {
            Err(e) => writeln!(f, "  malformed: {e}"),
            Ok(Payload::Noop) => Ok(()),
            Ok(Payload::Overrun) => writeln!(f, "  data lost (a receive buffer overflowed)"),
            Ok(Payload::Error(e)) => {
                if e.is_ack() {
                    writeln!(f, "  ack")?;
                } else {
                    writeln!(f, "  error {} (errno {})", e.error, e.errno())?;
                }
                let r = &e.request;
                write!(f, "  request: len {} type {}", r.len, r.kind)?;
                if let Some(name) = self
                    .schema
                    .and_then(|s| s.message(r.kind, e.request_payload))
                    .map(|d| d.op.c_name)
                    .or_else(|| self.schema.and_then(|s| s.kind_name(r.kind)))
                {
                    write!(f, " ({name})")?;
                }
                writeln!(
                    f,
                    " flags {:#06x} seq {} pid {} ({} payload bytes echoed)",
                    r.flags,
                    r.seq,
                    r.pid,
                    e.request_payload.len()
                )?;
                ext_ack(f, &e.ext_ack)?;
                if let Some(p) = self.schema.and_then(|s| e.named_path(s)) {
                    write!(f, "  ext-ack offset points at {p}")?;
                    if let Some(pol) = e.ext_ack.policy {
                        write!(f, " ({pol})")?;
                    }
                    return writeln!(f);
                }
                match e.echoed_attr_path(self.header_len.map_or(0, |hl| hl(r.kind))) {
                    Some(p) => writeln!(f, "  ext-ack offset points at attribute path {p}"),
                    None => Ok(()),
                }
            }
            Ok(Payload::Done(d)) => {
                writeln!(f, "  done, error {}", d.error)?;
                ext_ack(f, &d.ext_ack)
            }
            Ok(Payload::Data(p)) => {
                if let Some(d) = &desc {
                    return self.named_message(f, m, p, d);
                }
                let (hl, note) = match self.header_len {
                    Some(hl) => (hl(h.kind), ""),
                    None => match guess_header_len(m) {
                        Some(hl) => (hl, ", guessed"),
                        None => {
                            // No family header length makes the rest attributes: not
                            // malformed, just not known here.
                            write!(f, "  payload ({} bytes, format unknown):", p.len())?;
                            hex(f, p, self.max_value)?;
                            return f.write_str("\n");
                        }
                    },
                };
                if hl > 0 {
                    write!(f, "  family header ({hl} bytes{note}):")?;
                    hex(f, p.get(..hl).unwrap_or(p), self.max_value)?;
                    f.write_str("\n")?;
                }
                self.attrs(f, m.attrs(hl), 1)
            }
        }
    }

    /// A data message the schema knows: its headers field by field, then named attributes.
    fn named_message(
        &self,
        f: &mut Buf<'_, '_>,
        m: &Message<'_>,
        p: &[u8],
        d: &MsgDesc,
    ) -> fmt::Result {
        let base = d.family.base_header_len();
        if base == 4 {
            let (cmd, version) = (p.first().copied(), p.get(1).copied());
            let (cmd, version) = (cmd.unwrap_or(0), version.unwrap_or(0));
            let reply = if u16::from(cmd) != d.op.request {
                "reply to "
            } else {
                ""
            };
            writeln!(
                f,
                "  genl {}: cmd {cmd} ({reply}{}) version {version}",
                d.family.name, d.op.c_name
            )?;
        }
        if let Some(h) = d.op.header {
            let bytes = p.get(base..).unwrap_or(&[]);
            if bytes.len() < h.len {
                return writeln!(
                    f,
                    "  {} cut short: {} of {} bytes",
                    h.name,
                    bytes.len(),
                    h.len
                );
            }
            f.write_str("  ")?;
            f.write_str(h.name)?;
            f.write_str(" ")?;
            StructValue::new(h, &bytes[..h.len]).write_to(f)?;
            f.write_str("\n")?;
        }
        self.named_attrs(f, m.attrs(d.header_len), d.attrs())
    }

    fn indent(f: &mut Buf<'_, '_>, depth: usize) -> fmt::Result {
        digits::write_spaces(f, depth * 2)
    }

    /// The attributes of a block of `set` (unknown ones by number), nests indented.
    fn named_attrs(
        &self,
        f: &mut Buf<'_, '_>,
        it: Attrs<'_>,
        set: Option<&'static AttrSet>,
    ) -> fmt::Result {
        walk(&mut Named { dump: self, f }, set, it, 0)
    }
    /// Writes a nest's own fixed header, if it has one; returns the bytes to skip.
    fn nest_header(
        &self,
        f: &mut Buf<'_, '_>,
        h: Option<&'static StructDesc>,
        v: &[u8],
    ) -> Result<usize, fmt::Error> {
        let Some(h) = h else { return Ok(0) };
        let n = h.len.min(v.len());
        f.write_str(" ")?;
        f.write_str(h.name)?;
        f.write_str(" ")?;
        StructValue::new(h, &v[..n]).write_to(f)?;
        Ok(align(h.len))
    }

    fn attrs(&self, f: &mut Buf<'_, '_>, it: Attrs<'_>, depth: usize) -> fmt::Result {
        for a in it {
            let a = match a {
                Ok(a) => a,
                Err(e) => return writeln!(f, "{:indent$}malformed: {e}", "", indent = depth * 2),
            };
            self.numeric_attr(f, &a, depth)?;
        }
        Ok(())
    }

    /// One attribute by number: type, length, offset, flags, and its value guessed from its
    /// length (nests that parse are descended into).
    fn numeric_attr(&self, f: &mut Buf<'_, '_>, a: &Attr<'_>, depth: usize) -> fmt::Result {
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
            f.write_str("\n")?;
            self.attrs(f, a.nested(), depth + 1)?;
            return Ok(());
        }
        match (a.as_str(), v.len()) {
            (Ok(s), n)
                if n > 1 && s.len() + 1 == n && s.bytes().all(|b| (0x20..0x7f).contains(&b)) =>
            {
                writeln!(f, ": \"{s}\"")?
            }
            (_, 1) => writeln!(f, ": u8 {}", v[0])?,
            (_, 2) => writeln!(f, ": u16 {}", a.as_u16().unwrap_or(0))?,
            (_, 4) => writeln!(f, ": u32 {}", a.as_u32().unwrap_or(0))?,
            (_, 8) => writeln!(f, ": u64 {}", a.as_u64().unwrap_or(0))?,
            (_, 0) => f.write_str("\n")?,
            _ => {
                f.write_str(":")?;
                hex(f, v, self.max_value)?;
                f.write_str("\n")?
            }
        }
        Ok(())
    }
}

/// [`Dump`]'s named form as a [`Visitor`] of the one walk: a line per attribute (its C name
/// and value, or its nest's fixed header), per entry (`[index]`) and per record (`#n`), each
/// indented two spaces per level below the message.
struct Named<'d, 'o, 'f, 'b, 'fa> {
    dump: &'d Dump<'o>,
    f: &'f mut Buf<'b, 'fa>,
}

impl<'a> Visitor<'a> for Named<'_, '_, '_, '_, '_> {
    type Error = fmt::Error;
    type Scratch = ();

    fn attr(&mut self, a: &Attr<'a>, at: &mut Level<'a>) -> Result<Inner, fmt::Error> {
        let (f, depth) = (&mut *self.f, at.depth() + 1);
        let Some(d) = at.desc(a) else {
            // Not in the spec: the numeric form, guessing nests.
            self.dump.numeric_attr(f, a, depth)?;
            return Ok(Inner::Value);
        };
        Dump::indent(f, depth)?;
        f.write_str(d.c_name)?;
        if self.dump.offsets {
            f.write_str(" @")?;
            digits::write_u64(f, a.offset() as u64)?;
            f.write_str(" len ")?;
            digits::write_u64(f, a.len() as u64)?;
        }
        let v = a.value();
        let inner = at.inner(d);
        match inner {
            Inner::Block {
                header, variant, ..
            } => {
                if let Some(var) = variant {
                    write!(f, " ({})", var.value)?;
                }
                self.dump.nest_header(f, header, v)?;
                f.write_str("\n")?;
            }
            Inner::UnknownFormat => writeln!(f, " (unknown format)")?,
            Inner::Entries { .. } | Inner::Records { .. } => f.write_str("\n")?,
            Inner::Value => {
                // Everything but an empty value (a flag's) is set off by a space.
                if !v.is_empty() || d.ty == AttrType::String {
                    f.write_str(" ")?;
                }
                write_value(f, d, v, self.dump.max_value)?;
                f.write_str("\n")?;
            }
        }
        Ok(inner)
    }

    fn entry(&mut self, e: &Attr<'a>, at: &List<'a>) -> Result<bool, fmt::Error> {
        let f = &mut *self.f;
        Dump::indent(f, at.depth + 1)?;
        write!(f, "[{}]", e.kind())?;
        match (at.entry(), at.of) {
            (Some(Entry::Value(ty)), Some(d)) if !at.holds_entries() => {
                let entry = AttrDesc::new(d.name, d.c_name, e.kind(), ty).display(d.display);
                f.write_str(" ")?;
                write_value(f, &entry, e.value(), self.dump.max_value)?;
                f.write_str("\n")?;
                Ok(false)
            }
            _ => {
                f.write_str("\n")?;
                Ok(true)
            }
        }
    }

    fn record(&mut self, r: &Record<'a>, at: &List<'a>) -> Result<bool, fmt::Error> {
        let f = &mut *self.f;
        Dump::indent(f, at.depth + 1)?;
        write!(f, "#{}", r.index)?;
        if let Some(h) = at.header() {
            f.write_str(" ")?;
            StructValue::new(h, r.header).write_to(f)?;
        }
        f.write_str("\n")?;
        Ok(true)
    }

    fn bad_record(&mut self, e: RecordError, at: &List<'a>) -> fmt::Result {
        // A trailing byte too few for a length ends the list quietly.
        let Some(len) = e.len else { return Ok(()) };
        Dump::indent(self.f, at.depth + 1)?;
        writeln!(self.f, "#{} malformed record length {len}", e.index)
    }

    fn too_deep(&mut self, _: &Attr<'a>, depth: usize) -> fmt::Result {
        Dump::indent(self.f, depth + 2)?;
        writeln!(self.f, "(nested too deep)")
    }

    fn end(&mut self, mut rest: Attrs<'a>, depth: usize) -> fmt::Result {
        match rest.next() {
            Some(Err(e)) => {
                Dump::indent(self.f, depth + 1)?;
                writeln!(self.f, "malformed: {e}")
            }
            _ => Ok(()),
        }
    }
}

fn hex(f: &mut Buf<'_, '_>, v: &[u8], max: usize) -> fmt::Result {
    for b in v.iter().take(max) {
        f.write_str(" ")?;
        digits::write_byte(f, *b)?;
    }
    if v.len() > max {
        write!(f, " ... ({} bytes)", v.len())?;
    }
    Ok(())
}

fn ext_ack(f: &mut Buf<'_, '_>, a: &crate::ExtAck<'_>) -> fmt::Result {
    match (a.msg, a.msg_bytes()) {
        (Some(m), _) => writeln!(f, "  ext-ack msg: \"{m}\"")?,
        (None, Some(b)) => {
            f.write_str("  ext-ack msg (not UTF-8):")?;
            hex(f, b, 64)?;
            f.write_str("\n")?;
        }
        (None, None) => {}
    }
    if let Some(o) = a.offset {
        writeln!(f, "  ext-ack offset: {o}")?;
    }
    if let Some(c) = a.cookie {
        f.write_str("  ext-ack cookie:")?;
        hex(f, c, 64)?;
        f.write_str("\n")?;
    }
    if let Some(p) = a.policy {
        writeln!(f, "  ext-ack policy: {p}")?;
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

/// ` [REQUEST,ACK]`: the names of the set flag bits, if any (the unnamed ones are in the hex).
fn flag_names(f: &mut Buf<'_, '_>, names: FlagNames) -> fmt::Result {
    let mut first = true;
    for name in names {
        f.write_str(if first { " [" } else { "," })?;
        f.write_str(name)?;
        first = false;
    }
    if !first {
        f.write_str("]")?;
    }
    Ok(())
}

impl fmt::Display for Dump<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut b = Buf::new(f);
        let mut it = messages(self.buf);
        loop {
            let at = it.offset();
            match it.next() {
                None => break,
                Some(Ok(m)) => self.message(&mut b, at, &m)?,
                Some(Err(e)) => {
                    writeln!(b, "malformed stream: {e}")?;
                    break;
                }
            }
        }
        b.flush()
    }
}

/// The dump's text gathered in a stack buffer and handed to the `Formatter` a kilobyte at a
/// time: a dump is made of many short pieces, each of which would otherwise go through the
/// formatter's and the destination's dynamic calls.
struct Buf<'f, 'a> {
    f: &'f mut fmt::Formatter<'a>,
    buf: [u8; 1024],
    len: usize,
}

impl<'f, 'a> Buf<'f, 'a> {
    fn new(f: &'f mut fmt::Formatter<'a>) -> Self {
        Buf {
            f,
            buf: [0; 1024],
            len: 0,
        }
    }

    fn flush(&mut self) -> fmt::Result {
        // Only whole `str`s were copied in: the bytes are UTF-8.
        let s = core::str::from_utf8(&self.buf[..self.len]).map_err(|_| fmt::Error)?;
        self.f.write_str(s)?;
        self.len = 0;
        Ok(())
    }
}

impl fmt::Write for Buf<'_, '_> {
    #[inline(always)]
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let b = s.as_bytes();
        if self.len + b.len() > self.buf.len() {
            self.flush()?;
            if b.len() > self.buf.len() {
                return self.f.write_str(s);
            }
        }
        self.buf[self.len..self.len + b.len()].copy_from_slice(b);
        self.len += b.len();
        Ok(())
    }
}

/// For a data message no schema describes and no family header length was given: the
/// shortest length (a multiple of 4, up to 64 bytes) after which the payload is exactly a
/// block of well-formed attributes; `None` when there is none.
fn guess_header_len(m: &Message<'_>) -> Option<usize> {
    (0..=m.payload.len().min(64)).step_by(4).find(|&hl| {
        let mut it = m.attrs(hl);
        it.by_ref().all(|a| a.is_ok()) && it.trailing().is_empty()
    })
}
