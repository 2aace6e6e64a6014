//! The typed route decodes the benches compare read the same values: for every route of the
//! 110k-route dump (and of the small `testdata/route-dump.bin`), the generated `rt-route` view
//! (`RouteMsg::parse` + getters), the codec's raw full parse (`AttrTable` + raw values), the
//! hand-written one-pass decode, netlink-packet-route and netlink-bindings give the same
//! `Route`.

use netlink_packet_core::NetlinkMessage;
use nlcodec::family::FamilyHeader;
use nlcodec::{AttrTable, Message};
use nlcodec_benches::{peers, *};
use nlcodec_families::rt_route::Rtmsg;

/// The route out of the codec's raw full parse: `Rtmsg` and the `AttrTable` the `full-parse`
/// benchmark builds, values read raw.
fn raw_route(m: &Message<'_>) -> Route {
    let rt = Rtmsg::parse(m.payload).unwrap();
    let tb = AttrTable::<ROUTE_SLOTS>::from_attrs(m.attrs(Rtmsg::LEN)).unwrap();
    let ip = |k| {
        tb.get(k).and_then(|a| match a.value().len() {
            4 => Some(std::net::IpAddr::from(
                <[u8; 4]>::try_from(a.value()).unwrap(),
            )),
            16 => Some(std::net::IpAddr::from(
                <[u8; 16]>::try_from(a.value()).unwrap(),
            )),
            _ => None,
        })
    };
    let u32_of = |k| tb.get(k).map(|a| a.as_u32().unwrap());
    Route {
        family: rt.rtm_family.value() as u8,
        dst_len: rt.rtm_dst_len,
        table: u32_of(RTA_TABLE).unwrap_or(rt.rtm_table.value()),
        protocol: rt.rtm_protocol.value() as u8,
        kind: rt.rtm_type.value() as u8,
        dst: ip(RTA_DST),
        gateway: ip(RTA_GATEWAY),
        oif: u32_of(RTA_OIF),
        priority: u32_of(RTA_PRIORITY),
    }
}

fn check_capture(w: &Workload) -> usize {
    let b = &w.bytes[..];
    let mut routes = 0;
    let (mut with_gw, mut with_prio, mut other_table) = (0, 0, 0);
    let mut it = nlcodec::messages(b);
    loop {
        let at = it.offset();
        let Some(m) = it.next() else { break };
        let m = m.unwrap();
        if !(24..=27).contains(&m.header.kind) {
            continue;
        }
        let view = view_route(&m).unwrap();
        let raw = raw_route(&m);
        assert_eq!(view, raw, "view vs raw full parse at {at}");
        assert_eq!(view, decode_route(&m).unwrap(), "view vs one-pass decode");
        assert_eq!(view, peers::nb_route(m.payload), "view vs netlink-bindings");
        let whole = &b[at..at + m.header.len as usize];
        let npr = NetlinkMessage::deserialize(whole).unwrap();
        assert_eq!(
            Some(view),
            peers::npr_route(&npr),
            "view vs netlink-packet-route"
        );
        routes += 1;
        with_gw += usize::from(view.gateway.is_some());
        with_prio += usize::from(view.priority.is_some());
        other_table += usize::from(view.table > 255);
    }
    eprintln!("{w:?}: {routes} routes, {with_gw} with a gateway, {with_prio} with a priority, {other_table} in table > 255");
    routes
}

#[test]
fn typed_decodes_agree_on_every_route() {
    let w = route_dump();
    let routes = check_capture(&w);
    assert_eq!(routes, w.messages - 1);
    let small = read_capture(&testdata_dir().join("route-dump.bin")).unwrap();
    let small = Workload::new("route-dump", small).unwrap();
    assert!(check_capture(&small) > 0);
}

#[test]
fn typed_decodes_see_every_message() {
    let w = route_dump();
    let b = &w.bytes[..];
    assert_eq!(view_routes(b).unwrap(), w.messages);
    assert_eq!(peers::nb_routes(b).unwrap(), w.messages);
    assert_eq!(peers::npr_routes(b).unwrap(), w.messages);
}

#[test]
fn the_view_rejects_a_short_oif() {
    // RTA_OIF shrunk to 2 bytes: the view's parse-time check refuses it (its getter could not
    // answer), as the raw decode's `as_u32` does.
    let w = route_dump();
    let (bytes, at) = with_short_oif(&w.bytes);
    let m = nlcodec::messages(&bytes).next().unwrap().unwrap();
    let err = view_route(&m).unwrap_err();
    assert!(
        matches!(err, nlcodec::Error::InvalidAttr { kind: RTA_OIF, offset, .. } if offset == at),
        "{err:?}"
    );
    assert!(decode_route(&m).is_err());
}
