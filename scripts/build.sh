#!/usr/bin/env bash
# Incremental build of everything: the extension (editable install into .venv),
# the C++ core, its GoogleTest and Google Benchmark binaries, all in build/.
# --with-deps also installs the Python dependencies and the test extra.
set -euo pipefail
cd "$(dirname "$0")/.."

# pip, minus the warnings some machines' pip configuration prints for absent local indexes.
pip_quiet() {
  .venv/bin/python -m pip "$@" 2>&1 | grep -v "is ignored: it is neither a file nor a directory" || true
  return "${PIPESTATUS[0]}"
}
deps=(--no-deps)
target="."
if [ "${1:-}" = "--with-deps" ]; then deps=(); target=".[test]"; fi
pip_quiet install -q --no-build-isolation "${deps[@]}" -e "$target" \
  -Cbuild-dir=build \
  -Ccmake.define.ZKEVM_BUILD_TESTS=ON \
  -Ccmake.define.ZKEVM_BUILD_BENCHMARKS=ON \
  -Cbuild.tool-args=-j"$(nproc)"
