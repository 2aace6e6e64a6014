//! Multicast group names: rtnetlink groups (`link`, `addr`, `route`, ... as `ip monitor`
//! names them, or the spec's `rtnlgrp-*` names) and generic netlink groups
//! (`FAMILY:GROUP`, resolved through the running kernel's `nlctrl`).

use nlcodec_socket::{GenlFamily, Protocol, Socket};

/// `ip monitor`'s object names and the rtnetlink groups each stands for (the spec's names
/// where the specs have the group, else the kernel's `RTNLGRP_*` number).
pub const RTNL_ALIASES: &[(&str, &[u32])] = &[
    ("link", &[1]),
    ("neigh", &[3]),
    ("tc", &[4]),
    ("addr", &[5, 9]),
    ("ipv4-addr", &[5]),
    ("ipv6-addr", &[9]),
    ("mroute", &[6, 10]),
    ("route", &[7, 11]),
    ("ipv4-route", &[7]),
    ("ipv6-route", &[11]),
    ("rule", &[8, 19]),
    ("ipv4-rule", &[8]),
    ("ipv6-rule", &[19]),
    ("prefix", &[18]),
    ("netconf", &[24, 25]),
    ("mdb", &[26]),
    ("nsid", &[28]),
    ("nexthop", &[32]),
    ("brvlan", &[33]),
    ("stats", &[36]),
];

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
