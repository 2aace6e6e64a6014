//! The record walk of pcap and pcapng files, over bytes a reader hands it: one for the
//! streaming reader and the in-memory one.

use crate::{Error, ErrorKind, Packet, COOKED_HEADER_LEN, LINKTYPE_NETLINK, MAX_RECORD};
use pcap_file::pcap::{PcapParser, RawPcapPacket};
use pcap_file::pcapng::blocks::interface_description::InterfaceDescriptionOption;
use pcap_file::pcapng::{Block, PcapNgParser};
use pcap_file::{Endianness, PcapError, TsResolution};
use std::time::Duration;

/// Timestamp resolution of one pcapng interface (units per second as a power of 10 or 2).
#[derive(Clone, Copy)]
pub(crate) struct TsResol(pub(crate) u8);

impl TsResol {
    pub(crate) fn to_duration(self, units: u64) -> Duration {
        let r = self.0;
        if r & 0x80 == 0 {
            let exp = u32::from(r.min(19));
            let per_sec = 10u64.pow(exp);
            let secs = units / per_sec;
            let frac = units % per_sec;
            let nanos = if exp <= 9 {
                frac * 10u64.pow(9 - exp)
            } else {
                frac / 10u64.pow(exp - 9)
            };
            Duration::new(secs, nanos as u32)
        } else {
            let exp = u32::from(r & 0x7f).min(63);
            let per_sec = 1u64 << exp;
            let secs = units >> exp;
            let frac = units & (per_sec - 1);
            let nanos = (u128::from(frac) * 1_000_000_000 / u128::from(per_sec)) as u32;
            Duration::new(secs, nanos)
        }
    }
}

struct Interface {
    linktype: u32,
    tsresol: TsResol,
}

enum Format {
    /// Nothing read yet.
    Start,
    Pcap(PcapParser, TsResolution, u32),
    PcapNg(Box<PcapNgParser>, Vec<Interface>),
    /// A fatal error was reported: nothing more can be read.
    Done,
}

/// The packet of one record: its cooked frame parsed, `orig_len` kept; a record cut by the
/// snapshot length (`cut`: the original length) is an error even when the frame parses.
fn record_packet(
    index: u64,
    offset: u64,
    frame_start: u64,
    ts: Duration,
    frame: &[u8],
    orig: u32,
    cut: Option<u32>,
) -> Result<Packet<'_>, Error> {
    let mut packet = Packet::from_cooked(index, offset, ts, frame)?;
    packet.data_offset = offset + frame_start + COOKED_HEADER_LEN as u64;
    match cut {
        Some(original) => Err(Error {
            packet: index,
            offset,
            kind: ErrorKind::CutBySnaplen {
                captured: frame.len() as u32,
                original,
            },
        }),
        None => Ok(Packet {
            orig_len: orig,
            ..packet
        }),
    }
}

enum Step {
    /// A packet, consuming `usize` bytes.
    Packet(usize, u64, Duration, u32, u32, Option<u32>),
    /// A non-packet record, consumed.
    Skip(usize),
    NeedMore,
    /// An error about the record, which is skipped by `usize` bytes.
    Bad(usize, ErrorKind),
    /// An error after which nothing more can be read.
    Fatal(ErrorKind),
}

/// Reads the file header at the start of `data`: the bytes it took, `None` when more are
/// needed.
fn start(format: &mut Format, data: &[u8]) -> Result<Option<usize>, ErrorKind> {
    if data.len() < 4 {
        return Ok(None);
    }
    let magic = [data[0], data[1], data[2], data[3]];
    if magic == [0x0a, 0x0d, 0x0d, 0x0a] {
        if data.len() >= 12 {
            let len = block_len(data, None);
            if len > MAX_RECORD as u64 {
                return Err(ErrorKind::TooLong { len });
            }
        }
        match PcapNgParser::new(data) {
            Ok((rem, parser)) => {
                let used = data.len() - rem.len();
                *format = Format::PcapNg(Box::new(parser), Vec::new());
                Ok(Some(used))
            }
            Err(PcapError::IncompleteBuffer) => Ok(None),
            Err(e) => Err(ErrorKind::Malformed(e.to_string())),
        }
    } else if matches!(
        u32::from_be_bytes(magic),
        0xA1B2C3D4 | 0xA1B23C4D | 0xD4C3B2A1 | 0x4D3CB2A1
    ) {
        match PcapParser::new(data) {
            Ok((rem, parser)) => {
                let header = parser.header();
                let linktype = u32::from(header.datalink);
                if linktype != LINKTYPE_NETLINK {
                    return Err(ErrorKind::WrongLinkType { linktype });
                }
                let used = data.len() - rem.len();
                *format = Format::Pcap(parser, header.ts_resolution, header.snaplen);
                Ok(Some(used))
            }
            Err(PcapError::IncompleteBuffer) => Ok(None),
            Err(e) => Err(ErrorKind::Malformed(e.to_string())),
        }
    } else {
        Err(ErrorKind::NotACapture { magic })
    }
}

/// Reads the next record at the start of `data`.
fn step(format: &mut Format, data: &[u8]) -> Step {
    match format {
        Format::Pcap(parser, resolution, snaplen) => {
            if data.len() >= 16 {
                let incl = match parser.header().endianness {
                    Endianness::Big => u32::from_be_bytes([data[8], data[9], data[10], data[11]]),
                    Endianness::Little => {
                        u32::from_le_bytes([data[8], data[9], data[10], data[11]])
                    }
                };
                if incl as usize > MAX_RECORD {
                    return Step::Fatal(ErrorKind::TooLong { len: incl.into() });
                }
            }
            match parser.next_raw_packet(data) {
                Ok((rem, raw)) => {
                    let used = data.len() - rem.len();
                    let RawPcapPacket {
                        ts_sec,
                        ts_frac,
                        incl_len,
                        orig_len,
                        ..
                    } = raw;
                    let nanos = match resolution {
                        TsResolution::MicroSecond => u64::from(ts_frac) * 1000,
                        TsResolution::NanoSecond => u64::from(ts_frac),
                    };
                    let ts = Duration::from_secs(ts_sec.into()) + Duration::from_nanos(nanos);
                    let cut = (incl_len < orig_len).then_some(orig_len);
                    let _ = snaplen;
                    Step::Packet(used, 16, ts, incl_len, orig_len, cut)
                }
                Err(PcapError::IncompleteBuffer) => Step::NeedMore,
                Err(e) => Step::Fatal(ErrorKind::Malformed(e.to_string())),
            }
        }
        Format::PcapNg(parser, ifaces) => {
            if data.len() < 12 {
                return Step::NeedMore;
            }
            let big = matches!(parser.section().endianness, Endianness::Big);
            let len = block_len(data, Some(big));
            if len > MAX_RECORD as u64 {
                return Step::Fatal(ErrorKind::TooLong { len });
            }
            // The block's extent first, so that a block whose body is bad can be skipped.
            if len % 4 != 0 || len < 12 {
                return Step::Fatal(ErrorKind::Malformed(format!(
                    "pcapng block length {len}: not a multiple of 4 of at least 12"
                )));
            }
            let used = len as usize;
            if data.len() < used {
                return Step::NeedMore;
            }
            let sections_before = parser.section().clone();
            match parser.next_block(data) {
                Ok((_, block)) => match block {
                    Block::SectionHeader(_) => {
                        ifaces.clear();
                        Step::Skip(used)
                    }
                    Block::InterfaceDescription(idb) => {
                        let tsresol = idb
                            .options
                            .iter()
                            .find_map(|o| match o {
                                InterfaceDescriptionOption::IfTsResol(r) => Some(*r),
                                _ => None,
                            })
                            .unwrap_or(6);
                        ifaces.push(Interface {
                            linktype: u32::from(idb.linktype),
                            tsresol: TsResol(tsresol),
                        });
                        Step::Skip(used)
                    }
                    Block::EnhancedPacket(epb) => {
                        let Some(iface) = ifaces.get(epb.interface_id as usize) else {
                            return Step::Bad(
                                used,
                                ErrorKind::UnknownInterface {
                                    id: epb.interface_id,
                                },
                            );
                        };
                        if iface.linktype != LINKTYPE_NETLINK {
                            return Step::Bad(
                                used,
                                ErrorKind::WrongLinkType {
                                    linktype: iface.linktype,
                                },
                            );
                        }
                        // pcap-file reads the raw 64-bit count as nanoseconds; the unit is
                        // the interface's if_tsresol (microseconds by default).
                        let units = epb.timestamp.as_nanos() as u64;
                        let ts = iface.tsresol.to_duration(units);
                        let data_start = epb.data.as_ptr() as usize - data.as_ptr() as usize;
                        let incl = epb.data.len() as u32;
                        let cut = (incl < epb.original_len).then_some(epb.original_len);
                        Step::Packet(used, data_start as u64, ts, incl, epb.original_len, cut)
                    }
                    Block::SimplePacket(spb) => {
                        let Some(iface) = ifaces.first() else {
                            return Step::Bad(used, ErrorKind::UnknownInterface { id: 0 });
                        };
                        if iface.linktype != LINKTYPE_NETLINK {
                            return Step::Bad(
                                used,
                                ErrorKind::WrongLinkType {
                                    linktype: iface.linktype,
                                },
                            );
                        }
                        let data_start = spb.data.as_ptr() as usize - data.as_ptr() as usize;
                        let incl = spb.data.len() as u32;
                        let cut = (incl < spb.original_len).then_some(spb.original_len);
                        Step::Packet(
                            used,
                            data_start as u64,
                            Duration::ZERO,
                            incl,
                            spb.original_len,
                            cut,
                        )
                    }
                    Block::Packet(pb) => {
                        let Some(iface) = ifaces.get(usize::from(pb.interface_id)) else {
                            return Step::Bad(
                                used,
                                ErrorKind::UnknownInterface {
                                    id: pb.interface_id.into(),
                                },
                            );
                        };
                        if iface.linktype != LINKTYPE_NETLINK {
                            return Step::Bad(
                                used,
                                ErrorKind::WrongLinkType {
                                    linktype: iface.linktype,
                                },
                            );
                        }
                        let ts = iface.tsresol.to_duration(pb.timestamp);
                        let data_start = pb.data.as_ptr() as usize - data.as_ptr() as usize;
                        let incl = pb.data.len() as u32;
                        let cut = (incl < pb.original_len).then_some(pb.original_len);
                        Step::Packet(used, data_start as u64, ts, incl, pb.original_len, cut)
                    }
                    _ => Step::Skip(used),
                },
                // The whole block is there: a body that reads past its end is malformed.
                Err(PcapError::IncompleteBuffer) => Step::Bad(
                    used,
                    ErrorKind::Malformed("pcapng block body shorter than its fields".into()),
                ),
                Err(e) => {
                    // The parser may have dropped its section on a bad section header;
                    // keep reading with the one before.
                    if parser.section().endianness != sections_before.endianness {
                        return Step::Fatal(ErrorKind::Malformed(e.to_string()));
                    }
                    Step::Bad(used, ErrorKind::Malformed(e.to_string()))
                }
            }
        }
        Format::Start | Format::Done => Step::NeedMore,
    }
}

/// The total length of the pcapng block at the start of `data` (at least 12 bytes), in the
/// section's byte order (`None`: a section header, whose byte order its magic tells).
fn block_len(data: &[u8], big: Option<bool>) -> u64 {
    let big = big.unwrap_or_else(|| data.len() >= 12 && data[8..12] == [0x1a, 0x2b, 0x3c, 0x4d]);
    let b = [data[4], data[5], data[6], data[7]];
    u64::from(if big {
        u32::from_be_bytes(b)
    } else {
        u32::from_le_bytes(b)
    })
}

/// The record walk both readers share: file header, then record after record, with packet
/// numbers and errors, over the unread bytes a reader hands it.
pub(crate) struct Walk {
    format: Format,
    /// Packets seen so far (the number of the last one).
    index: u64,
}

/// What [`Walk::next`] found at the start of the unread bytes.
pub(crate) enum Walked<'d> {
    /// A packet or an error, after which the first `usize` bytes are consumed.
    Item(Result<Packet<'d>, Error>, usize),
    /// More bytes are needed; the first `usize` bytes (records skipped) are consumed.
    NeedMore(usize),
    /// Nothing more can be read.
    Done,
}

impl Walk {
    pub(crate) fn new() -> Walk {
        Walk {
            format: Format::Start,
            index: 0,
        }
    }

    /// The error that ends the walk when reading the input failed.
    pub(crate) fn fail_io(&mut self, e: std::io::Error, offset: u64) -> Error {
        self.format = Format::Done;
        Error {
            packet: self.index + 1,
            offset,
            kind: ErrorKind::Io(e),
        }
    }

    /// True once the file header said pcapng.
    pub(crate) fn is_pcapng(&self) -> bool {
        matches!(self.format, Format::PcapNg(..))
    }

    /// Walks `data`, the unread bytes, which start at byte `offset` of the input; `eof`
    /// when no more bytes will come (more needed then is a truncated capture).
    pub(crate) fn next<'d>(&mut self, data: &'d [u8], offset: u64, eof: bool) -> Walked<'d> {
        let mut pos = 0;
        loop {
            let here = &data[pos..];
            let at = offset + pos as u64;
            let fail = |walk: &mut Walk, packet: u64, kind, fatal: bool| {
                if fatal {
                    walk.format = Format::Done;
                }
                Error {
                    packet,
                    offset: at,
                    kind,
                }
            };
            let step = match self.format {
                Format::Done => return Walked::Done,
                Format::Start => match start(&mut self.format, here) {
                    Ok(Some(used)) => {
                        pos += used;
                        continue;
                    }
                    Ok(None) => Step::NeedMore,
                    Err(kind) => return Walked::Item(Err(fail(self, 1, kind, true)), pos),
                },
                _ => step(&mut self.format, here),
            };
            match step {
                Step::Packet(used, data_start, ts, incl, orig, cut) => {
                    self.index += 1;
                    let start = data_start as usize;
                    let frame = &here[start..start + incl as usize];
                    let packet = record_packet(self.index, at, data_start, ts, frame, orig, cut);
                    return Walked::Item(packet, pos + used);
                }
                Step::Skip(used) => pos += used,
                Step::Bad(used, kind) => {
                    self.index += 1;
                    let e = fail(self, self.index, kind, false);
                    return Walked::Item(Err(e), pos + used);
                }
                Step::Fatal(kind) => {
                    let e = fail(self, self.index + 1, kind, true);
                    return Walked::Item(Err(e), pos);
                }
                Step::NeedMore if !eof => return Walked::NeedMore(pos),
                Step::NeedMore => {
                    self.format = Format::Done;
                    let have = here.len();
                    if have == 0 {
                        return Walked::Done;
                    }
                    let kind = ErrorKind::Truncated { have };
                    let e = fail(self, self.index + 1, kind, true);
                    return Walked::Item(Err(e), pos);
                }
            }
        }
    }
}
