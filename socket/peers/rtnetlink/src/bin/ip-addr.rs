// ip -br addr: each link's addresses.
use futures_util::TryStreamExt;
use netlink_packet_route::{address::AddressAttribute, link::LinkAttribute};

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), rtnetlink::Error> {
    let (conn, handle, _) = rtnetlink::new_connection().unwrap();
    tokio::spawn(conn);
    let addrs: Vec<_> = handle.address().get().execute().try_collect().await?;
    let mut links = handle.link().get().execute();
    while let Some(l) = links.try_next().await? {
        let name = l.attributes.iter().find_map(|a| match a {
            LinkAttribute::IfName(n) => Some(n.clone()),
            _ => None,
        });
        let mut list = Vec::new();
        for a in addrs.iter().filter(|a| a.header.index == l.header.index) {
            for attr in &a.attributes {
                if let AddressAttribute::Local(ip) | AddressAttribute::Address(ip) = attr {
                    list.push(format!("{ip}/{}", a.header.prefix_len));
                    break;
                }
            }
        }
        println!("{:<16} {}", name.unwrap_or_default(), list.join(" "));
    }
    Ok(())
}
