// bench_embed — N interpreters on N host threads against one interpreter
// doing the same N tasks one after another. Each task is a CPU-bound pure
// Python loop; with one GIL per interpreter the N copies should run in
// parallel: goal speedup >= 0.9 x N.
//   bench_embed [N (default: cores)] [loop size (default 3000000)]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <thread>
#include <vector>

#include <gilpy/gilpy.hpp>

using gilpy::embed::Interpreter;

static const char* kTask = R"(
def task(n):
    total = 0
    d = {}
    for i in range(n):
        total += i * i % 7
        if i % 1000 == 0:
            d[str(i)] = total
    return total + len(d)
)";

// The same shape of work in plain C++: how much parallelism the machine
// gives right now (other load on the cores lowers both numbers alike).
static uint64_t cpp_task(uint64_t n) {
  volatile uint64_t total = 0;
  for (uint64_t i = 0; i < n; i++) total = total + i * i % 7;
  return total;
}

static double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

int main(int argc, char** argv) {
  int n = argc > 1 ? std::atoi(argv[1]) : int(std::thread::hardware_concurrency());
  int64_t loop = argc > 2 ? std::atoll(argv[2]) : 3000000;
  if (n < 1) n = 1;
  std::vector<std::unique_ptr<Interpreter>> interps;
  for (int i = 0; i < n; i++) {
    interps.push_back(std::make_unique<Interpreter>());
    interps.back()->run(kTask);
  }
  // Serial: one interpreter runs the N tasks one after another.
  auto t0 = std::chrono::steady_clock::now();
  int64_t check_serial = 0;
  for (int i = 0; i < n; i++) check_serial += interps[0]->global("task")(loop).as<int64_t>();
  double serial = seconds_since(t0);
  // Parallel: interpreter i runs task i on host thread i.
  std::vector<int64_t> results(n);
  t0 = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  for (int i = 0; i < n; i++)
    threads.emplace_back([&, i] { results[i] = interps[i]->global("task")(loop).as<int64_t>(); });
  for (auto& t : threads) t.join();
  double parallel = seconds_since(t0);
  int64_t check_parallel = 0;
  for (int64_t r : results) check_parallel += r;
  double speedup = serial / parallel;
  uint64_t cpp_n = uint64_t(loop) * 40;
  t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < n; i++) cpp_task(cpp_n);
  double cpp_serial = seconds_since(t0);
  threads.clear();
  t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < n; i++) threads.emplace_back([&] { cpp_task(cpp_n); });
  for (auto& t : threads) t.join();
  double cpp_parallel = seconds_since(t0);
  double cpp_speedup = cpp_serial / cpp_parallel;
  std::printf("%-40s %10s\n", "case", "seconds");
  std::printf("%-40s %10.3f\n", ("1 interpreter, " + std::to_string(n) + " tasks in a row").c_str(), serial);
  std::printf("%-40s %10.3f\n", (std::to_string(n) + " interpreters on " + std::to_string(n) + " threads").c_str(), parallel);
  std::printf("%-40s %10.3f\n", ("C++ loop, " + std::to_string(n) + " in a row").c_str(), cpp_serial);
  std::printf("%-40s %10.3f\n", ("C++ loop on " + std::to_string(n) + " threads").c_str(), cpp_parallel);
  std::printf("machine gives %.2fx for plain C++ threads right now; interpreters reach %.0f%% of that\n", cpp_speedup,
              100 * speedup / cpp_speedup);
  std::printf("speedup %.2fx on %d threads = %.2f x N (goal >= 0.9 x N)%s\n", speedup, n, speedup / n,
              check_serial == check_parallel ? "" : "  RESULTS DIFFER");
  return check_serial == check_parallel ? 0 : 1;
}
