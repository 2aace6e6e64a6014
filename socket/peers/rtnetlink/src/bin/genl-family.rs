// genl-family NAME: id, version, commands, multicast groups.
use netlink_packet_core::{NetlinkMessage, NetlinkPayload, NLM_F_REQUEST};
use netlink_packet_generic::ctrl::{nlas::GenlCtrlAttrs, GenlCtrl, GenlCtrlCmd};
use netlink_packet_generic::GenlMessage;
use netlink_sys::{protocols::NETLINK_GENERIC, Socket, SocketAddr};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let name = std::env::args().nth(1).ok_or("usage: genl-family NAME")?;
    let mut sock = Socket::new(NETLINK_GENERIC)?;
    sock.bind_auto()?;
    sock.connect(&SocketAddr::new(0, 0))?;
    let ctrl = GenlCtrl {
        cmd: GenlCtrlCmd::GetFamily,
        nlas: vec![GenlCtrlAttrs::FamilyName(name)],
    };
    let mut msg = NetlinkMessage::from(GenlMessage::from_payload(ctrl));
    msg.header.flags = NLM_F_REQUEST;
    msg.finalize();
    let mut buf = vec![0; msg.buffer_len()];
    msg.serialize(&mut buf);
    sock.send(&buf, 0)?;
    let (reply, _) = sock.recv_from_full()?;
    let reply = NetlinkMessage::<GenlMessage<GenlCtrl>>::deserialize(&reply)?;
    let attrs = match reply.payload {
        NetlinkPayload::InnerMessage(m) => m.payload.nlas,
        NetlinkPayload::Error(e) => return Err(e.to_string().into()),
        _ => return Err("unexpected reply".into()),
    };
    for a in attrs {
        match a {
            GenlCtrlAttrs::FamilyId(id) => println!("id {id}"),
            GenlCtrlAttrs::Version(v) => println!("version {v}"),
            GenlCtrlAttrs::Ops(ops) => ops.iter().for_each(|op| println!("  op {op:?}")),
            GenlCtrlAttrs::McastGroups(gs) => gs.iter().for_each(|g| println!("  group {g:?}")),
            _ => {}
        }
    }
    Ok(())
}
