// tuple.cpp — the tuple type: an immutable array of values in trailing storage.
#include <algorithm>

#include "runtime/container_util.hpp"

namespace gilpy {

Type TupleType, TupleIterType;

using namespace cont;

// ------------------------------------------------------------ construction
namespace cont {

Ref tuple_alloc(Type* t, int64_t n) {
  if (t == &TupleType && n == 0) return Ref::borrow(empty_tuple());
  // Items follow the fixed part of the instance (subclasses may be larger).
  size_t fixed = std::max(sizeof(Tuple), t->basic_size);
  fixed = (fixed + 7) & ~size_t(7);
  if (n < 0 || n > (int64_t(1) << 56)) memory_error();
  check_alloc_size(fixed + size_t(n) * sizeof(Value));
  Tuple* o = alloc_object<Tuple>(t, fixed + size_t(n) * sizeof(Value));
  o->hash = -1;
  o->size = n;
  o->items = reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + fixed);
  for (int64_t i = 0; i < n; ++i) o->items[i] = Value::null();
  return Ref::steal(o);
}

}  // namespace cont

Tuple* empty_tuple() {
  // Immutable and immortal: shared by every interpreter, like interned names.
  static Tuple* empty = [] {
    Tuple* o = alloc_object<Tuple>(&TupleType, sizeof(Tuple));
    o->hash = -1;
    o->size = 0;
    o->items = reinterpret_cast<Value*>(o + 1);
    make_immortal(o);
    return o;
  }();
  return empty;
}

Ref tuple_new(size_t n) { return tuple_alloc(&TupleType, int64_t(n)); }

Ref tuple_from_array(const Value* items, size_t n) {
  Ref r = tuple_new(n);
  Tuple* t = as_tuple(r.get());
  for (size_t i = 0; i < n; ++i) {
    incref(items[i]);
    t->items[i] = items[i];
  }
  return r;
}

Ref tuple_from(std::initializer_list<Value> items) {
  return tuple_from_array(items.begin(), items.size());
}

// Moves the items of a list nobody else sees into a new tuple of type t.
static Ref tuple_from_private_list(Type* t, Ref list) {
  List* l = as_list(list.get());
  Ref r = tuple_alloc(t, l->size);
  Tuple* tp = as_tuple(r.get());
  std::copy(l->items, l->items + l->size, tp->items);
  l->size = 0;
  return r;
}

Ref tuple_from_iterable(Value it) {
  Type* t = type_of(it);
  if (t == &TupleType) return Ref::borrow(it);
  if (t == &ListType) return tuple_from_array(as_list(it)->items, size_t(as_list(it)->size));
  return tuple_from_private_list(&TupleType, list_from_iterable(it));
}

// -------------------------------------------------------------------- slots
static void tuple_dealloc(Object* o) {
  Tuple* t = static_cast<Tuple*>(o);
  DeallocNest nest;
  for (int64_t i = t->size - 1; i >= 0; --i) nest.drop(t->items[i]);   // last first, as CPython
  t->size = 0;
}

static Ref tuple_repr(Value self) {
  Tuple* t = as_tuple(self);
  if (t->size == 0) return str_new("()");
  ReprGuard guard(self);
  if (guard.recursive()) return str_new("(...)");
  std::string out = "(";
  for (int64_t i = 0; i < t->size; ++i) {
    if (i) out += ", ";
    append_repr(out, t->items[i]);
  }
  out += t->size == 1 ? ",)" : ")";
  return str_new(out);
}

// CPython 3.11's tuple hash (xxHash-based), so hash((1, 2)) matches python3.
static int64_t tuple_hash(Value self) {
  Tuple* t = as_tuple(self);
  if (t->hash != -1) return t->hash;
  RecursionScope scope(" while hashing a tuple");
  constexpr uint64_t kPrime1 = 11400714785074694791ull;
  constexpr uint64_t kPrime2 = 14029467366897019727ull;
  constexpr uint64_t kPrime5 = 2870177450012600261ull;
  uint64_t acc = kPrime5;
  for (int64_t i = 0; i < t->size; ++i) {
    uint64_t lane = uint64_t(fast_hash(t->items[i]));
    acc += lane * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += uint64_t(t->size) ^ (kPrime5 ^ 3527539ull);
  int64_t h = acc == uint64_t(-1) ? 1546275796 : int64_t(acc);
  t->hash = h;
  return h;
}

namespace cont {

static bool cmp_sizes(int64_t a, int64_t b, CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return a < b;
    case CmpOp::Le: return a <= b;
    case CmpOp::Eq: return a == b;
    case CmpOp::Ne: return a != b;
    case CmpOp::Gt: return a > b;
    case CmpOp::Ge: return a >= b;
  }
  return false;
}

Ref seq_richcompare(Value a, Value b, CmpOp op) {
  RecursionScope scope(" in comparison");
  Value *ia, *ib;
  int64_t na, nb;
  seq_view(a, &ia, &na);
  seq_view(b, &ib, &nb);
  if (na != nb && (op == CmpOp::Eq || op == CmpOp::Ne)) return Ref::boolean(op == CmpOp::Ne);
  int64_t i = 0;
  for (;; ++i) {
    seq_view(a, &ia, &na);   // a list may have changed while __eq__ ran
    seq_view(b, &ib, &nb);
    if (i >= na || i >= nb) break;
    int q = quick_eq(ia[i], ib[i]);
    if (q == 1) continue;
    if (q == 0) break;
    Ref x = Ref::borrow(ia[i]), y = Ref::borrow(ib[i]);
    if (!equals(x.get(), y.get())) break;
  }
  seq_view(a, &ia, &na);
  seq_view(b, &ib, &nb);
  if (i >= na || i >= nb) return Ref::boolean(cmp_sizes(na, nb, op));
  if (op == CmpOp::Eq) return Ref::boolean(false);
  if (op == CmpOp::Ne) return Ref::boolean(true);
  Ref x = Ref::borrow(ia[i]), y = Ref::borrow(ib[i]);
  return compare(x.get(), y.get(), op);
}

}  // namespace cont

static Ref tuple_richcmp(Value a, Value b, CmpOp op) {
  if (!isinstance_of(b, &TupleType)) return Ref::borrow(not_implemented());
  return seq_richcompare(a, b, op);
}

static Ref tuple_repeat(Value self, int64_t n) {
  Tuple* t = as_tuple(self);
  if (t->size == 0 || n == 1) {
    if (type_of(self) == &TupleType) return Ref::borrow(self);
  }
  int64_t total = checked_size_mul(t->size, n);
  Ref r = tuple_new(size_t(total));
  Tuple* out = as_tuple(r.get());
  Value* dst = out->items;
  for (int64_t rep = 0; rep < n && t->size > 0; ++rep)
    for (int64_t i = 0; i < t->size; ++i) incref(*dst++ = t->items[i]);
  return r;
}

static Ref tuple_concat(Value a, Value b) {
  Tuple* x = as_tuple(a);
  Tuple* y = as_tuple(b);
  if (y->size == 0 && type_of(a) == &TupleType) return Ref::borrow(a);
  if (x->size == 0 && type_of(b) == &TupleType) return Ref::borrow(b);
  Ref r = tuple_new(size_t(checked_size_add(x->size, y->size)));
  Tuple* out = as_tuple(r.get());
  for (int64_t i = 0; i < x->size; ++i) incref(out->items[i] = x->items[i]);
  for (int64_t i = 0; i < y->size; ++i) incref(out->items[x->size + i] = y->items[i]);
  return r;
}

static Ref tuple_binop(BinOp op, Value a, Value b, bool reflected) {
  if (op == BinOp::Add) {
    if (reflected || !isinstance_of(b, &TupleType)) {
      if (reflected || may_reflect(b, "__radd__")) return Ref::borrow(not_implemented());
      type_error("can only concatenate tuple (not \"" + type_name(b) + "\") to tuple");
    }
    return tuple_concat(a, b);
  }
  if (op == BinOp::Mul) {
    Value self = reflected ? b : a, count = reflected ? a : b;
    if (!is_index_like(count)) {
      if (!reflected && may_reflect(count, "__rmul__")) return Ref::borrow(not_implemented());
      bad_repeat(count);
    }
    return tuple_repeat(self, repeat_count(count));
  }
  return Ref::borrow(not_implemented());
}

static int64_t tuple_len(Value self) { return as_tuple(self)->size; }

static Ref tuple_getitem(Value self, Value key) {
  Tuple* t = as_tuple(self);
  if (key.is_small_int()) {
    int64_t i = key.as_small_int();
    if (i < 0) i += t->size;
    if (uint64_t(i) >= uint64_t(t->size)) index_error("tuple index out of range");
    return Ref::borrow(t->items[i]);
  }
  if (is_slice(key)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key, t->size, &start, &stop, &step);
    if (n == t->size && step == 1 && type_of(self) == &TupleType) return Ref::borrow(self);
    Ref r = tuple_new(size_t(n));
    Tuple* out = as_tuple(r.get());
    for (int64_t k = 0, i = start; k < n; ++k, i += step) incref(out->items[k] = t->items[i]);
    return r;
  }
  if (!is_index_like(key)) bad_index_type("tuple", key);
  return Ref::borrow(t->items[seq_index(key, t->size, "tuple")]);
}

static int tuple_contains(Value self, Value item) {
  Tuple* t = as_tuple(self);
  for (int64_t i = 0; i < t->size; ++i)
    if (fast_equals(t->items[i], item)) return 1;
  return 0;
}

// ----------------------------------------------------------------- iterator
struct TupleIter : Object {
  Tuple* seq;          // owned; null once exhausted
  int64_t index;
};

static Ref tuple_iter(Value self) {
  TupleIter* it = alloc_object<TupleIter>(&TupleIterType);
  incref(self);
  it->seq = as_tuple(self);
  it->index = 0;
  return Ref::steal(it);
}

static Value tupleiter_next(Value self) {
  TupleIter* it = static_cast<TupleIter*>(self.as_obj());
  Tuple* t = it->seq;
  if (!t) return Value::null();
  if (it->index < t->size) {
    Value v = t->items[it->index++];
    incref(v);
    return v;
  }
  it->seq = nullptr;
  decref(t);
  return Value::null();
}

static void tupleiter_dealloc(Object* o) {
  TupleIter* it = static_cast<TupleIter*>(o);
  if (it->seq) decref(it->seq);
}

// ------------------------------------------------------------- tuple(...)
static Ref tuple_new_slot(Type* t, const Value* args, size_t nargs, Tuple* kwnames) {
  if (t == &TupleType) no_kwargs("tuple", kwnames);
  check_range("tuple", "tuple", nargs, nullptr, 0, 1);
  if (t == &TupleType) return nargs ? tuple_from_iterable(args[0]) : Ref::borrow(empty_tuple());
  Ref items = nargs ? list_from_iterable(args[0]) : list_new(0);
  return tuple_from_private_list(t, std::move(items));
}

// ------------------------------------------------------------------ methods
static Ref tuple_count(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_onearg("tuple.count", nargs, kwnames);
  Tuple* t = as_tuple(self);
  int64_t n = 0;
  for (int64_t i = 0; i < t->size; ++i) n += fast_equals(t->items[i], args[0]);
  return int_from_i64(n);
}

// Resolves the optional start/stop of index() against a length (slice rules).
static void index_bounds(const Value* args, size_t nargs, int64_t len, int64_t* lo,
                         int64_t* hi) {
  *lo = 0;
  *hi = INT64_MAX;
  if (nargs > 1) slice_index_clamped(args[1], lo);
  if (nargs > 2) slice_index_clamped(args[2], hi);
  if (*lo < 0) *lo = std::max<int64_t>(*lo + len, 0);
  if (*hi < 0) *hi = std::max<int64_t>(*hi + len, 0);
}

static Ref tuple_index(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_range("index", "tuple.index", nargs, kwnames, 1, 3);
  Tuple* t = as_tuple(self);
  int64_t lo, hi;
  index_bounds(args, nargs, t->size, &lo, &hi);
  for (int64_t i = lo; i < std::min(hi, t->size); ++i)
    if (fast_equals(t->items[i], args[0])) return int_from_i64(i);
  value_error("tuple.index(x): x not in tuple");
}

static Ref tuple_getnewargs(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_noargs("tuple.__getnewargs__", nargs, kwnames);
  Tuple* t = as_tuple(self);
  Ref copy = tuple_from_array(t->items, size_t(t->size));
  return tuple_from({copy.get()});
}

static const MethodDef tuple_methods[] = {
    {"count", tuple_count, kMethPlain, "Return number of occurrences of value."},
    {"index", tuple_index, kMethPlain, "Return first index of value."},
    {"__getnewargs__", tuple_getnewargs},
    {"__class_getitem__", class_getitem, kMethClass, "See PEP 585"},
    {nullptr, nullptr},
};

namespace cont {

void init_tuple_types() {
  setup_type(TupleType, "tuple", sizeof(Tuple), kTypeBaseType | kTypeTupleSub);
  TupleType.dealloc = tuple_dealloc;
  TupleType.repr = tuple_repr;
  TupleType.hash = tuple_hash;
  TupleType.richcmp = tuple_richcmp;
  TupleType.binop = tuple_binop;
  TupleType.len = tuple_len;
  TupleType.getitem = tuple_getitem;
  TupleType.contains = tuple_contains;
  TupleType.iter = tuple_iter;
  TupleType.new_ = tuple_new_slot;
  type_ready(&TupleType, tuple_methods);

  setup_type(TupleIterType, "tuple_iterator", sizeof(TupleIter));
  TupleIterType.dealloc = tupleiter_dealloc;
  TupleIterType.iter = iter_self;
  TupleIterType.next = tupleiter_next;
  TupleIterType.new_ = no_new;
  type_ready(&TupleIterType);
}

}  // namespace cont
}  // namespace gilpy
