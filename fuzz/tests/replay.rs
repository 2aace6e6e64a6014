//! Replays the corpus and the hand-made edge cases through every target's check function,
//! so that `cargo test` on stable exercises what the fuzzers found.

use nlcodec_fuzz::{replay_path, seeds, TARGETS};
use std::path::Path;

#[test]
fn edge_cases_pass_every_check() {
    let cases = seeds::edge_cases();
    assert!(cases.len() > 50);
    for (name, bytes) in &cases {
        for (target, check) in TARGETS {
            eprintln!("{target}: {name}");
            check(bytes);
        }
    }
}

#[test]
fn corpus_replays() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut total = 0;
    for (target, check) in TARGETS {
        let n = replay_path(&root.join(target), check);
        assert!(n > 0, "no corpus for {target}: run fuzz/seed.sh");
        total += n;
    }
    eprintln!("replayed {total} corpus files");
}

#[test]
fn regressions_replay() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("regressions");
    for (target, check) in TARGETS {
        replay_path(&root.join(target), check);
    }
}

#[test]
fn captures_split_into_whole_messages() {
    let stream: Vec<u8> = seeds::edge_cases()
        .into_iter()
        .find(|(n, _)| n == "route-dump-written")
        .map(|(_, b)| b)
        .unwrap();
    let pieces = seeds::split_capture(&stream, 64);
    assert_eq!(pieces.len(), 4);
    let again: Vec<u8> = pieces
        .iter()
        .flat_map(|p| {
            let mut p = p.clone();
            p.resize(p.len().div_ceil(4) * 4, 0);
            p
        })
        .collect();
    assert_eq!(&again[..stream.len()], &stream[..]);
}
