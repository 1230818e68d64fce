// Column dicts of the bus-mapping's extra tables; 256-bit words, addresses,
// hashes and byte strings as 0x-hex strings, counters as integers.
#include "python/zkevm/bindings/evm_tables.hpp"

#include <pybind11/stl.h>

namespace zkevm::bindings {

namespace {
std::string hex(const evm::Address& a) { return evm::address_hex(a); }
std::string hex(const Hash256& h) { return to_hex(h); }
std::string hex(const Bytes& b) { return to_hex(b); }
std::string hex(const evm::U256& v) { return v.to_hex(); }
}  // namespace

void add_circuit_tables(py::dict& d, const evm::BusMappingTracer& tracer, const evm::CircuitInput& in) {
  {
    std::vector<std::string> src_type, dst_type, src_id, dst_id, bytes;
    std::vector<uint64_t> src_offset, dst_offset, length, start, end, step;
    for (const auto& e : tracer.copy_events()) {
      src_type.push_back(evm::copy_data_type_name(e.src_type));
      src_id.push_back(hex(e.src_id));
      src_offset.push_back(e.src_offset);
      dst_type.push_back(evm::copy_data_type_name(e.dst_type));
      dst_id.push_back(hex(e.dst_id));
      dst_offset.push_back(e.dst_offset);
      length.push_back(e.bytes.size());
      bytes.push_back(hex(e.bytes));
      start.push_back(e.rw_counter_start);
      end.push_back(e.rw_counter_end);
      step.push_back(e.step);
    }
    py::dict c;
    c["src_type"] = src_type; c["src_id"] = src_id; c["src_offset"] = src_offset;
    c["dst_type"] = dst_type; c["dst_id"] = dst_id; c["dst_offset"] = dst_offset;
    c["length"] = length; c["bytes"] = bytes; c["rw_counter_start"] = start; c["rw_counter_end"] = end;
    c["step"] = step;
    d["copy"] = c;
  }
  {
    std::vector<std::string> source, input, output;
    std::vector<uint64_t> length;
    for (const auto& k : in.keccak_inputs) {
      source.push_back(k.source);
      input.push_back(hex(k.input));
      length.push_back(k.input.size());
      output.push_back(hex(k.output));
    }
    py::dict c;
    c["source"] = source; c["input"] = input; c["length"] = length; c["output"] = output;
    d["keccak"] = c;
  }
  {
    std::vector<std::string> base, exponent, result;
    std::vector<uint64_t> step;
    for (const auto& e : tracer.exp_events()) {
      base.push_back(hex(e.base));
      exponent.push_back(hex(e.exponent));
      result.push_back(hex(e.result));
      step.push_back(e.step);
    }
    py::dict c;
    c["base"] = base; c["exponent"] = exponent; c["result"] = result; c["step"] = step;
    d["exp"] = c;
  }
  {
    std::vector<std::string> hash, bytes, is_code;
    std::vector<uint64_t> length;
    for (const auto& b : in.bytecodes) {
      hash.push_back(hex(b.hash));
      bytes.push_back(hex(b.bytes));
      length.push_back(b.bytes.size());
      std::string flags;
      for (uint8_t f : b.is_code) flags.push_back(f ? '1' : '0');
      is_code.push_back(flags);
    }
    py::dict c;
    c["hash"] = hash; c["bytes"] = bytes; c["length"] = length; c["is_code"] = is_code;
    d["bytecodes"] = c;
  }
  {
    std::vector<std::string> address, field, key, old_value, new_value, old_root, new_root;
    for (const auto& u : in.mpt_updates) {
      address.push_back(hex(u.address));
      field.push_back(evm::mpt_field_name(u.field));
      key.push_back(hex(u.key));
      old_value.push_back(hex(u.old_value));
      new_value.push_back(hex(u.new_value));
      old_root.push_back(hex(u.old_root));
      new_root.push_back(hex(u.new_root));
    }
    py::dict c;
    c["address"] = address; c["field"] = field; c["key"] = key; c["old_value"] = old_value;
    c["new_value"] = new_value; c["old_root"] = old_root; c["new_root"] = new_root;
    d["mpt"] = c;
  }
  {
    std::vector<std::string> msg_hash, r, s, recovered;
    std::vector<int> v;
    for (const auto& sig : in.signatures) {
      msg_hash.push_back(hex(sig.msg_hash));
      r.push_back(hex(sig.r));
      s.push_back(hex(sig.s));
      v.push_back(sig.v);
      recovered.push_back(hex(sig.recovered));
    }
    py::dict c;
    c["msg_hash"] = msg_hash; c["r"] = r; c["s"] = s; c["v"] = v; c["recovered"] = recovered;
    d["signatures"] = c;
  }
  {
    std::vector<uint64_t> id;
    std::vector<int> type;
    std::vector<std::string> hash, sender, to, value, gas_limit, nonce, calldata;
    for (const auto& t : in.txs) {
      id.push_back(t.id);
      type.push_back(t.tx.type);
      hash.push_back(hex(t.hash));
      sender.push_back(hex(t.tx.sender));
      to.push_back(t.tx.to ? hex(*t.tx.to) : "");
      value.push_back(hex(t.tx.value));
      gas_limit.push_back(hex(t.tx.gas_limit));
      nonce.push_back(hex(t.tx.nonce));
      calldata.push_back(hex(t.tx.data));
    }
    py::dict c;
    c["id"] = id; c["type"] = type; c["hash"] = hash; c["sender"] = sender; c["to"] = to; c["value"] = value;
    c["gas_limit"] = gas_limit; c["nonce"] = nonce; c["calldata"] = calldata;
    d["txs"] = c;
  }
  py::dict block;
  block["coinbase"] = hex(in.block.coinbase);
  block["number"] = in.block.number;
  block["timestamp"] = in.block.timestamp;
  block["gas_limit"] = in.block.gas_limit;
  block["prevrandao"] = hex(in.block.prevrandao);
  block["base_fee"] = hex(in.block.base_fee);
  block["blob_base_fee"] = hex(in.block.blob_base_fee);
  block["chain_id"] = hex(in.block.chain_id);
  d["block"] = block;
}

void add_trace_columns(py::dict& d, const evm::BusMappingTracer& tracer) {
  py::dict steps;
  {
    std::vector<uint32_t> pc, stack_pointer;
    std::vector<int> opcode, depth;
    std::vector<std::string> state;
    std::vector<int64_t> gas_left, gas_cost;
    std::vector<uint64_t> memory_size, call_id, tx_id, rw_counter, rwc, log_id;
    for (const auto& s : tracer.steps()) {
      pc.push_back(s.pc);
      opcode.push_back(s.opcode);
      state.push_back(s.execution_state);
      gas_left.push_back(s.gas_left);
      gas_cost.push_back(s.gas_cost);
      stack_pointer.push_back(s.stack_pointer);
      memory_size.push_back(s.memory_size);
      call_id.push_back(s.call_id);
      tx_id.push_back(s.tx_id);
      depth.push_back(s.depth);
      rw_counter.push_back(s.rw_counter);
      rwc.push_back(s.reversible_write_counter);
      log_id.push_back(s.log_id);
    }
    steps["pc"] = pc; steps["opcode"] = opcode; steps["execution_state"] = state;
    steps["gas_left"] = gas_left; steps["gas_cost"] = gas_cost; steps["stack_pointer"] = stack_pointer;
    steps["memory_size"] = memory_size; steps["call_id"] = call_id; steps["tx_id"] = tx_id; steps["depth"] = depth;
    steps["rw_counter"] = rw_counter; steps["reversible_write_counter"] = rwc; steps["log_id"] = log_id;
  }
  py::dict rw;
  {
    std::vector<uint64_t> counter, id;
    std::vector<bool> is_write, reverted;
    std::vector<std::string> tag, address, key, value, prev, committed;
    std::vector<int> field;
    for (const auto& op : tracer.rw_ops()) {
      counter.push_back(op.rw_counter);
      is_write.push_back(op.is_write);
      tag.push_back(evm::rw_tag_name(op.tag));
      id.push_back(op.id);
      address.push_back(hex(op.address));
      field.push_back(op.field);
      key.push_back(hex(op.key));
      value.push_back(hex(op.value));
      prev.push_back(hex(op.value_prev));
      committed.push_back(hex(op.committed_value));
      reverted.push_back(op.reverted);
    }
    rw["rw_counter"] = counter; rw["is_write"] = is_write; rw["tag"] = tag; rw["id"] = id;
    rw["address"] = address; rw["field"] = field; rw["key"] = key; rw["value"] = value;
    rw["value_prev"] = prev; rw["committed_value"] = committed; rw["reverted"] = reverted;
  }
  d["steps"] = steps;
  d["rw"] = rw;
}

}  // namespace zkevm::bindings
