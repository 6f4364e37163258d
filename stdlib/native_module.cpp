// native_module.cpp — the `native` module: numeric kernels (native/) that run
// with the GIL released, so Python threads calling them run in parallel.
//
// Each function checks and converts its arguments with the GIL held, keeps
// the argument buffers exported (resizing them raises BufferError meanwhile),
// runs the kernel without the lock (unless release_gil=False), and builds the
// result with the lock held again. native.evaluate lives in
// native_evaluate.cpp.
#include <cmath>
#include <cstring>
#include <random>
#include <string>

#include "native/kernels.hpp"
#include "native/thread_pool.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"
#include "stdlib/array.hpp"
#include "stdlib/native_impl.hpp"

namespace gilpy {

// native_evaluate.cpp
Ref native_evaluate(Value, const Value* args, size_t nargs, Tuple* kw);

namespace native_mod {

// ------------------------------------------------------------ helpers
void check_positional(const char* fname, size_t nargs, size_t max) {
  if (nargs > max)
    type_error(std::string(fname) + "() takes at most " + std::to_string(max) + " positional argument" +
               (max == 1 ? "" : "s") + " (" + std::to_string(nargs) + " given)");
}

bool flag_arg(Value v, bool dflt) { return v.is_null() ? dflt : truthy(v); }

native::Span numeric_span(const char* fname, const char* arg, Value v, BufferGuard& guard, char* typecode) {
  TypedBuffer b;
  if (!guard.acquire(v, &b))
    type_error(std::string(fname) + "() argument '" + arg +
               "' must be an array.array or a shared array, not " + type_name(v));
  native::Span s;
  if (!native::elem_from_typecode(b.typecode, &s.type)) {
    guard.reset();
    type_error(std::string(fname) + "() argument '" + arg + "' must have a numeric typecode, not '" +
               std::string(1, b.typecode) + "'");
  }
  s.data = b.data;
  s.n = b.length;
  if (typecode) *typecode = b.typecode;
  return s;
}

double* double_span(const char* fname, const char* arg, Value v, BufferGuard& guard, int64_t* n) {
  char tc;
  native::Span s = numeric_span(fname, arg, v, guard, &tc);
  if (s.type != native::Elem::F64) {
    guard.reset();
    type_error(std::string(fname) + "() argument '" + arg + "' must be an array of typecode 'd', not '" +
               std::string(1, tc) + "'");
  }
  *n = s.n;
  return static_cast<double*>(s.data);
}

Ref number_value(const native::Number& r) {
  if (!r.is_int) return Ref::steal(Value::from_double(r.d));
  if (r.i >= INT64_MIN && r.i <= INT64_MAX) return int_from_i64(int64_t(r.i));
  unsigned __int128 mag = r.i < 0 ? -(unsigned __int128)r.i : (unsigned __int128)r.i;
  uint32_t words[4];
  for (int k = 0; k < 4; k++) words[k] = uint32_t(mag >> (32 * k));
  Ref v = int_from_words(words, 4);
  return r.i < 0 ? int_unary(0, v.get()) : std::move(v);
}

int64_t int_arg(const char* fname, const char* arg, Value v) {
  if (!is_int(v))
    type_error(std::string(fname) + "() argument '" + arg + "' must be int, not " + type_name(v));
  return int_as_i64(v);
}

double real_arg(const char* fname, const char* arg, Value v) {
  if (!is_int(v) && !isinstance_of(v, &FloatType))
    type_error(std::string(fname) + "() argument '" + arg + "' must be a real number, not " + type_name(v));
  return to_double(v);
}

uint64_t seed_arg(const char* fname, Value v) {
  if (v.is_null() || v.is_none()) {
    std::random_device rd;
    return (uint64_t(rd()) << 32) ^ rd();
  }
  if (!is_int(v)) type_error(std::string(fname) + "() argument 'seed' must be int or None, not " + type_name(v));
  if (int_fits_i64(v)) return uint64_t(int_as_i64(v));
  Ref mask = int_from_u64(~uint64_t(0));
  Ref low = binary_op(BinOp::And, v, mask.get());
  std::string bytes = int_to_bytes(int_value(low.get()), 8, true, false);
  uint64_t s;
  std::memcpy(&s, bytes.data(), 8);
  return s;
}

// ------------------------------------------------------------ reductions
using native::Span;

// sum(a, *, release_gil=True)
Ref n_sum(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_positional("sum", nargs, 1);
  Value a[2];
  parse_args("sum", args, nargs, kw, {"a", "release_gil"}, 1, a);
  BufferGuard g;
  Span s = numeric_span("native.sum", "a", a[0], g);
  native::Number r;
  {
    GilRelease nogil(flag_arg(a[1], true));
    r = native::sum(s);
  }
  return number_value(r);
}

Ref extreme(const char* fname, bool is_min, const Value* args, size_t nargs, Tuple* kw) {
  check_positional(fname, nargs, 1);
  Value a[2];
  parse_args(fname, args, nargs, kw, {"a", "release_gil"}, 1, a);
  BufferGuard g;
  std::string qual = std::string("native.") + fname;
  Span s = numeric_span(qual.c_str(), "a", a[0], g);
  if (s.n == 0) value_error(qual + "() arg is an empty array");
  native::Number r;
  {
    GilRelease nogil(flag_arg(a[1], true));
    r = is_min ? native::min(s) : native::max(s);
  }
  return number_value(r);
}

// min(a, *, release_gil=True), max(...): NaN handling as the builtins
// (kernels.hpp); an empty array is a ValueError as for min([]).
Ref n_min(Value, const Value* args, size_t nargs, Tuple* kw) { return extreme("min", true, args, nargs, kw); }
Ref n_max(Value, const Value* args, size_t nargs, Tuple* kw) { return extreme("max", false, args, nargs, kw); }

// dot(a, b, *, release_gil=True): same element type, same length.
Ref n_dot(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_positional("dot", nargs, 2);
  Value a[3];
  parse_args("dot", args, nargs, kw, {"a", "b", "release_gil"}, 2, a);
  BufferGuard ga, gb;
  char ta, tb;
  Span sa = numeric_span("native.dot", "a", a[0], ga, &ta);
  Span sb = numeric_span("native.dot", "b", a[1], gb, &tb);
  if (sa.type != sb.type)
    type_error("native.dot() needs arrays of the same typecode, not '" + std::string(1, ta) + "' and '" +
               std::string(1, tb) + "'");
  if (sa.n != sb.n)
    value_error("native.dot() arrays have different lengths (" + std::to_string(sa.n) + " and " +
                std::to_string(sb.n) + ")");
  native::Number r;
  {
    GilRelease nogil(flag_arg(a[2], true));
    r = native::dot(sa, sb);
  }
  if (r.overflow) overflow_error("native.dot() result does not fit in 128 bits");
  return number_value(r);
}

// ------------------------------------------------------------ in place
// sort(a, *, release_gil=True): ascending, in place; NaNs last.
Ref n_sort(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_positional("sort", nargs, 1);
  Value a[2];
  parse_args("sort", args, nargs, kw, {"a", "release_gil"}, 1, a);
  BufferGuard g;
  Span s = numeric_span("native.sort", "a", a[0], g);
  {
    GilRelease nogil(flag_arg(a[1], true));
    native::sort(s);
  }
  return Ref::none();
}

// fill_uniform(a, lo, hi, seed=None, *, release_gil=True): a is 'd' or 'f'.
Ref n_fill_uniform(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_positional("fill_uniform", nargs, 4);
  Value a[5];
  parse_args("fill_uniform", args, nargs, kw, {"a", "lo", "hi", "seed", "release_gil"}, 3, a);
  BufferGuard g;
  char tc;
  Span s = numeric_span("native.fill_uniform", "a", a[0], g, &tc);
  if (!native::elem_is_float(s.type))
    type_error("native.fill_uniform() argument 'a' must be an array of typecode 'd' or 'f', not '" +
               std::string(1, tc) + "'");
  double lo = real_arg("native.fill_uniform", "lo", a[1]);
  double hi = real_arg("native.fill_uniform", "hi", a[2]);
  uint64_t seed = seed_arg("native.fill_uniform", a[3]);
  {
    GilRelease nogil(flag_arg(a[4], true));
    if (s.type == native::Elem::F64) native::fill_uniform(static_cast<double*>(s.data), s.n, lo, hi, seed);
    else native::fill_uniform_f32(static_cast<float*>(s.data), s.n, lo, hi, seed);
  }
  return Ref::none();
}

// arange(stop) or arange(start, stop, step=1.0) -> array('d'), as numpy's:
// ceil((stop - start) / step) items start + i*step.
Ref n_arange(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_positional("arange", nargs, 3);
  Value a[4];
  parse_args("arange", args, nargs, kw, {"start", "stop", "step", "release_gil"}, 1, a);
  double start = 0, stop, step = 1;
  if (a[1].is_null()) {
    stop = real_arg("native.arange", "stop", a[0]);
  } else {
    start = real_arg("native.arange", "start", a[0]);
    stop = real_arg("native.arange", "stop", a[1]);
    if (!a[2].is_null()) step = real_arg("native.arange", "step", a[2]);
  }
  if (step == 0) value_error("native.arange() step must not be zero");
  double count = std::ceil((stop - start) / step);
  if (std::isnan(count)) value_error("native.arange() bounds must be finite numbers");
  if (count > 1e15) overflow_error("native.arange() would create too many items");
  int64_t n = count > 0 ? int64_t(count) : 0;
  import_module("array");   // readies array.array
  Ref out = array_new_uninit('d', n);
  BufferGuard g;
  int64_t len;
  double* data = double_span("native.arange", "out", out.get(), g, &len);
  {
    GilRelease nogil(flag_arg(a[3], true));
    native::arange(data, len, start, step);
  }
  return out;
}

// ------------------------------------------------------------ demos
// calc_pi(n, seed=None, *, release_gil=True) -> float
Ref n_calc_pi(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_positional("calc_pi", nargs, 2);
  Value a[3];
  parse_args("calc_pi", args, nargs, kw, {"n", "seed", "release_gil"}, 1, a);
  int64_t n = int_arg("native.calc_pi", "n", a[0]);
  if (n <= 0) value_error("native.calc_pi() argument 'n' must be positive");
  uint64_t seed = seed_arg("native.calc_pi", a[1]);
  double pi;
  {
    GilRelease nogil(flag_arg(a[2], true));
    pi = native::calc_pi(n, seed);
  }
  return Ref::steal(Value::from_double(pi));
}

// countdown(n, *, release_gil=True) -> 0 (n itself when n < 0)
Ref n_countdown(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_positional("countdown", nargs, 1);
  Value a[2];
  parse_args("countdown", args, nargs, kw, {"n", "release_gil"}, 1, a);
  int64_t n = int_arg("native.countdown", "n", a[0]);
  {
    GilRelease nogil(flag_arg(a[1], true));
    n = native::countdown(n);
  }
  return int_from_i64(n);
}

// spin(seconds, *, release_gil=True): busy-waits.
Ref n_spin(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_positional("spin", nargs, 1);
  Value a[2];
  parse_args("spin", args, nargs, kw, {"seconds", "release_gil"}, 1, a);
  double secs = real_arg("native.spin", "seconds", a[0]);
  if (!(secs >= 0)) value_error("native.spin() argument 'seconds' must be non-negative");
  if (secs > 1e9) overflow_error("native.spin() argument 'seconds' is too large");
  {
    GilRelease nogil(flag_arg(a[1], true));
    native::spin(secs);
  }
  return Ref::none();
}

// pairwise(p, q, out, start, stop, *, release_gil=True): rows start..stop-1
// of out[i*nq + j] = 1 / (1 + |p_i - q_j|), points stored flat as x y z.
Ref n_pairwise(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_positional("pairwise", nargs, 5);
  Value a[6];
  parse_args("pairwise", args, nargs, kw, {"p", "q", "out", "start", "stop", "release_gil"}, 5, a);
  const char* fn = "native.pairwise";
  BufferGuard gp, gq, go;
  int64_t lp, lq, lo;
  const double* p = double_span(fn, "p", a[0], gp, &lp);
  const double* q = double_span(fn, "q", a[1], gq, &lq);
  double* out = double_span(fn, "out", a[2], go, &lo);
  if (lp % 3 || lq % 3)
    value_error(std::string(fn) + "() point arrays hold x, y, z triples: their lengths must be multiples of 3 (got " +
                std::to_string(lp) + " and " + std::to_string(lq) + ")");
  int64_t np = lp / 3, nq = lq / 3;
  if (nq != 0 && np > INT64_MAX / nq) overflow_error(std::string(fn) + "() result too large");
  if (lo != np * nq)
    value_error(std::string(fn) + "() argument 'out' must have len(p)/3 * len(q)/3 = " + std::to_string(np * nq) +
                " items, not " + std::to_string(lo));
  int64_t start = int_arg(fn, "start", a[3]), stop = int_arg(fn, "stop", a[4]);
  if (start < 0 || stop < start || stop > np)
    value_error(std::string(fn) + "() needs 0 <= start <= stop <= " + std::to_string(np) + " (got start=" +
                std::to_string(start) + ", stop=" + std::to_string(stop) + ")");
  {
    GilRelease nogil(flag_arg(a[5], true));
    native::pairwise(p, np, q, nq, out, start, stop);
  }
  return Ref::none();
}

// cpu_count(): the default number of threads of evaluate().
Ref n_cpu_count(Value, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("cpu_count", nargs, kw, 0, 0);
  return int_from_i64(native::cpu_count());
}

const MethodDef kFunctions[] = {
    {"sum", n_sum, kMethNoGil, "sum(a, *, release_gil=True): sum of a numeric array (exact for integers)"},
    {"min", n_min, kMethNoGil, "min(a, *, release_gil=True): smallest item (NaN rules of builtins.min)"},
    {"max", n_max, kMethNoGil, "max(a, *, release_gil=True): largest item (NaN rules of builtins.max)"},
    {"dot", n_dot, kMethNoGil, "dot(a, b, *, release_gil=True): sum of a[i]*b[i]"},
    {"sort", n_sort, kMethNoGil, "sort(a, *, release_gil=True): sort a numeric array in place (NaNs last)"},
    {"fill_uniform", n_fill_uniform, kMethNoGil,
     "fill_uniform(a, lo, hi, seed=None, *, release_gil=True): uniform numbers in [lo, hi)"},
    {"arange", n_arange, kMethNoGil, "arange([start,] stop[, step], *, release_gil=True) -> array('d')"},
    {"calc_pi", n_calc_pi, kMethNoGil, "calc_pi(n, seed=None, *, release_gil=True): Monte Carlo estimate of pi"},
    {"countdown", n_countdown, kMethNoGil, "countdown(n, *, release_gil=True): busy loop of n steps"},
    {"spin", n_spin, kMethNoGil, "spin(seconds, *, release_gil=True): busy-wait"},
    {"pairwise", n_pairwise, kMethNoGil,
     "pairwise(p, q, out, start, stop, *, release_gil=True): rows of 1/(1+|p_i-q_j|)"},
    {"evaluate", native_evaluate, kMethNoGil,
     "evaluate(ex, local_dict=None, *, out=None, threads=None, release_gil=True): vector expression"},
    {"cpu_count", n_cpu_count},
    {nullptr, nullptr},
};

void init_native(Value module) {
  import_module("array");   // array.array registers its buffer provider
  module_add_functions(module, kFunctions);
}

GILPY_MODULE("native", init_native);

}  // namespace native_mod

}  // namespace gilpy
