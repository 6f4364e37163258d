// magic.cpp — %time and %timeit, printing IPython's formats:
//
//   %time  : CPU times: user 1.2 ms, sys: 0 ns, total: 1.2 ms
//            Wall time: 1.25 ms
//   %timeit: 4.2 ms ± 108 µs per loop (mean ± std. dev. of 7 runs, 100 loops each)
//
// %timeit picks the loop count as IPython does: the smallest power of ten
// whose total run takes at least 0.2 s, then repeats that 7 times.
#include <sys/resource.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "interp/compiler.hpp"
#include "interp/magic.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "stdlib/io.hpp"

namespace gilpy {

std::string format_timespan(double t) {
  if (t >= 60.0) {
    char buf[64];
    int m = int(t / 60);
    std::snprintf(buf, sizeof buf, "%dmin %.3gs", m, t - 60 * m);
    return buf;
  }
  static const char* units[] = {"s", "ms", "\u00b5s", "ns"};
  int order = 3;
  if (t > 0.0) order = std::min(-int(std::floor(std::log10(t))) / 3 + (std::log10(t) < 0 && -int(std::floor(std::log10(t))) % 3 ? 1 : 0), 3);
  // IPython: order = min(-int(floor(log10(t)) // 3), 3) with floor division.
  if (t > 0.0) {
    int e = int(std::floor(std::log10(t)));
    int q = e >= 0 ? e / 3 : -((-e + 2) / 3);
    order = std::min(-q, 3);
    if (order < 0) order = 0;
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.3g %s", t * std::pow(1000.0, order), units[order]);
  return buf;
}

static double now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

static void cpu_times(double* user, double* sys) {
  rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  *user = double(ru.ru_utime.tv_sec) + double(ru.ru_utime.tv_usec) / 1e6;
  *sys = double(ru.ru_stime.tv_sec) + double(ru.ru_stime.tv_usec) / 1e6;
}

static void out(const std::string& s) {
  Value sys = current_interp()->sys_module;
  stream_write(dict_get_str(static_cast<Module*>(sys.as_obj())->dict, intern("stdout")), s);
}

// Compiles `stmt` as an expression if it is one (so %time can show the value).
static Ref compile_stmt(const std::string& stmt, bool* is_expr) {
  try {
    Ref c = compile_source(stmt, "<magic>", CompileMode::Eval);
    *is_expr = true;
    return c;
  } catch (PyError&) {
    *is_expr = false;
    return compile_source(stmt, "<magic>", CompileMode::Exec);
  }
}

static void magic_time(const std::string& stmt, Dict* ns) {
  bool is_expr;
  Ref code = compile_stmt(stmt, &is_expr);
  double u0, s0, u1, s1;
  cpu_times(&u0, &s0);
  double w0 = now();
  Ref r = run_code(static_cast<Code*>(code.obj()), ns, ns);
  double w1 = now();
  cpu_times(&u1, &s1);
  out("CPU times: user " + format_timespan(u1 - u0) + ", sys: " + format_timespan(s1 - s0) +
      ", total: " + format_timespan(u1 - u0 + s1 - s0) + "\nWall time: " + format_timespan(w1 - w0) + "\n");
  if (is_expr && !r.get().is_none()) out(repr_utf8(r.get()) + "\n");
}

// %gil STMT: runs STMT with the GIL observatory recording, then prints a
// text timeline (a line per thread) and the counters (stdlib/py/gil.py).
static void magic_gil(const std::string& stmt, Dict* ns) {
  if (stmt.find_first_not_of(" \t") == std::string::npos) value_error("%gil: no statement to run");
  bool is_expr;
  Ref code = compile_stmt(stmt, &is_expr);
  Ref gil = import_module("gil");
  Ref rec = call(getattr(gil.get(), "record").get(), {Value::none()});
  call_method(rec.get(), "__enter__", {});
  try {
    run_code(static_cast<Code*>(code.obj()), ns, ns);
  } catch (PyError&) {
    call_method(rec.get(), "__exit__", {Value::none(), Value::none(), Value::none()});
    throw;
  }
  call_method(rec.get(), "__exit__", {Value::none(), Value::none(), Value::none()});
  Ref snap = getattr(rec.get(), "snapshot");
  Ref text = call_method(gil.get(), "text_timeline", {snap.get()});
  Ref threads = getitem(snap.get(), Ref(str_new("threads")).get());
  Ref stats = call_method(gil.get(), "format_stats", {threads.get()});
  out(str_utf8(text.get()) + "\n" + str_utf8(stats.get()) + "\n");
}

static void magic_timeit(std::string args, Dict* ns) {
  long number = 0, repeat = 7;
  std::istringstream in(args);
  std::string tok;
  std::string stmt;
  // Options: -n N, -r R; the rest is the statement.
  size_t pos = 0;
  while (pos < args.size()) {
    while (pos < args.size() && args[pos] == ' ') pos++;
    if (args.compare(pos, 3, "-n ") == 0 || args.compare(pos, 3, "-r ") == 0) {
      char opt = args[pos + 1];
      pos += 3;
      size_t end = args.find(' ', pos);
      long v = std::strtol(args.substr(pos, end - pos).c_str(), nullptr, 10);
      if (v < 1) value_error("%timeit: option -" + std::string(1, opt) + " needs a positive number");
      (opt == 'n' ? number : repeat) = v;
      pos = end == std::string::npos ? args.size() : end;
      continue;
    }
    break;
  }
  stmt = args.substr(pos);
  if (stmt.find_first_not_of(" \t") == std::string::npos) value_error("%timeit: no statement to time");
  bool is_expr;
  Ref code = compile_stmt(stmt, &is_expr);
  Code* c = static_cast<Code*>(code.obj());
  auto run = [&](long n) {
    double t0 = now();
    for (long i = 0; i < n; i++) run_code(c, ns, ns);
    return now() - t0;
  };
  if (number == 0) {
    for (number = 1;; number *= 10) {
      if (run(number) >= 0.2 || number >= 1000000000L) break;
    }
  }
  std::vector<double> per;
  for (long r = 0; r < repeat; r++) per.push_back(run(number) / double(number));
  double mean = 0;
  for (double x : per) mean += x;
  mean /= double(per.size());
  double var = 0;
  for (double x : per) var += (x - mean) * (x - mean);
  double sd = std::sqrt(var / double(per.size()));
  std::string runs = repeat == 1 ? "1 run" : std::to_string(repeat) + " runs";
  std::string loops = number == 1 ? "1 loop" : std::to_string(number) + " loops";
  out(format_timespan(mean) + " \u00b1 " + format_timespan(sd) + " per loop (mean \u00b1 std. dev. of " + runs + ", " +
      loops + " each)\n");
}

bool run_magic(const std::string& line, Dict* ns) {
  size_t b = line.find_first_not_of(" \t");
  if (b == std::string::npos || line[b] != '%') return false;
  std::string rest = line.substr(b + 1);
  while (!rest.empty() && (rest.back() == '\n' || rest.back() == ' ')) rest.pop_back();
  std::string name = rest.substr(0, rest.find(' '));
  std::string arg = rest.size() > name.size() ? rest.substr(name.size() + 1) : "";
  if (name == "time") magic_time(arg, ns);
  else if (name == "timeit") magic_timeit(arg, ns);
  else if (name == "gil") magic_gil(arg, ns);
  else raise(NameError_, "unknown magic command '%" + name + "' (gilpy supports %time, %timeit and %gil)");
  return true;
}

}  // namespace gilpy
