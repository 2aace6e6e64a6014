//! `views.rs` of a family: one typed view per attribute set, and one enum per sub-message.

use super::ints::cast;
use super::shape::{reader_type, shape, view_of, Shape};
use crate::model::{Attr, Family, Set};
use crate::names::Names;
use crate::naming::{camel, doc_lines, lit, method_name};
use std::collections::BTreeSet;
use std::fmt::Write;

fn attr_doc(a: &Attr) -> String {
    let mut d = format!("`{}`", a.c_name);
    if let Some(doc) = &a.doc {
        d.push_str(": ");
        d.push_str(doc.trim());
    }
    d
}

fn enum_conv(rust: &str, e: &Option<(String, &'static str, bool)>) -> (String, String) {
    match e {
        Some((t, r, true)) if rust == *r => (t.clone(), format!(".map({t})")),
        Some((t, r, false)) if rust == *r => (t.clone(), format!(".map({t}::from_value)")),
        Some((t, r, true)) => (t.clone(), format!(".map(|v| {t}(v as {r}))")),
        Some((t, r, false)) => (t.clone(), format!(".map(|v| {t}::from_value(v as {r}))")),
        None => (rust.to_string(), String::new()),
    }
}

/// The getter of one attribute: its signature and body, or `None` when it has none.
pub(crate) fn getter(f: &Family, n: &Names, set: &Set, a: &Attr) -> Option<(String, String)> {
    let k = &a.c_name;
    let multi = a.multi;
    let s = shape(f, n, set, a);
    if multi {
        return Some(match s {
            Shape::None => return None,
            Shape::Nest {
                view, header: None, ..
            } => (
                format!("impl Iterator<Item = Result<{view}<'a>, Error>> + 'a"),
                format!("self.0.all({k}).map(|a| {view}::parse(a.nested()))"),
            ),
            Shape::Str => (
                "impl Iterator<Item = &'a str> + 'a".into(),
                format!("self.0.all({k}).filter_map(|a| a.as_unterminated_str().ok())"),
            ),
            _ => (
                "impl Iterator<Item = Attr<'a>> + 'a".into(),
                format!("self.0.all({k})"),
            ),
        });
    }
    Some(match s {
        Shape::None => return None,
        Shape::Flag => ("bool".into(), format!("self.0.flag({k})")),
        Shape::Int {
            reader,
            rust,
            enum_ty,
            ..
        } => {
            let (t, conv) = enum_conv(rust, &enum_ty);
            (
                format!("Option<{t}>"),
                format!("self.0.{reader}({k}){conv}"),
            )
        }
        Shape::Var { signed, enum_ty } => {
            let (rust, reader) = if signed {
                ("i64", "sint")
            } else {
                ("u64", "uint")
            };
            let (t, conv) = enum_conv(rust, &enum_ty);
            (
                format!("Option<{t}>"),
                format!("self.0.{reader}({k}){conv}"),
            )
        }
        Shape::Str => ("Option<&'a str>".into(), format!("self.0.str({k})")),
        Shape::Bytes => ("Option<&'a [u8]>".into(), format!("self.0.bytes({k})")),
        Shape::Mac => ("Option<HwAddr<'a>>".into(), format!("self.0.mac({k})")),
        Shape::Ipv4 => ("Option<Ipv4Addr>".into(), format!("self.0.ipv4({k})")),
        Shape::Ipv6 => ("Option<Ipv6Addr>".into(), format!("self.0.ipv6({k})")),
        Shape::Ip => ("Option<IpAddr>".into(), format!("self.0.ip({k})")),
        Shape::Bitfield32 => (
            "Option<Bitfield32>".into(),
            format!("self.0.bitfield32({k})"),
        ),
        Shape::Fixed(t) => (
            format!("Option<{t}>"),
            format!("self.0.fixed({k}, {t}::from_bytes)"),
        ),
        Shape::Nest {
            view, header: None, ..
        } => (
            format!("Result<Option<{view}<'a>>, Error>"),
            format!("self.0.nest({k})"),
        ),
        Shape::Nest {
            view,
            header: Some(h),
            ..
        } => (
            format!("Result<Option<({h}, {view}<'a>)>, Error>"),
            format!("self.0.nest_with_header({k})"),
        ),
        Shape::RawNest => ("Option<Attr<'a>>".into(), format!("self.0.get({k})")),
        Shape::Entries { view } => (
            format!("Option<Entries<'a, {view}<'a>>>"),
            format!("self.0.entries({k})"),
        ),
        Shape::Entries2 { view } => (
            format!("Option<NestedEntries<'a, {view}<'a>>>"),
            format!("self.0.entries2({k})"),
        ),
        Shape::SubMessage {
            msg,
            selector: Some((sel, _)),
            ..
        } => (
            format!("Result<Option<{msg}<'a>>, Error>"),
            format!("{msg}::parse(self.0.get({k}), self.0.get({sel}))"),
        ),
        Shape::SubMessage { .. } => ("Option<Attr<'a>>".into(), format!("self.0.get({k})")),
        Shape::Records { header, view, .. } => (
            format!("Option<Records<'a, {header}, {view}<'a>>>"),
            format!("self.0.records({k})"),
        ),
    })
}

/// The `write_to` arm of one attribute: writes `a` (the attribute at hand) back through
/// the typed builder `b` of the set, or as it came.
fn roundtrip_arm(f: &Family, n: &Names, set: &Set, a: &Attr, b: &str) -> String {
    let m = method_name(&a.name);
    let conv = |reader: &str, e: &Option<(String, &'static str, bool)>| match e {
        Some((t, r, true)) => format!(
            "{t}({})",
            cast(&format!("value::{reader}(&a)"), reader_type(reader), r)
        ),
        Some((t, r, false)) => format!(
            "{t}::from_value({})",
            cast(&format!("value::{reader}(&a)"), reader_type(reader), r)
        ),
        None => format!("value::{reader}(&a)"),
    };
    let call = |arg: String| {
        format!(
            "{{
    {b}::new(w).{m}({arg})?;
}}"
        )
    };
    match shape(f, n, set, a) {
        Shape::None | Shape::RawNest => "raw(w, &a)?".into(),
        // A flag sent with a value (a u8 0/1, as some replies do) is kept as it came.
        Shape::Flag => format!(
            "if a.value().is_empty() {{
    {b}::new(w).{m}()?;
}} else {{
    raw(w, &a)?;
}}"
        ),
        Shape::Int {
            reader, enum_ty, ..
        } => call(conv(&reader, &enum_ty)),
        Shape::Var { signed, enum_ty } => {
            call(conv(if signed { "sint" } else { "uint" }, &enum_ty))
        }
        Shape::Str => call("value::str(&a)".into()),
        Shape::Bytes | Shape::Mac => call("a.value()".into()),
        Shape::Ipv4 => call("value::ipv4(&a)".into()),
        Shape::Ipv6 => call("value::ipv6(&a)".into()),
        Shape::Ip => format!(
            "match value::ip(&a) {{
    Some(ip) => {{
        {b}::new(w).{m}(ip)?;
    }}
    None => raw(w, &a)?,
}}"
        ),
        Shape::Bitfield32 => call("Bitfield32::from_bytes(a.value())".into()),
        Shape::Fixed(t) => format!(
            "if a.value().len() == {t}::LEN {{
    {b}::new(w).{m}(&{t}::from_bytes(a.value()))?;
}} else {{
    raw(w, &a)?;
}}"
        ),
        Shape::Nest {
            view, header: None, ..
        } => {
            format!("nest_like(w, &a, |w| {view}::parse(a.nested())?.write_to(w))?")
        }
        Shape::Nest {
            view,
            header: Some(h),
            ..
        } => format!(
            "{{
    let (h, v) = split_header::<{h}, {view}<'_>>(&a)?;
    nest_like_with_header(w, &a, &h, |w| v.write_to(w))?;
}}"
        ),
        Shape::Entries { view } => format!(
            "nest_like(w, &a, |w| {{
    for e in a.nested() {{
        let e = e?;
        nest_like(w, &e, |w| {view}::parse(e.nested())?.write_to(w))?;
    }}
    Ok(())
}})?"
        ),
        Shape::Entries2 { view } => format!(
            "nest_like(w, &a, |w| {{
    for e in a.nested() {{
        let e = e?;
        nest_like(w, &e, |w| {{
            for e2 in e.nested() {{
                let e2 = e2?;
                nest_like(w, &e2, |w| {view}::parse(e2.nested())?.write_to(w))?;
            }}
            Ok(())
        }})?;
    }}
    Ok(())
}})?"
        ),
        Shape::SubMessage {
            msg,
            selector: Some((sel, _)),
            ..
        } => format!(
            "match {msg}::parse(Some(a), self.0.get({sel}))? {{
    Some(m) => m.write_to(w, &a)?,
    None => raw(w, &a)?,
}}"
        ),
        Shape::SubMessage { .. } => "raw(w, &a)?".into(),
        Shape::Records { header, view, .. } => format!(
            "nest_like(w, &a, |w| {{
    for r in Records::<{header}, {view}<'_>>::new(&a) {{
        let (h, v) = r?;
        record_like(w, &h, |w| v.write_to(w))?;
    }}
    Ok(())
}})?"
        ),
    }
}

fn emit_view(o: &mut String, f: &Family, n: &Names, set: &Set) {
    let ty = &n.set_type[&set.name];
    let st = &n.set_static[&set.name];
    let size = set
        .attrs
        .iter()
        .map(|a| a.value as usize + 1)
        .max()
        .unwrap_or(1);
    let doc = set.doc.clone().unwrap_or_else(|| {
        format!(
            "The `{}` attributes of `{}`, indexed in one pass.",
            set.name, f.name
        )
    });
    writeln!(
        o,
        "/// What [`{ty}`] checks of each attribute, from the descriptors.\nstatic {st}_CHECKS: [Check; {size}] = Check::table(&tables::{st});\n"
    )
    .unwrap();
    o.push_str(&doc_lines(Some(&doc), ""));
    o.push_str("#[derive(Debug, Clone)]\n");
    writeln!(o, "pub struct {ty}<'a>(Table<'a, {size}>);\n").unwrap();
    writeln!(
        o,
        "impl<'a> AttrView<'a> for {ty}<'a> {{\n    const SET: &'static AttrSet = &tables::{st};\n\n    \
         #[inline(always)]\n    fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {{\n        Table::parse_with(Self::SET, &{st}_CHECKS, attrs).map(Self)\n    }}\n\n    \
         #[inline(always)]\n    fn empty() -> Self {{\n        Self(Table::empty(Self::SET))\n    }}\n\n    \
         #[inline(always)]\n    fn fill(&mut self, attrs: Attrs<'a>) -> Result<(), Error> {{\n        self.0.fill_with(&{st}_CHECKS, attrs)\n    }}\n}}\n"
    )
    .unwrap();
    writeln!(o, "impl<'a> {ty}<'a> {{").unwrap();
    writeln!(
        o,
        "    /// Indexes and checks a block of `{}` attributes.\n    #[inline]\n    pub fn parse(attrs: Attrs<'a>) -> Result<Self, Error> {{\n        <Self as AttrView<'a>>::parse(attrs)\n    }}\n",
        set.name
    )
    .unwrap();
    o.push_str("    /// The table under the view: every attribute by type, the ones the spec does not\n    /// know included.\n");
    writeln!(
        o,
        "    pub fn table(&self) -> &Table<'a, {size}> {{\n        &self.0\n    }}\n"
    )
    .unwrap();
    let mut seen = BTreeSet::new();
    for a in &set.attrs {
        let Some((ret, body)) = getter(f, n, set, a) else {
            continue;
        };
        let m = method_name(&a.name);
        if !seen.insert(m.clone()) {
            continue;
        }
        o.push_str(&doc_lines(Some(&attr_doc(a)), "    "));
        o.push_str("    #[inline]\n");
        writeln!(
            o,
            "    pub fn {m}(&self) -> {ret} {{\n        {body}\n    }}\n"
        )
        .unwrap();
    }
    let b = format!("{ty}Builder");
    o.push_str("    /// Writes the attributes back in the order they came: the ones the spec knows\n    /// through the typed builder, the others as they were.\n");
    o.push_str("    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>) -> Result<(), RoundtripError> {\n");
    let mut arms = String::new();
    let mut done = BTreeSet::new();
    for a in &set.attrs {
        if !done.insert(a.value) {
            continue;
        }
        // Values the builder writes without flag bits go back raw when they came with some
        // (the kernel sends some binary attributes as empty NLA_F_NESTED nests).
        let nest = matches!(
            shape(f, n, set, a),
            Shape::Nest { .. }
                | Shape::Entries { .. }
                | Shape::Entries2 { .. }
                | Shape::SubMessage { .. }
                | Shape::Records { .. }
        );
        let guard = if nest {
            String::new()
        } else {
            format!(" if a.raw_kind() == {}", a.c_name)
        };
        let arm = roundtrip_arm(f, n, set, a, &b);
        writeln!(arms, "{}{guard} => {arm},", a.c_name).unwrap();
    }
    if arms.is_empty() {
        o.push_str("        for a in self.0.iter() {\n            raw(w, &a)?;\n        }\n");
    } else {
        o.push_str("        for a in self.0.iter() {\n            match a.kind() {\n");
        o.push_str(&arms);
        o.push_str("                _ => raw(w, &a)?,\n            }\n        }\n");
    }
    o.push_str("        Ok(())\n    }\n");
    o.push_str("}\n\n");
}

fn emit_sub_message(o: &mut String, f: &Family, n: &Names, m: &crate::model::SubMsg) {
    let ty = &n.msg_type[&m.name];
    writeln!(
        o,
        "/// The `{}` sub-message of `{}`, chosen by its selector wherever it sits in the block.",
        m.name, f.name
    )
    .unwrap();
    o.push_str("#[derive(Debug, Clone)]\n");
    // Views are tables held by value (no allocation): formats differ in size.
    o.push_str("#[allow(clippy::large_enum_variant)]\n");
    // Kernels and specs add formats (nftables expressions): a new one is not a break.
    o.push_str("#[non_exhaustive]\n");
    writeln!(o, "pub enum {ty}<'a> {{").unwrap();
    let mut variants = vec![];
    let mut seen = BTreeSet::new();
    for v in &m.formats {
        let name = camel(&super::shape::format_label(f, &m.name, &v.value));
        if !seen.insert(name.clone()) {
            continue;
        }
        let view = v.set.as_deref().and_then(|s| view_of(f, n, s));
        let header = v
            .header
            .as_ref()
            .and_then(|h| n.struct_type.get(h))
            .cloned();
        let payload = match (&header, &view) {
            (Some(h), Some(v)) => format!("({h}, {v}<'a>)"),
            (None, Some(v)) => format!("({v}<'a>)"),
            (Some(h), None) => format!("({h})"),
            (None, None) => "(Attr<'a>)".into(),
        };
        writeln!(o, "    /// Selector `{}`.", v.value).unwrap();
        writeln!(o, "    {name}{payload},").unwrap();
        variants.push((v.value.clone(), name, header, view));
    }
    o.push_str("    /// A selector value the spec does not know: the nest, kept raw.\n");
    o.push_str("    Other {\n        /// The selector attribute, if the block has one.\n        selector: Option<Attr<'a>>,\n        /// The nest.\n        attr: Attr<'a>,\n    },\n}\n\n");
    writeln!(o, "impl<'a> {ty}<'a> {{").unwrap();
    o.push_str("    /// Parses the nest `attr` as the format `selector` names.\n");
    o.push_str("    pub fn parse(attr: Option<Attr<'a>>, selector: Option<Attr<'a>>) -> Result<Option<Self>, Error> {\n");
    o.push_str("        let Some(attr) = attr else { return Ok(None) };\n");
    writeln!(
        o,
        "        let format = selector.as_ref().and_then(|s| tables::{}.variant_for(s.value()));",
        n.msg_static[&m.name]
    )
    .unwrap();
    o.push_str("        Ok(Some(match format.map(|v| v.value) {\n");
    for (value, name, header, view) in &variants {
        let body = match (header, view) {
            (Some(h), Some(v)) => format!("{{\n                let (h, v) = split_header::<{h}, {v}<'a>>(&attr)?;\n                Self::{name}(h, v)\n            }}"),
            (None, Some(v)) => format!("Self::{name}({v}::parse(attr.nested())?)"),
            (Some(h), None) => format!("Self::{name}(<{h} as FamilyHeader>::parse(attr.value()).map_err(|e| e.shifted(attr.offset() + 4))?)"),
            (None, None) => format!("Self::{name}(attr)"),
        };
        writeln!(o, "            Some({}) => {body},", lit(value)).unwrap();
    }
    o.push_str("            _ => Self::Other { selector, attr },\n        }))\n    }\n\n");
    o.push_str("    /// Writes the format back as the nest `a` it came in.\n");
    o.push_str("    pub fn write_to<B: Buffer>(&self, w: &mut Writer<B>, a: &Attr<'_>) -> Result<(), RoundtripError> {\n        match self {\n");
    for (_, name, header, view) in &variants {
        let arm = match (header, view) {
            (Some(_), Some(_)) => {
                format!("Self::{name}(h, v) => nest_like_with_header(w, a, h, |w| v.write_to(w)),")
            }
            (None, Some(_)) => format!("Self::{name}(v) => nest_like(w, a, |w| v.write_to(w)),"),
            _ => format!("Self::{name}(..) => raw(w, a),"),
        };
        writeln!(o, "            {arm}").unwrap();
    }
    o.push_str("            Self::Other { .. } => raw(w, a),\n        }\n    }\n}\n\n");
}

pub fn emit(f: &Family, n: &Names) -> String {
    let mut o = String::new();
    writeln!(
        o,
        "//! Typed views of `{}`: one per attribute set, parsed in one pass into a table, with\n\
         //! O(1) typed getters.\n\n\
         #![allow(unused_imports)]\n\n\
         use super::consts::*;\n\
         use super::tables;\n\
         use super::types::*;\n\
         use super::builders::*;\n\
         use crate::runtime::{{nest_like, nest_like_with_header, raw, record_like, split_header, value, AttrView, Bitfield32, Check, Entries, HwAddr, NestedEntries, Records, RoundtripError, SetRoundtrip, Table}};\n\
         use core::net::{{IpAddr, Ipv4Addr, Ipv6Addr}};\n\
         use nlcodec::family::FamilyHeader;\n\
         use nlcodec::schema::AttrSet;\n\
         use nlcodec::{{Attr, Attrs, Buffer, Error, Writer}};\n",
        f.name
    )
    .unwrap();
    for set in &f.sets {
        emit_view(&mut o, f, n, set);
    }
    for m in &f.sub_messages {
        emit_sub_message(&mut o, f, n, m);
    }
    let sets: Vec<&Set> = f.sets.iter().collect();
    writeln!(
        o,
        "/// Every attribute set of `{}` with its round trip: parse a block with the set's view,\n\
         /// write it back through the typed builders (for round-trip tests and fuzzing).",
        f.name
    )
    .unwrap();
    o.push_str("#[cfg(feature = \"roundtrip\")]\n");
    writeln!(
        o,
        "pub static ROUNDTRIP: [SetRoundtrip; {}] = [",
        sets.len()
    )
    .unwrap();
    for set in sets {
        writeln!(
            o,
            "    SetRoundtrip {{ set: &tables::{}, run: |attrs, w| {}::parse(attrs)?.write_to(w) }},",
            n.set_static[&set.name], n.set_type[&set.name]
        )
        .unwrap();
    }
    o.push_str("];\n");
    o
}
