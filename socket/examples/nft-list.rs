//! `nft-list [--netns NAME]`: the nftables ruleset through the typed views: each table
//! with its chains (hook, priority, policy) and sets, then every rule in the form
//! `nft --debug=netlink list ruleset` prints it (`inet filter input 4 3` and one
//! `[ payload load 4b @ network header + 12 => reg 1 ]` line per expression; the test
//! compares the two), expressions it has no words for by their name.
//!
//! ```text
//! cargo run -p nlcodec-socket --example nft-list
//! ```

mod common;

use nlcodec_families::nftables::ops::{Getchain, Getrule, Getset, Gettable};
use nlcodec_families::nftables::{DataAttrs, ExprOps, Nfgenmsg, PayloadBase, VerdictCode};
use nlcodec_socket::{Protocol, Report};

/// The hooks of the ip, ip6 and inet families by number (`enum nf_inet_hooks`).
const HOOKS: [&str; 6] = [
    "prerouting",
    "input",
    "forward",
    "output",
    "postrouting",
    "ingress",
];

fn main() -> Result<(), Report> {
    let args = common::Args::parse()?;
    let mut sock = args.open(Protocol::NETFILTER)?;
    let all = Nfgenmsg::default(); // every family
    let (chains, sets) = (sock.dump_all(Getchain, &all)?, sock.dump_all(Getset, &all)?);
    for t in &sock.dump_all(Gettable, &all)? {
        let t = t?;
        let (family, table) = (family(t.header.nfgen_family), t.attrs.name().unwrap_or("?"));
        println!("table {family} {table}");
        for c in chains
            .iter()
            .filter_map(Result::ok)
            .filter(|c| c.attrs.table_attr() == Some(table))
        {
            let mut line = format!("  chain {}", c.attrs.name().unwrap_or("?"));
            if let (Some(h), Some(ty)) = (c.attrs.hook()?, c.attrs.type_()) {
                let policy = if c.attrs.policy() == Some(1) {
                    "accept"
                } else {
                    "drop"
                };
                let hook = h.num().and_then(|n| HOOKS.get(n as usize)).unwrap_or(&"?");
                line += &format!(
                    " {{ type {ty} hook {hook} priority {} policy {policy} }}",
                    h.priority().unwrap_or(0)
                );
            }
            println!("{line}");
        }
        for s in sets
            .iter()
            .filter_map(Result::ok)
            .filter(|s| s.attrs.table_attr() == Some(table))
        {
            println!(
                "  set {} {{ key length {} }}",
                s.attrs.name().unwrap_or("?"),
                s.attrs.key_len().unwrap_or(0)
            );
        }
    }
    for r in &sock.dump_all(Getrule, &all)? {
        let r = r?;
        let a = &r.attrs;
        let (table, chain) = (a.table_attr().unwrap_or("?"), a.chain().unwrap_or("?"));
        let mut head = format!(
            "{} {table} {chain} {}",
            family(r.header.nfgen_family),
            a.handle().unwrap_or(0)
        );
        if let Some(p) = a.position() {
            head += &format!(" {p}");
        }
        println!("{head}");
        for e in a.expressions()?.iter().flat_map(|l| l.elem()) {
            let e = e?;
            println!("  [ {}]", expr(e.name().unwrap_or("?"), e.data()?)?);
        }
        println!();
    }
    Ok(())
}

/// One expression as libnftnl prints it (each part followed by a space).
fn expr(name: &str, data: Option<ExprOps<'_>>) -> Result<String, nlcodec::Error> {
    Ok(match data {
        Some(ExprOps::Meta(m)) => {
            let key = m
                .key()
                .map(|k| k.to_string().replace('-', ""))
                .unwrap_or_default();
            format!("meta load {key} => reg {} ", m.dreg().unwrap_or(0))
        }
        Some(ExprOps::Payload(p)) => {
            let base = match p.base() {
                Some(PayloadBase::LinkLayerHeader) => "link",
                Some(PayloadBase::NetworkHeader) => "network",
                Some(PayloadBase::TransportHeader) => "transport",
                _ => "inner",
            };
            let (len, off, reg) = (
                p.len_attr().unwrap_or(0),
                p.offset().unwrap_or(0),
                p.dreg().map_or(0, |r| r.value()),
            );
            format!("payload load {len}b @ {base} header + {off} => reg {reg} ")
        }
        Some(ExprOps::Cmp(c)) => {
            let op = c.op().map(|o| o.to_string()).unwrap_or_default();
            format!(
                "cmp {op} reg {} {}",
                c.sreg().unwrap_or(0),
                words(c.data()?)
            )
        }
        Some(ExprOps::Bitwise(b)) => {
            let (s, d) = (b.sreg().unwrap_or(0), b.dreg().unwrap_or(0));
            format!(
                "bitwise reg {d} = ( reg {s} & {}) ^ {}",
                words(b.mask()?),
                words(b.xor()?)
            )
        }
        Some(ExprOps::Lookup(l)) => {
            let mut s = format!(
                "lookup reg {} set {} ",
                l.sreg().unwrap_or(0),
                l.set().unwrap_or("?")
            );
            if let Some(d) = l.dreg() {
                s += &format!("dreg {d} ");
            }
            if let Some(f) = l.flags() {
                s += &format!("0x{:x} ", f.bits());
            }
            s
        }
        Some(ExprOps::Ct(c)) => {
            let key = c.key().map(|k| k.to_string()).unwrap_or_default();
            format!("ct load {key} => reg {} ", c.dreg().unwrap_or(0))
        }
        Some(ExprOps::Log(l)) => {
            let mut s = String::from("log ");
            if let Some(p) = l.prefix() {
                s += &format!("prefix {p} ");
            }
            if let Some(g) = l.group() {
                let (n, q) = (l.snaplen().unwrap_or(0), l.qthreshold().unwrap_or(0));
                s += &format!("group {g} snaplen {n} qthreshold {q} ");
            }
            if let Some(level) = l.level() {
                s += &format!("level {} ", level.value());
            }
            s
        }
        Some(ExprOps::Counter(c)) => {
            format!(
                "counter pkts {} bytes {} ",
                c.packets().unwrap_or(0),
                c.bytes().unwrap_or(0)
            )
        }
        Some(ExprOps::Immediate(i)) => {
            let data = i.data()?;
            let verdict = data.as_ref().map(|d| d.verdict()).transpose()?.flatten();
            let what = match verdict {
                Some(v) => match (v.code(), v.chain()) {
                    (Some(VerdictCode::Jump), Some(c)) => format!("jump -> {c} "),
                    (Some(VerdictCode::Goto), Some(c)) => format!("goto -> {c} "),
                    (Some(code), _) => format!("{code} "),
                    (None, _) => String::new(),
                },
                None => words(data),
            };
            format!("immediate reg {} {what}", i.dreg().unwrap_or(0))
        }
        _ => format!("{name} "),
    })
}

/// A value as libnftnl shows it: 32-bit words in host byte order, zero-padded.
fn words(data: Option<DataAttrs<'_>>) -> String {
    let value = data.and_then(|d| d.value()).unwrap_or_default();
    value
        .chunks(4)
        .map(|c| {
            let mut w = [0u8; 4];
            w[..c.len()].copy_from_slice(c);
            format!("0x{:08x} ", u32::from_ne_bytes(w))
        })
        .collect()
}

/// The nftables family names (`NFPROTO_*`).
fn family(f: u8) -> &'static str {
    use linux_raw_sys::net::*;
    [
        (NFPROTO_INET, "inet"),
        (NFPROTO_IPV4, "ip"),
        (NFPROTO_ARP, "arp"),
        (NFPROTO_NETDEV, "netdev"),
        (NFPROTO_BRIDGE, "bridge"),
        (NFPROTO_IPV6, "ip6"),
    ]
    .into_iter()
    .find(|(p, _)| *p as u8 == f)
    .map_or("unspec", |(_, n)| n)
}
