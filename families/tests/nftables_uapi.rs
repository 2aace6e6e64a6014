//! The nftables attribute numbers against the kernel's own header,
//! `linux/netfilter/nf_tables.h` as installed (Debian's `linux-libc-dev`): every attribute
//! of every set the header has an enum for must carry the number the header gives its name.
//! It found four places where the vendored spec numbers differently from the kernel
//! (`NFTA_LOOKUP_SET_ID` second; no `PAD` in chains, rules and set elements, which shifts
//! the attributes after it); `specs/overrides/nftables.yaml` fixes them.

#![cfg(feature = "nftables")]

use nlcodec_families::nftables::FAMILY;
use std::collections::HashMap;

const HEADER: &str = "/usr/include/linux/netfilter/nf_tables.h";

/// The spec's attribute sets and the C enum that numbers each.
const SETS: &[(&str, &str)] = &[
    ("table-attrs", "nft_table_attributes"),
    ("chain-attrs", "nft_chain_attributes"),
    ("counter-attrs", "nft_counter_attributes"),
    ("nft-hook-attrs", "nft_hook_attributes"),
    ("rule-attrs", "nft_rule_attributes"),
    ("expr-list-attrs", "nft_list_attributes"),
    ("expr-attrs", "nft_expr_attributes"),
    ("rule-compat-attrs", "nft_rule_compat_attributes"),
    ("set-attrs", "nft_set_attributes"),
    ("set-desc-attrs", "nft_set_desc_attributes"),
    ("set-field-attrs", "nft_set_field_attributes"),
    ("setelem-attrs", "nft_set_elem_attributes"),
    ("setelem-list-attrs", "nft_set_elem_list_attributes"),
    ("gen-attrs", "nft_gen_attributes"),
    ("obj-attrs", "nft_object_attributes"),
    ("quota-attrs", "nft_quota_attributes"),
    ("flowtable-attrs", "nft_flowtable_attributes"),
    ("flowtable-hook-attrs", "nft_flowtable_hook_attributes"),
    ("expr-bitwise-attrs", "nft_bitwise_attributes"),
    ("expr-cmp-attrs", "nft_cmp_attributes"),
    ("data-attrs", "nft_data_attributes"),
    ("verdict-attrs", "nft_verdict_attributes"),
    ("expr-counter-attrs", "nft_counter_attributes"),
    ("expr-fib-attrs", "nft_fib_attributes"),
    ("expr-ct-attrs", "nft_ct_attributes"),
    ("expr-immediate-attrs", "nft_immediate_attributes"),
    ("expr-lookup-attrs", "nft_lookup_attributes"),
    ("expr-masq-attrs", "nft_masq_attributes"),
    ("expr-meta-attrs", "nft_meta_attributes"),
    ("expr-nat-attrs", "nft_nat_attributes"),
    ("expr-payload-attrs", "nft_payload_attributes"),
    ("expr-reject-attrs", "nft_reject_attributes"),
    ("expr-tproxy-attrs", "nft_tproxy_attributes"),
    ("expr-objref-attrs", "nft_objref_attributes"),
    ("log-attrs", "nft_log_attributes"),
    ("numgen-attrs", "nft_ng_attributes"),
    ("range-attrs", "nft_range_attributes"),
];

/// The enums of a C header: name -> (enumerator without the common prefix, lower case with
/// dashes -> value). Enumerators without an explicit value count on from the previous.
fn enums(text: &str) -> HashMap<String, HashMap<String, i64>> {
    let mut out = HashMap::new();
    let text = strip_comments(text);
    let mut rest = text.as_str();
    while let Some(at) = rest.find("enum ") {
        rest = &rest[at + 5..];
        let Some(open) = rest.find('{') else { break };
        let name = rest[..open].trim().to_string();
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let body = &rest[open + 1..open + close];
        rest = &rest[open + close..];
        let mut entries = Vec::new();
        let mut next = 0i64;
        for item in body.split(',') {
            let item = item.trim();
            if item.is_empty() || name.contains(' ') {
                continue;
            }
            let (id, value) = match item.split_once('=') {
                Some((id, v)) => match parse_value(v.trim()) {
                    Some(v) => (id.trim(), v),
                    None => continue,
                },
                None => (item, next),
            };
            next = value + 1;
            entries.push((id.to_string(), value));
        }
        let Some((unspec, _)) = entries.iter().find(|(id, _)| id.ends_with("_UNSPEC")) else {
            continue;
        };
        let prefix = unspec.trim_end_matches("UNSPEC").to_string();
        let named = entries
            .iter()
            .filter_map(|(id, v)| {
                let short = id.strip_prefix(&prefix)?;
                Some((short.to_lowercase().replace('_', "-"), *v))
            })
            .collect();
        out.insert(name, named);
    }
    out
}

fn strip_comments(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find("/*") {
        out.push_str(&rest[..i]);
        match rest[i..].find("*/") {
            Some(j) => rest = &rest[i + j + 2..],
            None => return out,
        }
    }
    out.push_str(rest);
    out
}

fn parse_value(v: &str) -> Option<i64> {
    match v.strip_prefix("0x") {
        Some(h) => i64::from_str_radix(h, 16).ok(),
        None => v.parse().ok(),
    }
}

#[test]
fn every_attribute_number_is_the_kernel_header_s() {
    let Ok(text) = std::fs::read_to_string(HEADER) else {
        assert!(
            std::env::var_os("NLCODEC_REQUIRE_UAPI").is_none(),
            "{HEADER} is missing (apt-get install linux-libc-dev)"
        );
        eprintln!("\n!!!! SKIP: {HEADER} is missing; this test did NOT run\n");
        return;
    };
    let c = enums(&text);
    let mut wrong = Vec::new();
    let mut compared = 0;
    for (set, c_enum) in SETS {
        let spec = FAMILY
            .attr_sets
            .iter()
            .find(|s| s.name == *set)
            .unwrap_or_else(|| panic!("no set {set} in the spec"));
        let kernel = c
            .get(*c_enum)
            .unwrap_or_else(|| panic!("no enum {c_enum} in {HEADER}"));
        for a in spec.attrs.iter().filter(|a| !a.name.is_empty()) {
            // The one name the spec spells its own way.
            let c_name = match (*set, a.name) {
                ("nft-hook-attrs", "num") => "hooknum",
                (_, name) => name,
            };
            match kernel.get(c_name) {
                Some(&v) => {
                    compared += 1;
                    if v != i64::from(a.kind) {
                        wrong.push(format!(
                            "{set}.{} is {} in the spec, {v} in {c_enum}",
                            a.name, a.kind
                        ));
                    }
                }
                // Newer than the installed header (NFTA_SET_TYPE and NFTA_SET_COUNT came
                // with 6.16): nothing to compare it with.
                None => eprintln!("{set}.{}: not in this {HEADER}", a.name),
            }
        }
    }
    assert!(compared > 170, "only {compared} attributes compared");
    assert!(
        wrong.is_empty(),
        "{} differences:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
