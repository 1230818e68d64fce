#include "python/zkevm/bindings/plonk_values.hpp"

#include <array>
#include <cstring>

#include "cpp/util/error.hpp"

namespace zkevm::bindings {

using ff::Fr;

namespace {

py::int_ int_from_bytes_le(const std::array<uint8_t, 32>& bytes) {
  // Leaked on purpose: a static py::object would be destroyed after the interpreter.
  static py::object* from_bytes = new py::object(py::module_::import("builtins").attr("int").attr("from_bytes"));
  return (*from_bytes)(py::bytes(reinterpret_cast<const char*>(bytes.data()), bytes.size()), "little");
}

std::string short_repr(py::handle value) {
  std::string s = py::repr(value).cast<std::string>();
  if (s.size() > 80) s = s.substr(0, 77) + "...";
  return s;
}

// A Python int in (-r, r) as an element.
Fr fr_from_int(const py::int_& v, const std::string& where) {
  int overflow = 0;
  const long long small = PyLong_AsLongLongAndOverflow(v.ptr(), &overflow);
  if (overflow == 0) {
    if (small == -1 && PyErr_Occurred()) throw py::error_already_set();
    return Fr::from_int(static_cast<int64_t>(small));
  }
  const py::int_ r = fr_modulus();
  const py::int_ zero(0);
  const py::int_ minus_r = py::reinterpret_steal<py::int_>(PyNumber_Negative(r.ptr()));
  if (!(v < r) || !(minus_r < v)) {
    throw InputError(where + ": value " + short_repr(v) +
                     " is out of range: field elements are integers in (-r, r) with r = " + short_repr(r));
  }
  const py::int_ x = v < zero ? py::int_(v + r) : v;
  std::string bytes = x.attr("to_bytes")(32, "little").cast<std::string>();
  return Fr::from_bytes_le(std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()));
}

bool is_numpy_array(py::handle values) {
  return py::hasattr(values, "__array_interface__") && py::hasattr(values, "dtype") && py::hasattr(values, "ndim");
}

std::vector<Fr> from_array(const py::array& array, const std::string& where) {
  const char kind = array.dtype().kind();
  std::vector<Fr> out;
  if (array.ndim() == 2) {
    if (array.shape(1) != 4 || kind != 'u' || array.itemsize() != 8) {
      throw InputError(where + ": a 2-D array must be uint64 limbs of shape (n, 4), got dtype " +
                       py::str(array.dtype()).cast<std::string>() + " and shape (" + std::to_string(array.shape(0)) +
                       ", " + std::to_string(array.shape(1)) + ")");
    }
    auto limbs = py::array_t<uint64_t, py::array::c_style | py::array::forcecast>::ensure(array);
    const uint64_t* p = limbs.data();
    out.resize(static_cast<size_t>(limbs.shape(0)));
    for (size_t i = 0; i < out.size(); ++i) {
      const std::array<uint64_t, 4> v{p[4 * i], p[4 * i + 1], p[4 * i + 2], p[4 * i + 3]};
      try {
        out[i] = Fr::from_canonical(v);
      } catch (const EncodingError&) {
        throw InputError(where + "[" + std::to_string(i) + "]: limbs are not a canonical field element (value >= r)");
      }
    }
    return out;
  }
  if (array.ndim() != 1) {
    throw InputError(where + ": expected a 1-D array of integers or an (n, 4) uint64 limb array, got " +
                     std::to_string(array.ndim()) + " dimensions");
  }
  out.resize(static_cast<size_t>(array.shape(0)));
  if (kind == 'i' || kind == 'b') {
    auto a = py::array_t<int64_t, py::array::c_style | py::array::forcecast>::ensure(array);
    const int64_t* p = a.data();
    for (size_t i = 0; i < out.size(); ++i) out[i] = Fr::from_int(p[i]);
  } else if (kind == 'u') {
    auto a = py::array_t<uint64_t, py::array::c_style | py::array::forcecast>::ensure(array);
    const uint64_t* p = a.data();
    for (size_t i = 0; i < out.size(); ++i) out[i] = Fr::from_u64(p[i]);
  } else if (kind == 'O') {
    for (size_t i = 0; i < out.size(); ++i) {
      out[i] = fr_from_py(array.attr("__getitem__")(i), where + "[" + std::to_string(i) + "]");
    }
  } else {
    throw InputError(where + ": array of dtype " + py::str(array.dtype()).cast<std::string>() +
                     " cannot hold field elements (use an integer dtype, object, or (n, 4) uint64 limbs)");
  }
  return out;
}

}  // namespace

py::int_ fr_modulus() {
  static py::int_* r = new py::int_(int_from_bytes_le((-Fr::one()).to_bytes_le()) + py::int_(1));  // leaked, as above
  return *r;
}

Fr fr_from_py(py::handle value, const std::string& where) {
  if (PyLong_Check(value.ptr())) return fr_from_int(py::reinterpret_borrow<py::int_>(value), where);
  if (PyFloat_Check(value.ptr()) || PyUnicode_Check(value.ptr()) || PyBytes_Check(value.ptr()) || value.is_none()) {
    throw InputError(where + ": " + short_repr(value) + " is not an integer or field element");
  }
  if (py::hasattr(value, "__index__")) return fr_from_int(py::reinterpret_steal<py::int_>(PyNumber_Index(value.ptr())), where);
  if (py::hasattr(value, "__int__") && !py::hasattr(value, "is_integer")) {
    return fr_from_int(py::int_(py::reinterpret_borrow<py::object>(value)), where);
  }
  throw InputError(where + ": " + short_repr(value) + " (" + py::str(py::type::handle_of(value).attr("__name__")).cast<std::string>() +
                   ") is not an integer or field element");
}

std::vector<Fr> fr_vector_from_py(py::handle values, const std::string& where) {
  if (is_numpy_array(values)) return from_array(py::reinterpret_borrow<py::array>(values), where);
  if (PyUnicode_Check(values.ptr()) || PyBytes_Check(values.ptr()) || !py::hasattr(values, "__iter__")) {
    throw InputError(where + ": expected a list or array of values, got " + short_repr(values));
  }
  std::vector<Fr> out;
  if (py::hasattr(values, "__len__")) out.reserve(py::len(values));
  size_t i = 0;
  for (py::handle v : py::reinterpret_borrow<py::iterable>(values)) {
    out.push_back(fr_from_py(v, where + "[" + std::to_string(i++) + "]"));
  }
  return out;
}

py::int_ fr_to_py(const Fr& value) {
  const auto c = value.to_canonical();
  if (c[1] == 0 && c[2] == 0 && c[3] == 0) return py::reinterpret_steal<py::int_>(PyLong_FromUnsignedLongLong(c[0]));
  return int_from_bytes_le(value.to_bytes_le());
}

py::array_t<uint64_t> fr_vector_to_limbs(const std::vector<Fr>& values) {
  py::array_t<uint64_t> out({static_cast<py::ssize_t>(values.size()), py::ssize_t{4}});
  uint64_t* p = out.mutable_data();
  for (size_t i = 0; i < values.size(); ++i) {
    const auto c = values[i].to_canonical();
    std::memcpy(p + 4 * i, c.data(), 32);
  }
  return out;
}

}  // namespace zkevm::bindings
