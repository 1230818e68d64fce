#pragma once
// Montgomery multiplication kernels for 4-limb moduli: out = a * b / 2^256 mod p,
// for a, b < p, result fully reduced (< p).
//
// Two families, chosen by the modulus:
//  - "no-carry" kernels need p[3] < 2^63 - 1 (at least one spare bit, as for
//    BN254): every intermediate of CIOS then fits in four words plus one carry
//    word, so the top carry can be dropped (the trick gnark-crypto documents).
//  - "full" kernels work for every odd p < 2^256, including the secp256k1
//    moduli whose top bit is set, by carrying a fifth and sixth word.
// And two implementations of the no-carry kernel: portable C++ on unsigned
// __int128, and x86-64 inline assembly on mulx/adcx/adox (two independent
// carry chains). Both always exist under distinct names (the assembly one when
// the compiler targets BMI2+ADX), so one test binary checks both against GMP;
// the Field template picks one at build time (see field.hpp).
#include <cstdint>

#include "cpp/ff/limbs.hpp"

#if defined(__x86_64__) && defined(__BMI2__) && defined(__ADX__)
#define ZKEVM_FF_HAVE_ADX 1
#else
#define ZKEVM_FF_HAVE_ADX 0
#endif

namespace zkevm::ff::detail {

// True when the no-carry kernels are valid for p.
constexpr bool no_carry_modulus(const Limbs& p) { return p[3] < 0x7fffffffffffffffULL; }

// t - p if t >= p, else t, for t < 2p < 2^256. Scalar code on purpose: a
// vectorised select costs store-forwarding stalls between GPR and vector
// accesses of the same limbs.
[[gnu::always_inline]] constexpr void subtract_if_geq(uint64_t& t0, uint64_t& t1, uint64_t& t2, uint64_t& t3,
                                                      uint64_t carry, const Limbs& p) {
  uint64_t borrow = 0;
  uint64_t d0 = subb(t0, p[0], borrow);
  uint64_t d1 = subb(t1, p[1], borrow);
  uint64_t d2 = subb(t2, p[2], borrow);
  uint64_t d3 = subb(t3, p[3], borrow);
  bool keep = borrow > carry;  // t < p exactly when the subtraction borrowed and no carry bit is set
  t0 = keep ? t0 : d0;
  t1 = keep ? t1 : d1;
  t2 = keep ? t2 : d2;
  t3 = keep ? t3 : d3;
}

[[gnu::always_inline]] inline void subtract_if_geq(Limbs& t, const Limbs& p) {
  uint64_t t0 = t[0], t1 = t[1], t2 = t[2], t3 = t[3];
  subtract_if_geq(t0, t1, t2, t3, 0, p);
  t = {t0, t1, t2, t3};
}

// Same, for carry * 2^256 + t < 2p with a carry bit (moduli with the top bit set).
[[gnu::always_inline]] inline void subtract_if_geq_with_carry(Limbs& t, uint64_t carry, const Limbs& p) {
  uint64_t t0 = t[0], t1 = t[1], t2 = t[2], t3 = t[3];
  subtract_if_geq(t0, t1, t2, t3, carry, p);
  t = {t0, t1, t2, t3};
}

// (a + b) mod p and (a - b) mod p for a, b < p, any odd p < 2^256.
// On x86-64: straight-line add/adc, sub/sbb and cmov in registers (GCC turns
// the portable form into stack round trips and a branch).
[[gnu::always_inline]] inline void add_mod(Limbs& out, const Limbs& a, const Limbs& b, const Limbs& p) {
#if defined(__x86_64__)
  uint64_t t0 = a[0], t1 = a[1], t2 = a[2], t3 = a[3], d0, d1, d2, d3, carry = 0;
  asm("addq %[b0], %[t0]\n\t"
      "adcq %[b1], %[t1]\n\t"
      "adcq %[b2], %[t2]\n\t"
      "adcq %[b3], %[t3]\n\t"
      "adcq $0, %[c]\n\t"
      "movq %[t0], %[d0]\n\t"
      "movq %[t1], %[d1]\n\t"
      "movq %[t2], %[d2]\n\t"
      "movq %[t3], %[d3]\n\t"
      "subq %[p0], %[d0]\n\t"
      "sbbq %[p1], %[d1]\n\t"
      "sbbq %[p2], %[d2]\n\t"
      "sbbq %[p3], %[d3]\n\t"
      "sbbq $0, %[c]\n\t"  // borrow out of the 257-bit value: keep the sum
      "cmovncq %[d0], %[t0]\n\t"
      "cmovncq %[d1], %[t1]\n\t"
      "cmovncq %[d2], %[t2]\n\t"
      "cmovncq %[d3], %[t3]\n\t"
      : [t0] "+&r"(t0), [t1] "+&r"(t1), [t2] "+&r"(t2), [t3] "+&r"(t3), [c] "+&r"(carry),
        [d0] "=&r"(d0), [d1] "=&r"(d1), [d2] "=&r"(d2), [d3] "=&r"(d3)
      : [b0] "m"(b[0]), [b1] "m"(b[1]), [b2] "m"(b[2]), [b3] "m"(b[3]),
        [p0] "m"(p[0]), [p1] "m"(p[1]), [p2] "m"(p[2]), [p3] "m"(p[3])
      : "cc");
  out = {t0, t1, t2, t3};
#else
  uint64_t carry = 0;
  Limbs s = add(a, b, carry);
  uint64_t t0 = s[0], t1 = s[1], t2 = s[2], t3 = s[3];
  subtract_if_geq(t0, t1, t2, t3, carry, p);
  out = {t0, t1, t2, t3};
#endif
}

[[gnu::always_inline]] inline void sub_mod(Limbs& out, const Limbs& a, const Limbs& b, const Limbs& p) {
#if defined(__x86_64__)
  uint64_t t0 = a[0], t1 = a[1], t2 = a[2], t3 = a[3], u0, u1, u2, u3, mask;
  asm("subq %[b0], %[t0]\n\t"
      "sbbq %[b1], %[t1]\n\t"
      "sbbq %[b2], %[t2]\n\t"
      "sbbq %[b3], %[t3]\n\t"
      "sbbq %[m], %[m]\n\t"  // all ones when a < b: add p back
      "movq %[p0], %[u0]\n\t"
      "movq %[p1], %[u1]\n\t"
      "movq %[p2], %[u2]\n\t"
      "movq %[p3], %[u3]\n\t"
      "andq %[m], %[u0]\n\t"
      "andq %[m], %[u1]\n\t"
      "andq %[m], %[u2]\n\t"
      "andq %[m], %[u3]\n\t"
      "addq %[u0], %[t0]\n\t"
      "adcq %[u1], %[t1]\n\t"
      "adcq %[u2], %[t2]\n\t"
      "adcq %[u3], %[t3]\n\t"
      : [t0] "+&r"(t0), [t1] "+&r"(t1), [t2] "+&r"(t2), [t3] "+&r"(t3),
        [u0] "=&r"(u0), [u1] "=&r"(u1), [u2] "=&r"(u2), [u3] "=&r"(u3), [m] "=&r"(mask)
      : [b0] "m"(b[0]), [b1] "m"(b[1]), [b2] "m"(b[2]), [b3] "m"(b[3]),
        [p0] "m"(p[0]), [p1] "m"(p[1]), [p2] "m"(p[2]), [p3] "m"(p[3])
      : "cc");
  out = {t0, t1, t2, t3};
#else
  uint64_t borrow = 0;
  Limbs d = sub(a, b, borrow);
  uint64_t mask = 0 - borrow, carry = 0;
  for (int i = 0; i < 4; ++i) d[i] = addc(d[i], p[i] & mask, carry);
  out = d;
#endif
}

// CIOS Montgomery multiplication without the top carry word; requires no_carry_modulus(p).
[[gnu::always_inline]] inline void mont_mul_portable(Limbs& out, const Limbs& a, const Limbs& b,
                                                     const Limbs& p, uint64_t inv) {
  uint64_t t0 = 0, t1 = 0, t2 = 0, t3 = 0;
  for (int i = 0; i < 4; ++i) {
    uint64_t bi = b[i];
    u128 acc = static_cast<u128>(a[0]) * bi + t0;
    uint64_t A = static_cast<uint64_t>(acc >> 64);
    uint64_t lo = static_cast<uint64_t>(acc);
    uint64_t m = lo * inv;
    acc = static_cast<u128>(m) * p[0] + lo;
    uint64_t C = static_cast<uint64_t>(acc >> 64);

    acc = static_cast<u128>(a[1]) * bi + t1 + A;
    A = static_cast<uint64_t>(acc >> 64);
    acc = static_cast<u128>(m) * p[1] + static_cast<uint64_t>(acc) + C;
    C = static_cast<uint64_t>(acc >> 64);
    t0 = static_cast<uint64_t>(acc);

    acc = static_cast<u128>(a[2]) * bi + t2 + A;
    A = static_cast<uint64_t>(acc >> 64);
    acc = static_cast<u128>(m) * p[2] + static_cast<uint64_t>(acc) + C;
    C = static_cast<uint64_t>(acc >> 64);
    t1 = static_cast<uint64_t>(acc);

    acc = static_cast<u128>(a[3]) * bi + t3 + A;
    A = static_cast<uint64_t>(acc >> 64);
    acc = static_cast<u128>(m) * p[3] + static_cast<uint64_t>(acc) + C;
    C = static_cast<uint64_t>(acc >> 64);
    t2 = static_cast<uint64_t>(acc);

    t3 = C + A;  // cannot overflow when no_carry_modulus(p)
  }
  subtract_if_geq(t0, t1, t2, t3, 0, p);
  out = {t0, t1, t2, t3};
}

// CIOS Montgomery multiplication for any odd p < 2^256 (carries kept in t4, t5).
// Also usable at compile time (Field derives constants such as roots of unity with it).
[[gnu::always_inline]] constexpr void mont_mul_portable_full(Limbs& out, const Limbs& a, const Limbs& b,
                                                             const Limbs& p, uint64_t inv) {
  uint64_t t[6] = {0, 0, 0, 0, 0, 0};
  for (int i = 0; i < 4; ++i) {
    uint64_t carry = 0;
    for (int j = 0; j < 4; ++j) t[j] = mac(t[j], a[j], b[i], carry);
    uint64_t c2 = 0;
    t[4] = addc(t[4], carry, c2);
    t[5] = c2;
    uint64_t m = t[0] * inv;
    carry = 0;
    mac(t[0], m, p[0], carry);
    for (int j = 1; j < 4; ++j) t[j - 1] = mac(t[j], m, p[j], carry);
    c2 = 0;
    t[3] = addc(t[4], carry, c2);
    t[4] = t[5] + c2;
  }
  subtract_if_geq(t[0], t[1], t[2], t[3], t[4], p);
  out = {t[0], t[1], t[2], t[3]};
}

// Copies of a field's modulus and -p^-1 mod 2^64 with hidden visibility, so
// that position-independent code addresses them RIP-relative.
template <class Params>
struct [[gnu::visibility("hidden")]] KernelConstants {
  static constexpr Limbs modulus = Params::modulus;
  static constexpr uint64_t inv = neg_inverse_mod_2_64(Params::modulus[0]);
};

#if ZKEVM_FF_HAVE_ADX
// One CIOS row on registers T0..T4 (T4 is zero on entry): t += a * b[i], then
// add m * p with m = t0 * inv so that t0 becomes zero; the caller renames
// registers instead of shifting. lo chains through OF (adox), hi through CF
// (adcx), so the two carry chains run in parallel. a[0] and a[1] sit in
// registers so a chain of multiplications does not wait on a store and reload
// before its first row; every other limb is its own "m" operand (reading
// through a separately passed pointer is wrong: GCC may keep the object's
// current value in registers or a copy). p and inv are "m" operands too: pass
// KernelConstants<Params> so they are RIP-relative, since through the GOT
// under -fPIC each would need a register and allocation can fail.
#define ZKEVM_FF_ADX_ROW(BI, T0, T1, T2, T3, T4)  \
  "movq " BI ", %%rdx\n\t"                       \
  "xorl %k[lo], %k[lo]\n\t"                      \
  "mulxq %[a0], %[lo], %[hi]\n\t"                \
  "adoxq %[lo], %[" T0 "]\n\t"                   \
  "adcxq %[hi], %[" T1 "]\n\t"                   \
  "mulxq %[a1], %[lo], %[hi]\n\t"                \
  "adoxq %[lo], %[" T1 "]\n\t"                   \
  "adcxq %[hi], %[" T2 "]\n\t"                   \
  "mulxq %[a2], %[lo], %[hi]\n\t"                \
  "adoxq %[lo], %[" T2 "]\n\t"                   \
  "adcxq %[hi], %[" T3 "]\n\t"                   \
  "mulxq %[a3], %[lo], %[hi]\n\t"                \
  "adoxq %[lo], %[" T3 "]\n\t"                   \
  "adcxq %[hi], %[" T4 "]\n\t"                   \
  "movl $0, %k[lo]\n\t"                          \
  "adoxq %[lo], %[" T4 "]\n\t"                   \
  "movq %[" T0 "], %%rdx\n\t"                    \
  "imulq %[inv], %%rdx\n\t"                      \
  "xorl %k[lo], %k[lo]\n\t"                      \
  "mulxq %[p0], %[lo], %[hi]\n\t"                \
  "adoxq %[lo], %[" T0 "]\n\t"                   \
  "adcxq %[hi], %[" T1 "]\n\t"                   \
  "mulxq %[p1], %[lo], %[hi]\n\t"                \
  "adoxq %[lo], %[" T1 "]\n\t"                   \
  "adcxq %[hi], %[" T2 "]\n\t"                   \
  "mulxq %[p2], %[lo], %[hi]\n\t"                \
  "adoxq %[lo], %[" T2 "]\n\t"                   \
  "adcxq %[hi], %[" T3 "]\n\t"                   \
  "mulxq %[p3], %[lo], %[hi]\n\t"                \
  "adoxq %[lo], %[" T3 "]\n\t"                   \
  "adcxq %[hi], %[" T4 "]\n\t"                   \
  "adoxq %[" T0 "], %[" T4 "]\n\t"

// CIOS Montgomery multiplication in mulx/adcx/adox assembly; requires p < 2^255
// (implied by no_carry_modulus(p)): then t < 2p fits in four words between rows
// and t + a*b[i] + m*p < 2^65 p < 2^320 fits in five, so no carry is lost.
[[gnu::always_inline]] inline void mont_mul_adx_body(Limbs& out, const Limbs& a, const Limbs& b,
                                                     const Limbs& p, const uint64_t& inv) {
  uint64_t r0 = 0, r1 = 0, r2 = 0, r3 = 0, r4 = 0, lo, hi;
  asm(ZKEVM_FF_ADX_ROW("%[b0]", "r0", "r1", "r2", "r3", "r4")
      ZKEVM_FF_ADX_ROW("%[b1]", "r1", "r2", "r3", "r4", "r0")
      ZKEVM_FF_ADX_ROW("%[b2]", "r2", "r3", "r4", "r0", "r1")
      ZKEVM_FF_ADX_ROW("%[b3]", "r3", "r4", "r0", "r1", "r2")
      // t = (r4, r0, r1, r2) < 2p: subtract p into (lo, hi, rdx, r3), keep the difference when no borrow.
      "movq %[r4], %[lo]\n\t"
      "movq %[r0], %[hi]\n\t"
      "movq %[r1], %%rdx\n\t"
      "movq %[r2], %[r3]\n\t"
      "subq %[p0], %[lo]\n\t"
      "sbbq %[p1], %[hi]\n\t"
      "sbbq %[p2], %%rdx\n\t"
      "sbbq %[p3], %[r3]\n\t"
      "cmovncq %[lo], %[r4]\n\t"
      "cmovncq %[hi], %[r0]\n\t"
      "cmovncq %%rdx, %[r1]\n\t"
      "cmovncq %[r3], %[r2]\n\t"
      : [r0] "+&r"(r0), [r1] "+&r"(r1), [r2] "+&r"(r2), [r3] "+&r"(r3), [r4] "+&r"(r4),
        [lo] "=&r"(lo), [hi] "=&r"(hi)
      : [a0] "r"(a[0]), [a1] "r"(a[1]), [a2] "m"(a[2]), [a3] "m"(a[3]),
        [b0] "m"(b[0]), [b1] "m"(b[1]), [b2] "m"(b[2]), [b3] "m"(b[3]),
        [p0] "m"(p[0]), [p1] "m"(p[1]), [p2] "m"(p[2]), [p3] "m"(p[3]), [inv] "m"(inv)
      : "rdx", "cc");
  out = {r4, r0, r1, r2};
}

// The assembly is only ever inlined into these two small out-of-line
// functions: there its operands are simple pointer offsets, whereas inlined
// into large callers GCC can fail to allocate registers for it ("impossible
// constraints"). The call costs a few cycles.

// mont_mul_adx_body for any spare-bit modulus p (tests and generic callers).
[[gnu::noinline]] inline void mont_mul_adx(Limbs& out, const Limbs& a, const Limbs& b, const Limbs& p,
                                           const uint64_t& inv) {
  mont_mul_adx_body(out, a, b, p, inv);
}

// mont_mul_adx_body for the field given by Params, with its constants addressed directly.
template <class Params>
[[gnu::noinline]] void mont_mul_adx_for(Limbs& out, const Limbs& a, const Limbs& b) {
  mont_mul_adx_body(out, a, b, KernelConstants<Params>::modulus, KernelConstants<Params>::inv);
}
#undef ZKEVM_FF_ADX_ROW
#endif

}  // namespace zkevm::ff::detail
