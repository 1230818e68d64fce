"""``zkevm mock``, ``zkevm prove`` and ``zkevm verify``: the SuperCircuit from a shell.

``zkevm mock PATH...`` runs the SuperCircuit's MockProver on every case of the
state tests under PATH and prints, per case, pass, fail (with the first
failures in MockProver's format) or unsupported (naming the execution states
the EVM circuit has no gadget for), then ``N passed, M failed, K unsupported``.
``zkevm prove FILE --case ID`` writes a proof, its verifying key and a JSON
file with the public inputs; ``zkevm verify PROOF.json`` checks them.
"""

from __future__ import annotations

import argparse
import collections
import os
import sys
import time
from typing import Any, Iterable, Optional

from zkevm import evm
from zkevm.circuits import evm as evm_circuit
from zkevm.circuits.super_circuit import SuperCircuit, SuperProof, verify
from zkevm.errors import InputError, UnsupportedError

_FAILURES_SHOWN = 3


def _progress(total: int, desc: str, quiet: bool) -> Any:
    if quiet or not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, desc=desc, unit="case", file=sys.stderr)


def _cases(paths: Iterable[str], fork: Optional[str]) -> list[Any]:
    cases = []
    explicit = {p for p in paths if not os.path.isdir(p)}
    for path in evm.find_state_tests(paths):
        try:
            cases.extend(evm.load_state_test(path, fork))
        except InputError:
            if path in explicit:
                raise
    return cases


def mock_case(case: Any) -> dict[str, Any]:
    """One case through the SuperCircuit's MockProver: {id, verdict, reason, failures, k, seconds}."""
    start = time.perf_counter()
    out: dict[str, Any] = {"id": case.id}
    try:
        trace = evm_circuit.trace(case)
    except InputError as error:
        return {**out, "verdict": "unsupported", "reason": f"no execution to prove ({error})", "missing": []}
    missing = evm_circuit.unsupported_states(trace)
    if missing:
        return {**out, "verdict": "unsupported", "reason": "no gadget for " + ", ".join(missing), "missing": missing}
    try:
        circuit = SuperCircuit(trace, case=case.id)
    except UnsupportedError as error:
        return {**out, "verdict": "unsupported", "reason": str(error), "missing": []}
    failures = circuit.mock_prove()
    out.update(k=circuit.k, seconds=round(time.perf_counter() - start, 3))
    if failures:
        return {**out, "verdict": "fail", "reason": failures[0]["text"].splitlines()[0],
                "failures": [f["text"] for f in failures[:_FAILURES_SHOWN]], "failure_count": len(failures)}
    return {**out, "verdict": "pass", "reason": ""}


def configure_mock(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="state-test files or directories (recursive)")
    parser.add_argument("--fork", default=None, help="only the cases of this fork")
    parser.add_argument("--limit", type=int, default=None, help="stop after this many cases")
    parser.add_argument("--failures-only", action="store_true", help="list only failing cases")
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON document")


def mock_command(args: argparse.Namespace) -> dict[str, Any]:
    cases = _cases(args.paths, args.fork)
    if args.limit is not None:
        cases = cases[: args.limit]
    bar = _progress(len(cases), "mock", getattr(args, "json", False))
    results = []
    for case in cases:
        results.append(mock_case(case))
        if bar:
            bar.update(1)
    if bar:
        bar.close()
    counts = collections.Counter(r["verdict"] for r in results)
    blocking = collections.Counter(m for r in results for m in r.get("missing", []))
    listed = [r for r in results if not args.failures_only or r["verdict"] == "fail"]
    return {
        "cases": listed,
        "passed": counts["pass"],
        "failed": counts["fail"],
        "unsupported": counts["unsupported"],
        "missing_states": dict(blocking.most_common()),
        "summary": f"{counts['pass']} passed, {counts['fail']} failed, {counts['unsupported']} unsupported",
        "exit_status": 1 if counts["fail"] else 0,
    }


def print_mock(result: dict[str, Any]) -> None:
    for c in result["cases"]:
        if c["verdict"] == "pass":
            print(f"pass {c['id']} (k={c['k']}, {c['seconds']:.1f} s)")
        elif c["verdict"] == "fail":
            print(f"fail {c['id']}: {c['failure_count']} failures")
            for text in c["failures"]:
                print("    " + text.replace("\n", "\n    "))
        else:
            print(f"unsupported {c['id']}: {c['reason']}")
    if result["missing_states"]:
        top = ", ".join(f"{s} ({n})" for s, n in list(result["missing_states"].items())[:10])
        print(f"most common missing states: {top}")
    print(result["summary"])


def _select_case(path: str, case_id: Optional[str], fork: Optional[str]) -> Any:
    cases = _cases([path], fork)
    if not cases:
        raise InputError(f"{path}: no state-test cases")
    if case_id is None:
        if len(cases) > 1:
            raise InputError(f"{path}: {len(cases)} cases; choose one with --case (e.g. {cases[0].id})")
        return cases[0]
    for c in cases:
        if c.id == case_id or c.id.endswith(case_id):
            return c
    raise InputError(f"{path}: no case '{case_id}' (cases: {', '.join(c.id for c in cases[:5])}...)")


def configure_prove(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="FILE", help="a state-test file")
    parser.add_argument("--case", default=None, help="the case id (or its ending) when the file holds several")
    parser.add_argument("--fork", default=None, help="the fork of the case")
    parser.add_argument("--out", default="proofs", help="directory for NAME.proof, NAME.vk, NAME.json")
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON document")


def _stage(quiet: bool, text: str) -> None:
    if not quiet:
        print(text, file=sys.stderr, flush=True)


def prove_command(args: argparse.Namespace) -> dict[str, Any]:
    quiet = getattr(args, "json", False)
    case = _select_case(args.path, args.case, args.fork)
    _stage(quiet, f"tracing {case.id} ...")
    t0 = time.perf_counter()
    circuit = SuperCircuit.from_case(case)
    failures = circuit.mock_prove()
    if failures:
        raise InputError(f"{case.id}: the witness fails the MockProver: {failures[0]['text'].splitlines()[0]}")
    t1 = time.perf_counter()
    _stage(quiet, f"proving at k={circuit.k} (keygen, then the prover) ...")
    proof = circuit.prove()
    t2 = time.perf_counter()
    ok = verify(proof)
    t3 = time.perf_counter()
    short = case.id.split("::")[-1]  # "add11_yml[Cancun:0]"
    name = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in short).strip("_")
    paths = proof.save(args.out, name)
    return {
        "case": case.id,
        "k": proof.k,
        "sizes": circuit.sizes(),
        "proof_bytes": len(proof.proof),
        "verifying_key_bytes": len(proof.verifying_key),
        "public_inputs": len(proof.public_inputs),
        "verified": ok,
        "seconds": {"trace_and_mock": t1 - t0, **{k: v for k, v in proof.timings.items() if k != "phases"},
                    "verify": t3 - t2},
        "prover_phases": proof.timings.get("phases", {}),
        "files": paths,
        "exit_status": 0 if ok else 1,
    }


def print_prove(result: dict[str, Any]) -> None:
    s = result["seconds"]
    print(f"proved {result['case']}")
    print(f"  k = {result['k']}  (rows: {result['sizes']})")
    print(f"  proof {result['proof_bytes']} bytes, verifying key {result['verifying_key_bytes']} bytes, "
          f"{result['public_inputs']} public inputs")
    print(f"  trace+mock {s['trace_and_mock']:.2f} s, keygen {s['keygen_seconds']:.2f} s, "
          f"prove {s['prove_seconds']:.2f} s, verify {s['verify']:.3f} s")
    print(f"  verified: {result['verified']}")
    for kind, path in result["files"].items():
        print(f"  {kind}: {path}")


def configure_verify(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", metavar="PROOF.json", help="the JSON file `zkevm prove` wrote")
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON document")


def verify_command(args: argparse.Namespace) -> dict[str, Any]:
    proof = SuperProof.load(args.path)
    start = time.perf_counter()
    ok = verify(proof)
    return {"case": proof.case, "k": proof.k, "verified": ok, "seconds": time.perf_counter() - start,
            "exit_status": 0 if ok else 1}


def print_verify(result: dict[str, Any]) -> None:
    verdict = "verified" if result["verified"] else "REJECTED"
    print(f"{verdict}: {result['case']} (k={result['k']}, {result['seconds']:.3f} s)")
