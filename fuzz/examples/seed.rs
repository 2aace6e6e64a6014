//! Writes the seed corpus: `cargo run --example seed -- <corpus dir> [capture files...]`.
//!
//! Every target's directory gets the hand-made edge cases and pieces (whole messages, at most
//! 1 KiB each, at most 3 per capture) of each capture file given. Existing files are kept.

use std::path::{Path, PathBuf};

fn main() {
    let mut args = std::env::args_os().skip(1);
    let root = PathBuf::from(args.next().expect("usage: seed <corpus dir> [captures...]"));
    let mut seeds = nlcodec_fuzz::seeds::edge_cases();
    for cap in args {
        let path = Path::new(&cap);
        let bytes = std::fs::read(path).expect("read capture");
        let stem = path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .replace('.', "-");
        let pieces = nlcodec_fuzz::seeds::split_capture(&bytes, 1024);
        let step = pieces.len().div_ceil(3).max(1);
        for (i, p) in pieces.into_iter().enumerate().step_by(step) {
            seeds.push((format!("{stem}-{i}"), p));
        }
    }
    for (target, _) in nlcodec_fuzz::TARGETS {
        let dir = root.join(target);
        std::fs::create_dir_all(&dir).expect("create corpus dir");
        for (name, bytes) in &seeds {
            std::fs::write(dir.join(format!("seed-{name}")), bytes).expect("write seed");
        }
    }
    eprintln!(
        "wrote {} seeds for each of {} targets",
        seeds.len(),
        nlcodec_fuzz::TARGETS.len()
    );
}
