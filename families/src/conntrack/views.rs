//! Typed views of `conntrack`: one per attribute set, parsed in one pass into a table, with
//! O(1) typed getters.

#![allow(unused_imports)]

use super::builders::*;
use super::consts::*;
use super::tables;
use super::types::*;
use crate::runtime::{
    nest_like, nest_like_with_header, raw, record_like, split_header, value, AttrView, Bitfield32,
    Check, Entries, HwAddr, NestedEntries, Records, RoundtripError, SetRoundtrip, Table,
};
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use nlcodec::family::FamilyHeader;
use nlcodec::schema::AttrSet;
use nlcodec::{Attr, Attrs, Buffer, Error, Writer};

/// What [`CounterAttrs`] checks of each attribute, from the descriptors.
static COUNTER_ATTRS_CHECKS: [Check; 6] = Check::table(&tables::COUNTER_ATTRS);

/// The `counter-attrs` attributes of `conntrack`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CounterAttrs<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for CounterAttrs<'a> {
    const SET: &'static AttrSet = &tables::COUNTER_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &COUNTER_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&COUNTER_ATTRS_CHECKS, attrs)
    }
}

impl<'a> CounterAttrs<'a> {
    /// Indexes and checks a block of `counter-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `CONNTRACK_A_COUNTER_ATTRS_PACKETS`
    #[inline]
    pub fn packets(&self) -> Option<u64> {
        self.0.u64_be(CONNTRACK_A_COUNTER_ATTRS_PACKETS)
    }

    /// `CONNTRACK_A_COUNTER_ATTRS_BYTES`
    #[inline]
    pub fn bytes(&self) -> Option<u64> {
        self.0.u64_be(CONNTRACK_A_COUNTER_ATTRS_BYTES)
    }

    /// `CONNTRACK_A_COUNTER_ATTRS_PACKETS_OLD`
    #[inline]
    pub fn packets_old(&self) -> Option<u32> {
        self.0.u32(CONNTRACK_A_COUNTER_ATTRS_PACKETS_OLD)
    }

    /// `CONNTRACK_A_COUNTER_ATTRS_BYTES_OLD`
    #[inline]
    pub fn bytes_old(&self) -> Option<u32> {
        self.0.u32(CONNTRACK_A_COUNTER_ATTRS_BYTES_OLD)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                CONNTRACK_A_COUNTER_ATTRS_PACKETS
                    if a.raw_kind() == CONNTRACK_A_COUNTER_ATTRS_PACKETS =>
                {
                    CounterAttrsBuilder::new(w).packets(value::u64_be(&a))?;
                }
                CONNTRACK_A_COUNTER_ATTRS_BYTES
                    if a.raw_kind() == CONNTRACK_A_COUNTER_ATTRS_BYTES =>
                {
                    CounterAttrsBuilder::new(w).bytes(value::u64_be(&a))?;
                }
                CONNTRACK_A_COUNTER_ATTRS_PACKETS_OLD
                    if a.raw_kind() == CONNTRACK_A_COUNTER_ATTRS_PACKETS_OLD =>
                {
                    CounterAttrsBuilder::new(w).packets_old(value::u32(&a))?;
                }
                CONNTRACK_A_COUNTER_ATTRS_BYTES_OLD
                    if a.raw_kind() == CONNTRACK_A_COUNTER_ATTRS_BYTES_OLD =>
                {
                    CounterAttrsBuilder::new(w).bytes_old(value::u32(&a))?;
                }
                CONNTRACK_A_COUNTER_ATTRS_PAD if a.raw_kind() == CONNTRACK_A_COUNTER_ATTRS_PAD => {
                    raw(w, &a)?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`TupleProtoAttrs`] checks of each attribute, from the descriptors.
static TUPLE_PROTO_ATTRS_CHECKS: [Check; 10] = Check::table(&tables::TUPLE_PROTO_ATTRS);

/// The `tuple-proto-attrs` attributes of `conntrack`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TupleProtoAttrs<'a>(Table<'a, 10>);

impl<'a> AttrView<'a> for TupleProtoAttrs<'a> {
    const SET: &'static AttrSet = &tables::TUPLE_PROTO_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &TUPLE_PROTO_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&TUPLE_PROTO_ATTRS_CHECKS, attrs)
    }
}

impl<'a> TupleProtoAttrs<'a> {
    /// Indexes and checks a block of `tuple-proto-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 10> {
        &self.0
    }

    /// `CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_NUM`: l4 protocol number
    #[inline]
    pub fn proto_num(&self) -> Option<u8> {
        self.0.u8(CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_NUM)
    }

    /// `CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_SRC_PORT`: l4 source port
    #[inline]
    pub fn proto_src_port(&self) -> Option<u16> {
        self.0.u16_be(CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_SRC_PORT)
    }

    /// `CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_DST_PORT`: l4 source port
    #[inline]
    pub fn proto_dst_port(&self) -> Option<u16> {
        self.0.u16_be(CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_DST_PORT)
    }

    /// `CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMP_ID`: l4 icmp id
    #[inline]
    pub fn proto_icmp_id(&self) -> Option<u16> {
        self.0.u16_be(CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMP_ID)
    }

    /// `CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMP_TYPE`
    #[inline]
    pub fn proto_icmp_type(&self) -> Option<u8> {
        self.0.u8(CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMP_TYPE)
    }

    /// `CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMP_CODE`
    #[inline]
    pub fn proto_icmp_code(&self) -> Option<u8> {
        self.0.u8(CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMP_CODE)
    }

    /// `CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMPV6_ID`: l4 icmp id
    #[inline]
    pub fn proto_icmpv6_id(&self) -> Option<u16> {
        self.0.u16_be(CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMPV6_ID)
    }

    /// `CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMPV6_TYPE`
    #[inline]
    pub fn proto_icmpv6_type(&self) -> Option<u8> {
        self.0.u8(CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMPV6_TYPE)
    }

    /// `CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMPV6_CODE`
    #[inline]
    pub fn proto_icmpv6_code(&self) -> Option<u8> {
        self.0.u8(CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMPV6_CODE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_NUM
                    if a.raw_kind() == CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_NUM =>
                {
                    TupleProtoAttrsBuilder::new(w).proto_num(value::u8(&a))?;
                }
                CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_SRC_PORT
                    if a.raw_kind() == CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_SRC_PORT =>
                {
                    TupleProtoAttrsBuilder::new(w).proto_src_port(value::u16_be(&a))?;
                }
                CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_DST_PORT
                    if a.raw_kind() == CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_DST_PORT =>
                {
                    TupleProtoAttrsBuilder::new(w).proto_dst_port(value::u16_be(&a))?;
                }
                CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMP_ID
                    if a.raw_kind() == CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMP_ID =>
                {
                    TupleProtoAttrsBuilder::new(w).proto_icmp_id(value::u16_be(&a))?;
                }
                CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMP_TYPE
                    if a.raw_kind() == CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMP_TYPE =>
                {
                    TupleProtoAttrsBuilder::new(w).proto_icmp_type(value::u8(&a))?;
                }
                CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMP_CODE
                    if a.raw_kind() == CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMP_CODE =>
                {
                    TupleProtoAttrsBuilder::new(w).proto_icmp_code(value::u8(&a))?;
                }
                CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMPV6_ID
                    if a.raw_kind() == CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMPV6_ID =>
                {
                    TupleProtoAttrsBuilder::new(w).proto_icmpv6_id(value::u16_be(&a))?;
                }
                CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMPV6_TYPE
                    if a.raw_kind() == CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMPV6_TYPE =>
                {
                    TupleProtoAttrsBuilder::new(w).proto_icmpv6_type(value::u8(&a))?;
                }
                CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMPV6_CODE
                    if a.raw_kind() == CONNTRACK_A_TUPLE_PROTO_ATTRS_PROTO_ICMPV6_CODE =>
                {
                    TupleProtoAttrsBuilder::new(w).proto_icmpv6_code(value::u8(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`TupleIpAttrs`] checks of each attribute, from the descriptors.
static TUPLE_IP_ATTRS_CHECKS: [Check; 5] = Check::table(&tables::TUPLE_IP_ATTRS);

/// The `tuple-ip-attrs` attributes of `conntrack`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TupleIpAttrs<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for TupleIpAttrs<'a> {
    const SET: &'static AttrSet = &tables::TUPLE_IP_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &TUPLE_IP_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&TUPLE_IP_ATTRS_CHECKS, attrs)
    }
}

impl<'a> TupleIpAttrs<'a> {
    /// Indexes and checks a block of `tuple-ip-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `CONNTRACK_A_TUPLE_IP_ATTRS_IP_V4_SRC`: ipv4 source address
    #[inline]
    pub fn ip_v4_src(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(CONNTRACK_A_TUPLE_IP_ATTRS_IP_V4_SRC)
    }

    /// `CONNTRACK_A_TUPLE_IP_ATTRS_IP_V4_DST`: ipv4 destination address
    #[inline]
    pub fn ip_v4_dst(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(CONNTRACK_A_TUPLE_IP_ATTRS_IP_V4_DST)
    }

    /// `CONNTRACK_A_TUPLE_IP_ATTRS_IP_V6_SRC`: ipv6 source address
    #[inline]
    pub fn ip_v6_src(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(CONNTRACK_A_TUPLE_IP_ATTRS_IP_V6_SRC)
    }

    /// `CONNTRACK_A_TUPLE_IP_ATTRS_IP_V6_DST`: ipv6 destination address
    #[inline]
    pub fn ip_v6_dst(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(CONNTRACK_A_TUPLE_IP_ATTRS_IP_V6_DST)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                CONNTRACK_A_TUPLE_IP_ATTRS_IP_V4_SRC
                    if a.raw_kind() == CONNTRACK_A_TUPLE_IP_ATTRS_IP_V4_SRC =>
                {
                    TupleIpAttrsBuilder::new(w).ip_v4_src(value::ipv4(&a))?;
                }
                CONNTRACK_A_TUPLE_IP_ATTRS_IP_V4_DST
                    if a.raw_kind() == CONNTRACK_A_TUPLE_IP_ATTRS_IP_V4_DST =>
                {
                    TupleIpAttrsBuilder::new(w).ip_v4_dst(value::ipv4(&a))?;
                }
                CONNTRACK_A_TUPLE_IP_ATTRS_IP_V6_SRC
                    if a.raw_kind() == CONNTRACK_A_TUPLE_IP_ATTRS_IP_V6_SRC =>
                {
                    TupleIpAttrsBuilder::new(w).ip_v6_src(value::ipv6(&a))?;
                }
                CONNTRACK_A_TUPLE_IP_ATTRS_IP_V6_DST
                    if a.raw_kind() == CONNTRACK_A_TUPLE_IP_ATTRS_IP_V6_DST =>
                {
                    TupleIpAttrsBuilder::new(w).ip_v6_dst(value::ipv6(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`TupleAttrs`] checks of each attribute, from the descriptors.
static TUPLE_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::TUPLE_ATTRS);

/// The `tuple-attrs` attributes of `conntrack`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TupleAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for TupleAttrs<'a> {
    const SET: &'static AttrSet = &tables::TUPLE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &TUPLE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&TUPLE_ATTRS_CHECKS, attrs)
    }
}

impl<'a> TupleAttrs<'a> {
    /// Indexes and checks a block of `tuple-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `CONNTRACK_A_TUPLE_ATTRS_TUPLE_IP`: conntrack l3 information
    #[inline]
    pub fn tuple_ip(&self) -> Result<Option<TupleIpAttrs<'a>>, Error> {
        self.0.nest(CONNTRACK_A_TUPLE_ATTRS_TUPLE_IP)
    }

    /// `CONNTRACK_A_TUPLE_ATTRS_TUPLE_PROTO`: conntrack l4 information
    #[inline]
    pub fn tuple_proto(&self) -> Result<Option<TupleProtoAttrs<'a>>, Error> {
        self.0.nest(CONNTRACK_A_TUPLE_ATTRS_TUPLE_PROTO)
    }

    /// `CONNTRACK_A_TUPLE_ATTRS_TUPLE_ZONE`: conntrack zone id
    #[inline]
    pub fn tuple_zone(&self) -> Option<u16> {
        self.0.u16_be(CONNTRACK_A_TUPLE_ATTRS_TUPLE_ZONE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                CONNTRACK_A_TUPLE_ATTRS_TUPLE_IP => {
                    nest_like(w, &a, |w| TupleIpAttrs::parse(a.nested())?.write_to(w))?
                }
                CONNTRACK_A_TUPLE_ATTRS_TUPLE_PROTO => {
                    nest_like(w, &a, |w| TupleProtoAttrs::parse(a.nested())?.write_to(w))?
                }
                CONNTRACK_A_TUPLE_ATTRS_TUPLE_ZONE
                    if a.raw_kind() == CONNTRACK_A_TUPLE_ATTRS_TUPLE_ZONE =>
                {
                    TupleAttrsBuilder::new(w).tuple_zone(value::u16_be(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ProtoinfoTcpAttrs`] checks of each attribute, from the descriptors.
static PROTOINFO_TCP_ATTRS_CHECKS: [Check; 6] = Check::table(&tables::PROTOINFO_TCP_ATTRS);

/// The `protoinfo-tcp-attrs` attributes of `conntrack`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ProtoinfoTcpAttrs<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for ProtoinfoTcpAttrs<'a> {
    const SET: &'static AttrSet = &tables::PROTOINFO_TCP_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PROTOINFO_TCP_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PROTOINFO_TCP_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ProtoinfoTcpAttrs<'a> {
    /// Indexes and checks a block of `protoinfo-tcp-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_STATE`: tcp connection state
    #[inline]
    pub fn tcp_state(&self) -> Option<NfCtTcpState> {
        self.0
            .u8(CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_STATE)
            .map(|v| NfCtTcpState::from_value(v as u32))
    }

    /// `CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_WSCALE_ORIGINAL`: window scaling factor in original direction
    #[inline]
    pub fn tcp_wscale_original(&self) -> Option<u8> {
        self.0
            .u8(CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_WSCALE_ORIGINAL)
    }

    /// `CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_WSCALE_REPLY`: window scaling factor in reply direction
    #[inline]
    pub fn tcp_wscale_reply(&self) -> Option<u8> {
        self.0.u8(CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_WSCALE_REPLY)
    }

    /// `CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_FLAGS_ORIGINAL`
    #[inline]
    pub fn tcp_flags_original(&self) -> Option<NfCtTcpFlagsMask> {
        self.0.fixed(
            CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_FLAGS_ORIGINAL,
            NfCtTcpFlagsMask::from_bytes,
        )
    }

    /// `CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_FLAGS_REPLY`
    #[inline]
    pub fn tcp_flags_reply(&self) -> Option<NfCtTcpFlagsMask> {
        self.0.fixed(
            CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_FLAGS_REPLY,
            NfCtTcpFlagsMask::from_bytes,
        )
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_STATE
                    if a.raw_kind() == CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_STATE =>
                {
                    ProtoinfoTcpAttrsBuilder::new(w)
                        .tcp_state(NfCtTcpState::from_value(value::u8(&a) as u32))?;
                }
                CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_WSCALE_ORIGINAL
                    if a.raw_kind() == CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_WSCALE_ORIGINAL =>
                {
                    ProtoinfoTcpAttrsBuilder::new(w).tcp_wscale_original(value::u8(&a))?;
                }
                CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_WSCALE_REPLY
                    if a.raw_kind() == CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_WSCALE_REPLY =>
                {
                    ProtoinfoTcpAttrsBuilder::new(w).tcp_wscale_reply(value::u8(&a))?;
                }
                CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_FLAGS_ORIGINAL
                    if a.raw_kind() == CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_FLAGS_ORIGINAL =>
                {
                    if a.value().len() == NfCtTcpFlagsMask::LEN {
                        ProtoinfoTcpAttrsBuilder::new(w)
                            .tcp_flags_original(&NfCtTcpFlagsMask::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_FLAGS_REPLY
                    if a.raw_kind() == CONNTRACK_A_PROTOINFO_TCP_ATTRS_TCP_FLAGS_REPLY =>
                {
                    if a.value().len() == NfCtTcpFlagsMask::LEN {
                        ProtoinfoTcpAttrsBuilder::new(w)
                            .tcp_flags_reply(&NfCtTcpFlagsMask::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ProtoinfoDccpAttrs`] checks of each attribute, from the descriptors.
static PROTOINFO_DCCP_ATTRS_CHECKS: [Check; 5] = Check::table(&tables::PROTOINFO_DCCP_ATTRS);

/// The `protoinfo-dccp-attrs` attributes of `conntrack`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ProtoinfoDccpAttrs<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for ProtoinfoDccpAttrs<'a> {
    const SET: &'static AttrSet = &tables::PROTOINFO_DCCP_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PROTOINFO_DCCP_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PROTOINFO_DCCP_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ProtoinfoDccpAttrs<'a> {
    /// Indexes and checks a block of `protoinfo-dccp-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `CONNTRACK_A_PROTOINFO_DCCP_ATTRS_DCCP_STATE`: dccp connection state
    #[inline]
    pub fn dccp_state(&self) -> Option<u8> {
        self.0.u8(CONNTRACK_A_PROTOINFO_DCCP_ATTRS_DCCP_STATE)
    }

    /// `CONNTRACK_A_PROTOINFO_DCCP_ATTRS_DCCP_ROLE`
    #[inline]
    pub fn dccp_role(&self) -> Option<u8> {
        self.0.u8(CONNTRACK_A_PROTOINFO_DCCP_ATTRS_DCCP_ROLE)
    }

    /// `CONNTRACK_A_PROTOINFO_DCCP_ATTRS_DCCP_HANDSHAKE_SEQ`
    #[inline]
    pub fn dccp_handshake_seq(&self) -> Option<u64> {
        self.0
            .u64_be(CONNTRACK_A_PROTOINFO_DCCP_ATTRS_DCCP_HANDSHAKE_SEQ)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                CONNTRACK_A_PROTOINFO_DCCP_ATTRS_DCCP_STATE
                    if a.raw_kind() == CONNTRACK_A_PROTOINFO_DCCP_ATTRS_DCCP_STATE =>
                {
                    ProtoinfoDccpAttrsBuilder::new(w).dccp_state(value::u8(&a))?;
                }
                CONNTRACK_A_PROTOINFO_DCCP_ATTRS_DCCP_ROLE
                    if a.raw_kind() == CONNTRACK_A_PROTOINFO_DCCP_ATTRS_DCCP_ROLE =>
                {
                    ProtoinfoDccpAttrsBuilder::new(w).dccp_role(value::u8(&a))?;
                }
                CONNTRACK_A_PROTOINFO_DCCP_ATTRS_DCCP_HANDSHAKE_SEQ
                    if a.raw_kind() == CONNTRACK_A_PROTOINFO_DCCP_ATTRS_DCCP_HANDSHAKE_SEQ =>
                {
                    ProtoinfoDccpAttrsBuilder::new(w).dccp_handshake_seq(value::u64_be(&a))?;
                }
                CONNTRACK_A_PROTOINFO_DCCP_ATTRS_DCCP_PAD
                    if a.raw_kind() == CONNTRACK_A_PROTOINFO_DCCP_ATTRS_DCCP_PAD =>
                {
                    raw(w, &a)?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ProtoinfoSctpAttrs`] checks of each attribute, from the descriptors.
static PROTOINFO_SCTP_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::PROTOINFO_SCTP_ATTRS);

/// The `protoinfo-sctp-attrs` attributes of `conntrack`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ProtoinfoSctpAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for ProtoinfoSctpAttrs<'a> {
    const SET: &'static AttrSet = &tables::PROTOINFO_SCTP_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PROTOINFO_SCTP_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PROTOINFO_SCTP_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ProtoinfoSctpAttrs<'a> {
    /// Indexes and checks a block of `protoinfo-sctp-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `CONNTRACK_A_PROTOINFO_SCTP_ATTRS_SCTP_STATE`: sctp connection state
    #[inline]
    pub fn sctp_state(&self) -> Option<NfCtSctpState> {
        self.0
            .u8(CONNTRACK_A_PROTOINFO_SCTP_ATTRS_SCTP_STATE)
            .map(|v| NfCtSctpState::from_value(v as u32))
    }

    /// `CONNTRACK_A_PROTOINFO_SCTP_ATTRS_VTAG_ORIGINAL`
    #[inline]
    pub fn vtag_original(&self) -> Option<u32> {
        self.0
            .u32_be(CONNTRACK_A_PROTOINFO_SCTP_ATTRS_VTAG_ORIGINAL)
    }

    /// `CONNTRACK_A_PROTOINFO_SCTP_ATTRS_VTAG_REPLY`
    #[inline]
    pub fn vtag_reply(&self) -> Option<u32> {
        self.0.u32_be(CONNTRACK_A_PROTOINFO_SCTP_ATTRS_VTAG_REPLY)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                CONNTRACK_A_PROTOINFO_SCTP_ATTRS_SCTP_STATE
                    if a.raw_kind() == CONNTRACK_A_PROTOINFO_SCTP_ATTRS_SCTP_STATE =>
                {
                    ProtoinfoSctpAttrsBuilder::new(w)
                        .sctp_state(NfCtSctpState::from_value(value::u8(&a) as u32))?;
                }
                CONNTRACK_A_PROTOINFO_SCTP_ATTRS_VTAG_ORIGINAL
                    if a.raw_kind() == CONNTRACK_A_PROTOINFO_SCTP_ATTRS_VTAG_ORIGINAL =>
                {
                    ProtoinfoSctpAttrsBuilder::new(w).vtag_original(value::u32_be(&a))?;
                }
                CONNTRACK_A_PROTOINFO_SCTP_ATTRS_VTAG_REPLY
                    if a.raw_kind() == CONNTRACK_A_PROTOINFO_SCTP_ATTRS_VTAG_REPLY =>
                {
                    ProtoinfoSctpAttrsBuilder::new(w).vtag_reply(value::u32_be(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ProtoinfoAttrs`] checks of each attribute, from the descriptors.
static PROTOINFO_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::PROTOINFO_ATTRS);

/// The `protoinfo-attrs` attributes of `conntrack`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ProtoinfoAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for ProtoinfoAttrs<'a> {
    const SET: &'static AttrSet = &tables::PROTOINFO_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PROTOINFO_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PROTOINFO_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ProtoinfoAttrs<'a> {
    /// Indexes and checks a block of `protoinfo-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `CONNTRACK_A_PROTOINFO_ATTRS_PROTOINFO_TCP`: conntrack tcp state information
    #[inline]
    pub fn protoinfo_tcp(&self) -> Result<Option<ProtoinfoTcpAttrs<'a>>, Error> {
        self.0.nest(CONNTRACK_A_PROTOINFO_ATTRS_PROTOINFO_TCP)
    }

    /// `CONNTRACK_A_PROTOINFO_ATTRS_PROTOINFO_DCCP`: conntrack dccp state information
    #[inline]
    pub fn protoinfo_dccp(&self) -> Result<Option<ProtoinfoDccpAttrs<'a>>, Error> {
        self.0.nest(CONNTRACK_A_PROTOINFO_ATTRS_PROTOINFO_DCCP)
    }

    /// `CONNTRACK_A_PROTOINFO_ATTRS_PROTOINFO_SCTP`: conntrack sctp state information
    #[inline]
    pub fn protoinfo_sctp(&self) -> Result<Option<ProtoinfoSctpAttrs<'a>>, Error> {
        self.0.nest(CONNTRACK_A_PROTOINFO_ATTRS_PROTOINFO_SCTP)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                CONNTRACK_A_PROTOINFO_ATTRS_PROTOINFO_TCP => {
                    nest_like(w, &a, |w| ProtoinfoTcpAttrs::parse(a.nested())?.write_to(w))?
                }
                CONNTRACK_A_PROTOINFO_ATTRS_PROTOINFO_DCCP => nest_like(w, &a, |w| {
                    ProtoinfoDccpAttrs::parse(a.nested())?.write_to(w)
                })?,
                CONNTRACK_A_PROTOINFO_ATTRS_PROTOINFO_SCTP => nest_like(w, &a, |w| {
                    ProtoinfoSctpAttrs::parse(a.nested())?.write_to(w)
                })?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`HelpAttrs`] checks of each attribute, from the descriptors.
static HELP_ATTRS_CHECKS: [Check; 2] = Check::table(&tables::HELP_ATTRS);

/// The `help-attrs` attributes of `conntrack`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct HelpAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for HelpAttrs<'a> {
    const SET: &'static AttrSet = &tables::HELP_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &HELP_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&HELP_ATTRS_CHECKS, attrs)
    }
}

impl<'a> HelpAttrs<'a> {
    /// Indexes and checks a block of `help-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `CONNTRACK_A_HELP_ATTRS_HELP_NAME`: helper name
    #[inline]
    pub fn help_name(&self) -> Option<&'a str> {
        self.0.str(CONNTRACK_A_HELP_ATTRS_HELP_NAME)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                CONNTRACK_A_HELP_ATTRS_HELP_NAME
                    if a.raw_kind() == CONNTRACK_A_HELP_ATTRS_HELP_NAME =>
                {
                    HelpAttrsBuilder::new(w).help_name(value::str(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`NatProtoAttrs`] checks of each attribute, from the descriptors.
static NAT_PROTO_ATTRS_CHECKS: [Check; 3] = Check::table(&tables::NAT_PROTO_ATTRS);

/// The `nat-proto-attrs` attributes of `conntrack`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct NatProtoAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for NatProtoAttrs<'a> {
    const SET: &'static AttrSet = &tables::NAT_PROTO_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &NAT_PROTO_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&NAT_PROTO_ATTRS_CHECKS, attrs)
    }
}

impl<'a> NatProtoAttrs<'a> {
    /// Indexes and checks a block of `nat-proto-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `CONNTRACK_A_NAT_PROTO_ATTRS_NAT_PORT_MIN`
    #[inline]
    pub fn nat_port_min(&self) -> Option<u16> {
        self.0.u16_be(CONNTRACK_A_NAT_PROTO_ATTRS_NAT_PORT_MIN)
    }

    /// `CONNTRACK_A_NAT_PROTO_ATTRS_NAT_PORT_MAX`
    #[inline]
    pub fn nat_port_max(&self) -> Option<u16> {
        self.0.u16_be(CONNTRACK_A_NAT_PROTO_ATTRS_NAT_PORT_MAX)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                CONNTRACK_A_NAT_PROTO_ATTRS_NAT_PORT_MIN
                    if a.raw_kind() == CONNTRACK_A_NAT_PROTO_ATTRS_NAT_PORT_MIN =>
                {
                    NatProtoAttrsBuilder::new(w).nat_port_min(value::u16_be(&a))?;
                }
                CONNTRACK_A_NAT_PROTO_ATTRS_NAT_PORT_MAX
                    if a.raw_kind() == CONNTRACK_A_NAT_PROTO_ATTRS_NAT_PORT_MAX =>
                {
                    NatProtoAttrsBuilder::new(w).nat_port_max(value::u16_be(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`NatAttrs`] checks of each attribute, from the descriptors.
static NAT_ATTRS_CHECKS: [Check; 6] = Check::table(&tables::NAT_ATTRS);

/// The `nat-attrs` attributes of `conntrack`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct NatAttrs<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for NatAttrs<'a> {
    const SET: &'static AttrSet = &tables::NAT_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &NAT_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&NAT_ATTRS_CHECKS, attrs)
    }
}

impl<'a> NatAttrs<'a> {
    /// Indexes and checks a block of `nat-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `CONNTRACK_A_NAT_ATTRS_NAT_V4_MINIP`
    #[inline]
    pub fn nat_v4_minip(&self) -> Option<u32> {
        self.0.u32_be(CONNTRACK_A_NAT_ATTRS_NAT_V4_MINIP)
    }

    /// `CONNTRACK_A_NAT_ATTRS_NAT_V4_MAXIP`
    #[inline]
    pub fn nat_v4_maxip(&self) -> Option<u32> {
        self.0.u32_be(CONNTRACK_A_NAT_ATTRS_NAT_V4_MAXIP)
    }

    /// `CONNTRACK_A_NAT_ATTRS_NAT_V6_MINIP`
    #[inline]
    pub fn nat_v6_minip(&self) -> Option<&'a [u8]> {
        self.0.bytes(CONNTRACK_A_NAT_ATTRS_NAT_V6_MINIP)
    }

    /// `CONNTRACK_A_NAT_ATTRS_NAT_V6_MAXIP`
    #[inline]
    pub fn nat_v6_maxip(&self) -> Option<&'a [u8]> {
        self.0.bytes(CONNTRACK_A_NAT_ATTRS_NAT_V6_MAXIP)
    }

    /// `CONNTRACK_A_NAT_ATTRS_NAT_PROTO`
    #[inline]
    pub fn nat_proto(&self) -> Result<Option<NatProtoAttrs<'a>>, Error> {
        self.0.nest(CONNTRACK_A_NAT_ATTRS_NAT_PROTO)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                CONNTRACK_A_NAT_ATTRS_NAT_V4_MINIP
                    if a.raw_kind() == CONNTRACK_A_NAT_ATTRS_NAT_V4_MINIP =>
                {
                    NatAttrsBuilder::new(w).nat_v4_minip(value::u32_be(&a))?;
                }
                CONNTRACK_A_NAT_ATTRS_NAT_V4_MAXIP
                    if a.raw_kind() == CONNTRACK_A_NAT_ATTRS_NAT_V4_MAXIP =>
                {
                    NatAttrsBuilder::new(w).nat_v4_maxip(value::u32_be(&a))?;
                }
                CONNTRACK_A_NAT_ATTRS_NAT_V6_MINIP
                    if a.raw_kind() == CONNTRACK_A_NAT_ATTRS_NAT_V6_MINIP =>
                {
                    NatAttrsBuilder::new(w).nat_v6_minip(a.value())?;
                }
                CONNTRACK_A_NAT_ATTRS_NAT_V6_MAXIP
                    if a.raw_kind() == CONNTRACK_A_NAT_ATTRS_NAT_V6_MAXIP =>
                {
                    NatAttrsBuilder::new(w).nat_v6_maxip(a.value())?;
                }
                CONNTRACK_A_NAT_ATTRS_NAT_PROTO => {
                    nest_like(w, &a, |w| NatProtoAttrs::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`SeqadjAttrs`] checks of each attribute, from the descriptors.
static SEQADJ_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::SEQADJ_ATTRS);

/// The `seqadj-attrs` attributes of `conntrack`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SeqadjAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for SeqadjAttrs<'a> {
    const SET: &'static AttrSet = &tables::SEQADJ_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &SEQADJ_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&SEQADJ_ATTRS_CHECKS, attrs)
    }
}

impl<'a> SeqadjAttrs<'a> {
    /// Indexes and checks a block of `seqadj-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `CONNTRACK_A_SEQADJ_ATTRS_CORRECTION_POS`
    #[inline]
    pub fn correction_pos(&self) -> Option<u32> {
        self.0.u32_be(CONNTRACK_A_SEQADJ_ATTRS_CORRECTION_POS)
    }

    /// `CONNTRACK_A_SEQADJ_ATTRS_OFFSET_BEFORE`
    #[inline]
    pub fn offset_before(&self) -> Option<u32> {
        self.0.u32_be(CONNTRACK_A_SEQADJ_ATTRS_OFFSET_BEFORE)
    }

    /// `CONNTRACK_A_SEQADJ_ATTRS_OFFSET_AFTER`
    #[inline]
    pub fn offset_after(&self) -> Option<u32> {
        self.0.u32_be(CONNTRACK_A_SEQADJ_ATTRS_OFFSET_AFTER)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                CONNTRACK_A_SEQADJ_ATTRS_CORRECTION_POS
                    if a.raw_kind() == CONNTRACK_A_SEQADJ_ATTRS_CORRECTION_POS =>
                {
                    SeqadjAttrsBuilder::new(w).correction_pos(value::u32_be(&a))?;
                }
                CONNTRACK_A_SEQADJ_ATTRS_OFFSET_BEFORE
                    if a.raw_kind() == CONNTRACK_A_SEQADJ_ATTRS_OFFSET_BEFORE =>
                {
                    SeqadjAttrsBuilder::new(w).offset_before(value::u32_be(&a))?;
                }
                CONNTRACK_A_SEQADJ_ATTRS_OFFSET_AFTER
                    if a.raw_kind() == CONNTRACK_A_SEQADJ_ATTRS_OFFSET_AFTER =>
                {
                    SeqadjAttrsBuilder::new(w).offset_after(value::u32_be(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`SecctxAttrs`] checks of each attribute, from the descriptors.
static SECCTX_ATTRS_CHECKS: [Check; 2] = Check::table(&tables::SECCTX_ATTRS);

/// The `secctx-attrs` attributes of `conntrack`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SecctxAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for SecctxAttrs<'a> {
    const SET: &'static AttrSet = &tables::SECCTX_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &SECCTX_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&SECCTX_ATTRS_CHECKS, attrs)
    }
}

impl<'a> SecctxAttrs<'a> {
    /// Indexes and checks a block of `secctx-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `CONNTRACK_A_SECCTX_ATTRS_SECCTX_NAME`
    #[inline]
    pub fn secctx_name(&self) -> Option<&'a str> {
        self.0.str(CONNTRACK_A_SECCTX_ATTRS_SECCTX_NAME)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                CONNTRACK_A_SECCTX_ATTRS_SECCTX_NAME
                    if a.raw_kind() == CONNTRACK_A_SECCTX_ATTRS_SECCTX_NAME =>
                {
                    SecctxAttrsBuilder::new(w).secctx_name(value::str(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`SynproxyAttrs`] checks of each attribute, from the descriptors.
static SYNPROXY_ATTRS_CHECKS: [Check; 4] = Check::table(&tables::SYNPROXY_ATTRS);

/// The `synproxy-attrs` attributes of `conntrack`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SynproxyAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for SynproxyAttrs<'a> {
    const SET: &'static AttrSet = &tables::SYNPROXY_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &SYNPROXY_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&SYNPROXY_ATTRS_CHECKS, attrs)
    }
}

impl<'a> SynproxyAttrs<'a> {
    /// Indexes and checks a block of `synproxy-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `CONNTRACK_A_SYNPROXY_ATTRS_ISN`
    #[inline]
    pub fn isn(&self) -> Option<u32> {
        self.0.u32_be(CONNTRACK_A_SYNPROXY_ATTRS_ISN)
    }

    /// `CONNTRACK_A_SYNPROXY_ATTRS_ITS`
    #[inline]
    pub fn its(&self) -> Option<u32> {
        self.0.u32_be(CONNTRACK_A_SYNPROXY_ATTRS_ITS)
    }

    /// `CONNTRACK_A_SYNPROXY_ATTRS_TSOFF`
    #[inline]
    pub fn tsoff(&self) -> Option<u32> {
        self.0.u32_be(CONNTRACK_A_SYNPROXY_ATTRS_TSOFF)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                CONNTRACK_A_SYNPROXY_ATTRS_ISN
                    if a.raw_kind() == CONNTRACK_A_SYNPROXY_ATTRS_ISN =>
                {
                    SynproxyAttrsBuilder::new(w).isn(value::u32_be(&a))?;
                }
                CONNTRACK_A_SYNPROXY_ATTRS_ITS
                    if a.raw_kind() == CONNTRACK_A_SYNPROXY_ATTRS_ITS =>
                {
                    SynproxyAttrsBuilder::new(w).its(value::u32_be(&a))?;
                }
                CONNTRACK_A_SYNPROXY_ATTRS_TSOFF
                    if a.raw_kind() == CONNTRACK_A_SYNPROXY_ATTRS_TSOFF =>
                {
                    SynproxyAttrsBuilder::new(w).tsoff(value::u32_be(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`FilterAttrs`] checks of each attribute, from the descriptors.
static FILTER_ATTRS_CHECKS: [Check; 3] = Check::table(&tables::FILTER_ATTRS);

/// The `filter-attrs` attributes of `conntrack`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FilterAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for FilterAttrs<'a> {
    const SET: &'static AttrSet = &tables::FILTER_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &FILTER_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&FILTER_ATTRS_CHECKS, attrs)
    }
}

impl<'a> FilterAttrs<'a> {
    /// Indexes and checks a block of `filter-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `CONNTRACK_A_FILTER_ATTRS_ORIG_FLAGS`: bitmask of tuple fields to filter on, original direction
    #[inline]
    pub fn orig_flags(&self) -> Option<u32> {
        self.0.u32(CONNTRACK_A_FILTER_ATTRS_ORIG_FLAGS)
    }

    /// `CONNTRACK_A_FILTER_ATTRS_REPLY_FLAGS`: bitmask of tuple fields to filter on, reply direction
    #[inline]
    pub fn reply_flags(&self) -> Option<u32> {
        self.0.u32(CONNTRACK_A_FILTER_ATTRS_REPLY_FLAGS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                CONNTRACK_A_FILTER_ATTRS_ORIG_FLAGS
                    if a.raw_kind() == CONNTRACK_A_FILTER_ATTRS_ORIG_FLAGS =>
                {
                    FilterAttrsBuilder::new(w).orig_flags(value::u32(&a))?;
                }
                CONNTRACK_A_FILTER_ATTRS_REPLY_FLAGS
                    if a.raw_kind() == CONNTRACK_A_FILTER_ATTRS_REPLY_FLAGS =>
                {
                    FilterAttrsBuilder::new(w).reply_flags(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ConntrackAttrs`] checks of each attribute, from the descriptors.
static CONNTRACK_ATTRS_CHECKS: [Check; 28] = Check::table(&tables::CONNTRACK_ATTRS);

/// The `conntrack-attrs` attributes of `conntrack`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ConntrackAttrs<'a>(Table<'a, 28>);

impl<'a> AttrView<'a> for ConntrackAttrs<'a> {
    const SET: &'static AttrSet = &tables::CONNTRACK_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &CONNTRACK_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&CONNTRACK_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ConntrackAttrs<'a> {
    /// Indexes and checks a block of `conntrack-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 28> {
        &self.0
    }

    /// `CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_ORIG`: conntrack l3+l4 protocol information, original direction
    #[inline]
    pub fn tuple_orig(&self) -> Result<Option<TupleAttrs<'a>>, Error> {
        self.0.nest(CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_ORIG)
    }

    /// `CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_REPLY`: conntrack l3+l4 protocol information, reply direction
    #[inline]
    pub fn tuple_reply(&self) -> Result<Option<TupleAttrs<'a>>, Error> {
        self.0.nest(CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_REPLY)
    }

    /// `CONNTRACK_A_CONNTRACK_ATTRS_STATUS`: conntrack flag bits
    #[inline]
    pub fn status(&self) -> Option<NfCtStatus> {
        self.0
            .u32_be(CONNTRACK_A_CONNTRACK_ATTRS_STATUS)
            .map(NfCtStatus)
    }

    /// `CONNTRACK_A_CONNTRACK_ATTRS_PROTOINFO`
    #[inline]
    pub fn protoinfo(&self) -> Result<Option<ProtoinfoAttrs<'a>>, Error> {
        self.0.nest(CONNTRACK_A_CONNTRACK_ATTRS_PROTOINFO)
    }

    /// `CONNTRACK_A_CONNTRACK_ATTRS_HELP`
    #[inline]
    pub fn help(&self) -> Result<Option<HelpAttrs<'a>>, Error> {
        self.0.nest(CONNTRACK_A_CONNTRACK_ATTRS_HELP)
    }

    /// `CONNTRACK_A_CONNTRACK_ATTRS_NAT_SRC`
    #[inline]
    pub fn nat_src(&self) -> Result<Option<NatAttrs<'a>>, Error> {
        self.0.nest(CONNTRACK_A_CONNTRACK_ATTRS_NAT_SRC)
    }

    /// `CONNTRACK_A_CONNTRACK_ATTRS_TIMEOUT`
    #[inline]
    pub fn timeout(&self) -> Option<u32> {
        self.0.u32_be(CONNTRACK_A_CONNTRACK_ATTRS_TIMEOUT)
    }

    /// `CONNTRACK_A_CONNTRACK_ATTRS_MARK`
    #[inline]
    pub fn mark(&self) -> Option<u32> {
        self.0.u32_be(CONNTRACK_A_CONNTRACK_ATTRS_MARK)
    }

    /// `CONNTRACK_A_CONNTRACK_ATTRS_COUNTERS_ORIG`
    #[inline]
    pub fn counters_orig(&self) -> Result<Option<CounterAttrs<'a>>, Error> {
        self.0.nest(CONNTRACK_A_CONNTRACK_ATTRS_COUNTERS_ORIG)
    }

    /// `CONNTRACK_A_CONNTRACK_ATTRS_COUNTERS_REPLY`
    #[inline]
    pub fn counters_reply(&self) -> Result<Option<CounterAttrs<'a>>, Error> {
        self.0.nest(CONNTRACK_A_CONNTRACK_ATTRS_COUNTERS_REPLY)
    }

    /// `CONNTRACK_A_CONNTRACK_ATTRS_USE`
    #[inline]
    pub fn use_(&self) -> Option<u32> {
        self.0.u32_be(CONNTRACK_A_CONNTRACK_ATTRS_USE)
    }

    /// `CONNTRACK_A_CONNTRACK_ATTRS_ID`
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32_be(CONNTRACK_A_CONNTRACK_ATTRS_ID)
    }

    /// `CONNTRACK_A_CONNTRACK_ATTRS_NAT_DST`
    #[inline]
    pub fn nat_dst(&self) -> Result<Option<NatAttrs<'a>>, Error> {
        self.0.nest(CONNTRACK_A_CONNTRACK_ATTRS_NAT_DST)
    }

    /// `CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_MASTER`
    #[inline]
    pub fn tuple_master(&self) -> Result<Option<TupleAttrs<'a>>, Error> {
        self.0.nest(CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_MASTER)
    }

    /// `CONNTRACK_A_CONNTRACK_ATTRS_SEQ_ADJ_ORIG`
    #[inline]
    pub fn seq_adj_orig(&self) -> Result<Option<SeqadjAttrs<'a>>, Error> {
        self.0.nest(CONNTRACK_A_CONNTRACK_ATTRS_SEQ_ADJ_ORIG)
    }

    /// `CONNTRACK_A_CONNTRACK_ATTRS_SEQ_ADJ_REPLY`
    #[inline]
    pub fn seq_adj_reply(&self) -> Result<Option<SeqadjAttrs<'a>>, Error> {
        self.0.nest(CONNTRACK_A_CONNTRACK_ATTRS_SEQ_ADJ_REPLY)
    }

    /// `CONNTRACK_A_CONNTRACK_ATTRS_SECMARK`: obsolete
    #[inline]
    pub fn secmark(&self) -> Option<&'a [u8]> {
        self.0.bytes(CONNTRACK_A_CONNTRACK_ATTRS_SECMARK)
    }

    /// `CONNTRACK_A_CONNTRACK_ATTRS_ZONE`: conntrack zone id
    #[inline]
    pub fn zone(&self) -> Option<u16> {
        self.0.u16_be(CONNTRACK_A_CONNTRACK_ATTRS_ZONE)
    }

    /// `CONNTRACK_A_CONNTRACK_ATTRS_SECCTX`
    #[inline]
    pub fn secctx(&self) -> Result<Option<SecctxAttrs<'a>>, Error> {
        self.0.nest(CONNTRACK_A_CONNTRACK_ATTRS_SECCTX)
    }

    /// `CONNTRACK_A_CONNTRACK_ATTRS_TIMESTAMP`
    #[inline]
    pub fn timestamp(&self) -> Option<u64> {
        self.0.u64_be(CONNTRACK_A_CONNTRACK_ATTRS_TIMESTAMP)
    }

    /// `CONNTRACK_A_CONNTRACK_ATTRS_MARK_MASK`
    #[inline]
    pub fn mark_mask(&self) -> Option<u32> {
        self.0.u32_be(CONNTRACK_A_CONNTRACK_ATTRS_MARK_MASK)
    }

    /// `CONNTRACK_A_CONNTRACK_ATTRS_LABELS`
    #[inline]
    pub fn labels(&self) -> Option<&'a [u8]> {
        self.0.bytes(CONNTRACK_A_CONNTRACK_ATTRS_LABELS)
    }

    /// `CONNTRACK_A_CONNTRACK_ATTRS_LABELS_MASK`
    #[inline]
    pub fn labels_mask(&self) -> Option<&'a [u8]> {
        self.0.bytes(CONNTRACK_A_CONNTRACK_ATTRS_LABELS_MASK)
    }

    /// `CONNTRACK_A_CONNTRACK_ATTRS_SYNPROXY`
    #[inline]
    pub fn synproxy(&self) -> Result<Option<SynproxyAttrs<'a>>, Error> {
        self.0.nest(CONNTRACK_A_CONNTRACK_ATTRS_SYNPROXY)
    }

    /// `CONNTRACK_A_CONNTRACK_ATTRS_FILTER`
    #[inline]
    pub fn filter(&self) -> Result<Option<FilterAttrs<'a>>, Error> {
        self.0.nest(CONNTRACK_A_CONNTRACK_ATTRS_FILTER)
    }

    /// `CONNTRACK_A_CONNTRACK_ATTRS_STATUS_MASK`: conntrack flag bits to change
    #[inline]
    pub fn status_mask(&self) -> Option<NfCtStatus> {
        self.0
            .u32_be(CONNTRACK_A_CONNTRACK_ATTRS_STATUS_MASK)
            .map(NfCtStatus)
    }

    /// `CONNTRACK_A_CONNTRACK_ATTRS_TIMESTAMP_EVENT`
    #[inline]
    pub fn timestamp_event(&self) -> Option<u64> {
        self.0.u64_be(CONNTRACK_A_CONNTRACK_ATTRS_TIMESTAMP_EVENT)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_ORIG => {
                    nest_like(w, &a, |w| TupleAttrs::parse(a.nested())?.write_to(w))?
                }
                CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_REPLY => {
                    nest_like(w, &a, |w| TupleAttrs::parse(a.nested())?.write_to(w))?
                }
                CONNTRACK_A_CONNTRACK_ATTRS_STATUS
                    if a.raw_kind() == CONNTRACK_A_CONNTRACK_ATTRS_STATUS =>
                {
                    ConntrackAttrsBuilder::new(w).status(NfCtStatus(value::u32_be(&a)))?;
                }
                CONNTRACK_A_CONNTRACK_ATTRS_PROTOINFO => {
                    nest_like(w, &a, |w| ProtoinfoAttrs::parse(a.nested())?.write_to(w))?
                }
                CONNTRACK_A_CONNTRACK_ATTRS_HELP => {
                    nest_like(w, &a, |w| HelpAttrs::parse(a.nested())?.write_to(w))?
                }
                CONNTRACK_A_CONNTRACK_ATTRS_NAT_SRC => {
                    nest_like(w, &a, |w| NatAttrs::parse(a.nested())?.write_to(w))?
                }
                CONNTRACK_A_CONNTRACK_ATTRS_TIMEOUT
                    if a.raw_kind() == CONNTRACK_A_CONNTRACK_ATTRS_TIMEOUT =>
                {
                    ConntrackAttrsBuilder::new(w).timeout(value::u32_be(&a))?;
                }
                CONNTRACK_A_CONNTRACK_ATTRS_MARK
                    if a.raw_kind() == CONNTRACK_A_CONNTRACK_ATTRS_MARK =>
                {
                    ConntrackAttrsBuilder::new(w).mark(value::u32_be(&a))?;
                }
                CONNTRACK_A_CONNTRACK_ATTRS_COUNTERS_ORIG => {
                    nest_like(w, &a, |w| CounterAttrs::parse(a.nested())?.write_to(w))?
                }
                CONNTRACK_A_CONNTRACK_ATTRS_COUNTERS_REPLY => {
                    nest_like(w, &a, |w| CounterAttrs::parse(a.nested())?.write_to(w))?
                }
                CONNTRACK_A_CONNTRACK_ATTRS_USE
                    if a.raw_kind() == CONNTRACK_A_CONNTRACK_ATTRS_USE =>
                {
                    ConntrackAttrsBuilder::new(w).use_(value::u32_be(&a))?;
                }
                CONNTRACK_A_CONNTRACK_ATTRS_ID
                    if a.raw_kind() == CONNTRACK_A_CONNTRACK_ATTRS_ID =>
                {
                    ConntrackAttrsBuilder::new(w).id(value::u32_be(&a))?;
                }
                CONNTRACK_A_CONNTRACK_ATTRS_NAT_DST => {
                    nest_like(w, &a, |w| NatAttrs::parse(a.nested())?.write_to(w))?
                }
                CONNTRACK_A_CONNTRACK_ATTRS_TUPLE_MASTER => {
                    nest_like(w, &a, |w| TupleAttrs::parse(a.nested())?.write_to(w))?
                }
                CONNTRACK_A_CONNTRACK_ATTRS_SEQ_ADJ_ORIG => {
                    nest_like(w, &a, |w| SeqadjAttrs::parse(a.nested())?.write_to(w))?
                }
                CONNTRACK_A_CONNTRACK_ATTRS_SEQ_ADJ_REPLY => {
                    nest_like(w, &a, |w| SeqadjAttrs::parse(a.nested())?.write_to(w))?
                }
                CONNTRACK_A_CONNTRACK_ATTRS_SECMARK
                    if a.raw_kind() == CONNTRACK_A_CONNTRACK_ATTRS_SECMARK =>
                {
                    ConntrackAttrsBuilder::new(w).secmark(a.value())?;
                }
                CONNTRACK_A_CONNTRACK_ATTRS_ZONE
                    if a.raw_kind() == CONNTRACK_A_CONNTRACK_ATTRS_ZONE =>
                {
                    ConntrackAttrsBuilder::new(w).zone(value::u16_be(&a))?;
                }
                CONNTRACK_A_CONNTRACK_ATTRS_SECCTX => {
                    nest_like(w, &a, |w| SecctxAttrs::parse(a.nested())?.write_to(w))?
                }
                CONNTRACK_A_CONNTRACK_ATTRS_TIMESTAMP
                    if a.raw_kind() == CONNTRACK_A_CONNTRACK_ATTRS_TIMESTAMP =>
                {
                    ConntrackAttrsBuilder::new(w).timestamp(value::u64_be(&a))?;
                }
                CONNTRACK_A_CONNTRACK_ATTRS_MARK_MASK
                    if a.raw_kind() == CONNTRACK_A_CONNTRACK_ATTRS_MARK_MASK =>
                {
                    ConntrackAttrsBuilder::new(w).mark_mask(value::u32_be(&a))?;
                }
                CONNTRACK_A_CONNTRACK_ATTRS_LABELS
                    if a.raw_kind() == CONNTRACK_A_CONNTRACK_ATTRS_LABELS =>
                {
                    ConntrackAttrsBuilder::new(w).labels(a.value())?;
                }
                CONNTRACK_A_CONNTRACK_ATTRS_LABELS_MASK
                    if a.raw_kind() == CONNTRACK_A_CONNTRACK_ATTRS_LABELS_MASK =>
                {
                    ConntrackAttrsBuilder::new(w).labels_mask(a.value())?;
                }
                CONNTRACK_A_CONNTRACK_ATTRS_SYNPROXY => {
                    nest_like(w, &a, |w| SynproxyAttrs::parse(a.nested())?.write_to(w))?
                }
                CONNTRACK_A_CONNTRACK_ATTRS_FILTER => {
                    nest_like(w, &a, |w| FilterAttrs::parse(a.nested())?.write_to(w))?
                }
                CONNTRACK_A_CONNTRACK_ATTRS_STATUS_MASK
                    if a.raw_kind() == CONNTRACK_A_CONNTRACK_ATTRS_STATUS_MASK =>
                {
                    ConntrackAttrsBuilder::new(w).status_mask(NfCtStatus(value::u32_be(&a)))?;
                }
                CONNTRACK_A_CONNTRACK_ATTRS_TIMESTAMP_EVENT
                    if a.raw_kind() == CONNTRACK_A_CONNTRACK_ATTRS_TIMESTAMP_EVENT =>
                {
                    ConntrackAttrsBuilder::new(w).timestamp_event(value::u64_be(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`ConntrackStatsAttrs`] checks of each attribute, from the descriptors.
static CONNTRACK_STATS_ATTRS_CHECKS: [Check; 16] = Check::table(&tables::CONNTRACK_STATS_ATTRS);

/// The `conntrack-stats-attrs` attributes of `conntrack`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ConntrackStatsAttrs<'a>(Table<'a, 16>);

impl<'a> AttrView<'a> for ConntrackStatsAttrs<'a> {
    const SET: &'static AttrSet = &tables::CONNTRACK_STATS_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &CONNTRACK_STATS_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&CONNTRACK_STATS_ATTRS_CHECKS, attrs)
    }
}

impl<'a> ConntrackStatsAttrs<'a> {
    /// Indexes and checks a block of `conntrack-stats-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 16> {
        &self.0
    }

    /// `CONNTRACK_A_CONNTRACK_STATS_ATTRS_SEARCHED`: obsolete
    #[inline]
    pub fn searched(&self) -> Option<u32> {
        self.0.u32_be(CONNTRACK_A_CONNTRACK_STATS_ATTRS_SEARCHED)
    }

    /// `CONNTRACK_A_CONNTRACK_STATS_ATTRS_FOUND`
    #[inline]
    pub fn found(&self) -> Option<u32> {
        self.0.u32_be(CONNTRACK_A_CONNTRACK_STATS_ATTRS_FOUND)
    }

    /// `CONNTRACK_A_CONNTRACK_STATS_ATTRS_NEW`: obsolete
    #[inline]
    pub fn new_attr(&self) -> Option<u32> {
        self.0.u32_be(CONNTRACK_A_CONNTRACK_STATS_ATTRS_NEW)
    }

    /// `CONNTRACK_A_CONNTRACK_STATS_ATTRS_INVALID`: obsolete
    #[inline]
    pub fn invalid(&self) -> Option<u32> {
        self.0.u32_be(CONNTRACK_A_CONNTRACK_STATS_ATTRS_INVALID)
    }

    /// `CONNTRACK_A_CONNTRACK_STATS_ATTRS_IGNORE`: obsolete
    #[inline]
    pub fn ignore(&self) -> Option<u32> {
        self.0.u32_be(CONNTRACK_A_CONNTRACK_STATS_ATTRS_IGNORE)
    }

    /// `CONNTRACK_A_CONNTRACK_STATS_ATTRS_DELETE`: obsolete
    #[inline]
    pub fn delete(&self) -> Option<u32> {
        self.0.u32_be(CONNTRACK_A_CONNTRACK_STATS_ATTRS_DELETE)
    }

    /// `CONNTRACK_A_CONNTRACK_STATS_ATTRS_DELETE_LIST`: obsolete
    #[inline]
    pub fn delete_list(&self) -> Option<u32> {
        self.0.u32_be(CONNTRACK_A_CONNTRACK_STATS_ATTRS_DELETE_LIST)
    }

    /// `CONNTRACK_A_CONNTRACK_STATS_ATTRS_INSERT`
    #[inline]
    pub fn insert(&self) -> Option<u32> {
        self.0.u32_be(CONNTRACK_A_CONNTRACK_STATS_ATTRS_INSERT)
    }

    /// `CONNTRACK_A_CONNTRACK_STATS_ATTRS_INSERT_FAILED`
    #[inline]
    pub fn insert_failed(&self) -> Option<u32> {
        self.0
            .u32_be(CONNTRACK_A_CONNTRACK_STATS_ATTRS_INSERT_FAILED)
    }

    /// `CONNTRACK_A_CONNTRACK_STATS_ATTRS_DROP`
    #[inline]
    pub fn drop(&self) -> Option<u32> {
        self.0.u32_be(CONNTRACK_A_CONNTRACK_STATS_ATTRS_DROP)
    }

    /// `CONNTRACK_A_CONNTRACK_STATS_ATTRS_EARLY_DROP`
    #[inline]
    pub fn early_drop(&self) -> Option<u32> {
        self.0.u32_be(CONNTRACK_A_CONNTRACK_STATS_ATTRS_EARLY_DROP)
    }

    /// `CONNTRACK_A_CONNTRACK_STATS_ATTRS_ERROR`
    #[inline]
    pub fn error(&self) -> Option<u32> {
        self.0.u32_be(CONNTRACK_A_CONNTRACK_STATS_ATTRS_ERROR)
    }

    /// `CONNTRACK_A_CONNTRACK_STATS_ATTRS_SEARCH_RESTART`
    #[inline]
    pub fn search_restart(&self) -> Option<u32> {
        self.0
            .u32_be(CONNTRACK_A_CONNTRACK_STATS_ATTRS_SEARCH_RESTART)
    }

    /// `CONNTRACK_A_CONNTRACK_STATS_ATTRS_CLASH_RESOLVE`
    #[inline]
    pub fn clash_resolve(&self) -> Option<u32> {
        self.0
            .u32_be(CONNTRACK_A_CONNTRACK_STATS_ATTRS_CLASH_RESOLVE)
    }

    /// `CONNTRACK_A_CONNTRACK_STATS_ATTRS_CHAIN_TOOLONG`
    #[inline]
    pub fn chain_toolong(&self) -> Option<u32> {
        self.0
            .u32_be(CONNTRACK_A_CONNTRACK_STATS_ATTRS_CHAIN_TOOLONG)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                CONNTRACK_A_CONNTRACK_STATS_ATTRS_SEARCHED
                    if a.raw_kind() == CONNTRACK_A_CONNTRACK_STATS_ATTRS_SEARCHED =>
                {
                    ConntrackStatsAttrsBuilder::new(w).searched(value::u32_be(&a))?;
                }
                CONNTRACK_A_CONNTRACK_STATS_ATTRS_FOUND
                    if a.raw_kind() == CONNTRACK_A_CONNTRACK_STATS_ATTRS_FOUND =>
                {
                    ConntrackStatsAttrsBuilder::new(w).found(value::u32_be(&a))?;
                }
                CONNTRACK_A_CONNTRACK_STATS_ATTRS_NEW
                    if a.raw_kind() == CONNTRACK_A_CONNTRACK_STATS_ATTRS_NEW =>
                {
                    ConntrackStatsAttrsBuilder::new(w).new_attr(value::u32_be(&a))?;
                }
                CONNTRACK_A_CONNTRACK_STATS_ATTRS_INVALID
                    if a.raw_kind() == CONNTRACK_A_CONNTRACK_STATS_ATTRS_INVALID =>
                {
                    ConntrackStatsAttrsBuilder::new(w).invalid(value::u32_be(&a))?;
                }
                CONNTRACK_A_CONNTRACK_STATS_ATTRS_IGNORE
                    if a.raw_kind() == CONNTRACK_A_CONNTRACK_STATS_ATTRS_IGNORE =>
                {
                    ConntrackStatsAttrsBuilder::new(w).ignore(value::u32_be(&a))?;
                }
                CONNTRACK_A_CONNTRACK_STATS_ATTRS_DELETE
                    if a.raw_kind() == CONNTRACK_A_CONNTRACK_STATS_ATTRS_DELETE =>
                {
                    ConntrackStatsAttrsBuilder::new(w).delete(value::u32_be(&a))?;
                }
                CONNTRACK_A_CONNTRACK_STATS_ATTRS_DELETE_LIST
                    if a.raw_kind() == CONNTRACK_A_CONNTRACK_STATS_ATTRS_DELETE_LIST =>
                {
                    ConntrackStatsAttrsBuilder::new(w).delete_list(value::u32_be(&a))?;
                }
                CONNTRACK_A_CONNTRACK_STATS_ATTRS_INSERT
                    if a.raw_kind() == CONNTRACK_A_CONNTRACK_STATS_ATTRS_INSERT =>
                {
                    ConntrackStatsAttrsBuilder::new(w).insert(value::u32_be(&a))?;
                }
                CONNTRACK_A_CONNTRACK_STATS_ATTRS_INSERT_FAILED
                    if a.raw_kind() == CONNTRACK_A_CONNTRACK_STATS_ATTRS_INSERT_FAILED =>
                {
                    ConntrackStatsAttrsBuilder::new(w).insert_failed(value::u32_be(&a))?;
                }
                CONNTRACK_A_CONNTRACK_STATS_ATTRS_DROP
                    if a.raw_kind() == CONNTRACK_A_CONNTRACK_STATS_ATTRS_DROP =>
                {
                    ConntrackStatsAttrsBuilder::new(w).drop(value::u32_be(&a))?;
                }
                CONNTRACK_A_CONNTRACK_STATS_ATTRS_EARLY_DROP
                    if a.raw_kind() == CONNTRACK_A_CONNTRACK_STATS_ATTRS_EARLY_DROP =>
                {
                    ConntrackStatsAttrsBuilder::new(w).early_drop(value::u32_be(&a))?;
                }
                CONNTRACK_A_CONNTRACK_STATS_ATTRS_ERROR
                    if a.raw_kind() == CONNTRACK_A_CONNTRACK_STATS_ATTRS_ERROR =>
                {
                    ConntrackStatsAttrsBuilder::new(w).error(value::u32_be(&a))?;
                }
                CONNTRACK_A_CONNTRACK_STATS_ATTRS_SEARCH_RESTART
                    if a.raw_kind() == CONNTRACK_A_CONNTRACK_STATS_ATTRS_SEARCH_RESTART =>
                {
                    ConntrackStatsAttrsBuilder::new(w).search_restart(value::u32_be(&a))?;
                }
                CONNTRACK_A_CONNTRACK_STATS_ATTRS_CLASH_RESOLVE
                    if a.raw_kind() == CONNTRACK_A_CONNTRACK_STATS_ATTRS_CLASH_RESOLVE =>
                {
                    ConntrackStatsAttrsBuilder::new(w).clash_resolve(value::u32_be(&a))?;
                }
                CONNTRACK_A_CONNTRACK_STATS_ATTRS_CHAIN_TOOLONG
                    if a.raw_kind() == CONNTRACK_A_CONNTRACK_STATS_ATTRS_CHAIN_TOOLONG =>
                {
                    ConntrackStatsAttrsBuilder::new(w).chain_toolong(value::u32_be(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// Every attribute set of `conntrack` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 17] = [
    SetRoundtrip {
        set: &tables::COUNTER_ATTRS,
        run: |attrs, w| CounterAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::TUPLE_PROTO_ATTRS,
        run: |attrs, w| TupleProtoAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::TUPLE_IP_ATTRS,
        run: |attrs, w| TupleIpAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::TUPLE_ATTRS,
        run: |attrs, w| TupleAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::PROTOINFO_TCP_ATTRS,
        run: |attrs, w| ProtoinfoTcpAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::PROTOINFO_DCCP_ATTRS,
        run: |attrs, w| ProtoinfoDccpAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::PROTOINFO_SCTP_ATTRS,
        run: |attrs, w| ProtoinfoSctpAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::PROTOINFO_ATTRS,
        run: |attrs, w| ProtoinfoAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::HELP_ATTRS,
        run: |attrs, w| HelpAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::NAT_PROTO_ATTRS,
        run: |attrs, w| NatProtoAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::NAT_ATTRS,
        run: |attrs, w| NatAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::SEQADJ_ATTRS,
        run: |attrs, w| SeqadjAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::SECCTX_ATTRS,
        run: |attrs, w| SecctxAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::SYNPROXY_ATTRS,
        run: |attrs, w| SynproxyAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::FILTER_ATTRS,
        run: |attrs, w| FilterAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::CONNTRACK_ATTRS,
        run: |attrs, w| ConntrackAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::CONNTRACK_STATS_ATTRS,
        run: |attrs, w| ConntrackStatsAttrs::parse(attrs)?.write_to(w),
    },
];
