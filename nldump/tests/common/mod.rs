//! Shared by the integration tests: the shipped captures and how to decode them.
#![allow(dead_code)]

use nldump::{decode_input, Options, Summary};
use std::path::{Path, PathBuf};

/// The repository's testdata/ folder.
pub fn testdata() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata")
}

/// Every capture shipped in testdata/ (raw `.bin` buffers and `.pcap`/`.pcapng` files),
/// sorted by name.
pub fn captures() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(testdata())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("bin" | "pcap" | "pcapng")
            )
        })
        .collect();
    v.sort();
    v
}

/// The protocol of a raw capture, from its name (`genl-*` is generic netlink).
pub fn protocol_of(path: &Path) -> nlcodec::Protocol {
    let name = path.file_name().unwrap().to_str().unwrap();
    if name.starts_with("genl") {
        nlcodec::Protocol::GENERIC
    } else {
        nlcodec::Protocol::ROUTE
    }
}

/// Decodes `bytes` with `opts`; returns stdout, stderr and the summary.
pub fn run(bytes: &[u8], opts: &Options) -> (String, String, Summary) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let s = decode_input(bytes, opts, &mut out, &mut err).unwrap();
    (
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
        s,
    )
}

/// The options of `nldump --json`.
pub fn json() -> Options {
    Options {
        json: true,
        ..Options::default()
    }
}
