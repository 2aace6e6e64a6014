#!/usr/bin/env python3
"""Sends one rtnetlink dump request and writes the raw reply datagrams, concatenated, to a file.

Usage: capture_dump.py {route|link|addr} OUTPUT

Run it inside the network namespace whose tables you want (``ip netns exec NS ...``). Every
datagram the kernel sends is written exactly as received (no re-framing), up to and
including the one holding NLMSG_DONE, so the file is what a routing daemon reads from its
socket. Needs only the Python standard library.
"""

import os
import socket
import struct
import sys

NETLINK_ROUTE = 0
NLM_F_REQUEST = 0x1
NLM_F_DUMP = 0x300
NLMSG_ERROR = 2
NLMSG_DONE = 3
RTM_GETLINK = 18
RTM_GETADDR = 22
RTM_GETROUTE = 26
SOL_NETLINK = 270
NETLINK_EXT_ACK = 11
NETLINK_GET_STRICT_CHK = 12

# message type and family header (zeroed, family AF_UNSPEC) per dump
DUMPS = {
    "route": (RTM_GETROUTE, 12),  # struct rtmsg
    "link": (RTM_GETLINK, 16),  # struct ifinfomsg
    "addr": (RTM_GETADDR, 8),  # struct ifaddrmsg
}


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in DUMPS:
        sys.exit(__doc__)
    kind, hdr_len = DUMPS[sys.argv[1]]
    out_path = sys.argv[2]

    s = socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, NETLINK_ROUTE)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 20)
    s.setsockopt(SOL_NETLINK, NETLINK_EXT_ACK, 1)
    s.bind((0, 0))
    seq = 1
    body = bytes(hdr_len)
    req = struct.pack("=IHHII", 16 + len(body), kind, NLM_F_REQUEST | NLM_F_DUMP, seq, 0) + body
    s.send(req)

    total = 0
    messages = 0
    done = False
    with open(out_path, "wb") as out:
        while not done:
            data = s.recv(1 << 20)
            out.write(data)
            total += len(data)
            off = 0
            while off + 16 <= len(data):
                length, mtype, _flags, mseq, _pid = struct.unpack_from("=IHHII", data, off)
                if length < 16:
                    sys.exit(f"bad nlmsg_len {length} at {off}")
                if mseq != seq:
                    sys.exit(f"unexpected seq {mseq}")
                messages += 1
                if mtype == NLMSG_DONE:
                    done = True
                elif mtype == NLMSG_ERROR:
                    (err,) = struct.unpack_from("=i", data, off + 16)
                    if err != 0:
                        sys.exit(f"dump failed: {os.strerror(-err)}")
                off += (length + 3) & ~3
    print(f"{out_path}: {messages} messages, {total} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
