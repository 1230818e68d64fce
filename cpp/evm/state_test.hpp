#pragma once
// GeneralStateTests: loading the filled JSON fixtures and running each case
// (one entry of post[fork], i.e. one data/gas/value combination) to compare
// the post-state root and the logs hash with the file.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cpp/evm/executor.hpp"

namespace zkevm::evm {

// One named test of a fixture file: environment, pre-state, transaction template.
struct StateTest {
  std::string file;
  std::string name;
  BlockEnv block;
  WorldState pre;
  Transaction base;  // every field except data, gas limit, value and access list
  Bytes secret_key;  // the sender's, which signs the transaction
  std::vector<Bytes> data;
  std::vector<U256> gas_limits;
  std::vector<U256> values;
  // Per value index: why the value cannot be a transaction field (wider than
  // 256 bits, written "0x:bigint 0x..." in the fixtures), else empty.
  std::vector<std::string> value_errors;
  std::vector<std::vector<AccessListEntry>> access_lists;  // empty unless the template has accessLists
};

struct StateTestCase {
  std::shared_ptr<const StateTest> test;
  std::string fork_name;
  std::size_t index = 0;  // position in post[fork]
  std::size_t data_index = 0, gas_index = 0, value_index = 0;
  Hash256 expected_root{};
  Hash256 expected_logs_hash{};
  std::string expect_exception;  // empty: the transaction is valid
  Bytes txbytes;

  // "file::test[fork:index]" for reports.
  std::string id() const;
  // The transaction this case runs.
  Transaction transaction() const;
};

enum class Verdict { Pass, Fail, Unsupported };
const char* verdict_name(Verdict v);

struct CaseResult {
  Verdict verdict = Verdict::Fail;
  std::string reason;  // why it failed or is unsupported
  Hash256 state_root{};
  Hash256 logs_hash{};
  uint64_t gas_used = 0;
  std::string tx_error;   // the rejection reason of an invalid transaction
  std::string evm_status; // the top-level frame's outcome
};

// Loads every case of a fixture file, optionally only those of one fork
// (parse_fork must accept it). Throws ParseError / InputError naming the file
// and the field on bad input.
std::vector<StateTestCase> load_state_test(const std::string& path, const std::optional<std::string>& fork = {});

// Runs one case on a copy of its pre-state; the post-state is moved into
// *post when post is not null.
CaseResult run_state_test_case(const StateTestCase& c, Tracer* tracer = nullptr, WorldState* post = nullptr);

// keccak256(rlp(logs)) with each log rlp([address, [topics], data]).
Hash256 logs_hash(const std::vector<Log>& logs);

}  // namespace zkevm::evm
