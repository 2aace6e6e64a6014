//! Typed messages: the netlink header, the family's fixed header and the typed attributes.

use super::view::AttrView;
use nlcodec::consts::{align, NLMSG_HDRLEN};
use nlcodec::family::{genl::GenlMsgHdr, FamilyHeader};
use nlcodec::{Error, Header, Message};

/// A data message of a raw family (rtnetlink, netfilter): `nlmsghdr`, the fixed header `H`,
/// then the attributes as the view `V`.
///
/// ```
/// use nlcodec_families::rt_link::{Ifinfomsg, LinkAttrs, LinkMsg, IFLA_IFNAME, IFLA_MTU, RTM_NEWLINK};
/// use nlcodec::family::FamilyHeader;
/// let mut buf = [0u8; 128];
/// let mut w = nlcodec::Writer::new(&mut buf);
/// w.begin_message(RTM_NEWLINK, 0, 1, 0).unwrap();
/// w.put_header(&Ifinfomsg { ifi_index: 7, ..Default::default() }).unwrap();
/// w.put_str(IFLA_IFNAME, "eth0").unwrap();
/// w.put_u32(IFLA_MTU, 1500).unwrap();
/// w.end_message().unwrap();
/// let msg = nlcodec::messages(w.as_bytes()).next().unwrap().unwrap();
/// let link = LinkMsg::parse(&msg).unwrap();
/// assert_eq!(link.header.ifi_index, 7);
/// assert_eq!(link.attrs.ifname(), Some("eth0"));
/// assert_eq!(link.attrs.mtu(), Some(1500));
/// ```
#[derive(Debug, Clone)]
pub struct RawMsg<H, V> {
    /// The netlink header.
    pub nlmsg: Header,
    /// The family's fixed header.
    pub header: H,
    /// The attributes.
    pub attrs: V,
}

impl<'a, H: FamilyHeader, V: AttrView<'a>> RawMsg<H, V> {
    /// Parses a data message: its fixed header, then its attributes.
    ///
    /// Always inlined: the view is a table of a few hundred bytes, which a call would copy
    /// out through its return value (measured: 35 against 49 ns per route message).
    #[inline(always)]
    pub fn parse(msg: &Message<'a>) -> Result<Self, Error> {
        let header = H::parse(msg.payload).map_err(|e| e.shifted(NLMSG_HDRLEN))?;
        let attrs = V::parse(msg.attrs(align(H::LEN)))?;
        Ok(RawMsg {
            nlmsg: msg.header,
            header,
            attrs,
        })
    }

    /// Parses a data message where this call keeps it and hands it to `f`: the message is
    /// never moved, which is what a parse that returns it cannot promise (a streaming dump
    /// reads each message this way).
    ///
    /// ```
    /// use nlcodec_families::rt_link::{Ifinfomsg, LinkMsg, IFLA_MTU, RTM_NEWLINK};
    /// let mut w = nlcodec::Writer::from_vec(Vec::new());
    /// w.begin_message(RTM_NEWLINK, 0, 1, 0).unwrap();
    /// w.put_header(&Ifinfomsg::default()).unwrap();
    /// w.put_u32(IFLA_MTU, 1500).unwrap();
    /// w.end_message().unwrap();
    /// let msg = nlcodec::messages(w.as_bytes()).next().unwrap().unwrap();
    /// assert_eq!(LinkMsg::parse_then(&msg, |l| l.attrs.mtu()).unwrap(), Some(1500));
    /// ```
    #[inline(always)]
    pub fn parse_then<R>(msg: &Message<'a>, f: impl FnOnce(&Self) -> R) -> Result<R, Error> {
        let header = H::parse(msg.payload).map_err(|e| e.shifted(NLMSG_HDRLEN))?;
        let mut m = RawMsg {
            nlmsg: msg.header,
            header,
            attrs: V::empty(),
        };
        m.attrs.fill(msg.attrs(align(H::LEN)))?;
        Ok(f(&m))
    }
}

/// A generic netlink message: `nlmsghdr`, `genlmsghdr` (command and version), then the
/// attributes as the view `V`.
#[derive(Debug, Clone)]
pub struct GenlMsg<V> {
    /// The netlink header (its type is the family id).
    pub nlmsg: Header,
    /// The command.
    pub cmd: u8,
    /// The family version the sender speaks.
    pub version: u8,
    /// The attributes.
    pub attrs: V,
}

impl<'a, V: AttrView<'a>> GenlMsg<V> {
    /// Parses a generic netlink message.
    ///
    /// ```
    /// use nlcodec_families::nlctrl::{CtrlAttrs, CTRL_ATTR_FAMILY_NAME, CTRL_CMD_GETFAMILY};
    /// use nlcodec_families::runtime::GenlMsg;
    /// use nlcodec::family::genl::GenlMsgHdr;
    /// let mut buf = [0u8; 64];
    /// let mut w = nlcodec::Writer::new(&mut buf);
    /// w.begin_message(16, 0, 1, 0).unwrap();
    /// w.put_header(&GenlMsgHdr { cmd: CTRL_CMD_GETFAMILY, version: 2, reserved: 0 }).unwrap();
    /// w.put_str(CTRL_ATTR_FAMILY_NAME, "ethtool").unwrap();
    /// w.end_message().unwrap();
    /// let msg = nlcodec::messages(w.as_bytes()).next().unwrap().unwrap();
    /// let m = GenlMsg::<CtrlAttrs>::parse(&msg).unwrap();
    /// assert_eq!((m.cmd, m.attrs.family_name()), (CTRL_CMD_GETFAMILY, Some("ethtool")));
    /// ```
    #[inline]
    pub fn parse(msg: &Message<'a>) -> Result<Self, Error> {
        let g = GenlMsgHdr::parse(msg.payload).map_err(|e| e.shifted(NLMSG_HDRLEN))?;
        let attrs = V::parse(msg.attrs(GenlMsgHdr::LEN))?;
        Ok(GenlMsg {
            nlmsg: msg.header,
            cmd: g.cmd,
            version: g.version,
            attrs,
        })
    }

    /// Parses a generic netlink message where this call keeps it and hands it to `f`, as
    /// [`RawMsg::parse_then`].
    #[inline(always)]
    pub fn parse_then<R>(msg: &Message<'a>, f: impl FnOnce(&Self) -> R) -> Result<R, Error> {
        let g = GenlMsgHdr::parse(msg.payload).map_err(|e| e.shifted(NLMSG_HDRLEN))?;
        let mut m = GenlMsg {
            nlmsg: msg.header,
            cmd: g.cmd,
            version: g.version,
            attrs: V::empty(),
        };
        m.attrs.fill(msg.attrs(GenlMsgHdr::LEN))?;
        Ok(f(&m))
    }
}
