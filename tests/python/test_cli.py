"""The ``zkevm`` command: help, version, JSON mode, errors."""

import json
import subprocess
import sys

import zkevm
from zkevm.cli import main


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "zkevm", *args], capture_output=True, text=True)


def test_version():
    out = run_cli("--version")
    assert out.returncode == 0
    assert out.stdout.strip() == f"zkevm {zkevm.__version__}"


def test_help_lists_subcommands():
    out = run_cli("--help")
    assert out.returncode == 0
    assert "info" in out.stdout and "demo" in out.stdout and "--json" in out.stdout


def test_info_json_is_parseable(capsys):
    assert main(["--json", "info"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["build"]["version"] == zkevm.__version__


def test_unknown_subcommand_exits_with_usage_error():
    out = run_cli("no-such-command")
    assert out.returncode == 2
    assert "invalid choice" in out.stderr
