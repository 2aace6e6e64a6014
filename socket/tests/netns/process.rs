//! Running other programs from a test (`ip`, `nft`, `tshark`, the examples, nldump):
//! std only, so every test suite of the workspace includes this one file (nldump's by
//! `#[path]`, the socket's and the families' through `netns/mod.rs`).
#![allow(dead_code)]

use std::process::{Command, Output};

/// Runs `cmd` to its end and returns what it printed; a failure panics with the command
/// line and what it wrote on stderr.
pub fn run_ok(cmd: &mut Command) -> Output {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("{}: {e}", line(cmd)));
    assert!(
        out.status.success(),
        "{} ({}): {}",
        line(cmd),
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// [`run_ok`], its standard output as text.
pub fn stdout_ok(cmd: &mut Command) -> String {
    String::from_utf8(run_ok(cmd).stdout).expect("the output is UTF-8")
}

/// True when `tool ARGS` runs and succeeds. Otherwise a loud SKIP of `test` on stderr, or,
/// when the environment variable `require` is set (as `scripts/test-all` sets it), a
/// failure: a test that needs a tool never passes silently without it.
pub fn have(test: &str, tool: &str, args: &[&str], require: &str) -> bool {
    let ok = Command::new(tool)
        .args(args)
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        let what = format!("`{tool} {}`", args.join(" "));
        assert!(
            std::env::var_os(require).is_none(),
            "{test}: {require} is set but {what} fails"
        );
        eprintln!("\n!!!! SKIP {test}: {what} fails; this test did NOT run\n");
    }
    ok
}

/// The command line of `cmd`, for messages.
fn line(cmd: &Command) -> String {
    let mut s = cmd.get_program().to_string_lossy().into_owned();
    for a in cmd.get_args() {
        s.push(' ');
        s.push_str(&a.to_string_lossy());
    }
    s
}
