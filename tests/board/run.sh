#!/bin/sh
# The board suite: every tests/asm program runs on a board under QEMU (its firmware, flashed
# through its loader by `cockpit run --board`) and must print the same bytes, end with the same
# status and report the same fault line as on the host VM.
# Usage: run.sh COCKPIT SRCDIR [BOARD [NAME...]]   (BOARD defaults to mps2-an386)
# The host VM runs with the board's guest memory. A program listed in tests/board/BOARD.skip
# ("NAME: reason", e.g. recursion deeper than a small board's RAM allows) is not run there.
# A board whose firmware has the tiny VM (NAME-tiny) gets images built with --target tiny; an
# assembly program that uses instructions outside the tiny set is skipped there with that reason.
# SUITE=c runs the Cockpit C programs instead (tests/c/run/NAME.c, built with NAME.flags).
# Prints "ok ..."/"FAIL ..."/"skip ..." lines and ends with "BOARD: N passed, M failed, K skipped";
# exits 77 (skip) when the board's QEMU or its firmware is missing. Environment: JOBS (parallel runs, default 2),
# TIMEOUT (seconds per run, default 60), KEEP=1 keeps the temporary directory.

if [ "$1" = --one ]; then
    # one program (run by xargs): NAME; the rest comes from the environment
    name=$2 dir=$CK_DIR tmp=$CK_TMP
    flags=
    [ "$CK_SUITE" = c ] || flags=$(cat "$dir/$name.flags" 2>/dev/null)
    img="$tmp/$name.cbc"
    # the host VM with the board's guest memory, unless the program asks for its own
    hflags="$flags"
    case " $flags " in *" --mem "*) ;; *) hflags="$flags --mem $CK_MEM" ;; esac
    # shellcheck disable=SC2086
    $CK_TMO "$CK_COCKPIT" run "$img" $hflags >"$tmp/$name.hout" 2>"$tmp/$name.herr" </dev/null
    hs=$?
    # shellcheck disable=SC2086
    $CK_TMO "$CK_COCKPIT" run --board "$CK_BOARD" "$img" $flags >"$tmp/$name.bout" 2>"$tmp/$name.berr" </dev/null
    bs=$?
    why=
    if [ "$hs" -eq 1 ] && [ "$bs" -eq 1 ] && grep -q 'error:' "$tmp/$name.herr" && grep -q 'error:' "$tmp/$name.berr"
    then
        echo "skip $CK_BOARD $name: does not load with $CK_MEM of guest memory, on the board as on the host VM"
        exit 0
    fi
    cmp -s "$tmp/$name.hout" "$tmp/$name.bout" || why="stdout differs from the host VM's"
    [ "$hs" -eq "$bs" ] || why="${why:+$why; }status $bs on the board, $hs on the host VM"
    grep 'fault:' "$tmp/$name.herr" >"$tmp/$name.hf"
    grep 'fault:' "$tmp/$name.berr" >"$tmp/$name.bf"
    cmp -s "$tmp/$name.hf" "$tmp/$name.bf" || why="${why:+$why; }fault report differs from the host VM's"
    if [ -z "$why" ]; then
        echo "ok $CK_BOARD $name (status $bs)"
    else
        echo "FAIL $CK_BOARD $name: $why"
        for f in hout bout herr berr; do
            [ -s "$tmp/$name.$f" ] && sed -n "1,6s/^/    $f | /p" "$tmp/$name.$f"
        done
    fi
    exit 0
fi

if [ $# -lt 2 ]; then
    echo "usage: $0 COCKPIT SRCDIR [BOARD [NAME...]]" >&2
    exit 2
fi
case $1 in
/*) cockpit=$1 ;;
*/*) cockpit=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") ;;
*) cockpit=$1 ;;
esac
suite=${SUITE:-asm}
case $suite in
c) dir=$(cd "$2/tests/c/run" && pwd) || exit 2; ext=c ;;
*) dir=$(cd "$2/tests/asm" && pwd) || exit 2; ext=cks ;;
esac
board=${3:-mps2-an386}
[ $# -ge 3 ] && shift 3 || shift $#

# the board's emulator and firmware, or a visible skip
line=$("$cockpit" boards 2>/dev/null | awk -v b="$board" '$1 == b')
mem=$(printf '%s\n' "$line" | awk '{ print $3 }')
if [ -z "$line" ]; then
    echo "FAIL: cockpit does not know board '$board'"
    echo "0 passed, 1 failed"
    exit 1
fi
case $board in
riscv*) qemu=qemu-system-riscv32 ;;
*) qemu=qemu-system-arm ;;
esac
if ! command -v "$qemu" >/dev/null 2>&1; then
    echo "SKIP: $qemu not found: board $board not tested"
    exit 77
fi
case $line in
*"firmware not built"*)
    echo "SKIP: no firmware for $board (its cross compiler was not found at configure time)"
    exit 77 ;;
esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ckboard.XXXXXX") || exit 2
if [ "${KEEP:-0}" = 1 ]; then echo "keeping $tmp"; else trap 'rm -rf "$tmp"' EXIT; fi
trap 'exit 130' INT TERM

if [ $# -gt 0 ]; then
    names="$*"
else
    names=$(cd "$dir" && ls -- *.$ext | sed -e '/\.2\.cks$/d' -e "s/\\.$ext\$//")
fi

# programs a board cannot run as the host VM does, with the reason: tests/board/BOARD.skip
skips=$(dirname "$0")/$board.skip
target=
case $board in *-tiny) target="--target tiny" ;; esac
built=
fail=0
for name in $names; do
    why=$(awk -v n="$name" '$1 == n ":" { $1 = ""; sub(/^ /, ""); print }' "$skips" 2>/dev/null)
    if [ -n "$why" ]; then
        echo "skip $board $name: $why" >"$tmp/$name.res"
        continue
    fi
    srcs="$dir/$name.$ext" bflags=
    [ -f "$dir/$name.2.cks" ] && srcs="$srcs $dir/$name.2.cks"
    [ "$suite" = c ] && [ -f "$dir/$name.flags" ] && bflags=$(cat "$dir/$name.flags")
    # shellcheck disable=SC2086
    if (cd "$tmp" && "$cockpit" build -q $target $bflags $srcs -o "$tmp/$name.cbc") >"$tmp/build.err" 2>&1; then
        built="$built $name"
    elif [ -n "$target" ] && [ "$suite" = asm ] && grep -q 'not in the tiny instruction set' "$tmp/build.err"; then
        echo "skip $board $name: uses instructions outside the tiny set" >"$tmp/$name.res"
    else
        fail=$((fail + 1))
        echo "FAIL $board $name: cockpit build failed"
        sed -n '1,4s/^/    | /p' "$tmp/build.err"
    fi
done

tmo=
command -v timeout >/dev/null 2>&1 && tmo="timeout ${TIMEOUT:-60}"
CK_COCKPIT=$cockpit CK_DIR=$dir CK_TMP=$tmp CK_BOARD=$board CK_TMO=$tmo CK_MEM=$mem CK_SUITE=$suite
export CK_COCKPIT CK_DIR CK_TMP CK_BOARD CK_TMO CK_MEM CK_SUITE
# shellcheck disable=SC2086
printf '%s\n' $built | xargs -P "${JOBS:-2}" -I NAME sh -c 'sh "$0" --one NAME >"$CK_TMP/NAME.res"' "$0"
for name in $names; do cat "$tmp/$name.res" 2>/dev/null; done >"$tmp/results"
cat "$tmp/results"
pass=$(grep -c '^ok ' "$tmp/results")
skip=$(grep -c '^skip ' "$tmp/results")
fail=$((fail + $(grep -c '^FAIL ' "$tmp/results")))
echo "$board: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
