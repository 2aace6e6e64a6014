//! Descriptor tables of `dpll`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `mode` enum.
pub static MODE: EnumDesc = EnumDesc::new(
    "mode",
    false,
    &[
        EnumEntry {
            name: "manual",
            c_name: "DPLL_MODE_MANUAL",
            value: 1,
        },
        EnumEntry {
            name: "automatic",
            c_name: "DPLL_MODE_AUTOMATIC",
            value: 2,
        },
    ],
);

/// The `lock-status` enum.
pub static LOCK_STATUS: EnumDesc = EnumDesc::new(
    "lock-status",
    false,
    &[
        EnumEntry {
            name: "unlocked",
            c_name: "DPLL_LOCK_STATUS_UNLOCKED",
            value: 1,
        },
        EnumEntry {
            name: "locked",
            c_name: "DPLL_LOCK_STATUS_LOCKED",
            value: 2,
        },
        EnumEntry {
            name: "locked-ho-acq",
            c_name: "DPLL_LOCK_STATUS_LOCKED_HO_ACQ",
            value: 3,
        },
        EnumEntry {
            name: "holdover",
            c_name: "DPLL_LOCK_STATUS_HOLDOVER",
            value: 4,
        },
    ],
);

/// The `lock-status-error` enum.
pub static LOCK_STATUS_ERROR: EnumDesc = EnumDesc::new(
    "lock-status-error",
    false,
    &[
        EnumEntry {
            name: "none",
            c_name: "DPLL_LOCK_STATUS_ERROR_NONE",
            value: 1,
        },
        EnumEntry {
            name: "undefined",
            c_name: "DPLL_LOCK_STATUS_ERROR_UNDEFINED",
            value: 2,
        },
        EnumEntry {
            name: "media-down",
            c_name: "DPLL_LOCK_STATUS_ERROR_MEDIA_DOWN",
            value: 3,
        },
        EnumEntry {
            name: "fractional-frequency-offset-too-high",
            c_name: "DPLL_LOCK_STATUS_ERROR_FRACTIONAL_FREQUENCY_OFFSET_TOO_HIGH",
            value: 4,
        },
    ],
);

/// The `clock-quality-level` enum.
pub static CLOCK_QUALITY_LEVEL: EnumDesc = EnumDesc::new(
    "clock-quality-level",
    false,
    &[
        EnumEntry {
            name: "itu-opt1-prc",
            c_name: "DPLL_CLOCK_QUALITY_LEVEL_ITU_OPT1_PRC",
            value: 1,
        },
        EnumEntry {
            name: "itu-opt1-ssu-a",
            c_name: "DPLL_CLOCK_QUALITY_LEVEL_ITU_OPT1_SSU_A",
            value: 2,
        },
        EnumEntry {
            name: "itu-opt1-ssu-b",
            c_name: "DPLL_CLOCK_QUALITY_LEVEL_ITU_OPT1_SSU_B",
            value: 3,
        },
        EnumEntry {
            name: "itu-opt1-eec1",
            c_name: "DPLL_CLOCK_QUALITY_LEVEL_ITU_OPT1_EEC1",
            value: 4,
        },
        EnumEntry {
            name: "itu-opt1-prtc",
            c_name: "DPLL_CLOCK_QUALITY_LEVEL_ITU_OPT1_PRTC",
            value: 5,
        },
        EnumEntry {
            name: "itu-opt1-eprtc",
            c_name: "DPLL_CLOCK_QUALITY_LEVEL_ITU_OPT1_EPRTC",
            value: 6,
        },
        EnumEntry {
            name: "itu-opt1-eeec",
            c_name: "DPLL_CLOCK_QUALITY_LEVEL_ITU_OPT1_EEEC",
            value: 7,
        },
        EnumEntry {
            name: "itu-opt1-eprc",
            c_name: "DPLL_CLOCK_QUALITY_LEVEL_ITU_OPT1_EPRC",
            value: 8,
        },
    ],
);

/// The `type` enum.
pub static TYPE: EnumDesc = EnumDesc::new(
    "type",
    false,
    &[
        EnumEntry {
            name: "pps",
            c_name: "DPLL_TYPE_PPS",
            value: 1,
        },
        EnumEntry {
            name: "eec",
            c_name: "DPLL_TYPE_EEC",
            value: 2,
        },
        EnumEntry {
            name: "generic",
            c_name: "DPLL_TYPE_GENERIC",
            value: 3,
        },
    ],
);

/// The `pin-type` enum.
pub static PIN_TYPE: EnumDesc = EnumDesc::new(
    "pin-type",
    false,
    &[
        EnumEntry {
            name: "mux",
            c_name: "DPLL_PIN_TYPE_MUX",
            value: 1,
        },
        EnumEntry {
            name: "ext",
            c_name: "DPLL_PIN_TYPE_EXT",
            value: 2,
        },
        EnumEntry {
            name: "synce-eth-port",
            c_name: "DPLL_PIN_TYPE_SYNCE_ETH_PORT",
            value: 3,
        },
        EnumEntry {
            name: "int-oscillator",
            c_name: "DPLL_PIN_TYPE_INT_OSCILLATOR",
            value: 4,
        },
        EnumEntry {
            name: "gnss",
            c_name: "DPLL_PIN_TYPE_GNSS",
            value: 5,
        },
        EnumEntry {
            name: "int-nco",
            c_name: "DPLL_PIN_TYPE_INT_NCO",
            value: 6,
        },
    ],
);

/// The `pin-direction` enum.
pub static PIN_DIRECTION: EnumDesc = EnumDesc::new(
    "pin-direction",
    false,
    &[
        EnumEntry {
            name: "input",
            c_name: "DPLL_PIN_DIRECTION_INPUT",
            value: 1,
        },
        EnumEntry {
            name: "output",
            c_name: "DPLL_PIN_DIRECTION_OUTPUT",
            value: 2,
        },
    ],
);

/// The `pin-state` enum.
pub static PIN_STATE: EnumDesc = EnumDesc::new(
    "pin-state",
    false,
    &[
        EnumEntry {
            name: "connected",
            c_name: "DPLL_PIN_STATE_CONNECTED",
            value: 1,
        },
        EnumEntry {
            name: "disconnected",
            c_name: "DPLL_PIN_STATE_DISCONNECTED",
            value: 2,
        },
        EnumEntry {
            name: "selectable",
            c_name: "DPLL_PIN_STATE_SELECTABLE",
            value: 3,
        },
    ],
);

/// The `pin-operstate` enum.
pub static PIN_OPERSTATE: EnumDesc = EnumDesc::new(
    "pin-operstate",
    false,
    &[
        EnumEntry {
            name: "active",
            c_name: "DPLL_PIN_OPERSTATE_ACTIVE",
            value: 1,
        },
        EnumEntry {
            name: "standby",
            c_name: "DPLL_PIN_OPERSTATE_STANDBY",
            value: 2,
        },
        EnumEntry {
            name: "no-signal",
            c_name: "DPLL_PIN_OPERSTATE_NO_SIGNAL",
            value: 3,
        },
        EnumEntry {
            name: "qual-failed",
            c_name: "DPLL_PIN_OPERSTATE_QUAL_FAILED",
            value: 4,
        },
    ],
);

/// The `pin-capabilities` flags.
pub static PIN_CAPABILITIES: EnumDesc = EnumDesc::new(
    "pin-capabilities",
    true,
    &[
        EnumEntry {
            name: "direction-can-change",
            c_name: "DPLL_PIN_CAPABILITIES_DIRECTION_CAN_CHANGE",
            value: 1,
        },
        EnumEntry {
            name: "priority-can-change",
            c_name: "DPLL_PIN_CAPABILITIES_PRIORITY_CAN_CHANGE",
            value: 2,
        },
        EnumEntry {
            name: "state-can-change",
            c_name: "DPLL_PIN_CAPABILITIES_STATE_CAN_CHANGE",
            value: 4,
        },
        EnumEntry {
            name: "state-connected-override",
            c_name: "DPLL_PIN_CAPABILITIES_STATE_CONNECTED_OVERRIDE",
            value: 8,
        },
    ],
);

/// The `feature-state` enum.
pub static FEATURE_STATE: EnumDesc = EnumDesc::new(
    "feature-state",
    false,
    &[
        EnumEntry {
            name: "disable",
            c_name: "DPLL_FEATURE_STATE_DISABLE",
            value: 0,
        },
        EnumEntry {
            name: "enable",
            c_name: "DPLL_FEATURE_STATE_ENABLE",
            value: 1,
        },
    ],
);

/// The `dpll` attribute set, indexed by type.
pub static DPLL: AttrSet = AttrSet::new(
    "dpll",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("id", "DPLL_A_ID", 1, AttrType::U32),
        AttrDesc::new("module-name", "DPLL_A_MODULE_NAME", 2, AttrType::String),
        AttrDesc::new("pad", "DPLL_A_PAD", 3, AttrType::Pad),
        AttrDesc::new("clock-id", "DPLL_A_CLOCK_ID", 4, AttrType::U64),
        AttrDesc::new("mode", "DPLL_A_MODE", 5, AttrType::U32).enumeration(&MODE),
        AttrDesc::new("mode-supported", "DPLL_A_MODE_SUPPORTED", 6, AttrType::U32)
            .enumeration(&MODE)
            .multi(),
        AttrDesc::new("lock-status", "DPLL_A_LOCK_STATUS", 7, AttrType::U32)
            .enumeration(&LOCK_STATUS),
        AttrDesc::new("temp", "DPLL_A_TEMP", 8, AttrType::S32),
        AttrDesc::new("type", "DPLL_A_TYPE", 9, AttrType::U32).enumeration(&TYPE),
        AttrDesc::new(
            "lock-status-error",
            "DPLL_A_LOCK_STATUS_ERROR",
            10,
            AttrType::U32,
        )
        .enumeration(&LOCK_STATUS_ERROR),
        AttrDesc::new(
            "clock-quality-level",
            "DPLL_A_CLOCK_QUALITY_LEVEL",
            11,
            AttrType::U32,
        )
        .enumeration(&CLOCK_QUALITY_LEVEL)
        .multi(),
        AttrDesc::new(
            "phase-offset-monitor",
            "DPLL_A_PHASE_OFFSET_MONITOR",
            12,
            AttrType::U32,
        )
        .enumeration(&FEATURE_STATE),
        AttrDesc::new(
            "phase-offset-avg-factor",
            "DPLL_A_PHASE_OFFSET_AVG_FACTOR",
            13,
            AttrType::U32,
        ),
        AttrDesc::new(
            "frequency-monitor",
            "DPLL_A_FREQUENCY_MONITOR",
            14,
            AttrType::U32,
        )
        .enumeration(&FEATURE_STATE),
    ],
);

/// The `pin` attribute set, indexed by type.
pub static PIN: AttrSet = AttrSet::new(
    "pin",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("id", "DPLL_A_PIN_ID", 1, AttrType::U32),
        AttrDesc::new("parent-id", "DPLL_A_PIN_PARENT_ID", 2, AttrType::U32),
        AttrDesc::new("module-name", "DPLL_A_PIN_MODULE_NAME", 3, AttrType::String),
        AttrDesc::new("pad", "DPLL_A_PIN_PAD", 4, AttrType::Pad),
        AttrDesc::new("clock-id", "DPLL_A_PIN_CLOCK_ID", 5, AttrType::U64),
        AttrDesc::new("board-label", "DPLL_A_PIN_BOARD_LABEL", 6, AttrType::String),
        AttrDesc::new("panel-label", "DPLL_A_PIN_PANEL_LABEL", 7, AttrType::String),
        AttrDesc::new(
            "package-label",
            "DPLL_A_PIN_PACKAGE_LABEL",
            8,
            AttrType::String,
        ),
        AttrDesc::new("type", "DPLL_A_PIN_TYPE", 9, AttrType::U32).enumeration(&PIN_TYPE),
        AttrDesc::new("direction", "DPLL_A_PIN_DIRECTION", 10, AttrType::U32)
            .enumeration(&PIN_DIRECTION),
        AttrDesc::new("frequency", "DPLL_A_PIN_FREQUENCY", 11, AttrType::U64),
        AttrDesc::new(
            "frequency-supported",
            "DPLL_A_PIN_FREQUENCY_SUPPORTED",
            12,
            AttrType::Nest,
        )
        .nested(&FREQUENCY_RANGE)
        .multi(),
        AttrDesc::new(
            "frequency-min",
            "DPLL_A_PIN_FREQUENCY_MIN",
            13,
            AttrType::U64,
        ),
        AttrDesc::new(
            "frequency-max",
            "DPLL_A_PIN_FREQUENCY_MAX",
            14,
            AttrType::U64,
        ),
        AttrDesc::new("prio", "DPLL_A_PIN_PRIO", 15, AttrType::U32),
        AttrDesc::new("state", "DPLL_A_PIN_STATE", 16, AttrType::U32).enumeration(&PIN_STATE),
        AttrDesc::new("capabilities", "DPLL_A_PIN_CAPABILITIES", 17, AttrType::U32)
            .enumeration(&PIN_CAPABILITIES),
        AttrDesc::new(
            "parent-device",
            "DPLL_A_PIN_PARENT_DEVICE",
            18,
            AttrType::Nest,
        )
        .nested(&PIN_PARENT_DEVICE)
        .multi(),
        AttrDesc::new("parent-pin", "DPLL_A_PIN_PARENT_PIN", 19, AttrType::Nest)
            .nested(&PIN_PARENT_PIN)
            .multi(),
        AttrDesc::new(
            "phase-adjust-min",
            "DPLL_A_PIN_PHASE_ADJUST_MIN",
            20,
            AttrType::S32,
        ),
        AttrDesc::new(
            "phase-adjust-max",
            "DPLL_A_PIN_PHASE_ADJUST_MAX",
            21,
            AttrType::S32,
        ),
        AttrDesc::new("phase-adjust", "DPLL_A_PIN_PHASE_ADJUST", 22, AttrType::S32),
        AttrDesc::new("phase-offset", "DPLL_A_PIN_PHASE_OFFSET", 23, AttrType::S64),
        AttrDesc::new(
            "fractional-frequency-offset",
            "DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET",
            24,
            AttrType::Sint,
        ),
        AttrDesc::new(
            "esync-frequency",
            "DPLL_A_PIN_ESYNC_FREQUENCY",
            25,
            AttrType::U64,
        ),
        AttrDesc::new(
            "esync-frequency-supported",
            "DPLL_A_PIN_ESYNC_FREQUENCY_SUPPORTED",
            26,
            AttrType::Nest,
        )
        .nested(&FREQUENCY_RANGE)
        .multi(),
        AttrDesc::new("esync-pulse", "DPLL_A_PIN_ESYNC_PULSE", 27, AttrType::U32),
        AttrDesc::new(
            "reference-sync",
            "DPLL_A_PIN_REFERENCE_SYNC",
            28,
            AttrType::Nest,
        )
        .nested(&REFERENCE_SYNC)
        .multi(),
        AttrDesc::new(
            "phase-adjust-gran",
            "DPLL_A_PIN_PHASE_ADJUST_GRAN",
            29,
            AttrType::U32,
        ),
        AttrDesc::new(
            "fractional-frequency-offset-ppt",
            "DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET_PPT",
            30,
            AttrType::Sint,
        ),
        AttrDesc::new(
            "measured-frequency",
            "DPLL_A_PIN_MEASURED_FREQUENCY",
            31,
            AttrType::U64,
        ),
        AttrDesc::new("operstate", "DPLL_A_PIN_OPERSTATE", 32, AttrType::U32)
            .enumeration(&PIN_OPERSTATE),
    ],
);

/// The `pin-parent-device` attribute set, indexed by type.
pub static PIN_PARENT_DEVICE: AttrSet = AttrSet::new(
    "pin-parent-device",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::new("parent-id", "DPLL_A_PIN_PARENT_ID", 2, AttrType::U32),
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::new("direction", "DPLL_A_PIN_DIRECTION", 10, AttrType::U32)
            .enumeration(&PIN_DIRECTION),
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::new("prio", "DPLL_A_PIN_PRIO", 15, AttrType::U32),
        AttrDesc::new("state", "DPLL_A_PIN_STATE", 16, AttrType::U32).enumeration(&PIN_STATE),
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::new("phase-offset", "DPLL_A_PIN_PHASE_OFFSET", 23, AttrType::S64),
        AttrDesc::new(
            "fractional-frequency-offset",
            "DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET",
            24,
            AttrType::Sint,
        ),
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "fractional-frequency-offset-ppt",
            "DPLL_A_PIN_FRACTIONAL_FREQUENCY_OFFSET_PPT",
            30,
            AttrType::Sint,
        ),
        AttrDesc::UNKNOWN,
        AttrDesc::new("operstate", "DPLL_A_PIN_OPERSTATE", 32, AttrType::U32)
            .enumeration(&PIN_OPERSTATE),
    ],
);

/// The `pin-parent-pin` attribute set, indexed by type.
pub static PIN_PARENT_PIN: AttrSet = AttrSet::new(
    "pin-parent-pin",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::new("parent-id", "DPLL_A_PIN_PARENT_ID", 2, AttrType::U32),
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::new("state", "DPLL_A_PIN_STATE", 16, AttrType::U32).enumeration(&PIN_STATE),
    ],
);

/// The `frequency-range` attribute set, indexed by type.
pub static FREQUENCY_RANGE: AttrSet = AttrSet::new(
    "frequency-range",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "frequency-min",
            "DPLL_A_PIN_FREQUENCY_MIN",
            13,
            AttrType::U64,
        ),
        AttrDesc::new(
            "frequency-max",
            "DPLL_A_PIN_FREQUENCY_MAX",
            14,
            AttrType::U64,
        ),
    ],
);

/// The `reference-sync` attribute set, indexed by type.
pub static REFERENCE_SYNC: AttrSet = AttrSet::new(
    "reference-sync",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("id", "DPLL_A_PIN_ID", 1, AttrType::U32),
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::UNKNOWN,
        AttrDesc::new("state", "DPLL_A_PIN_STATE", 16, AttrType::U32).enumeration(&PIN_STATE),
    ],
);
