//! The enums, flags and fixed structs of `ovs_packet`.

#[allow(unused_imports)]
use super::tables;
#[allow(unused_imports)]
use crate::runtime::{rd, wr};
#[allow(unused_imports)]
use crate::{fixed_struct, nl_enum, nl_flags};
#[allow(unused_imports)]
use nlcodec::schema::StructDesc;

/// `struct ovs_header` (4 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OvsHeader {
    /// `dp-ifindex`.
    pub dp_ifindex: u32,
}

impl OvsHeader {
    /// Size on the wire.
    pub const LEN: usize = 4;

    /// The layout descriptor.
    pub fn desc() -> &'static StructDesc {
        &tables::OVS_HEADER
    }

    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero
    /// (older kernels send shorter versions of growing structs).
    #[inline]
    pub fn from_bytes(b: &[u8]) -> Self {
        Self {
            dp_ifindex: rd::u32(b, 0),
        }
    }

    /// Writes the struct into the start of `out` (fields that do not fit are left out).
    pub fn write_to(&self, out: &mut [u8]) {
        wr::u32(out, 0, self.dp_ifindex);
    }
}

fixed_struct!(OvsHeader);
