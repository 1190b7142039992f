#!/usr/bin/env bash
# Sets everything up, then runs every test suite (make check) and prints one summary line.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh || exit 1
make -j"$(nproc)" check
status=$?
bash scripts/test-summary.sh
exit $status
