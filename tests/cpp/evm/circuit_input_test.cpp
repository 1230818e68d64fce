// The bus-mapping's copy events, Keccak inputs, EXP events, bytecodes, MPT
// updates and signatures agree with the execution they were recorded from.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>

#include "cpp/evm/circuit_input.hpp"
#include "cpp/util/error.hpp"
#include "evm/fixtures.hpp"

namespace zkevm::evm {
namespace {

namespace fs = std::filesystem;

struct CaseRun {
  StateTestCase c;
  BusMappingTracer tracer;
  WorldState post;
  CircuitInput input;
};

// Every passing case of the bundled fixtures, run once for all tests here.
const std::vector<std::unique_ptr<CaseRun>>& bundled_runs() {
  static std::vector<std::unique_ptr<CaseRun>> runs = [] {
    std::vector<std::unique_ptr<CaseRun>> out;
    for (const auto& e : fs::recursive_directory_iterator(test_data() / "ethtests")) {
      if (e.path().extension() != ".json") continue;
      for (const auto& c : load_state_test(e.path().string())) {
        auto r = std::make_unique<CaseRun>();
        r->c = c;
        if (run_state_test_case(c, &r->tracer, &r->post).verdict != Verdict::Pass) continue;
        r->input = build_circuit_input(c, r->tracer, r->post);
        out.push_back(std::move(r));
      }
    }
    return out;
  }();
  return runs;
}

U256 pow_naive(U256 base, U256 e) {
  U256 result(1);
  for (int i = 0; i < 256; ++i) {
    if ((e.w[i / 64] >> (i % 64)) & 1) result = result * base;
    base = base * base;
  }
  return result;
}

TEST(CircuitInput, copy_event_bytes_equal_the_memory_ops_in_their_rw_range) {
  std::map<std::string, int> kinds;
  for (const auto& r : bundled_runs()) {
    const auto& ops = r->tracer.rw_ops();
    for (const auto& e : r->tracer.copy_events()) {
      kinds[std::string(copy_data_type_name(e.src_type)) + "->" + copy_data_type_name(e.dst_type)]++;
      if (e.rw_counter_start == e.rw_counter_end) continue;  // call input / init code: no RW ops
      ASSERT_LE(e.rw_counter_end, ops.size() + 1) << r->c.id();
      // Memory ops of the range, reads then writes; each side that is memory equals the bytes.
      Bytes reads, writes;
      for (uint64_t k = e.rw_counter_start; k < e.rw_counter_end; ++k) {
        const RwOp& op = ops[k - 1];
        ASSERT_EQ(op.tag, RwTag::Memory) << r->c.id();
        (op.is_write ? writes : reads).push_back(static_cast<uint8_t>(op.value.w[0]));
      }
      if (e.src_type == CopyDataType::Memory) {
        EXPECT_EQ(reads, e.bytes) << r->c.id();
      }
      if (e.dst_type == CopyDataType::Memory) {
        EXPECT_EQ(writes, e.bytes) << r->c.id();
      }
      if (e.src_type == CopyDataType::TxCalldata) {
        const Bytes& data = r->input.txs[0].tx.data;
        for (std::size_t i = 0; i < e.bytes.size(); ++i) {
          uint64_t at = e.src_offset + i;
          EXPECT_EQ(e.bytes[i], e.src_offset < data.size() && at < data.size() ? data[at] : 0) << r->c.id();
        }
      }
    }
  }
  for (const char* k : {"TxCalldata->Memory", "Bytecode->Memory", "Memory->Keccak", "Memory->TxLog",
                        "Memory->Returndata", "Returndata->Memory", "Memory->Calldata", "Memory->Bytecode",
                        "Memory->Memory", "Calldata->Memory"})
    EXPECT_GT(kinds[k], 0) << k;
}

TEST(CircuitInput, keccak_inputs_hash_to_their_outputs_and_create_addresses_exist) {
  std::map<std::string, int> sources;
  for (const auto& r : bundled_runs()) {
    std::set<Address> touched;
    for (const auto& op : r->tracer.rw_ops()) touched.insert(op.address);
    for (const auto& k : r->input.keccak_inputs) {
      ++sources[k.source];
      ASSERT_EQ(keccak256(k.input), k.output) << r->c.id() << " " << k.source;
      if (k.source == "CREATE" || k.source == "CREATE2") {
        Address a;
        std::copy(k.output.begin() + 12, k.output.end(), a.begin());
        EXPECT_TRUE(touched.count(a)) << r->c.id() << ": " << k.source << " address " << address_hex(a);
      }
    }
  }
  for (const char* s : {"SHA3", "bytecode", "CREATE", "CREATE2", "tx", "tx_sign"}) EXPECT_GT(sources[s], 0) << s;
}

TEST(CircuitInput, exp_events_hold_base_to_the_exponent) {
  int n = 0;
  for (const auto& r : bundled_runs())
    for (const auto& e : r->tracer.exp_events()) {
      EXPECT_EQ(e.result, pow_naive(e.base, e.exponent)) << r->c.id();
      EXPECT_EQ(r->tracer.steps()[e.step].execution_state, "EXP");
      ++n;
    }
  EXPECT_GT(n, 10);
}

TEST(CircuitInput, mpt_update_roots_chain_from_the_pre_root_to_the_post_root) {
  int updates = 0;
  for (const auto& r : bundled_runs()) {
    const auto& u = r->input.mpt_updates;
    if (u.empty()) {
      EXPECT_EQ(r->c.test->pre.state_root(), r->c.expected_root) << r->c.id();
      continue;
    }
    EXPECT_EQ(u.front().old_root, r->c.test->pre.state_root()) << r->c.id();
    for (std::size_t i = 1; i < u.size(); ++i) EXPECT_EQ(u[i].old_root, u[i - 1].new_root) << r->c.id();
    EXPECT_EQ(u.back().new_root, r->c.expected_root) << r->c.id();
    updates += u.size();
  }
  EXPECT_GT(updates, 100);
}

TEST(CircuitInput, signatures_recover_the_sender_and_bytecodes_hash_to_their_ids) {
  int signed_txs = 0;
  for (const auto& r : bundled_runs()) {
    ASSERT_EQ(r->input.signatures.size(), r->c.expect_exception.empty() ? 1u : 0u) << r->c.id();
    for (const Signature& s : r->input.signatures) {
      EXPECT_EQ(recover_signer(s.msg_hash, s.r, s.s, s.v), r->c.test->base.sender) << r->c.id();
      EXPECT_EQ(s.recovered, r->c.test->base.sender);
      ++signed_txs;
    }
    for (const auto& b : r->input.bytecodes) {
      EXPECT_EQ(keccak256(b.bytes), b.hash);
      EXPECT_EQ(b.is_code.size(), b.bytes.size());
    }
  }
  EXPECT_GT(signed_txs, 100);
}

// The per-case properties of the tests above, for the slow sweep.
void expect_consistent_tables(const CaseRun& r) {
  const auto& ops = r.tracer.rw_ops();
  for (const auto& e : r.tracer.copy_events()) {
    Bytes reads, writes;
    for (uint64_t k = e.rw_counter_start; k < e.rw_counter_end && k <= ops.size(); ++k)
      (ops[k - 1].is_write ? writes : reads).push_back(static_cast<uint8_t>(ops[k - 1].value.w[0]));
    if (e.rw_counter_start == e.rw_counter_end) continue;
    if (e.src_type == CopyDataType::Memory) {
      EXPECT_EQ(reads, e.bytes) << r.c.id();
    }
    if (e.dst_type == CopyDataType::Memory) {
      EXPECT_EQ(writes, e.bytes) << r.c.id();
    }
  }
  for (const auto& k : r.input.keccak_inputs) EXPECT_EQ(keccak256(k.input), k.output) << r.c.id();
  for (const auto& e : r.tracer.exp_events()) EXPECT_EQ(e.result, pow_naive(e.base, e.exponent)) << r.c.id();
  const auto& u = r.input.mpt_updates;
  EXPECT_EQ(u.empty() ? r.c.test->pre.state_root() : u.back().new_root, r.c.expected_root) << r.c.id();
  for (const Signature& s : r.input.signatures) EXPECT_EQ(s.recovered, r.c.test->base.sender) << r.c.id();
}

TEST(CircuitInputSlow, tables_of_every_passing_developer_case_are_consistent) {
  fs::path shared = test_data() / "../../../shared/ethtests/GeneralStateTests";
  if (!fs::exists(shared)) GTEST_SKIP() << "../shared/ethtests is not present";
  int checked = 0;
  for (const auto& e : fs::recursive_directory_iterator(shared)) {
    if (e.path().extension() != ".json") continue;
    for (const auto& c : load_state_test(e.path().string())) {
      CaseRun r;
      r.c = c;
      if (run_state_test_case(c, &r.tracer, &r.post).verdict != Verdict::Pass) continue;
      r.input = build_circuit_input(c, r.tracer, r.post);
      expect_consistent_tables(r);
      ++checked;
    }
  }
  EXPECT_GT(checked, 5000);
}

TEST(CircuitInput, code_flags_mark_push_data_as_not_code) {
  const Bytes code = {0x61, 0x01, 0x02, 0x5b, 0x7f};  // PUSH2 0x0102 JUMPDEST PUSH32 (truncated)
  EXPECT_EQ(code_flags(code), (std::vector<uint8_t>{1, 0, 0, 1, 1}));
}

TEST(CircuitInput, block_context_and_tx_come_from_the_fixture) {
  auto cases = load_state_test((test_data() / "ethtests/GeneralStateTests/stExample/add11_yml.json").string());
  BusMappingTracer tracer;
  WorldState post;
  ASSERT_EQ(run_state_test_case(cases[0], &tracer, &post).verdict, Verdict::Pass);
  CircuitInput in = build_circuit_input(cases[0], tracer, post);
  EXPECT_EQ(in.block.coinbase, cases[0].test->block.coinbase);
  EXPECT_EQ(in.block.number, cases[0].test->block.number);
  ASSERT_EQ(in.txs.size(), 1u);
  EXPECT_EQ(in.txs[0].tx.data, cases[0].transaction().data);
  EXPECT_EQ(in.txs[0].hash, keccak256(cases[0].txbytes));
  // add11 stores 1+1 in one slot of one contract.
  int storage = 0;
  for (const auto& u : in.mpt_updates) storage += u.field == MptField::Storage;
  EXPECT_EQ(storage, 1);
}

}  // namespace
}  // namespace zkevm::evm
