#!/usr/bin/env bash
# Idempotent set-up: Debian -dev packages, .venv, and zkevm installed editable
# with its test extra. Re-running it when nothing changed takes seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

# pip, minus the warnings some machines' pip configuration prints for absent local indexes.
pip_quiet() {
  .venv/bin/python -m pip "$@" 2>&1 | grep -v "is ignored: it is neither a file nor a directory" || true
  return "${PIPESTATUS[0]}"
}

DEBIAN_PACKAGES=(build-essential cmake libgmp-dev libntl-dev libeigen3-dev googletest libgtest-dev
                 libbenchmark-dev libsecp256k1-dev python3-venv)

missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  "$PYTHON" -m venv .venv
fi

# Python dependencies are reinstalled only when pyproject.toml changes.
stamp=.venv/.zkevm-deps-stamp
digest=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$digest" ]; then
  echo "setup: installing Python dependencies into .venv"
  pip_quiet install -q --upgrade pip
  pip_quiet install -q "scikit-build-core>=0.10" "pybind11>=2.12" cmake ninja
  # Build the extension (and the C++ tests and benchmarks) once, editable.
  scripts/build.sh --with-deps
  echo "$digest" > "$stamp"
fi
