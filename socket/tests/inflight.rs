//! Requests in flight over the fake transport and the real kernel: answers matched to their
//! requests by sequence number whatever order they come in and are waited for, errors
//! given to the request that caused them, answers kept while a dump or another call runs.

mod netns;

use nlcodec::consts::*;
use nlcodec_families::rt_link::ops::{Getlink, Setlink};
use nlcodec_families::rt_link::{Ifinfomsg, RTM_GETLINK, RTM_SETLINK};
use nlcodec_socket::fake::message as raw;
use nlcodec_socket::{message, Error, Fake, Protocol, Socket};
use std::sync::{Arc, Mutex};

fn setlink(index: i32) -> Vec<u8> {
    let hdr = Ifinfomsg {
        ifi_index: index,
        ..Default::default()
    };
    message(RTM_SETLINK, 0, &hdr, |_| Ok(())).unwrap()
}

/// The interface index a request carries.
fn index(bytes: &[u8]) -> i32 {
    i32::from_ne_bytes(bytes[20..24].try_into().unwrap())
}

#[test]
fn answers_in_reverse_order_reach_their_requests() {
    // A kernel that holds every answer until the third request, then sends them backwards;
    // request 2 fails.
    let held = Arc::new(Mutex::new(Vec::new()));
    let fake = Fake::new(move |req| {
        let mut held = held.lock().unwrap();
        held.push(match index(req.bytes) {
            2 => req.error_with(19, Some("no such device"), None),
            _ => req.ack(),
        });
        if held.len() < 3 {
            return vec![];
        }
        held.drain(..).rev().collect()
    });
    let mut s = Socket::with_transport(Protocol::ROUTE, fake).unwrap();
    let p: Vec<_> = (1..=3)
        .map(|i| s.send_request(&mut setlink(i)).unwrap())
        .collect();
    let seqs: Vec<u32> = p.iter().map(|p| p.seq()).collect();
    assert_eq!(seqs, [1, 2, 3]);
    let mut p = p.into_iter();
    let (one, two, three) = (p.next().unwrap(), p.next().unwrap(), p.next().unwrap());
    // Waited for in yet another order.
    assert!(s.wait(one).is_ok());
    assert!(s.wait(three).is_ok());
    let e = s.wait(two).unwrap_err();
    let k = e.kernel().unwrap();
    assert_eq!((k.errno, k.request.seq), (19, 2));
    assert_eq!(k.message.as_deref(), Some("no such device"));
    assert_eq!(s.requests_in_flight(), 0);
    assert_eq!(s.stale_replies_skipped(), 0);
}

#[test]
fn answers_that_come_during_a_call_or_a_dump_are_kept() {
    // Every answer is delayed by one request: each request's datagram brings the previous
    // request's answer.
    let last: Arc<Mutex<Option<Vec<u8>>>> = Arc::default();
    let fake = Fake::new(move |req| {
        let answer = match req.header.kind {
            RTM_GETLINK => req.dump_reply([[0u8; 16], [0u8; 16]]), // two links and DONE
            _ => req.ack(),
        };
        let prev = last.lock().unwrap().replace(answer);
        prev.into_iter().collect()
    });
    let mut s = Socket::with_transport(Protocol::ROUTE, fake).unwrap();
    s.set_timeout(std::time::Duration::from_millis(50));
    let a = s.send_request(&mut setlink(1)).unwrap();
    let b = s
        .send_call(Setlink, 0, &Ifinfomsg::default(), |l| l.mtu(1400))
        .unwrap();
    // This dump's datagram brings b's ACK (kept for b); its own answer comes with the
    // next request.
    let dump = s.dump_all(Getlink, &Ifinfomsg::default());
    assert!(matches!(dump, Err(Error::Timeout { .. })), "{dump:?}");
    let () = s.wait(b).unwrap();
    let c = s.send_request(&mut setlink(3)).unwrap();
    assert!(s.wait(a).is_ok());
    assert_eq!(s.requests_in_flight(), 1);
    drop(c);
    assert_eq!(
        s.requests_in_flight(),
        1,
        "an unwaited request stays counted"
    );
}

#[test]
fn a_pending_of_another_socket_and_a_reply_for_no_request() {
    let mut s = Socket::with_transport(
        Protocol::ROUTE,
        Fake::new(|req| {
            // First an answer to a sequence number nobody sent, then the real one.
            vec![raw(NLMSG_ERROR, 0, 777, req.port, &[0; 20]), req.ack()]
        }),
    )
    .unwrap();
    let p = s.send_request(&mut setlink(1)).unwrap();
    assert!(s.wait(p).is_ok());
    assert_eq!(s.stale_replies_skipped(), 1);
    let mut other = Socket::with_transport(Protocol::ROUTE, Fake::new(|_| vec![])).unwrap();
    let theirs = other.send_request(&mut setlink(1)).unwrap();
    assert!(matches!(s.wait(theirs), Err(Error::InvalidRequest { .. })));
}

#[test]
fn no_answer_is_a_timeout_and_the_late_answer_is_stale() {
    let mut s = Socket::with_transport(Protocol::ROUTE, Fake::new(|_| vec![])).unwrap();
    s.set_timeout(std::time::Duration::from_millis(20));
    let p = s.send_request(&mut setlink(1)).unwrap();
    assert!(matches!(s.wait(p), Err(Error::Timeout { .. })));
    assert_eq!(s.requests_in_flight(), 0);
}

#[test]
fn a_hundred_requests_in_flight_on_the_kernel() {
    let Some(()) = netns::in_netns("inflight_kernel", || {
        let mut s = Socket::open(Protocol::ROUTE).unwrap();
        // Link 1 (lo) exists; 1000 + i do not: every other request fails.
        let sent: Vec<_> = (0..100)
            .map(|i| {
                let index = if i % 2 == 0 { 1 } else { 1000 + i };
                let hdr = Ifinfomsg {
                    ifi_index: index,
                    ..Default::default()
                };
                (index, s.send_call(Getlink, 0, &hdr, |l| Ok(l)).unwrap())
            })
            .collect();
        // A dump in the middle does not disturb them.
        assert!(!s
            .dump_all(Getlink, &Ifinfomsg::default())
            .unwrap()
            .is_empty());
        for (index, p) in sent.into_iter().rev() {
            match s.wait(p) {
                Ok(links) => {
                    assert_eq!(index, 1);
                    assert_eq!(links.first().unwrap().unwrap().header.ifi_index, 1);
                }
                Err(e) => {
                    assert_ne!(index, 1);
                    assert_eq!(e.kernel().unwrap().errno, 19, "{e}");
                }
            }
        }
        assert_eq!(s.requests_in_flight(), 0);
        assert_eq!(s.stale_replies_skipped(), 0);
    }) else {
        return;
    };
}
