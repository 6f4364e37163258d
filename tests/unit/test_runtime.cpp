// The runtime through its C++ API, with one interpreter per test binary.
#include <catch2/catch.hpp>
#include <string>

#include "runtime/num.hpp"
#include "test_support.hpp"

using namespace gilpy;
using gilpy_test::global_repr;
using gilpy_test::interp;
using gilpy_test::raised_type;
using gilpy_test::run;

TEST_CASE("ints overflow into big ints and come back small", "[runtime][int]") {
  interp();
  Ref max = int_from_i64(Value::kSmallMax);
  CHECK(max.get().is_small_int());
  Ref one = int_from_i64(1);
  Ref big = int_binop(BinOp::Add, max.get(), one.get());
  CHECK(is_bigint(big.get()));
  CHECK(int_to_string(big.get()) == "140737488355328");   // 2**47
  Ref back = int_binop(BinOp::Sub, big.get(), one.get());
  CHECK(back.get().is_small_int());                        // one canonical form per value
  CHECK(back.get() == max.get());

  Ref min = int_from_i64(Value::kSmallMin);
  CHECK(min.get().is_small_int());
  Ref below = int_binop(BinOp::Sub, min.get(), one.get());
  CHECK(is_bigint(below.get()));
  CHECK(int_to_string(below.get()) == "-140737488355329");

  Ref i64min = int_from_i64(INT64_MIN);
  CHECK(is_bigint(i64min.get()));
  CHECK(int_to_string(i64min.get()) == "-9223372036854775808");
  CHECK(int_as_i64(i64min.get()) == INT64_MIN);

  Ref sq = int_binop(BinOp::Mul, i64min.get(), i64min.get());   // 2**126
  CHECK(int_to_string(sq.get()) == "85070591730234615865843651857942052864");
  CHECK(int_to_string(sq.get(), 16) == "40000000000000000000000000000000");
  Ref q = int_binop(BinOp::FloorDiv, sq.get(), i64min.get());
  CHECK(int_to_string(q.get()) == "-9223372036854775808");
  CHECK(int_compare(sq.get(), max.get()) == 1);
}

TEST_CASE("interning returns the same object for equal text", "[runtime][str]") {
  interp();
  Str* a = intern("some_identifier_name");
  Str* b = intern(std::string("some_identifier") + "_name");
  CHECK(a == b);
  CHECK(a->interned);
  CHECK(a->rc < 0);   // immortal
  Ref fresh = str_new("some_identifier_name");
  CHECK(fresh.obj() != a);
  CHECK(intern(fresh.as<Str>()) == a);
  CHECK(intern("some_identifier_namf") != a);
  CHECK(str_equal(fresh.as<Str>(), a));
}

TEST_CASE("dict set/get/delete keeps insertion order and grows to 10k keys", "[runtime][dict]") {
  interp();
  Ref d = dict_new();
  Dict* dict = as_dict(d.get());
  const int n = 10000;
  for (int i = 0; i < n; i++) {
    Ref k = str_new("k" + std::to_string(i));
    dict_set(dict, k.get(), Value::small_int(i * 3));
  }
  CHECK(dict->used == n);
  CHECK(length(d.get()) == n);
  for (int i = 0; i < n; i++) {
    Ref k = str_new("k" + std::to_string(i));
    Value v = dict_get(dict, k.get());
    REQUIRE_FALSE(v.is_null());
    CHECK(v.as_small_int() == i * 3);
  }
  // Overwrite keeps the position; delete every other key.
  Ref k0 = str_new("k0");
  dict_set(dict, k0.get(), Value::small_int(-1));
  for (int i = 1; i < n; i += 2) {
    Ref k = str_new("k" + std::to_string(i));
    CHECK(dict_del(dict, k.get()));
    CHECK_FALSE(dict_del(dict, k.get()));
  }
  CHECK(dict->used == n / 2);
  Ref missing = str_new("k1");
  CHECK(dict_get(dict, missing.get()).is_null());
  int64_t pos = 0, expect = 0;
  Value k, v;
  bool ordered = true;
  while (dict_next(dict, &pos, &k, &v)) {
    ordered = ordered && str_view(k) == "k" + std::to_string(expect);
    expect += 2;
  }
  CHECK(ordered);
  CHECK(expect == n);
  CHECK(dict_get(dict, k0.get()).as_small_int() == -1);
  // Re-inserting a deleted key appends it at the end.
  dict_set(dict, missing.get(), Value::none());
  CHECK(repr_utf8(call_method(d.get(), "popitem", {}).get()) == "('k1', None)");
}

TEST_CASE("list append and a stable sort with a key", "[runtime][list]") {
  interp();
  Ref l = list_new();
  for (int i : {3, -1, 1, -3, 2, -2, 0}) list_append(l.get(), Value::small_int(i));
  CHECK(as_list(l.get())->size == 7);
  Value abs_fn = dict_get_cstr(interp()->builtins, "abs");
  REQUIRE_FALSE(abs_fn.is_null());
  list_sort(l.get(), abs_fn, false);
  CHECK(repr_utf8(l.get()) == "[0, -1, 1, 2, -2, 3, -3]");
  list_sort(l.get(), abs_fn, true);   // reverse keeps equal items in their order
  CHECK(repr_utf8(l.get()) == "[3, -3, 2, -2, -1, 1, 0]");
  list_sort(l.get(), Value::none(), false);
  CHECK(repr_utf8(l.get()) == "[-3, -2, -1, 0, 1, 2, 3]");
}

TEST_CASE("tuple hash matches CPython's", "[runtime][tuple]") {
  interp();
  Ref t = tuple_from({Value::small_int(1), Value::small_int(2)});
  CHECK(hash(t.get()) == -3550055125485641917LL);
  Ref empty = tuple_from({});
  CHECK(hash(empty.get()) == 5740354900026072187LL);   // hash(())
  CHECK(hash(Value::small_int(-1)) == -2);
}

TEST_CASE("compile_source + run_code run programs and set globals", "[runtime][run]") {
  Ref g = run(
      "def fib(n):\n"
      "    a, b = 0, 1\n"
      "    for _ in range(n):\n"
      "        a, b = b, a + b\n"
      "    return a\n"
      "x = fib(100)\n"
      "s = ','.join(str(i * i) for i in range(5))\n"
      "d = {k: len(k) for k in ['a', 'bb']}\n"
      "class C:\n"
      "    def __init__(self): self.v = 7\n"
      "c = C().v\n");
  CHECK(global_repr(g, "x") == "354224848179261915075");
  CHECK(global_repr(g, "s") == "'0,1,4,9,16'");
  CHECK(global_repr(g, "d") == "{'a': 1, 'bb': 2}");
  CHECK(global_repr(g, "c") == "7");
  CHECK(global_repr(g, "nope") == "<unset>");
}

TEST_CASE("exceptions surface as PyError with the right type", "[runtime][errors]") {
  CHECK(raised_type("1 / 0") == "ZeroDivisionError");
  CHECK(raised_type("{}['k']") == "KeyError");
  CHECK(raised_type("undefined_name") == "NameError");
  CHECK(raised_type("[][1]") == "IndexError");
  CHECK(raised_type("int('x')") == "ValueError");
  CHECK(raised_type("class E(Exception): pass\nraise E") == "E");
  CHECK(raised_type("try:\n    1 / 0\nexcept ZeroDivisionError:\n    pass\n") == "");
  // From C++ too, with the exception's args intact.
  interp();
  Ref l = list_new();
  try {
    getitem(l.get(), Value::small_int(3));
    FAIL("no exception");
  } catch (PyError& e) {
    CHECK(e.matches(IndexError_));
    CHECK(e.matches(LookupError_));
    CHECK_FALSE(e.matches(KeyError_));
    CHECK(str_utf8(Value::object(e.exc())) == "list index out of range");
  }
}

TEST_CASE("deep recursion raises RecursionError", "[runtime][errors]") {
  CHECK(raised_type("def f(n):\n    return f(n + 1)\nf(0)\n") == "RecursionError");
  // The interpreter is usable afterwards, and a raised limit is still safe.
  Ref g = run(
      "import sys\n"
      "old = sys.getrecursionlimit()\n"
      "sys.setrecursionlimit(1000000)\n"
      "def f(n):\n"
      "    return f(n + 1)\n"
      "try:\n"
      "    f(0)\n"
      "except RecursionError:\n"
      "    ok = True\n"
      "sys.setrecursionlimit(old)\n");
  CHECK(global_repr(g, "ok") == "True");
  CHECK(interp()->main_thread.depth == 0);
}

TEST_CASE("a huge allocation raises MemoryError", "[runtime][errors]") {
  CHECK(raised_type("[0] * 10**12") == "MemoryError");
  CHECK(raised_type("x = [0] * 1000\ny = len(x)") == "");
}
