#!/bin/sh
# The end-to-end assembly suite. Usage: run.sh COCKPIT SRCDIR [NAME...]
#
# For every program tests/asm/NAME.cks (plus NAME.2.cks, linked with it, when present):
# assemble each source to an object, link, run the image with the flags in NAME.flags, and
# compare standard output with NAME.out and the exit status with NAME.status, or, when
# NAME.fault exists, expect status 134 and a "fault:" message containing its text (the kind
# and the function, e.g. "trap in function boom"). The same
# sources are also run directly (`cockpit run NAME.cks ...`). Then the round trip: every
# object and image is disassembled and reassembled and must come back byte for byte.
# Prints "ok ..."/"FAIL ..." lines and ends with "N passed, M failed".
# Environment: KEEP=1 keeps the temporary directory; TIMEOUT (seconds, default 60).

if [ $# -lt 2 ]; then
    echo "usage: $0 COCKPIT SRCDIR [NAME...]" >&2
    exit 2
fi
abspath() {
    case $1 in
    /*) printf '%s\n' "$1" ;;
    */*) printf '%s/%s\n' "$(cd "$(dirname "$1")" && pwd)" "$(basename "$1")" ;;
    *) printf '%s\n' "$1" ;;     # found through PATH
    esac
}
cockpit=$(abspath "$1")
dir=$(cd "$2/tests/asm" && pwd) || exit 2
shift 2
timeout=${TIMEOUT:-60}
tmo=
command -v timeout >/dev/null 2>&1 && tmo="timeout $timeout"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ckasm.XXXXXX") || exit 2
if [ "${KEEP:-0}" = 1 ]; then
    echo "keeping $tmp"
else
    trap 'rm -rf "$tmp"' EXIT
fi
trap 'exit 130' INT TERM

pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok $*"; }
bad() {
    fail=$((fail + 1)); echo "FAIL $1"; shift
    for line in "$@"; do printf '    %s\n' "$line"; done
}
# first lines of a file, indented, for failure reports
show() { [ -s "$1" ] && sed -n '1,8s/^/    | /p' "$1"; }

# check NAME LABEL OUT ERR STATUS: compares one run with the expectations
check() {
    name=$1 label=$2 out=$3 err=$4 st=$5
    why=
    if ! cmp -s "$dir/$name.out" "$out"; then
        why="stdout differs from $name.out"
    fi
    if [ -f "$dir/$name.fault" ]; then
        want=$(cat "$dir/$name.fault")
        if [ "$st" -ne 134 ]; then
            why="${why:+$why; }status $st, expected 134 (fault: $want)"
        elif ! grep -q 'fault:' "$err" || ! grep -qF -- "$want" "$err"; then
            why="${why:+$why; }stderr lacks 'fault:' and '$want'"
        fi
    else
        want=$(cat "$dir/$name.status" 2>/dev/null || echo 0)
        [ "$st" -eq "$want" ] || why="${why:+$why; }status $st, expected $want"
    fi
    if [ -z "$why" ]; then
        ok "$label $name"
    else
        bad "$label $name" "$why"
        echo "    stdout:"; show "$out"
        echo "    stderr:"; show "$err"
    fi
}

if [ $# -gt 0 ]; then
    names="$*"
else
    names=$(cd "$dir" && ls -- *.cks | sed -e '/\.2\.cks$/d' -e 's/\.cks$//')
fi

for name in $names; do
    src="$dir/$name.cks"
    if [ ! -f "$src" ]; then bad "missing $name.cks"; continue; fi
    srcs="$src"
    [ -f "$dir/$name.2.cks" ] && srcs="$srcs $dir/$name.2.cks"
    flags=$(cat "$dir/$name.flags" 2>/dev/null)

    # assemble, link, run the image
    objs='' built=1
    for s in $srcs; do
        o="$tmp/$(basename "$s" .cks).cko"
        if "$cockpit" asm "$s" -o "$o" >"$tmp/asm.err" 2>&1; then
            objs="$objs $o"
        else
            bad "asm $(basename "$s")" "cockpit asm failed"; show "$tmp/asm.err"; built=0
        fi
    done
    img="$tmp/$name.cbc"
    if [ $built = 1 ]; then
        # shellcheck disable=SC2086
        if "$cockpit" link $objs -o "$img" >"$tmp/link.err" 2>&1; then
            # shellcheck disable=SC2086
            $tmo "$cockpit" run "$img" $flags >"$tmp/out" 2>"$tmp/err" </dev/null
            check "$name" run "$tmp/out" "$tmp/err" $?
        else
            bad "link $name" "cockpit link failed"; show "$tmp/link.err"; built=0
        fi
    fi

    # the same, assembled and linked in memory by `cockpit run`
    # shellcheck disable=SC2086
    $tmo "$cockpit" run $srcs $flags >"$tmp/out" 2>"$tmp/err" </dev/null
    check "$name" run-source "$tmp/out" "$tmp/err" $?

    # round trip: disassemble and reassemble every object and the image
    [ $built = 1 ] || continue
    for x in $objs "$img"; do
        base=$(basename "$x")
        ext=${base##*.}
        if ! "$cockpit" disasm "$x" -o "$x.dis.cks" >"$tmp/dis.err" 2>&1; then
            bad "roundtrip $base" "cockpit disasm failed"; show "$tmp/dis.err"; continue
        fi
        if ! "$cockpit" asm "$x.dis.cks" -o "$x.re.$ext" >"$tmp/asm.err" 2>&1; then
            bad "roundtrip $base" "reassembling the listing failed"; show "$tmp/asm.err"; continue
        fi
        if cmp -s "$x" "$x.re.$ext"; then
            ok "roundtrip $base"
        else
            bad "roundtrip $base" "reassembled bytes differ: $(cmp "$x" "$x.re.$ext" 2>&1 | head -1)"
        fi
    done
done

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
