"""``zkevm statetest PATH... [--fork F] [--json] [--trace | --block]``: run GeneralStateTests.

Every case (each data/gas/value index of ``post[fork]``) is run and compared
with the file's post-state root and logs hash. Output: one line per case and
the summary ``N passed, M failed, K unsupported``. With ``--trace`` one case is
run and printed as EIP-3155 JSON lines, followed by a summary object. With
``--block`` one file is run as one block: a block JSON file, or the state
test's cases (``--cases 0,2``, default all) in sequence with consecutive
nonces; it prints one line per transaction and the block's verdict.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from zkevm import evm
from zkevm.errors import InputError


def configure(parser: argparse.ArgumentParser) -> None:
    """Adds the statetest arguments to its subparser."""
    parser.add_argument("paths", nargs="+", metavar="PATH", help="fixture files or directories (searched recursively)")
    parser.add_argument("--fork", default=None, help="only the cases of this fork (Shanghai, Cancun)")
    parser.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON document")
    parser.add_argument("--trace", action="store_true", help="print an EIP-3155 trace of one case")
    parser.add_argument("--test", default=None, help="with --trace: the test name when a file holds several")
    parser.add_argument("--index", type=int, default=0, help="with --trace: position in post[fork] (default 0)")
    parser.add_argument("--memory", action="store_true", help="with --trace: add memory to every step")
    parser.add_argument("--block", action="store_true",
                        help="run one file as a block: a block JSON file, or a state test's cases in sequence")
    parser.add_argument("--cases", default=None, metavar="I,J,...",
                        help="with --block: positions in post[fork] of the cases to run, in order (default: all)")
    parser.add_argument("--failures-only", action="store_true", help="list only failing and unsupported cases")
    parser.add_argument(
        "--kzg-setup",
        default=os.environ.get("ZKEVM_KZG_TRUSTED_SETUP"),
        metavar="PATH",
        help="c-kzg trusted setup (text format) for the point-evaluation precompile; needs ckzg "
        "(default: ZKEVM_KZG_TRUSTED_SETUP; without it 0x0a cases are unsupported)",
    )


def command(args: argparse.Namespace) -> dict[str, Any]:
    if getattr(args, "kzg_setup", None):
        from zkevm import precompiles

        try:
            precompiles.enable_point_evaluation(args.kzg_setup)
        except ValueError as error:
            raise InputError(f"--kzg-setup: {error}") from error
    files = evm.find_state_tests(args.paths)
    if args.trace and args.block:
        raise InputError("--trace and --block cannot be combined")
    if args.trace:
        return _trace(args, files)
    if args.block:
        return _block(args, files)
    if args.cases is not None:
        raise InputError("--cases needs --block")
    progress = None
    if not getattr(args, "json", False) and sys.stderr.isatty():
        try:
            from tqdm import tqdm

            progress = tqdm(total=len(files), desc="statetest", unit="file", file=sys.stderr)
        except ImportError:
            progress = None
    explicit = {p for p in args.paths if not os.path.isdir(p)}
    cases = []
    errors: list[dict[str, str]] = []
    skipped: list[str] = []
    for path in files:
        try:
            cases.extend(evm.load_state_test(path, args.fork))
        except InputError as error:
            # A file named on the command line must load; inside a directory a
            # JSON file that is not a state test (a manifest) is skipped, and
            # a broken fixture is reported as a failure without stopping the run.
            if path in explicit:
                raise
            if not _looks_like_state_test(path):
                skipped.append(path)
            else:
                errors.append({"id": path, "verdict": "fail", "reason": f"{type(error).__name__}: {error}"})
        if progress:
            progress.update(1)
    if progress:
        progress.close()
    results = evm.run_many(cases)
    counts = {"pass": 0, "fail": 0, "unsupported": 0}
    for r in results:
        counts[r.verdict] += 1
    counts["fail"] += len(errors)
    listed = [
        {"id": r.id, "verdict": r.verdict, "reason": r.reason}
        for r in results
        if not args.failures_only or r.verdict != "pass"
    ]
    return {
        "files": len(files),
        "skipped_files": skipped,
        "cases": listed + errors,
        "passed": counts["pass"],
        "failed": counts["fail"],
        "unsupported": counts["unsupported"],
        "summary": f"{counts['pass']} passed, {counts['fail']} failed, {counts['unsupported']} unsupported",
        "exit_status": 1 if counts["fail"] else 0,
    }


def _looks_like_state_test(path: str) -> bool:
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError):
        return True  # unreadable or malformed: report it
    return isinstance(doc, dict) and any(isinstance(t, dict) and "post" in t for t in doc.values())


def _trace(args: argparse.Namespace, files: list[str]) -> dict[str, Any]:
    if len(files) != 1:
        raise InputError(f"--trace needs exactly one fixture file, found {len(files)}")
    cases = evm.load_state_test(files[0], args.fork)
    if args.test is not None:
        cases = [c for c in cases if c.test == args.test]
        if not cases:
            raise InputError(f"{files[0]}: no test named '{args.test}'")
    elif len({c.test for c in cases}) > 1:
        raise InputError(f"{files[0]}: holds several tests; choose one with --test")
    if args.fork is None and cases:
        # The newest fork present, as the oracle does.
        newest = "Cancun" if any(c.fork == "Cancun" for c in cases) else cases[0].fork
        cases = [c for c in cases if c.fork == newest]
    if not 0 <= args.index < len(cases):
        raise InputError(f"{files[0]}: --index {args.index} out of range ({len(cases)} cases)")
    case = cases[args.index]
    r = evm.trace(case, memory=args.memory)
    return {
        "trace": True,
        "steps": r.steps,
        "result": {
            "id": r.id,
            "verdict": r.verdict,
            "reason": r.reason,
            "stateRoot": r.state_root,
            "logsHash": r.logs_hash,
            "gasUsed": hex(r.gas_used),
            "txError": r.tx_error or None,
            "evmStatus": r.evm_status or None,
            "pass": r.verdict == "pass",
        },
        "exit_status": 1 if r.verdict == "fail" else 0,
    }


def _is_block_file(path: str) -> bool:
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, ValueError):
        return False  # the state-test loader reports it
    return isinstance(doc, dict) and "transactions" in doc


def _case_indexes(text: str | None) -> list[int]:
    if text is None:
        return []
    try:
        indexes = [int(part) for part in text.split(",")]
    except ValueError:
        raise InputError(f"--cases: expected comma-separated case indexes, found {text!r}") from None
    if any(i < 0 for i in indexes):
        raise InputError(f"--cases: a case index cannot be negative ({text!r})")
    return indexes


def _block(args: argparse.Namespace, files: list[str]) -> dict[str, Any]:
    if len(files) != 1:
        raise InputError(f"--block needs exactly one file, found {len(files)}")
    path = files[0]
    if _is_block_file(path):
        if args.cases is not None or args.test is not None or args.fork is not None:
            raise InputError(f"{path}: a block file takes no --cases, --test or --fork")
        block = evm.load_block(path)
    else:
        block = evm.block_from_state_test(path, _case_indexes(args.cases), fork=args.fork, test=args.test)
    r = evm.run_block(block)
    return {
        "block": True,
        "id": r.id,
        "verdict": r.verdict,
        "reason": r.reason,
        "state_root": r.state_root,
        "logs_hash": r.logs_hash,
        "gas_used": r.gas_used,
        "transactions": [vars(t) for t in r.txs],
        "exit_status": 1 if r.verdict == "fail" else 0,
    }


def _print_block(result: dict[str, Any]) -> None:
    for t in result["transactions"]:
        print(f"tx {t['id']} {t['name']}: {t['evm_status']}, gas {t['gas_used']} "
              f"(cumulative {t['cumulative_gas_used']}), {t['logs']} logs, state root {t['state_root']}")
    outcome = f": {result['reason']}" if result["reason"] else ""
    print(f"{result['verdict']} block {result['id']}{outcome}")
    print(f"{len(result['transactions'])} transactions, gas used {result['gas_used']}, "
          f"state root {result['state_root']}, logs hash {result['logs_hash']}")


def print_report(result: dict[str, Any]) -> None:
    if result.get("block"):
        _print_block(result)
        return
    if result.get("trace"):
        for line in result["steps"]:
            print(line)
        print(json.dumps(result["result"], separators=(",", ":")))
        return
    for path in result.get("skipped_files", []):
        print(f"skipped {path}: not a state test")
    for c in result["cases"]:
        if c["verdict"] == "pass":
            print(f"pass {c['id']}")
        else:
            print(f"{c['verdict']} {c['id']}: {c['reason']}")
    print(result["summary"])
