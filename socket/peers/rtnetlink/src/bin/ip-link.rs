// ip -br link: name, operational state, address, flags.
use futures_util::TryStreamExt;
use netlink_packet_route::link::LinkAttribute;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), rtnetlink::Error> {
    let (conn, handle, _) = rtnetlink::new_connection().unwrap();
    tokio::spawn(conn);
    let mut links = handle.link().get().execute();
    while let Some(l) = links.try_next().await? {
        let (mut name, mut state, mut mac) = (String::new(), String::new(), String::new());
        for a in l.attributes {
            match a {
                LinkAttribute::IfName(n) => name = n,
                LinkAttribute::OperState(s) => state = format!("{s:?}").to_uppercase(),
                LinkAttribute::Address(m) => {
                    mac = m
                        .iter()
                        .map(|b| format!("{b:02x}"))
                        .collect::<Vec<_>>()
                        .join(":")
                }
                _ => {}
            }
        }
        println!("{name:<16} {state:<14} {mac} <{:?}>", l.header.flags);
    }
    Ok(())
}
