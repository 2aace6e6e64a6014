//! Property tests: writer → parser round trips, parser → writer byte equality, and arbitrary
//! bytes through every parser without a panic.

use nlcodec::consts::*;
mod common;
use common::OUTER as ANY;
use nlcodec::{attrs, messages, AttrPath, AttrTable, Attrs, Mode, Payload, Writer};
use proptest::prelude::*;

#[derive(Debug, Clone, PartialEq)]
enum Node {
    Leaf { kind: u16, value: Vec<u8> },
    Nest { kind: u16, children: Vec<Node> },
}

#[derive(Debug, Clone, PartialEq)]
struct Msg {
    kind: u16,
    flags: u16,
    seq: u32,
    pid: u32,
    family: Vec<u8>,
    attrs: Vec<Node>,
}

fn node() -> impl Strategy<Value = Node> {
    // Leaf types never carry NLA_F_NESTED, so nests and leaves stay distinguishable.
    let leaf = (0u16..0x8000, proptest::collection::vec(any::<u8>(), 0..40))
        .prop_map(|(kind, value)| Node::Leaf { kind, value });
    leaf.prop_recursive(6, 64, 6, |inner| {
        (0u16..0x4000, proptest::collection::vec(inner, 0..6))
            .prop_map(|(kind, children)| Node::Nest { kind, children })
    })
}

fn message() -> impl Strategy<Value = Msg> {
    (
        0x10u16..,
        any::<u16>(),
        any::<u32>(),
        any::<u32>(),
        proptest::collection::vec(any::<u8>(), 0..24),
        proptest::collection::vec(node(), 0..8),
    )
        .prop_map(|(kind, flags, seq, pid, family, attrs)| Msg {
            kind,
            flags,
            seq,
            pid,
            family,
            attrs,
        })
}

fn write_node<B: nlcodec::Buffer>(w: &mut Writer<B>, n: &Node) {
    match n {
        Node::Leaf { kind, value } => w.put_attr(*kind, value).unwrap(),
        Node::Nest { kind, children } => {
            let nest = w.begin_nested(*kind).unwrap();
            for c in children {
                write_node(w, c);
            }
            w.end_nested(nest).unwrap();
        }
    }
}

fn read_nodes(it: Attrs<'_>) -> Vec<Node> {
    it.map(|a| {
        let a = a.unwrap();
        if a.is_nested() {
            Node::Nest {
                kind: a.kind(),
                children: read_nodes(a.nested()),
            }
        } else {
            Node::Leaf {
                kind: a.raw_kind(),
                value: a.value().to_vec(),
            }
        }
    })
    .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn written_trees_parse_back_equal(msgs in proptest::collection::vec(message(), 1..6)) {
        let mut buf = vec![0u8; 1 << 20];
        let mut w = Writer::new(&mut buf);
        for m in &msgs {
            w.begin_message(m.kind, m.flags, m.seq, m.pid).unwrap();
            w.put(&m.family).unwrap();
            for n in &m.attrs {
                write_node(&mut w, n);
            }
            w.end_message().unwrap();
        }
        let parsed: Vec<Msg> = messages(w.as_bytes())
            .map(Result::unwrap)
            .zip(&msgs)
            .map(|(m, orig)| Msg {
                kind: m.header.kind,
                flags: m.header.flags,
                seq: m.header.seq,
                pid: m.header.pid,
                family: m.payload[..orig.family.len()].to_vec(),
                attrs: read_nodes(m.attrs(orig.family.len())),
            })
            .collect();
        prop_assert_eq!(parsed, msgs);
    }

    #[test]
    fn parsed_streams_write_back_byte_for_byte(
        payloads in proptest::collection::vec((0x10u16.., any::<u16>(), proptest::collection::vec(any::<u8>(), 0..64)), 1..10)
    ) {
        // A valid stream with payloads of any length (so nlmsg_len is often unaligned and the
        // last message unpadded).
        let mut src = vec![0u8; 4096];
        {
            let mut w = Writer::new(&mut src[..]);
            for (i, (kind, flags, p)) in payloads.iter().enumerate() {
                w.begin_message(*kind, *flags, i as u32, 4242).unwrap();
                w.put(p).unwrap();
                w.end_message().unwrap();
            }
            let n = w.as_bytes().len();
            src.truncate(n);
        }
        let mut out = vec![0u8; 4096];
        let mut w = Writer::new(&mut out);
        for m in messages(&src) {
            let m = m.unwrap();
            let h = m.header;
            w.begin_message(h.kind, h.flags, h.seq, h.pid).unwrap();
            w.put(m.payload).unwrap();
            w.end_message().unwrap();
        }
        prop_assert_eq!(w.as_bytes(), &src[..]);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512), fhl in 0usize..24, off in any::<u32>()) {
        exercise(&bytes, fhl, off);
    }

    #[test]
    fn mutated_valid_streams_never_panic(msgs in proptest::collection::vec(message(), 1..4), flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..8)) {
        let mut buf = vec![0u8; 1 << 16];
        let mut w = Writer::new(&mut buf);
        for m in &msgs {
            if w.begin_message(m.kind, m.flags, m.seq, m.pid).is_err() { break; }
            let _ = w.put(&m.family);
            for n in &m.attrs { write_node(&mut w, n); }
            let _ = w.end_message();
        }
        let mut bytes = w.as_bytes().to_vec();
        if !bytes.is_empty() {
            for (at, v) in flips {
                let i = at % bytes.len();
                bytes[i] ^= v;
            }
        }
        exercise(&bytes, msgs[0].family.len(), 20);
    }
}

fn walk(it: Attrs<'_>, depth: usize) {
    for a in it {
        let Ok(a) = a else { return };
        let _ = (
            a.as_u8(),
            a.as_u16(),
            a.as_u32(),
            a.as_u64(),
            a.as_i8(),
            a.as_i16(),
            a.as_i32(),
            a.as_i64(),
        );
        let _ = (
            a.as_be_u16(),
            a.as_be_u32(),
            a.as_be_u64(),
            a.as_uint(),
            a.as_flag(),
        );
        let _ = (a.as_str(), a.as_c_bytes(), a.as_unterminated_str());
        if depth < 8 {
            walk(a.nested(), depth + 1);
        }
    }
}

fn exercise(bytes: &[u8], fhl: usize, off: u32) {
    for m in messages(bytes) {
        let Ok(m) = m else { break };
        if let Ok(Payload::Error(e)) = m.decode() {
            let _ = e.echoed_attr_path(fhl);
            let _ = e.ext_ack.attr_path(bytes, fhl);
        }
        walk(m.attrs(fhl), 0);
        let _ = AttrTable::<16>::from_attrs(m.attrs(fhl));
        let _ = AttrTable::<16>::from_attrs_validated(m.attrs(fhl), &ANY, Mode::Strict);
    }
    walk(attrs(bytes), 0);
    let _ = ANY.validate(attrs(bytes), Mode::Liberal);
    let _ = ANY.validate(attrs(bytes), Mode::Strict);
    let _ = AttrPath::resolve(bytes, fhl, off);
    let _ = nlcodec::dump::Dump::new(bytes)
        .family_header_len(|_| 4)
        .to_string();
    // Flag bits that decode cares about, on a copy.
    for flags in [
        0,
        NLM_F_CAPPED,
        NLM_F_ACK_TLVS,
        NLM_F_CAPPED | NLM_F_ACK_TLVS,
    ] {
        let h = nlcodec::Header {
            len: 16 + bytes.len() as u32,
            kind: NLMSG_ERROR,
            flags,
            seq: 0,
            pid: 0,
        };
        let _ = nlcodec::ErrorMessage::parse(&h, bytes);
        let _ = nlcodec::DoneMessage::parse(&h, bytes);
    }
}
