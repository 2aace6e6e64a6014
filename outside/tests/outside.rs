//! The outside crate on the host: a real kernel link dump read through the packaged crates,
//! a request built into a stack buffer and read back, and the README's example kept equal
//! to this crate's code.

use outside_user::{read_links, set_mtu, Link};

/// testdata/link-dump.bin: an RTM_GETLINK dump the kernel sent (lo, a veth pair, a bridge...).
const DUMP: &[u8] = include_bytes!("../../testdata/link-dump.bin");

#[test]
fn a_kernel_link_dump_reads_into_a_fixed_array() {
    let mut links = [None; 8];
    let n = read_links(DUMP, &mut links).unwrap();
    assert!(n >= 2, "{n} links");
    assert_eq!(
        links[0],
        Some(Link {
            index: 1,
            name: "lo",
            mtu: Some(65536)
        })
    );
    // Every stored link has a name and a distinct index.
    let stored: Vec<Link> = links.iter().flatten().copied().collect();
    assert_eq!(stored.len(), n.min(8));
    for (i, a) in stored.iter().enumerate() {
        assert!(!a.name.is_empty());
        assert!(stored[i + 1..].iter().all(|b| b.index != a.index));
    }
}

#[test]
fn a_short_array_counts_the_links_it_could_not_store() {
    let mut all = [None; 64];
    let n = read_links(DUMP, &mut all).unwrap();
    let mut one = [None; 1];
    assert_eq!(read_links(DUMP, &mut one).unwrap(), n);
    assert_eq!(one[0], all[0]);
}

#[test]
fn a_truncated_dump_is_an_error_not_a_panic() {
    let mut links = [None; 8];
    for cut in [1, 15, 17, DUMP.len() / 2 + 1] {
        assert!(
            read_links(&DUMP[..cut], &mut links).is_err(),
            "cut at {cut}"
        );
    }
}

#[test]
fn set_mtu_writes_one_request_into_a_stack_buffer() {
    let mut buf = [0u8; 64];
    let len = set_mtu(&mut buf, 7, 3, 1400).unwrap();
    // nlmsghdr 16 + ifinfomsg 16 + IFLA_MTU 8.
    assert_eq!(len, 40);
    let msg = nlcodec::messages(&buf[..len]).next().unwrap().unwrap();
    assert_eq!(msg.header.kind, nlcodec_families::rt_link::RTM_SETLINK);
    assert_eq!(msg.header.seq, 7);
    let link = nlcodec_families::rt_link::LinkMsg::parse(&msg).unwrap();
    assert_eq!(link.header.ifi_index, 3);
    assert_eq!(link.attrs.mtu(), Some(1400));
    // Too small a buffer is a typed error.
    assert!(set_mtu(&mut [0u8; 39], 7, 3, 1400).is_err());
}

#[test]
fn the_readme_example_is_this_crate_word_for_word() {
    let readme = include_str!("../../families/README.md");
    let lib = include_str!("../src/lib.rs");
    let between = |s: &'static str, begin: &str, end: &str| -> &'static str {
        let start = s.find(begin).expect(begin) + begin.len();
        let stop = start + s[start..].find(end).expect(end);
        s[start..stop].trim()
    };
    let code = between(
        lib,
        "// README: use it in your project (begin)",
        "// README: use it in your project (end)",
    );
    let section = between(readme, "## Use it in your project", "\n## ");
    let example = between(section, "```rust\n", "```");
    assert_eq!(
        example, code,
        "README's example and outside/src/lib.rs differ"
    );
}
