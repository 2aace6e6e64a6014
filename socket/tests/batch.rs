//! Batches and transactions over the fake transport: the layout the kernel gets (markers,
//! sequence numbers, which message asks for the ACK, datagrams), and every way the answer
//! can go: an error in the middle, a batch refused whole, markers never ACKed or ACKed,
//! replies out of order, replies for unknown sequence numbers, lost answers, no answer.

use nlcodec::consts::*;
use nlcodec_families::nftables::ops::{Newchain, Newset, Newtable};
use nlcodec_families::nftables::{Nfgenmsg, NFTABLES_CMD_BATCH_BEGIN, NFTABLES_CMD_BATCH_END};
use nlcodec_families::rt_addr::ops::Newaddr;
use nlcodec_families::rt_addr::{AddressFamily, Ifaddrmsg};
use nlcodec_families::rt_link::ops::Getlink;
use nlcodec_families::rt_link::{Ifinfomsg, RTM_GETLINK, RTM_NEWLINK};
use nlcodec_socket::fake::{message as raw, Delivery};
use nlcodec_socket::{message, Addr, Error, Fake, FakeRequest, Protocol, Received, Socket};
use std::net::Ipv4Addr;
use std::time::Duration;

const INET: Nfgenmsg = Nfgenmsg {
    nfgen_family: 1, // NFPROTO_INET
    version: 0,
    res_id: 0,
};

/// The answers a kernel gives to one datagram: an ACK where asked, and for each message
/// `fail` picks, that error instead.
fn answer(req: &FakeRequest<'_>, fail: impl Fn(&FakeRequest<'_>) -> Option<i32>) -> Vec<u8> {
    let mut out = Vec::new();
    for m in req.messages() {
        match fail(&m) {
            Some(errno) => out.extend(m.error(errno)),
            None if m.wants_ack() => out.extend(m.ack()),
            None => {}
        }
    }
    out
}

fn nft(fake: Fake) -> Socket<Fake> {
    Socket::with_transport(Protocol::NETFILTER, fake).unwrap()
}

/// Three messages: a table, a chain, a set.
fn three<T: nlcodec_socket::Transport>(
    s: &mut Socket<T>,
) -> Result<Vec<nlcodec_socket::Reply>, Error> {
    let mut tx = s.transaction();
    tx.add(Newtable, NLM_F_CREATE, &INET, |t| t.name("t"))?;
    tx.add(Newchain, NLM_F_CREATE, &INET, |c| {
        c.table_attr("t")?.name("input")
    })?;
    tx.add(Newset, NLM_F_CREATE, &INET, |st| {
        st.table_attr("t")?.name("blocked")?.key_len(4)
    })?;
    tx.commit()
}

#[test]
fn an_nftables_transaction_is_one_datagram_between_markers_with_one_ack() {
    let mut s = nft(Fake::new(|req| vec![answer(req, |_| None)]));
    let replies = three(&mut s).unwrap();
    assert_eq!(replies.len(), 3);
    assert!(replies.iter().all(|r| r.is_empty()));
    let sent = s.transport().requests().to_vec();
    assert_eq!(sent.len(), 1, "one datagram");
    let msgs: Vec<_> = nlcodec::messages(&sent[0]).map(Result::unwrap).collect();
    let kinds: Vec<u16> = msgs.iter().map(|m| m.header.kind).collect();
    assert_eq!(
        kinds,
        [
            NFTABLES_CMD_BATCH_BEGIN,
            2560,
            2563,
            2569,
            NFTABLES_CMD_BATCH_END
        ]
    );
    // Consecutive sequence numbers; only the last message of the batch asks for an ACK.
    for (i, m) in msgs.iter().enumerate() {
        assert_eq!(m.header.seq, msgs[0].header.seq + i as u32);
        assert!(m.header.has_flags(NLM_F_REQUEST));
        assert_eq!(m.header.has_flags(NLM_F_ACK), i == 3, "message {i}");
    }
    // The markers: nfgenmsg with AF_UNSPEC, NFNETLINK_V0, res_id NFNL_SUBSYS_NFTABLES (10)
    // in network byte order.
    for m in [&msgs[0], &msgs[4]] {
        assert_eq!(m.payload, [0, 0, 0, 10]);
    }
    // The next transaction numbers on from the last one.
    three(&mut s).unwrap();
    let next = nlcodec::messages(&s.transport().requests()[1])
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(next.header.seq, msgs[4].header.seq + 1);
}

#[test]
fn markers_acked_as_newer_kernels_do_change_nothing() {
    // A kernel that ACKs every message, the markers included.
    let mut s = nft(Fake::new(|req| {
        vec![req.messages().flat_map(|m| m.ack()).collect()]
    }));
    assert_eq!(three(&mut s).unwrap().len(), 3);
    assert_eq!(s.stale_replies_skipped(), 0);
}

#[test]
fn an_error_in_the_middle_names_the_message_its_index_and_attribute() {
    // The chain (second message) fails, pointing at its NFTA_CHAIN_NAME: 16 (nlmsghdr) + 4
    // (nfgenmsg) + 8 (NFTA_CHAIN_TABLE "t").
    let mut s = nft(Fake::new(|req| {
        let mut out = Vec::new();
        for m in req.messages() {
            if m.header.kind == 2563 {
                out.extend(m.error_with(2, Some("no such table"), Some(28)));
            } else if m.wants_ack() {
                out.extend(m.ack());
            }
        }
        vec![out]
    }));
    let e = three(&mut s).unwrap_err();
    let Error::Batch {
        index, messages, ..
    } = &e
    else {
        panic!("{e:?}")
    };
    assert_eq!((*index, *messages), (Some(1), 3));
    let k = e.kernel().unwrap();
    assert_eq!(k.errno, 2);
    assert_eq!(k.request_name, Some("NFTABLES_CMD_NEWCHAIN"));
    assert_eq!(
        e.to_string(),
        "batch message 1 (of 3, from 0): NFTABLES_CMD_NEWCHAIN: No such file or directory: \
         no such table, at NFTABLES_A_CHAIN_ATTRS_NAME"
    );
}

#[test]
fn the_first_error_wins_when_several_messages_fail() {
    let mut s = nft(Fake::new(|req| {
        vec![answer(req, |m| {
            (m.header.kind != 2560 && m.header.kind > 17).then_some(22)
        })]
    }));
    let e = three(&mut s).unwrap_err();
    assert!(matches!(e, Error::Batch { index: Some(1), .. }), "{e:?}");
}

#[test]
fn a_batch_refused_whole_ends_at_its_begin_marker() {
    // The commit fails: the kernel answers on BATCH_BEGIN, then delivers the ACK it queued.
    let mut s = nft(Fake::new(|req| {
        let begin = req.messages().next().unwrap();
        vec![begin.error(12), answer(req, |_| None)]
    }));
    let e = three(&mut s).unwrap_err();
    assert!(
        matches!(
            e,
            Error::Batch {
                index: None,
                messages: 3,
                ..
            }
        ),
        "{e:?}"
    );
    assert_eq!(e.kernel().unwrap().errno, 12);
    assert!(
        e.to_string()
            .starts_with("batch of 3 messages refused as a whole: "),
        "{e}"
    );
    // The ACK left queued carries an old sequence number: the next call skips it.
    assert_eq!(three(&mut s).unwrap_err().kernel().unwrap().errno, 12);
    assert_eq!(s.stale_replies_skipped(), 1);
}

#[test]
fn replies_go_to_their_message_by_sequence_number_in_any_order() -> Result<(), Error> {
    // A pipelined batch of three RTM_GETLINK do's, answered in reverse order, with a reply
    // for an unknown sequence number first.
    let mut s = Socket::with_transport(
        Protocol::ROUTE,
        Fake::new(|req| {
            let msgs: Vec<_> = req.messages().collect();
            let mut out = raw(RTM_NEWLINK, 0, 999, req.port, &[0; 16]);
            for m in msgs.iter().rev() {
                let mut ifi = [0u8; 16];
                ifi[4..8].copy_from_slice(&m.header.seq.to_ne_bytes()); // ifi_index = seq
                out.extend(m.message(RTM_NEWLINK, 0, &ifi));
            }
            out.extend(msgs.last().unwrap().ack());
            vec![out]
        }),
    )
    .unwrap();
    let mut tx = s.transaction();
    for _ in 0..3 {
        tx.add(Getlink, 0, &Ifinfomsg::default(), |l| l.ifname("lo"))?;
    }
    let replies = tx.commit().unwrap();
    let seqs: Vec<i32> = replies
        .iter()
        .map(|r| {
            assert_eq!(r.len(), 1);
            r.messages().next().unwrap().payload[4] as i32
        })
        .collect();
    assert_eq!(seqs, [1, 2, 3]);
    assert_eq!(s.stale_replies_skipped(), 1);
    Ok(())
}

#[test]
fn a_pipelined_batch_is_cut_into_datagrams_each_acked_once() -> Result<(), Error> {
    let mut s = Socket::with_transport(
        Protocol::ROUTE,
        Fake::new(|req| vec![answer(req, |_| None)]),
    )
    .unwrap();
    let mut tx = s.transaction();
    add_addresses(&mut tx, 2000)?;
    assert_eq!(tx.len(), 2000);
    assert_eq!(tx.commit().unwrap().len(), 2000);
    let sent = s.transport().requests();
    assert!(sent.len() > 1, "{} datagrams", sent.len());
    let mut total = 0;
    for d in sent {
        assert!(d.len() <= 32 * 1024);
        let acks: Vec<bool> = nlcodec::messages(d)
            .map(|m| m.unwrap().header.has_flags(NLM_F_ACK))
            .collect();
        total += acks.len();
        assert_eq!(acks.iter().filter(|a| **a).count(), 1);
        assert!(acks.last().unwrap());
    }
    assert_eq!(total, 2000);
    Ok(())
}

#[test]
fn a_failure_in_a_pipelined_batch_stops_the_datagrams_after_it() -> Result<(), Error> {
    let mut s = Socket::with_transport(
        Protocol::ROUTE,
        Fake::new(|req| vec![answer(req, |m| (m.header.seq == 700).then_some(17))]),
    )
    .unwrap();
    let mut tx = s.transaction();
    add_addresses(&mut tx, 2000)?;
    let e = tx.commit().unwrap_err();
    assert!(
        matches!(
            e,
            Error::Batch {
                index: Some(699),
                messages: 2000,
                ..
            }
        ),
        "{e:?}"
    );
    assert_eq!(e.kernel().unwrap().request_name, Some("RTM_NEWADDR"));
    let sent: usize = s
        .transport()
        .requests()
        .iter()
        .map(|d| nlcodec::messages(d).count())
        .sum();
    assert!((700..2000).contains(&sent), "{sent} sent");
    Ok(())
}

#[test]
fn no_answer_is_a_timeout_and_lost_answers_are_reported() {
    let mut s = nft(Fake::new(|_| vec![]));
    s.set_timeout(Duration::from_millis(10));
    assert!(matches!(three(&mut s), Err(Error::Timeout { .. })));

    // ENOBUFS before anything said the batch failed: the outcome is unknown.
    let mut s = nft(Fake::new(|_| vec![]));
    s.transport_mut().push(Delivery::Lost);
    assert!(matches!(three(&mut s), Err(Error::EventsLost)));

    // ENOBUFS after an error: the batch failed, that error is the answer.
    let mut s = Socket::with_transport(
        Protocol::NETFILTER,
        Scripted {
            answer: |req: &FakeRequest<'_>| {
                let chain = req.messages().nth(2).unwrap();
                vec![Ok(chain.error(22)), Err(Error::EventsLost)]
            },
            queue: Vec::new(),
        },
    )
    .unwrap();
    let e = three(&mut s).unwrap_err();
    assert!(matches!(e, Error::Batch { index: Some(1), .. }), "{e:?}");
    assert_eq!(e.kernel().unwrap().errno, 22);
}

/// A transport whose answers may be errors (a fake's queue holds datagrams and losses
/// queued before the request, this one answers each request with a script).
struct Scripted<F> {
    answer: F,
    queue: Vec<Result<Vec<u8>, Error>>,
}

impl<F: FnMut(&FakeRequest<'_>) -> Vec<Result<Vec<u8>, Error>>> nlcodec_socket::Transport
    for Scripted<F>
{
    fn send(
        &mut self,
        bytes: &[u8],
        _: Addr,
        _: Option<std::time::Instant>,
    ) -> Result<usize, Error> {
        let req = FakeRequest::new(bytes, 1).unwrap();
        let mut answers = (self.answer)(&req);
        answers.reverse();
        self.queue = answers;
        Ok(bytes.len())
    }

    fn recv(&mut self, buf: &mut Vec<u8>, _: Option<std::time::Instant>) -> Received {
        match self.queue.pop() {
            None => Ok(None),
            Some(Ok(d)) => Ok(nlcodec_socket::deliver(buf, &d, Addr::KERNEL)),
            Some(Err(e)) => Err(e),
        }
    }

    fn local_addr(&mut self) -> Result<Addr, Error> {
        Ok(Addr::port(1))
    }
}

#[test]
fn what_cannot_be_in_a_batch_is_refused_before_anything_is_sent() {
    // A dump.
    let mut s = Socket::with_transport(Protocol::ROUTE, Fake::new(|_| vec![])).unwrap();
    let mut tx = s.transaction();
    tx.push(&message(RTM_GETLINK, NLM_F_DUMP, &Ifinfomsg::default(), |_| Ok(())).unwrap())
        .unwrap();
    assert!(matches!(tx.commit(), Err(Error::InvalidRequest { .. })));
    // Batch markers of the caller's, and nftables mixed with conntrack.
    let mut s = nft(Fake::new(|_| vec![]));
    let mut tx = s.transaction();
    tx.push(&raw(NFTABLES_CMD_BATCH_BEGIN, 0, 0, 0, &[0, 0, 0, 10]))
        .unwrap();
    assert!(matches!(tx.commit(), Err(Error::InvalidRequest { .. })));
    let mut tx = s.transaction();
    tx.add(Newtable, 0, &INET, |t| t.name("t")).unwrap();
    tx.push(&raw(0x100, 0, 0, 0, &[2, 0, 0, 0])).unwrap(); // IPCTNL_MSG_CT_NEW
    assert!(matches!(tx.commit(), Err(Error::InvalidRequest { .. })));
    assert!(s.transport().requests().is_empty());
    // An empty batch sends nothing.
    assert!(s.transaction().commit().unwrap().is_empty());
    assert!(s.transport().requests().is_empty());
}

/// `n` IPv4 addresses for link 1, added to the batch.
fn add_addresses(tx: &mut nlcodec_socket::Transaction<'_, Fake>, n: u32) -> Result<(), Error> {
    for i in 0..n {
        let hdr = Ifaddrmsg {
            ifa_family: AddressFamily::Inet,
            ifa_prefixlen: 32,
            ifa_index: 1,
            ..Default::default()
        };
        tx.add(Newaddr, NLM_F_CREATE, &hdr, |a| {
            a.local(Ipv4Addr::from(i).into())
        })?;
    }
    Ok(())
}
