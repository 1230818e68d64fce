// zkevm._zkevm.ff: the BN254 fields Fr and Fq as Python numbers, and the
// conversion of element lists to numpy limb arrays (the layout every array
// API of zkevm uses: shape (n, 4), dtype uint64, canonical little-endian limbs).
#include <algorithm>
#include <pybind11/numpy.h>
#include <pybind11/operators.h>
#include <pybind11/stl.h>

#include <optional>
#include <random>

#include "cpp/ff/bn254.hpp"
#include "python/zkevm/bindings/bindings.hpp"

namespace zkevm::bindings {

namespace {

using ff::Limbs;

py::int_ limbs_to_int(const Limbs& limbs) {
  std::array<uint8_t, 32> bytes{};
  for (int i = 0; i < 32; ++i) bytes[i] = static_cast<uint8_t>(limbs[i / 8] >> (8 * (i % 8)));
  // Leaked on purpose: a static py::object would be released after the interpreter is gone.
  static py::handle from_bytes = py::object(py::module_::import("builtins").attr("int").attr("from_bytes")).release();
  return from_bytes(py::bytes(reinterpret_cast<const char*>(bytes.data()), 32), "little");
}

// Python int in [0, 2^256) to limbs.
Limbs int_to_limbs(const py::handle& value) {
  py::bytes bytes = value.attr("to_bytes")(32, "little");
  std::string_view view = bytes;
  Limbs limbs{};
  for (int i = 0; i < 32; ++i) limbs[i / 8] |= static_cast<uint64_t>(static_cast<uint8_t>(view[i])) << (8 * (i % 8));
  return limbs;
}

template <class F>
py::int_ modulus_int() {
  static py::handle modulus = limbs_to_int(F::modulus).release();  // leaked, as above
  return py::reinterpret_borrow<py::int_>(modulus);
}

// Any Python int, reduced mod p (negative ints included, Python's % is non-negative).
template <class F>
F from_int(const py::handle& value) {
  py::object reduced = value.attr("__mod__")(modulus_int<F>());
  return F::from_canonical(int_to_limbs(reduced));
}

// F or int operands of the arithmetic operators; anything else is not ours.
template <class F>
std::optional<F> coerce(const py::handle& other) {
  if (py::isinstance<F>(other)) return other.cast<F>();
  if (py::isinstance<py::int_>(other)) return from_int<F>(other);
  return std::nullopt;
}

std::string_view byteorder_of(const std::string& byteorder) {
  if (byteorder != "little" && byteorder != "big") {
    throw InputError("byteorder must be 'little' or 'big', got '" + byteorder + "'");
  }
  return byteorder;
}

template <class F>
F pow_int(const F& x, const py::int_& exponent) {
  bool negative = py::int_(0).attr("__gt__")(exponent).cast<bool>();
  py::object e = negative ? py::object(exponent.attr("__neg__")()) : py::object(exponent);
  F base = x;
  if (negative) base = x.inverse();  // InputError for zero
  if (base.is_zero()) return py::int_(0).equal(e) ? F::one() : F::zero();
  // x^(p-1) = 1 for x != 0 (Fermat), so the exponent reduces mod p - 1.
  py::object reduced = e.attr("__mod__")(modulus_int<F>().attr("__sub__")(1));
  return base.pow(int_to_limbs(reduced));
}

template <class F>
F random_element(std::optional<uint64_t> seed) {
  static std::mt19937_64 shared(std::random_device{}());
  if (seed) {
    std::mt19937_64 rng(*seed);
    return F::random(rng);
  }
  return F::random(shared);
}

template <class F>
py::array_t<uint64_t> to_limbs(const std::vector<F>& values) {
  py::array_t<uint64_t> out({static_cast<py::ssize_t>(values.size()), py::ssize_t{4}});
  auto view = out.template mutable_unchecked<2>();
  for (size_t i = 0; i < values.size(); ++i) {
    Limbs c = values[i].to_canonical();
    for (int j = 0; j < 4; ++j) view(static_cast<py::ssize_t>(i), j) = c[j];
  }
  return out;
}

template <class F>
std::vector<F> from_limbs(const py::array_t<uint64_t, py::array::c_style | py::array::forcecast>& array) {
  if (array.ndim() != 2 || array.shape(1) != 4) {
    // Appended piece by piece: `literal + std::to_string(...)` inserts at the
    // front, which GCC 12's LTO flags as a memcpy of "negative" length.
    std::string shape;
    for (py::ssize_t d = 0; d < array.ndim(); ++d) {
      if (d > 0) shape += ", ";
      shape += std::to_string(array.shape(d));
    }
    throw InputError("limb array must have shape (n, 4), got (" + shape + ")");
  }
  auto view = array.template unchecked<2>();
  const auto rows = static_cast<size_t>(std::max<py::ssize_t>(array.shape(0), 0));
  std::vector<F> out;
  out.reserve(rows);
  for (size_t i = 0; i < rows; ++i) {
    Limbs limbs{};
    for (int j = 0; j < 4; ++j) limbs[j] = view(static_cast<py::ssize_t>(i), j);
    try {
      out.push_back(F::from_canonical(limbs));
    } catch (const EncodingError& e) {
      throw EncodingError("limb array row " + std::to_string(i) + ": " + e.what());
    }
  }
  return out;
}

template <class F>
void bind_field(py::module_& m, const char* name, const char* doc) {
  py::class_<F> cls(m, name, doc);
  cls.def(py::init([name](const py::object& value) -> F {
            if (py::isinstance<F>(value)) return value.cast<F>();
            if (py::isinstance<py::int_>(value)) return from_int<F>(value);
            if (py::isinstance<py::str>(value)) return F::from_string(value.cast<std::string>());
            throw InputError(std::string(name) + "() takes an int, a decimal or 0x-hex string, or a " + name +
                             ", not " + py::str(py::type::of(value).attr("__name__")).cast<std::string>());
          }),
          py::arg("value") = 0,
          "The element value mod p: ints reduce mod p (negative ints too); strings are decimal or 0x-hex "
          "and must be < p.")
      .def_property_readonly_static("MODULUS", [](const py::object&) { return modulus_int<F>(); }, "The prime p.")
      .def_static("zero", &F::zero)
      .def_static("one", &F::one)
      .def_static("random", &random_element<F>, py::arg("seed") = py::none(),
                  "A uniformly random element (reproducible when a seed is given).")
      .def_static(
          "from_bytes",
          [](const py::bytes& data, const std::string& byteorder) {
            std::string_view view = data;
            std::span<const uint8_t> bytes(reinterpret_cast<const uint8_t*>(view.data()), view.size());
            return byteorder_of(byteorder) == "little" ? F::from_bytes_le(bytes) : F::from_bytes_be(bytes);
          },
          py::arg("data"), py::arg("byteorder") = "little",
          "Parses exactly 32 bytes of canonical value; EncodingError on another length or a value >= p.")
      .def(
          "to_bytes",
          [](const F& x, const std::string& byteorder) {
            auto out = byteorder_of(byteorder) == "little" ? x.to_bytes_le() : x.to_bytes_be();
            return py::bytes(reinterpret_cast<const char*>(out.data()), out.size());
          },
          py::arg("byteorder") = "little", "The 32-byte canonical encoding.")
      .def("__int__", [](const F& x) { return limbs_to_int(x.to_canonical()); })
      .def("__bool__", [](const F& x) { return !x.is_zero(); })
      .def("__hash__", [](const F& x) { return py::hash(limbs_to_int(x.to_canonical())); })
      .def("__repr__", [name](const F& x) { return std::string(name) + "(" + x.to_hex(true) + ")"; })
      .def("__str__", &F::to_string)
      .def("hex", [](const F& x) { return x.to_hex(); }, "'0x' and 64 hex digits of the canonical value.")
      .def("__eq__",
           [](const F& a, const py::object& b) -> py::object {
             if (py::isinstance<F>(b)) return py::bool_(a == b.cast<F>());
             // An int equals x exactly when it is x's canonical value (keeps hash(x) == hash(int(x))).
             if (py::isinstance<py::int_>(b)) return py::bool_(limbs_to_int(a.to_canonical()).equal(b));
             return py::reinterpret_borrow<py::object>(Py_NotImplemented);
           })
      .def("__neg__", [](const F& a) { return -a; })
      .def("__pos__", [](const F& a) { return a; })
      .def("__pow__", &pow_int<F>, py::arg("exponent"), "x ** e for any int e (negative: of the inverse).")
      .def("inverse", &F::inverse, "1/x; zkevm.InputError for zero.")
      .def("square", &F::square)
      .def("sqrt", &F::sqrt, "A square root, or None when x is not a square.")
      .def("legendre", &F::legendre, "1 for a nonzero square, -1 for a non-square, 0 for zero.")
      .def("is_zero", &F::is_zero);

  // Binary operators with F or int on either side; NotImplemented for anything else.
  auto binary = [&cls](const char* op, const char* rop, auto fn) {
    cls.def(op, [fn](const F& a, const py::object& b) -> py::object {
      auto rhs = coerce<F>(b);
      if (!rhs) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
      return py::cast(fn(a, *rhs));
    });
    cls.def(rop, [fn](const F& a, const py::object& b) -> py::object {
      auto lhs = coerce<F>(b);
      if (!lhs) return py::reinterpret_borrow<py::object>(Py_NotImplemented);
      return py::cast(fn(*lhs, a));
    });
  };
  binary("__add__", "__radd__", [](const F& a, const F& b) { return a + b; });
  binary("__sub__", "__rsub__", [](const F& a, const F& b) { return a - b; });
  binary("__mul__", "__rmul__", [](const F& a, const F& b) { return a * b; });
  binary("__truediv__", "__rtruediv__", [](const F& a, const F& b) { return a * b.inverse(); });

  std::string lower(name);
  for (auto& c : lower) c = static_cast<char>(std::tolower(c));
  m.def(("to_limbs_" + lower).c_str(), &to_limbs<F>, py::arg("values"),
        "numpy uint64 array of shape (n, 4): canonical little-endian limbs of each element.");
  m.def(("from_limbs_" + lower).c_str(), &from_limbs<F>, py::arg("array"),
        "Elements from an (n, 4) uint64 limb array; EncodingError on a row >= p.");
}

}  // namespace

void bind_ff(py::module_& m) {
  py::module_ ff = m.def_submodule("ff", "BN254 prime fields");
  bind_field<ff::Fr>(ff, "Fr", "An element of BN254's scalar field Fr (the field circuits are written over).");
  bind_field<ff::Fq>(ff, "Fq", "An element of BN254's base field Fq (curve coordinates).");
}

}  // namespace zkevm::bindings
