#include "cpp/poly/evaluate.hpp"

#include <mutex>

#include "cpp/util/parallel.hpp"

namespace zkevm::poly {

Fr evaluate(const Polynomial<Coeff>& p, const Fr& z) {
  std::mutex mutex;
  Fr total = Fr::zero();
  parallel_for_chunks(
      p.size(),
      [&](std::size_t begin, std::size_t end) {
        Fr acc = Fr::zero();
        for (std::size_t i = end; i-- > begin;) acc = acc * z + p[i];
        acc *= z.pow(static_cast<uint64_t>(begin));
        std::lock_guard<std::mutex> lock(mutex);
        total += acc;
      },
      1 << 14);
  return total;
}

Polynomial<Coeff> divide_by_linear(const Polynomial<Coeff>& p, const Fr& z, Fr* remainder) {
  const std::size_t n = p.size();
  if (n == 0) {
    if (remainder) *remainder = Fr::zero();
    return Polynomial<Coeff>();
  }
  // Coefficients from the top: q_{n-2} = a_{n-1}, q_{i-1} = a_i + z q_i, r = a_0 + z q_0.
  Polynomial<Coeff> q(n - 1);
  Fr carry = Fr::zero();
  for (std::size_t i = n - 1; i >= 1; --i) {
    carry = p[i] + z * carry;
    q[i - 1] = carry;
  }
  if (remainder) *remainder = p[0] + z * carry;
  return q;
}

}  // namespace zkevm::poly
