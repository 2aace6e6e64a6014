//! `builders.rs` of a family: one builder per attribute set over the codec's `Writer`.

use super::ints::cast;
use super::shape::{shape, Shape};
use crate::model::{Attr, Family, Set};
use crate::names::Names;
use crate::naming::method_name;
use crate::naming::{doc_lines, lit, snake};
use std::collections::BTreeSet;
use std::fmt::Write;

fn builder_of(view: &str) -> String {
    format!("{view}Builder")
}

/// The closure a nest's method takes: it gets the nest's builder and returns it (so a chain
/// of `?`-calls is the whole body), or the error.
fn fill(b: &str) -> String {
    format!("impl for<'x, 'y> FnOnce(&'x mut {b}<'y, B>) -> Result<&'x mut {b}<'y, B>, WriteError>")
}

/// The methods writing one attribute: `(name, args, body)` each.
fn setters(f: &Family, n: &Names, set: &Set, a: &Attr) -> Vec<(String, String, String)> {
    let k = &a.c_name;
    let m = method_name(&a.name);
    let one = |args: String, body: String| vec![(m.clone(), args, body)];
    match shape(f, n, set, a) {
        Shape::None => vec![],
        Shape::Flag => one(String::new(), format!("self.w.put_flag({k})")),
        Shape::Int { rust, be, enum_ty, .. } => {
            let (arg_ty, val) = match &enum_ty {
                Some((t, r, true)) => (t.clone(), cast("v.bits()", r, rust)),
                Some((t, r, false)) => (t.clone(), cast("v.value()", r, rust)),
                None => (rust.to_string(), "v".to_string()),
            };
            let conv = if be { "to_be_bytes" } else { "to_ne_bytes" };
            one(format!("v: {arg_ty}"), format!("self.w.put_attr({k}, &({val}).{conv}())"))
        }
        Shape::Var { signed, enum_ty } => {
            let rust = if signed { "i64" } else { "u64" };
            let (arg_ty, val) = match &enum_ty {
                Some((t, r, true)) => (t.clone(), cast("v.bits()", r, rust)),
                Some((t, r, false)) => (t.clone(), cast("v.value()", r, rust)),
                None => (rust.to_string(), "v".to_string()),
            };
            let bind = if val == "v" { String::new() } else { format!("let v = {val};\n        ") };
            let body = if signed {
                format!("{bind}        match i32::try_from(v) {{\n            Ok(small) => self.w.put_i32({k}, small),\n            Err(_) => self.w.put_i64({k}, v),\n        }}")
            } else {
                format!("{bind}        match u32::try_from(v) {{\n            Ok(small) => self.w.put_u32({k}, small),\n            Err(_) => self.w.put_u64({k}, v),\n        }}")
            };
            one(format!("v: {arg_ty}"), body)
        }
        Shape::Str => one("v: &str".into(), format!("self.w.put_str({k}, v)")),
        Shape::Bytes | Shape::Mac => one("v: &[u8]".into(), format!("self.w.put_attr({k}, v)")),
        Shape::Ipv4 => one("v: Ipv4Addr".into(), format!("self.w.put_attr({k}, &v.octets())")),
        Shape::Ipv6 => one("v: Ipv6Addr".into(), format!("self.w.put_attr({k}, &v.octets())")),
        Shape::Ip => one(
            "v: IpAddr".into(),
            format!("match v {{\n            IpAddr::V4(v) => self.w.put_attr({k}, &v.octets()),\n            IpAddr::V6(v) => self.w.put_attr({k}, &v.octets()),\n        }}"),
        ),
        Shape::Bitfield32 => one("v: Bitfield32".into(), format!("self.w.put_attr({k}, &v.to_bytes())")),
        Shape::Fixed(t) => one(
            format!("v: &{t}"),
            format!("self.w.put_attr_with({k}, {t}::LEN, |b| v.write_to(b))"),
        ),
        Shape::Nest { view, header: None, .. } => {
            let b = builder_of(&view);
            one(
                format!("f: {}", fill(&b)),
                format!("self.w.put_nested({k}, |w| f(&mut Builder::new(w)).map(drop))"),
            )
        }
        Shape::Nest { view, header: Some(h), .. } => {
            let b = builder_of(&view);
            one(
                format!("header: &{h}, f: {}", fill(&b)),
                format!("put_nest_with_header(self.w, {k}, header, |w| f(&mut Builder::new(w)).map(drop))"),
            )
        }
        Shape::RawNest | Shape::Entries { .. } | Shape::Entries2 { .. } | Shape::Records { .. } => one(
            "f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>".into(),
            format!("self.w.put_nested({k}, f)"),
        ),
        Shape::SubMessage { name, selector, .. } => {
            let Some(msg) = f.sub_messages.iter().find(|x| x.name == name) else {
                return vec![];
            };
            let mut out = vec![];
            let mut seen = BTreeSet::new();
            for v in &msg.formats {
                let Some(view) = v.set.as_deref().and_then(|s| super::shape::view_of(f, n, s)) else {
                    continue;
                };
                let fname = format!("{m}_{}", snake(&super::shape::format_label(f, &name, &v.value)));
                if !seen.insert(fname.clone()) {
                    continue;
                }
                let b = builder_of(&view);
                let sel = match &selector {
                    Some((s, t)) if t == "string" => {
                        format!("self.w.put_str({s}, {})?;\n        ", lit(&v.value))
                    }
                    Some((s, t)) => match v.value.parse::<u64>() {
                        Ok(x) => format!("self.w.put_{t}({s}, {x})?;\n        "),
                        Err(_) => continue,
                    },
                    None => String::new(),
                };
                let header = v.header.as_ref().and_then(|h| n.struct_type.get(h));
                let (args, body) = match header {
                    Some(h) => (
                        format!("header: &{h}, f: {}", fill(&b)),
                        format!("{sel}put_nest_with_header(self.w, {k}, header, |w| f(&mut Builder::new(w)).map(drop))"),
                    ),
                    None => (
                        format!("f: {}", fill(&b)),
                        format!("{sel}self.w.put_nested({k}, |w| f(&mut Builder::new(w)).map(drop))"),
                    ),
                };
                out.push((fname, args, body));
            }
            out.push((
                format!("{m}_raw"),
                "f: impl FnOnce(&mut Writer<B>) -> Result<(), WriteError>".into(),
                format!("self.w.put_nested({k}, f)"),
            ));
            out
        }
    }
}

fn emit_builder(o: &mut String, f: &Family, n: &Names, set: &Set) {
    let view = &n.set_type[&set.name];
    let b = builder_of(view);
    writeln!(
        o,
        "/// Writes `{}` attributes into the open message or nest of a [`Writer`]. Each method\n\
         /// writes one attribute (call it again for a repeated one) and returns the builder;\n\
         /// nests take a closure that gets the nest's builder and returns it, and are closed\n\
         /// when it returns.",
        set.name
    )
    .unwrap();
    writeln!(o, "pub type {b}<'w, B> = Builder<'w, sets::{view}, B>;\n").unwrap();
    writeln!(o, "impl<B: Buffer> {b}<'_, B> {{").unwrap();
    let mut seen = BTreeSet::new();
    for a in &set.attrs {
        for (m, args, body) in setters(f, n, set, a) {
            if !seen.insert(m.clone()) {
                continue;
            }
            let mut d = format!("Writes `{}`", a.c_name);
            if let Some(doc) = &a.doc {
                d.push_str(": ");
                d.push_str(doc.trim());
            } else {
                d.push('.');
            }
            o.push_str(&doc_lines(Some(&d), "    "));
            let sep = if args.is_empty() { "" } else { ", " };
            writeln!(
                o,
                "    pub fn {m}(&mut self{sep}{args}) -> Result<&mut Self, WriteError> {{\n        {body}?;\n        Ok(self)\n    }}\n"
            )
            .unwrap();
        }
    }
    o.push_str("}\n\n");
}

pub fn emit(f: &Family, n: &Names) -> String {
    let mut o = String::new();
    writeln!(
        o,
        "//! Typed builders of `{}`: one per attribute set, over the codec's [`Writer`] (so they\n\
         //! write into a caller's `&mut [u8]` as well as a `Vec`).\n\n\
         #![allow(unused_imports)]\n\n\
         use super::consts::*;\n\
         use super::types::*;\n\
         use crate::runtime::{{put_nest_with_header, Bitfield32, Builder}};\n\
         use core::net::{{IpAddr, Ipv4Addr, Ipv6Addr}};\n\
         use nlcodec::{{Buffer, WriteError, Writer}};\n",
        f.name
    )
    .unwrap();
    writeln!(
        o,
        "/// Markers of the attribute sets, one per set: the `S` of [`Builder`] (and of the\n\
         /// operations' `Attrs`).\npub mod sets {{"
    )
    .unwrap();
    for set in &f.sets {
        let view = &n.set_type[&set.name];
        writeln!(
            o,
            "    /// The `{}` attribute set.\n    pub enum {view} {{}}",
            set.name
        )
        .unwrap();
    }
    o.push_str("}\n\n");
    for set in &f.sets {
        emit_builder(&mut o, f, n, set);
    }
    o
}
