#!/bin/sh
# The differential IR suite. Usage: run.sh COCKPIT [PROGRAM...]
#
# Every program tests/ir/progs/NNN_name.c (or those named: a path, NNN_name, NNN_name.c or NNN)
# is built natively with $CC and run, then for each optimisation level compiled to LLVM IR by
# $CLANG for a 32-bit Arm target, built into an image by `COCKPIT build -O<level>` and run by
# `COCKPIT run`. Standard output and exit status must match the native run exactly.
# Prints "ok NAME -O2" or "FAIL NAME -O2: reason" per program and level (failures followed by a
# few indented lines of detail), and ends with "N passed, M failed"; exits 0 only if M is 0,
# 77 (skip) if a compiler is missing, 2 on bad usage.
#
# Environment:
#   CC       native compiler (default gcc)           CLANG    IR compiler (default clang-19)
#   LEVELS   levels to test, e.g. "0 2" (default) or "-O0 -O1 -O2 -Os"
#   TIMEOUT  seconds allowed for each program run (default 10)
#   JOBS     levels of one program run in parallel (default 2; 1 = serial)
#   KEEP=1   keep the temporary directory          TMPDIR   where to make it
#   CKIR_FLAGS  more `COCKPIT build` flags (run-ir-tiny.test: --target tiny)
# Works from any directory: the programs and cktest.h are found next to this script.

if [ $# -lt 1 ]; then
    echo "usage: $0 COCKPIT [PROGRAM...]" >&2
    exit 2
fi
abspath() {
    case $1 in
    /*) printf '%s\n' "$1" ;;
    */*) printf '%s/%s\n' "$(cd "$(dirname "$1")" && pwd)" "$(basename "$1")" ;;
    *) command -v "$1" || printf '%s\n' "$1" ;;     # a bare name is looked up in PATH
    esac
}
cockpit=$(abspath "$1")
shift
here=$(cd "$(dirname "$0")" && pwd) || exit 2
progs=$here/progs
CC=${CC:-gcc}
CLANG=${CLANG:-clang-19}
timeout=${TIMEOUT:-10}
jobs=${JOBS:-2}
levels=
for l in ${LEVELS:-0 2}; do
    l=${l#-O}
    case $l in
    0|1|2|s) levels="$levels $l" ;;
    *) echo "run.sh: bad level '$l' in LEVELS (use 0 1 2 s)" >&2; exit 2 ;;
    esac
done

for tool in "$CC" "$CLANG"; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run.sh: $tool not found: skipping the IR suite"
        exit 77
    fi
done
if [ ! -x "$cockpit" ]; then
    echo "run.sh: $cockpit is not an executable" >&2
    exit 2
fi
tmo=
command -v timeout >/dev/null 2>&1 && tmo="timeout"

# The exact flags: a 32-bit little-endian Arm target with no libc; no FP contraction, so that
# a*b+c is never fused (gcc on x86-64 does not fuse either, and a fused result differs).
NATIVE_FLAGS="-std=c11 -O1 -w -ffp-contract=off"
CLANG_FLAGS="--target=armv7m-none-eabi -ffreestanding -fno-builtin -D__COCKPIT__ -std=c11 -ffp-contract=off -w"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ckir.XXXXXX") || exit 2
if [ "${KEEP:-0}" = 1 ]; then
    echo "keeping $tmp"
else
    trap 'rm -rf "$tmp"' EXIT
fi
trap 'exit 130' INT TERM

# the list of programs: all, or those named on the command line
if [ $# -eq 0 ]; then
    set -- "$progs"/*.c
fi
list=
for p in "$@"; do
    case $p in
    */*) f=$p ;;
    *.c) f=$progs/$p ;;
    *) f=$progs/$p.c ;;
    esac
    if [ ! -f "$f" ]; then   # a bare number NNN names the program NNN_*.c
        for g in "$progs/${p}"_*.c; do [ -f "$g" ] && f=$g; done
    fi
    if [ ! -f "$f" ]; then
        echo "run.sh: no program $p" >&2
        exit 2
    fi
    list="$list $(abspath "$f")"
done

# run CMD... with stdout to $out, stderr to $err; sets $st, and $late=1 if it timed out (the
# status goes through a file because any status, 124 included, is a program's own result)
run() {
    out=$1 err=$2
    shift 2
    rm -f "$out.st"
    if [ -n "$tmo" ]; then
        $tmo "$timeout" sh -c '"$@"; echo $? >"$0"' "$out.st" "$@" >"$out" 2>"$err"
    else
        sh -c '"$@"; echo $? >"$0"' "$out.st" "$@" >"$out" 2>"$err"
    fi
    if [ -s "$out.st" ]; then st=$(cat "$out.st"); late=0; else st=124; late=1; fi
}

# first line of a file, shortened, for a one-line reason
first() { sed -n '/./{s/^\(.\{0,160\}\).*/\1/p;q;}' "$1"; }

# describe how $1 (got) differs from $2 (expected): the first differing line of each
difference() {
    line=$(cmp "$1" "$2" 2>/dev/null | sed -n 's/.*line \([0-9]*\).*/\1/p')
    if [ -z "$line" ]; then   # one is a prefix of the other
        g=$(wc -c <"$1"); e=$(wc -c <"$2")
        if [ "$g" -eq 0 ]; then
            echo "no output, expected $(wc -l <"$2") lines"
        elif [ "$g" -lt "$e" ]; then
            echo "output ends early, after $(wc -l <"$1") of $(wc -l <"$2") lines"
        else
            echo "extra output after the expected $(wc -l <"$2") lines: '$(tail -c +$((e + 1)) "$1" | first /dev/stdin)'"
        fi
        return
    fi
    g=$(sed -n "${line}{s/^\(.\{0,100\}\).*/\1/p;q;}" "$1")
    e=$(sed -n "${line}{s/^\(.\{0,100\}\).*/\1/p;q;}" "$2")
    echo "output differs at line $line: got '$g', expected '$e'"
}

# one program at one level; writes its report to $dir/report.$lvl (first line: ok/FAIL)
check_level() {
    name=$1 src=$2 dir=$3 lvl=$4
    w=$dir/O$lvl
    mkdir -p "$w"
    rep=$dir/report.$lvl
    label="$name -O$lvl"
    if ! $CLANG $CLANG_FLAGS -I "$here" -O$lvl -S -emit-llvm "$src" -o "$w/prog.ll" 2>"$w/clang.err"; then
        { echo "FAIL $label: clang failed: $(first "$w/clang.err")"; } >"$rep"
        return
    fi
    # shellcheck disable=SC2086
    run "$w/build.out" "$w/build.err" "$cockpit" build -O$lvl ${CKIR_FLAGS:-} "$w/prog.ll" -o "$w/prog.cbc"
    if [ "$st" -ne 0 ]; then
        why="cockpit build failed (status $st)"
        [ "$late" = 1 ] && why="cockpit build timed out after ${timeout}s"
        { echo "FAIL $label: $why: $(first "$w/build.err")"; sed -n '2,6s/^/    | /p' "$w/build.err"; } >"$rep"
        return
    fi
    run "$w/out" "$w/err" "$cockpit" run "$w/prog.cbc"
    want=$(cat "$dir/native.status")
    why=
    if [ "$late" = 1 ]; then
        why="timed out after ${timeout}s"
    elif [ "$st" -ne "$want" ]; then
        why="exit status $st, expected $want"
    fi
    if ! cmp -s "$w/out" "$dir/native.out"; then
        why="${why:+$why; }$(difference "$w/out" "$dir/native.out")"
    fi
    if [ -z "$why" ]; then
        echo "ok $label" >"$rep"
    else
        { echo "FAIL $label: $why"; sed -n '1,4s/^/    | /p' "$w/err"; } >"$rep"
    fi
}

pass=0
fail=0
for src in $list; do
    name=$(basename "$src" .c)
    dir=$tmp/$name
    mkdir -p "$dir"
    # the reference: the same program compiled natively
    if ! $CC $NATIVE_FLAGS -I "$here" "$src" -o "$dir/native" 2>"$dir/native.err"; then
        for lvl in $levels; do
            fail=$((fail + 1))
            echo "FAIL $name -O$lvl: native build with $CC failed: $(first "$dir/native.err")"
        done
        continue
    fi
    run "$dir/native.out" "$dir/native.stderr" "$dir/native"
    echo "$st" >"$dir/native.status"
    if [ "$late" = 1 ]; then
        for lvl in $levels; do
            fail=$((fail + 1))
            echo "FAIL $name -O$lvl: the native program timed out"
        done
        continue
    fi
    n=0
    for lvl in $levels; do
        if [ "$jobs" -gt 1 ]; then
            check_level "$name" "$src" "$dir" "$lvl" &
            n=$((n + 1))
            if [ "$n" -ge "$jobs" ]; then wait; n=0; fi
        else
            check_level "$name" "$src" "$dir" "$lvl"
        fi
    done
    wait
    for lvl in $levels; do
        cat "$dir/report.$lvl"
        if head -n 1 "$dir/report.$lvl" | grep -q '^ok '; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
    done
    [ "${KEEP:-0}" = 1 ] || rm -rf "$dir"   # keep the temporary directory small
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
