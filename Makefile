# zkevm: the two commands a person needs are `make demo` and `make test`.
.PHONY: setup build demo test test-cpp test-python test-slow test-asan bench clean

JOBS ?= $(shell nproc)

setup:
	@scripts/setup.sh

build: setup
	@scripts/build.sh

## Prove the main job end to end and report timings.
demo: build
	@.venv/bin/zkevm demo

## Build, then run ctest, pytest and every notebook; fails if anything failed or nothing ran.
test: build
	@scripts/test.sh

test-cpp: build
	@cd build && ctest --output-on-failure --no-tests=error -LE slow -j$(JOBS)

test-python: build
	@.venv/bin/python -m pytest

## The long tests (CTest label / pytest mark `slow`).
test-slow: build
	@cd build && ctest --output-on-failure --no-tests=error -L slow -j$(JOBS)
	@.venv/bin/python -m pytest -m slow

## The C++ tests under AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/).
test-asan: setup
	@cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" -DZKEVM_SANITIZE=ON -DZKEVM_BUILD_TESTS=ON \
	  -DZKEVM_BUILD_PYTHON=OFF -DCMAKE_MAKE_PROGRAM=$(CURDIR)/.venv/bin/ninja >/dev/null
	@cmake --build build-asan -j$(JOBS)
	@cd build-asan && ctest --output-on-failure --no-tests=error -LE slow -j$(JOBS)

## Google Benchmark binaries, JSON into benchmarks/results/.
bench: build
	@benchmarks/run.sh

clean:
	rm -rf build build-asan
