//! The enums, flags and fixed structs of `mptcp_pm`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

nl_enum! {
    /// Netlink MPTCP event types
    pub enum EventType: u32 => tables::EVENT_TYPE {
        /// unused event
        Unspec = 0,
        /// A new MPTCP connection has been created. It is the good time to allocate memory and send ADD_ADDR if needed. Depending on the traffic-patterns it can take a long time until the MPTCP_EVENT_ESTABLISHED is sent. Attributes: token, family, saddr4 | saddr6, daddr4 | daddr6, sport, dport, \[server-side\], \[flags\].
        Created = 1,
        /// A MPTCP connection is established (can start new subflows). Attributes: token, family, saddr4 | saddr6, daddr4 | daddr6, sport, dport, \[server-side\], \[flags\].
        Established = 2,
        /// A MPTCP connection has stopped. Attribute: token.
        Closed = 3,
        /// A new address has been announced by the peer. Attributes: token, rem_id, family, daddr4 | daddr6 \[, dport\].
        Announced = 6,
        /// An address has been lost by the peer. Attributes: token, rem_id.
        Removed = 7,
        /// A new subflow has been established. 'error' should not be set. Attributes: token, family, loc_id, rem_id, saddr4 | saddr6, daddr4 | daddr6, sport, dport, backup, if-idx \[, error\].
        SubEstablished = 10,
        /// A subflow has been closed. An error (copy of sk_err) could be set if an error has been detected for this subflow. Attributes: token, family, loc_id, rem_id, saddr4 | saddr6, daddr4 | daddr6, sport, dport, backup, if-idx \[, error\].
        SubClosed = 11,
        /// The priority of a subflow has changed. 'error' should not be set. Attributes: token, family, loc_id, rem_id, saddr4 | saddr6, daddr4 | daddr6, sport, dport, backup, if-idx \[, error\].
        SubPriority = 13,
        /// A new PM listener is created. Attributes: family, sport, saddr4 | saddr6.
        ListenerCreated = 15,
        /// A PM listener is closed. Attributes: family, sport, saddr4 | saddr6.
        ListenerClosed = 16,
    }
}
