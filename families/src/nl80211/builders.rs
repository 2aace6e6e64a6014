//! Typed builders of `nl80211`: one per attribute set, over the codec's [`Writer`] (so they
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
    /// The `nl80211-attrs` attribute set.
    pub enum Nl80211Attrs {}
    /// The `frame-type-attrs` attribute set.
    pub enum FrameTypeAttrs {}
    /// The `wiphy-bands` attribute set.
    pub enum WiphyBands {}
    /// The `band-attrs` attribute set.
    pub enum BandAttrs {}
    /// The `bitrate-attrs` attribute set.
    pub enum BitrateAttrs {}
    /// The `frequency-attrs` attribute set.
    pub enum FrequencyAttrs {}
    /// The `if-combination-attributes` attribute set.
    pub enum IfCombinationAttributes {}
    /// The `iface-limit-attributes` attribute set.
    pub enum IfaceLimitAttributes {}
    /// The `iftype-data-attrs` attribute set.
    pub enum IftypeDataAttrs {}
    /// The `iftype-attrs` attribute set.
    pub enum IftypeAttrs {}
    /// The `sar-attributes` attribute set.
    pub enum SarAttributes {}
    /// The `sar-specs` attribute set.
    pub enum SarSpecs {}
    /// The `supported-iftypes` attribute set.
    pub enum SupportedIftypes {}
    /// The `txq-stats-attrs` attribute set.
    pub enum TxqStatsAttrs {}
    /// The `wmm-attrs` attribute set.
    pub enum WmmAttrs {}
    /// The `wowlan-triggers-attrs` attribute set.
    pub enum WowlanTriggersAttrs {}
}

/// Writes `nl80211-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type Nl80211AttrsBuilder<'w, B> = Builder<'w, sets::Nl80211Attrs, B>;

impl<B: Buffer> Nl80211AttrsBuilder<'_, B> {
    /// Writes `NL80211_ATTR_WIPHY`.
    pub fn wiphy(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_WIPHY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WIPHY_NAME`.
    pub fn wiphy_name(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NL80211_ATTR_WIPHY_NAME, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_IFINDEX`.
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_IFNAME`.
    pub fn ifname(&mut self, v: &str) -> Result<&mut Self, WriteError> {
        self.w.put_str(NL80211_ATTR_IFNAME, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_IFTYPE`.
    pub fn iftype(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_IFTYPE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MAC`.
    pub fn mac(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_MAC, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_KEY_DATA`.
    pub fn key_data(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_KEY_DATA, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_KEY_IDX`.
    pub fn key_idx(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_KEY_IDX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_KEY_CIPHER`.
    pub fn key_cipher(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_KEY_CIPHER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_KEY_SEQ`.
    pub fn key_seq(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_KEY_SEQ, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_KEY_DEFAULT`.
    pub fn key_default(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_KEY_DEFAULT)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_BEACON_INTERVAL`.
    pub fn beacon_interval(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_BEACON_INTERVAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_DTIM_PERIOD`.
    pub fn dtim_period(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_DTIM_PERIOD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_BEACON_HEAD`.
    pub fn beacon_head(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_BEACON_HEAD, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_BEACON_TAIL`.
    pub fn beacon_tail(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_BEACON_TAIL, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_STA_AID`.
    pub fn sta_aid(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_STA_AID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_STA_FLAGS`.
    pub fn sta_flags(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_STA_FLAGS, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_STA_LISTEN_INTERVAL`.
    pub fn sta_listen_interval(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_STA_LISTEN_INTERVAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_STA_SUPPORTED_RATES`.
    pub fn sta_supported_rates(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_STA_SUPPORTED_RATES, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_STA_VLAN`.
    pub fn sta_vlan(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_STA_VLAN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_STA_INFO`.
    pub fn sta_info(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_STA_INFO, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WIPHY_BANDS`.
    pub fn wiphy_bands(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut WiphyBandsBuilder<'y, B>,
        ) -> Result<&'x mut WiphyBandsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NL80211_ATTR_WIPHY_BANDS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MNTR_FLAGS`.
    pub fn mntr_flags(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_MNTR_FLAGS, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MESH_ID`.
    pub fn mesh_id(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_MESH_ID, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_STA_PLINK_ACTION`.
    pub fn sta_plink_action(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_STA_PLINK_ACTION, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MPATH_NEXT_HOP`.
    pub fn mpath_next_hop(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_MPATH_NEXT_HOP, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MPATH_INFO`.
    pub fn mpath_info(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_MPATH_INFO, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_BSS_CTS_PROT`.
    pub fn bss_cts_prot(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_BSS_CTS_PROT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_BSS_SHORT_PREAMBLE`.
    pub fn bss_short_preamble(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_BSS_SHORT_PREAMBLE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_BSS_SHORT_SLOT_TIME`.
    pub fn bss_short_slot_time(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_BSS_SHORT_SLOT_TIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_HT_CAPABILITY`.
    pub fn ht_capability(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_HT_CAPABILITY, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SUPPORTED_IFTYPES`.
    pub fn supported_iftypes(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut SupportedIftypesBuilder<'y, B>,
        )
            -> Result<&'x mut SupportedIftypesBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NL80211_ATTR_SUPPORTED_IFTYPES, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_REG_ALPHA2`.
    pub fn reg_alpha2(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_REG_ALPHA2, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_REG_RULES`.
    pub fn reg_rules(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_REG_RULES, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MESH_CONFIG`.
    pub fn mesh_config(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_MESH_CONFIG, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_BSS_BASIC_RATES`.
    pub fn bss_basic_rates(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_BSS_BASIC_RATES, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WIPHY_TXQ_PARAMS`.
    pub fn wiphy_txq_params(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_WIPHY_TXQ_PARAMS, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WIPHY_FREQ`.
    pub fn wiphy_freq(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_WIPHY_FREQ, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WIPHY_CHANNEL_TYPE`.
    pub fn wiphy_channel_type(&mut self, v: ChannelType) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_WIPHY_CHANNEL_TYPE, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_KEY_DEFAULT_MGMT`.
    pub fn key_default_mgmt(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_KEY_DEFAULT_MGMT)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MGMT_SUBTYPE`.
    pub fn mgmt_subtype(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_MGMT_SUBTYPE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_IE`.
    pub fn ie(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_IE, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MAX_NUM_SCAN_SSIDS`.
    pub fn max_num_scan_ssids(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_MAX_NUM_SCAN_SSIDS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SCAN_FREQUENCIES`.
    pub fn scan_frequencies(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_SCAN_FREQUENCIES, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SCAN_SSIDS`.
    pub fn scan_ssids(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_SCAN_SSIDS, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_GENERATION`.
    pub fn generation(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_GENERATION, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_BSS`.
    pub fn bss(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_BSS, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_REG_INITIATOR`.
    pub fn reg_initiator(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_REG_INITIATOR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_REG_TYPE`.
    pub fn reg_type(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_REG_TYPE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SUPPORTED_COMMANDS`.
    pub fn supported_commands(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NL80211_ATTR_SUPPORTED_COMMANDS, f)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_FRAME`.
    pub fn frame(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_FRAME, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SSID`.
    pub fn ssid(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_SSID, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_AUTH_TYPE`.
    pub fn auth_type(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_AUTH_TYPE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_REASON_CODE`.
    pub fn reason_code(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_REASON_CODE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_KEY_TYPE`.
    pub fn key_type(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_KEY_TYPE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MAX_SCAN_IE_LEN`.
    pub fn max_scan_ie_len(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_MAX_SCAN_IE_LEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_CIPHER_SUITES`.
    pub fn cipher_suites(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_CIPHER_SUITES, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_FREQ_BEFORE`.
    pub fn freq_before(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_FREQ_BEFORE, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_FREQ_AFTER`.
    pub fn freq_after(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_FREQ_AFTER, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_FREQ_FIXED`.
    pub fn freq_fixed(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_FREQ_FIXED)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WIPHY_RETRY_SHORT`.
    pub fn wiphy_retry_short(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_WIPHY_RETRY_SHORT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WIPHY_RETRY_LONG`.
    pub fn wiphy_retry_long(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_WIPHY_RETRY_LONG, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WIPHY_FRAG_THRESHOLD`.
    pub fn wiphy_frag_threshold(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_WIPHY_FRAG_THRESHOLD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WIPHY_RTS_THRESHOLD`.
    pub fn wiphy_rts_threshold(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_WIPHY_RTS_THRESHOLD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_TIMED_OUT`.
    pub fn timed_out(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_TIMED_OUT)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_USE_MFP`.
    pub fn use_mfp(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_USE_MFP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_STA_FLAGS2`.
    pub fn sta_flags2(&mut self, v: &StaFlagUpdate) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr_with(NL80211_ATTR_STA_FLAGS2, StaFlagUpdate::LEN, |b| {
                v.write_to(b)
            })?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_CONTROL_PORT`.
    pub fn control_port(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_CONTROL_PORT)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_TESTDATA`.
    pub fn testdata(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_TESTDATA, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_PRIVACY`.
    pub fn privacy(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_PRIVACY)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_DISCONNECTED_BY_AP`.
    pub fn disconnected_by_ap(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_DISCONNECTED_BY_AP)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_STATUS_CODE`.
    pub fn status_code(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_STATUS_CODE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_CIPHER_SUITES_PAIRWISE`.
    pub fn cipher_suites_pairwise(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_CIPHER_SUITES_PAIRWISE, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_CIPHER_SUITE_GROUP`.
    pub fn cipher_suite_group(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_CIPHER_SUITE_GROUP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WPA_VERSIONS`.
    pub fn wpa_versions(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_WPA_VERSIONS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_AKM_SUITES`.
    pub fn akm_suites(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_AKM_SUITES, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_REQ_IE`.
    pub fn req_ie(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_REQ_IE, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_RESP_IE`.
    pub fn resp_ie(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_RESP_IE, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_PREV_BSSID`.
    pub fn prev_bssid(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_PREV_BSSID, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_KEY`.
    pub fn key(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_KEY, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_KEYS`.
    pub fn keys(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_KEYS, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_PID`.
    pub fn pid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_PID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_4ADDR`.
    pub fn n4addr(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_4ADDR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SURVEY_INFO`.
    pub fn survey_info(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_SURVEY_INFO, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_PMKID`.
    pub fn pmkid(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_PMKID, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MAX_NUM_PMKIDS`.
    pub fn max_num_pmkids(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_MAX_NUM_PMKIDS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_DURATION`.
    pub fn duration(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_DURATION, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_COOKIE`.
    pub fn cookie(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_COOKIE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WIPHY_COVERAGE_CLASS`.
    pub fn wiphy_coverage_class(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_WIPHY_COVERAGE_CLASS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_TX_RATES`.
    pub fn tx_rates(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_TX_RATES, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_FRAME_MATCH`.
    pub fn frame_match(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_FRAME_MATCH, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_ACK`.
    pub fn ack(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_ACK)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_PS_STATE`.
    pub fn ps_state(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_PS_STATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_CQM`.
    pub fn cqm(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_CQM, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_LOCAL_STATE_CHANGE`.
    pub fn local_state_change(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_LOCAL_STATE_CHANGE)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_AP_ISOLATE`.
    pub fn ap_isolate(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_AP_ISOLATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WIPHY_TX_POWER_SETTING`.
    pub fn wiphy_tx_power_setting(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_WIPHY_TX_POWER_SETTING, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WIPHY_TX_POWER_LEVEL`.
    pub fn wiphy_tx_power_level(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_WIPHY_TX_POWER_LEVEL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_TX_FRAME_TYPES`.
    pub fn tx_frame_types(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut IftypeAttrsBuilder<'y, B>,
        ) -> Result<&'x mut IftypeAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NL80211_ATTR_TX_FRAME_TYPES, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_RX_FRAME_TYPES`.
    pub fn rx_frame_types(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut IftypeAttrsBuilder<'y, B>,
        ) -> Result<&'x mut IftypeAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NL80211_ATTR_RX_FRAME_TYPES, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_FRAME_TYPE`.
    pub fn frame_type(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_FRAME_TYPE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_CONTROL_PORT_ETHERTYPE`.
    pub fn control_port_ethertype(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_CONTROL_PORT_ETHERTYPE)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_CONTROL_PORT_NO_ENCRYPT`.
    pub fn control_port_no_encrypt(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_CONTROL_PORT_NO_ENCRYPT)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SUPPORT_IBSS_RSN`.
    pub fn support_ibss_rsn(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_SUPPORT_IBSS_RSN)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WIPHY_ANTENNA_TX`.
    pub fn wiphy_antenna_tx(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_WIPHY_ANTENNA_TX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WIPHY_ANTENNA_RX`.
    pub fn wiphy_antenna_rx(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_WIPHY_ANTENNA_RX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MCAST_RATE`.
    pub fn mcast_rate(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_MCAST_RATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_OFFCHANNEL_TX_OK`.
    pub fn offchannel_tx_ok(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_OFFCHANNEL_TX_OK)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_BSS_HT_OPMODE`.
    pub fn bss_ht_opmode(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_BSS_HT_OPMODE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_KEY_DEFAULT_TYPES`.
    pub fn key_default_types(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_KEY_DEFAULT_TYPES, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MAX_REMAIN_ON_CHANNEL_DURATION`.
    pub fn max_remain_on_channel_duration(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(
            NL80211_ATTR_MAX_REMAIN_ON_CHANNEL_DURATION,
            &(v).to_ne_bytes(),
        )?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MESH_SETUP`.
    pub fn mesh_setup(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_MESH_SETUP, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WIPHY_ANTENNA_AVAIL_TX`.
    pub fn wiphy_antenna_avail_tx(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_WIPHY_ANTENNA_AVAIL_TX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WIPHY_ANTENNA_AVAIL_RX`.
    pub fn wiphy_antenna_avail_rx(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_WIPHY_ANTENNA_AVAIL_RX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SUPPORT_MESH_AUTH`.
    pub fn support_mesh_auth(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_SUPPORT_MESH_AUTH)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_STA_PLINK_STATE`.
    pub fn sta_plink_state(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_STA_PLINK_STATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WOWLAN_TRIGGERS`.
    pub fn wowlan_triggers(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_WOWLAN_TRIGGERS, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WOWLAN_TRIGGERS_SUPPORTED`.
    pub fn wowlan_triggers_supported(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut WowlanTriggersAttrsBuilder<'y, B>,
        )
            -> Result<&'x mut WowlanTriggersAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(NL80211_ATTR_WOWLAN_TRIGGERS_SUPPORTED, |w| {
                f(&mut Builder::new(w)).map(drop)
            })?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SCHED_SCAN_INTERVAL`.
    pub fn sched_scan_interval(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_SCHED_SCAN_INTERVAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_INTERFACE_COMBINATIONS`.
    pub fn interface_combinations(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NL80211_ATTR_INTERFACE_COMBINATIONS, f)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SOFTWARE_IFTYPES`.
    pub fn software_iftypes(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut SupportedIftypesBuilder<'y, B>,
        )
            -> Result<&'x mut SupportedIftypesBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NL80211_ATTR_SOFTWARE_IFTYPES, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_REKEY_DATA`.
    pub fn rekey_data(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_REKEY_DATA, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MAX_NUM_SCHED_SCAN_SSIDS`.
    pub fn max_num_sched_scan_ssids(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_MAX_NUM_SCHED_SCAN_SSIDS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MAX_SCHED_SCAN_IE_LEN`.
    pub fn max_sched_scan_ie_len(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_MAX_SCHED_SCAN_IE_LEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SCAN_SUPP_RATES`.
    pub fn scan_supp_rates(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_SCAN_SUPP_RATES, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_HIDDEN_SSID`.
    pub fn hidden_ssid(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_HIDDEN_SSID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_IE_PROBE_RESP`.
    pub fn ie_probe_resp(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_IE_PROBE_RESP, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_IE_ASSOC_RESP`.
    pub fn ie_assoc_resp(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_IE_ASSOC_RESP, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_STA_WME`.
    pub fn sta_wme(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_STA_WME, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SUPPORT_AP_UAPSD`.
    pub fn support_ap_uapsd(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_SUPPORT_AP_UAPSD)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_ROAM_SUPPORT`.
    pub fn roam_support(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_ROAM_SUPPORT)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SCHED_SCAN_MATCH`.
    pub fn sched_scan_match(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_SCHED_SCAN_MATCH, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MAX_MATCH_SETS`.
    pub fn max_match_sets(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_MAX_MATCH_SETS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_PMKSA_CANDIDATE`.
    pub fn pmksa_candidate(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_PMKSA_CANDIDATE, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_TX_NO_CCK_RATE`.
    pub fn tx_no_cck_rate(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_TX_NO_CCK_RATE)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_TDLS_ACTION`.
    pub fn tdls_action(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_TDLS_ACTION, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_TDLS_DIALOG_TOKEN`.
    pub fn tdls_dialog_token(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_TDLS_DIALOG_TOKEN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_TDLS_OPERATION`.
    pub fn tdls_operation(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_TDLS_OPERATION, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_TDLS_SUPPORT`.
    pub fn tdls_support(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_TDLS_SUPPORT)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_TDLS_EXTERNAL_SETUP`.
    pub fn tdls_external_setup(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_TDLS_EXTERNAL_SETUP)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_DEVICE_AP_SME`.
    pub fn device_ap_sme(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_DEVICE_AP_SME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_DONT_WAIT_FOR_ACK`.
    pub fn dont_wait_for_ack(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_DONT_WAIT_FOR_ACK)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_FEATURE_FLAGS`.
    pub fn feature_flags(&mut self, v: FeatureFlags) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_FEATURE_FLAGS, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_PROBE_RESP_OFFLOAD`.
    pub fn probe_resp_offload(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_PROBE_RESP_OFFLOAD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_PROBE_RESP`.
    pub fn probe_resp(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_PROBE_RESP, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_DFS_REGION`.
    pub fn dfs_region(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_DFS_REGION, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_DISABLE_HT`.
    pub fn disable_ht(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_DISABLE_HT)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_HT_CAPABILITY_MASK`.
    pub fn ht_capability_mask(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_HT_CAPABILITY_MASK, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_NOACK_MAP`.
    pub fn noack_map(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_NOACK_MAP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_INACTIVITY_TIMEOUT`.
    pub fn inactivity_timeout(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_INACTIVITY_TIMEOUT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_RX_SIGNAL_DBM`.
    pub fn rx_signal_dbm(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_RX_SIGNAL_DBM, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_BG_SCAN_PERIOD`.
    pub fn bg_scan_period(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_BG_SCAN_PERIOD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WDEV`.
    pub fn wdev(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_WDEV, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_USER_REG_HINT_TYPE`.
    pub fn user_reg_hint_type(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_USER_REG_HINT_TYPE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_CONN_FAILED_REASON`.
    pub fn conn_failed_reason(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_CONN_FAILED_REASON, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_AUTH_DATA`.
    pub fn auth_data(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_AUTH_DATA, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_VHT_CAPABILITY`.
    pub fn vht_capability(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_VHT_CAPABILITY, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SCAN_FLAGS`.
    pub fn scan_flags(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_SCAN_FLAGS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_CHANNEL_WIDTH`.
    pub fn channel_width(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_CHANNEL_WIDTH, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_CENTER_FREQ1`.
    pub fn center_freq1(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_CENTER_FREQ1, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_CENTER_FREQ2`.
    pub fn center_freq2(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_CENTER_FREQ2, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_P2P_CTWINDOW`.
    pub fn p2p_ctwindow(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_P2P_CTWINDOW, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_P2P_OPPPS`.
    pub fn p2p_oppps(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_P2P_OPPPS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_LOCAL_MESH_POWER_MODE`.
    pub fn local_mesh_power_mode(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_LOCAL_MESH_POWER_MODE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_ACL_POLICY`.
    pub fn acl_policy(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_ACL_POLICY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MAC_ADDRS`.
    pub fn mac_addrs(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_MAC_ADDRS, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MAC_ACL_MAX`.
    pub fn mac_acl_max(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_MAC_ACL_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_RADAR_EVENT`.
    pub fn radar_event(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_RADAR_EVENT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_EXT_CAPA`.
    pub fn ext_capa(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_EXT_CAPA, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_EXT_CAPA_MASK`.
    pub fn ext_capa_mask(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_EXT_CAPA_MASK, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_STA_CAPABILITY`.
    pub fn sta_capability(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_STA_CAPABILITY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_STA_EXT_CAPABILITY`.
    pub fn sta_ext_capability(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_STA_EXT_CAPABILITY, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_PROTOCOL_FEATURES`.
    pub fn protocol_features(&mut self, v: ProtocolFeatures) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_PROTOCOL_FEATURES, &(v.bits()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SPLIT_WIPHY_DUMP`.
    pub fn split_wiphy_dump(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_SPLIT_WIPHY_DUMP)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_DISABLE_VHT`.
    pub fn disable_vht(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_DISABLE_VHT)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_VHT_CAPABILITY_MASK`.
    pub fn vht_capability_mask(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_VHT_CAPABILITY_MASK, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MDID`.
    pub fn mdid(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_MDID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_IE_RIC`.
    pub fn ie_ric(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_IE_RIC, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_CRIT_PROT_ID`.
    pub fn crit_prot_id(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_CRIT_PROT_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MAX_CRIT_PROT_DURATION`.
    pub fn max_crit_prot_duration(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_MAX_CRIT_PROT_DURATION, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_PEER_AID`.
    pub fn peer_aid(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_PEER_AID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_COALESCE_RULE`.
    pub fn coalesce_rule(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_COALESCE_RULE, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_CH_SWITCH_COUNT`.
    pub fn ch_switch_count(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_CH_SWITCH_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_CH_SWITCH_BLOCK_TX`.
    pub fn ch_switch_block_tx(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_CH_SWITCH_BLOCK_TX)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_CSA_IES`.
    pub fn csa_ies(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_CSA_IES, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_CNTDWN_OFFS_BEACON`.
    pub fn cntdwn_offs_beacon(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_CNTDWN_OFFS_BEACON, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_CNTDWN_OFFS_PRESP`.
    pub fn cntdwn_offs_presp(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_CNTDWN_OFFS_PRESP, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_RXMGMT_FLAGS`.
    pub fn rxmgmt_flags(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_RXMGMT_FLAGS, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_STA_SUPPORTED_CHANNELS`.
    pub fn sta_supported_channels(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_STA_SUPPORTED_CHANNELS, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_STA_SUPPORTED_OPER_CLASSES`.
    pub fn sta_supported_oper_classes(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_STA_SUPPORTED_OPER_CLASSES, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_HANDLE_DFS`.
    pub fn handle_dfs(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_HANDLE_DFS)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SUPPORT_5_MHZ`.
    pub fn support_5_mhz(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_SUPPORT_5_MHZ)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SUPPORT_10_MHZ`.
    pub fn support_10_mhz(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_SUPPORT_10_MHZ)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_OPMODE_NOTIF`.
    pub fn opmode_notif(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_OPMODE_NOTIF, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_VENDOR_ID`.
    pub fn vendor_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_VENDOR_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_VENDOR_SUBCMD`.
    pub fn vendor_subcmd(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_VENDOR_SUBCMD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_VENDOR_DATA`.
    pub fn vendor_data(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_VENDOR_DATA, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_VENDOR_EVENTS`.
    pub fn vendor_events(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_VENDOR_EVENTS, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_QOS_MAP`.
    pub fn qos_map(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_QOS_MAP, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MAC_HINT`.
    pub fn mac_hint(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_MAC_HINT, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WIPHY_FREQ_HINT`.
    pub fn wiphy_freq_hint(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_WIPHY_FREQ_HINT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MAX_AP_ASSOC_STA`.
    pub fn max_ap_assoc_sta(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_MAX_AP_ASSOC_STA, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_TDLS_PEER_CAPABILITY`.
    pub fn tdls_peer_capability(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_TDLS_PEER_CAPABILITY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SOCKET_OWNER`.
    pub fn socket_owner(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_SOCKET_OWNER)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_CSA_C_OFFSETS_TX`.
    pub fn csa_c_offsets_tx(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_CSA_C_OFFSETS_TX, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MAX_CSA_COUNTERS`.
    pub fn max_csa_counters(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_MAX_CSA_COUNTERS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_TDLS_INITIATOR`.
    pub fn tdls_initiator(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_TDLS_INITIATOR)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_USE_RRM`.
    pub fn use_rrm(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_USE_RRM)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WIPHY_DYN_ACK`.
    pub fn wiphy_dyn_ack(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_WIPHY_DYN_ACK)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_TSID`.
    pub fn tsid(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_TSID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_USER_PRIO`.
    pub fn user_prio(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_USER_PRIO, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_ADMITTED_TIME`.
    pub fn admitted_time(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_ADMITTED_TIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SMPS_MODE`.
    pub fn smps_mode(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_SMPS_MODE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_OPER_CLASS`.
    pub fn oper_class(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_OPER_CLASS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MAC_MASK`.
    pub fn mac_mask(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_MAC_MASK, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WIPHY_SELF_MANAGED_REG`.
    pub fn wiphy_self_managed_reg(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_WIPHY_SELF_MANAGED_REG)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_EXT_FEATURES`.
    pub fn ext_features(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_EXT_FEATURES, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SURVEY_RADIO_STATS`.
    pub fn survey_radio_stats(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_SURVEY_RADIO_STATS, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_NETNS_FD`.
    pub fn netns_fd(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_NETNS_FD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SCHED_SCAN_DELAY`.
    pub fn sched_scan_delay(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_SCHED_SCAN_DELAY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_REG_INDOOR`.
    pub fn reg_indoor(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_REG_INDOOR)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MAX_NUM_SCHED_SCAN_PLANS`.
    pub fn max_num_sched_scan_plans(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_MAX_NUM_SCHED_SCAN_PLANS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MAX_SCAN_PLAN_INTERVAL`.
    pub fn max_scan_plan_interval(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_MAX_SCAN_PLAN_INTERVAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MAX_SCAN_PLAN_ITERATIONS`.
    pub fn max_scan_plan_iterations(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_MAX_SCAN_PLAN_ITERATIONS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SCHED_SCAN_PLANS`.
    pub fn sched_scan_plans(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_SCHED_SCAN_PLANS, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_PBSS`.
    pub fn pbss(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_PBSS)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_BSS_SELECT`.
    pub fn bss_select(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_BSS_SELECT, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_STA_SUPPORT_P2P_PS`.
    pub fn sta_support_p2p_ps(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_STA_SUPPORT_P2P_PS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_PAD`.
    pub fn pad(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_PAD, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_IFTYPE_EXT_CAPA`.
    pub fn iftype_ext_capa(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_IFTYPE_EXT_CAPA, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MU_MIMO_GROUP_DATA`.
    pub fn mu_mimo_group_data(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_MU_MIMO_GROUP_DATA, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MU_MIMO_FOLLOW_MAC_ADDR`.
    pub fn mu_mimo_follow_mac_addr(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_MU_MIMO_FOLLOW_MAC_ADDR, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SCAN_START_TIME_TSF`.
    pub fn scan_start_time_tsf(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_SCAN_START_TIME_TSF, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SCAN_START_TIME_TSF_BSSID`.
    pub fn scan_start_time_tsf_bssid(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_SCAN_START_TIME_TSF_BSSID, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MEASUREMENT_DURATION`.
    pub fn measurement_duration(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_MEASUREMENT_DURATION, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MEASUREMENT_DURATION_MANDATORY`.
    pub fn measurement_duration_mandatory(&mut self) -> Result<&mut Self, WriteError> {
        self.w
            .put_flag(NL80211_ATTR_MEASUREMENT_DURATION_MANDATORY)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MESH_PEER_AID`.
    pub fn mesh_peer_aid(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_MESH_PEER_AID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_NAN_MASTER_PREF`.
    pub fn nan_master_pref(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_NAN_MASTER_PREF, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_BANDS`.
    pub fn bands(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_BANDS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_NAN_FUNC`.
    pub fn nan_func(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_NAN_FUNC, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_NAN_MATCH`.
    pub fn nan_match(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_NAN_MATCH, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_FILS_KEK`.
    pub fn fils_kek(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_FILS_KEK, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_FILS_NONCES`.
    pub fn fils_nonces(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_FILS_NONCES, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MULTICAST_TO_UNICAST_ENABLED`.
    pub fn multicast_to_unicast_enabled(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_MULTICAST_TO_UNICAST_ENABLED)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_BSSID`.
    pub fn bssid(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_BSSID, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SCHED_SCAN_RELATIVE_RSSI`.
    pub fn sched_scan_relative_rssi(&mut self, v: i8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_SCHED_SCAN_RELATIVE_RSSI, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SCHED_SCAN_RSSI_ADJUST`.
    pub fn sched_scan_rssi_adjust(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_SCHED_SCAN_RSSI_ADJUST, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_TIMEOUT_REASON`.
    pub fn timeout_reason(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_TIMEOUT_REASON, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_FILS_ERP_USERNAME`.
    pub fn fils_erp_username(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_FILS_ERP_USERNAME, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_FILS_ERP_REALM`.
    pub fn fils_erp_realm(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_FILS_ERP_REALM, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_FILS_ERP_NEXT_SEQ_NUM`.
    pub fn fils_erp_next_seq_num(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_FILS_ERP_NEXT_SEQ_NUM, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_FILS_ERP_RRK`.
    pub fn fils_erp_rrk(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_FILS_ERP_RRK, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_FILS_CACHE_ID`.
    pub fn fils_cache_id(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_FILS_CACHE_ID, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_PMK`.
    pub fn pmk(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_PMK, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SCHED_SCAN_MULTI`.
    pub fn sched_scan_multi(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_SCHED_SCAN_MULTI)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SCHED_SCAN_MAX_REQS`.
    pub fn sched_scan_max_reqs(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_SCHED_SCAN_MAX_REQS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WANT_1X_4WAY_HS`.
    pub fn want_1x_4way_hs(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_WANT_1X_4WAY_HS)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_PMKR0_NAME`.
    pub fn pmkr0_name(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_PMKR0_NAME, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_PORT_AUTHORIZED`.
    pub fn port_authorized(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_PORT_AUTHORIZED, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_EXTERNAL_AUTH_ACTION`.
    pub fn external_auth_action(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_EXTERNAL_AUTH_ACTION, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_EXTERNAL_AUTH_SUPPORT`.
    pub fn external_auth_support(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_EXTERNAL_AUTH_SUPPORT)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_NSS`.
    pub fn nss(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_NSS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_ACK_SIGNAL`.
    pub fn ack_signal(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_ACK_SIGNAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_CONTROL_PORT_OVER_NL80211`.
    pub fn control_port_over_nl80211(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_CONTROL_PORT_OVER_NL80211)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_TXQ_STATS`.
    pub fn txq_stats(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut TxqStatsAttrsBuilder<'y, B>,
        ) -> Result<&'x mut TxqStatsAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NL80211_ATTR_TXQ_STATS, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_TXQ_LIMIT`.
    pub fn txq_limit(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_TXQ_LIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_TXQ_MEMORY_LIMIT`.
    pub fn txq_memory_limit(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_TXQ_MEMORY_LIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_TXQ_QUANTUM`.
    pub fn txq_quantum(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_TXQ_QUANTUM, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_HE_CAPABILITY`.
    pub fn he_capability(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_HE_CAPABILITY, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_FTM_RESPONDER`.
    pub fn ftm_responder(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_FTM_RESPONDER, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_FTM_RESPONDER_STATS`.
    pub fn ftm_responder_stats(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_FTM_RESPONDER_STATS, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_TIMEOUT`.
    pub fn timeout(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_TIMEOUT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_PEER_MEASUREMENTS`.
    pub fn peer_measurements(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_PEER_MEASUREMENTS, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_AIRTIME_WEIGHT`.
    pub fn airtime_weight(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_AIRTIME_WEIGHT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_STA_TX_POWER_SETTING`.
    pub fn sta_tx_power_setting(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_STA_TX_POWER_SETTING, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_STA_TX_POWER`.
    pub fn sta_tx_power(&mut self, v: i16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_STA_TX_POWER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SAE_PASSWORD`.
    pub fn sae_password(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_SAE_PASSWORD, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_TWT_RESPONDER`.
    pub fn twt_responder(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_TWT_RESPONDER)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_HE_OBSS_PD`.
    pub fn he_obss_pd(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_HE_OBSS_PD, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WIPHY_EDMG_CHANNELS`.
    pub fn wiphy_edmg_channels(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_WIPHY_EDMG_CHANNELS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WIPHY_EDMG_BW_CONFIG`.
    pub fn wiphy_edmg_bw_config(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_WIPHY_EDMG_BW_CONFIG, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_VLAN_ID`.
    pub fn vlan_id(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_VLAN_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_HE_BSS_COLOR`.
    pub fn he_bss_color(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_HE_BSS_COLOR, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_IFTYPE_AKM_SUITES`.
    pub fn iftype_akm_suites(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_IFTYPE_AKM_SUITES, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_TID_CONFIG`.
    pub fn tid_config(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_TID_CONFIG, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_CONTROL_PORT_NO_PREAUTH`.
    pub fn control_port_no_preauth(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_CONTROL_PORT_NO_PREAUTH)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_PMK_LIFETIME`.
    pub fn pmk_lifetime(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_PMK_LIFETIME, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_PMK_REAUTH_THRESHOLD`.
    pub fn pmk_reauth_threshold(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_PMK_REAUTH_THRESHOLD, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_RECEIVE_MULTICAST`.
    pub fn receive_multicast(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_RECEIVE_MULTICAST)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WIPHY_FREQ_OFFSET`.
    pub fn wiphy_freq_offset(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_WIPHY_FREQ_OFFSET, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_CENTER_FREQ1_OFFSET`.
    pub fn center_freq1_offset(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_CENTER_FREQ1_OFFSET, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SCAN_FREQ_KHZ`.
    pub fn scan_freq_khz(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_SCAN_FREQ_KHZ, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_HE_6GHZ_CAPABILITY`.
    pub fn he_6ghz_capability(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_HE_6GHZ_CAPABILITY, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_FILS_DISCOVERY`.
    pub fn fils_discovery(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_FILS_DISCOVERY, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_UNSOL_BCAST_PROBE_RESP`.
    pub fn unsol_bcast_probe_resp(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_UNSOL_BCAST_PROBE_RESP, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_S1G_CAPABILITY`.
    pub fn s1g_capability(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_S1G_CAPABILITY, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_S1G_CAPABILITY_MASK`.
    pub fn s1g_capability_mask(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_S1G_CAPABILITY_MASK, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SAE_PWE`.
    pub fn sae_pwe(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_SAE_PWE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_RECONNECT_REQUESTED`.
    pub fn reconnect_requested(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_RECONNECT_REQUESTED, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_SAR_SPEC`.
    pub fn sar_spec(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut SarAttributesBuilder<'y, B>,
        ) -> Result<&'x mut SarAttributesBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(NL80211_ATTR_SAR_SPEC, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_DISABLE_HE`.
    pub fn disable_he(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_DISABLE_HE)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_OBSS_COLOR_BITMAP`.
    pub fn obss_color_bitmap(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_OBSS_COLOR_BITMAP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_COLOR_CHANGE_COUNT`.
    pub fn color_change_count(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_COLOR_CHANGE_COUNT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_COLOR_CHANGE_COLOR`.
    pub fn color_change_color(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_COLOR_CHANGE_COLOR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_COLOR_CHANGE_ELEMS`.
    pub fn color_change_elems(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_COLOR_CHANGE_ELEMS, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MBSSID_CONFIG`.
    pub fn mbssid_config(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_MBSSID_CONFIG, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MBSSID_ELEMS`.
    pub fn mbssid_elems(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_MBSSID_ELEMS, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_RADAR_BACKGROUND`.
    pub fn radar_background(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_RADAR_BACKGROUND)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_AP_SETTINGS_FLAGS`.
    pub fn ap_settings_flags(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_AP_SETTINGS_FLAGS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_EHT_CAPABILITY`.
    pub fn eht_capability(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_EHT_CAPABILITY, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_DISABLE_EHT`.
    pub fn disable_eht(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_DISABLE_EHT)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MLO_LINKS`.
    pub fn mlo_links(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_MLO_LINKS, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MLO_LINK_ID`.
    pub fn mlo_link_id(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_MLO_LINK_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MLD_ADDR`.
    pub fn mld_addr(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_MLD_ADDR, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MLO_SUPPORT`.
    pub fn mlo_support(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_MLO_SUPPORT)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MAX_NUM_AKM_SUITES`.
    pub fn max_num_akm_suites(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_MAX_NUM_AKM_SUITES, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_EML_CAPABILITY`.
    pub fn eml_capability(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_EML_CAPABILITY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MLD_CAPA_AND_OPS`.
    pub fn mld_capa_and_ops(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_MLD_CAPA_AND_OPS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_TX_HW_TIMESTAMP`.
    pub fn tx_hw_timestamp(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_TX_HW_TIMESTAMP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_RX_HW_TIMESTAMP`.
    pub fn rx_hw_timestamp(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_RX_HW_TIMESTAMP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_TD_BITMAP`.
    pub fn td_bitmap(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_TD_BITMAP, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_PUNCT_BITMAP`.
    pub fn punct_bitmap(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_PUNCT_BITMAP, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MAX_HW_TIMESTAMP_PEERS`.
    pub fn max_hw_timestamp_peers(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_MAX_HW_TIMESTAMP_PEERS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_HW_TIMESTAMP_ENABLED`.
    pub fn hw_timestamp_enabled(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_HW_TIMESTAMP_ENABLED)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_EMA_RNR_ELEMS`.
    pub fn ema_rnr_elems(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_EMA_RNR_ELEMS, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MLO_LINK_DISABLED`.
    pub fn mlo_link_disabled(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_MLO_LINK_DISABLED)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_BSS_DUMP_INCLUDE_USE_DATA`.
    pub fn bss_dump_include_use_data(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_BSS_DUMP_INCLUDE_USE_DATA)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MLO_TTLM_DLINK`.
    pub fn mlo_ttlm_dlink(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_MLO_TTLM_DLINK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_MLO_TTLM_ULINK`.
    pub fn mlo_ttlm_ulink(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_MLO_TTLM_ULINK, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_ASSOC_SPP_AMSDU`.
    pub fn assoc_spp_amsdu(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_ATTR_ASSOC_SPP_AMSDU)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WIPHY_RADIOS`.
    pub fn wiphy_radios(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_ATTR_WIPHY_RADIOS, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_WIPHY_INTERFACE_COMBINATIONS`.
    pub fn wiphy_interface_combinations(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_WIPHY_INTERFACE_COMBINATIONS, v)?;
        Ok(self)
    }

    /// Writes `NL80211_ATTR_VIF_RADIO_MASK`.
    pub fn vif_radio_mask(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_VIF_RADIO_MASK, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `frame-type-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FrameTypeAttrsBuilder<'w, B> = Builder<'w, sets::FrameTypeAttrs, B>;

impl<B: Buffer> FrameTypeAttrsBuilder<'_, B> {
    /// Writes `NL80211_ATTR_FRAME_TYPE`.
    pub fn frame_type(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_ATTR_FRAME_TYPE, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `wiphy-bands` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type WiphyBandsBuilder<'w, B> = Builder<'w, sets::WiphyBands, B>;

impl<B: Buffer> WiphyBandsBuilder<'_, B> {
    /// Writes `NL80211_BAND_2GHZ`: 2.4 GHz ISM band
    pub fn n2ghz(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BandAttrsBuilder<'y, B>,
        ) -> Result<&'x mut BandAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(NL80211_BAND_2GHZ, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `NL80211_BAND_5GHZ`: around 5 GHz band (4.9 - 5.7 GHz)
    pub fn n5ghz(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BandAttrsBuilder<'y, B>,
        ) -> Result<&'x mut BandAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(NL80211_BAND_5GHZ, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `NL80211_BAND_60GHZ`: around 60 GHz band (58.32 - 69.12 GHz)
    pub fn n60ghz(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BandAttrsBuilder<'y, B>,
        ) -> Result<&'x mut BandAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(NL80211_BAND_60GHZ, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `NL80211_BAND_6GHZ`.
    pub fn n6ghz(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BandAttrsBuilder<'y, B>,
        ) -> Result<&'x mut BandAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(NL80211_BAND_6GHZ, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `NL80211_BAND_S1GHZ`.
    pub fn s1ghz(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BandAttrsBuilder<'y, B>,
        ) -> Result<&'x mut BandAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(NL80211_BAND_S1GHZ, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `NL80211_BAND_LC`.
    pub fn lc(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut BandAttrsBuilder<'y, B>,
        ) -> Result<&'x mut BandAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(NL80211_BAND_LC, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }
}

/// Writes `band-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type BandAttrsBuilder<'w, B> = Builder<'w, sets::BandAttrs, B>;

impl<B: Buffer> BandAttrsBuilder<'_, B> {
    /// Writes `NL80211_BAND_ATTR_FREQS`.
    pub fn freqs(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NL80211_BAND_ATTR_FREQS, f)?;
        Ok(self)
    }

    /// Writes `NL80211_BAND_ATTR_RATES`.
    pub fn rates(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NL80211_BAND_ATTR_RATES, f)?;
        Ok(self)
    }

    /// Writes `NL80211_BAND_ATTR_HT_MCS_SET`.
    pub fn ht_mcs_set(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_BAND_ATTR_HT_MCS_SET, v)?;
        Ok(self)
    }

    /// Writes `NL80211_BAND_ATTR_HT_CAPA`.
    pub fn ht_capa(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_BAND_ATTR_HT_CAPA, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_BAND_ATTR_HT_AMPDU_FACTOR`.
    pub fn ht_ampdu_factor(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_BAND_ATTR_HT_AMPDU_FACTOR, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_BAND_ATTR_HT_AMPDU_DENSITY`.
    pub fn ht_ampdu_density(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_BAND_ATTR_HT_AMPDU_DENSITY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_BAND_ATTR_VHT_MCS_SET`.
    pub fn vht_mcs_set(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_BAND_ATTR_VHT_MCS_SET, v)?;
        Ok(self)
    }

    /// Writes `NL80211_BAND_ATTR_VHT_CAPA`.
    pub fn vht_capa(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_BAND_ATTR_VHT_CAPA, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_BAND_ATTR_IFTYPE_DATA`.
    pub fn iftype_data(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NL80211_BAND_ATTR_IFTYPE_DATA, f)?;
        Ok(self)
    }

    /// Writes `NL80211_BAND_ATTR_EDMG_CHANNELS`.
    pub fn edmg_channels(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_BAND_ATTR_EDMG_CHANNELS, v)?;
        Ok(self)
    }

    /// Writes `NL80211_BAND_ATTR_EDMG_BW_CONFIG`.
    pub fn edmg_bw_config(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_BAND_ATTR_EDMG_BW_CONFIG, v)?;
        Ok(self)
    }

    /// Writes `NL80211_BAND_ATTR_S1G_MCS_NSS_SET`.
    pub fn s1g_mcs_nss_set(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_BAND_ATTR_S1G_MCS_NSS_SET, v)?;
        Ok(self)
    }

    /// Writes `NL80211_BAND_ATTR_S1G_CAPA`.
    pub fn s1g_capa(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_BAND_ATTR_S1G_CAPA, v)?;
        Ok(self)
    }
}

/// Writes `bitrate-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type BitrateAttrsBuilder<'w, B> = Builder<'w, sets::BitrateAttrs, B>;

impl<B: Buffer> BitrateAttrsBuilder<'_, B> {
    /// Writes `NL80211_BITRATE_ATTR_RATE`.
    pub fn rate(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_BITRATE_ATTR_RATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_BITRATE_ATTR_2GHZ_SHORTPREAMBLE`.
    pub fn n2ghz_shortpreamble(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_BITRATE_ATTR_2GHZ_SHORTPREAMBLE)?;
        Ok(self)
    }
}

/// Writes `frequency-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type FrequencyAttrsBuilder<'w, B> = Builder<'w, sets::FrequencyAttrs, B>;

impl<B: Buffer> FrequencyAttrsBuilder<'_, B> {
    /// Writes `NL80211_FREQUENCY_ATTR_FREQ`.
    pub fn freq(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_FREQUENCY_ATTR_FREQ, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_DISABLED`.
    pub fn disabled(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_FREQUENCY_ATTR_DISABLED)?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_NO_IR`.
    pub fn no_ir(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_FREQUENCY_ATTR_NO_IR)?;
        Ok(self)
    }

    /// Writes `__NL80211_FREQUENCY_ATTR_NO_IBSS`.
    pub fn no_ibss(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(__NL80211_FREQUENCY_ATTR_NO_IBSS)?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_RADAR`.
    pub fn radar(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_FREQUENCY_ATTR_RADAR)?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_MAX_TX_POWER`.
    pub fn max_tx_power(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_FREQUENCY_ATTR_MAX_TX_POWER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_DFS_STATE`.
    pub fn dfs_state(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_FREQUENCY_ATTR_DFS_STATE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_DFS_TIME`.
    pub fn dfs_time(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_FREQUENCY_ATTR_DFS_TIME, v)?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_NO_HT40_MINUS`.
    pub fn no_ht40_minus(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_FREQUENCY_ATTR_NO_HT40_MINUS, v)?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_NO_HT40_PLUS`.
    pub fn no_ht40_plus(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_FREQUENCY_ATTR_NO_HT40_PLUS, v)?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_NO_80MHZ`.
    pub fn no_80mhz(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_FREQUENCY_ATTR_NO_80MHZ, v)?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_NO_160MHZ`.
    pub fn no_160mhz(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_FREQUENCY_ATTR_NO_160MHZ, v)?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_DFS_CAC_TIME`.
    pub fn dfs_cac_time(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_FREQUENCY_ATTR_DFS_CAC_TIME, v)?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_INDOOR_ONLY`.
    pub fn indoor_only(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_FREQUENCY_ATTR_INDOOR_ONLY, v)?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_IR_CONCURRENT`.
    pub fn ir_concurrent(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_FREQUENCY_ATTR_IR_CONCURRENT, v)?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_NO_20MHZ`.
    pub fn no_20mhz(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_FREQUENCY_ATTR_NO_20MHZ, v)?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_NO_10MHZ`.
    pub fn no_10mhz(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_FREQUENCY_ATTR_NO_10MHZ, v)?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_WMM`.
    pub fn wmm(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NL80211_FREQUENCY_ATTR_WMM, f)?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_NO_HE`.
    pub fn no_he(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_FREQUENCY_ATTR_NO_HE, v)?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_OFFSET`.
    pub fn offset(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_FREQUENCY_ATTR_OFFSET, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_1MHZ`.
    pub fn n1mhz(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_FREQUENCY_ATTR_1MHZ, v)?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_2MHZ`.
    pub fn n2mhz(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_FREQUENCY_ATTR_2MHZ, v)?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_4MHZ`.
    pub fn n4mhz(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_FREQUENCY_ATTR_4MHZ, v)?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_8MHZ`.
    pub fn n8mhz(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_FREQUENCY_ATTR_8MHZ, v)?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_16MHZ`.
    pub fn n16mhz(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_FREQUENCY_ATTR_16MHZ, v)?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_NO_320MHZ`.
    pub fn no_320mhz(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_FREQUENCY_ATTR_NO_320MHZ, v)?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_NO_EHT`.
    pub fn no_eht(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_FREQUENCY_ATTR_NO_EHT, v)?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_PSD`.
    pub fn psd(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_FREQUENCY_ATTR_PSD, v)?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_DFS_CONCURRENT`.
    pub fn dfs_concurrent(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_FREQUENCY_ATTR_DFS_CONCURRENT, v)?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_NO_6GHZ_VLP_CLIENT`.
    pub fn no_6ghz_vlp_client(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_FREQUENCY_ATTR_NO_6GHZ_VLP_CLIENT, v)?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_NO_6GHZ_AFC_CLIENT`.
    pub fn no_6ghz_afc_client(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_FREQUENCY_ATTR_NO_6GHZ_AFC_CLIENT, v)?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_CAN_MONITOR`.
    pub fn can_monitor(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_FREQUENCY_ATTR_CAN_MONITOR, v)?;
        Ok(self)
    }

    /// Writes `NL80211_FREQUENCY_ATTR_ALLOW_6GHZ_VLP_AP`.
    pub fn allow_6ghz_vlp_ap(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_FREQUENCY_ATTR_ALLOW_6GHZ_VLP_AP, v)?;
        Ok(self)
    }
}

/// Writes `if-combination-attributes` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type IfCombinationAttributesBuilder<'w, B> = Builder<'w, sets::IfCombinationAttributes, B>;

impl<B: Buffer> IfCombinationAttributesBuilder<'_, B> {
    /// Writes `NL80211_IFACE_COMB_LIMITS`.
    pub fn limits(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NL80211_IFACE_COMB_LIMITS, f)?;
        Ok(self)
    }

    /// Writes `NL80211_IFACE_COMB_MAXNUM`.
    pub fn maxnum(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_IFACE_COMB_MAXNUM, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_IFACE_COMB_STA_AP_BI_MATCH`.
    pub fn sta_ap_bi_match(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_IFACE_COMB_STA_AP_BI_MATCH)?;
        Ok(self)
    }

    /// Writes `NL80211_IFACE_COMB_NUM_CHANNELS`.
    pub fn num_channels(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_IFACE_COMB_NUM_CHANNELS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_IFACE_COMB_RADAR_DETECT_WIDTHS`.
    pub fn radar_detect_widths(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_IFACE_COMB_RADAR_DETECT_WIDTHS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_IFACE_COMB_RADAR_DETECT_REGIONS`.
    pub fn radar_detect_regions(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_IFACE_COMB_RADAR_DETECT_REGIONS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_IFACE_COMB_BI_MIN_GCD`.
    pub fn bi_min_gcd(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_IFACE_COMB_BI_MIN_GCD, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `iface-limit-attributes` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type IfaceLimitAttributesBuilder<'w, B> = Builder<'w, sets::IfaceLimitAttributes, B>;

impl<B: Buffer> IfaceLimitAttributesBuilder<'_, B> {
    /// Writes `NL80211_IFACE_LIMIT_MAX`.
    pub fn max(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_IFACE_LIMIT_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_IFACE_LIMIT_TYPES`.
    pub fn types(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut SupportedIftypesBuilder<'y, B>,
        )
            -> Result<&'x mut SupportedIftypesBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NL80211_IFACE_LIMIT_TYPES, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `iftype-data-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type IftypeDataAttrsBuilder<'w, B> = Builder<'w, sets::IftypeDataAttrs, B>;

impl<B: Buffer> IftypeDataAttrsBuilder<'_, B> {
    /// Writes `NL80211_BAND_IFTYPE_ATTR_IFTYPES`.
    pub fn iftypes(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_BAND_IFTYPE_ATTR_IFTYPES, v)?;
        Ok(self)
    }

    /// Writes `NL80211_BAND_IFTYPE_ATTR_HE_CAP_MAC`.
    pub fn he_cap_mac(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_BAND_IFTYPE_ATTR_HE_CAP_MAC, v)?;
        Ok(self)
    }

    /// Writes `NL80211_BAND_IFTYPE_ATTR_HE_CAP_PHY`.
    pub fn he_cap_phy(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_BAND_IFTYPE_ATTR_HE_CAP_PHY, v)?;
        Ok(self)
    }

    /// Writes `NL80211_BAND_IFTYPE_ATTR_HE_CAP_MCS_SET`.
    pub fn he_cap_mcs_set(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_BAND_IFTYPE_ATTR_HE_CAP_MCS_SET, v)?;
        Ok(self)
    }

    /// Writes `NL80211_BAND_IFTYPE_ATTR_HE_CAP_PPE`.
    pub fn he_cap_ppe(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_BAND_IFTYPE_ATTR_HE_CAP_PPE, v)?;
        Ok(self)
    }

    /// Writes `NL80211_BAND_IFTYPE_ATTR_HE_6GHZ_CAPA`.
    pub fn he_6ghz_capa(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_BAND_IFTYPE_ATTR_HE_6GHZ_CAPA, v)?;
        Ok(self)
    }

    /// Writes `NL80211_BAND_IFTYPE_ATTR_VENDOR_ELEMS`.
    pub fn vendor_elems(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_BAND_IFTYPE_ATTR_VENDOR_ELEMS, v)?;
        Ok(self)
    }

    /// Writes `NL80211_BAND_IFTYPE_ATTR_EHT_CAP_MAC`.
    pub fn eht_cap_mac(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_BAND_IFTYPE_ATTR_EHT_CAP_MAC, v)?;
        Ok(self)
    }

    /// Writes `NL80211_BAND_IFTYPE_ATTR_EHT_CAP_PHY`.
    pub fn eht_cap_phy(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_BAND_IFTYPE_ATTR_EHT_CAP_PHY, v)?;
        Ok(self)
    }

    /// Writes `NL80211_BAND_IFTYPE_ATTR_EHT_CAP_MCS_SET`.
    pub fn eht_cap_mcs_set(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_BAND_IFTYPE_ATTR_EHT_CAP_MCS_SET, v)?;
        Ok(self)
    }

    /// Writes `NL80211_BAND_IFTYPE_ATTR_EHT_CAP_PPE`.
    pub fn eht_cap_ppe(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_BAND_IFTYPE_ATTR_EHT_CAP_PPE, v)?;
        Ok(self)
    }
}

/// Writes `iftype-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type IftypeAttrsBuilder<'w, B> = Builder<'w, sets::IftypeAttrs, B>;

impl<B: Buffer> IftypeAttrsBuilder<'_, B> {
    /// Writes `NL80211_IFTYPE_UNSPECIFIED`.
    pub fn unspecified(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FrameTypeAttrsBuilder<'y, B>,
        ) -> Result<&'x mut FrameTypeAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NL80211_IFTYPE_UNSPECIFIED, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NL80211_IFTYPE_ADHOC`.
    pub fn adhoc(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FrameTypeAttrsBuilder<'y, B>,
        ) -> Result<&'x mut FrameTypeAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(NL80211_IFTYPE_ADHOC, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `NL80211_IFTYPE_STATION`.
    pub fn station(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FrameTypeAttrsBuilder<'y, B>,
        ) -> Result<&'x mut FrameTypeAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NL80211_IFTYPE_STATION, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NL80211_IFTYPE_AP`.
    pub fn ap(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FrameTypeAttrsBuilder<'y, B>,
        ) -> Result<&'x mut FrameTypeAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(NL80211_IFTYPE_AP, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `NL80211_IFTYPE_AP_VLAN`.
    pub fn ap_vlan(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FrameTypeAttrsBuilder<'y, B>,
        ) -> Result<&'x mut FrameTypeAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NL80211_IFTYPE_AP_VLAN, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NL80211_IFTYPE_WDS`.
    pub fn wds(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FrameTypeAttrsBuilder<'y, B>,
        ) -> Result<&'x mut FrameTypeAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(NL80211_IFTYPE_WDS, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `NL80211_IFTYPE_MONITOR`.
    pub fn monitor(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FrameTypeAttrsBuilder<'y, B>,
        ) -> Result<&'x mut FrameTypeAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NL80211_IFTYPE_MONITOR, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NL80211_IFTYPE_MESH_POINT`.
    pub fn mesh_point(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FrameTypeAttrsBuilder<'y, B>,
        ) -> Result<&'x mut FrameTypeAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NL80211_IFTYPE_MESH_POINT, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NL80211_IFTYPE_P2P_CLIENT`.
    pub fn p2p_client(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FrameTypeAttrsBuilder<'y, B>,
        ) -> Result<&'x mut FrameTypeAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NL80211_IFTYPE_P2P_CLIENT, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NL80211_IFTYPE_P2P_GO`.
    pub fn p2p_go(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FrameTypeAttrsBuilder<'y, B>,
        ) -> Result<&'x mut FrameTypeAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(NL80211_IFTYPE_P2P_GO, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `NL80211_IFTYPE_P2P_DEVICE`.
    pub fn p2p_device(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FrameTypeAttrsBuilder<'y, B>,
        ) -> Result<&'x mut FrameTypeAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NL80211_IFTYPE_P2P_DEVICE, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `NL80211_IFTYPE_OCB`.
    pub fn ocb(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FrameTypeAttrsBuilder<'y, B>,
        ) -> Result<&'x mut FrameTypeAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(NL80211_IFTYPE_OCB, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `NL80211_IFTYPE_NAN`.
    pub fn nan(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut FrameTypeAttrsBuilder<'y, B>,
        ) -> Result<&'x mut FrameTypeAttrsBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(NL80211_IFTYPE_NAN, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }
}

/// Writes `sar-attributes` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type SarAttributesBuilder<'w, B> = Builder<'w, sets::SarAttributes, B>;

impl<B: Buffer> SarAttributesBuilder<'_, B> {
    /// Writes `NL80211_SAR_ATTR_TYPE`.
    pub fn type_(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_SAR_ATTR_TYPE, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_SAR_ATTR_SPECS`.
    pub fn specs(
        &mut self,
        f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(NL80211_SAR_ATTR_SPECS, f)?;
        Ok(self)
    }
}

/// Writes `sar-specs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type SarSpecsBuilder<'w, B> = Builder<'w, sets::SarSpecs, B>;

impl<B: Buffer> SarSpecsBuilder<'_, B> {
    /// Writes `NL80211_SAR_ATTR_SPECS_POWER`.
    pub fn power(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_SAR_ATTR_SPECS_POWER, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_SAR_ATTR_SPECS_RANGE_INDEX`.
    pub fn range_index(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_SAR_ATTR_SPECS_RANGE_INDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_SAR_ATTR_SPECS_START_FREQ`.
    pub fn start_freq(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_SAR_ATTR_SPECS_START_FREQ, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_SAR_ATTR_SPECS_END_FREQ`.
    pub fn end_freq(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_SAR_ATTR_SPECS_END_FREQ, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `supported-iftypes` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type SupportedIftypesBuilder<'w, B> = Builder<'w, sets::SupportedIftypes, B>;

impl<B: Buffer> SupportedIftypesBuilder<'_, B> {
    /// Writes `NL80211_IFTYPE_ADHOC`.
    pub fn adhoc(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_IFTYPE_ADHOC)?;
        Ok(self)
    }

    /// Writes `NL80211_IFTYPE_STATION`.
    pub fn station(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_IFTYPE_STATION)?;
        Ok(self)
    }

    /// Writes `NL80211_IFTYPE_AP`.
    pub fn ap(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_IFTYPE_AP)?;
        Ok(self)
    }

    /// Writes `NL80211_IFTYPE_AP_VLAN`.
    pub fn ap_vlan(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_IFTYPE_AP_VLAN)?;
        Ok(self)
    }

    /// Writes `NL80211_IFTYPE_WDS`.
    pub fn wds(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_IFTYPE_WDS)?;
        Ok(self)
    }

    /// Writes `NL80211_IFTYPE_MONITOR`.
    pub fn monitor(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_IFTYPE_MONITOR)?;
        Ok(self)
    }

    /// Writes `NL80211_IFTYPE_MESH_POINT`.
    pub fn mesh_point(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_IFTYPE_MESH_POINT)?;
        Ok(self)
    }

    /// Writes `NL80211_IFTYPE_P2P_CLIENT`.
    pub fn p2p_client(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_IFTYPE_P2P_CLIENT)?;
        Ok(self)
    }

    /// Writes `NL80211_IFTYPE_P2P_GO`.
    pub fn p2p_go(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_IFTYPE_P2P_GO)?;
        Ok(self)
    }

    /// Writes `NL80211_IFTYPE_P2P_DEVICE`.
    pub fn p2p_device(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_IFTYPE_P2P_DEVICE)?;
        Ok(self)
    }

    /// Writes `NL80211_IFTYPE_OCB`.
    pub fn ocb(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_IFTYPE_OCB)?;
        Ok(self)
    }

    /// Writes `NL80211_IFTYPE_NAN`.
    pub fn nan(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_IFTYPE_NAN)?;
        Ok(self)
    }
}

/// Writes `txq-stats-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type TxqStatsAttrsBuilder<'w, B> = Builder<'w, sets::TxqStatsAttrs, B>;

impl<B: Buffer> TxqStatsAttrsBuilder<'_, B> {
    /// Writes `NL80211_TXQ_STATS_BACKLOG_BYTES`.
    pub fn backlog_bytes(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_TXQ_STATS_BACKLOG_BYTES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_TXQ_STATS_BACKLOG_PACKETS`.
    pub fn backlog_packets(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_TXQ_STATS_BACKLOG_PACKETS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_TXQ_STATS_FLOWS`.
    pub fn flows(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_TXQ_STATS_FLOWS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_TXQ_STATS_DROPS`.
    pub fn drops(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_TXQ_STATS_DROPS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_TXQ_STATS_ECN_MARKS`.
    pub fn ecn_marks(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_TXQ_STATS_ECN_MARKS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_TXQ_STATS_OVERLIMIT`.
    pub fn overlimit(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_TXQ_STATS_OVERLIMIT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_TXQ_STATS_OVERMEMORY`.
    pub fn overmemory(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_TXQ_STATS_OVERMEMORY, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_TXQ_STATS_COLLISIONS`.
    pub fn collisions(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_TXQ_STATS_COLLISIONS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_TXQ_STATS_TX_BYTES`.
    pub fn tx_bytes(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_TXQ_STATS_TX_BYTES, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_TXQ_STATS_TX_PACKETS`.
    pub fn tx_packets(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_TXQ_STATS_TX_PACKETS, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_TXQ_STATS_MAX_FLOWS`.
    pub fn max_flows(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(NL80211_TXQ_STATS_MAX_FLOWS, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `wmm-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type WmmAttrsBuilder<'w, B> = Builder<'w, sets::WmmAttrs, B>;

impl<B: Buffer> WmmAttrsBuilder<'_, B> {
    /// Writes `NL80211_WMMR_CW_MIN`.
    pub fn cw_min(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_WMMR_CW_MIN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_WMMR_CW_MAX`.
    pub fn cw_max(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_WMMR_CW_MAX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_WMMR_AIFSN`.
    pub fn aifsn(&mut self, v: u8) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_WMMR_AIFSN, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `NL80211_WMMR_TXOP`.
    pub fn txop(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w.put_attr(NL80211_WMMR_TXOP, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `wowlan-triggers-attrs` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type WowlanTriggersAttrsBuilder<'w, B> = Builder<'w, sets::WowlanTriggersAttrs, B>;

impl<B: Buffer> WowlanTriggersAttrsBuilder<'_, B> {
    /// Writes `NL80211_WOWLAN_TRIG_ANY`.
    pub fn any(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_WOWLAN_TRIG_ANY)?;
        Ok(self)
    }

    /// Writes `NL80211_WOWLAN_TRIG_DISCONNECT`.
    pub fn disconnect(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_WOWLAN_TRIG_DISCONNECT)?;
        Ok(self)
    }

    /// Writes `NL80211_WOWLAN_TRIG_MAGIC_PKT`.
    pub fn magic_pkt(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_WOWLAN_TRIG_MAGIC_PKT)?;
        Ok(self)
    }

    /// Writes `NL80211_WOWLAN_TRIG_PKT_PATTERN`.
    pub fn pkt_pattern(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_WOWLAN_TRIG_PKT_PATTERN)?;
        Ok(self)
    }

    /// Writes `NL80211_WOWLAN_TRIG_GTK_REKEY_SUPPORTED`.
    pub fn gtk_rekey_supported(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_WOWLAN_TRIG_GTK_REKEY_SUPPORTED)?;
        Ok(self)
    }

    /// Writes `NL80211_WOWLAN_TRIG_GTK_REKEY_FAILURE`.
    pub fn gtk_rekey_failure(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_WOWLAN_TRIG_GTK_REKEY_FAILURE)?;
        Ok(self)
    }

    /// Writes `NL80211_WOWLAN_TRIG_EAP_IDENT_REQUEST`.
    pub fn eap_ident_request(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_WOWLAN_TRIG_EAP_IDENT_REQUEST)?;
        Ok(self)
    }

    /// Writes `NL80211_WOWLAN_TRIG_4WAY_HANDSHAKE`.
    pub fn n4way_handshake(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_WOWLAN_TRIG_4WAY_HANDSHAKE)?;
        Ok(self)
    }

    /// Writes `NL80211_WOWLAN_TRIG_RFKILL_RELEASE`.
    pub fn rfkill_release(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_WOWLAN_TRIG_RFKILL_RELEASE)?;
        Ok(self)
    }

    /// Writes `NL80211_WOWLAN_TRIG_WAKEUP_PKT_80211`.
    pub fn wakeup_pkt_80211(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_WOWLAN_TRIG_WAKEUP_PKT_80211)?;
        Ok(self)
    }

    /// Writes `NL80211_WOWLAN_TRIG_WAKEUP_PKT_80211_LEN`.
    pub fn wakeup_pkt_80211_len(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_WOWLAN_TRIG_WAKEUP_PKT_80211_LEN)?;
        Ok(self)
    }

    /// Writes `NL80211_WOWLAN_TRIG_WAKEUP_PKT_8023`.
    pub fn wakeup_pkt_8023(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_WOWLAN_TRIG_WAKEUP_PKT_8023)?;
        Ok(self)
    }

    /// Writes `NL80211_WOWLAN_TRIG_WAKEUP_PKT_8023_LEN`.
    pub fn wakeup_pkt_8023_len(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_WOWLAN_TRIG_WAKEUP_PKT_8023_LEN)?;
        Ok(self)
    }

    /// Writes `NL80211_WOWLAN_TRIG_TCP_CONNECTION`.
    pub fn tcp_connection(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_WOWLAN_TRIG_TCP_CONNECTION)?;
        Ok(self)
    }

    /// Writes `NL80211_WOWLAN_TRIG_WAKEUP_TCP_MATCH`.
    pub fn wakeup_tcp_match(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_WOWLAN_TRIG_WAKEUP_TCP_MATCH)?;
        Ok(self)
    }

    /// Writes `NL80211_WOWLAN_TRIG_WAKEUP_TCP_CONNLOST`.
    pub fn wakeup_tcp_connlost(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_WOWLAN_TRIG_WAKEUP_TCP_CONNLOST)?;
        Ok(self)
    }

    /// Writes `NL80211_WOWLAN_TRIG_WAKEUP_TCP_NOMORETOKENS`.
    pub fn wakeup_tcp_nomoretokens(&mut self) -> Result<&mut Self, WriteError> {
        self.w
            .put_flag(NL80211_WOWLAN_TRIG_WAKEUP_TCP_NOMORETOKENS)?;
        Ok(self)
    }

    /// Writes `NL80211_WOWLAN_TRIG_NET_DETECT`.
    pub fn net_detect(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_WOWLAN_TRIG_NET_DETECT)?;
        Ok(self)
    }

    /// Writes `NL80211_WOWLAN_TRIG_NET_DETECT_RESULTS`.
    pub fn net_detect_results(&mut self) -> Result<&mut Self, WriteError> {
        self.w.put_flag(NL80211_WOWLAN_TRIG_NET_DETECT_RESULTS)?;
        Ok(self)
    }

    /// Writes `NL80211_WOWLAN_TRIG_UNPROTECTED_DEAUTH_DISASSOC`.
    pub fn unprotected_deauth_disassoc(&mut self) -> Result<&mut Self, WriteError> {
        self.w
            .put_flag(NL80211_WOWLAN_TRIG_UNPROTECTED_DEAUTH_DISASSOC)?;
        Ok(self)
    }
}
