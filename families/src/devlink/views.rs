//! Typed views of `devlink`: one per attribute set, parsed in one pass into a table, with
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

/// What [`Devlink`] checks of each attribute, from the descriptors.
static DEVLINK_CHECKS: [Check; 187] = Check::table(&tables::DEVLINK);

/// The `devlink` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Devlink<'a>(Table<'a, 187>);

impl<'a> AttrView<'a> for Devlink<'a> {
    const SET: &'static AttrSet = &tables::DEVLINK;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DEVLINK_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DEVLINK_CHECKS, attrs)
    }
}

impl<'a> Devlink<'a> {
    /// Indexes and checks a block of `devlink` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 187> {
        &self.0
    }

    /// `DEVLINK_ATTR_BUS_NAME`
    #[inline]
    pub fn bus_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_BUS_NAME)
    }

    /// `DEVLINK_ATTR_DEV_NAME`
    #[inline]
    pub fn dev_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_DEV_NAME)
    }

    /// `DEVLINK_ATTR_PORT_INDEX`
    #[inline]
    pub fn port_index(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_PORT_INDEX)
    }

    /// `DEVLINK_ATTR_PORT_TYPE`
    #[inline]
    pub fn port_type(&self) -> Option<PortType> {
        self.0
            .u16(DEVLINK_ATTR_PORT_TYPE)
            .map(|v| PortType::from_value(v as u32))
    }

    /// `DEVLINK_ATTR_PORT_DESIRED_TYPE`
    #[inline]
    pub fn port_desired_type(&self) -> Option<u16> {
        self.0.u16(DEVLINK_ATTR_PORT_DESIRED_TYPE)
    }

    /// `DEVLINK_ATTR_PORT_NETDEV_IFINDEX`
    #[inline]
    pub fn port_netdev_ifindex(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_PORT_NETDEV_IFINDEX)
    }

    /// `DEVLINK_ATTR_PORT_NETDEV_NAME`
    #[inline]
    pub fn port_netdev_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_PORT_NETDEV_NAME)
    }

    /// `DEVLINK_ATTR_PORT_IBDEV_NAME`
    #[inline]
    pub fn port_ibdev_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_PORT_IBDEV_NAME)
    }

    /// `DEVLINK_ATTR_PORT_SPLIT_COUNT`
    #[inline]
    pub fn port_split_count(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_PORT_SPLIT_COUNT)
    }

    /// `DEVLINK_ATTR_PORT_SPLIT_GROUP`
    #[inline]
    pub fn port_split_group(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_PORT_SPLIT_GROUP)
    }

    /// `DEVLINK_ATTR_SB_INDEX`
    #[inline]
    pub fn sb_index(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_SB_INDEX)
    }

    /// `DEVLINK_ATTR_SB_SIZE`
    #[inline]
    pub fn sb_size(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_SB_SIZE)
    }

    /// `DEVLINK_ATTR_SB_INGRESS_POOL_COUNT`
    #[inline]
    pub fn sb_ingress_pool_count(&self) -> Option<u16> {
        self.0.u16(DEVLINK_ATTR_SB_INGRESS_POOL_COUNT)
    }

    /// `DEVLINK_ATTR_SB_EGRESS_POOL_COUNT`
    #[inline]
    pub fn sb_egress_pool_count(&self) -> Option<u16> {
        self.0.u16(DEVLINK_ATTR_SB_EGRESS_POOL_COUNT)
    }

    /// `DEVLINK_ATTR_SB_INGRESS_TC_COUNT`
    #[inline]
    pub fn sb_ingress_tc_count(&self) -> Option<u16> {
        self.0.u16(DEVLINK_ATTR_SB_INGRESS_TC_COUNT)
    }

    /// `DEVLINK_ATTR_SB_EGRESS_TC_COUNT`
    #[inline]
    pub fn sb_egress_tc_count(&self) -> Option<u16> {
        self.0.u16(DEVLINK_ATTR_SB_EGRESS_TC_COUNT)
    }

    /// `DEVLINK_ATTR_SB_POOL_INDEX`
    #[inline]
    pub fn sb_pool_index(&self) -> Option<u16> {
        self.0.u16(DEVLINK_ATTR_SB_POOL_INDEX)
    }

    /// `DEVLINK_ATTR_SB_POOL_TYPE`
    #[inline]
    pub fn sb_pool_type(&self) -> Option<SbPoolType> {
        self.0
            .u8(DEVLINK_ATTR_SB_POOL_TYPE)
            .map(|v| SbPoolType::from_value(v as u32))
    }

    /// `DEVLINK_ATTR_SB_POOL_SIZE`
    #[inline]
    pub fn sb_pool_size(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_SB_POOL_SIZE)
    }

    /// `DEVLINK_ATTR_SB_POOL_THRESHOLD_TYPE`
    #[inline]
    pub fn sb_pool_threshold_type(&self) -> Option<SbThresholdType> {
        self.0
            .u8(DEVLINK_ATTR_SB_POOL_THRESHOLD_TYPE)
            .map(|v| SbThresholdType::from_value(v as u32))
    }

    /// `DEVLINK_ATTR_SB_THRESHOLD`
    #[inline]
    pub fn sb_threshold(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_SB_THRESHOLD)
    }

    /// `DEVLINK_ATTR_SB_TC_INDEX`
    #[inline]
    pub fn sb_tc_index(&self) -> Option<u16> {
        self.0.u16(DEVLINK_ATTR_SB_TC_INDEX)
    }

    /// `DEVLINK_ATTR_SB_OCC_CUR`
    #[inline]
    pub fn sb_occ_cur(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_SB_OCC_CUR)
    }

    /// `DEVLINK_ATTR_SB_OCC_MAX`
    #[inline]
    pub fn sb_occ_max(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_SB_OCC_MAX)
    }

    /// `DEVLINK_ATTR_ESWITCH_MODE`
    #[inline]
    pub fn eswitch_mode(&self) -> Option<EswitchMode> {
        self.0
            .u16(DEVLINK_ATTR_ESWITCH_MODE)
            .map(|v| EswitchMode::from_value(v as u32))
    }

    /// `DEVLINK_ATTR_ESWITCH_INLINE_MODE`
    #[inline]
    pub fn eswitch_inline_mode(&self) -> Option<EswitchInlineMode> {
        self.0
            .u8(DEVLINK_ATTR_ESWITCH_INLINE_MODE)
            .map(|v| EswitchInlineMode::from_value(v as u32))
    }

    /// `DEVLINK_ATTR_DPIPE_TABLES`
    #[inline]
    pub fn dpipe_tables(&self) -> Result<Option<DlDpipeTables<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_DPIPE_TABLES)
    }

    /// `DEVLINK_ATTR_DPIPE_TABLE`
    #[inline]
    pub fn dpipe_table(&self) -> impl Iterator<Item = Result<DlDpipeTable<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_DPIPE_TABLE)
            .map(|a| DlDpipeTable::parse(a.nested()))
    }

    /// `DEVLINK_ATTR_DPIPE_TABLE_NAME`
    #[inline]
    pub fn dpipe_table_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_DPIPE_TABLE_NAME)
    }

    /// `DEVLINK_ATTR_DPIPE_TABLE_SIZE`
    #[inline]
    pub fn dpipe_table_size(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_DPIPE_TABLE_SIZE)
    }

    /// `DEVLINK_ATTR_DPIPE_TABLE_MATCHES`
    #[inline]
    pub fn dpipe_table_matches(&self) -> Result<Option<DlDpipeTableMatches<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_DPIPE_TABLE_MATCHES)
    }

    /// `DEVLINK_ATTR_DPIPE_TABLE_ACTIONS`
    #[inline]
    pub fn dpipe_table_actions(&self) -> Result<Option<DlDpipeTableActions<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_DPIPE_TABLE_ACTIONS)
    }

    /// `DEVLINK_ATTR_DPIPE_TABLE_COUNTERS_ENABLED`
    #[inline]
    pub fn dpipe_table_counters_enabled(&self) -> Option<u8> {
        self.0.u8(DEVLINK_ATTR_DPIPE_TABLE_COUNTERS_ENABLED)
    }

    /// `DEVLINK_ATTR_DPIPE_ENTRIES`
    #[inline]
    pub fn dpipe_entries(&self) -> Result<Option<DlDpipeEntries<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_DPIPE_ENTRIES)
    }

    /// `DEVLINK_ATTR_DPIPE_ENTRY`
    #[inline]
    pub fn dpipe_entry(&self) -> impl Iterator<Item = Result<DlDpipeEntry<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_DPIPE_ENTRY)
            .map(|a| DlDpipeEntry::parse(a.nested()))
    }

    /// `DEVLINK_ATTR_DPIPE_ENTRY_INDEX`
    #[inline]
    pub fn dpipe_entry_index(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_DPIPE_ENTRY_INDEX)
    }

    /// `DEVLINK_ATTR_DPIPE_ENTRY_MATCH_VALUES`
    #[inline]
    pub fn dpipe_entry_match_values(&self) -> Result<Option<DlDpipeEntryMatchValues<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_DPIPE_ENTRY_MATCH_VALUES)
    }

    /// `DEVLINK_ATTR_DPIPE_ENTRY_ACTION_VALUES`
    #[inline]
    pub fn dpipe_entry_action_values(&self) -> Result<Option<DlDpipeEntryActionValues<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_DPIPE_ENTRY_ACTION_VALUES)
    }

    /// `DEVLINK_ATTR_DPIPE_ENTRY_COUNTER`
    #[inline]
    pub fn dpipe_entry_counter(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_DPIPE_ENTRY_COUNTER)
    }

    /// `DEVLINK_ATTR_DPIPE_MATCH`
    #[inline]
    pub fn dpipe_match(&self) -> impl Iterator<Item = Result<DlDpipeMatch<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_DPIPE_MATCH)
            .map(|a| DlDpipeMatch::parse(a.nested()))
    }

    /// `DEVLINK_ATTR_DPIPE_MATCH_VALUE`
    #[inline]
    pub fn dpipe_match_value(
        &self,
    ) -> impl Iterator<Item = Result<DlDpipeMatchValue<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_DPIPE_MATCH_VALUE)
            .map(|a| DlDpipeMatchValue::parse(a.nested()))
    }

    /// `DEVLINK_ATTR_DPIPE_MATCH_TYPE`
    #[inline]
    pub fn dpipe_match_type(&self) -> Option<DpipeMatchType> {
        self.0
            .u32(DEVLINK_ATTR_DPIPE_MATCH_TYPE)
            .map(DpipeMatchType::from_value)
    }

    /// `DEVLINK_ATTR_DPIPE_ACTION`
    #[inline]
    pub fn dpipe_action(&self) -> impl Iterator<Item = Result<DlDpipeAction<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_DPIPE_ACTION)
            .map(|a| DlDpipeAction::parse(a.nested()))
    }

    /// `DEVLINK_ATTR_DPIPE_ACTION_VALUE`
    #[inline]
    pub fn dpipe_action_value(
        &self,
    ) -> impl Iterator<Item = Result<DlDpipeActionValue<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_DPIPE_ACTION_VALUE)
            .map(|a| DlDpipeActionValue::parse(a.nested()))
    }

    /// `DEVLINK_ATTR_DPIPE_ACTION_TYPE`
    #[inline]
    pub fn dpipe_action_type(&self) -> Option<DpipeActionType> {
        self.0
            .u32(DEVLINK_ATTR_DPIPE_ACTION_TYPE)
            .map(DpipeActionType::from_value)
    }

    /// `DEVLINK_ATTR_DPIPE_VALUE`
    #[inline]
    pub fn dpipe_value(&self) -> Option<&'a [u8]> {
        self.0.bytes(DEVLINK_ATTR_DPIPE_VALUE)
    }

    /// `DEVLINK_ATTR_DPIPE_VALUE_MASK`
    #[inline]
    pub fn dpipe_value_mask(&self) -> Option<&'a [u8]> {
        self.0.bytes(DEVLINK_ATTR_DPIPE_VALUE_MASK)
    }

    /// `DEVLINK_ATTR_DPIPE_VALUE_MAPPING`
    #[inline]
    pub fn dpipe_value_mapping(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_DPIPE_VALUE_MAPPING)
    }

    /// `DEVLINK_ATTR_DPIPE_HEADERS`
    #[inline]
    pub fn dpipe_headers(&self) -> Result<Option<DlDpipeHeaders<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_DPIPE_HEADERS)
    }

    /// `DEVLINK_ATTR_DPIPE_HEADER`
    #[inline]
    pub fn dpipe_header(&self) -> impl Iterator<Item = Result<DlDpipeHeader<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_DPIPE_HEADER)
            .map(|a| DlDpipeHeader::parse(a.nested()))
    }

    /// `DEVLINK_ATTR_DPIPE_HEADER_NAME`
    #[inline]
    pub fn dpipe_header_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_DPIPE_HEADER_NAME)
    }

    /// `DEVLINK_ATTR_DPIPE_HEADER_ID`
    #[inline]
    pub fn dpipe_header_id(&self) -> Option<DpipeHeaderId> {
        self.0
            .u32(DEVLINK_ATTR_DPIPE_HEADER_ID)
            .map(DpipeHeaderId::from_value)
    }

    /// `DEVLINK_ATTR_DPIPE_HEADER_FIELDS`
    #[inline]
    pub fn dpipe_header_fields(&self) -> Result<Option<DlDpipeHeaderFields<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_DPIPE_HEADER_FIELDS)
    }

    /// `DEVLINK_ATTR_DPIPE_HEADER_GLOBAL`
    #[inline]
    pub fn dpipe_header_global(&self) -> Option<u8> {
        self.0.u8(DEVLINK_ATTR_DPIPE_HEADER_GLOBAL)
    }

    /// `DEVLINK_ATTR_DPIPE_HEADER_INDEX`
    #[inline]
    pub fn dpipe_header_index(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_DPIPE_HEADER_INDEX)
    }

    /// `DEVLINK_ATTR_DPIPE_FIELD`
    #[inline]
    pub fn dpipe_field(&self) -> impl Iterator<Item = Result<DlDpipeField<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_DPIPE_FIELD)
            .map(|a| DlDpipeField::parse(a.nested()))
    }

    /// `DEVLINK_ATTR_DPIPE_FIELD_NAME`
    #[inline]
    pub fn dpipe_field_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_DPIPE_FIELD_NAME)
    }

    /// `DEVLINK_ATTR_DPIPE_FIELD_ID`
    #[inline]
    pub fn dpipe_field_id(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_DPIPE_FIELD_ID)
    }

    /// `DEVLINK_ATTR_DPIPE_FIELD_BITWIDTH`
    #[inline]
    pub fn dpipe_field_bitwidth(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_DPIPE_FIELD_BITWIDTH)
    }

    /// `DEVLINK_ATTR_DPIPE_FIELD_MAPPING_TYPE`
    #[inline]
    pub fn dpipe_field_mapping_type(&self) -> Option<DpipeFieldMappingType> {
        self.0
            .u32(DEVLINK_ATTR_DPIPE_FIELD_MAPPING_TYPE)
            .map(DpipeFieldMappingType::from_value)
    }

    /// `DEVLINK_ATTR_ESWITCH_ENCAP_MODE`
    #[inline]
    pub fn eswitch_encap_mode(&self) -> Option<EswitchEncapMode> {
        self.0
            .u8(DEVLINK_ATTR_ESWITCH_ENCAP_MODE)
            .map(|v| EswitchEncapMode::from_value(v as u32))
    }

    /// `DEVLINK_ATTR_RESOURCE_LIST`
    #[inline]
    pub fn resource_list(&self) -> Result<Option<DlResourceList<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_RESOURCE_LIST)
    }

    /// `DEVLINK_ATTR_RESOURCE`
    #[inline]
    pub fn resource(&self) -> impl Iterator<Item = Result<DlResource<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_RESOURCE)
            .map(|a| DlResource::parse(a.nested()))
    }

    /// `DEVLINK_ATTR_RESOURCE_NAME`
    #[inline]
    pub fn resource_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_RESOURCE_NAME)
    }

    /// `DEVLINK_ATTR_RESOURCE_ID`
    #[inline]
    pub fn resource_id(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_RESOURCE_ID)
    }

    /// `DEVLINK_ATTR_RESOURCE_SIZE`
    #[inline]
    pub fn resource_size(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_RESOURCE_SIZE)
    }

    /// `DEVLINK_ATTR_RESOURCE_SIZE_NEW`
    #[inline]
    pub fn resource_size_new(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_RESOURCE_SIZE_NEW)
    }

    /// `DEVLINK_ATTR_RESOURCE_SIZE_VALID`
    #[inline]
    pub fn resource_size_valid(&self) -> Option<u8> {
        self.0.u8(DEVLINK_ATTR_RESOURCE_SIZE_VALID)
    }

    /// `DEVLINK_ATTR_RESOURCE_SIZE_MIN`
    #[inline]
    pub fn resource_size_min(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_RESOURCE_SIZE_MIN)
    }

    /// `DEVLINK_ATTR_RESOURCE_SIZE_MAX`
    #[inline]
    pub fn resource_size_max(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_RESOURCE_SIZE_MAX)
    }

    /// `DEVLINK_ATTR_RESOURCE_SIZE_GRAN`
    #[inline]
    pub fn resource_size_gran(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_RESOURCE_SIZE_GRAN)
    }

    /// `DEVLINK_ATTR_RESOURCE_UNIT`
    #[inline]
    pub fn resource_unit(&self) -> Option<ResourceUnit> {
        self.0
            .u8(DEVLINK_ATTR_RESOURCE_UNIT)
            .map(|v| ResourceUnit::from_value(v as u32))
    }

    /// `DEVLINK_ATTR_RESOURCE_OCC`
    #[inline]
    pub fn resource_occ(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_RESOURCE_OCC)
    }

    /// `DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_ID`
    #[inline]
    pub fn dpipe_table_resource_id(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_ID)
    }

    /// `DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_UNITS`
    #[inline]
    pub fn dpipe_table_resource_units(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_UNITS)
    }

    /// `DEVLINK_ATTR_PORT_FLAVOUR`
    #[inline]
    pub fn port_flavour(&self) -> Option<PortFlavour> {
        self.0
            .u16(DEVLINK_ATTR_PORT_FLAVOUR)
            .map(|v| PortFlavour::from_value(v as u32))
    }

    /// `DEVLINK_ATTR_PORT_NUMBER`
    #[inline]
    pub fn port_number(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_PORT_NUMBER)
    }

    /// `DEVLINK_ATTR_PORT_SPLIT_SUBPORT_NUMBER`
    #[inline]
    pub fn port_split_subport_number(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_PORT_SPLIT_SUBPORT_NUMBER)
    }

    /// `DEVLINK_ATTR_PARAM`
    #[inline]
    pub fn param(&self) -> Result<Option<DlParam<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_PARAM)
    }

    /// `DEVLINK_ATTR_PARAM_NAME`
    #[inline]
    pub fn param_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_PARAM_NAME)
    }

    /// `DEVLINK_ATTR_PARAM_GENERIC`
    #[inline]
    pub fn param_generic(&self) -> bool {
        self.0.flag(DEVLINK_ATTR_PARAM_GENERIC)
    }

    /// `DEVLINK_ATTR_PARAM_TYPE`
    #[inline]
    pub fn param_type(&self) -> Option<VarAttrType> {
        self.0
            .u8(DEVLINK_ATTR_PARAM_TYPE)
            .map(|v| VarAttrType::from_value(v as u32))
    }

    /// `DEVLINK_ATTR_PARAM_VALUE_CMODE`
    #[inline]
    pub fn param_value_cmode(&self) -> Option<ParamCmode> {
        self.0
            .u8(DEVLINK_ATTR_PARAM_VALUE_CMODE)
            .map(|v| ParamCmode::from_value(v as u32))
    }

    /// `DEVLINK_ATTR_REGION_NAME`
    #[inline]
    pub fn region_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_REGION_NAME)
    }

    /// `DEVLINK_ATTR_REGION_SIZE`
    #[inline]
    pub fn region_size(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_REGION_SIZE)
    }

    /// `DEVLINK_ATTR_REGION_SNAPSHOTS`
    #[inline]
    pub fn region_snapshots(&self) -> Result<Option<DlRegionSnapshots<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_REGION_SNAPSHOTS)
    }

    /// `DEVLINK_ATTR_REGION_SNAPSHOT`
    #[inline]
    pub fn region_snapshot(&self) -> Result<Option<DlRegionSnapshot<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_REGION_SNAPSHOT)
    }

    /// `DEVLINK_ATTR_REGION_SNAPSHOT_ID`
    #[inline]
    pub fn region_snapshot_id(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_REGION_SNAPSHOT_ID)
    }

    /// `DEVLINK_ATTR_REGION_CHUNKS`
    #[inline]
    pub fn region_chunks(&self) -> Result<Option<DlRegionChunks<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_REGION_CHUNKS)
    }

    /// `DEVLINK_ATTR_REGION_CHUNK`
    #[inline]
    pub fn region_chunk(&self) -> Result<Option<DlRegionChunk<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_REGION_CHUNK)
    }

    /// `DEVLINK_ATTR_REGION_CHUNK_DATA`
    #[inline]
    pub fn region_chunk_data(&self) -> Option<&'a [u8]> {
        self.0.bytes(DEVLINK_ATTR_REGION_CHUNK_DATA)
    }

    /// `DEVLINK_ATTR_REGION_CHUNK_ADDR`
    #[inline]
    pub fn region_chunk_addr(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_REGION_CHUNK_ADDR)
    }

    /// `DEVLINK_ATTR_REGION_CHUNK_LEN`
    #[inline]
    pub fn region_chunk_len(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_REGION_CHUNK_LEN)
    }

    /// `DEVLINK_ATTR_INFO_DRIVER_NAME`
    #[inline]
    pub fn info_driver_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_INFO_DRIVER_NAME)
    }

    /// `DEVLINK_ATTR_INFO_SERIAL_NUMBER`
    #[inline]
    pub fn info_serial_number(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_INFO_SERIAL_NUMBER)
    }

    /// `DEVLINK_ATTR_INFO_VERSION_FIXED`
    #[inline]
    pub fn info_version_fixed(
        &self,
    ) -> impl Iterator<Item = Result<DlInfoVersion<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_INFO_VERSION_FIXED)
            .map(|a| DlInfoVersion::parse(a.nested()))
    }

    /// `DEVLINK_ATTR_INFO_VERSION_RUNNING`
    #[inline]
    pub fn info_version_running(
        &self,
    ) -> impl Iterator<Item = Result<DlInfoVersion<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_INFO_VERSION_RUNNING)
            .map(|a| DlInfoVersion::parse(a.nested()))
    }

    /// `DEVLINK_ATTR_INFO_VERSION_STORED`
    #[inline]
    pub fn info_version_stored(
        &self,
    ) -> impl Iterator<Item = Result<DlInfoVersion<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_INFO_VERSION_STORED)
            .map(|a| DlInfoVersion::parse(a.nested()))
    }

    /// `DEVLINK_ATTR_INFO_VERSION_NAME`
    #[inline]
    pub fn info_version_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_INFO_VERSION_NAME)
    }

    /// `DEVLINK_ATTR_INFO_VERSION_VALUE`
    #[inline]
    pub fn info_version_value(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_INFO_VERSION_VALUE)
    }

    /// `DEVLINK_ATTR_SB_POOL_CELL_SIZE`
    #[inline]
    pub fn sb_pool_cell_size(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_SB_POOL_CELL_SIZE)
    }

    /// `DEVLINK_ATTR_FMSG`
    #[inline]
    pub fn fmsg(&self) -> Result<Option<DlFmsg<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_FMSG)
    }

    /// `DEVLINK_ATTR_FMSG_OBJ_NEST_START`
    #[inline]
    pub fn fmsg_obj_nest_start(&self) -> bool {
        self.0.flag(DEVLINK_ATTR_FMSG_OBJ_NEST_START)
    }

    /// `DEVLINK_ATTR_FMSG_PAIR_NEST_START`
    #[inline]
    pub fn fmsg_pair_nest_start(&self) -> bool {
        self.0.flag(DEVLINK_ATTR_FMSG_PAIR_NEST_START)
    }

    /// `DEVLINK_ATTR_FMSG_ARR_NEST_START`
    #[inline]
    pub fn fmsg_arr_nest_start(&self) -> bool {
        self.0.flag(DEVLINK_ATTR_FMSG_ARR_NEST_START)
    }

    /// `DEVLINK_ATTR_FMSG_NEST_END`
    #[inline]
    pub fn fmsg_nest_end(&self) -> bool {
        self.0.flag(DEVLINK_ATTR_FMSG_NEST_END)
    }

    /// `DEVLINK_ATTR_FMSG_OBJ_NAME`
    #[inline]
    pub fn fmsg_obj_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_FMSG_OBJ_NAME)
    }

    /// `DEVLINK_ATTR_FMSG_OBJ_VALUE_TYPE`
    #[inline]
    pub fn fmsg_obj_value_type(&self) -> Option<VarAttrType> {
        self.0
            .u8(DEVLINK_ATTR_FMSG_OBJ_VALUE_TYPE)
            .map(|v| VarAttrType::from_value(v as u32))
    }

    /// `DEVLINK_ATTR_HEALTH_REPORTER`
    #[inline]
    pub fn health_reporter(&self) -> Result<Option<DlHealthReporter<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_HEALTH_REPORTER)
    }

    /// `DEVLINK_ATTR_HEALTH_REPORTER_NAME`
    #[inline]
    pub fn health_reporter_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_HEALTH_REPORTER_NAME)
    }

    /// `DEVLINK_ATTR_HEALTH_REPORTER_STATE`
    #[inline]
    pub fn health_reporter_state(&self) -> Option<u8> {
        self.0.u8(DEVLINK_ATTR_HEALTH_REPORTER_STATE)
    }

    /// `DEVLINK_ATTR_HEALTH_REPORTER_ERR_COUNT`
    #[inline]
    pub fn health_reporter_err_count(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_HEALTH_REPORTER_ERR_COUNT)
    }

    /// `DEVLINK_ATTR_HEALTH_REPORTER_RECOVER_COUNT`
    #[inline]
    pub fn health_reporter_recover_count(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_HEALTH_REPORTER_RECOVER_COUNT)
    }

    /// `DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS`
    #[inline]
    pub fn health_reporter_dump_ts(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS)
    }

    /// `DEVLINK_ATTR_HEALTH_REPORTER_GRACEFUL_PERIOD`
    #[inline]
    pub fn health_reporter_graceful_period(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_HEALTH_REPORTER_GRACEFUL_PERIOD)
    }

    /// `DEVLINK_ATTR_HEALTH_REPORTER_AUTO_RECOVER`
    #[inline]
    pub fn health_reporter_auto_recover(&self) -> Option<u8> {
        self.0.u8(DEVLINK_ATTR_HEALTH_REPORTER_AUTO_RECOVER)
    }

    /// `DEVLINK_ATTR_FLASH_UPDATE_FILE_NAME`
    #[inline]
    pub fn flash_update_file_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_FLASH_UPDATE_FILE_NAME)
    }

    /// `DEVLINK_ATTR_FLASH_UPDATE_COMPONENT`
    #[inline]
    pub fn flash_update_component(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_FLASH_UPDATE_COMPONENT)
    }

    /// `DEVLINK_ATTR_FLASH_UPDATE_STATUS_MSG`
    #[inline]
    pub fn flash_update_status_msg(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_FLASH_UPDATE_STATUS_MSG)
    }

    /// `DEVLINK_ATTR_FLASH_UPDATE_STATUS_DONE`
    #[inline]
    pub fn flash_update_status_done(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_FLASH_UPDATE_STATUS_DONE)
    }

    /// `DEVLINK_ATTR_FLASH_UPDATE_STATUS_TOTAL`
    #[inline]
    pub fn flash_update_status_total(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_FLASH_UPDATE_STATUS_TOTAL)
    }

    /// `DEVLINK_ATTR_PORT_PCI_PF_NUMBER`
    #[inline]
    pub fn port_pci_pf_number(&self) -> Option<u16> {
        self.0.u16(DEVLINK_ATTR_PORT_PCI_PF_NUMBER)
    }

    /// `DEVLINK_ATTR_PORT_PCI_VF_NUMBER`
    #[inline]
    pub fn port_pci_vf_number(&self) -> Option<u16> {
        self.0.u16(DEVLINK_ATTR_PORT_PCI_VF_NUMBER)
    }

    /// `DEVLINK_ATTR_STATS`
    #[inline]
    pub fn stats(&self) -> Result<Option<DlAttrStats<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_STATS)
    }

    /// `DEVLINK_ATTR_TRAP_NAME`
    #[inline]
    pub fn trap_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_TRAP_NAME)
    }

    /// `DEVLINK_ATTR_TRAP_ACTION`
    #[inline]
    pub fn trap_action(&self) -> Option<TrapAction> {
        self.0
            .u8(DEVLINK_ATTR_TRAP_ACTION)
            .map(|v| TrapAction::from_value(v as u32))
    }

    /// `DEVLINK_ATTR_TRAP_TYPE`
    #[inline]
    pub fn trap_type(&self) -> Option<TrapType> {
        self.0
            .u8(DEVLINK_ATTR_TRAP_TYPE)
            .map(|v| TrapType::from_value(v as u32))
    }

    /// `DEVLINK_ATTR_TRAP_GENERIC`
    #[inline]
    pub fn trap_generic(&self) -> bool {
        self.0.flag(DEVLINK_ATTR_TRAP_GENERIC)
    }

    /// `DEVLINK_ATTR_TRAP_METADATA`
    #[inline]
    pub fn trap_metadata(&self) -> Result<Option<DlTrapMetadata<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_TRAP_METADATA)
    }

    /// `DEVLINK_ATTR_TRAP_GROUP_NAME`
    #[inline]
    pub fn trap_group_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_TRAP_GROUP_NAME)
    }

    /// `DEVLINK_ATTR_RELOAD_FAILED`
    #[inline]
    pub fn reload_failed(&self) -> Option<u8> {
        self.0.u8(DEVLINK_ATTR_RELOAD_FAILED)
    }

    /// `DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS_NS`
    #[inline]
    pub fn health_reporter_dump_ts_ns(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS_NS)
    }

    /// `DEVLINK_ATTR_NETNS_FD`
    #[inline]
    pub fn netns_fd(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_NETNS_FD)
    }

    /// `DEVLINK_ATTR_NETNS_PID`
    #[inline]
    pub fn netns_pid(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_NETNS_PID)
    }

    /// `DEVLINK_ATTR_NETNS_ID`
    #[inline]
    pub fn netns_id(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_NETNS_ID)
    }

    /// `DEVLINK_ATTR_HEALTH_REPORTER_AUTO_DUMP`
    #[inline]
    pub fn health_reporter_auto_dump(&self) -> Option<u8> {
        self.0.u8(DEVLINK_ATTR_HEALTH_REPORTER_AUTO_DUMP)
    }

    /// `DEVLINK_ATTR_TRAP_POLICER_ID`
    #[inline]
    pub fn trap_policer_id(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_TRAP_POLICER_ID)
    }

    /// `DEVLINK_ATTR_TRAP_POLICER_RATE`
    #[inline]
    pub fn trap_policer_rate(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_TRAP_POLICER_RATE)
    }

    /// `DEVLINK_ATTR_TRAP_POLICER_BURST`
    #[inline]
    pub fn trap_policer_burst(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_TRAP_POLICER_BURST)
    }

    /// `DEVLINK_ATTR_PORT_FUNCTION`
    #[inline]
    pub fn port_function(&self) -> Result<Option<DlPortFunction<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_PORT_FUNCTION)
    }

    /// `DEVLINK_ATTR_INFO_BOARD_SERIAL_NUMBER`
    #[inline]
    pub fn info_board_serial_number(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_INFO_BOARD_SERIAL_NUMBER)
    }

    /// `DEVLINK_ATTR_PORT_LANES`
    #[inline]
    pub fn port_lanes(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_PORT_LANES)
    }

    /// `DEVLINK_ATTR_PORT_SPLITTABLE`
    #[inline]
    pub fn port_splittable(&self) -> Option<u8> {
        self.0.u8(DEVLINK_ATTR_PORT_SPLITTABLE)
    }

    /// `DEVLINK_ATTR_PORT_EXTERNAL`
    #[inline]
    pub fn port_external(&self) -> Option<u8> {
        self.0.u8(DEVLINK_ATTR_PORT_EXTERNAL)
    }

    /// `DEVLINK_ATTR_PORT_CONTROLLER_NUMBER`
    #[inline]
    pub fn port_controller_number(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_PORT_CONTROLLER_NUMBER)
    }

    /// `DEVLINK_ATTR_FLASH_UPDATE_STATUS_TIMEOUT`
    #[inline]
    pub fn flash_update_status_timeout(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_FLASH_UPDATE_STATUS_TIMEOUT)
    }

    /// `DEVLINK_ATTR_FLASH_UPDATE_OVERWRITE_MASK`
    #[inline]
    pub fn flash_update_overwrite_mask(&self) -> Option<Bitfield32> {
        self.0.bitfield32(DEVLINK_ATTR_FLASH_UPDATE_OVERWRITE_MASK)
    }

    /// `DEVLINK_ATTR_RELOAD_ACTION`
    #[inline]
    pub fn reload_action(&self) -> Option<ReloadAction> {
        self.0
            .u8(DEVLINK_ATTR_RELOAD_ACTION)
            .map(|v| ReloadAction::from_value(v as u32))
    }

    /// `DEVLINK_ATTR_RELOAD_ACTIONS_PERFORMED`
    #[inline]
    pub fn reload_actions_performed(&self) -> Option<Bitfield32> {
        self.0.bitfield32(DEVLINK_ATTR_RELOAD_ACTIONS_PERFORMED)
    }

    /// `DEVLINK_ATTR_RELOAD_LIMITS`
    #[inline]
    pub fn reload_limits(&self) -> Option<Bitfield32> {
        self.0.bitfield32(DEVLINK_ATTR_RELOAD_LIMITS)
    }

    /// `DEVLINK_ATTR_DEV_STATS`
    #[inline]
    pub fn dev_stats(&self) -> Result<Option<DlDevStats<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_DEV_STATS)
    }

    /// `DEVLINK_ATTR_RELOAD_STATS`
    #[inline]
    pub fn reload_stats(&self) -> Result<Option<DlReloadStats<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_RELOAD_STATS)
    }

    /// `DEVLINK_ATTR_RELOAD_STATS_ENTRY`
    #[inline]
    pub fn reload_stats_entry(
        &self,
    ) -> impl Iterator<Item = Result<DlReloadStatsEntry<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_RELOAD_STATS_ENTRY)
            .map(|a| DlReloadStatsEntry::parse(a.nested()))
    }

    /// `DEVLINK_ATTR_RELOAD_STATS_LIMIT`
    #[inline]
    pub fn reload_stats_limit(&self) -> Option<u8> {
        self.0.u8(DEVLINK_ATTR_RELOAD_STATS_LIMIT)
    }

    /// `DEVLINK_ATTR_RELOAD_STATS_VALUE`
    #[inline]
    pub fn reload_stats_value(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_RELOAD_STATS_VALUE)
    }

    /// `DEVLINK_ATTR_REMOTE_RELOAD_STATS`
    #[inline]
    pub fn remote_reload_stats(&self) -> Result<Option<DlReloadStats<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_REMOTE_RELOAD_STATS)
    }

    /// `DEVLINK_ATTR_RELOAD_ACTION_INFO`
    #[inline]
    pub fn reload_action_info(
        &self,
    ) -> impl Iterator<Item = Result<DlReloadActInfo<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_RELOAD_ACTION_INFO)
            .map(|a| DlReloadActInfo::parse(a.nested()))
    }

    /// `DEVLINK_ATTR_RELOAD_ACTION_STATS`
    #[inline]
    pub fn reload_action_stats(
        &self,
    ) -> impl Iterator<Item = Result<DlReloadActStats<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_RELOAD_ACTION_STATS)
            .map(|a| DlReloadActStats::parse(a.nested()))
    }

    /// `DEVLINK_ATTR_PORT_PCI_SF_NUMBER`
    #[inline]
    pub fn port_pci_sf_number(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_PORT_PCI_SF_NUMBER)
    }

    /// `DEVLINK_ATTR_RATE_TYPE`
    #[inline]
    pub fn rate_type(&self) -> Option<RateType> {
        self.0
            .u16(DEVLINK_ATTR_RATE_TYPE)
            .map(|v| RateType::from_value(v as u32))
    }

    /// `DEVLINK_ATTR_RATE_TX_SHARE`
    #[inline]
    pub fn rate_tx_share(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_RATE_TX_SHARE)
    }

    /// `DEVLINK_ATTR_RATE_TX_MAX`
    #[inline]
    pub fn rate_tx_max(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_RATE_TX_MAX)
    }

    /// `DEVLINK_ATTR_RATE_NODE_NAME`
    #[inline]
    pub fn rate_node_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_RATE_NODE_NAME)
    }

    /// `DEVLINK_ATTR_RATE_PARENT_NODE_NAME`
    #[inline]
    pub fn rate_parent_node_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_RATE_PARENT_NODE_NAME)
    }

    /// `DEVLINK_ATTR_REGION_MAX_SNAPSHOTS`
    #[inline]
    pub fn region_max_snapshots(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_REGION_MAX_SNAPSHOTS)
    }

    /// `DEVLINK_ATTR_LINECARD_INDEX`
    #[inline]
    pub fn linecard_index(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_LINECARD_INDEX)
    }

    /// `DEVLINK_ATTR_LINECARD_STATE`
    #[inline]
    pub fn linecard_state(&self) -> Option<u8> {
        self.0.u8(DEVLINK_ATTR_LINECARD_STATE)
    }

    /// `DEVLINK_ATTR_LINECARD_TYPE`
    #[inline]
    pub fn linecard_type(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_LINECARD_TYPE)
    }

    /// `DEVLINK_ATTR_LINECARD_SUPPORTED_TYPES`
    #[inline]
    pub fn linecard_supported_types(&self) -> Result<Option<DlLinecardSupportedTypes<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_LINECARD_SUPPORTED_TYPES)
    }

    /// `DEVLINK_ATTR_SELFTESTS`
    #[inline]
    pub fn selftests(&self) -> Result<Option<DlSelftestId<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_SELFTESTS)
    }

    /// `DEVLINK_ATTR_RATE_TX_PRIORITY`
    #[inline]
    pub fn rate_tx_priority(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_RATE_TX_PRIORITY)
    }

    /// `DEVLINK_ATTR_RATE_TX_WEIGHT`
    #[inline]
    pub fn rate_tx_weight(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_RATE_TX_WEIGHT)
    }

    /// `DEVLINK_ATTR_REGION_DIRECT`
    #[inline]
    pub fn region_direct(&self) -> bool {
        self.0.flag(DEVLINK_ATTR_REGION_DIRECT)
    }

    /// `DEVLINK_ATTR_RATE_TC_BWS`
    #[inline]
    pub fn rate_tc_bws(&self) -> impl Iterator<Item = Result<DlRateTcBws<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_RATE_TC_BWS)
            .map(|a| DlRateTcBws::parse(a.nested()))
    }

    /// `DEVLINK_ATTR_HEALTH_REPORTER_BURST_PERIOD`: Time (in msec) for recoveries before starting the grace period.
    #[inline]
    pub fn health_reporter_burst_period(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_HEALTH_REPORTER_BURST_PERIOD)
    }

    /// `DEVLINK_ATTR_PARAM_RESET_DEFAULT`: Request restoring parameter to its default value.
    #[inline]
    pub fn param_reset_default(&self) -> bool {
        self.0.flag(DEVLINK_ATTR_PARAM_RESET_DEFAULT)
    }

    /// `DEVLINK_ATTR_INDEX`: Unique devlink instance index.
    #[inline]
    pub fn index(&self) -> Option<u64> {
        self.0.uint(DEVLINK_ATTR_INDEX)
    }

    /// `DEVLINK_ATTR_RESOURCE_SCOPE_MASK`: Bitmask selecting which resource classes to include in a
    /// resource-dump response. Bit 0 (dev) selects device-level
    /// resources; bit 1 (port) selects port-level resources.
    /// When absent all classes are returned.
    #[inline]
    pub fn resource_scope_mask(&self) -> Option<ResourceScope> {
        self.0
            .u32(DEVLINK_ATTR_RESOURCE_SCOPE_MASK)
            .map(ResourceScope::from_value)
    }

    /// `DEVLINK_ATTR_PARENT_DEV`: Identifies the devlink instance which owns the parent rate node.
    /// Used with rate-set and rate-new to parent a rate object to a node on
    /// a different devlink instance, enabling cross-device rate scheduling.
    /// When absent, the parent node is resolved on the same instance.
    #[inline]
    pub fn parent_dev(&self) -> Result<Option<DlParentDev<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_PARENT_DEV)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_BUS_NAME if a.raw_kind() == DEVLINK_ATTR_BUS_NAME => {
                    DevlinkBuilder::new(w).bus_name(value::str(&a))?;
                }
                DEVLINK_ATTR_DEV_NAME if a.raw_kind() == DEVLINK_ATTR_DEV_NAME => {
                    DevlinkBuilder::new(w).dev_name(value::str(&a))?;
                }
                DEVLINK_ATTR_PORT_INDEX if a.raw_kind() == DEVLINK_ATTR_PORT_INDEX => {
                    DevlinkBuilder::new(w).port_index(value::u32(&a))?;
                }
                DEVLINK_ATTR_PORT_TYPE if a.raw_kind() == DEVLINK_ATTR_PORT_TYPE => {
                    DevlinkBuilder::new(w)
                        .port_type(PortType::from_value(value::u16(&a) as u32))?;
                }
                DEVLINK_ATTR_PORT_DESIRED_TYPE
                    if a.raw_kind() == DEVLINK_ATTR_PORT_DESIRED_TYPE =>
                {
                    DevlinkBuilder::new(w).port_desired_type(value::u16(&a))?;
                }
                DEVLINK_ATTR_PORT_NETDEV_IFINDEX
                    if a.raw_kind() == DEVLINK_ATTR_PORT_NETDEV_IFINDEX =>
                {
                    DevlinkBuilder::new(w).port_netdev_ifindex(value::u32(&a))?;
                }
                DEVLINK_ATTR_PORT_NETDEV_NAME if a.raw_kind() == DEVLINK_ATTR_PORT_NETDEV_NAME => {
                    DevlinkBuilder::new(w).port_netdev_name(value::str(&a))?;
                }
                DEVLINK_ATTR_PORT_IBDEV_NAME if a.raw_kind() == DEVLINK_ATTR_PORT_IBDEV_NAME => {
                    DevlinkBuilder::new(w).port_ibdev_name(value::str(&a))?;
                }
                DEVLINK_ATTR_PORT_SPLIT_COUNT if a.raw_kind() == DEVLINK_ATTR_PORT_SPLIT_COUNT => {
                    DevlinkBuilder::new(w).port_split_count(value::u32(&a))?;
                }
                DEVLINK_ATTR_PORT_SPLIT_GROUP if a.raw_kind() == DEVLINK_ATTR_PORT_SPLIT_GROUP => {
                    DevlinkBuilder::new(w).port_split_group(value::u32(&a))?;
                }
                DEVLINK_ATTR_SB_INDEX if a.raw_kind() == DEVLINK_ATTR_SB_INDEX => {
                    DevlinkBuilder::new(w).sb_index(value::u32(&a))?;
                }
                DEVLINK_ATTR_SB_SIZE if a.raw_kind() == DEVLINK_ATTR_SB_SIZE => {
                    DevlinkBuilder::new(w).sb_size(value::u32(&a))?;
                }
                DEVLINK_ATTR_SB_INGRESS_POOL_COUNT
                    if a.raw_kind() == DEVLINK_ATTR_SB_INGRESS_POOL_COUNT =>
                {
                    DevlinkBuilder::new(w).sb_ingress_pool_count(value::u16(&a))?;
                }
                DEVLINK_ATTR_SB_EGRESS_POOL_COUNT
                    if a.raw_kind() == DEVLINK_ATTR_SB_EGRESS_POOL_COUNT =>
                {
                    DevlinkBuilder::new(w).sb_egress_pool_count(value::u16(&a))?;
                }
                DEVLINK_ATTR_SB_INGRESS_TC_COUNT
                    if a.raw_kind() == DEVLINK_ATTR_SB_INGRESS_TC_COUNT =>
                {
                    DevlinkBuilder::new(w).sb_ingress_tc_count(value::u16(&a))?;
                }
                DEVLINK_ATTR_SB_EGRESS_TC_COUNT
                    if a.raw_kind() == DEVLINK_ATTR_SB_EGRESS_TC_COUNT =>
                {
                    DevlinkBuilder::new(w).sb_egress_tc_count(value::u16(&a))?;
                }
                DEVLINK_ATTR_SB_POOL_INDEX if a.raw_kind() == DEVLINK_ATTR_SB_POOL_INDEX => {
                    DevlinkBuilder::new(w).sb_pool_index(value::u16(&a))?;
                }
                DEVLINK_ATTR_SB_POOL_TYPE if a.raw_kind() == DEVLINK_ATTR_SB_POOL_TYPE => {
                    DevlinkBuilder::new(w)
                        .sb_pool_type(SbPoolType::from_value(value::u8(&a) as u32))?;
                }
                DEVLINK_ATTR_SB_POOL_SIZE if a.raw_kind() == DEVLINK_ATTR_SB_POOL_SIZE => {
                    DevlinkBuilder::new(w).sb_pool_size(value::u32(&a))?;
                }
                DEVLINK_ATTR_SB_POOL_THRESHOLD_TYPE
                    if a.raw_kind() == DEVLINK_ATTR_SB_POOL_THRESHOLD_TYPE =>
                {
                    DevlinkBuilder::new(w).sb_pool_threshold_type(SbThresholdType::from_value(
                        value::u8(&a) as u32,
                    ))?;
                }
                DEVLINK_ATTR_SB_THRESHOLD if a.raw_kind() == DEVLINK_ATTR_SB_THRESHOLD => {
                    DevlinkBuilder::new(w).sb_threshold(value::u32(&a))?;
                }
                DEVLINK_ATTR_SB_TC_INDEX if a.raw_kind() == DEVLINK_ATTR_SB_TC_INDEX => {
                    DevlinkBuilder::new(w).sb_tc_index(value::u16(&a))?;
                }
                DEVLINK_ATTR_SB_OCC_CUR if a.raw_kind() == DEVLINK_ATTR_SB_OCC_CUR => {
                    DevlinkBuilder::new(w).sb_occ_cur(value::u32(&a))?;
                }
                DEVLINK_ATTR_SB_OCC_MAX if a.raw_kind() == DEVLINK_ATTR_SB_OCC_MAX => {
                    DevlinkBuilder::new(w).sb_occ_max(value::u32(&a))?;
                }
                DEVLINK_ATTR_ESWITCH_MODE if a.raw_kind() == DEVLINK_ATTR_ESWITCH_MODE => {
                    DevlinkBuilder::new(w)
                        .eswitch_mode(EswitchMode::from_value(value::u16(&a) as u32))?;
                }
                DEVLINK_ATTR_ESWITCH_INLINE_MODE
                    if a.raw_kind() == DEVLINK_ATTR_ESWITCH_INLINE_MODE =>
                {
                    DevlinkBuilder::new(w)
                        .eswitch_inline_mode(EswitchInlineMode::from_value(value::u8(&a) as u32))?;
                }
                DEVLINK_ATTR_DPIPE_TABLES => {
                    nest_like(w, &a, |w| DlDpipeTables::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_DPIPE_TABLE => {
                    nest_like(w, &a, |w| DlDpipeTable::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_DPIPE_TABLE_NAME if a.raw_kind() == DEVLINK_ATTR_DPIPE_TABLE_NAME => {
                    DevlinkBuilder::new(w).dpipe_table_name(value::str(&a))?;
                }
                DEVLINK_ATTR_DPIPE_TABLE_SIZE if a.raw_kind() == DEVLINK_ATTR_DPIPE_TABLE_SIZE => {
                    DevlinkBuilder::new(w).dpipe_table_size(value::u64(&a))?;
                }
                DEVLINK_ATTR_DPIPE_TABLE_MATCHES => nest_like(w, &a, |w| {
                    DlDpipeTableMatches::parse(a.nested())?.write_to(w)
                })?,
                DEVLINK_ATTR_DPIPE_TABLE_ACTIONS => nest_like(w, &a, |w| {
                    DlDpipeTableActions::parse(a.nested())?.write_to(w)
                })?,
                DEVLINK_ATTR_DPIPE_TABLE_COUNTERS_ENABLED
                    if a.raw_kind() == DEVLINK_ATTR_DPIPE_TABLE_COUNTERS_ENABLED =>
                {
                    DevlinkBuilder::new(w).dpipe_table_counters_enabled(value::u8(&a))?;
                }
                DEVLINK_ATTR_DPIPE_ENTRIES => {
                    nest_like(w, &a, |w| DlDpipeEntries::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_DPIPE_ENTRY => {
                    nest_like(w, &a, |w| DlDpipeEntry::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_DPIPE_ENTRY_INDEX
                    if a.raw_kind() == DEVLINK_ATTR_DPIPE_ENTRY_INDEX =>
                {
                    DevlinkBuilder::new(w).dpipe_entry_index(value::u64(&a))?;
                }
                DEVLINK_ATTR_DPIPE_ENTRY_MATCH_VALUES => nest_like(w, &a, |w| {
                    DlDpipeEntryMatchValues::parse(a.nested())?.write_to(w)
                })?,
                DEVLINK_ATTR_DPIPE_ENTRY_ACTION_VALUES => nest_like(w, &a, |w| {
                    DlDpipeEntryActionValues::parse(a.nested())?.write_to(w)
                })?,
                DEVLINK_ATTR_DPIPE_ENTRY_COUNTER
                    if a.raw_kind() == DEVLINK_ATTR_DPIPE_ENTRY_COUNTER =>
                {
                    DevlinkBuilder::new(w).dpipe_entry_counter(value::u64(&a))?;
                }
                DEVLINK_ATTR_DPIPE_MATCH => {
                    nest_like(w, &a, |w| DlDpipeMatch::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_DPIPE_MATCH_VALUE => {
                    nest_like(w, &a, |w| DlDpipeMatchValue::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_DPIPE_MATCH_TYPE if a.raw_kind() == DEVLINK_ATTR_DPIPE_MATCH_TYPE => {
                    DevlinkBuilder::new(w)
                        .dpipe_match_type(DpipeMatchType::from_value(value::u32(&a)))?;
                }
                DEVLINK_ATTR_DPIPE_ACTION => {
                    nest_like(w, &a, |w| DlDpipeAction::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_DPIPE_ACTION_VALUE => nest_like(w, &a, |w| {
                    DlDpipeActionValue::parse(a.nested())?.write_to(w)
                })?,
                DEVLINK_ATTR_DPIPE_ACTION_TYPE
                    if a.raw_kind() == DEVLINK_ATTR_DPIPE_ACTION_TYPE =>
                {
                    DevlinkBuilder::new(w)
                        .dpipe_action_type(DpipeActionType::from_value(value::u32(&a)))?;
                }
                DEVLINK_ATTR_DPIPE_VALUE if a.raw_kind() == DEVLINK_ATTR_DPIPE_VALUE => {
                    DevlinkBuilder::new(w).dpipe_value(a.value())?;
                }
                DEVLINK_ATTR_DPIPE_VALUE_MASK if a.raw_kind() == DEVLINK_ATTR_DPIPE_VALUE_MASK => {
                    DevlinkBuilder::new(w).dpipe_value_mask(a.value())?;
                }
                DEVLINK_ATTR_DPIPE_VALUE_MAPPING
                    if a.raw_kind() == DEVLINK_ATTR_DPIPE_VALUE_MAPPING =>
                {
                    DevlinkBuilder::new(w).dpipe_value_mapping(value::u32(&a))?;
                }
                DEVLINK_ATTR_DPIPE_HEADERS => {
                    nest_like(w, &a, |w| DlDpipeHeaders::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_DPIPE_HEADER => {
                    nest_like(w, &a, |w| DlDpipeHeader::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_DPIPE_HEADER_NAME
                    if a.raw_kind() == DEVLINK_ATTR_DPIPE_HEADER_NAME =>
                {
                    DevlinkBuilder::new(w).dpipe_header_name(value::str(&a))?;
                }
                DEVLINK_ATTR_DPIPE_HEADER_ID if a.raw_kind() == DEVLINK_ATTR_DPIPE_HEADER_ID => {
                    DevlinkBuilder::new(w)
                        .dpipe_header_id(DpipeHeaderId::from_value(value::u32(&a)))?;
                }
                DEVLINK_ATTR_DPIPE_HEADER_FIELDS => nest_like(w, &a, |w| {
                    DlDpipeHeaderFields::parse(a.nested())?.write_to(w)
                })?,
                DEVLINK_ATTR_DPIPE_HEADER_GLOBAL
                    if a.raw_kind() == DEVLINK_ATTR_DPIPE_HEADER_GLOBAL =>
                {
                    DevlinkBuilder::new(w).dpipe_header_global(value::u8(&a))?;
                }
                DEVLINK_ATTR_DPIPE_HEADER_INDEX
                    if a.raw_kind() == DEVLINK_ATTR_DPIPE_HEADER_INDEX =>
                {
                    DevlinkBuilder::new(w).dpipe_header_index(value::u32(&a))?;
                }
                DEVLINK_ATTR_DPIPE_FIELD => {
                    nest_like(w, &a, |w| DlDpipeField::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_DPIPE_FIELD_NAME if a.raw_kind() == DEVLINK_ATTR_DPIPE_FIELD_NAME => {
                    DevlinkBuilder::new(w).dpipe_field_name(value::str(&a))?;
                }
                DEVLINK_ATTR_DPIPE_FIELD_ID if a.raw_kind() == DEVLINK_ATTR_DPIPE_FIELD_ID => {
                    DevlinkBuilder::new(w).dpipe_field_id(value::u32(&a))?;
                }
                DEVLINK_ATTR_DPIPE_FIELD_BITWIDTH
                    if a.raw_kind() == DEVLINK_ATTR_DPIPE_FIELD_BITWIDTH =>
                {
                    DevlinkBuilder::new(w).dpipe_field_bitwidth(value::u32(&a))?;
                }
                DEVLINK_ATTR_DPIPE_FIELD_MAPPING_TYPE
                    if a.raw_kind() == DEVLINK_ATTR_DPIPE_FIELD_MAPPING_TYPE =>
                {
                    DevlinkBuilder::new(w).dpipe_field_mapping_type(
                        DpipeFieldMappingType::from_value(value::u32(&a)),
                    )?;
                }
                DEVLINK_ATTR_PAD if a.raw_kind() == DEVLINK_ATTR_PAD => raw(w, &a)?,
                DEVLINK_ATTR_ESWITCH_ENCAP_MODE
                    if a.raw_kind() == DEVLINK_ATTR_ESWITCH_ENCAP_MODE =>
                {
                    DevlinkBuilder::new(w)
                        .eswitch_encap_mode(EswitchEncapMode::from_value(value::u8(&a) as u32))?;
                }
                DEVLINK_ATTR_RESOURCE_LIST => {
                    nest_like(w, &a, |w| DlResourceList::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_RESOURCE => {
                    nest_like(w, &a, |w| DlResource::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_RESOURCE_NAME if a.raw_kind() == DEVLINK_ATTR_RESOURCE_NAME => {
                    DevlinkBuilder::new(w).resource_name(value::str(&a))?;
                }
                DEVLINK_ATTR_RESOURCE_ID if a.raw_kind() == DEVLINK_ATTR_RESOURCE_ID => {
                    DevlinkBuilder::new(w).resource_id(value::u64(&a))?;
                }
                DEVLINK_ATTR_RESOURCE_SIZE if a.raw_kind() == DEVLINK_ATTR_RESOURCE_SIZE => {
                    DevlinkBuilder::new(w).resource_size(value::u64(&a))?;
                }
                DEVLINK_ATTR_RESOURCE_SIZE_NEW
                    if a.raw_kind() == DEVLINK_ATTR_RESOURCE_SIZE_NEW =>
                {
                    DevlinkBuilder::new(w).resource_size_new(value::u64(&a))?;
                }
                DEVLINK_ATTR_RESOURCE_SIZE_VALID
                    if a.raw_kind() == DEVLINK_ATTR_RESOURCE_SIZE_VALID =>
                {
                    DevlinkBuilder::new(w).resource_size_valid(value::u8(&a))?;
                }
                DEVLINK_ATTR_RESOURCE_SIZE_MIN
                    if a.raw_kind() == DEVLINK_ATTR_RESOURCE_SIZE_MIN =>
                {
                    DevlinkBuilder::new(w).resource_size_min(value::u64(&a))?;
                }
                DEVLINK_ATTR_RESOURCE_SIZE_MAX
                    if a.raw_kind() == DEVLINK_ATTR_RESOURCE_SIZE_MAX =>
                {
                    DevlinkBuilder::new(w).resource_size_max(value::u64(&a))?;
                }
                DEVLINK_ATTR_RESOURCE_SIZE_GRAN
                    if a.raw_kind() == DEVLINK_ATTR_RESOURCE_SIZE_GRAN =>
                {
                    DevlinkBuilder::new(w).resource_size_gran(value::u64(&a))?;
                }
                DEVLINK_ATTR_RESOURCE_UNIT if a.raw_kind() == DEVLINK_ATTR_RESOURCE_UNIT => {
                    DevlinkBuilder::new(w)
                        .resource_unit(ResourceUnit::from_value(value::u8(&a) as u32))?;
                }
                DEVLINK_ATTR_RESOURCE_OCC if a.raw_kind() == DEVLINK_ATTR_RESOURCE_OCC => {
                    DevlinkBuilder::new(w).resource_occ(value::u64(&a))?;
                }
                DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_ID
                    if a.raw_kind() == DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_ID =>
                {
                    DevlinkBuilder::new(w).dpipe_table_resource_id(value::u64(&a))?;
                }
                DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_UNITS
                    if a.raw_kind() == DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_UNITS =>
                {
                    DevlinkBuilder::new(w).dpipe_table_resource_units(value::u64(&a))?;
                }
                DEVLINK_ATTR_PORT_FLAVOUR if a.raw_kind() == DEVLINK_ATTR_PORT_FLAVOUR => {
                    DevlinkBuilder::new(w)
                        .port_flavour(PortFlavour::from_value(value::u16(&a) as u32))?;
                }
                DEVLINK_ATTR_PORT_NUMBER if a.raw_kind() == DEVLINK_ATTR_PORT_NUMBER => {
                    DevlinkBuilder::new(w).port_number(value::u32(&a))?;
                }
                DEVLINK_ATTR_PORT_SPLIT_SUBPORT_NUMBER
                    if a.raw_kind() == DEVLINK_ATTR_PORT_SPLIT_SUBPORT_NUMBER =>
                {
                    DevlinkBuilder::new(w).port_split_subport_number(value::u32(&a))?;
                }
                DEVLINK_ATTR_PARAM => {
                    nest_like(w, &a, |w| DlParam::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_PARAM_NAME if a.raw_kind() == DEVLINK_ATTR_PARAM_NAME => {
                    DevlinkBuilder::new(w).param_name(value::str(&a))?;
                }
                DEVLINK_ATTR_PARAM_GENERIC if a.raw_kind() == DEVLINK_ATTR_PARAM_GENERIC => {
                    if a.value().is_empty() {
                        DevlinkBuilder::new(w).param_generic()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                DEVLINK_ATTR_PARAM_TYPE if a.raw_kind() == DEVLINK_ATTR_PARAM_TYPE => {
                    DevlinkBuilder::new(w)
                        .param_type(VarAttrType::from_value(value::u8(&a) as u32))?;
                }
                DEVLINK_ATTR_PARAM_VALUE_CMODE
                    if a.raw_kind() == DEVLINK_ATTR_PARAM_VALUE_CMODE =>
                {
                    DevlinkBuilder::new(w)
                        .param_value_cmode(ParamCmode::from_value(value::u8(&a) as u32))?;
                }
                DEVLINK_ATTR_REGION_NAME if a.raw_kind() == DEVLINK_ATTR_REGION_NAME => {
                    DevlinkBuilder::new(w).region_name(value::str(&a))?;
                }
                DEVLINK_ATTR_REGION_SIZE if a.raw_kind() == DEVLINK_ATTR_REGION_SIZE => {
                    DevlinkBuilder::new(w).region_size(value::u64(&a))?;
                }
                DEVLINK_ATTR_REGION_SNAPSHOTS => {
                    nest_like(w, &a, |w| DlRegionSnapshots::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_REGION_SNAPSHOT => {
                    nest_like(w, &a, |w| DlRegionSnapshot::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_REGION_SNAPSHOT_ID
                    if a.raw_kind() == DEVLINK_ATTR_REGION_SNAPSHOT_ID =>
                {
                    DevlinkBuilder::new(w).region_snapshot_id(value::u32(&a))?;
                }
                DEVLINK_ATTR_REGION_CHUNKS => {
                    nest_like(w, &a, |w| DlRegionChunks::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_REGION_CHUNK => {
                    nest_like(w, &a, |w| DlRegionChunk::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_REGION_CHUNK_DATA
                    if a.raw_kind() == DEVLINK_ATTR_REGION_CHUNK_DATA =>
                {
                    DevlinkBuilder::new(w).region_chunk_data(a.value())?;
                }
                DEVLINK_ATTR_REGION_CHUNK_ADDR
                    if a.raw_kind() == DEVLINK_ATTR_REGION_CHUNK_ADDR =>
                {
                    DevlinkBuilder::new(w).region_chunk_addr(value::u64(&a))?;
                }
                DEVLINK_ATTR_REGION_CHUNK_LEN if a.raw_kind() == DEVLINK_ATTR_REGION_CHUNK_LEN => {
                    DevlinkBuilder::new(w).region_chunk_len(value::u64(&a))?;
                }
                DEVLINK_ATTR_INFO_DRIVER_NAME if a.raw_kind() == DEVLINK_ATTR_INFO_DRIVER_NAME => {
                    DevlinkBuilder::new(w).info_driver_name(value::str(&a))?;
                }
                DEVLINK_ATTR_INFO_SERIAL_NUMBER
                    if a.raw_kind() == DEVLINK_ATTR_INFO_SERIAL_NUMBER =>
                {
                    DevlinkBuilder::new(w).info_serial_number(value::str(&a))?;
                }
                DEVLINK_ATTR_INFO_VERSION_FIXED => {
                    nest_like(w, &a, |w| DlInfoVersion::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_INFO_VERSION_RUNNING => {
                    nest_like(w, &a, |w| DlInfoVersion::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_INFO_VERSION_STORED => {
                    nest_like(w, &a, |w| DlInfoVersion::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_INFO_VERSION_NAME
                    if a.raw_kind() == DEVLINK_ATTR_INFO_VERSION_NAME =>
                {
                    DevlinkBuilder::new(w).info_version_name(value::str(&a))?;
                }
                DEVLINK_ATTR_INFO_VERSION_VALUE
                    if a.raw_kind() == DEVLINK_ATTR_INFO_VERSION_VALUE =>
                {
                    DevlinkBuilder::new(w).info_version_value(value::str(&a))?;
                }
                DEVLINK_ATTR_SB_POOL_CELL_SIZE
                    if a.raw_kind() == DEVLINK_ATTR_SB_POOL_CELL_SIZE =>
                {
                    DevlinkBuilder::new(w).sb_pool_cell_size(value::u32(&a))?;
                }
                DEVLINK_ATTR_FMSG => nest_like(w, &a, |w| DlFmsg::parse(a.nested())?.write_to(w))?,
                DEVLINK_ATTR_FMSG_OBJ_NEST_START
                    if a.raw_kind() == DEVLINK_ATTR_FMSG_OBJ_NEST_START =>
                {
                    if a.value().is_empty() {
                        DevlinkBuilder::new(w).fmsg_obj_nest_start()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                DEVLINK_ATTR_FMSG_PAIR_NEST_START
                    if a.raw_kind() == DEVLINK_ATTR_FMSG_PAIR_NEST_START =>
                {
                    if a.value().is_empty() {
                        DevlinkBuilder::new(w).fmsg_pair_nest_start()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                DEVLINK_ATTR_FMSG_ARR_NEST_START
                    if a.raw_kind() == DEVLINK_ATTR_FMSG_ARR_NEST_START =>
                {
                    if a.value().is_empty() {
                        DevlinkBuilder::new(w).fmsg_arr_nest_start()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                DEVLINK_ATTR_FMSG_NEST_END if a.raw_kind() == DEVLINK_ATTR_FMSG_NEST_END => {
                    if a.value().is_empty() {
                        DevlinkBuilder::new(w).fmsg_nest_end()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                DEVLINK_ATTR_FMSG_OBJ_NAME if a.raw_kind() == DEVLINK_ATTR_FMSG_OBJ_NAME => {
                    DevlinkBuilder::new(w).fmsg_obj_name(value::str(&a))?;
                }
                DEVLINK_ATTR_FMSG_OBJ_VALUE_TYPE
                    if a.raw_kind() == DEVLINK_ATTR_FMSG_OBJ_VALUE_TYPE =>
                {
                    DevlinkBuilder::new(w)
                        .fmsg_obj_value_type(VarAttrType::from_value(value::u8(&a) as u32))?;
                }
                DEVLINK_ATTR_HEALTH_REPORTER => {
                    nest_like(w, &a, |w| DlHealthReporter::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_HEALTH_REPORTER_NAME
                    if a.raw_kind() == DEVLINK_ATTR_HEALTH_REPORTER_NAME =>
                {
                    DevlinkBuilder::new(w).health_reporter_name(value::str(&a))?;
                }
                DEVLINK_ATTR_HEALTH_REPORTER_STATE
                    if a.raw_kind() == DEVLINK_ATTR_HEALTH_REPORTER_STATE =>
                {
                    DevlinkBuilder::new(w).health_reporter_state(value::u8(&a))?;
                }
                DEVLINK_ATTR_HEALTH_REPORTER_ERR_COUNT
                    if a.raw_kind() == DEVLINK_ATTR_HEALTH_REPORTER_ERR_COUNT =>
                {
                    DevlinkBuilder::new(w).health_reporter_err_count(value::u64(&a))?;
                }
                DEVLINK_ATTR_HEALTH_REPORTER_RECOVER_COUNT
                    if a.raw_kind() == DEVLINK_ATTR_HEALTH_REPORTER_RECOVER_COUNT =>
                {
                    DevlinkBuilder::new(w).health_reporter_recover_count(value::u64(&a))?;
                }
                DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS
                    if a.raw_kind() == DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS =>
                {
                    DevlinkBuilder::new(w).health_reporter_dump_ts(value::u64(&a))?;
                }
                DEVLINK_ATTR_HEALTH_REPORTER_GRACEFUL_PERIOD
                    if a.raw_kind() == DEVLINK_ATTR_HEALTH_REPORTER_GRACEFUL_PERIOD =>
                {
                    DevlinkBuilder::new(w).health_reporter_graceful_period(value::u64(&a))?;
                }
                DEVLINK_ATTR_HEALTH_REPORTER_AUTO_RECOVER
                    if a.raw_kind() == DEVLINK_ATTR_HEALTH_REPORTER_AUTO_RECOVER =>
                {
                    DevlinkBuilder::new(w).health_reporter_auto_recover(value::u8(&a))?;
                }
                DEVLINK_ATTR_FLASH_UPDATE_FILE_NAME
                    if a.raw_kind() == DEVLINK_ATTR_FLASH_UPDATE_FILE_NAME =>
                {
                    DevlinkBuilder::new(w).flash_update_file_name(value::str(&a))?;
                }
                DEVLINK_ATTR_FLASH_UPDATE_COMPONENT
                    if a.raw_kind() == DEVLINK_ATTR_FLASH_UPDATE_COMPONENT =>
                {
                    DevlinkBuilder::new(w).flash_update_component(value::str(&a))?;
                }
                DEVLINK_ATTR_FLASH_UPDATE_STATUS_MSG
                    if a.raw_kind() == DEVLINK_ATTR_FLASH_UPDATE_STATUS_MSG =>
                {
                    DevlinkBuilder::new(w).flash_update_status_msg(value::str(&a))?;
                }
                DEVLINK_ATTR_FLASH_UPDATE_STATUS_DONE
                    if a.raw_kind() == DEVLINK_ATTR_FLASH_UPDATE_STATUS_DONE =>
                {
                    DevlinkBuilder::new(w).flash_update_status_done(value::u64(&a))?;
                }
                DEVLINK_ATTR_FLASH_UPDATE_STATUS_TOTAL
                    if a.raw_kind() == DEVLINK_ATTR_FLASH_UPDATE_STATUS_TOTAL =>
                {
                    DevlinkBuilder::new(w).flash_update_status_total(value::u64(&a))?;
                }
                DEVLINK_ATTR_PORT_PCI_PF_NUMBER
                    if a.raw_kind() == DEVLINK_ATTR_PORT_PCI_PF_NUMBER =>
                {
                    DevlinkBuilder::new(w).port_pci_pf_number(value::u16(&a))?;
                }
                DEVLINK_ATTR_PORT_PCI_VF_NUMBER
                    if a.raw_kind() == DEVLINK_ATTR_PORT_PCI_VF_NUMBER =>
                {
                    DevlinkBuilder::new(w).port_pci_vf_number(value::u16(&a))?;
                }
                DEVLINK_ATTR_STATS => {
                    nest_like(w, &a, |w| DlAttrStats::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_TRAP_NAME if a.raw_kind() == DEVLINK_ATTR_TRAP_NAME => {
                    DevlinkBuilder::new(w).trap_name(value::str(&a))?;
                }
                DEVLINK_ATTR_TRAP_ACTION if a.raw_kind() == DEVLINK_ATTR_TRAP_ACTION => {
                    DevlinkBuilder::new(w)
                        .trap_action(TrapAction::from_value(value::u8(&a) as u32))?;
                }
                DEVLINK_ATTR_TRAP_TYPE if a.raw_kind() == DEVLINK_ATTR_TRAP_TYPE => {
                    DevlinkBuilder::new(w).trap_type(TrapType::from_value(value::u8(&a) as u32))?;
                }
                DEVLINK_ATTR_TRAP_GENERIC if a.raw_kind() == DEVLINK_ATTR_TRAP_GENERIC => {
                    if a.value().is_empty() {
                        DevlinkBuilder::new(w).trap_generic()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                DEVLINK_ATTR_TRAP_METADATA => {
                    nest_like(w, &a, |w| DlTrapMetadata::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_TRAP_GROUP_NAME if a.raw_kind() == DEVLINK_ATTR_TRAP_GROUP_NAME => {
                    DevlinkBuilder::new(w).trap_group_name(value::str(&a))?;
                }
                DEVLINK_ATTR_RELOAD_FAILED if a.raw_kind() == DEVLINK_ATTR_RELOAD_FAILED => {
                    DevlinkBuilder::new(w).reload_failed(value::u8(&a))?;
                }
                DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS_NS
                    if a.raw_kind() == DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS_NS =>
                {
                    DevlinkBuilder::new(w).health_reporter_dump_ts_ns(value::u64(&a))?;
                }
                DEVLINK_ATTR_NETNS_FD if a.raw_kind() == DEVLINK_ATTR_NETNS_FD => {
                    DevlinkBuilder::new(w).netns_fd(value::u32(&a))?;
                }
                DEVLINK_ATTR_NETNS_PID if a.raw_kind() == DEVLINK_ATTR_NETNS_PID => {
                    DevlinkBuilder::new(w).netns_pid(value::u32(&a))?;
                }
                DEVLINK_ATTR_NETNS_ID if a.raw_kind() == DEVLINK_ATTR_NETNS_ID => {
                    DevlinkBuilder::new(w).netns_id(value::u32(&a))?;
                }
                DEVLINK_ATTR_HEALTH_REPORTER_AUTO_DUMP
                    if a.raw_kind() == DEVLINK_ATTR_HEALTH_REPORTER_AUTO_DUMP =>
                {
                    DevlinkBuilder::new(w).health_reporter_auto_dump(value::u8(&a))?;
                }
                DEVLINK_ATTR_TRAP_POLICER_ID if a.raw_kind() == DEVLINK_ATTR_TRAP_POLICER_ID => {
                    DevlinkBuilder::new(w).trap_policer_id(value::u32(&a))?;
                }
                DEVLINK_ATTR_TRAP_POLICER_RATE
                    if a.raw_kind() == DEVLINK_ATTR_TRAP_POLICER_RATE =>
                {
                    DevlinkBuilder::new(w).trap_policer_rate(value::u64(&a))?;
                }
                DEVLINK_ATTR_TRAP_POLICER_BURST
                    if a.raw_kind() == DEVLINK_ATTR_TRAP_POLICER_BURST =>
                {
                    DevlinkBuilder::new(w).trap_policer_burst(value::u64(&a))?;
                }
                DEVLINK_ATTR_PORT_FUNCTION => {
                    nest_like(w, &a, |w| DlPortFunction::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_INFO_BOARD_SERIAL_NUMBER
                    if a.raw_kind() == DEVLINK_ATTR_INFO_BOARD_SERIAL_NUMBER =>
                {
                    DevlinkBuilder::new(w).info_board_serial_number(value::str(&a))?;
                }
                DEVLINK_ATTR_PORT_LANES if a.raw_kind() == DEVLINK_ATTR_PORT_LANES => {
                    DevlinkBuilder::new(w).port_lanes(value::u32(&a))?;
                }
                DEVLINK_ATTR_PORT_SPLITTABLE if a.raw_kind() == DEVLINK_ATTR_PORT_SPLITTABLE => {
                    DevlinkBuilder::new(w).port_splittable(value::u8(&a))?;
                }
                DEVLINK_ATTR_PORT_EXTERNAL if a.raw_kind() == DEVLINK_ATTR_PORT_EXTERNAL => {
                    DevlinkBuilder::new(w).port_external(value::u8(&a))?;
                }
                DEVLINK_ATTR_PORT_CONTROLLER_NUMBER
                    if a.raw_kind() == DEVLINK_ATTR_PORT_CONTROLLER_NUMBER =>
                {
                    DevlinkBuilder::new(w).port_controller_number(value::u32(&a))?;
                }
                DEVLINK_ATTR_FLASH_UPDATE_STATUS_TIMEOUT
                    if a.raw_kind() == DEVLINK_ATTR_FLASH_UPDATE_STATUS_TIMEOUT =>
                {
                    DevlinkBuilder::new(w).flash_update_status_timeout(value::u64(&a))?;
                }
                DEVLINK_ATTR_FLASH_UPDATE_OVERWRITE_MASK
                    if a.raw_kind() == DEVLINK_ATTR_FLASH_UPDATE_OVERWRITE_MASK =>
                {
                    DevlinkBuilder::new(w)
                        .flash_update_overwrite_mask(Bitfield32::from_bytes(a.value()))?;
                }
                DEVLINK_ATTR_RELOAD_ACTION if a.raw_kind() == DEVLINK_ATTR_RELOAD_ACTION => {
                    DevlinkBuilder::new(w)
                        .reload_action(ReloadAction::from_value(value::u8(&a) as u32))?;
                }
                DEVLINK_ATTR_RELOAD_ACTIONS_PERFORMED
                    if a.raw_kind() == DEVLINK_ATTR_RELOAD_ACTIONS_PERFORMED =>
                {
                    DevlinkBuilder::new(w)
                        .reload_actions_performed(Bitfield32::from_bytes(a.value()))?;
                }
                DEVLINK_ATTR_RELOAD_LIMITS if a.raw_kind() == DEVLINK_ATTR_RELOAD_LIMITS => {
                    DevlinkBuilder::new(w).reload_limits(Bitfield32::from_bytes(a.value()))?;
                }
                DEVLINK_ATTR_DEV_STATS => {
                    nest_like(w, &a, |w| DlDevStats::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_RELOAD_STATS => {
                    nest_like(w, &a, |w| DlReloadStats::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_RELOAD_STATS_ENTRY => nest_like(w, &a, |w| {
                    DlReloadStatsEntry::parse(a.nested())?.write_to(w)
                })?,
                DEVLINK_ATTR_RELOAD_STATS_LIMIT
                    if a.raw_kind() == DEVLINK_ATTR_RELOAD_STATS_LIMIT =>
                {
                    DevlinkBuilder::new(w).reload_stats_limit(value::u8(&a))?;
                }
                DEVLINK_ATTR_RELOAD_STATS_VALUE
                    if a.raw_kind() == DEVLINK_ATTR_RELOAD_STATS_VALUE =>
                {
                    DevlinkBuilder::new(w).reload_stats_value(value::u32(&a))?;
                }
                DEVLINK_ATTR_REMOTE_RELOAD_STATS => {
                    nest_like(w, &a, |w| DlReloadStats::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_RELOAD_ACTION_INFO => {
                    nest_like(w, &a, |w| DlReloadActInfo::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_RELOAD_ACTION_STATS => {
                    nest_like(w, &a, |w| DlReloadActStats::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_PORT_PCI_SF_NUMBER
                    if a.raw_kind() == DEVLINK_ATTR_PORT_PCI_SF_NUMBER =>
                {
                    DevlinkBuilder::new(w).port_pci_sf_number(value::u32(&a))?;
                }
                DEVLINK_ATTR_RATE_TYPE if a.raw_kind() == DEVLINK_ATTR_RATE_TYPE => {
                    DevlinkBuilder::new(w)
                        .rate_type(RateType::from_value(value::u16(&a) as u32))?;
                }
                DEVLINK_ATTR_RATE_TX_SHARE if a.raw_kind() == DEVLINK_ATTR_RATE_TX_SHARE => {
                    DevlinkBuilder::new(w).rate_tx_share(value::u64(&a))?;
                }
                DEVLINK_ATTR_RATE_TX_MAX if a.raw_kind() == DEVLINK_ATTR_RATE_TX_MAX => {
                    DevlinkBuilder::new(w).rate_tx_max(value::u64(&a))?;
                }
                DEVLINK_ATTR_RATE_NODE_NAME if a.raw_kind() == DEVLINK_ATTR_RATE_NODE_NAME => {
                    DevlinkBuilder::new(w).rate_node_name(value::str(&a))?;
                }
                DEVLINK_ATTR_RATE_PARENT_NODE_NAME
                    if a.raw_kind() == DEVLINK_ATTR_RATE_PARENT_NODE_NAME =>
                {
                    DevlinkBuilder::new(w).rate_parent_node_name(value::str(&a))?;
                }
                DEVLINK_ATTR_REGION_MAX_SNAPSHOTS
                    if a.raw_kind() == DEVLINK_ATTR_REGION_MAX_SNAPSHOTS =>
                {
                    DevlinkBuilder::new(w).region_max_snapshots(value::u32(&a))?;
                }
                DEVLINK_ATTR_LINECARD_INDEX if a.raw_kind() == DEVLINK_ATTR_LINECARD_INDEX => {
                    DevlinkBuilder::new(w).linecard_index(value::u32(&a))?;
                }
                DEVLINK_ATTR_LINECARD_STATE if a.raw_kind() == DEVLINK_ATTR_LINECARD_STATE => {
                    DevlinkBuilder::new(w).linecard_state(value::u8(&a))?;
                }
                DEVLINK_ATTR_LINECARD_TYPE if a.raw_kind() == DEVLINK_ATTR_LINECARD_TYPE => {
                    DevlinkBuilder::new(w).linecard_type(value::str(&a))?;
                }
                DEVLINK_ATTR_LINECARD_SUPPORTED_TYPES => nest_like(w, &a, |w| {
                    DlLinecardSupportedTypes::parse(a.nested())?.write_to(w)
                })?,
                DEVLINK_ATTR_SELFTESTS => {
                    nest_like(w, &a, |w| DlSelftestId::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_RATE_TX_PRIORITY if a.raw_kind() == DEVLINK_ATTR_RATE_TX_PRIORITY => {
                    DevlinkBuilder::new(w).rate_tx_priority(value::u32(&a))?;
                }
                DEVLINK_ATTR_RATE_TX_WEIGHT if a.raw_kind() == DEVLINK_ATTR_RATE_TX_WEIGHT => {
                    DevlinkBuilder::new(w).rate_tx_weight(value::u32(&a))?;
                }
                DEVLINK_ATTR_REGION_DIRECT if a.raw_kind() == DEVLINK_ATTR_REGION_DIRECT => {
                    if a.value().is_empty() {
                        DevlinkBuilder::new(w).region_direct()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                DEVLINK_ATTR_RATE_TC_BWS => {
                    nest_like(w, &a, |w| DlRateTcBws::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_HEALTH_REPORTER_BURST_PERIOD
                    if a.raw_kind() == DEVLINK_ATTR_HEALTH_REPORTER_BURST_PERIOD =>
                {
                    DevlinkBuilder::new(w).health_reporter_burst_period(value::u64(&a))?;
                }
                DEVLINK_ATTR_PARAM_RESET_DEFAULT
                    if a.raw_kind() == DEVLINK_ATTR_PARAM_RESET_DEFAULT =>
                {
                    if a.value().is_empty() {
                        DevlinkBuilder::new(w).param_reset_default()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                DEVLINK_ATTR_INDEX if a.raw_kind() == DEVLINK_ATTR_INDEX => {
                    DevlinkBuilder::new(w).index(value::uint(&a))?;
                }
                DEVLINK_ATTR_RESOURCE_SCOPE_MASK
                    if a.raw_kind() == DEVLINK_ATTR_RESOURCE_SCOPE_MASK =>
                {
                    DevlinkBuilder::new(w)
                        .resource_scope_mask(ResourceScope::from_value(value::u32(&a)))?;
                }
                DEVLINK_ATTR_PARENT_DEV => {
                    nest_like(w, &a, |w| DlParentDev::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlDevStats`] checks of each attribute, from the descriptors.
static DL_DEV_STATS_CHECKS: [Check; 162] = Check::table(&tables::DL_DEV_STATS);

/// The `dl-dev-stats` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlDevStats<'a>(Table<'a, 162>);

impl<'a> AttrView<'a> for DlDevStats<'a> {
    const SET: &'static AttrSet = &tables::DL_DEV_STATS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_DEV_STATS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_DEV_STATS_CHECKS, attrs)
    }
}

impl<'a> DlDevStats<'a> {
    /// Indexes and checks a block of `dl-dev-stats` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 162> {
        &self.0
    }

    /// `DEVLINK_ATTR_RELOAD_STATS`
    #[inline]
    pub fn reload_stats(&self) -> Result<Option<DlReloadStats<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_RELOAD_STATS)
    }

    /// `DEVLINK_ATTR_REMOTE_RELOAD_STATS`
    #[inline]
    pub fn remote_reload_stats(&self) -> Result<Option<DlReloadStats<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_REMOTE_RELOAD_STATS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_RELOAD_STATS => {
                    nest_like(w, &a, |w| DlReloadStats::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_REMOTE_RELOAD_STATS => {
                    nest_like(w, &a, |w| DlReloadStats::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlReloadStats`] checks of each attribute, from the descriptors.
static DL_RELOAD_STATS_CHECKS: [Check; 163] = Check::table(&tables::DL_RELOAD_STATS);

/// The `dl-reload-stats` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlReloadStats<'a>(Table<'a, 163>);

impl<'a> AttrView<'a> for DlReloadStats<'a> {
    const SET: &'static AttrSet = &tables::DL_RELOAD_STATS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_RELOAD_STATS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_RELOAD_STATS_CHECKS, attrs)
    }
}

impl<'a> DlReloadStats<'a> {
    /// Indexes and checks a block of `dl-reload-stats` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 163> {
        &self.0
    }

    /// `DEVLINK_ATTR_RELOAD_ACTION_INFO`
    #[inline]
    pub fn reload_action_info(
        &self,
    ) -> impl Iterator<Item = Result<DlReloadActInfo<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_RELOAD_ACTION_INFO)
            .map(|a| DlReloadActInfo::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_RELOAD_ACTION_INFO => {
                    nest_like(w, &a, |w| DlReloadActInfo::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlReloadActInfo`] checks of each attribute, from the descriptors.
static DL_RELOAD_ACT_INFO_CHECKS: [Check; 164] = Check::table(&tables::DL_RELOAD_ACT_INFO);

/// The `dl-reload-act-info` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlReloadActInfo<'a>(Table<'a, 164>);

impl<'a> AttrView<'a> for DlReloadActInfo<'a> {
    const SET: &'static AttrSet = &tables::DL_RELOAD_ACT_INFO;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_RELOAD_ACT_INFO_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_RELOAD_ACT_INFO_CHECKS, attrs)
    }
}

impl<'a> DlReloadActInfo<'a> {
    /// Indexes and checks a block of `dl-reload-act-info` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 164> {
        &self.0
    }

    /// `DEVLINK_ATTR_RELOAD_ACTION`
    #[inline]
    pub fn reload_action(&self) -> Option<ReloadAction> {
        self.0
            .u8(DEVLINK_ATTR_RELOAD_ACTION)
            .map(|v| ReloadAction::from_value(v as u32))
    }

    /// `DEVLINK_ATTR_RELOAD_ACTION_STATS`
    #[inline]
    pub fn reload_action_stats(
        &self,
    ) -> impl Iterator<Item = Result<DlReloadActStats<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_RELOAD_ACTION_STATS)
            .map(|a| DlReloadActStats::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_RELOAD_ACTION if a.raw_kind() == DEVLINK_ATTR_RELOAD_ACTION => {
                    DlReloadActInfoBuilder::new(w)
                        .reload_action(ReloadAction::from_value(value::u8(&a) as u32))?;
                }
                DEVLINK_ATTR_RELOAD_ACTION_STATS => {
                    nest_like(w, &a, |w| DlReloadActStats::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlReloadActStats`] checks of each attribute, from the descriptors.
static DL_RELOAD_ACT_STATS_CHECKS: [Check; 159] = Check::table(&tables::DL_RELOAD_ACT_STATS);

/// The `dl-reload-act-stats` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlReloadActStats<'a>(Table<'a, 159>);

impl<'a> AttrView<'a> for DlReloadActStats<'a> {
    const SET: &'static AttrSet = &tables::DL_RELOAD_ACT_STATS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_RELOAD_ACT_STATS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_RELOAD_ACT_STATS_CHECKS, attrs)
    }
}

impl<'a> DlReloadActStats<'a> {
    /// Indexes and checks a block of `dl-reload-act-stats` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 159> {
        &self.0
    }

    /// `DEVLINK_ATTR_RELOAD_STATS_ENTRY`
    #[inline]
    pub fn reload_stats_entry(
        &self,
    ) -> impl Iterator<Item = Result<DlReloadStatsEntry<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_RELOAD_STATS_ENTRY)
            .map(|a| DlReloadStatsEntry::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_RELOAD_STATS_ENTRY => nest_like(w, &a, |w| {
                    DlReloadStatsEntry::parse(a.nested())?.write_to(w)
                })?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlReloadStatsEntry`] checks of each attribute, from the descriptors.
static DL_RELOAD_STATS_ENTRY_CHECKS: [Check; 161] = Check::table(&tables::DL_RELOAD_STATS_ENTRY);

/// The `dl-reload-stats-entry` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlReloadStatsEntry<'a>(Table<'a, 161>);

impl<'a> AttrView<'a> for DlReloadStatsEntry<'a> {
    const SET: &'static AttrSet = &tables::DL_RELOAD_STATS_ENTRY;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_RELOAD_STATS_ENTRY_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_RELOAD_STATS_ENTRY_CHECKS, attrs)
    }
}

impl<'a> DlReloadStatsEntry<'a> {
    /// Indexes and checks a block of `dl-reload-stats-entry` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 161> {
        &self.0
    }

    /// `DEVLINK_ATTR_RELOAD_STATS_LIMIT`
    #[inline]
    pub fn reload_stats_limit(&self) -> Option<u8> {
        self.0.u8(DEVLINK_ATTR_RELOAD_STATS_LIMIT)
    }

    /// `DEVLINK_ATTR_RELOAD_STATS_VALUE`
    #[inline]
    pub fn reload_stats_value(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_RELOAD_STATS_VALUE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_RELOAD_STATS_LIMIT
                    if a.raw_kind() == DEVLINK_ATTR_RELOAD_STATS_LIMIT =>
                {
                    DlReloadStatsEntryBuilder::new(w).reload_stats_limit(value::u8(&a))?;
                }
                DEVLINK_ATTR_RELOAD_STATS_VALUE
                    if a.raw_kind() == DEVLINK_ATTR_RELOAD_STATS_VALUE =>
                {
                    DlReloadStatsEntryBuilder::new(w).reload_stats_value(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlInfoVersion`] checks of each attribute, from the descriptors.
static DL_INFO_VERSION_CHECKS: [Check; 105] = Check::table(&tables::DL_INFO_VERSION);

/// The `dl-info-version` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlInfoVersion<'a>(Table<'a, 105>);

impl<'a> AttrView<'a> for DlInfoVersion<'a> {
    const SET: &'static AttrSet = &tables::DL_INFO_VERSION;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_INFO_VERSION_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_INFO_VERSION_CHECKS, attrs)
    }
}

impl<'a> DlInfoVersion<'a> {
    /// Indexes and checks a block of `dl-info-version` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 105> {
        &self.0
    }

    /// `DEVLINK_ATTR_INFO_VERSION_NAME`
    #[inline]
    pub fn info_version_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_INFO_VERSION_NAME)
    }

    /// `DEVLINK_ATTR_INFO_VERSION_VALUE`
    #[inline]
    pub fn info_version_value(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_INFO_VERSION_VALUE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_INFO_VERSION_NAME
                    if a.raw_kind() == DEVLINK_ATTR_INFO_VERSION_NAME =>
                {
                    DlInfoVersionBuilder::new(w).info_version_name(value::str(&a))?;
                }
                DEVLINK_ATTR_INFO_VERSION_VALUE
                    if a.raw_kind() == DEVLINK_ATTR_INFO_VERSION_VALUE =>
                {
                    DlInfoVersionBuilder::new(w).info_version_value(value::str(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlPortFunction`] checks of each attribute, from the descriptors.
static DL_PORT_FUNCTION_CHECKS: [Check; 5] = Check::table(&tables::DL_PORT_FUNCTION);

/// The `dl-port-function` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlPortFunction<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for DlPortFunction<'a> {
    const SET: &'static AttrSet = &tables::DL_PORT_FUNCTION;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_PORT_FUNCTION_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_PORT_FUNCTION_CHECKS, attrs)
    }
}

impl<'a> DlPortFunction<'a> {
    /// Indexes and checks a block of `dl-port-function` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `DEVLINK_PORT_FUNCTION_ATTR_HW_ADDR`
    #[inline]
    pub fn hw_addr(&self) -> Option<&'a [u8]> {
        self.0.bytes(DEVLINK_PORT_FUNCTION_ATTR_HW_ADDR)
    }

    /// `DEVLINK_PORT_FN_ATTR_STATE`
    #[inline]
    pub fn state(&self) -> Option<PortFnState> {
        self.0
            .u8(DEVLINK_PORT_FN_ATTR_STATE)
            .map(|v| PortFnState::from_value(v as u32))
    }

    /// `DEVLINK_PORT_FN_ATTR_OPSTATE`
    #[inline]
    pub fn opstate(&self) -> Option<PortFnOpstate> {
        self.0
            .u8(DEVLINK_PORT_FN_ATTR_OPSTATE)
            .map(|v| PortFnOpstate::from_value(v as u32))
    }

    /// `DEVLINK_PORT_FN_ATTR_CAPS`
    #[inline]
    pub fn caps(&self) -> Option<Bitfield32> {
        self.0.bitfield32(DEVLINK_PORT_FN_ATTR_CAPS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_PORT_FUNCTION_ATTR_HW_ADDR
                    if a.raw_kind() == DEVLINK_PORT_FUNCTION_ATTR_HW_ADDR =>
                {
                    DlPortFunctionBuilder::new(w).hw_addr(a.value())?;
                }
                DEVLINK_PORT_FN_ATTR_STATE if a.raw_kind() == DEVLINK_PORT_FN_ATTR_STATE => {
                    DlPortFunctionBuilder::new(w)
                        .state(PortFnState::from_value(value::u8(&a) as u32))?;
                }
                DEVLINK_PORT_FN_ATTR_OPSTATE if a.raw_kind() == DEVLINK_PORT_FN_ATTR_OPSTATE => {
                    DlPortFunctionBuilder::new(w)
                        .opstate(PortFnOpstate::from_value(value::u8(&a) as u32))?;
                }
                DEVLINK_PORT_FN_ATTR_CAPS if a.raw_kind() == DEVLINK_PORT_FN_ATTR_CAPS => {
                    DlPortFunctionBuilder::new(w).caps(Bitfield32::from_bytes(a.value()))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlDpipeTables`] checks of each attribute, from the descriptors.
static DL_DPIPE_TABLES_CHECKS: [Check; 29] = Check::table(&tables::DL_DPIPE_TABLES);

/// The `dl-dpipe-tables` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlDpipeTables<'a>(Table<'a, 29>);

impl<'a> AttrView<'a> for DlDpipeTables<'a> {
    const SET: &'static AttrSet = &tables::DL_DPIPE_TABLES;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_DPIPE_TABLES_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_DPIPE_TABLES_CHECKS, attrs)
    }
}

impl<'a> DlDpipeTables<'a> {
    /// Indexes and checks a block of `dl-dpipe-tables` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 29> {
        &self.0
    }

    /// `DEVLINK_ATTR_DPIPE_TABLE`
    #[inline]
    pub fn dpipe_table(&self) -> impl Iterator<Item = Result<DlDpipeTable<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_DPIPE_TABLE)
            .map(|a| DlDpipeTable::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_DPIPE_TABLE => {
                    nest_like(w, &a, |w| DlDpipeTable::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlDpipeTable`] checks of each attribute, from the descriptors.
static DL_DPIPE_TABLE_CHECKS: [Check; 77] = Check::table(&tables::DL_DPIPE_TABLE);

/// The `dl-dpipe-table` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlDpipeTable<'a>(Table<'a, 77>);

impl<'a> AttrView<'a> for DlDpipeTable<'a> {
    const SET: &'static AttrSet = &tables::DL_DPIPE_TABLE;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_DPIPE_TABLE_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_DPIPE_TABLE_CHECKS, attrs)
    }
}

impl<'a> DlDpipeTable<'a> {
    /// Indexes and checks a block of `dl-dpipe-table` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 77> {
        &self.0
    }

    /// `DEVLINK_ATTR_DPIPE_TABLE_NAME`
    #[inline]
    pub fn dpipe_table_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_DPIPE_TABLE_NAME)
    }

    /// `DEVLINK_ATTR_DPIPE_TABLE_SIZE`
    #[inline]
    pub fn dpipe_table_size(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_DPIPE_TABLE_SIZE)
    }

    /// `DEVLINK_ATTR_DPIPE_TABLE_MATCHES`
    #[inline]
    pub fn dpipe_table_matches(&self) -> Result<Option<DlDpipeTableMatches<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_DPIPE_TABLE_MATCHES)
    }

    /// `DEVLINK_ATTR_DPIPE_TABLE_ACTIONS`
    #[inline]
    pub fn dpipe_table_actions(&self) -> Result<Option<DlDpipeTableActions<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_DPIPE_TABLE_ACTIONS)
    }

    /// `DEVLINK_ATTR_DPIPE_TABLE_COUNTERS_ENABLED`
    #[inline]
    pub fn dpipe_table_counters_enabled(&self) -> Option<u8> {
        self.0.u8(DEVLINK_ATTR_DPIPE_TABLE_COUNTERS_ENABLED)
    }

    /// `DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_ID`
    #[inline]
    pub fn dpipe_table_resource_id(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_ID)
    }

    /// `DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_UNITS`
    #[inline]
    pub fn dpipe_table_resource_units(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_UNITS)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_DPIPE_TABLE_NAME if a.raw_kind() == DEVLINK_ATTR_DPIPE_TABLE_NAME => {
                    DlDpipeTableBuilder::new(w).dpipe_table_name(value::str(&a))?;
                }
                DEVLINK_ATTR_DPIPE_TABLE_SIZE if a.raw_kind() == DEVLINK_ATTR_DPIPE_TABLE_SIZE => {
                    DlDpipeTableBuilder::new(w).dpipe_table_size(value::u64(&a))?;
                }
                DEVLINK_ATTR_DPIPE_TABLE_MATCHES => nest_like(w, &a, |w| {
                    DlDpipeTableMatches::parse(a.nested())?.write_to(w)
                })?,
                DEVLINK_ATTR_DPIPE_TABLE_ACTIONS => nest_like(w, &a, |w| {
                    DlDpipeTableActions::parse(a.nested())?.write_to(w)
                })?,
                DEVLINK_ATTR_DPIPE_TABLE_COUNTERS_ENABLED
                    if a.raw_kind() == DEVLINK_ATTR_DPIPE_TABLE_COUNTERS_ENABLED =>
                {
                    DlDpipeTableBuilder::new(w).dpipe_table_counters_enabled(value::u8(&a))?;
                }
                DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_ID
                    if a.raw_kind() == DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_ID =>
                {
                    DlDpipeTableBuilder::new(w).dpipe_table_resource_id(value::u64(&a))?;
                }
                DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_UNITS
                    if a.raw_kind() == DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_UNITS =>
                {
                    DlDpipeTableBuilder::new(w).dpipe_table_resource_units(value::u64(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlDpipeTableMatches`] checks of each attribute, from the descriptors.
static DL_DPIPE_TABLE_MATCHES_CHECKS: [Check; 41] = Check::table(&tables::DL_DPIPE_TABLE_MATCHES);

/// The `dl-dpipe-table-matches` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlDpipeTableMatches<'a>(Table<'a, 41>);

impl<'a> AttrView<'a> for DlDpipeTableMatches<'a> {
    const SET: &'static AttrSet = &tables::DL_DPIPE_TABLE_MATCHES;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_DPIPE_TABLE_MATCHES_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_DPIPE_TABLE_MATCHES_CHECKS, attrs)
    }
}

impl<'a> DlDpipeTableMatches<'a> {
    /// Indexes and checks a block of `dl-dpipe-table-matches` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 41> {
        &self.0
    }

    /// `DEVLINK_ATTR_DPIPE_MATCH`
    #[inline]
    pub fn dpipe_match(&self) -> impl Iterator<Item = Result<DlDpipeMatch<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_DPIPE_MATCH)
            .map(|a| DlDpipeMatch::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_DPIPE_MATCH => {
                    nest_like(w, &a, |w| DlDpipeMatch::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlDpipeTableActions`] checks of each attribute, from the descriptors.
static DL_DPIPE_TABLE_ACTIONS_CHECKS: [Check; 44] = Check::table(&tables::DL_DPIPE_TABLE_ACTIONS);

/// The `dl-dpipe-table-actions` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlDpipeTableActions<'a>(Table<'a, 44>);

impl<'a> AttrView<'a> for DlDpipeTableActions<'a> {
    const SET: &'static AttrSet = &tables::DL_DPIPE_TABLE_ACTIONS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_DPIPE_TABLE_ACTIONS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_DPIPE_TABLE_ACTIONS_CHECKS, attrs)
    }
}

impl<'a> DlDpipeTableActions<'a> {
    /// Indexes and checks a block of `dl-dpipe-table-actions` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 44> {
        &self.0
    }

    /// `DEVLINK_ATTR_DPIPE_ACTION`
    #[inline]
    pub fn dpipe_action(&self) -> impl Iterator<Item = Result<DlDpipeAction<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_DPIPE_ACTION)
            .map(|a| DlDpipeAction::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_DPIPE_ACTION => {
                    nest_like(w, &a, |w| DlDpipeAction::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlDpipeEntries`] checks of each attribute, from the descriptors.
static DL_DPIPE_ENTRIES_CHECKS: [Check; 36] = Check::table(&tables::DL_DPIPE_ENTRIES);

/// The `dl-dpipe-entries` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlDpipeEntries<'a>(Table<'a, 36>);

impl<'a> AttrView<'a> for DlDpipeEntries<'a> {
    const SET: &'static AttrSet = &tables::DL_DPIPE_ENTRIES;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_DPIPE_ENTRIES_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_DPIPE_ENTRIES_CHECKS, attrs)
    }
}

impl<'a> DlDpipeEntries<'a> {
    /// Indexes and checks a block of `dl-dpipe-entries` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 36> {
        &self.0
    }

    /// `DEVLINK_ATTR_DPIPE_ENTRY`
    #[inline]
    pub fn dpipe_entry(&self) -> impl Iterator<Item = Result<DlDpipeEntry<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_DPIPE_ENTRY)
            .map(|a| DlDpipeEntry::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_DPIPE_ENTRY => {
                    nest_like(w, &a, |w| DlDpipeEntry::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlDpipeEntry`] checks of each attribute, from the descriptors.
static DL_DPIPE_ENTRY_CHECKS: [Check; 40] = Check::table(&tables::DL_DPIPE_ENTRY);

/// The `dl-dpipe-entry` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlDpipeEntry<'a>(Table<'a, 40>);

impl<'a> AttrView<'a> for DlDpipeEntry<'a> {
    const SET: &'static AttrSet = &tables::DL_DPIPE_ENTRY;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_DPIPE_ENTRY_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_DPIPE_ENTRY_CHECKS, attrs)
    }
}

impl<'a> DlDpipeEntry<'a> {
    /// Indexes and checks a block of `dl-dpipe-entry` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 40> {
        &self.0
    }

    /// `DEVLINK_ATTR_DPIPE_ENTRY_INDEX`
    #[inline]
    pub fn dpipe_entry_index(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_DPIPE_ENTRY_INDEX)
    }

    /// `DEVLINK_ATTR_DPIPE_ENTRY_MATCH_VALUES`
    #[inline]
    pub fn dpipe_entry_match_values(&self) -> Result<Option<DlDpipeEntryMatchValues<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_DPIPE_ENTRY_MATCH_VALUES)
    }

    /// `DEVLINK_ATTR_DPIPE_ENTRY_ACTION_VALUES`
    #[inline]
    pub fn dpipe_entry_action_values(&self) -> Result<Option<DlDpipeEntryActionValues<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_DPIPE_ENTRY_ACTION_VALUES)
    }

    /// `DEVLINK_ATTR_DPIPE_ENTRY_COUNTER`
    #[inline]
    pub fn dpipe_entry_counter(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_DPIPE_ENTRY_COUNTER)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_DPIPE_ENTRY_INDEX
                    if a.raw_kind() == DEVLINK_ATTR_DPIPE_ENTRY_INDEX =>
                {
                    DlDpipeEntryBuilder::new(w).dpipe_entry_index(value::u64(&a))?;
                }
                DEVLINK_ATTR_DPIPE_ENTRY_MATCH_VALUES => nest_like(w, &a, |w| {
                    DlDpipeEntryMatchValues::parse(a.nested())?.write_to(w)
                })?,
                DEVLINK_ATTR_DPIPE_ENTRY_ACTION_VALUES => nest_like(w, &a, |w| {
                    DlDpipeEntryActionValues::parse(a.nested())?.write_to(w)
                })?,
                DEVLINK_ATTR_DPIPE_ENTRY_COUNTER
                    if a.raw_kind() == DEVLINK_ATTR_DPIPE_ENTRY_COUNTER =>
                {
                    DlDpipeEntryBuilder::new(w).dpipe_entry_counter(value::u64(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlDpipeEntryMatchValues`] checks of each attribute, from the descriptors.
static DL_DPIPE_ENTRY_MATCH_VALUES_CHECKS: [Check; 42] =
    Check::table(&tables::DL_DPIPE_ENTRY_MATCH_VALUES);

/// The `dl-dpipe-entry-match-values` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlDpipeEntryMatchValues<'a>(Table<'a, 42>);

impl<'a> AttrView<'a> for DlDpipeEntryMatchValues<'a> {
    const SET: &'static AttrSet = &tables::DL_DPIPE_ENTRY_MATCH_VALUES;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_DPIPE_ENTRY_MATCH_VALUES_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_DPIPE_ENTRY_MATCH_VALUES_CHECKS, attrs)
    }
}

impl<'a> DlDpipeEntryMatchValues<'a> {
    /// Indexes and checks a block of `dl-dpipe-entry-match-values` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 42> {
        &self.0
    }

    /// `DEVLINK_ATTR_DPIPE_MATCH_VALUE`
    #[inline]
    pub fn dpipe_match_value(
        &self,
    ) -> impl Iterator<Item = Result<DlDpipeMatchValue<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_DPIPE_MATCH_VALUE)
            .map(|a| DlDpipeMatchValue::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_DPIPE_MATCH_VALUE => {
                    nest_like(w, &a, |w| DlDpipeMatchValue::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlDpipeEntryActionValues`] checks of each attribute, from the descriptors.
static DL_DPIPE_ENTRY_ACTION_VALUES_CHECKS: [Check; 45] =
    Check::table(&tables::DL_DPIPE_ENTRY_ACTION_VALUES);

/// The `dl-dpipe-entry-action-values` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlDpipeEntryActionValues<'a>(Table<'a, 45>);

impl<'a> AttrView<'a> for DlDpipeEntryActionValues<'a> {
    const SET: &'static AttrSet = &tables::DL_DPIPE_ENTRY_ACTION_VALUES;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_DPIPE_ENTRY_ACTION_VALUES_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0
            .fill_with(&DL_DPIPE_ENTRY_ACTION_VALUES_CHECKS, attrs)
    }
}

impl<'a> DlDpipeEntryActionValues<'a> {
    /// Indexes and checks a block of `dl-dpipe-entry-action-values` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 45> {
        &self.0
    }

    /// `DEVLINK_ATTR_DPIPE_ACTION_VALUE`
    #[inline]
    pub fn dpipe_action_value(
        &self,
    ) -> impl Iterator<Item = Result<DlDpipeActionValue<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_DPIPE_ACTION_VALUE)
            .map(|a| DlDpipeActionValue::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_DPIPE_ACTION_VALUE => nest_like(w, &a, |w| {
                    DlDpipeActionValue::parse(a.nested())?.write_to(w)
                })?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlDpipeMatch`] checks of each attribute, from the descriptors.
static DL_DPIPE_MATCH_CHECKS: [Check; 59] = Check::table(&tables::DL_DPIPE_MATCH);

/// The `dl-dpipe-match` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlDpipeMatch<'a>(Table<'a, 59>);

impl<'a> AttrView<'a> for DlDpipeMatch<'a> {
    const SET: &'static AttrSet = &tables::DL_DPIPE_MATCH;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_DPIPE_MATCH_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_DPIPE_MATCH_CHECKS, attrs)
    }
}

impl<'a> DlDpipeMatch<'a> {
    /// Indexes and checks a block of `dl-dpipe-match` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 59> {
        &self.0
    }

    /// `DEVLINK_ATTR_DPIPE_MATCH_TYPE`
    #[inline]
    pub fn dpipe_match_type(&self) -> Option<DpipeMatchType> {
        self.0
            .u32(DEVLINK_ATTR_DPIPE_MATCH_TYPE)
            .map(DpipeMatchType::from_value)
    }

    /// `DEVLINK_ATTR_DPIPE_HEADER_ID`
    #[inline]
    pub fn dpipe_header_id(&self) -> Option<DpipeHeaderId> {
        self.0
            .u32(DEVLINK_ATTR_DPIPE_HEADER_ID)
            .map(DpipeHeaderId::from_value)
    }

    /// `DEVLINK_ATTR_DPIPE_HEADER_GLOBAL`
    #[inline]
    pub fn dpipe_header_global(&self) -> Option<u8> {
        self.0.u8(DEVLINK_ATTR_DPIPE_HEADER_GLOBAL)
    }

    /// `DEVLINK_ATTR_DPIPE_HEADER_INDEX`
    #[inline]
    pub fn dpipe_header_index(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_DPIPE_HEADER_INDEX)
    }

    /// `DEVLINK_ATTR_DPIPE_FIELD_ID`
    #[inline]
    pub fn dpipe_field_id(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_DPIPE_FIELD_ID)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_DPIPE_MATCH_TYPE if a.raw_kind() == DEVLINK_ATTR_DPIPE_MATCH_TYPE => {
                    DlDpipeMatchBuilder::new(w)
                        .dpipe_match_type(DpipeMatchType::from_value(value::u32(&a)))?;
                }
                DEVLINK_ATTR_DPIPE_HEADER_ID if a.raw_kind() == DEVLINK_ATTR_DPIPE_HEADER_ID => {
                    DlDpipeMatchBuilder::new(w)
                        .dpipe_header_id(DpipeHeaderId::from_value(value::u32(&a)))?;
                }
                DEVLINK_ATTR_DPIPE_HEADER_GLOBAL
                    if a.raw_kind() == DEVLINK_ATTR_DPIPE_HEADER_GLOBAL =>
                {
                    DlDpipeMatchBuilder::new(w).dpipe_header_global(value::u8(&a))?;
                }
                DEVLINK_ATTR_DPIPE_HEADER_INDEX
                    if a.raw_kind() == DEVLINK_ATTR_DPIPE_HEADER_INDEX =>
                {
                    DlDpipeMatchBuilder::new(w).dpipe_header_index(value::u32(&a))?;
                }
                DEVLINK_ATTR_DPIPE_FIELD_ID if a.raw_kind() == DEVLINK_ATTR_DPIPE_FIELD_ID => {
                    DlDpipeMatchBuilder::new(w).dpipe_field_id(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlDpipeMatchValue`] checks of each attribute, from the descriptors.
static DL_DPIPE_MATCH_VALUE_CHECKS: [Check; 49] = Check::table(&tables::DL_DPIPE_MATCH_VALUE);

/// The `dl-dpipe-match-value` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlDpipeMatchValue<'a>(Table<'a, 49>);

impl<'a> AttrView<'a> for DlDpipeMatchValue<'a> {
    const SET: &'static AttrSet = &tables::DL_DPIPE_MATCH_VALUE;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_DPIPE_MATCH_VALUE_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_DPIPE_MATCH_VALUE_CHECKS, attrs)
    }
}

impl<'a> DlDpipeMatchValue<'a> {
    /// Indexes and checks a block of `dl-dpipe-match-value` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 49> {
        &self.0
    }

    /// `DEVLINK_ATTR_DPIPE_MATCH`
    #[inline]
    pub fn dpipe_match(&self) -> impl Iterator<Item = Result<DlDpipeMatch<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_DPIPE_MATCH)
            .map(|a| DlDpipeMatch::parse(a.nested()))
    }

    /// `DEVLINK_ATTR_DPIPE_VALUE`
    #[inline]
    pub fn dpipe_value(&self) -> Option<&'a [u8]> {
        self.0.bytes(DEVLINK_ATTR_DPIPE_VALUE)
    }

    /// `DEVLINK_ATTR_DPIPE_VALUE_MASK`
    #[inline]
    pub fn dpipe_value_mask(&self) -> Option<&'a [u8]> {
        self.0.bytes(DEVLINK_ATTR_DPIPE_VALUE_MASK)
    }

    /// `DEVLINK_ATTR_DPIPE_VALUE_MAPPING`
    #[inline]
    pub fn dpipe_value_mapping(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_DPIPE_VALUE_MAPPING)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_DPIPE_MATCH => {
                    nest_like(w, &a, |w| DlDpipeMatch::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_DPIPE_VALUE if a.raw_kind() == DEVLINK_ATTR_DPIPE_VALUE => {
                    DlDpipeMatchValueBuilder::new(w).dpipe_value(a.value())?;
                }
                DEVLINK_ATTR_DPIPE_VALUE_MASK if a.raw_kind() == DEVLINK_ATTR_DPIPE_VALUE_MASK => {
                    DlDpipeMatchValueBuilder::new(w).dpipe_value_mask(a.value())?;
                }
                DEVLINK_ATTR_DPIPE_VALUE_MAPPING
                    if a.raw_kind() == DEVLINK_ATTR_DPIPE_VALUE_MAPPING =>
                {
                    DlDpipeMatchValueBuilder::new(w).dpipe_value_mapping(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlDpipeAction`] checks of each attribute, from the descriptors.
static DL_DPIPE_ACTION_CHECKS: [Check; 59] = Check::table(&tables::DL_DPIPE_ACTION);

/// The `dl-dpipe-action` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlDpipeAction<'a>(Table<'a, 59>);

impl<'a> AttrView<'a> for DlDpipeAction<'a> {
    const SET: &'static AttrSet = &tables::DL_DPIPE_ACTION;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_DPIPE_ACTION_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_DPIPE_ACTION_CHECKS, attrs)
    }
}

impl<'a> DlDpipeAction<'a> {
    /// Indexes and checks a block of `dl-dpipe-action` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 59> {
        &self.0
    }

    /// `DEVLINK_ATTR_DPIPE_ACTION_TYPE`
    #[inline]
    pub fn dpipe_action_type(&self) -> Option<DpipeActionType> {
        self.0
            .u32(DEVLINK_ATTR_DPIPE_ACTION_TYPE)
            .map(DpipeActionType::from_value)
    }

    /// `DEVLINK_ATTR_DPIPE_HEADER_ID`
    #[inline]
    pub fn dpipe_header_id(&self) -> Option<DpipeHeaderId> {
        self.0
            .u32(DEVLINK_ATTR_DPIPE_HEADER_ID)
            .map(DpipeHeaderId::from_value)
    }

    /// `DEVLINK_ATTR_DPIPE_HEADER_GLOBAL`
    #[inline]
    pub fn dpipe_header_global(&self) -> Option<u8> {
        self.0.u8(DEVLINK_ATTR_DPIPE_HEADER_GLOBAL)
    }

    /// `DEVLINK_ATTR_DPIPE_HEADER_INDEX`
    #[inline]
    pub fn dpipe_header_index(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_DPIPE_HEADER_INDEX)
    }

    /// `DEVLINK_ATTR_DPIPE_FIELD_ID`
    #[inline]
    pub fn dpipe_field_id(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_DPIPE_FIELD_ID)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_DPIPE_ACTION_TYPE
                    if a.raw_kind() == DEVLINK_ATTR_DPIPE_ACTION_TYPE =>
                {
                    DlDpipeActionBuilder::new(w)
                        .dpipe_action_type(DpipeActionType::from_value(value::u32(&a)))?;
                }
                DEVLINK_ATTR_DPIPE_HEADER_ID if a.raw_kind() == DEVLINK_ATTR_DPIPE_HEADER_ID => {
                    DlDpipeActionBuilder::new(w)
                        .dpipe_header_id(DpipeHeaderId::from_value(value::u32(&a)))?;
                }
                DEVLINK_ATTR_DPIPE_HEADER_GLOBAL
                    if a.raw_kind() == DEVLINK_ATTR_DPIPE_HEADER_GLOBAL =>
                {
                    DlDpipeActionBuilder::new(w).dpipe_header_global(value::u8(&a))?;
                }
                DEVLINK_ATTR_DPIPE_HEADER_INDEX
                    if a.raw_kind() == DEVLINK_ATTR_DPIPE_HEADER_INDEX =>
                {
                    DlDpipeActionBuilder::new(w).dpipe_header_index(value::u32(&a))?;
                }
                DEVLINK_ATTR_DPIPE_FIELD_ID if a.raw_kind() == DEVLINK_ATTR_DPIPE_FIELD_ID => {
                    DlDpipeActionBuilder::new(w).dpipe_field_id(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlDpipeActionValue`] checks of each attribute, from the descriptors.
static DL_DPIPE_ACTION_VALUE_CHECKS: [Check; 49] = Check::table(&tables::DL_DPIPE_ACTION_VALUE);

/// The `dl-dpipe-action-value` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlDpipeActionValue<'a>(Table<'a, 49>);

impl<'a> AttrView<'a> for DlDpipeActionValue<'a> {
    const SET: &'static AttrSet = &tables::DL_DPIPE_ACTION_VALUE;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_DPIPE_ACTION_VALUE_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_DPIPE_ACTION_VALUE_CHECKS, attrs)
    }
}

impl<'a> DlDpipeActionValue<'a> {
    /// Indexes and checks a block of `dl-dpipe-action-value` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 49> {
        &self.0
    }

    /// `DEVLINK_ATTR_DPIPE_ACTION`
    #[inline]
    pub fn dpipe_action(&self) -> impl Iterator<Item = Result<DlDpipeAction<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_DPIPE_ACTION)
            .map(|a| DlDpipeAction::parse(a.nested()))
    }

    /// `DEVLINK_ATTR_DPIPE_VALUE`
    #[inline]
    pub fn dpipe_value(&self) -> Option<&'a [u8]> {
        self.0.bytes(DEVLINK_ATTR_DPIPE_VALUE)
    }

    /// `DEVLINK_ATTR_DPIPE_VALUE_MASK`
    #[inline]
    pub fn dpipe_value_mask(&self) -> Option<&'a [u8]> {
        self.0.bytes(DEVLINK_ATTR_DPIPE_VALUE_MASK)
    }

    /// `DEVLINK_ATTR_DPIPE_VALUE_MAPPING`
    #[inline]
    pub fn dpipe_value_mapping(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_DPIPE_VALUE_MAPPING)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_DPIPE_ACTION => {
                    nest_like(w, &a, |w| DlDpipeAction::parse(a.nested())?.write_to(w))?
                }
                DEVLINK_ATTR_DPIPE_VALUE if a.raw_kind() == DEVLINK_ATTR_DPIPE_VALUE => {
                    DlDpipeActionValueBuilder::new(w).dpipe_value(a.value())?;
                }
                DEVLINK_ATTR_DPIPE_VALUE_MASK if a.raw_kind() == DEVLINK_ATTR_DPIPE_VALUE_MASK => {
                    DlDpipeActionValueBuilder::new(w).dpipe_value_mask(a.value())?;
                }
                DEVLINK_ATTR_DPIPE_VALUE_MAPPING
                    if a.raw_kind() == DEVLINK_ATTR_DPIPE_VALUE_MAPPING =>
                {
                    DlDpipeActionValueBuilder::new(w).dpipe_value_mapping(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlDpipeHeaders`] checks of each attribute, from the descriptors.
static DL_DPIPE_HEADERS_CHECKS: [Check; 51] = Check::table(&tables::DL_DPIPE_HEADERS);

/// The `dl-dpipe-headers` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlDpipeHeaders<'a>(Table<'a, 51>);

impl<'a> AttrView<'a> for DlDpipeHeaders<'a> {
    const SET: &'static AttrSet = &tables::DL_DPIPE_HEADERS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_DPIPE_HEADERS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_DPIPE_HEADERS_CHECKS, attrs)
    }
}

impl<'a> DlDpipeHeaders<'a> {
    /// Indexes and checks a block of `dl-dpipe-headers` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 51> {
        &self.0
    }

    /// `DEVLINK_ATTR_DPIPE_HEADER`
    #[inline]
    pub fn dpipe_header(&self) -> impl Iterator<Item = Result<DlDpipeHeader<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_DPIPE_HEADER)
            .map(|a| DlDpipeHeader::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_DPIPE_HEADER => {
                    nest_like(w, &a, |w| DlDpipeHeader::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlDpipeHeader`] checks of each attribute, from the descriptors.
static DL_DPIPE_HEADER_CHECKS: [Check; 55] = Check::table(&tables::DL_DPIPE_HEADER);

/// The `dl-dpipe-header` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlDpipeHeader<'a>(Table<'a, 55>);

impl<'a> AttrView<'a> for DlDpipeHeader<'a> {
    const SET: &'static AttrSet = &tables::DL_DPIPE_HEADER;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_DPIPE_HEADER_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_DPIPE_HEADER_CHECKS, attrs)
    }
}

impl<'a> DlDpipeHeader<'a> {
    /// Indexes and checks a block of `dl-dpipe-header` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 55> {
        &self.0
    }

    /// `DEVLINK_ATTR_DPIPE_HEADER_NAME`
    #[inline]
    pub fn dpipe_header_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_DPIPE_HEADER_NAME)
    }

    /// `DEVLINK_ATTR_DPIPE_HEADER_ID`
    #[inline]
    pub fn dpipe_header_id(&self) -> Option<DpipeHeaderId> {
        self.0
            .u32(DEVLINK_ATTR_DPIPE_HEADER_ID)
            .map(DpipeHeaderId::from_value)
    }

    /// `DEVLINK_ATTR_DPIPE_HEADER_FIELDS`
    #[inline]
    pub fn dpipe_header_fields(&self) -> Result<Option<DlDpipeHeaderFields<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_DPIPE_HEADER_FIELDS)
    }

    /// `DEVLINK_ATTR_DPIPE_HEADER_GLOBAL`
    #[inline]
    pub fn dpipe_header_global(&self) -> Option<u8> {
        self.0.u8(DEVLINK_ATTR_DPIPE_HEADER_GLOBAL)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_DPIPE_HEADER_NAME
                    if a.raw_kind() == DEVLINK_ATTR_DPIPE_HEADER_NAME =>
                {
                    DlDpipeHeaderBuilder::new(w).dpipe_header_name(value::str(&a))?;
                }
                DEVLINK_ATTR_DPIPE_HEADER_ID if a.raw_kind() == DEVLINK_ATTR_DPIPE_HEADER_ID => {
                    DlDpipeHeaderBuilder::new(w)
                        .dpipe_header_id(DpipeHeaderId::from_value(value::u32(&a)))?;
                }
                DEVLINK_ATTR_DPIPE_HEADER_FIELDS => nest_like(w, &a, |w| {
                    DlDpipeHeaderFields::parse(a.nested())?.write_to(w)
                })?,
                DEVLINK_ATTR_DPIPE_HEADER_GLOBAL
                    if a.raw_kind() == DEVLINK_ATTR_DPIPE_HEADER_GLOBAL =>
                {
                    DlDpipeHeaderBuilder::new(w).dpipe_header_global(value::u8(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlDpipeHeaderFields`] checks of each attribute, from the descriptors.
static DL_DPIPE_HEADER_FIELDS_CHECKS: [Check; 57] = Check::table(&tables::DL_DPIPE_HEADER_FIELDS);

/// The `dl-dpipe-header-fields` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlDpipeHeaderFields<'a>(Table<'a, 57>);

impl<'a> AttrView<'a> for DlDpipeHeaderFields<'a> {
    const SET: &'static AttrSet = &tables::DL_DPIPE_HEADER_FIELDS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_DPIPE_HEADER_FIELDS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_DPIPE_HEADER_FIELDS_CHECKS, attrs)
    }
}

impl<'a> DlDpipeHeaderFields<'a> {
    /// Indexes and checks a block of `dl-dpipe-header-fields` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 57> {
        &self.0
    }

    /// `DEVLINK_ATTR_DPIPE_FIELD`
    #[inline]
    pub fn dpipe_field(&self) -> impl Iterator<Item = Result<DlDpipeField<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_DPIPE_FIELD)
            .map(|a| DlDpipeField::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_DPIPE_FIELD => {
                    nest_like(w, &a, |w| DlDpipeField::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlDpipeField`] checks of each attribute, from the descriptors.
static DL_DPIPE_FIELD_CHECKS: [Check; 61] = Check::table(&tables::DL_DPIPE_FIELD);

/// The `dl-dpipe-field` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlDpipeField<'a>(Table<'a, 61>);

impl<'a> AttrView<'a> for DlDpipeField<'a> {
    const SET: &'static AttrSet = &tables::DL_DPIPE_FIELD;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_DPIPE_FIELD_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_DPIPE_FIELD_CHECKS, attrs)
    }
}

impl<'a> DlDpipeField<'a> {
    /// Indexes and checks a block of `dl-dpipe-field` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 61> {
        &self.0
    }

    /// `DEVLINK_ATTR_DPIPE_FIELD_NAME`
    #[inline]
    pub fn dpipe_field_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_DPIPE_FIELD_NAME)
    }

    /// `DEVLINK_ATTR_DPIPE_FIELD_ID`
    #[inline]
    pub fn dpipe_field_id(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_DPIPE_FIELD_ID)
    }

    /// `DEVLINK_ATTR_DPIPE_FIELD_BITWIDTH`
    #[inline]
    pub fn dpipe_field_bitwidth(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_DPIPE_FIELD_BITWIDTH)
    }

    /// `DEVLINK_ATTR_DPIPE_FIELD_MAPPING_TYPE`
    #[inline]
    pub fn dpipe_field_mapping_type(&self) -> Option<DpipeFieldMappingType> {
        self.0
            .u32(DEVLINK_ATTR_DPIPE_FIELD_MAPPING_TYPE)
            .map(DpipeFieldMappingType::from_value)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_DPIPE_FIELD_NAME if a.raw_kind() == DEVLINK_ATTR_DPIPE_FIELD_NAME => {
                    DlDpipeFieldBuilder::new(w).dpipe_field_name(value::str(&a))?;
                }
                DEVLINK_ATTR_DPIPE_FIELD_ID if a.raw_kind() == DEVLINK_ATTR_DPIPE_FIELD_ID => {
                    DlDpipeFieldBuilder::new(w).dpipe_field_id(value::u32(&a))?;
                }
                DEVLINK_ATTR_DPIPE_FIELD_BITWIDTH
                    if a.raw_kind() == DEVLINK_ATTR_DPIPE_FIELD_BITWIDTH =>
                {
                    DlDpipeFieldBuilder::new(w).dpipe_field_bitwidth(value::u32(&a))?;
                }
                DEVLINK_ATTR_DPIPE_FIELD_MAPPING_TYPE
                    if a.raw_kind() == DEVLINK_ATTR_DPIPE_FIELD_MAPPING_TYPE =>
                {
                    DlDpipeFieldBuilder::new(w).dpipe_field_mapping_type(
                        DpipeFieldMappingType::from_value(value::u32(&a)),
                    )?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlResource`] checks of each attribute, from the descriptors.
static DL_RESOURCE_CHECKS: [Check; 75] = Check::table(&tables::DL_RESOURCE);

/// The `dl-resource` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlResource<'a>(Table<'a, 75>);

impl<'a> AttrView<'a> for DlResource<'a> {
    const SET: &'static AttrSet = &tables::DL_RESOURCE;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_RESOURCE_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_RESOURCE_CHECKS, attrs)
    }
}

impl<'a> DlResource<'a> {
    /// Indexes and checks a block of `dl-resource` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 75> {
        &self.0
    }

    /// `DEVLINK_ATTR_RESOURCE_NAME`
    #[inline]
    pub fn resource_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_RESOURCE_NAME)
    }

    /// `DEVLINK_ATTR_RESOURCE_ID`
    #[inline]
    pub fn resource_id(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_RESOURCE_ID)
    }

    /// `DEVLINK_ATTR_RESOURCE_SIZE`
    #[inline]
    pub fn resource_size(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_RESOURCE_SIZE)
    }

    /// `DEVLINK_ATTR_RESOURCE_SIZE_NEW`
    #[inline]
    pub fn resource_size_new(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_RESOURCE_SIZE_NEW)
    }

    /// `DEVLINK_ATTR_RESOURCE_SIZE_VALID`
    #[inline]
    pub fn resource_size_valid(&self) -> Option<u8> {
        self.0.u8(DEVLINK_ATTR_RESOURCE_SIZE_VALID)
    }

    /// `DEVLINK_ATTR_RESOURCE_SIZE_MIN`
    #[inline]
    pub fn resource_size_min(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_RESOURCE_SIZE_MIN)
    }

    /// `DEVLINK_ATTR_RESOURCE_SIZE_MAX`
    #[inline]
    pub fn resource_size_max(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_RESOURCE_SIZE_MAX)
    }

    /// `DEVLINK_ATTR_RESOURCE_SIZE_GRAN`
    #[inline]
    pub fn resource_size_gran(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_RESOURCE_SIZE_GRAN)
    }

    /// `DEVLINK_ATTR_RESOURCE_UNIT`
    #[inline]
    pub fn resource_unit(&self) -> Option<ResourceUnit> {
        self.0
            .u8(DEVLINK_ATTR_RESOURCE_UNIT)
            .map(|v| ResourceUnit::from_value(v as u32))
    }

    /// `DEVLINK_ATTR_RESOURCE_OCC`
    #[inline]
    pub fn resource_occ(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_RESOURCE_OCC)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_RESOURCE_NAME if a.raw_kind() == DEVLINK_ATTR_RESOURCE_NAME => {
                    DlResourceBuilder::new(w).resource_name(value::str(&a))?;
                }
                DEVLINK_ATTR_RESOURCE_ID if a.raw_kind() == DEVLINK_ATTR_RESOURCE_ID => {
                    DlResourceBuilder::new(w).resource_id(value::u64(&a))?;
                }
                DEVLINK_ATTR_RESOURCE_SIZE if a.raw_kind() == DEVLINK_ATTR_RESOURCE_SIZE => {
                    DlResourceBuilder::new(w).resource_size(value::u64(&a))?;
                }
                DEVLINK_ATTR_RESOURCE_SIZE_NEW
                    if a.raw_kind() == DEVLINK_ATTR_RESOURCE_SIZE_NEW =>
                {
                    DlResourceBuilder::new(w).resource_size_new(value::u64(&a))?;
                }
                DEVLINK_ATTR_RESOURCE_SIZE_VALID
                    if a.raw_kind() == DEVLINK_ATTR_RESOURCE_SIZE_VALID =>
                {
                    DlResourceBuilder::new(w).resource_size_valid(value::u8(&a))?;
                }
                DEVLINK_ATTR_RESOURCE_SIZE_MIN
                    if a.raw_kind() == DEVLINK_ATTR_RESOURCE_SIZE_MIN =>
                {
                    DlResourceBuilder::new(w).resource_size_min(value::u64(&a))?;
                }
                DEVLINK_ATTR_RESOURCE_SIZE_MAX
                    if a.raw_kind() == DEVLINK_ATTR_RESOURCE_SIZE_MAX =>
                {
                    DlResourceBuilder::new(w).resource_size_max(value::u64(&a))?;
                }
                DEVLINK_ATTR_RESOURCE_SIZE_GRAN
                    if a.raw_kind() == DEVLINK_ATTR_RESOURCE_SIZE_GRAN =>
                {
                    DlResourceBuilder::new(w).resource_size_gran(value::u64(&a))?;
                }
                DEVLINK_ATTR_RESOURCE_UNIT if a.raw_kind() == DEVLINK_ATTR_RESOURCE_UNIT => {
                    DlResourceBuilder::new(w)
                        .resource_unit(ResourceUnit::from_value(value::u8(&a) as u32))?;
                }
                DEVLINK_ATTR_RESOURCE_OCC if a.raw_kind() == DEVLINK_ATTR_RESOURCE_OCC => {
                    DlResourceBuilder::new(w).resource_occ(value::u64(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlResourceList`] checks of each attribute, from the descriptors.
static DL_RESOURCE_LIST_CHECKS: [Check; 65] = Check::table(&tables::DL_RESOURCE_LIST);

/// The `dl-resource-list` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlResourceList<'a>(Table<'a, 65>);

impl<'a> AttrView<'a> for DlResourceList<'a> {
    const SET: &'static AttrSet = &tables::DL_RESOURCE_LIST;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_RESOURCE_LIST_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_RESOURCE_LIST_CHECKS, attrs)
    }
}

impl<'a> DlResourceList<'a> {
    /// Indexes and checks a block of `dl-resource-list` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 65> {
        &self.0
    }

    /// `DEVLINK_ATTR_RESOURCE`
    #[inline]
    pub fn resource(&self) -> impl Iterator<Item = Result<DlResource<'a>, Error>> + 'a {
        self.0
            .all(DEVLINK_ATTR_RESOURCE)
            .map(|a| DlResource::parse(a.nested()))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_RESOURCE => {
                    nest_like(w, &a, |w| DlResource::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlParam`] checks of each attribute, from the descriptors.
static DL_PARAM_CHECKS: [Check; 84] = Check::table(&tables::DL_PARAM);

/// The `dl-param` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlParam<'a>(Table<'a, 84>);

impl<'a> AttrView<'a> for DlParam<'a> {
    const SET: &'static AttrSet = &tables::DL_PARAM;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_PARAM_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_PARAM_CHECKS, attrs)
    }
}

impl<'a> DlParam<'a> {
    /// Indexes and checks a block of `dl-param` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 84> {
        &self.0
    }

    /// `DEVLINK_ATTR_PARAM_NAME`
    #[inline]
    pub fn param_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_PARAM_NAME)
    }

    /// `DEVLINK_ATTR_PARAM_GENERIC`
    #[inline]
    pub fn param_generic(&self) -> bool {
        self.0.flag(DEVLINK_ATTR_PARAM_GENERIC)
    }

    /// `DEVLINK_ATTR_PARAM_TYPE`
    #[inline]
    pub fn param_type(&self) -> Option<VarAttrType> {
        self.0
            .u8(DEVLINK_ATTR_PARAM_TYPE)
            .map(|v| VarAttrType::from_value(v as u32))
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_PARAM_NAME if a.raw_kind() == DEVLINK_ATTR_PARAM_NAME => {
                    DlParamBuilder::new(w).param_name(value::str(&a))?;
                }
                DEVLINK_ATTR_PARAM_GENERIC if a.raw_kind() == DEVLINK_ATTR_PARAM_GENERIC => {
                    if a.value().is_empty() {
                        DlParamBuilder::new(w).param_generic()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                DEVLINK_ATTR_PARAM_TYPE if a.raw_kind() == DEVLINK_ATTR_PARAM_TYPE => {
                    DlParamBuilder::new(w)
                        .param_type(VarAttrType::from_value(value::u8(&a) as u32))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlRegionSnapshots`] checks of each attribute, from the descriptors.
static DL_REGION_SNAPSHOTS_CHECKS: [Check; 92] = Check::table(&tables::DL_REGION_SNAPSHOTS);

/// The `dl-region-snapshots` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlRegionSnapshots<'a>(Table<'a, 92>);

impl<'a> AttrView<'a> for DlRegionSnapshots<'a> {
    const SET: &'static AttrSet = &tables::DL_REGION_SNAPSHOTS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_REGION_SNAPSHOTS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_REGION_SNAPSHOTS_CHECKS, attrs)
    }
}

impl<'a> DlRegionSnapshots<'a> {
    /// Indexes and checks a block of `dl-region-snapshots` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 92> {
        &self.0
    }

    /// `DEVLINK_ATTR_REGION_SNAPSHOT`
    #[inline]
    pub fn region_snapshot(&self) -> Result<Option<DlRegionSnapshot<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_REGION_SNAPSHOT)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_REGION_SNAPSHOT => {
                    nest_like(w, &a, |w| DlRegionSnapshot::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlRegionSnapshot`] checks of each attribute, from the descriptors.
static DL_REGION_SNAPSHOT_CHECKS: [Check; 93] = Check::table(&tables::DL_REGION_SNAPSHOT);

/// The `dl-region-snapshot` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlRegionSnapshot<'a>(Table<'a, 93>);

impl<'a> AttrView<'a> for DlRegionSnapshot<'a> {
    const SET: &'static AttrSet = &tables::DL_REGION_SNAPSHOT;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_REGION_SNAPSHOT_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_REGION_SNAPSHOT_CHECKS, attrs)
    }
}

impl<'a> DlRegionSnapshot<'a> {
    /// Indexes and checks a block of `dl-region-snapshot` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 93> {
        &self.0
    }

    /// `DEVLINK_ATTR_REGION_SNAPSHOT_ID`
    #[inline]
    pub fn region_snapshot_id(&self) -> Option<u32> {
        self.0.u32(DEVLINK_ATTR_REGION_SNAPSHOT_ID)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_REGION_SNAPSHOT_ID
                    if a.raw_kind() == DEVLINK_ATTR_REGION_SNAPSHOT_ID =>
                {
                    DlRegionSnapshotBuilder::new(w).region_snapshot_id(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlRegionChunks`] checks of each attribute, from the descriptors.
static DL_REGION_CHUNKS_CHECKS: [Check; 95] = Check::table(&tables::DL_REGION_CHUNKS);

/// The `dl-region-chunks` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlRegionChunks<'a>(Table<'a, 95>);

impl<'a> AttrView<'a> for DlRegionChunks<'a> {
    const SET: &'static AttrSet = &tables::DL_REGION_CHUNKS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_REGION_CHUNKS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_REGION_CHUNKS_CHECKS, attrs)
    }
}

impl<'a> DlRegionChunks<'a> {
    /// Indexes and checks a block of `dl-region-chunks` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 95> {
        &self.0
    }

    /// `DEVLINK_ATTR_REGION_CHUNK`
    #[inline]
    pub fn region_chunk(&self) -> Result<Option<DlRegionChunk<'a>>, Error> {
        self.0.nest(DEVLINK_ATTR_REGION_CHUNK)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_REGION_CHUNK => {
                    nest_like(w, &a, |w| DlRegionChunk::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlRegionChunk`] checks of each attribute, from the descriptors.
static DL_REGION_CHUNK_CHECKS: [Check; 97] = Check::table(&tables::DL_REGION_CHUNK);

/// The `dl-region-chunk` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlRegionChunk<'a>(Table<'a, 97>);

impl<'a> AttrView<'a> for DlRegionChunk<'a> {
    const SET: &'static AttrSet = &tables::DL_REGION_CHUNK;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_REGION_CHUNK_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_REGION_CHUNK_CHECKS, attrs)
    }
}

impl<'a> DlRegionChunk<'a> {
    /// Indexes and checks a block of `dl-region-chunk` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 97> {
        &self.0
    }

    /// `DEVLINK_ATTR_REGION_CHUNK_DATA`
    #[inline]
    pub fn region_chunk_data(&self) -> Option<&'a [u8]> {
        self.0.bytes(DEVLINK_ATTR_REGION_CHUNK_DATA)
    }

    /// `DEVLINK_ATTR_REGION_CHUNK_ADDR`
    #[inline]
    pub fn region_chunk_addr(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_REGION_CHUNK_ADDR)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_REGION_CHUNK_DATA
                    if a.raw_kind() == DEVLINK_ATTR_REGION_CHUNK_DATA =>
                {
                    DlRegionChunkBuilder::new(w).region_chunk_data(a.value())?;
                }
                DEVLINK_ATTR_REGION_CHUNK_ADDR
                    if a.raw_kind() == DEVLINK_ATTR_REGION_CHUNK_ADDR =>
                {
                    DlRegionChunkBuilder::new(w).region_chunk_addr(value::u64(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlFmsg`] checks of each attribute, from the descriptors.
static DL_FMSG_CHECKS: [Check; 112] = Check::table(&tables::DL_FMSG);

/// The `dl-fmsg` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlFmsg<'a>(Table<'a, 112>);

impl<'a> AttrView<'a> for DlFmsg<'a> {
    const SET: &'static AttrSet = &tables::DL_FMSG;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_FMSG_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_FMSG_CHECKS, attrs)
    }
}

impl<'a> DlFmsg<'a> {
    /// Indexes and checks a block of `dl-fmsg` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 112> {
        &self.0
    }

    /// `DEVLINK_ATTR_FMSG_OBJ_NEST_START`
    #[inline]
    pub fn fmsg_obj_nest_start(&self) -> bool {
        self.0.flag(DEVLINK_ATTR_FMSG_OBJ_NEST_START)
    }

    /// `DEVLINK_ATTR_FMSG_PAIR_NEST_START`
    #[inline]
    pub fn fmsg_pair_nest_start(&self) -> bool {
        self.0.flag(DEVLINK_ATTR_FMSG_PAIR_NEST_START)
    }

    /// `DEVLINK_ATTR_FMSG_ARR_NEST_START`
    #[inline]
    pub fn fmsg_arr_nest_start(&self) -> bool {
        self.0.flag(DEVLINK_ATTR_FMSG_ARR_NEST_START)
    }

    /// `DEVLINK_ATTR_FMSG_NEST_END`
    #[inline]
    pub fn fmsg_nest_end(&self) -> bool {
        self.0.flag(DEVLINK_ATTR_FMSG_NEST_END)
    }

    /// `DEVLINK_ATTR_FMSG_OBJ_NAME`
    #[inline]
    pub fn fmsg_obj_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_FMSG_OBJ_NAME)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_FMSG_OBJ_NEST_START
                    if a.raw_kind() == DEVLINK_ATTR_FMSG_OBJ_NEST_START =>
                {
                    if a.value().is_empty() {
                        DlFmsgBuilder::new(w).fmsg_obj_nest_start()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                DEVLINK_ATTR_FMSG_PAIR_NEST_START
                    if a.raw_kind() == DEVLINK_ATTR_FMSG_PAIR_NEST_START =>
                {
                    if a.value().is_empty() {
                        DlFmsgBuilder::new(w).fmsg_pair_nest_start()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                DEVLINK_ATTR_FMSG_ARR_NEST_START
                    if a.raw_kind() == DEVLINK_ATTR_FMSG_ARR_NEST_START =>
                {
                    if a.value().is_empty() {
                        DlFmsgBuilder::new(w).fmsg_arr_nest_start()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                DEVLINK_ATTR_FMSG_NEST_END if a.raw_kind() == DEVLINK_ATTR_FMSG_NEST_END => {
                    if a.value().is_empty() {
                        DlFmsgBuilder::new(w).fmsg_nest_end()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                DEVLINK_ATTR_FMSG_OBJ_NAME if a.raw_kind() == DEVLINK_ATTR_FMSG_OBJ_NAME => {
                    DlFmsgBuilder::new(w).fmsg_obj_name(value::str(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlHealthReporter`] checks of each attribute, from the descriptors.
static DL_HEALTH_REPORTER_CHECKS: [Check; 182] = Check::table(&tables::DL_HEALTH_REPORTER);

/// The `dl-health-reporter` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlHealthReporter<'a>(Table<'a, 182>);

impl<'a> AttrView<'a> for DlHealthReporter<'a> {
    const SET: &'static AttrSet = &tables::DL_HEALTH_REPORTER;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_HEALTH_REPORTER_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_HEALTH_REPORTER_CHECKS, attrs)
    }
}

impl<'a> DlHealthReporter<'a> {
    /// Indexes and checks a block of `dl-health-reporter` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 182> {
        &self.0
    }

    /// `DEVLINK_ATTR_HEALTH_REPORTER_NAME`
    #[inline]
    pub fn health_reporter_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_HEALTH_REPORTER_NAME)
    }

    /// `DEVLINK_ATTR_HEALTH_REPORTER_STATE`
    #[inline]
    pub fn health_reporter_state(&self) -> Option<u8> {
        self.0.u8(DEVLINK_ATTR_HEALTH_REPORTER_STATE)
    }

    /// `DEVLINK_ATTR_HEALTH_REPORTER_ERR_COUNT`
    #[inline]
    pub fn health_reporter_err_count(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_HEALTH_REPORTER_ERR_COUNT)
    }

    /// `DEVLINK_ATTR_HEALTH_REPORTER_RECOVER_COUNT`
    #[inline]
    pub fn health_reporter_recover_count(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_HEALTH_REPORTER_RECOVER_COUNT)
    }

    /// `DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS`
    #[inline]
    pub fn health_reporter_dump_ts(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS)
    }

    /// `DEVLINK_ATTR_HEALTH_REPORTER_GRACEFUL_PERIOD`
    #[inline]
    pub fn health_reporter_graceful_period(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_HEALTH_REPORTER_GRACEFUL_PERIOD)
    }

    /// `DEVLINK_ATTR_HEALTH_REPORTER_AUTO_RECOVER`
    #[inline]
    pub fn health_reporter_auto_recover(&self) -> Option<u8> {
        self.0.u8(DEVLINK_ATTR_HEALTH_REPORTER_AUTO_RECOVER)
    }

    /// `DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS_NS`
    #[inline]
    pub fn health_reporter_dump_ts_ns(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS_NS)
    }

    /// `DEVLINK_ATTR_HEALTH_REPORTER_AUTO_DUMP`
    #[inline]
    pub fn health_reporter_auto_dump(&self) -> Option<u8> {
        self.0.u8(DEVLINK_ATTR_HEALTH_REPORTER_AUTO_DUMP)
    }

    /// `DEVLINK_ATTR_HEALTH_REPORTER_BURST_PERIOD`: Time (in msec) for recoveries before starting the grace period.
    #[inline]
    pub fn health_reporter_burst_period(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_HEALTH_REPORTER_BURST_PERIOD)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_HEALTH_REPORTER_NAME
                    if a.raw_kind() == DEVLINK_ATTR_HEALTH_REPORTER_NAME =>
                {
                    DlHealthReporterBuilder::new(w).health_reporter_name(value::str(&a))?;
                }
                DEVLINK_ATTR_HEALTH_REPORTER_STATE
                    if a.raw_kind() == DEVLINK_ATTR_HEALTH_REPORTER_STATE =>
                {
                    DlHealthReporterBuilder::new(w).health_reporter_state(value::u8(&a))?;
                }
                DEVLINK_ATTR_HEALTH_REPORTER_ERR_COUNT
                    if a.raw_kind() == DEVLINK_ATTR_HEALTH_REPORTER_ERR_COUNT =>
                {
                    DlHealthReporterBuilder::new(w).health_reporter_err_count(value::u64(&a))?;
                }
                DEVLINK_ATTR_HEALTH_REPORTER_RECOVER_COUNT
                    if a.raw_kind() == DEVLINK_ATTR_HEALTH_REPORTER_RECOVER_COUNT =>
                {
                    DlHealthReporterBuilder::new(w)
                        .health_reporter_recover_count(value::u64(&a))?;
                }
                DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS
                    if a.raw_kind() == DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS =>
                {
                    DlHealthReporterBuilder::new(w).health_reporter_dump_ts(value::u64(&a))?;
                }
                DEVLINK_ATTR_HEALTH_REPORTER_GRACEFUL_PERIOD
                    if a.raw_kind() == DEVLINK_ATTR_HEALTH_REPORTER_GRACEFUL_PERIOD =>
                {
                    DlHealthReporterBuilder::new(w)
                        .health_reporter_graceful_period(value::u64(&a))?;
                }
                DEVLINK_ATTR_HEALTH_REPORTER_AUTO_RECOVER
                    if a.raw_kind() == DEVLINK_ATTR_HEALTH_REPORTER_AUTO_RECOVER =>
                {
                    DlHealthReporterBuilder::new(w).health_reporter_auto_recover(value::u8(&a))?;
                }
                DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS_NS
                    if a.raw_kind() == DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS_NS =>
                {
                    DlHealthReporterBuilder::new(w).health_reporter_dump_ts_ns(value::u64(&a))?;
                }
                DEVLINK_ATTR_HEALTH_REPORTER_AUTO_DUMP
                    if a.raw_kind() == DEVLINK_ATTR_HEALTH_REPORTER_AUTO_DUMP =>
                {
                    DlHealthReporterBuilder::new(w).health_reporter_auto_dump(value::u8(&a))?;
                }
                DEVLINK_ATTR_HEALTH_REPORTER_BURST_PERIOD
                    if a.raw_kind() == DEVLINK_ATTR_HEALTH_REPORTER_BURST_PERIOD =>
                {
                    DlHealthReporterBuilder::new(w).health_reporter_burst_period(value::u64(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlAttrStats`] checks of each attribute, from the descriptors.
static DL_ATTR_STATS_CHECKS: [Check; 3] = Check::table(&tables::DL_ATTR_STATS);

/// The `dl-attr-stats` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlAttrStats<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for DlAttrStats<'a> {
    const SET: &'static AttrSet = &tables::DL_ATTR_STATS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_ATTR_STATS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_ATTR_STATS_CHECKS, attrs)
    }
}

impl<'a> DlAttrStats<'a> {
    /// Indexes and checks a block of `dl-attr-stats` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `DEVLINK_ATTR_STATS_RX_PACKETS`
    #[inline]
    pub fn stats_rx_packets(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_STATS_RX_PACKETS)
    }

    /// `DEVLINK_ATTR_STATS_RX_BYTES`
    #[inline]
    pub fn stats_rx_bytes(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_STATS_RX_BYTES)
    }

    /// `DEVLINK_ATTR_STATS_RX_DROPPED`
    #[inline]
    pub fn stats_rx_dropped(&self) -> Option<u64> {
        self.0.u64(DEVLINK_ATTR_STATS_RX_DROPPED)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_STATS_RX_PACKETS if a.raw_kind() == DEVLINK_ATTR_STATS_RX_PACKETS => {
                    DlAttrStatsBuilder::new(w).stats_rx_packets(value::u64(&a))?;
                }
                DEVLINK_ATTR_STATS_RX_BYTES if a.raw_kind() == DEVLINK_ATTR_STATS_RX_BYTES => {
                    DlAttrStatsBuilder::new(w).stats_rx_bytes(value::u64(&a))?;
                }
                DEVLINK_ATTR_STATS_RX_DROPPED if a.raw_kind() == DEVLINK_ATTR_STATS_RX_DROPPED => {
                    DlAttrStatsBuilder::new(w).stats_rx_dropped(value::u64(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlTrapMetadata`] checks of each attribute, from the descriptors.
static DL_TRAP_METADATA_CHECKS: [Check; 2] = Check::table(&tables::DL_TRAP_METADATA);

/// The `dl-trap-metadata` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlTrapMetadata<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for DlTrapMetadata<'a> {
    const SET: &'static AttrSet = &tables::DL_TRAP_METADATA;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_TRAP_METADATA_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_TRAP_METADATA_CHECKS, attrs)
    }
}

impl<'a> DlTrapMetadata<'a> {
    /// Indexes and checks a block of `dl-trap-metadata` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `DEVLINK_ATTR_TRAP_METADATA_TYPE_IN_PORT`
    #[inline]
    pub fn trap_metadata_type_in_port(&self) -> bool {
        self.0.flag(DEVLINK_ATTR_TRAP_METADATA_TYPE_IN_PORT)
    }

    /// `DEVLINK_ATTR_TRAP_METADATA_TYPE_FA_COOKIE`
    #[inline]
    pub fn trap_metadata_type_fa_cookie(&self) -> bool {
        self.0.flag(DEVLINK_ATTR_TRAP_METADATA_TYPE_FA_COOKIE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_TRAP_METADATA_TYPE_IN_PORT
                    if a.raw_kind() == DEVLINK_ATTR_TRAP_METADATA_TYPE_IN_PORT =>
                {
                    if a.value().is_empty() {
                        DlTrapMetadataBuilder::new(w).trap_metadata_type_in_port()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                DEVLINK_ATTR_TRAP_METADATA_TYPE_FA_COOKIE
                    if a.raw_kind() == DEVLINK_ATTR_TRAP_METADATA_TYPE_FA_COOKIE =>
                {
                    if a.value().is_empty() {
                        DlTrapMetadataBuilder::new(w).trap_metadata_type_fa_cookie()?;
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

/// What [`DlLinecardSupportedTypes`] checks of each attribute, from the descriptors.
static DL_LINECARD_SUPPORTED_TYPES_CHECKS: [Check; 174] =
    Check::table(&tables::DL_LINECARD_SUPPORTED_TYPES);

/// The `dl-linecard-supported-types` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlLinecardSupportedTypes<'a>(Table<'a, 174>);

impl<'a> AttrView<'a> for DlLinecardSupportedTypes<'a> {
    const SET: &'static AttrSet = &tables::DL_LINECARD_SUPPORTED_TYPES;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_LINECARD_SUPPORTED_TYPES_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_LINECARD_SUPPORTED_TYPES_CHECKS, attrs)
    }
}

impl<'a> DlLinecardSupportedTypes<'a> {
    /// Indexes and checks a block of `dl-linecard-supported-types` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 174> {
        &self.0
    }

    /// `DEVLINK_ATTR_LINECARD_TYPE`
    #[inline]
    pub fn linecard_type(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_LINECARD_TYPE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_LINECARD_TYPE if a.raw_kind() == DEVLINK_ATTR_LINECARD_TYPE => {
                    DlLinecardSupportedTypesBuilder::new(w).linecard_type(value::str(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlSelftestId`] checks of each attribute, from the descriptors.
static DL_SELFTEST_ID_CHECKS: [Check; 2] = Check::table(&tables::DL_SELFTEST_ID);

/// The `dl-selftest-id` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlSelftestId<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for DlSelftestId<'a> {
    const SET: &'static AttrSet = &tables::DL_SELFTEST_ID;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_SELFTEST_ID_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_SELFTEST_ID_CHECKS, attrs)
    }
}

impl<'a> DlSelftestId<'a> {
    /// Indexes and checks a block of `dl-selftest-id` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `DEVLINK_ATTR_SELFTEST_ID_FLASH`
    #[inline]
    pub fn flash(&self) -> bool {
        self.0.flag(DEVLINK_ATTR_SELFTEST_ID_FLASH)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_SELFTEST_ID_FLASH
                    if a.raw_kind() == DEVLINK_ATTR_SELFTEST_ID_FLASH =>
                {
                    if a.value().is_empty() {
                        DlSelftestIdBuilder::new(w).flash()?;
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

/// What [`DlRateTcBws`] checks of each attribute, from the descriptors.
static DL_RATE_TC_BWS_CHECKS: [Check; 3] = Check::table(&tables::DL_RATE_TC_BWS);

/// The `dl-rate-tc-bws` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlRateTcBws<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for DlRateTcBws<'a> {
    const SET: &'static AttrSet = &tables::DL_RATE_TC_BWS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_RATE_TC_BWS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_RATE_TC_BWS_CHECKS, attrs)
    }
}

impl<'a> DlRateTcBws<'a> {
    /// Indexes and checks a block of `dl-rate-tc-bws` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `DEVLINK_RATE_TC_ATTR_INDEX`
    #[inline]
    pub fn index(&self) -> Option<u8> {
        self.0.u8(DEVLINK_RATE_TC_ATTR_INDEX)
    }

    /// `DEVLINK_RATE_TC_ATTR_BW`: Specifies the bandwidth share assigned to the Traffic Class.
    /// The bandwidth for the traffic class is determined
    /// in proportion to the sum of the shares of all configured classes.
    #[inline]
    pub fn bw(&self) -> Option<u32> {
        self.0.u32(DEVLINK_RATE_TC_ATTR_BW)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_RATE_TC_ATTR_INDEX if a.raw_kind() == DEVLINK_RATE_TC_ATTR_INDEX => {
                    DlRateTcBwsBuilder::new(w).index(value::u8(&a))?;
                }
                DEVLINK_RATE_TC_ATTR_BW if a.raw_kind() == DEVLINK_RATE_TC_ATTR_BW => {
                    DlRateTcBwsBuilder::new(w).bw(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`DlParentDev`] checks of each attribute, from the descriptors.
static DL_PARENT_DEV_CHECKS: [Check; 185] = Check::table(&tables::DL_PARENT_DEV);

/// The `dl-parent-dev` attributes of `devlink`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct DlParentDev<'a>(Table<'a, 185>);

impl<'a> AttrView<'a> for DlParentDev<'a> {
    const SET: &'static AttrSet = &tables::DL_PARENT_DEV;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &DL_PARENT_DEV_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&DL_PARENT_DEV_CHECKS, attrs)
    }
}

impl<'a> DlParentDev<'a> {
    /// Indexes and checks a block of `dl-parent-dev` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 185> {
        &self.0
    }

    /// `DEVLINK_ATTR_BUS_NAME`
    #[inline]
    pub fn bus_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_BUS_NAME)
    }

    /// `DEVLINK_ATTR_DEV_NAME`
    #[inline]
    pub fn dev_name(&self) -> Option<&'a str> {
        self.0.str(DEVLINK_ATTR_DEV_NAME)
    }

    /// `DEVLINK_ATTR_INDEX`: Unique devlink instance index.
    #[inline]
    pub fn index(&self) -> Option<u64> {
        self.0.uint(DEVLINK_ATTR_INDEX)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                DEVLINK_ATTR_BUS_NAME if a.raw_kind() == DEVLINK_ATTR_BUS_NAME => {
                    DlParentDevBuilder::new(w).bus_name(value::str(&a))?;
                }
                DEVLINK_ATTR_DEV_NAME if a.raw_kind() == DEVLINK_ATTR_DEV_NAME => {
                    DlParentDevBuilder::new(w).dev_name(value::str(&a))?;
                }
                DEVLINK_ATTR_INDEX if a.raw_kind() == DEVLINK_ATTR_INDEX => {
                    DlParentDevBuilder::new(w).index(value::uint(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// Every attribute set of `devlink` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 39] = [
    SetRoundtrip {
        set: &tables::DEVLINK,
        run: |attrs, w| Devlink::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_DEV_STATS,
        run: |attrs, w| DlDevStats::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_RELOAD_STATS,
        run: |attrs, w| DlReloadStats::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_RELOAD_ACT_INFO,
        run: |attrs, w| DlReloadActInfo::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_RELOAD_ACT_STATS,
        run: |attrs, w| DlReloadActStats::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_RELOAD_STATS_ENTRY,
        run: |attrs, w| DlReloadStatsEntry::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_INFO_VERSION,
        run: |attrs, w| DlInfoVersion::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_PORT_FUNCTION,
        run: |attrs, w| DlPortFunction::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_DPIPE_TABLES,
        run: |attrs, w| DlDpipeTables::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_DPIPE_TABLE,
        run: |attrs, w| DlDpipeTable::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_DPIPE_TABLE_MATCHES,
        run: |attrs, w| DlDpipeTableMatches::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_DPIPE_TABLE_ACTIONS,
        run: |attrs, w| DlDpipeTableActions::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_DPIPE_ENTRIES,
        run: |attrs, w| DlDpipeEntries::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_DPIPE_ENTRY,
        run: |attrs, w| DlDpipeEntry::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_DPIPE_ENTRY_MATCH_VALUES,
        run: |attrs, w| DlDpipeEntryMatchValues::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_DPIPE_ENTRY_ACTION_VALUES,
        run: |attrs, w| DlDpipeEntryActionValues::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_DPIPE_MATCH,
        run: |attrs, w| DlDpipeMatch::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_DPIPE_MATCH_VALUE,
        run: |attrs, w| DlDpipeMatchValue::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_DPIPE_ACTION,
        run: |attrs, w| DlDpipeAction::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_DPIPE_ACTION_VALUE,
        run: |attrs, w| DlDpipeActionValue::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_DPIPE_HEADERS,
        run: |attrs, w| DlDpipeHeaders::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_DPIPE_HEADER,
        run: |attrs, w| DlDpipeHeader::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_DPIPE_HEADER_FIELDS,
        run: |attrs, w| DlDpipeHeaderFields::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_DPIPE_FIELD,
        run: |attrs, w| DlDpipeField::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_RESOURCE,
        run: |attrs, w| DlResource::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_RESOURCE_LIST,
        run: |attrs, w| DlResourceList::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_PARAM,
        run: |attrs, w| DlParam::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_REGION_SNAPSHOTS,
        run: |attrs, w| DlRegionSnapshots::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_REGION_SNAPSHOT,
        run: |attrs, w| DlRegionSnapshot::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_REGION_CHUNKS,
        run: |attrs, w| DlRegionChunks::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_REGION_CHUNK,
        run: |attrs, w| DlRegionChunk::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_FMSG,
        run: |attrs, w| DlFmsg::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_HEALTH_REPORTER,
        run: |attrs, w| DlHealthReporter::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_ATTR_STATS,
        run: |attrs, w| DlAttrStats::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_TRAP_METADATA,
        run: |attrs, w| DlTrapMetadata::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_LINECARD_SUPPORTED_TYPES,
        run: |attrs, w| DlLinecardSupportedTypes::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_SELFTEST_ID,
        run: |attrs, w| DlSelftestId::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_RATE_TC_BWS,
        run: |attrs, w| DlRateTcBws::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::DL_PARENT_DEV,
        run: |attrs, w| DlParentDev::parse(attrs)?.write_to(w),
    },
];
