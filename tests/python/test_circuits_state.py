"""The State circuit and the circuit tables from Python: built from a
bus-mapping, MockProver on real traces, a tampered RW value caught at the
named constraint, a real proof verified and a tampered proof rejected."""

import pathlib

import numpy as np
import pytest

import zkevm
from zkevm import evm
from zkevm.circuits import state, tables
from zkevm.circuits.state import StateCircuit

DATA = pathlib.Path(__file__).resolve().parents[1] / "data" / "ethtests" / "GeneralStateTests"
ADD11 = DATA / "stExample" / "add11_yml.json"


@pytest.fixture(scope="module")
def add11():
    return evm.bus_mapping(evm.load_state_test(ADD11)[0])


def test_rw_table_replays_previous_values(add11):
    rw = tables.rw_table(add11)
    assert list(rw["rw_counter"]) == list(range(1, len(rw["rw_counter"]) + 1))
    reads = ~rw["is_write"].astype(bool)
    assert all(rw["value"][reads] == rw["value_prev"][reads])
    ordered = tables.rw_table(add11, sorted=True)
    keys = list(zip(ordered["tag"], ordered["id"], ordered["address"], ordered["field_tag"]))
    assert keys == sorted(keys)


def test_opcode_and_bytecode_tables(add11):
    ops = tables.opcode_table()
    assert ops["push_bytes"][0x7F] == 32 and not ops["is_defined"][0x0C]
    code = tables.bytecode_table(add11)
    headers = code["tag"] == 1
    assert headers.sum() == len(add11.bytecodes["hash"])
    assert list(code["value"][headers]) == list(add11.bytecodes["length"])


def test_state_circuit_of_add11_passes_mock_prover(add11):
    circuit = StateCircuit(add11)
    assert len(circuit) == len(add11.rw["rw_counter"])
    assert circuit.k == 12
    assert circuit.mock_prove() == []


def test_a_tampered_read_fails_at_the_read_constraint(add11):
    rw = {k: list(v) for k, v in add11.rw.items()}
    i = next(j for j, (t, w) in enumerate(zip(rw["tag"], rw["is_write"])) if t == "Stack" and not w)
    rw["value"][i] = hex(int(rw["value"][i], 16) + 1)
    failures = StateCircuit(rw).mock_prove()
    assert any(f["gate"] == "state row" and f["constraint"] == "a read returns value_prev (lo)" for f in failures)
    assert "a read returns value_prev" in failures[0]["text"] or failures


def test_bad_rw_columns_raise_input_error(add11):
    rw = {k: list(v) for k, v in add11.rw.items()}
    rw["tag"][0] = "Nonsense"
    with pytest.raises(zkevm.InputError, match="unknown RW tag"):
        StateCircuit(rw)
    del rw["value"]
    with pytest.raises(zkevm.InputError, match="missing column 'value'"):
        StateCircuit(rw)


@pytest.mark.slow
def test_state_circuit_proof_verifies_and_a_tampered_proof_does_not(add11):
    result = StateCircuit(add11).prove()
    assert state.verify(result["verifying_key"], result["proof"])
    bad = bytearray(result["proof"])
    bad[-1] ^= 1
    assert not state.verify(result["verifying_key"], bytes(bad))
