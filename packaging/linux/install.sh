#!/bin/sh
# Installs RepairPlanner for you alone (no administrator rights needed), from the unpacked download:
#   ./install.sh
# The app goes to ~/.local/lib/repairplanner, the commands to ~/.local/bin, and the menu entry, icon and
# software-centre details to ~/.local/share. Your plan and settings are kept elsewhere and never touched.
set -eu
APP_ID=org.repairplanner.RepairPlanner
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
share=${XDG_DATA_HOME:-$prefix/share}
app_dir=$prefix/lib/repairplanner
bin_dir=$prefix/bin

if [ ! -x "$here/repairplanner/repairplanner" ]; then
  echo "install.sh: run me from the unpacked RepairPlanner folder (repairplanner/ was not found next to me)." >&2
  exit 1
fi

# Replace an earlier copy of the app (only the program: the plan lives in your data folder).
rm -rf "$app_dir.new"
mkdir -p "$(dirname "$app_dir")" "$bin_dir" "$share/applications" "$share/icons/hicolor/scalable/apps" "$share/metainfo"
cp -R "$here/repairplanner" "$app_dir.new"
cp "$here/uninstall.sh" "$here/COPYING" "$app_dir.new/"
rm -rf "$app_dir"
mv "$app_dir.new" "$app_dir"

ln -sf "$app_dir/repairplanner" "$bin_dir/repairplanner"
ln -sf "$app_dir/repairplanner-cli" "$bin_dir/repairplanner-cli"

# The menu entry starts the installed app by its full path, so it works whatever your PATH is.
sed -e "s|^Exec=repairplanner|Exec=$app_dir/repairplanner|" -e "/^Exec=/a TryExec=$app_dir/repairplanner" \
  "$here/share/applications/$APP_ID.desktop" >"$share/applications/$APP_ID.desktop"
cp "$here/share/icons/hicolor/scalable/apps/$APP_ID.svg" "$share/icons/hicolor/scalable/apps/$APP_ID.svg"
cp "$here/share/metainfo/$APP_ID.metainfo.xml" "$share/metainfo/$APP_ID.metainfo.xml"

# Desktops watch these folders and pick the entry up by themselves. (No icon or MIME caches are written here:
# a cache in your home folder that nothing updates later would hide other apps' icons.)

echo "RepairPlanner is installed. Find it in your applications menu, or run: $bin_dir/repairplanner"
echo "To remove it later: $app_dir/uninstall.sh"
