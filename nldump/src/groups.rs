//! Multicast group names: rtnetlink groups (`link`, `addr`, `route`, ... as `ip monitor`
//! names them, or the spec's `rtnlgrp-*` names) and generic netlink groups
//! (`FAMILY:GROUP`, resolved through the running kernel's `nlctrl`).

use nlcodec::family::genl::{
    CTRL_ATTR_FAMILY_ID, CTRL_ATTR_FAMILY_NAME, CTRL_ATTR_MCAST_GROUPS, CTRL_ATTR_MCAST_GRP_ID,
    CTRL_ATTR_MCAST_GRP_NAME, CTRL_CMD_GETFAMILY, GENL_ID_CTRL,
};
use nlcodec::{Payload, Writer};
use nlcodec_socket::{Protocol, Socket};

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

/// What the kernel says about one generic netlink family.
#[derive(Debug, Clone, Default)]
pub struct GenlFamily {
    /// Its id.
    pub id: u16,
    /// Its name.
    pub name: String,
    /// Its multicast groups: name and id.
    pub groups: Vec<(String, u32)>,
}

fn parse_family(msg: &nlcodec::Message<'_>) -> Option<GenlFamily> {
    if msg.header.kind != GENL_ID_CTRL || msg.payload.first() != Some(&1) {
        return None;
    }
    let mut fam = GenlFamily::default();
    for a in msg.attrs(4).map_while(Result::ok) {
        match a.kind() {
            CTRL_ATTR_FAMILY_ID => fam.id = a.as_u16().ok()?,
            CTRL_ATTR_FAMILY_NAME => fam.name = a.as_unterminated_str().ok()?.to_string(),
            CTRL_ATTR_MCAST_GROUPS => {
                for g in a.nested().map_while(Result::ok) {
                    let (mut name, mut id) = (None, None);
                    for f in g.nested().map_while(Result::ok) {
                        match f.kind() {
                            CTRL_ATTR_MCAST_GRP_NAME => {
                                name = f.as_unterminated_str().ok().map(str::to_string)
                            }
                            CTRL_ATTR_MCAST_GRP_ID => id = f.as_u32().ok(),
                            _ => {}
                        }
                    }
                    if let (Some(n), Some(i)) = (name, id) {
                        fam.groups.push((n, i));
                    }
                }
            }
            _ => {}
        }
    }
    Some(fam)
}

/// Asks the kernel's `nlctrl` about families: one by name, or all (a dump).
fn ctrl_query(name: Option<&str>) -> Result<Vec<GenlFamily>, String> {
    let mut sock = Socket::open(Protocol::GENERIC).map_err(|e| format!("genl socket: {e}"))?;
    let flags = match name {
        Some(_) => 0x1 | 0x4, // REQUEST | ACK
        None => 0x1 | 0x300,  // REQUEST | DUMP
    };
    let mut w = Writer::from_vec(Vec::new());
    let build = (|| {
        w.begin_message(GENL_ID_CTRL, flags, 1, 0)?;
        w.put(&[CTRL_CMD_GETFAMILY, 1, 0, 0])?;
        if let Some(n) = name {
            w.put_str(CTRL_ATTR_FAMILY_NAME, n)?;
        }
        w.end_message()
    })();
    build.map_err(|e| format!("building the request: {e}"))?;
    sock.send(&w.into_vec())
        .map_err(|e| format!("sending CTRL_CMD_GETFAMILY: {e}"))?;
    let mut found = Vec::new();
    loop {
        let (bytes, _) = sock
            .recv_raw()
            .map_err(|e| format!("reading nlctrl's reply: {e}"))?;
        for m in nlcodec::messages(bytes) {
            let m = m.map_err(|e| format!("nlctrl's reply: {e}"))?;
            match m.decode() {
                Ok(Payload::Error(e)) if e.error != 0 => {
                    let what = std::io::Error::from_raw_os_error(-e.error);
                    return Err(format!(
                        "family {:?}: {what}{}",
                        name.unwrap_or("*"),
                        e.ext_ack.msg.map(|m| format!(": {m}")).unwrap_or_default()
                    ));
                }
                Ok(Payload::Error(_)) | Ok(Payload::Done(_)) => return Ok(found),
                _ => found.extend(parse_family(&m)),
            }
        }
    }
}

/// Resolves one generic netlink family through the running kernel.
pub fn resolve_family(name: &str) -> Result<GenlFamily, String> {
    ctrl_query(Some(name))?
        .into_iter()
        .next()
        .ok_or_else(|| format!("family {name:?}: no reply"))
}

/// Every generic netlink family of the running kernel (`--resolve`), with its id and groups.
pub fn resolve_all() -> Result<Vec<GenlFamily>, String> {
    ctrl_query(None)
}

/// A `FAMILY:GROUP` name resolved to the family and the group id.
pub fn resolve_genl_group(spec: &str) -> Result<(GenlFamily, u32), String> {
    let (fam, group) = spec
        .split_once(':')
        .ok_or_else(|| format!("{spec:?}: not FAMILY:GROUP"))?;
    let f = resolve_family(fam)?;
    let id = f
        .groups
        .iter()
        .find(|(n, _)| n == group)
        .map(|(_, i)| *i)
        .ok_or_else(|| {
            let names: Vec<_> = f.groups.iter().map(|(n, _)| n.as_str()).collect();
            format!(
                "family {fam} has no group {group:?} (it has: {})",
                names.join(", ")
            )
        })?;
    Ok((f, id))
}
