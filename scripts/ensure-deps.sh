#!/usr/bin/env bash
# Installs what a fresh Debian/Ubuntu machine with the Swift toolchain lacks: pkg-config and the
# ICU and libxml2 development packages. Runs before any `swift` build command, because SwiftPM
# itself cannot start without libxml2 on a minimal machine.
set -euo pipefail
if command -v pkg-config >/dev/null 2>&1 && pkg-config --exists icu-uc icu-i18n libxml-2.0; then
  exit 0
fi
packages="pkg-config libicu-dev libxml2-dev"
echo "verbatim: installing build dependencies: $packages" >&2
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "verbatim: missing $packages and not root (no sudo either)." >&2
  echo "  Install them yourself: apt-get install $packages" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "verbatim: no apt-get on this machine; install pkg-config, ICU and libxml2 development files" >&2
  echo "  with your package manager (e.g. dnf install pkgconf libicu-devel libxml2-devel)." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq $packages >/dev/null
pkg-config --exists icu-uc icu-i18n libxml-2.0 || {
  echo "verbatim: installed $packages but pkg-config still cannot find icu-uc icu-i18n libxml-2.0" >&2
  exit 1
}
