//! Typed views of `nftables`: one per attribute set, parsed in one pass into a table, with
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

/// log expression netlink attributes
#[derive(Debug, Clone)]
pub struct LogAttrs<'a>(Table<'a, 7>);

impl<'a> AttrView<'a> for LogAttrs<'a> {
    const SET: &'static AttrSet = &tables::LOG_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> LogAttrs<'a> {
    /// Indexes and checks a block of `log-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 7> {
        &self.0
    }

    /// `NFTABLES_A_LOG_ATTRS_GROUP`: netlink group to send messages to
    #[inline]
    pub fn group(&self) -> Option<u16> {
        self.0.u16_be(NFTABLES_A_LOG_ATTRS_GROUP)
    }

    /// `NFTABLES_A_LOG_ATTRS_PREFIX`: prefix to prepend to log messages
    #[inline]
    pub fn prefix(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_LOG_ATTRS_PREFIX)
    }

    /// `NFTABLES_A_LOG_ATTRS_SNAPLEN`: length of payload to include in netlink message
    #[inline]
    pub fn snaplen(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_LOG_ATTRS_SNAPLEN)
    }

    /// `NFTABLES_A_LOG_ATTRS_QTHRESHOLD`: queue threshold
    #[inline]
    pub fn qthreshold(&self) -> Option<u16> {
        self.0.u16_be(NFTABLES_A_LOG_ATTRS_QTHRESHOLD)
    }

    /// `NFTABLES_A_LOG_ATTRS_LEVEL`: log level
    #[inline]
    pub fn level(&self) -> Option<LogLevel> {
        self.0
            .u32_be(NFTABLES_A_LOG_ATTRS_LEVEL)
            .map(|v| LogLevel::from_value(v as u32))
    }

    /// `NFTABLES_A_LOG_ATTRS_FLAGS`: logging flags
    #[inline]
    pub fn flags(&self) -> Option<LogFlags> {
        self.0
            .u32_be(NFTABLES_A_LOG_ATTRS_FLAGS)
            .map(|v| LogFlags(v as u32))
    }
}

/// nf_tables number generator expression netlink attributes
#[derive(Debug, Clone)]
pub struct NumgenAttrs<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for NumgenAttrs<'a> {
    const SET: &'static AttrSet = &tables::NUMGEN_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> NumgenAttrs<'a> {
    /// Indexes and checks a block of `numgen-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `NFTABLES_A_NUMGEN_ATTRS_DREG`: destination register
    #[inline]
    pub fn dreg(&self) -> Option<Registers> {
        self.0
            .u32(NFTABLES_A_NUMGEN_ATTRS_DREG)
            .map(|v| Registers::from_value(v as u32))
    }

    /// `NFTABLES_A_NUMGEN_ATTRS_MODULUS`: maximum counter value
    #[inline]
    pub fn modulus(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_NUMGEN_ATTRS_MODULUS)
    }

    /// `NFTABLES_A_NUMGEN_ATTRS_TYPE`: operation type
    #[inline]
    pub fn type_(&self) -> Option<NumgenTypes> {
        self.0
            .u32_be(NFTABLES_A_NUMGEN_ATTRS_TYPE)
            .map(|v| NumgenTypes::from_value(v as u32))
    }

    /// `NFTABLES_A_NUMGEN_ATTRS_OFFSET`: offset to be added to the counter
    #[inline]
    pub fn offset(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_NUMGEN_ATTRS_OFFSET)
    }
}

/// The `range-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct RangeAttrs<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for RangeAttrs<'a> {
    const SET: &'static AttrSet = &tables::RANGE_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> RangeAttrs<'a> {
    /// Indexes and checks a block of `range-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `NFTABLES_A_RANGE_ATTRS_SREG`: source register of data to compare
    #[inline]
    pub fn sreg(&self) -> Option<Registers> {
        self.0
            .u32_be(NFTABLES_A_RANGE_ATTRS_SREG)
            .map(|v| Registers::from_value(v as u32))
    }

    /// `NFTABLES_A_RANGE_ATTRS_OP`: cmp operation
    #[inline]
    pub fn op(&self) -> Option<RangeOps> {
        self.0
            .u32_be(NFTABLES_A_RANGE_ATTRS_OP)
            .map(|v| RangeOps::from_value(v as u32))
    }

    /// `NFTABLES_A_RANGE_ATTRS_FROM_DATA`: data range from
    #[inline]
    pub fn from_data(&self) -> Result<Option<DataAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_RANGE_ATTRS_FROM_DATA)
    }

    /// `NFTABLES_A_RANGE_ATTRS_TO_DATA`: data range to
    #[inline]
    pub fn to_data(&self) -> Result<Option<DataAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_RANGE_ATTRS_TO_DATA)
    }
}

/// The `batch-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct BatchAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for BatchAttrs<'a> {
    const SET: &'static AttrSet = &tables::BATCH_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> BatchAttrs<'a> {
    /// Indexes and checks a block of `batch-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `NFTABLES_A_BATCH_ATTRS_GENID`: generation ID for this changeset
    #[inline]
    pub fn genid(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_BATCH_ATTRS_GENID)
    }
}

/// The `table-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TableAttrs<'a>(Table<'a, 8>);

impl<'a> AttrView<'a> for TableAttrs<'a> {
    const SET: &'static AttrSet = &tables::TABLE_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> TableAttrs<'a> {
    /// Indexes and checks a block of `table-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 8> {
        &self.0
    }

    /// `NFTABLES_A_TABLE_ATTRS_NAME`: name of the table
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_TABLE_ATTRS_NAME)
    }

    /// `NFTABLES_A_TABLE_ATTRS_FLAGS`: bitmask of flags
    #[inline]
    pub fn flags(&self) -> Option<TableFlags> {
        self.0
            .u32_be(NFTABLES_A_TABLE_ATTRS_FLAGS)
            .map(|v| TableFlags(v as u32))
    }

    /// `NFTABLES_A_TABLE_ATTRS_USE`: number of chains in this table
    #[inline]
    pub fn use_(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_TABLE_ATTRS_USE)
    }

    /// `NFTABLES_A_TABLE_ATTRS_HANDLE`: numeric handle of the table
    #[inline]
    pub fn handle(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_TABLE_ATTRS_HANDLE)
    }

    /// `NFTABLES_A_TABLE_ATTRS_USERDATA`: user data
    #[inline]
    pub fn userdata(&self) -> Option<&'a [u8]> {
        self.0.bytes(NFTABLES_A_TABLE_ATTRS_USERDATA)
    }

    /// `NFTABLES_A_TABLE_ATTRS_OWNER`: owner of this table through netlink portID
    #[inline]
    pub fn owner(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_TABLE_ATTRS_OWNER)
    }
}

/// The `chain-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ChainAttrs<'a>(Table<'a, 12>);

impl<'a> AttrView<'a> for ChainAttrs<'a> {
    const SET: &'static AttrSet = &tables::CHAIN_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> ChainAttrs<'a> {
    /// Indexes and checks a block of `chain-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 12> {
        &self.0
    }

    /// `NFTABLES_A_CHAIN_ATTRS_TABLE`: name of the table containing the chain
    #[inline]
    pub fn table_attr(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_CHAIN_ATTRS_TABLE)
    }

    /// `NFTABLES_A_CHAIN_ATTRS_HANDLE`: numeric handle of the chain
    #[inline]
    pub fn handle(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_CHAIN_ATTRS_HANDLE)
    }

    /// `NFTABLES_A_CHAIN_ATTRS_NAME`: name of the chain
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_CHAIN_ATTRS_NAME)
    }

    /// `NFTABLES_A_CHAIN_ATTRS_HOOK`: hook specification for basechains
    #[inline]
    pub fn hook(&self) -> Result<Option<NftHookAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_CHAIN_ATTRS_HOOK)
    }

    /// `NFTABLES_A_CHAIN_ATTRS_POLICY`: numeric policy of the chain
    #[inline]
    pub fn policy(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_CHAIN_ATTRS_POLICY)
    }

    /// `NFTABLES_A_CHAIN_ATTRS_USE`: number of references to this chain
    #[inline]
    pub fn use_(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_CHAIN_ATTRS_USE)
    }

    /// `NFTABLES_A_CHAIN_ATTRS_TYPE`: type name of the chain
    #[inline]
    pub fn type_(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_CHAIN_ATTRS_TYPE)
    }

    /// `NFTABLES_A_CHAIN_ATTRS_COUNTERS`: counter specification of the chain
    #[inline]
    pub fn counters(&self) -> Result<Option<NftCounterAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_CHAIN_ATTRS_COUNTERS)
    }

    /// `NFTABLES_A_CHAIN_ATTRS_FLAGS`: chain flags
    #[inline]
    pub fn flags(&self) -> Option<ChainFlags> {
        self.0
            .u32_be(NFTABLES_A_CHAIN_ATTRS_FLAGS)
            .map(|v| ChainFlags(v as u32))
    }

    /// `NFTABLES_A_CHAIN_ATTRS_ID`: uniquely identifies a chain in a transaction
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_CHAIN_ATTRS_ID)
    }

    /// `NFTABLES_A_CHAIN_ATTRS_USERDATA`: user data
    #[inline]
    pub fn userdata(&self) -> Option<&'a [u8]> {
        self.0.bytes(NFTABLES_A_CHAIN_ATTRS_USERDATA)
    }
}

/// The `counter-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CounterAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for CounterAttrs<'a> {
    const SET: &'static AttrSet = &tables::COUNTER_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
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
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFTABLES_A_COUNTER_ATTRS_BYTES`
    #[inline]
    pub fn bytes(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_COUNTER_ATTRS_BYTES)
    }

    /// `NFTABLES_A_COUNTER_ATTRS_PACKETS`
    #[inline]
    pub fn packets(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_COUNTER_ATTRS_PACKETS)
    }
}

/// The `nft-hook-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct NftHookAttrs<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for NftHookAttrs<'a> {
    const SET: &'static AttrSet = &tables::NFT_HOOK_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> NftHookAttrs<'a> {
    /// Indexes and checks a block of `nft-hook-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `NFTABLES_A_NFT_HOOK_ATTRS_NUM`
    #[inline]
    pub fn num(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_NFT_HOOK_ATTRS_NUM)
    }

    /// `NFTABLES_A_NFT_HOOK_ATTRS_PRIORITY`
    #[inline]
    pub fn priority(&self) -> Option<i32> {
        self.0.i32_be(NFTABLES_A_NFT_HOOK_ATTRS_PRIORITY)
    }

    /// `NFTABLES_A_NFT_HOOK_ATTRS_DEV`: net device name
    #[inline]
    pub fn dev(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_NFT_HOOK_ATTRS_DEV)
    }

    /// `NFTABLES_A_NFT_HOOK_ATTRS_DEVS`: list of net devices
    #[inline]
    pub fn devs(&self) -> Result<Option<HookDevAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_NFT_HOOK_ATTRS_DEVS)
    }
}

/// The `hook-dev-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct HookDevAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for HookDevAttrs<'a> {
    const SET: &'static AttrSet = &tables::HOOK_DEV_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> HookDevAttrs<'a> {
    /// Indexes and checks a block of `hook-dev-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `NFTABLES_A_HOOK_DEV_ATTRS_NAME`
    #[inline]
    pub fn name(&self) -> impl Iterator<Item = &'a str> + 'a {
        self.0
            .all(NFTABLES_A_HOOK_DEV_ATTRS_NAME)
            .filter_map(|a| a.as_unterminated_str().ok())
    }
}

/// The `nft-counter-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct NftCounterAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for NftCounterAttrs<'a> {
    const SET: &'static AttrSet = &tables::NFT_COUNTER_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> NftCounterAttrs<'a> {
    /// Indexes and checks a block of `nft-counter-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `NFTABLES_A_NFT_COUNTER_ATTRS_BYTES`
    #[inline]
    pub fn bytes(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_NFT_COUNTER_ATTRS_BYTES)
    }

    /// `NFTABLES_A_NFT_COUNTER_ATTRS_PACKETS`
    #[inline]
    pub fn packets(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_NFT_COUNTER_ATTRS_PACKETS)
    }
}

/// The `rule-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct RuleAttrs<'a>(Table<'a, 11>);

impl<'a> AttrView<'a> for RuleAttrs<'a> {
    const SET: &'static AttrSet = &tables::RULE_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> RuleAttrs<'a> {
    /// Indexes and checks a block of `rule-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 11> {
        &self.0
    }

    /// `NFTABLES_A_RULE_ATTRS_TABLE`: name of the table containing the rule
    #[inline]
    pub fn table_attr(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_RULE_ATTRS_TABLE)
    }

    /// `NFTABLES_A_RULE_ATTRS_CHAIN`: name of the chain containing the rule
    #[inline]
    pub fn chain(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_RULE_ATTRS_CHAIN)
    }

    /// `NFTABLES_A_RULE_ATTRS_HANDLE`: numeric handle of the rule
    #[inline]
    pub fn handle(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_RULE_ATTRS_HANDLE)
    }

    /// `NFTABLES_A_RULE_ATTRS_EXPRESSIONS`: list of expressions
    #[inline]
    pub fn expressions(&self) -> Result<Option<ExprListAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_RULE_ATTRS_EXPRESSIONS)
    }

    /// `NFTABLES_A_RULE_ATTRS_COMPAT`: compatibility specifications of the rule
    #[inline]
    pub fn compat(&self) -> Result<Option<RuleCompatAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_RULE_ATTRS_COMPAT)
    }

    /// `NFTABLES_A_RULE_ATTRS_POSITION`: numeric handle of the previous rule
    #[inline]
    pub fn position(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_RULE_ATTRS_POSITION)
    }

    /// `NFTABLES_A_RULE_ATTRS_USERDATA`: user data
    #[inline]
    pub fn userdata(&self) -> Option<&'a [u8]> {
        self.0.bytes(NFTABLES_A_RULE_ATTRS_USERDATA)
    }

    /// `NFTABLES_A_RULE_ATTRS_ID`: uniquely identifies a rule in a transaction
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32(NFTABLES_A_RULE_ATTRS_ID)
    }

    /// `NFTABLES_A_RULE_ATTRS_POSITION_ID`: transaction unique identifier of the previous rule
    #[inline]
    pub fn position_id(&self) -> Option<u32> {
        self.0.u32(NFTABLES_A_RULE_ATTRS_POSITION_ID)
    }

    /// `NFTABLES_A_RULE_ATTRS_CHAIN_ID`: add the rule to chain by ID, alternative to chain name
    #[inline]
    pub fn chain_id(&self) -> Option<u32> {
        self.0.u32(NFTABLES_A_RULE_ATTRS_CHAIN_ID)
    }
}

/// The `expr-list-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprListAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for ExprListAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_LIST_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> ExprListAttrs<'a> {
    /// Indexes and checks a block of `expr-list-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_LIST_ATTRS_ELEM`
    #[inline]
    pub fn elem(&self) -> impl Iterator<Item = Result<ExprAttrs<'a>, Error>> + 'a {
        self.0
            .all(NFTABLES_A_EXPR_LIST_ATTRS_ELEM)
            .map(|a| ExprAttrs::parse(a.nested()))
    }
}

/// The `expr-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for ExprAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> ExprAttrs<'a> {
    /// Indexes and checks a block of `expr-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_ATTRS_NAME`: name of the expression type
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_EXPR_ATTRS_NAME)
    }

    /// `NFTABLES_A_EXPR_ATTRS_DATA`: type specific data
    #[inline]
    pub fn data(&self) -> Result<Option<ExprOps<'a>>, Error> {
        ExprOps::parse(
            self.0.get(NFTABLES_A_EXPR_ATTRS_DATA),
            self.0.str(NFTABLES_A_EXPR_ATTRS_NAME),
        )
    }
}

/// The `rule-compat-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct RuleCompatAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for RuleCompatAttrs<'a> {
    const SET: &'static AttrSet = &tables::RULE_COMPAT_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> RuleCompatAttrs<'a> {
    /// Indexes and checks a block of `rule-compat-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `NFTABLES_A_RULE_COMPAT_ATTRS_PROTO`: numeric value of the handled protocol
    #[inline]
    pub fn proto(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_RULE_COMPAT_ATTRS_PROTO)
    }

    /// `NFTABLES_A_RULE_COMPAT_ATTRS_FLAGS`: bitmask of flags
    #[inline]
    pub fn flags(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_RULE_COMPAT_ATTRS_FLAGS)
    }
}

/// The `set-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SetAttrs<'a>(Table<'a, 21>);

impl<'a> AttrView<'a> for SetAttrs<'a> {
    const SET: &'static AttrSet = &tables::SET_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> SetAttrs<'a> {
    /// Indexes and checks a block of `set-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 21> {
        &self.0
    }

    /// `NFTABLES_A_SET_ATTRS_TABLE`: table name
    #[inline]
    pub fn table_attr(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_SET_ATTRS_TABLE)
    }

    /// `NFTABLES_A_SET_ATTRS_NAME`: set name
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_SET_ATTRS_NAME)
    }

    /// `NFTABLES_A_SET_ATTRS_FLAGS`: bitmask of enum nft_set_flags
    #[inline]
    pub fn flags(&self) -> Option<SetFlags> {
        self.0
            .u32_be(NFTABLES_A_SET_ATTRS_FLAGS)
            .map(|v| SetFlags(v as u32))
    }

    /// `NFTABLES_A_SET_ATTRS_KEY_TYPE`: key data type, informational purpose only
    #[inline]
    pub fn key_type(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_SET_ATTRS_KEY_TYPE)
    }

    /// `NFTABLES_A_SET_ATTRS_KEY_LEN`: key data length
    #[inline]
    pub fn key_len(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_SET_ATTRS_KEY_LEN)
    }

    /// `NFTABLES_A_SET_ATTRS_DATA_TYPE`: mapping data type
    #[inline]
    pub fn data_type(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_SET_ATTRS_DATA_TYPE)
    }

    /// `NFTABLES_A_SET_ATTRS_DATA_LEN`: mapping data length
    #[inline]
    pub fn data_len(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_SET_ATTRS_DATA_LEN)
    }

    /// `NFTABLES_A_SET_ATTRS_POLICY`: selection policy
    #[inline]
    pub fn policy(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_SET_ATTRS_POLICY)
    }

    /// `NFTABLES_A_SET_ATTRS_DESC`: set description
    #[inline]
    pub fn desc(&self) -> Result<Option<SetDescAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_SET_ATTRS_DESC)
    }

    /// `NFTABLES_A_SET_ATTRS_ID`: uniquely identifies a set in a transaction
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32(NFTABLES_A_SET_ATTRS_ID)
    }

    /// `NFTABLES_A_SET_ATTRS_TIMEOUT`: default timeout value
    #[inline]
    pub fn timeout(&self) -> Option<u64> {
        self.0.u64(NFTABLES_A_SET_ATTRS_TIMEOUT)
    }

    /// `NFTABLES_A_SET_ATTRS_GC_INTERVAL`: garbage collection interval
    #[inline]
    pub fn gc_interval(&self) -> Option<u32> {
        self.0.u32(NFTABLES_A_SET_ATTRS_GC_INTERVAL)
    }

    /// `NFTABLES_A_SET_ATTRS_USERDATA`: user data
    #[inline]
    pub fn userdata(&self) -> Option<&'a [u8]> {
        self.0.bytes(NFTABLES_A_SET_ATTRS_USERDATA)
    }

    /// `NFTABLES_A_SET_ATTRS_OBJ_TYPE`: stateful object type
    #[inline]
    pub fn obj_type(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_SET_ATTRS_OBJ_TYPE)
    }

    /// `NFTABLES_A_SET_ATTRS_HANDLE`: set handle
    #[inline]
    pub fn handle(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_SET_ATTRS_HANDLE)
    }

    /// `NFTABLES_A_SET_ATTRS_EXPR`: set expression
    #[inline]
    pub fn expr(&self) -> impl Iterator<Item = Result<ExprAttrs<'a>, Error>> + 'a {
        self.0
            .all(NFTABLES_A_SET_ATTRS_EXPR)
            .map(|a| ExprAttrs::parse(a.nested()))
    }

    /// `NFTABLES_A_SET_ATTRS_EXPRESSIONS`: list of expressions
    #[inline]
    pub fn expressions(&self) -> Result<Option<SetListAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_SET_ATTRS_EXPRESSIONS)
    }

    /// `NFTABLES_A_SET_ATTRS_TYPE`: set backend type
    #[inline]
    pub fn type_(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_SET_ATTRS_TYPE)
    }

    /// `NFTABLES_A_SET_ATTRS_COUNT`: number of set elements
    #[inline]
    pub fn count(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_SET_ATTRS_COUNT)
    }
}

/// The `set-desc-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SetDescAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for SetDescAttrs<'a> {
    const SET: &'static AttrSet = &tables::SET_DESC_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> SetDescAttrs<'a> {
    /// Indexes and checks a block of `set-desc-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `NFTABLES_A_SET_DESC_ATTRS_SIZE`: number of elements in set
    #[inline]
    pub fn size(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_SET_DESC_ATTRS_SIZE)
    }

    /// `NFTABLES_A_SET_DESC_ATTRS_CONCAT`: description of field concatenation
    #[inline]
    pub fn concat(&self) -> impl Iterator<Item = Result<SetDescConcatAttrs<'a>, Error>> + 'a {
        self.0
            .all(NFTABLES_A_SET_DESC_ATTRS_CONCAT)
            .map(|a| SetDescConcatAttrs::parse(a.nested()))
    }
}

/// The `set-desc-concat-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SetDescConcatAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for SetDescConcatAttrs<'a> {
    const SET: &'static AttrSet = &tables::SET_DESC_CONCAT_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> SetDescConcatAttrs<'a> {
    /// Indexes and checks a block of `set-desc-concat-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `NFTABLES_A_SET_DESC_CONCAT_ATTRS_ELEM`
    #[inline]
    pub fn elem(&self) -> Result<Option<SetFieldAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_SET_DESC_CONCAT_ATTRS_ELEM)
    }
}

/// The `set-field-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SetFieldAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for SetFieldAttrs<'a> {
    const SET: &'static AttrSet = &tables::SET_FIELD_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> SetFieldAttrs<'a> {
    /// Indexes and checks a block of `set-field-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `NFTABLES_A_SET_FIELD_ATTRS_LEN`
    #[inline]
    pub fn len(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_SET_FIELD_ATTRS_LEN)
    }
}

/// The `set-list-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SetListAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for SetListAttrs<'a> {
    const SET: &'static AttrSet = &tables::SET_LIST_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> SetListAttrs<'a> {
    /// Indexes and checks a block of `set-list-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `NFTABLES_A_SET_LIST_ATTRS_ELEM`
    #[inline]
    pub fn elem(&self) -> impl Iterator<Item = Result<ExprAttrs<'a>, Error>> + 'a {
        self.0
            .all(NFTABLES_A_SET_LIST_ATTRS_ELEM)
            .map(|a| ExprAttrs::parse(a.nested()))
    }
}

/// The `setelem-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SetelemAttrs<'a>(Table<'a, 11>);

impl<'a> AttrView<'a> for SetelemAttrs<'a> {
    const SET: &'static AttrSet = &tables::SETELEM_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> SetelemAttrs<'a> {
    /// Indexes and checks a block of `setelem-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 11> {
        &self.0
    }

    /// `NFTABLES_A_SETELEM_ATTRS_KEY`: key value
    #[inline]
    pub fn key(&self) -> Result<Option<DataAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_SETELEM_ATTRS_KEY)
    }

    /// `NFTABLES_A_SETELEM_ATTRS_DATA`: data value of mapping
    #[inline]
    pub fn data(&self) -> Result<Option<DataAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_SETELEM_ATTRS_DATA)
    }

    /// `NFTABLES_A_SETELEM_ATTRS_FLAGS`: bitmask of nft_set_elem_flags
    #[inline]
    pub fn flags(&self) -> Option<&'a [u8]> {
        self.0.bytes(NFTABLES_A_SETELEM_ATTRS_FLAGS)
    }

    /// `NFTABLES_A_SETELEM_ATTRS_TIMEOUT`: timeout value
    #[inline]
    pub fn timeout(&self) -> Option<u64> {
        self.0.u64(NFTABLES_A_SETELEM_ATTRS_TIMEOUT)
    }

    /// `NFTABLES_A_SETELEM_ATTRS_EXPIRATION`: expiration time
    #[inline]
    pub fn expiration(&self) -> Option<u64> {
        self.0.u64(NFTABLES_A_SETELEM_ATTRS_EXPIRATION)
    }

    /// `NFTABLES_A_SETELEM_ATTRS_USERDATA`: user data
    #[inline]
    pub fn userdata(&self) -> Option<&'a [u8]> {
        self.0.bytes(NFTABLES_A_SETELEM_ATTRS_USERDATA)
    }

    /// `NFTABLES_A_SETELEM_ATTRS_EXPR`: expression
    #[inline]
    pub fn expr(&self) -> Result<Option<ExprAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_SETELEM_ATTRS_EXPR)
    }

    /// `NFTABLES_A_SETELEM_ATTRS_OBJREF`: stateful object reference
    #[inline]
    pub fn objref(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_SETELEM_ATTRS_OBJREF)
    }

    /// `NFTABLES_A_SETELEM_ATTRS_KEY_END`: closing key value
    #[inline]
    pub fn key_end(&self) -> Result<Option<DataAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_SETELEM_ATTRS_KEY_END)
    }

    /// `NFTABLES_A_SETELEM_ATTRS_EXPRESSIONS`: list of expressions
    #[inline]
    pub fn expressions(&self) -> Result<Option<ExprListAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_SETELEM_ATTRS_EXPRESSIONS)
    }
}

/// The `setelem-list-elem-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SetelemListElemAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for SetelemListElemAttrs<'a> {
    const SET: &'static AttrSet = &tables::SETELEM_LIST_ELEM_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> SetelemListElemAttrs<'a> {
    /// Indexes and checks a block of `setelem-list-elem-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `NFTABLES_A_SETELEM_LIST_ELEM_ATTRS_ELEM`
    #[inline]
    pub fn elem(&self) -> impl Iterator<Item = Result<SetelemAttrs<'a>, Error>> + 'a {
        self.0
            .all(NFTABLES_A_SETELEM_LIST_ELEM_ATTRS_ELEM)
            .map(|a| SetelemAttrs::parse(a.nested()))
    }
}

/// The `setelem-list-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SetelemListAttrs<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for SetelemListAttrs<'a> {
    const SET: &'static AttrSet = &tables::SETELEM_LIST_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> SetelemListAttrs<'a> {
    /// Indexes and checks a block of `setelem-list-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `NFTABLES_A_SETELEM_LIST_ATTRS_TABLE`
    #[inline]
    pub fn table_attr(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_SETELEM_LIST_ATTRS_TABLE)
    }

    /// `NFTABLES_A_SETELEM_LIST_ATTRS_SET`
    #[inline]
    pub fn set(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_SETELEM_LIST_ATTRS_SET)
    }

    /// `NFTABLES_A_SETELEM_LIST_ATTRS_ELEMENTS`
    #[inline]
    pub fn elements(&self) -> Result<Option<SetelemListElemAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_SETELEM_LIST_ATTRS_ELEMENTS)
    }

    /// `NFTABLES_A_SETELEM_LIST_ATTRS_SET_ID`
    #[inline]
    pub fn set_id(&self) -> Option<u32> {
        self.0.u32(NFTABLES_A_SETELEM_LIST_ATTRS_SET_ID)
    }
}

/// The `gen-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct GenAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for GenAttrs<'a> {
    const SET: &'static AttrSet = &tables::GEN_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> GenAttrs<'a> {
    /// Indexes and checks a block of `gen-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFTABLES_A_GEN_ATTRS_ID`: ruleset generation id
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_GEN_ATTRS_ID)
    }

    /// `NFTABLES_A_GEN_ATTRS_PROC_PID`
    #[inline]
    pub fn proc_pid(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_GEN_ATTRS_PROC_PID)
    }

    /// `NFTABLES_A_GEN_ATTRS_PROC_NAME`
    #[inline]
    pub fn proc_name(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_GEN_ATTRS_PROC_NAME)
    }
}

/// The `obj-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ObjAttrs<'a>(Table<'a, 9>);

impl<'a> AttrView<'a> for ObjAttrs<'a> {
    const SET: &'static AttrSet = &tables::OBJ_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> ObjAttrs<'a> {
    /// Indexes and checks a block of `obj-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 9> {
        &self.0
    }

    /// `NFTABLES_A_OBJ_ATTRS_TABLE`: name of the table containing the expression
    #[inline]
    pub fn table_attr(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_OBJ_ATTRS_TABLE)
    }

    /// `NFTABLES_A_OBJ_ATTRS_NAME`: name of this expression type
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_OBJ_ATTRS_NAME)
    }

    /// `NFTABLES_A_OBJ_ATTRS_TYPE`: stateful object type
    #[inline]
    pub fn type_(&self) -> Option<ObjectType> {
        self.0
            .u32_be(NFTABLES_A_OBJ_ATTRS_TYPE)
            .map(|v| ObjectType::from_value(v as u32))
    }

    /// `NFTABLES_A_OBJ_ATTRS_DATA`: stateful object data
    #[inline]
    pub fn data(&self) -> Option<Attr<'a>> {
        self.0.get(NFTABLES_A_OBJ_ATTRS_DATA)
    }

    /// `NFTABLES_A_OBJ_ATTRS_USE`: number of references to this expression
    #[inline]
    pub fn use_(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_OBJ_ATTRS_USE)
    }

    /// `NFTABLES_A_OBJ_ATTRS_HANDLE`: object handle
    #[inline]
    pub fn handle(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_OBJ_ATTRS_HANDLE)
    }

    /// `NFTABLES_A_OBJ_ATTRS_USERDATA`: user data
    #[inline]
    pub fn userdata(&self) -> Option<&'a [u8]> {
        self.0.bytes(NFTABLES_A_OBJ_ATTRS_USERDATA)
    }
}

/// The `quota-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct QuotaAttrs<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for QuotaAttrs<'a> {
    const SET: &'static AttrSet = &tables::QUOTA_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> QuotaAttrs<'a> {
    /// Indexes and checks a block of `quota-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `NFTABLES_A_QUOTA_ATTRS_BYTES`
    #[inline]
    pub fn bytes(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_QUOTA_ATTRS_BYTES)
    }

    /// `NFTABLES_A_QUOTA_ATTRS_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<QuotaFlags> {
        self.0
            .u32_be(NFTABLES_A_QUOTA_ATTRS_FLAGS)
            .map(|v| QuotaFlags(v as u32))
    }

    /// `NFTABLES_A_QUOTA_ATTRS_CONSUMED`
    #[inline]
    pub fn consumed(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_QUOTA_ATTRS_CONSUMED)
    }
}

/// The `flowtable-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FlowtableAttrs<'a>(Table<'a, 8>);

impl<'a> AttrView<'a> for FlowtableAttrs<'a> {
    const SET: &'static AttrSet = &tables::FLOWTABLE_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> FlowtableAttrs<'a> {
    /// Indexes and checks a block of `flowtable-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 8> {
        &self.0
    }

    /// `NFTABLES_A_FLOWTABLE_ATTRS_TABLE`
    #[inline]
    pub fn table_attr(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_FLOWTABLE_ATTRS_TABLE)
    }

    /// `NFTABLES_A_FLOWTABLE_ATTRS_NAME`
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_FLOWTABLE_ATTRS_NAME)
    }

    /// `NFTABLES_A_FLOWTABLE_ATTRS_HOOK`
    #[inline]
    pub fn hook(&self) -> Result<Option<FlowtableHookAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_FLOWTABLE_ATTRS_HOOK)
    }

    /// `NFTABLES_A_FLOWTABLE_ATTRS_USE`
    #[inline]
    pub fn use_(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_FLOWTABLE_ATTRS_USE)
    }

    /// `NFTABLES_A_FLOWTABLE_ATTRS_HANDLE`
    #[inline]
    pub fn handle(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_FLOWTABLE_ATTRS_HANDLE)
    }

    /// `NFTABLES_A_FLOWTABLE_ATTRS_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_FLOWTABLE_ATTRS_FLAGS)
    }
}

/// The `flowtable-hook-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FlowtableHookAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for FlowtableHookAttrs<'a> {
    const SET: &'static AttrSet = &tables::FLOWTABLE_HOOK_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> FlowtableHookAttrs<'a> {
    /// Indexes and checks a block of `flowtable-hook-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFTABLES_A_FLOWTABLE_HOOK_ATTRS_NUM`
    #[inline]
    pub fn num(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_FLOWTABLE_HOOK_ATTRS_NUM)
    }

    /// `NFTABLES_A_FLOWTABLE_HOOK_ATTRS_PRIORITY`
    #[inline]
    pub fn priority(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_FLOWTABLE_HOOK_ATTRS_PRIORITY)
    }

    /// `NFTABLES_A_FLOWTABLE_HOOK_ATTRS_DEVS`
    #[inline]
    pub fn devs(&self) -> Result<Option<HookDevAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_FLOWTABLE_HOOK_ATTRS_DEVS)
    }
}

/// The bitwise expression supports boolean and shift operations. It
/// implements the boolean operations by performing the following
/// operation::
///
/// dreg = (sreg & mask) ^ xor
///
/// with these mask and xor values:
///
/// op      mask    xor
/// ----    ----    ---
/// NOT:     1       1
/// OR:     ~x       x
/// XOR:     1       x
/// AND:     x       0
#[derive(Debug, Clone)]
pub struct ExprBitwiseAttrs<'a>(Table<'a, 8>);

impl<'a> AttrView<'a> for ExprBitwiseAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_BITWISE_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> ExprBitwiseAttrs<'a> {
    /// Indexes and checks a block of `expr-bitwise-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 8> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_BITWISE_ATTRS_SREG`
    #[inline]
    pub fn sreg(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_BITWISE_ATTRS_SREG)
    }

    /// `NFTABLES_A_EXPR_BITWISE_ATTRS_DREG`
    #[inline]
    pub fn dreg(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_BITWISE_ATTRS_DREG)
    }

    /// `NFTABLES_A_EXPR_BITWISE_ATTRS_LEN`
    #[inline]
    pub fn len(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_BITWISE_ATTRS_LEN)
    }

    /// `NFTABLES_A_EXPR_BITWISE_ATTRS_MASK`
    #[inline]
    pub fn mask(&self) -> Result<Option<DataAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_EXPR_BITWISE_ATTRS_MASK)
    }

    /// `NFTABLES_A_EXPR_BITWISE_ATTRS_XOR`
    #[inline]
    pub fn xor(&self) -> Result<Option<DataAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_EXPR_BITWISE_ATTRS_XOR)
    }

    /// `NFTABLES_A_EXPR_BITWISE_ATTRS_OP`
    #[inline]
    pub fn op(&self) -> Option<BitwiseOps> {
        self.0
            .u32_be(NFTABLES_A_EXPR_BITWISE_ATTRS_OP)
            .map(|v| BitwiseOps::from_value(v as u32))
    }

    /// `NFTABLES_A_EXPR_BITWISE_ATTRS_DATA`
    #[inline]
    pub fn data(&self) -> Result<Option<DataAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_EXPR_BITWISE_ATTRS_DATA)
    }
}

/// The `expr-cmp-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprCmpAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for ExprCmpAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_CMP_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> ExprCmpAttrs<'a> {
    /// Indexes and checks a block of `expr-cmp-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_CMP_ATTRS_SREG`
    #[inline]
    pub fn sreg(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_CMP_ATTRS_SREG)
    }

    /// `NFTABLES_A_EXPR_CMP_ATTRS_OP`
    #[inline]
    pub fn op(&self) -> Option<CmpOps> {
        self.0
            .u32_be(NFTABLES_A_EXPR_CMP_ATTRS_OP)
            .map(|v| CmpOps::from_value(v as u32))
    }

    /// `NFTABLES_A_EXPR_CMP_ATTRS_DATA`
    #[inline]
    pub fn data(&self) -> Result<Option<DataAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_EXPR_CMP_ATTRS_DATA)
    }
}

/// The `data-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DataAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for DataAttrs<'a> {
    const SET: &'static AttrSet = &tables::DATA_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> DataAttrs<'a> {
    /// Indexes and checks a block of `data-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `NFTABLES_A_DATA_ATTRS_VALUE`
    #[inline]
    pub fn value(&self) -> Option<&'a [u8]> {
        self.0.bytes(NFTABLES_A_DATA_ATTRS_VALUE)
    }

    /// `NFTABLES_A_DATA_ATTRS_VERDICT`
    #[inline]
    pub fn verdict(&self) -> Result<Option<VerdictAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_DATA_ATTRS_VERDICT)
    }
}

/// The `verdict-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct VerdictAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for VerdictAttrs<'a> {
    const SET: &'static AttrSet = &tables::VERDICT_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> VerdictAttrs<'a> {
    /// Indexes and checks a block of `verdict-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFTABLES_A_VERDICT_ATTRS_CODE`: nf_tables verdict
    #[inline]
    pub fn code(&self) -> Option<VerdictCode> {
        self.0
            .u32_be(NFTABLES_A_VERDICT_ATTRS_CODE)
            .map(|v| VerdictCode::from_value(v as u32))
    }

    /// `NFTABLES_A_VERDICT_ATTRS_CHAIN`: jump target chain name
    #[inline]
    pub fn chain(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_VERDICT_ATTRS_CHAIN)
    }

    /// `NFTABLES_A_VERDICT_ATTRS_CHAIN_ID`: jump target chain ID
    #[inline]
    pub fn chain_id(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_VERDICT_ATTRS_CHAIN_ID)
    }
}

/// The `expr-counter-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprCounterAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for ExprCounterAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_COUNTER_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> ExprCounterAttrs<'a> {
    /// Indexes and checks a block of `expr-counter-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_COUNTER_ATTRS_BYTES`: Number of bytes
    #[inline]
    pub fn bytes(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_EXPR_COUNTER_ATTRS_BYTES)
    }

    /// `NFTABLES_A_EXPR_COUNTER_ATTRS_PACKETS`: Number of packets
    #[inline]
    pub fn packets(&self) -> Option<u64> {
        self.0.u64_be(NFTABLES_A_EXPR_COUNTER_ATTRS_PACKETS)
    }
}

/// The `expr-fib-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprFibAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for ExprFibAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_FIB_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> ExprFibAttrs<'a> {
    /// Indexes and checks a block of `expr-fib-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_FIB_ATTRS_DREG`
    #[inline]
    pub fn dreg(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_FIB_ATTRS_DREG)
    }

    /// `NFTABLES_A_EXPR_FIB_ATTRS_RESULT`
    #[inline]
    pub fn result(&self) -> Option<FibResult> {
        self.0
            .u32_be(NFTABLES_A_EXPR_FIB_ATTRS_RESULT)
            .map(|v| FibResult::from_value(v as u32))
    }

    /// `NFTABLES_A_EXPR_FIB_ATTRS_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<FibFlags> {
        self.0
            .u32_be(NFTABLES_A_EXPR_FIB_ATTRS_FLAGS)
            .map(|v| FibFlags(v as u32))
    }
}

/// The `expr-ct-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprCtAttrs<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for ExprCtAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_CT_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> ExprCtAttrs<'a> {
    /// Indexes and checks a block of `expr-ct-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_CT_ATTRS_DREG`
    #[inline]
    pub fn dreg(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_CT_ATTRS_DREG)
    }

    /// `NFTABLES_A_EXPR_CT_ATTRS_KEY`
    #[inline]
    pub fn key(&self) -> Option<CtKeys> {
        self.0
            .u32_be(NFTABLES_A_EXPR_CT_ATTRS_KEY)
            .map(|v| CtKeys::from_value(v as u32))
    }

    /// `NFTABLES_A_EXPR_CT_ATTRS_DIRECTION`
    #[inline]
    pub fn direction(&self) -> Option<CtDirection> {
        self.0
            .u8(NFTABLES_A_EXPR_CT_ATTRS_DIRECTION)
            .map(|v| CtDirection::from_value(v as u32))
    }

    /// `NFTABLES_A_EXPR_CT_ATTRS_SREG`
    #[inline]
    pub fn sreg(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_CT_ATTRS_SREG)
    }
}

/// The `expr-flow-offload-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprFlowOffloadAttrs<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for ExprFlowOffloadAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_FLOW_OFFLOAD_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> ExprFlowOffloadAttrs<'a> {
    /// Indexes and checks a block of `expr-flow-offload-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_FLOW_OFFLOAD_ATTRS_NAME`: Flow offload table name
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_EXPR_FLOW_OFFLOAD_ATTRS_NAME)
    }
}

/// The `expr-immediate-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprImmediateAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for ExprImmediateAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_IMMEDIATE_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> ExprImmediateAttrs<'a> {
    /// Indexes and checks a block of `expr-immediate-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_IMMEDIATE_ATTRS_DREG`
    #[inline]
    pub fn dreg(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_IMMEDIATE_ATTRS_DREG)
    }

    /// `NFTABLES_A_EXPR_IMMEDIATE_ATTRS_DATA`
    #[inline]
    pub fn data(&self) -> Result<Option<DataAttrs<'a>>, Error> {
        self.0.nest(NFTABLES_A_EXPR_IMMEDIATE_ATTRS_DATA)
    }
}

/// The `expr-lookup-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprLookupAttrs<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for ExprLookupAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_LOOKUP_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> ExprLookupAttrs<'a> {
    /// Indexes and checks a block of `expr-lookup-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_LOOKUP_ATTRS_SET`: Name of set to use
    #[inline]
    pub fn set(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_EXPR_LOOKUP_ATTRS_SET)
    }

    /// `NFTABLES_A_EXPR_LOOKUP_ATTRS_SET_ID`: ID of set to use
    #[inline]
    pub fn set_id(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_LOOKUP_ATTRS_SET_ID)
    }

    /// `NFTABLES_A_EXPR_LOOKUP_ATTRS_SREG`
    #[inline]
    pub fn sreg(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_LOOKUP_ATTRS_SREG)
    }

    /// `NFTABLES_A_EXPR_LOOKUP_ATTRS_DREG`
    #[inline]
    pub fn dreg(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_LOOKUP_ATTRS_DREG)
    }

    /// `NFTABLES_A_EXPR_LOOKUP_ATTRS_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<LookupFlags> {
        self.0
            .u32_be(NFTABLES_A_EXPR_LOOKUP_ATTRS_FLAGS)
            .map(|v| LookupFlags(v as u32))
    }
}

/// The `expr-masq-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprMasqAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for ExprMasqAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_MASQ_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> ExprMasqAttrs<'a> {
    /// Indexes and checks a block of `expr-masq-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_MASQ_ATTRS_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<NatRangeFlags> {
        self.0
            .u32_be(NFTABLES_A_EXPR_MASQ_ATTRS_FLAGS)
            .map(|v| NatRangeFlags(v as u32))
    }

    /// `NFTABLES_A_EXPR_MASQ_ATTRS_REG_PROTO_MIN`
    #[inline]
    pub fn reg_proto_min(&self) -> Option<Registers> {
        self.0
            .u32_be(NFTABLES_A_EXPR_MASQ_ATTRS_REG_PROTO_MIN)
            .map(|v| Registers::from_value(v as u32))
    }

    /// `NFTABLES_A_EXPR_MASQ_ATTRS_REG_PROTO_MAX`
    #[inline]
    pub fn reg_proto_max(&self) -> Option<Registers> {
        self.0
            .u32_be(NFTABLES_A_EXPR_MASQ_ATTRS_REG_PROTO_MAX)
            .map(|v| Registers::from_value(v as u32))
    }
}

/// The `expr-meta-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprMetaAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for ExprMetaAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_META_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> ExprMetaAttrs<'a> {
    /// Indexes and checks a block of `expr-meta-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_META_ATTRS_DREG`
    #[inline]
    pub fn dreg(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_META_ATTRS_DREG)
    }

    /// `NFTABLES_A_EXPR_META_ATTRS_KEY`
    #[inline]
    pub fn key(&self) -> Option<MetaKeys> {
        self.0
            .u32_be(NFTABLES_A_EXPR_META_ATTRS_KEY)
            .map(|v| MetaKeys::from_value(v as u32))
    }

    /// `NFTABLES_A_EXPR_META_ATTRS_SREG`
    #[inline]
    pub fn sreg(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_META_ATTRS_SREG)
    }
}

/// The `expr-nat-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprNatAttrs<'a>(Table<'a, 8>);

impl<'a> AttrView<'a> for ExprNatAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_NAT_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> ExprNatAttrs<'a> {
    /// Indexes and checks a block of `expr-nat-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 8> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_NAT_ATTRS_TYPE`
    #[inline]
    pub fn type_(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_NAT_ATTRS_TYPE)
    }

    /// `NFTABLES_A_EXPR_NAT_ATTRS_FAMILY`
    #[inline]
    pub fn family(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_NAT_ATTRS_FAMILY)
    }

    /// `NFTABLES_A_EXPR_NAT_ATTRS_REG_ADDR_MIN`
    #[inline]
    pub fn reg_addr_min(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_NAT_ATTRS_REG_ADDR_MIN)
    }

    /// `NFTABLES_A_EXPR_NAT_ATTRS_REG_ADDR_MAX`
    #[inline]
    pub fn reg_addr_max(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_NAT_ATTRS_REG_ADDR_MAX)
    }

    /// `NFTABLES_A_EXPR_NAT_ATTRS_REG_PROTO_MIN`
    #[inline]
    pub fn reg_proto_min(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_NAT_ATTRS_REG_PROTO_MIN)
    }

    /// `NFTABLES_A_EXPR_NAT_ATTRS_REG_PROTO_MAX`
    #[inline]
    pub fn reg_proto_max(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_NAT_ATTRS_REG_PROTO_MAX)
    }

    /// `NFTABLES_A_EXPR_NAT_ATTRS_FLAGS`
    #[inline]
    pub fn flags(&self) -> Option<NatRangeFlags> {
        self.0
            .u32_be(NFTABLES_A_EXPR_NAT_ATTRS_FLAGS)
            .map(|v| NatRangeFlags(v as u32))
    }
}

/// nf_tables payload expression netlink attributes
#[derive(Debug, Clone)]
pub struct ExprPayloadAttrs<'a>(Table<'a, 9>);

impl<'a> AttrView<'a> for ExprPayloadAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_PAYLOAD_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> ExprPayloadAttrs<'a> {
    /// Indexes and checks a block of `expr-payload-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 9> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_PAYLOAD_ATTRS_DREG`: destination register to load data into
    #[inline]
    pub fn dreg(&self) -> Option<Registers> {
        self.0
            .u32_be(NFTABLES_A_EXPR_PAYLOAD_ATTRS_DREG)
            .map(|v| Registers::from_value(v as u32))
    }

    /// `NFTABLES_A_EXPR_PAYLOAD_ATTRS_BASE`: payload base
    #[inline]
    pub fn base(&self) -> Option<PayloadBase> {
        self.0
            .u32_be(NFTABLES_A_EXPR_PAYLOAD_ATTRS_BASE)
            .map(|v| PayloadBase::from_value(v as u32))
    }

    /// `NFTABLES_A_EXPR_PAYLOAD_ATTRS_OFFSET`: payload offset relative to base
    #[inline]
    pub fn offset(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_PAYLOAD_ATTRS_OFFSET)
    }

    /// `NFTABLES_A_EXPR_PAYLOAD_ATTRS_LEN`: payload length
    #[inline]
    pub fn len(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_PAYLOAD_ATTRS_LEN)
    }

    /// `NFTABLES_A_EXPR_PAYLOAD_ATTRS_SREG`: source register to load data from
    #[inline]
    pub fn sreg(&self) -> Option<Registers> {
        self.0
            .u32_be(NFTABLES_A_EXPR_PAYLOAD_ATTRS_SREG)
            .map(|v| Registers::from_value(v as u32))
    }

    /// `NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_TYPE`: checksum type
    #[inline]
    pub fn csum_type(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_TYPE)
    }

    /// `NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_OFFSET`: checksum offset relative to base
    #[inline]
    pub fn csum_offset(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_OFFSET)
    }

    /// `NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_FLAGS`: checksum flags
    #[inline]
    pub fn csum_flags(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_FLAGS)
    }
}

/// The `expr-reject-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprRejectAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for ExprRejectAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_REJECT_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> ExprRejectAttrs<'a> {
    /// Indexes and checks a block of `expr-reject-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_REJECT_ATTRS_TYPE`
    #[inline]
    pub fn type_(&self) -> Option<RejectTypes> {
        self.0
            .u32_be(NFTABLES_A_EXPR_REJECT_ATTRS_TYPE)
            .map(|v| RejectTypes::from_value(v as u32))
    }

    /// `NFTABLES_A_EXPR_REJECT_ATTRS_ICMP_CODE`
    #[inline]
    pub fn icmp_code(&self) -> Option<u8> {
        self.0.u8(NFTABLES_A_EXPR_REJECT_ATTRS_ICMP_CODE)
    }
}

/// The `expr-target-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprTargetAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for ExprTargetAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_TARGET_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> ExprTargetAttrs<'a> {
    /// Indexes and checks a block of `expr-target-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_TARGET_ATTRS_NAME`
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_EXPR_TARGET_ATTRS_NAME)
    }

    /// `NFTABLES_A_EXPR_TARGET_ATTRS_REV`
    #[inline]
    pub fn rev(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_TARGET_ATTRS_REV)
    }

    /// `NFTABLES_A_EXPR_TARGET_ATTRS_INFO`
    #[inline]
    pub fn info(&self) -> Option<&'a [u8]> {
        self.0.bytes(NFTABLES_A_EXPR_TARGET_ATTRS_INFO)
    }
}

/// The `expr-tproxy-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprTproxyAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for ExprTproxyAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_TPROXY_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> ExprTproxyAttrs<'a> {
    /// Indexes and checks a block of `expr-tproxy-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_TPROXY_ATTRS_FAMILY`
    #[inline]
    pub fn family(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_TPROXY_ATTRS_FAMILY)
    }

    /// `NFTABLES_A_EXPR_TPROXY_ATTRS_REG_ADDR`
    #[inline]
    pub fn reg_addr(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_TPROXY_ATTRS_REG_ADDR)
    }

    /// `NFTABLES_A_EXPR_TPROXY_ATTRS_REG_PORT`
    #[inline]
    pub fn reg_port(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_TPROXY_ATTRS_REG_PORT)
    }
}

/// The `expr-objref-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct ExprObjrefAttrs<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for ExprObjrefAttrs<'a> {
    const SET: &'static AttrSet = &tables::EXPR_OBJREF_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> ExprObjrefAttrs<'a> {
    /// Indexes and checks a block of `expr-objref-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `NFTABLES_A_EXPR_OBJREF_ATTRS_IMM_TYPE`
    #[inline]
    pub fn imm_type(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_OBJREF_ATTRS_IMM_TYPE)
    }

    /// `NFTABLES_A_EXPR_OBJREF_ATTRS_IMM_NAME`: object name
    #[inline]
    pub fn imm_name(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_EXPR_OBJREF_ATTRS_IMM_NAME)
    }

    /// `NFTABLES_A_EXPR_OBJREF_ATTRS_SET_SREG`
    #[inline]
    pub fn set_sreg(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_OBJREF_ATTRS_SET_SREG)
    }

    /// `NFTABLES_A_EXPR_OBJREF_ATTRS_SET_NAME`: name of object map
    #[inline]
    pub fn set_name(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_EXPR_OBJREF_ATTRS_SET_NAME)
    }

    /// `NFTABLES_A_EXPR_OBJREF_ATTRS_SET_ID`: id of object map
    #[inline]
    pub fn set_id(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_EXPR_OBJREF_ATTRS_SET_ID)
    }
}

/// The `compat-target-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CompatTargetAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for CompatTargetAttrs<'a> {
    const SET: &'static AttrSet = &tables::COMPAT_TARGET_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> CompatTargetAttrs<'a> {
    /// Indexes and checks a block of `compat-target-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFTABLES_A_COMPAT_TARGET_ATTRS_NAME`
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_COMPAT_TARGET_ATTRS_NAME)
    }

    /// `NFTABLES_A_COMPAT_TARGET_ATTRS_REV`
    #[inline]
    pub fn rev(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_COMPAT_TARGET_ATTRS_REV)
    }

    /// `NFTABLES_A_COMPAT_TARGET_ATTRS_INFO`
    #[inline]
    pub fn info(&self) -> Option<&'a [u8]> {
        self.0.bytes(NFTABLES_A_COMPAT_TARGET_ATTRS_INFO)
    }
}

/// The `compat-match-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CompatMatchAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for CompatMatchAttrs<'a> {
    const SET: &'static AttrSet = &tables::COMPAT_MATCH_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> CompatMatchAttrs<'a> {
    /// Indexes and checks a block of `compat-match-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFTABLES_A_COMPAT_MATCH_ATTRS_NAME`
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_COMPAT_MATCH_ATTRS_NAME)
    }

    /// `NFTABLES_A_COMPAT_MATCH_ATTRS_REV`
    #[inline]
    pub fn rev(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_COMPAT_MATCH_ATTRS_REV)
    }

    /// `NFTABLES_A_COMPAT_MATCH_ATTRS_INFO`
    #[inline]
    pub fn info(&self) -> Option<&'a [u8]> {
        self.0.bytes(NFTABLES_A_COMPAT_MATCH_ATTRS_INFO)
    }
}

/// The `compat-attrs` attributes of `nftables`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct CompatAttrs<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for CompatAttrs<'a> {
    const SET: &'static AttrSet = &tables::COMPAT_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> CompatAttrs<'a> {
    /// Indexes and checks a block of `compat-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `NFTABLES_A_COMPAT_ATTRS_NAME`
    #[inline]
    pub fn name(&self) -> Option<&'a str> {
        self.0.str(NFTABLES_A_COMPAT_ATTRS_NAME)
    }

    /// `NFTABLES_A_COMPAT_ATTRS_REV`
    #[inline]
    pub fn rev(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_COMPAT_ATTRS_REV)
    }

    /// `NFTABLES_A_COMPAT_ATTRS_TYPE`
    #[inline]
    pub fn type_(&self) -> Option<u32> {
        self.0.u32_be(NFTABLES_A_COMPAT_ATTRS_TYPE)
    }
}

/// The `expr-ops` sub-message of `nftables`, chosen by its selector wherever it sits in the block.
#[derive(Debug, Clone)]
pub enum ExprOps<'a> {
    /// Selector `bitwise`.
    Bitwise(ExprBitwiseAttrs<'a>),
    /// Selector `cmp`.
    Cmp(ExprCmpAttrs<'a>),
    /// Selector `counter`.
    Counter(ExprCounterAttrs<'a>),
    /// Selector `ct`.
    Ct(ExprCtAttrs<'a>),
    /// Selector `fib`.
    Fib(ExprFibAttrs<'a>),
    /// Selector `flow_offload`.
    FlowOffload(ExprFlowOffloadAttrs<'a>),
    /// Selector `immediate`.
    Immediate(ExprImmediateAttrs<'a>),
    /// Selector `log`.
    Log(LogAttrs<'a>),
    /// Selector `lookup`.
    Lookup(ExprLookupAttrs<'a>),
    /// Selector `match`.
    Match(CompatMatchAttrs<'a>),
    /// Selector `meta`.
    Meta(ExprMetaAttrs<'a>),
    /// Selector `nat`.
    Nat(ExprNatAttrs<'a>),
    /// Selector `numgen`.
    Numgen(NumgenAttrs<'a>),
    /// Selector `objref`.
    Objref(ExprObjrefAttrs<'a>),
    /// Selector `payload`.
    Payload(ExprPayloadAttrs<'a>),
    /// Selector `quota`.
    Quota(QuotaAttrs<'a>),
    /// Selector `range`.
    Range(RangeAttrs<'a>),
    /// Selector `reject`.
    Reject(ExprRejectAttrs<'a>),
    /// Selector `target`.
    Target(ExprTargetAttrs<'a>),
    /// Selector `tproxy`.
    Tproxy(ExprTproxyAttrs<'a>),
    /// A selector value the spec does not know: the nest, kept raw.
    Other {
        /// The selector's value.
        selector: Option<&'a str>,
        /// The nest.
        attr: Attr<'a>,
    },
}

impl<'a> ExprOps<'a> {
    /// Parses the nest `attr` as the format `selector` names.
    pub fn parse(attr: Option<Attr<'a>>, selector: Option<&'a str>) -> Result<Option<Self>, Error> {
        let Some(attr) = attr else { return Ok(None) };
        Ok(Some(match selector {
            Some("bitwise") => Self::Bitwise(ExprBitwiseAttrs::parse(attr.nested())?),
            Some("cmp") => Self::Cmp(ExprCmpAttrs::parse(attr.nested())?),
            Some("counter") => Self::Counter(ExprCounterAttrs::parse(attr.nested())?),
            Some("ct") => Self::Ct(ExprCtAttrs::parse(attr.nested())?),
            Some("fib") => Self::Fib(ExprFibAttrs::parse(attr.nested())?),
            Some("flow_offload") => Self::FlowOffload(ExprFlowOffloadAttrs::parse(attr.nested())?),
            Some("immediate") => Self::Immediate(ExprImmediateAttrs::parse(attr.nested())?),
            Some("log") => Self::Log(LogAttrs::parse(attr.nested())?),
            Some("lookup") => Self::Lookup(ExprLookupAttrs::parse(attr.nested())?),
            Some("match") => Self::Match(CompatMatchAttrs::parse(attr.nested())?),
            Some("meta") => Self::Meta(ExprMetaAttrs::parse(attr.nested())?),
            Some("nat") => Self::Nat(ExprNatAttrs::parse(attr.nested())?),
            Some("numgen") => Self::Numgen(NumgenAttrs::parse(attr.nested())?),
            Some("objref") => Self::Objref(ExprObjrefAttrs::parse(attr.nested())?),
            Some("payload") => Self::Payload(ExprPayloadAttrs::parse(attr.nested())?),
            Some("quota") => Self::Quota(QuotaAttrs::parse(attr.nested())?),
            Some("range") => Self::Range(RangeAttrs::parse(attr.nested())?),
            Some("reject") => Self::Reject(ExprRejectAttrs::parse(attr.nested())?),
            Some("target") => Self::Target(ExprTargetAttrs::parse(attr.nested())?),
            Some("tproxy") => Self::Tproxy(ExprTproxyAttrs::parse(attr.nested())?),
            selector => Self::Other { selector, attr },
        }))
    }
}

/// The `obj-data` sub-message of `nftables`, chosen by its selector wherever it sits in the block.
#[derive(Debug, Clone)]
pub enum ObjData<'a> {
    /// Selector `counter`.
    Counter(CounterAttrs<'a>),
    /// Selector `quota`.
    Quota(QuotaAttrs<'a>),
    /// A selector value the spec does not know: the nest, kept raw.
    Other {
        /// The selector's value.
        selector: Option<&'a str>,
        /// The nest.
        attr: Attr<'a>,
    },
}

impl<'a> ObjData<'a> {
    /// Parses the nest `attr` as the format `selector` names.
    pub fn parse(attr: Option<Attr<'a>>, selector: Option<&'a str>) -> Result<Option<Self>, Error> {
        let Some(attr) = attr else { return Ok(None) };
        Ok(Some(match selector {
            Some("counter") => Self::Counter(CounterAttrs::parse(attr.nested())?),
            Some("quota") => Self::Quota(QuotaAttrs::parse(attr.nested())?),
            selector => Self::Other { selector, attr },
        }))
    }
}
