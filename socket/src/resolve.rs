//! Generic netlink families by name, asked of the controller (`nlctrl`) and cached per
//! socket.

use crate::error::Error;
use crate::genl::GenlFamily;
use crate::socket::Socket;
use crate::transport::Transport;
use nlcodec::family::genl::GENL_ID_CTRL;
use nlcodec::Protocol;
use nlcodec_families::nlctrl::{CTRL_ATTR_FAMILY_NAME, CTRL_CMD_GETFAMILY};

impl<T: Transport> Socket<T> {
    /// The generic netlink family called `name`: id, version, commands and multicast group
    /// ids, asked of the controller once and then cached by this socket. A family the
    /// kernel does not know is [`Error::UnknownFamily`]. Needs a `NETLINK_GENERIC` socket.
    ///
    /// From then on the socket names that family's requests and errors (operation, named
    /// attribute path, policy) by its spec, when the family is compiled into
    /// `nlcodec-families` (its cargo feature) and no schema was set with
    /// [`set_schema`](Self::set_schema).
    ///
    /// ```no_run
    /// # fn main() -> Result<(), nlcodec_socket::Error> {
    /// let mut s = nlcodec_socket::Socket::open(nlcodec_socket::Protocol::GENERIC)?;
    /// let ctrl = s.genl_family("nlctrl")?;
    /// assert_eq!(ctrl.id, 16);
    /// println!("notify group {:?}", ctrl.group("notify"));
    /// # Ok(()) }
    /// ```
    pub fn genl_family(&mut self, name: &str) -> Result<&GenlFamily, Error> {
        if !self.genl.contains_key(name) {
            let f = self.ask_genl_family(name)?;
            self.remember(f);
        }
        self.genl.get(name).ok_or_else(|| Error::UnknownFamily {
            name: name.to_owned(),
        })
    }

    /// Forgets the cached families (after a module was loaded or unloaded).
    pub fn forget_genl_families(&mut self) {
        self.genl.clear();
        self.resolved = (self.protocol == Protocol::GENERIC)
            .then(|| std::sync::Arc::new(nlcodec_families::runtime::GenlRegistry::new()));
    }

    /// Caches `f`, and names its messages from now on (when its spec is compiled in).
    pub(crate) fn remember(&mut self, f: GenlFamily) {
        let names = self.resolved.get_or_insert_with(Default::default);
        std::sync::Arc::make_mut(names).insert(f.id, &f.name);
        self.genl.insert(f.name.clone(), f);
    }

    /// Every generic netlink family the kernel has registered, dumped from the controller
    /// (and cached, so [`genl_family`](Self::genl_family) answers from them afterwards).
    ///
    /// ```no_run
    /// # fn main() -> Result<(), nlcodec_socket::Error> {
    /// let mut s = nlcodec_socket::Socket::open(nlcodec_socket::Protocol::GENERIC)?;
    /// for f in s.genl_families()? {
    ///     println!("{} {} ({} groups)", f.id, f.name, f.groups.len());
    /// }
    /// # Ok(()) }
    /// ```
    pub fn genl_families(&mut self) -> Result<Vec<GenlFamily>, Error> {
        let mut req = crate::genl_message(&controller(self)?, CTRL_CMD_GETFAMILY, 0, |_| Ok(()))?;
        let reply = self.dump(&mut req)?;
        let mut all = Vec::with_capacity(reply.len());
        for msg in reply.messages() {
            let f = GenlFamily::parse(&msg).map_err(|source| Error::Malformed {
                datagram: self.datagrams,
                from: crate::Addr::KERNEL,
                bytes: reply.as_bytes().into(),
                source,
            })?;
            self.remember(f.clone());
            all.push(f);
        }
        Ok(all)
    }

    fn ask_genl_family(&mut self, name: &str) -> Result<GenlFamily, Error> {
        let mut req = self.family_request(name)?;
        let answer = self.request(&mut req);
        self.family_from_reply(name, answer)
    }

    /// The controller's `CTRL_CMD_GETFAMILY` request for `name` (blocking and tokio alike).
    pub(crate) fn family_request(&self, name: &str) -> Result<Vec<u8>, Error> {
        let ctrl = controller(self)?;
        crate::genl_message(&ctrl, CTRL_CMD_GETFAMILY, 0, |w| {
            w.put_str(CTRL_ATTR_FAMILY_NAME, name)
        })
    }

    /// The family in the controller's answer to [`family_request`](Self::family_request):
    /// `ENOENT` or no reply is [`Error::UnknownFamily`].
    pub(crate) fn family_from_reply(
        &self,
        name: &str,
        answer: Result<crate::Reply, Error>,
    ) -> Result<GenlFamily, Error> {
        let unknown = || Error::UnknownFamily {
            name: name.to_owned(),
        };
        let reply = match answer {
            Err(Error::Kernel(k)) if k.errno == libc::ENOENT => return Err(unknown()),
            r => r?,
        };
        let msg = reply.messages().next().ok_or_else(unknown)?;
        GenlFamily::parse(&msg).map_err(|source| Error::Malformed {
            datagram: self.datagrams,
            from: crate::Addr::KERNEL,
            bytes: reply.as_bytes().into(),
            source,
        })
    }
}

/// The controller itself, as a family to address requests to: its id is fixed
/// (`GENL_ID_CTRL`). Only a `NETLINK_GENERIC` socket can ask it.
fn controller<T: Transport>(s: &Socket<T>) -> Result<GenlFamily, Error> {
    if s.protocol != Protocol::GENERIC {
        return Err(Error::InvalidRequest {
            reason: "generic netlink families are resolved on a NETLINK_GENERIC socket",
        });
    }
    Ok(GenlFamily {
        id: GENL_ID_CTRL,
        version: 2,
        ..Default::default()
    })
}
