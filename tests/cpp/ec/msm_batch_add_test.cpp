// The MSM's eight-lane batched affine additions (msm_batch_add.hpp) against
// one-at-a-time additions on G1: batches of every length from 1 to 40 (so
// every partly filled last group of eight), a long batch, buckets in scattered
// order, negated points, and pairs with equal x (reported, not added).
#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

#include "cpp/ec/msm_batch_add.hpp"
#include "ec_test_util.hpp"

#if ZKEVM_FF_HAVE_IFMA
namespace zkevm::ec {
namespace {

// The rows batch_add_ifma reads and writes: x then y, 64 bytes.
struct alignas(64) Row {
  Fq x, y;
};

std::vector<Row> random_rows(size_t n, std::mt19937_64& rng) {
  std::vector<G1Jacobian> jac;
  for (size_t i = 0; i < n; ++i) jac.push_back(test::random_g1(rng));
  std::vector<Row> rows;
  for (const G1Affine& p : batch_to_affine(std::span<const G1Jacobian>(jac))) rows.push_back({p.x, p.y});
  return rows;
}

void expect_batch_matches_single_additions(size_t buckets_count, size_t m, uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<Row> buckets = random_rows(buckets_count, rng), points = random_rows(m, rng);
  for (size_t j = 1; j < m; j += 5) points[j].y = -points[j].y;  // negated points
  std::vector<uint32_t> ids(buckets_count);
  std::iota(ids.begin(), ids.end(), 0u);
  std::shuffle(ids.begin(), ids.end(), rng);
  ids.resize(m);  // distinct buckets in scattered order

  std::vector<Row> expected = buckets;
  for (size_t j = 0; j < m; ++j) {
    Row& b = expected[ids[j]];
    const G1Affine sum = G1Affine(b.x, b.y).to_jacobian().add_mixed(G1Affine(points[j].x, points[j].y)).to_affine();
    b = {sum.x, sum.y};
  }
  msm_detail::BatchAddScratch scratch;
  std::vector<uint32_t> equal_x;
  msm_detail::batch_add_ifma(reinterpret_cast<uint64_t*>(buckets.data()), ids.data(),
                             reinterpret_cast<const uint64_t*>(points.data()), m, scratch, equal_x);
  EXPECT_TRUE(equal_x.empty());
  for (size_t i = 0; i < buckets_count; ++i) {
    ASSERT_EQ(buckets[i].x, expected[i].x) << "m = " << m << ", bucket " << i;
    ASSERT_EQ(buckets[i].y, expected[i].y) << "m = " << m << ", bucket " << i;
  }
}

TEST(MsmBatchAdd, batches_of_every_length_up_to_40_match_single_additions) {
  for (size_t m = 1; m <= 40; ++m) expect_batch_matches_single_additions(64, m, 100 + m);
}

TEST(MsmBatchAdd, long_batch_matches_single_additions) { expect_batch_matches_single_additions(2048, 1021, 7); }

TEST(MsmBatchAdd, empty_batch_changes_nothing) {
  std::mt19937_64 rng(8);
  std::vector<Row> buckets = random_rows(4, rng), before = buckets;
  msm_detail::BatchAddScratch scratch;
  std::vector<uint32_t> equal_x;
  msm_detail::batch_add_ifma(reinterpret_cast<uint64_t*>(buckets.data()), nullptr, nullptr, 0, scratch, equal_x);
  for (size_t i = 0; i < buckets.size(); ++i) EXPECT_EQ(buckets[i].x, before[i].x);
  EXPECT_TRUE(equal_x.empty());
}

// A point equal to its bucket (doubling) or its negation (P + (-P)) cannot go
// through the batched formula: its pair is reported and left untouched, and
// the other lanes of its group are still added.
TEST(MsmBatchAdd, equal_x_pairs_are_reported_and_left_untouched) {
  std::mt19937_64 rng(9);
  std::vector<Row> buckets = random_rows(20, rng), points = random_rows(11, rng);
  std::vector<uint32_t> ids = {3, 0, 7, 19, 4, 5, 6, 1, 2, 8, 9};
  points[2] = buckets[7];                              // doubling, lane 2
  points[9] = {buckets[8].x, -buckets[8].y};           // cancellation, second group
  std::vector<Row> expected = buckets;
  for (size_t j = 0; j < ids.size(); ++j) {
    if (j == 2 || j == 9) continue;
    Row& b = expected[ids[j]];
    const G1Affine sum = G1Affine(b.x, b.y).to_jacobian().add_mixed(G1Affine(points[j].x, points[j].y)).to_affine();
    b = {sum.x, sum.y};
  }
  msm_detail::BatchAddScratch scratch;
  std::vector<uint32_t> equal_x;
  msm_detail::batch_add_ifma(reinterpret_cast<uint64_t*>(buckets.data()), ids.data(),
                             reinterpret_cast<const uint64_t*>(points.data()), ids.size(), scratch, equal_x);
  EXPECT_EQ(equal_x, (std::vector<uint32_t>{2, 9}));
  for (size_t i = 0; i < buckets.size(); ++i) {
    EXPECT_EQ(buckets[i].x, expected[i].x) << i;
    EXPECT_EQ(buckets[i].y, expected[i].y) << i;
  }
}

}  // namespace
}  // namespace zkevm::ec
#else
TEST(MsmBatchAdd, not_built_without_avx512_ifma) { GTEST_SKIP() << "the build does not target AVX-512 IFMA"; }
#endif
