// test_support.hpp — helpers shared by the unit tests: one interpreter per
// test binary, and running small programs in a fresh namespace.
#pragma once
#include <string>

#include "interp/compiler.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"

namespace gilpy_test {

// Created on first use and kept for the life of the test binary.
inline gilpy::Interpreter* interp() {
  static gilpy::Interpreter* it = gilpy::interpreter_new({"test"});
  return it;
}

// Compiles and runs `src` as a module in a new globals dict; returns the dict.
inline gilpy::Ref run(const std::string& src) {
  interp();
  gilpy::Ref globals = gilpy::dict_new();
  gilpy::Ref code = gilpy::compile_source(src, "<test>", gilpy::CompileMode::Exec);
  gilpy::run_code(static_cast<gilpy::Code*>(code.obj()), gilpy::as_dict(globals.get()),
                  gilpy::as_dict(globals.get()));
  return globals;
}

// A global of a namespace returned by run(), as repr() text ("<unset>" if absent).
inline std::string global_repr(const gilpy::Ref& globals, const char* name) {
  gilpy::Value v = gilpy::dict_get_cstr(gilpy::as_dict(globals.get()), name);
  return v.is_null() ? "<unset>" : gilpy::repr_utf8(v);
}

// The Python type name of the exception `src` raises, or "" if it raises none.
inline std::string raised_type(const std::string& src) {
  try {
    run(src);
  } catch (gilpy::PyError& e) {
    return e.type()->name;
  }
  return "";
}

}  // namespace gilpy_test
