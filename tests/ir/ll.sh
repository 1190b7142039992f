#!/bin/sh
# Hand-written LLVM IR, differentially. Usage: ll.sh COCKPIT [NAME...]
#
# Every tests/ir/ll/NAME.ll is built natively by $CLANG (for the host, with ll/natives.c standing in
# for the natives) as the reference, and by `COCKPIT build -O<level>` for each level of $LEVELS
# (default "0 1 2 s"); `COCKPIT run` must print the same output and exit with the same status.
# CKIR_FLAGS adds build flags to every build (run-ir-tiny.test: --target tiny).
# NAME.fault instead holds text the guest fault message must contain (exit status 134); there
# is no reference run then. NAME.levels replaces $LEVELS for one test, NAME.flags adds build
# flags (e.g. -g). The IR must mean the same on a 64-bit host as on the 32-bit VM
# (no pointer-to-integer casts, no target data layout). Prints "ok"/"FAIL" lines and
# "N passed, M failed"; exits 0 only if M is 0, 77 (skip) without clang.

if [ $# -lt 1 ]; then
    echo "usage: $0 COCKPIT [NAME...]" >&2
    exit 2
fi
case $1 in
/*) cockpit=$1 ;;
*) cockpit=$(pwd)/$1 ;;
esac
shift
dir=$(cd "$(dirname "$0")/ll" && pwd) || exit 2
CLANG=${CLANG:-clang-19}
if ! command -v "$CLANG" >/dev/null 2>&1; then
    echo "ll.sh: $CLANG not found: skipping the hand-written IR tests"
    exit 77
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ckll.XXXXXX") || exit 2
if [ "${KEEP:-0}" = 1 ]; then echo "keeping $tmp"; else trap 'rm -rf "$tmp"' EXIT; fi
trap 'exit 130' INT TERM
tmo=
command -v timeout >/dev/null 2>&1 && tmo="timeout ${TIMEOUT:-20}"

if [ $# -eq 0 ]; then set -- "$dir"/*.ll; fi
pass=0 fail=0
for f in "$@"; do
    name=$(basename "$f" .ll)
    f=$dir/$name.ll
    if [ ! -f "$f" ]; then echo "FAIL $name: no $f"; fail=$((fail + 1)); continue; fi
    fault=
    if [ -f "$dir/$name.fault" ]; then
        fault=$(cat "$dir/$name.fault")
    else
        if ! "$CLANG" -O0 -w "$f" "$dir/natives.c" -o "$tmp/$name.ref" 2>"$tmp/err"; then
            echo "FAIL $name: the reference build failed"; sed 's/^/    /' "$tmp/err" | head -5
            fail=$((fail + 1)); continue
        fi
        $tmo "$tmp/$name.ref" >"$tmp/$name.want"
        want_st=$?
    fi
    levels=${LEVELS:-0 1 2 s}
    [ -f "$dir/$name.levels" ] && levels=$(cat "$dir/$name.levels")
    flags=
    [ -f "$dir/$name.flags" ] && flags=$(cat "$dir/$name.flags")
    for lv in $levels; do
        lv=${lv#-O}
        t="$name -O$lv${flags:+ $flags}"
        if ! "$cockpit" build -O"$lv" $flags ${CKIR_FLAGS:-} -q "$f" -o "$tmp/$name.cbc" 2>"$tmp/err"; then
            echo "FAIL $t: build failed"; sed 's/^/    /' "$tmp/err" | head -5
            fail=$((fail + 1)); continue
        fi
        $tmo "$cockpit" run "$tmp/$name.cbc" >"$tmp/$name.out" 2>"$tmp/err"
        st=$?
        why=
        if [ -n "$fault" ]; then
            [ $st -eq 134 ] || why="exit status $st, expected 134 (a fault)"
            grep -qF -- "$fault" "$tmp/err" || why="${why:+$why; }no '$fault' in the fault message"
        else
            [ $st -eq "$want_st" ] || why="exit status $st, expected $want_st"
            cmp -s "$tmp/$name.out" "$tmp/$name.want" || why="${why:+$why; }output differs"
        fi
        if [ -z "$why" ]; then
            echo "ok $t"; pass=$((pass + 1))
        else
            echo "FAIL $t: $why"; fail=$((fail + 1))
            [ -n "$fault" ] || diff "$tmp/$name.want" "$tmp/$name.out" | head -6 | sed 's/^/    /'
            sed 's/^/    /' "$tmp/err" | head -3
        fi
    done
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
