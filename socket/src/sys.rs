//! The only `unsafe` in this crate: `setsockopt`/`getsockopt` for integer-valued `SOL_NETLINK`
//! options.
//!
//! rustix (1.x) wraps socket creation, `bind`, `sendto`, `recvfrom`, `getsockname`, `SO_RCVBUF`
//! and `FIONBIO`, but none of the `SOL_NETLINK` options (`NETLINK_ADD_MEMBERSHIP`,
//! `NETLINK_EXT_ACK`, `NETLINK_GET_STRICT_CHK`, ...) and no generic `setsockopt`. Every one of
//! those options takes a plain `int`, so the two functions below are all that is needed; they
//! are kept here, small, and checked, so the rest of the crate stays safe.
#![allow(unsafe_code)]

use std::io;
use std::os::fd::{AsRawFd, BorrowedFd};

/// `SOL_NETLINK`.
pub(crate) const SOL_NETLINK: i32 = nlcodec::consts::SOL_NETLINK;

/// Sets an `int`-valued option at level `SOL_NETLINK`.
pub(crate) fn set_int(fd: BorrowedFd<'_>, name: i32, value: i32) -> io::Result<()> {
    let len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: `fd` is a live descriptor for the duration of the borrow; the pointer refers to
    // a local `c_int` that outlives the call, and `len` is exactly its size, so the kernel
    // reads only those 4 bytes.
    let rc = unsafe {
        libc::setsockopt(
            fd.as_raw_fd(),
            SOL_NETLINK,
            name,
            (&value as *const libc::c_int).cast(),
            len,
        )
    };
    if rc == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// Reads an `int`-valued option at level `SOL_NETLINK`.
pub(crate) fn get_int(fd: BorrowedFd<'_>, name: i32) -> io::Result<i32> {
    let mut value: libc::c_int = 0;
    let mut len = std::mem::size_of::<libc::c_int>() as libc::socklen_t;
    // SAFETY: `fd` is live for the borrow; `value` and `len` are locals that outlive the call,
    // and `len` tells the kernel it may write at most `size_of::<c_int>()` bytes into `value`.
    let rc = unsafe {
        libc::getsockopt(
            fd.as_raw_fd(),
            SOL_NETLINK,
            name,
            (&mut value as *mut libc::c_int).cast(),
            &mut len,
        )
    };
    if rc == 0 {
        Ok(value)
    } else {
        Err(io::Error::last_os_error())
    }
}
