#!/usr/bin/env bash
# The main job: set everything up, then build an example program and run it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh >/dev/null
set -x
./cockpit build examples/hello.cks -o hello.cbc
./cockpit run hello.cbc
