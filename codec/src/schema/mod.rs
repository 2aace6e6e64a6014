//! Descriptors of netlink families: the static tables that name every message, attribute,
//! fixed header, enum and flag, with each attribute's type and the spec's checks.
//!
//! The codec defines the descriptor *types*; the tables themselves are generated from the
//! kernel's YNL specs into the `nlcodec-families` crate. Everything that needs to know what
//! bytes mean works from these tables: [`Dump`](crate::dump::Dump) prints names and typed
//! values, [`NamedPath`] turns an extended-ACK offset into
//! `IFLA_LINKINFO / IFLA_INFO_DATA / VETH_INFO_PEER / IFLA_IFNAME`, and
//! [`AttrSet::validate`] checks a block against the spec like the kernel's `nla_policy`.
//! All three go through one walk ([`walk`] with a [`Visitor`]): what an attribute holds
//! ([`AttrDesc::inner`]), nests, entries, records and the depth limit are handled there once.
//!
//! Every table is `'static` and made of plain data: no allocation, no code per attribute.
//!
//! ```
//! use nlcodec::schema::{AttrDesc, AttrSet, AttrType};
//! static LINKINFO: AttrSet = AttrSet::new("linkinfo-attrs", &[
//!     AttrDesc::UNKNOWN,
//!     AttrDesc::new("kind", "IFLA_INFO_KIND", 1, AttrType::String),
//! ]);
//! static LINK: AttrSet = AttrSet::new("link-attrs", &[
//!     AttrDesc::UNKNOWN,
//!     AttrDesc::UNKNOWN,
//!     AttrDesc::UNKNOWN,
//!     AttrDesc::new("ifname", "IFLA_IFNAME", 3, AttrType::String).max_len(15),
//!     AttrDesc::new("linkinfo", "IFLA_LINKINFO", 4, AttrType::Nest).nested(&LINKINFO),
//! ]);
//! assert_eq!(LINK.get(3).unwrap().c_name, "IFLA_IFNAME");
//! assert_eq!(LINK.get(4).unwrap().nested.unwrap().get(1).unwrap().c_name, "IFLA_INFO_KIND");
//! assert!(LINK.get(2).is_none()); // a gap: a type the spec does not name
//! ```

mod attr;
mod family;
mod inner;
mod named_path;
mod records;
mod siblings;
mod types;
pub(crate) mod validate;
mod value;
mod walk;

pub use attr::{AttrDesc, AttrSet, Checks, SubMessage, SubVariant};
pub use family::{Addressing, Family, McastGroup, MsgDesc, Op, Schema};
pub use inner::{attrs_after, header_skip, Entry, Inner};
pub use named_path::{NamedPath, Step};
pub use records::{Record, RecordError, RecordWalk};
pub use siblings::Siblings;
pub use types::{AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc};
pub use value::{sign_extend, write_enum, write_flags, write_value, StructValue};
pub use walk::{descend, walk, Level, List, Visitor};
