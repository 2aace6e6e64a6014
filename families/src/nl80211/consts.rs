//! The numbers of `nl80211` by their kernel C names: attribute types, enum values and flag
//! bits, commands, multicast groups and constants.

/// The generic netlink family name, resolved to an id by nlctrl at run time.
pub const FAMILY_NAME: &str = "nl80211";
/// The family version for `genlmsghdr.version`.
pub const FAMILY_VERSION: u8 = 1;

// Commands

/// Get information about a wiphy or dump a list of all wiphys. Requests to
/// dump get-wiphy should unconditionally include the split-wiphy-dump flag
/// in the request.
pub const NL80211_CMD_GET_WIPHY: u8 = 1;
/// The reply to `NL80211_CMD_GET_WIPHY`.
pub const NL80211_CMD_GET_WIPHY_REPLY: u8 = 3;
/// Get information about an interface or dump a list of all interfaces
pub const NL80211_CMD_GET_INTERFACE: u8 = 5;
/// The reply to `NL80211_CMD_GET_INTERFACE`.
pub const NL80211_CMD_GET_INTERFACE_REPLY: u8 = 7;
/// Get information about supported protocol features
pub const NL80211_CMD_GET_PROTOCOL_FEATURES: u8 = 95;
/// The reply to `NL80211_CMD_GET_PROTOCOL_FEATURES`.
pub const NL80211_CMD_GET_PROTOCOL_FEATURES_REPLY: u8 = 95;

// Multicast groups

/// The `config` multicast group's name (its id comes from nlctrl).
pub const NL80211_MCGRP_CONFIG_NAME: &str = "config";
/// The `scan` multicast group's name (its id comes from nlctrl).
pub const NL80211_MCGRP_SCAN_NAME: &str = "scan";
/// The `regulatory` multicast group's name (its id comes from nlctrl).
pub const NL80211_MCGRP_REGULATORY_NAME: &str = "regulatory";
/// The `mlme` multicast group's name (its id comes from nlctrl).
pub const NL80211_MCGRP_MLME_NAME: &str = "mlme";
/// The `vendor` multicast group's name (its id comes from nlctrl).
pub const NL80211_MCGRP_VENDOR_NAME: &str = "vendor";
/// The `nan` multicast group's name (its id comes from nlctrl).
pub const NL80211_MCGRP_NAN_NAME: &str = "nan";
/// The `testmode` multicast group's name (its id comes from nlctrl).
pub const NL80211_MCGRP_TESTMODE_NAME: &str = "testmode";

// Attribute set `nl80211-attrs`

/// `wiphy` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_WIPHY: u16 = 1;
/// `wiphy-name` (string) of `nl80211-attrs`.
pub const NL80211_ATTR_WIPHY_NAME: u16 = 2;
/// `ifindex` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_IFINDEX: u16 = 3;
/// `ifname` (string) of `nl80211-attrs`.
pub const NL80211_ATTR_IFNAME: u16 = 4;
/// `iftype` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_IFTYPE: u16 = 5;
/// `mac` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_MAC: u16 = 6;
/// `key-data` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_KEY_DATA: u16 = 7;
/// `key-idx` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_KEY_IDX: u16 = 8;
/// `key-cipher` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_KEY_CIPHER: u16 = 9;
/// `key-seq` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_KEY_SEQ: u16 = 10;
/// `key-default` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_KEY_DEFAULT: u16 = 11;
/// `beacon-interval` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_BEACON_INTERVAL: u16 = 12;
/// `dtim-period` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_DTIM_PERIOD: u16 = 13;
/// `beacon-head` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_BEACON_HEAD: u16 = 14;
/// `beacon-tail` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_BEACON_TAIL: u16 = 15;
/// `sta-aid` (u16) of `nl80211-attrs`.
pub const NL80211_ATTR_STA_AID: u16 = 16;
/// `sta-flags` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_STA_FLAGS: u16 = 17;
/// `sta-listen-interval` (u16) of `nl80211-attrs`.
pub const NL80211_ATTR_STA_LISTEN_INTERVAL: u16 = 18;
/// `sta-supported-rates` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_STA_SUPPORTED_RATES: u16 = 19;
/// `sta-vlan` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_STA_VLAN: u16 = 20;
/// `sta-info` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_STA_INFO: u16 = 21;
/// `wiphy-bands` (nest) of `nl80211-attrs`.
pub const NL80211_ATTR_WIPHY_BANDS: u16 = 22;
/// `mntr-flags` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_MNTR_FLAGS: u16 = 23;
/// `mesh-id` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_MESH_ID: u16 = 24;
/// `sta-plink-action` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_STA_PLINK_ACTION: u16 = 25;
/// `mpath-next-hop` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_MPATH_NEXT_HOP: u16 = 26;
/// `mpath-info` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_MPATH_INFO: u16 = 27;
/// `bss-cts-prot` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_BSS_CTS_PROT: u16 = 28;
/// `bss-short-preamble` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_BSS_SHORT_PREAMBLE: u16 = 29;
/// `bss-short-slot-time` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_BSS_SHORT_SLOT_TIME: u16 = 30;
/// `ht-capability` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_HT_CAPABILITY: u16 = 31;
/// `supported-iftypes` (nest) of `nl80211-attrs`.
pub const NL80211_ATTR_SUPPORTED_IFTYPES: u16 = 32;
/// `reg-alpha2` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_REG_ALPHA2: u16 = 33;
/// `reg-rules` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_REG_RULES: u16 = 34;
/// `mesh-config` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_MESH_CONFIG: u16 = 35;
/// `bss-basic-rates` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_BSS_BASIC_RATES: u16 = 36;
/// `wiphy-txq-params` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_WIPHY_TXQ_PARAMS: u16 = 37;
/// `wiphy-freq` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_WIPHY_FREQ: u16 = 38;
/// `wiphy-channel-type` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_WIPHY_CHANNEL_TYPE: u16 = 39;
/// `key-default-mgmt` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_KEY_DEFAULT_MGMT: u16 = 40;
/// `mgmt-subtype` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_MGMT_SUBTYPE: u16 = 41;
/// `ie` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_IE: u16 = 42;
/// `max-num-scan-ssids` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_MAX_NUM_SCAN_SSIDS: u16 = 43;
/// `scan-frequencies` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_SCAN_FREQUENCIES: u16 = 44;
/// `scan-ssids` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_SCAN_SSIDS: u16 = 45;
/// `generation` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_GENERATION: u16 = 46;
/// `bss` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_BSS: u16 = 47;
/// `reg-initiator` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_REG_INITIATOR: u16 = 48;
/// `reg-type` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_REG_TYPE: u16 = 49;
/// `supported-commands` (indexed-array) of `nl80211-attrs`.
pub const NL80211_ATTR_SUPPORTED_COMMANDS: u16 = 50;
/// `frame` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_FRAME: u16 = 51;
/// `ssid` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_SSID: u16 = 52;
/// `auth-type` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_AUTH_TYPE: u16 = 53;
/// `reason-code` (u16) of `nl80211-attrs`.
pub const NL80211_ATTR_REASON_CODE: u16 = 54;
/// `key-type` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_KEY_TYPE: u16 = 55;
/// `max-scan-ie-len` (u16) of `nl80211-attrs`.
pub const NL80211_ATTR_MAX_SCAN_IE_LEN: u16 = 56;
/// `cipher-suites` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_CIPHER_SUITES: u16 = 57;
/// `freq-before` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_FREQ_BEFORE: u16 = 58;
/// `freq-after` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_FREQ_AFTER: u16 = 59;
/// `freq-fixed` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_FREQ_FIXED: u16 = 60;
/// `wiphy-retry-short` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_WIPHY_RETRY_SHORT: u16 = 61;
/// `wiphy-retry-long` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_WIPHY_RETRY_LONG: u16 = 62;
/// `wiphy-frag-threshold` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_WIPHY_FRAG_THRESHOLD: u16 = 63;
/// `wiphy-rts-threshold` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_WIPHY_RTS_THRESHOLD: u16 = 64;
/// `timed-out` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_TIMED_OUT: u16 = 65;
/// `use-mfp` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_USE_MFP: u16 = 66;
/// `sta-flags2` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_STA_FLAGS2: u16 = 67;
/// `control-port` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_CONTROL_PORT: u16 = 68;
/// `testdata` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_TESTDATA: u16 = 69;
/// `privacy` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_PRIVACY: u16 = 70;
/// `disconnected-by-ap` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_DISCONNECTED_BY_AP: u16 = 71;
/// `status-code` (u16) of `nl80211-attrs`.
pub const NL80211_ATTR_STATUS_CODE: u16 = 72;
/// `cipher-suites-pairwise` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_CIPHER_SUITES_PAIRWISE: u16 = 73;
/// `cipher-suite-group` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_CIPHER_SUITE_GROUP: u16 = 74;
/// `wpa-versions` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_WPA_VERSIONS: u16 = 75;
/// `akm-suites` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_AKM_SUITES: u16 = 76;
/// `req-ie` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_REQ_IE: u16 = 77;
/// `resp-ie` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_RESP_IE: u16 = 78;
/// `prev-bssid` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_PREV_BSSID: u16 = 79;
/// `key` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_KEY: u16 = 80;
/// `keys` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_KEYS: u16 = 81;
/// `pid` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_PID: u16 = 82;
/// `4addr` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_4ADDR: u16 = 83;
/// `survey-info` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_SURVEY_INFO: u16 = 84;
/// `pmkid` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_PMKID: u16 = 85;
/// `max-num-pmkids` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_MAX_NUM_PMKIDS: u16 = 86;
/// `duration` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_DURATION: u16 = 87;
/// `cookie` (u64) of `nl80211-attrs`.
pub const NL80211_ATTR_COOKIE: u16 = 88;
/// `wiphy-coverage-class` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_WIPHY_COVERAGE_CLASS: u16 = 89;
/// `tx-rates` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_TX_RATES: u16 = 90;
/// `frame-match` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_FRAME_MATCH: u16 = 91;
/// `ack` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_ACK: u16 = 92;
/// `ps-state` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_PS_STATE: u16 = 93;
/// `cqm` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_CQM: u16 = 94;
/// `local-state-change` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_LOCAL_STATE_CHANGE: u16 = 95;
/// `ap-isolate` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_AP_ISOLATE: u16 = 96;
/// `wiphy-tx-power-setting` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_WIPHY_TX_POWER_SETTING: u16 = 97;
/// `wiphy-tx-power-level` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_WIPHY_TX_POWER_LEVEL: u16 = 98;
/// `tx-frame-types` (nest) of `nl80211-attrs`.
pub const NL80211_ATTR_TX_FRAME_TYPES: u16 = 99;
/// `rx-frame-types` (nest) of `nl80211-attrs`.
pub const NL80211_ATTR_RX_FRAME_TYPES: u16 = 100;
/// `frame-type` (u16) of `nl80211-attrs`.
pub const NL80211_ATTR_FRAME_TYPE: u16 = 101;
/// `control-port-ethertype` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_CONTROL_PORT_ETHERTYPE: u16 = 102;
/// `control-port-no-encrypt` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_CONTROL_PORT_NO_ENCRYPT: u16 = 103;
/// `support-ibss-rsn` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_SUPPORT_IBSS_RSN: u16 = 104;
/// `wiphy-antenna-tx` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_WIPHY_ANTENNA_TX: u16 = 105;
/// `wiphy-antenna-rx` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_WIPHY_ANTENNA_RX: u16 = 106;
/// `mcast-rate` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_MCAST_RATE: u16 = 107;
/// `offchannel-tx-ok` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_OFFCHANNEL_TX_OK: u16 = 108;
/// `bss-ht-opmode` (u16) of `nl80211-attrs`.
pub const NL80211_ATTR_BSS_HT_OPMODE: u16 = 109;
/// `key-default-types` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_KEY_DEFAULT_TYPES: u16 = 110;
/// `max-remain-on-channel-duration` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_MAX_REMAIN_ON_CHANNEL_DURATION: u16 = 111;
/// `mesh-setup` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_MESH_SETUP: u16 = 112;
/// `wiphy-antenna-avail-tx` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_WIPHY_ANTENNA_AVAIL_TX: u16 = 113;
/// `wiphy-antenna-avail-rx` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_WIPHY_ANTENNA_AVAIL_RX: u16 = 114;
/// `support-mesh-auth` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_SUPPORT_MESH_AUTH: u16 = 115;
/// `sta-plink-state` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_STA_PLINK_STATE: u16 = 116;
/// `wowlan-triggers` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_WOWLAN_TRIGGERS: u16 = 117;
/// `wowlan-triggers-supported` (nest) of `nl80211-attrs`.
pub const NL80211_ATTR_WOWLAN_TRIGGERS_SUPPORTED: u16 = 118;
/// `sched-scan-interval` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_SCHED_SCAN_INTERVAL: u16 = 119;
/// `interface-combinations` (indexed-array) of `nl80211-attrs`.
pub const NL80211_ATTR_INTERFACE_COMBINATIONS: u16 = 120;
/// `software-iftypes` (nest) of `nl80211-attrs`.
pub const NL80211_ATTR_SOFTWARE_IFTYPES: u16 = 121;
/// `rekey-data` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_REKEY_DATA: u16 = 122;
/// `max-num-sched-scan-ssids` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_MAX_NUM_SCHED_SCAN_SSIDS: u16 = 123;
/// `max-sched-scan-ie-len` (u16) of `nl80211-attrs`.
pub const NL80211_ATTR_MAX_SCHED_SCAN_IE_LEN: u16 = 124;
/// `scan-supp-rates` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_SCAN_SUPP_RATES: u16 = 125;
/// `hidden-ssid` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_HIDDEN_SSID: u16 = 126;
/// `ie-probe-resp` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_IE_PROBE_RESP: u16 = 127;
/// `ie-assoc-resp` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_IE_ASSOC_RESP: u16 = 128;
/// `sta-wme` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_STA_WME: u16 = 129;
/// `support-ap-uapsd` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_SUPPORT_AP_UAPSD: u16 = 130;
/// `roam-support` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_ROAM_SUPPORT: u16 = 131;
/// `sched-scan-match` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_SCHED_SCAN_MATCH: u16 = 132;
/// `max-match-sets` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_MAX_MATCH_SETS: u16 = 133;
/// `pmksa-candidate` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_PMKSA_CANDIDATE: u16 = 134;
/// `tx-no-cck-rate` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_TX_NO_CCK_RATE: u16 = 135;
/// `tdls-action` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_TDLS_ACTION: u16 = 136;
/// `tdls-dialog-token` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_TDLS_DIALOG_TOKEN: u16 = 137;
/// `tdls-operation` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_TDLS_OPERATION: u16 = 138;
/// `tdls-support` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_TDLS_SUPPORT: u16 = 139;
/// `tdls-external-setup` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_TDLS_EXTERNAL_SETUP: u16 = 140;
/// `device-ap-sme` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_DEVICE_AP_SME: u16 = 141;
/// `dont-wait-for-ack` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_DONT_WAIT_FOR_ACK: u16 = 142;
/// `feature-flags` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_FEATURE_FLAGS: u16 = 143;
/// `probe-resp-offload` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_PROBE_RESP_OFFLOAD: u16 = 144;
/// `probe-resp` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_PROBE_RESP: u16 = 145;
/// `dfs-region` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_DFS_REGION: u16 = 146;
/// `disable-ht` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_DISABLE_HT: u16 = 147;
/// `ht-capability-mask` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_HT_CAPABILITY_MASK: u16 = 148;
/// `noack-map` (u16) of `nl80211-attrs`.
pub const NL80211_ATTR_NOACK_MAP: u16 = 149;
/// `inactivity-timeout` (u16) of `nl80211-attrs`.
pub const NL80211_ATTR_INACTIVITY_TIMEOUT: u16 = 150;
/// `rx-signal-dbm` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_RX_SIGNAL_DBM: u16 = 151;
/// `bg-scan-period` (u16) of `nl80211-attrs`.
pub const NL80211_ATTR_BG_SCAN_PERIOD: u16 = 152;
/// `wdev` (u64) of `nl80211-attrs`.
pub const NL80211_ATTR_WDEV: u16 = 153;
/// `user-reg-hint-type` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_USER_REG_HINT_TYPE: u16 = 154;
/// `conn-failed-reason` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_CONN_FAILED_REASON: u16 = 155;
/// `auth-data` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_AUTH_DATA: u16 = 156;
/// `vht-capability` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_VHT_CAPABILITY: u16 = 157;
/// `scan-flags` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_SCAN_FLAGS: u16 = 158;
/// `channel-width` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_CHANNEL_WIDTH: u16 = 159;
/// `center-freq1` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_CENTER_FREQ1: u16 = 160;
/// `center-freq2` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_CENTER_FREQ2: u16 = 161;
/// `p2p-ctwindow` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_P2P_CTWINDOW: u16 = 162;
/// `p2p-oppps` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_P2P_OPPPS: u16 = 163;
/// `local-mesh-power-mode` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_LOCAL_MESH_POWER_MODE: u16 = 164;
/// `acl-policy` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_ACL_POLICY: u16 = 165;
/// `mac-addrs` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_MAC_ADDRS: u16 = 166;
/// `mac-acl-max` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_MAC_ACL_MAX: u16 = 167;
/// `radar-event` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_RADAR_EVENT: u16 = 168;
/// `ext-capa` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_EXT_CAPA: u16 = 169;
/// `ext-capa-mask` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_EXT_CAPA_MASK: u16 = 170;
/// `sta-capability` (u16) of `nl80211-attrs`.
pub const NL80211_ATTR_STA_CAPABILITY: u16 = 171;
/// `sta-ext-capability` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_STA_EXT_CAPABILITY: u16 = 172;
/// `protocol-features` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_PROTOCOL_FEATURES: u16 = 173;
/// `split-wiphy-dump` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_SPLIT_WIPHY_DUMP: u16 = 174;
/// `disable-vht` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_DISABLE_VHT: u16 = 175;
/// `vht-capability-mask` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_VHT_CAPABILITY_MASK: u16 = 176;
/// `mdid` (u16) of `nl80211-attrs`.
pub const NL80211_ATTR_MDID: u16 = 177;
/// `ie-ric` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_IE_RIC: u16 = 178;
/// `crit-prot-id` (u16) of `nl80211-attrs`.
pub const NL80211_ATTR_CRIT_PROT_ID: u16 = 179;
/// `max-crit-prot-duration` (u16) of `nl80211-attrs`.
pub const NL80211_ATTR_MAX_CRIT_PROT_DURATION: u16 = 180;
/// `peer-aid` (u16) of `nl80211-attrs`.
pub const NL80211_ATTR_PEER_AID: u16 = 181;
/// `coalesce-rule` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_COALESCE_RULE: u16 = 182;
/// `ch-switch-count` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_CH_SWITCH_COUNT: u16 = 183;
/// `ch-switch-block-tx` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_CH_SWITCH_BLOCK_TX: u16 = 184;
/// `csa-ies` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_CSA_IES: u16 = 185;
/// `cntdwn-offs-beacon` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_CNTDWN_OFFS_BEACON: u16 = 186;
/// `cntdwn-offs-presp` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_CNTDWN_OFFS_PRESP: u16 = 187;
/// `rxmgmt-flags` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_RXMGMT_FLAGS: u16 = 188;
/// `sta-supported-channels` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_STA_SUPPORTED_CHANNELS: u16 = 189;
/// `sta-supported-oper-classes` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_STA_SUPPORTED_OPER_CLASSES: u16 = 190;
/// `handle-dfs` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_HANDLE_DFS: u16 = 191;
/// `support-5-mhz` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_SUPPORT_5_MHZ: u16 = 192;
/// `support-10-mhz` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_SUPPORT_10_MHZ: u16 = 193;
/// `opmode-notif` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_OPMODE_NOTIF: u16 = 194;
/// `vendor-id` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_VENDOR_ID: u16 = 195;
/// `vendor-subcmd` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_VENDOR_SUBCMD: u16 = 196;
/// `vendor-data` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_VENDOR_DATA: u16 = 197;
/// `vendor-events` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_VENDOR_EVENTS: u16 = 198;
/// `qos-map` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_QOS_MAP: u16 = 199;
/// `mac-hint` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_MAC_HINT: u16 = 200;
/// `wiphy-freq-hint` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_WIPHY_FREQ_HINT: u16 = 201;
/// `max-ap-assoc-sta` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_MAX_AP_ASSOC_STA: u16 = 202;
/// `tdls-peer-capability` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_TDLS_PEER_CAPABILITY: u16 = 203;
/// `socket-owner` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_SOCKET_OWNER: u16 = 204;
/// `csa-c-offsets-tx` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_CSA_C_OFFSETS_TX: u16 = 205;
/// `max-csa-counters` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_MAX_CSA_COUNTERS: u16 = 206;
/// `tdls-initiator` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_TDLS_INITIATOR: u16 = 207;
/// `use-rrm` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_USE_RRM: u16 = 208;
/// `wiphy-dyn-ack` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_WIPHY_DYN_ACK: u16 = 209;
/// `tsid` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_TSID: u16 = 210;
/// `user-prio` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_USER_PRIO: u16 = 211;
/// `admitted-time` (u16) of `nl80211-attrs`.
pub const NL80211_ATTR_ADMITTED_TIME: u16 = 212;
/// `smps-mode` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_SMPS_MODE: u16 = 213;
/// `oper-class` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_OPER_CLASS: u16 = 214;
/// `mac-mask` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_MAC_MASK: u16 = 215;
/// `wiphy-self-managed-reg` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_WIPHY_SELF_MANAGED_REG: u16 = 216;
/// `ext-features` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_EXT_FEATURES: u16 = 217;
/// `survey-radio-stats` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_SURVEY_RADIO_STATS: u16 = 218;
/// `netns-fd` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_NETNS_FD: u16 = 219;
/// `sched-scan-delay` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_SCHED_SCAN_DELAY: u16 = 220;
/// `reg-indoor` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_REG_INDOOR: u16 = 221;
/// `max-num-sched-scan-plans` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_MAX_NUM_SCHED_SCAN_PLANS: u16 = 222;
/// `max-scan-plan-interval` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_MAX_SCAN_PLAN_INTERVAL: u16 = 223;
/// `max-scan-plan-iterations` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_MAX_SCAN_PLAN_ITERATIONS: u16 = 224;
/// `sched-scan-plans` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_SCHED_SCAN_PLANS: u16 = 225;
/// `pbss` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_PBSS: u16 = 226;
/// `bss-select` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_BSS_SELECT: u16 = 227;
/// `sta-support-p2p-ps` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_STA_SUPPORT_P2P_PS: u16 = 228;
/// `pad` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_PAD: u16 = 229;
/// `iftype-ext-capa` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_IFTYPE_EXT_CAPA: u16 = 230;
/// `mu-mimo-group-data` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_MU_MIMO_GROUP_DATA: u16 = 231;
/// `mu-mimo-follow-mac-addr` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_MU_MIMO_FOLLOW_MAC_ADDR: u16 = 232;
/// `scan-start-time-tsf` (u64) of `nl80211-attrs`.
pub const NL80211_ATTR_SCAN_START_TIME_TSF: u16 = 233;
/// `scan-start-time-tsf-bssid` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_SCAN_START_TIME_TSF_BSSID: u16 = 234;
/// `measurement-duration` (u16) of `nl80211-attrs`.
pub const NL80211_ATTR_MEASUREMENT_DURATION: u16 = 235;
/// `measurement-duration-mandatory` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_MEASUREMENT_DURATION_MANDATORY: u16 = 236;
/// `mesh-peer-aid` (u16) of `nl80211-attrs`.
pub const NL80211_ATTR_MESH_PEER_AID: u16 = 237;
/// `nan-master-pref` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_NAN_MASTER_PREF: u16 = 238;
/// `bands` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_BANDS: u16 = 239;
/// `nan-func` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_NAN_FUNC: u16 = 240;
/// `nan-match` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_NAN_MATCH: u16 = 241;
/// `fils-kek` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_FILS_KEK: u16 = 242;
/// `fils-nonces` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_FILS_NONCES: u16 = 243;
/// `multicast-to-unicast-enabled` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_MULTICAST_TO_UNICAST_ENABLED: u16 = 244;
/// `bssid` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_BSSID: u16 = 245;
/// `sched-scan-relative-rssi` (s8) of `nl80211-attrs`.
pub const NL80211_ATTR_SCHED_SCAN_RELATIVE_RSSI: u16 = 246;
/// `sched-scan-rssi-adjust` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_SCHED_SCAN_RSSI_ADJUST: u16 = 247;
/// `timeout-reason` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_TIMEOUT_REASON: u16 = 248;
/// `fils-erp-username` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_FILS_ERP_USERNAME: u16 = 249;
/// `fils-erp-realm` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_FILS_ERP_REALM: u16 = 250;
/// `fils-erp-next-seq-num` (u16) of `nl80211-attrs`.
pub const NL80211_ATTR_FILS_ERP_NEXT_SEQ_NUM: u16 = 251;
/// `fils-erp-rrk` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_FILS_ERP_RRK: u16 = 252;
/// `fils-cache-id` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_FILS_CACHE_ID: u16 = 253;
/// `pmk` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_PMK: u16 = 254;
/// `sched-scan-multi` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_SCHED_SCAN_MULTI: u16 = 255;
/// `sched-scan-max-reqs` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_SCHED_SCAN_MAX_REQS: u16 = 256;
/// `want-1x-4way-hs` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_WANT_1X_4WAY_HS: u16 = 257;
/// `pmkr0-name` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_PMKR0_NAME: u16 = 258;
/// `port-authorized` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_PORT_AUTHORIZED: u16 = 259;
/// `external-auth-action` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_EXTERNAL_AUTH_ACTION: u16 = 260;
/// `external-auth-support` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_EXTERNAL_AUTH_SUPPORT: u16 = 261;
/// `nss` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_NSS: u16 = 262;
/// `ack-signal` (s32) of `nl80211-attrs`.
pub const NL80211_ATTR_ACK_SIGNAL: u16 = 263;
/// `control-port-over-nl80211` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_CONTROL_PORT_OVER_NL80211: u16 = 264;
/// `txq-stats` (nest) of `nl80211-attrs`.
pub const NL80211_ATTR_TXQ_STATS: u16 = 265;
/// `txq-limit` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_TXQ_LIMIT: u16 = 266;
/// `txq-memory-limit` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_TXQ_MEMORY_LIMIT: u16 = 267;
/// `txq-quantum` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_TXQ_QUANTUM: u16 = 268;
/// `he-capability` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_HE_CAPABILITY: u16 = 269;
/// `ftm-responder` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_FTM_RESPONDER: u16 = 270;
/// `ftm-responder-stats` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_FTM_RESPONDER_STATS: u16 = 271;
/// `timeout` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_TIMEOUT: u16 = 272;
/// `peer-measurements` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_PEER_MEASUREMENTS: u16 = 273;
/// `airtime-weight` (u16) of `nl80211-attrs`.
pub const NL80211_ATTR_AIRTIME_WEIGHT: u16 = 274;
/// `sta-tx-power-setting` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_STA_TX_POWER_SETTING: u16 = 275;
/// `sta-tx-power` (s16) of `nl80211-attrs`.
pub const NL80211_ATTR_STA_TX_POWER: u16 = 276;
/// `sae-password` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_SAE_PASSWORD: u16 = 277;
/// `twt-responder` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_TWT_RESPONDER: u16 = 278;
/// `he-obss-pd` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_HE_OBSS_PD: u16 = 279;
/// `wiphy-edmg-channels` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_WIPHY_EDMG_CHANNELS: u16 = 280;
/// `wiphy-edmg-bw-config` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_WIPHY_EDMG_BW_CONFIG: u16 = 281;
/// `vlan-id` (u16) of `nl80211-attrs`.
pub const NL80211_ATTR_VLAN_ID: u16 = 282;
/// `he-bss-color` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_HE_BSS_COLOR: u16 = 283;
/// `iftype-akm-suites` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_IFTYPE_AKM_SUITES: u16 = 284;
/// `tid-config` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_TID_CONFIG: u16 = 285;
/// `control-port-no-preauth` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_CONTROL_PORT_NO_PREAUTH: u16 = 286;
/// `pmk-lifetime` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_PMK_LIFETIME: u16 = 287;
/// `pmk-reauth-threshold` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_PMK_REAUTH_THRESHOLD: u16 = 288;
/// `receive-multicast` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_RECEIVE_MULTICAST: u16 = 289;
/// `wiphy-freq-offset` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_WIPHY_FREQ_OFFSET: u16 = 290;
/// `center-freq1-offset` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_CENTER_FREQ1_OFFSET: u16 = 291;
/// `scan-freq-khz` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_SCAN_FREQ_KHZ: u16 = 292;
/// `he-6ghz-capability` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_HE_6GHZ_CAPABILITY: u16 = 293;
/// `fils-discovery` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_FILS_DISCOVERY: u16 = 294;
/// `unsol-bcast-probe-resp` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_UNSOL_BCAST_PROBE_RESP: u16 = 295;
/// `s1g-capability` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_S1G_CAPABILITY: u16 = 296;
/// `s1g-capability-mask` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_S1G_CAPABILITY_MASK: u16 = 297;
/// `sae-pwe` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_SAE_PWE: u16 = 298;
/// `reconnect-requested` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_RECONNECT_REQUESTED: u16 = 299;
/// `sar-spec` (nest) of `nl80211-attrs`.
pub const NL80211_ATTR_SAR_SPEC: u16 = 300;
/// `disable-he` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_DISABLE_HE: u16 = 301;
/// `obss-color-bitmap` (u64) of `nl80211-attrs`.
pub const NL80211_ATTR_OBSS_COLOR_BITMAP: u16 = 302;
/// `color-change-count` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_COLOR_CHANGE_COUNT: u16 = 303;
/// `color-change-color` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_COLOR_CHANGE_COLOR: u16 = 304;
/// `color-change-elems` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_COLOR_CHANGE_ELEMS: u16 = 305;
/// `mbssid-config` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_MBSSID_CONFIG: u16 = 306;
/// `mbssid-elems` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_MBSSID_ELEMS: u16 = 307;
/// `radar-background` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_RADAR_BACKGROUND: u16 = 308;
/// `ap-settings-flags` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_AP_SETTINGS_FLAGS: u16 = 309;
/// `eht-capability` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_EHT_CAPABILITY: u16 = 310;
/// `disable-eht` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_DISABLE_EHT: u16 = 311;
/// `mlo-links` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_MLO_LINKS: u16 = 312;
/// `mlo-link-id` (u8) of `nl80211-attrs`.
pub const NL80211_ATTR_MLO_LINK_ID: u16 = 313;
/// `mld-addr` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_MLD_ADDR: u16 = 314;
/// `mlo-support` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_MLO_SUPPORT: u16 = 315;
/// `max-num-akm-suites` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_MAX_NUM_AKM_SUITES: u16 = 316;
/// `eml-capability` (u16) of `nl80211-attrs`.
pub const NL80211_ATTR_EML_CAPABILITY: u16 = 317;
/// `mld-capa-and-ops` (u16) of `nl80211-attrs`.
pub const NL80211_ATTR_MLD_CAPA_AND_OPS: u16 = 318;
/// `tx-hw-timestamp` (u64) of `nl80211-attrs`.
pub const NL80211_ATTR_TX_HW_TIMESTAMP: u16 = 319;
/// `rx-hw-timestamp` (u64) of `nl80211-attrs`.
pub const NL80211_ATTR_RX_HW_TIMESTAMP: u16 = 320;
/// `td-bitmap` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_TD_BITMAP: u16 = 321;
/// `punct-bitmap` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_PUNCT_BITMAP: u16 = 322;
/// `max-hw-timestamp-peers` (u16) of `nl80211-attrs`.
pub const NL80211_ATTR_MAX_HW_TIMESTAMP_PEERS: u16 = 323;
/// `hw-timestamp-enabled` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_HW_TIMESTAMP_ENABLED: u16 = 324;
/// `ema-rnr-elems` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_EMA_RNR_ELEMS: u16 = 325;
/// `mlo-link-disabled` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_MLO_LINK_DISABLED: u16 = 326;
/// `bss-dump-include-use-data` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_BSS_DUMP_INCLUDE_USE_DATA: u16 = 327;
/// `mlo-ttlm-dlink` (u16) of `nl80211-attrs`.
pub const NL80211_ATTR_MLO_TTLM_DLINK: u16 = 328;
/// `mlo-ttlm-ulink` (u16) of `nl80211-attrs`.
pub const NL80211_ATTR_MLO_TTLM_ULINK: u16 = 329;
/// `assoc-spp-amsdu` (flag) of `nl80211-attrs`.
pub const NL80211_ATTR_ASSOC_SPP_AMSDU: u16 = 330;
/// `wiphy-radios` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_WIPHY_RADIOS: u16 = 331;
/// `wiphy-interface-combinations` (binary) of `nl80211-attrs`.
pub const NL80211_ATTR_WIPHY_INTERFACE_COMBINATIONS: u16 = 332;
/// `vif-radio-mask` (u32) of `nl80211-attrs`.
pub const NL80211_ATTR_VIF_RADIO_MASK: u16 = 333;

// Attribute set `wiphy-bands`

/// 2.4 GHz ISM band
pub const NL80211_BAND_2GHZ: u16 = 0;
/// around 5 GHz band (4.9 - 5.7 GHz)
pub const NL80211_BAND_5GHZ: u16 = 1;
/// around 60 GHz band (58.32 - 69.12 GHz)
pub const NL80211_BAND_60GHZ: u16 = 2;
/// `6ghz` (nest) of `wiphy-bands`.
pub const NL80211_BAND_6GHZ: u16 = 3;
/// `s1ghz` (nest) of `wiphy-bands`.
pub const NL80211_BAND_S1GHZ: u16 = 4;
/// `lc` (nest) of `wiphy-bands`.
pub const NL80211_BAND_LC: u16 = 5;

// Attribute set `band-attrs`

/// `freqs` (indexed-array) of `band-attrs`.
pub const NL80211_BAND_ATTR_FREQS: u16 = 1;
/// `rates` (indexed-array) of `band-attrs`.
pub const NL80211_BAND_ATTR_RATES: u16 = 2;
/// `ht-mcs-set` (binary) of `band-attrs`.
pub const NL80211_BAND_ATTR_HT_MCS_SET: u16 = 3;
/// `ht-capa` (u16) of `band-attrs`.
pub const NL80211_BAND_ATTR_HT_CAPA: u16 = 4;
/// `ht-ampdu-factor` (u8) of `band-attrs`.
pub const NL80211_BAND_ATTR_HT_AMPDU_FACTOR: u16 = 5;
/// `ht-ampdu-density` (u8) of `band-attrs`.
pub const NL80211_BAND_ATTR_HT_AMPDU_DENSITY: u16 = 6;
/// `vht-mcs-set` (binary) of `band-attrs`.
pub const NL80211_BAND_ATTR_VHT_MCS_SET: u16 = 7;
/// `vht-capa` (u32) of `band-attrs`.
pub const NL80211_BAND_ATTR_VHT_CAPA: u16 = 8;
/// `iftype-data` (indexed-array) of `band-attrs`.
pub const NL80211_BAND_ATTR_IFTYPE_DATA: u16 = 9;
/// `edmg-channels` (binary) of `band-attrs`.
pub const NL80211_BAND_ATTR_EDMG_CHANNELS: u16 = 10;
/// `edmg-bw-config` (binary) of `band-attrs`.
pub const NL80211_BAND_ATTR_EDMG_BW_CONFIG: u16 = 11;
/// `s1g-mcs-nss-set` (binary) of `band-attrs`.
pub const NL80211_BAND_ATTR_S1G_MCS_NSS_SET: u16 = 12;
/// `s1g-capa` (binary) of `band-attrs`.
pub const NL80211_BAND_ATTR_S1G_CAPA: u16 = 13;

// Attribute set `bitrate-attrs`

/// `rate` (u32) of `bitrate-attrs`.
pub const NL80211_BITRATE_ATTR_RATE: u16 = 1;
/// `2ghz-shortpreamble` (flag) of `bitrate-attrs`.
pub const NL80211_BITRATE_ATTR_2GHZ_SHORTPREAMBLE: u16 = 2;

// Attribute set `frequency-attrs`

/// `freq` (u32) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_FREQ: u16 = 1;
/// `disabled` (flag) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_DISABLED: u16 = 2;
/// `no-ir` (flag) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_NO_IR: u16 = 3;
/// `no-ibss` (flag) of `frequency-attrs`.
pub const __NL80211_FREQUENCY_ATTR_NO_IBSS: u16 = 4;
/// `radar` (flag) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_RADAR: u16 = 5;
/// `max-tx-power` (u32) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_MAX_TX_POWER: u16 = 6;
/// `dfs-state` (u32) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_DFS_STATE: u16 = 7;
/// `dfs-time` (binary) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_DFS_TIME: u16 = 8;
/// `no-ht40-minus` (binary) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_NO_HT40_MINUS: u16 = 9;
/// `no-ht40-plus` (binary) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_NO_HT40_PLUS: u16 = 10;
/// `no-80mhz` (binary) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_NO_80MHZ: u16 = 11;
/// `no-160mhz` (binary) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_NO_160MHZ: u16 = 12;
/// `dfs-cac-time` (binary) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_DFS_CAC_TIME: u16 = 13;
/// `indoor-only` (binary) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_INDOOR_ONLY: u16 = 14;
/// `ir-concurrent` (binary) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_IR_CONCURRENT: u16 = 15;
/// `no-20mhz` (binary) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_NO_20MHZ: u16 = 16;
/// `no-10mhz` (binary) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_NO_10MHZ: u16 = 17;
/// `wmm` (indexed-array) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_WMM: u16 = 18;
/// `no-he` (binary) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_NO_HE: u16 = 19;
/// `offset` (u32) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_OFFSET: u16 = 20;
/// `1mhz` (binary) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_1MHZ: u16 = 21;
/// `2mhz` (binary) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_2MHZ: u16 = 22;
/// `4mhz` (binary) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_4MHZ: u16 = 23;
/// `8mhz` (binary) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_8MHZ: u16 = 24;
/// `16mhz` (binary) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_16MHZ: u16 = 25;
/// `no-320mhz` (binary) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_NO_320MHZ: u16 = 26;
/// `no-eht` (binary) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_NO_EHT: u16 = 27;
/// `psd` (binary) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_PSD: u16 = 28;
/// `dfs-concurrent` (binary) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_DFS_CONCURRENT: u16 = 29;
/// `no-6ghz-vlp-client` (binary) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_NO_6GHZ_VLP_CLIENT: u16 = 30;
/// `no-6ghz-afc-client` (binary) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_NO_6GHZ_AFC_CLIENT: u16 = 31;
/// `can-monitor` (binary) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_CAN_MONITOR: u16 = 32;
/// `allow-6ghz-vlp-ap` (binary) of `frequency-attrs`.
pub const NL80211_FREQUENCY_ATTR_ALLOW_6GHZ_VLP_AP: u16 = 33;

// Attribute set `if-combination-attributes`

/// `limits` (indexed-array) of `if-combination-attributes`.
pub const NL80211_IFACE_COMB_LIMITS: u16 = 1;
/// `maxnum` (u32) of `if-combination-attributes`.
pub const NL80211_IFACE_COMB_MAXNUM: u16 = 2;
/// `sta-ap-bi-match` (flag) of `if-combination-attributes`.
pub const NL80211_IFACE_COMB_STA_AP_BI_MATCH: u16 = 3;
/// `num-channels` (u32) of `if-combination-attributes`.
pub const NL80211_IFACE_COMB_NUM_CHANNELS: u16 = 4;
/// `radar-detect-widths` (u32) of `if-combination-attributes`.
pub const NL80211_IFACE_COMB_RADAR_DETECT_WIDTHS: u16 = 5;
/// `radar-detect-regions` (u32) of `if-combination-attributes`.
pub const NL80211_IFACE_COMB_RADAR_DETECT_REGIONS: u16 = 6;
/// `bi-min-gcd` (u32) of `if-combination-attributes`.
pub const NL80211_IFACE_COMB_BI_MIN_GCD: u16 = 7;

// Attribute set `iface-limit-attributes`

/// `max` (u32) of `iface-limit-attributes`.
pub const NL80211_IFACE_LIMIT_MAX: u16 = 1;
/// `types` (nest) of `iface-limit-attributes`.
pub const NL80211_IFACE_LIMIT_TYPES: u16 = 2;

// Attribute set `iftype-data-attrs`

/// `iftypes` (binary) of `iftype-data-attrs`.
pub const NL80211_BAND_IFTYPE_ATTR_IFTYPES: u16 = 1;
/// `he-cap-mac` (binary) of `iftype-data-attrs`.
pub const NL80211_BAND_IFTYPE_ATTR_HE_CAP_MAC: u16 = 2;
/// `he-cap-phy` (binary) of `iftype-data-attrs`.
pub const NL80211_BAND_IFTYPE_ATTR_HE_CAP_PHY: u16 = 3;
/// `he-cap-mcs-set` (binary) of `iftype-data-attrs`.
pub const NL80211_BAND_IFTYPE_ATTR_HE_CAP_MCS_SET: u16 = 4;
/// `he-cap-ppe` (binary) of `iftype-data-attrs`.
pub const NL80211_BAND_IFTYPE_ATTR_HE_CAP_PPE: u16 = 5;
/// `he-6ghz-capa` (binary) of `iftype-data-attrs`.
pub const NL80211_BAND_IFTYPE_ATTR_HE_6GHZ_CAPA: u16 = 6;
/// `vendor-elems` (binary) of `iftype-data-attrs`.
pub const NL80211_BAND_IFTYPE_ATTR_VENDOR_ELEMS: u16 = 7;
/// `eht-cap-mac` (binary) of `iftype-data-attrs`.
pub const NL80211_BAND_IFTYPE_ATTR_EHT_CAP_MAC: u16 = 8;
/// `eht-cap-phy` (binary) of `iftype-data-attrs`.
pub const NL80211_BAND_IFTYPE_ATTR_EHT_CAP_PHY: u16 = 9;
/// `eht-cap-mcs-set` (binary) of `iftype-data-attrs`.
pub const NL80211_BAND_IFTYPE_ATTR_EHT_CAP_MCS_SET: u16 = 10;
/// `eht-cap-ppe` (binary) of `iftype-data-attrs`.
pub const NL80211_BAND_IFTYPE_ATTR_EHT_CAP_PPE: u16 = 11;

// Attribute set `iftype-attrs`

/// `unspecified` (nest) of `iftype-attrs`.
pub const NL80211_IFTYPE_UNSPECIFIED: u16 = 0;
/// `adhoc` (nest) of `iftype-attrs`.
pub const NL80211_IFTYPE_ADHOC: u16 = 1;
/// `station` (nest) of `iftype-attrs`.
pub const NL80211_IFTYPE_STATION: u16 = 2;
/// `ap` (nest) of `iftype-attrs`.
pub const NL80211_IFTYPE_AP: u16 = 3;
/// `ap-vlan` (nest) of `iftype-attrs`.
pub const NL80211_IFTYPE_AP_VLAN: u16 = 4;
/// `wds` (nest) of `iftype-attrs`.
pub const NL80211_IFTYPE_WDS: u16 = 5;
/// `monitor` (nest) of `iftype-attrs`.
pub const NL80211_IFTYPE_MONITOR: u16 = 6;
/// `mesh-point` (nest) of `iftype-attrs`.
pub const NL80211_IFTYPE_MESH_POINT: u16 = 7;
/// `p2p-client` (nest) of `iftype-attrs`.
pub const NL80211_IFTYPE_P2P_CLIENT: u16 = 8;
/// `p2p-go` (nest) of `iftype-attrs`.
pub const NL80211_IFTYPE_P2P_GO: u16 = 9;
/// `p2p-device` (nest) of `iftype-attrs`.
pub const NL80211_IFTYPE_P2P_DEVICE: u16 = 10;
/// `ocb` (nest) of `iftype-attrs`.
pub const NL80211_IFTYPE_OCB: u16 = 11;
/// `nan` (nest) of `iftype-attrs`.
pub const NL80211_IFTYPE_NAN: u16 = 12;

// Attribute set `sar-attributes`

/// `type` (u32) of `sar-attributes`.
pub const NL80211_SAR_ATTR_TYPE: u16 = 1;
/// `specs` (indexed-array) of `sar-attributes`.
pub const NL80211_SAR_ATTR_SPECS: u16 = 2;

// Attribute set `sar-specs`

/// `power` (s32) of `sar-specs`.
pub const NL80211_SAR_ATTR_SPECS_POWER: u16 = 1;
/// `range-index` (u32) of `sar-specs`.
pub const NL80211_SAR_ATTR_SPECS_RANGE_INDEX: u16 = 2;
/// `start-freq` (u32) of `sar-specs`.
pub const NL80211_SAR_ATTR_SPECS_START_FREQ: u16 = 3;
/// `end-freq` (u32) of `sar-specs`.
pub const NL80211_SAR_ATTR_SPECS_END_FREQ: u16 = 4;

// Attribute set `supported-iftypes`

// Attribute set `txq-stats-attrs`

/// `backlog-bytes` (u32) of `txq-stats-attrs`.
pub const NL80211_TXQ_STATS_BACKLOG_BYTES: u16 = 1;
/// `backlog-packets` (u32) of `txq-stats-attrs`.
pub const NL80211_TXQ_STATS_BACKLOG_PACKETS: u16 = 2;
/// `flows` (u32) of `txq-stats-attrs`.
pub const NL80211_TXQ_STATS_FLOWS: u16 = 3;
/// `drops` (u32) of `txq-stats-attrs`.
pub const NL80211_TXQ_STATS_DROPS: u16 = 4;
/// `ecn-marks` (u32) of `txq-stats-attrs`.
pub const NL80211_TXQ_STATS_ECN_MARKS: u16 = 5;
/// `overlimit` (u32) of `txq-stats-attrs`.
pub const NL80211_TXQ_STATS_OVERLIMIT: u16 = 6;
/// `overmemory` (u32) of `txq-stats-attrs`.
pub const NL80211_TXQ_STATS_OVERMEMORY: u16 = 7;
/// `collisions` (u32) of `txq-stats-attrs`.
pub const NL80211_TXQ_STATS_COLLISIONS: u16 = 8;
/// `tx-bytes` (u32) of `txq-stats-attrs`.
pub const NL80211_TXQ_STATS_TX_BYTES: u16 = 9;
/// `tx-packets` (u32) of `txq-stats-attrs`.
pub const NL80211_TXQ_STATS_TX_PACKETS: u16 = 10;
/// `max-flows` (u32) of `txq-stats-attrs`.
pub const NL80211_TXQ_STATS_MAX_FLOWS: u16 = 11;

// Attribute set `wmm-attrs`

/// `cw-min` (u16) of `wmm-attrs`.
pub const NL80211_WMMR_CW_MIN: u16 = 1;
/// `cw-max` (u16) of `wmm-attrs`.
pub const NL80211_WMMR_CW_MAX: u16 = 2;
/// `aifsn` (u8) of `wmm-attrs`.
pub const NL80211_WMMR_AIFSN: u16 = 3;
/// `txop` (u16) of `wmm-attrs`.
pub const NL80211_WMMR_TXOP: u16 = 4;

// Attribute set `wowlan-triggers-attrs`

/// `any` (flag) of `wowlan-triggers-attrs`.
pub const NL80211_WOWLAN_TRIG_ANY: u16 = 1;
/// `disconnect` (flag) of `wowlan-triggers-attrs`.
pub const NL80211_WOWLAN_TRIG_DISCONNECT: u16 = 2;
/// `magic-pkt` (flag) of `wowlan-triggers-attrs`.
pub const NL80211_WOWLAN_TRIG_MAGIC_PKT: u16 = 3;
/// `pkt-pattern` (flag) of `wowlan-triggers-attrs`.
pub const NL80211_WOWLAN_TRIG_PKT_PATTERN: u16 = 4;
/// `gtk-rekey-supported` (flag) of `wowlan-triggers-attrs`.
pub const NL80211_WOWLAN_TRIG_GTK_REKEY_SUPPORTED: u16 = 5;
/// `gtk-rekey-failure` (flag) of `wowlan-triggers-attrs`.
pub const NL80211_WOWLAN_TRIG_GTK_REKEY_FAILURE: u16 = 6;
/// `eap-ident-request` (flag) of `wowlan-triggers-attrs`.
pub const NL80211_WOWLAN_TRIG_EAP_IDENT_REQUEST: u16 = 7;
/// `4way-handshake` (flag) of `wowlan-triggers-attrs`.
pub const NL80211_WOWLAN_TRIG_4WAY_HANDSHAKE: u16 = 8;
/// `rfkill-release` (flag) of `wowlan-triggers-attrs`.
pub const NL80211_WOWLAN_TRIG_RFKILL_RELEASE: u16 = 9;
/// `wakeup-pkt-80211` (flag) of `wowlan-triggers-attrs`.
pub const NL80211_WOWLAN_TRIG_WAKEUP_PKT_80211: u16 = 10;
/// `wakeup-pkt-80211-len` (flag) of `wowlan-triggers-attrs`.
pub const NL80211_WOWLAN_TRIG_WAKEUP_PKT_80211_LEN: u16 = 11;
/// `wakeup-pkt-8023` (flag) of `wowlan-triggers-attrs`.
pub const NL80211_WOWLAN_TRIG_WAKEUP_PKT_8023: u16 = 12;
/// `wakeup-pkt-8023-len` (flag) of `wowlan-triggers-attrs`.
pub const NL80211_WOWLAN_TRIG_WAKEUP_PKT_8023_LEN: u16 = 13;
/// `tcp-connection` (flag) of `wowlan-triggers-attrs`.
pub const NL80211_WOWLAN_TRIG_TCP_CONNECTION: u16 = 14;
/// `wakeup-tcp-match` (flag) of `wowlan-triggers-attrs`.
pub const NL80211_WOWLAN_TRIG_WAKEUP_TCP_MATCH: u16 = 15;
/// `wakeup-tcp-connlost` (flag) of `wowlan-triggers-attrs`.
pub const NL80211_WOWLAN_TRIG_WAKEUP_TCP_CONNLOST: u16 = 16;
/// `wakeup-tcp-nomoretokens` (flag) of `wowlan-triggers-attrs`.
pub const NL80211_WOWLAN_TRIG_WAKEUP_TCP_NOMORETOKENS: u16 = 17;
/// `net-detect` (flag) of `wowlan-triggers-attrs`.
pub const NL80211_WOWLAN_TRIG_NET_DETECT: u16 = 18;
/// `net-detect-results` (flag) of `wowlan-triggers-attrs`.
pub const NL80211_WOWLAN_TRIG_NET_DETECT_RESULTS: u16 = 19;
/// `unprotected-deauth-disassoc` (flag) of `wowlan-triggers-attrs`.
pub const NL80211_WOWLAN_TRIG_UNPROTECTED_DEAUTH_DISASSOC: u16 = 20;

// Enum `commands`

/// `unspec` of `commands`.
pub const NL80211_COMMANDS_UNSPEC: u32 = 0;
/// `get-wiphy` of `commands`.
pub const NL80211_COMMANDS_GET_WIPHY: u32 = 1;
/// `set-wiphy` of `commands`.
pub const NL80211_COMMANDS_SET_WIPHY: u32 = 2;
/// `new-wiphy` of `commands`.
pub const NL80211_COMMANDS_NEW_WIPHY: u32 = 3;
/// `del-wiphy` of `commands`.
pub const NL80211_COMMANDS_DEL_WIPHY: u32 = 4;
/// `get-interface` of `commands`.
pub const NL80211_COMMANDS_GET_INTERFACE: u32 = 5;
/// `set-interface` of `commands`.
pub const NL80211_COMMANDS_SET_INTERFACE: u32 = 6;
/// `new-interface` of `commands`.
pub const NL80211_COMMANDS_NEW_INTERFACE: u32 = 7;
/// `del-interface` of `commands`.
pub const NL80211_COMMANDS_DEL_INTERFACE: u32 = 8;
/// `get-key` of `commands`.
pub const NL80211_COMMANDS_GET_KEY: u32 = 9;
/// `set-key` of `commands`.
pub const NL80211_COMMANDS_SET_KEY: u32 = 10;
/// `new-key` of `commands`.
pub const NL80211_COMMANDS_NEW_KEY: u32 = 11;
/// `del-key` of `commands`.
pub const NL80211_COMMANDS_DEL_KEY: u32 = 12;
/// `get-beacon` of `commands`.
pub const NL80211_COMMANDS_GET_BEACON: u32 = 13;
/// `set-beacon` of `commands`.
pub const NL80211_COMMANDS_SET_BEACON: u32 = 14;
/// `new-beacon` of `commands`.
pub const NL80211_COMMANDS_NEW_BEACON: u32 = 15;
/// `del-beacon` of `commands`.
pub const NL80211_COMMANDS_DEL_BEACON: u32 = 16;
/// `get-station` of `commands`.
pub const NL80211_COMMANDS_GET_STATION: u32 = 17;
/// `set-station` of `commands`.
pub const NL80211_COMMANDS_SET_STATION: u32 = 18;
/// `new-station` of `commands`.
pub const NL80211_COMMANDS_NEW_STATION: u32 = 19;
/// `del-station` of `commands`.
pub const NL80211_COMMANDS_DEL_STATION: u32 = 20;
/// `get-mpath` of `commands`.
pub const NL80211_COMMANDS_GET_MPATH: u32 = 21;
/// `set-mpath` of `commands`.
pub const NL80211_COMMANDS_SET_MPATH: u32 = 22;
/// `new-mpath` of `commands`.
pub const NL80211_COMMANDS_NEW_MPATH: u32 = 23;
/// `del-mpath` of `commands`.
pub const NL80211_COMMANDS_DEL_MPATH: u32 = 24;
/// `set-bss` of `commands`.
pub const NL80211_COMMANDS_SET_BSS: u32 = 25;
/// `set-reg` of `commands`.
pub const NL80211_COMMANDS_SET_REG: u32 = 26;
/// `req-set-reg` of `commands`.
pub const NL80211_COMMANDS_REQ_SET_REG: u32 = 27;
/// `get-mesh-config` of `commands`.
pub const NL80211_COMMANDS_GET_MESH_CONFIG: u32 = 28;
/// `set-mesh-config` of `commands`.
pub const NL80211_COMMANDS_SET_MESH_CONFIG: u32 = 29;
/// `set-mgmt-extra-ie` of `commands`.
pub const NL80211_COMMANDS_SET_MGMT_EXTRA_IE: u32 = 30;
/// `get-reg` of `commands`.
pub const NL80211_COMMANDS_GET_REG: u32 = 31;
/// `get-scan` of `commands`.
pub const NL80211_COMMANDS_GET_SCAN: u32 = 32;
/// `trigger-scan` of `commands`.
pub const NL80211_COMMANDS_TRIGGER_SCAN: u32 = 33;
/// `new-scan-results` of `commands`.
pub const NL80211_COMMANDS_NEW_SCAN_RESULTS: u32 = 34;
/// `scan-aborted` of `commands`.
pub const NL80211_COMMANDS_SCAN_ABORTED: u32 = 35;
/// `reg-change` of `commands`.
pub const NL80211_COMMANDS_REG_CHANGE: u32 = 36;
/// `authenticate` of `commands`.
pub const NL80211_COMMANDS_AUTHENTICATE: u32 = 37;
/// `associate` of `commands`.
pub const NL80211_COMMANDS_ASSOCIATE: u32 = 38;
/// `deauthenticate` of `commands`.
pub const NL80211_COMMANDS_DEAUTHENTICATE: u32 = 39;
/// `disassociate` of `commands`.
pub const NL80211_COMMANDS_DISASSOCIATE: u32 = 40;
/// `michael-mic-failure` of `commands`.
pub const NL80211_COMMANDS_MICHAEL_MIC_FAILURE: u32 = 41;
/// `reg-beacon-hint` of `commands`.
pub const NL80211_COMMANDS_REG_BEACON_HINT: u32 = 42;
/// `join-ibss` of `commands`.
pub const NL80211_COMMANDS_JOIN_IBSS: u32 = 43;
/// `leave-ibss` of `commands`.
pub const NL80211_COMMANDS_LEAVE_IBSS: u32 = 44;
/// `testmode` of `commands`.
pub const NL80211_COMMANDS_TESTMODE: u32 = 45;
/// `connect` of `commands`.
pub const NL80211_COMMANDS_CONNECT: u32 = 46;
/// `roam` of `commands`.
pub const NL80211_COMMANDS_ROAM: u32 = 47;
/// `disconnect` of `commands`.
pub const NL80211_COMMANDS_DISCONNECT: u32 = 48;
/// `set-wiphy-netns` of `commands`.
pub const NL80211_COMMANDS_SET_WIPHY_NETNS: u32 = 49;
/// `get-survey` of `commands`.
pub const NL80211_COMMANDS_GET_SURVEY: u32 = 50;
/// `new-survey-results` of `commands`.
pub const NL80211_COMMANDS_NEW_SURVEY_RESULTS: u32 = 51;
/// `set-pmksa` of `commands`.
pub const NL80211_COMMANDS_SET_PMKSA: u32 = 52;
/// `del-pmksa` of `commands`.
pub const NL80211_COMMANDS_DEL_PMKSA: u32 = 53;
/// `flush-pmksa` of `commands`.
pub const NL80211_COMMANDS_FLUSH_PMKSA: u32 = 54;
/// `remain-on-channel` of `commands`.
pub const NL80211_COMMANDS_REMAIN_ON_CHANNEL: u32 = 55;
/// `cancel-remain-on-channel` of `commands`.
pub const NL80211_COMMANDS_CANCEL_REMAIN_ON_CHANNEL: u32 = 56;
/// `set-tx-bitrate-mask` of `commands`.
pub const NL80211_COMMANDS_SET_TX_BITRATE_MASK: u32 = 57;
/// `register-action` of `commands`.
pub const NL80211_COMMANDS_REGISTER_ACTION: u32 = 58;
/// `action` of `commands`.
pub const NL80211_COMMANDS_ACTION: u32 = 59;
/// `action-tx-status` of `commands`.
pub const NL80211_COMMANDS_ACTION_TX_STATUS: u32 = 60;
/// `set-power-save` of `commands`.
pub const NL80211_COMMANDS_SET_POWER_SAVE: u32 = 61;
/// `get-power-save` of `commands`.
pub const NL80211_COMMANDS_GET_POWER_SAVE: u32 = 62;
/// `set-cqm` of `commands`.
pub const NL80211_COMMANDS_SET_CQM: u32 = 63;
/// `notify-cqm` of `commands`.
pub const NL80211_COMMANDS_NOTIFY_CQM: u32 = 64;
/// `set-channel` of `commands`.
pub const NL80211_COMMANDS_SET_CHANNEL: u32 = 65;
/// `set-wds-peer` of `commands`.
pub const NL80211_COMMANDS_SET_WDS_PEER: u32 = 66;
/// `frame-wait-cancel` of `commands`.
pub const NL80211_COMMANDS_FRAME_WAIT_CANCEL: u32 = 67;
/// `join-mesh` of `commands`.
pub const NL80211_COMMANDS_JOIN_MESH: u32 = 68;
/// `leave-mesh` of `commands`.
pub const NL80211_COMMANDS_LEAVE_MESH: u32 = 69;
/// `unprot-deauthenticate` of `commands`.
pub const NL80211_COMMANDS_UNPROT_DEAUTHENTICATE: u32 = 70;
/// `unprot-disassociate` of `commands`.
pub const NL80211_COMMANDS_UNPROT_DISASSOCIATE: u32 = 71;
/// `new-peer-candidate` of `commands`.
pub const NL80211_COMMANDS_NEW_PEER_CANDIDATE: u32 = 72;
/// `get-wowlan` of `commands`.
pub const NL80211_COMMANDS_GET_WOWLAN: u32 = 73;
/// `set-wowlan` of `commands`.
pub const NL80211_COMMANDS_SET_WOWLAN: u32 = 74;
/// `start-sched-scan` of `commands`.
pub const NL80211_COMMANDS_START_SCHED_SCAN: u32 = 75;
/// `stop-sched-scan` of `commands`.
pub const NL80211_COMMANDS_STOP_SCHED_SCAN: u32 = 76;
/// `sched-scan-results` of `commands`.
pub const NL80211_COMMANDS_SCHED_SCAN_RESULTS: u32 = 77;
/// `sched-scan-stopped` of `commands`.
pub const NL80211_COMMANDS_SCHED_SCAN_STOPPED: u32 = 78;
/// `set-rekey-offload` of `commands`.
pub const NL80211_COMMANDS_SET_REKEY_OFFLOAD: u32 = 79;
/// `pmksa-candidate` of `commands`.
pub const NL80211_COMMANDS_PMKSA_CANDIDATE: u32 = 80;
/// `tdls-oper` of `commands`.
pub const NL80211_COMMANDS_TDLS_OPER: u32 = 81;
/// `tdls-mgmt` of `commands`.
pub const NL80211_COMMANDS_TDLS_MGMT: u32 = 82;
/// `unexpected-frame` of `commands`.
pub const NL80211_COMMANDS_UNEXPECTED_FRAME: u32 = 83;
/// `probe-client` of `commands`.
pub const NL80211_COMMANDS_PROBE_CLIENT: u32 = 84;
/// `register-beacons` of `commands`.
pub const NL80211_COMMANDS_REGISTER_BEACONS: u32 = 85;
/// `unexpected-4-addr-frame` of `commands`.
pub const NL80211_COMMANDS_UNEXPECTED_4_ADDR_FRAME: u32 = 86;
/// `set-noack-map` of `commands`.
pub const NL80211_COMMANDS_SET_NOACK_MAP: u32 = 87;
/// `ch-switch-notify` of `commands`.
pub const NL80211_COMMANDS_CH_SWITCH_NOTIFY: u32 = 88;
/// `start-p2p-device` of `commands`.
pub const NL80211_COMMANDS_START_P2P_DEVICE: u32 = 89;
/// `stop-p2p-device` of `commands`.
pub const NL80211_COMMANDS_STOP_P2P_DEVICE: u32 = 90;
/// `conn-failed` of `commands`.
pub const NL80211_COMMANDS_CONN_FAILED: u32 = 91;
/// `set-mcast-rate` of `commands`.
pub const NL80211_COMMANDS_SET_MCAST_RATE: u32 = 92;
/// `set-mac-acl` of `commands`.
pub const NL80211_COMMANDS_SET_MAC_ACL: u32 = 93;
/// `radar-detect` of `commands`.
pub const NL80211_COMMANDS_RADAR_DETECT: u32 = 94;
/// `get-protocol-features` of `commands`.
pub const NL80211_COMMANDS_GET_PROTOCOL_FEATURES: u32 = 95;
/// `update-ft-ies` of `commands`.
pub const NL80211_COMMANDS_UPDATE_FT_IES: u32 = 96;
/// `ft-event` of `commands`.
pub const NL80211_COMMANDS_FT_EVENT: u32 = 97;
/// `crit-protocol-start` of `commands`.
pub const NL80211_COMMANDS_CRIT_PROTOCOL_START: u32 = 98;
/// `crit-protocol-stop` of `commands`.
pub const NL80211_COMMANDS_CRIT_PROTOCOL_STOP: u32 = 99;
/// `get-coalesce` of `commands`.
pub const NL80211_COMMANDS_GET_COALESCE: u32 = 100;
/// `set-coalesce` of `commands`.
pub const NL80211_COMMANDS_SET_COALESCE: u32 = 101;
/// `channel-switch` of `commands`.
pub const NL80211_COMMANDS_CHANNEL_SWITCH: u32 = 102;
/// `vendor` of `commands`.
pub const NL80211_COMMANDS_VENDOR: u32 = 103;
/// `set-qos-map` of `commands`.
pub const NL80211_COMMANDS_SET_QOS_MAP: u32 = 104;
/// `add-tx-ts` of `commands`.
pub const NL80211_COMMANDS_ADD_TX_TS: u32 = 105;
/// `del-tx-ts` of `commands`.
pub const NL80211_COMMANDS_DEL_TX_TS: u32 = 106;
/// `get-mpp` of `commands`.
pub const NL80211_COMMANDS_GET_MPP: u32 = 107;
/// `join-ocb` of `commands`.
pub const NL80211_COMMANDS_JOIN_OCB: u32 = 108;
/// `leave-ocb` of `commands`.
pub const NL80211_COMMANDS_LEAVE_OCB: u32 = 109;
/// `ch-switch-started-notify` of `commands`.
pub const NL80211_COMMANDS_CH_SWITCH_STARTED_NOTIFY: u32 = 110;
/// `tdls-channel-switch` of `commands`.
pub const NL80211_COMMANDS_TDLS_CHANNEL_SWITCH: u32 = 111;
/// `tdls-cancel-channel-switch` of `commands`.
pub const NL80211_COMMANDS_TDLS_CANCEL_CHANNEL_SWITCH: u32 = 112;
/// `wiphy-reg-change` of `commands`.
pub const NL80211_COMMANDS_WIPHY_REG_CHANGE: u32 = 113;
/// `abort-scan` of `commands`.
pub const NL80211_COMMANDS_ABORT_SCAN: u32 = 114;
/// `start-nan` of `commands`.
pub const NL80211_COMMANDS_START_NAN: u32 = 115;
/// `stop-nan` of `commands`.
pub const NL80211_COMMANDS_STOP_NAN: u32 = 116;
/// `add-nan-function` of `commands`.
pub const NL80211_COMMANDS_ADD_NAN_FUNCTION: u32 = 117;
/// `del-nan-function` of `commands`.
pub const NL80211_COMMANDS_DEL_NAN_FUNCTION: u32 = 118;
/// `change-nan-config` of `commands`.
pub const NL80211_COMMANDS_CHANGE_NAN_CONFIG: u32 = 119;
/// `nan-match` of `commands`.
pub const NL80211_COMMANDS_NAN_MATCH: u32 = 120;
/// `set-multicast-to-unicast` of `commands`.
pub const NL80211_COMMANDS_SET_MULTICAST_TO_UNICAST: u32 = 121;
/// `update-connect-params` of `commands`.
pub const NL80211_COMMANDS_UPDATE_CONNECT_PARAMS: u32 = 122;
/// `set-pmk` of `commands`.
pub const NL80211_COMMANDS_SET_PMK: u32 = 123;
/// `del-pmk` of `commands`.
pub const NL80211_COMMANDS_DEL_PMK: u32 = 124;
/// `port-authorized` of `commands`.
pub const NL80211_COMMANDS_PORT_AUTHORIZED: u32 = 125;
/// `reload-regdb` of `commands`.
pub const NL80211_COMMANDS_RELOAD_REGDB: u32 = 126;
/// `external-auth` of `commands`.
pub const NL80211_COMMANDS_EXTERNAL_AUTH: u32 = 127;
/// `sta-opmode-changed` of `commands`.
pub const NL80211_COMMANDS_STA_OPMODE_CHANGED: u32 = 128;
/// `control-port-frame` of `commands`.
pub const NL80211_COMMANDS_CONTROL_PORT_FRAME: u32 = 129;
/// `get-ftm-responder-stats` of `commands`.
pub const NL80211_COMMANDS_GET_FTM_RESPONDER_STATS: u32 = 130;
/// `peer-measurement-start` of `commands`.
pub const NL80211_COMMANDS_PEER_MEASUREMENT_START: u32 = 131;
/// `peer-measurement-result` of `commands`.
pub const NL80211_COMMANDS_PEER_MEASUREMENT_RESULT: u32 = 132;
/// `peer-measurement-complete` of `commands`.
pub const NL80211_COMMANDS_PEER_MEASUREMENT_COMPLETE: u32 = 133;
/// `notify-radar` of `commands`.
pub const NL80211_COMMANDS_NOTIFY_RADAR: u32 = 134;
/// `update-owe-info` of `commands`.
pub const NL80211_COMMANDS_UPDATE_OWE_INFO: u32 = 135;
/// `probe-mesh-link` of `commands`.
pub const NL80211_COMMANDS_PROBE_MESH_LINK: u32 = 136;
/// `set-tid-config` of `commands`.
pub const NL80211_COMMANDS_SET_TID_CONFIG: u32 = 137;
/// `unprot-beacon` of `commands`.
pub const NL80211_COMMANDS_UNPROT_BEACON: u32 = 138;
/// `control-port-frame-tx-status` of `commands`.
pub const NL80211_COMMANDS_CONTROL_PORT_FRAME_TX_STATUS: u32 = 139;
/// `set-sar-specs` of `commands`.
pub const NL80211_COMMANDS_SET_SAR_SPECS: u32 = 140;
/// `obss-color-collision` of `commands`.
pub const NL80211_COMMANDS_OBSS_COLOR_COLLISION: u32 = 141;
/// `color-change-request` of `commands`.
pub const NL80211_COMMANDS_COLOR_CHANGE_REQUEST: u32 = 142;
/// `color-change-started` of `commands`.
pub const NL80211_COMMANDS_COLOR_CHANGE_STARTED: u32 = 143;
/// `color-change-aborted` of `commands`.
pub const NL80211_COMMANDS_COLOR_CHANGE_ABORTED: u32 = 144;
/// `color-change-completed` of `commands`.
pub const NL80211_COMMANDS_COLOR_CHANGE_COMPLETED: u32 = 145;
/// `set-fils-aad` of `commands`.
pub const NL80211_COMMANDS_SET_FILS_AAD: u32 = 146;
/// `assoc-comeback` of `commands`.
pub const NL80211_COMMANDS_ASSOC_COMEBACK: u32 = 147;
/// `add-link` of `commands`.
pub const NL80211_COMMANDS_ADD_LINK: u32 = 148;
/// `remove-link` of `commands`.
pub const NL80211_COMMANDS_REMOVE_LINK: u32 = 149;
/// `add-link-sta` of `commands`.
pub const NL80211_COMMANDS_ADD_LINK_STA: u32 = 150;
/// `modify-link-sta` of `commands`.
pub const NL80211_COMMANDS_MODIFY_LINK_STA: u32 = 151;
/// `remove-link-sta` of `commands`.
pub const NL80211_COMMANDS_REMOVE_LINK_STA: u32 = 152;
/// `set-hw-timestamp` of `commands`.
pub const NL80211_COMMANDS_SET_HW_TIMESTAMP: u32 = 153;
/// `links-removed` of `commands`.
pub const NL80211_COMMANDS_LINKS_REMOVED: u32 = 154;
/// `set-tid-to-link-mapping` of `commands`.
pub const NL80211_COMMANDS_SET_TID_TO_LINK_MAPPING: u32 = 155;

// Flags `feature-flags`

/// `sk-tx-status` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_SK_TX_STATUS: u32 = 1 << 0;
/// `ht-ibss` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_HT_IBSS: u32 = 1 << 1;
/// `inactivity-timer` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_INACTIVITY_TIMER: u32 = 1 << 2;
/// `cell-base-reg-hints` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_CELL_BASE_REG_HINTS: u32 = 1 << 3;
/// `p2p-device-needs-channel` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_P2P_DEVICE_NEEDS_CHANNEL: u32 = 1 << 4;
/// `sae` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_SAE: u32 = 1 << 5;
/// `low-priority-scan` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_LOW_PRIORITY_SCAN: u32 = 1 << 6;
/// `scan-flush` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_SCAN_FLUSH: u32 = 1 << 7;
/// `ap-scan` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_AP_SCAN: u32 = 1 << 8;
/// `vif-txpower` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_VIF_TXPOWER: u32 = 1 << 9;
/// `need-obss-scan` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_NEED_OBSS_SCAN: u32 = 1 << 10;
/// `p2p-go-ctwin` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_P2P_GO_CTWIN: u32 = 1 << 11;
/// `p2p-go-oppps` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_P2P_GO_OPPPS: u32 = 1 << 12;
/// `reserved` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_RESERVED: u32 = 1 << 13;
/// `advertise-chan-limits` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_ADVERTISE_CHAN_LIMITS: u32 = 1 << 14;
/// `full-ap-client-state` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_FULL_AP_CLIENT_STATE: u32 = 1 << 15;
/// `userspace-mpm` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_USERSPACE_MPM: u32 = 1 << 16;
/// `active-monitor` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_ACTIVE_MONITOR: u32 = 1 << 17;
/// `ap-mode-chan-width-change` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_AP_MODE_CHAN_WIDTH_CHANGE: u32 = 1 << 18;
/// `ds-param-set-ie-in-probes` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_DS_PARAM_SET_IE_IN_PROBES: u32 = 1 << 19;
/// `wfa-tpc-ie-in-probes` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_WFA_TPC_IE_IN_PROBES: u32 = 1 << 20;
/// `quiet` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_QUIET: u32 = 1 << 21;
/// `tx-power-insertion` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_TX_POWER_INSERTION: u32 = 1 << 22;
/// `ackto-estimation` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_ACKTO_ESTIMATION: u32 = 1 << 23;
/// `static-smps` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_STATIC_SMPS: u32 = 1 << 24;
/// `dynamic-smps` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_DYNAMIC_SMPS: u32 = 1 << 25;
/// `supports-wmm-admission` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_SUPPORTS_WMM_ADMISSION: u32 = 1 << 26;
/// `mac-on-create` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_MAC_ON_CREATE: u32 = 1 << 27;
/// `tdls-channel-switch` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_TDLS_CHANNEL_SWITCH: u32 = 1 << 28;
/// `scan-random-mac-addr` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_SCAN_RANDOM_MAC_ADDR: u32 = 1 << 29;
/// `sched-scan-random-mac-addr` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_SCHED_SCAN_RANDOM_MAC_ADDR: u32 = 1 << 30;
/// `no-random-mac-addr` of `feature-flags`.
pub const NL80211_FEATURE_FLAGS_NO_RANDOM_MAC_ADDR: u32 = 1 << 31;

// Enum `channel-type`

/// `no-ht` of `channel-type`.
pub const NL80211_CHANNEL_TYPE_NO_HT: u32 = 0;
/// `ht20` of `channel-type`.
pub const NL80211_CHANNEL_TYPE_HT20: u32 = 1;
/// `ht40minus` of `channel-type`.
pub const NL80211_CHANNEL_TYPE_HT40MINUS: u32 = 2;
/// `ht40plus` of `channel-type`.
pub const NL80211_CHANNEL_TYPE_HT40PLUS: u32 = 3;

// Flags `protocol-features`

/// `split-wiphy-dump` of `protocol-features`.
pub const NL80211_PROTOCOL_FEATURES_SPLIT_WIPHY_DUMP: u32 = 1 << 0;
