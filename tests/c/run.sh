#!/bin/sh
# Cockpit C end-to-end suite: tests/c/run.sh COCKPIT SRCDIR
#   run/NAME.c  is built and run with 'COCKPIT run'; its stdout must equal run/NAME.out and its
#               exit status run/NAME.status (0 when absent). The expected files come from gcc.
#               run/NAME.syms (optional) lists functions that the image built with the same flags
#               must have (+name) or must not have (-name), as 'COCKPIT disasm' shows them.
#   err/NAME.c  must be rejected: exit status 1 and the line in err/NAME.expect on stderr
#               ("file:line:col: error: message"); err/NAME.flags holds extra options if any.
# CKC_OPT (e.g. -Os) is given to every build before a test's own flags: make check runs the suite
# again at -Os that way (tests/c/run-c-os.test). CKC_VM (a runner: IMAGE -> output and status as
# 'COCKPIT run') runs the images built by 'COCKPIT build' instead of 'COCKPIT run': the tiny VM
# runs the suite built with --target tiny that way (tests/c/run-c-tiny.test).
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
# gcc (native, glibc) checks every expected output; CKC_GCC= (empty) skips that.
GCC=${CKC_GCC-gcc}
command -v "${GCC:-true}" >/dev/null 2>&1 || GCC=

for src in "$T"/run/*.c; do
    name=$(basename "$src" .c)
    if [ -n "$filter" ] && ! echo " $filter " | grep -q " $name "; then continue; fi
    want=0
    [ -f "$T/run/$name.status" ] && want=$(cat "$T/run/$name.status")
    flags=${CKC_OPT:-}
    [ -f "$T/run/$name.flags" ] && flags="$flags $(cat "$T/run/$name.flags")"
    if [ -n "${CKC_VM:-}" ]; then
        (cd "$tmp" && "$COCKPIT" build -q $flags "$src" -o "$tmp/img.cbc" 2>"$tmp/err" && $CKC_VM "$tmp/img.cbc" >"$tmp/out" 2>"$tmp/err")
    else
        (cd "$tmp" && "$COCKPIT" run $flags "$src" >"$tmp/out" 2>"$tmp/err")
    fi
    got=$?
    # The expected files must still be what gcc makes of the same source (gcc's own libc).
    gccok=1
    if [ -n "$GCC" ]; then
        gflags=$(printf '%s\n' $flags | grep -E '^-[DI]' | tr '\n' ' ')
        if $GCC -std=c11 -w -O1 $gflags "$src" -o "$tmp/native" -lm 2>"$tmp/gccerr"; then
            (cd "$tmp" && ./native >"$tmp/nout" 2>/dev/null)
            nst=$?
            if [ "$nst" != "$want" ] || ! cmp -s "$tmp/nout" "$T/run/$name.out"; then
                gccok=0
                echo "FAIL: run/$name: gcc's output or status ($nst) differs from run/$name.out/.status"
            fi
        else
            gccok=0
            echo "FAIL: run/$name: gcc cannot compile it"; head -n 3 "$tmp/gccerr"
        fi
    fi
    symok=1
    if [ -f "$T/run/$name.syms" ]; then
        if (cd "$tmp" && "$COCKPIT" build -q $flags "$src" -o "$tmp/img.cbc" && "$COCKPIT" disasm "$tmp/img.cbc" >"$tmp/dis"); then
            while read -r want_sym; do
                fn=${want_sym#?}
                if grep -q "^\.func *$fn," "$tmp/dis"; then has=+; else has=-; fi
                case $has$want_sym in
                +-*) symok=0; echo "FAIL: run/$name: the image has $fn" ;;
                -+*) symok=0; echo "FAIL: run/$name: the image lacks $fn" ;;
                esac
            done <"$T/run/$name.syms"
        else
            symok=0
            echo "FAIL: run/$name: cannot build or disassemble the image"
        fi
    fi
    if [ "$gccok" = 1 ] && [ "$symok" = 1 ] && [ "$got" = "$want" ] && cmp -s "$tmp/out" "$T/run/$name.out"; then
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
    flags=${CKC_OPT:-}
    [ -f "$T/err/$name.flags" ] && flags="$flags $(cat "$T/err/$name.flags")"
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
