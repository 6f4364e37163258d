// range_slice.cpp — range and slice objects, slice index resolution, and the
// generic iterator for objects that only define __getitem__.
//
// A range stores its bounds as ints of any size; everything that fits in
// int64 (nearly every range) takes 128-bit arithmetic fast paths, big bounds
// go through int_binop.
#include <climits>

#include "runtime/container_util.hpp"

namespace gilpy {

Type RangeType, SliceType, RangeIterType, LongRangeIterType, SeqIterType;

using namespace cont;

// ---------------------------------------------------------- int helpers
static bool fits64(Value v) { return v.is_small_int() || int_fits_i64(v); }
static int64_t as64(Value v) { return v.is_small_int() ? v.as_small_int() : int_as_i64(v); }
static Ref big(BinOp op, Value a, Value b) { return int_binop(op, a, b); }
static Ref from128(__int128 v) {
  if (v >= INT64_MIN && v <= INT64_MAX) return int_from_i64(int64_t(v));
  // |v| < 2**127: assemble from two 64-bit halves.
  unsigned __int128 u = v < 0 ? -(unsigned __int128)v : (unsigned __int128)v;
  Ref hi = int_from_u64(uint64_t(u >> 64));
  Ref lo = int_from_u64(uint64_t(u));
  Ref half = int_from_u64(uint64_t(1) << 32);
  Ref scale = big(BinOp::Mul, half.get(), half.get());
  Ref prod = big(BinOp::Mul, hi.get(), scale.get());
  Ref sum = big(BinOp::Add, prod.get(), lo.get());
  if (v >= 0) return sum;
  Ref zero = int_from_i64(0);
  return big(BinOp::Sub, zero.get(), sum.get());
}

// len(range(start, stop, step)) as an int object, for any sizes.
static Ref range_len_value(Value start, Value stop, Value step) {
  if (fits64(start) && fits64(stop) && fits64(step)) {
    __int128 lo = as64(start), hi = as64(stop), st = as64(step);
    if (st < 0) {
      std::swap(lo, hi);
      st = -st;
    }
    return from128(lo < hi ? (hi - lo - 1) / st + 1 : 0);
  }
  Ref zero = int_from_i64(0);
  Ref lo = Ref::borrow(start), hi = Ref::borrow(stop), st = Ref::borrow(step);
  if (int_sign(step) < 0) {
    std::swap(lo, hi);
    st = big(BinOp::Sub, zero.get(), step);
  }
  if (int_compare(lo.get(), hi.get()) >= 0) return zero;
  Ref one = int_from_i64(1);
  Ref diff = big(BinOp::Sub, hi.get(), lo.get());
  diff = big(BinOp::Sub, diff.get(), one.get());
  diff = big(BinOp::FloorDiv, diff.get(), st.get());
  return big(BinOp::Add, diff.get(), one.get());
}

// ------------------------------------------------------------------ range
static Range* as_range(Value v) { return static_cast<Range*>(v.as_obj()); }

// Takes owned ints; step must be nonzero.
static Ref make_range(Ref start, Ref stop, Ref step) {
  Ref len = range_len_value(start.get(), stop.get(), step.get());
  Range* r = alloc_object<Range>(&RangeType);
  r->start = start.release();
  r->stop = stop.release();
  r->step = step.release();
  r->length = fits64(len.get()) ? as64(len.get()) : -1;
  return Ref::steal(r);
}

static Ref range_length_obj(Range* r) {
  if (r->length >= 0) return int_from_i64(r->length);
  return range_len_value(r->start, r->stop, r->step);
}

// start + i * step
static Ref range_at(Range* r, Value i) {
  if (fits64(r->start) && fits64(r->step) && fits64(i))
    return from128(__int128(as64(r->start)) + __int128(as64(i)) * as64(r->step));
  Ref off = big(BinOp::Mul, i, r->step);
  return big(BinOp::Add, r->start, off.get());
}

static Ref range_new_slot(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  check_range("range", "range", nargs, kwnames, 1, 3);
  Ref start, stop, step;
  if (nargs == 1) {
    stop = index_object(args[0]);
    start = int_from_i64(0);
    step = int_from_i64(1);
  } else {
    start = index_object(args[0]);
    stop = index_object(args[1]);
    step = nargs == 3 ? index_object(args[2]) : int_from_i64(1);
    if (int_sign(step.get()) == 0) value_error("range() arg 3 must not be zero");
  }
  return make_range(std::move(start), std::move(stop), std::move(step));
}

static void range_dealloc(Object* o) {
  Range* r = static_cast<Range*>(o);
  decref(r->start);
  decref(r->stop);
  decref(r->step);
}

static Ref range_repr(Value self) {
  Range* r = as_range(self);
  std::string out = "range(" + repr_utf8(r->start) + ", " + repr_utf8(r->stop);
  if (!(r->step.is_small_int() && r->step.as_small_int() == 1)) out += ", " + repr_utf8(r->step);
  return str_new(out + ")");
}

static int64_t range_len(Value self) {
  Range* r = as_range(self);
  if (r->length < 0) overflow_error("Python int too large to convert to C ssize_t");
  return r->length;
}

static int range_truth(Value self) {
  Range* r = as_range(self);
  return r->length != 0;
}

// Is the exact int `v` one of the range's values?
static bool range_has_int(Range* r, Value v) {
  if (fits64(r->start) && fits64(r->stop) && fits64(r->step) && fits64(v)) {
    __int128 x = as64(v), lo = as64(r->start), hi = as64(r->stop), st = as64(r->step);
    if (st > 0 ? !(lo <= x && x < hi) : !(hi < x && x <= lo)) return false;
    return (x - lo) % st == 0;
  }
  if (int_sign(r->step) > 0) {
    if (int_compare(r->start, v) > 0 || int_compare(v, r->stop) >= 0) return false;
  } else {
    if (int_compare(r->stop, v) >= 0 || int_compare(v, r->start) > 0) return false;
  }
  Ref diff = big(BinOp::Sub, v, r->start);
  Ref rem = big(BinOp::Mod, diff.get(), r->step);
  return int_sign(rem.get()) == 0;
}

static bool is_exact_int(Value v) { return v.is_small_int() || v.is_bool() || is_bigint(v); }

static int range_contains(Value self, Value v) {
  if (is_exact_int(v)) return range_has_int(as_range(self), int_value(v));
  Ref it = get_iter(self);
  for (Ref x; !(x = Ref::steal(iter_next(it.get()))).is_null();)
    if (equals(x.get(), v)) return 1;
  return 0;
}

static Ref range_slice(Range* r, Value slice) {
  if (r->length < 0) not_supported("slicing a range longer than 2**63-1");
  int64_t start, stop, step;
  slice_indices(slice, r->length, &start, &stop, &step);
  Ref a = int_from_i64(start), b = int_from_i64(stop), st = int_from_i64(step);
  Ref new_start = range_at(r, a.get());
  Ref new_stop = range_at(r, b.get());
  Ref new_step = big(BinOp::Mul, r->step, st.get());
  return make_range(std::move(new_start), std::move(new_stop), std::move(new_step));
}

static Ref range_getitem(Value self, Value key) {
  Range* r = as_range(self);
  if (is_slice(key)) return range_slice(r, key);
  if (!is_index_like(key)) bad_index_type("range", key);
  if (r->length >= 0) {
    int64_t i = key.is_small_int() ? key.as_small_int() : index_ssize(key);
    if (i < 0) i += r->length;
    if (i < 0 || i >= r->length) index_error("range object index out of range");
    Ref iv = int_from_i64(i);
    return range_at(r, iv.get());
  }
  Ref i = index_object(key);
  Ref len = range_length_obj(r);
  if (int_sign(i.get()) < 0) i = big(BinOp::Add, i.get(), len.get());
  if (int_sign(i.get()) < 0 || int_compare(i.get(), len.get()) >= 0)
    index_error("range object index out of range");
  return range_at(r, i.get());
}

static Ref range_richcmp(Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || type_of(b) != &RangeType)
    return Ref::borrow(not_implemented());
  Range* x = as_range(a);
  Range* y = as_range(b);
  bool eq = true;
  if (a != b) {
    Ref lx = range_length_obj(x), ly = range_length_obj(y);
    if (int_compare(lx.get(), ly.get()) != 0)
      eq = false;
    else if (int_sign(lx.get()) == 0)
      eq = true;
    else if (int_compare(x->start, y->start) != 0)
      eq = false;
    else
      eq = int_compare(lx.get(), int_from_i64(1).get()) == 0 || int_compare(x->step, y->step) == 0;
  }
  return Ref::boolean(eq == (op == CmpOp::Eq));
}

// CPython's: hash((len, start, step)) with None for what does not matter.
static int64_t range_hash(Value self) {
  Range* r = as_range(self);
  Ref len = range_length_obj(r);
  Value start = Value::none(), step = Value::none();
  if (int_sign(len.get()) != 0) {
    start = r->start;
    if (!(len.get().is_small_int() && len.get().as_small_int() == 1)) step = r->step;
  }
  Ref t = tuple_from({len.get(), start, step});
  return hash(t.get());
}

// ---------------------------------------------------------------- iterators
struct RangeIter : Object {
  int64_t next, step, remaining;
};

struct LongRangeIter : Object {
  Value next, step, remaining;   // owned ints
};

static Ref fast_range_iter(int64_t start, int64_t step, int64_t len) {
  RangeIter* it = alloc_object<RangeIter>(&RangeIterType);
  it->next = start;
  it->step = step;
  it->remaining = len;
  return Ref::steal(it);
}

static Ref long_range_iter(Ref start, Ref step, Ref len) {
  LongRangeIter* it = alloc_object<LongRangeIter>(&LongRangeIterType);
  it->next = start.release();
  it->step = step.release();
  it->remaining = len.release();
  return Ref::steal(it);
}

static Value rangeiter_next(Value self) {
  RangeIter* it = static_cast<RangeIter*>(self.as_obj());
  if (it->remaining <= 0) return Value::null();
  int64_t v = it->next;
  it->remaining--;
  // The value after the last one may not fit int64: only step when needed.
  if (it->remaining > 0) it->next = v + it->step;
  if (Value::fits_small(v)) return Value::small_int(v);
  return int_from_i64(v).release();
}

static Value longrangeiter_next(Value self) {
  LongRangeIter* it = static_cast<LongRangeIter*>(self.as_obj());
  if (int_sign(it->remaining) <= 0) return Value::null();
  Value v = it->next;
  Ref one = int_from_i64(1);
  Ref next = big(BinOp::Add, v, it->step);
  Ref rem = big(BinOp::Sub, it->remaining, one.get());
  it->next = next.release();
  decref(it->remaining);
  it->remaining = rem.release();
  return v;   // the reference `next` held passes to the caller
}

static void longrangeiter_dealloc(Object* o) {
  LongRangeIter* it = static_cast<LongRangeIter*>(o);
  decref(it->next);
  decref(it->step);
  decref(it->remaining);
}

static Ref rangeiter_length_hint(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_noargs("__length_hint__", nargs, kw);
  if (type_of(self) == &RangeIterType)
    return int_from_i64(std::max<int64_t>(static_cast<RangeIter*>(self.as_obj())->remaining, 0));
  return Ref::borrow(static_cast<LongRangeIter*>(self.as_obj())->remaining);
}

static Ref range_iter(Value self) {
  Range* r = as_range(self);
  if (r->length >= 0 && fits64(r->start) && fits64(r->stop) && fits64(r->step))
    return fast_range_iter(as64(r->start), as64(r->step), r->length);
  return long_range_iter(Ref::borrow(r->start), Ref::borrow(r->step), range_length_obj(r));
}

static Ref range_reversed(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_noargs("range.__reversed__", nargs, kw);
  Range* r = as_range(self);
  if (r->length >= 0 && fits64(r->start) && fits64(r->step)) {
    __int128 last = __int128(as64(r->start)) + __int128(r->length - 1) * as64(r->step);
    __int128 neg = -__int128(as64(r->step));
    if (r->length == 0) last = 0;
    if (last >= INT64_MIN && last <= INT64_MAX && neg <= INT64_MAX)
      return fast_range_iter(int64_t(last), int64_t(neg), r->length);
  }
  Ref len = range_length_obj(r);
  Ref one = int_from_i64(1), zero = int_from_i64(0);
  Ref last_index = big(BinOp::Sub, len.get(), one.get());
  Ref last = range_at(r, last_index.get());
  Ref neg = big(BinOp::Sub, zero.get(), r->step);
  return long_range_iter(std::move(last), std::move(neg), std::move(len));
}

// ------------------------------------------------------------ range methods
static Ref range_count(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_onearg("range.count", nargs, kw);
  if (is_exact_int(args[0])) return int_from_i64(range_has_int(as_range(self), int_value(args[0])));
  int64_t n = 0;
  for_each(self, [&](Value x) { n += equals(x, args[0]); });
  return int_from_i64(n);
}

static Ref range_index(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_onearg("range.index", nargs, kw);
  Range* r = as_range(self);
  Value v = args[0];
  if (is_exact_int(v)) {
    Value iv = int_value(v);
    if (range_has_int(r, iv)) {
      Ref diff = big(BinOp::Sub, iv, r->start);
      return big(BinOp::FloorDiv, diff.get(), r->step);
    }
  } else {
    int64_t i = 0;
    Ref it = get_iter(self);
    for (Ref x; !(x = Ref::steal(iter_next(it.get()))).is_null(); ++i)
      if (equals(x.get(), v)) return int_from_i64(i);
  }
  value_error(repr_utf8(v) + " is not in range");
}

static Ref range_get_start(Value self) { return Ref::borrow(as_range(self)->start); }
static Ref range_get_stop(Value self) { return Ref::borrow(as_range(self)->stop); }
static Ref range_get_step(Value self) { return Ref::borrow(as_range(self)->step); }

static const MethodDef range_methods[] = {
    {"count", range_count, kMethPlain, "rangeobject.count(value) -> integer -- return number of occurrences of value"},
    {"index", range_index, kMethPlain, "rangeobject.index(value) -> integer -- return index of value."},
    {"__reversed__", range_reversed, kMethPlain, "Return a reverse iterator."},
    {nullptr, nullptr},
};

static const GetSetDef range_getsets[] = {
    {"start", range_get_start},
    {"stop", range_get_stop},
    {"step", range_get_step},
    {nullptr, nullptr},
};

static const MethodDef rangeiter_methods[] = {
    {"__length_hint__", rangeiter_length_hint},
    {nullptr, nullptr},
};

// ------------------------------------------------------------------ slice
static Slice* as_slice(Value v) { return static_cast<Slice*>(v.as_obj()); }

Ref slice_new(Value start, Value stop, Value step) {
  Slice* s = alloc_object<Slice>(&SliceType);
  incref(start);
  incref(stop);
  incref(step);
  s->start = start;
  s->stop = stop;
  s->step = step;
  return Ref::steal(s);
}

int64_t slice_indices(Value slice, int64_t length, int64_t* start, int64_t* stop, int64_t* step) {
  Slice* s = as_slice(slice);
  int64_t st = 1;
  if (!s->step.is_none()) {
    slice_index_clamped(s->step, &st);
    if (st == 0) value_error("slice step cannot be zero");
    if (st < -INT64_MAX) st = -INT64_MAX;   // so that -step cannot overflow
  }
  int64_t lo = st < 0 ? INT64_MAX : 0;
  int64_t hi = st < 0 ? INT64_MIN : INT64_MAX;
  slice_index_clamped(s->start, &lo);
  slice_index_clamped(s->stop, &hi);
  if (lo < 0) {
    lo += length;
    if (lo < 0) lo = st < 0 ? -1 : 0;
  } else if (lo >= length) {
    lo = st < 0 ? length - 1 : length;
  }
  if (hi < 0) {
    hi += length;
    if (hi < 0) hi = st < 0 ? -1 : 0;
  } else if (hi >= length) {
    hi = st < 0 ? length - 1 : length;
  }
  *start = lo;
  *stop = hi;
  *step = st;
  if (st < 0) return hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
  return lo < hi ? (hi - lo - 1) / st + 1 : 0;
}

int64_t seq_index(Value key, int64_t length, const char* what) {
  int64_t i = index_ssize(key);
  if (i < 0) i += length;
  if (i < 0 || i >= length) index_error(std::string(what) + " index out of range");
  return i;
}

static Ref slice_new_slot(Type*, const Value* args, size_t nargs, Tuple* kwnames) {
  check_range("slice", "slice", nargs, kwnames, 1, 3);
  if (nargs == 1) return slice_new(Value::none(), args[0], Value::none());
  return slice_new(args[0], args[1], nargs == 3 ? args[2] : Value::none());
}

static void slice_dealloc(Object* o) {
  Slice* s = static_cast<Slice*>(o);
  decref(s->start);
  decref(s->stop);
  decref(s->step);
}

static Ref slice_repr(Value self) {
  Slice* s = as_slice(self);
  return str_new("slice(" + repr_utf8(s->start) + ", " + repr_utf8(s->stop) + ", " +
                 repr_utf8(s->step) + ")");
}

static Ref slice_richcmp(Value a, Value b, CmpOp op) {
  if (type_of(b) != &SliceType) return Ref::borrow(not_implemented());
  Slice* x = as_slice(a);
  Slice* y = as_slice(b);
  Ref tx = tuple_from({x->start, x->stop, x->step});
  Ref ty = tuple_from({y->start, y->stop, y->step});
  return compare(tx.get(), ty.get(), op);
}

static Ref slice_indices_method(Value self, const Value* args, size_t nargs, Tuple* kw) {
  check_onearg("slice.indices", nargs, kw);
  Ref len = index_object(args[0]);
  if (int_sign(len.get()) < 0) value_error("length should not be negative");
  if (!int_fits_i64(len.get())) not_supported("slice.indices() of a length beyond 2**63-1");
  int64_t start, stop, step;
  slice_indices(self, int_as_i64(len.get()), &start, &stop, &step);
  Ref a = int_from_i64(start), b = int_from_i64(stop), c = int_from_i64(step);
  return tuple_from({a.get(), b.get(), c.get()});
}

static Ref slice_get_start(Value self) { return Ref::borrow(as_slice(self)->start); }
static Ref slice_get_stop(Value self) { return Ref::borrow(as_slice(self)->stop); }
static Ref slice_get_step(Value self) { return Ref::borrow(as_slice(self)->step); }

static const MethodDef slice_methods[] = {
    {"indices", slice_indices_method, kMethPlain, "S.indices(len) -> (start, stop, stride)"},
    {nullptr, nullptr},
};

static const GetSetDef slice_getsets[] = {
    {"start", slice_get_start},
    {"stop", slice_get_stop},
    {"step", slice_get_step},
    {nullptr, nullptr},
};

// ---------------------------------------------------- sequence iterator
// iter(x) for objects with __getitem__ but no __iter__: x[0], x[1], ...
// until IndexError (or StopIteration).
struct SeqIter : Object {
  Value seq;           // owned; null once exhausted
  int64_t index;
};

Ref seq_iter_new(Value seq) {
  SeqIter* it = alloc_object<SeqIter>(&SeqIterType);
  incref(seq);
  it->seq = seq;
  it->index = 0;
  return Ref::steal(it);
}

static Value seqiter_next(Value self) {
  SeqIter* it = static_cast<SeqIter*>(self.as_obj());
  Value seq = it->seq;
  if (seq.is_null()) return Value::null();
  try {
    auto gi = type_of(seq)->getitem;
    Value key = Value::small_int(it->index);
    Ref r = gi ? gi(seq, key) : getitem(seq, key);
    it->index++;
    return r.release();
  } catch (PyError& e) {
    if (!e.matches(IndexError_) && !e.matches(StopIteration_)) throw;
    it->seq = Value::null();
    decref(seq);
    return Value::null();
  }
}

static void seqiter_dealloc(Object* o) { xdecref(static_cast<SeqIter*>(o)->seq); }

namespace cont {

void init_range_slice_types() {
  setup_type(RangeType, "range", sizeof(Range));
  RangeType.dealloc = range_dealloc;
  RangeType.repr = range_repr;
  RangeType.hash = range_hash;
  RangeType.richcmp = range_richcmp;
  RangeType.len = range_len;
  RangeType.truth = range_truth;
  RangeType.getitem = range_getitem;
  RangeType.contains = range_contains;
  RangeType.iter = range_iter;
  RangeType.new_ = range_new_slot;
  type_ready(&RangeType, range_methods, range_getsets);

  setup_type(RangeIterType, "range_iterator", sizeof(RangeIter));
  RangeIterType.iter = iter_self;
  RangeIterType.next = rangeiter_next;
  RangeIterType.new_ = no_new;
  type_ready(&RangeIterType, rangeiter_methods);

  setup_type(LongRangeIterType, "longrange_iterator", sizeof(LongRangeIter));
  LongRangeIterType.dealloc = longrangeiter_dealloc;
  LongRangeIterType.iter = iter_self;
  LongRangeIterType.next = longrangeiter_next;
  LongRangeIterType.new_ = no_new;
  type_ready(&LongRangeIterType, rangeiter_methods);

  setup_type(SliceType, "slice", sizeof(Slice));
  SliceType.dealloc = slice_dealloc;
  SliceType.repr = slice_repr;
  SliceType.richcmp = slice_richcmp;
  SliceType.new_ = slice_new_slot;
  type_ready(&SliceType, slice_methods, slice_getsets);
  mark_unhashable(SliceType);

  setup_type(SeqIterType, "iterator", sizeof(SeqIter));
  SeqIterType.dealloc = seqiter_dealloc;
  SeqIterType.iter = iter_self;
  SeqIterType.next = seqiter_next;
  SeqIterType.new_ = no_new;
  type_ready(&SeqIterType);
}

}  // namespace cont
}  // namespace gilpy
