//! The numbers of `devlink` by their kernel C names: attribute types, enum values and flag
//! bits, commands, multicast groups and constants.

/// The generic netlink family name, resolved to an id by nlctrl at run time.
pub const FAMILY_NAME: &str = "devlink";
/// The family version for `genlmsghdr.version`.
pub const FAMILY_VERSION: u8 = 1;

// Commands

/// Get devlink instances.
pub const DEVLINK_CMD_GET: u8 = 1;
/// The reply to `DEVLINK_CMD_GET`.
pub const DEVLINK_CMD_GET_REPLY: u8 = 3;
/// Get devlink port instances.
pub const DEVLINK_CMD_PORT_GET: u8 = 5;
/// The reply to `DEVLINK_CMD_PORT_GET`.
pub const DEVLINK_CMD_PORT_GET_REPLY: u8 = 7;
/// Set devlink port instances.
pub const DEVLINK_CMD_PORT_SET: u8 = 6;
/// Create devlink port instances.
pub const DEVLINK_CMD_PORT_NEW: u8 = 7;
/// The reply to `DEVLINK_CMD_PORT_NEW`.
pub const DEVLINK_CMD_PORT_NEW_REPLY: u8 = 7;
/// Delete devlink port instances.
pub const DEVLINK_CMD_PORT_DEL: u8 = 8;
/// Split devlink port instances.
pub const DEVLINK_CMD_PORT_SPLIT: u8 = 9;
/// Unplit devlink port instances.
pub const DEVLINK_CMD_PORT_UNSPLIT: u8 = 10;
/// Get shared buffer instances.
pub const DEVLINK_CMD_SB_GET: u8 = 11;
/// The reply to `DEVLINK_CMD_SB_GET`.
pub const DEVLINK_CMD_SB_GET_REPLY: u8 = 13;
/// Get shared buffer pool instances.
pub const DEVLINK_CMD_SB_POOL_GET: u8 = 15;
/// The reply to `DEVLINK_CMD_SB_POOL_GET`.
pub const DEVLINK_CMD_SB_POOL_GET_REPLY: u8 = 17;
/// Set shared buffer pool instances.
pub const DEVLINK_CMD_SB_POOL_SET: u8 = 16;
/// Get shared buffer port-pool combinations and threshold.
pub const DEVLINK_CMD_SB_PORT_POOL_GET: u8 = 19;
/// The reply to `DEVLINK_CMD_SB_PORT_POOL_GET`.
pub const DEVLINK_CMD_SB_PORT_POOL_GET_REPLY: u8 = 21;
/// Set shared buffer port-pool combinations and threshold.
pub const DEVLINK_CMD_SB_PORT_POOL_SET: u8 = 20;
/// Get shared buffer port-TC to pool bindings and threshold.
pub const DEVLINK_CMD_SB_TC_POOL_BIND_GET: u8 = 23;
/// The reply to `DEVLINK_CMD_SB_TC_POOL_BIND_GET`.
pub const DEVLINK_CMD_SB_TC_POOL_BIND_GET_REPLY: u8 = 25;
/// Set shared buffer port-TC to pool bindings and threshold.
pub const DEVLINK_CMD_SB_TC_POOL_BIND_SET: u8 = 24;
/// Take occupancy snapshot of shared buffer.
pub const DEVLINK_CMD_SB_OCC_SNAPSHOT: u8 = 27;
/// Clear occupancy watermarks of shared buffer.
pub const DEVLINK_CMD_SB_OCC_MAX_CLEAR: u8 = 28;
/// Get eswitch attributes.
pub const DEVLINK_CMD_ESWITCH_GET: u8 = 29;
/// The reply to `DEVLINK_CMD_ESWITCH_GET`.
pub const DEVLINK_CMD_ESWITCH_GET_REPLY: u8 = 29;
/// Set eswitch attributes.
pub const DEVLINK_CMD_ESWITCH_SET: u8 = 30;
/// Get dpipe table attributes.
pub const DEVLINK_CMD_DPIPE_TABLE_GET: u8 = 31;
/// The reply to `DEVLINK_CMD_DPIPE_TABLE_GET`.
pub const DEVLINK_CMD_DPIPE_TABLE_GET_REPLY: u8 = 31;
/// Get dpipe entries attributes.
pub const DEVLINK_CMD_DPIPE_ENTRIES_GET: u8 = 32;
/// The reply to `DEVLINK_CMD_DPIPE_ENTRIES_GET`.
pub const DEVLINK_CMD_DPIPE_ENTRIES_GET_REPLY: u8 = 32;
/// Get dpipe headers attributes.
pub const DEVLINK_CMD_DPIPE_HEADERS_GET: u8 = 33;
/// The reply to `DEVLINK_CMD_DPIPE_HEADERS_GET`.
pub const DEVLINK_CMD_DPIPE_HEADERS_GET_REPLY: u8 = 33;
/// Set dpipe counter attributes.
pub const DEVLINK_CMD_DPIPE_TABLE_COUNTERS_SET: u8 = 34;
/// Set resource attributes.
pub const DEVLINK_CMD_RESOURCE_SET: u8 = 35;
/// Get resource attributes.
pub const DEVLINK_CMD_RESOURCE_DUMP: u8 = 36;
/// The reply to `DEVLINK_CMD_RESOURCE_DUMP`.
pub const DEVLINK_CMD_RESOURCE_DUMP_REPLY: u8 = 36;
/// Reload devlink.
pub const DEVLINK_CMD_RELOAD: u8 = 37;
/// The reply to `DEVLINK_CMD_RELOAD`.
pub const DEVLINK_CMD_RELOAD_REPLY: u8 = 37;
/// Get param instances.
pub const DEVLINK_CMD_PARAM_GET: u8 = 38;
/// The reply to `DEVLINK_CMD_PARAM_GET`.
pub const DEVLINK_CMD_PARAM_GET_REPLY: u8 = 38;
/// Set param instances.
pub const DEVLINK_CMD_PARAM_SET: u8 = 39;
/// Get region instances.
pub const DEVLINK_CMD_REGION_GET: u8 = 42;
/// The reply to `DEVLINK_CMD_REGION_GET`.
pub const DEVLINK_CMD_REGION_GET_REPLY: u8 = 42;
/// Create region snapshot.
pub const DEVLINK_CMD_REGION_NEW: u8 = 44;
/// The reply to `DEVLINK_CMD_REGION_NEW`.
pub const DEVLINK_CMD_REGION_NEW_REPLY: u8 = 44;
/// Delete region snapshot.
pub const DEVLINK_CMD_REGION_DEL: u8 = 45;
/// Read region data.
pub const DEVLINK_CMD_REGION_READ: u8 = 46;
/// The reply to `DEVLINK_CMD_REGION_READ`.
pub const DEVLINK_CMD_REGION_READ_REPLY: u8 = 46;
/// Get port param instances.
pub const DEVLINK_CMD_PORT_PARAM_GET: u8 = 47;
/// The reply to `DEVLINK_CMD_PORT_PARAM_GET`.
pub const DEVLINK_CMD_PORT_PARAM_GET_REPLY: u8 = 47;
/// Set port param instances.
pub const DEVLINK_CMD_PORT_PARAM_SET: u8 = 48;
/// Get device information, like driver name, hardware and firmware versions
/// etc.
pub const DEVLINK_CMD_INFO_GET: u8 = 51;
/// The reply to `DEVLINK_CMD_INFO_GET`.
pub const DEVLINK_CMD_INFO_GET_REPLY: u8 = 51;
/// Get health reporter instances.
pub const DEVLINK_CMD_HEALTH_REPORTER_GET: u8 = 52;
/// The reply to `DEVLINK_CMD_HEALTH_REPORTER_GET`.
pub const DEVLINK_CMD_HEALTH_REPORTER_GET_REPLY: u8 = 52;
/// Set health reporter instances.
pub const DEVLINK_CMD_HEALTH_REPORTER_SET: u8 = 53;
/// Recover health reporter instances.
pub const DEVLINK_CMD_HEALTH_REPORTER_RECOVER: u8 = 54;
/// Diagnose health reporter instances.
pub const DEVLINK_CMD_HEALTH_REPORTER_DIAGNOSE: u8 = 55;
/// Dump health reporter instances.
pub const DEVLINK_CMD_HEALTH_REPORTER_DUMP_GET: u8 = 56;
/// The reply to `DEVLINK_CMD_HEALTH_REPORTER_DUMP_GET`.
pub const DEVLINK_CMD_HEALTH_REPORTER_DUMP_GET_REPLY: u8 = 56;
/// Clear dump of health reporter instances.
pub const DEVLINK_CMD_HEALTH_REPORTER_DUMP_CLEAR: u8 = 57;
/// Flash update devlink instances.
pub const DEVLINK_CMD_FLASH_UPDATE: u8 = 58;
/// Get trap instances.
pub const DEVLINK_CMD_TRAP_GET: u8 = 61;
/// The reply to `DEVLINK_CMD_TRAP_GET`.
pub const DEVLINK_CMD_TRAP_GET_REPLY: u8 = 63;
/// Set trap instances.
pub const DEVLINK_CMD_TRAP_SET: u8 = 62;
/// Get trap group instances.
pub const DEVLINK_CMD_TRAP_GROUP_GET: u8 = 65;
/// The reply to `DEVLINK_CMD_TRAP_GROUP_GET`.
pub const DEVLINK_CMD_TRAP_GROUP_GET_REPLY: u8 = 67;
/// Set trap group instances.
pub const DEVLINK_CMD_TRAP_GROUP_SET: u8 = 66;
/// Get trap policer instances.
pub const DEVLINK_CMD_TRAP_POLICER_GET: u8 = 69;
/// The reply to `DEVLINK_CMD_TRAP_POLICER_GET`.
pub const DEVLINK_CMD_TRAP_POLICER_GET_REPLY: u8 = 71;
/// Get trap policer instances.
pub const DEVLINK_CMD_TRAP_POLICER_SET: u8 = 70;
/// Test health reporter instances.
pub const DEVLINK_CMD_HEALTH_REPORTER_TEST: u8 = 73;
/// Get rate instances.
pub const DEVLINK_CMD_RATE_GET: u8 = 74;
/// The reply to `DEVLINK_CMD_RATE_GET`.
pub const DEVLINK_CMD_RATE_GET_REPLY: u8 = 76;
/// Set rate instances.
pub const DEVLINK_CMD_RATE_SET: u8 = 75;
/// Create rate instances.
pub const DEVLINK_CMD_RATE_NEW: u8 = 76;
/// Delete rate instances.
pub const DEVLINK_CMD_RATE_DEL: u8 = 77;
/// Get line card instances.
pub const DEVLINK_CMD_LINECARD_GET: u8 = 78;
/// The reply to `DEVLINK_CMD_LINECARD_GET`.
pub const DEVLINK_CMD_LINECARD_GET_REPLY: u8 = 80;
/// Set line card instances.
pub const DEVLINK_CMD_LINECARD_SET: u8 = 79;
/// Get device selftest instances.
pub const DEVLINK_CMD_SELFTESTS_GET: u8 = 82;
/// The reply to `DEVLINK_CMD_SELFTESTS_GET`.
pub const DEVLINK_CMD_SELFTESTS_GET_REPLY: u8 = 82;
/// Run device selftest instances.
pub const DEVLINK_CMD_SELFTESTS_RUN: u8 = 83;
/// Set notification messages socket filter.
pub const DEVLINK_CMD_NOTIFY_FILTER_SET: u8 = 84;

// Attribute set `devlink`

/// `bus-name` (string) of `devlink`.
pub const DEVLINK_ATTR_BUS_NAME: u16 = 1;
/// `dev-name` (string) of `devlink`.
pub const DEVLINK_ATTR_DEV_NAME: u16 = 2;
/// `port-index` (u32) of `devlink`.
pub const DEVLINK_ATTR_PORT_INDEX: u16 = 3;
/// `port-type` (u16) of `devlink`.
pub const DEVLINK_ATTR_PORT_TYPE: u16 = 4;
/// `port-desired-type` (u16) of `devlink`.
pub const DEVLINK_ATTR_PORT_DESIRED_TYPE: u16 = 5;
/// `port-netdev-ifindex` (u32) of `devlink`.
pub const DEVLINK_ATTR_PORT_NETDEV_IFINDEX: u16 = 6;
/// `port-netdev-name` (string) of `devlink`.
pub const DEVLINK_ATTR_PORT_NETDEV_NAME: u16 = 7;
/// `port-ibdev-name` (string) of `devlink`.
pub const DEVLINK_ATTR_PORT_IBDEV_NAME: u16 = 8;
/// `port-split-count` (u32) of `devlink`.
pub const DEVLINK_ATTR_PORT_SPLIT_COUNT: u16 = 9;
/// `port-split-group` (u32) of `devlink`.
pub const DEVLINK_ATTR_PORT_SPLIT_GROUP: u16 = 10;
/// `sb-index` (u32) of `devlink`.
pub const DEVLINK_ATTR_SB_INDEX: u16 = 11;
/// `sb-size` (u32) of `devlink`.
pub const DEVLINK_ATTR_SB_SIZE: u16 = 12;
/// `sb-ingress-pool-count` (u16) of `devlink`.
pub const DEVLINK_ATTR_SB_INGRESS_POOL_COUNT: u16 = 13;
/// `sb-egress-pool-count` (u16) of `devlink`.
pub const DEVLINK_ATTR_SB_EGRESS_POOL_COUNT: u16 = 14;
/// `sb-ingress-tc-count` (u16) of `devlink`.
pub const DEVLINK_ATTR_SB_INGRESS_TC_COUNT: u16 = 15;
/// `sb-egress-tc-count` (u16) of `devlink`.
pub const DEVLINK_ATTR_SB_EGRESS_TC_COUNT: u16 = 16;
/// `sb-pool-index` (u16) of `devlink`.
pub const DEVLINK_ATTR_SB_POOL_INDEX: u16 = 17;
/// `sb-pool-type` (u8) of `devlink`.
pub const DEVLINK_ATTR_SB_POOL_TYPE: u16 = 18;
/// `sb-pool-size` (u32) of `devlink`.
pub const DEVLINK_ATTR_SB_POOL_SIZE: u16 = 19;
/// `sb-pool-threshold-type` (u8) of `devlink`.
pub const DEVLINK_ATTR_SB_POOL_THRESHOLD_TYPE: u16 = 20;
/// `sb-threshold` (u32) of `devlink`.
pub const DEVLINK_ATTR_SB_THRESHOLD: u16 = 21;
/// `sb-tc-index` (u16) of `devlink`.
pub const DEVLINK_ATTR_SB_TC_INDEX: u16 = 22;
/// `sb-occ-cur` (u32) of `devlink`.
pub const DEVLINK_ATTR_SB_OCC_CUR: u16 = 23;
/// `sb-occ-max` (u32) of `devlink`.
pub const DEVLINK_ATTR_SB_OCC_MAX: u16 = 24;
/// `eswitch-mode` (u16) of `devlink`.
pub const DEVLINK_ATTR_ESWITCH_MODE: u16 = 25;
/// `eswitch-inline-mode` (u8) of `devlink`.
pub const DEVLINK_ATTR_ESWITCH_INLINE_MODE: u16 = 26;
/// `dpipe-tables` (nest) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_TABLES: u16 = 27;
/// `dpipe-table` (nest) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_TABLE: u16 = 28;
/// `dpipe-table-name` (string) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_TABLE_NAME: u16 = 29;
/// `dpipe-table-size` (u64) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_TABLE_SIZE: u16 = 30;
/// `dpipe-table-matches` (nest) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_TABLE_MATCHES: u16 = 31;
/// `dpipe-table-actions` (nest) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_TABLE_ACTIONS: u16 = 32;
/// `dpipe-table-counters-enabled` (u8) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_TABLE_COUNTERS_ENABLED: u16 = 33;
/// `dpipe-entries` (nest) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_ENTRIES: u16 = 34;
/// `dpipe-entry` (nest) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_ENTRY: u16 = 35;
/// `dpipe-entry-index` (u64) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_ENTRY_INDEX: u16 = 36;
/// `dpipe-entry-match-values` (nest) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_ENTRY_MATCH_VALUES: u16 = 37;
/// `dpipe-entry-action-values` (nest) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_ENTRY_ACTION_VALUES: u16 = 38;
/// `dpipe-entry-counter` (u64) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_ENTRY_COUNTER: u16 = 39;
/// `dpipe-match` (nest) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_MATCH: u16 = 40;
/// `dpipe-match-value` (nest) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_MATCH_VALUE: u16 = 41;
/// `dpipe-match-type` (u32) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_MATCH_TYPE: u16 = 42;
/// `dpipe-action` (nest) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_ACTION: u16 = 43;
/// `dpipe-action-value` (nest) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_ACTION_VALUE: u16 = 44;
/// `dpipe-action-type` (u32) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_ACTION_TYPE: u16 = 45;
/// `dpipe-value` (binary) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_VALUE: u16 = 46;
/// `dpipe-value-mask` (binary) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_VALUE_MASK: u16 = 47;
/// `dpipe-value-mapping` (u32) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_VALUE_MAPPING: u16 = 48;
/// `dpipe-headers` (nest) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_HEADERS: u16 = 49;
/// `dpipe-header` (nest) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_HEADER: u16 = 50;
/// `dpipe-header-name` (string) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_HEADER_NAME: u16 = 51;
/// `dpipe-header-id` (u32) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_HEADER_ID: u16 = 52;
/// `dpipe-header-fields` (nest) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_HEADER_FIELDS: u16 = 53;
/// `dpipe-header-global` (u8) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_HEADER_GLOBAL: u16 = 54;
/// `dpipe-header-index` (u32) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_HEADER_INDEX: u16 = 55;
/// `dpipe-field` (nest) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_FIELD: u16 = 56;
/// `dpipe-field-name` (string) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_FIELD_NAME: u16 = 57;
/// `dpipe-field-id` (u32) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_FIELD_ID: u16 = 58;
/// `dpipe-field-bitwidth` (u32) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_FIELD_BITWIDTH: u16 = 59;
/// `dpipe-field-mapping-type` (u32) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_FIELD_MAPPING_TYPE: u16 = 60;
/// `pad` (pad) of `devlink`.
pub const DEVLINK_ATTR_PAD: u16 = 61;
/// `eswitch-encap-mode` (u8) of `devlink`.
pub const DEVLINK_ATTR_ESWITCH_ENCAP_MODE: u16 = 62;
/// `resource-list` (nest) of `devlink`.
pub const DEVLINK_ATTR_RESOURCE_LIST: u16 = 63;
/// `resource` (nest) of `devlink`.
pub const DEVLINK_ATTR_RESOURCE: u16 = 64;
/// `resource-name` (string) of `devlink`.
pub const DEVLINK_ATTR_RESOURCE_NAME: u16 = 65;
/// `resource-id` (u64) of `devlink`.
pub const DEVLINK_ATTR_RESOURCE_ID: u16 = 66;
/// `resource-size` (u64) of `devlink`.
pub const DEVLINK_ATTR_RESOURCE_SIZE: u16 = 67;
/// `resource-size-new` (u64) of `devlink`.
pub const DEVLINK_ATTR_RESOURCE_SIZE_NEW: u16 = 68;
/// `resource-size-valid` (u8) of `devlink`.
pub const DEVLINK_ATTR_RESOURCE_SIZE_VALID: u16 = 69;
/// `resource-size-min` (u64) of `devlink`.
pub const DEVLINK_ATTR_RESOURCE_SIZE_MIN: u16 = 70;
/// `resource-size-max` (u64) of `devlink`.
pub const DEVLINK_ATTR_RESOURCE_SIZE_MAX: u16 = 71;
/// `resource-size-gran` (u64) of `devlink`.
pub const DEVLINK_ATTR_RESOURCE_SIZE_GRAN: u16 = 72;
/// `resource-unit` (u8) of `devlink`.
pub const DEVLINK_ATTR_RESOURCE_UNIT: u16 = 73;
/// `resource-occ` (u64) of `devlink`.
pub const DEVLINK_ATTR_RESOURCE_OCC: u16 = 74;
/// `dpipe-table-resource-id` (u64) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_ID: u16 = 75;
/// `dpipe-table-resource-units` (u64) of `devlink`.
pub const DEVLINK_ATTR_DPIPE_TABLE_RESOURCE_UNITS: u16 = 76;
/// `port-flavour` (u16) of `devlink`.
pub const DEVLINK_ATTR_PORT_FLAVOUR: u16 = 77;
/// `port-number` (u32) of `devlink`.
pub const DEVLINK_ATTR_PORT_NUMBER: u16 = 78;
/// `port-split-subport-number` (u32) of `devlink`.
pub const DEVLINK_ATTR_PORT_SPLIT_SUBPORT_NUMBER: u16 = 79;
/// `param` (nest) of `devlink`.
pub const DEVLINK_ATTR_PARAM: u16 = 80;
/// `param-name` (string) of `devlink`.
pub const DEVLINK_ATTR_PARAM_NAME: u16 = 81;
/// `param-generic` (flag) of `devlink`.
pub const DEVLINK_ATTR_PARAM_GENERIC: u16 = 82;
/// `param-type` (u8) of `devlink`.
pub const DEVLINK_ATTR_PARAM_TYPE: u16 = 83;
/// `param-value-cmode` (u8) of `devlink`.
pub const DEVLINK_ATTR_PARAM_VALUE_CMODE: u16 = 87;
/// `region-name` (string) of `devlink`.
pub const DEVLINK_ATTR_REGION_NAME: u16 = 88;
/// `region-size` (u64) of `devlink`.
pub const DEVLINK_ATTR_REGION_SIZE: u16 = 89;
/// `region-snapshots` (nest) of `devlink`.
pub const DEVLINK_ATTR_REGION_SNAPSHOTS: u16 = 90;
/// `region-snapshot` (nest) of `devlink`.
pub const DEVLINK_ATTR_REGION_SNAPSHOT: u16 = 91;
/// `region-snapshot-id` (u32) of `devlink`.
pub const DEVLINK_ATTR_REGION_SNAPSHOT_ID: u16 = 92;
/// `region-chunks` (nest) of `devlink`.
pub const DEVLINK_ATTR_REGION_CHUNKS: u16 = 93;
/// `region-chunk` (nest) of `devlink`.
pub const DEVLINK_ATTR_REGION_CHUNK: u16 = 94;
/// `region-chunk-data` (binary) of `devlink`.
pub const DEVLINK_ATTR_REGION_CHUNK_DATA: u16 = 95;
/// `region-chunk-addr` (u64) of `devlink`.
pub const DEVLINK_ATTR_REGION_CHUNK_ADDR: u16 = 96;
/// `region-chunk-len` (u64) of `devlink`.
pub const DEVLINK_ATTR_REGION_CHUNK_LEN: u16 = 97;
/// `info-driver-name` (string) of `devlink`.
pub const DEVLINK_ATTR_INFO_DRIVER_NAME: u16 = 98;
/// `info-serial-number` (string) of `devlink`.
pub const DEVLINK_ATTR_INFO_SERIAL_NUMBER: u16 = 99;
/// `info-version-fixed` (nest) of `devlink`.
pub const DEVLINK_ATTR_INFO_VERSION_FIXED: u16 = 100;
/// `info-version-running` (nest) of `devlink`.
pub const DEVLINK_ATTR_INFO_VERSION_RUNNING: u16 = 101;
/// `info-version-stored` (nest) of `devlink`.
pub const DEVLINK_ATTR_INFO_VERSION_STORED: u16 = 102;
/// `info-version-name` (string) of `devlink`.
pub const DEVLINK_ATTR_INFO_VERSION_NAME: u16 = 103;
/// `info-version-value` (string) of `devlink`.
pub const DEVLINK_ATTR_INFO_VERSION_VALUE: u16 = 104;
/// `sb-pool-cell-size` (u32) of `devlink`.
pub const DEVLINK_ATTR_SB_POOL_CELL_SIZE: u16 = 105;
/// `fmsg` (nest) of `devlink`.
pub const DEVLINK_ATTR_FMSG: u16 = 106;
/// `fmsg-obj-nest-start` (flag) of `devlink`.
pub const DEVLINK_ATTR_FMSG_OBJ_NEST_START: u16 = 107;
/// `fmsg-pair-nest-start` (flag) of `devlink`.
pub const DEVLINK_ATTR_FMSG_PAIR_NEST_START: u16 = 108;
/// `fmsg-arr-nest-start` (flag) of `devlink`.
pub const DEVLINK_ATTR_FMSG_ARR_NEST_START: u16 = 109;
/// `fmsg-nest-end` (flag) of `devlink`.
pub const DEVLINK_ATTR_FMSG_NEST_END: u16 = 110;
/// `fmsg-obj-name` (string) of `devlink`.
pub const DEVLINK_ATTR_FMSG_OBJ_NAME: u16 = 111;
/// `fmsg-obj-value-type` (u8) of `devlink`.
pub const DEVLINK_ATTR_FMSG_OBJ_VALUE_TYPE: u16 = 112;
/// `health-reporter` (nest) of `devlink`.
pub const DEVLINK_ATTR_HEALTH_REPORTER: u16 = 114;
/// `health-reporter-name` (string) of `devlink`.
pub const DEVLINK_ATTR_HEALTH_REPORTER_NAME: u16 = 115;
/// `health-reporter-state` (u8) of `devlink`.
pub const DEVLINK_ATTR_HEALTH_REPORTER_STATE: u16 = 116;
/// `health-reporter-err-count` (u64) of `devlink`.
pub const DEVLINK_ATTR_HEALTH_REPORTER_ERR_COUNT: u16 = 117;
/// `health-reporter-recover-count` (u64) of `devlink`.
pub const DEVLINK_ATTR_HEALTH_REPORTER_RECOVER_COUNT: u16 = 118;
/// `health-reporter-dump-ts` (u64) of `devlink`.
pub const DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS: u16 = 119;
/// `health-reporter-graceful-period` (u64) of `devlink`.
pub const DEVLINK_ATTR_HEALTH_REPORTER_GRACEFUL_PERIOD: u16 = 120;
/// `health-reporter-auto-recover` (u8) of `devlink`.
pub const DEVLINK_ATTR_HEALTH_REPORTER_AUTO_RECOVER: u16 = 121;
/// `flash-update-file-name` (string) of `devlink`.
pub const DEVLINK_ATTR_FLASH_UPDATE_FILE_NAME: u16 = 122;
/// `flash-update-component` (string) of `devlink`.
pub const DEVLINK_ATTR_FLASH_UPDATE_COMPONENT: u16 = 123;
/// `flash-update-status-msg` (string) of `devlink`.
pub const DEVLINK_ATTR_FLASH_UPDATE_STATUS_MSG: u16 = 124;
/// `flash-update-status-done` (u64) of `devlink`.
pub const DEVLINK_ATTR_FLASH_UPDATE_STATUS_DONE: u16 = 125;
/// `flash-update-status-total` (u64) of `devlink`.
pub const DEVLINK_ATTR_FLASH_UPDATE_STATUS_TOTAL: u16 = 126;
/// `port-pci-pf-number` (u16) of `devlink`.
pub const DEVLINK_ATTR_PORT_PCI_PF_NUMBER: u16 = 127;
/// `port-pci-vf-number` (u16) of `devlink`.
pub const DEVLINK_ATTR_PORT_PCI_VF_NUMBER: u16 = 128;
/// `stats` (nest) of `devlink`.
pub const DEVLINK_ATTR_STATS: u16 = 129;
/// `trap-name` (string) of `devlink`.
pub const DEVLINK_ATTR_TRAP_NAME: u16 = 130;
/// `trap-action` (u8) of `devlink`.
pub const DEVLINK_ATTR_TRAP_ACTION: u16 = 131;
/// `trap-type` (u8) of `devlink`.
pub const DEVLINK_ATTR_TRAP_TYPE: u16 = 132;
/// `trap-generic` (flag) of `devlink`.
pub const DEVLINK_ATTR_TRAP_GENERIC: u16 = 133;
/// `trap-metadata` (nest) of `devlink`.
pub const DEVLINK_ATTR_TRAP_METADATA: u16 = 134;
/// `trap-group-name` (string) of `devlink`.
pub const DEVLINK_ATTR_TRAP_GROUP_NAME: u16 = 135;
/// `reload-failed` (u8) of `devlink`.
pub const DEVLINK_ATTR_RELOAD_FAILED: u16 = 136;
/// `health-reporter-dump-ts-ns` (u64) of `devlink`.
pub const DEVLINK_ATTR_HEALTH_REPORTER_DUMP_TS_NS: u16 = 137;
/// `netns-fd` (u32) of `devlink`.
pub const DEVLINK_ATTR_NETNS_FD: u16 = 138;
/// `netns-pid` (u32) of `devlink`.
pub const DEVLINK_ATTR_NETNS_PID: u16 = 139;
/// `netns-id` (u32) of `devlink`.
pub const DEVLINK_ATTR_NETNS_ID: u16 = 140;
/// `health-reporter-auto-dump` (u8) of `devlink`.
pub const DEVLINK_ATTR_HEALTH_REPORTER_AUTO_DUMP: u16 = 141;
/// `trap-policer-id` (u32) of `devlink`.
pub const DEVLINK_ATTR_TRAP_POLICER_ID: u16 = 142;
/// `trap-policer-rate` (u64) of `devlink`.
pub const DEVLINK_ATTR_TRAP_POLICER_RATE: u16 = 143;
/// `trap-policer-burst` (u64) of `devlink`.
pub const DEVLINK_ATTR_TRAP_POLICER_BURST: u16 = 144;
/// `port-function` (nest) of `devlink`.
pub const DEVLINK_ATTR_PORT_FUNCTION: u16 = 145;
/// `info-board-serial-number` (string) of `devlink`.
pub const DEVLINK_ATTR_INFO_BOARD_SERIAL_NUMBER: u16 = 146;
/// `port-lanes` (u32) of `devlink`.
pub const DEVLINK_ATTR_PORT_LANES: u16 = 147;
/// `port-splittable` (u8) of `devlink`.
pub const DEVLINK_ATTR_PORT_SPLITTABLE: u16 = 148;
/// `port-external` (u8) of `devlink`.
pub const DEVLINK_ATTR_PORT_EXTERNAL: u16 = 149;
/// `port-controller-number` (u32) of `devlink`.
pub const DEVLINK_ATTR_PORT_CONTROLLER_NUMBER: u16 = 150;
/// `flash-update-status-timeout` (u64) of `devlink`.
pub const DEVLINK_ATTR_FLASH_UPDATE_STATUS_TIMEOUT: u16 = 151;
/// `flash-update-overwrite-mask` (bitfield32) of `devlink`.
pub const DEVLINK_ATTR_FLASH_UPDATE_OVERWRITE_MASK: u16 = 152;
/// `reload-action` (u8) of `devlink`.
pub const DEVLINK_ATTR_RELOAD_ACTION: u16 = 153;
/// `reload-actions-performed` (bitfield32) of `devlink`.
pub const DEVLINK_ATTR_RELOAD_ACTIONS_PERFORMED: u16 = 154;
/// `reload-limits` (bitfield32) of `devlink`.
pub const DEVLINK_ATTR_RELOAD_LIMITS: u16 = 155;
/// `dev-stats` (nest) of `devlink`.
pub const DEVLINK_ATTR_DEV_STATS: u16 = 156;
/// `reload-stats` (nest) of `devlink`.
pub const DEVLINK_ATTR_RELOAD_STATS: u16 = 157;
/// `reload-stats-entry` (nest) of `devlink`.
pub const DEVLINK_ATTR_RELOAD_STATS_ENTRY: u16 = 158;
/// `reload-stats-limit` (u8) of `devlink`.
pub const DEVLINK_ATTR_RELOAD_STATS_LIMIT: u16 = 159;
/// `reload-stats-value` (u32) of `devlink`.
pub const DEVLINK_ATTR_RELOAD_STATS_VALUE: u16 = 160;
/// `remote-reload-stats` (nest) of `devlink`.
pub const DEVLINK_ATTR_REMOTE_RELOAD_STATS: u16 = 161;
/// `reload-action-info` (nest) of `devlink`.
pub const DEVLINK_ATTR_RELOAD_ACTION_INFO: u16 = 162;
/// `reload-action-stats` (nest) of `devlink`.
pub const DEVLINK_ATTR_RELOAD_ACTION_STATS: u16 = 163;
/// `port-pci-sf-number` (u32) of `devlink`.
pub const DEVLINK_ATTR_PORT_PCI_SF_NUMBER: u16 = 164;
/// `rate-type` (u16) of `devlink`.
pub const DEVLINK_ATTR_RATE_TYPE: u16 = 165;
/// `rate-tx-share` (u64) of `devlink`.
pub const DEVLINK_ATTR_RATE_TX_SHARE: u16 = 166;
/// `rate-tx-max` (u64) of `devlink`.
pub const DEVLINK_ATTR_RATE_TX_MAX: u16 = 167;
/// `rate-node-name` (string) of `devlink`.
pub const DEVLINK_ATTR_RATE_NODE_NAME: u16 = 168;
/// `rate-parent-node-name` (string) of `devlink`.
pub const DEVLINK_ATTR_RATE_PARENT_NODE_NAME: u16 = 169;
/// `region-max-snapshots` (u32) of `devlink`.
pub const DEVLINK_ATTR_REGION_MAX_SNAPSHOTS: u16 = 170;
/// `linecard-index` (u32) of `devlink`.
pub const DEVLINK_ATTR_LINECARD_INDEX: u16 = 171;
/// `linecard-state` (u8) of `devlink`.
pub const DEVLINK_ATTR_LINECARD_STATE: u16 = 172;
/// `linecard-type` (string) of `devlink`.
pub const DEVLINK_ATTR_LINECARD_TYPE: u16 = 173;
/// `linecard-supported-types` (nest) of `devlink`.
pub const DEVLINK_ATTR_LINECARD_SUPPORTED_TYPES: u16 = 174;
/// `selftests` (nest) of `devlink`.
pub const DEVLINK_ATTR_SELFTESTS: u16 = 176;
/// `rate-tx-priority` (u32) of `devlink`.
pub const DEVLINK_ATTR_RATE_TX_PRIORITY: u16 = 177;
/// `rate-tx-weight` (u32) of `devlink`.
pub const DEVLINK_ATTR_RATE_TX_WEIGHT: u16 = 178;
/// `region-direct` (flag) of `devlink`.
pub const DEVLINK_ATTR_REGION_DIRECT: u16 = 179;
/// `rate-tc-bws` (nest) of `devlink`.
pub const DEVLINK_ATTR_RATE_TC_BWS: u16 = 180;
/// Time (in msec) for recoveries before starting the grace period.
pub const DEVLINK_ATTR_HEALTH_REPORTER_BURST_PERIOD: u16 = 181;
/// Request restoring parameter to its default value.
pub const DEVLINK_ATTR_PARAM_RESET_DEFAULT: u16 = 183;
/// Unique devlink instance index.
pub const DEVLINK_ATTR_INDEX: u16 = 184;
/// Bitmask selecting which resource classes to include in a
/// resource-dump response. Bit 0 (dev) selects device-level
/// resources; bit 1 (port) selects port-level resources.
/// When absent all classes are returned.
pub const DEVLINK_ATTR_RESOURCE_SCOPE_MASK: u16 = 185;
/// Identifies the devlink instance which owns the parent rate node.
/// Used with rate-set and rate-new to parent a rate object to a node on
/// a different devlink instance, enabling cross-device rate scheduling.
/// When absent, the parent node is resolved on the same instance.
pub const DEVLINK_ATTR_PARENT_DEV: u16 = 186;

// Attribute set `dl-port-function`

/// `hw-addr` (binary) of `dl-port-function`.
pub const DEVLINK_PORT_FUNCTION_ATTR_HW_ADDR: u16 = 1;
/// `state` (u8) of `dl-port-function`.
pub const DEVLINK_PORT_FN_ATTR_STATE: u16 = 2;
/// `opstate` (u8) of `dl-port-function`.
pub const DEVLINK_PORT_FN_ATTR_OPSTATE: u16 = 3;
/// `caps` (bitfield32) of `dl-port-function`.
pub const DEVLINK_PORT_FN_ATTR_CAPS: u16 = 4;

// Attribute set `dl-attr-stats`

/// `stats-rx-packets` (u64) of `dl-attr-stats`.
pub const DEVLINK_ATTR_STATS_RX_PACKETS: u16 = 0;
/// `stats-rx-bytes` (u64) of `dl-attr-stats`.
pub const DEVLINK_ATTR_STATS_RX_BYTES: u16 = 1;
/// `stats-rx-dropped` (u64) of `dl-attr-stats`.
pub const DEVLINK_ATTR_STATS_RX_DROPPED: u16 = 2;

// Attribute set `dl-trap-metadata`

/// `trap-metadata-type-in-port` (flag) of `dl-trap-metadata`.
pub const DEVLINK_ATTR_TRAP_METADATA_TYPE_IN_PORT: u16 = 0;
/// `trap-metadata-type-fa-cookie` (flag) of `dl-trap-metadata`.
pub const DEVLINK_ATTR_TRAP_METADATA_TYPE_FA_COOKIE: u16 = 1;

// Attribute set `dl-selftest-id`

/// `flash` (flag) of `dl-selftest-id`.
pub const DEVLINK_ATTR_SELFTEST_ID_FLASH: u16 = 1;

// Attribute set `dl-rate-tc-bws`

/// `index` (u8) of `dl-rate-tc-bws`.
pub const DEVLINK_RATE_TC_ATTR_INDEX: u16 = 1;
/// Specifies the bandwidth share assigned to the Traffic Class.
/// The bandwidth for the traffic class is determined
/// in proportion to the sum of the shares of all configured classes.
pub const DEVLINK_RATE_TC_ATTR_BW: u16 = 2;

// Enum `sb-pool-type`

/// `ingress` of `sb-pool-type`.
pub const DEVLINK_SB_POOL_TYPE_INGRESS: u32 = 0;
/// `egress` of `sb-pool-type`.
pub const DEVLINK_SB_POOL_TYPE_EGRESS: u32 = 1;

// Enum `port-type`

/// `notset` of `port-type`.
pub const DEVLINK_PORT_TYPE_NOTSET: u32 = 0;
/// `auto` of `port-type`.
pub const DEVLINK_PORT_TYPE_AUTO: u32 = 1;
/// `eth` of `port-type`.
pub const DEVLINK_PORT_TYPE_ETH: u32 = 2;
/// `ib` of `port-type`.
pub const DEVLINK_PORT_TYPE_IB: u32 = 3;

// Enum `port-flavour`

/// `physical` of `port-flavour`.
pub const DEVLINK_PORT_FLAVOUR_PHYSICAL: u32 = 0;
/// `cpu` of `port-flavour`.
pub const DEVLINK_PORT_FLAVOUR_CPU: u32 = 1;
/// `dsa` of `port-flavour`.
pub const DEVLINK_PORT_FLAVOUR_DSA: u32 = 2;
/// `pci-pf` of `port-flavour`.
pub const DEVLINK_PORT_FLAVOUR_PCI_PF: u32 = 3;
/// `pci-vf` of `port-flavour`.
pub const DEVLINK_PORT_FLAVOUR_PCI_VF: u32 = 4;
/// `virtual` of `port-flavour`.
pub const DEVLINK_PORT_FLAVOUR_VIRTUAL: u32 = 5;
/// `unused` of `port-flavour`.
pub const DEVLINK_PORT_FLAVOUR_UNUSED: u32 = 6;
/// `pci-sf` of `port-flavour`.
pub const DEVLINK_PORT_FLAVOUR_PCI_SF: u32 = 7;

// Enum `port-fn-state`

/// `inactive` of `port-fn-state`.
pub const DEVLINK_PORT_FN_STATE_INACTIVE: u32 = 0;
/// `active` of `port-fn-state`.
pub const DEVLINK_PORT_FN_STATE_ACTIVE: u32 = 1;

// Enum `port-fn-opstate`

/// `detached` of `port-fn-opstate`.
pub const DEVLINK_PORT_FN_OPSTATE_DETACHED: u32 = 0;
/// `attached` of `port-fn-opstate`.
pub const DEVLINK_PORT_FN_OPSTATE_ATTACHED: u32 = 1;

// Enum `port-fn-attr-cap`

/// `roce-bit` of `port-fn-attr-cap`.
pub const DEVLINK_PORT_FN_ATTR_CAP_ROCE_BIT: u32 = 0;
/// `migratable-bit` of `port-fn-attr-cap`.
pub const DEVLINK_PORT_FN_ATTR_CAP_MIGRATABLE_BIT: u32 = 1;
/// `ipsec-crypto-bit` of `port-fn-attr-cap`.
pub const DEVLINK_PORT_FN_ATTR_CAP_IPSEC_CRYPTO_BIT: u32 = 2;
/// `ipsec-packet-bit` of `port-fn-attr-cap`.
pub const DEVLINK_PORT_FN_ATTR_CAP_IPSEC_PACKET_BIT: u32 = 3;

// Enum `rate-type`

/// `leaf` of `rate-type`.
pub const DEVLINK_RATE_TYPE_LEAF: u32 = 0;
/// `node` of `rate-type`.
pub const DEVLINK_RATE_TYPE_NODE: u32 = 1;

// Enum `sb-threshold-type`

/// `static` of `sb-threshold-type`.
pub const DEVLINK_SB_THRESHOLD_TYPE_STATIC: u32 = 0;
/// `dynamic` of `sb-threshold-type`.
pub const DEVLINK_SB_THRESHOLD_TYPE_DYNAMIC: u32 = 1;

// Enum `eswitch-mode`

/// `legacy` of `eswitch-mode`.
pub const DEVLINK_ESWITCH_MODE_LEGACY: u32 = 0;
/// `switchdev` of `eswitch-mode`.
pub const DEVLINK_ESWITCH_MODE_SWITCHDEV: u32 = 1;
/// `switchdev-inactive` of `eswitch-mode`.
pub const DEVLINK_ESWITCH_MODE_SWITCHDEV_INACTIVE: u32 = 2;

// Enum `eswitch-inline-mode`

/// `none` of `eswitch-inline-mode`.
pub const DEVLINK_ESWITCH_INLINE_MODE_NONE: u32 = 0;
/// `link` of `eswitch-inline-mode`.
pub const DEVLINK_ESWITCH_INLINE_MODE_LINK: u32 = 1;
/// `network` of `eswitch-inline-mode`.
pub const DEVLINK_ESWITCH_INLINE_MODE_NETWORK: u32 = 2;
/// `transport` of `eswitch-inline-mode`.
pub const DEVLINK_ESWITCH_INLINE_MODE_TRANSPORT: u32 = 3;

// Enum `eswitch-encap-mode`

/// `none` of `eswitch-encap-mode`.
pub const DEVLINK_ESWITCH_ENCAP_MODE_NONE: u32 = 0;
/// `basic` of `eswitch-encap-mode`.
pub const DEVLINK_ESWITCH_ENCAP_MODE_BASIC: u32 = 1;

// Enum `dpipe-header-id`

/// `ethernet` of `dpipe-header-id`.
pub const DEVLINK_DPIPE_HEADER_ID_ETHERNET: u32 = 0;
/// `ipv4` of `dpipe-header-id`.
pub const DEVLINK_DPIPE_HEADER_ID_IPV4: u32 = 1;
/// `ipv6` of `dpipe-header-id`.
pub const DEVLINK_DPIPE_HEADER_ID_IPV6: u32 = 2;

// Enum `dpipe-match-type`

/// `field-exact` of `dpipe-match-type`.
pub const DEVLINK_DPIPE_MATCH_TYPE_FIELD_EXACT: u32 = 0;

// Enum `dpipe-action-type`

/// `field-modify` of `dpipe-action-type`.
pub const DEVLINK_DPIPE_ACTION_TYPE_FIELD_MODIFY: u32 = 0;

// Enum `dpipe-field-mapping-type`

/// `none` of `dpipe-field-mapping-type`.
pub const DEVLINK_DPIPE_FIELD_MAPPING_TYPE_NONE: u32 = 0;
/// `ifindex` of `dpipe-field-mapping-type`.
pub const DEVLINK_DPIPE_FIELD_MAPPING_TYPE_IFINDEX: u32 = 1;

// Enum `resource-unit`

/// `entry` of `resource-unit`.
pub const DEVLINK_RESOURCE_UNIT_ENTRY: u32 = 0;

// Enum `resource-scope`

/// `dev` of `resource-scope`.
pub const DEVLINK_RESOURCE_SCOPE_DEV: u32 = 0;
/// `port` of `resource-scope`.
pub const DEVLINK_RESOURCE_SCOPE_PORT: u32 = 1;

// Enum `reload-action`

/// `driver-reinit` of `reload-action`.
pub const DEVLINK_RELOAD_ACTION_DRIVER_REINIT: u32 = 1;
/// `fw-activate` of `reload-action`.
pub const DEVLINK_RELOAD_ACTION_FW_ACTIVATE: u32 = 2;

// Enum `param-cmode`

/// `runtime` of `param-cmode`.
pub const DEVLINK_PARAM_CMODE_RUNTIME: u32 = 0;
/// `driverinit` of `param-cmode`.
pub const DEVLINK_PARAM_CMODE_DRIVERINIT: u32 = 1;
/// `permanent` of `param-cmode`.
pub const DEVLINK_PARAM_CMODE_PERMANENT: u32 = 2;

// Enum `flash-overwrite`

/// `settings-bit` of `flash-overwrite`.
pub const DEVLINK_FLASH_OVERWRITE_SETTINGS_BIT: u32 = 0;
/// `identifiers-bit` of `flash-overwrite`.
pub const DEVLINK_FLASH_OVERWRITE_IDENTIFIERS_BIT: u32 = 1;

// Enum `trap-action`

/// `drop` of `trap-action`.
pub const DEVLINK_TRAP_ACTION_DROP: u32 = 0;
/// `trap` of `trap-action`.
pub const DEVLINK_TRAP_ACTION_TRAP: u32 = 1;
/// `mirror` of `trap-action`.
pub const DEVLINK_TRAP_ACTION_MIRROR: u32 = 2;

// Enum `trap-type`

/// `drop` of `trap-type`.
pub const DEVLINK_TRAP_TYPE_DROP: u32 = 0;
/// `exception` of `trap-type`.
pub const DEVLINK_TRAP_TYPE_EXCEPTION: u32 = 1;
/// `control` of `trap-type`.
pub const DEVLINK_TRAP_TYPE_CONTROL: u32 = 2;

// Enum `var-attr-type`

/// `u8` of `var-attr-type`.
pub const DEVLINK_VAR_ATTR_TYPE_U8: u32 = 1;
/// `u16` of `var-attr-type`.
pub const DEVLINK_VAR_ATTR_TYPE_U16: u32 = 2;
/// `u32` of `var-attr-type`.
pub const DEVLINK_VAR_ATTR_TYPE_U32: u32 = 3;
/// `u64` of `var-attr-type`.
pub const DEVLINK_VAR_ATTR_TYPE_U64: u32 = 4;
/// `string` of `var-attr-type`.
pub const DEVLINK_VAR_ATTR_TYPE_STRING: u32 = 5;
/// `flag` of `var-attr-type`.
pub const DEVLINK_VAR_ATTR_TYPE_FLAG: u32 = 6;
/// `nul-string` of `var-attr-type`.
pub const DEVLINK_VAR_ATTR_TYPE_NUL_STRING: u32 = 10;
/// `binary` of `var-attr-type`.
pub const DEVLINK_VAR_ATTR_TYPE_BINARY: u32 = 11;
/// `u64-array` of `var-attr-type`.
pub const DEVLINK_VAR_ATTR_TYPE_U64_ARRAY: u32 = 129;

// Constants

/// The `DEVLINK_RATE_TC_INDEX_MAX` constant.
pub const DEVLINK_RATE_TC_INDEX_MAX: u32 = 7;
