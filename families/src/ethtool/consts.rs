//! The numbers of `ethtool` by their kernel C names: attribute types, enum values and flag
//! bits, commands, multicast groups and constants.

/// The generic netlink family name, resolved to an id by nlctrl at run time.
pub const ETHTOOL_GENL_NAME: &str = "ethtool";
/// The family version for `genlmsghdr.version`.
pub const ETHTOOL_GENL_VERSION: u8 = 1;

// Commands

/// Get string set from the kernel.
pub const ETHTOOL_MSG_STRSET_GET: u8 = 1;
/// The reply to `ETHTOOL_MSG_STRSET_GET`.
pub const ETHTOOL_MSG_STRSET_GET_REPLY: u8 = 1;
/// Get link info.
pub const ETHTOOL_MSG_LINKINFO_GET: u8 = 2;
/// The reply to `ETHTOOL_MSG_LINKINFO_GET`.
pub const ETHTOOL_MSG_LINKINFO_GET_REPLY: u8 = 2;
/// Set link info.
pub const ETHTOOL_MSG_LINKINFO_SET: u8 = 3;
/// Notification for change in link info.
pub const ETHTOOL_MSG_LINKINFO_NTF: u8 = 3;
/// Get link modes.
pub const ETHTOOL_MSG_LINKMODES_GET: u8 = 4;
/// The reply to `ETHTOOL_MSG_LINKMODES_GET`.
pub const ETHTOOL_MSG_LINKMODES_GET_REPLY: u8 = 4;
/// Set link modes.
pub const ETHTOOL_MSG_LINKMODES_SET: u8 = 5;
/// Notification for change in link modes.
pub const ETHTOOL_MSG_LINKMODES_NTF: u8 = 5;
/// Get link state.
pub const ETHTOOL_MSG_LINKSTATE_GET: u8 = 6;
/// The reply to `ETHTOOL_MSG_LINKSTATE_GET`.
pub const ETHTOOL_MSG_LINKSTATE_GET_REPLY: u8 = 6;
/// Get debug message mask.
pub const ETHTOOL_MSG_DEBUG_GET: u8 = 7;
/// The reply to `ETHTOOL_MSG_DEBUG_GET`.
pub const ETHTOOL_MSG_DEBUG_GET_REPLY: u8 = 7;
/// Set debug message mask.
pub const ETHTOOL_MSG_DEBUG_SET: u8 = 8;
/// Notification for change in debug message mask.
pub const ETHTOOL_MSG_DEBUG_NTF: u8 = 8;
/// Get WOL params.
pub const ETHTOOL_MSG_WOL_GET: u8 = 9;
/// The reply to `ETHTOOL_MSG_WOL_GET`.
pub const ETHTOOL_MSG_WOL_GET_REPLY: u8 = 9;
/// Set WOL params.
pub const ETHTOOL_MSG_WOL_SET: u8 = 10;
/// Notification for change in WOL params.
pub const ETHTOOL_MSG_WOL_NTF: u8 = 10;
/// Get features.
pub const ETHTOOL_MSG_FEATURES_GET: u8 = 11;
/// The reply to `ETHTOOL_MSG_FEATURES_GET`.
pub const ETHTOOL_MSG_FEATURES_GET_REPLY: u8 = 11;
/// Set features.
pub const ETHTOOL_MSG_FEATURES_SET: u8 = 12;
/// The reply to `ETHTOOL_MSG_FEATURES_SET`.
pub const ETHTOOL_MSG_FEATURES_SET_REPLY: u8 = 12;
/// Notification for change in features.
pub const ETHTOOL_MSG_FEATURES_NTF: u8 = 13;
/// Get device private flags.
pub const ETHTOOL_MSG_PRIVFLAGS_GET: u8 = 13;
/// The reply to `ETHTOOL_MSG_PRIVFLAGS_GET`.
pub const ETHTOOL_MSG_PRIVFLAGS_GET_REPLY: u8 = 14;
/// Set device private flags.
pub const ETHTOOL_MSG_PRIVFLAGS_SET: u8 = 14;
/// Notification for change in device private flags.
pub const ETHTOOL_MSG_PRIVFLAGS_NTF: u8 = 15;
/// Get ring params.
pub const ETHTOOL_MSG_RINGS_GET: u8 = 15;
/// The reply to `ETHTOOL_MSG_RINGS_GET`.
pub const ETHTOOL_MSG_RINGS_GET_REPLY: u8 = 16;
/// Set ring params.
pub const ETHTOOL_MSG_RINGS_SET: u8 = 16;
/// Notification for change in ring params.
pub const ETHTOOL_MSG_RINGS_NTF: u8 = 17;
/// Get channel params.
pub const ETHTOOL_MSG_CHANNELS_GET: u8 = 17;
/// The reply to `ETHTOOL_MSG_CHANNELS_GET`.
pub const ETHTOOL_MSG_CHANNELS_GET_REPLY: u8 = 18;
/// Set channel params.
pub const ETHTOOL_MSG_CHANNELS_SET: u8 = 18;
/// Notification for change in channel params.
pub const ETHTOOL_MSG_CHANNELS_NTF: u8 = 19;
/// Get coalesce params.
pub const ETHTOOL_MSG_COALESCE_GET: u8 = 19;
/// The reply to `ETHTOOL_MSG_COALESCE_GET`.
pub const ETHTOOL_MSG_COALESCE_GET_REPLY: u8 = 20;
/// Set coalesce params.
pub const ETHTOOL_MSG_COALESCE_SET: u8 = 20;
/// Notification for change in coalesce params.
pub const ETHTOOL_MSG_COALESCE_NTF: u8 = 21;
/// Get pause params.
pub const ETHTOOL_MSG_PAUSE_GET: u8 = 21;
/// The reply to `ETHTOOL_MSG_PAUSE_GET`.
pub const ETHTOOL_MSG_PAUSE_GET_REPLY: u8 = 22;
/// Set pause params.
pub const ETHTOOL_MSG_PAUSE_SET: u8 = 22;
/// Notification for change in pause params.
pub const ETHTOOL_MSG_PAUSE_NTF: u8 = 23;
/// Get eee params.
pub const ETHTOOL_MSG_EEE_GET: u8 = 23;
/// The reply to `ETHTOOL_MSG_EEE_GET`.
pub const ETHTOOL_MSG_EEE_GET_REPLY: u8 = 24;
/// Set eee params.
pub const ETHTOOL_MSG_EEE_SET: u8 = 24;
/// Notification for change in eee params.
pub const ETHTOOL_MSG_EEE_NTF: u8 = 25;
/// Get tsinfo params.
pub const ETHTOOL_MSG_TSINFO_GET: u8 = 25;
/// The reply to `ETHTOOL_MSG_TSINFO_GET`.
pub const ETHTOOL_MSG_TSINFO_GET_REPLY: u8 = 26;
/// Cable test.
pub const ETHTOOL_MSG_CABLE_TEST_ACT: u8 = 26;
/// Cable test notification.
pub const ETHTOOL_MSG_CABLE_TEST_NTF: u8 = 27;
/// Cable test TDR.
pub const ETHTOOL_MSG_CABLE_TEST_TDR_ACT: u8 = 27;
/// Cable test TDR notification.
pub const ETHTOOL_MSG_CABLE_TEST_TDR_NTF: u8 = 28;
/// Get tsinfo params.
pub const ETHTOOL_MSG_TUNNEL_INFO_GET: u8 = 28;
/// The reply to `ETHTOOL_MSG_TUNNEL_INFO_GET`.
pub const ETHTOOL_MSG_TUNNEL_INFO_GET_REPLY: u8 = 29;
/// Get FEC params.
pub const ETHTOOL_MSG_FEC_GET: u8 = 29;
/// The reply to `ETHTOOL_MSG_FEC_GET`.
pub const ETHTOOL_MSG_FEC_GET_REPLY: u8 = 30;
/// Set FEC params.
pub const ETHTOOL_MSG_FEC_SET: u8 = 30;
/// Notification for change in FEC params.
pub const ETHTOOL_MSG_FEC_NTF: u8 = 31;
/// Get module EEPROM params.
pub const ETHTOOL_MSG_MODULE_EEPROM_GET: u8 = 31;
/// The reply to `ETHTOOL_MSG_MODULE_EEPROM_GET`.
pub const ETHTOOL_MSG_MODULE_EEPROM_GET_REPLY: u8 = 32;
/// Get statistics.
pub const ETHTOOL_MSG_STATS_GET: u8 = 32;
/// The reply to `ETHTOOL_MSG_STATS_GET`.
pub const ETHTOOL_MSG_STATS_GET_REPLY: u8 = 33;
/// Get PHC VCLOCKs.
pub const ETHTOOL_MSG_PHC_VCLOCKS_GET: u8 = 33;
/// The reply to `ETHTOOL_MSG_PHC_VCLOCKS_GET`.
pub const ETHTOOL_MSG_PHC_VCLOCKS_GET_REPLY: u8 = 34;
/// Get module params.
pub const ETHTOOL_MSG_MODULE_GET: u8 = 34;
/// The reply to `ETHTOOL_MSG_MODULE_GET`.
pub const ETHTOOL_MSG_MODULE_GET_REPLY: u8 = 35;
/// Set module params.
pub const ETHTOOL_MSG_MODULE_SET: u8 = 35;
/// Notification for change in module params.
pub const ETHTOOL_MSG_MODULE_NTF: u8 = 36;
/// Get Power Sourcing Equipment params.
pub const ETHTOOL_MSG_PSE_GET: u8 = 36;
/// The reply to `ETHTOOL_MSG_PSE_GET`.
pub const ETHTOOL_MSG_PSE_GET_REPLY: u8 = 37;
/// Set Power Sourcing Equipment params.
pub const ETHTOOL_MSG_PSE_SET: u8 = 37;
/// Get RSS params.
pub const ETHTOOL_MSG_RSS_GET: u8 = 38;
/// The reply to `ETHTOOL_MSG_RSS_GET`.
pub const ETHTOOL_MSG_RSS_GET_REPLY: u8 = 38;
/// Get PLCA params.
pub const ETHTOOL_MSG_PLCA_GET_CFG: u8 = 39;
/// The reply to `ETHTOOL_MSG_PLCA_GET_CFG`.
pub const ETHTOOL_MSG_PLCA_GET_CFG_REPLY: u8 = 39;
/// Set PLCA params.
pub const ETHTOOL_MSG_PLCA_SET_CFG: u8 = 40;
/// Get PLCA status params.
pub const ETHTOOL_MSG_PLCA_GET_STATUS: u8 = 41;
/// The reply to `ETHTOOL_MSG_PLCA_GET_STATUS`.
pub const ETHTOOL_MSG_PLCA_GET_STATUS_REPLY: u8 = 40;
/// Notification for change in PLCA params.
pub const ETHTOOL_MSG_PLCA_NTF: u8 = 41;
/// Get MAC Merge configuration and state
pub const ETHTOOL_MSG_MM_GET: u8 = 42;
/// The reply to `ETHTOOL_MSG_MM_GET`.
pub const ETHTOOL_MSG_MM_GET_REPLY: u8 = 42;
/// Set MAC Merge configuration
pub const ETHTOOL_MSG_MM_SET: u8 = 43;
/// Notification for change in MAC Merge configuration.
pub const ETHTOOL_MSG_MM_NTF: u8 = 43;
/// Flash transceiver module firmware.
pub const ETHTOOL_MSG_MODULE_FW_FLASH_ACT: u8 = 44;
/// Notification for firmware flashing progress and status.
pub const ETHTOOL_MSG_MODULE_FW_FLASH_NTF: u8 = 44;
/// Get PHY devices attached to an interface
pub const ETHTOOL_MSG_PHY_GET: u8 = 45;
/// The reply to `ETHTOOL_MSG_PHY_GET`.
pub const ETHTOOL_MSG_PHY_GET_REPLY: u8 = 45;
/// Notification for change in PHY devices.
pub const ETHTOOL_MSG_PHY_NTF: u8 = 46;
/// Get hwtstamp config.
pub const ETHTOOL_MSG_TSCONFIG_GET: u8 = 46;
/// The reply to `ETHTOOL_MSG_TSCONFIG_GET`.
pub const ETHTOOL_MSG_TSCONFIG_GET_REPLY: u8 = 47;
/// Set hwtstamp config.
pub const ETHTOOL_MSG_TSCONFIG_SET: u8 = 47;
/// The reply to `ETHTOOL_MSG_TSCONFIG_SET`.
pub const ETHTOOL_MSG_TSCONFIG_SET_REPLY: u8 = 48;
/// Notification for PSE events.
pub const ETHTOOL_MSG_PSE_NTF: u8 = 49;
/// Set RSS params.
pub const ETHTOOL_MSG_RSS_SET: u8 = 48;
/// Notification for change in RSS configuration.
/// For additional contexts only modifications use this notification,
/// creation and deletion have dedicated messages.
pub const ETHTOOL_MSG_RSS_NTF: u8 = 50;
/// Create an RSS context.
pub const ETHTOOL_MSG_RSS_CREATE_ACT: u8 = 49;
/// The reply to `ETHTOOL_MSG_RSS_CREATE_ACT`.
pub const ETHTOOL_MSG_RSS_CREATE_ACT_REPLY: u8 = 51;
/// Notification for creation of an additional RSS context.
pub const ETHTOOL_MSG_RSS_CREATE_NTF: u8 = 52;
/// Delete an RSS context.
pub const ETHTOOL_MSG_RSS_DELETE_ACT: u8 = 50;
/// Notification for deletion of an additional RSS context.
pub const ETHTOOL_MSG_RSS_DELETE_NTF: u8 = 53;
/// Get PHY MSE measurement data and capabilities.
pub const ETHTOOL_MSG_MSE_GET: u8 = 51;
/// The reply to `ETHTOOL_MSG_MSE_GET`.
pub const ETHTOOL_MSG_MSE_GET_REPLY: u8 = 54;

// Multicast groups

/// The `monitor` multicast group's name (its id comes from nlctrl).
pub const ETHTOOL_MCGRP_MONITOR_NAME_NAME: &str = "monitor";

// Attribute set `header`

/// `unspec` (unused) of `header`.
pub const ETHTOOL_A_HEADER_UNSPEC: u16 = 0;
/// `dev-index` (u32) of `header`.
pub const ETHTOOL_A_HEADER_DEV_INDEX: u16 = 1;
/// `dev-name` (string) of `header`.
pub const ETHTOOL_A_HEADER_DEV_NAME: u16 = 2;
/// `flags` (u32) of `header`.
pub const ETHTOOL_A_HEADER_FLAGS: u16 = 3;
/// `phy-index` (u32) of `header`.
pub const ETHTOOL_A_HEADER_PHY_INDEX: u16 = 4;

// Attribute set `bitset-bit`

/// `unspec` (unused) of `bitset-bit`.
pub const ETHTOOL_A_BITSET_BIT_UNSPEC: u16 = 0;
/// `index` (u32) of `bitset-bit`.
pub const ETHTOOL_A_BITSET_BIT_INDEX: u16 = 1;
/// `name` (string) of `bitset-bit`.
pub const ETHTOOL_A_BITSET_BIT_NAME: u16 = 2;
/// `value` (flag) of `bitset-bit`.
pub const ETHTOOL_A_BITSET_BIT_VALUE: u16 = 3;

// Attribute set `bitset-bits`

/// `unspec` (unused) of `bitset-bits`.
pub const ETHTOOL_A_BITSET_BITS_UNSPEC: u16 = 0;
/// `bit` (nest) of `bitset-bits`.
pub const ETHTOOL_A_BITSET_BITS_BIT: u16 = 1;

// Attribute set `bitset`

/// `unspec` (unused) of `bitset`.
pub const ETHTOOL_A_BITSET_UNSPEC: u16 = 0;
/// `nomask` (flag) of `bitset`.
pub const ETHTOOL_A_BITSET_NOMASK: u16 = 1;
/// `size` (u32) of `bitset`.
pub const ETHTOOL_A_BITSET_SIZE: u16 = 2;
/// `bits` (nest) of `bitset`.
pub const ETHTOOL_A_BITSET_BITS: u16 = 3;
/// `value` (binary) of `bitset`.
pub const ETHTOOL_A_BITSET_VALUE: u16 = 4;
/// `mask` (binary) of `bitset`.
pub const ETHTOOL_A_BITSET_MASK: u16 = 5;

// Attribute set `string`

/// `unspec` (unused) of `string`.
pub const ETHTOOL_A_STRING_UNSPEC: u16 = 0;
/// `index` (u32) of `string`.
pub const ETHTOOL_A_STRING_INDEX: u16 = 1;
/// `value` (string) of `string`.
pub const ETHTOOL_A_STRING_VALUE: u16 = 2;

// Attribute set `strings`

/// `unspec` (unused) of `strings`.
pub const ETHTOOL_A_STRINGS_UNSPEC: u16 = 0;
/// `string` (nest) of `strings`.
pub const ETHTOOL_A_STRINGS_STRING: u16 = 1;

// Attribute set `stringset`

/// `unspec` (unused) of `stringset`.
pub const ETHTOOL_A_STRINGSET_UNSPEC: u16 = 0;
/// `id` (u32) of `stringset`.
pub const ETHTOOL_A_STRINGSET_ID: u16 = 1;
/// `count` (u32) of `stringset`.
pub const ETHTOOL_A_STRINGSET_COUNT: u16 = 2;
/// `strings` (nest) of `stringset`.
pub const ETHTOOL_A_STRINGSET_STRINGS: u16 = 3;

// Attribute set `stringsets`

/// `unspec` (unused) of `stringsets`.
pub const ETHTOOL_A_STRINGSETS_UNSPEC: u16 = 0;
/// `stringset` (nest) of `stringsets`.
pub const ETHTOOL_A_STRINGSETS_STRINGSET: u16 = 1;

// Attribute set `strset`

/// `unspec` (unused) of `strset`.
pub const ETHTOOL_A_STRSET_UNSPEC: u16 = 0;
/// `header` (nest) of `strset`.
pub const ETHTOOL_A_STRSET_HEADER: u16 = 1;
/// `stringsets` (nest) of `strset`.
pub const ETHTOOL_A_STRSET_STRINGSETS: u16 = 2;
/// `counts-only` (flag) of `strset`.
pub const ETHTOOL_A_STRSET_COUNTS_ONLY: u16 = 3;

// Attribute set `privflags`

/// `unspec` (unused) of `privflags`.
pub const ETHTOOL_A_PRIVFLAGS_UNSPEC: u16 = 0;
/// `header` (nest) of `privflags`.
pub const ETHTOOL_A_PRIVFLAGS_HEADER: u16 = 1;
/// `flags` (nest) of `privflags`.
pub const ETHTOOL_A_PRIVFLAGS_FLAGS: u16 = 2;

// Attribute set `rings`

/// `unspec` (unused) of `rings`.
pub const ETHTOOL_A_RINGS_UNSPEC: u16 = 0;
/// `header` (nest) of `rings`.
pub const ETHTOOL_A_RINGS_HEADER: u16 = 1;
/// `rx-max` (u32) of `rings`.
pub const ETHTOOL_A_RINGS_RX_MAX: u16 = 2;
/// `rx-mini-max` (u32) of `rings`.
pub const ETHTOOL_A_RINGS_RX_MINI_MAX: u16 = 3;
/// `rx-jumbo-max` (u32) of `rings`.
pub const ETHTOOL_A_RINGS_RX_JUMBO_MAX: u16 = 4;
/// `tx-max` (u32) of `rings`.
pub const ETHTOOL_A_RINGS_TX_MAX: u16 = 5;
/// `rx` (u32) of `rings`.
pub const ETHTOOL_A_RINGS_RX: u16 = 6;
/// `rx-mini` (u32) of `rings`.
pub const ETHTOOL_A_RINGS_RX_MINI: u16 = 7;
/// `rx-jumbo` (u32) of `rings`.
pub const ETHTOOL_A_RINGS_RX_JUMBO: u16 = 8;
/// `tx` (u32) of `rings`.
pub const ETHTOOL_A_RINGS_TX: u16 = 9;
/// `rx-buf-len` (u32) of `rings`.
pub const ETHTOOL_A_RINGS_RX_BUF_LEN: u16 = 10;
/// `tcp-data-split` (u8) of `rings`.
pub const ETHTOOL_A_RINGS_TCP_DATA_SPLIT: u16 = 11;
/// `cqe-size` (u32) of `rings`.
pub const ETHTOOL_A_RINGS_CQE_SIZE: u16 = 12;
/// `tx-push` (u8) of `rings`.
pub const ETHTOOL_A_RINGS_TX_PUSH: u16 = 13;
/// `rx-push` (u8) of `rings`.
pub const ETHTOOL_A_RINGS_RX_PUSH: u16 = 14;
/// `tx-push-buf-len` (u32) of `rings`.
pub const ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN: u16 = 15;
/// `tx-push-buf-len-max` (u32) of `rings`.
pub const ETHTOOL_A_RINGS_TX_PUSH_BUF_LEN_MAX: u16 = 16;
/// `hds-thresh` (u32) of `rings`.
pub const ETHTOOL_A_RINGS_HDS_THRESH: u16 = 17;
/// `hds-thresh-max` (u32) of `rings`.
pub const ETHTOOL_A_RINGS_HDS_THRESH_MAX: u16 = 18;

// Attribute set `mm-stat`

/// `unspec` (unused) of `mm-stat`.
pub const ETHTOOL_A_MM_STAT_UNSPEC: u16 = 0;
/// `pad` (pad) of `mm-stat`.
pub const ETHTOOL_A_MM_STAT_PAD: u16 = 1;
/// aMACMergeFrameAssErrorCount
pub const ETHTOOL_A_MM_STAT_REASSEMBLY_ERRORS: u16 = 2;
/// aMACMergeFrameSmdErrorCount
pub const ETHTOOL_A_MM_STAT_SMD_ERRORS: u16 = 3;
/// aMACMergeFrameAssOkCount
pub const ETHTOOL_A_MM_STAT_REASSEMBLY_OK: u16 = 4;
/// aMACMergeFragCountRx
pub const ETHTOOL_A_MM_STAT_RX_FRAG_COUNT: u16 = 5;
/// aMACMergeFragCountTx
pub const ETHTOOL_A_MM_STAT_TX_FRAG_COUNT: u16 = 6;
/// aMACMergeHoldCount
pub const ETHTOOL_A_MM_STAT_HOLD_COUNT: u16 = 7;

// Attribute set `mm`

/// `unspec` (unused) of `mm`.
pub const ETHTOOL_A_MM_UNSPEC: u16 = 0;
/// `header` (nest) of `mm`.
pub const ETHTOOL_A_MM_HEADER: u16 = 1;
/// `pmac-enabled` (u8) of `mm`.
pub const ETHTOOL_A_MM_PMAC_ENABLED: u16 = 2;
/// `tx-enabled` (u8) of `mm`.
pub const ETHTOOL_A_MM_TX_ENABLED: u16 = 3;
/// `tx-active` (u8) of `mm`.
pub const ETHTOOL_A_MM_TX_ACTIVE: u16 = 4;
/// `tx-min-frag-size` (u32) of `mm`.
pub const ETHTOOL_A_MM_TX_MIN_FRAG_SIZE: u16 = 5;
/// `rx-min-frag-size` (u32) of `mm`.
pub const ETHTOOL_A_MM_RX_MIN_FRAG_SIZE: u16 = 6;
/// `verify-enabled` (u8) of `mm`.
pub const ETHTOOL_A_MM_VERIFY_ENABLED: u16 = 7;
/// `verify-status` (u8) of `mm`.
pub const ETHTOOL_A_MM_VERIFY_STATUS: u16 = 8;
/// `verify-time` (u32) of `mm`.
pub const ETHTOOL_A_MM_VERIFY_TIME: u16 = 9;
/// `max-verify-time` (u32) of `mm`.
pub const ETHTOOL_A_MM_MAX_VERIFY_TIME: u16 = 10;
/// `stats` (nest) of `mm`.
pub const ETHTOOL_A_MM_STATS: u16 = 11;

// Attribute set `linkinfo`

/// `unspec` (unused) of `linkinfo`.
pub const ETHTOOL_A_LINKINFO_UNSPEC: u16 = 0;
/// `header` (nest) of `linkinfo`.
pub const ETHTOOL_A_LINKINFO_HEADER: u16 = 1;
/// `port` (u8) of `linkinfo`.
pub const ETHTOOL_A_LINKINFO_PORT: u16 = 2;
/// `phyaddr` (u8) of `linkinfo`.
pub const ETHTOOL_A_LINKINFO_PHYADDR: u16 = 3;
/// `tp-mdix` (u8) of `linkinfo`.
pub const ETHTOOL_A_LINKINFO_TP_MDIX: u16 = 4;
/// `tp-mdix-ctrl` (u8) of `linkinfo`.
pub const ETHTOOL_A_LINKINFO_TP_MDIX_CTRL: u16 = 5;
/// `transceiver` (u8) of `linkinfo`.
pub const ETHTOOL_A_LINKINFO_TRANSCEIVER: u16 = 6;

// Attribute set `linkmodes`

/// `unspec` (unused) of `linkmodes`.
pub const ETHTOOL_A_LINKMODES_UNSPEC: u16 = 0;
/// `header` (nest) of `linkmodes`.
pub const ETHTOOL_A_LINKMODES_HEADER: u16 = 1;
/// `autoneg` (u8) of `linkmodes`.
pub const ETHTOOL_A_LINKMODES_AUTONEG: u16 = 2;
/// `ours` (nest) of `linkmodes`.
pub const ETHTOOL_A_LINKMODES_OURS: u16 = 3;
/// `peer` (nest) of `linkmodes`.
pub const ETHTOOL_A_LINKMODES_PEER: u16 = 4;
/// `speed` (u32) of `linkmodes`.
pub const ETHTOOL_A_LINKMODES_SPEED: u16 = 5;
/// `duplex` (u8) of `linkmodes`.
pub const ETHTOOL_A_LINKMODES_DUPLEX: u16 = 6;
/// `master-slave-cfg` (u8) of `linkmodes`.
pub const ETHTOOL_A_LINKMODES_MASTER_SLAVE_CFG: u16 = 7;
/// `master-slave-state` (u8) of `linkmodes`.
pub const ETHTOOL_A_LINKMODES_MASTER_SLAVE_STATE: u16 = 8;
/// `lanes` (u32) of `linkmodes`.
pub const ETHTOOL_A_LINKMODES_LANES: u16 = 9;
/// `rate-matching` (u8) of `linkmodes`.
pub const ETHTOOL_A_LINKMODES_RATE_MATCHING: u16 = 10;

// Attribute set `linkstate`

/// `unspec` (unused) of `linkstate`.
pub const ETHTOOL_A_LINKSTATE_UNSPEC: u16 = 0;
/// `header` (nest) of `linkstate`.
pub const ETHTOOL_A_LINKSTATE_HEADER: u16 = 1;
/// `link` (u8) of `linkstate`.
pub const ETHTOOL_A_LINKSTATE_LINK: u16 = 2;
/// `sqi` (u32) of `linkstate`.
pub const ETHTOOL_A_LINKSTATE_SQI: u16 = 3;
/// `sqi-max` (u32) of `linkstate`.
pub const ETHTOOL_A_LINKSTATE_SQI_MAX: u16 = 4;
/// `ext-state` (u8) of `linkstate`.
pub const ETHTOOL_A_LINKSTATE_EXT_STATE: u16 = 5;
/// `ext-substate` (u8) of `linkstate`.
pub const ETHTOOL_A_LINKSTATE_EXT_SUBSTATE: u16 = 6;
/// `ext-down-cnt` (u32) of `linkstate`.
pub const ETHTOOL_A_LINKSTATE_EXT_DOWN_CNT: u16 = 7;

// Attribute set `debug`

/// `unspec` (unused) of `debug`.
pub const ETHTOOL_A_DEBUG_UNSPEC: u16 = 0;
/// `header` (nest) of `debug`.
pub const ETHTOOL_A_DEBUG_HEADER: u16 = 1;
/// `msgmask` (nest) of `debug`.
pub const ETHTOOL_A_DEBUG_MSGMASK: u16 = 2;

// Attribute set `wol`

/// `unspec` (unused) of `wol`.
pub const ETHTOOL_A_WOL_UNSPEC: u16 = 0;
/// `header` (nest) of `wol`.
pub const ETHTOOL_A_WOL_HEADER: u16 = 1;
/// `modes` (nest) of `wol`.
pub const ETHTOOL_A_WOL_MODES: u16 = 2;
/// `sopass` (binary) of `wol`.
pub const ETHTOOL_A_WOL_SOPASS: u16 = 3;

// Attribute set `features`

/// `unspec` (unused) of `features`.
pub const ETHTOOL_A_FEATURES_UNSPEC: u16 = 0;
/// `header` (nest) of `features`.
pub const ETHTOOL_A_FEATURES_HEADER: u16 = 1;
/// `hw` (nest) of `features`.
pub const ETHTOOL_A_FEATURES_HW: u16 = 2;
/// `wanted` (nest) of `features`.
pub const ETHTOOL_A_FEATURES_WANTED: u16 = 3;
/// `active` (nest) of `features`.
pub const ETHTOOL_A_FEATURES_ACTIVE: u16 = 4;
/// `nochange` (nest) of `features`.
pub const ETHTOOL_A_FEATURES_NOCHANGE: u16 = 5;

// Attribute set `channels`

/// `unspec` (unused) of `channels`.
pub const ETHTOOL_A_CHANNELS_UNSPEC: u16 = 0;
/// `header` (nest) of `channels`.
pub const ETHTOOL_A_CHANNELS_HEADER: u16 = 1;
/// `rx-max` (u32) of `channels`.
pub const ETHTOOL_A_CHANNELS_RX_MAX: u16 = 2;
/// `tx-max` (u32) of `channels`.
pub const ETHTOOL_A_CHANNELS_TX_MAX: u16 = 3;
/// `other-max` (u32) of `channels`.
pub const ETHTOOL_A_CHANNELS_OTHER_MAX: u16 = 4;
/// `combined-max` (u32) of `channels`.
pub const ETHTOOL_A_CHANNELS_COMBINED_MAX: u16 = 5;
/// `rx-count` (u32) of `channels`.
pub const ETHTOOL_A_CHANNELS_RX_COUNT: u16 = 6;
/// `tx-count` (u32) of `channels`.
pub const ETHTOOL_A_CHANNELS_TX_COUNT: u16 = 7;
/// `other-count` (u32) of `channels`.
pub const ETHTOOL_A_CHANNELS_OTHER_COUNT: u16 = 8;
/// `combined-count` (u32) of `channels`.
pub const ETHTOOL_A_CHANNELS_COMBINED_COUNT: u16 = 9;

// Attribute set `irq-moderation`

/// `unspec` (unused) of `irq-moderation`.
pub const ETHTOOL_A_IRQ_MODERATION_UNSPEC: u16 = 0;
/// `usec` (u32) of `irq-moderation`.
pub const ETHTOOL_A_IRQ_MODERATION_USEC: u16 = 1;
/// `pkts` (u32) of `irq-moderation`.
pub const ETHTOOL_A_IRQ_MODERATION_PKTS: u16 = 2;
/// `comps` (u32) of `irq-moderation`.
pub const ETHTOOL_A_IRQ_MODERATION_COMPS: u16 = 3;

// Attribute set `profile`

/// `unspec` (unused) of `profile`.
pub const ETHTOOL_A_PROFILE_UNSPEC: u16 = 0;
/// `irq-moderation` (nest) of `profile`.
pub const ETHTOOL_A_PROFILE_IRQ_MODERATION: u16 = 1;

// Attribute set `coalesce`

/// `unspec` (unused) of `coalesce`.
pub const ETHTOOL_A_COALESCE_UNSPEC: u16 = 0;
/// `header` (nest) of `coalesce`.
pub const ETHTOOL_A_COALESCE_HEADER: u16 = 1;
/// `rx-usecs` (u32) of `coalesce`.
pub const ETHTOOL_A_COALESCE_RX_USECS: u16 = 2;
/// `rx-max-frames` (u32) of `coalesce`.
pub const ETHTOOL_A_COALESCE_RX_MAX_FRAMES: u16 = 3;
/// `rx-usecs-irq` (u32) of `coalesce`.
pub const ETHTOOL_A_COALESCE_RX_USECS_IRQ: u16 = 4;
/// `rx-max-frames-irq` (u32) of `coalesce`.
pub const ETHTOOL_A_COALESCE_RX_MAX_FRAMES_IRQ: u16 = 5;
/// `tx-usecs` (u32) of `coalesce`.
pub const ETHTOOL_A_COALESCE_TX_USECS: u16 = 6;
/// `tx-max-frames` (u32) of `coalesce`.
pub const ETHTOOL_A_COALESCE_TX_MAX_FRAMES: u16 = 7;
/// `tx-usecs-irq` (u32) of `coalesce`.
pub const ETHTOOL_A_COALESCE_TX_USECS_IRQ: u16 = 8;
/// `tx-max-frames-irq` (u32) of `coalesce`.
pub const ETHTOOL_A_COALESCE_TX_MAX_FRAMES_IRQ: u16 = 9;
/// `stats-block-usecs` (u32) of `coalesce`.
pub const ETHTOOL_A_COALESCE_STATS_BLOCK_USECS: u16 = 10;
/// `use-adaptive-rx` (u8) of `coalesce`.
pub const ETHTOOL_A_COALESCE_USE_ADAPTIVE_RX: u16 = 11;
/// `use-adaptive-tx` (u8) of `coalesce`.
pub const ETHTOOL_A_COALESCE_USE_ADAPTIVE_TX: u16 = 12;
/// `pkt-rate-low` (u32) of `coalesce`.
pub const ETHTOOL_A_COALESCE_PKT_RATE_LOW: u16 = 13;
/// `rx-usecs-low` (u32) of `coalesce`.
pub const ETHTOOL_A_COALESCE_RX_USECS_LOW: u16 = 14;
/// `rx-max-frames-low` (u32) of `coalesce`.
pub const ETHTOOL_A_COALESCE_RX_MAX_FRAMES_LOW: u16 = 15;
/// `tx-usecs-low` (u32) of `coalesce`.
pub const ETHTOOL_A_COALESCE_TX_USECS_LOW: u16 = 16;
/// `tx-max-frames-low` (u32) of `coalesce`.
pub const ETHTOOL_A_COALESCE_TX_MAX_FRAMES_LOW: u16 = 17;
/// `pkt-rate-high` (u32) of `coalesce`.
pub const ETHTOOL_A_COALESCE_PKT_RATE_HIGH: u16 = 18;
/// `rx-usecs-high` (u32) of `coalesce`.
pub const ETHTOOL_A_COALESCE_RX_USECS_HIGH: u16 = 19;
/// `rx-max-frames-high` (u32) of `coalesce`.
pub const ETHTOOL_A_COALESCE_RX_MAX_FRAMES_HIGH: u16 = 20;
/// `tx-usecs-high` (u32) of `coalesce`.
pub const ETHTOOL_A_COALESCE_TX_USECS_HIGH: u16 = 21;
/// `tx-max-frames-high` (u32) of `coalesce`.
pub const ETHTOOL_A_COALESCE_TX_MAX_FRAMES_HIGH: u16 = 22;
/// `rate-sample-interval` (u32) of `coalesce`.
pub const ETHTOOL_A_COALESCE_RATE_SAMPLE_INTERVAL: u16 = 23;
/// `use-cqe-mode-tx` (u8) of `coalesce`.
pub const ETHTOOL_A_COALESCE_USE_CQE_MODE_TX: u16 = 24;
/// `use-cqe-mode-rx` (u8) of `coalesce`.
pub const ETHTOOL_A_COALESCE_USE_CQE_MODE_RX: u16 = 25;
/// `tx-aggr-max-bytes` (u32) of `coalesce`.
pub const ETHTOOL_A_COALESCE_TX_AGGR_MAX_BYTES: u16 = 26;
/// `tx-aggr-max-frames` (u32) of `coalesce`.
pub const ETHTOOL_A_COALESCE_TX_AGGR_MAX_FRAMES: u16 = 27;
/// `tx-aggr-time-usecs` (u32) of `coalesce`.
pub const ETHTOOL_A_COALESCE_TX_AGGR_TIME_USECS: u16 = 28;
/// `rx-profile` (nest) of `coalesce`.
pub const ETHTOOL_A_COALESCE_RX_PROFILE: u16 = 29;
/// `tx-profile` (nest) of `coalesce`.
pub const ETHTOOL_A_COALESCE_TX_PROFILE: u16 = 30;
/// `rx-cqe-frames` (u32) of `coalesce`.
pub const ETHTOOL_A_COALESCE_RX_CQE_FRAMES: u16 = 31;
/// `rx-cqe-nsecs` (u32) of `coalesce`.
pub const ETHTOOL_A_COALESCE_RX_CQE_NSECS: u16 = 32;

// Attribute set `pause-stat`

/// `unspec` (unused) of `pause-stat`.
pub const ETHTOOL_A_PAUSE_STAT_UNSPEC: u16 = 0;
/// `pad` (pad) of `pause-stat`.
pub const ETHTOOL_A_PAUSE_STAT_PAD: u16 = 1;
/// `tx-frames` (u64) of `pause-stat`.
pub const ETHTOOL_A_PAUSE_STAT_TX_FRAMES: u16 = 2;
/// `rx-frames` (u64) of `pause-stat`.
pub const ETHTOOL_A_PAUSE_STAT_RX_FRAMES: u16 = 3;
/// TX pause storm event count. Increments each time device detects that its pause assertion condition has been true for too long for normal operation. As a result, the device has temporarily disabled its own Pause TX function to protect the network from itself. This counter should never increment under normal overload conditions; it indicates catastrophic failure like an OS crash. The rate of incrementing is implementation specific.
pub const ETHTOOL_A_PAUSE_STAT_TX_PAUSE_STORM_EVENTS: u16 = 4;

// Attribute set `pause`

/// `unspec` (unused) of `pause`.
pub const ETHTOOL_A_PAUSE_UNSPEC: u16 = 0;
/// `header` (nest) of `pause`.
pub const ETHTOOL_A_PAUSE_HEADER: u16 = 1;
/// `autoneg` (u8) of `pause`.
pub const ETHTOOL_A_PAUSE_AUTONEG: u16 = 2;
/// `rx` (u8) of `pause`.
pub const ETHTOOL_A_PAUSE_RX: u16 = 3;
/// `tx` (u8) of `pause`.
pub const ETHTOOL_A_PAUSE_TX: u16 = 4;
/// `stats` (nest) of `pause`.
pub const ETHTOOL_A_PAUSE_STATS: u16 = 5;
/// `stats-src` (u32) of `pause`.
pub const ETHTOOL_A_PAUSE_STATS_SRC: u16 = 6;

// Attribute set `eee`

/// `unspec` (unused) of `eee`.
pub const ETHTOOL_A_EEE_UNSPEC: u16 = 0;
/// `header` (nest) of `eee`.
pub const ETHTOOL_A_EEE_HEADER: u16 = 1;
/// `modes-ours` (nest) of `eee`.
pub const ETHTOOL_A_EEE_MODES_OURS: u16 = 2;
/// `modes-peer` (nest) of `eee`.
pub const ETHTOOL_A_EEE_MODES_PEER: u16 = 3;
/// `active` (u8) of `eee`.
pub const ETHTOOL_A_EEE_ACTIVE: u16 = 4;
/// `enabled` (u8) of `eee`.
pub const ETHTOOL_A_EEE_ENABLED: u16 = 5;
/// `tx-lpi-enabled` (u8) of `eee`.
pub const ETHTOOL_A_EEE_TX_LPI_ENABLED: u16 = 6;
/// `tx-lpi-timer` (u32) of `eee`.
pub const ETHTOOL_A_EEE_TX_LPI_TIMER: u16 = 7;

// Attribute set `ts-stat`

/// `unspec` (unused) of `ts-stat`.
pub const ETHTOOL_A_TS_STAT_UNSPEC: u16 = 0;
/// `tx-pkts` (uint) of `ts-stat`.
pub const ETHTOOL_A_TS_STAT_TX_PKTS: u16 = 1;
/// `tx-lost` (uint) of `ts-stat`.
pub const ETHTOOL_A_TS_STAT_TX_LOST: u16 = 2;
/// `tx-err` (uint) of `ts-stat`.
pub const ETHTOOL_A_TS_STAT_TX_ERR: u16 = 3;
/// `tx-onestep-pkts-unconfirmed` (uint) of `ts-stat`.
pub const ETHTOOL_A_TS_STAT_TX_ONESTEP_PKTS_UNCONFIRMED: u16 = 4;

// Attribute set `ts-hwtstamp-provider`

/// `unspec` (unused) of `ts-hwtstamp-provider`.
pub const ETHTOOL_A_TS_HWTSTAMP_PROVIDER_UNSPEC: u16 = 0;
/// `index` (u32) of `ts-hwtstamp-provider`.
pub const ETHTOOL_A_TS_HWTSTAMP_PROVIDER_INDEX: u16 = 1;
/// `qualifier` (u32) of `ts-hwtstamp-provider`.
pub const ETHTOOL_A_TS_HWTSTAMP_PROVIDER_QUALIFIER: u16 = 2;

// Attribute set `tsinfo`

/// `unspec` (unused) of `tsinfo`.
pub const ETHTOOL_A_TSINFO_UNSPEC: u16 = 0;
/// `header` (nest) of `tsinfo`.
pub const ETHTOOL_A_TSINFO_HEADER: u16 = 1;
/// `timestamping` (nest) of `tsinfo`.
pub const ETHTOOL_A_TSINFO_TIMESTAMPING: u16 = 2;
/// `tx-types` (nest) of `tsinfo`.
pub const ETHTOOL_A_TSINFO_TX_TYPES: u16 = 3;
/// `rx-filters` (nest) of `tsinfo`.
pub const ETHTOOL_A_TSINFO_RX_FILTERS: u16 = 4;
/// `phc-index` (u32) of `tsinfo`.
pub const ETHTOOL_A_TSINFO_PHC_INDEX: u16 = 5;
/// `stats` (nest) of `tsinfo`.
pub const ETHTOOL_A_TSINFO_STATS: u16 = 6;
/// `hwtstamp-provider` (nest) of `tsinfo`.
pub const ETHTOOL_A_TSINFO_HWTSTAMP_PROVIDER: u16 = 7;
/// `hwtstamp-source` (u32) of `tsinfo`.
pub const ETHTOOL_A_TSINFO_HWTSTAMP_SOURCE: u16 = 8;
/// `hwtstamp-phyindex` (u32) of `tsinfo`.
pub const ETHTOOL_A_TSINFO_HWTSTAMP_PHYINDEX: u16 = 9;

// Attribute set `cable-result`

/// `unspec` (unused) of `cable-result`.
pub const ETHTOOL_A_CABLE_RESULT_UNSPEC: u16 = 0;
/// ETHTOOL_A_CABLE_PAIR
pub const ETHTOOL_A_CABLE_RESULT_PAIR: u16 = 1;
/// ETHTOOL_A_CABLE_RESULT_CODE
pub const ETHTOOL_A_CABLE_RESULT_CODE: u16 = 2;
/// ETHTOOL_A_CABLE_INF_SRC
pub const ETHTOOL_A_CABLE_RESULT_SRC: u16 = 3;

// Attribute set `cable-fault-length`

/// `unspec` (unused) of `cable-fault-length`.
pub const ETHTOOL_A_CABLE_FAULT_LENGTH_UNSPEC: u16 = 0;
/// `pair` (u8) of `cable-fault-length`.
pub const ETHTOOL_A_CABLE_FAULT_LENGTH_PAIR: u16 = 1;
/// `cm` (u32) of `cable-fault-length`.
pub const ETHTOOL_A_CABLE_FAULT_LENGTH_CM: u16 = 2;
/// `src` (u32) of `cable-fault-length`.
pub const ETHTOOL_A_CABLE_FAULT_LENGTH_SRC: u16 = 3;

// Attribute set `cable-nest`

/// `unspec` (unused) of `cable-nest`.
pub const ETHTOOL_A_CABLE_NEST_UNSPEC: u16 = 0;
/// `result` (nest) of `cable-nest`.
pub const ETHTOOL_A_CABLE_NEST_RESULT: u16 = 1;
/// `fault-length` (nest) of `cable-nest`.
pub const ETHTOOL_A_CABLE_NEST_FAULT_LENGTH: u16 = 2;

// Attribute set `cable-test`

/// `unspec` (unused) of `cable-test`.
pub const ETHTOOL_A_CABLE_TEST_UNSPEC: u16 = 0;
/// `header` (nest) of `cable-test`.
pub const ETHTOOL_A_CABLE_TEST_HEADER: u16 = 1;

// Attribute set `cable-test-ntf`

/// `unspec` (unused) of `cable-test-ntf`.
pub const ETHTOOL_A_CABLE_TEST_NTF_UNSPEC: u16 = 0;
/// `header` (nest) of `cable-test-ntf`.
pub const ETHTOOL_A_CABLE_TEST_NTF_HEADER: u16 = 1;
/// _STARTED/_COMPLETE
pub const ETHTOOL_A_CABLE_TEST_NTF_STATUS: u16 = 2;
/// `nest` (nest) of `cable-test-ntf`.
pub const ETHTOOL_A_CABLE_TEST_NTF_NEST: u16 = 3;

// Attribute set `cable-test-tdr-cfg`

/// `unspec` (unused) of `cable-test-tdr-cfg`.
pub const ETHTOOL_A_CABLE_TEST_TDR_CFG_UNSPEC: u16 = 0;
/// `first` (u32) of `cable-test-tdr-cfg`.
pub const ETHTOOL_A_CABLE_TEST_TDR_CFG_FIRST: u16 = 1;
/// `last` (u32) of `cable-test-tdr-cfg`.
pub const ETHTOOL_A_CABLE_TEST_TDR_CFG_LAST: u16 = 2;
/// `step` (u32) of `cable-test-tdr-cfg`.
pub const ETHTOOL_A_CABLE_TEST_TDR_CFG_STEP: u16 = 3;
/// `pair` (u8) of `cable-test-tdr-cfg`.
pub const ETHTOOL_A_CABLE_TEST_TDR_CFG_PAIR: u16 = 4;

// Attribute set `cable-test-tdr-ntf`

/// `unspec` (unused) of `cable-test-tdr-ntf`.
pub const ETHTOOL_A_CABLE_TEST_TDR_NTF_UNSPEC: u16 = 0;
/// `header` (nest) of `cable-test-tdr-ntf`.
pub const ETHTOOL_A_CABLE_TEST_TDR_NTF_HEADER: u16 = 1;
/// `status` (u8) of `cable-test-tdr-ntf`.
pub const ETHTOOL_A_CABLE_TEST_TDR_NTF_STATUS: u16 = 2;
/// `nest` (nest) of `cable-test-tdr-ntf`.
pub const ETHTOOL_A_CABLE_TEST_TDR_NTF_NEST: u16 = 3;

// Attribute set `cable-test-tdr`

/// `unspec` (unused) of `cable-test-tdr`.
pub const ETHTOOL_A_CABLE_TEST_TDR_UNSPEC: u16 = 0;
/// `header` (nest) of `cable-test-tdr`.
pub const ETHTOOL_A_CABLE_TEST_TDR_HEADER: u16 = 1;
/// `cfg` (nest) of `cable-test-tdr`.
pub const ETHTOOL_A_CABLE_TEST_TDR_CFG: u16 = 2;

// Attribute set `tunnel-udp-entry`

/// `unspec` (unused) of `tunnel-udp-entry`.
pub const ETHTOOL_A_TUNNEL_UDP_ENTRY_UNSPEC: u16 = 0;
/// `port` (u16) of `tunnel-udp-entry`.
pub const ETHTOOL_A_TUNNEL_UDP_ENTRY_PORT: u16 = 1;
/// `type` (u32) of `tunnel-udp-entry`.
pub const ETHTOOL_A_TUNNEL_UDP_ENTRY_TYPE: u16 = 2;

// Attribute set `tunnel-udp-table`

/// `unspec` (unused) of `tunnel-udp-table`.
pub const ETHTOOL_A_TUNNEL_UDP_TABLE_UNSPEC: u16 = 0;
/// `size` (u32) of `tunnel-udp-table`.
pub const ETHTOOL_A_TUNNEL_UDP_TABLE_SIZE: u16 = 1;
/// `types` (nest) of `tunnel-udp-table`.
pub const ETHTOOL_A_TUNNEL_UDP_TABLE_TYPES: u16 = 2;
/// `entry` (nest) of `tunnel-udp-table`.
pub const ETHTOOL_A_TUNNEL_UDP_TABLE_ENTRY: u16 = 3;

// Attribute set `tunnel-udp`

/// `unspec` (unused) of `tunnel-udp`.
pub const ETHTOOL_A_TUNNEL_UDP_UNSPEC: u16 = 0;
/// `table` (nest) of `tunnel-udp`.
pub const ETHTOOL_A_TUNNEL_UDP_TABLE: u16 = 1;

// Attribute set `tunnel-info`

/// `unspec` (unused) of `tunnel-info`.
pub const ETHTOOL_A_TUNNEL_INFO_UNSPEC: u16 = 0;
/// `header` (nest) of `tunnel-info`.
pub const ETHTOOL_A_TUNNEL_INFO_HEADER: u16 = 1;
/// `udp-ports` (nest) of `tunnel-info`.
pub const ETHTOOL_A_TUNNEL_INFO_UDP_PORTS: u16 = 2;

// Attribute set `fec-hist`

/// `pad` (pad) of `fec-hist`.
pub const ETHTOOL_A_FEC_HIST_PAD: u16 = 1;
/// Low bound of FEC bin (inclusive)
pub const ETHTOOL_A_FEC_HIST_BIN_LOW: u16 = 2;
/// High bound of FEC bin (inclusive)
pub const ETHTOOL_A_FEC_HIST_BIN_HIGH: u16 = 3;
/// Error count in the bin (optional if per-lane values exist)
pub const ETHTOOL_A_FEC_HIST_BIN_VAL: u16 = 4;
/// An array of per-lane error counters in the bin (optional)
pub const ETHTOOL_A_FEC_HIST_BIN_VAL_PER_LANE: u16 = 5;

// Attribute set `fec-stat`

/// `unspec` (unused) of `fec-stat`.
pub const ETHTOOL_A_FEC_STAT_UNSPEC: u16 = 0;
/// `pad` (pad) of `fec-stat`.
pub const ETHTOOL_A_FEC_STAT_PAD: u16 = 1;
/// `corrected` (binary) of `fec-stat`.
pub const ETHTOOL_A_FEC_STAT_CORRECTED: u16 = 2;
/// `uncorr` (binary) of `fec-stat`.
pub const ETHTOOL_A_FEC_STAT_UNCORR: u16 = 3;
/// `corr-bits` (binary) of `fec-stat`.
pub const ETHTOOL_A_FEC_STAT_CORR_BITS: u16 = 4;
/// `hist` (nest) of `fec-stat`.
pub const ETHTOOL_A_FEC_STAT_HIST: u16 = 5;

// Attribute set `fec`

/// `unspec` (unused) of `fec`.
pub const ETHTOOL_A_FEC_UNSPEC: u16 = 0;
/// `header` (nest) of `fec`.
pub const ETHTOOL_A_FEC_HEADER: u16 = 1;
/// `modes` (nest) of `fec`.
pub const ETHTOOL_A_FEC_MODES: u16 = 2;
/// `auto` (u8) of `fec`.
pub const ETHTOOL_A_FEC_AUTO: u16 = 3;
/// `active` (u32) of `fec`.
pub const ETHTOOL_A_FEC_ACTIVE: u16 = 4;
/// `stats` (nest) of `fec`.
pub const ETHTOOL_A_FEC_STATS: u16 = 5;

// Attribute set `module-eeprom`

/// `unspec` (unused) of `module-eeprom`.
pub const ETHTOOL_A_MODULE_EEPROM_UNSPEC: u16 = 0;
/// `header` (nest) of `module-eeprom`.
pub const ETHTOOL_A_MODULE_EEPROM_HEADER: u16 = 1;
/// `offset` (u32) of `module-eeprom`.
pub const ETHTOOL_A_MODULE_EEPROM_OFFSET: u16 = 2;
/// `length` (u32) of `module-eeprom`.
pub const ETHTOOL_A_MODULE_EEPROM_LENGTH: u16 = 3;
/// `page` (u8) of `module-eeprom`.
pub const ETHTOOL_A_MODULE_EEPROM_PAGE: u16 = 4;
/// `bank` (u8) of `module-eeprom`.
pub const ETHTOOL_A_MODULE_EEPROM_BANK: u16 = 5;
/// `i2c-address` (u8) of `module-eeprom`.
pub const ETHTOOL_A_MODULE_EEPROM_I2C_ADDRESS: u16 = 6;
/// `data` (binary) of `module-eeprom`.
pub const ETHTOOL_A_MODULE_EEPROM_DATA: u16 = 7;

// Attribute set `stats-grp`

/// `unspec` (unused) of `stats-grp`.
pub const ETHTOOL_A_STATS_GRP_UNSPEC: u16 = 0;
/// `pad` (pad) of `stats-grp`.
pub const ETHTOOL_A_STATS_GRP_PAD: u16 = 1;
/// `id` (u32) of `stats-grp`.
pub const ETHTOOL_A_STATS_GRP_ID: u16 = 2;
/// `ss-id` (u32) of `stats-grp`.
pub const ETHTOOL_A_STATS_GRP_SS_ID: u16 = 3;
/// `stat` (u64) of `stats-grp`.
pub const ETHTOOL_A_STATS_GRP_STAT: u16 = 4;
/// `hist-rx` (nest) of `stats-grp`.
pub const ETHTOOL_A_STATS_GRP_HIST_RX: u16 = 5;
/// `hist-tx` (nest) of `stats-grp`.
pub const ETHTOOL_A_STATS_GRP_HIST_TX: u16 = 6;
/// `hist-bkt-low` (u32) of `stats-grp`.
pub const ETHTOOL_A_STATS_GRP_HIST_BKT_LOW: u16 = 7;
/// `hist-bkt-hi` (u32) of `stats-grp`.
pub const ETHTOOL_A_STATS_GRP_HIST_BKT_HI: u16 = 8;
/// `hist-val` (u64) of `stats-grp`.
pub const ETHTOOL_A_STATS_GRP_HIST_VAL: u16 = 9;

// Attribute set `stats`

/// `unspec` (unused) of `stats`.
pub const ETHTOOL_A_STATS_UNSPEC: u16 = 0;
/// `pad` (pad) of `stats`.
pub const ETHTOOL_A_STATS_PAD: u16 = 1;
/// `header` (nest) of `stats`.
pub const ETHTOOL_A_STATS_HEADER: u16 = 2;
/// `groups` (nest) of `stats`.
pub const ETHTOOL_A_STATS_GROUPS: u16 = 3;
/// `grp` (nest) of `stats`.
pub const ETHTOOL_A_STATS_GRP: u16 = 4;
/// `src` (u32) of `stats`.
pub const ETHTOOL_A_STATS_SRC: u16 = 5;

// Attribute set `phc-vclocks`

/// `unspec` (unused) of `phc-vclocks`.
pub const ETHTOOL_A_PHC_VCLOCKS_UNSPEC: u16 = 0;
/// `header` (nest) of `phc-vclocks`.
pub const ETHTOOL_A_PHC_VCLOCKS_HEADER: u16 = 1;
/// `num` (u32) of `phc-vclocks`.
pub const ETHTOOL_A_PHC_VCLOCKS_NUM: u16 = 2;
/// `index` (binary) of `phc-vclocks`.
pub const ETHTOOL_A_PHC_VCLOCKS_INDEX: u16 = 3;

// Attribute set `module`

/// `unspec` (unused) of `module`.
pub const ETHTOOL_A_MODULE_UNSPEC: u16 = 0;
/// `header` (nest) of `module`.
pub const ETHTOOL_A_MODULE_HEADER: u16 = 1;
/// `power-mode-policy` (u8) of `module`.
pub const ETHTOOL_A_MODULE_POWER_MODE_POLICY: u16 = 2;
/// `power-mode` (u8) of `module`.
pub const ETHTOOL_A_MODULE_POWER_MODE: u16 = 3;

// Attribute set `c33-pse-pw-limit`

/// `unspec` (unused) of `c33-pse-pw-limit`.
pub const ETHTOOL_A_C33_PSE_PW_LIMIT_UNSPEC: u16 = 0;
/// `min` (u32) of `c33-pse-pw-limit`.
pub const ETHTOOL_A_C33_PSE_PW_LIMIT_MIN: u16 = 1;
/// `max` (u32) of `c33-pse-pw-limit`.
pub const ETHTOOL_A_C33_PSE_PW_LIMIT_MAX: u16 = 2;

// Attribute set `pse`

/// `unspec` (unused) of `pse`.
pub const ETHTOOL_A_PSE_UNSPEC: u16 = 0;
/// `header` (nest) of `pse`.
pub const ETHTOOL_A_PSE_HEADER: u16 = 1;
/// `podl-pse-admin-state` (u32) of `pse`.
pub const ETHTOOL_A_PODL_PSE_ADMIN_STATE: u16 = 2;
/// `podl-pse-admin-control` (u32) of `pse`.
pub const ETHTOOL_A_PODL_PSE_ADMIN_CONTROL: u16 = 3;
/// `podl-pse-pw-d-status` (u32) of `pse`.
pub const ETHTOOL_A_PODL_PSE_PW_D_STATUS: u16 = 4;
/// `c33-pse-admin-state` (u32) of `pse`.
pub const ETHTOOL_A_C33_PSE_ADMIN_STATE: u16 = 5;
/// `c33-pse-admin-control` (u32) of `pse`.
pub const ETHTOOL_A_C33_PSE_ADMIN_CONTROL: u16 = 6;
/// `c33-pse-pw-d-status` (u32) of `pse`.
pub const ETHTOOL_A_C33_PSE_PW_D_STATUS: u16 = 7;
/// `c33-pse-pw-class` (u32) of `pse`.
pub const ETHTOOL_A_C33_PSE_PW_CLASS: u16 = 8;
/// `c33-pse-actual-pw` (u32) of `pse`.
pub const ETHTOOL_A_C33_PSE_ACTUAL_PW: u16 = 9;
/// `c33-pse-ext-state` (u32) of `pse`.
pub const ETHTOOL_A_C33_PSE_EXT_STATE: u16 = 10;
/// `c33-pse-ext-substate` (u32) of `pse`.
pub const ETHTOOL_A_C33_PSE_EXT_SUBSTATE: u16 = 11;
/// `c33-pse-avail-pw-limit` (u32) of `pse`.
pub const ETHTOOL_A_C33_PSE_AVAIL_PW_LIMIT: u16 = 12;
/// `c33-pse-pw-limit-ranges` (nest) of `pse`.
pub const ETHTOOL_A_C33_PSE_PW_LIMIT_RANGES: u16 = 13;
/// `pse-pw-d-id` (u32) of `pse`.
pub const ETHTOOL_A_PSE_PW_D_ID: u16 = 14;
/// `pse-prio-max` (u32) of `pse`.
pub const ETHTOOL_A_PSE_PRIO_MAX: u16 = 15;
/// `pse-prio` (u32) of `pse`.
pub const ETHTOOL_A_PSE_PRIO: u16 = 16;

// Attribute set `flow`

/// `ether` (uint) of `flow`.
pub const ETHTOOL_A_FLOW_ETHER: u16 = 1;
/// `ip4` (uint) of `flow`.
pub const ETHTOOL_A_FLOW_IP4: u16 = 2;
/// `ip6` (uint) of `flow`.
pub const ETHTOOL_A_FLOW_IP6: u16 = 3;
/// `tcp4` (uint) of `flow`.
pub const ETHTOOL_A_FLOW_TCP4: u16 = 4;
/// `tcp6` (uint) of `flow`.
pub const ETHTOOL_A_FLOW_TCP6: u16 = 5;
/// `udp4` (uint) of `flow`.
pub const ETHTOOL_A_FLOW_UDP4: u16 = 6;
/// `udp6` (uint) of `flow`.
pub const ETHTOOL_A_FLOW_UDP6: u16 = 7;
/// `sctp4` (uint) of `flow`.
pub const ETHTOOL_A_FLOW_SCTP4: u16 = 8;
/// `sctp6` (uint) of `flow`.
pub const ETHTOOL_A_FLOW_SCTP6: u16 = 9;
/// `ah4` (uint) of `flow`.
pub const ETHTOOL_A_FLOW_AH4: u16 = 10;
/// `ah6` (uint) of `flow`.
pub const ETHTOOL_A_FLOW_AH6: u16 = 11;
/// `esp4` (uint) of `flow`.
pub const ETHTOOL_A_FLOW_ESP4: u16 = 12;
/// `esp6` (uint) of `flow`.
pub const ETHTOOL_A_FLOW_ESP6: u16 = 13;
/// `ah-esp4` (uint) of `flow`.
pub const ETHTOOL_A_FLOW_AH_ESP4: u16 = 14;
/// `ah-esp6` (uint) of `flow`.
pub const ETHTOOL_A_FLOW_AH_ESP6: u16 = 15;
/// `gtpu4` (uint) of `flow`.
pub const ETHTOOL_A_FLOW_GTPU4: u16 = 16;
/// `gtpu6` (uint) of `flow`.
pub const ETHTOOL_A_FLOW_GTPU6: u16 = 17;
/// `gtpc4` (uint) of `flow`.
pub const ETHTOOL_A_FLOW_GTPC4: u16 = 18;
/// `gtpc6` (uint) of `flow`.
pub const ETHTOOL_A_FLOW_GTPC6: u16 = 19;
/// `gtpc-teid4` (uint) of `flow`.
pub const ETHTOOL_A_FLOW_GTPC_TEID4: u16 = 20;
/// `gtpc-teid6` (uint) of `flow`.
pub const ETHTOOL_A_FLOW_GTPC_TEID6: u16 = 21;
/// `gtpu-eh4` (uint) of `flow`.
pub const ETHTOOL_A_FLOW_GTPU_EH4: u16 = 22;
/// `gtpu-eh6` (uint) of `flow`.
pub const ETHTOOL_A_FLOW_GTPU_EH6: u16 = 23;
/// `gtpu-ul4` (uint) of `flow`.
pub const ETHTOOL_A_FLOW_GTPU_UL4: u16 = 24;
/// `gtpu-ul6` (uint) of `flow`.
pub const ETHTOOL_A_FLOW_GTPU_UL6: u16 = 25;
/// `gtpu-dl4` (uint) of `flow`.
pub const ETHTOOL_A_FLOW_GTPU_DL4: u16 = 26;
/// `gtpu-dl6` (uint) of `flow`.
pub const ETHTOOL_A_FLOW_GTPU_DL6: u16 = 27;

// Attribute set `rss`

/// `unspec` (unused) of `rss`.
pub const ETHTOOL_A_RSS_UNSPEC: u16 = 0;
/// `header` (nest) of `rss`.
pub const ETHTOOL_A_RSS_HEADER: u16 = 1;
/// `context` (u32) of `rss`.
pub const ETHTOOL_A_RSS_CONTEXT: u16 = 2;
/// `hfunc` (u32) of `rss`.
pub const ETHTOOL_A_RSS_HFUNC: u16 = 3;
/// `indir` (binary) of `rss`.
pub const ETHTOOL_A_RSS_INDIR: u16 = 4;
/// `hkey` (binary) of `rss`.
pub const ETHTOOL_A_RSS_HKEY: u16 = 5;
/// `input-xfrm` (u32) of `rss`.
pub const ETHTOOL_A_RSS_INPUT_XFRM: u16 = 6;
/// `start-context` (u32) of `rss`.
pub const ETHTOOL_A_RSS_START_CONTEXT: u16 = 7;
/// `flow-hash` (nest) of `rss`.
pub const ETHTOOL_A_RSS_FLOW_HASH: u16 = 8;

// Attribute set `plca`

/// `unspec` (unused) of `plca`.
pub const ETHTOOL_A_PLCA_UNSPEC: u16 = 0;
/// `header` (nest) of `plca`.
pub const ETHTOOL_A_PLCA_HEADER: u16 = 1;
/// `version` (u16) of `plca`.
pub const ETHTOOL_A_PLCA_VERSION: u16 = 2;
/// `enabled` (u8) of `plca`.
pub const ETHTOOL_A_PLCA_ENABLED: u16 = 3;
/// `status` (u8) of `plca`.
pub const ETHTOOL_A_PLCA_STATUS: u16 = 4;
/// `node-cnt` (u32) of `plca`.
pub const ETHTOOL_A_PLCA_NODE_CNT: u16 = 5;
/// `node-id` (u32) of `plca`.
pub const ETHTOOL_A_PLCA_NODE_ID: u16 = 6;
/// `to-tmr` (u32) of `plca`.
pub const ETHTOOL_A_PLCA_TO_TMR: u16 = 7;
/// `burst-cnt` (u32) of `plca`.
pub const ETHTOOL_A_PLCA_BURST_CNT: u16 = 8;
/// `burst-tmr` (u32) of `plca`.
pub const ETHTOOL_A_PLCA_BURST_TMR: u16 = 9;

// Attribute set `module-fw-flash`

/// `unspec` (unused) of `module-fw-flash`.
pub const ETHTOOL_A_MODULE_FW_FLASH_UNSPEC: u16 = 0;
/// `header` (nest) of `module-fw-flash`.
pub const ETHTOOL_A_MODULE_FW_FLASH_HEADER: u16 = 1;
/// `file-name` (string) of `module-fw-flash`.
pub const ETHTOOL_A_MODULE_FW_FLASH_FILE_NAME: u16 = 2;
/// `password` (u32) of `module-fw-flash`.
pub const ETHTOOL_A_MODULE_FW_FLASH_PASSWORD: u16 = 3;
/// `status` (u32) of `module-fw-flash`.
pub const ETHTOOL_A_MODULE_FW_FLASH_STATUS: u16 = 4;
/// `status-msg` (string) of `module-fw-flash`.
pub const ETHTOOL_A_MODULE_FW_FLASH_STATUS_MSG: u16 = 5;
/// `done` (uint) of `module-fw-flash`.
pub const ETHTOOL_A_MODULE_FW_FLASH_DONE: u16 = 6;
/// `total` (uint) of `module-fw-flash`.
pub const ETHTOOL_A_MODULE_FW_FLASH_TOTAL: u16 = 7;

// Attribute set `phy`

/// `unspec` (unused) of `phy`.
pub const ETHTOOL_A_PHY_UNSPEC: u16 = 0;
/// `header` (nest) of `phy`.
pub const ETHTOOL_A_PHY_HEADER: u16 = 1;
/// `index` (u32) of `phy`.
pub const ETHTOOL_A_PHY_INDEX: u16 = 2;
/// `drvname` (string) of `phy`.
pub const ETHTOOL_A_PHY_DRVNAME: u16 = 3;
/// `name` (string) of `phy`.
pub const ETHTOOL_A_PHY_NAME: u16 = 4;
/// `upstream-type` (u32) of `phy`.
pub const ETHTOOL_A_PHY_UPSTREAM_TYPE: u16 = 5;
/// `upstream-index` (u32) of `phy`.
pub const ETHTOOL_A_PHY_UPSTREAM_INDEX: u16 = 6;
/// `upstream-sfp-name` (string) of `phy`.
pub const ETHTOOL_A_PHY_UPSTREAM_SFP_NAME: u16 = 7;
/// `downstream-sfp-name` (string) of `phy`.
pub const ETHTOOL_A_PHY_DOWNSTREAM_SFP_NAME: u16 = 8;

// Attribute set `tsconfig`

/// `unspec` (unused) of `tsconfig`.
pub const ETHTOOL_A_TSCONFIG_UNSPEC: u16 = 0;
/// `header` (nest) of `tsconfig`.
pub const ETHTOOL_A_TSCONFIG_HEADER: u16 = 1;
/// `hwtstamp-provider` (nest) of `tsconfig`.
pub const ETHTOOL_A_TSCONFIG_HWTSTAMP_PROVIDER: u16 = 2;
/// `tx-types` (nest) of `tsconfig`.
pub const ETHTOOL_A_TSCONFIG_TX_TYPES: u16 = 3;
/// `rx-filters` (nest) of `tsconfig`.
pub const ETHTOOL_A_TSCONFIG_RX_FILTERS: u16 = 4;
/// `hwtstamp-flags` (nest) of `tsconfig`.
pub const ETHTOOL_A_TSCONFIG_HWTSTAMP_FLAGS: u16 = 5;

// Attribute set `pse-ntf`

/// `header` (nest) of `pse-ntf`.
pub const ETHTOOL_A_PSE_NTF_HEADER: u16 = 1;
/// List of events reported by the PSE controller
pub const ETHTOOL_A_PSE_NTF_EVENTS: u16 = 2;

// Attribute set `mse-capabilities`

/// `max-average-mse` (uint) of `mse-capabilities`.
pub const ETHTOOL_A_MSE_CAPABILITIES_MAX_AVERAGE_MSE: u16 = 1;
/// `max-peak-mse` (uint) of `mse-capabilities`.
pub const ETHTOOL_A_MSE_CAPABILITIES_MAX_PEAK_MSE: u16 = 2;
/// `refresh-rate-ps` (uint) of `mse-capabilities`.
pub const ETHTOOL_A_MSE_CAPABILITIES_REFRESH_RATE_PS: u16 = 3;
/// `num-symbols` (uint) of `mse-capabilities`.
pub const ETHTOOL_A_MSE_CAPABILITIES_NUM_SYMBOLS: u16 = 4;

// Attribute set `mse-snapshot`

/// `average-mse` (uint) of `mse-snapshot`.
pub const ETHTOOL_A_MSE_SNAPSHOT_AVERAGE_MSE: u16 = 1;
/// `peak-mse` (uint) of `mse-snapshot`.
pub const ETHTOOL_A_MSE_SNAPSHOT_PEAK_MSE: u16 = 2;
/// `worst-peak-mse` (uint) of `mse-snapshot`.
pub const ETHTOOL_A_MSE_SNAPSHOT_WORST_PEAK_MSE: u16 = 3;

// Attribute set `mse`

/// `header` (nest) of `mse`.
pub const ETHTOOL_A_MSE_HEADER: u16 = 1;
/// `capabilities` (nest) of `mse`.
pub const ETHTOOL_A_MSE_CAPABILITIES: u16 = 2;
/// `channel-a` (nest) of `mse`.
pub const ETHTOOL_A_MSE_CHANNEL_A: u16 = 3;
/// `channel-b` (nest) of `mse`.
pub const ETHTOOL_A_MSE_CHANNEL_B: u16 = 4;
/// `channel-c` (nest) of `mse`.
pub const ETHTOOL_A_MSE_CHANNEL_C: u16 = 5;
/// `channel-d` (nest) of `mse`.
pub const ETHTOOL_A_MSE_CHANNEL_D: u16 = 6;
/// `worst-channel` (nest) of `mse`.
pub const ETHTOOL_A_MSE_WORST_CHANNEL: u16 = 7;
/// `link` (nest) of `mse`.
pub const ETHTOOL_A_MSE_LINK: u16 = 8;

// Enum `udp-tunnel-type`

/// `vxlan` of `udp-tunnel-type`.
pub const ETHTOOL_UDP_TUNNEL_TYPE_VXLAN: u32 = 0;
/// `geneve` of `udp-tunnel-type`.
pub const ETHTOOL_UDP_TUNNEL_TYPE_GENEVE: u32 = 1;
/// `vxlan-gpe` of `udp-tunnel-type`.
pub const ETHTOOL_UDP_TUNNEL_TYPE_VXLAN_GPE: u32 = 2;

// Enum `stringset`

// Flags `header-flags`

/// use compact bitsets in reply
pub const ETHTOOL_FLAG_COMPACT_BITSETS: u32 = 1 << 0;
/// provide optional reply for SET or ACT requests
pub const ETHTOOL_FLAG_OMIT_REPLY: u32 = 1 << 1;
/// request statistics, if supported by the driver
pub const ETHTOOL_FLAG_STATS: u32 = 1 << 2;

// Enum `module-fw-flash-status`

/// The firmware flashing process has started.
pub const ETHTOOL_MODULE_FW_FLASH_STATUS_STARTED: u32 = 0;
/// The firmware flashing process is in progress.
pub const ETHTOOL_MODULE_FW_FLASH_STATUS_IN_PROGRESS: u32 = 1;
/// The firmware flashing process was completed successfully.
pub const ETHTOOL_MODULE_FW_FLASH_STATUS_COMPLETED: u32 = 2;
/// The firmware flashing process was stopped due to an error.
pub const ETHTOOL_MODULE_FW_FLASH_STATUS_ERROR: u32 = 3;

// Enum `c33-pse-ext-state`

/// none
pub const ETHTOOL_C33_PSE_EXT_STATE_NONE: u32 = 0;
/// Group of error_condition states
pub const ETHTOOL_C33_PSE_EXT_STATE_ERROR_CONDITION: u32 = 1;
/// Group of mr_mps_valid states
pub const ETHTOOL_C33_PSE_EXT_STATE_MR_MPS_VALID: u32 = 2;
/// Group of mr_pse_enable states
pub const ETHTOOL_C33_PSE_EXT_STATE_MR_PSE_ENABLE: u32 = 3;
/// Group of option_detect_ted states
pub const ETHTOOL_C33_PSE_EXT_STATE_OPTION_DETECT_TED: u32 = 4;
/// Group of option_vport_lim states
pub const ETHTOOL_C33_PSE_EXT_STATE_OPTION_VPORT_LIM: u32 = 5;
/// Group of ovld_detected states
pub const ETHTOOL_C33_PSE_EXT_STATE_OVLD_DETECTED: u32 = 6;
/// Group of power_not_available states
pub const ETHTOOL_C33_PSE_EXT_STATE_POWER_NOT_AVAILABLE: u32 = 7;
/// Group of short_detected states
pub const ETHTOOL_C33_PSE_EXT_STATE_SHORT_DETECTED: u32 = 8;

// Enum `phy-upstream-type`

/// `mac` of `phy-upstream-type`.
pub const PHY_UPSTREAMMAC: u32 = 0;
/// `phy` of `phy-upstream-type`.
pub const PHY_UPSTREAMPHY: u32 = 1;

// Enum `tcp-data-split`

/// `unknown` of `tcp-data-split`.
pub const ETHTOOL_TCP_DATA_SPLIT_UNKNOWN: u32 = 0;
/// `disabled` of `tcp-data-split`.
pub const ETHTOOL_TCP_DATA_SPLIT_DISABLED: u32 = 1;
/// `enabled` of `tcp-data-split`.
pub const ETHTOOL_TCP_DATA_SPLIT_ENABLED: u32 = 2;

// Enum `hwtstamp-source`

/// Hardware timestamp comes from a MAC or a device
/// which has MAC and PHY integrated
pub const HWTSTAMP_SOURCE_NETDEV: u32 = 1;
/// Hardware timestamp comes from one PHY device
/// of the network topology
pub const HWTSTAMP_SOURCE_PHYLIB: u32 = 2;

// Flags `pse-event`

/// PSE output current is too high
pub const ETHTOOL_PSE_EVENT_OVER_CURRENT: u32 = 1 << 0;
/// PSE in over temperature state
pub const ETHTOOL_PSE_EVENT_OVER_TEMP: u32 = 1 << 1;
/// detection process occur on the PSE. IEEE 802.3-2022 33.2.5 and
/// 145.2.6 PSE detection of PDs. IEEE 802.3-202 30.9.1.1.5
/// aPSEPowerDetectionStatus
pub const ETHTOOL_C33_PSE_EVENT_DETECTION: u32 = 1 << 2;
/// classification process occur on the PSE. IEEE 802.3-2022 33.2.6
/// and 145.2.8 classification of PDs mutual identification.
/// IEEE 802.3-2022 30.9.1.1.8 aPSEPowerClassification.
pub const ETHTOOL_C33_PSE_EVENT_CLASSIFICATION: u32 = 1 << 3;
/// PD has been disconnected on the PSE. IEEE 802.3-2022 33.3.8
/// and 145.3.9 PD Maintain Power Signature. IEEE 802.3-2022
/// 33.5.1.2.9 MPS Absent. IEEE 802.3-2022 30.9.1.1.20
/// aPSEMPSAbsentCounter.
pub const ETHTOOL_C33_PSE_EVENT_DISCONNECTION: u32 = 1 << 4;
/// PSE turned off due to over budget situation
pub const ETHTOOL_PSE_EVENT_OVER_BUDGET: u32 = 1 << 5;
/// PSE faced an error managing the power control from software
pub const ETHTOOL_PSE_EVENT_SW_PW_CONTROL_ERROR: u32 = 1 << 6;

// Flags `input-xfrm`

/// XOR the corresponding source and destination fields of each specified protocol. Both copies of the XOR'ed fields are fed into the RSS and RXHASH calculation. Note that this XORing reduces the input set entropy and could be exploited to reduce the RSS queue spread.
pub const RXH_XFRM_SYM_XOR: u32 = 1 << 0;
/// Similar to SYM_XOR, except that one copy of the XOR'ed fields is replaced by an OR of the same fields.
pub const RXH_XFRM_SYM_OR_XOR: u32 = 1 << 1;

// Flags `rxfh-fields`

/// `l2da` of `rxfh-fields`.
pub const RXH_L2DA: u32 = 1 << 1;
/// `vlan` of `rxfh-fields`.
pub const RXH_VLAN: u32 = 1 << 2;
/// `l3-proto` of `rxfh-fields`.
pub const RXH_L3_PROTO: u32 = 1 << 3;
/// `ip-src` of `rxfh-fields`.
pub const RXH_IP_SRC: u32 = 1 << 4;
/// `ip-dst` of `rxfh-fields`.
pub const RXH_IP_DST: u32 = 1 << 5;
/// src port in case of TCP/UDP/SCTP
pub const RXH_L4_B_0_1: u32 = 1 << 6;
/// dst port in case of TCP/UDP/SCTP
pub const RXH_L4_B_2_3: u32 = 1 << 7;
/// `gtp-teid` of `rxfh-fields`.
pub const RXH_GTP_TEID: u32 = 1 << 8;
/// IPv6 Flow Label
pub const RXH_IP6_FL: u32 = 1 << 9;
/// `discard` of `rxfh-fields`.
pub const RXH_DISCARD: u32 = 1 << 31;
