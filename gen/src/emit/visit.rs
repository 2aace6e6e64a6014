//! `fuzz/src/family_views.rs`: for the fuzz target `families`, a visitor for every typed
//! view and sub-message enum of every family, calling every getter (nested views, multi-attr
//! iterators, indexed arrays and record lists to their end), and a table from each view's
//! attribute set to a function that parses a block through that view and visits it. Written
//! here, where the getters are decided, so the fuzz crate never reads generated source.

use super::shape::format_label;
use super::views::getter;
use crate::model::Family;
use crate::names::Names;
use crate::naming::{camel, method_name, snake};
use std::collections::BTreeSet;
use std::fmt::Write;

/// Splits `a, B<c, d>, (e, f)` at its top-level commas.
fn split_top(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut cur = String::new();
    for c in s.chars() {
        match c {
            '<' | '(' => depth += 1,
            '>' | ')' => depth -= 1,
            ',' if depth == 0 => {
                out.push(cur.trim().to_string());
                cur.clear();
                continue;
            }
            _ => {}
        }
        cur.push(c);
    }
    if !cur.trim().is_empty() {
        out.push(cur.trim().to_string());
    }
    out
}

/// The generic arguments of `Name<...>` when `ty` is exactly that.
fn generic<'t>(ty: &'t str, name: &str) -> Option<&'t str> {
    ty.strip_prefix(name)?.strip_prefix('<')?.strip_suffix('>')
}

/// Code that consumes the value `var` of type `ty` (a getter's return type) completely.
fn consume(ty: &str, var: &str, n: usize, out: &mut String) {
    let x = format!("x{n}");
    let entry = |out: &mut String, bind: &str, touch: &str| {
        write!(
            out,
            "for {x} in {var} {{ match {x} {{ Ok({bind}) => {{ {touch} }} Err(e) => cx.err(&e), }} }} "
        )
        .unwrap();
    };
    if let Some(inner) = generic(ty, "Option") {
        write!(out, "if let Some({x}) = {var} {{ ").unwrap();
        consume(inner, &x, n + 1, out);
        out.push_str("} ");
    } else if let Some(args) = generic(ty, "Result") {
        let args = split_top(args);
        write!(out, "match {var} {{ Ok({x}) => {{ ").unwrap();
        consume(&args[0], &x, n + 1, out);
        write!(out, "}} Err(e) => cx.err(&e), }} ").unwrap();
    } else if let Some(item) = ty
        .strip_prefix("impl Iterator<Item = ")
        .and_then(|t| t.strip_suffix("> + 'a"))
    {
        write!(out, "for {x} in {var} {{ ").unwrap();
        consume(item, &x, n + 1, out);
        out.push_str("} ");
    } else if generic(ty, "NestedEntries").is_some() {
        // Two levels: (outer index, the entries under it).
        entry(
            out,
            "(_, inner)",
            "for e in inner { match e { Ok((_, v)) => { touch!(cx, v); } Err(e) => cx.err(&e), } }",
        );
    } else if generic(ty, "Entries").is_some() {
        entry(out, "(_, v)", "touch!(cx, v);");
    } else if generic(ty, "Records").is_some() {
        entry(out, "(h, v)", "touch!(cx, h); touch!(cx, v);");
    } else if ty.starts_with('(') {
        let parts = split_top(&ty[1..ty.len() - 1]);
        let names: Vec<String> = (0..parts.len()).map(|k| format!("{x}_{k}")).collect();
        write!(out, "let ({}) = {var}; ", names.join(", ")).unwrap();
        for (p, nm) in parts.iter().zip(&names) {
            consume(p, nm, n + 1, out);
        }
    } else {
        write!(out, "touch!(cx, {var}); ").unwrap();
    }
}

/// What the fuzz checker records of a getter's answer, by its return type.
fn shape_of(ret: &str, name: &str) -> String {
    if ret == "bool" {
        "Shape::Flag(r)".into()
    } else if ret.starts_with("Option<") {
        "Shape::Option(r.is_some())".into()
    } else if ret.starts_with("Result<Option<") {
        "Shape::Nest(r.as_ref().map(Option::is_some).ok())".into()
    } else if ret.starts_with("impl Iterator<") {
        format!("Shape::Multi(self.{name}().count())")
    } else {
        "Shape::Other".into()
    }
}

/// The visitors of one family; returns (views, getters) covered.
fn emit_family(o: &mut String, f: &Family, n: &Names) -> (usize, usize) {
    let fam = format!("nlcodec_families::{}", snake(&f.name));
    let mut getters = 0;
    for set in &f.sets {
        let ty = &n.set_type[&set.name];
        writeln!(
            o,
            "impl Visit for {fam}::{ty}<'_> {{\n    fn visit(&self, cx: &Cx) {{\n        let Some(cx) = cx.deeper() else {{ return }};\n        let cx = &cx;\n        let t = self.table();\n        check_table(t, <{fam}::{ty}<'_> as AttrView<'_>>::SET, cx);"
        )
        .unwrap();
        let mut seen = BTreeSet::new();
        for a in &set.attrs {
            let Some((ret, _)) = getter(f, n, set, a) else {
                continue;
            };
            let m = method_name(&a.name);
            if !seen.insert(m.clone()) {
                continue;
            }
            getters += 1;
            let k = format!("{fam}::consts::{}", a.c_name);
            let shape = shape_of(&ret, &m);
            write!(
                o,
                "        {{ let r = self.{m}(); cx.getter(t, {k}, \"{ty}::{m}\", {shape}); "
            )
            .unwrap();
            consume(&ret, "r", 0, o);
            o.push_str("}\n");
        }
        o.push_str("    }\n}\n");
    }
    for m in &f.sub_messages {
        let ty = &n.msg_type[&m.name];
        writeln!(
            o,
            "impl Visit for {fam}::{ty}<'_> {{\n    fn visit(&self, cx: &Cx) {{\n        #[allow(unreachable_patterns)]\n        match self {{"
        )
        .unwrap();
        let mut seen = BTreeSet::new();
        for v in &m.formats {
            let name = camel(&format_label(f, &m.name, &v.value));
            if !seen.insert(name.clone()) {
                continue;
            }
            let has_view = v
                .set
                .as_deref()
                .and_then(|s| super::shape::view_of(f, n, s))
                .is_some();
            let has_header = v
                .header
                .as_ref()
                .and_then(|h| n.struct_type.get(h))
                .is_some();
            let fields = if has_view && has_header { 2 } else { 1 };
            let names: Vec<String> = (0..fields).map(|k| format!("f{k}")).collect();
            let touches: String = names
                .iter()
                .map(|nm| format!("touch!(cx, *{nm}); "))
                .collect();
            writeln!(
                o,
                "            {fam}::{ty}::{name}({}) => {{ {touches}}}",
                names.join(", ")
            )
            .unwrap();
        }
        o.push_str("            _ => {}\n        }\n    }\n}\n");
    }
    (f.sets.len(), getters)
}

pub fn emit(fams: &[Family], names: &[Names]) -> String {
    let mut o = String::from(
        "// Generated by nlcodec-gen (gen/src/emit/visit.rs) from the specs; do not edit.\n\
         // The fuzz target `families` includes it (src/families.rs).\n",
    );
    let (mut views, mut getters) = (0, 0);
    for (f, n) in fams.iter().zip(names) {
        let (v, g) = emit_family(&mut o, f, n);
        views += v;
        getters += g;
    }
    o.push_str("/// Every typed view: its set, its name, and a function that parses a block through it and visits the result.\npub static VIEWS: &[ViewEntry] = &[\n");
    for (f, n) in fams.iter().zip(names) {
        let module = snake(&f.name);
        let fam = format!("nlcodec_families::{module}");
        for set in &f.sets {
            let v = &n.set_type[&set.name];
            writeln!(
                o,
                "    ViewEntry {{ set: <{fam}::{v}<'static> as AttrView<'static>>::SET, name: \"{module}::{v}\", run: |a, cx| {{ let r = <{fam}::{v}<'_> as AttrView<'_>>::parse(a); if let Ok(v) = &r {{ v.visit(cx); }} r.map(drop) }} }},"
            )
            .unwrap();
        }
    }
    o.push_str("];\n");
    writeln!(
        o,
        "/// How many views and getters the visitors cover.\npub const COVERED: (usize, usize) = ({views}, {getters});"
    )
    .unwrap();
    o
}
