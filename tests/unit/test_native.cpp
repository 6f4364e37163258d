// The GIL-free kernels of native/ (kernels.hpp, expr.hpp, thread_pool.hpp):
// plain C++ results, checked against straightforward loops.
#include <catch2/catch.hpp>
#include <atomic>
#include <cmath>
#include <limits>
#include <thread>
#include <vector>

#include "native/expr.hpp"
#include "native/kernels.hpp"
#include "native/thread_pool.hpp"

using namespace gilpy::native;
namespace ex = gilpy::native::expr;

static const double kNaN = std::numeric_limits<double>::quiet_NaN();

static Span span_of(std::vector<double>& v) { return {Elem::F64, v.data(), int64_t(v.size())}; }

TEST_CASE("typecodes map to element types", "[native]") {
  Elem e;
  CHECK((elem_from_typecode('d', &e) && e == Elem::F64));
  CHECK((elem_from_typecode('q', &e) && e == Elem::I64));
  CHECK((elem_from_typecode('l', &e) && e == Elem::I64));
  CHECK((elem_from_typecode('B', &e) && e == Elem::U8));
  CHECK_FALSE(elem_from_typecode('u', &e));
  CHECK_FALSE(elem_from_typecode('x', &e));
}

TEST_CASE("sum adds floats left to right and integers exactly", "[native]") {
  std::vector<double> d = {1e16, 1.0, -1e16, 0.5};
  double ref = 0;
  for (double x : d) ref += x;
  Number r = sum(span_of(d));
  CHECK_FALSE(r.is_int);
  CHECK(r.d == ref);
  std::vector<int64_t> big(4, INT64_MAX);
  r = sum({Elem::I64, big.data(), 4});
  CHECK(r.is_int);
  CHECK(r.i == __int128(INT64_MAX) * 4);
  std::vector<uint8_t> bytes(1000, 255);
  CHECK(sum({Elem::U8, bytes.data(), 1000}).i == 255000);
  std::vector<double> empty;
  CHECK(sum(span_of(empty)).d == 0.0);
  std::vector<double> nan = {1.0, kNaN};
  CHECK(std::isnan(sum(span_of(nan)).d));
}

TEST_CASE("min and max follow the builtins' NaN rule", "[native]") {
  std::vector<double> a = {3, -1, 7, 2};
  CHECK(min(span_of(a)).d == -1);
  CHECK(max(span_of(a)).d == 7);
  std::vector<double> first_nan = {kNaN, 1, 2};
  CHECK(std::isnan(min(span_of(first_nan)).d));
  std::vector<double> later_nan = {1, kNaN, 0};
  CHECK(min(span_of(later_nan)).d == 0);
  CHECK(max(span_of(later_nan)).d == 1);
  std::vector<int16_t> s = {-5, 9, -32768};
  CHECK(min({Elem::I16, s.data(), 3}).i == -32768);
  CHECK(max({Elem::I16, s.data(), 3}).i == 9);
  std::vector<uint64_t> u = {UINT64_MAX, 1};
  CHECK(max({Elem::U64, u.data(), 2}).i == __int128(UINT64_MAX));
}

TEST_CASE("dot products, with integer overflow reported", "[native]") {
  std::vector<double> a = {1, 2, 3}, b = {4, 5, 6};
  CHECK(dot(span_of(a), span_of(b)).d == 32);
  std::vector<uint32_t> u = {UINT32_MAX, UINT32_MAX};
  Number r = dot({Elem::U32, u.data(), 2}, {Elem::U32, u.data(), 2});
  CHECK(r.i == __int128(UINT32_MAX) * UINT32_MAX * 2);
  std::vector<uint64_t> h = {UINT64_MAX, UINT64_MAX};
  CHECK(dot({Elem::U64, h.data(), 2}, {Elem::U64, h.data(), 2}).overflow);
}

TEST_CASE("sort puts NaNs last", "[native]") {
  std::vector<double> a = {3, kNaN, -1, 2, kNaN, 0};
  sort(span_of(a));
  CHECK(a[0] == -1);
  CHECK(a[1] == 0);
  CHECK(a[2] == 2);
  CHECK(a[3] == 3);
  CHECK(std::isnan(a[4]));
  CHECK(std::isnan(a[5]));
  std::vector<int32_t> i = {5, -2, 9, 0};
  sort({Elem::I32, i.data(), 4});
  CHECK(i == std::vector<int32_t>{-2, 0, 5, 9});
}

TEST_CASE("random kernels are reproducible and in range", "[native]") {
  std::vector<double> a(10000), b(10000);
  fill_uniform(a.data(), 10000, -2, 3, 7);
  fill_uniform(b.data(), 10000, -2, 3, 7);
  CHECK(a == b);
  double lo = 1e9, hi = -1e9, mean = 0;
  for (double x : a) lo = std::min(lo, x), hi = std::max(hi, x), mean += x / 10000;
  CHECK(lo >= -2);
  CHECK(hi < 3);
  CHECK(std::fabs(mean - 0.5) < 0.1);
  CHECK(calc_pi(1000000, 1) == calc_pi(1000000, 1));
  CHECK(std::fabs(calc_pi(1000000, 1) - M_PI) < 0.01);
}

TEST_CASE("countdown, arange, pairwise", "[native]") {
  CHECK(countdown(1000) == 0);
  CHECK(countdown(-3) == -3);
  std::vector<double> r(4);
  arange(r.data(), 4, 1, 0.5);
  CHECK(r == std::vector<double>{1, 1.5, 2, 2.5});
  std::vector<double> p = {0, 0, 0, 1, 0, 0}, q = {0, 0, 0, 0, 3, 4};
  std::vector<double> out(4, -1);
  pairwise(p.data(), 2, q.data(), 2, out.data(), 1, 2);
  CHECK(out[0] == -1);   // row 0 untouched
  CHECK(out[2] == 0.5);  // |(1,0,0)| = 1
  CHECK(out[3] == Approx(1 / (1 + std::sqrt(1 + 9 + 16.0))));
}

// Compiles `src` with every name bound to an array and evaluates it.
static std::vector<double> eval(const char* src, std::vector<std::vector<double>*> arrays, int threads = 2) {
  ex::Ast ast = ex::parse(src);
  std::vector<ex::Binding> bind(ast.names.size(), ex::Binding{true, false, 0});
  ex::Program prog = ex::compile(ast, bind);
  std::vector<ex::EvalInput> in;
  for (auto* a : arrays) in.push_back({Elem::F64, a->data()});
  int64_t n = int64_t(arrays[0]->size());
  std::vector<double> out(static_cast<size_t>(n));
  ex::Evaluator ev(prog, in, n, Elem::F64, out.data(), threads);
  ev.run();
  return out;
}

TEST_CASE("evaluate: arithmetic over many blocks matches a plain loop", "[native][expr]") {
  int64_t n = 3 * ex::kBlock + 17;
  std::vector<double> a(static_cast<size_t>(n)), b(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; i++) a[size_t(i)] = double(i) - 100, b[size_t(i)] = 1 + double(i % 7);
  auto out = eval("(2*a + 3*b) / b - a**2 + a % 3", {&a, &b});
  for (int64_t i = 0; i < n; i++) {
    double x = a[size_t(i)], y = b[size_t(i)];
    double m = std::fmod(x, 3.0);
    if (m != 0 && m < 0) m += 3;
    REQUIRE(out[size_t(i)] == (2 * x + 3 * y) / y - x * x + m);
  }
}

TEST_CASE("evaluate: comparisons, where and functions", "[native][expr]") {
  std::vector<double> a = {-1, 0, 0.5, 4};
  auto w = eval("where((a > 0) & ~(a > 1), sqrt(a), -abs(a))", {&a});
  CHECK(w == std::vector<double>{-1, 0, std::sqrt(0.5), -4});
  auto f = eval("exp(log(a*a + 1)) + sin(0*a) + arctan(0*a)", {&a});
  for (size_t i = 0; i < a.size(); i++) CHECK(f[i] == Approx(a[i] * a[i] + 1));
}

TEST_CASE("evaluate: the output may alias an input", "[native][expr]") {
  std::vector<double> a = {1, 2, 3};
  ex::Ast ast = ex::parse("2*a + a");
  ex::Program prog = ex::compile(ast, {ex::Binding{true, false, 0}});
  ex::Evaluator ev(prog, {{Elem::F64, a.data()}}, 3, Elem::F64, a.data(), 1);
  ev.run();
  CHECK(a == std::vector<double>{3, 6, 9});
}

TEST_CASE("evaluate: reductions do not depend on the thread count", "[native][expr]") {
  int64_t n = 10 * ex::kBlock + 5;
  std::vector<double> a(static_cast<size_t>(n));
  fill_uniform(a.data(), n, -1, 1, 3);
  ex::Ast ast = ex::parse("sum(a*a)");
  ex::Program prog = ex::compile(ast, {ex::Binding{true, false, 0}});
  ex::Evaluator e1(prog, {{Elem::F64, a.data()}}, n, Elem::F64, nullptr, 1);
  ex::Evaluator e4(prog, {{Elem::F64, a.data()}}, n, Elem::F64, nullptr, 4);
  double s1 = e1.run();
  CHECK(s1 == e4.run());
  double ref = 0;
  for (double x : a) ref += x * x;
  CHECK(s1 == Approx(ref));
  a[size_t(n / 2)] = kNaN;
  ex::Ast mx = ex::parse("max(a)");
  ex::Program pm = ex::compile(mx, {ex::Binding{true, false, 0}});
  ex::Evaluator em(pm, {{Elem::F64, a.data()}}, n, Elem::F64, nullptr, 2);
  CHECK(std::isnan(em.run()));
}

TEST_CASE("evaluate: integer inputs and constants fold", "[native][expr]") {
  std::vector<int32_t> i = {1, 2, 3};
  ex::Ast ast = ex::parse("i * (2**3 - 6) + -1 % 3");
  ex::Program prog = ex::compile(ast, {ex::Binding{true, false, 0}});
  CHECK(prog.code.size() <= 3);   // the constant part is folded
  std::vector<double> out(3);
  ex::Evaluator ev(prog, {{Elem::I32, i.data()}}, 3, Elem::F64, out.data(), 1);
  ev.run();
  CHECK(out == std::vector<double>{4, 6, 8});
  ex::Ast c = ex::parse("2 ** 0.5 > 1");
  ex::Program pc = ex::compile(c, {});
  CHECK(pc.is_const);
  CHECK(pc.result_bool);
  CHECK(pc.const_value == 1);
}

TEST_CASE("evaluate: errors", "[native][expr]") {
  auto kind_of = [](const char* src) {
    try {
      ex::Ast ast = ex::parse(src);
      std::vector<ex::Binding> bind(ast.names.size(), ex::Binding{true, false, 0});
      ex::compile(ast, bind);
    } catch (const ex::ExprError& e) {
      return int(e.kind);
    }
    return -1;
  };
  CHECK(kind_of("a +") == ex::ExprError::Syntax);
  CHECK(kind_of("a < b < c") == ex::ExprError::Syntax);
  CHECK(kind_of("a // 2") == ex::ExprError::Syntax);
  CHECK(kind_of("a and b") == ex::ExprError::Syntax);
  CHECK(kind_of("1j") == ex::ExprError::Syntax);
  CHECK(kind_of(std::string(500, '(').c_str()) == ex::ExprError::Syntax);
  CHECK(kind_of("frob(a)") == ex::ExprError::Name);
  CHECK(kind_of("a & b") == ex::ExprError::Type);
  CHECK(kind_of("~a") == ex::ExprError::Type);
  CHECK(kind_of("sqrt(a, b)") == ex::ExprError::Type);
  CHECK(kind_of("1 + sum(a)") == ex::ExprError::Type);
  CHECK(kind_of("where(a, a, a)") == ex::ExprError::Type);
  CHECK(kind_of("sum(a) ") == -1);
}

TEST_CASE("the pool runs concurrent jobs from several threads", "[native][pool]") {
  struct Ctx {
    std::atomic<int64_t> next{0}, total{0};
  };
  auto body = [](void* p) {
    auto* c = static_cast<Ctx*>(p);
    for (int64_t i; (i = c->next.fetch_add(1)) < 100000;) c->total.fetch_add(i, std::memory_order_relaxed);
  };
  std::vector<std::thread> callers;
  std::atomic<int> ok{0};
  for (int t = 0; t < 4; t++)
    callers.emplace_back([&] {
      for (int rep = 0; rep < 20; rep++) {
        Ctx c;
        pool_run(3, body, &c);
        if (c.total == int64_t(100000) * 99999 / 2) ok++;
      }
    });
  for (auto& t : callers) t.join();
  CHECK(ok == 80);
  CHECK(cpu_count() >= 1);
}
