//! Family fixed headers: the structure at the start of a data message's payload, before its
//! attributes. The codec has the trait and generic netlink's own `genlmsghdr`; every
//! family's headers (`ifinfomsg`, `rtmsg`, `nfgenmsg`, ...) are generated from the kernel's
//! specs in `nlcodec-families`.
//!
//! ```
//! use nlcodec::family::{genl::GenlMsgHdr, FamilyHeader};
//! let h = GenlMsgHdr { cmd: 3, version: 2, reserved: 0 };
//! let mut bytes = [0u8; GenlMsgHdr::LEN];
//! h.emit(&mut bytes);
//! assert_eq!(GenlMsgHdr::parse(&bytes).unwrap(), h);
//! ```

pub mod genl;

use crate::error::Error;

/// A fixed-size family header, parsed and emitted field by field in host byte order (unless
/// the family says otherwise), without `unsafe`.
pub trait FamilyHeader: Sized + Copy {
    /// Size on the wire.
    const LEN: usize;

    /// Reads the header from the start of `payload` (extra bytes are ignored).
    fn parse(payload: &[u8]) -> Result<Self, Error>;

    /// Writes the header into `out`, which must be exactly [`LEN`](Self::LEN) bytes; a
    /// slice of another length is left untouched.
    fn emit(&self, out: &mut [u8]);
}

/// No fixed header: for families (most generic netlink ones) whose attributes follow the
/// netlink (or generic netlink) header directly.
///
/// ```
/// use nlcodec::family::FamilyHeader;
/// assert_eq!(<() as FamilyHeader>::LEN, 0);
/// assert_eq!(<()>::parse(&[]), Ok(()));
/// ```
impl FamilyHeader for () {
    const LEN: usize = 0;

    fn parse(_: &[u8]) -> Result<Self, Error> {
        Ok(())
    }

    fn emit(&self, _: &mut [u8]) {}
}

/// Reads a message's family header of type `H`.
///
/// ```
/// use nlcodec::family::{genl::GenlMsgHdr, header_of};
/// let mut buf = [0u8; 64];
/// let mut w = nlcodec::Writer::new(&mut buf);
/// w.begin_message(16, 0, 0, 0).unwrap();
/// w.put_header(&GenlMsgHdr { cmd: 3, version: 2, reserved: 0 }).unwrap();
/// w.end_message().unwrap();
/// let msg = nlcodec::messages(w.as_bytes()).next().unwrap().unwrap();
/// assert_eq!(header_of::<GenlMsgHdr>(&msg).unwrap().cmd, 3);
/// ```
pub fn header_of<H: FamilyHeader>(msg: &crate::Message<'_>) -> Result<H, Error> {
    H::parse(msg.payload).map_err(|e| e.shifted(crate::consts::NLMSG_HDRLEN))
}

/// Field codec used by the header macro.
pub(crate) trait Field: Sized {
    const SIZE: usize;
    fn read(b: &[u8], at: usize) -> Self;
    fn write(self, out: &mut [u8], at: usize);
}

macro_rules! impl_field {
    ($($t:ty),*) => {$(
        impl Field for $t {
            const SIZE: usize = core::mem::size_of::<$t>();
            #[inline(always)]
            fn read(b: &[u8], at: usize) -> Self {
                let mut a = [0u8; core::mem::size_of::<$t>()];
                if let Some(src) = b.get(at..at + Self::SIZE) {
                    a.copy_from_slice(src);
                }
                <$t>::from_ne_bytes(a)
            }
            #[inline(always)]
            fn write(self, out: &mut [u8], at: usize) {
                if let Some(dst) = out.get_mut(at..at + Self::SIZE) {
                    dst.copy_from_slice(&self.to_ne_bytes());
                }
            }
        }
    )*};
}
impl_field!(u8, u16, u32, i32);

/// Declares a family header struct with its `FamilyHeader` impl from a field layout.
macro_rules! family_header {
    (
        $(#[$meta:meta])*
        $name:ident, $len:expr, {
            $( $(#[$fmeta:meta])* $field:ident : $ty:ty = $at:expr ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub struct $name {
            $( $(#[$fmeta])* pub $field: $ty, )*
        }

        impl $crate::family::FamilyHeader for $name {
            const LEN: usize = $len;

            #[inline]
            fn parse(payload: &[u8]) -> Result<Self, $crate::Error> {
                use $crate::family::Field;
                let (_, b) = $crate::wire::take_array::<{ $len }>(payload).map_err(|_| {
                    $crate::Error::Truncated {
                        what: $crate::error::Structure::FamilyHeader,
                        offset: 0,
                        needed: $len,
                        available: payload.len(),
                    }
                })?;
                Ok($name { $( $field: <$ty as Field>::read(b, $at), )* })
            }

            #[inline]
            fn emit(&self, out: &mut [u8]) {
                use $crate::family::Field;
                if out.len() != $len {
                    return;
                }
                $( self.$field.write(out, $at); )*
            }
        }
    };
}
pub(crate) use family_header;
