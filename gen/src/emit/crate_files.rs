//! The families crate's `lib.rs` and `Cargo.toml`: one module and one feature per family.

use crate::model::Family;
use crate::naming::snake;
use std::fmt::Write;

/// The families enabled by default.
pub const DEFAULT: &[&str] = &[
    "rt-link", "rt-addr", "rt-route", "rt-neigh", "rt-rule", "nlctrl",
];

pub fn lib_rs(fams: &[Family], owners: &crate::shared::Owners) -> String {
    let mut o = String::new();
    let header = include_str!("lib_header.rs");
    let attrs = header
        .find("\n#![no_std]")
        .expect("lib_header.rs has #![no_std]");
    o.push_str(&header[..attrs]);
    o.push_str(&features_doc(fams, owners));
    o.push_str(&header[attrs..]);
    o.push_str(&no_family_error(fams));
    o.push_str("\npub mod runtime;\n\n");
    for f in fams {
        let doc = f
            .doc
            .as_deref()
            .and_then(|d| d.trim().lines().next())
            .unwrap_or("")
            .trim()
            .trim_end_matches('.')
            .to_string();
        writeln!(
            o,
            "/// `{}`{}.\n#[cfg(feature = \"{}\")]\npub mod {};",
            f.name,
            if doc.is_empty() {
                String::new()
            } else {
                format!(": {doc}")
            },
            f.name,
            snake(&f.name)
        )
        .unwrap();
    }
    o.push_str("\n/// The rtnetlink (`NETLINK_ROUTE`) families compiled in, for a [`Dump`](nlcodec::dump::Dump) or\n/// a named path: the first with an operation for a message type describes it.\npub static RTNETLINK: &[&nlcodec::schema::Family] = &[\n");
    for f in fams.iter().filter(|f| f.raw && f.protonum == 0) {
        writeln!(
            o,
            "    #[cfg(feature = \"{}\")]\n    &{}::FAMILY,",
            f.name,
            snake(&f.name)
        )
        .unwrap();
    }
    o.push_str("];\n\n/// The netfilter (`NETLINK_NETFILTER`) families compiled in (`nftables`, `conntrack`): a\n/// message type carries its subsystem in its high byte, so each type belongs to one.\npub static NETFILTER: &[&nlcodec::schema::Family] = &[\n");
    for f in fams.iter().filter(|f| f.raw && f.protonum == 12) {
        writeln!(
            o,
            "    #[cfg(feature = \"{}\")]\n    &{}::FAMILY,",
            f.name,
            snake(&f.name)
        )
        .unwrap();
    }
    o.push_str("];\n\n/// The generic netlink families compiled in, looked up by name when their id is learnt.\npub static GENL: &[&nlcodec::schema::Family] = &[\n");
    for f in fams.iter().filter(|f| !f.raw) {
        writeln!(
            o,
            "    #[cfg(feature = \"{}\")]\n    &{}::FAMILY,",
            f.name,
            snake(&f.name)
        )
        .unwrap();
    }
    o.push_str("];\n\n/// The round trips of every attribute set of every family compiled in (each family's\n/// `ROUNDTRIP`), for tests and fuzzing (feature `roundtrip`: it compiles every view's\n/// `write_to`).\n#[cfg(feature = \"roundtrip\")]\npub static ROUNDTRIPS: &[&[runtime::SetRoundtrip]] = &[\n");
    for f in fams {
        writeln!(
            o,
            "    #[cfg(feature = \"{}\")]\n    &{}::ROUNDTRIP,",
            f.name,
            snake(&f.name)
        )
        .unwrap();
    }
    o.push_str(
        "];\n\n/// Every family compiled in.\npub static ALL: &[&nlcodec::schema::Family] = &[\n",
    );
    for f in fams {
        writeln!(
            o,
            "    #[cfg(feature = \"{}\")]\n    &{}::FAMILY,",
            f.name,
            snake(&f.name)
        )
        .unwrap();
    }
    o.push_str("];\n");
    o
}

/// The crate docs' table of features: which feature brings which module, over which
/// protocol, whether it is a default, and which other features it turns on.
fn features_doc(fams: &[Family], owners: &crate::shared::Owners) -> String {
    let mut o = String::from(
        "//!\n//! ## Features: one per family\n//!\n\
         //! Each family is a cargo feature named as in its spec; its module is the name in\n\
         //! snake case. `all` turns every family on; `roundtrip` adds each family's `ROUNDTRIP`\n\
         //! table (tests and fuzzing). With `default-features = false`, name the families you use:\n\
         //! `nlcodec-families = { version = \"{VERSION}\", default-features = false, features = [\"rt-link\"] }`.\n\
         //!\n//! | feature | module | protocol | default | also turns on |\n//! |---|---|---|---|---|\n",
    )
    .replace("{VERSION}", &requirement());
    for (f, own) in fams.iter().zip(owners) {
        let proto = match (f.raw, f.protonum) {
            (false, _) => "generic netlink".to_string(),
            (true, 0) => "`NETLINK_ROUTE`".to_string(),
            (true, 12) => "`NETLINK_NETFILTER`".to_string(),
            (true, n) => format!("netlink protocol {n}"),
        };
        let deps: std::collections::BTreeSet<&str> =
            own.values().map(|&j| fams[j].name.as_str()).collect();
        let deps: Vec<String> = deps.iter().map(|d| format!("`{d}`")).collect();
        writeln!(
            o,
            "//! | `{}` | `{}` | {} | {} | {} |",
            f.name,
            snake(&f.name),
            proto,
            if DEFAULT.contains(&f.name.as_str()) {
                "yes"
            } else {
                ""
            },
            deps.join(", ")
        )
        .unwrap();
    }
    o
}

/// A build with no family at all (`default-features = false` and no feature named) stops
/// with a message that says which features exist, instead of rustc's "could not find
/// `rt_link` in `nlcodec_families`" at every use.
fn no_family_error(fams: &[Family]) -> String {
    let names: Vec<String> = fams
        .iter()
        .map(|f| format!("feature = {:?}", f.name))
        .collect();
    format!(
        "\n#[cfg(not(any({})))]\ncompile_error!(\n    \"nlcodec-families: no family is enabled. Each family is a cargo feature named as in its spec \\\n     (rt-link, rt-addr, rt-route, rt-neigh, rt-rule, nlctrl, ethtool, nftables, ...; `all` for every \\\n     family; the crate docs' table lists them), e.g. nlcodec-families = {{ version = \\\"{VERSION}\\\", \\\n     default-features = false, features = [\\\"rt-link\\\"] }}\"\n);\n",
        names.join(", "),
        VERSION = requirement()
    )
}

/// The version requirement a user writes for this release: `0.2` for 0.2.x (cargo's
/// compatible range), from the workspace version the generator is built with.
fn requirement() -> String {
    let v = env!("CARGO_PKG_VERSION");
    let parts: Vec<&str> = v.split('.').collect();
    match parts[..] {
        ["0", minor, _] => format!("0.{minor}"),
        [major, ..] => major.to_string(),
        [] => v.to_string(),
    }
}

/// `Cargo.toml`; a family that re-exports another's enums (`owners`, see `shared.rs`) turns
/// that family's feature on.
pub fn cargo_toml(fams: &[Family], owners: &crate::shared::Owners) -> String {
    let mut o = String::new();
    o.push_str(include_str!("cargo_header.toml"));
    o.push_str("\n[features]\n");
    let defaults: Vec<String> = DEFAULT.iter().map(|d| format!("{d:?}")).collect();
    writeln!(o, "default = [{}]", defaults.join(", ")).unwrap();
    let all: Vec<String> = fams.iter().map(|f| format!("{:?}", f.name)).collect();
    writeln!(o, "all = [{}]", all.join(", ")).unwrap();
    o.push_str("# Per-family ROUNDTRIP tables (every view's write_to compiled), for tests and fuzzing.\nroundtrip = []\n");
    for (f, own) in fams.iter().zip(owners) {
        let deps: std::collections::BTreeSet<String> = own
            .values()
            .map(|&j| format!("{:?}", fams[j].name))
            .collect();
        let deps: Vec<String> = deps.into_iter().collect();
        writeln!(o, "{:?} = [{}]", f.name, deps.join(", ")).unwrap();
    }
    o
}
