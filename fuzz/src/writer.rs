//! The `writer` target: arbitrary sequences of writer operations on a small fixed buffer,
//! checked after every operation against a model of the bytes the writer must hold.

use arbitrary::{Arbitrary, Unstructured};
use nlcodec::consts::*;
use nlcodec::family::genl::GenlMsgHdr;
use nlcodec::family::FamilyHeader;
use nlcodec::{messages, Attrs, Header, Nest, WriteError, Writer};
use nlcodec_families::nftables::Nfgenmsg;
use nlcodec_families::{rt_link::Ifinfomsg, rt_route::Rtmsg};

/// Size of the writer's buffer: small, so that `BufferFull` is common.
pub const BUF_LEN: usize = 256;

/// One writer operation.
#[derive(Debug, Clone, Arbitrary)]
#[allow(missing_docs)]
pub enum Op {
    Begin {
        kind: u16,
        flags: u16,
        seq: u32,
        pid: u32,
    },
    Put(Vec<u8>),
    /// `put_header` of one of four family headers, chosen by `which`, from `bytes`.
    Header {
        which: u8,
        bytes: [u8; 16],
    },
    Attr {
        kind: u16,
        value: Vec<u8>,
    },
    /// `put_attr_with`; `len` past 65,531 must fail with `AttrTooLong`.
    AttrWith {
        kind: u16,
        len: u32,
        fill: u8,
    },
    Flag(u16),
    Str {
        kind: u16,
        s: String,
    },
    U8(u16, u8),
    U16(u16, u16),
    U32(u16, u32),
    U64(u16, u64),
    I32(u16, i32),
    BeU16(u16, u16),
    BeU32(u16, u32),
    BeI64(u16, i64),
    BeginNested(u16),
    /// `end_nested` with one of the nest handles still held (maybe stale, maybe not innermost).
    EndNested(u8),
    /// `cancel_nested`, like [`Op::EndNested`].
    CancelNested(u8),
    End,
    Cancel,
    Clear,
}

/// The model of a writer: the bytes it must hold and its state.
#[derive(Debug, Default)]
struct Model {
    /// The finished messages.
    committed: Vec<u8>,
    /// The open message, from the end of `committed` (padding included).
    open: Option<Open>,
    /// For each committed message: true when it holds nothing but attributes and nests.
    pure: Vec<bool>,
    /// Absolute offsets of the nests (not attributes that merely carry the flag) committed.
    nests: Vec<usize>,
    /// Number of nests ever opened (handle ids).
    next_id: u64,
}

#[derive(Debug)]
struct Open {
    /// The whole buffer as it must be: committed bytes, padding, the open message.
    bytes: Vec<u8>,
    start: usize,
    poison: Option<WriteError>,
    /// Open nests: (handle id, start).
    nests: Vec<(u64, usize)>,
    /// Starts of the nests closed in this message.
    closed: Vec<usize>,
    pure: bool,
}

impl Model {
    /// The result an operation inside a message must have before anything else is checked.
    fn check_open(&self) -> Result<(), WriteError> {
        match &self.open {
            None => Err(WriteError::NoMessage),
            Some(o) if o.poison.is_some() => Err(WriteError::Poisoned),
            Some(_) => Ok(()),
        }
    }

    /// Reserves `n` bytes at `at` (zero-filling from the current end), as the writer must.
    fn reserve(&mut self, at: usize, n: usize) -> Result<(), WriteError> {
        let o = self.open.as_mut().expect("checked");
        let pos = o.bytes.len();
        if at + n > BUF_LEN {
            let e = WriteError::BufferFull {
                needed: at + n - pos,
                available: BUF_LEN.saturating_sub(pos),
            };
            o.poison = Some(e);
            return Err(e);
        }
        o.bytes.resize(at, 0);
        Ok(())
    }

    fn raw(&mut self, b: &[u8]) -> Result<(), WriteError> {
        self.check_open()?;
        let pos = self.open.as_ref().unwrap().bytes.len();
        self.reserve(pos, b.len())?;
        let o = self.open.as_mut().unwrap();
        o.bytes.extend_from_slice(b);
        o.pure = false;
        Ok(())
    }

    fn attr(&mut self, kind: u16, value: &[u8]) -> Result<(), WriteError> {
        self.check_open()?;
        if value.len() > NLA_MAX_VALUE_LEN {
            let e = WriteError::AttrTooLong {
                kind,
                len: value.len(),
            };
            self.open.as_mut().unwrap().poison = Some(e);
            return Err(e);
        }
        let start = align(self.open.as_ref().unwrap().bytes.len());
        self.reserve(start, align(NLA_HDRLEN + value.len()))?;
        let b = &mut self.open.as_mut().unwrap().bytes;
        b.extend_from_slice(&((NLA_HDRLEN + value.len()) as u16).to_ne_bytes());
        b.extend_from_slice(&kind.to_ne_bytes());
        b.extend_from_slice(value);
        b.resize(align(b.len()), 0);
        Ok(())
    }

    fn begin(&mut self, kind: u16, flags: u16, seq: u32, pid: u32) -> Result<(), WriteError> {
        if self.open.is_some() {
            return Err(WriteError::MessageOpen);
        }
        let start = align(self.committed.len());
        if start + NLMSG_HDRLEN > BUF_LEN {
            return Err(WriteError::BufferFull {
                needed: start + NLMSG_HDRLEN - self.committed.len(),
                available: BUF_LEN - self.committed.len(),
            });
        }
        let mut bytes = self.committed.clone();
        bytes.resize(start, 0);
        bytes.extend_from_slice(
            &Header {
                len: 0,
                kind,
                flags,
                seq,
                pid,
            }
            .to_bytes(),
        );
        self.open = Some(Open {
            bytes,
            start,
            poison: None,
            nests: Vec::new(),
            closed: Vec::new(),
            pure: true,
        });
        Ok(())
    }

    fn begin_nested(&mut self, kind: u16) -> Result<u64, WriteError> {
        self.check_open()?;
        let start = align(self.open.as_ref().unwrap().bytes.len());
        self.reserve(start, NLA_HDRLEN)?;
        let id = self.next_id;
        self.next_id += 1;
        let o = self.open.as_mut().unwrap();
        o.bytes.extend_from_slice(&[0, 0]);
        o.bytes
            .extend_from_slice(&(kind | NLA_F_NESTED).to_ne_bytes());
        o.nests.push((id, start));
        Ok(id)
    }

    fn close_nested(&mut self, id: u64, cancel: bool) -> Result<(), WriteError> {
        self.check_open()?;
        let o = self.open.as_mut().unwrap();
        match o.nests.last() {
            Some(&(top, start)) if top == id => {
                if cancel {
                    o.bytes.truncate(start);
                    o.closed.retain(|s| *s < start);
                } else {
                    let len = o.bytes.len() - start;
                    assert!(len <= u16::MAX as usize, "cannot happen in {BUF_LEN} bytes");
                    o.bytes[start..start + 2].copy_from_slice(&(len as u16).to_ne_bytes());
                    o.closed.push(start);
                }
                o.nests.pop();
                Ok(())
            }
            _ => {
                o.poison = Some(WriteError::NestMismatch);
                Err(WriteError::NestMismatch)
            }
        }
    }

    fn end(&mut self) -> Result<(), WriteError> {
        let o = self.open.take().ok_or(WriteError::NoMessage)?;
        if let Some(e) = o.poison {
            return Err(e);
        }
        if !o.nests.is_empty() {
            return Err(WriteError::NestMismatch);
        }
        let mut bytes = o.bytes;
        let len = (bytes.len() - o.start) as u32;
        bytes[o.start..o.start + 4].copy_from_slice(&len.to_ne_bytes());
        self.committed = bytes;
        self.pure.push(o.pure);
        self.nests.extend_from_slice(&o.closed);
        Ok(())
    }
}

/// Walks a pure-attribute block of the message at `msg_start`: every attribute well formed,
/// every nest the model closed (`nests`, absolute offsets) a valid stream with the flag set.
fn walk_pure(it: Attrs<'_>, msg_start: usize, nests: &[usize]) {
    let mut it = it;
    for a in it.by_ref() {
        let a = a.expect("a written attribute does not parse");
        if nests.contains(&(msg_start + a.offset())) {
            assert!(a.is_nested());
            walk_pure(a.nested(), msg_start, nests);
        }
    }
    assert!(it.trailing().is_empty());
}

/// Applies the operations of `data` (decoded with `arbitrary`) to a writer over a 256-byte
/// buffer and to a model. After every operation: the result (including the exact error) is
/// the model's, the finished bytes are the model's, they parse as a clean message stream,
/// messages written only with attribute operations walk cleanly through every nest, and
/// `last_message` is the last one. Nest handles are kept across messages, so stale and
/// out-of-order handles are tried.
pub fn check_writer(data: &[u8]) {
    let mut u = Unstructured::new(data);
    let mut buf = [0u8; BUF_LEN];
    let mut w = Writer::new(&mut buf);
    let mut m = Model::default();
    let mut handles: Vec<(Nest, u64)> = Vec::new();
    let mut steps = 0;
    while !u.is_empty() && steps < 512 {
        steps += 1;
        let Ok(op) = Op::arbitrary(&mut u) else { break };
        let (got, want) = match op {
            Op::Begin {
                kind,
                flags,
                seq,
                pid,
            } => (
                w.begin_message(kind, flags, seq, pid),
                m.begin(kind, flags, seq, pid),
            ),
            Op::Put(b) => (w.put(&b), m.raw(&b)),
            Op::Header { which, bytes } => {
                let mut out = [0u8; 16];
                let (r, n) = match which % 4 {
                    0 => {
                        let h = Ifinfomsg::parse(&bytes).unwrap();
                        h.emit(&mut out[..Ifinfomsg::LEN]);
                        (w.put_header(&h), Ifinfomsg::LEN)
                    }
                    1 => {
                        let h = Rtmsg::parse(&bytes).unwrap();
                        h.emit(&mut out[..Rtmsg::LEN]);
                        (w.put_header(&h), Rtmsg::LEN)
                    }
                    2 => {
                        let h = GenlMsgHdr::parse(&bytes).unwrap();
                        h.emit(&mut out[..GenlMsgHdr::LEN]);
                        (w.put_header(&h), GenlMsgHdr::LEN)
                    }
                    _ => {
                        let h = Nfgenmsg::parse(&bytes).unwrap();
                        h.emit(&mut out[..Nfgenmsg::LEN]);
                        (w.put_header(&h), Nfgenmsg::LEN)
                    }
                };
                (r, m.raw(&out[..n]))
            }
            Op::Attr { kind, value } => (w.put_attr(kind, &value), m.attr(kind, &value)),
            Op::AttrWith { kind, len, fill } => {
                let len = if len & 1 == 0 {
                    (len as usize) % 80
                } else {
                    (len as usize) % 70_000
                };
                let value = vec![fill; len];
                (
                    w.put_attr_with(kind, len, |v| v.fill(fill)),
                    m.attr(kind, &value),
                )
            }
            Op::Flag(kind) => (w.put_flag(kind), m.attr(kind, &[])),
            Op::Str { kind, s } => {
                let mut v = s.as_bytes().to_vec();
                v.push(0);
                (w.put_str(kind, &s), m.attr(kind, &v))
            }
            Op::U8(k, v) => (w.put_u8(k, v), m.attr(k, &v.to_ne_bytes())),
            Op::U16(k, v) => (w.put_u16(k, v), m.attr(k, &v.to_ne_bytes())),
            Op::U32(k, v) => (w.put_u32(k, v), m.attr(k, &v.to_ne_bytes())),
            Op::U64(k, v) => (w.put_u64(k, v), m.attr(k, &v.to_ne_bytes())),
            Op::I32(k, v) => (w.put_i32(k, v), m.attr(k, &v.to_ne_bytes())),
            Op::BeU16(k, v) => (w.put_be_u16(k, v), m.attr(k, &v.to_be_bytes())),
            Op::BeU32(k, v) => (w.put_be_u32(k, v), m.attr(k, &v.to_be_bytes())),
            Op::BeI64(k, v) => (w.put_be_i64(k, v), m.attr(k, &v.to_be_bytes())),
            Op::BeginNested(kind) => {
                let got = w.begin_nested(kind);
                let want = m.begin_nested(kind);
                match (got, want) {
                    (Ok(n), Ok(id)) => {
                        handles.push((n, id));
                        (Ok(()), Ok(()))
                    }
                    (got, want) => (got.map(|_| ()), want.map(|_| ())),
                }
            }
            Op::EndNested(_) | Op::CancelNested(_) if handles.is_empty() => continue,
            Op::EndNested(i) => {
                let (n, id) = handles.remove(i as usize % handles.len());
                (w.end_nested(n), m.close_nested(id, false))
            }
            Op::CancelNested(i) => {
                let (n, id) = handles.remove(i as usize % handles.len());
                (w.cancel_nested(n), m.close_nested(id, true))
            }
            Op::End => (w.end_message(), m.end()),
            Op::Cancel => {
                w.cancel_message();
                m.open = None;
                (Ok(()), Ok(()))
            }
            Op::Clear => {
                w.clear();
                m.open = None;
                m.committed.clear();
                m.pure.clear();
                m.nests.clear();
                (Ok(()), Ok(()))
            }
        };
        assert_eq!(got, want, "operation result differs from the model");
        check_state(&w, &m);
    }
}

fn check_state(w: &Writer<&mut [u8]>, m: &Model) {
    let bytes = w.as_bytes();
    assert_eq!(
        bytes,
        &m.committed[..],
        "finished bytes differ from the model"
    );
    let pos = m.open.as_ref().map_or(m.committed.len(), |o| o.bytes.len());
    assert_eq!(w.position(), pos);
    let mut n = 0;
    let mut last = None;
    let mut off = 0;
    for msg in messages(bytes) {
        let msg = msg.expect("finished messages do not parse");
        if m.pure[n] {
            walk_pure(msg.attrs(0), off, &m.nests);
        }
        last = Some(off);
        off += align(msg.header.len as usize);
        n += 1;
    }
    assert_eq!(n, m.pure.len());
    assert_eq!(w.last_message(), last.map(|o| &bytes[o..]));
}
