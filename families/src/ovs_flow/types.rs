//! The enums, flags and fixed structs of `ovs_flow`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

nl_enum! {
    /// The `ovs-frag-type` enum of `ovs_flow`.
    pub enum OvsFragType: u32 => tables::OVS_FRAG_TYPE {
        /// Packet is not a fragment.
        None = 0,
        /// Packet is a fragment with offset 0.
        First = 1,
        /// Packet is a fragment with nonzero offset.
        Later = 2,
        /// `OVS_FRAG_TYPE_ANY`
        Any = 255,
    }
}

nl_flags! {
    /// The `ovs-ufid-flags` flags of `ovs_flow`.
    pub struct OvsUfidFlags: u32 => tables::OVS_UFID_FLAGS {
        /// `OVS_UFID_F_OMIT_KEY`
        const OMIT_KEY = 1 << 0;
        /// `OVS_UFID_F_OMIT_MASK`
        const OMIT_MASK = 1 << 1;
        /// `OVS_UFID_F_OMIT_ACTIONS`
        const OMIT_ACTIONS = 1 << 2;
    }
}

nl_enum! {
    /// Data path hash algorithm for computing Datapath hash. The algorithm type
    /// only specifies the fields in a flow will be used as part of the hash. Each
    /// datapath is free to use its own hash algorithm. The hash value will be
    /// opaque to the user space daemon.
    pub enum OvsHashAlg: u32 => tables::OVS_HASH_ALG {
        /// `OVS_FLOW_OVS_HASH_ALG_OVS_HASH_ALG_L4`
        OvsHashAlgL4 = 0,
    }
}

nl_flags! {
    /// The `ct-state-flags` flags of `ovs_flow`.
    pub struct CtStateFlags: u32 => tables::CT_STATE_FLAGS {
        /// Beginning of a new connection.
        const NEW = 1 << 0;
        /// Part of an existing connenction
        const ESTABLISHED = 1 << 1;
        /// Related to an existing connection.
        const RELATED = 1 << 2;
        /// Flow is in the reply direction.
        const REPLY_DIR = 1 << 3;
        /// Could not track the connection.
        const INVALID = 1 << 4;
        /// Conntrack has occurred.
        const TRACKED = 1 << 5;
        /// Packet's source address/port was mangled by NAT.
        const SRC_NAT = 1 << 6;
        /// Packet's destination address/port was mangled by NAT.
        const DST_NAT = 1 << 7;
    }
}

/// Header for OVS Generic Netlink messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OvsHeader {
    /// ifindex of local port for datapath (0 to make a request not specific
    /// to a datapath).
    pub dp_ifindex: u32,
}

impl OvsHeader {
    /// Size on the wire.
    pub const LEN: usize = 4;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::OVS_HEADER
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            dp_ifindex: rd::u32(b, 0),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.dp_ifindex);
    }
}

fixed_struct!(OvsHeader);

/// `struct ovs_flow_stats` (16 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OvsFlowStats {
    /// Number of matched packets.
    pub n_packets: u64,
    /// Number of matched bytes.
    pub n_bytes: u64,
}

impl OvsFlowStats {
    /// Size on the wire.
    pub const LEN: usize = 16;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::OVS_FLOW_STATS
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            n_packets: rd::u64(b, 0),
            n_bytes: rd::u64(b, 8),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u64(out, 0, self.n_packets);
        wr::u64(out, 8, self.n_bytes);
    }
}

fixed_struct!(OvsFlowStats);

/// `struct ovs_key_ethernet` (12 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OvsKeyEthernet {
    /// `eth-src`.
    pub eth_src: [u8; 6],
    /// `eth-dst`.
    pub eth_dst: [u8; 6],
}

impl OvsKeyEthernet {
    /// Size on the wire.
    pub const LEN: usize = 12;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::OVS_KEY_ETHERNET
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            eth_src: rd::array::<6>(b, 0),
            eth_dst: rd::array::<6>(b, 6),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::array(out, 0, &self.eth_src);
        wr::array(out, 6, &self.eth_dst);
    }
}

fixed_struct!(OvsKeyEthernet);

/// `struct ovs_key_mpls` (4 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OvsKeyMpls {
    /// `mpls-lse`.
    pub mpls_lse: u32,
}

impl OvsKeyMpls {
    /// Size on the wire.
    pub const LEN: usize = 4;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::OVS_KEY_MPLS
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            mpls_lse: rd::u32_be(b, 0),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32_be(out, 0, self.mpls_lse);
    }
}

fixed_struct!(OvsKeyMpls);

/// `struct ovs_key_ipv4` (12 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OvsKeyIpv4 {
    /// `ipv4-src`.
    pub ipv4_src: u32,
    /// `ipv4-dst`.
    pub ipv4_dst: u32,
    /// `ipv4-proto`.
    pub ipv4_proto: u8,
    /// `ipv4-tos`.
    pub ipv4_tos: u8,
    /// `ipv4-ttl`.
    pub ipv4_ttl: u8,
    /// `ipv4-frag`.
    pub ipv4_frag: OvsFragType,
}

impl OvsKeyIpv4 {
    /// Size on the wire.
    pub const LEN: usize = 12;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::OVS_KEY_IPV4
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            ipv4_src: rd::u32_be(b, 0),
            ipv4_dst: rd::u32_be(b, 4),
            ipv4_proto: rd::u8(b, 8),
            ipv4_tos: rd::u8(b, 9),
            ipv4_ttl: rd::u8(b, 10),
            ipv4_frag: OvsFragType::from_value(rd::u8(b, 11) as u32),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32_be(out, 0, self.ipv4_src);
        wr::u32_be(out, 4, self.ipv4_dst);
        wr::u8(out, 8, self.ipv4_proto);
        wr::u8(out, 9, self.ipv4_tos);
        wr::u8(out, 10, self.ipv4_ttl);
        wr::u8(out, 11, self.ipv4_frag.value() as u8);
    }
}

fixed_struct!(OvsKeyIpv4);

/// `struct ovs_key_ipv6` (40 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OvsKeyIpv6 {
    /// `ipv6-src`.
    pub ipv6_src: [u8; 16],
    /// `ipv6-dst`.
    pub ipv6_dst: [u8; 16],
    /// `ipv6-label`.
    pub ipv6_label: u32,
    /// `ipv6-proto`.
    pub ipv6_proto: u8,
    /// `ipv6-tclass`.
    pub ipv6_tclass: u8,
    /// `ipv6-hlimit`.
    pub ipv6_hlimit: u8,
    /// `ipv6-frag`.
    pub ipv6_frag: u8,
}

impl OvsKeyIpv6 {
    /// Size on the wire.
    pub const LEN: usize = 40;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::OVS_KEY_IPV6
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            ipv6_src: rd::array::<16>(b, 0),
            ipv6_dst: rd::array::<16>(b, 16),
            ipv6_label: rd::u32_be(b, 32),
            ipv6_proto: rd::u8(b, 36),
            ipv6_tclass: rd::u8(b, 37),
            ipv6_hlimit: rd::u8(b, 38),
            ipv6_frag: rd::u8(b, 39),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::array(out, 0, &self.ipv6_src);
        wr::array(out, 16, &self.ipv6_dst);
        wr::u32_be(out, 32, self.ipv6_label);
        wr::u8(out, 36, self.ipv6_proto);
        wr::u8(out, 37, self.ipv6_tclass);
        wr::u8(out, 38, self.ipv6_hlimit);
        wr::u8(out, 39, self.ipv6_frag);
    }
}

fixed_struct!(OvsKeyIpv6);

/// `struct ovs_key_ipv6_exthdrs` (2 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OvsKeyIpv6Exthdrs {
    /// `hdrs`.
    pub hdrs: u16,
}

impl OvsKeyIpv6Exthdrs {
    /// Size on the wire.
    pub const LEN: usize = 2;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::OVS_KEY_IPV6_EXTHDRS
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            hdrs: rd::u16(b, 0),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u16(out, 0, self.hdrs);
    }
}

fixed_struct!(OvsKeyIpv6Exthdrs);

/// `struct ovs_key_tcp` (4 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OvsKeyTcp {
    /// `tcp-src`.
    pub tcp_src: u16,
    /// `tcp-dst`.
    pub tcp_dst: u16,
}

impl OvsKeyTcp {
    /// Size on the wire.
    pub const LEN: usize = 4;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::OVS_KEY_TCP
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            tcp_src: rd::u16_be(b, 0),
            tcp_dst: rd::u16_be(b, 2),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u16_be(out, 0, self.tcp_src);
        wr::u16_be(out, 2, self.tcp_dst);
    }
}

fixed_struct!(OvsKeyTcp);

/// `struct ovs_key_udp` (4 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OvsKeyUdp {
    /// `udp-src`.
    pub udp_src: u16,
    /// `udp-dst`.
    pub udp_dst: u16,
}

impl OvsKeyUdp {
    /// Size on the wire.
    pub const LEN: usize = 4;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::OVS_KEY_UDP
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            udp_src: rd::u16_be(b, 0),
            udp_dst: rd::u16_be(b, 2),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u16_be(out, 0, self.udp_src);
        wr::u16_be(out, 2, self.udp_dst);
    }
}

fixed_struct!(OvsKeyUdp);

/// `struct ovs_key_sctp` (4 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OvsKeySctp {
    /// `sctp-src`.
    pub sctp_src: u16,
    /// `sctp-dst`.
    pub sctp_dst: u16,
}

impl OvsKeySctp {
    /// Size on the wire.
    pub const LEN: usize = 4;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::OVS_KEY_SCTP
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            sctp_src: rd::u16_be(b, 0),
            sctp_dst: rd::u16_be(b, 2),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u16_be(out, 0, self.sctp_src);
        wr::u16_be(out, 2, self.sctp_dst);
    }
}

fixed_struct!(OvsKeySctp);

/// `struct ovs_key_icmp` (2 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OvsKeyIcmp {
    /// `icmp-type`.
    pub icmp_type: u8,
    /// `icmp-code`.
    pub icmp_code: u8,
}

impl OvsKeyIcmp {
    /// Size on the wire.
    pub const LEN: usize = 2;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::OVS_KEY_ICMP
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            icmp_type: rd::u8(b, 0),
            icmp_code: rd::u8(b, 1),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u8(out, 0, self.icmp_type);
        wr::u8(out, 1, self.icmp_code);
    }
}

fixed_struct!(OvsKeyIcmp);

/// `struct ovs_key_arp` (24 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OvsKeyArp {
    /// `arp-sip`.
    pub arp_sip: u32,
    /// `arp-tip`.
    pub arp_tip: u32,
    /// `arp-op`.
    pub arp_op: u16,
    /// `arp-sha`.
    pub arp_sha: [u8; 6],
    /// `arp-tha`.
    pub arp_tha: [u8; 6],
}

impl OvsKeyArp {
    /// Size on the wire.
    pub const LEN: usize = 24;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::OVS_KEY_ARP
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            arp_sip: rd::u32_be(b, 0),
            arp_tip: rd::u32_be(b, 4),
            arp_op: rd::u16_be(b, 8),
            arp_sha: rd::array::<6>(b, 10),
            arp_tha: rd::array::<6>(b, 16),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32_be(out, 0, self.arp_sip);
        wr::u32_be(out, 4, self.arp_tip);
        wr::u16_be(out, 8, self.arp_op);
        wr::array(out, 10, &self.arp_sha);
        wr::array(out, 16, &self.arp_tha);
    }
}

fixed_struct!(OvsKeyArp);

/// `struct ovs_key_nd` (28 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OvsKeyNd {
    /// `nd-target`.
    pub nd_target: [u8; 16],
    /// `nd-sll`.
    pub nd_sll: [u8; 6],
    /// `nd-tll`.
    pub nd_tll: [u8; 6],
}

impl OvsKeyNd {
    /// Size on the wire.
    pub const LEN: usize = 28;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::OVS_KEY_ND
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            nd_target: rd::array::<16>(b, 0),
            nd_sll: rd::array::<6>(b, 16),
            nd_tll: rd::array::<6>(b, 22),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::array(out, 0, &self.nd_target);
        wr::array(out, 16, &self.nd_sll);
        wr::array(out, 22, &self.nd_tll);
    }
}

fixed_struct!(OvsKeyNd);

/// `struct ovs_key_ct_tuple_ipv4` (16 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OvsKeyCtTupleIpv4 {
    /// `ipv4-src`.
    pub ipv4_src: u32,
    /// `ipv4-dst`.
    pub ipv4_dst: u32,
    /// `src-port`.
    pub src_port: u16,
    /// `dst-port`.
    pub dst_port: u16,
    /// `ipv4-proto`.
    pub ipv4_proto: u8,
}

impl OvsKeyCtTupleIpv4 {
    /// Size on the wire.
    pub const LEN: usize = 16;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::OVS_KEY_CT_TUPLE_IPV4
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            ipv4_src: rd::u32_be(b, 0),
            ipv4_dst: rd::u32_be(b, 4),
            src_port: rd::u16_be(b, 8),
            dst_port: rd::u16_be(b, 10),
            ipv4_proto: rd::u8(b, 12),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32_be(out, 0, self.ipv4_src);
        wr::u32_be(out, 4, self.ipv4_dst);
        wr::u16_be(out, 8, self.src_port);
        wr::u16_be(out, 10, self.dst_port);
        wr::u8(out, 12, self.ipv4_proto);
    }
}

fixed_struct!(OvsKeyCtTupleIpv4);

/// `struct ovs_action_push_vlan` (4 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OvsActionPushVlan {
    /// Tag protocol identifier (TPID) to push.
    pub vlan_tpid: u16,
    /// Tag control identifier (TCI) to push.
    pub vlan_tci: u16,
}

impl OvsActionPushVlan {
    /// Size on the wire.
    pub const LEN: usize = 4;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::OVS_ACTION_PUSH_VLAN
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            vlan_tpid: rd::u16_be(b, 0),
            vlan_tci: rd::u16_be(b, 2),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u16_be(out, 0, self.vlan_tpid);
        wr::u16_be(out, 2, self.vlan_tci);
    }
}

fixed_struct!(OvsActionPushVlan);

/// `struct ovs_action_hash` (8 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OvsActionHash {
    /// Algorithm used to compute hash prior to recirculation.
    pub hash_alg: u32,
    /// Basis used for computing hash.
    pub hash_basis: u32,
}

impl OvsActionHash {
    /// Size on the wire.
    pub const LEN: usize = 8;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::OVS_ACTION_HASH
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            hash_alg: rd::u32(b, 0),
            hash_basis: rd::u32(b, 4),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.hash_alg);
        wr::u32(out, 4, self.hash_basis);
    }
}

fixed_struct!(OvsActionHash);

/// `struct ovs_action_push_mpls` (8 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OvsActionPushMpls {
    /// MPLS label stack entry to push
    pub mpls_lse: u32,
    /// Ethertype to set in the encapsulating ethernet frame.  The only values
    /// ethertype should ever be given are ETH_P_MPLS_UC and ETH_P_MPLS_MC,
    /// indicating MPLS unicast or multicast. Other are rejected.
    pub mpls_ethertype: u32,
}

impl OvsActionPushMpls {
    /// Size on the wire.
    pub const LEN: usize = 8;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::OVS_ACTION_PUSH_MPLS
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            mpls_lse: rd::u32_be(b, 0),
            mpls_ethertype: rd::u32_be(b, 4),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32_be(out, 0, self.mpls_lse);
        wr::u32_be(out, 4, self.mpls_ethertype);
    }
}

fixed_struct!(OvsActionPushMpls);

/// `struct ovs_action_add_mpls` (12 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OvsActionAddMpls {
    /// MPLS label stack entry to push
    pub mpls_lse: u32,
    /// Ethertype to set in the encapsulating ethernet frame.  The only values
    /// ethertype should ever be given are ETH_P_MPLS_UC and ETH_P_MPLS_MC,
    /// indicating MPLS unicast or multicast. Other are rejected.
    pub mpls_ethertype: u32,
    /// MPLS tunnel attributes.
    pub tun_flags: u16,
}

impl OvsActionAddMpls {
    /// Size on the wire.
    pub const LEN: usize = 12;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::OVS_ACTION_ADD_MPLS
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            mpls_lse: rd::u32_be(b, 0),
            mpls_ethertype: rd::u32_be(b, 4),
            tun_flags: rd::u16(b, 8),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32_be(out, 0, self.mpls_lse);
        wr::u32_be(out, 4, self.mpls_ethertype);
        wr::u16(out, 8, self.tun_flags);
    }
}

fixed_struct!(OvsActionAddMpls);
