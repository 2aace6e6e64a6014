//! Numbers to text without `core::fmt`'s argument machinery: the hot path of every printer
//! (`Dump`, the schema's value writers, nldump), where `write!(f, "{}", n)` costs several
//! times the digits it writes.

use core::fmt::{self, Write};

/// Writes `v` in decimal, like `{}`: two digits at a time from a table of the 100 pairs,
/// so nothing is converted or validated on the way.
///
/// ```
/// let mut s = String::new();
/// nlcodec::digits::write_u64(&mut s, 18446744073709551615).unwrap();
/// assert_eq!(s, u64::MAX.to_string());
/// ```
#[inline]
pub fn write_u64(f: &mut (impl Write + ?Sized), v: u64) -> fmt::Result {
    if v < 10 {
        let d = v as usize;
        return f.write_str(&DIGITS[d..d + 1]);
    }
    if v < 100 {
        let p = 2 * v as usize;
        return f.write_str(&PAIRS[p..p + 2]);
    }
    // Up to 10 pairs, most significant first.
    let mut pairs = [0u8; 10];
    let mut n = 0;
    let mut rest = v;
    while rest >= 100 {
        pairs[n] = (rest % 100) as u8;
        rest /= 100;
        n += 1;
    }
    if rest >= 10 {
        let p = 2 * rest as usize;
        f.write_str(&PAIRS[p..p + 2])?;
    } else {
        let d = rest as usize;
        f.write_str(&DIGITS[d..d + 1])?;
    }
    while n > 0 {
        n -= 1;
        let p = 2 * pairs[n] as usize;
        f.write_str(&PAIRS[p..p + 2])?;
    }
    Ok(())
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
pub fn write_hex(f: &mut (impl Write + ?Sized), v: u64) -> fmt::Result {
    write_hex_padded(f, v, 1)
}

/// Writes `v` as `0x` and at least `digits` lowercase hex digits, like `{:#0w$x}` with
/// `w = digits + 2`.
///
/// ```
/// let mut s = String::new();
/// nlcodec::digits::write_hex_padded(&mut s, 0x2, 4).unwrap();
/// assert_eq!(s, "0x0002");
/// ```
#[inline]
pub fn write_hex_padded(f: &mut (impl Write + ?Sized), mut v: u64, digits: usize) -> fmt::Result {
    let mut buf = [b'0'; 18];
    let mut i = buf.len();
    let min = buf.len() - digits.min(16);
    loop {
        i -= 1;
        buf[i] = HEX[(v & 15) as usize];
        v >>= 4;
        if v == 0 && i <= min {
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

/// Writes sixteen bytes as an IPv6 address the way `Ipv6Addr`'s `{}` does (RFC 5952: the
/// longest run of two or more zero groups as `::`, lowercase hex without leading zeros, an
/// IPv4-mapped address as `::ffff:a.b.c.d`).
///
/// ```
/// let mut s = String::new();
/// nlcodec::digits::write_ipv6(&mut s, [0x20, 1, 0xd, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]).unwrap();
/// assert_eq!(s, "2001:db8::1");
/// ```
pub fn write_ipv6(f: &mut (impl Write + ?Sized), a: [u8; 16]) -> fmt::Result {
    let g: [u16; 8] = core::array::from_fn(|i| u16::from_be_bytes([a[2 * i], a[2 * i + 1]]));
    if g[..5] == [0; 5] && g[5] == 0xffff {
        f.write_str("::ffff:")?;
        return write_ipv4(f, [a[12], a[13], a[14], a[15]]);
    }
    // The longest run of zero groups (the first of equal ones), if two or more long.
    let (mut best, mut best_len, mut cur, mut cur_len) = (0, 0, 0, 0);
    for (i, x) in g.iter().enumerate() {
        if *x == 0 {
            if cur_len == 0 {
                cur = i;
            }
            cur_len += 1;
            if cur_len > best_len {
                (best, best_len) = (cur, cur_len);
            }
        } else {
            cur_len = 0;
        }
    }
    let group = |f: &mut _, x: u16| -> fmt::Result {
        let mut buf = [0u8; 4];
        let mut i = buf.len();
        let mut v = x;
        loop {
            i -= 1;
            buf[i] = HEX[(v & 15) as usize];
            v >>= 4;
            if v == 0 {
                break;
            }
        }
        Write::write_str(f, ascii(&buf[i..]))
    };
    if best_len < 2 {
        for (i, x) in g.iter().enumerate() {
            if i > 0 {
                f.write_str(":")?;
            }
            group(f, *x)?;
        }
        return Ok(());
    }
    for (i, x) in g[..best].iter().enumerate() {
        if i > 0 {
            f.write_str(":")?;
        }
        group(f, *x)?;
    }
    f.write_str("::")?;
    for (i, x) in g[best + best_len..].iter().enumerate() {
        if i > 0 {
            f.write_str(":")?;
        }
        group(f, *x)?;
    }
    Ok(())
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
const DIGITS: &str = "0123456789";
const PAIRS: &str = "0001020304050607080910111213141516171819\
                     2021222324252627282930313233343536373839\
                     4041424344454647484950515253545556575859\
                     6061626364656667686970717273747576777879\
                     8081828384858687888990919293949596979899";

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
        for v in [
            0u64,
            1,
            9,
            10,
            11,
            99,
            100,
            101,
            999,
            1000,
            65535,
            1 << 32,
            u64::MAX,
        ] {
            let mut s = String::new();
            write_u64(&mut s, v).unwrap();
            assert_eq!(s, v.to_string());
            s.clear();
            write_hex(&mut s, v).unwrap();
            assert_eq!(s, format!("{v:#x}"));
            s.clear();
            write_hex_padded(&mut s, v, 4).unwrap();
            assert_eq!(s, format!("{v:#06x}"));
        }
        for v in [0i64, -1, i64::MIN, i64::MAX, -42] {
            let mut s = String::new();
            write_i64(&mut s, v).unwrap();
            assert_eq!(s, v.to_string());
        }
        for a in [
            [0u8; 16],
            [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
            [0x20, 1, 0xd, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1],
            [
                0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0x12, 0x34, 0, 0, 0, 0, 0xab, 0xcd,
            ],
            [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 10, 0, 0, 1],
            [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 0, 0, 1],
            [0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0],
            [0xff; 16],
            [0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1],
        ]
        .into_iter()
        .chain((0..4096u64).map(|i| {
            // Sparse pseudo-random addresses: runs of zero groups in every position.
            let x = i.wrapping_mul(0x9e37_79b9_7f4a_7c15);
            core::array::from_fn(|k| {
                if (x >> (k / 2)) & 1 == 1 {
                    (x >> k) as u8
                } else {
                    0
                }
            })
        })) {
            let mut s = String::new();
            write_ipv6(&mut s, a).unwrap();
            assert_eq!(s, core::net::Ipv6Addr::from(a).to_string());
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
