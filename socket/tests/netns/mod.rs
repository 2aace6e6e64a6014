//! Shared by the socket's kernel tests: each test body runs on a thread of its own network
//! namespace (so the host's interfaces and routes are never touched; child processes started
//! from that thread live in it too).
#![allow(dead_code)]

use rustix::thread::UnshareFlags;
use std::path::PathBuf;
use std::process::Command;

mod process;
#[allow(unused_imports)]
pub use process::{have, run_ok, stdout_ok};

/// Runs `f` on a thread moved into a fresh network namespace; `None` (after a loud SKIP on
/// stderr) when the machine does not allow it. Panics in `f` fail the test.
pub fn in_netns<T: Send + 'static>(
    test: &str,
    f: impl FnOnce() -> T + Send + 'static,
) -> Option<T> {
    let test = test.to_owned();
    let handle = std::thread::spawn(move || {
        // SAFETY: CLONE_NEWNET only moves this thread into a new network namespace; no file
        // descriptor table is unshared, so no other thread can observe a descriptor it does
        // not own.
        match unsafe { rustix::thread::unshare_unsafe(UnshareFlags::NEWNET) } {
            Ok(()) => Some(f()),
            Err(e) => {
                // Straight to fd 2, past the test harness's output capture, so the skip is
                // seen even when the test "passes".
                use std::io::Write;
                let _ = writeln!(
                    std::io::stderr(),
                    "\n!!!! SKIP {test}: cannot create a network namespace ({e}); this test did NOT run\n"
                );
                if std::env::var_os("NLCODEC_REQUIRE_NETNS").is_some() {
                    panic!("{test}: NLCODEC_REQUIRE_NETNS is set but unshare(CLONE_NEWNET) failed: {e}");
                }
                None
            }
        }
    });
    match handle.join() {
        Ok(v) => v,
        Err(p) => std::panic::resume_unwind(p),
    }
}

/// Runs `ip ARGS` (words split on white space) in the calling thread's namespace; panics
/// with `ip`'s message when it fails.
pub fn ip(args: &str) {
    run_ok(Command::new("ip").args(args.split_whitespace()));
}

/// Runs `ip -batch -` on `lines` (one command a line).
pub fn ip_batch(lines: &str) {
    ip_batch_with(&[], lines);
}

/// Runs `ip OPTIONS -batch -` on `lines` (`-n NAME`: in that namespace).
pub fn ip_batch_with(options: &[&str], lines: &str) {
    use std::io::Write;
    let mut child = std::process::Command::new("ip")
        .args(options)
        .args(["-batch", "-"])
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(lines.as_bytes())
        .unwrap();
    assert!(child.wait().unwrap().success(), "ip -batch failed");
}

/// An example binary (cargo builds them for `cargo test`).
pub fn example(name: &str) -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("examples")
        .join(name)
}

/// When the file was last changed (the epoch for a missing one).
fn modified(path: &std::path::Path) -> std::time::SystemTime {
    let meta = std::fs::metadata(path).and_then(|m| m.modified());
    meta.unwrap_or(std::time::UNIX_EPOCH)
}

/// True when the example's binary is missing or older than its source or the crate's.
fn stale(name: &str, binary: &std::path::Path) -> bool {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sources = vec![dir.join("examples").join(format!("{name}.rs"))];
    for e in std::fs::read_dir(dir.join("src")).unwrap() {
        sources.push(e.unwrap().path());
    }
    let built = modified(binary);
    !binary.exists() || sources.iter().any(|s| modified(s) > built)
}

/// The example's binary, built first if `cargo test --test jobs` alone did not build it
/// or built it before its source last changed.
pub fn built(name: &str) -> PathBuf {
    let path = example(name);
    if stale(name, &path) {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let status = Command::new(cargo)
            .args(["build", "-p", "nlcodec-socket", "--example", name])
            .status()
            .unwrap();
        assert!(
            status.success() && !stale(name, &path),
            "{} not built",
            path.display()
        );
    }
    path
}

/// `ip -j ARGS`, parsed.
pub fn ip_json(args: &[&str]) -> serde_json::Value {
    serde_json::from_slice(&run_ok(Command::new("ip").arg("-j").args(args)).stdout).unwrap()
}

/// A namespace made with `ip netns add`, deleted on drop (also when the test panics).
pub struct NamedNetns(pub String);

impl NamedNetns {
    /// `None` (after a loud SKIP) where namespaces cannot be made.
    pub fn new(test: &str) -> Option<NamedNetns> {
        static N: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
        let name = format!(
            "nlc-{}-{}",
            std::process::id(),
            N.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        );
        let out = Command::new("ip").args(["netns", "add", &name]).output();
        match out {
            Ok(o) if o.status.success() => Some(NamedNetns(name)),
            other => {
                eprintln!(
                    "\n!!!! SKIP {test}: cannot make a named network namespace ({other:?})\n"
                );
                assert!(
                    std::env::var_os("NLCODEC_REQUIRE_NETNS").is_none(),
                    "{test}: NLCODEC_REQUIRE_NETNS is set but `ip netns add` failed"
                );
                None
            }
        }
    }

    /// The link names `ip -n NAME -j link` lists there.
    pub fn links(&self) -> Vec<String> {
        let v = ip_json(&["-n", &self.0, "link", "show"]);
        let mut names: Vec<String> = v
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["ifname"].as_str().unwrap().to_owned())
            .collect();
        names.sort();
        names
    }
}

impl Drop for NamedNetns {
    fn drop(&mut self) {
        let _ = Command::new("ip").args(["netns", "del", &self.0]).status();
    }
}

/// A veth pair `link` / `peer`, `link` up with 10.0.0.1/8, and `n` IPv4 /24 routes via
/// 10.0.0.2 (20.0.0.0/24, 20.0.1.0/24, ...): a route table to dump, in the calling thread's
/// namespace.
pub fn veth_with_routes(link: &str, peer: &str, n: u32) {
    ip(&format!("link add {link} type veth peer name {peer}"));
    ip(&format!("link set {link} up"));
    ip(&format!("addr add 10.0.0.1/8 dev {link}"));
    let routes: String = (0..n)
        .map(|i| {
            let (a, b, c) = (20 + i / 65536, i / 256 % 256, i % 256);
            format!("route add {a}.{b}.{c}.0/24 via 10.0.0.2\n")
        })
        .collect();
    ip_batch(&routes);
}
