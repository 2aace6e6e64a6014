# Sourced by the nldump bench scripts: builds nldump in release mode ($nldump), makes a
# scratch directory ($work, deleted on exit) and unpacks the shipped 110k-route dump into
# $work/routes.bin.
cargo build -q --release -p nldump
nldump="${CARGO_TARGET_DIR:-target}/release/nldump"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
gzip -dc testdata/route-dump-100k.bin.gz > "$work/routes.bin"
