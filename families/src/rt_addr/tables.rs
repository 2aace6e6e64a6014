//! Descriptor tables of `rt-addr`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `ifa-flags` flags.
pub static IFA_FLAGS: EnumDesc = EnumDesc::new(
    "ifa-flags",
    true,
    &[
        EnumEntry {
            name: "secondary",
            c_name: "IFA_F_SECONDARY",
            value: 1,
        },
        EnumEntry {
            name: "nodad",
            c_name: "IFA_F_NODAD",
            value: 2,
        },
        EnumEntry {
            name: "optimistic",
            c_name: "IFA_F_OPTIMISTIC",
            value: 4,
        },
        EnumEntry {
            name: "dadfailed",
            c_name: "IFA_F_DADFAILED",
            value: 8,
        },
        EnumEntry {
            name: "homeaddress",
            c_name: "IFA_F_HOMEADDRESS",
            value: 16,
        },
        EnumEntry {
            name: "deprecated",
            c_name: "IFA_F_DEPRECATED",
            value: 32,
        },
        EnumEntry {
            name: "tentative",
            c_name: "IFA_F_TENTATIVE",
            value: 64,
        },
        EnumEntry {
            name: "permanent",
            c_name: "IFA_F_PERMANENT",
            value: 128,
        },
        EnumEntry {
            name: "managetempaddr",
            c_name: "IFA_F_MANAGETEMPADDR",
            value: 256,
        },
        EnumEntry {
            name: "noprefixroute",
            c_name: "IFA_F_NOPREFIXROUTE",
            value: 512,
        },
        EnumEntry {
            name: "mcautojoin",
            c_name: "IFA_F_MCAUTOJOIN",
            value: 1024,
        },
        EnumEntry {
            name: "stable-privacy",
            c_name: "IFA_F_STABLE_PRIVACY",
            value: 2048,
        },
    ],
);

/// The layout of `struct ifaddrmsg`.
pub static IFADDRMSG: StructDesc = StructDesc::new(
    "ifaddrmsg",
    "struct ifaddrmsg",
    8,
    &[
        Member::new("ifa-family", 0, 1, AttrType::U8),
        Member::new("ifa-prefixlen", 1, 1, AttrType::U8),
        Member::new("ifa-flags", 2, 1, AttrType::U8).enumeration(&IFA_FLAGS),
        Member::new("ifa-scope", 3, 1, AttrType::U8),
        Member::new("ifa-index", 4, 4, AttrType::U32),
    ],
);

/// The layout of `struct ifa_cacheinfo`.
pub static IFA_CACHEINFO: StructDesc = StructDesc::new(
    "ifa-cacheinfo",
    "struct ifa_cacheinfo",
    16,
    &[
        Member::new("ifa-prefered", 0, 4, AttrType::U32),
        Member::new("ifa-valid", 4, 4, AttrType::U32),
        Member::new("cstamp", 8, 4, AttrType::U32),
        Member::new("tstamp", 12, 4, AttrType::U32),
    ],
);

/// The `addr-attrs` attribute set, indexed by type.
pub static ADDR_ATTRS: AttrSet = AttrSet::new(
    "addr-attrs",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("address", "IFA_ADDRESS", 1, AttrType::Binary).display(Display::Ipv4OrV6),
        AttrDesc::new("local", "IFA_LOCAL", 2, AttrType::Binary).display(Display::Ipv4OrV6),
        AttrDesc::new("label", "IFA_LABEL", 3, AttrType::String),
        AttrDesc::new("broadcast", "IFA_BROADCAST", 4, AttrType::U32)
            .display(Display::Ipv4)
            .big_endian(),
        AttrDesc::new("anycast", "IFA_ANYCAST", 5, AttrType::Binary),
        AttrDesc::new("cacheinfo", "IFA_CACHEINFO", 6, AttrType::Binary).header(&IFA_CACHEINFO),
        AttrDesc::new("multicast", "IFA_MULTICAST", 7, AttrType::Binary),
        AttrDesc::new("flags", "IFA_FLAGS", 8, AttrType::U32).enumeration(&IFA_FLAGS),
        AttrDesc::new("rt-priority", "IFA_RT_PRIORITY", 9, AttrType::U32),
        AttrDesc::new("target-netnsid", "IFA_TARGET_NETNSID", 10, AttrType::Binary),
        AttrDesc::new("proto", "IFA_PROTO", 11, AttrType::U8),
        AttrDesc::new("mc-users", "IFA_MC_USERS", 12, AttrType::U32),
    ],
);
