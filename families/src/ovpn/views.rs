//! Typed views of `ovpn`: one per attribute set, parsed in one pass into a table, with
//! O(1) typed getters.

#![allow(unused_imports)]

use super::builders::*;
use super::consts::*;
use super::tables;
use super::types::*;
use crate::runtime::{
    nest_like, nest_like_with_header, raw, record_like, split_header, value, AttrView, Bitfield32,
    Check, Entries, HwAddr, NestedEntries, Records, RoundtripError, SetRoundtrip, Table,
};
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use nlcodec::family::FamilyHeader;
use nlcodec::schema::AttrSet;
use nlcodec::{Attr, Attrs, Buffer, Error, Writer};

/// What [`Peer`] checks of each attribute, from the descriptors.
static PEER_CHECKS: [Check; 25] = Check::table(&tables::PEER);

/// The `peer` attributes of `ovpn`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Peer<'a>(Table<'a, 25>);

impl<'a> AttrView<'a> for Peer<'a> {
    const SET: &'static AttrSet = &tables::PEER;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PEER_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PEER_CHECKS, attrs)
    }
}

impl<'a> Peer<'a> {
    /// Indexes and checks a block of `peer` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 25> {
        &self.0
    }

    /// `OVPN_A_PEER_ID`: The unique ID of the peer in the device context. To be used to identify peers during operations for a specific device. Also used to match packets received from this peer.
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32(OVPN_A_PEER_ID)
    }

    /// `OVPN_A_PEER_REMOTE_IPV4`: The remote IPv4 address of the peer
    #[inline]
    pub fn remote_ipv4(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(OVPN_A_PEER_REMOTE_IPV4)
    }

    /// `OVPN_A_PEER_REMOTE_IPV6`: The remote IPv6 address of the peer
    #[inline]
    pub fn remote_ipv6(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(OVPN_A_PEER_REMOTE_IPV6)
    }

    /// `OVPN_A_PEER_REMOTE_IPV6_SCOPE_ID`: The scope id of the remote IPv6 address of the peer (RFC2553)
    #[inline]
    pub fn remote_ipv6_scope_id(&self) -> Option<u32> {
        self.0.u32(OVPN_A_PEER_REMOTE_IPV6_SCOPE_ID)
    }

    /// `OVPN_A_PEER_REMOTE_PORT`: The remote port of the peer
    #[inline]
    pub fn remote_port(&self) -> Option<u16> {
        self.0.u16_be(OVPN_A_PEER_REMOTE_PORT)
    }

    /// `OVPN_A_PEER_SOCKET`: The socket to be used to communicate with the peer
    #[inline]
    pub fn socket(&self) -> Option<u32> {
        self.0.u32(OVPN_A_PEER_SOCKET)
    }

    /// `OVPN_A_PEER_SOCKET_NETNSID`: The ID of the netns the socket assigned to this peer lives in
    #[inline]
    pub fn socket_netnsid(&self) -> Option<i32> {
        self.0.i32(OVPN_A_PEER_SOCKET_NETNSID)
    }

    /// `OVPN_A_PEER_VPN_IPV4`: The IPv4 address assigned to the peer by the server
    #[inline]
    pub fn vpn_ipv4(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(OVPN_A_PEER_VPN_IPV4)
    }

    /// `OVPN_A_PEER_VPN_IPV6`: The IPv6 address assigned to the peer by the server
    #[inline]
    pub fn vpn_ipv6(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(OVPN_A_PEER_VPN_IPV6)
    }

    /// `OVPN_A_PEER_LOCAL_IPV4`: The local IPv4 to be used to send packets to the peer (UDP only)
    #[inline]
    pub fn local_ipv4(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(OVPN_A_PEER_LOCAL_IPV4)
    }

    /// `OVPN_A_PEER_LOCAL_IPV6`: The local IPv6 to be used to send packets to the peer (UDP only)
    #[inline]
    pub fn local_ipv6(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(OVPN_A_PEER_LOCAL_IPV6)
    }

    /// `OVPN_A_PEER_LOCAL_PORT`: The local port to be used to send packets to the peer (UDP only)
    #[inline]
    pub fn local_port(&self) -> Option<u16> {
        self.0.u16_be(OVPN_A_PEER_LOCAL_PORT)
    }

    /// `OVPN_A_PEER_KEEPALIVE_INTERVAL`: The number of seconds after which a keep alive message is sent to the peer
    #[inline]
    pub fn keepalive_interval(&self) -> Option<u32> {
        self.0.u32(OVPN_A_PEER_KEEPALIVE_INTERVAL)
    }

    /// `OVPN_A_PEER_KEEPALIVE_TIMEOUT`: The number of seconds from the last activity after which the peer is assumed dead
    #[inline]
    pub fn keepalive_timeout(&self) -> Option<u32> {
        self.0.u32(OVPN_A_PEER_KEEPALIVE_TIMEOUT)
    }

    /// `OVPN_A_PEER_DEL_REASON`: The reason why a peer was deleted
    #[inline]
    pub fn del_reason(&self) -> Option<DelPeerReason> {
        self.0
            .u32(OVPN_A_PEER_DEL_REASON)
            .map(DelPeerReason::from_value)
    }

    /// `OVPN_A_PEER_VPN_RX_BYTES`: Number of bytes received over the tunnel
    #[inline]
    pub fn vpn_rx_bytes(&self) -> Option<u64> {
        self.0.uint(OVPN_A_PEER_VPN_RX_BYTES)
    }

    /// `OVPN_A_PEER_VPN_TX_BYTES`: Number of bytes transmitted over the tunnel
    #[inline]
    pub fn vpn_tx_bytes(&self) -> Option<u64> {
        self.0.uint(OVPN_A_PEER_VPN_TX_BYTES)
    }

    /// `OVPN_A_PEER_VPN_RX_PACKETS`: Number of packets received over the tunnel
    #[inline]
    pub fn vpn_rx_packets(&self) -> Option<u64> {
        self.0.uint(OVPN_A_PEER_VPN_RX_PACKETS)
    }

    /// `OVPN_A_PEER_VPN_TX_PACKETS`: Number of packets transmitted over the tunnel
    #[inline]
    pub fn vpn_tx_packets(&self) -> Option<u64> {
        self.0.uint(OVPN_A_PEER_VPN_TX_PACKETS)
    }

    /// `OVPN_A_PEER_LINK_RX_BYTES`: Number of bytes received at the transport level
    #[inline]
    pub fn link_rx_bytes(&self) -> Option<u64> {
        self.0.uint(OVPN_A_PEER_LINK_RX_BYTES)
    }

    /// `OVPN_A_PEER_LINK_TX_BYTES`: Number of bytes transmitted at the transport level
    #[inline]
    pub fn link_tx_bytes(&self) -> Option<u64> {
        self.0.uint(OVPN_A_PEER_LINK_TX_BYTES)
    }

    /// `OVPN_A_PEER_LINK_RX_PACKETS`: Number of packets received at the transport level
    #[inline]
    pub fn link_rx_packets(&self) -> Option<u64> {
        self.0.uint(OVPN_A_PEER_LINK_RX_PACKETS)
    }

    /// `OVPN_A_PEER_LINK_TX_PACKETS`: Number of packets transmitted at the transport level
    #[inline]
    pub fn link_tx_packets(&self) -> Option<u64> {
        self.0.uint(OVPN_A_PEER_LINK_TX_PACKETS)
    }

    /// `OVPN_A_PEER_TX_ID`: The ID value used when transmitting packets to this peer. This way outgoing packets can have a different ID than incoming ones. Useful in multipeer-to-multipeer connections, where each peer will advertise the tx-id to be used on the link.
    #[inline]
    pub fn tx_id(&self) -> Option<u32> {
        self.0.u32(OVPN_A_PEER_TX_ID)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVPN_A_PEER_ID if a.raw_kind() == OVPN_A_PEER_ID => {
                    PeerBuilder::new(w).id(value::u32(&a))?;
                }
                OVPN_A_PEER_REMOTE_IPV4 if a.raw_kind() == OVPN_A_PEER_REMOTE_IPV4 => {
                    PeerBuilder::new(w).remote_ipv4(value::ipv4(&a))?;
                }
                OVPN_A_PEER_REMOTE_IPV6 if a.raw_kind() == OVPN_A_PEER_REMOTE_IPV6 => {
                    PeerBuilder::new(w).remote_ipv6(value::ipv6(&a))?;
                }
                OVPN_A_PEER_REMOTE_IPV6_SCOPE_ID
                    if a.raw_kind() == OVPN_A_PEER_REMOTE_IPV6_SCOPE_ID =>
                {
                    PeerBuilder::new(w).remote_ipv6_scope_id(value::u32(&a))?;
                }
                OVPN_A_PEER_REMOTE_PORT if a.raw_kind() == OVPN_A_PEER_REMOTE_PORT => {
                    PeerBuilder::new(w).remote_port(value::u16_be(&a))?;
                }
                OVPN_A_PEER_SOCKET if a.raw_kind() == OVPN_A_PEER_SOCKET => {
                    PeerBuilder::new(w).socket(value::u32(&a))?;
                }
                OVPN_A_PEER_SOCKET_NETNSID if a.raw_kind() == OVPN_A_PEER_SOCKET_NETNSID => {
                    PeerBuilder::new(w).socket_netnsid(value::i32(&a))?;
                }
                OVPN_A_PEER_VPN_IPV4 if a.raw_kind() == OVPN_A_PEER_VPN_IPV4 => {
                    PeerBuilder::new(w).vpn_ipv4(value::ipv4(&a))?;
                }
                OVPN_A_PEER_VPN_IPV6 if a.raw_kind() == OVPN_A_PEER_VPN_IPV6 => {
                    PeerBuilder::new(w).vpn_ipv6(value::ipv6(&a))?;
                }
                OVPN_A_PEER_LOCAL_IPV4 if a.raw_kind() == OVPN_A_PEER_LOCAL_IPV4 => {
                    PeerBuilder::new(w).local_ipv4(value::ipv4(&a))?;
                }
                OVPN_A_PEER_LOCAL_IPV6 if a.raw_kind() == OVPN_A_PEER_LOCAL_IPV6 => {
                    PeerBuilder::new(w).local_ipv6(value::ipv6(&a))?;
                }
                OVPN_A_PEER_LOCAL_PORT if a.raw_kind() == OVPN_A_PEER_LOCAL_PORT => {
                    PeerBuilder::new(w).local_port(value::u16_be(&a))?;
                }
                OVPN_A_PEER_KEEPALIVE_INTERVAL
                    if a.raw_kind() == OVPN_A_PEER_KEEPALIVE_INTERVAL =>
                {
                    PeerBuilder::new(w).keepalive_interval(value::u32(&a))?;
                }
                OVPN_A_PEER_KEEPALIVE_TIMEOUT if a.raw_kind() == OVPN_A_PEER_KEEPALIVE_TIMEOUT => {
                    PeerBuilder::new(w).keepalive_timeout(value::u32(&a))?;
                }
                OVPN_A_PEER_DEL_REASON if a.raw_kind() == OVPN_A_PEER_DEL_REASON => {
                    PeerBuilder::new(w).del_reason(DelPeerReason::from_value(value::u32(&a)))?;
                }
                OVPN_A_PEER_VPN_RX_BYTES if a.raw_kind() == OVPN_A_PEER_VPN_RX_BYTES => {
                    PeerBuilder::new(w).vpn_rx_bytes(value::uint(&a))?;
                }
                OVPN_A_PEER_VPN_TX_BYTES if a.raw_kind() == OVPN_A_PEER_VPN_TX_BYTES => {
                    PeerBuilder::new(w).vpn_tx_bytes(value::uint(&a))?;
                }
                OVPN_A_PEER_VPN_RX_PACKETS if a.raw_kind() == OVPN_A_PEER_VPN_RX_PACKETS => {
                    PeerBuilder::new(w).vpn_rx_packets(value::uint(&a))?;
                }
                OVPN_A_PEER_VPN_TX_PACKETS if a.raw_kind() == OVPN_A_PEER_VPN_TX_PACKETS => {
                    PeerBuilder::new(w).vpn_tx_packets(value::uint(&a))?;
                }
                OVPN_A_PEER_LINK_RX_BYTES if a.raw_kind() == OVPN_A_PEER_LINK_RX_BYTES => {
                    PeerBuilder::new(w).link_rx_bytes(value::uint(&a))?;
                }
                OVPN_A_PEER_LINK_TX_BYTES if a.raw_kind() == OVPN_A_PEER_LINK_TX_BYTES => {
                    PeerBuilder::new(w).link_tx_bytes(value::uint(&a))?;
                }
                OVPN_A_PEER_LINK_RX_PACKETS if a.raw_kind() == OVPN_A_PEER_LINK_RX_PACKETS => {
                    PeerBuilder::new(w).link_rx_packets(value::uint(&a))?;
                }
                OVPN_A_PEER_LINK_TX_PACKETS if a.raw_kind() == OVPN_A_PEER_LINK_TX_PACKETS => {
                    PeerBuilder::new(w).link_tx_packets(value::uint(&a))?;
                }
                OVPN_A_PEER_TX_ID if a.raw_kind() == OVPN_A_PEER_TX_ID => {
                    PeerBuilder::new(w).tx_id(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`PeerNewInput`] checks of each attribute, from the descriptors.
static PEER_NEW_INPUT_CHECKS: [Check; 25] = Check::table(&tables::PEER_NEW_INPUT);

/// The `peer-new-input` attributes of `ovpn`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct PeerNewInput<'a>(Table<'a, 25>);

impl<'a> AttrView<'a> for PeerNewInput<'a> {
    const SET: &'static AttrSet = &tables::PEER_NEW_INPUT;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PEER_NEW_INPUT_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PEER_NEW_INPUT_CHECKS, attrs)
    }
}

impl<'a> PeerNewInput<'a> {
    /// Indexes and checks a block of `peer-new-input` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 25> {
        &self.0
    }

    /// `OVPN_A_PEER_ID`: The unique ID of the peer in the device context. To be used to identify peers during operations for a specific device. Also used to match packets received from this peer.
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32(OVPN_A_PEER_ID)
    }

    /// `OVPN_A_PEER_REMOTE_IPV4`: The remote IPv4 address of the peer
    #[inline]
    pub fn remote_ipv4(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(OVPN_A_PEER_REMOTE_IPV4)
    }

    /// `OVPN_A_PEER_REMOTE_IPV6`: The remote IPv6 address of the peer
    #[inline]
    pub fn remote_ipv6(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(OVPN_A_PEER_REMOTE_IPV6)
    }

    /// `OVPN_A_PEER_REMOTE_IPV6_SCOPE_ID`: The scope id of the remote IPv6 address of the peer (RFC2553)
    #[inline]
    pub fn remote_ipv6_scope_id(&self) -> Option<u32> {
        self.0.u32(OVPN_A_PEER_REMOTE_IPV6_SCOPE_ID)
    }

    /// `OVPN_A_PEER_REMOTE_PORT`: The remote port of the peer
    #[inline]
    pub fn remote_port(&self) -> Option<u16> {
        self.0.u16_be(OVPN_A_PEER_REMOTE_PORT)
    }

    /// `OVPN_A_PEER_SOCKET`: The socket to be used to communicate with the peer
    #[inline]
    pub fn socket(&self) -> Option<u32> {
        self.0.u32(OVPN_A_PEER_SOCKET)
    }

    /// `OVPN_A_PEER_VPN_IPV4`: The IPv4 address assigned to the peer by the server
    #[inline]
    pub fn vpn_ipv4(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(OVPN_A_PEER_VPN_IPV4)
    }

    /// `OVPN_A_PEER_VPN_IPV6`: The IPv6 address assigned to the peer by the server
    #[inline]
    pub fn vpn_ipv6(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(OVPN_A_PEER_VPN_IPV6)
    }

    /// `OVPN_A_PEER_LOCAL_IPV4`: The local IPv4 to be used to send packets to the peer (UDP only)
    #[inline]
    pub fn local_ipv4(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(OVPN_A_PEER_LOCAL_IPV4)
    }

    /// `OVPN_A_PEER_LOCAL_IPV6`: The local IPv6 to be used to send packets to the peer (UDP only)
    #[inline]
    pub fn local_ipv6(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(OVPN_A_PEER_LOCAL_IPV6)
    }

    /// `OVPN_A_PEER_KEEPALIVE_INTERVAL`: The number of seconds after which a keep alive message is sent to the peer
    #[inline]
    pub fn keepalive_interval(&self) -> Option<u32> {
        self.0.u32(OVPN_A_PEER_KEEPALIVE_INTERVAL)
    }

    /// `OVPN_A_PEER_KEEPALIVE_TIMEOUT`: The number of seconds from the last activity after which the peer is assumed dead
    #[inline]
    pub fn keepalive_timeout(&self) -> Option<u32> {
        self.0.u32(OVPN_A_PEER_KEEPALIVE_TIMEOUT)
    }

    /// `OVPN_A_PEER_TX_ID`: The ID value used when transmitting packets to this peer. This way outgoing packets can have a different ID than incoming ones. Useful in multipeer-to-multipeer connections, where each peer will advertise the tx-id to be used on the link.
    #[inline]
    pub fn tx_id(&self) -> Option<u32> {
        self.0.u32(OVPN_A_PEER_TX_ID)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVPN_A_PEER_ID if a.raw_kind() == OVPN_A_PEER_ID => {
                    PeerNewInputBuilder::new(w).id(value::u32(&a))?;
                }
                OVPN_A_PEER_REMOTE_IPV4 if a.raw_kind() == OVPN_A_PEER_REMOTE_IPV4 => {
                    PeerNewInputBuilder::new(w).remote_ipv4(value::ipv4(&a))?;
                }
                OVPN_A_PEER_REMOTE_IPV6 if a.raw_kind() == OVPN_A_PEER_REMOTE_IPV6 => {
                    PeerNewInputBuilder::new(w).remote_ipv6(value::ipv6(&a))?;
                }
                OVPN_A_PEER_REMOTE_IPV6_SCOPE_ID
                    if a.raw_kind() == OVPN_A_PEER_REMOTE_IPV6_SCOPE_ID =>
                {
                    PeerNewInputBuilder::new(w).remote_ipv6_scope_id(value::u32(&a))?;
                }
                OVPN_A_PEER_REMOTE_PORT if a.raw_kind() == OVPN_A_PEER_REMOTE_PORT => {
                    PeerNewInputBuilder::new(w).remote_port(value::u16_be(&a))?;
                }
                OVPN_A_PEER_SOCKET if a.raw_kind() == OVPN_A_PEER_SOCKET => {
                    PeerNewInputBuilder::new(w).socket(value::u32(&a))?;
                }
                OVPN_A_PEER_VPN_IPV4 if a.raw_kind() == OVPN_A_PEER_VPN_IPV4 => {
                    PeerNewInputBuilder::new(w).vpn_ipv4(value::ipv4(&a))?;
                }
                OVPN_A_PEER_VPN_IPV6 if a.raw_kind() == OVPN_A_PEER_VPN_IPV6 => {
                    PeerNewInputBuilder::new(w).vpn_ipv6(value::ipv6(&a))?;
                }
                OVPN_A_PEER_LOCAL_IPV4 if a.raw_kind() == OVPN_A_PEER_LOCAL_IPV4 => {
                    PeerNewInputBuilder::new(w).local_ipv4(value::ipv4(&a))?;
                }
                OVPN_A_PEER_LOCAL_IPV6 if a.raw_kind() == OVPN_A_PEER_LOCAL_IPV6 => {
                    PeerNewInputBuilder::new(w).local_ipv6(value::ipv6(&a))?;
                }
                OVPN_A_PEER_KEEPALIVE_INTERVAL
                    if a.raw_kind() == OVPN_A_PEER_KEEPALIVE_INTERVAL =>
                {
                    PeerNewInputBuilder::new(w).keepalive_interval(value::u32(&a))?;
                }
                OVPN_A_PEER_KEEPALIVE_TIMEOUT if a.raw_kind() == OVPN_A_PEER_KEEPALIVE_TIMEOUT => {
                    PeerNewInputBuilder::new(w).keepalive_timeout(value::u32(&a))?;
                }
                OVPN_A_PEER_TX_ID if a.raw_kind() == OVPN_A_PEER_TX_ID => {
                    PeerNewInputBuilder::new(w).tx_id(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`PeerSetInput`] checks of each attribute, from the descriptors.
static PEER_SET_INPUT_CHECKS: [Check; 25] = Check::table(&tables::PEER_SET_INPUT);

/// The `peer-set-input` attributes of `ovpn`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct PeerSetInput<'a>(Table<'a, 25>);

impl<'a> AttrView<'a> for PeerSetInput<'a> {
    const SET: &'static AttrSet = &tables::PEER_SET_INPUT;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PEER_SET_INPUT_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PEER_SET_INPUT_CHECKS, attrs)
    }
}

impl<'a> PeerSetInput<'a> {
    /// Indexes and checks a block of `peer-set-input` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 25> {
        &self.0
    }

    /// `OVPN_A_PEER_ID`: The unique ID of the peer in the device context. To be used to identify peers during operations for a specific device. Also used to match packets received from this peer.
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32(OVPN_A_PEER_ID)
    }

    /// `OVPN_A_PEER_REMOTE_IPV4`: The remote IPv4 address of the peer
    #[inline]
    pub fn remote_ipv4(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(OVPN_A_PEER_REMOTE_IPV4)
    }

    /// `OVPN_A_PEER_REMOTE_IPV6`: The remote IPv6 address of the peer
    #[inline]
    pub fn remote_ipv6(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(OVPN_A_PEER_REMOTE_IPV6)
    }

    /// `OVPN_A_PEER_REMOTE_IPV6_SCOPE_ID`: The scope id of the remote IPv6 address of the peer (RFC2553)
    #[inline]
    pub fn remote_ipv6_scope_id(&self) -> Option<u32> {
        self.0.u32(OVPN_A_PEER_REMOTE_IPV6_SCOPE_ID)
    }

    /// `OVPN_A_PEER_REMOTE_PORT`: The remote port of the peer
    #[inline]
    pub fn remote_port(&self) -> Option<u16> {
        self.0.u16_be(OVPN_A_PEER_REMOTE_PORT)
    }

    /// `OVPN_A_PEER_VPN_IPV4`: The IPv4 address assigned to the peer by the server
    #[inline]
    pub fn vpn_ipv4(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(OVPN_A_PEER_VPN_IPV4)
    }

    /// `OVPN_A_PEER_VPN_IPV6`: The IPv6 address assigned to the peer by the server
    #[inline]
    pub fn vpn_ipv6(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(OVPN_A_PEER_VPN_IPV6)
    }

    /// `OVPN_A_PEER_LOCAL_IPV4`: The local IPv4 to be used to send packets to the peer (UDP only)
    #[inline]
    pub fn local_ipv4(&self) -> Option<Ipv4Addr> {
        self.0.ipv4(OVPN_A_PEER_LOCAL_IPV4)
    }

    /// `OVPN_A_PEER_LOCAL_IPV6`: The local IPv6 to be used to send packets to the peer (UDP only)
    #[inline]
    pub fn local_ipv6(&self) -> Option<Ipv6Addr> {
        self.0.ipv6(OVPN_A_PEER_LOCAL_IPV6)
    }

    /// `OVPN_A_PEER_KEEPALIVE_INTERVAL`: The number of seconds after which a keep alive message is sent to the peer
    #[inline]
    pub fn keepalive_interval(&self) -> Option<u32> {
        self.0.u32(OVPN_A_PEER_KEEPALIVE_INTERVAL)
    }

    /// `OVPN_A_PEER_KEEPALIVE_TIMEOUT`: The number of seconds from the last activity after which the peer is assumed dead
    #[inline]
    pub fn keepalive_timeout(&self) -> Option<u32> {
        self.0.u32(OVPN_A_PEER_KEEPALIVE_TIMEOUT)
    }

    /// `OVPN_A_PEER_TX_ID`: The ID value used when transmitting packets to this peer. This way outgoing packets can have a different ID than incoming ones. Useful in multipeer-to-multipeer connections, where each peer will advertise the tx-id to be used on the link.
    #[inline]
    pub fn tx_id(&self) -> Option<u32> {
        self.0.u32(OVPN_A_PEER_TX_ID)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVPN_A_PEER_ID if a.raw_kind() == OVPN_A_PEER_ID => {
                    PeerSetInputBuilder::new(w).id(value::u32(&a))?;
                }
                OVPN_A_PEER_REMOTE_IPV4 if a.raw_kind() == OVPN_A_PEER_REMOTE_IPV4 => {
                    PeerSetInputBuilder::new(w).remote_ipv4(value::ipv4(&a))?;
                }
                OVPN_A_PEER_REMOTE_IPV6 if a.raw_kind() == OVPN_A_PEER_REMOTE_IPV6 => {
                    PeerSetInputBuilder::new(w).remote_ipv6(value::ipv6(&a))?;
                }
                OVPN_A_PEER_REMOTE_IPV6_SCOPE_ID
                    if a.raw_kind() == OVPN_A_PEER_REMOTE_IPV6_SCOPE_ID =>
                {
                    PeerSetInputBuilder::new(w).remote_ipv6_scope_id(value::u32(&a))?;
                }
                OVPN_A_PEER_REMOTE_PORT if a.raw_kind() == OVPN_A_PEER_REMOTE_PORT => {
                    PeerSetInputBuilder::new(w).remote_port(value::u16_be(&a))?;
                }
                OVPN_A_PEER_VPN_IPV4 if a.raw_kind() == OVPN_A_PEER_VPN_IPV4 => {
                    PeerSetInputBuilder::new(w).vpn_ipv4(value::ipv4(&a))?;
                }
                OVPN_A_PEER_VPN_IPV6 if a.raw_kind() == OVPN_A_PEER_VPN_IPV6 => {
                    PeerSetInputBuilder::new(w).vpn_ipv6(value::ipv6(&a))?;
                }
                OVPN_A_PEER_LOCAL_IPV4 if a.raw_kind() == OVPN_A_PEER_LOCAL_IPV4 => {
                    PeerSetInputBuilder::new(w).local_ipv4(value::ipv4(&a))?;
                }
                OVPN_A_PEER_LOCAL_IPV6 if a.raw_kind() == OVPN_A_PEER_LOCAL_IPV6 => {
                    PeerSetInputBuilder::new(w).local_ipv6(value::ipv6(&a))?;
                }
                OVPN_A_PEER_KEEPALIVE_INTERVAL
                    if a.raw_kind() == OVPN_A_PEER_KEEPALIVE_INTERVAL =>
                {
                    PeerSetInputBuilder::new(w).keepalive_interval(value::u32(&a))?;
                }
                OVPN_A_PEER_KEEPALIVE_TIMEOUT if a.raw_kind() == OVPN_A_PEER_KEEPALIVE_TIMEOUT => {
                    PeerSetInputBuilder::new(w).keepalive_timeout(value::u32(&a))?;
                }
                OVPN_A_PEER_TX_ID if a.raw_kind() == OVPN_A_PEER_TX_ID => {
                    PeerSetInputBuilder::new(w).tx_id(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`PeerDelInput`] checks of each attribute, from the descriptors.
static PEER_DEL_INPUT_CHECKS: [Check; 2] = Check::table(&tables::PEER_DEL_INPUT);

/// The `peer-del-input` attributes of `ovpn`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct PeerDelInput<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for PeerDelInput<'a> {
    const SET: &'static AttrSet = &tables::PEER_DEL_INPUT;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &PEER_DEL_INPUT_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&PEER_DEL_INPUT_CHECKS, attrs)
    }
}

impl<'a> PeerDelInput<'a> {
    /// Indexes and checks a block of `peer-del-input` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `OVPN_A_PEER_ID`: The unique ID of the peer in the device context. To be used to identify peers during operations for a specific device. Also used to match packets received from this peer.
    #[inline]
    pub fn id(&self) -> Option<u32> {
        self.0.u32(OVPN_A_PEER_ID)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVPN_A_PEER_ID if a.raw_kind() == OVPN_A_PEER_ID => {
                    PeerDelInputBuilder::new(w).id(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Keyconf`] checks of each attribute, from the descriptors.
static KEYCONF_CHECKS: [Check; 7] = Check::table(&tables::KEYCONF);

/// The `keyconf` attributes of `ovpn`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Keyconf<'a>(Table<'a, 7>);

impl<'a> AttrView<'a> for Keyconf<'a> {
    const SET: &'static AttrSet = &tables::KEYCONF;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &KEYCONF_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&KEYCONF_CHECKS, attrs)
    }
}

impl<'a> Keyconf<'a> {
    /// Indexes and checks a block of `keyconf` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 7> {
        &self.0
    }

    /// `OVPN_A_KEYCONF_PEER_ID`: The unique ID of the peer in the device context. To be used to identify peers during key operations
    #[inline]
    pub fn peer_id(&self) -> Option<u32> {
        self.0.u32(OVPN_A_KEYCONF_PEER_ID)
    }

    /// `OVPN_A_KEYCONF_SLOT`: The slot where the key should be stored
    #[inline]
    pub fn slot(&self) -> Option<KeySlot> {
        self.0.u32(OVPN_A_KEYCONF_SLOT).map(KeySlot::from_value)
    }

    /// `OVPN_A_KEYCONF_KEY_ID`: The unique ID of the key in the peer context. Used to fetch the correct key upon decryption
    #[inline]
    pub fn key_id(&self) -> Option<u32> {
        self.0.u32(OVPN_A_KEYCONF_KEY_ID)
    }

    /// `OVPN_A_KEYCONF_CIPHER_ALG`: The cipher to be used when communicating with the peer
    #[inline]
    pub fn cipher_alg(&self) -> Option<CipherAlg> {
        self.0
            .u32(OVPN_A_KEYCONF_CIPHER_ALG)
            .map(CipherAlg::from_value)
    }

    /// `OVPN_A_KEYCONF_ENCRYPT_DIR`: Key material for encrypt direction
    #[inline]
    pub fn encrypt_dir(&self) -> Result<Option<Keydir<'a>>, Error> {
        self.0.nest(OVPN_A_KEYCONF_ENCRYPT_DIR)
    }

    /// `OVPN_A_KEYCONF_DECRYPT_DIR`: Key material for decrypt direction
    #[inline]
    pub fn decrypt_dir(&self) -> Result<Option<Keydir<'a>>, Error> {
        self.0.nest(OVPN_A_KEYCONF_DECRYPT_DIR)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVPN_A_KEYCONF_PEER_ID if a.raw_kind() == OVPN_A_KEYCONF_PEER_ID => {
                    KeyconfBuilder::new(w).peer_id(value::u32(&a))?;
                }
                OVPN_A_KEYCONF_SLOT if a.raw_kind() == OVPN_A_KEYCONF_SLOT => {
                    KeyconfBuilder::new(w).slot(KeySlot::from_value(value::u32(&a)))?;
                }
                OVPN_A_KEYCONF_KEY_ID if a.raw_kind() == OVPN_A_KEYCONF_KEY_ID => {
                    KeyconfBuilder::new(w).key_id(value::u32(&a))?;
                }
                OVPN_A_KEYCONF_CIPHER_ALG if a.raw_kind() == OVPN_A_KEYCONF_CIPHER_ALG => {
                    KeyconfBuilder::new(w).cipher_alg(CipherAlg::from_value(value::u32(&a)))?;
                }
                OVPN_A_KEYCONF_ENCRYPT_DIR => {
                    nest_like(w, &a, |w| Keydir::parse(a.nested())?.write_to(w))?
                }
                OVPN_A_KEYCONF_DECRYPT_DIR => {
                    nest_like(w, &a, |w| Keydir::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Keydir`] checks of each attribute, from the descriptors.
static KEYDIR_CHECKS: [Check; 3] = Check::table(&tables::KEYDIR);

/// The `keydir` attributes of `ovpn`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Keydir<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for Keydir<'a> {
    const SET: &'static AttrSet = &tables::KEYDIR;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &KEYDIR_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&KEYDIR_CHECKS, attrs)
    }
}

impl<'a> Keydir<'a> {
    /// Indexes and checks a block of `keydir` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `OVPN_A_KEYDIR_CIPHER_KEY`: The actual key to be used by the cipher
    #[inline]
    pub fn cipher_key(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVPN_A_KEYDIR_CIPHER_KEY)
    }

    /// `OVPN_A_KEYDIR_NONCE_TAIL`: Random nonce to be concatenated to the packet ID, in order to obtain the actual cipher IV
    #[inline]
    pub fn nonce_tail(&self) -> Option<&'a [u8]> {
        self.0.bytes(OVPN_A_KEYDIR_NONCE_TAIL)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVPN_A_KEYDIR_CIPHER_KEY if a.raw_kind() == OVPN_A_KEYDIR_CIPHER_KEY => {
                    KeydirBuilder::new(w).cipher_key(a.value())?;
                }
                OVPN_A_KEYDIR_NONCE_TAIL if a.raw_kind() == OVPN_A_KEYDIR_NONCE_TAIL => {
                    KeydirBuilder::new(w).nonce_tail(a.value())?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`KeyconfGet`] checks of each attribute, from the descriptors.
static KEYCONF_GET_CHECKS: [Check; 5] = Check::table(&tables::KEYCONF_GET);

/// The `keyconf-get` attributes of `ovpn`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct KeyconfGet<'a>(Table<'a, 5>);

impl<'a> AttrView<'a> for KeyconfGet<'a> {
    const SET: &'static AttrSet = &tables::KEYCONF_GET;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &KEYCONF_GET_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&KEYCONF_GET_CHECKS, attrs)
    }
}

impl<'a> KeyconfGet<'a> {
    /// Indexes and checks a block of `keyconf-get` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 5> {
        &self.0
    }

    /// `OVPN_A_KEYCONF_PEER_ID`: The unique ID of the peer in the device context. To be used to identify peers during key operations
    #[inline]
    pub fn peer_id(&self) -> Option<u32> {
        self.0.u32(OVPN_A_KEYCONF_PEER_ID)
    }

    /// `OVPN_A_KEYCONF_SLOT`: The slot where the key should be stored
    #[inline]
    pub fn slot(&self) -> Option<KeySlot> {
        self.0.u32(OVPN_A_KEYCONF_SLOT).map(KeySlot::from_value)
    }

    /// `OVPN_A_KEYCONF_KEY_ID`: The unique ID of the key in the peer context. Used to fetch the correct key upon decryption
    #[inline]
    pub fn key_id(&self) -> Option<u32> {
        self.0.u32(OVPN_A_KEYCONF_KEY_ID)
    }

    /// `OVPN_A_KEYCONF_CIPHER_ALG`: The cipher to be used when communicating with the peer
    #[inline]
    pub fn cipher_alg(&self) -> Option<CipherAlg> {
        self.0
            .u32(OVPN_A_KEYCONF_CIPHER_ALG)
            .map(CipherAlg::from_value)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVPN_A_KEYCONF_PEER_ID if a.raw_kind() == OVPN_A_KEYCONF_PEER_ID => {
                    KeyconfGetBuilder::new(w).peer_id(value::u32(&a))?;
                }
                OVPN_A_KEYCONF_SLOT if a.raw_kind() == OVPN_A_KEYCONF_SLOT => {
                    KeyconfGetBuilder::new(w).slot(KeySlot::from_value(value::u32(&a)))?;
                }
                OVPN_A_KEYCONF_KEY_ID if a.raw_kind() == OVPN_A_KEYCONF_KEY_ID => {
                    KeyconfGetBuilder::new(w).key_id(value::u32(&a))?;
                }
                OVPN_A_KEYCONF_CIPHER_ALG if a.raw_kind() == OVPN_A_KEYCONF_CIPHER_ALG => {
                    KeyconfGetBuilder::new(w).cipher_alg(CipherAlg::from_value(value::u32(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`KeyconfSwapInput`] checks of each attribute, from the descriptors.
static KEYCONF_SWAP_INPUT_CHECKS: [Check; 2] = Check::table(&tables::KEYCONF_SWAP_INPUT);

/// The `keyconf-swap-input` attributes of `ovpn`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct KeyconfSwapInput<'a>(Table<'a, 2>);

impl<'a> AttrView<'a> for KeyconfSwapInput<'a> {
    const SET: &'static AttrSet = &tables::KEYCONF_SWAP_INPUT;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &KEYCONF_SWAP_INPUT_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&KEYCONF_SWAP_INPUT_CHECKS, attrs)
    }
}

impl<'a> KeyconfSwapInput<'a> {
    /// Indexes and checks a block of `keyconf-swap-input` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 2> {
        &self.0
    }

    /// `OVPN_A_KEYCONF_PEER_ID`: The unique ID of the peer in the device context. To be used to identify peers during key operations
    #[inline]
    pub fn peer_id(&self) -> Option<u32> {
        self.0.u32(OVPN_A_KEYCONF_PEER_ID)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVPN_A_KEYCONF_PEER_ID if a.raw_kind() == OVPN_A_KEYCONF_PEER_ID => {
                    KeyconfSwapInputBuilder::new(w).peer_id(value::u32(&a))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`KeyconfDelInput`] checks of each attribute, from the descriptors.
static KEYCONF_DEL_INPUT_CHECKS: [Check; 3] = Check::table(&tables::KEYCONF_DEL_INPUT);

/// The `keyconf-del-input` attributes of `ovpn`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct KeyconfDelInput<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for KeyconfDelInput<'a> {
    const SET: &'static AttrSet = &tables::KEYCONF_DEL_INPUT;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &KEYCONF_DEL_INPUT_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&KEYCONF_DEL_INPUT_CHECKS, attrs)
    }
}

impl<'a> KeyconfDelInput<'a> {
    /// Indexes and checks a block of `keyconf-del-input` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `OVPN_A_KEYCONF_PEER_ID`: The unique ID of the peer in the device context. To be used to identify peers during key operations
    #[inline]
    pub fn peer_id(&self) -> Option<u32> {
        self.0.u32(OVPN_A_KEYCONF_PEER_ID)
    }

    /// `OVPN_A_KEYCONF_SLOT`: The slot where the key should be stored
    #[inline]
    pub fn slot(&self) -> Option<KeySlot> {
        self.0.u32(OVPN_A_KEYCONF_SLOT).map(KeySlot::from_value)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVPN_A_KEYCONF_PEER_ID if a.raw_kind() == OVPN_A_KEYCONF_PEER_ID => {
                    KeyconfDelInputBuilder::new(w).peer_id(value::u32(&a))?;
                }
                OVPN_A_KEYCONF_SLOT if a.raw_kind() == OVPN_A_KEYCONF_SLOT => {
                    KeyconfDelInputBuilder::new(w).slot(KeySlot::from_value(value::u32(&a)))?;
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`Ovpn`] checks of each attribute, from the descriptors.
static OVPN_CHECKS: [Check; 4] = Check::table(&tables::OVPN);

/// The `ovpn` attributes of `ovpn`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct Ovpn<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for Ovpn<'a> {
    const SET: &'static AttrSet = &tables::OVPN;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &OVPN_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&OVPN_CHECKS, attrs)
    }
}

impl<'a> Ovpn<'a> {
    /// Indexes and checks a block of `ovpn` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `OVPN_A_IFINDEX`: Index of the ovpn interface to operate on
    #[inline]
    pub fn ifindex(&self) -> Option<u32> {
        self.0.u32(OVPN_A_IFINDEX)
    }

    /// `OVPN_A_PEER`: The peer object containing the attributed of interest for the specific operation
    #[inline]
    pub fn peer(&self) -> Result<Option<Peer<'a>>, Error> {
        self.0.nest(OVPN_A_PEER)
    }

    /// `OVPN_A_KEYCONF`: Peer specific cipher configuration
    #[inline]
    pub fn keyconf(&self) -> Result<Option<Keyconf<'a>>, Error> {
        self.0.nest(OVPN_A_KEYCONF)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVPN_A_IFINDEX if a.raw_kind() == OVPN_A_IFINDEX => {
                    OvpnBuilder::new(w).ifindex(value::u32(&a))?;
                }
                OVPN_A_PEER => nest_like(w, &a, |w| Peer::parse(a.nested())?.write_to(w))?,
                OVPN_A_KEYCONF => nest_like(w, &a, |w| Keyconf::parse(a.nested())?.write_to(w))?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`OvpnPeerNewInput`] checks of each attribute, from the descriptors.
static OVPN_PEER_NEW_INPUT_CHECKS: [Check; 3] = Check::table(&tables::OVPN_PEER_NEW_INPUT);

/// The `ovpn-peer-new-input` attributes of `ovpn`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct OvpnPeerNewInput<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for OvpnPeerNewInput<'a> {
    const SET: &'static AttrSet = &tables::OVPN_PEER_NEW_INPUT;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &OVPN_PEER_NEW_INPUT_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&OVPN_PEER_NEW_INPUT_CHECKS, attrs)
    }
}

impl<'a> OvpnPeerNewInput<'a> {
    /// Indexes and checks a block of `ovpn-peer-new-input` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `OVPN_A_IFINDEX`: Index of the ovpn interface to operate on
    #[inline]
    pub fn ifindex(&self) -> Option<u32> {
        self.0.u32(OVPN_A_IFINDEX)
    }

    /// `OVPN_A_PEER`: The peer object containing the attributed of interest for the specific operation
    #[inline]
    pub fn peer(&self) -> Result<Option<PeerNewInput<'a>>, Error> {
        self.0.nest(OVPN_A_PEER)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVPN_A_IFINDEX if a.raw_kind() == OVPN_A_IFINDEX => {
                    OvpnPeerNewInputBuilder::new(w).ifindex(value::u32(&a))?;
                }
                OVPN_A_PEER => nest_like(w, &a, |w| PeerNewInput::parse(a.nested())?.write_to(w))?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`OvpnPeerSetInput`] checks of each attribute, from the descriptors.
static OVPN_PEER_SET_INPUT_CHECKS: [Check; 3] = Check::table(&tables::OVPN_PEER_SET_INPUT);

/// The `ovpn-peer-set-input` attributes of `ovpn`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct OvpnPeerSetInput<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for OvpnPeerSetInput<'a> {
    const SET: &'static AttrSet = &tables::OVPN_PEER_SET_INPUT;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &OVPN_PEER_SET_INPUT_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&OVPN_PEER_SET_INPUT_CHECKS, attrs)
    }
}

impl<'a> OvpnPeerSetInput<'a> {
    /// Indexes and checks a block of `ovpn-peer-set-input` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `OVPN_A_IFINDEX`: Index of the ovpn interface to operate on
    #[inline]
    pub fn ifindex(&self) -> Option<u32> {
        self.0.u32(OVPN_A_IFINDEX)
    }

    /// `OVPN_A_PEER`: The peer object containing the attributed of interest for the specific operation
    #[inline]
    pub fn peer(&self) -> Result<Option<PeerSetInput<'a>>, Error> {
        self.0.nest(OVPN_A_PEER)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVPN_A_IFINDEX if a.raw_kind() == OVPN_A_IFINDEX => {
                    OvpnPeerSetInputBuilder::new(w).ifindex(value::u32(&a))?;
                }
                OVPN_A_PEER => nest_like(w, &a, |w| PeerSetInput::parse(a.nested())?.write_to(w))?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`OvpnPeerDelInput`] checks of each attribute, from the descriptors.
static OVPN_PEER_DEL_INPUT_CHECKS: [Check; 3] = Check::table(&tables::OVPN_PEER_DEL_INPUT);

/// The `ovpn-peer-del-input` attributes of `ovpn`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct OvpnPeerDelInput<'a>(Table<'a, 3>);

impl<'a> AttrView<'a> for OvpnPeerDelInput<'a> {
    const SET: &'static AttrSet = &tables::OVPN_PEER_DEL_INPUT;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &OVPN_PEER_DEL_INPUT_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&OVPN_PEER_DEL_INPUT_CHECKS, attrs)
    }
}

impl<'a> OvpnPeerDelInput<'a> {
    /// Indexes and checks a block of `ovpn-peer-del-input` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 3> {
        &self.0
    }

    /// `OVPN_A_IFINDEX`: Index of the ovpn interface to operate on
    #[inline]
    pub fn ifindex(&self) -> Option<u32> {
        self.0.u32(OVPN_A_IFINDEX)
    }

    /// `OVPN_A_PEER`: The peer object containing the attributed of interest for the specific operation
    #[inline]
    pub fn peer(&self) -> Result<Option<PeerDelInput<'a>>, Error> {
        self.0.nest(OVPN_A_PEER)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVPN_A_IFINDEX if a.raw_kind() == OVPN_A_IFINDEX => {
                    OvpnPeerDelInputBuilder::new(w).ifindex(value::u32(&a))?;
                }
                OVPN_A_PEER => nest_like(w, &a, |w| PeerDelInput::parse(a.nested())?.write_to(w))?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`OvpnKeyconfGet`] checks of each attribute, from the descriptors.
static OVPN_KEYCONF_GET_CHECKS: [Check; 4] = Check::table(&tables::OVPN_KEYCONF_GET);

/// The `ovpn-keyconf-get` attributes of `ovpn`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct OvpnKeyconfGet<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for OvpnKeyconfGet<'a> {
    const SET: &'static AttrSet = &tables::OVPN_KEYCONF_GET;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &OVPN_KEYCONF_GET_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&OVPN_KEYCONF_GET_CHECKS, attrs)
    }
}

impl<'a> OvpnKeyconfGet<'a> {
    /// Indexes and checks a block of `ovpn-keyconf-get` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `OVPN_A_IFINDEX`: Index of the ovpn interface to operate on
    #[inline]
    pub fn ifindex(&self) -> Option<u32> {
        self.0.u32(OVPN_A_IFINDEX)
    }

    /// `OVPN_A_KEYCONF`: Peer specific cipher configuration
    #[inline]
    pub fn keyconf(&self) -> Result<Option<KeyconfGet<'a>>, Error> {
        self.0.nest(OVPN_A_KEYCONF)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVPN_A_IFINDEX if a.raw_kind() == OVPN_A_IFINDEX => {
                    OvpnKeyconfGetBuilder::new(w).ifindex(value::u32(&a))?;
                }
                OVPN_A_KEYCONF => nest_like(w, &a, |w| KeyconfGet::parse(a.nested())?.write_to(w))?,
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`OvpnKeyconfSwapInput`] checks of each attribute, from the descriptors.
static OVPN_KEYCONF_SWAP_INPUT_CHECKS: [Check; 4] = Check::table(&tables::OVPN_KEYCONF_SWAP_INPUT);

/// The `ovpn-keyconf-swap-input` attributes of `ovpn`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct OvpnKeyconfSwapInput<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for OvpnKeyconfSwapInput<'a> {
    const SET: &'static AttrSet = &tables::OVPN_KEYCONF_SWAP_INPUT;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &OVPN_KEYCONF_SWAP_INPUT_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&OVPN_KEYCONF_SWAP_INPUT_CHECKS, attrs)
    }
}

impl<'a> OvpnKeyconfSwapInput<'a> {
    /// Indexes and checks a block of `ovpn-keyconf-swap-input` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `OVPN_A_IFINDEX`: Index of the ovpn interface to operate on
    #[inline]
    pub fn ifindex(&self) -> Option<u32> {
        self.0.u32(OVPN_A_IFINDEX)
    }

    /// `OVPN_A_KEYCONF`: Peer specific cipher configuration
    #[inline]
    pub fn keyconf(&self) -> Result<Option<KeyconfSwapInput<'a>>, Error> {
        self.0.nest(OVPN_A_KEYCONF)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVPN_A_IFINDEX if a.raw_kind() == OVPN_A_IFINDEX => {
                    OvpnKeyconfSwapInputBuilder::new(w).ifindex(value::u32(&a))?;
                }
                OVPN_A_KEYCONF => {
                    nest_like(w, &a, |w| KeyconfSwapInput::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// What [`OvpnKeyconfDelInput`] checks of each attribute, from the descriptors.
static OVPN_KEYCONF_DEL_INPUT_CHECKS: [Check; 4] = Check::table(&tables::OVPN_KEYCONF_DEL_INPUT);

/// The `ovpn-keyconf-del-input` attributes of `ovpn`, indexed in one pass.
#[derive(Debug, Clone)]
pub struct OvpnKeyconfDelInput<'a>(Table<'a, 4>);

impl<'a> AttrView<'a> for OvpnKeyconfDelInput<'a> {
    const SET: &'static AttrSet = &tables::OVPN_KEYCONF_DEL_INPUT;

    #[inline(always)]
    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        Table::parse_with(Self::SET, &OVPN_KEYCONF_DEL_INPUT_CHECKS, attrs).map(Self)
    }

    #[inline(always)]
    fn empty() -> Self {
        Self(Table::empty(Self::SET))
    }

    #[inline(always)]
    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {
        self.0.fill_with(&OVPN_KEYCONF_DEL_INPUT_CHECKS, attrs)
    }
}

impl<'a> OvpnKeyconfDelInput<'a> {
    /// Indexes and checks a block of `ovpn-keyconf-del-input` attributes.
    #[inline]
    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {
        <Self as AttrView<'a>>::parse(attrs)
    }

    /// The table under the view: every attribute by type, the ones the spec does not
    /// know included.
    pub fn table(&self) -> &Table<'a, 4> {
        &self.0
    }

    /// `OVPN_A_IFINDEX`: Index of the ovpn interface to operate on
    #[inline]
    pub fn ifindex(&self) -> Option<u32> {
        self.0.u32(OVPN_A_IFINDEX)
    }

    /// `OVPN_A_KEYCONF`: Peer specific cipher configuration
    #[inline]
    pub fn keyconf(&self) -> Result<Option<KeyconfDelInput<'a>>, Error> {
        self.0.nest(OVPN_A_KEYCONF)
    }

    /// Writes the attributes back in the order they came: the ones the spec knows
    /// through the typed builder, the others as they were.
    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {
        for a in self.0.iter() {
            match a.kind() {
                OVPN_A_IFINDEX if a.raw_kind() == OVPN_A_IFINDEX => {
                    OvpnKeyconfDelInputBuilder::new(w).ifindex(value::u32(&a))?;
                }
                OVPN_A_KEYCONF => {
                    nest_like(w, &a, |w| KeyconfDelInput::parse(a.nested())?.write_to(w))?
                }
                _ => raw(w, &a)?,
            }
        }
        Ok(())
    }
}

/// Every attribute set of `ovpn` with its round trip: parse a block with the set's view,
/// write it back through the typed builders (for round-trip tests and fuzzing).
#[cfg(feature = "roundtrip")]
pub static ROUNDTRIP: [SetRoundtrip; 16] = [
    SetRoundtrip {
        set: &tables::PEER,
        run: |attrs, w| Peer::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::PEER_NEW_INPUT,
        run: |attrs, w| PeerNewInput::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::PEER_SET_INPUT,
        run: |attrs, w| PeerSetInput::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::PEER_DEL_INPUT,
        run: |attrs, w| PeerDelInput::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::KEYCONF,
        run: |attrs, w| Keyconf::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::KEYDIR,
        run: |attrs, w| Keydir::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::KEYCONF_GET,
        run: |attrs, w| KeyconfGet::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::KEYCONF_SWAP_INPUT,
        run: |attrs, w| KeyconfSwapInput::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::KEYCONF_DEL_INPUT,
        run: |attrs, w| KeyconfDelInput::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::OVPN,
        run: |attrs, w| Ovpn::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::OVPN_PEER_NEW_INPUT,
        run: |attrs, w| OvpnPeerNewInput::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::OVPN_PEER_SET_INPUT,
        run: |attrs, w| OvpnPeerSetInput::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::OVPN_PEER_DEL_INPUT,
        run: |attrs, w| OvpnPeerDelInput::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::OVPN_KEYCONF_GET,
        run: |attrs, w| OvpnKeyconfGet::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::OVPN_KEYCONF_SWAP_INPUT,
        run: |attrs, w| OvpnKeyconfSwapInput::parse(attrs)?.write_to(w),
    },
    SetRoundtrip {
        set: &tables::OVPN_KEYCONF_DEL_INPUT,
        run: |attrs, w| OvpnKeyconfDelInput::parse(attrs)?.write_to(w),
    },
];
