#!/bin/sh
# The debug line table, end to end. Usage: run.sh COCKPIT
#
# Each program here marks one line with the comment FAULT. For every optimisation level it is
# compiled by $CLANG with -g to LLVM IR, built with `COCKPIT build -g` (multi_main.c and
# multi_lib.c as two objects, then linked), and run: the run must stop with a guest fault whose
# message ends in "(FILE:LINE)", the marked line. Also checked: `disasm` prints the table as .loc
# directives and `asm` rebuilds the image and the objects byte for byte; without -g there is no
# table and no source position in the message.
# Prints "ok ..." / "FAIL ..." lines and "N passed, M failed"; exits 0 only if M is 0, 77 (skip)
# without clang. Environment: CLANG (default clang-19), LEVELS (default "0 1 2 s"), KEEP=1.

if [ $# -ne 1 ]; then
    echo "usage: $0 COCKPIT" >&2
    exit 2
fi
case $1 in
/*) cockpit=$1 ;;
*) cockpit=$(pwd)/$1 ;;
esac
here=$(cd "$(dirname "$0")" && pwd) || exit 2
CLANG=${CLANG:-clang-19}
if ! command -v "$CLANG" >/dev/null 2>&1; then
    echo "run.sh: $CLANG not found: skipping the line table tests"
    exit 77
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/cklines.XXXXXX") || exit 2
if [ "${KEEP:-0}" = 1 ]; then echo "keeping $tmp"; else trap 'rm -rf "$tmp"' EXIT; fi
trap 'exit 130' INT TERM

pass=0 fail=0
ok() { echo "ok $1"; pass=$((pass + 1)); }
bad() { echo "FAIL $1: $2"; fail=$((fail + 1)); [ -f "$tmp/err" ] && sed 's/^/    /' "$tmp/err" | head -5; }

# FILE:LINE of the line marked FAULT in one of the given files
mark() {
    for f in "$@"; do
        [ -f "$here/$f" ] || continue
        n=$(grep -n 'FAULT' "$here/$f" | head -1 | cut -d: -f1)
        if [ -n "$n" ]; then echo "$f:$n"; return; fi
    done
}

# clang runs in this directory with relative names, so the IR records "div0.c", not a full path
ir() {   # ir SRC LEVEL OUT [-g]
    (cd "$here" && "$CLANG" --target=armv7m-none-eabi -ffreestanding -fno-builtin -std=c11 -w $4 \
        -O"$2" -S -emit-llvm "$1" -o "$3")
}

# expect_fault NAME IMAGE "(FILE:LINE)" or "" (no position)
expect_fault() {
    "$cockpit" run "$2" >/dev/null 2>"$tmp/err"
    st=$?
    if [ $st -ne 134 ]; then bad "$1" "exit status $st, expected 134 (a fault)"; return; fi
    line=$(grep 'fault:' "$tmp/err" | head -1)
    if [ -n "$3" ]; then
        case $line in
        *" $3") ok "$1 $3" ;;
        *) bad "$1" "the fault message does not end in '$3'" ;;
        esac
    else
        case $line in
        *.c:*|*.h:*) bad "$1" "a source position without -g" ;;
        *) ok "$1 (no position)" ;;
        esac
    fi
}

# disasm -> asm must give back the same bytes, and the listing must carry .loc
round_trip() {   # NAME FILE
    if ! "$cockpit" disasm "$2" -o "$tmp/rt.cks" 2>"$tmp/err"; then bad "$1 round trip" "disasm failed"; return; fi
    if ! grep -q '^        \.loc    "' "$tmp/rt.cks"; then bad "$1 round trip" "no .loc in the listing"; return; fi
    case $2 in *.cbc) ext=cbc ;; *) ext=cko ;; esac
    if ! "$cockpit" asm "$tmp/rt.cks" -o "$tmp/rt.$ext" 2>"$tmp/err"; then bad "$1 round trip" "asm failed"; return; fi
    if cmp -s "$2" "$tmp/rt.$ext"; then ok "$1 round trip"; else bad "$1 round trip" "different bytes"; fi
}

for lv in ${LEVELS:-0 1 2 s}; do
    lv=${lv#-O}
    for p in div0 inline_header; do
        name="$p -O$lv"
        if ! ir "$p.c" "$lv" "$tmp/$p.ll" -g 2>"$tmp/err"; then bad "$name" "clang failed"; continue; fi
        if ! "$cockpit" build -g -O"$lv" -q "$tmp/$p.ll" -o "$tmp/$p.cbc" 2>"$tmp/err"; then
            bad "$name" "build failed"; continue
        fi
        expect_fault "$name" "$tmp/$p.cbc" "($(mark "$p.h" "$p.c"))"
        round_trip "$name" "$tmp/$p.cbc"
    done
    name="multi -O$lv"
    if ir multi_main.c "$lv" "$tmp/multi_main.ll" -g 2>"$tmp/err" && ir multi_lib.c "$lv" "$tmp/multi_lib.ll" -g 2>"$tmp/err" &&
       "$cockpit" build -g -c -O"$lv" "$tmp/multi_main.ll" -o "$tmp/multi_main.cko" 2>"$tmp/err" &&
       "$cockpit" build -g -c -O"$lv" "$tmp/multi_lib.ll" -o "$tmp/multi_lib.cko" 2>"$tmp/err" &&
       "$cockpit" link "$tmp/multi_lib.cko" "$tmp/multi_main.cko" -o "$tmp/multi.cbc" 2>"$tmp/err"; then
        expect_fault "$name" "$tmp/multi.cbc" "($(mark multi_lib.c))"
        round_trip "$name object" "$tmp/multi_lib.cko"
        round_trip "$name" "$tmp/multi.cbc"
    else
        bad "$name" "compiling or linking failed"
    fi
done

# without -g: no LINES section, no position (the IR still has debug information)
if ir div0.c 0 "$tmp/nog.ll" -g 2>"$tmp/err" && "$cockpit" build -O0 -q "$tmp/nog.ll" -o "$tmp/nog.cbc" 2>"$tmp/err"; then
    expect_fault "div0 without -g" "$tmp/nog.cbc" ""
    if "$cockpit" disasm "$tmp/nog.cbc" | grep -q '\.loc\|\.lines'; then bad "div0 without -g" "the image has a line table"
    else ok "div0 without -g: no line table"; fi
else
    bad "div0 without -g" "build failed"
fi
# -g on IR without debug information: no table, no error
if ir div0.c 2 "$tmp/nodbg.ll" 2>"$tmp/err" && "$cockpit" build -g -O2 -q "$tmp/nodbg.ll" -o "$tmp/nodbg.cbc" 2>"$tmp/err"; then
    expect_fault "div0 -g without debug info" "$tmp/nodbg.cbc" ""
else
    bad "div0 -g without debug info" "build failed"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
