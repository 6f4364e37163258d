// magic.hpp — IPython-style REPL magics: %time, %timeit, and %gil (the GIL observatory).
#pragma once
#include <string>

#include "runtime/containers.hpp"

namespace gilpy {

// If `line` is a magic command, runs it in namespace `ns` and returns true.
bool run_magic(const std::string& line, Dict* ns);

// IPython's time format: 3 significant digits in s, ms, µs or ns.
std::string format_timespan(double seconds);

}  // namespace gilpy
