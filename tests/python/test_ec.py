"""zkevm.ec against py_ecc's bn128 (Ethereum's Python reference): group
operations, scalar multiplication, the pairing value itself (through the field
isomorphism between our Fq12 tower and py_ecc's Fq[w]/(w^12 - 18 w^6 + 82)),
encodings and typed errors."""

import random

import pytest

import zkevm
from zkevm.ec import G1, G2, Fq12, multi_pairing, pairing, pairing_check

bn128 = pytest.importorskip("py_ecc.bn128")

P = bn128.field_modulus
R = bn128.curve_order


def g1_from_py_ecc(pt):
    return G1(int(pt[0]), int(pt[1]))


def g2_from_py_ecc(pt):
    x, y = pt
    return G2((int(x.coeffs[0]), int(x.coeffs[1])), (int(y.coeffs[0]), int(y.coeffs[1])))


def fq12_to_py_ecc(value):
    """Our tower element sum a_i b_i, basis b = (1, v, v^2, w, vw, v^2w) = (1, w^2, w^4, w, w^3, w^5)
    with u = w^6 - 9 (so xi = 9 + u = w^6), as py_ecc's degree-12 polynomial in w."""
    c = value.coefficients()  # (c0, c1) pairs in basis order
    exponents = [0, 2, 4, 1, 3, 5]
    out = [0] * 12
    for i, e in enumerate(exponents):
        re, im = c[2 * i], c[2 * i + 1]
        out[e] = (out[e] + re - 9 * im) % P
        out[e + 6] = (out[e + 6] + im) % P
    return bn128.FQ12(out)


def test_generators_match_py_ecc():
    assert G1.generator() == g1_from_py_ecc(bn128.G1)
    assert G2.generator() == g2_from_py_ecc(bn128.G2)


def test_random_multiples_and_sums_match_py_ecc():
    rng = random.Random(1)
    for _ in range(5):
        a, b = rng.randrange(R), rng.randrange(R)
        assert G1.generator() * a == g1_from_py_ecc(bn128.multiply(bn128.G1, a))
        assert G2.generator() * b == g2_from_py_ecc(bn128.multiply(bn128.G2, b))
        sum_ref = bn128.add(bn128.multiply(bn128.G1, a), bn128.multiply(bn128.G1, b))
        assert G1.generator() * a + G1.generator() * b == g1_from_py_ecc(sum_ref)
    # Negative and large scalars reduce mod r.
    assert G1.generator() * -1 == -G1.generator()
    assert G1.generator() * (R + 5) == G1.generator() * 5
    assert (G1.generator() * R).is_identity()


def test_pairing_value_equals_py_ecc():
    a, b = 0x1234567, 0x89ABCDEF
    ours = pairing(G1.generator() * a, G2.generator() * b)
    ref = bn128.pairing(bn128.multiply(bn128.G2, b), bn128.multiply(bn128.G1, a))
    assert fq12_to_py_ecc(ours) == ref


def test_pairing_is_bilinear_and_checks_balance():
    g1, g2 = G1.generator(), G2.generator()
    e = pairing(g1, g2)
    assert not e.is_one()
    assert pairing(g1 * 6, g2) == pairing(g1 * 2, g2 * 3) == e**6
    assert (e**R).is_one()
    assert e * e**-1 == Fq12.one()
    assert multi_pairing([(g1 * 2, g2), (g1, g2 * 3)]) == e**5
    assert pairing_check([(g1 * 5, g2), (-g1, g2 * 5)])
    assert not pairing_check([(g1 * 5, g2), (g1, g2 * 5)])
    assert pairing_check([])


def test_scalars_may_be_objects_with_index():
    class Scalar:
        def __index__(self):
            return 7

    assert G1.generator() * Scalar() == G1.generator() * 7
    assert 7 * G2.generator() == G2.generator() * 7
    with pytest.raises(zkevm.InputError, match="scalar"):
        G1.generator() * 1.5


def test_fr_scalars_are_accepted_when_zkevm_ff_is_there():
    ff = pytest.importorskip("zkevm.ff")
    assert G1.generator() * ff.Fr(5) == G1.generator() * 5


def test_coordinates_and_repr():
    g = G1.generator()
    assert (g.x, g.y) == (1, 2)
    assert G1.identity().x is None
    assert repr(g) == "G1(x=0x1, y=0x2)"
    assert repr(G2.identity()) == "G2.identity()"
    assert repr(Fq12.one()) == "Fq12.one()"
    assert repr(pairing(g, G2.generator())).startswith("Fq12([(0x")
    x, y = G2.generator().x, G2.generator().y
    assert G2(x, y) == G2.generator()
    assert len({g, g * 1, g * 2}) == 2


def test_bytes_round_trip_in_every_form():
    rng = random.Random(2)
    for p in [G1.identity(), G1.generator(), G1.generator() * rng.randrange(R)]:
        assert len(p.to_bytes()) == 32 and len(p.to_bytes(compressed=False)) == 64
        assert G1.from_bytes(p.to_bytes()) == p
        assert G1.from_bytes(p.to_bytes(compressed=False)) == p
        assert G1.from_evm_bytes(p.to_evm_bytes()) == p
    for q in [G2.identity(), G2.generator() * rng.randrange(R)]:
        assert len(q.to_bytes()) == 64 and len(q.to_bytes(compressed=False)) == 128
        assert G2.from_bytes(q.to_bytes()) == q
        assert G2.from_bytes(q.to_bytes(compressed=False)) == q
        assert G2.from_evm_bytes(q.to_evm_bytes()) == q


def test_bad_points_raise_typed_errors():
    with pytest.raises(zkevm.InputError, match="not on the curve"):
        G1(1, 3)
    with pytest.raises(zkevm.InputError, match="out of range"):
        G1(P + 1, 2)
    with pytest.raises(zkevm.EncodingError, match="expected 32 bytes"):
        G1.from_bytes(b"\x00" * 31)
    with pytest.raises(zkevm.EncodingError, match="invalid flags"):
        G1.from_bytes(b"\x01" + b"\x00" * 30 + b"\x40")
    with pytest.raises(zkevm.EncodingError, match="not canonical"):
        G1.from_evm_bytes(P.to_bytes(32, "big") + (2).to_bytes(32, "big"))
    with pytest.raises(zkevm.EncodingError, match="not on the curve"):
        G1.from_evm_bytes((1).to_bytes(32, "big") + (3).to_bytes(32, "big"))


def fq2_sqrt(a):
    """A square root in py_ecc's FQ2 for p = 3 mod 4 (Adj, Rodriguez-Henriquez 2012, Algorithm 9), or None."""
    one = bn128.FQ2([1, 0])
    a1 = a ** ((P - 3) // 4)
    alpha = a1 * a1 * a
    if alpha ** P * alpha == -one:
        return None
    x0 = a1 * a
    if alpha == -one:
        return bn128.FQ2([0, 1]) * x0
    return (one + alpha) ** ((P - 1) // 2) * x0


def test_g2_points_outside_the_subgroup_are_rejected():
    # A point on the twist y^2 = x^3 + b2 with small x: the twist has order r (2p - r),
    # so such a point is almost surely outside G2.
    for x0 in range(1, 50):
        x = bn128.FQ2([x0, 1])
        y = fq2_sqrt(x**3 + bn128.b2)
        if y is None:
            continue
        assert y * y == x**3 + bn128.b2
        coords = ((int(x.coeffs[0]), int(x.coeffs[1])), (int(y.coeffs[0]), int(y.coeffs[1])))
        with pytest.raises(zkevm.InputError, match="not in the subgroup"):
            G2(*coords)
        raw = b"".join(c.to_bytes(32, "big") for c in (coords[0][1], coords[0][0], coords[1][1], coords[1][0]))
        with pytest.raises(zkevm.EncodingError, match="not in the subgroup"):
            G2.from_evm_bytes(raw)
        return
    pytest.fail("no twist point found for small x")


@pytest.mark.slow
def test_random_pairings_equal_py_ecc():
    rng = random.Random(3)
    for _ in range(3):
        a, b = rng.randrange(1, R), rng.randrange(1, R)
        ours = pairing(G1.generator() * a, G2.generator() * b)
        ref = bn128.pairing(bn128.multiply(bn128.G2, b), bn128.multiply(bn128.G1, a))
        assert fq12_to_py_ecc(ours) == ref
