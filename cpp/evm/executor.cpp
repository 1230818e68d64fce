#include "cpp/evm/executor.hpp"

#include <algorithm>
#include <optional>

namespace zkevm::evm {
namespace {

// a * b, or nullopt when the product does not fit in 256 bits.
std::optional<U256> checked_mul(const U256& a, const U256& b) {
  uint64_t p[8];
  mul_wide(a, b, p);
  if (p[4] | p[5] | p[6] | p[7]) return std::nullopt;
  return U256(p[0], p[1], p[2], p[3]);
}

std::optional<U256> checked_add(const U256& a, const U256& b) {
  bool carry;
  U256 s = add_with_carry(a, b, carry);
  if (carry) return std::nullopt;
  return s;
}

std::string validate(const WorldState& state, const BlockEnv& block, const Transaction& tx, Fork fork) {
  if (tx.type >= 2 && tx.max_priority_fee_per_gas > tx.max_fee_per_gas)
    return "TransactionException.PRIORITY_GREATER_THAN_MAX_FEE_PER_GAS";
  U256 max_price = tx.type >= 2 ? tx.max_fee_per_gas : tx.gas_price;
  if (max_price < block.base_fee) return "TransactionException.INSUFFICIENT_MAX_FEE_PER_GAS";
  if (tx.type == 3) {
    if (fork < Fork::Cancun) return "TransactionException.TYPE_3_TX_PRE_FORK";
    if (!tx.to) return "TransactionException.TYPE_3_TX_CONTRACT_CREATION";
    if (tx.blob_hashes.empty()) return "TransactionException.TYPE_3_TX_ZERO_BLOBS";
    if (tx.blob_hashes.size() > kMaxBlobsPerBlock) return "TransactionException.TYPE_3_TX_MAX_BLOB_GAS_ALLOWANCE_EXCEEDED";
    for (const auto& h : tx.blob_hashes)
      if ((h.w[3] >> 56) != 0x01) return "TransactionException.TYPE_3_TX_INVALID_BLOB_VERSIONED_HASH";
    if (tx.max_fee_per_blob_gas < block.blob_base_fee) return "TransactionException.INSUFFICIENT_MAX_FEE_PER_BLOB_GAS";
  }
  if (tx.gas_limit > U256(block.gas_limit)) return "TransactionException.GAS_ALLOWANCE_EXCEEDED";
  if (!tx.to && tx.data.size() > kMaxInitcodeSize) return "TransactionException.INITCODE_SIZE_EXCEEDED";
  if (U256(intrinsic_gas(tx)) > tx.gas_limit) return "TransactionException.INTRINSIC_GAS_TOO_LOW";
  if (tx.nonce >= U256(~0ULL)) return "TransactionException.NONCE_IS_MAX";
  if (U256(state.nonce(tx.sender)) != tx.nonce) return "TransactionException.NONCE_MISMATCH";
  if (!state.code(tx.sender).empty()) return "TransactionException.SENDER_NOT_EOA";  // EIP-3607
  // The sender must afford the whole gas limit at the maximum price plus the value.
  auto cost = checked_mul(tx.gas_limit, max_price);
  if (cost) cost = checked_add(*cost, tx.value);
  if (cost && tx.type == 3) {
    auto blob = checked_mul(U256(kGasPerBlob * tx.blob_hashes.size()), tx.max_fee_per_blob_gas);
    cost = blob ? checked_add(*cost, *blob) : std::nullopt;
  }
  if (!cost || state.balance(tx.sender) < *cost) return "TransactionException.INSUFFICIENT_ACCOUNT_FUNDS";
  return "";
}

}  // namespace

U256 blob_base_fee(const U256& excess_blob_gas) {
  // fake_exponential(1, excess, 3338477): the Taylor series of e^(excess / 3338477).
  const U256 denominator(3338477);
  U256 output;
  U256 accum = denominator;
  for (uint64_t i = 1; !accum.is_zero(); ++i) {
    output = output + accum;
    accum = accum * excess_blob_gas / (denominator * U256(i));
  }
  return output / denominator;
}

TxOutcome apply_transaction(WorldState& state, const BlockEnv& block, const Transaction& tx, Fork fork,
                            Tracer* tracer) {
  TxOutcome out;
  out.error = validate(state, block, tx, fork);
  if (!out.error.empty()) {
    out.valid = false;
    return out;
  }
  state.begin_tx();
  state.tracer = tracer;
  if (tracer) tracer->on_tx_start(static_cast<int64_t>(tx.gas_limit.w[0]));
  U256 price = tx.type >= 2 ? std::min(tx.max_fee_per_gas, block.base_fee + tx.max_priority_fee_per_gas) : tx.gas_price;
  uint64_t gas_limit = tx.gas_limit.w[0];
  U256 upfront = U256(gas_limit) * price;
  if (tx.type == 3) upfront = upfront + U256(kGasPerBlob * tx.blob_hashes.size()) * block.blob_base_fee;
  state.sub_balance(tx.sender, upfront);
  uint64_t nonce = state.nonce(tx.sender);
  state.set_nonce(tx.sender, nonce + 1);

  // Warm from the start: sender, recipient, coinbase (EIP-3651), precompiles, the access list.
  state.access_address(tx.sender);
  if (tx.to) state.access_address(*tx.to);
  state.access_address(block.coinbase);
  for (unsigned i = 1; i <= (fork >= Fork::Cancun ? 10u : 9u); ++i) {
    Address p{};
    p[19] = static_cast<uint8_t>(i);
    state.access_address(p);
  }
  for (const auto& e : tx.access_list) {
    state.access_address(e.address);
    for (const auto& k : e.keys) state.access_slot(e.address, k);
  }

  TxContext ctx{tx.sender, price, tx.blob_hashes};
  Evm evm(state, block, ctx, fork, tracer);
  int64_t gas = static_cast<int64_t>(gas_limit - intrinsic_gas(tx));
  Message msg;
  msg.depth = 0;
  msg.gas = gas;
  msg.sender = tx.sender;
  msg.value = tx.value;
  msg.input = tx.data;
  CallResult r;
  if (tx.to) {
    msg.kind = CallKind::Call;
    msg.recipient = *tx.to;
    msg.code_address = *tx.to;
    r = evm.call(msg);
  } else {
    msg.kind = CallKind::Create;
    msg.recipient = create_address(tx.sender, nonce);
    msg.code_address = msg.recipient;
    r = evm.create(msg);
  }
  // EIP-3529: refunds are capped at a fifth of the gas used.
  uint64_t gas_used = gas_limit - static_cast<uint64_t>(r.gas_left);
  uint64_t refund = std::min<uint64_t>(static_cast<uint64_t>(std::max<int64_t>(state.refund(), 0)), gas_used / 5);
  gas_used -= refund;
  state.add_balance(tx.sender, U256(gas_limit - gas_used) * price);
  state.add_balance(block.coinbase, U256(gas_used) * (price - block.base_fee));
  if (tracer) tracer->on_tx_end(static_cast<int64_t>(gas_used), r.status == Status::Success);
  out.deleted = state.finalize_tx();
  state.tracer = nullptr;
  out.status = r.status;
  out.gas_used = gas_used;
  out.output = std::move(r.output);
  out.unsupported = evm.unsupported_reason();
  return out;
}

}  // namespace zkevm::evm
