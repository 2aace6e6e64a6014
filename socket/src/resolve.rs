//! Generic netlink families by name, asked of the controller (`nlctrl`) and cached per
//! socket.

use crate::addr::Protocol;
use crate::error::Error;
use crate::genl::{GenlFamily, CTRL_ATTR_FAMILY_NAME, GENL_ID_CTRL};
use crate::socket::Socket;
use crate::transport::Transport;

const CTRL_CMD_GETFAMILY: u8 = 3;
const ENOENT: i32 = 2;

impl<T: Transport> Socket<T> {
    /// The generic netlink family called `name`: id, version, commands and multicast group
    /// ids, asked of the controller once and then cached by this socket. A family the
    /// kernel does not know is [`Error::UnknownFamily`]. Needs a `NETLINK_GENERIC` socket.
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
            self.genl.insert(name.to_owned(), f);
        }
        self.genl.get(name).ok_or_else(|| Error::UnknownFamily {
            name: name.to_owned(),
        })
    }

    /// Forgets the cached families (after a module was loaded or unloaded).
    pub fn forget_genl_families(&mut self) {
        self.genl.clear();
    }

    fn ask_genl_family(&mut self, name: &str) -> Result<GenlFamily, Error> {
        if self.protocol != Protocol::GENERIC {
            return Err(Error::InvalidRequest {
                reason: "generic netlink families are resolved on a NETLINK_GENERIC socket",
            });
        }
        let ctrl = GenlFamily {
            id: GENL_ID_CTRL,
            version: 2,
            ..Default::default()
        };
        let mut req = crate::genl_message(&ctrl, CTRL_CMD_GETFAMILY, 0, |w| {
            w.put_str(CTRL_ATTR_FAMILY_NAME, name)
        })?;
        let reply = match self.request(&mut req) {
            Err(Error::Kernel(k)) if k.errno == ENOENT => {
                return Err(Error::UnknownFamily {
                    name: name.to_owned(),
                })
            }
            r => r?,
        };
        let msg = reply
            .messages()
            .next()
            .ok_or_else(|| Error::UnknownFamily {
                name: name.to_owned(),
            })?;
        GenlFamily::parse(&msg).map_err(|source| Error::Malformed {
            datagram: self.datagrams,
            from: crate::Addr::KERNEL,
            bytes: reply.as_bytes().into(),
            source,
        })
    }
}
