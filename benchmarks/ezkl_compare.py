#!/usr/bin/env python3
"""Our prover beside ezkl (halo2-KZG over BN254, in Rust) on circuits of the same shape.

ezkl proves a small ONNX model (two matrix products and a ReLU) with its
settings forced to 2^k rows and ``--inner-cols`` columns per advice block; the
script reads ezkl's own report of the circuit's size (advice, fixed, instance
columns, selectors, degree) from its log, builds a zkevm.plonk circuit in
Python with the same number of rows and of advice, fixed and instance columns
(degree-4 gates over the advice columns, a range lookup into a fixed table, a
copy to the instance column, every usable row filled with field elements), and
times the ``prove`` call of each in a fresh process per thread count
(RAYON_NUM_THREADS / ZKEVM_THREADS): wall time, the process's CPU time and its
peak RSS. Keygen/setup and SRS generation are not timed.

    pip install ezkl onnx            # into the same environment as zkevm
    python benchmarks/ezkl_compare.py --k 16 --threads 1 2
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CACHE = Path(os.environ.get("ZKEVM_EZKL_CACHE", Path.home() / ".cache" / "zkevm-ezkl"))


# --- ezkl ------------------------------------------------------------------------------------

def write_model(directory: Path, width: int) -> None:
    import numpy as np
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    rng = np.random.default_rng(0)
    w1 = numpy_helper.from_array(rng.standard_normal((16, width)).astype(np.float32), "W1")
    w2 = numpy_helper.from_array(rng.standard_normal((width, 8)).astype(np.float32), "W2")
    nodes = [helper.make_node("MatMul", ["x", "W1"], ["h"]), helper.make_node("Relu", ["h"], ["r"]),
             helper.make_node("MatMul", ["r", "W2"], ["y"])]
    graph = helper.make_graph(nodes, "mlp", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 16])],
                              [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 8])], [w1, w2])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    onnx.save(model, str(directory / "mlp.onnx"))
    (directory / "input.json").write_text(json.dumps({"input_data": [rng.standard_normal(16).tolist()]}))


def ezkl_prepare(k: int, inner_cols: int) -> Path:
    """Model, settings, compiled circuit, witness, SRS and keys under CACHE/k<k>-c<cols> (made once)."""
    import ezkl

    directory = CACHE / f"k{k}-c{inner_cols}"
    if (directory / "pk.key").exists():
        return directory
    directory.mkdir(parents=True, exist_ok=True)
    write_model(directory, width=32)
    args = ezkl.PyRunArgs()
    args.logrows = k
    args.num_inner_cols = inner_cols
    d = str(directory)
    assert ezkl.gen_settings(f"{d}/mlp.onnx", f"{d}/settings.json", py_run_args=args)
    assert ezkl.compile_circuit(f"{d}/mlp.onnx", f"{d}/mlp.ezkl", f"{d}/settings.json")
    srs = CACHE / f"k{k}.srs"
    if not srs.exists():
        ezkl.gen_srs(str(srs), k)
    ezkl.gen_witness(f"{d}/input.json", f"{d}/mlp.ezkl", f"{d}/witness.json")
    assert ezkl.setup(f"{d}/mlp.ezkl", f"{d}/vk.key", f"{d}/pk.key", str(srs))
    return directory


def ezkl_child(k: int, inner_cols: int) -> dict:
    """Runs in a fresh process: one ezkl proof, timed; ezkl's circuit size from its log."""
    import io

    log = io.StringIO()
    logging.basicConfig(level=logging.DEBUG, stream=log)
    import ezkl

    d = ezkl_prepare(k, inner_cols)
    srs = CACHE / f"k{k}.srs"
    wall, cpu = time.perf_counter(), time.process_time()
    ezkl.prove(f"{d}/witness.json", f"{d}/mlp.ezkl", f"{d}/pk.key", f"{d}/proof.json", str(srs))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    ok = ezkl.verify(f"{d}/proof.json", f"{d}/settings.json", f"{d}/vk.key", str(srs))
    text = log.getvalue()
    start = text.rfind('"logrows"')
    size = json.loads("{" + text[start: text.index("}", start) + 1]) if start >= 0 else {}
    degree = None
    for line in text.splitlines():
        if "max gate degree:" in line:
            degree = int(line.rsplit(":", 1)[1])
    return {"wall_s": wall, "cpu_s": cpu, "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "verified": bool(ok), "size": size, "gate_degree": degree}


# --- ours ------------------------------------------------------------------------------------

def ours_child(k: int, advice: int, fixed: int, instances: int, degree: int) -> dict:
    """Runs in a fresh process: a zkevm.plonk circuit of the given shape, one proof, timed.

    Columns w0..w(A-2) form groups (a, b, x, out) with out = a·b·x + f (degree 4
    with the selector); the last column is p = w0^(degree-1), so the gate
    "power" s·(w0^(degree-1) − p) gives the circuit ezkl's degree (hence the
    same extended domain); w0 is range-checked by a lookup.
    """
    import random

    from zkevm.plonk import MODULUS, Circuit, insecure_srs, keygen, prove, verify

    c = Circuit(f"ezkl-shaped k={k}")
    w = [c.advice(f"w{i}") for i in range(advice)]
    table = c.fixed("range table")
    extra_fixed = [c.fixed(f"f{i}") for i in range(max(0, fixed - 1))]
    publics = [c.instance(f"public{i}", equality=True) for i in range(instances)]
    s = c.selector("s")
    if advice < 5:
        raise SystemExit(f"the comparison circuit needs at least 5 advice columns, ezkl reported {advice}")
    c.enable_equality(w[3])
    groups = (advice - 1) // 4
    power = w[advice - 1]
    c.gate("power", s * (w[0] ** (degree - 1) - power))
    for g in range(groups):
        a, b, x, out = w[4 * g: 4 * g + 4]
        bias = extra_fixed[g % len(extra_fixed)] if extra_fixed else 0
        c.gate(f"mul {g}", s * (a * b * x + bias - out))  # degree 4, as ezkl's
    table_bits = min(14, k - 1)
    c.lookup("range", w[0], table, table_name=f"{table_bits}-bit range")
    rows = c.usable_rows(k)
    rng = random.Random(1)
    bias_values = [[rng.randrange(MODULUS) for _ in range(rows)] for _ in extra_fixed]
    for i, f in enumerate(extra_fixed):
        c.assign_column(f, bias_values[i])
    c.assign_column(table, range(1 << table_bits))
    first_out, first_inputs = 0, []
    for g in range(groups):
        a = [rng.randrange(1 << table_bits) if g == 0 else rng.randrange(MODULUS) for _ in range(rows)]
        b = [rng.randrange(MODULUS) for _ in range(rows)]
        x = [rng.randrange(MODULUS) for _ in range(rows)]
        bias = bias_values[g % len(bias_values)] if bias_values else [0] * rows
        out = [(a[r] * b[r] * x[r] + bias[r]) % MODULUS for r in range(rows)]
        if g == 0:
            first_out, first_inputs = out[0], a
        for column, values in zip(w[4 * g: 4 * g + 4], (a, b, x, out)):
            c.assign_column(column, values)
    c.assign_column(power, [pow(v, degree - 1, MODULUS) for v in first_inputs])
    for column in w[4 * groups: advice - 1]:  # leftover columns: table-sized values, no gate
        c.assign_column(column, [rng.randrange(1 << table_bits) for _ in range(rows)])
    c.enable(s, range(rows))
    for p in publics:  # each public input is w3[0], by a copy constraint
        c.copy(c.cell(w[3], 0), c.assign(p, 0, first_out))
    instances_values = [[first_out] for _ in publics]
    srs = insecure_srs(k)
    pk = keygen(c, k, srs)
    wall, cpu = time.perf_counter(), time.process_time()
    proof = prove(pk, c, instances_values, progress=False)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    ok = verify(pk.verifying_key, proof, instances_values)
    return {"wall_s": wall, "cpu_s": cpu, "peak_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "verified": ok, "proof_bytes": len(proof), "advice": advice, "fixed": fixed + 1, "degree": c.degree()}


# --- driver ----------------------------------------------------------------------------------

def child(kind: str, threads: int, *args: int) -> dict:
    env = dict(os.environ, RAYON_NUM_THREADS=str(threads), ZKEVM_THREADS=str(threads))
    out = subprocess.run([sys.executable, __file__, "--child", kind, *map(str, args)], env=env,
                         capture_output=True, text=True)
    if out.returncode != 0:
        raise RuntimeError(f"{kind} child failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--k", type=int, nargs="+", default=[16])
    parser.add_argument("--threads", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--inner-cols", type=int, default=7, help="ezkl's num_inner_cols (3 advice blocks of this)")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *numbers = args.child
        result = ezkl_child(*map(int, numbers)) if kind == "ezkl" else ours_child(*map(int, numbers))
        print(json.dumps(result))
        return 0
    try:
        import ezkl  # noqa: F401
    except ImportError as error:
        print(f"ezkl is not installed ({error}): pip install ezkl onnx", file=sys.stderr)
        return 1
    print("| k | threads | prover | advice | fixed | instance | degree | prove wall | prove CPU | peak RSS | verified |")
    print("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for k in args.k:
        for threads in args.threads:
            theirs = child("ezkl", threads, k, args.inner_cols)
            size = theirs["size"]
            print(f"| {k} | {threads} | ezkl {ezkl_version()} | {size.get('num_advice_columns')} | "
                  f"{size.get('num_fixed')} (+{size.get('num_selectors')} selectors) | {size.get('num_instances')} | "
                  f"{theirs['gate_degree']} | {theirs['wall_s']:.2f} s | {theirs['cpu_s']:.2f} s | "
                  f"{theirs['peak_rss_mib']:,.0f} MiB | {theirs['verified']} |", flush=True)
            ours = child("ours", threads, k, size["num_advice_columns"], size["num_fixed"], size["num_instances"],
                         theirs["gate_degree"] or 4)
            print(f"| {k} | {threads} | zkevm | {ours['advice']} | {ours['fixed']} (1 selector) | "
                  f"{size['num_instances']} | {ours['degree']} | {ours['wall_s']:.2f} s | {ours['cpu_s']:.2f} s | "
                  f"{ours['peak_rss_mib']:,.0f} MiB | {ours['verified']} |", flush=True)
    return 0


def ezkl_version() -> str:
    import ezkl

    return getattr(ezkl, "__version__", "?")


if __name__ == "__main__":
    sys.exit(main())
