#!/usr/bin/env bash
# Installs what is missing, configures once and builds Cockpit in the source tree. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh
[ -x configure ] || autoreconf -fi
[ -f Makefile ] || ./configure ${COCKPIT_CONFIGURE_FLAGS:-}
make -j"$(nproc)"
