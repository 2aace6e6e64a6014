//! `mod.rs` of a family: the module docs, the family and operation descriptors, and the
//! typed message aliases.

use crate::model::{Family, Op};
use crate::names::Names;
use crate::naming::{camel, doc_lines, lit};
use std::collections::BTreeSet;
use std::fmt::Write;

fn attr_list(f: &Family, op: &Op, list: &Option<Vec<String>>) -> String {
    let Some(list) = list else {
        return "None".into();
    };
    let set = op.set.as_deref().and_then(|s| f.set(s));
    let consts: Vec<String> = list
        .iter()
        .filter_map(|name| {
            let set = set?;
            let base = set
                .subset_of
                .as_deref()
                .and_then(|p| f.set(p))
                .unwrap_or(set);
            base.attrs
                .iter()
                .find(|a| &a.name == name)
                .map(|a| a.c_name.clone())
        })
        .collect();
    format!("Some(&[{}])", consts.join(", "))
}

/// The message alias name for a (header, set) pair: `link-attrs` → `LinkMsg`.
fn msg_alias(set: &str) -> String {
    let base = set.strip_suffix("-attrs").unwrap_or(set);
    format!("{}Msg", camel(base))
}

pub fn emit(f: &Family, n: &Names) -> String {
    let mut o = String::new();
    let doc = f
        .doc
        .clone()
        .unwrap_or_else(|| format!("The `{}` family.", f.name));
    o.push_str(&doc_lines(Some(&doc), "//!").replace("//!///", "//!"));
    writeln!(
        o,
        "//!\n//! Generated from the kernel's `{}.yaml` YNL spec (and `specs/overrides/` where the\n\
         //! project corrects it) by `nlcodec-gen`; do not edit.\n",
        f.name
    )
    .unwrap();
    o.push_str(
        "pub mod builders;\npub mod consts;\npub mod ops;\npub mod tables;\npub mod types;\npub mod views;\n\n",
    );
    o.push_str("pub use builders::*;\npub use consts::*;\n");
    if !f.enums.is_empty() || !f.structs.is_empty() {
        o.push_str("pub use types::*;\n");
    }
    o.push_str("pub use views::*;\n\n");
    o.push_str("#[allow(unused_imports)]\nuse crate::runtime::{GenlMsg, RawMsg};\n");
    if f.mcast.is_empty() {
        o.push_str("use nlcodec::schema::{Addressing, Family, Op};\n");
    } else {
        o.push_str("use nlcodec::schema::{Addressing, Family, McastGroup, Op};\n");
    }
    if f.raw {
        o.push_str("use nlcodec::Protocol;\n");
    }
    o.push('\n');

    // Operations.
    writeln!(o, "/// The operations of `{}`.", f.name).unwrap();
    writeln!(o, "pub static OPS: [Op; {}] = [", f.ops.len()).unwrap();
    for op in &f.ops {
        let header = op
            .header
            .as_ref()
            .and_then(|h| n.struct_static.get(h))
            .map_or("None".into(), |h| format!("Some(&tables::{h})"));
        let attrs = op
            .set
            .as_ref()
            .and_then(|s| n.set_static.get(s))
            .map_or("None".into(), |s| format!("Some(&tables::{s})"));
        writeln!(
            o,
            "    Op {{\n        name: {},\n        c_name: {},\n        request: {},\n        reply: {},\n        header: {header},\n        attrs: {attrs},\n        do_request: {},\n        do_reply: {},\n        dump_request: {},\n        dump_reply: {},\n        notification: {},\n    }},",
            lit(&op.name),
            lit(&op.c_name),
            op.request,
            op.reply.map_or("None".into(), |r| format!("Some({r})")),
            attr_list(f, op, &op.do_request),
            attr_list(f, op, &op.do_reply),
            attr_list(f, op, &op.dump_request),
            attr_list(f, op, &op.dump_reply),
            op.notification,
        )
        .unwrap();
    }
    o.push_str("];\n\n");

    let addressing = if f.raw {
        let protocol = match f.protonum {
            0 => "Protocol::ROUTE".to_string(),
            12 => "Protocol::NETFILTER".to_string(),
            n => format!("Protocol({n})"),
        };
        format!("Addressing::Raw {{ protocol: {protocol} }}")
    } else {
        format!(
            "Addressing::Genl {{ name: {}, version: {} }}",
            lit(&f.name),
            f.version
        )
    };
    let groups: Vec<String> = f
        .mcast
        .iter()
        .map(|m| {
            format!(
                "McastGroup {{ name: {}, id: {} }}",
                lit(&m.name),
                m.id.map_or("None".into(), |v| format!("Some({v})"))
            )
        })
        .collect();
    let sets: Vec<String> = f
        .sets
        .iter()
        .map(|s| format!("&tables::{}", n.set_static[&s.name]))
        .collect();
    writeln!(
        o,
        "/// The `{}` family: addressing, operations, multicast groups and attribute sets.\n\
         pub static FAMILY: Family = Family {{\n    name: {},\n    addressing: {addressing},\n    ops: &OPS,\n    mcast_groups: &[{}],\n    attr_sets: &[{}],\n}};\n",
        f.name,
        lit(&f.name),
        groups.join(", "),
        sets.join(", ")
    )
    .unwrap();

    // Typed message aliases, one per (fixed header, attribute set) the operations use.
    let mut seen = BTreeSet::new();
    for op in &f.ops {
        let Some(set) = op.set.as_deref() else {
            continue;
        };
        let Some(view) = crate::emit::shape::view_of(f, n, set) else {
            continue;
        };
        let header = op.header.as_ref().and_then(|h| n.struct_type.get(h));
        let alias = msg_alias(set);
        if !seen.insert(alias.clone()) || n.set_type.values().any(|t| t == &alias) {
            continue;
        }
        match (f.raw, header) {
            (true, Some(h)) => writeln!(
                o,
                "/// A `{set}` message: `nlmsghdr`, `{h}`, then the attributes.\npub type {alias}<'a> = RawMsg<{h}, {view}<'a>>;\n"
            )
            .unwrap(),
            (false, None) => writeln!(
                o,
                "/// A `{set}` message: `nlmsghdr`, `genlmsghdr`, then the attributes.\npub type {alias}<'a> = GenlMsg<{view}<'a>>;\n"
            )
            .unwrap(),
            _ => {}
        }
    }
    o
}
