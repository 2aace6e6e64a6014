//! The kernel's ynl agrees: every shipped capture decoded by `nldump --json` and by the
//! kernel's own Python ynl library (`scripts/ynl-decode.py`, which runs ynl's `YnlFamily`
//! decoding and prints with the CLI's `YnlEncoder`), compared message by message and
//! attribute by attribute.
//!
//! ynl is not on PyPI; point `YNL_DIR` at a kernel tree's `tools/net/ynl/pyynl` (or
//! `tools/net/ynl` before Linux 6.14, or the tree's root) and have python3-yaml:
//!
//! ```sh
//! YNL_DIR=~/linux/tools/net/ynl/pyynl cargo test -p nldump --test ynl -- --nocapture
//! ```
//!
//! Without `YNL_DIR` the comparison prints a SKIP with the reason and passes (unless
//! `NLCODEC_REQUIRE_YNL` is set, which makes it fail). The oracle reads the vendored specs
//! with the project's `specs/overrides/` merged in (`--overrides`), i.e. the definitions
//! nldump was generated from, so what is compared is the decoding. The differences that are
//! deliberate (README, "--json") are the only ones accepted:
//!
//! - an attribute no spec names: nldump `"attr-N"`, ynl `"UnknownAttr(N)"` (same value);
//! - an enum value with no name: nldump the number, ynl (`--process-unknown`)
//!   `"Unknown(N)"`; flag bits with no name: nldump one number with all of them at the end
//!   of the list, ynl `"Unknown(BIT)"` per bit;
//! - `record-list` attributes (this project's type for `RTA_MULTIPATH`, in the overrides):
//!   nldump decodes each `rtnexthop` and its attributes, ynl does not know the type and
//!   prints the bytes as hex;
//! - flag lists are compared as sets: ynl keeps flags in a Python `set`, whose order is
//!   arbitrary.

use serde_json::{Map, Value};
use std::path::Path;
use std::process::Command;

mod common;

use common::{captures, protocol_of};

/// Attributes of the project's `record-list` type, by family: (family, attribute).
const RECORD_LISTS: &[(&str, &str)] = &[("rt-route", "multipath")];

/// `Unknown(N)` → N.
fn ynl_unknown(s: &str) -> Option<u64> {
    s.strip_prefix("Unknown(")?.strip_suffix(')')?.parse().ok()
}

/// Compares nldump's value `a` with ynl's `b` at `path`; pushes every difference.
fn compare(family: &str, path: &str, a: &Value, b: &Value, diffs: &mut Vec<String>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => compare_objects(family, path, x, y, diffs),
        (Value::Array(x), Value::Array(y)) if is_flag_list(x) && is_flag_list(y) => {
            // A set on ynl's side: names in any order, unnamed bits as Unknown(BIT).
            let mut names_a: Vec<&str> = x.iter().filter_map(Value::as_str).collect();
            let rest_a: u64 = x.iter().filter_map(Value::as_u64).sum();
            let mut names_b = Vec::new();
            let mut rest_b = 0u64;
            for v in y.iter().filter_map(Value::as_str) {
                match ynl_unknown(v) {
                    Some(bit) if bit < 64 => rest_b |= 1 << bit,
                    _ => names_b.push(v),
                }
            }
            names_a.sort_unstable();
            names_b.sort_unstable();
            if names_a != names_b || rest_a != rest_b {
                diffs.push(format!("{path}: nldump {a}, ynl {b}"));
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            if x.len() != y.len() {
                diffs.push(format!(
                    "{path}: nldump {} entries, ynl {}",
                    x.len(),
                    y.len()
                ));
                return;
            }
            for (i, (p, q)) in x.iter().zip(y).enumerate() {
                compare(family, &format!("{path}/{i}"), p, q, diffs);
            }
        }
        (Value::Number(n), Value::String(s)) if ynl_unknown(s).is_some() => {
            if n.as_u64() != ynl_unknown(s) {
                diffs.push(format!("{path}: nldump {a}, ynl {b}"));
            }
        }
        _ => {
            if a != b {
                diffs.push(format!("{path}: nldump {a}, ynl {b}"));
            }
        }
    }
}

/// A list of flag names (strings, plus nldump's trailing number of unnamed bits).
fn is_flag_list(v: &[Value]) -> bool {
    v.iter().any(Value::is_string) && v.iter().all(|e| e.is_string() || e.is_u64())
}

fn compare_objects(
    family: &str,
    path: &str,
    a: &Map<String, Value>,
    b: &Map<String, Value>,
    diffs: &mut Vec<String>,
) {
    let ynl_key = |k: &str| match k.strip_prefix("attr-") {
        Some(n) if n.parse::<u16>().is_ok() => format!("UnknownAttr({n})"),
        _ => k.to_string(),
    };
    for (k, va) in a {
        let p = format!("{path}/{k}");
        match b.get(&ynl_key(k)) {
            None => diffs.push(format!("{p}: only nldump has it ({va})")),
            Some(vb) if RECORD_LISTS.contains(&(family, k.as_str())) => {
                if !(va.is_array() && vb.is_string()) {
                    diffs.push(format!("{p}: record list: nldump {va}, ynl {vb}"));
                }
            }
            Some(vb) => compare(family, &p, va, vb, diffs),
        }
    }
    let ours: Vec<String> = a.keys().map(|k| ynl_key(k)).collect();
    for (k, vb) in b {
        if !ours.contains(k) {
            diffs.push(format!("{path}/{k}: only ynl has it ({vb})"));
        }
    }
}

/// Compares one message of each side; returns its differences.
fn compare_message(label: &str, ours: &Value, ynl: &Value) -> Vec<String> {
    let mut diffs = Vec::new();
    if let Some(e) = ynl.get("ynl-error") {
        diffs.push(format!("{label}: ynl could not decode it: {e}"));
        return diffs;
    }
    if let Some(kind) = ynl.get("type").and_then(Value::as_str) {
        // NLMSG_ERROR / NLMSG_DONE, as ynl's NlMsg reads them.
        let ours_part = ours.get(kind).unwrap_or(&Value::Null);
        if ours_part.get("errno") != ynl.get("error") {
            diffs.push(format!(
                "{label}: {kind} errno: nldump {ours_part}, ynl {ynl}"
            ));
        }
        if let Some(ext) = ynl.get("extack") {
            let ext_ours = ours_part.get("ext-ack").unwrap_or(&Value::Null);
            if ext.get("msg") != ext_ours.get("msg")
                || ext.get("bad-attr-offs") != ext_ours.get("offset")
            {
                diffs.push(format!("{label}: ext-ack: nldump {ext_ours}, ynl {ext}"));
            }
        }
        return diffs;
    }
    if let Some(why) = ynl.get("skipped") {
        diffs.push(format!("{label}: ynl skipped it: {why}"));
        return diffs;
    }
    let family = ynl.get("family").and_then(Value::as_str).unwrap_or("");
    if ours.get("family").and_then(Value::as_str) != Some(family) {
        diffs.push(format!(
            "{label}: family: nldump {}, ynl {family}",
            ours["family"]
        ));
        return diffs;
    }
    compare(
        family,
        &format!("{label} {family}"),
        &ours["msg"],
        &ynl["msg"],
        &mut diffs,
    );
    diffs
}

fn lines(s: &[u8]) -> Vec<Value> {
    String::from_utf8_lossy(s)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// ynl's decoding of `file` (YNL_DIR is set).
fn ynl_decode(file: &Path, genl: bool) -> Vec<Value> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut cmd = Command::new("python3");
    cmd.arg(root.join("scripts/ynl-decode.py"))
        .arg("--overrides")
        .arg(root.join("../specs/overrides"))
        .arg(file);
    if genl {
        cmd.args(["--protocol", "genl"]);
    }
    let out = cmd.output().expect("python3 runs");
    assert!(
        out.status.success() || out.status.code() == Some(1),
        "ynl-decode.py {}: {}",
        file.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    lines(&out.stdout)
}

fn nldump_json(file: &Path, genl: bool) -> Vec<Value> {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_nldump"));
    cmd.arg("--json").arg(file);
    if genl {
        cmd.args(["--protocol", "genl"]);
    }
    let out = cmd.output().unwrap();
    lines(&out.stdout)
}

#[test]
fn nldump_json_agrees_with_kernel_ynl() {
    if std::env::var_os("YNL_DIR").is_none() {
        assert!(
            std::env::var_os("NLCODEC_REQUIRE_YNL").is_none(),
            "NLCODEC_REQUIRE_YNL is set but YNL_DIR is not"
        );
        eprintln!(
            "\n!!!! SKIP nldump_json_agrees_with_kernel_ynl: YNL_DIR is not set (the kernel's \
             tools/net/ynl/pyynl, from a kernel tree); the comparison with ynl did NOT run\n"
        );
        return;
    }
    let mut diffs = Vec::new();
    let mut compared = 0;
    for file in captures() {
        let genl = protocol_of(&file) == nlcodec::Protocol::GENERIC;
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        let ours = nldump_json(&file, genl);
        let theirs = ynl_decode(&file, genl);
        if ours.len() != theirs.len() {
            diffs.push(format!(
                "{name}: nldump {} messages, ynl {}",
                ours.len(),
                theirs.len()
            ));
            continue;
        }
        for (o, t) in ours.iter().zip(&theirs) {
            let label = format!("{name} #{}", o["n"]);
            diffs.extend(compare_message(&label, o, t));
            compared += 1;
        }
    }
    eprintln!("compared {compared} messages with ynl");
    assert!(compared > 0, "no messages compared");
    assert!(
        diffs.is_empty(),
        "{} differences from ynl:\n{}",
        diffs.len(),
        diffs.join("\n")
    );
}

/// The comparison itself finds what differs, and accepts only the deliberate differences.
#[test]
fn the_comparison_can_fail() {
    let ours: Value = serde_json::json!({"family": "rt-link", "msg": {
        "conf": "0100000002000000", "ifi-flags": ["up", "running", 65536],
        "attr-99": "00", "table": 100, "multipath": [{"rtnh-len": 16}]}});
    let ynl: Value = serde_json::json!({"family": "rt-link", "msg": {
        "conf": [1, 2], "ifi-flags": ["running", "up", "Unknown(16)"],
        "UnknownAttr(99)": "00", "table": "Unknown(100)", "multipath": "1000"}});
    let d = compare_message("t", &ours, &ynl);
    assert_eq!(d.len(), 2, "{d:?}");
    assert!(d[0].contains("/conf"), "{d:?}");
    assert!(d[1].contains("multipath"), "{d:?}");
    let route = |v: &Value| {
        let mut v = v.clone();
        v["family"] = "rt-route".into();
        v
    };
    let d = compare_message("t", &route(&ours), &route(&ynl));
    assert_eq!(d.len(), 1, "{d:?}");
    let mut ynl2 = ynl.clone();
    ynl2["msg"]["ifi-flags"] = serde_json::json!(["running", "up"]);
    assert!(compare_message("t", &route(&ours), &route(&ynl2))
        .iter()
        .any(|d| d.contains("ifi-flags")));
}
