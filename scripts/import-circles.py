#!/usr/bin/env python3
"""Import circles between the files of each crate: groups of modules that use one another
in a circle (a -> b -> ... -> a), through `use crate::...`, `super::...` and `crate::X`
re-exports, in code (comments and string literals are left out). Prints each circle and
exits 1 when there is one; run by scripts/test-all.

    python3 scripts/import-circles.py            # every crate of the repository
    python3 scripts/import-circles.py socket/src # one crate's src/
"""
import os
import re
import sys
from collections import defaultdict

CRATES = ["codec/src", "families/src", "gen/src", "capture/src", "socket/src", "nldump/src",
          "benches/src", "fuzz/src"]


def modules(root):
    mods = {}
    for dirpath, _, files in os.walk(root):
        for f in files:
            if f.endswith(".rs"):
                path = os.path.join(dirpath, f)
                mod = os.path.relpath(path, root)[:-3].replace(os.sep, "::")
                if mod.endswith("::mod"):
                    mod = mod[:-5]
                if mod in ("lib", "main"):
                    mod = ""
                mods[mod] = path
    return mods


def code(path):
    src = open(path).read()
    src = re.sub(r"#\[cfg\(test\)\]\s*mod tests\s*\{.*", "", src, flags=re.S)
    src = re.sub(r"//[^\n]*", "", src)
    src = re.sub(r'r#*"(?:.|\n)*?"#*', '""', src)
    src = re.sub(r'"(?:\\.|[^"\\])*"', '""', src)
    return src


def resolve(mod, path, mods, reexports):
    parts = path.split("::")
    if parts[0] == "crate":
        base, parts = [], parts[1:]
        if len(parts) == 1 and parts[0] in reexports:
            parts = reexports[parts[0]].split("::")
    elif parts[0] == "super":
        base = mod.split("::")[:-1] if mod else []
        parts = parts[1:]
        while parts and parts[0] == "super":
            base, parts = base[:-1], parts[1:]
    else:
        return None
    cand = base + parts
    for i in range(len(cand), 0, -1):
        m = "::".join(cand[:i])
        if m in mods and m != mod:
            return m
    return None


def graph(root):
    mods = modules(root)
    reexports = {}
    if "" in mods:
        top = code(mods[""])
        for path, items in re.findall(r"pub use ([\w:]+)::\{([^}]*)\};", top):
            for item in items.split(","):
                if item.strip():
                    reexports[item.strip()] = path.replace("crate::", "")
        for path, item in re.findall(r"pub use ([\w:]+)::(\w+);", top):
            reexports[item] = path.replace("crate::", "")
    g = defaultdict(set)
    for mod, path in mods.items():
        src = code(path)
        uses = re.findall(r"\b((?:crate|super)(?:::\w+)+)", src)
        for base, inner in re.findall(r"\b((?:crate|super)(?:::\w+)*)::\{([^}]*)\}", src):
            uses += [base + "::" + i.strip().split(" as ")[0] for i in inner.split(",") if i.strip()]
        for u in uses:
            target = resolve(mod, u, mods, reexports)
            if target:
                g[mod].add(target)
    return mods, g


def circles(nodes, g):
    index, low, stack, on, found, counter = {}, {}, [], set(), [], [0]
    sys.setrecursionlimit(100000)

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in g.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(nodes):
        if v not in index:
            visit(v)
    return found


def main():
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    roots = sys.argv[1:] or [c for c in CRATES if os.path.isdir(c)]
    total = 0
    for root in roots:
        mods, g = graph(root)
        for c in circles(list(mods), g):
            total += 1
            print(f"import circle in {root}: " + " -> ".join(c + [c[0]]))
    print(f"{total} import circles in {len(roots)} crates")
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    main()
