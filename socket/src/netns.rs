//! Sockets in other network namespaces, from a threaded program, without fork.
//!
//! A netlink socket talks to the network namespace it was created in, for its whole life,
//! whichever thread uses it later. So [`Socket::new_in`] creates it on a short-lived thread
//! of its own that enters the namespace (`setns(CLONE_NEWNET)` changes only the calling
//! thread) and ends right after: the caller's threads never leave their namespace, not even
//! for a moment, and a failure cannot leave one of them stranded in the wrong namespace.

use crate::error::{Error, Op};
use crate::socket::Socket;
use crate::Kind;
use nlcodec::Protocol;
use rustix::fs::{open, Mode, OFlags};
use rustix::io::Errno;
use rustix::thread::{move_into_link_name_space, LinkNameSpaceType};
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::path::{Path, PathBuf};

/// Where `ip netns add NAME` puts its namespaces.
pub const NETNS_RUN_DIR: &str = "/run/netns";

/// A network namespace: by name, path, open file descriptor or process.
///
/// ```no_run
/// use nlcodec_socket::{Netns, Protocol, Socket};
/// // Made with `ip netns add blue`; this thread stays where it is.
/// let sock = Socket::open_in(Netns::Name("blue"), Protocol::ROUTE)?;
/// # Ok::<(), nlcodec_socket::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub enum Netns<'a> {
    /// A namespace `ip netns add NAME` made: `/run/netns/NAME`.
    Name(&'a str),
    /// A namespace file: `/run/netns/NAME`, `/proc/PID/ns/net`, any bind mount of one.
    Path(&'a Path),
    /// An open namespace file (the caller keeps it open).
    Fd(BorrowedFd<'a>),
    /// The namespace process `PID` lives in: `/proc/PID/ns/net`.
    Pid(u32),
}

impl Netns<'_> {
    /// The namespace file this names (`None` for [`Netns::Fd`]).
    ///
    /// A name is one path component, as `ip netns` allows: not empty, no `/`, not `.` or
    /// `..`; anything else is an `InvalidInput` error rather than a path outside
    /// `/run/netns`.
    ///
    /// ```
    /// use nlcodec_socket::Netns;
    /// assert_eq!(Netns::Name("blue").path().unwrap().unwrap().to_str(), Some("/run/netns/blue"));
    /// assert_eq!(Netns::Pid(1).path().unwrap().unwrap().to_str(), Some("/proc/1/ns/net"));
    /// assert!(Netns::Name("../etc").path().is_err());
    /// ```
    pub fn path(&self) -> Result<Option<PathBuf>, Error> {
        Ok(match *self {
            Netns::Name(name) => {
                if name.is_empty() || name == "." || name == ".." || name.contains('/') {
                    let why = format!("{name:?} is not a network namespace name (one path component, as `ip netns` makes)");
                    let e = std::io::Error::new(std::io::ErrorKind::InvalidInput, why);
                    return Err(Error::io(Op::Netns, e));
                }
                Some(Path::new(NETNS_RUN_DIR).join(name))
            }
            Netns::Path(p) => Some(p.to_path_buf()),
            Netns::Fd(_) => None,
            Netns::Pid(pid) => Some(PathBuf::from(format!("/proc/{pid}/ns/net"))),
        })
    }

    /// Opens the namespace file (read-only, close-on-exec): what `IFLA_NET_NS_FD` takes to
    /// move a link into this namespace. For [`Netns::Fd`], a duplicate of the descriptor.
    ///
    /// An error names the file: `network namespace failed: /run/netns/blue: No such file
    /// or directory (os error 2)`.
    pub fn open(&self) -> Result<OwnedFd, Error> {
        if let Netns::Fd(fd) = *self {
            return fd.try_clone_to_owned().map_err(|e| Error::io(Op::Netns, e));
        }
        let path = self.path()?.unwrap_or_default();
        open(&path, OFlags::RDONLY | OFlags::CLOEXEC, Mode::empty()).map_err(|e: Errno| {
            let e = std::io::Error::from(e);
            let named = std::io::Error::new(e.kind(), format!("{}: {e}", path.display()));
            Error::io(Op::Netns, named)
        })
    }
}

/// Runs `make` on a thread that first enters the network namespace `ns`; the thread ends
/// with the call, and its namespace with it.
pub(crate) fn in_netns<T: Send>(
    ns: BorrowedFd<'_>,
    make: impl FnOnce() -> Result<T, Error> + Send,
) -> Result<T, Error> {
    std::thread::scope(|s| {
        s.spawn(|| {
            move_into_link_name_space(ns, Some(LinkNameSpaceType::Network))
                .map_err(|e| Error::io(Op::Netns, e))?;
            make()
        })
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

impl Socket {
    /// [`Socket::new`] in another network namespace: the socket is created there (on a
    /// short-lived thread of its own, see the module docs) and then works like any other,
    /// from any thread, blocking or under tokio, talking to that namespace's kernel state.
    pub fn new_in(netns: Netns<'_>, protocol: Protocol, kind: Kind) -> Result<Socket, Error> {
        let make = || Socket::new(protocol, kind);
        match netns {
            // The caller's descriptor as it is: no duplicate to open and close.
            Netns::Fd(fd) => in_netns(fd, make),
            _ => in_netns(netns.open()?.as_fd(), make),
        }
    }

    /// [`Socket::open`] in another network namespace: bound, extended ACKs on.
    ///
    /// ```no_run
    /// use nlcodec_socket::{Netns, Protocol, Socket};
    /// let mut sock = Socket::open_in(Netns::Pid(1), Protocol::ROUTE)?; // init's namespace
    /// # Ok::<(), nlcodec_socket::Error>(())
    /// ```
    pub fn open_in(netns: Netns<'_>, protocol: Protocol) -> Result<Socket, Error> {
        Socket::new_in(netns, protocol, Kind::Raw)?.bound_with_ext_ack()
    }
}
