#include <gtest/gtest.h>

#include "cpp/evm/interpreter.hpp"
#include "cpp/evm/mpt.hpp"
#include "cpp/evm/state.hpp"
#include "cpp/evm/transaction.hpp"
#include "cpp/util/error.hpp"

namespace zkevm::evm {
namespace {

Address addr(uint8_t last) {
  Address a{};
  a[19] = last;
  return a;
}

TEST(WorldState, revert_restores_every_change_since_the_snapshot) {
  WorldState s;
  Account acc;
  acc.balance = U256(100);
  acc.storage[U256(1)] = U256(7);
  s.put_account(addr(1), acc);
  s.begin_tx();
  Hash256 root = s.state_root();
  std::size_t snap = s.snapshot();
  s.add_balance(addr(1), U256(5));
  s.set_storage(addr(1), U256(1), U256(9));
  s.set_nonce(addr(2), 3);  // creates the account
  s.set_transient(addr(1), U256(4), U256(4));
  s.access_slot(addr(1), U256(1));
  s.add_refund(4800);
  s.add_log(Log{addr(1), {U256(1)}, {}});
  EXPECT_NE(s.state_root(), root);
  s.revert(snap);
  EXPECT_EQ(s.state_root(), root);
  EXPECT_FALSE(s.exists(addr(2)));
  EXPECT_EQ(s.balance(addr(1)), U256(100));
  EXPECT_EQ(s.storage(addr(1), U256(1)), U256(7));
  EXPECT_EQ(s.transient(addr(1), U256(4)), U256());
  EXPECT_FALSE(s.access_slot(addr(1), U256(1)));
  EXPECT_EQ(s.refund(), 0);
  EXPECT_TRUE(s.logs().empty());
  EXPECT_EQ(s.original_storage(addr(1), U256(1)), U256(7));
}

TEST(WorldState, touched_empty_accounts_are_deleted_at_the_end_of_a_transaction) {
  WorldState s;
  s.put_account(addr(1), Account{});  // empty
  s.begin_tx();
  s.add_balance(addr(1), U256(0));
  s.add_balance(addr(2), U256(0));
  s.finalize_tx();
  EXPECT_FALSE(s.exists(addr(1)));
  EXPECT_FALSE(s.exists(addr(2)));
  EXPECT_EQ(s.state_root(), empty_trie_root());
}

TEST(Addresses, create_and_create2_match_known_values) {
  // CREATE: the first contract of 0x6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0 (a common example).
  Address sender = parse_address("0x6ac7ea33f8831ea9dcc53393aaa88b25a785dbf0", "sender");
  EXPECT_EQ(address_hex(create_address(sender, 0)), "0xcd234a471b72ba2f1ccf0a70fcaba648a5eecd8d");
  EXPECT_EQ(address_hex(create_address(sender, 1)), "0x343c43a37d37dff08ae8c4a11544c718abb4fcf8");
  // EIP-1014 example 1: zero sender, zero salt, initcode 0x00.
  EXPECT_EQ(address_hex(create2_address(Address{}, U256(), Bytes{0x00})), "0x4d1a2e2bb4f88f0250f26ffff098b0b30b26bf38");
}

TEST(Transaction, secret_key_gives_the_well_known_test_address) {
  Bytes secret = from_hex("0x45a915e4d060149eb4365960e6a7a45f334393093061116b197e3240065ff2d8");
  EXPECT_EQ(address_hex(address_from_secret(secret)), "0xa94f5374fce5edbc8e2a8697c15331677e6ebf0b");
  EXPECT_THROW(address_from_secret(Bytes(32, 0)), InputError);
  EXPECT_THROW(address_from_secret(Bytes(31, 1)), InputError);
}

TEST(Transaction, intrinsic_gas_counts_data_creation_and_access_list) {
  Transaction tx;
  tx.to = addr(1);
  tx.data = {0, 0, 1};
  EXPECT_EQ(intrinsic_gas(tx), 21000u + 4 + 4 + 16);
  tx.access_list = {AccessListEntry{addr(2), {U256(1), U256(2)}}};
  EXPECT_EQ(intrinsic_gas(tx), 21000u + 24 + 2400 + 2 * 1900);
  tx.access_list.clear();
  tx.to.reset();
  tx.data = Bytes(33, 1);
  EXPECT_EQ(intrinsic_gas(tx), 21000u + 32000 + 33 * 16 + 2 * 2);
}

TEST(Transaction, malformed_bytes_raise_typed_errors) {
  EXPECT_THROW(decode_transaction(Bytes{}, "tx"), ParseError);
  EXPECT_THROW(decode_transaction(from_hex("0x05c0"), "tx"), EncodingError);
  EXPECT_THROW(decode_transaction(from_hex("0xc3010203"), "tx"), EncodingError);
  EXPECT_THROW(decode_transaction(from_hex("0x02c401020304"), "tx"), EncodingError);  // 4 of 12 fields
  EXPECT_THROW(decode_transaction(from_hex("0x02c501020304"), "tx"), ParseError);     // list past the end
}

}  // namespace
}  // namespace zkevm::evm
