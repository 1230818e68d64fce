"""zkevm.circuits.keccak: table contents against hashlib-free published vectors and the
native Keccak (via zkevm.evm when present), failures as zkevm.plonk Failure objects,
and a real proof that verifies (a tampered one does not)."""

import random

import pytest

import zkevm
from zkevm import pcs
from zkevm.circuits import keccak
from zkevm.plonk_failures import FailureList

EMPTY = bytes.fromhex("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470")
ABC = bytes.fromhex("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45")


def rlc(data: bytes, r: int) -> int:
    acc = 0
    for b in data:
        acc = (acc * r + b) % pcs_modulus()
    return acc


def pcs_modulus() -> int:
    return zkevm._zkevm.plonk.MODULUS


def test_published_vectors_and_table_rows():
    inputs = [b"", b"abc", bytes(range(136)), bytes(137)]
    circuit = keccak.KeccakCircuit(inputs)
    run = circuit.mock_prove()
    failures = run.verify()
    assert isinstance(failures, FailureList) and failures == []
    table = run.table()
    assert len(table["row"]) == circuit.blocks == 1 + 1 + 2 + 2
    assert list(table["is_final"]) == [True, True, False, True, False, True]
    finals = [i for i, f in enumerate(table["is_final"]) if f]
    assert [int(table["input_len"][i]) for i in finals] == [0, 3, 136, 137]
    r = run.challenge()
    assert [int(table["input_rlc"][i]) for i in finals] == [rlc(x, r) for x in inputs]
    hashes = circuit.hashes()
    assert hashes[0] == EMPTY and hashes[1] == ABC
    assert all(row % keccak.ROWS_PER_BLOCK == keccak.ROWS_PER_BLOCK - 1 for row in table["row"])


def test_hashes_match_native_keccak_for_random_inputs():
    evm = pytest.importorskip("zkevm.evm")
    keccak256 = getattr(evm, "keccak256", None)
    if keccak256 is None:
        pytest.skip("zkevm.evm has no keccak256")
    rng = random.Random(5)
    inputs = [bytes(rng.randrange(256) for _ in range(n)) for n in (1, 135, 136, 137, 271, 272, 273, 50)]
    assert keccak.KeccakCircuit(inputs).hashes() == [bytes(keccak256(x)) for x in inputs]


def test_rows_per_permutation_is_at_most_250():
    assert keccak.ROWS_PER_BLOCK <= 250


def test_str_input_is_rejected():
    with pytest.raises(TypeError):
        keccak.KeccakCircuit(["abc"])


def test_capacity_smaller_than_inputs_is_an_input_error():
    with pytest.raises(zkevm.InputError):
        keccak.KeccakCircuit([bytes(300)], capacity=2)
    with pytest.raises(zkevm.InputError):
        keccak.KeccakCircuit([b"abc"]).mock_prove(k=8)


@pytest.mark.slow
def test_real_proof_of_ten_inputs_verifies_and_tampering_is_rejected():
    rng = random.Random(6)
    inputs = [bytes(rng.randrange(256) for _ in range(rng.randrange(100))) for _ in range(10)]
    circuit = keccak.KeccakCircuit(inputs)
    k = circuit.min_k()
    srs = pcs.Srs.insecure_from_secret(987654321, 1 << k)
    key = keccak.keygen(srs, k, circuit.blocks)
    proof = keccak.prove(key, inputs, seed=1)
    assert keccak.verify(key, proof, srs)
    tampered = bytearray(proof)
    tampered[len(tampered) // 2] ^= 1
    assert not keccak.verify(key, bytes(tampered), srs)


def test_module_examples_run():
    import doctest

    result = doctest.testmod(keccak)
    assert result.attempted > 0 and result.failed == 0
