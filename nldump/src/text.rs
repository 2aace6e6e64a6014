//! Text output: one block per message, in the layout of the codec's [`Dump`] with the
//! generated schemas: the header with the type and flag names, the family header field by
//! field, every attribute by its C name with its typed value (enums and flags by name,
//! addresses, strings), nests indented, control messages decoded, and extended ACKs with the
//! named attribute path and the kernel's policy.
//!
//! Each block starts with the message's number, the packet it came in (for captures), its
//! byte offset in the input, the protocol, and for captures the direction and time:
//!
//! ```text
//! #1 packet 1 @40 route received 1700000000.000000: len 1468 type 16 (RTM_NEWLINK) flags 0x0002 [MULTI] seq 1 pid 14976
//!   ifinfomsg { ifi-family: unspec, ifi-type: loopback, ifi-index: 1, ifi-flags: 0x10049 [up,loopback,running,lower-up], ifi-change: 0 }
//!   IFLA_IFNAME "lo"
//! ```
//!
//! Data messages the specs describe are written by a renderer of this module that avoids
//! `core::fmt` on the hot path (integers, strings, addresses, structs, nests, record lists);
//! anything else (control messages, unknown attributes, rarer types) is written by
//! [`Dump`] itself. The two agree byte for byte: the tests compare them on every capture.

use crate::num::{push_byte, push_hex, push_i64, push_u64};
use crate::out::Out;
use crate::MsgCtx;
use nlcodec::attr::read_unsigned;
use nlcodec::consts::{align, NLA_HDRLEN};
use nlcodec::dump::Dump;
use nlcodec::flags::{FlagContext, FlagNames};
use nlcodec::schema::sign_extend;
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, MsgDesc, RecordError, RecordWalk, StructDesc,
};
use nlcodec::{Attrs, Payload};
use nlcodec_capture::Direction;
use std::fmt::Write;

/// Appends the text block of one message to `out`.
pub fn message(out: &mut String, m: &MsgCtx<'_>, offsets: bool) {
    prefix(out, m);
    if !offsets {
        if let Some(d) = &m.desc {
            let mark = out.len();
            if fast_message(out, m, d).is_some() {
                return;
            }
            out.truncate(mark);
        }
    }
    with_dump(out, m, offsets);
}

/// The same block, always through the codec's [`Dump`] (the reference for the fast path).
pub fn message_by_dump(out: &mut String, m: &MsgCtx<'_>, offsets: bool) {
    prefix(out, m);
    with_dump(out, m, offsets);
}

/// The same block as [`message_by_dump`], written into `out` as it is formatted: for
/// messages too big to hold their text (`out` spills to the output as it fills).
pub fn message_streamed(out: &mut impl Out, m: &MsgCtx<'_>, offsets: bool) {
    let mut head = String::new();
    prefix(&mut head, m);
    out.push_str(&head);
    let mut dump = Dump::new(m.bytes)
        .family_header_len(m.header_len)
        .offsets(offsets);
    if let Some(s) = m.schema {
        dump = dump.schema(s);
    }
    let mut w = SkipLead { out, skipped: 0 };
    let _ = write!(w, "{dump}");
}

/// Drops the dump's first words, "message at 0: " (the prefix replaces them), as they pass.
struct SkipLead<'a, O: Out> {
    out: &'a mut O,
    skipped: usize,
}

impl<O: Out> std::fmt::Write for SkipLead<'_, O> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let mut s = s;
        if self.skipped < LEAD.len() {
            let want = &LEAD[self.skipped..];
            let n = want.len().min(s.len());
            if s.as_bytes()[..n] == want.as_bytes()[..n] {
                self.skipped += n;
                s = &s[n..];
            } else {
                // Not the lead after all: what was held back is written first.
                self.out.push_str(&LEAD[..self.skipped]);
                self.skipped = LEAD.len();
            }
        }
        self.out.push_str(s);
        Ok(())
    }
}

/// The first words of a dump of one message: "message at 0: ".
const LEAD: &str = "message at 0: ";

fn prefix(out: &mut String, m: &MsgCtx<'_>) {
    out.push('#');
    push_u64(out, m.number);
    if m.packet.direction.is_some() {
        out.push_str(" packet ");
        push_u64(out, m.packet.index);
    }
    out.push_str(" @");
    push_u64(out, m.offset);
    out.push(' ');
    out.push_str(m.packet.protocol.name());
    if let Some(d) = m.packet.direction {
        out.push_str(match d {
            Direction::Received => " received",
            Direction::Sent => " sent",
        });
    }
    if let Some(t) = m.packet.timestamp {
        let _ = write!(out, " {}.{:06}", t.as_secs(), t.subsec_micros());
    }
    if let Some(port) = m.packet.sender {
        out.push_str(" from port ");
        push_u64(out, port.into());
        out.push_str(" (not the kernel)");
    }
    out.push_str(": ");
}

fn with_dump(out: &mut String, m: &MsgCtx<'_>, offsets: bool) {
    let mut dump = Dump::new(m.bytes)
        .family_header_len(m.header_len)
        .offsets(offsets);
    if let Some(s) = m.schema {
        dump = dump.schema(s);
    }
    let start = out.len();
    let _ = write!(out, "{dump}");
    // The dump counts offsets in its own buffer (this message): its first words are
    // "message at 0: ", which the prefix replaces.
    if out[start..].starts_with(LEAD) {
        out.replace_range(start..start + LEAD.len(), "");
    }
}

/// `None`: something this renderer leaves to [`Dump`].
type Fast = Option<()>;

fn fast_message(out: &mut String, m: &MsgCtx<'_>, d: &MsgDesc) -> Fast {
    let h = &m.msg.header;
    let Ok(Payload::Data(p)) = m.msg.decode() else {
        return None;
    };
    out.push_str("len ");
    push_u64(out, h.len.into());
    out.push_str(" type ");
    push_u64(out, h.kind.into());
    out.push_str(" (");
    out.push_str(match d.family.base_header_len() {
        0 => d.op.c_name,
        _ => d.family.name,
    });
    out.push_str(") flags ");
    let _ = write!(out, "{:#06x}", h.flags);
    let mut first = true;
    let ctx = FlagContext::of(h.kind, Some(d.op.name));
    for name in FlagNames::new(h.flags, ctx) {
        out.push_str(if first { " [" } else { "," });
        out.push_str(name);
        first = false;
    }
    if !first {
        out.push(']');
    }
    out.push_str(" seq ");
    push_u64(out, h.seq.into());
    out.push_str(" pid ");
    push_u64(out, h.pid.into());
    out.push('\n');
    let base = d.family.base_header_len();
    if base == 4 {
        let (cmd, version) = (p.first().copied(), p.get(1).copied());
        let (cmd, version) = (cmd.unwrap_or(0), version.unwrap_or(0));
        out.push_str("  genl ");
        out.push_str(d.family.name);
        out.push_str(": cmd ");
        push_u64(out, cmd.into());
        out.push_str(" (");
        if u16::from(cmd) != d.op.request {
            out.push_str("reply to ");
        }
        out.push_str(d.op.c_name);
        out.push_str(") version ");
        push_u64(out, version.into());
        out.push('\n');
    }
    if let Some(hd) = d.op.header {
        let bytes = p.get(base..).unwrap_or(&[]);
        if bytes.len() < hd.len {
            return None;
        }
        out.push_str("  ");
        out.push_str(hd.name);
        out.push(' ');
        struct_value(out, hd, &bytes[..hd.len])?;
        out.push('\n');
    }
    attrs(out, m.msg.attrs(d.header_len), d.attrs(), 1)
}

fn indent(out: &mut String, depth: usize) {
    for _ in 0..depth {
        out.push_str("  ");
    }
}

fn attrs(out: &mut String, it: Attrs<'_>, set: Option<&'static AttrSet>, depth: usize) -> Fast {
    if depth >= nlcodec::MAX_NEST_DEPTH {
        return None;
    }
    for a in it {
        let a = a.ok()?;
        let d = set.and_then(|s| s.get(a.kind()))?;
        indent(out, depth);
        out.push_str(d.c_name);
        let v = a.value();
        match d.ty {
            AttrType::Nest => {
                let mut skip = 0;
                if let Some(h) = d.header {
                    let n = h.len.min(v.len());
                    out.push(' ');
                    out.push_str(h.name);
                    out.push(' ');
                    struct_value(out, h, &v[..n])?;
                    skip = align(h.len);
                }
                out.push('\n');
                let inner =
                    Attrs::with_base(v.get(skip..).unwrap_or(&[]), a.offset() + NLA_HDRLEN + skip);
                attrs(out, inner, d.nested, depth + 1)?;
            }
            AttrType::RecordList => {
                out.push('\n');
                for r in RecordWalk::of(&a, d.header.map_or(0, |h| h.len)) {
                    let r = match r {
                        Ok(r) => r,
                        Err(RecordError { len: None, .. }) => break,
                        Err(_) => return None,
                    };
                    indent(out, depth + 1);
                    out.push('#');
                    push_u64(out, r.index.into());
                    if let Some(h) = d.header {
                        out.push(' ');
                        struct_value(out, h, r.header)?;
                    }
                    out.push('\n');
                    attrs(out, r.attrs, d.nested, depth + 2)?;
                }
            }
            AttrType::SubMessage | AttrType::IndexedArray | AttrType::NestTypeValue => return None,
            _ => {
                if d.ty != AttrType::Flag && (!v.is_empty() || d.ty == AttrType::String) {
                    out.push(' ');
                }
                value(out, d, v)?;
                out.push('\n');
            }
        }
    }
    Some(())
}

fn value(out: &mut String, d: &AttrDesc, v: &[u8]) -> Fast {
    match d.ty {
        AttrType::Flag if v.is_empty() => Some(()),
        t if t.is_int() => {
            let want = match t {
                AttrType::Uint | AttrType::Sint => v.len(),
                _ => t.fixed_len().unwrap_or(0),
            };
            if v.len() != want {
                return None;
            }
            let raw = read_unsigned(v, d.big_endian)?;
            int(out, raw, want, t.is_signed(), d.display, d.enumeration);
            Some(())
        }
        AttrType::String => {
            let end = v.iter().position(|b| *b == 0).unwrap_or(v.len());
            let s = std::str::from_utf8(&v[..end]).ok()?;
            debug_str(out, s);
            Some(())
        }
        AttrType::Binary => match d.header {
            Some(s) => struct_value(out, s, v),
            None => bytes(out, v, d.display, 64),
        },
        _ => None,
    }
}

/// `{s:?}`: printable ASCII as is, anything else through `core::fmt`.
fn debug_str(out: &mut String, s: &str) {
    if s.bytes()
        .all(|b| (0x20..0x7f).contains(&b) && b != b'"' && b != b'\\')
    {
        out.push('"');
        out.push_str(s);
        out.push('"');
    } else {
        let _ = write!(out, "{s:?}");
    }
}

fn int(
    out: &mut String,
    raw: u64,
    len: usize,
    signed: bool,
    display: Display,
    e: Option<&EnumDesc>,
) {
    if let Some(e) = e {
        if e.flags {
            push_hex(out, raw);
            if raw == 0 {
                return;
            }
            let mut rest = raw;
            let mut first = true;
            for entry in e.entries {
                if entry.value != 0 && raw & entry.value == entry.value {
                    out.push_str(if first { " [" } else { "," });
                    out.push_str(entry.name);
                    first = false;
                    rest &= !entry.value;
                }
            }
            if rest != 0 {
                out.push_str(if first { " [" } else { "," });
                push_hex(out, rest);
                first = false;
            }
            if !first {
                out.push(']');
            }
        } else {
            match e.find(raw) {
                Some(entry) => out.push_str(entry.name),
                None => push_u64(out, raw),
            }
        }
        return;
    }
    match display {
        Display::Hex => push_hex(out, raw),
        Display::Ipv4 if len == 4 => {
            let b = (raw as u32).to_be_bytes();
            ipv4(out, &b);
        }
        _ if signed => push_i64(out, sign_extend(raw, len)),
        _ => push_u64(out, raw),
    }
}

fn ipv4(out: &mut String, b: &[u8]) {
    for (i, x) in b.iter().enumerate() {
        if i > 0 {
            out.push('.');
        }
        push_u64(out, (*x).into());
    }
}

fn bytes(out: &mut String, v: &[u8], display: Display, max: usize) -> Fast {
    match (display, v.len()) {
        (Display::Mac, n) if n > 0 => {
            for (i, b) in v.iter().enumerate() {
                if i > 0 {
                    out.push(':');
                }
                push_byte(out, *b);
            }
        }
        (Display::Ipv4 | Display::Ipv4OrV6, 4) => ipv4(out, v),
        (Display::Ipv6 | Display::Ipv4OrV6, 16) => {
            let mut b = [0u8; 16];
            b.copy_from_slice(v);
            let _ = write!(out, "{}", std::net::Ipv6Addr::from(b));
        }
        (Display::Uuid, 16) | (Display::String, _) => return None,
        _ => {
            for (i, b) in v.iter().take(max).enumerate() {
                if i > 0 {
                    out.push(' ');
                }
                push_byte(out, *b);
            }
            if v.len() > max {
                out.push_str(" ... (");
                push_u64(out, v.len() as u64);
                out.push_str(" bytes)");
            }
        }
    }
    Some(())
}

fn struct_value(out: &mut String, desc: &StructDesc, v: &[u8]) -> Fast {
    out.push('{');
    let mut first = true;
    for m in desc.members {
        if m.ty == AttrType::Pad {
            continue;
        }
        let (at, len) = (m.offset as usize, m.len as usize);
        let Some(b) = v.get(at..at + len) else {
            break;
        };
        out.push_str(if first { " " } else { ", " });
        first = false;
        out.push_str(m.name);
        out.push_str(": ");
        if m.ty.is_int() {
            match read_unsigned(b, m.big_endian) {
                Some(raw) => int(
                    out,
                    raw,
                    b.len(),
                    m.ty.is_signed(),
                    m.display,
                    m.enumeration,
                ),
                None => {
                    bytes(out, b, Display::None, 64)?;
                }
            }
        } else {
            bytes(out, b, m.display, 64)?;
        }
    }
    out.push_str(if first { "}" } else { " }" });
    Some(())
}
