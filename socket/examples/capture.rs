//! Records the raw bytes of a request's reply datagrams into a file, for `testdata/`.
//!
//! ```text
//! capture <preset> <out-file>
//! capture raw <protocol> <type> <flags> <payload-hex> <out-file> [--ext-ack] [--cap-ack] [--strict]
//! capture list
//! ```
//!
//! Presets build the request with nlcodec's writer; see `testdata/README.md` for what each
//! records and `testdata/regenerate.sh` for the namespace they are captured in.

use nlcodec::consts::*;
use nlcodec::family::genl::{GenlMsgHdr, CTRL_CMD_GETFAMILY, GENL_ID_CTRL};
use nlcodec::family::route::{IfAddrMsg, IfInfoMsg, NdMsg, RtMsg};
use nlcodec::family::route::{
    IFLA_IFNAME, IFLA_INFO_DATA, IFLA_INFO_KIND, IFLA_LINKINFO, IFLA_MTU, RTM_GETADDR, RTM_GETLINK,
    RTM_GETNEIGH, RTM_GETROUTE, RTM_NEWLINK,
};
use nlcodec::Writer;
use nlcodec_socket::{Protocol, Socket};
use std::process::ExitCode;

const VETH_INFO_PEER: u16 = 1;

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
    w.put_header(&IfInfoMsg::default())?;
    w.put_str(IFLA_IFNAME, "bad0")?;
    let info = w.begin_nested(IFLA_LINKINFO)?;
    w.put_str(IFLA_INFO_KIND, "veth")?;
    let data = w.begin_nested(IFLA_INFO_DATA)?;
    w.put_u16(VETH_INFO_PEER, 0)?;
    w.end_nested(data)?;
    w.end_nested(info)?;
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
        build: |w| dump_of(w, RTM_GETLINK, |w| w.put_header(&IfInfoMsg::default())),
    },
    Preset {
        name: "addr-dump",
        what: "RTM_GETADDR dump, all families",
        protocol: Protocol::ROUTE,
        ext_ack: false,
        cap_ack: false,
        strict: false,
        build: |w| dump_of(w, RTM_GETADDR, |w| w.put_header(&IfAddrMsg::default())),
    },
    Preset {
        name: "route-dump",
        what: "RTM_GETROUTE dump, all families and tables",
        protocol: Protocol::ROUTE,
        ext_ack: false,
        cap_ack: false,
        strict: false,
        build: |w| dump_of(w, RTM_GETROUTE, |w| w.put_header(&RtMsg::default())),
    },
    Preset {
        name: "neigh-dump",
        what: "RTM_GETNEIGH dump, all families",
        protocol: Protocol::ROUTE,
        ext_ack: false,
        cap_ack: false,
        strict: false,
        build: |w| dump_of(w, RTM_GETNEIGH, |w| w.put_header(&NdMsg::default())),
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
                    version: 1,
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
                w.put_header(&IfInfoMsg {
                    flags: 1,
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
            w.put_header(&IfInfoMsg {
                index: 1,
                ..Default::default()
            })?;
            w.put_u32(IFLA_MTU, 65536)?;
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
    eprintln!("{out}: {} bytes, {n} messages", bytes.len());
    Ok(())
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
                Protocol(proto),
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
