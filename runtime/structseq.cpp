// structseq.cpp — see structseq.hpp.
#include "runtime/structseq.hpp"

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"

namespace gilpy {

Ref type_new_class(Type* meta, Str* name, Value bases, Dict* ns);
Ref make_method_descr(const MethodDef& def, Type* owner);

// A field: reading it returns item `index` of the tuple.
struct FieldDescr : Object {
  int64_t index;
};
static Type FieldDescrType;

static Ref field_get(Value descr, Value obj, Value) {
  if (obj.is_null()) return Ref::borrow(descr);
  return Ref::borrow(as_tuple(obj)->items[static_cast<FieldDescr*>(descr.as_obj())->index]);
}
static bool field_set(Value, Value, Value) { raise(AttributeError_, "readonly attribute"); }

static Ref structseq_repr(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("__repr__", nargs, kw, 0, 0);
  Type* t = type_of(self);
  Value fields = dict_get_str(t->dict, intern("_fields"));
  Value shown = dict_get_str(t->dict, intern("_repr_name"));
  std::string out = std::string(str_view(shown)) + "(";
  Tuple* f = as_tuple(fields);
  Tuple* v = as_tuple(self);
  for (int64_t i = 0; i < f->size && i < v->size; i++) {
    if (i) out += ", ";
    out += std::string(str_view(f->items[i])) + "=" + repr_utf8(v->items[i]);
  }
  return str_new(out + ")");
}

Ref structseq_type(const std::string& qualified_name, const std::vector<std::string>& fields) {
  if (!FieldDescrType.dict) {
    FieldDescrType.name = "member_descriptor";
    FieldDescrType.descr_get = field_get;
    FieldDescrType.descr_set = field_set;
    type_ready(&FieldDescrType);
  }
  Ref ns = dict_new();
  Dict* d = as_dict(ns.get());
  Ref names = tuple_new(fields.size());
  for (size_t i = 0; i < fields.size(); i++) {
    FieldDescr* fd = alloc_object<FieldDescr>(&FieldDescrType);
    fd->index = int64_t(i);
    Ref keep = Ref::steal(fd);
    dict_set_str(d, fields[i], keep.get());
    as_tuple(names.get())->items[i] = str_new(fields[i]).release();
  }
  dict_set_str(d, "_fields", names.get());
  dict_set_str(d, "n_fields", Value::small_int(int64_t(fields.size())));
  dict_set_str(d, "_repr_name", str_new(qualified_name).get());
  size_t dot = qualified_name.rfind('.');
  std::string mod = dot == std::string::npos ? "builtins" : qualified_name.substr(0, dot);
  std::string name = dot == std::string::npos ? qualified_name : qualified_name.substr(dot + 1);
  dict_set_str(d, "__module__", str_new(mod).get());
  Ref bases = tuple_from({Value::object(&TupleType)});
  Ref t = type_new_class(&TypeType, intern(name), bases.get(), d);
  static const MethodDef repr_def = {"__repr__", structseq_repr};
  Ref rd = make_method_descr(repr_def, static_cast<Type*>(t.obj()));
  setattr(t.get(), intern("__repr__"), rd.get());
  return t;
}

Ref structseq_from_array(Value type, const Value* values, size_t n) {
  Ref tup = tuple_from_array(values, n);
  return call(type, {tup.get()});
}

Ref structseq_new(Value type, std::initializer_list<Value> values) {
  return structseq_from_array(type, values.begin(), values.size());
}

}  // namespace gilpy
