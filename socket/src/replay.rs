//! Recordings: [`Record`] writes every datagram a socket sends and receives to a pcap file
//! (link type `LINKTYPE_NETLINK`, 253, so Wireshark and tshark read it); [`Replay`] plays one
//! back as a transport, so the same code runs again without a kernel.

use crate::addr::Addr;
use crate::error::Error;
use crate::netns::Netns;
use crate::socket::Socket;
use crate::transport::{deliver, Received, Transport};
use nlcodec::consts::NLMSG_HDRLEN;
use nlcodec::Header;
use nlcodec::Protocol;
use nlcodec_capture::{CaptureReader, Direction, PcapWriter};
use std::collections::VecDeque;
use std::io::{Read, Write};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

fn recording(e: impl std::fmt::Display) -> Error {
    Error::Recording(e.to_string())
}

/// A transport that passes everything to `T` and writes each datagram sent and received to
/// a pcap file (`Sent` for requests, `Received` for answers and events).
///
/// ```no_run
/// use nlcodec_socket::{Protocol, Socket};
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let sock = Socket::open(Protocol::ROUTE)?;
/// sock.set_ext_ack(true)?; // kernel options before wrapping
/// let mut sock = sock.record(std::fs::File::create("links.pcap")?)?;
/// let mut req = nlcodec_socket::message(nlcodec_families::rt_link::RTM_GETLINK, 0, &nlcodec_families::rt_link::Ifinfomsg::default(), |_| Ok(()))?;
/// sock.dump(&mut req)?;
/// sock.into_transport().finish()?; // flushed
/// # Ok(()) }
/// ```
pub struct Record<T: Transport, W: Write> {
    inner: T,
    writer: PcapWriter<W>,
    protocol: u16,
}

impl<T: Transport + std::fmt::Debug, W: Write> std::fmt::Debug for Record<T, W> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Record")
            .field("inner", &self.inner)
            .field("count", &self.writer.count())
            .finish()
    }
}

impl<T: Transport, W: Write> Record<T, W> {
    /// Records `inner`'s datagrams of `protocol` into `w` (the pcap header is written now).
    pub fn new(inner: T, protocol: Protocol, w: W) -> Result<Self, Error> {
        Ok(Record {
            inner,
            writer: PcapWriter::new(w).map_err(recording)?,
            protocol: protocol.0,
        })
    }

    /// Datagrams written so far.
    pub fn count(&self) -> u64 {
        self.writer.count()
    }

    /// The recorded transport.
    pub fn inner(&self) -> &T {
        &self.inner
    }

    /// Flushes the recording and hands back the writer.
    pub fn finish(self) -> Result<W, Error> {
        let mut w = self.writer.into_inner();
        w.flush().map_err(recording)?;
        Ok(w)
    }

    fn write(&mut self, direction: Direction, bytes: &[u8]) -> Result<(), Error> {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        self.writer
            .write(self.protocol, direction, now, bytes)
            .map_err(recording)
    }
}

impl<T: Transport, W: Write> Transport for Record<T, W> {
    fn send(&mut self, bytes: &[u8], to: Addr, deadline: Option<Instant>) -> Result<usize, Error> {
        let n = self.inner.send(bytes, to, deadline)?;
        self.write(Direction::Sent, bytes)?;
        Ok(n)
    }

    fn recv(&mut self, buf: &mut Vec<u8>, deadline: Option<Instant>) -> Received {
        let r = self.inner.recv(buf, deadline)?;
        if let Some((n, _)) = r {
            self.write(Direction::Received, &buf[..n])?;
        }
        Ok(r)
    }

    fn local_addr(&mut self) -> Result<Addr, Error> {
        self.inner.local_addr()
    }

    fn reserve_send(&mut self, len: usize) -> Result<(), Error> {
        self.inner.reserve_send(len)
    }
}

impl<T: Transport> Socket<T> {
    /// The same socket (options, schema, timeout, sequence numbers) with every datagram it
    /// sends or receives from now on recorded into `w` as pcap (see [`Record`]).
    pub fn record<W: Write>(self, w: W) -> Result<Socket<Record<T, W>>, Error> {
        let protocol = self.protocol;
        self.map_transport(|t| Record::new(t, protocol, w))
    }
}

/// The environment variable that makes [`Socket::from_env`] record the run to a pcap file.
pub const RECORD_ENV: &str = "NLCODEC_RECORD";

/// The environment variable that makes [`Socket::from_env`] replay a recording instead of
/// talking to the kernel.
pub const REPLAY_ENV: &str = "NLCODEC_REPLAY";

impl Socket<Box<dyn Transport + Send>> {
    /// A socket of `protocol` whose transport the environment picks, so a tool's own code
    /// runs unchanged over the kernel, over the kernel while recording, or over a recording
    /// with no kernel at all (in its tests, on a machine without the links it talks about):
    /// - [`REPLAY_ENV`] (`NLCODEC_REPLAY=FILE`): a [`Replay`] of the recording in `FILE`;
    /// - [`RECORD_ENV`] (`NLCODEC_RECORD=FILE`): [`Socket::open`], every datagram sent and
    ///   received written to `FILE` as pcap (see [`Record`]);
    /// - neither (or empty): [`Socket::open`].
    ///
    /// ```no_run
    /// use nlcodec_socket::{message, Protocol, Socket};
    /// // NLCODEC_RECORD=links.pcap tool   then   NLCODEC_REPLAY=links.pcap tool
    /// let mut sock = Socket::from_env(Protocol::ROUTE)?;
    /// let hdr = nlcodec_families::rt_link::Ifinfomsg::default();
    /// let links = sock.dump(&mut message(nlcodec_families::rt_link::RTM_GETLINK, 0, &hdr, |_| Ok(()))?)?;
    /// # Ok::<(), nlcodec_socket::Error>(())
    /// ```
    pub fn from_env(protocol: Protocol) -> Result<Self, Error> {
        Socket::from_env_in(None, protocol)
    }

    /// [`from_env`](Self::from_env) with the kernel's socket opened in the network
    /// namespace `netns` ([`Socket::open_in`]) when one is given; a replay ignores it.
    ///
    /// ```no_run
    /// use nlcodec_socket::{Netns, Protocol, Socket};
    /// let sock = Socket::from_env_in(Some(Netns::Name("blue")), Protocol::ROUTE)?;
    /// # Ok::<(), nlcodec_socket::Error>(())
    /// ```
    pub fn from_env_in(netns: Option<Netns<'_>>, protocol: Protocol) -> Result<Self, Error> {
        let var = |name| std::env::var_os(name).filter(|v| !v.is_empty());
        if let Some(path) = var(REPLAY_ENV) {
            return Ok(Socket::with_transport(protocol, Replay::open(path)?)?.boxed());
        }
        let sock = match netns {
            Some(ns) => Socket::open_in(ns, protocol)?,
            None => Socket::open(protocol)?,
        };
        Ok(match var(RECORD_ENV) {
            Some(path) => {
                let file = std::fs::File::create(&path).map_err(recording)?;
                sock.record(file)?.boxed()
            }
            None => sock.boxed(),
        })
    }
}

/// A transport that plays back a recording made with [`Record`] (or any netlink pcap of one
/// socket's exchange): each request sent must equal the next one recorded (sequence number
/// aside: answers are renumbered to the request's), and the datagrams recorded after it are
/// what the socket receives. Where the recording has nothing more before the next request,
/// a receive ends at once with the deadline passed.
///
/// The recording does not keep senders' addresses: a recorded datagram whose messages all
/// carry sequence number 0 is replayed as multicast (group mask 1), everything else as from
/// the kernel. The socket's port id is the one the recorded answers carry.
///
/// ```
/// use nlcodec_socket::{message, Fake, Protocol, Replay, Socket};
/// // Record a fake exchange into memory, then replay it.
/// let fake = Fake::new(|req| vec![req.dump_reply([b"link"])]);
/// let mut s = Socket::with_transport(Protocol::ROUTE, fake).unwrap().record(Vec::new()).unwrap();
/// let hdr = nlcodec_families::rt_link::Ifinfomsg::default();
/// let live = s.dump(&mut message(nlcodec_families::rt_link::RTM_GETLINK, 0, &hdr, |_| Ok(())).unwrap()).unwrap();
/// let pcap = s.into_transport().finish().unwrap();
///
/// let replay = Replay::from_reader(&pcap[..]).unwrap();
/// let mut s = Socket::with_transport(replay.protocol(), replay).unwrap();
/// let again = s.dump(&mut message(nlcodec_families::rt_link::RTM_GETLINK, 0, &hdr, |_| Ok(())).unwrap()).unwrap();
/// assert_eq!(live, again);
/// ```
#[derive(Debug, Clone)]
pub struct Replay {
    packets: VecDeque<(u64, Direction, Vec<u8>)>,
    protocol: Protocol,
    port: u32,
    /// Recorded sequence number -> the one the replaying socket used.
    renumber: Vec<(u32, u32)>,
}

impl Replay {
    /// Reads a whole recording (pcap or pcapng, link type 253).
    pub fn from_reader<R: Read>(r: R) -> Result<Replay, Error> {
        let mut packets = VecDeque::new();
        let mut protocol = None;
        for p in CaptureReader::new(r) {
            let p = p.map_err(recording)?;
            protocol.get_or_insert(p.protocol);
            packets.push_back((p.index, p.direction, p.data.into_owned()));
        }
        let port = packets
            .iter()
            .filter(|(_, d, _)| *d == Direction::Received)
            .flat_map(|(_, _, b)| nlcodec::messages(b).map_while(Result::ok))
            .find(|m| m.header.seq != 0)
            .map_or(crate::Fake::PORT, |m| m.header.pid);
        Ok(Replay {
            packets,
            protocol: Protocol(protocol.unwrap_or(0)),
            port,
            renumber: Vec::new(),
        })
    }

    /// Reads the recording at `path`.
    pub fn open(path: impl AsRef<std::path::Path>) -> Result<Replay, Error> {
        let f = std::fs::File::open(path).map_err(recording)?;
        Replay::from_reader(std::io::BufReader::new(f))
    }

    /// The netlink protocol of the recording (of its first packet).
    pub fn protocol(&self) -> Protocol {
        self.protocol
    }

    /// Recorded datagrams not played back yet.
    pub fn remaining(&self) -> usize {
        self.packets.len()
    }
}

impl Transport for Replay {
    fn send(&mut self, bytes: &[u8], _to: Addr, _: Option<Instant>) -> Result<usize, Error> {
        let next = self
            .packets
            .iter()
            .position(|(_, d, _)| *d == Direction::Sent);
        let Some((index, _, recorded)) = next.and_then(|i| self.packets.remove(i)) else {
            return Err(Error::ReplayMismatch {
                packet: None,
                reason: "the recording has no more requests".into(),
            });
        };
        let (Ok(want), Ok(got)) = (Header::parse(&recorded), Header::parse(bytes)) else {
            return Err(Error::ReplayMismatch {
                packet: Some(index),
                reason: "not a netlink message".into(),
            });
        };
        let body = |b: &[u8]| b.get(NLMSG_HDRLEN..).map(<[u8]>::to_vec);
        if (want.kind, want.flags) != (got.kind, got.flags) || body(&recorded) != body(bytes) {
            let at = recorded
                .iter()
                .zip(bytes)
                .position(|(a, b)| a != b)
                .unwrap_or(recorded.len().min(bytes.len()));
            return Err(Error::ReplayMismatch {
                packet: Some(index),
                reason: format!(
                    "request differs from the recorded one at byte {at} (type {} flags {:#x}, recorded type {} flags {:#x})",
                    got.kind, got.flags, want.kind, want.flags
                ),
            });
        }
        self.renumber.retain(|(r, _)| *r != want.seq);
        self.renumber.push((want.seq, got.seq));
        Ok(bytes.len())
    }

    fn recv(&mut self, buf: &mut Vec<u8>, _deadline: Option<Instant>) -> Received {
        let mut bytes = match self.packets.front() {
            Some((_, Direction::Received, _)) => match self.packets.pop_front() {
                Some((_, _, b)) => b,
                None => return Ok(None),
            },
            _ => return Ok(None),
        };
        let mut all_zero = true;
        let mut at = 0;
        while let Ok(h) = Header::parse(&bytes[at..]) {
            let len = (h.len as usize).max(NLMSG_HDRLEN);
            all_zero &= h.seq == 0;
            if let Some(&(_, now)) = self.renumber.iter().find(|(r, _)| *r == h.seq) {
                let patched = Header { seq: now, ..h };
                bytes[at..at + NLMSG_HDRLEN].copy_from_slice(&patched.to_bytes());
            }
            // A length near u32::MAX must not wrap `at` where usize is 32 bits.
            match at.checked_add(nlcodec::consts::align(len)) {
                Some(next) if next < bytes.len() => at = next,
                _ => break,
            }
        }
        let from = if all_zero {
            Addr::group(1)
        } else {
            Addr::KERNEL
        };
        Ok(deliver(buf, &bytes, from))
    }

    fn local_addr(&mut self) -> Result<Addr, Error> {
        Ok(Addr::port(self.port))
    }
}
