//! Records the raw bytes of a request's reply datagrams into a file, for `testdata/`.
//!
//! ```text
//! capture <preset> <out-file>
//! capture raw <protocol> <type> <flags> <payload-hex> <out-file> [--ext-ack] [--cap-ack] [--strict]
//! capture list
//! ```
//!
//! Presets build the request with the typed headers and builders of `nlcodec-families`; the
//! summary names what the kernel answered (message types, errors). See `testdata/README.md`
//! for what each records and `testdata/regenerate.sh` for the namespace they are captured in.

use nlcodec::consts::*;
use nlcodec::family::genl::{GenlMsgHdr, GENL_ID_CTRL};
use nlcodec::schema::Schema;
use nlcodec::{Payload, Writer};
use nlcodec_families::nlctrl::{CTRL_CMD_GETFAMILY, FAMILY_VERSION};
use nlcodec_families::rt_addr::{Ifaddrmsg, RTM_GETADDR};
use nlcodec_families::rt_link::{
    IfinfoFlags, Ifinfomsg, LinkAttrsBuilder, RTM_GETLINK, RTM_NEWLINK, VETH_INFO_PEER,
};
use nlcodec_families::rt_neigh::{Ndmsg, RTM_GETNEIGH};
use nlcodec_families::rt_route::{Rtmsg, RTM_GETROUTE};
use nlcodec_families::runtime::{GenlRegistry, Rtnetlink};
use nlcodec_socket::{Protocol, Socket};
use std::process::ExitCode;

/// The loopback device's index: the kernel always gives it 1 in every namespace.
const LOOPBACK_IFINDEX: i32 = 1;

/// One capture: protocol, socket options, and the request.
struct Preset {
    name: &'static str,
    what: &'static str,
    protocol: Protocol,
    ext_ack: bool,
    cap_ack: bool,
    strict: bool,
    build: fn(&mut Writer<Vec<u8>>) -> Result<(), nlcodec::WriteError>,
}

fn dump_of(
    w: &mut Writer<Vec<u8>>,
    kind: u16,
    header: impl FnOnce(&mut Writer<Vec<u8>>) -> Result<(), nlcodec::WriteError>,
) -> Result<(), nlcodec::WriteError> {
    w.begin_message(kind, NLM_F_REQUEST | NLM_F_DUMP, 0, 0)?;
    header(w)?;
    w.end_message()
}

/// RTM_NEWLINK creating a veth whose VETH_INFO_PEER is 2 bytes instead of an ifinfomsg:
/// the kernel rejects it with "Attribute failed policy validation" and the offset of
/// VETH_INFO_PEER, nested in IFLA_LINKINFO / IFLA_INFO_DATA.
fn bad_veth(w: &mut Writer<Vec<u8>>) -> Result<(), nlcodec::WriteError> {
    w.begin_message(
        RTM_NEWLINK,
        NLM_F_REQUEST | NLM_F_ACK | NLM_F_CREATE | NLM_F_EXCL,
        0,
        0,
    )?;
    w.put_header(&Ifinfomsg::default())?;
    // The typed `peer` would write a whole ifinfomsg: write the short value by hand.
    LinkAttrsBuilder::new(w)
        .ifname("bad0")?
        .linkinfo(|li| li.data_veth(|veth| veth.raw(|w| w.put_u16(VETH_INFO_PEER, 0))))?;
    w.end_message()
}

const PRESETS: &[Preset] = &[
    Preset {
        name: "link-dump",
        what: "RTM_GETLINK dump",
        protocol: Protocol::ROUTE,
        ext_ack: false,
        cap_ack: false,
        strict: false,
        build: |w| dump_of(w, RTM_GETLINK, |w| w.put_header(&Ifinfomsg::default())),
    },
    Preset {
        name: "addr-dump",
        what: "RTM_GETADDR dump, all families",
        protocol: Protocol::ROUTE,
        ext_ack: false,
        cap_ack: false,
        strict: false,
        build: |w| dump_of(w, RTM_GETADDR, |w| w.put_header(&Ifaddrmsg::default())),
    },
    Preset {
        name: "route-dump",
        what: "RTM_GETROUTE dump, all families and tables",
        protocol: Protocol::ROUTE,
        ext_ack: false,
        cap_ack: false,
        strict: false,
        build: |w| dump_of(w, RTM_GETROUTE, |w| w.put_header(&Rtmsg::default())),
    },
    Preset {
        name: "neigh-dump",
        what: "RTM_GETNEIGH dump, all families",
        protocol: Protocol::ROUTE,
        ext_ack: false,
        cap_ack: false,
        strict: false,
        build: |w| dump_of(w, RTM_GETNEIGH, |w| w.put_header(&Ndmsg::default())),
    },
    Preset {
        name: "genl-ctrl-dump",
        what: "generic netlink CTRL_CMD_GETFAMILY dump",
        protocol: Protocol::GENERIC,
        ext_ack: false,
        cap_ack: false,
        strict: false,
        build: |w| {
            dump_of(w, GENL_ID_CTRL, |w| {
                w.put_header(&GenlMsgHdr {
                    cmd: CTRL_CMD_GETFAMILY,
                    version: FAMILY_VERSION,
                    reserved: 0,
                })
            })
        },
    },
    Preset {
        name: "error-extack",
        what: "NLMSG_ERROR, uncapped (whole request echoed), ext-ACK MSG + OFFS",
        protocol: Protocol::ROUTE,
        ext_ack: true,
        cap_ack: false,
        strict: false,
        build: bad_veth,
    },
    Preset {
        name: "error-extack-capped",
        what: "NLMSG_ERROR, NETLINK_CAP_ACK (header echoed only), ext-ACK MSG + OFFS",
        protocol: Protocol::ROUTE,
        ext_ack: true,
        cap_ack: true,
        strict: false,
        build: bad_veth,
    },
    Preset {
        name: "done-strict-error",
        what: "RTM_GETLINK dump with ifi_flags set under strict checking: DONE with -EINVAL + MSG",
        protocol: Protocol::ROUTE,
        ext_ack: true,
        cap_ack: false,
        strict: true,
        build: |w| {
            dump_of(w, RTM_GETLINK, |w| {
                w.put_header(&Ifinfomsg {
                    ifi_flags: IfinfoFlags::UP,
                    ..Default::default()
                })
            })
        },
    },
    Preset {
        name: "ack",
        what: "plain ACK: RTM_NEWLINK setting lo's MTU to 65536 with NLM_F_ACK",
        protocol: Protocol::ROUTE,
        ext_ack: true,
        cap_ack: false,
        strict: false,
        build: |w| {
            w.begin_message(RTM_NEWLINK, NLM_F_REQUEST | NLM_F_ACK, 0, 0)?;
            w.put_header(&Ifinfomsg {
                ifi_index: LOOPBACK_IFINDEX,
                ..Default::default()
            })?;
            LinkAttrsBuilder::new(w).mtu(65536)?;
            w.end_message()
        },
    },
];

fn usage() -> ExitCode {
    eprintln!("usage: capture <preset> <out-file>");
    eprintln!("       capture raw <protocol> <type> <flags> <payload-hex> <out-file> [--ext-ack] [--cap-ack] [--strict]");
    eprintln!("       capture list");
    ExitCode::from(2)
}

fn parse_num(s: &str) -> Option<u32> {
    match s.strip_prefix("0x") {
        Some(h) => u32::from_str_radix(h, 16).ok(),
        None => s.parse().ok(),
    }
}

fn hex(s: &str) -> Option<Vec<u8>> {
    if s.len() % 2 != 0 {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).ok())
        .collect()
}

fn run(
    protocol: Protocol,
    opts: (bool, bool, bool),
    mut req: Vec<u8>,
    out: &str,
) -> Result<(), Box<dyn std::error::Error>> {
    let mut sock = Socket::open(protocol)?;
    sock.set_ext_ack(opts.0)?;
    sock.set_cap_ack(opts.1)?;
    sock.set_strict_checking(opts.2)?;
    let bytes = sock.capture(&mut req)?;
    std::fs::write(out, &bytes)?;
    let n = nlcodec::messages(&bytes).count();
    eprintln!(
        "{out}: {} bytes, {n} messages: {}",
        bytes.len(),
        summary(protocol, &bytes)
    );
    Ok(())
}

/// What a capture holds, by name: `7 RTM_NEWLINK, NLMSG_DONE`; an error with its text.
fn summary(protocol: Protocol, bytes: &[u8]) -> String {
    let mut genl = GenlRegistry::new();
    genl.learn_all(bytes);
    let schema: Option<&dyn Schema> = match protocol {
        Protocol::ROUTE => Some(&Rtnetlink),
        Protocol::GENERIC => Some(&genl),
        _ => None,
    };
    let mut runs: Vec<(String, usize)> = Vec::new();
    for m in nlcodec::messages(bytes).map_while(Result::ok) {
        let name = match m.decode() {
            Ok(Payload::Done(d)) if d.error == 0 => "NLMSG_DONE".to_owned(),
            Ok(Payload::Done(d)) => format!("NLMSG_DONE {}", errno_text(d.error, d.ext_ack.msg)),
            Ok(Payload::Error(e)) if e.is_ack() => "ACK".to_owned(),
            Ok(Payload::Error(e)) => format!("NLMSG_ERROR {}", errno_text(e.error, e.ext_ack.msg)),
            _ => match schema.and_then(|s| s.message(m.header.kind, m.payload)) {
                Some(d) => d.op.c_name.to_owned(),
                None => format!("type {}", m.header.kind),
            },
        };
        match runs.last_mut() {
            Some((last, count)) if *last == name => *count += 1,
            _ => runs.push((name, 1)),
        }
    }
    let runs: Vec<String> = runs
        .into_iter()
        .map(|(name, count)| match count {
            1 => name,
            _ => format!("{count} {name}"),
        })
        .collect();
    runs.join(", ")
}

/// A kernel error code (negative errno) as text, with the extended-ACK message.
fn errno_text(error: i32, msg: Option<&str>) -> String {
    let text = std::io::Error::from_raw_os_error(-error);
    match msg {
        Some(m) => format!("({text}: {m:?})"),
        None => format!("({text})"),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |f: &str| args.iter().any(|a| a == f);
    let result = match args.first().map(String::as_str) {
        Some("list") => {
            for p in PRESETS {
                println!("{:<20} {}", p.name, p.what);
            }
            return ExitCode::SUCCESS;
        }
        Some("raw") if args.len() >= 6 => {
            let (Some(proto), Some(kind), Some(flags), Some(payload)) = (
                parse_num(&args[1]),
                parse_num(&args[2]),
                parse_num(&args[3]),
                hex(&args[4]),
            ) else {
                return usage();
            };
            let mut w = Writer::from_vec(Vec::new());
            let built = w
                .begin_message(kind as u16, flags as u16, 0, 0)
                .and_then(|_| w.put(&payload))
                .and_then(|_| w.end_message());
            if let Err(e) = built {
                eprintln!("capture: {e}");
                return ExitCode::FAILURE;
            }
            run(
                Protocol(proto as u16),
                (flag("--ext-ack"), flag("--cap-ack"), flag("--strict")),
                w.into_vec(),
                &args[5],
            )
        }
        Some(name) if args.len() == 2 => {
            let Some(p) = PRESETS.iter().find(|p| p.name == name) else {
                eprintln!("capture: no preset {name:?} (see `capture list`)");
                return ExitCode::from(2);
            };
            let mut w = Writer::from_vec(Vec::new());
            if let Err(e) = (p.build)(&mut w) {
                eprintln!("capture: {e}");
                return ExitCode::FAILURE;
            }
            run(
                p.protocol,
                (p.ext_ack, p.cap_ack, p.strict),
                w.into_vec(),
                &args[1],
            )
        }
        _ => return usage(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("capture: {e}");
            ExitCode::FAILURE
        }
    }
}
