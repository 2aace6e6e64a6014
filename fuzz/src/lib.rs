//! Check functions for fuzzing `nlcodec`, one per fuzz target.
//!
//! Each `check_*` function takes arbitrary bytes, drives the codec with them and panics when
//! the codec breaks one of its promises (a panic inside the codec, a wrong answer, an
//! iterator that does not end, an offset out of bounds). The fuzz targets in `fuzz_targets/`
//! call them under libFuzzer; `tests/replay.rs` calls them on every file of the corpus and on
//! the hand-made edge cases of [`seeds`], so `cargo test` on stable exercises the same checks.
//!
//! | target | check |
//! |---|---|
//! | `messages` | [`check_messages`]: streams, control payloads, recursive attribute walks, getters |
//! | `attrs` | [`check_attrs`]: attribute blocks, tables, policies, ext-ACK offset resolution |
//! | `roundtrip` | [`check_roundtrip`]: structured trees written, parsed back, written again |
//! | `writer` | [`check_writer`]: writer operation sequences against a model, on 256 bytes |
//! | `differential` | [`check_differential`]: the codec's walk against the kernel macros |
//! | `families` | [`check_families`]: every generated family's policies, dumps, named paths and typed views |
//! | `capture` | [`check_capture`]: the pcap/pcapng readers and `nldump`'s decoding of any input file |
//! | `exchange` | [`check_exchange`]: the socket's request/answer state machine against arbitrary reply datagrams, then the mirror against arbitrary event streams with overruns and interrupted dumps ([`mirror::check_mirror`]) |

#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod attrs;
pub mod capture;
pub mod differential;
pub mod exchange;
#[macro_use]
pub mod families;
pub mod messages;
pub mod mirror;
pub mod roundtrip;
pub mod seeds;
pub mod walk;
pub mod writer;

pub use attrs::check_attrs;
pub use capture::check_capture;
pub use differential::check_differential;
pub use exchange::check_exchange;
pub use families::check_families;
pub use messages::check_messages;
pub use roundtrip::{check_roundtrip, check_roundtrip_input};
pub use writer::check_writer;

use std::path::Path;

/// A check function: panics when the codec misbehaves on the input.
pub type Check = fn(&[u8]);

/// The targets, by name, with their check functions.
pub const TARGETS: [(&str, Check); 8] = [
    ("messages", check_messages),
    ("attrs", check_attrs),
    ("roundtrip", check_roundtrip),
    ("writer", check_writer),
    ("differential", check_differential),
    ("families", check_families),
    ("capture", check_capture),
    ("exchange", check_exchange),
];

/// libFuzzer's target macro, for [`target!`] (only when cargo-fuzz builds with libFuzzer).
#[cfg(fuzzing)]
#[doc(hidden)]
pub use libfuzzer_sys;

/// The whole body of a fuzz target file after its `#![cfg_attr(fuzzing, no_main)]`: under
/// cargo-fuzz (`--cfg fuzzing`) a libFuzzer target running `check` on each input; built
/// plainly, a `main` that replays the files and directories on its command line through
/// the same check ([`replay_main`]).
#[macro_export]
macro_rules! target {
    ($check:path) => {
        #[cfg(fuzzing)]
        $crate::libfuzzer_sys::fuzz_target!(|data: &[u8]| $check(data));

        #[cfg(not(fuzzing))]
        fn main() {
            $crate::replay_main($check);
        }
    };
}

/// Runs `check` on every file named on the command line (directories are walked one level
/// deep). Used by the fuzz targets when they are built without libFuzzer.
pub fn replay_main(check: Check) {
    let mut n = 0usize;
    for arg in std::env::args_os().skip(1) {
        n += replay_path(Path::new(&arg), check);
    }
    eprintln!("replayed {n} inputs");
}

/// Runs `check` on the file at `path`, or on every file in the directory at `path`; returns
/// how many inputs were checked. Unreadable paths are skipped.
pub fn replay_path(path: &Path, check: Check) -> usize {
    if path.is_dir() {
        let mut files: Vec<_> = match std::fs::read_dir(path) {
            Ok(rd) => rd
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file())
                .collect(),
            Err(_) => return 0,
        };
        files.sort();
        files.iter().map(|f| replay_path(f, check)).sum()
    } else {
        match std::fs::read(path) {
            Ok(data) => {
                check(&data);
                1
            }
            Err(_) => 0,
        }
    }
}
