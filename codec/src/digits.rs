//! Numbers to text without `core::fmt`'s argument machinery: the hot path of every printer
//! (`Dump`, the schema's value writers, nldump), where `write!(f, "{}", n)` costs several
//! times the digits it writes.

use core::fmt::{self, Write};

/// Writes `v` in decimal, like `{}`.
///
/// ```
/// let mut s = String::new();
/// nlcodec::digits::write_u64(&mut s, 18446744073709551615).unwrap();
/// assert_eq!(s, u64::MAX.to_string());
/// ```
#[inline]
pub fn write_u64(f: &mut (impl Write + ?Sized), mut v: u64) -> fmt::Result {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    f.write_str(ascii(&buf[i..]))
}

/// Writes `v` in decimal, like `{}`.
///
/// ```
/// let mut s = String::new();
/// nlcodec::digits::write_i64(&mut s, i64::MIN).unwrap();
/// assert_eq!(s, i64::MIN.to_string());
/// ```
#[inline]
pub fn write_i64(f: &mut (impl Write + ?Sized), v: i64) -> fmt::Result {
    if v < 0 {
        f.write_str("-")?;
    }
    write_u64(f, v.unsigned_abs())
}

/// Writes `v` as `0x` and lowercase hex digits, like `{:#x}`.
///
/// ```
/// let mut s = String::new();
/// nlcodec::digits::write_hex(&mut s, 0x1003).unwrap();
/// assert_eq!(s, "0x1003");
/// ```
#[inline]
pub fn write_hex(f: &mut (impl Write + ?Sized), mut v: u64) -> fmt::Result {
    let mut buf = [0u8; 18];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = HEX[(v & 15) as usize];
        v >>= 4;
        if v == 0 {
            break;
        }
    }
    i -= 2;
    buf[i] = b'0';
    buf[i + 1] = b'x';
    f.write_str(ascii(&buf[i..]))
}

/// Writes a byte as two lowercase hex digits, like `{:02x}`.
///
/// ```
/// let mut s = String::new();
/// nlcodec::digits::write_byte(&mut s, 0x0a).unwrap();
/// assert_eq!(s, "0a");
/// ```
#[inline]
pub fn write_byte(f: &mut (impl Write + ?Sized), b: u8) -> fmt::Result {
    let buf = [HEX[(b >> 4) as usize], HEX[(b & 15) as usize]];
    f.write_str(ascii(&buf))
}

/// Writes four bytes as a dotted IPv4 address, like `Ipv4Addr`'s `{}`.
///
/// ```
/// let mut s = String::new();
/// nlcodec::digits::write_ipv4(&mut s, [10, 0, 255, 1]).unwrap();
/// assert_eq!(s, "10.0.255.1");
/// ```
#[inline]
pub fn write_ipv4(f: &mut (impl Write + ?Sized), a: [u8; 4]) -> fmt::Result {
    let mut buf = [0u8; 15];
    let mut n = 0;
    for (k, octet) in a.iter().enumerate() {
        if k > 0 {
            buf[n] = b'.';
            n += 1;
        }
        let o = *octet;
        if o >= 100 {
            buf[n] = b'0' + o / 100;
            n += 1;
        }
        if o >= 10 {
            buf[n] = b'0' + (o / 10) % 10;
            n += 1;
        }
        buf[n] = b'0' + o % 10;
        n += 1;
    }
    f.write_str(ascii(&buf[..n]))
}

/// Spaces for indentation, written in one call where they fit.
///
/// ```
/// let mut s = String::new();
/// nlcodec::digits::write_spaces(&mut s, 70).unwrap();
/// assert_eq!(s, " ".repeat(70));
/// ```
#[inline]
pub fn write_spaces(f: &mut (impl Write + ?Sized), mut n: usize) -> fmt::Result {
    const SPACES: &str = "                                                                ";
    while n > 0 {
        let k = n.min(SPACES.len());
        f.write_str(&SPACES[..k])?;
        n -= k;
    }
    Ok(())
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// The digits written above: ASCII only.
#[inline(always)]
fn ascii(b: &[u8]) -> &str {
    core::str::from_utf8(b).unwrap_or("?")
}

#[cfg(test)]
mod tests {
    extern crate alloc;
    use super::*;
    use alloc::format;
    use alloc::string::{String, ToString};

    #[test]
    fn same_as_core_fmt() {
        for v in [0u64, 1, 9, 10, 99, 100, 65535, 1 << 32, u64::MAX] {
            let mut s = String::new();
            write_u64(&mut s, v).unwrap();
            assert_eq!(s, v.to_string());
            s.clear();
            write_hex(&mut s, v).unwrap();
            assert_eq!(s, format!("{v:#x}"));
        }
        for v in [0i64, -1, i64::MIN, i64::MAX, -42] {
            let mut s = String::new();
            write_i64(&mut s, v).unwrap();
            assert_eq!(s, v.to_string());
        }
        for b in 0..=255u8 {
            let mut s = String::new();
            write_byte(&mut s, b).unwrap();
            assert_eq!(s, format!("{b:02x}"));
            s.clear();
            write_ipv4(&mut s, [b, 0, 10, 100]).unwrap();
            assert_eq!(s, core::net::Ipv4Addr::new(b, 0, 10, 100).to_string());
        }
    }
}
