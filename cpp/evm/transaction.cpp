#include "cpp/evm/transaction.hpp"

#include <secp256k1.h>
#include <secp256k1_recovery.h>

#include "cpp/util/error.hpp"

namespace zkevm::evm {
namespace {

const secp256k1_context* context() {
  static secp256k1_context* ctx = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
  return ctx;
}

Address address_of_pubkey(const secp256k1_pubkey& pubkey) {
  uint8_t serialized[65];
  size_t len = sizeof serialized;
  secp256k1_ec_pubkey_serialize(context(), serialized, &len, &pubkey, SECP256K1_EC_UNCOMPRESSED);
  Hash256 h = keccak256(std::span<const uint8_t>(serialized + 1, 64));
  Address a;
  std::copy(h.begin() + 12, h.end(), a.begin());
  return a;
}

void append_access_list(Bytes& out, const std::vector<AccessListEntry>& list) {
  Bytes entries;
  for (const auto& e : list) {
    Bytes entry;
    rlp::append_bytes(entry, e.address);
    Bytes keys;
    for (const auto& k : e.keys) rlp::append_bytes(keys, k.to_be_bytes());
    rlp::append_list_header(entry, keys.size());
    entry.insert(entry.end(), keys.begin(), keys.end());
    rlp::append_list_header(entries, entry.size());
    entries.insert(entries.end(), entry.begin(), entry.end());
  }
  rlp::append_list_header(out, entries.size());
  out.insert(out.end(), entries.begin(), entries.end());
}

void append_to(Bytes& out, const std::optional<Address>& to) {
  if (to) rlp::append_bytes(out, *to);
  else rlp::append_bytes(out, std::span<const uint8_t>());
}

std::vector<AccessListEntry> decode_access_list(const rlp::Item& item, const std::string& what) {
  if (!item.is_list) throw EncodingError(what + ": access list is not a list");
  std::vector<AccessListEntry> out;
  for (const auto& e : item.items) {
    if (!e.is_list || e.items.size() != 2 || e.items[0].is_list || e.items[0].bytes.size() != 20 || !e.items[1].is_list)
      throw EncodingError(what + ": malformed access list entry");
    AccessListEntry entry;
    std::copy(e.items[0].bytes.begin(), e.items[0].bytes.end(), entry.address.begin());
    for (const auto& k : e.items[1].items) {
      if (k.is_list || k.bytes.size() != 32) throw EncodingError(what + ": access list key is not 32 bytes");
      entry.keys.push_back(U256::from_be(k.bytes));
    }
    out.push_back(std::move(entry));
  }
  return out;
}

std::optional<Address> decode_to(const rlp::Item& item, const std::string& what) {
  if (item.is_list) throw EncodingError(what + ": 'to' is a list");
  if (item.bytes.empty()) return std::nullopt;
  if (item.bytes.size() != 20) throw EncodingError(what + ": 'to' is not 20 bytes");
  Address a;
  std::copy(item.bytes.begin(), item.bytes.end(), a.begin());
  return a;
}

// The fields every encoding of tx shares, as RLP items without the list
// header: legacy nonce .. data, typed chainId .. accessList (and the blob fields).
Bytes common_fields(const Transaction& tx) {
  Bytes p;
  if (tx.type == 0) {
    rlp::append_uint(p, tx.nonce);
    rlp::append_uint(p, tx.gas_price);
    rlp::append_uint(p, tx.gas_limit);
    append_to(p, tx.to);
    rlp::append_uint(p, tx.value);
    rlp::append_bytes(p, tx.data);
    return p;
  }
  rlp::append_uint(p, tx.chain_id);
  rlp::append_uint(p, tx.nonce);
  if (tx.type == 1) {
    rlp::append_uint(p, tx.gas_price);
  } else {
    rlp::append_uint(p, tx.max_priority_fee_per_gas);
    rlp::append_uint(p, tx.max_fee_per_gas);
  }
  rlp::append_uint(p, tx.gas_limit);
  append_to(p, tx.to);
  rlp::append_uint(p, tx.value);
  rlp::append_bytes(p, tx.data);
  append_access_list(p, tx.access_list);
  if (tx.type == 3) {
    rlp::append_uint(p, tx.max_fee_per_blob_gas);
    Bytes hashes;
    for (const auto& h : tx.blob_hashes) rlp::append_bytes(hashes, h.to_be_bytes());
    rlp::append_list_header(p, hashes.size());
    p.insert(p.end(), hashes.begin(), hashes.end());
  }
  return p;
}

// A typed transaction's envelope: type || rlp(list).
Bytes typed_envelope(uint8_t type, const Bytes& fields) {
  Bytes out{type};
  Bytes list = rlp::wrap_list(fields);
  out.insert(out.end(), list.begin(), list.end());
  return out;
}

}  // namespace

Bytes signing_payload(const Transaction& tx) {
  Bytes p = common_fields(tx);
  if (tx.type != 0) return typed_envelope(tx.type, p);
  if (!tx.chain_id.is_zero()) {  // EIP-155; chain id 0 marks an unprotected legacy signature
    rlp::append_uint(p, tx.chain_id);
    rlp::append_uint(p, U256());
    rlp::append_uint(p, U256());
  }
  return rlp::wrap_list(p);
}

U256 signature_v(const Transaction& tx) {
  U256 parity(static_cast<uint64_t>(tx.recovery_id));
  if (tx.type != 0) return parity;
  return tx.chain_id.is_zero() ? U256(27) + parity : tx.chain_id * U256(2) + U256(35) + parity;
}

void set_signature_v(Transaction& tx, const U256& v, const std::string& what) {
  if (tx.type != 0) {
    if (v > U256(1)) throw EncodingError(what + ": yParity must be 0 or 1");
    tx.recovery_id = static_cast<int>(v.w[0]);
  } else if (v == U256(27) || v == U256(28)) {
    tx.chain_id = U256();
    tx.recovery_id = static_cast<int>(v.w[0] - 27);
  } else {
    if (v < U256(35)) throw EncodingError(what + ": invalid legacy v");
    tx.chain_id = (v - U256(35)) / U256(2);
    tx.recovery_id = static_cast<int>(((v - U256(35)) % U256(2)).w[0]);
  }
}

Bytes encode_signed_transaction(const Transaction& tx) {
  if (tx.recovery_id < 0) throw InputError("transaction: not signed");
  Bytes p = common_fields(tx);
  rlp::append_uint(p, signature_v(tx));
  rlp::append_uint(p, tx.sig_r);
  rlp::append_uint(p, tx.sig_s);
  return tx.type == 0 ? rlp::wrap_list(p) : typed_envelope(tx.type, p);
}

void sign_transaction(Transaction& tx, std::span<const uint8_t> secret_key) {
  tx.sender = address_from_secret(secret_key);  // checks the key
  Hash256 msg_hash = keccak256(signing_payload(tx));
  secp256k1_ecdsa_recoverable_signature sig;
  // RFC 6979 nonces: the same key and transaction always give the same signature.
  if (!secp256k1_ecdsa_sign_recoverable(context(), &sig, msg_hash.data(), secret_key.data(), nullptr, nullptr))
    throw InputError("secret key: not a valid secp256k1 secret key");
  uint8_t compact[64];
  int recovery_id = 0;
  secp256k1_ecdsa_recoverable_signature_serialize_compact(context(), compact, &recovery_id, &sig);
  tx.sig_r = U256::load_be32(compact);
  tx.sig_s = U256::load_be32(compact + 32);
  tx.recovery_id = recovery_id;
}

uint64_t intrinsic_gas(const Transaction& tx) {
  uint64_t gas = 21000;
  for (uint8_t b : tx.data) gas += b == 0 ? 4 : 16;
  if (!tx.to) gas += 32000 + 2 * ((tx.data.size() + 31) / 32);
  for (const auto& e : tx.access_list) gas += 2400 + 1900 * e.keys.size();
  return gas;
}

Address address_from_secret(std::span<const uint8_t> secret_key) {
  if (secret_key.size() != 32) throw InputError("secret key: expected 32 bytes, found " + std::to_string(secret_key.size()));
  secp256k1_pubkey pubkey;
  if (!secp256k1_ec_pubkey_create(context(), &pubkey, secret_key.data()))
    throw InputError("secret key: not a valid secp256k1 secret key");
  return address_of_pubkey(pubkey);
}

Address recover_signer(const Hash256& msg_hash, const U256& r, const U256& s, int recovery_id) {
  if (recovery_id < 0 || recovery_id > 3) throw InputError("signature: recovery id out of range");
  uint8_t compact[64];
  r.store_be(compact);
  s.store_be(compact + 32);
  secp256k1_ecdsa_recoverable_signature sig;
  if (!secp256k1_ecdsa_recoverable_signature_parse_compact(context(), &sig, compact, recovery_id))
    throw InputError("signature: r or s out of range");
  secp256k1_pubkey pubkey;
  if (!secp256k1_ecdsa_recover(context(), &pubkey, &sig, msg_hash.data()))
    throw InputError("signature: public key recovery failed");
  return address_of_pubkey(pubkey);
}

Transaction decode_transaction(std::span<const uint8_t> bytes, std::string_view what_view) {
  std::string what(what_view);
  if (bytes.empty()) throw ParseError(what + ": empty transaction");
  Transaction tx;
  std::span<const uint8_t> body = bytes;
  if (bytes[0] < 0x7f) {
    tx.type = bytes[0];
    if (tx.type < 1 || tx.type > 3) throw EncodingError(what + ": unknown transaction type " + std::to_string(tx.type));
    body = bytes.subspan(1);
  }
  rlp::Item item = rlp::decode(body, what);
  static constexpr std::size_t kFields[4] = {9, 11, 12, 14};
  if (!item.is_list || item.items.size() != kFields[tx.type])
    throw EncodingError(what + ": expected a list of " + std::to_string(kFields[tx.type]) + " fields");
  const auto& f = item.items;
  auto field_bytes = [&](const rlp::Item& i, const char* name) -> const Bytes& {
    if (i.is_list) throw EncodingError(what + ": field '" + name + "' is a list");
    return i.bytes;
  };
  U256 v, r, s;
  if (tx.type == 0) {
    tx.nonce = f[0].as_uint(what + ": nonce");
    tx.gas_price = f[1].as_uint(what + ": gasPrice");
    tx.gas_limit = f[2].as_uint(what + ": gasLimit");
    tx.to = decode_to(f[3], what);
    tx.value = f[4].as_uint(what + ": value");
    tx.data = field_bytes(f[5], "data");
    v = f[6].as_uint(what + ": v");
    r = f[7].as_uint(what + ": r");
    s = f[8].as_uint(what + ": s");
  } else {
    std::size_t i = 0;
    tx.chain_id = f[i++].as_uint(what + ": chainId");
    tx.nonce = f[i++].as_uint(what + ": nonce");
    if (tx.type == 1) {
      tx.gas_price = f[i++].as_uint(what + ": gasPrice");
    } else {
      tx.max_priority_fee_per_gas = f[i++].as_uint(what + ": maxPriorityFeePerGas");
      tx.max_fee_per_gas = f[i++].as_uint(what + ": maxFeePerGas");
    }
    tx.gas_limit = f[i++].as_uint(what + ": gasLimit");
    tx.to = decode_to(f[i++], what);
    tx.value = f[i++].as_uint(what + ": value");
    tx.data = field_bytes(f[i++], "data");
    tx.access_list = decode_access_list(f[i++], what);
    if (tx.type == 3) {
      tx.max_fee_per_blob_gas = f[i++].as_uint(what + ": maxFeePerBlobGas");
      if (!f[i].is_list) throw EncodingError(what + ": blobVersionedHashes is not a list");
      for (const auto& h : f[i].items) tx.blob_hashes.push_back(h.as_uint(what + ": blob hash"));
      ++i;
    }
    v = f[i++].as_uint(what + ": yParity");
    r = f[i++].as_uint(what + ": r");
    s = f[i++].as_uint(what + ": s");
  }
  set_signature_v(tx, v, what);
  tx.sender = recover_signer(keccak256(signing_payload(tx)), r, s, tx.recovery_id);
  tx.sig_r = r;
  tx.sig_s = s;
  return tx;
}

}  // namespace zkevm::evm
