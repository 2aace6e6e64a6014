//! Typed builders of `devlink`: one per attribute set, over the codec's [`Writer`] (so they
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
    /// The `devlink` attribute set.
    pub enum Devlink {}
    /// The `dl-dev-stats` attribute set.
    pub enum DlDevStats {}
    /// The `dl-reload-stats` attribute set.
    pub enum DlReloadStats {}
    /// The `dl-reload-act-info` attribute set.
    pub enum DlReloadActInfo {}
    /// The `dl-reload-act-stats` attribute set.
    pub enum DlReloadActStats {}
    /// The `dl-reload-stats-entry` attribute set.
    pub enum DlReloadStatsEntry {}
    /// The `dl-info-version` attribute set.
    pub enum DlInfoVersion {}
    /// The `dl-port-function` attribute set.
    pub enum DlPortFunction {}
    /// The `dl-dpipe-tables` attribute set.
    pub enum DlDpipeTables {}
    /// The `dl-dpipe-table` attribute set.
    pub enum DlDpipeTable {}
    /// The `dl-dpipe-table-matches` attribute set.
    pub enum DlDpipeTableMatches {}
    /// The `dl-dpipe-table-actions` attribute set.
    pub enum DlDpipeTableActions {}
    /// The `dl-dpipe-entries` attribute set.
    pub enum DlDpipeEntries {}
    /// The `dl-dpipe-entry` attribute set.
    pub enum DlDpipeEntry {}
    /// The `dl-dpipe-entry-match-values` attribute set.
    pub enum DlDpipeEntryMatchValues {}
    /// The `dl-dpipe-entry-action-values` attribute set.
    pub enum DlDpipeEntryActionValues {}
    /// The `dl-dpipe-match` attribute set.
    pub enum DlDpipeMatch {}
    /// The `dl-dpipe-match-value` attribute set.
    pub enum DlDpipeMatchValue {}
    /// The `dl-dpipe-action` attribute set.
    pub enum DlDpipeAction {}
    /// The `dl-dpipe-action-value` attribute set.
    pub enum DlDpipeActionValue {}
    /// The `dl-dpipe-headers` attribute set.
    pub enum DlDpipeHeaders {}
    /// The `dl-dpipe-header` attribute set.
    pub enum DlDpipeHeader {}
    /// The `dl-dpipe-header-fields` attribute set.
    pub enum DlDpipeHeaderFields {}
    /// The `dl-dpipe-field` attribute set.
    pub enum DlDpipeField {}
    /// The `dl-resource` attribute set.
    pub enum DlResource {}
    /// The `dl-resource-list` attribute set.
    pub enum DlResourceList {}
    /// The `dl-param` attribute set.
    pub enum DlParam {}
    /// The `dl-region-snapshots` attribute set.
    pub enum DlRegionSnapshots {}
    /// The `dl-region-snapshot` attribute set.
    pub enum DlRegionSnapshot {}
    /// The `dl-region-chunks` attribute set.
    pub enum DlRegionChunks {}
    /// The `dl-region-chunk` attribute set.
    pub enum DlRegionChunk {}
    /// The `dl-fmsg` attribute set.
    pub enum DlFmsg {}
    /// The `dl-health-reporter` attribute set.
    pub enum DlHealthReporter {}
    /// The `dl-attr-stats` attribute set.
    pub enum DlAttrStats {}
    /// The `dl-trap-metadata` attribute set.
    pub enum DlTrapMetadata {}
    /// The `dl-linecard-supported-types` attribute set.
    pub enum DlLinecardSupportedTypes {}
    /// The `dl-selftest-id` attribute set.
    pub enum DlSelftestId {}
    /// The `dl-rate-tc-bws` attribute set.
    pub enum DlRateTcBws {}
    /// The `dl-parent-dev` attribute set.
    pub enum DlParentDev {}
}

/// Writes `devlink` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DevlinkBuilder<'w, B> = Builder<'w, sets::Devlink, B>;

impl<B: Buffer> DevlinkBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_BUS_NAME`.
    pub fn bus_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_BUS_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DEV_NAME`.
    pub fn dev_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_DEV_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_INDEX`.
    pub fn port_index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_PORT_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_TYPE`.
    pub fn port_type(&mut self, v: PortType) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_PORT_TYPE, &(v.value() as u16).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_DESIRED_TYPE`.
    pub fn port_desired_type(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_PORT_DESIRED_TYPE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_NETDEV_IFINDEX`.
    pub fn port_netdev_ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_PORT_NETDEV_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_NETDEV_NAME`.
    pub fn port_netdev_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_PORT_NETDEV_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_IBDEV_NAME`.
    pub fn port_ibdev_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_PORT_IBDEV_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_SPLIT_COUNT`.
    pub fn port_split_count(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_PORT_SPLIT_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_SPLIT_GROUP`.
    pub fn port_split_group(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_PORT_SPLIT_GROUP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_INDEX`.
    pub fn sb_index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DEVLINK_ATTR_SB_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_SIZE`.
    pub fn sb_size(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DEVLINK_ATTR_SB_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_INGRESS_POOL_COUNT`.
    pub fn sb_ingress_pool_count(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_SB_INGRESS_POOL_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_EGRESS_POOL_COUNT`.
    pub fn sb_egress_pool_count(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_SB_EGRESS_POOL_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_INGRESS_TC_COUNT`.
    pub fn sb_ingress_tc_count(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_SB_INGRESS_TC_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_EGRESS_TC_COUNT`.
    pub fn sb_egress_tc_count(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_SB_EGRESS_TC_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_POOL_INDEX`.
    pub fn sb_pool_index(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_SB_POOL_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_POOL_TYPE`.
    pub fn sb_pool_type(&mut self, v: SbPoolType) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_SB_POOL_TYPE, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_POOL_SIZE`.
    pub fn sb_pool_size(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_SB_POOL_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_POOL_THRESHOLD_TYPE`.
    pub fn sb_pool_threshold_type(&mut self, v: SbThresholdType) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            DEVLINK_ATTR_SB_POOL_THRESHOLD_TYPE,
            &(v.value() as u8).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_THRESHOLD`.
    pub fn sb_threshold(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_SB_THRESHOLD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_TC_INDEX`.
    pub fn sb_tc_index(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_SB_TC_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_OCC_CUR`.
    pub fn sb_occ_cur(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_SB_OCC_CUR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_OCC_MAX`.
    pub fn sb_occ_max(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_SB_OCC_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_ESWITCH_MODE`.
    pub fn eswitch_mode(&mut self, v: EswitchMode) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_ESWITCH_MODE, &(v.value() as u16).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_ESWITCH_INLINE_MODE`.
    pub fn eswitch_inline_mode(&mut self, v: EswitchInlineMode) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            DEVLINK_ATTR_ESWITCH_INLINE_MODE,
            &(v.value() as u8).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLES`.
    pub fn dpipe_tables(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeTablesBuilder<'y, B>,
        ) -> Result<&'x mut DlDpipeTablesBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_DPIPE_TABLES, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE`.
    pub fn dpipe_table(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeTableBuilder<'y, B>,
        ) -> Result<&'x mut DlDpipeTableBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_DPIPE_TABLE, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE_NAME`.
    pub fn dpipe_table_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_DPIPE_TABLE_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE_SIZE`.
    pub fn dpipe_table_size(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_TABLE_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE_MATCHES`.
    pub fn dpipe_table_matches(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeTableMatchesBuilder<'y, B>,
        )
            -> Result<&'x mut DlDpipeTableMatchesBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_DPIPE_TABLE_MATCHES, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE_ACTIONS`.
    pub fn dpipe_table_actions(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeTableActionsBuilder<'y, B>,
        )
            -> Result<&'x mut DlDpipeTableActionsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_DPIPE_TABLE_ACTIONS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE_COUNTERS_ENABLED`.
    pub fn dpipe_table_counters_enabled(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            DEVLINK_ATTR_DPIPE_TABLE_COUNTERS_ENABLED,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ENTRIES`.
    pub fn dpipe_entries(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeEntriesBuilder<'y, B>,
        ) -> Result<&'x mut DlDpipeEntriesBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_DPIPE_ENTRIES, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ENTRY`.
    pub fn dpipe_entry(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeEntryBuilder<'y, B>,
        ) -> Result<&'x mut DlDpipeEntryBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_DPIPE_ENTRY, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ENTRY_INDEX`.
    pub fn dpipe_entry_index(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_ENTRY_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ENTRY_MATCH_VALUES`.
    pub fn dpipe_entry_match_values(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeEntryMatchValuesBuilder<'y, B>,
        )
            -> Result<&'x mut DlDpipeEntryMatchValuesBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(DEVLINK_ATTR_DPIPE_ENTRY_MATCH_VALUES, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ENTRY_ACTION_VALUES`.
    pub fn dpipe_entry_action_values(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeEntryActionValuesBuilder<'y, B>,
        )
            -> Result<&'x mut DlDpipeEntryActionValuesBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(DEVLINK_ATTR_DPIPE_ENTRY_ACTION_VALUES, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ENTRY_COUNTER`.
    pub fn dpipe_entry_counter(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_ENTRY_COUNTER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_MATCH`.
    pub fn dpipe_match(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeMatchBuilder<'y, B>,
        ) -> Result<&'x mut DlDpipeMatchBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_DPIPE_MATCH, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_MATCH_VALUE`.
    pub fn dpipe_match_value(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeMatchValueBuilder<'y, B>,
        )
            -> Result<&'x mut DlDpipeMatchValueBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_DPIPE_MATCH_VALUE, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_MATCH_TYPE`.
    pub fn dpipe_match_type(&mut self, v: DpipeMatchType) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_MATCH_TYPE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ACTION`.
    pub fn dpipe_action(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeActionBuilder<'y, B>,
        ) -> Result<&'x mut DlDpipeActionBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_DPIPE_ACTION, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ACTION_VALUE`.
    pub fn dpipe_action_value(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeActionValueBuilder<'y, B>,
        )
            -> Result<&'x mut DlDpipeActionValueBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_DPIPE_ACTION_VALUE, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ACTION_TYPE`.
    pub fn dpipe_action_type(&mut self, v: DpipeActionType) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_ACTION_TYPE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_VALUE`.
    pub fn dpipe_value(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DEVLINK_ATTR_DPIPE_VALUE, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_VALUE_MASK`.
    pub fn dpipe_value_mask(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DEVLINK_ATTR_DPIPE_VALUE_MASK, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_VALUE_MAPPING`.
    pub fn dpipe_value_mapping(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_VALUE_MAPPING, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADERS`.
    pub fn dpipe_headers(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeHeadersBuilder<'y, B>,
        ) -> Result<&'x mut DlDpipeHeadersBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_DPIPE_HEADERS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER`.
    pub fn dpipe_header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeHeaderBuilder<'y, B>,
        ) -> Result<&'x mut DlDpipeHeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_DPIPE_HEADER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_NAME`.
    pub fn dpipe_header_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_DPIPE_HEADER_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_ID`.
    pub fn dpipe_header_id(&mut self, v: DpipeHeaderId) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_HEADER_ID, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_FIELDS`.
    pub fn dpipe_header_fields(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeHeaderFieldsBuilder<'y, B>,
        )
            -> Result<&'x mut DlDpipeHeaderFieldsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_DPIPE_HEADER_FIELDS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_GLOBAL`.
    pub fn dpipe_header_global(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_HEADER_GLOBAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_INDEX`.
    pub fn dpipe_header_index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_HEADER_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_FIELD`.
    pub fn dpipe_field(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeFieldBuilder<'y, B>,
        ) -> Result<&'x mut DlDpipeFieldBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_DPIPE_FIELD, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_FIELD_NAME`.
    pub fn dpipe_field_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_DPIPE_FIELD_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_FIELD_ID`.
    pub fn dpipe_field_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_FIELD_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_FIELD_BITWIDTH`.
    pub fn dpipe_field_bitwidth(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_FIELD_BITWIDTH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_FIELD_MAPPING_TYPE`.
    pub fn dpipe_field_mapping_type(
        &mut self,
        v: DpipeFieldMappingType,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            DEVLINK_ATTR_DPIPE_FIELD_MAPPING_TYPE,
            &(v.value()).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_ESWITCH_ENCAP_MODE`.
    pub fn eswitch_encap_mode(&mut self, v: EswitchEncapMode) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            DEVLINK_ATTR_ESWITCH_ENCAP_MODE,
            &(v.value() as u8).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_LIST`.
    pub fn resource_list(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlResourceListBuilder<'y, B>,
        ) -> Result<&'x mut DlResourceListBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_RESOURCE_LIST, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE`.
    pub fn resource(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlResourceBuilder<'y, B>,
        ) -> Result<&'x mut DlResourceBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(DEVLINK_ATTR_RESOURCE, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_NAME`.
    pub fn resource_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_RESOURCE_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_ID`.
    pub fn resource_id(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RESOURCE_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_SIZE`.
    pub fn resource_size(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RESOURCE_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_SIZE_NEW`.
    pub fn resource_size_new(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RESOURCE_SIZE_NEW, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_SIZE_VALID`.
    pub fn resource_size_valid(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RESOURCE_SIZE_VALID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_SIZE_MIN`.
    pub fn resource_size_min(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RESOURCE_SIZE_MIN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_SIZE_MAX`.
    pub fn resource_size_max(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RESOURCE_SIZE_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_SIZE_GRAN`.
    pub fn resource_size_gran(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RESOURCE_SIZE_GRAN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_UNIT`.
    pub fn resource_unit(&mut self, v: ResourceUnit) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RESOURCE_UNIT, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_OCC`.
    pub fn resource_occ(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RESOURCE_OCC, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_ID`.
    pub fn dpipe_table_resource_id(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_UNITS`.
    pub fn dpipe_table_resource_units(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_UNITS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_FLAVOUR`.
    pub fn port_flavour(&mut self, v: PortFlavour) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_PORT_FLAVOUR, &(v.value() as u16).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_NUMBER`.
    pub fn port_number(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_PORT_NUMBER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_SPLIT_SUBPORT_NUMBER`.
    pub fn port_split_subport_number(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_PORT_SPLIT_SUBPORT_NUMBER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PARAM`.
    pub fn param(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlParamBuilder<'y, B>,
        ) -> Result<&'x mut DlParamBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(DEVLINK_ATTR_PARAM, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PARAM_NAME`.
    pub fn param_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_PARAM_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PARAM_GENERIC`.
    pub fn param_generic(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(DEVLINK_ATTR_PARAM_GENERIC)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PARAM_TYPE`.
    pub fn param_type(&mut self, v: VarAttrType) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_PARAM_TYPE, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PARAM_VALUE_CMODE`.
    pub fn param_value_cmode(&mut self, v: ParamCmode) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            DEVLINK_ATTR_PARAM_VALUE_CMODE,
            &(v.value() as u8).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REGION_NAME`.
    pub fn region_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_REGION_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REGION_SIZE`.
    pub fn region_size(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_REGION_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REGION_SNAPSHOTS`.
    pub fn region_snapshots(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlRegionSnapshotsBuilder<'y, B>,
        )
            -> Result<&'x mut DlRegionSnapshotsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_REGION_SNAPSHOTS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REGION_SNAPSHOT`.
    pub fn region_snapshot(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlRegionSnapshotBuilder<'y, B>,
        )
            -> Result<&'x mut DlRegionSnapshotBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_REGION_SNAPSHOT, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REGION_SNAPSHOT_ID`.
    pub fn region_snapshot_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_REGION_SNAPSHOT_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REGION_CHUNKS`.
    pub fn region_chunks(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlRegionChunksBuilder<'y, B>,
        ) -> Result<&'x mut DlRegionChunksBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_REGION_CHUNKS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REGION_CHUNK`.
    pub fn region_chunk(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlRegionChunkBuilder<'y, B>,
        ) -> Result<&'x mut DlRegionChunkBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_REGION_CHUNK, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REGION_CHUNK_DATA`.
    pub fn region_chunk_data(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DEVLINK_ATTR_REGION_CHUNK_DATA, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REGION_CHUNK_ADDR`.
    pub fn region_chunk_addr(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_REGION_CHUNK_ADDR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REGION_CHUNK_LEN`.
    pub fn region_chunk_len(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_REGION_CHUNK_LEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_INFO_DRIVER_NAME`.
    pub fn info_driver_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_INFO_DRIVER_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_INFO_SERIAL_NUMBER`.
    pub fn info_serial_number(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_INFO_SERIAL_NUMBER, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_INFO_VERSION_FIXED`.
    pub fn info_version_fixed(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlInfoVersionBuilder<'y, B>,
        ) -> Result<&'x mut DlInfoVersionBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_INFO_VERSION_FIXED, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_INFO_VERSION_RUNNING`.
    pub fn info_version_running(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlInfoVersionBuilder<'y, B>,
        ) -> Result<&'x mut DlInfoVersionBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_INFO_VERSION_RUNNING, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_INFO_VERSION_STORED`.
    pub fn info_version_stored(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlInfoVersionBuilder<'y, B>,
        ) -> Result<&'x mut DlInfoVersionBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_INFO_VERSION_STORED, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_INFO_VERSION_NAME`.
    pub fn info_version_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_INFO_VERSION_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_INFO_VERSION_VALUE`.
    pub fn info_version_value(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_INFO_VERSION_VALUE, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_POOL_CELL_SIZE`.
    pub fn sb_pool_cell_size(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_SB_POOL_CELL_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FMSG`.
    pub fn fmsg(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlFmsgBuilder<'y, B>,
        ) -> Result<&'x mut DlFmsgBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(DEVLINK_ATTR_FMSG, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FMSG_OBJ_NEST_START`.
    pub fn fmsg_obj_nest_start(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(DEVLINK_ATTR_FMSG_OBJ_NEST_START)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FMSG_PAIR_NEST_START`.
    pub fn fmsg_pair_nest_start(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(DEVLINK_ATTR_FMSG_PAIR_NEST_START)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FMSG_ARR_NEST_START`.
    pub fn fmsg_arr_nest_start(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(DEVLINK_ATTR_FMSG_ARR_NEST_START)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FMSG_NEST_END`.
    pub fn fmsg_nest_end(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(DEVLINK_ATTR_FMSG_NEST_END)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FMSG_OBJ_NAME`.
    pub fn fmsg_obj_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_FMSG_OBJ_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FMSG_OBJ_VALUE_TYPE`.
    pub fn fmsg_obj_value_type(&mut self, v: VarAttrType) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            DEVLINK_ATTR_FMSG_OBJ_VALUE_TYPE,
            &(v.value() as u8).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER`.
    pub fn health_reporter(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlHealthReporterBuilder<'y, B>,
        )
            -> Result<&'x mut DlHealthReporterBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_HEALTH_REPORTER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_NAME`.
    pub fn health_reporter_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_HEALTH_REPORTER_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_STATE`.
    pub fn health_reporter_state(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_HEALTH_REPORTER_STATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_ERR_COUNT`.
    pub fn health_reporter_err_count(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_HEALTH_REPORTER_ERR_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_RECOVER_COUNT`.
    pub fn health_reporter_recover_count(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            DEVLINK_ATTR_HEALTH_REPORTER_RECOVER_COUNT,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS`.
    pub fn health_reporter_dump_ts(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_GRACEFUL_PERIOD`.
    pub fn health_reporter_graceful_period(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            DEVLINK_ATTR_HEALTH_REPORTER_GRACEFUL_PERIOD,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_AUTO_RECOVER`.
    pub fn health_reporter_auto_recover(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            DEVLINK_ATTR_HEALTH_REPORTER_AUTO_RECOVER,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FLASH_UPDATE_FILE_NAME`.
    pub fn flash_update_file_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_FLASH_UPDATE_FILE_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FLASH_UPDATE_COMPONENT`.
    pub fn flash_update_component(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_FLASH_UPDATE_COMPONENT, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FLASH_UPDATE_STATUS_MSG`.
    pub fn flash_update_status_msg(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_FLASH_UPDATE_STATUS_MSG, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FLASH_UPDATE_STATUS_DONE`.
    pub fn flash_update_status_done(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_FLASH_UPDATE_STATUS_DONE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FLASH_UPDATE_STATUS_TOTAL`.
    pub fn flash_update_status_total(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_FLASH_UPDATE_STATUS_TOTAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_PCI_PF_NUMBER`.
    pub fn port_pci_pf_number(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_PORT_PCI_PF_NUMBER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_PCI_VF_NUMBER`.
    pub fn port_pci_vf_number(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_PORT_PCI_VF_NUMBER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_STATS`.
    pub fn stats(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlAttrStatsBuilder<'y, B>,
        ) -> Result<&'x mut DlAttrStatsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(DEVLINK_ATTR_STATS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_TRAP_NAME`.
    pub fn trap_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_TRAP_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_TRAP_ACTION`.
    pub fn trap_action(&mut self, v: TrapAction) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_TRAP_ACTION, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_TRAP_TYPE`.
    pub fn trap_type(&mut self, v: TrapType) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_TRAP_TYPE, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_TRAP_GENERIC`.
    pub fn trap_generic(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(DEVLINK_ATTR_TRAP_GENERIC)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_TRAP_METADATA`.
    pub fn trap_metadata(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlTrapMetadataBuilder<'y, B>,
        ) -> Result<&'x mut DlTrapMetadataBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_TRAP_METADATA, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_TRAP_GROUP_NAME`.
    pub fn trap_group_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_TRAP_GROUP_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_FAILED`.
    pub fn reload_failed(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RELOAD_FAILED, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS_NS`.
    pub fn health_reporter_dump_ts_ns(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS_NS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_NETNS_FD`.
    pub fn netns_fd(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DEVLINK_ATTR_NETNS_FD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_NETNS_PID`.
    pub fn netns_pid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_NETNS_PID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_NETNS_ID`.
    pub fn netns_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DEVLINK_ATTR_NETNS_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_AUTO_DUMP`.
    pub fn health_reporter_auto_dump(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_HEALTH_REPORTER_AUTO_DUMP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_TRAP_POLICER_ID`.
    pub fn trap_policer_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_TRAP_POLICER_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_TRAP_POLICER_RATE`.
    pub fn trap_policer_rate(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_TRAP_POLICER_RATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_TRAP_POLICER_BURST`.
    pub fn trap_policer_burst(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_TRAP_POLICER_BURST, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_FUNCTION`.
    pub fn port_function(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlPortFunctionBuilder<'y, B>,
        ) -> Result<&'x mut DlPortFunctionBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_PORT_FUNCTION, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_INFO_BOARD_SERIAL_NUMBER`.
    pub fn info_board_serial_number(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_INFO_BOARD_SERIAL_NUMBER, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_LANES`.
    pub fn port_lanes(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_PORT_LANES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_SPLITTABLE`.
    pub fn port_splittable(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_PORT_SPLITTABLE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_EXTERNAL`.
    pub fn port_external(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_PORT_EXTERNAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_CONTROLLER_NUMBER`.
    pub fn port_controller_number(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_PORT_CONTROLLER_NUMBER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FLASH_UPDATE_STATUS_TIMEOUT`.
    pub fn flash_update_status_timeout(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_FLASH_UPDATE_STATUS_TIMEOUT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FLASH_UPDATE_OVERWRITE_MASK`.
    pub fn flash_update_overwrite_mask(&mut self, v: Bitfield32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_FLASH_UPDATE_OVERWRITE_MASK, &v.to_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_ACTION`.
    pub fn reload_action(&mut self, v: ReloadAction) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RELOAD_ACTION, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_ACTIONS_PERFORMED`.
    pub fn reload_actions_performed(&mut self, v: Bitfield32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RELOAD_ACTIONS_PERFORMED, &v.to_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_LIMITS`.
    pub fn reload_limits(&mut self, v: Bitfield32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DEVLINK_ATTR_RELOAD_LIMITS, &v.to_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DEV_STATS`.
    pub fn dev_stats(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDevStatsBuilder<'y, B>,
        ) -> Result<&'x mut DlDevStatsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_DEV_STATS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_STATS`.
    pub fn reload_stats(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlReloadStatsBuilder<'y, B>,
        ) -> Result<&'x mut DlReloadStatsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_RELOAD_STATS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_STATS_ENTRY`.
    pub fn reload_stats_entry(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlReloadStatsEntryBuilder<'y, B>,
        )
            -> Result<&'x mut DlReloadStatsEntryBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_RELOAD_STATS_ENTRY, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_STATS_LIMIT`.
    pub fn reload_stats_limit(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RELOAD_STATS_LIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_STATS_VALUE`.
    pub fn reload_stats_value(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RELOAD_STATS_VALUE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REMOTE_RELOAD_STATS`.
    pub fn remote_reload_stats(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlReloadStatsBuilder<'y, B>,
        ) -> Result<&'x mut DlReloadStatsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_REMOTE_RELOAD_STATS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_ACTION_INFO`.
    pub fn reload_action_info(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlReloadActInfoBuilder<'y, B>,
        ) -> Result<&'x mut DlReloadActInfoBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_RELOAD_ACTION_INFO, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_ACTION_STATS`.
    pub fn reload_action_stats(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlReloadActStatsBuilder<'y, B>,
        )
            -> Result<&'x mut DlReloadActStatsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_RELOAD_ACTION_STATS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_PCI_SF_NUMBER`.
    pub fn port_pci_sf_number(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_PORT_PCI_SF_NUMBER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RATE_TYPE`.
    pub fn rate_type(&mut self, v: RateType) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RATE_TYPE, &(v.value() as u16).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RATE_TX_SHARE`.
    pub fn rate_tx_share(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RATE_TX_SHARE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RATE_TX_MAX`.
    pub fn rate_tx_max(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RATE_TX_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RATE_NODE_NAME`.
    pub fn rate_node_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_RATE_NODE_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RATE_PARENT_NODE_NAME`.
    pub fn rate_parent_node_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_RATE_PARENT_NODE_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REGION_MAX_SNAPSHOTS`.
    pub fn region_max_snapshots(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_REGION_MAX_SNAPSHOTS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_LINECARD_INDEX`.
    pub fn linecard_index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_LINECARD_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_LINECARD_STATE`.
    pub fn linecard_state(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_LINECARD_STATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_LINECARD_TYPE`.
    pub fn linecard_type(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_LINECARD_TYPE, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_LINECARD_SUPPORTED_TYPES`.
    pub fn linecard_supported_types(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlLinecardSupportedTypesBuilder<'y, B>,
        )
            -> Result<&'x mut DlLinecardSupportedTypesBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(DEVLINK_ATTR_LINECARD_SUPPORTED_TYPES, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SELFTESTS`.
    pub fn selftests(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlSelftestIdBuilder<'y, B>,
        ) -> Result<&'x mut DlSelftestIdBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_SELFTESTS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RATE_TX_PRIORITY`.
    pub fn rate_tx_priority(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RATE_TX_PRIORITY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RATE_TX_WEIGHT`.
    pub fn rate_tx_weight(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RATE_TX_WEIGHT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REGION_DIRECT`.
    pub fn region_direct(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(DEVLINK_ATTR_REGION_DIRECT)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RATE_TC_BWS`.
    pub fn rate_tc_bws(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlRateTcBwsBuilder<'y, B>,
        ) -> Result<&'x mut DlRateTcBwsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_RATE_TC_BWS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_BURST_PERIOD`: Time (in msec) for recoveries before starting the grace period.
    pub fn health_reporter_burst_period(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            DEVLINK_ATTR_HEALTH_REPORTER_BURST_PERIOD,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PARAM_RESET_DEFAULT`: Request restoring parameter to its default value.
    pub fn param_reset_default(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(DEVLINK_ATTR_PARAM_RESET_DEFAULT)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_INDEX`: Unique devlink instance index.
    pub fn index(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(DEVLINK_ATTR_INDEX, small),
            Err(_) => self.w.put_u64(DEVLINK_ATTR_INDEX, v),
        }?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_SCOPE_MASK`: Bitmask selecting which resource classes to include in a
    /// resource-dump response. Bit 0 (dev) selects device-level
    /// resources; bit 1 (port) selects port-level resources.
    /// When absent all classes are returned.
    pub fn resource_scope_mask(&mut self, v: ResourceScope) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RESOURCE_SCOPE_MASK, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PARENT_DEV`: Identifies the devlink instance which owns the parent rate node.
    /// Used with rate-set and rate-new to parent a rate object to a node on
    /// a different devlink instance, enabling cross-device rate scheduling.
    /// When absent, the parent node is resolved on the same instance.
    pub fn parent_dev(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlParentDevBuilder<'y, B>,
        ) -> Result<&'x mut DlParentDevBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_PARENT_DEV, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `dl-dev-stats` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlDevStatsBuilder<'w, B> = Builder<'w, sets::DlDevStats, B>;

impl<B: Buffer> DlDevStatsBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_RELOAD_STATS`.
    pub fn reload_stats(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlReloadStatsBuilder<'y, B>,
        ) -> Result<&'x mut DlReloadStatsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_RELOAD_STATS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REMOTE_RELOAD_STATS`.
    pub fn remote_reload_stats(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlReloadStatsBuilder<'y, B>,
        ) -> Result<&'x mut DlReloadStatsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_REMOTE_RELOAD_STATS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `dl-reload-stats` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlReloadStatsBuilder<'w, B> = Builder<'w, sets::DlReloadStats, B>;

impl<B: Buffer> DlReloadStatsBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_RELOAD_ACTION_INFO`.
    pub fn reload_action_info(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlReloadActInfoBuilder<'y, B>,
        ) -> Result<&'x mut DlReloadActInfoBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_RELOAD_ACTION_INFO, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `dl-reload-act-info` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlReloadActInfoBuilder<'w, B> = Builder<'w, sets::DlReloadActInfo, B>;

impl<B: Buffer> DlReloadActInfoBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_RELOAD_ACTION`.
    pub fn reload_action(&mut self, v: ReloadAction) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RELOAD_ACTION, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_ACTION_STATS`.
    pub fn reload_action_stats(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlReloadActStatsBuilder<'y, B>,
        )
            -> Result<&'x mut DlReloadActStatsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_RELOAD_ACTION_STATS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `dl-reload-act-stats` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlReloadActStatsBuilder<'w, B> = Builder<'w, sets::DlReloadActStats, B>;

impl<B: Buffer> DlReloadActStatsBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_RELOAD_STATS_ENTRY`.
    pub fn reload_stats_entry(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlReloadStatsEntryBuilder<'y, B>,
        )
            -> Result<&'x mut DlReloadStatsEntryBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_RELOAD_STATS_ENTRY, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `dl-reload-stats-entry` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlReloadStatsEntryBuilder<'w, B> = Builder<'w, sets::DlReloadStatsEntry, B>;

impl<B: Buffer> DlReloadStatsEntryBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_RELOAD_STATS_LIMIT`.
    pub fn reload_stats_limit(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RELOAD_STATS_LIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_STATS_VALUE`.
    pub fn reload_stats_value(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RELOAD_STATS_VALUE, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-info-version` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlInfoVersionBuilder<'w, B> = Builder<'w, sets::DlInfoVersion, B>;

impl<B: Buffer> DlInfoVersionBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_INFO_VERSION_NAME`.
    pub fn info_version_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_INFO_VERSION_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_INFO_VERSION_VALUE`.
    pub fn info_version_value(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_INFO_VERSION_VALUE, v)?;
        Ok(self)
    }
}

/// Writes `dl-port-function` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlPortFunctionBuilder<'w, B> = Builder<'w, sets::DlPortFunction, B>;

impl<B: Buffer> DlPortFunctionBuilder<'_, B> {
    /// Writes `DEVLINK_PORT_FUNCTION_ATTR_HW_ADDR`.
    pub fn hw_addr(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DEVLINK_PORT_FUNCTION_ATTR_HW_ADDR, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_PORT_FN_ATTR_STATE`.
    pub fn state(&mut self, v: PortFnState) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_PORT_FN_ATTR_STATE, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_PORT_FN_ATTR_OPSTATE`.
    pub fn opstate(&mut self, v: PortFnOpstate) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            DEVLINK_PORT_FN_ATTR_OPSTATE,
            &(v.value() as u8).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_PORT_FN_ATTR_CAPS`.
    pub fn caps(&mut self, v: Bitfield32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DEVLINK_PORT_FN_ATTR_CAPS, &v.to_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-tables` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlDpipeTablesBuilder<'w, B> = Builder<'w, sets::DlDpipeTables, B>;

impl<B: Buffer> DlDpipeTablesBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_DPIPE_TABLE`.
    pub fn dpipe_table(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeTableBuilder<'y, B>,
        ) -> Result<&'x mut DlDpipeTableBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_DPIPE_TABLE, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-table` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlDpipeTableBuilder<'w, B> = Builder<'w, sets::DlDpipeTable, B>;

impl<B: Buffer> DlDpipeTableBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_DPIPE_TABLE_NAME`.
    pub fn dpipe_table_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_DPIPE_TABLE_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE_SIZE`.
    pub fn dpipe_table_size(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_TABLE_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE_MATCHES`.
    pub fn dpipe_table_matches(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeTableMatchesBuilder<'y, B>,
        )
            -> Result<&'x mut DlDpipeTableMatchesBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_DPIPE_TABLE_MATCHES, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE_ACTIONS`.
    pub fn dpipe_table_actions(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeTableActionsBuilder<'y, B>,
        )
            -> Result<&'x mut DlDpipeTableActionsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_DPIPE_TABLE_ACTIONS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE_COUNTERS_ENABLED`.
    pub fn dpipe_table_counters_enabled(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            DEVLINK_ATTR_DPIPE_TABLE_COUNTERS_ENABLED,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_ID`.
    pub fn dpipe_table_resource_id(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_UNITS`.
    pub fn dpipe_table_resource_units(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_UNITS, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-table-matches` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlDpipeTableMatchesBuilder<'w, B> = Builder<'w, sets::DlDpipeTableMatches, B>;

impl<B: Buffer> DlDpipeTableMatchesBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_DPIPE_MATCH`.
    pub fn dpipe_match(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeMatchBuilder<'y, B>,
        ) -> Result<&'x mut DlDpipeMatchBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_DPIPE_MATCH, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-table-actions` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlDpipeTableActionsBuilder<'w, B> = Builder<'w, sets::DlDpipeTableActions, B>;

impl<B: Buffer> DlDpipeTableActionsBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_DPIPE_ACTION`.
    pub fn dpipe_action(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeActionBuilder<'y, B>,
        ) -> Result<&'x mut DlDpipeActionBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_DPIPE_ACTION, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-entries` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlDpipeEntriesBuilder<'w, B> = Builder<'w, sets::DlDpipeEntries, B>;

impl<B: Buffer> DlDpipeEntriesBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_DPIPE_ENTRY`.
    pub fn dpipe_entry(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeEntryBuilder<'y, B>,
        ) -> Result<&'x mut DlDpipeEntryBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_DPIPE_ENTRY, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-entry` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlDpipeEntryBuilder<'w, B> = Builder<'w, sets::DlDpipeEntry, B>;

impl<B: Buffer> DlDpipeEntryBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_DPIPE_ENTRY_INDEX`.
    pub fn dpipe_entry_index(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_ENTRY_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ENTRY_MATCH_VALUES`.
    pub fn dpipe_entry_match_values(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeEntryMatchValuesBuilder<'y, B>,
        )
            -> Result<&'x mut DlDpipeEntryMatchValuesBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(DEVLINK_ATTR_DPIPE_ENTRY_MATCH_VALUES, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ENTRY_ACTION_VALUES`.
    pub fn dpipe_entry_action_values(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeEntryActionValuesBuilder<'y, B>,
        )
            -> Result<&'x mut DlDpipeEntryActionValuesBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(DEVLINK_ATTR_DPIPE_ENTRY_ACTION_VALUES, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ENTRY_COUNTER`.
    pub fn dpipe_entry_counter(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_ENTRY_COUNTER, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-entry-match-values` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlDpipeEntryMatchValuesBuilder<'w, B> = Builder<'w, sets::DlDpipeEntryMatchValues, B>;

impl<B: Buffer> DlDpipeEntryMatchValuesBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_DPIPE_MATCH_VALUE`.
    pub fn dpipe_match_value(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeMatchValueBuilder<'y, B>,
        )
            -> Result<&'x mut DlDpipeMatchValueBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_DPIPE_MATCH_VALUE, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-entry-action-values` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlDpipeEntryActionValuesBuilder<'w, B> = Builder<'w, sets::DlDpipeEntryActionValues, B>;

impl<B: Buffer> DlDpipeEntryActionValuesBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_DPIPE_ACTION_VALUE`.
    pub fn dpipe_action_value(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeActionValueBuilder<'y, B>,
        )
            -> Result<&'x mut DlDpipeActionValueBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_DPIPE_ACTION_VALUE, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-match` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlDpipeMatchBuilder<'w, B> = Builder<'w, sets::DlDpipeMatch, B>;

impl<B: Buffer> DlDpipeMatchBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_DPIPE_MATCH_TYPE`.
    pub fn dpipe_match_type(&mut self, v: DpipeMatchType) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_MATCH_TYPE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_ID`.
    pub fn dpipe_header_id(&mut self, v: DpipeHeaderId) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_HEADER_ID, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_GLOBAL`.
    pub fn dpipe_header_global(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_HEADER_GLOBAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_INDEX`.
    pub fn dpipe_header_index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_HEADER_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_FIELD_ID`.
    pub fn dpipe_field_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_FIELD_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-match-value` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlDpipeMatchValueBuilder<'w, B> = Builder<'w, sets::DlDpipeMatchValue, B>;

impl<B: Buffer> DlDpipeMatchValueBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_DPIPE_MATCH`.
    pub fn dpipe_match(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeMatchBuilder<'y, B>,
        ) -> Result<&'x mut DlDpipeMatchBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_DPIPE_MATCH, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_VALUE`.
    pub fn dpipe_value(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DEVLINK_ATTR_DPIPE_VALUE, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_VALUE_MASK`.
    pub fn dpipe_value_mask(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DEVLINK_ATTR_DPIPE_VALUE_MASK, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_VALUE_MAPPING`.
    pub fn dpipe_value_mapping(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_VALUE_MAPPING, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-action` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlDpipeActionBuilder<'w, B> = Builder<'w, sets::DlDpipeAction, B>;

impl<B: Buffer> DlDpipeActionBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_DPIPE_ACTION_TYPE`.
    pub fn dpipe_action_type(&mut self, v: DpipeActionType) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_ACTION_TYPE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_ID`.
    pub fn dpipe_header_id(&mut self, v: DpipeHeaderId) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_HEADER_ID, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_GLOBAL`.
    pub fn dpipe_header_global(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_HEADER_GLOBAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_INDEX`.
    pub fn dpipe_header_index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_HEADER_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_FIELD_ID`.
    pub fn dpipe_field_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_FIELD_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-action-value` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlDpipeActionValueBuilder<'w, B> = Builder<'w, sets::DlDpipeActionValue, B>;

impl<B: Buffer> DlDpipeActionValueBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_DPIPE_ACTION`.
    pub fn dpipe_action(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeActionBuilder<'y, B>,
        ) -> Result<&'x mut DlDpipeActionBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_DPIPE_ACTION, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_VALUE`.
    pub fn dpipe_value(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DEVLINK_ATTR_DPIPE_VALUE, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_VALUE_MASK`.
    pub fn dpipe_value_mask(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DEVLINK_ATTR_DPIPE_VALUE_MASK, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_VALUE_MAPPING`.
    pub fn dpipe_value_mapping(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_VALUE_MAPPING, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-headers` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlDpipeHeadersBuilder<'w, B> = Builder<'w, sets::DlDpipeHeaders, B>;

impl<B: Buffer> DlDpipeHeadersBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_DPIPE_HEADER`.
    pub fn dpipe_header(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeHeaderBuilder<'y, B>,
        ) -> Result<&'x mut DlDpipeHeaderBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_DPIPE_HEADER, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-header` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlDpipeHeaderBuilder<'w, B> = Builder<'w, sets::DlDpipeHeader, B>;

impl<B: Buffer> DlDpipeHeaderBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_NAME`.
    pub fn dpipe_header_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_DPIPE_HEADER_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_ID`.
    pub fn dpipe_header_id(&mut self, v: DpipeHeaderId) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_HEADER_ID, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_FIELDS`.
    pub fn dpipe_header_fields(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeHeaderFieldsBuilder<'y, B>,
        )
            -> Result<&'x mut DlDpipeHeaderFieldsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_DPIPE_HEADER_FIELDS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_GLOBAL`.
    pub fn dpipe_header_global(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_HEADER_GLOBAL, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-header-fields` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlDpipeHeaderFieldsBuilder<'w, B> = Builder<'w, sets::DlDpipeHeaderFields, B>;

impl<B: Buffer> DlDpipeHeaderFieldsBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_DPIPE_FIELD`.
    pub fn dpipe_field(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlDpipeFieldBuilder<'y, B>,
        ) -> Result<&'x mut DlDpipeFieldBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_DPIPE_FIELD, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-field` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlDpipeFieldBuilder<'w, B> = Builder<'w, sets::DlDpipeField, B>;

impl<B: Buffer> DlDpipeFieldBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_DPIPE_FIELD_NAME`.
    pub fn dpipe_field_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_DPIPE_FIELD_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_FIELD_ID`.
    pub fn dpipe_field_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_FIELD_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_FIELD_BITWIDTH`.
    pub fn dpipe_field_bitwidth(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_DPIPE_FIELD_BITWIDTH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_FIELD_MAPPING_TYPE`.
    pub fn dpipe_field_mapping_type(
        &mut self,
        v: DpipeFieldMappingType,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            DEVLINK_ATTR_DPIPE_FIELD_MAPPING_TYPE,
            &(v.value()).to_ne_bytes(),
        )?;
        Ok(self)
    }
}

/// Writes `dl-resource` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlResourceBuilder<'w, B> = Builder<'w, sets::DlResource, B>;

impl<B: Buffer> DlResourceBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_RESOURCE_NAME`.
    pub fn resource_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_RESOURCE_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_ID`.
    pub fn resource_id(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RESOURCE_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_SIZE`.
    pub fn resource_size(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RESOURCE_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_SIZE_NEW`.
    pub fn resource_size_new(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RESOURCE_SIZE_NEW, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_SIZE_VALID`.
    pub fn resource_size_valid(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RESOURCE_SIZE_VALID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_SIZE_MIN`.
    pub fn resource_size_min(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RESOURCE_SIZE_MIN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_SIZE_MAX`.
    pub fn resource_size_max(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RESOURCE_SIZE_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_SIZE_GRAN`.
    pub fn resource_size_gran(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RESOURCE_SIZE_GRAN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_UNIT`.
    pub fn resource_unit(&mut self, v: ResourceUnit) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RESOURCE_UNIT, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_OCC`.
    pub fn resource_occ(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_RESOURCE_OCC, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-resource-list` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlResourceListBuilder<'w, B> = Builder<'w, sets::DlResourceList, B>;

impl<B: Buffer> DlResourceListBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_RESOURCE`.
    pub fn resource(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlResourceBuilder<'y, B>,
        ) -> Result<&'x mut DlResourceBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(DEVLINK_ATTR_RESOURCE, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }
}

/// Writes `dl-param` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlParamBuilder<'w, B> = Builder<'w, sets::DlParam, B>;

impl<B: Buffer> DlParamBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_PARAM_NAME`.
    pub fn param_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_PARAM_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PARAM_GENERIC`.
    pub fn param_generic(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(DEVLINK_ATTR_PARAM_GENERIC)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PARAM_TYPE`.
    pub fn param_type(&mut self, v: VarAttrType) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_PARAM_TYPE, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-region-snapshots` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlRegionSnapshotsBuilder<'w, B> = Builder<'w, sets::DlRegionSnapshots, B>;

impl<B: Buffer> DlRegionSnapshotsBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_REGION_SNAPSHOT`.
    pub fn region_snapshot(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlRegionSnapshotBuilder<'y, B>,
        )
            -> Result<&'x mut DlRegionSnapshotBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_REGION_SNAPSHOT, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `dl-region-snapshot` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlRegionSnapshotBuilder<'w, B> = Builder<'w, sets::DlRegionSnapshot, B>;

impl<B: Buffer> DlRegionSnapshotBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_REGION_SNAPSHOT_ID`.
    pub fn region_snapshot_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_REGION_SNAPSHOT_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-region-chunks` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlRegionChunksBuilder<'w, B> = Builder<'w, sets::DlRegionChunks, B>;

impl<B: Buffer> DlRegionChunksBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_REGION_CHUNK`.
    pub fn region_chunk(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut DlRegionChunkBuilder<'y, B>,
        ) -> Result<&'x mut DlRegionChunkBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(DEVLINK_ATTR_REGION_CHUNK, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `dl-region-chunk` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlRegionChunkBuilder<'w, B> = Builder<'w, sets::DlRegionChunk, B>;

impl<B: Buffer> DlRegionChunkBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_REGION_CHUNK_DATA`.
    pub fn region_chunk_data(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(DEVLINK_ATTR_REGION_CHUNK_DATA, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REGION_CHUNK_ADDR`.
    pub fn region_chunk_addr(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_REGION_CHUNK_ADDR, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-fmsg` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlFmsgBuilder<'w, B> = Builder<'w, sets::DlFmsg, B>;

impl<B: Buffer> DlFmsgBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_FMSG_OBJ_NEST_START`.
    pub fn fmsg_obj_nest_start(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(DEVLINK_ATTR_FMSG_OBJ_NEST_START)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FMSG_PAIR_NEST_START`.
    pub fn fmsg_pair_nest_start(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(DEVLINK_ATTR_FMSG_PAIR_NEST_START)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FMSG_ARR_NEST_START`.
    pub fn fmsg_arr_nest_start(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(DEVLINK_ATTR_FMSG_ARR_NEST_START)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FMSG_NEST_END`.
    pub fn fmsg_nest_end(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(DEVLINK_ATTR_FMSG_NEST_END)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FMSG_OBJ_NAME`.
    pub fn fmsg_obj_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_FMSG_OBJ_NAME, v)?;
        Ok(self)
    }
}

/// Writes `dl-health-reporter` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlHealthReporterBuilder<'w, B> = Builder<'w, sets::DlHealthReporter, B>;

impl<B: Buffer> DlHealthReporterBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_NAME`.
    pub fn health_reporter_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_HEALTH_REPORTER_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_STATE`.
    pub fn health_reporter_state(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_HEALTH_REPORTER_STATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_ERR_COUNT`.
    pub fn health_reporter_err_count(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_HEALTH_REPORTER_ERR_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_RECOVER_COUNT`.
    pub fn health_reporter_recover_count(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            DEVLINK_ATTR_HEALTH_REPORTER_RECOVER_COUNT,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS`.
    pub fn health_reporter_dump_ts(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_GRACEFUL_PERIOD`.
    pub fn health_reporter_graceful_period(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            DEVLINK_ATTR_HEALTH_REPORTER_GRACEFUL_PERIOD,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_AUTO_RECOVER`.
    pub fn health_reporter_auto_recover(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            DEVLINK_ATTR_HEALTH_REPORTER_AUTO_RECOVER,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS_NS`.
    pub fn health_reporter_dump_ts_ns(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS_NS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_AUTO_DUMP`.
    pub fn health_reporter_auto_dump(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_HEALTH_REPORTER_AUTO_DUMP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_BURST_PERIOD`: Time (in msec) for recoveries before starting the grace period.
    pub fn health_reporter_burst_period(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            DEVLINK_ATTR_HEALTH_REPORTER_BURST_PERIOD,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }
}

/// Writes `dl-attr-stats` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlAttrStatsBuilder<'w, B> = Builder<'w, sets::DlAttrStats, B>;

impl<B: Buffer> DlAttrStatsBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_STATS_RX_PACKETS`.
    pub fn stats_rx_packets(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_STATS_RX_PACKETS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_STATS_RX_BYTES`.
    pub fn stats_rx_bytes(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_STATS_RX_BYTES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_STATS_RX_DROPPED`.
    pub fn stats_rx_dropped(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_ATTR_STATS_RX_DROPPED, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-trap-metadata` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlTrapMetadataBuilder<'w, B> = Builder<'w, sets::DlTrapMetadata, B>;

impl<B: Buffer> DlTrapMetadataBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_TRAP_METADATA_TYPE_IN_PORT`.
    pub fn trap_metadata_type_in_port(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(DEVLINK_ATTR_TRAP_METADATA_TYPE_IN_PORT)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_TRAP_METADATA_TYPE_FA_COOKIE`.
    pub fn trap_metadata_type_fa_cookie(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(DEVLINK_ATTR_TRAP_METADATA_TYPE_FA_COOKIE)?;
        Ok(self)
    }
}

/// Writes `dl-linecard-supported-types` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlLinecardSupportedTypesBuilder<'w, B> = Builder<'w, sets::DlLinecardSupportedTypes, B>;

impl<B: Buffer> DlLinecardSupportedTypesBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_LINECARD_TYPE`.
    pub fn linecard_type(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_LINECARD_TYPE, v)?;
        Ok(self)
    }
}

/// Writes `dl-selftest-id` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlSelftestIdBuilder<'w, B> = Builder<'w, sets::DlSelftestId, B>;

impl<B: Buffer> DlSelftestIdBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_SELFTEST_ID_FLASH`.
    pub fn flash(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(DEVLINK_ATTR_SELFTEST_ID_FLASH)?;
        Ok(self)
    }
}

/// Writes `dl-rate-tc-bws` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlRateTcBwsBuilder<'w, B> = Builder<'w, sets::DlRateTcBws, B>;

impl<B: Buffer> DlRateTcBwsBuilder<'_, B> {
    /// Writes `DEVLINK_RATE_TC_ATTR_INDEX`.
    pub fn index(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_RATE_TC_ATTR_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_RATE_TC_ATTR_BW`: Specifies the bandwidth share assigned to the Traffic Class.
    /// The bandwidth for the traffic class is determined
    /// in proportion to the sum of the shares of all configured classes.
    pub fn bw(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(DEVLINK_RATE_TC_ATTR_BW, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-parent-dev` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type DlParentDevBuilder<'w, B> = Builder<'w, sets::DlParentDev, B>;

impl<B: Buffer> DlParentDevBuilder<'_, B> {
    /// Writes `DEVLINK_ATTR_BUS_NAME`.
    pub fn bus_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_BUS_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DEV_NAME`.
    pub fn dev_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(DEVLINK_ATTR_DEV_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_INDEX`: Unique devlink instance index.
    pub fn index(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(DEVLINK_ATTR_INDEX, small),
            Err(_) => self.w.put_u64(DEVLINK_ATTR_INDEX, v),
        }?;
        Ok(self)
    }
}
