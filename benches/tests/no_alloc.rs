//! Every nlcodec parse path the benches time (the generated `rt-route` view included)
//! allocates nothing over the whole 100k-route dump: a counting global allocator sees zero
//! allocations between the start and the end of each walk (the input is loaded before
//! counting starts).

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt;

use nlcodec::consts::*;
use nlcodec_benches::*;

struct Counting;

thread_local! {
    static ALLOCS: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let _ = ALLOCS.try_with(|c| c.set(c.get() + 1));
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let _ = ALLOCS.try_with(|c| c.set(c.get() + 1));
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// Runs `f` and returns its result with the number of allocations this thread made in it.
fn counted<T>(f: impl FnOnce() -> T) -> (T, usize) {
    let before = ALLOCS.with(Cell::get);
    let out = f();
    (out, ALLOCS.with(Cell::get) - before)
}

/// A `fmt::Write` sink that keeps only a length and a checksum.
#[derive(Default)]
struct Sink {
    len: usize,
    sum: u64,
}

impl fmt::Write for Sink {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.len += s.len();
        self.sum = s
            .bytes()
            .fold(self.sum, |a, b| a.wrapping_mul(31).wrapping_add(b as u64));
        Ok(())
    }
}

/// An `NLMSG_ERROR` with extended-ACK TLVs (message and offset), capped, built with the
/// writer, followed by an `NLMSG_DONE` carrying one.
fn ext_ack_stream() -> Vec<u8> {
    let mut w = nlcodec::Writer::from_vec(Vec::new());
    w.begin_message(NLMSG_ERROR, NLM_F_CAPPED | NLM_F_ACK_TLVS, 7, 0)
        .unwrap();
    w.put(&(-22i32).to_ne_bytes()).unwrap();
    let req = nlcodec::Header {
        len: 40,
        kind: 16,
        flags: NLM_F_REQUEST | NLM_F_ACK,
        seq: 7,
        pid: 0,
    };
    w.put(&req.to_bytes()).unwrap();
    w.put_str(NLMSGERR_ATTR_MSG, "Attribute failed policy validation")
        .unwrap();
    w.put_u32(NLMSGERR_ATTR_OFFS, 32).unwrap();
    w.end_message().unwrap();
    w.begin_message(NLMSG_DONE, NLM_F_MULTI | NLM_F_ACK_TLVS, 8, 0)
        .unwrap();
    w.put(&(-22i32).to_ne_bytes()).unwrap();
    w.put_str(
        NLMSGERR_ATTR_MSG,
        "Invalid values in header for link dump request",
    )
    .unwrap();
    w.end_message().unwrap();
    w.into_vec()
}

#[test]
fn the_counter_counts() {
    let (v, n) = counted(|| vec![1u8; 100]);
    assert_eq!(v.len(), 100);
    assert!(n >= 1, "the counting allocator saw no allocation");
}

#[test]
fn parse_paths_allocate_nothing() {
    let dump = route_dump();
    let b = &dump.bytes[..];
    let n = dump.messages;

    let (r, allocs) = counted(|| header_walk(b));
    assert_eq!((r.unwrap(), allocs), (n, 0), "header walk");

    let (r, allocs) = counted(|| full_parse(b));
    assert_eq!((r.unwrap(), allocs), (n, 0), "full parse into AttrTable");

    let (r, allocs) = counted(|| typed_routes(b));
    assert_eq!((r.unwrap(), allocs), (n, 0), "typed route decode");

    let (r, allocs) = counted(|| view_routes(b));
    assert_eq!(
        (r.unwrap(), allocs),
        (n, 0),
        "typed route decode through the generated rt-route view"
    );

    let (r, allocs) = counted(|| strict_parse(b));
    assert_eq!((r.unwrap(), allocs), (n, 0), "strict policy parse");

    let (r, allocs) = counted(|| {
        nlcodec_families::rt_route::tables::ROUTE_ATTRS.validate(
            nlcodec::messages(b).next().unwrap().unwrap().attrs(12),
            nlcodec::Mode::Strict,
        )
    });
    assert_eq!((r, allocs), (Ok(()), 0), "AttrSet::validate");
}

#[test]
fn ext_ack_decode_allocates_nothing() {
    let mut streams = vec![ext_ack_stream()];
    for name in [
        "error-extack.bin",
        "error-extack-capped.bin",
        "done-strict-error.bin",
    ] {
        if let Ok(b) = read_capture(&testdata_dir().join(name)) {
            streams.push(b);
        }
    }
    for s in &streams {
        let (r, allocs) = counted(|| ext_acks(s));
        assert!(r.unwrap() >= 1, "no extended ACK decoded");
        assert_eq!(allocs, 0, "ext-ACK decode");
        let (r, allocs) = counted(|| full_parse(s));
        assert_eq!((r.is_ok(), allocs), (true, 0), "full parse of errors");
    }
}

#[test]
fn serialize_into_a_fixed_buffer_allocates_nothing() {
    let dump = route_dump();
    let parsed = parse_for_serialize(&dump.bytes).unwrap();
    let mut out = vec![0u8; dump.bytes.len()];
    let (r, allocs) = counted(|| serialize(&parsed, &mut out));
    assert_eq!(
        (r.unwrap(), allocs),
        (dump.bytes.len(), 0),
        "Writer over &mut [u8]"
    );
    assert!(out == dump.bytes);

    let routes = collect_routes(&dump.bytes).unwrap();
    let mut out = vec![0u8; routes.len() * 128];
    let (r, allocs) = counted(|| write_routes(&routes, &mut out));
    assert!(r.unwrap() > routes.len() * 40);
    assert_eq!(allocs, 0, "write_routes");
}

#[test]
fn dump_formatting_allocates_nothing() {
    let dump = route_dump();
    // The whole dump in release builds; its first 2,000 messages in debug builds, where
    // formatting 10 MB of messages takes minutes.
    let b = if cfg!(debug_assertions) {
        let mut it = nlcodec::messages(&dump.bytes);
        it.by_ref().take(2000).for_each(drop);
        &dump.bytes[..it.offset()]
    } else {
        &dump.bytes[..]
    };
    let mut sink = Sink::default();
    let (r, allocs) = counted(|| dump_to(b, &mut sink));
    r.unwrap();
    assert_eq!(allocs, 0, "Dump formatting");
    assert!(
        sink.len > b.len(),
        "{} bytes of text for {} bytes",
        sink.len,
        b.len()
    );
}
