#!/bin/sh
# run-quick.sh: the short fuzz run of the default meson test
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   run-quick.sh CLANG SOURCE_DIR WORK_DIR
#
# Builds the libFuzzer targets of tests/fuzz with clang in WORK_DIR (a build
# folder of its own, -Dfuzzing=true; only the targets and what they link,
# again only when a source changed) and runs each the fixed number of times
# of its meson test, from seed 1, over data/samples and tests/fuzz/corpus.
# Prints TAP: one line per target.
set -u
clang=$1 source=$2 work=$3
log="$work.log"

echo "1..7"
if [ ! -f "$work/build.ninja" ]; then
  CC=$clang meson setup "$work" "$source" -Dfuzzing=true -Dwerror=false \
    -Dbuildtype=debugoptimized >"$log" 2>&1
fi
if ninja -C "$work" tests/fuzz/fuzz-plan-reader tests/fuzz/fuzz-import tests/fuzz/fuzz-value \
    tests/fuzz/fuzz-html tests/fuzz/fuzz-word tests/fuzz/fuzz-odt tests/fuzz/seeds.stamp >>"$log" 2>&1; then
  echo "ok 1 - the fuzz targets build with $clang"
else
  echo "not ok 1 - the fuzz targets build with $clang (see $log)"
  tail -20 "$log" | sed 's/^/# /'
  exit 1
fi

n=1 failed=0
for target in plan-reader import value html word odt; do
  n=$((n + 1))
  # the runs and seeds of tests/fuzz/meson.build, through its own meson test
  if G_SLICE=always-malloc meson test -C "$work" --no-rebuild "fuzz-$target" >>"$log" 2>&1; then
    echo "ok $n - fuzz-$target: its fixed runs found nothing"
  else
    echo "not ok $n - fuzz-$target found a fault (see $work/meson-logs/testlog.txt)"
    grep -E 'ERROR|SUMMARY|#[0-9]+ ' "$work/meson-logs/testlog.txt" | head -30 | sed 's/^/# /'
    failed=1
  fi
done
exit $failed
