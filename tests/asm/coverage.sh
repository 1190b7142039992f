#!/bin/sh
# Checks that every mnemonic of the instruction set (include/cockpit/isa.h) is used by at
# least one program of the assembly suite. Usage: coverage.sh [SRCDIR]
srcdir=${1:-${srcdir:-.}}
isa="$srcdir/include/cockpit/isa.h"
dir="$srcdir/tests/asm"
[ -f "$isa" ] || { echo "coverage.sh: cannot find $isa" >&2; exit 2; }

used=$(mktemp) || exit 2
trap 'rm -f "$used"' EXIT
# The first word of every instruction line: strip comments, labels and directives.
for f in "$dir"/*.cks; do
    sed -e 's/[;#].*//' -e 's/^[[:space:]]*[A-Za-z_.$][A-Za-z0-9_.$]*:[[:space:]]*//' "$f" |
        awk '$1 !~ /^\./ && NF { print $1 }'
done | sort -u > "$used"

used_n=0 missing=0
for m in $(sed -n 's/^[[:space:]]*X([A-Z0-9_]*,[[:space:]]*"\([a-z0-9.]*\)".*/\1/p' "$isa"); do
    if grep -qx "$m" "$used"; then
        used_n=$((used_n + 1))
    else
        echo "    no program uses '$m'"
        missing=$((missing + 1))
    fi
done
total=$((used_n + missing))
[ $total -gt 0 ] || { echo "coverage.sh: no mnemonics found in $isa" >&2; exit 2; }
if [ $missing -eq 0 ]; then
    echo "ok coverage: all $total mnemonics used"
    echo "1 passed, 0 failed"
else
    echo "FAIL coverage: $missing of $total mnemonics unused"
    echo "0 passed, 1 failed"
    exit 1
fi
