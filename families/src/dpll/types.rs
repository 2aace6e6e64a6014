//! The enums, flags and fixed structs of `dpll`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

nl_enum! {
    /// working modes a dpll can support, differentiates if and how dpll selects
    /// one of its inputs to syntonize with it, valid values for DPLL_A_MODE
    /// attribute
    pub enum Mode: u32 => tables::MODE {
        /// input can be only selected by sending a request to dpll
        Manual = 1,
        /// highest prio input pin auto selected by dpll
        Automatic = 2,
    }
}

nl_enum! {
    /// provides information of dpll device lock status, valid values for
    /// DPLL_A_LOCK_STATUS attribute
    pub enum LockStatus: u32 => tables::LOCK_STATUS {
        /// dpll was not yet locked to any valid input (or forced by setting
        /// DPLL_A_MODE to DPLL_MODE_DETACHED)
        Unlocked = 1,
        /// dpll is locked to a valid signal, but no holdover available
        Locked = 2,
        /// dpll is locked and holdover acquired
        LockedHoAcq = 3,
        /// dpll is in holdover state - lost a valid lock or was forced
        /// by disconnecting all the pins (latter possible only
        /// when dpll lock-state was already DPLL_LOCK_STATUS_LOCKED_HO_ACQ,
        /// if dpll lock-state was not DPLL_LOCK_STATUS_LOCKED_HO_ACQ, the
        /// dpll's lock-state shall remain DPLL_LOCK_STATUS_UNLOCKED)
        Holdover = 4,
    }
}

nl_enum! {
    /// if previous status change was done due to a failure, this provides
    /// information of dpll device lock status error.
    /// Valid values for DPLL_A_LOCK_STATUS_ERROR attribute
    pub enum LockStatusError: u32 => tables::LOCK_STATUS_ERROR {
        /// dpll device lock status was changed without any error
        None = 1,
        /// dpll device lock status was changed due to undefined error.
        /// Driver fills this value up in case it is not able
        /// to obtain suitable exact error type.
        Undefined = 2,
        /// dpll device lock status was changed because of associated
        /// media got down.
        /// This may happen for example if dpll device was previously
        /// locked on an input pin of type PIN_TYPE_SYNCE_ETH_PORT.
        MediaDown = 3,
        /// the FFO (Fractional Frequency Offset) between the RX and TX
        /// symbol rate on the media got too high.
        /// This may happen for example if dpll device was previously
        /// locked on an input pin of type PIN_TYPE_SYNCE_ETH_PORT.
        FractionalFrequencyOffsetTooHigh = 4,
    }
}

nl_enum! {
    /// level of quality of a clock device. This mainly applies when
    /// the dpll lock-status is DPLL_LOCK_STATUS_HOLDOVER.
    /// The current list is defined according to the table 11-7 contained
    /// in ITU-T G.8264/Y.1364 document. One may extend this list freely
    /// by other ITU-T defined clock qualities, or different ones defined
    /// by another standardization body (for those, please use
    /// different prefix).
    pub enum ClockQualityLevel: u32 => tables::CLOCK_QUALITY_LEVEL {
        /// `DPLL_CLOCK_QUALITY_LEVEL_ITU_OPT1_PRC`
        ItuOpt1Prc = 1,
        /// `DPLL_CLOCK_QUALITY_LEVEL_ITU_OPT1_SSU_A`
        ItuOpt1SsuA = 2,
        /// `DPLL_CLOCK_QUALITY_LEVEL_ITU_OPT1_SSU_B`
        ItuOpt1SsuB = 3,
        /// `DPLL_CLOCK_QUALITY_LEVEL_ITU_OPT1_EEC1`
        ItuOpt1Eec1 = 4,
        /// `DPLL_CLOCK_QUALITY_LEVEL_ITU_OPT1_PRTC`
        ItuOpt1Prtc = 5,
        /// `DPLL_CLOCK_QUALITY_LEVEL_ITU_OPT1_EPRTC`
        ItuOpt1Eprtc = 6,
        /// `DPLL_CLOCK_QUALITY_LEVEL_ITU_OPT1_EEEC`
        ItuOpt1Eeec = 7,
        /// `DPLL_CLOCK_QUALITY_LEVEL_ITU_OPT1_EPRC`
        ItuOpt1Eprc = 8,
    }
}

nl_enum! {
    /// type of dpll, valid values for DPLL_A_TYPE attribute
    pub enum Type: u32 => tables::TYPE {
        /// dpll produces Pulse-Per-Second signal
        Pps = 1,
        /// dpll drives the Ethernet Equipment Clock
        Eec = 2,
        /// generic dpll type for devices outside PPS/EEC classes
        Generic = 3,
    }
}

nl_enum! {
    /// defines possible types of a pin, valid values for DPLL_A_PIN_TYPE
    /// attribute
    pub enum PinType: u32 => tables::PIN_TYPE {
        /// aggregates another layer of selectable pins
        Mux = 1,
        /// external input
        Ext = 2,
        /// ethernet port PHY's recovered clock
        SynceEthPort = 3,
        /// device internal oscillator
        IntOscillator = 4,
        /// GNSS recovered clock
        Gnss = 5,
        /// Device internal numerically controlled oscillator.
        /// When connected as a DPLL input, the DPLL enters NCO mode
        /// where the output frequency is adjusted by the host via
        /// the PTP clock interface.
        IntNco = 6,
    }
}

nl_enum! {
    /// defines possible direction of a pin, valid values for
    /// DPLL_A_PIN_DIRECTION attribute
    pub enum PinDirection: u32 => tables::PIN_DIRECTION {
        /// pin used as a input of a signal
        Input = 1,
        /// pin used to output the signal
        Output = 2,
    }
}

nl_enum! {
    /// defines possible states of a pin, valid values for
    /// DPLL_A_PIN_STATE attribute
    pub enum PinState: u32 => tables::PIN_STATE {
        /// pin connected, active input of phase locked loop
        Connected = 1,
        /// pin disconnected, not considered as a valid input
        Disconnected = 2,
        /// pin enabled for automatic input selection
        Selectable = 3,
    }
}

nl_enum! {
    /// defines possible operational states of a pin with respect to its
    /// parent DPLL device, valid values for DPLL_A_PIN_OPERSTATE attribute
    pub enum PinOperstate: u32 => tables::PIN_OPERSTATE {
        /// pin is qualified and actively used by the DPLL
        Active = 1,
        /// pin is qualified but not actively used by the DPLL
        Standby = 2,
        /// pin does not have a valid signal
        NoSignal = 3,
        /// pin signal failed qualification (e.g. frequency or phase monitor)
        QualFailed = 4,
    }
}

nl_flags! {
    /// defines possible capabilities of a pin, valid flags on
    /// DPLL_A_PIN_CAPABILITIES attribute
    pub struct PinCapabilities: u32 => tables::PIN_CAPABILITIES {
        /// pin direction can be changed
        const DIRECTION_CAN_CHANGE = 1 << 0;
        /// pin priority can be changed
        const PRIORITY_CAN_CHANGE = 1 << 1;
        /// pin state can be changed
        const STATE_CAN_CHANGE = 1 << 2;
        /// pin state can be set to connected regardless of current
        /// DPLL device mode, overriding the active input selection.
        /// Requires state-can-change to be set as well.
        const STATE_CONNECTED_OVERRIDE = 1 << 3;
    }
}

nl_enum! {
    /// Allow control (enable/disable) and status checking over features.
    pub enum FeatureState: u32 => tables::FEATURE_STATE {
        /// feature shall be disabled
        Disable = 0,
        /// feature shall be enabled
        Enable = 1,
    }
}
