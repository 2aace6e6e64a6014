//! Multicast group names: rtnetlink groups (`link`, `addr`, `route`, ... as `ip monitor`
//! names them, or the spec's `rtnlgrp-*` names) and generic netlink groups
//! (`FAMILY:GROUP`, resolved through the running kernel's `nlctrl`).

use nlcodec_socket::{GenlFamily, Protocol, Socket};

/// `ip monitor`'s object names and the rtnetlink groups each stands for (the generated
/// families' `RTNLGRP_*`, from the specs and this project's overrides).
pub const RTNL_ALIASES: &[(&str, &[u32])] = {
    use nlcodec_families::{rt_addr::*, rt_link::*, rt_neigh::*, rt_route::*, rt_rule::*, tc::*};
    &[
        ("link", &[RTNLGRP_LINK]),
        ("neigh", &[RTNLGRP_NEIGH]),
        ("tc", &[RTNLGRP_TC]),
        ("addr", &[RTNLGRP_IPV4_IFADDR, RTNLGRP_IPV6_IFADDR]),
        ("ipv4-addr", &[RTNLGRP_IPV4_IFADDR]),
        ("ipv6-addr", &[RTNLGRP_IPV6_IFADDR]),
        ("mroute", &[RTNLGRP_IPV4_MROUTE, RTNLGRP_IPV6_MROUTE]),
        ("route", &[RTNLGRP_IPV4_ROUTE, RTNLGRP_IPV6_ROUTE]),
        ("ipv4-route", &[RTNLGRP_IPV4_ROUTE]),
        ("ipv6-route", &[RTNLGRP_IPV6_ROUTE]),
        ("rule", &[RTNLGRP_IPV4_RULE, RTNLGRP_IPV6_RULE]),
        ("ipv4-rule", &[RTNLGRP_IPV4_RULE]),
        ("ipv6-rule", &[RTNLGRP_IPV6_RULE]),
        ("prefix", &[RTNLGRP_IPV6_PREFIX]),
        ("netconf", &[RTNLGRP_IPV4_NETCONF, RTNLGRP_IPV6_NETCONF]),
        ("mdb", &[RTNLGRP_MDB]),
        ("nsid", &[RTNLGRP_NSID]),
        ("nexthop", &[RTNLGRP_NEXTHOP]),
        ("brvlan", &[RTNLGRP_BRVLAN]),
        ("stats", &[RTNLGRP_STATS]),
    ]
};

/// The rtnetlink group numbers for a name: an alias above, a spec name (`rtnlgrp-link`,
/// from the generated families), or a number.
///
/// ```
/// use nldump::groups::rtnl_groups;
/// assert_eq!(rtnl_groups("addr"), Some(vec![5, 9]));
/// assert_eq!(rtnl_groups("rtnlgrp-ipv6-route"), Some(vec![11]));
/// assert_eq!(rtnl_groups("7"), Some(vec![7]));
/// assert_eq!(rtnl_groups("nonsense"), None);
/// ```
pub fn rtnl_groups(name: &str) -> Option<Vec<u32>> {
    if let Some((_, g)) = RTNL_ALIASES.iter().find(|(n, _)| *n == name) {
        return Some(g.to_vec());
    }
    for fam in nlcodec_families::RTNETLINK {
        if let Some(id) = fam
            .mcast_groups
            .iter()
            .find(|g| g.name == name)
            .and_then(|g| g.id)
        {
            return Some(vec![id]);
        }
    }
    name.parse().ok().map(|n| vec![n])
}

/// A `NETLINK_GENERIC` socket to ask the controller on.
fn genl_socket() -> Result<Socket, String> {
    Socket::open(Protocol::GENERIC).map_err(|e| format!("genl socket: {e}"))
}

/// Resolves one generic netlink family through the running kernel.
pub fn resolve_family(name: &str) -> Result<GenlFamily, String> {
    let mut s = genl_socket()?;
    s.genl_family(name)
        .cloned()
        .map_err(|e| format!("family {name:?}: {e}"))
}

/// Every generic netlink family of the running kernel (`--resolve`), with its id and groups.
pub fn resolve_all() -> Result<Vec<GenlFamily>, String> {
    genl_socket()?
        .genl_families()
        .map_err(|e| format!("dumping the generic netlink families: {e}"))
}

/// A `FAMILY:GROUP` name resolved to the family and the group id.
pub fn resolve_genl_group(spec: &str) -> Result<(GenlFamily, u32), String> {
    let (fam, group) = spec
        .split_once(':')
        .ok_or_else(|| format!("{spec:?}: not FAMILY:GROUP"))?;
    let f = resolve_family(fam)?;
    let id = f.group(group).ok_or_else(|| {
        let names: Vec<_> = f.groups.iter().map(|g| g.name.as_str()).collect();
        format!(
            "family {fam} has no group {group:?} (it has: {})",
            names.join(", ")
        )
    })?;
    Ok((f, id))
}
