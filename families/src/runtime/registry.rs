//! Schemas for the codec's dump and named paths: rtnetlink's and netfilter's families by
//! message type, and generic netlink families by the ids the kernel assigned them.

use nlcodec::family::genl::{GenlMsgHdr, GENL_ID_CTRL};
use nlcodec::family::FamilyHeader;
use nlcodec::schema::{Family, MsgDesc, Schema};
#[cfg(feature = "nlctrl")]
use nlcodec::Message;
use nlcodec::Protocol;

/// The rtnetlink (`NETLINK_ROUTE`) families compiled in, as one [`Schema`].
///
/// ```
/// use nlcodec::schema::Schema;
/// use nlcodec_families::runtime::Rtnetlink;
/// assert_eq!(Rtnetlink.message(16, &[]).unwrap().op.c_name, "RTM_NEWLINK");
/// assert_eq!(Rtnetlink.message(24, &[]).unwrap().family.name, "rt-route");
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Rtnetlink;

impl Rtnetlink {
    /// The C name of an rtnetlink message type (`RTM_NEWLINK`), if a family compiled in
    /// has it.
    ///
    /// ```
    /// use nlcodec_families::runtime::Rtnetlink;
    /// assert_eq!(Rtnetlink::name(20), Some("RTM_NEWADDR"));
    /// assert_eq!(Rtnetlink::name(3), None); // NLMSG_DONE is no family's
    /// ```
    pub fn name(kind: u16) -> Option<&'static str> {
        Rtnetlink.message(kind, &[]).map(|m| m.op.c_name)
    }
}

impl Schema for Rtnetlink {
    fn message(&self, kind: u16, _payload: &[u8]) -> Option<MsgDesc> {
        crate::RTNETLINK.iter().find_map(|f| MsgDesc::new(f, kind))
    }
}

/// The netfilter (`NETLINK_NETFILTER`) families compiled in (`nftables`, `conntrack`), as
/// one [`Schema`]: a message type is the subsystem in the high byte and the command in the
/// low one (`NFT_MSG_NEWTABLE` = 10 << 8 | 0), plus the batch markers (16, 17).
///
/// ```
/// use nlcodec::schema::Schema;
/// use nlcodec_families::runtime::Netfilter;
/// # #[cfg(feature = "nftables")] {
/// assert_eq!(Netfilter.message(10 << 8, &[]).unwrap().op.c_name, "NFTABLES_CMD_NEWTABLE");
/// assert_eq!(Netfilter.message(16, &[]).unwrap().op.c_name, "NFTABLES_CMD_BATCH_BEGIN");
/// # }
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Netfilter;

impl Schema for Netfilter {
    fn message(&self, kind: u16, _payload: &[u8]) -> Option<MsgDesc> {
        crate::NETFILTER.iter().find_map(|f| MsgDesc::new(f, kind))
    }
}

/// The schema that names the messages of a protocol whose message types are fixed (no ids
/// to learn): [`Rtnetlink`] for `NETLINK_ROUTE`, [`Netfilter`] for `NETLINK_NETFILTER`,
/// `None` for the others (generic netlink needs a [`GenlRegistry`] of the ids the kernel
/// gave).
///
/// ```
/// use nlcodec::Protocol;
/// use nlcodec_families::runtime::schema_of;
/// assert_eq!(schema_of(Protocol::ROUTE).unwrap().message(16, &[]).unwrap().op.c_name, "RTM_NEWLINK");
/// assert!(schema_of(Protocol::GENERIC).is_none());
/// ```
pub fn schema_of(protocol: Protocol) -> Option<&'static (dyn Schema + Sync)> {
    match protocol {
        Protocol::ROUTE => Some(&Rtnetlink),
        Protocol::NETFILTER => Some(&Netfilter),
        _ => None,
    }
}

/// How many bytes of family header precede the attributes of a message of `protocol`, by
/// message type, for tools that walk messages with no schema at hand (the codec's `Dump`
/// `family_header_len`, error offsets of an unknown family): on rtnetlink the fixed header
/// of the operation the compiled-in families give the type (0 for a type none has), on
/// generic netlink `genlmsghdr` (4), on netfilter `nfgenmsg` (4), elsewhere none.
///
/// ```
/// use nlcodec::Protocol;
/// use nlcodec_families::runtime::family_header_len;
/// use nlcodec_families::rt_link::RTM_NEWLINK;
/// use nlcodec_families::rt_route::RTM_GETROUTE;
/// assert_eq!(family_header_len(Protocol::ROUTE)(RTM_NEWLINK), 16); // ifinfomsg
/// assert_eq!(family_header_len(Protocol::ROUTE)(RTM_GETROUTE), 12); // rtmsg
/// assert_eq!(family_header_len(Protocol::GENERIC)(16), 4);
/// assert_eq!(family_header_len(Protocol::USERSOCK)(16), 0);
/// ```
pub fn family_header_len(protocol: Protocol) -> fn(u16) -> usize {
    match protocol {
        Protocol::ROUTE => |kind| Rtnetlink.message(kind, &[]).map_or(0, |d| d.header_len),
        Protocol::GENERIC => |_| GenlMsgHdr::LEN,
        // nfgenmsg (4 bytes): every nfnetlink message starts with one.
        Protocol::NETFILTER => |_| 4,
        _ => |_| 0,
    }
}

/// How many generic netlink families a [`GenlRegistry`] holds.
pub const GENL_REGISTRY_CAPACITY: usize = 64;

/// Generic netlink family ids mapped to the families compiled in, learnt from the kernel's
/// `CTRL_CMD_NEWFAMILY` messages (a `CTRL_CMD_GETFAMILY` dump, or a capture that holds one)
/// or given by hand. No allocation: up to [`GENL_REGISTRY_CAPACITY`] families. `nlctrl`
/// itself is known from the start (its id is fixed: `GENL_ID_CTRL` = 16).
///
/// ```
/// use nlcodec::schema::Schema;
/// use nlcodec_families::runtime::GenlRegistry;
/// let mut reg = GenlRegistry::new();
/// assert!(reg.insert(27, "ethtool").is_some());
/// assert!(reg.insert(28, "not-a-family").is_none());
/// assert_eq!(reg.family(27).map(|f| f.name), Some("ethtool"));
/// // A message of id 27 with genlmsghdr.cmd 1 is ethtool's first command.
/// assert_eq!(reg.message(27, &[1, 1, 0, 0]).unwrap().family.name, "ethtool");
/// # let _ = 0;
/// ```
#[derive(Debug, Clone)]
pub struct GenlRegistry {
    ids: [(u16, Option<&'static Family>); GENL_REGISTRY_CAPACITY],
    len: usize,
}

impl Default for GenlRegistry {
    fn default() -> Self {
        Self::new()
    }
}

impl GenlRegistry {
    /// A registry that knows `nlctrl` (when compiled in).
    pub fn new() -> GenlRegistry {
        let mut r = GenlRegistry {
            ids: [(0, None); GENL_REGISTRY_CAPACITY],
            len: 0,
        };
        r.insert(GENL_ID_CTRL, "nlctrl");
        r
    }

    /// Maps `id` to the family called `name`; returns it, or `None` when no family of that
    /// name is compiled in (or the registry is full).
    pub fn insert(&mut self, id: u16, name: &str) -> Option<&'static Family> {
        let fam = crate::GENL.iter().copied().find(|f| f.name == name)?;
        if let Some(slot) = self.ids[..self.len].iter_mut().find(|(i, _)| *i == id) {
            slot.1 = Some(fam);
            return Some(fam);
        }
        let slot = self.ids.get_mut(self.len)?;
        *slot = (id, Some(fam));
        self.len += 1;
        Some(fam)
    }

    /// The family with id `id`.
    pub fn family(&self, id: u16) -> Option<&'static Family> {
        self.ids[..self.len]
            .iter()
            .find(|(i, _)| *i == id)
            .and_then(|(_, f)| *f)
    }

    /// Learns the family id and name from a `CTRL_CMD_NEWFAMILY` message (a reply to
    /// `CTRL_CMD_GETFAMILY`, or a notification), read through the generated nlctrl view;
    /// other messages are ignored. Returns the family learnt. (Feature `nlctrl`.)
    #[cfg(feature = "nlctrl")]
    pub fn learn(&mut self, msg: &Message<'_>) -> Option<&'static Family> {
        use crate::nlctrl::{CtrlMsg, CTRL_CMD_GETFAMILY_REPLY};
        if msg.header.kind != GENL_ID_CTRL {
            return None;
        }
        let m = CtrlMsg::parse(msg).ok()?;
        if m.cmd != CTRL_CMD_GETFAMILY_REPLY {
            return None;
        }
        self.insert(m.attrs.family_id()?, m.attrs.family_name()?)
    }

    /// Learns every family announced in a buffer of messages; returns how many.
    ///
    /// ```
    /// use nlcodec_families::runtime::GenlRegistry;
    /// let capture = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../testdata/genl-ctrl-dump.bin")).unwrap();
    /// let mut reg = GenlRegistry::new();
    /// assert!(reg.learn_all(&capture) > 0);
    /// ```
    #[cfg(feature = "nlctrl")]
    pub fn learn_all(&mut self, buf: &[u8]) -> usize {
        nlcodec::messages(buf)
            .map_while(Result::ok)
            .filter(|m| self.learn(m).is_some())
            .count()
    }
}

impl Schema for GenlRegistry {
    fn message(&self, kind: u16, payload: &[u8]) -> Option<MsgDesc> {
        let fam = self.family(kind)?;
        MsgDesc::new(fam, u16::from(*payload.first()?))
    }

    fn kind_name(&self, kind: u16) -> Option<&'static str> {
        self.family(kind).map(|f| f.name)
    }
}
