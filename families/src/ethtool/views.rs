//! Typed views of `ethtool`: one per attribute set, parsed in one pass into a table, with
//! O(1) typed getters.

#![allow(unused_imports)]

use super::consts::*;
use super::tables;
use super::types::*;
use crate::runtime::{split_header, AttrView, Bitfield32, Entries, HwAddr, Records, Table};
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use nlcodec::family::FamilyHeader;
use nlcodec::schema::AttrSet;
use nlcodec::{Attr, Attrs, Error};

/// The `header` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Header<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for Header<'a> {
    const SET: &'static AttrSet = &tables::HEADER;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Header<'a> {
    /// Indexes and checks a block of `header` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `ETHTOOL_A_HEADER_DEV_INDEX`
    #[inline]
    pub fn dev_index(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_HEADER_DEV_INDEX)
    }

    /// `ETHTOOL_A_HEADER_DEV_NAME`
    #[inline]
    pub fn dev_name(&self) -> Option<&'a str> {
        self.0.str(ETHTOOL_A_HEADER_DEV_NAME)
    }

    /// `ETHTOOL_A_HEADER_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<HeaderFlags> {
        self.0
            .u32(ETHTOOL_A_HEADER_FLAGS)
            .map(|v| HeaderFlags(v as u32))
    }

    /// `ETHTOOL_A_HEADER_PHY_INDEX`
    #[inline]
    pub fn phy_index(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_HEADER_PHY_INDEX)
    }
}

/// The `bitset-bit` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct BitsetBit<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for BitsetBit<'a> {
    const SET: &'static AttrSet = &tables::BITSET_BIT;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> BitsetBit<'a> {
    /// Indexes and checks a block of `bitset-bit` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `ETHTOOL_A_BITSET_BIT_INDEX`
    #[inline]
    pub fn index(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_BITSET_BIT_INDEX)
    }

    /// `ETHTOOL_A_BITSET_BIT_NAME`
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(ETHTOOL_A_BITSET_BIT_NAME)
    }

    /// `ETHTOOL_A_BITSET_BIT_VALUE`
    #[inline]
    pub fn value(&self) -> bool {
        self.0.flag(ETHTOOL_A_BITSET_BIT_VALUE)
    }
}

/// The `bitset-bits` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct BitsetBits<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for BitsetBits<'a> {
    const SET: &'static AttrSet = &tables::BITSET_BITS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> BitsetBits<'a> {
    /// Indexes and checks a block of `bitset-bits` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `ETHTOOL_A_BITSET_BITS_BIT`
    #[inline]
    pub fn bit(&self) -> impl Iterator<Item = Result<BitsetBit<'a>, Error>> + 'a {
        self.0
            .all(ETHTOOL_A_BITSET_BITS_BIT)
            .map(|a| BitsetBit::parse(a.nested()))
    }
}

/// The `bitset` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Bitset<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for Bitset<'a> {
    const SET: &'static AttrSet = &tables::BITSET;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Bitset<'a> {
    /// Indexes and checks a block of `bitset` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `ETHTOOL_A_BITSET_NOMASK`
    #[inline]
    pub fn nomask(&self) -> bool {
        self.0.flag(ETHTOOL_A_BITSET_NOMASK)
    }

    /// `ETHTOOL_A_BITSET_SIZE`
    #[inline]
    pub fn size(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_BITSET_SIZE)
    }

    /// `ETHTOOL_A_BITSET_BITS`
    #[inline]
    pub fn bits(&self) -> Result<Option<BitsetBits<'a>>, Error> {
        self.0.nest(ETHTOOL_A_BITSET_BITS)
    }

    /// `ETHTOOL_A_BITSET_VALUE`
    #[inline]
    pub fn value(&self) -> Option<&'a [u8]> {
        self.0.bytes(ETHTOOL_A_BITSET_VALUE)
    }

    /// `ETHTOOL_A_BITSET_MASK`
    #[inline]
    pub fn mask(&self) -> Option<&'a [u8]> {
        self.0.bytes(ETHTOOL_A_BITSET_MASK)
    }
}

/// The `string` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct StringAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for StringAttrs<'a> {
    const SET: &'static AttrSet = &tables::STRING;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> StringAttrs<'a> {
    /// Indexes and checks a block of `string` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `ETHTOOL_A_STRING_INDEX`
    #[inline]
    pub fn index(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_STRING_INDEX)
    }

    /// `ETHTOOL_A_STRING_VALUE`
    #[inline]
    pub fn value(&self) -> Option<&'a str> {
        self.0.str(ETHTOOL_A_STRING_VALUE)
    }
}

/// The `strings` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Strings<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for Strings<'a> {
    const SET: &'static AttrSet = &tables::STRINGS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Strings<'a> {
    /// Indexes and checks a block of `strings` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `ETHTOOL_A_STRINGS_STRING`
    #[inline]
    pub fn string(&self) -> impl Iterator<Item = Result<StringAttrs<'a>, Error>> + 'a {
        self.0
            .all(ETHTOOL_A_STRINGS_STRING)
            .map(|a| StringAttrs::parse(a.nested()))
    }
}

/// The `stringset` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct StringsetAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for StringsetAttrs<'a> {
    const SET: &'static AttrSet = &tables::STRINGSET_SET;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> StringsetAttrs<'a> {
    /// Indexes and checks a block of `stringset` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `ETHTOOL_A_STRINGSET_ID`
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_STRINGSET_ID)
    }

    /// `ETHTOOL_A_STRINGSET_COUNT`
    #[inline]
    pub fn count(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_STRINGSET_COUNT)
    }

    /// `ETHTOOL_A_STRINGSET_STRINGS`
    #[inline]
    pub fn strings(&self) -> impl Iterator<Item = Result<Strings<'a>, Error>> + 'a {
        self.0
            .all(ETHTOOL_A_STRINGSET_STRINGS)
            .map(|a| Strings::parse(a.nested()))
    }
}

/// The `stringsets` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Stringsets<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for Stringsets<'a> {
    const SET: &'static AttrSet = &tables::STRINGSETS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Stringsets<'a> {
    /// Indexes and checks a block of `stringsets` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `ETHTOOL_A_STRINGSETS_STRINGSET`
    #[inline]
    pub fn stringset(&self) -> impl Iterator<Item = Result<StringsetAttrs<'a>, Error>> + 'a {
        self.0
            .all(ETHTOOL_A_STRINGSETS_STRINGSET)
            .map(|a| StringsetAttrs::parse(a.nested()))
    }
}

/// The `strset` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Strset<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for Strset<'a> {
    const SET: &'static AttrSet = &tables::STRSET;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Strset<'a> {
    /// Indexes and checks a block of `strset` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `ETHTOOL_A_STRSET_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_STRSET_HEADER)
    }

    /// `ETHTOOL_A_STRSET_STRINGSETS`
    #[inline]
    pub fn stringsets(&self) -> Result<Option<Stringsets<'a>>, Error> {
        self.0.nest(ETHTOOL_A_STRSET_STRINGSETS)
    }

    /// `ETHTOOL_A_STRSET_COUNTS_ONLY`
    #[inline]
    pub fn counts_only(&self) -> bool {
        self.0.flag(ETHTOOL_A_STRSET_COUNTS_ONLY)
    }
}

/// The `privflags` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Privflags<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for Privflags<'a> {
    const SET: &'static AttrSet = &tables::PRIVFLAGS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Privflags<'a> {
    /// Indexes and checks a block of `privflags` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `ETHTOOL_A_PRIVFLAGS_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_PRIVFLAGS_HEADER)
    }

    /// `ETHTOOL_A_PRIVFLAGS_FLAGS`
    #[inline]
    pub fn flags(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_PRIVFLAGS_FLAGS)
    }
}

/// The `rings` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Rings<'a>(Table<'a, 19>);

impl<'a> AttrView<'a> for Rings<'a> {
    const SET: &'static AttrSet = &tables::RINGS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Rings<'a> {
    /// Indexes and checks a block of `rings` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 19> {
        &self.0
    }

    /// `ETHTOOL_A_RINGS_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_RINGS_HEADER)
    }

    /// `ETHTOOL_A_RINGS_RX_MAX`
    #[inline]
    pub fn rx_max(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RINGS_RX_MAX)
    }

    /// `ETHTOOL_A_RINGS_RX_MINI_MAX`
    #[inline]
    pub fn rx_mini_max(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RINGS_RX_MINI_MAX)
    }

    /// `ETHTOOL_A_RINGS_RX_JUMBO_MAX`
    #[inline]
    pub fn rx_jumbo_max(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RINGS_RX_JUMBO_MAX)
    }

    /// `ETHTOOL_A_RINGS_TX_MAX`
    #[inline]
    pub fn tx_max(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RINGS_TX_MAX)
    }

    /// `ETHTOOL_A_RINGS_RX`
    #[inline]
    pub fn rx(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RINGS_RX)
    }

    /// `ETHTOOL_A_RINGS_RX_MINI`
    #[inline]
    pub fn rx_mini(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RINGS_RX_MINI)
    }

    /// `ETHTOOL_A_RINGS_RX_JUMBO`
    #[inline]
    pub fn rx_jumbo(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RINGS_RX_JUMBO)
    }

    /// `ETHTOOL_A_RINGS_TX`
    #[inline]
    pub fn tx(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RINGS_TX)
    }

    /// `ETHTOOL_A_RINGS_RX_BUF_LEN`
    #[inline]
    pub fn rx_buf_len(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RINGS_RX_BUF_LEN)
    }

    /// `ETHTOOL_A_RINGS_TCP_DATA_SPLIT`
    #[inline]
    pub fn tcp_data_split(&self) -> Option<TcpDataSplit> {
        self.0
            .u8(ETHTOOL_A_RINGS_TCP_DATA_SPLIT)
            .map(|v| TcpDataSplit::from_value(v as u32))
    }

    /// `ETHTOOL_A_RINGS_CQE_SIZE`
    #[inline]
    pub fn cqe_size(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RINGS_CQE_SIZE)
    }

    /// `ETHTOOL_A_RINGS_TX_PUSH`
    #[inline]
    pub fn tx_push(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_RINGS_TX_PUSH)
    }

    /// `ETHTOOL_A_RINGS_RX_PUSH`
    #[inline]
    pub fn rx_push(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_RINGS_RX_PUSH)
    }

    /// `ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN`
    #[inline]
    pub fn tx_push_buf_len(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN)
    }

    /// `ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN_MAX`
    #[inline]
    pub fn tx_push_buf_len_max(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN_MAX)
    }

    /// `ETHTOOL_A_RINGS_HDS_THRESH`
    #[inline]
    pub fn hds_thresh(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RINGS_HDS_THRESH)
    }

    /// `ETHTOOL_A_RINGS_HDS_THRESH_MAX`
    #[inline]
    pub fn hds_thresh_max(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RINGS_HDS_THRESH_MAX)
    }
}

/// MAC Merge (802.3)
#[derive(Debug, Clone)]
pub struct MmStat<'a>(Table<'a, 8>);

impl<'a> AttrView<'a> for MmStat<'a> {
    const SET: &'static AttrSet = &tables::MM_STAT;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> MmStat<'a> {
    /// Indexes and checks a block of `mm-stat` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 8> {
        &self.0
    }

    /// `ETHTOOL_A_MM_STAT_REASSEMBLY_ERRORS`: aMACMergeFrameAssErrorCount
    #[inline]
    pub fn reassembly_errors(&self) -> Option<u64> {
        self.0.u64(ETHTOOL_A_MM_STAT_REASSEMBLY_ERRORS)
    }

    /// `ETHTOOL_A_MM_STAT_SMD_ERRORS`: aMACMergeFrameSmdErrorCount
    #[inline]
    pub fn smd_errors(&self) -> Option<u64> {
        self.0.u64(ETHTOOL_A_MM_STAT_SMD_ERRORS)
    }

    /// `ETHTOOL_A_MM_STAT_REASSEMBLY_OK`: aMACMergeFrameAssOkCount
    #[inline]
    pub fn reassembly_ok(&self) -> Option<u64> {
        self.0.u64(ETHTOOL_A_MM_STAT_REASSEMBLY_OK)
    }

    /// `ETHTOOL_A_MM_STAT_RX_FRAG_COUNT`: aMACMergeFragCountRx
    #[inline]
    pub fn rx_frag_count(&self) -> Option<u64> {
        self.0.u64(ETHTOOL_A_MM_STAT_RX_FRAG_COUNT)
    }

    /// `ETHTOOL_A_MM_STAT_TX_FRAG_COUNT`: aMACMergeFragCountTx
    #[inline]
    pub fn tx_frag_count(&self) -> Option<u64> {
        self.0.u64(ETHTOOL_A_MM_STAT_TX_FRAG_COUNT)
    }

    /// `ETHTOOL_A_MM_STAT_HOLD_COUNT`: aMACMergeHoldCount
    #[inline]
    pub fn hold_count(&self) -> Option<u64> {
        self.0.u64(ETHTOOL_A_MM_STAT_HOLD_COUNT)
    }
}

/// The `mm` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Mm<'a>(Table<'a, 12>);

impl<'a> AttrView<'a> for Mm<'a> {
    const SET: &'static AttrSet = &tables::MM;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Mm<'a> {
    /// Indexes and checks a block of `mm` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 12> {
        &self.0
    }

    /// `ETHTOOL_A_MM_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_MM_HEADER)
    }

    /// `ETHTOOL_A_MM_PMAC_ENABLED`
    #[inline]
    pub fn pmac_enabled(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_MM_PMAC_ENABLED)
    }

    /// `ETHTOOL_A_MM_TX_ENABLED`
    #[inline]
    pub fn tx_enabled(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_MM_TX_ENABLED)
    }

    /// `ETHTOOL_A_MM_TX_ACTIVE`
    #[inline]
    pub fn tx_active(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_MM_TX_ACTIVE)
    }

    /// `ETHTOOL_A_MM_TX_MIN_FRAG_SIZE`
    #[inline]
    pub fn tx_min_frag_size(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_MM_TX_MIN_FRAG_SIZE)
    }

    /// `ETHTOOL_A_MM_RX_MIN_FRAG_SIZE`
    #[inline]
    pub fn rx_min_frag_size(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_MM_RX_MIN_FRAG_SIZE)
    }

    /// `ETHTOOL_A_MM_VERIFY_ENABLED`
    #[inline]
    pub fn verify_enabled(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_MM_VERIFY_ENABLED)
    }

    /// `ETHTOOL_A_MM_VERIFY_STATUS`
    #[inline]
    pub fn verify_status(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_MM_VERIFY_STATUS)
    }

    /// `ETHTOOL_A_MM_VERIFY_TIME`
    #[inline]
    pub fn verify_time(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_MM_VERIFY_TIME)
    }

    /// `ETHTOOL_A_MM_MAX_VERIFY_TIME`
    #[inline]
    pub fn max_verify_time(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_MM_MAX_VERIFY_TIME)
    }

    /// `ETHTOOL_A_MM_STATS`
    #[inline]
    pub fn stats(&self) -> Result<Option<MmStat<'a>>, Error> {
        self.0.nest(ETHTOOL_A_MM_STATS)
    }
}

/// The `linkinfo` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Linkinfo<'a>(Table<'a, 7>);

impl<'a> AttrView<'a> for Linkinfo<'a> {
    const SET: &'static AttrSet = &tables::LINKINFO;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Linkinfo<'a> {
    /// Indexes and checks a block of `linkinfo` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 7> {
        &self.0
    }

    /// `ETHTOOL_A_LINKINFO_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_LINKINFO_HEADER)
    }

    /// `ETHTOOL_A_LINKINFO_PORT`
    #[inline]
    pub fn port(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_LINKINFO_PORT)
    }

    /// `ETHTOOL_A_LINKINFO_PHYADDR`
    #[inline]
    pub fn phyaddr(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_LINKINFO_PHYADDR)
    }

    /// `ETHTOOL_A_LINKINFO_TP_MDIX`
    #[inline]
    pub fn tp_mdix(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_LINKINFO_TP_MDIX)
    }

    /// `ETHTOOL_A_LINKINFO_TP_MDIX_CTRL`
    #[inline]
    pub fn tp_mdix_ctrl(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_LINKINFO_TP_MDIX_CTRL)
    }

    /// `ETHTOOL_A_LINKINFO_TRANSCEIVER`
    #[inline]
    pub fn transceiver(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_LINKINFO_TRANSCEIVER)
    }
}

/// The `linkmodes` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Linkmodes<'a>(Table<'a, 11>);

impl<'a> AttrView<'a> for Linkmodes<'a> {
    const SET: &'static AttrSet = &tables::LINKMODES;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Linkmodes<'a> {
    /// Indexes and checks a block of `linkmodes` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 11> {
        &self.0
    }

    /// `ETHTOOL_A_LINKMODES_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_LINKMODES_HEADER)
    }

    /// `ETHTOOL_A_LINKMODES_AUTONEG`
    #[inline]
    pub fn autoneg(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_LINKMODES_AUTONEG)
    }

    /// `ETHTOOL_A_LINKMODES_OURS`
    #[inline]
    pub fn ours(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_LINKMODES_OURS)
    }

    /// `ETHTOOL_A_LINKMODES_PEER`
    #[inline]
    pub fn peer(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_LINKMODES_PEER)
    }

    /// `ETHTOOL_A_LINKMODES_SPEED`
    #[inline]
    pub fn speed(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_LINKMODES_SPEED)
    }

    /// `ETHTOOL_A_LINKMODES_DUPLEX`
    #[inline]
    pub fn duplex(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_LINKMODES_DUPLEX)
    }

    /// `ETHTOOL_A_LINKMODES_MASTER_SLAVE_CFG`
    #[inline]
    pub fn master_slave_cfg(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_LINKMODES_MASTER_SLAVE_CFG)
    }

    /// `ETHTOOL_A_LINKMODES_MASTER_SLAVE_STATE`
    #[inline]
    pub fn master_slave_state(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_LINKMODES_MASTER_SLAVE_STATE)
    }

    /// `ETHTOOL_A_LINKMODES_LANES`
    #[inline]
    pub fn lanes(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_LINKMODES_LANES)
    }

    /// `ETHTOOL_A_LINKMODES_RATE_MATCHING`
    #[inline]
    pub fn rate_matching(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_LINKMODES_RATE_MATCHING)
    }
}

/// The `linkstate` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Linkstate<'a>(Table<'a, 8>);

impl<'a> AttrView<'a> for Linkstate<'a> {
    const SET: &'static AttrSet = &tables::LINKSTATE;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Linkstate<'a> {
    /// Indexes and checks a block of `linkstate` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 8> {
        &self.0
    }

    /// `ETHTOOL_A_LINKSTATE_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_LINKSTATE_HEADER)
    }

    /// `ETHTOOL_A_LINKSTATE_LINK`
    #[inline]
    pub fn link(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_LINKSTATE_LINK)
    }

    /// `ETHTOOL_A_LINKSTATE_SQI`
    #[inline]
    pub fn sqi(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_LINKSTATE_SQI)
    }

    /// `ETHTOOL_A_LINKSTATE_SQI_MAX`
    #[inline]
    pub fn sqi_max(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_LINKSTATE_SQI_MAX)
    }

    /// `ETHTOOL_A_LINKSTATE_EXT_STATE`
    #[inline]
    pub fn ext_state(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_LINKSTATE_EXT_STATE)
    }

    /// `ETHTOOL_A_LINKSTATE_EXT_SUBSTATE`
    #[inline]
    pub fn ext_substate(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_LINKSTATE_EXT_SUBSTATE)
    }

    /// `ETHTOOL_A_LINKSTATE_EXT_DOWN_CNT`
    #[inline]
    pub fn ext_down_cnt(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_LINKSTATE_EXT_DOWN_CNT)
    }
}

/// The `debug` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Debug<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for Debug<'a> {
    const SET: &'static AttrSet = &tables::DEBUG;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Debug<'a> {
    /// Indexes and checks a block of `debug` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `ETHTOOL_A_DEBUG_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_DEBUG_HEADER)
    }

    /// `ETHTOOL_A_DEBUG_MSGMASK`
    #[inline]
    pub fn msgmask(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_DEBUG_MSGMASK)
    }
}

/// The `wol` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Wol<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for Wol<'a> {
    const SET: &'static AttrSet = &tables::WOL;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Wol<'a> {
    /// Indexes and checks a block of `wol` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `ETHTOOL_A_WOL_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_WOL_HEADER)
    }

    /// `ETHTOOL_A_WOL_MODES`
    #[inline]
    pub fn modes(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_WOL_MODES)
    }

    /// `ETHTOOL_A_WOL_SOPASS`
    #[inline]
    pub fn sopass(&self) -> Option<&'a [u8]> {
        self.0.bytes(ETHTOOL_A_WOL_SOPASS)
    }
}

/// The `features` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Features<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for Features<'a> {
    const SET: &'static AttrSet = &tables::FEATURES;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Features<'a> {
    /// Indexes and checks a block of `features` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `ETHTOOL_A_FEATURES_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_FEATURES_HEADER)
    }

    /// `ETHTOOL_A_FEATURES_HW`
    #[inline]
    pub fn hw(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_FEATURES_HW)
    }

    /// `ETHTOOL_A_FEATURES_WANTED`
    #[inline]
    pub fn wanted(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_FEATURES_WANTED)
    }

    /// `ETHTOOL_A_FEATURES_ACTIVE`
    #[inline]
    pub fn active(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_FEATURES_ACTIVE)
    }

    /// `ETHTOOL_A_FEATURES_NOCHANGE`
    #[inline]
    pub fn nochange(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_FEATURES_NOCHANGE)
    }
}

/// The `channels` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Channels<'a>(Table<'a, 10>);

impl<'a> AttrView<'a> for Channels<'a> {
    const SET: &'static AttrSet = &tables::CHANNELS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Channels<'a> {
    /// Indexes and checks a block of `channels` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 10> {
        &self.0
    }

    /// `ETHTOOL_A_CHANNELS_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_CHANNELS_HEADER)
    }

    /// `ETHTOOL_A_CHANNELS_RX_MAX`
    #[inline]
    pub fn rx_max(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_CHANNELS_RX_MAX)
    }

    /// `ETHTOOL_A_CHANNELS_TX_MAX`
    #[inline]
    pub fn tx_max(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_CHANNELS_TX_MAX)
    }

    /// `ETHTOOL_A_CHANNELS_OTHER_MAX`
    #[inline]
    pub fn other_max(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_CHANNELS_OTHER_MAX)
    }

    /// `ETHTOOL_A_CHANNELS_COMBINED_MAX`
    #[inline]
    pub fn combined_max(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_CHANNELS_COMBINED_MAX)
    }

    /// `ETHTOOL_A_CHANNELS_RX_COUNT`
    #[inline]
    pub fn rx_count(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_CHANNELS_RX_COUNT)
    }

    /// `ETHTOOL_A_CHANNELS_TX_COUNT`
    #[inline]
    pub fn tx_count(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_CHANNELS_TX_COUNT)
    }

    /// `ETHTOOL_A_CHANNELS_OTHER_COUNT`
    #[inline]
    pub fn other_count(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_CHANNELS_OTHER_COUNT)
    }

    /// `ETHTOOL_A_CHANNELS_COMBINED_COUNT`
    #[inline]
    pub fn combined_count(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_CHANNELS_COMBINED_COUNT)
    }
}

/// The `irq-moderation` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct IrqModeration<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for IrqModeration<'a> {
    const SET: &'static AttrSet = &tables::IRQ_MODERATION;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> IrqModeration<'a> {
    /// Indexes and checks a block of `irq-moderation` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `ETHTOOL_A_IRQ_MODERATION_USEC`
    #[inline]
    pub fn usec(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_IRQ_MODERATION_USEC)
    }

    /// `ETHTOOL_A_IRQ_MODERATION_PKTS`
    #[inline]
    pub fn pkts(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_IRQ_MODERATION_PKTS)
    }

    /// `ETHTOOL_A_IRQ_MODERATION_COMPS`
    #[inline]
    pub fn comps(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_IRQ_MODERATION_COMPS)
    }
}

/// The `profile` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Profile<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for Profile<'a> {
    const SET: &'static AttrSet = &tables::PROFILE;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Profile<'a> {
    /// Indexes and checks a block of `profile` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `ETHTOOL_A_PROFILE_IRQ_MODERATION`
    #[inline]
    pub fn irq_moderation(&self) -> impl Iterator<Item = Result<IrqModeration<'a>, Error>> + 'a {
        self.0
            .all(ETHTOOL_A_PROFILE_IRQ_MODERATION)
            .map(|a| IrqModeration::parse(a.nested()))
    }
}

/// The `coalesce` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Coalesce<'a>(Table<'a, 33>);

impl<'a> AttrView<'a> for Coalesce<'a> {
    const SET: &'static AttrSet = &tables::COALESCE;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Coalesce<'a> {
    /// Indexes and checks a block of `coalesce` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 33> {
        &self.0
    }

    /// `ETHTOOL_A_COALESCE_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_COALESCE_HEADER)
    }

    /// `ETHTOOL_A_COALESCE_RX_USECS`
    #[inline]
    pub fn rx_usecs(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_RX_USECS)
    }

    /// `ETHTOOL_A_COALESCE_RX_MAX_FRAMES`
    #[inline]
    pub fn rx_max_frames(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_RX_MAX_FRAMES)
    }

    /// `ETHTOOL_A_COALESCE_RX_USECS_IRQ`
    #[inline]
    pub fn rx_usecs_irq(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_RX_USECS_IRQ)
    }

    /// `ETHTOOL_A_COALESCE_RX_MAX_FRAMES_IRQ`
    #[inline]
    pub fn rx_max_frames_irq(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_RX_MAX_FRAMES_IRQ)
    }

    /// `ETHTOOL_A_COALESCE_TX_USECS`
    #[inline]
    pub fn tx_usecs(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_TX_USECS)
    }

    /// `ETHTOOL_A_COALESCE_TX_MAX_FRAMES`
    #[inline]
    pub fn tx_max_frames(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_TX_MAX_FRAMES)
    }

    /// `ETHTOOL_A_COALESCE_TX_USECS_IRQ`
    #[inline]
    pub fn tx_usecs_irq(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_TX_USECS_IRQ)
    }

    /// `ETHTOOL_A_COALESCE_TX_MAX_FRAMES_IRQ`
    #[inline]
    pub fn tx_max_frames_irq(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_TX_MAX_FRAMES_IRQ)
    }

    /// `ETHTOOL_A_COALESCE_STATS_BLOCK_USECS`
    #[inline]
    pub fn stats_block_usecs(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_STATS_BLOCK_USECS)
    }

    /// `ETHTOOL_A_COALESCE_USE_ADAPTIVE_RX`
    #[inline]
    pub fn use_adaptive_rx(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_COALESCE_USE_ADAPTIVE_RX)
    }

    /// `ETHTOOL_A_COALESCE_USE_ADAPTIVE_TX`
    #[inline]
    pub fn use_adaptive_tx(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_COALESCE_USE_ADAPTIVE_TX)
    }

    /// `ETHTOOL_A_COALESCE_PKT_RATE_LOW`
    #[inline]
    pub fn pkt_rate_low(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_PKT_RATE_LOW)
    }

    /// `ETHTOOL_A_COALESCE_RX_USECS_LOW`
    #[inline]
    pub fn rx_usecs_low(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_RX_USECS_LOW)
    }

    /// `ETHTOOL_A_COALESCE_RX_MAX_FRAMES_LOW`
    #[inline]
    pub fn rx_max_frames_low(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_RX_MAX_FRAMES_LOW)
    }

    /// `ETHTOOL_A_COALESCE_TX_USECS_LOW`
    #[inline]
    pub fn tx_usecs_low(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_TX_USECS_LOW)
    }

    /// `ETHTOOL_A_COALESCE_TX_MAX_FRAMES_LOW`
    #[inline]
    pub fn tx_max_frames_low(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_TX_MAX_FRAMES_LOW)
    }

    /// `ETHTOOL_A_COALESCE_PKT_RATE_HIGH`
    #[inline]
    pub fn pkt_rate_high(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_PKT_RATE_HIGH)
    }

    /// `ETHTOOL_A_COALESCE_RX_USECS_HIGH`
    #[inline]
    pub fn rx_usecs_high(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_RX_USECS_HIGH)
    }

    /// `ETHTOOL_A_COALESCE_RX_MAX_FRAMES_HIGH`
    #[inline]
    pub fn rx_max_frames_high(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_RX_MAX_FRAMES_HIGH)
    }

    /// `ETHTOOL_A_COALESCE_TX_USECS_HIGH`
    #[inline]
    pub fn tx_usecs_high(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_TX_USECS_HIGH)
    }

    /// `ETHTOOL_A_COALESCE_TX_MAX_FRAMES_HIGH`
    #[inline]
    pub fn tx_max_frames_high(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_TX_MAX_FRAMES_HIGH)
    }

    /// `ETHTOOL_A_COALESCE_RATE_SAMPLE_INTERVAL`
    #[inline]
    pub fn rate_sample_interval(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_RATE_SAMPLE_INTERVAL)
    }

    /// `ETHTOOL_A_COALESCE_USE_CQE_MODE_TX`
    #[inline]
    pub fn use_cqe_mode_tx(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_COALESCE_USE_CQE_MODE_TX)
    }

    /// `ETHTOOL_A_COALESCE_USE_CQE_MODE_RX`
    #[inline]
    pub fn use_cqe_mode_rx(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_COALESCE_USE_CQE_MODE_RX)
    }

    /// `ETHTOOL_A_COALESCE_TX_AGGR_MAX_BYTES`
    #[inline]
    pub fn tx_aggr_max_bytes(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_TX_AGGR_MAX_BYTES)
    }

    /// `ETHTOOL_A_COALESCE_TX_AGGR_MAX_FRAMES`
    #[inline]
    pub fn tx_aggr_max_frames(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_TX_AGGR_MAX_FRAMES)
    }

    /// `ETHTOOL_A_COALESCE_TX_AGGR_TIME_USECS`
    #[inline]
    pub fn tx_aggr_time_usecs(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_TX_AGGR_TIME_USECS)
    }

    /// `ETHTOOL_A_COALESCE_RX_PROFILE`
    #[inline]
    pub fn rx_profile(&self) -> Result<Option<Profile<'a>>, Error> {
        self.0.nest(ETHTOOL_A_COALESCE_RX_PROFILE)
    }

    /// `ETHTOOL_A_COALESCE_TX_PROFILE`
    #[inline]
    pub fn tx_profile(&self) -> Result<Option<Profile<'a>>, Error> {
        self.0.nest(ETHTOOL_A_COALESCE_TX_PROFILE)
    }

    /// `ETHTOOL_A_COALESCE_RX_CQE_FRAMES`
    #[inline]
    pub fn rx_cqe_frames(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_RX_CQE_FRAMES)
    }

    /// `ETHTOOL_A_COALESCE_RX_CQE_NSECS`
    #[inline]
    pub fn rx_cqe_nsecs(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_COALESCE_RX_CQE_NSECS)
    }
}

/// The `pause-stat` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct PauseStat<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for PauseStat<'a> {
    const SET: &'static AttrSet = &tables::PAUSE_STAT;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> PauseStat<'a> {
    /// Indexes and checks a block of `pause-stat` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `ETHTOOL_A_PAUSE_STAT_TX_FRAMES`
    #[inline]
    pub fn tx_frames(&self) -> Option<u64> {
        self.0.u64(ETHTOOL_A_PAUSE_STAT_TX_FRAMES)
    }

    /// `ETHTOOL_A_PAUSE_STAT_RX_FRAMES`
    #[inline]
    pub fn rx_frames(&self) -> Option<u64> {
        self.0.u64(ETHTOOL_A_PAUSE_STAT_RX_FRAMES)
    }

    /// `ETHTOOL_A_PAUSE_STAT_TX_PAUSE_STORM_EVENTS`: TX pause storm event count. Increments each time device detects that its pause assertion condition has been true for too long for normal operation. As a result, the device has temporarily disabled its own Pause TX function to protect the network from itself. This counter should never increment under normal overload conditions; it indicates catastrophic failure like an OS crash. The rate of incrementing is implementation specific.
    #[inline]
    pub fn tx_pause_storm_events(&self) -> Option<u64> {
        self.0.u64(ETHTOOL_A_PAUSE_STAT_TX_PAUSE_STORM_EVENTS)
    }
}

/// The `pause` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Pause<'a>(Table<'a, 7>);

impl<'a> AttrView<'a> for Pause<'a> {
    const SET: &'static AttrSet = &tables::PAUSE;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Pause<'a> {
    /// Indexes and checks a block of `pause` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 7> {
        &self.0
    }

    /// `ETHTOOL_A_PAUSE_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_PAUSE_HEADER)
    }

    /// `ETHTOOL_A_PAUSE_AUTONEG`
    #[inline]
    pub fn autoneg(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_PAUSE_AUTONEG)
    }

    /// `ETHTOOL_A_PAUSE_RX`
    #[inline]
    pub fn rx(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_PAUSE_RX)
    }

    /// `ETHTOOL_A_PAUSE_TX`
    #[inline]
    pub fn tx(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_PAUSE_TX)
    }

    /// `ETHTOOL_A_PAUSE_STATS`
    #[inline]
    pub fn stats(&self) -> Result<Option<PauseStat<'a>>, Error> {
        self.0.nest(ETHTOOL_A_PAUSE_STATS)
    }

    /// `ETHTOOL_A_PAUSE_STATS_SRC`
    #[inline]
    pub fn stats_src(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PAUSE_STATS_SRC)
    }
}

/// The `eee` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Eee<'a>(Table<'a, 8>);

impl<'a> AttrView<'a> for Eee<'a> {
    const SET: &'static AttrSet = &tables::EEE;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Eee<'a> {
    /// Indexes and checks a block of `eee` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 8> {
        &self.0
    }

    /// `ETHTOOL_A_EEE_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_EEE_HEADER)
    }

    /// `ETHTOOL_A_EEE_MODES_OURS`
    #[inline]
    pub fn modes_ours(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_EEE_MODES_OURS)
    }

    /// `ETHTOOL_A_EEE_MODES_PEER`
    #[inline]
    pub fn modes_peer(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_EEE_MODES_PEER)
    }

    /// `ETHTOOL_A_EEE_ACTIVE`
    #[inline]
    pub fn active(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_EEE_ACTIVE)
    }

    /// `ETHTOOL_A_EEE_ENABLED`
    #[inline]
    pub fn enabled(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_EEE_ENABLED)
    }

    /// `ETHTOOL_A_EEE_TX_LPI_ENABLED`
    #[inline]
    pub fn tx_lpi_enabled(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_EEE_TX_LPI_ENABLED)
    }

    /// `ETHTOOL_A_EEE_TX_LPI_TIMER`
    #[inline]
    pub fn tx_lpi_timer(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_EEE_TX_LPI_TIMER)
    }
}

/// The `ts-stat` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TsStat<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for TsStat<'a> {
    const SET: &'static AttrSet = &tables::TS_STAT;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> TsStat<'a> {
    /// Indexes and checks a block of `ts-stat` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `ETHTOOL_A_TS_STAT_TX_PKTS`
    #[inline]
    pub fn tx_pkts(&self) -> Option<u64> {
        self.0.uint(ETHTOOL_A_TS_STAT_TX_PKTS)
    }

    /// `ETHTOOL_A_TS_STAT_TX_LOST`
    #[inline]
    pub fn tx_lost(&self) -> Option<u64> {
        self.0.uint(ETHTOOL_A_TS_STAT_TX_LOST)
    }

    /// `ETHTOOL_A_TS_STAT_TX_ERR`
    #[inline]
    pub fn tx_err(&self) -> Option<u64> {
        self.0.uint(ETHTOOL_A_TS_STAT_TX_ERR)
    }

    /// `ETHTOOL_A_TS_STAT_TX_ONESTEP_PKTS_UNCONFIRMED`
    #[inline]
    pub fn tx_onestep_pkts_unconfirmed(&self) -> Option<u64> {
        self.0.uint(ETHTOOL_A_TS_STAT_TX_ONESTEP_PKTS_UNCONFIRMED)
    }
}

/// The `ts-hwtstamp-provider` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TsHwtstampProvider<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for TsHwtstampProvider<'a> {
    const SET: &'static AttrSet = &tables::TS_HWTSTAMP_PROVIDER;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> TsHwtstampProvider<'a> {
    /// Indexes and checks a block of `ts-hwtstamp-provider` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `ETHTOOL_A_TS_HWTSTAMP_PROVIDER_INDEX`
    #[inline]
    pub fn index(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_TS_HWTSTAMP_PROVIDER_INDEX)
    }

    /// `ETHTOOL_A_TS_HWTSTAMP_PROVIDER_QUALIFIER`
    #[inline]
    pub fn qualifier(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_TS_HWTSTAMP_PROVIDER_QUALIFIER)
    }
}

/// The `tsinfo` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Tsinfo<'a>(Table<'a, 10>);

impl<'a> AttrView<'a> for Tsinfo<'a> {
    const SET: &'static AttrSet = &tables::TSINFO;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Tsinfo<'a> {
    /// Indexes and checks a block of `tsinfo` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 10> {
        &self.0
    }

    /// `ETHTOOL_A_TSINFO_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TSINFO_HEADER)
    }

    /// `ETHTOOL_A_TSINFO_TIMESTAMPING`
    #[inline]
    pub fn timestamping(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TSINFO_TIMESTAMPING)
    }

    /// `ETHTOOL_A_TSINFO_TX_TYPES`
    #[inline]
    pub fn tx_types(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TSINFO_TX_TYPES)
    }

    /// `ETHTOOL_A_TSINFO_RX_FILTERS`
    #[inline]
    pub fn rx_filters(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TSINFO_RX_FILTERS)
    }

    /// `ETHTOOL_A_TSINFO_PHC_INDEX`
    #[inline]
    pub fn phc_index(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_TSINFO_PHC_INDEX)
    }

    /// `ETHTOOL_A_TSINFO_STATS`
    #[inline]
    pub fn stats(&self) -> Result<Option<TsStat<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TSINFO_STATS)
    }

    /// `ETHTOOL_A_TSINFO_HWTSTAMP_PROVIDER`
    #[inline]
    pub fn hwtstamp_provider(&self) -> Result<Option<TsHwtstampProvider<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TSINFO_HWTSTAMP_PROVIDER)
    }

    /// `ETHTOOL_A_TSINFO_HWTSTAMP_SOURCE`
    #[inline]
    pub fn hwtstamp_source(&self) -> Option<HwtstampSource> {
        self.0
            .u32(ETHTOOL_A_TSINFO_HWTSTAMP_SOURCE)
            .map(|v| HwtstampSource::from_value(v as u32))
    }

    /// `ETHTOOL_A_TSINFO_HWTSTAMP_PHYINDEX`
    #[inline]
    pub fn hwtstamp_phyindex(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_TSINFO_HWTSTAMP_PHYINDEX)
    }
}

/// The `cable-result` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CableResult<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for CableResult<'a> {
    const SET: &'static AttrSet = &tables::CABLE_RESULT;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> CableResult<'a> {
    /// Indexes and checks a block of `cable-result` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `ETHTOOL_A_CABLE_RESULT_PAIR`: ETHTOOL_A_CABLE_PAIR
    #[inline]
    pub fn pair(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_CABLE_RESULT_PAIR)
    }

    /// `ETHTOOL_A_CABLE_RESULT_CODE`: ETHTOOL_A_CABLE_RESULT_CODE
    #[inline]
    pub fn code(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_CABLE_RESULT_CODE)
    }

    /// `ETHTOOL_A_CABLE_RESULT_SRC`: ETHTOOL_A_CABLE_INF_SRC
    #[inline]
    pub fn src(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_CABLE_RESULT_SRC)
    }
}

/// The `cable-fault-length` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CableFaultLength<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for CableFaultLength<'a> {
    const SET: &'static AttrSet = &tables::CABLE_FAULT_LENGTH;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> CableFaultLength<'a> {
    /// Indexes and checks a block of `cable-fault-length` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `ETHTOOL_A_CABLE_FAULT_LENGTH_PAIR`
    #[inline]
    pub fn pair(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_CABLE_FAULT_LENGTH_PAIR)
    }

    /// `ETHTOOL_A_CABLE_FAULT_LENGTH_CM`
    #[inline]
    pub fn cm(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_CABLE_FAULT_LENGTH_CM)
    }

    /// `ETHTOOL_A_CABLE_FAULT_LENGTH_SRC`
    #[inline]
    pub fn src(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_CABLE_FAULT_LENGTH_SRC)
    }
}

/// The `cable-nest` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CableNest<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for CableNest<'a> {
    const SET: &'static AttrSet = &tables::CABLE_NEST;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> CableNest<'a> {
    /// Indexes and checks a block of `cable-nest` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `ETHTOOL_A_CABLE_NEST_RESULT`
    #[inline]
    pub fn result(&self) -> Result<Option<CableResult<'a>>, Error> {
        self.0.nest(ETHTOOL_A_CABLE_NEST_RESULT)
    }

    /// `ETHTOOL_A_CABLE_NEST_FAULT_LENGTH`
    #[inline]
    pub fn fault_length(&self) -> Result<Option<CableFaultLength<'a>>, Error> {
        self.0.nest(ETHTOOL_A_CABLE_NEST_FAULT_LENGTH)
    }
}

/// The `cable-test` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CableTest<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for CableTest<'a> {
    const SET: &'static AttrSet = &tables::CABLE_TEST;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> CableTest<'a> {
    /// Indexes and checks a block of `cable-test` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `ETHTOOL_A_CABLE_TEST_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_CABLE_TEST_HEADER)
    }
}

/// The `cable-test-ntf` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CableTestNtf<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for CableTestNtf<'a> {
    const SET: &'static AttrSet = &tables::CABLE_TEST_NTF;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> CableTestNtf<'a> {
    /// Indexes and checks a block of `cable-test-ntf` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `ETHTOOL_A_CABLE_TEST_NTF_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_CABLE_TEST_NTF_HEADER)
    }

    /// `ETHTOOL_A_CABLE_TEST_NTF_STATUS`: _STARTED/_COMPLETE
    #[inline]
    pub fn status(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_CABLE_TEST_NTF_STATUS)
    }

    /// `ETHTOOL_A_CABLE_TEST_NTF_NEST`
    #[inline]
    pub fn nest(&self) -> Result<Option<CableNest<'a>>, Error> {
        self.0.nest(ETHTOOL_A_CABLE_TEST_NTF_NEST)
    }
}

/// The `cable-test-tdr-cfg` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CableTestTdrCfg<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for CableTestTdrCfg<'a> {
    const SET: &'static AttrSet = &tables::CABLE_TEST_TDR_CFG;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> CableTestTdrCfg<'a> {
    /// Indexes and checks a block of `cable-test-tdr-cfg` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `ETHTOOL_A_CABLE_TEST_TDR_CFG_FIRST`
    #[inline]
    pub fn first(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_CABLE_TEST_TDR_CFG_FIRST)
    }

    /// `ETHTOOL_A_CABLE_TEST_TDR_CFG_LAST`
    #[inline]
    pub fn last(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_CABLE_TEST_TDR_CFG_LAST)
    }

    /// `ETHTOOL_A_CABLE_TEST_TDR_CFG_STEP`
    #[inline]
    pub fn step(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_CABLE_TEST_TDR_CFG_STEP)
    }

    /// `ETHTOOL_A_CABLE_TEST_TDR_CFG_PAIR`
    #[inline]
    pub fn pair(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_CABLE_TEST_TDR_CFG_PAIR)
    }
}

/// The `cable-test-tdr-ntf` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CableTestTdrNtf<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for CableTestTdrNtf<'a> {
    const SET: &'static AttrSet = &tables::CABLE_TEST_TDR_NTF;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> CableTestTdrNtf<'a> {
    /// Indexes and checks a block of `cable-test-tdr-ntf` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `ETHTOOL_A_CABLE_TEST_TDR_NTF_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_CABLE_TEST_TDR_NTF_HEADER)
    }

    /// `ETHTOOL_A_CABLE_TEST_TDR_NTF_STATUS`
    #[inline]
    pub fn status(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_CABLE_TEST_TDR_NTF_STATUS)
    }

    /// `ETHTOOL_A_CABLE_TEST_TDR_NTF_NEST`
    #[inline]
    pub fn nest(&self) -> Result<Option<CableNest<'a>>, Error> {
        self.0.nest(ETHTOOL_A_CABLE_TEST_TDR_NTF_NEST)
    }
}

/// The `cable-test-tdr` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CableTestTdr<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for CableTestTdr<'a> {
    const SET: &'static AttrSet = &tables::CABLE_TEST_TDR;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> CableTestTdr<'a> {
    /// Indexes and checks a block of `cable-test-tdr` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `ETHTOOL_A_CABLE_TEST_TDR_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_CABLE_TEST_TDR_HEADER)
    }

    /// `ETHTOOL_A_CABLE_TEST_TDR_CFG`
    #[inline]
    pub fn cfg(&self) -> Result<Option<CableTestTdrCfg<'a>>, Error> {
        self.0.nest(ETHTOOL_A_CABLE_TEST_TDR_CFG)
    }
}

/// The `tunnel-udp-entry` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TunnelUdpEntry<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for TunnelUdpEntry<'a> {
    const SET: &'static AttrSet = &tables::TUNNEL_UDP_ENTRY;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> TunnelUdpEntry<'a> {
    /// Indexes and checks a block of `tunnel-udp-entry` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `ETHTOOL_A_TUNNEL_UDP_ENTRY_PORT`
    #[inline]
    pub fn port(&self) -> Option<u16> {
        self.0.u16_be(ETHTOOL_A_TUNNEL_UDP_ENTRY_PORT)
    }

    /// `ETHTOOL_A_TUNNEL_UDP_ENTRY_TYPE`
    #[inline]
    pub fn type_(&self) -> Option<UdpTunnelType> {
        self.0
            .u32(ETHTOOL_A_TUNNEL_UDP_ENTRY_TYPE)
            .map(|v| UdpTunnelType::from_value(v as u32))
    }
}

/// The `tunnel-udp-table` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TunnelUdpTable<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for TunnelUdpTable<'a> {
    const SET: &'static AttrSet = &tables::TUNNEL_UDP_TABLE;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> TunnelUdpTable<'a> {
    /// Indexes and checks a block of `tunnel-udp-table` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `ETHTOOL_A_TUNNEL_UDP_TABLE_SIZE`
    #[inline]
    pub fn size(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_TUNNEL_UDP_TABLE_SIZE)
    }

    /// `ETHTOOL_A_TUNNEL_UDP_TABLE_TYPES`
    #[inline]
    pub fn types(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TUNNEL_UDP_TABLE_TYPES)
    }

    /// `ETHTOOL_A_TUNNEL_UDP_TABLE_ENTRY`
    #[inline]
    pub fn entry(&self) -> impl Iterator<Item = Result<TunnelUdpEntry<'a>, Error>> + 'a {
        self.0
            .all(ETHTOOL_A_TUNNEL_UDP_TABLE_ENTRY)
            .map(|a| TunnelUdpEntry::parse(a.nested()))
    }
}

/// The `tunnel-udp` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TunnelUdp<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for TunnelUdp<'a> {
    const SET: &'static AttrSet = &tables::TUNNEL_UDP;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> TunnelUdp<'a> {
    /// Indexes and checks a block of `tunnel-udp` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `ETHTOOL_A_TUNNEL_UDP_TABLE`
    #[inline]
    pub fn table_attr(&self) -> Result<Option<TunnelUdpTable<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TUNNEL_UDP_TABLE)
    }
}

/// The `tunnel-info` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TunnelInfo<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for TunnelInfo<'a> {
    const SET: &'static AttrSet = &tables::TUNNEL_INFO;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> TunnelInfo<'a> {
    /// Indexes and checks a block of `tunnel-info` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `ETHTOOL_A_TUNNEL_INFO_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TUNNEL_INFO_HEADER)
    }

    /// `ETHTOOL_A_TUNNEL_INFO_UDP_PORTS`
    #[inline]
    pub fn udp_ports(&self) -> Result<Option<TunnelUdp<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TUNNEL_INFO_UDP_PORTS)
    }
}

/// The `fec-hist` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FecHist<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for FecHist<'a> {
    const SET: &'static AttrSet = &tables::FEC_HIST;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> FecHist<'a> {
    /// Indexes and checks a block of `fec-hist` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `ETHTOOL_A_FEC_HIST_BIN_LOW`: Low bound of FEC bin (inclusive)
    #[inline]
    pub fn bin_low(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_FEC_HIST_BIN_LOW)
    }

    /// `ETHTOOL_A_FEC_HIST_BIN_HIGH`: High bound of FEC bin (inclusive)
    #[inline]
    pub fn bin_high(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_FEC_HIST_BIN_HIGH)
    }

    /// `ETHTOOL_A_FEC_HIST_BIN_VAL`: Error count in the bin (optional if per-lane values exist)
    #[inline]
    pub fn bin_val(&self) -> Option<u64> {
        self.0.uint(ETHTOOL_A_FEC_HIST_BIN_VAL)
    }

    /// `ETHTOOL_A_FEC_HIST_BIN_VAL_PER_LANE`: An array of per-lane error counters in the bin (optional)
    #[inline]
    pub fn bin_val_per_lane(&self) -> Option<&'a [u8]> {
        self.0.bytes(ETHTOOL_A_FEC_HIST_BIN_VAL_PER_LANE)
    }
}

/// The `fec-stat` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FecStat<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for FecStat<'a> {
    const SET: &'static AttrSet = &tables::FEC_STAT;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> FecStat<'a> {
    /// Indexes and checks a block of `fec-stat` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `ETHTOOL_A_FEC_STAT_CORRECTED`
    #[inline]
    pub fn corrected(&self) -> Option<&'a [u8]> {
        self.0.bytes(ETHTOOL_A_FEC_STAT_CORRECTED)
    }

    /// `ETHTOOL_A_FEC_STAT_UNCORR`
    #[inline]
    pub fn uncorr(&self) -> Option<&'a [u8]> {
        self.0.bytes(ETHTOOL_A_FEC_STAT_UNCORR)
    }

    /// `ETHTOOL_A_FEC_STAT_CORR_BITS`
    #[inline]
    pub fn corr_bits(&self) -> Option<&'a [u8]> {
        self.0.bytes(ETHTOOL_A_FEC_STAT_CORR_BITS)
    }

    /// `ETHTOOL_A_FEC_STAT_HIST`
    #[inline]
    pub fn hist(&self) -> impl Iterator<Item = Result<FecHist<'a>, Error>> + 'a {
        self.0
            .all(ETHTOOL_A_FEC_STAT_HIST)
            .map(|a| FecHist::parse(a.nested()))
    }
}

/// The `fec` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Fec<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for Fec<'a> {
    const SET: &'static AttrSet = &tables::FEC;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Fec<'a> {
    /// Indexes and checks a block of `fec` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `ETHTOOL_A_FEC_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_FEC_HEADER)
    }

    /// `ETHTOOL_A_FEC_MODES`
    #[inline]
    pub fn modes(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_FEC_MODES)
    }

    /// `ETHTOOL_A_FEC_AUTO`
    #[inline]
    pub fn auto(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_FEC_AUTO)
    }

    /// `ETHTOOL_A_FEC_ACTIVE`
    #[inline]
    pub fn active(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_FEC_ACTIVE)
    }

    /// `ETHTOOL_A_FEC_STATS`
    #[inline]
    pub fn stats(&self) -> Result<Option<FecStat<'a>>, Error> {
        self.0.nest(ETHTOOL_A_FEC_STATS)
    }
}

/// The `module-eeprom` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ModuleEeprom<'a>(Table<'a, 8>);

impl<'a> AttrView<'a> for ModuleEeprom<'a> {
    const SET: &'static AttrSet = &tables::MODULE_EEPROM;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> ModuleEeprom<'a> {
    /// Indexes and checks a block of `module-eeprom` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 8> {
        &self.0
    }

    /// `ETHTOOL_A_MODULE_EEPROM_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_MODULE_EEPROM_HEADER)
    }

    /// `ETHTOOL_A_MODULE_EEPROM_OFFSET`
    #[inline]
    pub fn offset(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_MODULE_EEPROM_OFFSET)
    }

    /// `ETHTOOL_A_MODULE_EEPROM_LENGTH`
    #[inline]
    pub fn length(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_MODULE_EEPROM_LENGTH)
    }

    /// `ETHTOOL_A_MODULE_EEPROM_PAGE`
    #[inline]
    pub fn page(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_MODULE_EEPROM_PAGE)
    }

    /// `ETHTOOL_A_MODULE_EEPROM_BANK`
    #[inline]
    pub fn bank(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_MODULE_EEPROM_BANK)
    }

    /// `ETHTOOL_A_MODULE_EEPROM_I2C_ADDRESS`
    #[inline]
    pub fn i2c_address(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_MODULE_EEPROM_I2C_ADDRESS)
    }

    /// `ETHTOOL_A_MODULE_EEPROM_DATA`
    #[inline]
    pub fn data(&self) -> Option<&'a [u8]> {
        self.0.bytes(ETHTOOL_A_MODULE_EEPROM_DATA)
    }
}

/// The `stats-grp` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct StatsGrp<'a>(Table<'a, 10>);

impl<'a> AttrView<'a> for StatsGrp<'a> {
    const SET: &'static AttrSet = &tables::STATS_GRP;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> StatsGrp<'a> {
    /// Indexes and checks a block of `stats-grp` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 10> {
        &self.0
    }

    /// `ETHTOOL_A_STATS_GRP_ID`
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_STATS_GRP_ID)
    }

    /// `ETHTOOL_A_STATS_GRP_SS_ID`
    #[inline]
    pub fn ss_id(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_STATS_GRP_SS_ID)
    }

    /// `ETHTOOL_A_STATS_GRP_STAT`
    #[inline]
    pub fn stat(&self) -> Option<u64> {
        self.0.u64(ETHTOOL_A_STATS_GRP_STAT)
    }

    /// `ETHTOOL_A_STATS_GRP_HIST_RX`
    #[inline]
    pub fn hist_rx(&self) -> Result<Option<StatsGrp<'a>>, Error> {
        self.0.nest(ETHTOOL_A_STATS_GRP_HIST_RX)
    }

    /// `ETHTOOL_A_STATS_GRP_HIST_TX`
    #[inline]
    pub fn hist_tx(&self) -> Result<Option<StatsGrp<'a>>, Error> {
        self.0.nest(ETHTOOL_A_STATS_GRP_HIST_TX)
    }

    /// `ETHTOOL_A_STATS_GRP_HIST_BKT_LOW`
    #[inline]
    pub fn hist_bkt_low(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_STATS_GRP_HIST_BKT_LOW)
    }

    /// `ETHTOOL_A_STATS_GRP_HIST_BKT_HI`
    #[inline]
    pub fn hist_bkt_hi(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_STATS_GRP_HIST_BKT_HI)
    }

    /// `ETHTOOL_A_STATS_GRP_HIST_VAL`
    #[inline]
    pub fn hist_val(&self) -> Option<u64> {
        self.0.u64(ETHTOOL_A_STATS_GRP_HIST_VAL)
    }
}

/// The `stats` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Stats<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for Stats<'a> {
    const SET: &'static AttrSet = &tables::STATS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `ETHTOOL_A_STATS_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_STATS_HEADER)
    }

    /// `ETHTOOL_A_STATS_GROUPS`
    #[inline]
    pub fn groups(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_STATS_GROUPS)
    }

    /// `ETHTOOL_A_STATS_GRP`
    #[inline]
    pub fn grp(&self) -> Result<Option<StatsGrp<'a>>, Error> {
        self.0.nest(ETHTOOL_A_STATS_GRP)
    }

    /// `ETHTOOL_A_STATS_SRC`
    #[inline]
    pub fn src(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_STATS_SRC)
    }
}

/// The `phc-vclocks` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct PhcVclocks<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for PhcVclocks<'a> {
    const SET: &'static AttrSet = &tables::PHC_VCLOCKS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> PhcVclocks<'a> {
    /// Indexes and checks a block of `phc-vclocks` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `ETHTOOL_A_PHC_VCLOCKS_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_PHC_VCLOCKS_HEADER)
    }

    /// `ETHTOOL_A_PHC_VCLOCKS_NUM`
    #[inline]
    pub fn num(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PHC_VCLOCKS_NUM)
    }

    /// `ETHTOOL_A_PHC_VCLOCKS_INDEX`
    #[inline]
    pub fn index(&self) -> Option<&'a [u8]> {
        self.0.bytes(ETHTOOL_A_PHC_VCLOCKS_INDEX)
    }
}

/// The `module` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Module<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for Module<'a> {
    const SET: &'static AttrSet = &tables::MODULE;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Module<'a> {
    /// Indexes and checks a block of `module` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `ETHTOOL_A_MODULE_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_MODULE_HEADER)
    }

    /// `ETHTOOL_A_MODULE_POWER_MODE_POLICY`
    #[inline]
    pub fn power_mode_policy(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_MODULE_POWER_MODE_POLICY)
    }

    /// `ETHTOOL_A_MODULE_POWER_MODE`
    #[inline]
    pub fn power_mode(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_MODULE_POWER_MODE)
    }
}

/// The `c33-pse-pw-limit` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct C33PsePwLimit<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for C33PsePwLimit<'a> {
    const SET: &'static AttrSet = &tables::C33_PSE_PW_LIMIT;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> C33PsePwLimit<'a> {
    /// Indexes and checks a block of `c33-pse-pw-limit` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `ETHTOOL_A_C33_PSE_PW_LIMIT_MIN`
    #[inline]
    pub fn min(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_C33_PSE_PW_LIMIT_MIN)
    }

    /// `ETHTOOL_A_C33_PSE_PW_LIMIT_MAX`
    #[inline]
    pub fn max(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_C33_PSE_PW_LIMIT_MAX)
    }
}

/// The `pse` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Pse<'a>(Table<'a, 17>);

impl<'a> AttrView<'a> for Pse<'a> {
    const SET: &'static AttrSet = &tables::PSE;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Pse<'a> {
    /// Indexes and checks a block of `pse` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 17> {
        &self.0
    }

    /// `ETHTOOL_A_PSE_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_PSE_HEADER)
    }

    /// `ETHTOOL_A_PODL_PSE_ADMIN_STATE`
    #[inline]
    pub fn podl_pse_admin_state(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PODL_PSE_ADMIN_STATE)
    }

    /// `ETHTOOL_A_PODL_PSE_ADMIN_CONTROL`
    #[inline]
    pub fn podl_pse_admin_control(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PODL_PSE_ADMIN_CONTROL)
    }

    /// `ETHTOOL_A_PODL_PSE_PW_D_STATUS`
    #[inline]
    pub fn podl_pse_pw_d_status(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PODL_PSE_PW_D_STATUS)
    }

    /// `ETHTOOL_A_C33_PSE_ADMIN_STATE`
    #[inline]
    pub fn c33_pse_admin_state(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_C33_PSE_ADMIN_STATE)
    }

    /// `ETHTOOL_A_C33_PSE_ADMIN_CONTROL`
    #[inline]
    pub fn c33_pse_admin_control(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_C33_PSE_ADMIN_CONTROL)
    }

    /// `ETHTOOL_A_C33_PSE_PW_D_STATUS`
    #[inline]
    pub fn c33_pse_pw_d_status(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_C33_PSE_PW_D_STATUS)
    }

    /// `ETHTOOL_A_C33_PSE_PW_CLASS`
    #[inline]
    pub fn c33_pse_pw_class(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_C33_PSE_PW_CLASS)
    }

    /// `ETHTOOL_A_C33_PSE_ACTUAL_PW`
    #[inline]
    pub fn c33_pse_actual_pw(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_C33_PSE_ACTUAL_PW)
    }

    /// `ETHTOOL_A_C33_PSE_EXT_STATE`
    #[inline]
    pub fn c33_pse_ext_state(&self) -> Option<C33PseExtState> {
        self.0
            .u32(ETHTOOL_A_C33_PSE_EXT_STATE)
            .map(|v| C33PseExtState::from_value(v as u32))
    }

    /// `ETHTOOL_A_C33_PSE_EXT_SUBSTATE`
    #[inline]
    pub fn c33_pse_ext_substate(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_C33_PSE_EXT_SUBSTATE)
    }

    /// `ETHTOOL_A_C33_PSE_AVAIL_PW_LIMIT`
    #[inline]
    pub fn c33_pse_avail_pw_limit(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_C33_PSE_AVAIL_PW_LIMIT)
    }

    /// `ETHTOOL_A_C33_PSE_PW_LIMIT_RANGES`
    #[inline]
    pub fn c33_pse_pw_limit_ranges(
        &self,
    ) -> impl Iterator<Item = Result<C33PsePwLimit<'a>, Error>> + 'a {
        self.0
            .all(ETHTOOL_A_C33_PSE_PW_LIMIT_RANGES)
            .map(|a| C33PsePwLimit::parse(a.nested()))
    }

    /// `ETHTOOL_A_PSE_PW_D_ID`
    #[inline]
    pub fn pse_pw_d_id(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PSE_PW_D_ID)
    }

    /// `ETHTOOL_A_PSE_PRIO_MAX`
    #[inline]
    pub fn pse_prio_max(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PSE_PRIO_MAX)
    }

    /// `ETHTOOL_A_PSE_PRIO`
    #[inline]
    pub fn pse_prio(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PSE_PRIO)
    }
}

/// Flow types, corresponding to those defined in the old
/// ethtool header for RXFH and RXNFC as ${PROTO}_FLOW.
/// The values are not matching the old ones to avoid carrying
/// into Netlink the IP_USER_FLOW vs IPV4_FLOW vs IPV4_USER_FLOW confusion.
#[derive(Debug, Clone)]
pub struct Flow<'a>(Table<'a, 28>);

impl<'a> AttrView<'a> for Flow<'a> {
    const SET: &'static AttrSet = &tables::FLOW;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Flow<'a> {
    /// Indexes and checks a block of `flow` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 28> {
        &self.0
    }

    /// `ETHTOOL_A_FLOW_ETHER`
    #[inline]
    pub fn ether(&self) -> Option<RxfhFields> {
        self.0
            .uint(ETHTOOL_A_FLOW_ETHER)
            .map(|v| RxfhFields(v as u32))
    }

    /// `ETHTOOL_A_FLOW_IP4`
    #[inline]
    pub fn ip4(&self) -> Option<RxfhFields> {
        self.0
            .uint(ETHTOOL_A_FLOW_IP4)
            .map(|v| RxfhFields(v as u32))
    }

    /// `ETHTOOL_A_FLOW_IP6`
    #[inline]
    pub fn ip6(&self) -> Option<RxfhFields> {
        self.0
            .uint(ETHTOOL_A_FLOW_IP6)
            .map(|v| RxfhFields(v as u32))
    }

    /// `ETHTOOL_A_FLOW_TCP4`
    #[inline]
    pub fn tcp4(&self) -> Option<RxfhFields> {
        self.0
            .uint(ETHTOOL_A_FLOW_TCP4)
            .map(|v| RxfhFields(v as u32))
    }

    /// `ETHTOOL_A_FLOW_TCP6`
    #[inline]
    pub fn tcp6(&self) -> Option<RxfhFields> {
        self.0
            .uint(ETHTOOL_A_FLOW_TCP6)
            .map(|v| RxfhFields(v as u32))
    }

    /// `ETHTOOL_A_FLOW_UDP4`
    #[inline]
    pub fn udp4(&self) -> Option<RxfhFields> {
        self.0
            .uint(ETHTOOL_A_FLOW_UDP4)
            .map(|v| RxfhFields(v as u32))
    }

    /// `ETHTOOL_A_FLOW_UDP6`
    #[inline]
    pub fn udp6(&self) -> Option<RxfhFields> {
        self.0
            .uint(ETHTOOL_A_FLOW_UDP6)
            .map(|v| RxfhFields(v as u32))
    }

    /// `ETHTOOL_A_FLOW_SCTP4`
    #[inline]
    pub fn sctp4(&self) -> Option<RxfhFields> {
        self.0
            .uint(ETHTOOL_A_FLOW_SCTP4)
            .map(|v| RxfhFields(v as u32))
    }

    /// `ETHTOOL_A_FLOW_SCTP6`
    #[inline]
    pub fn sctp6(&self) -> Option<RxfhFields> {
        self.0
            .uint(ETHTOOL_A_FLOW_SCTP6)
            .map(|v| RxfhFields(v as u32))
    }

    /// `ETHTOOL_A_FLOW_AH4`
    #[inline]
    pub fn ah4(&self) -> Option<RxfhFields> {
        self.0
            .uint(ETHTOOL_A_FLOW_AH4)
            .map(|v| RxfhFields(v as u32))
    }

    /// `ETHTOOL_A_FLOW_AH6`
    #[inline]
    pub fn ah6(&self) -> Option<RxfhFields> {
        self.0
            .uint(ETHTOOL_A_FLOW_AH6)
            .map(|v| RxfhFields(v as u32))
    }

    /// `ETHTOOL_A_FLOW_ESP4`
    #[inline]
    pub fn esp4(&self) -> Option<RxfhFields> {
        self.0
            .uint(ETHTOOL_A_FLOW_ESP4)
            .map(|v| RxfhFields(v as u32))
    }

    /// `ETHTOOL_A_FLOW_ESP6`
    #[inline]
    pub fn esp6(&self) -> Option<RxfhFields> {
        self.0
            .uint(ETHTOOL_A_FLOW_ESP6)
            .map(|v| RxfhFields(v as u32))
    }

    /// `ETHTOOL_A_FLOW_AH_ESP4`
    #[inline]
    pub fn ah_esp4(&self) -> Option<RxfhFields> {
        self.0
            .uint(ETHTOOL_A_FLOW_AH_ESP4)
            .map(|v| RxfhFields(v as u32))
    }

    /// `ETHTOOL_A_FLOW_AH_ESP6`
    #[inline]
    pub fn ah_esp6(&self) -> Option<RxfhFields> {
        self.0
            .uint(ETHTOOL_A_FLOW_AH_ESP6)
            .map(|v| RxfhFields(v as u32))
    }

    /// `ETHTOOL_A_FLOW_GTPU4`
    #[inline]
    pub fn gtpu4(&self) -> Option<RxfhFields> {
        self.0
            .uint(ETHTOOL_A_FLOW_GTPU4)
            .map(|v| RxfhFields(v as u32))
    }

    /// `ETHTOOL_A_FLOW_GTPU6`
    #[inline]
    pub fn gtpu6(&self) -> Option<RxfhFields> {
        self.0
            .uint(ETHTOOL_A_FLOW_GTPU6)
            .map(|v| RxfhFields(v as u32))
    }

    /// `ETHTOOL_A_FLOW_GTPC4`
    #[inline]
    pub fn gtpc4(&self) -> Option<RxfhFields> {
        self.0
            .uint(ETHTOOL_A_FLOW_GTPC4)
            .map(|v| RxfhFields(v as u32))
    }

    /// `ETHTOOL_A_FLOW_GTPC6`
    #[inline]
    pub fn gtpc6(&self) -> Option<RxfhFields> {
        self.0
            .uint(ETHTOOL_A_FLOW_GTPC6)
            .map(|v| RxfhFields(v as u32))
    }

    /// `ETHTOOL_A_FLOW_GTPC_TEID4`
    #[inline]
    pub fn gtpc_teid4(&self) -> Option<RxfhFields> {
        self.0
            .uint(ETHTOOL_A_FLOW_GTPC_TEID4)
            .map(|v| RxfhFields(v as u32))
    }

    /// `ETHTOOL_A_FLOW_GTPC_TEID6`
    #[inline]
    pub fn gtpc_teid6(&self) -> Option<RxfhFields> {
        self.0
            .uint(ETHTOOL_A_FLOW_GTPC_TEID6)
            .map(|v| RxfhFields(v as u32))
    }

    /// `ETHTOOL_A_FLOW_GTPU_EH4`
    #[inline]
    pub fn gtpu_eh4(&self) -> Option<RxfhFields> {
        self.0
            .uint(ETHTOOL_A_FLOW_GTPU_EH4)
            .map(|v| RxfhFields(v as u32))
    }

    /// `ETHTOOL_A_FLOW_GTPU_EH6`
    #[inline]
    pub fn gtpu_eh6(&self) -> Option<RxfhFields> {
        self.0
            .uint(ETHTOOL_A_FLOW_GTPU_EH6)
            .map(|v| RxfhFields(v as u32))
    }

    /// `ETHTOOL_A_FLOW_GTPU_UL4`
    #[inline]
    pub fn gtpu_ul4(&self) -> Option<RxfhFields> {
        self.0
            .uint(ETHTOOL_A_FLOW_GTPU_UL4)
            .map(|v| RxfhFields(v as u32))
    }

    /// `ETHTOOL_A_FLOW_GTPU_UL6`
    #[inline]
    pub fn gtpu_ul6(&self) -> Option<RxfhFields> {
        self.0
            .uint(ETHTOOL_A_FLOW_GTPU_UL6)
            .map(|v| RxfhFields(v as u32))
    }

    /// `ETHTOOL_A_FLOW_GTPU_DL4`
    #[inline]
    pub fn gtpu_dl4(&self) -> Option<RxfhFields> {
        self.0
            .uint(ETHTOOL_A_FLOW_GTPU_DL4)
            .map(|v| RxfhFields(v as u32))
    }

    /// `ETHTOOL_A_FLOW_GTPU_DL6`
    #[inline]
    pub fn gtpu_dl6(&self) -> Option<RxfhFields> {
        self.0
            .uint(ETHTOOL_A_FLOW_GTPU_DL6)
            .map(|v| RxfhFields(v as u32))
    }
}

/// The `rss` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Rss<'a>(Table<'a, 9>);

impl<'a> AttrView<'a> for Rss<'a> {
    const SET: &'static AttrSet = &tables::RSS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Rss<'a> {
    /// Indexes and checks a block of `rss` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 9> {
        &self.0
    }

    /// `ETHTOOL_A_RSS_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_RSS_HEADER)
    }

    /// `ETHTOOL_A_RSS_CONTEXT`
    #[inline]
    pub fn context(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RSS_CONTEXT)
    }

    /// `ETHTOOL_A_RSS_HFUNC`
    #[inline]
    pub fn hfunc(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RSS_HFUNC)
    }

    /// `ETHTOOL_A_RSS_INDIR`
    #[inline]
    pub fn indir(&self) -> Option<&'a [u8]> {
        self.0.bytes(ETHTOOL_A_RSS_INDIR)
    }

    /// `ETHTOOL_A_RSS_HKEY`
    #[inline]
    pub fn hkey(&self) -> Option<&'a [u8]> {
        self.0.bytes(ETHTOOL_A_RSS_HKEY)
    }

    /// `ETHTOOL_A_RSS_INPUT_XFRM`
    #[inline]
    pub fn input_xfrm(&self) -> Option<InputXfrm> {
        self.0
            .u32(ETHTOOL_A_RSS_INPUT_XFRM)
            .map(|v| InputXfrm(v as u32))
    }

    /// `ETHTOOL_A_RSS_START_CONTEXT`
    #[inline]
    pub fn start_context(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_RSS_START_CONTEXT)
    }

    /// `ETHTOOL_A_RSS_FLOW_HASH`
    #[inline]
    pub fn flow_hash(&self) -> Result<Option<Flow<'a>>, Error> {
        self.0.nest(ETHTOOL_A_RSS_FLOW_HASH)
    }
}

/// The `plca` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Plca<'a>(Table<'a, 10>);

impl<'a> AttrView<'a> for Plca<'a> {
    const SET: &'static AttrSet = &tables::PLCA;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Plca<'a> {
    /// Indexes and checks a block of `plca` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 10> {
        &self.0
    }

    /// `ETHTOOL_A_PLCA_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_PLCA_HEADER)
    }

    /// `ETHTOOL_A_PLCA_VERSION`
    #[inline]
    pub fn version(&self) -> Option<u16> {
        self.0.u16(ETHTOOL_A_PLCA_VERSION)
    }

    /// `ETHTOOL_A_PLCA_ENABLED`
    #[inline]
    pub fn enabled(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_PLCA_ENABLED)
    }

    /// `ETHTOOL_A_PLCA_STATUS`
    #[inline]
    pub fn status(&self) -> Option<u8> {
        self.0.u8(ETHTOOL_A_PLCA_STATUS)
    }

    /// `ETHTOOL_A_PLCA_NODE_CNT`
    #[inline]
    pub fn node_cnt(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PLCA_NODE_CNT)
    }

    /// `ETHTOOL_A_PLCA_NODE_ID`
    #[inline]
    pub fn node_id(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PLCA_NODE_ID)
    }

    /// `ETHTOOL_A_PLCA_TO_TMR`
    #[inline]
    pub fn to_tmr(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PLCA_TO_TMR)
    }

    /// `ETHTOOL_A_PLCA_BURST_CNT`
    #[inline]
    pub fn burst_cnt(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PLCA_BURST_CNT)
    }

    /// `ETHTOOL_A_PLCA_BURST_TMR`
    #[inline]
    pub fn burst_tmr(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PLCA_BURST_TMR)
    }
}

/// The `module-fw-flash` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ModuleFwFlash<'a>(Table<'a, 8>);

impl<'a> AttrView<'a> for ModuleFwFlash<'a> {
    const SET: &'static AttrSet = &tables::MODULE_FW_FLASH;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> ModuleFwFlash<'a> {
    /// Indexes and checks a block of `module-fw-flash` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 8> {
        &self.0
    }

    /// `ETHTOOL_A_MODULE_FW_FLASH_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_MODULE_FW_FLASH_HEADER)
    }

    /// `ETHTOOL_A_MODULE_FW_FLASH_FILE_NAME`
    #[inline]
    pub fn file_name(&self) -> Option<&'a str> {
        self.0.str(ETHTOOL_A_MODULE_FW_FLASH_FILE_NAME)
    }

    /// `ETHTOOL_A_MODULE_FW_FLASH_PASSWORD`
    #[inline]
    pub fn password(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_MODULE_FW_FLASH_PASSWORD)
    }

    /// `ETHTOOL_A_MODULE_FW_FLASH_STATUS`
    #[inline]
    pub fn status(&self) -> Option<ModuleFwFlashStatus> {
        self.0
            .u32(ETHTOOL_A_MODULE_FW_FLASH_STATUS)
            .map(|v| ModuleFwFlashStatus::from_value(v as u32))
    }

    /// `ETHTOOL_A_MODULE_FW_FLASH_STATUS_MSG`
    #[inline]
    pub fn status_msg(&self) -> Option<&'a str> {
        self.0.str(ETHTOOL_A_MODULE_FW_FLASH_STATUS_MSG)
    }

    /// `ETHTOOL_A_MODULE_FW_FLASH_DONE`
    #[inline]
    pub fn done(&self) -> Option<u64> {
        self.0.uint(ETHTOOL_A_MODULE_FW_FLASH_DONE)
    }

    /// `ETHTOOL_A_MODULE_FW_FLASH_TOTAL`
    #[inline]
    pub fn total(&self) -> Option<u64> {
        self.0.uint(ETHTOOL_A_MODULE_FW_FLASH_TOTAL)
    }
}

/// The `phy` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Phy<'a>(Table<'a, 9>);

impl<'a> AttrView<'a> for Phy<'a> {
    const SET: &'static AttrSet = &tables::PHY;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Phy<'a> {
    /// Indexes and checks a block of `phy` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 9> {
        &self.0
    }

    /// `ETHTOOL_A_PHY_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_PHY_HEADER)
    }

    /// `ETHTOOL_A_PHY_INDEX`
    #[inline]
    pub fn index(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PHY_INDEX)
    }

    /// `ETHTOOL_A_PHY_DRVNAME`
    #[inline]
    pub fn drvname(&self) -> Option<&'a str> {
        self.0.str(ETHTOOL_A_PHY_DRVNAME)
    }

    /// `ETHTOOL_A_PHY_NAME`
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(ETHTOOL_A_PHY_NAME)
    }

    /// `ETHTOOL_A_PHY_UPSTREAM_TYPE`
    #[inline]
    pub fn upstream_type(&self) -> Option<PhyUpstreamType> {
        self.0
            .u32(ETHTOOL_A_PHY_UPSTREAM_TYPE)
            .map(|v| PhyUpstreamType::from_value(v as u32))
    }

    /// `ETHTOOL_A_PHY_UPSTREAM_INDEX`
    #[inline]
    pub fn upstream_index(&self) -> Option<u32> {
        self.0.u32(ETHTOOL_A_PHY_UPSTREAM_INDEX)
    }

    /// `ETHTOOL_A_PHY_UPSTREAM_SFP_NAME`
    #[inline]
    pub fn upstream_sfp_name(&self) -> Option<&'a str> {
        self.0.str(ETHTOOL_A_PHY_UPSTREAM_SFP_NAME)
    }

    /// `ETHTOOL_A_PHY_DOWNSTREAM_SFP_NAME`
    #[inline]
    pub fn downstream_sfp_name(&self) -> Option<&'a str> {
        self.0.str(ETHTOOL_A_PHY_DOWNSTREAM_SFP_NAME)
    }
}

/// The `tsconfig` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Tsconfig<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for Tsconfig<'a> {
    const SET: &'static AttrSet = &tables::TSCONFIG;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Tsconfig<'a> {
    /// Indexes and checks a block of `tsconfig` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `ETHTOOL_A_TSCONFIG_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TSCONFIG_HEADER)
    }

    /// `ETHTOOL_A_TSCONFIG_HWTSTAMP_PROVIDER`
    #[inline]
    pub fn hwtstamp_provider(&self) -> Result<Option<TsHwtstampProvider<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TSCONFIG_HWTSTAMP_PROVIDER)
    }

    /// `ETHTOOL_A_TSCONFIG_TX_TYPES`
    #[inline]
    pub fn tx_types(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TSCONFIG_TX_TYPES)
    }

    /// `ETHTOOL_A_TSCONFIG_RX_FILTERS`
    #[inline]
    pub fn rx_filters(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TSCONFIG_RX_FILTERS)
    }

    /// `ETHTOOL_A_TSCONFIG_HWTSTAMP_FLAGS`
    #[inline]
    pub fn hwtstamp_flags(&self) -> Result<Option<Bitset<'a>>, Error> {
        self.0.nest(ETHTOOL_A_TSCONFIG_HWTSTAMP_FLAGS)
    }
}

/// The `pse-ntf` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct PseNtf<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for PseNtf<'a> {
    const SET: &'static AttrSet = &tables::PSE_NTF;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> PseNtf<'a> {
    /// Indexes and checks a block of `pse-ntf` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `ETHTOOL_A_PSE_NTF_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_PSE_NTF_HEADER)
    }

    /// `ETHTOOL_A_PSE_NTF_EVENTS`: List of events reported by the PSE controller
    #[inline]
    pub fn events(&self) -> Option<PseEvent> {
        self.0
            .uint(ETHTOOL_A_PSE_NTF_EVENTS)
            .map(|v| PseEvent(v as u32))
    }
}

/// MSE capabilities attribute set
#[derive(Debug, Clone)]
pub struct MseCapabilities<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for MseCapabilities<'a> {
    const SET: &'static AttrSet = &tables::MSE_CAPABILITIES;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> MseCapabilities<'a> {
    /// Indexes and checks a block of `mse-capabilities` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `ETHTOOL_A_MSE_CAPABILITIES_MAX_AVERAGE_MSE`
    #[inline]
    pub fn max_average_mse(&self) -> Option<u64> {
        self.0.uint(ETHTOOL_A_MSE_CAPABILITIES_MAX_AVERAGE_MSE)
    }

    /// `ETHTOOL_A_MSE_CAPABILITIES_MAX_PEAK_MSE`
    #[inline]
    pub fn max_peak_mse(&self) -> Option<u64> {
        self.0.uint(ETHTOOL_A_MSE_CAPABILITIES_MAX_PEAK_MSE)
    }

    /// `ETHTOOL_A_MSE_CAPABILITIES_REFRESH_RATE_PS`
    #[inline]
    pub fn refresh_rate_ps(&self) -> Option<u64> {
        self.0.uint(ETHTOOL_A_MSE_CAPABILITIES_REFRESH_RATE_PS)
    }

    /// `ETHTOOL_A_MSE_CAPABILITIES_NUM_SYMBOLS`
    #[inline]
    pub fn num_symbols(&self) -> Option<u64> {
        self.0.uint(ETHTOOL_A_MSE_CAPABILITIES_NUM_SYMBOLS)
    }
}

/// MSE snapshot attribute set
#[derive(Debug, Clone)]
pub struct MseSnapshot<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for MseSnapshot<'a> {
    const SET: &'static AttrSet = &tables::MSE_SNAPSHOT;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> MseSnapshot<'a> {
    /// Indexes and checks a block of `mse-snapshot` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `ETHTOOL_A_MSE_SNAPSHOT_AVERAGE_MSE`
    #[inline]
    pub fn average_mse(&self) -> Option<u64> {
        self.0.uint(ETHTOOL_A_MSE_SNAPSHOT_AVERAGE_MSE)
    }

    /// `ETHTOOL_A_MSE_SNAPSHOT_PEAK_MSE`
    #[inline]
    pub fn peak_mse(&self) -> Option<u64> {
        self.0.uint(ETHTOOL_A_MSE_SNAPSHOT_PEAK_MSE)
    }

    /// `ETHTOOL_A_MSE_SNAPSHOT_WORST_PEAK_MSE`
    #[inline]
    pub fn worst_peak_mse(&self) -> Option<u64> {
        self.0.uint(ETHTOOL_A_MSE_SNAPSHOT_WORST_PEAK_MSE)
    }
}

/// The `mse` attributes of `ethtool`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Mse<'a>(Table<'a, 9>);

impl<'a> AttrView<'a> for Mse<'a> {
    const SET: &'static AttrSet = &tables::MSE;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Mse<'a> {
    /// Indexes and checks a block of `mse` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 9> {
        &self.0
    }

    /// `ETHTOOL_A_MSE_HEADER`
    #[inline]
    pub fn header(&self) -> Result<Option<Header<'a>>, Error> {
        self.0.nest(ETHTOOL_A_MSE_HEADER)
    }

    /// `ETHTOOL_A_MSE_CAPABILITIES`
    #[inline]
    pub fn capabilities(&self) -> Result<Option<MseCapabilities<'a>>, Error> {
        self.0.nest(ETHTOOL_A_MSE_CAPABILITIES)
    }

    /// `ETHTOOL_A_MSE_CHANNEL_A`
    #[inline]
    pub fn channel_a(&self) -> Result<Option<MseSnapshot<'a>>, Error> {
        self.0.nest(ETHTOOL_A_MSE_CHANNEL_A)
    }

    /// `ETHTOOL_A_MSE_CHANNEL_B`
    #[inline]
    pub fn channel_b(&self) -> Result<Option<MseSnapshot<'a>>, Error> {
        self.0.nest(ETHTOOL_A_MSE_CHANNEL_B)
    }

    /// `ETHTOOL_A_MSE_CHANNEL_C`
    #[inline]
    pub fn channel_c(&self) -> Result<Option<MseSnapshot<'a>>, Error> {
        self.0.nest(ETHTOOL_A_MSE_CHANNEL_C)
    }

    /// `ETHTOOL_A_MSE_CHANNEL_D`
    #[inline]
    pub fn channel_d(&self) -> Result<Option<MseSnapshot<'a>>, Error> {
        self.0.nest(ETHTOOL_A_MSE_CHANNEL_D)
    }

    /// `ETHTOOL_A_MSE_WORST_CHANNEL`
    #[inline]
    pub fn worst_channel(&self) -> Result<Option<MseSnapshot<'a>>, Error> {
        self.0.nest(ETHTOOL_A_MSE_WORST_CHANNEL)
    }

    /// `ETHTOOL_A_MSE_LINK`
    #[inline]
    pub fn link(&self) -> Result<Option<MseSnapshot<'a>>, Error> {
        self.0.nest(ETHTOOL_A_MSE_LINK)
    }
}
