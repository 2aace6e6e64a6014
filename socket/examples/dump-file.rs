//! Pretty-prints a file of raw netlink messages (such as a `testdata/` capture) with
//! `nlcodec::dump::Dump`.
//!
//! ```text
//! dump-file <file> [route|genl|none]
//! ```

use nlcodec::dump::Dump;
use std::process::ExitCode;

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
    let header: fn(u16) -> usize = match args.get(1).map(String::as_str) {
        Some("genl") => |_| 4,
        Some("none") => |_| 0,
        _ if path.contains("genl") => |_| 4,
        _ => nlcodec::family::route::header_len,
    };
    print!("{}", Dump::new(&bytes).family_header_len(header));
    ExitCode::SUCCESS
}
