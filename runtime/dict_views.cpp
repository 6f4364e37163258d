// dict_views.cpp — dict.keys()/values()/items() views and the dict iterators.
//
// A view is a live window on its dict. Keys and items views are set-like:
// they compare as sets and support & | - ^ (the result is a set). Iterators
// detect a dict that changed size while iterated (RuntimeError, as CPython).
#include "runtime/container_util.hpp"

namespace gilpy {

Type DictKeysType, DictValuesType, DictItemsType;
static Type KeyIterType, ValueIterType, ItemIterType, RevKeyIterType, RevValueIterType,
    RevItemIterType;

using namespace cont;

namespace {

struct DictView : Object {
  Dict* dict;          // owned
};

struct DictIter : Object {
  Dict* dict;          // owned; null once exhausted
  int64_t pos;         // next entry to look at (reversed: counts down)
  int64_t used;        // dict size when iteration started (-1: failed, sticky)
  int64_t len;         // items still expected
  Tuple* result;       // items iterators: the last tuple, reused when unshared
};

DictView* as_view(Value v) { return static_cast<DictView*>(v.as_obj()); }
DictIter* as_diter(Value v) { return static_cast<DictIter*>(v.as_obj()); }

bool is_set_view(Value v) {
  Type* t = type_of(v);
  return t == &DictKeysType || t == &DictItemsType;
}

// ---------------------------------------------------------------- iterators
void finish(DictIter* it) {
  Dict* d = it->dict;
  it->dict = nullptr;
  if (d) decref(d);
}

void check_size(DictIter* it) {
  if (it->used != it->dict->used) {
    it->used = -1;   // keep failing
    runtime_error("dictionary changed size during iteration");
  }
}

void count_one(DictIter* it) {
  if (it->len == 0) {   // same size, but other keys than expected
    finish(it);
    runtime_error("dictionary keys changed during iteration");
  }
  it->len--;
}

// The next live entry (forwards), or null when exhausted.
DictEntry* advance(DictIter* it) {
  Dict* d = it->dict;
  if (!d) return nullptr;
  check_size(it);
  int64_t i = it->pos;
  while (i < d->nentries && d->entries[i].key.is_null()) ++i;
  if (i >= d->nentries) {
    finish(it);
    return nullptr;
  }
  it->pos = i + 1;
  count_one(it);
  return &d->entries[i];
}

DictEntry* advance_reversed(DictIter* it) {
  Dict* d = it->dict;
  if (!d) return nullptr;
  check_size(it);
  int64_t i = std::min(it->pos, d->nentries - 1);
  while (i >= 0 && d->entries[i].key.is_null()) --i;
  if (i < 0) {
    finish(it);
    return nullptr;
  }
  it->pos = i - 1;
  count_one(it);
  return &d->entries[i];
}

Value owned(Value v) {
  incref(v);
  return v;
}

// (key, value), reusing the previous tuple when nobody else holds it.
Value make_pair(DictIter* it, DictEntry* e) {
  Tuple* t = it->result;
  incref(e->key);
  incref(e->value);
  if (t && t->rc == 1) {
    Value old_k = t->items[0], old_v = t->items[1];
    t->items[0] = e->key;
    t->items[1] = e->value;
    t->hash = -1;
    decref(old_k);
    decref(old_v);
  } else {
    Ref r = tuple_new(2);
    t = as_tuple(r.get());
    t->items[0] = e->key;
    t->items[1] = e->value;
    if (it->result) decref(it->result);
    it->result = static_cast<Tuple*>(r.release().as_obj());
  }
  incref(t);
  return Value::object(t);
}

Value keyiter_next(Value self) {
  DictEntry* e = advance(as_diter(self));
  return e ? owned(e->key) : Value::null();
}
Value valueiter_next(Value self) {
  DictEntry* e = advance(as_diter(self));
  return e ? owned(e->value) : Value::null();
}
Value itemiter_next(Value self) {
  DictEntry* e = advance(as_diter(self));
  return e ? make_pair(as_diter(self), e) : Value::null();
}
Value revkeyiter_next(Value self) {
  DictEntry* e = advance_reversed(as_diter(self));
  return e ? owned(e->key) : Value::null();
}
Value revvalueiter_next(Value self) {
  DictEntry* e = advance_reversed(as_diter(self));
  return e ? owned(e->value) : Value::null();
}
Value revitemiter_next(Value self) {
  DictEntry* e = advance_reversed(as_diter(self));
  return e ? make_pair(as_diter(self), e) : Value::null();
}

void diter_dealloc(Object* o) {
  DictIter* it = static_cast<DictIter*>(o);
  finish(it);
  if (it->result) decref(it->result);
  it->result = nullptr;
}

Ref diter_length_hint(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_noargs("__length_hint__", nargs, kw);
  DictIter* it = as_diter(self);
  int64_t n = it->dict && it->used == it->dict->used ? it->len : 0;
  return int_from_i64(n);
}

// -------------------------------------------------------------------- views
int64_t view_len(Value self) { return as_view(self)->dict->used; }

void view_dealloc(Object* o) { decref(static_cast<DictView*>(o)->dict); }

Ref view_iter(Value self) {
  Type* t = type_of(self);
  DictPart part = t == &DictKeysType ? DictPart::Keys
                  : t == &DictValuesType ? DictPart::Values : DictPart::Items;
  return dict_iter_new(part, Value::object(as_view(self)->dict), false);
}

int keys_contains(Value self, Value key) { return !dict_get(as_view(self)->dict, key).is_null(); }

int items_contains(Value self, Value item) {
  if (!isinstance_of(item, &TupleType) || as_tuple(item)->size != 2) return 0;
  Ref k = Ref::borrow(as_tuple(item)->items[0]), v = Ref::borrow(as_tuple(item)->items[1]);
  Value found = dict_get(as_view(self)->dict, k.get());
  if (found.is_null()) return 0;
  Ref hold = Ref::borrow(found);
  return fast_equals(found, v.get());
}

int values_contains(Value self, Value item) {
  Dict* d = as_view(self)->dict;
  for (int64_t i = 0; i < d->nentries; ++i) {
    Value v = d->entries[i].value;
    if (d->entries[i].key.is_null()) continue;
    Ref hold = Ref::borrow(v);
    if (fast_equals(v, item)) return 1;
  }
  return 0;
}

int set_like_contains(Value view, Value x) {
  return type_of(view) == &DictKeysType ? keys_contains(view, x) : items_contains(view, x);
}

Ref view_repr(Value self) {
  ReprGuard guard(self);
  if (guard.recursive()) return str_new("...");
  Ref items = list_from_iterable(self);
  std::string out = type_of(self)->name + "(";
  append_repr(out, items.get());
  out += ")";
  return str_new(out);
}

// Every item of `a` is in `b`.
bool all_contained_in(Value a, Value b) {
  Ref it = get_iter(a);
  for (;;) {
    Ref x = Ref::steal(iter_next(it.get()));
    if (x.is_null()) return true;
    if (!contains(b, x.get())) return false;
  }
}

Ref view_richcmp(Value a, Value b, CmpOp op) {
  if (!isinstance_of(b, &SetType) && !isinstance_of(b, &FrozenSetType) && !is_set_view(b))
    return Ref::borrow(not_implemented());
  int64_t la = length(a), lb = length(b);
  bool ok = false;
  switch (op) {
    case CmpOp::Eq: ok = la == lb && all_contained_in(a, b); break;
    case CmpOp::Ne: ok = !(la == lb && all_contained_in(a, b)); break;
    case CmpOp::Lt: ok = la < lb && all_contained_in(a, b); break;
    case CmpOp::Le: ok = la <= lb && all_contained_in(a, b); break;
    case CmpOp::Gt: ok = la > lb && all_contained_in(b, a); break;
    case CmpOp::Ge: ok = la >= lb && all_contained_in(b, a); break;
  }
  return Ref::boolean(ok);
}

// view & other: iterate the smaller side when both are set-like.
Ref view_and(Value self, Value other) {
  if (!is_set_view(self)) std::swap(self, other);
  int64_t len_self = view_len(self);
  if (type_of(other) == &SetType && len_self <= length(other))
    return call_method(other, "intersection", {self});
  if (is_set_view(other) && view_len(other) > len_self) std::swap(self, other);
  Ref result = set_new();
  for_each(other, [&](Value x) {
    if (set_like_contains(self, x)) set_add(result.get(), x);
  });
  return result;
}

// items ^ items without hashing values that compare equal.
Ref items_xor(Value a, Value b) {
  Ref rest = dict_copy(as_view(a)->dict);
  Dict* remaining = as_dict(rest.get());
  Dict* other = as_view(b)->dict;
  Ref result = set_new();
  for (int64_t i = 0; i < other->nentries; ++i) {
    DictEntry e = other->entries[i];
    if (e.key.is_null()) continue;
    Ref k = Ref::borrow(e.key), v2 = Ref::borrow(e.value);
    Value v1 = dict_get_hashed(remaining, k.get(), e.hash);
    bool same = false;
    if (!v1.is_null()) {
      Ref hold = Ref::borrow(v1);
      same = fast_equals(v1, v2.get());
    }
    if (same) {
      dict_del(remaining, k.get());
    } else {
      Ref pair = tuple_from({k.get(), v2.get()});
      set_add(result.get(), pair.get());
    }
  }
  Ref rest_items = dict_view_new(DictPart::Items, rest.get());
  call_method(result.get(), "update", {rest_items.get()});
  return result;
}

Ref view_binop(BinOp op, Value a, Value b, bool) {
  const char* method;
  switch (op) {
    case BinOp::And: return view_and(a, b);
    case BinOp::Or: method = "update"; break;
    case BinOp::Sub: method = "difference_update"; break;
    case BinOp::Xor:
      if (type_of(a) == &DictItemsType && type_of(b) == &DictItemsType) return items_xor(a, b);
      method = "symmetric_difference_update";
      break;
    default: return Ref::borrow(not_implemented());
  }
  Ref result = set_from_iterable(a);
  call_method(result.get(), method, {b});
  return result;
}

Ref m_isdisjoint(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_onearg("isdisjoint", nargs, kw);
  Value other = args[0];
  if (other == self) return Ref::boolean(view_len(self) == 0);
  if (isinstance_of(other, &SetType) || isinstance_of(other, &FrozenSetType) || is_set_view(other)) {
    if (length(other) > view_len(self)) {   // iterate the smaller one
      Ref it = get_iter(self);
      for (Ref x; !(x = Ref::steal(iter_next(it.get()))).is_null();)
        if (contains(other, x.get())) return Ref::boolean(false);
      return Ref::boolean(true);
    }
  }
  Ref it = get_iter(other);
  for (Ref x; !(x = Ref::steal(iter_next(it.get()))).is_null();)
    if (set_like_contains(self, x.get())) return Ref::boolean(false);
  return Ref::boolean(true);
}

template <DictPart part>
Ref m_view_reversed(Value self, const Value*, size_t nargs, Tuple* kw) {
  const char* qual = part == DictPart::Keys     ? "dict_keys.__reversed__"
                     : part == DictPart::Values ? "dict_values.__reversed__"
                                                : "dict_items.__reversed__";
  check_noargs(qual, nargs, kw);
  return dict_iter_new(part, Value::object(as_view(self)->dict), true);
}

const MethodDef keys_methods[] = {
    {"isdisjoint", m_isdisjoint, kMethPlain, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", m_view_reversed<DictPart::Keys>},
    {nullptr, nullptr},
};
const MethodDef items_methods[] = {
    {"isdisjoint", m_isdisjoint, kMethPlain, "Return True if the view and the given iterable have a null intersection."},
    {"__reversed__", m_view_reversed<DictPart::Items>},
    {nullptr, nullptr},
};
const MethodDef values_methods[] = {
    {"__reversed__", m_view_reversed<DictPart::Values>},
    {nullptr, nullptr},
};
const MethodDef diter_methods[] = {
    {"__length_hint__", diter_length_hint},
    {nullptr, nullptr},
};

void setup_view(Type& t, const char* name, int (*contains_fn)(Value, Value),
                const MethodDef* methods, bool set_like) {
  setup_type(t, name, sizeof(DictView));
  t.dealloc = view_dealloc;
  t.repr = view_repr;
  t.len = view_len;
  t.iter = view_iter;
  t.contains = contains_fn;
  t.new_ = no_new;
  if (set_like) {
    t.richcmp = view_richcmp;
    t.binop = view_binop;
  }
  type_ready(&t, methods);
  if (set_like) mark_unhashable(t);
}

void setup_iter(Type& t, const char* name, Value (*next)(Value)) {
  setup_type(t, name, sizeof(DictIter));
  t.dealloc = diter_dealloc;
  t.iter = iter_self;
  t.next = next;
  t.new_ = no_new;
  type_ready(&t, diter_methods);
}

}  // namespace

namespace cont {

Ref dict_view_new(DictPart part, Value dict) {
  Type* t = part == DictPart::Keys ? &DictKeysType
            : part == DictPart::Values ? &DictValuesType : &DictItemsType;
  DictView* v = alloc_object<DictView>(t);
  incref(dict);
  v->dict = as_dict(dict);
  return Ref::steal(v);
}

Ref dict_iter_new(DictPart part, Value dict, bool reversed) {
  Type* t;
  switch (part) {
    case DictPart::Keys: t = reversed ? &RevKeyIterType : &KeyIterType; break;
    case DictPart::Values: t = reversed ? &RevValueIterType : &ValueIterType; break;
    default: t = reversed ? &RevItemIterType : &ItemIterType; break;
  }
  Dict* d = as_dict(dict);
  DictIter* it = alloc_object<DictIter>(t);
  incref(dict);
  it->dict = d;
  it->pos = reversed ? d->nentries - 1 : 0;
  it->used = d->used;
  it->len = d->used;
  it->result = nullptr;
  return Ref::steal(it);
}

void init_dict_view_types() {
  setup_view(DictKeysType, "dict_keys", keys_contains, keys_methods, true);
  setup_view(DictValuesType, "dict_values", values_contains, values_methods, false);
  setup_view(DictItemsType, "dict_items", items_contains, items_methods, true);
  setup_iter(KeyIterType, "dict_keyiterator", keyiter_next);
  setup_iter(ValueIterType, "dict_valueiterator", valueiter_next);
  setup_iter(ItemIterType, "dict_itemiterator", itemiter_next);
  setup_iter(RevKeyIterType, "dict_reversekeyiterator", revkeyiter_next);
  setup_iter(RevValueIterType, "dict_reversevalueiterator", revvalueiter_next);
  setup_iter(RevItemIterType, "dict_reverseitemiterator", revitemiter_next);
}

}  // namespace cont
}  // namespace gilpy
