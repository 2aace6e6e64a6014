//! Fuzz target `attrs`: see `nlcodec_fuzz::check_attrs`. Under cargo-fuzz a libFuzzer
//! target; built plainly it replays the files and directories on its command line
//! (`nlcodec_fuzz::target!`).

#![cfg_attr(fuzzing, no_main)]

nlcodec_fuzz::target!(nlcodec_fuzz::check_attrs);
