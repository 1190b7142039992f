# Runs one board test script on several boards and adds up their counts. Sourced by the .test
# files: each SCRIPT BOARD... runs "SCRIPT ./cockpit SRCDIR BOARD" for every board, shows its
# output, and ends with "N passed, M failed"; exits 77 (skip) when every board was skipped.
each() {
    script=$1
    shift
    pass=0 fail=0 ran=0 out=${TMPDIR:-/tmp}/ckeach.$$
    for b in "$@"; do
        bash "$script" ./cockpit "${srcdir:-.}" "$b" >"$out" 2>&1
        rc=$?
        cat "$out"
        [ "$rc" -eq 77 ] && continue
        ran=1
        last=$(grep -E '[0-9]+ passed, [0-9]+ failed' "$out" | tail -1)
        p=$(printf '%s\n' "$last" | awk '{ for (i = 1; i < NF; i++) if ($(i + 1) ~ /^passed/) print $i }')
        f=$(printf '%s\n' "$last" | awk '{ for (i = 1; i < NF; i++) if ($(i + 1) ~ /^failed/) print $i }')
        if [ -z "$p" ] || [ -z "$f" ]; then
            echo "FAIL $b: $script ended without its counts (status $rc)"
            f=1 p=0
        elif [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
            echo "FAIL $b: $script exited with status $rc"
            f=1
        fi
        pass=$((pass + p)) fail=$((fail + f))
    done
    rm -f "$out"
    [ "$ran" -eq 1 ] || exit 77
    echo "$pass passed, $fail failed"
    [ "$fail" -eq 0 ]
}
