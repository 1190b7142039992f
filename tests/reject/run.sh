#!/bin/sh
# The rejection suite. Usage: run.sh COCKPIT MKBAD [NAME...]
#
# MKBAD writes malformed images and objects into a temporary directory; every line of
# expect.txt (next to this script) names one file, the command that must reject it, and the
# text its message must contain. A rejection passes when the command exits with status 1
# (not 0, not a signal or a guest fault) and stderr holds "error:" and every expected
# substring. Then a sweep: disasm, size and run (images only) of every file must end with
# status 0 or 1, never a crash or a hang. Prints "ok ..."/"FAIL ..." lines and ends with
# "N passed, M failed".
# Environment: KEEP=1 keeps the temporary directory; TIMEOUT (seconds, default 20).

if [ $# -lt 2 ]; then
    echo "usage: $0 COCKPIT MKBAD [NAME...]" >&2
    exit 2
fi
abspath() {
    case $1 in
    /*) printf '%s\n' "$1" ;;
    */*) printf '%s/%s\n' "$(cd "$(dirname "$1")" && pwd)" "$(basename "$1")" ;;
    *) printf '%s\n' "$1" ;;
    esac
}
cockpit=$(abspath "$1")
mkbad=$(abspath "$2")
shift 2
here=$(cd "$(dirname "$0")" && pwd)
expect="$here/expect.txt"
tmo=
command -v timeout >/dev/null 2>&1 && tmo="timeout ${TIMEOUT:-20}"
tab=$(printf '\t')

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ckreject.XXXXXX") || exit 2
if [ "${KEEP:-0}" = 1 ]; then
    echo "keeping $tmp"
else
    trap 'rm -rf "$tmp"' EXIT
fi
trap 'exit 130' INT TERM
mkdir "$tmp/bad" || exit 2

pass=0
fail=0
ok() { pass=$((pass + 1)); echo "ok $*"; }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }

if ! "$mkbad" "$tmp/bad"; then
    bad "mkbad could not write the cases"
    echo "$pass passed, $fail failed"
    exit 1
fi

wanted() {   # is NAME selected on the command line?
    [ -z "$only" ] && return 0
    for w in $only; do [ "$w" = "$1" ] && return 0; done
    return 1
}
only="$*"

: >"$tmp/listed"
while IFS="$tab" read -r name cmd rest; do
    case $name in ''|'#'*) continue ;; esac
    echo "$name" >>"$tmp/listed"
    wanted "$name" || continue
    set -f
    # shellcheck disable=SC2086
    set -- $cmd
    set +f
    verb=$1; shift
    flags="$*"
    if [ -f "$tmp/bad/$name.cbc" ]; then file="$tmp/bad/$name.cbc"; else file="$tmp/bad/$name.cko"; fi
    if [ ! -f "$file" ]; then
        bad "$name ($cmd): mkbad wrote no $name.cbc or $name.cko"
        continue
    fi
    case $verb in
    run|run-ok)
        # shellcheck disable=SC2086
        $tmo "$cockpit" run "$file" $flags >"$tmp/out" 2>"$tmp/err" </dev/null ;;
    link|link-ok)
        files="$tmp/bad/$name.cko"
        [ -f "$tmp/bad/$name.2.cko" ] && files="$files $tmp/bad/$name.2.cko"
        # shellcheck disable=SC2086
        $tmo "$cockpit" link $files $flags -o "$tmp/out.cbc" >"$tmp/out" 2>"$tmp/err" </dev/null ;;
    disasm|disasm-ok)
        # shellcheck disable=SC2086
        $tmo "$cockpit" disasm "$file" $flags -o "$tmp/out.cks" >"$tmp/out" 2>"$tmp/err" </dev/null ;;
    size)
        # shellcheck disable=SC2086
        $tmo "$cockpit" size "$file" $flags >"$tmp/out" 2>"$tmp/err" </dev/null ;;
    *)
        bad "$name: unknown command '$verb' in expect.txt"
        continue ;;
    esac
    st=$?
    msg=$(head -c 300 "$tmp/err" | tr '\n' ' ')
    case $verb in
    *-ok)
        if [ $st -eq 0 ]; then ok "$name ($cmd)"; else bad "$name ($cmd): status $st: $msg"; fi
        continue ;;
    esac
    why=
    if [ $st -eq 0 ]; then
        why="accepted (status 0)"
    elif [ $st -eq 124 ] && [ -n "$tmo" ]; then
        why="timed out"
    elif [ $st -ge 128 ]; then
        why="crashed or faulted (status $st)"
    elif [ $st -ne 1 ]; then
        why="status $st, expected 1"
    elif ! grep -q 'error:' "$tmp/err"; then
        why="no 'error:' message"
    else
        set -f
        IFS="$tab"
        # shellcheck disable=SC2086
        set -- $rest
        IFS=' 	
'
        set +f
        for s in "$@"; do
            grep -qF -- "$s" "$tmp/err" || why="${why:+$why; }message lacks '$s'"
        done
    fi
    if [ -z "$why" ]; then
        ok "$name ($cmd): $msg"
    else
        bad "$name ($cmd): $why: $msg"
    fi
done <"$expect"

# every file mkbad writes must be listed, and no tool may crash or hang on any of them
if [ -z "$only" ]; then
    for f in "$tmp"/bad/*; do
        base=$(basename "$f")
        n=${base%.*}; n=${n%.2}
        grep -qx -- "$n" "$tmp/listed" || bad "$n: written by mkbad but not listed in expect.txt"
        why=
        for verb in disasm size run; do
            case $verb.$base in run.*.cko) continue ;; esac
            $tmo "$cockpit" $verb "$f" >/dev/null 2>"$tmp/err" </dev/null
            st=$?
            [ $st -le 1 ] || why="${why:+$why; }$verb: status $st"
        done
        if [ -z "$why" ]; then ok "sweep $base"; else bad "sweep $base: $why"; fi
    done
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
