//! Decodes a capture of netlink messages with every name the specs give: message types,
//! fixed headers field by field, attributes by C name with typed values, nested sets,
//! sub-messages, and extended-ACK offsets as named paths with the kernel's policy.
//!
//! ```sh
//! cargo run -p nlcodec-families --example decode                       # testdata/link-dump.bin
//! cargo run -p nlcodec-families --example decode -- FILE [route|genl]  # any capture
//! ```

use nlcodec::dump::Dump;
use nlcodec_families::runtime::{GenlRegistry, Rtnetlink};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/../testdata/link-dump.bin").to_string()
    });
    let protocol = args.next().unwrap_or_else(|| "route".into());
    let buf = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("decode: {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let text = match protocol.as_str() {
        "route" => Dump::new(&buf).schema(&Rtnetlink).to_string(),
        "genl" => {
            // Family ids are the kernel's choice: learn them from the capture itself.
            let mut reg = GenlRegistry::new();
            reg.learn_all(&buf);
            Dump::new(&buf).schema(&reg).to_string()
        }
        other => {
            eprintln!("decode: unknown protocol {other} (route or genl)");
            return ExitCode::FAILURE;
        }
    };
    print!("{text}");
    if text.contains("malformed") {
        eprintln!("decode: {path} holds malformed messages");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
