//! The hand-written support the generated families build on: field readers for fixed
//! structs, the checked attribute table behind every typed view, the message wrappers, the
//! value types (link-layer addresses, bitfields) and the macros that declare enums and flags.

mod addr;
mod build;
mod builder;
mod bytes;
mod check;
mod macros;
mod msg;
mod ops;
mod registry;
mod roundtrip;
pub mod value;
mod view;

pub use addr::{Bitfield32, HwAddr};
pub use build::{put_nest_with_header, put_record_list_entry};
pub use builder::Builder;
pub use bytes::{rd, wr};
pub use check::Check;
pub use msg::{GenlMsg, RawMsg};
pub use ops::{Ack, Answer, Do, Dump, NoAttrs, Operation, Replies};
pub use registry::{
    family_header_len, schema_of, GenlRegistry, Netfilter, Rtnetlink, GENL_REGISTRY_CAPACITY,
};
pub use roundtrip::{
    nest_like, nest_like_with_header, raw, record_like, RoundtripError, RoundtripFn, SetRoundtrip,
};
pub use view::{split_header, AttrView, Entries, NestedEntries, Records, Table};
