//! The numbers of `nftables` by their kernel C names: attribute types, enum values and flag
//! bits, message types, multicast groups and constants.

// Message types

/// Start a batch of operations
pub const NFTABLES_CMD_BATCH_BEGIN: u16 = 16;
/// Finish a batch of operations
pub const NFTABLES_CMD_BATCH_END: u16 = 17;
/// Create a new table.
pub const NFTABLES_CMD_NEWTABLE: u16 = 2560;
/// Get / dump tables.
pub const NFTABLES_CMD_GETTABLE: u16 = 2561;
/// Delete an existing table.
pub const NFTABLES_CMD_DELTABLE: u16 = 2562;
/// Delete an existing table with destroy semantics (ignoring ENOENT
/// errors).
pub const NFTABLES_CMD_DESTROYTABLE: u16 = 2586;
/// Create a new chain.
pub const NFTABLES_CMD_NEWCHAIN: u16 = 2563;
/// Get / dump chains.
pub const NFTABLES_CMD_GETCHAIN: u16 = 2564;
/// Delete an existing chain.
pub const NFTABLES_CMD_DELCHAIN: u16 = 2565;
/// Delete an existing chain with destroy semantics (ignoring ENOENT
/// errors).
pub const NFTABLES_CMD_DESTROYCHAIN: u16 = 2587;
/// Create a new rule.
pub const NFTABLES_CMD_NEWRULE: u16 = 2566;
/// Get / dump rules.
pub const NFTABLES_CMD_GETRULE: u16 = 2567;
/// Get / dump rules and reset stateful expressions.
pub const NFTABLES_CMD_GETRULE_RESET: u16 = 2585;
/// Delete an existing rule.
pub const NFTABLES_CMD_DELRULE: u16 = 2568;
/// Delete an existing rule with destroy semantics (ignoring ENOENT errors).
pub const NFTABLES_CMD_DESTROYRULE: u16 = 2588;
/// Create a new set.
pub const NFTABLES_CMD_NEWSET: u16 = 2569;
/// Get / dump sets.
pub const NFTABLES_CMD_GETSET: u16 = 2570;
/// Delete an existing set.
pub const NFTABLES_CMD_DELSET: u16 = 2571;
/// Delete an existing set with destroy semantics (ignoring ENOENT errors).
pub const NFTABLES_CMD_DESTROYSET: u16 = 2589;
/// Create a new set element.
pub const NFTABLES_CMD_NEWSETELEM: u16 = 2572;
/// Get / dump set elements.
pub const NFTABLES_CMD_GETSETELEM: u16 = 2573;
/// Get / dump set elements and reset stateful expressions.
pub const NFTABLES_CMD_GETSETELEM_RESET: u16 = 2593;
/// Delete an existing set element.
pub const NFTABLES_CMD_DELSETELEM: u16 = 2574;
/// Delete an existing set element with destroy semantics.
pub const NFTABLES_CMD_DESTROYSETELEM: u16 = 2590;
/// Get / dump rule-set generation.
pub const NFTABLES_CMD_GETGEN: u16 = 2576;
/// Create a new stateful object.
pub const NFTABLES_CMD_NEWOBJ: u16 = 2578;
/// Get / dump stateful objects.
pub const NFTABLES_CMD_GETOBJ: u16 = 2579;
/// Delete an existing stateful object.
pub const NFTABLES_CMD_DELOBJ: u16 = 2580;
/// Delete an existing stateful object with destroy semantics.
pub const NFTABLES_CMD_DESTROYOBJ: u16 = 2591;
/// Create a new flow table.
pub const NFTABLES_CMD_NEWFLOWTABLE: u16 = 2582;
/// Get / dump flow tables.
pub const NFTABLES_CMD_GETFLOWTABLE: u16 = 2583;
/// Delete an existing flow table.
pub const NFTABLES_CMD_DELFLOWTABLE: u16 = 2584;
/// Delete an existing flow table with destroy semantics.
pub const NFTABLES_CMD_DESTROYFLOWTABLE: u16 = 2592;

// Multicast groups

/// The `mgmt` multicast group's name (its id comes from nlctrl).
pub const MGMT_NAME: &str = "mgmt";

// Attribute set `log-attrs`

/// netlink group to send messages to
pub const NFTABLES_A_LOG_ATTRS_GROUP: u16 = 1;
/// prefix to prepend to log messages
pub const NFTABLES_A_LOG_ATTRS_PREFIX: u16 = 2;
/// length of payload to include in netlink message
pub const NFTABLES_A_LOG_ATTRS_SNAPLEN: u16 = 3;
/// queue threshold
pub const NFTABLES_A_LOG_ATTRS_QTHRESHOLD: u16 = 4;
/// log level
pub const NFTABLES_A_LOG_ATTRS_LEVEL: u16 = 5;
/// logging flags
pub const NFTABLES_A_LOG_ATTRS_FLAGS: u16 = 6;

// Attribute set `numgen-attrs`

/// destination register
pub const NFTABLES_A_NUMGEN_ATTRS_DREG: u16 = 1;
/// maximum counter value
pub const NFTABLES_A_NUMGEN_ATTRS_MODULUS: u16 = 2;
/// operation type
pub const NFTABLES_A_NUMGEN_ATTRS_TYPE: u16 = 3;
/// offset to be added to the counter
pub const NFTABLES_A_NUMGEN_ATTRS_OFFSET: u16 = 4;

// Attribute set `range-attrs`

/// source register of data to compare
pub const NFTABLES_A_RANGE_ATTRS_SREG: u16 = 1;
/// cmp operation
pub const NFTABLES_A_RANGE_ATTRS_OP: u16 = 2;
/// data range from
pub const NFTABLES_A_RANGE_ATTRS_FROM_DATA: u16 = 3;
/// data range to
pub const NFTABLES_A_RANGE_ATTRS_TO_DATA: u16 = 4;

// Attribute set `batch-attrs`

/// generation ID for this changeset
pub const NFTABLES_A_BATCH_ATTRS_GENID: u16 = 1;

// Attribute set `table-attrs`

/// name of the table
pub const NFTABLES_A_TABLE_ATTRS_NAME: u16 = 1;
/// bitmask of flags
pub const NFTABLES_A_TABLE_ATTRS_FLAGS: u16 = 2;
/// number of chains in this table
pub const NFTABLES_A_TABLE_ATTRS_USE: u16 = 3;
/// numeric handle of the table
pub const NFTABLES_A_TABLE_ATTRS_HANDLE: u16 = 4;
/// `pad` (pad) of `table-attrs`.
pub const NFTABLES_A_TABLE_ATTRS_PAD: u16 = 5;
/// user data
pub const NFTABLES_A_TABLE_ATTRS_USERDATA: u16 = 6;
/// owner of this table through netlink portID
pub const NFTABLES_A_TABLE_ATTRS_OWNER: u16 = 7;

// Attribute set `chain-attrs`

/// name of the table containing the chain
pub const NFTABLES_A_CHAIN_ATTRS_TABLE: u16 = 1;
/// numeric handle of the chain
pub const NFTABLES_A_CHAIN_ATTRS_HANDLE: u16 = 2;
/// name of the chain
pub const NFTABLES_A_CHAIN_ATTRS_NAME: u16 = 3;
/// hook specification for basechains
pub const NFTABLES_A_CHAIN_ATTRS_HOOK: u16 = 4;
/// numeric policy of the chain
pub const NFTABLES_A_CHAIN_ATTRS_POLICY: u16 = 5;
/// number of references to this chain
pub const NFTABLES_A_CHAIN_ATTRS_USE: u16 = 6;
/// type name of the chain
pub const NFTABLES_A_CHAIN_ATTRS_TYPE: u16 = 7;
/// counter specification of the chain
pub const NFTABLES_A_CHAIN_ATTRS_COUNTERS: u16 = 8;
/// chain flags
pub const NFTABLES_A_CHAIN_ATTRS_FLAGS: u16 = 10;
/// uniquely identifies a chain in a transaction
pub const NFTABLES_A_CHAIN_ATTRS_ID: u16 = 11;
/// user data
pub const NFTABLES_A_CHAIN_ATTRS_USERDATA: u16 = 12;

// Attribute set `counter-attrs`

/// `bytes` (u64) of `counter-attrs`.
pub const NFTABLES_A_COUNTER_ATTRS_BYTES: u16 = 1;
/// `packets` (u64) of `counter-attrs`.
pub const NFTABLES_A_COUNTER_ATTRS_PACKETS: u16 = 2;
/// `pad` (pad) of `counter-attrs`.
pub const NFTABLES_A_COUNTER_ATTRS_PAD: u16 = 3;

// Attribute set `nft-hook-attrs`

/// `num` (u32) of `nft-hook-attrs`.
pub const NFTABLES_A_NFT_HOOK_ATTRS_NUM: u16 = 1;
/// `priority` (s32) of `nft-hook-attrs`.
pub const NFTABLES_A_NFT_HOOK_ATTRS_PRIORITY: u16 = 2;
/// net device name
pub const NFTABLES_A_NFT_HOOK_ATTRS_DEV: u16 = 3;
/// list of net devices
pub const NFTABLES_A_NFT_HOOK_ATTRS_DEVS: u16 = 4;

// Attribute set `hook-dev-attrs`

/// `name` (string) of `hook-dev-attrs`.
pub const NFTABLES_A_HOOK_DEV_ATTRS_NAME: u16 = 1;

// Attribute set `nft-counter-attrs`

/// `bytes` (u64) of `nft-counter-attrs`.
pub const NFTABLES_A_NFT_COUNTER_ATTRS_BYTES: u16 = 1;
/// `packets` (u64) of `nft-counter-attrs`.
pub const NFTABLES_A_NFT_COUNTER_ATTRS_PACKETS: u16 = 2;

// Attribute set `rule-attrs`

/// name of the table containing the rule
pub const NFTABLES_A_RULE_ATTRS_TABLE: u16 = 1;
/// name of the chain containing the rule
pub const NFTABLES_A_RULE_ATTRS_CHAIN: u16 = 2;
/// numeric handle of the rule
pub const NFTABLES_A_RULE_ATTRS_HANDLE: u16 = 3;
/// list of expressions
pub const NFTABLES_A_RULE_ATTRS_EXPRESSIONS: u16 = 4;
/// compatibility specifications of the rule
pub const NFTABLES_A_RULE_ATTRS_COMPAT: u16 = 5;
/// numeric handle of the previous rule
pub const NFTABLES_A_RULE_ATTRS_POSITION: u16 = 6;
/// user data
pub const NFTABLES_A_RULE_ATTRS_USERDATA: u16 = 7;
/// uniquely identifies a rule in a transaction
pub const NFTABLES_A_RULE_ATTRS_ID: u16 = 9;
/// transaction unique identifier of the previous rule
pub const NFTABLES_A_RULE_ATTRS_POSITION_ID: u16 = 10;
/// add the rule to chain by ID, alternative to chain name
pub const NFTABLES_A_RULE_ATTRS_CHAIN_ID: u16 = 11;

// Attribute set `expr-list-attrs`

/// `elem` (nest) of `expr-list-attrs`.
pub const NFTABLES_A_EXPR_LIST_ATTRS_ELEM: u16 = 1;

// Attribute set `expr-attrs`

/// name of the expression type
pub const NFTABLES_A_EXPR_ATTRS_NAME: u16 = 1;
/// type specific data
pub const NFTABLES_A_EXPR_ATTRS_DATA: u16 = 2;

// Attribute set `rule-compat-attrs`

/// numeric value of the handled protocol
pub const NFTABLES_A_RULE_COMPAT_ATTRS_PROTO: u16 = 1;
/// bitmask of flags
pub const NFTABLES_A_RULE_COMPAT_ATTRS_FLAGS: u16 = 2;

// Attribute set `set-attrs`

/// table name
pub const NFTABLES_A_SET_ATTRS_TABLE: u16 = 1;
/// set name
pub const NFTABLES_A_SET_ATTRS_NAME: u16 = 2;
/// bitmask of enum nft_set_flags
pub const NFTABLES_A_SET_ATTRS_FLAGS: u16 = 3;
/// key data type, informational purpose only
pub const NFTABLES_A_SET_ATTRS_KEY_TYPE: u16 = 4;
/// key data length
pub const NFTABLES_A_SET_ATTRS_KEY_LEN: u16 = 5;
/// mapping data type
pub const NFTABLES_A_SET_ATTRS_DATA_TYPE: u16 = 6;
/// mapping data length
pub const NFTABLES_A_SET_ATTRS_DATA_LEN: u16 = 7;
/// selection policy
pub const NFTABLES_A_SET_ATTRS_POLICY: u16 = 8;
/// set description
pub const NFTABLES_A_SET_ATTRS_DESC: u16 = 9;
/// uniquely identifies a set in a transaction
pub const NFTABLES_A_SET_ATTRS_ID: u16 = 10;
/// default timeout value
pub const NFTABLES_A_SET_ATTRS_TIMEOUT: u16 = 11;
/// garbage collection interval
pub const NFTABLES_A_SET_ATTRS_GC_INTERVAL: u16 = 12;
/// user data
pub const NFTABLES_A_SET_ATTRS_USERDATA: u16 = 13;
/// `pad` (pad) of `set-attrs`.
pub const NFTABLES_A_SET_ATTRS_PAD: u16 = 14;
/// stateful object type
pub const NFTABLES_A_SET_ATTRS_OBJ_TYPE: u16 = 15;
/// set handle
pub const NFTABLES_A_SET_ATTRS_HANDLE: u16 = 16;
/// set expression
pub const NFTABLES_A_SET_ATTRS_EXPR: u16 = 17;
/// list of expressions
pub const NFTABLES_A_SET_ATTRS_EXPRESSIONS: u16 = 18;
/// set backend type
pub const NFTABLES_A_SET_ATTRS_TYPE: u16 = 19;
/// number of set elements
pub const NFTABLES_A_SET_ATTRS_COUNT: u16 = 20;

// Attribute set `set-desc-attrs`

/// number of elements in set
pub const NFTABLES_A_SET_DESC_ATTRS_SIZE: u16 = 1;
/// description of field concatenation
pub const NFTABLES_A_SET_DESC_ATTRS_CONCAT: u16 = 2;

// Attribute set `set-desc-concat-attrs`

/// `elem` (nest) of `set-desc-concat-attrs`.
pub const NFTABLES_A_SET_DESC_CONCAT_ATTRS_ELEM: u16 = 1;

// Attribute set `set-field-attrs`

/// `len` (u32) of `set-field-attrs`.
pub const NFTABLES_A_SET_FIELD_ATTRS_LEN: u16 = 1;

// Attribute set `set-list-attrs`

/// `elem` (nest) of `set-list-attrs`.
pub const NFTABLES_A_SET_LIST_ATTRS_ELEM: u16 = 1;

// Attribute set `setelem-attrs`

/// key value
pub const NFTABLES_A_SETELEM_ATTRS_KEY: u16 = 1;
/// data value of mapping
pub const NFTABLES_A_SETELEM_ATTRS_DATA: u16 = 2;
/// bitmask of nft_set_elem_flags
pub const NFTABLES_A_SETELEM_ATTRS_FLAGS: u16 = 3;
/// timeout value
pub const NFTABLES_A_SETELEM_ATTRS_TIMEOUT: u16 = 4;
/// expiration time
pub const NFTABLES_A_SETELEM_ATTRS_EXPIRATION: u16 = 5;
/// user data
pub const NFTABLES_A_SETELEM_ATTRS_USERDATA: u16 = 6;
/// expression
pub const NFTABLES_A_SETELEM_ATTRS_EXPR: u16 = 7;
/// stateful object reference
pub const NFTABLES_A_SETELEM_ATTRS_OBJREF: u16 = 9;
/// closing key value
pub const NFTABLES_A_SETELEM_ATTRS_KEY_END: u16 = 10;
/// list of expressions
pub const NFTABLES_A_SETELEM_ATTRS_EXPRESSIONS: u16 = 11;

// Attribute set `setelem-list-elem-attrs`

/// `elem` (nest) of `setelem-list-elem-attrs`.
pub const NFTABLES_A_SETELEM_LIST_ELEM_ATTRS_ELEM: u16 = 1;

// Attribute set `setelem-list-attrs`

/// `table` (string) of `setelem-list-attrs`.
pub const NFTABLES_A_SETELEM_LIST_ATTRS_TABLE: u16 = 1;
/// `set` (string) of `setelem-list-attrs`.
pub const NFTABLES_A_SETELEM_LIST_ATTRS_SET: u16 = 2;
/// `elements` (nest) of `setelem-list-attrs`.
pub const NFTABLES_A_SETELEM_LIST_ATTRS_ELEMENTS: u16 = 3;
/// `set-id` (u32) of `setelem-list-attrs`.
pub const NFTABLES_A_SETELEM_LIST_ATTRS_SET_ID: u16 = 4;

// Attribute set `gen-attrs`

/// ruleset generation id
pub const NFTABLES_A_GEN_ATTRS_ID: u16 = 1;
/// `proc-pid` (u32) of `gen-attrs`.
pub const NFTABLES_A_GEN_ATTRS_PROC_PID: u16 = 2;
/// `proc-name` (string) of `gen-attrs`.
pub const NFTABLES_A_GEN_ATTRS_PROC_NAME: u16 = 3;

// Attribute set `obj-attrs`

/// name of the table containing the expression
pub const NFTABLES_A_OBJ_ATTRS_TABLE: u16 = 1;
/// name of this expression type
pub const NFTABLES_A_OBJ_ATTRS_NAME: u16 = 2;
/// stateful object type
pub const NFTABLES_A_OBJ_ATTRS_TYPE: u16 = 3;
/// stateful object data
pub const NFTABLES_A_OBJ_ATTRS_DATA: u16 = 4;
/// number of references to this expression
pub const NFTABLES_A_OBJ_ATTRS_USE: u16 = 5;
/// object handle
pub const NFTABLES_A_OBJ_ATTRS_HANDLE: u16 = 6;
/// `pad` (pad) of `obj-attrs`.
pub const NFTABLES_A_OBJ_ATTRS_PAD: u16 = 7;
/// user data
pub const NFTABLES_A_OBJ_ATTRS_USERDATA: u16 = 8;

// Attribute set `quota-attrs`

/// `bytes` (u64) of `quota-attrs`.
pub const NFTABLES_A_QUOTA_ATTRS_BYTES: u16 = 1;
/// `flags` (u32) of `quota-attrs`.
pub const NFTABLES_A_QUOTA_ATTRS_FLAGS: u16 = 2;
/// `pad` (pad) of `quota-attrs`.
pub const NFTABLES_A_QUOTA_ATTRS_PAD: u16 = 3;
/// `consumed` (u64) of `quota-attrs`.
pub const NFTABLES_A_QUOTA_ATTRS_CONSUMED: u16 = 4;

// Attribute set `flowtable-attrs`

/// `table` (string) of `flowtable-attrs`.
pub const NFTABLES_A_FLOWTABLE_ATTRS_TABLE: u16 = 1;
/// `name` (string) of `flowtable-attrs`.
pub const NFTABLES_A_FLOWTABLE_ATTRS_NAME: u16 = 2;
/// `hook` (nest) of `flowtable-attrs`.
pub const NFTABLES_A_FLOWTABLE_ATTRS_HOOK: u16 = 3;
/// `use` (u32) of `flowtable-attrs`.
pub const NFTABLES_A_FLOWTABLE_ATTRS_USE: u16 = 4;
/// `handle` (u64) of `flowtable-attrs`.
pub const NFTABLES_A_FLOWTABLE_ATTRS_HANDLE: u16 = 5;
/// `pad` (pad) of `flowtable-attrs`.
pub const NFTABLES_A_FLOWTABLE_ATTRS_PAD: u16 = 6;
/// `flags` (u32) of `flowtable-attrs`.
pub const NFTABLES_A_FLOWTABLE_ATTRS_FLAGS: u16 = 7;

// Attribute set `flowtable-hook-attrs`

/// `num` (u32) of `flowtable-hook-attrs`.
pub const NFTABLES_A_FLOWTABLE_HOOK_ATTRS_NUM: u16 = 1;
/// `priority` (u32) of `flowtable-hook-attrs`.
pub const NFTABLES_A_FLOWTABLE_HOOK_ATTRS_PRIORITY: u16 = 2;
/// `devs` (nest) of `flowtable-hook-attrs`.
pub const NFTABLES_A_FLOWTABLE_HOOK_ATTRS_DEVS: u16 = 3;

// Attribute set `expr-bitwise-attrs`

/// `sreg` (u32) of `expr-bitwise-attrs`.
pub const NFTABLES_A_EXPR_BITWISE_ATTRS_SREG: u16 = 1;
/// `dreg` (u32) of `expr-bitwise-attrs`.
pub const NFTABLES_A_EXPR_BITWISE_ATTRS_DREG: u16 = 2;
/// `len` (u32) of `expr-bitwise-attrs`.
pub const NFTABLES_A_EXPR_BITWISE_ATTRS_LEN: u16 = 3;
/// `mask` (nest) of `expr-bitwise-attrs`.
pub const NFTABLES_A_EXPR_BITWISE_ATTRS_MASK: u16 = 4;
/// `xor` (nest) of `expr-bitwise-attrs`.
pub const NFTABLES_A_EXPR_BITWISE_ATTRS_XOR: u16 = 5;
/// `op` (u32) of `expr-bitwise-attrs`.
pub const NFTABLES_A_EXPR_BITWISE_ATTRS_OP: u16 = 6;
/// `data` (nest) of `expr-bitwise-attrs`.
pub const NFTABLES_A_EXPR_BITWISE_ATTRS_DATA: u16 = 7;

// Attribute set `expr-cmp-attrs`

/// `sreg` (u32) of `expr-cmp-attrs`.
pub const NFTABLES_A_EXPR_CMP_ATTRS_SREG: u16 = 1;
/// `op` (u32) of `expr-cmp-attrs`.
pub const NFTABLES_A_EXPR_CMP_ATTRS_OP: u16 = 2;
/// `data` (nest) of `expr-cmp-attrs`.
pub const NFTABLES_A_EXPR_CMP_ATTRS_DATA: u16 = 3;

// Attribute set `data-attrs`

/// `value` (binary) of `data-attrs`.
pub const NFTABLES_A_DATA_ATTRS_VALUE: u16 = 1;
/// `verdict` (nest) of `data-attrs`.
pub const NFTABLES_A_DATA_ATTRS_VERDICT: u16 = 2;

// Attribute set `verdict-attrs`

/// nf_tables verdict
pub const NFTABLES_A_VERDICT_ATTRS_CODE: u16 = 1;
/// jump target chain name
pub const NFTABLES_A_VERDICT_ATTRS_CHAIN: u16 = 2;
/// jump target chain ID
pub const NFTABLES_A_VERDICT_ATTRS_CHAIN_ID: u16 = 3;

// Attribute set `expr-counter-attrs`

/// Number of bytes
pub const NFTABLES_A_EXPR_COUNTER_ATTRS_BYTES: u16 = 1;
/// Number of packets
pub const NFTABLES_A_EXPR_COUNTER_ATTRS_PACKETS: u16 = 2;
/// `pad` (pad) of `expr-counter-attrs`.
pub const NFTABLES_A_EXPR_COUNTER_ATTRS_PAD: u16 = 3;

// Attribute set `expr-fib-attrs`

/// `dreg` (u32) of `expr-fib-attrs`.
pub const NFTABLES_A_EXPR_FIB_ATTRS_DREG: u16 = 1;
/// `result` (u32) of `expr-fib-attrs`.
pub const NFTABLES_A_EXPR_FIB_ATTRS_RESULT: u16 = 2;
/// `flags` (u32) of `expr-fib-attrs`.
pub const NFTABLES_A_EXPR_FIB_ATTRS_FLAGS: u16 = 3;

// Attribute set `expr-ct-attrs`

/// `dreg` (u32) of `expr-ct-attrs`.
pub const NFTABLES_A_EXPR_CT_ATTRS_DREG: u16 = 1;
/// `key` (u32) of `expr-ct-attrs`.
pub const NFTABLES_A_EXPR_CT_ATTRS_KEY: u16 = 2;
/// `direction` (u8) of `expr-ct-attrs`.
pub const NFTABLES_A_EXPR_CT_ATTRS_DIRECTION: u16 = 3;
/// `sreg` (u32) of `expr-ct-attrs`.
pub const NFTABLES_A_EXPR_CT_ATTRS_SREG: u16 = 4;

// Attribute set `expr-flow-offload-attrs`

/// Flow offload table name
pub const NFTABLES_A_EXPR_FLOW_OFFLOAD_ATTRS_NAME: u16 = 1;

// Attribute set `expr-immediate-attrs`

/// `dreg` (u32) of `expr-immediate-attrs`.
pub const NFTABLES_A_EXPR_IMMEDIATE_ATTRS_DREG: u16 = 1;
/// `data` (nest) of `expr-immediate-attrs`.
pub const NFTABLES_A_EXPR_IMMEDIATE_ATTRS_DATA: u16 = 2;

// Attribute set `expr-lookup-attrs`

/// Name of set to use
pub const NFTABLES_A_EXPR_LOOKUP_ATTRS_SET: u16 = 1;
/// `sreg` (u32) of `expr-lookup-attrs`.
pub const NFTABLES_A_EXPR_LOOKUP_ATTRS_SREG: u16 = 2;
/// `dreg` (u32) of `expr-lookup-attrs`.
pub const NFTABLES_A_EXPR_LOOKUP_ATTRS_DREG: u16 = 3;
/// ID of set to use
pub const NFTABLES_A_EXPR_LOOKUP_ATTRS_SET_ID: u16 = 4;
/// `flags` (u32) of `expr-lookup-attrs`.
pub const NFTABLES_A_EXPR_LOOKUP_ATTRS_FLAGS: u16 = 5;

// Attribute set `expr-masq-attrs`

/// `flags` (u32) of `expr-masq-attrs`.
pub const NFTABLES_A_EXPR_MASQ_ATTRS_FLAGS: u16 = 1;
/// `reg-proto-min` (u32) of `expr-masq-attrs`.
pub const NFTABLES_A_EXPR_MASQ_ATTRS_REG_PROTO_MIN: u16 = 2;
/// `reg-proto-max` (u32) of `expr-masq-attrs`.
pub const NFTABLES_A_EXPR_MASQ_ATTRS_REG_PROTO_MAX: u16 = 3;

// Attribute set `expr-meta-attrs`

/// `dreg` (u32) of `expr-meta-attrs`.
pub const NFTABLES_A_EXPR_META_ATTRS_DREG: u16 = 1;
/// `key` (u32) of `expr-meta-attrs`.
pub const NFTABLES_A_EXPR_META_ATTRS_KEY: u16 = 2;
/// `sreg` (u32) of `expr-meta-attrs`.
pub const NFTABLES_A_EXPR_META_ATTRS_SREG: u16 = 3;

// Attribute set `expr-nat-attrs`

/// `type` (u32) of `expr-nat-attrs`.
pub const NFTABLES_A_EXPR_NAT_ATTRS_TYPE: u16 = 1;
/// `family` (u32) of `expr-nat-attrs`.
pub const NFTABLES_A_EXPR_NAT_ATTRS_FAMILY: u16 = 2;
/// `reg-addr-min` (u32) of `expr-nat-attrs`.
pub const NFTABLES_A_EXPR_NAT_ATTRS_REG_ADDR_MIN: u16 = 3;
/// `reg-addr-max` (u32) of `expr-nat-attrs`.
pub const NFTABLES_A_EXPR_NAT_ATTRS_REG_ADDR_MAX: u16 = 4;
/// `reg-proto-min` (u32) of `expr-nat-attrs`.
pub const NFTABLES_A_EXPR_NAT_ATTRS_REG_PROTO_MIN: u16 = 5;
/// `reg-proto-max` (u32) of `expr-nat-attrs`.
pub const NFTABLES_A_EXPR_NAT_ATTRS_REG_PROTO_MAX: u16 = 6;
/// `flags` (u32) of `expr-nat-attrs`.
pub const NFTABLES_A_EXPR_NAT_ATTRS_FLAGS: u16 = 7;

// Attribute set `expr-payload-attrs`

/// destination register to load data into
pub const NFTABLES_A_EXPR_PAYLOAD_ATTRS_DREG: u16 = 1;
/// payload base
pub const NFTABLES_A_EXPR_PAYLOAD_ATTRS_BASE: u16 = 2;
/// payload offset relative to base
pub const NFTABLES_A_EXPR_PAYLOAD_ATTRS_OFFSET: u16 = 3;
/// payload length
pub const NFTABLES_A_EXPR_PAYLOAD_ATTRS_LEN: u16 = 4;
/// source register to load data from
pub const NFTABLES_A_EXPR_PAYLOAD_ATTRS_SREG: u16 = 5;
/// checksum type
pub const NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_TYPE: u16 = 6;
/// checksum offset relative to base
pub const NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_OFFSET: u16 = 7;
/// checksum flags
pub const NFTABLES_A_EXPR_PAYLOAD_ATTRS_CSUM_FLAGS: u16 = 8;

// Attribute set `expr-reject-attrs`

/// `type` (u32) of `expr-reject-attrs`.
pub const NFTABLES_A_EXPR_REJECT_ATTRS_TYPE: u16 = 1;
/// `icmp-code` (u8) of `expr-reject-attrs`.
pub const NFTABLES_A_EXPR_REJECT_ATTRS_ICMP_CODE: u16 = 2;

// Attribute set `expr-target-attrs`

/// `name` (string) of `expr-target-attrs`.
pub const NFTABLES_A_EXPR_TARGET_ATTRS_NAME: u16 = 1;
/// `rev` (u32) of `expr-target-attrs`.
pub const NFTABLES_A_EXPR_TARGET_ATTRS_REV: u16 = 2;
/// `info` (binary) of `expr-target-attrs`.
pub const NFTABLES_A_EXPR_TARGET_ATTRS_INFO: u16 = 3;

// Attribute set `expr-tproxy-attrs`

/// `family` (u32) of `expr-tproxy-attrs`.
pub const NFTABLES_A_EXPR_TPROXY_ATTRS_FAMILY: u16 = 1;
/// `reg-addr` (u32) of `expr-tproxy-attrs`.
pub const NFTABLES_A_EXPR_TPROXY_ATTRS_REG_ADDR: u16 = 2;
/// `reg-port` (u32) of `expr-tproxy-attrs`.
pub const NFTABLES_A_EXPR_TPROXY_ATTRS_REG_PORT: u16 = 3;

// Attribute set `expr-objref-attrs`

/// `imm-type` (u32) of `expr-objref-attrs`.
pub const NFTABLES_A_EXPR_OBJREF_ATTRS_IMM_TYPE: u16 = 1;
/// object name
pub const NFTABLES_A_EXPR_OBJREF_ATTRS_IMM_NAME: u16 = 2;
/// `set-sreg` (u32) of `expr-objref-attrs`.
pub const NFTABLES_A_EXPR_OBJREF_ATTRS_SET_SREG: u16 = 3;
/// name of object map
pub const NFTABLES_A_EXPR_OBJREF_ATTRS_SET_NAME: u16 = 4;
/// id of object map
pub const NFTABLES_A_EXPR_OBJREF_ATTRS_SET_ID: u16 = 5;

// Attribute set `compat-target-attrs`

/// `name` (string) of `compat-target-attrs`.
pub const NFTABLES_A_COMPAT_TARGET_ATTRS_NAME: u16 = 1;
/// `rev` (u32) of `compat-target-attrs`.
pub const NFTABLES_A_COMPAT_TARGET_ATTRS_REV: u16 = 2;
/// `info` (binary) of `compat-target-attrs`.
pub const NFTABLES_A_COMPAT_TARGET_ATTRS_INFO: u16 = 3;

// Attribute set `compat-match-attrs`

/// `name` (string) of `compat-match-attrs`.
pub const NFTABLES_A_COMPAT_MATCH_ATTRS_NAME: u16 = 1;
/// `rev` (u32) of `compat-match-attrs`.
pub const NFTABLES_A_COMPAT_MATCH_ATTRS_REV: u16 = 2;
/// `info` (binary) of `compat-match-attrs`.
pub const NFTABLES_A_COMPAT_MATCH_ATTRS_INFO: u16 = 3;

// Attribute set `compat-attrs`

/// `name` (string) of `compat-attrs`.
pub const NFTABLES_A_COMPAT_ATTRS_NAME: u16 = 1;
/// `rev` (u32) of `compat-attrs`.
pub const NFTABLES_A_COMPAT_ATTRS_REV: u16 = 2;
/// `type` (u32) of `compat-attrs`.
pub const NFTABLES_A_COMPAT_ATTRS_TYPE: u16 = 3;

// Enum `meta-keys`

/// `len` of `meta-keys`.
pub const NFTABLES_META_KEYS_LEN: u32 = 0;
/// `protocol` of `meta-keys`.
pub const NFTABLES_META_KEYS_PROTOCOL: u32 = 1;
/// `priority` of `meta-keys`.
pub const NFTABLES_META_KEYS_PRIORITY: u32 = 2;
/// `mark` of `meta-keys`.
pub const NFTABLES_META_KEYS_MARK: u32 = 3;
/// `iif` of `meta-keys`.
pub const NFTABLES_META_KEYS_IIF: u32 = 4;
/// `oif` of `meta-keys`.
pub const NFTABLES_META_KEYS_OIF: u32 = 5;
/// `iifname` of `meta-keys`.
pub const NFTABLES_META_KEYS_IIFNAME: u32 = 6;
/// `oifname` of `meta-keys`.
pub const NFTABLES_META_KEYS_OIFNAME: u32 = 7;
/// `iftype` of `meta-keys`.
pub const NFTABLES_META_KEYS_IFTYPE: u32 = 8;
/// `oiftype` of `meta-keys`.
pub const NFTABLES_META_KEYS_OIFTYPE: u32 = 9;
/// `skuid` of `meta-keys`.
pub const NFTABLES_META_KEYS_SKUID: u32 = 10;
/// `skgid` of `meta-keys`.
pub const NFTABLES_META_KEYS_SKGID: u32 = 11;
/// `nftrace` of `meta-keys`.
pub const NFTABLES_META_KEYS_NFTRACE: u32 = 12;
/// `rtclassid` of `meta-keys`.
pub const NFTABLES_META_KEYS_RTCLASSID: u32 = 13;
/// `secmark` of `meta-keys`.
pub const NFTABLES_META_KEYS_SECMARK: u32 = 14;
/// `nfproto` of `meta-keys`.
pub const NFTABLES_META_KEYS_NFPROTO: u32 = 15;
/// `l4-proto` of `meta-keys`.
pub const NFTABLES_META_KEYS_L4_PROTO: u32 = 16;
/// `bri-iifname` of `meta-keys`.
pub const NFTABLES_META_KEYS_BRI_IIFNAME: u32 = 17;
/// `bri-oifname` of `meta-keys`.
pub const NFTABLES_META_KEYS_BRI_OIFNAME: u32 = 18;
/// `pkttype` of `meta-keys`.
pub const NFTABLES_META_KEYS_PKTTYPE: u32 = 19;
/// `cpu` of `meta-keys`.
pub const NFTABLES_META_KEYS_CPU: u32 = 20;
/// `iifgroup` of `meta-keys`.
pub const NFTABLES_META_KEYS_IIFGROUP: u32 = 21;
/// `oifgroup` of `meta-keys`.
pub const NFTABLES_META_KEYS_OIFGROUP: u32 = 22;
/// `cgroup` of `meta-keys`.
pub const NFTABLES_META_KEYS_CGROUP: u32 = 23;
/// `prandom` of `meta-keys`.
pub const NFTABLES_META_KEYS_PRANDOM: u32 = 24;
/// `secpath` of `meta-keys`.
pub const NFTABLES_META_KEYS_SECPATH: u32 = 25;
/// `iifkind` of `meta-keys`.
pub const NFTABLES_META_KEYS_IIFKIND: u32 = 26;
/// `oifkind` of `meta-keys`.
pub const NFTABLES_META_KEYS_OIFKIND: u32 = 27;
/// `bri-iifpvid` of `meta-keys`.
pub const NFTABLES_META_KEYS_BRI_IIFPVID: u32 = 28;
/// `bri-iifvproto` of `meta-keys`.
pub const NFTABLES_META_KEYS_BRI_IIFVPROTO: u32 = 29;
/// `time-ns` of `meta-keys`.
pub const NFTABLES_META_KEYS_TIME_NS: u32 = 30;
/// `time-day` of `meta-keys`.
pub const NFTABLES_META_KEYS_TIME_DAY: u32 = 31;
/// `time-hour` of `meta-keys`.
pub const NFTABLES_META_KEYS_TIME_HOUR: u32 = 32;
/// `sdif` of `meta-keys`.
pub const NFTABLES_META_KEYS_SDIF: u32 = 33;
/// `sdifname` of `meta-keys`.
pub const NFTABLES_META_KEYS_SDIFNAME: u32 = 34;
/// `bri-broute` of `meta-keys`.
pub const NFTABLES_META_KEYS_BRI_BROUTE: u32 = 35;

// Enum `bitwise-ops`

/// mask-and-xor operation used to implement NOT, AND, OR and XOR boolean operations
pub const NFTABLES_BITWISE_OPS_MASK_XOR: u32 = 0;
/// `lshift` of `bitwise-ops`.
pub const NFTABLES_BITWISE_OPS_LSHIFT: u32 = 1;
/// `rshift` of `bitwise-ops`.
pub const NFTABLES_BITWISE_OPS_RSHIFT: u32 = 2;
/// `and` of `bitwise-ops`.
pub const NFTABLES_BITWISE_OPS_AND: u32 = 3;
/// `or` of `bitwise-ops`.
pub const NFTABLES_BITWISE_OPS_OR: u32 = 4;
/// `xor` of `bitwise-ops`.
pub const NFTABLES_BITWISE_OPS_XOR: u32 = 5;

// Enum `cmp-ops`

/// `eq` of `cmp-ops`.
pub const NFTABLES_CMP_OPS_EQ: u32 = 0;
/// `neq` of `cmp-ops`.
pub const NFTABLES_CMP_OPS_NEQ: u32 = 1;
/// `lt` of `cmp-ops`.
pub const NFTABLES_CMP_OPS_LT: u32 = 2;
/// `lte` of `cmp-ops`.
pub const NFTABLES_CMP_OPS_LTE: u32 = 3;
/// `gt` of `cmp-ops`.
pub const NFTABLES_CMP_OPS_GT: u32 = 4;
/// `gte` of `cmp-ops`.
pub const NFTABLES_CMP_OPS_GTE: u32 = 5;

// Enum `object-type`

/// `unspec` of `object-type`.
pub const NFTABLES_OBJECT_TYPE_UNSPEC: u32 = 0;
/// `counter` of `object-type`.
pub const NFTABLES_OBJECT_TYPE_COUNTER: u32 = 1;
/// `quota` of `object-type`.
pub const NFTABLES_OBJECT_TYPE_QUOTA: u32 = 2;
/// `ct-helper` of `object-type`.
pub const NFTABLES_OBJECT_TYPE_CT_HELPER: u32 = 3;
/// `limit` of `object-type`.
pub const NFTABLES_OBJECT_TYPE_LIMIT: u32 = 4;
/// `connlimit` of `object-type`.
pub const NFTABLES_OBJECT_TYPE_CONNLIMIT: u32 = 5;
/// `tunnel` of `object-type`.
pub const NFTABLES_OBJECT_TYPE_TUNNEL: u32 = 6;
/// `ct-timeout` of `object-type`.
pub const NFTABLES_OBJECT_TYPE_CT_TIMEOUT: u32 = 7;
/// `secmark` of `object-type`.
pub const NFTABLES_OBJECT_TYPE_SECMARK: u32 = 8;
/// `ct-expect` of `object-type`.
pub const NFTABLES_OBJECT_TYPE_CT_EXPECT: u32 = 9;
/// `synproxy` of `object-type`.
pub const NFTABLES_OBJECT_TYPE_SYNPROXY: u32 = 10;

// Flags `nat-range-flags`

/// `map-ips` of `nat-range-flags`.
pub const NFTABLES_NAT_RANGE_FLAGS_MAP_IPS: u32 = 1 << 0;
/// `proto-specified` of `nat-range-flags`.
pub const NFTABLES_NAT_RANGE_FLAGS_PROTO_SPECIFIED: u32 = 1 << 1;
/// `proto-random` of `nat-range-flags`.
pub const NFTABLES_NAT_RANGE_FLAGS_PROTO_RANDOM: u32 = 1 << 2;
/// `persistent` of `nat-range-flags`.
pub const NFTABLES_NAT_RANGE_FLAGS_PERSISTENT: u32 = 1 << 3;
/// `proto-random-fully` of `nat-range-flags`.
pub const NFTABLES_NAT_RANGE_FLAGS_PROTO_RANDOM_FULLY: u32 = 1 << 4;
/// `proto-offset` of `nat-range-flags`.
pub const NFTABLES_NAT_RANGE_FLAGS_PROTO_OFFSET: u32 = 1 << 5;
/// `netmap` of `nat-range-flags`.
pub const NFTABLES_NAT_RANGE_FLAGS_NETMAP: u32 = 1 << 6;

// Flags `table-flags`

/// `dormant` of `table-flags`.
pub const NFTABLES_TABLE_FLAGS_DORMANT: u32 = 1 << 0;
/// `owner` of `table-flags`.
pub const NFTABLES_TABLE_FLAGS_OWNER: u32 = 1 << 1;
/// `persist` of `table-flags`.
pub const NFTABLES_TABLE_FLAGS_PERSIST: u32 = 1 << 2;

// Flags `chain-flags`

/// `base` of `chain-flags`.
pub const NFTABLES_CHAIN_FLAGS_BASE: u32 = 1 << 0;
/// `hw-offload` of `chain-flags`.
pub const NFTABLES_CHAIN_FLAGS_HW_OFFLOAD: u32 = 1 << 1;
/// `binding` of `chain-flags`.
pub const NFTABLES_CHAIN_FLAGS_BINDING: u32 = 1 << 2;

// Flags `set-flags`

/// `anonymous` of `set-flags`.
pub const NFTABLES_SET_FLAGS_ANONYMOUS: u32 = 1 << 0;
/// `constant` of `set-flags`.
pub const NFTABLES_SET_FLAGS_CONSTANT: u32 = 1 << 1;
/// `interval` of `set-flags`.
pub const NFTABLES_SET_FLAGS_INTERVAL: u32 = 1 << 2;
/// `map` of `set-flags`.
pub const NFTABLES_SET_FLAGS_MAP: u32 = 1 << 3;
/// `timeout` of `set-flags`.
pub const NFTABLES_SET_FLAGS_TIMEOUT: u32 = 1 << 4;
/// `eval` of `set-flags`.
pub const NFTABLES_SET_FLAGS_EVAL: u32 = 1 << 5;
/// `object` of `set-flags`.
pub const NFTABLES_SET_FLAGS_OBJECT: u32 = 1 << 6;
/// `concat` of `set-flags`.
pub const NFTABLES_SET_FLAGS_CONCAT: u32 = 1 << 7;
/// `expr` of `set-flags`.
pub const NFTABLES_SET_FLAGS_EXPR: u32 = 1 << 8;

// Flags `set-elem-flags`

/// `interval-end` of `set-elem-flags`.
pub const NFTABLES_SET_ELEM_FLAGS_INTERVAL_END: u32 = 1 << 0;
/// `catchall` of `set-elem-flags`.
pub const NFTABLES_SET_ELEM_FLAGS_CATCHALL: u32 = 1 << 1;

// Flags `lookup-flags`

/// `invert` of `lookup-flags`.
pub const NFTABLES_LOOKUP_FLAGS_INVERT: u32 = 1 << 0;

// Enum `ct-keys`

/// `state` of `ct-keys`.
pub const NFTABLES_CT_KEYS_STATE: u32 = 0;
/// `direction` of `ct-keys`.
pub const NFTABLES_CT_KEYS_DIRECTION: u32 = 1;
/// `status` of `ct-keys`.
pub const NFTABLES_CT_KEYS_STATUS: u32 = 2;
/// `mark` of `ct-keys`.
pub const NFTABLES_CT_KEYS_MARK: u32 = 3;
/// `secmark` of `ct-keys`.
pub const NFTABLES_CT_KEYS_SECMARK: u32 = 4;
/// `expiration` of `ct-keys`.
pub const NFTABLES_CT_KEYS_EXPIRATION: u32 = 5;
/// `helper` of `ct-keys`.
pub const NFTABLES_CT_KEYS_HELPER: u32 = 6;
/// `l3protocol` of `ct-keys`.
pub const NFTABLES_CT_KEYS_L3PROTOCOL: u32 = 7;
/// `src` of `ct-keys`.
pub const NFTABLES_CT_KEYS_SRC: u32 = 8;
/// `dst` of `ct-keys`.
pub const NFTABLES_CT_KEYS_DST: u32 = 9;
/// `protocol` of `ct-keys`.
pub const NFTABLES_CT_KEYS_PROTOCOL: u32 = 10;
/// `proto-src` of `ct-keys`.
pub const NFTABLES_CT_KEYS_PROTO_SRC: u32 = 11;
/// `proto-dst` of `ct-keys`.
pub const NFTABLES_CT_KEYS_PROTO_DST: u32 = 12;
/// `labels` of `ct-keys`.
pub const NFTABLES_CT_KEYS_LABELS: u32 = 13;
/// `pkts` of `ct-keys`.
pub const NFTABLES_CT_KEYS_PKTS: u32 = 14;
/// `bytes` of `ct-keys`.
pub const NFTABLES_CT_KEYS_BYTES: u32 = 15;
/// `avgpkt` of `ct-keys`.
pub const NFTABLES_CT_KEYS_AVGPKT: u32 = 16;
/// `zone` of `ct-keys`.
pub const NFTABLES_CT_KEYS_ZONE: u32 = 17;
/// `eventmask` of `ct-keys`.
pub const NFTABLES_CT_KEYS_EVENTMASK: u32 = 18;
/// `src-ip` of `ct-keys`.
pub const NFTABLES_CT_KEYS_SRC_IP: u32 = 19;
/// `dst-ip` of `ct-keys`.
pub const NFTABLES_CT_KEYS_DST_IP: u32 = 20;
/// `src-ip6` of `ct-keys`.
pub const NFTABLES_CT_KEYS_SRC_IP6: u32 = 21;
/// `dst-ip6` of `ct-keys`.
pub const NFTABLES_CT_KEYS_DST_IP6: u32 = 22;
/// `ct-id` of `ct-keys`.
pub const NFTABLES_CT_KEYS_CT_ID: u32 = 23;

// Enum `ct-direction`

/// `original` of `ct-direction`.
pub const NFTABLES_CT_DIRECTION_ORIGINAL: u32 = 0;
/// `reply` of `ct-direction`.
pub const NFTABLES_CT_DIRECTION_REPLY: u32 = 1;

// Flags `quota-flags`

/// `invert` of `quota-flags`.
pub const NFTABLES_QUOTA_FLAGS_INVERT: u32 = 1 << 0;
/// `depleted` of `quota-flags`.
pub const NFTABLES_QUOTA_FLAGS_DEPLETED: u32 = 1 << 1;

// Enum `verdict-code`

/// `continue` of `verdict-code`.
pub const NFTABLES_VERDICT_CODE_CONTINUE: u32 = 4294967295;
/// `break` of `verdict-code`.
pub const NFTABLES_VERDICT_CODE_BREAK: u32 = 4294967294;
/// `jump` of `verdict-code`.
pub const NFTABLES_VERDICT_CODE_JUMP: u32 = 4294967293;
/// `goto` of `verdict-code`.
pub const NFTABLES_VERDICT_CODE_GOTO: u32 = 4294967292;
/// `return` of `verdict-code`.
pub const NFTABLES_VERDICT_CODE_RETURN: u32 = 4294967291;
/// `drop` of `verdict-code`.
pub const NFTABLES_VERDICT_CODE_DROP: u32 = 0;
/// `accept` of `verdict-code`.
pub const NFTABLES_VERDICT_CODE_ACCEPT: u32 = 1;
/// `stolen` of `verdict-code`.
pub const NFTABLES_VERDICT_CODE_STOLEN: u32 = 2;
/// `queue` of `verdict-code`.
pub const NFTABLES_VERDICT_CODE_QUEUE: u32 = 3;
/// `repeat` of `verdict-code`.
pub const NFTABLES_VERDICT_CODE_REPEAT: u32 = 4;

// Enum `fib-result`

/// `oif` of `fib-result`.
pub const NFTABLES_FIB_RESULT_OIF: u32 = 0;
/// `oifname` of `fib-result`.
pub const NFTABLES_FIB_RESULT_OIFNAME: u32 = 1;
/// `addrtype` of `fib-result`.
pub const NFTABLES_FIB_RESULT_ADDRTYPE: u32 = 2;

// Flags `fib-flags`

/// `saddr` of `fib-flags`.
pub const NFTABLES_FIB_FLAGS_SADDR: u32 = 1 << 0;
/// `daddr` of `fib-flags`.
pub const NFTABLES_FIB_FLAGS_DADDR: u32 = 1 << 1;
/// `mark` of `fib-flags`.
pub const NFTABLES_FIB_FLAGS_MARK: u32 = 1 << 2;
/// `iif` of `fib-flags`.
pub const NFTABLES_FIB_FLAGS_IIF: u32 = 1 << 3;
/// `oif` of `fib-flags`.
pub const NFTABLES_FIB_FLAGS_OIF: u32 = 1 << 4;
/// `present` of `fib-flags`.
pub const NFTABLES_FIB_FLAGS_PRESENT: u32 = 1 << 5;

// Enum `reject-types`

/// `icmp-unreach` of `reject-types`.
pub const NFTABLES_REJECT_TYPES_ICMP_UNREACH: u32 = 0;
/// `tcp-rst` of `reject-types`.
pub const NFTABLES_REJECT_TYPES_TCP_RST: u32 = 1;
/// `icmpx-unreach` of `reject-types`.
pub const NFTABLES_REJECT_TYPES_ICMPX_UNREACH: u32 = 2;

// Enum `reject-inet-code`

/// `icmpx-no-route` of `reject-inet-code`.
pub const NFTABLES_REJECT_INET_CODE_ICMPX_NO_ROUTE: u32 = 0;
/// `icmpx-port-unreach` of `reject-inet-code`.
pub const NFTABLES_REJECT_INET_CODE_ICMPX_PORT_UNREACH: u32 = 1;
/// `icmpx-host-unreach` of `reject-inet-code`.
pub const NFTABLES_REJECT_INET_CODE_ICMPX_HOST_UNREACH: u32 = 2;
/// `icmpx-admin-prohibited` of `reject-inet-code`.
pub const NFTABLES_REJECT_INET_CODE_ICMPX_ADMIN_PROHIBITED: u32 = 3;

// Enum `payload-base`

/// `link-layer-header` of `payload-base`.
pub const NFTABLES_PAYLOAD_BASE_LINK_LAYER_HEADER: u32 = 0;
/// `network-header` of `payload-base`.
pub const NFTABLES_PAYLOAD_BASE_NETWORK_HEADER: u32 = 1;
/// `transport-header` of `payload-base`.
pub const NFTABLES_PAYLOAD_BASE_TRANSPORT_HEADER: u32 = 2;
/// `inner-header` of `payload-base`.
pub const NFTABLES_PAYLOAD_BASE_INNER_HEADER: u32 = 3;
/// `tun-header` of `payload-base`.
pub const NFTABLES_PAYLOAD_BASE_TUN_HEADER: u32 = 4;

// Enum `range-ops`

/// `eq` of `range-ops`.
pub const NFTABLES_RANGE_OPS_EQ: u32 = 0;
/// `neq` of `range-ops`.
pub const NFTABLES_RANGE_OPS_NEQ: u32 = 1;

// Enum `registers`

/// `reg-verdict` of `registers`.
pub const NFTABLES_REGISTERS_REG_VERDICT: u32 = 0;
/// `reg-1` of `registers`.
pub const NFTABLES_REGISTERS_REG_1: u32 = 1;
/// `reg-2` of `registers`.
pub const NFTABLES_REGISTERS_REG_2: u32 = 2;
/// `reg-3` of `registers`.
pub const NFTABLES_REGISTERS_REG_3: u32 = 3;
/// `reg-4` of `registers`.
pub const NFTABLES_REGISTERS_REG_4: u32 = 4;
/// `reg32-00` of `registers`.
pub const NFTABLES_REGISTERS_REG32_00: u32 = 8;
/// `reg32-01` of `registers`.
pub const NFTABLES_REGISTERS_REG32_01: u32 = 9;
/// `reg32-02` of `registers`.
pub const NFTABLES_REGISTERS_REG32_02: u32 = 10;
/// `reg32-03` of `registers`.
pub const NFTABLES_REGISTERS_REG32_03: u32 = 11;
/// `reg32-04` of `registers`.
pub const NFTABLES_REGISTERS_REG32_04: u32 = 12;
/// `reg32-05` of `registers`.
pub const NFTABLES_REGISTERS_REG32_05: u32 = 13;
/// `reg32-06` of `registers`.
pub const NFTABLES_REGISTERS_REG32_06: u32 = 14;
/// `reg32-07` of `registers`.
pub const NFTABLES_REGISTERS_REG32_07: u32 = 15;
/// `reg32-08` of `registers`.
pub const NFTABLES_REGISTERS_REG32_08: u32 = 16;
/// `reg32-09` of `registers`.
pub const NFTABLES_REGISTERS_REG32_09: u32 = 17;
/// `reg32-10` of `registers`.
pub const NFTABLES_REGISTERS_REG32_10: u32 = 18;
/// `reg32-11` of `registers`.
pub const NFTABLES_REGISTERS_REG32_11: u32 = 19;
/// `reg32-12` of `registers`.
pub const NFTABLES_REGISTERS_REG32_12: u32 = 20;
/// `reg32-13` of `registers`.
pub const NFTABLES_REGISTERS_REG32_13: u32 = 21;
/// `reg32-14` of `registers`.
pub const NFTABLES_REGISTERS_REG32_14: u32 = 22;
/// `reg32-15` of `registers`.
pub const NFTABLES_REGISTERS_REG32_15: u32 = 23;

// Enum `numgen-types`

/// `incremental` of `numgen-types`.
pub const NFTABLES_NUMGEN_TYPES_INCREMENTAL: u32 = 0;
/// `random` of `numgen-types`.
pub const NFTABLES_NUMGEN_TYPES_RANDOM: u32 = 1;

// Enum `log-level`

/// system is unusable
pub const NFTABLES_LOG_LEVEL_EMERG: u32 = 0;
/// action must be taken immediately
pub const NFTABLES_LOG_LEVEL_ALERT: u32 = 1;
/// critical conditions
pub const NFTABLES_LOG_LEVEL_CRIT: u32 = 2;
/// error conditions
pub const NFTABLES_LOG_LEVEL_ERR: u32 = 3;
/// warning conditions
pub const NFTABLES_LOG_LEVEL_WARNING: u32 = 4;
/// normal but significant condition
pub const NFTABLES_LOG_LEVEL_NOTICE: u32 = 5;
/// informational
pub const NFTABLES_LOG_LEVEL_INFO: u32 = 6;
/// debug-level messages
pub const NFTABLES_LOG_LEVEL_DEBUG: u32 = 7;
/// enabling audit logging
pub const NFTABLES_LOG_LEVEL_AUDIT: u32 = 8;

// Flags `log-flags`

/// Log TCP sequence numbers
pub const NFTABLES_LOG_FLAGS_TCPSEQ: u32 = 1 << 0;
/// Log TCP options
pub const NFTABLES_LOG_FLAGS_TCPOPT: u32 = 1 << 1;
/// Log IP options
pub const NFTABLES_LOG_FLAGS_IPOPT: u32 = 1 << 2;
/// Log UID owning local socket
pub const NFTABLES_LOG_FLAGS_UID: u32 = 1 << 3;
/// Unsupported, don't reuse
pub const NFTABLES_LOG_FLAGS_NFLOG: u32 = 1 << 4;
/// Decode MAC header
pub const NFTABLES_LOG_FLAGS_MACDECODE: u32 = 1 << 5;
