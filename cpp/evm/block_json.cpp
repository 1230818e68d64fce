// Block files: {"fork"?, "env", "pre", "transactions": [...], "expect"?}.
// env and pre are a state test's; a transaction has the fields of a state
// test's transaction with single values (its type follows from the fields
// present, as there) and is signed by "secretKey" or carries "v", "r", "s".
#include "cpp/evm/block.hpp"
#include "cpp/evm/fixture_json.hpp"
#include "cpp/util/error.hpp"

namespace zkevm::evm {
namespace {

BlockTx parse_transaction(const JsonNode& n) {
  n.require_only({"chainId", "nonce", "gasPrice", "maxFeePerGas", "maxPriorityFeePerGas", "gasLimit", "to", "value",
                  "data", "accessList", "maxFeePerBlobGas", "blobVersionedHashes", "secretKey", "v", "r", "s",
                  "sender"});
  BlockTx btx;
  btx.name = n.where();
  Transaction& tx = btx.tx;
  if (n.has("blobVersionedHashes")) tx.type = 3;
  else if (n.has("maxFeePerGas")) tx.type = 2;
  else if (n.has("accessList")) tx.type = 1;
  if (n.has("chainId")) tx.chain_id = json_u256(n["chainId"]);
  tx.nonce = json_u256(n["nonce"]);
  if (tx.type >= 2) {
    tx.max_fee_per_gas = json_u256(n["maxFeePerGas"]);
    tx.max_priority_fee_per_gas = json_u256(n["maxPriorityFeePerGas"]);
  } else {
    tx.gas_price = json_u256(n["gasPrice"]);
  }
  tx.gas_limit = json_u256(n["gasLimit"]);
  if (const std::string& to = n["to"].as_string(); !to.empty()) tx.to = json_address(n["to"]);
  tx.value = json_u256(n["value"]);
  tx.data = json_bytes(n["data"]);
  if (n.has("accessList")) tx.access_list = json_access_list(n["accessList"]);
  if (tx.type == 3) {
    tx.max_fee_per_blob_gas = json_u256(n["maxFeePerBlobGas"]);
    JsonNode hashes = n["blobVersionedHashes"];
    for (std::size_t i = 0; i < hashes.size(); ++i) tx.blob_hashes.push_back(json_u256(hashes[i]));
  }
  if (n.has("secretKey") == n.has("v")) n.fail("expected either 'secretKey' or the signature 'v', 'r', 's'");
  // The signing errors name the key or the signature, not where it is.
  auto at = [&](const JsonNode& field, auto&& f) {
    try {
      f();
    } catch (const InputError& e) {
      field.fail(e.what());
    }
  };
  if (n.has("secretKey")) {
    Bytes secret = json_bytes(n["secretKey"]);
    at(n["secretKey"], [&] { sign_transaction(tx, secret); });
  } else {
    U256 chain_id = tx.chain_id;
    set_signature_v(tx, json_u256(n["v"]), n["v"].where());
    if (tx.type == 0 && n.has("chainId") && tx.chain_id != chain_id) n["v"].fail("does not match chainId");
    tx.sig_r = json_u256(n["r"]);
    tx.sig_s = json_u256(n["s"]);
    at(n["r"], [&] { tx.sender = recover_signer(keccak256(signing_payload(tx)), tx.sig_r, tx.sig_s, tx.recovery_id); });
  }
  if (n.has("sender") && json_address(n["sender"]) != tx.sender)
    n["sender"].fail("does not match the signer (" + address_hex(tx.sender) + ")");
  btx.signed_bytes = encode_signed_transaction(tx);
  return btx;
}

}  // namespace

Block load_block(const std::string& path) {
  JsonValue doc = read_json_file(path);
  JsonNode root(doc, path);
  if (!root.is(JsonValue::Kind::Object)) root.fail("expected a block object");
  root.require_only({"fork", "env", "pre", "transactions", "expect"});
  Block block;
  block.source = path;
  if (root.has("fork")) {
    try {
      block.fork = parse_fork(root["fork"].as_string());
    } catch (const InputError& e) {
      root["fork"].fail(e.what());
    }
  }
  block.env = json_block_env(root["env"]);
  block.pre = json_world_state(root["pre"]);
  JsonNode txs = root["transactions"];
  if (!txs.is(JsonValue::Kind::Array) || txs.size() == 0) txs.fail("expected a non-empty list of transactions");
  for (std::size_t i = 0; i < txs.size(); ++i) block.txs.push_back(parse_transaction(txs[i]));
  if (root.has("expect")) {
    JsonNode expect = root["expect"];
    expect.require_only({"stateRoot", "logsHash"});
    if (expect.has("stateRoot")) block.expected_root = json_hash(expect["stateRoot"]);
    if (expect.has("logsHash")) block.expected_logs_hash = json_hash(expect["logsHash"]);
  }
  return block;
}

}  // namespace zkevm::evm
