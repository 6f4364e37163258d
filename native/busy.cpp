// busy.cpp — kernels that only burn CPU: countdown and spin (for demos of
// threads running in parallel once the GIL is released).
#include <chrono>

#include "native/kernels.hpp"

namespace gilpy::native {

int64_t countdown(int64_t n) {
  while (n > 0) {
    n--;
    // An empty asm that "may change" n: the optimiser cannot fold the loop
    // into n = 0, so each iteration really runs.
    asm volatile("" : "+r"(n));
  }
  return n;
}

void spin(double seconds) {
  using clock = std::chrono::steady_clock;
  auto deadline = clock::now() + std::chrono::duration_cast<clock::duration>(
                                     std::chrono::duration<double>(seconds));
  while (clock::now() < deadline) {
  }
}

}  // namespace gilpy::native
