// kernels.hpp — GIL-free numeric kernels on raw C++ data.
//
// Everything declared here runs on plain pointers and numbers: no Python
// object, no runtime header, no exception other than std::bad_alloc. The
// `native` module (stdlib/native_module.cpp) checks and converts arguments
// while holding the GIL, then calls these with the GIL released, so threads
// calling them really run in parallel.
//
// Element types are the numeric typecodes of array.array; a Span is a typed
// view of a contiguous buffer.
#pragma once
#include <cstdint>

namespace gilpy::native {

enum class Elem : uint8_t { I8, U8, I16, U16, I32, U32, I64, U64, F32, F64 };

// The element type of an array typecode; false for 'u' and unknown codes.
bool elem_from_typecode(char tc, Elem* out);
inline bool elem_is_float(Elem e) { return e == Elem::F32 || e == Elem::F64; }
inline bool elem_is_unsigned(Elem e) {
  return e == Elem::U8 || e == Elem::U16 || e == Elem::U32 || e == Elem::U64;
}

struct Span {
  Elem type;
  void* data;
  int64_t n;
};

// Calls f(T* data) with the span's data cast to its element type.
template <class F>
decltype(auto) visit_elem(Elem e, void* p, F&& f) {
  switch (e) {
    case Elem::I8: return f(static_cast<int8_t*>(p));
    case Elem::U8: return f(static_cast<uint8_t*>(p));
    case Elem::I16: return f(static_cast<int16_t*>(p));
    case Elem::U16: return f(static_cast<uint16_t*>(p));
    case Elem::I32: return f(static_cast<int32_t*>(p));
    case Elem::U32: return f(static_cast<uint32_t*>(p));
    case Elem::I64: return f(static_cast<int64_t*>(p));
    case Elem::U64: return f(static_cast<uint64_t*>(p));
    case Elem::F32: return f(static_cast<float*>(p));
    default: return f(static_cast<double*>(p));
  }
}

// A numeric result: an exact integer (integer spans) or a double.
struct Number {
  bool is_int = false;
  __int128 i = 0;
  double d = 0.0;
  bool overflow = false;   // an integer result left the 128-bit range
};

// ------------------------------------------------------------ reductions
// sum: floats add left to right in double precision (the same result as
// the builtin sum() over the array in Python 3.11); integers add exactly.
Number sum(const Span& a);
// min / max of a non-empty span with the builtins' rule: an item replaces the
// current best only if it compares strictly less (greater). So a NaN first
// item is the result, and later NaNs are never picked.
Number min(const Span& a);
Number max(const Span& a);
// Sum of products of two spans of the same element type and length; floats
// in double precision left to right, integers exactly.
Number dot(const Span& a, const Span& b);

// ------------------------------------------------------------ in place
// Ascending sort. Floats: NaNs go last (the other items ascending before
// them); -0.0 and 0.0 compare equal and keep no particular order.
void sort(const Span& a);
// a[i] = start + i * step, for a double span.
void arange(double* out, int64_t n, double start, double step);

// ------------------------------------------------------------ random
// Each call has its own generator (xoshiro256**, seeded through splitmix64),
// so calls in several threads share nothing. Uniform doubles in [lo, hi).
void fill_uniform(double* out, int64_t n, double lo, double hi, uint64_t seed);
void fill_uniform_f32(float* out, int64_t n, double lo, double hi, uint64_t seed);
// Monte Carlo estimate of pi from n random points in the unit square.
double calc_pi(int64_t n, uint64_t seed);

// ------------------------------------------------------------ busy work
// Decrements n to 0 in a loop the compiler cannot remove; returns 0.
int64_t countdown(int64_t n);
// Busy-waits (no sleeping) for `seconds` of wall-clock time.
void spin(double seconds);

// ------------------------------------------------------------ pairwise
// For 3-D points stored flat (x0 y0 z0 x1 ...): p has np points, q has nq,
// out holds np*nq doubles. Writes rows start..stop-1 of
// out[i*nq + j] = 1 / (1 + |p_i - q_j|).
void pairwise(const double* p, int64_t np, const double* q, int64_t nq, double* out,
              int64_t start, int64_t stop);

}  // namespace gilpy::native
