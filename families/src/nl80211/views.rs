//! Typed views of `nl80211`: one per attribute set, parsed in one pass into a table, with
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

/// The `nl80211-attrs` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Nl80211Attrs<'a>(Table<'a, 334>);

impl<'a> AttrView<'a> for Nl80211Attrs<'a> {
    const SET: &'static AttrSet = &tables::NL80211_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> Nl80211Attrs<'a> {
    /// Indexes and checks a block of `nl80211-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 334> {
        &self.0
    }

    /// `NL80211_ATTR_WIPHY`
    #[inline]
    pub fn wiphy(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_WIPHY)
    }

    /// `NL80211_ATTR_WIPHY_NAME`
    #[inline]
    pub fn wiphy_name(&self) -> Option<&'a str> {
        self.0.str(NL80211_ATTR_WIPHY_NAME)
    }

    /// `NL80211_ATTR_IFINDEX`
    #[inline]
    pub fn ifindex(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_IFINDEX)
    }

    /// `NL80211_ATTR_IFNAME`
    #[inline]
    pub fn ifname(&self) -> Option<&'a str> {
        self.0.str(NL80211_ATTR_IFNAME)
    }

    /// `NL80211_ATTR_IFTYPE`
    #[inline]
    pub fn iftype(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_IFTYPE)
    }

    /// `NL80211_ATTR_MAC`
    #[inline]
    pub fn mac(&self) -> Option<HwAddr<'a>> {
        self.0.mac(NL80211_ATTR_MAC)
    }

    /// `NL80211_ATTR_KEY_DATA`
    #[inline]
    pub fn key_data(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_KEY_DATA)
    }

    /// `NL80211_ATTR_KEY_IDX`
    #[inline]
    pub fn key_idx(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_KEY_IDX)
    }

    /// `NL80211_ATTR_KEY_CIPHER`
    #[inline]
    pub fn key_cipher(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_KEY_CIPHER)
    }

    /// `NL80211_ATTR_KEY_SEQ`
    #[inline]
    pub fn key_seq(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_KEY_SEQ)
    }

    /// `NL80211_ATTR_KEY_DEFAULT`
    #[inline]
    pub fn key_default(&self) -> bool {
        self.0.flag(NL80211_ATTR_KEY_DEFAULT)
    }

    /// `NL80211_ATTR_BEACON_INTERVAL`
    #[inline]
    pub fn beacon_interval(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_BEACON_INTERVAL)
    }

    /// `NL80211_ATTR_DTIM_PERIOD`
    #[inline]
    pub fn dtim_period(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_DTIM_PERIOD)
    }

    /// `NL80211_ATTR_BEACON_HEAD`
    #[inline]
    pub fn beacon_head(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_BEACON_HEAD)
    }

    /// `NL80211_ATTR_BEACON_TAIL`
    #[inline]
    pub fn beacon_tail(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_BEACON_TAIL)
    }

    /// `NL80211_ATTR_STA_AID`
    #[inline]
    pub fn sta_aid(&self) -> Option<u16> {
        self.0.u16(NL80211_ATTR_STA_AID)
    }

    /// `NL80211_ATTR_STA_FLAGS`
    #[inline]
    pub fn sta_flags(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_STA_FLAGS)
    }

    /// `NL80211_ATTR_STA_LISTEN_INTERVAL`
    #[inline]
    pub fn sta_listen_interval(&self) -> Option<u16> {
        self.0.u16(NL80211_ATTR_STA_LISTEN_INTERVAL)
    }

    /// `NL80211_ATTR_STA_SUPPORTED_RATES`
    #[inline]
    pub fn sta_supported_rates(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_STA_SUPPORTED_RATES)
    }

    /// `NL80211_ATTR_STA_VLAN`
    #[inline]
    pub fn sta_vlan(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_STA_VLAN)
    }

    /// `NL80211_ATTR_STA_INFO`
    #[inline]
    pub fn sta_info(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_STA_INFO)
    }

    /// `NL80211_ATTR_WIPHY_BANDS`
    #[inline]
    pub fn wiphy_bands(&self) -> Result<Option<WiphyBands<'a>>, Error> {
        self.0.nest(NL80211_ATTR_WIPHY_BANDS)
    }

    /// `NL80211_ATTR_MNTR_FLAGS`
    #[inline]
    pub fn mntr_flags(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_MNTR_FLAGS)
    }

    /// `NL80211_ATTR_MESH_ID`
    #[inline]
    pub fn mesh_id(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_MESH_ID)
    }

    /// `NL80211_ATTR_STA_PLINK_ACTION`
    #[inline]
    pub fn sta_plink_action(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_STA_PLINK_ACTION)
    }

    /// `NL80211_ATTR_MPATH_NEXT_HOP`
    #[inline]
    pub fn mpath_next_hop(&self) -> Option<HwAddr<'a>> {
        self.0.mac(NL80211_ATTR_MPATH_NEXT_HOP)
    }

    /// `NL80211_ATTR_MPATH_INFO`
    #[inline]
    pub fn mpath_info(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_MPATH_INFO)
    }

    /// `NL80211_ATTR_BSS_CTS_PROT`
    #[inline]
    pub fn bss_cts_prot(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_BSS_CTS_PROT)
    }

    /// `NL80211_ATTR_BSS_SHORT_PREAMBLE`
    #[inline]
    pub fn bss_short_preamble(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_BSS_SHORT_PREAMBLE)
    }

    /// `NL80211_ATTR_BSS_SHORT_SLOT_TIME`
    #[inline]
    pub fn bss_short_slot_time(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_BSS_SHORT_SLOT_TIME)
    }

    /// `NL80211_ATTR_HT_CAPABILITY`
    #[inline]
    pub fn ht_capability(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_HT_CAPABILITY)
    }

    /// `NL80211_ATTR_SUPPORTED_IFTYPES`
    #[inline]
    pub fn supported_iftypes(&self) -> Result<Option<SupportedIftypes<'a>>, Error> {
        self.0.nest(NL80211_ATTR_SUPPORTED_IFTYPES)
    }

    /// `NL80211_ATTR_REG_ALPHA2`
    #[inline]
    pub fn reg_alpha2(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_REG_ALPHA2)
    }

    /// `NL80211_ATTR_REG_RULES`
    #[inline]
    pub fn reg_rules(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_REG_RULES)
    }

    /// `NL80211_ATTR_MESH_CONFIG`
    #[inline]
    pub fn mesh_config(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_MESH_CONFIG)
    }

    /// `NL80211_ATTR_BSS_BASIC_RATES`
    #[inline]
    pub fn bss_basic_rates(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_BSS_BASIC_RATES)
    }

    /// `NL80211_ATTR_WIPHY_TXQ_PARAMS`
    #[inline]
    pub fn wiphy_txq_params(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_WIPHY_TXQ_PARAMS)
    }

    /// `NL80211_ATTR_WIPHY_FREQ`
    #[inline]
    pub fn wiphy_freq(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_WIPHY_FREQ)
    }

    /// `NL80211_ATTR_WIPHY_CHANNEL_TYPE`
    #[inline]
    pub fn wiphy_channel_type(&self) -> Option<ChannelType> {
        self.0
            .u32(NL80211_ATTR_WIPHY_CHANNEL_TYPE)
            .map(|v| ChannelType::from_value(v as u32))
    }

    /// `NL80211_ATTR_KEY_DEFAULT_MGMT`
    #[inline]
    pub fn key_default_mgmt(&self) -> bool {
        self.0.flag(NL80211_ATTR_KEY_DEFAULT_MGMT)
    }

    /// `NL80211_ATTR_MGMT_SUBTYPE`
    #[inline]
    pub fn mgmt_subtype(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_MGMT_SUBTYPE)
    }

    /// `NL80211_ATTR_IE`
    #[inline]
    pub fn ie(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_IE)
    }

    /// `NL80211_ATTR_MAX_NUM_SCAN_SSIDS`
    #[inline]
    pub fn max_num_scan_ssids(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_MAX_NUM_SCAN_SSIDS)
    }

    /// `NL80211_ATTR_SCAN_FREQUENCIES`
    #[inline]
    pub fn scan_frequencies(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_SCAN_FREQUENCIES)
    }

    /// `NL80211_ATTR_SCAN_SSIDS`
    #[inline]
    pub fn scan_ssids(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_SCAN_SSIDS)
    }

    /// `NL80211_ATTR_GENERATION`
    #[inline]
    pub fn generation(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_GENERATION)
    }

    /// `NL80211_ATTR_BSS`
    #[inline]
    pub fn bss(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_BSS)
    }

    /// `NL80211_ATTR_REG_INITIATOR`
    #[inline]
    pub fn reg_initiator(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_REG_INITIATOR)
    }

    /// `NL80211_ATTR_REG_TYPE`
    #[inline]
    pub fn reg_type(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_REG_TYPE)
    }

    /// `NL80211_ATTR_SUPPORTED_COMMANDS`
    #[inline]
    pub fn supported_commands(&self) -> Option<Attr<'a>> {
        self.0.get(NL80211_ATTR_SUPPORTED_COMMANDS)
    }

    /// `NL80211_ATTR_FRAME`
    #[inline]
    pub fn frame(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_FRAME)
    }

    /// `NL80211_ATTR_SSID`
    #[inline]
    pub fn ssid(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_SSID)
    }

    /// `NL80211_ATTR_AUTH_TYPE`
    #[inline]
    pub fn auth_type(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_AUTH_TYPE)
    }

    /// `NL80211_ATTR_REASON_CODE`
    #[inline]
    pub fn reason_code(&self) -> Option<u16> {
        self.0.u16(NL80211_ATTR_REASON_CODE)
    }

    /// `NL80211_ATTR_KEY_TYPE`
    #[inline]
    pub fn key_type(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_KEY_TYPE)
    }

    /// `NL80211_ATTR_MAX_SCAN_IE_LEN`
    #[inline]
    pub fn max_scan_ie_len(&self) -> Option<u16> {
        self.0.u16(NL80211_ATTR_MAX_SCAN_IE_LEN)
    }

    /// `NL80211_ATTR_CIPHER_SUITES`
    #[inline]
    pub fn cipher_suites(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_CIPHER_SUITES)
    }

    /// `NL80211_ATTR_FREQ_BEFORE`
    #[inline]
    pub fn freq_before(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_FREQ_BEFORE)
    }

    /// `NL80211_ATTR_FREQ_AFTER`
    #[inline]
    pub fn freq_after(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_FREQ_AFTER)
    }

    /// `NL80211_ATTR_FREQ_FIXED`
    #[inline]
    pub fn freq_fixed(&self) -> bool {
        self.0.flag(NL80211_ATTR_FREQ_FIXED)
    }

    /// `NL80211_ATTR_WIPHY_RETRY_SHORT`
    #[inline]
    pub fn wiphy_retry_short(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_WIPHY_RETRY_SHORT)
    }

    /// `NL80211_ATTR_WIPHY_RETRY_LONG`
    #[inline]
    pub fn wiphy_retry_long(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_WIPHY_RETRY_LONG)
    }

    /// `NL80211_ATTR_WIPHY_FRAG_THRESHOLD`
    #[inline]
    pub fn wiphy_frag_threshold(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_WIPHY_FRAG_THRESHOLD)
    }

    /// `NL80211_ATTR_WIPHY_RTS_THRESHOLD`
    #[inline]
    pub fn wiphy_rts_threshold(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_WIPHY_RTS_THRESHOLD)
    }

    /// `NL80211_ATTR_TIMED_OUT`
    #[inline]
    pub fn timed_out(&self) -> bool {
        self.0.flag(NL80211_ATTR_TIMED_OUT)
    }

    /// `NL80211_ATTR_USE_MFP`
    #[inline]
    pub fn use_mfp(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_USE_MFP)
    }

    /// `NL80211_ATTR_STA_FLAGS2`
    #[inline]
    pub fn sta_flags2(&self) -> Option<StaFlagUpdate> {
        self.0
            .fixed(NL80211_ATTR_STA_FLAGS2, StaFlagUpdate::from_bytes)
    }

    /// `NL80211_ATTR_CONTROL_PORT`
    #[inline]
    pub fn control_port(&self) -> bool {
        self.0.flag(NL80211_ATTR_CONTROL_PORT)
    }

    /// `NL80211_ATTR_TESTDATA`
    #[inline]
    pub fn testdata(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_TESTDATA)
    }

    /// `NL80211_ATTR_PRIVACY`
    #[inline]
    pub fn privacy(&self) -> bool {
        self.0.flag(NL80211_ATTR_PRIVACY)
    }

    /// `NL80211_ATTR_DISCONNECTED_BY_AP`
    #[inline]
    pub fn disconnected_by_ap(&self) -> bool {
        self.0.flag(NL80211_ATTR_DISCONNECTED_BY_AP)
    }

    /// `NL80211_ATTR_STATUS_CODE`
    #[inline]
    pub fn status_code(&self) -> Option<u16> {
        self.0.u16(NL80211_ATTR_STATUS_CODE)
    }

    /// `NL80211_ATTR_CIPHER_SUITES_PAIRWISE`
    #[inline]
    pub fn cipher_suites_pairwise(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_CIPHER_SUITES_PAIRWISE)
    }

    /// `NL80211_ATTR_CIPHER_SUITE_GROUP`
    #[inline]
    pub fn cipher_suite_group(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_CIPHER_SUITE_GROUP)
    }

    /// `NL80211_ATTR_WPA_VERSIONS`
    #[inline]
    pub fn wpa_versions(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_WPA_VERSIONS)
    }

    /// `NL80211_ATTR_AKM_SUITES`
    #[inline]
    pub fn akm_suites(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_AKM_SUITES)
    }

    /// `NL80211_ATTR_REQ_IE`
    #[inline]
    pub fn req_ie(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_REQ_IE)
    }

    /// `NL80211_ATTR_RESP_IE`
    #[inline]
    pub fn resp_ie(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_RESP_IE)
    }

    /// `NL80211_ATTR_PREV_BSSID`
    #[inline]
    pub fn prev_bssid(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_PREV_BSSID)
    }

    /// `NL80211_ATTR_KEY`
    #[inline]
    pub fn key(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_KEY)
    }

    /// `NL80211_ATTR_KEYS`
    #[inline]
    pub fn keys(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_KEYS)
    }

    /// `NL80211_ATTR_PID`
    #[inline]
    pub fn pid(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_PID)
    }

    /// `NL80211_ATTR_4ADDR`
    #[inline]
    pub fn n4addr(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_4ADDR)
    }

    /// `NL80211_ATTR_SURVEY_INFO`
    #[inline]
    pub fn survey_info(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_SURVEY_INFO)
    }

    /// `NL80211_ATTR_PMKID`
    #[inline]
    pub fn pmkid(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_PMKID)
    }

    /// `NL80211_ATTR_MAX_NUM_PMKIDS`
    #[inline]
    pub fn max_num_pmkids(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_MAX_NUM_PMKIDS)
    }

    /// `NL80211_ATTR_DURATION`
    #[inline]
    pub fn duration(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_DURATION)
    }

    /// `NL80211_ATTR_COOKIE`
    #[inline]
    pub fn cookie(&self) -> Option<u64> {
        self.0.u64(NL80211_ATTR_COOKIE)
    }

    /// `NL80211_ATTR_WIPHY_COVERAGE_CLASS`
    #[inline]
    pub fn wiphy_coverage_class(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_WIPHY_COVERAGE_CLASS)
    }

    /// `NL80211_ATTR_TX_RATES`
    #[inline]
    pub fn tx_rates(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_TX_RATES)
    }

    /// `NL80211_ATTR_FRAME_MATCH`
    #[inline]
    pub fn frame_match(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_FRAME_MATCH)
    }

    /// `NL80211_ATTR_ACK`
    #[inline]
    pub fn ack(&self) -> bool {
        self.0.flag(NL80211_ATTR_ACK)
    }

    /// `NL80211_ATTR_PS_STATE`
    #[inline]
    pub fn ps_state(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_PS_STATE)
    }

    /// `NL80211_ATTR_CQM`
    #[inline]
    pub fn cqm(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_CQM)
    }

    /// `NL80211_ATTR_LOCAL_STATE_CHANGE`
    #[inline]
    pub fn local_state_change(&self) -> bool {
        self.0.flag(NL80211_ATTR_LOCAL_STATE_CHANGE)
    }

    /// `NL80211_ATTR_AP_ISOLATE`
    #[inline]
    pub fn ap_isolate(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_AP_ISOLATE)
    }

    /// `NL80211_ATTR_WIPHY_TX_POWER_SETTING`
    #[inline]
    pub fn wiphy_tx_power_setting(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_WIPHY_TX_POWER_SETTING)
    }

    /// `NL80211_ATTR_WIPHY_TX_POWER_LEVEL`
    #[inline]
    pub fn wiphy_tx_power_level(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_WIPHY_TX_POWER_LEVEL)
    }

    /// `NL80211_ATTR_TX_FRAME_TYPES`
    #[inline]
    pub fn tx_frame_types(&self) -> Result<Option<IftypeAttrs<'a>>, Error> {
        self.0.nest(NL80211_ATTR_TX_FRAME_TYPES)
    }

    /// `NL80211_ATTR_RX_FRAME_TYPES`
    #[inline]
    pub fn rx_frame_types(&self) -> Result<Option<IftypeAttrs<'a>>, Error> {
        self.0.nest(NL80211_ATTR_RX_FRAME_TYPES)
    }

    /// `NL80211_ATTR_FRAME_TYPE`
    #[inline]
    pub fn frame_type(&self) -> Option<u16> {
        self.0.u16(NL80211_ATTR_FRAME_TYPE)
    }

    /// `NL80211_ATTR_CONTROL_PORT_ETHERTYPE`
    #[inline]
    pub fn control_port_ethertype(&self) -> bool {
        self.0.flag(NL80211_ATTR_CONTROL_PORT_ETHERTYPE)
    }

    /// `NL80211_ATTR_CONTROL_PORT_NO_ENCRYPT`
    #[inline]
    pub fn control_port_no_encrypt(&self) -> bool {
        self.0.flag(NL80211_ATTR_CONTROL_PORT_NO_ENCRYPT)
    }

    /// `NL80211_ATTR_SUPPORT_IBSS_RSN`
    #[inline]
    pub fn support_ibss_rsn(&self) -> bool {
        self.0.flag(NL80211_ATTR_SUPPORT_IBSS_RSN)
    }

    /// `NL80211_ATTR_WIPHY_ANTENNA_TX`
    #[inline]
    pub fn wiphy_antenna_tx(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_WIPHY_ANTENNA_TX)
    }

    /// `NL80211_ATTR_WIPHY_ANTENNA_RX`
    #[inline]
    pub fn wiphy_antenna_rx(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_WIPHY_ANTENNA_RX)
    }

    /// `NL80211_ATTR_MCAST_RATE`
    #[inline]
    pub fn mcast_rate(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_MCAST_RATE)
    }

    /// `NL80211_ATTR_OFFCHANNEL_TX_OK`
    #[inline]
    pub fn offchannel_tx_ok(&self) -> bool {
        self.0.flag(NL80211_ATTR_OFFCHANNEL_TX_OK)
    }

    /// `NL80211_ATTR_BSS_HT_OPMODE`
    #[inline]
    pub fn bss_ht_opmode(&self) -> Option<u16> {
        self.0.u16(NL80211_ATTR_BSS_HT_OPMODE)
    }

    /// `NL80211_ATTR_KEY_DEFAULT_TYPES`
    #[inline]
    pub fn key_default_types(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_KEY_DEFAULT_TYPES)
    }

    /// `NL80211_ATTR_MAX_REMAIN_ON_CHANNEL_DURATION`
    #[inline]
    pub fn max_remain_on_channel_duration(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_MAX_REMAIN_ON_CHANNEL_DURATION)
    }

    /// `NL80211_ATTR_MESH_SETUP`
    #[inline]
    pub fn mesh_setup(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_MESH_SETUP)
    }

    /// `NL80211_ATTR_WIPHY_ANTENNA_AVAIL_TX`
    #[inline]
    pub fn wiphy_antenna_avail_tx(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_WIPHY_ANTENNA_AVAIL_TX)
    }

    /// `NL80211_ATTR_WIPHY_ANTENNA_AVAIL_RX`
    #[inline]
    pub fn wiphy_antenna_avail_rx(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_WIPHY_ANTENNA_AVAIL_RX)
    }

    /// `NL80211_ATTR_SUPPORT_MESH_AUTH`
    #[inline]
    pub fn support_mesh_auth(&self) -> bool {
        self.0.flag(NL80211_ATTR_SUPPORT_MESH_AUTH)
    }

    /// `NL80211_ATTR_STA_PLINK_STATE`
    #[inline]
    pub fn sta_plink_state(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_STA_PLINK_STATE)
    }

    /// `NL80211_ATTR_WOWLAN_TRIGGERS`
    #[inline]
    pub fn wowlan_triggers(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_WOWLAN_TRIGGERS)
    }

    /// `NL80211_ATTR_WOWLAN_TRIGGERS_SUPPORTED`
    #[inline]
    pub fn wowlan_triggers_supported(&self) -> Result<Option<WowlanTriggersAttrs<'a>>, Error> {
        self.0.nest(NL80211_ATTR_WOWLAN_TRIGGERS_SUPPORTED)
    }

    /// `NL80211_ATTR_SCHED_SCAN_INTERVAL`
    #[inline]
    pub fn sched_scan_interval(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_SCHED_SCAN_INTERVAL)
    }

    /// `NL80211_ATTR_INTERFACE_COMBINATIONS`
    #[inline]
    pub fn interface_combinations(&self) -> Option<Entries<'a, IfCombinationAttributes<'a>>> {
        self.0.entries(NL80211_ATTR_INTERFACE_COMBINATIONS)
    }

    /// `NL80211_ATTR_SOFTWARE_IFTYPES`
    #[inline]
    pub fn software_iftypes(&self) -> Result<Option<SupportedIftypes<'a>>, Error> {
        self.0.nest(NL80211_ATTR_SOFTWARE_IFTYPES)
    }

    /// `NL80211_ATTR_REKEY_DATA`
    #[inline]
    pub fn rekey_data(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_REKEY_DATA)
    }

    /// `NL80211_ATTR_MAX_NUM_SCHED_SCAN_SSIDS`
    #[inline]
    pub fn max_num_sched_scan_ssids(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_MAX_NUM_SCHED_SCAN_SSIDS)
    }

    /// `NL80211_ATTR_MAX_SCHED_SCAN_IE_LEN`
    #[inline]
    pub fn max_sched_scan_ie_len(&self) -> Option<u16> {
        self.0.u16(NL80211_ATTR_MAX_SCHED_SCAN_IE_LEN)
    }

    /// `NL80211_ATTR_SCAN_SUPP_RATES`
    #[inline]
    pub fn scan_supp_rates(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_SCAN_SUPP_RATES)
    }

    /// `NL80211_ATTR_HIDDEN_SSID`
    #[inline]
    pub fn hidden_ssid(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_HIDDEN_SSID)
    }

    /// `NL80211_ATTR_IE_PROBE_RESP`
    #[inline]
    pub fn ie_probe_resp(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_IE_PROBE_RESP)
    }

    /// `NL80211_ATTR_IE_ASSOC_RESP`
    #[inline]
    pub fn ie_assoc_resp(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_IE_ASSOC_RESP)
    }

    /// `NL80211_ATTR_STA_WME`
    #[inline]
    pub fn sta_wme(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_STA_WME)
    }

    /// `NL80211_ATTR_SUPPORT_AP_UAPSD`
    #[inline]
    pub fn support_ap_uapsd(&self) -> bool {
        self.0.flag(NL80211_ATTR_SUPPORT_AP_UAPSD)
    }

    /// `NL80211_ATTR_ROAM_SUPPORT`
    #[inline]
    pub fn roam_support(&self) -> bool {
        self.0.flag(NL80211_ATTR_ROAM_SUPPORT)
    }

    /// `NL80211_ATTR_SCHED_SCAN_MATCH`
    #[inline]
    pub fn sched_scan_match(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_SCHED_SCAN_MATCH)
    }

    /// `NL80211_ATTR_MAX_MATCH_SETS`
    #[inline]
    pub fn max_match_sets(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_MAX_MATCH_SETS)
    }

    /// `NL80211_ATTR_PMKSA_CANDIDATE`
    #[inline]
    pub fn pmksa_candidate(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_PMKSA_CANDIDATE)
    }

    /// `NL80211_ATTR_TX_NO_CCK_RATE`
    #[inline]
    pub fn tx_no_cck_rate(&self) -> bool {
        self.0.flag(NL80211_ATTR_TX_NO_CCK_RATE)
    }

    /// `NL80211_ATTR_TDLS_ACTION`
    #[inline]
    pub fn tdls_action(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_TDLS_ACTION)
    }

    /// `NL80211_ATTR_TDLS_DIALOG_TOKEN`
    #[inline]
    pub fn tdls_dialog_token(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_TDLS_DIALOG_TOKEN)
    }

    /// `NL80211_ATTR_TDLS_OPERATION`
    #[inline]
    pub fn tdls_operation(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_TDLS_OPERATION)
    }

    /// `NL80211_ATTR_TDLS_SUPPORT`
    #[inline]
    pub fn tdls_support(&self) -> bool {
        self.0.flag(NL80211_ATTR_TDLS_SUPPORT)
    }

    /// `NL80211_ATTR_TDLS_EXTERNAL_SETUP`
    #[inline]
    pub fn tdls_external_setup(&self) -> bool {
        self.0.flag(NL80211_ATTR_TDLS_EXTERNAL_SETUP)
    }

    /// `NL80211_ATTR_DEVICE_AP_SME`
    #[inline]
    pub fn device_ap_sme(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_DEVICE_AP_SME)
    }

    /// `NL80211_ATTR_DONT_WAIT_FOR_ACK`
    #[inline]
    pub fn dont_wait_for_ack(&self) -> bool {
        self.0.flag(NL80211_ATTR_DONT_WAIT_FOR_ACK)
    }

    /// `NL80211_ATTR_FEATURE_FLAGS`
    #[inline]
    pub fn feature_flags(&self) -> Option<FeatureFlags> {
        self.0
            .u32(NL80211_ATTR_FEATURE_FLAGS)
            .map(|v| FeatureFlags(v as u32))
    }

    /// `NL80211_ATTR_PROBE_RESP_OFFLOAD`
    #[inline]
    pub fn probe_resp_offload(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_PROBE_RESP_OFFLOAD)
    }

    /// `NL80211_ATTR_PROBE_RESP`
    #[inline]
    pub fn probe_resp(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_PROBE_RESP)
    }

    /// `NL80211_ATTR_DFS_REGION`
    #[inline]
    pub fn dfs_region(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_DFS_REGION)
    }

    /// `NL80211_ATTR_DISABLE_HT`
    #[inline]
    pub fn disable_ht(&self) -> bool {
        self.0.flag(NL80211_ATTR_DISABLE_HT)
    }

    /// `NL80211_ATTR_HT_CAPABILITY_MASK`
    #[inline]
    pub fn ht_capability_mask(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_HT_CAPABILITY_MASK)
    }

    /// `NL80211_ATTR_NOACK_MAP`
    #[inline]
    pub fn noack_map(&self) -> Option<u16> {
        self.0.u16(NL80211_ATTR_NOACK_MAP)
    }

    /// `NL80211_ATTR_INACTIVITY_TIMEOUT`
    #[inline]
    pub fn inactivity_timeout(&self) -> Option<u16> {
        self.0.u16(NL80211_ATTR_INACTIVITY_TIMEOUT)
    }

    /// `NL80211_ATTR_RX_SIGNAL_DBM`
    #[inline]
    pub fn rx_signal_dbm(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_RX_SIGNAL_DBM)
    }

    /// `NL80211_ATTR_BG_SCAN_PERIOD`
    #[inline]
    pub fn bg_scan_period(&self) -> Option<u16> {
        self.0.u16(NL80211_ATTR_BG_SCAN_PERIOD)
    }

    /// `NL80211_ATTR_WDEV`
    #[inline]
    pub fn wdev(&self) -> Option<u64> {
        self.0.u64(NL80211_ATTR_WDEV)
    }

    /// `NL80211_ATTR_USER_REG_HINT_TYPE`
    #[inline]
    pub fn user_reg_hint_type(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_USER_REG_HINT_TYPE)
    }

    /// `NL80211_ATTR_CONN_FAILED_REASON`
    #[inline]
    pub fn conn_failed_reason(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_CONN_FAILED_REASON)
    }

    /// `NL80211_ATTR_AUTH_DATA`
    #[inline]
    pub fn auth_data(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_AUTH_DATA)
    }

    /// `NL80211_ATTR_VHT_CAPABILITY`
    #[inline]
    pub fn vht_capability(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_VHT_CAPABILITY)
    }

    /// `NL80211_ATTR_SCAN_FLAGS`
    #[inline]
    pub fn scan_flags(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_SCAN_FLAGS)
    }

    /// `NL80211_ATTR_CHANNEL_WIDTH`
    #[inline]
    pub fn channel_width(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_CHANNEL_WIDTH)
    }

    /// `NL80211_ATTR_CENTER_FREQ1`
    #[inline]
    pub fn center_freq1(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_CENTER_FREQ1)
    }

    /// `NL80211_ATTR_CENTER_FREQ2`
    #[inline]
    pub fn center_freq2(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_CENTER_FREQ2)
    }

    /// `NL80211_ATTR_P2P_CTWINDOW`
    #[inline]
    pub fn p2p_ctwindow(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_P2P_CTWINDOW)
    }

    /// `NL80211_ATTR_P2P_OPPPS`
    #[inline]
    pub fn p2p_oppps(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_P2P_OPPPS)
    }

    /// `NL80211_ATTR_LOCAL_MESH_POWER_MODE`
    #[inline]
    pub fn local_mesh_power_mode(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_LOCAL_MESH_POWER_MODE)
    }

    /// `NL80211_ATTR_ACL_POLICY`
    #[inline]
    pub fn acl_policy(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_ACL_POLICY)
    }

    /// `NL80211_ATTR_MAC_ADDRS`
    #[inline]
    pub fn mac_addrs(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_MAC_ADDRS)
    }

    /// `NL80211_ATTR_MAC_ACL_MAX`
    #[inline]
    pub fn mac_acl_max(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_MAC_ACL_MAX)
    }

    /// `NL80211_ATTR_RADAR_EVENT`
    #[inline]
    pub fn radar_event(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_RADAR_EVENT)
    }

    /// `NL80211_ATTR_EXT_CAPA`
    #[inline]
    pub fn ext_capa(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_EXT_CAPA)
    }

    /// `NL80211_ATTR_EXT_CAPA_MASK`
    #[inline]
    pub fn ext_capa_mask(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_EXT_CAPA_MASK)
    }

    /// `NL80211_ATTR_STA_CAPABILITY`
    #[inline]
    pub fn sta_capability(&self) -> Option<u16> {
        self.0.u16(NL80211_ATTR_STA_CAPABILITY)
    }

    /// `NL80211_ATTR_STA_EXT_CAPABILITY`
    #[inline]
    pub fn sta_ext_capability(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_STA_EXT_CAPABILITY)
    }

    /// `NL80211_ATTR_PROTOCOL_FEATURES`
    #[inline]
    pub fn protocol_features(&self) -> Option<ProtocolFeatures> {
        self.0
            .u32(NL80211_ATTR_PROTOCOL_FEATURES)
            .map(|v| ProtocolFeatures(v as u32))
    }

    /// `NL80211_ATTR_SPLIT_WIPHY_DUMP`
    #[inline]
    pub fn split_wiphy_dump(&self) -> bool {
        self.0.flag(NL80211_ATTR_SPLIT_WIPHY_DUMP)
    }

    /// `NL80211_ATTR_DISABLE_VHT`
    #[inline]
    pub fn disable_vht(&self) -> bool {
        self.0.flag(NL80211_ATTR_DISABLE_VHT)
    }

    /// `NL80211_ATTR_VHT_CAPABILITY_MASK`
    #[inline]
    pub fn vht_capability_mask(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_VHT_CAPABILITY_MASK)
    }

    /// `NL80211_ATTR_MDID`
    #[inline]
    pub fn mdid(&self) -> Option<u16> {
        self.0.u16(NL80211_ATTR_MDID)
    }

    /// `NL80211_ATTR_IE_RIC`
    #[inline]
    pub fn ie_ric(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_IE_RIC)
    }

    /// `NL80211_ATTR_CRIT_PROT_ID`
    #[inline]
    pub fn crit_prot_id(&self) -> Option<u16> {
        self.0.u16(NL80211_ATTR_CRIT_PROT_ID)
    }

    /// `NL80211_ATTR_MAX_CRIT_PROT_DURATION`
    #[inline]
    pub fn max_crit_prot_duration(&self) -> Option<u16> {
        self.0.u16(NL80211_ATTR_MAX_CRIT_PROT_DURATION)
    }

    /// `NL80211_ATTR_PEER_AID`
    #[inline]
    pub fn peer_aid(&self) -> Option<u16> {
        self.0.u16(NL80211_ATTR_PEER_AID)
    }

    /// `NL80211_ATTR_COALESCE_RULE`
    #[inline]
    pub fn coalesce_rule(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_COALESCE_RULE)
    }

    /// `NL80211_ATTR_CH_SWITCH_COUNT`
    #[inline]
    pub fn ch_switch_count(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_CH_SWITCH_COUNT)
    }

    /// `NL80211_ATTR_CH_SWITCH_BLOCK_TX`
    #[inline]
    pub fn ch_switch_block_tx(&self) -> bool {
        self.0.flag(NL80211_ATTR_CH_SWITCH_BLOCK_TX)
    }

    /// `NL80211_ATTR_CSA_IES`
    #[inline]
    pub fn csa_ies(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_CSA_IES)
    }

    /// `NL80211_ATTR_CNTDWN_OFFS_BEACON`
    #[inline]
    pub fn cntdwn_offs_beacon(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_CNTDWN_OFFS_BEACON)
    }

    /// `NL80211_ATTR_CNTDWN_OFFS_PRESP`
    #[inline]
    pub fn cntdwn_offs_presp(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_CNTDWN_OFFS_PRESP)
    }

    /// `NL80211_ATTR_RXMGMT_FLAGS`
    #[inline]
    pub fn rxmgmt_flags(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_RXMGMT_FLAGS)
    }

    /// `NL80211_ATTR_STA_SUPPORTED_CHANNELS`
    #[inline]
    pub fn sta_supported_channels(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_STA_SUPPORTED_CHANNELS)
    }

    /// `NL80211_ATTR_STA_SUPPORTED_OPER_CLASSES`
    #[inline]
    pub fn sta_supported_oper_classes(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_STA_SUPPORTED_OPER_CLASSES)
    }

    /// `NL80211_ATTR_HANDLE_DFS`
    #[inline]
    pub fn handle_dfs(&self) -> bool {
        self.0.flag(NL80211_ATTR_HANDLE_DFS)
    }

    /// `NL80211_ATTR_SUPPORT_5_MHZ`
    #[inline]
    pub fn support_5_mhz(&self) -> bool {
        self.0.flag(NL80211_ATTR_SUPPORT_5_MHZ)
    }

    /// `NL80211_ATTR_SUPPORT_10_MHZ`
    #[inline]
    pub fn support_10_mhz(&self) -> bool {
        self.0.flag(NL80211_ATTR_SUPPORT_10_MHZ)
    }

    /// `NL80211_ATTR_OPMODE_NOTIF`
    #[inline]
    pub fn opmode_notif(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_OPMODE_NOTIF)
    }

    /// `NL80211_ATTR_VENDOR_ID`
    #[inline]
    pub fn vendor_id(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_VENDOR_ID)
    }

    /// `NL80211_ATTR_VENDOR_SUBCMD`
    #[inline]
    pub fn vendor_subcmd(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_VENDOR_SUBCMD)
    }

    /// `NL80211_ATTR_VENDOR_DATA`
    #[inline]
    pub fn vendor_data(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_VENDOR_DATA)
    }

    /// `NL80211_ATTR_VENDOR_EVENTS`
    #[inline]
    pub fn vendor_events(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_VENDOR_EVENTS)
    }

    /// `NL80211_ATTR_QOS_MAP`
    #[inline]
    pub fn qos_map(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_QOS_MAP)
    }

    /// `NL80211_ATTR_MAC_HINT`
    #[inline]
    pub fn mac_hint(&self) -> Option<HwAddr<'a>> {
        self.0.mac(NL80211_ATTR_MAC_HINT)
    }

    /// `NL80211_ATTR_WIPHY_FREQ_HINT`
    #[inline]
    pub fn wiphy_freq_hint(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_WIPHY_FREQ_HINT)
    }

    /// `NL80211_ATTR_MAX_AP_ASSOC_STA`
    #[inline]
    pub fn max_ap_assoc_sta(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_MAX_AP_ASSOC_STA)
    }

    /// `NL80211_ATTR_TDLS_PEER_CAPABILITY`
    #[inline]
    pub fn tdls_peer_capability(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_TDLS_PEER_CAPABILITY)
    }

    /// `NL80211_ATTR_SOCKET_OWNER`
    #[inline]
    pub fn socket_owner(&self) -> bool {
        self.0.flag(NL80211_ATTR_SOCKET_OWNER)
    }

    /// `NL80211_ATTR_CSA_C_OFFSETS_TX`
    #[inline]
    pub fn csa_c_offsets_tx(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_CSA_C_OFFSETS_TX)
    }

    /// `NL80211_ATTR_MAX_CSA_COUNTERS`
    #[inline]
    pub fn max_csa_counters(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_MAX_CSA_COUNTERS)
    }

    /// `NL80211_ATTR_TDLS_INITIATOR`
    #[inline]
    pub fn tdls_initiator(&self) -> bool {
        self.0.flag(NL80211_ATTR_TDLS_INITIATOR)
    }

    /// `NL80211_ATTR_USE_RRM`
    #[inline]
    pub fn use_rrm(&self) -> bool {
        self.0.flag(NL80211_ATTR_USE_RRM)
    }

    /// `NL80211_ATTR_WIPHY_DYN_ACK`
    #[inline]
    pub fn wiphy_dyn_ack(&self) -> bool {
        self.0.flag(NL80211_ATTR_WIPHY_DYN_ACK)
    }

    /// `NL80211_ATTR_TSID`
    #[inline]
    pub fn tsid(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_TSID)
    }

    /// `NL80211_ATTR_USER_PRIO`
    #[inline]
    pub fn user_prio(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_USER_PRIO)
    }

    /// `NL80211_ATTR_ADMITTED_TIME`
    #[inline]
    pub fn admitted_time(&self) -> Option<u16> {
        self.0.u16(NL80211_ATTR_ADMITTED_TIME)
    }

    /// `NL80211_ATTR_SMPS_MODE`
    #[inline]
    pub fn smps_mode(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_SMPS_MODE)
    }

    /// `NL80211_ATTR_OPER_CLASS`
    #[inline]
    pub fn oper_class(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_OPER_CLASS)
    }

    /// `NL80211_ATTR_MAC_MASK`
    #[inline]
    pub fn mac_mask(&self) -> Option<HwAddr<'a>> {
        self.0.mac(NL80211_ATTR_MAC_MASK)
    }

    /// `NL80211_ATTR_WIPHY_SELF_MANAGED_REG`
    #[inline]
    pub fn wiphy_self_managed_reg(&self) -> bool {
        self.0.flag(NL80211_ATTR_WIPHY_SELF_MANAGED_REG)
    }

    /// `NL80211_ATTR_EXT_FEATURES`
    #[inline]
    pub fn ext_features(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_EXT_FEATURES)
    }

    /// `NL80211_ATTR_SURVEY_RADIO_STATS`
    #[inline]
    pub fn survey_radio_stats(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_SURVEY_RADIO_STATS)
    }

    /// `NL80211_ATTR_NETNS_FD`
    #[inline]
    pub fn netns_fd(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_NETNS_FD)
    }

    /// `NL80211_ATTR_SCHED_SCAN_DELAY`
    #[inline]
    pub fn sched_scan_delay(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_SCHED_SCAN_DELAY)
    }

    /// `NL80211_ATTR_REG_INDOOR`
    #[inline]
    pub fn reg_indoor(&self) -> bool {
        self.0.flag(NL80211_ATTR_REG_INDOOR)
    }

    /// `NL80211_ATTR_MAX_NUM_SCHED_SCAN_PLANS`
    #[inline]
    pub fn max_num_sched_scan_plans(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_MAX_NUM_SCHED_SCAN_PLANS)
    }

    /// `NL80211_ATTR_MAX_SCAN_PLAN_INTERVAL`
    #[inline]
    pub fn max_scan_plan_interval(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_MAX_SCAN_PLAN_INTERVAL)
    }

    /// `NL80211_ATTR_MAX_SCAN_PLAN_ITERATIONS`
    #[inline]
    pub fn max_scan_plan_iterations(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_MAX_SCAN_PLAN_ITERATIONS)
    }

    /// `NL80211_ATTR_SCHED_SCAN_PLANS`
    #[inline]
    pub fn sched_scan_plans(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_SCHED_SCAN_PLANS)
    }

    /// `NL80211_ATTR_PBSS`
    #[inline]
    pub fn pbss(&self) -> bool {
        self.0.flag(NL80211_ATTR_PBSS)
    }

    /// `NL80211_ATTR_BSS_SELECT`
    #[inline]
    pub fn bss_select(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_BSS_SELECT)
    }

    /// `NL80211_ATTR_STA_SUPPORT_P2P_PS`
    #[inline]
    pub fn sta_support_p2p_ps(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_STA_SUPPORT_P2P_PS)
    }

    /// `NL80211_ATTR_PAD`
    #[inline]
    pub fn pad(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_PAD)
    }

    /// `NL80211_ATTR_IFTYPE_EXT_CAPA`
    #[inline]
    pub fn iftype_ext_capa(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_IFTYPE_EXT_CAPA)
    }

    /// `NL80211_ATTR_MU_MIMO_GROUP_DATA`
    #[inline]
    pub fn mu_mimo_group_data(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_MU_MIMO_GROUP_DATA)
    }

    /// `NL80211_ATTR_MU_MIMO_FOLLOW_MAC_ADDR`
    #[inline]
    pub fn mu_mimo_follow_mac_addr(&self) -> Option<HwAddr<'a>> {
        self.0.mac(NL80211_ATTR_MU_MIMO_FOLLOW_MAC_ADDR)
    }

    /// `NL80211_ATTR_SCAN_START_TIME_TSF`
    #[inline]
    pub fn scan_start_time_tsf(&self) -> Option<u64> {
        self.0.u64(NL80211_ATTR_SCAN_START_TIME_TSF)
    }

    /// `NL80211_ATTR_SCAN_START_TIME_TSF_BSSID`
    #[inline]
    pub fn scan_start_time_tsf_bssid(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_SCAN_START_TIME_TSF_BSSID)
    }

    /// `NL80211_ATTR_MEASUREMENT_DURATION`
    #[inline]
    pub fn measurement_duration(&self) -> Option<u16> {
        self.0.u16(NL80211_ATTR_MEASUREMENT_DURATION)
    }

    /// `NL80211_ATTR_MEASUREMENT_DURATION_MANDATORY`
    #[inline]
    pub fn measurement_duration_mandatory(&self) -> bool {
        self.0.flag(NL80211_ATTR_MEASUREMENT_DURATION_MANDATORY)
    }

    /// `NL80211_ATTR_MESH_PEER_AID`
    #[inline]
    pub fn mesh_peer_aid(&self) -> Option<u16> {
        self.0.u16(NL80211_ATTR_MESH_PEER_AID)
    }

    /// `NL80211_ATTR_NAN_MASTER_PREF`
    #[inline]
    pub fn nan_master_pref(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_NAN_MASTER_PREF)
    }

    /// `NL80211_ATTR_BANDS`
    #[inline]
    pub fn bands(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_BANDS)
    }

    /// `NL80211_ATTR_NAN_FUNC`
    #[inline]
    pub fn nan_func(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_NAN_FUNC)
    }

    /// `NL80211_ATTR_NAN_MATCH`
    #[inline]
    pub fn nan_match(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_NAN_MATCH)
    }

    /// `NL80211_ATTR_FILS_KEK`
    #[inline]
    pub fn fils_kek(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_FILS_KEK)
    }

    /// `NL80211_ATTR_FILS_NONCES`
    #[inline]
    pub fn fils_nonces(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_FILS_NONCES)
    }

    /// `NL80211_ATTR_MULTICAST_TO_UNICAST_ENABLED`
    #[inline]
    pub fn multicast_to_unicast_enabled(&self) -> bool {
        self.0.flag(NL80211_ATTR_MULTICAST_TO_UNICAST_ENABLED)
    }

    /// `NL80211_ATTR_BSSID`
    #[inline]
    pub fn bssid(&self) -> Option<HwAddr<'a>> {
        self.0.mac(NL80211_ATTR_BSSID)
    }

    /// `NL80211_ATTR_SCHED_SCAN_RELATIVE_RSSI`
    #[inline]
    pub fn sched_scan_relative_rssi(&self) -> Option<i8> {
        self.0.i8(NL80211_ATTR_SCHED_SCAN_RELATIVE_RSSI)
    }

    /// `NL80211_ATTR_SCHED_SCAN_RSSI_ADJUST`
    #[inline]
    pub fn sched_scan_rssi_adjust(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_SCHED_SCAN_RSSI_ADJUST)
    }

    /// `NL80211_ATTR_TIMEOUT_REASON`
    #[inline]
    pub fn timeout_reason(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_TIMEOUT_REASON)
    }

    /// `NL80211_ATTR_FILS_ERP_USERNAME`
    #[inline]
    pub fn fils_erp_username(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_FILS_ERP_USERNAME)
    }

    /// `NL80211_ATTR_FILS_ERP_REALM`
    #[inline]
    pub fn fils_erp_realm(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_FILS_ERP_REALM)
    }

    /// `NL80211_ATTR_FILS_ERP_NEXT_SEQ_NUM`
    #[inline]
    pub fn fils_erp_next_seq_num(&self) -> Option<u16> {
        self.0.u16(NL80211_ATTR_FILS_ERP_NEXT_SEQ_NUM)
    }

    /// `NL80211_ATTR_FILS_ERP_RRK`
    #[inline]
    pub fn fils_erp_rrk(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_FILS_ERP_RRK)
    }

    /// `NL80211_ATTR_FILS_CACHE_ID`
    #[inline]
    pub fn fils_cache_id(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_FILS_CACHE_ID)
    }

    /// `NL80211_ATTR_PMK`
    #[inline]
    pub fn pmk(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_PMK)
    }

    /// `NL80211_ATTR_SCHED_SCAN_MULTI`
    #[inline]
    pub fn sched_scan_multi(&self) -> bool {
        self.0.flag(NL80211_ATTR_SCHED_SCAN_MULTI)
    }

    /// `NL80211_ATTR_SCHED_SCAN_MAX_REQS`
    #[inline]
    pub fn sched_scan_max_reqs(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_SCHED_SCAN_MAX_REQS)
    }

    /// `NL80211_ATTR_WANT_1X_4WAY_HS`
    #[inline]
    pub fn want_1x_4way_hs(&self) -> bool {
        self.0.flag(NL80211_ATTR_WANT_1X_4WAY_HS)
    }

    /// `NL80211_ATTR_PMKR0_NAME`
    #[inline]
    pub fn pmkr0_name(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_PMKR0_NAME)
    }

    /// `NL80211_ATTR_PORT_AUTHORIZED`
    #[inline]
    pub fn port_authorized(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_PORT_AUTHORIZED)
    }

    /// `NL80211_ATTR_EXTERNAL_AUTH_ACTION`
    #[inline]
    pub fn external_auth_action(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_EXTERNAL_AUTH_ACTION)
    }

    /// `NL80211_ATTR_EXTERNAL_AUTH_SUPPORT`
    #[inline]
    pub fn external_auth_support(&self) -> bool {
        self.0.flag(NL80211_ATTR_EXTERNAL_AUTH_SUPPORT)
    }

    /// `NL80211_ATTR_NSS`
    #[inline]
    pub fn nss(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_NSS)
    }

    /// `NL80211_ATTR_ACK_SIGNAL`
    #[inline]
    pub fn ack_signal(&self) -> Option<i32> {
        self.0.i32(NL80211_ATTR_ACK_SIGNAL)
    }

    /// `NL80211_ATTR_CONTROL_PORT_OVER_NL80211`
    #[inline]
    pub fn control_port_over_nl80211(&self) -> bool {
        self.0.flag(NL80211_ATTR_CONTROL_PORT_OVER_NL80211)
    }

    /// `NL80211_ATTR_TXQ_STATS`
    #[inline]
    pub fn txq_stats(&self) -> Result<Option<TxqStatsAttrs<'a>>, Error> {
        self.0.nest(NL80211_ATTR_TXQ_STATS)
    }

    /// `NL80211_ATTR_TXQ_LIMIT`
    #[inline]
    pub fn txq_limit(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_TXQ_LIMIT)
    }

    /// `NL80211_ATTR_TXQ_MEMORY_LIMIT`
    #[inline]
    pub fn txq_memory_limit(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_TXQ_MEMORY_LIMIT)
    }

    /// `NL80211_ATTR_TXQ_QUANTUM`
    #[inline]
    pub fn txq_quantum(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_TXQ_QUANTUM)
    }

    /// `NL80211_ATTR_HE_CAPABILITY`
    #[inline]
    pub fn he_capability(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_HE_CAPABILITY)
    }

    /// `NL80211_ATTR_FTM_RESPONDER`
    #[inline]
    pub fn ftm_responder(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_FTM_RESPONDER)
    }

    /// `NL80211_ATTR_FTM_RESPONDER_STATS`
    #[inline]
    pub fn ftm_responder_stats(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_FTM_RESPONDER_STATS)
    }

    /// `NL80211_ATTR_TIMEOUT`
    #[inline]
    pub fn timeout(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_TIMEOUT)
    }

    /// `NL80211_ATTR_PEER_MEASUREMENTS`
    #[inline]
    pub fn peer_measurements(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_PEER_MEASUREMENTS)
    }

    /// `NL80211_ATTR_AIRTIME_WEIGHT`
    #[inline]
    pub fn airtime_weight(&self) -> Option<u16> {
        self.0.u16(NL80211_ATTR_AIRTIME_WEIGHT)
    }

    /// `NL80211_ATTR_STA_TX_POWER_SETTING`
    #[inline]
    pub fn sta_tx_power_setting(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_STA_TX_POWER_SETTING)
    }

    /// `NL80211_ATTR_STA_TX_POWER`
    #[inline]
    pub fn sta_tx_power(&self) -> Option<i16> {
        self.0.i16(NL80211_ATTR_STA_TX_POWER)
    }

    /// `NL80211_ATTR_SAE_PASSWORD`
    #[inline]
    pub fn sae_password(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_SAE_PASSWORD)
    }

    /// `NL80211_ATTR_TWT_RESPONDER`
    #[inline]
    pub fn twt_responder(&self) -> bool {
        self.0.flag(NL80211_ATTR_TWT_RESPONDER)
    }

    /// `NL80211_ATTR_HE_OBSS_PD`
    #[inline]
    pub fn he_obss_pd(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_HE_OBSS_PD)
    }

    /// `NL80211_ATTR_WIPHY_EDMG_CHANNELS`
    #[inline]
    pub fn wiphy_edmg_channels(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_WIPHY_EDMG_CHANNELS)
    }

    /// `NL80211_ATTR_WIPHY_EDMG_BW_CONFIG`
    #[inline]
    pub fn wiphy_edmg_bw_config(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_WIPHY_EDMG_BW_CONFIG)
    }

    /// `NL80211_ATTR_VLAN_ID`
    #[inline]
    pub fn vlan_id(&self) -> Option<u16> {
        self.0.u16(NL80211_ATTR_VLAN_ID)
    }

    /// `NL80211_ATTR_HE_BSS_COLOR`
    #[inline]
    pub fn he_bss_color(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_HE_BSS_COLOR)
    }

    /// `NL80211_ATTR_IFTYPE_AKM_SUITES`
    #[inline]
    pub fn iftype_akm_suites(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_IFTYPE_AKM_SUITES)
    }

    /// `NL80211_ATTR_TID_CONFIG`
    #[inline]
    pub fn tid_config(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_TID_CONFIG)
    }

    /// `NL80211_ATTR_CONTROL_PORT_NO_PREAUTH`
    #[inline]
    pub fn control_port_no_preauth(&self) -> bool {
        self.0.flag(NL80211_ATTR_CONTROL_PORT_NO_PREAUTH)
    }

    /// `NL80211_ATTR_PMK_LIFETIME`
    #[inline]
    pub fn pmk_lifetime(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_PMK_LIFETIME)
    }

    /// `NL80211_ATTR_PMK_REAUTH_THRESHOLD`
    #[inline]
    pub fn pmk_reauth_threshold(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_PMK_REAUTH_THRESHOLD)
    }

    /// `NL80211_ATTR_RECEIVE_MULTICAST`
    #[inline]
    pub fn receive_multicast(&self) -> bool {
        self.0.flag(NL80211_ATTR_RECEIVE_MULTICAST)
    }

    /// `NL80211_ATTR_WIPHY_FREQ_OFFSET`
    #[inline]
    pub fn wiphy_freq_offset(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_WIPHY_FREQ_OFFSET)
    }

    /// `NL80211_ATTR_CENTER_FREQ1_OFFSET`
    #[inline]
    pub fn center_freq1_offset(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_CENTER_FREQ1_OFFSET)
    }

    /// `NL80211_ATTR_SCAN_FREQ_KHZ`
    #[inline]
    pub fn scan_freq_khz(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_SCAN_FREQ_KHZ)
    }

    /// `NL80211_ATTR_HE_6GHZ_CAPABILITY`
    #[inline]
    pub fn he_6ghz_capability(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_HE_6GHZ_CAPABILITY)
    }

    /// `NL80211_ATTR_FILS_DISCOVERY`
    #[inline]
    pub fn fils_discovery(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_FILS_DISCOVERY)
    }

    /// `NL80211_ATTR_UNSOL_BCAST_PROBE_RESP`
    #[inline]
    pub fn unsol_bcast_probe_resp(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_UNSOL_BCAST_PROBE_RESP)
    }

    /// `NL80211_ATTR_S1G_CAPABILITY`
    #[inline]
    pub fn s1g_capability(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_S1G_CAPABILITY)
    }

    /// `NL80211_ATTR_S1G_CAPABILITY_MASK`
    #[inline]
    pub fn s1g_capability_mask(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_S1G_CAPABILITY_MASK)
    }

    /// `NL80211_ATTR_SAE_PWE`
    #[inline]
    pub fn sae_pwe(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_SAE_PWE)
    }

    /// `NL80211_ATTR_RECONNECT_REQUESTED`
    #[inline]
    pub fn reconnect_requested(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_RECONNECT_REQUESTED)
    }

    /// `NL80211_ATTR_SAR_SPEC`
    #[inline]
    pub fn sar_spec(&self) -> Result<Option<SarAttributes<'a>>, Error> {
        self.0.nest(NL80211_ATTR_SAR_SPEC)
    }

    /// `NL80211_ATTR_DISABLE_HE`
    #[inline]
    pub fn disable_he(&self) -> bool {
        self.0.flag(NL80211_ATTR_DISABLE_HE)
    }

    /// `NL80211_ATTR_OBSS_COLOR_BITMAP`
    #[inline]
    pub fn obss_color_bitmap(&self) -> Option<u64> {
        self.0.u64(NL80211_ATTR_OBSS_COLOR_BITMAP)
    }

    /// `NL80211_ATTR_COLOR_CHANGE_COUNT`
    #[inline]
    pub fn color_change_count(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_COLOR_CHANGE_COUNT)
    }

    /// `NL80211_ATTR_COLOR_CHANGE_COLOR`
    #[inline]
    pub fn color_change_color(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_COLOR_CHANGE_COLOR)
    }

    /// `NL80211_ATTR_COLOR_CHANGE_ELEMS`
    #[inline]
    pub fn color_change_elems(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_COLOR_CHANGE_ELEMS)
    }

    /// `NL80211_ATTR_MBSSID_CONFIG`
    #[inline]
    pub fn mbssid_config(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_MBSSID_CONFIG)
    }

    /// `NL80211_ATTR_MBSSID_ELEMS`
    #[inline]
    pub fn mbssid_elems(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_MBSSID_ELEMS)
    }

    /// `NL80211_ATTR_RADAR_BACKGROUND`
    #[inline]
    pub fn radar_background(&self) -> bool {
        self.0.flag(NL80211_ATTR_RADAR_BACKGROUND)
    }

    /// `NL80211_ATTR_AP_SETTINGS_FLAGS`
    #[inline]
    pub fn ap_settings_flags(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_AP_SETTINGS_FLAGS)
    }

    /// `NL80211_ATTR_EHT_CAPABILITY`
    #[inline]
    pub fn eht_capability(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_EHT_CAPABILITY)
    }

    /// `NL80211_ATTR_DISABLE_EHT`
    #[inline]
    pub fn disable_eht(&self) -> bool {
        self.0.flag(NL80211_ATTR_DISABLE_EHT)
    }

    /// `NL80211_ATTR_MLO_LINKS`
    #[inline]
    pub fn mlo_links(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_MLO_LINKS)
    }

    /// `NL80211_ATTR_MLO_LINK_ID`
    #[inline]
    pub fn mlo_link_id(&self) -> Option<u8> {
        self.0.u8(NL80211_ATTR_MLO_LINK_ID)
    }

    /// `NL80211_ATTR_MLD_ADDR`
    #[inline]
    pub fn mld_addr(&self) -> Option<HwAddr<'a>> {
        self.0.mac(NL80211_ATTR_MLD_ADDR)
    }

    /// `NL80211_ATTR_MLO_SUPPORT`
    #[inline]
    pub fn mlo_support(&self) -> bool {
        self.0.flag(NL80211_ATTR_MLO_SUPPORT)
    }

    /// `NL80211_ATTR_MAX_NUM_AKM_SUITES`
    #[inline]
    pub fn max_num_akm_suites(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_MAX_NUM_AKM_SUITES)
    }

    /// `NL80211_ATTR_EML_CAPABILITY`
    #[inline]
    pub fn eml_capability(&self) -> Option<u16> {
        self.0.u16(NL80211_ATTR_EML_CAPABILITY)
    }

    /// `NL80211_ATTR_MLD_CAPA_AND_OPS`
    #[inline]
    pub fn mld_capa_and_ops(&self) -> Option<u16> {
        self.0.u16(NL80211_ATTR_MLD_CAPA_AND_OPS)
    }

    /// `NL80211_ATTR_TX_HW_TIMESTAMP`
    #[inline]
    pub fn tx_hw_timestamp(&self) -> Option<u64> {
        self.0.u64(NL80211_ATTR_TX_HW_TIMESTAMP)
    }

    /// `NL80211_ATTR_RX_HW_TIMESTAMP`
    #[inline]
    pub fn rx_hw_timestamp(&self) -> Option<u64> {
        self.0.u64(NL80211_ATTR_RX_HW_TIMESTAMP)
    }

    /// `NL80211_ATTR_TD_BITMAP`
    #[inline]
    pub fn td_bitmap(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_TD_BITMAP)
    }

    /// `NL80211_ATTR_PUNCT_BITMAP`
    #[inline]
    pub fn punct_bitmap(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_PUNCT_BITMAP)
    }

    /// `NL80211_ATTR_MAX_HW_TIMESTAMP_PEERS`
    #[inline]
    pub fn max_hw_timestamp_peers(&self) -> Option<u16> {
        self.0.u16(NL80211_ATTR_MAX_HW_TIMESTAMP_PEERS)
    }

    /// `NL80211_ATTR_HW_TIMESTAMP_ENABLED`
    #[inline]
    pub fn hw_timestamp_enabled(&self) -> bool {
        self.0.flag(NL80211_ATTR_HW_TIMESTAMP_ENABLED)
    }

    /// `NL80211_ATTR_EMA_RNR_ELEMS`
    #[inline]
    pub fn ema_rnr_elems(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_EMA_RNR_ELEMS)
    }

    /// `NL80211_ATTR_MLO_LINK_DISABLED`
    #[inline]
    pub fn mlo_link_disabled(&self) -> bool {
        self.0.flag(NL80211_ATTR_MLO_LINK_DISABLED)
    }

    /// `NL80211_ATTR_BSS_DUMP_INCLUDE_USE_DATA`
    #[inline]
    pub fn bss_dump_include_use_data(&self) -> bool {
        self.0.flag(NL80211_ATTR_BSS_DUMP_INCLUDE_USE_DATA)
    }

    /// `NL80211_ATTR_MLO_TTLM_DLINK`
    #[inline]
    pub fn mlo_ttlm_dlink(&self) -> Option<u16> {
        self.0.u16(NL80211_ATTR_MLO_TTLM_DLINK)
    }

    /// `NL80211_ATTR_MLO_TTLM_ULINK`
    #[inline]
    pub fn mlo_ttlm_ulink(&self) -> Option<u16> {
        self.0.u16(NL80211_ATTR_MLO_TTLM_ULINK)
    }

    /// `NL80211_ATTR_ASSOC_SPP_AMSDU`
    #[inline]
    pub fn assoc_spp_amsdu(&self) -> bool {
        self.0.flag(NL80211_ATTR_ASSOC_SPP_AMSDU)
    }

    /// `NL80211_ATTR_WIPHY_RADIOS`
    #[inline]
    pub fn wiphy_radios(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_WIPHY_RADIOS)
    }

    /// `NL80211_ATTR_WIPHY_INTERFACE_COMBINATIONS`
    #[inline]
    pub fn wiphy_interface_combinations(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_ATTR_WIPHY_INTERFACE_COMBINATIONS)
    }

    /// `NL80211_ATTR_VIF_RADIO_MASK`
    #[inline]
    pub fn vif_radio_mask(&self) -> Option<u32> {
        self.0.u32(NL80211_ATTR_VIF_RADIO_MASK)
    }
}

/// The `wiphy-bands` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct WiphyBands<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for WiphyBands<'a> {
    const SET: &'static AttrSet = &tables::WIPHY_BANDS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> WiphyBands<'a> {
    /// Indexes and checks a block of `wiphy-bands` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 6> {
        &self.0
    }

    /// `NL80211_BAND_2GHZ`: 2.4 GHz ISM band
    #[inline]
    pub fn n2ghz(&self) -> Result<Option<BandAttrs<'a>>, Error> {
        self.0.nest(NL80211_BAND_2GHZ)
    }

    /// `NL80211_BAND_5GHZ`: around 5 GHz band (4.9 - 5.7 GHz)
    #[inline]
    pub fn n5ghz(&self) -> Result<Option<BandAttrs<'a>>, Error> {
        self.0.nest(NL80211_BAND_5GHZ)
    }

    /// `NL80211_BAND_60GHZ`: around 60 GHz band (58.32 - 69.12 GHz)
    #[inline]
    pub fn n60ghz(&self) -> Result<Option<BandAttrs<'a>>, Error> {
        self.0.nest(NL80211_BAND_60GHZ)
    }

    /// `NL80211_BAND_6GHZ`
    #[inline]
    pub fn n6ghz(&self) -> Result<Option<BandAttrs<'a>>, Error> {
        self.0.nest(NL80211_BAND_6GHZ)
    }

    /// `NL80211_BAND_S1GHZ`
    #[inline]
    pub fn s1ghz(&self) -> Result<Option<BandAttrs<'a>>, Error> {
        self.0.nest(NL80211_BAND_S1GHZ)
    }

    /// `NL80211_BAND_LC`
    #[inline]
    pub fn lc(&self) -> Result<Option<BandAttrs<'a>>, Error> {
        self.0.nest(NL80211_BAND_LC)
    }
}

/// The `band-attrs` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct BandAttrs<'a>(Table<'a, 14>);

impl<'a> AttrView<'a> for BandAttrs<'a> {
    const SET: &'static AttrSet = &tables::BAND_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> BandAttrs<'a> {
    /// Indexes and checks a block of `band-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 14> {
        &self.0
    }

    /// `NL80211_BAND_ATTR_FREQS`
    #[inline]
    pub fn freqs(&self) -> Option<Entries<'a, FrequencyAttrs<'a>>> {
        self.0.entries(NL80211_BAND_ATTR_FREQS)
    }

    /// `NL80211_BAND_ATTR_RATES`
    #[inline]
    pub fn rates(&self) -> Option<Entries<'a, BitrateAttrs<'a>>> {
        self.0.entries(NL80211_BAND_ATTR_RATES)
    }

    /// `NL80211_BAND_ATTR_HT_MCS_SET`
    #[inline]
    pub fn ht_mcs_set(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_BAND_ATTR_HT_MCS_SET)
    }

    /// `NL80211_BAND_ATTR_HT_CAPA`
    #[inline]
    pub fn ht_capa(&self) -> Option<u16> {
        self.0.u16(NL80211_BAND_ATTR_HT_CAPA)
    }

    /// `NL80211_BAND_ATTR_HT_AMPDU_FACTOR`
    #[inline]
    pub fn ht_ampdu_factor(&self) -> Option<u8> {
        self.0.u8(NL80211_BAND_ATTR_HT_AMPDU_FACTOR)
    }

    /// `NL80211_BAND_ATTR_HT_AMPDU_DENSITY`
    #[inline]
    pub fn ht_ampdu_density(&self) -> Option<u8> {
        self.0.u8(NL80211_BAND_ATTR_HT_AMPDU_DENSITY)
    }

    /// `NL80211_BAND_ATTR_VHT_MCS_SET`
    #[inline]
    pub fn vht_mcs_set(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_BAND_ATTR_VHT_MCS_SET)
    }

    /// `NL80211_BAND_ATTR_VHT_CAPA`
    #[inline]
    pub fn vht_capa(&self) -> Option<u32> {
        self.0.u32(NL80211_BAND_ATTR_VHT_CAPA)
    }

    /// `NL80211_BAND_ATTR_IFTYPE_DATA`
    #[inline]
    pub fn iftype_data(&self) -> Option<Entries<'a, IftypeDataAttrs<'a>>> {
        self.0.entries(NL80211_BAND_ATTR_IFTYPE_DATA)
    }

    /// `NL80211_BAND_ATTR_EDMG_CHANNELS`
    #[inline]
    pub fn edmg_channels(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_BAND_ATTR_EDMG_CHANNELS)
    }

    /// `NL80211_BAND_ATTR_EDMG_BW_CONFIG`
    #[inline]
    pub fn edmg_bw_config(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_BAND_ATTR_EDMG_BW_CONFIG)
    }

    /// `NL80211_BAND_ATTR_S1G_MCS_NSS_SET`
    #[inline]
    pub fn s1g_mcs_nss_set(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_BAND_ATTR_S1G_MCS_NSS_SET)
    }

    /// `NL80211_BAND_ATTR_S1G_CAPA`
    #[inline]
    pub fn s1g_capa(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_BAND_ATTR_S1G_CAPA)
    }
}

/// The `bitrate-attrs` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct BitrateAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for BitrateAttrs<'a> {
    const SET: &'static AttrSet = &tables::BITRATE_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> BitrateAttrs<'a> {
    /// Indexes and checks a block of `bitrate-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `NL80211_BITRATE_ATTR_RATE`
    #[inline]
    pub fn rate(&self) -> Option<u32> {
        self.0.u32(NL80211_BITRATE_ATTR_RATE)
    }

    /// `NL80211_BITRATE_ATTR_2GHZ_SHORTPREAMBLE`
    #[inline]
    pub fn n2ghz_shortpreamble(&self) -> bool {
        self.0.flag(NL80211_BITRATE_ATTR_2GHZ_SHORTPREAMBLE)
    }
}

/// The `frequency-attrs` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FrequencyAttrs<'a>(Table<'a, 34>);

impl<'a> AttrView<'a> for FrequencyAttrs<'a> {
    const SET: &'static AttrSet = &tables::FREQUENCY_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> FrequencyAttrs<'a> {
    /// Indexes and checks a block of `frequency-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 34> {
        &self.0
    }

    /// `NL80211_FREQUENCY_ATTR_FREQ`
    #[inline]
    pub fn freq(&self) -> Option<u32> {
        self.0.u32(NL80211_FREQUENCY_ATTR_FREQ)
    }

    /// `NL80211_FREQUENCY_ATTR_DISABLED`
    #[inline]
    pub fn disabled(&self) -> bool {
        self.0.flag(NL80211_FREQUENCY_ATTR_DISABLED)
    }

    /// `NL80211_FREQUENCY_ATTR_NO_IR`
    #[inline]
    pub fn no_ir(&self) -> bool {
        self.0.flag(NL80211_FREQUENCY_ATTR_NO_IR)
    }

    /// `__NL80211_FREQUENCY_ATTR_NO_IBSS`
    #[inline]
    pub fn no_ibss(&self) -> bool {
        self.0.flag(__NL80211_FREQUENCY_ATTR_NO_IBSS)
    }

    /// `NL80211_FREQUENCY_ATTR_RADAR`
    #[inline]
    pub fn radar(&self) -> bool {
        self.0.flag(NL80211_FREQUENCY_ATTR_RADAR)
    }

    /// `NL80211_FREQUENCY_ATTR_MAX_TX_POWER`
    #[inline]
    pub fn max_tx_power(&self) -> Option<u32> {
        self.0.u32(NL80211_FREQUENCY_ATTR_MAX_TX_POWER)
    }

    /// `NL80211_FREQUENCY_ATTR_DFS_STATE`
    #[inline]
    pub fn dfs_state(&self) -> Option<u32> {
        self.0.u32(NL80211_FREQUENCY_ATTR_DFS_STATE)
    }

    /// `NL80211_FREQUENCY_ATTR_DFS_TIME`
    #[inline]
    pub fn dfs_time(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_FREQUENCY_ATTR_DFS_TIME)
    }

    /// `NL80211_FREQUENCY_ATTR_NO_HT40_MINUS`
    #[inline]
    pub fn no_ht40_minus(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_FREQUENCY_ATTR_NO_HT40_MINUS)
    }

    /// `NL80211_FREQUENCY_ATTR_NO_HT40_PLUS`
    #[inline]
    pub fn no_ht40_plus(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_FREQUENCY_ATTR_NO_HT40_PLUS)
    }

    /// `NL80211_FREQUENCY_ATTR_NO_80MHZ`
    #[inline]
    pub fn no_80mhz(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_FREQUENCY_ATTR_NO_80MHZ)
    }

    /// `NL80211_FREQUENCY_ATTR_NO_160MHZ`
    #[inline]
    pub fn no_160mhz(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_FREQUENCY_ATTR_NO_160MHZ)
    }

    /// `NL80211_FREQUENCY_ATTR_DFS_CAC_TIME`
    #[inline]
    pub fn dfs_cac_time(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_FREQUENCY_ATTR_DFS_CAC_TIME)
    }

    /// `NL80211_FREQUENCY_ATTR_INDOOR_ONLY`
    #[inline]
    pub fn indoor_only(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_FREQUENCY_ATTR_INDOOR_ONLY)
    }

    /// `NL80211_FREQUENCY_ATTR_IR_CONCURRENT`
    #[inline]
    pub fn ir_concurrent(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_FREQUENCY_ATTR_IR_CONCURRENT)
    }

    /// `NL80211_FREQUENCY_ATTR_NO_20MHZ`
    #[inline]
    pub fn no_20mhz(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_FREQUENCY_ATTR_NO_20MHZ)
    }

    /// `NL80211_FREQUENCY_ATTR_NO_10MHZ`
    #[inline]
    pub fn no_10mhz(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_FREQUENCY_ATTR_NO_10MHZ)
    }

    /// `NL80211_FREQUENCY_ATTR_WMM`
    #[inline]
    pub fn wmm(&self) -> Option<Entries<'a, WmmAttrs<'a>>> {
        self.0.entries(NL80211_FREQUENCY_ATTR_WMM)
    }

    /// `NL80211_FREQUENCY_ATTR_NO_HE`
    #[inline]
    pub fn no_he(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_FREQUENCY_ATTR_NO_HE)
    }

    /// `NL80211_FREQUENCY_ATTR_OFFSET`
    #[inline]
    pub fn offset(&self) -> Option<u32> {
        self.0.u32(NL80211_FREQUENCY_ATTR_OFFSET)
    }

    /// `NL80211_FREQUENCY_ATTR_1MHZ`
    #[inline]
    pub fn n1mhz(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_FREQUENCY_ATTR_1MHZ)
    }

    /// `NL80211_FREQUENCY_ATTR_2MHZ`
    #[inline]
    pub fn n2mhz(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_FREQUENCY_ATTR_2MHZ)
    }

    /// `NL80211_FREQUENCY_ATTR_4MHZ`
    #[inline]
    pub fn n4mhz(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_FREQUENCY_ATTR_4MHZ)
    }

    /// `NL80211_FREQUENCY_ATTR_8MHZ`
    #[inline]
    pub fn n8mhz(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_FREQUENCY_ATTR_8MHZ)
    }

    /// `NL80211_FREQUENCY_ATTR_16MHZ`
    #[inline]
    pub fn n16mhz(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_FREQUENCY_ATTR_16MHZ)
    }

    /// `NL80211_FREQUENCY_ATTR_NO_320MHZ`
    #[inline]
    pub fn no_320mhz(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_FREQUENCY_ATTR_NO_320MHZ)
    }

    /// `NL80211_FREQUENCY_ATTR_NO_EHT`
    #[inline]
    pub fn no_eht(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_FREQUENCY_ATTR_NO_EHT)
    }

    /// `NL80211_FREQUENCY_ATTR_PSD`
    #[inline]
    pub fn psd(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_FREQUENCY_ATTR_PSD)
    }

    /// `NL80211_FREQUENCY_ATTR_DFS_CONCURRENT`
    #[inline]
    pub fn dfs_concurrent(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_FREQUENCY_ATTR_DFS_CONCURRENT)
    }

    /// `NL80211_FREQUENCY_ATTR_NO_6GHZ_VLP_CLIENT`
    #[inline]
    pub fn no_6ghz_vlp_client(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_FREQUENCY_ATTR_NO_6GHZ_VLP_CLIENT)
    }

    /// `NL80211_FREQUENCY_ATTR_NO_6GHZ_AFC_CLIENT`
    #[inline]
    pub fn no_6ghz_afc_client(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_FREQUENCY_ATTR_NO_6GHZ_AFC_CLIENT)
    }

    /// `NL80211_FREQUENCY_ATTR_CAN_MONITOR`
    #[inline]
    pub fn can_monitor(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_FREQUENCY_ATTR_CAN_MONITOR)
    }

    /// `NL80211_FREQUENCY_ATTR_ALLOW_6GHZ_VLP_AP`
    #[inline]
    pub fn allow_6ghz_vlp_ap(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_FREQUENCY_ATTR_ALLOW_6GHZ_VLP_AP)
    }
}

/// The `if-combination-attributes` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct IfCombinationAttributes<'a>(Table<'a, 8>);

impl<'a> AttrView<'a> for IfCombinationAttributes<'a> {
    const SET: &'static AttrSet = &tables::IF_COMBINATION_ATTRIBUTES;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> IfCombinationAttributes<'a> {
    /// Indexes and checks a block of `if-combination-attributes` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 8> {
        &self.0
    }

    /// `NL80211_IFACE_COMB_LIMITS`
    #[inline]
    pub fn limits(&self) -> Option<Entries<'a, IfaceLimitAttributes<'a>>> {
        self.0.entries(NL80211_IFACE_COMB_LIMITS)
    }

    /// `NL80211_IFACE_COMB_MAXNUM`
    #[inline]
    pub fn maxnum(&self) -> Option<u32> {
        self.0.u32(NL80211_IFACE_COMB_MAXNUM)
    }

    /// `NL80211_IFACE_COMB_STA_AP_BI_MATCH`
    #[inline]
    pub fn sta_ap_bi_match(&self) -> bool {
        self.0.flag(NL80211_IFACE_COMB_STA_AP_BI_MATCH)
    }

    /// `NL80211_IFACE_COMB_NUM_CHANNELS`
    #[inline]
    pub fn num_channels(&self) -> Option<u32> {
        self.0.u32(NL80211_IFACE_COMB_NUM_CHANNELS)
    }

    /// `NL80211_IFACE_COMB_RADAR_DETECT_WIDTHS`
    #[inline]
    pub fn radar_detect_widths(&self) -> Option<u32> {
        self.0.u32(NL80211_IFACE_COMB_RADAR_DETECT_WIDTHS)
    }

    /// `NL80211_IFACE_COMB_RADAR_DETECT_REGIONS`
    #[inline]
    pub fn radar_detect_regions(&self) -> Option<u32> {
        self.0.u32(NL80211_IFACE_COMB_RADAR_DETECT_REGIONS)
    }

    /// `NL80211_IFACE_COMB_BI_MIN_GCD`
    #[inline]
    pub fn bi_min_gcd(&self) -> Option<u32> {
        self.0.u32(NL80211_IFACE_COMB_BI_MIN_GCD)
    }
}

/// The `iface-limit-attributes` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct IfaceLimitAttributes<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for IfaceLimitAttributes<'a> {
    const SET: &'static AttrSet = &tables::IFACE_LIMIT_ATTRIBUTES;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> IfaceLimitAttributes<'a> {
    /// Indexes and checks a block of `iface-limit-attributes` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `NL80211_IFACE_LIMIT_MAX`
    #[inline]
    pub fn max(&self) -> Option<u32> {
        self.0.u32(NL80211_IFACE_LIMIT_MAX)
    }

    /// `NL80211_IFACE_LIMIT_TYPES`
    #[inline]
    pub fn types(&self) -> Result<Option<SupportedIftypes<'a>>, Error> {
        self.0.nest(NL80211_IFACE_LIMIT_TYPES)
    }
}

/// The `iftype-data-attrs` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct IftypeDataAttrs<'a>(Table<'a, 12>);

impl<'a> AttrView<'a> for IftypeDataAttrs<'a> {
    const SET: &'static AttrSet = &tables::IFTYPE_DATA_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> IftypeDataAttrs<'a> {
    /// Indexes and checks a block of `iftype-data-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 12> {
        &self.0
    }

    /// `NL80211_BAND_IFTYPE_ATTR_IFTYPES`
    #[inline]
    pub fn iftypes(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_BAND_IFTYPE_ATTR_IFTYPES)
    }

    /// `NL80211_BAND_IFTYPE_ATTR_HE_CAP_MAC`
    #[inline]
    pub fn he_cap_mac(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_BAND_IFTYPE_ATTR_HE_CAP_MAC)
    }

    /// `NL80211_BAND_IFTYPE_ATTR_HE_CAP_PHY`
    #[inline]
    pub fn he_cap_phy(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_BAND_IFTYPE_ATTR_HE_CAP_PHY)
    }

    /// `NL80211_BAND_IFTYPE_ATTR_HE_CAP_MCS_SET`
    #[inline]
    pub fn he_cap_mcs_set(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_BAND_IFTYPE_ATTR_HE_CAP_MCS_SET)
    }

    /// `NL80211_BAND_IFTYPE_ATTR_HE_CAP_PPE`
    #[inline]
    pub fn he_cap_ppe(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_BAND_IFTYPE_ATTR_HE_CAP_PPE)
    }

    /// `NL80211_BAND_IFTYPE_ATTR_HE_6GHZ_CAPA`
    #[inline]
    pub fn he_6ghz_capa(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_BAND_IFTYPE_ATTR_HE_6GHZ_CAPA)
    }

    /// `NL80211_BAND_IFTYPE_ATTR_VENDOR_ELEMS`
    #[inline]
    pub fn vendor_elems(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_BAND_IFTYPE_ATTR_VENDOR_ELEMS)
    }

    /// `NL80211_BAND_IFTYPE_ATTR_EHT_CAP_MAC`
    #[inline]
    pub fn eht_cap_mac(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_BAND_IFTYPE_ATTR_EHT_CAP_MAC)
    }

    /// `NL80211_BAND_IFTYPE_ATTR_EHT_CAP_PHY`
    #[inline]
    pub fn eht_cap_phy(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_BAND_IFTYPE_ATTR_EHT_CAP_PHY)
    }

    /// `NL80211_BAND_IFTYPE_ATTR_EHT_CAP_MCS_SET`
    #[inline]
    pub fn eht_cap_mcs_set(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_BAND_IFTYPE_ATTR_EHT_CAP_MCS_SET)
    }

    /// `NL80211_BAND_IFTYPE_ATTR_EHT_CAP_PPE`
    #[inline]
    pub fn eht_cap_ppe(&self) -> Option<&'a [u8]> {
        self.0.bytes(NL80211_BAND_IFTYPE_ATTR_EHT_CAP_PPE)
    }
}

/// The `iftype-attrs` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct IftypeAttrs<'a>(Table<'a, 13>);

impl<'a> AttrView<'a> for IftypeAttrs<'a> {
    const SET: &'static AttrSet = &tables::IFTYPE_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> IftypeAttrs<'a> {
    /// Indexes and checks a block of `iftype-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 13> {
        &self.0
    }

    /// `NL80211_IFTYPE_UNSPECIFIED`
    #[inline]
    pub fn unspecified(&self) -> Result<Option<Nl80211Attrs<'a>>, Error> {
        self.0.nest(NL80211_IFTYPE_UNSPECIFIED)
    }

    /// `NL80211_IFTYPE_ADHOC`
    #[inline]
    pub fn adhoc(&self) -> Result<Option<Nl80211Attrs<'a>>, Error> {
        self.0.nest(NL80211_IFTYPE_ADHOC)
    }

    /// `NL80211_IFTYPE_STATION`
    #[inline]
    pub fn station(&self) -> Result<Option<Nl80211Attrs<'a>>, Error> {
        self.0.nest(NL80211_IFTYPE_STATION)
    }

    /// `NL80211_IFTYPE_AP`
    #[inline]
    pub fn ap(&self) -> Result<Option<Nl80211Attrs<'a>>, Error> {
        self.0.nest(NL80211_IFTYPE_AP)
    }

    /// `NL80211_IFTYPE_AP_VLAN`
    #[inline]
    pub fn ap_vlan(&self) -> Result<Option<Nl80211Attrs<'a>>, Error> {
        self.0.nest(NL80211_IFTYPE_AP_VLAN)
    }

    /// `NL80211_IFTYPE_WDS`
    #[inline]
    pub fn wds(&self) -> Result<Option<Nl80211Attrs<'a>>, Error> {
        self.0.nest(NL80211_IFTYPE_WDS)
    }

    /// `NL80211_IFTYPE_MONITOR`
    #[inline]
    pub fn monitor(&self) -> Result<Option<Nl80211Attrs<'a>>, Error> {
        self.0.nest(NL80211_IFTYPE_MONITOR)
    }

    /// `NL80211_IFTYPE_MESH_POINT`
    #[inline]
    pub fn mesh_point(&self) -> Result<Option<Nl80211Attrs<'a>>, Error> {
        self.0.nest(NL80211_IFTYPE_MESH_POINT)
    }

    /// `NL80211_IFTYPE_P2P_CLIENT`
    #[inline]
    pub fn p2p_client(&self) -> Result<Option<Nl80211Attrs<'a>>, Error> {
        self.0.nest(NL80211_IFTYPE_P2P_CLIENT)
    }

    /// `NL80211_IFTYPE_P2P_GO`
    #[inline]
    pub fn p2p_go(&self) -> Result<Option<Nl80211Attrs<'a>>, Error> {
        self.0.nest(NL80211_IFTYPE_P2P_GO)
    }

    /// `NL80211_IFTYPE_P2P_DEVICE`
    #[inline]
    pub fn p2p_device(&self) -> Result<Option<Nl80211Attrs<'a>>, Error> {
        self.0.nest(NL80211_IFTYPE_P2P_DEVICE)
    }

    /// `NL80211_IFTYPE_OCB`
    #[inline]
    pub fn ocb(&self) -> Result<Option<Nl80211Attrs<'a>>, Error> {
        self.0.nest(NL80211_IFTYPE_OCB)
    }

    /// `NL80211_IFTYPE_NAN`
    #[inline]
    pub fn nan(&self) -> Result<Option<Nl80211Attrs<'a>>, Error> {
        self.0.nest(NL80211_IFTYPE_NAN)
    }
}

/// The `sar-attributes` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SarAttributes<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for SarAttributes<'a> {
    const SET: &'static AttrSet = &tables::SAR_ATTRIBUTES;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> SarAttributes<'a> {
    /// Indexes and checks a block of `sar-attributes` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `NL80211_SAR_ATTR_TYPE`
    #[inline]
    pub fn type_(&self) -> Option<u32> {
        self.0.u32(NL80211_SAR_ATTR_TYPE)
    }

    /// `NL80211_SAR_ATTR_SPECS`
    #[inline]
    pub fn specs(&self) -> Option<Entries<'a, SarSpecs<'a>>> {
        self.0.entries(NL80211_SAR_ATTR_SPECS)
    }
}

/// The `sar-specs` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SarSpecs<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for SarSpecs<'a> {
    const SET: &'static AttrSet = &tables::SAR_SPECS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> SarSpecs<'a> {
    /// Indexes and checks a block of `sar-specs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `NL80211_SAR_ATTR_SPECS_POWER`
    #[inline]
    pub fn power(&self) -> Option<i32> {
        self.0.i32(NL80211_SAR_ATTR_SPECS_POWER)
    }

    /// `NL80211_SAR_ATTR_SPECS_RANGE_INDEX`
    #[inline]
    pub fn range_index(&self) -> Option<u32> {
        self.0.u32(NL80211_SAR_ATTR_SPECS_RANGE_INDEX)
    }

    /// `NL80211_SAR_ATTR_SPECS_START_FREQ`
    #[inline]
    pub fn start_freq(&self) -> Option<u32> {
        self.0.u32(NL80211_SAR_ATTR_SPECS_START_FREQ)
    }

    /// `NL80211_SAR_ATTR_SPECS_END_FREQ`
    #[inline]
    pub fn end_freq(&self) -> Option<u32> {
        self.0.u32(NL80211_SAR_ATTR_SPECS_END_FREQ)
    }
}

/// The `supported-iftypes` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SupportedIftypes<'a>(Table<'a, 13>);

impl<'a> AttrView<'a> for SupportedIftypes<'a> {
    const SET: &'static AttrSet = &tables::SUPPORTED_IFTYPES;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> SupportedIftypes<'a> {
    /// Indexes and checks a block of `supported-iftypes` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 13> {
        &self.0
    }

    /// `NL80211_IFTYPE_ADHOC`
    #[inline]
    pub fn adhoc(&self) -> bool {
        self.0.flag(NL80211_IFTYPE_ADHOC)
    }

    /// `NL80211_IFTYPE_STATION`
    #[inline]
    pub fn station(&self) -> bool {
        self.0.flag(NL80211_IFTYPE_STATION)
    }

    /// `NL80211_IFTYPE_AP`
    #[inline]
    pub fn ap(&self) -> bool {
        self.0.flag(NL80211_IFTYPE_AP)
    }

    /// `NL80211_IFTYPE_AP_VLAN`
    #[inline]
    pub fn ap_vlan(&self) -> bool {
        self.0.flag(NL80211_IFTYPE_AP_VLAN)
    }

    /// `NL80211_IFTYPE_WDS`
    #[inline]
    pub fn wds(&self) -> bool {
        self.0.flag(NL80211_IFTYPE_WDS)
    }

    /// `NL80211_IFTYPE_MONITOR`
    #[inline]
    pub fn monitor(&self) -> bool {
        self.0.flag(NL80211_IFTYPE_MONITOR)
    }

    /// `NL80211_IFTYPE_MESH_POINT`
    #[inline]
    pub fn mesh_point(&self) -> bool {
        self.0.flag(NL80211_IFTYPE_MESH_POINT)
    }

    /// `NL80211_IFTYPE_P2P_CLIENT`
    #[inline]
    pub fn p2p_client(&self) -> bool {
        self.0.flag(NL80211_IFTYPE_P2P_CLIENT)
    }

    /// `NL80211_IFTYPE_P2P_GO`
    #[inline]
    pub fn p2p_go(&self) -> bool {
        self.0.flag(NL80211_IFTYPE_P2P_GO)
    }

    /// `NL80211_IFTYPE_P2P_DEVICE`
    #[inline]
    pub fn p2p_device(&self) -> bool {
        self.0.flag(NL80211_IFTYPE_P2P_DEVICE)
    }

    /// `NL80211_IFTYPE_OCB`
    #[inline]
    pub fn ocb(&self) -> bool {
        self.0.flag(NL80211_IFTYPE_OCB)
    }

    /// `NL80211_IFTYPE_NAN`
    #[inline]
    pub fn nan(&self) -> bool {
        self.0.flag(NL80211_IFTYPE_NAN)
    }
}

/// The `txq-stats-attrs` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TxqStatsAttrs<'a>(Table<'a, 12>);

impl<'a> AttrView<'a> for TxqStatsAttrs<'a> {
    const SET: &'static AttrSet = &tables::TXQ_STATS_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> TxqStatsAttrs<'a> {
    /// Indexes and checks a block of `txq-stats-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 12> {
        &self.0
    }

    /// `NL80211_TXQ_STATS_BACKLOG_BYTES`
    #[inline]
    pub fn backlog_bytes(&self) -> Option<u32> {
        self.0.u32(NL80211_TXQ_STATS_BACKLOG_BYTES)
    }

    /// `NL80211_TXQ_STATS_BACKLOG_PACKETS`
    #[inline]
    pub fn backlog_packets(&self) -> Option<u32> {
        self.0.u32(NL80211_TXQ_STATS_BACKLOG_PACKETS)
    }

    /// `NL80211_TXQ_STATS_FLOWS`
    #[inline]
    pub fn flows(&self) -> Option<u32> {
        self.0.u32(NL80211_TXQ_STATS_FLOWS)
    }

    /// `NL80211_TXQ_STATS_DROPS`
    #[inline]
    pub fn drops(&self) -> Option<u32> {
        self.0.u32(NL80211_TXQ_STATS_DROPS)
    }

    /// `NL80211_TXQ_STATS_ECN_MARKS`
    #[inline]
    pub fn ecn_marks(&self) -> Option<u32> {
        self.0.u32(NL80211_TXQ_STATS_ECN_MARKS)
    }

    /// `NL80211_TXQ_STATS_OVERLIMIT`
    #[inline]
    pub fn overlimit(&self) -> Option<u32> {
        self.0.u32(NL80211_TXQ_STATS_OVERLIMIT)
    }

    /// `NL80211_TXQ_STATS_OVERMEMORY`
    #[inline]
    pub fn overmemory(&self) -> Option<u32> {
        self.0.u32(NL80211_TXQ_STATS_OVERMEMORY)
    }

    /// `NL80211_TXQ_STATS_COLLISIONS`
    #[inline]
    pub fn collisions(&self) -> Option<u32> {
        self.0.u32(NL80211_TXQ_STATS_COLLISIONS)
    }

    /// `NL80211_TXQ_STATS_TX_BYTES`
    #[inline]
    pub fn tx_bytes(&self) -> Option<u32> {
        self.0.u32(NL80211_TXQ_STATS_TX_BYTES)
    }

    /// `NL80211_TXQ_STATS_TX_PACKETS`
    #[inline]
    pub fn tx_packets(&self) -> Option<u32> {
        self.0.u32(NL80211_TXQ_STATS_TX_PACKETS)
    }

    /// `NL80211_TXQ_STATS_MAX_FLOWS`
    #[inline]
    pub fn max_flows(&self) -> Option<u32> {
        self.0.u32(NL80211_TXQ_STATS_MAX_FLOWS)
    }
}

/// The `wmm-attrs` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct WmmAttrs<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for WmmAttrs<'a> {
    const SET: &'static AttrSet = &tables::WMM_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> WmmAttrs<'a> {
    /// Indexes and checks a block of `wmm-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `NL80211_WMMR_CW_MIN`
    #[inline]
    pub fn cw_min(&self) -> Option<u16> {
        self.0.u16(NL80211_WMMR_CW_MIN)
    }

    /// `NL80211_WMMR_CW_MAX`
    #[inline]
    pub fn cw_max(&self) -> Option<u16> {
        self.0.u16(NL80211_WMMR_CW_MAX)
    }

    /// `NL80211_WMMR_AIFSN`
    #[inline]
    pub fn aifsn(&self) -> Option<u8> {
        self.0.u8(NL80211_WMMR_AIFSN)
    }

    /// `NL80211_WMMR_TXOP`
    #[inline]
    pub fn txop(&self) -> Option<u16> {
        self.0.u16(NL80211_WMMR_TXOP)
    }
}

/// The `wowlan-triggers-attrs` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct WowlanTriggersAttrs<'a>(Table<'a, 21>);

impl<'a> AttrView<'a> for WowlanTriggersAttrs<'a> {
    const SET: &'static AttrSet = &tables::WOWLAN_TRIGGERS_ATTRS;

    #[inline]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse(Self::SET, attrs).map(Self)
    }
}

impl<'a> WowlanTriggersAttrs<'a> {
    /// Indexes and checks a block of `wowlan-triggers-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 21> {
        &self.0
    }

    /// `NL80211_WOWLAN_TRIG_ANY`
    #[inline]
    pub fn any(&self) -> bool {
        self.0.flag(NL80211_WOWLAN_TRIG_ANY)
    }

    /// `NL80211_WOWLAN_TRIG_DISCONNECT`
    #[inline]
    pub fn disconnect(&self) -> bool {
        self.0.flag(NL80211_WOWLAN_TRIG_DISCONNECT)
    }

    /// `NL80211_WOWLAN_TRIG_MAGIC_PKT`
    #[inline]
    pub fn magic_pkt(&self) -> bool {
        self.0.flag(NL80211_WOWLAN_TRIG_MAGIC_PKT)
    }

    /// `NL80211_WOWLAN_TRIG_PKT_PATTERN`
    #[inline]
    pub fn pkt_pattern(&self) -> bool {
        self.0.flag(NL80211_WOWLAN_TRIG_PKT_PATTERN)
    }

    /// `NL80211_WOWLAN_TRIG_GTK_REKEY_SUPPORTED`
    #[inline]
    pub fn gtk_rekey_supported(&self) -> bool {
        self.0.flag(NL80211_WOWLAN_TRIG_GTK_REKEY_SUPPORTED)
    }

    /// `NL80211_WOWLAN_TRIG_GTK_REKEY_FAILURE`
    #[inline]
    pub fn gtk_rekey_failure(&self) -> bool {
        self.0.flag(NL80211_WOWLAN_TRIG_GTK_REKEY_FAILURE)
    }

    /// `NL80211_WOWLAN_TRIG_EAP_IDENT_REQUEST`
    #[inline]
    pub fn eap_ident_request(&self) -> bool {
        self.0.flag(NL80211_WOWLAN_TRIG_EAP_IDENT_REQUEST)
    }

    /// `NL80211_WOWLAN_TRIG_4WAY_HANDSHAKE`
    #[inline]
    pub fn n4way_handshake(&self) -> bool {
        self.0.flag(NL80211_WOWLAN_TRIG_4WAY_HANDSHAKE)
    }

    /// `NL80211_WOWLAN_TRIG_RFKILL_RELEASE`
    #[inline]
    pub fn rfkill_release(&self) -> bool {
        self.0.flag(NL80211_WOWLAN_TRIG_RFKILL_RELEASE)
    }

    /// `NL80211_WOWLAN_TRIG_WAKEUP_PKT_80211`
    #[inline]
    pub fn wakeup_pkt_80211(&self) -> bool {
        self.0.flag(NL80211_WOWLAN_TRIG_WAKEUP_PKT_80211)
    }

    /// `NL80211_WOWLAN_TRIG_WAKEUP_PKT_80211_LEN`
    #[inline]
    pub fn wakeup_pkt_80211_len(&self) -> bool {
        self.0.flag(NL80211_WOWLAN_TRIG_WAKEUP_PKT_80211_LEN)
    }

    /// `NL80211_WOWLAN_TRIG_WAKEUP_PKT_8023`
    #[inline]
    pub fn wakeup_pkt_8023(&self) -> bool {
        self.0.flag(NL80211_WOWLAN_TRIG_WAKEUP_PKT_8023)
    }

    /// `NL80211_WOWLAN_TRIG_WAKEUP_PKT_8023_LEN`
    #[inline]
    pub fn wakeup_pkt_8023_len(&self) -> bool {
        self.0.flag(NL80211_WOWLAN_TRIG_WAKEUP_PKT_8023_LEN)
    }

    /// `NL80211_WOWLAN_TRIG_TCP_CONNECTION`
    #[inline]
    pub fn tcp_connection(&self) -> bool {
        self.0.flag(NL80211_WOWLAN_TRIG_TCP_CONNECTION)
    }

    /// `NL80211_WOWLAN_TRIG_WAKEUP_TCP_MATCH`
    #[inline]
    pub fn wakeup_tcp_match(&self) -> bool {
        self.0.flag(NL80211_WOWLAN_TRIG_WAKEUP_TCP_MATCH)
    }

    /// `NL80211_WOWLAN_TRIG_WAKEUP_TCP_CONNLOST`
    #[inline]
    pub fn wakeup_tcp_connlost(&self) -> bool {
        self.0.flag(NL80211_WOWLAN_TRIG_WAKEUP_TCP_CONNLOST)
    }

    /// `NL80211_WOWLAN_TRIG_WAKEUP_TCP_NOMORETOKENS`
    #[inline]
    pub fn wakeup_tcp_nomoretokens(&self) -> bool {
        self.0.flag(NL80211_WOWLAN_TRIG_WAKEUP_TCP_NOMORETOKENS)
    }

    /// `NL80211_WOWLAN_TRIG_NET_DETECT`
    #[inline]
    pub fn net_detect(&self) -> bool {
        self.0.flag(NL80211_WOWLAN_TRIG_NET_DETECT)
    }

    /// `NL80211_WOWLAN_TRIG_NET_DETECT_RESULTS`
    #[inline]
    pub fn net_detect_results(&self) -> bool {
        self.0.flag(NL80211_WOWLAN_TRIG_NET_DETECT_RESULTS)
    }

    /// `NL80211_WOWLAN_TRIG_UNPROTECTED_DEAUTH_DISASSOC`
    #[inline]
    pub fn unprotected_deauth_disassoc(&self) -> bool {
        self.0.flag(NL80211_WOWLAN_TRIG_UNPROTECTED_DEAUTH_DISASSOC)
    }
}
