//! Writes `$OUT_DIR/family_views.rs` for the `families` target: a visitor for every typed
//! view and sub-message enum that `nlcodec-gen` wrote into `../families/src/<family>/views.rs`,
//! calling every getter (nested views recursively, multi-attr iterators, indexed arrays and
//! record lists to their end), and a table from each view's `AttrSet` to a function that
//! parses a block through that view.
//!
//! The views are generated per set with no common "parse any set" entry point, so this reads
//! the generated source (rustfmt-formatted, one item per line) the way the generator writes
//! it. A getter whose return type it does not recognise is still called; its value goes
//! through `Debug`. The right home for this table is the generator itself (see README.md).

use std::fmt::Write as _;
use std::path::Path;

struct Getter {
    name: String,
    ret: String,
    /// The attribute type constant the getter reads.
    kind: Option<String>,
}

struct Variant {
    name: String,
    fields: usize,
}

#[derive(Default)]
struct Module {
    name: String,
    views: Vec<String>,
    getters: Vec<(String, Vec<Getter>)>,
    enums: Vec<(String, Vec<Variant>)>,
}

fn main() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../families/src");
    println!("cargo:rerun-if-changed={}", src.display());
    let mut modules = Vec::new();
    let mut dirs: Vec<_> = std::fs::read_dir(&src)
        .expect("families/src")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("views.rs").is_file())
        .collect();
    dirs.sort();
    for dir in dirs {
        let views = dir.join("views.rs");
        println!("cargo:rerun-if-changed={}", views.display());
        let text = std::fs::read_to_string(&views).expect("read views.rs");
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        modules.push(scan(name, &text));
    }
    let out = emit(&modules);
    let path = Path::new(&std::env::var("OUT_DIR").unwrap()).join("family_views.rs");
    std::fs::write(path, out).expect("write family_views.rs");
}

/// The identifier at the start of `s`.
fn ident(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(s.len());
    &s[..end]
}

fn scan(name: String, text: &str) -> Module {
    let lines: Vec<&str> = text.lines().collect();
    let mut m = Module {
        name,
        ..Module::default()
    };
    let mut i = 0;
    while i < lines.len() {
        let l = lines[i];
        if let Some(rest) = l.strip_prefix("impl<'a> AttrView<'a> for ") {
            m.views.push(ident(rest).to_string());
        } else if let Some(rest) = l.strip_prefix("pub enum ") {
            let ty = ident(rest).to_string();
            let mut variants = Vec::new();
            i += 1;
            while i < lines.len() && lines[i] != "}" {
                let v = lines[i].trim();
                if !v.starts_with("///") && v.ends_with("),") {
                    if let Some(open) = v.find('(') {
                        let inner = &v[open + 1..v.len() - 2];
                        variants.push(Variant {
                            name: v[..open].to_string(),
                            fields: split_top(inner).len(),
                        });
                    }
                }
                i += 1;
            }
            m.enums.push((ty, variants));
        } else if let Some(rest) = l.strip_prefix("impl<'a> ") {
            // An inherent impl: `impl<'a> LinkAttrs<'a> {`.
            let ty = ident(rest).to_string();
            if !rest.contains(" for ") && l.ends_with('{') {
                let mut getters = Vec::new();
                i += 1;
                while i < lines.len() && lines[i] != "}" {
                    if lines[i].starts_with("    pub fn ") {
                        // The signature runs to the line ending in `{`, the body to `    }`.
                        let mut sig = String::new();
                        while i < lines.len() {
                            sig.push_str(lines[i].trim());
                            sig.push(' ');
                            if lines[i].ends_with('{') {
                                break;
                            }
                            i += 1;
                        }
                        let mut body = String::new();
                        i += 1;
                        while i < lines.len() && lines[i] != "    }" {
                            body.push_str(lines[i].trim());
                            i += 1;
                        }
                        if let Some(g) = getter(&sig, &body) {
                            getters.push(g);
                        }
                    }
                    i += 1;
                }
                m.getters.push((ty, getters));
            }
        }
        i += 1;
    }
    m
}

/// A `pub fn name(&self) -> Ret {` signature (rustfmt may have wrapped it), with the
/// attribute constant its body reads.
fn getter(sig: &str, body: &str) -> Option<Getter> {
    let rest = sig.strip_prefix("pub fn ")?;
    let name = ident(rest).to_string();
    let args_start = rest.find('(')?;
    let args_end = rest.find(')')?;
    let args: String = rest[args_start + 1..args_end]
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    if args != "&self" && args != "&self," {
        return None;
    }
    if name == "table" {
        return None;
    }
    let after = rest[args_end + 1..].trim();
    let ret = after.strip_prefix("->")?.trim().strip_suffix('{')?.trim();
    let ret = ret.split_whitespace().collect::<Vec<_>>().join(" ");
    Some(Getter {
        name,
        ret,
        kind: kind_const(body),
    })
}

/// The attribute constant a getter reads: the one passed to `.get(`, else the first
/// all-caps identifier right after a `(`.
fn kind_const(body: &str) -> Option<String> {
    let is_const = |s: &str| {
        s.len() > 1
            && s.starts_with(|c: char| c.is_ascii_uppercase())
            && s.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
    };
    if let Some(p) = body.find(".get(") {
        let id = ident(body[p + 5..].trim_start());
        if is_const(id) {
            return Some(id.to_string());
        }
    }
    for (p, _) in body.match_indices('(') {
        let id = ident(body[p + 1..].trim_start());
        if is_const(id) {
            return Some(id.to_string());
        }
    }
    None
}

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

/// Code that consumes the value `var` of type `ty` completely.
fn consume(ty: &str, var: &str, n: usize, out: &mut String) {
    let x = format!("x{n}");
    if let Some(inner) = generic(ty, "Option") {
        let _ = write!(out, "if let Some({x}) = {var} {{ ");
        consume(inner, &x, n + 1, out);
        out.push_str("} ");
    } else if let Some(args) = generic(ty, "Result") {
        let args = split_top(args);
        let _ = write!(out, "match {var} {{ Ok({x}) => {{ ");
        consume(&args[0], &x, n + 1, out);
        let _ = write!(out, "}} Err(e) => cx.err(&e), }} ");
    } else if let Some(item) = ty
        .strip_prefix("impl Iterator<Item = ")
        .and_then(|t| t.strip_suffix("> + 'a"))
    {
        let _ = write!(out, "for {x} in {var} {{ ");
        consume(item, &x, n + 1, out);
        out.push_str("} ");
    } else if generic(ty, "NestedEntries").is_some() {
        // Two levels: (outer index, the entries under it).
        let _ = write!(
            out,
            "for {x} in {var} {{ match {x} {{ Ok((_, inner)) => {{ for e in inner {{ match e {{ Ok((_, v)) => {{ touch!(cx, v); }} Err(e) => cx.err(&e), }} }} }} Err(e) => cx.err(&e), }} }} "
        );
    } else if let Some(args) = generic(ty, "Entries") {
        let args = split_top(args);
        let _ = write!(
            out,
            "for {x} in {var} {{ match {x} {{ Ok((_, v)) => {{ touch!(cx, v); }} Err(e) => cx.err(&e), }} }} "
        );
        let _ = args;
    } else if let Some(args) = generic(ty, "Records") {
        let _ = args;
        let _ = write!(
            out,
            "for {x} in {var} {{ match {x} {{ Ok((h, v)) => {{ touch!(cx, h); touch!(cx, v); }} Err(e) => cx.err(&e), }} }} "
        );
    } else if ty.starts_with('(') {
        let parts = split_top(&ty[1..ty.len() - 1]);
        let names: Vec<String> = (0..parts.len()).map(|k| format!("{x}_{k}")).collect();
        let _ = write!(out, "let ({}) = {var}; ", names.join(", "));
        for (p, nm) in parts.iter().zip(&names) {
            consume(p, nm, n + 1, out);
        }
    } else {
        let _ = write!(out, "touch!(cx, {var}); ");
    }
}

fn emit(modules: &[Module]) -> String {
    let mut o = String::new();
    o.push_str("// Generated by fuzz/build.rs from families/src/*/views.rs.\n");
    let mut n_views = 0;
    let mut n_getters = 0;
    for m in modules {
        let fam = format!("nlcodec_families::{}", m.name);
        for (ty, getters) in &m.getters {
            let is_view = m.views.contains(ty);
            if !is_view {
                continue;
            }
            n_views += 1;
            let _ = writeln!(
                o,
                "impl Visit for {fam}::{ty}<'_> {{\n    fn visit(&self, cx: &Cx) {{\n        let Some(cx) = cx.deeper() else {{ return }};\n        let cx = &cx;\n        let t = self.table();\n        check_table(t, <{fam}::{ty}<'_> as AttrView<'_>>::SET, cx);"
            );
            for g in getters {
                n_getters += 1;
                let _ = write!(o, "        {{ let r = self.{}(); ", g.name);
                if let Some(k) = &g.kind {
                    let kp = format!("{fam}::consts::{k}");
                    let ret = g.ret.as_str();
                    let shape = if ret == "bool" {
                        "Shape::Flag(r)".to_string()
                    } else if ret.starts_with("Option<") {
                        "Shape::Option(r.is_some())".to_string()
                    } else if ret.starts_with("Result<Option<") {
                        "Shape::Nest(r.as_ref().map(Option::is_some).ok())".to_string()
                    } else if ret.starts_with("impl Iterator<") {
                        format!("Shape::Multi(self.{}().count())", g.name)
                    } else {
                        "Shape::Other".to_string()
                    };
                    let _ = write!(o, "cx.getter(t, {kp}, \"{ty}::{}\", {shape}); ", g.name);
                }
                consume(&g.ret, "r", 0, &mut o);
                o.push_str("}\n");
            }
            o.push_str("    }\n}\n");
        }
        for (ty, variants) in &m.enums {
            let _ = writeln!(
                o,
                "impl Visit for {fam}::{ty}<'_> {{\n    fn visit(&self, cx: &Cx) {{\n        #[allow(unreachable_patterns)]\n        match self {{"
            );
            for v in variants {
                let names: Vec<String> = (0..v.fields).map(|k| format!("f{k}")).collect();
                let _ = write!(
                    o,
                    "            {fam}::{ty}::{}({}) => {{ ",
                    v.name,
                    names.join(", ")
                );
                for nm in &names {
                    let _ = write!(o, "touch!(cx, *{nm}); ");
                }
                o.push_str("}\n");
            }
            o.push_str("            _ => {}\n        }\n    }\n}\n");
        }
    }
    // Set -> parse-and-visit.
    o.push_str("/// Every typed view: its set, its name, and a function that parses a block through it and visits the result.\npub static VIEWS: &[ViewEntry] = &[\n");
    for m in modules {
        let fam = format!("nlcodec_families::{}", m.name);
        for v in &m.views {
            let _ = writeln!(
                o,
                "    ViewEntry {{ set: <{fam}::{v}<'static> as AttrView<'static>>::SET, name: \"{}::{v}\", run: |a, cx| {{ let r = <{fam}::{v}<'_> as AttrView<'_>>::parse(a); if let Ok(v) = &r {{ v.visit(cx); }} r.map(drop) }} }},",
                m.name
            );
        }
    }
    o.push_str("];\n");
    let _ = writeln!(
        o,
        "/// How many views and getters the visitors cover.\npub const COVERED: (usize, usize) = ({n_views}, {n_getters});"
    );
    o
}
