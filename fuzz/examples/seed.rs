//! Writes the seed corpus: `cargo run --example seed -- <corpus dir> [capture files...]`.
//!
//! Every target's directory gets the hand-made edge cases and pieces (whole messages, at most
//! 1 KiB each, at most 3 per capture) of each capture file given. The `families` target also
//! gets up to 12 messages of each capture in its own layout (family index, set index,
//! attribute block; see `nlcodec_fuzz::families`). Existing files are kept.

use std::path::{Path, PathBuf};

fn main() {
    let mut args = std::env::args_os().skip(1);
    let root = PathBuf::from(args.next().expect("usage: seed <corpus dir> [captures...]"));
    let mut seeds = nlcodec_fuzz::seeds::edge_cases();
    let mut family_seeds = Vec::new();
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
        let reg = nlcodec_families::runtime::GenlRegistry::new();
        let schema: &dyn nlcodec::schema::Schema = if stem.starts_with("genl") {
            &reg
        } else {
            &nlcodec_families::runtime::Rtnetlink
        };
        let msgs = nlcodec_fuzz::families::seeds_from_capture(&bytes, schema);
        let step = msgs.len().div_ceil(12).max(1);
        for (i, p) in msgs.into_iter().enumerate().step_by(step) {
            family_seeds.push((format!("typed-{stem}-{i}"), p));
        }
    }
    let dir = root.join("families");
    std::fs::create_dir_all(&dir).expect("create corpus dir");
    for (name, bytes) in &family_seeds {
        std::fs::write(dir.join(format!("seed-{name}")), bytes).expect("write seed");
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
