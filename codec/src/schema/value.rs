//! Typed values shown as text, from their descriptors: integers (enum and flag names),
//! strings, addresses, structs, hex.

use super::attr::{selector_text, AttrDesc};
use super::types::{AttrType, Display, EnumDesc, Member, StructDesc};
use crate::attr::read_unsigned;
use crate::digits;
use core::fmt::{self, Write};

/// Sign-extends an integer of `len` bytes (1, 2, 4; 8 and any other length as it is), read
/// with [`read_unsigned`](crate::attr::read_unsigned).
///
/// ```
/// assert_eq!(nlcodec::schema::sign_extend(0xff, 1), -1);
/// assert_eq!(nlcodec::schema::sign_extend(0xff, 2), 255);
/// ```
pub fn sign_extend(v: u64, len: usize) -> i64 {
    match len {
        1 => v as u8 as i8 as i64,
        2 => v as u16 as i16 as i64,
        4 => v as u32 as i32 as i64,
        _ => v as i64,
    }
}

/// Writes `v` as the name of its enum entry, or as a number when it has none.
///
/// ```
/// use nlcodec::schema::{write_enum, EnumDesc, EnumEntry};
/// static E: EnumDesc = EnumDesc::new("e", false, &[EnumEntry { name: "up", c_name: "X_UP", value: 6 }]);
/// let mut s = String::new();
/// write_enum(&mut s, &E, 6).unwrap();
/// s.push(' ');
/// write_enum(&mut s, &E, 9).unwrap();
/// assert_eq!(s, "up 9");
/// ```
pub fn write_enum(f: &mut (impl Write + ?Sized), e: &EnumDesc, v: u64) -> fmt::Result {
    match e.find(v) {
        Some(entry) => f.write_str(entry.name),
        None => digits::write_u64(f, v),
    }
}

/// Writes a flags value as its number and the names of its set bits; bits without a name
/// are shown as a hex remainder.
///
/// ```
/// use nlcodec::schema::{write_flags, EnumDesc, EnumEntry};
/// static F: EnumDesc = EnumDesc::new("f", true, &[
///     EnumEntry { name: "up", c_name: "IFF_UP", value: 1 },
///     EnumEntry { name: "loopback", c_name: "IFF_LOOPBACK", value: 8 },
/// ]);
/// let mut s = String::new();
/// write_flags(&mut s, &F, 0x19).unwrap();
/// assert_eq!(s, "0x19 [up,loopback,0x10]");
/// ```
pub fn write_flags(f: &mut (impl Write + ?Sized), e: &EnumDesc, v: u64) -> fmt::Result {
    digits::write_hex(f, v)?;
    if v == 0 {
        return Ok(());
    }
    let mut rest = v;
    let mut first = true;
    for entry in e.entries {
        if entry.value != 0 && v & entry.value == entry.value {
            f.write_str(if first { " [" } else { "," })?;
            f.write_str(entry.name)?;
            first = false;
            rest &= !entry.value;
        }
    }
    if rest != 0 {
        f.write_str(if first { " [" } else { "," })?;
        digits::write_hex(f, rest)?;
        first = false;
    }
    if !first {
        f.write_str("]")?;
    }
    Ok(())
}

fn write_hex(f: &mut (impl Write + ?Sized), v: &[u8], max: usize) -> fmt::Result {
    for (i, b) in v.iter().take(max).enumerate() {
        if i > 0 {
            f.write_str(" ")?;
        }
        digits::write_byte(f, *b)?;
    }
    if v.len() > max {
        f.write_str(" ... (")?;
        digits::write_u64(f, v.len() as u64)?;
        f.write_str(" bytes)")?;
    }
    Ok(())
}

fn write_mac(f: &mut (impl Write + ?Sized), v: &[u8]) -> fmt::Result {
    for (i, b) in v.iter().enumerate() {
        if i > 0 {
            f.write_str(":")?;
        }
        digits::write_byte(f, *b)?;
    }
    Ok(())
}

/// Writes an integer with its display hint and enum.
fn write_int(
    f: &mut (impl Write + ?Sized),
    raw: u64,
    len: usize,
    signed: bool,
    display: Display,
    e: Option<&EnumDesc>,
) -> fmt::Result {
    if let Some(e) = e {
        return if e.flags {
            write_flags(f, e, raw)
        } else {
            write_enum(f, e, raw)
        };
    }
    match display {
        Display::Hex => digits::write_hex(f, raw),
        Display::Ipv4 if len == 4 => digits::write_ipv4(f, (raw as u32).to_be_bytes()),
        _ if signed => digits::write_i64(f, sign_extend(raw, len)),
        _ => digits::write_u64(f, raw),
    }
}

/// Writes a C array of `d.sub_type` integers in host order: `{ forwarding: 1, mc-forwarding:
/// 0 }` when an enum names its elements (`index_names`; an element the enum does not name
/// by its index), `[1, 0]` otherwise; hex when the length is not a whole number of elements.
fn write_c_array(
    f: &mut (impl Write + ?Sized),
    d: &AttrDesc,
    v: &[u8],
    max_bytes: usize,
) -> fmt::Result {
    let size = d.sub_type.fixed_len().unwrap_or(0);
    if size == 0 || v.len() % size != 0 {
        write_hex(f, v, max_bytes)?;
        return f.write_str(" (bad length)");
    }
    let names = d.index_names;
    let first = names.and_then(|e| e.entries.iter().map(|x| x.value).min());
    f.write_str(if names.is_some() { "{ " } else { "[" })?;
    for (i, chunk) in v.chunks_exact(size).enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        if let Some(e) = names {
            let value = first.unwrap_or(0).wrapping_add(i as u64);
            match e.entries.iter().find(|x| x.value == value) {
                Some(x) => f.write_str(x.name)?,
                None => digits::write_u64(f, i as u64)?,
            }
            f.write_str(": ")?;
        }
        let raw = read_unsigned(chunk, d.big_endian).unwrap_or(0);
        write_int(
            f,
            raw,
            size,
            d.sub_type.is_signed(),
            d.display,
            d.enumeration,
        )?;
    }
    f.write_str(if names.is_some() { " }" } else { "]" })
}

/// Writes binary bytes with a display hint.
fn write_bytes(
    f: &mut (impl Write + ?Sized),
    v: &[u8],
    display: Display,
    max: usize,
) -> fmt::Result {
    match (display, v.len()) {
        (Display::Mac, n) if n > 0 => write_mac(f, v),
        (Display::Ipv4 | Display::Ipv4OrV6, 4) => digits::write_ipv4(f, [v[0], v[1], v[2], v[3]]),
        (Display::Ipv6 | Display::Ipv4OrV6, 16) => {
            let mut b = [0u8; 16];
            b.copy_from_slice(v);
            digits::write_ipv6(f, b)
        }
        (Display::Uuid, 16) => {
            for (i, b) in v.iter().enumerate() {
                if matches!(i, 4 | 6 | 8 | 10) {
                    f.write_str("-")?;
                }
                write!(f, "{b:02x}")?;
            }
            Ok(())
        }
        (Display::String, _) => {
            write!(f, "{:?}", selector_text(v).unwrap_or(""))
        }
        _ => write_hex(f, v, max),
    }
}

/// Writes a struct's members as `{ name: value, ... }`, pads skipped; a value shorter than
/// the struct shows the members it holds.
///
/// ```
/// use nlcodec::schema::{AttrType, Member, StructDesc, StructValue};
/// static S: StructDesc = StructDesc::new("pair", "struct pair", 4, &[
///     Member::new("a", 0, 2, AttrType::U16),
///     Member::new("b", 2, 2, AttrType::U16).big_endian(),
/// ]);
/// let mut v = [0u8; 4];
/// v[..2].copy_from_slice(&7u16.to_ne_bytes());
/// v[2..].copy_from_slice(&80u16.to_be_bytes());
/// assert_eq!(StructValue::new(&S, &v).to_string(), "{ a: 7, b: 80 }");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct StructValue<'a> {
    desc: &'a StructDesc,
    bytes: &'a [u8],
}

impl<'a> StructValue<'a> {
    /// A struct descriptor over the bytes that hold it.
    pub fn new(desc: &'a StructDesc, bytes: &'a [u8]) -> StructValue<'a> {
        StructValue { desc, bytes }
    }
}

fn write_member(f: &mut (impl Write + ?Sized), m: &Member, v: &[u8]) -> fmt::Result {
    match m.ty {
        t if t.is_int() => match read_unsigned(v, m.big_endian) {
            Some(raw) => write_int(f, raw, v.len(), t.is_signed(), m.display, m.enumeration),
            None => write_hex(f, v, 64),
        },
        _ => write_bytes(f, v, m.display, 64),
    }
}

impl fmt::Display for StructValue<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_to(f)
    }
}

impl StructValue<'_> {
    /// Writes what `Display` writes, into any writer (without a `Formatter` between).
    pub(crate) fn write_to(&self, f: &mut (impl Write + ?Sized)) -> fmt::Result {
        f.write_str("{")?;
        let mut first = true;
        for m in self.desc.members {
            if m.ty == AttrType::Pad {
                continue;
            }
            let (at, len) = (m.offset as usize, m.len as usize);
            let Some(v) = self.bytes.get(at..at + len) else {
                break;
            };
            f.write_str(if first { " " } else { ", " })?;
            first = false;
            f.write_str(m.name)?;
            f.write_str(": ")?;
            write_member(f, m, v)?;
        }
        f.write_str(if first { "}" } else { " }" })
    }
}

impl AttrDesc {
    /// The value of an integer attribute of this descriptor, as raw bits (not yet
    /// sign-extended: see [`sign_extend`]), with its width in bytes; `None` when `v` is not
    /// the type's size (`uint` and `sint`: 4 or 8 bytes, as the kernel sends them, or any
    /// width up to 8 that a reader decodes).
    ///
    /// ```
    /// use nlcodec::schema::{AttrDesc, AttrType};
    /// let mtu = AttrDesc::new("mtu", "IFLA_MTU", 4, AttrType::U32);
    /// assert_eq!(mtu.read_int(&1500u32.to_ne_bytes()), Some((1500, 4)));
    /// assert_eq!(mtu.read_int(&[1, 2]), None);
    /// ```
    pub fn read_int(&self, v: &[u8]) -> Option<(u64, usize)> {
        let width = match self.ty {
            AttrType::Uint | AttrType::Sint => v.len(),
            t => t.fixed_len()?,
        };
        if v.len() != width {
            return None;
        }
        Some((read_unsigned(v, self.big_endian)?, width))
    }
}

/// Writes an attribute's value as its descriptor says: integers (honouring byte order,
/// enums, flags and display hints), strings quoted, addresses, structs, `bitfield32`, other
/// binary in hex (at most `max_bytes` bytes). A value that does not fit its type is shown in
/// hex with a `(bad length)` note. Nests are not written (their attributes are).
///
/// ```
/// use nlcodec::schema::{write_value, AttrDesc, AttrType, Display};
/// let d = AttrDesc::new("address", "IFLA_ADDRESS", 1, AttrType::Binary).display(Display::Mac);
/// let mut s = String::new();
/// write_value(&mut s, &d, &[2, 0, 0, 0, 0, 1], 64).unwrap();
/// assert_eq!(s, "02:00:00:00:00:01");
/// let name = AttrDesc::new("ifname", "IFLA_IFNAME", 3, AttrType::String);
/// s.clear();
/// write_value(&mut s, &name, b"lo\0", 64).unwrap();
/// assert_eq!(s, "\"lo\"");
/// // A C array of u32, by element names when an enum gives them.
/// use nlcodec::schema::{EnumDesc, EnumEntry};
/// static CONF: EnumDesc = EnumDesc::new("devconf", false, &[
///     EnumEntry { name: "forwarding", c_name: "X_FORWARDING", value: 1 },
///     EnumEntry { name: "mc-forwarding", c_name: "X_MC_FORWARDING", value: 2 },
/// ]);
/// let conf = AttrDesc::new("conf", "X_CONF", 1, AttrType::Binary).sub_type(AttrType::U32);
/// let mut v = 1u32.to_ne_bytes().to_vec();
/// v.extend(0u32.to_ne_bytes());
/// v.extend(7u32.to_ne_bytes());
/// s.clear();
/// write_value(&mut s, &conf, &v, 64).unwrap();
/// assert_eq!(s, "[1, 0, 7]");
/// s.clear();
/// write_value(&mut s, &conf.index_names(&CONF), &v, 64).unwrap();
/// assert_eq!(s, "{ forwarding: 1, mc-forwarding: 0, 2: 7 }");
/// ```
pub fn write_value(
    f: &mut (impl Write + ?Sized),
    d: &AttrDesc,
    v: &[u8],
    max_bytes: usize,
) -> fmt::Result {
    fn bad(f: &mut (impl Write + ?Sized), v: &[u8], max_bytes: usize) -> fmt::Result {
        write_hex(f, v, max_bytes)?;
        f.write_str(" (bad length)")
    }
    match d.ty {
        AttrType::Flag if v.is_empty() => Ok(()),
        // A flag the spec lets carry a value (`max-len`): the kernel's byte, as a number.
        AttrType::Flag => match crate::attr::read_unsigned(v, false) {
            Some(n) if d.checks.max_len.is_some_and(|m| v.len() <= m as usize) => {
                crate::digits::write_u64(f, n)
            }
            _ => bad(f, v, max_bytes),
        },
        t if t.is_int() => match d.read_int(v) {
            Some((raw, width)) => write_int(f, raw, width, t.is_signed(), d.display, d.enumeration),
            None => bad(f, v, max_bytes),
        },
        AttrType::String => {
            let end = v.iter().position(|b| *b == 0).unwrap_or(v.len());
            match core::str::from_utf8(&v[..end]) {
                // What `{:?}` would write unchanged goes out as it is.
                Ok(s)
                    if s.bytes()
                        .all(|b| (b' '..=b'~').contains(&b) && b != b'"' && b != b'\\') =>
                {
                    f.write_str("\"")?;
                    f.write_str(s)?;
                    f.write_str("\"")
                }
                Ok(s) => write!(f, "{s:?}"),
                // Marked, so that it never reads as a string of hex digits.
                Err(_) => {
                    f.write_str("(not UTF-8: ")?;
                    write_hex(f, v, max_bytes)?;
                    f.write_str(")")
                }
            }
        }
        AttrType::Bitfield32 if v.len() == 8 => {
            let value = u32::from_ne_bytes([v[0], v[1], v[2], v[3]]);
            let selector = u32::from_ne_bytes([v[4], v[5], v[6], v[7]]);
            match d.enumeration {
                Some(e) => {
                    write_flags(f, e, value as u64)?;
                    f.write_str(" selector ")?;
                    write_flags(f, e, selector as u64)
                }
                None => write!(f, "{value:#x} selector {selector:#x}"),
            }
        }
        AttrType::Bitfield32 => bad(f, v, max_bytes),
        AttrType::Binary => match d.header {
            Some(s) => write!(f, "{}", StructValue::new(s, v)),
            None if d.sub_type.is_int() => write_c_array(f, d, v, max_bytes),
            None => write_bytes(f, v, d.display, max_bytes),
        },
        _ => write_hex(f, v, max_bytes),
    }
}
