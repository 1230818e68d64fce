// The BN254 extension tower Fq2 / Fq6 / Fq12: field axioms on random elements,
// inverses, Frobenius maps against exponentiation by p, the sparse line
// multiplications against full multiplication, cyclotomic squaring and Fq2 sqrt.
#include <gtest/gtest.h>

#include "cpp/ff/fq12.hpp"

namespace zkevm::ff {
namespace {

constexpr int kSamples = 20;

template <class T>
class Tower : public ::testing::Test {};
using TowerFields = ::testing::Types<Fq2, Fq6, Fq12>;
TYPED_TEST_SUITE(Tower, TowerFields);

TYPED_TEST(Tower, field_axioms_hold_on_random_elements) {
  using T = TypeParam;
  std::mt19937_64 rng(100);
  for (int i = 0; i < kSamples; ++i) {
    T a = T::random(rng), b = T::random(rng), c = T::random(rng);
    EXPECT_EQ(a * b, b * a);
    EXPECT_EQ((a * b) * c, a * (b * c));
    EXPECT_EQ(a * (b + c), a * b + a * c);
    EXPECT_EQ((a + b) - b, a);
    EXPECT_EQ(a + (-a), T::zero());
    EXPECT_EQ(a * T::one(), a);
    EXPECT_EQ(a * T::zero(), T::zero());
    EXPECT_EQ(a.square(), a * a);
    EXPECT_NE(a, b);
  }
}

TYPED_TEST(Tower, inverse_times_element_is_one) {
  using T = TypeParam;
  std::mt19937_64 rng(101);
  for (int i = 0; i < kSamples; ++i) {
    T a = T::random(rng);
    EXPECT_TRUE((a * a.inverse()).is_one());
  }
  EXPECT_TRUE(T::one().inverse().is_one());
  EXPECT_THROW(T::zero().inverse(), InputError);
}

TYPED_TEST(Tower, frobenius_map_equals_power_of_p) {
  using T = TypeParam;
  std::mt19937_64 rng(102);
  std::span<const uint64_t> p(Fq::modulus);
  for (int i = 0; i < 3; ++i) {
    T a = T::random(rng);
    T power = a;
    for (unsigned k = 1; k <= 3; ++k) {
      power = power.pow(p);
      EXPECT_EQ(a.frobenius_map(k), power) << "k=" << k;
    }
    EXPECT_EQ(a.frobenius_map(0), a);
  }
}

TYPED_TEST(Tower, frobenius_maps_compose_and_have_the_right_order) {
  using T = TypeParam;
  std::mt19937_64 rng(103);
  unsigned degree = sizeof(T) / sizeof(Fq);  // 2, 6 or 12
  for (int i = 0; i < 5; ++i) {
    T a = T::random(rng), b = T::random(rng);
    for (unsigned k = 1; k < degree; ++k) {
      EXPECT_EQ(a.frobenius_map(k).frobenius_map(1), a.frobenius_map(k + 1)) << k;
      EXPECT_EQ((a * b).frobenius_map(k), a.frobenius_map(k) * b.frobenius_map(k)) << k;
      EXPECT_NE(a.frobenius_map(k), a) << k;  // a random element is not in a subfield
    }
    EXPECT_EQ(a.frobenius_map(degree), a);
  }
}

TEST(Tower, fq2_constants_and_nonresidue) {
  EXPECT_EQ(Fq2::u().square(), -Fq2::one());
  std::mt19937_64 rng(104);
  for (int i = 0; i < kSamples; ++i) {
    Fq2 a = Fq2::random(rng);
    EXPECT_EQ(a.mul_by_nonresidue(), a * Fq2::xi());
    EXPECT_EQ(a.conjugate(), (Fq2{a.c0, -a.c1}));
    EXPECT_EQ(a.norm(), (a * a.conjugate()).c0);
    Fq s = Fq::random(rng);
    EXPECT_EQ(a.mul_by_fq(s), a * (Fq2{s, Fq::zero()}));
  }
}

TEST(Tower, fq6_v_cubed_is_xi_and_sparse_products_match) {
  Fq6 v{Fq2::zero(), Fq2::one(), Fq2::zero()};
  EXPECT_EQ(v * v * v, (Fq6{Fq2::xi(), Fq2::zero(), Fq2::zero()}));
  std::mt19937_64 rng(105);
  for (int i = 0; i < kSamples; ++i) {
    Fq6 a = Fq6::random(rng);
    Fq2 b0 = Fq2::random(rng), b1 = Fq2::random(rng);
    EXPECT_EQ(a.mul_by_nonresidue(), a * v);
    EXPECT_EQ(a.mul_by_01(b0, b1), a * (Fq6{b0, b1, Fq2::zero()}));
    EXPECT_EQ(a.mul_by_1(b1), a * (Fq6{Fq2::zero(), b1, Fq2::zero()}));
    EXPECT_EQ(a.mul_by_fq2(b0), a * (Fq6{b0, Fq2::zero(), Fq2::zero()}));
  }
}

TEST(Tower, fq12_w_squared_is_v_and_sparse_line_products_match) {
  Fq12 w{Fq6::zero(), Fq6::one()};
  Fq6 v{Fq2::zero(), Fq2::one(), Fq2::zero()};
  EXPECT_EQ(w * w, (Fq12{v, Fq6::zero()}));
  std::mt19937_64 rng(106);
  for (int i = 0; i < kSamples; ++i) {
    Fq12 a = Fq12::random(rng);
    Fq2 c0 = Fq2::random(rng), c1 = Fq2::random(rng), c3 = Fq2::random(rng), c4 = Fq2::random(rng);
    Fq12 line034{{c0, Fq2::zero(), Fq2::zero()}, {c3, c4, Fq2::zero()}};
    EXPECT_EQ(a.mul_by_034(c0, c3, c4), a * line034);
    Fq12 line014{{c0, c1, Fq2::zero()}, {Fq2::zero(), c4, Fq2::zero()}};
    EXPECT_EQ(a.mul_by_014(c0, c1, c4), a * line014);
  }
}

TEST(Tower, fq12_conjugate_is_frobenius_six) {
  std::mt19937_64 rng(107);
  for (int i = 0; i < 5; ++i) {
    Fq12 a = Fq12::random(rng);
    EXPECT_EQ(a.conjugate(), a.frobenius_map(6));
  }
}

TEST(Tower, cyclotomic_square_matches_square_in_the_cyclotomic_subgroup) {
  std::mt19937_64 rng(108);
  for (int i = 0; i < 5; ++i) {
    Fq12 f = Fq12::random(rng);
    // f^((p^6 - 1)(p^2 + 1)) lies in the cyclotomic subgroup.
    Fq12 g = f.conjugate() * f.inverse();
    g = g.frobenius_map(2) * g;
    ASSERT_TRUE((g.frobenius_map(6) * g).is_one());  // g^(p^6 + 1) = 1
    EXPECT_EQ(g.cyclotomic_square(), g.square());
    EXPECT_EQ(g.cyclotomic_square().cyclotomic_square(), g.square().square());
  }
}

TEST(Tower, fq2_sqrt_squares_back_and_rejects_non_squares) {
  std::mt19937_64 rng(109);
  int non_squares = 0;
  for (int i = 0; i < 40; ++i) {
    Fq2 a = Fq2::random(rng);
    auto root = a.square().sqrt();
    ASSERT_TRUE(root.has_value());
    EXPECT_TRUE(*root == a || *root == -a);
    auto r = a.sqrt();
    bool square = a.norm().legendre() == 1;  // a is a square in Fq2 iff its norm is a square in Fq
    EXPECT_EQ(r.has_value(), square);
    if (r) {
      EXPECT_EQ(r->square(), a);
    }
    non_squares += square ? 0 : 1;
  }
  EXPECT_GT(non_squares, 5);
  // Base-field elements, squares in Fq or not, are squares in Fq2.
  for (uint64_t k : {2, 3, 5, 7, 11}) {
    Fq2 a{Fq::from_u64(k), Fq::zero()};
    auto r = a.sqrt();
    ASSERT_TRUE(r.has_value()) << k;
    EXPECT_EQ(r->square(), a);
    Fq2 b{-Fq::from_u64(k), Fq::zero()};
    ASSERT_TRUE(b.sqrt().has_value());
    EXPECT_EQ(b.sqrt()->square(), b);
  }
  EXPECT_EQ(*Fq2::zero().sqrt(), Fq2::zero());
}

}  // namespace
}  // namespace zkevm::ff
