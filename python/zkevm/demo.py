"""The main job, end to end, as far as the project goes today.

``zkevm demo`` (and ``make demo``) runs every stage that exists, in pipeline
order, and reports what each did and how long it took. Each stage added by a
later part of the project (math core, EVM, proof system, circuits) appends
itself to STAGES; the final form proves and verifies a real state test.
"""

from __future__ import annotations

import time
from typing import Any, Callable

import zkevm

Stage = Callable[[], dict[str, Any]]


def _stage_build() -> dict[str, Any]:
    info = zkevm.build_info()
    return {
        "summary": f"zkevm {info['version']} ({info['field_arithmetic']}, {zkevm.thread_count()} threads)",
        "build": info,
    }


STAGES: list[tuple[str, Stage]] = [
    ("native core", _stage_build),
]


def run(progress: bool = True) -> dict[str, Any]:
    """Runs every stage in order; returns {'stages': [...], 'total_seconds': t}."""
    results = []
    start = time.perf_counter()
    for name, stage in STAGES:
        if progress:
            print(f"... {name}", flush=True)
        t0 = time.perf_counter()
        result = stage()
        result["seconds"] = time.perf_counter() - t0
        result["stage"] = name
        results.append(result)
    return {"stages": results, "total_seconds": time.perf_counter() - start}


def print_report(result: dict[str, Any]) -> None:
    """Prints one line per stage and the total time."""
    for stage in result["stages"]:
        print(f"{stage['stage']:>14}: {stage['summary']}  [{stage['seconds'] * 1000:.1f} ms]")
    print(f"{'total':>14}: {result['total_seconds']:.3f} s")
