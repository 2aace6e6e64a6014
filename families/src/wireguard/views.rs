//! Typed views of `wireguard`: one per attribute set, parsed in one pass into a table, with
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

/// What [`Wgdevice`] checks of each attribute, from the descriptors.
static WGDEVICE_CHECKS: [Check; 9] = Check::table(&tables::WGDEVICE);

/// The `wgdevice` attributes of `wireguard`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Wgdevice<'a>(Table<'a, 9>);

impl<'a> AttrView<'a> for Wgdevice<'a> {
    const SET: &'static AttrSet = &tables::WGDEVICE;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &WGDEVICE_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&WGDEVICE_CHECKS, attrs)
    }
}

impl<'a> Wgdevice<'a> {
    /// Indexes and checks a block of `wgdevice` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 9> {
        &self.0
    }

    /// `WGDEVICE_A_IFINDEX`
    #[inline]
    pub fn ifindex(&self) -> Option<u32> {
        self.0.u32(WGDEVICE_A_IFINDEX)
    }

    /// `WGDEVICE_A_IFNAME`
    #[inline]
    pub fn ifname(&self) -> Option<&'a str> {
        self.0.str(WGDEVICE_A_IFNAME)
    }

    /// `WGDEVICE_A_PRIVATE_KEY`: Set to all zeros to remove.
    #[inline]
    pub fn private_key(&self) -> Option<&'a [u8]> {
        self.0.bytes(WGDEVICE_A_PRIVATE_KEY)
    }

    /// `WGDEVICE_A_PUBLIC_KEY`
    #[inline]
    pub fn public_key(&self) -> Option<&'a [u8]> {
        self.0.bytes(WGDEVICE_A_PUBLIC_KEY)
    }

    /// `WGDEVICE_A_FLAGS`: ``0`` or ``WGDEVICE_F_REPLACE_PEERS`` if all current peers should be
    /// removed prior to adding the list below.
    #[inline]
    pub fn flags(&self) -> Option<WgdeviceFlags> {
        self.0.u32(WGDEVICE_A_FLAGS).map(WgdeviceFlags)
    }

    /// `WGDEVICE_A_LISTEN_PORT`: Set as ``0`` to choose randomly.
    #[inline]
    pub fn listen_port(&self) -> Option<u16> {
        self.0.u16(WGDEVICE_A_LISTEN_PORT)
    }

    /// `WGDEVICE_A_FWMARK`: Set as ``0`` to disable.
    #[inline]
    pub fn fwmark(&self) -> Option<u32> {
        self.0.u32(WGDEVICE_A_FWMARK)
    }

    /// `WGDEVICE_A_PEERS`: The index/type parameter is unused on ``SET_DEVICE`` operations and is
    /// zero on ``GET_DEVICE`` operations.
    #[inline]
    pub fn peers(&self) -> Option<Entries<'a, Wgpeer<'a>>> {
        self.0.entries(WGDEVICE_A_PEERS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                WGDEVICE_A_UNSPEC if a.raw_kind() == WGDEVICE_A_UNSPEC => raw(w, &a)?,
                WGDEVICE_A_IFINDEX if a.raw_kind() == WGDEVICE_A_IFINDEX => {
                    WgdeviceBuilder::new(w).ifindex(value::u32(&a))?;
                }
                WGDEVICE_A_IFNAME if a.raw_kind() == WGDEVICE_A_IFNAME => {
                    WgdeviceBuilder::new(w).ifname(value::str(&a))?;
                }
                WGDEVICE_A_PRIVATE_KEY if a.raw_kind() == WGDEVICE_A_PRIVATE_KEY => {
                    WgdeviceBuilder::new(w).private_key(a.value())?;
                }
                WGDEVICE_A_PUBLIC_KEY if a.raw_kind() == WGDEVICE_A_PUBLIC_KEY => {
                    WgdeviceBuilder::new(w).public_key(a.value())?;
                }
                WGDEVICE_A_FLAGS if a.raw_kind() == WGDEVICE_A_FLAGS => {
                    WgdeviceBuilder::new(w).flags(WgdeviceFlags(value::u32(&a)))?;
                }
                WGDEVICE_A_LISTEN_PORT if a.raw_kind() == WGDEVICE_A_LISTEN_PORT => {
                    WgdeviceBuilder::new(w).listen_port(value::u16(&a))?;
                }
                WGDEVICE_A_FWMARK if a.raw_kind() == WGDEVICE_A_FWMARK => {
                    WgdeviceBuilder::new(w).fwmark(value::u32(&a))?;
                }
                WGDEVICE_A_PEERS => nest_like(w, &a, |w| {
                    for e in a.nested() {
                        let e = e?;
                        nest_like(w, &e, |w| Wgpeer::parse(e.nested())?.write_to(w))?;
                    }
                    Ok(())
                })?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Wgpeer`] checks of each attribute, from the descriptors.
static WGPEER_CHECKS: [Check; 11] = Check::table(&tables::WGPEER);

/// The `wgpeer` attributes of `wireguard`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Wgpeer<'a>(Table<'a, 11>);

impl<'a> AttrView<'a> for Wgpeer<'a> {
    const SET: &'static AttrSet = &tables::WGPEER;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &WGPEER_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&WGPEER_CHECKS, attrs)
    }
}

impl<'a> Wgpeer<'a> {
    /// Indexes and checks a block of `wgpeer` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 11> {
        &self.0
    }

    /// `WGPEER_A_PUBLIC_KEY`
    #[inline]
    pub fn public_key(&self) -> Option<&'a [u8]> {
        self.0.bytes(WGPEER_A_PUBLIC_KEY)
    }

    /// `WGPEER_A_PRESHARED_KEY`: Set as all zeros to remove.
    #[inline]
    pub fn preshared_key(&self) -> Option<&'a [u8]> {
        self.0.bytes(WGPEER_A_PRESHARED_KEY)
    }

    /// `WGPEER_A_FLAGS`: ``0`` and/or ``WGPEER_F_REMOVE_ME`` if the specified peer should not
    /// exist at the end of the operation, rather than added/updated and/or
    /// ``WGPEER_F_REPLACE_ALLOWEDIPS`` if all current allowed IPs of this
    /// peer should be removed prior to adding the list below and/or
    /// ``WGPEER_F_UPDATE_ONLY`` if the peer should only be set if it already
    /// exists.
    #[inline]
    pub fn flags(&self) -> Option<WgpeerFlags> {
        self.0.u32(WGPEER_A_FLAGS).map(WgpeerFlags)
    }

    /// `WGPEER_A_ENDPOINT`: struct sockaddr_in or struct sockaddr_in6
    #[inline]
    pub fn endpoint(&self) -> Option<&'a [u8]> {
        self.0.bytes(WGPEER_A_ENDPOINT)
    }

    /// `WGPEER_A_PERSISTENT_KEEPALIVE_INTERVAL`: Set as ``0`` to disable.
    #[inline]
    pub fn persistent_keepalive_interval(&self) -> Option<u16> {
        self.0.u16(WGPEER_A_PERSISTENT_KEEPALIVE_INTERVAL)
    }

    /// `WGPEER_A_LAST_HANDSHAKE_TIME`
    #[inline]
    pub fn last_handshake_time(&self) -> Option<KernelTimespec> {
        self.0
            .fixed(WGPEER_A_LAST_HANDSHAKE_TIME, KernelTimespec::from_bytes)
    }

    /// `WGPEER_A_RX_BYTES`
    #[inline]
    pub fn rx_bytes(&self) -> Option<u64> {
        self.0.u64(WGPEER_A_RX_BYTES)
    }

    /// `WGPEER_A_TX_BYTES`
    #[inline]
    pub fn tx_bytes(&self) -> Option<u64> {
        self.0.u64(WGPEER_A_TX_BYTES)
    }

    /// `WGPEER_A_ALLOWEDIPS`: The index/type parameter is unused on ``SET_DEVICE`` operations and is
    /// zero on ``GET_DEVICE`` operations.
    #[inline]
    pub fn allowedips(&self) -> Option<Entries<'a, Wgallowedip<'a>>> {
        self.0.entries(WGPEER_A_ALLOWEDIPS)
    }

    /// `WGPEER_A_PROTOCOL_VERSION`: Should not be set or used at all by most users of this API, as the
    /// most recent protocol will be used when this is unset. Otherwise,
    /// must be set to ``1``.
    #[inline]
    pub fn protocol_version(&self) -> Option<u32> {
        self.0.u32(WGPEER_A_PROTOCOL_VERSION)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                WGPEER_A_UNSPEC if a.raw_kind() == WGPEER_A_UNSPEC => raw(w, &a)?,
                WGPEER_A_PUBLIC_KEY if a.raw_kind() == WGPEER_A_PUBLIC_KEY => {
                    WgpeerBuilder::new(w).public_key(a.value())?;
                }
                WGPEER_A_PRESHARED_KEY if a.raw_kind() == WGPEER_A_PRESHARED_KEY => {
                    WgpeerBuilder::new(w).preshared_key(a.value())?;
                }
                WGPEER_A_FLAGS if a.raw_kind() == WGPEER_A_FLAGS => {
                    WgpeerBuilder::new(w).flags(WgpeerFlags(value::u32(&a)))?;
                }
                WGPEER_A_ENDPOINT if a.raw_kind() == WGPEER_A_ENDPOINT => {
                    WgpeerBuilder::new(w).endpoint(a.value())?;
                }
                WGPEER_A_PERSISTENT_KEEPALIVE_INTERVAL
                    if a.raw_kind() == WGPEER_A_PERSISTENT_KEEPALIVE_INTERVAL =>
                {
                    WgpeerBuilder::new(w).persistent_keepalive_interval(value::u16(&a))?;
                }
                WGPEER_A_LAST_HANDSHAKE_TIME if a.raw_kind() == WGPEER_A_LAST_HANDSHAKE_TIME => {
                    if a.value().len() == KernelTimespec::LEN {
                        WgpeerBuilder::new(w)
                            .last_handshake_time(&KernelTimespec::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                WGPEER_A_RX_BYTES if a.raw_kind() == WGPEER_A_RX_BYTES => {
                    WgpeerBuilder::new(w).rx_bytes(value::u64(&a))?;
                }
                WGPEER_A_TX_BYTES if a.raw_kind() == WGPEER_A_TX_BYTES => {
                    WgpeerBuilder::new(w).tx_bytes(value::u64(&a))?;
                }
                WGPEER_A_ALLOWEDIPS => nest_like(w, &a, |w| {
                    for e in a.nested() {
                        let e = e?;
                        nest_like(w, &e, |w| Wgallowedip::parse(e.nested())?.write_to(w))?;
                    }
                    Ok(())
                })?,
                WGPEER_A_PROTOCOL_VERSION if a.raw_kind() == WGPEER_A_PROTOCOL_VERSION => {
                    WgpeerBuilder::new(w).protocol_version(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Wgallowedip`] checks of each attribute, from the descriptors.
static WGALLOWEDIP_CHECKS: [Check; 5] = Check::table(&tables::WGALLOWEDIP);

/// The `wgallowedip` attributes of `wireguard`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Wgallowedip<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for Wgallowedip<'a> {
    const SET: &'static AttrSet = &tables::WGALLOWEDIP;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &WGALLOWEDIP_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&WGALLOWEDIP_CHECKS, attrs)
    }
}

impl<'a> Wgallowedip<'a> {
    /// Indexes and checks a block of `wgallowedip` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `WGALLOWEDIP_A_FAMILY`: IP family, either ``AF_INET`` or ``AF_INET6``.
    #[inline]
    pub fn family(&self) -> Option<u16> {
        self.0.u16(WGALLOWEDIP_A_FAMILY)
    }

    /// `WGALLOWEDIP_A_IPADDR`: Either ``struct in_addr`` or ``struct in6_addr``.
    #[inline]
    pub fn ipaddr(&self) -> Option<IpAddr> {
        self.0.ip(WGALLOWEDIP_A_IPADDR)
    }

    /// `WGALLOWEDIP_A_CIDR_MASK`
    #[inline]
    pub fn cidr_mask(&self) -> Option<u8> {
        self.0.u8(WGALLOWEDIP_A_CIDR_MASK)
    }

    /// `WGALLOWEDIP_A_FLAGS`: ``WGALLOWEDIP_F_REMOVE_ME`` if the specified IP should be removed;
    /// otherwise, this IP will be added if it is not already present.
    #[inline]
    pub fn flags(&self) -> Option<WgallowedipFlags> {
        self.0.u32(WGALLOWEDIP_A_FLAGS).map(WgallowedipFlags)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                WGALLOWEDIP_A_UNSPEC if a.raw_kind() == WGALLOWEDIP_A_UNSPEC => raw(w, &a)?,
                WGALLOWEDIP_A_FAMILY if a.raw_kind() == WGALLOWEDIP_A_FAMILY => {
                    WgallowedipBuilder::new(w).family(value::u16(&a))?;
                }
                WGALLOWEDIP_A_IPADDR if a.raw_kind() == WGALLOWEDIP_A_IPADDR => match value::ip(&a)
                {
                    Some(ip) => {
                        WgallowedipBuilder::new(w).ipaddr(ip)?;
                    }
                    None => raw(w, &a)?,
                },
                WGALLOWEDIP_A_CIDR_MASK if a.raw_kind() == WGALLOWEDIP_A_CIDR_MASK => {
                    WgallowedipBuilder::new(w).cidr_mask(value::u8(&a))?;
                }
                WGALLOWEDIP_A_FLAGS if a.raw_kind() == WGALLOWEDIP_A_FLAGS => {
                    WgallowedipBuilder::new(w).flags(WgallowedipFlags(value::u32(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// Every attribute set of `wireguard` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 3] = [
    SetRoundtrip {
        set: &tables::WGDEVICE,
        run: |attrs, w| Wgdevice::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::WGPEER,
        run: |attrs, w| Wgpeer::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::WGALLOWEDIP,
        run: |attrs, w| Wgallowedip::parse(attrs)?.write_to(w),
    },
];
