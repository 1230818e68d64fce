// Blocks of several transactions on one world state: a block of one case is
// the state test; a block of several equals its cases run one after the
// other on the evolving state; its trace numbers transactions and calls
// across the block and replays consistently.
#include <gtest/gtest.h>

#include <map>
#include <memory>

#include "cpp/evm/block.hpp"
#include "cpp/evm/bus_mapping.hpp"
#include "cpp/evm/circuit_input.hpp"
#include "cpp/util/error.hpp"
#include "evm/fixtures.hpp"

namespace zkevm::evm {
namespace {

// The valid Cancun cases of every test under root that pass on their own, per test.
std::vector<std::vector<StateTestCase>> tests_with_passing_cases(const std::filesystem::path& root) {
  std::map<std::string, std::vector<StateTestCase>> by_test;
  for (const auto& file : fixture_files(root)) {
    std::vector<StateTestCase> cases;
    try {
      cases = load_state_test(file, "Cancun");
    } catch (const InputError&) {
      continue;  // not a state test (manifest.json)
    }
    for (const auto& c : cases)
      if (c.expect_exception.empty() && run_state_test_case(c).verdict == Verdict::Pass)
        by_test[c.test->file + "::" + c.test->name].push_back(c);
  }
  std::vector<std::vector<StateTestCase>> out;
  for (auto& [name, cases] : by_test) out.push_back(std::move(cases));
  return out;
}

// The bundled tests' cases that use under 10^6 gas: memory is traced per
// byte and costs gas, so this keeps out the megabyte traces that would make
// the default suite slow (the slow test below takes every case).
const std::vector<std::vector<StateTestCase>>& bundled_tests() {
  static const auto tests = [] {
    std::vector<std::vector<StateTestCase>> out;
    for (auto& cases : tests_with_passing_cases(test_data() / "ethtests")) {
      std::erase_if(cases, [](const StateTestCase& c) { return run_state_test_case(c).gas_used >= 1000000; });
      if (!cases.empty()) out.push_back(std::move(cases));
    }
    return out;
  }();
  return tests;
}

// Up to four cases of each test with several: the blocks the tests run.
std::vector<std::vector<StateTestCase>> multi_case_blocks(const std::vector<std::vector<StateTestCase>>& tests) {
  std::vector<std::vector<StateTestCase>> out;
  for (const auto& cases : tests)
    if (cases.size() >= 2) out.emplace_back(cases.begin(), cases.begin() + std::min<std::size_t>(cases.size(), 4));
  return out;
}

// Runs case c on `state` as the k-th transaction of a block would be run:
// with the template's nonce + k.
CaseResult run_case_on(const StateTestCase& c, const WorldState& state, std::size_t k, WorldState* post) {
  auto test = std::make_shared<StateTest>(*c.test);
  test->pre = state;
  test->base.nonce = test->base.nonce + U256(k);
  StateTestCase moved = c;
  moved.test = test;
  return run_state_test_case(moved, nullptr, post);
}

std::vector<std::vector<Address>> deletions(const BlockResult& r) {
  std::vector<std::vector<Address>> out;
  for (const TxResult& t : r.txs) out.push_back(t.deleted);
  return out;
}

Block add11_twice() {
  return block_from_state_test((test_data() / "ethtests/GeneralStateTests/stExample/add11_yml.json").string(), {0, 0});
}

TEST(Block, signing_a_case_again_reproduces_the_fixtures_signed_bytes) {
  int checked = 0;
  for (const auto& cases : bundled_tests())
    for (const auto& c : cases) {
      if (c.txbytes.empty()) continue;
      Transaction decoded = decode_transaction(c.txbytes, c.id());
      EXPECT_EQ(encode_signed_transaction(decoded), c.txbytes) << c.id();
      Block block = block_from_state_test_cases({c});
      EXPECT_EQ(block.txs[0].signed_bytes, c.txbytes) << c.id();  // RFC 6979: same key, same signature
      ++checked;
    }
  EXPECT_GT(checked, 80);
}

TEST(Block, a_block_of_one_case_is_the_state_test) {
  int checked = 0;
  for (const auto& cases : bundled_tests())
    for (const auto& c : cases) {
      Block block = block_from_state_test_cases({c});
      BlockResult r = run_block(block);
      EXPECT_EQ(r.verdict, Verdict::Pass) << c.id() << ": " << r.reason;
      EXPECT_EQ(r.state_root, c.expected_root) << c.id();
      EXPECT_EQ(r.logs_hash, c.expected_logs_hash) << c.id();
      EXPECT_EQ(r.gas_used, run_state_test_case(c).gas_used) << c.id();
      ++checked;
    }
  EXPECT_GT(checked, 100);
}

TEST(Block, a_block_of_one_case_traces_like_the_state_test) {
  for (const auto& cases : bundled_tests()) {
    const StateTestCase& c = cases.front();
    BusMappingTracer alone, in_block;
    WorldState post_alone, post_block;
    run_state_test_case(c, &alone, &post_alone);
    Block block = block_from_state_test_cases({c});
    run_block(block, &in_block, &post_block);
    ASSERT_EQ(alone.rw_ops().size(), in_block.rw_ops().size()) << c.id();
    for (std::size_t i = 0; i < alone.rw_ops().size(); ++i) {
      const RwOp &a = alone.rw_ops()[i], &b = in_block.rw_ops()[i];
      EXPECT_TRUE(a.rw_counter == b.rw_counter && a.is_write == b.is_write && a.tag == b.tag && a.id == b.id &&
                  a.address == b.address && a.field == b.field && a.key == b.key && a.value == b.value &&
                  a.value_prev == b.value_prev && a.committed_value == b.committed_value && a.reverted == b.reverted)
          << c.id() << ": op " << i;
    }
    ASSERT_EQ(alone.steps().size(), in_block.steps().size()) << c.id();
    for (std::size_t i = 0; i < alone.steps().size(); ++i) {
      EXPECT_EQ(alone.steps()[i].rw_counter, in_block.steps()[i].rw_counter) << c.id();
      EXPECT_EQ(alone.steps()[i].call_id, in_block.steps()[i].call_id) << c.id();
      EXPECT_EQ(in_block.steps()[i].tx_id, 1u) << c.id();
    }
    CircuitInput a = build_circuit_input(c, alone, post_alone), b = build_circuit_input(block, in_block, post_block);
    ASSERT_EQ(b.txs.size(), 1u);
    if (!c.txbytes.empty()) {
      EXPECT_EQ(a.txs[0].hash, b.txs[0].hash) << c.id();
    }
    EXPECT_EQ(a.keccak_inputs.size(), b.keccak_inputs.size()) << c.id();
    EXPECT_EQ(a.mpt_updates.size(), b.mpt_updates.size()) << c.id();
    EXPECT_EQ(a.bytecodes.size(), b.bytecodes.size()) << c.id();
  }
}

struct TracedBlock {
  Block block;
  BusMappingTracer tracer;
  WorldState post;
  BlockResult result;
};

// A block of `cases` run with the bus-mapping tracer; null when an earlier
// transaction leaves a later one invalid (funds, block gas), which the block
// reports as an InputError naming the case.
std::unique_ptr<TracedBlock> run_traced(const std::vector<StateTestCase>& cases) {
  auto run = std::make_unique<TracedBlock>();
  run->block = block_from_state_test_cases(cases);
  try {
    run->result = run_block(run->block, &run->tracer, &run->post);
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find(cases.front().test->name), std::string::npos) << e.what();
    return nullptr;
  }
  return run;
}

// Checks a block of `cases` against the cases run one after another on the
// evolving state (roots, logs, gas) and its RW ops against the replay
// checker; false when the block is invalid (run_traced).
bool equals_cases_run_in_turn(const std::vector<StateTestCase>& cases) {
  std::unique_ptr<TracedBlock> run = run_traced(cases);
  if (!run) return false;
  const Block& block = run->block;
  const BlockResult& r = run->result;
  EXPECT_EQ(r.verdict, Verdict::Pass) << block.source << ": " << r.reason;
  EXPECT_EQ(r.txs.size(), cases.size()) << block.source;
  if (r.txs.size() != cases.size()) return false;
  WorldState state = block.pre;
  uint64_t cumulative = 0;
  std::vector<Log> logs;
  for (std::size_t k = 0; k < cases.size(); ++k) {
    WorldState next;
    CaseResult alone = run_case_on(cases[k], state, k, &next);
    const TxResult& t = r.txs[k];
    EXPECT_EQ(t.state_root, alone.state_root) << cases[k].id() << " as transaction " << k;
    EXPECT_EQ(t.logs_hash, alone.logs_hash) << cases[k].id();
    EXPECT_EQ(t.gas_used, alone.gas_used) << cases[k].id();
    cumulative += alone.gas_used;
    EXPECT_EQ(t.cumulative_gas_used, cumulative) << cases[k].id();
    logs.insert(logs.end(), t.logs.begin(), t.logs.end());
    state = std::move(next);
  }
  EXPECT_EQ(r.state_root, state.state_root()) << block.source;
  EXPECT_EQ(r.logs_hash, logs_hash(logs)) << block.source;
  EXPECT_NO_THROW(check_rw_consistency(run->tracer.rw_ops(), block.pre, run->post, deletions(r))) << block.source;
  return true;
}

TEST(Block, a_block_of_several_cases_equals_the_cases_run_one_after_another) {
  int compared = 0;
  for (const auto& cases : multi_case_blocks(bundled_tests())) compared += equals_cases_run_in_turn(cases);
  EXPECT_GE(compared, 10);
}

TEST(BlockSlow, blocks_of_the_developer_tests_equal_their_cases_run_one_after_another) {
  std::filesystem::path shared = test_data() / "../../../shared/ethtests/GeneralStateTests";
  if (!std::filesystem::exists(shared)) GTEST_SKIP() << "../shared/ethtests is not present";
  int compared = 0;
  for (const auto& cases : multi_case_blocks(tests_with_passing_cases(shared)))
    compared += equals_cases_run_in_turn(cases);
  EXPECT_GT(compared, 300);  // 359 of the developer set's tests
}

TEST(Block, the_trace_of_a_block_numbers_transactions_and_calls_across_it) {
  int traced = 0;
  for (const auto& cases : multi_case_blocks(bundled_tests())) {
    std::unique_ptr<TracedBlock> run = run_traced(cases);
    if (!run) continue;
    const Block& block = run->block;
    const BlockResult& r = run->result;
    const BusMappingTracer& tracer = run->tracer;
    const auto& ops = tracer.rw_ops();
    EXPECT_EQ(ops.front().tag, RwTag::Start);
    // Ops up to a transaction's last receipt op are its own.
    uint64_t tx = 1;
    int receipts = 0;
    for (const RwOp& op : ops) {
      EXPECT_EQ(op.tag == RwTag::Start, op.rw_counter == 1) << block.source;
      switch (op.tag) {
        case RwTag::TransientStorage:
        case RwTag::TxAccessListAccount:
        case RwTag::TxAccessListAccountStorage:
        case RwTag::TxRefund:
        case RwTag::TxLog: EXPECT_EQ(op.id, tx) << block.source << ": op " << op.rw_counter; break;
        case RwTag::TxReceipt: {
          ASSERT_EQ(op.id, tx) << block.source;
          const TxResult& t = r.txs[tx - 1];
          const auto field = static_cast<ReceiptField>(op.field);
          if (field == ReceiptField::CumulativeGasUsed) {
            EXPECT_EQ(op.value, U256(t.cumulative_gas_used));
          } else if (field == ReceiptField::Status) {
            EXPECT_EQ(op.value, U256(t.status == Status::Success));
          }
          if (field == ReceiptField::LogLength) {
            EXPECT_EQ(op.value, U256(t.logs.size()));
            ++tx;
          }
          ++receipts;
          break;
        }
        default: break;
      }
    }
    EXPECT_EQ(receipts, 3 * static_cast<int>(cases.size()));
    // Steps run in transaction order, and a call id belongs to one transaction.
    std::map<uint64_t, uint64_t> tx_of_call;
    uint64_t last_tx = 1;
    for (const ExecStep& s : tracer.steps()) {
      EXPECT_GE(s.tx_id, last_tx);
      last_tx = s.tx_id;
      auto [it, fresh] = tx_of_call.emplace(s.call_id, s.tx_id);
      EXPECT_EQ(it->second, s.tx_id) << block.source << ": call " << s.call_id << " in two transactions";
    }
    CircuitInput input = build_circuit_input(block, tracer, run->post);
    ASSERT_EQ(input.txs.size(), cases.size());
    for (std::size_t k = 0; k < cases.size(); ++k) {
      EXPECT_EQ(input.txs[k].id, k + 1);
      EXPECT_EQ(input.txs[k].hash, keccak256(block.txs[k].signed_bytes));
      EXPECT_EQ(input.signatures[k].recovered, block.txs[k].tx.sender);
    }
    EXPECT_EQ(input.mpt_updates.empty() ? block.pre.state_root() : input.mpt_updates.back().new_root, r.state_root);
    ++traced;
  }
  EXPECT_GE(traced, 10);
}

TEST(Block, the_checker_follows_accounts_deleted_between_transactions) {
  // byte.json's coinbase is absent and earns nothing (gas price = base fee),
  // so each transaction creates it empty and deletes it at its end, without RW ops.
  Block block = block_from_state_test(
      (test_data() / "ethtests/GeneralStateTests/VMTests/vmBitwiseLogicOperation/byte.json").string(), {0, 1});
  BusMappingTracer tracer;
  WorldState post;
  BlockResult r = run_block(block, &tracer, &post);
  ASSERT_EQ(r.txs.size(), 2u);
  EXPECT_EQ(r.txs[0].deleted, std::vector<Address>{block.env.coinbase});
  EXPECT_NO_THROW(check_rw_consistency(tracer.rw_ops(), block.pre, post, deletions(r)));
  EXPECT_THROW(check_rw_consistency(tracer.rw_ops(), block.pre, post), VerificationError);
}

// A block of calls from add11's sender to a contract running `code`, one per calldata.
Block calls_to(const Bytes& code, const std::vector<Bytes>& calldata) {
  const std::shared_ptr<const StateTest> test =
      load_state_test((test_data() / "ethtests/GeneralStateTests/stExample/add11_yml.json").string())[0].test;
  const StateTest& add11 = *test;
  Block block;
  block.source = "calls_to";
  block.env = add11.block;
  block.pre = add11.pre;
  Address contract{};
  contract[0] = 0xc0;
  Account account;
  account.code = std::make_shared<const Bytes>(code);
  account.code_hash = keccak256(code);
  block.pre.put_account(contract, std::move(account));
  for (std::size_t k = 0; k < calldata.size(); ++k) {
    BlockTx btx;
    btx.name = "calls_to: transactions[" + std::to_string(k) + "]";
    btx.tx = add11.base;
    btx.tx.nonce = U256(k);
    btx.tx.gas_limit = U256(100000);
    btx.tx.to = contract;
    btx.tx.data = calldata[k];
    sign_transaction(btx.tx, add11.secret_key);
    btx.signed_bytes = encode_signed_transaction(btx.tx);
    block.txs.push_back(std::move(btx));
  }
  return block;
}

Bytes words(uint8_t a, uint8_t b) {
  Bytes out(64, 0);
  out[31] = a;
  out[63] = b;
  return out;
}

TEST(Block, per_transaction_state_starts_afresh_in_each_transaction) {
  // SSTORE(0, calldata[0]); SSTORE(0, calldata[32]); SSTORE(1, TLOAD(0)); TSTORE(0, 7)
  Bytes code = from_hex("0x600035600055602035600055" "60005c600155" "600760005d" "00", "code");
  Block block = calls_to(code, {words(1, 2), words(3, 4)});
  BusMappingTracer tracer;
  WorldState post;
  BlockResult r = run_block(block, &tracer, &post);
  ASSERT_EQ(r.verdict, Verdict::Pass) << r.reason;
  EXPECT_NO_THROW(check_rw_consistency(tracer.rw_ops(), block.pre, post, deletions(r)));
  std::vector<RwOp> slot0_writes, slot0_warmups, transient;
  for (const RwOp& op : tracer.rw_ops()) {
    if (op.tag == RwTag::Storage && op.is_write && op.key == U256(0)) slot0_writes.push_back(op);
    if (op.tag == RwTag::TxAccessListAccountStorage && op.key == U256(0) && op.value_prev == U256(0))
      slot0_warmups.push_back(op);
    if (op.tag == RwTag::TransientStorage) transient.push_back(op);
  }
  // EIP-2200: the committed value is the slot's value when the transaction began.
  ASSERT_EQ(slot0_writes.size(), 4u);
  const uint64_t committed[] = {0, 0, 2, 2}, previous[] = {0, 1, 2, 3};
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(slot0_writes[i].committed_value, U256(committed[i])) << "write " << i;
    EXPECT_EQ(slot0_writes[i].value_prev, U256(previous[i])) << "write " << i;
  }
  // EIP-2929: the slot is cold again in the second transaction.
  ASSERT_EQ(slot0_warmups.size(), 2u);
  EXPECT_EQ(slot0_warmups[0].id, 1u);
  EXPECT_EQ(slot0_warmups[1].id, 2u);
  // EIP-1153: the second transaction's TLOAD reads 0, keyed by its own tx id.
  ASSERT_EQ(transient.size(), 4u);  // read, write per transaction
  EXPECT_EQ(transient[2].id, 2u);
  EXPECT_FALSE(transient[2].is_write);
  EXPECT_EQ(transient[2].value, U256(0));
  EXPECT_EQ(post.storage(*block.txs[0].tx.to, U256(1)), U256(0));
}

TEST(Block, an_invalid_transaction_is_an_input_error_naming_it) {
  Block block = add11_twice();
  block.txs[1].tx.nonce = U256(0);
  try {
    run_block(block);
    FAIL() << "a repeated nonce was accepted";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("transactions[1] of the block"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("NONCE_MISMATCH"), std::string::npos) << e.what();
  }
  block = add11_twice();
  block.env.gas_limit = 440000;  // 400000 fits; 43112 used + 400000 does not
  EXPECT_THROW(
      {
        try {
          run_block(block);
        } catch (const InputError& e) {
          EXPECT_NE(std::string(e.what()).find("GAS_ALLOWANCE_EXCEEDED"), std::string::npos) << e.what();
          throw;
        }
      },
      InputError);
}

TEST(Block, cases_from_a_state_test_are_checked) {
  const std::string add11 = (test_data() / "ethtests/GeneralStateTests/stExample/add11_yml.json").string();
  EXPECT_THROW(block_from_state_test(add11, {1}), InputError);  // one case only
  EXPECT_THROW(block_from_state_test(add11, {0}, std::nullopt, std::string("nope")), InputError);
  EXPECT_THROW(block_from_state_test(add11, {0}, std::string("Prague")), InputError);
  EXPECT_THROW(block_from_state_test_cases({}), InputError);
  std::vector<StateTestCase> mixed;
  for (const auto& cases : bundled_tests())
    if (mixed.size() < 2) mixed.push_back(cases.front());
  EXPECT_THROW(block_from_state_test_cases(mixed), InputError);
  EXPECT_EQ(block_from_state_test(add11, {}).txs.size(), 1u);  // every case
}

}  // namespace
}  // namespace zkevm::evm
