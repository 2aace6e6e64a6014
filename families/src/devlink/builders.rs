//! Typed builders of `devlink`: one per attribute set, over the codec's [`Writer`] (so they
//! write into a caller's `&mut [u8]` as well as a `Vec`).

#![allow(unused_imports)]

use super::consts::*;
use super::types::*;
use crate::runtime::{put_nest_with_header, Bitfield32};
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use nlcodec::{Buffer, WriteError, Writer};

/// Writes `devlink` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DevlinkBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DevlinkBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_BUS_NAME`.
    pub fn bus_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_BUS_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DEV_NAME`.
    pub fn dev_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_DEV_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_INDEX`.
    pub fn port_index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_PORT_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_TYPE`.
    pub fn port_type(&mut self, v: PortType) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_PORT_TYPE, &(v.value() as u16).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_DESIRED_TYPE`.
    pub fn port_desired_type(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_PORT_DESIRED_TYPE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_NETDEV_IFINDEX`.
    pub fn port_netdev_ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_PORT_NETDEV_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_NETDEV_NAME`.
    pub fn port_netdev_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_PORT_NETDEV_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_IBDEV_NAME`.
    pub fn port_ibdev_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_PORT_IBDEV_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_SPLIT_COUNT`.
    pub fn port_split_count(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_PORT_SPLIT_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_SPLIT_GROUP`.
    pub fn port_split_group(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_PORT_SPLIT_GROUP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_INDEX`.
    pub fn sb_index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(DEVLINK_ATTR_SB_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_SIZE`.
    pub fn sb_size(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(DEVLINK_ATTR_SB_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_INGRESS_POOL_COUNT`.
    pub fn sb_ingress_pool_count(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_SB_INGRESS_POOL_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_EGRESS_POOL_COUNT`.
    pub fn sb_egress_pool_count(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_SB_EGRESS_POOL_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_INGRESS_TC_COUNT`.
    pub fn sb_ingress_tc_count(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_SB_INGRESS_TC_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_EGRESS_TC_COUNT`.
    pub fn sb_egress_tc_count(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_SB_EGRESS_TC_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_POOL_INDEX`.
    pub fn sb_pool_index(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_SB_POOL_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_POOL_TYPE`.
    pub fn sb_pool_type(&mut self, v: SbPoolType) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_SB_POOL_TYPE, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_POOL_SIZE`.
    pub fn sb_pool_size(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_SB_POOL_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_POOL_THRESHOLD_TYPE`.
    pub fn sb_pool_threshold_type(&mut self, v: SbThresholdType) -> Result<&mut Self, WriteError> {
        self.0.put_attr(
            DEVLINK_ATTR_SB_POOL_THRESHOLD_TYPE,
            &(v.value() as u8).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_THRESHOLD`.
    pub fn sb_threshold(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_SB_THRESHOLD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_TC_INDEX`.
    pub fn sb_tc_index(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_SB_TC_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_OCC_CUR`.
    pub fn sb_occ_cur(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_SB_OCC_CUR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_OCC_MAX`.
    pub fn sb_occ_max(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_SB_OCC_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_ESWITCH_MODE`.
    pub fn eswitch_mode(&mut self, v: EswitchMode) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_ESWITCH_MODE, &(v.value() as u16).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_ESWITCH_INLINE_MODE`.
    pub fn eswitch_inline_mode(&mut self, v: EswitchInlineMode) -> Result<&mut Self, WriteError> {
        self.0.put_attr(
            DEVLINK_ATTR_ESWITCH_INLINE_MODE,
            &(v.value() as u8).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLES`.
    pub fn dpipe_tables(
        &mut self,
        f: impl FnOnce(&mut DlDpipeTablesBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_DPIPE_TABLES, |w| {
            f(&mut DlDpipeTablesBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE`.
    pub fn dpipe_table(
        &mut self,
        f: impl FnOnce(&mut DlDpipeTableBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(DEVLINK_ATTR_DPIPE_TABLE, |w| f(&mut DlDpipeTableBuilder(w)))?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE_NAME`.
    pub fn dpipe_table_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_DPIPE_TABLE_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE_SIZE`.
    pub fn dpipe_table_size(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_TABLE_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE_MATCHES`.
    pub fn dpipe_table_matches(
        &mut self,
        f: impl FnOnce(&mut DlDpipeTableMatchesBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_DPIPE_TABLE_MATCHES, |w| {
            f(&mut DlDpipeTableMatchesBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE_ACTIONS`.
    pub fn dpipe_table_actions(
        &mut self,
        f: impl FnOnce(&mut DlDpipeTableActionsBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_DPIPE_TABLE_ACTIONS, |w| {
            f(&mut DlDpipeTableActionsBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE_COUNTERS_ENABLED`.
    pub fn dpipe_table_counters_enabled(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.0.put_attr(
            DEVLINK_ATTR_DPIPE_TABLE_COUNTERS_ENABLED,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ENTRIES`.
    pub fn dpipe_entries(
        &mut self,
        f: impl FnOnce(&mut DlDpipeEntriesBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_DPIPE_ENTRIES, |w| {
            f(&mut DlDpipeEntriesBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ENTRY`.
    pub fn dpipe_entry(
        &mut self,
        f: impl FnOnce(&mut DlDpipeEntryBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(DEVLINK_ATTR_DPIPE_ENTRY, |w| f(&mut DlDpipeEntryBuilder(w)))?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ENTRY_INDEX`.
    pub fn dpipe_entry_index(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_ENTRY_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ENTRY_MATCH_VALUES`.
    pub fn dpipe_entry_match_values(
        &mut self,
        f: impl FnOnce(&mut DlDpipeEntryMatchValuesBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(DEVLINK_ATTR_DPIPE_ENTRY_MATCH_VALUES, |w| {
                f(&mut DlDpipeEntryMatchValuesBuilder(w))
            })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ENTRY_ACTION_VALUES`.
    pub fn dpipe_entry_action_values(
        &mut self,
        f: impl FnOnce(&mut DlDpipeEntryActionValuesBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(DEVLINK_ATTR_DPIPE_ENTRY_ACTION_VALUES, |w| {
                f(&mut DlDpipeEntryActionValuesBuilder(w))
            })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ENTRY_COUNTER`.
    pub fn dpipe_entry_counter(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_ENTRY_COUNTER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_MATCH`.
    pub fn dpipe_match(
        &mut self,
        f: impl FnOnce(&mut DlDpipeMatchBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(DEVLINK_ATTR_DPIPE_MATCH, |w| f(&mut DlDpipeMatchBuilder(w)))?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_MATCH_VALUE`.
    pub fn dpipe_match_value(
        &mut self,
        f: impl FnOnce(&mut DlDpipeMatchValueBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_DPIPE_MATCH_VALUE, |w| {
            f(&mut DlDpipeMatchValueBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_MATCH_TYPE`.
    pub fn dpipe_match_type(&mut self, v: DpipeMatchType) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_MATCH_TYPE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ACTION`.
    pub fn dpipe_action(
        &mut self,
        f: impl FnOnce(&mut DlDpipeActionBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_DPIPE_ACTION, |w| {
            f(&mut DlDpipeActionBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ACTION_VALUE`.
    pub fn dpipe_action_value(
        &mut self,
        f: impl FnOnce(&mut DlDpipeActionValueBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_DPIPE_ACTION_VALUE, |w| {
            f(&mut DlDpipeActionValueBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ACTION_TYPE`.
    pub fn dpipe_action_type(&mut self, v: DpipeActionType) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_ACTION_TYPE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_VALUE`.
    pub fn dpipe_value(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.0.put_attr(DEVLINK_ATTR_DPIPE_VALUE, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_VALUE_MASK`.
    pub fn dpipe_value_mask(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.0.put_attr(DEVLINK_ATTR_DPIPE_VALUE_MASK, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_VALUE_MAPPING`.
    pub fn dpipe_value_mapping(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_VALUE_MAPPING, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADERS`.
    pub fn dpipe_headers(
        &mut self,
        f: impl FnOnce(&mut DlDpipeHeadersBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_DPIPE_HEADERS, |w| {
            f(&mut DlDpipeHeadersBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER`.
    pub fn dpipe_header(
        &mut self,
        f: impl FnOnce(&mut DlDpipeHeaderBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_DPIPE_HEADER, |w| {
            f(&mut DlDpipeHeaderBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_NAME`.
    pub fn dpipe_header_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_DPIPE_HEADER_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_ID`.
    pub fn dpipe_header_id(&mut self, v: DpipeHeaderId) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_HEADER_ID, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_FIELDS`.
    pub fn dpipe_header_fields(
        &mut self,
        f: impl FnOnce(&mut DlDpipeHeaderFieldsBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_DPIPE_HEADER_FIELDS, |w| {
            f(&mut DlDpipeHeaderFieldsBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_GLOBAL`.
    pub fn dpipe_header_global(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_HEADER_GLOBAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_INDEX`.
    pub fn dpipe_header_index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_HEADER_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_FIELD`.
    pub fn dpipe_field(
        &mut self,
        f: impl FnOnce(&mut DlDpipeFieldBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(DEVLINK_ATTR_DPIPE_FIELD, |w| f(&mut DlDpipeFieldBuilder(w)))?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_FIELD_NAME`.
    pub fn dpipe_field_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_DPIPE_FIELD_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_FIELD_ID`.
    pub fn dpipe_field_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_FIELD_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_FIELD_BITWIDTH`.
    pub fn dpipe_field_bitwidth(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_FIELD_BITWIDTH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_FIELD_MAPPING_TYPE`.
    pub fn dpipe_field_mapping_type(
        &mut self,
        v: DpipeFieldMappingType,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_attr(
            DEVLINK_ATTR_DPIPE_FIELD_MAPPING_TYPE,
            &(v.value()).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_ESWITCH_ENCAP_MODE`.
    pub fn eswitch_encap_mode(&mut self, v: EswitchEncapMode) -> Result<&mut Self, WriteError> {
        self.0.put_attr(
            DEVLINK_ATTR_ESWITCH_ENCAP_MODE,
            &(v.value() as u8).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_LIST`.
    pub fn resource_list(
        &mut self,
        f: impl FnOnce(&mut DlResourceListBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_RESOURCE_LIST, |w| {
            f(&mut DlResourceListBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE`.
    pub fn resource(
        &mut self,
        f: impl FnOnce(&mut DlResourceBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(DEVLINK_ATTR_RESOURCE, |w| f(&mut DlResourceBuilder(w)))?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_NAME`.
    pub fn resource_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_RESOURCE_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_ID`.
    pub fn resource_id(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RESOURCE_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_SIZE`.
    pub fn resource_size(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RESOURCE_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_SIZE_NEW`.
    pub fn resource_size_new(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RESOURCE_SIZE_NEW, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_SIZE_VALID`.
    pub fn resource_size_valid(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RESOURCE_SIZE_VALID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_SIZE_MIN`.
    pub fn resource_size_min(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RESOURCE_SIZE_MIN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_SIZE_MAX`.
    pub fn resource_size_max(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RESOURCE_SIZE_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_SIZE_GRAN`.
    pub fn resource_size_gran(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RESOURCE_SIZE_GRAN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_UNIT`.
    pub fn resource_unit(&mut self, v: ResourceUnit) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RESOURCE_UNIT, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_OCC`.
    pub fn resource_occ(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RESOURCE_OCC, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_ID`.
    pub fn dpipe_table_resource_id(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_UNITS`.
    pub fn dpipe_table_resource_units(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_UNITS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_FLAVOUR`.
    pub fn port_flavour(&mut self, v: PortFlavour) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_PORT_FLAVOUR, &(v.value() as u16).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_NUMBER`.
    pub fn port_number(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_PORT_NUMBER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_SPLIT_SUBPORT_NUMBER`.
    pub fn port_split_subport_number(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_PORT_SPLIT_SUBPORT_NUMBER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PARAM`.
    pub fn param(
        &mut self,
        f: impl FnOnce(&mut DlParamBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(DEVLINK_ATTR_PARAM, |w| f(&mut DlParamBuilder(w)))?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PARAM_NAME`.
    pub fn param_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_PARAM_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PARAM_GENERIC`.
    pub fn param_generic(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(DEVLINK_ATTR_PARAM_GENERIC)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PARAM_TYPE`.
    pub fn param_type(&mut self, v: VarAttrType) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_PARAM_TYPE, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PARAM_VALUE_CMODE`.
    pub fn param_value_cmode(&mut self, v: ParamCmode) -> Result<&mut Self, WriteError> {
        self.0.put_attr(
            DEVLINK_ATTR_PARAM_VALUE_CMODE,
            &(v.value() as u8).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REGION_NAME`.
    pub fn region_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_REGION_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REGION_SIZE`.
    pub fn region_size(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_REGION_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REGION_SNAPSHOTS`.
    pub fn region_snapshots(
        &mut self,
        f: impl FnOnce(&mut DlRegionSnapshotsBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_REGION_SNAPSHOTS, |w| {
            f(&mut DlRegionSnapshotsBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REGION_SNAPSHOT`.
    pub fn region_snapshot(
        &mut self,
        f: impl FnOnce(&mut DlRegionSnapshotBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_REGION_SNAPSHOT, |w| {
            f(&mut DlRegionSnapshotBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REGION_SNAPSHOT_ID`.
    pub fn region_snapshot_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_REGION_SNAPSHOT_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REGION_CHUNKS`.
    pub fn region_chunks(
        &mut self,
        f: impl FnOnce(&mut DlRegionChunksBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_REGION_CHUNKS, |w| {
            f(&mut DlRegionChunksBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REGION_CHUNK`.
    pub fn region_chunk(
        &mut self,
        f: impl FnOnce(&mut DlRegionChunkBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_REGION_CHUNK, |w| {
            f(&mut DlRegionChunkBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REGION_CHUNK_DATA`.
    pub fn region_chunk_data(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.0.put_attr(DEVLINK_ATTR_REGION_CHUNK_DATA, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REGION_CHUNK_ADDR`.
    pub fn region_chunk_addr(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_REGION_CHUNK_ADDR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REGION_CHUNK_LEN`.
    pub fn region_chunk_len(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_REGION_CHUNK_LEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_INFO_DRIVER_NAME`.
    pub fn info_driver_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_INFO_DRIVER_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_INFO_SERIAL_NUMBER`.
    pub fn info_serial_number(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_INFO_SERIAL_NUMBER, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_INFO_VERSION_FIXED`.
    pub fn info_version_fixed(
        &mut self,
        f: impl FnOnce(&mut DlInfoVersionBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_INFO_VERSION_FIXED, |w| {
            f(&mut DlInfoVersionBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_INFO_VERSION_RUNNING`.
    pub fn info_version_running(
        &mut self,
        f: impl FnOnce(&mut DlInfoVersionBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_INFO_VERSION_RUNNING, |w| {
            f(&mut DlInfoVersionBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_INFO_VERSION_STORED`.
    pub fn info_version_stored(
        &mut self,
        f: impl FnOnce(&mut DlInfoVersionBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_INFO_VERSION_STORED, |w| {
            f(&mut DlInfoVersionBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_INFO_VERSION_NAME`.
    pub fn info_version_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_INFO_VERSION_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_INFO_VERSION_VALUE`.
    pub fn info_version_value(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_INFO_VERSION_VALUE, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SB_POOL_CELL_SIZE`.
    pub fn sb_pool_cell_size(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_SB_POOL_CELL_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FMSG`.
    pub fn fmsg(
        &mut self,
        f: impl FnOnce(&mut DlFmsgBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(DEVLINK_ATTR_FMSG, |w| f(&mut DlFmsgBuilder(w)))?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FMSG_OBJ_NEST_START`.
    pub fn fmsg_obj_nest_start(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(DEVLINK_ATTR_FMSG_OBJ_NEST_START)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FMSG_PAIR_NEST_START`.
    pub fn fmsg_pair_nest_start(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(DEVLINK_ATTR_FMSG_PAIR_NEST_START)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FMSG_ARR_NEST_START`.
    pub fn fmsg_arr_nest_start(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(DEVLINK_ATTR_FMSG_ARR_NEST_START)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FMSG_NEST_END`.
    pub fn fmsg_nest_end(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(DEVLINK_ATTR_FMSG_NEST_END)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FMSG_OBJ_NAME`.
    pub fn fmsg_obj_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_FMSG_OBJ_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FMSG_OBJ_VALUE_TYPE`.
    pub fn fmsg_obj_value_type(&mut self, v: VarAttrType) -> Result<&mut Self, WriteError> {
        self.0.put_attr(
            DEVLINK_ATTR_FMSG_OBJ_VALUE_TYPE,
            &(v.value() as u8).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER`.
    pub fn health_reporter(
        &mut self,
        f: impl FnOnce(&mut DlHealthReporterBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_HEALTH_REPORTER, |w| {
            f(&mut DlHealthReporterBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_NAME`.
    pub fn health_reporter_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_HEALTH_REPORTER_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_STATE`.
    pub fn health_reporter_state(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_HEALTH_REPORTER_STATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_ERR_COUNT`.
    pub fn health_reporter_err_count(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_HEALTH_REPORTER_ERR_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_RECOVER_COUNT`.
    pub fn health_reporter_recover_count(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0.put_attr(
            DEVLINK_ATTR_HEALTH_REPORTER_RECOVER_COUNT,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS`.
    pub fn health_reporter_dump_ts(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_GRACEFUL_PERIOD`.
    pub fn health_reporter_graceful_period(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0.put_attr(
            DEVLINK_ATTR_HEALTH_REPORTER_GRACEFUL_PERIOD,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_AUTO_RECOVER`.
    pub fn health_reporter_auto_recover(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.0.put_attr(
            DEVLINK_ATTR_HEALTH_REPORTER_AUTO_RECOVER,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FLASH_UPDATE_FILE_NAME`.
    pub fn flash_update_file_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_FLASH_UPDATE_FILE_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FLASH_UPDATE_COMPONENT`.
    pub fn flash_update_component(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_FLASH_UPDATE_COMPONENT, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FLASH_UPDATE_STATUS_MSG`.
    pub fn flash_update_status_msg(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_FLASH_UPDATE_STATUS_MSG, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FLASH_UPDATE_STATUS_DONE`.
    pub fn flash_update_status_done(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_FLASH_UPDATE_STATUS_DONE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FLASH_UPDATE_STATUS_TOTAL`.
    pub fn flash_update_status_total(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_FLASH_UPDATE_STATUS_TOTAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_PCI_PF_NUMBER`.
    pub fn port_pci_pf_number(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_PORT_PCI_PF_NUMBER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_PCI_VF_NUMBER`.
    pub fn port_pci_vf_number(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_PORT_PCI_VF_NUMBER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_STATS`.
    pub fn stats(
        &mut self,
        f: impl FnOnce(&mut DlAttrStatsBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(DEVLINK_ATTR_STATS, |w| f(&mut DlAttrStatsBuilder(w)))?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_TRAP_NAME`.
    pub fn trap_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_TRAP_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_TRAP_ACTION`.
    pub fn trap_action(&mut self, v: TrapAction) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_TRAP_ACTION, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_TRAP_TYPE`.
    pub fn trap_type(&mut self, v: TrapType) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_TRAP_TYPE, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_TRAP_GENERIC`.
    pub fn trap_generic(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(DEVLINK_ATTR_TRAP_GENERIC)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_TRAP_METADATA`.
    pub fn trap_metadata(
        &mut self,
        f: impl FnOnce(&mut DlTrapMetadataBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_TRAP_METADATA, |w| {
            f(&mut DlTrapMetadataBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_TRAP_GROUP_NAME`.
    pub fn trap_group_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_TRAP_GROUP_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_FAILED`.
    pub fn reload_failed(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RELOAD_FAILED, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS_NS`.
    pub fn health_reporter_dump_ts_ns(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS_NS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_NETNS_FD`.
    pub fn netns_fd(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(DEVLINK_ATTR_NETNS_FD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_NETNS_PID`.
    pub fn netns_pid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_NETNS_PID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_NETNS_ID`.
    pub fn netns_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(DEVLINK_ATTR_NETNS_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_AUTO_DUMP`.
    pub fn health_reporter_auto_dump(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_HEALTH_REPORTER_AUTO_DUMP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_TRAP_POLICER_ID`.
    pub fn trap_policer_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_TRAP_POLICER_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_TRAP_POLICER_RATE`.
    pub fn trap_policer_rate(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_TRAP_POLICER_RATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_TRAP_POLICER_BURST`.
    pub fn trap_policer_burst(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_TRAP_POLICER_BURST, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_FUNCTION`.
    pub fn port_function(
        &mut self,
        f: impl FnOnce(&mut DlPortFunctionBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_PORT_FUNCTION, |w| {
            f(&mut DlPortFunctionBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_INFO_BOARD_SERIAL_NUMBER`.
    pub fn info_board_serial_number(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_INFO_BOARD_SERIAL_NUMBER, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_LANES`.
    pub fn port_lanes(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_PORT_LANES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_SPLITTABLE`.
    pub fn port_splittable(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_PORT_SPLITTABLE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_EXTERNAL`.
    pub fn port_external(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_PORT_EXTERNAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_CONTROLLER_NUMBER`.
    pub fn port_controller_number(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_PORT_CONTROLLER_NUMBER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FLASH_UPDATE_STATUS_TIMEOUT`.
    pub fn flash_update_status_timeout(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_FLASH_UPDATE_STATUS_TIMEOUT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FLASH_UPDATE_OVERWRITE_MASK`.
    pub fn flash_update_overwrite_mask(&mut self, v: Bitfield32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_FLASH_UPDATE_OVERWRITE_MASK, &v.to_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_ACTION`.
    pub fn reload_action(&mut self, v: ReloadAction) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RELOAD_ACTION, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_ACTIONS_PERFORMED`.
    pub fn reload_actions_performed(&mut self, v: Bitfield32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RELOAD_ACTIONS_PERFORMED, &v.to_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_LIMITS`.
    pub fn reload_limits(&mut self, v: Bitfield32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(DEVLINK_ATTR_RELOAD_LIMITS, &v.to_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DEV_STATS`.
    pub fn dev_stats(
        &mut self,
        f: impl FnOnce(&mut DlDevStatsBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(DEVLINK_ATTR_DEV_STATS, |w| f(&mut DlDevStatsBuilder(w)))?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_STATS`.
    pub fn reload_stats(
        &mut self,
        f: impl FnOnce(&mut DlReloadStatsBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_RELOAD_STATS, |w| {
            f(&mut DlReloadStatsBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_STATS_ENTRY`.
    pub fn reload_stats_entry(
        &mut self,
        f: impl FnOnce(&mut DlReloadStatsEntryBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_RELOAD_STATS_ENTRY, |w| {
            f(&mut DlReloadStatsEntryBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_STATS_LIMIT`.
    pub fn reload_stats_limit(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RELOAD_STATS_LIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_STATS_VALUE`.
    pub fn reload_stats_value(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RELOAD_STATS_VALUE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REMOTE_RELOAD_STATS`.
    pub fn remote_reload_stats(
        &mut self,
        f: impl FnOnce(&mut DlReloadStatsBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_REMOTE_RELOAD_STATS, |w| {
            f(&mut DlReloadStatsBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_ACTION_INFO`.
    pub fn reload_action_info(
        &mut self,
        f: impl FnOnce(&mut DlReloadActInfoBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_RELOAD_ACTION_INFO, |w| {
            f(&mut DlReloadActInfoBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_ACTION_STATS`.
    pub fn reload_action_stats(
        &mut self,
        f: impl FnOnce(&mut DlReloadActStatsBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_RELOAD_ACTION_STATS, |w| {
            f(&mut DlReloadActStatsBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PORT_PCI_SF_NUMBER`.
    pub fn port_pci_sf_number(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_PORT_PCI_SF_NUMBER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RATE_TYPE`.
    pub fn rate_type(&mut self, v: RateType) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RATE_TYPE, &(v.value() as u16).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RATE_TX_SHARE`.
    pub fn rate_tx_share(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RATE_TX_SHARE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RATE_TX_MAX`.
    pub fn rate_tx_max(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RATE_TX_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RATE_NODE_NAME`.
    pub fn rate_node_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_RATE_NODE_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RATE_PARENT_NODE_NAME`.
    pub fn rate_parent_node_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_RATE_PARENT_NODE_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REGION_MAX_SNAPSHOTS`.
    pub fn region_max_snapshots(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_REGION_MAX_SNAPSHOTS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_LINECARD_INDEX`.
    pub fn linecard_index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_LINECARD_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_LINECARD_STATE`.
    pub fn linecard_state(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_LINECARD_STATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_LINECARD_TYPE`.
    pub fn linecard_type(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_LINECARD_TYPE, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_LINECARD_SUPPORTED_TYPES`.
    pub fn linecard_supported_types(
        &mut self,
        f: impl FnOnce(&mut DlLinecardSupportedTypesBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(DEVLINK_ATTR_LINECARD_SUPPORTED_TYPES, |w| {
                f(&mut DlLinecardSupportedTypesBuilder(w))
            })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_SELFTESTS`.
    pub fn selftests(
        &mut self,
        f: impl FnOnce(&mut DlSelftestIdBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(DEVLINK_ATTR_SELFTESTS, |w| f(&mut DlSelftestIdBuilder(w)))?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RATE_TX_PRIORITY`.
    pub fn rate_tx_priority(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RATE_TX_PRIORITY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RATE_TX_WEIGHT`.
    pub fn rate_tx_weight(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RATE_TX_WEIGHT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REGION_DIRECT`.
    pub fn region_direct(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(DEVLINK_ATTR_REGION_DIRECT)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RATE_TC_BWS`.
    pub fn rate_tc_bws(
        &mut self,
        f: impl FnOnce(&mut DlRateTcBwsBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(DEVLINK_ATTR_RATE_TC_BWS, |w| f(&mut DlRateTcBwsBuilder(w)))?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_BURST_PERIOD`: Time (in msec) for recoveries before starting the grace period.
    pub fn health_reporter_burst_period(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0.put_attr(
            DEVLINK_ATTR_HEALTH_REPORTER_BURST_PERIOD,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PARAM_RESET_DEFAULT`: Request restoring parameter to its default value.
    pub fn param_reset_default(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(DEVLINK_ATTR_PARAM_RESET_DEFAULT)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_INDEX`: Unique devlink instance index.
    pub fn index(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.0.put_u32(DEVLINK_ATTR_INDEX, small),
            Err(_) => self.0.put_u64(DEVLINK_ATTR_INDEX, v),
        }?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_SCOPE_MASK`: Bitmask selecting which resource classes to include in a
    /// resource-dump response. Bit 0 (dev) selects device-level
    /// resources; bit 1 (port) selects port-level resources.
    /// When absent all classes are returned.
    pub fn resource_scope_mask(&mut self, v: ResourceScope) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RESOURCE_SCOPE_MASK, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PARENT_DEV`: Identifies the devlink instance which owns the parent rate node.
    /// Used with rate-set and rate-new to parent a rate object to a node on
    /// a different devlink instance, enabling cross-device rate scheduling.
    /// When absent, the parent node is resolved on the same instance.
    pub fn parent_dev(
        &mut self,
        f: impl FnOnce(&mut DlParentDevBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(DEVLINK_ATTR_PARENT_DEV, |w| f(&mut DlParentDevBuilder(w)))?;
        Ok(self)
    }
}

/// Writes `dl-dev-stats` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlDevStatsBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlDevStatsBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_STATS`.
    pub fn reload_stats(
        &mut self,
        f: impl FnOnce(&mut DlReloadStatsBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_RELOAD_STATS, |w| {
            f(&mut DlReloadStatsBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REMOTE_RELOAD_STATS`.
    pub fn remote_reload_stats(
        &mut self,
        f: impl FnOnce(&mut DlReloadStatsBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_REMOTE_RELOAD_STATS, |w| {
            f(&mut DlReloadStatsBuilder(w))
        })?;
        Ok(self)
    }
}

/// Writes `dl-reload-stats` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlReloadStatsBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlReloadStatsBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_ACTION_INFO`.
    pub fn reload_action_info(
        &mut self,
        f: impl FnOnce(&mut DlReloadActInfoBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_RELOAD_ACTION_INFO, |w| {
            f(&mut DlReloadActInfoBuilder(w))
        })?;
        Ok(self)
    }
}

/// Writes `dl-reload-act-info` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlReloadActInfoBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlReloadActInfoBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_ACTION`.
    pub fn reload_action(&mut self, v: ReloadAction) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RELOAD_ACTION, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_ACTION_STATS`.
    pub fn reload_action_stats(
        &mut self,
        f: impl FnOnce(&mut DlReloadActStatsBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_RELOAD_ACTION_STATS, |w| {
            f(&mut DlReloadActStatsBuilder(w))
        })?;
        Ok(self)
    }
}

/// Writes `dl-reload-act-stats` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlReloadActStatsBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlReloadActStatsBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_STATS_ENTRY`.
    pub fn reload_stats_entry(
        &mut self,
        f: impl FnOnce(&mut DlReloadStatsEntryBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_RELOAD_STATS_ENTRY, |w| {
            f(&mut DlReloadStatsEntryBuilder(w))
        })?;
        Ok(self)
    }
}

/// Writes `dl-reload-stats-entry` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlReloadStatsEntryBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlReloadStatsEntryBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_STATS_LIMIT`.
    pub fn reload_stats_limit(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RELOAD_STATS_LIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RELOAD_STATS_VALUE`.
    pub fn reload_stats_value(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RELOAD_STATS_VALUE, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-info-version` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlInfoVersionBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlInfoVersionBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_INFO_VERSION_NAME`.
    pub fn info_version_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_INFO_VERSION_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_INFO_VERSION_VALUE`.
    pub fn info_version_value(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_INFO_VERSION_VALUE, v)?;
        Ok(self)
    }
}

/// Writes `dl-port-function` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlPortFunctionBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlPortFunctionBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_PORT_FUNCTION_ATTR_HW_ADDR`.
    pub fn hw_addr(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.0.put_attr(DEVLINK_PORT_FUNCTION_ATTR_HW_ADDR, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_PORT_FN_ATTR_STATE`.
    pub fn state(&mut self, v: PortFnState) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_PORT_FN_ATTR_STATE, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_PORT_FN_ATTR_OPSTATE`.
    pub fn opstate(&mut self, v: PortFnOpstate) -> Result<&mut Self, WriteError> {
        self.0.put_attr(
            DEVLINK_PORT_FN_ATTR_OPSTATE,
            &(v.value() as u8).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_PORT_FN_ATTR_CAPS`.
    pub fn caps(&mut self, v: Bitfield32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(DEVLINK_PORT_FN_ATTR_CAPS, &v.to_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-tables` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlDpipeTablesBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlDpipeTablesBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE`.
    pub fn dpipe_table(
        &mut self,
        f: impl FnOnce(&mut DlDpipeTableBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(DEVLINK_ATTR_DPIPE_TABLE, |w| f(&mut DlDpipeTableBuilder(w)))?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-table` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlDpipeTableBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlDpipeTableBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE_NAME`.
    pub fn dpipe_table_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_DPIPE_TABLE_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE_SIZE`.
    pub fn dpipe_table_size(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_TABLE_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE_MATCHES`.
    pub fn dpipe_table_matches(
        &mut self,
        f: impl FnOnce(&mut DlDpipeTableMatchesBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_DPIPE_TABLE_MATCHES, |w| {
            f(&mut DlDpipeTableMatchesBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE_ACTIONS`.
    pub fn dpipe_table_actions(
        &mut self,
        f: impl FnOnce(&mut DlDpipeTableActionsBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_DPIPE_TABLE_ACTIONS, |w| {
            f(&mut DlDpipeTableActionsBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE_COUNTERS_ENABLED`.
    pub fn dpipe_table_counters_enabled(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.0.put_attr(
            DEVLINK_ATTR_DPIPE_TABLE_COUNTERS_ENABLED,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_ID`.
    pub fn dpipe_table_resource_id(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_UNITS`.
    pub fn dpipe_table_resource_units(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_UNITS, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-table-matches` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlDpipeTableMatchesBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlDpipeTableMatchesBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_MATCH`.
    pub fn dpipe_match(
        &mut self,
        f: impl FnOnce(&mut DlDpipeMatchBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(DEVLINK_ATTR_DPIPE_MATCH, |w| f(&mut DlDpipeMatchBuilder(w)))?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-table-actions` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlDpipeTableActionsBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlDpipeTableActionsBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ACTION`.
    pub fn dpipe_action(
        &mut self,
        f: impl FnOnce(&mut DlDpipeActionBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_DPIPE_ACTION, |w| {
            f(&mut DlDpipeActionBuilder(w))
        })?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-entries` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlDpipeEntriesBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlDpipeEntriesBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ENTRY`.
    pub fn dpipe_entry(
        &mut self,
        f: impl FnOnce(&mut DlDpipeEntryBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(DEVLINK_ATTR_DPIPE_ENTRY, |w| f(&mut DlDpipeEntryBuilder(w)))?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-entry` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlDpipeEntryBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlDpipeEntryBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ENTRY_INDEX`.
    pub fn dpipe_entry_index(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_ENTRY_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ENTRY_MATCH_VALUES`.
    pub fn dpipe_entry_match_values(
        &mut self,
        f: impl FnOnce(&mut DlDpipeEntryMatchValuesBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(DEVLINK_ATTR_DPIPE_ENTRY_MATCH_VALUES, |w| {
                f(&mut DlDpipeEntryMatchValuesBuilder(w))
            })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ENTRY_ACTION_VALUES`.
    pub fn dpipe_entry_action_values(
        &mut self,
        f: impl FnOnce(&mut DlDpipeEntryActionValuesBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(DEVLINK_ATTR_DPIPE_ENTRY_ACTION_VALUES, |w| {
                f(&mut DlDpipeEntryActionValuesBuilder(w))
            })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ENTRY_COUNTER`.
    pub fn dpipe_entry_counter(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_ENTRY_COUNTER, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-entry-match-values` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlDpipeEntryMatchValuesBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlDpipeEntryMatchValuesBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_MATCH_VALUE`.
    pub fn dpipe_match_value(
        &mut self,
        f: impl FnOnce(&mut DlDpipeMatchValueBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_DPIPE_MATCH_VALUE, |w| {
            f(&mut DlDpipeMatchValueBuilder(w))
        })?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-entry-action-values` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlDpipeEntryActionValuesBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlDpipeEntryActionValuesBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ACTION_VALUE`.
    pub fn dpipe_action_value(
        &mut self,
        f: impl FnOnce(&mut DlDpipeActionValueBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_DPIPE_ACTION_VALUE, |w| {
            f(&mut DlDpipeActionValueBuilder(w))
        })?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-match` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlDpipeMatchBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlDpipeMatchBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_MATCH_TYPE`.
    pub fn dpipe_match_type(&mut self, v: DpipeMatchType) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_MATCH_TYPE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_ID`.
    pub fn dpipe_header_id(&mut self, v: DpipeHeaderId) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_HEADER_ID, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_GLOBAL`.
    pub fn dpipe_header_global(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_HEADER_GLOBAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_INDEX`.
    pub fn dpipe_header_index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_HEADER_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_FIELD_ID`.
    pub fn dpipe_field_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_FIELD_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-match-value` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlDpipeMatchValueBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlDpipeMatchValueBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_MATCH`.
    pub fn dpipe_match(
        &mut self,
        f: impl FnOnce(&mut DlDpipeMatchBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(DEVLINK_ATTR_DPIPE_MATCH, |w| f(&mut DlDpipeMatchBuilder(w)))?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_VALUE`.
    pub fn dpipe_value(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.0.put_attr(DEVLINK_ATTR_DPIPE_VALUE, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_VALUE_MASK`.
    pub fn dpipe_value_mask(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.0.put_attr(DEVLINK_ATTR_DPIPE_VALUE_MASK, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_VALUE_MAPPING`.
    pub fn dpipe_value_mapping(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_VALUE_MAPPING, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-action` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlDpipeActionBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlDpipeActionBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ACTION_TYPE`.
    pub fn dpipe_action_type(&mut self, v: DpipeActionType) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_ACTION_TYPE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_ID`.
    pub fn dpipe_header_id(&mut self, v: DpipeHeaderId) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_HEADER_ID, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_GLOBAL`.
    pub fn dpipe_header_global(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_HEADER_GLOBAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_INDEX`.
    pub fn dpipe_header_index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_HEADER_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_FIELD_ID`.
    pub fn dpipe_field_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_FIELD_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-action-value` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlDpipeActionValueBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlDpipeActionValueBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_ACTION`.
    pub fn dpipe_action(
        &mut self,
        f: impl FnOnce(&mut DlDpipeActionBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_DPIPE_ACTION, |w| {
            f(&mut DlDpipeActionBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_VALUE`.
    pub fn dpipe_value(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.0.put_attr(DEVLINK_ATTR_DPIPE_VALUE, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_VALUE_MASK`.
    pub fn dpipe_value_mask(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.0.put_attr(DEVLINK_ATTR_DPIPE_VALUE_MASK, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_VALUE_MAPPING`.
    pub fn dpipe_value_mapping(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_VALUE_MAPPING, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-headers` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlDpipeHeadersBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlDpipeHeadersBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER`.
    pub fn dpipe_header(
        &mut self,
        f: impl FnOnce(&mut DlDpipeHeaderBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_DPIPE_HEADER, |w| {
            f(&mut DlDpipeHeaderBuilder(w))
        })?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-header` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlDpipeHeaderBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlDpipeHeaderBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_NAME`.
    pub fn dpipe_header_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_DPIPE_HEADER_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_ID`.
    pub fn dpipe_header_id(&mut self, v: DpipeHeaderId) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_HEADER_ID, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_FIELDS`.
    pub fn dpipe_header_fields(
        &mut self,
        f: impl FnOnce(&mut DlDpipeHeaderFieldsBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_DPIPE_HEADER_FIELDS, |w| {
            f(&mut DlDpipeHeaderFieldsBuilder(w))
        })?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_HEADER_GLOBAL`.
    pub fn dpipe_header_global(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_HEADER_GLOBAL, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-header-fields` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlDpipeHeaderFieldsBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlDpipeHeaderFieldsBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_FIELD`.
    pub fn dpipe_field(
        &mut self,
        f: impl FnOnce(&mut DlDpipeFieldBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(DEVLINK_ATTR_DPIPE_FIELD, |w| f(&mut DlDpipeFieldBuilder(w)))?;
        Ok(self)
    }
}

/// Writes `dl-dpipe-field` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlDpipeFieldBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlDpipeFieldBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_FIELD_NAME`.
    pub fn dpipe_field_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_DPIPE_FIELD_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_FIELD_ID`.
    pub fn dpipe_field_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_FIELD_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_FIELD_BITWIDTH`.
    pub fn dpipe_field_bitwidth(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_DPIPE_FIELD_BITWIDTH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DPIPE_FIELD_MAPPING_TYPE`.
    pub fn dpipe_field_mapping_type(
        &mut self,
        v: DpipeFieldMappingType,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_attr(
            DEVLINK_ATTR_DPIPE_FIELD_MAPPING_TYPE,
            &(v.value()).to_ne_bytes(),
        )?;
        Ok(self)
    }
}

/// Writes `dl-resource` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlResourceBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlResourceBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_NAME`.
    pub fn resource_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_RESOURCE_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_ID`.
    pub fn resource_id(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RESOURCE_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_SIZE`.
    pub fn resource_size(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RESOURCE_SIZE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_SIZE_NEW`.
    pub fn resource_size_new(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RESOURCE_SIZE_NEW, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_SIZE_VALID`.
    pub fn resource_size_valid(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RESOURCE_SIZE_VALID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_SIZE_MIN`.
    pub fn resource_size_min(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RESOURCE_SIZE_MIN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_SIZE_MAX`.
    pub fn resource_size_max(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RESOURCE_SIZE_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_SIZE_GRAN`.
    pub fn resource_size_gran(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RESOURCE_SIZE_GRAN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_UNIT`.
    pub fn resource_unit(&mut self, v: ResourceUnit) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RESOURCE_UNIT, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE_OCC`.
    pub fn resource_occ(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_RESOURCE_OCC, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-resource-list` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlResourceListBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlResourceListBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_RESOURCE`.
    pub fn resource(
        &mut self,
        f: impl FnOnce(&mut DlResourceBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(DEVLINK_ATTR_RESOURCE, |w| f(&mut DlResourceBuilder(w)))?;
        Ok(self)
    }
}

/// Writes `dl-param` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlParamBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlParamBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_PARAM_NAME`.
    pub fn param_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_PARAM_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PARAM_GENERIC`.
    pub fn param_generic(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(DEVLINK_ATTR_PARAM_GENERIC)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_PARAM_TYPE`.
    pub fn param_type(&mut self, v: VarAttrType) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_PARAM_TYPE, &(v.value() as u8).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-region-snapshots` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlRegionSnapshotsBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlRegionSnapshotsBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_REGION_SNAPSHOT`.
    pub fn region_snapshot(
        &mut self,
        f: impl FnOnce(&mut DlRegionSnapshotBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_REGION_SNAPSHOT, |w| {
            f(&mut DlRegionSnapshotBuilder(w))
        })?;
        Ok(self)
    }
}

/// Writes `dl-region-snapshot` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlRegionSnapshotBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlRegionSnapshotBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_REGION_SNAPSHOT_ID`.
    pub fn region_snapshot_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_REGION_SNAPSHOT_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-region-chunks` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlRegionChunksBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlRegionChunksBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_REGION_CHUNK`.
    pub fn region_chunk(
        &mut self,
        f: impl FnOnce(&mut DlRegionChunkBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(DEVLINK_ATTR_REGION_CHUNK, |w| {
            f(&mut DlRegionChunkBuilder(w))
        })?;
        Ok(self)
    }
}

/// Writes `dl-region-chunk` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlRegionChunkBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlRegionChunkBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_REGION_CHUNK_DATA`.
    pub fn region_chunk_data(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.0.put_attr(DEVLINK_ATTR_REGION_CHUNK_DATA, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_REGION_CHUNK_ADDR`.
    pub fn region_chunk_addr(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_REGION_CHUNK_ADDR, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-fmsg` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlFmsgBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlFmsgBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_FMSG_OBJ_NEST_START`.
    pub fn fmsg_obj_nest_start(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(DEVLINK_ATTR_FMSG_OBJ_NEST_START)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FMSG_PAIR_NEST_START`.
    pub fn fmsg_pair_nest_start(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(DEVLINK_ATTR_FMSG_PAIR_NEST_START)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FMSG_ARR_NEST_START`.
    pub fn fmsg_arr_nest_start(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(DEVLINK_ATTR_FMSG_ARR_NEST_START)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FMSG_NEST_END`.
    pub fn fmsg_nest_end(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(DEVLINK_ATTR_FMSG_NEST_END)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_FMSG_OBJ_NAME`.
    pub fn fmsg_obj_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_FMSG_OBJ_NAME, v)?;
        Ok(self)
    }
}

/// Writes `dl-health-reporter` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlHealthReporterBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlHealthReporterBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_NAME`.
    pub fn health_reporter_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_HEALTH_REPORTER_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_STATE`.
    pub fn health_reporter_state(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_HEALTH_REPORTER_STATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_ERR_COUNT`.
    pub fn health_reporter_err_count(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_HEALTH_REPORTER_ERR_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_RECOVER_COUNT`.
    pub fn health_reporter_recover_count(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0.put_attr(
            DEVLINK_ATTR_HEALTH_REPORTER_RECOVER_COUNT,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS`.
    pub fn health_reporter_dump_ts(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_GRACEFUL_PERIOD`.
    pub fn health_reporter_graceful_period(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0.put_attr(
            DEVLINK_ATTR_HEALTH_REPORTER_GRACEFUL_PERIOD,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_AUTO_RECOVER`.
    pub fn health_reporter_auto_recover(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.0.put_attr(
            DEVLINK_ATTR_HEALTH_REPORTER_AUTO_RECOVER,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS_NS`.
    pub fn health_reporter_dump_ts_ns(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS_NS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_AUTO_DUMP`.
    pub fn health_reporter_auto_dump(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_HEALTH_REPORTER_AUTO_DUMP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_HEALTH_REPORTER_BURST_PERIOD`: Time (in msec) for recoveries before starting the grace period.
    pub fn health_reporter_burst_period(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0.put_attr(
            DEVLINK_ATTR_HEALTH_REPORTER_BURST_PERIOD,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }
}

/// Writes `dl-attr-stats` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlAttrStatsBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlAttrStatsBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_STATS_RX_PACKETS`.
    pub fn stats_rx_packets(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_STATS_RX_PACKETS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_STATS_RX_BYTES`.
    pub fn stats_rx_bytes(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_STATS_RX_BYTES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_STATS_RX_DROPPED`.
    pub fn stats_rx_dropped(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_ATTR_STATS_RX_DROPPED, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-trap-metadata` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlTrapMetadataBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlTrapMetadataBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_TRAP_METADATA_TYPE_IN_PORT`.
    pub fn trap_metadata_type_in_port(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(DEVLINK_ATTR_TRAP_METADATA_TYPE_IN_PORT)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_TRAP_METADATA_TYPE_FA_COOKIE`.
    pub fn trap_metadata_type_fa_cookie(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(DEVLINK_ATTR_TRAP_METADATA_TYPE_FA_COOKIE)?;
        Ok(self)
    }
}

/// Writes `dl-linecard-supported-types` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlLinecardSupportedTypesBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlLinecardSupportedTypesBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_LINECARD_TYPE`.
    pub fn linecard_type(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_LINECARD_TYPE, v)?;
        Ok(self)
    }
}

/// Writes `dl-selftest-id` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlSelftestIdBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlSelftestIdBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_SELFTEST_ID_FLASH`.
    pub fn flash(&mut self) -> Result<&mut Self, WriteError> {
        self.0.put_flag(DEVLINK_ATTR_SELFTEST_ID_FLASH)?;
        Ok(self)
    }
}

/// Writes `dl-rate-tc-bws` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlRateTcBwsBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlRateTcBwsBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_RATE_TC_ATTR_INDEX`.
    pub fn index(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_RATE_TC_ATTR_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `DEVLINK_RATE_TC_ATTR_BW`: Specifies the bandwidth share assigned to the Traffic Class.
    /// The bandwidth for the traffic class is determined
    /// in proportion to the sum of the shares of all configured classes.
    pub fn bw(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(DEVLINK_RATE_TC_ATTR_BW, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `dl-parent-dev` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct DlParentDevBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> DlParentDevBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `DEVLINK_ATTR_BUS_NAME`.
    pub fn bus_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_BUS_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_DEV_NAME`.
    pub fn dev_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.0.put_str(DEVLINK_ATTR_DEV_NAME, v)?;
        Ok(self)
    }

    /// Writes `DEVLINK_ATTR_INDEX`: Unique devlink instance index.
    pub fn index(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.0.put_u32(DEVLINK_ATTR_INDEX, small),
            Err(_) => self.0.put_u64(DEVLINK_ATTR_INDEX, v),
        }?;
        Ok(self)
    }
}
