"""The main job, end to end.

``zkevm demo`` (and ``make demo``) runs every stage in pipeline order and
reports what each did and how long it took: the native core, a real state
test through the EVM, a pairing check, a KZG opening, and finally a real
state test proved with the SuperCircuit (EVM, State, Bytecode and Keccak
circuits in one proof) and verified.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any, Callable

import zkevm

Stage = Callable[[], dict[str, Any]]


def _stage_build() -> dict[str, Any]:
    info = zkevm.build_info()
    return {
        "summary": f"zkevm {info['version']} ({info['field_arithmetic']}, {zkevm.thread_count()} threads)",
        "build": info,
    }


# A real GeneralStateTest shipped inside the package (zkevm/data), so the demo
# runs from a wheel as well as from a clone.
_DEMO_STATE_TEST = Path(__file__).resolve().parent / "data" / "solidityExample.json"


def _stage_evm() -> dict[str, Any]:
    """Executes every case of a real GeneralStateTest and checks post-state root and logs hash."""
    from zkevm import evm

    path = _DEMO_STATE_TEST
    cases = evm.load_state_test(path)
    results = evm.run_many(cases)
    passed = sum(r.passed for r in results)
    gas = sum(r.gas_used for r in results)
    return {
        "summary": f"{path.name}: {passed}/{len(results)} cases match the post-state root and logs hash, {gas} gas",
        "file": str(path),
        "cases": len(results),
        "passed": passed,
        "exit_status": 0 if passed == len(results) else 1,
    }


def _stage_pairing() -> dict[str, Any]:
    """Checks bilinearity with one multi-pairing: e(aP, bQ) * e(-abP, Q) == 1."""
    import random

    from zkevm import ec

    rng = random.Random(2026)
    a, b = rng.randrange(1, 2**254), rng.randrange(1, 2**254)
    p, q = ec.G1.generator(), ec.G2.generator()
    ok = ec.pairing_check([(p * a, q * b), (-(p * (a * b)), q)])
    return {"summary": f"e(aP, bQ) = e(abP, Q): {ok}", "bilinear": ok, "exit_status": 0 if ok else 1}


def _stage_kzg() -> dict[str, Any]:
    """Commits to the executed bytecode (one byte per row of a 2^k domain), opens at a random point, verifies."""
    import random

    from zkevm import evm, pcs, poly

    case = evm.load_state_test(_DEMO_STATE_TEST)[0]
    code = bytes.fromhex(str(evm.bus_mapping(case).bytecodes["bytes"][0])[2:])
    k = max(1, (len(code) - 1).bit_length())
    evaluations = list(code) + [0] * ((1 << k) - len(code))
    srs = pcs.Srs.insecure_from_secret(random.Random(7).randrange(1, 2**250), 1 << k)  # insecure: demo only
    commitment = pcs.commit_lagrange(srs, evaluations)
    coefficients = poly.intt(evaluations)
    z = random.Random(11).randrange(1, 2**250)
    value, proof = pcs.open(srs, coefficients, z)
    ok = pcs.verify(srs, commitment, z, value, proof) and not pcs.verify(srs, commitment, z, int(value) + 1, proof)
    return {
        "summary": f"bytecode of {len(code)} bytes as a 2^{k}-row polynomial: commit, open, verify: {ok}",
        "k": k,
        "verified": ok,
        "exit_status": 0 if ok else 1,
    }


# The state test the demo proves: an ADD whose result is stored (stExample/add11).
_PROVED_STATE_TEST = Path(__file__).resolve().parent / "data" / "add11_yml.json"


def _stage_prove() -> dict[str, Any]:
    """Proves a real state test with the SuperCircuit (EVM, State, Bytecode, Keccak) and verifies the proof."""
    from collections import Counter

    from zkevm import evm
    from zkevm.circuits import evm as evm_circuit
    from zkevm.circuits.super_circuit import SuperCircuit, verify

    case = evm.load_state_test(_PROVED_STATE_TEST)[0]
    trace = evm_circuit.trace(case)
    opcodes = Counter(s for s in trace.execution_states)
    circuit = SuperCircuit(trace, case=case.id)
    t0 = time.perf_counter()
    failures = circuit.mock_prove()
    mock_seconds = time.perf_counter() - t0
    proof = circuit.prove()
    t1 = time.perf_counter()
    ok = verify(proof) and not failures
    verify_seconds = time.perf_counter() - t1
    steps = ", ".join(f"{op}×{n}" if n > 1 else op for op, n in opcodes.items())
    return {
        "summary": (
            f"{case.id.split('::')[-1]}: {trace.num_steps} EVM steps ({steps}), {trace.num_rw_ops} RW ops; "
            f"SuperCircuit k={proof.k}, proof {len(proof.proof)} bytes; mock {mock_seconds:.1f} s, "
            f"keygen {proof.timings['keygen_seconds']:.1f} s, prove {proof.timings['prove_seconds']:.1f} s, "
            f"verify {verify_seconds:.2f} s: {'verified' if ok else 'NOT VERIFIED'}"
        ),
        "case": case.id,
        "k": proof.k,
        "sizes": circuit.sizes(),
        "proof_bytes": len(proof.proof),
        "public_inputs": len(proof.public_inputs),
        "mock_failures": len(failures),
        "timings": {**proof.timings, "mock_seconds": mock_seconds, "verify_seconds": verify_seconds},
        "verified": ok,
        "exit_status": 0 if ok else 1,
    }


STAGES: list[tuple[str, Stage]] = [
    ("native core", _stage_build),
    ("evm", _stage_evm),
    ("pairing", _stage_pairing),
    ("kzg", _stage_kzg),
    ("prove", _stage_prove),
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
    status = max((r.get("exit_status", 0) for r in results), default=0)
    return {"stages": results, "total_seconds": time.perf_counter() - start, "exit_status": status}


def print_report(result: dict[str, Any]) -> None:
    """Prints one line per stage and the total time."""
    for stage in result["stages"]:
        print(f"{stage['stage']:>14}: {stage['summary']}  [{stage['seconds']:.2f} s]")
    print(f"{'total':>14}: {result['total_seconds']:.3f} s")
