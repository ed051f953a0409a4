#!/usr/bin/env bash
# The test command: installs what the tests need when it is missing
# (xmllint from libxml2-utils, bash is always there), then runs `swift test`.
# Extra arguments go to `swift test` (for example `--filter ShellSyntaxTests`).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v xmllint >/dev/null 2>&1; then
  echo "test.sh: installing libxml2-utils (xmllint) ..." >&2
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libxml2-utils >/dev/null
fi

exec swift test "$@"
