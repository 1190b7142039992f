#!/bin/sh
# Sizes of the firmware of every board that is built, and of the VM core in it (vm/core compiled
# alone with the firmware's flags and the board's options from firmware/Makefile.inc: load.c,
# interp.c, and softfp.c where the board uses it; tiny.c instead of interp.c and no softfp.c for
# the tiny VM, whose firmware links softfp.c's 64-bit division only for its natives' number
# printing), as arm-none-eabi-size / riscv64-unknown-elf-size
# report them. Usage: firmware/sizes.sh BUILDDIR [SRCDIR]   (run after make)
build=${1:-.}
src=${2:-$(cd "$(dirname "$0")/.." && pwd)}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/cksize.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
mk=$src/firmware/Makefile.inc
flags="-Os -std=c99 -ffreestanding -fno-math-errno -ffp-contract=off -fno-tree-loop-distribute-patterns -ffunction-sections
 -fdata-sections -DCK_VM_TERSE_ERRORS -isystem $src/firmware/libc -I$src/include -I$src/vm/core"
t2=$(sed -n 's/^FWINTERP_T2 *= *//p' "$mk")
flags="$flags $(sed -n 's/^FWCROSSJUMP *= *//p' "$mk")"
printf '%-15s %-9s %8s %8s %8s   %8s %8s %8s\n' board cpu "vm text" "vm data" "vm bss" "fw text" "fw data" "fw bss"
for b in mps2-an386 mps2-an385 mps2-an385-tiny mps2-an500 microbit riscv32-virt; do
    elf=$build/firmware/$b.elf
    [ -f "$elf" ] || continue
    interp=
    case $b in
    mps2-an386) cc=arm-none-eabi-gcc size=arm-none-eabi-size cpu="-mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16" interp=$t2 ;;
    mps2-an385-tiny) cc=arm-none-eabi-gcc size=arm-none-eabi-size cpu="-mcpu=cortex-m3 -mthumb" ;;
    mps2-an385) cc=arm-none-eabi-gcc size=arm-none-eabi-size cpu="-mcpu=cortex-m3 -mthumb" interp=$t2 ;;
    mps2-an500) cc=arm-none-eabi-gcc size=arm-none-eabi-size cpu="-mcpu=cortex-m7 -mthumb -mfloat-abi=hard -mfpu=fpv5-d16" interp=$t2 ;;
    microbit) cc=arm-none-eabi-gcc size=arm-none-eabi-size cpu="-mcpu=cortex-m0 -mthumb" ;;
    riscv32-virt) cc=riscv64-unknown-elf-gcc size=riscv64-unknown-elf-size cpu="-march=rv32imac -mabi=ilp32 -misa-spec=2.2" ;;
    esac
    opts=$(sed -n "s/^FWBOARD_$(echo "$b" | tr - _) *= *//p" "$mk")
    objs="$tmp/load.o $tmp/interp.o"
    core=interp.c
    case $opts in *CK_VM_TINY*) core=tiny.c ;; esac
    # shellcheck disable=SC2086
    $cc $cpu $flags $opts -c "$src/vm/core/load.c" -o "$tmp/load.o" &&
        $cc $cpu $flags $opts $interp -c "$src/vm/core/$core" -o "$tmp/interp.o" || continue
    case $opts in
    *CK_VM_TINY*) ;;
    *CK_VM_SOFT*)   # shellcheck disable=SC2086
        $cc $cpu $flags $opts -c "$src/vm/core/softfp.c" -o "$tmp/softfp.o" || continue
        objs="$objs $tmp/softfp.o" ;;
    esac
    # shellcheck disable=SC2086
    vm=$($size -t $objs | awk 'END { print $1, $2, $3 }')
    fw=$($size "$elf" | awk 'END { print $1, $2, $3 }')
    # shellcheck disable=SC2086
    printf '%-15s %-9s %8s %8s %8s   %8s %8s %8s\n' "$b" "$(echo "${cpu%% *}" | sed 's/-m[a-z]*=//')" $vm $fw
done
echo "(vm text: load.c + interp.c (tiny.c) + softfp.c where used; fw bss includes the VM arena: guest memory, stacks"
echo " and tables; the goals are fw text <= 24 KiB, vm text <= 6 KiB)"
