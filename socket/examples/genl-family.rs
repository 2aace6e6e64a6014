//! `genl-family NAME`: a generic netlink family's id, version, commands (named from its spec
//! when `nlcodec-families` has one) and multicast groups, asked of the controller by name.
//!
//! ```text
//! cargo run -p nlcodec-socket --example genl-family -- nlctrl
//! ```

mod common;

use nlcodec_socket::{Protocol, Report};

fn main() -> Result<(), Report> {
    let args = common::Args::parse()?;
    let name = args.rest.first().ok_or("usage: genl-family NAME")?;
    let mut sock = args.open(Protocol::GENERIC)?;
    let f = sock.genl_family(name)?;
    println!(
        "{} id {} version {} hdrsize {}",
        f.name, f.id, f.version, f.hdrsize
    );
    let spec = nlcodec_families::GENL.iter().find(|s| s.name == f.name);
    for op in &f.ops {
        let named = spec.and_then(|s| s.op_for(op.id as u16)).map(|o| o.c_name);
        let caps = [(op.can_do(), "do"), (op.can_dump(), "dump")];
        let caps: Vec<&str> = caps.iter().filter(|c| c.0).map(|c| c.1).collect();
        println!(
            "  op {} {} [{}]",
            op.id,
            named.unwrap_or("?"),
            caps.join(",")
        );
    }
    for g in &f.groups {
        println!("  group {} id {}", g.name, g.id);
    }
    Ok(())
}
