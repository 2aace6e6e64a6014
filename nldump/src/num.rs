//! Integers to text without `core::fmt` (the hot path of both printers).

use crate::out::Out;

/// Appends `v` in decimal.
#[inline]
pub fn push_u64(out: &mut (impl Out + ?Sized), mut v: u64) {
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
    // Only ASCII digits were written.
    out.push_str(std::str::from_utf8(&buf[i..]).unwrap_or("?"));
}

/// Appends `v` in decimal.
#[inline]
pub fn push_i64(out: &mut (impl Out + ?Sized), v: i64) {
    if v < 0 {
        out.push('-');
    }
    push_u64(out, v.unsigned_abs());
}

/// Appends `v` as `0x` and lowercase hex digits, like `{:#x}`.
#[inline]
pub fn push_hex(out: &mut (impl Out + ?Sized), mut v: u64) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut buf = [0u8; 18];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = DIGITS[(v & 15) as usize];
        v >>= 4;
        if v == 0 {
            break;
        }
    }
    out.push_str("0x");
    out.push_str(std::str::from_utf8(&buf[i..]).unwrap_or("?"));
}

/// Appends a byte as two lowercase hex digits.
#[inline]
pub fn push_byte(out: &mut (impl Out + ?Sized), b: u8) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    out.push(DIGITS[(b >> 4) as usize] as char);
    out.push(DIGITS[(b & 15) as usize] as char);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_as_fmt() {
        for v in [0u64, 1, 9, 10, 99, 100, 65535, 1 << 32, u64::MAX] {
            let mut s = String::new();
            push_u64(&mut s, v);
            assert_eq!(s, v.to_string());
            s.clear();
            push_hex(&mut s, v);
            assert_eq!(s, format!("{v:#x}"));
        }
        for v in [0i64, -1, i64::MIN, i64::MAX, -42] {
            let mut s = String::new();
            push_i64(&mut s, v);
            assert_eq!(s, v.to_string());
        }
        let mut s = String::new();
        push_byte(&mut s, 0xa5);
        assert_eq!(s, "a5");
    }
}
