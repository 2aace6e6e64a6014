//! Interface names by index, the way a listener keeps them: read from a link dump, then kept
//! current from `RTM_NEWLINK` / `RTM_DELLINK` events.

use crate::addr::Addr;
use crate::error::Error;
use crate::reply::Reply;
use crate::socket::Socket;
use crate::transport::Transport;
use nlcodec::Message;
use nlcodec_families::rt_link::{
    ops::Getlink, Ifinfomsg, LinkMsg, IFLA_IFNAME, RTM_DELLINK, RTM_NEWLINK,
};
use std::collections::BTreeMap;

/// Interface index -> name, from a link dump ([`LinkNames::dump`]) and kept current with
/// [`update`](LinkNames::update) on each link event.
///
/// ```
/// use nlcodec_socket::fake::message;
/// use nlcodec_socket::LinkNames;
/// // RTM_NEWLINK for index 7 named "v0": ifinfomsg, then IFLA_IFNAME.
/// let mut payload = vec![0, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
/// payload.extend_from_slice(&[7, 0, 3, 0, b'v', b'0', 0, 0]);
/// let new = message(nlcodec_families::rt_link::RTM_NEWLINK, 0, 0, 0, &payload);
/// let mut names = LinkNames::default();
/// names.update(&nlcodec::messages(&new).next().unwrap()?)?;
/// assert_eq!((names.get(7), names.name(7), names.name(8)), (Some("v0"), "v0".into(), "if8".into()));
/// let del = message(17, 0, 0, 0, &payload);
/// names.update(&nlcodec::messages(&del).next().unwrap()?)?;
/// assert_eq!(names.get(7), None);
/// # Ok::<(), nlcodec::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkNames(BTreeMap<u32, String>);

impl LinkNames {
    /// The names of every link in the socket's namespace (an `RTM_GETLINK` dump; needs a
    /// `NETLINK_ROUTE` socket).
    ///
    /// ```no_run
    /// let mut s = nlcodec_socket::Socket::open(nlcodec_socket::Protocol::ROUTE)?;
    /// assert_eq!(nlcodec_socket::LinkNames::dump(&mut s)?.get(1), Some("lo"));
    /// # Ok::<(), nlcodec_socket::Error>(())
    /// ```
    pub fn dump<T: Transport>(sock: &mut Socket<T>) -> Result<LinkNames, Error> {
        let reply = sock.dump_all(Getlink, &Ifinfomsg::default())?.into_reply();
        LinkNames::from_reply(&reply).map_err(|source| Error::Malformed {
            datagram: sock.datagrams_received(),
            from: Addr::KERNEL,
            bytes: reply.as_bytes().into(),
            source,
        })
    }

    /// The names in a link dump's reply (messages of other types are skipped).
    pub fn from_reply(links: &Reply) -> Result<LinkNames, nlcodec::Error> {
        let mut names = LinkNames::default();
        for m in links.messages() {
            names.update(&m)?;
        }
        Ok(names)
    }

    /// Applies one message: `RTM_NEWLINK` with a name records it, `RTM_DELLINK` forgets
    /// the index; other messages change nothing. A malformed link message is an error.
    pub fn update(&mut self, msg: &Message<'_>) -> Result<(), nlcodec::Error> {
        if msg.header.kind != RTM_NEWLINK && msg.header.kind != RTM_DELLINK {
            return Ok(());
        }
        let link = LinkMsg::parse(msg)?;
        let index = link.header.ifi_index as u32;
        if msg.header.kind == RTM_DELLINK {
            self.0.remove(&index);
        } else if let Some(name) = link.attrs.ifname() {
            self.0.insert(index, name.to_owned());
        }
        Ok(())
    }

    /// The name of link `index`, if known.
    pub fn get(&self, index: u32) -> Option<&str> {
        self.0.get(&index).map(String::as_str)
    }

    /// The name of link `index`, or `if<index>` as `ip` writes an unknown one.
    pub fn name(&self, index: u32) -> String {
        match self.get(index) {
            Some(n) => n.to_owned(),
            None => format!("if{index}"),
        }
    }

    /// The name `ip` shows for a link (an `RTM_NEWLINK` / `RTM_DELLINK` message, typed): its
    /// `IFLA_IFNAME`, then `@` and the link it is tied to (`IFLA_LINK`: a veth's peer, a
    /// vlan's parent) by name, or `@if<index>` when that link is in another namespace
    /// (`IFLA_LINK_NETNSID` present). A link without `IFLA_IFNAME` is
    /// [`nlcodec::Error::MissingAttr`].
    ///
    /// ```
    /// use nlcodec_families::rt_link::{Ifinfomsg, LinkAttrsBuilder, LinkMsg, RTM_NEWLINK};
    /// use nlcodec_socket::LinkNames;
    /// // Index 7 "v0" tied to index 8 "v1", then the same tied to a link in another namespace.
    /// let link = |netnsid: Option<i32>| -> Result<Vec<u8>, nlcodec::WriteError> {
    ///     let mut w = nlcodec::Writer::from_vec(Vec::new());
    ///     w.begin_message(RTM_NEWLINK, 0, 0, 0)?;
    ///     w.put_header(&Ifinfomsg { ifi_index: 7, ..Default::default() })?;
    ///     let mut attrs = LinkAttrsBuilder::new(&mut w);
    ///     attrs.ifname("v0")?.link(8)?;
    ///     if let Some(id) = netnsid {
    ///         attrs.link_netnsid(id)?;
    ///     }
    ///     w.end_message()?;
    ///     Ok(w.into_vec())
    /// };
    /// let names: LinkNames = [(8, "v1".to_string())].into_iter().collect();
    /// let label = |bytes: &[u8]| names.label(&LinkMsg::parse(&nlcodec::messages(bytes).next().unwrap()?)?);
    /// assert_eq!(label(&link(None)?)?, "v0@v1");
    /// assert_eq!(label(&link(Some(0))?)?, "v0@if8");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn label(&self, link: &LinkMsg<'_>) -> Result<String, nlcodec::Error> {
        let index = link.header.ifi_index as u32;
        let (peer, elsewhere) = (link.attrs.link(), link.attrs.link_netnsid().is_some());
        let name = link
            .attrs
            .ifname()
            .ok_or(nlcodec::Error::MissingAttr { kind: IFLA_IFNAME })?;
        // A link tied to itself, or to index 0, is not shown as tied.
        Ok(match peer.filter(|&peer| peer != 0 && peer != index) {
            Some(peer) if elsewhere => format!("{name}@if{peer}"),
            Some(peer) => format!("{name}@{}", self.name(peer)),
            None => name.to_owned(),
        })
    }
}

impl FromIterator<(u32, String)> for LinkNames {
    /// Names given by hand (index, name).
    fn from_iter<I: IntoIterator<Item = (u32, String)>>(iter: I) -> Self {
        LinkNames(iter.into_iter().collect())
    }
}
