#!/usr/bin/env bash
# Installs what callsim needs on a fresh Debian or Ubuntu machine, if it is missing:
# GNU readline's headers (libreadline-dev). Swift itself must already be installed.
set -euo pipefail

need=()
[ -f /usr/include/readline/readline.h ] || need+=(libreadline-dev)
for extra in "$@"; do
  dpkg -s "$extra" >/dev/null 2>&1 || need+=("$extra")
done

if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    sudo=()
  elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
  else
    echo "setup: ${need[*]} must be installed, and that needs root; run: apt-get install ${need[*]}" >&2
    exit 1
  fi
  echo "setup: installing ${need[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${need[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
  echo "setup: Swift 6 is required and was not found on PATH; install it from swift.org, then run make again" >&2
  exit 1
fi
