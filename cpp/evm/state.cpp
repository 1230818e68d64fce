#include "cpp/evm/state.hpp"

#include <algorithm>

#include "cpp/evm/mpt.hpp"
#include "cpp/evm/rlp.hpp"
#include "cpp/util/error.hpp"

namespace zkevm::evm {

bool Account::has_storage() const {
  for (const auto& [k, v] : storage)
    if (!v.is_zero()) return true;
  return false;
}

bool WorldState::is_dead(const Address& a) const {
  const Account* acc = find(a);
  return !acc || acc->is_empty();
}

const Account* WorldState::find(const Address& a) const {
  auto it = accounts_.find(a);
  return it == accounts_.end() ? nullptr : &it->second;
}

U256 WorldState::balance(const Address& a) const {
  const Account* acc = find(a);
  return acc ? acc->balance : U256();
}

uint64_t WorldState::nonce(const Address& a) const {
  const Account* acc = find(a);
  return acc ? acc->nonce : 0;
}

std::span<const uint8_t> WorldState::code(const Address& a) const {
  const Account* acc = find(a);
  return acc ? acc->code_bytes() : std::span<const uint8_t>();
}

Hash256 WorldState::code_hash(const Address& a) const {
  const Account* acc = find(a);
  return acc ? acc->code_hash : Hash256{};
}

Account& WorldState::get(const Address& a) {
  auto it = accounts_.find(a);
  if (it == accounts_.end()) throw InternalError("world state: account " + address_hex(a) + " does not exist");
  return it->second;
}

Account& WorldState::ensure_account(const Address& a) {
  auto [it, inserted] = accounts_.try_emplace(a);
  if (inserted) {
    journal_.push_back({Change::Created, a, {}, {}, {}, {}});
    if (tracer) tracer->on_account_write(a, AccountField::Existence, U256(0), U256(1), false);
  }
  return it->second;
}

void WorldState::put_account(const Address& a, Account account) { accounts_[a] = std::move(account); }

void WorldState::set_balance(const Address& a, const U256& v) {
  Account& acc = ensure_account(a);
  journal_.push_back({Change::Balance, a, {}, acc.balance, {}, {}});
  if (tracer) tracer->on_account_write(a, AccountField::Balance, acc.balance, v, false);
  acc.balance = v;
}

void WorldState::add_balance(const Address& a, const U256& v) {
  touch(a);
  set_balance(a, balance(a) + v);
}

void WorldState::sub_balance(const Address& a, const U256& v) {
  touch(a);
  set_balance(a, balance(a) - v);
}

void WorldState::set_nonce(const Address& a, uint64_t nonce) {
  Account& acc = ensure_account(a);
  journal_.push_back({Change::Nonce, a, {}, U256(acc.nonce), {}, {}});
  if (tracer) tracer->on_account_write(a, AccountField::Nonce, U256(acc.nonce), U256(nonce), false);
  acc.nonce = nonce;
}

void WorldState::set_code(const Address& a, Bytes code) {
  Account& acc = ensure_account(a);
  journal_.push_back({Change::Code, a, {}, {}, acc.code, acc.code_hash});
  Hash256 h = keccak256(code);
  if (tracer) tracer->on_account_write(a, AccountField::CodeHash, hash_to_word(acc.code_hash), hash_to_word(h), false);
  acc.code_hash = h;
  acc.code = code.empty() ? nullptr : std::make_shared<const Bytes>(std::move(code));
}

U256 WorldState::storage(const Address& a, const U256& key) const {
  const Account* acc = find(a);
  if (!acc) return U256();
  auto it = acc->storage.find(key);
  return it == acc->storage.end() ? U256() : it->second;
}

U256 WorldState::original_storage(const Address& a, const U256& key) const {
  const Account* acc = find(a);
  if (!acc) return U256();
  auto it = acc->original.find(key);
  return it == acc->original.end() ? U256() : it->second;
}

void WorldState::set_storage(const Address& a, const U256& key, const U256& value) {
  Account& acc = get(a);
  U256& slot = acc.storage[key];
  journal_.push_back({Change::Storage, a, key, slot, {}, {}});
  if (tracer) tracer->on_storage_write(a, key, slot, value, original_storage(a, key), false);
  slot = value;
}

U256 WorldState::transient(const Address& a, const U256& key) const {
  auto it = transient_.find(SlotKey{a, key});
  return it == transient_.end() ? U256() : it->second;
}

void WorldState::set_transient(const Address& a, const U256& key, const U256& value) {
  U256& slot = transient_[SlotKey{a, key}];
  journal_.push_back({Change::Transient, a, key, slot, {}, {}});
  if (tracer) tracer->on_transient_write(a, key, slot, value, false);
  slot = value;
}

bool WorldState::access_address(const Address& a) {
  bool inserted = warm_addresses_.insert(a).second;
  if (inserted) journal_.push_back({Change::WarmAddress, a, {}, {}, {}, {}});
  if (tracer) tracer->on_access_list(a, nullptr, !inserted, false);
  return !inserted;
}

bool WorldState::access_slot(const Address& a, const U256& key) {
  bool inserted = warm_slots_.insert(SlotKey{a, key}).second;
  if (inserted) journal_.push_back({Change::WarmSlot, a, key, {}, {}, {}});
  if (tracer) tracer->on_access_list(a, &key, !inserted, false);
  return !inserted;
}

void WorldState::touch(const Address& a) {
  if (touched_.insert(a).second) journal_.push_back({Change::Touch, a, {}, {}, {}, {}});
}

void WorldState::add_refund(int64_t delta) {
  if (delta == 0) return;
  journal_.push_back({Change::Refund, {}, {}, U256(static_cast<uint64_t>(refund_)), {}, {}});
  if (tracer) tracer->on_refund(refund_, refund_ + delta, false);
  refund_ += delta;
}

void WorldState::add_log(Log log) {
  if (tracer) tracer->on_log(log.address, log.topics, log.data, false);
  logs_.push_back(std::move(log));
  journal_.push_back({Change::Log, {}, {}, {}, {}, {}});
}

void WorldState::mark_created(const Address& a) {
  if (created_.insert(a).second) journal_.push_back({Change::Created6780, a, {}, {}, {}, {}});
}

void WorldState::mark_destructed(const Address& a) {
  destructed_.push_back(a);
  journal_.push_back({Change::Destructed, a, {}, {}, {}, {}});
}

void WorldState::revert(std::size_t snapshot) {
  while (journal_.size() > snapshot) {
    Entry& e = journal_.back();
    switch (e.change) {
      case Change::Created:
        if (tracer) tracer->on_account_write(e.address, AccountField::Existence, U256(1), U256(0), true);
        accounts_.erase(e.address);
        break;
      case Change::Balance: {
        Account& acc = get(e.address);
        if (tracer) tracer->on_account_write(e.address, AccountField::Balance, acc.balance, e.old, true);
        acc.balance = e.old;
        break;
      }
      case Change::Nonce: {
        Account& acc = get(e.address);
        if (tracer) tracer->on_account_write(e.address, AccountField::Nonce, U256(acc.nonce), e.old, true);
        acc.nonce = e.old.w[0];
        break;
      }
      case Change::Code: {
        Account& acc = get(e.address);
        if (tracer)
          tracer->on_account_write(e.address, AccountField::CodeHash, hash_to_word(acc.code_hash),
                                   hash_to_word(e.old_code_hash), true);
        acc.code = e.old_code;
        acc.code_hash = e.old_code_hash;
        break;
      }
      case Change::Storage: {
        U256& slot = get(e.address).storage[e.key];
        if (tracer) tracer->on_storage_write(e.address, e.key, slot, e.old, original_storage(e.address, e.key), true);
        slot = e.old;
        break;
      }
      case Change::Transient: {
        U256& slot = transient_[SlotKey{e.address, e.key}];
        if (tracer) tracer->on_transient_write(e.address, e.key, slot, e.old, true);
        slot = e.old;
        break;
      }
      case Change::Touch: touched_.erase(e.address); break;
      case Change::WarmAddress:
        if (tracer) tracer->on_access_list(e.address, nullptr, true, true);
        warm_addresses_.erase(e.address);
        break;
      case Change::WarmSlot:
        if (tracer) tracer->on_access_list(e.address, &e.key, true, true);
        warm_slots_.erase(SlotKey{e.address, e.key});
        break;
      case Change::Refund:
        if (tracer) tracer->on_refund(refund_, static_cast<int64_t>(e.old.w[0]), true);
        refund_ = static_cast<int64_t>(e.old.w[0]);
        break;
      case Change::Log:
        if (tracer) tracer->on_log(logs_.back().address, logs_.back().topics, logs_.back().data, true);
        logs_.pop_back();
        break;
      case Change::Created6780: created_.erase(e.address); break;
      case Change::Destructed: destructed_.pop_back(); break;
    }
    journal_.pop_back();
  }
}

void WorldState::begin_tx() {
  transient_.clear();
  warm_addresses_.clear();
  warm_slots_.clear();
  touched_.clear();
  created_.clear();
  destructed_.clear();
  logs_.clear();
  refund_ = 0;
  journal_.clear();
  for (auto& [address, account] : accounts_) account.original = account.storage;
}

std::vector<Address> WorldState::finalize_tx() {
  std::vector<Address> deleted;
  for (const Address& a : destructed_)
    if (accounts_.erase(a)) deleted.push_back(a);
  for (const Address& a : touched_) {
    auto it = accounts_.find(a);
    if (it != accounts_.end() && it->second.is_empty()) {
      accounts_.erase(it);
      deleted.push_back(a);
    }
  }
  journal_.clear();
  for (auto& [address, account] : accounts_) account.original = account.storage;
  std::sort(deleted.begin(), deleted.end());  // touched_ has no order
  return deleted;
}

Hash256 WorldState::storage_root(const Account& account) {
  std::vector<std::pair<Bytes, Bytes>> entries;
  for (const auto& [key, value] : account.storage) {
    if (value.is_zero()) continue;
    auto k = key.to_be_bytes();
    entries.emplace_back(Bytes(k.begin(), k.end()), rlp::encode_uint(value));
  }
  return secure_trie_root(entries);
}

Hash256 WorldState::state_root() const {
  std::vector<std::pair<Bytes, Bytes>> entries;
  entries.reserve(accounts_.size());
  for (const auto& [address, account] : accounts_) {
    Bytes payload;
    rlp::append_uint(payload, U256(account.nonce));
    rlp::append_uint(payload, account.balance);
    rlp::append_bytes(payload, storage_root(account));
    rlp::append_bytes(payload, account.code_hash);
    entries.emplace_back(Bytes(address.begin(), address.end()), rlp::wrap_list(payload));
  }
  return secure_trie_root(entries);
}

}  // namespace zkevm::evm
