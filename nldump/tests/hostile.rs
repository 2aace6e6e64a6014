//! Crafted input that once cost nldump quadratic time, unbounded memory or a misleading
//! line: many sub-messages without their selector, strings and ext-ACK texts that are not
//! UTF-8, input read a byte at a time, and one message bigger than a round.

mod common;

use nlcodec::consts::*;
use nldump::{decode_input, decode_stream, Options};
use std::time::{Duration, Instant};

/// An `RTM_NEWQDISC` with `n` empty `TCA_OPTIONS` and no `TCA_KIND` (their selector).
fn qdisc_with_options(n: usize, kind: Option<&str>) -> Vec<u8> {
    let mut w = nlcodec::Writer::from_vec(Vec::new());
    w.begin_message(36, 0, 1, 0).unwrap(); // RTM_NEWQDISC
    w.put(&[0u8; 20]).unwrap(); // tcmsg
    if let Some(k) = kind {
        w.put_str(1, k).unwrap(); // TCA_KIND
    }
    for _ in 0..n {
        w.put_attr(2, &[]).unwrap(); // TCA_OPTIONS
    }
    w.end_message().unwrap();
    w.into_vec()
}

#[test]
fn many_sub_messages_without_their_selector_take_linear_time() {
    // 100,000 sub-messages: about 30 s per format with a sibling scan each (0.31 s at 10k
    // before the fix, growing with the square); well under a second now. The bound below
    // only catches a return to quadratic time, it measures nothing.
    for kind in [None, Some("htb")] {
        let bytes = qdisc_with_options(100_000, kind);
        for opts in [Options::default(), common::json()] {
            let t = Instant::now();
            let (out, err, s) = common::run(&bytes, &opts);
            assert_eq!(s.messages, 1, "{err}");
            assert!(out.len() > 100_000);
            assert!(t.elapsed() < Duration::from_secs(20), "{:?}", t.elapsed());
        }
    }
}

#[test]
fn a_string_that_is_not_utf8_is_marked_not_shown_as_hex_text() {
    // RTM_NEWLINK with IFLA_IFNAME "b\xffd".
    let mut w = nlcodec::Writer::from_vec(Vec::new());
    w.begin_message(16, 0, 1, 0).unwrap();
    w.put(&[0u8; 16]).unwrap();
    w.put_attr(3, b"b\xffd\0").unwrap();
    w.end_message().unwrap();
    let bytes = w.into_vec();
    let (text, _, _) = common::run(&bytes, &Options::default());
    assert!(
        text.contains("IFLA_IFNAME (not UTF-8: 62 ff 64 00)"),
        "{text}"
    );
    let (json, _, _) = common::run(&bytes, &common::json());
    let v: serde_json::Value = serde_json::from_str(json.trim()).unwrap();
    assert_eq!(
        v["msg"]["ifname"],
        serde_json::json!({"not-utf8": "62ff6400"})
    );
}

#[test]
fn an_ext_ack_text_that_is_not_utf8_keeps_the_errno() {
    let mut w = nlcodec::Writer::from_vec(Vec::new());
    w.begin_message(NLMSG_ERROR, NLM_F_CAPPED | NLM_F_ACK_TLVS, 1, 0)
        .unwrap();
    w.put(&(-22i32).to_ne_bytes()).unwrap();
    w.put(
        &nlcodec::Header {
            len: 16,
            kind: 16,
            flags: 5,
            seq: 1,
            pid: 0,
        }
        .to_bytes(),
    )
    .unwrap();
    w.put_attr(NLMSGERR_ATTR_MSG, b"b\xffd\0").unwrap();
    w.end_message().unwrap();
    let bytes = w.into_vec();
    let (json, err, s) = common::run(&bytes, &common::json());
    assert_eq!(s.errors, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(json.trim()).unwrap();
    assert_eq!(v["error"]["errno"], -22, "{v}");
    assert_eq!(v["error"]["ext-ack"]["msg"], "b\u{fffd}d");
    let (text, _, _) = common::run(&bytes, &Options::default());
    assert!(text.contains("ext-ack msg (not UTF-8): 62 ff 64"), "{text}");
}

/// A reader that hands out one byte per read.
struct Trickle<'a>(&'a [u8]);

impl std::io::Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match (self.0.split_first(), buf.is_empty()) {
            (Some((b, rest)), false) => {
                buf[0] = *b;
                self.0 = rest;
                Ok(1)
            }
            _ => Ok(0),
        }
    }
}

#[test]
fn a_stream_read_a_byte_at_a_time_decodes_like_the_whole_input() {
    for file in common::captures() {
        let bytes = std::fs::read(&file).unwrap();
        let opts = Options {
            protocol: Some(common::protocol_of(&file)),
            ..Options::default()
        };
        let (whole, _, _) = common::run(&bytes, &opts);
        let (mut out, mut err) = (Vec::new(), Vec::new());
        decode_stream(&mut Trickle(&bytes), &opts, &mut out, &mut err).unwrap();
        // (A stream learns family ids as they come; the shipped genl capture announces them
        // before it uses them, so its output is the same too.)
        assert_eq!(String::from_utf8(out).unwrap(), whole, "{file:?}");
    }
}

#[test]
fn a_message_bigger_than_a_round_is_printed_whole_and_in_order() {
    // A link dump, then one 3 MB message of 750,000 empty attributes, then the dump again.
    let dump = std::fs::read(common::testdata().join("link-dump.bin")).unwrap();
    let mut w = nlcodec::Writer::from_vec(Vec::new());
    w.begin_message(16, 0, 9, 0).unwrap();
    w.put(&[0u8; 16]).unwrap();
    for _ in 0..750_000 {
        w.put_attr(1000, &[]).unwrap();
    }
    w.end_message().unwrap();
    let big = w.into_vec();
    let input = [&dump[..], &big, &dump].concat();
    for opts in [
        Options::default(),
        common::json(),
        Options {
            offsets: true,
            ..Options::default()
        },
    ] {
        let (out, err, s) = common::run(&input, &opts);
        let (one, _, _) = common::run(&dump, &opts);
        assert_eq!(s.errors, 0, "{err}");
        let n = nlcodec::messages(&dump).count() as u64;
        assert_eq!(s.messages, 2 * n + 1);
        // The dump's messages before and after the big one print as they do alone (but
        // for their numbers and offsets after it).
        assert!(out.starts_with(&one), "before");
        let lines = out.lines().count();
        // Text: the header line, the ifinfomsg line and one line per attribute.
        assert_eq!(
            lines,
            2 * one.lines().count() + if opts.json { 1 } else { 750_002 }
        );
    }
    // Through a byte-at-a-time stream too.
    let (whole, _, _) = common::run(&input, &Options::default());
    let (mut out, mut err) = (Vec::new(), Vec::new());
    decode_stream(
        &mut Trickle(&input),
        &Options::default(),
        &mut out,
        &mut err,
    )
    .unwrap();
    assert_eq!(String::from_utf8(out).unwrap(), whole);
    // And the same text as the codec's Dump of that message alone.
    let (mut out, mut err) = (Vec::new(), Vec::new());
    decode_input(&big, &Options::default(), &mut out, &mut err).unwrap();
    let dump_text = format!(
        "{}",
        nlcodec::dump::Dump::new(&big)
            .family_header_len(nlcodec_families::runtime::family_header_len(
                nlcodec::Protocol::ROUTE
            ))
            .schema(&nlcodec_families::runtime::Rtnetlink)
    );
    let ours = String::from_utf8(out).unwrap();
    assert_eq!(
        ours.strip_prefix("#1 @0 route: ").unwrap(),
        dump_text.strip_prefix("message at 0: ").unwrap()
    );
}

#[test]
fn a_path_that_is_a_pipe_is_read_once() {
    // `/dev/stdin` on a pipe: a path, but not a file that can be read twice to learn the
    // generic netlink ids first; it is decoded as a stream. The input spans several rounds,
    // so a second reading would have taken the rest of it away from the decoding.
    use std::io::Write;
    let one = std::fs::read(common::testdata().join("genl-ctrl-dump.bin")).unwrap();
    let per_copy = nlcodec::messages(&one).count();
    let copies = 400; // about 1 MB
    let bytes = one.repeat(copies);
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_nldump"))
        .args(["--protocol", "genl", "/dev/stdin"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || stdin.write_all(&bytes).unwrap());
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let blocks = text.lines().filter(|l| l.starts_with('#')).count();
    assert_eq!(blocks, copies * per_copy);
}

#[test]
fn a_flag_the_kernel_answers_with_a_byte_is_set_only_when_the_byte_is_not_zero() {
    // RTM_NEWLINK of a vxlan whose IFLA_VXLAN_TTL_INHERIT is the reply's u8: 0, then 1.
    for (byte, want) in [(0u8, false), (1, true)] {
        let mut w = nlcodec::Writer::from_vec(Vec::new());
        w.begin_message(16, 0, 1, 0).unwrap();
        w.put(&[0u8; 16]).unwrap();
        let li = w.begin_nested(18).unwrap(); // IFLA_LINKINFO
        w.put_str(1, "vxlan").unwrap(); // IFLA_INFO_KIND
        let data = w.begin_nested(2).unwrap(); // IFLA_INFO_DATA
        w.put_u8(28, byte).unwrap(); // IFLA_VXLAN_TTL_INHERIT
        w.put_flag(27).unwrap(); // IFLA_VXLAN_GPE, a real flag
        w.end_nested(data).unwrap();
        w.end_nested(li).unwrap();
        w.end_message().unwrap();
        let bytes = w.into_vec();
        let (json, _, _) = common::run(&bytes, &common::json());
        let v: serde_json::Value = serde_json::from_str(json.trim()).unwrap();
        let data = &v["msg"]["linkinfo"]["data"];
        assert_eq!(data["ttl-inherit"], serde_json::json!(want), "{json}");
        assert_eq!(data["gpe"], serde_json::json!(true), "{json}");
        let (text, _, _) = common::run(&bytes, &Options::default());
        assert!(
            text.contains(&format!("IFLA_VXLAN_TTL_INHERIT {byte}\n")),
            "{text}"
        );
    }
}

#[test]
fn repeats_of_a_multi_attribute_and_malformed_entries_keep_the_json_whole() {
    let json_lines = |bytes: &[u8], opts: &Options| -> serde_json::Value {
        let (json, _, _) = common::run(bytes, opts);
        serde_json::from_str(json.trim()).unwrap_or_else(|e| panic!("{e}: {json}"))
    };
    // RTM_NEWLINK: IFLA_PROP_LIST { IFLA_ALT_IFNAME "a", type 99, IFLA_ALT_IFNAME "b",
    // an attribute whose length runs past the nest }.
    let mut w = nlcodec::Writer::from_vec(Vec::new());
    w.begin_message(16, 0, 1, 0).unwrap();
    w.put(&[0u8; 16]).unwrap();
    w.put_nested(52, |w| {
        w.put_str(53, "a")?;
        w.put_u32(99, 7)?;
        w.put_str(53, "b")?;
        w.put(&[200, 0, 1, 0])
    })
    .unwrap();
    w.end_message().unwrap();
    let link = json_lines(&w.into_vec(), &common::json());
    let props = &link["msg"]["prop-list"];
    assert_eq!(props["alt-ifname"], serde_json::json!(["a", "b"]), "{link}");
    assert_eq!(props["attr-99"], serde_json::json!("07000000"), "{link}");
    assert!(props["malformed"].is_string(), "{link}");

    // nlctrl CTRL_CMD_NEWFAMILY: CTRL_ATTR_OPS [ 1: { CTRL_ATTR_OP_ID 5 }, then an entry
    // whose length runs past the list ].
    let mut w = nlcodec::Writer::from_vec(Vec::new());
    w.begin_message(nlcodec::family::genl::GENL_ID_CTRL, 0, 2, 0)
        .unwrap();
    w.put(&[1, 2, 0, 0]).unwrap();
    w.put_nested(6, |w| {
        w.put_nested(1, |w| w.put_u32(1, 5))?;
        w.put(&[200, 0, 2, 0])
    })
    .unwrap();
    w.end_message().unwrap();
    let genl = Options {
        protocol: Some(nlcodec::Protocol::GENERIC),
        ..common::json()
    };
    let family = json_lines(&w.into_vec(), &genl);
    let ops = family["msg"]["ops"].as_array().expect("a list of ops");
    assert_eq!(ops[0]["1"]["id"], serde_json::json!(5), "{family}");
    assert!(ops[1]["malformed"].is_string(), "{family}");
    assert_eq!(ops.len(), 2, "{family}");
}

#[test]
fn entries_of_entries_are_objects_by_index_in_json() {
    use nlcodec_families::nlctrl::*;
    // CTRL_CMD_GETPOLICY's reply: policy 1, attribute 3: { NL_POLICY_TYPE_ATTR_TYPE 3, i.e.
    // NL_ATTR_TYPE_U16 };
    // operation 5's `do` uses policy 1.
    let mut w = nlcodec::Writer::from_vec(Vec::new());
    w.begin_message(nlcodec::family::genl::GENL_ID_CTRL, NLM_F_MULTI, 1, 0)
        .unwrap();
    w.put(&[CTRL_CMD_GETPOLICY_REPLY, 2, 0, 0]).unwrap();
    w.put_u16(CTRL_ATTR_FAMILY_ID, 0x10).unwrap();
    w.put_nested(CTRL_ATTR_POLICY, |w| {
        w.put_nested(1, |w| {
            w.put_nested(3, |w| w.put_u32(NL_POLICY_TYPE_ATTR_TYPE, 3))
        })
    })
    .unwrap();
    w.put_nested(CTRL_ATTR_OP_POLICY, |w| {
        w.put_nested(5, |w| w.put_u32(CTRL_ATTR_POLICY_DO, 1))
    })
    .unwrap();
    w.end_message().unwrap();
    let genl = Options {
        protocol: Some(nlcodec::Protocol::GENERIC),
        ..common::json()
    };
    let (json, _, _) = common::run(&w.into_vec(), &genl);
    let v: serde_json::Value =
        serde_json::from_str(json.trim()).unwrap_or_else(|e| panic!("{e}: {json}"));
    let msg = &v["msg"];
    assert_eq!(
        msg["policy"]["1"]["3"]["type"],
        serde_json::json!("u16"),
        "{json}"
    );
    assert_eq!(msg["op-policy"]["5"]["do"], serde_json::json!(1), "{json}");
}
