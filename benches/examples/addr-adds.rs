//! `addr-adds MODE COUNT IFNAME`: adds COUNT IPv4 addresses (10.0.0.0/32 on, one by one in
//! the order of their numbers) to IFNAME in the current network namespace and prints the
//! wall time in nanoseconds. MODE `pipelined`: one batch (`Socket::transaction`, many
//! requests per datagram, one ACK per datagram); `one-by-one`: one `call` (request and
//! ACK) per address. For `scripts/bench-transactions.sh`.

use nlcodec::consts::{NLM_F_CREATE, NLM_F_EXCL};
use nlcodec_families::rt_addr::{ops::Newaddr, AddressFamily, Ifaddrmsg};
use nlcodec_socket::{Protocol, Report, Socket};
use std::net::Ipv4Addr;

fn main() -> Result<(), Report> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [mode, count, ifname] = &args[..] else {
        return Err("usage: addr-adds pipelined|one-by-one COUNT IFNAME".into());
    };
    let count: u32 = count.parse()?;
    let mut sock = Socket::open(Protocol::ROUTE)?;
    let hdr = Ifaddrmsg {
        ifa_family: AddressFamily::Inet,
        ifa_prefixlen: 32,
        ifa_index: sock.ifindex(ifname)?,
        ..Default::default()
    };
    let addr = |i: u32| Ipv4Addr::from(0x0a00_0000 + i).into();
    let flags = NLM_F_CREATE | NLM_F_EXCL;
    let started = std::time::Instant::now();
    match mode.as_str() {
        "pipelined" => {
            let mut tx = sock.transaction();
            for i in 0..count {
                tx.add(Newaddr, flags, &hdr, |a| a.local(addr(i)))?;
            }
            tx.commit()?;
        }
        "one-by-one" => {
            for i in 0..count {
                sock.call(Newaddr, flags, &hdr, |a| a.local(addr(i)))?;
            }
        }
        other => return Err(format!("unknown mode {other}").into()),
    }
    println!("{}", started.elapsed().as_nanos());
    Ok(())
}
