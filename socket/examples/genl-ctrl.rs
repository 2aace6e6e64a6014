//! `genl-ctrl-list`: lists the generic netlink families (id, name, version, header size, max
//! attribute, operations by name, multicast groups) with a `CTRL_CMD_GETFAMILY` dump, read
//! through the typed `nlctrl` view. Operations are named from the family's spec when one is
//! compiled in (`nlcodec-families`, feature `all`), by number otherwise.
//!
//! ```text
//! cargo run -p nlcodec-socket --example genl-ctrl            # all families
//! cargo run -p nlcodec-socket --example genl-ctrl -- nlctrl  # one, by name
//! ```

mod common;

use nlcodec::family::genl::{GenlMsgHdr, GENL_ID_CTRL};
use nlcodec::Writer;
use nlcodec_families::nlctrl::{CtrlAttrsBuilder, CtrlMsg, CTRL_CMD_GETFAMILY, FAMILY_VERSION};
use nlcodec_families::runtime::GenlRegistry;
use nlcodec_socket::{Protocol, Report};

fn main() -> Result<(), Report> {
    let args = common::Args::parse()?;
    let only = args.rest.first().cloned();
    // A generic netlink socket names nlctrl's requests and errors by itself.
    let mut sock = args.open(Protocol::GENERIC)?;
    let mut w = Writer::from_vec(Vec::new());
    w.begin_message(GENL_ID_CTRL, 0, 0, 0)?;
    w.put_header(&GenlMsgHdr {
        cmd: CTRL_CMD_GETFAMILY,
        version: FAMILY_VERSION,
        reserved: 0,
    })?;
    if let Some(name) = &only {
        CtrlAttrsBuilder::new(&mut w).family_name(name)?;
    }
    w.end_message()?;
    let reply = match only {
        Some(_) => sock.request(&mut w.into_vec())?,
        None => sock.dump(&mut w.into_vec())?,
    };
    // The specs compiled in, by the ids this kernel gave their families.
    let mut specs = GenlRegistry::new();
    for m in reply.messages() {
        let a = CtrlMsg::parse(&m)?.attrs;
        let (Some(id), Some(name)) = (a.family_id(), a.family_name()) else {
            continue;
        };
        let spec = specs.insert(id, name);
        println!("{id:#06x} {name} version {}", a.version().unwrap_or(0));
        println!(
            "    hdrsize {} maxattr {}",
            a.hdrsize().unwrap_or(0),
            a.maxattr().unwrap_or(0)
        );
        if let Some(ops) = a.ops() {
            println!("    operations:");
            for (i, op) in ops.enumerate() {
                let (_, op) = op?;
                let id = op.id().unwrap_or(0);
                let named = spec
                    .and_then(|f| {
                        f.ops
                            .iter()
                            .find(|o| u32::from(o.request) == id && !o.notification)
                    })
                    .map(|o| o.name);
                let flags = op.flags().unwrap_or_default();
                match named {
                    Some(n) => println!("      #{}: {n} ({id}) flags {flags}", i + 1),
                    None => println!("      #{}: {id} flags {flags}", i + 1),
                }
            }
        }
        if let Some(groups) = a.mcast_groups() {
            println!("    multicast groups:");
            for (i, g) in groups.enumerate() {
                let (_, g) = g?;
                let (gname, gid) = (g.name().unwrap_or("?"), g.id().unwrap_or(0));
                println!("      #{}: {gname} (id {gid:#x})", i + 1);
            }
        }
    }
    Ok(())
}
