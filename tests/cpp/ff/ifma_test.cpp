// The eight-lane IFMA field arithmetic (ifma.hpp) against the scalar Field on
// BN254's Fq and Fr: products (with the times16 scaling), sums, differences,
// canonical reduction, and products of the lazy bounds the MSM relies on.
#include <gtest/gtest.h>

#include "cpp/ff/ifma.hpp"
#include "gmp_oracle.hpp"

#if ZKEVM_FF_HAVE_IFMA
namespace zkevm::ff {
namespace {

template <class F>
class Ifma : public ::testing::Test {};
template <class F>
struct ParamsOf;
template <class P>
struct ParamsOf<Field<P>> {
  using type = P;
};
using LaneFields = ::testing::Types<Fq, Fr>;
TYPED_TEST_SUITE(Ifma, LaneFields);

// Groups of eight: the edge values (0, 1, p - 1, ...) and random elements.
template <class F>
std::vector<std::array<F, simd::kLanes>> groups(uint64_t seed) {
  auto values = test::test_values<F>(8 * 200, seed);
  std::vector<std::array<F, simd::kLanes>> out;
  for (size_t i = 0; i + simd::kLanes <= values.size(); i += simd::kLanes) {
    std::array<F, simd::kLanes> g;
    std::copy_n(values.begin() + static_cast<long>(i), simd::kLanes, g.begin());
    out.push_back(g);
  }
  return out;
}

TYPED_TEST(Ifma, lane_arithmetic_matches_the_scalar_field) {
  using F = TypeParam;
  using LF = simd::LaneField<typename ParamsOf<F>::type>;
  auto as = groups<F>(31), bs = groups<F>(32);
  std::reverse(bs.begin(), bs.end());  // edge values meet random ones
  for (size_t g = 0; g < as.size(); ++g) {
    const simd::Lanes a = LF::load(as[g].data()), b = LF::load(bs[g].data());
    std::array<F, simd::kLanes> product, sum, difference, twice_minus, loaded;
    LF::store(product.data(), LF::canonical(LF::mul(LF::times16(a), b)));
    LF::store(sum.data(), LF::canonical(LF::add(a, b)));
    LF::store(difference.data(), LF::canonical(LF::template sub<1>(a, b)));
    LF::store(twice_minus.data(), LF::canonical(LF::template sub<2>(a, LF::add(b, b))));
    LF::store(loaded.data(), a);
    for (unsigned l = 0; l < simd::kLanes; ++l) {
      const F& x = as[g][l];
      const F& y = bs[g][l];
      ASSERT_EQ(product[l], x * y) << x.to_hex() << " * " << y.to_hex();
      ASSERT_EQ(sum[l], x + y);
      ASSERT_EQ(difference[l], x - y);
      ASSERT_EQ(twice_minus[l], x - y - y);
      ASSERT_EQ(loaded[l], x);
    }
  }
}

// The MSM multiplies lazy values: 16 times a value below 2p by a value below
// 16p (products of three scaled factors); the result must stay below 2p after
// canonical() and equal the scalar product.
TYPED_TEST(Ifma, chained_lazy_products_stay_correct) {
  using F = TypeParam;
  using LF = simd::LaneField<typename ParamsOf<F>::type>;
  auto as = groups<F>(33);
  std::array<F, simd::kLanes> expected;
  std::fill(expected.begin(), expected.end(), F::one());
  simd::Lanes acc16 = LF::times16(LF::broadcast(F::r_mod_p));  // 16 * one
  for (const auto& g : as) {
    const simd::Lanes a = LF::load(g.data());
    acc16 = LF::mul(acc16, LF::times16(LF::template sub<1>(a, LF::broadcast({0, 0, 0, 0}))));  // a + p, lazily
    for (unsigned l = 0; l < simd::kLanes; ++l) expected[l] *= g[l];
  }
  // mul(16 x, one) = x.
  std::array<F, simd::kLanes> got;
  LF::store(got.data(), LF::canonical(LF::mul(acc16, LF::broadcast(F::r_mod_p))));
  for (unsigned l = 0; l < simd::kLanes; ++l) EXPECT_EQ(got[l], expected[l]) << l;
}

TYPED_TEST(Ifma, rows_load_as_lanes_and_store_back_where_active) {
  using F = TypeParam;
  using LF = simd::LaneField<typename ParamsOf<F>::type>;
  struct alignas(64) Row {
    F x, y;
  };
  std::mt19937_64 rng(34);
  std::vector<Row> rows(40);
  for (Row& r : rows) r = {F::random(rng), F::random(rng)};
  const size_t picks[simd::kLanes] = {39, 0, 7, 12, 3, 25, 30, 1};
  const uint64_t* in[simd::kLanes];
  for (unsigned l = 0; l < simd::kLanes; ++l) in[l] = reinterpret_cast<const uint64_t*>(&rows[picks[l]]);
  simd::Lanes x, y;
  LF::load_rows(in, x, y);
  std::array<F, simd::kLanes> xs, ys;
  LF::store(xs.data(), x);
  LF::store(ys.data(), y);
  for (unsigned l = 0; l < simd::kLanes; ++l) {
    EXPECT_EQ(xs[l], rows[picks[l]].x);
    EXPECT_EQ(ys[l], rows[picks[l]].y);
  }
  std::vector<Row> out(40, Row{F::zero(), F::zero()});
  uint64_t* dst[simd::kLanes];
  for (unsigned l = 0; l < simd::kLanes; ++l) dst[l] = reinterpret_cast<uint64_t*>(&out[picks[l]]);
  LF::store_rows(dst, 0x7f, x, y);  // lane 7 (row 1) off
  for (unsigned l = 0; l < 7; ++l) {
    EXPECT_EQ(out[picks[l]].x, rows[picks[l]].x);
    EXPECT_EQ(out[picks[l]].y, rows[picks[l]].y);
  }
  EXPECT_TRUE(out[1].x.is_zero() && out[1].y.is_zero());
}

}  // namespace
}  // namespace zkevm::ff
#else
TEST(Ifma, not_built_without_avx512_ifma) { GTEST_SKIP() << "the build does not target AVX-512 IFMA"; }
#endif
