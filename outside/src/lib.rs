//! A `#![no_std]` crate embedding the codec and the rtnetlink link family, as a firmware or
//! an agent would: no allocation, the caller's buffers only. Its code between the markers
//! is the "Use it in your project" example of `families/README.md`, word for word
//! (`tests/outside.rs` checks that they are the same).

#![no_std]
#![forbid(unsafe_code)]

// README: use it in your project (begin)
use nlcodec::consts::{NLM_F_ACK, NLM_F_REQUEST};
use nlcodec::{Error, WriteError, Writer};
use nlcodec_families::rt_link::{Ifinfomsg, LinkAttrsBuilder, LinkMsg, RTM_NEWLINK, RTM_SETLINK};

/// One link of a dump, borrowed from the received bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link<'a> {
    pub index: i32,
    pub name: &'a str,
    pub mtu: Option<u32>,
}

/// Reads the links of an `RTM_GETLINK` dump into `out`; returns how many there were
/// (links beyond `out.len()` are counted, not stored).
pub fn read_links<'a>(dump: &'a [u8], out: &mut [Option<Link<'a>>]) -> Result<usize, Error> {
    let mut n = 0;
    for msg in nlcodec::messages(dump) {
        let msg = msg?;
        if msg.header.kind != RTM_NEWLINK {
            continue; // NLMSG_DONE ends the dump
        }
        let link = LinkMsg::parse(&msg)?;
        if let Some(slot) = out.get_mut(n) {
            *slot = Some(Link {
                index: link.header.ifi_index,
                name: link.attrs.ifname().unwrap_or(""),
                mtu: link.attrs.mtu(),
            });
        }
        n += 1;
    }
    Ok(n)
}

/// Writes `RTM_SETLINK` (set the MTU of the link with this index) into `buf`; returns the
/// request's length: `&buf[..len]` is ready for `send()`.
pub fn set_mtu(buf: &mut [u8], seq: u32, index: i32, mtu: u32) -> Result<usize, WriteError> {
    let mut w = Writer::new(buf);
    w.begin_message(RTM_SETLINK, NLM_F_REQUEST | NLM_F_ACK, seq, 0)?;
    w.put_header(&Ifinfomsg {
        ifi_index: index,
        ..Ifinfomsg::default()
    })?;
    LinkAttrsBuilder::new(&mut w).mtu(mtu)?;
    w.end_message()?;
    Ok(w.as_bytes().len())
}
// README: use it in your project (end)
