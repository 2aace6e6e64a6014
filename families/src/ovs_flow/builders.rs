//! Typed builders of `ovs_flow`: one per attribute set, over the codec's [`Writer`] (so they
//! write into a caller's `&mut [u8]` as well as a `Vec`).

#![allow(unused_imports)]

use super::consts::*;
use super::types::*;
use crate::runtime::{put_nest_with_header, Bitfield32, Builder};
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use nlcodec::{Buffer, WriteError, Writer};

/// Markers of the attribute sets, one per set: the `S` of [`Builder`] (and of the
/// operations' `Attrs`).
pub mod sets {
    /// The `flow-attrs` attribute set.
    pub enum FlowAttrs {}
    /// The `key-attrs` attribute set.
    pub enum KeyAttrs {}
    /// The `action-attrs` attribute set.
    pub enum ActionAttrs {}
    /// The `tunnel-key-attrs` attribute set.
    pub enum TunnelKeyAttrs {}
    /// The `check-pkt-len-attrs` attribute set.
    pub enum CheckPktLenAttrs {}
    /// The `sample-attrs` attribute set.
    pub enum SampleAttrs {}
    /// The `userspace-attrs` attribute set.
    pub enum UserspaceAttrs {}
    /// The `ovs-nsh-key-attrs` attribute set.
    pub enum OvsNshKeyAttrs {}
    /// The `ct-attrs` attribute set.
    pub enum CtAttrs {}
    /// The `nat-attrs` attribute set.
    pub enum NatAttrs {}
    /// The `dec-ttl-attrs` attribute set.
    pub enum DecTtlAttrs {}
    /// The `vxlan-ext-attrs` attribute set.
    pub enum VxlanExtAttrs {}
    /// The `psample-attrs` attribute set.
    pub enum PsampleAttrs {}
}

/// Writes `flow-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FlowAttrsBuilder<'w, B> = Builder<'w, sets::FlowAttrs, B>;

impl<B: Buffer> FlowAttrsBuilder<'_, B> {
    /// Writes `OVS_FLOW_ATTR_KEY`: Nested attributes specifying the flow key. Always present in
    /// notifications. Required for all requests (except dumps).
    pub fn key(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut KeyAttrsBuilder<'y, B>,
        ) -> Result<&'x mut KeyAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(OVS_FLOW_ATTR_KEY, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `OVS_FLOW_ATTR_ACTIONS`: Nested attributes specifying the actions to take for packets that
    /// match the key. Always present in notifications. Required for
    /// OVS_FLOW_CMD_NEW requests, optional for OVS_FLOW_CMD_SET requests.  An
    /// OVS_FLOW_CMD_SET without OVS_FLOW_ATTR_ACTIONS will not modify the
    /// actions.  To clear the actions, an OVS_FLOW_ATTR_ACTIONS without any
    /// nested attributes must be given.
    pub fn actions(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ActionAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ActionAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(OVS_FLOW_ATTR_ACTIONS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `OVS_FLOW_ATTR_STATS`: Statistics for this flow. Present in notifications if the stats would
    /// be nonzero. Ignored in requests.
    pub fn stats(&mut self, v: &OvsFlowStats) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(OVS_FLOW_ATTR_STATS, OvsFlowStats::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `OVS_FLOW_ATTR_TCP_FLAGS`: An 8-bit value giving the ORed value of all of the TCP flags seen on
    /// packets in this flow. Only present in notifications for TCP flows, and
    /// only if it would be nonzero. Ignored in requests.
    pub fn tcp_flags(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_FLOW_ATTR_TCP_FLAGS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_FLOW_ATTR_USED`: A 64-bit integer giving the time, in milliseconds on the system
    /// monotonic clock, at which a packet was last processed for this
    /// flow. Only present in notifications if a packet has been processed for
    /// this flow. Ignored in requests.
    pub fn used(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_FLOW_ATTR_USED, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_FLOW_ATTR_CLEAR`: If present in a OVS_FLOW_CMD_SET request, clears the last-used time,
    /// accumulated TCP flags, and statistics for this flow.  Otherwise
    /// ignored in requests. Never present in notifications.
    pub fn clear(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(OVS_FLOW_ATTR_CLEAR)?;
        Ok(self)
    }

    /// Writes `OVS_FLOW_ATTR_MASK`: Nested attributes specifying the mask bits for wildcarded flow
    /// match. Mask bit value '1' specifies exact match with corresponding
    /// flow key bit, while mask bit value '0' specifies a wildcarded
    /// match. Omitting attribute is treated as wildcarding all corresponding
    /// fields. Optional for all requests. If not present, all flow key bits
    /// are exact match bits.
    pub fn mask(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut KeyAttrsBuilder<'y, B>,
        ) -> Result<&'x mut KeyAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(OVS_FLOW_ATTR_MASK, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `OVS_FLOW_ATTR_PROBE`: Flow operation is a feature probe, error logging should be suppressed.
    pub fn probe(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_FLOW_ATTR_PROBE, v)?;
        Ok(self)
    }

    /// Writes `OVS_FLOW_ATTR_UFID`: A value between 1-16 octets specifying a unique identifier for the
    /// flow. Causes the flow to be indexed by this value rather than the
    /// value of the OVS_FLOW_ATTR_KEY attribute. Optional for all
    /// requests. Present in notifications if the flow was created with this
    /// attribute.
    pub fn ufid(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_FLOW_ATTR_UFID, v)?;
        Ok(self)
    }

    /// Writes `OVS_FLOW_ATTR_UFID_FLAGS`: A 32-bit value of ORed flags that provide alternative semantics for
    /// flow installation and retrieval. Optional for all requests.
    pub fn ufid_flags(&mut self, v: OvsUfidFlags) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_FLOW_ATTR_UFID_FLAGS, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_FLOW_ATTR_PAD`.
    pub fn pad(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_FLOW_ATTR_PAD, v)?;
        Ok(self)
    }
}

/// Writes `key-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type KeyAttrsBuilder<'w, B> = Builder<'w, sets::KeyAttrs, B>;

impl<B: Buffer> KeyAttrsBuilder<'_, B> {
    /// Writes `OVS_KEY_ATTR_ENCAP`.
    pub fn encap(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut KeyAttrsBuilder<'y, B>,
        ) -> Result<&'x mut KeyAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(OVS_KEY_ATTR_ENCAP, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_PRIORITY`.
    pub fn priority(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_KEY_ATTR_PRIORITY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_IN_PORT`.
    pub fn in_port(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_KEY_ATTR_IN_PORT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_ETHERNET`: struct ovs_key_ethernet
    pub fn ethernet(&mut self, v: &OvsKeyEthernet) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(OVS_KEY_ATTR_ETHERNET, OvsKeyEthernet::LEN, |b| {
                v.write_to(b)
            })?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_VLAN`.
    pub fn vlan(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_KEY_ATTR_VLAN, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_ETHERTYPE`.
    pub fn ethertype(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_KEY_ATTR_ETHERTYPE, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_IPV4`.
    pub fn ipv4(&mut self, v: &OvsKeyIpv4) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(OVS_KEY_ATTR_IPV4, OvsKeyIpv4::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_IPV6`: struct ovs_key_ipv6
    pub fn ipv6(&mut self, v: &OvsKeyIpv6) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(OVS_KEY_ATTR_IPV6, OvsKeyIpv6::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_TCP`.
    pub fn tcp(&mut self, v: &OvsKeyTcp) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(OVS_KEY_ATTR_TCP, OvsKeyTcp::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_UDP`.
    pub fn udp(&mut self, v: &OvsKeyUdp) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(OVS_KEY_ATTR_UDP, OvsKeyUdp::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_ICMP`.
    pub fn icmp(&mut self, v: &OvsKeyIcmp) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(OVS_KEY_ATTR_ICMP, OvsKeyIcmp::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_ICMPV6`.
    pub fn icmpv6(&mut self, v: &OvsKeyIcmp) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(OVS_KEY_ATTR_ICMPV6, OvsKeyIcmp::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_ARP`: struct ovs_key_arp
    pub fn arp(&mut self, v: &OvsKeyArp) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(OVS_KEY_ATTR_ARP, OvsKeyArp::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_ND`: struct ovs_key_nd
    pub fn nd(&mut self, v: &OvsKeyNd) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(OVS_KEY_ATTR_ND, OvsKeyNd::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_SKB_MARK`.
    pub fn skb_mark(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_KEY_ATTR_SKB_MARK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_TUNNEL`.
    pub fn tunnel(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut TunnelKeyAttrsBuilder<'y, B>,
        ) -> Result<&'x mut TunnelKeyAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(OVS_KEY_ATTR_TUNNEL, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_SCTP`.
    pub fn sctp(&mut self, v: &OvsKeySctp) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(OVS_KEY_ATTR_SCTP, OvsKeySctp::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_TCP_FLAGS`.
    pub fn tcp_flags(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_KEY_ATTR_TCP_FLAGS, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_DP_HASH`: Value 0 indicates the hash is not computed by the datapath.
    pub fn dp_hash(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_KEY_ATTR_DP_HASH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_RECIRC_ID`.
    pub fn recirc_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_KEY_ATTR_RECIRC_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_MPLS`.
    pub fn mpls(&mut self, v: &OvsKeyMpls) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(OVS_KEY_ATTR_MPLS, OvsKeyMpls::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_CT_STATE`.
    pub fn ct_state(&mut self, v: CtStateFlags) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_KEY_ATTR_CT_STATE, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_CT_ZONE`: connection tracking zone
    pub fn ct_zone(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_KEY_ATTR_CT_ZONE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_CT_MARK`: connection tracking mark
    pub fn ct_mark(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_KEY_ATTR_CT_MARK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_CT_LABELS`: 16-octet connection tracking label
    pub fn ct_labels(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_KEY_ATTR_CT_LABELS, v)?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_CT_ORIG_TUPLE_IPV4`.
    pub fn ct_orig_tuple_ipv4(&mut self, v: &OvsKeyCtTupleIpv4) -> Result<&mut Self, WriteError> {
        self.w.put_attr_with(
            OVS_KEY_ATTR_CT_ORIG_TUPLE_IPV4,
            OvsKeyCtTupleIpv4::LEN,
            |b| v.write_to(b),
        )?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_CT_ORIG_TUPLE_IPV6`: struct ovs_key_ct_tuple_ipv6
    pub fn ct_orig_tuple_ipv6(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_KEY_ATTR_CT_ORIG_TUPLE_IPV6, v)?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_NSH`.
    pub fn nsh(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut OvsNshKeyAttrsBuilder<'y, B>,
        ) -> Result<&'x mut OvsNshKeyAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(OVS_KEY_ATTR_NSH, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_PACKET_TYPE`: Should not be sent to the kernel
    pub fn packet_type(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_KEY_ATTR_PACKET_TYPE, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_ND_EXTENSIONS`: Should not be sent to the kernel
    pub fn nd_extensions(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_KEY_ATTR_ND_EXTENSIONS, v)?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_TUNNEL_INFO`: struct ip_tunnel_info
    pub fn tunnel_info(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_KEY_ATTR_TUNNEL_INFO, v)?;
        Ok(self)
    }

    /// Writes `OVS_KEY_ATTR_IPV6_EXTHDRS`: struct ovs_key_ipv6_exthdr
    pub fn ipv6_exthdrs(&mut self, v: &OvsKeyIpv6Exthdrs) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(OVS_KEY_ATTR_IPV6_EXTHDRS, OvsKeyIpv6Exthdrs::LEN, |b| {
                v.write_to(b)
            })?;
        Ok(self)
    }
}

/// Writes `action-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ActionAttrsBuilder<'w, B> = Builder<'w, sets::ActionAttrs, B>;

impl<B: Buffer> ActionAttrsBuilder<'_, B> {
    /// Writes `OVS_ACTION_ATTR_OUTPUT`: ovs port number in datapath
    pub fn output(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_ACTION_ATTR_OUTPUT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_ACTION_ATTR_USERSPACE`.
    pub fn userspace(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut UserspaceAttrsBuilder<'y, B>,
        ) -> Result<&'x mut UserspaceAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(OVS_ACTION_ATTR_USERSPACE, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `OVS_ACTION_ATTR_SET`: Replaces the contents of an existing header. The single nested
    /// attribute specifies a header to modify and its value.
    pub fn set(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut KeyAttrsBuilder<'y, B>,
        ) -> Result<&'x mut KeyAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(OVS_ACTION_ATTR_SET, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `OVS_ACTION_ATTR_PUSH_VLAN`: Push a new outermost 802.1Q or 802.1ad header onto the packet.
    pub fn push_vlan(&mut self, v: &OvsActionPushVlan) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(OVS_ACTION_ATTR_PUSH_VLAN, OvsActionPushVlan::LEN, |b| {
                v.write_to(b)
            })?;
        Ok(self)
    }

    /// Writes `OVS_ACTION_ATTR_POP_VLAN`: Pop the outermost 802.1Q or 802.1ad header from the packet.
    pub fn pop_vlan(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(OVS_ACTION_ATTR_POP_VLAN)?;
        Ok(self)
    }

    /// Writes `OVS_ACTION_ATTR_SAMPLE`: Probabilistically executes actions, as specified in the nested
    /// attributes.
    pub fn sample(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut SampleAttrsBuilder<'y, B>,
        ) -> Result<&'x mut SampleAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(OVS_ACTION_ATTR_SAMPLE, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `OVS_ACTION_ATTR_RECIRC`: recirc id
    pub fn recirc(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_ACTION_ATTR_RECIRC, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_ACTION_ATTR_HASH`.
    pub fn hash(&mut self, v: &OvsActionHash) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(OVS_ACTION_ATTR_HASH, OvsActionHash::LEN, |b| v.write_to(b))?;
        Ok(self)
    }

    /// Writes `OVS_ACTION_ATTR_PUSH_MPLS`: Push a new MPLS label stack entry onto the top of the packets MPLS
    /// label stack. Set the ethertype of the encapsulating frame to either
    /// ETH_P_MPLS_UC or ETH_P_MPLS_MC to indicate the new packet contents.
    pub fn push_mpls(&mut self, v: &OvsActionPushMpls) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(OVS_ACTION_ATTR_PUSH_MPLS, OvsActionPushMpls::LEN, |b| {
                v.write_to(b)
            })?;
        Ok(self)
    }

    /// Writes `OVS_ACTION_ATTR_POP_MPLS`: ethertype
    pub fn pop_mpls(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_ACTION_ATTR_POP_MPLS, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_ACTION_ATTR_SET_MASKED`: Replaces the contents of an existing header. A nested attribute
    /// specifies a header to modify, its value, and a mask. For every bit set
    /// in the mask, the corresponding bit value is copied from the value to
    /// the packet header field, rest of the bits are left unchanged. The
    /// non-masked value bits must be passed in as zeroes. Masking is not
    /// supported for the OVS_KEY_ATTR_TUNNEL attribute.
    pub fn set_masked(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut KeyAttrsBuilder<'y, B>,
        ) -> Result<&'x mut KeyAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(OVS_ACTION_ATTR_SET_MASKED, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `OVS_ACTION_ATTR_CT`: Track the connection. Populate the conntrack-related entries
    /// in the flow key.
    pub fn ct(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut CtAttrsBuilder<'y, B>,
        ) -> Result<&'x mut CtAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(OVS_ACTION_ATTR_CT, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `OVS_ACTION_ATTR_TRUNC`: struct ovs_action_trunc is a u32 max length
    pub fn trunc(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_ACTION_ATTR_TRUNC, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_ACTION_ATTR_PUSH_ETH`: struct ovs_action_push_eth
    pub fn push_eth(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_ACTION_ATTR_PUSH_ETH, v)?;
        Ok(self)
    }

    /// Writes `OVS_ACTION_ATTR_POP_ETH`.
    pub fn pop_eth(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(OVS_ACTION_ATTR_POP_ETH)?;
        Ok(self)
    }

    /// Writes `OVS_ACTION_ATTR_CT_CLEAR`.
    pub fn ct_clear(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(OVS_ACTION_ATTR_CT_CLEAR)?;
        Ok(self)
    }

    /// Writes `OVS_ACTION_ATTR_PUSH_NSH`: Push NSH header to the packet.
    pub fn push_nsh(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut OvsNshKeyAttrsBuilder<'y, B>,
        ) -> Result<&'x mut OvsNshKeyAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(OVS_ACTION_ATTR_PUSH_NSH, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `OVS_ACTION_ATTR_POP_NSH`: Pop the outermost NSH header off the packet.
    pub fn pop_nsh(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(OVS_ACTION_ATTR_POP_NSH)?;
        Ok(self)
    }

    /// Writes `OVS_ACTION_ATTR_METER`: Run packet through a meter, which may drop the packet, or modify the
    /// packet (e.g., change the DSCP field)
    pub fn meter(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_ACTION_ATTR_METER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_ACTION_ATTR_CLONE`: Make a copy of the packet and execute a list of actions without
    /// affecting the original packet and key.
    pub fn clone_attr(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ActionAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ActionAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(OVS_ACTION_ATTR_CLONE, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `OVS_ACTION_ATTR_CHECK_PKT_LEN`: Check the packet length and execute a set of actions if greater than
    /// the specified packet length, else execute another set of actions.
    pub fn check_pkt_len(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut CheckPktLenAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut CheckPktLenAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(OVS_ACTION_ATTR_CHECK_PKT_LEN, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `OVS_ACTION_ATTR_ADD_MPLS`: Push a new MPLS label stack entry at the start of the packet or at the
    /// start of the l3 header depending on the value of l3 tunnel flag in the
    /// tun_flags field of this OVS_ACTION_ATTR_ADD_MPLS argument.
    pub fn add_mpls(&mut self, v: &OvsActionAddMpls) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(OVS_ACTION_ATTR_ADD_MPLS, OvsActionAddMpls::LEN, |b| {
                v.write_to(b)
            })?;
        Ok(self)
    }

    /// Writes `OVS_ACTION_ATTR_DEC_TTL`.
    pub fn dec_ttl(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DecTtlAttrsBuilder<'y, B>,
        ) -> Result<&'x mut DecTtlAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(OVS_ACTION_ATTR_DEC_TTL, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `OVS_ACTION_ATTR_PSAMPLE`: Sends a packet sample to psample for external observation.
    pub fn psample(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut PsampleAttrsBuilder<'y, B>,
        ) -> Result<&'x mut PsampleAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(OVS_ACTION_ATTR_PSAMPLE, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `tunnel-key-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type TunnelKeyAttrsBuilder<'w, B> = Builder<'w, sets::TunnelKeyAttrs, B>;

impl<B: Buffer> TunnelKeyAttrsBuilder<'_, B> {
    /// Writes `OVS_TUNNEL_KEY_ATTR_ID`.
    pub fn id(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_TUNNEL_KEY_ATTR_ID, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_TUNNEL_KEY_ATTR_IPV4_SRC`.
    pub fn ipv4_src(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_TUNNEL_KEY_ATTR_IPV4_SRC, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_TUNNEL_KEY_ATTR_IPV4_DST`.
    pub fn ipv4_dst(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_TUNNEL_KEY_ATTR_IPV4_DST, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_TUNNEL_KEY_ATTR_TOS`.
    pub fn tos(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_TUNNEL_KEY_ATTR_TOS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_TUNNEL_KEY_ATTR_TTL`.
    pub fn ttl(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_TUNNEL_KEY_ATTR_TTL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_TUNNEL_KEY_ATTR_DONT_FRAGMENT`.
    pub fn dont_fragment(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(OVS_TUNNEL_KEY_ATTR_DONT_FRAGMENT)?;
        Ok(self)
    }

    /// Writes `OVS_TUNNEL_KEY_ATTR_CSUM`.
    pub fn csum(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(OVS_TUNNEL_KEY_ATTR_CSUM)?;
        Ok(self)
    }

    /// Writes `OVS_TUNNEL_KEY_ATTR_OAM`.
    pub fn oam(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(OVS_TUNNEL_KEY_ATTR_OAM)?;
        Ok(self)
    }

    /// Writes `OVS_TUNNEL_KEY_ATTR_GENEVE_OPTS`.
    pub fn geneve_opts(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_TUNNEL_KEY_ATTR_GENEVE_OPTS, v)?;
        Ok(self)
    }

    /// Writes `OVS_TUNNEL_KEY_ATTR_TP_SRC`.
    pub fn tp_src(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_TUNNEL_KEY_ATTR_TP_SRC, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_TUNNEL_KEY_ATTR_TP_DST`.
    pub fn tp_dst(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_TUNNEL_KEY_ATTR_TP_DST, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_TUNNEL_KEY_ATTR_VXLAN_OPTS`.
    pub fn vxlan_opts(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut VxlanExtAttrsBuilder<'y, B>,
        ) -> Result<&'x mut VxlanExtAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(OVS_TUNNEL_KEY_ATTR_VXLAN_OPTS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `OVS_TUNNEL_KEY_ATTR_IPV6_SRC`: struct in6_addr source IPv6 address
    pub fn ipv6_src(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_TUNNEL_KEY_ATTR_IPV6_SRC, v)?;
        Ok(self)
    }

    /// Writes `OVS_TUNNEL_KEY_ATTR_IPV6_DST`: struct in6_addr destination IPv6 address
    pub fn ipv6_dst(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_TUNNEL_KEY_ATTR_IPV6_DST, v)?;
        Ok(self)
    }

    /// Writes `OVS_TUNNEL_KEY_ATTR_PAD`.
    pub fn pad(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_TUNNEL_KEY_ATTR_PAD, v)?;
        Ok(self)
    }

    /// Writes `OVS_TUNNEL_KEY_ATTR_ERSPAN_OPTS`: struct erspan_metadata
    pub fn erspan_opts(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_TUNNEL_KEY_ATTR_ERSPAN_OPTS, v)?;
        Ok(self)
    }

    /// Writes `OVS_TUNNEL_KEY_ATTR_IPV4_INFO_BRIDGE`.
    pub fn ipv4_info_bridge(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(OVS_TUNNEL_KEY_ATTR_IPV4_INFO_BRIDGE)?;
        Ok(self)
    }
}

/// Writes `check-pkt-len-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type CheckPktLenAttrsBuilder<'w, B> = Builder<'w, sets::CheckPktLenAttrs, B>;

impl<B: Buffer> CheckPktLenAttrsBuilder<'_, B> {
    /// Writes `OVS_CHECK_PKT_LEN_ATTR_PKT_LEN`.
    pub fn pkt_len(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_CHECK_PKT_LEN_ATTR_PKT_LEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_CHECK_PKT_LEN_ATTR_ACTIONS_IF_GREATER`.
    pub fn actions_if_greater(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ActionAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ActionAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(OVS_CHECK_PKT_LEN_ATTR_ACTIONS_IF_GREATER, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }

    /// Writes `OVS_CHECK_PKT_LEN_ATTR_ACTIONS_IF_LESS_EQUAL`.
    pub fn actions_if_less_equal(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ActionAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ActionAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(OVS_CHECK_PKT_LEN_ATTR_ACTIONS_IF_LESS_EQUAL, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }
}

/// Writes `sample-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type SampleAttrsBuilder<'w, B> = Builder<'w, sets::SampleAttrs, B>;

impl<B: Buffer> SampleAttrsBuilder<'_, B> {
    /// Writes `OVS_SAMPLE_ATTR_PROBABILITY`.
    pub fn probability(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_SAMPLE_ATTR_PROBABILITY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_SAMPLE_ATTR_ACTIONS`.
    pub fn actions(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ActionAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ActionAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(OVS_SAMPLE_ATTR_ACTIONS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `userspace-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type UserspaceAttrsBuilder<'w, B> = Builder<'w, sets::UserspaceAttrs, B>;

impl<B: Buffer> UserspaceAttrsBuilder<'_, B> {
    /// Writes `OVS_USERSPACE_ATTR_PID`.
    pub fn pid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_USERSPACE_ATTR_PID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_USERSPACE_ATTR_USERDATA`.
    pub fn userdata(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_USERSPACE_ATTR_USERDATA, v)?;
        Ok(self)
    }

    /// Writes `OVS_USERSPACE_ATTR_EGRESS_TUN_PORT`.
    pub fn egress_tun_port(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_USERSPACE_ATTR_EGRESS_TUN_PORT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_USERSPACE_ATTR_ACTIONS`.
    pub fn actions(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(OVS_USERSPACE_ATTR_ACTIONS)?;
        Ok(self)
    }
}

/// Writes `ovs-nsh-key-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type OvsNshKeyAttrsBuilder<'w, B> = Builder<'w, sets::OvsNshKeyAttrs, B>;

impl<B: Buffer> OvsNshKeyAttrsBuilder<'_, B> {
    /// Writes `OVS_NSH_KEY_ATTR_BASE`.
    pub fn base(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_NSH_KEY_ATTR_BASE, v)?;
        Ok(self)
    }

    /// Writes `OVS_NSH_KEY_ATTR_MD1`.
    pub fn md1(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_NSH_KEY_ATTR_MD1, v)?;
        Ok(self)
    }

    /// Writes `OVS_NSH_KEY_ATTR_MD2`.
    pub fn md2(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_NSH_KEY_ATTR_MD2, v)?;
        Ok(self)
    }
}

/// Writes `ct-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type CtAttrsBuilder<'w, B> = Builder<'w, sets::CtAttrs, B>;

impl<B: Buffer> CtAttrsBuilder<'_, B> {
    /// Writes `OVS_CT_ATTR_COMMIT`.
    pub fn commit(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(OVS_CT_ATTR_COMMIT)?;
        Ok(self)
    }

    /// Writes `OVS_CT_ATTR_ZONE`.
    pub fn zone(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_CT_ATTR_ZONE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_CT_ATTR_MARK`.
    pub fn mark(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_CT_ATTR_MARK, v)?;
        Ok(self)
    }

    /// Writes `OVS_CT_ATTR_LABELS`.
    pub fn labels(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_CT_ATTR_LABELS, v)?;
        Ok(self)
    }

    /// Writes `OVS_CT_ATTR_HELPER`.
    pub fn helper(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(OVS_CT_ATTR_HELPER, v)?;
        Ok(self)
    }

    /// Writes `OVS_CT_ATTR_NAT`.
    pub fn nat(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut NatAttrsBuilder<'y, B>,
        ) -> Result<&'x mut NatAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(OVS_CT_ATTR_NAT, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `OVS_CT_ATTR_FORCE_COMMIT`.
    pub fn force_commit(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(OVS_CT_ATTR_FORCE_COMMIT)?;
        Ok(self)
    }

    /// Writes `OVS_CT_ATTR_EVENTMASK`.
    pub fn eventmask(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_CT_ATTR_EVENTMASK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_CT_ATTR_TIMEOUT`.
    pub fn timeout(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(OVS_CT_ATTR_TIMEOUT, v)?;
        Ok(self)
    }
}

/// Writes `nat-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type NatAttrsBuilder<'w, B> = Builder<'w, sets::NatAttrs, B>;

impl<B: Buffer> NatAttrsBuilder<'_, B> {
    /// Writes `OVS_NAT_ATTR_SRC`.
    pub fn src(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(OVS_NAT_ATTR_SRC)?;
        Ok(self)
    }

    /// Writes `OVS_NAT_ATTR_DST`.
    pub fn dst(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(OVS_NAT_ATTR_DST)?;
        Ok(self)
    }

    /// Writes `OVS_NAT_ATTR_IP_MIN`.
    pub fn ip_min(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_NAT_ATTR_IP_MIN, v)?;
        Ok(self)
    }

    /// Writes `OVS_NAT_ATTR_IP_MAX`.
    pub fn ip_max(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_NAT_ATTR_IP_MAX, v)?;
        Ok(self)
    }

    /// Writes `OVS_NAT_ATTR_PROTO_MIN`.
    pub fn proto_min(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_NAT_ATTR_PROTO_MIN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_NAT_ATTR_PROTO_MAX`.
    pub fn proto_max(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_NAT_ATTR_PROTO_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_NAT_ATTR_PERSISTENT`.
    pub fn persistent(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(OVS_NAT_ATTR_PERSISTENT)?;
        Ok(self)
    }

    /// Writes `OVS_NAT_ATTR_PROTO_HASH`.
    pub fn proto_hash(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(OVS_NAT_ATTR_PROTO_HASH)?;
        Ok(self)
    }

    /// Writes `OVS_NAT_ATTR_PROTO_RANDOM`.
    pub fn proto_random(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(OVS_NAT_ATTR_PROTO_RANDOM)?;
        Ok(self)
    }
}

/// Writes `dec-ttl-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DecTtlAttrsBuilder<'w, B> = Builder<'w, sets::DecTtlAttrs, B>;

impl<B: Buffer> DecTtlAttrsBuilder<'_, B> {
    /// Writes `OVS_DEC_TTL_ATTR_ACTION`.
    pub fn action(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ActionAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ActionAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(OVS_DEC_TTL_ATTR_ACTION, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `vxlan-ext-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type VxlanExtAttrsBuilder<'w, B> = Builder<'w, sets::VxlanExtAttrs, B>;

impl<B: Buffer> VxlanExtAttrsBuilder<'_, B> {
    /// Writes `OVS_VXLAN_EXT_GBP`.
    pub fn gbp(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_VXLAN_EXT_GBP, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `psample-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PsampleAttrsBuilder<'w, B> = Builder<'w, sets::PsampleAttrs, B>;

impl<B: Buffer> PsampleAttrsBuilder<'_, B> {
    /// Writes `OVS_PSAMPLE_ATTR_GROUP`.
    pub fn group(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVS_PSAMPLE_ATTR_GROUP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVS_PSAMPLE_ATTR_COOKIE`.
    pub fn cookie(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVS_PSAMPLE_ATTR_COOKIE, v)?;
        Ok(self)
    }
}
