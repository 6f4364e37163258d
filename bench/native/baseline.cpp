// baseline.cpp — the loops behind gilpy's native kernels written as plain
// C++ (-O2), for bench/native/run.py: how close is each `native` call, made
// from Python, to the same work done by a C++ program? Prints a Python dict.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

static double now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

template <class F>
static double best(F f, int repeat = 5) {
  double b = 1e30;
  for (int r = 0; r < repeat; r++) {
    double t = now();
    f();
    b = std::min(b, now() - t);
  }
  return b;
}

volatile double g_sink;

int main(int argc, char** argv) {
  long n = argc > 1 ? std::atol(argv[1]) : 4000000;
  long np = argc > 2 ? std::atol(argv[2]) : 1000;
  std::mt19937_64 rng(1);
  std::uniform_real_distribution<double> u(0.0, 1.0);
  std::vector<double> a(n), b(n), p(3 * np), q(3 * np), r(np * np);
  for (auto& x : a) x = u(rng);
  for (auto& x : b) x = u(rng);
  for (auto& x : p) x = u(rng);
  for (auto& x : q) x = u(rng);
  double t_sum = best([&] {
    double s = 0;
    for (long i = 0; i < n; i++) s += a[i];
    g_sink = s;
  });
  double t_dot = best([&] {
    double s = 0;
    for (long i = 0; i < n; i++) s += a[i] * b[i];
    g_sink = s;
  });
  double t_sort = best([&] {
    std::vector<double> c = a;
    std::sort(c.begin(), c.end());
    g_sink = c[0];
  }, 3);
  double t_pairwise = best([&] {
    for (long i = 0; i < np; i++)
      for (long j = 0; j < np; j++) {
        double dx = p[3 * i] - q[3 * j], dy = p[3 * i + 1] - q[3 * j + 1], dz = p[3 * i + 2] - q[3 * j + 2];
        r[i * np + j] = 1.0 / (1.0 + std::sqrt(dx * dx + dy * dy + dz * dz));
      }
    g_sink = r[0];
  });
  double t_expr = best([&] {
    std::vector<double> out(n);
    for (long i = 0; i < n; i++) out[i] = (2 * a[i] + 3 * b[i]) / b[i];
    g_sink = out[0];
  });
  std::printf("{'sum': %.6f, 'dot': %.6f, 'sort': %.6f, 'pairwise': %.6f, 'expr': %.6f}\n", t_sum, t_dot, t_sort,
              t_pairwise, t_expr);
  return 0;
}
