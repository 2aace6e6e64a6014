//! The enums, flags and fixed structs of `nl80211`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

nl_enum! {
    /// The `commands` enum of `nl80211`.
    pub enum Commands: u32 => tables::COMMANDS {
        /// `NL80211_COMMANDS_UNSPEC`
        Unspec = 0,
        /// `NL80211_COMMANDS_GET_WIPHY`
        GetWiphy = 1,
        /// `NL80211_COMMANDS_SET_WIPHY`
        SetWiphy = 2,
        /// `NL80211_COMMANDS_NEW_WIPHY`
        NewWiphy = 3,
        /// `NL80211_COMMANDS_DEL_WIPHY`
        DelWiphy = 4,
        /// `NL80211_COMMANDS_GET_INTERFACE`
        GetInterface = 5,
        /// `NL80211_COMMANDS_SET_INTERFACE`
        SetInterface = 6,
        /// `NL80211_COMMANDS_NEW_INTERFACE`
        NewInterface = 7,
        /// `NL80211_COMMANDS_DEL_INTERFACE`
        DelInterface = 8,
        /// `NL80211_COMMANDS_GET_KEY`
        GetKey = 9,
        /// `NL80211_COMMANDS_SET_KEY`
        SetKey = 10,
        /// `NL80211_COMMANDS_NEW_KEY`
        NewKey = 11,
        /// `NL80211_COMMANDS_DEL_KEY`
        DelKey = 12,
        /// `NL80211_COMMANDS_GET_BEACON`
        GetBeacon = 13,
        /// `NL80211_COMMANDS_SET_BEACON`
        SetBeacon = 14,
        /// `NL80211_COMMANDS_NEW_BEACON`
        NewBeacon = 15,
        /// `NL80211_COMMANDS_DEL_BEACON`
        DelBeacon = 16,
        /// `NL80211_COMMANDS_GET_STATION`
        GetStation = 17,
        /// `NL80211_COMMANDS_SET_STATION`
        SetStation = 18,
        /// `NL80211_COMMANDS_NEW_STATION`
        NewStation = 19,
        /// `NL80211_COMMANDS_DEL_STATION`
        DelStation = 20,
        /// `NL80211_COMMANDS_GET_MPATH`
        GetMpath = 21,
        /// `NL80211_COMMANDS_SET_MPATH`
        SetMpath = 22,
        /// `NL80211_COMMANDS_NEW_MPATH`
        NewMpath = 23,
        /// `NL80211_COMMANDS_DEL_MPATH`
        DelMpath = 24,
        /// `NL80211_COMMANDS_SET_BSS`
        SetBss = 25,
        /// `NL80211_COMMANDS_SET_REG`
        SetReg = 26,
        /// `NL80211_COMMANDS_REQ_SET_REG`
        ReqSetReg = 27,
        /// `NL80211_COMMANDS_GET_MESH_CONFIG`
        GetMeshConfig = 28,
        /// `NL80211_COMMANDS_SET_MESH_CONFIG`
        SetMeshConfig = 29,
        /// `NL80211_COMMANDS_SET_MGMT_EXTRA_IE`
        SetMgmtExtraIe = 30,
        /// `NL80211_COMMANDS_GET_REG`
        GetReg = 31,
        /// `NL80211_COMMANDS_GET_SCAN`
        GetScan = 32,
        /// `NL80211_COMMANDS_TRIGGER_SCAN`
        TriggerScan = 33,
        /// `NL80211_COMMANDS_NEW_SCAN_RESULTS`
        NewScanResults = 34,
        /// `NL80211_COMMANDS_SCAN_ABORTED`
        ScanAborted = 35,
        /// `NL80211_COMMANDS_REG_CHANGE`
        RegChange = 36,
        /// `NL80211_COMMANDS_AUTHENTICATE`
        Authenticate = 37,
        /// `NL80211_COMMANDS_ASSOCIATE`
        Associate = 38,
        /// `NL80211_COMMANDS_DEAUTHENTICATE`
        Deauthenticate = 39,
        /// `NL80211_COMMANDS_DISASSOCIATE`
        Disassociate = 40,
        /// `NL80211_COMMANDS_MICHAEL_MIC_FAILURE`
        MichaelMicFailure = 41,
        /// `NL80211_COMMANDS_REG_BEACON_HINT`
        RegBeaconHint = 42,
        /// `NL80211_COMMANDS_JOIN_IBSS`
        JoinIbss = 43,
        /// `NL80211_COMMANDS_LEAVE_IBSS`
        LeaveIbss = 44,
        /// `NL80211_COMMANDS_TESTMODE`
        Testmode = 45,
        /// `NL80211_COMMANDS_CONNECT`
        Connect = 46,
        /// `NL80211_COMMANDS_ROAM`
        Roam = 47,
        /// `NL80211_COMMANDS_DISCONNECT`
        Disconnect = 48,
        /// `NL80211_COMMANDS_SET_WIPHY_NETNS`
        SetWiphyNetns = 49,
        /// `NL80211_COMMANDS_GET_SURVEY`
        GetSurvey = 50,
        /// `NL80211_COMMANDS_NEW_SURVEY_RESULTS`
        NewSurveyResults = 51,
        /// `NL80211_COMMANDS_SET_PMKSA`
        SetPmksa = 52,
        /// `NL80211_COMMANDS_DEL_PMKSA`
        DelPmksa = 53,
        /// `NL80211_COMMANDS_FLUSH_PMKSA`
        FlushPmksa = 54,
        /// `NL80211_COMMANDS_REMAIN_ON_CHANNEL`
        RemainOnChannel = 55,
        /// `NL80211_COMMANDS_CANCEL_REMAIN_ON_CHANNEL`
        CancelRemainOnChannel = 56,
        /// `NL80211_COMMANDS_SET_TX_BITRATE_MASK`
        SetTxBitrateMask = 57,
        /// `NL80211_COMMANDS_REGISTER_ACTION`
        RegisterAction = 58,
        /// `NL80211_COMMANDS_ACTION`
        Action = 59,
        /// `NL80211_COMMANDS_ACTION_TX_STATUS`
        ActionTxStatus = 60,
        /// `NL80211_COMMANDS_SET_POWER_SAVE`
        SetPowerSave = 61,
        /// `NL80211_COMMANDS_GET_POWER_SAVE`
        GetPowerSave = 62,
        /// `NL80211_COMMANDS_SET_CQM`
        SetCqm = 63,
        /// `NL80211_COMMANDS_NOTIFY_CQM`
        NotifyCqm = 64,
        /// `NL80211_COMMANDS_SET_CHANNEL`
        SetChannel = 65,
        /// `NL80211_COMMANDS_SET_WDS_PEER`
        SetWdsPeer = 66,
        /// `NL80211_COMMANDS_FRAME_WAIT_CANCEL`
        FrameWaitCancel = 67,
        /// `NL80211_COMMANDS_JOIN_MESH`
        JoinMesh = 68,
        /// `NL80211_COMMANDS_LEAVE_MESH`
        LeaveMesh = 69,
        /// `NL80211_COMMANDS_UNPROT_DEAUTHENTICATE`
        UnprotDeauthenticate = 70,
        /// `NL80211_COMMANDS_UNPROT_DISASSOCIATE`
        UnprotDisassociate = 71,
        /// `NL80211_COMMANDS_NEW_PEER_CANDIDATE`
        NewPeerCandidate = 72,
        /// `NL80211_COMMANDS_GET_WOWLAN`
        GetWowlan = 73,
        /// `NL80211_COMMANDS_SET_WOWLAN`
        SetWowlan = 74,
        /// `NL80211_COMMANDS_START_SCHED_SCAN`
        StartSchedScan = 75,
        /// `NL80211_COMMANDS_STOP_SCHED_SCAN`
        StopSchedScan = 76,
        /// `NL80211_COMMANDS_SCHED_SCAN_RESULTS`
        SchedScanResults = 77,
        /// `NL80211_COMMANDS_SCHED_SCAN_STOPPED`
        SchedScanStopped = 78,
        /// `NL80211_COMMANDS_SET_REKEY_OFFLOAD`
        SetRekeyOffload = 79,
        /// `NL80211_COMMANDS_PMKSA_CANDIDATE`
        PmksaCandidate = 80,
        /// `NL80211_COMMANDS_TDLS_OPER`
        TdlsOper = 81,
        /// `NL80211_COMMANDS_TDLS_MGMT`
        TdlsMgmt = 82,
        /// `NL80211_COMMANDS_UNEXPECTED_FRAME`
        UnexpectedFrame = 83,
        /// `NL80211_COMMANDS_PROBE_CLIENT`
        ProbeClient = 84,
        /// `NL80211_COMMANDS_REGISTER_BEACONS`
        RegisterBeacons = 85,
        /// `NL80211_COMMANDS_UNEXPECTED_4_ADDR_FRAME`
        Unexpected4AddrFrame = 86,
        /// `NL80211_COMMANDS_SET_NOACK_MAP`
        SetNoackMap = 87,
        /// `NL80211_COMMANDS_CH_SWITCH_NOTIFY`
        ChSwitchNotify = 88,
        /// `NL80211_COMMANDS_START_P2P_DEVICE`
        StartP2pDevice = 89,
        /// `NL80211_COMMANDS_STOP_P2P_DEVICE`
        StopP2pDevice = 90,
        /// `NL80211_COMMANDS_CONN_FAILED`
        ConnFailed = 91,
        /// `NL80211_COMMANDS_SET_MCAST_RATE`
        SetMcastRate = 92,
        /// `NL80211_COMMANDS_SET_MAC_ACL`
        SetMacAcl = 93,
        /// `NL80211_COMMANDS_RADAR_DETECT`
        RadarDetect = 94,
        /// `NL80211_COMMANDS_GET_PROTOCOL_FEATURES`
        GetProtocolFeatures = 95,
        /// `NL80211_COMMANDS_UPDATE_FT_IES`
        UpdateFtIes = 96,
        /// `NL80211_COMMANDS_FT_EVENT`
        FtEvent = 97,
        /// `NL80211_COMMANDS_CRIT_PROTOCOL_START`
        CritProtocolStart = 98,
        /// `NL80211_COMMANDS_CRIT_PROTOCOL_STOP`
        CritProtocolStop = 99,
        /// `NL80211_COMMANDS_GET_COALESCE`
        GetCoalesce = 100,
        /// `NL80211_COMMANDS_SET_COALESCE`
        SetCoalesce = 101,
        /// `NL80211_COMMANDS_CHANNEL_SWITCH`
        ChannelSwitch = 102,
        /// `NL80211_COMMANDS_VENDOR`
        Vendor = 103,
        /// `NL80211_COMMANDS_SET_QOS_MAP`
        SetQosMap = 104,
        /// `NL80211_COMMANDS_ADD_TX_TS`
        AddTxTs = 105,
        /// `NL80211_COMMANDS_DEL_TX_TS`
        DelTxTs = 106,
        /// `NL80211_COMMANDS_GET_MPP`
        GetMpp = 107,
        /// `NL80211_COMMANDS_JOIN_OCB`
        JoinOcb = 108,
        /// `NL80211_COMMANDS_LEAVE_OCB`
        LeaveOcb = 109,
        /// `NL80211_COMMANDS_CH_SWITCH_STARTED_NOTIFY`
        ChSwitchStartedNotify = 110,
        /// `NL80211_COMMANDS_TDLS_CHANNEL_SWITCH`
        TdlsChannelSwitch = 111,
        /// `NL80211_COMMANDS_TDLS_CANCEL_CHANNEL_SWITCH`
        TdlsCancelChannelSwitch = 112,
        /// `NL80211_COMMANDS_WIPHY_REG_CHANGE`
        WiphyRegChange = 113,
        /// `NL80211_COMMANDS_ABORT_SCAN`
        AbortScan = 114,
        /// `NL80211_COMMANDS_START_NAN`
        StartNan = 115,
        /// `NL80211_COMMANDS_STOP_NAN`
        StopNan = 116,
        /// `NL80211_COMMANDS_ADD_NAN_FUNCTION`
        AddNanFunction = 117,
        /// `NL80211_COMMANDS_DEL_NAN_FUNCTION`
        DelNanFunction = 118,
        /// `NL80211_COMMANDS_CHANGE_NAN_CONFIG`
        ChangeNanConfig = 119,
        /// `NL80211_COMMANDS_NAN_MATCH`
        NanMatch = 120,
        /// `NL80211_COMMANDS_SET_MULTICAST_TO_UNICAST`
        SetMulticastToUnicast = 121,
        /// `NL80211_COMMANDS_UPDATE_CONNECT_PARAMS`
        UpdateConnectParams = 122,
        /// `NL80211_COMMANDS_SET_PMK`
        SetPmk = 123,
        /// `NL80211_COMMANDS_DEL_PMK`
        DelPmk = 124,
        /// `NL80211_COMMANDS_PORT_AUTHORIZED`
        PortAuthorized = 125,
        /// `NL80211_COMMANDS_RELOAD_REGDB`
        ReloadRegdb = 126,
        /// `NL80211_COMMANDS_EXTERNAL_AUTH`
        ExternalAuth = 127,
        /// `NL80211_COMMANDS_STA_OPMODE_CHANGED`
        StaOpmodeChanged = 128,
        /// `NL80211_COMMANDS_CONTROL_PORT_FRAME`
        ControlPortFrame = 129,
        /// `NL80211_COMMANDS_GET_FTM_RESPONDER_STATS`
        GetFtmResponderStats = 130,
        /// `NL80211_COMMANDS_PEER_MEASUREMENT_START`
        PeerMeasurementStart = 131,
        /// `NL80211_COMMANDS_PEER_MEASUREMENT_RESULT`
        PeerMeasurementResult = 132,
        /// `NL80211_COMMANDS_PEER_MEASUREMENT_COMPLETE`
        PeerMeasurementComplete = 133,
        /// `NL80211_COMMANDS_NOTIFY_RADAR`
        NotifyRadar = 134,
        /// `NL80211_COMMANDS_UPDATE_OWE_INFO`
        UpdateOweInfo = 135,
        /// `NL80211_COMMANDS_PROBE_MESH_LINK`
        ProbeMeshLink = 136,
        /// `NL80211_COMMANDS_SET_TID_CONFIG`
        SetTidConfig = 137,
        /// `NL80211_COMMANDS_UNPROT_BEACON`
        UnprotBeacon = 138,
        /// `NL80211_COMMANDS_CONTROL_PORT_FRAME_TX_STATUS`
        ControlPortFrameTxStatus = 139,
        /// `NL80211_COMMANDS_SET_SAR_SPECS`
        SetSarSpecs = 140,
        /// `NL80211_COMMANDS_OBSS_COLOR_COLLISION`
        ObssColorCollision = 141,
        /// `NL80211_COMMANDS_COLOR_CHANGE_REQUEST`
        ColorChangeRequest = 142,
        /// `NL80211_COMMANDS_COLOR_CHANGE_STARTED`
        ColorChangeStarted = 143,
        /// `NL80211_COMMANDS_COLOR_CHANGE_ABORTED`
        ColorChangeAborted = 144,
        /// `NL80211_COMMANDS_COLOR_CHANGE_COMPLETED`
        ColorChangeCompleted = 145,
        /// `NL80211_COMMANDS_SET_FILS_AAD`
        SetFilsAad = 146,
        /// `NL80211_COMMANDS_ASSOC_COMEBACK`
        AssocComeback = 147,
        /// `NL80211_COMMANDS_ADD_LINK`
        AddLink = 148,
        /// `NL80211_COMMANDS_REMOVE_LINK`
        RemoveLink = 149,
        /// `NL80211_COMMANDS_ADD_LINK_STA`
        AddLinkSta = 150,
        /// `NL80211_COMMANDS_MODIFY_LINK_STA`
        ModifyLinkSta = 151,
        /// `NL80211_COMMANDS_REMOVE_LINK_STA`
        RemoveLinkSta = 152,
        /// `NL80211_COMMANDS_SET_HW_TIMESTAMP`
        SetHwTimestamp = 153,
        /// `NL80211_COMMANDS_LINKS_REMOVED`
        LinksRemoved = 154,
        /// `NL80211_COMMANDS_SET_TID_TO_LINK_MAPPING`
        SetTidToLinkMapping = 155,
    }
}

nl_flags! {
    /// The `feature-flags` flags of `nl80211`.
    pub struct FeatureFlags: u32 => tables::FEATURE_FLAGS {
        /// `NL80211_FEATURE_FLAGS_SK_TX_STATUS`
        const SK_TX_STATUS = 1 << 0;
        /// `NL80211_FEATURE_FLAGS_HT_IBSS`
        const HT_IBSS = 1 << 1;
        /// `NL80211_FEATURE_FLAGS_INACTIVITY_TIMER`
        const INACTIVITY_TIMER = 1 << 2;
        /// `NL80211_FEATURE_FLAGS_CELL_BASE_REG_HINTS`
        const CELL_BASE_REG_HINTS = 1 << 3;
        /// `NL80211_FEATURE_FLAGS_P2P_DEVICE_NEEDS_CHANNEL`
        const P2P_DEVICE_NEEDS_CHANNEL = 1 << 4;
        /// `NL80211_FEATURE_FLAGS_SAE`
        const SAE = 1 << 5;
        /// `NL80211_FEATURE_FLAGS_LOW_PRIORITY_SCAN`
        const LOW_PRIORITY_SCAN = 1 << 6;
        /// `NL80211_FEATURE_FLAGS_SCAN_FLUSH`
        const SCAN_FLUSH = 1 << 7;
        /// `NL80211_FEATURE_FLAGS_AP_SCAN`
        const AP_SCAN = 1 << 8;
        /// `NL80211_FEATURE_FLAGS_VIF_TXPOWER`
        const VIF_TXPOWER = 1 << 9;
        /// `NL80211_FEATURE_FLAGS_NEED_OBSS_SCAN`
        const NEED_OBSS_SCAN = 1 << 10;
        /// `NL80211_FEATURE_FLAGS_P2P_GO_CTWIN`
        const P2P_GO_CTWIN = 1 << 11;
        /// `NL80211_FEATURE_FLAGS_P2P_GO_OPPPS`
        const P2P_GO_OPPPS = 1 << 12;
        /// `NL80211_FEATURE_FLAGS_RESERVED`
        const RESERVED = 1 << 13;
        /// `NL80211_FEATURE_FLAGS_ADVERTISE_CHAN_LIMITS`
        const ADVERTISE_CHAN_LIMITS = 1 << 14;
        /// `NL80211_FEATURE_FLAGS_FULL_AP_CLIENT_STATE`
        const FULL_AP_CLIENT_STATE = 1 << 15;
        /// `NL80211_FEATURE_FLAGS_USERSPACE_MPM`
        const USERSPACE_MPM = 1 << 16;
        /// `NL80211_FEATURE_FLAGS_ACTIVE_MONITOR`
        const ACTIVE_MONITOR = 1 << 17;
        /// `NL80211_FEATURE_FLAGS_AP_MODE_CHAN_WIDTH_CHANGE`
        const AP_MODE_CHAN_WIDTH_CHANGE = 1 << 18;
        /// `NL80211_FEATURE_FLAGS_DS_PARAM_SET_IE_IN_PROBES`
        const DS_PARAM_SET_IE_IN_PROBES = 1 << 19;
        /// `NL80211_FEATURE_FLAGS_WFA_TPC_IE_IN_PROBES`
        const WFA_TPC_IE_IN_PROBES = 1 << 20;
        /// `NL80211_FEATURE_FLAGS_QUIET`
        const QUIET = 1 << 21;
        /// `NL80211_FEATURE_FLAGS_TX_POWER_INSERTION`
        const TX_POWER_INSERTION = 1 << 22;
        /// `NL80211_FEATURE_FLAGS_ACKTO_ESTIMATION`
        const ACKTO_ESTIMATION = 1 << 23;
        /// `NL80211_FEATURE_FLAGS_STATIC_SMPS`
        const STATIC_SMPS = 1 << 24;
        /// `NL80211_FEATURE_FLAGS_DYNAMIC_SMPS`
        const DYNAMIC_SMPS = 1 << 25;
        /// `NL80211_FEATURE_FLAGS_SUPPORTS_WMM_ADMISSION`
        const SUPPORTS_WMM_ADMISSION = 1 << 26;
        /// `NL80211_FEATURE_FLAGS_MAC_ON_CREATE`
        const MAC_ON_CREATE = 1 << 27;
        /// `NL80211_FEATURE_FLAGS_TDLS_CHANNEL_SWITCH`
        const TDLS_CHANNEL_SWITCH = 1 << 28;
        /// `NL80211_FEATURE_FLAGS_SCAN_RANDOM_MAC_ADDR`
        const SCAN_RANDOM_MAC_ADDR = 1 << 29;
        /// `NL80211_FEATURE_FLAGS_SCHED_SCAN_RANDOM_MAC_ADDR`
        const SCHED_SCAN_RANDOM_MAC_ADDR = 1 << 30;
        /// `NL80211_FEATURE_FLAGS_NO_RANDOM_MAC_ADDR`
        const NO_RANDOM_MAC_ADDR = 1 << 31;
    }
}

nl_enum! {
    /// The `channel-type` enum of `nl80211`.
    pub enum ChannelType: u32 => tables::CHANNEL_TYPE {
        /// `NL80211_CHANNEL_TYPE_NO_HT`
        NoHt = 0,
        /// `NL80211_CHANNEL_TYPE_HT20`
        Ht20 = 1,
        /// `NL80211_CHANNEL_TYPE_HT40MINUS`
        Ht40minus = 2,
        /// `NL80211_CHANNEL_TYPE_HT40PLUS`
        Ht40plus = 3,
    }
}

nl_flags! {
    /// The `protocol-features` flags of `nl80211`.
    pub struct ProtocolFeatures: u32 => tables::PROTOCOL_FEATURES {
        /// `NL80211_PROTOCOL_FEATURES_SPLIT_WIPHY_DUMP`
        const SPLIT_WIPHY_DUMP = 1 << 0;
    }
}

/// `struct sta_flag_update` (8 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct StaFlagUpdate {
    /// `mask`.
    pub mask: u32,
    /// `set`.
    pub set: u32,
}

impl StaFlagUpdate {
    /// Size on the wire.
    pub const LEN: usize = 8;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::STA_FLAG_UPDATE
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            mask: rd::u32(b, 0),
            set: rd::u32(b, 4),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.mask);
        wr::u32(out, 4, self.set);
    }
}

fixed_struct!(StaFlagUpdate);
