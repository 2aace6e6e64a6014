//! One typed call per operation: a request of any operation of any family in the generated
//! `nlcodec-families` (`rt_link::ops::Newlink`, `ethtool::ops::LinkinfoGet`), written with
//! its typed builder, answered by its typed view; plus the next kernel event and a message's
//! name.

use crate::attrs::Attrs;
use crate::datagram::{check_stream, Datagram};
use crate::error::Error;
use crate::socket::Socket;
use crate::transport::Transport;
use crate::typed::TypedReply;
use nlcodec::family::genl::GenlMsgHdr;
use nlcodec::schema::Addressing;
use nlcodec::{Message, Writer};
use nlcodec_families::runtime::{Answer, Builder, Do, Dump, Operation};
use std::ops::ControlFlow;

impl<T: Transport> Socket<T> {
    /// The `do` of operation `O`, in one call: the request (the fixed `header`, then the
    /// attributes `attrs` writes with the operation's typed builder) is sent with `flags`
    /// (plus `NLM_F_REQUEST | NLM_F_ACK`), and the answer waited for. An operation whose
    /// `do` only ACKs returns `()`; one that replies returns its messages as a
    /// [`TypedReply`] of the operation's view.
    ///
    /// Generic netlink families are resolved by name on first use (and cached, see
    /// [`genl_family`](Self::genl_family)). Kernel errors are [`Error::Kernel`], named by
    /// the family's spec (operation, attribute path, policy). A family of another protocol
    /// than the socket's is [`Error::WrongProtocol`], and nothing is sent.
    ///
    /// ```
    /// use nlcodec::consts::{NLM_F_CREATE, NLM_F_EXCL};
    /// use nlcodec_families::rt_link::{ops::Newlink, Ifinfomsg};
    /// use nlcodec_socket::{Fake, Protocol, Socket};
    /// let fake = Fake::new(|req| vec![req.ack()]);
    /// let mut s = Socket::with_transport(Protocol::ROUTE, fake)?;
    /// let () = s.call(Newlink, NLM_F_CREATE | NLM_F_EXCL, &Ifinfomsg::default(), |link| {
    ///     link.ifname("v0")?
    ///         .mtu(1400)?
    ///         .linkinfo(|i| i.data_veth(|v| v.peer(&Ifinfomsg::default(), |p| p.ifname("v1"))))
    /// })?;
    /// # Ok::<(), nlcodec_socket::Error>(())
    /// ```
    pub fn call<O: Do>(
        &mut self,
        op: O,
        flags: u16,
        header: &O::Header,
        attrs: impl Attrs<O::Attrs>,
    ) -> Result<<O::Answer as Answer>::Output<TypedReply<O>>, Error> {
        let _ = op;
        let mut req = self.typed_request::<O>(flags, header, attrs)?;
        let reply = self.request(&mut req)?;
        Ok(O::Answer::finish(TypedReply::new(reply)))
    }

    /// The `dump` of operation `O` with the fixed `header` and no attributes: every link,
    /// address, route, ... of the namespace, typed.
    ///
    /// ```
    /// use nlcodec_families::rt_link::{ops::Getlink, Ifinfomsg};
    /// use nlcodec_socket::{Fake, Protocol, Socket};
    /// let fake = Fake::new(|req| vec![req.dump_reply([[0u8; 16]]), req.done(0)]);
    /// let mut s = Socket::with_transport(Protocol::ROUTE, fake)?;
    /// for link in &s.dump_all(Getlink, &Ifinfomsg::default())? {
    ///     assert_eq!(link?.attrs.ifname(), None);
    /// }
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn dump_all<O: Dump>(&mut self, op: O, header: &O::Header) -> Result<TypedReply<O>, Error> {
        self.dump_filtered(op, header, |a| Ok(a))
    }

    /// The `dump` of operation `O` with request attributes (the filters and flags its dump
    /// takes), typed.
    ///
    /// ```
    /// use nlcodec_families::rt_link::{ops::Getlink, Ifinfomsg, RtextFilter};
    /// use nlcodec_socket::{Fake, Protocol, Socket};
    /// let fake = Fake::new(|req| vec![req.done(0)]);
    /// let mut s = Socket::with_transport(Protocol::ROUTE, fake)?;
    /// let links = s.dump_filtered(Getlink, &Ifinfomsg::default(), |a| a.ext_mask(RtextFilter::VF))?;
    /// assert!(links.is_empty());
    /// # Ok::<(), nlcodec_socket::Error>(())
    /// ```
    pub fn dump_filtered<O: Dump>(
        &mut self,
        op: O,
        header: &O::Header,
        attrs: impl Attrs<O::Attrs>,
    ) -> Result<TypedReply<O>, Error> {
        let _ = op;
        let mut req = self.typed_request::<O>(0, header, attrs)?;
        match self.dump(&mut req) {
            Ok(reply) => Ok(TypedReply::new(reply)),
            Err(e) => Err(e),
        }
    }

    /// The `dump` of operation `O` (no request attributes) without collecting: `f` gets each
    /// message through the operation's view, by reference, while it is still in the receive
    /// buffer (zero copy; the view is parsed where the call keeps it, never moved), and returns
    /// `Ok(ControlFlow::Continue(()))` for more, `Ok(ControlFlow::Break(()))` to stop, or
    /// an error, which ends the call with it (see [`dump_with`](Self::dump_with): the rest
    /// of the dump is still read). A message the view rejects is [`Error::Malformed`].
    ///
    /// ```
    /// use nlcodec_families::rt_link::{ops::Getlink, Ifinfomsg};
    /// use nlcodec_socket::{ControlFlow, Fake, Protocol, Socket};
    /// let fake = Fake::new(|req| vec![req.dump_reply([[0u8; 16], [0u8; 16]]), req.done(0)]);
    /// let mut s = Socket::with_transport(Protocol::ROUTE, fake)?;
    /// let mut n = 0;
    /// s.dump_each(Getlink, &Ifinfomsg::default(), |link| {
    ///     n += 1;
    ///     assert_eq!(link.header.ifi_index, 0);
    ///     Ok::<_, nlcodec_socket::Error>(ControlFlow::Continue(()))
    /// })?;
    /// assert_eq!(n, 2);
    /// # Ok::<(), nlcodec_socket::Error>(())
    /// ```
    pub fn dump_each<O: Dump, E: From<Error>>(
        &mut self,
        op: O,
        header: &O::Header,
        mut f: impl FnMut(&O::Msg<'_>) -> Result<ControlFlow<()>, E>,
    ) -> Result<(), E> {
        let _ = op;
        let mut req = self.typed_request::<O>(0, header, |a| Ok(a))?;
        self.dump_numbered(&mut req, |m: Message<'_>, datagram| {
            match O::parse_then(&m, &mut f) {
                Ok(r) => r,
                Err(source) => Err(E::from(Error::Malformed {
                    datagram,
                    from: crate::Addr::KERNEL,
                    bytes: m
                        .header
                        .to_bytes()
                        .iter()
                        .chain(m.payload)
                        .copied()
                        .collect(),
                    source,
                })),
            }
        })
    }

    /// The request of operation `O`: `nlmsghdr` (the operation's type, or the resolved
    /// generic netlink family's id and `genlmsghdr`), the fixed header, the attributes.
    pub(crate) fn typed_request<O: Operation>(
        &mut self,
        flags: u16,
        header: &O::Header,
        attrs: impl Attrs<O::Attrs>,
    ) -> Result<Vec<u8>, Error> {
        let mut w = Writer::from_vec(Vec::new());
        self.write_request::<O>(&mut w, flags, header, attrs)?;
        Ok(w.into_vec())
    }

    /// Appends the request of operation `O` to the messages `w` holds; on an error nothing
    /// of it stays.
    pub(crate) fn write_request<O: Operation>(
        &mut self,
        w: &mut Writer<Vec<u8>>,
        flags: u16,
        header: &O::Header,
        attrs: impl Attrs<O::Attrs>,
    ) -> Result<(), Error> {
        let genl = match O::FAMILY.addressing {
            Addressing::Raw { protocol } => {
                self.check_protocol(O::FAMILY.name, protocol)?;
                None
            }
            Addressing::Genl { name, .. } => {
                self.check_protocol(name, nlcodec::Protocol::GENERIC)?;
                let family = self.genl_family(name)?;
                let genl = GenlMsgHdr {
                    cmd: O::OP.request as u8,
                    version: family.version as u8,
                    reserved: 0,
                };
                Some((family.id, genl))
            }
        };
        let written = (|| {
            match &genl {
                None => w.begin_message(O::OP.request, flags, 0, 0)?,
                Some((id, genl)) => {
                    w.begin_message(*id, flags, 0, 0)?;
                    w.put_header(genl)?;
                }
            }
            w.put_header(header)?;
            attrs(&mut Builder::new(w))?;
            w.end_message()
        })();
        if written.is_err() {
            w.cancel_message();
        }
        Ok(written?)
    }

    fn check_protocol(&self, family: &'static str, needs: nlcodec::Protocol) -> Result<(), Error> {
        if self.protocol == needs {
            return Ok(());
        }
        Err(Error::WrongProtocol {
            family,
            needs,
            socket: self.protocol,
        })
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

    /// The C name of a message's operation (`RTM_NEWLINK`, ...) by the socket's schema (the
    /// default one of its protocol, see [`set_schema`](Self::set_schema)); `None` for an
    /// unknown type.
    ///
    /// ```
    /// use nlcodec_socket::{Fake, Protocol, Socket};
    /// let s = Socket::with_transport(Protocol::ROUTE, Fake::new(|_| vec![]))?;
    /// assert_eq!(s.message_name(16, &[0; 16]), Some("RTM_NEWLINK"));
    /// let s = Socket::with_transport(Protocol::USERSOCK, Fake::new(|_| vec![]))?;
    /// assert_eq!(s.message_name(16, &[0; 16]), None);
    /// # Ok::<(), nlcodec_socket::Error>(())
    /// ```
    pub fn message_name(&self, kind: u16, payload: &[u8]) -> Option<&'static str> {
        let schema = self.naming()?;
        schema.get().message(kind, payload).map(|d| d.op.c_name)
    }
}
