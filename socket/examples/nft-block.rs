//! `nft-block [--netns NAME] [--table NAME] [--file PATH] [--delete] [ADDR...]`: in one
//! nftables transaction, makes sure table `inet NAME` (default `nlcodec`) has a set
//! `blocked` of IPv4 addresses, a base chain `input` (type filter, hook input, priority 0,
//! policy accept) with the rule `ip saddr @blocked counter drop`, and adds the addresses
//! (arguments and/or `--file`, one per line) to the set. Run again, it only adds elements.
//! `--delete` removes the table. A bad address or any kernel error exits non-zero with the
//! message, and changes nothing.
//!
//! ```text
//! cargo run -p nlcodec-socket --example nft-block -- 192.0.2.1 198.51.100.7
//! nft list ruleset
//! ```

mod common;

use linux_raw_sys::net::{nf_inet_hooks::NF_INET_LOCAL_IN, NFPROTO_INET, NFPROTO_IPV4, NF_ACCEPT};
use nlcodec::consts::{NLM_F_APPEND, NLM_F_CREATE};
use nlcodec_families::nftables::ops::{
    Deltable, Getrule, Newchain, Newrule, Newset, Newsetelem, Newtable,
};
use nlcodec_families::nftables::{
    CmpOps, ExprOps, MetaKeys, Nfgenmsg, PayloadBase, Registers, VerdictCode,
};
use nlcodec_socket::{Protocol, Report};
use std::net::Ipv4Addr;

/// nft's data type `ipv4_addr`, stored by the kernel as the set's key type for `nft list`.
const IPV4_ADDR: u32 = 7;
/// Elements per `NFT_MSG_NEWSETELEM` (its element list is one attribute: under 64 KiB).
const PER_MESSAGE: usize = 1024;

fn main() -> Result<(), Report> {
    let args = common::Args::parse()?;
    let (mut table, mut delete, mut addrs) = ("nlcodec".to_string(), false, Vec::new());
    let mut rest = args.rest.iter();
    while let Some(a) = rest.next() {
        match a.as_str() {
            "--table" => table = rest.next().ok_or("--table needs a name")?.clone(),
            "--delete" => delete = true,
            "--file" => {
                let path = rest.next().ok_or("--file needs a path")?;
                let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
                addrs.extend(
                    text.lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .map(parse)
                        .collect::<Result<Vec<_>, _>>()?,
                );
            }
            a => addrs.push(parse(a)?),
        }
    }
    let inet = Nfgenmsg {
        nfgen_family: NFPROTO_INET as u8,
        ..Default::default()
    };
    let mut sock = args.open(Protocol::NETFILTER)?;
    if delete {
        let mut tx = sock.transaction();
        tx.add(Deltable, 0, &inet, |t| t.name(&table))?;
        return Ok(tx.commit().map(drop)?);
    }
    // The rule is added once: is it there (a lookup of `blocked` in chain `input`)?
    let rules = sock.dump_filtered(Getrule, &inet, |r| r.table_attr(&table)?.chain("input"))?;
    let mut has_rule = false;
    for rule in &rules {
        for e in rule?.attrs.expressions()?.iter().flat_map(|l| l.elem()) {
            has_rule |=
                matches!(e?.data()?, Some(ExprOps::Lookup(l)) if l.set() == Some("blocked"));
        }
    }
    let (r1, verdict) = (Registers::Reg1.value(), Registers::RegVerdict.value());
    let mut tx = sock.transaction();
    tx.add(Newtable, NLM_F_CREATE, &inet, |t| t.name(&table))?;
    tx.add(Newset, NLM_F_CREATE, &inet, |s| {
        s.table_attr(&table)?
            .name("blocked")?
            .key_type(IPV4_ADDR)?
            .key_len(4)?
            .id(1)
    })?;
    tx.add(Newchain, NLM_F_CREATE, &inet, |c| {
        c.table_attr(&table)?
            .name("input")?
            .type_("filter")?
            .policy(NF_ACCEPT)?
            .hook(|h| h.num(NF_INET_LOCAL_IN as u32)?.priority(0))
    })?;
    if !has_rule {
        tx.add(Newrule, NLM_F_CREATE | NLM_F_APPEND, &inet, |r| {
            r.table_attr(&table)?.chain("input")?.expressions(|e| {
                e.elem(|x| x.data_meta(|m| m.key(MetaKeys::Nfproto)?.dreg(r1)))?
                    .elem(|x| {
                        x.data_cmp(|c| {
                            c.sreg(r1)?
                                .op(CmpOps::Eq)?
                                .data(|d| d.value(&[NFPROTO_IPV4 as u8]))
                        })
                    })?
                    .elem(|x| {
                        x.data_payload(|p| {
                            p.dreg(Registers::Reg1)?
                                .base(PayloadBase::NetworkHeader)?
                                .offset(12)?
                                .len_attr(4)
                        })
                    })?
                    .elem(|x| x.data_lookup(|l| l.set("blocked")?.sreg(r1)))?
                    .elem(|x| x.data_counter(|c| Ok(c)))?
                    .elem(|x| {
                        x.data_immediate(|i| {
                            i.dreg(verdict)?
                                .data(|d| d.verdict(|v| v.code(VerdictCode::Drop)))
                        })
                    })
            })
        })?;
    }
    for chunk in addrs.chunks(PER_MESSAGE) {
        tx.add(Newsetelem, NLM_F_CREATE, &inet, |s| {
            s.table_attr(&table)?.set("blocked")?.elements(|list| {
                for a in chunk {
                    list.elem(|e| e.key(|k| k.value(&a.octets())))?;
                }
                Ok(list)
            })
        })?;
    }
    tx.commit()?;
    Ok(())
}

fn parse(s: &str) -> Result<Ipv4Addr, String> {
    s.parse().map_err(|_| format!("not an IPv4 address: {s:?}"))
}
