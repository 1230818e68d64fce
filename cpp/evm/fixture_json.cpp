#include "cpp/evm/fixture_json.hpp"

#include "cpp/evm/executor.hpp"
#include "cpp/util/error.hpp"

namespace zkevm::evm {

U256 json_u256(const JsonNode& n) { return U256::from_string(n.as_string(), n.where()); }

uint64_t json_u64(const JsonNode& n) {
  U256 v = json_u256(n);
  if (!v.fits_u64()) throw InputError(n.where() + ": value does not fit in 64 bits");
  return v.w[0];
}

Bytes json_bytes(const JsonNode& n) { return from_hex(n.as_string(), n.where()); }

Address json_address(const JsonNode& n) { return parse_address(n.as_string(), n.where()); }

Hash256 json_hash(const JsonNode& n) {
  Bytes b = json_bytes(n);
  if (b.size() != 32) throw ParseError(n.where() + ": expected 32 bytes, found " + std::to_string(b.size()));
  Hash256 h;
  std::copy(b.begin(), b.end(), h.begin());
  return h;
}

std::vector<AccessListEntry> json_access_list(const JsonNode& n) {
  std::vector<AccessListEntry> out;
  if (n.is(JsonValue::Kind::Null)) return out;
  for (std::size_t i = 0; i < n.size(); ++i) {
    JsonNode e = n[i];
    e.require_only({"address", "storageKeys"});
    AccessListEntry entry;
    entry.address = json_address(e["address"]);
    JsonNode keys = e["storageKeys"];
    for (std::size_t k = 0; k < keys.size(); ++k) entry.keys.push_back(json_u256(keys[k]));
    out.push_back(std::move(entry));
  }
  return out;
}

BlockEnv json_block_env(const JsonNode& env) {
  env.require_only({"currentCoinbase", "currentGasLimit", "currentNumber", "currentTimestamp", "currentDifficulty",
                    "currentRandom", "currentBaseFee", "currentExcessBlobGas", "previousHash", "currentBeaconRoot",
                    "currentWithdrawalsRoot", "parentBlobGasUsed", "parentExcessBlobGas"});
  BlockEnv b;
  b.coinbase = json_address(env["currentCoinbase"]);
  b.gas_limit = json_u64(env["currentGasLimit"]);
  b.number = json_u64(env["currentNumber"]);
  b.timestamp = json_u64(env["currentTimestamp"]);
  // After the merge DIFFICULTY became PREVRANDAO, taken from currentRandom.
  b.prevrandao = env.has("currentRandom") ? json_u256(env["currentRandom"]) : U256();
  b.base_fee = env.has("currentBaseFee") ? json_u256(env["currentBaseFee"]) : U256();
  b.excess_blob_gas = env.has("currentExcessBlobGas") ? json_u256(env["currentExcessBlobGas"]) : U256();
  b.blob_base_fee = blob_base_fee(b.excess_blob_gas);
  return b;
}

WorldState json_world_state(const JsonNode& pre) {
  WorldState state;
  for (const auto& [addr_text, acc_node] : pre.members()) {
    acc_node.require_only({"balance", "code", "nonce", "storage"});
    Address a = parse_address(addr_text, acc_node.where());
    Account acc;
    acc.balance = json_u256(acc_node["balance"]);
    acc.nonce = json_u64(acc_node["nonce"]);
    Bytes code = json_bytes(acc_node["code"]);
    acc.code_hash = keccak256(code);
    if (!code.empty()) acc.code = std::make_shared<const Bytes>(std::move(code));
    for (const auto& [key, value] : acc_node["storage"].members()) {
      U256 k = U256::from_string(key, value.where());
      U256 v = json_u256(value);
      if (!v.is_zero()) acc.storage[k] = v;
    }
    state.put_account(a, std::move(acc));
  }
  return state;
}

}  // namespace zkevm::evm
