//! The `exchange` target's second half: the mirror (`nlcodec_socket::Mirror`) against
//! arbitrary event streams.
//!
//! The input gives the kernel's answers to the mirror's dumps (objects of every kind,
//! valid or garbage, any dump possibly marked `NLM_F_DUMP_INTR`) and a stream of event
//! datagrams (new and deleted links, addresses, routes, neighbours and rules, made from a
//! few indexes so that they collide, garbage, `ENOBUFS` anywhere). The mirror is built,
//! fed every event (resyncing where the stream says events were lost, reading links'
//! routes again), and at the end resynced once more against a clean final dump.
//!
//! Invariants: no panic; calls return (nothing here waits); after the final clean resync
//! the mirror holds exactly the final dump's objects, kind by kind.

use arbitrary::{Arbitrary, Unstructured};
use nlcodec::consts::*;
use nlcodec_families::rt_addr::{AddrAttrsBuilder, AddressFamily, Ifaddrmsg};
use nlcodec_families::rt_link::{IfinfoFlags, Ifinfomsg, LinkAttrsBuilder};
use nlcodec_families::rt_route::{RouteAttrsBuilder, RtTable, Rtmsg};
use nlcodec_socket::fake::{message, Delivery};
use nlcodec_socket::{message as build, Addr, Fake, Mirror, Mirrored, Protocol, Socket};
use std::collections::{BTreeSet, HashMap};
use std::net::Ipv4Addr;
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// An object of one of the mirrored kinds, from a small space so that events collide.
#[derive(Arbitrary, Debug, Clone)]
pub enum Obj {
    /// A link.
    Link {
        /// Its index (1..=4).
        index: u8,
        /// `IFF_UP`.
        up: bool,
    },
    /// An IPv4 address `10.0.0.N/24`.
    Address {
        /// Its link (1..=4).
        index: u8,
        /// N.
        host: u8,
    },
    /// An IPv4 route `192.0.2.N/32`.
    Route {
        /// Its output link (1..=4).
        index: u8,
        /// N.
        host: u8,
    },
    /// Any message type and bytes.
    Garbage {
        /// The message type.
        kind: u16,
        /// The payload.
        bytes: Vec<u8>,
    },
}

impl Obj {
    /// Its message type (the NEW one, or the DEL one) and payload.
    fn message(&self, del: bool) -> (u16, Vec<u8>) {
        let pick = |new: u16, delete: u16| if del { delete } else { new };
        let strip = |m: Vec<u8>| m[NLMSG_HDRLEN..].to_vec();
        match self {
            Obj::Link { index, up } => {
                let flags = if *up {
                    IfinfoFlags::UP
                } else {
                    IfinfoFlags::default()
                };
                let hdr = Ifinfomsg {
                    ifi_index: i32::from(index % 4 + 1),
                    ifi_flags: flags,
                    ..Default::default()
                };
                let name = format!("l{}", index % 4 + 1);
                let m = build(16, 0, &hdr, |w| {
                    LinkAttrsBuilder::new(w).ifname(&name)?.mtu(1500).map(drop)
                });
                (pick(16, 17), strip(m.unwrap_or_default()))
            }
            Obj::Address { index, host } => {
                let hdr = Ifaddrmsg {
                    ifa_family: AddressFamily::Inet,
                    ifa_prefixlen: 24,
                    ifa_index: u32::from(index % 4 + 1),
                    ..Default::default()
                };
                let ip = Ipv4Addr::new(10, 0, 0, *host).into();
                let m = build(20, 0, &hdr, |w| {
                    AddrAttrsBuilder::new(w).local(ip).map(drop)
                });
                (pick(20, 21), strip(m.unwrap_or_default()))
            }
            Obj::Route { index, host } => {
                let hdr = Rtmsg {
                    rtm_family: AddressFamily::Inet,
                    rtm_dst_len: 32,
                    rtm_table: RtTable::Main,
                    ..Default::default()
                };
                let dst = Ipv4Addr::new(192, 0, 2, *host).into();
                let oif = u32::from(index % 4 + 1);
                let m = build(24, 0, &hdr, |w| {
                    RouteAttrsBuilder::new(w).dst(dst)?.oif(oif).map(drop)
                });
                (pick(24, 25), strip(m.unwrap_or_default()))
            }
            Obj::Garbage { kind, bytes } => (*kind, bytes.clone()),
        }
    }

    /// The dump request type whose answer holds it.
    fn dump_kind(&self) -> u16 {
        match self {
            Obj::Link { .. } => 18,
            Obj::Address { .. } => 22,
            Obj::Route { .. } => 26,
            Obj::Garbage { kind, .. } => kind & !3 | 2,
        }
    }
}

/// One dump's answer: the objects, and whether the kernel marks it interrupted.
#[derive(Arbitrary, Debug, Clone)]
pub struct DumpAnswer {
    objects: Vec<Obj>,
    interrupted: bool,
}

/// One event datagram, or `ENOBUFS`.
#[derive(Arbitrary, Debug)]
pub enum Ev {
    /// A new or replaced object.
    New(Obj),
    /// A deleted object.
    Del(Obj),
    /// Events were lost.
    Lost,
}

/// The whole input.
#[derive(Arbitrary, Debug)]
pub struct Input {
    dumps: Vec<DumpAnswer>,
    events: Vec<Ev>,
    last: Vec<Obj>,
}

/// See the module docs.
pub fn check_mirror(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let Ok(input) = Input::arbitrary(&mut u) else {
        return;
    };
    // The kernel's dumps: the input's answers in turn, then the final state.
    let answers = Arc::new(Mutex::new((
        input.dumps.into_iter().take(64).collect::<Vec<_>>(),
        None::<Vec<Obj>>,
    )));
    let kernel = answers.clone();
    let requests = Fake::new(move |req| {
        let (answers, last) = &mut *kernel.lock().unwrap();
        let (objects, interrupted) = match last {
            Some(l) => (l.clone(), false),
            None if answers.is_empty() => (Vec::new(), false),
            None => {
                let a = answers.remove(0);
                (a.objects, a.interrupted)
            }
        };
        let mut flags = NLM_F_MULTI | NLM_F_DUMP_FILTERED;
        if interrupted {
            flags |= NLM_F_DUMP_INTR;
        }
        let mut d = Vec::new();
        for o in objects.iter().filter(|o| o.dump_kind() == req.header.kind) {
            let (kind, payload) = o.message(false);
            d.extend(req.message(kind, flags, &payload));
        }
        d.extend(req.message(NLMSG_DONE, flags, &0i32.to_ne_bytes()));
        vec![d]
    });
    let mut events = Fake::new(|_| vec![]);
    for e in input.events.iter().take(256) {
        events.push(match e {
            Ev::Lost => Delivery::Lost,
            Ev::New(o) | Ev::Del(o) => {
                let (kind, payload) = o.message(matches!(e, Ev::Del(_)));
                Delivery::Datagram {
                    bytes: message(kind, 0, 0, 0, &payload),
                    from: Addr::group(1),
                }
            }
        });
    }
    let requests = Socket::with_transport(Protocol::ROUTE, requests)
        .unwrap()
        .boxed();
    let events = Socket::with_transport(Protocol::ROUTE, events)
        .unwrap()
        .boxed();
    let Ok(mut m) = Mirror::with_sockets(requests, events, &Mirrored::RTNETLINK) else {
        return;
    };
    // Every event, until the queue is empty (an empty fake queue is the deadline passing).
    for _ in 0..2048 {
        match m.next_change(Some(Instant::now())) {
            Ok(Some(_)) => {}
            Ok(None) | Err(_) => break,
        }
    }
    // A clean final dump: the mirror equals it.
    answers.lock().unwrap().1 = Some(input.last.clone());
    if m.resync().is_err() {
        return;
    }
    for k in Mirrored::RTNETLINK {
        let expected: HashMap<Vec<u8>, Vec<u8>> = input
            .last
            .iter()
            .filter(|o| o.dump_kind() == k.new & !3 | 2)
            .filter_map(|o| {
                let (kind, payload) = o.message(false);
                let msg = nlcodec::Message {
                    header: nlcodec::Header {
                        len: (NLMSG_HDRLEN + payload.len()) as u32,
                        kind,
                        ..Default::default()
                    },
                    payload: &payload,
                };
                (k.key)(&msg).map(|key| (key, payload.clone()))
            })
            .collect();
        let held: BTreeSet<Vec<u8>> = m.objects(k.name).map(|o| o.payload().to_vec()).collect();
        let want: BTreeSet<Vec<u8>> = expected.into_values().collect();
        assert_eq!(
            held, want,
            "{}: the mirror differs from the final dump",
            k.name
        );
    }
}
