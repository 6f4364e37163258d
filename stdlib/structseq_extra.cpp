// structseq_extra.cpp — struct sequences: tuple subclasses with named items.
//
// An instance is a tuple whose trailing storage holds the visible items
// (tuple.size counts only those, so len, indexing, hashing and comparison
// are plain tuple behaviour) followed by the extra attribute-only items.
#include "stdlib/structseq_extra.hpp"

#include <array>
#include <string>
#include <utility>

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/ops.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"

namespace gilpy {

namespace {

struct StructSeqType : Type {
  StructSeqSpec spec;
  size_t n_visible = 0, n_total = 0;
  std::vector<GetSetDef> getsets;
};

StructSeqType* SST(Value self) { return static_cast<StructSeqType*>(type_of(self)); }

// Attribute getters are plain function pointers: one instantiation per index.
template <size_t I>
Ref item_getter(Value self) {
  return Ref::borrow(as_tuple(self)->items[I]);
}
template <size_t... I>
constexpr std::array<Ref (*)(Value), sizeof...(I)> make_getters(std::index_sequence<I...>) {
  return {&item_getter<I>...};
}
constexpr size_t kMaxItems = 32;
constexpr auto kGetters = make_getters(std::make_index_sequence<kMaxItems>());

Ref alloc_instance(StructSeqType* t) {
  size_t fixed = (sizeof(Tuple) + 7) & ~size_t(7);
  Tuple* o = alloc_object<Tuple>(t, fixed + t->n_total * sizeof(Value));
  o->hash = -1;
  o->size = int64_t(t->n_visible);
  o->items = reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + fixed);
  for (size_t i = 0; i < t->n_total; i++) o->items[i] = Value::none();
  return Ref::steal(o);
}

void structseq_dealloc(Object* o) {
  Tuple* t = static_cast<Tuple*>(o);
  StructSeqType* st = static_cast<StructSeqType*>(o->type);
  for (size_t i = st->n_visible; i < st->n_total; i++) xdecref(t->items[i]);
  TupleType.dealloc(o);
}

Ref structseq_repr(Value self) {
  StructSeqType* st = SST(self);
  Tuple* t = as_tuple(self);
  std::string out = st->module + "." + st->name + "(";
  for (size_t i = 0; i < st->n_visible; i++) {
    if (i) out += ", ";
    out += st->spec.fields[i];
    out += "=" + repr_utf8(t->items[i]);
  }
  return str_new(out + ")");
}

// type(sequence, dict=None): the sequence gives the visible items and
// possibly some extras; the dict may give the remaining extras by name.
Ref structseq_new_slot(Type* type, const Value* args, size_t nargs, Tuple* kw) {
  StructSeqType* st = static_cast<StructSeqType*>(type);
  Value a[2];
  std::string qual = st->module + "." + st->name;
  parse_args(qual.c_str(), args, nargs, kw, {"sequence", "dict"}, 1, a);
  Ref items = list_from_iterable(a[0]);
  List* l = as_list(items.get());
  size_t n = size_t(l->size);
  std::string given = "(" + std::to_string(n) + "-sequence given)";
  if (st->n_visible == st->n_total && n != st->n_visible)
    type_error(qual + "() takes a " + std::to_string(st->n_visible) + "-sequence " + given);
  if (n < st->n_visible)
    type_error(qual + "() takes an at least " + std::to_string(st->n_visible) + "-sequence " + given);
  if (n > st->n_total)
    type_error(qual + "() takes an at most " + std::to_string(st->n_total) + "-sequence " + given);
  Ref r = alloc_instance(st);
  Tuple* t = as_tuple(r.get());
  for (size_t i = 0; i < n; i++) {
    incref(l->items[i]);
    t->items[i] = l->items[i];
  }
  if (!a[1].is_null() && !a[1].is_none() && isinstance_of(a[1], &DictType)) {
    for (size_t i = n; i < st->n_total; i++) {
      Value v = dict_get_cstr(as_dict(a[1]), st->spec.extra[i - st->n_visible]);
      if (v.is_null()) continue;
      incref(v);
      t->items[i] = v;
    }
  }
  return r;
}

Ref structseq_reduce(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("__reduce__", nargs, kw, 0, 0);
  StructSeqType* st = SST(self);
  Tuple* t = as_tuple(self);
  Ref visible = tuple_from_array(t->items, st->n_visible);
  Ref extras = dict_new();
  for (size_t i = st->n_visible; i < st->n_total; i++)
    dict_set_str(as_dict(extras.get()), st->spec.extra[i - st->n_visible], t->items[i]);
  Ref args = tuple_from({visible.get(), extras.get()});
  return tuple_from({Value::object(st), args.get()});
}

const MethodDef structseq_methods[] = {{"__reduce__", structseq_reduce}, {nullptr, nullptr}};

}  // namespace

Type* structseq_extra_type(const StructSeqSpec& spec) {
  auto* t = new StructSeqType();
  t->spec = spec;
  t->n_visible = spec.fields.size();
  t->n_total = spec.fields.size() + spec.extra.size();
  if (t->n_total > kMaxItems) runtime_error("structseq: too many fields");
  t->name = spec.name;
  t->module = spec.module;
  t->base = &TupleType;
  t->flags = kTypeTupleSub;
  t->basic_size = sizeof(Tuple);
  t->dealloc = structseq_dealloc;
  t->repr = structseq_repr;
  t->new_ = structseq_new_slot;
  // Visible names first, extras after: an extra of the same name wins.
  for (size_t i = 0; i < t->n_visible; i++) t->getsets.push_back({spec.fields[i], kGetters[i]});
  for (size_t i = 0; i < spec.extra.size(); i++) t->getsets.push_back({spec.extra[i], kGetters[t->n_visible + i]});
  t->getsets.push_back({nullptr, nullptr});
  t->dict = as_dict(dict_new().release());
  dict_set_str(t->dict, "n_fields", Value::small_int(int64_t(t->n_total)));
  dict_set_str(t->dict, "n_sequence_fields", Value::small_int(int64_t(t->n_visible)));
  dict_set_str(t->dict, "n_unnamed_fields", Value::small_int(0));
  type_ready(t, structseq_methods, t->getsets.data());
  return t;
}

Ref structseq_extra_new(Type* type, const Value* items, size_t n) {
  StructSeqType* st = static_cast<StructSeqType*>(type);
  Ref r = alloc_instance(st);
  Tuple* t = as_tuple(r.get());
  for (size_t i = 0; i < n && i < st->n_total; i++) {
    incref(items[i]);
    t->items[i] = items[i];
  }
  return r;
}

Ref structseq_extra_new(Type* t, std::initializer_list<Value> items) {
  return structseq_extra_new(t, items.begin(), items.size());
}

}  // namespace gilpy
