// pickle_dump.cpp — the pickler: object graph -> our opcode stream.
//
// A recursive walk with fast paths for the exact built-in types (a list of
// small ints costs a type test and a varint per item). Everything else goes
// through the reduce protocol: __reduce_ex__ / __reduce__ when a class
// defines them, otherwise our C++ version of copyreg's default (cls.__new__
// plus the instance __dict__ or __getstate__()).
//
// Memo: objects whose reference count is 1 are referenced from exactly one
// place, so they cannot be met twice (nor be part of a cycle): they are not
// memoized, which keeps the memo small for fresh data.
#include <atomic>
#include <cmath>
#include <string>

#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "stdlib/array.hpp"
#include "stdlib/pickle.hpp"

namespace gilpy::pickle {

// ---------------------------------------------------------------- Writer
void Writer::grow(size_t need) {
  size_t cap = cap_ ? cap_ : 256;
  while (cap < need) cap *= 2;
  char* p = static_cast<char*>(std::realloc(buf_, cap));
  if (!p) memory_error();
  buf_ = p;
  cap_ = cap;
}

// ------------------------------------------------------------------ Memo
uint32_t Memo::put(Object* o) {
  if ((count_ + 1) * 2 > mask_ + 1) rehash(mask_ ? (mask_ + 1) * 2 : 64);
  size_t i = slot_of(o);
  while (slots_[i].key) i = (i + 1) & mask_;
  incref(o);
  slots_[i] = {o, next_};
  count_++;
  return next_++;
}

void Memo::rehash(size_t newcap) {
  Slot* old = slots_;
  size_t oldcap = slots_ ? mask_ + 1 : 0;
  slots_ = static_cast<Slot*>(std::calloc(newcap, sizeof(Slot)));
  if (!slots_) {
    slots_ = old;
    memory_error();
  }
  mask_ = newcap - 1;
  for (size_t j = 0; j < oldcap; j++) {
    if (!old[j].key) continue;
    size_t i = slot_of(old[j].key);
    while (slots_[i].key) i = (i + 1) & mask_;
    slots_[i] = old[j];
  }
  std::free(old);
}

void Memo::clear() {
  if (slots_) {
    for (size_t j = 0; j <= mask_; j++)
      if (slots_[j].key) decref(slots_[j].key);
    std::free(slots_);
  }
  slots_ = nullptr;
  mask_ = count_ = 0;
  next_ = 0;
}

void Memo::truncate(uint32_t n) {
  if (n >= next_ || !slots_) return;
  for (size_t j = 0; j <= mask_; j++) {
    if (!slots_[j].key || slots_[j].id < n) continue;
    decref(slots_[j].key);
    slots_[j].key = nullptr;
    count_--;
  }
  next_ = n;
  rehash(mask_ + 1);   // re-place the survivors: deletions broke probe chains
}

void pickling_error(const std::string& msg) { raise(PicklingError_, msg); }

// ------------------------------------------------------- global lookup
Ref lookup_global(Value module, Value qualname, int* err) {
  *err = 0;
  Ref m;
  try {
    m = import_module(str_view(module));
  } catch (PyError&) {
    *err = 1;
    return Ref();
  }
  std::string_view path = str_view(qualname);
  Ref cur = std::move(m);
  for (;;) {
    size_t dot = path.find('.');
    std::string_view part = path.substr(0, dot);
    Ref next = getattr_opt(cur.get(), intern(part));
    if (!next) {
      *err = 2;
      return Ref();
    }
    cur = std::move(next);
    if (dot == std::string_view::npos) return cur;
    path.remove_prefix(dot + 1);
  }
}

namespace {

Str* S(const char* s) { return intern(s); }

// Bounds nested saves by the recursion limit (CPython's wording) and the C stack.
struct DepthGuard {
  ThreadState* ts;
  DepthGuard() : ts(current_thread_state()) {
    check_c_stack(ts);
    if (++ts->depth > ts->interp->recursion_limit) {
      --ts->depth;
      raise(RecursionError_, "maximum recursion depth exceeded while pickling an object");
    }
  }
  ~DepthGuard() { --ts->depth; }
};

bool is_type_object(Value v) { return v.is_obj() && (type_of(v)->flags & kTypeTypeSub || type_of(v) == &TypeType); }

bool is_iterator(Value v) {
  Type* t = type_of(v);
  return t->next != nullptr || !type_lookup(t, S("__next__")).is_null();
}

// The parts of a reduce value, borrowed (null = absent or None).
struct Reduction {
  Value callable, args, state, listitems, dictitems, state_setter;
  Op build_op = REDUCE;   // REDUCE, NEWOBJ or NEWOBJ_EX
  Value kwargs;           // NEWOBJ_EX only
};

class Dumper {
 public:
  Dumper(Writer& w, Memo& memo, const DumpOptions& opt) : w_(w), memo_(memo), opt_(opt), pers_(opt.persistent_id) {}
  void save(Value v, bool pers = true, bool held = false);

 private:
  void save_immediate(Value v);
  void save_float(double d);
  void save_bigint(Value v);
  void save_str(Object* o, bool unique);
  void save_bytes(Object* o, Op op, bool unique);
  void save_list(List* l, bool unique);
  void save_tuple(Tuple* t, bool unique);
  void save_dict(Dict* d, bool unique);
  void save_set(Set* s, bool unique);
  void save_frozenset(Set* s, bool unique);
  void save_triple(Value a, Value b, Value c, Op op, Object* o, bool unique);
  void save_array(Value v, bool unique);
  void save_array_subclass(Value v, bool unique);
  void save_global(Value obj, Value name, bool unique = false);
  void save_type(Value v, bool unique);
  void save_getattr(Value v, Value owner, Value name, bool unique);
  void save_object(Value v, bool unique);
  void default_reduce(Value v, bool unique);
  void save_reduce(Value obj, const Reduction& r, bool unique);
  void save_items(Value iterable, Op op);
  void save_pairs(Value iterable);
  bool save_pers(Value v);
  // `unique`: the object had one referrer when we reached it (so it cannot
  // be met again), judged before any reference we took ourselves.
  void memoize(Object* o, bool unique) {
    if (unique) return;
    memo_.put(o);
    w_.op(MEMO_PUT);
  }
  // Saves a sub-object while holding a reference: Python code run during the
  // save (persistent_id, __reduce__) could otherwise free it under us.
  void save_held(Value v) {
    if (!v.is_obj()) return save(v);
    Type* t = v.as_obj()->type;
    if (pers_.is_null() && (t == &StrType || t == &IntType || t == &BytesType)) return save(v);   // runs no Python code
    Ref keep = Ref::borrow(v);
    save(v, true, true);
  }

  Writer& w_;
  Memo& memo_;
  const DumpOptions& opt_;
  Value pers_;
};

void Dumper::save_immediate(Value v) {
  if (v.is_small_int()) {
    int64_t i = v.as_small_int();
    w_.op_varint(INT, (uint64_t(i) << 1) ^ uint64_t(i >> 63));
  } else if (v.is_float()) {
    save_float(v.as_double());
  } else if (v.is_none()) {
    w_.op(NONE);
  } else if (v.is_true()) {
    w_.op(TRUE_);
  } else {
    w_.op(FALSE_);
  }
}

void Dumper::save_float(double d) {
  uint64_t bits;
  std::memcpy(&bits, &d, 8);
  w_.reserve(9);
  w_.op(FLOAT);
  char b[8];
  for (int k = 0; k < 8; k++) b[k] = char(bits >> (8 * k));
  w_.raw(b, 8);
}

void Dumper::save_bigint(Value v) {
  if (int_fits_i64(v)) {
    int64_t i = int_as_i64(v);
    w_.op_varint(INT, (uint64_t(i) << 1) ^ uint64_t(i >> 63));
    return;
  }
  int64_t nbytes = int_bit_length(v) / 8 + 1;   // room for the sign bit
  std::string b = int_to_bytes(v, nbytes, true, true);
  w_.op_data(BIGINT, b.data(), b.size());
}

void Dumper::save_str(Object* o, bool unique) {
  if (!unique) {
    int64_t id = memo_.find(o);
    if (id >= 0) return w_.op_varint(MEMO_GET, uint64_t(id));
  }
  Str* s = static_cast<Str*>(o);
  w_.op_data(STR, s->data, size_t(s->size));
  memoize(o, unique);
}

void Dumper::save_bytes(Object* o, Op op, bool unique) {
  Bytes* b = static_cast<Bytes*>(o);
  w_.op_data(op, b->data, size_t(b->size));
  memoize(o, unique);
}

void Dumper::save_list(List* l, bool unique) {
  w_.op(EMPTY_LIST);
  memoize(l, unique);
  DepthGuard g;
  int64_t i = 0;
  while (i < l->size) {   // re-read: Python code may change the list meanwhile
    uint64_t n = 0;
    for (; i < l->size && n < uint64_t(kBatch); i++, n++) {
      Value item = l->items[i];
      if (item.is_small_int() && pers_.is_null()) {   // the common case, inline
        int64_t iv = item.as_small_int();
        w_.op_varint(INT, (uint64_t(iv) << 1) ^ uint64_t(iv >> 63));
      } else {
        save_held(item);
      }
    }
    w_.op_varint(APPENDS, n);
  }
}

void Dumper::save_tuple(Tuple* t, bool unique) {
  int64_t n = t->size;
  if (n == 0) return w_.op_varint(TUPLE, 0);
  {
    DepthGuard g;
    for (int64_t i = 0; i < n; i++) save_held(t->items[i]);
  }
  // A tuple reached again through its own items was memoized meanwhile:
  // drop the copy built from the items and use the memoized one.
  int64_t id = memo_.find(t);
  if (id >= 0) {
    w_.op_varint(POP_N, uint64_t(n));
    return w_.op_varint(MEMO_GET, uint64_t(id));
  }
  w_.op_varint(TUPLE, uint64_t(n));
  memoize(t, unique);
}

void Dumper::save_dict(Dict* d, bool unique) {
  w_.op(EMPTY_DICT);
  memoize(d, unique);
  DepthGuard g;
  int64_t pos = 0, used = d->used;
  uint64_t n = 0;
  Value k, v;
  while (dict_next(d, &pos, &k, &v)) {
    Ref hk = Ref::borrow(k), hv = Ref::borrow(v);
    save(k);
    save(v);
    if (d->used != used) runtime_error("dictionary changed size during iteration");
    if (++n == uint64_t(kBatch)) {
      w_.op_varint(SETITEMS, n);
      n = 0;
    }
  }
  if (n) w_.op_varint(SETITEMS, n);
}

void Dumper::save_set(Set* s, bool unique) {
  w_.op(EMPTY_SET);
  memoize(s, unique);
  DepthGuard g;
  int64_t pos = 0, used = s->used;
  uint64_t n = 0;
  Value k;
  while (set_next(s, &pos, &k)) {
    save_held(k);
    if (s->used != used) runtime_error("Set changed size during iteration");
    if (++n == uint64_t(kBatch)) {
      w_.op_varint(ADDITEMS, n);
      n = 0;
    }
  }
  if (n) w_.op_varint(ADDITEMS, n);
}

void Dumper::save_frozenset(Set* s, bool unique) {
  uint64_t n = 0;
  {
    DepthGuard g;
    int64_t pos = 0;
    Value k;
    while (set_next(s, &pos, &k)) {
      save_held(k);
      n++;
    }
  }
  int64_t id = memo_.find(s);
  if (id >= 0) {
    w_.op_varint(POP_N, n);
    return w_.op_varint(MEMO_GET, uint64_t(id));
  }
  w_.op_varint(FROZENSET, n);
  memoize(s, unique);
}

// range and slice: three fields, then the op.
void Dumper::save_triple(Value a, Value b, Value c, Op op, Object* o, bool unique) {
  {
    DepthGuard g;
    save_held(a);
    save_held(b);
    save_held(c);
  }
  w_.op(op);
  memoize(o, unique);
}

void Dumper::save_array(Value v, bool unique) {
  ArrayView av;
  array_get_view(v, &av);
  char tc = av.typecode;
  Ref code = str_new(std::string_view(&tc, 1));
  save(code.get(), false);
  w_.op_data(BYTES, static_cast<const char*>(av.data), size_t(av.length) * size_t(av.itemsize));
  w_.op(ARRAY);
  memoize(v.as_obj(), unique);
}

// An array.array subclass: cls(typecode, items) plus the instance __dict__
// (array's own __reduce_ex__ leaves the attributes out).
void Dumper::save_array_subclass(Value v, bool unique) {
  ArrayView av;
  array_get_view(v, &av);
  char tc = av.typecode;
  Ref code = str_new(std::string_view(&tc, 1));
  Ref items = call_method(v, "tolist", {});
  Ref args = tuple_from({code.get(), items.get()});
  Reduction r;
  r.callable = Value::object(type_of(v));
  r.args = args.get();
  Dict* d = instance_dict(v, false);
  if (d && d->used) r.state = Value::object(d);
  save_reduce(v, r, unique);
}

// CPython's whichmodule(): __module__, else a search of sys.modules.
Ref which_module(Value obj, Value name) {
  Ref m = getattr_opt(obj, S("__module__"));
  if (m && is_str(m.get())) return m;
  Dict* mods = current_interp()->modules;
  int64_t pos = 0;
  Value k, mod;
  while (dict_next(mods, &pos, &k, &mod)) {
    if (!is_str(k) || mod.is_none()) continue;
    std::string_view ks = str_view(k);
    if (ks == "__main__" || ks == "__mp_main__") continue;
    int err;
    Ref found = lookup_global(k, name, &err);
    if (found && found.get() == obj) return Ref::borrow(k);
  }
  return str_new("__main__");
}

void Dumper::save_global(Value obj, Value name, bool unique) {
  Ref qn;
  if (!name.is_null()) qn = Ref::borrow(name);
  else {
    qn = getattr_opt(obj, S("__qualname__"));
    if (!qn || !is_str(qn.get())) qn = getattr(obj, S("__name__"));
  }
  if (!is_str(qn.get())) pickling_error("Can't pickle " + repr_utf8(obj) + ": its name is not a string");
  std::string_view path = str_view(qn.get());
  for (size_t at = 0;;) {   // a name made inside a function cannot be found again
    size_t dot = path.find('.', at);
    if (path.substr(at, dot == std::string_view::npos ? dot : dot - at) == "<locals>")
      raise(AttributeError_, "Can't pickle local object " + repr_utf8(qn.get()));
    if (dot == std::string_view::npos) break;
    at = dot + 1;
  }
  Ref mod = which_module(obj, qn.get());
  int err;
  Ref found = lookup_global(mod.get(), qn.get(), &err);
  if (err == 1)
    pickling_error("Can't pickle " + repr_utf8(obj) + ": import of module " + repr_utf8(mod.get()) + " failed");
  if (err == 2)
    pickling_error("Can't pickle " + repr_utf8(obj) + ": attribute lookup " + std::string(path) + " on " +
                   std::string(str_view(mod.get())) + " failed");
  if (found.get() != obj)
    pickling_error("Can't pickle " + repr_utf8(obj) + ": it's not the same object as " +
                   std::string(str_view(mod.get())) + "." + std::string(path));
  save_str(mod.obj(), false);
  save_str(qn.obj(), false);
  w_.op(GLOBAL);
  memoize(obj.as_obj(), unique);
}

// getattr(owner, name): how methods are pickled.
void Dumper::save_getattr(Value v, Value owner, Value name, bool unique) {
  Reduction r;
  Value getattr_fn = dict_get_cstr(current_interp()->builtins, "getattr");
  if (getattr_fn.is_null()) type_error("cannot pickle '" + type_name(v) + "' object");
  Ref keep = Ref::borrow(getattr_fn);
  Ref args = tuple_from({owner, name});
  r.callable = getattr_fn;
  r.args = args.get();
  save_reduce(v, r, unique);
}

void Dumper::save_type(Value v, bool unique) {
  Type* t = static_cast<Type*>(v.as_obj());
  Value single = t == &NoneType ? Value::none()
                 : t == &EllipsisType ? Value::object(&EllipsisObj)
                 : t == &NotImplementedType ? not_implemented()
                                            : Value::null();
  if (single.is_null()) return save_global(v, Value::null(), unique);
  Reduction r;   // type(None) is not reachable by name: pickle it as type(None)
  Ref args = tuple_from({single});
  r.callable = Value::object(&TypeType);
  r.args = args.get();
  save_reduce(v, r, unique);
}

bool Dumper::save_pers(Value v) {
  Ref pid = call(pers_, &v, 1);
  if (pid.get().is_none()) return false;
  save(pid.get(), false);
  w_.op(PERSID);
  return true;
}

void Dumper::save(Value v, bool pers, bool held) {
  if (pers && !pers_.is_null() && save_pers(v)) return;
  if (!v.is_obj()) return save_immediate(v);
  Object* o = v.as_obj();
  Type* t = o->type;
  bool unique = o->rc == 1 + int64_t(held);
  if (t == &StrType) return save_str(o, unique);
  if (!unique) {
    int64_t id = memo_.find(o);
    if (id >= 0) return w_.op_varint(MEMO_GET, uint64_t(id));
  }
  if (t == &ListType) return save_list(static_cast<List*>(o), unique);
  if (t == &TupleType) return save_tuple(static_cast<Tuple*>(o), unique);
  if (t == &DictType) return save_dict(static_cast<Dict*>(o), unique);
  if (t == &IntType) return save_bigint(v);
  if (t == &BytesType) return save_bytes(o, BYTES, unique);
  if (t == &ByteArrayType) return save_bytes(o, BYTEARRAY, unique);
  if (t == &SetType) return save_set(static_cast<Set*>(o), unique);
  if (t == &FrozenSetType) return save_frozenset(static_cast<Set*>(o), unique);
  if (t == &FunctionType) return save_global(v, Value::null(), unique);
  if (t == &RangeType) {
    Range* r = static_cast<Range*>(o);
    return save_triple(r->start, r->stop, r->step, RANGE, o, unique);
  }
  if (t == &SliceType) {
    Slice* s = static_cast<Slice*>(o);
    return save_triple(s->start, s->stop, s->step, SLICE, o, unique);
  }
  if (o == &EllipsisObj) return w_.op(ELLIPSIS);
  if (o == &NotImplementedObj) return w_.op(NOTIMPL);
  if (t == &ArrayType) return save_array(v, unique);
  if (is_type_object(v)) return save_type(v, unique);
  if (t == &BuiltinFunctionType) {
    BuiltinFunction* f = static_cast<BuiltinFunction*>(o);
    if (f->self.is_null() || type_of(f->self) == &ModuleType) return save_global(v, Value::null(), unique);
    Ref name = str_new(f->name);
    return save_getattr(v, f->self, name.get(), unique);
  }
  if (t == &MethodDescrType) {
    MethodDescr* m = static_cast<MethodDescr*>(o);
    Ref name = str_new(m->name);
    return save_getattr(v, Value::object(m->owner), name.get(), unique);
  }
  if (t == &MethodType) {
    BoundMethod* m = static_cast<BoundMethod*>(o);
    Ref name = getattr(m->func, S("__name__"));
    return save_getattr(v, m->self, name.get(), unique);
  }
  save_object(v, unique);
}

// ------------------------------------------------------- reduce protocol
void Dumper::save_object(Value v, bool unique) {
  static Value object_reduce_ex = dict_get_cstr(ObjectType.dict, "__reduce_ex__");
  // array's types are readied when the module is first imported.
  // Set by whichever interpreter pickles first: atomic, since several may run at once.
  static std::atomic<uint64_t> array_rex_bits{Value::null().bits()};
  Value array_reduce_ex = Value::from_bits(array_rex_bits.load(std::memory_order_acquire));
  if (array_reduce_ex.is_null() && ArrayType.dict) {
    array_reduce_ex = dict_get_cstr(ArrayType.dict, "__reduce_ex__");
    array_rex_bits.store(array_reduce_ex.bits(), std::memory_order_release);
  }
  Type* t = type_of(v);
  Value rex = type_lookup(t, S("__reduce_ex__"));
  if (rex == array_reduce_ex && !array_reduce_ex.is_null()) return save_array_subclass(v, unique);
  Ref rv;
  if (rex != object_reduce_ex) {
    Ref proto = int_from_i64(opt_.protocol);
    rv = call_method(v, "__reduce_ex__", {proto.get()});
  } else if (!type_lookup(t, S("__reduce__")).is_null()) {
    rv = call_method(v, "__reduce__", {});
  } else {
    return default_reduce(v, unique);
  }
  if (is_str(rv.get())) return save_global(v, rv.get(), unique);
  if (!isinstance_of(rv.get(), &TupleType)) pickling_error("__reduce__ must return a string or tuple");
  Tuple* tu = as_tuple(rv.get());
  if (tu->size < 2 || tu->size > 6) pickling_error("tuple returned by __reduce__ must contain 2 through 6 elements");
  auto item = [tu](int64_t i) { return i < tu->size && !tu->items[i].is_none() ? tu->items[i] : Value::null(); };
  Reduction r;
  r.callable = tu->items[0];
  r.args = tu->items[1];
  r.state = item(2);
  r.listitems = item(3);
  r.dictitems = item(4);
  r.state_setter = item(5);
  if (!is_callable(r.callable)) pickling_error("first item of the tuple returned by __reduce__ must be callable");
  if (!isinstance_of(r.args, &TupleType)) pickling_error("second item of the tuple returned by __reduce__ must be a tuple");
  if (!r.listitems.is_null() && !is_iterator(r.listitems))
    pickling_error("fourth element of the tuple returned by __reduce__ must be an iterator, not " +
                   type_name(r.listitems));
  if (!r.dictitems.is_null() && !is_iterator(r.dictitems))
    pickling_error("fifth element of the tuple returned by __reduce__ must be an iterator, not " +
                   type_name(r.dictitems));
  if (!r.state_setter.is_null() && !is_callable(r.state_setter))
    pickling_error("sixth element of the tuple returned by __reduce__ must be a function, not " +
                   type_name(r.state_setter));
  save_reduce(v, r, unique);
}

// Non-heap base types whose instances the default reduce can rebuild.
bool plain_base_ok(Type* b) {
  return b == &ObjectType || b == &IntType || b == &FloatType || b == &StrType || b == &BytesType ||
         b == &ByteArrayType || b == &TupleType || b == &ListType || b == &DictType || b == &SetType ||
         b == &FrozenSetType || (b->flags & kTypeExcSub) || !dict_get_cstr(b->dict, "__getstate__").is_null();
}

// __getstate__() (owned, in *owned), else the instance dict (borrowed), or null.
Value instance_state(Value v, Type* t, Ref* owned) {
  if (!type_lookup(t, S("__getstate__")).is_null()) {
    *owned = call_method(v, "__getstate__", {});
    return owned->get();
  }
  Dict* d = instance_dict(v, false);
  return d && d->used ? Value::object(d) : Value::null();
}

// Our copyreg: what object.__reduce_ex__ would return, emitted directly.
void Dumper::default_reduce(Value v, bool unique) {
  Type* t = type_of(v);
  Reduction r;
  if (t->flags & kTypeExcSub) {   // BaseException.__reduce__: (type, args[, __dict__])
    ExceptionObject* e = static_cast<ExceptionObject*>(v.as_obj());
    Dict* d = instance_dict(v, false);
    r.callable = Value::object(t);
    r.args = e->args ? Value::object(e->args) : Value::object(empty_tuple());
    if (d && d->used) r.state = Value::object(d);
    return save_reduce(v, r, unique);
  }
  Tuple* mro = t->mro;
  for (int64_t i = 0; mro && i < mro->size; i++) {
    Type* b = static_cast<Type*>(mro->items[i].as_obj());
    if (!(b->flags & kTypeHeap) && !plain_base_ok(b)) type_error("cannot pickle '" + type_name(v) + "' object");
  }
  Ref args, kwargs, state_owner, plain;
  Value state = instance_state(v, t, &state_owner);
  r.callable = Value::object(t);
  r.build_op = NEWOBJ;
  if (isinstance_of(v, &SetType) || isinstance_of(v, &FrozenSetType) || isinstance_of(v, &ByteArrayType)) {
    // Rebuilt by calling the class with the contents, as CPython's __reduce__ of these.
    plain = isinstance_of(v, &ByteArrayType) ? call(Value::object(&BytesType), {v}) : list_from_iterable(v);
    args = tuple_from({plain.get()});
    r.build_op = REDUCE;
  } else if (!type_lookup(t, S("__getnewargs_ex__")).is_null()) {
    Ref pair = call_method(v, "__getnewargs_ex__", {});
    if (!isinstance_of(pair.get(), &TupleType) || as_tuple(pair.get())->size != 2)
      type_error("__getnewargs_ex__ should return a tuple of length 2, not '" + type_name(pair.get()) + "'");
    args = Ref::borrow(as_tuple(pair.get())->items[0]);
    kwargs = Ref::borrow(as_tuple(pair.get())->items[1]);
    if (!isinstance_of(args.get(), &TupleType))
      type_error("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '" +
                 type_name(args.get()) + "'");
    if (!isinstance_of(kwargs.get(), &DictType))
      type_error("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '" +
                 type_name(kwargs.get()) + "'");
    r.build_op = as_dict(kwargs.get())->used ? NEWOBJ_EX : NEWOBJ;
  } else if (!type_lookup(t, S("__getnewargs__")).is_null()) {
    args = call_method(v, "__getnewargs__", {});
    if (!isinstance_of(args.get(), &TupleType))
      type_error("__getnewargs__ should return a tuple, not '" + type_name(args.get()) + "'");
  } else if (isinstance_of(v, &StrType) || isinstance_of(v, &BytesType)) {
    plain = call(Value::object(isinstance_of(v, &StrType) ? &StrType : &BytesType), {v});
    args = tuple_from({plain.get()});
  } else {
    args = Ref::borrow(empty_tuple());
  }
  r.args = args.get();
  r.kwargs = kwargs.get();
  r.state = state;
  if (r.state.is_none()) r.state = Value::null();
  if (r.build_op != REDUCE) {
    if (isinstance_of(v, &ListType)) r.listitems = v;
    if (isinstance_of(v, &DictType)) r.dictitems = v;
  }
  save_reduce(v, r, unique);
}

// listitems: any iterable here (a list subclass passes itself).
void Dumper::save_items(Value iterable, Op op) {
  uint64_t n = 0;
  for_each(iterable, [&](Value item) {
    save(item, true, true);   // for_each holds it
    if (++n == uint64_t(kBatch)) {
      w_.op_varint(op, n);
      n = 0;
    }
  });
  if (n) w_.op_varint(op, n);
}

// dictitems: an iterator of (key, value) pairs, or a dict (subclass) itself.
void Dumper::save_pairs(Value iterable) {
  uint64_t n = 0;
  auto flush = [&] {
    if (++n == uint64_t(kBatch)) {
      w_.op_varint(SETITEMS, n);
      n = 0;
    }
  };
  if (isinstance_of(iterable, &DictType)) {
    Ref items = call_method(iterable, "items", {});
    for_each(items.get(), [&](Value pair) {
      save(as_tuple(pair)->items[0]);
      save(as_tuple(pair)->items[1]);
      flush();
    });
  } else {
    for_each(iterable, [&](Value pair) {
      if (!isinstance_of(pair, &TupleType) || as_tuple(pair)->size != 2)
        pickling_error("dict items iterator must return 2-tuples");
      save(as_tuple(pair)->items[0]);
      save(as_tuple(pair)->items[1]);
      flush();
    });
  }
  if (n) w_.op_varint(SETITEMS, n);
}

void Dumper::save_reduce(Value obj, const Reduction& r, bool unique) {
  DepthGuard g;
  save_held(r.callable);
  save_held(r.args);
  if (r.build_op == NEWOBJ_EX) save_held(r.kwargs);
  w_.op(r.build_op);
  // Reached again through its own arguments: use the memoized one.
  int64_t id = memo_.find(obj.as_obj());
  if (id >= 0) {
    w_.op(POP);
    w_.op_varint(MEMO_GET, uint64_t(id));
  } else {
    memoize(obj.as_obj(), unique);
  }
  if (!r.listitems.is_null()) save_items(r.listitems, APPENDS);
  if (!r.dictitems.is_null()) save_pairs(r.dictitems);
  if (!r.state.is_null()) {
    Ref keep = Ref::borrow(r.state);
    if (!r.state_setter.is_null()) {
      save_held(r.state_setter);
      save(r.state, true, true);
      w_.op(STATE_SETTER);
    } else {
      save(r.state, true, true);
      w_.op(BUILD);
    }
  }
}

}  // namespace

void dump_to(Writer& w, Memo& memo, Value obj, const DumpOptions& opt) {
  size_t start = w.size();
  char header[kHeaderSize] = {char(kMagic0), char(kMagic1), char(kVersion)};
  w.raw(header, kHeaderSize);
  // A failed dump leaves nothing behind: a Pickler's memo must not name
  // objects whose pickle was never written.
  uint32_t mark = memo.next_id();
  try {
    Dumper d(w, memo, opt);
    d.save(obj);
  } catch (...) {
    memo.truncate(mark);
    throw;
  }
  w.op(STOP);
  uint64_t body = w.size() - start - kHeaderSize;
  for (int k = 0; k < 7; k++) w.data()[start + 3 + k] = char(body >> (8 * k));
}

}  // namespace gilpy::pickle
