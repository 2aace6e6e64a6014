#!/usr/bin/env bash
# Measures the generated typed layer next to netlink-bindings (the other YNL-generated Rust
# crate) for the same families: lines and bytes of generated source, and the time to build
# the crate itself (release, dependencies already built), for the default set of six
# families and for all of them. Prints a markdown table for the README.
#
#   bash scripts/measure-families.sh
#
# Needs network access to crates.io the first time (netlink-bindings is fetched into a
# scratch crate; none of its code is kept in this repository).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=${TMPDIR:-/tmp}/nlcodec-measure
rm -rf "$work" && mkdir -p "$work"

ours_default="rt-link rt-addr rt-route rt-neigh rt-rule nlctrl"
nb_default='"rt-link", "rt-addr", "rt-route", "rt-neigh", "rt-rule", "nlctrl"'

# netlink-bindings: fetch its source through a scratch crate.
nb=$work/nb
cargo new -q --lib "$nb"
(cd "$nb" && cargo add -q netlink-bindings@0.3 --no-default-features >/dev/null 2>&1 && cargo fetch -q)
nbsrc=$(ls -d "$HOME"/.cargo/registry/src/*/netlink-bindings-0.3.* | sort -V | tail -1)
nbver=$(basename "$nbsrc")

count() { # files... -> "lines bytes"
  cat "$@" | wc -lc | awk '{print $1, $2}'
}
ours_files() { for f in "$@"; do find "$root/families/src/${f//-/_}" -name '*.rs'; done; }
nb_files() { for f in "$@"; do find "$nbsrc/src/$f" -name '*.rs'; done; }

all_ours=$(ls -d "$root"/families/src/*/ | xargs -n1 basename | grep -v runtime | tr '_' '-')
read -r ol ob < <(count $(ours_files $ours_default))
read -r nl nbb < <(count $(nb_files $ours_default))
read -r oal oab < <(count $(find "$root/families/src" -name '*.rs' -not -path '*/runtime/*'))
read -r nal nab < <(count $(find "$nbsrc/src" -name '*.rs'))

# Build time of the crate alone (dependencies built first), release.
build_time() { # dir crate-name
  (cd "$1" && cargo build -q --release >/dev/null 2>&1 && cargo clean -q --release -p "$2" >/dev/null 2>&1 &&
    /usr/bin/time -f "%e" cargo build -q --release 2>&1 >/dev/null | tail -1)
}
mk() { # dir dep-line
  cargo new -q --lib "$1"
  printf '%s\n' "$2" >> "$1/Cargo.toml"
}
mk "$work/ours-default" "nlcodec-families = { path = \"$root/families\" }"
mk "$work/ours-all" "nlcodec-families = { path = \"$root/families\", features = [\"all\"] }"
mk "$work/nb-default" "netlink-bindings = { version = \"0.3\", default-features = false, features = [$nb_default] }"
mk "$work/nb-all" "netlink-bindings = { version = \"0.3\", default-features = false, features = [\"all-subsystems\"] }"
tod=$(build_time "$work/ours-default" nlcodec-families)
toa=$(build_time "$work/ours-all" nlcodec-families)
tnd=$(build_time "$work/nb-default" netlink-bindings)
tna=$(build_time "$work/nb-all" netlink-bindings)

echo "| | nlcodec-families | $nbver |"
echo "|---|---:|---:|"
echo "| generated source, 6 default families (lines / KB) | $ol / $((ob / 1024)) | $nl / $((nbb / 1024)) |"
echo "| generated source, all families (lines / KB) | $oal / $((oab / 1024)) | $nal / $((nab / 1024)) |"
echo "| release build of the crate, 6 default families (s) | $tod | $tnd |"
echo "| release build of the crate, all families (s) | $toa | $tna |"
