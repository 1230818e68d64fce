"""zkevm.circuits.evm: build the EVM circuit from a state test, inspect its
steps, mock-prove, refuse an unsupported trace, prove and verify."""
import pytest

import zkevm
import zkevm.evm
from zkevm.circuits import evm as ec

ADD11 = "tests/data/ethtests/GeneralStateTests/stExample/add11_yml.json"


@pytest.fixture(scope="module")
def add11():
    return zkevm.evm.load_state_test(ADD11)[0]


def test_add11_steps_and_mock_prover(add11):
    circuit = ec.EvmCircuit.from_case(add11)
    steps = circuit.steps()
    states = list(steps["execution_state"])
    assert states[0] == "BeginTxOp" and states[-2:] == ["EndTx", "EndBlock"]
    assert "ADD_SUB" in states and "SSTORE_WRITE" in states
    assert circuit.mock_prove() == []
    assert ec.unsupported_states(add11) == []


def test_unsupported_case_is_named():
    for case in zkevm.evm.load_state_test("tests/data/ethtests/GeneralStateTests/stExample/add11_yml.json"):
        assert ec.unsupported_states(case) == []
    import glob

    found = False
    for path in sorted(glob.glob("tests/data/ethtests/GeneralStateTests/**/*.json", recursive=True)):
        for case in zkevm.evm.load_state_test(path):
            try:
                t = ec.trace(case)
            except zkevm.ZkevmError:
                continue
            missing = ec.unsupported_states(t)
            if missing:
                with pytest.raises(zkevm.UnsupportedError, match=missing[0].split(" ")[0]):
                    ec.EvmCircuit(t)
                found = True
                break
        if found:
            break
    assert found


@pytest.mark.slow
def test_prove_and_verify_add11(add11):
    circuit = ec.EvmCircuit.from_case(add11)
    proof = circuit.prove()
    assert proof.k == circuit.k
    assert circuit.verify(proof)
    bad = ec.Proof(proof.k, proof.proof[:-32] + bytes(32), proof.verifying_key, 0, 0)
    assert not circuit.verify(bad)
