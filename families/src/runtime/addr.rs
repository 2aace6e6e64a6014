//! Value types for attributes: link-layer addresses and `nla_bitfield32`.

use core::fmt;

/// A link-layer address as the kernel sends it (6 bytes for Ethernet, other lengths for
/// other link types), shown as `aa:bb:cc:dd:ee:ff`.
///
/// ```
/// use nlcodec_families::runtime::HwAddr;
/// let a = HwAddr::new(&[0x02, 0, 0, 0, 0, 0x01]);
/// assert_eq!(a.to_string(), "02:00:00:00:00:01");
/// assert_eq!(a.as_eth(), Some([2, 0, 0, 0, 0, 1]));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct HwAddr<'a>(&'a [u8]);

impl<'a> HwAddr<'a> {
    /// An address over its bytes.
    pub fn new(bytes: &'a [u8]) -> HwAddr<'a> {
        HwAddr(bytes)
    }

    /// The bytes.
    pub fn as_bytes(&self) -> &'a [u8] {
        self.0
    }

    /// The address as a 6-byte Ethernet address, if it is one.
    pub fn as_eth(&self) -> Option<[u8; 6]> {
        self.0.try_into().ok()
    }
}

impl fmt::Display for HwAddr<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, b) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(":")?;
            }
            write!(f, "{b:02x}")?;
        }
        Ok(())
    }
}

impl fmt::Debug for HwAddr<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "HwAddr({self})")
    }
}

/// `struct nla_bitfield32`: the bits to set and which bits the value speaks for.
///
/// ```
/// use nlcodec_families::runtime::Bitfield32;
/// let b = Bitfield32::from_bytes(&[1, 0, 0, 0, 3, 0, 0, 0]);
/// # let b = Bitfield32 { value: u32::from_ne_bytes([1, 0, 0, 0]), selector: u32::from_ne_bytes([3, 0, 0, 0]) };
/// assert_eq!(Bitfield32::from_bytes(&b.to_bytes()), b);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Bitfield32 {
    /// The bit values.
    pub value: u32,
    /// The bits `value` sets or clears.
    pub selector: u32,
}

impl Bitfield32 {
    /// Reads the 8-byte value (zeros where cut short).
    pub fn from_bytes(b: &[u8]) -> Bitfield32 {
        Bitfield32 {
            value: super::rd::u32(b, 0),
            selector: super::rd::u32(b, 4),
        }
    }

    /// The 8 bytes on the wire.
    pub fn to_bytes(&self) -> [u8; 8] {
        let mut out = [0u8; 8];
        super::wr::u32(&mut out, 0, self.value);
        super::wr::u32(&mut out, 4, self.selector);
        out
    }
}
