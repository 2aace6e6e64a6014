//! Zero heap allocations in every parse path, counted by a global allocator over a large
//! route-dump-like stream (built before counting starts).

use nlcodec::consts::*;
use nlcodec::family::header_of;
use nlcodec::{messages, AttrTable, Mode, Payload, Writer};
use nlcodec_families::rt_route::tables::ROUTE_ATTRS;
use nlcodec_families::rt_route::{RtProtocol, RtTable, RtmType, Rtmsg};
use nlcodec_families::runtime::family_header_len;
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

struct Counting;

thread_local! {
    // Per thread, so tests running in parallel never see each other's allocations.
    static COUNTING: Cell<bool> = const { Cell::new(false) };
    static ALLOCS: Cell<usize> = const { Cell::new(0) };
}

fn count() {
    if COUNTING.with(Cell::get) {
        ALLOCS.with(|a| a.set(a.get() + 1));
    }
}

fn start() {
    ALLOCS.with(|a| a.set(0));
    COUNTING.with(|c| c.set(true));
}

fn stop() -> usize {
    COUNTING.with(|c| c.set(false));
    ALLOCS.with(Cell::get)
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count();
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count();
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

const ROUTES: u32 = 100_000;

fn route_dump() -> Vec<u8> {
    let mut buf = vec![0u8; ROUTES as usize * 80 + 64];
    let mut w = Writer::new(&mut buf);
    for i in 0..ROUTES {
        w.begin_message(24, NLM_F_MULTI, 1, 4242).unwrap();
        w.put_header(&Rtmsg {
            rtm_family: nlcodec_families::rt_route::AddressFamily::Inet,
            rtm_dst_len: 24,
            rtm_table: RtTable::Main,
            rtm_protocol: RtProtocol::Static,
            rtm_type: RtmType::Unicast,
            ..Default::default()
        })
        .unwrap();
        w.put_u32(15, 254).unwrap(); // RTA_TABLE
        w.put_attr(1, &(0x0a00_0000u32 | (i << 8)).to_be_bytes())
            .unwrap(); // RTA_DST
        w.put_u32(6, 100).unwrap(); // RTA_PRIORITY
        w.put_attr(5, &[10, 0, 0, 1]).unwrap(); // RTA_GATEWAY
        w.put_u32(4, 2).unwrap(); // RTA_OIF
        w.end_message().unwrap();
    }
    w.begin_message(NLMSG_DONE, NLM_F_MULTI, 1, 4242).unwrap();
    w.put(&0i32.to_ne_bytes()).unwrap();
    w.end_message().unwrap();
    let n = w.as_bytes().len();
    buf.truncate(n);
    buf
}

#[test]
fn every_parse_path_allocates_nothing() {
    let dump = route_dump();
    let mut errbuf = vec![0u8; 256];
    let mut w = Writer::new(&mut errbuf);
    w.begin_message(NLMSG_ERROR, NLM_F_CAPPED | NLM_F_ACK_TLVS, 1, 0)
        .unwrap();
    w.put(&(-22i32).to_ne_bytes()).unwrap();
    w.put(
        &nlcodec::Header {
            len: 40,
            kind: 24,
            flags: 5,
            seq: 1,
            pid: 0,
        }
        .to_bytes(),
    )
    .unwrap();
    w.put_str(NLMSGERR_ATTR_MSG, "Invalid prefix for given prefix length")
        .unwrap();
    w.put_u32(NLMSGERR_ATTR_OFFS, 32).unwrap();
    w.end_message().unwrap();
    let error_msg = w.as_bytes().to_vec();
    let mut sink = Sink(0);

    start();

    let mut n = 0u64;
    let mut sum = 0u64;
    for m in messages(&dump) {
        let m = m.unwrap();
        n += 1;
        match m.decode().unwrap() {
            Payload::Data(_) => {
                let rt: Rtmsg = header_of(&m).unwrap();
                let tb = AttrTable::<32>::from_attrs(m.attrs(Rtmsg::LEN)).unwrap();
                sum += u64::from(rt.rtm_dst_len) + u64::from(tb.get(4).unwrap().as_u32().unwrap());
                let strict = AttrTable::<32>::from_attrs_validated(
                    m.attrs(Rtmsg::LEN),
                    &ROUTE_ATTRS,
                    Mode::Strict,
                )
                .unwrap();
                sum += u64::from(strict.get(6).unwrap().as_u32().unwrap());
            }
            Payload::Done(d) => assert_eq!(d.error, 0),
            other => panic!("{other:?}"),
        }
    }
    for m in messages(&error_msg) {
        let m = m.unwrap();
        let Payload::Error(e) = m.decode().unwrap() else {
            panic!()
        };
        sum += e.ext_ack.offset.unwrap() as u64 + e.ext_ack.msg.unwrap().len() as u64;
    }
    use std::fmt::Write as _;
    write!(
        sink,
        "{}",
        nlcodec::dump::Dump::new(&dump[..4096])
            .family_header_len(family_header_len(nlcodec::Protocol::ROUTE))
    )
    .unwrap();

    let allocs = stop();
    assert_eq!(n, u64::from(ROUTES) + 1);
    assert!(sum > 0 && sink.0 > 0);
    assert_eq!(allocs, 0, "the parse paths allocated {allocs} times");
}

/// A `fmt::Write` that counts bytes and keeps nothing.
struct Sink(usize);
impl std::fmt::Write for Sink {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0 += s.len();
        Ok(())
    }
}

#[test]
fn the_counter_does_count() {
    // Proves the test above can fail: an allocation while counting is seen.
    start();
    let v = std::hint::black_box(vec![1u8; 10]);
    let allocs = stop();
    assert_eq!(v.len(), 10);
    assert!(allocs >= 1);
}
