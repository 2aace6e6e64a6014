//! Hand-made edge cases for the seed corpus, and the splitting of real captures into
//! corpus-sized pieces.

use nlcodec::consts::*;
use nlcodec::{Header, Writer};

fn header(len: u32, kind: u16, flags: u16) -> Vec<u8> {
    Header {
        len,
        kind,
        flags,
        seq: 1,
        pid: 0,
    }
    .to_bytes()
    .to_vec()
}

fn nla(kind: u16, value: &[u8]) -> Vec<u8> {
    let mut v = ((NLA_HDRLEN + value.len()) as u16).to_ne_bytes().to_vec();
    v.extend_from_slice(&kind.to_ne_bytes());
    v.extend_from_slice(value);
    v
}

fn padded(mut v: Vec<u8>) -> Vec<u8> {
    v.resize(align(v.len()), 0);
    v
}

/// A message of type `kind` with `payload`, `nlmsg_len` set, unpadded.
fn msg(kind: u16, flags: u16, payload: &[u8]) -> Vec<u8> {
    let mut v = header((NLMSG_HDRLEN + payload.len()) as u32, kind, flags);
    v.extend_from_slice(payload);
    v
}

/// `depth` nests of type 1, each holding the next, around a u32.
fn deep_nest(depth: usize) -> Vec<u8> {
    let mut v = nla(2, &7u32.to_ne_bytes());
    for _ in 0..depth {
        v = nla(1 | NLA_F_NESTED, &v);
    }
    v
}

/// The hand-made edge cases, by name: lengths 0, 15, 16, past the end, `u32::MAX` and
/// `u16::MAX`; `nla_len` 0 to 3; unpadded tails; trailing bytes; nests deeper than the limit;
/// every control message layout.
pub fn edge_cases() -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = Vec::new();
    let mut add = |name: &str, v: Vec<u8>| out.push((name.to_string(), v));

    add("empty", Vec::new());
    add("one-byte", vec![0]);
    for len in [0u32, 1, 15] {
        add(&format!("nlmsg-len-{len}"), header(len, 0x10, 0));
    }
    add("nlmsg-len-16", header(16, 0x10, 0));
    add("nlmsg-len-17-short", header(17, 0x10, 0));
    add("nlmsg-len-past-end", header(100, 0x10, 0));
    add("nlmsg-len-u32-max", header(u32::MAX, 0x10, 0));
    add("nlmsg-len-u16-max", header(u16::MAX as u32, 0x10, 0));
    add("fifteen-bytes", vec![0x10; 15]);
    for t in [NLMSG_NOOP, NLMSG_ERROR, NLMSG_DONE, NLMSG_OVERRUN] {
        add(&format!("bare-control-{t}"), header(16, t, 0));
    }
    for n in 1..16 {
        let mut v = padded(msg(0x10, 0, &[1, 2, 3, 4]));
        v.extend(std::iter::repeat_n(0xee, n));
        add(&format!("trailing-{n}"), v);
    }
    let mut two = padded(msg(0x10, NLM_F_MULTI, &nla(1, &[9])));
    two.extend(msg(0x10, NLM_F_MULTI, &nla(2, &[1, 2, 3, 4, 5])));
    add("unpadded-tail", two);
    add("unpadded-last-attr", msg(0x10, 0, &nla(3, b"eth")));
    for len in 0u16..4 {
        let mut p = nla(1, &[1, 0, 0, 0]);
        p.extend_from_slice(&len.to_ne_bytes());
        p.extend_from_slice(&5u16.to_ne_bytes());
        p.extend_from_slice(&[0xab; 8]);
        add(&format!("nla-len-{len}"), msg(0x10, 0, &p));
    }
    let mut big = nla(1, &[]);
    big[..2].copy_from_slice(&u16::MAX.to_ne_bytes());
    add("nla-len-u16-max", msg(0x10, 0, &big));
    let mut over = nla(1, &[0; 4]);
    over[..2].copy_from_slice(&9u16.to_ne_bytes());
    add("nla-len-past-block", msg(0x10, 0, &over));
    for t in 1..4 {
        let mut p = nla(1, &[1, 2, 3, 4]);
        p.extend(std::iter::repeat_n(0, t));
        add(&format!("attr-trailing-{t}"), msg(0x10, 0, &p));
    }
    for depth in [31, 32, 33, 40] {
        add(
            &format!("nest-depth-{depth}"),
            msg(0x10, 0, &deep_nest(depth)),
        );
    }
    let mut ifinfo = vec![0u8; 16];
    ifinfo.extend(nla(3, b"lo\0"));
    ifinfo = padded(ifinfo);
    ifinfo.extend(nla(4, &65536u32.to_ne_bytes()));
    ifinfo.extend(nla(18 | NLA_F_NESTED, &nla(1, b"veth\0")));
    add("rtm-newlink", msg(16, NLM_F_MULTI, &ifinfo));
    add("short-family-header", msg(16, 0, &[0; 8]));

    // NLMSG_ERROR: capped ACK with TLVs, uncapped error echoing the request, broken echoes.
    let request = padded(msg(16, NLM_F_REQUEST | NLM_F_ACK, &ifinfo));
    let mut tlvs = padded(nla(NLMSGERR_ATTR_MSG, b"bad attribute\0"));
    tlvs.extend(nla(NLMSGERR_ATTR_OFFS, &44u32.to_ne_bytes()));
    tlvs.extend(nla(NLMSGERR_ATTR_COOKIE, &[1, 2, 3, 4, 5, 6, 7, 8]));
    tlvs.extend(nla(NLMSGERR_ATTR_MISS_TYPE, &3u32.to_ne_bytes()));
    tlvs.extend(nla(NLMSGERR_ATTR_MISS_NEST, &32u32.to_ne_bytes()));
    let mut pol = nla(1, &4u32.to_ne_bytes());
    pol.extend(nla(5, &4094u64.to_ne_bytes()));
    pol.extend(nla(2, &(-5i32).to_ne_bytes()));
    tlvs.extend(nla(NLMSGERR_ATTR_POLICY | NLA_F_NESTED, &pol));
    let mut capped = (-22i32).to_ne_bytes().to_vec();
    capped.extend_from_slice(&request[..16]);
    capped.extend_from_slice(&tlvs);
    let mut full = (-22i32).to_ne_bytes().to_vec();
    full.extend_from_slice(&request);
    full.extend_from_slice(&tlvs);
    // Each echo with the flags that match it, and with the other reading's.
    let (cap, tlv) = (NLM_F_CAPPED, NLM_F_ACK_TLVS);
    for (name, flags, payload) in [
        ("error-capped-tlvs", cap | tlv, &capped),
        ("error-capped-no-tlv-flag", cap, &capped),
        ("error-uncapped-tlvs", tlv, &full),
        ("error-uncapped-read-as-capped", cap | tlv, &full),
        ("error-capped-read-as-uncapped", tlv, &capped),
    ] {
        add(name, msg(NLMSG_ERROR, flags, payload));
    }
    let mut ack = 0i32.to_ne_bytes().to_vec();
    ack.extend_from_slice(&request[..16]);
    add("ack-capped", msg(NLMSG_ERROR, NLM_F_CAPPED, &ack));
    for n in [0usize, 3, 4, 19] {
        add(
            &format!("error-payload-{n}"),
            msg(NLMSG_ERROR, 0, &full[..n]),
        );
    }
    let mut echo_bad = full.clone();
    echo_bad[4..8].copy_from_slice(&8u32.to_ne_bytes());
    add("error-echo-len-8", msg(NLMSG_ERROR, 0, &echo_bad));
    echo_bad[4..8].copy_from_slice(&u32::MAX.to_ne_bytes());
    add("error-echo-len-max", msg(NLMSG_ERROR, 0, &echo_bad));

    // NLMSG_DONE: empty, short, with error and TLVs.
    add("done-empty", msg(NLMSG_DONE, NLM_F_MULTI, &[]));
    add("done-2", msg(NLMSG_DONE, NLM_F_MULTI, &[0, 0]));
    let mut done = (-95i32).to_ne_bytes().to_vec();
    done.extend_from_slice(&nla(NLMSGERR_ATTR_MSG, b"not supported\0"));
    add(
        "done-tlvs",
        msg(NLMSG_DONE, NLM_F_MULTI | NLM_F_ACK_TLVS, &done),
    );
    let mut done_bad = (-1i32).to_ne_bytes().to_vec();
    done_bad.extend_from_slice(&nla(NLMSGERR_ATTR_MSG, b"no nul"));
    add(
        "done-tlv-msg-no-nul",
        msg(NLMSG_DONE, NLM_F_ACK_TLVS, &done_bad),
    );

    // A dump as the writer makes it.
    let mut buf = vec![0u8; 512];
    let mut w = Writer::new(&mut buf);
    for seq in 1..4 {
        w.begin_message(24, NLM_F_MULTI, seq, 0).unwrap();
        w.put(&[2, 24, 0, 0, 254, 3, 0, 1, 0, 0, 0, 0]).unwrap();
        w.put_u32(15, 254).unwrap();
        w.put_be_u32(1, 0x0a00_0000).unwrap();
        let n = w.begin_nested(9).unwrap();
        w.put_u8(1, 1).unwrap();
        w.end_nested(n).unwrap();
        w.end_message().unwrap();
    }
    w.begin_message(NLMSG_DONE, NLM_F_MULTI, 4, 0).unwrap();
    w.put(&0i32.to_ne_bytes()).unwrap();
    w.end_message().unwrap();
    add("route-dump-written", w.as_bytes().to_vec());
    out
}

/// Splits a capture (a concatenation of message streams) into pieces of whole messages of
/// at most `max` bytes each (a single longer message is kept whole); bytes that do not frame
/// as messages end the split.
pub fn split_capture(bytes: &[u8], max: usize) -> Vec<Vec<u8>> {
    let walk = crate::differential::ref_messages(bytes);
    let mut out: Vec<Vec<u8>> = Vec::new();
    let mut cur: Vec<u8> = Vec::new();
    for (off, len) in walk.items {
        let m = &bytes[off..off + len];
        if !cur.is_empty() && align(cur.len()) + len > max {
            out.push(std::mem::take(&mut cur));
        }
        cur.resize(align(cur.len()), 0);
        cur.extend_from_slice(m);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}
