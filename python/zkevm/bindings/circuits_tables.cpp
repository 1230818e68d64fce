// zkevm._zkevm.circuits_tables: the circuit tables (circuits/tables) built
// from bus-mapping columns, as column dicts.
#include "python/zkevm/bindings/circuits_tables.hpp"

#include <pybind11/stl.h>

#include <chrono>

#include "circuits/tables/bytecode_table.hpp"
#include "circuits/tables/opcode_table.hpp"
#include "circuits/tables/rw_table.hpp"
#include "cpp/plonk/keygen.hpp"
#include "cpp/plonk/prover.hpp"
#include "cpp/plonk/verifier.hpp"
#include "cpp/util/error.hpp"
#include "cpp/util/hex.hpp"
#include "python/zkevm/bindings/bindings.hpp"

namespace zkevm::bindings {

namespace {

py::list column(const py::dict& d, const char* name, const char* table) {
  if (!d.contains(name)) throw InputError(std::string(table) + ": missing column '" + name + "'");
  return py::list(d[name]);
}

std::string where(const char* table, const char* name, size_t row) {
  return std::string(table) + "." + name + "[" + std::to_string(row) + "]";
}

evm::RwTag tag_from_name(const std::string& name, const std::string& at) {
  for (int t = 0; t <= static_cast<int>(evm::RwTag::Padding); ++t)
    if (name == evm::rw_tag_name(static_cast<evm::RwTag>(t))) return static_cast<evm::RwTag>(t);
  throw InputError(at + ": unknown RW tag '" + name + "'");
}

std::vector<circuits::RwRow> rw_rows_from_py(const py::dict& rw, bool sorted) {
  std::vector<circuits::RwRow> rows = circuits::rw_table_rows(rw_ops_from_py(rw));
  if (sorted) circuits::sort_rw_rows(rows);
  return rows;
}

py::dict rw_columns(const std::vector<circuits::RwRow>& rows) {
  std::vector<uint64_t> counter, id, field, tag;
  std::vector<bool> is_write;
  std::vector<std::string> tag_name, address, key, value, prev, initial;
  for (const auto& r : rows) {
    counter.push_back(r.rw_counter);
    is_write.push_back(r.is_write);
    tag.push_back(static_cast<uint64_t>(r.tag));
    tag_name.push_back(evm::rw_tag_name(r.tag));
    id.push_back(r.id);
    address.push_back(evm::address_hex(r.address));
    field.push_back(r.field_tag);
    key.push_back(r.key.to_hex());
    value.push_back(r.value.to_hex());
    prev.push_back(r.value_prev.to_hex());
    initial.push_back(r.initial_value.to_hex());
  }
  py::dict d;
  d["rw_counter"] = counter; d["is_write"] = is_write; d["tag"] = tag; d["tag_name"] = tag_name; d["id"] = id;
  d["address"] = address; d["field_tag"] = field; d["key"] = key; d["value"] = value; d["value_prev"] = prev;
  d["initial_value"] = initial;
  return d;
}

}  // namespace

std::vector<evm::RwOp> rw_ops_from_py(const py::dict& rw) {
  const char* t = "rw";
  py::list counter = column(rw, "rw_counter", t), is_write = column(rw, "is_write", t), tag = column(rw, "tag", t),
           id = column(rw, "id", t), address = column(rw, "address", t), field = column(rw, "field", t),
           key = column(rw, "key", t), value = column(rw, "value", t), prev = column(rw, "value_prev", t);
  size_t n = counter.size();
  for (const py::list& c : {is_write, tag, id, address, field, key, value, prev})
    if (c.size() != n) throw InputError("rw: columns have different lengths");
  std::vector<evm::RwOp> ops(n);
  for (size_t i = 0; i < n; ++i) {
    evm::RwOp& op = ops[i];
    op.rw_counter = counter[i].cast<uint64_t>();
    op.is_write = is_write[i].cast<bool>();
    op.tag = tag_from_name(tag[i].cast<std::string>(), where(t, "tag", i));
    op.id = id[i].cast<uint64_t>();
    op.address = evm::parse_address(address[i].cast<std::string>(), where(t, "address", i));
    op.field = static_cast<uint8_t>(field[i].cast<int>());
    op.key = evm::U256::from_string(key[i].cast<std::string>(), where(t, "key", i));
    op.value = evm::U256::from_string(value[i].cast<std::string>(), where(t, "value", i));
    op.value_prev = evm::U256::from_string(prev[i].cast<std::string>(), where(t, "value_prev", i));
  }
  return ops;
}

std::vector<evm::Bytecode> bytecodes_from_py(const py::dict& bytecodes) {
  const char* t = "bytecodes";
  py::list hash = column(bytecodes, "hash", t), bytes = column(bytecodes, "bytes", t),
           is_code = column(bytecodes, "is_code", t);
  if (hash.size() != bytes.size() || bytes.size() != is_code.size())
    throw InputError("bytecodes: columns have different lengths");
  std::vector<evm::Bytecode> out(hash.size());
  for (size_t i = 0; i < out.size(); ++i) {
    Bytes h = from_hex(hash[i].cast<std::string>(), where(t, "hash", i));
    if (h.size() != 32) throw InputError(where(t, "hash", i) + ": not 32 bytes");
    std::copy(h.begin(), h.end(), out[i].hash.begin());
    out[i].bytes = from_hex(bytes[i].cast<std::string>(), where(t, "bytes", i));
    std::string flags = is_code[i].cast<std::string>();
    if (flags.size() != out[i].bytes.size())
      throw InputError(where(t, "is_code", i) + ": " + std::to_string(flags.size()) + " flags for " +
                       std::to_string(out[i].bytes.size()) + " bytes");
    for (char f : flags) out[i].is_code.push_back(f == '1');
  }
  return out;
}

py::list failures_to_py(const std::vector<plonk::Failure>& failures) {
  py::list out;
  for (const auto& f : failures) {
    py::dict d;
    d["kind"] = plonk::to_string(f.kind);
    d["gate"] = f.gate;
    d["constraint"] = f.constraint;
    d["argument"] = f.argument;
    d["table"] = f.table;
    d["row"] = f.row;
    d["text"] = f.to_string();
    out.append(d);
  }
  return out;
}

py::dict prove_with_test_srs(plonk::Circuit& circuit, uint32_t k, uint64_t srs_seed,
                             const std::vector<std::vector<plonk::Fr>>& instances) {
  std::vector<uint8_t> proof, vk;
  double keygen_seconds = 0, prove_seconds = 0;
  plonk::ProveTimings phases;
  {
    py::gil_scoped_release release;
    using clock = std::chrono::steady_clock;
    const auto start = clock::now();
    plonk::ConstraintSystem cs;
    circuit.configure(cs);
    pcs::Srs srs = pcs::Srs::insecure_from_secret(plonk::Fr::from_u64(srs_seed), size_t{1} << k);
    plonk::ProvingKey pk = plonk::keygen(cs, circuit, srs, k);
    const auto keygen_end = clock::now();
    plonk::ProveOptions options;
    options.timings = &phases;
    proof = plonk::prove(pk, circuit, instances, options);
    vk = pk.vk.to_bytes();
    keygen_seconds = std::chrono::duration<double>(keygen_end - start).count();
    prove_seconds = std::chrono::duration<double>(clock::now() - keygen_end).count();
  }
  py::dict d;
  d["proof"] = py::bytes(reinterpret_cast<const char*>(proof.data()), proof.size());
  d["verifying_key"] = py::bytes(reinterpret_cast<const char*>(vk.data()), vk.size());
  d["k"] = k;
  d["seconds"] = keygen_seconds + prove_seconds;
  d["keygen_seconds"] = keygen_seconds;
  d["prove_seconds"] = prove_seconds;
  py::dict p;
  p["witness"] = phases.witness;
  p["arguments"] = phases.arguments;
  p["argument_commitments"] = phases.argument_commitments;
  p["quotient"] = phases.quotient;
  p["openings"] = phases.openings;
  d["phases"] = p;
  return d;
}

bool verify_with_test_srs(plonk::Circuit& shape, const py::bytes& verifying_key, const py::bytes& proof,
                          uint64_t srs_seed, const std::vector<std::vector<plonk::Fr>>& instances) {
  std::string vk_bytes = verifying_key, proof_bytes = proof;
  py::gil_scoped_release release;
  plonk::ConstraintSystem cs;
  shape.configure(cs);
  std::span<const uint8_t> vk_span(reinterpret_cast<const uint8_t*>(vk_bytes.data()), vk_bytes.size());
  plonk::VerifyingKey vk = plonk::VerifyingKey::from_bytes(vk_span, cs);
  // The verifier reads only [1]G1, [1]G2 and [tau]G2: one power is enough.
  pcs::Srs srs = pcs::Srs::insecure_from_secret(plonk::Fr::from_u64(srs_seed), 1);
  std::span<const uint8_t> p(reinterpret_cast<const uint8_t*>(proof_bytes.data()), proof_bytes.size());
  return plonk::verify_ok(vk, instances, p, srs.verifier_key());
}

void bind_circuits_tables(py::module_& parent) {
  py::module_ m = parent.def_submodule("circuits_tables", "Circuit tables built from bus-mapping columns.");
  m.def(
      "rw_table",
      [](const py::dict& rw, bool sorted) { return rw_columns(rw_rows_from_py(rw, sorted)); },
      py::arg("rw"), py::arg("sorted") = false,
      "The RW table rows of a bus-mapping 'rw' dict, in rw_counter order or (sorted) in the State circuit's order.");
  m.def(
      "bytecode_table",
      [](const py::dict& bytecodes) {
        std::vector<std::string> hash;
        std::vector<uint64_t> tag, index, value;
        std::vector<bool> is_code;
        for (const auto& r : circuits::bytecode_table_rows(bytecodes_from_py(bytecodes))) {
          hash.push_back(r.code_hash.to_hex());
          tag.push_back(r.tag);
          index.push_back(r.index);
          is_code.push_back(r.is_code);
          value.push_back(r.value);
        }
        py::dict d;
        d["code_hash"] = hash; d["tag"] = tag; d["index"] = index; d["is_code"] = is_code; d["value"] = value;
        return d;
      },
      py::arg("bytecodes"), "The Bytecode table rows of a bus-mapping 'bytecodes' dict.");
  m.def(
      "opcode_table",
      [](const std::string& fork) {
        py::dict d;
        std::vector<uint64_t> opcode, gas, in, out, min_sp, max_sp, push;
        std::vector<bool> defined, is_push;
        for (const auto& r : circuits::opcode_table_rows(evm::parse_fork(fork))) {
          opcode.push_back(r.opcode); defined.push_back(r.is_defined); gas.push_back(r.static_gas);
          in.push_back(r.stack_in); out.push_back(r.stack_out); min_sp.push_back(r.min_stack_pointer);
          max_sp.push_back(r.max_stack_pointer); is_push.push_back(r.is_push); push.push_back(r.push_bytes);
        }
        d["opcode"] = opcode; d["is_defined"] = defined; d["static_gas"] = gas; d["stack_in"] = in;
        d["stack_out"] = out; d["min_stack_pointer"] = min_sp; d["max_stack_pointer"] = max_sp;
        d["is_push"] = is_push; d["push_bytes"] = push;
        return d;
      },
      py::arg("fork") = "Cancun", "The opcode-properties table (256 rows) for a fork.");
}

}  // namespace zkevm::bindings
