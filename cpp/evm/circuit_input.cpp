#include "cpp/evm/circuit_input.hpp"

#include <map>
#include <set>

#include "cpp/evm/interpreter.hpp"
#include "cpp/evm/opcodes.hpp"

namespace zkevm::evm {

const char* mpt_field_name(MptField f) {
  switch (f) {
    case MptField::Create: return "Create";
    case MptField::Nonce: return "Nonce";
    case MptField::Balance: return "Balance";
    case MptField::CodeHash: return "CodeHash";
    case MptField::Storage: return "Storage";
    case MptField::Delete: return "Delete";
  }
  return "?";
}

std::vector<uint8_t> code_flags(std::span<const uint8_t> code) {
  std::vector<uint8_t> flags(code.size(), 0);
  for (std::size_t pc = 0; pc < code.size();) {
    flags[pc] = 1;
    uint8_t opcode = code[pc];
    pc += 1 + (opcode >= op::PUSH1 && opcode <= op::PUSH32 ? opcode - op::PUSH1 + 1 : 0);
  }
  return flags;
}

namespace {

U256 slot(const Account* a, const U256& key) {
  if (!a) return U256();
  auto it = a->storage.find(key);
  return it == a->storage.end() ? U256() : it->second;
}

// Sorted keys of non-zero slots of either account.
std::set<U256> slot_keys(const Account* a, const Account* b) {
  std::set<U256> keys;
  for (const Account* acc : {a, b})
    if (acc)
      for (const auto& [k, v] : acc->storage)
        if (!v.is_zero()) keys.insert(k);
  return keys;
}

}  // namespace

std::vector<MptUpdate> mpt_updates(const WorldState& pre, const WorldState& post) {
  std::set<Address> addresses;
  for (const auto& [a, acc] : pre.accounts()) addresses.insert(a);
  for (const auto& [a, acc] : post.accounts()) addresses.insert(a);
  WorldState cur;
  for (const auto& [a, acc] : pre.accounts()) cur.put_account(a, acc);
  std::vector<MptUpdate> out;
  Hash256 root = cur.state_root();
  auto emit = [&](const Address& a, MptField field, const U256& key, const U256& old_value, const U256& new_value) {
    MptUpdate u{a, field, key, old_value, new_value, root, {}};
    root = cur.state_root();
    u.new_root = root;
    out.push_back(u);
  };
  for (const Address& a : addresses) {
    const Account* before = pre.find(a);
    const Account* after = post.find(a);
    if (!after) {
      cur.remove_account(a);
      emit(a, MptField::Delete, U256(), U256(1), U256());
      continue;
    }
    if (!before) {
      cur.put_account(a, Account{});
      emit(a, MptField::Create, U256(), U256(), U256(1));
    }
    Account acc = before ? *before : Account{};
    if (acc.nonce != after->nonce) {
      U256 old_nonce(acc.nonce);
      acc.nonce = after->nonce;
      cur.put_account(a, acc);
      emit(a, MptField::Nonce, U256(), old_nonce, U256(acc.nonce));
    }
    if (acc.balance != after->balance) {
      U256 old_balance = acc.balance;
      acc.balance = after->balance;
      cur.put_account(a, acc);
      emit(a, MptField::Balance, U256(), old_balance, acc.balance);
    }
    if (acc.code_hash != after->code_hash) {
      Hash256 old_hash = acc.code_hash;
      acc.code_hash = after->code_hash;
      acc.code = after->code;
      cur.put_account(a, acc);
      emit(a, MptField::CodeHash, U256(), hash_to_word(old_hash), hash_to_word(acc.code_hash));
    }
    for (const U256& key : slot_keys(before, after)) {
      U256 old_value = slot(&acc, key), new_value = slot(after, key);
      if (old_value == new_value) continue;
      acc.storage[key] = new_value;
      cur.put_account(a, acc);
      emit(a, MptField::Storage, key, old_value, new_value);
    }
  }
  return out;
}

namespace {

BlockContext block_context(const BlockEnv& b) {
  return BlockContext{b.coinbase, b.number, b.timestamp, b.gas_limit, b.prevrandao, b.base_fee,
                      blob_base_fee(b.excess_blob_gas), b.chain_id};
}

// The transaction's hash, its signing hash and its signature.
void add_signed(CircuitInput& in, TxRecord& rec, const Bytes& signed_bytes, const Transaction& signed_tx) {
  rec.hash = keccak256(signed_bytes);
  in.keccak_inputs.push_back(KeccakInput{"tx", signed_bytes, rec.hash});
  Bytes payload = signing_payload(signed_tx);
  Hash256 msg_hash = keccak256(payload);
  in.keccak_inputs.push_back(KeccakInput{"tx_sign", payload, msg_hash});
  in.signatures.push_back(Signature{msg_hash, signed_tx.sig_r, signed_tx.sig_s, signed_tx.recovery_id,
                                    signed_tx.sender});
}

// Every code the block touches: the pre-state's, the deployed, and what ran;
// then the MPT updates from pre to post.
void add_code_and_trie(CircuitInput& in, const BusMappingTracer& tracer, const WorldState& pre,
                       const WorldState& post) {
  std::map<Hash256, Bytes> codes = tracer.executed_code();
  for (const WorldState* s : {&pre, &post})
    for (const auto& [a, acc] : s->accounts())
      if (acc.code && !acc.code->empty()) codes.emplace(acc.code_hash, *acc.code);
  for (auto& [hash, bytes] : codes) {
    in.keccak_inputs.push_back(KeccakInput{"bytecode", bytes, hash});
    in.bytecodes.push_back(Bytecode{hash, bytes, code_flags(bytes)});
  }
  in.mpt_updates = mpt_updates(pre, post);
}

}  // namespace

CircuitInput build_circuit_input(const StateTestCase& c, const BusMappingTracer& tracer, const WorldState& post) {
  CircuitInput in;
  in.block = block_context(c.test->block);
  in.keccak_inputs = tracer.keccak_inputs();
  TxRecord rec{1, c.transaction(), {}};
  // A transaction the fixture expects to be rejected may not even decode:
  // it is in no block, so it has no hash or signature to prove.
  if (!c.txbytes.empty() && c.expect_exception.empty())
    add_signed(in, rec, c.txbytes, decode_transaction(c.txbytes, c.id() + ": txbytes"));
  in.txs.push_back(std::move(rec));
  add_code_and_trie(in, tracer, c.test->pre, post);
  return in;
}

CircuitInput build_circuit_input(const Block& block, const BusMappingTracer& tracer, const WorldState& post) {
  CircuitInput in;
  in.block = block_context(block.env);
  in.keccak_inputs = tracer.keccak_inputs();
  for (std::size_t i = 0; i < block.txs.size(); ++i) {
    TxRecord rec{i + 1, block.txs[i].tx, {}};
    add_signed(in, rec, block.txs[i].signed_bytes, block.txs[i].tx);
    in.txs.push_back(std::move(rec));
  }
  add_code_and_trie(in, tracer, block.pre, post);
  return in;
}

}  // namespace zkevm::evm
