// Multi-scalar multiplication: Pippenger (Jacobian and affine buckets, the
// latter with the IFMA and the scalar batch additions, every window size) against the naive sum of scalar multiplications, on random
// inputs and on the inputs that break bucket code: zero and r - 1 scalars,
// repeated and opposite points, the point at infinity, all-equal points;
// signed-digit recoding against GMP; identical results on 1, 2 and 32 threads.
#include <gtest/gtest.h>

#include <vector>

#include "cpp/ec/msm.hpp"
#include "cpp/ec/msm_digits.hpp"
#include "cpp/util/parallel.hpp"
#include "ec_test_util.hpp"

namespace zkevm::ec {
namespace {

template <class Affine>
auto naive_msm(const std::vector<Affine>& points, const std::vector<Fr>& scalars) {
  auto acc = decltype(points[0].to_jacobian())::identity();
  for (size_t i = 0; i < points.size(); ++i) acc += points[i].to_jacobian() * scalars[i];
  return acc;
}

// n random points: random multiples of the generator, made affine at once.
std::vector<G1Affine> random_g1_points(size_t n, std::mt19937_64& rng) {
  std::vector<G1Jacobian> jac;
  for (size_t i = 0; i < n; ++i) jac.push_back(test::random_g1(rng));
  return batch_to_affine(std::span<const G1Jacobian>(jac));
}

std::vector<G2Affine> random_g2_points(size_t n, std::mt19937_64& rng) {
  std::vector<G2Jacobian> jac;
  for (size_t i = 0; i < n; ++i) jac.push_back(test::random_g2(rng));
  return batch_to_affine(std::span<const G2Jacobian>(jac));
}

std::vector<Fr> random_scalars(size_t n, std::mt19937_64& rng) {
  std::vector<Fr> s;
  for (size_t i = 0; i < n; ++i) s.push_back(Fr::random(rng));
  return s;
}

const MsmBuckets kAllBuckets[] = {MsmBuckets::automatic, MsmBuckets::jacobian, MsmBuckets::affine};

template <class Affine>
void expect_msm_matches_naive(const std::vector<Affine>& points, const std::vector<Fr>& scalars,
                              unsigned window_bits = 0) {
  auto expected = naive_msm(points, scalars);
  for (MsmBuckets buckets : kAllBuckets) {
    for (bool simd : {true, false}) {  // the IFMA batch (where built) and the scalar one
      auto got = msm(std::span<const Affine>(points), std::span<const Fr>(scalars), {window_bits, buckets, simd});
      EXPECT_EQ(got, expected) << "n = " << points.size() << ", buckets = " << static_cast<int>(buckets)
                               << ", window_bits = " << window_bits << ", simd = " << simd;
    }
  }
}

TEST(Msm, signed_digits_reconstruct_the_scalar_within_range) {
  std::mt19937_64 rng(1);
  std::vector<Fr> scalars = random_scalars(20, rng);
  scalars.push_back(Fr::zero());
  scalars.push_back(Fr::one());
  scalars.push_back(-Fr::one());                                     // r - 1
  scalars.push_back(Fr::from_canonical({~0ull, ~0ull, ~0ull, 0}));  // long runs of ones
  for (unsigned c = 1; c <= msm_detail::kMaxWindowBits; ++c) {
    const unsigned k = msm_detail::window_count(c);
    ASSERT_GE(k * c, 255u);
    for (const Fr& s : scalars) {
      std::vector<int32_t> digits(k);
      msm_detail::signed_digits(s.to_canonical(), c, digits.data(), 1);
      mpz_class sum = 0;
      for (unsigned w = k; w-- > 0;) {
        EXPECT_LE(std::abs(static_cast<int64_t>(digits[w])), int64_t{1} << (c - 1)) << "c = " << c;
        sum = (sum << c) + digits[w];
      }
      ff::Limbs limbs = s.to_canonical();
      EXPECT_EQ(sum, test::to_mpz(limbs)) << "c = " << c << ", s = " << s.to_string();
    }
  }
}

// G1's MSM digits the GLV halves (|k| < 2^127) with their signs folded in.
TEST(Msm, signed_digits_of_negated_127_bit_halves_reconstruct_minus_the_value) {
  const ff::Limbs values[] = {{0, 0, 0, 0}, {1, 0, 0, 0}, {~0ull, ~0ull >> 1, 0, 0}, {0x123456789abcdefull, 1ull << 62, 0, 0}};
  for (unsigned c = 1; c <= msm_detail::kMaxWindowBits; ++c) {
    const unsigned k = msm_detail::window_count(c, 127);
    ASSERT_GE(k * c, 128u);
    for (const ff::Limbs& v : values) {
      for (bool negate : {false, true}) {
        std::vector<int32_t> digits(k);
        msm_detail::signed_digits(v, c, digits.data(), 1, 127, negate);
        mpz_class sum = 0;
        for (unsigned w = k; w-- > 0;) {
          EXPECT_LE(std::abs(static_cast<int64_t>(digits[w])), int64_t{1} << (c - 1)) << "c = " << c;
          sum = (sum << c) + digits[w];
        }
        mpz_class expected = test::to_mpz(v);
        EXPECT_EQ(sum, negate ? mpz_class(-expected) : expected) << "c = " << c;
      }
    }
  }
}

TEST(Msm, msm_matches_naive_sum_on_random_inputs) {
  std::mt19937_64 rng(2);
  for (size_t n : {1, 2, 3, 7, 64, 255, 1000}) {
    auto points = random_g1_points(n, rng);
    expect_msm_matches_naive(points, random_scalars(n, rng));
  }
}

TEST(Msm, every_window_size_gives_the_same_sum) {
  std::mt19937_64 rng(3);
  auto points = random_g1_points(100, rng);
  auto scalars = random_scalars(100, rng);
  scalars[0] = -Fr::one();
  for (unsigned c = 1; c <= 14; ++c) expect_msm_matches_naive(points, scalars, c);
}

TEST(MsmSlow, large_window_sizes_give_the_same_sum) {
  std::mt19937_64 rng(13);
  auto points = random_g1_points(100, rng);
  auto scalars = random_scalars(100, rng);
  for (unsigned c = 15; c <= 20; ++c) expect_msm_matches_naive(points, scalars, c);
}

TEST(Msm, empty_input_gives_the_identity) {
  std::vector<G1Affine> points;
  std::vector<Fr> scalars;
  for (MsmBuckets buckets : kAllBuckets) {
    EXPECT_TRUE(msm(std::span<const G1Affine>(points), std::span<const Fr>(scalars), {0, buckets}).is_identity());
  }
}

TEST(Msm, zero_one_and_r_minus_one_scalars) {
  std::mt19937_64 rng(4);
  auto points = random_g1_points(300, rng);
  std::vector<Fr> zeros(points.size(), Fr::zero());
  EXPECT_TRUE(msm(std::span<const G1Affine>(points), std::span<const Fr>(zeros)).is_identity());
  std::vector<Fr> minus_one(points.size(), -Fr::one());
  G1Jacobian sum = G1Jacobian::identity();
  for (const auto& p : points) sum = sum.add_mixed(p);
  EXPECT_EQ(msm(std::span<const G1Affine>(points), std::span<const Fr>(minus_one)), -sum);
  // Mixed: every third scalar zero, some 1 and r - 1, the rest random.
  std::vector<Fr> mixed = random_scalars(points.size(), rng);
  for (size_t i = 0; i < mixed.size(); i += 3) mixed[i] = Fr::zero();
  for (size_t i = 1; i < mixed.size(); i += 7) mixed[i] = -Fr::one();
  for (size_t i = 2; i < mixed.size(); i += 11) mixed[i] = Fr::one();
  expect_msm_matches_naive(points, mixed);
}

TEST(Msm, point_at_infinity_among_the_inputs_contributes_nothing) {
  std::mt19937_64 rng(5);
  auto points = random_g1_points(200, rng);
  for (size_t i = 0; i < points.size(); i += 5) points[i] = G1Affine::identity();
  expect_msm_matches_naive(points, random_scalars(points.size(), rng));
  std::vector<G1Affine> only_infinity(50, G1Affine::identity());
  expect_msm_matches_naive(only_infinity, random_scalars(50, rng));
}

TEST(Msm, repeated_and_opposite_points_hit_the_doubling_and_cancelling_cases) {
  std::mt19937_64 rng(6);
  auto distinct = random_g1_points(8, rng);
  std::vector<G1Affine> points;
  std::vector<Fr> scalars;
  for (int i = 0; i < 600; ++i) {
    points.push_back(i % 3 == 2 ? -distinct[i % 8] : distinct[i % 8]);
    // Few distinct scalars, so equal points land in equal buckets.
    scalars.push_back(i % 2 ? Fr::from_u64(12345) : Fr::random(rng));
  }
  expect_msm_matches_naive(points, scalars);
  // P and -P with the same scalar cancel inside every bucket.
  std::vector<G1Affine> pairs;
  std::vector<Fr> pair_scalars;
  for (int i = 0; i < 100; ++i) {
    Fr s = Fr::random(rng);
    pairs.push_back(distinct[i % 8]);
    pairs.push_back(-distinct[i % 8]);
    pair_scalars.push_back(s);
    pair_scalars.push_back(s);
  }
  for (MsmBuckets buckets : kAllBuckets) {
    EXPECT_TRUE(
        msm(std::span<const G1Affine>(pairs), std::span<const Fr>(pair_scalars), {0, buckets}).is_identity());
  }
}

// Affine buckets invert a batch's denominators on four interleaved product
// chains: batches of every length mod 4 (including fewer than four additions,
// which leave lanes empty) and a doubling inside a batch must all combine right.
TEST(Msm, affine_batches_of_every_length_mod_4_match_naive_sum) {
  std::mt19937_64 rng(16);
  for (size_t n = 1; n <= 13; ++n) {
    auto points = random_g1_points(n, rng);
    std::vector<Fr> scalars = random_scalars(n, rng);
    if (n > 2) {
      points[1] = points[0];  // a doubling in the same batch
      scalars[1] = scalars[0];
    }
    auto expected = naive_msm(points, scalars);
    for (unsigned window_bits : {1u, 2u, 5u}) {
      auto got = msm(std::span<const G1Affine>(points), std::span<const Fr>(scalars),
                     {window_bits, MsmBuckets::affine});
      EXPECT_EQ(got, expected) << "n = " << n << ", window_bits = " << window_bits;
    }
  }
}

TEST(Msm, all_equal_points_and_scalars) {
  std::mt19937_64 rng(7);
  G1Affine p = random_g1_points(1, rng)[0];
  Fr s = Fr::random(rng);
  std::vector<G1Affine> points(500, p);
  std::vector<Fr> scalars(500, s);
  G1Jacobian expected = p.to_jacobian() * (s * Fr::from_u64(500));
  for (MsmBuckets buckets : kAllBuckets) {
    EXPECT_EQ(msm(std::span<const G1Affine>(points), std::span<const Fr>(scalars), {0, buckets}), expected);
    EXPECT_EQ(msm(std::span<const G1Affine>(points), std::span<const Fr>(scalars), {12, buckets}), expected);
  }
}

TEST(Msm, one_two_and_many_threads_give_identical_results) {
  std::mt19937_64 rng(8);
  auto points = random_g1_points(3000, rng);
  auto scalars = random_scalars(points.size(), rng);
  for (MsmOptions options : {MsmOptions{}, MsmOptions{0, MsmBuckets::affine}, MsmOptions{9, MsmBuckets::jacobian},
                             MsmOptions{9, MsmBuckets::affine}}) {
    std::vector<G1Jacobian> results;
    for (int threads : {1, 2, 32}) {  // 32 threads > 29 windows of 9 bits: points are split too
      set_thread_count(threads);
      results.push_back(msm(std::span<const G1Affine>(points), std::span<const Fr>(scalars), options));
    }
    set_thread_count(0);
    EXPECT_EQ(results[0], results[1]);
    EXPECT_EQ(results[0], results[2]);
    EXPECT_EQ(results[0], naive_msm(points, scalars));
  }
}

TEST(Msm, mismatched_lengths_and_bad_window_are_rejected) {
  std::mt19937_64 rng(9);
  auto points = random_g1_points(3, rng);
  auto scalars = random_scalars(2, rng);
  EXPECT_THROW(msm(std::span<const G1Affine>(points), std::span<const Fr>(scalars)), InputError);
  scalars.push_back(Fr::one());
  EXPECT_THROW(msm(std::span<const G1Affine>(points), std::span<const Fr>(scalars), {21, MsmBuckets::jacobian}),
               InputError);
  try {
    msm(std::span<const G1Affine>(points), std::span<const Fr>(scalars.data(), 1));
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("3 points but 1 scalars"), std::string::npos) << e.what();
  }
}

TEST(Msm, window_choice_grows_with_size) {
  for (MsmBuckets buckets : {MsmBuckets::jacobian, MsmBuckets::affine}) {
    unsigned previous = 1;
    for (size_t log_n = 0; log_n <= 24; ++log_n) {
      unsigned c = msm_window_bits(size_t{1} << log_n, buckets);
      EXPECT_GE(c, previous);
      EXPECT_LE(c, msm_detail::kMaxWindowBits);
      previous = c;
    }
    EXPECT_GE(previous, 14u);
  }
}

TEST(Msm, g2_msm_matches_naive_sum) {
  std::mt19937_64 rng(10);
  for (size_t n : {1, 5, 64}) {
    auto points = random_g2_points(n, rng);
    auto scalars = random_scalars(n, rng);
    if (n == 64) {
      points[3] = G2Affine::identity();
      points[7] = points[8];
      points[9] = -points[8];
      scalars[4] = Fr::zero();
      scalars[5] = -Fr::one();
    }
    expect_msm_matches_naive(points, scalars);
  }
}

// Sizes from 1 to 2^12 around the powers of two, each with zero scalars,
// repeated points (equal and opposite, so buckets see doublings and
// cancellations) and points at infinity mixed in.
TEST(Msm, msm_matches_naive_sum_for_sizes_up_to_4096_with_degenerate_inputs) {
  std::mt19937_64 rng(14);
  const std::vector<G1Affine> pool = random_g1_points(4096, rng);
  const std::vector<Fr> scalar_pool = random_scalars(4096, rng);
  for (size_t n : {1, 2, 3, 8, 9, 31, 32, 33, 255, 256, 1023, 1024, 1025, 2047, 2048, 4096}) {
    std::vector<G1Affine> points(pool.begin(), pool.begin() + static_cast<long>(n));
    std::vector<Fr> scalars(scalar_pool.begin(), scalar_pool.begin() + static_cast<long>(n));
    for (size_t i = 0; i < n; i += 13) scalars[i] = Fr::zero();
    for (size_t i = 3; i < n; i += 11) points[i] = points[i - 1];
    for (size_t i = 5; i < n; i += 17) points[i] = -points[i - 2];
    for (size_t i = 7; i < n; i += 19) points[i] = G1Affine::identity();
    for (size_t i = 9; i < n; i += 23) scalars[i] = scalars[i - 1];
    auto expected = naive_msm(points, scalars);
    for (MsmOptions options : {MsmOptions{}, MsmOptions{0, MsmBuckets::affine, true},
                               MsmOptions{0, MsmBuckets::affine, false}}) {
      EXPECT_EQ(msm(std::span<const G1Affine>(points), std::span<const Fr>(scalars), options), expected)
          << "n = " << n << ", buckets = " << static_cast<int>(options.buckets) << ", simd = " << options.simd;
    }
  }
}

TEST(MsmSlow, msm_matches_naive_sum_on_4096_points) {
  std::mt19937_64 rng(11);
  auto points = random_g1_points(4096, rng);
  auto scalars = random_scalars(4096, rng);
  scalars[17] = Fr::zero();
  scalars[18] = -Fr::one();
  points[19] = G1Affine::identity();
  points[20] = points[21];
  expect_msm_matches_naive(points, scalars);
}

TEST(MsmSlow, g2_msm_matches_naive_sum_on_1024_points) {
  std::mt19937_64 rng(12);
  auto points = random_g2_points(1024, rng);
  expect_msm_matches_naive(points, random_scalars(1024, rng));
}

}  // namespace
}  // namespace zkevm::ec
