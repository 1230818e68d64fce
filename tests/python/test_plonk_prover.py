"""zkevm.plonk keygen / prove / verify on circuits defined in Python: completeness
for several k, soundness (tampered bytes, wrong instances, foreign proofs, bad
witnesses), key and proof serialization, progress and typed errors."""

from __future__ import annotations

import struct

import pytest

import zkevm
from plonk_circuits import adder, every_feature, fibonacci_values
from zkevm import pcs
from zkevm.plonk import (
    Circuit,
    MockProver,
    ProvingKey,
    VerifyingKey,
    circuit_instances,
    insecure_srs,
    keygen,
    prove,
    verify,
)

K = 6  # every_feature fits from k = 6


def accepts(vk, proof, instances) -> bool:
    """verify's answer, with malformed bytes (EncodingError) counted as a rejection."""
    try:
        return verify(vk, proof, instances)
    except zkevm.EncodingError:
        return False


@pytest.fixture(scope="module")
def feature():
    t = every_feature()
    pk = keygen(t.circuit, K, insecure_srs(K))
    instances = [[fibonacci_values(10)[-1]]]
    proof = prove(pk, t.circuit, instances, deterministic=True, seed=1, progress=False)
    return t, pk, instances, proof


@pytest.mark.parametrize("k", [6, 7])
def test_every_feature_circuit_proof_verifies_for_several_k(k):
    t = every_feature(rows=10 + 20 * (k - 6))
    pk = keygen(t.circuit, k, insecure_srs(k))
    proof = prove(pk, t.circuit, progress=False)
    instances = circuit_instances(t.circuit, k)
    assert instances == [[t.fib[-1]]]
    assert len(proof) == pk.verifying_key.proof_size == t.circuit.cost(k).proof_bytes
    assert verify(pk.verifying_key, proof, instances) is True


@pytest.mark.parametrize("k", [4, 5, 8])
def test_adder_circuit_without_instances_proof_verifies(k):
    t = adder()
    pk = keygen(t.circuit, k, insecure_srs(k))
    proof = prove(pk, t.circuit, progress=False)
    assert len(proof) == t.circuit.cost(k).proof_bytes
    assert verify(pk.verifying_key, proof) is True
    assert verify(pk, proof, []) is True  # a proving key stands for its verifying key


def test_every_flipped_element_is_rejected(feature):
    t, pk, instances, proof = feature
    assert verify(pk.verifying_key, proof, instances)
    for at in range(5, len(proof), 32):  # one byte in every commitment and evaluation
        bad = bytearray(proof)
        bad[at] ^= 0x01
        assert not accepts(pk.verifying_key, bytes(bad), instances), f"byte {at}"


def test_wrong_instance_value_is_rejected(feature):
    t, pk, instances, proof = feature
    assert verify(pk.verifying_key, proof, [[instances[0][0] + 1]]) is False
    assert verify(pk.verifying_key, proof, [[instances[0][0], 1]]) is False  # an extra public value


def test_instances_of_the_wrong_shape_are_input_errors(feature):
    t, pk, instances, proof = feature
    with pytest.raises(zkevm.InputError, match="1 columns given|0 columns given"):
        verify(pk.verifying_key, proof, [])
    with pytest.raises(zkevm.InputError, match="columns given"):
        verify(pk.verifying_key, proof, instances + [[1]])
    with pytest.raises(zkevm.InputError, match="at most"):
        verify(pk.verifying_key, proof, [list(range(1 << K))])
    with pytest.raises(zkevm.InputError, match="instances\\[0\\]"):
        verify(pk.verifying_key, proof, [5])
    with pytest.raises(zkevm.InputError, match="columns given"):
        prove(pk, t.circuit, [], progress=False)


def test_malformed_proof_bytes_are_encoding_errors(feature):
    t, pk, instances, proof = feature
    with pytest.raises(zkevm.EncodingError, match="bytes, a proof for this verifying key has"):
        verify(pk.verifying_key, proof[:-1], instances)
    with pytest.raises(zkevm.EncodingError, match="bytes, a proof for this verifying key has"):
        verify(pk.verifying_key, proof + b"\0", instances)
    with pytest.raises(zkevm.EncodingError, match="bad magic"):
        verify(pk.verifying_key, b"x" + proof[1:], instances)
    bad = bytearray(proof)
    bad[5:37] = b"\xff" * 32  # x ≥ q: not a field element
    with pytest.raises(zkevm.EncodingError, match="advice commitment 0"):
        verify(pk.verifying_key, bytes(bad), instances)
    with pytest.raises(zkevm.InputError, match="expected bytes"):
        verify(pk.verifying_key, list(proof), instances)


def test_proof_of_another_circuit_or_k_is_rejected(feature):
    t, pk, instances, proof = feature
    other = adder()
    other_pk = keygen(other.circuit, K, insecure_srs(K))
    foreign = prove(other_pk, other.circuit, progress=False)
    with pytest.raises(zkevm.EncodingError):  # another shape: another length
        verify(pk.verifying_key, foreign, instances)
    bigger = every_feature()
    pk7 = keygen(bigger.circuit, K + 1, insecure_srs(K + 1))
    at_k7 = prove(pk7, bigger.circuit, instances, deterministic=True, seed=1, progress=False)
    assert len(at_k7) == len(proof)
    assert verify(pk.verifying_key, at_k7, instances) is False
    with pytest.raises(zkevm.InputError, match="another circuit"):
        prove(other_pk, t.circuit, progress=False)


def test_witness_failing_the_mock_prover_gives_a_rejected_proof():
    t = every_feature()
    t.circuit.assign(t.f, 5, 12345)  # breaks the Fibonacci gate and the range lookup on row 5's neighbours
    t.circuit.assign(t.nibble, 5, 12345 % 16)
    failures = MockProver(t.circuit, K).verify()
    assert failures and {f.gate for f in failures} >= {"fib"}
    pk = keygen(t.circuit, K, insecure_srs(K))
    proof = prove(pk, t.circuit, progress=False)
    assert verify(pk.verifying_key, proof, circuit_instances(t.circuit, K)) is False


def test_missing_lookup_tuple_cannot_be_proved():
    t = every_feature()
    t.circuit.assign(t.nibble, 3, 99)  # not a 4-bit value
    pk = keygen(t.circuit, K, insecure_srs(K))
    with pytest.raises(zkevm.InputError, match="lookup"):
        prove(pk, t.circuit, progress=False)


def test_keys_round_trip_through_bytes(feature):
    t, pk, instances, proof = feature
    vk_bytes = pk.verifying_key.to_bytes()
    vk = VerifyingKey.from_bytes(vk_bytes, t.circuit)
    assert vk.digest == pk.verifying_key.digest and vk.k == K
    assert vk.to_bytes() == vk_bytes
    assert verify(vk, proof, instances)
    pk2 = ProvingKey.from_bytes(pk.to_bytes(), t.circuit, insecure_srs(K))
    assert pk2.verifying_key.digest == pk.verifying_key.digest
    assert prove(pk2, t.circuit, instances, deterministic=True, seed=1, progress=False) == proof


def test_key_bytes_are_validated(feature):
    t, pk, instances, proof = feature
    vk_bytes = pk.verifying_key.to_bytes()
    with pytest.raises(zkevm.InputError, match="different constraint system"):
        VerifyingKey.from_bytes(vk_bytes, adder().circuit)
    with pytest.raises(zkevm.EncodingError):
        VerifyingKey.from_bytes(vk_bytes[:-1], t.circuit)
    with pytest.raises(zkevm.EncodingError, match="KZG"):
        VerifyingKey.from_bytes(vk_bytes[:-160] + b"zkXX" + vk_bytes[-156:], t.circuit)
    with pytest.raises(zkevm.EncodingError):
        ProvingKey.from_bytes(pk.to_bytes()[:-1], t.circuit, insecure_srs(K))
    with pytest.raises(zkevm.InputError, match="SRS"):
        ProvingKey.from_bytes(pk.to_bytes(), t.circuit, insecure_srs(K - 1))


def test_deterministic_mode_is_reproducible_and_normal_mode_is_randomized(feature):
    t, pk, instances, proof = feature
    assert prove(pk, t.circuit, instances, deterministic=True, seed=1, progress=False) == proof
    assert prove(pk, t.circuit, instances, deterministic=True, seed=2, progress=False) != proof
    a = prove(pk, t.circuit, instances, progress=False)
    b = prove(pk, t.circuit, instances, progress=False)
    assert a != b and verify(pk, a, instances) and verify(pk, b, instances)


def test_insecure_srs_is_deterministic():
    t = adder()
    assert keygen(t.circuit, 5, insecure_srs(5)).verifying_key.digest == keygen(
        t.circuit, 5, pcs.Srs.insecure_from_secret(zkevm.plonk_prover.INSECURE_SRS_SECRET, 32)
    ).verifying_key.digest


def test_progress_callback_sees_every_commitment(feature):
    t, pk, instances, proof = feature
    steps = []
    prove(pk, t.circuit, instances, progress=lambda step, done, total: steps.append((step, done, total)))
    advice = [s for s in steps if s[0] == "advice commitments"]
    assert [d for _, d, _ in advice] == list(range(1, 12)) and advice[-1][2] == 11
    assert steps[-1] == ("opening", 1, 1)
    assert len(steps) == t.circuit.cost(K).proof_commitments + 1


def test_default_progress_is_a_tqdm_bar_on_stderr(feature, capsys):
    pytest.importorskip("tqdm")
    t, pk, instances, proof = feature
    assert verify(pk, prove(pk, t.circuit, instances), instances)
    assert "prove" in capsys.readouterr().err


def test_exceptions_in_the_progress_callback_propagate(feature):
    t, pk, instances, proof = feature

    def stop(step, done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        prove(pk, t.circuit, instances, progress=stop)


def test_bad_arguments_are_input_errors(feature):
    t, pk, instances, proof = feature
    with pytest.raises(zkevm.InputError, match="Srs"):
        keygen(t.circuit, K, srs=None)
    with pytest.raises(zkevm.InputError, match="SRS"):
        keygen(t.circuit, K + 1, insecure_srs(K))
    with pytest.raises(zkevm.InputError, match="ProvingKey"):
        prove(pk.verifying_key, t.circuit)
    with pytest.raises(zkevm.InputError, match="Circuit"):
        keygen("circuit", K, insecure_srs(K))
    with pytest.raises(zkevm.InputError, match="VerifyingKey"):
        verify("vk", proof, instances)


def test_proving_releases_the_gil():
    # Two provers in threads finish with valid proofs (the GIL is released in between).
    import threading

    t = adder()
    pk = keygen(t.circuit, 8, insecure_srs(8))
    proofs = []

    def work():
        proofs.append(prove(pk, t.circuit, progress=False))

    threads = [threading.Thread(target=work) for _ in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert len(proofs) == 2 and all(verify(pk, p) for p in proofs)


# --- an SRS from a .ptau file ---------------------------------------------------------------

Q = 21888242871839275222246405745257275088696311157297823662689037894645226208583


def _ptau_bytes(tau: int, power: int) -> bytes:
    """A snarkjs .ptau file (version 1) for a known tau, written with py_ecc as an independent oracle."""
    bn = pytest.importorskip("py_ecc.optimized_bn128")
    n = 1 << power

    def coordinate(x) -> bytes:
        return (int(x) * (1 << 256) % Q).to_bytes(32, "little")

    def g1(p) -> bytes:
        x, y = bn.normalize(p)
        return coordinate(x.n) + coordinate(y.n)

    def g2(p) -> bytes:
        x, y = bn.normalize(p)
        return b"".join(coordinate(c) for c in (*x.coeffs, *y.coeffs))

    def section(kind: int, payload: bytes) -> bytes:
        return struct.pack("<IQ", kind, len(payload)) + payload

    header = struct.pack("<I", 32) + Q.to_bytes(32, "little") + struct.pack("<II", power, power)
    tau_g1, p = b"", bn.G1
    for _ in range(2 * n - 1):
        tau_g1 += g1(p)
        p = bn.multiply(p, tau)
    tau_g2, p = b"", bn.G2
    for _ in range(n):
        tau_g2 += g2(p)
        p = bn.multiply(p, tau)
    alpha = b"".join(g1(bn.multiply(bn.G1, 2 * pow(tau, i, bn.curve_order) % bn.curve_order)) for i in range(n))
    beta = b"".join(g1(bn.multiply(bn.G1, 3 * pow(tau, i, bn.curve_order) % bn.curve_order)) for i in range(n))
    sections = [header, tau_g1, tau_g2, alpha, beta, g2(bn.multiply(bn.G2, 3)), struct.pack("<I", 0)]
    body = b"".join(section(i + 1, s) for i, s in enumerate(sections))
    return b"ptau" + struct.pack("<II", 1, len(sections)) + body


def test_proof_with_an_srs_loaded_from_a_ptau_file(tmp_path):
    path = tmp_path / "power4.ptau"
    path.write_bytes(_ptau_bytes(tau=0x1234_5678_9ABC, power=4))
    srs = pcs.Srs.load_ptau(path, 16)
    t = adder()
    pk = keygen(t.circuit, 4, srs)
    proof = prove(pk, t.circuit, progress=False)
    assert verify(pk.verifying_key, proof)
    # The same circuit under another SRS: other commitments, so the proof does not carry over.
    other = keygen(t.circuit, 4, insecure_srs(4))
    assert other.verifying_key.digest != pk.verifying_key.digest
    assert verify(other.verifying_key, proof) is False


def test_circuit_without_instances_reports_none():
    c = Circuit("empty")
    c.advice("a")
    assert circuit_instances(c, 4) == []


def test_docstring_example_proves_and_verifies():
    import doctest

    import zkevm.plonk_prover

    result = doctest.testmod(zkevm.plonk_prover)
    assert result.failed == 0 and result.attempted >= 8
