//! What every job example shares: `--netns NAME` (a namespace in `/run/netns`, as
//! `ip netns add` makes), taken out of the arguments; the example's sockets then open in
//! that namespace, whichever namespace it runs in.
#![allow(dead_code)]

use nlcodec_socket::{Error, Netns, Protocol, Socket, Transport};

/// The command line: `--netns NAME` (anywhere) and the example's own arguments.
pub struct Args {
    /// `--netns NAME`, if given.
    pub netns: Option<String>,
    /// Everything else, in order.
    pub rest: Vec<String>,
}

impl Args {
    /// Reads the process's arguments; `--netns` without a name is an error.
    pub fn parse() -> Result<Args, String> {
        let mut netns = None;
        let mut rest = Vec::new();
        let mut it = std::env::args().skip(1);
        while let Some(a) = it.next() {
            match a.strip_prefix("--netns") {
                Some("") => netns = Some(it.next().ok_or("--netns needs a namespace name")?),
                Some(v) if v.starts_with('=') => netns = Some(v[1..].to_owned()),
                _ => rest.push(a),
            }
        }
        Ok(Args { netns, rest })
    }

    /// The namespace, if one was named.
    pub fn netns(&self) -> Option<Netns<'_>> {
        self.netns.as_deref().map(Netns::Name)
    }

    /// `Socket::open`, in the namespace if one was named.
    pub fn open(&self, protocol: Protocol) -> Result<Socket, Error> {
        match self.netns() {
            Some(ns) => Socket::open_in(ns, protocol),
            None => Socket::open(protocol),
        }
    }

    /// `Socket::from_env` (record / replay), in the namespace if one was named.
    pub fn open_from_env(
        &self,
        protocol: Protocol,
    ) -> Result<Socket<Box<dyn Transport + Send>>, Error> {
        Socket::from_env_in(self.netns(), protocol)
    }
}
