// native_evaluate.cpp — native.evaluate(ex, local_dict=None, *, out=None,
// threads=None, release_gil=True): a numexpr-like vector expression.
//
// With the GIL held: parse the expression (native/expr.hpp, its own parser),
// bind each name (local_dict, else the caller's locals; then the caller's
// globals) to an array buffer or a number, compile, allocate the result.
// Then evaluate block by block on the native thread pool without the GIL.
//
// Results: array('d') for numbers, array('b') of 0/1 for boolean
// expressions (array has no bool typecode), a float for sum/prod/min/max,
// and a plain float or bool when no array is involved. All arithmetic is in
// double precision (int arrays are converted); division by zero and domain
// errors give inf/nan as in numpy, not exceptions.
#include <algorithm>
#include <new>
#include <string>
#include <vector>

#include "native/expr.hpp"
#include "native/thread_pool.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"
#include "stdlib/array.hpp"
#include "stdlib/native_impl.hpp"

namespace gilpy {

namespace {

using namespace native_mod;
namespace ex = native::expr;

constexpr int kMaxThreads = 256;

[[noreturn]] void raise_expr_error(const ex::ExprError& e) {
  std::string msg = std::string("evaluate(): ") + e.what();
  switch (e.kind) {
    case ex::ExprError::Syntax: raise(SyntaxError_, msg);
    case ex::ExprError::Name: raise(NameError_, msg);
    case ex::ExprError::Type: raise(TypeError_, msg);
    default: raise(ValueError_, msg);
  }
}

// A local variable of frame f (fast locals, cells, or the locals dict), borrowed.
Value frame_local(Frame* f, Str* name) {
  if (f->locals) return dict_get_str(f->locals, name);
  Code* co = f->code;
  for (int i = 0; i < co->nlocals; i++)
    if (co->varnames[size_t(i)] == name) return f->slots[i];
  for (int i = 0; i < co->ncells + co->nfrees; i++) {
    Str* n = i < co->ncells ? co->cellvars[size_t(i)] : co->freevars[size_t(i - co->ncells)];
    Value c = f->slots[co->nlocals + i];
    if (n == name && c.is_obj() && c.as_obj()->type == &CellType) return static_cast<Cell*>(c.as_obj())->contents;
  }
  return Value::null();
}

// The value of `name` (owned; raises NameError when unbound).
Ref lookup_name(const std::string& name, Value local_dict, Frame* caller) {
  Str* key = intern(name);
  if (!local_dict.is_null() && !local_dict.is_none()) {
    if (isinstance_of(local_dict, &DictType)) {
      Value v = dict_get_str(as_dict(local_dict), key);
      if (!v.is_null()) return Ref::borrow(v);
    } else {
      try {
        return getitem(local_dict, Value::object(key));
      } catch (PyError& e) {
        if (!e.matches(KeyError_)) throw;
      }
    }
  } else if (caller) {
    Value v = frame_local(caller, key);
    if (!v.is_null()) return Ref::borrow(v);
  }
  if (caller) {
    Value v = dict_get_str(caller->globals, key);
    if (!v.is_null()) return Ref::borrow(v);
  }
  raise(NameError_, "evaluate(): name '" + name + "' is not defined");
}

// What each name of the expression is bound to, with the arrays' buffers.
struct Bound {
  std::vector<Ref> values;
  std::vector<ex::Binding> bindings;
  std::vector<ex::EvalInput> inputs;
  std::vector<BufferGuard> guards;
  int64_t n = -1;             // common length of the arrays (-1: no array)
  std::string first_array;    // for the length-mismatch message
};

void bind_names(const ex::Ast& ast, Value local_dict, Bound* b) {
  Frame* caller = current_thread_state()->frame;
  size_t k = ast.names.size();
  b->guards = std::vector<BufferGuard>(k);
  b->bindings.resize(k);
  b->inputs.resize(k, ex::EvalInput{native::Elem::F64, nullptr});
  for (size_t i = 0; i < k; i++) {
    const std::string& name = ast.names[i];
    b->values.push_back(lookup_name(name, local_dict, caller));
    Value v = b->values.back().get();
    if (v.is_bool()) {
      b->bindings[i] = {false, true, v.is_true() ? 1.0 : 0.0};
    } else if (is_int(v) || isinstance_of(v, &FloatType)) {
      b->bindings[i] = {false, false, to_double(v)};
    } else if (has_buffer(v)) {
      TypedBuffer tb{'?', nullptr, 0, 0};
      native::Span s;
      if (!b->guards[i].acquire(v, &tb) || !native::elem_from_typecode(tb.typecode, &s.type))
        type_error("evaluate(): array '" + name + "' must have a numeric typecode, not '" +
                   std::string(1, tb.typecode) + "'");
      s.data = tb.data;
      s.n = tb.length;
      b->bindings[i] = {true, false, 0};
      b->inputs[i] = {s.type, s.data};
      if (b->n < 0) {
        b->n = s.n;
        b->first_array = name;
      } else if (s.n != b->n) {
        value_error("evaluate(): arrays have different lengths: '" + b->first_array + "' has " +
                    std::to_string(b->n) + " items, '" + name + "' has " + std::to_string(s.n));
      }
    } else {
      type_error("evaluate(): variable '" + name + "' must be an array or a number, not " + type_name(v));
    }
  }
}

int threads_arg(Value v) {
  if (v.is_null() || v.is_none()) return std::min(native::cpu_count(), kMaxThreads);
  int64_t t = int_arg("evaluate", "threads", v);
  if (t < 1 || t > kMaxThreads)
    value_error("evaluate(): threads must be between 1 and " + std::to_string(kMaxThreads) + ", not " +
                std::to_string(t));
  return int(t);
}

// The result of an expression with no array in it.
Ref constant_result(const ex::Program& prog, Value out, BufferGuard& og) {
  double v = prog.const_value;
  if (!out.is_null() && !out.is_none()) {
    if (prog.reduce != ex::Reduce::None) value_error("evaluate(): out= cannot be used with a reduction");
    native::Span s = numeric_span("evaluate", "out", out, og);
    native::visit_elem(s.type, s.data, [&](auto* p) {
      using T = std::remove_pointer_t<decltype(p)>;
      for (int64_t i = 0; i < s.n; i++) p[i] = T(v);
    });
    return Ref::borrow(out);
  }
  if (prog.result_bool && prog.reduce == ex::Reduce::None) return Ref::boolean(v != 0);
  return Ref::steal(Value::from_double(v));
}

}  // namespace

Ref native_evaluate(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_positional("evaluate", nargs, 2);
  Value a[5];
  parse_args("evaluate", args, nargs, kw, {"ex", "local_dict", "out", "threads", "release_gil"}, 1, a);
  if (!is_str(a[0])) type_error("evaluate() argument 'ex' must be str, not " + type_name(a[0]));
  if (!a[1].is_null() && !a[1].is_none() && !isinstance_of(a[1], &DictType) && !hasattr(a[1], intern("keys")))
    type_error("evaluate() argument 'local_dict' must be a mapping, not " + type_name(a[1]));
  Value out = a[2].is_null() ? Value::none() : a[2];
  int threads = threads_arg(a[3]);
  bool release = flag_arg(a[4], true);

  ex::Ast ast;
  try {
    ast = ex::parse(str_view(a[0]));
  } catch (const ex::ExprError& e) {
    raise_expr_error(e);
  }
  Bound b;
  bind_names(ast, a[1], &b);
  ex::Program prog;
  try {
    prog = ex::compile(ast, b.bindings);
  } catch (const ex::ExprError& e) {
    raise_expr_error(e);
  }
  BufferGuard og;
  if (prog.is_const) return constant_result(prog, out, og);

  int64_t n = b.n;
  bool reduce = prog.reduce != ex::Reduce::None;
  if (reduce && n == 0) {
    if (prog.reduce == ex::Reduce::Min || prog.reduce == ex::Reduce::Max)
      value_error(std::string("evaluate(): ") + (prog.reduce == ex::Reduce::Min ? "min" : "max") +
                  "() of an empty array");
    return Ref::steal(Value::from_double(prog.reduce == ex::Reduce::Sum ? 0.0 : 1.0));
  }
  Ref result;
  native::Span dst{native::Elem::F64, nullptr, 0};
  if (!out.is_none()) {
    if (reduce) value_error("evaluate(): out= cannot be used with a reduction");
    char tc;
    dst = numeric_span("evaluate", "out", out, og, &tc);
    if (!prog.result_bool && !native::elem_is_float(dst.type))
      type_error(std::string("evaluate(): out must be an array of typecode 'd' or 'f' for a numeric result, not '") +
                 tc + "'");
    if (dst.n != n)
      value_error("evaluate(): out has " + std::to_string(dst.n) + " items, the arrays have " + std::to_string(n));
    result = Ref::borrow(out);
  } else if (!reduce) {
    import_module("array");
    result = array_new_uninit(prog.result_bool ? 'b' : 'd', n);
    dst = numeric_span("evaluate", "out", result.get(), og);
  }

  double value;
  try {
    ex::Evaluator ev(prog, b.inputs, n, dst.type, dst.data, threads);
    GilRelease nogil(release);
    value = ev.run();
  } catch (const std::bad_alloc&) {
    memory_error();
  }
  if (reduce) return Ref::steal(Value::from_double(value));
  return result;
}

}  // namespace gilpy
