//! Decodes a netlink capture (the raw bytes of one or more datagrams, concatenated) and prints
//! every message and attribute, like libmnl's `mnl_nlmsg_fprintf`, with the names the
//! kernel's specs give (`RTM_NEWLINK`, `ifinfomsg { ... }`, `IFLA_IFNAME "lo"`, enum and
//! flag names, nested sets, named extended-ACK paths) through `nlcodec-families`.
//!
//! ```text
//! cargo run -p nlcodec --example decode -- [FILE] [--family route|genl|netfilter|none]
//! ```
//!
//! With no FILE it decodes `testdata/link-dump.bin`, a real kernel link dump. The family
//! (default `route`) picks the schema: rtnetlink's families, or generic netlink families
//! whose ids are learnt from the capture's own `CTRL_CMD_NEWFAMILY` messages. Netfilter and
//! `none` print attributes by number.

use nlcodec::dump::Dump;
use nlcodec::Protocol;
use nlcodec_families::runtime::{family_header_len, GenlRegistry, Rtnetlink};
use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut file = None;
    let mut family = String::from("route");
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--family" => family = args.next().unwrap_or_default(),
            "-h" | "--help" => {
                println!("usage: decode [FILE] [--family route|genl|netfilter|none]");
                return ExitCode::SUCCESS;
            }
            _ => file = Some(a),
        }
    }
    let path = file.unwrap_or_else(|| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/../testdata/link-dump.bin").to_string()
    });
    let header_len = match family.as_str() {
        "route" => family_header_len(Protocol::ROUTE),
        "genl" => family_header_len(Protocol::GENERIC),
        "netfilter" => family_header_len(Protocol::NETFILTER),
        "none" => family_header_len(Protocol::USERSOCK),
        other => {
            eprintln!("decode: unknown family {other:?} (route, genl, netfilter or none)");
            return ExitCode::from(2);
        }
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("decode: cannot read {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let count = nlcodec::messages(&bytes).count();
    let mut out = std::io::stdout().lock();
    let mut genl_ids = GenlRegistry::new();
    genl_ids.learn_all(&bytes);
    let dump = Dump::new(&bytes).family_header_len(header_len);
    let dump = match family.as_str() {
        "route" => dump.schema(&Rtnetlink),
        "genl" => dump.schema(&genl_ids),
        _ => dump,
    };
    // A closed pipe (`decode | head`) just ends the output.
    if write!(
        out,
        "{path}: {} bytes, {count} messages\n{dump}",
        bytes.len()
    )
    .is_err()
    {
        return ExitCode::SUCCESS;
    }
    match nlcodec::messages(&bytes).find_map(Result::err) {
        Some(e) => {
            eprintln!("decode: malformed capture: {e}");
            ExitCode::FAILURE
        }
        None => ExitCode::SUCCESS,
    }
}
