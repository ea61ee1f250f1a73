#!/bin/sh
# run-fuzz.sh: a short, fixed run of one libFuzzer target, for meson test
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   run-fuzz.sh TARGET WORK_DIR RUNS SEED_DIR…
#
# New inputs go to WORK_DIR (in the build folder), never to the seed corpus.
set -eu
target=$1 work=$2 runs=$3
shift 3
mkdir -p "$work"
exec "$target" -runs="$runs" -seed=1 -max_len=65536 -timeout=20 -rss_limit_mb=2048 \
  -artifact_prefix="$work/" "$work" "$@"
