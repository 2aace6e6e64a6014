//! Generic netlink families: id, version, operations and multicast groups, as the
//! controller (`nlctrl`) describes them.

use nlcodec::Message;
use nlcodec_families::nlctrl::{CtrlMsg, OpFlags};

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
        self.flags & OpFlags::CMD_CAP_DO.bits() != 0
    }

    /// `GENL_CMD_CAP_DUMP`: the command can be dumped.
    pub fn can_dump(&self) -> bool {
        self.flags & OpFlags::CMD_CAP_DUMP.bits() != 0
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
    /// w.begin_message(nlcodec_families::rt_link::RTM_NEWLINK, 0, 1, 0).unwrap();
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
        // The generated nlctrl view checks every attribute's size as it parses.
        let a = CtrlMsg::parse(msg)?.attrs;
        let mut f = GenlFamily {
            id: a.family_id().unwrap_or(0),
            name: a.family_name().unwrap_or_default().to_owned(),
            version: a.version().unwrap_or(0),
            hdrsize: a.hdrsize().unwrap_or(0),
            max_attr: a.maxattr().unwrap_or(0),
            ..GenlFamily::default()
        };
        for op in a.ops().into_iter().flatten() {
            let (_, op) = op?;
            f.ops.push(GenlOp {
                id: op.id().unwrap_or(0),
                flags: op.flags().map_or(0, |fl| fl.bits()),
            });
        }
        for g in a.mcast_groups().into_iter().flatten() {
            let (_, g) = g?;
            f.groups.push(GenlGroup {
                name: g.name().unwrap_or_default().to_owned(),
                id: g.id().unwrap_or(0),
            });
        }
        Ok(f)
    }
}
