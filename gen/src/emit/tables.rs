//! `tables.rs` of a family: the descriptor statics (enums, structs, attribute sets,
//! sub-messages) that the codec's dump, validation and named paths read.

use crate::model::{Attr, Family, Set};
use crate::names::Names;
use crate::naming::lit;
use crate::shared::Reexports;
use std::fmt::Write;

pub fn attr_type(ty: &str) -> &'static str {
    match ty {
        "u8" => "U8",
        "u16" => "U16",
        "u32" => "U32",
        "u64" => "U64",
        "s8" => "S8",
        "s16" => "S16",
        "s32" => "S32",
        "s64" => "S64",
        "uint" => "Uint",
        "sint" => "Sint",
        "string" => "String",
        "flag" => "Flag",
        "nest" => "Nest",
        "indexed-array" => "IndexedArray",
        "nest-type-value" => "NestTypeValue",
        "sub-message" => "SubMessage",
        "bitfield32" => "Bitfield32",
        "pad" => "Pad",
        "unused" => "Unused",
        "record-list" => "RecordList",
        _ => "Binary",
    }
}

pub fn display(hint: &str) -> Option<&'static str> {
    Some(match hint {
        "mac" => "Mac",
        "ipv4" => "Ipv4",
        "ipv6" => "Ipv6",
        "ipv4-or-v6" => "Ipv4OrV6",
        "hex" => "Hex",
        "uuid" => "Uuid",
        "string" => "String",
        _ => return None,
    })
}

/// The type number of the selector of a sub-message attribute: a sibling in the same set,
/// else an attribute of that name anywhere in the family.
pub fn selector_value(f: &Family, set: &Set, selector: &str) -> u16 {
    set.attrs
        .iter()
        .find(|a| a.name == selector)
        .or_else(|| {
            f.sets
                .iter()
                .flat_map(|s| s.attrs.iter())
                .find(|a| a.name == selector)
        })
        .map_or(0, |a| a.value)
}

fn attr_desc(f: &Family, n: &Names, a: &Attr) -> String {
    let mut s = format!(
        "AttrDesc::new({}, {}, {}, AttrType::{})",
        lit(&a.name),
        lit(&a.c_name),
        a.value,
        attr_type(&a.ty)
    );
    if let Some(st) = &a.sub_type {
        let t = attr_type(st);
        if t != "Binary" || st == "binary" {
            write!(s, ".sub_type(AttrType::{t})").unwrap();
        }
    }
    if let Some(nested) = a.nested.as_ref().and_then(|x| n.set_static.get(x)) {
        write!(s, ".nested(&{nested})").unwrap();
    }
    if let Some(m) = a.sub_message.as_ref().and_then(|x| n.msg_static.get(x)) {
        write!(s, ".sub_message(&{m})").unwrap();
    }
    if let Some(h) = a.header.as_ref().and_then(|x| n.struct_static.get(x)) {
        write!(s, ".header(&{h})").unwrap();
    }
    if let Some(e) = a.enum_ref.as_ref().and_then(|x| n.enum_static.get(x)) {
        write!(s, ".enumeration(&{e})").unwrap();
    }
    if let Some(e) = a.index_enum.as_ref().and_then(|x| n.enum_static.get(x)) {
        write!(s, ".index_names(&{e})").unwrap();
    }
    if let Some(d) = a.display.as_deref().and_then(display) {
        write!(s, ".display(Display::{d})").unwrap();
    }
    if a.be {
        s.push_str(".big_endian()");
    }
    if a.multi {
        s.push_str(".multi()");
    }
    let c = &a.checks;
    let small = |v: i128| (0..=u16::MAX as i128).contains(&v);
    if let Some(v) = c.min.filter(|v| i64::try_from(*v).is_ok()) {
        write!(s, ".min({v})").unwrap();
    }
    if let Some(v) = c.max.filter(|v| i64::try_from(*v).is_ok()) {
        write!(s, ".max({v})").unwrap();
    }
    if let Some(v) = c.min_len.filter(|v| small(*v)) {
        write!(s, ".min_len({v})").unwrap();
    }
    if let Some(v) = c.max_len.filter(|v| small(*v)) {
        write!(s, ".max_len({v})").unwrap();
    }
    if let Some(v) = c.exact_len.filter(|v| small(*v)) {
        write!(s, ".exact_len({v})").unwrap();
    }
    if c.unterminated_ok {
        s.push_str(".unterminated_ok()");
    }
    let _ = f;
    s
}

/// `tables.rs`; `reexports` maps enum names to the module and table of the family that owns
/// them (see `shared.rs`).
pub fn emit(f: &Family, n: &Names, reexports: &Reexports) -> String {
    let mut o = String::new();
    writeln!(
        o,
        "//! Descriptor tables of `{}`: every enum, struct, attribute set and sub-message of the\n\
         //! spec, as data for the codec's dump, validation and named paths.\n",
        f.name
    )
    .unwrap();
    o.push_str("#[allow(unused_imports)]\nuse nlcodec::schema::{AttrDesc, AttrSet, AttrType, Display, EnumDesc, EnumEntry, Member, StructDesc, SubMessage, SubVariant};\n\n");

    for e in &f.enums {
        let st = &n.enum_static[&e.name];
        if let Some((owner, table)) = reexports.get(&e.name) {
            let rename = if table == st {
                String::new()
            } else {
                format!(" as {st}")
            };
            writeln!(
                o,
                "/// The `{}` {}: the table of [`{owner}`](crate::{owner}), whose type this \
                 family shares.\npub use crate::{owner}::tables::{table}{rename};\n",
                e.name,
                if e.flags { "flags" } else { "enum" }
            )
            .unwrap();
            continue;
        }
        writeln!(
            o,
            "/// The `{}` {}.",
            e.name,
            if e.flags { "flags" } else { "enum" }
        )
        .unwrap();
        writeln!(
            o,
            "pub static {st}: EnumDesc = EnumDesc::new({}, {}, &[",
            lit(&e.name),
            e.flags
        )
        .unwrap();
        for x in &e.entries {
            writeln!(
                o,
                "    EnumEntry {{ name: {}, c_name: {}, value: {} }},",
                lit(&x.name),
                lit(&x.c_name),
                x.value
            )
            .unwrap();
        }
        o.push_str("]);\n\n");
    }

    for s in &f.structs {
        let st = &n.struct_static[&s.name];
        writeln!(
            o,
            "/// The layout of `struct {}`.",
            s.name.replace('-', "_")
        )
        .unwrap();
        writeln!(
            o,
            "pub static {st}: StructDesc = StructDesc::new({}, {}, {}, &[",
            lit(&s.name),
            lit(&format!("struct {}", s.name.replace('-', "_"))),
            s.len
        )
        .unwrap();
        for m in &s.members {
            let ty = if m.ty == "pad" {
                "Pad"
            } else {
                attr_type(&m.ty)
            };
            let mut line = format!(
                "    Member::new({}, {}, {}, AttrType::{ty})",
                lit(&m.name),
                m.offset,
                m.len
            );
            if m.be {
                line.push_str(".big_endian()");
            }
            if let Some(d) = m.display.as_deref().and_then(display) {
                write!(line, ".display(Display::{d})").unwrap();
            }
            if let Some(e) = m.enum_ref.as_ref().and_then(|x| n.enum_static.get(x)) {
                write!(line, ".enumeration(&{e})").unwrap();
            }
            writeln!(o, "{line},").unwrap();
        }
        o.push_str("]);\n\n");
    }

    for set in &f.sets {
        let st = &n.set_static[&set.name];
        writeln!(o, "/// The `{}` attribute set, indexed by type.", set.name).unwrap();
        writeln!(
            o,
            "pub static {st}: AttrSet = AttrSet::new({}, &[",
            lit(&set.name)
        )
        .unwrap();
        let mut next = 0u16;
        for a in &set.attrs {
            if a.value < next {
                continue; // a duplicate number: the first one stays
            }
            while next < a.value {
                o.push_str("    AttrDesc::UNKNOWN,\n");
                next += 1;
            }
            writeln!(o, "    {},", attr_desc(f, n, a)).unwrap();
            next += 1;
        }
        o.push_str("]);\n\n");
    }

    for m in &f.sub_messages {
        let st = &n.msg_static[&m.name];
        // The selector: taken from the first attribute that uses this sub-message.
        let selector = f
            .sets
            .iter()
            .find_map(|s| {
                s.attrs
                    .iter()
                    .find(|a| a.sub_message.as_deref() == Some(&m.name))
                    .map(|a| selector_value(f, s, a.selector.as_deref().unwrap_or("")))
            })
            .unwrap_or(0);
        writeln!(o, "/// The `{}` sub-message, by selector value.", m.name).unwrap();
        writeln!(
            o,
            "pub static {st}: SubMessage = SubMessage::new({}, {selector}, &[",
            lit(&m.name)
        )
        .unwrap();
        for v in &m.formats {
            let header = v
                .header
                .as_ref()
                .and_then(|h| n.struct_static.get(h))
                .map_or("None".into(), |h| format!("Some(&{h})"));
            let attrs = v
                .set
                .as_ref()
                .and_then(|h| n.set_static.get(h))
                .map_or("None".into(), |h| format!("Some(&{h})"));
            writeln!(
                o,
                "    SubVariant {{ value: {}, header: {header}, attrs: {attrs} }},",
                lit(&v.value)
            )
            .unwrap();
        }
        o.push_str("]);\n\n");
    }
    o
}
