//! A mirror: an in-memory copy of kernel objects (links, addresses, routes, neighbours,
//! rules, or any kind with a dump and notifications) kept current from events, resynced by
//! dumping again when events were lost, and corrected where the kernel changes objects
//! without telling (IPv4 routes of a link that goes down, the `linkdown` flag of routes
//! when a link loses its carrier).

mod kinds;
mod object;
mod state;
#[cfg(feature = "tokio")]
mod tokio;

pub use kinds::Mirrored;
pub use object::{Change, Object};
pub use state::MirrorState;
#[cfg(feature = "tokio")]
pub use tokio::AsyncMirror;

use crate::error::Error;
use crate::netns::Netns;
use crate::socket::Socket;
use crate::transport::{Kernel, Transport};
use state::{dumped, Table};
use std::time::Instant;

/// A socket over any transport, as a mirror holds them.
pub type AnySocket = Socket<Box<dyn Transport + Send>>;

/// The event socket's receive buffer unless another is asked for: 8 MiB
/// (`SO_RCVBUFFORCE` with `CAP_NET_ADMIN`, else as much as `net.core.rmem_max` allows),
/// room for a storm of changes (10,000 made by `ip -batch` in a quarter of a second)
/// without losing an event; the kernel's default (208 KiB) holds a few hundred events.
pub const DEFAULT_MIRROR_RCVBUF: usize = 8 << 20;

/// A typed in-memory copy of kernel state, kept current from events.
///
/// It dumps each [`Mirrored`] kind once (on two sockets: one that listens to the kinds'
/// groups from before the dumps, one for the dumps), then applies every event, in order.
/// When events were lost (`ENOBUFS`) it drops what is queued, dumps everything again and
/// reports the differences as changes ([`resyncs`](MirrorState::resyncs) counts it). Where
/// the kernel changes routes without telling (IPv4 routes through a link that goes down are
/// deleted; routes through a link that loses its carrier get the `linkdown` flag), it reads
/// that link's routes again with a kernel-side filter once the queue is empty
/// ([`refreshes`](MirrorState::refreshes)), so that it always equals a fresh dump. The
/// objects are read through [`MirrorState`], which it dereferences to.
///
/// ```no_run
/// use nlcodec_socket::Mirror;
/// let mut m = Mirror::open()?;
/// println!("{} routes", m.routes().count());
/// loop {
///     if let Some(change) = m.next_change(None)? {
///         println!("{change}"); // + route 10.0.0.0/24 table 254 dev 3
///     }
/// }
/// # Ok::<(), nlcodec_socket::Error>(())
/// ```
pub struct Mirror {
    requests: AnySocket,
    events: AnySocket,
    state: MirrorState,
}

impl std::fmt::Debug for Mirror {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mirror")
            .field("state", &self.state)
            .finish()
    }
}

impl std::ops::Deref for Mirror {
    type Target = MirrorState;
    fn deref(&self) -> &MirrorState {
        &self.state
    }
}

/// The two sockets of a mirror of `kinds` in `netns` (or this namespace): events, joined
/// to the kinds' groups with a `rcvbuf`-byte receive buffer, and requests, with strict
/// checking (the refreshes use a kernel-side filter).
pub(crate) fn sockets(
    netns: Option<Netns<'_>>,
    kinds: &[Mirrored],
    rcvbuf: Option<usize>,
) -> Result<(Socket<Kernel>, Socket<Kernel>), Error> {
    let open = |ns: Option<Netns<'_>>| match ns {
        Some(ns) => Socket::open_in(ns, nlcodec::Protocol::ROUTE),
        None => Socket::open(nlcodec::Protocol::ROUTE),
    };
    let events = open(netns)?;
    let b = rcvbuf.unwrap_or(DEFAULT_MIRROR_RCVBUF);
    events
        .set_recv_buffer_size_force(b)
        .or_else(|_| events.set_recv_buffer_size(b))?;
    // Listening before the dumps: no change falls between a dump and the events.
    for k in kinds {
        events.add_memberships(k.groups)?;
    }
    let requests = open(netns)?;
    requests.set_strict_checking(true)?;
    Ok((requests, events))
}

impl Mirror {
    /// The mirror of this network namespace's links, addresses, routes, neighbours and
    /// rules ([`Mirrored::RTNETLINK`]).
    pub fn open() -> Result<Mirror, Error> {
        Mirror::open_kinds(None, &Mirrored::RTNETLINK, None)
    }

    /// The same of another network namespace.
    pub fn open_in(netns: Netns<'_>) -> Result<Mirror, Error> {
        Mirror::open_kinds(Some(netns), &Mirrored::RTNETLINK, None)
    }

    /// A mirror of `kinds` (rtnetlink), in `netns` or this namespace, with the event
    /// socket's receive buffer set to `rcvbuf` bytes ([`DEFAULT_MIRROR_RCVBUF`] when
    /// `None`).
    pub fn open_kinds(
        netns: Option<Netns<'_>>,
        kinds: &[Mirrored],
        rcvbuf: Option<usize>,
    ) -> Result<Mirror, Error> {
        let (requests, events) = sockets(netns, kinds, rcvbuf)?;
        Mirror::with_sockets(requests.boxed(), events.boxed(), kinds)
    }

    /// A mirror over sockets of the caller's (any transport: a fake or a replay in tests):
    /// `events` already listens to the kinds' groups, `requests` dumps (with strict
    /// checking, for the route refreshes). The first dumps are done here.
    pub fn with_sockets(
        mut requests: AnySocket,
        events: AnySocket,
        kinds: &[Mirrored],
    ) -> Result<Mirror, Error> {
        let (tables, interrupted) = dump_all(&mut requests, kinds)?;
        let mut state = MirrorState::new(kinds, tables);
        state.resync_due = interrupted;
        Ok(Mirror {
            requests,
            events,
            state,
        })
    }

    /// The next change, applying events as they come, waiting until `deadline` (`None`: as
    /// long as it takes); `Ok(None)` when the deadline passed with nothing new.
    pub fn next_change(&mut self, deadline: Option<Instant>) -> Result<Option<Change>, Error> {
        loop {
            if let Some(c) = self.state.pop() {
                return Ok(Some(c));
            }
            // Links' routes are read again (and an interrupted dump taken again) once the
            // queue is empty: reading the events first keeps the queue from overflowing
            // while the kernel is busy.
            let until = match self.state.idle_work() {
                false => deadline,
                true => Some(Instant::now()),
            };
            let d = match self.events.recv_until(until) {
                Err(Error::Timeout { .. }) if self.state.resync_due => {
                    self.resync()?;
                    continue;
                }
                Err(Error::Timeout { .. }) if !self.state.stale_links.is_empty() => {
                    self.refresh_stale_links()?;
                    continue;
                }
                Ok(d) => d,
                Err(Error::Timeout { .. }) => return Ok(None),
                Err(Error::EventsLost) => {
                    self.resync()?;
                    continue;
                }
                Err(e) => return Err(e),
            };
            self.state.apply_datagram(&d);
        }
    }

    /// The changes as they come, waiting as long as it takes for each (an iterator that
    /// ends only with an error it returns last).
    ///
    /// ```no_run
    /// let mut m = nlcodec_socket::Mirror::open()?;
    /// for change in m.changes() {
    ///     println!("{}", change?);
    /// }
    /// # Ok::<(), nlcodec_socket::Error>(())
    /// ```
    pub fn changes(&mut self) -> impl Iterator<Item = Result<Change, Error>> + '_ {
        let mut failed = false;
        std::iter::from_fn(move || {
            if failed {
                return None;
            }
            match self.next_change(None) {
                Ok(c) => c.map(Ok),
                Err(e) => {
                    failed = true;
                    Some(Err(e))
                }
            }
        })
    }

    /// Drops the events queued, dumps everything again and reports the differences as
    /// changes (what [`next_change`](Self::next_change) does by itself after `ENOBUFS`, or
    /// after a dump that stayed interrupted).
    pub fn resync(&mut self) -> Result<(), Error> {
        // What is queued is older than the dump about to be taken, and the events that would
        // have corrected it are the ones lost: applied after the dump it would bring back
        // what is gone. Drop it all first.
        loop {
            match self.events.recv_until(Some(Instant::now())) {
                Ok(_) | Err(Error::EventsLost) => {}
                Err(Error::Timeout { .. }) => break,
                Err(e) if e.is_would_block() => break,
                Err(e) => return Err(e),
            }
        }
        let (fresh, interrupted) = dump_all(&mut self.requests, &self.state.kinds)?;
        self.state.replace(fresh);
        self.state.resync_due = interrupted;
        Ok(())
    }

    /// Reads again the routes of every link whose routes the kernel may have changed
    /// without telling, and applies the differences.
    fn refresh_stale_links(&mut self) -> Result<(), Error> {
        while let Some((index, filter)) = self.state.next_refresh() {
            self.state.refreshed(index, self.requests.routes(&filter))?;
        }
        Ok(())
    }
}

/// Every kind dumped, each into its table, and whether one stayed interrupted after the
/// socket's retries (it is kept as it came; the mirror dumps again soon).
fn dump_all(requests: &mut AnySocket, kinds: &[Mirrored]) -> Result<(Vec<Table>, bool), Error> {
    let mut interrupted = false;
    let tables = kinds
        .iter()
        .map(|k| dumped(k, requests.dump(&mut (k.request)()?), &mut interrupted))
        .collect::<Result<_, _>>()?;
    Ok((tables, interrupted))
}
