// ip-route [add DEV ADDR/LEN DST/LEN GW]: set DEV up, add the address and the route; dump.
use futures_util::TryStreamExt;
use netlink_packet_route::route::{RouteAddress, RouteAttribute};
use rtnetlink::{LinkUnspec, RouteMessageBuilder};
use std::net::IpAddr;

fn prefix(s: &str) -> (IpAddr, u8) {
    let (a, l) = s.split_once('/').expect("ADDRESS/LENGTH");
    (a.parse().expect("address"), l.parse().expect("length"))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (conn, handle, _) = rtnetlink::new_connection()?;
    tokio::spawn(conn);
    if let [add, dev, addr, dst, gw] = &args[..] {
        assert_eq!(add, "add");
        let mut links = handle.link().get().match_name(dev.clone()).execute();
        let index = links
            .try_next()
            .await?
            .ok_or("no such device")?
            .header
            .index;
        handle
            .link()
            .set(LinkUnspec::new_with_index(index).up().build())
            .execute()
            .await?;
        let (addr, len) = prefix(addr);
        handle.address().add(index, addr, len).execute().await?;
        let (dst, len) = prefix(dst);
        let route = RouteMessageBuilder::<IpAddr>::new()
            .destination_prefix(dst, len)?
            .gateway(gw.parse()?)?
            .output_interface(index)
            .build();
        handle.route().add(route).execute().await?;
    }
    let mut routes = handle
        .route()
        .get(RouteMessageBuilder::<IpAddr>::new().build())
        .execute();
    while let Some(r) = routes.try_next().await? {
        let (mut dst, mut via, mut dev) = ("default".to_owned(), String::new(), String::new());
        let len = r.header.destination_prefix_length;
        for a in &r.attributes {
            match a {
                RouteAttribute::Destination(RouteAddress::Inet(d)) => dst = format!("{d}/{len}"),
                RouteAttribute::Destination(RouteAddress::Inet6(d)) => dst = format!("{d}/{len}"),
                RouteAttribute::Gateway(RouteAddress::Inet(g)) => via = format!(" via {g}"),
                RouteAttribute::Gateway(RouteAddress::Inet6(g)) => via = format!(" via {g}"),
                RouteAttribute::Oif(i) => dev = format!(" dev {i}"),
                _ => {}
            }
        }
        let (table, proto) = (r.header.table, r.header.protocol);
        println!("{dst}{via}{dev} table {table} proto {proto:?}");
    }
    Ok(())
}
