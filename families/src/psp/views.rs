//! Typed views of `psp`: one per attribute set, parsed in one pass into a table, with
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

/// What [`AssocDevInfo`] checks of each attribute, from the descriptors.
static ASSOC_DEV_INFO_CHECKS: [Check; 3] = Check::table(&tables::ASSOC_DEV_INFO);

/// The `assoc-dev-info` attributes of `psp`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct AssocDevInfo<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for AssocDevInfo<'a> {
    const SET: &'static AttrSet = &tables::ASSOC_DEV_INFO;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ASSOC_DEV_INFO_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ASSOC_DEV_INFO_CHECKS, attrs)
    }
}

impl<'a> AssocDevInfo<'a> {
    /// Indexes and checks a block of `assoc-dev-info` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `PSP_A_ASSOC_DEV_INFO_IFINDEX`: ifindex of an associated network device.
    #[inline]
    pub fn ifindex(&self) -> Option<u32> {
        self.0.u32(PSP_A_ASSOC_DEV_INFO_IFINDEX)
    }

    /// `PSP_A_ASSOC_DEV_INFO_NSID`: Network namespace ID of the associated device.
    #[inline]
    pub fn nsid(&self) -> Option<i32> {
        self.0.i32(PSP_A_ASSOC_DEV_INFO_NSID)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                PSP_A_ASSOC_DEV_INFO_IFINDEX if a.raw_kind() == PSP_A_ASSOC_DEV_INFO_IFINDEX => {
                    AssocDevInfoBuilder::new(w).ifindex(value::u32(&a))?;
                }
                PSP_A_ASSOC_DEV_INFO_NSID if a.raw_kind() == PSP_A_ASSOC_DEV_INFO_NSID => {
                    AssocDevInfoBuilder::new(w).nsid(value::i32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Dev`] checks of each attribute, from the descriptors.
static DEV_CHECKS: [Check; 8] = Check::table(&tables::DEV);

/// The `dev` attributes of `psp`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Dev<'a>(Table<'a, 8>);

impl<'a> AttrView<'a> for Dev<'a> {
    const SET: &'static AttrSet = &tables::DEV;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DEV_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DEV_CHECKS, attrs)
    }
}

impl<'a> Dev<'a> {
    /// Indexes and checks a block of `dev` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 8> {
        &self.0
    }

    /// `PSP_A_DEV_ID`: PSP device ID.
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32(PSP_A_DEV_ID)
    }

    /// `PSP_A_DEV_IFINDEX`: ifindex of the main netdevice linked to the PSP device,
    /// or the ifindex to associate with the PSP device.
    #[inline]
    pub fn ifindex(&self) -> Option<u32> {
        self.0.u32(PSP_A_DEV_IFINDEX)
    }

    /// `PSP_A_DEV_PSP_VERSIONS_CAP`: Bitmask of PSP versions supported by the device.
    #[inline]
    pub fn psp_versions_cap(&self) -> Option<Version> {
        self.0
            .u32(PSP_A_DEV_PSP_VERSIONS_CAP)
            .map(Version::from_value)
    }

    /// `PSP_A_DEV_PSP_VERSIONS_ENA`: Bitmask of currently enabled (accepted on Rx) PSP versions.
    #[inline]
    pub fn psp_versions_ena(&self) -> Option<Version> {
        self.0
            .u32(PSP_A_DEV_PSP_VERSIONS_ENA)
            .map(Version::from_value)
    }

    /// `PSP_A_DEV_ASSOC_LIST`: List of associated virtual devices.
    #[inline]
    pub fn assoc_list(&self) -> impl Iterator<Item = Result<AssocDevInfo<'a>, Error>> + 'a {
        self.0
            .all(PSP_A_DEV_ASSOC_LIST)
            .map(|a| AssocDevInfo::parse(a.nested()))
    }

    /// `PSP_A_DEV_NSID`: Network namespace ID for the device to associate/disassociate.
    /// Optional for dev-assoc and dev-disassoc; if not present, the
    /// device is looked up in the caller's network namespace.
    #[inline]
    pub fn nsid(&self) -> Option<i32> {
        self.0.i32(PSP_A_DEV_NSID)
    }

    /// `PSP_A_DEV_BY_ASSOCIATION`: Flag indicating the PSP device is an associated device from a
    /// different network namespace.
    /// Present when in associated namespace, absent when in primary/host
    /// namespace.
    #[inline]
    pub fn by_association(&self) -> bool {
        self.0.flag(PSP_A_DEV_BY_ASSOCIATION)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                PSP_A_DEV_ID if a.raw_kind() == PSP_A_DEV_ID => {
                    DevBuilder::new(w).id(value::u32(&a))?;
                }
                PSP_A_DEV_IFINDEX if a.raw_kind() == PSP_A_DEV_IFINDEX => {
                    DevBuilder::new(w).ifindex(value::u32(&a))?;
                }
                PSP_A_DEV_PSP_VERSIONS_CAP if a.raw_kind() == PSP_A_DEV_PSP_VERSIONS_CAP => {
                    DevBuilder::new(w).psp_versions_cap(Version::from_value(value::u32(&a)))?;
                }
                PSP_A_DEV_PSP_VERSIONS_ENA if a.raw_kind() == PSP_A_DEV_PSP_VERSIONS_ENA => {
                    DevBuilder::new(w).psp_versions_ena(Version::from_value(value::u32(&a)))?;
                }
                PSP_A_DEV_ASSOC_LIST => {
                    nest_like(w, &a, |w| AssocDevInfo::parse(a.nested())?.write_to(w))?
                }
                PSP_A_DEV_NSID if a.raw_kind() == PSP_A_DEV_NSID => {
                    DevBuilder::new(w).nsid(value::i32(&a))?;
                }
                PSP_A_DEV_BY_ASSOCIATION if a.raw_kind() == PSP_A_DEV_BY_ASSOCIATION => {
                    if a.value().is_empty() {
                        DevBuilder::new(w).by_association()?;
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

/// What [`Assoc`] checks of each attribute, from the descriptors.
static ASSOC_CHECKS: [Check; 6] = Check::table(&tables::ASSOC);

/// The `assoc` attributes of `psp`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Assoc<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for Assoc<'a> {
    const SET: &'static AttrSet = &tables::ASSOC;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &ASSOC_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&ASSOC_CHECKS, attrs)
    }
}

impl<'a> Assoc<'a> {
    /// Indexes and checks a block of `assoc` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `PSP_A_ASSOC_DEV_ID`: PSP device ID.
    #[inline]
    pub fn dev_id(&self) -> Option<u32> {
        self.0.u32(PSP_A_ASSOC_DEV_ID)
    }

    /// `PSP_A_ASSOC_VERSION`: PSP versions (AEAD and protocol version) used by this association,
    /// dictates the size of the key.
    #[inline]
    pub fn version(&self) -> Option<Version> {
        self.0.u32(PSP_A_ASSOC_VERSION).map(Version::from_value)
    }

    /// `PSP_A_ASSOC_RX_KEY`
    #[inline]
    pub fn rx_key(&self) -> Result<Option<Keys<'a>>, Error> {
        self.0.nest(PSP_A_ASSOC_RX_KEY)
    }

    /// `PSP_A_ASSOC_TX_KEY`
    #[inline]
    pub fn tx_key(&self) -> Result<Option<Keys<'a>>, Error> {
        self.0.nest(PSP_A_ASSOC_TX_KEY)
    }

    /// `PSP_A_ASSOC_SOCK_FD`: Sockets which should be bound to the association immediately.
    #[inline]
    pub fn sock_fd(&self) -> Option<u32> {
        self.0.u32(PSP_A_ASSOC_SOCK_FD)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                PSP_A_ASSOC_DEV_ID if a.raw_kind() == PSP_A_ASSOC_DEV_ID => {
                    AssocBuilder::new(w).dev_id(value::u32(&a))?;
                }
                PSP_A_ASSOC_VERSION if a.raw_kind() == PSP_A_ASSOC_VERSION => {
                    AssocBuilder::new(w).version(Version::from_value(value::u32(&a)))?;
                }
                PSP_A_ASSOC_RX_KEY => nest_like(w, &a, |w| Keys::parse(a.nested())?.write_to(w))?,
                PSP_A_ASSOC_TX_KEY => nest_like(w, &a, |w| Keys::parse(a.nested())?.write_to(w))?,
                PSP_A_ASSOC_SOCK_FD if a.raw_kind() == PSP_A_ASSOC_SOCK_FD => {
                    AssocBuilder::new(w).sock_fd(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Keys`] checks of each attribute, from the descriptors.
static KEYS_CHECKS: [Check; 3] = Check::table(&tables::KEYS);

/// The `keys` attributes of `psp`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Keys<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for Keys<'a> {
    const SET: &'static AttrSet = &tables::KEYS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &KEYS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&KEYS_CHECKS, attrs)
    }
}

impl<'a> Keys<'a> {
    /// Indexes and checks a block of `keys` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `PSP_A_KEYS_KEY`
    #[inline]
    pub fn key(&self) -> Option<&'a [u8]> {
        self.0.bytes(PSP_A_KEYS_KEY)
    }

    /// `PSP_A_KEYS_SPI`: Security Parameters Index (SPI) of the association.
    #[inline]
    pub fn spi(&self) -> Option<u32> {
        self.0.u32(PSP_A_KEYS_SPI)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                PSP_A_KEYS_KEY if a.raw_kind() == PSP_A_KEYS_KEY => {
                    KeysBuilder::new(w).key(a.value())?;
                }
                PSP_A_KEYS_SPI if a.raw_kind() == PSP_A_KEYS_SPI => {
                    KeysBuilder::new(w).spi(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Stats`] checks of each attribute, from the descriptors.
static STATS_CHECKS: [Check; 12] = Check::table(&tables::STATS);

/// The `stats` attributes of `psp`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Stats<'a>(Table<'a, 12>);

impl<'a> AttrView<'a> for Stats<'a> {
    const SET: &'static AttrSet = &tables::STATS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &STATS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&STATS_CHECKS, attrs)
    }
}

impl<'a> Stats<'a> {
    /// Indexes and checks a block of `stats` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 12> {
        &self.0
    }

    /// `PSP_A_STATS_DEV_ID`: PSP device ID.
    #[inline]
    pub fn dev_id(&self) -> Option<u32> {
        self.0.u32(PSP_A_STATS_DEV_ID)
    }

    /// `PSP_A_STATS_KEY_ROTATIONS`: Number of key rotations during the lifetime of the device.
    /// Kernel statistic.
    #[inline]
    pub fn key_rotations(&self) -> Option<u64> {
        self.0.uint(PSP_A_STATS_KEY_ROTATIONS)
    }

    /// `PSP_A_STATS_STALE_EVENTS`: Number of times a socket's Rx got shut down due to using
    /// a key which went stale (fully rotated out).
    /// Kernel statistic.
    #[inline]
    pub fn stale_events(&self) -> Option<u64> {
        self.0.uint(PSP_A_STATS_STALE_EVENTS)
    }

    /// `PSP_A_STATS_RX_PACKETS`: Number of successfully processed and authenticated PSP packets.
    /// Device statistic (from the PSP spec).
    #[inline]
    pub fn rx_packets(&self) -> Option<u64> {
        self.0.uint(PSP_A_STATS_RX_PACKETS)
    }

    /// `PSP_A_STATS_RX_BYTES`: Number of successfully authenticated PSP bytes received, counting from
    /// the first byte after the IV through the last byte of payload.
    /// The fixed initial portion of the PSP header (16 bytes)
    /// and the PSP trailer/ICV (16 bytes) are not included in this count.
    /// Device statistic (from the PSP spec).
    #[inline]
    pub fn rx_bytes(&self) -> Option<u64> {
        self.0.uint(PSP_A_STATS_RX_BYTES)
    }

    /// `PSP_A_STATS_RX_AUTH_FAIL`: Number of received PSP packets with unsuccessful authentication.
    /// Device statistic (from the PSP spec).
    #[inline]
    pub fn rx_auth_fail(&self) -> Option<u64> {
        self.0.uint(PSP_A_STATS_RX_AUTH_FAIL)
    }

    /// `PSP_A_STATS_RX_ERROR`: Number of received PSP packets with length/framing errors.
    /// Device statistic (from the PSP spec).
    #[inline]
    pub fn rx_error(&self) -> Option<u64> {
        self.0.uint(PSP_A_STATS_RX_ERROR)
    }

    /// `PSP_A_STATS_RX_BAD`: Number of received PSP packets with miscellaneous errors
    /// (invalid master key indicated by SPI, unsupported version, etc.)
    /// Device statistic (from the PSP spec).
    #[inline]
    pub fn rx_bad(&self) -> Option<u64> {
        self.0.uint(PSP_A_STATS_RX_BAD)
    }

    /// `PSP_A_STATS_TX_PACKETS`: Number of successfully processed PSP packets for transmission.
    /// Device statistic (from the PSP spec).
    #[inline]
    pub fn tx_packets(&self) -> Option<u64> {
        self.0.uint(PSP_A_STATS_TX_PACKETS)
    }

    /// `PSP_A_STATS_TX_BYTES`: Number of successfully processed PSP bytes for transmit, counting from
    /// the first byte after the IV through the last byte of payload.
    /// The fixed initial portion of the PSP header (16 bytes)
    /// and the PSP trailer/ICV (16 bytes) are not included in this count.
    /// Device statistic (from the PSP spec).
    #[inline]
    pub fn tx_bytes(&self) -> Option<u64> {
        self.0.uint(PSP_A_STATS_TX_BYTES)
    }

    /// `PSP_A_STATS_TX_ERROR`: Number of PSP packets for transmission with errors.
    /// Device statistic (from the PSP spec).
    #[inline]
    pub fn tx_error(&self) -> Option<u64> {
        self.0.uint(PSP_A_STATS_TX_ERROR)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                PSP_A_STATS_DEV_ID if a.raw_kind() == PSP_A_STATS_DEV_ID => {
                    StatsBuilder::new(w).dev_id(value::u32(&a))?;
                }
                PSP_A_STATS_KEY_ROTATIONS if a.raw_kind() == PSP_A_STATS_KEY_ROTATIONS => {
                    StatsBuilder::new(w).key_rotations(value::uint(&a))?;
                }
                PSP_A_STATS_STALE_EVENTS if a.raw_kind() == PSP_A_STATS_STALE_EVENTS => {
                    StatsBuilder::new(w).stale_events(value::uint(&a))?;
                }
                PSP_A_STATS_RX_PACKETS if a.raw_kind() == PSP_A_STATS_RX_PACKETS => {
                    StatsBuilder::new(w).rx_packets(value::uint(&a))?;
                }
                PSP_A_STATS_RX_BYTES if a.raw_kind() == PSP_A_STATS_RX_BYTES => {
                    StatsBuilder::new(w).rx_bytes(value::uint(&a))?;
                }
                PSP_A_STATS_RX_AUTH_FAIL if a.raw_kind() == PSP_A_STATS_RX_AUTH_FAIL => {
                    StatsBuilder::new(w).rx_auth_fail(value::uint(&a))?;
                }
                PSP_A_STATS_RX_ERROR if a.raw_kind() == PSP_A_STATS_RX_ERROR => {
                    StatsBuilder::new(w).rx_error(value::uint(&a))?;
                }
                PSP_A_STATS_RX_BAD if a.raw_kind() == PSP_A_STATS_RX_BAD => {
                    StatsBuilder::new(w).rx_bad(value::uint(&a))?;
                }
                PSP_A_STATS_TX_PACKETS if a.raw_kind() == PSP_A_STATS_TX_PACKETS => {
                    StatsBuilder::new(w).tx_packets(value::uint(&a))?;
                }
                PSP_A_STATS_TX_BYTES if a.raw_kind() == PSP_A_STATS_TX_BYTES => {
                    StatsBuilder::new(w).tx_bytes(value::uint(&a))?;
                }
                PSP_A_STATS_TX_ERROR if a.raw_kind() == PSP_A_STATS_TX_ERROR => {
                    StatsBuilder::new(w).tx_error(value::uint(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// Every attribute set of `psp` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 5] = [
    SetRoundtrip {
        set: &tables::ASSOC_DEV_INFO,
        run: |attrs, w| AssocDevInfo::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DEV,
        run: |attrs, w| Dev::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::ASSOC,
        run: |attrs, w| Assoc::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::KEYS,
        run: |attrs, w| Keys::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::STATS,
        run: |attrs, w| Stats::parse(attrs)?.write_to(w),
    },
];
