// zkevm._zkevm.ec: BN254 G1 and G2 points, the pairing and its target-group
// values. Points are held in Jacobian form; ints cross the boundary as Python
// ints (coordinates) or anything with __index__/__int__ (scalars, e.g. zkevm.ff.Fr).
#include <pybind11/operators.h>
#include <pybind11/stl.h>

#include <string>
#include <utility>
#include <vector>

#include "cpp/ec/encoding.hpp"
#include "cpp/ec/g1.hpp"
#include "cpp/ec/g2.hpp"
#include "cpp/ec/pairing.hpp"
#include "python/zkevm/bindings/bindings.hpp"

namespace zkevm::bindings {

namespace {

using ec::G1Affine;
using ec::G1Jacobian;
using ec::G2Affine;
using ec::G2Jacobian;
using ff::Fq;
using ff::Fq12;
using ff::Fq2;
using ff::Fr;

// A pairing value (an element of Fq12). A distinct C++ type so that binding
// Fq12 elsewhere later cannot clash with this registration.
struct Gt {
  Fq12 value;
};

py::bytes to_py_bytes(std::span<const uint8_t> bytes) {
  return py::bytes(reinterpret_cast<const char*>(bytes.data()), bytes.size());
}

std::vector<uint8_t> from_py_bytes(const py::bytes& b) {
  std::string s = b;
  return {s.begin(), s.end()};
}

// int.from_bytes(bytes, "little").
py::int_ int_from_bytes_le(std::span<const uint8_t> bytes) {
  py::object int_type = py::reinterpret_borrow<py::object>(reinterpret_cast<PyObject*>(&PyLong_Type));
  return int_type.attr("from_bytes")(to_py_bytes(bytes), "little");
}

py::int_ fq_to_int(const Fq& x) { return int_from_bytes_le(x.to_bytes_le()); }

std::string type_name(const py::handle& value) { return py::str(py::type::handle_of(value).attr("__name__")); }

// 32 little-endian bytes of a non-negative Python int below 2^256.
std::array<uint8_t, 32> int_to_bytes_le(const py::int_& v) {
  py::bytes b = v.attr("to_bytes")(32, "little");
  std::string s = b;
  std::array<uint8_t, 32> out{};
  std::copy(s.begin(), s.end(), out.begin());
  return out;
}

// An Fq coordinate from a Python int; InputError when it is not in [0, p).
Fq fq_from_int(const py::object& value, const char* name) {
  if (!py::isinstance<py::int_>(value)) {
    throw InputError(std::string(name) + ": expected an int, got " + type_name(value));
  }
  py::int_ v = value;
  py::int_ p = fq_to_int(-Fq::one()) + py::int_(1);
  if (v < py::int_(0) || v >= p) throw InputError(std::string(name) + " is out of range [0, p)");
  auto bytes = int_to_bytes_le(v);
  return Fq::from_bytes_le(bytes);
}

Fq2 fq2_from_pair(const py::object& value, const char* name) {
  auto seq = value.cast<std::pair<py::object, py::object>>();
  return {fq_from_int(seq.first, name), fq_from_int(seq.second, name)};
}

py::tuple fq2_to_pair(const Fq2& x) { return py::make_tuple(fq_to_int(x.c0), fq_to_int(x.c1)); }

// A scalar: an int (reduced mod r, negative allowed) or any object with
// __index__ / __int__ such as zkevm.ff.Fr.
Fr scalar_from(const py::object& s) {
  if (py::isinstance<py::float_>(s) || py::isinstance<py::bool_>(s) ||
      !(py::hasattr(s, "__index__") || py::hasattr(s, "__int__"))) {
    throw InputError("scalar: expected an int or a field element, got " +
                     type_name(s));
  }
  py::int_ r = int_from_bytes_le((-Fr::one()).to_bytes_le()) + py::int_(1);
  py::int_ v;
  if (py::hasattr(s, "__index__")) {
    PyObject* index = PyNumber_Index(s.ptr());
    if (!index) throw py::error_already_set();
    v = py::reinterpret_steal<py::int_>(index);
  } else {
    v = py::int_(s);  // __int__, e.g. zkevm.ff.Fr
  }
  py::int_ reduced = v.attr("__mod__")(r);
  auto bytes = int_to_bytes_le(reduced);
  return Fr::from_bytes_le(bytes);
}

std::string hex_of(const Fq& x) { return x.to_hex(true); }

template <class Point>
std::string point_repr(const char* name, const Point& p);

template <>
std::string point_repr(const char* name, const G1Jacobian& p) {
  if (p.is_identity()) return std::string(name) + ".identity()";
  G1Affine a = p.to_affine();
  return std::string(name) + "(x=" + hex_of(a.x) + ", y=" + hex_of(a.y) + ")";
}

template <>
std::string point_repr(const char* name, const G2Jacobian& p) {
  if (p.is_identity()) return std::string(name) + ".identity()";
  G2Affine a = p.to_affine();
  return std::string(name) + "(x=(" + hex_of(a.x.c0) + ", " + hex_of(a.x.c1) + "), y=(" + hex_of(a.y.c0) + ", " +
         hex_of(a.y.c1) + "))";
}

void bind_g1(py::module_& m) {
  py::class_<G1Jacobian> cls(m, "G1",
                             "A point of BN254's G1 (y^2 = x^3 + 3 over Fq). Supports +, -, * by an int or Fr, ==.");
  cls.def(py::init([](const py::object& x, const py::object& y) {
            G1Affine a(fq_from_int(x, "G1 x"), fq_from_int(y, "G1 y"));
            if (!a.is_on_curve()) throw InputError("G1 point (x, y): not on the curve");
            return a.to_jacobian();
          }),
          py::arg("x"), py::arg("y"), "The point (x, y); zkevm.InputError when it is not on the curve.")
      .def_static("generator", &G1Jacobian::generator, "The generator (1, 2).")
      .def_static("identity", &G1Jacobian::identity, "The point at infinity.")
      .def("is_identity", &G1Jacobian::is_identity)
      .def("is_on_curve", &G1Jacobian::is_on_curve)
      .def("double", &G1Jacobian::dbl, "2P.")
      .def(py::self + py::self)
      .def(py::self - py::self)
      .def(-py::self)
      .def("__eq__", [](const G1Jacobian& a, const py::object& b) {
        return py::isinstance<G1Jacobian>(b) && a == b.cast<G1Jacobian>();
      })
      .def("__hash__", [](const G1Jacobian& p) {
        auto bytes = ec::g1_to_compressed(p.to_affine());
        return py::hash(to_py_bytes(bytes));
      })
      .def("__mul__", [](const G1Jacobian& p, const py::object& s) { return p * scalar_from(s); })
      .def("__rmul__", [](const G1Jacobian& p, const py::object& s) { return p * scalar_from(s); })
      .def_property_readonly("x", [](const G1Jacobian& p) -> py::object {
        if (p.is_identity()) return py::none();
        return fq_to_int(p.to_affine().x);
      }, "The affine x coordinate as an int (None for the identity).")
      .def_property_readonly("y", [](const G1Jacobian& p) -> py::object {
        if (p.is_identity()) return py::none();
        return fq_to_int(p.to_affine().y);
      }, "The affine y coordinate as an int (None for the identity).")
      .def("to_bytes", [](const G1Jacobian& p, bool compressed) {
        G1Affine a = p.to_affine();
        if (compressed) return to_py_bytes(ec::g1_to_compressed(a));
        return to_py_bytes(ec::g1_to_uncompressed(a));
      }, py::arg("compressed") = true,
      "halo2curves' little-endian encoding: 32 bytes compressed (sign 0x80 and infinity 0x40 in the last byte) or 64 bytes x || y.")
      .def_static("from_bytes", [](const py::bytes& b) {
        auto bytes = from_py_bytes(b);
        if (bytes.size() == ec::kG1UncompressedSize) return ec::g1_from_uncompressed(bytes).to_jacobian();
        return ec::g1_from_compressed(bytes).to_jacobian();
      }, py::arg("data"), "Decodes 32 (compressed) or 64 (uncompressed) bytes; zkevm.EncodingError on anything invalid.")
      .def("to_evm_bytes", [](const G1Jacobian& p) { return to_py_bytes(ec::g1_to_evm(p.to_affine())); },
           "The EIP-196 encoding: 64 bytes, x || y big-endian, zeros for infinity.")
      .def_static("from_evm_bytes", [](const py::bytes& b) { return ec::g1_from_evm(from_py_bytes(b)).to_jacobian(); },
                  py::arg("data"), "Decodes the EIP-196 encoding; zkevm.EncodingError on anything invalid.")
      .def("__repr__", [](const G1Jacobian& p) { return point_repr("G1", p); });
}

void bind_g2(py::module_& m) {
  py::class_<G2Jacobian> cls(
      m, "G2", "A point of BN254's G2 (the twist y^2 = x^3 + 3/(9+u) over Fq2). Coordinates are (c0, c1) = c0 + c1 u.");
  cls.def(py::init([](const py::object& x, const py::object& y) {
            G2Affine a(fq2_from_pair(x, "G2 x"), fq2_from_pair(y, "G2 y"));
            if (!a.is_on_curve()) throw InputError("G2 point (x, y): not on the curve");
            if (!a.is_in_subgroup()) throw InputError("G2 point (x, y): not in the subgroup");
            return a.to_jacobian();
          }),
          py::arg("x"), py::arg("y"),
          "The point with x = (x0, x1), y = (y0, y1); zkevm.InputError when it is not on the twist or not in G2.")
      .def_static("generator", &G2Jacobian::generator, "The generator of EIP-197.")
      .def_static("identity", &G2Jacobian::identity, "The point at infinity.")
      .def("is_identity", &G2Jacobian::is_identity)
      .def("is_on_curve", &G2Jacobian::is_on_curve)
      .def("is_in_subgroup", &G2Jacobian::is_in_subgroup)
      .def("double", &G2Jacobian::dbl, "2P.")
      .def(py::self + py::self)
      .def(py::self - py::self)
      .def(-py::self)
      .def("__eq__", [](const G2Jacobian& a, const py::object& b) {
        return py::isinstance<G2Jacobian>(b) && a == b.cast<G2Jacobian>();
      })
      .def("__hash__", [](const G2Jacobian& p) {
        auto bytes = ec::g2_to_compressed(p.to_affine());
        return py::hash(to_py_bytes(bytes));
      })
      .def("__mul__", [](const G2Jacobian& p, const py::object& s) { return p * scalar_from(s); })
      .def("__rmul__", [](const G2Jacobian& p, const py::object& s) { return p * scalar_from(s); })
      .def_property_readonly("x", [](const G2Jacobian& p) -> py::object {
        if (p.is_identity()) return py::none();
        return fq2_to_pair(p.to_affine().x);
      }, "The affine x as (c0, c1) ints (None for the identity).")
      .def_property_readonly("y", [](const G2Jacobian& p) -> py::object {
        if (p.is_identity()) return py::none();
        return fq2_to_pair(p.to_affine().y);
      }, "The affine y as (c0, c1) ints (None for the identity).")
      .def("to_bytes", [](const G2Jacobian& p, bool compressed) {
        G2Affine a = p.to_affine();
        if (compressed) return to_py_bytes(ec::g2_to_compressed(a));
        return to_py_bytes(ec::g2_to_uncompressed(a));
      }, py::arg("compressed") = true,
      "halo2curves' little-endian encoding: 64 bytes compressed or 128 bytes x.c0 || x.c1 || y.c0 || y.c1.")
      .def_static("from_bytes", [](const py::bytes& b) {
        auto bytes = from_py_bytes(b);
        if (bytes.size() == ec::kG2UncompressedSize) return ec::g2_from_uncompressed(bytes).to_jacobian();
        return ec::g2_from_compressed(bytes).to_jacobian();
      }, py::arg("data"), "Decodes 64 (compressed) or 128 (uncompressed) bytes; zkevm.EncodingError on anything invalid.")
      .def("to_evm_bytes", [](const G2Jacobian& p) { return to_py_bytes(ec::g2_to_evm(p.to_affine())); },
           "The EIP-197 encoding: 128 bytes, x.c1 || x.c0 || y.c1 || y.c0 big-endian.")
      .def_static("from_evm_bytes", [](const py::bytes& b) { return ec::g2_from_evm(from_py_bytes(b)).to_jacobian(); },
                  py::arg("data"), "Decodes the EIP-197 encoding; zkevm.EncodingError on anything invalid.")
      .def("__repr__", [](const G2Jacobian& p) { return point_repr("G2", p); });
}

// The 12 Fq coefficients of an Fq12 element in the tower basis of cpp/ff/fq12.hpp.
std::vector<py::int_> fq12_coefficients(const Fq12& f) {
  const Fq2* parts[6] = {&f.c0.c0, &f.c0.c1, &f.c0.c2, &f.c1.c0, &f.c1.c1, &f.c1.c2};
  std::vector<py::int_> out;
  for (const Fq2* p : parts) {
    out.push_back(fq_to_int(p->c0));
    out.push_back(fq_to_int(p->c1));
  }
  return out;
}

void bind_gt(py::module_& m) {
  py::class_<Gt>(m, "Fq12",
                 "An element of Fq12, the pairing's target field (pairing values lie in its order-r subgroup).")
      .def_static("one", [] { return Gt{Fq12::one()}; })
      .def("is_one", [](const Gt& a) { return a.value.is_one(); })
      .def("__eq__", [](const Gt& a, const py::object& b) { return py::isinstance<Gt>(b) && a.value == b.cast<Gt>().value; })
      .def("__hash__", [](const Gt& a) { return py::hash(py::tuple(py::cast(fq12_coefficients(a.value)))); })
      .def("__mul__", [](const Gt& a, const Gt& b) { return Gt{a.value * b.value}; })
      .def("__truediv__", [](const Gt& a, const Gt& b) { return Gt{a.value * b.value.inverse()}; })
      .def("inverse", [](const Gt& a) { return Gt{a.value.inverse()}; }, "1/x; zkevm.InputError for zero.")
      .def("__pow__", [](const Gt& a, const py::int_& e) {
        bool negative = e < py::int_(0);
        py::int_ magnitude = negative ? py::int_(-e) : e;
        size_t bits = magnitude.attr("bit_length")().cast<size_t>();
        size_t n = bits / 8 + 1;
        py::bytes b = magnitude.attr("to_bytes")(n, "little");
        std::string s = b;
        std::vector<uint64_t> limbs((n + 7) / 8, 0);
        for (size_t i = 0; i < n; ++i) limbs[i / 8] |= static_cast<uint64_t>(static_cast<uint8_t>(s[i])) << (8 * (i % 8));
        py::gil_scoped_release release;
        Fq12 base = negative ? a.value.inverse() : a.value;
        return Gt{base.pow(limbs)};
      }, py::arg("exponent"), "x ** e for any int e (negative: of the inverse).")
      .def("coefficients", [](const Gt& a) { return fq12_coefficients(a.value); },
           "The 12 Fq coefficients c0.c0.c0, c0.c0.c1, c0.c1.c0, ..., c1.c2.c1 of the tower Fq2[v]/(v^3-(9+u)), Fq6[w]/(w^2-v).")
      .def("__repr__", [](const Gt& a) {
        if (a.value.is_one()) return std::string("Fq12.one()");
        const Fq2* parts[6] = {&a.value.c0.c0, &a.value.c0.c1, &a.value.c0.c2,
                               &a.value.c1.c0, &a.value.c1.c1, &a.value.c1.c2};
        std::string out = "Fq12([";
        for (int i = 0; i < 6; ++i) {
          if (i) out.append(", ");
          out.append("(").append(hex_of(parts[i]->c0)).append(", ").append(hex_of(parts[i]->c1)).append(")");
        }
        return out + "])";
      });
}

std::pair<std::vector<G1Affine>, std::vector<G2Affine>> split_pairs(
    const std::vector<std::pair<G1Jacobian, G2Jacobian>>& pairs) {
  std::vector<G1Jacobian> ps;
  std::vector<G2Jacobian> qs;
  for (const auto& [p, q] : pairs) {
    ps.push_back(p);
    qs.push_back(q);
  }
  return {ec::batch_to_affine(ps), ec::batch_to_affine(qs)};
}

}  // namespace

void bind_ec(py::module_& root) {
  py::module_ m = root.def_submodule("ec", "BN254 curves and the optimal ate pairing");
  bind_g1(m);
  bind_g2(m);
  bind_gt(m);
  m.def("pairing", [](const G1Jacobian& p, const G2Jacobian& q) {
    py::gil_scoped_release release;
    return Gt{ec::pairing(p.to_affine(), q.to_affine())};
  }, py::arg("p"), py::arg("q"), "e(P, Q) in Fq12.");
  m.def("multi_pairing", [](const std::vector<std::pair<G1Jacobian, G2Jacobian>>& pairs) {
    auto [ps, qs] = split_pairs(pairs);
    py::gil_scoped_release release;
    std::vector<ec::G2Prepared> prepared(qs.begin(), qs.end());
    return Gt{ec::final_exponentiation(ec::multi_miller_loop(ps, prepared))};
  }, py::arg("pairs"), "prod e(P_i, Q_i) with one final exponentiation.");
  m.def("pairing_check", [](const std::vector<std::pair<G1Jacobian, G2Jacobian>>& pairs) {
    auto [ps, qs] = split_pairs(pairs);
    py::gil_scoped_release release;
    std::vector<ec::G2Prepared> prepared(qs.begin(), qs.end());
    return ec::pairing_check(ps, prepared);
  }, py::arg("pairs"), "True when prod e(P_i, Q_i) = 1.");
}

}  // namespace zkevm::bindings
