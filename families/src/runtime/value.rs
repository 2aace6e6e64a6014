//! Typed values of single attributes: what the typed getters return, read from one
//! [`Attr`] (so repeated attributes and round trips read the same way). A value shorter than
//! its type reads as zero-filled; the views check lengths when they parse, so through a
//! view this never happens.

use super::bytes::rd;
use core::net::{IpAddr, Ipv4Addr, Ipv6Addr};
use nlcodec::Attr;

macro_rules! ints {
    ($($name:ident => $t:ty;)*) => {$(
        #[doc = concat!("The value as a `", stringify!($t), "` (`", stringify!($name), "`).")]
        #[inline]
        pub fn $name(a: &Attr<'_>) -> $t {
            rd::$name(a.value(), 0)
        }
    )*};
}

ints! {
    u8 => u8;
    u16 => u16;
    u32 => u32;
    u64 => u64;
    i8 => i8;
    i16 => i16;
    i32 => i32;
    i64 => i64;
    u16_be => u16;
    u32_be => u32;
    u64_be => u64;
    i16_be => i16;
    i32_be => i32;
    i64_be => i64;
}

/// A `uint`: 4 or 8 bytes, host order.
///
/// ```
/// let bytes = 7u32.to_ne_bytes();
/// let a = nlcodec::Attr::new(1, &bytes, 0);
/// assert_eq!(nlcodec_families::runtime::value::uint(&a), 7);
/// ```
#[inline]
pub fn uint(a: &Attr<'_>) -> u64 {
    match a.value().len() {
        4 => rd::u32(a.value(), 0) as u64,
        _ => rd::u64(a.value(), 0),
    }
}

/// A `sint`: 4 or 8 bytes, host order, sign-extended.
#[inline]
pub fn sint(a: &Attr<'_>) -> i64 {
    match a.value().len() {
        4 => rd::i32(a.value(), 0) as i64,
        _ => rd::i64(a.value(), 0),
    }
}

/// A string up to its first NUL (empty when it is not UTF-8).
///
/// ```
/// let a = nlcodec::Attr::new(3, b"lo\0\0", 0);
/// assert_eq!(nlcodec_families::runtime::value::str(&a), "lo");
/// ```
#[inline]
pub fn str<'a>(a: &Attr<'a>) -> &'a str {
    text(a).unwrap_or("")
}

/// A string up to its first NUL, or `None` when that is not UTF-8.
#[inline]
pub(crate) fn text<'a>(a: &Attr<'a>) -> Option<&'a str> {
    let v = a.value();
    let end = v.iter().position(|b| *b == 0).unwrap_or(v.len());
    core::str::from_utf8(&v[..end]).ok()
}

/// An IPv4 address: 4 bytes in network order.
#[inline]
pub fn ipv4(a: &Attr<'_>) -> Ipv4Addr {
    Ipv4Addr::from(rd::array::<4>(a.value(), 0))
}

/// An IPv6 address.
#[inline]
pub fn ipv6(a: &Attr<'_>) -> Ipv6Addr {
    Ipv6Addr::from(rd::array::<16>(a.value(), 0))
}

/// An IPv4 or IPv6 address by length (`None` for any other length).
#[inline]
pub fn ip(a: &Attr<'_>) -> Option<IpAddr> {
    match a.value().len() {
        4 => Some(IpAddr::V4(ipv4(a))),
        16 => Some(IpAddr::V6(ipv6(a))),
        _ => None,
    }
}
