#pragma once
// The GLV method for G1 scalar multiplication (Gallant, Lambert, Vanstone 2001).
// BN254's G1 has the endomorphism phi(x, y) = (beta x, y), beta a cube root of
// unity in Fq, acting on the group as multiplication by lambda, a cube root of
// unity in Fr (lambda^2 + lambda + 1 = 0 mod r). A scalar k splits as
// k = k1 + k2 lambda (mod r) with |k1|, |k2| < 2^127, so [k]P = [k1]P + [k2]phi(P)
// costs half the doublings of a plain 254-bit multiplication.
#include <cstdint>

#include "cpp/ec/curve.hpp"

namespace zkevm::ec {

// k = k1 + k2 lambda (mod r) with small signed halves: value = (negative ? -1 : 1) * magnitude.
struct GlvHalf {
  unsigned __int128 magnitude;
  bool negative;
};
struct GlvDecomposition {
  GlvHalf k1, k2;
};

// The decomposition of a canonical scalar k < r.
GlvDecomposition glv_decompose(const Fr& k);

// lambda (in Fr) and beta (in Fq), matched so that (beta x, y) = [lambda](x, y) on G1.
const Fr& glv_lambda();
const Fq& glv_beta();

}  // namespace zkevm::ec
