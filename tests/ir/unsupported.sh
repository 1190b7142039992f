#!/bin/sh
# Unsupported IR gives the documented error (docs/backend.md "Errors"). Usage: unsupported.sh COCKPIT
#
# Every tests/ir/unsupported/NAME.ll starts with one or more "; expect: TEXT" lines. `COCKPIT build
# -O0` must reject it with exit status 1, an error line "NAME.ll: error: ..." and every TEXT in its
# messages; it must not crash or write an image. Prints "ok NAME" / "FAIL NAME: reason" and
# "N passed, M failed"; exits 0 only if M is 0.

if [ $# -ne 1 ]; then
    echo "usage: $0 COCKPIT" >&2
    exit 2
fi
case $1 in
/*) cockpit=$1 ;;
*) cockpit=$(pwd)/$1 ;;
esac
dir=$(cd "$(dirname "$0")/unsupported" && pwd) || exit 2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ckuns.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

pass=0 fail=0
for f in "$dir"/*.ll; do
    name=$(basename "$f" .ll)
    (cd "$dir" && "$cockpit" build -O0 -q "$name.ll" -o "$tmp/out.cbc") >"$tmp/out" 2>"$tmp/err"
    st=$?
    why=
    if [ $st -ne 1 ]; then why="exit status $st, expected 1"; fi
    if [ -e "$tmp/out.cbc" ]; then why="${why:+$why; }an image was written"; rm -f "$tmp/out.cbc"; fi
    if ! grep -q "^$name.ll: error: " "$tmp/err"; then why="${why:+$why; }no '$name.ll: error:' line"; fi
    if ! grep -q '^; expect: ' "$f"; then why="${why:+$why; }no '; expect:' line in the test"; fi
    grep '^; expect: ' "$f" | sed 's/^; expect: //' >"$tmp/want"
    while IFS= read -r want; do
        grep -qF -- "$want" "$tmp/err" || why="${why:+$why; }no '$want'"
    done <"$tmp/want"
    if [ -z "$why" ]; then
        echo "ok $name"
        pass=$((pass + 1))
    else
        echo "FAIL $name: $why"
        sed 's/^/    /' "$tmp/err" | head -5
        fail=$((fail + 1))
    fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
