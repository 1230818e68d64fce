#pragma once
// pcs::msm: sum_i [scalars[i]] points[i] on G1. It is cpp/ec's Pippenger MSM
// (ec::msm) whenever cpp/ec/msm.hpp is part of the tree; until the MSM branch
// is merged a plain parallel sum of scalar multiplications stands in, so KZG
// is usable and tested meanwhile (slowly: ~0.1 ms per point). Remove the
// fallback once ec::msm is in main.
#include <span>
#include <string>

#include "cpp/ec/g1.hpp"
#include "cpp/util/error.hpp"

#if __has_include("cpp/ec/msm.hpp")
#include "cpp/ec/msm.hpp"
#define ZKEVM_PCS_HAVE_EC_MSM 1
#else
#include <mutex>

#include "cpp/util/parallel.hpp"
#define ZKEVM_PCS_HAVE_EC_MSM 0
#endif

namespace zkevm::pcs {

inline ec::G1Jacobian msm(std::span<const ec::G1Affine> points, std::span<const ff::Fr> scalars) {
  if (points.size() != scalars.size()) {
    throw InputError("MSM: " + std::to_string(points.size()) + " points but " + std::to_string(scalars.size()) +
                     " scalars");
  }
#if ZKEVM_PCS_HAVE_EC_MSM
  return ec::msm(points, scalars);
#else
  std::mutex mutex;
  ec::G1Jacobian total = ec::G1Jacobian::identity();
  parallel_for_chunks(
      points.size(),
      [&](std::size_t begin, std::size_t end) {
        ec::G1Jacobian acc = ec::G1Jacobian::identity();
        for (std::size_t i = begin; i < end; ++i) acc += ec::G1Jacobian::from_affine(points[i]) * scalars[i];
        std::lock_guard<std::mutex> lock(mutex);
        total += acc;
      },
      16);
  return total;
#endif
}

}  // namespace zkevm::pcs
