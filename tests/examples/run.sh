#!/bin/sh
# The programs of examples/: each is built and run with 'COCKPIT run' and with gcc (natively);
# standard output and exit status must be the same. Usage: tests/examples/run.sh COCKPIT SRCDIR
COCKPIT=$1
SRCDIR=${2:-.}
[ -n "$COCKPIT" ] || { echo "usage: $0 COCKPIT SRCDIR" >&2; exit 2; }
case $COCKPIT in /*) ;; *) COCKPIT=$(pwd)/$COCKPIT ;; esac
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ck-examples.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0
for src in "$SRCDIR"/examples/*.c; do
    name=$(basename "$src" .c)
    "$COCKPIT" run "$src" >"$tmp/vm.out" 2>"$tmp/vm.err"
    vst=$?
    gcc -std=c11 -O2 -w "$src" -o "$tmp/native" && "$tmp/native" >"$tmp/native.out"
    nst=$?
    if [ "$vst" = "$nst" ] && cmp -s "$tmp/vm.out" "$tmp/native.out"; then
        pass=$((pass + 1))
        echo "ok $name"
    else
        fail=$((fail + 1))
        echo "FAIL: $name (cockpit status $vst, gcc status $nst)"
        head -n 5 "$tmp/vm.err"
        diff "$tmp/native.out" "$tmp/vm.out" | head -n 10
    fi
done
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
