//! Interface index by name and back, asked of the kernel over rtnetlink (`RTM_GETLINK`), not
//! through `ioctl`: it works in the socket's network namespace and over any transport.

use crate::error::Error;
use crate::socket::Socket;
use crate::transport::Transport;
use nlcodec_families::rt_link::{ops::Getlink, Ifinfomsg, LinkMsg, RtextFilter};

/// The longest name `IFLA_IFNAME` takes (`IFNAMSIZ` - 1); longer ones are alternative names.
const MAX_NAME: usize = 15;
/// The longest alternative name (`ALTIFNAMSIZ` - 1).
const MAX_ALT_NAME: usize = 127;

impl<T: Transport> Socket<T> {
    /// The index of the interface called `name`, or with `name` as an alternative name
    /// (`ip link property add ... altname`, up to 127 bytes) when it is longer than 15
    /// bytes; [`Error::UnknownInterface`] when there is none. Needs a `NETLINK_ROUTE`
    /// socket.
    ///
    /// ```no_run
    /// let mut s = nlcodec_socket::Socket::open(nlcodec_socket::Protocol::ROUTE).unwrap();
    /// assert_eq!(s.ifindex("lo").unwrap(), 1);
    /// ```
    pub fn ifindex(&mut self, name: &str) -> Result<u32, Error> {
        Ok(self.link(name)?.ifi_index as u32)
    }

    /// The `ifinfomsg` header of the interface called `name` as the kernel reports it
    /// (index, type, flags), looked up like [`ifindex`](Self::ifindex); ready to be the
    /// header of a request about that link (`RTM_DELLINK`, `RTM_SETLINK`, ...).
    ///
    /// ```
    /// use nlcodec::family::FamilyHeader;
    /// use nlcodec_families::rt_link::{Ifinfomsg, IfinfoFlags};
    /// use nlcodec_socket::{Fake, Protocol, Socket};
    /// let up = IfinfoFlags::UP | IfinfoFlags::LOOPBACK | IfinfoFlags::RUNNING;
    /// let lo = Ifinfomsg { ifi_index: 1, ifi_flags: up, ..Default::default() };
    /// let fake = Fake::new(move |req| {
    ///     let mut payload = [0u8; 16];
    ///     lo.emit(&mut payload);
    ///     vec![req.dump_reply([payload]), req.ack()]
    /// });
    /// let mut s = Socket::with_transport(Protocol::ROUTE, fake)?;
    /// let link = s.link("lo")?;
    /// assert_eq!((link.ifi_index, link.ifi_flags), (1, up));
    /// # Ok::<(), nlcodec_socket::Error>(())
    /// ```
    pub fn link(&mut self, name: &str) -> Result<Ifinfomsg, Error> {
        let unknown = || Error::UnknownInterface {
            name: name.to_owned(),
        };
        if name.is_empty() || name.len() > MAX_ALT_NAME {
            return Err(unknown());
        }
        let (info, _) = self
            .get_link(&Ifinfomsg::default(), Some(name))?
            .ok_or_else(unknown)?;
        Ok(info)
    }

    /// The name of the interface with index `index` ([`Error::UnknownInterface`] when
    /// there is none). Needs a `NETLINK_ROUTE` socket.
    ///
    /// ```no_run
    /// let mut s = nlcodec_socket::Socket::open(nlcodec_socket::Protocol::ROUTE).unwrap();
    /// assert_eq!(s.ifname(1).unwrap(), "lo");
    /// ```
    pub fn ifname(&mut self, index: u32) -> Result<String, Error> {
        let unknown = || Error::UnknownInterface {
            name: index.to_string(),
        };
        let hdr = Ifinfomsg {
            ifi_index: i32::try_from(index).map_err(|_| unknown())?,
            ..Default::default()
        };
        let (_, name) = self.get_link(&hdr, None)?.ok_or_else(unknown)?;
        Ok(name)
    }

    /// `RTM_GETLINK` for one link; `None` when the kernel says `ENODEV`.
    fn get_link(
        &mut self,
        hdr: &Ifinfomsg,
        name: Option<&str>,
    ) -> Result<Option<(Ifinfomsg, String)>, Error> {
        let answer = self.call(Getlink, 0, hdr, |link| {
            match name {
                Some(n) if n.len() > MAX_NAME => link.alt_ifname(n)?,
                Some(n) => link.ifname(n)?,
                None => link,
            }
            .ext_mask(RtextFilter::SKIP_STATS)
        });
        let reply = match answer {
            Err(Error::Kernel(k)) if k.errno == libc::ENODEV => return Ok(None),
            r => r?.into_reply(),
        };
        let malformed = |source| Error::Malformed {
            datagram: self.datagrams,
            from: crate::Addr::KERNEL,
            bytes: reply.as_bytes().into(),
            source,
        };
        let Some(msg) = reply.messages().next() else {
            return Ok(None);
        };
        let link = LinkMsg::parse(&msg).map_err(malformed)?;
        let ifname = link.attrs.ifname().unwrap_or_default().to_owned();
        Ok(Some((link.header, ifname)))
    }
}
