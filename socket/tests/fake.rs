//! The crate's own reply logic on crafted datagrams, over the fake transport: no kernel, no
//! root. Sequence numbers, port ids, forged replies, DUMP_INTR, ENOBUFS, deadlines, the do /
//! dump split, early stops, typed views, and record -> replay.

mod requests;

use nlcodec::consts::*;
use nlcodec_families::rt_link::ops::{Getlink, Setlink};
use nlcodec_families::rt_link::{Ifinfomsg, LinkAttrsBuilder, LinkMsg, RTM_GETLINK};
use nlcodec_families::rt_link::{RTM_DELLINK, RTM_NEWLINK, RTM_SETLINK};
use nlcodec_families::runtime::Rtnetlink;
use nlcodec_socket::fake::{message as raw, Delivery};
use nlcodec_socket::{message, Addr, Error, Fake, FakeRequest, Protocol, Replay, Socket};
use requests::{getlink, setlink};
use std::ops::ControlFlow;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A link message as the kernel would send it in a dump.
fn link(index: i32, name: &str) -> Vec<u8> {
    let m = message(
        RTM_NEWLINK,
        0,
        &Ifinfomsg {
            ifi_index: index,
            ..Default::default()
        },
        |w| LinkAttrsBuilder::new(w).ifname(name)?.mtu(1500).map(|_| ()),
    )
    .unwrap();
    m[NLMSG_HDRLEN..].to_vec()
}

fn sock(f: Fake) -> Socket<Fake> {
    Socket::with_transport(Protocol::ROUTE, f).unwrap()
}

#[test]
fn do_sets_ack_and_dump_sets_dump_and_fresh_sequence_numbers() {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    let mut s = sock(Fake::new(move |req| {
        log.lock()
            .unwrap()
            .push((req.header.kind, req.header.flags, req.header.seq));
        if req.header.flags & NLM_F_DUMP == NLM_F_DUMP {
            vec![req.dump_reply([link(1, "lo")])]
        } else {
            vec![req.ack()]
        }
    }));
    assert!(s.request(&mut setlink(1400)).unwrap().is_empty());
    assert_eq!(s.dump(&mut getlink()).unwrap().len(), 1);
    assert_eq!(
        *seen.lock().unwrap(),
        [
            (RTM_SETLINK, NLM_F_REQUEST | NLM_F_ACK, 1),
            (RTM_GETLINK, NLM_F_REQUEST | NLM_F_DUMP, 2)
        ]
    );
}

#[test]
fn dump_of_a_set_or_new_request_is_refused_before_sending() {
    let mut s = sock(Fake::new(|req| vec![req.ack()]));
    // A NETLINK_ROUTE socket names rtnetlink's operations by default.
    for (kind, name, buf) in [
        (RTM_SETLINK, "RTM_SETLINK", setlink(1400)),
        (RTM_NEWLINK, "RTM_NEWLINK", {
            message(RTM_NEWLINK, 0, &Ifinfomsg::default(), |_| Ok(())).unwrap()
        }),
    ] {
        let e = s.dump(&mut buf.clone()).unwrap_err();
        assert!(
            matches!(e, Error::NotDumpable { request, name: Some(n) } if request == kind && n == name),
            "{e:?}"
        );
    }
    // With a schema set the error names the operation by it.
    s.set_schema(&Rtnetlink);
    let e = s.dump(&mut setlink(1400)).unwrap_err();
    assert!(
        matches!(
            e,
            Error::NotDumpable {
                name: Some("RTM_SETLINK"),
                ..
            }
        ),
        "{e:?}"
    );
    assert!(e.to_string().contains("RTM_SETLINK has no dump form"));
    assert!(s.transport().requests().is_empty(), "nothing was sent");
}

#[test]
fn stale_replies_are_skipped_and_counted() {
    let mut s = sock(Fake::new(|req| {
        let old = FakeRequest {
            header: nlcodec::Header {
                seq: req.header.seq.wrapping_sub(1),
                ..req.header
            },
            ..*req
        };
        vec![
            old.dump_reply([link(9, "old")]),
            req.dump_reply([link(1, "lo")]),
        ]
    }));
    let r = s.dump(&mut getlink()).unwrap();
    let names: Vec<String> = r
        .parse(LinkMsg::parse)
        .map(|l| l.unwrap().attrs.ifname().unwrap().to_owned())
        .collect();
    assert_eq!(names, ["lo"]);
    assert_eq!(s.stale_replies_skipped(), 2); // the old link and its DONE
}

#[test]
fn wrong_port_id_in_a_reply_is_a_port_mismatch() {
    let mut s = sock(Fake::new(|req| {
        vec![raw(NLMSG_ERROR, 0, req.header.seq, 77, &[0; 20])]
    }));
    let e = s.request(&mut setlink(1)).unwrap_err();
    assert!(
        matches!(
            e,
            Error::PortMismatch {
                expected: Fake::PORT,
                got: 77,
                seq: 1
            }
        ),
        "{e:?}"
    );
}

#[test]
fn multicast_events_during_a_request_are_skipped() {
    let mut s = sock(Fake::new(|req| vec![req.ack()]));
    s.transport_mut().push(Delivery::Datagram {
        bytes: raw(RTM_NEWLINK, 0, 0, 0, &link(3, "ev")),
        from: Addr::group(1),
    });
    assert!(s.request(&mut setlink(1)).is_ok());
}

#[test]
fn dump_intr_keeps_the_partial_results() {
    let mut s = sock(Fake::new(|req| {
        let kind = req.reply_kind();
        let mut d = req.message(kind, NLM_F_MULTI, &link(1, "a"));
        d.extend(req.message(kind, NLM_F_MULTI | NLM_F_DUMP_INTR, &link(2, "b")));
        d.extend(req.message(NLMSG_DONE, NLM_F_MULTI | NLM_F_DUMP_INTR, &[0; 4]));
        vec![d]
    }));
    let Error::DumpInterrupted { partial } = s.dump(&mut getlink()).unwrap_err() else {
        panic!()
    };
    assert_eq!(partial.len(), 2);
    let names: Vec<_> = partial
        .parse(LinkMsg::parse)
        .map(|l| l.unwrap().header.ifi_index)
        .collect();
    assert_eq!(names, [1, 2]);
}

#[test]
fn enobufs_is_events_lost_and_the_next_receive_works() {
    let mut s = sock(Fake::new(|_| vec![]));
    s.transport_mut().push(Delivery::Lost);
    s.transport_mut().push(Delivery::Datagram {
        bytes: raw(RTM_NEWLINK, 0, 0, 0, &link(4, "x")),
        from: Addr::group(1),
    });
    assert!(matches!(s.recv(), Err(Error::EventsLost)));
    let d = s.recv().unwrap();
    assert!(d.is_multicast());
    let m = d.messages().next().unwrap();
    assert_eq!(LinkMsg::parse(&m).unwrap().attrs.ifname(), Some("x"));
}

#[test]
fn no_answer_is_a_timeout_not_a_hang() {
    // The peer answers with only a stale message, then nothing: the call must end.
    let mut s = sock(Fake::new(|req| {
        vec![raw(
            RTM_NEWLINK,
            NLM_F_MULTI,
            req.header.seq + 5,
            Fake::PORT,
            &link(1, "x"),
        )]
    }));
    let t = Instant::now();
    let e = s.dump(&mut getlink()).unwrap_err();
    assert!(matches!(e, Error::Timeout { .. }), "{e:?}");
    assert!(t.elapsed() < Duration::from_secs(1));
    assert_eq!(s.stale_replies_skipped(), 1);
}

#[test]
fn kernel_error_with_ext_ack_is_named_through_the_schema() {
    let mut s = sock(Fake::new(|req| {
        // Point at IFLA_MTU: the first attribute after nlmsghdr + ifinfomsg.
        vec![req.error_with(34, Some("MTU too big"), Some(32))]
    }));
    s.set_schema(&Rtnetlink);
    let e = s.request(&mut setlink(99999)).unwrap_err();
    let k = e.kernel().unwrap();
    assert_eq!(k.errno, 34);
    assert_eq!(k.request_name, Some("RTM_SETLINK"));
    assert_eq!(k.named_path.as_deref(), Some("IFLA_MTU"));
    assert_eq!(
        e.to_string(),
        "RTM_SETLINK: Numerical result out of range: MTU too big, at IFLA_MTU"
    );
}

#[test]
fn early_stop_and_callback_errors_drain_the_dump() {
    let mut s = sock(Fake::new(|req| {
        // The dump in three datagrams.
        let kind = req.reply_kind();
        vec![
            req.message(kind, NLM_F_MULTI, &link(1, "a")),
            req.message(kind, NLM_F_MULTI, &link(2, "b")),
            req.dump_reply([link(3, "c")]),
        ]
    }));
    let mut seen = Vec::new();
    s.dump_with(&mut getlink(), |m| {
        seen.push(LinkMsg::parse(&m)?.header.ifi_index);
        Ok::<_, Box<dyn std::error::Error>>(ControlFlow::Break(()))
    })
    .unwrap();
    assert_eq!(seen, [1]);
    // A callback error comes back as it was; the rest was still read.
    let e = s
        .dump_with(&mut getlink(), |_| {
            Err::<ControlFlow<()>, _>(Error::EventsLost)
        })
        .unwrap_err();
    assert!(matches!(e, Error::EventsLost));
    assert_eq!(s.dump(&mut getlink()).unwrap().len(), 3);
    assert_eq!(s.stale_replies_skipped(), 0);
}

#[test]
fn malformed_datagram_is_named() {
    let mut s = sock(Fake::new(|req| {
        let mut bad = req.ack();
        bad[0] = 200; // nlmsg_len past the end
        vec![bad]
    }));
    let e = s.request(&mut setlink(1)).unwrap_err();
    assert!(matches!(e, Error::Malformed { datagram: 1, .. }), "{e:?}");
}

/// `dump_each` parses each message in place: good ones reach the callback by reference, one
/// its view rejects ends the call as `Malformed`, carrying the message, and the socket
/// stays usable.
#[test]
fn dump_each_names_a_message_the_view_rejects() {
    let link = |mtu: &[u8]| {
        let mut p = vec![0u8; 16]; // ifinfomsg
        p.extend_from_slice(&[(4 + mtu.len()) as u8, 0, 4, 0]); // IFLA_MTU
        p.extend_from_slice(mtu);
        p.resize(p.len().next_multiple_of(4), 0);
        p
    };
    let (good, bad) = (link(&1500u32.to_ne_bytes()), link(&[1, 2]));
    let mut s = sock(Fake::new(move |req| {
        vec![req.dump_reply([good.clone(), bad.clone()])]
    }));
    let mut mtus = Vec::new();
    let e = s
        .dump_each(Getlink, &Ifinfomsg::default(), |l| {
            mtus.push(l.attrs.mtu());
            Ok::<_, Error>(ControlFlow::Continue(()))
        })
        .unwrap_err();
    assert_eq!(mtus, [Some(1500)]);
    let Error::Malformed {
        datagram: 1,
        bytes,
        source,
        ..
    } = &e
    else {
        panic!("{e:?}");
    };
    assert_eq!(
        bytes.len(),
        16 + 16 + 8,
        "the rejected message, header and all"
    );
    assert!(
        matches!(source, nlcodec::Error::InvalidAttr { kind: 4, .. }),
        "{source:?}"
    );
    assert_eq!(s.dump(&mut getlink()).unwrap().len(), 2);
}

#[test]
fn genl_family_is_resolved_once_and_cached() {
    let asked = Arc::new(Mutex::new(0));
    let n = asked.clone();
    let f = Fake::new(move |req| {
        *n.lock().unwrap() += 1;
        let name = nlcodec::messages(req.bytes)
            .next()
            .unwrap()
            .unwrap()
            .attrs(4)
            .find(|a| a.as_ref().unwrap().kind() == 2)
            .map(|a| a.unwrap().as_str().unwrap().to_owned());
        if name.as_deref() != Some("ethtool") {
            return vec![req.error(2)];
        }
        let mut w = nlcodec::Writer::from_vec(Vec::new());
        w.begin_message(16, 0, req.header.seq, req.port).unwrap();
        w.put(&[1, 1, 0, 0]).unwrap(); // CTRL_CMD_NEWFAMILY, version 1
        w.put_u16(1, 20).unwrap();
        w.put_str(2, "ethtool").unwrap();
        w.put_u32(3, 1).unwrap();
        let ops = w.begin_nested(6).unwrap();
        let op = w.begin_nested(1).unwrap();
        w.put_u32(1, 1).unwrap();
        w.put_u32(2, 0x0e).unwrap();
        w.end_nested(op).unwrap();
        w.end_nested(ops).unwrap();
        let groups = w.begin_nested(7).unwrap();
        let g = w.begin_nested(1).unwrap();
        w.put_str(1, "monitor").unwrap();
        w.put_u32(2, 7).unwrap();
        w.end_nested(g).unwrap();
        w.end_nested(groups).unwrap();
        w.end_message().unwrap();
        let mut out = w.into_vec();
        out.extend(req.ack());
        vec![out]
    });
    let mut s = Socket::with_transport(Protocol::GENERIC, f).unwrap();
    let fam = s.genl_family("ethtool").unwrap().clone();
    assert_eq!(
        (fam.id, fam.version, fam.group("monitor")),
        (20, 1, Some(7))
    );
    assert!(fam.op(1).unwrap().can_dump());
    s.genl_family("ethtool").unwrap();
    assert_eq!(*asked.lock().unwrap(), 1, "cached");
    assert!(matches!(
        s.genl_family("nope"),
        Err(Error::UnknownFamily { name }) if name == "nope"
    ));
}

#[test]
fn ifindex_and_ifname_over_the_fake() {
    let mut s = sock(Fake::new(|req| {
        let m = nlcodec::messages(req.bytes).next().unwrap().unwrap();
        let l = LinkMsg::parse(&m).unwrap();
        match (l.header.ifi_index, l.attrs.ifname()) {
            (0, Some("eth0")) | (2, None) => {
                let mut d = req.message(RTM_NEWLINK, 0, &link(2, "eth0"));
                d.extend(req.ack());
                vec![d]
            }
            _ => vec![req.error(19)],
        }
    }));
    assert_eq!(s.ifindex("eth0").unwrap(), 2);
    assert_eq!(s.ifname(2).unwrap(), "eth0");
    assert!(matches!(
        s.ifindex("nope"),
        Err(Error::UnknownInterface { .. })
    ));
    assert!(matches!(s.ifname(3), Err(Error::UnknownInterface { .. })));
    let long = "x".repeat(128);
    assert!(matches!(
        s.ifindex(&long),
        Err(Error::UnknownInterface { .. })
    ));
}

#[test]
fn recording_replays_to_the_same_results_and_checks_requests() {
    let fake = Fake::new(|req| {
        if req.header.kind == RTM_GETLINK {
            vec![req.dump_reply([link(1, "lo"), link(2, "eth0")])]
        } else {
            vec![req.ack()]
        }
    });
    let mut s = sock(fake).record(Vec::new()).unwrap();
    let live = s.dump(&mut getlink()).unwrap();
    s.request(&mut setlink(1400)).unwrap();
    let pcap = s.into_transport().finish().unwrap();

    let replay = Replay::from_reader(&pcap[..]).unwrap();
    assert_eq!(replay.protocol(), Protocol::ROUTE);
    let mut s = Socket::with_transport(replay.protocol(), replay).unwrap();
    assert_eq!(s.dump(&mut getlink()).unwrap(), live);
    // A different request than recorded is a typed mismatch.
    let e = s.request(&mut setlink(9000)).unwrap_err();
    assert!(
        matches!(
            e,
            Error::ReplayMismatch {
                packet: Some(3),
                ..
            }
        ),
        "{e:?}"
    );
    let e = s.request(&mut setlink(1400)).unwrap_err();
    assert!(
        matches!(e, Error::ReplayMismatch { packet: None, .. }),
        "{e:?}"
    );
}

#[test]
fn recorded_events_replay_as_multicast_to_a_listener() {
    let mut s = sock(Fake::new(|_| vec![]));
    for (i, name) in [(5, "e0"), (6, "e1")] {
        s.transport_mut().push(Delivery::Datagram {
            bytes: raw(RTM_NEWLINK, 0, 0, 0, &link(i, name)),
            from: Addr::group(1),
        });
    }
    s.transport_mut().push(Delivery::Lost);
    let mut s = s.record(Vec::new()).unwrap();
    let mut live = Vec::new();
    for _ in 0..2 {
        let d = s.recv().unwrap();
        live.extend(
            d.parse(RTM_NEWLINK, LinkMsg::parse)
                .map(|l| l.unwrap().header.ifi_index),
        );
    }
    assert!(
        matches!(s.recv(), Err(Error::EventsLost)),
        "ENOBUFS is not recorded"
    );
    let pcap = s.into_transport().finish().unwrap();

    let mut r =
        Socket::with_transport(Protocol::ROUTE, Replay::from_reader(&pcap[..]).unwrap()).unwrap();
    let mut again = Vec::new();
    for _ in 0..2 {
        let d = r.recv().unwrap();
        assert!(d.is_multicast());
        again.extend(
            d.parse(RTM_NEWLINK, LinkMsg::parse)
                .map(|l| l.unwrap().header.ifi_index),
        );
    }
    assert_eq!((live, again.clone()), (vec![5, 6], vec![5, 6]));
    assert!(
        matches!(r.recv(), Err(Error::Timeout { .. })),
        "the recording is over"
    );
}

#[test]
fn call_sends_a_typed_do_and_names_the_kernel_error() {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    let mut s = sock(Fake::new(move |req| {
        log.lock().unwrap().push(req.bytes.to_vec());
        vec![req.error_with(34, Some("MTU too big"), Some(32))]
    }));
    s.set_schema(&Rtnetlink);
    let e = s
        .call(Setlink, 0, &Ifinfomsg::default(), |l| l.mtu(99999))
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "RTM_SETLINK: Numerical result out of range: MTU too big, at IFLA_MTU"
    );
    let sent = seen.lock().unwrap()[0].clone();
    let msg = nlcodec::messages(&sent).next().unwrap().unwrap();
    assert_eq!(msg.header.flags, NLM_F_REQUEST | NLM_F_ACK);
    assert_eq!(LinkMsg::parse(&msg).unwrap().attrs.mtu(), Some(99999));
}

#[test]
fn dump_all_dumps_a_bare_header_and_link_finds_one_by_name() {
    let mut s = sock(Fake::new(|req| {
        let m = nlcodec::messages(req.bytes).next().unwrap().unwrap();
        if m.header.flags & NLM_F_DUMP == NLM_F_DUMP {
            assert_eq!(m.payload.len(), 16, "header only");
            return vec![req.dump_reply([link(1, "lo"), link(7, "v0")])];
        }
        let asked = LinkMsg::parse(&m)
            .unwrap()
            .attrs
            .ifname()
            .map(str::to_owned);
        match asked.as_deref() {
            Some("v0") => vec![req.dump_reply([link(7, "v0")]), req.ack()],
            _ => vec![req.error(19)], // ENODEV
        }
    }));
    let links = s.dump_all(Getlink, &Ifinfomsg::default()).unwrap();
    let names: Vec<String> = links
        .iter()
        .map(|l| l.unwrap().attrs.ifname().unwrap().to_owned())
        .collect();
    assert_eq!(names, ["lo", "v0"]);
    assert_eq!(s.link("v0").unwrap().ifi_index, 7);
    assert_eq!(s.ifindex("v0").unwrap(), 7);
    assert!(matches!(
        s.link("nope"),
        Err(Error::UnknownInterface { name }) if name == "nope"
    ));
    assert!(matches!(s.link(""), Err(Error::UnknownInterface { .. })));
}

#[test]
fn next_event_skips_forged_senders_reports_lost_events_and_names_them() {
    let mut s = sock(Fake::new(|_| vec![]));
    let event = |name, from| Delivery::Datagram {
        bytes: raw(RTM_NEWLINK, 0, 0, 0, &link(3, name)),
        from,
    };
    s.transport_mut().push(event("forged", Addr::port(4242)));
    s.transport_mut().push(event("real", Addr::group(1)));
    s.transport_mut().push(Delivery::Lost);
    s.set_schema(&Rtnetlink);
    let d = s.next_event().unwrap();
    assert_eq!(d.from, Addr::group(1));
    let m = d.messages().next().unwrap();
    assert_eq!(LinkMsg::parse(&m).unwrap().attrs.ifname(), Some("real"));
    let (kind, payload) = (m.header.kind, m.payload.to_vec());
    assert_eq!(s.message_name(kind, &payload), Some("RTM_NEWLINK"));
    assert_eq!(s.message_name(9999, &payload), None);
    assert!(matches!(s.next_event(), Err(Error::EventsLost)));
}

#[test]
fn link_names_come_from_a_dump_and_follow_link_events() {
    let mut s = sock(Fake::new(|req| {
        vec![req.dump_reply([link(1, "lo"), link(7, "v0")])]
    }));
    let mut names = nlcodec_socket::LinkNames::dump(&mut s).unwrap();
    assert_eq!(
        (names.get(1), names.get(7), names.get(8)),
        (Some("lo"), Some("v0"), None)
    );
    let event = |kind, index, name| raw(kind, 0, 0, 0, &link(index, name));
    for (kind, index, name) in [(RTM_NEWLINK, 8, "v1"), (RTM_DELLINK, 7, "v0")] {
        let bytes = event(kind, index, name);
        names
            .update(&nlcodec::messages(&bytes).next().unwrap().unwrap())
            .unwrap();
    }
    assert_eq!(
        (names.name(8), names.name(7)),
        ("v1".to_owned(), "if7".to_owned())
    );
    // A truncated link message is an error, not a silent skip.
    let short = raw(RTM_NEWLINK, 0, 0, 0, &[0; 8]);
    assert!(names
        .update(&nlcodec::messages(&short).next().unwrap().unwrap())
        .is_err());
}

/// `Socket::from_env` with `NLCODEC_REPLAY` set runs over the recording: the same dump, no
/// kernel. (The only test here that touches the environment.)
#[test]
fn from_env_replays_the_recording_named_by_nlcodec_replay() {
    let fake = Fake::new(|req| vec![req.dump_reply([link(3, "v0"), link(4, "v1")])]);
    let mut s = sock(fake).record(Vec::new()).unwrap();
    let live = s.dump_all(Getlink, &Ifinfomsg::default()).unwrap();
    let pcap = s.into_transport().finish().unwrap();
    let path = std::env::temp_dir().join(format!("nlcodec-from-env-{}.pcap", std::process::id()));
    std::fs::write(&path, pcap).unwrap();

    std::env::set_var(nlcodec_socket::REPLAY_ENV, &path);
    let s = Socket::from_env(Protocol::ROUTE);
    std::env::remove_var(nlcodec_socket::REPLAY_ENV);
    let mut s = s.unwrap();
    let again = s.dump_all(Getlink, &Ifinfomsg::default()).unwrap();
    assert_eq!(again.reply(), live.reply());
    let names = nlcodec_socket::LinkNames::from_reply(again.reply()).unwrap();
    assert_eq!((names.get(3), names.get(4)), (Some("v0"), Some("v1")));
    // A second dump was not recorded: the replay says so instead of inventing an answer.
    assert!(s.dump_all(Getlink, &Ifinfomsg::default()).is_err());
    let _ = std::fs::remove_file(&path);
}

/// The payload of a `CTRL_CMD_NEWFAMILY` for family `name` with id `id` and one group.
fn newfamily(id: u16, name: &str, group: (&str, u32)) -> Vec<u8> {
    let m = message(
        nlcodec::family::genl::GENL_ID_CTRL,
        0,
        &nlcodec::family::genl::GenlMsgHdr {
            cmd: 1,
            version: 2,
            reserved: 0,
        },
        |w| {
            w.put_u16(1, id)?; // CTRL_ATTR_FAMILY_ID
            w.put_str(2, name)?; // CTRL_ATTR_FAMILY_NAME
            w.put_u32(3, 1)?; // CTRL_ATTR_VERSION
            let groups = w.begin_nested(7)?; // CTRL_ATTR_MCAST_GROUPS
            let g = w.begin_nested(1)?;
            w.put_str(1, group.0)?;
            w.put_u32(2, group.1)?;
            w.end_nested(g)?;
            w.end_nested(groups)
        },
    )
    .unwrap();
    m[NLMSG_HDRLEN..].to_vec()
}

#[test]
fn genl_families_dumps_every_family_and_fills_the_cache() {
    let asked = Arc::new(Mutex::new(0));
    let n = asked.clone();
    let f = Fake::new(move |req| {
        *n.lock().unwrap() += 1;
        assert_eq!(req.header.flags & NLM_F_DUMP, NLM_F_DUMP, "a dump");
        vec![req.dump_reply([
            newfamily(20, "ethtool", ("monitor", 7)),
            newfamily(21, "netdev", ("mgmt", 8)),
        ])]
    });
    let mut s = Socket::with_transport(Protocol::GENERIC, f).unwrap();
    let all = s.genl_families().unwrap();
    let names: Vec<(u16, &str, Option<u32>)> = all
        .iter()
        .map(|f| (f.id, f.name.as_str(), f.groups.first().map(|g| g.id)))
        .collect();
    assert_eq!(names, [(20, "ethtool", Some(7)), (21, "netdev", Some(8))]);
    // Cached: asking for one afterwards sends nothing.
    assert_eq!(s.genl_family("netdev").unwrap().group("mgmt"), Some(8));
    assert_eq!(*asked.lock().unwrap(), 1);
}

#[test]
fn a_resolved_generic_family_names_its_errors_without_set_schema() {
    use nlcodec_families::ethtool::{ops::LinkinfoGet, LinkinfoBuilder, ETHTOOL_MSG_LINKINFO_GET};
    let f = Fake::new(|req| match req.header.kind {
        16 => vec![
            req.message(16, 0, &newfamily(20, "ethtool", ("monitor", 7))),
            req.ack(),
        ],
        // ethtool: the device name is unknown. The offset points at ETHTOOL_A_HEADER_DEV_NAME:
        // nlmsghdr 16 + genlmsghdr 4 + the header nest's own 4 bytes.
        _ => vec![req.error_with(19, Some("no device matches name"), Some(24))],
    });
    let mut s = Socket::with_transport(Protocol::GENERIC, f).unwrap();
    let e = s
        .call(LinkinfoGet, 0, &(), |i| i.header(|h| h.dev_name("nosuch0")))
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "ETHTOOL_MSG_LINKINFO_GET: No such device: no device matches name, \
         at ETHTOOL_A_LINKINFO_HEADER / ETHTOOL_A_HEADER_DEV_NAME"
    );
    // Forgetting the families forgets their names too: the same request, sent raw.
    let fam = s.genl_family("ethtool").unwrap().clone();
    s.forget_genl_families();
    let mut req = nlcodec_socket::genl_message(&fam, ETHTOOL_MSG_LINKINFO_GET, 0, |w| {
        LinkinfoBuilder::new(w)
            .header(|h| h.dev_name("nosuch0"))
            .map(drop)
    })
    .unwrap();
    let e = s.request(&mut req).unwrap_err();
    assert!(e.to_string().starts_with("request type 20"), "{e}");
}
