//! One table's routes, two ways, for `scripts/bench-filters.sh`: `kernel` asks the kernel
//! for that table only (`Socket::routes` with a `RouteFilter`, strict checking on);
//! `user` dumps every route (`dump_each`, streaming) and keeps that table's in user space.
//!
//! usage: filter-routes kernel|user TABLE N   (N dumps; prints each dump's wall time in ns,
//! then `routes <count>`)

use nlcodec_families::rt_route::{ops::Getroute, RtTable, Rtmsg};
use nlcodec_socket::{ControlFlow, Error, Protocol, RouteFilter, Socket};
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [mode, table, n] = &args[..] else {
        return Err("usage: filter-routes kernel|user TABLE N".into());
    };
    let table = RtTable::from(table.parse::<u32>()?);
    let n: usize = n.parse()?;
    let mut sock = Socket::open(Protocol::ROUTE)?;
    sock.set_strict_checking(true)?;
    let mut count = 0;
    for _ in 0..n {
        let t0 = Instant::now();
        count = match mode.as_str() {
            "kernel" => {
                let filter = RouteFilter {
                    table: Some(table),
                    ..Default::default()
                };
                sock.routes(&filter)?.len()
            }
            _ => {
                let mut mine = 0;
                sock.dump_each(Getroute, &Rtmsg::default(), |r| {
                    mine += usize::from(r.attrs.table_attr() == Some(table));
                    Ok::<_, Error>(ControlFlow::Continue(()))
                })?;
                mine
            }
        };
        println!("{}", t0.elapsed().as_nanos());
    }
    println!("routes {count}");
    Ok(())
}
