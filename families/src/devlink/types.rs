//! The enums, flags and fixed structs of `devlink`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

nl_enum! {
    /// The `sb-pool-type` enum of `devlink`.
    pub enum SbPoolType: u32 => tables::SB_POOL_TYPE {
        /// `DEVLINK_SB_POOL_TYPE_INGRESS`
        Ingress = 0,
        /// `DEVLINK_SB_POOL_TYPE_EGRESS`
        Egress = 1,
    }
}

nl_enum! {
    /// The `port-type` enum of `devlink`.
    pub enum PortType: u32 => tables::PORT_TYPE {
        /// `DEVLINK_PORT_TYPE_NOTSET`
        Notset = 0,
        /// `DEVLINK_PORT_TYPE_AUTO`
        Auto = 1,
        /// `DEVLINK_PORT_TYPE_ETH`
        Eth = 2,
        /// `DEVLINK_PORT_TYPE_IB`
        Ib = 3,
    }
}

nl_enum! {
    /// The `port-flavour` enum of `devlink`.
    pub enum PortFlavour: u32 => tables::PORT_FLAVOUR {
        /// `DEVLINK_PORT_FLAVOUR_PHYSICAL`
        Physical = 0,
        /// `DEVLINK_PORT_FLAVOUR_CPU`
        Cpu = 1,
        /// `DEVLINK_PORT_FLAVOUR_DSA`
        Dsa = 2,
        /// `DEVLINK_PORT_FLAVOUR_PCI_PF`
        PciPf = 3,
        /// `DEVLINK_PORT_FLAVOUR_PCI_VF`
        PciVf = 4,
        /// `DEVLINK_PORT_FLAVOUR_VIRTUAL`
        Virtual = 5,
        /// `DEVLINK_PORT_FLAVOUR_UNUSED`
        Unused = 6,
        /// `DEVLINK_PORT_FLAVOUR_PCI_SF`
        PciSf = 7,
    }
}

nl_enum! {
    /// The `port-fn-state` enum of `devlink`.
    pub enum PortFnState: u32 => tables::PORT_FN_STATE {
        /// `DEVLINK_PORT_FN_STATE_INACTIVE`
        Inactive = 0,
        /// `DEVLINK_PORT_FN_STATE_ACTIVE`
        Active = 1,
    }
}

nl_enum! {
    /// The `port-fn-opstate` enum of `devlink`.
    pub enum PortFnOpstate: u32 => tables::PORT_FN_OPSTATE {
        /// `DEVLINK_PORT_FN_OPSTATE_DETACHED`
        Detached = 0,
        /// `DEVLINK_PORT_FN_OPSTATE_ATTACHED`
        Attached = 1,
    }
}

nl_enum! {
    /// The `port-fn-attr-cap` enum of `devlink`.
    pub enum PortFnAttrCap: u32 => tables::PORT_FN_ATTR_CAP {
        /// `DEVLINK_PORT_FN_ATTR_CAP_ROCE_BIT`
        RoceBit = 0,
        /// `DEVLINK_PORT_FN_ATTR_CAP_MIGRATABLE_BIT`
        MigratableBit = 1,
        /// `DEVLINK_PORT_FN_ATTR_CAP_IPSEC_CRYPTO_BIT`
        IpsecCryptoBit = 2,
        /// `DEVLINK_PORT_FN_ATTR_CAP_IPSEC_PACKET_BIT`
        IpsecPacketBit = 3,
    }
}

nl_enum! {
    /// The `rate-type` enum of `devlink`.
    pub enum RateType: u32 => tables::RATE_TYPE {
        /// `DEVLINK_RATE_TYPE_LEAF`
        Leaf = 0,
        /// `DEVLINK_RATE_TYPE_NODE`
        Node = 1,
    }
}

nl_enum! {
    /// The `sb-threshold-type` enum of `devlink`.
    pub enum SbThresholdType: u32 => tables::SB_THRESHOLD_TYPE {
        /// `DEVLINK_SB_THRESHOLD_TYPE_STATIC`
        Static = 0,
        /// `DEVLINK_SB_THRESHOLD_TYPE_DYNAMIC`
        Dynamic = 1,
    }
}

nl_enum! {
    /// The `eswitch-mode` enum of `devlink`.
    pub enum EswitchMode: u32 => tables::ESWITCH_MODE {
        /// `DEVLINK_ESWITCH_MODE_LEGACY`
        Legacy = 0,
        /// `DEVLINK_ESWITCH_MODE_SWITCHDEV`
        Switchdev = 1,
        /// `DEVLINK_ESWITCH_MODE_SWITCHDEV_INACTIVE`
        SwitchdevInactive = 2,
    }
}

nl_enum! {
    /// The `eswitch-inline-mode` enum of `devlink`.
    pub enum EswitchInlineMode: u32 => tables::ESWITCH_INLINE_MODE {
        /// `DEVLINK_ESWITCH_INLINE_MODE_NONE`
        None = 0,
        /// `DEVLINK_ESWITCH_INLINE_MODE_LINK`
        Link = 1,
        /// `DEVLINK_ESWITCH_INLINE_MODE_NETWORK`
        Network = 2,
        /// `DEVLINK_ESWITCH_INLINE_MODE_TRANSPORT`
        Transport = 3,
    }
}

nl_enum! {
    /// The `eswitch-encap-mode` enum of `devlink`.
    pub enum EswitchEncapMode: u32 => tables::ESWITCH_ENCAP_MODE {
        /// `DEVLINK_ESWITCH_ENCAP_MODE_NONE`
        None = 0,
        /// `DEVLINK_ESWITCH_ENCAP_MODE_BASIC`
        Basic = 1,
    }
}

nl_enum! {
    /// The `dpipe-header-id` enum of `devlink`.
    pub enum DpipeHeaderId: u32 => tables::DPIPE_HEADER_ID {
        /// `DEVLINK_DPIPE_HEADER_ID_ETHERNET`
        Ethernet = 0,
        /// `DEVLINK_DPIPE_HEADER_ID_IPV4`
        Ipv4 = 1,
        /// `DEVLINK_DPIPE_HEADER_ID_IPV6`
        Ipv6 = 2,
    }
}

nl_enum! {
    /// The `dpipe-match-type` enum of `devlink`.
    pub enum DpipeMatchType: u32 => tables::DPIPE_MATCH_TYPE {
        /// `DEVLINK_DPIPE_MATCH_TYPE_FIELD_EXACT`
        FieldExact = 0,
    }
}

nl_enum! {
    /// The `dpipe-action-type` enum of `devlink`.
    pub enum DpipeActionType: u32 => tables::DPIPE_ACTION_TYPE {
        /// `DEVLINK_DPIPE_ACTION_TYPE_FIELD_MODIFY`
        FieldModify = 0,
    }
}

nl_enum! {
    /// The `dpipe-field-mapping-type` enum of `devlink`.
    pub enum DpipeFieldMappingType: u32 => tables::DPIPE_FIELD_MAPPING_TYPE {
        /// `DEVLINK_DPIPE_FIELD_MAPPING_TYPE_NONE`
        None = 0,
        /// `DEVLINK_DPIPE_FIELD_MAPPING_TYPE_IFINDEX`
        Ifindex = 1,
    }
}

nl_enum! {
    /// The `resource-unit` enum of `devlink`.
    pub enum ResourceUnit: u32 => tables::RESOURCE_UNIT {
        /// `DEVLINK_RESOURCE_UNIT_ENTRY`
        Entry = 0,
    }
}

nl_enum! {
    /// The `resource-scope` enum of `devlink`.
    pub enum ResourceScope: u32 => tables::RESOURCE_SCOPE {
        /// `DEVLINK_RESOURCE_SCOPE_DEV`
        Dev = 0,
        /// `DEVLINK_RESOURCE_SCOPE_PORT`
        Port = 1,
    }
}

nl_enum! {
    /// The `reload-action` enum of `devlink`.
    pub enum ReloadAction: u32 => tables::RELOAD_ACTION {
        /// `DEVLINK_RELOAD_ACTION_DRIVER_REINIT`
        DriverReinit = 1,
        /// `DEVLINK_RELOAD_ACTION_FW_ACTIVATE`
        FwActivate = 2,
    }
}

nl_enum! {
    /// The `param-cmode` enum of `devlink`.
    pub enum ParamCmode: u32 => tables::PARAM_CMODE {
        /// `DEVLINK_PARAM_CMODE_RUNTIME`
        Runtime = 0,
        /// `DEVLINK_PARAM_CMODE_DRIVERINIT`
        Driverinit = 1,
        /// `DEVLINK_PARAM_CMODE_PERMANENT`
        Permanent = 2,
    }
}

nl_enum! {
    /// The `flash-overwrite` enum of `devlink`.
    pub enum FlashOverwrite: u32 => tables::FLASH_OVERWRITE {
        /// `DEVLINK_FLASH_OVERWRITE_SETTINGS_BIT`
        SettingsBit = 0,
        /// `DEVLINK_FLASH_OVERWRITE_IDENTIFIERS_BIT`
        IdentifiersBit = 1,
    }
}

nl_enum! {
    /// The `trap-action` enum of `devlink`.
    pub enum TrapAction: u32 => tables::TRAP_ACTION {
        /// `DEVLINK_TRAP_ACTION_DROP`
        Drop = 0,
        /// `DEVLINK_TRAP_ACTION_TRAP`
        Trap = 1,
        /// `DEVLINK_TRAP_ACTION_MIRROR`
        Mirror = 2,
    }
}

nl_enum! {
    /// The `trap-type` enum of `devlink`.
    pub enum TrapType: u32 => tables::TRAP_TYPE {
        /// `DEVLINK_TRAP_TYPE_DROP`
        Drop = 0,
        /// `DEVLINK_TRAP_TYPE_EXCEPTION`
        Exception = 1,
        /// `DEVLINK_TRAP_TYPE_CONTROL`
        Control = 2,
    }
}

nl_enum! {
    /// The `var-attr-type` enum of `devlink`.
    pub enum VarAttrType: u32 => tables::VAR_ATTR_TYPE {
        /// `DEVLINK_VAR_ATTR_TYPE_U8`
        U8 = 1,
        /// `DEVLINK_VAR_ATTR_TYPE_U16`
        U16 = 2,
        /// `DEVLINK_VAR_ATTR_TYPE_U32`
        U32 = 3,
        /// `DEVLINK_VAR_ATTR_TYPE_U64`
        U64 = 4,
        /// `DEVLINK_VAR_ATTR_TYPE_STRING`
        String = 5,
        /// `DEVLINK_VAR_ATTR_TYPE_FLAG`
        Flag = 6,
        /// `DEVLINK_VAR_ATTR_TYPE_NUL_STRING`
        NulString = 10,
        /// `DEVLINK_VAR_ATTR_TYPE_BINARY`
        Binary = 11,
        /// `DEVLINK_VAR_ATTR_TYPE_U64_ARRAY`
        U64Array = 129,
    }
}
