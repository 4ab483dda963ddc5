#!/bin/sh
# The browser tests drive Debian's Chromium through its chromedriver (no browser download).
# Installs them, with a CJK font so Chinese renders, when they are missing and we may (root + apt-get).
set -e
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && fc-list 2>/dev/null | grep -qi 'cjk'; then
    exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing chromium, chromium-driver and fonts-noto-cjk for the browser tests"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
else
    echo "The browser tests need Chromium and chromedriver: as root run" >&2
    echo "  apt-get install chromium chromium-driver fonts-noto-cjk" >&2
fi
