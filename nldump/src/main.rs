//! `nldump`: decode netlink captures (raw, pcap, pcapng, stdin) or live traffic.
//! Run `nldump --help` for the options.

use nldump::groups::resolve_all;
use nldump::monitor::{self, MonitorOptions};
use nldump::{decode_path, decode_stream, Options};
use std::io::Write;
use std::process::ExitCode;
use std::time::Duration;

const USAGE: &str = "\
usage: nldump [OPTIONS] [FILE|-]...
       nldump monitor [OPTIONS] GROUP... [--write FILE.pcap] [--count N] [--duration SECS]
                      [--all-senders]

Decodes netlink messages from raw buffers (datagrams back to back), pcap or pcapng captures
of link type 253 (LINKTYPE_NETLINK, as nlmon records them), or standard input (no FILE or -).

options:
  --json               one JSON object per message and line (ynl CLI value formats)
  --protocol P         protocol of raw input: route (default), genl, netfilter, NUMBER, ...;
                       for captures, overrides the cooked header's
  --genl ID=NAME       generic netlink family id (repeatable); ids are also learnt from
                       CTRL messages in the input
  --resolve            learn generic netlink family ids from the running kernel
  --type T[,T..]       only these message types (RTM_NEWLINK, newlink, done, 16, ...)
  --seq N[,N..]        only these sequence numbers
  --family F[,F..]     only these families (rt-link, nlctrl, ethtool) or protocols (route, genl)
  --stats              end with counts per message type
  --offsets            show attribute offsets and lengths (text)
  --write FILE.pcap    also write the input as a pcap capture (raw input: one message per
                       packet), which nldump and Wireshark read
  -h, --help           this text

monitor groups: link, addr, route, neigh, rule, nexthop, netconf, nsid, mdb, tc, ... or
rtnlgrp-* names or numbers (rtnetlink), FAMILY:GROUP (generic netlink, e.g. nlctrl:notify).
monitor shows only the kernel's datagrams (port 0) and says at the end how many others it
dropped; --all-senders shows them too, marked with \"from port N\". When the receive buffer
overflows (ENOBUFS), events were lost: an NLMSG_OVERRUN message marks the place (output and
--write capture), the problem is reported, and monitoring goes on.

An input without messages, or none passing the filters, is said so on stderr; a type or
family name nldump does not know is a usage error naming the closest known one.

exit status: 0 all decoded, 1 problems were reported (on stderr, naming the packet number and
byte offset), 2 usage or I/O error.";

fn main() -> ExitCode {
    match run() {
        Ok(code) => code,
        Err(e) => {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                return ExitCode::SUCCESS;
            }
            eprintln!("nldump: {e}");
            ExitCode::from(2)
        }
    }
}

fn usage_error(msg: String) -> std::io::Error {
    std::io::Error::new(
        std::io::ErrorKind::InvalidInput,
        format!("{msg}\n\n{USAGE}"),
    )
}

fn list<T>(v: &str, parse: impl Fn(&str) -> Option<T>) -> Result<Vec<T>, std::io::Error> {
    v.split(',')
        .map(|s| parse(s.trim()).ok_or_else(|| usage_error(format!("bad value {s:?}"))))
        .collect()
}

fn run() -> std::io::Result<ExitCode> {
    let mut opts = Options::default();
    let mut mon = MonitorOptions::default();
    let mut files = Vec::new();
    let mut resolve = false;
    let mut monitor_mode = false;
    let mut args = std::env::args().skip(1).peekable();
    if args.peek().map(String::as_str) == Some("monitor") {
        monitor_mode = true;
        args.next();
    }
    while let Some(a) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .ok_or_else(|| usage_error(format!("{name} needs a value")))
        };
        match a.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(ExitCode::SUCCESS);
            }
            "--json" => opts.json = true,
            "--stats" => opts.stats = true,
            "--offsets" => opts.offsets = true,
            "--resolve" => resolve = true,
            "--protocol" => {
                let v = value("--protocol")?;
                opts.protocol = Some(
                    nlcodec::Protocol::from_name(&v)
                        .ok_or_else(|| usage_error(format!("unknown protocol {v:?}")))?,
                );
            }
            "--genl" => {
                let v = value("--genl")?;
                let (id, name) = v
                    .split_once('=')
                    .and_then(|(i, n)| Some((i.parse::<u16>().ok()?, n.to_string())))
                    .ok_or_else(|| usage_error(format!("--genl {v:?}: want ID=NAME")))?;
                opts.genl.push((id, name));
            }
            "--type" => opts
                .filter
                .types
                .extend(list(&value("--type")?, |s| Some(s.to_string()))?),
            "--seq" => opts
                .filter
                .seqs
                .extend(list(&value("--seq")?, |s| s.parse::<u32>().ok())?),
            "--family" => opts
                .filter
                .families
                .extend(list(&value("--family")?, |s| Some(s.to_string()))?),
            "--write" if monitor_mode => mon.write = Some(value("--write")?.into()),
            "--all-senders" if monitor_mode => mon.all_senders = true,
            "--write" => opts.write = Some(value("--write")?.into()),
            "--count" if monitor_mode => {
                let v = value("--count")?;
                mon.count = Some(
                    v.parse()
                        .map_err(|_| usage_error(format!("--count {v:?}")))?,
                );
            }
            "--duration" if monitor_mode => {
                let v = value("--duration")?;
                let s: f64 = v
                    .parse()
                    .map_err(|_| usage_error(format!("--duration {v:?}")))?;
                mon.duration = Some(Duration::from_secs_f64(s.max(0.0)));
            }
            s if s.starts_with("--") => return Err(usage_error(format!("unknown option {s}"))),
            _ if monitor_mode => mon.groups.push(a),
            _ => files.push(a),
        }
    }
    opts.filter.check_names().map_err(usage_error)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut err = std::io::stderr();
    let mut errors = 0;
    if resolve {
        match resolve_all() {
            Ok(all) => opts.genl.extend(all.into_iter().map(|f| (f.id, f.name))),
            Err(e) => {
                eprintln!("nldump: --resolve: {e}");
                errors += 1;
            }
        }
    }
    if monitor_mode {
        let s = monitor::run(&mon, &opts, &mut out, &mut err)?;
        return Ok(status(s.errors + errors));
    }
    if files.is_empty() {
        files.push("-".into());
    }
    for f in &files {
        // Streamed: memory stays bounded by the largest packet, not by the input.
        let s = if f == "-" {
            decode_stream(&mut std::io::stdin().lock(), &opts, &mut out, &mut err)?
        } else {
            match decode_path(std::path::Path::new(f), &opts, &mut out, &mut err) {
                Ok(s) => s,
                Err(e)
                    if e.kind() == std::io::ErrorKind::NotFound
                        || e.kind() == std::io::ErrorKind::PermissionDenied =>
                {
                    out.flush()?;
                    eprintln!("nldump: {f}: {e}");
                    return Ok(ExitCode::from(2));
                }
                Err(e) => return Err(e),
            }
        };
        errors += s.errors;
        // Nothing printed is never silent: say why.
        let name = if f == "-" { "standard input" } else { f };
        if s.messages == 0 && s.errors == 0 {
            out.flush()?;
            eprintln!("nldump: {name}: no netlink messages");
        } else if s.shown == 0 && s.messages > 0 && !opts.filter.is_empty() {
            out.flush()?;
            eprintln!(
                "nldump: {name}: none of its {} messages passed the filters",
                s.messages
            );
        }
    }
    out.flush()?;
    Ok(status(errors))
}

fn status(errors: u64) -> ExitCode {
    if errors == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
