//! The everyday setup job, one typed call per step: a veth pair `v0`/`v1` created up with
//! MTU 1400, an IPv4 and an IPv6 address on `v0`, a route via a gateway on the IPv4
//! subnet, then the links, addresses and routes listed. Run it in a scratch namespace.
//!
//! ```text
//! ip netns add lab; ip netns exec lab cargo run -p nlcodec-socket --example veth-setup
//! ```

mod common;

use nlcodec::consts::{NLM_F_CREATE, NLM_F_EXCL};
use nlcodec_families::rt_addr::{ops::*, AddressFamily::*, Ifaddrmsg};
use nlcodec_families::rt_link::{ops::*, IfinfoFlags, Ifinfomsg};
use nlcodec_families::rt_route::{ops::*, RtmType, Rtmsg};
use nlcodec_socket::{Protocol, Report};

fn main() -> Result<(), Report> {
    let args = common::Args::parse()?;
    let mut s = args.open(Protocol::ROUTE)?;
    let new = NLM_F_CREATE | NLM_F_EXCL;
    let (mut link, peer) = (Ifinfomsg::default(), Ifinfomsg::default());
    (link.ifi_flags, link.ifi_change) = (IfinfoFlags::UP, IfinfoFlags::UP);
    s.call(Newlink, new, &link, |l| {
        l.ifname("v0")?.mtu(1400)?;
        l.linkinfo(|i| i.data_veth(|v| v.peer(&peer, |p| p.ifname("v1"))))
    })?;
    let (mut ifa, i) = (Ifaddrmsg::default(), s.ifindex("v0")?);
    for (family, ip, len) in [(Inet, "10.0.0.1", 24), (Inet6, "fd00::1", 64)] {
        (ifa.ifa_family, ifa.ifa_prefixlen, ifa.ifa_index) = (family, len, i);
        let ip = ip.parse()?;
        s.call(Newaddr, new, &ifa, |a| a.local(ip))?;
    }
    let mut rtm = Rtmsg::default();
    (rtm.rtm_family, rtm.rtm_dst_len, rtm.rtm_type) = (Inet, 16, RtmType::Unicast);
    let (dst, gw) = ("10.10.0.0".parse()?, "10.0.0.2".parse()?);
    s.call(Newroute, new, &rtm, |r| r.dst(dst)?.gateway(gw)?.oif(i))?;
    for l in &s.dump_all(Getlink, &Ifinfomsg::default())? {
        let l = l?.attrs;
        println!("link {:?} mtu {:?}", l.ifname(), l.mtu());
    }
    for a in &s.dump_all(Getaddr, &Ifaddrmsg::default())? {
        let a = a?;
        println!("addr {:?}/{}", a.attrs.address(), a.header.ifa_prefixlen);
    }
    for r in &s.dump_all(Getroute, &Rtmsg::default())? {
        let r = r?;
        let (dst, via) = (r.attrs.dst(), r.attrs.gateway());
        println!("route {dst:?}/{} via {via:?}", r.header.rtm_dst_len);
    }
    Ok(())
}
