#!/usr/bin/env bash
# ctest, then pytest (which also executes every notebook headlessly). Runs
# both even if the first fails, ends with both runners' summaries, and exits
# non-zero if anything failed or if no test ran.
set -uo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

(cd build && ctest --no-tests=error -LE slow -j"$jobs" --output-on-failure) 2>&1 | tee build/ctest.log
ctest_status=${PIPESTATUS[0]}

.venv/bin/python -m pytest -q 2>&1 | tee build/pytest.log
pytest_status=${PIPESTATUS[0]}

echo
echo "== summary =="
echo "ctest:  $(grep -E 'tests passed|tests failed' build/ctest.log | tail -n 1)"
echo "pytest: $(tail -n 1 build/pytest.log)"
if [ "$ctest_status" -ne 0 ] || [ "$pytest_status" -ne 0 ]; then
  echo "FAILED (ctest exit $ctest_status, pytest exit $pytest_status)"
  exit 1
fi
