//! The mirror on tokio (feature `tokio`): the same state, fed by two `AsyncSocket`s.

use super::kinds::Mirrored;
use super::state::{dumped, MirrorState, Table};
use super::{sockets, Change};
use crate::error::Error;
use crate::netns::Netns;
use crate::AsyncSocket;
use futures_util::Stream;
use std::time::Duration;

/// A [`Mirror`](crate::Mirror) driven by tokio: it awaits events instead of blocking, and
/// its changes come as a `futures::Stream` ([`changes`](Self::changes)). The objects are
/// read through [`MirrorState`], which it dereferences to.
///
/// ```no_run
/// # async fn run() -> Result<(), nlcodec_socket::Error> {
/// use futures_util::StreamExt;
/// use nlcodec_socket::AsyncMirror;
/// let mut m = AsyncMirror::open().await?;
/// let mut changes = std::pin::pin!(m.changes());
/// while let Some(change) = changes.next().await {
///     println!("{}", change?);
/// }
/// # Ok(()) }
/// ```
#[derive(Debug)]
pub struct AsyncMirror {
    requests: AsyncSocket,
    events: AsyncSocket,
    state: MirrorState,
}

impl std::ops::Deref for AsyncMirror {
    type Target = MirrorState;
    fn deref(&self) -> &MirrorState {
        &self.state
    }
}

impl AsyncMirror {
    /// The mirror of this network namespace's links, addresses, routes, neighbours and
    /// rules.
    pub async fn open() -> Result<AsyncMirror, Error> {
        AsyncMirror::open_kinds(None, &Mirrored::RTNETLINK, None).await
    }

    /// The same of another network namespace.
    pub async fn open_in(netns: Netns<'_>) -> Result<AsyncMirror, Error> {
        AsyncMirror::open_kinds(Some(netns), &Mirrored::RTNETLINK, None).await
    }

    /// A mirror of `kinds`, like [`Mirror::open_kinds`](crate::Mirror::open_kinds).
    pub async fn open_kinds(
        netns: Option<Netns<'_>>,
        kinds: &[Mirrored],
        rcvbuf: Option<usize>,
    ) -> Result<AsyncMirror, Error> {
        let (requests, events) = sockets(netns, kinds, rcvbuf)?;
        let mut requests = AsyncSocket::new(requests)?;
        let (tables, interrupted) = dump_all(&mut requests, kinds).await?;
        let mut state = MirrorState::new(kinds, tables);
        state.resync_due = interrupted;
        Ok(AsyncMirror {
            requests,
            events: AsyncSocket::new(events)?,
            state,
        })
    }

    /// The next change, applying events as they come (no deadline of its own: bound it
    /// with `tokio::time::timeout`, or drop it; no event is lost by dropping it).
    pub async fn next_change(&mut self) -> Result<Change, Error> {
        loop {
            if let Some(c) = self.state.pop() {
                return Ok(c);
            }
            let received = match self.state.idle_work() {
                false => Some(self.events.recv().await),
                // Links' routes are read again (and an interrupted dump taken again) once
                // the queue is empty.
                true => tokio::time::timeout(Duration::ZERO, self.events.recv())
                    .await
                    .ok(),
            };
            let d = match received {
                None if self.state.resync_due => {
                    self.resync().await?;
                    continue;
                }
                None => {
                    self.refresh_stale_links().await?;
                    continue;
                }
                Some(Err(Error::EventsLost)) => {
                    self.resync().await?;
                    continue;
                }
                Some(r) => r?,
            };
            self.state.apply_datagram(&d);
        }
    }

    /// The changes as a stream: each item is [`next_change`](Self::next_change)'s. The
    /// stream only reads events when polled (backpressure: a slow consumer leaves them in
    /// the socket's buffer; if it overflows, the mirror resyncs).
    pub fn changes(&mut self) -> impl Stream<Item = Result<Change, Error>> + '_ {
        futures_util::stream::unfold(self, |m| async move {
            let c = m.next_change().await;
            Some((c, m))
        })
    }

    /// Drops the events queued, dumps everything again and reports the differences, like
    /// [`Mirror::resync`](crate::Mirror::resync).
    pub async fn resync(&mut self) -> Result<(), Error> {
        loop {
            match tokio::time::timeout(Duration::ZERO, self.events.recv()).await {
                Ok(Ok(_)) | Ok(Err(Error::EventsLost)) => {}
                Ok(Err(e)) => return Err(e),
                Err(_) => break, // nothing queued
            }
        }
        let (fresh, interrupted) = dump_all(&mut self.requests, &self.state.kinds).await?;
        self.state.replace(fresh);
        self.state.resync_due = interrupted;
        Ok(())
    }

    async fn refresh_stale_links(&mut self) -> Result<(), Error> {
        while let Some((index, filter)) = self.state.next_refresh() {
            let answer = self.requests.routes(&filter).await;
            self.state.refreshed(index, answer)?;
        }
        Ok(())
    }
}

/// Every kind dumped, and whether one stayed interrupted (see the blocking `dump_all`).
async fn dump_all(
    requests: &mut AsyncSocket,
    kinds: &[Mirrored],
) -> Result<(Vec<Table>, bool), Error> {
    let mut tables = Vec::with_capacity(kinds.len());
    let mut interrupted = false;
    for k in kinds {
        let answer = requests.dump(&mut (k.request)()?).await;
        tables.push(dumped(k, answer, &mut interrupted)?);
    }
    Ok((tables, interrupted))
}
