//! nftables on the real kernel, each test in namespaces of its own: rulesets written by the
//! library (the `nft-block` example, transactions) and listed by `nft -j list ruleset` are
//! the ones `nft -f` writes for the same text; rulesets written by `nft -f` read back through
//! the typed views with every expression known; a batch with a bad message in the middle
//! changes nothing and names that message; 100,000 rules and 100,000 set elements commit in
//! one transaction with the default receive buffer.

mod netns;

use netns::{built, NamedNetns};
use nlcodec::consts::{NLM_F_APPEND, NLM_F_CREATE};
use nlcodec_families::nftables::ops::{
    Getchain, Getrule, Getset, Gettable, Newchain, Newrule, Newset, Newtable,
};
use nlcodec_families::nftables::{CmpOps, ExprOps, Nfgenmsg, PayloadBase, Registers, VerdictCode};
use nlcodec_socket::{Error, Netns, Protocol, Socket};
use serde_json::Value;
use std::process::Command;

const INET: Nfgenmsg = Nfgenmsg {
    nfgen_family: 1, // NFPROTO_INET
    version: 0,
    res_id: 0,
};

/// True when `nft` runs (a loud SKIP otherwise, a failure under `NLCODEC_REQUIRE_NFT`).
fn have_nft(test: &str) -> bool {
    netns::have(test, "nft", &["--version"], "NLCODEC_REQUIRE_NFT")
}

/// `N` namespaces of the test's own, when `nft` runs and namespaces can be made (`None`
/// after the loud SKIP of whichever cannot).
fn namespaces<const N: usize>(test: &str) -> Option<[NamedNetns; N]> {
    if !have_nft(test) {
        return None;
    }
    let made: Option<Vec<NamedNetns>> = (0..N).map(|_| NamedNetns::new(test)).collect();
    made?.try_into().ok()
}

/// A `NETLINK_NETFILTER` socket in the namespace.
fn netfilter(ns: &NamedNetns) -> Socket {
    Socket::open_in(Netns::Name(&ns.0), Protocol::NETFILTER).unwrap()
}

/// `nft ARGS` in the namespace; panics with its message when it fails.
fn nft(ns: &NamedNetns, args: &[&str], stdin: Option<&str>) -> String {
    use std::io::Write;
    let mut child = Command::new("ip")
        .args(["netns", "exec", &ns.0, "nft"])
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or("").as_bytes()).unwrap();
    drop(input);
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "nft {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// `nft -j list ruleset`, without what differs between two equal rulesets (the version
/// banner, handles, counters' numbers), and set elements sorted.
fn ruleset(ns: &NamedNetns) -> Vec<Value> {
    let v: Value = serde_json::from_str(&nft(ns, &["-j", "list", "ruleset"], None)).unwrap();
    let mut items: Vec<Value> = v["nftables"].as_array().unwrap().clone();
    items.retain(|i| i.get("metainfo").is_none());
    for i in &mut items {
        strip(i);
        if let Some(elems) = i.pointer_mut("/set/elem").and_then(Value::as_array_mut) {
            elems.sort_by_key(|e| e.to_string());
        }
    }
    items
}

fn strip(v: &mut Value) {
    match v {
        Value::Object(m) => {
            m.remove("handle");
            m.remove("packets");
            m.remove("bytes");
            m.values_mut().for_each(strip);
        }
        Value::Array(a) => a.iter_mut().for_each(strip),
        _ => {}
    }
}

/// What `nft-block` makes, written by `nft -f` instead.
const BLOCK: &str = "table inet nlcodec {
  set blocked { type ipv4_addr; }
  chain input { type filter hook input priority 0; policy accept; ip saddr @blocked counter drop; }
}
";

fn nft_block(ns: &NamedNetns, args: &[&str]) -> std::process::Output {
    Command::new(built("nft-block"))
        .args(["--netns", &ns.0])
        .args(args)
        .output()
        .unwrap()
}

/// Runs `nft-block` in `ns`; it must succeed.
fn nft_block_ok(ns: &NamedNetns, args: &[&str]) {
    netns::run_ok(
        Command::new(built("nft-block"))
            .args(["--netns", &ns.0])
            .args(args),
    );
}

/// `nft add element inet nlcodec blocked ELEMENTS` in `ns`.
fn add_elements(ns: &NamedNetns, elements: &str) {
    let args = ["add", "element", "inet", "nlcodec", "blocked", elements];
    nft(ns, &args, None);
}

#[test]
fn nft_block_writes_what_nft_writes_adds_only_elements_and_deletes() {
    let Some([ours, theirs]) = namespaces("nft_block") else {
        return;
    };
    nft_block_ok(&ours, &["192.0.2.1", "198.51.100.7"]);
    nft(&theirs, &["-f", "-"], Some(BLOCK));
    add_elements(&theirs, "{ 192.0.2.1, 198.51.100.7 }");
    assert_eq!(ruleset(&ours), ruleset(&theirs));

    // Again, with one address more from a file: only the element is added.
    let file = std::env::temp_dir().join(format!("nft-block-{}.txt", std::process::id()));
    std::fs::write(&file, "203.0.113.5\n\n192.0.2.1\n").unwrap();
    nft_block_ok(&ours, &["--file", file.to_str().unwrap()]);
    add_elements(&theirs, "{ 203.0.113.5 }");
    assert_eq!(ruleset(&ours), ruleset(&theirs));
    let rules = ruleset(&ours)
        .iter()
        .filter(|i| i.get("rule").is_some())
        .count();
    assert_eq!(rules, 1);

    // A bad address: exit 1, the message, nothing changed.
    let before = ruleset(&ours);
    let out = nft_block(&ours, &["192.0.2.77", "300.1.1.1"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Error: not an IPv4 address: \"300.1.1.1\"\n"
    );
    assert_eq!(ruleset(&ours), before);

    // Another table by name, then --delete of each.
    let out = nft_block(&ours, &["--table", "second", "192.0.2.9"]);
    assert!(out.status.success());
    assert!(ruleset(&ours)
        .iter()
        .any(|i| i.pointer("/table/name") == Some(&"second".into())));
    assert!(nft_block(&ours, &["--delete", "--table", "second"])
        .status
        .success());
    assert!(nft_block(&ours, &["--delete"]).status.success());
    assert!(ruleset(&ours).is_empty());
    // Deleting what is not there is the kernel's error, named.
    let out = nft_block(&ours, &["--delete"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Error: batch message 0 (of 1, from 0): NFTABLES_CMD_DELTABLE: No such file or directory, \
         at NFTABLES_A_TABLE_ATTRS_NAME\n"
    );
    let _ = std::fs::remove_file(file);
}

#[test]
fn a_bad_message_in_the_middle_changes_nothing_and_is_named() {
    let Some([ns]) = namespaces("bad_message_in_the_middle") else {
        return;
    };
    let mut sock = netfilter(&ns);
    let mut tx = sock.transaction();
    tx.add(Newtable, NLM_F_CREATE, &INET, |t| t.name("t"))
        .unwrap();
    tx.add(Newchain, NLM_F_CREATE, &INET, |c| {
        c.table_attr("t")?.name("ok")
    })
    .unwrap();
    // A chain of a table that does not exist.
    tx.add(Newchain, NLM_F_CREATE, &INET, |c| {
        c.table_attr("nosuch")?.name("bad")
    })
    .unwrap();
    tx.add(Newset, NLM_F_CREATE, &INET, |s| {
        s.table_attr("t")?.name("s")?.key_len(4)?.id(1)
    })
    .unwrap();
    let e = tx.commit().unwrap_err();
    assert!(
        matches!(
            e,
            Error::Batch {
                index: Some(2),
                messages: 4,
                ..
            }
        ),
        "{e:?}"
    );
    let k = e.kernel().unwrap();
    assert_eq!(k.errno, 2, "{e}");
    assert_eq!(
        k.named_path.as_deref(),
        Some("NFTABLES_A_CHAIN_ATTRS_TABLE"),
        "{e}"
    );
    assert!(ruleset(&ns).is_empty(), "{:?}", ruleset(&ns));
    // The socket goes on: the same batch without the bad message commits.
    let mut tx = sock.transaction();
    tx.add(Newtable, NLM_F_CREATE, &INET, |t| t.name("t"))
        .unwrap();
    tx.add(Newchain, NLM_F_CREATE, &INET, |c| {
        c.table_attr("t")?.name("ok")
    })
    .unwrap();
    assert_eq!(tx.commit().unwrap().len(), 2);
    assert_eq!(ruleset(&ns).len(), 2);
}

/// A ruleset with every kind of expression the issue names, and more.
const RULESET: &str = "table inet filter {
  set allowed { type ipv4_addr; flags interval; elements = { 10.0.0.0/8, 192.168.1.1 } }
  set ports { type inet_service; elements = { 22, 80, 443 } }
  chain input {
    type filter hook input priority 0; policy drop;
    ct state established,related accept
    iif lo accept
    ip saddr @allowed tcp dport @ports counter accept
    meta l4proto icmp counter accept
    ip6 nexthdr ipv6-icmp accept
    tcp dport 8080 ip saddr & 255.255.0.0 == 172.16.0.0 log prefix \"nlc \" drop
    jump extra
  }
  chain extra { udp dport 53 counter accept; return; }
  chain forward { type filter hook forward priority 10; policy accept; }
}
table ip nat {
  chain post { type nat hook postrouting priority 100; oifname \"eth0\" masquerade; }
}
";

#[test]
fn rulesets_written_by_nft_read_back_through_the_typed_views() {
    let Some([ns]) = namespaces("nft_read_back") else {
        return;
    };
    nft(&ns, &["-f", "-"], Some(RULESET));
    let mut sock = netfilter(&ns);
    let all = Nfgenmsg::default(); // NFPROTO_UNSPEC: every family
    let mut tables = Vec::new();
    for t in &sock.dump_all(Gettable, &all).unwrap() {
        let t = t.unwrap();
        tables.push((t.header.nfgen_family, t.attrs.name().unwrap().to_owned()));
    }
    tables.sort();
    assert_eq!(tables, [(1, "filter".into()), (2, "nat".into())]);
    let mut chains = Vec::new();
    for c in &sock.dump_all(Getchain, &all).unwrap() {
        let c = c.unwrap();
        let hook = c
            .attrs
            .hook()
            .unwrap()
            .map(|h| (h.num().unwrap(), h.priority().unwrap()));
        chains.push((c.attrs.name().unwrap().to_owned(), hook, c.attrs.policy()));
    }
    chains.sort();
    assert_eq!(
        chains,
        [
            ("extra".into(), None, None),
            ("forward".into(), Some((2, 10)), Some(1)),
            ("input".into(), Some((1, 0)), Some(0)),
            ("post".into(), Some((4, 100)), Some(1)),
        ]
    );
    let sets: Vec<String> = sock
        .dump_all(Getset, &all)
        .unwrap()
        .iter()
        .map(|s| s.unwrap().attrs.name().unwrap().to_owned())
        .collect();
    assert_eq!(sets.len(), 2, "{sets:?}");
    // Every expression of every rule: a known kind, its data read by its own view.
    let mut names = Vec::new();
    for r in &sock.dump_all(Getrule, &all).unwrap() {
        let r = r.unwrap();
        for e in r.attrs.expressions().unwrap().unwrap().elem() {
            let e = e.unwrap();
            let name = e.name().unwrap();
            let data = e.data().unwrap();
            assert!(
                !matches!(data, Some(ExprOps::Other { .. })),
                "expression {name} read as raw bytes"
            );
            names.push(name.to_owned());
        }
    }
    names.sort();
    names.dedup();
    assert_eq!(
        names,
        [
            "bitwise",
            "cmp",
            "counter",
            "ct",
            "immediate",
            "log",
            "lookup",
            "masq",
            "meta",
            "payload"
        ]
    );
}

#[test]
fn a_hundred_thousand_rules_commit_in_one_transaction() {
    let Some([ns]) = namespaces("hundred_thousand_rules") else {
        return;
    };
    let mut sock = netfilter(&ns);
    let default_rcvbuf = sock.recv_buffer_size().unwrap();
    sock.set_timeout(std::time::Duration::from_secs(120));
    let (r1, verdict) = (Registers::Reg1.value(), Registers::RegVerdict.value());
    let mut tx = sock.transaction();
    tx.add(Newtable, NLM_F_CREATE, &INET, |t| t.name("big"))
        .unwrap();
    tx.add(Newchain, NLM_F_CREATE, &INET, |c| {
        c.table_attr("big")?.name("c")
    })
    .unwrap();
    for i in 0..100_000u32 {
        let addr = (0x0a00_0000 | i).to_be_bytes();
        tx.add(Newrule, NLM_F_CREATE | NLM_F_APPEND, &INET, |r| {
            r.table_attr("big")?.chain("c")?.expressions(|e| {
                saddr(e)?
                    .elem(|x| x.data_cmp(|c| c.sreg(r1)?.op(CmpOps::Eq)?.data(|d| d.value(&addr))))?
                    .elem(|x| x.data_counter(|c| Ok(c)))?
                    .elem(|x| {
                        x.data_immediate(|im| {
                            im.dreg(verdict)?
                                .data(|d| d.verdict(|v| v.code(VerdictCode::Drop)))
                        })
                    })
            })
        })
        .unwrap();
    }
    let started = std::time::Instant::now();
    let replies = tx.commit().unwrap();
    eprintln!("100,000 rules: one transaction in {:?}", started.elapsed());
    assert_eq!(replies.len(), 100_002);
    assert_eq!(sock.recv_buffer_size().unwrap(), default_rcvbuf);
    let mut n = 0;
    sock.dump_each(Getrule, &INET, |_| {
        n += 1;
        Ok::<_, Error>(std::ops::ControlFlow::Continue(()))
    })
    .unwrap();
    assert_eq!(n, 100_000);
}

#[test]
fn a_hundred_thousand_set_elements_commit_with_nft_block() {
    let Some([ns]) = namespaces("hundred_thousand_elements") else {
        return;
    };
    let file = std::env::temp_dir().join(format!("nft-block-100k-{}.txt", std::process::id()));
    let text: String = (0..100_000u32)
        .map(|i| format!("{}\n", std::net::Ipv4Addr::from(0x0a00_0000 | i)))
        .collect();
    std::fs::write(&file, text).unwrap();
    nft_block_ok(&ns, &["--file", file.to_str().unwrap()]);
    let v: Value = serde_json::from_str(&nft(
        &ns,
        &["-j", "list", "set", "inet", "nlcodec", "blocked"],
        None,
    ))
    .unwrap();
    let elems = v
        .pointer("/nftables/1/set/elem")
        .and_then(Value::as_array)
        .unwrap();
    assert_eq!(elems.len(), 100_000);
    let _ = std::fs::remove_file(file);
}

/// The text `a_ruleset_with_regular_chains_then_deletes_and_flushes` writes through the
/// library, for `nft -f`.
const CHAINS: &str = "table inet lib {
  set blocked { type ipv4_addr; elements = { 192.0.2.1, 192.0.2.2 } }
  chain input {
    type filter hook input priority 0; policy drop;
    meta l4proto tcp tcp dport 22 counter accept
    ip saddr @blocked drop
    jump extra
  }
  chain extra { meta l4proto udp udp dport 53 accept; return; }
}
";

/// Writes `CHAINS` in one transaction: a set with elements, a base and a regular chain,
/// rules with meta, payload, cmp, lookup, counter and immediate verdicts (accept, drop,
/// jump, return).
fn write_chains(sock: &mut Socket) -> Result<(), Error> {
    use nlcodec_families::nftables::ops::Newsetelem;
    use nlcodec_families::nftables::{ExprAttrsBuilder, MetaKeys};
    let (r1, rv) = (Registers::Reg1.value(), Registers::RegVerdict.value());
    let mut tx = sock.transaction();
    tx.add(Newtable, NLM_F_CREATE, &INET, |t| t.name("lib"))?;
    tx.add(Newset, NLM_F_CREATE, &INET, |s| {
        s.table_attr("lib")?
            .name("blocked")?
            .key_type(7)?
            .key_len(4)?
            .id(1)
    })?;
    tx.add(Newsetelem, NLM_F_CREATE, &INET, |s| {
        s.table_attr("lib")?.set("blocked")?.elements(|l| {
            l.elem(|e| e.key(|k| k.value(&[192, 0, 2, 1])))?
                .elem(|e| e.key(|k| k.value(&[192, 0, 2, 2])))
        })
    })?;
    tx.add(Newchain, NLM_F_CREATE, &INET, |c| {
        c.table_attr("lib")?
            .name("input")?
            .type_("filter")?
            .policy(0)?
            .hook(|h| h.num(1)?.priority(0))
    })?;
    tx.add(Newchain, NLM_F_CREATE, &INET, |c| {
        c.table_attr("lib")?.name("extra")
    })?;
    let verdict = |code: VerdictCode, chain: Option<&'static str>| {
        move |x: &mut ExprAttrsBuilder<'_, Vec<u8>>| {
            x.data_immediate(|i| {
                i.dreg(rv)?.data(|d| {
                    d.verdict(|v| match chain {
                        Some(c) => v.code(code)?.chain(c),
                        None => v.code(code),
                    })
                })
            })
            .map(drop)
        }
    };
    let add = NLM_F_CREATE | NLM_F_APPEND;
    // meta l4proto tcp tcp dport 22 counter accept
    tx.add(Newrule, add, &INET, |r| {
        r.table_attr("lib")?.chain("input")?.expressions(|e| {
            dport(e, 6, 22)?
                .elem(|x| x.data_counter(|c| Ok(c)))?
                .elem(|x| verdict(VerdictCode::Accept, None)(x).map(|()| x))
        })
    })?;
    // ip saddr @blocked drop
    tx.add(Newrule, add, &INET, |r| {
        r.table_attr("lib")?.chain("input")?.expressions(|e| {
            e.elem(|x| x.data_meta(|m| m.key(MetaKeys::Nfproto)?.dreg(r1)))?
                .elem(|x| x.data_cmp(|c| c.sreg(r1)?.op(CmpOps::Eq)?.data(|d| d.value(&[2]))))?;
            saddr(e)?
                .elem(|x| x.data_lookup(|l| l.set("blocked")?.sreg(r1)))?
                .elem(|x| verdict(VerdictCode::Drop, None)(x).map(|()| x))
        })
    })?;
    // jump extra
    tx.add(Newrule, add, &INET, |r| {
        r.table_attr("lib")?
            .chain("input")?
            .expressions(|e| e.elem(|x| verdict(VerdictCode::Jump, Some("extra"))(x).map(|()| x)))
    })?;
    // meta l4proto udp udp dport 53 accept; return
    tx.add(Newrule, add, &INET, |r| {
        r.table_attr("lib")?.chain("extra")?.expressions(|e| {
            dport(e, 17, 53)?.elem(|x| verdict(VerdictCode::Accept, None)(x).map(|()| x))
        })
    })?;
    tx.add(Newrule, add, &INET, |r| {
        r.table_attr("lib")?
            .chain("extra")?
            .expressions(|e| e.elem(|x| verdict(VerdictCode::Return, None)(x).map(|()| x)))
    })?;
    tx.commit().map(drop)
}

type ExprList<'y> = nlcodec_families::nftables::ExprListAttrsBuilder<'y, Vec<u8>>;

/// `ip saddr` into register 1: the IPv4 source address (as nft writes `ip saddr`).
fn saddr<'x, 'y>(e: &'x mut ExprList<'y>) -> Result<&'x mut ExprList<'y>, nlcodec::WriteError> {
    e.elem(|x| {
        x.data_payload(|p| {
            p.dreg(Registers::Reg1)?
                .base(PayloadBase::NetworkHeader)?
                .offset(12)?
                .len_attr(4)
        })
    })
}

/// `meta l4proto PROTO th dport PORT`: four expressions (as nft writes `tcp dport 22`).
fn dport<'x, 'y>(
    e: &'x mut ExprList<'y>,
    proto: u8,
    port: u16,
) -> Result<&'x mut ExprList<'y>, nlcodec::WriteError> {
    use nlcodec_families::nftables::MetaKeys;
    let r1 = Registers::Reg1.value();
    e.elem(|x| x.data_meta(|m| m.key(MetaKeys::L4Proto)?.dreg(r1)))?
        .elem(|x| x.data_cmp(|c| c.sreg(r1)?.op(CmpOps::Eq)?.data(|d| d.value(&[proto]))))?
        .elem(|x| {
            x.data_payload(|p| {
                p.dreg(Registers::Reg1)?
                    .base(PayloadBase::TransportHeader)?
                    .offset(2)?
                    .len_attr(2)
            })
        })?
        .elem(|x| {
            x.data_cmp(|c| {
                c.sreg(r1)?
                    .op(CmpOps::Eq)?
                    .data(|d| d.value(&port.to_be_bytes()))
            })
        })
}

#[test]
fn a_ruleset_with_regular_chains_then_deletes_and_flushes() {
    use nlcodec_families::nftables::ops::{Delchain, Delrule, Delsetelem};
    let Some([ours, theirs]) = namespaces("regular_chains_deletes_flushes") else {
        return;
    };
    let mut sock = netfilter(&ours);
    write_chains(&mut sock).unwrap();
    nft(&theirs, &["-f", "-"], Some(CHAINS));
    assert_eq!(ruleset(&ours), ruleset(&theirs));

    // In one transaction: an element deleted, chain input flushed, chain extra flushed and
    // deleted.
    let mut tx = sock.transaction();
    tx.add(Delsetelem, 0, &INET, |s| {
        s.table_attr("lib")?
            .set("blocked")?
            .elements(|l| l.elem(|e| e.key(|k| k.value(&[192, 0, 2, 1]))))
    })
    .unwrap();
    tx.add(Delrule, 0, &INET, |r| r.table_attr("lib")?.chain("input"))
        .unwrap();
    tx.add(Delrule, 0, &INET, |r| r.table_attr("lib")?.chain("extra"))
        .unwrap();
    tx.add(Delchain, 0, &INET, |c| c.table_attr("lib")?.name("extra"))
        .unwrap();
    tx.commit().unwrap();
    nft(
        &theirs,
        &["-f", "-"],
        Some(
            "delete element inet lib blocked { 192.0.2.1 }\nflush chain inet lib input\n\
             flush chain inet lib extra\ndelete chain inet lib extra\n",
        ),
    );
    let after = ruleset(&ours);
    assert_eq!(after, ruleset(&theirs));
    assert!(after.iter().all(|i| i.get("rule").is_none()), "{after:?}");
    assert_eq!(after.len(), 3, "table, set, chain: {after:?}"); // table, set, input
}

#[test]
fn nft_list_prints_every_rule_as_nft_debug_netlink_does() {
    let Some([ns]) = namespaces("nft_list") else {
        return;
    };
    nft(&ns, &["-f", "-"], Some(CHAINS));
    nft(&ns, &["-f", "-"], Some(RULESET));
    let ours = netns::stdout_ok(Command::new(built("nft-list")).args(["--netns", &ns.0]));
    // Ours: the table, chain and set lines, then the rules.
    let (head, rules) = ours.split_at(ours.find("\ninet ").unwrap() + 1);
    assert!(
        head.contains(
            "table inet lib\n  chain input { type filter hook input priority 0 policy drop }\n"
        ),
        "{head}"
    );
    assert!(head.contains("  chain extra\n"), "{head}");
    assert!(head.contains("  set blocked { key length 4 }\n"), "{head}");
    // Theirs: `--debug=netlink` prints each rule (and each set's elements) as libnftnl
    // formats them, then the ruleset in nft's syntax.
    let theirs = nft(&ns, &["--debug=netlink", "list", "ruleset"], None);
    let debug = &theirs[..theirs.find("\ntable ").unwrap() + 1];
    // Without the sets' lines (`inet lib @blocked` and its tab-indented elements).
    let set_line =
        |l: &&str| l.starts_with('\t') || l.split(' ').nth(2).is_some_and(|w| w.starts_with('@'));
    let rules_only: String = debug
        .lines()
        .filter(|l| !set_line(l))
        .map(|l| format!("{l}\n"))
        .collect();
    let blocks: Vec<&str> = rules_only
        .split("\n\n")
        .filter(|b| !b.trim().is_empty())
        .collect();
    let ours: Vec<&str> = rules
        .split("\n\n")
        .filter(|b| !b.trim().is_empty())
        .collect();
    assert_eq!(ours.len(), 15, "{rules}");
    assert_eq!(
        ours,
        blocks.iter().map(|b| b.trim_end()).collect::<Vec<_>>()
    );
}
