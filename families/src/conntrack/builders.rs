//! Typed builders of `conntrack`: one per attribute set, over the codec's [`Writer`] (so they
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
    /// The `counter-attrs` attribute set.
    pub enum CounterAttrs {}
    /// The `tuple-proto-attrs` attribute set.
    pub enum TupleProtoAttrs {}
    /// The `tuple-ip-attrs` attribute set.
    pub enum TupleIpAttrs {}
    /// The `tuple-attrs` attribute set.
    pub enum TupleAttrs {}
    /// The `protoinfo-tcp-attrs` attribute set.
    pub enum ProtoinfoTcpAttrs {}
    /// The `protoinfo-dccp-attrs` attribute set.
    pub enum ProtoinfoDccpAttrs {}
    /// The `protoinfo-sctp-attrs` attribute set.
    pub enum ProtoinfoSctpAttrs {}
    /// The `protoinfo-attrs` attribute set.
    pub enum ProtoinfoAttrs {}
    /// The `help-attrs` attribute set.
    pub enum HelpAttrs {}
    /// The `nat-proto-attrs` attribute set.
    pub enum NatProtoAttrs {}
    /// The `nat-attrs` attribute set.
    pub enum NatAttrs {}
    /// The `seqadj-attrs` attribute set.
    pub enum SeqadjAttrs {}
    /// The `secctx-attrs` attribute set.
    pub enum SecctxAttrs {}
    /// The `synproxy-attrs` attribute set.
    pub enum SynproxyAttrs {}
    /// The `filter-attrs` attribute set.
    pub enum FilterAttrs {}
    /// The `conntrack-attrs` attribute set.
    pub enum ConntrackAttrs {}
    /// The `conntrack-stats-attrs` attribute set.
    pub enum ConntrackStatsAttrs {}
}

/// Writes `counter-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type CounterAttrsBuilder<'w, B> = Builder<'w, sets::CounterAttrs, B>;

impl<B: Buffer> CounterAttrsBuilder<'_, B> {
    /// Writes `CONNTRACK_A_COUNTER_ATTRS_PACKETS`.
    pub fn packets(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_COUNTER_ATTRS_PACKETS, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_COUNTER_ATTRS_BYTES`.
    pub fn bytes(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_COUNTER_ATTRS_BYTES, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_COUNTER_ATTRS_PACKETS_OLD`.
    pub fn packets_old(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_COUNTER_ATTRS_PACKETS_OLD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_COUNTER_ATTRS_BYTES_OLD`.
    pub fn bytes_old(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_COUNTER_ATTRS_BYTES_OLD, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `tuple-proto-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type TupleProtoAttrsBuilder<'w, B> = Builder<'w, sets::TupleProtoAttrs, B>;

impl<B: Buffer> TupleProtoAttrsBuilder<'_, B> {
    /// Writes `CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_NUM`: l4 protocol number
    pub fn proto_num(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_NUM, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_SRC_PORT`: l4 source port
    pub fn proto_src_port(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_SRC_PORT,
            &(v).to_be_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_DST_PORT`: l4 source port
    pub fn proto_dst_port(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_DST_PORT,
            &(v).to_be_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMP_ID`: l4 icmp id
    pub fn proto_icmp_id(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMP_ID,
            &(v).to_be_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMP_TYPE`.
    pub fn proto_icmp_type(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMP_TYPE,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMP_CODE`.
    pub fn proto_icmp_code(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMP_CODE,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMPV6_ID`: l4 icmp id
    pub fn proto_icmpv6_id(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMPV6_ID,
            &(v).to_be_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMPV6_TYPE`.
    pub fn proto_icmpv6_type(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMPV6_TYPE,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMPV6_CODE`.
    pub fn proto_icmpv6_code(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMPV6_CODE,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }
}

/// Writes `tuple-ip-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type TupleIpAttrsBuilder<'w, B> = Builder<'w, sets::TupleIpAttrs, B>;

impl<B: Buffer> TupleIpAttrsBuilder<'_, B> {
    /// Writes `CONNTRACK_A_TUPLE_IP_ATTRS_IP_V4_SRC`: ipv4 source address
    pub fn ip_v4_src(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_TUPLE_IP_ATTRS_IP_V4_SRC, &v.octets())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_TUPLE_IP_ATTRS_IP_V4_DST`: ipv4 destination address
    pub fn ip_v4_dst(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_TUPLE_IP_ATTRS_IP_V4_DST, &v.octets())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_TUPLE_IP_ATTRS_IP_V6_SRC`: ipv6 source address
    pub fn ip_v6_src(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_TUPLE_IP_ATTRS_IP_V6_SRC, &v.octets())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_TUPLE_IP_ATTRS_IP_V6_DST`: ipv6 destination address
    pub fn ip_v6_dst(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_TUPLE_IP_ATTRS_IP_V6_DST, &v.octets())?;
        Ok(self)
    }
}

/// Writes `tuple-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type TupleAttrsBuilder<'w, B> = Builder<'w, sets::TupleAttrs, B>;

impl<B: Buffer> TupleAttrsBuilder<'_, B> {
    /// Writes `CONNTRACK_A_TUPLE_ATTRS_TUPLE_IP`: conntrack l3 information
    pub fn tuple_ip(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut TupleIpAttrsBuilder<'y, B>,
        ) -> Result<&'x mut TupleIpAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(CONNTRACK_A_TUPLE_ATTRS_TUPLE_IP, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_TUPLE_ATTRS_TUPLE_PROTO`: conntrack l4 information
    pub fn tuple_proto(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut TupleProtoAttrsBuilder<'y, B>,
        ) -> Result<&'x mut TupleProtoAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(CONNTRACK_A_TUPLE_ATTRS_TUPLE_PROTO, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_TUPLE_ATTRS_TUPLE_ZONE`: conntrack zone id
    pub fn tuple_zone(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_TUPLE_ATTRS_TUPLE_ZONE, &(v).to_be_bytes())?;
        Ok(self)
    }
}

/// Writes `protoinfo-tcp-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ProtoinfoTcpAttrsBuilder<'w, B> = Builder<'w, sets::ProtoinfoTcpAttrs, B>;

impl<B: Buffer> ProtoinfoTcpAttrsBuilder<'_, B> {
    /// Writes `CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_STATE`: tcp connection state
    pub fn tcp_state(&mut self, v: NfCtTcpState) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_STATE,
            &(v.value() as u8).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_WSCALE_ORIGINAL`: window scaling factor in original direction
    pub fn tcp_wscale_original(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_WSCALE_ORIGINAL,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_WSCALE_REPLY`: window scaling factor in reply direction
    pub fn tcp_wscale_reply(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_WSCALE_REPLY,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_FLAGS_ORIGINAL`.
    pub fn tcp_flags_original(&mut self, v: &NfCtTcpFlagsMask) -> Result<&mut Self, WriteError> {
        self.w.put_attr_with(
            CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_FLAGS_ORIGINAL,
            NfCtTcpFlagsMask::LEN,
            |b| v.write_to(b),
        )?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_FLAGS_REPLY`.
    pub fn tcp_flags_reply(&mut self, v: &NfCtTcpFlagsMask) -> Result<&mut Self, WriteError> {
        self.w.put_attr_with(
            CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_FLAGS_REPLY,
            NfCtTcpFlagsMask::LEN,
            |b| v.write_to(b),
        )?;
        Ok(self)
    }
}

/// Writes `protoinfo-dccp-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ProtoinfoDccpAttrsBuilder<'w, B> = Builder<'w, sets::ProtoinfoDccpAttrs, B>;

impl<B: Buffer> ProtoinfoDccpAttrsBuilder<'_, B> {
    /// Writes `CONNTRACK_A_PROTOINFO_DCCP_ATTRS_DCCP_STATE`: dccp connection state
    pub fn dccp_state(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            CONNTRACK_A_PROTOINFO_DCCP_ATTRS_DCCP_STATE,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_PROTOINFO_DCCP_ATTRS_DCCP_ROLE`.
    pub fn dccp_role(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            CONNTRACK_A_PROTOINFO_DCCP_ATTRS_DCCP_ROLE,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_PROTOINFO_DCCP_ATTRS_DCCP_HANDSHAKE_SEQ`.
    pub fn dccp_handshake_seq(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            CONNTRACK_A_PROTOINFO_DCCP_ATTRS_DCCP_HANDSHAKE_SEQ,
            &(v).to_be_bytes(),
        )?;
        Ok(self)
    }
}

/// Writes `protoinfo-sctp-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ProtoinfoSctpAttrsBuilder<'w, B> = Builder<'w, sets::ProtoinfoSctpAttrs, B>;

impl<B: Buffer> ProtoinfoSctpAttrsBuilder<'_, B> {
    /// Writes `CONNTRACK_A_PROTOINFO_SCTP_ATTRS_SCTP_STATE`: sctp connection state
    pub fn sctp_state(&mut self, v: NfCtSctpState) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            CONNTRACK_A_PROTOINFO_SCTP_ATTRS_SCTP_STATE,
            &(v.value() as u8).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_PROTOINFO_SCTP_ATTRS_VTAG_ORIGINAL`.
    pub fn vtag_original(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            CONNTRACK_A_PROTOINFO_SCTP_ATTRS_VTAG_ORIGINAL,
            &(v).to_be_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_PROTOINFO_SCTP_ATTRS_VTAG_REPLY`.
    pub fn vtag_reply(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            CONNTRACK_A_PROTOINFO_SCTP_ATTRS_VTAG_REPLY,
            &(v).to_be_bytes(),
        )?;
        Ok(self)
    }
}

/// Writes `protoinfo-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ProtoinfoAttrsBuilder<'w, B> = Builder<'w, sets::ProtoinfoAttrs, B>;

impl<B: Buffer> ProtoinfoAttrsBuilder<'_, B> {
    /// Writes `CONNTRACK_A_PROTOINFO_ATTRS_PROTOINFO_TCP`: conntrack tcp state information
    pub fn protoinfo_tcp(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ProtoinfoTcpAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut ProtoinfoTcpAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(CONNTRACK_A_PROTOINFO_ATTRS_PROTOINFO_TCP, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_PROTOINFO_ATTRS_PROTOINFO_DCCP`: conntrack dccp state information
    pub fn protoinfo_dccp(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ProtoinfoDccpAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut ProtoinfoDccpAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(CONNTRACK_A_PROTOINFO_ATTRS_PROTOINFO_DCCP, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_PROTOINFO_ATTRS_PROTOINFO_SCTP`: conntrack sctp state information
    pub fn protoinfo_sctp(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ProtoinfoSctpAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut ProtoinfoSctpAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(CONNTRACK_A_PROTOINFO_ATTRS_PROTOINFO_SCTP, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }
}

/// Writes `help-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type HelpAttrsBuilder<'w, B> = Builder<'w, sets::HelpAttrs, B>;

impl<B: Buffer> HelpAttrsBuilder<'_, B> {
    /// Writes `CONNTRACK_A_HELP_ATTRS_HELP_NAME`: helper name
    pub fn help_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(CONNTRACK_A_HELP_ATTRS_HELP_NAME, v)?;
        Ok(self)
    }
}

/// Writes `nat-proto-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type NatProtoAttrsBuilder<'w, B> = Builder<'w, sets::NatProtoAttrs, B>;

impl<B: Buffer> NatProtoAttrsBuilder<'_, B> {
    /// Writes `CONNTRACK_A_NAT_PROTO_ATTRS_NAT_PORT_MIN`.
    pub fn nat_port_min(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_NAT_PROTO_ATTRS_NAT_PORT_MIN, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_NAT_PROTO_ATTRS_NAT_PORT_MAX`.
    pub fn nat_port_max(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_NAT_PROTO_ATTRS_NAT_PORT_MAX, &(v).to_be_bytes())?;
        Ok(self)
    }
}

/// Writes `nat-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type NatAttrsBuilder<'w, B> = Builder<'w, sets::NatAttrs, B>;

impl<B: Buffer> NatAttrsBuilder<'_, B> {
    /// Writes `CONNTRACK_A_NAT_ATTRS_NAT_V4_MINIP`.
    pub fn nat_v4_minip(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_NAT_ATTRS_NAT_V4_MINIP, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_NAT_ATTRS_NAT_V4_MAXIP`.
    pub fn nat_v4_maxip(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_NAT_ATTRS_NAT_V4_MAXIP, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_NAT_ATTRS_NAT_V6_MINIP`.
    pub fn nat_v6_minip(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(CONNTRACK_A_NAT_ATTRS_NAT_V6_MINIP, v)?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_NAT_ATTRS_NAT_V6_MAXIP`.
    pub fn nat_v6_maxip(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(CONNTRACK_A_NAT_ATTRS_NAT_V6_MAXIP, v)?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_NAT_ATTRS_NAT_PROTO`.
    pub fn nat_proto(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut NatProtoAttrsBuilder<'y, B>,
        ) -> Result<&'x mut NatProtoAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(CONNTRACK_A_NAT_ATTRS_NAT_PROTO, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `seqadj-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type SeqadjAttrsBuilder<'w, B> = Builder<'w, sets::SeqadjAttrs, B>;

impl<B: Buffer> SeqadjAttrsBuilder<'_, B> {
    /// Writes `CONNTRACK_A_SEQADJ_ATTRS_CORRECTION_POS`.
    pub fn correction_pos(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_SEQADJ_ATTRS_CORRECTION_POS, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_SEQADJ_ATTRS_OFFSET_BEFORE`.
    pub fn offset_before(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_SEQADJ_ATTRS_OFFSET_BEFORE, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_SEQADJ_ATTRS_OFFSET_AFTER`.
    pub fn offset_after(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_SEQADJ_ATTRS_OFFSET_AFTER, &(v).to_be_bytes())?;
        Ok(self)
    }
}

/// Writes `secctx-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type SecctxAttrsBuilder<'w, B> = Builder<'w, sets::SecctxAttrs, B>;

impl<B: Buffer> SecctxAttrsBuilder<'_, B> {
    /// Writes `CONNTRACK_A_SECCTX_ATTRS_SECCTX_NAME`.
    pub fn secctx_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(CONNTRACK_A_SECCTX_ATTRS_SECCTX_NAME, v)?;
        Ok(self)
    }
}

/// Writes `synproxy-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type SynproxyAttrsBuilder<'w, B> = Builder<'w, sets::SynproxyAttrs, B>;

impl<B: Buffer> SynproxyAttrsBuilder<'_, B> {
    /// Writes `CONNTRACK_A_SYNPROXY_ATTRS_ISN`.
    pub fn isn(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_SYNPROXY_ATTRS_ISN, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_SYNPROXY_ATTRS_ITS`.
    pub fn its(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_SYNPROXY_ATTRS_ITS, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_SYNPROXY_ATTRS_TSOFF`.
    pub fn tsoff(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_SYNPROXY_ATTRS_TSOFF, &(v).to_be_bytes())?;
        Ok(self)
    }
}

/// Writes `filter-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FilterAttrsBuilder<'w, B> = Builder<'w, sets::FilterAttrs, B>;

impl<B: Buffer> FilterAttrsBuilder<'_, B> {
    /// Writes `CONNTRACK_A_FILTER_ATTRS_ORIG_FLAGS`: bitmask of tuple fields to filter on, original direction
    pub fn orig_flags(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_FILTER_ATTRS_ORIG_FLAGS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_FILTER_ATTRS_REPLY_FLAGS`: bitmask of tuple fields to filter on, reply direction
    pub fn reply_flags(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_FILTER_ATTRS_REPLY_FLAGS, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `conntrack-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ConntrackAttrsBuilder<'w, B> = Builder<'w, sets::ConntrackAttrs, B>;

impl<B: Buffer> ConntrackAttrsBuilder<'_, B> {
    /// Writes `CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_ORIG`: conntrack l3+l4 protocol information, original direction
    pub fn tuple_orig(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut TupleAttrsBuilder<'y, B>,
        ) -> Result<&'x mut TupleAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_ORIG, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_REPLY`: conntrack l3+l4 protocol information, reply direction
    pub fn tuple_reply(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut TupleAttrsBuilder<'y, B>,
        ) -> Result<&'x mut TupleAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_REPLY, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_ATTRS_STATUS`: conntrack flag bits
    pub fn status(&mut self, v: NfCtStatus) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            CONNTRACK_A_CONNTRACK_ATTRS_STATUS,
            &(v.bits()).to_be_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_ATTRS_PROTOINFO`.
    pub fn protoinfo(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ProtoinfoAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ProtoinfoAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(CONNTRACK_A_CONNTRACK_ATTRS_PROTOINFO, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_ATTRS_HELP`.
    pub fn help(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HelpAttrsBuilder<'y, B>,
        ) -> Result<&'x mut HelpAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(CONNTRACK_A_CONNTRACK_ATTRS_HELP, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_ATTRS_NAT_SRC`.
    pub fn nat_src(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut NatAttrsBuilder<'y, B>,
        ) -> Result<&'x mut NatAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(CONNTRACK_A_CONNTRACK_ATTRS_NAT_SRC, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_ATTRS_TIMEOUT`.
    pub fn timeout(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_CONNTRACK_ATTRS_TIMEOUT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_ATTRS_MARK`.
    pub fn mark(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_CONNTRACK_ATTRS_MARK, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_ATTRS_COUNTERS_ORIG`.
    pub fn counters_orig(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut CounterAttrsBuilder<'y, B>,
        ) -> Result<&'x mut CounterAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(CONNTRACK_A_CONNTRACK_ATTRS_COUNTERS_ORIG, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_ATTRS_COUNTERS_REPLY`.
    pub fn counters_reply(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut CounterAttrsBuilder<'y, B>,
        ) -> Result<&'x mut CounterAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(CONNTRACK_A_CONNTRACK_ATTRS_COUNTERS_REPLY, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_ATTRS_USE`.
    pub fn use_(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_CONNTRACK_ATTRS_USE, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_ATTRS_ID`.
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_CONNTRACK_ATTRS_ID, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_ATTRS_NAT_DST`.
    pub fn nat_dst(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut NatAttrsBuilder<'y, B>,
        ) -> Result<&'x mut NatAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(CONNTRACK_A_CONNTRACK_ATTRS_NAT_DST, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_MASTER`.
    pub fn tuple_master(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut TupleAttrsBuilder<'y, B>,
        ) -> Result<&'x mut TupleAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_MASTER, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_ATTRS_SEQ_ADJ_ORIG`.
    pub fn seq_adj_orig(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut SeqadjAttrsBuilder<'y, B>,
        ) -> Result<&'x mut SeqadjAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(CONNTRACK_A_CONNTRACK_ATTRS_SEQ_ADJ_ORIG, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_ATTRS_SEQ_ADJ_REPLY`.
    pub fn seq_adj_reply(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut SeqadjAttrsBuilder<'y, B>,
        ) -> Result<&'x mut SeqadjAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(CONNTRACK_A_CONNTRACK_ATTRS_SEQ_ADJ_REPLY, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_ATTRS_SECMARK`: obsolete
    pub fn secmark(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(CONNTRACK_A_CONNTRACK_ATTRS_SECMARK, v)?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_ATTRS_ZONE`: conntrack zone id
    pub fn zone(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_CONNTRACK_ATTRS_ZONE, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_ATTRS_SECCTX`.
    pub fn secctx(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut SecctxAttrsBuilder<'y, B>,
        ) -> Result<&'x mut SecctxAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(CONNTRACK_A_CONNTRACK_ATTRS_SECCTX, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_ATTRS_TIMESTAMP`.
    pub fn timestamp(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_CONNTRACK_ATTRS_TIMESTAMP, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_ATTRS_MARK_MASK`.
    pub fn mark_mask(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_CONNTRACK_ATTRS_MARK_MASK, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_ATTRS_LABELS`.
    pub fn labels(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(CONNTRACK_A_CONNTRACK_ATTRS_LABELS, v)?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_ATTRS_LABELS_MASK`.
    pub fn labels_mask(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_CONNTRACK_ATTRS_LABELS_MASK, v)?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_ATTRS_SYNPROXY`.
    pub fn synproxy(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut SynproxyAttrsBuilder<'y, B>,
        ) -> Result<&'x mut SynproxyAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(CONNTRACK_A_CONNTRACK_ATTRS_SYNPROXY, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_ATTRS_FILTER`.
    pub fn filter(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FilterAttrsBuilder<'y, B>,
        ) -> Result<&'x mut FilterAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(CONNTRACK_A_CONNTRACK_ATTRS_FILTER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_ATTRS_STATUS_MASK`: conntrack flag bits to change
    pub fn status_mask(&mut self, v: NfCtStatus) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            CONNTRACK_A_CONNTRACK_ATTRS_STATUS_MASK,
            &(v.bits()).to_be_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_ATTRS_TIMESTAMP_EVENT`.
    pub fn timestamp_event(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            CONNTRACK_A_CONNTRACK_ATTRS_TIMESTAMP_EVENT,
            &(v).to_be_bytes(),
        )?;
        Ok(self)
    }
}

/// Writes `conntrack-stats-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ConntrackStatsAttrsBuilder<'w, B> = Builder<'w, sets::ConntrackStatsAttrs, B>;

impl<B: Buffer> ConntrackStatsAttrsBuilder<'_, B> {
    /// Writes `CONNTRACK_A_CONNTRACK_STATS_ATTRS_SEARCHED`: obsolete
    pub fn searched(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            CONNTRACK_A_CONNTRACK_STATS_ATTRS_SEARCHED,
            &(v).to_be_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_STATS_ATTRS_FOUND`.
    pub fn found(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_CONNTRACK_STATS_ATTRS_FOUND, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_STATS_ATTRS_NEW`: obsolete
    pub fn new_attr(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_CONNTRACK_STATS_ATTRS_NEW, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_STATS_ATTRS_INVALID`: obsolete
    pub fn invalid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            CONNTRACK_A_CONNTRACK_STATS_ATTRS_INVALID,
            &(v).to_be_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_STATS_ATTRS_IGNORE`: obsolete
    pub fn ignore(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_CONNTRACK_STATS_ATTRS_IGNORE, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_STATS_ATTRS_DELETE`: obsolete
    pub fn delete(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_CONNTRACK_STATS_ATTRS_DELETE, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_STATS_ATTRS_DELETE_LIST`: obsolete
    pub fn delete_list(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            CONNTRACK_A_CONNTRACK_STATS_ATTRS_DELETE_LIST,
            &(v).to_be_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_STATS_ATTRS_INSERT`.
    pub fn insert(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_CONNTRACK_STATS_ATTRS_INSERT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_STATS_ATTRS_INSERT_FAILED`.
    pub fn insert_failed(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            CONNTRACK_A_CONNTRACK_STATS_ATTRS_INSERT_FAILED,
            &(v).to_be_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_STATS_ATTRS_DROP`.
    pub fn drop(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_CONNTRACK_STATS_ATTRS_DROP, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_STATS_ATTRS_EARLY_DROP`.
    pub fn early_drop(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            CONNTRACK_A_CONNTRACK_STATS_ATTRS_EARLY_DROP,
            &(v).to_be_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_STATS_ATTRS_ERROR`.
    pub fn error(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(CONNTRACK_A_CONNTRACK_STATS_ATTRS_ERROR, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_STATS_ATTRS_SEARCH_RESTART`.
    pub fn search_restart(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            CONNTRACK_A_CONNTRACK_STATS_ATTRS_SEARCH_RESTART,
            &(v).to_be_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_STATS_ATTRS_CLASH_RESOLVE`.
    pub fn clash_resolve(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            CONNTRACK_A_CONNTRACK_STATS_ATTRS_CLASH_RESOLVE,
            &(v).to_be_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `CONNTRACK_A_CONNTRACK_STATS_ATTRS_CHAIN_TOOLONG`.
    pub fn chain_toolong(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            CONNTRACK_A_CONNTRACK_STATS_ATTRS_CHAIN_TOOLONG,
            &(v).to_be_bytes(),
        )?;
        Ok(self)
    }
}
