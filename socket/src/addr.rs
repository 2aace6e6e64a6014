//! Who is who on a netlink socket: its type, and socket addresses (port id, group mask, and
//! the group a datagram came through). The protocol is the codec's [`Protocol`].

use nlcodec::Protocol;
use rustix::net::netlink::SocketAddrNetlink;
use std::num::NonZeroU32;

/// `SOCK_RAW` or `SOCK_DGRAM`: netlink treats them the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Kind {
    /// `SOCK_RAW`.
    #[default]
    Raw,
    /// `SOCK_DGRAM`.
    Dgram,
}

/// A netlink socket address: a port id and a legacy group mask (`struct sockaddr_nl`), and on
/// a received datagram the multicast group it was sent to.
///
/// The kernel is port 0. A multicast datagram arrives with `group` set to its group's number
/// (any number: `NETLINK_PKTINFO`, which [`Socket::new`](crate::Socket::new) turns on) and, for groups 1..=32,
/// `groups` set to the group's bit; for a group above 32 the kernel reports a mask of 0, so
/// only `group` tells such an event from a unicast reply.
///
/// ```
/// use nlcodec_socket::Addr;
/// assert_eq!(Addr::KERNEL, Addr { port: 0, groups: 0, group: 0 });
/// assert_eq!(Addr::port(4242).port, 4242);
/// assert_eq!(Addr::group(3).groups, 0b100);
/// assert_eq!((Addr::group(33).groups, Addr::group(33).group), (0, 33));
/// assert!(Addr::group(33).is_multicast() && !Addr::KERNEL.is_multicast());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Addr {
    /// `nl_pid`: the port id.
    pub port: u32,
    /// `nl_groups`: a mask of groups 1..=32 (bit `n - 1` for group `n`).
    pub groups: u32,
    /// On a received datagram, the multicast group it was sent to (`struct nl_pktinfo`),
    /// 0 for unicast. Sending and binding use `port` and `groups` only.
    pub group: u32,
}

impl Addr {
    /// The kernel: port 0, no groups.
    pub const KERNEL: Addr = Addr {
        port: 0,
        groups: 0,
        group: 0,
    };

    /// A unicast address: a process's (or socket's) port id.
    pub const fn port(port: u32) -> Addr {
        Addr {
            port,
            groups: 0,
            group: 0,
        }
    }

    /// The kernel's address on a datagram of multicast group `group`: `group` set, and the
    /// legacy mask bit for groups 1..=32 (mask 0 for any other number: groups above 32
    /// cannot be addressed by mask; join them with [`Socket::add_membership`](crate::Socket::add_membership)).
    pub const fn group(group: u32) -> Addr {
        let groups = if group >= 1 && group <= 32 {
            1 << (group - 1)
        } else {
            0
        };
        Addr {
            port: 0,
            groups,
            group,
        }
    }

    /// True when the datagram came through a multicast group (by number or by mask).
    pub const fn is_multicast(&self) -> bool {
        self.groups != 0 || self.group != 0
    }

    pub(crate) fn to_rustix(self) -> SocketAddrNetlink {
        SocketAddrNetlink::new(self.port, self.groups)
    }

    pub(crate) fn from_rustix(a: SocketAddrNetlink) -> Addr {
        Addr {
            port: a.pid(),
            groups: a.groups(),
            group: 0,
        }
    }
}

/// The `protocol` argument of `socket(2)` for `p` (`None` for 0, `NETLINK_ROUTE`).
pub(crate) fn rustix_protocol(p: Protocol) -> Option<rustix::net::Protocol> {
    NonZeroU32::new(u32::from(p.0)).map(rustix::net::Protocol::from_raw)
}
