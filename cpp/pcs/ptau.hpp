#pragma once
// Loading a powers-of-tau ceremony in snarkjs' .ptau format (the Hermez /
// Perpetual Powers of Tau files), version 1:
//
//   "ptau" | version u32 | n_sections u32 | sections: type u32 | size u64 | payload
//   1 header:      n8 u32 (32) | q (n8 bytes LE, BN254's base-field modulus) | power u32 | ceremony_power u32
//   2 tauG1:       2^(power+1) - 1 G1 points  [tau^i]G1
//   3 tauG2:       2^power G2 points          [tau^i]G2
//   4 alphaTauG1, 5 betaTauG1 (2^power G1 each), 6 betaG2 (one G2), 7 contributions,
//   12.. Lagrange sections of "prepared" files (ignored here).
// Integers are little-endian. Points are affine (x, y) with each coordinate in
// Montgomery form (x * 2^256 mod q) as 32 little-endian bytes, G2 coordinates
// as c0 then c1; the point at infinity is all zeros. KZG needs only tauG1 and
// the first two tauG2 points.
#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>

#include "cpp/pcs/srs.hpp"

namespace zkevm::pcs {

// The SRS in the .ptau file at path, with max_powers G1 powers (0: 2^power, the
// largest power-of-two size the file supports). ParseError when the file
// cannot be read or its structure is malformed; EncodingError when a point is
// not canonical, not on the curve or inconsistent (see Srs's constructor);
// InputError when max_powers exceeds the 2^(power+1) - 1 powers in the file.
Srs load_ptau(const std::string& path, std::size_t max_powers = 0);

// The same from a stream holding the file's bytes; `what` names it in errors.
Srs read_ptau(std::istream& in, std::size_t max_powers, const std::string& what);

}  // namespace zkevm::pcs
