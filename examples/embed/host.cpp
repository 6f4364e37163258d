// A host program embedding gilpy: a native function, Python code, values
// both ways, a Python exception caught in C++.
#include <cmath>
#include <iostream>
#include <map>

#include <gilpy/gilpy.hpp>

int main() {
  gilpy::embed::Interpreter py;
  py.def("hypot", [](double a, double b) { return std::sqrt(a * a + b * b); });
  py.run("words = 'the quick brown fox jumps over the lazy dog'.split()\n"
         "counts = {w: words.count(w) for w in words}\n"
         "def greet(name): return f'hello, {name}'");
  std::cout << "hypot(3, 4) = " << py.eval_as<double>("hypot(3, 4)") << "\n";
  auto counts = py.global("counts").as<std::map<std::string, int64_t>>();
  std::cout << "'the' appears " << counts["the"] << " times\n";
  std::cout << py.global("greet")("embedder").as<std::string>() << "\n";
  try {
    py.eval("1 / 0");
  } catch (const gilpy::embed::Error& e) {
    std::cout << "caught " << e.type_name() << ": " << e.message() << "\n";
  }
}
