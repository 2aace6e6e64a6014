//! Pretty-prints a file of raw netlink messages (such as a `testdata/` capture) with
//! `nlcodec::dump::Dump`, named through the generated families: message types, fixed
//! headers field by field, attributes by C name with typed values, enums and flags by name,
//! extended-ACK offsets as named paths.
//!
//! ```text
//! dump-file <file> [route|genl|none]
//! ```
//!
//! `route` (the default) names rtnetlink messages; `genl` (the default for a file whose name
//! holds `genl`) learns the generic netlink family ids from the file's own
//! `CTRL_CMD_NEWFAMILY` messages; `none` dumps every attribute by number.

use nlcodec::dump::Dump;
use nlcodec_families::runtime::{GenlRegistry, Rtnetlink};
use std::process::ExitCode;

/// The generic netlink families compiled in, by the ids the capture's own
/// `CTRL_CMD_NEWFAMILY` messages announce.
fn learn_genl(bytes: &[u8]) -> GenlRegistry {
    let mut genl = GenlRegistry::new();
    genl.learn_all(bytes);
    genl
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: dump-file <file> [route|genl|none]");
        return ExitCode::from(2);
    };
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("dump-file: {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let dump = Dump::new(&bytes);
    match args.get(1).map(String::as_str) {
        Some("none") => print!("{dump}"),
        Some("genl") => print!("{}", dump.schema(&learn_genl(&bytes))),
        Some("route") => print!("{}", dump.schema(&Rtnetlink)),
        _ if path.contains("genl") => print!("{}", dump.schema(&learn_genl(&bytes))),
        _ => print!("{}", dump.schema(&Rtnetlink)),
    }
    ExitCode::SUCCESS
}
