#pragma once
// Transactions of types 0 (legacy, EIP-155), 1 (EIP-2930), 2 (EIP-1559) and
// 3 (EIP-4844): signing payloads, signing and the signed encoding, decoding,
// sender recovery with libsecp256k1, and intrinsic gas.
#include <optional>
#include <string>
#include <vector>

#include "cpp/evm/rlp.hpp"
#include "cpp/evm/types.hpp"

namespace zkevm::evm {

struct AccessListEntry {
  Address address{};
  std::vector<U256> keys;
};

struct Transaction {
  uint8_t type = 0;
  U256 chain_id = U256(1);  // 0 for a legacy signature without EIP-155
  U256 nonce;
  U256 gas_price;                 // types 0 and 1
  U256 max_fee_per_gas;           // types 2 and 3
  U256 max_priority_fee_per_gas;  // types 2 and 3
  U256 gas_limit;
  std::optional<Address> to;  // empty: contract creation
  U256 value;
  Bytes data;
  std::vector<AccessListEntry> access_list;
  U256 max_fee_per_blob_gas;      // type 3
  std::vector<U256> blob_hashes;  // type 3
  Address sender{};
  // The signature, when decoded from signed bytes (recovery_id -1 otherwise).
  U256 sig_r, sig_s;
  int recovery_id = -1;
};

// The bytes that are hashed and signed (EIP-155 with chain_id for legacy).
Bytes signing_payload(const Transaction& tx);

// The signed network encoding (legacy RLP, or type byte || RLP), whose
// keccak256 is the transaction hash. Requires a signature (recovery_id >= 0).
Bytes encode_signed_transaction(const Transaction& tx);

// The v of the signature: yParity for typed transactions; 27/28, or
// 35 + 2 chain_id + parity (EIP-155), for legacy ones.
U256 signature_v(const Transaction& tx);

// Sets recovery_id (and, for legacy transactions, chain_id) from a
// signature's v; EncodingError naming `what` for a v no transaction can have.
void set_signature_v(Transaction& tx, const U256& v, const std::string& what);

// Signs tx with the secret key (deterministic RFC 6979 nonce): sets sig_r,
// sig_s, recovery_id and sender. InputError for an invalid key.
void sign_transaction(Transaction& tx, std::span<const uint8_t> secret_key);

// Intrinsic gas: 21000 (+32000 and EIP-3860 initcode words for creation),
// calldata 4 / 16 per zero / non-zero byte, access list 2400 per address and
// 1900 per key.
uint64_t intrinsic_gas(const Transaction& tx);

// The address of the key pair with this secret key; InputError if the key is invalid.
Address address_from_secret(std::span<const uint8_t> secret_key);

// The signer of msg_hash given (r, s, recovery id); InputError if it does not recover.
Address recover_signer(const Hash256& msg_hash, const U256& r, const U256& s, int recovery_id);

// Decodes a signed transaction (raw RLP for legacy, type byte || RLP for the
// others) and recovers its sender. Throws ParseError/EncodingError naming `what`.
Transaction decode_transaction(std::span<const uint8_t> bytes, std::string_view what = "transaction");

}  // namespace zkevm::evm
