//! `cargo bench -p nlcodec-benches`: nlcodec, a plain hand-written loop and the peer crates
//! on the same captured bytes, in the same run.
//!
//! Benchmark ids are `<capture>/<benchmark>/<implementation>`, e.g.
//! `route-dump-100k/full-parse/nlcodec`. Every benchmark processes the whole capture per
//! iteration and reports throughput in messages and bytes per second; divide the time by
//! the message count (printed at start-up) for ns/message.

use std::hint::black_box;
use std::time::Duration;

use criterion::measurement::WallTime;
use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion, Throughput};
use nlcodec_benches::{peers, *};

fn group<'c>(c: &'c mut Criterion, w: &Workload, name: &str) -> BenchmarkGroup<'c, WallTime> {
    let mut g = c.benchmark_group(format!("{}/{name}", w.name));
    g.throughput(Throughput::ElementsAndBytes {
        elements: w.messages as u64,
        bytes: w.bytes.len() as u64,
    });
    g
}

/// Fewer, longer samples for the peers, whose iterations take tens of milliseconds.
fn slow(g: &mut BenchmarkGroup<'_, WallTime>) {
    g.sample_size(20).measurement_time(Duration::from_secs(6));
}

fn same_count<T>(v: Vec<T>, messages: usize) -> Result<Vec<T>, String> {
    if v.len() == messages {
        Ok(v)
    } else {
        Err(format!("parsed {} of {messages} messages", v.len()))
    }
}

fn benches(c: &mut Criterion) {
    for w in workloads() {
        eprintln!("capture {w:?}: {:.1} bytes/message", w.mean_message_len());
        let b = &w.bytes[..];
        let has_data = !b.is_empty() && nlcodec::messages(b).flatten().any(|m| !m.is_control());
        let has_routes = nlcodec::messages(b)
            .flatten()
            .any(|m| (24..=27).contains(&m.header.kind));
        // A peer that cannot parse the whole capture (e.g. a user's capture of another
        // protocol) is skipped rather than benchmarked on an error path.
        let npr = peers::npr_parse_all(b)
            .map_err(|e| e.to_string())
            .and_then(|v| same_count(v, w.messages));
        let neli = peers::neli_parse_all(b)
            .map_err(|e| e.to_string())
            .and_then(|v| same_count(v, w.messages));
        for (name, r) in [
            ("netlink-packet-route", npr.as_ref().err()),
            ("neli", neli.as_ref().err()),
        ] {
            if let Some(e) = r {
                eprintln!("skipping {name} on {}: {e}", w.name);
            }
        }

        let mut g = group(c, &w, "header-walk");
        g.bench_function("nlcodec", |i| i.iter(|| header_walk(black_box(b)).unwrap()));
        g.bench_function("plain-loop", |i| i.iter(|| plain_header_walk(black_box(b))));
        #[cfg(feature = "libmnl")]
        g.bench_function("libmnl", |i| {
            i.iter(|| nlcodec_benches::libmnl::header_walk(black_box(b)))
        });
        g.finish();

        // The parse and serialize benches read rtnetlink family headers: on a capture of
        // another protocol (where nlcodec's full parse fails) only the header walk is fair.
        if let Err(e) = full_parse(b) {
            eprintln!(
                "{}: not an rtnetlink stream ({e}): header walk only",
                w.name
            );
            continue;
        }

        let mut g = group(c, &w, "full-parse");
        g.bench_function("nlcodec", |i| i.iter(|| full_parse(black_box(b)).unwrap()));
        g.bench_function("plain-loop", |i| i.iter(|| plain_full_parse(black_box(b))));
        // libmnl stops with an error on an NLMSG_ERROR: only streams it parses whole are fair.
        #[cfg(feature = "libmnl")]
        if has_data
            && nlcodec_benches::libmnl::full_parse(b)
                == Some(
                    nlcodec::messages(b)
                        .flatten()
                        .filter(|m| !m.is_control())
                        .count(),
                )
        {
            g.bench_function("libmnl", |i| {
                i.iter(|| nlcodec_benches::libmnl::full_parse(black_box(b)).unwrap())
            });
        }
        slow(&mut g);
        if npr.is_ok() {
            g.bench_function("netlink-packet-route", |i| {
                i.iter(|| peers::npr_full_parse(black_box(b)).unwrap())
            });
        }
        if neli.is_ok() {
            g.bench_function("neli", |i| {
                i.iter(|| peers::neli_full_parse(black_box(b)).unwrap())
            });
        }
        g.finish();

        if has_routes {
            let mut g = group(c, &w, "typed-routes");
            g.bench_function("nlcodec", |i| {
                i.iter(|| typed_routes(black_box(b)).unwrap())
            });
            g.bench_function("nlcodec-view", |i| {
                i.iter(|| view_routes(black_box(b)).unwrap())
            });
            g.bench_function("nlcodec-view-typed", |i| {
                i.iter(|| view_routes_typed(black_box(b)).unwrap())
            });
            g.bench_function("netlink-bindings", |i| {
                i.iter(|| peers::nb_routes(black_box(b)).unwrap())
            });
            slow(&mut g);
            if npr.is_ok() {
                g.bench_function("netlink-packet-route", |i| {
                    i.iter(|| peers::npr_routes(black_box(b)).unwrap())
                });
            }
            g.finish();

            let routes = collect_routes(b).unwrap();
            let mut out = vec![0u8; routes.len() * 128];
            let mut g = c.benchmark_group(format!("{}/write-routes", w.name));
            let written = write_routes(&routes, &mut out).unwrap();
            g.throughput(Throughput::ElementsAndBytes {
                elements: routes.len() as u64,
                bytes: written as u64,
            });
            g.bench_function("nlcodec", |i| {
                i.iter(|| write_routes(black_box(&routes), &mut out).unwrap())
            });
            g.finish();

            let mut g = group(c, &w, "strict-parse");
            g.bench_function("nlcodec", |i| {
                i.iter(|| strict_parse(black_box(b)).unwrap())
            });
            g.finish();
        }

        if nlcodec::messages(b)
            .flatten()
            .any(|m| m.header.kind == nlcodec::consts::NLMSG_ERROR)
        {
            let mut g = group(c, &w, "ext-ack");
            g.bench_function("nlcodec", |i| i.iter(|| ext_acks(black_box(b)).unwrap()));
            g.finish();
        }

        if has_data {
            let parsed = parse_for_serialize(b).unwrap();
            let mut out = vec![0u8; b.len() + 4096];
            let mut neli_out = Some(Vec::with_capacity(b.len() + 4096));

            let mut g = group(c, &w, "serialize");
            g.bench_function("nlcodec", |i| {
                i.iter(|| serialize(black_box(&parsed), &mut out).unwrap())
            });
            g.bench_function("plain-loop", |i| {
                i.iter(|| plain_serialize(black_box(&parsed), &mut out).unwrap())
            });
            slow(&mut g);
            if let Ok(npr) = &npr {
                g.bench_function("netlink-packet-route", |i| {
                    i.iter(|| peers::npr_serialize(black_box(npr), &mut out))
                });
            }
            if let Ok(neli) = &neli {
                g.bench_function("neli", |i| {
                    i.iter(|| {
                        let v = peers::neli_serialize(black_box(neli), neli_out.take().unwrap())
                            .unwrap();
                        let n = v.len();
                        neli_out = Some(v);
                        n
                    })
                });
            }
            g.finish();
        }
    }
}

criterion_group! {
    name = netlink;
    config = Criterion::default().warm_up_time(Duration::from_secs(2)).measurement_time(Duration::from_secs(4));
    targets = benches
}
criterion_main!(netlink);
