"""The ``zkevm`` command line.

Every subcommand prints human-readable text by default and one JSON document
with ``--json``, so scripts can consume it. Errors exit with status 2 (bad
input) or 1 (a check failed) and a one-line message on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, Callable, Sequence

import zkevm
from zkevm.errors import InputError, ZkevmError

Command = Callable[[argparse.Namespace], dict[str, Any]]


def _cmd_info(args: argparse.Namespace) -> dict[str, Any]:
    """Build and runtime information."""
    return {"build": zkevm.build_info(), "threads": zkevm.thread_count()}


def _print_info(result: dict[str, Any]) -> None:
    for key, value in result["build"].items():
        print(f"{key:>18}: {value}")


def _cmd_demo(args: argparse.Namespace) -> dict[str, Any]:
    """The project's main job: the most complete end-to-end run it has."""
    from zkevm import demo

    return demo.run(progress=not args.json)


def _print_demo(result: dict[str, Any]) -> None:
    from zkevm import demo

    demo.print_report(result)


def _cmd_statetest(args: argparse.Namespace) -> dict[str, Any]:
    """Run Ethereum GeneralStateTests (see zkevm.statetest_cli)."""
    from zkevm import statetest_cli

    return statetest_cli.command(args)


def _print_statetest(result: dict[str, Any]) -> None:
    from zkevm import statetest_cli

    statetest_cli.print_report(result)


def _configure_statetest(parser: argparse.ArgumentParser) -> None:
    from zkevm import statetest_cli

    statetest_cli.configure(parser)


def _prove_cli() -> Any:
    from zkevm import prove_cli

    return prove_cli


# name -> (command, text printer, help, optional function adding the subcommand's arguments)
_COMMANDS: dict[str, tuple] = {
    "info": (_cmd_info, _print_info, "show how this zkevm was built"),
    "demo": (_cmd_demo, _print_demo, "run the main job end to end and report timings"),
    "statetest": (_cmd_statetest, _print_statetest,
                  "run Ethereum GeneralStateTests: PATH... [--fork F] [--trace | --block [--cases I,J]]",
                  _configure_statetest),
    "mock": (lambda a: _prove_cli().mock_command(a), lambda r: _prove_cli().print_mock(r),
             "run the SuperCircuit's MockProver on state tests: PATH... [--limit N]",
             lambda p: _prove_cli().configure_mock(p)),
    "prove": (lambda a: _prove_cli().prove_command(a), lambda r: _prove_cli().print_prove(r),
              "prove a state-test case with the SuperCircuit: FILE [--case ID] [--out DIR]",
              lambda p: _prove_cli().configure_prove(p)),
    "verify": (lambda a: _prove_cli().verify_command(a), lambda r: _prove_cli().print_verify(r),
               "verify a proof written by `zkevm prove`: PROOF.json", lambda p: _prove_cli().configure_verify(p)),
}


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for ``zkevm``; subcommands register here."""
    parser = argparse.ArgumentParser(
        prog="zkevm",
        description="A native zkEVM: execute Ethereum transactions and prove them with PLONKish circuits.",
    )
    parser.add_argument("--version", action="version", version=f"zkevm {zkevm.__version__}")
    parser.add_argument("--json", action="store_true", help="print one JSON document instead of text")
    parser.add_argument("--threads", type=int, default=None, help="threads for native work (default: ZKEVM_THREADS or all cores)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, entry in _COMMANDS.items():
        command_parser = sub.add_parser(name, help=entry[2])
        if len(entry) > 3:
            entry[3](command_parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``zkevm`` console script; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    if args.threads is not None:
        zkevm.set_thread_count(args.threads)
    command, printer = _COMMANDS[args.command][:2]
    try:
        result = command(args)
    except InputError as error:
        _report_error(args, error)
        return 2
    except ZkevmError as error:
        _report_error(args, error)
        return 1
    try:
        if args.json:
            json.dump(result, sys.stdout, indent=2, default=str)
            sys.stdout.write("\n")
        else:
            printer(result)
        sys.stdout.flush()
    except BrokenPipeError:  # `zkevm --json demo | head`: the reader left, not an error
        sys.stdout = None  # type: ignore[assignment]  (suppress the flush at exit)
    return int(result.get("exit_status", 0)) if isinstance(result, dict) else 0


def _report_error(args: argparse.Namespace, error: ZkevmError) -> None:
    if args.json:
        json.dump({"error": type(error).__name__, "message": str(error)}, sys.stdout)
        sys.stdout.write("\n")
    print(f"zkevm {args.command}: {type(error).__name__}: {error}", file=sys.stderr)
