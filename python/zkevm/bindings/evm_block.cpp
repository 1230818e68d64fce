// zkevm._zkevm.evm blocks: several transactions on one world state, their
// results and their bus-mapping trace.
#include <pybind11/stl.h>

#include <map>

#include "cpp/evm/block.hpp"
#include "cpp/evm/bus_mapping.hpp"
#include "python/zkevm/bindings/bindings.hpp"
#include "python/zkevm/bindings/evm_tables.hpp"

namespace zkevm::bindings {
namespace {

using evm::Block;
using evm::BlockResult;

// The accounts in the fixtures' "pre" format, so a state can be written back
// as the pre-state of a state test or a block file.
py::dict state_dict(const evm::WorldState& state) {
  std::map<evm::Address, const evm::Account*> sorted;
  for (const auto& [a, acc] : state.accounts()) sorted.emplace(a, &acc);
  py::dict out;
  for (const auto& [a, acc] : sorted) {
    std::map<evm::U256, evm::U256> slots;
    for (const auto& [k, v] : acc->storage)
      if (!v.is_zero()) slots.emplace(k, v);
    py::dict storage;
    for (const auto& [k, v] : slots) storage[py::str(k.to_hex())] = v.to_hex();
    py::dict account;
    account["balance"] = acc->balance.to_hex();
    account["code"] = to_hex(acc->code_bytes());
    account["nonce"] = evm::U256(acc->nonce).to_hex();
    account["storage"] = storage;
    out[py::str(evm::address_hex(a))] = account;
  }
  return out;
}

py::dict result_dict(const Block& block, const BlockResult& r) {
  py::dict d;
  d["id"] = block.source;
  d["verdict"] = evm::verdict_name(r.verdict);
  d["reason"] = r.reason;
  d["state_root"] = to_hex(r.state_root);
  d["logs_hash"] = to_hex(r.logs_hash);
  d["gas_used"] = r.gas_used;
  py::list txs;
  for (std::size_t i = 0; i < r.txs.size(); ++i) {
    const evm::TxResult& t = r.txs[i];
    py::dict tx;
    tx["id"] = i + 1;
    tx["name"] = block.txs[i].name;
    tx["hash"] = to_hex(keccak256(block.txs[i].signed_bytes));
    tx["evm_status"] = evm::status_name(t.status);
    tx["gas_used"] = t.gas_used;
    tx["cumulative_gas_used"] = t.cumulative_gas_used;
    tx["logs"] = t.logs.size();
    tx["logs_hash"] = to_hex(t.logs_hash);
    tx["state_root"] = to_hex(t.state_root);
    std::vector<std::string> deleted;
    for (const auto& a : t.deleted) deleted.push_back(evm::address_hex(a));
    tx["deleted"] = deleted;
    txs.append(tx);
  }
  d["tx_results"] = txs;
  return d;
}

std::vector<std::vector<evm::Address>> deletions(const BlockResult& r) {
  std::vector<std::vector<evm::Address>> out;
  for (const auto& t : r.txs) out.push_back(t.deleted);
  return out;
}

}  // namespace

void bind_evm_block(py::module_& e) {
  py::class_<Block>(e, "Block", "A block context and transactions run in order on one world state.")
      .def_readonly("source", &Block::source)
      .def_property_readonly("fork", [](const Block& b) { return evm::fork_name(b.fork); })
      .def_property_readonly("tx_names",
                             [](const Block& b) {
                               std::vector<std::string> names;
                               for (const auto& t : b.txs) names.push_back(t.name);
                               return names;
                             })
      .def_property_readonly("tx_hashes",
                             [](const Block& b) {
                               std::vector<std::string> hashes;
                               for (const auto& t : b.txs) hashes.push_back(to_hex(keccak256(t.signed_bytes)));
                               return hashes;
                             })
      .def_property_readonly("signed_transactions",
                             [](const Block& b) {
                               std::vector<py::bytes> raw;
                               for (const auto& t : b.txs)
                                 raw.emplace_back(reinterpret_cast<const char*>(t.signed_bytes.data()),
                                                  t.signed_bytes.size());
                               return raw;
                             })
      .def("__len__", [](const Block& b) { return b.txs.size(); })
      .def("__repr__", [](const Block& b) {
        return "<Block " + b.source + ": " + std::to_string(b.txs.size()) + " transactions>";
      });

  e.def("load_block", &evm::load_block, py::arg("path"), py::call_guard<py::gil_scoped_release>(),
        "A block from a block JSON file (env, pre, transactions, optional fork and expect).");
  e.def("block_from_state_test", &evm::block_from_state_test, py::arg("path"), py::arg("indexes"),
        py::arg("fork") = std::nullopt, py::arg("test") = std::nullopt, py::call_guard<py::gil_scoped_release>(),
        "A block of a state test's cases (positions in post[fork]; all when empty), re-signed with consecutive "
        "nonces.");
  e.def("block_from_cases", &evm::block_from_state_test_cases, py::arg("cases"),
        py::call_guard<py::gil_scoped_release>(), "A block of loaded cases of one test and fork, in order.");

  e.def(
      "run_block",
      [](const Block& block, bool post_state) {
        BlockResult r;
        evm::WorldState post;
        {
          py::gil_scoped_release release;
          r = evm::run_block(block, nullptr, &post);
        }
        py::dict d = result_dict(block, r);
        if (post_state) d["post_state"] = state_dict(post);
        return d;
      },
      py::arg("block"), py::arg("post_state") = false,
      "Runs the block; returns its verdict, roots, gas and per-transaction results (and the post-state when "
      "asked). InputError naming an invalid transaction.");

  e.def(
      "block_bus_mapping",
      [](const Block& block, bool check) {
        evm::BusMappingTracer tracer;
        evm::WorldState post;
        evm::CircuitInput input;
        BlockResult r;
        {
          py::gil_scoped_release release;
          r = evm::run_block(block, &tracer, &post);
          if (check && r.verdict == evm::Verdict::Pass)
            evm::check_rw_consistency(tracer.rw_ops(), block.pre, post, deletions(r));
          if (r.verdict == evm::Verdict::Pass) input = evm::build_circuit_input(block, tracer, post);
        }
        py::dict d = result_dict(block, r);
        add_circuit_tables(d, tracer, input);
        add_trace_columns(d, tracer);
        return d;
      },
      py::arg("block"), py::arg("check") = true,
      "Runs the block with the bus-mapping tracer; like bus_mapping, with the per-transaction results under "
      "'tx_results'.");
}

}  // namespace zkevm::bindings
