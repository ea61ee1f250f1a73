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
echo "1..$((2 * count + 2))"

# The strings of the sources, as the glib preset of i18n.gettext() finds them.
pot=$(mktemp --suffix=.pot)
trap 'rm -f "$pot"' EXIT
(cd "$source" && xgettext --files-from=po/POTFILES --from-code=UTF-8 \
   --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
   --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 -o "$pot") ||
  printf 'msgid "xgettext failed"\nmsgstr ""\n' > "$pot"

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

  # A string of the sources that the file lacks is shown in English.
  lacking=$(msgcmp "$source/po/$lang.po" "$pot" 2>&1 | grep 'used but not defined')
  [ -n "$lacking" ] && echo "$lacking" | sed 's/^/# /'
  result "$([ -z "$lacking" ] && echo 0 || echo 1)" "$lang.po has every string of the sources"
done

missing=$(cd "$source" &&
          { grep -l -E '\b(N_|C_|_)\(|g_dngettext' src/*/*.c src/*.c 2>/dev/null
            grep -l 'translatable="yes"' ui/*.ui resources/gtk/*.ui 2>/dev/null; } |
          sort -u | while read -r file; do grep -qx "$file" po/POTFILES || echo "$file"; done)
[ -n "$missing" ] && echo "# not in po/POTFILES: $missing"
result "$([ -z "$missing" ] && echo 0 || echo 1)" "po/POTFILES lists every file with strings"

exit $failed
