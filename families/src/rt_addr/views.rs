//! Typed views of `rt-addr`: one per attribute set, parsed in one pass into a table, with
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

/// What [`AddrAttrs`] checks of each attribute, from the descriptors.
static ADDR_ATTRS_CHECKS: [Check; 13] = Check::table(&tables::ADDR_ATTRS);

/// The `addr-attrs` attributes of `rt-addr`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct AddrAttrs<'a>(Table<'a, 13>);

impl<'a> AttrView<'a> for AddrAttrs<'a> {
    const SET: &'static AttrSet = &tables::ADDR_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ADDR_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ADDR_ATTRS_CHECKS, attrs)
    }
}

impl<'a> AddrAttrs<'a> {
    /// Indexes and checks a block of `addr-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 13> {
        &self.0
    }

    /// `IFA_ADDRESS`
    #[inline]
    pub fn address(&self) -> Option<IpAddr> {
        self.0.ip(IFA_ADDRESS)
    }

    /// `IFA_LOCAL`
    #[inline]
    pub fn local(&self) -> Option<IpAddr> {
        self.0.ip(IFA_LOCAL)
    }

    /// `IFA_LABEL`
    #[inline]
    pub fn label(&self) -> Option<&'a str> {
        self.0.str(IFA_LABEL)
    }

    /// `IFA_BROADCAST`
    #[inline]
    pub fn broadcast(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(IFA_BROADCAST)
    }

    /// `IFA_ANYCAST`
    #[inline]
    pub fn anycast(&self) -> Option<&'a [u8]> {
        self.0.bytes(IFA_ANYCAST)
    }

    /// `IFA_CACHEINFO`
    #[inline]
    pub fn cacheinfo(&self) -> Option<IfaCacheinfo> {
        self.0.fixed(IFA_CACHEINFO, IfaCacheinfo::from_bytes)
    }

    /// `IFA_MULTICAST`
    #[inline]
    pub fn multicast(&self) -> Option<&'a [u8]> {
        self.0.bytes(IFA_MULTICAST)
    }

    /// `IFA_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<IfaFlags> {
        self.0.u32(IFA_FLAGS).map(IfaFlags)
    }

    /// `IFA_RT_PRIORITY`
    #[inline]
    pub fn rt_priority(&self) -> Option<u32> {
        self.0.u32(IFA_RT_PRIORITY)
    }

    /// `IFA_TARGET_NETNSID`
    #[inline]
    pub fn target_netnsid(&self) -> Option<&'a [u8]> {
        self.0.bytes(IFA_TARGET_NETNSID)
    }

    /// `IFA_PROTO`
    #[inline]
    pub fn proto(&self) -> Option<IfaProto> {
        self.0.u8(IFA_PROTO).map(|v| IfaProto::from_value(v as u32))
    }

    /// `IFA_MC_USERS`
    #[inline]
    pub fn mc_users(&self) -> Option<u32> {
        self.0.u32(IFA_MC_USERS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                IFA_ADDRESS if a.raw_kind() == IFA_ADDRESS => match value::ip(&a) {
                    Some(ip) => {
                        AddrAttrsBuilder::new(w).address(ip)?;
                    }
                    None => raw(w, &a)?,
                },
                IFA_LOCAL if a.raw_kind() == IFA_LOCAL => match value::ip(&a) {
                    Some(ip) => {
                        AddrAttrsBuilder::new(w).local(ip)?;
                    }
                    None => raw(w, &a)?,
                },
                IFA_LABEL if a.raw_kind() == IFA_LABEL => {
                    AddrAttrsBuilder::new(w).label(value::str(&a))?;
                }
                IFA_BROADCAST if a.raw_kind() == IFA_BROADCAST => {
                    AddrAttrsBuilder::new(w).broadcast(value::ipv4(&a))?;
                }
                IFA_ANYCAST if a.raw_kind() == IFA_ANYCAST => {
                    AddrAttrsBuilder::new(w).anycast(a.value())?;
                }
                IFA_CACHEINFO if a.raw_kind() == IFA_CACHEINFO => {
                    if a.value().len() == IfaCacheinfo::LEN {
                        AddrAttrsBuilder::new(w).cacheinfo(&IfaCacheinfo::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                IFA_MULTICAST if a.raw_kind() == IFA_MULTICAST => {
                    AddrAttrsBuilder::new(w).multicast(a.value())?;
                }
                IFA_FLAGS if a.raw_kind() == IFA_FLAGS => {
                    AddrAttrsBuilder::new(w).flags(IfaFlags(value::u32(&a)))?;
                }
                IFA_RT_PRIORITY if a.raw_kind() == IFA_RT_PRIORITY => {
                    AddrAttrsBuilder::new(w).rt_priority(value::u32(&a))?;
                }
                IFA_TARGET_NETNSID if a.raw_kind() == IFA_TARGET_NETNSID => {
                    AddrAttrsBuilder::new(w).target_netnsid(a.value())?;
                }
                IFA_PROTO if a.raw_kind() == IFA_PROTO => {
                    AddrAttrsBuilder::new(w).proto(IfaProto::from_value(value::u8(&a) as u32))?;
                }
                IFA_MC_USERS if a.raw_kind() == IFA_MC_USERS => {
                    AddrAttrsBuilder::new(w).mc_users(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// Every attribute set of `rt-addr` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 1] = [SetRoundtrip {
    set: &tables::ADDR_ATTRS,
    run: |attrs, w| AddrAttrs::parse(attrs)?.write_to(w),
}];
