//! The enums, flags and fixed structs of `ethtool`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

nl_enum! {
    /// The `udp-tunnel-type` enum of `ethtool`.
    pub enum UdpTunnelType: u32 => tables::UDP_TUNNEL_TYPE {
        /// `ETHTOOL_UDP_TUNNEL_TYPE_VXLAN`
        Vxlan = 0,
        /// `ETHTOOL_UDP_TUNNEL_TYPE_GENEVE`
        Geneve = 1,
        /// `ETHTOOL_UDP_TUNNEL_TYPE_VXLAN_GPE`
        VxlanGpe = 2,
    }
}

nl_enum! {
    /// The `stringset` enum of `ethtool`.
    pub enum Stringset: u32 => tables::STRINGSET {
    }
}

nl_flags! {
    /// common ethtool header flags
    pub struct HeaderFlags: u32 => tables::HEADER_FLAGS {
        /// use compact bitsets in reply
        const COMPACT_BITSETS = 1 << 0;
        /// provide optional reply for SET or ACT requests
        const OMIT_REPLY = 1 << 1;
        /// request statistics, if supported by the driver
        const STATS = 1 << 2;
    }
}

nl_enum! {
    /// plug-in module firmware flashing status
    pub enum ModuleFwFlashStatus: u32 => tables::MODULE_FW_FLASH_STATUS {
        /// The firmware flashing process has started.
        Started = 0,
        /// The firmware flashing process is in progress.
        InProgress = 1,
        /// The firmware flashing process was completed successfully.
        Completed = 2,
        /// The firmware flashing process was stopped due to an error.
        Error = 3,
    }
}

nl_enum! {
    /// "groups of PSE extended states functions. IEEE 802.3-2022 33.2.4.4
    /// Variables"
    pub enum C33PseExtState: u32 => tables::C33_PSE_EXT_STATE {
        /// none
        None = 0,
        /// Group of error_condition states
        ErrorCondition = 1,
        /// Group of mr_mps_valid states
        MrMpsValid = 2,
        /// Group of mr_pse_enable states
        MrPseEnable = 3,
        /// Group of option_detect_ted states
        OptionDetectTed = 4,
        /// Group of option_vport_lim states
        OptionVportLim = 5,
        /// Group of ovld_detected states
        OvldDetected = 6,
        /// Group of power_not_available states
        PowerNotAvailable = 7,
        /// Group of short_detected states
        ShortDetected = 8,
    }
}

nl_enum! {
    /// The `phy-upstream-type` enum of `ethtool`.
    pub enum PhyUpstreamType: u32 => tables::PHY_UPSTREAM_TYPE {
        /// `PHY_UPSTREAMMAC`
        Mac = 0,
        /// `PHY_UPSTREAMPHY`
        Phy = 1,
    }
}

nl_enum! {
    /// The `tcp-data-split` enum of `ethtool`.
    pub enum TcpDataSplit: u32 => tables::TCP_DATA_SPLIT {
        /// `ETHTOOL_TCP_DATA_SPLIT_UNKNOWN`
        Unknown = 0,
        /// `ETHTOOL_TCP_DATA_SPLIT_DISABLED`
        Disabled = 1,
        /// `ETHTOOL_TCP_DATA_SPLIT_ENABLED`
        Enabled = 2,
    }
}

nl_enum! {
    /// Source of the hardware timestamp
    pub enum HwtstampSource: u32 => tables::HWTSTAMP_SOURCE {
        /// Hardware timestamp comes from a MAC or a device
        /// which has MAC and PHY integrated
        Netdev = 1,
        /// Hardware timestamp comes from one PHY device
        /// of the network topology
        Phylib = 2,
    }
}

nl_flags! {
    /// PSE event list for the PSE controller
    pub struct PseEvent: u64 => tables::PSE_EVENT {
        /// PSE output current is too high
        const PSE_EVENT_OVER_CURRENT = 1 << 0;
        /// PSE in over temperature state
        const PSE_EVENT_OVER_TEMP = 1 << 1;
        /// detection process occur on the PSE. IEEE 802.3-2022 33.2.5 and
        /// 145.2.6 PSE detection of PDs. IEEE 802.3-202 30.9.1.1.5
        /// aPSEPowerDetectionStatus
        const C33_PSE_EVENT_DETECTION = 1 << 2;
        /// classification process occur on the PSE. IEEE 802.3-2022 33.2.6
        /// and 145.2.8 classification of PDs mutual identification.
        /// IEEE 802.3-2022 30.9.1.1.8 aPSEPowerClassification.
        const C33_PSE_EVENT_CLASSIFICATION = 1 << 3;
        /// PD has been disconnected on the PSE. IEEE 802.3-2022 33.3.8
        /// and 145.3.9 PD Maintain Power Signature. IEEE 802.3-2022
        /// 33.5.1.2.9 MPS Absent. IEEE 802.3-2022 30.9.1.1.20
        /// aPSEMPSAbsentCounter.
        const C33_PSE_EVENT_DISCONNECTION = 1 << 4;
        /// PSE turned off due to over budget situation
        const PSE_EVENT_OVER_BUDGET = 1 << 5;
        /// PSE faced an error managing the power control from software
        const PSE_EVENT_SW_PW_CONTROL_ERROR = 1 << 6;
    }
}

nl_flags! {
    /// RSS hash function transformations.
    pub struct InputXfrm: u32 => tables::INPUT_XFRM {
        /// XOR the corresponding source and destination fields of each specified protocol. Both copies of the XOR'ed fields are fed into the RSS and RXHASH calculation. Note that this XORing reduces the input set entropy and could be exploited to reduce the RSS queue spread.
        const SYM_XOR = 1 << 0;
        /// Similar to SYM_XOR, except that one copy of the XOR'ed fields is replaced by an OR of the same fields.
        const SYM_OR_XOR = 1 << 1;
    }
}

nl_flags! {
    /// The `rxfh-fields` flags of `ethtool`.
    pub struct RxfhFields: u64 => tables::RXFH_FIELDS {
        /// `RXH_L2DA`
        const L2DA = 1 << 1;
        /// `RXH_VLAN`
        const VLAN = 1 << 2;
        /// `RXH_L3_PROTO`
        const L3_PROTO = 1 << 3;
        /// `RXH_IP_SRC`
        const IP_SRC = 1 << 4;
        /// `RXH_IP_DST`
        const IP_DST = 1 << 5;
        /// src port in case of TCP/UDP/SCTP
        const L4_B_0_1 = 1 << 6;
        /// dst port in case of TCP/UDP/SCTP
        const L4_B_2_3 = 1 << 7;
        /// `RXH_GTP_TEID`
        const GTP_TEID = 1 << 8;
        /// IPv6 Flow Label
        const IP6_FL = 1 << 9;
        /// `RXH_DISCARD`
        const DISCARD = 1 << 31;
    }
}
