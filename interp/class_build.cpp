// class_build.cpp — builtins.__build_class__, what a class statement calls
// (PEP 3115, PEP 560), and the class-body namespace operations for
// namespaces that are not exact dicts.
//
// `class C(*bases, metaclass=M, **kw): body` does, as CPython:
//   1. bases that are not classes but have __mro_entries__ are replaced by
//      what it returns (typing's Generic[T]); the originals are kept in the
//      namespace as __orig_bases__;
//   2. the metaclass is M, or the type of the first base, then the most
//      derived metaclass among the bases';
//   3. the namespace is M.__prepare__(name, bases, **kw) (a new dict for
//      `type`);
//   4. the body runs with that namespace as its locals;
//   5. C = M(name, bases, namespace, **kw) — type.__new__ then fills the
//      __class__ cell, calls __set_name__ and __init_subclass__(**kw).
#include "interp/class_namespace.hpp"
#include "interp/vm.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"

namespace gilpy {

Type* calculate_metaclass(Type* meta, Tuple* bases);   // runtime/type_new.cpp

namespace {

Type* as_type(Value v) { return static_cast<Type*>(v.as_obj()); }

// PEP 560: a base that is not a class may stand for others.
Ref resolve_mro_entries(Value orig_bases) {
  static Str* s_mro_entries = intern("__mro_entries__");
  Tuple* orig = as_tuple(orig_bases);
  std::vector<Value> resolved;
  std::vector<Ref> keep;   // owns the entries __mro_entries__ returned
  bool changed = false;
  for (int64_t i = 0; i < orig->size; i++) {
    Value base = orig->items[i];
    Ref meth = isinstance_of(base, &TypeType) ? Ref() : getattr_opt(base, s_mro_entries);
    if (!meth) {
      resolved.push_back(base);
      continue;
    }
    Ref entries = call(meth.get(), {orig_bases});
    if (!isinstance_of(entries.get(), &TupleType)) type_error("__mro_entries__ must return a tuple");
    Tuple* t = as_tuple(entries.get());
    resolved.insert(resolved.end(), t->items, t->items + t->size);
    keep.push_back(std::move(entries));
    changed = true;
  }
  if (!changed) return Ref::borrow(orig_bases);
  return tuple_from_array(resolved.data(), resolved.size());
}

// The class keywords: `metaclass` apart, the others passed on (in order)
// to __prepare__, to the metaclass and so to __init_subclass__.
struct ClassKeywords {
  Value metaclass = Value::null();
  std::vector<Value> values;
  Ref names;   // tuple of str, or null when there are none
};

ClassKeywords split_keywords(const Value* kwvalues, Tuple* kwnames) {
  ClassKeywords k;
  if (!kwnames) return k;
  std::vector<Value> names;
  for (int64_t i = 0; i < kwnames->size; i++) {
    if (str_view(kwnames->items[i]) == "metaclass") {
      k.metaclass = kwvalues[i];
      continue;
    }
    names.push_back(kwnames->items[i]);
    k.values.push_back(kwvalues[i]);
  }
  if (!names.empty()) k.names = tuple_from_array(names.data(), names.size());
  return k;
}

Tuple* kwnames_of(const ClassKeywords& k) { return k.names ? as_tuple(k.names.get()) : nullptr; }

// Calls f(first, second, **keywords).
Ref call_with_keywords(Value f, Value first, Value second, const ClassKeywords& k, Value third = Value::null()) {
  std::vector<Value> args{first, second};
  if (!third.is_null()) args.push_back(third);
  size_t npos = args.size();
  args.insert(args.end(), k.values.begin(), k.values.end());
  return call(f, args.data(), npos, kwnames_of(k));
}

Ref prepare_namespace(Value meta, bool is_class, Value name, Value bases, const ClassKeywords& k) {
  static Str* s_prepare = intern("__prepare__");
  if (meta == Value::object(&TypeType)) return dict_new();
  Ref prep = getattr_opt(meta, s_prepare);
  if (!prep) return dict_new();
  Ref ns = call_with_keywords(prep.get(), name, bases, k);
  Type* nt = type_of(ns.get());
  if (!nt->getitem) {
    std::string who = is_class ? as_type(meta)->name : "<metaclass>";
    type_error(who + ".__prepare__() must return a mapping, not " + nt->name);
  }
  // The eval loop keeps a class body's namespace as a Dict: dict subclasses
  // (the usual case: enum, OrderedDict) work fully, other mappings not.
  if (!isinstance_of(ns.get(), &DictType))
    not_supported("a class namespace that is not a dict (__prepare__ returned '" + nt->name + "')");
  return ns;
}

// The class body returned its __class__ cell: type.__new__ must have
// filled it with the class being defined.
void check_class_cell(Value cell, Value name, Value cls) {
  Value filled = static_cast<Cell*>(cell.as_obj())->contents;
  if (filled == cls) return;
  if (filled.is_null())
    runtime_error("__class__ not set defining " + repr_utf8(name) + " as " + repr_utf8(cls) +
                  ". Was __classcell__ propagated to type.__new__?");
  type_error("__class__ set to " + repr_utf8(filled) + " defining " + repr_utf8(name) + " as " + repr_utf8(cls));
}

}  // namespace

Ref builtin_build_class(Value, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs < 2) type_error("__build_class__: not enough arguments");
  if (type_of(args[0]) != &FunctionType) type_error("__build_class__: func must be a function");
  if (!is_str(args[1])) type_error("__build_class__: name is not a string");
  Function* body = static_cast<Function*>(args[0].as_obj());
  Value name = args[1];
  Ref orig_bases = tuple_from_array(args + 2, nargs - 2);
  Ref bases = resolve_mro_entries(orig_bases.get());
  Tuple* bt = as_tuple(bases.get());
  ClassKeywords k = split_keywords(args + nargs, kwnames);
  Value meta = k.metaclass;
  bool is_class = true;
  if (meta.is_null()) meta = bt->size ? Value::object(type_of(bt->items[0])) : Value::object(&TypeType);
  else is_class = isinstance_of(meta, &TypeType);
  if (is_class) meta = Value::object(calculate_metaclass(as_type(meta), bt));
  Ref ns = prepare_namespace(meta, is_class, name, bases.get(), k);
  Ref cell = run_class_body(body, as_dict(ns.get()));
  if (bases.get() != orig_bases.get()) setitem(ns.get(), Value::object(intern("__orig_bases__")), orig_bases.get());
  Ref cls = call_with_keywords(meta, name, bases.get(), k, ns.get());
  if (isinstance_of(cls.get(), &TypeType) && type_of(cell.get()) == &CellType) check_class_cell(cell.get(), name, cls.get());
  return cls;
}

// ------------------------------------------------ namespace operations
// A dict subclass that does not override the operation is used directly.
static bool plain_dict_getitem(Type* t) {
  static Str* s_missing = intern("__missing__");
  return t->getitem == DictType.getitem && type_lookup(t, s_missing).is_null();
}

Value class_ns_load(Dict* ns, Str* name) {
  Type* t = ns->type;
  if (plain_dict_getitem(t)) {
    Value v = dict_get_str(ns, name);
    incref(v);
    return v;
  }
  try {
    return getitem(Value::object(ns), Value::object(name)).release();
  } catch (PyError& e) {
    if (!e.matches(KeyError_)) throw;
    return Value::null();
  }
}

void class_ns_store(Dict* ns, Str* name, Value v) {
  if (ns->type->setitem == DictType.setitem) dict_set(ns, Value::object(name), v);
  else setitem(Value::object(ns), Value::object(name), v);
}

bool class_ns_delete(Dict* ns, Str* name) {
  if (ns->type->setitem == DictType.setitem) return dict_del(ns, Value::object(name));
  try {
    delitem(Value::object(ns), Value::object(name));
    return true;
  } catch (PyError&) {
    return false;   // CPython reports any failure as a NameError
  }
}

void class_ns_setup_annotations(Dict* ns) {
  static Str* s_annotations = intern("__annotations__");
  Value have = class_ns_load(ns, s_annotations);
  if (!have.is_null()) {
    decref(have);
    return;
  }
  Ref d = dict_new();
  class_ns_store(ns, s_annotations, d.get());
}

}  // namespace gilpy
