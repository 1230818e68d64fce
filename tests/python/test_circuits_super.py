"""The SuperCircuit from Python and `zkevm mock` / `prove` / `verify` on real state tests."""
from __future__ import annotations

import dataclasses
import json
import pathlib

import pytest

from zkevm import cli, evm
from zkevm.circuits import evm as evm_circuit
from zkevm.circuits.super_circuit import SuperCircuit, SuperProof, verify
from zkevm.errors import InputError

DATA = pathlib.Path(__file__).resolve().parents[1] / "data" / "ethtests" / "GeneralStateTests"
ADD11 = DATA / "stExample" / "add11_yml.json"


@pytest.fixture(scope="module")
def add11() -> SuperCircuit:
    return SuperCircuit.from_case(evm.load_state_test(ADD11)[0])


def test_super_circuit_of_add11_is_satisfied_at_k_12(add11: SuperCircuit) -> None:
    assert add11.k == 12
    sizes = add11.sizes()
    assert sizes["evm_rows"] > 0 and sizes["rw_rows"] > 0 and sizes["keccak_rows"] > 0
    assert "advice" in add11.layout()
    assert add11.mock_prove() == []


def test_public_inputs_are_block_fields_and_tx_hash_halves(add11: SuperCircuit) -> None:
    pis = add11.public_inputs()
    assert len(pis) % 2 == 0 and all(0 <= v < 2**128 for v in pis)


def test_unsupported_case_names_the_missing_states() -> None:
    from zkevm import prove_cli

    case = evm.load_state_test(DATA / "VMTests" / "vmArithmeticTest" / "expPower256.json")[0]
    r = prove_cli.mock_case(case)
    assert r["verdict"] == "unsupported"
    assert "EXP" in r["reason"]


def test_mock_command_summarises_a_directory(capsys: pytest.CaptureFixture[str]) -> None:
    status = cli.main(["--json", "mock", str(DATA / "stExample"), "--limit", "6"])
    out = json.loads(capsys.readouterr().out)
    assert out["passed"] + out["failed"] + out["unsupported"] == len(out["cases"]) == 6
    assert out["failed"] == 0 and status == 0
    assert out["summary"].endswith("unsupported")


def test_prove_needs_a_case_when_the_file_has_several(capsys: pytest.CaptureFixture[str]) -> None:
    status = cli.main(["prove", str(DATA / "Shanghai" / "stEIP3855-push0" / "push0.json")])
    assert status == 2
    assert "--case" in capsys.readouterr().err


def test_load_rejects_a_file_that_is_not_a_saved_proof(tmp_path: pathlib.Path) -> None:
    bad = tmp_path / "x.json"
    bad.write_text("{}")
    with pytest.raises(InputError):
        SuperProof.load(bad)


@pytest.mark.slow
def test_proof_verifies_and_is_bound_to_its_public_inputs(add11: SuperCircuit, tmp_path: pathlib.Path) -> None:
    proof = add11.prove()
    assert verify(proof)
    changed = dataclasses.replace(proof, public_inputs=list(proof.public_inputs))
    changed.public_inputs[3] += 1
    assert not verify(changed)
    flipped = dataclasses.replace(proof, proof=proof.proof[:100] + bytes([proof.proof[100] ^ 1]) + proof.proof[101:])
    assert not verify(flipped)
    paths = proof.save(tmp_path, "add11")
    assert verify(SuperProof.load(paths["json"]))
    assert cli.main(["verify", paths["json"]]) == 0
