// iterobjects.cpp — the built-in iterator classes: enumerate, zip, map,
// filter, reversed, and iter(callable, sentinel)'s callable_iterator.
//
// enumerate and zip hand out tuples; like CPython they reuse the previous
// result tuple when the consumer has already dropped it (`for i, x in ...`
// unpacks and releases it), so a loop allocates no tuple per step.
#include <algorithm>
#include <climits>
#include <vector>

#include "runtime/container_util.hpp"

namespace gilpy {

Type EnumerateType, ZipType, MapType, FilterType, ReversedType, CallableIterType;

using namespace cont;

template <class T>
static T* alloc_iter(Type* t) {
  return alloc_object<T>(t, std::max(sizeof(T), t->basic_size));
}

// A tuple of `n` owned values, reusing *cache when nobody else holds it.
static Value reuse_tuple(Tuple** cache, const Value* owned, int64_t n) {
  Tuple* t = *cache;
  if (t && t->rc == 1 && t->size == n) {
    for (int64_t i = 0; i < n; ++i) {
      Value old = t->items[i];
      t->items[i] = owned[i];
      decref(old);
    }
    t->hash = -1;
  } else {
    Ref r = tuple_new(size_t(n));
    t = as_tuple(r.get());
    for (int64_t i = 0; i < n; ++i) t->items[i] = owned[i];
    if (*cache) decref(*cache);
    *cache = static_cast<Tuple*>(r.release().as_obj());
  }
  incref(t);
  return Value::object(t);
}

// Values fetched from several iterators: up to 8 on the stack. Drops the
// first `filled` (owned) values unless released.
class Fetched {
 public:
  explicit Fetched(int64_t n) : n_(n) {
    if (n > 8) heap_.resize(size_t(n));
  }
  ~Fetched() {
    for (int64_t i = 0; i < filled; ++i) decref(data()[i]);
  }
  Fetched(const Fetched&) = delete;
  Fetched& operator=(const Fetched&) = delete;
  Value* data() { return n_ > 8 ? heap_.data() : small_; }
  int64_t filled = 0;

 private:
  int64_t n_;
  Value small_[8];
  std::vector<Value> heap_;
};

static void drop_cache(Tuple** cache) {
  if (*cache) decref(*cache);
  *cache = nullptr;
}

// ---------------------------------------------------------------- enumerate
struct Enumerate : Object {
  Value iter;          // owned
  int64_t index;       // next count while it fits
  Value big_index;     // owned int once the count passed INT64_MAX (else null)
  Tuple* result;
};

static Ref enumerate_new(Type* t, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs == 0 && !has_kwargs(kwnames))
    type_error("enumerate() missing required argument 'iterable'");
  for (int64_t i = 0; kwnames && i < kwnames->size; ++i) {
    std::string_view name = str_view(kwnames->items[i]);
    if (name != "iterable" && name != "start")
      type_error("'" + std::string(name) + "' is an invalid keyword argument for enumerate()");
  }
  Value a[2];
  parse_args("enumerate", args, nargs, kwnames, {"iterable", "start"}, 1, a);
  Ref start = a[1].is_null() ? int_from_i64(0) : index_object(a[1]);
  Ref it = get_iter(a[0]);
  Enumerate* e = alloc_iter<Enumerate>(t);
  e->iter = it.release();
  e->result = nullptr;
  e->big_index = Value::null();
  if (int_fits_i64(start.get()))
    e->index = int_as_i64(start.get());
  else
    e->big_index = start.release();
  return Ref::steal(e);
}

static Value enumerate_next(Value self) {
  Enumerate* e = static_cast<Enumerate*>(self.as_obj());
  Ref item = Ref::steal(iter_next(e->iter));
  if (item.is_null()) return Value::null();
  Value pair[2];
  if (e->big_index.is_null()) {
    int64_t i = e->index;
    pair[0] = Value::fits_small(i) ? Value::small_int(i) : int_from_i64(i).release();
    if (i == INT64_MAX)
      e->big_index = int_binop(BinOp::Add, pair[0], Value::small_int(1)).release();
    else
      e->index = i + 1;
  } else {
    pair[0] = e->big_index;   // the tuple takes this reference
    e->big_index = int_binop(BinOp::Add, pair[0], Value::small_int(1)).release();
  }
  pair[1] = item.release();
  return reuse_tuple(&e->result, pair, 2);
}

static void enumerate_dealloc(Object* o) {
  Enumerate* e = static_cast<Enumerate*>(o);
  decref(e->iter);
  xdecref(e->big_index);
  drop_cache(&e->result);
}

// ---------------------------------------------------------------------- zip
struct Zip : Object {
  Tuple* iters;        // owned tuple of iterators
  bool strict;
  Tuple* result;
};

static Ref zip_new(Type* t, const Value* args, size_t nargs, Tuple* kwnames) {
  bool strict = false;
  if (kwnames && kwnames->size > 0) {
    if (kwnames->size > 1)
      type_error("zip() takes at most 1 keyword argument (" + std::to_string(kwnames->size) +
                 " given)");
    std::string_view name = str_view(kwnames->items[0]);
    if (name != "strict")
      type_error("'" + std::string(name) + "' is an invalid keyword argument for zip()");
    strict = truthy(args[nargs]);
  }
  Ref iters = tuple_new(nargs);
  for (size_t i = 0; i < nargs; ++i) as_tuple(iters.get())->items[i] = get_iter(args[i]).release();
  Zip* z = alloc_iter<Zip>(t);
  z->iters = static_cast<Tuple*>(iters.release().as_obj());
  z->strict = strict;
  z->result = nullptr;
  return Ref::steal(z);
}

static std::string zip_args_before(int64_t i) {   // "argument 1" / "arguments 1-2"
  return i == 1 ? "argument 1" : "arguments 1-" + std::to_string(i);
}

// strict=True: argument i (0-based) ran out while the others had not.
[[noreturn]] static void zip_mismatch(int64_t i, bool shorter) {
  value_error("zip() argument " + std::to_string(i + 1) + (shorter ? " is shorter than " : " is longer than ") +
              zip_args_before(i));
}

static Value zip_next(Value self) {
  Zip* z = static_cast<Zip*>(self.as_obj());
  int64_t n = z->iters->size;
  if (n == 0) return Value::null();
  Fetched items(n);
  for (int64_t i = 0; i < n; ++i) {
    Value v = iter_next(z->iters->items[i]);
    if (v.is_null()) {
      if (!z->strict) return Value::null();
      if (i > 0) zip_mismatch(i, true);
      for (int64_t k = 1; k < n; ++k) {
        Ref extra = Ref::steal(iter_next(z->iters->items[k]));
        if (!extra.is_null()) zip_mismatch(k, false);
      }
      return Value::null();
    }
    items.data()[items.filled++] = v;
  }
  items.filled = 0;   // the tuple takes them
  return reuse_tuple(&z->result, items.data(), n);
}

static void zip_dealloc(Object* o) {
  Zip* z = static_cast<Zip*>(o);
  decref(z->iters);
  drop_cache(&z->result);
}

// ---------------------------------------------------------------------- map
struct Map : Object {
  Value func;          // owned
  Tuple* iters;        // owned tuple of iterators
};

static Ref map_new(Type* t, const Value* args, size_t nargs, Tuple* kwnames) {
  if (t == &MapType) no_kwargs("map", kwnames);
  if (nargs < 2) type_error("map() must have at least two arguments.");
  Ref iters = tuple_new(nargs - 1);
  for (size_t i = 1; i < nargs; ++i) as_tuple(iters.get())->items[i - 1] = get_iter(args[i]).release();
  Map* m = alloc_iter<Map>(t);
  incref(args[0]);
  m->func = args[0];
  m->iters = static_cast<Tuple*>(iters.release().as_obj());
  return Ref::steal(m);
}

static Value map_next(Value self) {
  Map* m = static_cast<Map*>(self.as_obj());
  int64_t n = m->iters->size;
  if (n == 1) {
    Ref item = Ref::steal(iter_next(m->iters->items[0]));
    if (item.is_null()) return Value::null();
    Value arg = item.get();
    return call(m->func, &arg, 1).release();
  }
  Fetched items(n);
  for (int64_t i = 0; i < n; ++i) {
    Value v = iter_next(m->iters->items[i]);
    if (v.is_null()) return Value::null();
    items.data()[items.filled++] = v;
  }
  return call(m->func, items.data(), size_t(n)).release();
}

static void map_dealloc(Object* o) {
  Map* m = static_cast<Map*>(o);
  decref(m->func);
  decref(m->iters);
}

// ------------------------------------------------------------------- filter
struct Filter : Object {
  Value func;          // owned; None: keep truthy items
  Value iter;          // owned
};

static Ref filter_new(Type* t, const Value* args, size_t nargs, Tuple* kwnames) {
  if (t == &FilterType) no_kwargs("filter", kwnames);
  check_range("filter", "filter", nargs, nullptr, 2, 2);
  Ref it = get_iter(args[1]);
  Filter* f = alloc_iter<Filter>(t);
  bool identity = args[0].is_none() || args[0] == Value::object(&BoolType);
  f->func = identity ? Value::none() : args[0];
  incref(f->func);
  f->iter = it.release();
  return Ref::steal(f);
}

static Value filter_next(Value self) {
  Filter* f = static_cast<Filter*>(self.as_obj());
  for (;;) {
    Ref item = Ref::steal(iter_next(f->iter));
    if (item.is_null()) return Value::null();
    bool keep;
    if (f->func.is_none()) {
      keep = truthy(item.get());
    } else {
      Value arg = item.get();
      Ref r = call(f->func, &arg, 1);
      keep = truthy(r.get());
    }
    if (keep) return item.release();
  }
}

static void filter_dealloc(Object* o) {
  Filter* f = static_cast<Filter*>(o);
  decref(f->func);
  decref(f->iter);
}

// ----------------------------------------------------------------- reversed
struct Reversed : Object {
  Value seq;           // owned; null once exhausted
  int64_t index;       // next index to fetch
};

static Ref reversed_new(Type* t, const Value* args, size_t nargs, Tuple* kwnames) {
  if (t == &ReversedType) no_kwargs("reversed", kwnames);
  check_range("reversed", "reversed", nargs, nullptr, 1, 1);
  Value seq = args[0];
  Type* st = type_of(seq);
  if (st == &ListType && t == &ReversedType) return list_reversed_iter(seq);
  static Str* dunder_reversed = intern("__reversed__");
  Value method = type_lookup(st, dunder_reversed);
  if (!method.is_null()) {
    if (method.is_none()) type_error("'" + st->name + "' object is not reversible");
    return call(method, &seq, 1);
  }
  if (!st->getitem || isinstance_of(seq, &DictType))
    type_error("'" + st->name + "' object is not reversible");
  int64_t n = length(seq);
  Reversed* r = alloc_iter<Reversed>(t);
  incref(seq);
  r->seq = seq;
  r->index = n - 1;
  return Ref::steal(r);
}

static Value reversed_next(Value self) {
  Reversed* r = static_cast<Reversed*>(self.as_obj());
  Value seq = r->seq;
  if (seq.is_null()) return Value::null();
  if (r->index >= 0) {
    try {
      Value key = Value::small_int(r->index);
      auto gi = type_of(seq)->getitem;
      Ref item = gi ? gi(seq, key) : getitem(seq, key);
      r->index--;
      return item.release();
    } catch (PyError& e) {
      if (!e.matches(IndexError_) && !e.matches(StopIteration_)) throw;
    }
  }
  r->index = -1;
  r->seq = Value::null();
  decref(seq);
  return Value::null();
}

static void reversed_dealloc(Object* o) { xdecref(static_cast<Reversed*>(o)->seq); }

static Ref reversed_length_hint(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_noargs("__length_hint__", nargs, kw);
  Reversed* r = static_cast<Reversed*>(self.as_obj());
  return int_from_i64(r->seq.is_null() ? 0 : r->index + 1);
}

// ---------------------------------------------------------- callable_iterator
struct CallableIter : Object {
  Value callable;      // owned; null once exhausted
  Value sentinel;      // owned
};

Ref callable_iter_new(Value callable, Value sentinel) {
  CallableIter* it = alloc_object<CallableIter>(&CallableIterType);
  incref(callable);
  incref(sentinel);
  it->callable = callable;
  it->sentinel = sentinel;
  return Ref::steal(it);
}

// Calling the type with (callable, sentinel) also works: builtins' iter()
// uses that route.
static Ref callable_iter_new_slot(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  check_range("callable_iterator", "callable_iterator", nargs, kwnames, 2, 2);
  return callable_iter_new(args[0], args[1]);
}

static void callable_iter_finish(CallableIter* it) {
  Value c = it->callable, s = it->sentinel;
  it->callable = it->sentinel = Value::null();
  xdecref(c);
  xdecref(s);
}

static Value callable_iter_next(Value self) {
  CallableIter* it = static_cast<CallableIter*>(self.as_obj());
  if (it->callable.is_null()) return Value::null();
  Ref r;
  try {
    r = call(it->callable, nullptr, 0);
  } catch (PyError& e) {
    if (!e.matches(StopIteration_)) throw;
    callable_iter_finish(it);
    return Value::null();
  }
  if (equals(it->sentinel, r.get())) {
    callable_iter_finish(it);
    return Value::null();
  }
  return r.release();
}

static void callable_iter_dealloc(Object* o) { callable_iter_finish(static_cast<CallableIter*>(o)); }

static const MethodDef enumerate_methods[] = {
    {"__class_getitem__", class_getitem, kMethClass, "See PEP 585"},
    {nullptr, nullptr},
};

static const MethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint},
    {nullptr, nullptr},
};

static void setup_iterator(Type& t, const char* name, size_t size, void (*dealloc)(Object*),
                           Value (*next)(Value), uint32_t flags) {
  setup_type(t, name, size, flags);
  t.dealloc = dealloc;
  t.iter = iter_self;
  t.next = next;
}

namespace cont {

void init_iterobject_types() {
  setup_iterator(EnumerateType, "enumerate", sizeof(Enumerate), enumerate_dealloc, enumerate_next,
                 kTypeBaseType);
  EnumerateType.new_ = enumerate_new;
  type_ready(&EnumerateType, enumerate_methods);

  setup_iterator(ZipType, "zip", sizeof(Zip), zip_dealloc, zip_next, kTypeBaseType);
  ZipType.new_ = zip_new;
  type_ready(&ZipType);

  setup_iterator(MapType, "map", sizeof(Map), map_dealloc, map_next, kTypeBaseType);
  MapType.new_ = map_new;
  type_ready(&MapType);

  setup_iterator(FilterType, "filter", sizeof(Filter), filter_dealloc, filter_next, kTypeBaseType);
  FilterType.new_ = filter_new;
  type_ready(&FilterType);

  setup_iterator(ReversedType, "reversed", sizeof(Reversed), reversed_dealloc, reversed_next,
                 kTypeBaseType);
  ReversedType.new_ = reversed_new;
  type_ready(&ReversedType, reversed_methods);

  setup_iterator(CallableIterType, "callable_iterator", sizeof(CallableIter),
                 callable_iter_dealloc, callable_iter_next, 0);
  CallableIterType.new_ = callable_iter_new_slot;
  type_ready(&CallableIterType);
}

}  // namespace cont
}  // namespace gilpy
