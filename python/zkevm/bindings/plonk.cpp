// zkevm._zkevm.plonk: the PLONKish constraint system, expressions, the
// recorded Python circuit (plonk_circuit.hpp) and the MockProver. Low level
// and index-based: zkevm/plonk.py is the face users see.
#include <pybind11/numpy.h>
#include <pybind11/operators.h>
#include <pybind11/stl.h>

#include <memory>
#include <optional>

#include "cpp/plonk/mock_prover.hpp"
#include "cpp/util/error.hpp"
#include "python/zkevm/bindings/bindings.hpp"
#include "python/zkevm/bindings/plonk_circuit.hpp"
#include "python/zkevm/bindings/plonk_values.hpp"

#if __has_include("cpp/plonk/cost.hpp")
#include "cpp/plonk/cost.hpp"
#define ZKEVM_PLONK_HAS_COST 1
#endif

namespace zkevm::bindings {
namespace {

using namespace plonk;

AnyColumn any_column(int kind, uint32_t index) {
  if (kind < 0 || kind > 2) throw InputError("column kind " + std::to_string(kind) + " is not 0, 1 or 2");
  return AnyColumn{static_cast<ColumnKind>(kind), index};
}

// An Expression from an Expression, a constant, or an object with _expression() (columns, selectors).
Expression to_expression(py::handle value) {
  if (py::isinstance<Expression>(value)) return value.cast<Expression>();
  if (py::hasattr(value, "_expression")) {
    py::object e = value.attr("_expression")();
    if (py::isinstance<Expression>(e)) return e.cast<Expression>();
  }
  if (PyBool_Check(value.ptr())) {
    // Almost always `a == b` written in a gate: Python compared the objects instead of building a - b.
    throw InputError("expression: got the bool " + std::string(value.ptr() == Py_True ? "True" : "False") +
                     "; write a constraint as a difference (a - b), not a comparison (a == b)");
  }
  return Expression(fr_from_py(value, "expression constant"));
}

std::vector<Expression> to_expressions(const py::iterable& values) {
  std::vector<Expression> out;
  for (py::handle v : values) out.push_back(to_expression(v));
  return out;
}

Expression power(const Expression& base, int exponent) {
  if (exponent < 1 || exponent > 64) {
    throw InputError("expression ** " + std::to_string(exponent) + ": the exponent must be in [1, 64]");
  }
  Expression result = base;
  for (int i = 1; i < exponent; ++i) result = result * base;
  return result;
}

const char* kind_key(FailureKind kind) {
  switch (kind) {
    case FailureKind::ConstraintNotSatisfied: return "constraint_not_satisfied";
    case FailureKind::CellNotAssigned: return "cell_not_assigned";
    case FailureKind::LookupInputMissing: return "lookup_input_missing";
    case FailureKind::ShuffleMismatch: return "shuffle_mismatch";
    case FailureKind::CopyMismatch: return "copy_mismatch";
    case FailureKind::ConstraintNotSwitchedOff: return "constraint_not_switched_off";
  }
  return "unknown";
}

py::object region_name(const std::optional<RegionLocation>& r) {
  if (!r) return py::none();
  return py::str(r->name);
}

py::dict cell_dict(const CellReport& c) {
  py::dict d;
  d["column"] = c.column_name;
  d["column_kind"] = to_string(c.column.kind);
  d["column_index"] = c.column.index;
  d["rotation"] = c.rotation;
  d["row"] = c.row;
  d["value"] = fr_to_py(c.value);
  d["assigned"] = c.assigned;
  d["region"] = region_name(c.region);
  d["region_offset"] = c.region ? py::object(py::int_(c.region->offset)) : py::none();
  return d;
}

}  // namespace

py::dict failure_dict(const Failure& f) {
  py::dict d;
  d["kind"] = kind_key(f.kind);
  d["gate"] = f.gate;
  d["gate_index"] = f.gate_index;
  d["constraint"] = f.constraint;
  d["constraint_index"] = f.constraint_index;
  d["expression"] = f.expression;
  d["value"] = fr_to_py(f.value);
  d["argument"] = f.argument;
  d["table"] = f.table;
  d["side"] = f.side;
  py::list tuple;
  for (const Fr& v : f.tuple) tuple.append(fr_to_py(v));
  d["tuple"] = py::tuple(tuple);
  d["row"] = f.row;
  d["region"] = region_name(f.region);
  d["region_index"] = f.region ? py::object(py::int_(f.region->index)) : py::none();
  d["offset"] = f.region ? py::object(py::int_(f.region->offset)) : py::none();
  py::list cells;
  for (const CellReport& c : f.cells) cells.append(cell_dict(c));
  d["cells"] = cells;
  d["text"] = f.to_string();
  d["headline"] = f.headline();
  d["group_key"] = f.group_key();
  return d;
}

namespace {

py::dict layout_dict(const LayoutReport& r) {
  py::dict d;
  d["k"] = r.k;
  d["rows"] = r.rows;
  d["rows_used"] = r.rows_used;
  d["blinding_rows"] = r.blinding_rows;
  d["usable_rows"] = r.usable_rows;
  d["advice_columns"] = py::make_tuple(r.advice_columns[0], r.advice_columns[1]);
  d["fixed_columns"] = r.fixed_columns;
  d["selectors"] = r.selectors;
  d["instance_columns"] = r.instance_columns;
  d["equality_columns"] = r.equality_columns;
  d["permutation_chunks"] = r.permutation_chunks;
  d["gates"] = r.gates;
  d["constraints"] = r.constraints;
  d["lookups"] = r.lookups;
  d["shuffles"] = r.shuffles;
  d["challenges"] = r.challenges;
  d["max_degree"] = r.max_degree;
  d["extension_factor"] = r.extension_factor;
  d["text"] = r.to_string();
  return d;
}

// A MockProver run on a recorded circuit; owns its constraint system and assignment.
struct MockRun {
  std::unique_ptr<MockProver> prover;
};

void bind_expression(py::module_& m) {
  auto e = py::class_<Expression>(m, "Expression",
                                  "A polynomial over column queries, selectors, challenges and constants in Fr.");
  e.def("degree", &Expression::degree, "The degree (column queries and selectors count 1).")
      .def("__str__", [](const Expression& x) { return x.to_string(); })
      .def("__repr__", [](const Expression& x) { return "Expression(" + x.to_string() + ")"; })
      .def("structurally_equal", &Expression::structurally_equal, py::arg("other"))
      .def("__add__", [](const Expression& a, py::handle b) { return a + to_expression(b); }, py::is_operator())
      .def("__radd__", [](const Expression& a, py::handle b) { return to_expression(b) + a; }, py::is_operator())
      .def("__sub__", [](const Expression& a, py::handle b) { return a - to_expression(b); }, py::is_operator())
      .def("__rsub__", [](const Expression& a, py::handle b) { return to_expression(b) - a; }, py::is_operator())
      .def("__mul__", [](const Expression& a, py::handle b) { return a * to_expression(b); }, py::is_operator())
      .def("__rmul__", [](const Expression& a, py::handle b) { return to_expression(b) * a; }, py::is_operator())
      .def("__pow__", &power, py::is_operator())
      .def("__neg__", [](const Expression& a) { return -a; });
  m.def("query", [](int kind, uint32_t index, int32_t rotation) {
    return Expression::query(any_column(kind, index), Rotation(rotation));
  });
  m.def("selector_expression", [](uint32_t index, uint32_t fixed_index) {
    return Expression(Selector(index, Column<Fixed>(fixed_index)));
  });
  m.def("challenge_expression", [](uint32_t index, uint8_t phase) { return Expression(Challenge(index, phase)); });
  m.def("constant", [](py::handle value) { return to_expression(value); });
  m.def("to_expression", [](py::handle value) { return to_expression(value); });
}

void bind_circuit(py::module_& m) {
  using B = CircuitBuilder;
  py::class_<B, std::shared_ptr<B>>(m, "CircuitBuilder", "A circuit recorded from Python (see zkevm.plonk.Circuit).")
      .def(py::init<std::string>(), py::arg("name"))
      .def_property_readonly("name", &B::name)
      // columns
      .def("advice_column", [](B& b, const std::string& name, uint8_t phase) {
        return b.cs().advice_column(name, phase).index();
      })
      .def("fixed_column", [](B& b, const std::string& name) { return b.cs().fixed_column(name).index(); })
      .def("instance_column", [](B& b, const std::string& name) { return b.cs().instance_column(name).index(); })
      .def("selector", [](B& b, const std::string& name) {
        Selector s = b.cs().selector(name);
        return py::make_tuple(s.index(), s.fixed_column().index());
      })
      .def("challenge", [](B& b, uint8_t phase) { return b.cs().challenge_usable_after(phase).index(); })
      .def("enable_equality", [](B& b, int kind, uint32_t index) { b.cs().enable_equality(any_column(kind, index)); })
      .def("enable_constant", [](B& b, uint32_t index) {
        if (index >= b.cs().num_fixed_columns()) throw InputError("enable_constant: no fixed column " + std::to_string(index));
        b.cs().enable_constant(Column<Fixed>(index));
      })
      .def("column_name", [](const B& b, int kind, uint32_t index) { return b.cs().column_name(any_column(kind, index)); })
      .def("num_columns", [](const B& b, int kind) { return b.cs().num_columns(any_column(kind, 0).kind); })
      // arguments
      .def("create_gate", [](B& b, const std::string& name, const std::vector<std::pair<std::string, py::object>>& cs) {
        std::vector<Constraint> constraints;
        for (const auto& [cname, poly] : cs) constraints.push_back(Constraint{cname, to_expression(poly)});
        b.cs().create_gate(name, std::move(constraints));
      })
      .def("lookup", [](B& b, const std::string& name, const std::string& table_name, const py::iterable& inputs,
                        const py::iterable& table, py::object input_selector, py::object table_selector) {
        std::optional<Expression> is, ts;
        if (!input_selector.is_none()) is = to_expression(input_selector);
        if (!table_selector.is_none()) ts = to_expression(table_selector);
        b.cs().lookup(name, table_name, to_expressions(inputs), to_expressions(table), is, ts);
      })
      .def("shuffle", [](B& b, const std::string& name, const py::iterable& inputs, const py::iterable& shuffle) {
        b.cs().shuffle(name, to_expressions(inputs), to_expressions(shuffle));
      })
      .def("set_minimum_degree", [](B& b, uint32_t d) { b.cs().set_minimum_degree(d); })
      // derived numbers and descriptions
      .def("degree", [](const B& b) { return b.cs().degree(); })
      .def("blinding_factors", [](const B& b) { return b.cs().blinding_factors(); })
      .def("usable_rows", [](const B& b, uint32_t k) { return b.cs().usable_rows(k); })
      .def("layout", [](const B& b, uint32_t k, size_t rows_used) { return layout_dict(b.cs().layout_report(k, rows_used)); })
      .def("describe", [](const B& b, const Expression& e) { return e.to_string(b.cs().namer()); })
      .def("gates", [](const B& b) {
        py::list out;
        for (const Gate& g : b.cs().gates()) {
          py::list constraints;
          for (const Constraint& c : g.constraints) {
            constraints.append(py::make_tuple(c.name, c.polynomial.to_string(b.cs().namer()), c.polynomial.degree()));
          }
          out.append(py::make_tuple(g.name, constraints));
        }
        return out;
      })
      .def("lookups", [](const B& b) {
        py::list out;
        for (const Lookup& l : b.cs().lookups()) {
          out.append(py::make_tuple(l.name, l.table_name, l.required_degree()));
        }
        return out;
      })
      .def("shuffles", [](const B& b) {
        py::list out;
        for (const Shuffle& s : b.cs().shuffles()) out.append(py::make_tuple(s.name, s.required_degree()));
        return out;
      })
      // witness recording
      .def_property_readonly("recording_phase", &B::recording_phase)
      .def("open_region", &B::open_region)
      .def("assign_cell", [](B& b, int kind, uint32_t index, size_t row, py::handle value, int64_t region) {
        const AnyColumn c = any_column(kind, index);
        b.assign_cell(c, row, fr_from_py(value, "assign " + b.cs().column_name(c) + "[" + std::to_string(row) + "]"),
                      region);
      })
      .def("assign_column", [](B& b, int kind, uint32_t index, py::handle values, size_t start, int64_t region) {
        const AnyColumn c = any_column(kind, index);
        b.assign_column(c, fr_vector_from_py(values, "assign_column " + b.cs().column_name(c)), start, region);
      })
      .def("enable_selector", &B::enable_selector)
      .def("enable_selector_rows", [](B& b, uint32_t selector, const py::array_t<int64_t, py::array::c_style | py::array::forcecast>& rows, int64_t base, int64_t region) {
        std::vector<size_t> out(static_cast<size_t>(rows.size()));
        const int64_t* p = rows.data();
        for (size_t i = 0; i < out.size(); ++i) {
          if (p[i] < 0) throw InputError("enable: row " + std::to_string(p[i]) + " is negative");
          out[i] = static_cast<size_t>(base + p[i]);
        }
        b.enable_selector_rows(selector, std::move(out), region);
      })
      .def("copy", [](B& b, int kind_a, uint32_t index_a, size_t row_a, int kind_b, uint32_t index_b, size_t row_b) {
        b.copy(Cell{any_column(kind_a, index_a), row_a}, Cell{any_column(kind_b, index_b), row_b});
      })
      .def("assign_constant", [](B& b, uint32_t index, size_t row, py::handle value, int64_t region) {
        const AnyColumn c{ColumnKind::Advice, index};
        b.assign_constant(c, row, fr_from_py(value, "assign_constant " + b.cs().column_name(c)), region);
      })
      .def("clear_witness", &B::clear_witness)
      .def("num_recorded", &B::num_recorded)
      .def("set_phase1_callback", &B::set_phase1_callback);
}

void bind_mock_prover(py::module_& m) {
  py::class_<MockRun>(m, "MockRun", "A MockProver run: the synthesized assignment of a circuit at one k.")
      .def(py::init([](std::shared_ptr<CircuitBuilder> builder, uint32_t k, uint64_t seed) {
             // Synthesis runs without the GIL; the phase-1 callback takes it back.
             py::gil_scoped_release release;
             return MockRun{std::make_unique<MockProver>(MockProver::run(*builder, k, seed))};
           }),
           py::arg("circuit"), py::arg("k"), py::arg("seed") = 0)
      .def(
          "verify",
          [](const MockRun& r) {
            std::vector<Failure> failures;
            {
              py::gil_scoped_release release;
              failures = r.prover->verify();
            }
            py::list out;
            for (const Failure& f : failures) out.append(failure_dict(f));
            return out;
          },
          "Every failure as a dict (see zkevm.plonk.Failure).")
      .def("layout", [](const MockRun& r) {
        const Assignment& a = r.prover->assignment();
        return layout_dict(r.prover->constraint_system().layout_report(a.k(), a.rows_used()));
      })
      .def_property_readonly("k", [](const MockRun& r) { return r.prover->assignment().k(); })
      .def_property_readonly("n", [](const MockRun& r) { return r.prover->assignment().n(); })
      .def_property_readonly("usable_rows", [](const MockRun& r) { return r.prover->assignment().usable_rows(); })
      .def_property_readonly("rows_used", [](const MockRun& r) { return r.prover->assignment().rows_used(); })
      .def("challenges", [](const MockRun& r) {
        py::list out;
        for (const Fr& v : r.prover->challenges().values()) out.append(fr_to_py(v));
        return out;
      })
      .def("value", [](const MockRun& r, int kind, uint32_t index, size_t row) {
        const Assignment& a = r.prover->assignment();
        if (row >= a.n()) throw InputError("value: row " + std::to_string(row) + " is outside the " + std::to_string(a.n()) + " rows");
        return fr_to_py(a.value(any_column(kind, index), row));
      })
      .def("values", [](const MockRun& r, int kind, uint32_t index) {
        return fr_vector_to_limbs(r.prover->assignment().column_values(any_column(kind, index)));
      })
      .def("assigned", [](const MockRun& r, int kind, uint32_t index) {
        const auto& a = r.prover->assignment().column_assigned(any_column(kind, index));
        py::array_t<bool> out(static_cast<py::ssize_t>(a.size()));
        bool* p = out.mutable_data();
        for (size_t i = 0; i < a.size(); ++i) p[i] = a[i] != 0;
        return out;
      })
      .def("regions", [](const MockRun& r) {
        py::list out;
        for (const RegionInfo& g : r.prover->assignment().regions()) out.append(py::make_tuple(g.name, g.start, g.size));
        return out;
      });
}

#ifdef ZKEVM_PLONK_HAS_COST
void bind_cost(py::module_& m) {
  m.def("estimate_cost", [](const CircuitBuilder& b, uint32_t k) {
    const CostEstimate c = estimate_cost(b.cs(), k);
    py::dict d;
    d["k"] = c.k;
    d["n"] = c.n;
    d["degree"] = c.degree;
    d["extension_factor"] = c.extension_factor;
    d["advice_cells"] = c.advice_cells;
    d["proof_commitments"] = c.proof_commitments;
    d["proof_evaluations"] = c.proof_evaluations;
    d["opening_points"] = c.opening_points;
    d["proof_bytes"] = c.proof_bytes;
    d["verifying_key_commitments"] = c.verifying_key_commitments;
    auto work = [](const std::vector<CostEstimate::Work>& ws) {
      py::list out;
      for (const auto& w : ws) out.append(py::make_tuple(w.what, w.size, w.count));
      return out;
    };
    d["prover_msms"] = work(c.prover_msms);
    d["prover_ntts"] = work(c.prover_ntts);
    d["keygen_msms"] = work(c.keygen_msms);
    d["keygen_ntts"] = work(c.keygen_ntts);
    d["total_msm_bases"] = c.total_msm_bases();
    d["total_ntt_points"] = c.total_ntt_points();
    d["prover_memory_bytes"] = c.prover_memory_bytes;
    d["text"] = c.to_string();
    return d;
  });
}
#endif

}  // namespace

void bind_plonk(py::module_& parent) {
  py::module_ m = parent.def_submodule("plonk", "PLONKish constraint systems and the MockProver (native core).");
  m.attr("MODULUS") = fr_modulus();
  bind_expression(m);
  bind_circuit(m);
  bind_mock_prover(m);
  bind_plonk_prover(m);
#ifdef ZKEVM_PLONK_HAS_COST
  bind_cost(m);
#endif
}

}  // namespace zkevm::bindings
