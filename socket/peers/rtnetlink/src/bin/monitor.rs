// ip monitor link address route: each event by kind with the link, address or route.
use futures_util::StreamExt;
use netlink_packet_core::NetlinkPayload;
use netlink_packet_route::route::RouteAttribute;
use netlink_packet_route::{address::AddressAttribute, link::LinkAttribute, RouteNetlinkMessage};
use rtnetlink::MulticastGroup;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    use MulticastGroup::*;
    let groups = [Link, Ipv4Ifaddr, Ipv6Ifaddr, Ipv4Route, Ipv6Route];
    let (conn, _, mut events) = rtnetlink::new_multicast_connection(&groups)?;
    tokio::spawn(conn);
    while let Some((msg, _)) = events.next().await {
        let NetlinkPayload::InnerMessage(m) = msg.payload else {
            continue;
        };
        let text = match &m {
            RouteNetlinkMessage::NewLink(l) | RouteNetlinkMessage::DelLink(l) => {
                l.attributes.iter().find_map(|a| match a {
                    LinkAttribute::IfName(n) => Some(n.clone()),
                    _ => None,
                })
            }
            RouteNetlinkMessage::NewAddress(a) | RouteNetlinkMessage::DelAddress(a) => {
                a.attributes.iter().find_map(|x| match x {
                    AddressAttribute::Address(ip) => Some(format!("{ip}/{}", a.header.prefix_len)),
                    _ => None,
                })
            }
            RouteNetlinkMessage::NewRoute(r) | RouteNetlinkMessage::DelRoute(r) => {
                r.attributes.iter().find_map(|x| match x {
                    RouteAttribute::Destination(d) => {
                        Some(format!("{d:?}/{}", r.header.destination_prefix_length))
                    }
                    _ => None,
                })
            }
            _ => None,
        };
        println!("[{}] {}", m.message_type(), text.unwrap_or_default());
    }
    Ok(())
}
