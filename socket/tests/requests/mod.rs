//! The requests the fake-transport tests send.
#![allow(dead_code)]

use nlcodec_families::rt_link::{Ifinfomsg, LinkAttrsBuilder, RTM_GETLINK, RTM_SETLINK};
use nlcodec_socket::message;

/// `RTM_GETLINK` of every link (a dump request once the socket adds `NLM_F_DUMP`).
pub fn getlink() -> Vec<u8> {
    message(RTM_GETLINK, 0, &Ifinfomsg::default(), |_| Ok(())).unwrap()
}

/// `RTM_SETLINK` of `IFLA_MTU` (a `do`).
pub fn setlink(mtu: u32) -> Vec<u8> {
    message(RTM_SETLINK, 0, &Ifinfomsg::default(), |w| {
        LinkAttrsBuilder::new(w).mtu(mtu).map(|_| ())
    })
    .unwrap()
}
