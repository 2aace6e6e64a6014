//! The `roundtrip` target: a structured tree of messages, family headers and nested
//! attributes, written with the codec's writer, compared with a reference encoding, parsed
//! back, compared with the tree, then written again from the parse and compared byte for byte.

use arbitrary::{Arbitrary, Result as ArbResult, Unstructured};
use nlcodec::consts::*;
use nlcodec::family::genl::GenlMsgHdr;
use nlcodec::family::FamilyHeader;
use nlcodec::{messages, Attr, Attrs, Header, Message, WriteError, Writer};
use nlcodec_families::nftables::Nfgenmsg;
use nlcodec_families::{
    rt_addr::Ifaddrmsg, rt_link::Ifinfomsg, rt_neigh::Ndmsg, rt_route::Rtmsg, tc::Tcmsg,
};

/// How deep generated nests go: past the codec's [`nlcodec::MAX_NEST_DEPTH`], which only
/// limits recursion in validation and offset resolution, never plain nesting.
pub const MAX_TREE_DEPTH: usize = nlcodec::MAX_NEST_DEPTH + 8;

/// A whole input: a sequence of messages.
#[derive(Debug, Clone, PartialEq)]
pub struct Input {
    /// The messages, in order.
    pub messages: Vec<MsgSpec>,
}

/// One message: header fields (`len` is computed), an optional family header, attributes.
#[derive(Debug, Clone, PartialEq)]
pub struct MsgSpec {
    /// `nlmsg_type`.
    pub kind: u16,
    /// `nlmsg_flags`.
    pub flags: u16,
    /// `nlmsg_seq`.
    pub seq: u32,
    /// `nlmsg_pid`.
    pub pid: u32,
    /// What comes before the attributes.
    pub family: FamilySpec,
    /// The attributes.
    pub attrs: Vec<AttrSpec>,
}

/// A family header, typed or raw.
#[derive(Debug, Clone, PartialEq)]
pub enum FamilySpec {
    /// No family header.
    None,
    /// `ifinfomsg`.
    IfInfo(Ifinfomsg),
    /// `ifaddrmsg`.
    IfAddr(Ifaddrmsg),
    /// `rtmsg`.
    Rt(Rtmsg),
    /// `ndmsg`.
    Nd(Ndmsg),
    /// `tcmsg`.
    Tc(Tcmsg),
    /// `genlmsghdr`.
    Genl(GenlMsgHdr),
    /// `nfgenmsg`.
    NfGen(Nfgenmsg),
    /// Raw bytes of any length (written unpadded; attributes start at the next 4-byte boundary).
    Raw(Vec<u8>),
}

/// An attribute: a leaf value or a nest.
#[derive(Debug, Clone, PartialEq)]
pub enum AttrSpec {
    /// A value attribute. `kind` never has `NLA_F_NESTED`, so that flag marks nests exactly.
    Leaf {
        /// Type, possibly with `NLA_F_NET_BYTEORDER`.
        kind: u16,
        /// The value.
        value: Value,
    },
    /// A nest written with `begin_nested` / `end_nested`.
    Nest {
        /// Type without flags (the writer adds `NLA_F_NESTED`).
        kind: u16,
        /// The nested attributes.
        children: Vec<AttrSpec>,
    },
}

/// A leaf value, one per typed `put_*` of the writer.
#[derive(Debug, Clone, PartialEq, Arbitrary)]
#[allow(missing_docs)]
pub enum Value {
    U8(u8),
    U16(u16),
    U32(u32),
    U64(u64),
    I8(i8),
    I16(i16),
    I32(i32),
    I64(i64),
    BeU16(u16),
    BeU32(u32),
    BeU64(u64),
    BeI16(i16),
    BeI32(i32),
    BeI64(i64),
    Flag,
    Str(String),
    Bytes(Vec<u8>),
    /// `put_attr_with`: `len` bytes, each set to `fill`.
    With {
        len: u16,
        fill: u8,
    },
}

impl Value {
    /// The value bytes as they must appear on the wire.
    pub fn bytes(&self) -> Vec<u8> {
        match self {
            Value::U8(v) => v.to_ne_bytes().to_vec(),
            Value::U16(v) => v.to_ne_bytes().to_vec(),
            Value::U32(v) => v.to_ne_bytes().to_vec(),
            Value::U64(v) => v.to_ne_bytes().to_vec(),
            Value::I8(v) => v.to_ne_bytes().to_vec(),
            Value::I16(v) => v.to_ne_bytes().to_vec(),
            Value::I32(v) => v.to_ne_bytes().to_vec(),
            Value::I64(v) => v.to_ne_bytes().to_vec(),
            Value::BeU16(v) => v.to_be_bytes().to_vec(),
            Value::BeU32(v) => v.to_be_bytes().to_vec(),
            Value::BeU64(v) => v.to_be_bytes().to_vec(),
            Value::BeI16(v) => v.to_be_bytes().to_vec(),
            Value::BeI32(v) => v.to_be_bytes().to_vec(),
            Value::BeI64(v) => v.to_be_bytes().to_vec(),
            Value::Flag => Vec::new(),
            Value::Str(s) => {
                let mut b = s.as_bytes().to_vec();
                b.push(0);
                b
            }
            Value::Bytes(b) => b.clone(),
            Value::With { len, fill } => vec![*fill; *len as usize],
        }
    }

    /// Writes the value with the matching typed writer call.
    pub fn write(&self, w: &mut Writer<Vec<u8>>, kind: u16) -> Result<(), WriteError> {
        match self {
            Value::U8(v) => w.put_u8(kind, *v),
            Value::U16(v) => w.put_u16(kind, *v),
            Value::U32(v) => w.put_u32(kind, *v),
            Value::U64(v) => w.put_u64(kind, *v),
            Value::I8(v) => w.put_i8(kind, *v),
            Value::I16(v) => w.put_i16(kind, *v),
            Value::I32(v) => w.put_i32(kind, *v),
            Value::I64(v) => w.put_i64(kind, *v),
            Value::BeU16(v) => w.put_be_u16(kind, *v),
            Value::BeU32(v) => w.put_be_u32(kind, *v),
            Value::BeU64(v) => w.put_be_u64(kind, *v),
            Value::BeI16(v) => w.put_be_i16(kind, *v),
            Value::BeI32(v) => w.put_be_i32(kind, *v),
            Value::BeI64(v) => w.put_be_i64(kind, *v),
            Value::Flag => w.put_flag(kind),
            Value::Str(s) => w.put_str(kind, s),
            Value::Bytes(b) => w.put_attr(kind, b),
            Value::With { len, fill } => w.put_attr_with(kind, *len as usize, |v| v.fill(*fill)),
        }
    }

    /// Checks a parsed attribute against the value with the matching typed getter.
    pub fn check(&self, a: &Attr<'_>) {
        let ok = match self {
            Value::U8(v) => a.as_u8() == Ok(*v),
            Value::U16(v) => a.as_u16() == Ok(*v),
            Value::U32(v) => a.as_u32() == Ok(*v),
            Value::U64(v) => a.as_u64() == Ok(*v),
            Value::I8(v) => a.as_i8() == Ok(*v),
            Value::I16(v) => a.as_i16() == Ok(*v),
            Value::I32(v) => a.as_i32() == Ok(*v),
            Value::I64(v) => a.as_i64() == Ok(*v),
            Value::BeU16(v) => a.as_be_u16() == Ok(*v),
            Value::BeU32(v) => a.as_be_u32() == Ok(*v),
            Value::BeU64(v) => a.as_be_u64() == Ok(*v),
            Value::BeI16(v) => a.as_be_i16() == Ok(*v),
            Value::BeI32(v) => a.as_be_i32() == Ok(*v),
            Value::BeI64(v) => a.as_be_i64() == Ok(*v),
            Value::Flag => a.as_flag() == Ok(()),
            // The string as written, then its NUL; as_str reads up to the first NUL.
            Value::Str(s) => {
                a.as_bytes().strip_suffix(&[0]) == Some(s.as_bytes())
                    && a.as_str() == Ok(s.split('\0').next().unwrap_or(""))
            }
            Value::Bytes(b) => a.as_bytes() == &b[..],
            Value::With { .. } => a.as_bytes() == &self.bytes()[..],
        };
        assert!(ok, "{self:?} read back as {a:?}");
    }
}

fn gen_family(u: &mut Unstructured<'_>) -> ArbResult<FamilySpec> {
    fn typed<H: FamilyHeader>(u: &mut Unstructured<'_>) -> ArbResult<H> {
        let bytes: [u8; 20] = u.arbitrary()?;
        Ok(H::parse(&bytes[..H::LEN]).expect("20 bytes are enough for every header"))
    }
    Ok(match u.int_in_range(0u8..=8)? {
        0 => FamilySpec::None,
        1 => FamilySpec::IfInfo(typed(u)?),
        2 => FamilySpec::IfAddr(typed(u)?),
        3 => FamilySpec::Rt(typed(u)?),
        4 => FamilySpec::Nd(typed(u)?),
        5 => FamilySpec::Tc(typed(u)?),
        6 => FamilySpec::Genl(typed(u)?),
        7 => FamilySpec::NfGen(typed(u)?),
        _ => FamilySpec::Raw(u.arbitrary()?),
    })
}

fn gen_attrs(u: &mut Unstructured<'_>, depth: usize) -> ArbResult<Vec<AttrSpec>> {
    let mut out = Vec::new();
    while !u.is_empty() && u.arbitrary::<bool>()? {
        let kind: u16 = u.arbitrary()?;
        if depth < MAX_TREE_DEPTH && u.ratio(1u8, 4u8)? {
            let children = gen_attrs(u, depth + 1)?;
            out.push(AttrSpec::Nest {
                kind: kind & NLA_TYPE_MASK,
                children,
            });
        } else {
            let mut value: Value = u.arbitrary()?;
            if let Value::With { len, .. } = &mut value {
                // Mostly small; sometimes past what a u16 length can describe.
                if !u.ratio(1u8, 16u8)? {
                    *len %= 64;
                }
            }
            out.push(AttrSpec::Leaf {
                kind: kind & !NLA_F_NESTED,
                value,
            });
        }
    }
    Ok(out)
}

impl<'a> Arbitrary<'a> for Input {
    fn arbitrary(u: &mut Unstructured<'a>) -> ArbResult<Self> {
        let mut messages = Vec::new();
        while !u.is_empty() && messages.len() < 64 {
            messages.push(MsgSpec {
                kind: u.arbitrary()?,
                flags: u.arbitrary()?,
                seq: u.arbitrary()?,
                pid: u.arbitrary()?,
                family: gen_family(u)?,
                attrs: gen_attrs(u, 0)?,
            });
        }
        Ok(Input { messages })
    }
}

/// The family header's bytes and its type's length.
fn family_bytes(f: &FamilySpec) -> Vec<u8> {
    fn typed<H: FamilyHeader>(h: &H) -> Vec<u8> {
        let mut b = vec![0u8; H::LEN];
        h.emit(&mut b);
        b
    }
    match f {
        FamilySpec::None => Vec::new(),
        FamilySpec::IfInfo(h) => typed(h),
        FamilySpec::IfAddr(h) => typed(h),
        FamilySpec::Rt(h) => typed(h),
        FamilySpec::Nd(h) => typed(h),
        FamilySpec::Tc(h) => typed(h),
        FamilySpec::Genl(h) => typed(h),
        FamilySpec::NfGen(h) => typed(h),
        FamilySpec::Raw(b) => b.clone(),
    }
}

fn pad(out: &mut Vec<u8>) {
    out.resize(align(out.len()), 0);
}

/// Reference encoding of one attribute, independent of the writer. Errors as the writer
/// must: a leaf as it is put, a nest when it is closed.
fn ref_attr(out: &mut Vec<u8>, a: &AttrSpec) -> Result<(), WriteError> {
    pad(out);
    let start = out.len();
    let kind = match a {
        AttrSpec::Leaf { kind, value } => {
            let v = value.bytes();
            if v.len() > NLA_MAX_VALUE_LEN {
                return Err(WriteError::AttrTooLong {
                    kind: *kind,
                    len: v.len(),
                });
            }
            out.extend_from_slice(&[0, 0]);
            out.extend_from_slice(&kind.to_ne_bytes());
            out.extend_from_slice(&v);
            *kind
        }
        AttrSpec::Nest { kind, children } => {
            out.extend_from_slice(&[0, 0]);
            out.extend_from_slice(&(kind | NLA_F_NESTED).to_ne_bytes());
            for c in children {
                ref_attr(out, c)?;
            }
            kind | NLA_F_NESTED
        }
    };
    let len = out.len() - start;
    if len > u16::MAX as usize {
        return Err(WriteError::AttrTooLong {
            kind,
            len: len - NLA_HDRLEN,
        });
    }
    out[start..start + 2].copy_from_slice(&(len as u16).to_ne_bytes());
    pad(out);
    Ok(())
}

/// Reference encoding of one message (padding before it included): where it starts, or the
/// writer's error.
fn ref_message(out: &mut Vec<u8>, m: &MsgSpec) -> Result<usize, WriteError> {
    let mut buf = out.clone();
    pad(&mut buf);
    let start = buf.len();
    let h = Header {
        len: 0,
        kind: m.kind,
        flags: m.flags,
        seq: m.seq,
        pid: m.pid,
    };
    buf.extend_from_slice(&h.to_bytes());
    buf.extend_from_slice(&family_bytes(&m.family));
    for a in &m.attrs {
        ref_attr(&mut buf, a)?;
    }
    let len = (buf.len() - start) as u32;
    buf[start..start + 4].copy_from_slice(&len.to_ne_bytes());
    *out = buf;
    Ok(start)
}

fn write_attr(w: &mut Writer<Vec<u8>>, a: &AttrSpec) -> Result<(), WriteError> {
    match a {
        AttrSpec::Leaf { kind, value } => value.write(w, *kind),
        AttrSpec::Nest { kind, children } => {
            let nest = w.begin_nested(*kind)?;
            for c in children {
                write_attr(w, c)?;
            }
            w.end_nested(nest)
        }
    }
}

fn write_family(w: &mut Writer<Vec<u8>>, f: &FamilySpec) -> Result<(), WriteError> {
    match f {
        FamilySpec::None => Ok(()),
        FamilySpec::IfInfo(h) => w.put_header(h),
        FamilySpec::IfAddr(h) => w.put_header(h),
        FamilySpec::Rt(h) => w.put_header(h),
        FamilySpec::Nd(h) => w.put_header(h),
        FamilySpec::Tc(h) => w.put_header(h),
        FamilySpec::Genl(h) => w.put_header(h),
        FamilySpec::NfGen(h) => w.put_header(h),
        FamilySpec::Raw(b) => w.put(b),
    }
}

/// Writes one message with the writer; on an error the message is dropped by `end_message`,
/// which must report the first error.
fn write_message(w: &mut Writer<Vec<u8>>, m: &MsgSpec) -> Result<(), WriteError> {
    w.begin_message(m.kind, m.flags, m.seq, m.pid)?;
    let first =
        write_family(w, &m.family).and_then(|()| m.attrs.iter().try_for_each(|a| write_attr(w, a)));
    let end = w.end_message();
    match first {
        Ok(()) => end,
        Err(e) => {
            // A nest left open or a poisoned message: dropped, with the poisoning error.
            assert!(
                end.is_err(),
                "a message that failed with {e:?} was committed"
            );
            Err(e)
        }
    }
}

/// Compares a parsed attribute block with the tree.
fn compare_attrs(it: Attrs<'_>, spec: &[AttrSpec]) {
    let mut it = it;
    let mut n = 0;
    for (i, r) in it.by_ref().enumerate() {
        let a = r.expect("a written attribute block does not parse");
        let s = spec.get(i).expect("more attributes parsed than written");
        match s {
            AttrSpec::Leaf { kind, value } => {
                assert_eq!(a.raw_kind(), *kind);
                assert!(!a.is_nested());
                value.check(&a);
            }
            AttrSpec::Nest { kind, children } => {
                assert_eq!(a.raw_kind(), kind | NLA_F_NESTED);
                assert_eq!(a.len() % 4, 0, "a nest's length covers its padded children");
                compare_attrs(a.nested(), children);
            }
        }
        n += 1;
    }
    assert_eq!(n, spec.len(), "fewer attributes parsed than written");
    assert!(it.trailing().is_empty());
}

fn compare_family(m: &Message<'_>, f: &FamilySpec) -> usize {
    fn typed<H: FamilyHeader + PartialEq + std::fmt::Debug>(m: &Message<'_>, h: &H) -> usize {
        assert_eq!(nlcodec::family::header_of::<H>(m).as_ref(), Ok(h));
        H::LEN
    }
    match f {
        FamilySpec::None => 0,
        FamilySpec::IfInfo(h) => typed(m, h),
        FamilySpec::IfAddr(h) => typed(m, h),
        FamilySpec::Rt(h) => typed(m, h),
        FamilySpec::Nd(h) => typed(m, h),
        FamilySpec::Tc(h) => typed(m, h),
        FamilySpec::Genl(h) => typed(m, h),
        FamilySpec::NfGen(h) => typed(m, h),
        FamilySpec::Raw(b) => {
            assert_eq!(m.family_header(b.len()), Ok(&b[..]));
            b.len()
        }
    }
}

/// Writes the parsed attributes again: nests (the `NLA_F_NESTED` flag) with
/// `begin_nested`/`end_nested`, leaves with `put_attr`.
fn rewrite_attrs(w: &mut Writer<Vec<u8>>, it: Attrs<'_>) {
    for a in it {
        let a = a.expect("parsed before");
        if a.is_nested() {
            let nest = w.begin_nested(a.kind()).expect("rewrite: begin_nested");
            rewrite_attrs(w, a.nested());
            w.end_nested(nest).expect("rewrite: end_nested");
        } else {
            w.put_attr(a.raw_kind(), a.value())
                .expect("rewrite: put_attr");
        }
    }
}

/// Checks one structured input: writer output equals the reference encoding (messages that
/// cannot be encoded are dropped with the same error), parses back to the tree, and writing
/// the parse again gives the same bytes.
pub fn check_roundtrip_input(input: &Input) {
    let mut w = Writer::from_vec(Vec::new());
    let mut expected = Vec::new();
    let mut kept = Vec::new();
    for m in &input.messages {
        let r = ref_message(&mut expected, m);
        let got = write_message(&mut w, m);
        assert_eq!(got, r.map(|_| ()), "writer and reference disagree on {m:?}");
        if let Ok(start) = r {
            kept.push(m);
            assert_eq!(w.last_message(), Some(&expected[start..]));
        }
        assert_eq!(
            w.as_bytes(),
            &expected[..],
            "writer output differs from the reference"
        );
    }
    let bytes = w.as_bytes().to_vec();

    // Parse back and compare with the tree.
    let parsed: Vec<Message<'_>> = messages(&bytes)
        .map(|m| m.expect("written stream does not parse"))
        .collect();
    assert_eq!(parsed.len(), kept.len());
    for (m, s) in parsed.iter().zip(&kept) {
        assert_eq!(
            (m.header.kind, m.header.flags, m.header.seq, m.header.pid),
            (s.kind, s.flags, s.seq, s.pid)
        );
        let hl = compare_family(m, &s.family);
        compare_attrs(m.attrs(hl), &s.attrs);
    }

    // Write the parse again, byte for byte.
    let mut w2 = Writer::from_vec(Vec::new());
    for (m, s) in parsed.iter().zip(&kept) {
        let h = m.header;
        w2.begin_message(h.kind, h.flags, h.seq, h.pid)
            .expect("rewrite: begin");
        let hl = match &s.family {
            FamilySpec::IfInfo(_) => rewrite_header::<Ifinfomsg>(&mut w2, m),
            FamilySpec::IfAddr(_) => rewrite_header::<Ifaddrmsg>(&mut w2, m),
            FamilySpec::Rt(_) => rewrite_header::<Rtmsg>(&mut w2, m),
            FamilySpec::Nd(_) => rewrite_header::<Ndmsg>(&mut w2, m),
            FamilySpec::Tc(_) => rewrite_header::<Tcmsg>(&mut w2, m),
            FamilySpec::Genl(_) => rewrite_header::<GenlMsgHdr>(&mut w2, m),
            FamilySpec::NfGen(_) => rewrite_header::<Nfgenmsg>(&mut w2, m),
            FamilySpec::None => 0,
            FamilySpec::Raw(b) => {
                w2.put(m.family_header(b.len()).unwrap())
                    .expect("rewrite: put");
                b.len()
            }
        };
        rewrite_attrs(&mut w2, m.attrs(hl));
        w2.end_message().expect("rewrite: end");
    }
    assert_eq!(
        w2.as_bytes(),
        &bytes[..],
        "rewriting the parse changed the bytes"
    );
    assert_eq!(w2.into_vec(), bytes);
}

fn rewrite_header<H: FamilyHeader>(w: &mut Writer<Vec<u8>>, m: &Message<'_>) -> usize {
    let h = nlcodec::family::header_of::<H>(m).expect("parsed before");
    w.put_header(&h).expect("rewrite: put_header");
    H::LEN
}

/// Builds an [`Input`] from `data` with `arbitrary` and checks it with
/// [`check_roundtrip_input`]. Bytes that do not make an input are skipped.
pub fn check_roundtrip(data: &[u8]) {
    if let Ok(input) = Input::arbitrary_take_rest(Unstructured::new(data)) {
        check_roundtrip_input(&input);
    }
}
