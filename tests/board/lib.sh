# Helpers for the board tests (bash: they use /dev/tcp). Sourced by flash.sh and errors.sh.
# A test starts QEMU with the board's firmware, its console (-serial) on a TCP port, its GDB
# server on another and its monitor on a third, all on 127.0.0.1, and talks to them.

pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok $*"; }
bad() {
    fail=$((fail + 1)); echo "FAIL $1"; shift
    for line in "$@"; do printf '    %s\n' "$line"; done
}
# first lines of a file, indented, for failure reports
show() { [ -s "$1" ] && sed -n '1,8s/^/    | /p' "$1"; }
finish() {
    stop_qemu
    echo "$pass passed, $fail failed"
    [ "$fail" -eq 0 ]
}

# setup COCKPIT SRCDIR BOARD: checks the tools (exit 77 with a SKIP line without them), makes
# $tmp, writes the firmware with `cockpit firmware` and builds the programs the tests use.
setup() {
    cockpit=$1 src=$2 board=$3
    case $board in riscv*) qemu=qemu-system-riscv32 ;; *) qemu=qemu-system-arm ;; esac
    if ! command -v "$qemu" >/dev/null 2>&1; then
        echo "SKIP: $qemu not found: board $board not tested"
        exit 77
    fi
    if "$cockpit" boards | grep -q "^$board .*firmware not built"; then
        echo "SKIP: no firmware for $board (its cross compiler was not found at configure time)"
        exit 77
    fi
    case $board in riscv32-virt) machine=virt ;; *-tiny) machine=${board%-tiny} ;; *) machine=$board ;; esac
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/ckflash.XXXXXX") || exit 2
    if [ "${KEEP:-0}" = 1 ]; then echo "keeping $tmp"; else trap 'stop_qemu; rm -rf "$tmp"' EXIT; fi
    trap 'exit 130' INT TERM
    "$cockpit" firmware --board "$board" -o "$tmp/fw.elf" >/dev/null || { echo "FAIL: cockpit firmware"; exit 1; }
    for p in hello exit42 fault_trap sieve fault_budget; do
        "$cockpit" build -q "$src/tests/asm/$p.cks" -o "$tmp/$p.cbc" || { echo "FAIL: cannot build $p"; exit 1; }
    done
    cp "$src/tests/asm/hello.out" "$tmp/hello.out"
}

qpid=
stop_qemu() {
    exec 3>&- 4>&- 2>/dev/null
    if [ -n "$qpid" ]; then kill "$qpid" 2>/dev/null; wait "$qpid" 2>/dev/null; fi
    qpid=
}

# start_qemu: QEMU for $board on three free ports (sport console, gport GDB, mport monitor).
start_qemu() {
    stop_qemu
    local try extra=
    case $qemu in *riscv*) extra="-bios none" ;; esac
    for try in 1 2 3 4 5 6 7 8; do
        local base=$((20000 + (RANDOM % 2000) * 3 + ($$ % 3)))
        sport=$base gport=$((base + 1)) mport=$((base + 2))
        # shellcheck disable=SC2086
        "$qemu" -M "$machine" $extra -nographic -kernel "$tmp/fw.elf" \
            -serial tcp:127.0.0.1:$sport,server=on,wait=off,nodelay=on -gdb tcp:127.0.0.1:$gport \
            -monitor tcp:127.0.0.1:$mport,server=on,wait=off \
            -semihosting-config enable=on,target=native >"$tmp/qemu.log" 2>&1 &
        qpid=$!
        local i
        for i in $(seq 50); do
            if (exec 9<>/dev/tcp/127.0.0.1/$mport) 2>/dev/null; then return 0; fi
            kill -0 "$qpid" 2>/dev/null || break
            sleep 0.1
        done
        stop_qemu
    done
    echo "FAIL: cannot start $qemu for $board"; show "$tmp/qemu.log"
    exit 1
}

# monitor CMD: one command to QEMU's monitor.
monitor() {
    (exec 9<>/dev/tcp/127.0.0.1/$mport && printf '%s\n' "$1" >&9 && sleep 0.3) 2>/dev/null
}

# serial_connected: QEMU has taken our console connection (not still closing an earlier one).
serial_connected() {
    (exec 9<>/dev/tcp/127.0.0.1/$mport && printf 'info chardev\n' >&9 && timeout 0.5 cat <&9) 2>/dev/null |
        grep -q 'serial0: .*<->'
}

# console_until FILE TEXT SECONDS [CMD...]: connects to the console, runs CMD (e.g. a reset),
# then copies the console to FILE until it holds TEXT or SECONDS pass; 0 if TEXT came.
console_until() {
    local file=$1 text=$2 secs=$3
    shift 3
    : >"$file"
    exec 3<>/dev/tcp/127.0.0.1/$sport || return 1
    cat <&3 >"$file" &
    local cat_pid=$! i rc=1
    for i in $(seq 20); do serial_connected && break; done
    "$@"
    for i in $(seq $((secs * 10))); do
        if grep -qF -- "$text" "$file"; then rc=0; break; fi
        sleep 0.1
    done
    kill "$cat_pid" 2>/dev/null
    wait "$cat_pid" 2>/dev/null
    exec 3>&-
    return $rc
}

# expect_boot NAME TEXT: after a reset the device must run the image that prints TEXT.
expect_boot() {
    if console_until "$tmp/boot.out" "$2" 10 monitor system_reset; then
        ok "$1: the device still runs its previous image"
    else
        bad "$1: after a reset the device does not print '$2'"; show "$tmp/boot.out"
    fi
}

# flash_ok NAME IMAGE STATUS: a serial flash with --monitor must succeed, print IMAGE's output
# (hello: hello.out) and end with STATUS.
flash_ok() {
    local name=$1 img=$2 want=$3
    "$cockpit" flash "$tmp/$img.cbc" --board "$board" --port "tcp:127.0.0.1:$sport" --monitor -q \
        >"$tmp/out" 2>"$tmp/err"
    local st=$?
    if [ "$st" -ne "$want" ]; then
        bad "$name" "status $st, expected $want"; show "$tmp/err"
    elif [ -f "$tmp/$img.out" ] && ! cmp -s "$tmp/out" "$tmp/$img.out"; then
        bad "$name" "output differs from $img.out"; show "$tmp/out"
    else
        ok "$name"
    fi
}

# flash_fails NAME TEXT ARGS...: `cockpit flash ARGS` must fail with TEXT in its message.
flash_fails() {
    local name=$1 text=$2
    shift 2
    "$cockpit" flash "$@" >"$tmp/out" 2>"$tmp/err"
    local st=$?
    if [ "$st" -eq 0 ]; then
        bad "$name" "cockpit flash succeeded"; show "$tmp/err"
    elif [ "$st" -gt 2 ]; then
        bad "$name" "status $st (a crash?)"; show "$tmp/err"
    elif ! grep -qF -- "$text" "$tmp/err"; then
        bad "$name" "message lacks '$text'"; show "$tmp/err"
    else
        ok "$name: $(head -1 "$tmp/err")"
    fi
}
