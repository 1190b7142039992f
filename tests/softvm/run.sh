#!/bin/sh
# The soft-float VM against the host's: tests/softvm/run.sh COCKPIT SRCDIR CKRUN_SOFT
# CKRUN_SOFT is a VM core built with software arithmetic: tests/softvm/ckrun_soft with
# -DCK_VM_SOFTFP -DCK_VM_SOFT_DIV64 (every float operation and 64-bit division in
# vm/core/softfp.c, as on the boards without an FPU) or tests/softvm/ckrun_conv64 with
# -DCK_VM_SOFT_CONV64 (the 64-bit integer <-> float conversions only, as on mps2-an500). Every program of
# tests/c/run that uses floating point or 64-bit integers, every tests/asm program, and the
# float and u64 benchmarks are built once by COCKPIT and run by both VMs: standard output and
# exit status must be the same. Ends with "N passed, M failed".
COCKPIT=$1 SRCDIR=$2 SOFT=$3
if [ -z "$COCKPIT" ] || [ -z "$SRCDIR" ] || [ -z "$SOFT" ]; then
    echo "usage: $0 COCKPIT SRCDIR CKRUN_SOFT" >&2
    exit 2
fi
case $COCKPIT in /*) ;; *) COCKPIT=$(pwd)/$COCKPIT ;; esac
case $SOFT in /*) ;; *) SOFT=$(pwd)/$SOFT ;; esac
SRCDIR=$(cd "$SRCDIR" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/cksoft.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0
# compare NAME IMAGE: both VMs on one image
compare() {
    "$COCKPIT" run "$2" >"$tmp/hw.out" 2>/dev/null; hs=$?
    "$SOFT" "$2" >"$tmp/sw.out" 2>/dev/null; ss=$?
    if [ $hs -eq $ss ] && cmp -s "$tmp/hw.out" "$tmp/sw.out"; then
        pass=$((pass + 1)); echo "ok $1"
    else
        fail=$((fail + 1)); echo "FAIL $1: status $hs (host VM) / $ss (soft float VM)"
        diff "$tmp/hw.out" "$tmp/sw.out" | sed -n '1,6s/^/    /p'
    fi
}
for src in "$SRCDIR"/tests/c/run/*.c; do
    grep -Eq 'float|double|long long|int64_t|uint64_t' "$src" || continue
    name=c/$(basename "$src" .c)
    flags=
    [ -f "${src%.c}.flags" ] && flags=$(cat "${src%.c}.flags")
    # shellcheck disable=SC2086
    if (cd "$tmp" && "$COCKPIT" build -q $flags -o "$tmp/p.cbc" "$src") 2>"$tmp/err"; then compare "$name" "$tmp/p.cbc"
    else fail=$((fail + 1)); echo "FAIL $name: cockpit build failed"; sed -n '1,3s/^/    /p' "$tmp/err"; fi
done
for src in "$SRCDIR"/tests/asm/*.cks; do
    case $src in *.2.cks) continue ;; esac
    base=${src%.cks}
    [ -f "$base.flags" ] && continue
    set -- "$src"
    [ -f "$base.2.cks" ] && set -- "$src" "$base.2.cks"
    name=asm/$(basename "$base")
    if "$COCKPIT" build -q -o "$tmp/p.cbc" "$@" 2>"$tmp/err"; then compare "$name" "$tmp/p.cbc"
    else fail=$((fail + 1)); echo "FAIL $name: cockpit build failed"; sed -n '1,3s/^/    /p' "$tmp/err"; fi
done
for b in float u64; do
    if "$COCKPIT" build -q -O2 --nostdlib -DSMALL -o "$tmp/p.cbc" "$SRCDIR/bench/$b.c" 2>"$tmp/err"; then
        compare "bench/$b" "$tmp/p.cbc"
    else fail=$((fail + 1)); echo "FAIL bench/$b: cockpit build failed"; fi
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
