#include "cpp/poly/ntt.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <map>
#include <mutex>
#include <string>
#include <utility>

#include "cpp/util/error.hpp"
#include "cpp/util/parallel.hpp"

namespace zkevm::poly {

namespace {

// Inner layers run on blocks of this many elements (128 KiB of values plus as
// many bytes of twiddles), small enough to stay in L2 while all their layers run.
constexpr unsigned kBlockLog = 12;
constexpr std::size_t kBlock = std::size_t{1} << kBlockLog;
// Bit reversal swaps tiles of 2^kTileBits x 2^kTileBits values (8 KiB each).
constexpr unsigned kTileBits = 4;
// Work items per thread below which a loop stays on one thread.
constexpr std::size_t kMinChunk = 1 << 12;

// The decimation-in-frequency butterfly: (u, v) -> (u + v, (u - v) * w).
[[gnu::always_inline]] inline void dif_butterfly(Fr& u, Fr& v, const Fr& w) {
  Fr t = u - v;
  u += v;
  v = t * w;
}

// Two DIF layers (spans 2q and q) on the four values x0 = x[j], x1 = x[j+q],
// x2 = x[j+2q], x3 = x[j+3q]: w1 = omega_{4q}^j, w1q = omega_{4q}^(j+q), w2 = omega_{2q}^j.
[[gnu::always_inline]] inline void dif_radix4(Fr& x0, Fr& x1, Fr& x2, Fr& x3, const Fr& w1, const Fr& w1q,
                                              const Fr& w2) {
  dif_butterfly(x0, x2, w1);
  dif_butterfly(x1, x3, w1q);
  dif_butterfly(x0, x1, w2);
  dif_butterfly(x2, x3, w2);
}

// The low `bits` bits of i in reverse order, one byte-table lookup per byte.
inline std::size_t reverse_bits(std::size_t i, unsigned bits) {
  static constexpr auto table = [] {
    std::array<uint8_t, 256> t{};
    for (unsigned v = 0; v < 256; ++v) {
      unsigned r = 0;
      for (unsigned b = 0; b < 8; ++b) r |= ((v >> b) & 1u) << (7 - b);
      t[v] = static_cast<uint8_t>(r);
    }
    return t;
  }();
  uint64_t r = 0;
  for (unsigned byte = 0; byte < 8; ++byte) r = (r << 8) | table[(i >> (8 * byte)) & 0xff];
  return static_cast<std::size_t>(r >> (64 - bits));
}

// The butterfly with factor 1: (u, v) -> (u + v, u - v).
[[gnu::always_inline]] inline void unit_butterfly(Fr& u, Fr& v) {
  Fr t = u - v;
  u += v;
  v = t;
}

// dif_radix4 for j = 0, where w1 = w2 = 1 and w1q = omega_4.
[[gnu::always_inline]] inline void unit_radix4(Fr& x0, Fr& x1, Fr& x2, Fr& x3, const Fr& omega_4) {
  unit_butterfly(x0, x2);
  dif_butterfly(x1, x3, omega_4);
  unit_butterfly(x0, x1);
  unit_butterfly(x2, x3);
}

}  // namespace

std::shared_ptr<const NttPlan> NttPlan::get(unsigned log_size) {
  static std::mutex mutex;
  static std::map<unsigned, std::shared_ptr<const NttPlan>> cache;
  if (log_size > max_log_size) {
    throw InputError("NTT size 2^" + std::to_string(log_size) + " is too large: Fr supports at most 2^" +
                     std::to_string(max_log_size));
  }
  {
    std::lock_guard<std::mutex> lock(mutex);
    auto it = cache.find(log_size);
    if (it != cache.end()) return it->second;
  }
  // Built outside the lock (it can take a while); a concurrent build of the same
  // size is wasted work, not an error.
  auto plan = std::make_shared<const NttPlan>(log_size);
  std::lock_guard<std::mutex> lock(mutex);
  return cache.emplace(log_size, std::move(plan)).first->second;
}

NttPlan::NttPlan(unsigned log_size) : log_size_(log_size) {
  if (log_size > max_log_size) {
    throw InputError("NTT size 2^" + std::to_string(log_size) + " is too large: Fr supports at most 2^" +
                     std::to_string(max_log_size));
  }
  omega_ = root_of_unity(log_size);
  omega_inv_ = omega_.inverse();
  size_inv_ = Fr::from_u64(size()).inverse();

  const std::size_t n = size();
  if (n < 2) return;
  twiddles_.resize(n);
  const std::size_t half = n / 2;
  // Top layer: omega^j for j < n/2; each lower layer takes every other factor of the one above.
  auto top = powers(omega_, half);
  std::copy(top.begin(), top.end(), twiddles_.begin() + static_cast<std::ptrdiff_t>(half));
  for (std::size_t m = half / 2; m >= 1; m /= 2) {
    for (std::size_t j = 0; j < m; ++j) twiddles_[m + j] = twiddles_[2 * m + 2 * j];
  }
}

Fr NttPlan::root_of_unity(unsigned log_size) {
  if (log_size > max_log_size) {
    throw InputError("root of unity of order 2^" + std::to_string(log_size) + ": Fr has none above 2^" +
                     std::to_string(max_log_size));
  }
  // Squaring the order-2^28 root 28 - k times leaves one of order exactly 2^k.
  Fr w = Fr::root_of_unity();
  for (unsigned i = log_size; i < max_log_size; ++i) w = w.square();
  return w;
}

Fr NttPlan::omega_power(std::size_t i) const {
  const std::size_t n = size();
  i &= n - 1;
  if (n == 1) return Fr::one();
  const std::size_t half = n / 2;
  return i < half ? twiddles_[half + i] : -twiddles_[i];  // omega^(n/2) = -1
}

void NttPlan::check_size(std::span<const Fr> values, const char* what) const {
  if (values.size() != size()) {
    throw InputError(std::string(what) + ": got " + std::to_string(values.size()) +
                     " values for a transform of size 2^" + std::to_string(log_size_) + " = " +
                     std::to_string(size()));
  }
}

// All DIF layers of one block of len values (len a power of two, <= n): spans
// len/2 .. 1, two layers at a time.
void NttPlan::dif_block(Fr* x, std::size_t len) const {
  std::size_t half = len / 2;
  const Fr* tw = twiddles_.data();
  for (; half >= 2; half /= 4) {
    const std::size_t q = half / 2;
    // j = 0 has factors 1, omega_4 and 1: one multiplication instead of four.
    const Fr& omega_4 = tw[half + q];
    for (std::size_t s = 0; s < len; s += 2 * half) {
      Fr* b = x + s;
      unit_radix4(b[0], b[q], b[2 * q], b[3 * q], omega_4);
      for (std::size_t j = 1; j < q; ++j) {
        dif_radix4(b[j], b[j + q], b[j + 2 * q], b[j + 3 * q], tw[half + j], tw[half + q + j], tw[q + j]);
      }
    }
  }
  if (half == 1) {  // an odd number of layers: the last one has span 1 and factor 1
    for (std::size_t s = 0; s < len; s += 2) unit_butterfly(x[s], x[s + 1]);
  }
}

// Layers with spans half and half/2 over the whole array, in parallel.
void NttPlan::radix4_pass(Fr* x, std::size_t half) const {
  const std::size_t q = half / 2;
  const Fr* tw = twiddles_.data();
  parallel_for_chunks(
      size() / 4,
      [&](std::size_t begin, std::size_t end) {
        // Group t is j = t mod q of the block t / q (blocks of 4q values).
        for (std::size_t t = begin; t < end;) {
          const std::size_t block = t / q;
          const std::size_t stop = std::min(end, (block + 1) * q);
          Fr* b = x + block * 4 * q;
          for (std::size_t j = t - block * q; t < stop; ++t, ++j) {
            dif_radix4(b[j], b[j + q], b[j + 2 * q], b[j + 3 * q], tw[half + j], tw[half + q + j], tw[q + j]);
          }
        }
      },
      kMinChunk);
}

// One layer with span half over the whole array, in parallel.
void NttPlan::radix2_pass(Fr* x, std::size_t half) const {
  const Fr* tw = twiddles_.data();
  parallel_for_chunks(
      size() / 2,
      [&](std::size_t begin, std::size_t end) {
        for (std::size_t t = begin; t < end;) {
          const std::size_t block = t / half;
          const std::size_t stop = std::min(end, (block + 1) * half);
          Fr* b = x + block * 2 * half;
          for (std::size_t j = t - block * half; t < stop; ++t, ++j) dif_butterfly(b[j], b[j + half], tw[half + j]);
        }
      },
      kMinChunk);
}

void NttPlan::forward_bit_reversed(std::span<Fr> values) const {
  check_size(values, "NTT input");
  const std::size_t n = size();
  if (n < 2) return;
  Fr* x = values.data();
  if (n <= kBlock) {
    dif_block(x, n);
    return;
  }
  // Outer layers (span >= kBlock) stream over the array, two per pass when both are outer.
  std::size_t half = n / 2;
  while (half >= kBlock) {
    if (half / 2 >= kBlock) {
      radix4_pass(x, half);
      half /= 4;
    } else {
      radix2_pass(x, half);
      half /= 2;
    }
  }
  // The remaining layers never cross a kBlock boundary.
  parallel_for(n / kBlock, [&](std::size_t b) { dif_block(x + b * kBlock, kBlock); });
}

void NttPlan::forward(std::span<Fr> values) const {
  forward_bit_reversed(values);
  bit_reverse_permute(values);
}

// n * (inverse transform): the forward transform with omega^-1 equals the
// forward transform with omega followed by the index map i -> -i mod n.
void NttPlan::inverse_unscaled(std::span<Fr> values) const {
  forward(values);
  std::reverse(values.begin() + 1, values.end());
}

void NttPlan::inverse(std::span<Fr> values) const {
  check_size(values, "inverse NTT input");
  inverse_unscaled(values);
  scale_by_powers(values, Fr::one(), size_inv_);
}

void NttPlan::coset_forward(std::span<Fr> values, const Fr& g) const {
  check_size(values, "coset NTT input");
  scale_by_powers(values, g);  // a(g X) has coefficients a_i g^i
  forward(values);
}

void NttPlan::coset_inverse(std::span<Fr> values, const Fr& g) const {
  check_size(values, "inverse coset NTT input");
  if (g.is_zero()) throw InputError("inverse coset NTT: the coset generator must be nonzero");
  inverse_unscaled(values);
  scale_by_powers(values, g.inverse(), size_inv_);
}

void bit_reverse_permute(std::span<Fr> values) {
  const std::size_t n = values.size();
  if (n < 4) return;
  if (!std::has_single_bit(n)) {
    throw InputError("bit reversal: size " + std::to_string(n) + " is not a power of two");
  }
  const unsigned bits = static_cast<unsigned>(std::countr_zero(n));
  Fr* x = values.data();
  if (bits < 2 * kTileBits + 1) {
    // Each pair (i, rev(i)) is swapped once, by its smaller index, so chunks never race.
    parallel_for_chunks(
        n,
        [&](std::size_t begin, std::size_t end) {
          for (std::size_t i = begin; i < end; ++i) {
            const std::size_t r = reverse_bits(i, bits);
            if (i < r) std::swap(x[i], x[r]);
          }
        },
        kMinChunk);
    return;
  }
  // i = (high, middle, low) with kTileBits-bit high and low parts maps to
  // (rev(low), rev(middle), rev(high)): the 2^(2 kTileBits) indices sharing a
  // middle part form a tile of short contiguous rows, and its image is another
  // such tile, so each tile pair is swapped within L1 instead of one cache miss
  // per element.
  const unsigned middle_bits = bits - 2 * kTileBits;
  const std::size_t tile = std::size_t{1} << kTileBits;
  const unsigned high_shift = bits - kTileBits;
  std::array<std::size_t, std::size_t{1} << kTileBits> tile_rev{};
  for (std::size_t v = 0; v < tile; ++v) tile_rev[v] = reverse_bits(v, kTileBits);
  parallel_for(std::size_t{1} << middle_bits, [&](std::size_t middle) {
    const std::size_t middle_rev = reverse_bits(middle, middle_bits);
    if (middle > middle_rev) return;  // the partner tile does this pair
    for (std::size_t high = 0; high < tile; ++high) {
      const std::size_t high_rev = tile_rev[high];
      for (std::size_t low = 0; low < tile; ++low) {
        const std::size_t i = (high << high_shift) | (middle << kTileBits) | low;
        const std::size_t r = (tile_rev[low] << high_shift) | (middle_rev << kTileBits) | high_rev;
        if (middle != middle_rev || i < r) std::swap(x[i], x[r]);
      }
    }
  }, 16);
}

void scale_by_powers(std::span<Fr> values, const Fr& base, const Fr& first) {
  if (base.is_one()) {
    parallel_for_chunks(
        values.size(),
        [&](std::size_t begin, std::size_t end) {
          for (std::size_t i = begin; i < end; ++i) values[i] *= first;
        },
        kMinChunk);
    return;
  }
  parallel_for_chunks(
      values.size(),
      [&](std::size_t begin, std::size_t end) {
        Fr p = first * base.pow(static_cast<uint64_t>(begin));
        for (std::size_t i = begin; i < end; ++i) {
          values[i] *= p;
          p *= base;
        }
      },
      kMinChunk);
}

std::vector<Fr> powers(const Fr& base, std::size_t n, const Fr& first) {
  std::vector<Fr> out(n);
  parallel_for_chunks(
      n,
      [&](std::size_t begin, std::size_t end) {
        Fr p = first * base.pow(static_cast<uint64_t>(begin));
        for (std::size_t i = begin; i < end; ++i) {
          out[i] = p;
          p *= base;
        }
      },
      kMinChunk);
  return out;
}

}  // namespace zkevm::poly
