// pairwise.cpp — the pairwise "closeness" matrix of two 3-D point sets.
#include <cmath>

#include "native/kernels.hpp"

namespace gilpy::native {

void pairwise(const double* p, int64_t np, const double* q, int64_t nq, double* out,
              int64_t start, int64_t stop) {
  (void)np;
  for (int64_t i = start; i < stop; i++) {
    double px = p[3 * i], py = p[3 * i + 1], pz = p[3 * i + 2];
    double* row = out + i * nq;
    for (int64_t j = 0; j < nq; j++) {
      double dx = px - q[3 * j], dy = py - q[3 * j + 1], dz = pz - q[3 * j + 2];
      row[j] = 1.0 / (1.0 + std::sqrt(dx * dx + dy * dy + dz * dz));
    }
  }
}

}  // namespace gilpy::native
