// mp_shared.cpp — the `_multiprocessing` module: memory and objects shared
// with forked worker processes.
//
// SHARED MEMORY
// A SharedArray is a typed array whose items live in an anonymous
// MAP_SHARED mapping. fork() copies ordinary memory (each process then has
// its own copy, copy-on-write), but a shared mapping stays one piece of
// physical memory: a worker forked after the array was created writes into
// the very memory the parent reads. multiprocessing.RawArray / Array are
// built on it, and native kernels read it as a buffer without the GIL.
//
// SENDING OBJECTS BY REFERENCE
// A forked child starts with a copy of its parent's heap: every object the
// parent had at the fork is at the same address in the child. So an object
// that existed at the fork need not be pickled to reach a worker; its
// address is enough. object_ref(obj) gives a token (address and a creation
// serial); object_deref(token) in a worker returns the object — after
// checking, from the serial, that it was created before this worker was
// forked (object_serial_at_fork). An object created later is not in the
// child's heap and gets a clear error instead of a dangling pointer. This is
// how Pool sends lambdas and closures (which pickle cannot), SharedArrays
// and process-shared locks.
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "runtime/container_util.hpp"
#include "runtime/containers.hpp"
#include "runtime/errors.hpp"
#include "runtime/func.hpp"
#include "runtime/num.hpp"
#include "runtime/ops.hpp"
#include "runtime/state.hpp"
#include "runtime/str.hpp"
#include "runtime/typeapi.hpp"
#include "stdlib/buffer.hpp"
#include "stdlib/mp.hpp"

namespace gilpy {

using namespace cont;

Type SharedArrayType;

namespace {

struct SharedArray : Object {
  char typecode;
  int itemsize;
  int64_t length;
  void* data;
  size_t map_size;
  uint64_t serial;
  int64_t exports;   // native kernels using the buffer (it never moves, but stays mapped)
};

SharedArray* SA(Value v) { return static_cast<SharedArray*>(v.as_obj()); }

int itemsize_of(char tc) {
  switch (tc) {
    case 'b': case 'B': case 'c': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'd': return 8;
    default: return 0;
  }
}

Ref get_item(SharedArray* a, int64_t i) {
  const char* p = static_cast<const char*>(a->data) + i * a->itemsize;
  switch (a->typecode) {
    case 'b': return int_from_i64(*reinterpret_cast<const int8_t*>(p));
    case 'B': return int_from_i64(*reinterpret_cast<const uint8_t*>(p));
    case 'c': return bytes_new(std::string_view(p, 1));
    case 'h': return int_from_i64(*reinterpret_cast<const int16_t*>(p));
    case 'H': return int_from_i64(*reinterpret_cast<const uint16_t*>(p));
    case 'i': return int_from_i64(*reinterpret_cast<const int32_t*>(p));
    case 'I': return int_from_i64(*reinterpret_cast<const uint32_t*>(p));
    case 'l': case 'q': return int_from_i64(*reinterpret_cast<const int64_t*>(p));
    case 'L': case 'Q': return int_from_u64(*reinterpret_cast<const uint64_t*>(p));
    case 'f': return Ref::borrow(Value::from_double(*reinterpret_cast<const float*>(p)));
    default: return Ref::borrow(Value::from_double(*reinterpret_cast<const double*>(p)));
  }
}

template <class T>
void store_int(char* p, Value v, int64_t lo, int64_t hi) {
  if (v.is_float()) type_error("int expected instead of float");
  int64_t x = index_value(v);
  if (x < lo || x > hi) overflow_error("value out of range for the shared array's type");
  *reinterpret_cast<T*>(p) = T(x);
}

void set_item(SharedArray* a, int64_t i, Value v) {
  char* p = static_cast<char*>(a->data) + i * a->itemsize;
  switch (a->typecode) {
    case 'b': return store_int<int8_t>(p, v, INT8_MIN, INT8_MAX);
    case 'B': return store_int<uint8_t>(p, v, 0, UINT8_MAX);
    case 'h': return store_int<int16_t>(p, v, INT16_MIN, INT16_MAX);
    case 'H': return store_int<uint16_t>(p, v, 0, UINT16_MAX);
    case 'i': return store_int<int32_t>(p, v, INT32_MIN, INT32_MAX);
    case 'I': return store_int<uint32_t>(p, v, 0, UINT32_MAX);
    case 'l': case 'q': return store_int<int64_t>(p, v, INT64_MIN, INT64_MAX);
    case 'L': case 'Q': {
      if (v.is_float()) type_error("int expected instead of float");
      Ref big = index_object(v);
      if (compare_bool(big.get(), Value::small_int(0), CmpOp::Lt)) overflow_error("can't convert negative int to unsigned");
      Ref two63 = int_from_u64(uint64_t(1) << 63);
      if (compare_bool(big.get(), two63.get(), CmpOp::Lt)) {
        *reinterpret_cast<uint64_t*>(p) = uint64_t(to_int64(big.get()));
      } else {   // [2**63, 2**64): store x - 2**63 with the top bit set
        Ref low = binary_op(BinOp::Sub, big.get(), two63.get());
        *reinterpret_cast<uint64_t*>(p) = uint64_t(to_int64(low.get())) | (uint64_t(1) << 63);
      }
      return;
    }
    case 'c': {
      if (!is_bytes_like(v) || as_bytes(v)->size != 1) type_error("one character bytes, bytearray or integer expected");
      *p = as_bytes(v)->data[0];
      return;
    }
    case 'f': *reinterpret_cast<float*>(p) = float(num_to_double(v)); return;
    default: *reinterpret_cast<double*>(p) = num_to_double(v); return;
  }
}

int64_t checked_index(SharedArray* a, Value key) {
  int64_t i = index_value(key);
  if (i < 0) i += a->length;
  if (i < 0 || i >= a->length) raise(IndexError_, "invalid index");
  return i;
}

Ref sa_new(Type* t, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("SharedArray", nargs, kw, 2, 2);
  if (!is_str(args[0]) || str_view(args[0]).size() != 1) type_error("SharedArray() argument 1 must be a one-character typecode");
  char tc = str_view(args[0])[0];
  int isz = itemsize_of(tc);
  if (!isz) value_error(std::string("bad typecode (must be b, B, c, h, H, i, I, l, L, q, Q, f or d): ") + tc);
  int64_t n = index_value(args[1]);
  if (n < 0) value_error("array length must be non-negative");
  if (n > (int64_t(1) << 40) / isz) memory_error();
  size_t page = size_t(sysconf(_SC_PAGESIZE));
  size_t bytes = std::max<size_t>(size_t(n) * size_t(isz), 1);
  size_t map_size = (bytes + page - 1) / page * page;
  void* mem = mmap(nullptr, map_size, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
  if (mem == MAP_FAILED) {
    if (errno == ENOMEM) memory_error();
    raise_from_errno(errno);
  }
  SharedArray* a = alloc_object<SharedArray>(t, std::max(sizeof(SharedArray), t->basic_size));
  a->typecode = tc;
  a->itemsize = isz;
  a->length = n;
  a->data = mem;
  a->map_size = map_size;
  a->serial = object_serial_next();
  return Ref::steal(a);
}

// Unmapping affects only this process: the other processes keep their view.
void sa_dealloc(Object* o) {
  SharedArray* a = static_cast<SharedArray*>(o);
  if (a->data) munmap(a->data, a->map_size);
}

int64_t sa_len(Value self) { return SA(self)->length; }

Ref sa_getitem(Value self, Value key) {
  SharedArray* a = SA(self);
  if (isinstance_of(key, &SliceType)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key, a->length, &start, &stop, &step);
    Ref out = list_new(size_t(n));
    List* l = static_cast<List*>(out.get().as_obj());
    for (int64_t k = 0, i = start; k < n; k++, i += step) l->items[k] = get_item(a, i).release();
    return out;
  }
  return get_item(a, checked_index(a, key));
}

void sa_setitem(Value self, Value key, Value v) {
  SharedArray* a = SA(self);
  if (v.is_null()) type_error("shared array items cannot be deleted");
  if (isinstance_of(key, &SliceType)) {
    int64_t start, stop, step;
    int64_t n = slice_indices(key, a->length, &start, &stop, &step);
    Ref items = list_new();
    for_each(v, [&](Value x) { call_method(items.get(), "append", {x}); });
    List* l = static_cast<List*>(items.get().as_obj());
    if (l->size != n) value_error("Can only assign sequence of same size");
    for (int64_t k = 0, i = start; k < n; k++, i += step) set_item(a, i, l->items[k]);
    return;
  }
  set_item(a, checked_index(a, key), v);
}

Ref sa_iter(Value self) {
  Ref all = sa_getitem(self, Ref(slice_new(Value::none(), Value::none(), Value::none())).get());
  return get_iter(all.get());
}

Ref sa_repr(Value self) {
  Ref items = sa_getitem(self, Ref(slice_new(Value::none(), Value::none(), Value::none())).get());
  Ref r = repr(items.get());
  return str_new(std::string("SharedArray('") + SA(self)->typecode + "', " + std::string(str_view(r.get())) + ")");
}

Ref sa_tolist(Value self, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("tolist", nargs, kw, 0, 0);
  return sa_getitem(self, Ref(slice_new(Value::none(), Value::none(), Value::none())).get());
}

Ref sa_get_typecode(Value self) {
  char tc[2] = {SA(self)->typecode, 0};
  return str_new(tc);
}
Ref sa_get_itemsize(Value self) { return int_from_i64(SA(self)->itemsize); }
Ref sa_get_address(Value self) { return int_from_u64(uint64_t(reinterpret_cast<uintptr_t>(SA(self)->data))); }

bool sa_buffer(Value v, TypedBuffer* out) {
  SharedArray* a = SA(v);
  out->typecode = a->typecode == 'c' ? 'B' : a->typecode;
  out->data = a->data;
  out->length = a->length;
  out->itemsize = a->itemsize;
  return true;
}
void sa_export(Value v) { SA(v)->exports++; }
void sa_release(Value v) { SA(v)->exports--; }

const MethodDef sa_methods[] = {{"tolist", sa_tolist}, {nullptr, nullptr}};
const GetSetDef sa_getsets[] = {
    {"typecode", sa_get_typecode}, {"itemsize", sa_get_itemsize}, {"address", sa_get_address}, {nullptr, nullptr}};

// ----------------------------------------------------------- by reference
// Token = (address, serial): two ints, opaque to Python code.
Ref m_object_ref(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("object_ref", nargs, kw, 1, 1);
  Value obj = args[0];
  uint64_t serial = 0;
  if (obj.is_obj() && obj.as_obj()->type == &FunctionType) serial = static_cast<Function*>(obj.as_obj())->serial;
  else if (obj.is_obj() && obj.as_obj()->type == &SharedArrayType) serial = SA(obj)->serial;
  else if (obj.is_obj() && obj.as_obj()->type == &SemLockType) serial = semlock_serial(obj);
  else type_error("cannot send a '" + type_name(obj) + "' object by reference");
  Ref address = int_from_i64(int64_t(uintptr_t(obj.as_obj()))), ser = int_from_i64(int64_t(serial));
  return tuple_from({address.get(), ser.get()});
}

Ref m_object_deref(Value, const Value* args, size_t nargs, Tuple* kw) {
  check_nargs("object_deref", nargs, kw, 1, 1);
  if (!isinstance_of(args[0], &TupleType) || as_tuple(args[0])->size != 2) type_error("object_deref() expects a token from object_ref()");
  uint64_t address = uint64_t(to_int64(as_tuple(args[0])->items[0]));
  uint64_t serial = uint64_t(to_int64(as_tuple(args[0])->items[1]));
  uint64_t at_fork = object_serial_at_fork();
  if (at_fork == 0 || serial == 0 || serial >= at_fork)
    value_error("an object sent by reference must exist when the worker process is forked; this one (a "
                "function, lambda, shared array or lock) was created after the worker process was forked "
                "(create it before the Pool or Process, or make it picklable)");
  Object* o = reinterpret_cast<Object*>(uintptr_t(address));
  // Defensive: the object must still be what was sent.
  bool ok = (o->type == &FunctionType && static_cast<Function*>(o)->serial == serial) ||
            (o->type == &SharedArrayType && static_cast<SharedArray*>(o)->serial == serial) ||
            (o->type == &SemLockType && semlock_serial(Value::object(o)) == serial);
  if (!ok) value_error("the object sent by reference no longer exists in this worker process");
  return Ref::borrow(Value::object(o));
}

Ref m_serial_at_fork(Value, const Value*, size_t nargs, Tuple* kw) {
  check_nargs("serial_at_fork", nargs, kw, 0, 0);
  return int_from_u64(object_serial_at_fork());
}

const MethodDef mp_functions[] = {
    {"object_ref", m_object_ref},
    {"object_deref", m_object_deref},
    {"serial_at_fork", m_serial_at_fork},
    {nullptr, nullptr},
};

void init_shared_array_type() {
  setup_type(SharedArrayType, "SharedArray", sizeof(SharedArray), kTypeBaseType);
  SharedArrayType.module = "_multiprocessing";
  SharedArrayType.dealloc = sa_dealloc;
  SharedArrayType.len = sa_len;
  SharedArrayType.getitem = sa_getitem;
  SharedArrayType.setitem = sa_setitem;
  SharedArrayType.iter = sa_iter;
  SharedArrayType.repr = sa_repr;
  SharedArrayType.new_ = sa_new;
  type_ready(&SharedArrayType, sa_methods, sa_getsets);
  dict_set_str(SharedArrayType.dict, "__hash__", Value::none());
  register_buffer_provider(&SharedArrayType, sa_buffer, sa_export, sa_release);
}

void init_mp(Value m) {
  static const bool ready = (init_shared_array_type(), init_semlock_type(), true);
  (void)ready;
  module_add_functions(m, mp_functions);
  module_add(m, "SharedArray", Value::object(&SharedArrayType));
  module_add(m, "SemLock", Value::object(&SemLockType));
  add_semlock_constants(m);
}

}  // namespace

GILPY_MODULE("_multiprocessing", init_mp);

}  // namespace gilpy
