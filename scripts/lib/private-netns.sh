# Sourced by the bench and soak scripts that work in a network namespace of their own:
# `private_netns PREFIX` stops unless run as root, names the namespace "PREFIX-<pid>" in
# $ns (the caller creates it, or lets benches/gen-route-dump.sh do it) and deletes it on
# exit, with the scratch directory $work when the caller set one. The host's interfaces
# and routes are never touched.
private_netns() {
  if [ "$(id -u)" != 0 ]; then
    echo "$(basename "$0"): must run as root (it creates a network namespace)" >&2
    exit 1
  fi
  ns="$1-$$"
  trap 'ip netns del "$ns" 2>/dev/null || true; if [ -n "${work:-}" ]; then rm -rf "$work"; fi' EXIT INT TERM
}
