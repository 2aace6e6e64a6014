//! libmnl (C) through the small harness in `benches/c/mnl_harness.c` (feature `libmnl`;
//! needs `libmnl-dev` and a C compiler).

use std::ffi::c_void;

extern "C" {
    fn nlb_mnl_header_walk(buf: *const c_void, len: usize) -> usize;
    fn nlb_mnl_full_parse(buf: *const c_void, len: usize) -> std::ffi::c_long;
}

/// libmnl's bare header walk (`mnl_nlmsg_ok` / `mnl_nlmsg_next`): the number of messages.
pub fn header_walk(buf: &[u8]) -> usize {
    // SAFETY: the harness only reads `len` bytes from `buf`.
    unsafe { nlb_mnl_header_walk(buf.as_ptr().cast(), buf.len()) }
}

/// libmnl's full parse (`mnl_cb_run`, then per data message `mnl_attr_parse` into a `tb[]`
/// with type validation): the number of data messages, or `None` when libmnl reported an
/// error (as it does for an `NLMSG_ERROR` carrying an error).
pub fn full_parse(buf: &[u8]) -> Option<usize> {
    // SAFETY: the harness only reads `len` bytes from `buf`.
    let n = unsafe { nlb_mnl_full_parse(buf.as_ptr().cast(), buf.len()) };
    usize::try_from(n).ok()
}
