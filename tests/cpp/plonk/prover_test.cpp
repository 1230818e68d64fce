// Prove + verify over KZG: completeness on the feature circuit (gates at
// rotations, fixed and dynamic lookups, a shuffle, copies, constants, a
// phase-1 challenge column, an instance column), soundness for planted bugs,
// and rejection of tampered, swapped, truncated and foreign proofs.
#include <gtest/gtest.h>

#include "cpp/pcs/srs.hpp"
#include "cpp/plonk/cost.hpp"
#include "cpp/plonk/keygen.hpp"
#include "cpp/plonk/mock_prover.hpp"
#include "cpp/plonk/proof.hpp"
#include "cpp/plonk/prover.hpp"
#include "cpp/plonk/verifier.hpp"
#include "tests/cpp/plonk/feature_circuit.hpp"
#include "tests/cpp/plonk/unselected_circuit.hpp"

namespace zkevm::plonk {
namespace {

using test::Bug;
using test::FeatureCircuit;

const pcs::Srs& srs() {
  static const pcs::Srs s = pcs::Srs::insecure_from_secret(Fr::from_u64(0x5eed1234), size_t{1} << 7);
  return s;
}

// A circuit of another shape: b = a² on 8 rows, b[7] public.
class SquareCircuit : public Circuit {
 public:
  Column<Advice> a, b;
  Column<Instance> out;
  Selector s;
  void configure(ConstraintSystem& cs) override {
    a = cs.advice_column("a");
    b = cs.advice_column("b");
    out = cs.instance_column("out");
    s = cs.selector("s");
    cs.enable_equality(b);
    cs.enable_equality(out);
    cs.create_gate("square", s * (a * a - b));
  }
  void synthesize(Assignment& asg) override {
    Cell last;
    for (uint64_t i = 0; i < 8; ++i) {
      asg.assign(a, i, Fr::from_u64(i + 2));
      last = asg.assign(b, i, Fr::from_u64((i + 2) * (i + 2)));
      asg.enable_selector(s, i);
    }
    asg.assign(out, 0, Fr::from_u64(81));
    asg.copy(last, Cell{out.any(), 0});
  }
};

struct ProverSetup {
  std::unique_ptr<Circuit> circuit;
  ConstraintSystem cs;
  ProvingKey pk;
  std::vector<std::vector<Fr>> instances;
};

template <class C, class... Args>
ProverSetup setup(uint32_t k, Args... args) {
  auto circuit = std::make_unique<C>(args...);
  ConstraintSystem cs;
  circuit->configure(cs);
  // The instance values the circuit assigns (first rows of each instance column).
  C probe(args...);
  const MockProver mock = MockProver::run(probe, k);
  std::vector<std::vector<Fr>> instances;
  for (uint32_t i = 0; i < cs.num_instance_columns(); ++i) {
    const auto& values = mock.assignment().column_values({ColumnKind::Instance, i});
    instances.emplace_back(values.begin(), values.begin() + 1);
  }
  ProvingKey pk = keygen(cs, *circuit, srs(), k);
  return ProverSetup{std::move(circuit), std::move(cs), std::move(pk), std::move(instances)};
}

ProveOptions seeded(uint64_t seed = 7) {
  ProveOptions o;
  o.deterministic = true;
  o.seed = seed;
  return o;
}

TEST(Prover, feature_circuit_proof_verifies_for_several_k) {
  for (uint32_t k : {5u, 6u}) {
    ProverSetup s = setup<FeatureCircuit>(k);
    const auto proof = prove(s.pk, *s.circuit, s.instances);
    EXPECT_EQ(proof.size(), Proof::size_for(s.pk.vk));
    EXPECT_NO_THROW(verify(s.pk.vk, s.instances, proof, srs().verifier_key())) << "k = " << k;
  }
}

TEST(Prover, proof_length_is_what_the_cost_model_predicts) {
  for (uint32_t k : {5u, 6u}) {
    ProverSetup s = setup<FeatureCircuit>(k);
    const auto proof = prove(s.pk, *s.circuit, s.instances, seeded());
    EXPECT_EQ(proof.size(), estimate_cost(s.cs, k).proof_bytes) << "k = " << k;
  }
  ProverSetup square = setup<SquareCircuit>(4);
  EXPECT_EQ(prove(square.pk, *square.circuit, square.instances, seeded()).size(), estimate_cost(square.cs, 4).proof_bytes);
}

TEST(Prover, quotient_is_blinded_by_the_random_polynomial) {
  // The same witness under two seeds: the vanishing argument's r differs, so
  // do r(x) and the SHPLONK points; both proofs verify.
  ProverSetup s = setup<SquareCircuit>(4);
  const Proof a = Proof::from_bytes(prove(s.pk, *s.circuit, s.instances, seeded(1)), s.pk.vk);
  const Proof b = Proof::from_bytes(prove(s.pk, *s.circuit, s.instances, seeded(2)), s.pk.vk);
  EXPECT_FALSE(a.random_commitment == b.random_commitment);
  EXPECT_NE(a.random_evaluation, b.random_evaluation);
  EXPECT_FALSE(a.opening.h_commitment == b.opening.h_commitment);
  EXPECT_TRUE(verify_ok(s.pk.vk, s.instances, a.to_bytes(), srs().verifier_key()));
  EXPECT_TRUE(verify_ok(s.pk.vk, s.instances, b.to_bytes(), srs().verifier_key()));
}

TEST(Prover, proving_key_bytes_round_trip_and_prove_alike) {
  ProverSetup s = setup<FeatureCircuit>(5);
  const auto bytes = s.pk.to_bytes();
  const ProvingKey loaded = ProvingKey::from_bytes(bytes, s.cs, srs());
  EXPECT_EQ(loaded.vk.digest, s.pk.vk.digest);
  EXPECT_EQ(loaded.to_bytes(), bytes);
  EXPECT_EQ(prove(loaded, *s.circuit, s.instances, seeded()), prove(s.pk, *s.circuit, s.instances, seeded()));
  auto bad = bytes;
  bad.pop_back();
  EXPECT_THROW(ProvingKey::from_bytes(bad, s.cs, srs()), EncodingError);
  bad = bytes;
  std::fill(bad.end() - 32, bad.end(), 0xff);  // a non-canonical coefficient
  EXPECT_THROW(ProvingKey::from_bytes(bad, s.cs, srs()), EncodingError);
  ConstraintSystem other;
  SquareCircuit().configure(other);
  EXPECT_THROW(ProvingKey::from_bytes(bytes, other, srs()), InputError);
  EXPECT_THROW(ProvingKey::from_bytes(bytes, s.cs, srs().truncated(16)), InputError);
}

TEST(Prover, other_circuit_shape_proof_verifies) {
  ProverSetup s = setup<SquareCircuit>(4);
  const auto proof = prove(s.pk, *s.circuit, s.instances, seeded());
  EXPECT_NO_THROW(verify(s.pk.vk, s.instances, proof, srs().verifier_key()));
}

TEST(Prover, failing_gate_or_copy_gives_a_rejected_proof) {
  for (Bug bug : {Bug::WrongGateValue, Bug::BrokenCopy}) {
    ProverSetup s = setup<FeatureCircuit>(5, bug);
    FeatureCircuit probe(bug);
    ASSERT_FALSE(MockProver::run(probe, 5).verify().empty());
    const auto proof = prove(s.pk, *s.circuit, s.instances, seeded());
    try {
      verify(s.pk.vk, s.instances, proof, srs().verifier_key());
      ADD_FAILURE() << "bug " << static_cast<int>(bug) << ": proof accepted";
    } catch (const VerificationError& e) {
      // The quotient is not a polynomial: the h(x) the verifier derives does not open [h].
      EXPECT_NE(std::string(e.what()).find("constraints do not hold"), std::string::npos) << e.what();
    }
  }
}

TEST(Prover, missing_lookup_tuple_or_broken_shuffle_cannot_be_proved) {
  for (Bug bug : {Bug::MissingLookupTuple, Bug::WrongShuffle}) {
    ProverSetup s = setup<FeatureCircuit>(5, bug);
    EXPECT_THROW(prove(s.pk, *s.circuit, s.instances, seeded()), InputError) << "bug " << static_cast<int>(bug);
  }
}

class ProverTamper : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    s_ = new ProverSetup(setup<FeatureCircuit>(5));
    proof_ = new std::vector<uint8_t>(prove(s_->pk, *s_->circuit, s_->instances, seeded()));
  }
  static void TearDownTestSuite() {
    delete s_;
    delete proof_;
  }
  static bool accepts(const std::vector<uint8_t>& proof, const std::vector<std::vector<Fr>>& instances) {
    return verify_ok(s_->pk.vk, instances, proof, srs().verifier_key());
  }
  static ProverSetup* s_;
  static std::vector<uint8_t>* proof_;
};
ProverSetup* ProverTamper::s_ = nullptr;
std::vector<uint8_t>* ProverTamper::proof_ = nullptr;

TEST_F(ProverTamper, honest_proof_is_accepted) { EXPECT_TRUE(accepts(*proof_, s_->instances)); }

TEST_F(ProverTamper, any_flipped_byte_is_rejected) {
  // One byte in every 32-byte element (commitments, evaluations, W, W').
  for (size_t at = 5; at < proof_->size(); at += 32) {
    auto bad = *proof_;
    bad[at] ^= 0x01;
    EXPECT_FALSE(accepts(bad, s_->instances)) << "byte " << at;
  }
}

TEST_F(ProverTamper, swapped_commitments_are_rejected) {
  auto bad = *proof_;
  std::swap_ranges(bad.begin() + 5, bad.begin() + 37, bad.begin() + 37);
  EXPECT_THROW(verify(s_->pk.vk, s_->instances, bad, srs().verifier_key()), VerificationError);
}

TEST_F(ProverTamper, wrong_instance_is_rejected) {
  auto instances = s_->instances;
  instances[0][0] += Fr::one();
  EXPECT_THROW(verify(s_->pk.vk, instances, *proof_, srs().verifier_key()), VerificationError);
  instances[0] = {s_->instances[0][0], Fr::one()};  // an extra public value
  EXPECT_FALSE(accepts(*proof_, instances));
  EXPECT_THROW(verify(s_->pk.vk, {}, *proof_, srs().verifier_key()), InputError);
}

TEST_F(ProverTamper, truncated_or_extended_proof_is_an_encoding_error) {
  auto bad = *proof_;
  bad.pop_back();
  EXPECT_THROW(verify(s_->pk.vk, s_->instances, bad, srs().verifier_key()), EncodingError);
  bad = *proof_;
  bad.push_back(0);
  EXPECT_THROW(verify(s_->pk.vk, s_->instances, bad, srs().verifier_key()), EncodingError);
  EXPECT_THROW(verify(s_->pk.vk, s_->instances, std::vector<uint8_t>{}, srs().verifier_key()), EncodingError);
}

TEST_F(ProverTamper, bad_version_noncanonical_scalar_and_off_curve_point_are_encoding_errors) {
  auto bad = *proof_;
  bad[4] = 1;  // version 1 (quotient evaluations in the proof) is no longer read
  EXPECT_THROW(verify(s_->pk.vk, s_->instances, bad, srs().verifier_key()), EncodingError);
  const Proof parsed = Proof::from_bytes(*proof_, s_->pk.vk);
  const size_t first_eval = 5 + 32 * (parsed.advice_commitments.size() + parsed.argument_commitments.size() + 1 +
                                      parsed.quotient_commitments.size());
  bad = *proof_;
  std::fill(bad.begin() + static_cast<std::ptrdiff_t>(first_eval), bad.begin() + static_cast<std::ptrdiff_t>(first_eval + 31), 0xff);
  bad[first_eval + 31] = 0x3f;  // > r, < 2^254
  EXPECT_THROW(verify(s_->pk.vk, s_->instances, bad, srs().verifier_key()), EncodingError);
  bad = *proof_;
  std::fill(bad.begin() + 5, bad.begin() + 37, 0);
  bad[5] = 3;  // another x: not on the curve, or another point; rejected either way
  EXPECT_FALSE(accepts(bad, s_->instances));
}

TEST_F(ProverTamper, proof_from_another_circuit_is_rejected) {
  ProverSetup other = setup<SquareCircuit>(5);
  const auto foreign = prove(other.pk, *other.circuit, other.instances, seeded());
  EXPECT_THROW(verify(s_->pk.vk, s_->instances, foreign, srs().verifier_key()), EncodingError);
  // Same shape, other k: the proof is as long but the transcript differs.
  ProverSetup bigger = setup<FeatureCircuit>(6);
  const auto at_k6 = prove(bigger.pk, *bigger.circuit, bigger.instances, seeded());
  EXPECT_THROW(verify(s_->pk.vk, s_->instances, at_k6, srs().verifier_key()), VerificationError);
}

TEST_F(ProverTamper, proof_and_key_serialization_round_trip) {
  EXPECT_EQ(Proof::from_bytes(*proof_, s_->pk.vk).to_bytes(), *proof_);
  const auto vk_bytes = s_->pk.vk.to_bytes();
  const VerifyingKey vk = VerifyingKey::from_bytes(vk_bytes, s_->cs);
  EXPECT_EQ(vk.digest, s_->pk.vk.digest);
  EXPECT_EQ(vk.to_bytes(), vk_bytes);
  EXPECT_NO_THROW(verify(vk, s_->instances, *proof_, srs().verifier_key()));
}

TEST_F(ProverTamper, key_bytes_are_validated) {
  const auto vk_bytes = s_->pk.vk.to_bytes();
  ConstraintSystem other;
  SquareCircuit().configure(other);
  EXPECT_THROW(VerifyingKey::from_bytes(vk_bytes, other), InputError);
  auto bad = vk_bytes;
  bad.pop_back();
  EXPECT_THROW(VerifyingKey::from_bytes(bad, s_->cs), EncodingError);
  bad = vk_bytes;
  bad[0] = 'x';
  EXPECT_THROW(VerifyingKey::from_bytes(bad, s_->cs), EncodingError);
  bad = vk_bytes;
  bad[bad.size() - 32] ^= 1;  // the last commitment
  EXPECT_THROW(VerifyingKey::from_bytes(bad, s_->cs), EncodingError);
}

TEST_F(ProverTamper, deterministic_mode_reproduces_the_proof_bytes) {
  EXPECT_EQ(prove(s_->pk, *s_->circuit, s_->instances, seeded()), *proof_);
  const auto other_seed = prove(s_->pk, *s_->circuit, s_->instances, seeded(8));
  EXPECT_NE(other_seed, *proof_);
  EXPECT_TRUE(accepts(other_seed, s_->instances));
  const auto random1 = prove(s_->pk, *s_->circuit, s_->instances);
  EXPECT_NE(random1, *proof_);
  EXPECT_TRUE(accepts(random1, s_->instances));
}

}  // namespace
}  // namespace zkevm::plonk

namespace zkevm::plonk {
namespace {

// δ separates the permutation's cosets; a δ of 0 (as a constant-initialized
// static once produced) makes every copy constraint vacuous.
// A fixed table that is zero on all but its first 5 rows (2^k − 5 − blinding
// zero rows, as zero padding leaves) and an input that is zero on most rows.
class ZeroPaddedTableCircuit : public Circuit {
 public:
  Column<Advice> a;
  Column<Fixed> t;
  Selector s;
  void configure(ConstraintSystem& cs) override {
    a = cs.advice_column("a");
    t = cs.fixed_column("t");
    s = cs.selector("s");
    cs.lookup("a in t", "t", {a.cur()}, {t.cur()}, Expression(s));
  }
  void synthesize(Assignment& asg) override {
    for (uint64_t v = 1; v <= 5; ++v) asg.assign(t, v - 1, Fr::from_u64(v));
    for (size_t i = 0; i < asg.usable_rows(); ++i) {
      asg.assign(a, i, Fr::from_u64(i % 16 == 3 ? i % 5 + 1 : 0));
      asg.enable_selector(s, i);
    }
  }
};

TEST(Prover, lookup_into_a_zero_padded_table_with_many_zero_inputs_verifies) {
  ProverSetup s = setup<ZeroPaddedTableCircuit>(7);
  ZeroPaddedTableCircuit probe;
  ASSERT_TRUE(MockProver::run(probe, 7).verify().empty());
  const auto proof = prove(s.pk, *s.circuit, s.instances, seeded());
  EXPECT_NO_THROW(verify(s.pk.vk, s.instances, proof, srs().verifier_key()));
}

TEST(Prover, gate_without_selector_gives_a_rejected_proof_as_the_mock_prover_predicts) {
  for (bool selected : {false, true}) {
    ProverSetup s = setup<test::UnselectedCircuit>(5, selected);
    test::UnselectedCircuit probe(selected);
    const auto failures = MockProver::run(probe, 5).verify();
    const auto proof = prove(s.pk, *s.circuit, s.instances, seeded());
    EXPECT_EQ(verify_ok(s.pk.vk, s.instances, proof, srs().verifier_key()), selected);
    EXPECT_EQ(failures.empty(), selected) << summarize(failures);
    if (!selected) EXPECT_EQ(failures.at(0).kind, FailureKind::ConstraintNotSwitchedOff);
  }
}

TEST(Prover, circuit_object_that_keygen_never_configured_proves) {
  ProverSetup s = setup<FeatureCircuit>(5);
  FeatureCircuit fresh;  // its column handles are set by prove's own configure
  const auto proof = prove(s.pk, fresh, s.instances, seeded());
  EXPECT_EQ(proof, prove(s.pk, *s.circuit, s.instances, seeded()));
  EXPECT_NO_THROW(verify(s.pk.vk, s.instances, proof, srs().verifier_key()));
}

TEST(Prover, circuit_of_another_shape_is_an_input_error) {
  ProverSetup s = setup<SquareCircuit>(5);
  FeatureCircuit other;
  try {
    prove(s.pk, other, s.instances, seeded());
    ADD_FAILURE() << "prove accepted a circuit of another shape";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("different constraint system"), std::string::npos) << e.what();
  }
  // Same columns, one gate switched from selected to unselected: another shape too.
  ProverSetup selected = setup<test::UnselectedCircuit>(5, true);
  test::UnselectedCircuit unselected(false);
  EXPECT_THROW(prove(selected.pk, unselected, selected.instances, seeded()), InputError);
}

TEST(Permutation, delta_is_generator_to_the_two_adicity) {
  Fr expected = Fr::from_u64(7);
  for (unsigned i = 0; i < Fr::two_adicity; ++i) expected = expected.square();
  EXPECT_EQ(permutation_delta(), expected);
  EXPECT_NE(permutation_delta(), Fr::one());
}

}  // namespace
}  // namespace zkevm::plonk
