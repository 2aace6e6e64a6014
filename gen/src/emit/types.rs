//! `types.rs` of a family: Rust enums and flags (declared with the runtime macros) and
//! fixed structs that parse and emit field by field.

use crate::emit::ints::{cast, int_rust, repr};
use crate::model::{Enum, Family, Member, Struct};
use crate::names::Names;
use crate::naming::{doc_lines, screaming, snake};
use crate::shared::Reexports;
use std::collections::BTreeSet;
use std::fmt::Write;

fn emit_enum(o: &mut String, f: &Family, n: &Names, e: &Enum) {
    let ty = &n.enum_type[&e.name];
    let st = &n.enum_static[&e.name];
    let r = repr(f, e);
    let doc = e.doc.clone().unwrap_or_else(|| {
        format!(
            "The `{}` {} of `{}`.",
            e.name,
            if e.flags { "flags" } else { "enum" },
            f.name
        )
    });
    if e.flags {
        o.push_str("nl_flags! {\n");
        o.push_str(&doc_lines(Some(&doc), "    "));
        writeln!(o, "    pub struct {ty}: {r} => tables::{st} {{").unwrap();
        let mut seen = BTreeSet::new();
        for x in &e.entries {
            let name = screaming(&x.name);
            if !seen.insert(name.clone()) {
                continue;
            }
            let d = x.doc.clone().unwrap_or_else(|| format!("`{}`", x.c_name));
            o.push_str(&doc_lines(Some(&d), "        "));
            let v = if x.value.is_power_of_two() {
                format!("1 << {}", x.value.trailing_zeros())
            } else {
                x.value.to_string()
            };
            writeln!(o, "        const {name} = {v};").unwrap();
        }
        o.push_str("    }\n}\n\n");
    } else {
        o.push_str("nl_enum! {\n");
        o.push_str(&doc_lines(Some(&doc), "    "));
        writeln!(o, "    pub enum {ty}: {r} => tables::{st} {{").unwrap();
        let mut seen = BTreeSet::new();
        for x in &e.entries {
            let name = crate::naming::camel(&x.name);
            if !seen.insert(name.clone()) {
                continue;
            }
            let d = x.doc.clone().unwrap_or_else(|| format!("`{}`", x.c_name));
            o.push_str(&doc_lines(Some(&d), "        "));
            writeln!(o, "        {name} = {},", x.value).unwrap();
        }
        o.push_str("    }\n}\n\n");
    }
}

/// How a member is held in the Rust struct, read and written.
struct Field {
    name: String,
    ty: String,
    read: String,
    write: String,
}

fn member_field(f: &Family, n: &Names, m: &Member, name: String) -> Option<Field> {
    let at = m.offset;
    if m.ty == "pad" || m.len == 0 {
        return None;
    }
    let Some(int) = crate::model::int_len_pub(&m.ty) else {
        let len = m.len;
        return Some(Field {
            name: name.clone(),
            ty: format!("[u8; {len}]"),
            read: format!("rd::array::<{len}>(b, {at})"),
            write: format!("wr::array(out, {at}, &self.{name})"),
        });
    };
    let _ = int;
    let rust = int_rust(&m.ty);
    let be = if m.be { "_be" } else { "" };
    let raw_read = format!("rd::{rust}{be}(b, {at})");
    let enum_ = m.enum_ref.as_ref().and_then(|e| f.enum_(e));
    let (ty, read, value) = match enum_ {
        Some(e) => {
            let et = n.enum_type[&e.name].clone();
            let r = repr(f, e);
            if e.flags {
                (
                    et.clone(),
                    format!("{et}({})", cast(&raw_read, rust, r)),
                    cast(&format!("self.{name}.bits()"), r, rust),
                )
            } else {
                (
                    et.clone(),
                    format!("{et}::from_value({})", cast(&raw_read, rust, r)),
                    cast(&format!("self.{name}.value()"), r, rust),
                )
            }
        }
        None => (rust.to_string(), raw_read, format!("self.{name}")),
    };
    Some(Field {
        write: format!("wr::{rust}{be}(out, {at}, {value})"),
        name,
        ty,
        read,
    })
}

fn emit_struct(o: &mut String, f: &Family, n: &Names, s: &Struct) {
    let ty = &n.struct_type[&s.name];
    let st = &n.struct_static[&s.name];
    let mut names = BTreeSet::new();
    let mut fields = vec![];
    for m in &s.members {
        let mut name = snake(&m.name);
        while !names.insert(name.clone()) {
            name.push('_');
        }
        if let Some(fl) = member_field(f, n, m, name) {
            fields.push((m, fl));
        }
    }
    let doc = s
        .doc
        .clone()
        .unwrap_or_else(|| format!("`struct {}` ({} bytes).", s.name.replace('-', "_"), s.len));
    o.push_str(&doc_lines(Some(&doc), ""));
    o.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]\n");
    writeln!(o, "pub struct {ty} {{").unwrap();
    for (m, fl) in &fields {
        let d = m.doc.clone().unwrap_or_else(|| format!("`{}`.", m.name));
        o.push_str(&doc_lines(Some(&d), "    "));
        writeln!(o, "    pub {}: {},", fl.name, fl.ty).unwrap();
    }
    o.push_str("}\n\n");
    writeln!(o, "impl {ty} {{").unwrap();
    writeln!(
        o,
        "    /// Size on the wire.\n    pub const LEN: usize = {};\n",
        s.len
    )
    .unwrap();
    writeln!(
        o,
        "    /// The layout descriptor.\n    pub fn desc() -> &'static StructDesc {{\n        &tables::{st}\n    }}\n"
    )
    .unwrap();
    o.push_str("    /// Reads the struct from the start of `b`; bytes past the end of `b` read as zero\n    /// (older kernels send shorter versions of growing structs).\n");
    let bname = if fields.is_empty() { "_b" } else { "b" };
    writeln!(
        o,
        "    #[inline]\n    pub fn from_bytes({bname}: &[u8]) -> Self {{\n        Self {{"
    )
    .unwrap();
    for (_, fl) in &fields {
        writeln!(o, "            {}: {},", fl.name, fl.read).unwrap();
    }
    o.push_str("        }\n    }\n\n");
    o.push_str("    /// Writes the struct into the start of `out` (fields that do not fit are left out).\n");
    let oname = if fields.is_empty() { "_out" } else { "out" };
    writeln!(o, "    pub fn write_to(&self, {oname}: &mut [u8]) {{").unwrap();
    for (_, fl) in &fields {
        writeln!(o, "        {};", fl.write).unwrap();
    }
    o.push_str("    }\n}\n\n");
    writeln!(o, "fixed_struct!({ty});\n").unwrap();
}

/// `pub use` of an enum another family owns (see `shared.rs`).
fn emit_reexport(o: &mut String, f: &Family, n: &Names, e: &Enum, owner: &str) {
    let ty = &n.enum_type[&e.name];
    writeln!(
        o,
        "/// The `{}` {} of `{}`: the same definition as [`{owner}`](crate::{owner}), so one\n\
         /// type serves every family that has it.\npub use crate::{owner}::{ty};\n",
        e.name,
        if e.flags { "flags" } else { "enum" },
        f.name,
    )
    .unwrap();
}

/// `types.rs`; `reexports` maps enum names to the module that owns their type.
pub fn emit(f: &Family, n: &Names, reexports: &Reexports) -> String {
    let mut o = String::new();
    writeln!(
        o,
        "//! The enums, flags and fixed structs of `{}`.\n\n\
         #[allow(unused_imports)]\n\
         use super::tables;\n\
         #[allow(unused_imports)]\n\
         use crate::runtime::{{rd, wr}};\n\
         #[allow(unused_imports)]\n\
         use nlcodec::schema::StructDesc;\n\
         #[allow(unused_imports)]\n\
         use crate::{{fixed_struct, nl_enum, nl_flags}};\n",
        f.name
    )
    .unwrap();
    for e in &f.enums {
        match reexports.get(&e.name) {
            Some((owner, _)) => emit_reexport(&mut o, f, n, e, owner),
            None => emit_enum(&mut o, f, n, e),
        }
    }
    for s in &f.structs {
        emit_struct(&mut o, f, n, s);
    }
    o
}
