//! Building one request: the netlink header, the family's fixed header, then attributes
//! written by a typed builder (or by hand on the [`Writer`]).

use crate::error::Error;
use crate::genl::GenlFamily;
use nlcodec::family::genl::GenlMsgHdr;
use nlcodec::family::FamilyHeader;
use nlcodec::{WriteError, Writer};

/// One request of a raw family (rtnetlink, netfilter, ...): message type `kind`, extra
/// `flags` (the socket adds `NLM_F_REQUEST` and `NLM_F_ACK` or `NLM_F_DUMP` as the call
/// says), the fixed `header`, then what `attrs` writes, typically a generated builder:
///
/// ```
/// use nlcodec_families::rt_link::{Ifinfomsg, LinkAttrsBuilder, LinkMsg, RTM_NEWLINK};
/// let req = nlcodec_socket::message(RTM_NEWLINK, 0, &Ifinfomsg::default(), |w| {
///     LinkAttrsBuilder::new(w).ifname("v0")?.mtu(1400).map(|_| ())
/// })?;
/// let msg = nlcodec::messages(&req).next().unwrap()?;
/// assert_eq!(LinkMsg::parse(&msg)?.attrs.mtu(), Some(1400));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn message<H: FamilyHeader>(
    kind: u16,
    flags: u16,
    header: &H,
    attrs: impl FnOnce(&mut Writer<Vec<u8>>) -> Result<(), WriteError>,
) -> Result<Vec<u8>, Error> {
    let mut w = Writer::from_vec(Vec::new());
    w.begin_message(kind, flags, 0, 0)?;
    w.put_header(header)?;
    attrs(&mut w)?;
    w.end_message()?;
    Ok(w.into_vec())
}

/// One generic netlink request to a resolved `family` (see
/// [`Socket::genl_family`](crate::Socket::genl_family)): its id as the message type,
/// `genlmsghdr` with `cmd` and the family's version, then what `attrs` writes.
///
/// ```
/// use nlcodec_socket::{genl_message, GenlFamily};
/// let ctrl = GenlFamily { id: 16, name: "nlctrl".into(), version: 2, ..Default::default() };
/// let req = genl_message(&ctrl, 3, 0, |w| w.put_str(2, "ethtool"))?; // CTRL_CMD_GETFAMILY
/// let msg = nlcodec::messages(&req).next().unwrap()?;
/// assert_eq!((msg.header.kind, msg.payload[0], msg.payload[1]), (16, 3, 2));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn genl_message(
    family: &GenlFamily,
    cmd: u8,
    flags: u16,
    attrs: impl FnOnce(&mut Writer<Vec<u8>>) -> Result<(), WriteError>,
) -> Result<Vec<u8>, Error> {
    let hdr = GenlMsgHdr {
        cmd,
        version: family.version as u8,
        reserved: 0,
    };
    message(family.id, flags, &hdr, attrs)
}
