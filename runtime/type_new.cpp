// type_new.cpp — type.__new__: the class-creation protocol (PEP 3115, PEP
// 487) that a class statement and `type(name, bases, ns)` share.
//
// type_new_class (type.cpp) builds the Type itself: layout, MRO, slots.
// Around it, type.__new__ does what CPython's does:
//   1. picks the most derived metaclass of the bases (a conflict is an error);
//   2. sets __module__ from the caller's globals if the namespace lacks it;
//   3. fills the __class__ cell the class body left in __classcell__ (so
//      zero-argument super() works in methods, and already in steps 4-5);
//   4. calls __set_name__(cls, name) on every attribute whose type has it;
//   5. calls super(cls, cls).__init_subclass__(**kwargs) — the class
//      keywords other than `metaclass`.
// type.__prepare__ (the namespace of a class statement) is here too.
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"

namespace gilpy {

Ref type_new_class(Type* meta, Str* name, Value bases, Dict* ns);   // type.cpp
Ref super_new_for(Type* start, Value obj);                          // descr.cpp

static Type* as_type(Value v) { return static_cast<Type*>(v.as_obj()); }

// The metaclass of a class with these bases: the one that is a subclass of
// every other (CPython's _PyType_CalculateMetaclass).
Type* calculate_metaclass(Type* meta, Tuple* bases) {
  Type* winner = meta;
  for (int64_t i = 0; i < bases->size; i++) {
    Type* bt = type_of(bases->items[i]);
    if (is_subtype(winner, bt)) continue;
    if (is_subtype(bt, winner)) {
      winner = bt;
      continue;
    }
    type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
               "metaclasses of all its bases");
  }
  return winner;
}

// Calls a special method found on type(self) with self first.
static Ref call_special(Value f, Value self, std::initializer_list<Value> rest) {
  Type* ft = type_of(f);
  if (ft == &FunctionType) {
    Value args[4];
    size_t n = 0;
    args[n++] = self;
    for (Value v : rest) args[n++] = v;
    return call(f, args, n);
  }
  if (ft->descr_get) {
    Ref bound = ft->descr_get(f, self, Value::object(type_of(self)));
    return call(bound.get(), rest);
  }
  return call(f, rest);
}

// CPython 3.11 reports an error in __set_name__ as a RuntimeError caused by it.
[[noreturn]] static void raise_set_name_error(PyError& cause, Value value, Value key, Type* cls) {
  Ref exc = make_exception(RuntimeError_, "Error calling __set_name__ on '" + type_name(value) + "' instance " +
                                              repr_utf8(key) + " in '" + cls->name + "'");
  Value c = Value::object(cause.exc());
  setattr(exc.get(), intern("__cause__"), c);
  setattr(exc.get(), intern("__context__"), c);
  throw PyError(exc.release().as_obj());
}

static void call_set_names(Type* cls) {
  static Str* s_set_name = intern("__set_name__");
  // Over a copy: a __set_name__ may change the class namespace.
  std::vector<std::pair<Ref, Ref>> items;
  int64_t pos = 0;
  Value k, v;
  while (dict_next(cls->dict, &pos, &k, &v)) items.emplace_back(Ref::borrow(k), Ref::borrow(v));
  for (auto& [key, value] : items) {
    Value hook = type_lookup(type_of(value.get()), s_set_name);
    if (hook.is_null()) continue;
    try {
      call_special(hook, value.get(), {Value::object(cls), key.get()});
    } catch (PyError& e) {
      raise_set_name_error(e, value.get(), key.get(), cls);
    }
  }
}

// super(cls, cls).__init_subclass__(**kwargs): the keyword values follow
// the three positional arguments of type.__new__.
static void call_init_subclass(Type* cls, const Value* kwvalues, Tuple* kwnames) {
  static Str* s_init_subclass = intern("__init_subclass__");
  Ref sup = super_new_for(cls, Value::object(cls));
  Ref hook = getattr(sup.get(), s_init_subclass);
  call(hook.get(), kwvalues, 0, kwnames);
}

// The class body stored its __class__ cell as __classcell__: fill it with
// the new class, and keep it out of the class's attributes.
static void fill_class_cell(Type* cls) {
  static Str* s_classcell = intern("__classcell__");
  Value cell = dict_get_str(cls->dict, s_classcell);
  if (cell.is_null()) return;
  if (type_of(cell) != &CellType)
    type_error("__classcell__ must be a nonlocal cell, not " + repr_utf8(Value::object(type_of(cell))));
  Cell* c = static_cast<Cell*>(cell.as_obj());
  incref(cls);
  xdecref(c->contents);
  c->contents = Value::object(cls);
  dict_del(cls->dict, Value::object(s_classcell));
}

// `type(name, bases, ns)` called from Python: __module__ is the calling
// module's __name__ (CPython reads the innermost frame's globals).
static void set_module_from_caller(Type* cls) {
  static Str* s_module = intern("__module__");
  static Str* s_name = intern("__name__");
  if (!dict_get_str(cls->dict, s_module).is_null()) return;
  Frame* f = current_thread_state()->frame;
  if (!f || !f->globals) return;
  Value name = dict_get_str(f->globals, s_name);
  if (name.is_null()) return;
  dict_set(cls->dict, Value::object(s_module), name);
  if (is_str(name)) cls->module = std::string(str_view(name));
}

static void check_new_args(const Value* args, size_t nargs) {
  if (nargs != 3)
    type_error("type.__new__() takes exactly 3 arguments (" + std::to_string(nargs) + " given)");
  if (!is_str(args[0])) type_error("type.__new__() argument 1 must be str, not " + type_name(args[0]));
  if (!isinstance_of(args[1], &TupleType))
    type_error("type.__new__() argument 2 must be tuple, not " + type_name(args[1]));
  if (!isinstance_of(args[2], &DictType))
    type_error("type.__new__() argument 3 must be dict, not " + type_name(args[2]));
  Tuple* bases = as_tuple(args[1]);
  static Str* s_mro_entries = intern("__mro_entries__");
  for (int64_t i = 0; i < bases->size; i++) {
    Value b = bases->items[i];
    if (!isinstance_of(b, &TypeType) && getattr_opt(b, s_mro_entries))
      type_error("type() doesn't support MRO entry resolution; use types.new_class()");
  }
  static Str* s_qualname = intern("__qualname__");
  Value qn = dict_get_str(as_dict(args[2]), s_qualname);
  if (!qn.is_null() && !is_str(qn)) type_error("type __qualname__ must be a str, not " + type_name(qn));
}

// type.__new__(meta, name, bases, namespace, **kwargs)
Ref type_new(Type* meta, const Value* args, size_t nargs, Tuple* kwnames) {
  check_new_args(args, nargs);
  Type* winner = calculate_metaclass(meta, as_tuple(args[1]));
  if (winner != meta) {
    // A more derived metaclass with its own __new__ makes the class.
    static Str* s_new = intern("__new__");
    Value wnew = type_lookup(winner, s_new);
    if (type_of(wnew) == &FunctionType) {
      std::vector<Value> a{Value::object(winner)};
      a.insert(a.end(), args, args + nargs + (kwnames ? kwnames->size : 0));
      return call(wnew, a.data(), nargs + 1, kwnames);
    }
    meta = winner;
  }
  Ref cls = type_new_class(meta, as_str(args[0]), args[1], as_dict(args[2]));
  Type* t = as_type(cls.get());
  set_module_from_caller(t);
  fill_class_cell(t);
  call_set_names(t);
  call_init_subclass(t, args + nargs, kwnames);
  return cls;
}

// type.__prepare__(name, bases, **kwds): a class statement's namespace.
Ref type_prepare(Value, const Value*, size_t, Tuple*) { return dict_new(); }

}  // namespace gilpy
