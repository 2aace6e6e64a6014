//! Typed builders of `ovpn`: one per attribute set, over the codec's [`Writer`] (so they
//! write into a caller's `&mut [u8]` as well as a `Vec`).

#![allow(unused_imports)]

use super::consts::*;
use super::types::*;
use crate::runtime::{put_nest_with_header, Bitfield32};
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use nlcodec::{Buffer, WriteError, Writer};

/// Writes `peer` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct PeerBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> PeerBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `OVPN_A_PEER_ID`: The unique ID of the peer in the device context. To be used to identify peers during operations for a specific device. Also used to match packets received from this peer.
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_PEER_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_REMOTE_IPV4`: The remote IPv4 address of the peer
    pub fn remote_ipv4(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_PEER_REMOTE_IPV4, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_REMOTE_IPV6`: The remote IPv6 address of the peer
    pub fn remote_ipv6(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_PEER_REMOTE_IPV6, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_REMOTE_IPV6_SCOPE_ID`: The scope id of the remote IPv6 address of the peer (RFC2553)
    pub fn remote_ipv6_scope_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVPN_A_PEER_REMOTE_IPV6_SCOPE_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_REMOTE_PORT`: The remote port of the peer
    pub fn remote_port(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVPN_A_PEER_REMOTE_PORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_SOCKET`: The socket to be used to communicate with the peer
    pub fn socket(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_PEER_SOCKET, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_SOCKET_NETNSID`: The ID of the netns the socket assigned to this peer lives in
    pub fn socket_netnsid(&mut self, v: i32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVPN_A_PEER_SOCKET_NETNSID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_VPN_IPV4`: The IPv4 address assigned to the peer by the server
    pub fn vpn_ipv4(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_PEER_VPN_IPV4, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_VPN_IPV6`: The IPv6 address assigned to the peer by the server
    pub fn vpn_ipv6(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_PEER_VPN_IPV6, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_LOCAL_IPV4`: The local IPv4 to be used to send packets to the peer (UDP only)
    pub fn local_ipv4(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_PEER_LOCAL_IPV4, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_LOCAL_IPV6`: The local IPv6 to be used to send packets to the peer (UDP only)
    pub fn local_ipv6(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_PEER_LOCAL_IPV6, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_LOCAL_PORT`: The local port to be used to send packets to the peer (UDP only)
    pub fn local_port(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVPN_A_PEER_LOCAL_PORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_KEEPALIVE_INTERVAL`: The number of seconds after which a keep alive message is sent to the peer
    pub fn keepalive_interval(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVPN_A_PEER_KEEPALIVE_INTERVAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_KEEPALIVE_TIMEOUT`: The number of seconds from the last activity after which the peer is assumed dead
    pub fn keepalive_timeout(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVPN_A_PEER_KEEPALIVE_TIMEOUT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_DEL_REASON`: The reason why a peer was deleted
    pub fn del_reason(&mut self, v: DelPeerReason) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVPN_A_PEER_DEL_REASON, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_VPN_RX_BYTES`: Number of bytes received over the tunnel
    pub fn vpn_rx_bytes(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.0.put_u32(OVPN_A_PEER_VPN_RX_BYTES, small),
            Err(_) => self.0.put_u64(OVPN_A_PEER_VPN_RX_BYTES, v),
        }?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_VPN_TX_BYTES`: Number of bytes transmitted over the tunnel
    pub fn vpn_tx_bytes(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.0.put_u32(OVPN_A_PEER_VPN_TX_BYTES, small),
            Err(_) => self.0.put_u64(OVPN_A_PEER_VPN_TX_BYTES, v),
        }?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_VPN_RX_PACKETS`: Number of packets received over the tunnel
    pub fn vpn_rx_packets(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.0.put_u32(OVPN_A_PEER_VPN_RX_PACKETS, small),
            Err(_) => self.0.put_u64(OVPN_A_PEER_VPN_RX_PACKETS, v),
        }?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_VPN_TX_PACKETS`: Number of packets transmitted over the tunnel
    pub fn vpn_tx_packets(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.0.put_u32(OVPN_A_PEER_VPN_TX_PACKETS, small),
            Err(_) => self.0.put_u64(OVPN_A_PEER_VPN_TX_PACKETS, v),
        }?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_LINK_RX_BYTES`: Number of bytes received at the transport level
    pub fn link_rx_bytes(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.0.put_u32(OVPN_A_PEER_LINK_RX_BYTES, small),
            Err(_) => self.0.put_u64(OVPN_A_PEER_LINK_RX_BYTES, v),
        }?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_LINK_TX_BYTES`: Number of bytes transmitted at the transport level
    pub fn link_tx_bytes(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.0.put_u32(OVPN_A_PEER_LINK_TX_BYTES, small),
            Err(_) => self.0.put_u64(OVPN_A_PEER_LINK_TX_BYTES, v),
        }?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_LINK_RX_PACKETS`: Number of packets received at the transport level
    pub fn link_rx_packets(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.0.put_u32(OVPN_A_PEER_LINK_RX_PACKETS, small),
            Err(_) => self.0.put_u64(OVPN_A_PEER_LINK_RX_PACKETS, v),
        }?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_LINK_TX_PACKETS`: Number of packets transmitted at the transport level
    pub fn link_tx_packets(&mut self, v: u64) -> Result<&mut Self, WriteError> {
        match u32::try_from(v) {
            Ok(small) => self.0.put_u32(OVPN_A_PEER_LINK_TX_PACKETS, small),
            Err(_) => self.0.put_u64(OVPN_A_PEER_LINK_TX_PACKETS, v),
        }?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_TX_ID`: The ID value used when transmitting packets to this peer. This way outgoing packets can have a different ID than incoming ones. Useful in multipeer-to-multipeer connections, where each peer will advertise the tx-id to be used on the link.
    pub fn tx_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_PEER_TX_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `peer-new-input` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct PeerNewInputBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> PeerNewInputBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `OVPN_A_PEER_ID`: The unique ID of the peer in the device context. To be used to identify peers during operations for a specific device. Also used to match packets received from this peer.
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_PEER_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_REMOTE_IPV4`: The remote IPv4 address of the peer
    pub fn remote_ipv4(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_PEER_REMOTE_IPV4, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_REMOTE_IPV6`: The remote IPv6 address of the peer
    pub fn remote_ipv6(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_PEER_REMOTE_IPV6, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_REMOTE_IPV6_SCOPE_ID`: The scope id of the remote IPv6 address of the peer (RFC2553)
    pub fn remote_ipv6_scope_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVPN_A_PEER_REMOTE_IPV6_SCOPE_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_REMOTE_PORT`: The remote port of the peer
    pub fn remote_port(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVPN_A_PEER_REMOTE_PORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_SOCKET`: The socket to be used to communicate with the peer
    pub fn socket(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_PEER_SOCKET, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_VPN_IPV4`: The IPv4 address assigned to the peer by the server
    pub fn vpn_ipv4(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_PEER_VPN_IPV4, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_VPN_IPV6`: The IPv6 address assigned to the peer by the server
    pub fn vpn_ipv6(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_PEER_VPN_IPV6, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_LOCAL_IPV4`: The local IPv4 to be used to send packets to the peer (UDP only)
    pub fn local_ipv4(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_PEER_LOCAL_IPV4, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_LOCAL_IPV6`: The local IPv6 to be used to send packets to the peer (UDP only)
    pub fn local_ipv6(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_PEER_LOCAL_IPV6, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_KEEPALIVE_INTERVAL`: The number of seconds after which a keep alive message is sent to the peer
    pub fn keepalive_interval(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVPN_A_PEER_KEEPALIVE_INTERVAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_KEEPALIVE_TIMEOUT`: The number of seconds from the last activity after which the peer is assumed dead
    pub fn keepalive_timeout(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVPN_A_PEER_KEEPALIVE_TIMEOUT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_TX_ID`: The ID value used when transmitting packets to this peer. This way outgoing packets can have a different ID than incoming ones. Useful in multipeer-to-multipeer connections, where each peer will advertise the tx-id to be used on the link.
    pub fn tx_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_PEER_TX_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `peer-set-input` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct PeerSetInputBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> PeerSetInputBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `OVPN_A_PEER_ID`: The unique ID of the peer in the device context. To be used to identify peers during operations for a specific device. Also used to match packets received from this peer.
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_PEER_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_REMOTE_IPV4`: The remote IPv4 address of the peer
    pub fn remote_ipv4(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_PEER_REMOTE_IPV4, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_REMOTE_IPV6`: The remote IPv6 address of the peer
    pub fn remote_ipv6(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_PEER_REMOTE_IPV6, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_REMOTE_IPV6_SCOPE_ID`: The scope id of the remote IPv6 address of the peer (RFC2553)
    pub fn remote_ipv6_scope_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVPN_A_PEER_REMOTE_IPV6_SCOPE_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_REMOTE_PORT`: The remote port of the peer
    pub fn remote_port(&mut self, v: u16) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVPN_A_PEER_REMOTE_PORT, &(v).to_be_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_VPN_IPV4`: The IPv4 address assigned to the peer by the server
    pub fn vpn_ipv4(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_PEER_VPN_IPV4, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_VPN_IPV6`: The IPv6 address assigned to the peer by the server
    pub fn vpn_ipv6(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_PEER_VPN_IPV6, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_LOCAL_IPV4`: The local IPv4 to be used to send packets to the peer (UDP only)
    pub fn local_ipv4(&mut self, v: Ipv4Addr) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_PEER_LOCAL_IPV4, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_LOCAL_IPV6`: The local IPv6 to be used to send packets to the peer (UDP only)
    pub fn local_ipv6(&mut self, v: Ipv6Addr) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_PEER_LOCAL_IPV6, &v.octets())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_KEEPALIVE_INTERVAL`: The number of seconds after which a keep alive message is sent to the peer
    pub fn keepalive_interval(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVPN_A_PEER_KEEPALIVE_INTERVAL, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_KEEPALIVE_TIMEOUT`: The number of seconds from the last activity after which the peer is assumed dead
    pub fn keepalive_timeout(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVPN_A_PEER_KEEPALIVE_TIMEOUT, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER_TX_ID`: The ID value used when transmitting packets to this peer. This way outgoing packets can have a different ID than incoming ones. Useful in multipeer-to-multipeer connections, where each peer will advertise the tx-id to be used on the link.
    pub fn tx_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_PEER_TX_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `peer-del-input` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct PeerDelInputBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> PeerDelInputBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `OVPN_A_PEER_ID`: The unique ID of the peer in the device context. To be used to identify peers during operations for a specific device. Also used to match packets received from this peer.
    pub fn id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_PEER_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `keyconf` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct KeyconfBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> KeyconfBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `OVPN_A_KEYCONF_PEER_ID`: The unique ID of the peer in the device context. To be used to identify peers during key operations
    pub fn peer_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVPN_A_KEYCONF_PEER_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_KEYCONF_SLOT`: The slot where the key should be stored
    pub fn slot(&mut self, v: KeySlot) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVPN_A_KEYCONF_SLOT, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_KEYCONF_KEY_ID`: The unique ID of the key in the peer context. Used to fetch the correct key upon decryption
    pub fn key_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_KEYCONF_KEY_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_KEYCONF_CIPHER_ALG`: The cipher to be used when communicating with the peer
    pub fn cipher_alg(&mut self, v: CipherAlg) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVPN_A_KEYCONF_CIPHER_ALG, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_KEYCONF_ENCRYPT_DIR`: Key material for encrypt direction
    pub fn encrypt_dir(
        &mut self,
        f: impl FnOnce(&mut KeydirBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(OVPN_A_KEYCONF_ENCRYPT_DIR, |w| f(&mut KeydirBuilder(w)))?;
        Ok(self)
    }

    /// Writes `OVPN_A_KEYCONF_DECRYPT_DIR`: Key material for decrypt direction
    pub fn decrypt_dir(
        &mut self,
        f: impl FnOnce(&mut KeydirBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(OVPN_A_KEYCONF_DECRYPT_DIR, |w| f(&mut KeydirBuilder(w)))?;
        Ok(self)
    }
}

/// Writes `keydir` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct KeydirBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> KeydirBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `OVPN_A_KEYDIR_CIPHER_KEY`: The actual key to be used by the cipher
    pub fn cipher_key(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_KEYDIR_CIPHER_KEY, v)?;
        Ok(self)
    }

    /// Writes `OVPN_A_KEYDIR_NONCE_TAIL`: Random nonce to be concatenated to the packet ID, in order to obtain the actual cipher IV
    pub fn nonce_tail(&mut self, v: &[u8]) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_KEYDIR_NONCE_TAIL, v)?;
        Ok(self)
    }
}

/// Writes `keyconf-get` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct KeyconfGetBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> KeyconfGetBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `OVPN_A_KEYCONF_PEER_ID`: The unique ID of the peer in the device context. To be used to identify peers during key operations
    pub fn peer_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVPN_A_KEYCONF_PEER_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_KEYCONF_SLOT`: The slot where the key should be stored
    pub fn slot(&mut self, v: KeySlot) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVPN_A_KEYCONF_SLOT, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_KEYCONF_KEY_ID`: The unique ID of the key in the peer context. Used to fetch the correct key upon decryption
    pub fn key_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_KEYCONF_KEY_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_KEYCONF_CIPHER_ALG`: The cipher to be used when communicating with the peer
    pub fn cipher_alg(&mut self, v: CipherAlg) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVPN_A_KEYCONF_CIPHER_ALG, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `keyconf-swap-input` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct KeyconfSwapInputBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> KeyconfSwapInputBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `OVPN_A_KEYCONF_PEER_ID`: The unique ID of the peer in the device context. To be used to identify peers during key operations
    pub fn peer_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVPN_A_KEYCONF_PEER_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `keyconf-del-input` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct KeyconfDelInputBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> KeyconfDelInputBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `OVPN_A_KEYCONF_PEER_ID`: The unique ID of the peer in the device context. To be used to identify peers during key operations
    pub fn peer_id(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVPN_A_KEYCONF_PEER_ID, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_KEYCONF_SLOT`: The slot where the key should be stored
    pub fn slot(&mut self, v: KeySlot) -> Result<&mut Self, WriteError> {
        self.0
            .put_attr(OVPN_A_KEYCONF_SLOT, &(v.value()).to_ne_bytes())?;
        Ok(self)
    }
}

/// Writes `ovpn` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct OvpnBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> OvpnBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `OVPN_A_IFINDEX`: Index of the ovpn interface to operate on
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER`: The peer object containing the attributed of interest for the specific operation
    pub fn peer(
        &mut self,
        f: impl FnOnce(&mut PeerBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0.put_nested(OVPN_A_PEER, |w| f(&mut PeerBuilder(w)))?;
        Ok(self)
    }

    /// Writes `OVPN_A_KEYCONF`: Peer specific cipher configuration
    pub fn keyconf(
        &mut self,
        f: impl FnOnce(&mut KeyconfBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(OVPN_A_KEYCONF, |w| f(&mut KeyconfBuilder(w)))?;
        Ok(self)
    }
}

/// Writes `ovpn-peer-new-input` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct OvpnPeerNewInputBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> OvpnPeerNewInputBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `OVPN_A_IFINDEX`: Index of the ovpn interface to operate on
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER`: The peer object containing the attributed of interest for the specific operation
    pub fn peer(
        &mut self,
        f: impl FnOnce(&mut PeerNewInputBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(OVPN_A_PEER, |w| f(&mut PeerNewInputBuilder(w)))?;
        Ok(self)
    }
}

/// Writes `ovpn-peer-set-input` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct OvpnPeerSetInputBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> OvpnPeerSetInputBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `OVPN_A_IFINDEX`: Index of the ovpn interface to operate on
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER`: The peer object containing the attributed of interest for the specific operation
    pub fn peer(
        &mut self,
        f: impl FnOnce(&mut PeerSetInputBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(OVPN_A_PEER, |w| f(&mut PeerSetInputBuilder(w)))?;
        Ok(self)
    }
}

/// Writes `ovpn-peer-del-input` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct OvpnPeerDelInputBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> OvpnPeerDelInputBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `OVPN_A_IFINDEX`: Index of the ovpn interface to operate on
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_PEER`: The peer object containing the attributed of interest for the specific operation
    pub fn peer(
        &mut self,
        f: impl FnOnce(&mut PeerDelInputBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(OVPN_A_PEER, |w| f(&mut PeerDelInputBuilder(w)))?;
        Ok(self)
    }
}

/// Writes `ovpn-keyconf-get` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct OvpnKeyconfGetBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> OvpnKeyconfGetBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `OVPN_A_IFINDEX`: Index of the ovpn interface to operate on
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_KEYCONF`: Peer specific cipher configuration
    pub fn keyconf(
        &mut self,
        f: impl FnOnce(&mut KeyconfGetBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(OVPN_A_KEYCONF, |w| f(&mut KeyconfGetBuilder(w)))?;
        Ok(self)
    }
}

/// Writes `ovpn-keyconf-swap-input` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct OvpnKeyconfSwapInputBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> OvpnKeyconfSwapInputBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `OVPN_A_IFINDEX`: Index of the ovpn interface to operate on
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_KEYCONF`: Peer specific cipher configuration
    pub fn keyconf(
        &mut self,
        f: impl FnOnce(&mut KeyconfSwapInputBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(OVPN_A_KEYCONF, |w| f(&mut KeyconfSwapInputBuilder(w)))?;
        Ok(self)
    }
}

/// Writes `ovpn-keyconf-del-input` attributes into the open message or nest of a [`Writer`]. Each method
/// writes one attribute (call it again for a repeated one); nests take a closure and
/// are closed when it returns.
pub struct OvpnKeyconfDelInputBuilder<'w, B: Buffer>(pub &'w mut Writer<B>);

impl<'w, B: Buffer> OvpnKeyconfDelInputBuilder<'w, B> {
    /// A builder writing into `w`.
    pub fn new(w: &'w mut Writer<B>) -> Self {
        Self(w)
    }

    /// Writes `OVPN_A_IFINDEX`: Index of the ovpn interface to operate on
    pub fn ifindex(&mut self, v: u32) -> Result<&mut Self, WriteError> {
        self.0.put_attr(OVPN_A_IFINDEX, &(v).to_ne_bytes())?;
        Ok(self)
    }

    /// Writes `OVPN_A_KEYCONF`: Peer specific cipher configuration
    pub fn keyconf(
        &mut self,
        f: impl FnOnce(&mut KeyconfDelInputBuilder<'_, B>) -> Result<(), WriteError>,
    ) -> Result<&mut Self, WriteError> {
        self.0
            .put_nested(OVPN_A_KEYCONF, |w| f(&mut KeyconfDelInputBuilder(w)))?;
        Ok(self)
    }
}
