//! What is inside an attribute, decided in one place from its descriptor: the one walk
//! ([`walk`](super::walk)) and its visitors ([`Dump`](crate::dump::Dump), the validator,
//! [`NamedPath`](super::NamedPath), nldump's JSON) descend by [`AttrDesc::inner`], so a nest's
//! fixed header, a sub-message's format, the levels of an indexed array or a record list are
//! read the same way by all.

use super::attr::{AttrDesc, AttrSet, SubVariant};
use super::siblings::Siblings;
use super::types::{AttrType, StructDesc};
use crate::attr::{Attr, Attrs};
use crate::consts::{align, NLA_HDRLEN};

/// What an attribute holds, by its descriptor (and, for a sub-message, by the selector in
/// its block).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inner {
    /// A value: nothing to descend into.
    Value,
    /// A block of attributes of `set` (`None`: the spec does not describe them) after the
    /// fixed header `header`, when there is one: a nest, or a sub-message in the format its
    /// selector chose (`variant`).
    Block {
        /// The fixed header before the attributes.
        header: Option<&'static StructDesc>,
        /// The attributes' set.
        set: Option<&'static AttrSet>,
        /// For a sub-message: the format its selector chose.
        variant: Option<&'static SubVariant>,
    },
    /// A sub-message whose selector is absent or names no format the spec knows: a block of
    /// attributes nobody describes.
    UnknownFormat,
    /// Numbered entries (an indexed array, a nest of type-value nests), `levels` deep (2
    /// for nlctrl's policy dump: policy index, then attribute type); each innermost entry
    /// is an [`Entry`].
    Entries {
        /// 1, or 2 for entries of entries.
        levels: u8,
        /// What each innermost entry holds.
        entry: Entry,
    },
    /// A list of records (`RTA_MULTIPATH`'s `rtnexthop`s): each a fixed header, then
    /// attributes of `set`.
    Records {
        /// Each record's fixed header.
        header: Option<&'static StructDesc>,
        /// The attributes after it.
        set: Option<&'static AttrSet>,
    },
}

/// What each innermost entry of [`Inner::Entries`] holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    /// A nest of attributes of this set.
    Nest(Option<&'static AttrSet>),
    /// A value of this type (an indexed array of integers, addresses, ...).
    Value(AttrType),
}

impl AttrDesc {
    /// What an attribute of this descriptor holds; `siblings` is its block, where a
    /// sub-message finds its selector (looked up only for a sub-message).
    ///
    /// ```
    /// use nlcodec::schema::{AttrDesc, AttrSet, AttrType, Entry, Inner, Siblings};
    /// static OP: AttrSet = AttrSet::new("op", &[AttrDesc::UNKNOWN]);
    /// let ops = AttrDesc::new("ops", "CTRL_ATTR_OPS", 6, AttrType::IndexedArray)
    ///     .sub_type(AttrType::Nest)
    ///     .nested(&OP);
    /// let block = Siblings::new(nlcodec::attrs(&[]));
    /// assert_eq!(ops.inner(&block), Inner::Entries { levels: 1, entry: Entry::Nest(Some(&OP)) });
    /// let mtu = AttrDesc::new("mtu", "IFLA_MTU", 4, AttrType::U32);
    /// assert_eq!(mtu.inner(&block), Inner::Value);
    /// ```
    #[inline]
    pub fn inner(&self, siblings: &Siblings<'_>) -> Inner {
        match self.ty {
            AttrType::Nest => Inner::Block {
                header: self.header,
                set: self.nested,
                variant: None,
            },
            AttrType::SubMessage => match siblings.sub_variant(self) {
                Some(v) => Inner::Block {
                    header: v.header,
                    set: v.attrs,
                    variant: Some(v),
                },
                None => Inner::UnknownFormat,
            },
            AttrType::IndexedArray if self.sub_type == AttrType::Nest => Inner::Entries {
                levels: 1,
                entry: Entry::Nest(self.nested),
            },
            AttrType::IndexedArray => Inner::Entries {
                levels: 1,
                entry: Entry::Value(self.sub_type),
            },
            AttrType::NestTypeValue => Inner::Entries {
                levels: if self.sub_type == AttrType::NestTypeValue {
                    2
                } else {
                    1
                },
                entry: Entry::Nest(self.nested),
            },
            AttrType::RecordList => Inner::Records {
                header: self.header,
                set: self.nested,
            },
            _ => Inner::Value,
        }
    }
}

/// The bytes a fixed header takes at the start of a nest (aligned, as the kernel lays it).
pub fn header_skip(header: Option<&StructDesc>) -> usize {
    align(header.map_or(0, |h| h.len))
}

/// The attributes of `a`'s value after its first `skip` bytes, their offsets counted like
/// `a`'s; a value shorter than `skip` gives an empty block.
pub fn attrs_after<'a>(a: &Attr<'a>, skip: usize) -> Attrs<'a> {
    let v = a.value();
    Attrs::with_base(v.get(skip..).unwrap_or(&[]), a.offset() + NLA_HDRLEN + skip)
}
