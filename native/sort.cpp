// sort.cpp — in-place ascending sort of a typed span.
//
// Integers: std::sort. Floats: NaNs are moved to the end first, so the rest
// is a strict weak order and std::sort's precondition holds (sorting with
// NaNs in place would be undefined behaviour, not just an odd order).
#include <algorithm>
#include <cmath>
#include <type_traits>

#include "native/kernels.hpp"

namespace gilpy::native {

namespace {

template <class T>
void sort_of(T* a, int64_t n) {
  if constexpr (std::is_floating_point_v<T>) {
    T* end = std::partition(a, a + n, [](T x) { return !std::isnan(x); });
    std::sort(a, end);
  } else {
    std::sort(a, a + n);
  }
}

}  // namespace

void sort(const Span& a) {
  visit_elem(a.type, a.data, [&](auto* p) { sort_of(p, a.n); });
}

void arange(double* out, int64_t n, double start, double step) {
  for (int64_t i = 0; i < n; i++) out[i] = start + double(i) * step;
}

}  // namespace gilpy::native
