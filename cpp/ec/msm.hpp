#pragma once
// Multi-scalar multiplication sum_i [s_i] P_i on BN254's G1 and G2
// (Pippenger's bucket method with signed-digit windows). See msm_pippenger.hpp
// for the algorithm and docs/DESIGN-NOTES.md for the tuning.
#include <cstddef>
#include <span>

#include "cpp/ec/g1.hpp"
#include "cpp/ec/g2.hpp"

namespace zkevm::ec {

// How the buckets of one window are accumulated.
enum class MsmBuckets {
  automatic,  // chosen by the number of points (measured crossover)
  jacobian,   // Jacobian buckets, one mixed addition per point
  affine,     // affine buckets, additions batched to share one inversion
};

// Knobs for tests and benchmarks; the defaults are what msm() uses.
struct MsmOptions {
  unsigned window_bits = 0;  // c, in [1, 20]; 0 chooses by size
  MsmBuckets buckets = MsmBuckets::automatic;
  // Affine buckets on G1: batch additions on AVX-512 IFMA lanes when the build
  // has them; false forces the scalar batch (for tests and comparisons).
  bool simd = true;
};

// sum_i [scalars[i]] points[i]. Points must be on the curve (the point at
// infinity is allowed); InputError when the spans differ in length or an
// option is out of range. Runs on zkevm::thread_count() threads; the result
// does not depend on the thread count.
G1Jacobian msm(std::span<const G1Affine> points, std::span<const Fr> scalars, const MsmOptions& options = {});
G2Jacobian msm(std::span<const G2Affine> points, std::span<const Fr> scalars, const MsmOptions& options = {});

// The window size c that msm() uses for n points of G1 with the given bucket
// kind (G1 runs Pippenger on 2n GLV rows with 127-bit scalars).
unsigned msm_window_bits(std::size_t n, MsmBuckets buckets);

}  // namespace zkevm::ec
