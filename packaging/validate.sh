#!/usr/bin/env bash
# Validates RepairPlanner's desktop identity: the .desktop file, the AppStream
# metainfo and the icon, and checks that they all use the same app id.
# Any error or warning fails; AppStream infos/pedantic hints and
# desktop-file-validate hints are shown but allowed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

APP_ID=org.repairplanner.RepairPlanner
DESKTOP=packaging/linux/$APP_ID.desktop
METAINFO=packaging/linux/$APP_ID.metainfo.xml
ICON=resources/icons/$APP_ID.svg

fail() { echo "validate.sh: $*" >&2; exit 1; }

need() { # need COMMAND DEBIAN-PACKAGE
  command -v "$1" >/dev/null 2>&1 \
    || fail "$1 not found; install the Debian package $2 (apt-get install $2)"
}
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need python3 python3

for f in "$DESKTOP" "$METAINFO" "$ICON"; do
  [ -f "$f" ] || fail "missing file: $f"
done

echo "== desktop-file-validate $DESKTOP"
rc=0
out=$(desktop-file-validate "$DESKTOP" 2>&1) || rc=$?
[ -n "$out" ] && echo "$out"
[ "$rc" -eq 0 ] || fail "desktop-file-validate failed (exit $rc)"
if grep -Eq ': (error|warning): ' <<<"$out"; then
  fail "desktop-file-validate reported errors or warnings"
fi

echo "== appstreamcli validate --no-net --explain $METAINFO"
# Without --strict, appstreamcli exits non-zero on errors and warnings but not
# on infos or pedantic hints. The grep guards against a version that differs.
rc=0
out=$(appstreamcli validate --no-net --explain --no-color "$METAINFO" 2>&1) || rc=$?
echo "$out"
[ "$rc" -eq 0 ] || fail "appstreamcli validate failed (exit $rc)"
if grep -Eq '^[EW]: ' <<<"$out"; then
  fail "appstreamcli reported errors or warnings"
fi

echo "== app id agreement ($APP_ID)"
python3 - "$APP_ID" "$DESKTOP" "$METAINFO" "$ICON" <<'PY'
import configparser
import os
import sys
import xml.etree.ElementTree as ET

app_id, desktop, metainfo, icon = sys.argv[1:]
problems = []

def check(what, got, want):
    if got != want:
        problems.append(f"{what} is {got!r}, expected {want!r}")

check("desktop file name", os.path.basename(desktop), app_id + ".desktop")
check("metainfo file name", os.path.basename(metainfo), app_id + ".metainfo.xml")
check("icon file name", os.path.basename(icon), app_id + ".svg")

entry = configparser.RawConfigParser(interpolation=None, strict=True)
entry.optionxform = str  # keys are case-sensitive
entry.read(desktop, encoding="utf-8")
check("desktop Icon=", entry.get("Desktop Entry", "Icon", fallback=None), app_id)

root = ET.parse(metainfo).getroot()
check("metainfo <id>", (root.findtext("id") or "").strip(), app_id)
launchables = [(el.text or "").strip() for el in root.findall("launchable[@type='desktop-id']")]
check("metainfo <launchable type=desktop-id>", launchables, [app_id + ".desktop"])

svg = ET.parse(icon).getroot()
check("icon root element", svg.tag, "{http://www.w3.org/2000/svg}svg")

if problems:
    for p in problems:
        print(f"validate.sh: {p}", file=sys.stderr)
    sys.exit(1)
print(f"ok: desktop file, metainfo <id>, <launchable> and icon all use {app_id}")
PY

echo "validate.sh: all packaging checks passed"
