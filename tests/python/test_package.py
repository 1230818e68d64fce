"""The package imports cleanly, maps native errors to typed exceptions, and reports its build."""

import re
import subprocess
import sys

import pytest

import zkevm
from zkevm import _zkevm


def test_version_matches_pyproject():
    text = open(__file__.rsplit("/tests/", 1)[0] + "/pyproject.toml").read()
    assert re.search(r'^version = "([^"]+)"', text, re.M).group(1) == zkevm.__version__
    assert zkevm.build_info()["version"] == zkevm.__version__


def test_build_info_names_the_arithmetic_backend():
    info = zkevm.build_info()
    assert {"compiler", "build_type", "field_arithmetic", "gmp", "threads"} <= set(info)


@pytest.mark.parametrize(
    "kind, cls",
    [
        ("Error", zkevm.ZkevmError),
        ("InputError", zkevm.InputError),
        ("ParseError", zkevm.ParseError),
        ("EncodingError", zkevm.EncodingError),
        ("VerificationError", zkevm.VerificationError),
        ("UnsupportedError", zkevm.UnsupportedError),
        ("InternalError", zkevm.InternalError),
    ],
)
def test_cpp_errors_become_typed_python_exceptions(kind, cls):
    with pytest.raises(cls, match="proof.bin: commitment 3") as info:
        _zkevm._raise_error(kind, "proof.bin: commitment 3 is not on the curve")
    assert type(info.value) is cls


def test_input_errors_are_value_errors():
    with pytest.raises(ValueError):
        _zkevm._raise_error("EncodingError", "bad bytes")


def test_other_cpp_exceptions_do_not_kill_the_interpreter():
    with pytest.raises(RuntimeError, match="plain"):
        _zkevm._raise_error("std::runtime_error", "plain")


def test_thread_count_can_be_set_and_restored():
    default = zkevm.thread_count()
    zkevm.set_thread_count(1)
    assert zkevm.thread_count() == 1
    zkevm.set_thread_count(0)
    assert zkevm.thread_count() == default


def test_thread_count_comes_from_environment():
    out = subprocess.run(
        [sys.executable, "-c", "import zkevm; print(zkevm.thread_count())"],
        env={"ZKEVM_THREADS": "3", "PATH": ""},
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == "3"
