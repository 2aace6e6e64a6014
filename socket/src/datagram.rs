//! A received datagram, checked to be a well-formed message stream.

use crate::addr::Addr;
use crate::error::Error;
use nlcodec::Message;

/// A received datagram: its bytes, already checked to be a well-formed message stream, and
/// its sender.
///
/// ```no_run
/// # fn main() -> Result<(), nlcodec_socket::Error> {
/// let mut sock = nlcodec_socket::Socket::open(nlcodec_socket::Protocol::ROUTE)?;
/// sock.add_membership(1)?; // RTNLGRP_LINK
/// let dgram = sock.recv()?;
/// for msg in dgram.messages() {
///     println!("type {} from port {}", msg.header.kind, dgram.from.port);
/// }
/// # Ok(()) }
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Datagram<'a> {
    /// The datagram's bytes (one or more netlink messages).
    pub bytes: &'a [u8],
    /// The sender's socket address (port 0 = the kernel; `groups` set for multicast).
    pub from: Addr,
    /// The socket's running datagram count (from 1), the same number
    /// [`Error::Malformed`] uses.
    pub number: u64,
}

impl<'a> Datagram<'a> {
    /// The messages of the datagram. The datagram was validated on receipt, so this never
    /// yields an error.
    pub fn messages(&self) -> impl Iterator<Item = Message<'a>> + 'a {
        nlcodec::messages(self.bytes).map_while(Result::ok)
    }

    /// The messages of type `kind` through a typed parser (a generated view's `parse`):
    /// the typed notifications of one kind in an event datagram.
    ///
    /// ```
    /// use nlcodec_socket::{Addr, Datagram};
    /// let bytes = nlcodec_socket::fake::message(nlcodec_families::rt_link::RTM_NEWLINK, 0, 0, 0, &[0; 16]); // RTM_NEWLINK
    /// let d = Datagram { bytes: &bytes, from: Addr::group(1), number: 1 };
    /// let links: Vec<_> = d.parse(16, |m| Ok::<_, nlcodec::Error>(m.payload.len())).collect();
    /// assert_eq!(links.len(), 1);
    /// assert_eq!(d.parse(20, |m| Ok::<_, nlcodec::Error>(m.payload.len())).count(), 0);
    /// ```
    pub fn parse<T, E>(
        &self,
        kind: u16,
        parse: impl Fn(&Message<'a>) -> Result<T, E> + 'a,
    ) -> impl Iterator<Item = Result<T, E>> + 'a {
        self.messages()
            .filter(move |m| m.header.kind == kind)
            .map(move |m| parse(&m))
    }

    /// True when it came from a multicast group (also one above 32, which has no mask bit).
    pub fn is_multicast(&self) -> bool {
        self.from.is_multicast()
    }
}

/// Walks a datagram's message headers; the first error becomes [`Error::Malformed`].
pub(crate) fn check_stream(bytes: &[u8], from: Addr, datagram: u64) -> Result<(), Error> {
    if let Some(Err(source)) = nlcodec::messages(bytes).find(Result::is_err) {
        return Err(Error::Malformed {
            datagram,
            from,
            bytes: bytes.into(),
            source,
        });
    }
    Ok(())
}
