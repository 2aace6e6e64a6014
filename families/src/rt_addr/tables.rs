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

/// The `ifa-proto` enum.
pub static IFA_PROTO: EnumDesc = EnumDesc::new(
    "ifa-proto",
    false,
    &[
        EnumEntry {
            name: "unspec",
            c_name: "IFAPROT_UNSPEC",
            value: 0,
        },
        EnumEntry {
            name: "kernel-lo",
            c_name: "IFAPROT_KERNEL_LO",
            value: 1,
        },
        EnumEntry {
            name: "kernel-ra",
            c_name: "IFAPROT_KERNEL_RA",
            value: 2,
        },
        EnumEntry {
            name: "kernel-ll",
            c_name: "IFAPROT_KERNEL_LL",
            value: 3,
        },
    ],
);

/// The `address-family` enum.
pub static ADDRESS_FAMILY: EnumDesc = EnumDesc::new(
    "address-family",
    false,
    &[
        EnumEntry {
            name: "unspec",
            c_name: "AF_UNSPEC",
            value: 0,
        },
        EnumEntry {
            name: "unix",
            c_name: "AF_UNIX",
            value: 1,
        },
        EnumEntry {
            name: "inet",
            c_name: "AF_INET",
            value: 2,
        },
        EnumEntry {
            name: "ax25",
            c_name: "AF_AX25",
            value: 3,
        },
        EnumEntry {
            name: "ipx",
            c_name: "AF_IPX",
            value: 4,
        },
        EnumEntry {
            name: "appletalk",
            c_name: "AF_APPLETALK",
            value: 5,
        },
        EnumEntry {
            name: "netrom",
            c_name: "AF_NETROM",
            value: 6,
        },
        EnumEntry {
            name: "bridge",
            c_name: "AF_BRIDGE",
            value: 7,
        },
        EnumEntry {
            name: "atmpvc",
            c_name: "AF_ATMPVC",
            value: 8,
        },
        EnumEntry {
            name: "x25",
            c_name: "AF_X25",
            value: 9,
        },
        EnumEntry {
            name: "inet6",
            c_name: "AF_INET6",
            value: 10,
        },
        EnumEntry {
            name: "rose",
            c_name: "AF_ROSE",
            value: 11,
        },
        EnumEntry {
            name: "decnet",
            c_name: "AF_DECNET",
            value: 12,
        },
        EnumEntry {
            name: "netbeui",
            c_name: "AF_NETBEUI",
            value: 13,
        },
        EnumEntry {
            name: "security",
            c_name: "AF_SECURITY",
            value: 14,
        },
        EnumEntry {
            name: "key",
            c_name: "AF_KEY",
            value: 15,
        },
        EnumEntry {
            name: "netlink",
            c_name: "AF_NETLINK",
            value: 16,
        },
        EnumEntry {
            name: "packet",
            c_name: "AF_PACKET",
            value: 17,
        },
        EnumEntry {
            name: "ash",
            c_name: "AF_ASH",
            value: 18,
        },
        EnumEntry {
            name: "econet",
            c_name: "AF_ECONET",
            value: 19,
        },
        EnumEntry {
            name: "atmsvc",
            c_name: "AF_ATMSVC",
            value: 20,
        },
        EnumEntry {
            name: "rds",
            c_name: "AF_RDS",
            value: 21,
        },
        EnumEntry {
            name: "sna",
            c_name: "AF_SNA",
            value: 22,
        },
        EnumEntry {
            name: "irda",
            c_name: "AF_IRDA",
            value: 23,
        },
        EnumEntry {
            name: "pppox",
            c_name: "AF_PPPOX",
            value: 24,
        },
        EnumEntry {
            name: "wanpipe",
            c_name: "AF_WANPIPE",
            value: 25,
        },
        EnumEntry {
            name: "llc",
            c_name: "AF_LLC",
            value: 26,
        },
        EnumEntry {
            name: "ib",
            c_name: "AF_IB",
            value: 27,
        },
        EnumEntry {
            name: "mpls",
            c_name: "AF_MPLS",
            value: 28,
        },
        EnumEntry {
            name: "can",
            c_name: "AF_CAN",
            value: 29,
        },
        EnumEntry {
            name: "tipc",
            c_name: "AF_TIPC",
            value: 30,
        },
        EnumEntry {
            name: "bluetooth",
            c_name: "AF_BLUETOOTH",
            value: 31,
        },
        EnumEntry {
            name: "iucv",
            c_name: "AF_IUCV",
            value: 32,
        },
        EnumEntry {
            name: "rxrpc",
            c_name: "AF_RXRPC",
            value: 33,
        },
        EnumEntry {
            name: "isdn",
            c_name: "AF_ISDN",
            value: 34,
        },
        EnumEntry {
            name: "phonet",
            c_name: "AF_PHONET",
            value: 35,
        },
        EnumEntry {
            name: "ieee802154",
            c_name: "AF_IEEE802154",
            value: 36,
        },
        EnumEntry {
            name: "caif",
            c_name: "AF_CAIF",
            value: 37,
        },
        EnumEntry {
            name: "alg",
            c_name: "AF_ALG",
            value: 38,
        },
        EnumEntry {
            name: "nfc",
            c_name: "AF_NFC",
            value: 39,
        },
        EnumEntry {
            name: "vsock",
            c_name: "AF_VSOCK",
            value: 40,
        },
        EnumEntry {
            name: "kcm",
            c_name: "AF_KCM",
            value: 41,
        },
        EnumEntry {
            name: "qipcrtr",
            c_name: "AF_QIPCRTR",
            value: 42,
        },
        EnumEntry {
            name: "smc",
            c_name: "AF_SMC",
            value: 43,
        },
        EnumEntry {
            name: "xdp",
            c_name: "AF_XDP",
            value: 44,
        },
        EnumEntry {
            name: "mctp",
            c_name: "AF_MCTP",
            value: 45,
        },
    ],
);

/// The `rt-scope` enum.
pub static RT_SCOPE: EnumDesc = EnumDesc::new(
    "rt-scope",
    false,
    &[
        EnumEntry {
            name: "universe",
            c_name: "RT_SCOPE_UNIVERSE",
            value: 0,
        },
        EnumEntry {
            name: "site",
            c_name: "RT_SCOPE_SITE",
            value: 200,
        },
        EnumEntry {
            name: "link",
            c_name: "RT_SCOPE_LINK",
            value: 253,
        },
        EnumEntry {
            name: "host",
            c_name: "RT_SCOPE_HOST",
            value: 254,
        },
        EnumEntry {
            name: "nowhere",
            c_name: "RT_SCOPE_NOWHERE",
            value: 255,
        },
    ],
);

/// The layout of `struct ifaddrmsg`.
pub static IFADDRMSG: StructDesc = StructDesc::new(
    "ifaddrmsg",
    "struct ifaddrmsg",
    8,
    &[
        Member::new("ifa-family", 0, 1, AttrType::U8).enumeration(&ADDRESS_FAMILY),
        Member::new("ifa-prefixlen", 1, 1, AttrType::U8),
        Member::new("ifa-flags", 2, 1, AttrType::U8).enumeration(&IFA_FLAGS),
        Member::new("ifa-scope", 3, 1, AttrType::U8).enumeration(&RT_SCOPE),
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
        AttrDesc::new("proto", "IFA_PROTO", 11, AttrType::U8).enumeration(&IFA_PROTO),
        AttrDesc::new("mc-users", "IFA_MC_USERS", 12, AttrType::U32),
    ],
);
