// containers_init.cpp — start-up of the container types, and the small
// helpers the container files share (container_util.hpp).
#include <mimalloc.h>

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

#include <climits>
#include <vector>

#include "runtime/container_util.hpp"
#include "runtime/state.hpp"

namespace gilpy {

void init_container_types() {
  cont::init_tuple_types();   // first: everything else may build tuples
  cont::init_generic_alias_type();
  cont::init_list_types();
  cont::init_dict_types();
  cont::init_dict_view_types();
  cont::init_set_types();
  cont::init_range_slice_types();
  cont::init_iterobject_types();
}

namespace cont {

// ------------------------------------------------------------ repr guard
// Objects whose repr is in progress on this thread (normally a short stack).
static thread_local std::vector<Object*> t_repr_active;

ReprGuard::ReprGuard(Value v) : obj_(v.as_obj()), entered_(false) {
  for (Object* o : t_repr_active)
    if (o == obj_) return;
  t_repr_active.push_back(obj_);
  entered_ = true;
}

ReprGuard::~ReprGuard() {
  if (!entered_) return;
  // Normally the innermost entry; search backwards to stay correct if an
  // exception unwound guards out of order.
  for (size_t i = t_repr_active.size(); i-- > 0;) {
    if (t_repr_active[i] == obj_) {
      t_repr_active.erase(t_repr_active.begin() + int64_t(i));
      return;
    }
  }
}

void append_repr(std::string& out, Value v) {
  Ref r = repr(v);
  out += str_view(r.get());
}

// ------------------------------------------------------- deep deallocation
static constexpr int kMaxDeallocNest = 100;
static thread_local int t_dealloc_nest = 0;
static thread_local std::vector<Value> t_parked;

DeallocNest::DeallocNest() { ++t_dealloc_nest; }

DeallocNest::~DeallocNest() {
  if (--t_dealloc_nest != 0) return;
  // Outermost: release what deeper levels parked, one level at a time.
  while (!t_parked.empty()) {
    Value v = t_parked.back();
    t_parked.pop_back();
    ++t_dealloc_nest;
    decref(v);
    --t_dealloc_nest;
  }
}

void DeallocNest::drop_last(Object* o) {
  // Only a last reference triggers a nested dealloc; park those when deep.
  if (t_dealloc_nest > kMaxDeallocNest) {
    t_parked.push_back(Value::object(o));
    return;
  }
  decref(o);
}

// ------------------------------------------------------------ recursion
RecursionScope::RecursionScope(const char* where) : ts_(current_thread_state()) {
  if (!ts_ || !ts_->interp) {   // start-up: no interpreter yet
    ts_ = nullptr;
    return;
  }
  check_c_stack(ts_);
  if (++ts_->depth > ts_->interp->recursion_limit) {
    --ts_->depth;
    raise(RecursionError_, std::string("maximum recursion depth exceeded") + where);
  }
}

RecursionScope::~RecursionScope() {
  if (ts_) --ts_->depth;
}

// ---------------------------------------------------------- argument checks
void no_kwargs(const char* qualname, Tuple* kwnames) {
  if (has_kwargs(kwnames)) type_error(std::string(qualname) + "() takes no keyword arguments");
}

void check_noargs(const char* qualname, size_t nargs, Tuple* kwnames) {
  no_kwargs(qualname, kwnames);
  if (nargs != 0)
    type_error(std::string(qualname) + "() takes no arguments (" + std::to_string(nargs) +
               " given)");
}

void check_onearg(const char* qualname, size_t nargs, Tuple* kwnames) {
  no_kwargs(qualname, kwnames);
  if (nargs != 1)
    type_error(std::string(qualname) + "() takes exactly one argument (" +
               std::to_string(nargs) + " given)");
}

void check_range(const char* name, const char* qualname, size_t nargs, Tuple* kwnames,
                 size_t min, size_t max) {
  no_kwargs(qualname, kwnames);
  if (nargs >= min && nargs <= max) return;
  std::string msg = name;
  size_t n;
  if (min == max) {
    msg += " expected ";
    n = min;
  } else if (nargs < min) {
    msg += " expected at least ";
    n = min;
  } else {
    msg += " expected at most ";
    n = max;
  }
  msg += std::to_string(n) + (n == 1 ? " argument, got " : " arguments, got ") +
         std::to_string(nargs);
  type_error(msg);
}

// ------------------------------------------------------------------ indices
bool is_index_like(Value v) {
  if (v.is_small_int() || v.is_bool() || is_int(v)) return true;
  if (!v.is_obj()) return false;
  static Str* dunder_index = intern("__index__");
  return !type_lookup(type_of(v), dunder_index).is_null();
}

int64_t index_ssize(Value v) {
  if (v.is_small_int()) return v.as_small_int();
  Ref o = index_object(v);
  if (o.get().is_small_int()) return o.get().as_small_int();
  if (!int_fits_i64(o.get())) index_error("cannot fit 'int' into an index-sized integer");
  return int_as_i64(o.get());
}

void slice_index_clamped(Value v, int64_t* out) {
  if (v.is_none()) return;
  if (v.is_small_int()) {
    *out = v.as_small_int();
    return;
  }
  if (!is_index_like(v))
    type_error("slice indices must be integers or None or have an __index__ method");
  Ref o = index_object(v);
  if (int_fits_i64(o.get()))
    *out = int_as_i64(o.get());
  else
    *out = int_sign(o.get()) > 0 ? INT64_MAX : INT64_MIN;
}

void bad_index_type(const char* what, Value key) {
  type_error(std::string(what) + " indices must be integers or slices, not " + type_name(key));
}

int64_t checked_size_mul(int64_t a, int64_t b) {
  // Item buffers hold 8-byte values: keep the byte count representable.
  if (a < 0 || b < 0) return 0;
  if (a != 0 && b > (INT64_MAX / 16) / a) memory_error();
  return a * b;
}

int64_t checked_size_add(int64_t a, int64_t b) {
  if (a > INT64_MAX / 16 - b) memory_error();
  return a + b;
}

int64_t repeat_count(Value n) {
  int64_t k;
  if (n.is_small_int()) {
    k = n.as_small_int();
  } else {
    Ref o = index_object(n);
    if (!int_fits_i64(o.get())) overflow_error("cannot fit 'int' into an index-sized integer");
    k = int_as_i64(o.get());
  }
  return k < 0 ? 0 : k;
}

void bad_repeat(Value x) {
  type_error("can't multiply sequence by non-int of type '" + type_name(x) + "'");
}

bool may_reflect(Value other, const char* rname) {
  Type* t = type_of(other);
  if (!(t->flags & kTypeHeap)) return false;
  return !type_lookup(t, intern(rname)).is_null();
}

// ---------------------------------------------------------------- types
void setup_type(Type& t, const char* name, size_t basic_size, uint32_t flags) {
  t.rc = kImmortal;
  t.type = &TypeType;
  t.name = name;
  t.qualname = name;
  t.module = "builtins";
  t.basic_size = basic_size;
  t.flags |= flags;
  if (t.base == nullptr && &t != &ObjectType) t.base = &ObjectType;
}

Ref iter_self(Value v) { return Ref::borrow(v); }

Ref no_new(Type* t, const Value*, size_t, Tuple*) {
  type_error("cannot create '" + t->name + "' instances");
}

void unhashable(Value v) { type_error("unhashable type: '" + type_name(v) + "'"); }

int64_t unhashable_hash(Value v) { unhashable(v); }

void mark_unhashable(Type& t) {
  t.hash = unhashable_hash;
  dict_set_str(t.dict, "__hash__", Value::none());
}

// ------------------------------------------------------------ item buffers
void check_alloc_size(size_t bytes) {
  static const size_t limit = [] {
    long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGE_SIZE);
    return pages > 0 && page > 0 ? size_t(pages) * size_t(page) : SIZE_MAX / 4;
  }();
  if (bytes > limit) memory_error();
}

static constexpr size_t kBigBuffer = 256 * 1024;

static size_t page_round(size_t bytes) {
  static const size_t page = size_t(sysconf(_SC_PAGE_SIZE));
  return (bytes + page - 1) & ~(page - 1);
}

void* buf_alloc(size_t bytes) {
  if (bytes == 0) return nullptr;
  check_alloc_size(bytes);
  void* p;
  if (bytes >= kBigBuffer) {
    p = mmap(nullptr, page_round(bytes), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) p = nullptr;
  } else {
    p = mi_malloc(bytes);
  }
  if (!p) memory_error();
  return p;
}

void buf_free(void* p, size_t bytes) {
  if (!p) return;
  if (bytes >= kBigBuffer)
    munmap(p, page_round(bytes));
  else
    mi_free(p);
}

void* buf_realloc(void* p, size_t old_bytes, size_t new_bytes) {
  if (!p) return buf_alloc(new_bytes);
  if (new_bytes == 0) {
    buf_free(p, old_bytes);
    return nullptr;
  }
  check_alloc_size(new_bytes);
  bool old_big = old_bytes >= kBigBuffer, new_big = new_bytes >= kBigBuffer;
  void* q;
  if (old_big && new_big) {
    q = mremap(p, page_round(old_bytes), page_round(new_bytes), MREMAP_MAYMOVE);
    if (q == MAP_FAILED) memory_error();
    return q;
  }
  if (!old_big && !new_big) {
    q = mi_realloc(p, new_bytes);
    if (!q) memory_error();
    return q;
  }
  q = buf_alloc(new_bytes);   // crossing the threshold: move between the two kinds
  std::memcpy(q, p, std::min(old_bytes, new_bytes));
  buf_free(p, old_bytes);
  return q;
}

}  // namespace cont
}  // namespace gilpy
