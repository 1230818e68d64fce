"""zkevm.precompiles from Python, and point evaluation (0x0a) with the real
c-kzg-4844 verifier borrowed from ckzg, checked against ethereumjs's answers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import zkevm
from zkevm import precompiles

ROOT = Path(__file__).resolve().parents[2]
VECTORS = ROOT / "tests" / "data" / "precompiles" / "ethereumjs_vectors.txt"
# shared/ sits beside the checkout: the reference oracle, the state tests, and
# the EIP-4844 ceremony output as the oracle's node_modules ship it.
ORACLE = ROOT.parent / "shared" / "tools" / "evm-oracle"
ETHTESTS = ROOT.parent / "shared" / "ethtests" / "GeneralStateTests"
SETUP_JSON = ROOT.parent / "shared" / "tools" / "evm-oracle" / "node_modules" / "@paulmillr" / "trusted-setups" / "trusted_setup.json"


def vectors_for(address: int):
    for line in VECTORS.read_text().splitlines():
        if line.startswith("#") or not line:
            continue
        source, addr, gas_limit, status, gas_used, data, output = line.split()
        if int(addr) == address:
            yield source, int(gas_limit), status == "ok", int(gas_used), bytes.fromhex(data.replace("-", "")), bytes.fromhex(
                output.replace("-", ""))


def test_sha256_runs_with_its_gas():
    result = precompiles.run(2, b"abc", gas_limit=100)
    assert result.status == precompiles.PrecompileStatus.Success
    assert result.gas_used == 72
    assert result.output.hex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    short = precompiles.run(2, b"abc", gas_limit=71)
    assert short.status == precompiles.PrecompileStatus.Failure and short.gas_used == 71 and short.output == b""


def test_address_outside_1_to_10_is_an_input_error():
    with pytest.raises(zkevm.InputError, match="not in 1..10"):
        precompiles.run(11, b"", 100)


def test_point_evaluation_is_unsupported_without_a_backend():
    precompiles.disable_point_evaluation()
    result = precompiles.run(10, bytes(192), 100000)
    assert result.status == precompiles.PrecompileStatus.Unsupported
    assert "ckzg" in result.reason
    assert precompiles.point_evaluation_backend() == ""


def test_enable_point_evaluation_rejects_a_missing_setup(tmp_path):
    pytest.importorskip("ckzg")
    with pytest.raises(ValueError, match="no such file"):
        precompiles.enable_point_evaluation(tmp_path / "absent.txt")
    bad = tmp_path / "bad.txt"
    bad.write_text("not a trusted setup\n")
    with pytest.raises(ValueError, match="could not load"):
        precompiles.enable_point_evaluation(bad)


@pytest.fixture
def trusted_setup_txt(tmp_path):
    """The mainnet setup in c-kzg's text format: counts, then G1 Lagrange, G2 and G1 monomial points."""
    if not SETUP_JSON.is_file():
        pytest.skip(f"{SETUP_JSON} not found (shared/ is not beside the checkout)")
    setup = json.loads(SETUP_JSON.read_text())
    lines = [str(len(setup["g1_lagrange"])), str(len(setup["g2_monomial"]))]
    for key in ("g1_lagrange", "g2_monomial", "g1_monomial"):
        lines += [point.removeprefix("0x") for point in setup[key]]
    path = tmp_path / "trusted_setup.txt"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_point_evaluation_with_ckzg_matches_ethereumjs(trusted_setup_txt):
    pytest.importorskip("ckzg")
    description = precompiles.enable_point_evaluation(trusted_setup_txt)
    try:
        assert "c-kzg-4844" in description and precompiles.point_evaluation_backend() == description
        cases = list(vectors_for(10))
        assert sum(ok for _, _, ok, _, _, _ in cases) >= 2 and sum(not ok for _, _, ok, _, _, _ in cases) >= 5
        for source, gas_limit, ok, gas_used, data, output in cases:
            result = precompiles.run(10, data, gas_limit)
            expected = precompiles.PrecompileStatus.Success if ok else precompiles.PrecompileStatus.Failure
            assert result.status == expected, (source, result.reason)
            assert result.gas_used == gas_used, source
            assert result.output == output, source
            if ok:
                assert result.output[:32] == (4096).to_bytes(32, "big")
                assert precompiles.run(10, data, 49999).status == precompiles.PrecompileStatus.Failure
    finally:
        precompiles.disable_point_evaluation()
    assert precompiles.run(10, bytes(192), 100000).status == precompiles.PrecompileStatus.Unsupported


@pytest.mark.slow
def test_crosscheck_vectors_regenerate_identically(tmp_path):
    """make_vectors.mjs is deterministic: rerunning it over shared/ reproduces the committed file."""
    import shutil
    import subprocess

    node = shutil.which("node")
    if node is None or not ORACLE.is_dir() or not ETHTESTS.is_dir():
        pytest.skip("needs node and shared/tools/evm-oracle + shared/ethtests beside the checkout")
    out = subprocess.run([node, str(VECTORS.parent / "make_vectors.mjs"), str(ORACLE), str(ETHTESTS)], capture_output=True,
                         text=True, check=True, timeout=600).stdout
    assert out == VECTORS.read_text()


def test_state_test_calling_point_evaluation_passes_once_ckzg_is_installed(trusted_setup_txt):
    """precompsEIP2929Cancun calls 0x0a: unsupported without a backend, passing (root and logs) with c-kzg."""
    pytest.importorskip("ckzg")
    from zkevm import evm

    fixture = ETHTESTS / "stPreCompiledContracts" / "precompsEIP2929Cancun.json"
    if not fixture.is_file():
        pytest.skip(f"{fixture} not found")
    precompiles.disable_point_evaluation()
    cases = evm.load_state_test(fixture)
    before = evm.run_many(cases)
    needing_kzg = [c for c, r in zip(cases, before) if r.verdict == "unsupported" and "0x0a" in r.reason]
    assert len(needing_kzg) >= 10
    assert all(r.verdict in ("pass", "unsupported") for r in before)
    precompiles.enable_point_evaluation(trusted_setup_txt)
    try:
        after = evm.run_many(needing_kzg)
    finally:
        precompiles.disable_point_evaluation()
    assert [r.verdict for r in after] == ["pass"] * len(needing_kzg), [(r.id, r.reason) for r in after if not r.passed]
