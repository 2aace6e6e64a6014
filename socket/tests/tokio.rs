//! The tokio wrapper, in a private network namespace (see `kernel.rs` for the rules).
#![cfg(feature = "tokio")]

use nlcodec::Writer;
use nlcodec_socket::{Addr, AsyncSocket, Protocol, Socket};
use std::time::Duration;

mod netns;

use netns::in_netns;

/// Runs `f` to its end on a current-thread runtime of its own.
fn block_on<F: std::future::Future>(f: F) -> F::Output {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
        .block_on(f)
}

/// Runs the future `f` makes on a current-thread runtime, on a thread of a fresh network
/// namespace (the shared runner's loud SKIP where there is none).
fn in_netns_tokio<F: std::future::Future<Output = ()>>(
    test: &str,
    f: impl FnOnce() -> F + Send + 'static,
) {
    in_netns(test, move || block_on(f()));
}

#[test]
fn async_socket_receives_user_messages_and_link_events() {
    in_netns_tokio(
        "async_socket_receives_user_messages_and_link_events",
        || async {
            let rx = Socket::open(Protocol::USERSOCK).unwrap();
            let port = rx.local_addr().port;
            let mut rx = AsyncSocket::new(rx).unwrap();
            let tx = AsyncSocket::new(Socket::open(Protocol::USERSOCK).unwrap()).unwrap();
            let mut w = Writer::from_vec(Vec::new());
            w.begin_message(0x10, 0, 7, 0).unwrap();
            w.put(b"async hello").unwrap();
            w.end_message().unwrap();
            let sender = async {
                tokio::time::sleep(Duration::from_millis(50)).await;
                tx.send_to(w.as_bytes(), Addr::port(port)).await.unwrap();
            };
            let receiver = async {
                let d = tokio::time::timeout(Duration::from_secs(5), rx.recv())
                    .await
                    .unwrap()
                    .unwrap();
                (d.from.port, d.messages().next().unwrap().payload.to_vec())
            };
            let ((), (from, payload)) = tokio::join!(sender, receiver);
            assert_eq!(from, tx.get_ref().local_addr().port);
            assert_eq!(payload, b"async hello");
        },
    );
}

#[test]
fn async_typed_request_and_dump_with_the_same_checks() {
    use nlcodec_families::rt_link::{Ifinfomsg, LinkMsg, RTM_GETLINK, RTM_SETLINK};
    use nlcodec_socket::{message, Error};
    in_netns_tokio(
        "async_typed_request_and_dump_with_the_same_checks",
        || async {
            let mut s = Socket::open(Protocol::ROUTE).unwrap();
            s.set_timeout(Duration::from_secs(2));
            let mut s = AsyncSocket::new(s).unwrap();
            // do: one link by index, typed.
            let lo = Ifinfomsg {
                ifi_index: 1,
                ..Default::default()
            };
            let r = s
                .request(&mut message(RTM_GETLINK, 0, &lo, |_| Ok(())).unwrap())
                .await
                .unwrap();
            let names: Vec<String> = r
                .parse(LinkMsg::parse)
                .map(|l| l.unwrap().attrs.ifname().unwrap().to_owned())
                .collect();
            assert_eq!(names, ["lo"]);
            // dump: every link (a fresh namespace has only lo).
            let all = Ifinfomsg::default();
            let r = s
                .dump(&mut message(RTM_GETLINK, 0, &all, |_| Ok(())).unwrap())
                .await
                .unwrap();
            assert_eq!(r.len(), 1);
            // The same misuse check as the blocking socket: nothing sent.
            let e = s
                .dump(&mut message(RTM_SETLINK, 0, &all, |_| Ok(())).unwrap())
                .await
                .unwrap_err();
            assert!(matches!(e, Error::NotDumpable { .. }), "{e:?}");
            // A kernel error comes back typed.
            let bad = Ifinfomsg {
                ifi_index: 999,
                ..Default::default()
            };
            let e = s
                .request(&mut message(RTM_GETLINK, 0, &bad, |_| Ok(())).unwrap())
                .await
                .unwrap_err();
            assert_eq!(e.kernel().unwrap().errno, 19, "ENODEV");
        },
    );
}

#[test]
fn async_socket_works_unbound_and_skips_a_forged_malformed_datagram() {
    use nlcodec_families::rt_link::{Ifinfomsg, RTM_GETLINK};
    use nlcodec_socket::{message, Kind};
    in_netns_tokio(
        "async_socket_works_unbound_and_skips_a_forged_malformed_datagram",
        || async {
            let lo = Ifinfomsg {
                ifi_index: 1,
                ..Default::default()
            };
            // Unbound: the kernel picks the port id at the first send. Before the fix every
            // call failed ("reply seq 1 carries port id N, this socket is 0").
            let s = Socket::new(Protocol::ROUTE, Kind::Raw).unwrap();
            assert_eq!(s.local_addr().port, 0);
            let mut s = AsyncSocket::new(s).unwrap();
            for _ in 0..3 {
                let r = s
                    .request(&mut message(RTM_GETLINK, 0, &lo, |_| Ok(())).unwrap())
                    .await
                    .unwrap();
                assert_eq!(r.len(), 1);
            }
            assert_ne!(s.get_ref().local_addr().port, 0);
            // A malformed datagram from another socket, queued before the answer: skipped
            // (before the fix: Error::Malformed).
            let mut s = AsyncSocket::new(Socket::open(Protocol::ROUTE).unwrap()).unwrap();
            let forger = Socket::open(Protocol::ROUTE).unwrap();
            let to = Addr::port(s.get_ref().local_addr().port);
            forger.send_to(&[0u8; 20], to).unwrap();
            let r = s
                .request(&mut message(RTM_GETLINK, 0, &lo, |_| Ok(())).unwrap())
                .await
                .unwrap();
            assert_eq!(r.len(), 1);
            assert_eq!(s.get_ref().foreign_datagrams_skipped(), 1);
        },
    );
}

#[test]
fn async_typed_calls_of_rtnetlink_and_generic_netlink_operations() {
    in_netns_tokio(
        "async_typed_calls_of_rtnetlink_and_generic_netlink_operations",
        || async {
            use nlcodec::consts::{NLM_F_CREATE, NLM_F_EXCL};
            use nlcodec_families::ethtool::ops::LinkinfoGet;
            use nlcodec_families::rt_link::ops::{Getlink, Newlink, Setlink};
            use nlcodec_families::rt_link::Ifinfomsg;
            let mut rt = AsyncSocket::new(Socket::open(Protocol::ROUTE).unwrap()).unwrap();
            let hdr = Ifinfomsg::default();
            // An ACK-only operation gives (): a veth pair, then an MTU change by name.
            let () = rt
                .call(Newlink, NLM_F_CREATE | NLM_F_EXCL, &hdr, |l| {
                    l.ifname("a0")?
                        .linkinfo(|i| i.data_veth(|v| v.peer(&hdr, |p| p.ifname("a1"))))
                })
                .await
                .unwrap();
            rt.call(Setlink, 0, &hdr, |l| l.ifname("a0")?.mtu(1300))
                .await
                .unwrap();
            // The dump, typed: lo and the pair, a0 with its new MTU.
            let links = rt.dump_all(Getlink, &hdr).await.unwrap();
            let mut seen: Vec<(String, Option<u32>)> = links
                .iter()
                .map(|l| {
                    let a = l.unwrap().attrs;
                    (a.ifname().unwrap().to_owned(), a.mtu())
                })
                .collect();
            seen.sort();
            assert_eq!(
                seen,
                [
                    ("a0".to_string(), Some(1300)),
                    ("a1".to_string(), Some(1500)),
                    ("lo".to_string(), Some(65536))
                ]
            );
            // A do that replies, on a generic netlink family resolved (awaited) on first use.
            let mut genl = AsyncSocket::new(Socket::open(Protocol::GENERIC).unwrap()).unwrap();
            let info = genl
                .call(LinkinfoGet, 0, &(), |i| i.header(|h| h.dev_name("a0")))
                .await
                .unwrap();
            assert_eq!(info.len(), 1);
            assert!(info.first().unwrap().unwrap().attrs.port().is_some());
            // Its errors are named by ethtool's spec.
            let e = genl
                .call(LinkinfoGet, 0, &(), |i| i.header(|h| h.dev_name("nosuch0")))
                .await
                .unwrap_err();
            assert!(
                e.to_string()
                    .starts_with("ETHTOOL_MSG_LINKINFO_GET: No such device"),
                "{e}"
            );
            // An rtnetlink operation on a generic netlink socket: refused, nothing sent.
            let e = genl.dump_all(Getlink, &hdr).await.unwrap_err();
            assert!(
                matches!(e, nlcodec_socket::Error::WrongProtocol { .. }),
                "{e}"
            );
        },
    );
}

#[test]
fn a_socket_opened_in_a_named_namespace_works_under_tokio() {
    use nlcodec_families::rt_link::{ops::Getlink, Ifinfomsg};
    let Some(ns) = netns::NamedNetns::new("tokio_open_in") else {
        return;
    };
    let names = block_on(async {
        let sock = Socket::open_in(nlcodec_socket::Netns::Name(&ns.0), Protocol::ROUTE).unwrap();
        let mut sock = AsyncSocket::new(sock).unwrap();
        let links = sock.dump_all(Getlink, &Ifinfomsg::default()).await.unwrap();
        let names: Vec<String> = links
            .iter()
            .map(|l| l.unwrap().attrs.ifname().unwrap().to_owned())
            .collect();
        names
    });
    // A fresh namespace has only lo, whatever the test's own namespace has.
    assert_eq!(names, ["lo"]);
    assert_eq!(ns.links(), names);
}

#[test]
fn async_requests_in_flight_are_answered_in_any_order_around_a_dump() {
    use nlcodec_families::rt_link::{ops::Getlink, Ifinfomsg};
    in_netns_tokio("async_requests_in_flight", || async {
        let mut s = AsyncSocket::new(Socket::open(Protocol::ROUTE).unwrap()).unwrap();
        let mut sent = Vec::new();
        for i in 0..50 {
            // lo exists; 500 + i does not.
            let index = if i % 2 == 0 { 1 } else { 500 + i };
            let hdr = Ifinfomsg {
                ifi_index: index,
                ..Default::default()
            };
            sent.push((
                index,
                s.send_call(Getlink, 0, &hdr, |l| Ok(l)).await.unwrap(),
            ));
        }
        assert_eq!(s.get_ref().requests_in_flight(), 50);
        // A dump while they are in flight: their answers are kept.
        assert!(!s
            .dump_all(Getlink, &Ifinfomsg::default())
            .await
            .unwrap()
            .is_empty());
        for (index, p) in sent.into_iter().rev() {
            match s.wait(p).await {
                Ok(links) => assert_eq!(links.first().unwrap().unwrap().header.ifi_index, index),
                Err(e) => assert_eq!((index != 1, e.kernel().map(|k| k.errno)), (true, Some(19))),
            }
        }
        assert_eq!(s.get_ref().requests_in_flight(), 0);
        assert_eq!(s.get_ref().stale_replies_skipped(), 0);
    });
}

/// The host's own links, addresses and routes (`ip -j`), to prove a test left them alone;
/// without what changes by itself (address lifetimes, route expiry).
fn host_state() -> String {
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(m) => {
                for k in ["valid_life_time", "preferred_life_time", "expires"] {
                    m.remove(k);
                }
                m.values_mut().for_each(strip);
            }
            serde_json::Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    [
        "link",
        "addr",
        "route show table all",
        "-6 route show table all",
    ]
    .iter()
    .map(|args| {
        let mut v = netns::ip_json(&args.split(' ').collect::<Vec<_>>());
        strip(&mut v);
        v.to_string()
    })
    .collect::<Vec<_>>()
    .join("\n")
}

#[test]
fn one_process_manages_three_namespaces_with_threads_and_tokio() {
    use nlcodec::consts::{NLM_F_CREATE, NLM_F_EXCL};
    use nlcodec_families::rt_addr::{ops::Getaddr, ops::Newaddr, AddressFamily, Ifaddrmsg};
    use nlcodec_families::rt_link::{ops::Newlink, ops::Setlink, IfinfoFlags, Ifinfomsg};
    use nlcodec_families::rt_route::{
        ops::Getroute, ops::Newroute, RtProtocol, RtScope, RtTable, RtmType, Rtmsg,
    };
    use nlcodec_socket::Netns;
    let spaces: Vec<_> = (0..3)
        .map_while(|i| netns::NamedNetns::new(&format!("three_{i}")))
        .collect();
    if spaces.len() < 3 {
        return;
    }
    let before = host_state();
    // Threads: in each namespace a veth pair, up, with an address.
    std::thread::scope(|scope| {
        for (i, ns) in spaces.iter().enumerate() {
            scope.spawn(move || {
                let mut s = Socket::open_in(Netns::Name(&ns.0), Protocol::ROUTE).unwrap();
                let hdr = Ifinfomsg::default();
                s.call(Newlink, NLM_F_CREATE | NLM_F_EXCL, &hdr, |l| {
                    l.ifname("n0")?
                        .linkinfo(|k| k.data_veth(|v| v.peer(&hdr, |p| p.ifname("n1"))))
                })
                .unwrap();
                let mut up = s.link("n0").unwrap();
                up.ifi_flags |= IfinfoFlags::UP;
                up.ifi_change = IfinfoFlags::UP;
                s.call(Setlink, 0, &up, |l| Ok(l)).unwrap();
                let addr = Ifaddrmsg {
                    ifa_family: AddressFamily::Inet,
                    ifa_prefixlen: 24,
                    ifa_index: up.ifi_index as u32,
                    ..Default::default()
                };
                let local = std::net::Ipv4Addr::new(10, 50 + i as u8, 0, 1).into();
                s.call(Newaddr, NLM_F_CREATE | NLM_F_EXCL, &addr, |a| {
                    a.local(local)?.address(local)
                })
                .unwrap();
            });
        }
    });
    // tokio: one AsyncSocket per namespace, all at once: a route each, then read back.
    let names: Vec<String> = spaces.iter().map(|n| n.0.clone()).collect();
    let seen = block_on(async move {
        let job = |i: usize, ns: &str| {
            let mut sock = Socket::open_in(Netns::Name(ns), Protocol::ROUTE).unwrap();
            let index = sock.ifindex("n0").unwrap();
            async move {
                let mut a = AsyncSocket::new(sock).unwrap();
                let rt = Rtmsg {
                    rtm_family: AddressFamily::Inet,
                    rtm_dst_len: 16,
                    rtm_table: RtTable::Main,
                    rtm_protocol: RtProtocol::Static,
                    rtm_scope: RtScope::Universe,
                    rtm_type: RtmType::Unicast,
                    ..Default::default()
                };
                let dst = std::net::Ipv4Addr::new(172, 16 + i as u8, 0, 0).into();
                let gw = std::net::Ipv4Addr::new(10, 50 + i as u8, 0, 2).into();
                a.call(Newroute, NLM_F_CREATE | NLM_F_EXCL, &rt, |r| {
                    r.dst(dst)?.gateway(gw)?.oif(index)
                })
                .await
                .unwrap();
                let addrs = a.dump_all(Getaddr, &Ifaddrmsg::default()).await.unwrap();
                let addrs: Vec<String> = addrs
                    .iter()
                    .filter_map(|m| m.unwrap().attrs.local().map(|l| l.to_string()))
                    .collect();
                let routes = a.dump_all(Getroute, &Rtmsg::default()).await.unwrap();
                let routes: Vec<String> = routes
                    .iter()
                    .filter_map(|m| {
                        let m = m.unwrap();
                        (m.header.rtm_protocol == RtProtocol::Static)
                            .then(|| format!("{}/{}", m.attrs.dst().unwrap(), m.header.rtm_dst_len))
                    })
                    .collect();
                (addrs, routes)
            }
        };
        let (a, b, c) = tokio::join!(job(0, &names[0]), job(1, &names[1]), job(2, &names[2]));
        vec![a, b, c]
    });
    for (i, (addrs, routes)) in seen.iter().enumerate() {
        assert!(addrs.contains(&format!("10.{}.0.1", 50 + i)), "{addrs:?}");
        assert_eq!(routes, &[format!("172.{}.0.0/16", 16 + i)]);
    }
    // Each namespace has exactly its own, seen by ip.
    for (i, ns) in spaces.iter().enumerate() {
        let routes = netns::ip_json(&["-n", &ns.0, "route", "show", "proto", "static"]);
        assert_eq!(routes[0]["dst"], format!("172.{}.0.0/16", 16 + i));
        assert_eq!(ns.links(), ["lo", "n0", "n1"]);
    }
    assert_eq!(host_state(), before, "the host's namespace changed");
}

#[test]
fn a_dump_future_dropped_half_way_does_not_make_the_next_dump_busy() {
    use nlcodec_families::rt_link::{ops::Getlink, Ifinfomsg};
    use nlcodec_families::rt_route::{ops::Getroute, Rtmsg};
    in_netns_tokio("dump_future_dropped", || async {
        netns::veth_with_routes("r0", "r1", 100_000);
        let mut s = AsyncSocket::new(Socket::open(Protocol::ROUTE).unwrap()).unwrap();
        let mut dropped_early = 0;
        for _ in 0..10 {
            // The dump yields to the runtime when the task's cooperative budget runs out
            // (`consume_budget` per datagram) and the timeout, long passed, then drops it:
            // the kernel is still dumping for this socket.
            let before = s.get_ref().datagrams_received();
            let r = tokio::time::timeout(
                Duration::from_micros(1),
                s.dump_all(Getroute, &Rtmsg::default()),
            )
            .await;
            if r.is_err() {
                dropped_early += 1;
            }
            let read = s.get_ref().datagrams_received() - before;
            eprintln!("dump given up: {}, after {read} datagrams", r.is_err());
            // The next dump reads the rest of that one first: never EBUSY.
            let links = s.dump_all(Getlink, &Ifinfomsg::default()).await.unwrap();
            assert_eq!(links.len(), 3);
        }
        assert!(
            dropped_early > 0,
            "no dump was dropped half way: the test proved nothing"
        );
        let all = s.dump_all(Getroute, &Rtmsg::default()).await.unwrap();
        assert!(all.len() > 100_000);
    });
}

#[test]
fn async_mirror_streams_changes_and_equals_a_fresh_mirror() {
    use futures_util::StreamExt;
    use nlcodec_socket::{AsyncMirror, Mirror, Netns};
    let Some(ns) = netns::NamedNetns::new("async_mirror") else {
        return;
    };
    let name = ns.0.clone();
    let seen = block_on(async move {
        let mut m = AsyncMirror::open_in(Netns::Name(&name)).await.unwrap();
        let n = name.clone();
        let maker = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(200));
            for cmd in [
                "link add q0 type veth peer name q1",
                "link set q0 up",
                "link set q1 up",
                "addr add 10.3.0.1/24 dev q0",
                "route add 192.0.2.0/24 via 10.3.0.2",
                "link set q0 down",
            ] {
                netns::ip(&format!("-n {n} {cmd}"));
            }
        });
        let mut lines = Vec::new();
        {
            let mut changes = std::pin::pin!(m.changes());
            // Until no change has come for 2.5 s (carrier changes reach IPv6, which
            // adds link-local addresses, up to a second late).
            while let Ok(Some(c)) =
                tokio::time::timeout(Duration::from_millis(2500), changes.next()).await
            {
                lines.push(c.unwrap().to_string());
            }
        }
        maker.join().unwrap();
        let mut objects: Vec<String> = ["links", "addresses", "routes", "rules"]
            .iter()
            .flat_map(|k| m.objects(k).map(|o| o.to_string()).collect::<Vec<_>>())
            .collect();
        objects.sort();
        (lines, objects, m.resyncs())
    });
    let (lines, objects, resyncs) = seen;
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("+ link ") && l.contains(" q0 ")),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l == "+ address 10.3.0.1/24 dev 3" || l.starts_with("+ address 10.3.0.1/24")),
        "{lines:?}"
    );
    // The route via q0 went with `link set q0 down`, without an event: removed by the mirror.
    assert!(
        lines.iter().any(|l| l.starts_with("- route 192.0.2.0/24")),
        "{lines:?}"
    );
    assert_eq!(resyncs, 0);
    // A fresh (blocking) mirror of the same namespace holds the same objects.
    let fresh = Mirror::open_in(Netns::Name(&ns.0)).unwrap();
    let mut theirs: Vec<String> = ["links", "addresses", "routes", "rules"]
        .iter()
        .flat_map(|k| fresh.objects(k).map(|o| o.to_string()).collect::<Vec<_>>())
        .collect();
    theirs.sort();
    assert_eq!(objects, theirs);
}

#[test]
fn async_dump_and_event_streams() {
    use futures_util::StreamExt;
    use nlcodec_families::rt_link::{ops::Getlink, Ifinfomsg};
    use nlcodec_families::rt_route::{ops::Getroute, Rtmsg};
    in_netns_tokio("async_streams", || async {
        netns::veth_with_routes("t0", "t1", 5000);
        let mut s = AsyncSocket::new(Socket::open(Protocol::ROUTE).unwrap()).unwrap();
        let all = s.dump_all(Getroute, &Rtmsg::default()).await.unwrap().len();
        // The same routes, datagram by datagram.
        let (mut chunks, mut total) = (0, 0);
        {
            let mut stream =
                std::pin::pin!(s.dump_stream(Getroute, &Rtmsg::default()).await.unwrap());
            while let Some(chunk) = stream.next().await {
                let chunk = chunk.unwrap();
                assert!(chunk.iter().all(|r| r.is_ok()));
                total += chunk.len();
                chunks += 1;
            }
        }
        assert_eq!(total, all);
        assert!(chunks > 1, "{chunks} datagrams");
        // One chunk taken, the stream dropped: the next call still works (not EBUSY).
        {
            let mut stream =
                std::pin::pin!(s.dump_stream(Getroute, &Rtmsg::default()).await.unwrap());
            assert!(!stream.next().await.unwrap().unwrap().is_empty());
        }
        assert_eq!(
            s.dump_all(Getlink, &Ifinfomsg::default())
                .await
                .unwrap()
                .len(),
            3
        );

        // Events: a link appears.
        let listener = Socket::open(Protocol::ROUTE).unwrap();
        listener.add_membership(1).unwrap(); // RTNLGRP_LINK
        let mut listener = AsyncSocket::new(listener).unwrap();
        netns::ip("link add t2 type veth peer name t3");
        let mut events = std::pin::pin!(listener.events());
        let first = tokio::time::timeout(Duration::from_secs(2), events.next())
            .await
            .unwrap()
            .unwrap()
            .unwrap();
        assert_eq!(first.messages().next().unwrap().header.kind, 16); // RTM_NEWLINK
    });
}
