#!/bin/sh
# test-translations.sh: every translation complete and well formed
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# For each language of po/LINGUAS: msgfmt --check passes, and its statistics
# show no fuzzy and no untranslated message. Also that po/POTFILES lists
# every file with a string marked for translation. Prints TAP.
#
#   test-translations.sh SOURCE_DIR

set -u

source=$1
n=0
failed=0

result () {
  n=$((n + 1))
  if [ "$1" = 0 ]; then
    echo "ok $n - $2"
  else
    echo "not ok $n - $2"
    failed=1
  fi
}

languages=$(grep -v '^#' "$source/po/LINGUAS")
count=$(echo $languages | wc -w)
echo "1..$((count + 2))"

# The users read Chinese: that translation must be there.
echo " $languages " | grep -q ' zh_CN '
result $? "zh_CN is one of the languages"

for lang in $languages; do
  stats=$(msgfmt --check --statistics -o /dev/null "$source/po/$lang.po" 2>&1)
  status=$?
  echo "# $lang: $stats"
  case "$stats" in
    *fuzzy*|*untranslated*) status=1 ;;
  esac
  result $status "$lang is complete: $stats"
done

missing=$(cd "$source" &&
          { grep -l -E '\b(N_|C_|_)\(|g_dngettext' src/*/*.c src/*.c 2>/dev/null
            grep -l 'translatable="yes"' ui/*.ui resources/gtk/*.ui 2>/dev/null; } |
          sort -u | while read -r file; do grep -qx "$file" po/POTFILES || echo "$file"; done)
[ -n "$missing" ] && echo "# not in po/POTFILES: $missing"
result "$([ -z "$missing" ] && echo 0 || echo 1)" "po/POTFILES lists every file with strings"

exit $failed
