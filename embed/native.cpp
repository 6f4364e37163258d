// native.cpp — Python callables that run C++ functions of the host
// (Interpreter::function, def, Module::def), and the mapping of C++
// exceptions to Python exceptions when they leave such a function.
#include <mutex>
#include <stdexcept>

#include "embed/state.hpp"
#include "runtime/container_util.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"

namespace gilpy::embed {

using detail::State;

namespace {

// The `self` of a host function's builtin object: owns the C++ callable.
struct NativeClosure : gilpy::Object {
  State* st;
  std::string* name;
  detail::NativeImpl* impl;
};

Type NativeClosureType;

void closure_dealloc(gilpy::Object* o) {
  auto* c = static_cast<NativeClosure*>(o);
  delete c->impl;
  delete c->name;
}

// Built-in types are shared by all interpreters: ready it once per process.
void ready_closure_type() {
  static std::once_flag once;
  std::call_once(once, [] {
    cont::setup_type(NativeClosureType, "embedded_function", sizeof(NativeClosure));
    NativeClosureType.module = "gilpy";
    NativeClosureType.dealloc = closure_dealloc;
    type_ready(&NativeClosureType);
  });
}

// An Error thrown by host code: its Python exception if it carries one of
// this interpreter, else the builtin exception class it names.
[[noreturn]] void raise_error(State* st, const Error& e) {
  const embed::Object& exc = e.exception();
  if (exc && exc.state_() == st) raise_value(detail::value_of(exc));
  Value cls = dict_get_cstr(st->interp->builtins, e.type_name());
  if (!cls.is_null() && type_of(cls) == &TypeType && is_subtype(static_cast<Type*>(cls.as_obj()), BaseException_))
    raise(static_cast<Type*>(cls.as_obj()), e.message());
  raise(RuntimeError_, e.type_name() + ": " + e.message());
}

// The standard C++ exceptions, as pybind11 and others map them.
[[noreturn]] void raise_std(const std::exception& e) {
  if (dynamic_cast<const std::invalid_argument*>(&e) || dynamic_cast<const std::domain_error*>(&e) ||
      dynamic_cast<const std::length_error*>(&e) || dynamic_cast<const std::range_error*>(&e))
    raise(ValueError_, e.what());
  if (dynamic_cast<const std::out_of_range*>(&e)) raise(IndexError_, e.what());
  if (dynamic_cast<const std::overflow_error*>(&e)) raise(OverflowError_, e.what());
  if (dynamic_cast<const std::underflow_error*>(&e)) raise(ArithmeticError_, e.what());
  if (dynamic_cast<const std::bad_alloc*>(&e)) raise_args(MemoryError_, nullptr, 0);
  raise(RuntimeError_, e.what());
}

Ref trampoline(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  auto* c = static_cast<NativeClosure*>(self.as_obj());
  if (kwnames && kwnames->size) type_error(*c->name + "() takes no keyword arguments");
  State* st = c->st;
  std::vector<embed::Object> a;
  a.reserve(nargs);
  for (size_t i = 0; i < nargs; i++) a.push_back(detail::borrow(st, args[i]));
  try {
    embed::Object r = (*c->impl)(*st->owner, a);
    if (!r) return Ref::none();
    return Ref::borrow(detail::value_in(st, r));
  } catch (PyError&) {
    throw;
  } catch (const Error& e) {
    raise_error(st, e);
  } catch (const std::exception& e) {
    raise_std(e);
  } catch (...) {
    raise(RuntimeError_, "unknown C++ exception in " + *c->name + "()");
  }
}

}  // namespace

Object Interpreter::function_(const std::string& name, detail::NativeImpl impl) {
  ready_closure_type();
  return detail::with_gil(st_, [&] {
    NativeClosure* c = alloc_object<NativeClosure>(&NativeClosureType);
    c->st = st_;
    c->name = new std::string(name);
    c->impl = new detail::NativeImpl(std::move(impl));
    Ref self = Ref::steal(c);
    Ref fn = make_builtin(c->name->c_str(), trampoline, self.get());
    return detail::adopt(st_, std::move(fn));
  });
}

}  // namespace gilpy::embed
