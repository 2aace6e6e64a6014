//! Generic netlink families: id, version, operations and multicast groups, as the
//! controller (`nlctrl`) describes them.

use nlcodec::family::genl::GenlMsgHdr;
use nlcodec::family::FamilyHeader;
use nlcodec::Message;

/// The controller's fixed family id (`GENL_ID_CTRL`).
pub const GENL_ID_CTRL: u16 = 16;
const CTRL_ATTR_FAMILY_ID: u16 = 1;
pub(crate) const CTRL_ATTR_FAMILY_NAME: u16 = 2;
const CTRL_ATTR_VERSION: u16 = 3;
const CTRL_ATTR_HDRSIZE: u16 = 4;
const CTRL_ATTR_MAXATTR: u16 = 5;
const CTRL_ATTR_OPS: u16 = 6;
const CTRL_ATTR_MCAST_GROUPS: u16 = 7;
const CTRL_ATTR_OP_ID: u16 = 1;
const CTRL_ATTR_OP_FLAGS: u16 = 2;
const CTRL_ATTR_MCAST_GRP_NAME: u16 = 1;
const CTRL_ATTR_MCAST_GRP_ID: u16 = 2;
/// `GENL_CMD_CAP_DO`.
const CAP_DO: u32 = 0x02;
/// `GENL_CMD_CAP_DUMP`.
const CAP_DUMP: u32 = 0x04;

/// A generic netlink family as the kernel registered it.
///
/// ```
/// use nlcodec_socket::{GenlFamily, GenlGroup};
/// let f = GenlFamily {
///     id: 20, name: "ethtool".into(), version: 1,
///     groups: vec![GenlGroup { name: "monitor".into(), id: 5 }],
///     ..Default::default()
/// };
/// assert_eq!(f.group("monitor"), Some(5));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GenlFamily {
    /// The family id: the message type of its requests.
    pub id: u16,
    /// Its name.
    pub name: String,
    /// The version the kernel speaks (for `genlmsghdr.version`).
    pub version: u32,
    /// The length of the family's own fixed header after `genlmsghdr`.
    pub hdrsize: u32,
    /// The highest attribute type.
    pub max_attr: u32,
    /// The commands the kernel accepts.
    pub ops: Vec<GenlOp>,
    /// The multicast groups with their run-time ids.
    pub groups: Vec<GenlGroup>,
}

/// A command of a generic netlink family (`CTRL_ATTR_OP_*`).
///
/// ```
/// let op = nlcodec_socket::GenlOp { id: 3, flags: 0x0e };
/// assert!(op.can_do() && op.can_dump());
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GenlOp {
    /// The command number.
    pub id: u32,
    /// `GENL_CMD_CAP_*` and `GENL_ADMIN_PERM` bits.
    pub flags: u32,
}

impl GenlOp {
    /// `GENL_CMD_CAP_DO`: the command can be sent as a `do`.
    pub fn can_do(&self) -> bool {
        self.flags & CAP_DO != 0
    }

    /// `GENL_CMD_CAP_DUMP`: the command can be dumped.
    pub fn can_dump(&self) -> bool {
        self.flags & CAP_DUMP != 0
    }
}

/// A multicast group of a generic netlink family.
///
/// ```
/// let g = nlcodec_socket::GenlGroup { name: "config".into(), id: 2 };
/// assert_eq!(g.id, 2);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GenlGroup {
    /// Its name.
    pub name: String,
    /// The id to join with [`Socket::add_membership`](crate::Socket::add_membership).
    pub id: u32,
}

impl GenlFamily {
    /// The id of the multicast group called `name`.
    pub fn group(&self, name: &str) -> Option<u32> {
        self.groups.iter().find(|g| g.name == name).map(|g| g.id)
    }

    /// The command `cmd`, if the kernel registered it.
    pub fn op(&self, cmd: u32) -> Option<GenlOp> {
        self.ops.iter().copied().find(|o| o.id == cmd)
    }

    /// Reads a `CTRL_CMD_NEWFAMILY` message (a reply to `CTRL_CMD_GETFAMILY`, or a
    /// controller notification).
    ///
    /// ```
    /// use nlcodec_socket::GenlFamily;
    /// let mut w = nlcodec::Writer::from_vec(Vec::new());
    /// w.begin_message(16, 0, 1, 0).unwrap();
    /// w.put_header(&nlcodec::family::genl::GenlMsgHdr { cmd: 1, version: 2, reserved: 0 }).unwrap();
    /// w.put_u16(1, 21).unwrap(); // CTRL_ATTR_FAMILY_ID
    /// w.put_str(2, "fou").unwrap(); // CTRL_ATTR_FAMILY_NAME
    /// w.put_u32(3, 1).unwrap(); // CTRL_ATTR_VERSION
    /// w.end_message().unwrap();
    /// let bytes = w.into_vec();
    /// let f = GenlFamily::parse(&nlcodec::messages(&bytes).next().unwrap().unwrap()).unwrap();
    /// assert_eq!((f.id, f.name.as_str(), f.version), (21, "fou", 1));
    /// ```
    pub fn parse(msg: &Message<'_>) -> Result<GenlFamily, nlcodec::Error> {
        let mut f = GenlFamily::default();
        for a in msg.attrs(GenlMsgHdr::LEN) {
            let a = a?;
            match a.kind() {
                CTRL_ATTR_FAMILY_ID => f.id = a.as_u16()?,
                CTRL_ATTR_FAMILY_NAME => f.name = a.as_str()?.to_owned(),
                CTRL_ATTR_VERSION => f.version = a.as_u32()?,
                CTRL_ATTR_HDRSIZE => f.hdrsize = a.as_u32()?,
                CTRL_ATTR_MAXATTR => f.max_attr = a.as_u32()?,
                CTRL_ATTR_OPS => {
                    for op in a.nested() {
                        let mut o = GenlOp::default();
                        for x in op?.nested() {
                            let x = x?;
                            match x.kind() {
                                CTRL_ATTR_OP_ID => o.id = x.as_u32()?,
                                CTRL_ATTR_OP_FLAGS => o.flags = x.as_u32()?,
                                _ => {}
                            }
                        }
                        f.ops.push(o);
                    }
                }
                CTRL_ATTR_MCAST_GROUPS => {
                    for g in a.nested() {
                        let mut grp = GenlGroup::default();
                        for x in g?.nested() {
                            let x = x?;
                            match x.kind() {
                                CTRL_ATTR_MCAST_GRP_NAME => grp.name = x.as_str()?.to_owned(),
                                CTRL_ATTR_MCAST_GRP_ID => grp.id = x.as_u32()?,
                                _ => {}
                            }
                        }
                        f.groups.push(grp);
                    }
                }
                _ => {}
            }
        }
        Ok(f)
    }
}
