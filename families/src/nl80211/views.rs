//! Typed views of `nl80211`: one per attribute set, parsed in one pass into a table, with
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

/// What [`Nl80211Attrs`] checks of each attribute, from the descriptors.
static NL80211_ATTRS_CHECKS: [Check; 334] = Check::table(&tables::NL80211_ATTRS);

/// The `nl80211-attrs` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Nl80211Attrs<'a>(Table<'a, 334>);

impl<'a> AttrView<'a> for Nl80211Attrs<'a> {
    const SET: &'static AttrSet = &tables::NL80211_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &NL80211_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&NL80211_ATTRS_CHECKS, attrs)
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
            .map(ChannelType::from_value)
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
        self.0.u32(NL80211_ATTR_FEATURE_FLAGS).map(FeatureFlags)
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
            .map(ProtocolFeatures)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NL80211_ATTR_WIPHY if a.raw_kind() == NL80211_ATTR_WIPHY => {
                    Nl80211AttrsBuilder::new(w).wiphy(value::u32(&a))?;
                }
                NL80211_ATTR_WIPHY_NAME if a.raw_kind() == NL80211_ATTR_WIPHY_NAME => {
                    Nl80211AttrsBuilder::new(w).wiphy_name(value::str(&a))?;
                }
                NL80211_ATTR_IFINDEX if a.raw_kind() == NL80211_ATTR_IFINDEX => {
                    Nl80211AttrsBuilder::new(w).ifindex(value::u32(&a))?;
                }
                NL80211_ATTR_IFNAME if a.raw_kind() == NL80211_ATTR_IFNAME => {
                    Nl80211AttrsBuilder::new(w).ifname(value::str(&a))?;
                }
                NL80211_ATTR_IFTYPE if a.raw_kind() == NL80211_ATTR_IFTYPE => {
                    Nl80211AttrsBuilder::new(w).iftype(value::u32(&a))?;
                }
                NL80211_ATTR_MAC if a.raw_kind() == NL80211_ATTR_MAC => {
                    Nl80211AttrsBuilder::new(w).mac(a.value())?;
                }
                NL80211_ATTR_KEY_DATA if a.raw_kind() == NL80211_ATTR_KEY_DATA => {
                    Nl80211AttrsBuilder::new(w).key_data(a.value())?;
                }
                NL80211_ATTR_KEY_IDX if a.raw_kind() == NL80211_ATTR_KEY_IDX => {
                    Nl80211AttrsBuilder::new(w).key_idx(value::u8(&a))?;
                }
                NL80211_ATTR_KEY_CIPHER if a.raw_kind() == NL80211_ATTR_KEY_CIPHER => {
                    Nl80211AttrsBuilder::new(w).key_cipher(value::u32(&a))?;
                }
                NL80211_ATTR_KEY_SEQ if a.raw_kind() == NL80211_ATTR_KEY_SEQ => {
                    Nl80211AttrsBuilder::new(w).key_seq(a.value())?;
                }
                NL80211_ATTR_KEY_DEFAULT if a.raw_kind() == NL80211_ATTR_KEY_DEFAULT => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).key_default()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_BEACON_INTERVAL if a.raw_kind() == NL80211_ATTR_BEACON_INTERVAL => {
                    Nl80211AttrsBuilder::new(w).beacon_interval(value::u32(&a))?;
                }
                NL80211_ATTR_DTIM_PERIOD if a.raw_kind() == NL80211_ATTR_DTIM_PERIOD => {
                    Nl80211AttrsBuilder::new(w).dtim_period(value::u32(&a))?;
                }
                NL80211_ATTR_BEACON_HEAD if a.raw_kind() == NL80211_ATTR_BEACON_HEAD => {
                    Nl80211AttrsBuilder::new(w).beacon_head(a.value())?;
                }
                NL80211_ATTR_BEACON_TAIL if a.raw_kind() == NL80211_ATTR_BEACON_TAIL => {
                    Nl80211AttrsBuilder::new(w).beacon_tail(a.value())?;
                }
                NL80211_ATTR_STA_AID if a.raw_kind() == NL80211_ATTR_STA_AID => {
                    Nl80211AttrsBuilder::new(w).sta_aid(value::u16(&a))?;
                }
                NL80211_ATTR_STA_FLAGS if a.raw_kind() == NL80211_ATTR_STA_FLAGS => {
                    Nl80211AttrsBuilder::new(w).sta_flags(a.value())?;
                }
                NL80211_ATTR_STA_LISTEN_INTERVAL
                    if a.raw_kind() == NL80211_ATTR_STA_LISTEN_INTERVAL =>
                {
                    Nl80211AttrsBuilder::new(w).sta_listen_interval(value::u16(&a))?;
                }
                NL80211_ATTR_STA_SUPPORTED_RATES
                    if a.raw_kind() == NL80211_ATTR_STA_SUPPORTED_RATES =>
                {
                    Nl80211AttrsBuilder::new(w).sta_supported_rates(a.value())?;
                }
                NL80211_ATTR_STA_VLAN if a.raw_kind() == NL80211_ATTR_STA_VLAN => {
                    Nl80211AttrsBuilder::new(w).sta_vlan(value::u32(&a))?;
                }
                NL80211_ATTR_STA_INFO if a.raw_kind() == NL80211_ATTR_STA_INFO => {
                    Nl80211AttrsBuilder::new(w).sta_info(a.value())?;
                }
                NL80211_ATTR_WIPHY_BANDS => {
                    nest_like(w, &a, |w| WiphyBands::parse(a.nested())?.write_to(w))?
                }
                NL80211_ATTR_MNTR_FLAGS if a.raw_kind() == NL80211_ATTR_MNTR_FLAGS => {
                    Nl80211AttrsBuilder::new(w).mntr_flags(a.value())?;
                }
                NL80211_ATTR_MESH_ID if a.raw_kind() == NL80211_ATTR_MESH_ID => {
                    Nl80211AttrsBuilder::new(w).mesh_id(a.value())?;
                }
                NL80211_ATTR_STA_PLINK_ACTION if a.raw_kind() == NL80211_ATTR_STA_PLINK_ACTION => {
                    Nl80211AttrsBuilder::new(w).sta_plink_action(value::u8(&a))?;
                }
                NL80211_ATTR_MPATH_NEXT_HOP if a.raw_kind() == NL80211_ATTR_MPATH_NEXT_HOP => {
                    Nl80211AttrsBuilder::new(w).mpath_next_hop(a.value())?;
                }
                NL80211_ATTR_MPATH_INFO if a.raw_kind() == NL80211_ATTR_MPATH_INFO => {
                    Nl80211AttrsBuilder::new(w).mpath_info(a.value())?;
                }
                NL80211_ATTR_BSS_CTS_PROT if a.raw_kind() == NL80211_ATTR_BSS_CTS_PROT => {
                    Nl80211AttrsBuilder::new(w).bss_cts_prot(value::u8(&a))?;
                }
                NL80211_ATTR_BSS_SHORT_PREAMBLE
                    if a.raw_kind() == NL80211_ATTR_BSS_SHORT_PREAMBLE =>
                {
                    Nl80211AttrsBuilder::new(w).bss_short_preamble(value::u8(&a))?;
                }
                NL80211_ATTR_BSS_SHORT_SLOT_TIME
                    if a.raw_kind() == NL80211_ATTR_BSS_SHORT_SLOT_TIME =>
                {
                    Nl80211AttrsBuilder::new(w).bss_short_slot_time(value::u8(&a))?;
                }
                NL80211_ATTR_HT_CAPABILITY if a.raw_kind() == NL80211_ATTR_HT_CAPABILITY => {
                    Nl80211AttrsBuilder::new(w).ht_capability(a.value())?;
                }
                NL80211_ATTR_SUPPORTED_IFTYPES => {
                    nest_like(w, &a, |w| SupportedIftypes::parse(a.nested())?.write_to(w))?
                }
                NL80211_ATTR_REG_ALPHA2 if a.raw_kind() == NL80211_ATTR_REG_ALPHA2 => {
                    Nl80211AttrsBuilder::new(w).reg_alpha2(a.value())?;
                }
                NL80211_ATTR_REG_RULES if a.raw_kind() == NL80211_ATTR_REG_RULES => {
                    Nl80211AttrsBuilder::new(w).reg_rules(a.value())?;
                }
                NL80211_ATTR_MESH_CONFIG if a.raw_kind() == NL80211_ATTR_MESH_CONFIG => {
                    Nl80211AttrsBuilder::new(w).mesh_config(a.value())?;
                }
                NL80211_ATTR_BSS_BASIC_RATES if a.raw_kind() == NL80211_ATTR_BSS_BASIC_RATES => {
                    Nl80211AttrsBuilder::new(w).bss_basic_rates(a.value())?;
                }
                NL80211_ATTR_WIPHY_TXQ_PARAMS if a.raw_kind() == NL80211_ATTR_WIPHY_TXQ_PARAMS => {
                    Nl80211AttrsBuilder::new(w).wiphy_txq_params(a.value())?;
                }
                NL80211_ATTR_WIPHY_FREQ if a.raw_kind() == NL80211_ATTR_WIPHY_FREQ => {
                    Nl80211AttrsBuilder::new(w).wiphy_freq(value::u32(&a))?;
                }
                NL80211_ATTR_WIPHY_CHANNEL_TYPE
                    if a.raw_kind() == NL80211_ATTR_WIPHY_CHANNEL_TYPE =>
                {
                    Nl80211AttrsBuilder::new(w)
                        .wiphy_channel_type(ChannelType::from_value(value::u32(&a)))?;
                }
                NL80211_ATTR_KEY_DEFAULT_MGMT if a.raw_kind() == NL80211_ATTR_KEY_DEFAULT_MGMT => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).key_default_mgmt()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_MGMT_SUBTYPE if a.raw_kind() == NL80211_ATTR_MGMT_SUBTYPE => {
                    Nl80211AttrsBuilder::new(w).mgmt_subtype(value::u8(&a))?;
                }
                NL80211_ATTR_IE if a.raw_kind() == NL80211_ATTR_IE => {
                    Nl80211AttrsBuilder::new(w).ie(a.value())?;
                }
                NL80211_ATTR_MAX_NUM_SCAN_SSIDS
                    if a.raw_kind() == NL80211_ATTR_MAX_NUM_SCAN_SSIDS =>
                {
                    Nl80211AttrsBuilder::new(w).max_num_scan_ssids(value::u8(&a))?;
                }
                NL80211_ATTR_SCAN_FREQUENCIES if a.raw_kind() == NL80211_ATTR_SCAN_FREQUENCIES => {
                    Nl80211AttrsBuilder::new(w).scan_frequencies(a.value())?;
                }
                NL80211_ATTR_SCAN_SSIDS if a.raw_kind() == NL80211_ATTR_SCAN_SSIDS => {
                    Nl80211AttrsBuilder::new(w).scan_ssids(a.value())?;
                }
                NL80211_ATTR_GENERATION if a.raw_kind() == NL80211_ATTR_GENERATION => {
                    Nl80211AttrsBuilder::new(w).generation(value::u32(&a))?;
                }
                NL80211_ATTR_BSS if a.raw_kind() == NL80211_ATTR_BSS => {
                    Nl80211AttrsBuilder::new(w).bss(a.value())?;
                }
                NL80211_ATTR_REG_INITIATOR if a.raw_kind() == NL80211_ATTR_REG_INITIATOR => {
                    Nl80211AttrsBuilder::new(w).reg_initiator(value::u8(&a))?;
                }
                NL80211_ATTR_REG_TYPE if a.raw_kind() == NL80211_ATTR_REG_TYPE => {
                    Nl80211AttrsBuilder::new(w).reg_type(value::u8(&a))?;
                }
                NL80211_ATTR_SUPPORTED_COMMANDS
                    if a.raw_kind() == NL80211_ATTR_SUPPORTED_COMMANDS =>
                {
                    raw(w, &a)?
                }
                NL80211_ATTR_FRAME if a.raw_kind() == NL80211_ATTR_FRAME => {
                    Nl80211AttrsBuilder::new(w).frame(a.value())?;
                }
                NL80211_ATTR_SSID if a.raw_kind() == NL80211_ATTR_SSID => {
                    Nl80211AttrsBuilder::new(w).ssid(a.value())?;
                }
                NL80211_ATTR_AUTH_TYPE if a.raw_kind() == NL80211_ATTR_AUTH_TYPE => {
                    Nl80211AttrsBuilder::new(w).auth_type(value::u32(&a))?;
                }
                NL80211_ATTR_REASON_CODE if a.raw_kind() == NL80211_ATTR_REASON_CODE => {
                    Nl80211AttrsBuilder::new(w).reason_code(value::u16(&a))?;
                }
                NL80211_ATTR_KEY_TYPE if a.raw_kind() == NL80211_ATTR_KEY_TYPE => {
                    Nl80211AttrsBuilder::new(w).key_type(value::u32(&a))?;
                }
                NL80211_ATTR_MAX_SCAN_IE_LEN if a.raw_kind() == NL80211_ATTR_MAX_SCAN_IE_LEN => {
                    Nl80211AttrsBuilder::new(w).max_scan_ie_len(value::u16(&a))?;
                }
                NL80211_ATTR_CIPHER_SUITES if a.raw_kind() == NL80211_ATTR_CIPHER_SUITES => {
                    Nl80211AttrsBuilder::new(w).cipher_suites(a.value())?;
                }
                NL80211_ATTR_FREQ_BEFORE if a.raw_kind() == NL80211_ATTR_FREQ_BEFORE => {
                    Nl80211AttrsBuilder::new(w).freq_before(a.value())?;
                }
                NL80211_ATTR_FREQ_AFTER if a.raw_kind() == NL80211_ATTR_FREQ_AFTER => {
                    Nl80211AttrsBuilder::new(w).freq_after(a.value())?;
                }
                NL80211_ATTR_FREQ_FIXED if a.raw_kind() == NL80211_ATTR_FREQ_FIXED => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).freq_fixed()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_WIPHY_RETRY_SHORT
                    if a.raw_kind() == NL80211_ATTR_WIPHY_RETRY_SHORT =>
                {
                    Nl80211AttrsBuilder::new(w).wiphy_retry_short(value::u8(&a))?;
                }
                NL80211_ATTR_WIPHY_RETRY_LONG if a.raw_kind() == NL80211_ATTR_WIPHY_RETRY_LONG => {
                    Nl80211AttrsBuilder::new(w).wiphy_retry_long(value::u8(&a))?;
                }
                NL80211_ATTR_WIPHY_FRAG_THRESHOLD
                    if a.raw_kind() == NL80211_ATTR_WIPHY_FRAG_THRESHOLD =>
                {
                    Nl80211AttrsBuilder::new(w).wiphy_frag_threshold(value::u32(&a))?;
                }
                NL80211_ATTR_WIPHY_RTS_THRESHOLD
                    if a.raw_kind() == NL80211_ATTR_WIPHY_RTS_THRESHOLD =>
                {
                    Nl80211AttrsBuilder::new(w).wiphy_rts_threshold(value::u32(&a))?;
                }
                NL80211_ATTR_TIMED_OUT if a.raw_kind() == NL80211_ATTR_TIMED_OUT => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).timed_out()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_USE_MFP if a.raw_kind() == NL80211_ATTR_USE_MFP => {
                    Nl80211AttrsBuilder::new(w).use_mfp(value::u32(&a))?;
                }
                NL80211_ATTR_STA_FLAGS2 if a.raw_kind() == NL80211_ATTR_STA_FLAGS2 => {
                    if a.value().len() == StaFlagUpdate::LEN {
                        Nl80211AttrsBuilder::new(w)
                            .sta_flags2(&StaFlagUpdate::from_bytes(a.value()))?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_CONTROL_PORT if a.raw_kind() == NL80211_ATTR_CONTROL_PORT => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).control_port()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_TESTDATA if a.raw_kind() == NL80211_ATTR_TESTDATA => {
                    Nl80211AttrsBuilder::new(w).testdata(a.value())?;
                }
                NL80211_ATTR_PRIVACY if a.raw_kind() == NL80211_ATTR_PRIVACY => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).privacy()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_DISCONNECTED_BY_AP
                    if a.raw_kind() == NL80211_ATTR_DISCONNECTED_BY_AP =>
                {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).disconnected_by_ap()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_STATUS_CODE if a.raw_kind() == NL80211_ATTR_STATUS_CODE => {
                    Nl80211AttrsBuilder::new(w).status_code(value::u16(&a))?;
                }
                NL80211_ATTR_CIPHER_SUITES_PAIRWISE
                    if a.raw_kind() == NL80211_ATTR_CIPHER_SUITES_PAIRWISE =>
                {
                    Nl80211AttrsBuilder::new(w).cipher_suites_pairwise(a.value())?;
                }
                NL80211_ATTR_CIPHER_SUITE_GROUP
                    if a.raw_kind() == NL80211_ATTR_CIPHER_SUITE_GROUP =>
                {
                    Nl80211AttrsBuilder::new(w).cipher_suite_group(value::u32(&a))?;
                }
                NL80211_ATTR_WPA_VERSIONS if a.raw_kind() == NL80211_ATTR_WPA_VERSIONS => {
                    Nl80211AttrsBuilder::new(w).wpa_versions(value::u32(&a))?;
                }
                NL80211_ATTR_AKM_SUITES if a.raw_kind() == NL80211_ATTR_AKM_SUITES => {
                    Nl80211AttrsBuilder::new(w).akm_suites(a.value())?;
                }
                NL80211_ATTR_REQ_IE if a.raw_kind() == NL80211_ATTR_REQ_IE => {
                    Nl80211AttrsBuilder::new(w).req_ie(a.value())?;
                }
                NL80211_ATTR_RESP_IE if a.raw_kind() == NL80211_ATTR_RESP_IE => {
                    Nl80211AttrsBuilder::new(w).resp_ie(a.value())?;
                }
                NL80211_ATTR_PREV_BSSID if a.raw_kind() == NL80211_ATTR_PREV_BSSID => {
                    Nl80211AttrsBuilder::new(w).prev_bssid(a.value())?;
                }
                NL80211_ATTR_KEY if a.raw_kind() == NL80211_ATTR_KEY => {
                    Nl80211AttrsBuilder::new(w).key(a.value())?;
                }
                NL80211_ATTR_KEYS if a.raw_kind() == NL80211_ATTR_KEYS => {
                    Nl80211AttrsBuilder::new(w).keys(a.value())?;
                }
                NL80211_ATTR_PID if a.raw_kind() == NL80211_ATTR_PID => {
                    Nl80211AttrsBuilder::new(w).pid(value::u32(&a))?;
                }
                NL80211_ATTR_4ADDR if a.raw_kind() == NL80211_ATTR_4ADDR => {
                    Nl80211AttrsBuilder::new(w).n4addr(value::u8(&a))?;
                }
                NL80211_ATTR_SURVEY_INFO if a.raw_kind() == NL80211_ATTR_SURVEY_INFO => {
                    Nl80211AttrsBuilder::new(w).survey_info(a.value())?;
                }
                NL80211_ATTR_PMKID if a.raw_kind() == NL80211_ATTR_PMKID => {
                    Nl80211AttrsBuilder::new(w).pmkid(a.value())?;
                }
                NL80211_ATTR_MAX_NUM_PMKIDS if a.raw_kind() == NL80211_ATTR_MAX_NUM_PMKIDS => {
                    Nl80211AttrsBuilder::new(w).max_num_pmkids(value::u8(&a))?;
                }
                NL80211_ATTR_DURATION if a.raw_kind() == NL80211_ATTR_DURATION => {
                    Nl80211AttrsBuilder::new(w).duration(value::u32(&a))?;
                }
                NL80211_ATTR_COOKIE if a.raw_kind() == NL80211_ATTR_COOKIE => {
                    Nl80211AttrsBuilder::new(w).cookie(value::u64(&a))?;
                }
                NL80211_ATTR_WIPHY_COVERAGE_CLASS
                    if a.raw_kind() == NL80211_ATTR_WIPHY_COVERAGE_CLASS =>
                {
                    Nl80211AttrsBuilder::new(w).wiphy_coverage_class(value::u8(&a))?;
                }
                NL80211_ATTR_TX_RATES if a.raw_kind() == NL80211_ATTR_TX_RATES => {
                    Nl80211AttrsBuilder::new(w).tx_rates(a.value())?;
                }
                NL80211_ATTR_FRAME_MATCH if a.raw_kind() == NL80211_ATTR_FRAME_MATCH => {
                    Nl80211AttrsBuilder::new(w).frame_match(a.value())?;
                }
                NL80211_ATTR_ACK if a.raw_kind() == NL80211_ATTR_ACK => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).ack()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_PS_STATE if a.raw_kind() == NL80211_ATTR_PS_STATE => {
                    Nl80211AttrsBuilder::new(w).ps_state(value::u32(&a))?;
                }
                NL80211_ATTR_CQM if a.raw_kind() == NL80211_ATTR_CQM => {
                    Nl80211AttrsBuilder::new(w).cqm(a.value())?;
                }
                NL80211_ATTR_LOCAL_STATE_CHANGE
                    if a.raw_kind() == NL80211_ATTR_LOCAL_STATE_CHANGE =>
                {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).local_state_change()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_AP_ISOLATE if a.raw_kind() == NL80211_ATTR_AP_ISOLATE => {
                    Nl80211AttrsBuilder::new(w).ap_isolate(value::u8(&a))?;
                }
                NL80211_ATTR_WIPHY_TX_POWER_SETTING
                    if a.raw_kind() == NL80211_ATTR_WIPHY_TX_POWER_SETTING =>
                {
                    Nl80211AttrsBuilder::new(w).wiphy_tx_power_setting(value::u32(&a))?;
                }
                NL80211_ATTR_WIPHY_TX_POWER_LEVEL
                    if a.raw_kind() == NL80211_ATTR_WIPHY_TX_POWER_LEVEL =>
                {
                    Nl80211AttrsBuilder::new(w).wiphy_tx_power_level(value::u32(&a))?;
                }
                NL80211_ATTR_TX_FRAME_TYPES => {
                    nest_like(w, &a, |w| IftypeAttrs::parse(a.nested())?.write_to(w))?
                }
                NL80211_ATTR_RX_FRAME_TYPES => {
                    nest_like(w, &a, |w| IftypeAttrs::parse(a.nested())?.write_to(w))?
                }
                NL80211_ATTR_FRAME_TYPE if a.raw_kind() == NL80211_ATTR_FRAME_TYPE => {
                    Nl80211AttrsBuilder::new(w).frame_type(value::u16(&a))?;
                }
                NL80211_ATTR_CONTROL_PORT_ETHERTYPE
                    if a.raw_kind() == NL80211_ATTR_CONTROL_PORT_ETHERTYPE =>
                {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).control_port_ethertype()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_CONTROL_PORT_NO_ENCRYPT
                    if a.raw_kind() == NL80211_ATTR_CONTROL_PORT_NO_ENCRYPT =>
                {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).control_port_no_encrypt()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_SUPPORT_IBSS_RSN if a.raw_kind() == NL80211_ATTR_SUPPORT_IBSS_RSN => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).support_ibss_rsn()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_WIPHY_ANTENNA_TX if a.raw_kind() == NL80211_ATTR_WIPHY_ANTENNA_TX => {
                    Nl80211AttrsBuilder::new(w).wiphy_antenna_tx(value::u32(&a))?;
                }
                NL80211_ATTR_WIPHY_ANTENNA_RX if a.raw_kind() == NL80211_ATTR_WIPHY_ANTENNA_RX => {
                    Nl80211AttrsBuilder::new(w).wiphy_antenna_rx(value::u32(&a))?;
                }
                NL80211_ATTR_MCAST_RATE if a.raw_kind() == NL80211_ATTR_MCAST_RATE => {
                    Nl80211AttrsBuilder::new(w).mcast_rate(value::u32(&a))?;
                }
                NL80211_ATTR_OFFCHANNEL_TX_OK if a.raw_kind() == NL80211_ATTR_OFFCHANNEL_TX_OK => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).offchannel_tx_ok()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_BSS_HT_OPMODE if a.raw_kind() == NL80211_ATTR_BSS_HT_OPMODE => {
                    Nl80211AttrsBuilder::new(w).bss_ht_opmode(value::u16(&a))?;
                }
                NL80211_ATTR_KEY_DEFAULT_TYPES
                    if a.raw_kind() == NL80211_ATTR_KEY_DEFAULT_TYPES =>
                {
                    Nl80211AttrsBuilder::new(w).key_default_types(a.value())?;
                }
                NL80211_ATTR_MAX_REMAIN_ON_CHANNEL_DURATION
                    if a.raw_kind() == NL80211_ATTR_MAX_REMAIN_ON_CHANNEL_DURATION =>
                {
                    Nl80211AttrsBuilder::new(w).max_remain_on_channel_duration(value::u32(&a))?;
                }
                NL80211_ATTR_MESH_SETUP if a.raw_kind() == NL80211_ATTR_MESH_SETUP => {
                    Nl80211AttrsBuilder::new(w).mesh_setup(a.value())?;
                }
                NL80211_ATTR_WIPHY_ANTENNA_AVAIL_TX
                    if a.raw_kind() == NL80211_ATTR_WIPHY_ANTENNA_AVAIL_TX =>
                {
                    Nl80211AttrsBuilder::new(w).wiphy_antenna_avail_tx(value::u32(&a))?;
                }
                NL80211_ATTR_WIPHY_ANTENNA_AVAIL_RX
                    if a.raw_kind() == NL80211_ATTR_WIPHY_ANTENNA_AVAIL_RX =>
                {
                    Nl80211AttrsBuilder::new(w).wiphy_antenna_avail_rx(value::u32(&a))?;
                }
                NL80211_ATTR_SUPPORT_MESH_AUTH
                    if a.raw_kind() == NL80211_ATTR_SUPPORT_MESH_AUTH =>
                {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).support_mesh_auth()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_STA_PLINK_STATE if a.raw_kind() == NL80211_ATTR_STA_PLINK_STATE => {
                    Nl80211AttrsBuilder::new(w).sta_plink_state(value::u8(&a))?;
                }
                NL80211_ATTR_WOWLAN_TRIGGERS if a.raw_kind() == NL80211_ATTR_WOWLAN_TRIGGERS => {
                    Nl80211AttrsBuilder::new(w).wowlan_triggers(a.value())?;
                }
                NL80211_ATTR_WOWLAN_TRIGGERS_SUPPORTED => nest_like(w, &a, |w| {
                    WowlanTriggersAttrs::parse(a.nested())?.write_to(w)
                })?,
                NL80211_ATTR_SCHED_SCAN_INTERVAL
                    if a.raw_kind() == NL80211_ATTR_SCHED_SCAN_INTERVAL =>
                {
                    Nl80211AttrsBuilder::new(w).sched_scan_interval(value::u32(&a))?;
                }
                NL80211_ATTR_INTERFACE_COMBINATIONS => nest_like(w, &a, |w| {
                    for e in a.nested() {
                        let e = e?;
                        nest_like(w, &e, |w| {
                            IfCombinationAttributes::parse(e.nested())?.write_to(w)
                        })?;
                    }
                    Ok(())
                })?,
                NL80211_ATTR_SOFTWARE_IFTYPES => {
                    nest_like(w, &a, |w| SupportedIftypes::parse(a.nested())?.write_to(w))?
                }
                NL80211_ATTR_REKEY_DATA if a.raw_kind() == NL80211_ATTR_REKEY_DATA => {
                    Nl80211AttrsBuilder::new(w).rekey_data(a.value())?;
                }
                NL80211_ATTR_MAX_NUM_SCHED_SCAN_SSIDS
                    if a.raw_kind() == NL80211_ATTR_MAX_NUM_SCHED_SCAN_SSIDS =>
                {
                    Nl80211AttrsBuilder::new(w).max_num_sched_scan_ssids(value::u8(&a))?;
                }
                NL80211_ATTR_MAX_SCHED_SCAN_IE_LEN
                    if a.raw_kind() == NL80211_ATTR_MAX_SCHED_SCAN_IE_LEN =>
                {
                    Nl80211AttrsBuilder::new(w).max_sched_scan_ie_len(value::u16(&a))?;
                }
                NL80211_ATTR_SCAN_SUPP_RATES if a.raw_kind() == NL80211_ATTR_SCAN_SUPP_RATES => {
                    Nl80211AttrsBuilder::new(w).scan_supp_rates(a.value())?;
                }
                NL80211_ATTR_HIDDEN_SSID if a.raw_kind() == NL80211_ATTR_HIDDEN_SSID => {
                    Nl80211AttrsBuilder::new(w).hidden_ssid(value::u32(&a))?;
                }
                NL80211_ATTR_IE_PROBE_RESP if a.raw_kind() == NL80211_ATTR_IE_PROBE_RESP => {
                    Nl80211AttrsBuilder::new(w).ie_probe_resp(a.value())?;
                }
                NL80211_ATTR_IE_ASSOC_RESP if a.raw_kind() == NL80211_ATTR_IE_ASSOC_RESP => {
                    Nl80211AttrsBuilder::new(w).ie_assoc_resp(a.value())?;
                }
                NL80211_ATTR_STA_WME if a.raw_kind() == NL80211_ATTR_STA_WME => {
                    Nl80211AttrsBuilder::new(w).sta_wme(a.value())?;
                }
                NL80211_ATTR_SUPPORT_AP_UAPSD if a.raw_kind() == NL80211_ATTR_SUPPORT_AP_UAPSD => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).support_ap_uapsd()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_ROAM_SUPPORT if a.raw_kind() == NL80211_ATTR_ROAM_SUPPORT => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).roam_support()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_SCHED_SCAN_MATCH if a.raw_kind() == NL80211_ATTR_SCHED_SCAN_MATCH => {
                    Nl80211AttrsBuilder::new(w).sched_scan_match(a.value())?;
                }
                NL80211_ATTR_MAX_MATCH_SETS if a.raw_kind() == NL80211_ATTR_MAX_MATCH_SETS => {
                    Nl80211AttrsBuilder::new(w).max_match_sets(value::u8(&a))?;
                }
                NL80211_ATTR_PMKSA_CANDIDATE if a.raw_kind() == NL80211_ATTR_PMKSA_CANDIDATE => {
                    Nl80211AttrsBuilder::new(w).pmksa_candidate(a.value())?;
                }
                NL80211_ATTR_TX_NO_CCK_RATE if a.raw_kind() == NL80211_ATTR_TX_NO_CCK_RATE => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).tx_no_cck_rate()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_TDLS_ACTION if a.raw_kind() == NL80211_ATTR_TDLS_ACTION => {
                    Nl80211AttrsBuilder::new(w).tdls_action(value::u8(&a))?;
                }
                NL80211_ATTR_TDLS_DIALOG_TOKEN
                    if a.raw_kind() == NL80211_ATTR_TDLS_DIALOG_TOKEN =>
                {
                    Nl80211AttrsBuilder::new(w).tdls_dialog_token(value::u8(&a))?;
                }
                NL80211_ATTR_TDLS_OPERATION if a.raw_kind() == NL80211_ATTR_TDLS_OPERATION => {
                    Nl80211AttrsBuilder::new(w).tdls_operation(value::u8(&a))?;
                }
                NL80211_ATTR_TDLS_SUPPORT if a.raw_kind() == NL80211_ATTR_TDLS_SUPPORT => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).tdls_support()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_TDLS_EXTERNAL_SETUP
                    if a.raw_kind() == NL80211_ATTR_TDLS_EXTERNAL_SETUP =>
                {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).tdls_external_setup()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_DEVICE_AP_SME if a.raw_kind() == NL80211_ATTR_DEVICE_AP_SME => {
                    Nl80211AttrsBuilder::new(w).device_ap_sme(value::u32(&a))?;
                }
                NL80211_ATTR_DONT_WAIT_FOR_ACK
                    if a.raw_kind() == NL80211_ATTR_DONT_WAIT_FOR_ACK =>
                {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).dont_wait_for_ack()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_FEATURE_FLAGS if a.raw_kind() == NL80211_ATTR_FEATURE_FLAGS => {
                    Nl80211AttrsBuilder::new(w).feature_flags(FeatureFlags(value::u32(&a)))?;
                }
                NL80211_ATTR_PROBE_RESP_OFFLOAD
                    if a.raw_kind() == NL80211_ATTR_PROBE_RESP_OFFLOAD =>
                {
                    Nl80211AttrsBuilder::new(w).probe_resp_offload(value::u32(&a))?;
                }
                NL80211_ATTR_PROBE_RESP if a.raw_kind() == NL80211_ATTR_PROBE_RESP => {
                    Nl80211AttrsBuilder::new(w).probe_resp(a.value())?;
                }
                NL80211_ATTR_DFS_REGION if a.raw_kind() == NL80211_ATTR_DFS_REGION => {
                    Nl80211AttrsBuilder::new(w).dfs_region(value::u8(&a))?;
                }
                NL80211_ATTR_DISABLE_HT if a.raw_kind() == NL80211_ATTR_DISABLE_HT => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).disable_ht()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_HT_CAPABILITY_MASK
                    if a.raw_kind() == NL80211_ATTR_HT_CAPABILITY_MASK =>
                {
                    Nl80211AttrsBuilder::new(w).ht_capability_mask(a.value())?;
                }
                NL80211_ATTR_NOACK_MAP if a.raw_kind() == NL80211_ATTR_NOACK_MAP => {
                    Nl80211AttrsBuilder::new(w).noack_map(value::u16(&a))?;
                }
                NL80211_ATTR_INACTIVITY_TIMEOUT
                    if a.raw_kind() == NL80211_ATTR_INACTIVITY_TIMEOUT =>
                {
                    Nl80211AttrsBuilder::new(w).inactivity_timeout(value::u16(&a))?;
                }
                NL80211_ATTR_RX_SIGNAL_DBM if a.raw_kind() == NL80211_ATTR_RX_SIGNAL_DBM => {
                    Nl80211AttrsBuilder::new(w).rx_signal_dbm(value::u32(&a))?;
                }
                NL80211_ATTR_BG_SCAN_PERIOD if a.raw_kind() == NL80211_ATTR_BG_SCAN_PERIOD => {
                    Nl80211AttrsBuilder::new(w).bg_scan_period(value::u16(&a))?;
                }
                NL80211_ATTR_WDEV if a.raw_kind() == NL80211_ATTR_WDEV => {
                    Nl80211AttrsBuilder::new(w).wdev(value::u64(&a))?;
                }
                NL80211_ATTR_USER_REG_HINT_TYPE
                    if a.raw_kind() == NL80211_ATTR_USER_REG_HINT_TYPE =>
                {
                    Nl80211AttrsBuilder::new(w).user_reg_hint_type(value::u32(&a))?;
                }
                NL80211_ATTR_CONN_FAILED_REASON
                    if a.raw_kind() == NL80211_ATTR_CONN_FAILED_REASON =>
                {
                    Nl80211AttrsBuilder::new(w).conn_failed_reason(value::u32(&a))?;
                }
                NL80211_ATTR_AUTH_DATA if a.raw_kind() == NL80211_ATTR_AUTH_DATA => {
                    Nl80211AttrsBuilder::new(w).auth_data(a.value())?;
                }
                NL80211_ATTR_VHT_CAPABILITY if a.raw_kind() == NL80211_ATTR_VHT_CAPABILITY => {
                    Nl80211AttrsBuilder::new(w).vht_capability(a.value())?;
                }
                NL80211_ATTR_SCAN_FLAGS if a.raw_kind() == NL80211_ATTR_SCAN_FLAGS => {
                    Nl80211AttrsBuilder::new(w).scan_flags(value::u32(&a))?;
                }
                NL80211_ATTR_CHANNEL_WIDTH if a.raw_kind() == NL80211_ATTR_CHANNEL_WIDTH => {
                    Nl80211AttrsBuilder::new(w).channel_width(value::u32(&a))?;
                }
                NL80211_ATTR_CENTER_FREQ1 if a.raw_kind() == NL80211_ATTR_CENTER_FREQ1 => {
                    Nl80211AttrsBuilder::new(w).center_freq1(value::u32(&a))?;
                }
                NL80211_ATTR_CENTER_FREQ2 if a.raw_kind() == NL80211_ATTR_CENTER_FREQ2 => {
                    Nl80211AttrsBuilder::new(w).center_freq2(value::u32(&a))?;
                }
                NL80211_ATTR_P2P_CTWINDOW if a.raw_kind() == NL80211_ATTR_P2P_CTWINDOW => {
                    Nl80211AttrsBuilder::new(w).p2p_ctwindow(value::u8(&a))?;
                }
                NL80211_ATTR_P2P_OPPPS if a.raw_kind() == NL80211_ATTR_P2P_OPPPS => {
                    Nl80211AttrsBuilder::new(w).p2p_oppps(value::u8(&a))?;
                }
                NL80211_ATTR_LOCAL_MESH_POWER_MODE
                    if a.raw_kind() == NL80211_ATTR_LOCAL_MESH_POWER_MODE =>
                {
                    Nl80211AttrsBuilder::new(w).local_mesh_power_mode(value::u32(&a))?;
                }
                NL80211_ATTR_ACL_POLICY if a.raw_kind() == NL80211_ATTR_ACL_POLICY => {
                    Nl80211AttrsBuilder::new(w).acl_policy(value::u32(&a))?;
                }
                NL80211_ATTR_MAC_ADDRS if a.raw_kind() == NL80211_ATTR_MAC_ADDRS => {
                    Nl80211AttrsBuilder::new(w).mac_addrs(a.value())?;
                }
                NL80211_ATTR_MAC_ACL_MAX if a.raw_kind() == NL80211_ATTR_MAC_ACL_MAX => {
                    Nl80211AttrsBuilder::new(w).mac_acl_max(value::u32(&a))?;
                }
                NL80211_ATTR_RADAR_EVENT if a.raw_kind() == NL80211_ATTR_RADAR_EVENT => {
                    Nl80211AttrsBuilder::new(w).radar_event(value::u32(&a))?;
                }
                NL80211_ATTR_EXT_CAPA if a.raw_kind() == NL80211_ATTR_EXT_CAPA => {
                    Nl80211AttrsBuilder::new(w).ext_capa(a.value())?;
                }
                NL80211_ATTR_EXT_CAPA_MASK if a.raw_kind() == NL80211_ATTR_EXT_CAPA_MASK => {
                    Nl80211AttrsBuilder::new(w).ext_capa_mask(a.value())?;
                }
                NL80211_ATTR_STA_CAPABILITY if a.raw_kind() == NL80211_ATTR_STA_CAPABILITY => {
                    Nl80211AttrsBuilder::new(w).sta_capability(value::u16(&a))?;
                }
                NL80211_ATTR_STA_EXT_CAPABILITY
                    if a.raw_kind() == NL80211_ATTR_STA_EXT_CAPABILITY =>
                {
                    Nl80211AttrsBuilder::new(w).sta_ext_capability(a.value())?;
                }
                NL80211_ATTR_PROTOCOL_FEATURES
                    if a.raw_kind() == NL80211_ATTR_PROTOCOL_FEATURES =>
                {
                    Nl80211AttrsBuilder::new(w)
                        .protocol_features(ProtocolFeatures(value::u32(&a)))?;
                }
                NL80211_ATTR_SPLIT_WIPHY_DUMP if a.raw_kind() == NL80211_ATTR_SPLIT_WIPHY_DUMP => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).split_wiphy_dump()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_DISABLE_VHT if a.raw_kind() == NL80211_ATTR_DISABLE_VHT => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).disable_vht()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_VHT_CAPABILITY_MASK
                    if a.raw_kind() == NL80211_ATTR_VHT_CAPABILITY_MASK =>
                {
                    Nl80211AttrsBuilder::new(w).vht_capability_mask(a.value())?;
                }
                NL80211_ATTR_MDID if a.raw_kind() == NL80211_ATTR_MDID => {
                    Nl80211AttrsBuilder::new(w).mdid(value::u16(&a))?;
                }
                NL80211_ATTR_IE_RIC if a.raw_kind() == NL80211_ATTR_IE_RIC => {
                    Nl80211AttrsBuilder::new(w).ie_ric(a.value())?;
                }
                NL80211_ATTR_CRIT_PROT_ID if a.raw_kind() == NL80211_ATTR_CRIT_PROT_ID => {
                    Nl80211AttrsBuilder::new(w).crit_prot_id(value::u16(&a))?;
                }
                NL80211_ATTR_MAX_CRIT_PROT_DURATION
                    if a.raw_kind() == NL80211_ATTR_MAX_CRIT_PROT_DURATION =>
                {
                    Nl80211AttrsBuilder::new(w).max_crit_prot_duration(value::u16(&a))?;
                }
                NL80211_ATTR_PEER_AID if a.raw_kind() == NL80211_ATTR_PEER_AID => {
                    Nl80211AttrsBuilder::new(w).peer_aid(value::u16(&a))?;
                }
                NL80211_ATTR_COALESCE_RULE if a.raw_kind() == NL80211_ATTR_COALESCE_RULE => {
                    Nl80211AttrsBuilder::new(w).coalesce_rule(a.value())?;
                }
                NL80211_ATTR_CH_SWITCH_COUNT if a.raw_kind() == NL80211_ATTR_CH_SWITCH_COUNT => {
                    Nl80211AttrsBuilder::new(w).ch_switch_count(value::u32(&a))?;
                }
                NL80211_ATTR_CH_SWITCH_BLOCK_TX
                    if a.raw_kind() == NL80211_ATTR_CH_SWITCH_BLOCK_TX =>
                {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).ch_switch_block_tx()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_CSA_IES if a.raw_kind() == NL80211_ATTR_CSA_IES => {
                    Nl80211AttrsBuilder::new(w).csa_ies(a.value())?;
                }
                NL80211_ATTR_CNTDWN_OFFS_BEACON
                    if a.raw_kind() == NL80211_ATTR_CNTDWN_OFFS_BEACON =>
                {
                    Nl80211AttrsBuilder::new(w).cntdwn_offs_beacon(a.value())?;
                }
                NL80211_ATTR_CNTDWN_OFFS_PRESP
                    if a.raw_kind() == NL80211_ATTR_CNTDWN_OFFS_PRESP =>
                {
                    Nl80211AttrsBuilder::new(w).cntdwn_offs_presp(a.value())?;
                }
                NL80211_ATTR_RXMGMT_FLAGS if a.raw_kind() == NL80211_ATTR_RXMGMT_FLAGS => {
                    Nl80211AttrsBuilder::new(w).rxmgmt_flags(a.value())?;
                }
                NL80211_ATTR_STA_SUPPORTED_CHANNELS
                    if a.raw_kind() == NL80211_ATTR_STA_SUPPORTED_CHANNELS =>
                {
                    Nl80211AttrsBuilder::new(w).sta_supported_channels(a.value())?;
                }
                NL80211_ATTR_STA_SUPPORTED_OPER_CLASSES
                    if a.raw_kind() == NL80211_ATTR_STA_SUPPORTED_OPER_CLASSES =>
                {
                    Nl80211AttrsBuilder::new(w).sta_supported_oper_classes(a.value())?;
                }
                NL80211_ATTR_HANDLE_DFS if a.raw_kind() == NL80211_ATTR_HANDLE_DFS => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).handle_dfs()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_SUPPORT_5_MHZ if a.raw_kind() == NL80211_ATTR_SUPPORT_5_MHZ => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).support_5_mhz()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_SUPPORT_10_MHZ if a.raw_kind() == NL80211_ATTR_SUPPORT_10_MHZ => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).support_10_mhz()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_OPMODE_NOTIF if a.raw_kind() == NL80211_ATTR_OPMODE_NOTIF => {
                    Nl80211AttrsBuilder::new(w).opmode_notif(value::u8(&a))?;
                }
                NL80211_ATTR_VENDOR_ID if a.raw_kind() == NL80211_ATTR_VENDOR_ID => {
                    Nl80211AttrsBuilder::new(w).vendor_id(value::u32(&a))?;
                }
                NL80211_ATTR_VENDOR_SUBCMD if a.raw_kind() == NL80211_ATTR_VENDOR_SUBCMD => {
                    Nl80211AttrsBuilder::new(w).vendor_subcmd(value::u32(&a))?;
                }
                NL80211_ATTR_VENDOR_DATA if a.raw_kind() == NL80211_ATTR_VENDOR_DATA => {
                    Nl80211AttrsBuilder::new(w).vendor_data(a.value())?;
                }
                NL80211_ATTR_VENDOR_EVENTS if a.raw_kind() == NL80211_ATTR_VENDOR_EVENTS => {
                    Nl80211AttrsBuilder::new(w).vendor_events(a.value())?;
                }
                NL80211_ATTR_QOS_MAP if a.raw_kind() == NL80211_ATTR_QOS_MAP => {
                    Nl80211AttrsBuilder::new(w).qos_map(a.value())?;
                }
                NL80211_ATTR_MAC_HINT if a.raw_kind() == NL80211_ATTR_MAC_HINT => {
                    Nl80211AttrsBuilder::new(w).mac_hint(a.value())?;
                }
                NL80211_ATTR_WIPHY_FREQ_HINT if a.raw_kind() == NL80211_ATTR_WIPHY_FREQ_HINT => {
                    Nl80211AttrsBuilder::new(w).wiphy_freq_hint(value::u32(&a))?;
                }
                NL80211_ATTR_MAX_AP_ASSOC_STA if a.raw_kind() == NL80211_ATTR_MAX_AP_ASSOC_STA => {
                    Nl80211AttrsBuilder::new(w).max_ap_assoc_sta(value::u32(&a))?;
                }
                NL80211_ATTR_TDLS_PEER_CAPABILITY
                    if a.raw_kind() == NL80211_ATTR_TDLS_PEER_CAPABILITY =>
                {
                    Nl80211AttrsBuilder::new(w).tdls_peer_capability(value::u32(&a))?;
                }
                NL80211_ATTR_SOCKET_OWNER if a.raw_kind() == NL80211_ATTR_SOCKET_OWNER => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).socket_owner()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_CSA_C_OFFSETS_TX if a.raw_kind() == NL80211_ATTR_CSA_C_OFFSETS_TX => {
                    Nl80211AttrsBuilder::new(w).csa_c_offsets_tx(a.value())?;
                }
                NL80211_ATTR_MAX_CSA_COUNTERS if a.raw_kind() == NL80211_ATTR_MAX_CSA_COUNTERS => {
                    Nl80211AttrsBuilder::new(w).max_csa_counters(value::u8(&a))?;
                }
                NL80211_ATTR_TDLS_INITIATOR if a.raw_kind() == NL80211_ATTR_TDLS_INITIATOR => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).tdls_initiator()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_USE_RRM if a.raw_kind() == NL80211_ATTR_USE_RRM => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).use_rrm()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_WIPHY_DYN_ACK if a.raw_kind() == NL80211_ATTR_WIPHY_DYN_ACK => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).wiphy_dyn_ack()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_TSID if a.raw_kind() == NL80211_ATTR_TSID => {
                    Nl80211AttrsBuilder::new(w).tsid(value::u8(&a))?;
                }
                NL80211_ATTR_USER_PRIO if a.raw_kind() == NL80211_ATTR_USER_PRIO => {
                    Nl80211AttrsBuilder::new(w).user_prio(value::u8(&a))?;
                }
                NL80211_ATTR_ADMITTED_TIME if a.raw_kind() == NL80211_ATTR_ADMITTED_TIME => {
                    Nl80211AttrsBuilder::new(w).admitted_time(value::u16(&a))?;
                }
                NL80211_ATTR_SMPS_MODE if a.raw_kind() == NL80211_ATTR_SMPS_MODE => {
                    Nl80211AttrsBuilder::new(w).smps_mode(value::u8(&a))?;
                }
                NL80211_ATTR_OPER_CLASS if a.raw_kind() == NL80211_ATTR_OPER_CLASS => {
                    Nl80211AttrsBuilder::new(w).oper_class(value::u8(&a))?;
                }
                NL80211_ATTR_MAC_MASK if a.raw_kind() == NL80211_ATTR_MAC_MASK => {
                    Nl80211AttrsBuilder::new(w).mac_mask(a.value())?;
                }
                NL80211_ATTR_WIPHY_SELF_MANAGED_REG
                    if a.raw_kind() == NL80211_ATTR_WIPHY_SELF_MANAGED_REG =>
                {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).wiphy_self_managed_reg()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_EXT_FEATURES if a.raw_kind() == NL80211_ATTR_EXT_FEATURES => {
                    Nl80211AttrsBuilder::new(w).ext_features(a.value())?;
                }
                NL80211_ATTR_SURVEY_RADIO_STATS
                    if a.raw_kind() == NL80211_ATTR_SURVEY_RADIO_STATS =>
                {
                    Nl80211AttrsBuilder::new(w).survey_radio_stats(a.value())?;
                }
                NL80211_ATTR_NETNS_FD if a.raw_kind() == NL80211_ATTR_NETNS_FD => {
                    Nl80211AttrsBuilder::new(w).netns_fd(value::u32(&a))?;
                }
                NL80211_ATTR_SCHED_SCAN_DELAY if a.raw_kind() == NL80211_ATTR_SCHED_SCAN_DELAY => {
                    Nl80211AttrsBuilder::new(w).sched_scan_delay(value::u32(&a))?;
                }
                NL80211_ATTR_REG_INDOOR if a.raw_kind() == NL80211_ATTR_REG_INDOOR => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).reg_indoor()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_MAX_NUM_SCHED_SCAN_PLANS
                    if a.raw_kind() == NL80211_ATTR_MAX_NUM_SCHED_SCAN_PLANS =>
                {
                    Nl80211AttrsBuilder::new(w).max_num_sched_scan_plans(value::u32(&a))?;
                }
                NL80211_ATTR_MAX_SCAN_PLAN_INTERVAL
                    if a.raw_kind() == NL80211_ATTR_MAX_SCAN_PLAN_INTERVAL =>
                {
                    Nl80211AttrsBuilder::new(w).max_scan_plan_interval(value::u32(&a))?;
                }
                NL80211_ATTR_MAX_SCAN_PLAN_ITERATIONS
                    if a.raw_kind() == NL80211_ATTR_MAX_SCAN_PLAN_ITERATIONS =>
                {
                    Nl80211AttrsBuilder::new(w).max_scan_plan_iterations(value::u32(&a))?;
                }
                NL80211_ATTR_SCHED_SCAN_PLANS if a.raw_kind() == NL80211_ATTR_SCHED_SCAN_PLANS => {
                    Nl80211AttrsBuilder::new(w).sched_scan_plans(a.value())?;
                }
                NL80211_ATTR_PBSS if a.raw_kind() == NL80211_ATTR_PBSS => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).pbss()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_BSS_SELECT if a.raw_kind() == NL80211_ATTR_BSS_SELECT => {
                    Nl80211AttrsBuilder::new(w).bss_select(a.value())?;
                }
                NL80211_ATTR_STA_SUPPORT_P2P_PS
                    if a.raw_kind() == NL80211_ATTR_STA_SUPPORT_P2P_PS =>
                {
                    Nl80211AttrsBuilder::new(w).sta_support_p2p_ps(value::u8(&a))?;
                }
                NL80211_ATTR_PAD if a.raw_kind() == NL80211_ATTR_PAD => {
                    Nl80211AttrsBuilder::new(w).pad(a.value())?;
                }
                NL80211_ATTR_IFTYPE_EXT_CAPA if a.raw_kind() == NL80211_ATTR_IFTYPE_EXT_CAPA => {
                    Nl80211AttrsBuilder::new(w).iftype_ext_capa(a.value())?;
                }
                NL80211_ATTR_MU_MIMO_GROUP_DATA
                    if a.raw_kind() == NL80211_ATTR_MU_MIMO_GROUP_DATA =>
                {
                    Nl80211AttrsBuilder::new(w).mu_mimo_group_data(a.value())?;
                }
                NL80211_ATTR_MU_MIMO_FOLLOW_MAC_ADDR
                    if a.raw_kind() == NL80211_ATTR_MU_MIMO_FOLLOW_MAC_ADDR =>
                {
                    Nl80211AttrsBuilder::new(w).mu_mimo_follow_mac_addr(a.value())?;
                }
                NL80211_ATTR_SCAN_START_TIME_TSF
                    if a.raw_kind() == NL80211_ATTR_SCAN_START_TIME_TSF =>
                {
                    Nl80211AttrsBuilder::new(w).scan_start_time_tsf(value::u64(&a))?;
                }
                NL80211_ATTR_SCAN_START_TIME_TSF_BSSID
                    if a.raw_kind() == NL80211_ATTR_SCAN_START_TIME_TSF_BSSID =>
                {
                    Nl80211AttrsBuilder::new(w).scan_start_time_tsf_bssid(a.value())?;
                }
                NL80211_ATTR_MEASUREMENT_DURATION
                    if a.raw_kind() == NL80211_ATTR_MEASUREMENT_DURATION =>
                {
                    Nl80211AttrsBuilder::new(w).measurement_duration(value::u16(&a))?;
                }
                NL80211_ATTR_MEASUREMENT_DURATION_MANDATORY
                    if a.raw_kind() == NL80211_ATTR_MEASUREMENT_DURATION_MANDATORY =>
                {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).measurement_duration_mandatory()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_MESH_PEER_AID if a.raw_kind() == NL80211_ATTR_MESH_PEER_AID => {
                    Nl80211AttrsBuilder::new(w).mesh_peer_aid(value::u16(&a))?;
                }
                NL80211_ATTR_NAN_MASTER_PREF if a.raw_kind() == NL80211_ATTR_NAN_MASTER_PREF => {
                    Nl80211AttrsBuilder::new(w).nan_master_pref(value::u8(&a))?;
                }
                NL80211_ATTR_BANDS if a.raw_kind() == NL80211_ATTR_BANDS => {
                    Nl80211AttrsBuilder::new(w).bands(value::u32(&a))?;
                }
                NL80211_ATTR_NAN_FUNC if a.raw_kind() == NL80211_ATTR_NAN_FUNC => {
                    Nl80211AttrsBuilder::new(w).nan_func(a.value())?;
                }
                NL80211_ATTR_NAN_MATCH if a.raw_kind() == NL80211_ATTR_NAN_MATCH => {
                    Nl80211AttrsBuilder::new(w).nan_match(a.value())?;
                }
                NL80211_ATTR_FILS_KEK if a.raw_kind() == NL80211_ATTR_FILS_KEK => {
                    Nl80211AttrsBuilder::new(w).fils_kek(a.value())?;
                }
                NL80211_ATTR_FILS_NONCES if a.raw_kind() == NL80211_ATTR_FILS_NONCES => {
                    Nl80211AttrsBuilder::new(w).fils_nonces(a.value())?;
                }
                NL80211_ATTR_MULTICAST_TO_UNICAST_ENABLED
                    if a.raw_kind() == NL80211_ATTR_MULTICAST_TO_UNICAST_ENABLED =>
                {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).multicast_to_unicast_enabled()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_BSSID if a.raw_kind() == NL80211_ATTR_BSSID => {
                    Nl80211AttrsBuilder::new(w).bssid(a.value())?;
                }
                NL80211_ATTR_SCHED_SCAN_RELATIVE_RSSI
                    if a.raw_kind() == NL80211_ATTR_SCHED_SCAN_RELATIVE_RSSI =>
                {
                    Nl80211AttrsBuilder::new(w).sched_scan_relative_rssi(value::i8(&a))?;
                }
                NL80211_ATTR_SCHED_SCAN_RSSI_ADJUST
                    if a.raw_kind() == NL80211_ATTR_SCHED_SCAN_RSSI_ADJUST =>
                {
                    Nl80211AttrsBuilder::new(w).sched_scan_rssi_adjust(a.value())?;
                }
                NL80211_ATTR_TIMEOUT_REASON if a.raw_kind() == NL80211_ATTR_TIMEOUT_REASON => {
                    Nl80211AttrsBuilder::new(w).timeout_reason(value::u32(&a))?;
                }
                NL80211_ATTR_FILS_ERP_USERNAME
                    if a.raw_kind() == NL80211_ATTR_FILS_ERP_USERNAME =>
                {
                    Nl80211AttrsBuilder::new(w).fils_erp_username(a.value())?;
                }
                NL80211_ATTR_FILS_ERP_REALM if a.raw_kind() == NL80211_ATTR_FILS_ERP_REALM => {
                    Nl80211AttrsBuilder::new(w).fils_erp_realm(a.value())?;
                }
                NL80211_ATTR_FILS_ERP_NEXT_SEQ_NUM
                    if a.raw_kind() == NL80211_ATTR_FILS_ERP_NEXT_SEQ_NUM =>
                {
                    Nl80211AttrsBuilder::new(w).fils_erp_next_seq_num(value::u16(&a))?;
                }
                NL80211_ATTR_FILS_ERP_RRK if a.raw_kind() == NL80211_ATTR_FILS_ERP_RRK => {
                    Nl80211AttrsBuilder::new(w).fils_erp_rrk(a.value())?;
                }
                NL80211_ATTR_FILS_CACHE_ID if a.raw_kind() == NL80211_ATTR_FILS_CACHE_ID => {
                    Nl80211AttrsBuilder::new(w).fils_cache_id(a.value())?;
                }
                NL80211_ATTR_PMK if a.raw_kind() == NL80211_ATTR_PMK => {
                    Nl80211AttrsBuilder::new(w).pmk(a.value())?;
                }
                NL80211_ATTR_SCHED_SCAN_MULTI if a.raw_kind() == NL80211_ATTR_SCHED_SCAN_MULTI => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).sched_scan_multi()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_SCHED_SCAN_MAX_REQS
                    if a.raw_kind() == NL80211_ATTR_SCHED_SCAN_MAX_REQS =>
                {
                    Nl80211AttrsBuilder::new(w).sched_scan_max_reqs(value::u32(&a))?;
                }
                NL80211_ATTR_WANT_1X_4WAY_HS if a.raw_kind() == NL80211_ATTR_WANT_1X_4WAY_HS => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).want_1x_4way_hs()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_PMKR0_NAME if a.raw_kind() == NL80211_ATTR_PMKR0_NAME => {
                    Nl80211AttrsBuilder::new(w).pmkr0_name(a.value())?;
                }
                NL80211_ATTR_PORT_AUTHORIZED if a.raw_kind() == NL80211_ATTR_PORT_AUTHORIZED => {
                    Nl80211AttrsBuilder::new(w).port_authorized(a.value())?;
                }
                NL80211_ATTR_EXTERNAL_AUTH_ACTION
                    if a.raw_kind() == NL80211_ATTR_EXTERNAL_AUTH_ACTION =>
                {
                    Nl80211AttrsBuilder::new(w).external_auth_action(value::u32(&a))?;
                }
                NL80211_ATTR_EXTERNAL_AUTH_SUPPORT
                    if a.raw_kind() == NL80211_ATTR_EXTERNAL_AUTH_SUPPORT =>
                {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).external_auth_support()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_NSS if a.raw_kind() == NL80211_ATTR_NSS => {
                    Nl80211AttrsBuilder::new(w).nss(value::u8(&a))?;
                }
                NL80211_ATTR_ACK_SIGNAL if a.raw_kind() == NL80211_ATTR_ACK_SIGNAL => {
                    Nl80211AttrsBuilder::new(w).ack_signal(value::i32(&a))?;
                }
                NL80211_ATTR_CONTROL_PORT_OVER_NL80211
                    if a.raw_kind() == NL80211_ATTR_CONTROL_PORT_OVER_NL80211 =>
                {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).control_port_over_nl80211()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_TXQ_STATS => {
                    nest_like(w, &a, |w| TxqStatsAttrs::parse(a.nested())?.write_to(w))?
                }
                NL80211_ATTR_TXQ_LIMIT if a.raw_kind() == NL80211_ATTR_TXQ_LIMIT => {
                    Nl80211AttrsBuilder::new(w).txq_limit(value::u32(&a))?;
                }
                NL80211_ATTR_TXQ_MEMORY_LIMIT if a.raw_kind() == NL80211_ATTR_TXQ_MEMORY_LIMIT => {
                    Nl80211AttrsBuilder::new(w).txq_memory_limit(value::u32(&a))?;
                }
                NL80211_ATTR_TXQ_QUANTUM if a.raw_kind() == NL80211_ATTR_TXQ_QUANTUM => {
                    Nl80211AttrsBuilder::new(w).txq_quantum(value::u32(&a))?;
                }
                NL80211_ATTR_HE_CAPABILITY if a.raw_kind() == NL80211_ATTR_HE_CAPABILITY => {
                    Nl80211AttrsBuilder::new(w).he_capability(a.value())?;
                }
                NL80211_ATTR_FTM_RESPONDER if a.raw_kind() == NL80211_ATTR_FTM_RESPONDER => {
                    Nl80211AttrsBuilder::new(w).ftm_responder(a.value())?;
                }
                NL80211_ATTR_FTM_RESPONDER_STATS
                    if a.raw_kind() == NL80211_ATTR_FTM_RESPONDER_STATS =>
                {
                    Nl80211AttrsBuilder::new(w).ftm_responder_stats(a.value())?;
                }
                NL80211_ATTR_TIMEOUT if a.raw_kind() == NL80211_ATTR_TIMEOUT => {
                    Nl80211AttrsBuilder::new(w).timeout(value::u32(&a))?;
                }
                NL80211_ATTR_PEER_MEASUREMENTS
                    if a.raw_kind() == NL80211_ATTR_PEER_MEASUREMENTS =>
                {
                    Nl80211AttrsBuilder::new(w).peer_measurements(a.value())?;
                }
                NL80211_ATTR_AIRTIME_WEIGHT if a.raw_kind() == NL80211_ATTR_AIRTIME_WEIGHT => {
                    Nl80211AttrsBuilder::new(w).airtime_weight(value::u16(&a))?;
                }
                NL80211_ATTR_STA_TX_POWER_SETTING
                    if a.raw_kind() == NL80211_ATTR_STA_TX_POWER_SETTING =>
                {
                    Nl80211AttrsBuilder::new(w).sta_tx_power_setting(value::u8(&a))?;
                }
                NL80211_ATTR_STA_TX_POWER if a.raw_kind() == NL80211_ATTR_STA_TX_POWER => {
                    Nl80211AttrsBuilder::new(w).sta_tx_power(value::i16(&a))?;
                }
                NL80211_ATTR_SAE_PASSWORD if a.raw_kind() == NL80211_ATTR_SAE_PASSWORD => {
                    Nl80211AttrsBuilder::new(w).sae_password(a.value())?;
                }
                NL80211_ATTR_TWT_RESPONDER if a.raw_kind() == NL80211_ATTR_TWT_RESPONDER => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).twt_responder()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_HE_OBSS_PD if a.raw_kind() == NL80211_ATTR_HE_OBSS_PD => {
                    Nl80211AttrsBuilder::new(w).he_obss_pd(a.value())?;
                }
                NL80211_ATTR_WIPHY_EDMG_CHANNELS
                    if a.raw_kind() == NL80211_ATTR_WIPHY_EDMG_CHANNELS =>
                {
                    Nl80211AttrsBuilder::new(w).wiphy_edmg_channels(value::u8(&a))?;
                }
                NL80211_ATTR_WIPHY_EDMG_BW_CONFIG
                    if a.raw_kind() == NL80211_ATTR_WIPHY_EDMG_BW_CONFIG =>
                {
                    Nl80211AttrsBuilder::new(w).wiphy_edmg_bw_config(value::u8(&a))?;
                }
                NL80211_ATTR_VLAN_ID if a.raw_kind() == NL80211_ATTR_VLAN_ID => {
                    Nl80211AttrsBuilder::new(w).vlan_id(value::u16(&a))?;
                }
                NL80211_ATTR_HE_BSS_COLOR if a.raw_kind() == NL80211_ATTR_HE_BSS_COLOR => {
                    Nl80211AttrsBuilder::new(w).he_bss_color(a.value())?;
                }
                NL80211_ATTR_IFTYPE_AKM_SUITES
                    if a.raw_kind() == NL80211_ATTR_IFTYPE_AKM_SUITES =>
                {
                    Nl80211AttrsBuilder::new(w).iftype_akm_suites(a.value())?;
                }
                NL80211_ATTR_TID_CONFIG if a.raw_kind() == NL80211_ATTR_TID_CONFIG => {
                    Nl80211AttrsBuilder::new(w).tid_config(a.value())?;
                }
                NL80211_ATTR_CONTROL_PORT_NO_PREAUTH
                    if a.raw_kind() == NL80211_ATTR_CONTROL_PORT_NO_PREAUTH =>
                {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).control_port_no_preauth()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_PMK_LIFETIME if a.raw_kind() == NL80211_ATTR_PMK_LIFETIME => {
                    Nl80211AttrsBuilder::new(w).pmk_lifetime(value::u32(&a))?;
                }
                NL80211_ATTR_PMK_REAUTH_THRESHOLD
                    if a.raw_kind() == NL80211_ATTR_PMK_REAUTH_THRESHOLD =>
                {
                    Nl80211AttrsBuilder::new(w).pmk_reauth_threshold(value::u8(&a))?;
                }
                NL80211_ATTR_RECEIVE_MULTICAST
                    if a.raw_kind() == NL80211_ATTR_RECEIVE_MULTICAST =>
                {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).receive_multicast()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_WIPHY_FREQ_OFFSET
                    if a.raw_kind() == NL80211_ATTR_WIPHY_FREQ_OFFSET =>
                {
                    Nl80211AttrsBuilder::new(w).wiphy_freq_offset(value::u32(&a))?;
                }
                NL80211_ATTR_CENTER_FREQ1_OFFSET
                    if a.raw_kind() == NL80211_ATTR_CENTER_FREQ1_OFFSET =>
                {
                    Nl80211AttrsBuilder::new(w).center_freq1_offset(value::u32(&a))?;
                }
                NL80211_ATTR_SCAN_FREQ_KHZ if a.raw_kind() == NL80211_ATTR_SCAN_FREQ_KHZ => {
                    Nl80211AttrsBuilder::new(w).scan_freq_khz(a.value())?;
                }
                NL80211_ATTR_HE_6GHZ_CAPABILITY
                    if a.raw_kind() == NL80211_ATTR_HE_6GHZ_CAPABILITY =>
                {
                    Nl80211AttrsBuilder::new(w).he_6ghz_capability(a.value())?;
                }
                NL80211_ATTR_FILS_DISCOVERY if a.raw_kind() == NL80211_ATTR_FILS_DISCOVERY => {
                    Nl80211AttrsBuilder::new(w).fils_discovery(a.value())?;
                }
                NL80211_ATTR_UNSOL_BCAST_PROBE_RESP
                    if a.raw_kind() == NL80211_ATTR_UNSOL_BCAST_PROBE_RESP =>
                {
                    Nl80211AttrsBuilder::new(w).unsol_bcast_probe_resp(a.value())?;
                }
                NL80211_ATTR_S1G_CAPABILITY if a.raw_kind() == NL80211_ATTR_S1G_CAPABILITY => {
                    Nl80211AttrsBuilder::new(w).s1g_capability(a.value())?;
                }
                NL80211_ATTR_S1G_CAPABILITY_MASK
                    if a.raw_kind() == NL80211_ATTR_S1G_CAPABILITY_MASK =>
                {
                    Nl80211AttrsBuilder::new(w).s1g_capability_mask(a.value())?;
                }
                NL80211_ATTR_SAE_PWE if a.raw_kind() == NL80211_ATTR_SAE_PWE => {
                    Nl80211AttrsBuilder::new(w).sae_pwe(value::u8(&a))?;
                }
                NL80211_ATTR_RECONNECT_REQUESTED
                    if a.raw_kind() == NL80211_ATTR_RECONNECT_REQUESTED =>
                {
                    Nl80211AttrsBuilder::new(w).reconnect_requested(a.value())?;
                }
                NL80211_ATTR_SAR_SPEC => {
                    nest_like(w, &a, |w| SarAttributes::parse(a.nested())?.write_to(w))?
                }
                NL80211_ATTR_DISABLE_HE if a.raw_kind() == NL80211_ATTR_DISABLE_HE => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).disable_he()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_OBSS_COLOR_BITMAP
                    if a.raw_kind() == NL80211_ATTR_OBSS_COLOR_BITMAP =>
                {
                    Nl80211AttrsBuilder::new(w).obss_color_bitmap(value::u64(&a))?;
                }
                NL80211_ATTR_COLOR_CHANGE_COUNT
                    if a.raw_kind() == NL80211_ATTR_COLOR_CHANGE_COUNT =>
                {
                    Nl80211AttrsBuilder::new(w).color_change_count(value::u8(&a))?;
                }
                NL80211_ATTR_COLOR_CHANGE_COLOR
                    if a.raw_kind() == NL80211_ATTR_COLOR_CHANGE_COLOR =>
                {
                    Nl80211AttrsBuilder::new(w).color_change_color(value::u8(&a))?;
                }
                NL80211_ATTR_COLOR_CHANGE_ELEMS
                    if a.raw_kind() == NL80211_ATTR_COLOR_CHANGE_ELEMS =>
                {
                    Nl80211AttrsBuilder::new(w).color_change_elems(a.value())?;
                }
                NL80211_ATTR_MBSSID_CONFIG if a.raw_kind() == NL80211_ATTR_MBSSID_CONFIG => {
                    Nl80211AttrsBuilder::new(w).mbssid_config(a.value())?;
                }
                NL80211_ATTR_MBSSID_ELEMS if a.raw_kind() == NL80211_ATTR_MBSSID_ELEMS => {
                    Nl80211AttrsBuilder::new(w).mbssid_elems(a.value())?;
                }
                NL80211_ATTR_RADAR_BACKGROUND if a.raw_kind() == NL80211_ATTR_RADAR_BACKGROUND => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).radar_background()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_AP_SETTINGS_FLAGS
                    if a.raw_kind() == NL80211_ATTR_AP_SETTINGS_FLAGS =>
                {
                    Nl80211AttrsBuilder::new(w).ap_settings_flags(value::u32(&a))?;
                }
                NL80211_ATTR_EHT_CAPABILITY if a.raw_kind() == NL80211_ATTR_EHT_CAPABILITY => {
                    Nl80211AttrsBuilder::new(w).eht_capability(a.value())?;
                }
                NL80211_ATTR_DISABLE_EHT if a.raw_kind() == NL80211_ATTR_DISABLE_EHT => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).disable_eht()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_MLO_LINKS if a.raw_kind() == NL80211_ATTR_MLO_LINKS => {
                    Nl80211AttrsBuilder::new(w).mlo_links(a.value())?;
                }
                NL80211_ATTR_MLO_LINK_ID if a.raw_kind() == NL80211_ATTR_MLO_LINK_ID => {
                    Nl80211AttrsBuilder::new(w).mlo_link_id(value::u8(&a))?;
                }
                NL80211_ATTR_MLD_ADDR if a.raw_kind() == NL80211_ATTR_MLD_ADDR => {
                    Nl80211AttrsBuilder::new(w).mld_addr(a.value())?;
                }
                NL80211_ATTR_MLO_SUPPORT if a.raw_kind() == NL80211_ATTR_MLO_SUPPORT => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).mlo_support()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_MAX_NUM_AKM_SUITES
                    if a.raw_kind() == NL80211_ATTR_MAX_NUM_AKM_SUITES =>
                {
                    Nl80211AttrsBuilder::new(w).max_num_akm_suites(a.value())?;
                }
                NL80211_ATTR_EML_CAPABILITY if a.raw_kind() == NL80211_ATTR_EML_CAPABILITY => {
                    Nl80211AttrsBuilder::new(w).eml_capability(value::u16(&a))?;
                }
                NL80211_ATTR_MLD_CAPA_AND_OPS if a.raw_kind() == NL80211_ATTR_MLD_CAPA_AND_OPS => {
                    Nl80211AttrsBuilder::new(w).mld_capa_and_ops(value::u16(&a))?;
                }
                NL80211_ATTR_TX_HW_TIMESTAMP if a.raw_kind() == NL80211_ATTR_TX_HW_TIMESTAMP => {
                    Nl80211AttrsBuilder::new(w).tx_hw_timestamp(value::u64(&a))?;
                }
                NL80211_ATTR_RX_HW_TIMESTAMP if a.raw_kind() == NL80211_ATTR_RX_HW_TIMESTAMP => {
                    Nl80211AttrsBuilder::new(w).rx_hw_timestamp(value::u64(&a))?;
                }
                NL80211_ATTR_TD_BITMAP if a.raw_kind() == NL80211_ATTR_TD_BITMAP => {
                    Nl80211AttrsBuilder::new(w).td_bitmap(a.value())?;
                }
                NL80211_ATTR_PUNCT_BITMAP if a.raw_kind() == NL80211_ATTR_PUNCT_BITMAP => {
                    Nl80211AttrsBuilder::new(w).punct_bitmap(value::u32(&a))?;
                }
                NL80211_ATTR_MAX_HW_TIMESTAMP_PEERS
                    if a.raw_kind() == NL80211_ATTR_MAX_HW_TIMESTAMP_PEERS =>
                {
                    Nl80211AttrsBuilder::new(w).max_hw_timestamp_peers(value::u16(&a))?;
                }
                NL80211_ATTR_HW_TIMESTAMP_ENABLED
                    if a.raw_kind() == NL80211_ATTR_HW_TIMESTAMP_ENABLED =>
                {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).hw_timestamp_enabled()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_EMA_RNR_ELEMS if a.raw_kind() == NL80211_ATTR_EMA_RNR_ELEMS => {
                    Nl80211AttrsBuilder::new(w).ema_rnr_elems(a.value())?;
                }
                NL80211_ATTR_MLO_LINK_DISABLED
                    if a.raw_kind() == NL80211_ATTR_MLO_LINK_DISABLED =>
                {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).mlo_link_disabled()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_BSS_DUMP_INCLUDE_USE_DATA
                    if a.raw_kind() == NL80211_ATTR_BSS_DUMP_INCLUDE_USE_DATA =>
                {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).bss_dump_include_use_data()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_MLO_TTLM_DLINK if a.raw_kind() == NL80211_ATTR_MLO_TTLM_DLINK => {
                    Nl80211AttrsBuilder::new(w).mlo_ttlm_dlink(value::u16(&a))?;
                }
                NL80211_ATTR_MLO_TTLM_ULINK if a.raw_kind() == NL80211_ATTR_MLO_TTLM_ULINK => {
                    Nl80211AttrsBuilder::new(w).mlo_ttlm_ulink(value::u16(&a))?;
                }
                NL80211_ATTR_ASSOC_SPP_AMSDU if a.raw_kind() == NL80211_ATTR_ASSOC_SPP_AMSDU => {
                    if a.value().is_empty() {
                        Nl80211AttrsBuilder::new(w).assoc_spp_amsdu()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_ATTR_WIPHY_RADIOS if a.raw_kind() == NL80211_ATTR_WIPHY_RADIOS => {
                    Nl80211AttrsBuilder::new(w).wiphy_radios(a.value())?;
                }
                NL80211_ATTR_WIPHY_INTERFACE_COMBINATIONS
                    if a.raw_kind() == NL80211_ATTR_WIPHY_INTERFACE_COMBINATIONS =>
                {
                    Nl80211AttrsBuilder::new(w).wiphy_interface_combinations(a.value())?;
                }
                NL80211_ATTR_VIF_RADIO_MASK if a.raw_kind() == NL80211_ATTR_VIF_RADIO_MASK => {
                    Nl80211AttrsBuilder::new(w).vif_radio_mask(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`FrameTypeAttrs`] checks of each attribute, from the descriptors.
static FRAME_TYPE_ATTRS_CHECKS: [Check; 102] = Check::table(&tables::FRAME_TYPE_ATTRS);

/// The `frame-type-attrs` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FrameTypeAttrs<'a>(Table<'a, 102>);

impl<'a> AttrView<'a> for FrameTypeAttrs<'a> {
    const SET: &'static AttrSet = &tables::FRAME_TYPE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &FRAME_TYPE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&FRAME_TYPE_ATTRS_CHECKS, attrs)
    }
}

impl<'a> FrameTypeAttrs<'a> {
    /// Indexes and checks a block of `frame-type-attrs` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 102> {
        &self.0
    }

    /// `NL80211_ATTR_FRAME_TYPE`
    #[inline]
    pub fn frame_type(&self) -> Option<u16> {
        self.0.u16(NL80211_ATTR_FRAME_TYPE)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NL80211_ATTR_FRAME_TYPE if a.raw_kind() == NL80211_ATTR_FRAME_TYPE => {
                    FrameTypeAttrsBuilder::new(w).frame_type(value::u16(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`WiphyBands`] checks of each attribute, from the descriptors.
static WIPHY_BANDS_CHECKS: [Check; 6] = Check::table(&tables::WIPHY_BANDS);

/// The `wiphy-bands` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct WiphyBands<'a>(Table<'a, 6>);

impl<'a> AttrView<'a> for WiphyBands<'a> {
    const SET: &'static AttrSet = &tables::WIPHY_BANDS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &WIPHY_BANDS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&WIPHY_BANDS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NL80211_BAND_2GHZ => {
                    nest_like(w, &a, |w| BandAttrs::parse(a.nested())?.write_to(w))?
                }
                NL80211_BAND_5GHZ => {
                    nest_like(w, &a, |w| BandAttrs::parse(a.nested())?.write_to(w))?
                }
                NL80211_BAND_60GHZ => {
                    nest_like(w, &a, |w| BandAttrs::parse(a.nested())?.write_to(w))?
                }
                NL80211_BAND_6GHZ => {
                    nest_like(w, &a, |w| BandAttrs::parse(a.nested())?.write_to(w))?
                }
                NL80211_BAND_S1GHZ => {
                    nest_like(w, &a, |w| BandAttrs::parse(a.nested())?.write_to(w))?
                }
                NL80211_BAND_LC => nest_like(w, &a, |w| BandAttrs::parse(a.nested())?.write_to(w))?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`BandAttrs`] checks of each attribute, from the descriptors.
static BAND_ATTRS_CHECKS: [Check; 14] = Check::table(&tables::BAND_ATTRS);

/// The `band-attrs` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct BandAttrs<'a>(Table<'a, 14>);

impl<'a> AttrView<'a> for BandAttrs<'a> {
    const SET: &'static AttrSet = &tables::BAND_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &BAND_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&BAND_ATTRS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NL80211_BAND_ATTR_FREQS => nest_like(w, &a, |w| {
                    for e in a.nested() {
                        let e = e?;
                        nest_like(w, &e, |w| FrequencyAttrs::parse(e.nested())?.write_to(w))?;
                    }
                    Ok(())
                })?,
                NL80211_BAND_ATTR_RATES => nest_like(w, &a, |w| {
                    for e in a.nested() {
                        let e = e?;
                        nest_like(w, &e, |w| BitrateAttrs::parse(e.nested())?.write_to(w))?;
                    }
                    Ok(())
                })?,
                NL80211_BAND_ATTR_HT_MCS_SET if a.raw_kind() == NL80211_BAND_ATTR_HT_MCS_SET => {
                    BandAttrsBuilder::new(w).ht_mcs_set(a.value())?;
                }
                NL80211_BAND_ATTR_HT_CAPA if a.raw_kind() == NL80211_BAND_ATTR_HT_CAPA => {
                    BandAttrsBuilder::new(w).ht_capa(value::u16(&a))?;
                }
                NL80211_BAND_ATTR_HT_AMPDU_FACTOR
                    if a.raw_kind() == NL80211_BAND_ATTR_HT_AMPDU_FACTOR =>
                {
                    BandAttrsBuilder::new(w).ht_ampdu_factor(value::u8(&a))?;
                }
                NL80211_BAND_ATTR_HT_AMPDU_DENSITY
                    if a.raw_kind() == NL80211_BAND_ATTR_HT_AMPDU_DENSITY =>
                {
                    BandAttrsBuilder::new(w).ht_ampdu_density(value::u8(&a))?;
                }
                NL80211_BAND_ATTR_VHT_MCS_SET if a.raw_kind() == NL80211_BAND_ATTR_VHT_MCS_SET => {
                    BandAttrsBuilder::new(w).vht_mcs_set(a.value())?;
                }
                NL80211_BAND_ATTR_VHT_CAPA if a.raw_kind() == NL80211_BAND_ATTR_VHT_CAPA => {
                    BandAttrsBuilder::new(w).vht_capa(value::u32(&a))?;
                }
                NL80211_BAND_ATTR_IFTYPE_DATA => nest_like(w, &a, |w| {
                    for e in a.nested() {
                        let e = e?;
                        nest_like(w, &e, |w| IftypeDataAttrs::parse(e.nested())?.write_to(w))?;
                    }
                    Ok(())
                })?,
                NL80211_BAND_ATTR_EDMG_CHANNELS
                    if a.raw_kind() == NL80211_BAND_ATTR_EDMG_CHANNELS =>
                {
                    BandAttrsBuilder::new(w).edmg_channels(a.value())?;
                }
                NL80211_BAND_ATTR_EDMG_BW_CONFIG
                    if a.raw_kind() == NL80211_BAND_ATTR_EDMG_BW_CONFIG =>
                {
                    BandAttrsBuilder::new(w).edmg_bw_config(a.value())?;
                }
                NL80211_BAND_ATTR_S1G_MCS_NSS_SET
                    if a.raw_kind() == NL80211_BAND_ATTR_S1G_MCS_NSS_SET =>
                {
                    BandAttrsBuilder::new(w).s1g_mcs_nss_set(a.value())?;
                }
                NL80211_BAND_ATTR_S1G_CAPA if a.raw_kind() == NL80211_BAND_ATTR_S1G_CAPA => {
                    BandAttrsBuilder::new(w).s1g_capa(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`BitrateAttrs`] checks of each attribute, from the descriptors.
static BITRATE_ATTRS_CHECKS: [Check; 3] = Check::table(&tables::BITRATE_ATTRS);

/// The `bitrate-attrs` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct BitrateAttrs<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for BitrateAttrs<'a> {
    const SET: &'static AttrSet = &tables::BITRATE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &BITRATE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&BITRATE_ATTRS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NL80211_BITRATE_ATTR_RATE if a.raw_kind() == NL80211_BITRATE_ATTR_RATE => {
                    BitrateAttrsBuilder::new(w).rate(value::u32(&a))?;
                }
                NL80211_BITRATE_ATTR_2GHZ_SHORTPREAMBLE
                    if a.raw_kind() == NL80211_BITRATE_ATTR_2GHZ_SHORTPREAMBLE =>
                {
                    if a.value().is_empty() {
                        BitrateAttrsBuilder::new(w).n2ghz_shortpreamble()?;
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

/// What [`FrequencyAttrs`] checks of each attribute, from the descriptors.
static FREQUENCY_ATTRS_CHECKS: [Check; 34] = Check::table(&tables::FREQUENCY_ATTRS);

/// The `frequency-attrs` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct FrequencyAttrs<'a>(Table<'a, 34>);

impl<'a> AttrView<'a> for FrequencyAttrs<'a> {
    const SET: &'static AttrSet = &tables::FREQUENCY_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &FREQUENCY_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&FREQUENCY_ATTRS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NL80211_FREQUENCY_ATTR_FREQ if a.raw_kind() == NL80211_FREQUENCY_ATTR_FREQ => {
                    FrequencyAttrsBuilder::new(w).freq(value::u32(&a))?;
                }
                NL80211_FREQUENCY_ATTR_DISABLED
                    if a.raw_kind() == NL80211_FREQUENCY_ATTR_DISABLED =>
                {
                    if a.value().is_empty() {
                        FrequencyAttrsBuilder::new(w).disabled()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_FREQUENCY_ATTR_NO_IR if a.raw_kind() == NL80211_FREQUENCY_ATTR_NO_IR => {
                    if a.value().is_empty() {
                        FrequencyAttrsBuilder::new(w).no_ir()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                __NL80211_FREQUENCY_ATTR_NO_IBSS
                    if a.raw_kind() == __NL80211_FREQUENCY_ATTR_NO_IBSS =>
                {
                    if a.value().is_empty() {
                        FrequencyAttrsBuilder::new(w).no_ibss()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_FREQUENCY_ATTR_RADAR if a.raw_kind() == NL80211_FREQUENCY_ATTR_RADAR => {
                    if a.value().is_empty() {
                        FrequencyAttrsBuilder::new(w).radar()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_FREQUENCY_ATTR_MAX_TX_POWER
                    if a.raw_kind() == NL80211_FREQUENCY_ATTR_MAX_TX_POWER =>
                {
                    FrequencyAttrsBuilder::new(w).max_tx_power(value::u32(&a))?;
                }
                NL80211_FREQUENCY_ATTR_DFS_STATE
                    if a.raw_kind() == NL80211_FREQUENCY_ATTR_DFS_STATE =>
                {
                    FrequencyAttrsBuilder::new(w).dfs_state(value::u32(&a))?;
                }
                NL80211_FREQUENCY_ATTR_DFS_TIME
                    if a.raw_kind() == NL80211_FREQUENCY_ATTR_DFS_TIME =>
                {
                    FrequencyAttrsBuilder::new(w).dfs_time(a.value())?;
                }
                NL80211_FREQUENCY_ATTR_NO_HT40_MINUS
                    if a.raw_kind() == NL80211_FREQUENCY_ATTR_NO_HT40_MINUS =>
                {
                    FrequencyAttrsBuilder::new(w).no_ht40_minus(a.value())?;
                }
                NL80211_FREQUENCY_ATTR_NO_HT40_PLUS
                    if a.raw_kind() == NL80211_FREQUENCY_ATTR_NO_HT40_PLUS =>
                {
                    FrequencyAttrsBuilder::new(w).no_ht40_plus(a.value())?;
                }
                NL80211_FREQUENCY_ATTR_NO_80MHZ
                    if a.raw_kind() == NL80211_FREQUENCY_ATTR_NO_80MHZ =>
                {
                    FrequencyAttrsBuilder::new(w).no_80mhz(a.value())?;
                }
                NL80211_FREQUENCY_ATTR_NO_160MHZ
                    if a.raw_kind() == NL80211_FREQUENCY_ATTR_NO_160MHZ =>
                {
                    FrequencyAttrsBuilder::new(w).no_160mhz(a.value())?;
                }
                NL80211_FREQUENCY_ATTR_DFS_CAC_TIME
                    if a.raw_kind() == NL80211_FREQUENCY_ATTR_DFS_CAC_TIME =>
                {
                    FrequencyAttrsBuilder::new(w).dfs_cac_time(a.value())?;
                }
                NL80211_FREQUENCY_ATTR_INDOOR_ONLY
                    if a.raw_kind() == NL80211_FREQUENCY_ATTR_INDOOR_ONLY =>
                {
                    FrequencyAttrsBuilder::new(w).indoor_only(a.value())?;
                }
                NL80211_FREQUENCY_ATTR_IR_CONCURRENT
                    if a.raw_kind() == NL80211_FREQUENCY_ATTR_IR_CONCURRENT =>
                {
                    FrequencyAttrsBuilder::new(w).ir_concurrent(a.value())?;
                }
                NL80211_FREQUENCY_ATTR_NO_20MHZ
                    if a.raw_kind() == NL80211_FREQUENCY_ATTR_NO_20MHZ =>
                {
                    FrequencyAttrsBuilder::new(w).no_20mhz(a.value())?;
                }
                NL80211_FREQUENCY_ATTR_NO_10MHZ
                    if a.raw_kind() == NL80211_FREQUENCY_ATTR_NO_10MHZ =>
                {
                    FrequencyAttrsBuilder::new(w).no_10mhz(a.value())?;
                }
                NL80211_FREQUENCY_ATTR_WMM => nest_like(w, &a, |w| {
                    for e in a.nested() {
                        let e = e?;
                        nest_like(w, &e, |w| WmmAttrs::parse(e.nested())?.write_to(w))?;
                    }
                    Ok(())
                })?,
                NL80211_FREQUENCY_ATTR_NO_HE if a.raw_kind() == NL80211_FREQUENCY_ATTR_NO_HE => {
                    FrequencyAttrsBuilder::new(w).no_he(a.value())?;
                }
                NL80211_FREQUENCY_ATTR_OFFSET if a.raw_kind() == NL80211_FREQUENCY_ATTR_OFFSET => {
                    FrequencyAttrsBuilder::new(w).offset(value::u32(&a))?;
                }
                NL80211_FREQUENCY_ATTR_1MHZ if a.raw_kind() == NL80211_FREQUENCY_ATTR_1MHZ => {
                    FrequencyAttrsBuilder::new(w).n1mhz(a.value())?;
                }
                NL80211_FREQUENCY_ATTR_2MHZ if a.raw_kind() == NL80211_FREQUENCY_ATTR_2MHZ => {
                    FrequencyAttrsBuilder::new(w).n2mhz(a.value())?;
                }
                NL80211_FREQUENCY_ATTR_4MHZ if a.raw_kind() == NL80211_FREQUENCY_ATTR_4MHZ => {
                    FrequencyAttrsBuilder::new(w).n4mhz(a.value())?;
                }
                NL80211_FREQUENCY_ATTR_8MHZ if a.raw_kind() == NL80211_FREQUENCY_ATTR_8MHZ => {
                    FrequencyAttrsBuilder::new(w).n8mhz(a.value())?;
                }
                NL80211_FREQUENCY_ATTR_16MHZ if a.raw_kind() == NL80211_FREQUENCY_ATTR_16MHZ => {
                    FrequencyAttrsBuilder::new(w).n16mhz(a.value())?;
                }
                NL80211_FREQUENCY_ATTR_NO_320MHZ
                    if a.raw_kind() == NL80211_FREQUENCY_ATTR_NO_320MHZ =>
                {
                    FrequencyAttrsBuilder::new(w).no_320mhz(a.value())?;
                }
                NL80211_FREQUENCY_ATTR_NO_EHT if a.raw_kind() == NL80211_FREQUENCY_ATTR_NO_EHT => {
                    FrequencyAttrsBuilder::new(w).no_eht(a.value())?;
                }
                NL80211_FREQUENCY_ATTR_PSD if a.raw_kind() == NL80211_FREQUENCY_ATTR_PSD => {
                    FrequencyAttrsBuilder::new(w).psd(a.value())?;
                }
                NL80211_FREQUENCY_ATTR_DFS_CONCURRENT
                    if a.raw_kind() == NL80211_FREQUENCY_ATTR_DFS_CONCURRENT =>
                {
                    FrequencyAttrsBuilder::new(w).dfs_concurrent(a.value())?;
                }
                NL80211_FREQUENCY_ATTR_NO_6GHZ_VLP_CLIENT
                    if a.raw_kind() == NL80211_FREQUENCY_ATTR_NO_6GHZ_VLP_CLIENT =>
                {
                    FrequencyAttrsBuilder::new(w).no_6ghz_vlp_client(a.value())?;
                }
                NL80211_FREQUENCY_ATTR_NO_6GHZ_AFC_CLIENT
                    if a.raw_kind() == NL80211_FREQUENCY_ATTR_NO_6GHZ_AFC_CLIENT =>
                {
                    FrequencyAttrsBuilder::new(w).no_6ghz_afc_client(a.value())?;
                }
                NL80211_FREQUENCY_ATTR_CAN_MONITOR
                    if a.raw_kind() == NL80211_FREQUENCY_ATTR_CAN_MONITOR =>
                {
                    FrequencyAttrsBuilder::new(w).can_monitor(a.value())?;
                }
                NL80211_FREQUENCY_ATTR_ALLOW_6GHZ_VLP_AP
                    if a.raw_kind() == NL80211_FREQUENCY_ATTR_ALLOW_6GHZ_VLP_AP =>
                {
                    FrequencyAttrsBuilder::new(w).allow_6ghz_vlp_ap(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`IfCombinationAttributes`] checks of each attribute, from the descriptors.
static IF_COMBINATION_ATTRIBUTES_CHECKS: [Check; 8] =
    Check::table(&tables::IF_COMBINATION_ATTRIBUTES);

/// The `if-combination-attributes` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct IfCombinationAttributes<'a>(Table<'a, 8>);

impl<'a> AttrView<'a> for IfCombinationAttributes<'a> {
    const SET: &'static AttrSet = &tables::IF_COMBINATION_ATTRIBUTES;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &IF_COMBINATION_ATTRIBUTES_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&IF_COMBINATION_ATTRIBUTES_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NL80211_IFACE_COMB_LIMITS => nest_like(w, &a, |w| {
                    for e in a.nested() {
                        let e = e?;
                        nest_like(w, &e, |w| {
                            IfaceLimitAttributes::parse(e.nested())?.write_to(w)
                        })?;
                    }
                    Ok(())
                })?,
                NL80211_IFACE_COMB_MAXNUM if a.raw_kind() == NL80211_IFACE_COMB_MAXNUM => {
                    IfCombinationAttributesBuilder::new(w).maxnum(value::u32(&a))?;
                }
                NL80211_IFACE_COMB_STA_AP_BI_MATCH
                    if a.raw_kind() == NL80211_IFACE_COMB_STA_AP_BI_MATCH =>
                {
                    if a.value().is_empty() {
                        IfCombinationAttributesBuilder::new(w).sta_ap_bi_match()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_IFACE_COMB_NUM_CHANNELS
                    if a.raw_kind() == NL80211_IFACE_COMB_NUM_CHANNELS =>
                {
                    IfCombinationAttributesBuilder::new(w).num_channels(value::u32(&a))?;
                }
                NL80211_IFACE_COMB_RADAR_DETECT_WIDTHS
                    if a.raw_kind() == NL80211_IFACE_COMB_RADAR_DETECT_WIDTHS =>
                {
                    IfCombinationAttributesBuilder::new(w).radar_detect_widths(value::u32(&a))?;
                }
                NL80211_IFACE_COMB_RADAR_DETECT_REGIONS
                    if a.raw_kind() == NL80211_IFACE_COMB_RADAR_DETECT_REGIONS =>
                {
                    IfCombinationAttributesBuilder::new(w).radar_detect_regions(value::u32(&a))?;
                }
                NL80211_IFACE_COMB_BI_MIN_GCD if a.raw_kind() == NL80211_IFACE_COMB_BI_MIN_GCD => {
                    IfCombinationAttributesBuilder::new(w).bi_min_gcd(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`IfaceLimitAttributes`] checks of each attribute, from the descriptors.
static IFACE_LIMIT_ATTRIBUTES_CHECKS: [Check; 3] = Check::table(&tables::IFACE_LIMIT_ATTRIBUTES);

/// The `iface-limit-attributes` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct IfaceLimitAttributes<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for IfaceLimitAttributes<'a> {
    const SET: &'static AttrSet = &tables::IFACE_LIMIT_ATTRIBUTES;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &IFACE_LIMIT_ATTRIBUTES_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&IFACE_LIMIT_ATTRIBUTES_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NL80211_IFACE_LIMIT_MAX if a.raw_kind() == NL80211_IFACE_LIMIT_MAX => {
                    IfaceLimitAttributesBuilder::new(w).max(value::u32(&a))?;
                }
                NL80211_IFACE_LIMIT_TYPES => {
                    nest_like(w, &a, |w| SupportedIftypes::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`IftypeDataAttrs`] checks of each attribute, from the descriptors.
static IFTYPE_DATA_ATTRS_CHECKS: [Check; 12] = Check::table(&tables::IFTYPE_DATA_ATTRS);

/// The `iftype-data-attrs` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct IftypeDataAttrs<'a>(Table<'a, 12>);

impl<'a> AttrView<'a> for IftypeDataAttrs<'a> {
    const SET: &'static AttrSet = &tables::IFTYPE_DATA_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &IFTYPE_DATA_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&IFTYPE_DATA_ATTRS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NL80211_BAND_IFTYPE_ATTR_IFTYPES
                    if a.raw_kind() == NL80211_BAND_IFTYPE_ATTR_IFTYPES =>
                {
                    IftypeDataAttrsBuilder::new(w).iftypes(a.value())?;
                }
                NL80211_BAND_IFTYPE_ATTR_HE_CAP_MAC
                    if a.raw_kind() == NL80211_BAND_IFTYPE_ATTR_HE_CAP_MAC =>
                {
                    IftypeDataAttrsBuilder::new(w).he_cap_mac(a.value())?;
                }
                NL80211_BAND_IFTYPE_ATTR_HE_CAP_PHY
                    if a.raw_kind() == NL80211_BAND_IFTYPE_ATTR_HE_CAP_PHY =>
                {
                    IftypeDataAttrsBuilder::new(w).he_cap_phy(a.value())?;
                }
                NL80211_BAND_IFTYPE_ATTR_HE_CAP_MCS_SET
                    if a.raw_kind() == NL80211_BAND_IFTYPE_ATTR_HE_CAP_MCS_SET =>
                {
                    IftypeDataAttrsBuilder::new(w).he_cap_mcs_set(a.value())?;
                }
                NL80211_BAND_IFTYPE_ATTR_HE_CAP_PPE
                    if a.raw_kind() == NL80211_BAND_IFTYPE_ATTR_HE_CAP_PPE =>
                {
                    IftypeDataAttrsBuilder::new(w).he_cap_ppe(a.value())?;
                }
                NL80211_BAND_IFTYPE_ATTR_HE_6GHZ_CAPA
                    if a.raw_kind() == NL80211_BAND_IFTYPE_ATTR_HE_6GHZ_CAPA =>
                {
                    IftypeDataAttrsBuilder::new(w).he_6ghz_capa(a.value())?;
                }
                NL80211_BAND_IFTYPE_ATTR_VENDOR_ELEMS
                    if a.raw_kind() == NL80211_BAND_IFTYPE_ATTR_VENDOR_ELEMS =>
                {
                    IftypeDataAttrsBuilder::new(w).vendor_elems(a.value())?;
                }
                NL80211_BAND_IFTYPE_ATTR_EHT_CAP_MAC
                    if a.raw_kind() == NL80211_BAND_IFTYPE_ATTR_EHT_CAP_MAC =>
                {
                    IftypeDataAttrsBuilder::new(w).eht_cap_mac(a.value())?;
                }
                NL80211_BAND_IFTYPE_ATTR_EHT_CAP_PHY
                    if a.raw_kind() == NL80211_BAND_IFTYPE_ATTR_EHT_CAP_PHY =>
                {
                    IftypeDataAttrsBuilder::new(w).eht_cap_phy(a.value())?;
                }
                NL80211_BAND_IFTYPE_ATTR_EHT_CAP_MCS_SET
                    if a.raw_kind() == NL80211_BAND_IFTYPE_ATTR_EHT_CAP_MCS_SET =>
                {
                    IftypeDataAttrsBuilder::new(w).eht_cap_mcs_set(a.value())?;
                }
                NL80211_BAND_IFTYPE_ATTR_EHT_CAP_PPE
                    if a.raw_kind() == NL80211_BAND_IFTYPE_ATTR_EHT_CAP_PPE =>
                {
                    IftypeDataAttrsBuilder::new(w).eht_cap_ppe(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`IftypeAttrs`] checks of each attribute, from the descriptors.
static IFTYPE_ATTRS_CHECKS: [Check; 13] = Check::table(&tables::IFTYPE_ATTRS);

/// The `iftype-attrs` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct IftypeAttrs<'a>(Table<'a, 13>);

impl<'a> AttrView<'a> for IftypeAttrs<'a> {
    const SET: &'static AttrSet = &tables::IFTYPE_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &IFTYPE_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&IFTYPE_ATTRS_CHECKS, attrs)
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
    pub fn unspecified(&self) -> Result<Option<FrameTypeAttrs<'a>>, Error> {
        self.0.nest(NL80211_IFTYPE_UNSPECIFIED)
    }

    /// `NL80211_IFTYPE_ADHOC`
    #[inline]
    pub fn adhoc(&self) -> Result<Option<FrameTypeAttrs<'a>>, Error> {
        self.0.nest(NL80211_IFTYPE_ADHOC)
    }

    /// `NL80211_IFTYPE_STATION`
    #[inline]
    pub fn station(&self) -> Result<Option<FrameTypeAttrs<'a>>, Error> {
        self.0.nest(NL80211_IFTYPE_STATION)
    }

    /// `NL80211_IFTYPE_AP`
    #[inline]
    pub fn ap(&self) -> Result<Option<FrameTypeAttrs<'a>>, Error> {
        self.0.nest(NL80211_IFTYPE_AP)
    }

    /// `NL80211_IFTYPE_AP_VLAN`
    #[inline]
    pub fn ap_vlan(&self) -> Result<Option<FrameTypeAttrs<'a>>, Error> {
        self.0.nest(NL80211_IFTYPE_AP_VLAN)
    }

    /// `NL80211_IFTYPE_WDS`
    #[inline]
    pub fn wds(&self) -> Result<Option<FrameTypeAttrs<'a>>, Error> {
        self.0.nest(NL80211_IFTYPE_WDS)
    }

    /// `NL80211_IFTYPE_MONITOR`
    #[inline]
    pub fn monitor(&self) -> Result<Option<FrameTypeAttrs<'a>>, Error> {
        self.0.nest(NL80211_IFTYPE_MONITOR)
    }

    /// `NL80211_IFTYPE_MESH_POINT`
    #[inline]
    pub fn mesh_point(&self) -> Result<Option<FrameTypeAttrs<'a>>, Error> {
        self.0.nest(NL80211_IFTYPE_MESH_POINT)
    }

    /// `NL80211_IFTYPE_P2P_CLIENT`
    #[inline]
    pub fn p2p_client(&self) -> Result<Option<FrameTypeAttrs<'a>>, Error> {
        self.0.nest(NL80211_IFTYPE_P2P_CLIENT)
    }

    /// `NL80211_IFTYPE_P2P_GO`
    #[inline]
    pub fn p2p_go(&self) -> Result<Option<FrameTypeAttrs<'a>>, Error> {
        self.0.nest(NL80211_IFTYPE_P2P_GO)
    }

    /// `NL80211_IFTYPE_P2P_DEVICE`
    #[inline]
    pub fn p2p_device(&self) -> Result<Option<FrameTypeAttrs<'a>>, Error> {
        self.0.nest(NL80211_IFTYPE_P2P_DEVICE)
    }

    /// `NL80211_IFTYPE_OCB`
    #[inline]
    pub fn ocb(&self) -> Result<Option<FrameTypeAttrs<'a>>, Error> {
        self.0.nest(NL80211_IFTYPE_OCB)
    }

    /// `NL80211_IFTYPE_NAN`
    #[inline]
    pub fn nan(&self) -> Result<Option<FrameTypeAttrs<'a>>, Error> {
        self.0.nest(NL80211_IFTYPE_NAN)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NL80211_IFTYPE_UNSPECIFIED => {
                    nest_like(w, &a, |w| FrameTypeAttrs::parse(a.nested())?.write_to(w))?
                }
                NL80211_IFTYPE_ADHOC => {
                    nest_like(w, &a, |w| FrameTypeAttrs::parse(a.nested())?.write_to(w))?
                }
                NL80211_IFTYPE_STATION => {
                    nest_like(w, &a, |w| FrameTypeAttrs::parse(a.nested())?.write_to(w))?
                }
                NL80211_IFTYPE_AP => {
                    nest_like(w, &a, |w| FrameTypeAttrs::parse(a.nested())?.write_to(w))?
                }
                NL80211_IFTYPE_AP_VLAN => {
                    nest_like(w, &a, |w| FrameTypeAttrs::parse(a.nested())?.write_to(w))?
                }
                NL80211_IFTYPE_WDS => {
                    nest_like(w, &a, |w| FrameTypeAttrs::parse(a.nested())?.write_to(w))?
                }
                NL80211_IFTYPE_MONITOR => {
                    nest_like(w, &a, |w| FrameTypeAttrs::parse(a.nested())?.write_to(w))?
                }
                NL80211_IFTYPE_MESH_POINT => {
                    nest_like(w, &a, |w| FrameTypeAttrs::parse(a.nested())?.write_to(w))?
                }
                NL80211_IFTYPE_P2P_CLIENT => {
                    nest_like(w, &a, |w| FrameTypeAttrs::parse(a.nested())?.write_to(w))?
                }
                NL80211_IFTYPE_P2P_GO => {
                    nest_like(w, &a, |w| FrameTypeAttrs::parse(a.nested())?.write_to(w))?
                }
                NL80211_IFTYPE_P2P_DEVICE => {
                    nest_like(w, &a, |w| FrameTypeAttrs::parse(a.nested())?.write_to(w))?
                }
                NL80211_IFTYPE_OCB => {
                    nest_like(w, &a, |w| FrameTypeAttrs::parse(a.nested())?.write_to(w))?
                }
                NL80211_IFTYPE_NAN => {
                    nest_like(w, &a, |w| FrameTypeAttrs::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`SarAttributes`] checks of each attribute, from the descriptors.
static SAR_ATTRIBUTES_CHECKS: [Check; 3] = Check::table(&tables::SAR_ATTRIBUTES);

/// The `sar-attributes` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SarAttributes<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for SarAttributes<'a> {
    const SET: &'static AttrSet = &tables::SAR_ATTRIBUTES;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &SAR_ATTRIBUTES_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&SAR_ATTRIBUTES_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NL80211_SAR_ATTR_TYPE if a.raw_kind() == NL80211_SAR_ATTR_TYPE => {
                    SarAttributesBuilder::new(w).type_(value::u32(&a))?;
                }
                NL80211_SAR_ATTR_SPECS => nest_like(w, &a, |w| {
                    for e in a.nested() {
                        let e = e?;
                        nest_like(w, &e, |w| SarSpecs::parse(e.nested())?.write_to(w))?;
                    }
                    Ok(())
                })?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`SarSpecs`] checks of each attribute, from the descriptors.
static SAR_SPECS_CHECKS: [Check; 5] = Check::table(&tables::SAR_SPECS);

/// The `sar-specs` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SarSpecs<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for SarSpecs<'a> {
    const SET: &'static AttrSet = &tables::SAR_SPECS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &SAR_SPECS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&SAR_SPECS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NL80211_SAR_ATTR_SPECS_POWER if a.raw_kind() == NL80211_SAR_ATTR_SPECS_POWER => {
                    SarSpecsBuilder::new(w).power(value::i32(&a))?;
                }
                NL80211_SAR_ATTR_SPECS_RANGE_INDEX
                    if a.raw_kind() == NL80211_SAR_ATTR_SPECS_RANGE_INDEX =>
                {
                    SarSpecsBuilder::new(w).range_index(value::u32(&a))?;
                }
                NL80211_SAR_ATTR_SPECS_START_FREQ
                    if a.raw_kind() == NL80211_SAR_ATTR_SPECS_START_FREQ =>
                {
                    SarSpecsBuilder::new(w).start_freq(value::u32(&a))?;
                }
                NL80211_SAR_ATTR_SPECS_END_FREQ
                    if a.raw_kind() == NL80211_SAR_ATTR_SPECS_END_FREQ =>
                {
                    SarSpecsBuilder::new(w).end_freq(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`SupportedIftypes`] checks of each attribute, from the descriptors.
static SUPPORTED_IFTYPES_CHECKS: [Check; 13] = Check::table(&tables::SUPPORTED_IFTYPES);

/// The `supported-iftypes` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct SupportedIftypes<'a>(Table<'a, 13>);

impl<'a> AttrView<'a> for SupportedIftypes<'a> {
    const SET: &'static AttrSet = &tables::SUPPORTED_IFTYPES;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &SUPPORTED_IFTYPES_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&SUPPORTED_IFTYPES_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NL80211_IFTYPE_ADHOC if a.raw_kind() == NL80211_IFTYPE_ADHOC => {
                    if a.value().is_empty() {
                        SupportedIftypesBuilder::new(w).adhoc()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_IFTYPE_STATION if a.raw_kind() == NL80211_IFTYPE_STATION => {
                    if a.value().is_empty() {
                        SupportedIftypesBuilder::new(w).station()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_IFTYPE_AP if a.raw_kind() == NL80211_IFTYPE_AP => {
                    if a.value().is_empty() {
                        SupportedIftypesBuilder::new(w).ap()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_IFTYPE_AP_VLAN if a.raw_kind() == NL80211_IFTYPE_AP_VLAN => {
                    if a.value().is_empty() {
                        SupportedIftypesBuilder::new(w).ap_vlan()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_IFTYPE_WDS if a.raw_kind() == NL80211_IFTYPE_WDS => {
                    if a.value().is_empty() {
                        SupportedIftypesBuilder::new(w).wds()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_IFTYPE_MONITOR if a.raw_kind() == NL80211_IFTYPE_MONITOR => {
                    if a.value().is_empty() {
                        SupportedIftypesBuilder::new(w).monitor()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_IFTYPE_MESH_POINT if a.raw_kind() == NL80211_IFTYPE_MESH_POINT => {
                    if a.value().is_empty() {
                        SupportedIftypesBuilder::new(w).mesh_point()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_IFTYPE_P2P_CLIENT if a.raw_kind() == NL80211_IFTYPE_P2P_CLIENT => {
                    if a.value().is_empty() {
                        SupportedIftypesBuilder::new(w).p2p_client()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_IFTYPE_P2P_GO if a.raw_kind() == NL80211_IFTYPE_P2P_GO => {
                    if a.value().is_empty() {
                        SupportedIftypesBuilder::new(w).p2p_go()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_IFTYPE_P2P_DEVICE if a.raw_kind() == NL80211_IFTYPE_P2P_DEVICE => {
                    if a.value().is_empty() {
                        SupportedIftypesBuilder::new(w).p2p_device()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_IFTYPE_OCB if a.raw_kind() == NL80211_IFTYPE_OCB => {
                    if a.value().is_empty() {
                        SupportedIftypesBuilder::new(w).ocb()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_IFTYPE_NAN if a.raw_kind() == NL80211_IFTYPE_NAN => {
                    if a.value().is_empty() {
                        SupportedIftypesBuilder::new(w).nan()?;
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

/// What [`TxqStatsAttrs`] checks of each attribute, from the descriptors.
static TXQ_STATS_ATTRS_CHECKS: [Check; 12] = Check::table(&tables::TXQ_STATS_ATTRS);

/// The `txq-stats-attrs` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct TxqStatsAttrs<'a>(Table<'a, 12>);

impl<'a> AttrView<'a> for TxqStatsAttrs<'a> {
    const SET: &'static AttrSet = &tables::TXQ_STATS_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &TXQ_STATS_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&TXQ_STATS_ATTRS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NL80211_TXQ_STATS_BACKLOG_BYTES
                    if a.raw_kind() == NL80211_TXQ_STATS_BACKLOG_BYTES =>
                {
                    TxqStatsAttrsBuilder::new(w).backlog_bytes(value::u32(&a))?;
                }
                NL80211_TXQ_STATS_BACKLOG_PACKETS
                    if a.raw_kind() == NL80211_TXQ_STATS_BACKLOG_PACKETS =>
                {
                    TxqStatsAttrsBuilder::new(w).backlog_packets(value::u32(&a))?;
                }
                NL80211_TXQ_STATS_FLOWS if a.raw_kind() == NL80211_TXQ_STATS_FLOWS => {
                    TxqStatsAttrsBuilder::new(w).flows(value::u32(&a))?;
                }
                NL80211_TXQ_STATS_DROPS if a.raw_kind() == NL80211_TXQ_STATS_DROPS => {
                    TxqStatsAttrsBuilder::new(w).drops(value::u32(&a))?;
                }
                NL80211_TXQ_STATS_ECN_MARKS if a.raw_kind() == NL80211_TXQ_STATS_ECN_MARKS => {
                    TxqStatsAttrsBuilder::new(w).ecn_marks(value::u32(&a))?;
                }
                NL80211_TXQ_STATS_OVERLIMIT if a.raw_kind() == NL80211_TXQ_STATS_OVERLIMIT => {
                    TxqStatsAttrsBuilder::new(w).overlimit(value::u32(&a))?;
                }
                NL80211_TXQ_STATS_OVERMEMORY if a.raw_kind() == NL80211_TXQ_STATS_OVERMEMORY => {
                    TxqStatsAttrsBuilder::new(w).overmemory(value::u32(&a))?;
                }
                NL80211_TXQ_STATS_COLLISIONS if a.raw_kind() == NL80211_TXQ_STATS_COLLISIONS => {
                    TxqStatsAttrsBuilder::new(w).collisions(value::u32(&a))?;
                }
                NL80211_TXQ_STATS_TX_BYTES if a.raw_kind() == NL80211_TXQ_STATS_TX_BYTES => {
                    TxqStatsAttrsBuilder::new(w).tx_bytes(value::u32(&a))?;
                }
                NL80211_TXQ_STATS_TX_PACKETS if a.raw_kind() == NL80211_TXQ_STATS_TX_PACKETS => {
                    TxqStatsAttrsBuilder::new(w).tx_packets(value::u32(&a))?;
                }
                NL80211_TXQ_STATS_MAX_FLOWS if a.raw_kind() == NL80211_TXQ_STATS_MAX_FLOWS => {
                    TxqStatsAttrsBuilder::new(w).max_flows(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`WmmAttrs`] checks of each attribute, from the descriptors.
static WMM_ATTRS_CHECKS: [Check; 5] = Check::table(&tables::WMM_ATTRS);

/// The `wmm-attrs` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct WmmAttrs<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for WmmAttrs<'a> {
    const SET: &'static AttrSet = &tables::WMM_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &WMM_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&WMM_ATTRS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NL80211_WMMR_CW_MIN if a.raw_kind() == NL80211_WMMR_CW_MIN => {
                    WmmAttrsBuilder::new(w).cw_min(value::u16(&a))?;
                }
                NL80211_WMMR_CW_MAX if a.raw_kind() == NL80211_WMMR_CW_MAX => {
                    WmmAttrsBuilder::new(w).cw_max(value::u16(&a))?;
                }
                NL80211_WMMR_AIFSN if a.raw_kind() == NL80211_WMMR_AIFSN => {
                    WmmAttrsBuilder::new(w).aifsn(value::u8(&a))?;
                }
                NL80211_WMMR_TXOP if a.raw_kind() == NL80211_WMMR_TXOP => {
                    WmmAttrsBuilder::new(w).txop(value::u16(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`WowlanTriggersAttrs`] checks of each attribute, from the descriptors.
static WOWLAN_TRIGGERS_ATTRS_CHECKS: [Check; 21] = Check::table(&tables::WOWLAN_TRIGGERS_ATTRS);

/// The `wowlan-triggers-attrs` attributes of `nl80211`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct WowlanTriggersAttrs<'a>(Table<'a, 21>);

impl<'a> AttrView<'a> for WowlanTriggersAttrs<'a> {
    const SET: &'static AttrSet = &tables::WOWLAN_TRIGGERS_ATTRS;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &WOWLAN_TRIGGERS_ATTRS_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&WOWLAN_TRIGGERS_ATTRS_CHECKS, attrs)
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

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                NL80211_WOWLAN_TRIG_ANY if a.raw_kind() == NL80211_WOWLAN_TRIG_ANY => {
                    if a.value().is_empty() {
                        WowlanTriggersAttrsBuilder::new(w).any()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_WOWLAN_TRIG_DISCONNECT
                    if a.raw_kind() == NL80211_WOWLAN_TRIG_DISCONNECT =>
                {
                    if a.value().is_empty() {
                        WowlanTriggersAttrsBuilder::new(w).disconnect()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_WOWLAN_TRIG_MAGIC_PKT if a.raw_kind() == NL80211_WOWLAN_TRIG_MAGIC_PKT => {
                    if a.value().is_empty() {
                        WowlanTriggersAttrsBuilder::new(w).magic_pkt()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_WOWLAN_TRIG_PKT_PATTERN
                    if a.raw_kind() == NL80211_WOWLAN_TRIG_PKT_PATTERN =>
                {
                    if a.value().is_empty() {
                        WowlanTriggersAttrsBuilder::new(w).pkt_pattern()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_WOWLAN_TRIG_GTK_REKEY_SUPPORTED
                    if a.raw_kind() == NL80211_WOWLAN_TRIG_GTK_REKEY_SUPPORTED =>
                {
                    if a.value().is_empty() {
                        WowlanTriggersAttrsBuilder::new(w).gtk_rekey_supported()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_WOWLAN_TRIG_GTK_REKEY_FAILURE
                    if a.raw_kind() == NL80211_WOWLAN_TRIG_GTK_REKEY_FAILURE =>
                {
                    if a.value().is_empty() {
                        WowlanTriggersAttrsBuilder::new(w).gtk_rekey_failure()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_WOWLAN_TRIG_EAP_IDENT_REQUEST
                    if a.raw_kind() == NL80211_WOWLAN_TRIG_EAP_IDENT_REQUEST =>
                {
                    if a.value().is_empty() {
                        WowlanTriggersAttrsBuilder::new(w).eap_ident_request()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_WOWLAN_TRIG_4WAY_HANDSHAKE
                    if a.raw_kind() == NL80211_WOWLAN_TRIG_4WAY_HANDSHAKE =>
                {
                    if a.value().is_empty() {
                        WowlanTriggersAttrsBuilder::new(w).n4way_handshake()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_WOWLAN_TRIG_RFKILL_RELEASE
                    if a.raw_kind() == NL80211_WOWLAN_TRIG_RFKILL_RELEASE =>
                {
                    if a.value().is_empty() {
                        WowlanTriggersAttrsBuilder::new(w).rfkill_release()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_WOWLAN_TRIG_WAKEUP_PKT_80211
                    if a.raw_kind() == NL80211_WOWLAN_TRIG_WAKEUP_PKT_80211 =>
                {
                    if a.value().is_empty() {
                        WowlanTriggersAttrsBuilder::new(w).wakeup_pkt_80211()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_WOWLAN_TRIG_WAKEUP_PKT_80211_LEN
                    if a.raw_kind() == NL80211_WOWLAN_TRIG_WAKEUP_PKT_80211_LEN =>
                {
                    if a.value().is_empty() {
                        WowlanTriggersAttrsBuilder::new(w).wakeup_pkt_80211_len()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_WOWLAN_TRIG_WAKEUP_PKT_8023
                    if a.raw_kind() == NL80211_WOWLAN_TRIG_WAKEUP_PKT_8023 =>
                {
                    if a.value().is_empty() {
                        WowlanTriggersAttrsBuilder::new(w).wakeup_pkt_8023()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_WOWLAN_TRIG_WAKEUP_PKT_8023_LEN
                    if a.raw_kind() == NL80211_WOWLAN_TRIG_WAKEUP_PKT_8023_LEN =>
                {
                    if a.value().is_empty() {
                        WowlanTriggersAttrsBuilder::new(w).wakeup_pkt_8023_len()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_WOWLAN_TRIG_TCP_CONNECTION
                    if a.raw_kind() == NL80211_WOWLAN_TRIG_TCP_CONNECTION =>
                {
                    if a.value().is_empty() {
                        WowlanTriggersAttrsBuilder::new(w).tcp_connection()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_WOWLAN_TRIG_WAKEUP_TCP_MATCH
                    if a.raw_kind() == NL80211_WOWLAN_TRIG_WAKEUP_TCP_MATCH =>
                {
                    if a.value().is_empty() {
                        WowlanTriggersAttrsBuilder::new(w).wakeup_tcp_match()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_WOWLAN_TRIG_WAKEUP_TCP_CONNLOST
                    if a.raw_kind() == NL80211_WOWLAN_TRIG_WAKEUP_TCP_CONNLOST =>
                {
                    if a.value().is_empty() {
                        WowlanTriggersAttrsBuilder::new(w).wakeup_tcp_connlost()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_WOWLAN_TRIG_WAKEUP_TCP_NOMORETOKENS
                    if a.raw_kind() == NL80211_WOWLAN_TRIG_WAKEUP_TCP_NOMORETOKENS =>
                {
                    if a.value().is_empty() {
                        WowlanTriggersAttrsBuilder::new(w).wakeup_tcp_nomoretokens()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_WOWLAN_TRIG_NET_DETECT
                    if a.raw_kind() == NL80211_WOWLAN_TRIG_NET_DETECT =>
                {
                    if a.value().is_empty() {
                        WowlanTriggersAttrsBuilder::new(w).net_detect()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_WOWLAN_TRIG_NET_DETECT_RESULTS
                    if a.raw_kind() == NL80211_WOWLAN_TRIG_NET_DETECT_RESULTS =>
                {
                    if a.value().is_empty() {
                        WowlanTriggersAttrsBuilder::new(w).net_detect_results()?;
                    } else {
                        raw(w, &a)?;
                    }
                }
                NL80211_WOWLAN_TRIG_UNPROTECTED_DEAUTH_DISASSOC
                    if a.raw_kind() == NL80211_WOWLAN_TRIG_UNPROTECTED_DEAUTH_DISASSOC =>
                {
                    if a.value().is_empty() {
                        WowlanTriggersAttrsBuilder::new(w).unprotected_deauth_disassoc()?;
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

/// Every attribute set of `nl80211` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 16] = [
    SetRoundtrip {
        set: &tables::NL80211_ATTRS,
        run: |attrs, w| Nl80211Attrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::FRAME_TYPE_ATTRS,
        run: |attrs, w| FrameTypeAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::WIPHY_BANDS,
        run: |attrs, w| WiphyBands::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::BAND_ATTRS,
        run: |attrs, w| BandAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::BITRATE_ATTRS,
        run: |attrs, w| BitrateAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::FREQUENCY_ATTRS,
        run: |attrs, w| FrequencyAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::IF_COMBINATION_ATTRIBUTES,
        run: |attrs, w| IfCombinationAttributes::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::IFACE_LIMIT_ATTRIBUTES,
        run: |attrs, w| IfaceLimitAttributes::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::IFTYPE_DATA_ATTRS,
        run: |attrs, w| IftypeDataAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::IFTYPE_ATTRS,
        run: |attrs, w| IftypeAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::SAR_ATTRIBUTES,
        run: |attrs, w| SarAttributes::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::SAR_SPECS,
        run: |attrs, w| SarSpecs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::SUPPORTED_IFTYPES,
        run: |attrs, w| SupportedIftypes::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::TXQ_STATS_ATTRS,
        run: |attrs, w| TxqStatsAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::WMM_ATTRS,
        run: |attrs, w| WmmAttrs::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::WOWLAN_TRIGGERS_ATTRS,
        run: |attrs, w| WowlanTriggersAttrs::parse(attrs)?.write_to(w),
    },
];
