//! Typed builders of `nftables`: one per attribute set, over the codec's [`Writer`] (so they
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
    /// The `log-attrs` attribute set.
    pub enum LogAttrs {}
    /// The `numgen-attrs` attribute set.
    pub enum NumgenAttrs {}
    /// The `range-attrs` attribute set.
    pub enum RangeAttrs {}
    /// The `batch-attrs` attribute set.
    pub enum BatchAttrs {}
    /// The `table-attrs` attribute set.
    pub enum TableAttrs {}
    /// The `chain-attrs` attribute set.
    pub enum ChainAttrs {}
    /// The `counter-attrs` attribute set.
    pub enum CounterAttrs {}
    /// The `nft-hook-attrs` attribute set.
    pub enum NftHookAttrs {}
    /// The `hook-dev-attrs` attribute set.
    pub enum HookDevAttrs {}
    /// The `nft-counter-attrs` attribute set.
    pub enum NftCounterAttrs {}
    /// The `rule-attrs` attribute set.
    pub enum RuleAttrs {}
    /// The `expr-list-attrs` attribute set.
    pub enum ExprListAttrs {}
    /// The `expr-attrs` attribute set.
    pub enum ExprAttrs {}
    /// The `rule-compat-attrs` attribute set.
    pub enum RuleCompatAttrs {}
    /// The `set-attrs` attribute set.
    pub enum SetAttrs {}
    /// The `set-desc-attrs` attribute set.
    pub enum SetDescAttrs {}
    /// The `set-desc-concat-attrs` attribute set.
    pub enum SetDescConcatAttrs {}
    /// The `set-field-attrs` attribute set.
    pub enum SetFieldAttrs {}
    /// The `set-list-attrs` attribute set.
    pub enum SetListAttrs {}
    /// The `setelem-attrs` attribute set.
    pub enum SetelemAttrs {}
    /// The `setelem-list-elem-attrs` attribute set.
    pub enum SetelemListElemAttrs {}
    /// The `setelem-list-attrs` attribute set.
    pub enum SetelemListAttrs {}
    /// The `gen-attrs` attribute set.
    pub enum GenAttrs {}
    /// The `obj-attrs` attribute set.
    pub enum ObjAttrs {}
    /// The `quota-attrs` attribute set.
    pub enum QuotaAttrs {}
    /// The `flowtable-attrs` attribute set.
    pub enum FlowtableAttrs {}
    /// The `flowtable-hook-attrs` attribute set.
    pub enum FlowtableHookAttrs {}
    /// The `expr-bitwise-attrs` attribute set.
    pub enum ExprBitwiseAttrs {}
    /// The `expr-cmp-attrs` attribute set.
    pub enum ExprCmpAttrs {}
    /// The `data-attrs` attribute set.
    pub enum DataAttrs {}
    /// The `verdict-attrs` attribute set.
    pub enum VerdictAttrs {}
    /// The `expr-counter-attrs` attribute set.
    pub enum ExprCounterAttrs {}
    /// The `expr-fib-attrs` attribute set.
    pub enum ExprFibAttrs {}
    /// The `expr-ct-attrs` attribute set.
    pub enum ExprCtAttrs {}
    /// The `expr-flow-offload-attrs` attribute set.
    pub enum ExprFlowOffloadAttrs {}
    /// The `expr-immediate-attrs` attribute set.
    pub enum ExprImmediateAttrs {}
    /// The `expr-lookup-attrs` attribute set.
    pub enum ExprLookupAttrs {}
    /// The `expr-masq-attrs` attribute set.
    pub enum ExprMasqAttrs {}
    /// The `expr-meta-attrs` attribute set.
    pub enum ExprMetaAttrs {}
    /// The `expr-nat-attrs` attribute set.
    pub enum ExprNatAttrs {}
    /// The `expr-payload-attrs` attribute set.
    pub enum ExprPayloadAttrs {}
    /// The `expr-reject-attrs` attribute set.
    pub enum ExprRejectAttrs {}
    /// The `expr-target-attrs` attribute set.
    pub enum ExprTargetAttrs {}
    /// The `expr-tproxy-attrs` attribute set.
    pub enum ExprTproxyAttrs {}
    /// The `expr-objref-attrs` attribute set.
    pub enum ExprObjrefAttrs {}
    /// The `compat-target-attrs` attribute set.
    pub enum CompatTargetAttrs {}
    /// The `compat-match-attrs` attribute set.
    pub enum CompatMatchAttrs {}
    /// The `compat-attrs` attribute set.
    pub enum CompatAttrs {}
}

/// Writes `log-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type LogAttrsBuilder<'w, B> = Builder<'w, sets::LogAttrs, B>;

impl<B: Buffer> LogAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_LOG_ATTRS_GROUP`: netlink group to send messages to
    pub fn group(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_LOG_ATTRS_GROUP, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_LOG_ATTRS_PREFIX`: prefix to prepend to log messages
    pub fn prefix(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_LOG_ATTRS_PREFIX, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_LOG_ATTRS_SNAPLEN`: length of payload to include in netlink message
    pub fn snaplen(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_LOG_ATTRS_SNAPLEN, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_LOG_ATTRS_QTHRESHOLD`: queue threshold
    pub fn qthreshold(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_LOG_ATTRS_QTHRESHOLD, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_LOG_ATTRS_LEVEL`: log level
    pub fn level(&mut self, v: LogLevel) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_LOG_ATTRS_LEVEL, &(v.value()).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_LOG_ATTRS_FLAGS`: logging flags
    pub fn flags(&mut self, v: LogFlags) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_LOG_ATTRS_FLAGS, &(v.bits()).to_be_bytes())?;
        Ok(self)
    }
}

/// Writes `numgen-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type NumgenAttrsBuilder<'w, B> = Builder<'w, sets::NumgenAttrs, B>;

impl<B: Buffer> NumgenAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_NUMGEN_ATTRS_DREG`: destination register
    pub fn dreg(&mut self, v: Registers) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_NUMGEN_ATTRS_DREG, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_NUMGEN_ATTRS_MODULUS`: maximum counter value
    pub fn modulus(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_NUMGEN_ATTRS_MODULUS, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_NUMGEN_ATTRS_TYPE`: operation type
    pub fn type_(&mut self, v: NumgenTypes) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_NUMGEN_ATTRS_TYPE, &(v.value()).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_NUMGEN_ATTRS_OFFSET`: offset to be added to the counter
    pub fn offset(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_NUMGEN_ATTRS_OFFSET, &(v).to_be_bytes())?;
        Ok(self)
    }
}

/// Writes `range-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type RangeAttrsBuilder<'w, B> = Builder<'w, sets::RangeAttrs, B>;

impl<B: Buffer> RangeAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_RANGE_ATTRS_SREG`: source register of data to compare
    pub fn sreg(&mut self, v: Registers) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_RANGE_ATTRS_SREG, &(v.value()).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_RANGE_ATTRS_OP`: cmp operation
    pub fn op(&mut self, v: RangeOps) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_RANGE_ATTRS_OP, &(v.value()).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_RANGE_ATTRS_FROM_DATA`: data range from
    pub fn from_data(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DataAttrsBuilder<'y, B>,
        ) -> Result<&'x mut DataAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFTABLES_A_RANGE_ATTRS_FROM_DATA, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_RANGE_ATTRS_TO_DATA`: data range to
    pub fn to_data(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DataAttrsBuilder<'y, B>,
        ) -> Result<&'x mut DataAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFTABLES_A_RANGE_ATTRS_TO_DATA, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `batch-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type BatchAttrsBuilder<'w, B> = Builder<'w, sets::BatchAttrs, B>;

impl<B: Buffer> BatchAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_BATCH_ATTRS_GENID`: generation ID for this changeset
    pub fn genid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_BATCH_ATTRS_GENID, &(v).to_be_bytes())?;
        Ok(self)
    }
}

/// Writes `table-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type TableAttrsBuilder<'w, B> = Builder<'w, sets::TableAttrs, B>;

impl<B: Buffer> TableAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_TABLE_ATTRS_NAME`: name of the table
    pub fn name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_TABLE_ATTRS_NAME, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_TABLE_ATTRS_FLAGS`: bitmask of flags
    pub fn flags(&mut self, v: TableFlags) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_TABLE_ATTRS_FLAGS, &(v.bits()).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_TABLE_ATTRS_USE`: number of chains in this table
    pub fn use_(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_TABLE_ATTRS_USE, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_TABLE_ATTRS_HANDLE`: numeric handle of the table
    pub fn handle(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_TABLE_ATTRS_HANDLE, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_TABLE_ATTRS_USERDATA`: user data
    pub fn userdata(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NFTABLES_A_TABLE_ATTRS_USERDATA, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_TABLE_ATTRS_OWNER`: owner of this table through netlink portID
    pub fn owner(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_TABLE_ATTRS_OWNER, &(v).to_be_bytes())?;
        Ok(self)
    }
}

/// Writes `chain-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ChainAttrsBuilder<'w, B> = Builder<'w, sets::ChainAttrs, B>;

impl<B: Buffer> ChainAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_CHAIN_ATTRS_TABLE`: name of the table containing the chain
    pub fn table_attr(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_CHAIN_ATTRS_TABLE, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_CHAIN_ATTRS_HANDLE`: numeric handle of the chain
    pub fn handle(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_CHAIN_ATTRS_HANDLE, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_CHAIN_ATTRS_NAME`: name of the chain
    pub fn name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_CHAIN_ATTRS_NAME, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_CHAIN_ATTRS_HOOK`: hook specification for basechains
    pub fn hook(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut NftHookAttrsBuilder<'y, B>,
        ) -> Result<&'x mut NftHookAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFTABLES_A_CHAIN_ATTRS_HOOK, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_CHAIN_ATTRS_POLICY`: numeric policy of the chain
    pub fn policy(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_CHAIN_ATTRS_POLICY, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_CHAIN_ATTRS_USE`: number of references to this chain
    pub fn use_(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_CHAIN_ATTRS_USE, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_CHAIN_ATTRS_TYPE`: type name of the chain
    pub fn type_(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_CHAIN_ATTRS_TYPE, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_CHAIN_ATTRS_COUNTERS`: counter specification of the chain
    pub fn counters(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut NftCounterAttrsBuilder<'y, B>,
        ) -> Result<&'x mut NftCounterAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFTABLES_A_CHAIN_ATTRS_COUNTERS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_CHAIN_ATTRS_FLAGS`: chain flags
    pub fn flags(&mut self, v: ChainFlags) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_CHAIN_ATTRS_FLAGS, &(v.bits()).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_CHAIN_ATTRS_ID`: uniquely identifies a chain in a transaction
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_CHAIN_ATTRS_ID, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_CHAIN_ATTRS_USERDATA`: user data
    pub fn userdata(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NFTABLES_A_CHAIN_ATTRS_USERDATA, v)?;
        Ok(self)
    }
}

/// Writes `counter-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type CounterAttrsBuilder<'w, B> = Builder<'w, sets::CounterAttrs, B>;

impl<B: Buffer> CounterAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_COUNTER_ATTRS_BYTES`.
    pub fn bytes(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_COUNTER_ATTRS_BYTES, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_COUNTER_ATTRS_PACKETS`.
    pub fn packets(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_COUNTER_ATTRS_PACKETS, &(v).to_be_bytes())?;
        Ok(self)
    }
}

/// Writes `nft-hook-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type NftHookAttrsBuilder<'w, B> = Builder<'w, sets::NftHookAttrs, B>;

impl<B: Buffer> NftHookAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_NFT_HOOK_ATTRS_NUM`.
    pub fn num(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_NFT_HOOK_ATTRS_NUM, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_NFT_HOOK_ATTRS_PRIORITY`.
    pub fn priority(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_NFT_HOOK_ATTRS_PRIORITY, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_NFT_HOOK_ATTRS_DEV`: net device name
    pub fn dev(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_NFT_HOOK_ATTRS_DEV, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_NFT_HOOK_ATTRS_DEVS`: list of net devices
    pub fn devs(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HookDevAttrsBuilder<'y, B>,
        ) -> Result<&'x mut HookDevAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFTABLES_A_NFT_HOOK_ATTRS_DEVS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `hook-dev-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type HookDevAttrsBuilder<'w, B> = Builder<'w, sets::HookDevAttrs, B>;

impl<B: Buffer> HookDevAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_HOOK_DEV_ATTRS_NAME`.
    pub fn name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_HOOK_DEV_ATTRS_NAME, v)?;
        Ok(self)
    }
}

/// Writes `nft-counter-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type NftCounterAttrsBuilder<'w, B> = Builder<'w, sets::NftCounterAttrs, B>;

impl<B: Buffer> NftCounterAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_NFT_COUNTER_ATTRS_BYTES`.
    pub fn bytes(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_NFT_COUNTER_ATTRS_BYTES, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_NFT_COUNTER_ATTRS_PACKETS`.
    pub fn packets(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_NFT_COUNTER_ATTRS_PACKETS, &(v).to_be_bytes())?;
        Ok(self)
    }
}

/// Writes `rule-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type RuleAttrsBuilder<'w, B> = Builder<'w, sets::RuleAttrs, B>;

impl<B: Buffer> RuleAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_RULE_ATTRS_TABLE`: name of the table containing the rule
    pub fn table_attr(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_RULE_ATTRS_TABLE, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_RULE_ATTRS_CHAIN`: name of the chain containing the rule
    pub fn chain(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_RULE_ATTRS_CHAIN, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_RULE_ATTRS_HANDLE`: numeric handle of the rule
    pub fn handle(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_RULE_ATTRS_HANDLE, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_RULE_ATTRS_EXPRESSIONS`: list of expressions
    pub fn expressions(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ExprListAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ExprListAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFTABLES_A_RULE_ATTRS_EXPRESSIONS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_RULE_ATTRS_COMPAT`: compatibility specifications of the rule
    pub fn compat(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut RuleCompatAttrsBuilder<'y, B>,
        ) -> Result<&'x mut RuleCompatAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFTABLES_A_RULE_ATTRS_COMPAT, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_RULE_ATTRS_POSITION`: numeric handle of the previous rule
    pub fn position(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_RULE_ATTRS_POSITION, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_RULE_ATTRS_USERDATA`: user data
    pub fn userdata(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NFTABLES_A_RULE_ATTRS_USERDATA, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_RULE_ATTRS_ID`: uniquely identifies a rule in a transaction
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_RULE_ATTRS_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_RULE_ATTRS_POSITION_ID`: transaction unique identifier of the previous rule
    pub fn position_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_RULE_ATTRS_POSITION_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_RULE_ATTRS_CHAIN_ID`: add the rule to chain by ID, alternative to chain name
    pub fn chain_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_RULE_ATTRS_CHAIN_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `expr-list-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ExprListAttrsBuilder<'w, B> = Builder<'w, sets::ExprListAttrs, B>;

impl<B: Buffer> ExprListAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_EXPR_LIST_ATTRS_ELEM`.
    pub fn elem(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ExprAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ExprAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFTABLES_A_EXPR_LIST_ATTRS_ELEM, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `expr-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ExprAttrsBuilder<'w, B> = Builder<'w, sets::ExprAttrs, B>;

impl<B: Buffer> ExprAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_EXPR_ATTRS_NAME`: name of the expression type
    pub fn name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_EXPR_ATTRS_NAME, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_ATTRS_DATA`: type specific data
    pub fn data_bitwise(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ExprBitwiseAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut ExprBitwiseAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_EXPR_ATTRS_NAME, "bitwise")?;
        self.w.put_nested(NFTABLES_A_EXPR_ATTRS_DATA, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_ATTRS_DATA`: type specific data
    pub fn data_cmp(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ExprCmpAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ExprCmpAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_EXPR_ATTRS_NAME, "cmp")?;
        self.w.put_nested(NFTABLES_A_EXPR_ATTRS_DATA, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_ATTRS_DATA`: type specific data
    pub fn data_counter(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ExprCounterAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut ExprCounterAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_EXPR_ATTRS_NAME, "counter")?;
        self.w.put_nested(NFTABLES_A_EXPR_ATTRS_DATA, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_ATTRS_DATA`: type specific data
    pub fn data_ct(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ExprCtAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ExprCtAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_EXPR_ATTRS_NAME, "ct")?;
        self.w.put_nested(NFTABLES_A_EXPR_ATTRS_DATA, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_ATTRS_DATA`: type specific data
    pub fn data_fib(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ExprFibAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ExprFibAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_EXPR_ATTRS_NAME, "fib")?;
        self.w.put_nested(NFTABLES_A_EXPR_ATTRS_DATA, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_ATTRS_DATA`: type specific data
    pub fn data_flow_offload(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ExprFlowOffloadAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut ExprFlowOffloadAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_EXPR_ATTRS_NAME, "flow_offload")?;
        self.w.put_nested(NFTABLES_A_EXPR_ATTRS_DATA, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_ATTRS_DATA`: type specific data
    pub fn data_immediate(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ExprImmediateAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut ExprImmediateAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_EXPR_ATTRS_NAME, "immediate")?;
        self.w.put_nested(NFTABLES_A_EXPR_ATTRS_DATA, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_ATTRS_DATA`: type specific data
    pub fn data_log(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut LogAttrsBuilder<'y, B>,
        ) -> Result<&'x mut LogAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_EXPR_ATTRS_NAME, "log")?;
        self.w.put_nested(NFTABLES_A_EXPR_ATTRS_DATA, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_ATTRS_DATA`: type specific data
    pub fn data_lookup(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ExprLookupAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ExprLookupAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_EXPR_ATTRS_NAME, "lookup")?;
        self.w.put_nested(NFTABLES_A_EXPR_ATTRS_DATA, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_ATTRS_DATA`: type specific data
    pub fn data_match_(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut CompatMatchAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut CompatMatchAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_EXPR_ATTRS_NAME, "match")?;
        self.w.put_nested(NFTABLES_A_EXPR_ATTRS_DATA, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_ATTRS_DATA`: type specific data
    pub fn data_meta(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ExprMetaAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ExprMetaAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_EXPR_ATTRS_NAME, "meta")?;
        self.w.put_nested(NFTABLES_A_EXPR_ATTRS_DATA, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_ATTRS_DATA`: type specific data
    pub fn data_nat(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ExprNatAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ExprNatAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_EXPR_ATTRS_NAME, "nat")?;
        self.w.put_nested(NFTABLES_A_EXPR_ATTRS_DATA, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_ATTRS_DATA`: type specific data
    pub fn data_numgen(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut NumgenAttrsBuilder<'y, B>,
        ) -> Result<&'x mut NumgenAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_EXPR_ATTRS_NAME, "numgen")?;
        self.w.put_nested(NFTABLES_A_EXPR_ATTRS_DATA, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_ATTRS_DATA`: type specific data
    pub fn data_objref(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ExprObjrefAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ExprObjrefAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_EXPR_ATTRS_NAME, "objref")?;
        self.w.put_nested(NFTABLES_A_EXPR_ATTRS_DATA, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_ATTRS_DATA`: type specific data
    pub fn data_payload(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ExprPayloadAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut ExprPayloadAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_EXPR_ATTRS_NAME, "payload")?;
        self.w.put_nested(NFTABLES_A_EXPR_ATTRS_DATA, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_ATTRS_DATA`: type specific data
    pub fn data_quota(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut QuotaAttrsBuilder<'y, B>,
        ) -> Result<&'x mut QuotaAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_EXPR_ATTRS_NAME, "quota")?;
        self.w.put_nested(NFTABLES_A_EXPR_ATTRS_DATA, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_ATTRS_DATA`: type specific data
    pub fn data_range(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut RangeAttrsBuilder<'y, B>,
        ) -> Result<&'x mut RangeAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_EXPR_ATTRS_NAME, "range")?;
        self.w.put_nested(NFTABLES_A_EXPR_ATTRS_DATA, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_ATTRS_DATA`: type specific data
    pub fn data_reject(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ExprRejectAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ExprRejectAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_EXPR_ATTRS_NAME, "reject")?;
        self.w.put_nested(NFTABLES_A_EXPR_ATTRS_DATA, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_ATTRS_DATA`: type specific data
    pub fn data_target(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ExprTargetAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ExprTargetAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_EXPR_ATTRS_NAME, "target")?;
        self.w.put_nested(NFTABLES_A_EXPR_ATTRS_DATA, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_ATTRS_DATA`: type specific data
    pub fn data_tproxy(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ExprTproxyAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ExprTproxyAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_EXPR_ATTRS_NAME, "tproxy")?;
        self.w.put_nested(NFTABLES_A_EXPR_ATTRS_DATA, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_ATTRS_DATA`: type specific data
    pub fn data_masq(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ExprMasqAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ExprMasqAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_EXPR_ATTRS_NAME, "masq")?;
        self.w.put_nested(NFTABLES_A_EXPR_ATTRS_DATA, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_ATTRS_DATA`: type specific data
    pub fn data_raw(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFTABLES_A_EXPR_ATTRS_DATA, f)?;
        Ok(self)
    }
}

/// Writes `rule-compat-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type RuleCompatAttrsBuilder<'w, B> = Builder<'w, sets::RuleCompatAttrs, B>;

impl<B: Buffer> RuleCompatAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_RULE_COMPAT_ATTRS_PROTO`: numeric value of the handled protocol
    pub fn proto(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_RULE_COMPAT_ATTRS_PROTO, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_RULE_COMPAT_ATTRS_FLAGS`: bitmask of flags
    pub fn flags(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_RULE_COMPAT_ATTRS_FLAGS, &(v).to_be_bytes())?;
        Ok(self)
    }
}

/// Writes `set-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type SetAttrsBuilder<'w, B> = Builder<'w, sets::SetAttrs, B>;

impl<B: Buffer> SetAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_SET_ATTRS_TABLE`: table name
    pub fn table_attr(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_SET_ATTRS_TABLE, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SET_ATTRS_NAME`: set name
    pub fn name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_SET_ATTRS_NAME, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SET_ATTRS_FLAGS`: bitmask of enum nft_set_flags
    pub fn flags(&mut self, v: SetFlags) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_SET_ATTRS_FLAGS, &(v.bits()).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SET_ATTRS_KEY_TYPE`: key data type, informational purpose only
    pub fn key_type(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_SET_ATTRS_KEY_TYPE, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SET_ATTRS_KEY_LEN`: key data length
    pub fn key_len(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_SET_ATTRS_KEY_LEN, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SET_ATTRS_DATA_TYPE`: mapping data type
    pub fn data_type(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_SET_ATTRS_DATA_TYPE, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SET_ATTRS_DATA_LEN`: mapping data length
    pub fn data_len(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_SET_ATTRS_DATA_LEN, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SET_ATTRS_POLICY`: selection policy
    pub fn policy(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_SET_ATTRS_POLICY, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SET_ATTRS_DESC`: set description
    pub fn desc(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut SetDescAttrsBuilder<'y, B>,
        ) -> Result<&'x mut SetDescAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFTABLES_A_SET_ATTRS_DESC, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SET_ATTRS_ID`: uniquely identifies a set in a transaction
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_SET_ATTRS_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SET_ATTRS_TIMEOUT`: default timeout value
    pub fn timeout(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_SET_ATTRS_TIMEOUT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SET_ATTRS_GC_INTERVAL`: garbage collection interval
    pub fn gc_interval(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_SET_ATTRS_GC_INTERVAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SET_ATTRS_USERDATA`: user data
    pub fn userdata(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NFTABLES_A_SET_ATTRS_USERDATA, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SET_ATTRS_OBJ_TYPE`: stateful object type
    pub fn obj_type(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_SET_ATTRS_OBJ_TYPE, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SET_ATTRS_HANDLE`: set handle
    pub fn handle(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_SET_ATTRS_HANDLE, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SET_ATTRS_EXPR`: set expression
    pub fn expr(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ExprAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ExprAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFTABLES_A_SET_ATTRS_EXPR, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SET_ATTRS_EXPRESSIONS`: list of expressions
    pub fn expressions(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut SetListAttrsBuilder<'y, B>,
        ) -> Result<&'x mut SetListAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFTABLES_A_SET_ATTRS_EXPRESSIONS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SET_ATTRS_TYPE`: set backend type
    pub fn type_(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_SET_ATTRS_TYPE, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SET_ATTRS_COUNT`: number of set elements
    pub fn count(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_SET_ATTRS_COUNT, &(v).to_be_bytes())?;
        Ok(self)
    }
}

/// Writes `set-desc-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type SetDescAttrsBuilder<'w, B> = Builder<'w, sets::SetDescAttrs, B>;

impl<B: Buffer> SetDescAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_SET_DESC_ATTRS_SIZE`: number of elements in set
    pub fn size(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_SET_DESC_ATTRS_SIZE, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SET_DESC_ATTRS_CONCAT`: description of field concatenation
    pub fn concat(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut SetDescConcatAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut SetDescConcatAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFTABLES_A_SET_DESC_ATTRS_CONCAT, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `set-desc-concat-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type SetDescConcatAttrsBuilder<'w, B> = Builder<'w, sets::SetDescConcatAttrs, B>;

impl<B: Buffer> SetDescConcatAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_SET_DESC_CONCAT_ATTRS_ELEM`.
    pub fn elem(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut SetFieldAttrsBuilder<'y, B>,
        ) -> Result<&'x mut SetFieldAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(NFTABLES_A_SET_DESC_CONCAT_ATTRS_ELEM, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }
}

/// Writes `set-field-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type SetFieldAttrsBuilder<'w, B> = Builder<'w, sets::SetFieldAttrs, B>;

impl<B: Buffer> SetFieldAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_SET_FIELD_ATTRS_LEN`.
    pub fn len_attr(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_SET_FIELD_ATTRS_LEN, &(v).to_be_bytes())?;
        Ok(self)
    }
}

/// Writes `set-list-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type SetListAttrsBuilder<'w, B> = Builder<'w, sets::SetListAttrs, B>;

impl<B: Buffer> SetListAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_SET_LIST_ATTRS_ELEM`.
    pub fn elem(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ExprAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ExprAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFTABLES_A_SET_LIST_ATTRS_ELEM, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `setelem-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type SetelemAttrsBuilder<'w, B> = Builder<'w, sets::SetelemAttrs, B>;

impl<B: Buffer> SetelemAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_SETELEM_ATTRS_KEY`: key value
    pub fn key(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DataAttrsBuilder<'y, B>,
        ) -> Result<&'x mut DataAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFTABLES_A_SETELEM_ATTRS_KEY, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SETELEM_ATTRS_DATA`: data value of mapping
    pub fn data(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DataAttrsBuilder<'y, B>,
        ) -> Result<&'x mut DataAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFTABLES_A_SETELEM_ATTRS_DATA, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SETELEM_ATTRS_FLAGS`: bitmask of nft_set_elem_flags
    pub fn flags(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NFTABLES_A_SETELEM_ATTRS_FLAGS, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SETELEM_ATTRS_TIMEOUT`: timeout value
    pub fn timeout(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_SETELEM_ATTRS_TIMEOUT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SETELEM_ATTRS_EXPIRATION`: expiration time
    pub fn expiration(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_SETELEM_ATTRS_EXPIRATION, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SETELEM_ATTRS_USERDATA`: user data
    pub fn userdata(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NFTABLES_A_SETELEM_ATTRS_USERDATA, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SETELEM_ATTRS_EXPR`: expression
    pub fn expr(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ExprAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ExprAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFTABLES_A_SETELEM_ATTRS_EXPR, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SETELEM_ATTRS_OBJREF`: stateful object reference
    pub fn objref(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_SETELEM_ATTRS_OBJREF, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SETELEM_ATTRS_KEY_END`: closing key value
    pub fn key_end(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DataAttrsBuilder<'y, B>,
        ) -> Result<&'x mut DataAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFTABLES_A_SETELEM_ATTRS_KEY_END, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SETELEM_ATTRS_EXPRESSIONS`: list of expressions
    pub fn expressions(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut ExprListAttrsBuilder<'y, B>,
        ) -> Result<&'x mut ExprListAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(NFTABLES_A_SETELEM_ATTRS_EXPRESSIONS, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }
}

/// Writes `setelem-list-elem-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type SetelemListElemAttrsBuilder<'w, B> = Builder<'w, sets::SetelemListElemAttrs, B>;

impl<B: Buffer> SetelemListElemAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_SETELEM_LIST_ELEM_ATTRS_ELEM`.
    pub fn elem(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut SetelemAttrsBuilder<'y, B>,
        ) -> Result<&'x mut SetelemAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(NFTABLES_A_SETELEM_LIST_ELEM_ATTRS_ELEM, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }
}

/// Writes `setelem-list-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type SetelemListAttrsBuilder<'w, B> = Builder<'w, sets::SetelemListAttrs, B>;

impl<B: Buffer> SetelemListAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_SETELEM_LIST_ATTRS_TABLE`.
    pub fn table_attr(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_SETELEM_LIST_ATTRS_TABLE, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SETELEM_LIST_ATTRS_SET`.
    pub fn set(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_SETELEM_LIST_ATTRS_SET, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SETELEM_LIST_ATTRS_ELEMENTS`.
    pub fn elements(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut SetelemListElemAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut SetelemListElemAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(NFTABLES_A_SETELEM_LIST_ATTRS_ELEMENTS, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_SETELEM_LIST_ATTRS_SET_ID`.
    pub fn set_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_SETELEM_LIST_ATTRS_SET_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `gen-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type GenAttrsBuilder<'w, B> = Builder<'w, sets::GenAttrs, B>;

impl<B: Buffer> GenAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_GEN_ATTRS_ID`: ruleset generation id
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_GEN_ATTRS_ID, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_GEN_ATTRS_PROC_PID`.
    pub fn proc_pid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_GEN_ATTRS_PROC_PID, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_GEN_ATTRS_PROC_NAME`.
    pub fn proc_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_GEN_ATTRS_PROC_NAME, v)?;
        Ok(self)
    }
}

/// Writes `obj-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ObjAttrsBuilder<'w, B> = Builder<'w, sets::ObjAttrs, B>;

impl<B: Buffer> ObjAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_OBJ_ATTRS_TABLE`: name of the table containing the expression
    pub fn table_attr(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_OBJ_ATTRS_TABLE, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_OBJ_ATTRS_NAME`: name of this expression type
    pub fn name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_OBJ_ATTRS_NAME, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_OBJ_ATTRS_TYPE`: stateful object type
    pub fn type_(&mut self, v: ObjectType) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_OBJ_ATTRS_TYPE, &(v.value()).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_OBJ_ATTRS_DATA`: stateful object data
    pub fn data_raw(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFTABLES_A_OBJ_ATTRS_DATA, f)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_OBJ_ATTRS_USE`: number of references to this expression
    pub fn use_(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_OBJ_ATTRS_USE, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_OBJ_ATTRS_HANDLE`: object handle
    pub fn handle(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_OBJ_ATTRS_HANDLE, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_OBJ_ATTRS_USERDATA`: user data
    pub fn userdata(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NFTABLES_A_OBJ_ATTRS_USERDATA, v)?;
        Ok(self)
    }
}

/// Writes `quota-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type QuotaAttrsBuilder<'w, B> = Builder<'w, sets::QuotaAttrs, B>;

impl<B: Buffer> QuotaAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_QUOTA_ATTRS_BYTES`.
    pub fn bytes(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_QUOTA_ATTRS_BYTES, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_QUOTA_ATTRS_FLAGS`.
    pub fn flags(&mut self, v: QuotaFlags) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_QUOTA_ATTRS_FLAGS, &(v.bits()).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_QUOTA_ATTRS_CONSUMED`.
    pub fn consumed(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_QUOTA_ATTRS_CONSUMED, &(v).to_be_bytes())?;
        Ok(self)
    }
}

/// Writes `flowtable-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FlowtableAttrsBuilder<'w, B> = Builder<'w, sets::FlowtableAttrs, B>;

impl<B: Buffer> FlowtableAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_FLOWTABLE_ATTRS_TABLE`.
    pub fn table_attr(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_FLOWTABLE_ATTRS_TABLE, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_FLOWTABLE_ATTRS_NAME`.
    pub fn name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_FLOWTABLE_ATTRS_NAME, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_FLOWTABLE_ATTRS_HOOK`.
    pub fn hook(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FlowtableHookAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut FlowtableHookAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFTABLES_A_FLOWTABLE_ATTRS_HOOK, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_FLOWTABLE_ATTRS_USE`.
    pub fn use_(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_FLOWTABLE_ATTRS_USE, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_FLOWTABLE_ATTRS_HANDLE`.
    pub fn handle(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_FLOWTABLE_ATTRS_HANDLE, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_FLOWTABLE_ATTRS_FLAGS`.
    pub fn flags(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_FLOWTABLE_ATTRS_FLAGS, &(v).to_be_bytes())?;
        Ok(self)
    }
}

/// Writes `flowtable-hook-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FlowtableHookAttrsBuilder<'w, B> = Builder<'w, sets::FlowtableHookAttrs, B>;

impl<B: Buffer> FlowtableHookAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_FLOWTABLE_HOOK_ATTRS_NUM`.
    pub fn num(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_FLOWTABLE_HOOK_ATTRS_NUM, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_FLOWTABLE_HOOK_ATTRS_PRIORITY`.
    pub fn priority(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_FLOWTABLE_HOOK_ATTRS_PRIORITY, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_FLOWTABLE_HOOK_ATTRS_DEVS`.
    pub fn devs(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut HookDevAttrsBuilder<'y, B>,
        ) -> Result<&'x mut HookDevAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(NFTABLES_A_FLOWTABLE_HOOK_ATTRS_DEVS, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }
}

/// Writes `expr-bitwise-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ExprBitwiseAttrsBuilder<'w, B> = Builder<'w, sets::ExprBitwiseAttrs, B>;

impl<B: Buffer> ExprBitwiseAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_EXPR_BITWISE_ATTRS_SREG`.
    pub fn sreg(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_BITWISE_ATTRS_SREG, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_BITWISE_ATTRS_DREG`.
    pub fn dreg(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_BITWISE_ATTRS_DREG, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_BITWISE_ATTRS_LEN`.
    pub fn len_attr(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_BITWISE_ATTRS_LEN, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_BITWISE_ATTRS_MASK`.
    pub fn mask(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DataAttrsBuilder<'y, B>,
        ) -> Result<&'x mut DataAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFTABLES_A_EXPR_BITWISE_ATTRS_MASK, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_BITWISE_ATTRS_XOR`.
    pub fn xor(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DataAttrsBuilder<'y, B>,
        ) -> Result<&'x mut DataAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFTABLES_A_EXPR_BITWISE_ATTRS_XOR, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_BITWISE_ATTRS_OP`.
    pub fn op(&mut self, v: BitwiseOps) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_BITWISE_ATTRS_OP, &(v.value()).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_BITWISE_ATTRS_DATA`.
    pub fn data(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DataAttrsBuilder<'y, B>,
        ) -> Result<&'x mut DataAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFTABLES_A_EXPR_BITWISE_ATTRS_DATA, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `expr-cmp-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ExprCmpAttrsBuilder<'w, B> = Builder<'w, sets::ExprCmpAttrs, B>;

impl<B: Buffer> ExprCmpAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_EXPR_CMP_ATTRS_SREG`.
    pub fn sreg(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_CMP_ATTRS_SREG, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_CMP_ATTRS_OP`.
    pub fn op(&mut self, v: CmpOps) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_CMP_ATTRS_OP, &(v.value()).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_CMP_ATTRS_DATA`.
    pub fn data(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DataAttrsBuilder<'y, B>,
        ) -> Result<&'x mut DataAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFTABLES_A_EXPR_CMP_ATTRS_DATA, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `data-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DataAttrsBuilder<'w, B> = Builder<'w, sets::DataAttrs, B>;

impl<B: Buffer> DataAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_DATA_ATTRS_VALUE`.
    pub fn value(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NFTABLES_A_DATA_ATTRS_VALUE, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_DATA_ATTRS_VERDICT`.
    pub fn verdict(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut VerdictAttrsBuilder<'y, B>,
        ) -> Result<&'x mut VerdictAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NFTABLES_A_DATA_ATTRS_VERDICT, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `verdict-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type VerdictAttrsBuilder<'w, B> = Builder<'w, sets::VerdictAttrs, B>;

impl<B: Buffer> VerdictAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_VERDICT_ATTRS_CODE`: nf_tables verdict
    pub fn code(&mut self, v: VerdictCode) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_VERDICT_ATTRS_CODE, &(v.value()).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_VERDICT_ATTRS_CHAIN`: jump target chain name
    pub fn chain(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_VERDICT_ATTRS_CHAIN, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_VERDICT_ATTRS_CHAIN_ID`: jump target chain ID
    pub fn chain_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_VERDICT_ATTRS_CHAIN_ID, &(v).to_be_bytes())?;
        Ok(self)
    }
}

/// Writes `expr-counter-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ExprCounterAttrsBuilder<'w, B> = Builder<'w, sets::ExprCounterAttrs, B>;

impl<B: Buffer> ExprCounterAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_EXPR_COUNTER_ATTRS_BYTES`: Number of bytes
    pub fn bytes(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_COUNTER_ATTRS_BYTES, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_COUNTER_ATTRS_PACKETS`: Number of packets
    pub fn packets(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_COUNTER_ATTRS_PACKETS, &(v).to_be_bytes())?;
        Ok(self)
    }
}

/// Writes `expr-fib-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ExprFibAttrsBuilder<'w, B> = Builder<'w, sets::ExprFibAttrs, B>;

impl<B: Buffer> ExprFibAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_EXPR_FIB_ATTRS_DREG`.
    pub fn dreg(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_FIB_ATTRS_DREG, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_FIB_ATTRS_RESULT`.
    pub fn result(&mut self, v: FibResult) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_FIB_ATTRS_RESULT, &(v.value()).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_FIB_ATTRS_FLAGS`.
    pub fn flags(&mut self, v: FibFlags) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_FIB_ATTRS_FLAGS, &(v.bits()).to_be_bytes())?;
        Ok(self)
    }
}

/// Writes `expr-ct-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ExprCtAttrsBuilder<'w, B> = Builder<'w, sets::ExprCtAttrs, B>;

impl<B: Buffer> ExprCtAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_EXPR_CT_ATTRS_DREG`.
    pub fn dreg(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_CT_ATTRS_DREG, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_CT_ATTRS_KEY`.
    pub fn key(&mut self, v: CtKeys) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_CT_ATTRS_KEY, &(v.value()).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_CT_ATTRS_DIRECTION`.
    pub fn direction(&mut self, v: CtDirection) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            NFTABLES_A_EXPR_CT_ATTRS_DIRECTION,
            &(v.value() as u8).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_CT_ATTRS_SREG`.
    pub fn sreg(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_CT_ATTRS_SREG, &(v).to_be_bytes())?;
        Ok(self)
    }
}

/// Writes `expr-flow-offload-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ExprFlowOffloadAttrsBuilder<'w, B> = Builder<'w, sets::ExprFlowOffloadAttrs, B>;

impl<B: Buffer> ExprFlowOffloadAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_EXPR_FLOW_OFFLOAD_ATTRS_NAME`: Flow offload table name
    pub fn name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_EXPR_FLOW_OFFLOAD_ATTRS_NAME, v)?;
        Ok(self)
    }
}

/// Writes `expr-immediate-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ExprImmediateAttrsBuilder<'w, B> = Builder<'w, sets::ExprImmediateAttrs, B>;

impl<B: Buffer> ExprImmediateAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_EXPR_IMMEDIATE_ATTRS_DREG`.
    pub fn dreg(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_IMMEDIATE_ATTRS_DREG, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_IMMEDIATE_ATTRS_DATA`.
    pub fn data(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DataAttrsBuilder<'y, B>,
        ) -> Result<&'x mut DataAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(NFTABLES_A_EXPR_IMMEDIATE_ATTRS_DATA, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }
}

/// Writes `expr-lookup-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ExprLookupAttrsBuilder<'w, B> = Builder<'w, sets::ExprLookupAttrs, B>;

impl<B: Buffer> ExprLookupAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_EXPR_LOOKUP_ATTRS_SET`: Name of set to use
    pub fn set(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_EXPR_LOOKUP_ATTRS_SET, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_LOOKUP_ATTRS_SREG`.
    pub fn sreg(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_LOOKUP_ATTRS_SREG, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_LOOKUP_ATTRS_DREG`.
    pub fn dreg(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_LOOKUP_ATTRS_DREG, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_LOOKUP_ATTRS_SET_ID`: ID of set to use
    pub fn set_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_LOOKUP_ATTRS_SET_ID, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_LOOKUP_ATTRS_FLAGS`.
    pub fn flags(&mut self, v: LookupFlags) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            NFTABLES_A_EXPR_LOOKUP_ATTRS_FLAGS,
            &(v.bits()).to_be_bytes(),
        )?;
        Ok(self)
    }
}

/// Writes `expr-masq-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ExprMasqAttrsBuilder<'w, B> = Builder<'w, sets::ExprMasqAttrs, B>;

impl<B: Buffer> ExprMasqAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_EXPR_MASQ_ATTRS_FLAGS`.
    pub fn flags(&mut self, v: NatRangeFlags) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_MASQ_ATTRS_FLAGS, &(v.bits()).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_MASQ_ATTRS_REG_PROTO_MIN`.
    pub fn reg_proto_min(&mut self, v: Registers) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            NFTABLES_A_EXPR_MASQ_ATTRS_REG_PROTO_MIN,
            &(v.value()).to_be_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_MASQ_ATTRS_REG_PROTO_MAX`.
    pub fn reg_proto_max(&mut self, v: Registers) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            NFTABLES_A_EXPR_MASQ_ATTRS_REG_PROTO_MAX,
            &(v.value()).to_be_bytes(),
        )?;
        Ok(self)
    }
}

/// Writes `expr-meta-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ExprMetaAttrsBuilder<'w, B> = Builder<'w, sets::ExprMetaAttrs, B>;

impl<B: Buffer> ExprMetaAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_EXPR_META_ATTRS_DREG`.
    pub fn dreg(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_META_ATTRS_DREG, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_META_ATTRS_KEY`.
    pub fn key(&mut self, v: MetaKeys) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_META_ATTRS_KEY, &(v.value()).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_META_ATTRS_SREG`.
    pub fn sreg(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_META_ATTRS_SREG, &(v).to_be_bytes())?;
        Ok(self)
    }
}

/// Writes `expr-nat-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ExprNatAttrsBuilder<'w, B> = Builder<'w, sets::ExprNatAttrs, B>;

impl<B: Buffer> ExprNatAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_EXPR_NAT_ATTRS_TYPE`.
    pub fn type_(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_NAT_ATTRS_TYPE, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_NAT_ATTRS_FAMILY`.
    pub fn family(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_NAT_ATTRS_FAMILY, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_NAT_ATTRS_REG_ADDR_MIN`.
    pub fn reg_addr_min(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_NAT_ATTRS_REG_ADDR_MIN, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_NAT_ATTRS_REG_ADDR_MAX`.
    pub fn reg_addr_max(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_NAT_ATTRS_REG_ADDR_MAX, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_NAT_ATTRS_REG_PROTO_MIN`.
    pub fn reg_proto_min(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_NAT_ATTRS_REG_PROTO_MIN, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_NAT_ATTRS_REG_PROTO_MAX`.
    pub fn reg_proto_max(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_NAT_ATTRS_REG_PROTO_MAX, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_NAT_ATTRS_FLAGS`.
    pub fn flags(&mut self, v: NatRangeFlags) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_NAT_ATTRS_FLAGS, &(v.bits()).to_be_bytes())?;
        Ok(self)
    }
}

/// Writes `expr-payload-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ExprPayloadAttrsBuilder<'w, B> = Builder<'w, sets::ExprPayloadAttrs, B>;

impl<B: Buffer> ExprPayloadAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_EXPR_PAYLOAD_ATTRS_DREG`: destination register to load data into
    pub fn dreg(&mut self, v: Registers) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            NFTABLES_A_EXPR_PAYLOAD_ATTRS_DREG,
            &(v.value()).to_be_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_PAYLOAD_ATTRS_BASE`: payload base
    pub fn base(&mut self, v: PayloadBase) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            NFTABLES_A_EXPR_PAYLOAD_ATTRS_BASE,
            &(v.value()).to_be_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_PAYLOAD_ATTRS_OFFSET`: payload offset relative to base
    pub fn offset(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_PAYLOAD_ATTRS_OFFSET, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_PAYLOAD_ATTRS_LEN`: payload length
    pub fn len_attr(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_PAYLOAD_ATTRS_LEN, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_PAYLOAD_ATTRS_SREG`: source register to load data from
    pub fn sreg(&mut self, v: Registers) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            NFTABLES_A_EXPR_PAYLOAD_ATTRS_SREG,
            &(v.value()).to_be_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_TYPE`: checksum type
    pub fn csum_type(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_TYPE, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_OFFSET`: checksum offset relative to base
    pub fn csum_offset(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_OFFSET,
            &(v).to_be_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_FLAGS`: checksum flags
    pub fn csum_flags(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_FLAGS, &(v).to_be_bytes())?;
        Ok(self)
    }
}

/// Writes `expr-reject-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ExprRejectAttrsBuilder<'w, B> = Builder<'w, sets::ExprRejectAttrs, B>;

impl<B: Buffer> ExprRejectAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_EXPR_REJECT_ATTRS_TYPE`.
    pub fn type_(&mut self, v: RejectTypes) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            NFTABLES_A_EXPR_REJECT_ATTRS_TYPE,
            &(v.value()).to_be_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_REJECT_ATTRS_ICMP_CODE`.
    pub fn icmp_code(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_REJECT_ATTRS_ICMP_CODE, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `expr-target-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ExprTargetAttrsBuilder<'w, B> = Builder<'w, sets::ExprTargetAttrs, B>;

impl<B: Buffer> ExprTargetAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_EXPR_TARGET_ATTRS_NAME`.
    pub fn name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_EXPR_TARGET_ATTRS_NAME, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_TARGET_ATTRS_REV`.
    pub fn rev(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_TARGET_ATTRS_REV, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_TARGET_ATTRS_INFO`.
    pub fn info(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NFTABLES_A_EXPR_TARGET_ATTRS_INFO, v)?;
        Ok(self)
    }
}

/// Writes `expr-tproxy-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ExprTproxyAttrsBuilder<'w, B> = Builder<'w, sets::ExprTproxyAttrs, B>;

impl<B: Buffer> ExprTproxyAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_EXPR_TPROXY_ATTRS_FAMILY`.
    pub fn family(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_TPROXY_ATTRS_FAMILY, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_TPROXY_ATTRS_REG_ADDR`.
    pub fn reg_addr(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_TPROXY_ATTRS_REG_ADDR, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_TPROXY_ATTRS_REG_PORT`.
    pub fn reg_port(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_TPROXY_ATTRS_REG_PORT, &(v).to_be_bytes())?;
        Ok(self)
    }
}

/// Writes `expr-objref-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type ExprObjrefAttrsBuilder<'w, B> = Builder<'w, sets::ExprObjrefAttrs, B>;

impl<B: Buffer> ExprObjrefAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_EXPR_OBJREF_ATTRS_IMM_TYPE`.
    pub fn imm_type(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_OBJREF_ATTRS_IMM_TYPE, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_OBJREF_ATTRS_IMM_NAME`: object name
    pub fn imm_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_EXPR_OBJREF_ATTRS_IMM_NAME, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_OBJREF_ATTRS_SET_SREG`.
    pub fn set_sreg(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_OBJREF_ATTRS_SET_SREG, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_OBJREF_ATTRS_SET_NAME`: name of object map
    pub fn set_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_EXPR_OBJREF_ATTRS_SET_NAME, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_EXPR_OBJREF_ATTRS_SET_ID`: id of object map
    pub fn set_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_EXPR_OBJREF_ATTRS_SET_ID, &(v).to_be_bytes())?;
        Ok(self)
    }
}

/// Writes `compat-target-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type CompatTargetAttrsBuilder<'w, B> = Builder<'w, sets::CompatTargetAttrs, B>;

impl<B: Buffer> CompatTargetAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_COMPAT_TARGET_ATTRS_NAME`.
    pub fn name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_COMPAT_TARGET_ATTRS_NAME, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_COMPAT_TARGET_ATTRS_REV`.
    pub fn rev(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_COMPAT_TARGET_ATTRS_REV, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_COMPAT_TARGET_ATTRS_INFO`.
    pub fn info(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NFTABLES_A_COMPAT_TARGET_ATTRS_INFO, v)?;
        Ok(self)
    }
}

/// Writes `compat-match-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type CompatMatchAttrsBuilder<'w, B> = Builder<'w, sets::CompatMatchAttrs, B>;

impl<B: Buffer> CompatMatchAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_COMPAT_MATCH_ATTRS_NAME`.
    pub fn name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_COMPAT_MATCH_ATTRS_NAME, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_COMPAT_MATCH_ATTRS_REV`.
    pub fn rev(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_COMPAT_MATCH_ATTRS_REV, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_COMPAT_MATCH_ATTRS_INFO`.
    pub fn info(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NFTABLES_A_COMPAT_MATCH_ATTRS_INFO, v)?;
        Ok(self)
    }
}

/// Writes `compat-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type CompatAttrsBuilder<'w, B> = Builder<'w, sets::CompatAttrs, B>;

impl<B: Buffer> CompatAttrsBuilder<'_, B> {
    /// Writes `NFTABLES_A_COMPAT_ATTRS_NAME`.
    pub fn name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NFTABLES_A_COMPAT_ATTRS_NAME, v)?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_COMPAT_ATTRS_REV`.
    pub fn rev(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_COMPAT_ATTRS_REV, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `NFTABLES_A_COMPAT_ATTRS_TYPE`.
    pub fn type_(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NFTABLES_A_COMPAT_ATTRS_TYPE, &(v).to_be_bytes())?;
        Ok(self)
    }
}
