//! Fuzz target `exchange`: see `nlcodec_fuzz::check_exchange`.
//!
//! Built by cargo-fuzz (`--cfg fuzzing`) it is a libFuzzer target; built plainly it replays
//! the files and directories given on its command line through the same check.

#![cfg_attr(fuzzing, no_main)]

#[cfg(fuzzing)]
libfuzzer_sys::fuzz_target!(|data: &[u8]| nlcodec_fuzz::check_exchange(data));

#[cfg(not(fuzzing))]
fn main() {
    nlcodec_fuzz::replay_main(nlcodec_fuzz::check_exchange);
}
