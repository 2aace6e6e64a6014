# Sourced by scripts/package-check and scripts/semver-check: the publishable crates and the
# workspace's version (the `version` of `[workspace.package]` in the root Cargo.toml).
crates=(nlcodec nlcodec-families nlcodec-capture nlcodec-socket nldump)
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)
