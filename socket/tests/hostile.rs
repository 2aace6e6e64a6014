//! Hostile and unlucky peers, without a kernel: forged senders, dumps given up on, endless
//! answers, spurious control messages and odd error codes. Each test fails on the code
//! before its fix (issue "Hostile and unlucky peers"); the real-kernel versions are in
//! `kernel.rs`.

mod requests;

use nlcodec::consts::*;
use nlcodec_families::rt_link::{Ifinfomsg, LinkAttrsBuilder, RTM_NEWLINK};
use nlcodec_socket::fake::{message as raw, Delivery};
use nlcodec_socket::{
    deliver, message, Addr, Error, Fake, FakeRequest, Protocol, Received, Socket, Transport,
};
use requests::{getlink, setlink};
use std::collections::VecDeque;
use std::time::{Duration, Instant};

fn link(index: i32) -> Vec<u8> {
    let hdr = Ifinfomsg {
        ifi_index: index,
        ..Default::default()
    };
    let m = message(RTM_NEWLINK, 0, &hdr, |w| {
        LinkAttrsBuilder::new(w)
            .ifname(&format!("l{index}"))
            .map(|_| ())
    })
    .unwrap();
    m[NLMSG_HDRLEN..].to_vec()
}

fn sock(f: Fake) -> Socket<Fake> {
    Socket::with_transport(Protocol::ROUTE, f).unwrap()
}

/// A peer that dumps like the kernel: one chunk per receive, produced only when the previous
/// one was read, and `EBUSY` for a dump asked while another is still running.
struct DumpingKernel {
    links: i32,
    per_chunk: i32,
    running: Option<(u32, i32)>, // (seq, next link)
    queue: VecDeque<Vec<u8>>,
    port: u32,
}

impl DumpingKernel {
    fn new(links: i32, per_chunk: i32) -> DumpingKernel {
        DumpingKernel {
            links,
            per_chunk,
            running: None,
            queue: VecDeque::new(),
            port: 99,
        }
    }

    fn next_chunk(&mut self) {
        let Some((seq, next)) = self.running else {
            return;
        };
        let mut chunk = Vec::new();
        let end = (next + self.per_chunk).min(self.links);
        for i in next..end {
            chunk.extend(raw(RTM_NEWLINK, NLM_F_MULTI, seq, self.port, &link(i)));
        }
        if end == self.links {
            chunk.extend(raw(NLMSG_DONE, NLM_F_MULTI, seq, self.port, &[0; 4]));
            self.running = None;
        } else {
            self.running = Some((seq, end));
        }
        self.queue.push_back(chunk);
    }
}

impl Transport for DumpingKernel {
    fn send(&mut self, bytes: &[u8], _: Addr, _: Option<Instant>) -> Result<usize, Error> {
        let req = FakeRequest::new(bytes, self.port).unwrap();
        if self.running.is_some() {
            self.queue.push_back(req.error(16)); // EBUSY
        } else {
            self.running = Some((req.header.seq, 0));
            self.next_chunk();
        }
        Ok(bytes.len())
    }

    fn recv(&mut self, buf: &mut Vec<u8>, _: Option<Instant>) -> Received {
        let Some(d) = self.queue.pop_front() else {
            return Ok(None);
        };
        if self.queue.is_empty() {
            self.next_chunk(); // as netlink_recvmsg does once the queue has room
        }
        Ok(deliver(buf, &d, Addr::KERNEL))
    }

    fn local_addr(&mut self) -> Result<Addr, Error> {
        Ok(Addr::port(self.port))
    }
}

#[test]
fn a_dump_given_up_on_is_drained_before_the_next_call() {
    let mut s = Socket::with_transport(Protocol::ROUTE, DumpingKernel::new(50, 4)).unwrap();
    // A reply limit that the first dump passes after a few chunks: it ends early...
    s.set_reply_limit(Some(400));
    let e = s.dump(&mut getlink()).unwrap_err();
    assert!(matches!(e, Error::ReplyTooLarge { limit: 400 }), "{e:?}");
    // ...and the next dumps still get everything, not EBUSY.
    s.set_reply_limit(None);
    for _ in 0..3 {
        assert_eq!(s.dump(&mut getlink()).unwrap().len(), 50);
    }
    assert!(s.stale_replies_skipped() > 0);
}

#[test]
fn a_dump_that_timed_out_is_drained_before_the_next_call() {
    let mut s = Socket::with_transport(Protocol::ROUTE, DumpingKernel::new(40, 4)).unwrap();
    s.set_timeout(Duration::from_millis(20));
    let e = s
        .dump_with(&mut getlink(), |_| {
            std::thread::sleep(Duration::from_millis(30));
            Ok::<_, Error>(std::ops::ControlFlow::Continue(()))
        })
        .unwrap_err();
    assert!(matches!(e, Error::Timeout { .. }), "{e:?}");
    assert_eq!(s.dump(&mut getlink()).unwrap().len(), 40);
}

#[test]
fn a_forged_ack_before_the_answer_is_skipped_and_the_call_gets_the_real_one() {
    let mut s = sock(Fake::new(|req| vec![req.error(17)])); // EEXIST
    for forged in [
        raw(NLMSG_ERROR, 0, 1, Fake::PORT, &[0; 20]), // a well-formed ACK
        vec![1, 2, 3],                                // garbage
        raw(NLMSG_DONE, NLM_F_MULTI, 1, Fake::PORT, &[0; 4]),
    ] {
        s.transport_mut().push(Delivery::Datagram {
            bytes: forged,
            from: Addr::port(31337),
        });
    }
    let e = s.request(&mut setlink(1)).unwrap_err();
    assert_eq!(e.kernel().map(|k| k.errno), Some(17), "{e:?}");
    assert_eq!(s.foreign_datagrams_skipped(), 3);
    assert_eq!(s.stale_replies_skipped(), 0);
}

#[test]
fn next_event_skips_a_malformed_forged_datagram_before_parsing_it() {
    let mut s = sock(Fake::new(|_| vec![]));
    s.transport_mut().push(Delivery::Datagram {
        bytes: vec![20, 0, 0, 0, 16, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        from: Addr::port(15007),
    });
    s.transport_mut().push(Delivery::Datagram {
        bytes: raw(RTM_NEWLINK, 0, 0, 0, &link(3)),
        from: Addr::group(1),
    });
    let ev = s.next_event().unwrap();
    assert_eq!(ev.from, Addr::group(1));
    assert_eq!(s.foreign_datagrams_skipped(), 1);
}

#[test]
fn an_event_of_a_group_above_32_is_multicast_not_a_stale_reply() {
    let mut s = sock(Fake::new(|req| vec![req.ack()]));
    // The kernel reports a zero mask for groups above 32; only the group number tells.
    let from = Addr::group(33);
    assert_eq!(from.groups, 0);
    s.transport_mut().push(Delivery::Datagram {
        bytes: raw(RTM_NEWLINK, 0, 0, 0, &link(3)),
        from,
    });
    s.request(&mut setlink(1)).unwrap();
    assert_eq!(s.stale_replies_skipped(), 0);
    s.transport_mut().push(Delivery::Datagram {
        bytes: raw(RTM_NEWLINK, 0, 0, 0, &link(3)),
        from,
    });
    assert!(s.recv().unwrap().is_multicast());
}

#[test]
fn an_endless_answer_stops_at_the_reply_limit() {
    // A peer that streams NLM_F_MULTI data and never sends DONE.
    let mut s = sock(Fake::new(|req| {
        (0..10_000)
            .map(|i| req.message(RTM_NEWLINK, NLM_F_MULTI, &link(i)))
            .collect()
    }));
    s.set_reply_limit(Some(64 * 1024));
    let e = s.dump(&mut getlink()).unwrap_err();
    assert!(matches!(e, Error::ReplyTooLarge { limit: 65536 }), "{e:?}");
    assert!(e.to_string().contains("65536"));
    let e = s.request(&mut setlink(1)).unwrap_err();
    assert!(matches!(e, Error::ReplyTooLarge { .. }), "{e:?}");
}

#[test]
fn fake_error_and_done_take_any_code() {
    let req = setlink(1);
    let f = FakeRequest::new(&req, 1).unwrap();
    for code in [i32::MIN, -1, 0, 1, i32::MAX] {
        let e = f.error(code);
        let d = f.done(code);
        assert_eq!(nlcodec::messages(&e).count(), 1);
        assert_eq!(nlcodec::messages(&d).count(), 1);
    }
}

#[test]
fn a_spurious_ack_does_not_end_a_dump() {
    let mut s = sock(Fake::new(|req| {
        vec![req.ack(), req.dump_reply([link(1), link(2)])]
    }));
    assert_eq!(s.dump(&mut getlink()).unwrap().len(), 2);
    assert_eq!(s.stale_replies_skipped(), 0);
}

#[test]
fn done_does_not_end_a_do() {
    // A do answered by a multipart reply, its DONE, then the ACK (a genl GET does this).
    let mut s = sock(Fake::new(|req| {
        vec![
            req.message(RTM_NEWLINK, NLM_F_MULTI, &link(1)),
            req.done(0),
            req.error(1),
        ]
    }));
    let e = s.request(&mut setlink(1)).unwrap_err();
    assert_eq!(
        e.kernel().map(|k| k.errno),
        Some(1),
        "the ACK ends it, not DONE"
    );
}

#[test]
fn a_positive_error_code_is_shown_as_it_came() {
    let mut s = sock(Fake::new(|req| vec![req.error(-5)])); // error field +5
    let e = s.request(&mut setlink(1)).unwrap_err();
    let text = e.to_string();
    assert!(
        text.contains("error code 5 (not a negative errno)"),
        "{text}"
    );
    assert!(!text.contains("Unknown error"), "{text}");
}

#[test]
fn ext_ack_text_that_is_not_utf8_keeps_the_errno() {
    let mut s = sock(Fake::new(|req| {
        let mut e = req.error_with(22, Some("bad"), None);
        // The text "bad" becomes "b\xffd".
        let at = e.windows(3).position(|w| w == b"bad").unwrap();
        e[at + 1] = 0xff;
        vec![e]
    }));
    let e = s.request(&mut setlink(1)).unwrap_err();
    let k = e.kernel().unwrap_or_else(|| panic!("{e:?}"));
    assert_eq!(k.errno, 22);
    assert_eq!(k.message.as_deref(), Some("b\u{fffd}d"));
}

#[test]
fn a_replayed_length_near_u32_max_does_not_wrap() {
    // A recording whose received packet claims a huge nlmsg_len: the replay hands it over
    // as it is (the socket then names it malformed) instead of overflowing its walk.
    let mut pcap = Vec::new();
    let mut w = nlcodec_capture::PcapWriter::new(&mut pcap).unwrap();
    let now = Duration::from_secs(1);
    let req = {
        let mut r = setlink(1);
        r[6..8].copy_from_slice(&(NLM_F_REQUEST | NLM_F_ACK).to_ne_bytes());
        r[8..12].copy_from_slice(&1u32.to_ne_bytes());
        r
    };
    w.write(0, nlcodec_capture::Direction::Sent, now, &req)
        .unwrap();
    let mut bad = raw(NLMSG_ERROR, 0, 1, 1, &[0; 20]);
    bad[0..4].copy_from_slice(&u32::MAX.to_ne_bytes());
    w.write(0, nlcodec_capture::Direction::Received, now, &bad)
        .unwrap();
    drop(w);
    let replay = nlcodec_socket::Replay::from_reader(&pcap[..]).unwrap();
    let mut s = Socket::with_transport(Protocol::ROUTE, replay).unwrap();
    let e = s.request(&mut setlink(1)).unwrap_err();
    assert!(matches!(e, Error::Malformed { .. }), "{e:?}");
}

/// A peer (or a forger) that keeps the receive queue full: every receive returns at once.
struct Flood {
    from: Addr,
}

impl Transport for Flood {
    fn send(&mut self, bytes: &[u8], _: Addr, _: Option<Instant>) -> Result<usize, Error> {
        Ok(bytes.len())
    }

    fn recv(&mut self, buf: &mut Vec<u8>, _: Option<Instant>) -> Received {
        // A stale reply (sequence number 0) from `from`.
        Ok(deliver(
            buf,
            &raw(NLMSG_ERROR, 0, 0, 1, &[0; 20]),
            self.from,
        ))
    }

    fn local_addr(&mut self) -> Result<Addr, Error> {
        Ok(Addr::port(1))
    }
}

#[test]
fn a_full_queue_of_noise_cannot_hold_a_call_past_its_deadline() {
    for from in [Addr::KERNEL, Addr::port(666), Addr::group(40)] {
        let mut s = Socket::with_transport(Protocol::ROUTE, Flood { from }).unwrap();
        s.set_timeout(Duration::from_millis(50));
        let t = Instant::now();
        let e = s.dump(&mut getlink()).unwrap_err();
        assert!(matches!(e, Error::Timeout { .. }), "{e:?}");
        let e = s.request(&mut setlink(1)).unwrap_err();
        assert!(matches!(e, Error::Timeout { .. }), "{e:?}");
        assert!(t.elapsed() < Duration::from_secs(2), "{:?}", t.elapsed());
    }
}
