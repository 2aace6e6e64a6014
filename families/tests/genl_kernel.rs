//! The generated generic netlink families against the real kernel.
//!
//! Every test runs on a thread moved into a fresh network namespace
//! (`unshare(CLONE_NEWNET)`, as `socket/tests/kernel.rs` does), so the host's interfaces,
//! MPTCP endpoints and TCP metrics are never seen or touched; where no namespace can be made
//! the test prints a loud SKIP (a failure with `NLCODEC_REQUIRE_NETNS=1`). The families
//! covered are those with a spec here that the kernel registers (a `CTRL_CMD_GETFAMILY` dump):
//! on 6.18 `nlctrl`, `ethtool`, `netdev`, `tcp_metrics` and `mptcp_pm`.
//!
//! 1. `kernel_policies_match_the_generated_descriptors`: for each family, the kernel's own
//!    policies (`CTRL_CMD_GETPOLICY` dump, read with the typed nlctrl views and cross-checked
//!    with `nlcodec::PolicyDesc::parse`) against the generated descriptors. Each operation's
//!    do / dump policy is compared with the attribute set of that operation in `FAMILY.ops`,
//!    nested policies with `AttrDesc::nested`, attribute by attribute:
//!    - the type: `NL_ATTR_TYPE_*` against the spec's type, equivalent ones mapped (string to
//!      STRING or NUL_STRING, exact-len string to BINARY, nest / sub-message to NESTED,
//!      indexed-array to NESTED_ARRAY, uint to UINT, ...);
//!    - string and binary lengths: the kernel's min / max length against the spec's
//!      `exact-len` (min = max), `min-len` and `max-len`;
//!    - integer values: the kernel's range or mask against the spec's `min` / `max`, or what
//!      YNL's C generator derives from an `enum:` (its value range) or a flags enum (its
//!      mask), or the type's full range;
//!    - attributes the kernel's policy has and the spec's set lacks.
//!
//!    Every difference must be in `EXPECTED` with its reason (most are bounds ethtool's
//!    hand-written policies check that the spec does not state); an unlisted difference
//!    fails naming family, set, attribute, kernel and spec, and so does a listed one that no
//!    longer shows for an attribute that was compared.
//! 2. `generated_command_numbers_match_the_kernel`: each operation's generated request and
//!    reply numbers against YNL's numbering (`ynl_commands`), which must name a command the
//!    kernel registers with the spec's do / dump capabilities.
//! 3. One real exchange per family, built with the typed builders and read with the typed
//!    views (command numbers from `ynl_commands`), compared with an independent source:
//!    - `nlctrl_getfamily_by_name`: a getfamily do by name for every covered family agrees
//!      with the dump (id, version, maxattr, operations and flags, multicast groups, the
//!      spec's groups registered), `GenlRegistry::learn_all` maps the ids; nlctrl's own id,
//!      capabilities and `notify` group;
//!    - `ethtool_linkinfo_and_linkmodes_of_a_veth`: a veth pair made with `ip link`;
//!      linkinfo-get by name and linkmodes-get by index name the device with the index `ip
//!      link` shows, and carry what the veth driver reports (port TP, 10000 Mb/s, full
//!      duplex, no autoneg); the linkinfo dump lists exactly the pair;
//!    - `netdev_dev_get_dump_and_do`: the dev-get dump lists exactly the links `ip link`
//!      shows (lo without XDP features), the do by index returns that index with the veth's
//!      native XDP features, an unknown index is `ENODEV`;
//!    - `mptcp_pm_endpoint_add_get_dump_del`: endpoints added with add-addr show in the
//!      get-addr dump and in `ip mptcp endpoint show`, get-addr by id, get-limits equal to
//!      `ip mptcp limits show`, del-addr removes one;
//!    - `tcp_metrics_get_after_a_loopback_connection`: the dump of a fresh namespace is empty
//!      (just DONE); after a TCP connection over lo it holds the 127.0.0.1 entry `ip
//!      tcp_metrics show` prints (source, cwnd, rtt, rttvar), the do by address returns the
//!      same entry, an unknown address is `ESRCH`.

mod netns;
use netns::in_netns;
use nlcodec::family::genl::{GenlMsgHdr, GENL_ID_CTRL};
use nlcodec::schema::{Addressing, AttrDesc, AttrSet, AttrType, Family, Op};
use nlcodec::{Attrs, PolicyDesc, PolicyType, Writer};
use nlcodec_families::ethtool::ops::{LinkinfoGet, LinkmodesGet};
use nlcodec_families::mptcp_pm::ops::{AddAddr, DelAddr, GetAddr, GetLimits};
use nlcodec_families::netdev::ops::DevGet;
use nlcodec_families::netdev::{self, XdpAct};
use nlcodec_families::nlctrl::{
    self, CtrlAttrs, CtrlAttrsBuilder, OpFlags, PolicyAttrs, CTRL_ATTR_POLICY, CTRL_CMD_GETFAMILY,
    CTRL_CMD_GETPOLICY,
};
use nlcodec_families::runtime::Operation;
use nlcodec_families::runtime::{GenlMsg, GenlRegistry};
use nlcodec_families::{ethtool, mptcp_pm, tcp_metrics};
use nlcodec_socket::{Protocol as NlProtocol, Socket, TypedReply};
use std::collections::{BTreeMap, BTreeSet};
use std::net::Ipv4Addr;

// ---------------------------------------------------------------------------------------
// Plumbing: network namespaces, sockets, requests.
// ---------------------------------------------------------------------------------------

fn genl_socket() -> Socket {
    netns::socket(NlProtocol::GENERIC)
}

/// A generic netlink request to family `id`: `genlmsghdr` with `cmd` and `version`, then what
/// `f` writes (flags and sequence number are filled in by the socket).
fn genl_request(
    id: u16,
    cmd: u8,
    version: u8,
    f: impl FnOnce(&mut Writer<Vec<u8>>) -> Result<(), nlcodec::WriteError>,
) -> Vec<u8> {
    let mut w = Writer::from_vec(Vec::new());
    w.begin_message(id, 0, 0, 0).unwrap();
    w.put_header(&GenlMsgHdr {
        cmd,
        version,
        reserved: 0,
    })
    .unwrap();
    f(&mut w).unwrap();
    w.end_message().unwrap();
    w.into_vec()
}

/// The one reply of a typed `do`.
fn only<O: Operation>(r: &TypedReply<O>) -> O::Msg<'_> {
    let mut it = r.iter();
    let m = it.next().expect("a reply").unwrap();
    assert!(it.next().is_none(), "one reply");
    m
}

fn genl_version(f: &Family) -> u8 {
    match f.addressing {
        Addressing::Genl { version, .. } => version,
        Addressing::Raw { .. } => panic!("{} is not a generic netlink family", f.name),
    }
}

/// A family's operations from nlctrl: (command, `CTRL_ATTR_OP_FLAGS`) in the kernel's order.
fn ops_of(a: &CtrlAttrs<'_>) -> Vec<(u32, u32)> {
    let entries = a.ops().into_iter().flatten();
    entries
        .map(|e| {
            let op = e.unwrap().1;
            (op.id().unwrap(), op.flags().unwrap().bits())
        })
        .collect()
}

/// A family's multicast groups from nlctrl: (name, id).
fn groups_of(a: &CtrlAttrs<'_>) -> Vec<(String, u32)> {
    let entries = a.mcast_groups().into_iter().flatten();
    entries
        .map(|e| {
            let g = e.unwrap().1;
            (g.name().unwrap().to_owned(), g.id().unwrap())
        })
        .collect()
}

/// A registered family as `CTRL_CMD_GETFAMILY` reports it.
#[derive(Debug, Clone)]
struct Registered {
    id: u16,
    version: u32,
    maxattr: u32,
    /// (command, `CTRL_ATTR_OP_FLAGS`) in the kernel's order.
    ops: Vec<(u32, u32)>,
    groups: Vec<(String, u32)>,
}

/// Every generic netlink family the kernel registers, by name (a `CTRL_CMD_GETFAMILY` dump
/// built and read through the typed nlctrl layer).
fn registered(s: &mut Socket) -> BTreeMap<String, Registered> {
    let mut req = genl_request(
        GENL_ID_CTRL,
        CTRL_CMD_GETFAMILY,
        genl_version(&nlctrl::FAMILY),
        |_| Ok(()),
    );
    let reply = s.dump(&mut req).unwrap();
    let mut out = BTreeMap::new();
    for m in reply.messages() {
        let g = GenlMsg::<CtrlAttrs>::parse(&m).unwrap();
        assert_eq!(g.cmd, nlctrl::CTRL_CMD_GETFAMILY_REPLY);
        let a = &g.attrs;
        let (ops, groups) = (ops_of(a), groups_of(a));
        out.insert(
            a.family_name().unwrap().to_owned(),
            Registered {
                id: a.family_id().unwrap(),
                version: a.version().unwrap(),
                maxattr: a.maxattr().unwrap(),
                ops,
                groups,
            },
        );
    }
    out
}

/// Families whose spec says `enum-model: directional` and gives no `value:` for its
/// operations, so the command numbers follow YNL's counting rule (see [`ynl_commands`]).
const DIRECTIONAL_UNNUMBERED: &[&str] = &["ethtool"];

/// The command numbers YNL (`tools/net/ynl/lib/nlspec.py`) gives each operation:
/// `(op, request, reply)`. For the unified model (and explicit values) that is what the
/// generator wrote. For the directional model requests (user to kernel) and replies (kernel to
/// user) are counted separately: a `do`/`dump` takes the next request number, and the next
/// reply number when it has a reply; a notification takes only the next reply number.
fn ynl_commands(fam: &'static Family) -> Vec<(&'static Op, Option<u16>, Option<u16>)> {
    if !DIRECTIONAL_UNNUMBERED.contains(&fam.name) {
        return fam
            .ops
            .iter()
            .map(|o| (o, (!o.notification).then_some(o.request), o.reply))
            .collect();
    }
    let (mut req, mut rsp) = (1u16, 1u16);
    fam.ops
        .iter()
        .map(|o| {
            if o.notification {
                rsp += 1;
                (o, None, Some(rsp - 1))
            } else {
                let has_reply = if o.has_do() {
                    o.do_reply.is_some()
                } else {
                    o.dump_reply.is_some()
                };
                req += 1;
                let reply = has_reply.then(|| {
                    rsp += 1;
                    rsp - 1
                });
                (o, Some(req - 1), reply)
            }
        })
        .collect()
}

/// The (request, reply) command numbers of operation `name` (see [`ynl_commands`]).
fn command_request(fam: &'static Family, name: &str) -> (u8, Option<u8>) {
    let (_, req, rsp) = ynl_commands(fam)
        .into_iter()
        .find(|(o, _, _)| o.name == name)
        .unwrap_or_else(|| panic!("{}: no operation {name}", fam.name));
    (req.unwrap() as u8, rsp.map(|r| r as u8))
}

/// The (request, reply) command numbers of operation `name`, which has a reply.
fn command(fam: &'static Family, name: &str) -> (u8, u8) {
    let (req, rsp) = command_request(fam, name);
    (
        req,
        rsp.unwrap_or_else(|| panic!("{}: {name} has no reply", fam.name)),
    )
}

// ---------------------------------------------------------------------------------------
// Part 1: the kernel's policies against the generated descriptors.
// ---------------------------------------------------------------------------------------

/// One attribute of one kernel policy (`CTRL_ATTR_POLICY` / policy index / attribute type).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct KAttr {
    ty: Option<PolicyType>,
    min_s: Option<i64>,
    max_s: Option<i64>,
    min_u: Option<u64>,
    max_u: Option<u64>,
    min_len: Option<u32>,
    max_len: Option<u32>,
    policy_idx: Option<u32>,
    bitfield32_mask: Option<u32>,
    mask: Option<u64>,
}

/// A family's policies as `CTRL_CMD_GETPOLICY` dumps them.
#[derive(Debug, Default)]
struct KPolicies {
    /// (command, do policy, dump policy), in the kernel's order.
    ops: Vec<(u32, Option<u32>, Option<u32>)>,
    /// Policy index → attribute type → its policy.
    policies: BTreeMap<u32, BTreeMap<u16, KAttr>>,
}

fn policy_type(t: nlctrl::AttrType) -> PolicyType {
    PolicyType::from_raw(t.value())
}

/// Reads one attribute's policy with the typed `policy-attrs` view, and checks the codec's
/// own decoder (`PolicyDesc::parse`) reads the same.
fn read_policy_attr(nest: Attrs<'_>) -> KAttr {
    let v = PolicyAttrs::parse(nest.clone()).unwrap();
    let k = KAttr {
        ty: v.type_().map(policy_type),
        min_s: v.min_value_s(),
        max_s: v.max_value_s(),
        min_u: v.min_value_u(),
        max_u: v.max_value_u(),
        min_len: v.min_length(),
        max_len: v.max_length(),
        policy_idx: v.policy_idx(),
        bitfield32_mask: v.bitfield32_mask(),
        mask: v.mask(),
    };
    let p = PolicyDesc::parse(nest.clone()).unwrap();
    let from_codec = KAttr {
        ty: p.kind,
        min_s: p.min_value_s,
        max_s: p.max_value_s,
        min_u: p.min_value_u,
        max_u: p.max_value_u,
        min_len: p.min_length,
        max_len: p.max_length,
        policy_idx: p.policy_idx,
        bitfield32_mask: p.bitfield32_mask,
        mask: p.mask,
    };
    assert_eq!(
        k,
        from_codec,
        "the typed policy-attrs view and PolicyDesc::parse read {:?} differently",
        nest.map(|a| a.map(|a| (a.kind(), a.value().to_vec())))
            .collect::<Vec<_>>()
    );
    k
}

fn kernel_policies(s: &mut Socket, family: &str) -> KPolicies {
    let mut req = genl_request(
        GENL_ID_CTRL,
        CTRL_CMD_GETPOLICY,
        genl_version(&nlctrl::FAMILY),
        |w| {
            CtrlAttrsBuilder::new(w).family_name(family)?;
            Ok(())
        },
    );
    let reply = s.dump(&mut req).unwrap();
    let mut out = KPolicies::default();
    for m in reply.messages() {
        let g = GenlMsg::<CtrlAttrs>::parse(&m).unwrap();
        assert_eq!(g.cmd, CTRL_CMD_GETPOLICY);
        if let Some(ops) = g.attrs.op_policy() {
            for e in ops {
                let (cmd, p) = e.unwrap();
                out.ops.push((u32::from(cmd), p.do_(), p.dump()));
            }
        }
        // CTRL_ATTR_POLICY is nested twice (policy index, then attribute type): the
        // generated `policy()` getter stops one level short, so walk the first level here.
        if let Some(pol) = g.attrs.table().get(CTRL_ATTR_POLICY) {
            for idx in pol.nested() {
                let idx = idx.unwrap();
                let set = out.policies.entry(u32::from(idx.kind())).or_default();
                for attr in idx.nested() {
                    let attr = attr.unwrap();
                    set.insert(attr.kind(), read_policy_attr(attr.nested()));
                }
            }
        }
    }
    out
}

/// The commands of the kernel's `CTRL_ATTR_OP_POLICY` entries, in order, checked against
/// the family's operation list.
///
/// The dump walks the operations in the order `CTRL_CMD_GETFAMILY` lists them and sends one
/// entry per operation that has a policy (`GENL_CMD_CAP_HASPOL`). The entry's nest type is the
/// `do` handler's command, which is 0 for a dump-only operation (the kernel zeroes the
/// missing handler: `ctrl_dumppolicy_put_op` in net/netlink/genetlink.c, seen on 6.18); such
/// an entry is identified by its position instead.
fn policy_commands(name: &str, reg: &Registered, k: &KPolicies) -> Vec<(u32, u32)> {
    const CAP_DO: u32 = 2;
    const CAP_DUMP: u32 = 4;
    const CAP_HASPOL: u32 = 8;
    let with_policy: Vec<(u32, u32)> = reg
        .ops
        .iter()
        .copied()
        .filter(|(_, f)| f & CAP_HASPOL != 0)
        .collect();
    assert_eq!(
        with_policy.len(),
        k.ops.len(),
        "{name}: {} operations have a policy, the policy dump lists {}",
        with_policy.len(),
        k.ops.len()
    );
    for (&(cmd, pdo, pdump), &(kcmd, flags)) in k.ops.iter().zip(&with_policy) {
        if cmd == 0 && kcmd != 0 {
            assert!(
                flags & CAP_DO == 0 && flags & CAP_DUMP != 0 && pdo.is_none() && pdump.is_some(),
                "{name}: an op-policy entry of command 0 in the place of command {kcmd}, which is not dump-only"
            );
        } else {
            assert_eq!(
                cmd, kcmd,
                "{name}: op-policy entries out of the GETFAMILY order"
            );
        }
    }
    with_policy
}

fn type_range(t: AttrType) -> Option<(i128, i128)> {
    Some(match t {
        AttrType::U8 => (0, u8::MAX as i128),
        AttrType::U16 => (0, u16::MAX as i128),
        AttrType::U32 => (0, u32::MAX as i128),
        AttrType::U64 | AttrType::Uint => (0, u64::MAX as i128),
        AttrType::S8 => (i8::MIN as i128, i8::MAX as i128),
        AttrType::S16 => (i16::MIN as i128, i16::MAX as i128),
        AttrType::S32 => (i32::MIN as i128, i32::MAX as i128),
        AttrType::S64 | AttrType::Sint => (i64::MIN as i128, i64::MAX as i128),
        _ => return None,
    })
}

/// What the spec's integer checks amount to in a kernel policy, as YNL's C generator writes
/// it: explicit `min`/`max`; an enum implies its value range (min only when not 0), a flags
/// enum a bit mask; no check is the type's full range.
#[derive(Debug, PartialEq, Eq)]
enum IntCheck {
    Range(i128, i128),
    Mask(u64),
    /// A sparse enum: the kernel validates it with a function and dumps no range.
    Function,
}

fn spec_int_check(d: &AttrDesc) -> Option<IntCheck> {
    let (lo, hi) = type_range(d.ty)?;
    if d.checks.min.is_none() && d.checks.max.is_none() {
        if let Some(e) = d.enumeration {
            if e.flags {
                return Some(IntCheck::Mask(e.entries.iter().fold(0, |m, x| m | x.value)));
            }
            let mut vals: Vec<u64> = e.entries.iter().map(|x| x.value).collect();
            vals.sort_unstable();
            let (first, last) = (vals[0], *vals.last().unwrap());
            if last - first + 1 != vals.len() as u64 {
                return Some(IntCheck::Function);
            }
            let min = if first != 0 || d.ty.is_signed() {
                first as i128
            } else {
                lo
            };
            return Some(IntCheck::Range(min, last as i128));
        }
    }
    Some(IntCheck::Range(
        d.checks.min.map_or(lo, i128::from),
        d.checks.max.map_or(hi, i128::from),
    ))
}

fn kernel_int_check(k: &KAttr) -> Option<IntCheck> {
    if let Some(m) = k.mask {
        return Some(IntCheck::Mask(m));
    }
    match (k.min_u, k.max_u, k.min_s, k.max_s) {
        (Some(a), Some(b), _, _) => Some(IntCheck::Range(a as i128, b as i128)),
        (_, _, Some(a), Some(b)) => Some(IntCheck::Range(a as i128, b as i128)),
        _ => Some(IntCheck::Function),
    }
}

fn show_int_check(c: &Option<IntCheck>, ty: AttrType) -> String {
    let (lo, hi) = type_range(ty).unwrap_or((0, 0));
    match c {
        None => "none".into(),
        Some(IntCheck::Mask(m)) => format!("mask {m:#x}"),
        Some(IntCheck::Function) => "validated by a function".into(),
        Some(IntCheck::Range(a, b)) if *a == lo && *b == hi => "full range".into(),
        Some(IntCheck::Range(a, b)) => format!("range {a}..={b}"),
    }
}

/// Whether the kernel's policy type is what the spec's type means on the wire.
fn types_match(k: PolicyType, d: &AttrDesc) -> bool {
    use PolicyType as K;
    match (k, d.ty) {
        (K::Flag, AttrType::Flag)
        | (K::U8, AttrType::U8)
        | (K::U16, AttrType::U16)
        | (K::U32, AttrType::U32)
        | (K::U64, AttrType::U64)
        | (K::S8, AttrType::S8)
        | (K::S16, AttrType::S16)
        | (K::S32, AttrType::S32)
        | (K::S64, AttrType::S64)
        | (K::Uint, AttrType::Uint)
        | (K::Sint, AttrType::Sint)
        | (K::String | K::NulString, AttrType::String)
        | (K::Binary, AttrType::Binary)
        | (K::Bitfield32, AttrType::Bitfield32)
        | (K::Nested, AttrType::Nest | AttrType::SubMessage)
        | (K::NestedArray, AttrType::IndexedArray | AttrType::NestTypeValue) => true,
        // An exact length is written NLA_POLICY_EXACT_LEN, which is NLA_BINARY.
        (K::Binary, AttrType::String) => d.checks.exact_len.is_some(),
        _ => false,
    }
}

/// The (min, max) lengths the kernel dumps for a string or binary attribute the spec
/// describes with these checks (a 0 minimum is not dumped).
fn spec_len(d: &AttrDesc) -> (Option<u32>, Option<u32>) {
    let c = &d.checks;
    if let Some(n) = c.exact_len {
        return (Some(n.into()), Some(n.into()));
    }
    (
        c.min_len.filter(|n| *n > 0).map(u32::from),
        c.max_len.map(u32::from),
    )
}

fn show_len((min, max): (Option<u32>, Option<u32>)) -> String {
    match (min, max) {
        (None, None) => "no length check".into(),
        (Some(a), Some(b)) if a == b => format!("exact length {a}"),
        (Some(a), Some(b)) => format!("length {a}..={b}"),
        (Some(a), None) => format!("min length {a}"),
        (None, Some(b)) => format!("max length {b}"),
    }
}

/// One difference between the kernel's policy and the spec.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Diff {
    family: &'static str,
    set: &'static str,
    /// The attribute's C name (or `#<type>` when the spec does not name it).
    attr: String,
    /// `type`, `length`, `value`, `nested`, `missing`.
    aspect: &'static str,
    kernel: String,
    spec: String,
}

/// Differences between the kernel's policies and the spec that are understood: each names
/// the family, the attributes (C names), the aspect, what the kernel and the spec say (as
/// the test prints them) and why. A difference not listed here fails the test.
struct Expected {
    family: &'static str,
    attrs: &'static [&'static str],
    aspect: &'static str,
    kernel: &'static str,
    spec: &'static str,
    reason: &'static str,
}

const fn exp(
    family: &'static str,
    attrs: &'static [&'static str],
    aspect: &'static str,
    kernel: &'static str,
    spec: &'static str,
    reason: &'static str,
) -> Expected {
    Expected {
        family,
        attrs,
        aspect,
        kernel,
        spec,
        reason,
    }
}

const ETHTOOL_BOUNDS: &str = "ethtool's policies are hand-written (net/ethtool/netlink.h and \
    each message's file) and bound values with NLA_POLICY_MAX / NLA_POLICY_RANGE; the spec \
    has no `checks:` for them";

const EXPECTED: &[Expected] = &[
    // ethtool: bounds the kernel checks and the spec does not state.
    exp(
        "ethtool",
        &[
            "ETHTOOL_A_COALESCE_USE_CQE_MODE_RX",
            "ETHTOOL_A_COALESCE_USE_CQE_MODE_TX",
            "ETHTOOL_A_FEC_AUTO",
            "ETHTOOL_A_MM_PMAC_ENABLED",
            "ETHTOOL_A_MM_TX_ENABLED",
            "ETHTOOL_A_MM_VERIFY_ENABLED",
            "ETHTOOL_A_PLCA_ENABLED",
            "ETHTOOL_A_RINGS_RX_PUSH",
            "ETHTOOL_A_RINGS_TX_PUSH",
        ],
        "value",
        "range 0..=1",
        "full range",
        "booleans sent as u8: the kernel has NLA_POLICY_MAX(NLA_U8, 1); the spec says plain u8",
    ),
    exp(
        "ethtool",
        &[
            "ETHTOOL_A_HEADER_PHY_INDEX",
            "ETHTOOL_A_RINGS_CQE_SIZE",
            "ETHTOOL_A_RINGS_RX_BUF_LEN",
            "ETHTOOL_A_RSS_CONTEXT",
            "ETHTOOL_A_RSS_HFUNC",
        ],
        "value",
        "range 1..=4294967295",
        "full range",
        "0 is not a valid PHY index, size, context or hash function: the kernel has \
         NLA_POLICY_MIN(NLA_U32, 1); the spec says plain u32",
    ),
    exp("ethtool", &["ETHTOOL_A_PAUSE_STATS_SRC", "ETHTOOL_A_STATS_SRC"], "value", "range 0..=2", "full range",
        "enum ethtool_mac_stats_src (aggregate, emac, pmac) bounded by NLA_POLICY_MAX; the spec gives the u32 no enum"),
    exp("ethtool", &["ETHTOOL_A_TS_HWTSTAMP_PROVIDER_QUALIFIER"], "value", "range 0..=1", "full range",
        "enum hwtstamp_provider_qualifier (precise, approx) bounded by NLA_POLICY_MAX; the spec gives the u32 no enum"),
    exp("ethtool", &["ETHTOOL_A_MODULE_POWER_MODE_POLICY"], "value", "range 1..=2", "full range",
        "enum ethtool_module_power_mode_policy (high, auto) bounded by NLA_POLICY_RANGE; the spec gives the u8 no enum"),
    exp("ethtool", &["ETHTOOL_A_C33_PSE_ADMIN_CONTROL", "ETHTOOL_A_PODL_PSE_ADMIN_CONTROL"], "value", "range 2..=3", "full range",
        "only the settable admin states (disabled, enabled) are accepted: NLA_POLICY_RANGE; the spec gives the u32 no enum"),
    exp("ethtool", &["ETHTOOL_A_LINKMODES_LANES"], "value", "range 1..=8", "full range", ETHTOOL_BOUNDS),
    exp("ethtool", &["ETHTOOL_A_MM_TX_MIN_FRAG_SIZE"], "value", "range 60..=252", "full range", ETHTOOL_BOUNDS),
    exp("ethtool", &["ETHTOOL_A_MM_VERIFY_TIME"], "value", "range 1..=128", "full range", ETHTOOL_BOUNDS),
    exp("ethtool", &["ETHTOOL_A_MODULE_EEPROM_I2C_ADDRESS"], "value", "range 0..=127", "full range",
        "a 7-bit I2C address (NLA_POLICY_MAX(NLA_U8, 127)); the spec says plain u8"),
    exp("ethtool", &["ETHTOOL_A_MODULE_EEPROM_LENGTH"], "value", "range 1..=128", "full range",
        "at most one 128-byte EEPROM half page (NLA_POLICY_RANGE(NLA_U32, 1, ETH_MODULE_EEPROM_PAGE_LEN)); the spec says plain u32"),
    exp("ethtool", &["ETHTOOL_A_MODULE_EEPROM_OFFSET"], "value", "range 0..=255", "full range",
        "an offset into a 256-byte EEPROM page (NLA_POLICY_MAX(NLA_U32, ETH_MODULE_EEPROM_PAGE_LEN * 2 - 1)); the spec says plain u32"),
    exp(
        "ethtool",
        &["ETHTOOL_A_PLCA_BURST_CNT", "ETHTOOL_A_PLCA_BURST_TMR", "ETHTOOL_A_PLCA_NODE_ID", "ETHTOOL_A_PLCA_TO_TMR"],
        "value",
        "range 0..=255",
        "full range",
        "PLCA (IEEE 802.3cg) registers are 8 bits wide: NLA_POLICY_MAX(NLA_U32, 255); the spec says plain u32",
    ),
    exp("ethtool", &["ETHTOOL_A_PLCA_NODE_CNT"], "value", "range 1..=255", "full range",
        "PLCA node count, 8 bits and not 0: NLA_POLICY_RANGE(NLA_U32, 1, 255); the spec says plain u32"),
    // ethtool: masks narrower than the spec's flags enums.
    exp("ethtool", &["ETHTOOL_A_HEADER_FLAGS"], "value", "mask 0x3", "mask 0x7",
        "operations that report no statistics use ethnl_header_policy (ETHTOOL_FLAGS_BASIC: \
         compact-bitsets, omit-reply); only the _stats header policies accept the spec's third \
         flag, ETHTOOL_FLAG_STATS"),
    exp(
        "ethtool",
        &[
            "ETHTOOL_A_FLOW_AH4",
            "ETHTOOL_A_FLOW_AH_ESP4",
            "ETHTOOL_A_FLOW_ESP4",
            "ETHTOOL_A_FLOW_ETHER",
            "ETHTOOL_A_FLOW_GTPC4",
            "ETHTOOL_A_FLOW_GTPC_TEID4",
            "ETHTOOL_A_FLOW_GTPU4",
            "ETHTOOL_A_FLOW_GTPU_DL4",
            "ETHTOOL_A_FLOW_GTPU_EH4",
            "ETHTOOL_A_FLOW_GTPU_UL4",
            "ETHTOOL_A_FLOW_IP4",
            "ETHTOOL_A_FLOW_SCTP4",
            "ETHTOOL_A_FLOW_TCP4",
            "ETHTOOL_A_FLOW_UDP4",
        ],
        "value",
        "mask 0x800001fe",
        "mask 0x800003fe",
        "flows that are not IPv6 cannot hash on the IPv6 flow label (RXH_IP6_FL, 0x200); the spec \
         gives every flow type the one rxfh-fields flags enum",
    ),
    exp("ethtool", &["ETHTOOL_A_RSS_INPUT_XFRM"], "value", "range 0..=2", "mask 0x3",
        "the two input-xfrm flags exclude each other: the kernel has NLA_POLICY_MAX(NLA_U8, \
         RXH_XFRM_SYM_OR_XOR) where the spec's flags enum means a mask"),
    // Lengths the spec does not state.
    exp("ethtool", &["ETHTOOL_A_HEADER_DEV_NAME"], "length", "max length 127", "no length check",
        "NLA_NUL_STRING with .len = ALTIFNAMSIZ - 1 (an altname may be given); the spec has no max-len"),
    exp("ethtool", &["ETHTOOL_A_WOL_SOPASS"], "length", "max length 6", "no length check",
        "NLA_BINARY with .len = SOPASS_MAX; the spec has no max-len"),
    exp("nlctrl", &["CTRL_ATTR_FAMILY_NAME"], "length", "max length 15", "no length check",
        "NLA_NUL_STRING with .len = GENL_NAMSIZ - 1; the spec has no max-len"),
    exp("tcp_metrics", &["TCP_METRICS_ATTR_ADDR_IPV6", "TCP_METRICS_ATTR_SADDR_IPV6"], "length", "exact length 16", "min length 16",
        "the kernel policy is NLA_POLICY_EXACT_LEN(sizeof(struct in6_addr)); the spec says min-len: 16"),
    // The spec is newer than the kernel.
    exp("netdev", &["NETDEV_A_NAPI_THREADED"], "value", "range 0..=1", "range 0..=2",
        "the spec's napi-threaded enum has busy-poll (2), which the kernel does not accept yet"),
];

impl Expected {
    fn covers(&self, d: &Diff) -> bool {
        self.family == d.family
            && self.attrs.contains(&d.attr.as_str())
            && self.aspect == d.aspect
            && self.kernel == d.kernel
            && self.spec == d.spec
    }
}

struct Comparison<'k> {
    family: &'static Family,
    kernel: &'k KPolicies,
    diffs: BTreeMap<Diff, BTreeSet<String>>,
    /// (set, policy index) pairs already compared.
    seen: BTreeSet<(&'static str, u32)>,
    /// (set, attribute type) pairs compared, and how many kernel policy entries.
    attrs: BTreeSet<(&'static str, u16)>,
    entries: usize,
}

impl Comparison<'_> {
    fn diff(
        &mut self,
        set: &AttrSet,
        attr: String,
        aspect: &'static str,
        kernel: String,
        spec: String,
        via: &str,
    ) {
        let d = Diff {
            family: self.family.name,
            set: set.name,
            attr,
            aspect,
            kernel,
            spec,
        };
        self.diffs.entry(d).or_default().insert(via.to_owned());
    }

    fn compare_policy(&mut self, set: &'static AttrSet, idx: u32, via: &str) {
        if !self.seen.insert((set.name, idx)) {
            return;
        }
        let Some(policy) = self.kernel.policies.get(&idx) else {
            // An empty policy (every attribute NLA_UNSPEC/REJECT) dumps nothing.
            return;
        };
        for (&kind, k) in policy {
            self.entries += 1;
            let Some(d) = set.get(kind) else {
                self.diff(
                    set,
                    format!("#{kind}"),
                    "missing",
                    format!("{k:?}"),
                    "no such attribute".into(),
                    via,
                );
                continue;
            };
            self.attrs.insert((set.name, kind));
            let name = d.c_name.to_owned();
            let kty = k.ty.unwrap_or(PolicyType::Invalid);
            if !types_match(kty, d) {
                self.diff(
                    set,
                    name.clone(),
                    "type",
                    kty.name().into(),
                    d.ty.name().into(),
                    via,
                );
            }
            match kty {
                PolicyType::String | PolicyType::NulString | PolicyType::Binary => {
                    let kl = (k.min_len, k.max_len);
                    let sl = spec_len(d);
                    if kl != sl {
                        self.diff(set, name.clone(), "length", show_len(kl), show_len(sl), via);
                    }
                }
                PolicyType::U8
                | PolicyType::U16
                | PolicyType::U32
                | PolicyType::U64
                | PolicyType::S8
                | PolicyType::S16
                | PolicyType::S32
                | PolicyType::S64
                | PolicyType::Uint
                | PolicyType::Sint => {
                    let kc = kernel_int_check(k);
                    let sc = spec_int_check(d);
                    if kc != sc {
                        let ty = if d.ty.is_int() { d.ty } else { AttrType::U64 };
                        self.diff(
                            set,
                            name.clone(),
                            "value",
                            show_int_check(&kc, ty),
                            show_int_check(&sc, ty),
                            via,
                        );
                    }
                }
                PolicyType::Nested | PolicyType::NestedArray => match (k.policy_idx, d.nested) {
                    (Some(i), Some(inner)) => {
                        let via = format!("{via} / {}", d.c_name);
                        self.compare_policy(inner, i, &via);
                    }
                    (Some(_), None) => self.diff(
                        set,
                        name.clone(),
                        "nested",
                        "nested policy".into(),
                        "no nested set".into(),
                        via,
                    ),
                    (None, _) => {}
                },
                _ => {}
            }
        }
    }
}

#[test]
fn kernel_policies_match_the_generated_descriptors() {
    in_netns("kernel_policies_match_the_generated_descriptors", || {
        let mut s = genl_socket();
        let reg = registered(&mut s);
        let mut diffs: BTreeMap<Diff, BTreeSet<String>> = BTreeMap::new();
        // (family, attribute C name) of every attribute compared.
        let mut compared: BTreeSet<(&str, &str)> = BTreeSet::new();
        let (mut entries, mut attrs) = (0, 0);
        let mut covered = Vec::new();
        for fam in nlcodec_families::GENL.iter().copied() {
            let Addressing::Genl { name, .. } = fam.addressing else {
                continue;
            };
            let Some(r) = reg.get(name) else {
                continue;
            };
            let k = kernel_policies(&mut s, name);
            let mut c = Comparison {
                family: fam,
                kernel: &k,
                diffs: BTreeMap::new(),
                seen: BTreeSet::new(),
                attrs: BTreeSet::new(),
                entries: 0,
            };
            let cmds = ynl_commands(fam);
            let with_policy = policy_commands(name, r, &k);
            for (&(_, pdo, pdump), &(cmd, _)) in k.ops.iter().zip(&with_policy) {
                let Some(&(op, _, _)) = cmds.iter().find(|(_, r, _)| r.map(u32::from) == Some(cmd))
                else {
                    panic!("{name}: the kernel has a policy for command {cmd}, the spec has no such operation");
                };
                let Some(set) = op.attrs else {
                    panic!("{name}: operation {} has a kernel policy but the spec gives it no attribute set", op.name);
                };
                for (kind, idx) in [("do", pdo), ("dump", pdump)] {
                    if let Some(idx) = idx {
                        c.compare_policy(set, idx, &format!("{} {kind}", op.name));
                    }
                }
            }
            eprintln!(
                "{name}: {} operations with policies, {} policies, {} policy entries over {} attributes",
                k.ops.len(),
                k.policies.len(),
                c.entries,
                c.attrs.len()
            );
            assert!(c.entries > 0, "{name}: nothing compared");
            entries += c.entries;
            attrs += c.attrs.len();
            for &(set, kind) in &c.attrs {
                let set = fam.attr_set(set).unwrap();
                compared.insert((name, set.get(kind).unwrap().c_name));
            }
            covered.push(name);
            diffs.extend(c.diffs);
        }
        eprintln!(
            "compared {entries} kernel policy entries over {attrs} attributes of {covered:?}; {} differences",
            diffs.len()
        );

        let unexplained: Vec<String> = diffs
            .iter()
            .filter(|(d, _)| !EXPECTED.iter().any(|e| e.covers(d)))
            .map(|(d, via)| {
                format!(
                    "{} / set {} / {}: {}: kernel says {}, spec says {} (policy of {})",
                    d.family,
                    d.set,
                    d.attr,
                    d.aspect,
                    d.kernel,
                    d.spec,
                    via.iter().cloned().collect::<Vec<_>>().join(", ")
                )
            })
            .collect();
        // An expected difference that no longer shows although the attribute was compared:
        // the kernel or the spec changed, and the table must follow.
        let mut stale = Vec::new();
        for e in EXPECTED {
            for &attr in e.attrs {
                let seen = diffs.keys().any(|d| e.covers(d) && d.attr == attr);
                if seen {
                    continue;
                }
                let line = format!(
                    "{} / {attr}: {}: kernel {}, spec {} ({})",
                    e.family, e.aspect, e.kernel, e.spec, e.reason
                );
                if compared.contains(&(e.family, attr)) {
                    stale.push(line);
                } else {
                    eprintln!("note: not in this kernel's policies, not checked: {line}");
                }
            }
        }
        assert!(
            unexplained.is_empty() && stale.is_empty(),
            "kernel policies vs generated descriptors:\n\
             {} unexplained differences (fix the spec or override, or add them to EXPECTED with a reason):\n  {}\n\
             {} expected differences not seen as listed (the attribute now matches, or differs otherwise: update EXPECTED):\n  {}",
            unexplained.len(),
            unexplained.join("\n  "),
            stale.len(),
            stale.join("\n  ")
        );
    });
}

// ---------------------------------------------------------------------------------------
// Part 2: one real request per family through the typed builders and views.
// ---------------------------------------------------------------------------------------

/// Runs a command (in the calling thread's network namespace: a child forked from it
/// inherits it) and returns its stdout; panics on failure.
fn run(cmd: &str, args: &[&str]) -> String {
    let out = std::process::Command::new(cmd)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{cmd} {args:?}: {e}"));
    assert!(
        out.status.success(),
        "{cmd} {args:?}: {}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A link as `ip -o link show` prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct IpLink {
    ifindex: u32,
    name: String,
    mtu: u32,
    mac: Option<String>,
}

/// Every link of the namespace, read with `ip -o link show` (an independent source).
fn ip_links() -> Vec<IpLink> {
    run("ip", &["-o", "link", "show"])
        .lines()
        .map(|l| {
            // "5: nlv0@nlv1: <BROADCAST,...> mtu 1500 qdisc ... link/ether 02:..:01 brd ..."
            let (index, rest) = l.split_once(": ").unwrap();
            let (name, rest) = rest.split_once(": ").unwrap();
            let words: Vec<&str> = rest.split_whitespace().collect();
            let after = |w: &str| {
                words
                    .iter()
                    .position(|x| *x == w)
                    .map(|i| words[i + 1].to_owned())
            };
            IpLink {
                ifindex: index.trim().parse().unwrap(),
                name: name.split('@').next().unwrap().to_owned(),
                mtu: after("mtu").unwrap().parse().unwrap(),
                mac: after("link/ether"),
            }
        })
        .collect()
}

fn ip_link(name: &str) -> IpLink {
    ip_links()
        .into_iter()
        .find(|l| l.name == name)
        .unwrap_or_else(|| panic!("ip link shows no {name}"))
}

/// The id of family `name` when the kernel registers it; a loud SKIP otherwise.
/// Runs `f` in a network namespace of its own with a generic netlink socket and the id of
/// `family`; where the kernel registers no such family, skips loudly instead.
fn in_netns_with_family(
    test: &'static str,
    family: &'static str,
    f: impl FnOnce(Socket, u16) + Send + 'static,
) {
    in_netns(test, move || {
        let mut s = genl_socket();
        if let Some(id) = with_family(test, family, &mut s) {
            f(s, id);
        }
    });
}

fn with_family(test: &str, name: &str, s: &mut Socket) -> Option<u16> {
    let id = registered(s).get(name).map(|r| r.id);
    if id.is_none() {
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "\n!!!! SKIP {test}: this kernel registers no {name} family; this test did NOT run\n"
        );
    }
    id
}

#[test]
fn nlctrl_getfamily_by_name() {
    in_netns("nlctrl_getfamily_by_name", || {
        let mut s = genl_socket();
        // The dump, read through the typed view, also feeds the runtime's id registry.
        let mut req = genl_request(
            GENL_ID_CTRL,
            CTRL_CMD_GETFAMILY,
            genl_version(&nlctrl::FAMILY),
            |_| Ok(()),
        );
        let dump = s.dump(&mut req).unwrap();
        let mut registry = GenlRegistry::new();
        let learnt = registry.learn_all(dump.as_bytes());
        let reg = registered(&mut s);
        let covered: Vec<&str> = nlcodec_families::GENL
            .iter()
            .map(|f| f.name)
            .filter(|n| reg.contains_key(*n))
            .collect();
        assert_eq!(
            learnt,
            covered.len(),
            "registry learnt {learnt}, covered {covered:?}"
        );
        for name in ["nlctrl", "ethtool", "netdev", "tcp_metrics", "mptcp_pm"] {
            assert!(
                reg.contains_key(name),
                "{name} is not registered: {:?}",
                reg.keys()
            );
        }

        for name in &covered {
            let (get, reply) = command(&nlctrl::FAMILY, "getfamily");
            let mut req = genl_request(GENL_ID_CTRL, get, genl_version(&nlctrl::FAMILY), |w| {
                CtrlAttrsBuilder::new(w).family_name(name)?;
                Ok(())
            });
            let r = s.request(&mut req).unwrap();
            let msgs: Vec<_> = r.messages().collect();
            assert_eq!(msgs.len(), 1, "{name}: one reply");
            let m = GenlMsg::<CtrlAttrs>::parse(&msgs[0]).unwrap();
            assert_eq!(m.nlmsg.kind, GENL_ID_CTRL);
            assert_eq!(m.cmd, reply);
            let a = &m.attrs;
            assert_eq!(a.family_name(), Some(*name));
            // The same as in the dump, and what the registry resolves the id to.
            let d = &reg[*name];
            assert_eq!(a.family_id(), Some(d.id), "{name}");
            assert_eq!(a.version(), Some(d.version), "{name}");
            assert_eq!(a.maxattr(), Some(d.maxattr), "{name}");
            assert_eq!(registry.family(d.id).map(|f| f.name), Some(*name));
            assert!(a.ops().is_some(), "{name}: no CTRL_ATTR_OPS");
            assert_eq!(ops_of(a), d.ops, "{name}");
            let groups = groups_of(a);
            assert_eq!(groups, d.groups, "{name}");
            // Every multicast group the spec names is registered under that name.
            let fam = nlcodec_families::GENL
                .iter()
                .find(|f| f.name == *name)
                .unwrap();
            for g in fam.mcast_groups {
                assert!(
                    groups.iter().any(|(n, _)| n == g.name),
                    "{name}: spec group {} not registered: {groups:?}",
                    g.name
                );
            }
        }

        // nlctrl itself: its fixed id, both operations with the capabilities the spec gives
        // them (getfamily: do and dump; getpolicy: dump only), and the "notify" group.
        let d = &reg["nlctrl"];
        assert_eq!(d.id, GENL_ID_CTRL);
        let flags = |cmd: u8| {
            d.ops
                .iter()
                .find(|(c, _)| *c == u32::from(cmd))
                .map(|o| OpFlags(o.1))
        };
        let gf = flags(CTRL_CMD_GETFAMILY).unwrap();
        assert!(
            gf.contains(OpFlags::CMD_CAP_DO | OpFlags::CMD_CAP_DUMP),
            "{gf:?}"
        );
        let gp = flags(CTRL_CMD_GETPOLICY).unwrap();
        assert!(
            gp.contains(OpFlags::CMD_CAP_DUMP | OpFlags::CMD_CAP_HASPOL),
            "{gp:?}"
        );
        assert!(!gp.contains(OpFlags::CMD_CAP_DO), "{gp:?}");
        assert!(
            d.groups.iter().any(|(n, _)| n == "notify"),
            "{:?}",
            d.groups
        );
    });
}

/// From linux/ethtool.h: what the veth driver reports (`veth_get_link_ksettings`).
const SPEED_10000: u32 = 10000;
const DUPLEX_FULL: u8 = 1;
const PORT_TP: u8 = 0;
const AUTONEG_DISABLE: u8 = 0;

#[test]
fn ethtool_linkinfo_and_linkmodes_of_a_veth() {
    in_netns_with_family(
        "ethtool_linkinfo_and_linkmodes_of_a_veth",
        "ethtool",
        |mut s, id| {
            run(
                "ip",
                &[
                    "link", "add", "nlv0", "type", "veth", "peer", "name", "nlv1",
                ],
            );
            let v0 = ip_link("nlv0");
            let v1 = ip_link("nlv1");

            // linkinfo-get by name, as one typed call.
            let (_, reply) = command(&ethtool::FAMILY, "linkinfo-get");
            let r = s
                .call(LinkinfoGet, 0, &(), |i| i.header(|h| h.dev_name("nlv0")))
                .unwrap();
            let m = only(&r);
            assert_eq!((m.nlmsg.kind, m.cmd), (id, reply));
            let h = m.attrs.header().unwrap().unwrap();
            assert_eq!(h.dev_index(), Some(v0.ifindex), "ip link says {v0:?}");
            assert_eq!(h.dev_name(), Some("nlv0"));
            assert_eq!(m.attrs.port(), Some(PORT_TP));

            // A device that does not exist: once the socket resolved ethtool, the kernel's error
            // comes back named by ethtool's spec, with no schema set by hand.
            let e = s
                .call(LinkinfoGet, 0, &(), |i| i.header(|h| h.dev_name("nosuch0")))
                .unwrap_err();
            let k = e.kernel().expect("a kernel error");
            assert_eq!(
                (k.errno, k.request_name),
                (19, Some("ETHTOOL_MSG_LINKINFO_GET"))
            );
            assert_eq!(k.message.as_deref(), Some("no device matches name"));
            let path = "at ETHTOOL_A_LINKINFO_HEADER / ETHTOOL_A_HEADER_DEV_NAME";
            assert!(e.to_string().ends_with(path), "{e}");

            // linkmodes-get by index.
            let (_, reply) = command(&ethtool::FAMILY, "linkmodes-get");
            let r = s
                .call(LinkmodesGet, 0, &(), |l| {
                    l.header(|h| h.dev_index(v1.ifindex))
                })
                .unwrap();
            let m = only(&r);
            assert_eq!((m.nlmsg.kind, m.cmd), (id, reply));
            let h = m.attrs.header().unwrap().unwrap();
            assert_eq!(h.dev_index(), Some(v1.ifindex));
            assert_eq!(h.dev_name(), Some("nlv1"));
            assert_eq!(m.attrs.speed(), Some(SPEED_10000));
            assert_eq!(m.attrs.duplex(), Some(DUPLEX_FULL));
            assert_eq!(m.attrs.autoneg(), Some(AUTONEG_DISABLE));
            assert!(
                m.attrs.table().unknown().next().is_none(),
                "attributes the spec lacks"
            );

            // The linkinfo dump: one reply per device that has link settings (the veth pair;
            // lo has none), each naming its device as `ip link` does.
            let (_, reply) = command(&ethtool::FAMILY, "linkinfo-get");
            let r = s
                .dump_filtered(LinkinfoGet, &(), |i| i.header(|h| Ok(h)))
                .unwrap();
            let mut seen: Vec<(u32, String)> = r
                .iter()
                .map(|m| {
                    let m = m.unwrap();
                    assert_eq!(m.cmd, reply);
                    let h = m.attrs.header().unwrap().unwrap();
                    (h.dev_index().unwrap(), h.dev_name().unwrap().to_owned())
                })
                .collect();
            seen.sort();
            let mut want: Vec<(u32, String)> = [&v0, &v1]
                .iter()
                .map(|l| (l.ifindex, l.name.clone()))
                .collect();
            want.sort();
            assert_eq!(seen, want);
        },
    );
}

#[test]
fn netdev_dev_get_dump_and_do() {
    in_netns_with_family("netdev_dev_get_dump_and_do", "netdev", |mut s, id| {
        run(
            "ip",
            &[
                "link", "add", "nlv0", "type", "veth", "peer", "name", "nlv1",
            ],
        );
        let links = ip_links();
        let lo = ip_link("lo");
        let v0 = ip_link("nlv0");

        // The dump: one reply per device of the namespace, exactly the ones `ip link` shows.
        let (_, reply) = command(&netdev::FAMILY, "dev-get");
        let r = s.dump_all(DevGet, &()).unwrap();
        let mut dumped: Vec<(u32, XdpAct)> = r
            .iter()
            .map(|m| {
                let m = m.unwrap();
                assert_eq!((m.nlmsg.kind, m.cmd), (id, reply));
                (m.attrs.ifindex().unwrap(), m.attrs.xdp_features().unwrap())
            })
            .collect();
        dumped.sort_by_key(|d| d.0);
        let mut want: Vec<u32> = links.iter().map(|l| l.ifindex).collect();
        want.sort();
        assert_eq!(dumped.iter().map(|d| d.0).collect::<Vec<_>>(), want);
        // lo has no XDP at all; a veth runs XDP programs natively and redirects.
        let lo_features = dumped.iter().find(|d| d.0 == lo.ifindex).unwrap().1;
        assert!(lo_features.is_empty(), "lo: {lo_features:?}");

        // The do: the veth by index.
        let r = s.call(DevGet, 0, &(), |d| d.ifindex(v0.ifindex)).unwrap();
        let m = only(&r);
        assert_eq!((m.nlmsg.kind, m.cmd), (id, reply));
        assert_eq!(m.attrs.ifindex(), Some(v0.ifindex));
        let xdp = m.attrs.xdp_features().unwrap();
        assert!(
            xdp.contains(XdpAct::BASIC | XdpAct::REDIRECT),
            "nlv0: {xdp:?}"
        );
        assert_eq!(
            Some(xdp),
            dumped.iter().find(|d| d.0 == v0.ifindex).map(|d| d.1)
        );
        assert!(
            m.attrs.table().unknown().next().is_none(),
            "attributes the spec lacks"
        );

        // An index that does not exist: ENODEV, with the attribute named by the ext-ACK.
        let e = s.call(DevGet, 0, &(), |d| d.ifindex(999_999)).unwrap_err();
        assert_eq!(e.kernel().map(|k| k.errno), Some(19), "{e}");
    });
}

/// From linux/mptcp.h (the spec's `flags` attribute has no enum).
const MPTCP_PM_ADDR_FLAG_SIGNAL: u32 = 1 << 0;
const MPTCP_PM_ADDR_FLAG_BACKUP: u32 = 1 << 2;
const AF_INET: u16 = 2;

/// The endpoints of a `get-addr` dump: (id, address, flags).
fn mptcp_endpoints(s: &mut Socket, id: u16) -> Vec<(u8, Ipv4Addr, u32)> {
    let (_, reply) = command(&mptcp_pm::FAMILY, "get-addr");
    s.dump_all(GetAddr, &())
        .unwrap()
        .iter()
        .map(|m| {
            let m = m.unwrap();
            assert_eq!((m.nlmsg.kind, m.cmd), (id, reply));
            let a = m.attrs.addr().unwrap().unwrap();
            assert_eq!(a.family(), Some(AF_INET));
            (
                a.id().unwrap(),
                Ipv4Addr::from(a.addr4().unwrap()),
                a.flags().unwrap(),
            )
        })
        .collect()
}

#[test]
fn mptcp_pm_endpoint_add_get_dump_del() {
    in_netns_with_family(
        "mptcp_pm_endpoint_add_get_dump_del",
        "mptcp_pm",
        |mut s, id| {
            // A fresh namespace has no endpoints.
            assert!(mptcp_endpoints(&mut s, id).is_empty());

            // add-addr: two endpoints, through the typed builders.
            // (`call` returns `()`: add-addr answers with an ACK only.)
            let add = |s: &mut Socket, ep: u8, addr: Ipv4Addr, flags: u32| {
                s.call(AddAddr, 0, &(), |e| {
                    e.addr(|a| {
                        a.family(AF_INET)?
                            .id(ep)?
                            .addr4(u32::from(addr))?
                            .flags(flags)
                    })
                })
                .unwrap()
            };
            add(
                &mut s,
                7,
                Ipv4Addr::new(10, 9, 8, 7),
                MPTCP_PM_ADDR_FLAG_SIGNAL,
            );
            add(
                &mut s,
                9,
                Ipv4Addr::new(10, 9, 8, 9),
                MPTCP_PM_ADDR_FLAG_BACKUP,
            );

            // The dump through the typed view, and `ip mptcp endpoint show` agree.
            let mut eps = mptcp_endpoints(&mut s, id);
            eps.sort();
            assert_eq!(
                eps,
                [
                    (7, Ipv4Addr::new(10, 9, 8, 7), MPTCP_PM_ADDR_FLAG_SIGNAL),
                    (9, Ipv4Addr::new(10, 9, 8, 9), MPTCP_PM_ADDR_FLAG_BACKUP),
                ]
            );
            let shown = run("ip", &["mptcp", "endpoint", "show"]);
            assert!(shown.contains("10.9.8.7 id 7 signal"), "{shown}");
            assert!(shown.contains("10.9.8.9 id 9 backup"), "{shown}");

            // get-addr do by id.
            let (_, reply) = command(&mptcp_pm::FAMILY, "get-addr");
            let r = s.call(GetAddr, 0, &(), |g| g.addr(|a| a.id(9))).unwrap();
            let m = only(&r);
            assert_eq!((m.nlmsg.kind, m.cmd), (id, reply));
            let a = m.attrs.addr().unwrap().unwrap();
            assert_eq!(a.id(), Some(9));
            assert_eq!(
                a.addr4().map(Ipv4Addr::from),
                Some(Ipv4Addr::new(10, 9, 8, 9))
            );
            assert_eq!(a.flags(), Some(MPTCP_PM_ADDR_FLAG_BACKUP));

            // get-limits, against `ip mptcp limits show`.
            let (_, reply) = command(&mptcp_pm::FAMILY, "get-limits");
            let r = s.call(GetLimits, 0, &(), |a| Ok(a)).unwrap();
            let m = only(&r);
            assert_eq!(m.cmd, reply);
            let limits = run("ip", &["mptcp", "limits", "show"]);
            let want = format!(
                "add_addr_accepted {} subflows {}",
                m.attrs.rcv_add_addrs().unwrap(),
                m.attrs.subflows().unwrap()
            );
            assert_eq!(limits.trim(), want);

            // del-addr by id: the dump has only the other one left.
            s.call(DelAddr, 0, &(), |e| e.addr(|a| a.id(7))).unwrap();
            assert_eq!(
                mptcp_endpoints(&mut s, id),
                [(9, Ipv4Addr::new(10, 9, 8, 9), MPTCP_PM_ADDR_FLAG_BACKUP)]
            );
        },
    );
}

#[test]
fn tcp_metrics_get_after_a_loopback_connection() {
    in_netns_with_family(
        "tcp_metrics_get_after_a_loopback_connection",
        "tcp_metrics",
        |mut s, id| {
            let (_, reply) = command(&tcp_metrics::FAMILY, "get");
            // (address, source, cwnd, rtt-us, rttvar-us) of each entry.
            type Entry = (
                Ipv4Addr,
                Option<Ipv4Addr>,
                Option<u32>,
                Option<u32>,
                Option<u32>,
            );
            let entry = |m: &tcp_metrics::TcpMetricsMsg<'_>| -> Entry {
                assert_eq!((m.nlmsg.kind, m.cmd), (id, reply));
                assert!(
                    m.attrs.table().unknown().next().is_none(),
                    "attributes the spec lacks"
                );
                let vals = m.attrs.vals().unwrap().unwrap();
                assert!(
                    vals.table().unknown().next().is_none(),
                    "metrics the spec lacks"
                );
                (
                    m.attrs.addr_ipv4().unwrap(),
                    m.attrs.saddr_ipv4(),
                    vals.cwnd(),
                    vals.rtt_us(),
                    vals.rttvar_us(),
                )
            };
            let dump = |s: &mut Socket| -> Vec<Entry> {
                let r = s.dump_all(tcp_metrics::ops::Get, &()).unwrap();
                r.iter().map(|m| entry(&m.unwrap())).collect()
            };
            // A fresh namespace: the dump ends at DONE with nothing in it.
            assert!(dump(&mut s).is_empty());

            // A TCP connection over lo leaves a metrics entry for 127.0.0.1 when it closes.
            run("ip", &["link", "set", "lo", "up"]);
            {
                use std::io::{Read, Write};
                let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
                let mut c = std::net::TcpStream::connect(l.local_addr().unwrap()).unwrap();
                let (mut srv, _) = l.accept().unwrap();
                for _ in 0..10 {
                    c.write_all(&[7u8; 1000]).unwrap();
                    let mut buf = [0u8; 1000];
                    srv.read_exact(&mut buf).unwrap();
                    srv.write_all(&buf).unwrap();
                    c.read_exact(&mut buf).unwrap();
                }
                drop(c);
                let mut rest = Vec::new();
                srv.read_to_end(&mut rest).unwrap();
            }
            let entries = dump(&mut s);
            let lo = Ipv4Addr::LOCALHOST;
            assert_eq!(entries.len(), 1, "{entries:?}");
            let (addr, source, cwnd, rtt_us, rttvar_us) = entries[0];
            assert_eq!((addr, source), (lo, Some(lo)));

            // `ip tcp_metrics show` prints the same entry: cwnd as is, rtt-us and rttvar-us
            // without their 3 and 2 fractional bits.
            let shown = run("ip", &["tcp_metrics", "show", "127.0.0.1"]);
            let words: Vec<&str> = shown.split_whitespace().collect();
            let after = |w: &str| words.iter().position(|x| *x == w).map(|i| words[i + 1]);
            assert_eq!(words.first().copied(), Some("127.0.0.1"), "{shown}");
            assert_eq!(after("source"), Some("127.0.0.1"), "{shown}");
            assert_eq!(
                after("cwnd").map(str::to_owned),
                cwnd.map(|v| v.to_string()),
                "{shown}"
            );
            assert_eq!(
                after("rtt").map(str::to_owned),
                rtt_us.map(|v| format!("{}us", v >> 3)),
                "{shown}"
            );
            assert_eq!(
                after("rttvar").map(str::to_owned),
                rttvar_us.map(|v| format!("{}us", v >> 2)),
                "{shown}"
            );

            // The do, by destination and source address: the same entry.
            let r = s
                .call(tcp_metrics::ops::Get, 0, &(), |t| {
                    t.addr_ipv4(lo)?.saddr_ipv4(lo)
                })
                .unwrap();
            assert_eq!(entry(&only(&r)), entries[0]);

            // An address with no entry: ESRCH.
            let nowhere = Ipv4Addr::new(192, 0, 2, 1);
            let e = s
                .call(tcp_metrics::ops::Get, 0, &(), |t| t.addr_ipv4(nowhere))
                .unwrap_err();
            assert_eq!(e.kernel().map(|k| k.errno), Some(3), "{e}");
        },
    );
}

/// The generated command numbers (`Op::request` / `Op::reply`, the `*_MSG_*` / `*_CMD_*`
/// constants) against the kernel: every operation's request number must be a command the
/// kernel registers with the same do / dump capabilities, and must be what YNL numbers it.
#[test]
fn generated_command_numbers_match_the_kernel() {
    in_netns("generated_command_numbers_match_the_kernel", || {
        const CAP_DO: u32 = 2;
        const CAP_DUMP: u32 = 4;
        let mut s = genl_socket();
        let reg = registered(&mut s);
        let mut problems = Vec::new();
        for fam in nlcodec_families::GENL.iter().copied() {
            let Some(r) = reg.get(fam.name) else { continue };
            let kernel: BTreeMap<u32, u32> = r.ops.iter().copied().collect();
            for (op, req, rsp) in ynl_commands(fam) {
                if op.notification || !(op.has_do() || op.has_dump()) {
                    continue;
                }
                let req = req.unwrap();
                // The YNL number is the kernel's command with the spec's capabilities (an
                // operation newer than this kernel is simply absent).
                if let Some(&flags) = kernel.get(&u32::from(req)) {
                    let caps = (flags & CAP_DO != 0, flags & CAP_DUMP != 0);
                    let spec = (op.has_do(), op.has_dump());
                    if caps != spec {
                        problems.push(format!(
                            "{} {}: command {req}: kernel (do, dump) = {caps:?}, spec {spec:?}",
                            fam.name, op.name
                        ));
                    }
                }
                if op.request != req || op.reply != rsp {
                    problems.push(format!(
                        "{} {} ({}): generated request {} reply {:?}; YNL and the kernel: request {req} reply {rsp:?}",
                        fam.name, op.name, op.c_name, op.request, op.reply
                    ));
                }
            }
        }
        assert!(
            problems.is_empty(),
            "{} command numbers differ (for an `enum-model: directional` spec without values, \
             YNL counts requests and replies separately and a notification takes only a reply \
             number; the generator counts every operation in one sequence):\n  {}",
            problems.len(),
            problems.join("\n  ")
        );
    });
}
