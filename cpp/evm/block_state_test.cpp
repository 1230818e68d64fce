// Blocks made of state-test cases: the cases' transactions in sequence from
// the test's pre-state, with consecutive nonces, re-signed by the fixture's key.
#include <set>

#include "cpp/evm/block.hpp"
#include "cpp/util/error.hpp"

namespace zkevm::evm {
namespace {

// The chain id the fixture signed the case with (legacy fixtures sign
// without EIP-155); the template's when the case has no decodable txbytes.
U256 chain_id_of(const StateTestCase& c, const Transaction& tx) {
  if (c.txbytes.empty() || !c.expect_exception.empty()) return tx.type == 0 ? U256() : tx.chain_id;
  return decode_transaction(c.txbytes, c.id() + ": txbytes").chain_id;
}

}  // namespace

Block block_from_state_test_cases(const std::vector<StateTestCase>& cases) {
  if (cases.empty()) throw InputError("block: no state-test cases to run");
  const StateTestCase& first = cases.front();
  Block block;
  block.source = first.test->file;
  block.fork = parse_fork(first.fork_name);
  block.env = first.test->block;
  block.pre = first.test->pre;
  for (std::size_t k = 0; k < cases.size(); ++k) {
    const StateTestCase& c = cases[k];
    if (c.test->file != first.test->file || c.test->name != first.test->name || c.fork_name != first.fork_name)
      throw InputError(c.id() + ": not a case of " + first.test->name + " in " + first.fork_name +
                       ", the test and fork of the block's first case");
    if (const std::string& bad = c.test->value_errors[c.value_index]; !bad.empty())
      throw InputError(c.id() + ": the value cannot be a transaction field (" + bad + ")");
    BlockTx btx;
    btx.name = c.id() + " (transactions[" + std::to_string(k) + "] of the block)";
    btx.tx = c.transaction();
    btx.tx.nonce = btx.tx.nonce + U256(k);
    btx.tx.chain_id = chain_id_of(c, btx.tx);
    sign_transaction(btx.tx, c.test->secret_key);
    btx.signed_bytes = encode_signed_transaction(btx.tx);
    block.txs.push_back(std::move(btx));
  }
  if (cases.size() == 1) {
    block.expected_root = first.expected_root;
    block.expected_logs_hash = first.expected_logs_hash;
  }
  return block;
}

Block block_from_state_test(const std::string& path, const std::vector<std::size_t>& indexes,
                            const std::optional<std::string>& fork, const std::optional<std::string>& test) {
  std::vector<StateTestCase> all = load_state_test(path, fork);
  std::set<std::string> names;
  for (const StateTestCase& c : all) names.insert(c.test->name);
  if (test && !names.count(*test)) throw InputError(path + ": no test named '" + *test + "'");
  if (!test && names.size() > 1) throw InputError(path + ": holds several tests; name the one to run");
  std::vector<StateTestCase> cases;
  for (StateTestCase& c : all)
    if (!test || c.test->name == *test) cases.push_back(std::move(c));
  // Without a fork named, the newest the file has (Cancun), as the oracle does.
  std::string fork_name = fork ? *fork : cases.empty() ? "Cancun" : cases.front().fork_name;
  for (const StateTestCase& c : cases)
    if (!fork && c.fork_name == "Cancun") fork_name = "Cancun";
  std::erase_if(cases, [&](const StateTestCase& c) { return c.fork_name != fork_name; });
  if (cases.empty()) throw InputError(path + ": no cases for fork " + fork_name);
  if (indexes.empty()) return block_from_state_test_cases(cases);
  std::vector<StateTestCase> chosen;
  for (std::size_t i : indexes) {
    if (i >= cases.size())
      throw InputError(path + ": case index " + std::to_string(i) + " out of range (" + std::to_string(cases.size()) +
                       " cases in " + fork_name + ")");
    chosen.push_back(cases[i]);
  }
  return block_from_state_test_cases(chosen);
}

}  // namespace zkevm::evm
