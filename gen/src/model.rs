//! The resolved model of a family: every name, value, offset and reference computed once,
//! so the emitters only format.

use crate::naming::c_upper;
use crate::spec::{parse_int, Get};
use serde_norway::Value;
use std::collections::BTreeMap;

pub struct Family {
    pub name: String,
    pub doc: Option<String>,
    pub raw: bool,
    /// Requests and replies numbered apart (YNL's `enum-model: directional`).
    pub directional: bool,
    pub protonum: u16,
    pub version: u8,
    pub c_family_name: Option<String>,
    pub c_version_name: Option<String>,
    pub enums: Vec<Enum>,
    pub structs: Vec<Struct>,
    pub consts: Vec<Const>,
    pub sets: Vec<Set>,
    pub sub_messages: Vec<SubMsg>,
    pub ops: Vec<Op>,
    pub mcast: Vec<Mcast>,
}

pub struct Enum {
    pub name: String,
    pub doc: Option<String>,
    pub flags: bool,
    pub entries: Vec<Entry>,
}

pub struct Entry {
    pub name: String,
    pub c_name: String,
    pub value: u64,
    pub doc: Option<String>,
}

pub struct Struct {
    pub name: String,
    pub doc: Option<String>,
    pub len: usize,
    pub members: Vec<Member>,
}

pub struct Member {
    pub name: String,
    pub doc: Option<String>,
    pub ty: String,
    pub offset: usize,
    pub len: usize,
    pub be: bool,
    pub display: Option<String>,
    pub enum_ref: Option<String>,
}

pub struct Const {
    pub c_name: String,
    pub value: i128,
    /// A text constant (`value` is then 0).
    pub text: Option<String>,
    pub doc: Option<String>,
}

pub struct Set {
    pub name: String,
    pub doc: Option<String>,
    /// The set this one is a subset of (its attributes are the parent's).
    pub subset_of: Option<String>,
    pub attrs: Vec<Attr>,
}

#[derive(Clone)]
pub struct Attr {
    pub name: String,
    pub c_name: String,
    pub value: u16,
    pub ty: String,
    pub sub_type: Option<String>,
    pub doc: Option<String>,
    pub display: Option<String>,
    pub be: bool,
    pub multi: bool,
    pub nested: Option<String>,
    pub sub_message: Option<String>,
    pub selector: Option<String>,
    pub header: Option<String>,
    pub enum_ref: Option<String>,
    /// This project's extension `index-enum`: the enum whose entries name the elements of a
    /// C array (a binary attribute with an integer `sub-type`), by value = index + first.
    pub index_enum: Option<String>,
    pub checks: Checks,
}

#[derive(Clone, Default)]
pub struct Checks {
    pub min: Option<i128>,
    pub max: Option<i128>,
    pub min_len: Option<i128>,
    pub max_len: Option<i128>,
    pub exact_len: Option<i128>,
    pub unterminated_ok: bool,
}

pub struct SubMsg {
    pub name: String,
    pub formats: Vec<Format>,
}

pub struct Format {
    pub value: String,
    pub header: Option<String>,
    pub set: Option<String>,
}

pub struct Op {
    pub name: String,
    pub c_name: String,
    pub doc: Option<String>,
    pub request: u16,
    pub reply: Option<u16>,
    pub set: Option<String>,
    pub header: Option<String>,
    pub do_request: Option<Vec<String>>,
    pub do_reply: Option<Vec<String>>,
    pub dump_request: Option<Vec<String>>,
    pub dump_reply: Option<Vec<String>>,
    pub notification: bool,
}

pub struct Mcast {
    pub name: String,
    pub c_name: String,
    pub id: Option<u32>,
}

fn doc(v: &Value) -> Option<String> {
    v.s("doc").map(str::to_string)
}

/// `u32-max` and friends (the kernel's `limit_to_number`).
fn limit(s: &str) -> Option<i128> {
    let (signed, rest) = match s.as_bytes().first()? {
        b'u' => (false, &s[1..]),
        b's' => (true, &s[1..]),
        _ => return None,
    };
    let (width, min) = if let Some(w) = rest.strip_suffix("-max") {
        (w, false)
    } else {
        (rest.strip_suffix("-min")?, true)
    };
    let width: u32 = width.parse().ok()?;
    if !signed && min {
        return Some(0);
    }
    let bits = if signed { width - 1 } else { width };
    let v = (1i128 << bits) - 1;
    Some(if signed && min { -v - 1 } else { v })
}

/// The size of a fixed-size integer type.
pub fn int_len_pub(ty: &str) -> Option<usize> {
    int_len(ty)
}

fn int_len(ty: &str) -> Option<usize> {
    Some(match ty {
        "u8" | "s8" => 1,
        "u16" | "s16" => 2,
        "u32" | "s32" => 4,
        "u64" | "s64" => 8,
        _ => return None,
    })
}

impl Family {
    pub fn from_spec(y: &Value) -> Result<Family, String> {
        let name = y.s("name").ok_or("spec without a name")?.to_string();
        let protocol = y.s("protocol").unwrap_or("genetlink");
        let raw = protocol == "netlink-raw";
        let ident = name.clone();
        let mut fam = Family {
            name: name.clone(),
            doc: doc(y),
            raw,
            directional: !raw
                && y.at("operations").and_then(|o| o.s("enum-model")) == Some("directional"),
            protonum: y.i("protonum").unwrap_or(16) as u16,
            version: y.i("version").unwrap_or(1) as u8,
            c_family_name: y.s("c-family-name").map(c_upper),
            c_version_name: y.s("c-version-name").map(c_upper),
            enums: vec![],
            structs: vec![],
            consts: vec![],
            sets: vec![],
            sub_messages: vec![],
            ops: vec![],
            mcast: vec![],
        };

        // Definitions: enums, flags, structs, consts.
        let mut const_values: BTreeMap<String, i128> = BTreeMap::new();
        for d in y.list("definitions") {
            let dname = d.s("name").ok_or("definition without a name")?.to_string();
            match d.s("type") {
                Some("const") => {
                    let text = match (d.i("value"), d.s("value")) {
                        (None, Some(t)) => Some(t.to_string()),
                        _ => None,
                    };
                    let value = d.i("value").unwrap_or(0);
                    let c_name = match d.s("header") {
                        Some(_) => c_upper(&dname),
                        None => c_upper(&format!("{ident}-{dname}")),
                    };
                    const_values.insert(dname.clone(), value);
                    fam.consts.push(Const {
                        c_name,
                        value,
                        text,
                        doc: doc(d),
                    });
                }
                Some(t @ ("enum" | "flags")) => {
                    let flags = t == "flags";
                    let prefix = d
                        .s("name-prefix")
                        .map(str::to_string)
                        .unwrap_or_else(|| format!("{ident}-{dname}-"));
                    let mut next: i128 = d.i("value-start").unwrap_or(0);
                    let mut entries = vec![];
                    for e in d.list("entries") {
                        let (ename, evalue, edoc) = match e {
                            Value::String(s) => (s.clone(), None, None),
                            Value::Number(n) => (n.to_string(), None, None),
                            _ => (
                                e.s("name")
                                    .map(str::to_string)
                                    .or_else(|| e.i("name").map(|n| n.to_string()))
                                    .ok_or(format!("entry without name in {dname}"))?,
                                e.i("value"),
                                doc(e),
                            ),
                        };
                        if let Some(v) = evalue {
                            next = v;
                        }
                        let value = if flags { 1u64 << next } else { next as u64 };
                        // `c-name` (an override's) names an entry the kernel spells its own
                        // way (IFF_POINTOPOINT for `point-to-point`).
                        let c_name = match e.s("c-name") {
                            Some(c) => c_upper(c),
                            None => c_upper(&format!("{prefix}{ename}")),
                        };
                        entries.push(Entry {
                            c_name,
                            name: ename,
                            value,
                            doc: edoc,
                        });
                        next += 1;
                    }
                    fam.enums.push(Enum {
                        name: dname,
                        doc: doc(d),
                        flags,
                        entries,
                    });
                }
                Some("struct") => {
                    let mut offset = 0usize;
                    let mut align_max = 1usize;
                    let mut members = vec![];
                    for m in d.list("members") {
                        let ty = m.s("type").unwrap_or("binary").to_string();
                        let (len, al) = match int_len(&ty) {
                            Some(n) => (n, n),
                            None => {
                                let len =
                                    m.i("len")
                                        .or_else(|| {
                                            m.s("len").and_then(|s| const_values.get(s).copied())
                                        })
                                        .unwrap_or(0) as usize;
                                (len, 1)
                            }
                        };
                        offset = offset.div_ceil(al) * al;
                        align_max = align_max.max(al);
                        members.push(Member {
                            name: m.s("name").unwrap_or("").to_string(),
                            doc: doc(m),
                            ty,
                            offset,
                            len,
                            be: m.s("byte-order") == Some("big-endian"),
                            display: m.s("display-hint").map(str::to_string),
                            enum_ref: m.s("enum").map(str::to_string),
                        });
                        offset += len;
                    }
                    let len = offset.div_ceil(align_max) * align_max;
                    fam.structs.push(Struct {
                        name: dname,
                        doc: doc(d),
                        len,
                        members,
                    });
                }
                other => return Err(format!("{name}: definition {dname} of type {other:?}")),
            }
        }
        // Structs may reference structs defined later (binary members with `struct:`): the
        // lengths above use `len`, which the specs give.

        let lim = |v: &Value, key: &str| -> Option<i128> {
            match v.get(key)? {
                Value::String(s) => parse_int(s)
                    .or_else(|| limit(s))
                    .or_else(|| const_values.get(s.as_str()).copied()),
                _ => v.i(key),
            }
        };

        // Attribute sets.
        let set_values: Vec<&Value> = y.list("attribute-sets").iter().collect();
        let find_set = |n: &str| set_values.iter().find(|s| s.s("name") == Some(n)).copied();
        for s in &set_values {
            let sname = s.s("name").ok_or("set without name")?.to_string();
            let subset_of = s.s("subset-of");
            // A subset takes numbers and types from its parent.
            let parent = subset_of.and_then(find_set);
            let prefix_src = parent.unwrap_or(s);
            let pname = prefix_src.s("name").unwrap_or(&sname).to_string();
            let prefix = match prefix_src.s("name-prefix") {
                Some(p) => p.to_string(),
                None if pname == ident => format!("{ident}-a-"),
                None => format!("{ident}-a-{pname}-"),
            };
            let mut attrs = vec![];
            let mut next: i128 = 1;
            let parent_attrs = parent.map(|p| number_attrs(p.list("attributes")));
            for a in s.list("attributes") {
                let aname = a.s("name").ok_or("attribute without name")?.to_string();
                let (value, src) = match &parent_attrs {
                    Some(pa) => {
                        match pa.iter().find(|(_, x)| x.s("name") == Some(aname.as_str())) {
                            Some((v, x)) => {
                                let mut merged = (*x).clone();
                                crate::spec::merge(&mut merged, a);
                                (*v, merged)
                            }
                            None => return Err(format!("{name}: {sname}.{aname} not in parent")),
                        }
                    }
                    None => {
                        if let Some(v) = a.i("value") {
                            next = v;
                        }
                        let v = next;
                        next += 1;
                        (v, a.clone())
                    }
                };
                let a = &src;
                let ty = a.s("type").unwrap_or("binary").to_string();
                let checks = match a.at("checks") {
                    Some(c) => Checks {
                        min: lim(c, "min"),
                        max: lim(c, "max"),
                        min_len: lim(c, "min-len"),
                        max_len: lim(c, "max-len"),
                        exact_len: lim(c, "exact-len"),
                        unterminated_ok: c.b("unterminated-ok"),
                    },
                    None => Checks::default(),
                };
                let header = a
                    .s("struct")
                    .or_else(|| a.s("fixed-header"))
                    .map(str::to_string);
                attrs.push(Attr {
                    c_name: c_upper(&format!(
                        "{}{}",
                        a.s("name-prefix").unwrap_or(&prefix),
                        aname
                    )),
                    name: aname,
                    value: value as u16,
                    ty,
                    // A nest-type-value with two `type-value` levels (nlctrl's policy: policy
                    // id, then attribute id) holds nest-type-values.
                    sub_type: a.s("sub-type").map(str::to_string).or_else(|| {
                        (a.list("type-value").len() >= 2).then(|| "nest-type-value".to_string())
                    }),
                    doc: doc(a),
                    display: a.s("display-hint").map(str::to_string),
                    be: a.s("byte-order") == Some("big-endian"),
                    multi: a.b("multi-attr"),
                    nested: a.s("nested-attributes").map(str::to_string),
                    sub_message: a.s("sub-message").map(str::to_string),
                    selector: a.s("selector").map(str::to_string),
                    header,
                    enum_ref: a.s("enum").map(str::to_string),
                    index_enum: a.s("index-enum").map(str::to_string),
                    checks,
                });
            }
            attrs.sort_by_key(|a| a.value);
            fam.sets.push(Set {
                name: sname,
                doc: doc(s),
                subset_of: subset_of.map(str::to_string),
                attrs,
            });
        }

        for m in y.list("sub-messages") {
            let mut formats = vec![];
            for f in m.list("formats") {
                let value = match f.get("value") {
                    Some(Value::String(s)) => s.clone(),
                    Some(Value::Number(n)) => n.to_string(),
                    _ => continue,
                };
                formats.push(Format {
                    value,
                    header: f.s("fixed-header").map(str::to_string),
                    set: f.s("attribute-set").map(str::to_string),
                });
            }
            fam.sub_messages.push(SubMsg {
                name: m.s("name").unwrap_or("").to_string(),
                formats,
            });
        }

        // Operations.
        if let Some(ops) = y.at("operations") {
            let prefix = ops
                .s("name-prefix")
                .map(str::to_string)
                .unwrap_or_else(|| format!("{ident}-cmd-"));
            let default_header = ops.s("fixed-header").map(str::to_string);
            let mut next: i128 = 1;
            let mut next_reply: i128 = 1;
            let directional = ops.s("enum-model") == Some("directional") && !fam.raw;
            let list = ops.list("list");
            let find_op = |n: &str| list.iter().find(|o| o.s("name") == Some(n));
            for o in list {
                let oname = o.s("name").unwrap_or("").to_string();
                let notification = o.at("notify").is_some() || o.at("event").is_some();
                // A notification with `notify:` has the attributes of the op it names.
                let base = o.s("notify").and_then(find_op).unwrap_or(o);
                let attrs_of = |mode: &str, dir: &str| -> Option<Vec<String>> {
                    let m = base.at(mode)?;
                    let d = m.at(dir)?;
                    Some(
                        d.list("attributes")
                            .iter()
                            .filter_map(|a| a.as_str().map(str::to_string))
                            .collect(),
                    )
                };
                let val_of =
                    |mode: &str, dir: &str| -> Option<i128> { o.at(mode)?.at(dir)?.i("value") };
                let has_reply = base.at("do").and_then(|d| d.at("reply")).is_some()
                    || base.at("dump").and_then(|d| d.at("reply")).is_some();
                let (request, reply) = if directional {
                    // Requests and replies are numbered apart (YNL's "directional" model): a
                    // request takes the next request number, a reply or notification the
                    // next reply number.
                    let mode = if o.at("do").is_some() { "do" } else { "dump" };
                    if notification {
                        let r = o.i("value").unwrap_or(next_reply);
                        next_reply = r + 1;
                        (r, Some(r as u16))
                    } else {
                        let q = val_of(mode, "request").unwrap_or(next);
                        next = q + 1;
                        let has = o.at(mode).and_then(|m| m.at("reply")).is_some();
                        let r = has.then(|| {
                            let r = val_of(mode, "reply").unwrap_or(next_reply);
                            next_reply = r + 1;
                            r as u16
                        });
                        (q, r)
                    }
                } else {
                    let explicit = o.i("value");
                    let request = explicit
                        .or_else(|| val_of("do", "request"))
                        .or_else(|| val_of("dump", "request"));
                    let reply = val_of("do", "reply").or_else(|| val_of("dump", "reply"));
                    let request = match request {
                        Some(v) => {
                            next = v + 1;
                            v
                        }
                        None => {
                            let v = next;
                            next += 1;
                            v
                        }
                    };
                    let reply = match (fam.raw, reply) {
                        (_, Some(r)) => Some(r as u16),
                        (false, None) if has_reply || notification => Some(request as u16),
                        _ => None,
                    };
                    (request, reply)
                };
                let mut event_attrs = None;
                if let Some(ev) = o.at("event") {
                    event_attrs = Some(
                        ev.list("attributes")
                            .iter()
                            .filter_map(|a| a.as_str().map(str::to_string))
                            .collect::<Vec<_>>(),
                    );
                }
                fam.ops.push(Op {
                    c_name: c_upper(&format!("{prefix}{oname}")),
                    name: oname,
                    doc: doc(o),
                    request: request as u16,
                    reply,
                    set: base
                        .s("attribute-set")
                        .or_else(|| o.s("attribute-set"))
                        .map(str::to_string),
                    header: o
                        .s("fixed-header")
                        .or_else(|| base.s("fixed-header"))
                        .map(str::to_string)
                        .or_else(|| default_header.clone()),
                    do_request: attrs_of("do", "request"),
                    do_reply: attrs_of("do", "reply").or(event_attrs),
                    dump_request: attrs_of("dump", "request"),
                    dump_reply: attrs_of("dump", "reply"),
                    notification,
                });
            }
        }

        if let Some(g) = y.at("mcast-groups") {
            let prefix = g
                .s("name-prefix")
                .map(str::to_string)
                .unwrap_or_else(|| format!("{ident}-mcgrp-"));
            for m in g.list("list") {
                let mname = m.s("name").unwrap_or("").to_string();
                let id = m.i("value").map(|v| v as u32);
                let c_name = match (fam.raw, m.s("c-define-name")) {
                    (_, Some(c)) => c_upper(c),
                    (true, None) => c_upper(&mname),
                    (false, None) => c_upper(&format!("{prefix}{mname}")),
                };
                fam.mcast.push(Mcast {
                    name: mname,
                    c_name,
                    id,
                });
            }
        }
        Ok(fam)
    }

    pub fn set(&self, name: &str) -> Option<&Set> {
        self.sets.iter().find(|s| s.name == name)
    }

    pub fn enum_(&self, name: &str) -> Option<&Enum> {
        self.enums.iter().find(|e| e.name == name)
    }
}

/// Numbers the attributes of a set (explicit `value:` or one more than the previous,
/// starting at 1).
fn number_attrs(list: &[Value]) -> Vec<(i128, &Value)> {
    let mut next = 1;
    list.iter()
        .map(|a| {
            if let Some(v) = a.i("value") {
                next = v;
            }
            next += 1;
            (next - 1, a)
        })
        .collect()
}
