// compiler.hpp — AST to code objects.
#pragma once
#include <string>
#include <string_view>

#include "interp/parser.hpp"
#include "runtime/object.hpp"

namespace gilpy {

enum class CompileMode {
  Exec,     // a module or exec(): statements, result None
  Single,   // the REPL: expression statements echo their value (PRINT_EXPR)
  Eval,     // eval(): one expression, its value is the result
};

// Parses and compiles; returns a Code object (owned). A syntax error is
// raised as a Python SyntaxError/IndentationError (PyError).
Ref compile_source(std::string_view source, const std::string& filename, CompileMode mode);

// Turns a parser/compiler error report into a Python exception object.
Ref syntax_error_object(const SyntaxErrorInfo& info);

}  // namespace gilpy
