//! The `families` target's reach: every attribute set of every family has a typed view the
//! target can run, and the real captures in `testdata/` go through every check.

use nlcodec::schema::Schema;
use nlcodec_families::runtime::{GenlRegistry, Rtnetlink};
use nlcodec_fuzz::families::{seeds_from_capture, view_for, view_or_parent, COVERED, VIEWS};
use std::path::Path;

#[test]
fn every_set_has_a_view() {
    let mut sets = 0;
    let mut subsets = 0;
    let mut missing = Vec::new();
    for fam in nlcodec_families::ALL {
        for set in fam.attr_sets {
            sets += 1;
            if view_for(set).is_none() {
                subsets += 1;
                if view_or_parent(fam, set).is_none() {
                    missing.push(format!("{}/{}", fam.name, set.name));
                }
            }
        }
    }
    let (views, getters) = COVERED;
    eprintln!(
        "{sets} sets ({subsets} read through a parent's view), {} views, {views} visited, {getters} getters",
        VIEWS.len()
    );
    assert!(missing.is_empty(), "sets without a view: {missing:?}");
    // Since the generator gives `subset-of` sets views of their own (before, ip6tnl's u32
    // flags were read through the u16 getter of its parent's view).
    assert_eq!(subsets, 0, "sets read through another set's view");
    assert_eq!(views, VIEWS.len(), "a view without a visitor");
    assert!(
        getters > 3000,
        "{getters} getters: the build script missed most of them"
    );
}

fn captures() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../testdata");
    [
        "route-dump.bin",
        "link-dump.bin",
        "addr-dump.bin",
        "neigh-dump.bin",
        "genl-ctrl-dump.bin",
    ]
    .iter()
    .filter_map(|n| Some((n.to_string(), std::fs::read(dir.join(n)).ok()?)))
    .collect()
}

#[test]
fn captures_pass_every_check_and_parse_through_their_views() {
    let caps = captures();
    assert!(caps.len() >= 4, "testdata/ captures missing");
    for (name, bytes) in caps {
        let reg = GenlRegistry::new();
        let schema: &dyn Schema = if name.starts_with("genl") {
            &reg
        } else {
            &Rtnetlink
        };
        let seeds = seeds_from_capture(&bytes, schema);
        assert!(!seeds.is_empty(), "{name}: no message of a known family");
        for s in &seeds {
            nlcodec_fuzz::check_families(s);
            let fam = nlcodec_families::ALL[s[0] as usize];
            let set = fam.attr_sets[s[1] as usize];
            let v = view_or_parent(fam, set).unwrap();
            let cx = nlcodec_fuzz::families::Cx::new(20, 20 + s.len() - 2);
            let r = (v.run)(nlcodec::Attrs::with_base(&s[2..], 20), &cx);
            assert!(r.is_ok(), "{name}: {}: {r:?}", v.name);
        }
        eprintln!("{name}: {} messages", seeds.len());
    }
}
