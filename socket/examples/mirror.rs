//! `mirror [--netns NAME] [--rcvbuf BYTES] [--idle MS] [--json]`: a mirror of the
//! namespace's links, addresses, routes, neighbours and rules, kept current from events
//! (resynced after `ENOBUFS`), each change printed as it happens: `+ route 10.0.0.0/24
//! table 254 dev 3` (`--json`: one object a line). With `--idle MS`, once no event has come
//! for that long, one last line `links N addresses N routes N neighbours N rules N resyncs N`
//! and exit 0. `--rcvbuf` sets the event socket's receive buffer.
//!
//! ```text
//! cargo run -p nlcodec-socket --example mirror -- --idle 1000
//! ```

mod common;

use nlcodec_socket::{Change, Mirror, Mirrored, Report};
use std::time::{Duration, Instant};

fn main() -> Result<(), Report> {
    let args = common::Args::parse()?;
    let (mut rcvbuf, mut idle, mut json) = (None, None, false);
    let mut rest = args.rest.iter();
    while let Some(a) = rest.next() {
        let mut value = |what: &str| rest.next().ok_or(format!("{a} needs {what}"));
        match a.as_str() {
            "--rcvbuf" => rcvbuf = Some(value("a size in bytes")?.parse::<usize>()?),
            "--idle" => idle = Some(Duration::from_millis(value("milliseconds")?.parse()?)),
            "--json" => json = true,
            other => return Err(format!("unknown argument {other:?}").into()),
        }
    }
    let mut m = Mirror::open_kinds(args.netns(), &Mirrored::RTNETLINK, rcvbuf)?;
    loop {
        let deadline = idle.map(|d| Instant::now() + d);
        let Some(change) = m.next_change(deadline)? else {
            let n = |kind: Mirrored| m.count(kind.name);
            println!(
                "links {} addresses {} routes {} neighbours {} rules {} resyncs {}",
                n(Mirrored::LINKS),
                n(Mirrored::ADDRESSES),
                n(Mirrored::ROUTES),
                n(Mirrored::NEIGHBOURS),
                n(Mirrored::RULES),
                m.resyncs()
            );
            return Ok(());
        };
        if !json {
            println!("{change}");
            continue;
        }
        let (what, kind, old, new) = match &change {
            Change::Added(n) => ("added", n.kind, None, Some(n)),
            Change::Changed { old, new } => ("changed", new.kind, Some(old), Some(new)),
            Change::Removed(o) => ("removed", o.kind, Some(o), None),
        };
        let text = |o: Option<&nlcodec_socket::Object>| o.map(|o| o.to_string());
        let line =
            serde_json::json!({ "change": what, "kind": kind, "old": text(old), "new": text(new) });
        println!("{line}");
    }
}
