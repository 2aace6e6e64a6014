//! The enums, flags and fixed structs of `handshake`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

nl_enum! {
    /// The `handler-class` enum of `handshake`.
    pub enum HandlerClass: u32 => tables::HANDLER_CLASS {
        /// `HANDSHAKE_HANDLER_CLASS_NONE`
        None = 0,
        /// `HANDSHAKE_HANDLER_CLASS_TLSHD`
        Tlshd = 1,
        /// `HANDSHAKE_HANDLER_CLASS_MAX`
        Max = 2,
    }
}

nl_enum! {
    /// The `msg-type` enum of `handshake`.
    pub enum MsgType: u32 => tables::MSG_TYPE {
        /// `HANDSHAKE_MSG_TYPE_UNSPEC`
        Unspec = 0,
        /// `HANDSHAKE_MSG_TYPE_CLIENTHELLO`
        Clienthello = 1,
        /// `HANDSHAKE_MSG_TYPE_SERVERHELLO`
        Serverhello = 2,
    }
}

nl_enum! {
    /// The `auth` enum of `handshake`.
    pub enum Auth: u32 => tables::AUTH {
        /// `HANDSHAKE_AUTH_UNSPEC`
        Unspec = 0,
        /// `HANDSHAKE_AUTH_UNAUTH`
        Unauth = 1,
        /// `HANDSHAKE_AUTH_PSK`
        Psk = 2,
        /// `HANDSHAKE_AUTH_X509`
        X509 = 3,
    }
}
