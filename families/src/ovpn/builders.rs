//! Typed builders of `ovpn`: one per attribute set, over the codec's [`Writer`] (so they
//! write into a caller's `&mut [u8]` as well as a `Vec`).

#![allow(unused_imports)]

use super::consts::*;
use super::types::*;
use crate::runtime::{put_nest_with_header, Bitfield32, Builder};
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use nlcodec::{Buffer, WriteError, Writer};

/// Markers of the attribute sets, one per set: the `S` of [`Builder`] (and of the
/// operations' `Attrs`).
pub mod sets {
    /// The `peer` attribute set.
    pub enum Peer {}
    /// The `peer-new-input` attribute set.
    pub enum PeerNewInput {}
    /// The `peer-set-input` attribute set.
    pub enum PeerSetInput {}
    /// The `peer-del-input` attribute set.
    pub enum PeerDelInput {}
    /// The `keyconf` attribute set.
    pub enum Keyconf {}
    /// The `keydir` attribute set.
    pub enum Keydir {}
    /// The `keyconf-get` attribute set.
    pub enum KeyconfGet {}
    /// The `keyconf-swap-input` attribute set.
    pub enum KeyconfSwapInput {}
    /// The `keyconf-del-input` attribute set.
    pub enum KeyconfDelInput {}
    /// The `ovpn` attribute set.
    pub enum Ovpn {}
    /// The `ovpn-peer-new-input` attribute set.
    pub enum OvpnPeerNewInput {}
    /// The `ovpn-peer-set-input` attribute set.
    pub enum OvpnPeerSetInput {}
    /// The `ovpn-peer-del-input` attribute set.
    pub enum OvpnPeerDelInput {}
    /// The `ovpn-keyconf-get` attribute set.
    pub enum OvpnKeyconfGet {}
    /// The `ovpn-keyconf-swap-input` attribute set.
    pub enum OvpnKeyconfSwapInput {}
    /// The `ovpn-keyconf-del-input` attribute set.
    pub enum OvpnKeyconfDelInput {}
}

/// Writes `peer` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PeerBuilder<'w, B> = Builder<'w, sets::Peer, B>;

impl<B: Buffer> PeerBuilder<'_, B> {
    /// Writes `OVPN_A_PEER_ID`: The unique ID of the peer in the device context. To be used to identify peers during operations for a specific device. Also used to match packets received from this peer.
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_PEER_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_REMOTE_IPV4`: The remote IPv4 address of the peer
    pub fn remote_ipv4(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_PEER_REMOTE_IPV4, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_REMOTE_IPV6`: The remote IPv6 address of the peer
    pub fn remote_ipv6(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_PEER_REMOTE_IPV6, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_REMOTE_IPV6_SCOPE_ID`: The scope id of the remote IPv6 address of the peer (RFC2553)
    pub fn remote_ipv6_scope_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVPN_A_PEER_REMOTE_IPV6_SCOPE_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_REMOTE_PORT`: The remote port of the peer
    pub fn remote_port(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVPN_A_PEER_REMOTE_PORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_SOCKET`: The socket to be used to communicate with the peer
    pub fn socket(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_PEER_SOCKET, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_SOCKET_NETNSID`: The ID of the netns the socket assigned to this peer lives in
    pub fn socket_netnsid(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVPN_A_PEER_SOCKET_NETNSID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_VPN_IPV4`: The IPv4 address assigned to the peer by the server
    pub fn vpn_ipv4(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_PEER_VPN_IPV4, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_VPN_IPV6`: The IPv6 address assigned to the peer by the server
    pub fn vpn_ipv6(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_PEER_VPN_IPV6, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_LOCAL_IPV4`: The local IPv4 to be used to send packets to the peer (UDP only)
    pub fn local_ipv4(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_PEER_LOCAL_IPV4, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_LOCAL_IPV6`: The local IPv6 to be used to send packets to the peer (UDP only)
    pub fn local_ipv6(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_PEER_LOCAL_IPV6, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_LOCAL_PORT`: The local port to be used to send packets to the peer (UDP only)
    pub fn local_port(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVPN_A_PEER_LOCAL_PORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_KEEPALIVE_INTERVAL`: The number of seconds after which a keep alive message is sent to the peer
    pub fn keepalive_interval(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVPN_A_PEER_KEEPALIVE_INTERVAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_KEEPALIVE_TIMEOUT`: The number of seconds from the last activity after which the peer is assumed dead
    pub fn keepalive_timeout(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVPN_A_PEER_KEEPALIVE_TIMEOUT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_DEL_REASON`: The reason why a peer was deleted
    pub fn del_reason(&mut self, v: DelPeerReason) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVPN_A_PEER_DEL_REASON, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_VPN_RX_BYTES`: Number of bytes received over the tunnel
    pub fn vpn_rx_bytes(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(OVPN_A_PEER_VPN_RX_BYTES, small),
            Err(_) => self.w.put_u64(OVPN_A_PEER_VPN_RX_BYTES, v),
        }?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_VPN_TX_BYTES`: Number of bytes transmitted over the tunnel
    pub fn vpn_tx_bytes(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(OVPN_A_PEER_VPN_TX_BYTES, small),
            Err(_) => self.w.put_u64(OVPN_A_PEER_VPN_TX_BYTES, v),
        }?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_VPN_RX_PACKETS`: Number of packets received over the tunnel
    pub fn vpn_rx_packets(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(OVPN_A_PEER_VPN_RX_PACKETS, small),
            Err(_) => self.w.put_u64(OVPN_A_PEER_VPN_RX_PACKETS, v),
        }?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_VPN_TX_PACKETS`: Number of packets transmitted over the tunnel
    pub fn vpn_tx_packets(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(OVPN_A_PEER_VPN_TX_PACKETS, small),
            Err(_) => self.w.put_u64(OVPN_A_PEER_VPN_TX_PACKETS, v),
        }?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_LINK_RX_BYTES`: Number of bytes received at the transport level
    pub fn link_rx_bytes(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(OVPN_A_PEER_LINK_RX_BYTES, small),
            Err(_) => self.w.put_u64(OVPN_A_PEER_LINK_RX_BYTES, v),
        }?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_LINK_TX_BYTES`: Number of bytes transmitted at the transport level
    pub fn link_tx_bytes(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(OVPN_A_PEER_LINK_TX_BYTES, small),
            Err(_) => self.w.put_u64(OVPN_A_PEER_LINK_TX_BYTES, v),
        }?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_LINK_RX_PACKETS`: Number of packets received at the transport level
    pub fn link_rx_packets(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(OVPN_A_PEER_LINK_RX_PACKETS, small),
            Err(_) => self.w.put_u64(OVPN_A_PEER_LINK_RX_PACKETS, v),
        }?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_LINK_TX_PACKETS`: Number of packets transmitted at the transport level
    pub fn link_tx_packets(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.w.put_u32(OVPN_A_PEER_LINK_TX_PACKETS, small),
            Err(_) => self.w.put_u64(OVPN_A_PEER_LINK_TX_PACKETS, v),
        }?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_TX_ID`: The ID value used when transmitting packets to this peer. This way outgoing packets can have a different ID than incoming ones. Useful in multipeer-to-multipeer connections, where each peer will advertise the tx-id to be used on the link.
    pub fn tx_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_PEER_TX_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `peer-new-input` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PeerNewInputBuilder<'w, B> = Builder<'w, sets::PeerNewInput, B>;

impl<B: Buffer> PeerNewInputBuilder<'_, B> {
    /// Writes `OVPN_A_PEER_ID`: The unique ID of the peer in the device context. To be used to identify peers during operations for a specific device. Also used to match packets received from this peer.
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_PEER_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_REMOTE_IPV4`: The remote IPv4 address of the peer
    pub fn remote_ipv4(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_PEER_REMOTE_IPV4, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_REMOTE_IPV6`: The remote IPv6 address of the peer
    pub fn remote_ipv6(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_PEER_REMOTE_IPV6, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_REMOTE_IPV6_SCOPE_ID`: The scope id of the remote IPv6 address of the peer (RFC2553)
    pub fn remote_ipv6_scope_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVPN_A_PEER_REMOTE_IPV6_SCOPE_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_REMOTE_PORT`: The remote port of the peer
    pub fn remote_port(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVPN_A_PEER_REMOTE_PORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_SOCKET`: The socket to be used to communicate with the peer
    pub fn socket(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_PEER_SOCKET, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_VPN_IPV4`: The IPv4 address assigned to the peer by the server
    pub fn vpn_ipv4(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_PEER_VPN_IPV4, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_VPN_IPV6`: The IPv6 address assigned to the peer by the server
    pub fn vpn_ipv6(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_PEER_VPN_IPV6, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_LOCAL_IPV4`: The local IPv4 to be used to send packets to the peer (UDP only)
    pub fn local_ipv4(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_PEER_LOCAL_IPV4, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_LOCAL_IPV6`: The local IPv6 to be used to send packets to the peer (UDP only)
    pub fn local_ipv6(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_PEER_LOCAL_IPV6, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_KEEPALIVE_INTERVAL`: The number of seconds after which a keep alive message is sent to the peer
    pub fn keepalive_interval(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVPN_A_PEER_KEEPALIVE_INTERVAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_KEEPALIVE_TIMEOUT`: The number of seconds from the last activity after which the peer is assumed dead
    pub fn keepalive_timeout(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVPN_A_PEER_KEEPALIVE_TIMEOUT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_TX_ID`: The ID value used when transmitting packets to this peer. This way outgoing packets can have a different ID than incoming ones. Useful in multipeer-to-multipeer connections, where each peer will advertise the tx-id to be used on the link.
    pub fn tx_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_PEER_TX_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `peer-set-input` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PeerSetInputBuilder<'w, B> = Builder<'w, sets::PeerSetInput, B>;

impl<B: Buffer> PeerSetInputBuilder<'_, B> {
    /// Writes `OVPN_A_PEER_ID`: The unique ID of the peer in the device context. To be used to identify peers during operations for a specific device. Also used to match packets received from this peer.
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_PEER_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_REMOTE_IPV4`: The remote IPv4 address of the peer
    pub fn remote_ipv4(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_PEER_REMOTE_IPV4, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_REMOTE_IPV6`: The remote IPv6 address of the peer
    pub fn remote_ipv6(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_PEER_REMOTE_IPV6, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_REMOTE_IPV6_SCOPE_ID`: The scope id of the remote IPv6 address of the peer (RFC2553)
    pub fn remote_ipv6_scope_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVPN_A_PEER_REMOTE_IPV6_SCOPE_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_REMOTE_PORT`: The remote port of the peer
    pub fn remote_port(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVPN_A_PEER_REMOTE_PORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_VPN_IPV4`: The IPv4 address assigned to the peer by the server
    pub fn vpn_ipv4(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_PEER_VPN_IPV4, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_VPN_IPV6`: The IPv6 address assigned to the peer by the server
    pub fn vpn_ipv6(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_PEER_VPN_IPV6, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_LOCAL_IPV4`: The local IPv4 to be used to send packets to the peer (UDP only)
    pub fn local_ipv4(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_PEER_LOCAL_IPV4, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_LOCAL_IPV6`: The local IPv6 to be used to send packets to the peer (UDP only)
    pub fn local_ipv6(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_PEER_LOCAL_IPV6, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_KEEPALIVE_INTERVAL`: The number of seconds after which a keep alive message is sent to the peer
    pub fn keepalive_interval(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVPN_A_PEER_KEEPALIVE_INTERVAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_KEEPALIVE_TIMEOUT`: The number of seconds from the last activity after which the peer is assumed dead
    pub fn keepalive_timeout(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVPN_A_PEER_KEEPALIVE_TIMEOUT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_TX_ID`: The ID value used when transmitting packets to this peer. This way outgoing packets can have a different ID than incoming ones. Useful in multipeer-to-multipeer connections, where each peer will advertise the tx-id to be used on the link.
    pub fn tx_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_PEER_TX_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `peer-del-input` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type PeerDelInputBuilder<'w, B> = Builder<'w, sets::PeerDelInput, B>;

impl<B: Buffer> PeerDelInputBuilder<'_, B> {
    /// Writes `OVPN_A_PEER_ID`: The unique ID of the peer in the device context. To be used to identify peers during operations for a specific device. Also used to match packets received from this peer.
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_PEER_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `keyconf` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type KeyconfBuilder<'w, B> = Builder<'w, sets::Keyconf, B>;

impl<B: Buffer> KeyconfBuilder<'_, B> {
    /// Writes `OVPN_A_KEYCONF_PEER_ID`: The unique ID of the peer in the device context. To be used to identify peers during key operations
    pub fn peer_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVPN_A_KEYCONF_PEER_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_KEYCONF_SLOT`: The slot where the key should be stored
    pub fn slot(&mut self, v: KeySlot) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVPN_A_KEYCONF_SLOT, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_KEYCONF_KEY_ID`: The unique ID of the key in the peer context. Used to fetch the correct key upon decryption
    pub fn key_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_KEYCONF_KEY_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_KEYCONF_CIPHER_ALG`: The cipher to be used when communicating with the peer
    pub fn cipher_alg(&mut self, v: CipherAlg) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVPN_A_KEYCONF_CIPHER_ALG, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_KEYCONF_ENCRYPT_DIR`: Key material for encrypt direction
    pub fn encrypt_dir(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut KeydirBuilder<'y, B>,
        ) -> Result<&'x mut KeydirBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(OVPN_A_KEYCONF_ENCRYPT_DIR, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }

    /// Writes `OVPN_A_KEYCONF_DECRYPT_DIR`: Key material for decrypt direction
    pub fn decrypt_dir(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut KeydirBuilder<'y, B>,
        ) -> Result<&'x mut KeydirBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w.put_nested(OVPN_A_KEYCONF_DECRYPT_DIR, |w| {
            f(&mut Builder::new(w)).map(drop)
        })?;
        Ok(self)
    }
}

/// Writes `keydir` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type KeydirBuilder<'w, B> = Builder<'w, sets::Keydir, B>;

impl<B: Buffer> KeydirBuilder<'_, B> {
    /// Writes `OVPN_A_KEYDIR_CIPHER_KEY`: The actual key to be used by the cipher
    pub fn cipher_key(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_KEYDIR_CIPHER_KEY, v)?;
        Ok(self)
    }

    /// Writes `OVPN_A_KEYDIR_NONCE_TAIL`: Random nonce to be concatenated to the packet ID, in order to obtain the actual cipher IV
    pub fn nonce_tail(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_KEYDIR_NONCE_TAIL, v)?;
        Ok(self)
    }
}

/// Writes `keyconf-get` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type KeyconfGetBuilder<'w, B> = Builder<'w, sets::KeyconfGet, B>;

impl<B: Buffer> KeyconfGetBuilder<'_, B> {
    /// Writes `OVPN_A_KEYCONF_PEER_ID`: The unique ID of the peer in the device context. To be used to identify peers during key operations
    pub fn peer_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVPN_A_KEYCONF_PEER_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_KEYCONF_SLOT`: The slot where the key should be stored
    pub fn slot(&mut self, v: KeySlot) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVPN_A_KEYCONF_SLOT, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_KEYCONF_KEY_ID`: The unique ID of the key in the peer context. Used to fetch the correct key upon decryption
    pub fn key_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_KEYCONF_KEY_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_KEYCONF_CIPHER_ALG`: The cipher to be used when communicating with the peer
    pub fn cipher_alg(&mut self, v: CipherAlg) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVPN_A_KEYCONF_CIPHER_ALG, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `keyconf-swap-input` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type KeyconfSwapInputBuilder<'w, B> = Builder<'w, sets::KeyconfSwapInput, B>;

impl<B: Buffer> KeyconfSwapInputBuilder<'_, B> {
    /// Writes `OVPN_A_KEYCONF_PEER_ID`: The unique ID of the peer in the device context. To be used to identify peers during key operations
    pub fn peer_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVPN_A_KEYCONF_PEER_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `keyconf-del-input` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type KeyconfDelInputBuilder<'w, B> = Builder<'w, sets::KeyconfDelInput, B>;

impl<B: Buffer> KeyconfDelInputBuilder<'_, B> {
    /// Writes `OVPN_A_KEYCONF_PEER_ID`: The unique ID of the peer in the device context. To be used to identify peers during key operations
    pub fn peer_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVPN_A_KEYCONF_PEER_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_KEYCONF_SLOT`: The slot where the key should be stored
    pub fn slot(&mut self, v: KeySlot) -> Result<&mut Self, WriteError> {
        self.w
            .put_attr(OVPN_A_KEYCONF_SLOT, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `ovpn` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type OvpnBuilder<'w, B> = Builder<'w, sets::Ovpn, B>;

impl<B: Buffer> OvpnBuilder<'_, B> {
    /// Writes `OVPN_A_IFINDEX`: Index of the ovpn interface to operate on
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER`: The peer object containing the attributed of interest for the specific operation
    pub fn peer(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut PeerBuilder<'y, B>,
        ) -> Result<&'x mut PeerBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(OVPN_A_PEER, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }

    /// Writes `OVPN_A_KEYCONF`: Peer specific cipher configuration
    pub fn keyconf(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut KeyconfBuilder<'y, B>,
        ) -> Result<&'x mut KeyconfBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(OVPN_A_KEYCONF, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }
}

/// Writes `ovpn-peer-new-input` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type OvpnPeerNewInputBuilder<'w, B> = Builder<'w, sets::OvpnPeerNewInput, B>;

impl<B: Buffer> OvpnPeerNewInputBuilder<'_, B> {
    /// Writes `OVPN_A_IFINDEX`: Index of the ovpn interface to operate on
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER`: The peer object containing the attributed of interest for the specific operation
    pub fn peer(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut PeerNewInputBuilder<'y, B>,
        ) -> Result<&'x mut PeerNewInputBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(OVPN_A_PEER, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }
}

/// Writes `ovpn-peer-set-input` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type OvpnPeerSetInputBuilder<'w, B> = Builder<'w, sets::OvpnPeerSetInput, B>;

impl<B: Buffer> OvpnPeerSetInputBuilder<'_, B> {
    /// Writes `OVPN_A_IFINDEX`: Index of the ovpn interface to operate on
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER`: The peer object containing the attributed of interest for the specific operation
    pub fn peer(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut PeerSetInputBuilder<'y, B>,
        ) -> Result<&'x mut PeerSetInputBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(OVPN_A_PEER, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }
}

/// Writes `ovpn-peer-del-input` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type OvpnPeerDelInputBuilder<'w, B> = Builder<'w, sets::OvpnPeerDelInput, B>;

impl<B: Buffer> OvpnPeerDelInputBuilder<'_, B> {
    /// Writes `OVPN_A_IFINDEX`: Index of the ovpn interface to operate on
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER`: The peer object containing the attributed of interest for the specific operation
    pub fn peer(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut PeerDelInputBuilder<'y, B>,
        ) -> Result<&'x mut PeerDelInputBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(OVPN_A_PEER, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }
}

/// Writes `ovpn-keyconf-get` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type OvpnKeyconfGetBuilder<'w, B> = Builder<'w, sets::OvpnKeyconfGet, B>;

impl<B: Buffer> OvpnKeyconfGetBuilder<'_, B> {
    /// Writes `OVPN_A_IFINDEX`: Index of the ovpn interface to operate on
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_KEYCONF`: Peer specific cipher configuration
    pub fn keyconf(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut KeyconfGetBuilder<'y, B>,
        ) -> Result<&'x mut KeyconfGetBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(OVPN_A_KEYCONF, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }
}

/// Writes `ovpn-keyconf-swap-input` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type OvpnKeyconfSwapInputBuilder<'w, B> = Builder<'w, sets::OvpnKeyconfSwapInput, B>;

impl<B: Buffer> OvpnKeyconfSwapInputBuilder<'_, B> {
    /// Writes `OVPN_A_IFINDEX`: Index of the ovpn interface to operate on
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_KEYCONF`: Peer specific cipher configuration
    pub fn keyconf(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut KeyconfSwapInputBuilder<'y, B>,
        )
            -> Result<&'x mut KeyconfSwapInputBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(OVPN_A_KEYCONF, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }
}

/// Writes `ovpn-keyconf-del-input` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one) and returns the builder;
/// nests take a closure that gets the nest's builder and returns it, and are closed
/// when it returns.
pub type OvpnKeyconfDelInputBuilder<'w, B> = Builder<'w, sets::OvpnKeyconfDelInput, B>;

impl<B: Buffer> OvpnKeyconfDelInputBuilder<'_, B> {
    /// Writes `OVPN_A_IFINDEX`: Index of the ovpn interface to operate on
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.w.put_attr(OVPN_A_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_KEYCONF`: Peer specific cipher configuration
    pub fn keyconf(
        &mut self,
        f: impl for<'x, 'y> FnOnce(
            &'x mut KeyconfDelInputBuilder<'y, B>,
        ) -> Result<&'x mut KeyconfDelInputBuilder<'y, B>, WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.w
            .put_nested(OVPN_A_KEYCONF, |w| f(&mut Builder::new(w)).map(drop))?;
        Ok(self)
    }
}
