//! `ops.rs` of a family: one type per operation with a `do` or `dump` form, implementing
//! the runtime's `Operation`, `Do` and `Dump`, so a socket offers one typed call per
//! operation.

use crate::model::{Family, Op};
use crate::names::Names;
use crate::naming::{camel, doc_lines};
use std::fmt::Write;

/// The Rust type of an operation: `newlink` → `Newlink`, `linkinfo-get` → `LinkinfoGet`.
pub fn op_type(op: &Op) -> String {
    camel(&op.name)
}

/// The `msg` line of `op`: its set's view behind the netlink (and fixed or generic netlink)
/// header, or `raw` (the `Message` itself) where the spec gives no set (or a generic netlink
/// fixed header, which `GenlMsg` does not carry).
fn msg_line(f: &Family, n: &Names, op: &Op, header: &str) -> String {
    let view = op
        .set
        .as_deref()
        .and_then(|s| super::shape::view_of(f, n, s));
    match (view, f.raw, op.header.is_some()) {
        (Some(v), true, _) => format!("msg<'a> = RawMsg<{header}, super::{v}<'a>>;"),
        (Some(v), false, false) => format!("msg<'a> = GenlMsg<super::{v}<'a>>;"),
        _ => "msg = raw;".to_string(),
    }
}

fn emit_op(o: &mut String, f: &Family, n: &Names, index: usize, op: &Op) {
    let has_do = op.do_request.is_some() || op.do_reply.is_some();
    let has_dump = op.dump_request.is_some() || op.dump_reply.is_some();
    if op.notification || !(has_do || has_dump) {
        return;
    }
    let ty = op_type(op);
    let forms = match (has_do, has_dump) {
        (true, true) => "do and dump",
        (true, false) => "do",
        _ => "dump",
    };
    let mut doc = format!("`{}` ({forms})", op.c_name);
    match &op.doc {
        Some(d) => {
            doc.push_str(": ");
            doc.push_str(d.trim());
        }
        None => doc.push('.'),
    }
    let header = op
        .header
        .as_ref()
        .and_then(|h| n.struct_type.get(h))
        .map_or("()".to_string(), |h| format!("super::{h}"));
    let attrs = op
        .set
        .as_deref()
        .and_then(|s| n.set_type.get(s))
        .map_or("NoAttrs".to_string(), |s| format!("super::sets::{s}"));
    let msg = msg_line(f, n, op, &header);
    writeln!(
        o,
        "nl_operation! {{\n{}    pub struct {ty} = (&super::FAMILY, &super::OPS[{index}]);\n    header {header};\n    attrs {attrs};\n    {msg}\n}}\n",
        doc_lines(Some(&doc), "    ")
    )
    .unwrap();
    if has_do {
        let answer = if op.do_reply.is_some() {
            "Replies"
        } else {
            "Ack"
        };
        writeln!(o, "impl Do for {ty} {{\n    type Answer = {answer};\n}}\n").unwrap();
    }
    if has_dump {
        writeln!(o, "impl Dump for {ty} {{}}\n").unwrap();
    }
}

pub fn emit(f: &Family, n: &Names) -> String {
    let mut o = String::new();
    writeln!(
        o,
        "//! The operations of `{}` as types, one per operation with a `do` or `dump` form: what\n\
         //! a request writes (fixed header, attribute set) and what its replies are, for one\n\
         //! typed call per operation (`Socket::call` and `Socket::dump_all` in `nlcodec-socket`).\n\n\
         #![allow(unused_imports)]\n\n\
         use crate::nl_operation;\n\
         use crate::runtime::{{Ack, Do, Dump, GenlMsg, NoAttrs, RawMsg, Replies}};\n",
        f.name
    )
    .unwrap();
    for (i, op) in f.ops.iter().enumerate() {
        emit_op(&mut o, f, n, i, op);
    }
    o
}
