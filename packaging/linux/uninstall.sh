#!/bin/sh
# Removes what install.sh added: the app, its two commands, the menu entry, icon and software-centre details.
# Your plan, backups and settings stay where they are (the message at the end says where), so nothing
# you wrote is lost by uninstalling.
set -eu
APP_ID=org.repairplanner.RepairPlanner
prefix=${PREFIX:-$HOME/.local}
share=${XDG_DATA_HOME:-$prefix/share}
app_dir=$prefix/lib/repairplanner
bin_dir=$prefix/bin

for link in "$bin_dir/repairplanner" "$bin_dir/repairplanner-cli"; do
  # Only our own links: a repairplanner installed another way (pip, make run) is left alone.
  if [ -L "$link" ] && [ "$(readlink "$link")" = "$app_dir/$(basename "$link")" ]; then rm -f "$link"; fi
done
rm -f "$share/applications/$APP_ID.desktop" \
  "$share/icons/hicolor/scalable/apps/$APP_ID.svg" \
  "$share/metainfo/$APP_ID.metainfo.xml"
rm -rf "$app_dir"

data=${XDG_DATA_HOME:-$HOME/.local/share}/$APP_ID
echo "RepairPlanner is removed. Your plan is still in $data"
echo "(settings in ${XDG_CONFIG_HOME:-$HOME/.config}/$APP_ID, a diagnostic log, if you switched it on, in"
echo "${XDG_STATE_HOME:-$HOME/.local/state}/$APP_ID). Delete those folders too only if you are sure."
