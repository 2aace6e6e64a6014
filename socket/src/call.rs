//! Shortcuts for what every caller writes: a typed request sent and acknowledged in one
//! call, a dump of everything of one type, the next kernel event, and a message's name.

use crate::datagram::{check_stream, Datagram};
use crate::error::Error;
use crate::message::message;
use crate::reply::Reply;
use crate::socket::Socket;
use crate::transport::Transport;
use nlcodec::family::FamilyHeader;
use nlcodec::{WriteError, Writer};

impl<T: Transport> Socket<T> {
    /// Builds a request with [`message`](crate::message) and sends it as a `do`
    /// ([`request`](Self::request)): waits for the ACK and returns the data replies before
    /// it. Kernel errors come back as [`Error::Kernel`], named by the socket's schema.
    ///
    /// ```
    /// use nlcodec_families::rt_link::{Ifinfomsg, LinkAttrsBuilder, RTM_SETLINK};
    /// use nlcodec_socket::{Fake, Protocol, Socket};
    /// let fake = Fake::new(|req| vec![req.ack()]);
    /// let mut s = Socket::with_transport(Protocol::ROUTE, fake)?;
    /// let hdr = Ifinfomsg { ifi_index: 1, ..Default::default() };
    /// let reply = s.call(RTM_SETLINK, 0, &hdr, |w| LinkAttrsBuilder::new(w).mtu(1400).map(drop))?;
    /// assert!(reply.is_empty());
    /// # Ok::<(), nlcodec_socket::Error>(())
    /// ```
    pub fn call<H: FamilyHeader>(
        &mut self,
        kind: u16,
        flags: u16,
        header: &H,
        attrs: impl FnOnce(&mut Writer<Vec<u8>>) -> Result<(), WriteError>,
    ) -> Result<Reply, Error> {
        self.request(&mut message(kind, flags, header, attrs)?)
    }

    /// [`dump`](Self::dump)s a request made of message type `kind` and the fixed `header`
    /// only (no attributes): every link, address, route, ... of the namespace.
    ///
    /// ```
    /// use nlcodec_families::rt_link::{Ifinfomsg, LinkMsg, RTM_GETLINK};
    /// use nlcodec_socket::{Fake, Protocol, Socket};
    /// let fake = Fake::new(|req| vec![req.dump_reply([[0u8; 16]]), req.done(0)]);
    /// let mut s = Socket::with_transport(Protocol::ROUTE, fake)?;
    /// let links = s.dump_all(RTM_GETLINK, &Ifinfomsg::default())?;
    /// assert_eq!(links.parse(LinkMsg::parse).count(), 1);
    /// # Ok::<(), nlcodec_socket::Error>(())
    /// ```
    pub fn dump_all<H: FamilyHeader>(&mut self, kind: u16, header: &H) -> Result<Reply, Error> {
        self.dump(&mut message(kind, 0, header, |_| Ok(()))?)
    }

    /// The next event for a listener: waits with no deadline (a listener waits as long as
    /// it takes) and skips datagrams whose sender is not the kernel (port 0), which anyone
    /// could have forged, before parsing them (counted by
    /// [`foreign_datagrams_skipped`](Self::foreign_datagrams_skipped)). `ENOBUFS` is still
    /// [`Error::EventsLost`]; a malformed datagram from the kernel is [`Error::Malformed`].
    ///
    /// ```
    /// use nlcodec_socket::fake::{message, Delivery};
    /// use nlcodec_socket::{Addr, Fake, Protocol, Socket};
    /// let mut fake = Fake::new(|_| vec![]);
    /// let event = |port| Delivery::Datagram { bytes: message(nlcodec_families::rt_link::RTM_NEWLINK, 0, 0, 0, &[0; 16]), from: port };
    /// fake.push(event(Addr::port(4242))); // forged: skipped
    /// fake.push(event(Addr::group(1)));
    /// let mut s = Socket::with_transport(Protocol::ROUTE, fake)?;
    /// assert_eq!(s.next_event()?.from, Addr::group(1));
    /// # Ok::<(), nlcodec_socket::Error>(())
    /// ```
    pub fn next_event(&mut self) -> Result<Datagram<'_>, Error> {
        loop {
            let (n, from) = self.recv_counted(None, std::time::Instant::now())?;
            if from.port != 0 {
                // Checked before parsing: a forged datagram, malformed or not, is skipped.
                self.skipped.foreign += 1;
                continue;
            }
            let number = self.datagrams;
            check_stream(&self.rbuf[..n], from, number)?;
            return Ok(self.datagram((n, from, number)));
        }
    }

    /// The C name of a message's operation (`RTM_NEWLINK`, ...) by the socket's schema
    /// ([`set_schema`](Self::set_schema)); `None` without a schema or for an unknown type.
    ///
    /// ```
    /// use nlcodec_families::runtime::Rtnetlink;
    /// use nlcodec_socket::{Fake, Protocol, Socket};
    /// let mut s = Socket::with_transport(Protocol::ROUTE, Fake::new(|_| vec![]))?;
    /// assert_eq!(s.message_name(16, &[0; 16]), None);
    /// s.set_schema(&Rtnetlink);
    /// assert_eq!(s.message_name(16, &[0; 16]), Some("RTM_NEWLINK"));
    /// # Ok::<(), nlcodec_socket::Error>(())
    /// ```
    pub fn message_name(&self, kind: u16, payload: &[u8]) -> Option<&'static str> {
        let schema = self.naming()?;
        schema.get().message(kind, payload).map(|d| d.op.c_name)
    }
}
