// random_kernels.cpp — per-call random generators: fill_uniform, calc_pi.
//
// Each call seeds its own xoshiro256** (Blackman & Vigna) from the seed via
// splitmix64, the seeding its authors recommend. The generator lives in
// registers for the whole loop, so threads share no state and the loop is as
// cheap as the plain C++ one. The sequence is not Python's `random`.
#include <cmath>

#include "native/kernels.hpp"

namespace gilpy::native {

namespace {

uint64_t splitmix64(uint64_t& x) {
  uint64_t z = (x += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

inline uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

struct Xoshiro256 {
  uint64_t s[4];
  explicit Xoshiro256(uint64_t seed) {
    for (uint64_t& w : s) w = splitmix64(seed);
  }
  uint64_t next() {
    uint64_t result = rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
  }
  // 53 random bits scaled into [0, 1).
  double uniform() { return double(next() >> 11) * 0x1.0p-53; }
};

}  // namespace

void fill_uniform(double* out, int64_t n, double lo, double hi, uint64_t seed) {
  Xoshiro256 g(seed);
  double width = hi - lo;
  for (int64_t i = 0; i < n; i++) out[i] = lo + width * g.uniform();
}

void fill_uniform_f32(float* out, int64_t n, double lo, double hi, uint64_t seed) {
  Xoshiro256 g(seed);
  double width = hi - lo;
  for (int64_t i = 0; i < n; i++) out[i] = float(lo + width * g.uniform());
}

double calc_pi(int64_t n, uint64_t seed) {
  Xoshiro256 g(seed);
  int64_t inside = 0;
  for (int64_t i = 0; i < n; i++) {
    double x = g.uniform(), y = g.uniform();
    inside += (x * x + y * y <= 1.0);
  }
  return 4.0 * double(inside) / double(n);
}

}  // namespace gilpy::native
