//! Text output: one block per message, through the codec's [`Dump`] with the generated
//! schemas: the header with the type and flag names, the family header field by field,
//! every attribute by its C name with its typed value (enums and flags by name, addresses,
//! strings), nests indented, control messages decoded, and extended ACKs with the named
//! attribute path and the kernel's policy.
//!
//! Each block starts with the message's number, the packet it came in (for captures), its
//! byte offset in the input, the protocol, and for captures the direction and time:
//!
//! ```text
//! #1 packet 1 @40 route received 1700000000.000000: len 1468 type 16 (RTM_NEWLINK) flags 0x0002 [MULTI] seq 1 pid 14976
//!   ifinfomsg { ifi-family: 0, ifi-type: 772, ifi-index: 1, ifi-flags: 0x10049 [up,loopback,running,lower-up], ifi-change: 0 }
//!   IFLA_IFNAME "lo"
//! ```

use crate::MsgCtx;
use nlcodec::dump::Dump;
use nlcodec_socket::pcap::Direction;
use std::fmt::Write;

/// Appends the text block of one message to `out`.
pub fn message(out: &mut String, m: &MsgCtx<'_>, offsets: bool) {
    let _ = write!(out, "#{}", m.number);
    if m.packet.direction.is_some() {
        let _ = write!(out, " packet {}", m.packet.index);
    }
    let _ = write!(
        out,
        " @{} {}",
        m.offset,
        crate::protocol::name(m.packet.protocol)
    );
    if let Some(d) = m.packet.direction {
        out.push_str(match d {
            Direction::Received => " received",
            Direction::Sent => " sent",
        });
    }
    if let Some(t) = m.packet.timestamp {
        let _ = write!(out, " {}.{:06}", t.as_secs(), t.subsec_micros());
    }
    out.push_str(": ");
    let mut dump = Dump::new(m.bytes)
        .family_header_len(m.header_len)
        .offsets(offsets);
    if let Some(s) = m.schema {
        dump = dump.schema(s);
    }
    let start = out.len();
    let _ = write!(out, "{dump}");
    // The dump counts offsets in its own buffer (this message): its first words are
    // "message at 0: ", which the prefix above replaces.
    const LEAD: &str = "message at 0: ";
    if out[start..].starts_with(LEAD) {
        out.replace_range(start..start + LEAD.len(), "");
    }
}
