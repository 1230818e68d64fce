#include "cpp/pcs/srs.hpp"

#include <gtest/gtest.h>

#include "cpp/poly/domain.hpp"
#include "cpp/poly/evaluate.hpp"
#include "test_helpers.hpp"

namespace zkevm::pcs {
namespace {

TEST(Srs, insecure_powers_are_tau_multiples_of_the_generators) {
  const Fr tau = Fr::from_u64(987654321);
  const Srs srs = Srs::insecure_from_secret(tau, 20);
  ASSERT_EQ(srs.size(), 20u);
  Fr tau_i = Fr::one();
  for (std::size_t i = 0; i < srs.size(); ++i, tau_i *= tau) {
    EXPECT_EQ(srs.g1_powers()[i], (G1Jacobian::generator() * tau_i).to_affine()) << "i=" << i;
  }
  EXPECT_EQ(srs.g2(), G2Affine::generator());
  EXPECT_EQ(srs.g2_tau(), (ec::G2Jacobian::generator() * tau).to_affine());
  EXPECT_THROW(Srs::insecure_from_secret(tau, 0), InputError);
  EXPECT_THROW(Srs::insecure_from_secret(Fr::zero(), 4), InputError);
}

// [L_i(tau)]G1 two ways: from tau directly (insecure SRS) and by the inverse NTT
// over G1 (what a ceremony SRS uses); both must equal L_i(tau) times G1.
TEST(Srs, lagrange_basis_is_the_inverse_ntt_of_the_powers) {
  const Fr tau = Fr::from_u64(31337);
  const Srs srs = Srs::insecure_from_secret(tau, 16);
  const unsigned k = 3;
  poly::EvaluationDomain domain(k, 0);
  const auto from_secret = srs.lagrange(k);
  const auto by_ntt = inverse_ntt_g1(srs.g1_powers().first(8));
  ASSERT_EQ(from_secret.size(), 8u);
  for (std::size_t i = 0; i < 8; ++i) {
    poly::Polynomial<poly::Lagrange> unit(8);
    unit[i] = Fr::one();
    const Fr l_i = poly::evaluate(domain.lagrange_to_coeff(unit), tau);
    EXPECT_EQ(from_secret[i], (G1Jacobian::generator() * l_i).to_affine()) << "i=" << i;
    EXPECT_EQ(by_ntt[i], from_secret[i]) << "i=" << i;
  }
  EXPECT_EQ(srs.lagrange(k).data(), from_secret.data()) << "cached";
  EXPECT_THROW(srs.lagrange(5), InputError);
}

TEST(Srs, constructor_rejects_inconsistent_parts) {
  const Srs good = Srs::insecure_from_secret(Fr::from_u64(7), 4);
  std::vector<G1Affine> powers(good.g1_powers().begin(), good.g1_powers().end());
  // [tau]G2 for a different tau.
  const G2Affine other_tau = (ec::G2Jacobian::generator() * Fr::from_u64(8)).to_affine();
  EXPECT_THROW(Srs(powers, good.g2(), other_tau, "test"), EncodingError);
  // A point off the curve.
  auto off_curve = powers;
  off_curve[2].y += ff::Fq::one();
  try {
    Srs(off_curve, good.g2(), good.g2_tau(), "srs.bin");
    FAIL() << "no error";
  } catch (const EncodingError& e) {
    EXPECT_NE(std::string(e.what()).find("srs.bin: G1 power 2 is not on the curve"), std::string::npos) << e.what();
  }
  auto not_generator = powers;
  std::swap(not_generator[0], not_generator[1]);
  EXPECT_THROW(Srs(not_generator, good.g2(), good.g2_tau(), "test"), EncodingError);
  EXPECT_NO_THROW(Srs(powers, good.g2(), good.g2_tau(), "test"));
}

TEST(Srs, truncated_keeps_the_first_powers) {
  const Srs& srs = test::small_srs();
  const Srs small = srs.truncated(10);
  ASSERT_EQ(small.size(), 10u);
  EXPECT_EQ(small.g1_powers()[9], srs.g1_powers()[9]);
  EXPECT_THROW(srs.truncated(0), InputError);
  EXPECT_THROW(srs.truncated(srs.size() + 1), InputError);
}

}  // namespace
}  // namespace zkevm::pcs
