// The embedding API (include/gilpy/gilpy.hpp): every call, conversions both
// ways, native functions and the GIL, exceptions both ways, and several
// interpreters running at once on their own threads.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

#include "gilpy/gilpy.hpp"

using gilpy::embed::Buffer;
using gilpy::embed::Error;
using gilpy::embed::GilPolicy;
using gilpy::embed::GilRelease;
using gilpy::embed::Interpreter;
using gilpy::embed::Object;

TEST_CASE("embed: run, eval, globals", "[embed]") {
  Interpreter py;
  py.run("x = 6 * 7\ndef twice(s): return s * 2");
  CHECK(py.global("x").as<int64_t>() == 42);
  CHECK(py.eval("x + 1").as<int>() == 43);
  CHECK(py.global("twice")("ab").as<std::string>() == "abab");
  py.set_global("name", std::string("gilpy"));
  CHECK(py.eval_as<std::string>("name.upper()") == "GILPY");
  CHECK(py.has_global("x"));
  CHECK_FALSE(py.has_global("nope"));
  CHECK_THROWS_AS(py.global("nope"), Error);
  CHECK(py.import("math").attr("sqrt")(16.0).as<double>() == 4.0);
  CHECK(py.eval("[1, 2]").repr() == "[1, 2]");
  CHECK(py.eval("None").is_none());
  CHECK(py.eval("3").type_name() == "int");
}

TEST_CASE("embed: the object protocol", "[embed]") {
  Interpreter py;
  py.run("class P:\n    def __init__(self, x, y=0): self.x, self.y = x, y\n    def norm1(self): return abs(self.x) + abs(self.y)");
  Object P = py.global("P");
  Object p = P.call({py.object(3)}, {{"y", py.object(-4)}});
  CHECK(p.attr("y").as<int>() == -4);
  CHECK(p.call_method("norm1").as<int>() == 7);
  CHECK(p.has_attr("x"));
  CHECK_FALSE(p.has_attr("z"));
  p.set_attr("z", std::string("zed"));
  CHECK(py.main_module().attr("P").equals(P));
  Object d = py.eval("{'a': [1, 2, 3]}");
  CHECK(d.item("a").size() == 3);
  d.set_item(py.object("b"), py.object(2.5));
  CHECK(d.item(std::string("b")).as<double>() == 2.5);
  CHECK(d.size() == 2);
  CHECK(d.truthy());
  CHECK_FALSE(py.eval("[]").truthy());
  CHECK(py.eval("'x'").str() == "x");
  CHECK(py.eval("'x'").repr() == "'x'");
  CHECK(py.bytes("ab").repr() == "b'ab'");
  CHECK(py.tuple({py.object(1), py.none()}).repr() == "(1, None)");
  std::vector<Object> items = py.eval("range(3)").elements();
  CHECK(items.size() == 3);
  try {
    p.attr("missing");
    FAIL("no AttributeError");
  } catch (const Error& e) {
    CHECK(e.type_name() == "AttributeError");
    CHECK(e.message() == "'P' object has no attribute 'missing'");
  }
  // Many calls under one lock acquisition.
  {
    gilpy::embed::GilHold hold(py);
    int64_t total = 0;
    for (int i = 0; i < 100; i++) total += py.object(i).as<int64_t>();
    CHECK(total == 4950);
  }
  Object null;
  CHECK_FALSE(null);
  CHECK_THROWS_AS(null.repr(), Error);
}

TEST_CASE("embed: options: argv and module path", "[embed]") {
  char dir[] = "/tmp/gilpy_embed_XXXXXX";
  REQUIRE(mkdtemp(dir));
  {
    std::ofstream f(std::string(dir) + "/hostlib.py");
    f << "def triple(x):\n    return 3 * x\n";
  }
  Interpreter::Options opt;
  opt.argv = {"host", "--flag"};
  opt.path = {dir};
  Interpreter py(opt);
  CHECK(py.import("hostlib").attr("triple")(14).as<int>() == 42);
  CHECK(py.eval("__import__('sys').argv").as<std::vector<std::string>>() == std::vector<std::string>{"host", "--flag"});
  std::remove((std::string(dir) + "/hostlib.py").c_str());
  rmdir(dir);
}

TEST_CASE("embed: conversions both ways", "[embed]") {
  Interpreter py;
  CHECK(py.object(int64_t(-5)).as<int64_t>() == -5);
  CHECK(py.object(uint64_t(1) << 63).repr() == "9223372036854775808");
  CHECK(py.object(uint64_t(1) << 63).as<uint64_t>() == uint64_t(1) << 63);
  CHECK(py.object(2.5).as<double>() == 2.5);
  CHECK(py.eval("7").as<double>() == 7.0);
  CHECK(py.object(true).as<bool>());
  CHECK(py.object("héllo").as<std::string>() == "héllo");
  CHECK(py.eval("len('héllo')").as<int>() == 5);
  std::vector<int64_t> v = {1, 2, 3};
  py.set_global("v", v);
  CHECK(py.eval("sum(v)").as<int64_t>() == 6);
  CHECK(py.eval("[x * x for x in range(4)]").as<std::vector<int64_t>>() == std::vector<int64_t>{0, 1, 4, 9});
  std::map<std::string, double> m = {{"a", 1.5}, {"b", 2.0}};
  py.set_global("m", m);
  CHECK(py.eval("m['a'] + m['b']").as<double>() == 3.5);
  auto back = py.eval("{k: v * 2 for k, v in m.items()}").as<std::map<std::string, double>>();
  CHECK(back == std::map<std::string, double>{{"a", 3.0}, {"b", 4.0}});
  CHECK(py.eval("[[1], [2, 3]]").as<std::vector<std::vector<int>>>() == std::vector<std::vector<int>>{{1}, {2, 3}});
  CHECK_FALSE(py.eval("None").as<std::optional<int>>().has_value());
  CHECK(py.eval("(1, 'a')").as<std::pair<int, std::string>>() == std::pair<int, std::string>{1, "a"});
  // Wrong types and ranges are Python errors.
  try {
    (void)py.eval("2 ** 70").as<int64_t>();
    FAIL("no overflow");
  } catch (const Error& e) {
    CHECK(e.type_name() == "OverflowError");
  }
  CHECK_THROWS_AS(py.eval("300").as<int8_t>(), Error);
  CHECK_THROWS_AS(py.eval("'x'").as<int64_t>(), Error);
  CHECK_THROWS_AS(py.eval("1").as<bool>(), Error);
  CHECK_THROWS_AS(py.eval("-1").as<uint32_t>(), Error);
}

TEST_CASE("embed: spans and buffers", "[embed]") {
  Interpreter py;
  std::vector<double> d = {1.0, 2.0, 3.5};
  py.set_global("a", py.array(std::span<const double>(d)));
  CHECK(py.eval("a.typecode").as<std::string>() == "d");
  CHECK(py.eval("sum(a)").as<double>() == 6.5);
  std::vector<int32_t> ints = {5, -6};
  CHECK(py.array(std::span<const int32_t>(ints)).repr() == "array('i', [5, -6])");
  py.run("import array\nb = array.array('q', range(5))");
  {
    Buffer<int64_t> b = py.global("b").as<Buffer<int64_t>>();
    REQUIRE(b.size() == 5);
    CHECK(b[4] == 4);
    b[0] = 100;
    // Exported: Python cannot resize it now.
    py.run("try:\n    b.append(1)\n    r = 'no error'\nexcept BufferError as e:\n    r = str(e)");
    CHECK(py.global("r").as<std::string>() == "cannot resize an array that is exporting buffers");
  }
  py.run("b.append(9)");
  CHECK(py.eval("list(b)").as<std::vector<int64_t>>() == std::vector<int64_t>{100, 1, 2, 3, 4, 9});
  try {
    Buffer<double> wrong(py.global("b"));
    FAIL("typecode mismatch accepted");
  } catch (const Error& e) {
    CHECK(e.type_name() == "TypeError");
  }
  CHECK_THROWS_AS(py.eval("[1.0]").as<Buffer<double>>(), Error);
  // A native function taking a buffer works on it in place without the GIL.
  py.def("scale", [](Buffer<double> a, double k) { for (double& x : a) x *= k; }, GilPolicy::release);
  py.run("c = array.array('d', [1, 2, 3])\nscale(c, 2.0)");
  CHECK(py.eval("list(c)").as<std::vector<double>>() == std::vector<double>{2, 4, 6});
}

TEST_CASE("embed: Python exceptions surface as Error", "[embed]") {
  Interpreter py;
  try {
    py.run("def f():\n    return 1 / 0\nf()", "calc.py");
    FAIL("no exception");
  } catch (const Error& e) {
    CHECK(e.type_name() == "ZeroDivisionError");
    CHECK(e.message() == "division by zero");
    CHECK(e.traceback().find("Traceback (most recent call last):") != std::string::npos);
    CHECK(e.traceback().find("File \"calc.py\", line 2, in f") != std::string::npos);
    CHECK(e.traceback().find("ZeroDivisionError: division by zero") != std::string::npos);
    CHECK(std::string(e.what()) == "ZeroDivisionError: division by zero");
    CHECK(e.exception().type_name() == "ZeroDivisionError");
  }
  try {
    py.run("x = (");
    FAIL("no exception");
  } catch (const Error& e) {
    CHECK(e.type_name() == "SyntaxError");
  }
  try {
    py.eval("{}['k']");
  } catch (const Error& e) {
    CHECK(e.type_name() == "KeyError");
    CHECK(e.message() == "'k'");
  }
}

TEST_CASE("embed: native functions and modules", "[embed]") {
  Interpreter py;
  py.def("add", [](int64_t a, int64_t b) { return a + b; });
  py.def("join", [](std::vector<std::string> parts, std::string sep) {
    std::string out;
    for (size_t i = 0; i < parts.size(); i++) out += (i ? sep : "") + parts[i];
    return out;
  });
  py.def("count", [](const std::vector<Object>& args) { return int64_t(args.size()); });
  py.def("nothing", [] {});
  CHECK(py.eval("add(2, 3)").as<int64_t>() == 5);
  CHECK(py.eval("join(['a', 'b', 'c'], '-')").as<std::string>() == "a-b-c");
  CHECK(py.eval("count(1, 'x', None)").as<int64_t>() == 3);
  CHECK(py.eval("nothing()").is_none());
  auto mod = py.module("hostmod");
  mod.def("square", [](double x) { return x * x; }).add("version", 3);
  py.run("import hostmod\nr = hostmod.square(1.5) + hostmod.version");
  CHECK(py.global("r").as<double>() == 5.25);
  // Argument errors are Python TypeErrors.
  py.run("try:\n    add(1)\nexcept TypeError as e:\n    msg = str(e)");
  CHECK(py.global("msg").as<std::string>() == "add() takes 2 positional arguments but 1 was given");
  py.run("try:\n    add('a', 1)\nexcept TypeError as e:\n    msg = str(e)");
  CHECK(py.global("msg").as<std::string>() == "expected an int, got str");
}

TEST_CASE("embed: C++ exceptions become Python exceptions", "[embed]") {
  Interpreter py;
  py.def("bad_value", [](int64_t) -> int64_t { throw std::invalid_argument("negative size"); });
  py.def("bad_index", [] { throw std::out_of_range("past the end"); });
  py.def("bad_state", [] { throw std::runtime_error("engine stalled"); });
  py.def("bad_key", [] { throw Error("KeyError", "missing"); });
  py.def("bad_other", [] { throw 42; });
  py.run(R"(
out = []
for f in (lambda: bad_value(1), bad_index, bad_state, bad_key, bad_other):
    try:
        f()
    except Exception as e:
        out.append(f'{type(e).__name__}: {e}')
)");
  CHECK(py.global("out").as<std::vector<std::string>>() ==
        std::vector<std::string>{"ValueError: negative size", "IndexError: past the end", "RuntimeError: engine stalled",
                                 "KeyError: 'missing'", "RuntimeError: unknown C++ exception in bad_other()"});
  // A Python exception crossing a native function keeps its class.
  py.run("class Custom(Exception): pass\ndef boom(): raise Custom('deep')");
  Object boom = py.global("boom");
  py.def("call_it", [boom] { boom(); });
  py.run("try:\n    call_it()\nexcept Custom as e:\n    got = 'Custom: ' + str(e)");
  CHECK(py.global("got").as<std::string>() == "Custom: deep");
}

TEST_CASE("embed: native functions release the GIL", "[embed]") {
  Interpreter py;
  // Two Python threads each wait, in native code, for the other: possible
  // only if both run at once, i.e. both dropped the GIL.
  std::atomic<int> arrived{0};
  auto rendezvous = [&arrived]() {
    arrived++;
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (arrived.load() < 2)
      if (std::chrono::steady_clock::now() > deadline) return false;
    return true;
  };
  py.def("meet", rendezvous, GilPolicy::release);
  py.run(R"(
import threading
res = []
ts = [threading.Thread(target=lambda: res.append(meet())) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
)");
  CHECK(py.global("res").as<std::vector<bool>>() == std::vector<bool>{true, true});
  // The same with a hold function that drops the lock with a guard.
  arrived = 0;
  py.def("meet2", [&rendezvous] {
    GilRelease unlocked;
    return rendezvous();
  });
  py.run("res = []\nts = [threading.Thread(target=lambda: res.append(meet2())) for _ in range(2)]\n"
         "for t in ts: t.start()\nfor t in ts: t.join()");
  CHECK(py.global("res").as<std::vector<bool>>() == std::vector<bool>{true, true});
}

TEST_CASE("embed: Python callables from any host thread", "[embed]") {
  Interpreter py;
  py.run("log = []\ndef record(i):\n    log.append(i)\n    return i * 2");
  Object record = py.global("record");
  std::atomic<int64_t> total{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; t++)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 500; i++) total += record(t * 1000 + i).as<int64_t>();
    });
  for (auto& th : threads) th.join();
  CHECK(py.eval("len(log)").as<int64_t>() == 2000);
  int64_t expect = 0;
  for (int t = 0; t < 4; t++)
    for (int i = 0; i < 500; i++) expect += 2 * (t * 1000 + i);
  CHECK(total.load() == expect);
}

TEST_CASE("embed: interpreters are independent", "[embed]") {
  Interpreter a, b;
  a.run("x = 1\nimport sys\nsys.flag = 'a'");
  b.run("x = 2");
  CHECK(a.global("x").as<int>() == 1);
  CHECK(b.global("x").as<int>() == 2);
  CHECK(b.eval("hasattr(__import__('sys'), 'flag')").as<bool>() == false);
  // Objects belong to their interpreter.
  try {
    b.set_global("y", a.eval("[1]"));
    FAIL("cross-interpreter object accepted");
  } catch (const Error& e) {
    CHECK(e.type_name() == "TypeError");
  }
  // A handle that outlives its interpreter is harmless.
  Object survivor;
  {
    Interpreter c;
    survivor = c.eval("[1, 2, 3]");
  }
  CHECK_THROWS_AS(survivor.repr(), Error);
}

// Real work for the concurrency test: strings, dicts, classes, generators,
// exceptions; the result depends on `seed`.
static const char* kWorkload = R"(
class Counter:
    def __init__(self):
        self.counts = {}
    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1

def words(n, seed):
    for i in range(n):
        yield 'w' + str((i * 7919 + seed) % 97)

def work(seed):
    c = Counter()
    for w in words(20000, seed):
        c.add(w.upper().lower())
    text = ','.join(sorted(c.counts))
    total = sum(len(k) * v for k, v in c.counts.items())
    try:
        {}[seed]
    except KeyError as e:
        total += e.args[0]
    gen_sum = sum(x * x for x in range(seed, seed + 1000) if x % 3)
    return f'{len(text)}:{total}:{gen_sum}:{max(c.counts.values())}'
)";

TEST_CASE("embed: 4 interpreters on 4 threads at once", "[embed][threads]") {
  constexpr int kN = 4;
  std::vector<std::string> expected(kN);
  {
    Interpreter ref;
    ref.run(kWorkload);
    for (int i = 0; i < kN; i++) expected[i] = ref.global("work")(i * 11).as<std::string>();
  }
  std::vector<std::string> got(kN);
  std::vector<std::string> errors(kN);
  std::vector<std::thread> threads;
  for (int i = 0; i < kN; i++)
    threads.emplace_back([&, i] {
      try {
        Interpreter py;   // created, used and destroyed on this thread, while the others run
        py.run(kWorkload);
        for (int round = 0; round < 3; round++) got[i] = py.global("work")(i * 11).as<std::string>();
      } catch (const std::exception& e) {
        errors[i] = e.what();
      }
    });
  for (auto& t : threads) t.join();
  for (int i = 0; i < kN; i++) {
    CHECK(errors[i] == "");
    CHECK(got[i] == expected[i]);
  }
}
