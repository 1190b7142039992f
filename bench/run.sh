#!/usr/bin/env bash
# The benchmark runner (make bench): every figure is a ratio against native code measured in the
# same run. See docs/PERFORMANCE.md for what each figure means and the latest results.
#
# usage: bench/run.sh [options] COCKPIT SRCDIR
#   COCKPIT   the cockpit binary to measure        SRCDIR  the source tree (holds bench/, vm/, firmware/)
# options:
#   --runs N        host runs per measurement, the median is kept (default 5)
#   --only "A B"    only these benchmarks (default: every bench/*.c)
#   --no-host --no-lua --no-m4 --no-size --no-compile   skip a part
#   --tiny          the tiny VM: images built with --target tiny, and on the M4 the tiny core
#                   (vm/core/tiny.c, -DCK_VM_TINY with FWBOARD_mps2_an385_tiny's options); float
#                   and u64 at their -DSMALL size, native and VM alike (guest soft float is slow)
#   --out DIR       work directory (default bench-out); the report goes to DIR/results.md
set -u

RUNS=5
ONLY=
DO_HOST=1 DO_LUA=1 DO_M4=1 DO_SIZE=1 DO_COMPILE=1
TINY=0
OUT=bench-out
while [ $# -gt 0 ]; do
    case $1 in
    --runs|--only|--out) [ $# -ge 2 ] || { echo "run.sh: $1 needs a value" >&2; exit 2; } ;;
    esac
    case $1 in
    --runs) RUNS=$2; shift 2 ;;
    --only) ONLY=$2; shift 2 ;;
    --no-host) DO_HOST=0; shift ;;
    --no-lua) DO_LUA=0; shift ;;
    --no-m4) DO_M4=0; shift ;;
    --no-size) DO_SIZE=0; shift ;;
    --no-compile) DO_COMPILE=0; shift ;;
    --tiny) TINY=1; shift ;;
    --out) OUT=$2; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    -*) echo "run.sh: unknown option '$1'" >&2; exit 2 ;;
    *) break ;;
    esac
done
case $RUNS in
''|*[!0-9]*|0) echo "run.sh: --runs needs a positive number, not '$RUNS'" >&2; exit 2 ;;
esac
if [ $# -ne 2 ]; then
    echo "usage: bench/run.sh [options] COCKPIT SRCDIR" >&2
    exit 2
fi
COCKPIT=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
SRC=$(cd "$2" && pwd)
B=$SRC/bench
[ -x "$COCKPIT" ] || { echo "run.sh: no cockpit binary at $1" >&2; exit 2; }

CC=${CC:-gcc}
HOSTFLAGS="-O2 -funsigned-char"         # char is unsigned in Cockpit C, as on ARM
ARMCC=${ARMCC:-arm-none-eabi-gcc}
ARMSIZE=${ARMSIZE:-arm-none-eabi-size}
QEMU=${QEMU:-qemu-system-arm}
LUA=${LUA:-lua5.4}
M4="-mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16"
# -ffp-contract=off: gcc would fuse a*b+c into vfma on the M4F and change float results
M4NATIVE="$M4 -O2 -ffp-contract=off -funsigned-char -ffreestanding -DBENCH_BAREMETAL"
# the firmware's own flags (firmware/Makefile.inc), so the VM is measured as it ships
FWFLAGS="-Os -std=c99 -ffreestanding -fno-math-errno -ffp-contract=off -ffunction-sections -fdata-sections"
# plus FWCROSSJUMP, the board's options (FWBOARD_mps2_an386 there) and the interpreter's on Thumb-2 boards
# (FWINTERP_T2 there; M4_INTERP_FLAGS to try others)
FWBOARD=mps2_an386 CORE=vm/core/interp.c TARGET=
[ $TINY = 1 ] && FWBOARD=mps2_an385_tiny CORE=vm/core/tiny.c TARGET="--target tiny"
FWFLAGS="$FWFLAGS $(sed -n "s/^FWCROSSJUMP *= *//p; s/^FWBOARD_$FWBOARD *= *//p" "$SRC/firmware/Makefile.inc")"
# (the tiny core is built as the firmware builds it: the board's options only)
[ $TINY = 1 ] && M4_INTERP_FLAGS=${M4_INTERP_FLAGS-}
M4_INTERP_FLAGS=${M4_INTERP_FLAGS-$(sed -n 's/^FWINTERP_T2 *= *//p' "$SRC/firmware/Makefile.inc")}
QEMUARGS="-M mps2-an386 -nographic -monitor none -icount shift=0 -semihosting-config enable=on,target=native"

if [ -n "$ONLY" ]; then NAMES=$ONLY
else NAMES=$(cd "$B" && ls *.c | sed 's/\.c$//'); fi

mkdir -p "$OUT" || exit 1
OUT=$(cd "$OUT" && pwd)
REPORT=$OUT/results.md
: > "$REPORT"
FAILED=0

say() { printf '%s\n' "$*" | tee -a "$REPORT"; }
fail() { echo "run.sh: $*" >&2; FAILED=1; }
have() { command -v "$1" > /dev/null 2>&1; }
# geometric mean of the numbers on standard input (one a line), 2 decimals
geomean() { awk '$1 > 0 { s += log($1); n++ } END { if (n) printf "%.2f", exp(s / n); else printf "-" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0 && a > 0) printf "%.2f", a / b; else printf "-" }'; }
ms() { awk -v u="$1" 'BEGIN { printf "%.1f", u / 1000 }'; }

"$CC" -O2 -o "$OUT/timeit" "$B/tools/timeit.c" || { echo "run.sh: cannot build timeit" >&2; exit 1; }
TIMEIT=$OUT/timeit

say "# Cockpit benchmarks"
say ""
say "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
say "- machine: $(uname -m), $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null), $(nproc) cores"
say "- cockpit: $("$COCKPIT" version 2>&1 | head -1)"
say "- host compiler: $("$CC" --version | head -1), flags $HOSTFLAGS"
say "- benchmarks: $(echo $NAMES | wc -w) ($(echo $NAMES))"
say ""

# the work size of benchmark $1: -DSMALL for the float and 64-bit ones under the tiny VM
size_of() { [ $TINY = 1 ] && case $1 in float|u64) echo -DSMALL ;; esac; }

# --- build everything for the host --------------------------------------------------------------
for n in $NAMES; do
    "$CC" $HOSTFLAGS $(size_of $n) -o "$OUT/$n.native" "$B/$n.c" || fail "$n: gcc failed"
    "$COCKPIT" build -q -O2 --nostdlib $TARGET $(size_of $n) -o "$OUT/$n.cbc" "$B/$n.c" || fail "$n: cockpit build failed"
    "$OUT/$n.native" > "$OUT/$n.expected" || fail "$n: native run failed"
done

# --- compile time ----------------------------------------------------------------------------------
if [ $DO_COMPILE = 1 ]; then
    list=
    for n in $NAMES; do list="$list $B/$n.c"; done
    tv=$("$TIMEIT" 3 /dev/null sh -c "for f in $list; do '$COCKPIT' build -q -O2 --nostdlib -o '$OUT/ct.cbc' \$f || exit 1; done")
    tg=$("$TIMEIT" 3 /dev/null sh -c "for f in $list; do '$CC' $HOSTFLAGS -o '$OUT/ct.native' \$f || exit 1; done")
    say "## Compile time of the suite"
    say ""
    say "Each benchmark compiled and linked on its own, one after the other (median of 3):"
    say ""
    say "| compiler | wall time (ms) |"
    say "|---|---:|"
    say "| \`cockpit build -O2 --nostdlib\` (to an image) | $(ms "$tv") |"
    say "| \`$CC $HOSTFLAGS\` (to an executable) | $(ms "$tg") |"
    say ""
fi

# --- host: wall time, VM and Lua against native ---------------------------------------------------
if [ $DO_HOST = 1 ]; then
    echo 'int main(void) { return 0; }' > "$OUT/empty.c"
    "$CC" $HOSTFLAGS -o "$OUT/empty.native" "$OUT/empty.c"
    "$COCKPIT" build -q -O2 --nostdlib -o "$OUT/empty.cbc" "$OUT/empty.c"
    echo '' > "$OUT/empty.lua"
    z_nat=$("$TIMEIT" "$RUNS" /dev/null "$OUT/empty.native")
    z_vm=$("$TIMEIT" "$RUNS" /dev/null "$COCKPIT" run "$OUT/empty.cbc")
    lua_ok=0
    if [ $DO_LUA = 1 ] && have "$LUA"; then
        lua_ok=1
        z_lua=$("$TIMEIT" "$RUNS" /dev/null "$LUA" "$OUT/empty.lua")
    fi
    say "## Host: wall time against native"
    say ""
    say "Median of $RUNS runs each. The start-up time of an empty program is subtracted from every"
    say "figure (native $(ms "$z_nat") ms, \`cockpit run\` $(ms "$z_vm") ms$([ $lua_ok = 1 ] && echo ", $LUA $(ms "$z_lua") ms"))."
    say "VM/native and Lua/native are ratios of the remaining times; Lua/VM compares the two interpreters."
    say ""
    say "| benchmark | native (ms) | VM (ms) | VM/native | Lua (ms) | Lua/native | Lua/VM |"
    say "|---|---:|---:|---:|---:|---:|---:|"
    : > "$OUT/host_vm.ratios"; : > "$OUT/host_lua.ratios"; : > "$OUT/host_luavm.ratios"
    for n in $NAMES; do
        tn=$("$TIMEIT" "$RUNS" /dev/null "$OUT/$n.native") || { fail "$n: native run failed"; continue; }
        tv=$("$TIMEIT" "$RUNS" "$OUT/$n.vm.out" "$COCKPIT" run "$OUT/$n.cbc") || { fail "$n: VM run failed"; continue; }
        cmp -s "$OUT/$n.expected" "$OUT/$n.vm.out" || fail "$n: VM output differs from native"
        dn=$(awk -v a="$tn" -v z="$z_nat" 'BEGIN { print a - z }')
        dv=$(awk -v a="$tv" -v z="$z_vm" 'BEGIN { print a - z }')
        rv=$(ratio "$dv" "$dn")
        echo "$rv" >> "$OUT/host_vm.ratios"
        tl=- rl=- rlv=-
        if [ $lua_ok = 1 ] && [ -f "$B/lua/$n.lua" ]; then
            if t=$("$TIMEIT" "$RUNS" "$OUT/$n.lua.out" "$LUA" "$B/lua/$n.lua"); then
                cmp -s "$OUT/$n.expected" "$OUT/$n.lua.out" || fail "$n: Lua output differs from native"
                dl=$(awk -v a="$t" -v z="$z_lua" 'BEGIN { print a - z }')
                tl=$(ms "$dl"); rl=$(ratio "$dl" "$dn"); rlv=$(ratio "$dl" "$dv")
                echo "$rl" >> "$OUT/host_lua.ratios"; echo "$rlv" >> "$OUT/host_luavm.ratios"
            else
                fail "$n: Lua run failed"
            fi
        fi
        say "| $n | $(ms "$dn") | $(ms "$dv") | $rv | $tl | $rl | $rlv |"
    done
    say "| **geometric mean** | | | **$(geomean < "$OUT/host_vm.ratios")** | | **$(geomean < "$OUT/host_lua.ratios")** | **$(geomean < "$OUT/host_luavm.ratios")** |"
    say ""
fi

# --- Cortex-M4 under QEMU: guest instructions -----------------------------------------------------
if [ $DO_M4 = 1 ]; then
    if ! have "$ARMCC" || ! have "$QEMU"; then
        say "## Cortex-M4: skipped ($ARMCC or $QEMU not installed)"
        say ""
    else
        M4D=$OUT/m4
        mkdir -p "$M4D"
        FWINC="-I$SRC/include -I$SRC/vm/core -I$SRC/firmware"
        FWDEF="-DCK_BOARD_NAME=\"mps2-an386\" -DCK_BOARD_CPU=\"cortex-m4\""
        vmobjs=
        for f in bench/native-m4/vmrun.c firmware/natives.c firmware/boards/mps2.c firmware/cortex-m/startup.c \
                 firmware/cortex-m/system.c vm/core/load.c $CORE vm/core/softfp.c; do
            o=$M4D/$(basename "$f" .c).o
            extra=
            [ "$f" = "$CORE" ] && extra=$M4_INTERP_FLAGS
            # shellcheck disable=SC2086
            "$ARMCC" $M4 $FWFLAGS $extra $FWINC $FWDEF -c -o "$o" "$SRC/$f" || fail "cannot build $f for the M4"
            vmobjs="$vmobjs $o"
        done
        "$ARMCC" $M4 -O2 -ffreestanding -fno-tree-loop-distribute-patterns -DBENCH_BAREMETAL -c \
            -o "$M4D/harness.o" "$B/native-m4/harness.c" || fail "cannot build the native harness"
        say "## Cortex-M4 (mps2-an386 under QEMU, -icount shift=0): guest instructions${TARGET:+, the tiny VM ($CORE, images built $TARGET)}"
        say ""
        say "One instruction = 1 ns of virtual time, so a 25 MHz CMSDK timer tick is 40 instructions."
        say "Native: \`$ARMCC $M4NATIVE\`, timing main(). VM: the firmware's VM core and natives built"
        say "with the firmware's flags ($FWFLAGS; $(basename $CORE) also ${M4_INTERP_FLAGS:-nothing more}), timing ck_vm_run() alone (load and verification excluded)."
        say ""
        say "| benchmark | native (M instr.) | VM (M instr.) | VM/native |"
        say "|---|---:|---:|---:|"
        : > "$OUT/m4.ratios"
        for n in $NAMES; do
            "$ARMCC" $M4NATIVE $(size_of $n) -nostdlib -nostartfiles -T "$B/native-m4/m4.ld" -o "$M4D/$n.native.elf" \
                "$B/$n.c" "$M4D/harness.o" -lgcc || { fail "$n: arm-none-eabi-gcc failed"; continue; }
            "$ARMCC" $M4 -c -DIMAGE_PATH="\"$OUT/$n.cbc\"" -o "$M4D/$n.img.o" "$B/native-m4/image.S" &&
            "$ARMCC" $M4 $FWFLAGS -L"$SRC" -T "$SRC/firmware/boards/mps2.ld" -nostartfiles -specs=nano.specs \
                -Wl,--gc-sections -o "$M4D/$n.vm.elf" $vmobjs "$M4D/$n.img.o" -lm -lc -lgcc ||
                { fail "$n: cannot link the VM harness"; continue; }
            timeout 600 $QEMU $QEMUARGS -kernel "$M4D/$n.native.elf" < /dev/null > "$M4D/$n.native.out" ||
                fail "$n: native M4 run failed"
            timeout 1800 $QEMU $QEMUARGS -kernel "$M4D/$n.vm.elf" < /dev/null > "$M4D/$n.vm.out" ||
                fail "$n: VM M4 run failed"
            for k in native vm; do
                grep -v '^ticks ' "$M4D/$n.$k.out" | tr -d '\r' > "$M4D/$n.$k.check"
                cmp -s "$OUT/$n.expected" "$M4D/$n.$k.check" || fail "$n: M4 $k output differs from the host's"
            done
            in=$(awk '/^ticks / { printf "%.0f", $2 * 40 }' "$M4D/$n.native.out")
            iv=$(awk '/^ticks / { printf "%.0f", $2 * 40 }' "$M4D/$n.vm.out")
            r=$(ratio "${iv:-0}" "${in:-0}")
            echo "$r" >> "$OUT/m4.ratios"
            say "| $n | $(awk -v x="${in:-0}" 'BEGIN { printf "%.1f", x / 1e6 }') | $(awk -v x="${iv:-0}" 'BEGIN { printf "%.1f", x / 1e6 }') | $r |"
        done
        say "| **geometric mean** | | | **$(geomean < "$OUT/m4.ratios")** |"
        say ""
    fi
fi

# --- size: image against native Thumb-2 -Os ---------------------------------------------------------
if [ $DO_SIZE = 1 ]; then
    if ! have "$ARMCC" || ! have "$ARMSIZE"; then
        say "## Size: skipped ($ARMCC not installed)"
        say ""
    else
        say "## Size: Cockpit image against native Thumb-2"
        say ""
        say "Both at -Os. Cockpit: \`cockpit build -Os --nostdlib\`, code and rodata as \`cockpit size\` reports"
        say "them, and the whole .cbc file (header, function table, names). Native: \`$ARMCC $M4 -Os -c\`"
        say "of the same file, .text and .rodata sections of the benchmark's own object (no start-up, no"
        say "libgcc helpers such as 64-bit division, which the VM has as instructions)."
        [ $TINY = 1 ] && say "The tiny VM: \`--target tiny\`, the benchmark's object (\`-c\`, the .cbc column its image), so that"
        [ $TINY = 1 ] && say "the guest runtime that stands in for libgcc is left out on both sides."
        say ""
        say "| benchmark | VM code | native .text | code ratio | VM code+rodata | native text+rodata | ratio | .cbc file |"
        say "|---|---:|---:|---:|---:|---:|---:|---:|"
        : > "$OUT/size.ratios"; : > "$OUT/size2.ratios"
        for n in $NAMES; do
            "$COCKPIT" build -q -Os --nostdlib $TARGET -o "$OUT/$n.os.cbc" "$B/$n.c" || { fail "$n: cockpit -Os failed"; continue; }
            sized=$OUT/$n.os.cbc
            if [ $TINY = 1 ]; then
                sized=$OUT/$n.os.cko
                "$COCKPIT" build -q -Os --nostdlib $TARGET -c -o "$sized" "$B/$n.c" || { fail "$n: cockpit -Os -c failed"; continue; }
            fi
            read -r vc vr <<< "$("$COCKPIT" size "$sized" | awk 'NR == 2 { print $1, $2 }')"
            vf=$(wc -c < "$OUT/$n.os.cbc")
            "$ARMCC" $M4 -Os -ffp-contract=off -funsigned-char -ffreestanding -DBENCH_BAREMETAL -c \
                -o "$OUT/$n.os.o" "$B/$n.c" || { fail "$n: arm-none-eabi-gcc -Os failed"; continue; }
            read -r nc nr <<< "$("$ARMSIZE" -A "$OUT/$n.os.o" |
                awk '$1 ~ /^\.text/ { t += $2 } $1 ~ /^\.rodata/ { r += $2 } END { print t + 0, r + 0 }')"
            r1=$(ratio "$vc" "$nc"); r2=$(ratio $((vc + vr)) $((nc + nr)))
            echo "$r1" >> "$OUT/size.ratios"; echo "$r2" >> "$OUT/size2.ratios"
            say "| $n | $vc | $nc | $r1 | $((vc + vr)) | $((nc + nr)) | $r2 | $vf |"
        done
        say "| **geometric mean** | | | **$(geomean < "$OUT/size.ratios")** | | | **$(geomean < "$OUT/size2.ratios")** | |"
        say ""
    fi
fi

if [ $FAILED = 1 ]; then
    echo "run.sh: some measurements failed (see above)" >&2
    exit 1
fi
echo "report: $REPORT" >&2
