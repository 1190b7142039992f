#!/bin/sh
# Sizes of the firmware of every board that is built, and of the VM core in it (vm/core compiled
# alone with the board's flags), as arm-none-eabi-size / riscv64-unknown-elf-size report them.
# Usage: firmware/sizes.sh BUILDDIR [SRCDIR]   (run after make; SRCDIR defaults to the script's tree)
build=${1:-.}
src=${2:-$(cd "$(dirname "$0")/.." && pwd)}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/cksize.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
flags="-Os -std=c99 -ffreestanding -fno-math-errno -fno-tree-loop-distribute-patterns -ffunction-sections
 -fdata-sections -isystem $src/firmware/libc -I$src/include -I$src/vm/core"
printf '%-13s %-9s %8s %8s %8s   %8s %8s %8s\n' board cpu "vm text" "vm data" "vm bss" "fw text" "fw data" "fw bss"
for b in mps2-an386 mps2-an385 mps2-an500 microbit riscv32-virt; do
    elf=$build/firmware/$b.elf
    [ -f "$elf" ] || continue
    case $b in
    mps2-an386) cc=arm-none-eabi-gcc size=arm-none-eabi-size cpu="-mcpu=cortex-m4 -mthumb -mfloat-abi=hard -mfpu=fpv4-sp-d16" ;;
    mps2-an385) cc=arm-none-eabi-gcc size=arm-none-eabi-size cpu="-mcpu=cortex-m3 -mthumb" ;;
    mps2-an500) cc=arm-none-eabi-gcc size=arm-none-eabi-size cpu="-mcpu=cortex-m7 -mthumb -mfloat-abi=hard -mfpu=fpv5-d16" ;;
    microbit) cc=arm-none-eabi-gcc size=arm-none-eabi-size cpu="-mcpu=cortex-m0 -mthumb" ;;
    riscv32-virt) cc=riscv64-unknown-elf-gcc size=riscv64-unknown-elf-size cpu="-march=rv32imac -mabi=ilp32 -misa-spec=2.2" ;;
    esac
    # shellcheck disable=SC2086
    $cc $cpu $flags -c "$src/vm/core/load.c" -o "$tmp/load.o" && $cc $cpu $flags -c "$src/vm/core/interp.c" -o "$tmp/interp.o" ||
        continue
    vm=$($size -t "$tmp/load.o" "$tmp/interp.o" | awk 'END { print $1, $2, $3 }')
    fw=$($size "$elf" | awk 'END { print $1, $2, $3 }')
    # shellcheck disable=SC2086
    printf '%-13s %-9s %8s %8s %8s   %8s %8s %8s\n' "$b" "$($size "$elf" >/dev/null && echo "${cpu%% *}" | sed 's/-m[a-z]*=//')" $vm $fw
done
echo "(fw bss includes the VM arena: guest memory, stacks and tables; the goal is fw text <= 24 KiB, vm text <= 6 KiB)"
