//! # nldump
//!
//! A netlink decoder for captures and live traffic. It reads raw netlink buffers (datagrams
//! back to back, like `testdata/*.bin`), pcap and pcapng captures of link type
//! `LINKTYPE_NETLINK` (253, as an `nlmon` device or `nldump monitor --write` records them)
//! and standard input, and prints every message with the names the kernel's YNL specs give:
//! as text blocks ([`text`]) or as one JSON object per line in the value formats of the
//! kernel's `ynl` CLI ([`json`]).
//!
//! The library is what the `nldump` binary runs, so tests and fuzzers can call it:
//!
//! ```
//! use nldump::{decode_input, Options};
//! let capture = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../testdata/link-dump.bin"))?;
//! let (mut out, mut err) = (Vec::new(), Vec::new());
//! let summary = decode_input(&capture, &Options::default(), &mut out, &mut err)?;
//! assert_eq!(summary.errors, 0);
//! let text = String::from_utf8(out)?;
//! assert!(text.contains("RTM_NEWLINK"));
//! assert!(text.contains("IFLA_IFNAME \"lo\""));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Bad input never stops decoding silently: every problem (a truncated capture, a wrong link
//! type, a malformed message or attribute) is reported on the error stream with the packet
//! number and byte offset, decoding goes on with the next packet, and [`Summary::errors`]
//! (the binary's exit status) says whether anything was wrong.

#![deny(missing_docs)]

pub mod filter;
pub mod groups;
mod input;
pub mod json;
pub mod monitor;
pub mod out;
pub mod text;

use input::{Rounds, BIG};
use nlcodec::schema::{MsgDesc, Schema};
use nlcodec::{Message, Mode, Payload, Protocol};
use nlcodec_capture::Direction;
use nlcodec_capture::PcapWriter;
use nlcodec_families::runtime::{schema_of, GenlRegistry};
use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};
use std::time::Duration;

pub use filter::Filter;

/// What to decode and how to print it.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Print one JSON object per message and line instead of text.
    pub json: bool,
    /// The netlink protocol of raw input (default `NETLINK_ROUTE`); pcap input carries its own.
    pub protocol: Option<Protocol>,
    /// Generic netlink family ids given by hand (`--genl ID=NAME`).
    pub genl: Vec<(u16, String)>,
    /// Which messages to print.
    pub filter: Filter,
    /// End with counts per message type.
    pub stats: bool,
    /// Show each attribute's offset and length in text output.
    pub offsets: bool,
    /// Also write what is read as a pcap capture (link type 253) to this file: captures
    /// packet by packet, raw input one message per packet (sent when it has
    /// `NLM_F_REQUEST`, else received; time 0).
    pub write: Option<std::path::PathBuf>,
}

/// What a decoding run saw.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// Packets read (raw input: 1).
    pub packets: u64,
    /// Messages decoded.
    pub messages: u64,
    /// Messages printed (after the filters).
    pub shown: u64,
    /// Problems reported.
    pub errors: u64,
    /// Messages per family and type (all messages, before the filters).
    pub per_type: BTreeMap<String, u64>,
}

/// Where a packet came from: its number, its place in the input, and what the capture says
/// about it.
#[derive(Debug, Clone, Copy)]
pub struct PacketInfo {
    /// Packet number, from 1 (raw input: the whole buffer is packet 1).
    pub index: u64,
    /// Byte offset of the netlink bytes in the input.
    pub offset: u64,
    /// Netlink protocol.
    pub protocol: Protocol,
    /// Direction, when the capture records it.
    pub direction: Option<Direction>,
    /// Capture time, when the capture records it.
    pub timestamp: Option<Duration>,
    /// The sender's port id when it is not the kernel (a datagram `nldump monitor
    /// --all-senders` showed, or a capture marked so): anyone can send to a port id, so
    /// such a message is not a kernel event.
    pub sender: Option<u32>,
}

/// One message in context, as both printers see it.
pub struct MsgCtx<'a> {
    /// The packet it came in.
    pub packet: &'a PacketInfo,
    /// Its number among all messages of the run, from 1.
    pub number: u64,
    /// Byte offset of its header in the input.
    pub offset: u64,
    /// Its bytes (header included).
    pub bytes: &'a [u8],
    /// The parsed message.
    pub msg: Message<'a>,
    /// The schema for its protocol, if any.
    pub schema: Option<&'a dyn Schema>,
    /// Its descriptor, if the schema knows it.
    pub desc: Option<MsgDesc>,
    /// Family header length used when no descriptor is known.
    pub header_len: fn(u16) -> usize,
}

impl MsgCtx<'_> {
    /// The family name (`rt-link`, `nlctrl`) or the protocol name for messages no spec
    /// describes.
    pub fn family_name(&self) -> &'static str {
        match &self.desc {
            Some(d) => d.family.name,
            None => self.packet.protocol.name(),
        }
    }

    /// Appends [`type_name`](Self::type_name) to `out`, without allocating.
    pub fn push_type_name(&self, out: &mut impl out::Out) {
        match self.type_key() {
            TypeKey::Name(n) => out.push_str(n),
            TypeKey::Reply(n) => {
                out.push_str(n);
                out.push_str(" reply");
            }
            TypeKey::Num(k) => {
                let _ = nlcodec::digits::write_u64(out, k.into());
            }
        }
    }

    fn type_key(&self) -> TypeKey {
        match self.msg.header.kind {
            1 => TypeKey::Name("NLMSG_NOOP"),
            2 => TypeKey::Name("NLMSG_ERROR"),
            3 => TypeKey::Name("NLMSG_DONE"),
            4 => TypeKey::Name("NLMSG_OVERRUN"),
            k => match &self.desc {
                Some(d)
                    if d.family.base_header_len() == 4
                        && self.msg.payload.first().map(|c| u16::from(*c))
                            != Some(d.op.request) =>
                {
                    TypeKey::Reply(d.op.c_name)
                }
                Some(d) => TypeKey::Name(d.op.c_name),
                None => TypeKey::Num(k),
            },
        }
    }

    /// The message type's name: the C name of the operation (`RTM_NEWLINK`,
    /// `CTRL_CMD_NEWFAMILY`), a control message's (`NLMSG_DONE`), or the number.
    pub fn type_name(&self) -> String {
        match self.msg.header.kind {
            1 => "NLMSG_NOOP".into(),
            2 => "NLMSG_ERROR".into(),
            3 => "NLMSG_DONE".into(),
            4 => "NLMSG_OVERRUN".into(),
            k => match &self.desc {
                // A generic netlink reply carries another command number than the request
                // its operation is named after.
                Some(d)
                    if d.family.base_header_len() == 4
                        && self.msg.payload.first().map(|c| u16::from(*c))
                            != Some(d.op.request) =>
                {
                    format!("{} reply", d.op.c_name)
                }
                Some(d) => d.op.c_name.into(),
                None => k.to_string(),
            },
        }
    }
}

/// Decodes messages, packet by packet, to a writer; problems go to an error writer.
pub struct Decoder<'a> {
    opts: &'a Options,
    out: &'a mut dyn Write,
    err: &'a mut dyn Write,
    /// Generic netlink family ids known so far.
    pub genl: GenlRegistry,
    summary: Summary,
    types: HashMap<(&'static str, TypeKey), u64>,
}

impl<'a> Decoder<'a> {
    /// A decoder printing to `out`, reporting problems to `err`.
    pub fn new(opts: &'a Options, out: &'a mut dyn Write, err: &'a mut dyn Write) -> Self {
        let mut genl = GenlRegistry::new();
        for (id, name) in &opts.genl {
            genl.insert(*id, name);
        }
        Decoder {
            opts,
            out,
            err,
            genl,
            summary: Summary::default(),
            types: HashMap::new(),
        }
    }

    /// Writes a note to the error stream (not counted as a problem).
    pub fn note(&mut self, what: std::fmt::Arguments<'_>) -> io::Result<()> {
        writeln!(self.err, "nldump: {what}")
    }

    /// Reports a problem (counted in [`Summary::errors`]).
    pub fn report(&mut self, what: std::fmt::Arguments<'_>) -> io::Result<()> {
        report(self.err, &mut self.summary, what)
    }

    /// Learns generic netlink family ids from the `CTRL_CMD_NEWFAMILY` messages of a buffer
    /// of generic netlink messages.
    pub fn learn(&mut self, protocol: Protocol, bytes: &[u8]) {
        if protocol == Protocol::GENERIC {
            self.genl.learn_all(bytes);
        }
    }

    /// Decodes and prints the messages of one packet (generic netlink families it announces
    /// are learnt first).
    pub fn packet(&mut self, info: &PacketInfo, bytes: &[u8]) -> io::Result<()> {
        self.summary.packets += 1;
        if info.protocol == Protocol::GENERIC {
            self.genl.learn_all(bytes);
        }
        let mut part = Part::default();
        decode_part(
            self.opts,
            &self.genl,
            info,
            bytes,
            self.summary.messages + 1,
            &mut part,
        );
        self.merge(&mut part)
    }

    /// Writes a decoded part and counts it, leaving it empty for reuse (its buffers keep
    /// their capacity: no new allocation, no fresh pages, for the next round).
    fn merge(&mut self, part: &mut Part) -> io::Result<()> {
        self.out.write_all(part.text.as_bytes())?;
        part.text.clear();
        self.merge_stats(&mut part.stats)
    }

    /// Reports a part's problems and counts its messages, leaving it empty.
    fn merge_stats(&mut self, stats: &mut Stats) -> io::Result<()> {
        for e in stats.errors.drain(..) {
            report(self.err, &mut self.summary, format_args!("{e}"))?;
        }
        self.summary.messages += std::mem::take(&mut stats.messages);
        self.summary.shown += std::mem::take(&mut stats.shown);
        for (k, n) in stats.per_type.drain() {
            *self.types.entry(k).or_insert(0) += n;
        }
        Ok(())
    }

    /// Ends the run: prints the statistics if asked, and returns the summary.
    pub fn finish(self) -> io::Result<Summary> {
        let mut s = self.summary;
        for ((family, ty), n) in self.types {
            let name = match ty {
                TypeKey::Name(n) => n.to_string(),
                TypeKey::Reply(n) => format!("{n} reply"),
                TypeKey::Num(k) => k.to_string(),
            };
            *s.per_type.entry(format!("{family} {name}")).or_insert(0) += n;
        }
        if self.opts.stats {
            if self.opts.json {
                let mut line = String::new();
                json::stats(&mut line, &s);
                self.out.write_all(line.as_bytes())?;
            } else {
                writeln!(
                    self.out,
                    "stats: {} packets, {} messages, {} shown, {} errors",
                    s.packets, s.messages, s.shown, s.errors
                )?;
                for (k, n) in &s.per_type {
                    writeln!(self.out, "  {n:>8}  {k}")?;
                }
            }
        }
        self.out.flush()?;
        Ok(s)
    }
}

/// A message type as counted by `--stats`, without allocating per message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum TypeKey {
    Name(&'static str),
    Reply(&'static str),
    Num(u16),
}

/// What decoding a run of messages produced, merged into the output in order.
#[derive(Default)]
struct Part {
    text: String,
    stats: Stats,
}

/// What decoding a run of messages counted and found wrong.
#[derive(Default)]
struct Stats {
    errors: Vec<String>,
    per_type: HashMap<(&'static str, TypeKey), u64>,
    messages: u64,
    shown: u64,
}

/// Decodes the messages of `bytes` (numbered from `first`) into `part`.
fn decode_part(
    opts: &Options,
    genl: &GenlRegistry,
    info: &PacketInfo,
    bytes: &[u8],
    first: u64,
    part: &mut Part,
) {
    let Part { text: out, stats } = part;
    decode_part_with(opts, genl, info, bytes, first, stats, &mut |ctx| {
        if opts.json {
            json::message(out, ctx);
        } else {
            text::message(out, ctx, opts.offsets);
        }
    });
}

/// Decodes the messages of `bytes` (numbered from `first`), counting them in `stats` and
/// handing each one the filters pass to `print`.
fn decode_part_with(
    opts: &Options,
    genl: &GenlRegistry,
    info: &PacketInfo,
    bytes: &[u8],
    first: u64,
    part: &mut Stats,
    print: &mut dyn FnMut(&MsgCtx<'_>),
) {
    let header_len = nlcodec_families::runtime::family_header_len(info.protocol);
    let schema: Option<&dyn Schema> = match info.protocol {
        Protocol::GENERIC => Some(genl),
        p => schema_of(p).map(|s| s as &dyn Schema),
    };
    let mut it = nlcodec::messages(bytes);
    let mut number = first;
    loop {
        let at = it.offset();
        let msg = match it.next() {
            None => break,
            Some(Ok(m)) => m,
            Some(Err(e)) => {
                let abs = info.offset + at as u64;
                part.errors.push(format!(
                    "packet {} at byte offset {abs}: malformed message stream: {e} \
                     (offsets within the packet)",
                    info.index
                ));
                break;
            }
        };
        let end = (at + msg.header.len as usize).min(bytes.len());
        let desc = match msg.is_control() {
            true => None,
            false => schema.and_then(|s| s.message(msg.header.kind, msg.payload)),
        };
        let ctx = MsgCtx {
            packet: info,
            number,
            offset: info.offset + at as u64,
            bytes: &bytes[at..end],
            msg,
            schema,
            desc,
            header_len,
        };
        number += 1;
        part.messages += 1;
        *part
            .per_type
            .entry((ctx.family_name(), ctx.type_key()))
            .or_insert(0) += 1;
        if let Some(problem) = check(&ctx) {
            part.errors.push(format!(
                "packet {} message {} at byte offset {}: {problem}",
                info.index, ctx.number, ctx.offset
            ));
        }
        if !opts.filter.matches(&ctx) {
            continue;
        }
        part.shown += 1;
        print(&ctx);
    }
}

fn report(err: &mut dyn Write, s: &mut Summary, what: std::fmt::Arguments<'_>) -> io::Result<()> {
    s.errors += 1;
    writeln!(err, "nldump: {what}")
}

/// The first problem in a message: a malformed control payload, a family header cut short,
/// a malformed attribute, or one that breaks the kernel's own checks of its spec (the codec's
/// validator in liberal mode, nests, arrays, sub-messages and records included).
pub fn check(ctx: &MsgCtx<'_>) -> Option<String> {
    let msg = &ctx.msg;
    match msg.decode() {
        Err(e) => return Some(format!("{e} (offsets within the message)")),
        Ok(Payload::Data(_)) => {}
        Ok(_) => return None,
    }
    let problem = match &ctx.desc {
        Some(d) => match d.attrs() {
            Some(set) => set.validate(msg.attrs(d.header_len), Mode::Liberal).err(),
            None => msg.attrs(d.header_len).find_map(Result::err),
        },
        // Payloads of protocols without attributes (audit, sock_diag, ...) are not checked.
        None if ctx.packet.protocol.has_attrs() => msg
            .attrs((ctx.header_len)(msg.header.kind))
            .find_map(Result::err),
        None => None,
    };
    problem.map(|e| format!("{e} (offsets within the message)"))
}

/// The input formats nldump reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Classic pcap (any byte order, micro- or nanosecond).
    Pcap,
    /// pcapng.
    PcapNg,
    /// Raw netlink messages back to back.
    Raw,
}

/// Tells the format from the first bytes.
///
/// ```
/// use nldump::{detect, Format};
/// assert_eq!(detect(&[0x0a, 0x0d, 0x0d, 0x0a]), Format::PcapNg);
/// assert_eq!(detect(&[0xd4, 0xc3, 0xb2, 0xa1]), Format::Pcap);
/// assert_eq!(detect(&[20, 0, 0, 0]), Format::Raw);
/// ```
pub fn detect(bytes: &[u8]) -> Format {
    match bytes.get(..4) {
        Some([0x0a, 0x0d, 0x0d, 0x0a]) => Format::PcapNg,
        Some(m)
            if matches!(
                u32::from_be_bytes([m[0], m[1], m[2], m[3]]),
                0xA1B2C3D4 | 0xA1B23C4D | 0xD4C3B2A1 | 0x4D3CB2A1
            ) =>
        {
            Format::Pcap
        }
        _ => Format::Raw,
    }
}

/// Decodes a whole input held in memory (raw, pcap or pcapng, told apart by [`detect`]) to
/// `out`, reporting problems to `err`. Generic netlink family ids announced anywhere in the
/// input (`CTRL_CMD_NEWFAMILY`) name its messages, before or after.
pub fn decode_input(
    bytes: &[u8],
    opts: &Options,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Summary> {
    let learn = |d: &mut Decoder<'_>| learn_from(&mut &bytes[..], d);
    decode_reader(&mut &bytes[..], Some(&learn), opts, out, err)
}

/// Decodes the file at `path` like [`decode_input`], streaming: memory stays bounded by the
/// largest packet (or raw message), not by the file. When the file holds generic netlink,
/// it is read once more to learn the family ids it announces (a regular file; a FIFO or a
/// device is decoded as a stream, [`decode_stream`]).
pub fn decode_path(
    path: &std::path::Path,
    opts: &Options,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Summary> {
    let mut file = std::fs::File::open(path)?;
    // Only a regular file can be read again; a FIFO or a device (`/dev/stdin`) is a stream.
    if !file.metadata()?.is_file() {
        return decode_stream(&mut file, opts, out, err);
    }
    let learn = |d: &mut Decoder<'_>| learn_from(&mut std::fs::File::open(path)?, d);
    decode_reader(&mut file, Some(&learn), opts, out, err)
}

/// Decodes a stream (standard input, a pipe) like [`decode_input`], in bounded memory. A
/// stream cannot be read twice, so a generic netlink family is named from the message that
/// announces it on, not before.
pub fn decode_stream(
    input: &mut dyn io::Read,
    opts: &Options,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Summary> {
    decode_reader(input, None, opts, out, err)
}

/// Learns the generic netlink family ids of a whole input, printing nothing.
fn learn_from(input: &mut dyn io::Read, d: &mut Decoder<'_>) -> io::Result<()> {
    let mut rounds = Rounds::new(input, d.opts.protocol)?;
    while rounds.next_round()? {
        for (info, bytes) in rounds.units() {
            d.learn(info.protocol, bytes);
        }
    }
    Ok(())
}

/// Reads an input again to learn its generic netlink family ids (see [`decode_reader`]).
type Learn<'f> = dyn Fn(&mut Decoder<'_>) -> io::Result<()> + 'f;

/// The streaming decoder: reads a round (about `2 * CHUNK` bytes of whole messages or
/// packets), decodes it on up to two threads, writes it in order, then reads the next.
/// `learn` (an input that can be read again) learns every generic netlink family id of the
/// input before the first generic netlink packet is decoded; without it ids are learnt as
/// they come.
fn decode_reader(
    input: &mut dyn io::Read,
    learn: Option<&Learn>,
    opts: &Options,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Summary> {
    let mut d = Decoder::new(opts, out, err);
    let mut writer = match &opts.write {
        Some(path) => {
            let file = io::BufWriter::new(std::fs::File::create(path)?);
            Some((PcapWriter::new(file).map_err(io::Error::other)?, path))
        }
        None => None,
    };
    let mut rounds = Rounds::new(input, opts.protocol)?;
    if rounds.is_raw() {
        d.summary.packets += 1;
    }
    let mut learnt = learn.is_none();
    let mut number = 1u64;
    let (mut pa, mut pb) = (Part::default(), Part::default());
    while rounds.next_round()? {
        for e in rounds.take_errors() {
            d.report(format_args!("{e}"))?;
        }
        d.summary.packets += rounds.packets() as u64;
        let units = rounds.units();
        if !learnt && units.iter().any(|(i, _)| i.protocol == Protocol::GENERIC) {
            learnt = true;
            if let Some(learn) = learn {
                learn(&mut d)?;
            }
        }
        if learn.is_none() {
            for (info, bytes) in &units {
                d.learn(info.protocol, bytes);
            }
        }
        if let Some((w, path)) = writer.as_mut() {
            for (proto, dir, time, bytes, sender) in rounds.packets_to_write() {
                if let Err(e) = w.write_from(proto, dir, time, bytes, sender) {
                    d.report(format_args!("writing {}: {e}", path.display()))?;
                }
            }
        }
        let mut numbered = Vec::with_capacity(units.len());
        for (info, bytes) in units {
            numbered.push((info, bytes, number));
            number += nlcodec::messages(bytes).take_while(Result::is_ok).count() as u64;
        }
        decode_round(&mut d, &numbered, &mut pa, &mut pb)?;
    }
    if let Some((w, _)) = writer {
        w.into_inner().flush()?;
    }
    d.finish()
}

/// Decodes one round's units in order: runs of ordinary units on up to two threads, a unit
/// of [`BIG`] bytes or more on this thread, printed as it is decoded.
fn decode_round(
    d: &mut Decoder<'_>,
    units: &[(PacketInfo, &[u8], u64)],
    pa: &mut Part,
    pb: &mut Part,
) -> io::Result<()> {
    let mut rest = units;
    while !rest.is_empty() {
        let small = rest.iter().take_while(|u| u.1.len() < BIG).count();
        let (run, tail) = rest.split_at(small);
        decode_units(d, run, pa, pb)?;
        rest = match tail.split_first() {
            Some(((info, bytes, first), tail)) => {
                decode_big(d, info, bytes, *first)?;
                tail
            }
            None => tail,
        };
    }
    Ok(())
}

/// Decodes a unit whose text would be too big to hold: each message is written out as it
/// is printed, 64 KiB at a time.
fn decode_big(d: &mut Decoder<'_>, info: &PacketInfo, bytes: &[u8], first: u64) -> io::Result<()> {
    let (opts, genl) = (d.opts, &d.genl.clone());
    let mut stats = Stats::default();
    let mut spill = out::Spill::new(d.out, String::new());
    decode_part_with(opts, genl, info, bytes, first, &mut stats, &mut |ctx| {
        if opts.json {
            json::message(&mut spill, ctx);
        } else {
            text::message(&mut spill, ctx, opts.offsets);
        }
    });
    spill.finish()?;
    d.merge_stats(&mut stats)
}

/// Input bytes per unit of parallel work.
const CHUNK: usize = input::CHUNK;

/// Decodes units on up to two threads (when there are enough bytes to pay for it) and
/// writes the parts in input order.
fn decode_units(
    d: &mut Decoder<'_>,
    units: &[(PacketInfo, &[u8], u64)],
    pa: &mut Part,
    pb: &mut Part,
) -> io::Result<()> {
    if units.is_empty() {
        return Ok(());
    }
    // Asked once: on Linux it reads cgroup files.
    static THREADS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let threads =
        *THREADS.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get().min(2)));
    let (opts, genl) = (d.opts, &d.genl.clone());
    let run = |units: &[(PacketInfo, &[u8], u64)], part: &mut Part| {
        for (info, bytes, first) in units {
            decode_part(opts, genl, info, bytes, *first, part);
        }
    };
    let size: usize = units.iter().map(|u| u.1.len()).sum();
    // Threads pay off on big inputs only.
    if threads < 2 || units.len() < 2 || size < CHUNK {
        run(units, pa);
        return d.merge(pa);
    }
    // Two halves of about equal bytes.
    let mut half = 0;
    let mut acc = 0;
    while half < units.len() && acc * 2 < size {
        acc += units[half].1.len();
        half += 1;
    }
    let (a, b) = units.split_at(half.min(units.len() - 1).max(1));
    let joined = std::thread::scope(|s| {
        let hb = s.spawn(|| run(b, pb));
        run(a, pa);
        hb.join()
    });
    if let Err(panic) = joined {
        std::panic::resume_unwind(panic);
    }
    d.merge(pa)?;
    d.merge(pb)
}
