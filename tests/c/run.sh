#!/bin/sh
# Cockpit C end-to-end suite: tests/c/run.sh COCKPIT SRCDIR
#   run/NAME.c  is built and run with 'COCKPIT run'; its stdout must equal run/NAME.out and its
#               exit status run/NAME.status (0 when absent). The expected files come from gcc.
#   err/NAME.c  must be rejected: exit status 1 and the line in err/NAME.expect on stderr
#               ("file:line:col: error: message"); err/NAME.flags holds extra options if any.
# Ends with "N passed, M failed"; exits non-zero if anything failed.
COCKPIT=$1
SRCDIR=${2:-.}
if [ -z "$COCKPIT" ]; then
    echo "usage: $0 COCKPIT SRCDIR" >&2
    exit 2
fi
case $COCKPIT in /*) ;; *) COCKPIT=$(pwd)/$COCKPIT ;; esac
case $SRCDIR in /*) ;; *) SRCDIR=$(pwd)/$SRCDIR ;; esac
T=$SRCDIR/tests/c
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ckc-tests.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0
fail=0
filter=${CKC_TESTS:-}

for src in "$T"/run/*.c; do
    name=$(basename "$src" .c)
    if [ -n "$filter" ] && ! echo " $filter " | grep -q " $name "; then continue; fi
    want=0
    [ -f "$T/run/$name.status" ] && want=$(cat "$T/run/$name.status")
    flags=
    [ -f "$T/run/$name.flags" ] && flags=$(cat "$T/run/$name.flags")
    (cd "$tmp" && "$COCKPIT" run $flags "$src" >"$tmp/out" 2>"$tmp/err")
    got=$?
    if [ "$got" = "$want" ] && cmp -s "$tmp/out" "$T/run/$name.out"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: run/$name (exit status $got, expected $want)"
        head -n 5 "$tmp/err"
        diff "$T/run/$name.out" "$tmp/out" | head -n 10
    fi
done

for src in "$T"/err/*.c; do
    name=$(basename "$src" .c)
    if [ -n "$filter" ] && ! echo " $filter " | grep -q " $name "; then continue; fi
    flags=
    [ -f "$T/err/$name.flags" ] && flags=$(cat "$T/err/$name.flags")
    cp "$src" "$tmp/$name.c"
    (cd "$tmp" && "$COCKPIT" run $flags "$name.c" >"$tmp/out" 2>"$tmp/err")
    got=$?
    expect=$(cat "$T/err/$name.expect")
    if [ "$got" = 1 ] && grep -qxF -- "$expect" "$tmp/err"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: err/$name (exit status $got, expected 1 with: $expect)"
        head -n 5 "$tmp/err"
    fi
    rm -f "$tmp/$name.c"
done

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
