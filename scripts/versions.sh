#!/usr/bin/env bash
# The toolchain and library versions this build uses (printed by CI first).
cd "$(dirname "$0")/.."
echo "== toolchain and libraries =="
uname -srm
g++ --version | head -n 1
cmake --version | head -n 1
.venv/bin/python --version
for pkg in libgmp-dev libntl-dev libeigen3-dev libgtest-dev libbenchmark-dev libsecp256k1-dev; do
  printf '%-18s %s\n' "$pkg" "$(dpkg-query -W -f='${Version}' "$pkg" 2>/dev/null || echo missing)"
done
.venv/bin/python -m pip list 2>/dev/null | grep -iE '^(numpy|pybind11|scikit-build-core|pytest|pandas|nbclient) '
echo
