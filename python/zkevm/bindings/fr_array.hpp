#pragma once
// Fr values across the Python boundary in zkevm's array layout: numpy uint64
// arrays of shape (n, 4), canonical little-endian limbs per row; single
// scalars as 4-limb tuples. Shared by the poly and pcs bindings.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include <string>
#include <vector>

#include "cpp/ff/bn254.hpp"
#include "cpp/util/error.hpp"
#include "cpp/util/parallel.hpp"

namespace zkevm::bindings {

namespace py = pybind11;
using ff::Limbs;
using LimbArray = py::array_t<uint64_t, py::array::c_style>;

// Rows of an (n, 4) uint64 array as field elements; EncodingError names the first row >= r.
inline std::vector<ff::Fr> fr_from_array(const LimbArray& array, const char* what) {
  if (array.ndim() != 2 || array.shape(1) != 4) {
    std::string shape;
    for (py::ssize_t d = 0; d < array.ndim(); ++d) {
      if (d > 0) shape += ", ";
      shape += std::to_string(array.shape(d));
    }
    throw InputError(std::string(what) + ": expected an array of shape (n, 4), got shape (" + shape + ")");
  }
  const std::size_t n = static_cast<std::size_t>(array.shape(0));
  const uint64_t* data = array.data();
  std::vector<ff::Fr> out(n);
  py::gil_scoped_release release;
  parallel_for_chunks(
      n,
      [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
          const Limbs limbs = {data[4 * i], data[4 * i + 1], data[4 * i + 2], data[4 * i + 3]};
          try {
            out[i] = ff::Fr::from_canonical(limbs);
          } catch (const EncodingError& e) {
            throw EncodingError(std::string(what) + ": row " + std::to_string(i) + ": " + e.what());
          }
        }
      },
      1 << 14);
  return out;
}

inline LimbArray fr_to_array(const std::vector<ff::Fr>& values) {
  LimbArray out({static_cast<py::ssize_t>(values.size()), py::ssize_t{4}});
  uint64_t* data = out.mutable_data();
  py::gil_scoped_release release;
  parallel_for_chunks(
      values.size(),
      [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
          const Limbs limbs = values[i].to_canonical();
          std::copy(limbs.begin(), limbs.end(), data + 4 * i);
        }
      },
      1 << 14);
  return out;
}

inline ff::Fr fr_from_limbs(const Limbs& limbs, const char* what) {
  try {
    return ff::Fr::from_canonical(limbs);
  } catch (const EncodingError& e) {
    throw EncodingError(std::string(what) + ": " + e.what());
  }
}

}  // namespace zkevm::bindings
