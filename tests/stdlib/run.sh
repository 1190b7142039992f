#!/bin/sh
# The guest standard library suite: tests/stdlib/run.sh COCKPIT SRCDIR
#   NAME.c     is built and run with 'COCKPIT run' and, natively, with gcc -std=c11 (glibc); the
#              standard output and the exit status must be the same. When NAME.out exists (the
#              program uses what only the VM has, or output glibc sends elsewhere), the guest's
#              output must equal it instead, and its status NAME.status (0 when absent).
#   NAME.flags holds extra cockpit options if any.
#   NAME.libm  (empty) the native build links the stdlib's own math library (stdlib/lib/m_*.c
#              compiled by gcc) instead of glibc's, so the output must match bit for bit.
#   host/*.c   the printf and strtod cores compiled natively with the stdlib's own sources
#              (renamed ck_snprintf, ck_strtod) and checked against glibc over many values;
#              host/math_diff.c the same for the math library (symbols prefixed ck_ by objcopy).
# Ends with "N passed, M failed"; exits non-zero if anything failed.
COCKPIT=$1
SRCDIR=${2:-.}
if [ -z "$COCKPIT" ]; then
    echo "usage: $0 COCKPIT SRCDIR" >&2
    exit 2
fi
case $COCKPIT in /*) ;; *) COCKPIT=$(pwd)/$COCKPIT ;; esac
case $SRCDIR in /*) ;; *) SRCDIR=$(pwd)/$SRCDIR ;; esac
T=$SRCDIR/tests/stdlib
L=$SRCDIR/stdlib/lib
CC=${CC_FOR_TESTS:-gcc}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ck-stdlib.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0
fail=0
filter=${STDLIB_TESTS:-}

# The stdlib's math library compiled natively, once: plain in $tmp/libm, prefixed in $tmp/libm_ck.
libm_objs() {
    [ -f "$tmp/libm/done" ] && return 0
    mkdir -p "$tmp/libm" "$tmp/libm_ck"
    for f in "$L"/m_*.c; do
        o=$(basename "$f" .c).o
        $CC -std=c11 -O2 -c -fno-builtin -fno-math-errno -ffp-contract=off -fno-stack-protector -w -I"$L" \
            "$f" -o "$tmp/libm/$o" || return 1
        ${OBJCOPY:-objcopy} --prefix-symbols=ck_ "$tmp/libm/$o" "$tmp/libm_ck/$o" || return 1
    done
    : >"$tmp/libm/done"
}

for src in "$T"/*.c; do
    [ -f "$src" ] || continue
    name=$(basename "$src" .c)
    if [ -n "$filter" ] && ! echo " $filter " | grep -q " $name "; then continue; fi
    flags=
    [ -f "$T/$name.flags" ] && flags=$(cat "$T/$name.flags")
    cp "$src" "$tmp/$name.c"                # __FILE__ is then the bare name
    (cd "$tmp" && "$COCKPIT" run $flags "$name.c" >"$tmp/vm.out" 2>"$tmp/vm.err")
    vst=$?
    if [ -f "$T/$name.out" ]; then
        cp "$T/$name.out" "$tmp/want.out"
        want=0
        [ -f "$T/$name.status" ] && want=$(cat "$T/$name.status")
    else
        native_libm=
        if [ -f "$T/$name.libm" ]; then
            libm_objs || { fail=$((fail + 1)); echo "FAIL: $name (gcc could not build the math library)"; continue; }
            native_libm="-fno-builtin -ffp-contract=off $tmp/libm/*.o"
        fi
        if ! $CC -std=c11 -O1 -w "$src" $native_libm -o "$tmp/native" -lm; then
            fail=$((fail + 1))
            echo "FAIL: $name (gcc could not build it)"
            continue
        fi
        "$tmp/native" >"$tmp/want.out" 2>/dev/null
        want=$?
    fi
    if [ "$vst" = "$want" ] && cmp -s "$tmp/vm.out" "$tmp/want.out"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: $name (cockpit status $vst, expected $want)"
        head -n 5 "$tmp/vm.err"
        diff "$tmp/want.out" "$tmp/vm.out" | head -n 10
    fi
done

# The cores, natively against glibc.
host_test() {
    name=$1
    shift
    if [ -n "$filter" ] && ! echo " $filter " | grep -q " $name "; then return; fi
    ok=1
    objs=
    for f in "$@"; do
        $CC -std=c11 -O2 -c -fno-builtin -U_FORTIFY_SOURCE -I"$L" -Dsnprintf=ck_snprintf -Dvsnprintf=ck_vsnprintf \
            -Dsprintf=ck_sprintf -Dvsprintf=ck_vsprintf -Dstrtod=ck_strtod -Dstrtof=ck_strtof \
            -Datof=ck_atof "$L/$f.c" -o "$tmp/h_$f.o" || ok=0
        objs="$objs $tmp/h_$f.o"
    done
    if [ $ok = 1 ] && $CC -std=gnu11 -O1 -w "$T/host/$name.c" $objs -o "$tmp/$name" -lm &&
        "$tmp/$name" >"$tmp/$name.out"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: host/$name"
        tail -n 10 "$tmp/$name.out" 2>/dev/null
    fi
}
host_test format_diff vformat format_double snprintf
host_test strtod_diff strtod
if [ -z "$filter" ] || echo " $filter " | grep -q " math_diff "; then
    if libm_objs && $CC -std=gnu11 -O1 -w "$T/host/math_diff.c" "$tmp"/libm_ck/*.o -o "$tmp/math_diff" -lm &&
        "$tmp/math_diff" >"$tmp/math_diff.out"; then
        pass=$((pass + 1))
    else
        fail=$((fail + 1))
        echo "FAIL: host/math_diff"
        grep -v '^ok' "$tmp/math_diff.out" 2>/dev/null | tail -n 10
    fi
fi

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
