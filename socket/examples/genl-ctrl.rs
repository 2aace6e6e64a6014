//! `genl-ctrl-list`: lists the generic netlink families (name, id, version, header size,
//! max attribute, operations, multicast groups) with a `CTRL_CMD_GETFAMILY` dump.
//!
//! ```text
//! cargo run -p nlcodec-socket --example genl-ctrl            # all families
//! cargo run -p nlcodec-socket --example genl-ctrl -- nlctrl  # one, by name
//! ```

use nlcodec::family::genl::*;
use nlcodec::family::FamilyHeader;
use nlcodec::{AttrTable, Writer};
use nlcodec_socket::{Protocol, Socket};

const CTRL_CMD_GETFAMILY_VERSION: u8 = 1;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let only = std::env::args().nth(1);
    let mut sock = Socket::open(Protocol::GENERIC)?;
    sock.set_ext_ack(true)?;
    let mut w = Writer::from_vec(Vec::new());
    w.begin_message(GENL_ID_CTRL, 0, 0, 0)?;
    w.put_header(&GenlMsgHdr {
        cmd: CTRL_CMD_GETFAMILY,
        version: CTRL_CMD_GETFAMILY_VERSION,
        reserved: 0,
    })?;
    let reply = match &only {
        Some(name) => {
            w.put_str(CTRL_ATTR_FAMILY_NAME, name)?;
            w.end_message()?;
            sock.request(&mut w.into_vec())?
        }
        None => {
            w.end_message()?;
            sock.dump(&mut w.into_vec())?
        }
    };
    for m in reply.messages() {
        let tb = AttrTable::<16>::from_attrs(m.attrs(GenlMsgHdr::LEN))?;
        let name = tb.require(CTRL_ATTR_FAMILY_NAME)?.as_str()?;
        let id = tb.require(CTRL_ATTR_FAMILY_ID)?.as_u16()?;
        let version = tb
            .get(CTRL_ATTR_VERSION)
            .map(|a| a.as_u32())
            .transpose()?
            .unwrap_or(0);
        let hdrsize = tb
            .get(CTRL_ATTR_HDRSIZE)
            .map(|a| a.as_u32())
            .transpose()?
            .unwrap_or(0);
        let maxattr = tb
            .get(CTRL_ATTR_MAXATTR)
            .map(|a| a.as_u32())
            .transpose()?
            .unwrap_or(0);
        println!("0x{id:04x} {name} version {version}");
        println!("    hdrsize {hdrsize} maxattr {maxattr}");
        if let Some(ops) = tb.get(CTRL_ATTR_OPS) {
            println!("    operations:");
            for (i, op) in ops.nested().enumerate() {
                let op = AttrTable::<4>::from_attrs(op?.nested())?;
                let id = op.require(CTRL_ATTR_OP_ID)?.as_u32()?;
                let flags = op.get(CTRL_ATTR_OP_FLAGS).map(|a| a.as_u32()).transpose()?;
                println!(
                    "      #{}: id 0x{id:x} flags 0x{:x}",
                    i + 1,
                    flags.unwrap_or(0)
                );
            }
        }
        if let Some(groups) = tb.get(CTRL_ATTR_MCAST_GROUPS) {
            println!("    multicast groups:");
            for (i, g) in groups.nested().enumerate() {
                let g = AttrTable::<4>::from_attrs(g?.nested())?;
                let gname = g.require(CTRL_ATTR_MCAST_GRP_NAME)?.as_str()?;
                let gid = g.require(CTRL_ATTR_MCAST_GRP_ID)?.as_u32()?;
                println!("      #{}: ID-0x{gid:x} name: {gname}", i + 1);
            }
        }
    }
    Ok(())
}
