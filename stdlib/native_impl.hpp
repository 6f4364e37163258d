// native_impl.hpp — helpers shared by the `native` module's wrappers
// (native_module.cpp, native_evaluate.cpp). Private to those files.
//
// Every wrapper follows the same shape: with the GIL held, check and convert
// the arguments and acquire their buffers (BufferGuard keeps the owners
// alive and exported); then run the kernel inside a GilRelease; then build
// the result with the GIL held again.
#pragma once
#include <optional>
#include <string>

#include "native/kernels.hpp"
#include "runtime/blocking.hpp"
#include "runtime/object.hpp"
#include "stdlib/buffer.hpp"

namespace gilpy::native_mod {

// Releases the GIL for its lifetime when `release` is true (release_gil=);
// otherwise the kernel runs holding the lock, as a demo of the difference.
class GilRelease {
 public:
  explicit GilRelease(bool release) {
    if (release) section_.emplace(BlockKind::Native);
  }

 private:
  std::optional<BlockingSection> section_;
};

// Raises TypeError unless at most `max` positional arguments were given
// (the options after them are keyword-only).
void check_positional(const char* fname, size_t nargs, size_t max);

// release_gil=: absent means True.
bool flag_arg(Value v, bool dflt);

// Acquires v's buffer as a numeric span, or raises TypeError naming the
// function and argument ("native.sum() argument 'a' must be ...").
native::Span numeric_span(const char* fname, const char* arg, Value v, BufferGuard& guard,
                          char* typecode = nullptr);
// Same, requiring typecode 'd'.
double* double_span(const char* fname, const char* arg, Value v, BufferGuard& guard, int64_t* n);

// A kernel's numeric result as an int or float object.
Ref number_value(const native::Number& r);

// An int argument (TypeError naming it otherwise).
int64_t int_arg(const char* fname, const char* arg, Value v);
// An int or float argument as a double.
double real_arg(const char* fname, const char* arg, Value v);
// A seed: None draws one from the OS; ints are taken modulo 2**64.
uint64_t seed_arg(const char* fname, Value v);

}  // namespace gilpy::native_mod
