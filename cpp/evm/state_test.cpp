#include "cpp/evm/state_test.hpp"

#include "cpp/evm/fixture_json.hpp"
#include "cpp/evm/rlp.hpp"
#include "cpp/util/error.hpp"
#include "cpp/util/json.hpp"

namespace zkevm::evm {
namespace {

// Forks older or newer than this EVM runs: their cases are reported as unsupported.
bool known_other_fork(std::string_view name) {
  for (auto f : {"Frontier", "Homestead", "EIP150", "EIP158", "Byzantium", "Constantinople", "ConstantinopleFix",
                 "Istanbul", "Berlin", "London", "Paris", "Merge", "Prague", "Osaka"})
    if (name == f) return true;
  return false;
}

std::shared_ptr<StateTest> parse_test(const std::string& file, const std::string& name, const JsonNode& t) {
  auto test = std::make_shared<StateTest>();
  test->file = file;
  test->name = name;
  t.require_only({"_info", "env", "pre", "transaction", "post", "config"});

  test->block = json_block_env(t["env"]);
  test->pre = json_world_state(t["pre"]);

  JsonNode tx = t["transaction"];
  tx.require_only({"data", "gasLimit", "gasPrice", "nonce", "secretKey", "sender", "to", "value", "accessLists",
                   "maxFeePerGas", "maxPriorityFeePerGas", "blobVersionedHashes", "maxFeePerBlobGas"});
  Transaction& base = test->base;
  base.nonce = json_u256(tx["nonce"]);
  const std::string& to = tx["to"].as_string();
  if (!to.empty()) base.to = parse_address(to, tx["to"].where());
  if (tx.has("maxFeePerGas")) {
    base.type = 2;
    base.max_fee_per_gas = json_u256(tx["maxFeePerGas"]);
    base.max_priority_fee_per_gas = json_u256(tx["maxPriorityFeePerGas"]);
  } else {
    base.gas_price = json_u256(tx["gasPrice"]);
    base.type = tx.has("accessLists") ? 1 : 0;
  }
  if (tx.has("blobVersionedHashes")) {
    base.type = 3;
    JsonNode hashes = tx["blobVersionedHashes"];
    for (std::size_t i = 0; i < hashes.size(); ++i) base.blob_hashes.push_back(json_u256(hashes[i]));
    base.max_fee_per_blob_gas = json_u256(tx["maxFeePerBlobGas"]);
  }
  test->secret_key = json_bytes(tx["secretKey"]);
  try {
    base.sender = address_from_secret(test->secret_key);
  } catch (const InputError& e) {
    throw InputError(tx["secretKey"].where() + ": " + e.what());
  }
  if (tx.has("sender") && json_address(tx["sender"]) != base.sender)
    tx["sender"].fail("does not match the address of secretKey (" + address_hex(base.sender) + ")");
  JsonNode data = tx["data"], gas = tx["gasLimit"], value = tx["value"];
  for (std::size_t i = 0; i < data.size(); ++i) test->data.push_back(json_bytes(data[i]));
  for (std::size_t i = 0; i < gas.size(); ++i) test->gas_limits.push_back(json_u256(gas[i]));
  for (std::size_t i = 0; i < value.size(); ++i) {
    // retesteth writes out-of-range values as "0x:bigint 0x..."; such a
    // transaction cannot be encoded, so its cases must be rejected.
    const std::string& text = value[i].as_string();
    if (text.rfind("0x:bigint ", 0) == 0) {
      std::string digits = text.substr(10);
      try {
        test->values.push_back(U256::from_string(digits, value[i].where()));
        test->value_errors.emplace_back();
      } catch (const ParseError&) {
        from_hex(digits.size() % 2 ? "0" + digits.substr(2) : digits.substr(2), value[i].where());  // still must be hex
        test->values.emplace_back();
        test->value_errors.emplace_back("TransactionException.RLP_INVALID_VALUE");
      }
      continue;
    }
    test->values.push_back(json_u256(value[i]));
    test->value_errors.emplace_back();
  }
  if (tx.has("accessLists")) {
    JsonNode lists = tx["accessLists"];
    for (std::size_t i = 0; i < lists.size(); ++i) test->access_lists.push_back(json_access_list(lists[i]));
  }
  return test;
}

}  // namespace

std::string StateTestCase::id() const {
  return test->file + "::" + test->name + "[" + fork_name + ":" + std::to_string(index) + "]";
}

Transaction StateTestCase::transaction() const {
  Transaction tx = test->base;
  tx.data = test->data[data_index];
  tx.gas_limit = test->gas_limits[gas_index];
  tx.value = test->values[value_index];
  if (!test->access_lists.empty()) tx.access_list = test->access_lists[data_index];
  return tx;
}

const char* verdict_name(Verdict v) {
  switch (v) {
    case Verdict::Pass: return "pass";
    case Verdict::Fail: return "fail";
    case Verdict::Unsupported: return "unsupported";
  }
  return "?";
}

std::vector<StateTestCase> load_state_test(const std::string& path, const std::optional<std::string>& fork) {
  if (fork) parse_fork(*fork);  // an unknown fork is an error before any file is read
  std::string source = path;
  JsonValue doc = read_json_file(path);
  JsonNode root(doc, source);
  if (!root.is(JsonValue::Kind::Object) || root.size() == 0) root.fail("expected an object of named tests");
  std::vector<StateTestCase> cases;
  for (const auto& [name, t] : root.members()) {
    if (!t.is(JsonValue::Kind::Object)) t.fail("expected a test object");
    std::shared_ptr<StateTest> test = parse_test(path, name, t);
    for (const auto& [fork_name, post] : t["post"].members()) {
      if (fork && fork_name != *fork) continue;
      if (fork_name != "Cancun" && fork_name != "Shanghai" && !known_other_fork(fork_name))
        post.fail("unknown fork '" + fork_name + "'");
      for (std::size_t i = 0; i < post.size(); ++i) {
        JsonNode c = post[i];
        c.require_only({"hash", "indexes", "logs", "txbytes", "expectException", "state"});
        StateTestCase sc;
        sc.test = test;
        sc.fork_name = fork_name;
        sc.index = i;
        JsonNode idx = c["indexes"];
        idx.require_only({"data", "gas", "value"});
        auto index_of = [&](const char* key, std::size_t limit) {
          JsonNode n = idx[key];
          if (!n.is(JsonValue::Kind::Number)) n.fail("expected a number");
          std::size_t v = 0;
          for (char ch : n.value().text) {
            if (ch < '0' || ch > '9' || v > 1000000) n.fail("expected a small non-negative integer");
            v = v * 10 + static_cast<std::size_t>(ch - '0');
          }
          if (v >= limit) n.fail("index " + std::to_string(v) + " out of range (" + std::to_string(limit) + " entries)");
          return v;
        };
        sc.data_index = index_of("data", test->data.size());
        sc.gas_index = index_of("gas", test->gas_limits.size());
        sc.value_index = index_of("value", test->values.size());
        if (!test->access_lists.empty() && sc.data_index >= test->access_lists.size())
          c.fail("no access list for data index " + std::to_string(sc.data_index));
        sc.expected_root = json_hash(c["hash"]);
        sc.expected_logs_hash = json_hash(c["logs"]);
        if (c.has("expectException")) sc.expect_exception = c["expectException"].as_string();
        if (c.has("txbytes")) sc.txbytes = json_bytes(c["txbytes"]);
        cases.push_back(std::move(sc));
      }
    }
  }
  return cases;
}

Hash256 logs_hash(const std::vector<Log>& logs) {
  Bytes payload;
  for (const Log& log : logs) {
    Bytes entry;
    rlp::append_bytes(entry, log.address);
    Bytes topics;
    for (const U256& t : log.topics) rlp::append_bytes(topics, t.to_be_bytes());
    rlp::append_list_header(entry, topics.size());
    entry.insert(entry.end(), topics.begin(), topics.end());
    rlp::append_bytes(entry, log.data);
    rlp::append_list_header(payload, entry.size());
    payload.insert(payload.end(), entry.begin(), entry.end());
  }
  return keccak256(rlp::wrap_list(payload));
}

CaseResult run_state_test_case(const StateTestCase& c, Tracer* tracer, WorldState* post) {
  CaseResult result;
  if (c.fork_name != "Cancun" && c.fork_name != "Shanghai") {
    result.verdict = Verdict::Unsupported;
    result.reason = "unsupported: fork " + c.fork_name;
    return result;
  }
  Fork fork = parse_fork(c.fork_name);
  WorldState state = c.test->pre;
  Transaction tx = c.transaction();
  TxOutcome outcome;
  if (const std::string& bad = c.test->value_errors[c.value_index]; !bad.empty()) {
    outcome.valid = false;
    outcome.error = bad;
  } else {
    outcome = apply_transaction(state, c.test->block, tx, fork, tracer);
  }
  result.state_root = state.state_root();
  result.logs_hash = logs_hash(outcome.valid ? state.logs() : std::vector<Log>{});
  result.gas_used = outcome.gas_used;
  result.tx_error = outcome.error;
  result.evm_status = outcome.valid ? status_name(outcome.status) : "";
  if (!outcome.unsupported.empty()) {
    result.verdict = Verdict::Unsupported;
    result.reason = "unsupported: " + outcome.unsupported;
    return result;
  }
  if (!c.expect_exception.empty() && outcome.valid) {
    result.reason = "transaction accepted, expected " + c.expect_exception;
  } else if (c.expect_exception.empty() && !outcome.valid) {
    result.reason = "transaction rejected: " + outcome.error;
  } else if (result.state_root != c.expected_root) {
    result.reason = "state root " + to_hex(result.state_root) + ", expected " + to_hex(c.expected_root);
  } else if (result.logs_hash != c.expected_logs_hash) {
    result.reason = "logs hash " + to_hex(result.logs_hash) + ", expected " + to_hex(c.expected_logs_hash);
  } else {
    result.verdict = Verdict::Pass;
  }
  if (post) *post = std::move(state);
  return result;
}

}  // namespace zkevm::evm
