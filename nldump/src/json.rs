//! JSON output: one object per message and line.
//!
//! The message's decoded content is under `"msg"`, in the shape and value formats of the
//! kernel's `ynl` CLI with `--output-json`: the fixed header's fields and the attributes side
//! by side, keyed by their YNL names (`ifi-index`, `ifname`); integers as numbers, enums by
//! name, flags as lists of names, strings as strings, MAC addresses as `aa:bb:cc:dd:ee:ff`,
//! IP addresses as text, UUIDs as text, integers and binary with the `hex` display hint as
//! `"0x1f"` and `"0a 0b"`, binary holding a C array (`sub-type: u32`) as a list of numbers,
//! other binary as hex without separators, nests as objects, multi-attributes and indexed
//! arrays as lists (an indexed array of nests as `[{"1": {...}}, {"2": {...}}]`),
//! `bitfield32` as `{"value": ..., "selector": ...}`. `tests/ynl.rs` checks all this against
//! the kernel's ynl library. Where nldump differs on purpose: attributes no spec names are
//! `"attr-N"` with hex values (ynl: `"UnknownAttr(N)"`), enum values without a name stay
//! numbers (ynl: `"Unknown(N)"`), record lists are decoded (ynl: hex), and a
//! nest-type-value keeps every entry keyed by its number (`{"1": {"2": {...}}}`; ynl flattens
//! the first entry into `{"policy-id": 1, "attr-id": 2, ...}`).
//!
//! Around it, what the text output shows in its header:
//!
//! ```text
//! {"n":1,"packet":1,"offset":40,"protocol":"route","direction":"received","time":1700000000.000000,
//!  "family":"rt-link","type":"RTM_NEWLINK","op":"newlink",
//!  "header":{"len":1468,"type":16,"flags":["multi"],"seq":1,"pid":14976},"msg":{...}}
//! ```
//!
//! (one line). Generic netlink messages add `"genl":{"cmd":N,"version":N}`; `NLMSG_ERROR`
//! has `"error":{"errno":-34,"text":"...","request":{...},"ext-ack":{"msg":...,"offset":...,
//! "path":"IFLA_LINKINFO / IFLA_INFO_DATA / VETH_INFO_PEER","policy":"..."}}` and
//! `NLMSG_DONE` `"done":{"errno":0,...}`.

use crate::out::Out;
use crate::{MsgCtx, Summary};
use nlcodec::attr::read_unsigned;
use nlcodec::flags::{FlagContext, FlagNames};
use nlcodec::schema::sign_extend;
use nlcodec::schema::{
    descend, walk, AttrDesc, AttrSet, AttrType, Display, Entry, EnumDesc, Inner, Level, List,
    NamedPath, Record, StructDesc, Visitor,
};
use nlcodec::{Attr, Attrs, ExtAck, Payload};
use nlcodec_capture::Direction;

/// Appends a JSON string literal.
pub fn string(out: &mut impl Out, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

fn hex(out: &mut impl Out, v: &[u8]) {
    hex_with(out, v, "");
}

/// The bytes as a quoted string of two hex digits each, `sep` between them (`":"` for a
/// MAC address, `" "` for ynl's `hex` display hint, `""` for plain binary).
fn hex_with(out: &mut impl Out, v: &[u8], sep: &str) {
    out.push('"');
    for (i, b) in v.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        let _ = write!(out, "{b:02x}");
    }
    out.push('"');
}

fn key(out: &mut impl Out, first: &mut bool, k: &str) {
    if !*first {
        out.push(',');
    }
    *first = false;
    string(out, k);
    out.push(':');
}

/// The `nlmsg_flags` as a list of names, lower case with dashes as YNL writes them
/// (`request`, `multi`, `ack`, `echo`, `dump-intr`, `dump-filtered`, and by what the message
/// is, [`nlcodec::flags`]: `capped`, `ack-tlvs` on `NLMSG_ERROR` / `NLMSG_DONE`; `root`,
/// `match`, `atomic` on a get; `replace`, `excl`, `create`, `append` on a new or set;
/// `nonrec`, `bulk` on a delete); bits without a name as one number.
pub fn flags(out: &mut impl Out, kind: u16, flags: u16, op_name: Option<&str>) {
    out.push('[');
    let names = FlagNames::new(flags, FlagContext::of(kind, op_name));
    let rest = names.rest();
    let mut first = true;
    for name in names {
        if !first {
            out.push(',');
        }
        first = false;
        out.push('"');
        for c in name.chars() {
            out.push(match c {
                '_' => '-',
                c => c.to_ascii_lowercase(),
            });
        }
        out.push('"');
    }
    if rest != 0 {
        if !first {
            out.push(',');
        }
        let _ = write!(out, "{rest}");
    }
    out.push(']');
}

/// Appends one message's JSON line (with its newline).
pub fn message(out: &mut impl Out, m: &MsgCtx<'_>) {
    let h = &m.msg.header;
    let _ = write!(out, "{{\"n\":{}", m.number);
    if m.packet.direction.is_some() {
        let _ = write!(out, ",\"packet\":{}", m.packet.index);
    }
    let _ = write!(out, ",\"offset\":{},\"protocol\":", m.offset);
    string(out, m.packet.protocol.name());
    if let Some(d) = m.packet.direction {
        out.push_str(match d {
            Direction::Received => ",\"direction\":\"received\"",
            Direction::Sent => ",\"direction\":\"sent\"",
        });
    }
    if let Some(t) = m.packet.timestamp {
        let _ = write!(out, ",\"time\":{}.{:06}", t.as_secs(), t.subsec_micros());
    }
    if let Some(port) = m.packet.sender {
        let _ = write!(out, ",\"sender\":{port}");
    }
    out.push_str(",\"family\":");
    string(out, m.family_name());
    out.push_str(",\"type\":\"");
    m.push_type_name(out);
    out.push('"');
    if let Some(d) = &m.desc {
        out.push_str(",\"op\":");
        string(out, d.op.name);
    }
    let _ = write!(
        out,
        ",\"header\":{{\"len\":{},\"type\":{},\"flags\":",
        h.len, h.kind
    );
    flags(out, h.kind, h.flags, m.desc.as_ref().map(|d| d.op.name));
    let _ = write!(out, ",\"seq\":{},\"pid\":{}}}", h.seq, h.pid);
    match m.msg.decode() {
        Err(e) => {
            out.push_str(",\"malformed\":");
            string(out, &e.to_string());
        }
        Ok(Payload::Noop) => {}
        Ok(Payload::Overrun) => out.push_str(",\"lost\":true"),
        Ok(Payload::Error(e)) => {
            let _ = write!(out, ",\"error\":{{\"errno\":{}", e.error);
            if e.error != 0 {
                out.push_str(",\"text\":");
                string(out, &errno_text(e.error));
            }
            let r = &e.request;
            let req_name = m
                .schema
                .and_then(|s| s.message(r.kind, e.request_payload).map(|d| d.op.c_name))
                .or_else(|| m.schema.and_then(|s| s.kind_name(r.kind)));
            let _ = write!(out, ",\"request\":{{\"len\":{},\"type\":{}", r.len, r.kind);
            if let Some(n) = req_name {
                out.push_str(",\"type-name\":");
                string(out, n);
            }
            out.push_str(",\"flags\":");
            let req_op = m
                .schema
                .and_then(|s| s.message(r.kind, e.request_payload))
                .map(|d| d.op.name);
            flags(out, r.kind, r.flags, req_op);
            let _ = write!(
                out,
                ",\"seq\":{},\"pid\":{},\"echoed\":{}}}",
                r.seq,
                r.pid,
                e.request_payload.len()
            );
            let path = m.schema.and_then(|s| e.named_path(s));
            ext_ack(out, &e.ext_ack, path.as_ref());
            out.push('}');
        }
        Ok(Payload::Done(d)) => {
            let _ = write!(out, ",\"done\":{{\"errno\":{}", d.error);
            if d.error != 0 {
                out.push_str(",\"text\":");
                string(out, &errno_text(d.error));
            }
            ext_ack(out, &d.ext_ack, None);
            out.push('}');
        }
        Ok(Payload::Data(p)) => data(out, m, p),
    }
    out.push_str("}\n");
}

fn errno_text(error: i32) -> String {
    let s = std::io::Error::from_raw_os_error(error.saturating_neg()).to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

fn ext_ack(out: &mut impl Out, a: &ExtAck<'_>, path: Option<&NamedPath>) {
    if a.is_empty() {
        return;
    }
    out.push_str(",\"ext-ack\":{");
    let mut first = true;
    if let Some(msg) = a.msg_bytes() {
        // Text that is not UTF-8 is shown with replacement characters, never dropped.
        key(out, &mut first, "msg");
        string(out, &String::from_utf8_lossy(msg));
    }
    if let Some(o) = a.offset {
        key(out, &mut first, "offset");
        let _ = write!(out, "{o}");
    }
    if let Some(p) = path {
        key(out, &mut first, "path");
        string(out, &p.to_string());
    }
    if let Some(c) = a.cookie {
        key(out, &mut first, "cookie");
        hex(out, c);
    }
    if let Some(p) = a.policy {
        key(out, &mut first, "policy");
        string(out, &p.to_string());
    }
    if let Some(t) = a.missing_type {
        key(out, &mut first, "missing-type");
        let _ = write!(out, "{t}");
    }
    if let Some(n) = a.missing_nest {
        key(out, &mut first, "missing-nest");
        let _ = write!(out, "{n}");
    }
    out.push('}');
}

fn data(out: &mut impl Out, m: &MsgCtx<'_>, p: &[u8]) {
    let Some(d) = &m.desc else {
        // No spec: the family header in hex, attributes by number.
        let hl = (m.header_len)(m.msg.header.kind);
        out.push_str(",\"msg\":{");
        let mut first = true;
        if hl > 0 {
            key(out, &mut first, "family-header");
            hex(out, p.get(..hl).unwrap_or(p));
        }
        if m.packet.protocol.has_attrs() {
            attrs(out, &mut first, m.msg.attrs(hl), None);
        } else {
            key(out, &mut first, "payload");
            hex(out, p);
        }
        out.push('}');
        return;
    };
    let base = d.family.base_header_len();
    if base == 4 {
        let _ = write!(
            out,
            ",\"genl\":{{\"cmd\":{},\"version\":{}}}",
            p.first().copied().unwrap_or(0),
            p.get(1).copied().unwrap_or(0)
        );
    }
    out.push_str(",\"msg\":{");
    let mut first = true;
    if let Some(h) = d.op.header {
        let bytes = p.get(base..).unwrap_or(&[]);
        struct_fields(out, &mut first, h, bytes);
    }
    attrs(out, &mut first, m.msg.attrs(d.header_len), d.attrs());
    out.push('}');
}

/// A struct's members as `"name":value` pairs inside an object already open.
fn struct_fields(out: &mut impl Out, first: &mut bool, h: &StructDesc, bytes: &[u8]) {
    for mem in h.members {
        if mem.ty == AttrType::Pad {
            continue;
        }
        let (at, len) = (mem.offset as usize, mem.len as usize);
        let Some(v) = bytes.get(at..at + len) else {
            break;
        };
        key(out, first, mem.name);
        if mem.ty.is_int() {
            match read_unsigned(v, mem.big_endian) {
                Some(raw) => int(
                    out,
                    raw,
                    len,
                    mem.ty.is_signed(),
                    mem.display,
                    mem.enumeration,
                ),
                None => hex(out, v),
            }
        } else {
            bytes_value(out, v, mem.display);
        }
    }
}

fn int(
    out: &mut impl Out,
    raw: u64,
    len: usize,
    signed: bool,
    display: Display,
    e: Option<&EnumDesc>,
) {
    if let Some(e) = e {
        if e.flags {
            flag_list(out, e, raw);
        } else {
            match e.find(raw) {
                Some(entry) => string(out, entry.name),
                None => {
                    let _ = write!(out, "{raw}");
                }
            }
        }
        return;
    }
    match display {
        Display::Hex => {
            let _ = write!(out, "\"{raw:#x}\"");
        }
        // ynl: `ipaddress.ip_address(int)`, IPv4 up to 2^32 - 1, IPv6 above.
        Display::Ipv4 | Display::Ipv6 | Display::Ipv4OrV6 => match u32::try_from(raw) {
            Ok(v4) => {
                let _ = write!(out, "\"{}\"", std::net::Ipv4Addr::from(v4));
            }
            Err(_) => {
                let _ = write!(out, "\"{}\"", std::net::Ipv6Addr::from(u128::from(raw)));
            }
        },
        _ if signed => {
            let _ = write!(out, "{}", sign_extend(raw, len));
        }
        _ => {
            let _ = write!(out, "{raw}");
        }
    }
}

fn flag_list(out: &mut impl Out, e: &EnumDesc, v: u64) {
    out.push('[');
    let mut first = true;
    let mut rest = v;
    for entry in e.entries {
        if entry.value != 0 && v & entry.value == entry.value {
            if !first {
                out.push(',');
            }
            first = false;
            string(out, entry.name);
            rest &= !entry.value;
        }
    }
    if rest != 0 {
        if !first {
            out.push(',');
        }
        let _ = write!(out, "{rest}");
    }
    out.push(']');
}

fn bytes_value(out: &mut impl Out, v: &[u8], display: Display) {
    match (display, v.len()) {
        (Display::Mac, n) if n > 0 => hex_with(out, v, ":"),
        (Display::Ipv4 | Display::Ipv4OrV6, 4) => {
            let _ = write!(
                out,
                "\"{}\"",
                std::net::Ipv4Addr::new(v[0], v[1], v[2], v[3])
            );
        }
        (Display::Ipv6 | Display::Ipv4OrV6, 16) => {
            let mut b = [0u8; 16];
            b.copy_from_slice(v);
            let _ = write!(out, "\"{}\"", std::net::Ipv6Addr::from(b));
        }
        (Display::Uuid, 16) => {
            out.push('"');
            for (i, b) in v.iter().enumerate() {
                if matches!(i, 4 | 6 | 8 | 10) {
                    out.push('-');
                }
                let _ = write!(out, "{b:02x}");
            }
            out.push('"');
        }
        // ynl: `bytes.hex(raw, ' ')`.
        (Display::Hex, _) => hex_with(out, v, " "),
        (Display::String, _) => {
            let end = v.iter().position(|b| *b == 0).unwrap_or(v.len());
            string(out, &String::from_utf8_lossy(&v[..end]));
        }
        _ => hex(out, v),
    }
}

/// A binary attribute holding a C array of `d.sub_type` (`IFLA_INET_CONF`, a `u32` per
/// setting): a list of numbers in host byte order, each an enum name or formatted by the
/// display hint, as ynl's `as_c_array`; hex when the length is not a whole number of
/// entries.
fn c_array(out: &mut impl Out, v: &[u8], d: &AttrDesc) {
    let size = d.sub_type.fixed_len().unwrap_or(0);
    if size == 0 || v.len() % size != 0 {
        hex(out, v);
        return;
    }
    out.push('[');
    for (i, chunk) in v.chunks_exact(size).enumerate() {
        if i > 0 {
            out.push(',');
        }
        match read_unsigned(chunk, false) {
            Some(raw) => int(
                out,
                raw,
                size,
                d.sub_type.is_signed(),
                d.display,
                d.enumeration,
            ),
            None => hex(out, chunk),
        }
    }
    out.push(']');
}

/// A value with nothing inside to descend into, by its type.
fn scalar(out: &mut impl Out, v: &[u8], d: &AttrDesc) {
    match d.ty {
        AttrType::Flag if v.iter().all(|b| *b == 0) && !v.is_empty() => out.push_str("false"),
        AttrType::Flag => out.push_str("true"),
        t if t.is_int() => match d.read_int(v) {
            Some((raw, width)) => int(out, raw, width, t.is_signed(), d.display, d.enumeration),
            None => hex(out, v),
        },
        AttrType::String => {
            let end = v.iter().position(|b| *b == 0).unwrap_or(v.len());
            match std::str::from_utf8(&v[..end]) {
                Ok(s) => string(out, s),
                // An object, so that it never reads as a string of hex digits.
                Err(_) => {
                    out.push_str("{\"not-utf8\":");
                    hex(out, v);
                    out.push('}');
                }
            }
        }
        AttrType::Bitfield32 if v.len() == 8 => {
            let value = u32::from_ne_bytes([v[0], v[1], v[2], v[3]]);
            let selector = u32::from_ne_bytes([v[4], v[5], v[6], v[7]]);
            out.push_str("{\"value\":");
            match d.enumeration {
                Some(e) => flag_list(out, e, value.into()),
                None => {
                    let _ = write!(out, "{value}");
                }
            }
            out.push_str(",\"selector\":");
            match d.enumeration {
                Some(e) => flag_list(out, e, selector.into()),
                None => {
                    let _ = write!(out, "{selector}");
                }
            }
            out.push('}');
        }
        AttrType::Binary => match d.header {
            Some(s) if v.len() >= s.len => {
                out.push('{');
                let mut first = true;
                struct_fields(out, &mut first, s, v);
                out.push('}');
            }
            None if d.sub_type.is_int() => c_array(out, v, d),
            _ => bytes_value(out, v, d.display),
        },
        _ => hex(out, v),
    }
}

/// The attributes of a block as `"name":value` pairs inside an object already open;
/// multi-attributes gathered into lists.
fn attrs(out: &mut impl Out, first: &mut bool, it: Attrs<'_>, set: Option<&'static AttrSet>) {
    let mut json = Json {
        out,
        first: u64::from(*first),
        arrays: 0,
    };
    let Ok(()) = walk(&mut json, set, it, 0);
    *first = json.first & 1 != 0;
}

/// The JSON form as a [`Visitor`] of the codec's one walk: ynl's shapes for nests (objects),
/// indexed arrays (lists), nests of type-value nests (objects by index) and record lists
/// (lists of objects).
struct Json<'o, O: Out> {
    out: &'o mut O,
    /// Bit `d`: nothing written yet in the object or list open at depth `d`.
    first: u64,
    /// Bit `d`: what is open at depth `d` is a list.
    arrays: u64,
}

impl<O: Out> Json<'_, O> {
    /// Opens an object (or, with `list`, a list) whose members are `depth` deep.
    fn open(&mut self, c: char, depth: usize) {
        self.out.push(c);
        self.first |= 1 << depth;
        match c {
            '[' => self.arrays |= 1 << depth,
            _ => self.arrays &= !(1 << depth),
        }
    }

    /// The separator before a member at `depth`.
    fn comma(&mut self, depth: usize) {
        if self.first & (1 << depth) == 0 {
            self.out.push(',');
        }
        self.first &= !(1 << depth);
    }

    fn key(&mut self, depth: usize, k: &str) {
        self.comma(depth);
        string(self.out, k);
        self.out.push(':');
    }

    /// A fixed header's fields as the first members of the object open at `depth`.
    fn fields(&mut self, depth: usize, h: &StructDesc, bytes: &[u8]) {
        let mut first = self.first & (1 << depth) != 0;
        struct_fields(self.out, &mut first, h, bytes);
        if !first {
            self.first &= !(1 << depth);
        }
    }

    /// One attribute's value, as `ynl` formats it.
    fn value<'a>(
        &mut self,
        a: &Attr<'a>,
        d: &'static AttrDesc,
        level: &Level<'a, Multi>,
    ) -> Walked {
        let inner = level.inner(d);
        if inner == Inner::Value {
            scalar(self.out, a.value(), d);
            return Ok(());
        }
        if !level.can_descend() {
            self.out.push_str("\"(nested too deep)\"");
            return Ok(());
        }
        let depth = level.depth() + 1;
        let close = match inner {
            Inner::Block { header, .. } => {
                self.open('{', depth);
                if let Some(h) = header {
                    self.fields(depth, h, a.value());
                }
                '}'
            }
            // ynl's shapes: an indexed array is a list (`{index: {attributes}}` per nest
            // entry), a nest of type-value nests an object by index.
            Inner::Entries { .. } if d.ty == AttrType::IndexedArray => {
                self.open('[', depth);
                ']'
            }
            Inner::Records { .. } => {
                self.open('[', depth);
                ']'
            }
            _ => {
                self.open('{', depth);
                '}'
            }
        };
        descend(self, a, Some(d), inner, level.depth())?;
        self.out.push(close);
        Ok(())
    }
}

/// What the JSON walk ends with: it never stops early.
type Walked = Result<(), core::convert::Infallible>;

/// The multi-attributes of a block already written (with all their repeats).
type Multi = Vec<u16>;

impl<'a, O: Out> Visitor<'a> for Json<'_, O> {
    type Error = core::convert::Infallible;
    type Scratch = Multi;

    fn attr(&mut self, a: &Attr<'a>, at: &mut Level<'a, Multi>) -> Result<Inner, Self::Error> {
        let depth = at.depth();
        let Some(d) = at.desc(a) else {
            self.key(depth, &format!("attr-{}", a.kind()));
            hex(self.out, a.value());
            return Ok(Inner::Value);
        };
        if d.ty == AttrType::Pad || d.ty == AttrType::Unused {
            return Ok(Inner::Value);
        }
        if !d.multi {
            self.key(depth, d.name);
            self.value(a, d, at)?;
            return Ok(Inner::Value);
        }
        if at.scratch.contains(&a.kind()) {
            return Ok(Inner::Value);
        }
        at.scratch.push(a.kind());
        self.key(depth, d.name);
        self.out.push('[');
        let mut first = true;
        for b in at.attrs().clone().map_while(Result::ok) {
            if b.kind() == a.kind() {
                if !first {
                    self.out.push(',');
                }
                first = false;
                self.value(&b, d, at)?;
            }
        }
        self.out.push(']');
        Ok(Inner::Value)
    }

    fn entry(&mut self, e: &Attr<'a>, at: &List<'a>) -> Result<bool, Self::Error> {
        let (Some(d), Some(entry)) = (at.of, at.entry()) else {
            return Ok(false);
        };
        if d.ty != AttrType::IndexedArray {
            self.key(at.depth, &e.kind().to_string());
            self.open('{', at.depth + 1);
            return Ok(true);
        }
        self.comma(at.depth);
        match entry {
            Entry::Nest(_) => {
                let _ = write!(self.out, "{{\"{}\":", e.kind());
                self.open('{', at.depth + 1);
                Ok(true)
            }
            Entry::Value(ty) => {
                let entry = AttrDesc::new(d.name, d.c_name, e.kind(), ty).display(d.display);
                let entry = match d.enumeration {
                    Some(en) => entry.enumeration(en),
                    None => entry,
                };
                scalar(self.out, e.value(), &entry);
                Ok(false)
            }
        }
    }

    fn leave_entry(&mut self, _: &Attr<'a>, at: &List<'a>) -> Walked {
        match at.of.map(|d| d.ty) {
            Some(AttrType::IndexedArray) => self.out.push_str("}}"),
            _ => self.out.push('}'),
        }
        Ok(())
    }

    fn record(&mut self, r: &Record<'a>, at: &List<'a>) -> Result<bool, Self::Error> {
        self.comma(at.depth);
        self.open('{', at.depth + 1);
        if let Some(h) = at.header() {
            self.fields(at.depth + 1, h, r.header);
        }
        Ok(true)
    }

    fn leave_record(&mut self, _: &Record<'a>, _: &List<'a>) -> Walked {
        self.out.push('}');
        Ok(())
    }

    /// A malformed attribute or entry ends its block: said where it happened, as a member
    /// `"malformed"` of an object or an element `{"malformed":...}` of a list.
    fn end(&mut self, mut rest: Attrs<'a>, depth: usize) -> Walked {
        let Some(Err(e)) = rest.next() else {
            return Ok(());
        };
        if self.arrays & (1 << depth) != 0 {
            self.comma(depth);
            self.out.push_str("{\"malformed\":");
            string(self.out, &e.to_string());
            self.out.push('}');
        } else {
            self.key(depth, "malformed");
            string(self.out, &e.to_string());
        }
        Ok(())
    }
}

/// The `--stats` object: `{"stats":{"packets":..,"messages":..,"shown":..,"errors":..,
/// "types":{"rt-link RTM_NEWLINK":7,...}}}`.
pub fn stats(out: &mut impl Out, s: &Summary) {
    let _ = write!(
        out,
        "{{\"stats\":{{\"packets\":{},\"messages\":{},\"shown\":{},\"errors\":{},\"types\":{{",
        s.packets, s.messages, s.shown, s.errors
    );
    let mut first = true;
    for (k, n) in &s.per_type {
        key(out, &mut first, k);
        let _ = write!(out, "{n}");
    }
    out.push_str("}}}\n");
}
