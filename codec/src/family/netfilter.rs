//! Netfilter (`NETLINK_NETFILTER`): `struct nfgenmsg`.

use super::FamilyHeader;
use crate::error::{Error, Structure};

/// `struct nfgenmsg` (4 bytes). `res_id` is big-endian on the wire; here it is a plain value.
///
/// ```
/// use nlcodec::family::{FamilyHeader, netfilter::NfGenMsg};
/// let h = NfGenMsg { family: 2, version: 0, res_id: 0x0102 };
/// let mut b = [0u8; 4];
/// h.emit(&mut b);
/// assert_eq!(b, [2, 0, 1, 2]);
/// assert_eq!(NfGenMsg::parse(&b).unwrap(), h);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct NfGenMsg {
    /// `nfgen_family`: `AF_*`.
    pub family: u8,
    /// `version`: `NFNETLINK_V0`.
    pub version: u8,
    /// `res_id`: resource id (queue number, group, ...), host value.
    pub res_id: u16,
}

impl FamilyHeader for NfGenMsg {
    const LEN: usize = 4;

    fn parse(payload: &[u8]) -> Result<Self, Error> {
        let (_, b) = crate::wire::take_array::<4>(payload).map_err(|_| Error::Truncated {
            what: Structure::FamilyHeader,
            offset: 0,
            needed: 4,
            available: payload.len(),
        })?;
        Ok(NfGenMsg {
            family: b[0],
            version: b[1],
            res_id: u16::from_be_bytes([b[2], b[3]]),
        })
    }

    fn emit(&self, out: &mut [u8]) {
        if let Ok(out) = <&mut [u8; 4]>::try_from(out) {
            out[0] = self.family;
            out[1] = self.version;
            out[2..4].copy_from_slice(&self.res_id.to_be_bytes());
        }
    }
}

/// The family header length of any netfilter message: the 4-byte `nfgenmsg`.
pub fn header_len(_kind: u16) -> usize {
    4
}
