#!/usr/bin/env bash
# Sums the results of every test suite into one closing line "N passed, N failed".
# Suites that print their own "N passed, M failed" line count their cases; others (Check
# programs) count from Check's "Checks: N, Failures: F, Errors: E" line.
cd "$(dirname "$0")/.."
pass=0; failn=0
# every suite make check ran has a .trs file next to its .log (tests/, bench/, fuzz/ ...)
for trs in $(find . -name '*.trs'); do
    log=${trs%.trs}.log
    [ -f "$log" ] || continue
    line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
    if [ -n "$line" ]; then
        p=${line%% passed*}; f=${line#*, }; f=${f%% failed*}
    else
        line=$(grep -E '^[0-9]+%: Checks: ' "$log" | tail -1)
        [ -n "$line" ] || { grep -q ':test-result: PASS' "$trs" 2>/dev/null && p=1 f=0 || p=0 f=1; pass=$((pass+p)); failn=$((failn+f)); continue; }
        c=$(sed -E 's/.*Checks: ([0-9]+).*/\1/' <<<"$line")
        fl=$(sed -E 's/.*Failures: ([0-9]+).*/\1/' <<<"$line")
        er=$(sed -E 's/.*Errors: ([0-9]+).*/\1/' <<<"$line")
        f=$((fl+er)); p=$((c-f))
    fi
    # a suite that failed without counting it (a crash after its summary line) counts one failure
    [ "$f" -eq 0 ] && grep -q ':test-result: FAIL\|:test-result: ERROR' "$trs" 2>/dev/null && f=1
    pass=$((pass+p)); failn=$((failn+f))
done
echo "$pass passed, $failn failed"
