//! One request in flight and what came back for it: the state the blocking and the tokio
//! socket share for requests sent before their answers are read.

use crate::addr::Addr;
use crate::error::Error;
use crate::exchange::{keep, Exchange, Skipped};
use crate::reply::Reply;

/// One request in flight: its state machine, the bytes it sent (to name its errors), what
/// came back so far, and once complete the outcome.
#[derive(Debug)]
pub(crate) struct Slot {
    pub(crate) ex: Exchange,
    pub(crate) request: Vec<u8>,
    pub(crate) reply: Reply,
    pub(crate) outcome: Option<Result<Option<String>, Error>>,
}

impl Slot {
    pub(crate) fn seq(&self) -> u32 {
        self.ex.seq
    }

    /// The reply and outcome, once the answer is complete (the slot is then empty).
    pub(crate) fn take_if_complete(&mut self) -> Option<(Reply, Result<Option<String>, Error>)> {
        let outcome = self.outcome.take()?;
        Some((std::mem::take(&mut self.reply), outcome))
    }
}

/// Hands a received datagram to the requests in flight whose sequence numbers it carries.
/// True when one of them took it.
pub(crate) fn dispatch(slots: &mut [Slot], bytes: &[u8], from: Addr, number: u64) -> bool {
    if slots.is_empty() || from.is_multicast() || from.port != 0 {
        return false;
    }
    let mut taken = false;
    for slot in slots.iter_mut().filter(|s| s.outcome.is_none()) {
        let seq = slot.seq();
        if !nlcodec::messages(bytes)
            .map_while(Result::ok)
            .any(|m| m.header.seq == seq)
        {
            continue;
        }
        taken = true;
        let Slot {
            ex,
            request,
            reply,
            outcome,
        } = slot;
        // Messages of the other requests in the datagram are theirs, not stale.
        let mut others = Skipped::default();
        let fed = ex.feed(request, bytes, from, number, &mut others, &mut |ev, m| {
            keep(reply, ev, m)
        });
        match fed {
            Ok(None) => {}
            Ok(Some(warning)) => *outcome = Some(Ok(warning)),
            Err(e) => *outcome = Some(Err(e)),
        }
    }
    taken
}
