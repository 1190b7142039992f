#!/bin/sh
# The tiny VM (vm/core/tiny.c, -DCK_VM_TINY) on the assembly suite.
# Usage: tests/softvm/run-tiny.sh COCKPIT SRCDIR CKRUN_TINY TINYOPS
#
# Every tests/asm/NAME.cks (with NAME.2.cks when present) is built once by COCKPIT, and its image
# disassembled: each mnemonic of the listing is looked up in the instruction set as TINYOPS lists it
# (CK_OPS with CK_OP_TINY, tests/softvm/tinyops.c). A program whose every instruction is in the tiny
# set runs on CKRUN_TINY with the options of NAME.flags: its output and exit status must be those
# of NAME.out and NAME.status (or NAME.fault: status 134 and that fault), and its output, status
# and diagnostics (a fault's kind, function, pc and address) exactly those of `COCKPIT run` (the
# full VM) on the same image. Any other program must be refused by the tiny VM's loader with
# status 1 and its message for the first instruction outside the tiny set (function, opcode).
# Prints "ok ..."/"FAIL ..." lines, the counts, and ends with "N passed, M failed"; fails when a
# check fails or when fewer than 20 programs ran.
COCKPIT=$1 SRCDIR=$2 TINY=$3 OPS=$4
if [ -z "$COCKPIT" ] || [ -z "$SRCDIR" ] || [ -z "$TINY" ] || [ -z "$OPS" ]; then
    echo "usage: $0 COCKPIT SRCDIR CKRUN_TINY TINYOPS" >&2
    exit 2
fi
abs() { case $1 in /*) echo "$1" ;; *) echo "$(pwd)/$1" ;; esac; }
COCKPIT=$(abs "$COCKPIT") TINY=$(abs "$TINY") OPS=$(abs "$OPS")
SRCDIR=$(cd "$SRCDIR" && pwd) || exit 2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/cktiny.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM
tmo=
command -v timeout >/dev/null 2>&1 && tmo="timeout ${TIMEOUT:-60}"

"$OPS" >"$tmp/ops" || { echo "FAIL: $OPS did not run"; exit 1; }
[ "$(awk '$3 == 1' "$tmp/ops" | wc -l)" -eq 89 ] || { echo "FAIL: the tiny set is not 89 opcodes"; exit 1; }

pass=0 fail=0 ran=0 refused=0
ok() { pass=$((pass + 1)); echo "ok $*"; }
bad() {
    fail=$((fail + 1)); echo "FAIL $1"; shift
    for line in "$@"; do printf '    %s\n' "$line"; done
}
show() { [ -s "$1" ] && sed -n '1,6s/^/    | /p' "$1"; }

for src in "$SRCDIR"/tests/asm/*.cks; do
    case $src in *.2.cks) continue ;; esac
    base=${src%.cks}
    name=$(basename "$base")
    set -- "$src"
    [ -f "$base.2.cks" ] && set -- "$src" "$base.2.cks"
    flags=$(cat "$base.flags" 2>/dev/null)
    img=$tmp/$name.cbc
    if ! "$COCKPIT" build -q -o "$img" "$@" 2>"$tmp/err"; then
        bad "$name" "cockpit build failed"; show "$tmp/err"; continue
    fi
    if ! "$COCKPIT" disasm "$img" -o "$tmp/list.cks" 2>"$tmp/err"; then
        bad "$name" "cockpit disasm failed"; show "$tmp/err"; continue
    fi
    # the instructions of the listing, in function order: "FUNCTION MNEMONIC OPCODE TINY", and a
    # line "? MNEMONIC" for a mnemonic the instruction set does not have
    awk 'NR == FNR { op[$1] = $2; tiny[$1] = $3; next }
         /^\.func/ { sub(/^\.func[ \t]+/, ""); sub(/,.*/, ""); fn = $0; infn = 1; next }
         /^\.endfunc/ { infn = 0; next }
         infn && /^[ \t]+[a-z]/ { m = $1; if (m in op) print fn, m, op[m], tiny[m]; else print "?", m }' \
        "$tmp/ops" "$tmp/list.cks" >"$tmp/insns"
    if [ ! -s "$tmp/insns" ] || grep -q '^? ' "$tmp/insns"; then
        bad "$name" "no instructions, or a mnemonic not in the instruction set: $(grep '^? ' "$tmp/insns" | head -1)"
        continue
    fi
    first=$(awk '$4 == 0 { print; exit }' "$tmp/insns")
    # shellcheck disable=SC2086
    $tmo "$TINY" $flags "$img" >"$tmp/tiny.out" 2>"$tmp/tiny.err" </dev/null
    st=$?
    if [ -n "$first" ]; then
        # not a tiny program: refused at load, naming the first instruction outside the set
        set -- $first
        refused=$((refused + 1))
        want="function [0-9]* ($1): opcode 0x$3 at pc [0-9]* is not in the tiny instruction set"
        if [ $st -eq 1 ] && [ ! -s "$tmp/tiny.out" ] && grep -q "^$img: error: $want" "$tmp/tiny.err"; then
            ok "refused $name ($2 in $1)"
        else
            bad "refused $name" "status $st, expected 1 and the error '$want' ($2)"; show "$tmp/tiny.err"
        fi
        continue
    fi
    ran=$((ran + 1))
    why=
    cmp -s "$base.out" "$tmp/tiny.out" || why="stdout differs from $name.out"
    if [ -f "$base.fault" ]; then
        fault=$(cat "$base.fault")
        if [ $st -ne 134 ] || ! grep -qF -- "fault: " "$tmp/tiny.err" || ! grep -qF -- "$fault" "$tmp/tiny.err"; then
            why="${why:+$why; }status $st, expected 134 and the fault '$fault'"
        fi
    else
        want=$(cat "$base.status" 2>/dev/null || echo 0)
        [ $st -eq "$want" ] || why="${why:+$why; }status $st, expected $want"
    fi
    # the full VM on the same image: the same output, status and diagnostics
    # shellcheck disable=SC2086
    $tmo "$COCKPIT" run "$img" $flags >"$tmp/full.out" 2>"$tmp/full.err" </dev/null
    fst=$?
    if [ $fst -ne $st ] || ! cmp -s "$tmp/full.out" "$tmp/tiny.out" || ! cmp -s "$tmp/full.err" "$tmp/tiny.err"; then
        why="${why:+$why; }differs from the full VM (status $fst: $(head -c 200 "$tmp/full.err"))"
    fi
    if [ -z "$why" ]; then
        ok "ran $name"
    else
        bad "ran $name" "$why"
        echo "    stdout:"; show "$tmp/tiny.out"
        echo "    stderr:"; show "$tmp/tiny.err"
    fi
done

echo "$ran programs ran on the tiny VM, $refused were refused (not tiny)"
if [ $ran -lt 20 ]; then
    fail=$((fail + 1)); echo "FAIL: only $ran programs ran (at least 20 expected)"
fi
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
