//! Kernel-side dump filters, typed: routes of one table or output link, addresses of one
//! link, links of one master or kind, neighbours of one link or master. The kernel applies
//! them only under strict checking (`NETLINK_GET_STRICT_CHK`) and then marks its answer
//! `NLM_F_DUMP_FILTERED`; an answer without the mark is [`Error::FilterIgnored`], never a
//! silently unfiltered table.

use crate::error::Error;
use crate::message::message;
use crate::socket::Socket;
use crate::transport::Transport;
use crate::typed::TypedReply;
use nlcodec::consts::NLM_F_DUMP_FILTERED;
use nlcodec_families::rt_addr::{ops::Getaddr, AddressFamily, Ifaddrmsg};
use nlcodec_families::rt_link::{ops::Getlink, Ifinfomsg};
use nlcodec_families::rt_neigh::{ops::Getneigh, Ndmsg};
use nlcodec_families::rt_route::{ops::Getroute, RouteAttrsBuilder, RtTable, Rtmsg, RTM_GETROUTE};
use nlcodec_families::runtime::Dump;

/// Which routes [`Socket::routes`] asks the kernel for: `None` fields do not filter.
///
/// ```no_run
/// use nlcodec_families::rt_route::RtTable;
/// use nlcodec_socket::{Protocol, RouteFilter, Socket};
/// let mut s = Socket::open(Protocol::ROUTE)?;
/// s.set_strict_checking(true)?;
/// let main = s.routes(&RouteFilter { table: Some(RtTable::Main), ..Default::default() })?;
/// println!("{} routes in table main", main.len());
/// # Ok::<(), nlcodec_socket::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RouteFilter {
    /// `AF_INET` or `AF_INET6`; `None`: both.
    pub family: Option<AddressFamily>,
    /// One routing table (`RTA_TABLE`).
    pub table: Option<RtTable>,
    /// Routes through one output link (`RTA_OIF`), by index.
    pub oif: Option<u32>,
}

/// Which addresses [`Socket::addresses`] asks for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AddressFilter {
    /// `AF_INET` or `AF_INET6`; `None`: both.
    pub family: Option<AddressFamily>,
    /// The addresses of one link (`ifa_index`).
    pub index: Option<u32>,
}

/// Which links [`Socket::links`] asks for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LinkFilter<'a> {
    /// The links enslaved to one master (`IFLA_MASTER`), by index: a bridge's ports.
    pub master: Option<u32>,
    /// The links of one kind (`IFLA_LINKINFO` / `IFLA_INFO_KIND`): `"veth"`, `"bridge"`.
    pub kind: Option<&'a str>,
}

/// Which neighbours [`Socket::neighbours`] asks for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct NeighbourFilter {
    /// `AF_INET`, `AF_INET6` or `AF_BRIDGE`; `None`: all.
    pub family: Option<AddressFamily>,
    /// The neighbours of one link (`NDA_IFINDEX`).
    pub index: Option<u32>,
    /// The neighbours of the links enslaved to one master (`NDA_MASTER`).
    pub master: Option<u32>,
}

impl<T: Transport> Socket<T> {
    /// The routes the filter selects, filtered by the kernel (under strict checking: turn
    /// it on with [`set_strict_checking`](Socket::set_strict_checking)); a kernel that did
    /// not apply the filter is [`Error::FilterIgnored`].
    pub fn routes(&mut self, filter: &RouteFilter) -> Result<TypedReply<Getroute>, Error> {
        let reply = self.dump(&mut route_request(filter)?)?;
        route_check(TypedReply::new(reply), filter)
    }

    /// The addresses the filter selects, filtered by the kernel (strict checking, see
    /// [`routes`](Self::routes)).
    pub fn addresses(&mut self, filter: &AddressFilter) -> Result<TypedReply<Getaddr>, Error> {
        let header = Ifaddrmsg {
            ifa_family: filter.family.unwrap_or(AddressFamily::Unspec),
            ifa_index: filter.index.unwrap_or(0),
            ..Default::default()
        };
        let reply = self.dump_filtered(Getaddr, &header, |a| Ok(a))?;
        check(reply, filter.index.is_some(), "ifa_index")
    }

    /// The links the filter selects, filtered by the kernel (strict checking, see
    /// [`routes`](Self::routes)).
    ///
    /// ```no_run
    /// use nlcodec_socket::{LinkFilter, Protocol, Socket};
    /// let mut s = Socket::open(Protocol::ROUTE)?;
    /// s.set_strict_checking(true)?;
    /// for veth in &s.links(&LinkFilter { kind: Some("veth"), ..Default::default() })? {
    ///     println!("{:?}", veth?.attrs.ifname());
    /// }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn links(&mut self, filter: &LinkFilter<'_>) -> Result<TypedReply<Getlink>, Error> {
        let filtered = filter.master.is_some() || filter.kind.is_some();
        let reply = self.dump_filtered(Getlink, &Ifinfomsg::default(), |l| {
            if let Some(m) = filter.master {
                l.master(m)?;
            }
            match filter.kind {
                Some(k) => l.linkinfo(|i| i.kind(k)),
                None => Ok(l),
            }
        })?;
        check(reply, filtered, "IFLA_MASTER / IFLA_INFO_KIND")
    }

    /// The neighbours the filter selects, filtered by the kernel (strict checking, see
    /// [`routes`](Self::routes)).
    pub fn neighbours(&mut self, filter: &NeighbourFilter) -> Result<TypedReply<Getneigh>, Error> {
        let header = Ndmsg {
            ndm_family: filter.family.unwrap_or(AddressFamily::Unspec),
            ..Default::default()
        };
        let filtered = filter.index.is_some() || filter.master.is_some();
        let reply = self.dump_filtered(Getneigh, &header, |n| {
            if let Some(i) = filter.index {
                n.ifindex(i)?;
            }
            match filter.master {
                Some(m) => n.master(m),
                None => Ok(n),
            }
        })?;
        check(reply, filtered, "NDA_IFINDEX / NDA_MASTER")
    }
}

/// The dump request of a [`RouteFilter`].
pub(crate) fn route_request(filter: &RouteFilter) -> Result<Vec<u8>, Error> {
    let header = Rtmsg {
        rtm_family: filter.family.unwrap_or(AddressFamily::Unspec),
        ..Default::default()
    };
    message(RTM_GETROUTE, 0, &header, |w| {
        let mut r = RouteAttrsBuilder::new(w);
        if let Some(t) = filter.table {
            r.table_attr(t)?;
        }
        if let Some(oif) = filter.oif {
            r.oif(oif)?;
        }
        Ok(())
    })
}

/// The answer of a [`RouteFilter`]'s dump, if the kernel applied it.
pub(crate) fn route_check(
    reply: TypedReply<Getroute>,
    filter: &RouteFilter,
) -> Result<TypedReply<Getroute>, Error> {
    let filtered = filter.table.is_some() || filter.oif.is_some();
    check(reply, filtered, "RTA_TABLE / RTA_OIF")
}

/// The answer of a filtered dump, if the kernel applied the filter (`NLM_F_DUMP_FILTERED`
/// on its messages; an empty answer can only be right).
fn check<O: Dump>(
    reply: TypedReply<O>,
    filtered: bool,
    filter: &'static str,
) -> Result<TypedReply<O>, Error> {
    let ignored = filtered
        && reply
            .reply()
            .messages()
            .any(|m| !m.header.has_flags(NLM_F_DUMP_FILTERED));
    match ignored {
        true => Err(Error::FilterIgnored { filter }),
        false => Ok(reply),
    }
}
