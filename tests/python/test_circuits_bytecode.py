"""The Bytecode circuit from Python: MockProver on real traces and a wrong
is_code flag caught at the named constraint."""

import pathlib

import pytest

from zkevm import evm
from zkevm.circuits import bytecode
from zkevm.circuits.bytecode import BytecodeCircuit

DATA = pathlib.Path(__file__).resolve().parents[1] / "data" / "ethtests" / "GeneralStateTests"


@pytest.mark.parametrize("fixture", ["stExample/add11_yml.json", "VMTests/vmIOandFlowOperations/jump.json"])
def test_bytecode_circuit_of_real_traces_passes_mock_prover(fixture):
    bm = evm.bus_mapping(evm.load_state_test(DATA / fixture)[0])
    circuit = BytecodeCircuit(bm)
    assert circuit.mock_prove() == []
    assert (circuit.table()["tag"] == 1).sum() == len(bm.bytecodes["hash"])


def test_push_data_claimed_as_code_fails():
    bm = evm.bus_mapping(evm.load_state_test(DATA / "stExample/add11_yml.json")[0])
    codes = {k: list(v) for k, v in bm.bytecodes.items()}
    i = next(j for j, flags in enumerate(codes["is_code"]) if "0" in flags)
    flags = codes["is_code"][i]
    codes["is_code"][i] = flags.replace("0", "1", 1)
    failures = BytecodeCircuit(codes).mock_prove()
    assert any(f["constraint"] == "is_code follows the push data count" for f in failures)


@pytest.mark.slow
def test_bytecode_proof_verifies():
    bm = evm.bus_mapping(evm.load_state_test(DATA / "stExample/add11_yml.json")[0])
    result = BytecodeCircuit(bm).prove()
    assert bytecode.verify(result["verifying_key"], result["proof"])
