// Bernstein–Yang modular inversion ("Fast constant-time gcd computation and
// modular inversion", 2019), in its variable-time form.
//
// A divstep maps (delta, f, g) with f odd to
//   (1 - delta, g, (g - f) / 2)   when delta > 0 and g is odd,
//   (1 + delta, f, (g + f) / 2)   when g is odd otherwise,
//   (1 + delta, f, g / 2)         when g is even;
// starting from (1, p, a) it reaches g = 0 with f = +-gcd(p, a) = +-1. Every
// step is decided by the low bits of f and g alone, so 62 steps are run on
// single words and recorded as a 2x2 integer matrix T with
// 2^62 (f', g') = T (f, g); the matrix is then applied once to the full-size
// f, g and to the pair (d, e) that tracks f = d a, g = e a (mod p), with the
// division by 2^62 done mod p by adding a multiple of p that clears the low
// 62 bits. At the end a^-1 = +-d.
//
// Here eta = -delta. Runs of zero bits of g are divided out at once (count
// trailing zeros), and an odd g is cleared of up to 6 low bits with one
// multiple of f: while eta stays >= 0 the steps would not swap, so
// g + w f, with w = -g / f mod 2^limit, equals those steps' additions.
#include "cpp/ff/inverse.hpp"

#include <algorithm>
#include <stdexcept>

namespace zkevm::ff::detail {

namespace {

using i128 = __int128;

constexpr uint64_t kMask62 = (uint64_t{1} << 62) - 1;

// A signed integer sum_i v[i] 2^(62 i): v[0..3] in [0, 2^62), v[4] signed.
struct Signed62 {
  int64_t v[5];
};

// The transition matrix of 62 divsteps: 2^62 (f', g') = (u f + v g, q f + r g).
struct Transition {
  int64_t u, v, q, r;
};

Signed62 to_signed62(const Limbs& a) {
  return {{static_cast<int64_t>(a[0] & kMask62), static_cast<int64_t>((a[0] >> 62 | a[1] << 2) & kMask62),
           static_cast<int64_t>((a[1] >> 60 | a[2] << 4) & kMask62),
           static_cast<int64_t>((a[2] >> 58 | a[3] << 6) & kMask62), static_cast<int64_t>(a[3] >> 56)}};
}

// x for 0 <= x < 2^256.
Limbs to_limbs(const Signed62& x) {
  const auto* w = reinterpret_cast<const uint64_t*>(x.v);
  return {w[0] | w[1] << 62, w[1] >> 2 | w[2] << 60, w[2] >> 4 | w[3] << 58, w[3] >> 6 | w[4] << 56};
}

bool is_zero(const Signed62& x) { return (x.v[0] | x.v[1] | x.v[2] | x.v[3] | x.v[4]) == 0; }

// x + sign * p with sign = +-1, limbs renormalised.
void add_multiple(Signed62& x, const Signed62& p, int64_t sign) {
  int64_t carry = 0;
  for (int i = 0; i < 4; ++i) {
    carry += x.v[i] + sign * p.v[i];
    x.v[i] = static_cast<int64_t>(static_cast<uint64_t>(carry) & kMask62);
    carry >>= 62;
  }
  x.v[4] += sign * p.v[4] + carry;
}

// x >= p for normalised x >= 0 and p.
bool at_least(const Signed62& x, const Signed62& p) {
  for (int i = 4; i >= 0; --i) {
    if (x.v[i] != p.v[i]) return x.v[i] > p.v[i];
  }
  return true;
}

// Runs 62 divsteps on the low words of f (odd) and g; updates eta.
Transition divsteps_62(int64_t& eta, uint64_t f, uint64_t g) {
  // Unsigned matrix entries: left shifts and negations wrap instead of overflowing.
  uint64_t u = 1, v = 0, q = 0, r = 1;
  int remaining = 62;
  for (;;) {
    // Halve g while it is even (at most `remaining` times); f's row doubles
    // instead, keeping the invariant 2^steps (f, g) = T (f0, g0).
    const int zeros = __builtin_ctzll(g | (~uint64_t{0} << remaining));
    g >>= zeros;
    u <<= zeros;
    v <<= zeros;
    eta -= zeros;
    remaining -= zeros;
    if (remaining == 0) break;
    // g is odd. delta > 0: swap, (f, g) = (g, -f).
    if (eta < 0) {
      eta = -eta;
      uint64_t t = f;
      f = g;
      g = 0 - t;
      t = u;
      u = q;
      q = 0 - t;
      t = v;
      v = r;
      r = 0 - t;
    }
    // Clear up to `limit` low bits of g with g += w f, w = -g / f mod 2^limit
    // (f^-1 mod 64 = f (2 - f^2) by one Newton step from f^-1 = f mod 8).
    const int limit = static_cast<int>(std::min<int64_t>(std::min<int64_t>(eta + 1, remaining), 6));
    const uint64_t mask = (~uint64_t{0} >> (64 - limit));
    const uint64_t w = (f * g * (f * f - 2)) & mask;
    g += f * w;
    q += u * w;
    r += v * w;
  }
  return {static_cast<int64_t>(u), static_cast<int64_t>(v), static_cast<int64_t>(q), static_cast<int64_t>(r)};
}

// (f, g) = T (f, g) / 2^62, exact because T's 62 steps cleared the low bits.
void update_fg(Signed62& f, Signed62& g, const Transition& t) {
  i128 cf = static_cast<i128>(t.u) * f.v[0] + static_cast<i128>(t.v) * g.v[0];
  i128 cg = static_cast<i128>(t.q) * f.v[0] + static_cast<i128>(t.r) * g.v[0];
  cf >>= 62;
  cg >>= 62;
  for (int i = 1; i < 5; ++i) {
    cf += static_cast<i128>(t.u) * f.v[i] + static_cast<i128>(t.v) * g.v[i];
    cg += static_cast<i128>(t.q) * f.v[i] + static_cast<i128>(t.r) * g.v[i];
    f.v[i - 1] = static_cast<int64_t>(static_cast<uint64_t>(cf) & kMask62);
    g.v[i - 1] = static_cast<int64_t>(static_cast<uint64_t>(cg) & kMask62);
    cf >>= 62;
    cg >>= 62;
  }
  f.v[4] = static_cast<int64_t>(cf);
  g.v[4] = static_cast<int64_t>(cg);
}

// (d, e) = T (d, e) / 2^62 mod p for d, e in [0, p), results back in [0, p):
// adding md p (md < 2^62) makes the numerator divisible by 2^62; with
// |u| + |v| <= 2^62 the quotient lies in (-p, 2p), one correction away.
void update_de(Signed62& d, Signed62& e, const Transition& t, const Signed62& p, uint64_t p_inv62) {
  i128 cd = static_cast<i128>(t.u) * d.v[0] + static_cast<i128>(t.v) * e.v[0];
  i128 ce = static_cast<i128>(t.q) * d.v[0] + static_cast<i128>(t.r) * e.v[0];
  const uint64_t md = (0 - static_cast<uint64_t>(cd) * p_inv62) & kMask62;
  const uint64_t me = (0 - static_cast<uint64_t>(ce) * p_inv62) & kMask62;
  cd += static_cast<i128>(md) * p.v[0];
  ce += static_cast<i128>(me) * p.v[0];
  cd >>= 62;
  ce >>= 62;
  for (int i = 1; i < 5; ++i) {
    cd += static_cast<i128>(t.u) * d.v[i] + static_cast<i128>(t.v) * e.v[i] + static_cast<i128>(md) * p.v[i];
    ce += static_cast<i128>(t.q) * d.v[i] + static_cast<i128>(t.r) * e.v[i] + static_cast<i128>(me) * p.v[i];
    d.v[i - 1] = static_cast<int64_t>(static_cast<uint64_t>(cd) & kMask62);
    e.v[i - 1] = static_cast<int64_t>(static_cast<uint64_t>(ce) & kMask62);
    cd >>= 62;
    ce >>= 62;
  }
  d.v[4] = static_cast<int64_t>(cd);
  e.v[4] = static_cast<int64_t>(ce);
  for (Signed62* x : {&d, &e}) {
    // Loops rather than one step each: correct even if the bound were loose.
    while (x->v[4] < 0) add_multiple(*x, p, 1);
    while (at_least(*x, p)) add_multiple(*x, p, -1);
  }
}

}  // namespace

Limbs mod_inverse(const Limbs& a, const Limbs& p, uint64_t neg_p_inv) {
  const Signed62 modulus = to_signed62(p);
  const uint64_t p_inv62 = (0 - neg_p_inv) & kMask62;  // p^-1 mod 2^62
  Signed62 f = modulus, g = to_signed62(a), d{{0, 0, 0, 0, 0}}, e{{1, 0, 0, 0, 0}};
  int64_t eta = -1;
  // 256-bit inputs reach g = 0 within 724 divsteps (Wuille's computed bound
  // for divsteps from delta = 1), i.e. 12 rounds; the cap leaves a margin.
  constexpr int kMaxRounds = 16;
  for (int round = 0;; ++round) {
    if (round == kMaxRounds) throw std::logic_error("mod_inverse: divsteps did not converge");
    const Transition t = divsteps_62(eta, static_cast<uint64_t>(f.v[0]), static_cast<uint64_t>(g.v[0]));
    update_de(d, e, t, modulus, p_inv62);
    update_fg(f, g, t);
    if (is_zero(g)) break;
  }
  // f = +-1 and f = d a (mod p).
  if (f.v[4] < 0 && !is_zero(d)) {  // f = -1: the inverse is p - d
    for (int64_t& limb : d.v) limb = -limb;
    add_multiple(d, modulus, 1);  // renormalises the limbs
  }
  return to_limbs(d);
}

}  // namespace zkevm::ff::detail
