//! `capture-check FILE`: validates a netlink recording (pcap or pcapng, link type 253, as
//! `Socket::record` or an `nlmon` device writes it): every message is named through the
//! generated schemas (rtnetlink; generic netlink ids learnt from the controller's answers in
//! the capture) and its attributes checked against the family's policies. Prints one line
//! per message and a summary; exits with failure when a packet or message is invalid.
//!
//! ```text
//! cargo run -p nlcodec-socket --example capture-check -- links.pcap
//! ```

use nlcodec::schema::Schema;
use nlcodec::{Message, Mode, Payload};
use nlcodec_capture::CaptureReader;
use nlcodec_families::runtime::{GenlRegistry, Rtnetlink};
use std::process::ExitCode;

/// The message's name and the verdict of its attributes against the family's policies.
fn check(m: &Message<'_>, schema: &dyn Schema) -> (&'static str, Result<(), nlcodec::Error>) {
    match (m.decode(), schema.message(m.header.kind, m.payload)) {
        (Err(e), _) => ("?", Err(e)),
        (Ok(Payload::Data(_)), Some(d)) => match d.attrs() {
            Some(set) => (
                d.op.c_name,
                set.validate(m.attrs(d.header_len), Mode::Liberal),
            ),
            None => (d.op.c_name, Ok(())),
        },
        (Ok(Payload::Data(_)), None) => ("?", Ok(())),
        (Ok(Payload::Done(_)), _) => ("NLMSG_DONE", Ok(())),
        (Ok(_), _) => ("NLMSG_ERROR", Ok(())),
    }
}

fn main() -> Result<ExitCode, Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: capture-check FILE")?;
    let mut genl = GenlRegistry::new();
    let (mut packets, mut messages, mut bad) = (0, 0, 0);
    for p in CaptureReader::new(std::io::BufReader::new(std::fs::File::open(path)?)) {
        let p = p?;
        packets += 1;
        for m in nlcodec::messages(&p.data) {
            messages += 1;
            let (name, verdict) = match &m {
                Ok(m) => {
                    let schema: &dyn Schema = if p.protocol == 16 {
                        genl.learn(m);
                        &genl
                    } else {
                        &Rtnetlink
                    };
                    check(m, schema)
                }
                Err(e) => ("?", Err(*e)),
            };
            bad += verdict.is_err() as usize;
            let verdict = verdict.map_or_else(|e| format!("INVALID: {e}"), |()| "ok".into());
            let seq = m.map_or(0, |m| m.header.seq);
            println!("#{} {:?} {name} seq {seq} {verdict}", p.index, p.direction);
        }
    }
    println!("{packets} packets, {messages} messages, {bad} invalid");
    Ok(if bad == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
