// Soundness: take a valid trace, change one thing a prover could lie about,
// and check that the MockProver fails at the constraint that guards it.
#include <gtest/gtest.h>

#include "tests/cpp/circuits/evm/evm_test_util.hpp"

namespace zkevm::circuits::evm_circuit::test {
namespace {

using Tamper = std::function<void(plonk::Assignment&, const EvmConfig&, const EvmWitness&, const std::vector<size_t>&)>;

class EvmSoundness : public ::testing::Test {
 protected:
  static const EvmTrace& add11() {
    static const EvmTrace t = trace_of("stExample/add11_yml.json");
    return t;
  }
  static const EvmTrace& sstore_gas() {
    static const EvmTrace t = trace_of("stSStoreTest/sstoreGas.json");
    return t;
  }

  // The failures after tamper changes the valid assignment of trace.
  static std::vector<plonk::Failure> failures_after(const EvmTrace& trace, const Tamper& tamper) {
    EvmCircuit circuit(trace);
    const EvmWitness* w = &circuit.witness();
    circuit.tamper = [&](plonk::Assignment& a, const EvmConfig& config) { tamper(a, config, *w, config.step_rows(*w)); };
    return mock(circuit);
  }

  // The failures when the witness itself is edited before assignment (a lie told consistently).
  static std::vector<plonk::Failure> failures_with(const EvmTrace& trace, const std::function<void(EvmWitness&)>& edit) {
    EvmCircuit circuit(trace);
    edit(circuit.witness());
    return mock(circuit);
  }

  static int step(const EvmWitness& w, ExecutionState s, int n = 0) {
    const int i = find_step(w, s, n);
    if (i < 0) throw InternalError(std::string("no ") + execution_state_name(s) + " step");
    return i;
  }

  static void add_one(plonk::Assignment& a, Column<Advice> column, size_t row) {
    a.assign(column, row, a.value(column, row) + Fr::one());
  }
};

TEST_F(EvmSoundness, valid_traces_pass) {
  EXPECT_TRUE(failures_after(add11(), [](auto&...) {}).empty());
}

TEST_F(EvmSoundness, rejects_a_wrong_sum_written_consistently) {
  // The ADD's result is off by one both in its step and in the RW table.
  auto f = failures_with(add11(), [](EvmWitness& w) {
    const int i = step(w, ExecutionState::AddSub);
    RwRow& write = w.steps[i].rws[2];
    write.value = write.value + evm::U256(1);
    w.rw_rows[write.rw_counter - 1].value = write.value;
  });
  EXPECT_TRUE(fails_at(f, "ADD_SUB: sum: lo limb sum")) << plonk::summarize(f);
}

TEST_F(EvmSoundness, rejects_an_rw_value_not_in_the_rw_table) {
  auto f = failures_after(add11(), [](plonk::Assignment& a, const EvmConfig& c, const EvmWitness& w, const auto& rows) {
    add_one(a, c.columns().rw.value_lo, rows[step(w, ExecutionState::AddSub)] + 1);
  });
  EXPECT_TRUE(fails_at(f, "evm RW operation")) << plonk::summarize(f);
}

TEST_F(EvmSoundness, rejects_a_wrong_gas_cost) {
  auto f = failures_after(add11(), [](plonk::Assignment& a, const EvmConfig& c, const EvmWitness& w, const auto& rows) {
    add_one(a, c.columns().step.gas_left, rows[step(w, ExecutionState::AddSub) + 1]);
  });
  EXPECT_TRUE(fails_at(f, "ADD_SUB: next gas_left")) << plonk::summarize(f);
}

TEST_F(EvmSoundness, rejects_an_opcode_that_is_not_in_the_code) {
  auto f = failures_after(add11(), [](plonk::Assignment& a, const EvmConfig& c, const EvmWitness& w, const auto& rows) {
    a.assign(c.columns().step.opcode, rows[step(w, ExecutionState::AddSub)], Fr::from_u64(0x03));  // SUB
  });
  EXPECT_TRUE(fails_at(f, "evm opcode fetch")) << plonk::summarize(f);
}

TEST_F(EvmSoundness, rejects_a_wrong_program_counter) {
  auto f = failures_after(add11(), [](plonk::Assignment& a, const EvmConfig& c, const EvmWitness& w, const auto& rows) {
    add_one(a, c.columns().step.pc, rows[step(w, ExecutionState::AddSub)]);
  });
  EXPECT_TRUE(fails_at(f, "PUSH: next pc")) << plonk::summarize(f);
}

TEST_F(EvmSoundness, rejects_a_wrong_stack_pointer) {
  auto f = failures_after(add11(), [](plonk::Assignment& a, const EvmConfig& c, const EvmWitness& w, const auto& rows) {
    add_one(a, c.columns().step.stack_pointer, rows[step(w, ExecutionState::AddSub)]);
  });
  EXPECT_TRUE(fails_at(f, "PUSH: next stack_pointer")) << plonk::summarize(f);
}

TEST_F(EvmSoundness, rejects_a_skipped_rw_counter) {
  auto f = failures_after(add11(), [](plonk::Assignment& a, const EvmConfig& c, const EvmWitness& w, const auto& rows) {
    add_one(a, c.columns().step.rw_counter, rows[step(w, ExecutionState::AddSub)]);
  });
  EXPECT_TRUE(fails_at(f, "rw_counter counts the RW rows")) << plonk::summarize(f);
}

TEST_F(EvmSoundness, rejects_a_push_byte_that_is_not_in_the_code) {
  auto f = failures_with(add11(), [](EvmWitness& w) {
    // PUSH1 pushes 2 instead of the code's byte, in its step and in the RW table.
    RwRow& write = w.steps[step(w, ExecutionState::Push)].rws[0];
    write.value = write.value + evm::U256(1);
    w.rw_rows[write.rw_counter - 1].value = write.value;
  });
  EXPECT_TRUE(fails_at(f, "evm code slot")) << plonk::summarize(f);
}

TEST_F(EvmSoundness, rejects_a_step_in_another_state) {
  auto f = failures_after(add11(), [](plonk::Assignment& a, const EvmConfig& c, const EvmWitness& w, const auto& rows) {
    const size_t row = rows[step(w, ExecutionState::AddSub)];
    a.assign(c.columns().state[static_cast<size_t>(ExecutionState::AddSub)], row, Fr::zero());
    a.assign(c.columns().state[static_cast<size_t>(ExecutionState::Mul)], row, Fr::one());
  });
  // The MUL gate now applies to the ADD's rows (and reads cells the ADD never wrote).
  EXPECT_TRUE(fails_at(f, "evm MUL")) << plonk::summarize(f);
}

TEST_F(EvmSoundness, rejects_a_dropped_rw_row) {
  auto f = failures_after(add11(), [](plonk::Assignment& a, const EvmConfig& c, const EvmWitness& w, const auto& rows) {
    a.assign(c.columns().is_rw, rows[step(w, ExecutionState::AddSub)] + 2, Fr::zero());
  });
  EXPECT_TRUE(fails_at(f, "ADD_SUB: row 2 is an RW row")) << plonk::summarize(f);
}

TEST_F(EvmSoundness, rejects_a_wrong_stored_value) {
  auto f = failures_with(add11(), [](EvmWitness& w) {
    RwRow& write = w.steps[step(w, ExecutionState::SstoreWrite)].rws[4];
    write.value = evm::U256(3);
    w.rw_rows[write.rw_counter - 1].value = write.value;
  });
  EXPECT_TRUE(fails_at(f, "SSTORE_WRITE: storage write value lo")) << plonk::summarize(f);
}

TEST_F(EvmSoundness, rejects_a_wrong_sstore_gas_cost) {
  auto f = failures_after(add11(), [](plonk::Assignment& a, const EvmConfig& c, const EvmWitness& w, const auto& rows) {
    // Charge the warm price (2900 + 0) instead of 20000 + 2100.
    const int i = step(w, ExecutionState::SstoreWrite);
    a.assign(c.columns().step.gas_left, rows[i + 1], Fr::from_u64(w.steps[i].values.gas_left - 2900));
  });
  EXPECT_TRUE(fails_at(f, "SSTORE_WRITE: next gas_left")) << plonk::summarize(f);
}

TEST_F(EvmSoundness, rejects_a_wrong_first_gas_left) {
  auto f = failures_after(add11(), [](plonk::Assignment& a, const EvmConfig& c, const EvmWitness& w, const auto& rows) {
    add_one(a, c.columns().step.gas_left, rows[step(w, ExecutionState::BeginCall) + 1]);
  });
  EXPECT_TRUE(fails_at(f, "BeginCall: first gas_left")) << plonk::summarize(f);
}

TEST_F(EvmSoundness, rejects_a_failed_receipt_status) {
  auto f = failures_with(add11(), [](EvmWitness& w) {
    RwRow& status = w.steps[step(w, ExecutionState::EndTx)].rws[3];
    status.value = evm::U256(0);
    w.rw_rows[status.rw_counter - 1].value = status.value;
  });
  EXPECT_TRUE(fails_at(f, "EndTx: receipt status")) << plonk::summarize(f);
}

}  // namespace
}  // namespace zkevm::circuits::evm_circuit::test
