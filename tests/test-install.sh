#!/bin/sh
# test-install.sh: what `meson install` puts where GNOME looks for it
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Installs the build into a temporary --destdir and checks each piece with
# the tool the desktop itself uses. Prints TAP.
#
#   test-install.sh BUILD_DIR SOURCE_DIR PREFIX LIBDIR

set -u

build=$1
source=$2
prefix=$3
libdir=$4
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
root=$dest$prefix
share=$root/share
app=io.github.planworkbench.PlanWorkbench
n=0
failed=0

check () {
  n=$((n + 1))
  description=$1
  shift
  if output=$("$@" 2>&1); then
    echo "ok $n - $description"
  else
    echo "not ok $n - $description"
    printf '%s\n' "$output" | sed 's/^/# /'
    failed=1
  fi
}

contains () {
  grep -q -- "$2" "$1"
}

echo "1..13"

check "meson install --destdir" meson install -C "$build" --destdir "$dest" --no-rebuild --quiet
check "the program runs from the installed tree" "$root/bin/plan-workbench" --version
# the window's module, which the program loads from its configured libdir
check "the window's module is installed" test -f "$dest$libdir/plan-workbench/libplan-workbench-ui.so"
check "the desktop file validates" desktop-file-validate "$share/applications/$app.desktop"
check "the desktop file opens .plan files" contains "$share/applications/$app.desktop" "^MimeType=application/x-plan-workbench;"
check "the desktop file is translated" contains "$share/applications/$app.desktop" "^Name\[zh_CN\]="
check "the metainfo validates" appstreamcli validate --no-net "$share/metainfo/$app.metainfo.xml"
check "the settings schema compiles strictly" glib-compile-schemas --strict --dry-run "$share/glib-2.0/schemas"
check "the icons are in hicolor" test -f "$share/icons/hicolor/scalable/apps/$app.svg" -a -f "$share/icons/hicolor/symbolic/apps/$app-symbolic.svg"
check "the Chinese translation is installed" test -f "$share/locale/zh_CN/LC_MESSAGES/plan-workbench.mo"
check "the MIME database takes the .plan type" update-mime-database "$share/mime"

# Look a sample up through the installed database only, by name and, for a
# copy without the extension, by the namespace of its root element.
sample=$dest/sample.plan
sniffed=$dest/sample-without-extension
cp "$source/data/samples/zhumadian.plan" "$sample"
cp "$source/data/samples/zhumadian.plan" "$sniffed"
lookup () {
  XDG_DATA_HOME=$dest/nowhere XDG_DATA_DIRS=$share gio info -a standard::content-type "$1" |
    grep -q "standard::content-type: application/x-plan-workbench"
}
check "a .plan file is application/x-plan-workbench" lookup "$sample"
check "so is a plan without the extension, by its namespace" lookup "$sniffed"

exit $failed
