//! `consts.rs` of a family: every number by its kernel C name.

use crate::model::Family;
use crate::naming::{doc_lines, lit};
use std::collections::BTreeSet;
use std::fmt::Write;

fn int_type(max: u64) -> &'static str {
    if max > u32::MAX as u64 {
        "u64"
    } else {
        "u32"
    }
}

pub fn emit(f: &Family) -> String {
    let mut o = String::new();
    let mut seen = BTreeSet::new();
    writeln!(
        o,
        "//! The numbers of `{}` by their kernel C names: attribute types, enum values and flag\n\
         //! bits, {}, multicast groups and constants.\n",
        f.name,
        if f.raw { "message types" } else { "commands" }
    )
    .unwrap();
    let mut put = |o: &mut String, doc: Option<&str>, name: &str, ty: &str, value: String| {
        if !seen.insert(name.to_string()) {
            return;
        }
        o.push_str(&doc_lines(doc, ""));
        writeln!(o, "pub const {name}: {ty} = {value};").unwrap();
    };

    if !f.raw {
        let fam_name = f
            .c_family_name
            .clone()
            .unwrap_or_else(|| "FAMILY_NAME".into());
        let ver_name = f
            .c_version_name
            .clone()
            .unwrap_or_else(|| "FAMILY_VERSION".into());
        put(
            &mut o,
            Some("The generic netlink family name, resolved to an id by nlctrl at run time."),
            &fam_name,
            "&str",
            lit(&f.name),
        );
        put(
            &mut o,
            Some("The family version for `genlmsghdr.version`."),
            &ver_name,
            "u8",
            f.version.to_string(),
        );
    }

    if !f.ops.is_empty() {
        writeln!(
            o,
            "\n// {}\n",
            if f.raw { "Message types" } else { "Commands" }
        )
        .unwrap();
        let ty = if f.raw { "u16" } else { "u8" };
        for op in &f.ops {
            if op.notification && f.raw {
                continue;
            }
            let d = op.doc.clone().unwrap_or_else(|| {
                format!(
                    "The {} of the `{}` operation.",
                    if f.raw { "message type" } else { "command" },
                    op.name
                )
            });
            put(&mut o, Some(&d), &op.c_name, ty, op.request.to_string());
            let reply_const = f.directional && !op.notification;
            if let Some(r) = op
                .reply
                .filter(|_| reply_const && !f.raw && !op.notification)
            {
                put(
                    &mut o,
                    Some(&format!("The reply to `{}`.", op.c_name)),
                    &format!("{}_REPLY", op.c_name),
                    ty,
                    r.to_string(),
                );
            }
        }
    }

    if !f.mcast.is_empty() {
        o.push_str("\n// Multicast groups\n\n");
        for m in &f.mcast {
            match m.id {
                Some(id) => put(
                    &mut o,
                    Some(&format!("The `{}` multicast group.", m.name)),
                    &m.c_name,
                    "u32",
                    id.to_string(),
                ),
                None => put(
                    &mut o,
                    Some(&format!(
                        "The `{}` multicast group's name (its id comes from nlctrl).",
                        m.name
                    )),
                    &format!("{}_NAME", m.c_name),
                    "&str",
                    lit(&m.name),
                ),
            }
        }
    }

    for set in f.sets.iter().filter(|s| s.subset_of.is_none()) {
        writeln!(o, "\n// Attribute set `{}`\n", set.name).unwrap();
        for a in &set.attrs {
            let d = a
                .doc
                .clone()
                .unwrap_or_else(|| format!("`{}` ({}) of `{}`.", a.name, a.ty, set.name));
            put(&mut o, Some(&d), &a.c_name, "u16", a.value.to_string());
        }
    }

    for e in &f.enums {
        writeln!(
            o,
            "\n// {} `{}`\n",
            if e.flags { "Flags" } else { "Enum" },
            e.name
        )
        .unwrap();
        let ty = int_type(e.entries.iter().map(|x| x.value).max().unwrap_or(0));
        for x in &e.entries {
            let value = if e.flags && x.value.is_power_of_two() {
                format!("1 << {}", x.value.trailing_zeros())
            } else {
                x.value.to_string()
            };
            let d = x
                .doc
                .clone()
                .unwrap_or_else(|| format!("`{}` of `{}`.", x.name, e.name));
            put(&mut o, Some(&d), &x.c_name, ty, value);
        }
    }

    if !f.consts.is_empty() {
        o.push_str("\n// Constants\n\n");
        for c in &f.consts {
            let d = c
                .doc
                .clone()
                .unwrap_or_else(|| format!("The `{}` constant.", c.c_name));
            if let Some(t) = &c.text {
                put(&mut o, Some(&d), &c.c_name, "&str", lit(t));
                continue;
            }
            let ty = if c.value < 0 {
                "i64"
            } else if c.value > u32::MAX as i128 {
                "u64"
            } else {
                "u32"
            };
            put(&mut o, Some(&d), &c.c_name, ty, c.value.to_string());
        }
    }
    o
}
