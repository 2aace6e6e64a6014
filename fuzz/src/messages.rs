//! The `messages` target: arbitrary bytes as a message stream.

use crate::walk::{
    check_ext_ack, check_family_headers, check_resolve_payload, check_tables_and_validation,
    walk_attrs, CountingSink, WalkStats,
};
use nlcodec::consts::*;
use nlcodec::dump::Dump;
use nlcodec::error::Structure;
use nlcodec::family::header_of;
use nlcodec::{
    messages, AttrPath, DoneMessage, Error, ErrorMessage, ExtAck, Header, Message, Payload,
};
use nlcodec_families::rt_link::Ifinfomsg;
use nlcodec_families::runtime::family_header_len;
use std::fmt::Write;

/// Decodes every message of `data` as a stream, every control payload (ERROR capped or not,
/// with or without ext-ACK TLVs, DONE, NOOP, OVERRUN) against an independent reading of the
/// layout, walks every attribute block recursively to the depth limit calling every getter,
/// builds tables, validates policies, resolves ext-ACK offsets, parses family headers, and
/// formats the whole buffer with [`Dump`].
pub fn check_messages(data: &[u8]) {
    let mut it = messages(data);
    let mut count = 0usize;
    loop {
        let off = it.offset();
        match it.next() {
            None => {
                assert_eq!(off, data.len(), "stream ended early");
                break;
            }
            Some(Err(e)) => {
                assert_eq!(e.offset(), Some(off), "{e:?}");
                assert!(off < data.len());
                assert!(it.next().is_none(), "message iterator not fused");
                let _ = format!("{e}");
                break;
            }
            Some(Ok(m)) => {
                count += 1;
                assert!(count <= data.len() / NLMSG_HDRLEN, "too many messages");
                let len = m.header.len as usize;
                assert!(len >= NLMSG_HDRLEN && off + len <= data.len());
                assert_eq!(Header::parse(&data[off..]), Ok(m.header));
                assert_eq!(m.header.to_bytes(), data[off..off + NLMSG_HDRLEN]);
                assert_eq!(m.payload, &data[off + NLMSG_HDRLEN..off + len]);
                assert_eq!(it.offset(), (off + align(len)).min(data.len()));
                check_message(&m, &data[off..off + len]);
            }
        }
    }
    if data.len() > 2048 {
        return;
    }
    let mut sink = CountingSink::default();
    let dump = Dump::new(data)
        .family_header_len(family_header_len(nlcodec::Protocol::ROUTE))
        .max_value_bytes(16);
    write!(sink, "{dump} {dump:?}").expect("formatting into a sink cannot fail");
}

/// Checks one message whose bytes (header included, padding excluded) are `raw`.
pub fn check_message(m: &Message<'_>, raw: &[u8]) {
    let kind = m.header.kind;
    assert_eq!(m.is_control(), kind < NLMSG_MIN_TYPE);
    let decoded = m.decode();
    match kind {
        NLMSG_NOOP => assert_eq!(decoded, Ok(Payload::Noop)),
        NLMSG_OVERRUN => assert_eq!(decoded, Ok(Payload::Overrun)),
        NLMSG_ERROR => check_error(m, raw, &decoded),
        NLMSG_DONE => check_done(m, &decoded),
        _ => assert_eq!(decoded, Ok(Payload::Data(m.payload))),
    }

    let route_hl = family_header_len(nlcodec::Protocol::ROUTE)(kind);
    let mut hls = vec![0usize, 4, route_hl];
    hls.dedup();
    for (i, &hl) in hls.iter().enumerate() {
        let skip = align(hl).min(m.payload.len());
        let attrs = m.attrs(hl);
        if m.payload.len() < hl {
            let e = attrs.clone().next();
            let expected = Error::Truncated {
                what: Structure::FamilyHeader,
                offset: NLMSG_HDRLEN,
                needed: hl,
                available: m.payload.len(),
            };
            assert_eq!(e, Some(Err(expected)));
            let mut a2 = attrs;
            a2.next();
            assert!(a2.next().is_none());
            continue;
        }
        let base = NLMSG_HDRLEN + skip;
        let mut stats = WalkStats::default();
        walk_attrs(attrs.clone(), &m.payload[skip..], base, 0, &mut stats);
        if i + 1 == hls.len() {
            check_tables_and_validation(attrs, base, raw.len());
            let extra = [0, hl, skip, raw.len(), raw.len().wrapping_sub(1)];
            check_resolve_payload(m.payload, hl, &extra);
            for x in [
                0u32,
                15,
                16,
                (NLMSG_HDRLEN + skip) as u32,
                raw.len() as u32 - 1,
            ] {
                let whole = AttrPath::resolve(raw, hl, x);
                let expect = (x as usize)
                    .checked_sub(NLMSG_HDRLEN)
                    .and_then(|o| AttrPath::resolve_payload(m.payload, hl, o));
                assert_eq!(whole, expect);
            }
        }
    }

    check_family_headers(m.payload);
    match header_of::<Ifinfomsg>(m) {
        Ok(_) => assert!(m.payload.len() >= Ifinfomsg::LEN),
        Err(e) => assert_eq!(e.offset(), Some(NLMSG_HDRLEN)),
    }
    for n in [0, 4, 16] {
        assert_eq!(m.family_header(n).ok(), m.payload.get(..n));
    }
}

/// The `NLMSG_ERROR` layout read independently of the codec, then compared with `decoded`.
fn check_error(m: &Message<'_>, raw: &[u8], decoded: &Result<Payload<'_>, Error>) {
    let p = m.payload;
    let outer = m.header;
    let expected: Result<ErrorMessage<'_>, Error> = (|| {
        if p.len() < 4 {
            return Err(Error::Truncated {
                what: Structure::ErrorCode,
                offset: 16,
                needed: 4,
                available: p.len(),
            });
        }
        let error = i32::from_ne_bytes([p[0], p[1], p[2], p[3]]);
        if p.len() < 20 {
            return Err(Error::Truncated {
                what: Structure::EchoedHeader,
                offset: 20,
                needed: 16,
                available: p.len() - 4,
            });
        }
        let request = Header::parse(&p[4..]).expect("16 bytes are there");
        let (request_payload, tlv_start) = if outer.flags & NLM_F_CAPPED != 0 {
            (&p[..0], 20)
        } else {
            let rl = request.len as usize;
            if rl < 16 {
                return Err(Error::MessageLenTooSmall {
                    offset: 20,
                    len: request.len,
                });
            }
            if rl > p.len() - 4 {
                return Err(Error::Truncated {
                    what: Structure::EchoedPayload,
                    offset: 20,
                    needed: rl,
                    available: p.len() - 4,
                });
            }
            (&p[20..4 + rl], 4 + align(rl))
        };
        let ext_ack = if outer.flags & NLM_F_ACK_TLVS != 0 {
            let tlvs = p.get(tlv_start..).unwrap_or(&[]);
            let r = ExtAck::parse(tlvs, 16 + tlv_start);
            check_ext_ack(tlvs, 16 + tlv_start, &r);
            r?
        } else {
            ExtAck::default()
        };
        Ok(ErrorMessage {
            error,
            request,
            request_payload,
            ext_ack,
        })
    })();
    match (decoded, expected) {
        (Ok(Payload::Error(got)), Ok(exp)) => {
            assert_eq!(got, &exp);
            assert_eq!(got.is_ack(), got.error == 0);
            assert_eq!(got.errno(), got.error.wrapping_neg());
            for hl in [0usize, 4, 16] {
                let echoed = got.echoed_attr_path(hl);
                let expect = got
                    .ext_ack
                    .offset
                    .and_then(|o| (o as usize).checked_sub(NLMSG_HDRLEN))
                    .and_then(|o| AttrPath::resolve_payload(got.request_payload, hl, o));
                assert_eq!(echoed, expect);
                // The message itself as "the request that was sent".
                let against_raw = got.ext_ack.attr_path(raw, hl);
                let expect = got
                    .ext_ack
                    .offset
                    .and_then(|o| AttrPath::resolve(raw, hl, o));
                assert_eq!(against_raw, expect);
            }
        }
        (Err(got), Err(exp)) => assert_eq!(got, &exp),
        (got, exp) => panic!("NLMSG_ERROR decoded as {got:?}, expected {exp:?}"),
    }
}

/// The `NLMSG_DONE` layout read independently of the codec, then compared with `decoded`.
fn check_done(m: &Message<'_>, decoded: &Result<Payload<'_>, Error>) {
    let p = m.payload;
    let expected: Result<DoneMessage<'_>, Error> = if p.is_empty() {
        Ok(DoneMessage::default())
    } else if p.len() < 4 {
        Err(Error::Truncated {
            what: Structure::ErrorCode,
            offset: 16,
            needed: 4,
            available: p.len(),
        })
    } else {
        let error = i32::from_ne_bytes([p[0], p[1], p[2], p[3]]);
        if m.header.flags & NLM_F_ACK_TLVS != 0 {
            let r = ExtAck::parse(&p[4..], 20);
            check_ext_ack(&p[4..], 20, &r);
            r.map(|ext_ack| DoneMessage { error, ext_ack })
        } else {
            Ok(DoneMessage {
                error,
                ext_ack: ExtAck::default(),
            })
        }
    };
    match (decoded, expected) {
        (Ok(Payload::Done(got)), Ok(exp)) => {
            assert_eq!(got, &exp);
            assert_eq!(got.errno(), got.error.wrapping_neg());
        }
        (Err(got), Err(exp)) => assert_eq!(got, &exp),
        (got, exp) => panic!("NLMSG_DONE decoded as {got:?}, expected {exp:?}"),
    }
}
