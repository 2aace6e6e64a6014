//! Enums that several rtnetlink families define alike (`address-family` in rt-addr, rt-link,
//! rt-neigh, rt-route and rt-rule, `rt-protocol`, `rt-scope`, ...): the first family (in spec
//! order) owns the Rust type, the others re-export it, so one value serves every family (an
//! `Ifaddrmsg`'s family goes into an `Rtmsg` as it is), and its descriptor table too.

use crate::emit::ints::repr;
use crate::model::{Enum, Family};
use crate::names::Names;
use std::collections::BTreeMap;

/// Per family: enum name -> index of the family whose type it re-exports.
pub type Owners = Vec<BTreeMap<String, usize>>;

/// For one family: enum name -> (the owner's module, the owner's table static).
pub type Reexports = BTreeMap<String, (String, String)>;

/// The same definition: kind, entries (name, C name, value) in order, integer type and Rust
/// name.
fn same(a: (&Family, &Names, &Enum), b: (&Family, &Names, &Enum)) -> bool {
    let entries = |e: &Enum| {
        e.entries
            .iter()
            .map(|x| (x.name.clone(), x.c_name.clone(), x.value))
            .collect::<Vec<_>>()
    };
    a.2.flags == b.2.flags
        && entries(a.2) == entries(b.2)
        && repr(a.0, a.2) == repr(b.0, b.2)
        && a.1.enum_type[&a.2.name] == b.1.enum_type[&b.2.name]
}

/// Finds, for each family, the enums an earlier family of the same netlink protocol (raw
/// families only: rtnetlink) already defines alike.
pub fn owners(fams: &[Family], names: &[Names]) -> Owners {
    let mut owners: Owners = vec![BTreeMap::new(); fams.len()];
    for i in 0..fams.len() {
        let f = &fams[i];
        if !f.raw {
            continue;
        }
        for e in &f.enums {
            let owner = (0..i).find(|&j| {
                let g = &fams[j];
                g.raw
                    && g.protonum == f.protonum
                    && !owners[j].contains_key(&e.name)
                    && g.enums
                        .iter()
                        .any(|d| d.name == e.name && same((f, &names[i], e), (g, &names[j], d)))
            });
            if let Some(j) = owner {
                owners[i].insert(e.name.clone(), j);
            }
        }
    }
    owners
}
