//! What Rust shape each attribute takes in views and builders, decided once from its
//! descriptor.

use crate::emit::ints::{int_rust, repr};
use crate::model::{Attr, Family, Set};
use crate::names::Names;

/// The Rust shape of an attribute.
pub enum Shape {
    /// No accessor (pad, unused).
    None,
    Flag,
    /// An integer: reader/writer suffix (`u32`, `u16_be`), Rust type, and an optional
    /// enum or flags type with its repr.
    Int {
        reader: String,
        rust: &'static str,
        be: bool,
        enum_ty: Option<(String, &'static str, bool)>,
    },
    /// `uint` / `sint`.
    Var {
        signed: bool,
        enum_ty: Option<(String, &'static str, bool)>,
    },
    Str,
    Bytes,
    Mac,
    Ipv4,
    Ipv6,
    Ip,
    Bitfield32,
    /// A binary value holding a fixed struct.
    Fixed(String),
    /// A nest of a set's view (and builder), possibly after a fixed header.
    Nest {
        view: String,
        header: Option<String>,
    },
    /// A nest without a known set.
    RawNest,
    /// Indexed array / nest-type-value of nests of a set.
    Entries {
        view: String,
    },
    /// A nest-type-value of nest-type-values of nests of a set (two id levels).
    Entries2 {
        view: String,
    },
    /// A sub-message: its enum type, its spec name, and the selector sibling's C name and
    /// type when the selector is in the same set.
    SubMessage {
        msg: String,
        name: String,
        selector: Option<(String, String)>,
    },
    /// A record list: header type and the view of each record's attributes.
    Records {
        header: String,
        view: String,
    },
}

/// The view type name of a set (subsets have their own: they may retype attributes, as
/// ip6tnl's 32-bit `flags` in the 16-bit iptun set).
pub fn view_of(f: &Family, n: &Names, set: &str) -> Option<String> {
    f.set(set)?;
    n.set_type.get(set).cloned()
}

pub fn shape(f: &Family, n: &Names, set: &Set, a: &Attr) -> Shape {
    let enum_ty = || {
        let e = f.enum_(a.enum_ref.as_deref()?)?;
        Some((n.enum_type[&e.name].clone(), repr(f, e), e.flags))
    };
    match a.ty.as_str() {
        "pad" | "unused" => Shape::None,
        "flag" => Shape::Flag,
        "u8" | "u16" | "u32" | "u64" | "s8" | "s16" | "s32" | "s64" => {
            let rust = int_rust(&a.ty);
            if a.ty == "u32" && a.display.as_deref() == Some("ipv4") && a.enum_ref.is_none() {
                return Shape::Ipv4;
            }
            let be = a.be && a.ty != "u8" && a.ty != "s8";
            Shape::Int {
                reader: format!("{rust}{}", if be { "_be" } else { "" }),
                rust,
                be,
                enum_ty: enum_ty(),
            }
        }
        "uint" | "sint" => Shape::Var {
            signed: a.ty == "sint",
            enum_ty: enum_ty(),
        },
        "string" => Shape::Str,
        "bitfield32" => Shape::Bitfield32,
        "nest" => match a.nested.as_deref().and_then(|s| view_of(f, n, s)) {
            Some(view) => Shape::Nest {
                view,
                header: a
                    .header
                    .as_ref()
                    .and_then(|h| n.struct_type.get(h))
                    .cloned(),
            },
            None => Shape::RawNest,
        },
        "indexed-array" | "nest-type-value" => {
            let two = a.ty == "nest-type-value" && a.sub_type.as_deref() == Some("nest-type-value");
            if two {
                if let Some(view) = a.nested.as_deref().and_then(|s| view_of(f, n, s)) {
                    return Shape::Entries2 { view };
                }
            }
            let nests = a.ty == "nest-type-value" || a.sub_type.as_deref() == Some("nest");
            match a.nested.as_deref().and_then(|s| view_of(f, n, s)) {
                Some(view) if nests => Shape::Entries { view },
                _ => Shape::RawNest,
            }
        }
        "sub-message" => match a.sub_message.as_ref().and_then(|m| n.msg_type.get(m)) {
            Some(msg) => {
                let selector = set
                    .attrs
                    .iter()
                    .find(|s| Some(&s.name) == a.selector.as_ref())
                    .filter(|s| matches!(s.ty.as_str(), "string" | "u8" | "u16" | "u32" | "u64"))
                    .map(|s| (s.c_name.clone(), s.ty.clone()));
                Shape::SubMessage {
                    msg: msg.clone(),
                    name: a.sub_message.clone().unwrap_or_default(),
                    selector,
                }
            }
            None => Shape::RawNest,
        },
        "record-list" => {
            let header = a.header.as_ref().and_then(|h| n.struct_type.get(h));
            let view = a.nested.as_deref().and_then(|s| view_of(f, n, s));
            match (header, view) {
                (Some(h), Some(v)) => Shape::Records {
                    header: h.clone(),
                    view: v,
                },
                _ => Shape::RawNest,
            }
        }
        _ => {
            if let Some(s) = a.header.as_ref().and_then(|h| n.struct_type.get(h)) {
                return Shape::Fixed(s.clone());
            }
            match a.display.as_deref() {
                Some("mac") => Shape::Mac,
                Some("ipv4") => Shape::Ipv4,
                Some("ipv6") => Shape::Ipv6,
                Some("ipv4-or-v6") => Shape::Ip,
                _ => Shape::Bytes,
            }
        }
    }
}

/// The Rust type a `value::`/`Table::` reader returns (`u16_be` → `u16`, `uint` → `u64`).
pub fn reader_type(reader: &str) -> &str {
    match reader {
        "uint" => "u64",
        "sint" => "i64",
        r => r.strip_suffix("_be").unwrap_or(r),
    }
}

/// A readable name for a sub-message format: its value, or, for a numeric value whose
/// selector attribute has an enum, the enum entry's name (`RTA_ENCAP_TYPE` 1 → `mpls`).
pub fn format_label(f: &Family, msg: &str, value: &str) -> String {
    let Ok(num) = value.parse::<u64>() else {
        return value.to_string();
    };
    let entry = f.sets.iter().find_map(|s| {
        let a = s
            .attrs
            .iter()
            .find(|a| a.sub_message.as_deref() == Some(msg))?;
        let sel = s
            .attrs
            .iter()
            .find(|x| Some(&x.name) == a.selector.as_ref())?;
        let e = f.enum_(sel.enum_ref.as_deref()?)?;
        e.entries
            .iter()
            .find(|x| x.value == num)
            .map(|x| x.name.clone())
    });
    entry.unwrap_or_else(|| value.to_string())
}
