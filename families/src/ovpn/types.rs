//! The enums, flags and fixed structs of `ovpn`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

nl_enum! {
    /// The `cipher-alg` enum of `ovpn`.
    pub enum CipherAlg: u32 => tables::CIPHER_ALG {
        /// `OVPN_CIPHER_ALG_NONE`
        None = 0,
        /// `OVPN_CIPHER_ALG_AES_GCM`
        AesGcm = 1,
        /// `OVPN_CIPHER_ALG_CHACHA20_POLY1305`
        Chacha20Poly1305 = 2,
    }
}

nl_enum! {
    /// The `del-peer-reason` enum of `ovpn`.
    pub enum DelPeerReason: u32 => tables::DEL_PEER_REASON {
        /// `OVPN_DEL_PEER_REASON_TEARDOWN`
        Teardown = 0,
        /// `OVPN_DEL_PEER_REASON_USERSPACE`
        Userspace = 1,
        /// `OVPN_DEL_PEER_REASON_EXPIRED`
        Expired = 2,
        /// `OVPN_DEL_PEER_REASON_TRANSPORT_ERROR`
        TransportError = 3,
        /// `OVPN_DEL_PEER_REASON_TRANSPORT_DISCONNECT`
        TransportDisconnect = 4,
    }
}

nl_enum! {
    /// The `key-slot` enum of `ovpn`.
    pub enum KeySlot: u32 => tables::KEY_SLOT {
        /// `OVPN_KEY_SLOT_PRIMARY`
        Primary = 0,
        /// `OVPN_KEY_SLOT_SECONDARY`
        Secondary = 1,
    }
}
