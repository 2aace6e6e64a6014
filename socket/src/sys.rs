//! The only `unsafe` in this crate: `setsockopt`/`getsockopt` for integer-valued `SOL_NETLINK`
//! options, and `recvmsg` for the `NETLINK_PKTINFO` control message.
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

/// One datagram received with `recvmsg`: its full length (more than the buffer when cut, with
/// `MSG_TRUNC`), the sender's `sockaddr_nl` and the multicast group it was sent to (from the
/// `NETLINK_PKTINFO` control message; 0 for unicast or when the option is off).
pub(crate) struct Received {
    pub(crate) len: usize,
    pub(crate) port: u32,
    pub(crate) groups: u32,
    pub(crate) group: u32,
}

/// `recvmsg(fd, buf, MSG_TRUNC | flags)` with room for one `NETLINK_PKTINFO` control message.
///
/// rustix's `recvmsg` decodes only the control messages it knows (`SCM_RIGHTS`,
/// `SCM_CREDENTIALS`) and drops the others, `NETLINK_PKTINFO` among them, which is the only
/// way to learn a multicast group above 32 (the sender address's mask is 0 for those).
pub(crate) fn recv_msg(fd: BorrowedFd<'_>, buf: &mut [u8], flags: i32) -> io::Result<Received> {
    // SAFETY: `sockaddr_nl` is a plain C struct of integers; all-zero is a valid value.
    let mut addr: libc::sockaddr_nl = unsafe { std::mem::zeroed() };
    // Room for one cmsghdr and a u32 (`struct nl_pktinfo`), 8-aligned.
    let mut control = [0u64; 8];
    let mut iov = libc::iovec {
        iov_base: buf.as_mut_ptr().cast(),
        iov_len: buf.len(),
    };
    // SAFETY: `msghdr` is a plain C struct; all-zero is a valid value for every field.
    let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
    msg.msg_name = (&mut addr as *mut libc::sockaddr_nl).cast();
    msg.msg_namelen = std::mem::size_of::<libc::sockaddr_nl>() as libc::socklen_t;
    msg.msg_iov = &mut iov;
    msg.msg_iovlen = 1;
    msg.msg_control = control.as_mut_ptr().cast();
    msg.msg_controllen = std::mem::size_of_val(&control) as _;
    // SAFETY: `fd` is live for the borrow. Every pointer in `msg` refers to a local (`addr`,
    // `iov`, `control`) or to `buf`, all of which outlive the call, and each length given is
    // exactly the size of what it points at, so the kernel writes only within them.
    let n = unsafe { libc::recvmsg(fd.as_raw_fd(), &mut msg, libc::MSG_TRUNC | flags) };
    if n < 0 {
        return Err(io::Error::last_os_error());
    }
    let mut group = 0;
    // SAFETY: `msg` was filled by a successful recvmsg: `msg_control`/`msg_controllen` describe
    // the control messages the kernel wrote inside `control`, which CMSG_FIRSTHDR/NXTHDR walk
    // without leaving it; a cmsg's data is read only when its length covers a whole u32.
    unsafe {
        let mut c = libc::CMSG_FIRSTHDR(&msg);
        while !c.is_null() {
            let header_len = libc::CMSG_LEN(0) as usize;
            if (*c).cmsg_level == SOL_NETLINK
                && (*c).cmsg_type == nlcodec::consts::NETLINK_PKTINFO
                && (*c).cmsg_len as usize >= header_len + 4
            {
                group = std::ptr::read_unaligned(libc::CMSG_DATA(c).cast::<u32>());
            }
            c = libc::CMSG_NXTHDR(&msg, c);
        }
    }
    Ok(Received {
        len: n as usize,
        port: addr.nl_pid,
        groups: addr.nl_groups,
        group,
    })
}
