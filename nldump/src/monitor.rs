//! `nldump monitor`: live multicast traffic, decoded as it comes and optionally recorded as a
//! pcap capture that `nldump` (and Wireshark) read back.

use crate::groups::{resolve_genl_group, rtnl_groups};
use crate::{protocol, Decoder, Options, PacketInfo, Summary};
use nlcodec_socket::pcap::{Direction, PcapWriter};
use nlcodec_socket::{Protocol, Socket};
use std::io::{self, Write};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// What to listen to and for how long.
#[derive(Debug, Clone, Default)]
pub struct MonitorOptions {
    /// Group names: rtnetlink (`link`, `addr`, `rtnlgrp-link`, a number) or `FAMILY:GROUP`.
    pub groups: Vec<String>,
    /// Record every datagram into this pcap file.
    pub write: Option<std::path::PathBuf>,
    /// Stop after this many datagrams.
    pub count: Option<u64>,
    /// Stop after this long.
    pub duration: Option<Duration>,
}

struct Datagram {
    protocol: u16,
    time: Duration,
    bytes: Vec<u8>,
}

fn listen(sock: Socket, protocol: u16, tx: mpsc::Sender<Result<Datagram, String>>) {
    let mut sock = sock;
    loop {
        // A monitor waits as long as it takes: no deadline (the socket's default is 10 s).
        let r = match sock.recv_raw_until(None) {
            Ok((bytes, _)) => Ok(Datagram {
                protocol,
                time: SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .unwrap_or_default(),
                bytes: bytes.to_vec(),
            }),
            Err(e) => Err(format!("{} socket: {e}", protocol::name(protocol))),
        };
        let fatal = r.is_err();
        if tx.send(r).is_err() || fatal {
            return;
        }
    }
}

/// Subscribes, then decodes (and records) datagrams until the count or duration is reached
/// (or forever). Group names are resolved first; a name that does not resolve is an error
/// before anything is received.
pub fn run(
    mon: &MonitorOptions,
    opts: &Options,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Summary> {
    let fail = |e: String| io::Error::new(io::ErrorKind::InvalidInput, e);
    let (mut rtnl, mut genl) = (Vec::new(), Vec::new());
    let mut learnt = Vec::new();
    for g in &mon.groups {
        if g.contains(':') {
            let (fam, id) = resolve_genl_group(g).map_err(fail)?;
            learnt.push((fam.id, fam.name.clone()));
            genl.push(id);
        } else {
            let ids = rtnl_groups(g).ok_or_else(|| {
                fail(format!(
                    "unknown rtnetlink group {g:?} (try link, addr, route, neigh, rule, nexthop, \
                     or FAMILY:GROUP for generic netlink)"
                ))
            })?;
            rtnl.extend(ids);
        }
    }
    if rtnl.is_empty() && genl.is_empty() {
        return Err(fail("no group to monitor".into()));
    }
    let (tx, rx) = mpsc::channel();
    for (proto, ids) in [(protocol::ROUTE, &rtnl), (protocol::GENERIC, &genl)] {
        if ids.is_empty() {
            continue;
        }
        let sock = Socket::open(Protocol(proto.into()))
            .map_err(|e| io::Error::other(format!("{} socket: {e}", protocol::name(proto))))?;
        for id in ids {
            sock.add_membership(*id)
                .map_err(|e| io::Error::other(format!("joining group {id}: {e}")))?;
        }
        let tx = tx.clone();
        std::thread::spawn(move || listen(sock, proto, tx));
    }
    drop(tx);
    let mut writer = match &mon.write {
        Some(path) => {
            let f = std::fs::File::create(path)?;
            Some(PcapWriter::new(io::BufWriter::new(f)).map_err(io::Error::other)?)
        }
        None => None,
    };
    let mut opts = opts.clone();
    opts.genl.extend(learnt);
    let mut d = Decoder::new(&opts, out, err);
    let start = Instant::now();
    let mut seen = 0u64;
    // Where each datagram's netlink bytes are: in the pcap being written (its 24-byte file
    // header, then per packet a 16-byte record header and the 16-byte cooked header before
    // the bytes), so `nldump FILE.pcap` later shows the same offsets; without `--write`, in
    // the stream of every datagram received so far.
    let mut at: u64 = if writer.is_some() {
        PCAP_FILE_HEADER
    } else {
        0
    };
    loop {
        if mon.count.is_some_and(|c| seen >= c) {
            break;
        }
        let got = match mon.duration {
            Some(limit) => match limit.checked_sub(start.elapsed()) {
                Some(left) => match rx.recv_timeout(left) {
                    Ok(g) => g,
                    Err(_) => break,
                },
                None => break,
            },
            None => match rx.recv() {
                Ok(g) => g,
                Err(_) => break,
            },
        };
        let g = match got {
            Ok(g) => g,
            Err(e) => {
                d.report(format_args!("{e}"))?;
                break;
            }
        };
        seen += 1;
        if let Some(w) = writer.as_mut() {
            w.write(g.protocol, Direction::Received, g.time, &g.bytes)
                .map_err(io::Error::other)?;
        }
        let offset = if writer.is_some() {
            at + PCAP_RECORD_HEADERS
        } else {
            at
        };
        at = offset + g.bytes.len() as u64;
        let info = PacketInfo {
            index: seen,
            offset,
            protocol: g.protocol,
            direction: Some(Direction::Received),
            timestamp: Some(g.time),
        };
        d.packet(&info, &g.bytes)?;
    }
    if let Some(w) = writer {
        w.into_inner().flush()?;
    }
    d.finish()
}

/// The pcap file header's size.
const PCAP_FILE_HEADER: u64 = 24;

/// What the pcap writer puts before a packet's netlink bytes: the record header and the
/// Linux cooked header (`LINKTYPE_NETLINK`).
const PCAP_RECORD_HEADERS: u64 = 16 + 16;
