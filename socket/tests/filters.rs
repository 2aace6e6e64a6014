//! Kernel-side dump filters on the real kernel, in a private network namespace: each typed
//! filter returns what `ip -j` shows for the same selection; with strict checking off the
//! kernel ignores them and the call says so.

mod netns;

use netns::{ip, ip_json};
use nlcodec_families::rt_route::RtTable;
use nlcodec_socket::{
    AddressFilter, Error, LinkFilter, NeighbourFilter, Protocol, RouteFilter, Socket,
};
use std::collections::BTreeSet;

fn set<I: IntoIterator<Item = String>>(i: I) -> BTreeSet<String> {
    i.into_iter().collect()
}

/// A field of every object `ip -j ARGS` lists.
fn ip_field(args: &[&str], field: &str) -> BTreeSet<String> {
    let v = ip_json(args);
    set(v
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o[field].as_str().unwrap_or("").to_owned()))
}

#[test]
fn typed_filters_return_what_ip_shows_and_an_ignored_filter_is_an_error() {
    let Some(()) = netns::in_netns("dump_filters", || {
        for cmd in [
            "link add a0 type veth peer name a1",
            "link add b0 type veth peer name b1",
            "link add br0 type bridge",
            "link set a1 master br0",
            "link set b1 master br0",
            "link set a0 up",
            "link set b0 up",
            "addr add 10.1.0.1/24 dev a0",
            "addr add 10.1.0.9/24 dev a0",
            "addr add 10.2.0.1/24 dev b0",
            "route add 192.0.2.0/24 via 10.1.0.2 table 100",
            "route add 198.51.100.0/24 via 10.1.0.2 table 100",
            "route add 203.0.113.0/24 via 10.2.0.2",
            "neigh add 10.1.0.7 lladdr 02:00:00:00:00:07 dev a0 nud permanent",
            "neigh add 10.2.0.7 lladdr 02:00:00:00:00:08 dev b0 nud permanent",
        ] {
            ip(cmd);
        }
        let mut s = Socket::open(Protocol::ROUTE).unwrap();
        let (a0, br0) = (s.ifindex("a0").unwrap(), s.ifindex("br0").unwrap());

        // Strict checking off: the kernel ignores the filter, and the call says so.
        let e = s
            .routes(&RouteFilter {
                table: Some(RtTable::Other(100)),
                ..Default::default()
            })
            .map(drop)
            .unwrap_err();
        assert!(matches!(e, Error::FilterIgnored { .. }), "{e:?}");
        assert_eq!(
            e.to_string(),
            "the kernel did not apply the dump filter (RTA_TABLE / RTA_OIF): turn strict checking \
             on (Socket::set_strict_checking; Linux 4.20 or later)"
        );

        s.set_strict_checking(true).unwrap();
        let t100 = s
            .routes(&RouteFilter {
                table: Some(RtTable::Other(100)),
                ..Default::default()
            })
            .unwrap();
        let ours = set(t100.iter().map(|r| {
            let r = r.unwrap();
            format!("{}/{}", r.attrs.dst().unwrap(), r.header.rtm_dst_len)
        }));
        assert_eq!(ours, ip_field(&["route", "show", "table", "100"], "dst"));
        assert_eq!(ours.len(), 2);

        let via_a0 = s
            .routes(&RouteFilter {
                oif: Some(a0),
                ..Default::default()
            })
            .unwrap();
        assert!(via_a0.iter().all(|r| r.unwrap().attrs.oif() == Some(a0)));
        // ip: every table, both families, dev a0.
        let ip4 = ip_json(&["route", "show", "table", "all", "dev", "a0"])
            .as_array()
            .unwrap()
            .len();
        let ip6 = ip_json(&["-6", "route", "show", "table", "all", "dev", "a0"])
            .as_array()
            .unwrap()
            .len();
        assert_eq!(via_a0.len(), ip4 + ip6);

        let on_a0 = s
            .addresses(&AddressFilter {
                index: Some(a0),
                ..Default::default()
            })
            .unwrap();
        let ours = set(on_a0
            .iter()
            .map(|a| a.unwrap().attrs.local().unwrap().to_string()));
        let v = ip_json(&["addr", "show", "dev", "a0"]);
        let theirs = set(v[0]["addr_info"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["local"].as_str().unwrap().to_owned()));
        assert_eq!(ours, theirs);

        let name = |l: Result<nlcodec_families::rt_link::LinkMsg<'_>, nlcodec::Error>| {
            l.unwrap().attrs.ifname().unwrap().to_owned()
        };
        let veths = set(s
            .links(&LinkFilter {
                kind: Some("veth"),
                ..Default::default()
            })
            .unwrap()
            .iter()
            .map(name));
        assert_eq!(veths, ip_field(&["link", "show", "type", "veth"], "ifname"));
        assert_eq!(veths.len(), 4);
        let ports = set(s
            .links(&LinkFilter {
                master: Some(br0),
                ..Default::default()
            })
            .unwrap()
            .iter()
            .map(name));
        assert_eq!(
            ports,
            ip_field(&["link", "show", "master", "br0"], "ifname")
        );
        assert_eq!(ports, set(["a1".to_owned(), "b1".to_owned()]));

        let neigh = s
            .neighbours(&NeighbourFilter {
                index: Some(a0),
                ..Default::default()
            })
            .unwrap();
        let ours = set(neigh
            .iter()
            .map(|n| n.unwrap().attrs.dst().unwrap().to_string()));
        assert_eq!(ours, ip_field(&["neigh", "show", "dev", "a0"], "dst"));
        assert!(ours.contains("10.1.0.7"));
    }) else {
        return;
    };
}
