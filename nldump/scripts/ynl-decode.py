#!/usr/bin/env python3
"""Decode a netlink capture with the kernel's own Python ynl library: the oracle for
`nldump --json`.

    YNL_DIR=/path/to/linux/tools/net/ynl/pyynl python3 nldump/scripts/ynl-decode.py FILE

YNL_DIR is a kernel tree's ynl directory holding `lib/` (`tools/net/ynl/pyynl` since Linux
6.14, `tools/net/ynl` before), or the kernel tree's root. The ynl sources are not part of this
project and not on PyPI; see the README section on `--json` for how they were
obtained. Needs python3-yaml.

FILE is a raw buffer (netlink messages back to back, like testdata/*.bin; `.gz` is
decompressed), or a pcap capture of link type 253 (LINKTYPE_NETLINK, the cooked header names
the protocol). Every message is split with ynl's `NlMsgs`, the family is found from the
message type (rtnetlink: the rt-* spec whose operations use it; generic netlink: the family
id, 0x10 being nlctrl, others learnt from nlctrl replies in the input or given with
`--genl ID=NAME`) and the message is decoded the way `YnlFamily` decodes a reply
(`nlproto.decode`, `_decode` over the operation's attribute set, `_decode_struct` for the
fixed header), with `--process-unknown` semantics. Prints one JSON object per message and
line, encoded with the CLI's own `YnlEncoder` (what `ynl --output-json` prints):

    {"n": 1, "family": "rt-link", "name": "getlink", "msg": {...}}

`NLMSG_DONE` and `NLMSG_ERROR` become {"n": N, "type": "done"|"error", "error": ERRNO,
"extack": {...}} from ynl's `NlMsg`. A message ynl cannot decode becomes {"n": N, "family":
..., "ynl-error": "..."} and the exit status is 1. Messages of a protocol or family that has
no spec here are {"n": N, "skipped": "..."}.

Options: --protocol route|genl (raw input; default route), --genl ID=NAME (repeatable),
--specs DIR (default: the project's specs/), --overrides DIR (merge the project's
corrections, specs/overrides/, into the vendored specs first, by the rule nlcodec-gen uses:
the oracle then reads the same definitions nldump was generated from), --quiet (decode but print nothing: for timing
the decoding alone).
"""

import argparse
import glob
import gzip
import json
import os
import shutil
import struct
import sys
import tempfile

PROTOCOLS = {"route": 0, "genl": 16}


def load_ynl():
    root = os.environ.get("YNL_DIR")
    if not root:
        sys.exit("ynl-decode: YNL_DIR is not set (the kernel's tools/net/ynl/pyynl directory)")
    for cand in (root, os.path.join(root, "pyynl"), os.path.join(root, "tools/net/ynl/pyynl"),
                 os.path.join(root, "tools/net/ynl")):
        if os.path.isfile(os.path.join(cand, "lib", "ynl.py")):
            sys.path.insert(0, cand)
            break
    else:
        sys.exit(f"ynl-decode: no lib/ynl.py under YNL_DIR={root}")
    # pylint: disable=import-outside-toplevel,import-error
    from lib import ynl as ynl_mod
    try:
        from cli import YnlEncoder
    except ImportError:
        YnlEncoder = None
    return ynl_mod, YnlEncoder


def datagrams(data, protocol):
    """(protocol, bytes) of every datagram: pcap packets, or the whole raw buffer."""
    if data[:4] in (b"\xd4\xc3\xb2\xa1", b"\x4d\x3c\xb2\xa1"):
        endian = "<"
    elif data[:4] in (b"\xa1\xb2\xc3\xd4", b"\xa1\xb2\x3c\x4d"):
        endian = ">"
    else:
        yield protocol, data
        return
    linktype = struct.unpack_from(endian + "I", data, 20)[0]
    if linktype != 253:
        sys.exit(f"ynl-decode: pcap link type {linktype}, not 253 (LINKTYPE_NETLINK)")
    off = 24
    while off + 16 <= len(data):
        incl = struct.unpack_from(endian + "I", data, off + 8)[0]
        pkt = data[off + 16: off + 16 + incl]
        off += 16 + incl
        if len(pkt) < 16:
            continue
        # Linux cooked header: the protocol is its last field, in network byte order.
        proto = struct.unpack_from(">H", pkt, 14)[0]
        yield proto, pkt[16:]


def _key(item):
    if isinstance(item, str):
        return item
    if isinstance(item, dict):
        return item.get("name", item.get("value"))
    return None


def merge(base, over):
    """The project's override rule (gen/src/spec.rs `merge`): mappings key by key, lists of
    named elements element by element (by `name`, else `value`; new ones appended), anything
    else replaced. Returns the merged value."""
    if isinstance(base, dict) and isinstance(over, dict):
        for k, v in over.items():
            base[k] = merge(base[k], v) if k in base else v
        return base
    if isinstance(base, list) and isinstance(over, list):
        for item in over:
            k = _key(item)
            for i, existing in enumerate(base):
                if k is not None and _key(existing) == k:
                    base[i] = merge(existing, item)
                    break
            else:
                base.append(item)
        return base
    return over


def merged_specs(specs, overrides):
    """A temporary folder with every spec that has an override merged with it (ynl reads a
    spec from a file whose first line is the SPDX tag), the others linked."""
    import re  # pylint: disable=import-outside-toplevel
    import yaml  # pylint: disable=import-outside-toplevel

    # The overrides are read as nlcodec-gen reads them, YAML 1.2: `off` is a string, not
    # YAML 1.1's boolean (rt-link's `macsec-offload` entries are `[off, phy, mac]`).
    class Loader(yaml.SafeLoader):  # pylint: disable=too-many-ancestors
        pass
    Loader.yaml_implicit_resolvers = {
        k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
        for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
    Loader.add_implicit_resolver("tag:yaml.org,2002:bool",
                                 re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                 list("tTfF"))
    out = tempfile.mkdtemp(prefix="ynl-decode-")
    for path in glob.glob(os.path.join(specs, "*.yaml")):
        name = os.path.basename(path)
        over = os.path.join(overrides, name)
        dst = os.path.join(out, name)
        if not os.path.isfile(over):
            os.symlink(os.path.abspath(path), dst)
            continue
        with open(path, encoding="utf-8") as f:
            spdx = f.readline()
            f.seek(0)
            base = yaml.safe_load(f)
        with open(over, encoding="utf-8") as f:
            base = merge(base, yaml.load(f, Loader=Loader))
        with open(dst, "w", encoding="utf-8") as f:
            f.write(spdx)
            yaml.safe_dump(base, f, sort_keys=False)
    return out


class Decoder:
    def __init__(self, ynl_mod, specs, genl_ids):
        self.ynl = ynl_mod
        self.specs = specs
        self.genl_ids = dict(genl_ids)  # id -> family name
        self.genl_ids.setdefault(16, "nlctrl")
        self.by_name = {}
        self.rtnl = {}  # message type -> YnlFamily
        for path in sorted(glob.glob(os.path.join(specs, "rt-*.yaml"))):
            fam = self.family(os.path.basename(path)[:-5])
            for table in (fam.req_by_value, fam.rsp_by_value):
                for value in table:
                    self.rtnl.setdefault(value, fam)

    def family(self, name):
        fam = self.by_name.get(name)
        if fam is None:
            path = os.path.join(self.specs, name + ".yaml")
            if not os.path.isfile(path):
                return None
            # A genetlink family's id comes from the capture, not the running kernel:
            # seeding ynl's table keeps GenlProtocol from asking the kernel.
            gp = self.ynl.GenlProtocol
            for fid, fname in self.genl_ids.items():
                gp.genl_family_name_to_id.setdefault(fname, {"id": fid, "mcast": {}})
            # Schema validation off (schema ''), as `ynl --no-schema`; errors on unknown
            # attributes and enum values off, as `ynl --process-unknown`.
            fam = self.ynl.YnlFamily(path, "", True)
            self.by_name[name] = fam
        return fam

    def decode(self, proto, nl_msg):
        if nl_msg.nl_type in (2, 3):
            out = {"type": "error" if nl_msg.nl_type == 2 else "done",
                   "error": nl_msg.error}
            if nl_msg.extack is not None:
                ext = dict(nl_msg.extack)
                if "unknown" in ext:
                    ext["unknown"] = [a.raw for a in ext["unknown"]]
                out["extack"] = ext
            return out
        if proto == 0:
            fam = self.rtnl.get(nl_msg.nl_type)
        elif proto == 16:
            name = self.genl_ids.get(nl_msg.nl_type)
            fam = self.family(name) if name else None
        else:
            return {"skipped": f"protocol {proto}"}
        if fam is None:
            return {"skipped": f"no spec for protocol {proto} type {nl_msg.nl_type}"}
        out = {"family": fam.yaml["name"]}
        try:
            op = self.op_of(fam, proto, nl_msg)
            if op is None:
                return {**out, "skipped": f"no operation with message id {self.cmd(proto, nl_msg)}"}
            # What YnlFamily._ops does with a reply.
            decoded = fam.nlproto.decode(fam, nl_msg, op)
            rsp_msg = fam._decode(decoded.raw_attrs, op.attr_set.name)
            if op.fixed_header:
                rsp_msg.update(fam._decode_struct(decoded.raw, op.fixed_header))
        except Exception as e:  # pylint: disable=broad-except
            return {**out, "ynl-error": f"{type(e).__name__}: {e}"}
        out["name"] = op.name
        out["msg"] = rsp_msg
        if fam.yaml["name"] == "nlctrl" and "family-id" in rsp_msg and "family-name" in rsp_msg:
            self.genl_ids.setdefault(rsp_msg["family-id"], rsp_msg["family-name"])
        return out

    @staticmethod
    def cmd(proto, nl_msg):
        if proto == 16:
            return nl_msg.raw[0] if nl_msg.raw else None
        return nl_msg.nl_type

    def op_of(self, fam, proto, nl_msg):
        value = self.cmd(proto, nl_msg)
        op = fam.rsp_by_value.get(value) or fam.req_by_value.get(value)
        if op is not None and getattr(op, "attr_set", None) is None:
            return None
        return op


def messages(ynl_mod, dec, proto, dgram):
    """Decoded records of one datagram's messages. Split like ynl's `NlMsgs`, with two
    guards it lacks (it only ever reads replies to its own requests): a length below the
    header ends the datagram, and an `NLMSG_ERROR` with TLVs whose request is echoed whole
    (no `NLM_F_CAPPED`: ynl always sets `NETLINK_CAP_ACK` and reads the TLVs at a fixed
    offset) is not given to ynl."""
    off = 0
    while off + 16 <= len(dgram):
        nl_len, nl_type, nl_flags = struct.unpack_from("IHH", dgram, off)
        if nl_len < 16:
            yield {"skipped": f"nlmsg_len {nl_len} at offset {off}"}
            return
        if nl_type == 2 and nl_flags & 0x200 and not nl_flags & 0x100:
            err = struct.unpack_from("i", dgram, off + 16)[0] if nl_len >= 20 else None
            yield {"type": "error", "error": err,
                   "skipped": "ext-ack after an uncapped request: ynl cannot read it"}
        else:
            yield dec.decode(proto, ynl_mod.NlMsg(dgram, off))
        off += nl_len


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("file")
    ap.add_argument("--protocol", default="route")
    ap.add_argument("--genl", action="append", default=[], metavar="ID=NAME")
    ap.add_argument("--specs", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                    "..", "..", "specs"))
    ap.add_argument("--overrides", metavar="DIR",
                    help="merge the project's spec overrides (specs/overrides) first")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()

    ynl_mod, encoder = load_ynl()
    proto = PROTOCOLS.get(args.protocol)
    if proto is None:
        proto = int(args.protocol, 0)
    genl_ids = {}
    for g in args.genl:
        fid, name = g.split("=", 1)
        genl_ids[int(fid, 0)] = name
    with open(args.file, "rb") as f:
        data = f.read()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)

    specs = args.specs
    tmp = None
    if args.overrides:
        specs = tmp = merged_specs(args.specs, args.overrides)
    try:
        bad = run(ynl_mod, encoder, Decoder(ynl_mod, specs, genl_ids), data, proto, args.quiet)
    finally:
        if tmp:
            shutil.rmtree(tmp)
    sys.exit(1 if bad else 0)


def run(ynl_mod, encoder, dec, data, proto, quiet):
    """Decodes and prints every message; returns how many ynl could not decode."""
    # ynl prints its own diagnostics to stdout; keep stdout for the JSON lines.
    out = sys.stdout
    sys.stdout = sys.stderr
    dumps = json.JSONEncoder().encode if encoder is None else encoder().encode
    n = 0
    bad = 0
    try:
        for p, dgram in datagrams(data, proto):
            for rec in messages(ynl_mod, dec, p, dgram):
                n += 1
                if "ynl-error" in rec:
                    bad += 1
                if not quiet:
                    out.write(dumps({"n": n, **rec}))
                    out.write("\n")
        out.flush()
    finally:
        sys.stdout = out
    return bad

if __name__ == "__main__":
    main()
