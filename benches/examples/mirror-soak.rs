//! `mirror-soak IFNAME CHANGES`: a `Mirror` of the current network namespace follows
//! CHANGES changes while another thread adds and deletes IPv4 addresses on IFNAME (batches
//! of 200, pipelined), and the resident memory is printed every tenth of the way:
//! `changes <n> rss_kb <kb> objects <n> resyncs <n>`. For `scripts/soak-mirror.sh`.

use nlcodec::consts::NLM_F_CREATE;
use nlcodec_families::rt_addr::{ops::Deladdr, ops::Newaddr, AddressFamily, Ifaddrmsg};
use nlcodec_socket::{Mirror, Protocol, Report, Socket};
use std::net::Ipv4Addr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// The process's resident set size in KiB (`/proc/self/statm`, pages of 4 KiB).
fn rss_kb() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse::<u64>().ok())
        .unwrap_or(0)
        * 4
}

fn main() -> Result<(), Report> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [ifname, total] = &args[..] else {
        return Err("usage: mirror-soak IFNAME CHANGES".into());
    };
    let total: u64 = total.parse()?;
    let mut m = Mirror::open()?;
    let stop = Arc::new(AtomicBool::new(false));
    let churn = {
        let (stop, ifname) = (stop.clone(), ifname.clone());
        std::thread::spawn(move || -> Result<(), nlcodec_socket::Error> {
            let mut s = Socket::open(Protocol::ROUTE)?;
            let hdr = Ifaddrmsg {
                ifa_family: AddressFamily::Inet,
                ifa_prefixlen: 32,
                ifa_index: s.ifindex(&ifname)?,
                ..Default::default()
            };
            let addr = |i: u32| Ipv4Addr::from(0x0a00_0000 + i).into();
            while !stop.load(Ordering::Relaxed) {
                let mut tx = s.transaction();
                for i in 0..200 {
                    tx.add(Newaddr, NLM_F_CREATE, &hdr, |a| a.local(addr(i)))?;
                }
                tx.commit()?;
                let mut tx = s.transaction();
                for i in 0..200 {
                    tx.add(Deladdr, 0, &hdr, |a| a.local(addr(i)))?;
                }
                tx.commit()?;
            }
            Ok(())
        })
    };
    let step = (total / 10).max(1);
    let mut n = 0u64;
    while n < total {
        if m.next_change(None)?.is_some() {
            n += 1;
            if n.is_multiple_of(step) {
                let objects: usize = ["links", "addresses", "routes", "neighbours", "rules"]
                    .iter()
                    .map(|k| m.count(k))
                    .sum();
                println!(
                    "changes {n} rss_kb {} objects {objects} resyncs {}",
                    rss_kb(),
                    m.resyncs()
                );
            }
        }
    }
    stop.store(true, Ordering::Relaxed);
    churn.join().map_err(|_| "the churn thread panicked")??;
    Ok(())
}
