#!/bin/sh
# Quick check of the benchmarks (part of make check): builds every bench/NAME.c at its small size
# (-DSMALL) with cockpit and with the host compiler, runs both, and requires the same output; the
# Lua port bench/lua/NAME.lua (run with "small") must print it too when lua5.4 is installed.
# usage: bench/check.sh COCKPIT SRCDIR      Ends with "N passed, M failed".
if [ $# -ne 2 ]; then
    echo "usage: bench/check.sh COCKPIT SRCDIR" >&2
    exit 2
fi
COCKPIT=$1
B=$2/bench
CC=${CC:-cc}
LUA=${LUA:-lua5.4}
T=$(mktemp -d "${TMPDIR:-/tmp}/ck-bench.XXXXXX") || exit 1
trap 'rm -rf "$T"' EXIT
pass=0
fail=0
ok() { pass=$((pass + 1)); }
bad() { echo "FAIL: $*"; fail=$((fail + 1)); }
have_lua=0
command -v "$LUA" > /dev/null 2>&1 && have_lua=1

for src in "$B"/*.c; do
    n=$(basename "$src" .c)
    if ! $CC -O2 -funsigned-char -DSMALL -o "$T/$n.native" "$src" > "$T/$n.cc.log" 2>&1; then
        bad "$n: $CC failed"; cat "$T/$n.cc.log"; continue
    fi
    "$T/$n.native" > "$T/$n.expected" || { bad "$n: native run failed"; continue; }
    if [ ! -s "$T/$n.expected" ]; then bad "$n: native run printed nothing"; continue; fi
    if ! "$COCKPIT" build -q -O2 --nostdlib -DSMALL -o "$T/$n.cbc" "$src" > "$T/$n.build.log" 2>&1; then
        bad "$n: cockpit build failed"; cat "$T/$n.build.log"; continue
    fi
    if ! "$COCKPIT" run "$T/$n.cbc" > "$T/$n.vm" 2> "$T/$n.vm.err"; then
        bad "$n: cockpit run failed"; cat "$T/$n.vm.err"; continue
    fi
    if cmp -s "$T/$n.expected" "$T/$n.vm"; then ok
    else bad "$n: VM output differs from native"; diff "$T/$n.expected" "$T/$n.vm"; fi
    if [ $have_lua = 1 ] && [ -f "$B/lua/$n.lua" ]; then
        if "$LUA" "$B/lua/$n.lua" small > "$T/$n.lua" 2>&1 && cmp -s "$T/$n.expected" "$T/$n.lua"; then ok
        else bad "$n: Lua port output differs from native"; diff "$T/$n.expected" "$T/$n.lua"; fi
    fi
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
