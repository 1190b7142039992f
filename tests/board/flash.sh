#!/bin/bash
# Flashing a running board: `cockpit flash` over the console (tcp:) into QEMU, with the program's
# output and status checked (--monitor); a flash that interrupts a running guest; and a flash
# through QEMU's GDB server, after which the board resets and runs the new image.
# Usage: flash.sh COCKPIT SRCDIR [BOARD]. Ends with "N passed, M failed"; 77 = skipped.
. "$(dirname "$0")/lib.sh"
setup "$1" "$2" "${3:-mps2-an386}"
start_qemu

# over the console, into the idle loader (no image yet)
flash_ok "serial: hello runs, its output comes back" hello 0
flash_ok "serial: a second image replaces it (exit 42)" exit42 42
flash_ok "serial: a fault is reported with status 134" fault_trap 134
if grep -q 'fault: trap in function boom' "$tmp/err"; then ok "serial: the fault names its function"
else bad "serial: the fault report" "expected 'fault: trap in function boom'"; show "$tmp/err"; fi
"$cockpit" flash "$tmp/fault_budget.cbc" --board "$board" --port "tcp:127.0.0.1:$sport" --monitor --budget 1000 -q \
    >"$tmp/out" 2>"$tmp/err"
st=$?
if [ $st -eq 134 ] && grep -q 'fault: budget' "$tmp/err"; then ok "serial: --budget reaches the device"
else bad "serial: --budget reaches the device" "status $st"; show "$tmp/err"; fi

# a guest that never ends is interrupted by the next flash
if "$cockpit" flash "$tmp/fault_budget.cbc" --board "$board" --port "tcp:127.0.0.1:$sport" -q 2>"$tmp/err"; then
    ok "serial: an endless guest is flashed and left running"
else
    bad "serial: flash of an endless guest" "cockpit flash failed"; show "$tmp/err"
fi
sleep 0.3
start=$(date +%s%N)
flash_ok "serial: the next flash interrupts the running guest" hello 0
ms=$((($(date +%s%N) - start) / 1000000))
# the frame that interrupts is received before the reset, so none is lost to it (normally about
# 0.3 s; one retransmission after a 1 s timeout is tolerated on a loaded machine)
if [ $ms -lt 2000 ]; then ok "serial: interrupting took ${ms} ms"
else bad "serial: interrupting a guest took ${ms} ms" "frames were lost to the reset into the loader"; fi

# the console stays usable: the same image again resumes at once (BEGIN answers its size)
flash_ok "serial: the same image again" hello 0

# through the GDB server: write, switch slots, reset; the console shows the new program
expected=$(head -1 "$src/tests/asm/sieve.out")
if [ "$board" = microbit ]; then
    # its slots are NOR flash behind the NVMC: the GDB backend refuses rather than corrupt them
    flash_fails "gdb: refused for a board with slots in flash" "flash it over its serial port" \
        "$tmp/sieve.cbc" --board "$board" --gdb "127.0.0.1:$gport"
    finish
    exit
fi
if console_until "$tmp/gdb.out" "$expected" 10 \
        "$cockpit" flash "$tmp/sieve.cbc" --board "$board" --gdb "127.0.0.1:$gport" -q; then
    ok "gdb: flashed, reset, the board runs the new image"
else
    bad "gdb: after the flash the console lacks '$expected'"; show "$tmp/gdb.out"
fi
expect_boot "gdb: after another reset" "$expected"
# and the serial loader still takes a flash afterwards
flash_ok "serial after gdb: hello" hello 0
finish
