#!/bin/sh
# The manual page is well-formed (groff, all warnings) and documents every option that `verify --help`,
# `check --help` and `summary --help` list, and those of the program's own --help.
# Usage: check-manpage.sh MANPAGE BINARY
set -eu
page=$1
binary=$2
warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
if [ -n "$warnings" ]; then
    echo "groff warns about $page:"
    echo "$warnings"
    exit 1
fi
text=$(MANWIDTH=200 man -l "$page" 2>/dev/null)
missing=0
for command in "" verify check summary; do
    # shellcheck disable=SC2086 # no command: the program's own --help
    for option in $("$binary" $command --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
        if ! printf '%s\n' "$text" | grep -q -- "$option"; then
            echo "${command:-jobtarget-setup} $option is not in the manual page"
            missing=1
        fi
    done
done
[ "$missing" -eq 0 ] && echo "the manual page documents every option of the program, verify, check and summary"
exit "$missing"
