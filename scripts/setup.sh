#!/usr/bin/env bash
# Installs what Concord needs to build and test on a fresh Debian/Ubuntu machine
# with the Swift toolchain: the ncursesw, libxml2 and SQLite headers, pkg-config, tmux
# (end-to-end tests) and python3 (evaluation scorer). Fails loudly when something is missing.
set -euo pipefail

need_apt=()
pkg-config --exists ncursesw 2>/dev/null || need_apt+=(libncurses-dev)
pkg-config --exists libxml-2.0 2>/dev/null || need_apt+=(libxml2-dev)
pkg-config --exists sqlite3 2>/dev/null || need_apt+=(libsqlite3-dev)
command -v pkg-config >/dev/null || need_apt+=(pkg-config)
if [ "${1:-}" = "--test" ]; then
  command -v tmux >/dev/null || need_apt+=(tmux)
  command -v python3 >/dev/null || need_apt+=(python3)
fi
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: installing ${need_apt[*]}" >&2
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq || { echo "setup: apt-get update failed" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}" >/dev/null \
    || { echo "setup: could not install ${need_apt[*]}" >&2; exit 1; }
fi
command -v swift >/dev/null || { echo "setup: the Swift toolchain (swift) is not on PATH" >&2; exit 1; }
pkg-config --exists ncursesw || { echo "setup: ncursesw not found by pkg-config" >&2; exit 1; }
pkg-config --exists libxml-2.0 || { echo "setup: libxml2 (libxml-2.0) not found by pkg-config" >&2; exit 1; }
pkg-config --exists sqlite3 || { echo "setup: SQLite (sqlite3) not found by pkg-config" >&2; exit 1; }
if [ "${1:-}" = "--test" ]; then
  command -v tmux >/dev/null || { echo "setup: tmux is missing" >&2; exit 1; }
fi
