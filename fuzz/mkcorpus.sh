#!/bin/sh
# Writes the seed corpora of the fuzz harnesses (fuzz/corpus/NAME, committed) again, from the
# test programs and benchmarks, with the cockpit of a build directory:
#     sh fuzz/mkcorpus.sh ./cockpit /path/to/source          (from the build directory)
# Run it after a change of the image or object format; the files are small on purpose (a corpus
# is where a campaign starts, libFuzzer finds the rest).
set -e
CK=${1:?usage: mkcorpus.sh COCKPIT SRCDIR}
S=${2:?usage: mkcorpus.sh COCKPIT SRCDIR}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
C=$tmp/corpus                                   # moved into the source tree once all is written
for d in vm verror readers asm cc flash; do mkdir -p "$C/$d"; done

# --- vm and readers: images and objects -------------------------------------------------------
for b in crc sieve recurse u64 float strings sort; do
    "$CK" build -q -O2 --nostdlib -o "$C/vm/bench_$b.cbc" "$S/bench/$b.c"
done
"$CK" build -q -O2 -g --nostdlib -o "$C/vm/bench_crc_g.cbc" "$S/bench/crc.c"     # a LINES table
"$CK" build -q -O0 -g --nostdlib -o "$C/vm/bench_recurse_O0g.cbc" "$S/bench/recurse.c"
for t in hello natives jtab fptr_table heap_list bulk_mem f64arith conv_sat windows postinc fused \
         data_sections strings arith64 indexed fault_oob_load fault_div0 fault_depth fault_calli_range \
         fault_memcpy fault_stack_regs fault_trap; do
    extra=
    [ -f "$S/tests/asm/$t.2.cks" ] && extra="$S/tests/asm/$t.2.cks"
    "$CK" build -q -o "$C/vm/asm_$t.cbc" "$S/tests/asm/$t.cks" $extra
done
for t in hello jtab fptr_table data_sections natives postinc; do
    "$CK" build -q -c -o "$C/readers/asm_$t.cko" "$S/tests/asm/$t.cks"
done
"$CK" build -q -c -g -O2 --nostdlib -o "$C/readers/bench_crc_g.cko" "$S/bench/crc.c"
"$CK" build -q -c -O2 --nostdlib -o "$C/readers/bench_strings.cko" "$S/bench/strings.c"
for f in bench_crc_g bench_sort asm_hello asm_jtab asm_fptr_table asm_data_sections; do
    cp "$C/vm/$f.cbc" "$C/readers/$f.cbc"
done

# --- asm: image listings from the disassembler and the back end's output (the hand-written
# sources in tests/asm are read in place by run-fuzz.test, not copied) --------------------------
"$CK" disasm "$C/vm/bench_crc_g.cbc" > "$C/asm/image_crc_g.cks"
"$CK" disasm "$C/vm/asm_jtab.cbc" > "$C/asm/image_jtab.cks"
"$CK" build -q -S -O2 --nostdlib -o "$C/asm/c_sieve.cks" "$S/bench/sieve.c"
"$CK" build -q -S -O1 -g --nostdlib -o "$C/asm/c_u64_g.cks" "$S/bench/u64.c"

# --- cc: inputs that once crashed the front end (regression seeds); the C programs of
# tests/c/run, tests/c/err and examples/ are read in place by run-fuzz.test ----------------------
printf '_Pragma\n' > "$C/cc/regress_pragma_at_eof.c"

# --- verror: every terse message with its arguments, then NUL and an image with names ----------
# (argument counts from the formats of vm/core/verrors.h: %U takes two)
awk -F'"' '/^ *X\([A-Z_0-9]+, *"/ { n = 0; f = $2
        while (match(f, /%[a-zA-Z]/)) { n += substr(f, RSTART + 1, 1) == "U" ? 2 : 1; f = substr(f, RSTART + 2) }
        printf "%x %d\n", code++, n }' "$S/vm/core/verrors.h" > "$tmp/codes"
[ -s "$tmp/codes" ] || { echo "mkcorpus.sh: no messages found in vm/core/verrors.h" >&2; exit 1; }
while read -r code nargs; do
    msg="#$code"
    i=0
    while [ $i -lt "$nargs" ]; do msg="$msg $(printf '%x' $((i * 7 + 1)))"; i=$((i + 1)); done
    { printf '%s\0' "$msg"; cat "$C/vm/asm_natives.cbc"; } > "$C/verror/msg_$code"
done < "$tmp/codes"
printf '#1b 0 ffffffff 10' > "$C/verror/no_image"

# --- flash: device answers as records (fuzz/flash.c describes the format) -----------------------
# frame, next seq: \001 TYPE LEN16 PAYLOAD;  read-back echo: \041 TYPE LEN16 OFFSET32;  raw: \000 N BYTES;
# silence: \200;  the same seq again for the next frame: \011 (a NAK)
info='\001\201\026\000\001\000\001\000\000\000\001\000\000\000\001\000mps2-an386'
ack0='\001\202\004\000\000\000\000\000'
ackall='\001\202\004\000\377\377\377\377'
rdata='\041\205\000\010\000\000\000\000'
done_ok='\001\206\030\000\007\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000main'
printf "$info$ack0$ackall$ack0$rdata$ack0\000\003hi\n$done_ok" > "$C/flash/session_ok"
printf "$info"'\001\204\002\000#2' > "$C/flash/refused_terse"
printf "$info$ack0$ackall"'\001\204\007\000#2a 0 4' > "$C/flash/refused_verify"
printf '\011\203\001\000\001'"$info"'\001\204\013\000slot is bad' > "$C/flash/nak_then_err"
printf '\000\010~C\001\001\377\377~~\021\201\004\000abcd'"$info"'\101\202\377\003xyz' > "$C/flash/noise"
printf "$info$ack0$ackall$ack0$rdata$ack0"'\001\206\032\000\206\000\000\000\377\000\000\000\000\000\000\000\000\000\000\000\000\000\000\000#2 0 1' \
    > "$C/flash/done_load_error"
printf "$info"'\200' > "$C/flash/silent_after_info"
nak='\011\203\001\000\001'
printf "$nak$nak$nak$nak$nak" > "$C/flash/five_naks"
echo "corpora written to $S/fuzz/corpus:"
for d in vm verror readers asm cc flash; do
    rm -rf "$S/fuzz/corpus/$d"
    mkdir -p "$S/fuzz/corpus"
    cp -R "$C/$d" "$S/fuzz/corpus/$d"
    printf '  %-8s %3d files\n' "$d" "$(ls "$C/$d" | wc -l)"
done
