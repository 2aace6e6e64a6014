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
    /// Types: C names (`RTM_NEWLINK`, `NLMSG_DONE`, `CTRL_CMD_NEWFAMILY`), spec names
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
