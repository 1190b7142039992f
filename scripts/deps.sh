#!/usr/bin/env bash
# Installs the Debian packages Cockpit needs. Idempotent: installs only what is missing.
set -euo pipefail
pkgs=(
  build-essential autoconf automake libtool pkg-config   # build system
  llvm-19-dev clang-19 libclang-rt-19-dev                # LLVM C API, clang front end, libFuzzer
  re2c lemon check                                       # lexer/parser generators, unit tests
  gcc-arm-none-eabi libnewlib-arm-none-eabi              # Cortex-M firmware
  gcc-riscv64-unknown-elf                                # RISC-V firmware
  qemu-system-arm qemu-system-misc                       # emulated boards
  lua5.4                                                 # benchmark comparison
  zlib1g-dev libzstd-dev libedit-dev libxml2-dev         # libraries llvm-config --system-libs names
)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "deps: all ${#pkgs[@]} packages present"
  exit 0
fi
echo "deps: installing ${missing[*]}"
SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
