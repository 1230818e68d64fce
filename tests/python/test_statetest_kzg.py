"""``zkevm statetest --kzg-setup``: the point-evaluation cases pass with c-kzg's setup."""

import subprocess
import sys

import pytest

from test_precompiles import ETHTESTS, trusted_setup_txt  # noqa: F401  (fixture)



def test_missing_kzg_setup_is_an_input_error(tmp_path):
    pytest.importorskip("ckzg")
    fixture = ETHTESTS / "stExample" / "add11_yml.json"
    if not fixture.is_file():
        pytest.skip(f"{fixture} not found")
    out = subprocess.run(
        [sys.executable, "-m", "zkevm", "statetest", str(fixture), "--kzg-setup", str(tmp_path / "absent.txt")],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 2
    assert "InputError: --kzg-setup:" in out.stderr and "no such file" in out.stderr


def test_kzg_setup_makes_point_evaluation_cases_pass(trusted_setup_txt):  # noqa: F811
    pytest.importorskip("ckzg")
    fixture = ETHTESTS / "stPreCompiledContracts" / "precompsEIP2929Cancun.json"
    if not fixture.is_file():
        pytest.skip(f"{fixture} not found")
    plain = subprocess.run([sys.executable, "-m", "zkevm", "statetest", str(fixture)], capture_output=True, text=True)
    assert plain.stdout.splitlines()[-1].endswith("0 failed, 18 unsupported")
    out = subprocess.run(
        [sys.executable, "-m", "zkevm", "statetest", str(fixture), "--kzg-setup", str(trusted_setup_txt)],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines()[-1].endswith("0 failed, 0 unsupported")
