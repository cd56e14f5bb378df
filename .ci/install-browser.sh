#!/usr/bin/env bash
# Install Debian's Chromium for the real-browser tests (tests/browser, pytest -m browser).
# Idempotent: does nothing when /usr/bin/chromium (or $NEWSDESK_CHROMIUM) already exists.
# Never downloads Playwright's own browsers: the tests launch this Chromium by path.
set -euo pipefail

CHROMIUM="${NEWSDESK_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
    echo "install-browser: $CHROMIUM already installed ($("$CHROMIUM" --version 2>/dev/null || echo 'version unknown'))"
    exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "install-browser: need root (or sudo) to apt-get install chromium" >&2
        exit 1
    fi
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium
echo "install-browser: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
