#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the browser tests (the e2e tests of the staff console
# drive /usr/bin/chromium with playwright-core; no browser is ever downloaded by a test tool).
# Installs the `chromium` package with apt where it is missing. Set LEDGER_CHROMIUM to use another
# binary instead (this script then only checks that it exists).
set -euo pipefail

browser="${LEDGER_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
  echo "test-chromium: $("$browser" --version 2>/dev/null || echo "$browser")"
  exit 0
fi
if [ -n "${LEDGER_CHROMIUM:-}" ]; then
  echo "test-chromium: LEDGER_CHROMIUM=$browser is not an executable" >&2
  exit 1
fi

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi; }
echo "test-chromium: installing Debian's chromium"
as_root apt-get update -qq
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
echo "test-chromium: $("$browser" --version)"
