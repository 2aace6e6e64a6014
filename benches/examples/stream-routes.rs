//! The streaming typed route dump that `scripts/bench-stream-dump.sh` times against a C
//! `recv` loop: `Socket::dump_each(Getroute, ..)`, each route read through the generated
//! view (destination, gateway, output link, priority, table) while it is still in the
//! receive buffer. With `all`, `dump_all` instead: the whole reply collected first, then
//! read the same way.
//!
//! usage: stream-routes stream|all N   (N dumps; prints each dump's wall time in ns, then
//! `user_ns <total> maxrss_kb <kb> routes <per dump>`)

use nlcodec_families::rt_route::{ops::Getroute, RouteMsg, Rtmsg};
use nlcodec_socket::{ControlFlow, Error, Protocol, Socket};
use std::time::Instant;

/// The five fields, folded into a number so that none is optimised away.
fn fold(r: &RouteMsg<'_>) -> u64 {
    let a = &r.attrs;
    let dst = a.dst().map_or(0, |d| d.is_ipv4() as u64);
    let gw = a.gateway().map_or(0, |g| g.is_ipv6() as u64);
    let table = a.table_attr().map_or(0, |t| t.value() as u64);
    dst + gw + u64::from(a.oif().unwrap_or(0)) + u64::from(a.priority().unwrap_or(0)) + table
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let collect = args.first().map(String::as_str) == Some("all");
    let n: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(1);
    let mut sock = Socket::open(Protocol::ROUTE)?;
    let (mut routes, mut sum) = (0u64, 0u64);
    for _ in 0..n {
        routes = 0;
        let t0 = Instant::now();
        if collect {
            for r in &sock.dump_all(Getroute, &Rtmsg::default())? {
                sum = sum.wrapping_add(fold(&r?));
                routes += 1;
            }
        } else {
            sock.dump_each(Getroute, &Rtmsg::default(), |r| {
                sum = sum.wrapping_add(fold(r));
                routes += 1;
                Ok::<_, Error>(ControlFlow::Continue(()))
            })?;
        }
        println!("{}", t0.elapsed().as_nanos());
    }
    // SAFETY: getrusage fills the struct it is given; a zeroed rusage is a valid value.
    let ru = unsafe {
        let mut ru: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_SELF, &mut ru);
        ru
    };
    let user_ns = ru.ru_utime.tv_sec as u64 * 1_000_000_000 + ru.ru_utime.tv_usec as u64 * 1000;
    eprintln!("checksum {sum}");
    println!(
        "user_ns {user_ns} maxrss_kb {} routes {routes}",
        ru.ru_maxrss
    );
    Ok(())
}
