// union_type.cpp — types.UnionType: what `int | None` evaluates to (PEP 604).
//
// `X | Y` on classes, None, generic aliases (list[int]) and unions builds a
// union of their arguments, flattened, without duplicates, None stored as
// NoneType; a union of one argument is that argument. It prints as
// `int | None`, compares equal to a union of the same arguments in any
// order, and isinstance()/issubclass() accept it as the tuple of its
// arguments (interp/builtins.cpp). Anything else (typing's objects) gets
// NotImplemented, so their own __ror__ can answer.
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"

namespace gilpy {

Type UnionTypeType;
extern Type GenericAliasType;
Ref make_method_descr(const MethodDef& def, Type* owner);   // descr.cpp

namespace {

struct UnionObject : Object {
  Tuple* args;   // owned
};

UnionObject* as_union(Value v) { return static_cast<UnionObject*>(v.as_obj()); }

bool is_union(Value v) { return type_of(v) == &UnionTypeType; }
bool is_generic_alias(Value v) { return isinstance_of(v, &GenericAliasType); }

bool is_unionable(Value v) {
  return v.is_none() || isinstance_of(v, &TypeType) || is_generic_alias(v) || is_union(v);
}

// The arguments of `a | b`: unions flattened, None as NoneType, each
// argument once (generic aliases compared by value, the rest by identity).
std::vector<Value> merged_args(Value a, Value b) {
  std::vector<Value> flat;
  for (Value v : {a, b}) {
    if (is_union(v)) {
      Tuple* t = as_union(v)->args;
      flat.insert(flat.end(), t->items, t->items + t->size);
    } else {
      flat.push_back(v.is_none() ? Value::object(&NoneType) : v);
    }
  }
  std::vector<Value> out;
  for (Value v : flat) {
    bool seen = false;
    for (Value o : out) {
      bool both_aliases = is_generic_alias(v) && is_generic_alias(o);
      if (both_aliases ? equals(v, o) : v == o) {
        seen = true;
        break;
      }
    }
    if (!seen) out.push_back(v);
  }
  return out;
}

Ref union_or(Value a, Value b) {
  if (!is_unionable(a) || !is_unionable(b)) return Ref::borrow(not_implemented());
  std::vector<Value> args = merged_args(a, b);
  if (args.size() == 1) return Ref::borrow(args[0]);
  Ref t = tuple_from_array(args.data(), args.size());
  UnionObject* u = alloc_object<UnionObject>(&UnionTypeType);
  u->args = as_tuple(t.release());
  return Ref::steal(u);
}

// The binary-operator slot of `type`, generic aliases and unions: only `|`.
Ref union_binop(BinOp op, Value a, Value b, bool) {
  if (op != BinOp::Or) return Ref::borrow(not_implemented());
  return union_or(a, b);
}

void union_dealloc(Object* o) { decref(static_cast<UnionObject*>(o)->args); }

// One argument as CPython prints it: None, module-qualified class names
// (builtins bare), the repr of anything else.
void append_arg(std::string& out, Value v) {
  if (v == Value::object(&NoneType)) {
    out += "None";
  } else if (isinstance_of(v, &TypeType)) {
    Type* t = static_cast<Type*>(v.as_obj());
    Ref module = getattr_opt(v, intern("__module__"));
    if (module && is_str(module.get()) && str_view(module.get()) != "builtins")
      out += std::string(str_view(module.get())) + ".";
    out += t->qualname;
  } else {
    out += repr_utf8(v);
  }
}

Ref union_repr(Value self) {
  Tuple* args = as_union(self)->args;
  std::string out;
  for (int64_t i = 0; i < args->size; i++) {
    if (i) out += " | ";
    append_arg(out, args->items[i]);
  }
  return str_new(out);
}

bool contains_arg(Tuple* t, Value v) {
  for (int64_t i = 0; i < t->size; i++)
    if (equals(t->items[i], v)) return true;
  return false;
}

// Equal when they hold the same arguments, in any order (as sets).
Ref union_richcmp(Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_union(b)) return Ref::borrow(not_implemented());
  Tuple* x = as_union(a)->args;
  Tuple* y = as_union(b)->args;
  bool eq = true;
  for (int64_t i = 0; eq && i < x->size; i++) eq = contains_arg(y, x->items[i]);
  for (int64_t i = 0; eq && i < y->size; i++) eq = contains_arg(x, y->items[i]);
  return Ref::boolean(eq == (op == CmpOp::Eq));
}

int64_t union_hash(Value self) {
  Ref set = call(Value::object(&FrozenSetType), {Value::object(as_union(self)->args)});
  return hash(set.get());
}

// The type variables among the arguments (CPython's _Py_make_parameters):
// an argument with __typing_subst__ is one; others contribute their
// __parameters__.
Ref union_parameters(Value self) {
  static Str* s_subst = intern("__typing_subst__");
  static Str* s_params = intern("__parameters__");
  Tuple* args = as_union(self)->args;
  std::vector<Value> params;
  std::vector<Ref> keep;
  auto add = [&](Value p) {
    for (Value q : params)
      if (q == p) return;
    params.push_back(p);
  };
  for (int64_t i = 0; i < args->size; i++) {
    Value a = args->items[i];
    if (isinstance_of(a, &TypeType)) continue;
    if (getattr_opt(a, s_subst)) {
      add(a);
      continue;
    }
    Ref ps = getattr_opt(a, s_params);
    if (!ps || !isinstance_of(ps.get(), &TupleType)) continue;
    Tuple* t = as_tuple(ps.get());
    for (int64_t j = 0; j < t->size; j++) add(t->items[j]);
    keep.push_back(std::move(ps));
  }
  return tuple_from_array(params.data(), params.size());
}

Ref union_getitem(Value self, Value) {
  Ref params = union_parameters(self);
  if (as_tuple(params.get())->size == 0) type_error(repr_utf8(self) + " is not a generic class");
  not_supported("substituting type variables in a types.UnionType");
}

Ref union_args(Value self) { return Ref::borrow(as_union(self)->args); }

Ref union_new(Type*, const Value*, size_t, Tuple*) { type_error("cannot create 'types.UnionType' instances"); }

// __or__ / __ror__ as methods (the slot is installed after type_ready, so
// that `type` does not also show every other operator).
Ref m_or(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("__or__", nargs, kw, 1, 1);
  return union_or(self, args[0]);
}
Ref m_ror(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("__ror__", nargs, kw, 1, 1);
  return union_or(args[0], self);
}

const MethodDef union_methods[] = {{"__or__", m_or}, {"__ror__", m_ror}, {nullptr, nullptr}};
const GetSetDef union_getsets[] = {{"__args__", union_args}, {"__parameters__", union_parameters}, {nullptr, nullptr}};

}  // namespace

bool is_union_type(Value v) { return is_union(v); }
Tuple* union_type_args(Value v) { return as_union(v)->args; }

// Gives `type` and types.GenericAlias their `|`: the slot, and __or__ /
// __ror__ methods for Python code that calls them by name.
void add_union_operator(Type* t) {
  t->binop = union_binop;
  for (const MethodDef* m = union_methods; m->name; m++) {
    Ref d = make_method_descr(*m, t);
    make_immortal(d.obj());
    dict_set_str(t->dict, m->name, d.get());
  }
}

void init_union_type() {
  UnionTypeType.name = UnionTypeType.qualname = "UnionType";
  UnionTypeType.module = "types";
  UnionTypeType.basic_size = sizeof(UnionObject);
  UnionTypeType.dealloc = union_dealloc;
  UnionTypeType.repr = union_repr;
  UnionTypeType.richcmp = union_richcmp;
  UnionTypeType.hash = union_hash;
  UnionTypeType.getitem = union_getitem;
  UnionTypeType.new_ = union_new;
  type_ready(&UnionTypeType, union_methods, union_getsets);
  UnionTypeType.binop = union_binop;
}

}  // namespace gilpy
