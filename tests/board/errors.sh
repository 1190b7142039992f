#!/bin/bash
# Bad input to `cockpit flash`: each is a clear error on the host, the device keeps (and runs)
# its previous image, and a new flash afterwards succeeds. Damaged frames are made on purpose
# with COCKPIT_FLASH_INJECT (docs/flash-protocol.md).
# Usage: errors.sh COCKPIT SRCDIR [BOARD]. Ends with "N passed, M failed"; 77 = skipped.
. "$(dirname "$0")/lib.sh"
setup "$1" "$2" "${3:-mps2-an386}"
start_qemu
port=tcp:127.0.0.1:$sport
flash_ok "setup: hello is the current image" hello 0
hello=$(head -1 "$tmp/hello.out")

# damaged and lost frames cost a retransmission each, and the flash still succeeds
# (frames: 1 HELLO, 2 BEGIN, 3.. DATA, then END, READ..., RUN)
COCKPIT_FLASH_INJECT=corrupt:2,truncate:3,drop:5,corrupt:7 flash_ok "damaged frames are sent again" sieve 0
COCKPIT_FLASH_INJECT=truncate:1,drop:2 flash_ok "a lost HELLO and BEGIN are sent again" exit42 42
flash_ok "setup: hello again" hello 0

# a frame damaged on every try: a clear error, the old image stays
COCKPIT_FLASH_INJECT=corrupt:3,corrupt:4,corrupt:5,corrupt:6,corrupt:7 \
    flash_fails "a frame damaged 5 times" "received the frame damaged 5 times" \
    "$tmp/sieve.cbc" --board "$board" --port "$port" -q
expect_boot "after 5 damaged frames" "$hello"
flash_ok "after 5 damaged frames, a new flash" exit42 42
flash_ok "setup: hello again" hello 0

# a bigger image (about 32 KB of code, so that the transfer takes 60-odd frames), and one
# larger than any slot (400 KB of data)
awk 'BEGIN { for (f = 0; f < 4; f++) {
        printf ".func f%d, args=0, rets=1, regs=1, frame=0\n", f
        for (i = 0; i < 2000; i++) print "  lih r0, 7"
        print "  ret\n.endfunc" }
    print ".global main\n.func main, args=0, rets=1, regs=1, frame=0"
    for (f = 0; f < 4; f++) printf "  call f%d, r0\n", f
    print "  ret\n.endfunc" }' >"$tmp/big.cks"
"$cockpit" build -q "$tmp/big.cks" -o "$tmp/big.cbc" || { echo "FAIL: cannot build big.cks"; exit 1; }
printf '.global main\n.func main, args=0, rets=1, regs=1, frame=0\n  lih r0, 7\n  ret\n.endfunc\n.data\nbig: .space %s\n' \
    400000 >"$tmp/huge.cks"
"$cockpit" build -q --no-gc "$tmp/huge.cks" -o "$tmp/huge.cbc" || { echo "FAIL: cannot build huge.cks"; exit 1; }

# the connection drops mid-transfer: an error; the device keeps its image; the next flash of
# the same image resumes where the transfer stopped
COCKPIT_FLASH_INJECT=close:40 flash_fails "connection dropped mid-transfer" "connection to $port was lost" \
    "$tmp/big.cbc" --board "$board" --port "$port" -q
"$cockpit" flash "$tmp/big.cbc" --board "$board" --port "$port" --monitor >"$tmp/out" 2>"$tmp/err"
st=$?
if [ $st -eq 7 ] && grep -q 'resuming at byte [1-9]' "$tmp/err"; then
    ok "the next flash resumes: $(grep -o 'resuming at byte [0-9]*' "$tmp/err")"
else
    bad "resume after a dropped connection" "status $st (expected 7) and a 'resuming at byte' message"; show "$tmp/err"
fi
flash_ok "setup: hello again" hello 0
COCKPIT_FLASH_INJECT=close:30 flash_fails "connection dropped again" "was lost" \
    "$tmp/big.cbc" --board "$board" --port "$port" -q
expect_boot "after a dropped connection" "$hello"
flash_ok "after a dropped connection, a new flash" exit42 42
flash_ok "setup: hello again" hello 0

# an image for another board: refused before anything is written
other=mps2-an385
[ "$board" = mps2-an385 ] && other=mps2-an386
flash_fails "an image for another board" "is a '$board' board, not '$other'; nothing was written" \
    "$tmp/exit42.cbc" --board "$other" --port "$port"
# another image format version: refused by the host, and by the device when the host does not look
sed '1s/^CKBC\x01/CKBC\x07/' "$tmp/exit42.cbc" >"$tmp/v7.cbc"
if cmp -s "$tmp/exit42.cbc" "$tmp/v7.cbc"; then bad "setup: could not patch the version"; fi
flash_fails "another image format version" "format version 7 but the '$board' firmware runs version 1" \
    "$tmp/v7.cbc" --board "$board" --port "$port"
COCKPIT_FLASH_INJECT=nocheck flash_fails "another format version, checked by the device" "the device refused" \
    "$tmp/v7.cbc" --board "$board" --port "$port"
grep -q "version" "$tmp/err" || bad "device refusal names the version" "$(cat "$tmp/err")"
# the firmware's verifier sends only a message number and its arguments (CK_VM_TERSE_ERRORS):
# the client words the refusal exactly as the host's VM does, names taken from its image
grep -qF "the device refused: unsupported format version 7 (this VM supports 1)" "$tmp/err" ||
    bad "the device's version refusal in full" "$(cat "$tmp/err")"
if grep -aq "not provided by this device" "$tmp/fw.elf"; then
    bad "the firmware carries no verifier message text"
else
    ok "the firmware carries no verifier message text"
fi
printf '.import no.such_native, 1, 1, 0\n.global main\n.func main, args=0, rets=1, regs=2, frame=0\n%s\n.endfunc\n' \
    '  lih r0, 7
  calln no.such_native, r0
  ret' >"$tmp/noimp.cks"
"$cockpit" build -q "$tmp/noimp.cks" -o "$tmp/noimp.cbc" || { echo "FAIL: cannot build noimp.cks"; exit 1; }
want="import 'no.such_native' v1: not provided by this device"
"$cockpit" run "$tmp/noimp.cbc" 2>"$tmp/host.err"
grep -qF "error: $want" "$tmp/host.err" || bad "setup: the host's refusal of noimp.cbc" "$(cat "$tmp/host.err")"
flash_fails "an import the device lacks: the device's refusal in full" "error: verify: the device refused: $want" \
    "$tmp/noimp.cbc" --board "$board" --port "$port"
# ... and when the image does not load with the memory RUN asks for (a DONE frame)
"$cockpit" run --mem 1K "$tmp/hello.cbc" 2>"$tmp/host.err"
want=$(sed -n 's/^.*: error: //p' "$tmp/host.err")
[ -n "$want" ] || bad "setup: the host's refusal of hello.cbc in 1 KiB" "$(cat "$tmp/host.err")"
flash_fails "too little guest memory for the run: the device's refusal in full" "error: $want" \
    "$tmp/hello.cbc" --board "$board" --port "$port" --monitor --mem 1K -q
# an instruction the firmware does not know (an image newer than the firmware): the device's
# refusal, and what to do about it (tests/reject/mkbad writes such an image)
mkbad=$(dirname "$cockpit")/tests/reject/mkbad
mkdir -p "$tmp/bad"
if [ -x "$mkbad" ] && "$mkbad" "$tmp/bad" >/dev/null 2>&1 && [ -f "$tmp/bad/op_unknown.cbc" ]; then
    COCKPIT_FLASH_INJECT=nocheck flash_fails "an opcode the device does not know" \
        "unknown opcode 0x" "$tmp/bad/op_unknown.cbc" --board "$board" --port "$port"
    grep -q "install the firmware of this cockpit" "$tmp/err" || bad "the refusal says to update the firmware" "$(cat "$tmp/err")"
fi
# the tiny VM: an image with instructions outside the tiny set is refused by the host before
# anything is written, and by the device's verifier when the host does not look
case $board in *-tiny)
    "$cockpit" build -q "$src/tests/asm/arith64.cks" -o "$tmp/full.cbc" || { echo "FAIL: cannot build arith64"; exit 1; }
    flash_fails "an image outside the tiny set" "not in the tiny instruction set" \
        "$tmp/full.cbc" --board "$board" --port "$port"
    COCKPIT_FLASH_INJECT=nocheck flash_fails "an image outside the tiny set, checked by the device" \
        "the device refused" "$tmp/full.cbc" --board "$board" --port "$port"
    grep -q "tiny" "$tmp/err" || bad "the device's refusal names the tiny set" "$(cat "$tmp/err")"
    ;;
esac
# an image larger than the slot: refused by the host, and by the device
flash_fails "an image larger than the slot" "slot holds" "$tmp/huge.cbc" --board "$board" --port "$port"
COCKPIT_FLASH_INJECT=nocheck flash_fails "an image larger than the slot, checked by the device" \
    "the device refused: image larger than the slot" "$tmp/huge.cbc" --board "$board" --port "$port"
# a truncated image file
head -c 100 "$tmp/sieve.cbc" >"$tmp/cut.cbc"
flash_fails "a truncated image file" "nothing was written" "$tmp/cut.cbc" --board "$board" --port "$port"
expect_boot "after the refused images" "$hello"
flash_ok "after the refused images, a new flash" exit42 42

# wrong ports
flash_fails "a port nobody listens on" "cannot connect to 'tcp:127.0.0.1:1'" \
    "$tmp/hello.cbc" --board "$board" --port tcp:127.0.0.1:1
flash_fails "a bad port spec" "expected tcp:HOST:PORT" "$tmp/hello.cbc" --board "$board" --port tcp:nowhere
flash_fails "a missing device" "cannot open port '$tmp/ttyNONE'" \
    "$tmp/hello.cbc" --board "$board" --port "$tmp/ttyNONE"
flash_fails "a file that is not a serial port" "is not a serial port" \
    "$tmp/hello.cbc" --board "$board" --port /dev/null
flash_fails "something else listens there (QEMU's monitor)" "no valid answer from tcp:127.0.0.1:$mport" \
    "$tmp/hello.cbc" --board "$board" --port "tcp:127.0.0.1:$mport"
COCKPIT_FLASH_INJECT=bogus:1 flash_fails "a bad COCKPIT_FLASH_INJECT" "COCKPIT_FLASH_INJECT" \
    "$tmp/hello.cbc" --board "$board" --port "$port"
flash_ok "after all that, a flash succeeds" hello 0
finish
