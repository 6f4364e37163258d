// reduce.cpp — sum, min, max and dot over typed spans.
//
// Float reductions run strictly left to right so the result is the one the
// builtins give for the same array (no reassociation: the benchmark compares
// with the plain loop, and equal answers matter more than a few percent).
// Integer reductions are exact: narrow types accumulate in int64 over chunks
// that cannot overflow, 64-bit types in __int128.
#include <type_traits>

#include "native/kernels.hpp"

namespace gilpy::native {

bool elem_from_typecode(char tc, Elem* out) {
  switch (tc) {
    case 'b': *out = Elem::I8; return true;
    case 'B': *out = Elem::U8; return true;
    case 'h': *out = Elem::I16; return true;
    case 'H': *out = Elem::U16; return true;
    case 'i': *out = Elem::I32; return true;
    case 'I': *out = Elem::U32; return true;
    case 'l': case 'q': *out = Elem::I64; return true;
    case 'L': case 'Q': *out = Elem::U64; return true;
    case 'f': *out = Elem::F32; return true;
    case 'd': *out = Elem::F64; return true;
    default: return false;
  }
}

namespace {

Number from_double(double d) {
  Number r;
  r.d = d;
  return r;
}
Number from_int(__int128 i) {
  Number r;
  r.is_int = true;
  r.i = i;
  return r;
}

template <class T>
Number sum_of(const T* a, int64_t n) {
  if constexpr (std::is_floating_point_v<T>) {
    double s = 0.0;
    for (int64_t i = 0; i < n; i++) s += double(a[i]);
    return from_double(s);
  } else if constexpr (sizeof(T) <= 4) {
    // |item| < 2**32, so 2**24 items fit an int64 partial sum.
    __int128 total = 0;
    for (int64_t lo = 0; lo < n; lo += (int64_t(1) << 24)) {
      int64_t hi = n - lo < (int64_t(1) << 24) ? n : lo + (int64_t(1) << 24);
      int64_t s = 0;
      for (int64_t i = lo; i < hi; i++) s += int64_t(a[i]);
      total += s;
    }
    return from_int(total);
  } else {
    __int128 s = 0;
    for (int64_t i = 0; i < n; i++) s += a[i];
    return from_int(s);
  }
}

// `better(x, best)` is x < best for min, x > best for max: the builtins' rule.
template <bool IsMin, class T>
Number extreme_of(const T* a, int64_t n) {
  T best = a[0];
  for (int64_t i = 1; i < n; i++) {
    T x = a[i];
    if (IsMin ? x < best : x > best) best = x;
  }
  if constexpr (std::is_floating_point_v<T>) return from_double(double(best));
  else return from_int(best);
}

template <class T>
Number dot_of(const T* a, const T* b, int64_t n) {
  if constexpr (std::is_floating_point_v<T>) {
    double s = 0.0;
    for (int64_t i = 0; i < n; i++) s += double(a[i]) * double(b[i]);
    return from_double(s);
  } else if constexpr (sizeof(T) <= 4) {
    // Each product is below 2**64 in magnitude: the 128-bit sum cannot overflow.
    __int128 s = 0;
    for (int64_t i = 0; i < n; i++) s += __int128(a[i]) * __int128(b[i]);
    return from_int(s);
  } else {
    Number r = from_int(0);
    for (int64_t i = 0; i < n; i++) {
      __int128 p;
      if (__builtin_mul_overflow(__int128(a[i]), __int128(b[i]), &p) ||
          __builtin_add_overflow(r.i, p, &r.i)) {
        r.overflow = true;
        return r;
      }
    }
    return r;
  }
}

}  // namespace

Number sum(const Span& a) {
  return visit_elem(a.type, a.data, [&](auto* p) { return sum_of(p, a.n); });
}

Number min(const Span& a) {
  return visit_elem(a.type, a.data, [&](auto* p) { return extreme_of<true>(p, a.n); });
}

Number max(const Span& a) {
  return visit_elem(a.type, a.data, [&](auto* p) { return extreme_of<false>(p, a.n); });
}

Number dot(const Span& a, const Span& b) {
  return visit_elem(a.type, a.data, [&](auto* p) {
    return dot_of(p, static_cast<decltype(p)>(b.data), a.n);
  });
}

}  // namespace gilpy::native
