// list.cpp — the list type: a growable array of owned values.
//
// Growth follows CPython's over-allocation (about 1/8 extra), so append is
// amortised O(1); the item buffer lives on mimalloc and grows with realloc.
// Every operation that may run Python code (comparisons, iteration of an
// argument) re-reads the list afterwards: user code may mutate it meanwhile.
#include <algorithm>
#include <vector>

#include "runtime/container_util.hpp"

namespace gilpy {

Type ListType, ListIterType, ListRevIterType;

using namespace cont;

// ------------------------------------------------------------ storage
// Sets the size to `newsize`, reallocating when needed. Slots between the
// old and new size are uninitialised: the caller fills them. Shrinking never
// throws (a failed shrink keeps the larger buffer).
static void list_resize(List* l, int64_t newsize) {
  int64_t cap = l->capacity;
  if (newsize <= cap && newsize >= (cap >> 1)) {
    l->size = newsize;
    return;
  }
  if (newsize == 0) {
    items_free(l->items, cap);
    l->items = nullptr;
    l->size = l->capacity = 0;
    return;
  }
  int64_t want = checked_size_add(newsize, (newsize >> 3) + 6) & ~int64_t(3);
  if (newsize - l->size > want - newsize) want = (newsize + 3) & ~int64_t(3);
  if (newsize < l->size) {
    try {
      l->items = items_realloc(l->items, cap, want);
    } catch (...) {
      l->size = newsize;
      return;
    }
  } else {
    l->items = items_realloc(l->items, cap, want);
  }
  l->capacity = want;
  l->size = newsize;
}

static List* list_alloc(Type* t) {
  size_t size = std::max(sizeof(List), t->basic_size);
  List* l = alloc_object<List>(t, size);
  l->size = l->capacity = 0;
  l->items = nullptr;
  return l;
}

Ref list_new(size_t n) {
  List* l = list_alloc(&ListType);
  Ref r = Ref::steal(l);
  if (n) {
    l->items = items_alloc(checked_size_mul(int64_t(n), 1));
    for (size_t i = 0; i < n; ++i) l->items[i] = Value::null();
    l->size = l->capacity = int64_t(n);
  }
  return r;
}

Ref list_from_array(const Value* items, size_t n) {
  Ref r = list_new(n);
  List* l = as_list(r.get());
  for (size_t i = 0; i < n; ++i) incref(l->items[i] = items[i]);
  return r;
}

void list_append(Value list, Value v) {
  List* l = as_list(list);
  int64_t n = l->size;
  if (n < l->capacity) {
    incref(v);
    l->items[n] = v;
    l->size = n + 1;
    return;
  }
  list_resize(l, n + 1);
  incref(v);
  l->items[n] = v;
}

// Appends an owned value.
static void list_append_owned(List* l, Value v) {
  int64_t n = l->size;
  if (n < l->capacity) {
    l->items[n] = v;
    l->size = n + 1;
    return;
  }
  try {
    list_resize(l, n + 1);
  } catch (...) {
    decref(v);
    throw;
  }
  l->items[n] = v;
}

void list_extend(Value list, Value iterable) {
  List* l = as_list(list);
  Type* t = type_of(iterable);
  if (t == &ListType || t == &TupleType || iterable == list) {
    Value* src;
    int64_t n;
    seq_view(iterable, &src, &n);
    if (n == 0) return;
    int64_t m = l->size;
    list_resize(l, checked_size_add(m, n));
    seq_view(iterable, &src, &n);   // l.extend(l): the buffer may have moved
    for (int64_t i = 0; i < n; ++i) incref(l->items[m + i] = src[i]);
    return;
  }
  Ref it = get_iter(iterable);
  Type* it_type = type_of(it.get());
  if (it_type->next) {
    auto next = it_type->next;
    for (Value v; !(v = next(it.get())).is_null();) list_append_owned(l, v);
  } else {
    for (Value v; !(v = iter_next(it.get())).is_null();) list_append_owned(l, v);
  }
}

Ref list_from_iterable(Value it) {
  Type* t = type_of(it);
  if (t == &ListType || t == &TupleType) {
    Value* src;
    int64_t n;
    seq_view(it, &src, &n);
    return list_from_array(src, size_t(n));
  }
  Ref r = list_new(0);
  list_extend(r.get(), it);
  return r;
}

// Empties a list, releasing the items after the list is consistent.
static void list_clear_items(List* l) {
  Value* items = l->items;
  int64_t n = l->size, cap = l->capacity;
  l->items = nullptr;
  l->size = l->capacity = 0;
  DeallocNest nest;
  for (int64_t i = 0; i < n; ++i) nest.drop(items[i]);
  items_free(items, cap);
}

// Removes and returns (owned) the item at a valid index.
static Value list_take(List* l, int64_t i) {
  Value v = l->items[i];
  std::copy(l->items + i + 1, l->items + l->size, l->items + i);
  list_resize(l, l->size - 1);
  return v;
}

// First index in [lo, hi) whose item equals x, or -1.
static int64_t list_find(List* l, Value x, int64_t lo, int64_t hi) {
  for (int64_t i = lo; i < hi && i < l->size; ++i) {
    Value item = l->items[i];
    int q = quick_eq(item, x);
    if (q == 1) return i;
    if (q == 0) continue;
    Ref hold = Ref::borrow(item);
    if (equals(item, x)) return i;
  }
  return -1;
}

// ------------------------------------------------------------ slicing
// Keeps the right-hand side of a slice assignment alive as a list or tuple.
static Ref slice_source(Value self, Value v, const char* not_iterable_msg) {
  if (v == self) return list_from_array(as_list(self)->items, size_t(as_list(self)->size));
  Type* t = type_of(v);
  if (t == &ListType || t == &TupleType) return Ref::borrow(v);
  if (!t->iter && !t->getitem) type_error(not_iterable_msg);
  return list_from_iterable(v);
}

// a[lo:hi] = src (src null: delete), for a step of 1.
static void list_assign_simple(List* l, int64_t lo, int64_t hi, const Value* src, int64_t n) {
  lo = std::clamp<int64_t>(lo, 0, l->size);
  hi = std::clamp<int64_t>(hi, lo, l->size);
  int64_t norig = hi - lo;
  int64_t delta = n - norig;
  std::vector<Value> old(l->items + lo, l->items + hi);
  int64_t oldsize = l->size;
  if (delta < 0) {
    std::copy(l->items + hi, l->items + oldsize, l->items + hi + delta);
    list_resize(l, oldsize + delta);
  } else if (delta > 0) {
    list_resize(l, checked_size_add(oldsize, delta));
    std::copy_backward(l->items + hi, l->items + oldsize, l->items + oldsize + delta);
  }
  for (int64_t k = 0; k < n; ++k) incref(l->items[lo + k] = src[k]);
  DeallocNest nest;
  for (Value v : old) nest.drop(v);
}

static void list_delete_extended(List* l, int64_t start, int64_t step, int64_t count) {
  if (count <= 0) return;
  if (step < 0) {   // walk the same items forwards
    start += step * (count - 1);
    step = -step;
  }
  std::vector<Value> old;
  old.reserve(size_t(count));
  int64_t dst = start;
  for (int64_t i = start, k = 0; i < l->size; ++i) {
    if (k < count && i == start + k * step) {
      old.push_back(l->items[i]);
      ++k;
    } else {
      l->items[dst++] = l->items[i];
    }
  }
  list_resize(l, dst);
  DeallocNest nest;
  for (Value v : old) nest.drop(v);
}

static void list_assign_slice(Value self, Value slice, Value v) {
  List* l = as_list(self);
  int64_t start, stop, step;
  if (v.is_null()) {
    int64_t n = slice_indices(slice, l->size, &start, &stop, &step);
    if (step == 1) return list_assign_simple(l, start, stop, nullptr, 0);
    return list_delete_extended(l, start, step, n);
  }
  Ref src = slice_source(self, v,
                         "can only assign an iterable");
  Value* items;
  int64_t n;
  seq_view(src.get(), &items, &n);
  int64_t count = slice_indices(slice, l->size, &start, &stop, &step);
  seq_view(src.get(), &items, &n);
  if (step == 1) return list_assign_simple(l, start, stop, items, n);
  if (n != count)
    value_error("attempt to assign sequence of size " + std::to_string(n) +
                " to extended slice of size " + std::to_string(count));
  std::vector<Value> old;
  old.reserve(size_t(count));
  for (int64_t k = 0, i = start; k < count; ++k, i += step) {
    old.push_back(l->items[i]);
    incref(l->items[i] = items[k]);
  }
  DeallocNest nest;
  for (Value o : old) nest.drop(o);
}

// -------------------------------------------------------------------- slots
static void list_dealloc(Object* o) {
  List* l = static_cast<List*>(o);
  {
    DeallocNest nest;
    for (int64_t i = l->size - 1; i >= 0; --i) nest.drop(l->items[i]);   // last first, as CPython
  }
  items_free(l->items, l->capacity);
  l->items = nullptr;
  l->size = l->capacity = 0;
}

static Ref list_repr(Value self) {
  List* l = as_list(self);
  if (l->size == 0) return str_new("[]");
  ReprGuard guard(self);
  if (guard.recursive()) return str_new("[...]");
  std::string out = "[";
  for (int64_t i = 0; i < l->size; ++i) {   // repr of an item may shrink the list
    if (i) out += ", ";
    Ref item = Ref::borrow(l->items[i]);
    append_repr(out, item.get());
  }
  out += "]";
  return str_new(out);
}

static Ref list_richcmp(Value a, Value b, CmpOp op) {
  if (!isinstance_of(b, &ListType)) return Ref::borrow(not_implemented());
  return seq_richcompare(a, b, op);
}

static Ref list_concat(Value a, Value b) {
  List* x = as_list(a);
  List* y = as_list(b);
  Ref r = list_new(size_t(checked_size_add(x->size, y->size)));
  List* out = as_list(r.get());
  for (int64_t i = 0; i < x->size; ++i) incref(out->items[i] = x->items[i]);
  for (int64_t i = 0; i < y->size; ++i) incref(out->items[x->size + i] = y->items[i]);
  return r;
}

static Ref list_repeat(Value self, int64_t n) {
  List* l = as_list(self);
  int64_t total = checked_size_mul(l->size, n);
  Ref r = list_new(0);
  if (total == 0) return r;
  List* out = as_list(r.get());
  out->items = items_alloc(total);
  out->capacity = total;
  Value* dst = out->items;
  int64_t size = l->size;
  for (int64_t rep = 0; rep < n; ++rep)
    for (int64_t i = 0; i < size; ++i) incref(*dst++ = l->items[i]);
  out->size = total;
  return r;
}

static Ref list_binop(BinOp op, Value a, Value b, bool reflected) {
  if (op == BinOp::Add) {
    if (reflected) return Ref::borrow(not_implemented());
    if (!isinstance_of(b, &ListType)) {
      if (may_reflect(b, "__radd__")) return Ref::borrow(not_implemented());
      type_error("can only concatenate list (not \"" + type_name(b) + "\") to list");
    }
    return list_concat(a, b);
  }
  if (op == BinOp::Mul) {
    Value self = reflected ? b : a, count = reflected ? a : b;
    if (!is_index_like(count)) {
      if (!reflected && may_reflect(count, "__rmul__")) return Ref::borrow(not_implemented());
      bad_repeat(count);
    }
    return list_repeat(self, repeat_count(count));
  }
  return Ref::borrow(not_implemented());
}

static void list_inplace_repeat(List* l, int64_t n) {
  if (n == 0 || l->size == 0) return list_clear_items(l);
  if (n == 1) return;
  int64_t size = l->size;
  list_resize(l, checked_size_mul(size, n));
  Value* dst = l->items + size;
  for (int64_t rep = 1; rep < n; ++rep)
    for (int64_t i = 0; i < size; ++i) incref(*dst++ = l->items[i]);
}

static Ref list_inplace(BinOp op, Value a, Value b) {
  if (op == BinOp::Add) {
    list_extend(a, b);
    return Ref::borrow(a);
  }
  if (op == BinOp::Mul && is_index_like(b)) {
    list_inplace_repeat(as_list(a), repeat_count(b));
    return Ref::borrow(a);
  }
  return Ref();
}

static int64_t list_len(Value self) { return as_list(self)->size; }
static int list_truth(Value self) { return as_list(self)->size != 0; }

static Ref list_getitem(Value self, Value key) {
  List* l = as_list(self);
  if (key.is_small_int()) {
    int64_t i = key.as_small_int();
    if (i < 0) i += l->size;
    if (uint64_t(i) >= uint64_t(l->size)) index_error("list index out of range");
    return Ref::borrow(l->items[i]);
  }
  if (is_slice(key)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key, l->size, &start, &stop, &step);
    if (step == 1) return list_from_array(l->items + start, size_t(n));
    Ref r = list_new(size_t(n));
    List* out = as_list(r.get());
    for (int64_t k = 0, i = start; k < n; ++k, i += step) incref(out->items[k] = l->items[i]);
    return r;
  }
  if (!is_index_like(key)) bad_index_type("list", key);
  return Ref::borrow(l->items[seq_index(key, l->size, "list")]);
}

static void list_setitem(Value self, Value key, Value v) {
  List* l = as_list(self);
  int64_t i;
  if (key.is_small_int()) {
    i = key.as_small_int();
    if (i < 0) i += l->size;
    if (uint64_t(i) >= uint64_t(l->size)) index_error("list assignment index out of range");
  } else if (is_slice(key)) {
    return list_assign_slice(self, key, v);
  } else {
    if (!is_index_like(key)) bad_index_type("list", key);
    i = seq_index(key, l->size, "list assignment");
  }
  if (v.is_null()) {
    decref(list_take(l, i));
    return;
  }
  Value old = l->items[i];
  incref(v);
  l->items[i] = v;
  decref(old);
}

static int list_contains(Value self, Value item) {
  return list_find(as_list(self), item, 0, INT64_MAX) >= 0;
}

// ---------------------------------------------------------------- iterators
struct ListIter : Object {
  List* seq;           // owned; null once exhausted
  int64_t index;
};

static Ref list_iter(Value self) {
  ListIter* it = alloc_object<ListIter>(&ListIterType);
  incref(self);
  it->seq = as_list(self);
  it->index = 0;
  return Ref::steal(it);
}

static Value listiter_next(Value self) {
  ListIter* it = static_cast<ListIter*>(self.as_obj());
  List* l = it->seq;
  if (!l) return Value::null();
  if (it->index < l->size) {
    Value v = l->items[it->index++];
    incref(v);
    return v;
  }
  it->seq = nullptr;
  decref(l);
  return Value::null();
}

Ref list_reversed_iter(Value list) {
  ListIter* it = alloc_object<ListIter>(&ListRevIterType);
  incref(list);
  it->seq = as_list(list);
  it->index = as_list(list)->size - 1;
  return Ref::steal(it);
}

static Value listreviter_next(Value self) {
  ListIter* it = static_cast<ListIter*>(self.as_obj());
  List* l = it->seq;
  if (!l) return Value::null();
  if (it->index >= 0 && it->index < l->size) {
    Value v = l->items[it->index--];
    incref(v);
    return v;
  }
  it->seq = nullptr;
  decref(l);
  return Value::null();
}

static void listiter_dealloc(Object* o) {
  ListIter* it = static_cast<ListIter*>(o);
  if (it->seq) decref(it->seq);
}

static Ref listiter_length_hint(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_noargs("__length_hint__", nargs, kwnames);
  ListIter* it = static_cast<ListIter*>(self.as_obj());
  int64_t n = 0;
  if (it->seq) {
    if (type_of(self) == &ListRevIterType)
      n = it->index >= 0 && it->index < it->seq->size ? it->index + 1 : 0;
    else
      n = std::max<int64_t>(it->seq->size - it->index, 0);
  }
  return int_from_i64(n);
}

// ------------------------------------------------------------- list(...)
static Ref list_new_slot(Type* t, const Value*, size_t, Tuple*) {
  return Ref::steal(list_alloc(t));
}

static void list_init(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  no_kwargs("list", kwnames);
  check_range("list", "list", nargs, nullptr, 0, 1);
  List* l = as_list(self);
  if (l->size) list_clear_items(l);
  if (nargs) list_extend(self, args[0]);
}

// ------------------------------------------------------------------ methods
static Ref m_append(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs != 1 || (kwnames && kwnames->size)) [[unlikely]]
    check_onearg("list.append", nargs, kwnames);
  List* l = as_list(self);
  int64_t n = l->size;
  if (n < l->capacity) [[likely]] {   // list_append's fast case, inline here
    incref(args[0]);
    l->items[n] = args[0];
    l->size = n + 1;
  } else {
    list_append(self, args[0]);
  }
  return Ref::none();
}

static Ref m_extend(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_onearg("list.extend", nargs, kwnames);
  list_extend(self, args[0]);
  return Ref::none();
}

static Ref m_insert(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_range("insert", "list.insert", nargs, kwnames, 2, 2);
  // A position, not an item index: a huge one is an OverflowError.
  Ref pos = index_object(args[0]);
  if (!int_fits_i64(pos.get())) overflow_error("Python int too large to convert to C ssize_t");
  int64_t i = int_as_i64(pos.get());
  List* l = as_list(self);
  int64_t n = l->size;
  if (i < 0) i = std::max<int64_t>(i + n, 0);
  if (i > n) i = n;
  list_resize(l, checked_size_add(n, 1));
  std::copy_backward(l->items + i, l->items + n, l->items + n + 1);
  incref(l->items[i] = args[1]);
  return Ref::none();
}

static Ref m_remove(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_onearg("list.remove", nargs, kwnames);
  List* l = as_list(self);
  int64_t i = list_find(l, args[0], 0, INT64_MAX);
  if (i < 0) value_error("list.remove(x): x not in list");
  decref(list_take(l, i));
  return Ref::none();
}

static Ref m_pop(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_range("pop", "list.pop", nargs, kwnames, 0, 1);
  List* l = as_list(self);
  int64_t i = nargs ? index_ssize(args[0]) : -1;
  if (l->size == 0) index_error("pop from empty list");
  if (i < 0) i += l->size;
  if (i < 0 || i >= l->size) index_error("pop index out of range");
  return Ref::steal(list_take(l, i));
}

static Ref m_index(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_range("index", "list.index", nargs, kwnames, 1, 3);
  List* l = as_list(self);
  int64_t lo = 0, hi = INT64_MAX;
  if (nargs > 1) slice_index_clamped(args[1], &lo);
  if (nargs > 2) slice_index_clamped(args[2], &hi);
  if (lo < 0) lo = std::max<int64_t>(lo + l->size, 0);
  if (hi < 0) hi = std::max<int64_t>(hi + l->size, 0);
  int64_t i = list_find(l, args[0], lo, hi);
  if (i < 0) value_error(repr_utf8(args[0]) + " is not in list");
  return int_from_i64(i);
}

static Ref m_count(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  check_onearg("list.count", nargs, kwnames);
  List* l = as_list(self);
  int64_t n = 0;
  for (int64_t i = 0; i < l->size; ++i) {
    Value item = l->items[i];
    int q = quick_eq(item, args[0]);
    if (q < 0) {
      Ref hold = Ref::borrow(item);
      q = equals(item, args[0]);
    }
    n += q;
  }
  return int_from_i64(n);
}

static Ref m_sort(Value self, const Value* args, size_t nargs, Tuple* kwnames) {
  if (nargs) type_error("sort() takes no positional arguments");
  for (int64_t i = 0; kwnames && i < kwnames->size; ++i) {
    std::string_view name = str_view(kwnames->items[i]);
    if (name != "key" && name != "reverse")
      type_error("'" + std::string(name) + "' is an invalid keyword argument for sort()");
  }
  Value kw[2];
  parse_args("sort", args, nargs, kwnames, {"key", "reverse"}, 0, kw);
  Value key = kw[0].is_null() ? Value::none() : kw[0];
  bool reverse = false;
  if (!kw[1].is_null()) reverse = kw[1].is_bool() ? kw[1].is_true() : index_ssize(kw[1]) != 0;
  list_sort(self, key, reverse);
  return Ref::none();
}

static Ref m_reverse(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_noargs("list.reverse", nargs, kwnames);
  List* l = as_list(self);
  std::reverse(l->items, l->items + l->size);
  return Ref::none();
}

static Ref m_copy(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_noargs("list.copy", nargs, kwnames);
  return list_from_array(as_list(self)->items, size_t(as_list(self)->size));
}

static Ref m_clear(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_noargs("list.clear", nargs, kwnames);
  list_clear_items(as_list(self));
  return Ref::none();
}

static Ref m_reversed(Value self, const Value*, size_t nargs, Tuple* kwnames) {
  check_noargs("list.__reversed__", nargs, kwnames);
  return list_reversed_iter(self);
}

static const MethodDef list_methods[] = {
    {"append", m_append, kMethPlain, "Append object to the end of the list."},
    {"extend", m_extend, kMethPlain, "Extend list by appending elements from the iterable."},
    {"insert", m_insert, kMethPlain, "Insert object before index."},
    {"remove", m_remove, kMethPlain, "Remove first occurrence of value."},
    {"pop", m_pop, kMethPlain, "Remove and return item at index (default last)."},
    {"index", m_index, kMethPlain, "Return first index of value."},
    {"count", m_count, kMethPlain, "Return number of occurrences of value."},
    {"sort", m_sort, kMethPlain, "Sort the list in ascending order and return None."},
    {"reverse", m_reverse, kMethPlain, "Reverse *IN PLACE*."},
    {"copy", m_copy, kMethPlain, "Return a shallow copy of the list."},
    {"clear", m_clear, kMethPlain, "Remove all items from list."},
    {"__reversed__", m_reversed, kMethPlain, "Return a reverse iterator over the list."},
    {"__class_getitem__", class_getitem, kMethClass, "See PEP 585"},
    {nullptr, nullptr},
};

static const MethodDef listiter_methods[] = {
    {"__length_hint__", listiter_length_hint},
    {nullptr, nullptr},
};

namespace cont {

void init_list_types() {
  setup_type(ListType, "list", sizeof(List), kTypeBaseType | kTypeListSub);
  ListType.dealloc = list_dealloc;
  ListType.repr = list_repr;
  ListType.richcmp = list_richcmp;
  ListType.binop = list_binop;
  ListType.inplace = list_inplace;
  ListType.len = list_len;
  ListType.truth = list_truth;
  ListType.getitem = list_getitem;
  ListType.setitem = list_setitem;
  ListType.contains = list_contains;
  ListType.iter = list_iter;
  ListType.new_ = list_new_slot;
  ListType.init = list_init;
  type_ready(&ListType, list_methods);
  mark_unhashable(ListType);

  setup_type(ListIterType, "list_iterator", sizeof(ListIter));
  ListIterType.dealloc = listiter_dealloc;
  ListIterType.iter = iter_self;
  ListIterType.next = listiter_next;
  ListIterType.new_ = no_new;
  type_ready(&ListIterType, listiter_methods);

  setup_type(ListRevIterType, "list_reverseiterator", sizeof(ListIter));
  ListRevIterType.dealloc = listiter_dealloc;
  ListRevIterType.iter = iter_self;
  ListRevIterType.next = listreviter_next;
  ListRevIterType.new_ = no_new;
  type_ready(&ListRevIterType, listiter_methods);
}

}  // namespace cont
}  // namespace gilpy
