#!/usr/bin/env bash
# Installs the Debian packages RepairPlanner needs, if any are missing.
#   scripts/install-system-deps.sh run    what the app needs to open a window
#   scripts/install-system-deps.sh test   that, plus the tools the test suite uses
# On a system without dpkg (macOS, Windows, other Linux) it only says what it would have checked.
set -euo pipefail
purpose=${1:-run}
here=$(cd "$(dirname "$0")/.." && pwd)

read_list() { grep -v '^\s*#' "$1" | grep -v '^\s*$' || true; }
mapfile -t wanted < <(read_list "$here/packaging/debian/run-packages.txt")
if [ "$purpose" = test ]; then
  mapfile -t -O "${#wanted[@]}" wanted < <(read_list "$here/packaging/debian/test-packages.txt")
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "install-system-deps: not a Debian-based system; skipping (see README for your platform)." >&2
  exit 0
fi

missing=()
for pkg in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done
[ "${#missing[@]}" -eq 0 ] && exit 0

echo "install-system-deps: installing ${missing[*]}" >&2
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "install-system-deps: please run as root: apt-get install ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
