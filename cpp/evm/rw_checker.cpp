// Replays RW operations against the pre-state (the check the state circuit
// makes with its sorted rows, done here in rw_counter order).
#include <map>
#include <set>
#include <tuple>

#include "cpp/evm/bus_mapping.hpp"
#include "cpp/util/error.hpp"

namespace zkevm::evm {
namespace {

// (tag, id, address, field, key) identifies one memory cell of the bus.
using RwKey = std::tuple<uint8_t, uint64_t, Address, uint8_t, U256>;

struct RwKeyLess {
  bool operator()(const RwKey& a, const RwKey& b) const {
    if (std::get<0>(a) != std::get<0>(b)) return std::get<0>(a) < std::get<0>(b);
    if (std::get<1>(a) != std::get<1>(b)) return std::get<1>(a) < std::get<1>(b);
    if (std::get<2>(a) != std::get<2>(b)) return std::get<2>(a) < std::get<2>(b);
    if (std::get<3>(a) != std::get<3>(b)) return std::get<3>(a) < std::get<3>(b);
    return std::get<4>(a) < std::get<4>(b);
  }
};

U256 account_field(const WorldState& s, const Address& a, uint8_t field) {
  const Account* acc = s.find(a);
  switch (static_cast<AccountField>(field)) {
    case AccountField::Nonce: return acc ? U256(acc->nonce) : U256();
    case AccountField::Balance: return acc ? acc->balance : U256();
    case AccountField::CodeHash: return hash_to_word(acc ? acc->code_hash : kEmptyCodeHash);
    case AccountField::Existence: return U256(acc != nullptr);
  }
  return U256();
}

// The value a key holds before any op touches it: the pre-state's, or an
// absent account's for one deleted at the end of an earlier transaction.
U256 initial_value(const RwOp& op, const WorldState& pre, const std::set<Address>& deleted) {
  static const WorldState kEmpty;
  const WorldState& base = deleted.count(op.address) ? kEmpty : pre;
  switch (op.tag) {
    case RwTag::Storage: return base.storage(op.address, op.key);
    case RwTag::Account: return account_field(base, op.address, op.field);
    default: return U256();
  }
}

// Storage and Account belong to the block; every other tag's id (call id or
// tx id) is part of its key.
bool keyed_by_id(RwTag tag) { return tag != RwTag::Storage && tag != RwTag::Account; }

// The end-of-transaction deletions happen without RW ops: forget the
// accounts' values, so their next access starts from an absent account.
void forget_deleted(std::map<RwKey, U256, RwKeyLess>& current, const std::vector<Address>& accounts,
                    std::set<Address>& deleted) {
  for (const Address& a : accounts) {
    deleted.insert(a);
    std::erase_if(current, [&](const auto& entry) {
      auto tag = static_cast<RwTag>(std::get<0>(entry.first));
      return !keyed_by_id(tag) && std::get<2>(entry.first) == a;
    });
  }
}

bool has_initial_value(RwTag tag) { return tag != RwTag::Stack; }

[[noreturn]] void fail(const RwOp& op, const std::string& reason) {
  throw VerificationError("rw op " + std::to_string(op.rw_counter) + " (" + rw_tag_name(op.tag) + ", " +
                          address_hex(op.address) + ", key " + op.key.to_hex() + "): " + reason);
}

}  // namespace

void check_rw_consistency(const std::vector<RwOp>& ops, const WorldState& pre, const WorldState& post,
                          const std::vector<std::vector<Address>>& deleted_after_tx) {
  std::map<RwKey, U256, RwKeyLess> current;
  std::set<Address> deleted;
  uint64_t last_counter = 0;
  for (const RwOp& op : ops) {
    if (op.rw_counter != last_counter + 1) fail(op, "rw_counter is not consecutive");
    last_counter = op.rw_counter;
    // A transaction's last op is its receipt's LogLength.
    if (op.tag == RwTag::TxReceipt && op.field == static_cast<uint8_t>(ReceiptField::LogLength) && op.id >= 1 &&
        op.id <= deleted_after_tx.size())
      forget_deleted(current, deleted_after_tx[op.id - 1], deleted);
    switch (op.tag) {
      case RwTag::Start:
      case RwTag::Padding:
      case RwTag::CallContext:
      case RwTag::TxLog:
      case RwTag::TxReceipt: continue;  // write-once records, nothing to replay
      default: break;
    }
    RwKey key{static_cast<uint8_t>(op.tag), keyed_by_id(op.tag) ? op.id : 0, op.address, op.field, op.key};
    auto it = current.find(key);
    if (it == current.end()) {
      if (!has_initial_value(op.tag) && !op.is_write) fail(op, "read of a stack slot that was never written");
      it = current.emplace(key, initial_value(op, pre, deleted)).first;
    }
    if (!op.is_write) {
      if (op.value != it->second) fail(op, "read " + op.value.to_hex() + " but the last write was " + it->second.to_hex());
      continue;
    }
    bool tracks_prev = op.tag != RwTag::Stack && op.tag != RwTag::Memory;
    if (tracks_prev && op.value_prev != it->second)
      fail(op, "previous value " + op.value_prev.to_hex() + " but the current value is " + it->second.to_hex());
    it->second = op.value;
  }
  // The last write of every storage slot and account field is the post-state's.
  for (const auto& [key, value] : current) {
    auto tag = static_cast<RwTag>(std::get<0>(key));
    const Address& a = std::get<2>(key);
    if (!post.exists(a)) continue;  // deleted at the end of the transaction
    U256 expected;
    if (tag == RwTag::Storage) {
      expected = post.storage(a, std::get<4>(key));
    } else if (tag == RwTag::Account) {
      expected = account_field(post, a, std::get<3>(key));
    } else {
      continue;
    }
    if (expected != value)
      throw VerificationError(std::string(rw_tag_name(tag)) + " " + address_hex(a) + " key " +
                              std::get<4>(key).to_hex() + ": last write " + value.to_hex() + ", post-state holds " +
                              expected.to_hex());
  }
}

}  // namespace zkevm::evm
