//! The building blocks of descriptors: wire types, display hints, fixed structs, enums and
//! flags.

/// The wire type of an attribute or struct member, as the spec's `type:` names it.
///
/// ```
/// use nlcodec::schema::AttrType;
/// assert_eq!(AttrType::U32.fixed_len(), Some(4));
/// assert_eq!(AttrType::String.fixed_len(), None);
/// assert_eq!(AttrType::Nest.name(), "nest");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AttrType {
    /// A type number the spec reserves and never sends (`unused`).
    Unused,
    /// Alignment padding (`pad`): any value, never interpreted.
    Pad,
    /// A flag: present or not, with an empty value.
    Flag,
    /// 1-byte unsigned integer.
    U8,
    /// 2-byte unsigned integer.
    U16,
    /// 4-byte unsigned integer.
    U32,
    /// 8-byte unsigned integer.
    U64,
    /// 1-byte signed integer.
    S8,
    /// 2-byte signed integer.
    S16,
    /// 4-byte signed integer.
    S32,
    /// 8-byte signed integer.
    S64,
    /// Unsigned integer of 4 or 8 bytes (`uint`, the kernel's `NLA_UINT`).
    Uint,
    /// Signed integer of 4 or 8 bytes (`sint`, the kernel's `NLA_SINT`).
    Sint,
    /// A string, NUL-terminated unless the checks say `unterminated-ok`.
    String,
    /// Opaque bytes, possibly a fixed struct ([`AttrDesc::header`](super::AttrDesc::header)) or an address
    /// ([`AttrDesc::display`](super::AttrDesc::display)).
    Binary,
    /// A nest of the attributes of [`AttrDesc::nested`](super::AttrDesc::nested), possibly after a fixed header.
    Nest,
    /// A nest whose attributes are numbered entries (types 0, 1, 2, ... or 1, 2, ...), each of
    /// [`AttrDesc::sub_type`](super::AttrDesc::sub_type) (a nest of [`AttrDesc::nested`](super::AttrDesc::nested) when that is `Nest`).
    IndexedArray,
    /// A nest of nests whose types are values (e.g. a queue id), each a nest of
    /// [`AttrDesc::nested`](super::AttrDesc::nested).
    NestTypeValue,
    /// A nest whose attribute set depends on a sibling selector attribute (e.g.
    /// `IFLA_INFO_DATA` by `IFLA_INFO_KIND`), see [`AttrDesc::sub_message`](super::AttrDesc::sub_message).
    SubMessage,
    /// `struct nla_bitfield32`: a 4-byte value and a 4-byte selector mask.
    Bitfield32,
    /// A list of records, each starting with its own `u16` length (its fixed part described
    /// by [`AttrDesc::header`](super::AttrDesc::header), e.g. `struct rtnexthop`), followed by attributes of
    /// [`AttrDesc::nested`](super::AttrDesc::nested) up to that length. `RTA_MULTIPATH` is one.
    RecordList,
}

impl AttrType {
    /// The exact value length of fixed-size types (integers, flags, bitfields).
    pub const fn fixed_len(self) -> Option<usize> {
        match self {
            AttrType::Flag => Some(0),
            AttrType::U8 | AttrType::S8 => Some(1),
            AttrType::U16 | AttrType::S16 => Some(2),
            AttrType::U32 | AttrType::S32 => Some(4),
            AttrType::U64 | AttrType::S64 | AttrType::Bitfield32 => Some(8),
            _ => None,
        }
    }

    /// True for the integer types (`u8`..`s64`, `uint`, `sint`).
    pub const fn is_int(self) -> bool {
        matches!(
            self,
            AttrType::U8
                | AttrType::U16
                | AttrType::U32
                | AttrType::U64
                | AttrType::S8
                | AttrType::S16
                | AttrType::S32
                | AttrType::S64
                | AttrType::Uint
                | AttrType::Sint
        )
    }

    /// True for the signed integer types.
    pub const fn is_signed(self) -> bool {
        matches!(
            self,
            AttrType::S8 | AttrType::S16 | AttrType::S32 | AttrType::S64 | AttrType::Sint
        )
    }

    /// True for types whose value is a block of attributes.
    pub const fn is_nest(self) -> bool {
        matches!(
            self,
            AttrType::Nest
                | AttrType::IndexedArray
                | AttrType::NestTypeValue
                | AttrType::SubMessage
        )
    }

    /// The spec's name for the type (`u32`, `nest`, `sub-message`, ...).
    pub const fn name(self) -> &'static str {
        match self {
            AttrType::Unused => "unused",
            AttrType::Pad => "pad",
            AttrType::Flag => "flag",
            AttrType::U8 => "u8",
            AttrType::U16 => "u16",
            AttrType::U32 => "u32",
            AttrType::U64 => "u64",
            AttrType::S8 => "s8",
            AttrType::S16 => "s16",
            AttrType::S32 => "s32",
            AttrType::S64 => "s64",
            AttrType::Uint => "uint",
            AttrType::Sint => "sint",
            AttrType::String => "string",
            AttrType::Binary => "binary",
            AttrType::Nest => "nest",
            AttrType::IndexedArray => "indexed-array",
            AttrType::NestTypeValue => "nest-type-value",
            AttrType::SubMessage => "sub-message",
            AttrType::Bitfield32 => "bitfield32",
            AttrType::RecordList => "record-list",
        }
    }
}

/// How a value is best shown (the spec's `display-hint`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Display {
    /// No hint: integers in decimal, binary in hex.
    #[default]
    None,
    /// A link-layer address, `aa:bb:cc:dd:ee:ff`.
    Mac,
    /// An IPv4 address (4 bytes, or a big-endian `u32`).
    Ipv4,
    /// An IPv6 address (16 bytes).
    Ipv6,
    /// An IPv4 or IPv6 address, by length.
    Ipv4OrV6,
    /// Hexadecimal.
    Hex,
    /// A UUID (16 bytes).
    Uuid,
    /// Text.
    String,
}

/// One member of a fixed struct (a family header such as `ifinfomsg`, or a binary
/// attribute's layout such as `rtnl_link_stats64`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Member {
    /// The spec's name (`ifi-index`).
    pub name: &'static str,
    /// Byte offset inside the struct.
    pub offset: u16,
    /// Length in bytes.
    pub len: u16,
    /// Wire type: an integer type, [`AttrType::Binary`] or [`AttrType::Pad`].
    pub ty: AttrType,
    /// True when the member is big-endian on the wire.
    pub big_endian: bool,
    /// How to show it.
    pub display: Display,
    /// The enum or flags its values come from.
    pub enumeration: Option<&'static EnumDesc>,
}

impl Member {
    /// A member of `len` bytes at `offset`.
    pub const fn new(name: &'static str, offset: u16, len: u16, ty: AttrType) -> Member {
        Member {
            name,
            offset,
            len,
            ty,
            big_endian: false,
            display: Display::None,
            enumeration: None,
        }
    }

    /// Marks the member big-endian.
    pub const fn big_endian(mut self) -> Member {
        self.big_endian = true;
        self
    }

    /// Sets the display hint.
    pub const fn display(mut self, d: Display) -> Member {
        self.display = d;
        self
    }

    /// Sets the enum or flags of its values.
    pub const fn enumeration(mut self, e: &'static EnumDesc) -> Member {
        self.enumeration = Some(e);
        self
    }
}

/// A fixed struct: its name, C name, length and members.
///
/// ```
/// use nlcodec::schema::{AttrType, Member, StructDesc};
/// static HDR: StructDesc = StructDesc::new("genlmsghdr", "struct genlmsghdr", 4, &[
///     Member::new("cmd", 0, 1, AttrType::U8),
///     Member::new("version", 1, 1, AttrType::U8),
///     Member::new("reserved", 2, 2, AttrType::U16),
/// ]);
/// assert_eq!(HDR.member("version").unwrap().offset, 1);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StructDesc {
    /// The spec's name (`ifinfomsg`).
    pub name: &'static str,
    /// The C name (`struct ifinfomsg`).
    pub c_name: &'static str,
    /// Size on the wire.
    pub len: usize,
    /// Members in order.
    pub members: &'static [Member],
}

impl StructDesc {
    /// A struct descriptor.
    pub const fn new(
        name: &'static str,
        c_name: &'static str,
        len: usize,
        members: &'static [Member],
    ) -> StructDesc {
        StructDesc {
            name,
            c_name,
            len,
            members,
        }
    }

    /// The member called `name`.
    pub fn member(&self, name: &str) -> Option<&'static Member> {
        self.members.iter().find(|m| m.name == name)
    }
}

/// One named value of an enum, or one bit of a flags set (`value` is then the mask).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EnumEntry {
    /// The spec's name (`up`).
    pub name: &'static str,
    /// The C name (`IFF_UP`).
    pub c_name: &'static str,
    /// The value (for flags, the bit mask).
    pub value: u64,
}

/// An enum or a flags set.
///
/// ```
/// use nlcodec::schema::{EnumDesc, EnumEntry};
/// static OPER: EnumDesc = EnumDesc::new("operstate", false, &[
///     EnumEntry { name: "unknown", c_name: "IF_OPER_UNKNOWN", value: 0 },
///     EnumEntry { name: "up", c_name: "IF_OPER_UP", value: 6 },
/// ]);
/// assert_eq!(OPER.find(6).unwrap().c_name, "IF_OPER_UP");
/// assert!(OPER.find(3).is_none());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EnumDesc {
    /// The spec's name.
    pub name: &'static str,
    /// True for a flags set (values are bit masks).
    pub flags: bool,
    /// The named values.
    pub entries: &'static [EnumEntry],
}

impl EnumDesc {
    /// An enum (or, with `flags`, a flags set) descriptor.
    pub const fn new(name: &'static str, flags: bool, entries: &'static [EnumEntry]) -> EnumDesc {
        EnumDesc {
            name,
            flags,
            entries,
        }
    }

    /// The entry with value `v`.
    pub fn find(&self, v: u64) -> Option<&'static EnumEntry> {
        self.entries.iter().find(|e| e.value == v)
    }

    /// The entry called `name` (the spec's name).
    pub fn by_name(&self, name: &str) -> Option<&'static EnumEntry> {
        self.entries.iter().find(|e| e.name == name)
    }
}
