#pragma once
// Accounts and the world state, with a journal: every change records how to
// undo it, so a reverting call frame rolls back to its snapshot. The journal
// also covers the transaction-scoped sets of EIP-2929 (warm addresses and
// slots), EIP-1153 transient storage, EIP-161 touched accounts, EIP-6780
// same-transaction creations, logs and the refund counter.
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "cpp/evm/tracer.hpp"
#include "cpp/evm/types.hpp"

namespace zkevm::evm {

using Storage = std::unordered_map<U256, U256, U256Hash>;

struct Account {
  uint64_t nonce = 0;
  U256 balance;
  std::shared_ptr<const Bytes> code;  // null means no code
  Hash256 code_hash = kEmptyCodeHash;
  Storage storage;   // current values (zero values may be present)
  Storage original;  // values at the start of the transaction (EIP-2200)

  // EIP-161: no code, zero nonce, zero balance.
  bool is_empty() const { return nonce == 0 && balance.is_zero() && code_hash == kEmptyCodeHash; }
  bool has_storage() const;
  std::span<const uint8_t> code_bytes() const {
    return code ? std::span<const uint8_t>(*code) : std::span<const uint8_t>();
  }
};

struct Log {
  Address address;
  std::vector<U256> topics;
  Bytes data;
};

struct SlotKey {
  Address address;
  U256 key;
  bool operator==(const SlotKey&) const = default;
};
struct SlotKeyHash {
  std::size_t operator()(const SlotKey& s) const noexcept { return AddressHash{}(s.address) * 31 ^ U256Hash{}(s.key); }
};

class WorldState {
 public:
  // ---- accounts ----
  bool exists(const Address& a) const { return accounts_.count(a) != 0; }
  // EIP-161 "dead": absent or empty.
  bool is_dead(const Address& a) const;
  const Account* find(const Address& a) const;
  U256 balance(const Address& a) const;
  uint64_t nonce(const Address& a) const;
  std::span<const uint8_t> code(const Address& a) const;
  Hash256 code_hash(const Address& a) const;

  // Adds an empty account if absent (journaled).
  Account& ensure_account(const Address& a);
  // Sets an account outright, outside any transaction (pre-state loading).
  void put_account(const Address& a, Account account);
  // Removes an account outright, outside any transaction (MPT update replay).
  void remove_account(const Address& a) { accounts_.erase(a); }
  void add_balance(const Address& a, const U256& v);
  // Requires balance >= v.
  void sub_balance(const Address& a, const U256& v);
  void set_balance(const Address& a, const U256& v);
  void set_nonce(const Address& a, uint64_t nonce);
  void set_code(const Address& a, Bytes code);

  // ---- storage ----
  U256 storage(const Address& a, const U256& key) const;
  U256 original_storage(const Address& a, const U256& key) const;
  void set_storage(const Address& a, const U256& key, const U256& value);
  U256 transient(const Address& a, const U256& key) const;
  void set_transient(const Address& a, const U256& key, const U256& value);

  // ---- transaction-scoped sets ----
  // Marks the address warm; returns whether it already was.
  bool access_address(const Address& a);
  bool access_slot(const Address& a, const U256& key);
  bool is_warm(const Address& a) const { return warm_addresses_.count(a) != 0; }
  void touch(const Address& a);
  int64_t refund() const { return refund_; }
  void add_refund(int64_t delta);
  void add_log(Log log);
  const std::vector<Log>& logs() const { return logs_; }
  void mark_created(const Address& a);
  bool created_in_tx(const Address& a) const { return created_.count(a) != 0; }
  void mark_destructed(const Address& a);

  // ---- snapshots ----
  std::size_t snapshot() const { return journal_.size(); }
  // Undoes every change after the snapshot, newest first.
  void revert(std::size_t snapshot);

  // Starts a transaction: clears the transaction-scoped sets and the journal
  // and records the current storage as the original values.
  void begin_tx();
  // Ends a transaction: deletes self-destructed accounts and touched empty
  // ones (no tracer hook reports it) and returns them in address order.
  std::vector<Address> finalize_tx();

  // The state root: secure trie of rlp([nonce, balance, storage_root, code_hash]).
  Hash256 state_root() const;
  // The storage root of one account (zero values left out).
  static Hash256 storage_root(const Account& account);
  const std::unordered_map<Address, Account, AddressHash>& accounts() const { return accounts_; }

  Tracer* tracer = nullptr;

 private:
  enum class Change : uint8_t { Created, Balance, Nonce, Code, Storage, Transient, Touch, WarmAddress, WarmSlot,
                                Refund, Log, Created6780, Destructed };
  struct Entry {
    Change change;
    Address address;
    U256 key;
    U256 old;
    std::shared_ptr<const Bytes> old_code;
    Hash256 old_code_hash;
  };
  Account& get(const Address& a);

  std::unordered_map<Address, Account, AddressHash> accounts_;
  std::unordered_map<SlotKey, U256, SlotKeyHash> transient_;
  std::unordered_set<Address, AddressHash> warm_addresses_;
  std::unordered_set<SlotKey, SlotKeyHash> warm_slots_;
  std::unordered_set<Address, AddressHash> touched_;
  std::unordered_set<Address, AddressHash> created_;
  std::vector<Address> destructed_;
  std::vector<Log> logs_;
  int64_t refund_ = 0;
  std::vector<Entry> journal_;
};

}  // namespace zkevm::evm
