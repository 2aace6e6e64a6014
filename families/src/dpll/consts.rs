//! The numbers of `dpll` by their kernel C names: attribute types, enum values and flag
//! bits, commands, multicast groups and constants.

/// The generic netlink family name, resolved to an id by nlctrl at run time.
pub const FAMILY_NAME: &str = "dpll";
/// The family version for `genlmsghdr.version`.
pub const FAMILY_VERSION: u8 = 1;

// Commands

/// Get id of dpll device that matches given attributes
pub const DPLL_CMD_DEVICE_ID_GET: u8 = 1;
/// Get list of DPLL devices (dump) or attributes of a single dpll device
pub const DPLL_CMD_DEVICE_GET: u8 = 2;
/// Set attributes for a DPLL device
pub const DPLL_CMD_DEVICE_SET: u8 = 3;
/// Notification about device appearing
pub const DPLL_CMD_DEVICE_CREATE_NTF: u8 = 4;
/// Notification about device disappearing
pub const DPLL_CMD_DEVICE_DELETE_NTF: u8 = 5;
/// Notification about device configuration being changed
pub const DPLL_CMD_DEVICE_CHANGE_NTF: u8 = 6;
/// Get id of a pin that matches given attributes
pub const DPLL_CMD_PIN_ID_GET: u8 = 7;
/// Get list of pins and its attributes.
///
/// - dump request without any attributes given - list all the pins in the
/// system
/// - dump request with target dpll - list all the pins registered with
/// a given dpll device
/// - do request with target dpll and target pin - single pin attributes
pub const DPLL_CMD_PIN_GET: u8 = 8;
/// Set attributes of a target pin
pub const DPLL_CMD_PIN_SET: u8 = 9;
/// Notification about pin appearing
pub const DPLL_CMD_PIN_CREATE_NTF: u8 = 10;
/// Notification about pin disappearing
pub const DPLL_CMD_PIN_DELETE_NTF: u8 = 11;
/// Notification about pin configuration being changed
pub const DPLL_CMD_PIN_CHANGE_NTF: u8 = 12;

// Multicast groups

/// The `monitor` multicast group's name (its id comes from nlctrl).
pub const DPLL_MCGRP_MONITOR_NAME: &str = "monitor";

// Attribute set `dpll`

/// `id` (u32) of `dpll`.
pub const DPLL_A_ID: u16 = 1;
/// `module-name` (string) of `dpll`.
pub const DPLL_A_MODULE_NAME: u16 = 2;
/// `pad` (pad) of `dpll`.
pub const DPLL_A_PAD: u16 = 3;
/// `clock-id` (u64) of `dpll`.
pub const DPLL_A_CLOCK_ID: u16 = 4;
/// `mode` (u32) of `dpll`.
pub const DPLL_A_MODE: u16 = 5;
/// `mode-supported` (u32) of `dpll`.
pub const DPLL_A_MODE_SUPPORTED: u16 = 6;
/// `lock-status` (u32) of `dpll`.
pub const DPLL_A_LOCK_STATUS: u16 = 7;
/// `temp` (s32) of `dpll`.
pub const DPLL_A_TEMP: u16 = 8;
/// `type` (u32) of `dpll`.
pub const DPLL_A_TYPE: u16 = 9;
/// `lock-status-error` (u32) of `dpll`.
pub const DPLL_A_LOCK_STATUS_ERROR: u16 = 10;
/// Level of quality of a clock device. This mainly applies when
/// the dpll lock-status is DPLL_LOCK_STATUS_HOLDOVER. This could
/// be put to message multiple times to indicate possible parallel
/// quality levels (e.g. one specified by ITU option 1 and another
/// one specified by option 2).
pub const DPLL_A_CLOCK_QUALITY_LEVEL: u16 = 11;
/// Receive or request state of phase offset monitor feature. If enabled, dpll device shall monitor and notify all currently available inputs for changes of their phase offset against the dpll device.
pub const DPLL_A_PHASE_OFFSET_MONITOR: u16 = 12;
/// Averaging factor applied to calculation of reported phase offset.
pub const DPLL_A_PHASE_OFFSET_AVG_FACTOR: u16 = 13;
/// Current or desired state of the frequency monitor feature. If enabled, dpll device shall measure all currently available inputs for their actual input frequency.
pub const DPLL_A_FREQUENCY_MONITOR: u16 = 14;

// Attribute set `pin`

/// `id` (u32) of `pin`.
pub const DPLL_A_PIN_ID: u16 = 1;
/// `parent-id` (u32) of `pin`.
pub const DPLL_A_PIN_PARENT_ID: u16 = 2;
/// `module-name` (string) of `pin`.
pub const DPLL_A_PIN_MODULE_NAME: u16 = 3;
/// `pad` (pad) of `pin`.
pub const DPLL_A_PIN_PAD: u16 = 4;
/// `clock-id` (u64) of `pin`.
pub const DPLL_A_PIN_CLOCK_ID: u16 = 5;
/// `board-label` (string) of `pin`.
pub const DPLL_A_PIN_BOARD_LABEL: u16 = 6;
/// `panel-label` (string) of `pin`.
pub const DPLL_A_PIN_PANEL_LABEL: u16 = 7;
/// `package-label` (string) of `pin`.
pub const DPLL_A_PIN_PACKAGE_LABEL: u16 = 8;
/// `type` (u32) of `pin`.
pub const DPLL_A_PIN_TYPE: u16 = 9;
/// `direction` (u32) of `pin`.
pub const DPLL_A_PIN_DIRECTION: u16 = 10;
/// `frequency` (u64) of `pin`.
pub const DPLL_A_PIN_FREQUENCY: u16 = 11;
/// `frequency-supported` (nest) of `pin`.
pub const DPLL_A_PIN_FREQUENCY_SUPPORTED: u16 = 12;
/// `frequency-min` (u64) of `pin`.
pub const DPLL_A_PIN_FREQUENCY_MIN: u16 = 13;
/// `frequency-max` (u64) of `pin`.
pub const DPLL_A_PIN_FREQUENCY_MAX: u16 = 14;
/// `prio` (u32) of `pin`.
pub const DPLL_A_PIN_PRIO: u16 = 15;
/// `state` (u32) of `pin`.
pub const DPLL_A_PIN_STATE: u16 = 16;
/// `capabilities` (u32) of `pin`.
pub const DPLL_A_PIN_CAPABILITIES: u16 = 17;
/// `parent-device` (nest) of `pin`.
pub const DPLL_A_PIN_PARENT_DEVICE: u16 = 18;
/// `parent-pin` (nest) of `pin`.
pub const DPLL_A_PIN_PARENT_PIN: u16 = 19;
/// `phase-adjust-min` (s32) of `pin`.
pub const DPLL_A_PIN_PHASE_ADJUST_MIN: u16 = 20;
/// `phase-adjust-max` (s32) of `pin`.
pub const DPLL_A_PIN_PHASE_ADJUST_MAX: u16 = 21;
/// `phase-adjust` (s32) of `pin`.
pub const DPLL_A_PIN_PHASE_ADJUST: u16 = 22;
/// `phase-offset` (s64) of `pin`.
pub const DPLL_A_PIN_PHASE_OFFSET: u16 = 23;
/// The FFO (Fractional Frequency Offset) of the pin.
/// At top level this represents the RX vs TX symbol rate
/// offset on the media associated with the pin. Inside
/// the pin-parent-device nest it represents the frequency
/// offset between the pin and its parent DPLL device.
/// For pins of type PIN_TYPE_INT_NCO this represents
/// the DPLL's current output frequency offset from its
/// nominal frequency.
/// Value is in PPM (parts per million).
/// This is a lower-precision version of
/// fractional-frequency-offset-ppt.
pub const DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET: u16 = 24;
/// Frequency of Embedded SYNC signal. If provided, the pin is configured
/// with a SYNC signal embedded into its base clock frequency.
pub const DPLL_A_PIN_ESYNC_FREQUENCY: u16 = 25;
/// If provided a pin is capable of embedding a SYNC signal (within given
/// range) into its base frequency signal.
pub const DPLL_A_PIN_ESYNC_FREQUENCY_SUPPORTED: u16 = 26;
/// A ratio of high to low state of a SYNC signal pulse embedded
/// into base clock frequency. Value is in percents.
pub const DPLL_A_PIN_ESYNC_PULSE: u16 = 27;
/// Capable pin provides list of pins that can be bound to create a
/// reference-sync pin pair.
pub const DPLL_A_PIN_REFERENCE_SYNC: u16 = 28;
/// Granularity of phase adjustment, in picoseconds. The value of
/// phase adjustment must be a multiple of this granularity.
pub const DPLL_A_PIN_PHASE_ADJUST_GRAN: u16 = 29;
/// The FFO (Fractional Frequency Offset) of the pin.
/// At top level this represents the RX vs TX symbol rate
/// offset on the media associated with the pin. Inside
/// the pin-parent-device nest it represents the frequency
/// offset between the pin and its parent DPLL device.
/// For pins of type PIN_TYPE_INT_NCO this represents
/// the DPLL's current output frequency offset from its
/// nominal frequency.
/// Value is in PPT (parts per trillion, 10^-12).
/// This is a higher-precision version of
/// fractional-frequency-offset.
pub const DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET_PPT: u16 = 30;
/// The measured frequency of the input pin in millihertz (mHz).
/// Value of (DPLL_A_PIN_MEASURED_FREQUENCY /
/// DPLL_PIN_MEASURED_FREQUENCY_DIVIDER) is an integer part (Hz)
/// of a measured frequency value.
/// Value of (DPLL_A_PIN_MEASURED_FREQUENCY %
/// DPLL_PIN_MEASURED_FREQUENCY_DIVIDER) is a fractional part
/// of a measured frequency value.
pub const DPLL_A_PIN_MEASURED_FREQUENCY: u16 = 31;
/// Operational state of the pin with respect to its parent DPLL
/// device. Unlike state (which reflects the administrative intent),
/// operstate reflects the actual hardware status.
pub const DPLL_A_PIN_OPERSTATE: u16 = 32;

// Enum `mode`

/// input can be only selected by sending a request to dpll
pub const DPLL_MODE_MANUAL: u32 = 1;
/// highest prio input pin auto selected by dpll
pub const DPLL_MODE_AUTOMATIC: u32 = 2;

// Enum `lock-status`

/// dpll was not yet locked to any valid input (or forced by setting
/// DPLL_A_MODE to DPLL_MODE_DETACHED)
pub const DPLL_LOCK_STATUS_UNLOCKED: u32 = 1;
/// dpll is locked to a valid signal, but no holdover available
pub const DPLL_LOCK_STATUS_LOCKED: u32 = 2;
/// dpll is locked and holdover acquired
pub const DPLL_LOCK_STATUS_LOCKED_HO_ACQ: u32 = 3;
/// dpll is in holdover state - lost a valid lock or was forced
/// by disconnecting all the pins (latter possible only
/// when dpll lock-state was already DPLL_LOCK_STATUS_LOCKED_HO_ACQ,
/// if dpll lock-state was not DPLL_LOCK_STATUS_LOCKED_HO_ACQ, the
/// dpll's lock-state shall remain DPLL_LOCK_STATUS_UNLOCKED)
pub const DPLL_LOCK_STATUS_HOLDOVER: u32 = 4;

// Enum `lock-status-error`

/// dpll device lock status was changed without any error
pub const DPLL_LOCK_STATUS_ERROR_NONE: u32 = 1;
/// dpll device lock status was changed due to undefined error.
/// Driver fills this value up in case it is not able
/// to obtain suitable exact error type.
pub const DPLL_LOCK_STATUS_ERROR_UNDEFINED: u32 = 2;
/// dpll device lock status was changed because of associated
/// media got down.
/// This may happen for example if dpll device was previously
/// locked on an input pin of type PIN_TYPE_SYNCE_ETH_PORT.
pub const DPLL_LOCK_STATUS_ERROR_MEDIA_DOWN: u32 = 3;
/// the FFO (Fractional Frequency Offset) between the RX and TX
/// symbol rate on the media got too high.
/// This may happen for example if dpll device was previously
/// locked on an input pin of type PIN_TYPE_SYNCE_ETH_PORT.
pub const DPLL_LOCK_STATUS_ERROR_FRACTIONAL_FREQUENCY_OFFSET_TOO_HIGH: u32 = 4;

// Enum `clock-quality-level`

/// `itu-opt1-prc` of `clock-quality-level`.
pub const DPLL_CLOCK_QUALITY_LEVEL_ITU_OPT1_PRC: u32 = 1;
/// `itu-opt1-ssu-a` of `clock-quality-level`.
pub const DPLL_CLOCK_QUALITY_LEVEL_ITU_OPT1_SSU_A: u32 = 2;
/// `itu-opt1-ssu-b` of `clock-quality-level`.
pub const DPLL_CLOCK_QUALITY_LEVEL_ITU_OPT1_SSU_B: u32 = 3;
/// `itu-opt1-eec1` of `clock-quality-level`.
pub const DPLL_CLOCK_QUALITY_LEVEL_ITU_OPT1_EEC1: u32 = 4;
/// `itu-opt1-prtc` of `clock-quality-level`.
pub const DPLL_CLOCK_QUALITY_LEVEL_ITU_OPT1_PRTC: u32 = 5;
/// `itu-opt1-eprtc` of `clock-quality-level`.
pub const DPLL_CLOCK_QUALITY_LEVEL_ITU_OPT1_EPRTC: u32 = 6;
/// `itu-opt1-eeec` of `clock-quality-level`.
pub const DPLL_CLOCK_QUALITY_LEVEL_ITU_OPT1_EEEC: u32 = 7;
/// `itu-opt1-eprc` of `clock-quality-level`.
pub const DPLL_CLOCK_QUALITY_LEVEL_ITU_OPT1_EPRC: u32 = 8;

// Enum `type`

/// dpll produces Pulse-Per-Second signal
pub const DPLL_TYPE_PPS: u32 = 1;
/// dpll drives the Ethernet Equipment Clock
pub const DPLL_TYPE_EEC: u32 = 2;
/// generic dpll type for devices outside PPS/EEC classes
pub const DPLL_TYPE_GENERIC: u32 = 3;

// Enum `pin-type`

/// aggregates another layer of selectable pins
pub const DPLL_PIN_TYPE_MUX: u32 = 1;
/// external input
pub const DPLL_PIN_TYPE_EXT: u32 = 2;
/// ethernet port PHY's recovered clock
pub const DPLL_PIN_TYPE_SYNCE_ETH_PORT: u32 = 3;
/// device internal oscillator
pub const DPLL_PIN_TYPE_INT_OSCILLATOR: u32 = 4;
/// GNSS recovered clock
pub const DPLL_PIN_TYPE_GNSS: u32 = 5;
/// Device internal numerically controlled oscillator.
/// When connected as a DPLL input, the DPLL enters NCO mode
/// where the output frequency is adjusted by the host via
/// the PTP clock interface.
pub const DPLL_PIN_TYPE_INT_NCO: u32 = 6;

// Enum `pin-direction`

/// pin used as a input of a signal
pub const DPLL_PIN_DIRECTION_INPUT: u32 = 1;
/// pin used to output the signal
pub const DPLL_PIN_DIRECTION_OUTPUT: u32 = 2;

// Enum `pin-state`

/// pin connected, active input of phase locked loop
pub const DPLL_PIN_STATE_CONNECTED: u32 = 1;
/// pin disconnected, not considered as a valid input
pub const DPLL_PIN_STATE_DISCONNECTED: u32 = 2;
/// pin enabled for automatic input selection
pub const DPLL_PIN_STATE_SELECTABLE: u32 = 3;

// Enum `pin-operstate`

/// pin is qualified and actively used by the DPLL
pub const DPLL_PIN_OPERSTATE_ACTIVE: u32 = 1;
/// pin is qualified but not actively used by the DPLL
pub const DPLL_PIN_OPERSTATE_STANDBY: u32 = 2;
/// pin does not have a valid signal
pub const DPLL_PIN_OPERSTATE_NO_SIGNAL: u32 = 3;
/// pin signal failed qualification (e.g. frequency or phase monitor)
pub const DPLL_PIN_OPERSTATE_QUAL_FAILED: u32 = 4;

// Flags `pin-capabilities`

/// pin direction can be changed
pub const DPLL_PIN_CAPABILITIES_DIRECTION_CAN_CHANGE: u32 = 1 << 0;
/// pin priority can be changed
pub const DPLL_PIN_CAPABILITIES_PRIORITY_CAN_CHANGE: u32 = 1 << 1;
/// pin state can be changed
pub const DPLL_PIN_CAPABILITIES_STATE_CAN_CHANGE: u32 = 1 << 2;
/// pin state can be set to connected regardless of current
/// DPLL device mode, overriding the active input selection.
/// Requires state-can-change to be set as well.
pub const DPLL_PIN_CAPABILITIES_STATE_CONNECTED_OVERRIDE: u32 = 1 << 3;

// Enum `feature-state`

/// feature shall be disabled
pub const DPLL_FEATURE_STATE_DISABLE: u32 = 0;
/// feature shall be enabled
pub const DPLL_FEATURE_STATE_ENABLE: u32 = 1;

// Constants

/// temperature divider allowing userspace to calculate the
/// temperature as float with three digit decimal precision.
/// Value of (DPLL_A_TEMP / DPLL_TEMP_DIVIDER) is integer part of
/// temperature value.
/// Value of (DPLL_A_TEMP % DPLL_TEMP_DIVIDER) is fractional part of
/// temperature value.
pub const DPLL_TEMP_DIVIDER: u32 = 1000;
/// The `DPLL_PIN_FREQUENCY_1_HZ` constant.
pub const DPLL_PIN_FREQUENCY_1_HZ: u32 = 1;
/// The `DPLL_PIN_FREQUENCY_10_KHZ` constant.
pub const DPLL_PIN_FREQUENCY_10_KHZ: u32 = 10000;
/// The `DPLL_PIN_FREQUENCY_77_5_KHZ` constant.
pub const DPLL_PIN_FREQUENCY_77_5_KHZ: u32 = 77500;
/// The `DPLL_PIN_FREQUENCY_10_MHZ` constant.
pub const DPLL_PIN_FREQUENCY_10_MHZ: u32 = 10000000;
/// phase offset divider allows userspace to calculate a value of
/// measured signal phase difference between a pin and dpll device
/// as a fractional value with three digit decimal precision.
/// Value of (DPLL_A_PHASE_OFFSET / DPLL_PHASE_OFFSET_DIVIDER) is an
/// integer part of a measured phase offset value.
/// Value of (DPLL_A_PHASE_OFFSET % DPLL_PHASE_OFFSET_DIVIDER) is a
/// fractional part of a measured phase offset value.
pub const DPLL_PHASE_OFFSET_DIVIDER: u32 = 1000;
/// pin measured frequency divider allows userspace to calculate
/// a value of measured input frequency as a fractional value with
/// three digit decimal precision (millihertz).
/// Value of (DPLL_A_PIN_MEASURED_FREQUENCY /
/// DPLL_PIN_MEASURED_FREQUENCY_DIVIDER) is an integer part of
/// a measured frequency value.
/// Value of (DPLL_A_PIN_MEASURED_FREQUENCY %
/// DPLL_PIN_MEASURED_FREQUENCY_DIVIDER) is a fractional part of
/// a measured frequency value.
pub const DPLL_PIN_MEASURED_FREQUENCY_DIVIDER: u32 = 1000;
