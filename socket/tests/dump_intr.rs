//! `NLM_F_DUMP_INTR` on the real kernel, in a private network namespace: a 20,000-address
//! dump while another thread adds and deletes an address comes back marked interrupted
//! (the kernel checks its address generation, `inet_base_seq`, between chunks); the
//! bounded retry returns a consistent table, equal to a dump taken after the churn stops.
//! (Route dumps are never marked on Linux 6.18: the IPv4 FIB dump does not check, the IPv6
//! one restarts its walk instead; links, addresses and nexthops are.)

mod netns;

use nlcodec::consts::{NLM_F_CREATE, NLM_F_EXCL};
use nlcodec_families::rt_addr::{
    ops::Deladdr, ops::Getaddr, ops::Newaddr, AddressFamily, Ifaddrmsg,
};
use nlcodec_socket::{Error, Netns, Protocol, Socket};
use std::net::Ipv4Addr;
use std::os::fd::AsFd;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Every address of the dump, as text, sorted.
fn addresses(s: &mut Socket) -> Result<Vec<String>, Error> {
    let mut v: Vec<String> = s
        .dump_all(Getaddr, &Ifaddrmsg::default())?
        .iter()
        .map(|a| {
            let a = a.unwrap();
            format!(
                "{:?}/{} dev {}",
                a.attrs.local().or(a.attrs.address()),
                a.header.ifa_prefixlen,
                a.header.ifa_index
            )
        })
        .collect();
    v.sort();
    Ok(v)
}

#[test]
fn an_interrupted_address_dump_is_retried_until_consistent() {
    let Some(()) = netns::in_netns("dump_intr_addresses", || {
        netns::ip("link add d0 type veth peer name d1");
        let batch: String = (0..20_000)
            .map(|i| format!("addr add 10.{}.{}.1/32 dev d0\n", i / 256, i % 256))
            .collect();
        netns::ip_batch(&batch);
        let index = Socket::open(Protocol::ROUTE)
            .unwrap()
            .ifindex("d0")
            .unwrap();

        // Another thread adds and deletes one address as fast as it can.
        let stop = Arc::new(AtomicBool::new(false));
        let churn = {
            let stop = stop.clone();
            let ns = std::fs::File::open("/proc/thread-self/ns/net").unwrap();
            std::thread::spawn(move || {
                let mut s = Socket::open_in(Netns::Fd(ns.as_fd()), Protocol::ROUTE).unwrap();
                let hdr = Ifaddrmsg {
                    ifa_family: AddressFamily::Inet,
                    ifa_prefixlen: 32,
                    ifa_index: index,
                    ..Default::default()
                };
                let addr = Ipv4Addr::new(192, 0, 2, 1).into();
                let mut changes = 0u64;
                while !stop.load(Ordering::Relaxed) {
                    s.call(Newaddr, NLM_F_CREATE | NLM_F_EXCL, &hdr, |a| a.local(addr))
                        .unwrap();
                    s.call(Deladdr, 0, &hdr, |a| a.local(addr)).unwrap();
                    changes += 2;
                }
                changes
            })
        };

        // Without retries, dumps during the churn come back interrupted.
        let mut s = Socket::open(Protocol::ROUTE).unwrap();
        s.set_dump_retries(0);
        let mut interrupted = 0;
        for _ in 0..10 {
            match s.dump_all(Getaddr, &Ifaddrmsg::default()) {
                Err(Error::DumpInterrupted { partial }) => {
                    assert!(!partial.is_empty());
                    interrupted += 1;
                }
                r => assert!(r.is_ok()),
            }
        }
        eprintln!("{interrupted} of 10 address dumps interrupted during the churn");
        assert!(
            interrupted > 0,
            "no dump was interrupted: the test proved nothing"
        );

        // With retries: the churn stops after half a second; the dump is sent again until
        // one is consistent.
        s.set_dump_retries(10_000);
        let stopper = {
            let stop = stop.clone();
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_millis(500));
                stop.store(true, Ordering::Relaxed);
            })
        };
        let started = Instant::now();
        let consistent = addresses(&mut s).unwrap();
        stopper.join().unwrap();
        let changes = churn.join().unwrap();
        eprintln!(
            "a consistent dump after {} retries in {:?} ({changes} address changes by the other thread)",
            s.dumps_retried(),
            started.elapsed()
        );
        assert!(s.dumps_retried() > 0);
        let after = addresses(&mut s).unwrap();
        assert_eq!(consistent.len(), 20_000, "lo is down: no 127.0.0.1");
        assert_eq!(consistent, after);
    }) else {
        return;
    };
}
