// zkevm._zkevm.ec.msm: multi-scalar multiplication over G1 or G2 points (the
// ec submodule's Jacobian point classes). Scalars come as Python ints / objects
// with __index__ or __int__ (reduced mod r), or as a numpy uint64 array of
// shape (n, 4) holding canonical little-endian limbs. The GIL is released
// around the multiplication itself.
#include <pybind11/numpy.h>

#include <string>
#include <vector>

#include "cpp/ec/msm.hpp"
#include "python/zkevm/bindings/bindings.hpp"

namespace zkevm::bindings {

namespace {

using ec::G1Affine;
using ec::G1Jacobian;
using ec::G2Affine;
using ec::G2Jacobian;
using ff::Fr;

std::string type_name(const py::handle& value) { return py::str(py::type::handle_of(value).attr("__name__")); }

// r as a Python int.
const py::int_& fr_modulus() {
  static const py::int_ r = [] {
    py::object int_type = py::reinterpret_borrow<py::object>(reinterpret_cast<PyObject*>(&PyLong_Type));
    auto bytes = (-Fr::one()).to_bytes_le();
    py::int_ minus_one = int_type.attr("from_bytes")(py::bytes(reinterpret_cast<const char*>(bytes.data()), 32),
                                                      "little");
    return py::int_(minus_one + py::int_(1));
  }();
  return r;
}

// scalars[i] as an Fr: an int (any sign, reduced mod r) or an object with
// __index__ / __int__ such as zkevm.ff.Fr.
Fr scalar_from(const py::handle& s, std::size_t i) {
  if (py::isinstance<py::float_>(s) || py::isinstance<py::bool_>(s) ||
      !(py::hasattr(s, "__index__") || py::hasattr(s, "__int__"))) {
    throw InputError("msm: scalars[" + std::to_string(i) + "]: expected an int or a field element, got " +
                     type_name(s));
  }
  py::int_ v;
  if (py::hasattr(s, "__index__")) {
    PyObject* index = PyNumber_Index(s.ptr());
    if (!index) throw py::error_already_set();
    v = py::reinterpret_steal<py::int_>(index);
  } else {
    v = py::int_(py::reinterpret_borrow<py::object>(s));
  }
  py::int_ reduced = v.attr("__mod__")(fr_modulus());
  std::string bytes = py::bytes(reduced.attr("to_bytes")(32, "little"));
  return Fr::from_bytes_le(std::span<const uint8_t>(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size()));
}

// A numpy uint64 array of shape (n, 4): canonical limbs, least significant first.
std::vector<Fr> scalars_from_array(const py::array& array) {
  if (!array.dtype().is(py::dtype::of<uint64_t>()) || array.ndim() != 2 || array.shape(1) != 4) {
    throw InputError("msm: a scalar array must be numpy uint64 of shape (n, 4) (canonical little-endian limbs), got " +
                     std::string(py::str(array.dtype())) + " of shape " +
                     std::string(py::str(array.attr("shape"))));
  }
  auto limbs = py::array_t<uint64_t, py::array::c_style>::ensure(array);
  auto view = limbs.unchecked<2>();
  std::vector<Fr> scalars(static_cast<std::size_t>(view.shape(0)));
  for (std::size_t i = 0; i < scalars.size(); ++i) {
    ff::Limbs value{view(i, 0), view(i, 1), view(i, 2), view(i, 3)};
    try {
      scalars[i] = Fr::from_canonical(value);
    } catch (const EncodingError& e) {
      throw EncodingError("msm: scalars[" + std::to_string(i) + "]: " + e.what());
    }
  }
  return scalars;
}

std::vector<Fr> scalars_from(const py::object& scalars) {
  if (py::isinstance<py::array>(scalars)) return scalars_from_array(scalars.cast<py::array>());
  if (!py::isinstance<py::sequence>(scalars) || py::isinstance<py::str>(scalars)) {
    throw InputError("msm: scalars must be a list of ints / field elements or a numpy uint64 (n, 4) array, got " +
                     type_name(scalars));
  }
  py::sequence seq = scalars.cast<py::sequence>();
  std::vector<Fr> out;
  out.reserve(seq.size());
  for (std::size_t i = 0; i < seq.size(); ++i) out.push_back(scalar_from(seq[i], i));
  return out;
}

// The points, all of class Jacobian (G1 or G2), made affine with one inversion.
template <class Jacobian>
auto affine_points(const py::sequence& points, const char* group) {
  std::vector<Jacobian> jac;
  jac.reserve(points.size());
  for (std::size_t i = 0; i < points.size(); ++i) {
    py::object p = points[i];
    if (!py::isinstance<Jacobian>(p)) {
      throw InputError("msm: points[" + std::to_string(i) + "] is " + type_name(p) + ", expected " + group +
                       " like points[0]");
    }
    jac.push_back(p.cast<Jacobian>());
  }
  return ec::batch_to_affine(std::span<const Jacobian>(jac));
}

template <class Jacobian>
py::object run_msm(const py::sequence& points, const py::object& scalars, const char* group) {
  auto affine = affine_points<Jacobian>(points, group);
  std::vector<Fr> s = scalars_from(scalars);
  Jacobian result;
  {
    py::gil_scoped_release release;
    result = ec::msm(std::span<const typename decltype(affine)::value_type>(affine), std::span<const Fr>(s));
  }
  return py::cast(result);
}

}  // namespace

void bind_msm(py::module_& m) {
  auto ec_module = py::reinterpret_borrow<py::module_>(m.attr("ec"));
  ec_module.def(
      "msm",
      [](const py::object& points, const py::object& scalars) -> py::object {
        if (!py::isinstance<py::sequence>(points)) {
          throw InputError("msm: points must be a list of G1 or G2 points, got " + type_name(points));
        }
        py::sequence seq = points.cast<py::sequence>();
        if (seq.size() > 0 && py::isinstance<G2Jacobian>(seq[0])) return run_msm<G2Jacobian>(seq, scalars, "G2");
        if (seq.size() > 0 && !py::isinstance<G1Jacobian>(seq[0])) {
          throw InputError("msm: points[0] is " + type_name(seq[0]) + ", expected G1 or G2");
        }
        return run_msm<G1Jacobian>(seq, scalars, "G1");
      },
      py::arg("points"), py::arg("scalars"),
      "sum_i scalars[i] * points[i] (Pippenger). points: a list of G1 or of G2 (an empty list gives "
      "G1.identity()); scalars: ints / field elements (reduced mod r) or a numpy uint64 (n, 4) array of "
      "canonical little-endian limbs. InputError on mismatched lengths or types, EncodingError on a limb "
      "row >= r.");
}

}  // namespace zkevm::bindings
