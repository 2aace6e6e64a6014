//! `nldump monitor`: live multicast traffic, decoded as it comes and optionally recorded as a
//! pcap capture that `nldump` (and Wireshark) read back.

use crate::groups::{resolve_genl_group, rtnl_groups};
use crate::{Decoder, Options, PacketInfo, Summary};
use nlcodec::Protocol;
use nlcodec_capture::{Direction, PcapWriter};
use nlcodec_socket::Socket;
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
    /// Show (and record) datagrams whose sender is not the kernel, marked with its port id;
    /// by default they are dropped and counted.
    pub all_senders: bool,
}

/// What a listening thread hands over.
enum Got {
    /// A datagram: from the kernel, or (with `--all-senders`) from `sender`.
    Datagram {
        protocol: Protocol,
        time: Duration,
        bytes: Vec<u8>,
        sender: Option<u32>,
    },
    /// `ENOBUFS`: the socket's receive buffer overflowed and events were dropped here.
    Lost { protocol: Protocol, time: Duration },
    /// A datagram from another process, dropped.
    Foreign,
    /// The socket failed; its thread has ended.
    Failed(String),
}

fn now() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

fn listen(sock: Socket, protocol: Protocol, all_senders: bool, tx: mpsc::Sender<Got>) {
    let mut sock = sock;
    loop {
        // A monitor waits as long as it takes: no deadline (the socket's default is 10 s).
        let got = match sock.recv_raw_until(None) {
            // Anyone can send to a port id; only the kernel (port 0) sends events.
            Ok((_, from)) if from.port != 0 && !all_senders => Got::Foreign,
            Ok((bytes, from)) => Got::Datagram {
                protocol,
                time: now(),
                bytes: bytes.to_vec(),
                sender: (from.port != 0).then_some(from.port),
            },
            Err(nlcodec_socket::Error::EventsLost) => Got::Lost {
                protocol,
                time: now(),
            },
            Err(e) => Got::Failed(format!("{} socket: {e}", protocol.name())),
        };
        let fatal = matches!(got, Got::Failed(_));
        if tx.send(got).is_err() || fatal {
            return;
        }
    }
}

/// What stands for lost events in the output and the `--write` capture: one
/// `NLMSG_OVERRUN` message ("data lost"), from the kernel, sequence number 0.
pub fn lost_marker() -> Vec<u8> {
    nlcodec_socket::fake::message(nlcodec::consts::NLMSG_OVERRUN, 0, 0, 0, &[])
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
    for (proto, ids) in [(Protocol::ROUTE, &rtnl), (Protocol::GENERIC, &genl)] {
        if ids.is_empty() {
            continue;
        }
        let sock = Socket::open(proto)
            .map_err(|e| io::Error::other(format!("{} socket: {e}", proto.name())))?;
        for id in ids {
            sock.add_membership(*id)
                .map_err(|e| io::Error::other(format!("joining group {id}: {e}")))?;
        }
        let tx = tx.clone();
        let all = mon.all_senders;
        std::thread::spawn(move || listen(sock, proto, all, tx));
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
    let mut foreign = 0u64;
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
        let (protocol, time, bytes, sender) = match got {
            Got::Datagram {
                protocol,
                time,
                bytes,
                sender,
            } => (protocol, time, bytes, sender),
            Got::Lost { protocol, time } => {
                d.report(format_args!(
                    "{} socket: ENOBUFS: the receive buffer overflowed and events were lost \
                     here (NLMSG_OVERRUN in the output); going on",
                    protocol.name()
                ))?;
                (protocol, time, lost_marker(), None)
            }
            Got::Foreign => {
                foreign += 1;
                continue;
            }
            Got::Failed(e) => {
                d.report(format_args!("{e}"))?;
                break;
            }
        };
        seen += 1;
        if let Some(w) = writer.as_mut() {
            w.write_from(protocol.0, Direction::Received, time, &bytes, sender)
                .map_err(io::Error::other)?;
        }
        let offset = if writer.is_some() {
            at + PCAP_RECORD_HEADERS
        } else {
            at
        };
        at = offset + bytes.len() as u64;
        let info = PacketInfo {
            index: seen,
            offset,
            protocol,
            direction: Some(Direction::Received),
            timestamp: Some(time),
            sender,
        };
        d.packet(&info, &bytes)?;
    }
    if foreign > 0 {
        // Said at the end, not counted as a problem: nothing forged was shown.
        d.note(format_args!(
            "{foreign} datagram(s) from senders other than the kernel dropped \
             (--all-senders shows them)"
        ))?;
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
