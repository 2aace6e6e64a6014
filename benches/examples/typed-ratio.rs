//! Typed route decode against the raw full parse (and the peers' typed decodes), interleaved: the ratio the families
//! issue sets a goal for (view within 1.3x of the raw full parse), robust to a shared
//! machine because both run in alternation and each keeps its best pass.
//!
//! ```sh
//! cargo run --release -p nlcodec-benches --example typed-ratio [ROUNDS [ONLY]]
//! ```
//!
//! `ONLY` (0 to 5) runs one of the three alone, for `perf stat` / `perf record`.
use nlcodec_benches::{
    full_parse, peers, route_dump, typed_routes, view_routes, view_routes_typed,
};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// One decoder over the whole dump, returning the number of messages.
type Decode = fn(&[u8]) -> usize;

fn best(f: impl Fn(&[u8]) -> usize, buf: &[u8], passes: usize) -> Duration {
    (0..passes)
        .map(|_| {
            let t = Instant::now();
            black_box(f(black_box(buf)));
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(8);
    let w = route_dump();
    let buf = &w.bytes;
    let n = full_parse(buf).expect("the route dump parses") as f64;
    let runs: [(&str, Decode); 6] = [
        ("full-parse/nlcodec (raw)", |b| full_parse(b).unwrap()),
        ("typed-routes/nlcodec (hand)", |b| typed_routes(b).unwrap()),
        ("typed-routes/nlcodec-view", |b| view_routes(b).unwrap()),
        ("typed-routes/nlcodec-view-typed", |b| {
            view_routes_typed(b).unwrap()
        }),
        ("typed-routes/netlink-bindings", |b| {
            peers::nb_routes(b).unwrap()
        }),
        ("typed-routes/netlink-packet-route", |b| {
            peers::npr_routes(b).unwrap()
        }),
    ];
    let only: Option<usize> = std::env::args().nth(2).and_then(|a| a.parse().ok());
    let mut bests = [Duration::MAX; 6];
    for _ in 0..rounds {
        for (i, (_, f)) in runs.iter().enumerate() {
            if only.is_some_and(|o| o != i) {
                continue;
            }
            bests[i] = bests[i].min(best(f, buf, 20));
        }
    }
    if only.is_some() {
        return;
    }
    let base = bests[0].as_secs_f64();
    println!("{} messages, best of {} rounds x 20 passes", n, rounds);
    for ((name, _), b) in runs.iter().zip(bests) {
        let s = b.as_secs_f64();
        println!(
            "{name:38} {:8.1} ns/message  {:5.2}x raw",
            s * 1e9 / n,
            s / base
        );
    }
}
