//! Tests against the real kernel. Each runs in a network namespace of its own, created by
//! moving the test's thread with `unshare(CLONE_NEWNET)`, so the host's interfaces and routes
//! are never touched. Where the machine allows no namespace the test prints a loud SKIP and
//! returns; set `NLCODEC_REQUIRE_NETNS=1` to make that a failure instead.

use nlcodec::consts::*;
use nlcodec::family::header_of;
use nlcodec::{AttrTable, Message, Writer};
use nlcodec_families::rt_link::{IfinfoFlags, Ifinfomsg as IfInfoMsg};
use nlcodec_families::rt_link::{
    IFLA_IFNAME, IFLA_INFO_DATA, IFLA_INFO_KIND, IFLA_LINKINFO, IFLA_MTU, RTM_GETLINK, RTM_NEWLINK,
    RTM_SETLINK, RTNLGRP_LINK,
};
use nlcodec_socket::{Addr, Error, Kind, Protocol, Socket};
use std::time::Duration;

mod netns;

/// `RTNLGRP_BRVLAN` (linux/rtnetlink.h): group 33, above the legacy 32-bit mask (not in the
/// rt-link spec, which lists only the groups its notifications use).
const RTNLGRP_BRVLAN: u32 = 33;

use netns::in_netns;

const VETH_INFO_PEER: u16 = 1;

fn timeout(s: &Socket, secs: u64) {
    rustix::net::sockopt::set_socket_timeout(
        s,
        rustix::net::sockopt::Timeout::Recv,
        Some(Duration::from_secs(secs)),
    )
    .unwrap();
}

fn route_socket() -> Socket {
    let s = Socket::open(Protocol::ROUTE).unwrap();
    assert!(s.ext_ack().unwrap(), "extended ACKs are on by default");
    timeout(&s, 5);
    s
}

/// RTM_NEWLINK creating the veth pair `a` / `b`, built with the codec's writer.
fn new_veth(a: &str, b: &str) -> Vec<u8> {
    let mut w = Writer::from_vec(Vec::new());
    w.begin_message(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, 0, 0)
        .unwrap();
    w.put_header(&IfInfoMsg::default()).unwrap();
    w.put_str(IFLA_IFNAME, a).unwrap();
    let info = w.begin_nested(IFLA_LINKINFO).unwrap();
    w.put_str(IFLA_INFO_KIND, "veth").unwrap();
    let data = w.begin_nested(IFLA_INFO_DATA).unwrap();
    let peer = w.begin_nested(VETH_INFO_PEER).unwrap();
    w.put_header(&IfInfoMsg::default()).unwrap();
    w.put_str(IFLA_IFNAME, b).unwrap();
    w.end_nested(peer).unwrap();
    w.end_nested(data).unwrap();
    w.end_nested(info).unwrap();
    w.end_message().unwrap();
    w.into_vec()
}

fn set_mtu(name: &str, mtu: u32) -> Vec<u8> {
    let mut w = Writer::from_vec(Vec::new());
    w.begin_message(RTM_SETLINK, 0, 0, 0).unwrap();
    w.put_header(&IfInfoMsg::default()).unwrap();
    w.put_str(IFLA_IFNAME, name).unwrap();
    w.put_u32(IFLA_MTU, mtu).unwrap();
    w.end_message().unwrap();
    w.into_vec()
}

fn get_links(flags: u32) -> Vec<u8> {
    let mut w = Writer::from_vec(Vec::new());
    w.begin_message(RTM_GETLINK, 0, 0, 0).unwrap();
    w.put_header(&IfInfoMsg {
        ifi_flags: IfinfoFlags(flags),
        ..Default::default()
    })
    .unwrap();
    w.end_message().unwrap();
    w.into_vec()
}

/// (name, mtu) of a link message.
fn link(m: &Message<'_>) -> (String, u32) {
    let tb = AttrTable::<64>::from_attrs(m.attrs(IfInfoMsg::LEN)).unwrap();
    let name = tb
        .require(IFLA_IFNAME)
        .unwrap()
        .as_str()
        .unwrap()
        .to_owned();
    let mtu = tb.require(IFLA_MTU).unwrap().as_u32().unwrap();
    (name, mtu)
}

#[test]
fn veth_created_and_mtu_changed_then_seen_in_dump() {
    in_netns("veth_created_and_mtu_changed_then_seen_in_dump", || {
        let mut s = route_socket();
        let r = s.request(&mut new_veth("nlt0", "nlt1")).unwrap();
        assert!(r.is_empty(), "a NEWLINK answers with an ACK only");
        s.request(&mut set_mtu("nlt0", 1234)).unwrap();

        let links = s.dump(&mut get_links(0)).unwrap();
        let all: Vec<(String, u32)> = links.messages().map(|m| link(&m)).collect();
        assert!(all.contains(&("nlt0".to_owned(), 1234)), "{all:?}");
        assert!(all.iter().any(|(n, _)| n == "nlt1"), "{all:?}");
        assert!(all.iter().any(|(n, _)| n == "lo"), "{all:?}");
        // Exactly what this namespace holds: lo and the pair.
        assert_eq!(all.len(), 3, "{all:?}");
        for m in links.messages() {
            assert!(header_of::<IfInfoMsg>(&m).unwrap().ifi_index > 0);
        }

        // The zero-copy variant sees the same messages.
        let mut n = 0;
        s.dump_with(&mut get_links(0), |_| {
            n += 1;
            Ok::<_, Error>(std::ops::ControlFlow::Continue(()))
        })
        .unwrap();
        assert_eq!(n, 3);
        // Stopped after the first: the rest is drained, the next request works.
        let mut n = 0;
        s.dump_with(&mut get_links(0), |_| {
            n += 1;
            Ok::<_, Error>(std::ops::ControlFlow::Break(()))
        })
        .unwrap();
        assert_eq!(n, 1);
        assert_eq!(s.dump(&mut get_links(0)).unwrap().len(), 3);
    });
}

/// A veth whose VETH_INFO_PEER is 2 bytes: rejected with an offset into a nest.
fn bad_veth() -> Vec<u8> {
    let mut w = Writer::from_vec(Vec::new());
    w.begin_message(RTM_NEWLINK, NLM_F_CREATE | NLM_F_EXCL, 0, 0)
        .unwrap();
    w.put_header(&IfInfoMsg::default()).unwrap();
    w.put_str(IFLA_IFNAME, "bad0").unwrap();
    let info = w.begin_nested(IFLA_LINKINFO).unwrap();
    w.put_str(IFLA_INFO_KIND, "veth").unwrap();
    let data = w.begin_nested(IFLA_INFO_DATA).unwrap();
    w.put_u16(VETH_INFO_PEER, 0).unwrap();
    w.end_nested(data).unwrap();
    w.end_nested(info).unwrap();
    w.end_message().unwrap();
    w.into_vec()
}

#[test]
fn rejected_request_returns_ext_ack_text_and_attribute_path() {
    in_netns(
        "rejected_request_returns_ext_ack_text_and_attribute_path",
        || {
            for capped in [false, true] {
                let mut s = route_socket();
                s.set_cap_ack(capped).unwrap();
                let mut req = bad_veth();
                let err = s.request(&mut req).unwrap_err();
                let Error::Kernel(k) = &err else {
                    panic!("capped={capped}: {err:?}")
                };
                assert_eq!(k.errno, 34, "ERANGE");
                assert_eq!(
                    k.message.as_deref(),
                    Some("Attribute failed policy validation")
                );
                assert_eq!(k.offset, Some(64));
                // IFLA_LINKINFO / IFLA_INFO_DATA / VETH_INFO_PEER, resolved against what was sent
                // (so even when the kernel capped its echo).
                assert_eq!(
                    k.attr_path.as_deref(),
                    Some(&[18u16, 2, 1][..]),
                    "capped={capped}"
                );
                assert!(!k.in_done);
                assert_eq!(k.request.kind, RTM_NEWLINK);
                let text = err.to_string();
                assert!(
                    text.contains("Attribute failed policy validation"),
                    "{text}"
                );
                // A NETLINK_ROUTE socket names the path by the rtnetlink specs by itself.
                assert!(
                    text.ends_with("at IFLA_LINKINFO / IFLA_INFO_DATA / VETH_INFO_PEER"),
                    "{text}"
                );
                // The socket keeps working.
                assert!(!s.dump(&mut get_links(0)).unwrap().is_empty());
            }
            // Without extended ACKs (on by default): only the errno.
            let mut s = Socket::open(Protocol::ROUTE).unwrap();
            s.set_ext_ack(false).unwrap();
            let k = match s.request(&mut bad_veth()) {
                Err(Error::Kernel(k)) => k,
                other => panic!("{other:?}"),
            };
            assert_eq!((k.errno, k.message, k.attr_path), (34, None, None));
        },
    );
}

#[test]
fn strict_dump_error_comes_in_done() {
    in_netns("strict_dump_error_comes_in_done", || {
        let mut s = route_socket();
        s.set_strict_checking(true).unwrap();
        assert!(s.strict_checking().unwrap());
        let err = s.dump(&mut get_links(1)).unwrap_err();
        let k = err.kernel().expect("a kernel error");
        assert!(k.in_done);
        assert_eq!(k.errno, 22);
        assert_eq!(
            k.message.as_deref(),
            Some("Invalid values in header for link dump request")
        );
        // Lenient checking accepts the same request.
        s.set_strict_checking(false).unwrap();
        assert_eq!(s.dump(&mut get_links(1)).unwrap().len(), 1);
    });
}

#[test]
fn multicast_listener_sees_a_link_appear() {
    in_netns("multicast_listener_sees_a_link_appear", || {
        let mut listener = route_socket();
        listener.add_membership(RTNLGRP_LINK).unwrap();
        // Groups above 32 can only be joined by number.
        listener.add_membership(RTNLGRP_BRVLAN).unwrap();
        listener.drop_membership(RTNLGRP_BRVLAN).unwrap();
        // The legacy mask works too.
        let mut legacy = Socket::new(Protocol::ROUTE, Kind::Dgram).unwrap();
        let bound = legacy.bind(Addr::group(RTNLGRP_LINK)).unwrap();
        assert_eq!(bound.groups, 1);
        assert_ne!(bound.port, 0);
        timeout(&legacy, 5);

        let mut s = route_socket();
        s.request(&mut new_veth("mc0", "mc1")).unwrap();

        for sock in [&mut listener, &mut legacy] {
            let mut seen = Vec::new();
            while !seen.iter().any(|n| n == "mc0") {
                let d = sock.recv().unwrap();
                assert_eq!(d.from.port, 0, "events come from the kernel");
                assert_eq!(d.from.groups, 1, "from RTNLGRP_LINK");
                for m in d.messages() {
                    if m.header.kind == RTM_NEWLINK {
                        assert_eq!(m.header.seq, 0);
                        seen.push(link(&m).0);
                    }
                }
            }
        }
        // A request on a joined socket: the event it causes arrives before the ACK and is
        // skipped by the request (it is not an answer), which still succeeds.
        listener.request(&mut set_mtu("mc0", 1400)).unwrap();
        listener.set_nonblocking(true).unwrap();
        assert!(listener.recv().unwrap_err().is_would_block());
    });
}

fn usersock_msg(text: &[u8]) -> Vec<u8> {
    let mut w = Writer::from_vec(Vec::new());
    w.begin_message(NLMSG_MIN_TYPE, NLM_F_REQUEST, 1, 0)
        .unwrap();
    w.put(text).unwrap();
    w.end_message().unwrap();
    w.into_vec()
}

#[test]
fn user_to_user_messages_arrive_intact() {
    in_netns("user_to_user_messages_arrive_intact", || {
        let mut rx = Socket::new(Protocol::USERSOCK, Kind::Raw).unwrap();
        rx.bind(Addr::port(0x4e4c_0001)).unwrap();
        assert_eq!(rx.local_addr().port, 0x4e4c_0001);
        rx.set_recv_buffer_size(1 << 20).unwrap();
        timeout(&rx, 5);
        let tx = Socket::open(Protocol::USERSOCK).unwrap();

        // A small one and one larger than the 32 KiB starting buffer.
        let big: Vec<u8> = (0..100_000u32).map(|i| (i % 251) as u8).collect();
        for text in [&b"hello, netlink"[..], &big[..]] {
            let msg = usersock_msg(text);
            assert_eq!(
                tx.send_to(&msg, Addr::port(rx.local_addr().port)).unwrap(),
                msg.len()
            );
            let d = rx.recv().unwrap();
            assert_eq!(d.from.port, tx.local_addr().port);
            assert_eq!(d.bytes, &msg[..]);
            let m = d.messages().next().unwrap();
            assert_eq!(m.payload, text);
        }

        // A caller buffer too small: the datagram stays queued and a larger one gets it.
        let msg = usersock_msg(&big[..5000]);
        tx.send_to(&msg, Addr::port(rx.local_addr().port)).unwrap();
        let mut small = [0u8; 1024];
        match rx.recv_into(&mut small) {
            Err(Error::BufferTooSmall { needed, capacity }) => {
                assert_eq!((needed, capacity), (msg.len(), 1024))
            }
            other => panic!("{other:?}"),
        }
        let mut large = vec![0u8; 8192];
        let (n, from) = rx.recv_into(&mut large).unwrap();
        assert_eq!(&large[..n], &msg[..]);
        assert_eq!(from.port, tx.local_addr().port);

        // Multicast on USERSOCK: every member of group 3 gets one copy.
        let mut members: Vec<Socket> = (0..3)
            .map(|_| {
                let s = Socket::open(Protocol::USERSOCK).unwrap();
                s.add_membership(3).unwrap();
                timeout(&s, 5);
                s
            })
            .collect();
        let msg = usersock_msg(b"to everyone");
        tx.send_to(&msg, Addr::group(3)).unwrap();
        for m in &mut members {
            let d = m.recv().unwrap();
            assert_eq!(d.bytes, &msg[..]);
            assert_eq!(
                d.from,
                Addr {
                    port: tx.local_addr().port,
                    groups: 1 << 2,
                    group: 3,
                }
            );
        }
    });
}

#[test]
fn malformed_datagram_is_named_and_socket_keeps_working() {
    in_netns(
        "malformed_datagram_is_named_and_socket_keeps_working",
        || {
            let mut rx = Socket::open(Protocol::USERSOCK).unwrap();
            timeout(&rx, 5);
            let tx = Socket::open(Protocol::USERSOCK).unwrap();
            let to = Addr::port(rx.local_addr().port);
            let mut bad = usersock_msg(b"abcd");
            bad[0..4].copy_from_slice(&0u32.to_ne_bytes()); // nlmsg_len 0
            tx.send_to(&bad, to).unwrap();
            tx.send_to(&usersock_msg(b"fine"), to).unwrap();
            match rx.recv() {
                Err(Error::Malformed {
                    datagram,
                    from,
                    bytes,
                    source,
                }) => {
                    assert_eq!(datagram, 1);
                    assert_eq!(from.port, tx.local_addr().port);
                    assert_eq!(&bytes[..], &bad[..]);
                    assert_eq!(
                        source,
                        nlcodec::Error::MessageLenTooSmall { offset: 0, len: 0 }
                    );
                }
                other => panic!("{other:?}"),
            }
            let d = rx.recv().unwrap();
            assert_eq!(d.number, 2);
            assert_eq!(d.messages().next().unwrap().payload, b"fine");
        },
    );
}

#[test]
fn forged_reply_from_another_process_is_skipped() {
    in_netns("forged_reply_from_another_process_is_skipped", || {
        let mut victim = route_socket();
        let port = victim.local_addr().port;
        // The forger guesses the victim's next sequence number (1) and port id and sends a
        // perfect-looking ACK before the kernel answers.
        let forger = Socket::open(Protocol::ROUTE).unwrap();
        let forged = forged_ack(1, port, RTM_SETLINK);
        forger.send_to(&forged, Addr::port(port)).unwrap();

        // A link that does not exist: believing the forged ACK would be a silent lie, and
        // aborting the call on it would hide the kernel's answer.
        let err = victim.request(&mut set_mtu("nosuch0", 1400)).unwrap_err();
        assert_eq!(err.kernel().map(|k| k.errno), Some(19), "{err}"); // ENODEV
        assert_eq!(victim.foreign_datagrams_skipped(), 1);
        victim.request(&mut set_mtu("lo", 65536)).unwrap();
        assert_eq!(victim.stale_replies_skipped(), 0);
    });
}

/// A well-formed, capped ACK of sequence number `seq` addressed to `port`.
fn forged_ack(seq: u32, port: u32, kind: u16) -> Vec<u8> {
    let mut w = Writer::from_vec(Vec::new());
    w.begin_message(NLMSG_ERROR, NLM_F_CAPPED, seq, port)
        .unwrap();
    w.put(&0i32.to_ne_bytes()).unwrap();
    w.put(
        &nlcodec::Header {
            len: 32,
            kind,
            flags: 5,
            seq,
            pid: port,
        }
        .to_bytes(),
    )
    .unwrap();
    w.end_message().unwrap();
    w.into_vec()
}

#[test]
fn enobufs_on_a_flooded_listener_then_it_recovers() {
    in_netns("enobufs_on_a_flooded_listener_then_it_recovers", || {
        let mut listener = route_socket();
        listener.set_recv_buffer_size(1).unwrap(); // the kernel's minimum
        listener.add_membership(RTNLGRP_LINK).unwrap();
        let mut s = route_socket();
        s.request(&mut new_veth("fl0", "fl1")).unwrap();
        for i in 0..200 {
            s.request(&mut set_mtu("fl0", 1280 + i)).unwrap();
        }
        let mut lost = false;
        listener.set_nonblocking(true).unwrap();
        loop {
            match listener.recv() {
                Ok(_) => {}
                Err(Error::EventsLost) => lost = true,
                Err(e) if e.is_would_block() => break,
                Err(e) => panic!("{e}"),
            }
        }
        assert!(lost, "200 events into a minimal buffer must overflow it");
        // Recovered: the next event arrives.
        listener.set_nonblocking(false).unwrap();
        s.request(&mut set_mtu("fl0", 1500)).unwrap();
        let d = listener.recv().unwrap();
        let m = d.messages().next().unwrap();
        assert_eq!(link(&m), ("fl0".to_owned(), 1500));
    });
}

/// A fake peer on NETLINK_USERSOCK answering one dump request with `replies(seq, port)`.
fn fake_peer(replies: fn(u32, u32) -> Vec<Vec<u8>>) -> (Addr, std::thread::JoinHandle<()>) {
    let mut peer = Socket::open(Protocol::USERSOCK).unwrap();
    timeout(&peer, 5);
    let addr = peer.local_addr();
    let h = std::thread::spawn(move || {
        let d = peer.recv().unwrap();
        let from = d.from;
        let req = d.messages().next().unwrap().header;
        assert!(req.has_flags(NLM_F_REQUEST));
        for r in replies(req.seq, from.port) {
            peer.send_to(&r, from).unwrap();
        }
    });
    (addr, h)
}

fn msg(kind: u16, flags: u16, seq: u32, port: u32, payload: &[u8]) -> Vec<u8> {
    let mut w = Writer::from_vec(Vec::new());
    w.begin_message(kind, flags, seq, port).unwrap();
    w.put(payload).unwrap();
    w.end_message().unwrap();
    w.into_vec()
}

#[test]
fn dump_intr_is_surfaced_with_the_partial_results() {
    in_netns("dump_intr_is_surfaced_with_the_partial_results", || {
        let (peer, h) = fake_peer(|seq, port| {
            let mut first = msg(0x10, NLM_F_MULTI, seq, port, b"one!");
            first.extend(msg(0x10, NLM_F_MULTI, seq, port, b"two!"));
            vec![
                first,
                msg(0x10, NLM_F_MULTI | NLM_F_DUMP_INTR, seq, port, b"three"),
                msg(
                    NLMSG_DONE,
                    NLM_F_MULTI | NLM_F_DUMP_INTR,
                    seq,
                    port,
                    &0i32.to_ne_bytes(),
                ),
            ]
        });
        let mut s = Socket::open(Protocol::USERSOCK).unwrap();
        timeout(&s, 5);
        s.set_dump_retries(0); // the peer answers once
        let err = s.dump_to(&mut msg(0x10, 0, 0, 0, &[]), peer).unwrap_err();
        h.join().unwrap();
        let Error::DumpInterrupted { partial } = err else {
            panic!("{err:?}")
        };
        let payloads: Vec<&[u8]> = partial.messages().map(|m| m.payload).collect();
        assert_eq!(payloads, [&b"one!"[..], b"two!", b"three"]);
        assert_eq!(partial.len(), 3);
    });
}

#[test]
fn dump_from_a_peer_ends_at_done_and_error_in_done_is_surfaced() {
    in_netns(
        "dump_from_a_peer_ends_at_done_and_error_in_done_is_surfaced",
        || {
            let (peer, h) = fake_peer(|seq, port| {
                vec![
                    msg(0x10, NLM_F_MULTI, seq + 100, port, b"stale"),
                    msg(0x10, NLM_F_MULTI, seq, port, b"data"),
                    msg(NLMSG_DONE, NLM_F_MULTI, seq, port, &0i32.to_ne_bytes()),
                ]
            });
            let mut s = Socket::open(Protocol::USERSOCK).unwrap();
            timeout(&s, 5);
            let r = s.dump_to(&mut msg(0x10, 0, 0, 0, &[]), peer).unwrap();
            h.join().unwrap();
            assert_eq!(
                r.messages().map(|m| m.payload).collect::<Vec<_>>(),
                [b"data"]
            );
            assert_eq!(s.stale_replies_skipped(), 1);

            let (peer, h) = fake_peer(|seq, port| {
                vec![msg(
                    NLMSG_DONE,
                    NLM_F_MULTI,
                    seq,
                    port,
                    &(-95i32).to_ne_bytes(),
                )]
            });
            let err = s.dump_to(&mut msg(0x10, 0, 0, 0, &[]), peer).unwrap_err();
            h.join().unwrap();
            let k = err.kernel().unwrap();
            assert_eq!((k.errno, k.in_done), (95, true));
        },
    );
}

#[test]
fn socket_basics_without_a_namespace() {
    // Nothing here touches interfaces: opening, binding and options only.
    for p in [
        Protocol::ROUTE,
        Protocol::GENERIC,
        Protocol::NETFILTER,
        Protocol::USERSOCK,
        Protocol(4),
    ] {
        for kind in [Kind::Raw, Kind::Dgram] {
            let mut s = Socket::new(p, kind).unwrap();
            assert_eq!(s.local_addr().port, 0);
            let a = s.bind(Addr::default()).unwrap();
            assert_ne!(a.port, 0, "{p:?}");
            assert_eq!(s.protocol(), p);
        }
    }
    let s = Socket::open(Protocol::ROUTE).unwrap();
    s.set_no_enobufs(true).unwrap();
    s.set_cap_ack(true).unwrap();
    s.set_listen_all_nsid(true).unwrap();
    s.set_strict_checking(true).unwrap();
    assert!(s.strict_checking().unwrap());
    s.set_strict_checking(false).unwrap();
    assert!(!s.strict_checking().unwrap());
    s.set_recv_buffer_size(1 << 16).unwrap();
    assert!(s.recv_buffer_size().unwrap() >= 1 << 16);
    s.set_nonblocking(true).unwrap();
    let mut s = s;
    assert!(s.recv().unwrap_err().is_would_block());
    // An unknown protocol is an error naming the call.
    let err = Socket::new(Protocol(31), Kind::Raw).unwrap_err();
    assert!(
        err.to_string().starts_with("socket(AF_NETLINK) failed"),
        "{err}"
    );
    // A request buffer that is not exactly one message is refused before anything is sent.
    let mut two = msg(0x10, 0, 0, 0, b"a");
    two.extend(msg(0x10, 0, 0, 0, b"b"));
    assert!(matches!(
        s.request(&mut two),
        Err(Error::InvalidRequest { .. })
    ));
    assert!(matches!(
        s.request(&mut []),
        Err(Error::InvalidRequest { .. })
    ));
}

#[test]
fn uevents_are_received_raw() {
    in_netns("uevents_are_received_raw", || {
        // KOBJECT_UEVENT is not netlink-framed: "add@/devices/...\0ACTION=add\0...".
        let mut ue = Socket::new(Protocol::KOBJECT_UEVENT, Kind::Dgram).unwrap();
        ue.bind(Addr::group(1)).unwrap();
        timeout(&ue, 5);
        let mut s = route_socket();
        s.request(&mut new_veth("ue0", "ue1")).unwrap();
        let mut events = Vec::new();
        while !events.iter().any(|e: &String| e.contains("INTERFACE=ue0")) {
            let (bytes, from) = ue.recv_raw().unwrap();
            assert_eq!(from.port, 0);
            events.push(String::from_utf8_lossy(bytes).replace('\0', "\n"));
        }
        let e = events.iter().find(|e| e.contains("INTERFACE=ue0")).unwrap();
        assert!(e.starts_with("add@"), "{e}");
        assert!(e.contains("ACTION=add"), "{e}");
    });
}
