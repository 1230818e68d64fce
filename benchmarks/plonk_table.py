#!/usr/bin/env python3
"""Runs bench_plonk's BM_prove_standard once per (k, threads), each in its own
process (so getrusage's peak RSS belongs to that configuration), and prints
the markdown table of benchmarks/RESULTS.md "## Prover" with the machine, the
date and the load average around each run.

    .venv/bin/python benchmarks/plonk_table.py --k 14 16 18 --threads 1 2
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def cpu_model() -> str:
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return "unknown CPU"
    for line in out.splitlines():
        if line.startswith("Model name:"):
            return line.split(":", 1)[1].strip()
    return "unknown CPU"


def run(binary: Path, k: int, threads: int) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        load_before = os.getloadavg()[0]
        subprocess.run(
            [str(binary), f"--benchmark_filter=BM_prove_standard/k:{k}/threads:{threads}/",
             f"--benchmark_out={out.name}", "--benchmark_out_format=json"],
            check=True, stdout=subprocess.DEVNULL,
        )
        load_after = os.getloadavg()[0]
        result = json.load(open(out.name))["benchmarks"][0]
    result["load"] = (load_before, load_after)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--k", type=int, nargs="+", default=[14, 16, 18])
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--binary", type=Path, default=ROOT / "build" / "benchmarks" / "bench_plonk")
    args = parser.parse_args()
    if not args.binary.exists():
        print(f"{args.binary} is missing: run `make build` first", file=sys.stderr)
        return 1
    print(f"Machine: {cpu_model()}, {os.cpu_count()} logical CPUs; "
          f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC\n")
    print("| k | threads | wall | prover CPU | cells/s/core | witness + advice commits | arguments | "
          "argument commits | quotient (r, h, pieces) | openings | verify | proof | peak RSS | keygen CPU | load avg |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for k in args.k:
        for threads in args.threads:
            r = run(args.binary, k, threads)
            wall = r["real_time"] / 1e3  # ms -> s
            print(f"| {k} | {threads} | {wall:.2f} s | {r['prove_cpu_s']:.2f} s | {r['cells_per_core_s']:,.0f} | "
                  f"{r['witness_s']:.2f} s | {r['arguments_s']:.2f} s | {r['arg_commit_s']:.2f} s | "
                  f"{r['quotient_s']:.2f} s | {r['openings_s']:.2f} s | {r['verify_ms']:.1f} ms | "
                  f"{r['proof_bytes']:,.0f} B | {r['peak_rss_mib']:,.0f} MiB | {r['keygen_cpu_s']:.1f} s | "
                  f"{r['load'][0]:.1f}–{r['load'][1]:.1f} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
