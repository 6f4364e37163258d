// generic_alias.cpp — types.GenericAlias: what `list[int]` evaluates to.
//
// Type annotations such as `def f(x: dict[str, list[int]])` are evaluated
// when the function is defined, so the built-in containers need
// __class_getitem__. The alias records the origin class and the arguments,
// prints as CPython does, compares by value and, when called, builds an
// instance of the origin class. Substituting type variables (alias[T][int])
// is not supported.
#include "runtime/container_util.hpp"

namespace gilpy {

Type GenericAliasType;
void add_union_operator(Type* t);   // union_type.cpp

using namespace cont;

namespace {

struct GenericAlias : Object {
  Value origin;        // owned: the class (list, dict, ...)
  Tuple* args;         // owned
};

GenericAlias* as_alias(Value v) { return static_cast<GenericAlias*>(v.as_obj()); }

void alias_dealloc(Object* o) {
  GenericAlias* a = static_cast<GenericAlias*>(o);
  decref(a->origin);
  decref(a->args);
}

// One argument as CPython prints it: classes by (qualified) name.
void append_arg(std::string& out, Value v) {
  if (v == Value::object(&EllipsisObj)) {
    out += "...";
  } else if (isinstance_of(v, &TypeType)) {
    Type* t = static_cast<Type*>(v.as_obj());
    if (t->module != "builtins") out += t->module + ".";
    out += t->qualname;
  } else {
    append_repr(out, v);
  }
}

Ref alias_repr(Value self) {
  GenericAlias* a = as_alias(self);
  std::string out;
  append_arg(out, a->origin);
  out += "[";
  if (a->args->size == 0) out += "()";
  for (int64_t i = 0; i < a->args->size; ++i) {
    if (i) out += ", ";
    append_arg(out, a->args->items[i]);
  }
  return str_new(out + "]");
}

Ref alias_richcmp(Value x, Value y, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || type_of(y) != &GenericAliasType)
    return Ref::borrow(not_implemented());
  GenericAlias* a = as_alias(x);
  GenericAlias* b = as_alias(y);
  bool eq = a->origin == b->origin && equals(Value::object(a->args), Value::object(b->args));
  return Ref::boolean(eq == (op == CmpOp::Eq));
}

int64_t alias_hash(Value self) {
  GenericAlias* a = as_alias(self);
  return hash(a->origin) ^ hash(Value::object(a->args));
}

Ref alias_call(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  return call(as_alias(self)->origin, args, nargs, kwnames);
}

Ref alias_getitem(Value, Value) { not_supported("subscripting a parameterized generic alias"); }

Ref get_origin(Value self) { return Ref::borrow(as_alias(self)->origin); }
Ref get_args(Value self) { return Ref::borrow(Value::object(as_alias(self)->args)); }
Ref get_parameters(Value) { return Ref::borrow(Value::object(empty_tuple())); }

// PEP 560: `class C(list[int])` has the base list (and __orig_bases__).
Ref m_mro_entries(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_onearg("__mro_entries__", nargs, kwnames);
  return tuple_from({as_alias(self)->origin});
}

// A parameterized generic cannot answer isinstance()/issubclass().
Ref m_instancecheck(Value, const Value*, size_t, Tuple*) {
  type_error("isinstance() argument 2 cannot be a parameterized generic");
}
Ref m_subclasscheck(Value, const Value*, size_t, Tuple*) {
  type_error("issubclass() argument 2 cannot be a parameterized generic");
}

const MethodDef alias_methods[] = {
    {"__mro_entries__", m_mro_entries},
    {"__instancecheck__", m_instancecheck},
    {"__subclasscheck__", m_subclasscheck},
    {nullptr, nullptr},
};

const GetSetDef alias_getsets[] = {
    {"__origin__", get_origin},
    {"__args__", get_args},
    {"__parameters__", get_parameters},
    {nullptr, nullptr},
};

}  // namespace

Ref generic_alias_new(Value origin, Value args) {
  Ref t = isinstance_of(args, &TupleType) ? Ref::borrow(args) : tuple_from({args});
  GenericAlias* a = alloc_object<GenericAlias>(&GenericAliasType);
  incref(origin);
  a->origin = origin;
  a->args = as_tuple(t.release());
  return Ref::steal(a);
}

Ref class_getitem(Value cls, const Value* args, size_t nargs, Tuple* kwnames) {
  check_onearg("__class_getitem__", nargs, kwnames);
  return generic_alias_new(cls, args[0]);
}

// types.GenericAlias(origin, args), as classes' __class_getitem__ use it.
static Ref alias_new_slot(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  if (kwnames && kwnames->size) type_error("GenericAlias() takes no keyword arguments");
  if (nargs != 2) type_error("GenericAlias expected 2 arguments, got " + std::to_string(nargs));
  return generic_alias_new(args[0], args[1]);
}

namespace cont {

void init_generic_alias_type() {
  setup_type(GenericAliasType, "GenericAlias", sizeof(GenericAlias));
  GenericAliasType.module = "types";
  GenericAliasType.dealloc = alias_dealloc;
  GenericAliasType.repr = alias_repr;
  GenericAliasType.richcmp = alias_richcmp;
  GenericAliasType.hash = alias_hash;
  GenericAliasType.call = alias_call;
  GenericAliasType.getitem = alias_getitem;
  GenericAliasType.new_ = alias_new_slot;
  type_ready(&GenericAliasType, alias_methods, alias_getsets);
  add_union_operator(&GenericAliasType);   // list[int] | None
}

}  // namespace cont
}  // namespace gilpy
