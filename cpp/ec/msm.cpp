// Pippenger's bucket method. With c-bit signed windows (msm_digits.hpp) the
// scalars split into k = ceil(255 / c) digits each; window w sums
// S_w = sum_i d_{i,w} P_i by dropping +-P_i into bucket |d_{i,w}| (n additions)
// and reducing the 2^(c-1) buckets with a running sum (2^c additions); then
// sum_i s_i P_i = sum_w 2^(c w) S_w by Horner (k c doublings). Total about
// k (n + 2^c) additions, minimised over c below.
//
// Threads: windows are independent, so groups of windows (times a few point
// chunks when there are more threads than windows) are the parallel tasks;
// the result is the same for any thread count since every task's sum is exact.
// Affine buckets of a few windows share one accumulator so that its batches
// of additions (one inversion each) can be long.
//
// G1 splits every scalar with the GLV endomorphism (glv.hpp): s P = k1 P +
// k2 phi(P) with |k1|, |k2| < 2^127 and phi(x, y) = (beta x, y), so the MSM
// runs over 2n "rows" (P_i, then phi(P_i)) with 127-bit scalars, the signs
// folded into the digits. The bucket additions stay ~n 256 / c, but there are
// half as many windows to reduce and to combine, which lets c grow.
#include "cpp/ec/msm.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <string>
#include <type_traits>
#include <vector>

#include "cpp/ec/glv.hpp"
#include "cpp/ec/msm_buckets.hpp"
#include "cpp/ec/msm_digits.hpp"
#include "cpp/util/error.hpp"
#include "cpp/util/parallel.hpp"

namespace zkevm::ec {

namespace {

using msm_detail::AffineBuckets;
using msm_detail::JacobianBuckets;
using msm_detail::window_count;

// Below this many points the batched inversions do not pay (measured, see
// docs/DESIGN-NOTES.md).
constexpr std::size_t kAffineBucketsFrom = std::size_t{1} << 12;

// Affine buckets of several windows share one accumulator (and so one queue
// of additions) up to this many buckets: more buckets let a batch grow without
// many points hitting a bucket that already has a queued addition, but past
// the caches every bucket access becomes a miss.
constexpr std::size_t kAffineGroupBuckets = std::size_t{1} << 15;

// Additions per shared inversion in AffineBuckets: large enough to amortise
// the inversion (~450 multiplications), small against the bucket count so
// that few points hit a bucket with a queued addition.
std::size_t affine_batch_size(std::size_t buckets) { return std::clamp<std::size_t>(buckets / 32, 16, 1024); }

// The bits of the scalars Pippenger sees: GLV halves on G1, full scalars else.
constexpr unsigned kGlvHalfBits = 127;
template <class Params>
constexpr bool kUsesGlv = std::is_same_v<Params, G1Params>;

MsmBuckets resolve(std::size_t rows, MsmBuckets buckets) {
  if (buckets != MsmBuckets::automatic) return buckets;
  return rows >= kAffineBucketsFrom ? MsmBuckets::affine : MsmBuckets::jacobian;
}

// The window size for `rows` points with scalars below 2^bits. Cost in mixed
// additions (measured): k (rows a + 2^(c-1) r), a = one bucket addition (1 for
// Jacobian buckets, 0.5 for batched affine ones), r = one bucket's share of the
// running sum (a mixed plus a full addition).
unsigned window_bits_for(std::size_t rows, MsmBuckets buckets, unsigned bits) {
  const MsmBuckets kind = resolve(rows, buckets);
  const double a = kind == MsmBuckets::affine ? 0.5 : 1.0, r = kind == MsmBuckets::affine ? 2.0 : 3.0;
  unsigned best = 1;
  double best_cost = 0;
  for (unsigned c = 1; c <= msm_detail::kMaxWindowBits; ++c) {
    double cost = window_count(c, bits) * (static_cast<double>(rows) * a + std::ldexp(r, static_cast<int>(c) - 1));
    if (c == 1 || cost < best_cost) {
      best = c;
      best_cost = cost;
    }
  }
  return best;
}

// One task: the windows [window_begin, window_end) over the points [begin, end).
struct Task {
  unsigned window_begin, window_end;
  std::size_t begin, end;
};

// Writes partial[w] = sum over the task's rows of digit_w(i) * point_at(i) for
// each of its windows w (digits row-major by window: digits[w n + i]).
template <class Buckets, class Params, class PointAt>
void task_sums(Buckets& buckets, const Task& task, std::size_t n, PointAt&& point_at,
               const std::vector<int32_t>& digits, std::size_t bucket_count, JacobianPoint<Params>* partial) {
  const unsigned windows = task.window_end - task.window_begin;
  buckets.reset(windows * bucket_count);
  const int32_t* rows = digits.data() + task.window_begin * n;
  // Bucket index of point i in window w (of the task), or -1 for digit 0.
  auto bucket_of = [&](std::size_t i, unsigned w) -> int64_t {
    const int32_t d = rows[w * n + i];
    return d == 0 ? -1 : static_cast<int64_t>(w * bucket_count) + std::abs(d) - 1;
  };
  constexpr std::size_t kLookahead = 4;  // points whose buckets are prefetched ahead
  for (std::size_t i = task.begin; i < task.end; ++i) {
    if (i + kLookahead < task.end) {
      for (unsigned w = 0; w < windows; ++w) {
        int64_t b = bucket_of(i + kLookahead, w);
        if (b >= 0) buckets.prefetch(static_cast<uint32_t>(b));
      }
    }
    const AffinePoint<Params> p = point_at(i);
    if (p.infinity) continue;
    for (unsigned w = 0; w < windows; ++w) {
      const int32_t d = rows[w * n + i];
      if (d != 0) buckets.add(static_cast<uint32_t>(bucket_of(i, w)), p, d < 0);
    }
  }
  buckets.reduce_windows(windows, bucket_count, partial);
}

template <class Params>
JacobianPoint<Params> pippenger(std::span<const AffinePoint<Params>> points, std::span<const Fr> scalars,
                                const MsmOptions& options) {
  using Jacobian = JacobianPoint<Params>;
  if (points.size() != scalars.size()) {
    throw InputError("msm: " + std::to_string(points.size()) + " points but " + std::to_string(scalars.size()) +
                     " scalars");
  }
  if (options.window_bits > msm_detail::kMaxWindowBits) {
    throw InputError("msm: window_bits " + std::to_string(options.window_bits) + " is out of range [1, " +
                     std::to_string(msm_detail::kMaxWindowBits) + "] (0 chooses by size)");
  }
  const std::size_t points_count = points.size();
  if (points_count == 0) return Jacobian::identity();
  // Rows: the points, then (GLV) their images under phi.
  const std::size_t n = kUsesGlv<Params> ? 2 * points_count : points_count;
  const unsigned bits = kUsesGlv<Params> ? kGlvHalfBits : Fr::bits;
  const MsmBuckets kind = resolve(n, options.buckets);
  const unsigned c = options.window_bits ? options.window_bits : window_bits_for(n, kind, bits);
  const unsigned k = window_count(c, bits);
  const std::size_t bucket_count = std::size_t{1} << (c - 1);

  // Digits window-major (digits[w n + i]) so each window streams its own row.
  std::vector<int32_t> digits(static_cast<std::size_t>(k) * n);
  parallel_for_chunks(
      points_count,
      [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
          if constexpr (kUsesGlv<Params>) {
            const GlvDecomposition d = glv_decompose(scalars[i]);
            auto half = [](const GlvHalf& h) {
              return ff::Limbs{static_cast<uint64_t>(h.magnitude), static_cast<uint64_t>(h.magnitude >> 64), 0, 0};
            };
            msm_detail::signed_digits(half(d.k1), c, digits.data() + i, n, bits, d.k1.negative);
            msm_detail::signed_digits(half(d.k2), c, digits.data() + points_count + i, n, bits, d.k2.negative);
          } else {
            msm_detail::signed_digits(scalars[i].to_canonical(), c, digits.data() + i, n);
          }
        }
      },
      4096);
  // Row i's point: P_i, or phi(P_(i - count)) = (beta x, y) for the GLV rows.
  [[maybe_unused]] const Fq& beta = glv_beta();
  auto point_at = [&](std::size_t i) -> AffinePoint<Params> {
    if constexpr (kUsesGlv<Params>) {
      if (i >= points_count) {
        const AffinePoint<Params>& p = points[i - points_count];
        return p.infinity ? p : AffinePoint<Params>(p.x * beta, p.y);
      }
    }
    return points[i];
  };

  // Tasks: groups of windows (a multiple of the thread count, of near-equal
  // sizes, so that threads get equal work), times point chunks when threads
  // outnumber windows.
  const std::size_t threads = static_cast<std::size_t>(std::max(1, thread_count()));
  std::size_t group = kind == MsmBuckets::affine ? std::max<std::size_t>(1, kAffineGroupBuckets / bucket_count) : 1;
  std::size_t groups = (k + group - 1) / group;
  const std::size_t thread_slots = std::min<std::size_t>(threads, k);
  groups = std::min<std::size_t>(k, (groups + thread_slots - 1) / thread_slots * thread_slots);
  const std::size_t chunks = std::min<std::size_t>((threads + k - 1) / k, std::max<std::size_t>(1, n / 1024));
  const std::size_t chunk_size = (n + chunks - 1) / chunks;
  std::vector<Task> tasks;
  for (std::size_t g = 0; g < groups; ++g) {
    const auto window_begin = static_cast<unsigned>(g * k / groups), window_end = static_cast<unsigned>((g + 1) * k / groups);
    for (std::size_t chunk = 0; chunk < chunks; ++chunk) {
      tasks.push_back({window_begin, window_end, chunk * chunk_size, std::min(n, (chunk + 1) * chunk_size)});
    }
  }
  std::size_t max_windows = 0;
  for (const Task& t : tasks) max_windows = std::max<std::size_t>(max_windows, t.window_end - t.window_begin);

  // partial[w chunks + chunk]: window w's sum over one chunk of points.
  std::vector<Jacobian> partial(static_cast<std::size_t>(k) * chunks, Jacobian::identity());
  parallel_for_chunks(tasks.size(), [&](std::size_t task_begin, std::size_t task_end) {
    auto run = [&](auto& buckets) {
      std::vector<Jacobian> sums(max_windows);
      for (std::size_t t = task_begin; t < task_end; ++t) {
        const Task& task = tasks[t];
        if (task.begin >= task.end) continue;
        task_sums<std::remove_reference_t<decltype(buckets)>, Params>(buckets, task, n, point_at, digits, bucket_count,
                                                                      sums.data());
        const std::size_t chunk = task.begin / chunk_size;
        for (unsigned w = task.window_begin; w < task.window_end; ++w) {
          partial[w * chunks + chunk] = sums[w - task.window_begin];
        }
      }
    };
    if (kind == MsmBuckets::affine) {
      AffineBuckets<Params> buckets(max_windows * bucket_count, affine_batch_size(max_windows * bucket_count),
                                    options.simd);
      run(buckets);
    } else {
      JacobianBuckets<Params> buckets(max_windows * bucket_count);
      run(buckets);
    }
  });

  // sum_w 2^(c w) S_w, Horner from the top window.
  Jacobian acc = Jacobian::identity();
  for (std::size_t w = k; w-- > 0;) {
    for (unsigned j = 0; j < c && !acc.is_identity(); ++j) acc = acc.dbl();
    for (std::size_t chunk = 0; chunk < chunks; ++chunk) acc += partial[w * chunks + chunk];
  }
  return acc;
}

}  // namespace

unsigned msm_window_bits(std::size_t n, MsmBuckets buckets) {
  return window_bits_for(2 * n, buckets, kGlvHalfBits);  // G1: 2n GLV rows
}

G1Jacobian msm(std::span<const G1Affine> points, std::span<const Fr> scalars, const MsmOptions& options) {
  return pippenger<G1Params>(points, scalars, options);
}

G2Jacobian msm(std::span<const G2Affine> points, std::span<const Fr> scalars, const MsmOptions& options) {
  return pippenger<G2Params>(points, scalars, options);
}

}  // namespace zkevm::ec
