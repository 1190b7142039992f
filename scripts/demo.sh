#!/usr/bin/env bash
# The main job: set everything up, compile an example C program and run it on the default board
# (mps2-an386, a Cortex-M4, emulated by QEMU): the firmware boots, its loader receives the image
# over the UART, verifies it and runs it; the console is shown here.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh >/dev/null
set -x
./cockpit build examples/crc.c -o crc.cbc
./cockpit run --board mps2-an386 crc.cbc
