//! The Rust names of a family's generated items, unique within the family.

use crate::model::Family;
use crate::naming::{camel, screaming};
use std::collections::{BTreeMap, BTreeSet};

/// Static (table) names and type names for every definition, set and sub-message.
pub struct Names {
    pub enum_static: BTreeMap<String, String>,
    pub struct_static: BTreeMap<String, String>,
    pub set_static: BTreeMap<String, String>,
    pub msg_static: BTreeMap<String, String>,
    pub enum_type: BTreeMap<String, String>,
    pub struct_type: BTreeMap<String, String>,
    pub set_type: BTreeMap<String, String>,
    pub msg_type: BTreeMap<String, String>,
}

fn unique(taken: &mut BTreeSet<String>, base: String, suffix: &str) -> String {
    let mut name = base.clone();
    if taken.contains(&name) {
        name = format!("{base}{suffix}");
    }
    let mut n = 2;
    while taken.contains(&name) {
        name = format!("{base}{suffix}{n}");
        n += 1;
    }
    taken.insert(name.clone());
    name
}

impl Names {
    pub fn new(f: &Family) -> Names {
        let mut statics = BTreeSet::from(["FAMILY".to_string(), "OPS".to_string()]);
        // Names the generated modules import or use: never taken by a generated type.
        let mut types: BTreeSet<String> = [
            "Attr",
            "Attrs",
            "AttrSet",
            "AttrView",
            "Bitfield32",
            "Box",
            "Builder",
            "Buffer",
            "Entries",
            "Err",
            "Error",
            "Family",
            "FamilyHeader",
            "GenlMsg",
            "HwAddr",
            "IpAddr",
            "Ipv4Addr",
            "Ipv6Addr",
            "Iterator",
            "McastGroup",
            "None",
            "Ok",
            "Op",
            "Option",
            "Protocol",
            "RawMsg",
            "Records",
            "Result",
            "Self",
            "Some",
            "String",
            "StructDesc",
            "Table",
            "Vec",
            "WriteError",
            "Writer",
        ]
        .into_iter()
        .map(String::from)
        .collect();
        let mut n = Names {
            enum_static: BTreeMap::new(),
            struct_static: BTreeMap::new(),
            set_static: BTreeMap::new(),
            msg_static: BTreeMap::new(),
            enum_type: BTreeMap::new(),
            struct_type: BTreeMap::new(),
            set_type: BTreeMap::new(),
            msg_type: BTreeMap::new(),
        };
        for e in &f.enums {
            n.enum_static.insert(
                e.name.clone(),
                unique(&mut statics, screaming(&e.name), "_ENUM"),
            );
            n.enum_type
                .insert(e.name.clone(), unique(&mut types, camel(&e.name), "Enum"));
        }
        for s in &f.structs {
            n.struct_static.insert(
                s.name.clone(),
                unique(&mut statics, screaming(&s.name), "_STRUCT"),
            );
            n.struct_type
                .insert(s.name.clone(), unique(&mut types, camel(&s.name), "Struct"));
        }
        for s in &f.sets {
            n.set_static.insert(
                s.name.clone(),
                unique(&mut statics, screaming(&s.name), "_SET"),
            );
            n.set_type
                .insert(s.name.clone(), unique(&mut types, camel(&s.name), "Attrs"));
        }
        for m in &f.sub_messages {
            n.msg_static.insert(
                m.name.clone(),
                unique(&mut statics, screaming(&m.name), "_MSG"),
            );
            n.msg_type
                .insert(m.name.clone(), unique(&mut types, camel(&m.name), "Msg"));
        }
        n
    }
}
