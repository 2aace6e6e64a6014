//! The emitters: one per generated file of a family, plus the crate's `lib.rs` and
//! `Cargo.toml`.

pub mod builders;
pub mod consts;
pub mod crate_files;
pub mod family;
pub mod ints;
pub mod ops;
pub mod shape;
pub mod tables;
pub mod types;
pub mod views;
pub mod visit;
