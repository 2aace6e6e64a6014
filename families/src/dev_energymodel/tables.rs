//! Descriptor tables of `dev-energymodel`: every enum, struct, attribute set and sub-message of the
//! spec, as data for the codec's dump, validation and named paths.

#[allow(unused_imports)]
use nlcodec::schema::{
    AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage,
    SubVariant,
};

/// The `perf-state-flags` flags.
pub static PERF_STATE_FLAGS: EnumDesc = EnumDesc::new(
    "perf-state-flags",
    true,
    &[EnumEntry {
        name: "perf-state-inefficient",
        c_name: "DEV_ENERGYMODEL_PERF_STATE_FLAGS_PERF_STATE_INEFFICIENT",
        value: 1,
    }],
);

/// The `perf-domain-flags` flags.
pub static PERF_DOMAIN_FLAGS: EnumDesc = EnumDesc::new(
    "perf-domain-flags",
    true,
    &[
        EnumEntry {
            name: "perf-domain-microwatts",
            c_name: "DEV_ENERGYMODEL_PERF_DOMAIN_FLAGS_PERF_DOMAIN_MICROWATTS",
            value: 1,
        },
        EnumEntry {
            name: "perf-domain-skip-inefficiencies",
            c_name: "DEV_ENERGYMODEL_PERF_DOMAIN_FLAGS_PERF_DOMAIN_SKIP_INEFFICIENCIES",
            value: 2,
        },
        EnumEntry {
            name: "perf-domain-artificial",
            c_name: "DEV_ENERGYMODEL_PERF_DOMAIN_FLAGS_PERF_DOMAIN_ARTIFICIAL",
            value: 4,
        },
    ],
);

/// The `perf-domain` attribute set, indexed by type.
pub static PERF_DOMAIN: AttrSet = AttrSet::new(
    "perf-domain",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("pad", "DEV_ENERGYMODEL_A_PERF_DOMAIN_PAD", 1, AttrType::Pad),
        AttrDesc::new(
            "perf-domain-id",
            "DEV_ENERGYMODEL_A_PERF_DOMAIN_PERF_DOMAIN_ID",
            2,
            AttrType::U32,
        ),
        AttrDesc::new(
            "flags",
            "DEV_ENERGYMODEL_A_PERF_DOMAIN_FLAGS",
            3,
            AttrType::U64,
        )
        .enumeration(&PERF_DOMAIN_FLAGS),
        AttrDesc::new(
            "cpus",
            "DEV_ENERGYMODEL_A_PERF_DOMAIN_CPUS",
            4,
            AttrType::U64,
        )
        .multi(),
    ],
);

/// The `perf-table` attribute set, indexed by type.
pub static PERF_TABLE: AttrSet = AttrSet::new(
    "perf-table",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new(
            "perf-domain-id",
            "DEV_ENERGYMODEL_A_PERF_TABLE_PERF_DOMAIN_ID",
            1,
            AttrType::U32,
        ),
        AttrDesc::new(
            "perf-state",
            "DEV_ENERGYMODEL_A_PERF_TABLE_PERF_STATE",
            2,
            AttrType::Nest,
        )
        .nested(&PERF_STATE)
        .multi(),
    ],
);

/// The `perf-state` attribute set, indexed by type.
pub static PERF_STATE: AttrSet = AttrSet::new(
    "perf-state",
    &[
        AttrDesc::UNKNOWN,
        AttrDesc::new("pad", "DEV_ENERGYMODEL_A_PERF_STATE_PAD", 1, AttrType::Pad),
        AttrDesc::new(
            "performance",
            "DEV_ENERGYMODEL_A_PERF_STATE_PERFORMANCE",
            2,
            AttrType::U64,
        ),
        AttrDesc::new(
            "frequency",
            "DEV_ENERGYMODEL_A_PERF_STATE_FREQUENCY",
            3,
            AttrType::U64,
        ),
        AttrDesc::new(
            "power",
            "DEV_ENERGYMODEL_A_PERF_STATE_POWER",
            4,
            AttrType::U64,
        ),
        AttrDesc::new(
            "cost",
            "DEV_ENERGYMODEL_A_PERF_STATE_COST",
            5,
            AttrType::U64,
        ),
        AttrDesc::new(
            "flags",
            "DEV_ENERGYMODEL_A_PERF_STATE_FLAGS",
            6,
            AttrType::U64,
        )
        .enumeration(&PERF_STATE_FLAGS),
    ],
);
