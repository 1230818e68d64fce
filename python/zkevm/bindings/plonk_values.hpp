#pragma once
// Conversions between Python values and Fr for the plonk bindings.
//
// Accepted as one field element: a Python int (or bool, numpy integer) in
// (-r, r), where a negative v stands for r + v, or any object with __index__
// or __int__ such as zkevm.ff.Fr. Floats and other types are InputError.
// Accepted as a sequence of elements: a list/tuple/range/iterable of the
// above, or a numpy array: 1-D of an integer or bool dtype, 1-D of dtype
// object (elements as above), or 2-D uint64 of shape (n, 4) holding each
// element's canonical value as little-endian 64-bit limbs (the layout of
// Fr::to_canonical, and of MockProver.values()).
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include <string>
#include <vector>

#include "cpp/ff/bn254.hpp"
#include "cpp/plonk/failure.hpp"

namespace zkevm::bindings {

namespace py = pybind11;

// One element; `where` names the value in error messages ("assign a[3]").
ff::Fr fr_from_py(py::handle value, const std::string& where);
// A sequence of elements (see the file comment).
std::vector<ff::Fr> fr_vector_from_py(py::handle values, const std::string& where);
// The canonical value as a Python int in [0, r).
py::int_ fr_to_py(const ff::Fr& value);
// Canonical little-endian limbs, shape (n, 4), dtype uint64.
py::array_t<uint64_t> fr_vector_to_limbs(const std::vector<ff::Fr>& values);
// The modulus r of Fr as a Python int.
py::int_ fr_modulus();

// A MockProver failure as the dict zkevm.plonk's Failure.from_dict reads
// (defined in plonk.cpp; the circuit bindings share it).
py::dict failure_dict(const plonk::Failure& f);

}  // namespace zkevm::bindings
