//! Integers in the generated code: the Rust type of a spec's integer type, the type an enum
//! is declared over, and casts between them. Used by every emitter; uses none.

use crate::model::{Enum, Family};

/// The integer type an enum or flags set is declared over: `u64` when a value or an
/// attribute or member that uses it is wider than 32 bits.
pub fn repr(f: &Family, e: &Enum) -> &'static str {
    let wide = |ty: &str| matches!(ty, "u64" | "s64" | "uint" | "sint");
    let used_wide = f
        .sets
        .iter()
        .flat_map(|s| s.attrs.iter())
        .any(|a| a.enum_ref.as_deref() == Some(&e.name) && wide(&a.ty))
        || f.structs
            .iter()
            .flat_map(|s| s.members.iter())
            .any(|m| m.enum_ref.as_deref() == Some(&e.name) && wide(&m.ty));
    if used_wide || e.entries.iter().any(|x| x.value > u32::MAX as u64) {
        "u64"
    } else {
        "u32"
    }
}

/// The Rust type of a fixed-size integer member or attribute.
pub fn int_rust(ty: &str) -> &'static str {
    match ty {
        "u8" => "u8",
        "u16" => "u16",
        "u32" => "u32",
        "u64" | "uint" => "u64",
        "s8" => "i8",
        "s16" => "i16",
        "s32" => "i32",
        "s64" | "sint" => "i64",
        _ => "u32",
    }
}

/// `expr as to`, or just `expr` when it already has type `to`.
pub fn cast(expr: &str, from: &str, to: &str) -> String {
    if from == to {
        expr.to_string()
    } else {
        format!("{expr} as {to}")
    }
}
