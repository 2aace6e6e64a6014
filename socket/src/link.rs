//! Interface index by name and back, asked of the kernel over rtnetlink (`RTM_GETLINK`), not
//! through `ioctl`: it works in the socket's network namespace and over any transport.

use crate::error::Error;
use crate::socket::Socket;
use crate::transport::Transport;
use nlcodec::family::route::IfInfoMsg;
use nlcodec::family::FamilyHeader;

const RTM_GETLINK: u16 = 18;
const IFLA_IFNAME: u16 = 3;
const IFLA_EXT_MASK: u16 = 29;
const IFLA_ALT_IFNAME: u16 = 53;
/// `RTEXT_FILTER_SKIP_STATS`: the answer without the statistics blocks.
const RTEXT_FILTER_SKIP_STATS: u32 = 1 << 3;
const ENODEV: i32 = 19;
/// `IFNAMSIZ - 1`: longer names are looked up as alternative names.
const MAX_NAME: usize = 15;
/// `ALTIFNAMSIZ - 1`.
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
        Ok(self.link(name)?.index as u32)
    }

    /// The `ifinfomsg` header of the interface called `name` as the kernel reports it
    /// (index, type, flags), looked up like [`ifindex`](Self::ifindex); ready to be the
    /// header of a request about that link (`RTM_DELLINK`, `RTM_SETLINK`, ...).
    ///
    /// ```
    /// use nlcodec::family::{route::IfInfoMsg, FamilyHeader};
    /// use nlcodec_socket::{Fake, Protocol, Socket};
    /// let lo = IfInfoMsg { kind: 772, index: 1, flags: 0x49, ..Default::default() };
    /// let fake = Fake::new(move |req| {
    ///     let mut payload = [0u8; 16];
    ///     lo.emit(&mut payload);
    ///     vec![req.dump_reply([payload]), req.ack()]
    /// });
    /// let mut s = Socket::with_transport(Protocol::ROUTE, fake)?;
    /// let link = s.link("lo")?;
    /// assert_eq!((link.index, link.flags, link.kind), (1, 0x49, 772));
    /// # Ok::<(), nlcodec_socket::Error>(())
    /// ```
    pub fn link(&mut self, name: &str) -> Result<IfInfoMsg, Error> {
        let unknown = || Error::UnknownInterface {
            name: name.to_owned(),
        };
        if name.is_empty() || name.len() > MAX_ALT_NAME {
            return Err(unknown());
        }
        let (info, _) = self
            .get_link(&IfInfoMsg::default(), Some(name))?
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
        let hdr = IfInfoMsg {
            index: i32::try_from(index).map_err(|_| unknown())?,
            ..Default::default()
        };
        let (_, name) = self.get_link(&hdr, None)?.ok_or_else(unknown)?;
        Ok(name)
    }

    /// `RTM_GETLINK` for one link; `None` when the kernel says `ENODEV`.
    fn get_link(
        &mut self,
        hdr: &IfInfoMsg,
        name: Option<&str>,
    ) -> Result<Option<(IfInfoMsg, String)>, Error> {
        let mut req = crate::message(RTM_GETLINK, 0, hdr, |w| {
            match name {
                Some(n) if n.len() > MAX_NAME => w.put_str(IFLA_ALT_IFNAME, n)?,
                Some(n) => w.put_str(IFLA_IFNAME, n)?,
                None => {}
            }
            w.put_u32(IFLA_EXT_MASK, RTEXT_FILTER_SKIP_STATS)
        })?;
        let reply = match self.request(&mut req) {
            Err(Error::Kernel(k)) if k.errno == ENODEV => return Ok(None),
            r => r?,
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
        let info = IfInfoMsg::parse(msg.payload).map_err(malformed)?;
        let mut ifname = String::new();
        for a in msg.attrs(IfInfoMsg::LEN) {
            let a = a.map_err(malformed)?;
            if a.kind() == IFLA_IFNAME {
                ifname = a.as_str().map_err(malformed)?.to_owned();
            }
        }
        Ok(Some((info, ifname)))
    }
}
