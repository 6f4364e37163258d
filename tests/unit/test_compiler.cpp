// The compiler: misplaced statements are SyntaxErrors with the right line;
// try and with blocks get exception-table entries.
#include <catch2/catch.hpp>
#include <string>

#include "test_support.hpp"

using namespace gilpy;
using gilpy_test::interp;

namespace {

struct CompileFailure {
  std::string type, msg;
  int64_t lineno = -1;
};

// Compiles `src`; describes the SyntaxError it raises (type "" if none).
CompileFailure compile_error(const std::string& src) {
  interp();
  CompileFailure f;
  try {
    compile_source(src, "<test>", CompileMode::Exec);
  } catch (PyError& e) {
    Value exc = Value::object(e.exc());
    f.type = e.type()->name;
    f.msg = str_utf8(getattr(exc, "msg").get());
    Ref ln = getattr(exc, "lineno");
    if (is_int(ln.get())) f.lineno = to_int64(ln.get());
  }
  return f;
}

Ref compile_ok(const std::string& src) {
  interp();
  return compile_source(src, "<test>", CompileMode::Exec);
}

// The first code object among the constants of `code` (a def's body).
Code* nested_code(const Ref& code) {
  for (Value c : code.as<Code>()->consts)
    if (c.is_obj() && type_of(c) == &CodeType) return static_cast<Code*>(c.as_obj());
  return nullptr;
}

}  // namespace

TEST_CASE("'return' outside a function is a SyntaxError at its line", "[compiler]") {
  CompileFailure f = compile_error("x = 1\nif x:\n    return 5\n");
  CHECK(f.type == "SyntaxError");
  CHECK(f.msg == "'return' outside function");
  CHECK(f.lineno == 3);
  CHECK(compile_error("def g():\n    return 5\n").type == "");
}

TEST_CASE("'break' and 'continue' outside a loop are SyntaxErrors at their line", "[compiler]") {
  CompileFailure f = compile_error("a = 1\nb = 2\nc = 3\nbreak\n");
  CHECK(f.type == "SyntaxError");
  CHECK(f.msg == "'break' outside loop");
  CHECK(f.lineno == 4);
  CompileFailure c = compile_error("def f():\n    continue\n");
  CHECK(c.msg == "'continue' not properly in loop");
  CHECK(c.lineno == 2);
  // A loop in an enclosing function does not count.
  CompileFailure nested = compile_error("for i in x:\n    def f():\n        break\n");
  CHECK(nested.msg == "'break' outside loop");
  CHECK(nested.lineno == 3);
  CHECK(compile_error("while x:\n    if y:\n        break\n").type == "");
}

TEST_CASE("nonlocal at module level is a SyntaxError at its line", "[compiler]") {
  CompileFailure f = compile_error("import sys\n\nnonlocal x\n");
  CHECK(f.type == "SyntaxError");
  CHECK(f.msg == "nonlocal declaration not allowed at module level");
  CHECK(f.lineno == 3);
  CompileFailure g = compile_error("def f():\n    nonlocal y\n");
  CHECK(g.msg == "no binding for nonlocal 'y' found");
  CHECK(g.lineno == 2);
  CHECK(compile_error("def f():\n    y = 1\n    def g():\n        nonlocal y\n").type == "");
}

TEST_CASE("try and with blocks get exception-table entries", "[compiler]") {
  Ref plain = compile_ok("x = 1\ny = x + 2\n");
  CHECK(plain.as<Code>()->exc_table.empty());

  Ref tried = compile_ok("try:\n    x = 1\nexcept ValueError:\n    x = 2\n");
  const auto& tab = tried.as<Code>()->exc_table;
  REQUIRE_FALSE(tab.empty());
  for (const ExcTableEntry& e : tab) {
    CHECK(e.start < e.end);
    CHECK(e.end <= tried.as<Code>()->code.size());
    CHECK(e.target < tried.as<Code>()->code.size());
  }

  Ref fin = compile_ok("try:\n    x = 1\nfinally:\n    x = 2\n");
  CHECK_FALSE(fin.as<Code>()->exc_table.empty());

  Ref with = compile_ok("def f(m):\n    with m as v:\n        return v\n");
  CHECK(with.as<Code>()->exc_table.empty());   // the module itself has no handler
  Code* body = nested_code(with);
  REQUIRE(body != nullptr);
  CHECK_FALSE(body->exc_table.empty());

  Ref nowith = compile_ok("def f(m):\n    return m\n");
  REQUIRE(nested_code(nowith) != nullptr);
  CHECK(nested_code(nowith)->exc_table.empty());
}
