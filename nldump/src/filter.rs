//! Which messages to print: by type, sequence number and family.

use crate::MsgCtx;

/// Message filters; an empty list lets everything through. A message is printed when it
/// passes every non-empty list.
///
/// ```
/// let mut f = nldump::Filter::default();
/// f.types.push("RTM_NEWLINK".into());
/// f.seqs.push(1);
/// assert!(!f.is_empty());
/// ```
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Types: C names (`RTM_NEWLINK`, `NLMSG_DONE`, `CTRL_CMD_GETFAMILY`, and for generic
    /// netlink replies `CTRL_CMD_GETFAMILY reply`), spec names
    /// (`newlink`, `getfamily`), control names (`error`, `done`) or numbers; any case.
    pub types: Vec<String>,
    /// Sequence numbers.
    pub seqs: Vec<u32>,
    /// Families (`rt-link`, `nlctrl`, `ethtool`) or protocols (`route`, `genl`).
    pub families: Vec<String>,
}

impl Filter {
    /// True when no filter is set.
    pub fn is_empty(&self) -> bool {
        self.types.is_empty() && self.seqs.is_empty() && self.families.is_empty()
    }

    /// True when `m` passes.
    pub fn matches(&self, m: &MsgCtx<'_>) -> bool {
        if self.is_empty() {
            return true;
        }
        let h = &m.msg.header;
        if !self.seqs.is_empty() && !self.seqs.contains(&h.seq) {
            return false;
        }
        if !self.families.is_empty() {
            let fam = m.family_name();
            let proto = m.packet.protocol.name();
            let ok = self.families.iter().any(|f| {
                f.eq_ignore_ascii_case(fam)
                    || f.eq_ignore_ascii_case(proto)
                    || nlcodec::Protocol::from_name(f) == Some(m.packet.protocol)
            });
            if !ok {
                return false;
            }
        }
        if !self.types.is_empty() {
            let c_name = m.type_name();
            let op = m.desc.as_ref().map(|d| d.op.name);
            let short = c_name.strip_prefix("NLMSG_");
            let ok = self.types.iter().any(|t| {
                t.eq_ignore_ascii_case(&c_name)
                    || op.is_some_and(|o| t.eq_ignore_ascii_case(o))
                    || short.is_some_and(|s| t.eq_ignore_ascii_case(s))
                    || t.parse::<u16>().ok() == Some(h.kind)
            });
            if !ok {
                return false;
            }
        }
        true
    }
}

/// What a filter name is checked against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Type,
    Family,
}

impl Filter {
    /// Checks every type and family name against those nldump knows (the operations and
    /// families of every compiled-in spec, the control messages, the protocols, numbers).
    /// The first unknown one is a usage error whose message names the closest known name.
    ///
    /// ```
    /// let mut f = nldump::Filter::default();
    /// f.types.push("RTM_NEWLNK".into());
    /// assert_eq!(
    ///     f.check_names().unwrap_err(),
    ///     "unknown message type \"RTM_NEWLNK\" (did you mean RTM_NEWLINK?)"
    /// );
    /// f.types = vec!["newlink".into(), "done".into(), "16".into(), "CTRL_CMD_GETFAMILY reply".into()];
    /// f.families.push("rt-link".into());
    /// f.families.push("route".into());
    /// assert!(f.check_names().is_ok());
    /// ```
    pub fn check_names(&self) -> Result<(), String> {
        for t in &self.types {
            if t.parse::<u16>().is_err() && !known(Kind::Type).any(|k| k.eq_ignore_ascii_case(t)) {
                return Err(unknown("message type", t, Kind::Type));
            }
        }
        for f in &self.families {
            let protocol = nlcodec::Protocol::from_name(f).is_some();
            if !protocol && !known(Kind::Family).any(|k| k.eq_ignore_ascii_case(f)) {
                return Err(unknown("family", f, Kind::Family));
            }
        }
        Ok(())
    }
}

/// Every name a filter of `kind` accepts (numbers aside).
fn known(kind: Kind) -> Box<dyn Iterator<Item = std::borrow::Cow<'static, str>>> {
    let families = nlcodec_families::ALL.iter();
    match kind {
        Kind::Type => {
            let control = ["NLMSG_NOOP", "NLMSG_ERROR", "NLMSG_DONE", "NLMSG_OVERRUN"];
            let short = ["noop", "error", "done", "overrun"];
            let ops = families.flat_map(|f| f.ops.iter()).flat_map(|op| {
                [
                    op.c_name.into(),
                    op.name.into(),
                    format!("{} reply", op.c_name).into(),
                ]
            });
            Box::new(control.into_iter().chain(short).map(Into::into).chain(ops))
        }
        Kind::Family => {
            let protocols = nlcodec::Protocol::NAMES.iter().map(|(_, n)| *n);
            Box::new(families.map(|f| f.name).chain(protocols).map(Into::into))
        }
    }
}

/// The usage error for an unknown `name`, with the closest known name of its kind.
fn unknown(what: &str, name: &str, kind: Kind) -> String {
    let lower = name.to_ascii_lowercase();
    let best = known(kind)
        .map(|k| (distance(&lower, &k.to_ascii_lowercase()), k))
        .min_by_key(|(d, _)| *d);
    match best {
        Some((_, k)) => format!("unknown {what} {name:?} (did you mean {k}?)"),
        None => format!("unknown {what} {name:?}"),
    }
}

/// The Levenshtein distance between `a` and `b` (bytes).
fn distance(a: &str, b: &str) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let next = (diag + usize::from(ca != cb))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diag = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_counts_edits() {
        assert_eq!(distance("rtm_newlnk", "rtm_newlink"), 1);
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("same", "same"), 0);
    }

    #[test]
    fn an_unknown_family_names_the_closest() {
        let f = Filter {
            families: vec!["rt-lnk".into()],
            ..Filter::default()
        };
        assert_eq!(
            f.check_names().unwrap_err(),
            "unknown family \"rt-lnk\" (did you mean rt-link?)"
        );
    }
}
